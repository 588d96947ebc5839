/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for fdkit's generic fd layer: single-shot I/O keeps 0 (EOF) and -EAGAIN apart, zero-length
 * requests make no syscall, the full-transfer loops move every byte and
 * report progress on error, flag helpers round-trip, dup shares the open
 * file, and kind detection names every fd kind the library knows.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/uio.h>

#define MIB (1024u * 1024u)

/* Deterministic, position-dependent content, so misplaced bytes are caught. */
static unsigned char pattern(size_t i)
{
    return (unsigned char)((i * 131u + (i >> 9) * 7u + 3u) & 0xffu);
}

static unsigned char *make_pattern(size_t len)
{
    unsigned char *p = malloc(len);
    if (!p)
        fdk_test_fail(__FILE__, __LINE__, "out of memory");
    for (size_t i = 0; i < len; i++)
        p[i] = pattern(i);
    return p;
}

static void check_pattern(const unsigned char *p, size_t len, size_t offset)
{
    for (size_t i = 0; i < len; i++)
        if (p[i] != pattern(offset + i))
            fdk_test_fail(__FILE__, __LINE__, "byte %zu is 0x%02x, expected 0x%02x", offset + i,
                          p[i], pattern(offset + i));
}

static void make_pipe(int p[2], int flags)
{
    if (pipe2(p, O_CLOEXEC | flags) != 0)
        fdk_test_fail(__FILE__, __LINE__, "pipe2: %s", strerror(errno));
}

/* A descriptor number that is certainly not open right now. */
static int closed_fd(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    return fd;
}

/* Zero-length read/write: 0, no syscall, never -EAGAIN. */
static void test_zero_length(void)
{
    int p[2], bad = closed_fd();
    char buf[4];

    make_pipe(p, O_NONBLOCK);
    /* An empty non-blocking pipe would say EAGAIN to a real read(). */
    ASSERT_EQ(fdk_fd_read(p[0], buf, 0), 0);
    ASSERT_EQ(fdk_fd_write(p[1], buf, 0), 0);
    /* Nothing was written by the zero-length write. */
    ASSERT_ERR(fdk_fd_read(p[0], buf, sizeof(buf)), EAGAIN);
    close(p[0]);
    close(p[1]);

    /* No syscall at all: the kernel would say EBADF for a closed fd. */
    ASSERT_EQ(fdk_fd_read(bad, buf, 0), 0);
    ASSERT_EQ(fdk_fd_write(bad, buf, 0), 0);
}

/* readv/writev whose buffers are all empty make no syscall: on a datagram
 * socket a real writev would send an empty message and readv would eat one. */
static void test_empty_iov_no_syscall(void)
{
    int s[2];
    char buf[8] = "abc", got[8];
    struct iovec empty[2] = {{buf, 0}, {buf + 1, 0}};

    ASSERT_OK(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s));
    ASSERT_EQ(fdk_fd_writev(s[0], empty, 2), 0);
    /* nothing was sent: the peer has no (empty) datagram waiting */
    ASSERT_ERR(fdk_fd_read(s[1], got, sizeof got), EAGAIN);
    ASSERT_EQ(fdk_fd_write(s[0], buf, 3), 3);
    ASSERT_EQ(fdk_fd_readv(s[1], empty, 2), 0);
    /* ...and the empty readv did not consume the datagram */
    ASSERT_EQ(fdk_fd_read(s[1], got, sizeof got), 3);
    ASSERT_MEM_EQ(got, "abc", 3);
    close(s[0]);
    close(s[1]);
}

/* read returns the bytes there are, 0 at EOF; -EAGAIN when empty but open. */
static void test_read_eof_vs_eagain(void)
{
    int p[2];
    char buf[16];

    make_pipe(p, O_NONBLOCK);
    ASSERT_ERR(fdk_fd_read(p[0], buf, sizeof(buf)), EAGAIN);
    ASSERT_EQ(fdk_fd_write(p[1], "abc", 3), 3);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 3);
    ASSERT_MEM_EQ(buf, "abc", 3);
    ASSERT_ERR(fdk_fd_read(p[0], buf, sizeof(buf)), EAGAIN);
    close(p[1]);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 0);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 0);
    close(p[0]);
}

/* write to a pipe whose reader is gone: -EPIPE (SIGPIPE ignored here). */
static void test_write_epipe(void)
{
    int p[2];
    struct sigaction ign = {.sa_handler = SIG_IGN}, old;

    sigemptyset(&ign.sa_mask);
    ASSERT_EQ(sigaction(SIGPIPE, &ign, &old), 0);
    make_pipe(p, 0);
    close(p[0]);
    ASSERT_ERR(fdk_fd_write(p[1], "x", 1), EPIPE);
    close(p[1]);
    ASSERT_EQ(sigaction(SIGPIPE, &old, NULL), 0);
}

struct reader_job {
    int fd;
    size_t len;
    unsigned char *buf;
    int ret;
    size_t done;
};

static void *reader_thread(void *arg)
{
    struct reader_job *j = arg;
    j->ret = fdk_fd_read_exact(j->fd, j->buf, j->len, &j->done);
    return NULL;
}

/* write_all moves 1 MiB through a pipe (64 KiB buffer) in full, in order. */
static void test_write_all_1mib(void)
{
    int p[2];
    unsigned char *src = make_pattern(MIB);
    struct reader_job job = {.len = MIB, .done = 12345};
    pthread_t th;
    size_t done = 12345;
    char extra;

    job.buf = calloc(1, MIB);
    ASSERT_TRUE(job.buf != NULL);
    make_pipe(p, 0);
    job.fd = p[0];
    ASSERT_EQ(pthread_create(&th, NULL, reader_thread, &job), 0);
    ASSERT_EQ(fdk_fd_write_all(p[1], src, MIB, &done), 0);
    ASSERT_EQ_U64(done, MIB);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ(job.ret, 0);
    ASSERT_EQ_U64(job.done, MIB);
    check_pattern(job.buf, MIB, 0);

    /* Nothing more than that: after the writer closes, EOF. */
    close(p[1]);
    ASSERT_EQ(fdk_fd_read(p[0], &extra, 1), 0);
    close(p[0]);
    free(job.buf);
    free(src);
}

static volatile sig_atomic_t alarms;

static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
}

/*
 * Starts reading only after 100 ms, so the writer blocks on the full pipe
 * first.  SIGALRM is blocked here: every alarm interrupts the writer.
 */
static void *slow_reader_thread(void *arg)
{
    struct reader_job *j = arg;
    struct timespec ts = {0, 100 * 1000000L};
    sigset_t alrm;

    sigemptyset(&alrm);
    sigaddset(&alrm, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &alrm, NULL);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
    j->ret = fdk_fd_read_exact(j->fd, j->buf, j->len, &j->done);
    return NULL;
}

/*
 * The loops hand EINTR back with their progress: write_all blocks on a full
 * pipe while a 5 ms interval timer keeps interrupting it (a handler without
 * SA_RESTART, so the program asked for it), returns -EINTR each time with
 * *ret_done exact, and calling again from there delivers every byte in
 * order.
 */
static void test_loops_report_eintr(void)
{
    const size_t len = 256 * 1024;
    unsigned char *src = make_pattern(len);
    struct reader_job job = {.len = len};
    struct sigaction sa, old;
    struct itimerval it = {{0, 5000}, {0, 5000}}, watchdog, off = {{0, 0}, {0, 0}};
    pthread_t th;
    size_t done = 0;
    int p[2], r, eintrs = 0;

    job.buf = calloc(1, len);
    ASSERT_TRUE(job.buf != NULL);
    make_pipe(p, 0);
    ASSERT_TRUE(fcntl(p[1], F_SETPIPE_SZ, 4096) > 0);
    job.fd = p[0];

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: blocked syscalls really fail with EINTR */
    ASSERT_EQ(sigaction(SIGALRM, &sa, &old), 0);
    alarms = 0;
    /* ITIMER_REAL is also main()'s alarm() watchdog: save it and put it back. */
    ASSERT_EQ(setitimer(ITIMER_REAL, &it, &watchdog), 0);

    ASSERT_EQ(pthread_create(&th, NULL, slow_reader_thread, &job), 0);
    do {
        size_t step = 77;
        r = fdk_fd_write_all(p[1], src + done, len - done, &step);
        ASSERT_TRUE(step <= len - done);
        done += step;
        eintrs += r == -EINTR;
    } while (r == -EINTR);
    ASSERT_EQ(r, 0);
    ASSERT_EQ_U64(done, len);
    ASSERT_TRUE(eintrs > 0); /* the writer was interrupted while blocked */
    ASSERT_EQ(pthread_join(th, NULL), 0);

    ASSERT_EQ(setitimer(ITIMER_REAL, &off, NULL), 0);
    ASSERT_EQ(sigaction(SIGALRM, &old, NULL), 0);
    ASSERT_EQ(setitimer(ITIMER_REAL, &watchdog, NULL), 0);

    ASSERT_TRUE(alarms > 0);
    ASSERT_EQ(job.ret, 0);
    ASSERT_EQ_U64(job.done, len);
    check_pattern(job.buf, len, 0);
    close(p[0]);
    close(p[1]);
    free(job.buf);
    free(src);
}

/* read_exact: EOF before len is -ENODATA, ret_done says what did arrive. */
static void test_read_exact_short(void)
{
    int p[2];
    unsigned char buf[100];
    size_t done = 999;
    unsigned char *src = make_pattern(10);

    make_pipe(p, 0);
    ASSERT_EQ(fdk_fd_write(p[1], src, 10), 10);
    close(p[1]);
    memset(buf, 0, sizeof(buf));
    ASSERT_ERR(fdk_fd_read_exact(p[0], buf, sizeof(buf), &done), ENODATA);
    ASSERT_EQ_U64(done, 10);
    check_pattern(buf, 10, 0);

    /* At EOF already: -ENODATA with nothing done. */
    done = 999;
    ASSERT_ERR(fdk_fd_read_exact(p[0], buf, sizeof(buf), &done), ENODATA);
    ASSERT_EQ_U64(done, 0);
    /* ret_done is optional. */
    ASSERT_ERR(fdk_fd_read_exact(p[0], buf, sizeof(buf), NULL), ENODATA);
    close(p[0]);
    free(src);
}

/* read_exact on an empty non-blocking pipe: -EAGAIN with what was there. */
static void test_read_exact_nonblocking(void)
{
    int p[2];
    unsigned char buf[64];
    size_t done = 999;

    make_pipe(p, O_NONBLOCK);
    ASSERT_EQ(fdk_fd_write(p[1], "hello", 5), 5);
    ASSERT_ERR(fdk_fd_read_exact(p[0], buf, sizeof(buf), &done), EAGAIN);
    ASSERT_EQ_U64(done, 5);
    ASSERT_MEM_EQ(buf, "hello", 5);

    /* And a full read succeeds with everything. */
    ASSERT_EQ(fdk_fd_write(p[1], "world", 5), 5);
    done = 999;
    ASSERT_EQ(fdk_fd_read_exact(p[0], buf, 5, &done), 0);
    ASSERT_EQ_U64(done, 5);
    ASSERT_MEM_EQ(buf, "world", 5);
    close(p[0]);
    close(p[1]);
}

/*
 * write_all into a non-blocking pipe that fills up: -EAGAIN, and ret_done is
 * exactly the number of bytes the pipe accepted (what a reader then finds).
 */
static void test_write_all_nonblocking_full(void)
{
    int p[2];
    unsigned char *src = make_pattern(MIB), *back = malloc(MIB);
    size_t done = 12345, got = 0;
    ssize_t n;

    ASSERT_TRUE(back != NULL);
    make_pipe(p, O_NONBLOCK);
    /* Shrink the pipe so it fills quickly (the kernel rounds up to a page). */
    ASSERT_TRUE(fcntl(p[1], F_SETPIPE_SZ, 4096) > 0);
    ASSERT_ERR(fdk_fd_write_all(p[1], src, MIB, &done), EAGAIN);
    ASSERT_TRUE(done > 0);
    ASSERT_TRUE(done < MIB);

    while ((n = fdk_fd_read(p[0], back + got, MIB - got)) > 0)
        got += (size_t)n;
    ASSERT_ERR(n, EAGAIN);
    ASSERT_EQ_U64(got, done);
    check_pattern(back, got, 0);
    close(p[0]);
    close(p[1]);
    free(back);
    free(src);
}

/* readv/writev scatter and gather across buffers. */
static void test_readv_writev(void)
{
    int p[2];
    char a[] = "Hello, ", b[] = "vectored ", c[] = "world";
    struct iovec out[3] = {{a, 7}, {b, 9}, {c, 5}};
    char x[10], y[11];
    struct iovec in[2] = {{x, sizeof(x)}, {y, sizeof(y)}};

    make_pipe(p, O_NONBLOCK);
    ASSERT_EQ(fdk_fd_writev(p[1], out, 3), 21);
    ASSERT_EQ(fdk_fd_readv(p[0], in, 2), 21);
    ASSERT_MEM_EQ(x, "Hello, vec", 10);
    ASSERT_MEM_EQ(y, "tored world", 11);
    ASSERT_ERR(fdk_fd_readv(p[0], in, 2), EAGAIN);
    close(p[1]);
    ASSERT_EQ(fdk_fd_readv(p[0], in, 2), 0);
    close(p[0]);
}

struct chunk_writer_job {
    int fd;
    const unsigned char *src;
    size_t len;
    int ret;
};

/* Writes src in small odd-sized pieces so the reader sees many partial reads. */
static void *chunk_writer_thread(void *arg)
{
    struct chunk_writer_job *j = arg;
    size_t off = 0;
    j->ret = 0;
    while (off < j->len) {
        size_t n = j->len - off < 1237 ? j->len - off : 1237;
        ssize_t w = write(j->fd, j->src + off, n);
        if (w < 0) {
            j->ret = -errno;
            return NULL;
        }
        off += (size_t)w;
    }
    return NULL;
}

/* readv_all fills every iovec completely despite partial reads. */
static void test_readv_all(void)
{
    const size_t sizes[3] = {100000, 1, 200003};
    const size_t total = sizes[0] + sizes[1] + sizes[2];
    unsigned char *src = make_pattern(total);
    unsigned char *bufs[3];
    struct iovec iov[3];
    struct chunk_writer_job job = {.src = src, .len = total};
    pthread_t th;
    size_t done = 12345, off = 0;
    int p[2];

    for (int i = 0; i < 3; i++) {
        bufs[i] = calloc(1, sizes[i]);
        ASSERT_TRUE(bufs[i] != NULL);
        iov[i].iov_base = bufs[i];
        iov[i].iov_len = sizes[i];
    }
    make_pipe(p, 0);
    job.fd = p[1];
    ASSERT_EQ(pthread_create(&th, NULL, chunk_writer_thread, &job), 0);
    ASSERT_EQ(fdk_fd_readv_all(p[0], iov, 3, &done), 0);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ(job.ret, 0);
    ASSERT_EQ_U64(done, total);
    for (int i = 0; i < 3; i++) {
        check_pattern(bufs[i], sizes[i], off);
        off += sizes[i];
        free(bufs[i]);
    }
    close(p[0]);
    close(p[1]);
    free(src);
}

/* readv_all hitting EOF early: -ENODATA, and ret_done says what arrived. */
static void test_readv_all_eof(void)
{
    int p[2];
    char a[4], b[8];
    struct iovec iov[2] = {{a, sizeof(a)}, {b, sizeof(b)}};
    size_t done = 999;

    make_pipe(p, 0);
    ASSERT_EQ(fdk_fd_write(p[1], "123456", 6), 6);
    close(p[1]);
    ASSERT_ERR(fdk_fd_readv_all(p[0], iov, 2, &done), ENODATA);
    ASSERT_EQ_U64(done, 6);
    ASSERT_MEM_EQ(a, "1234", 4);
    ASSERT_MEM_EQ(b, "56", 2);
    close(p[0]);
}

/* writev_all gathers 3 large buffers into a pipe read by another thread. */
static void test_writev_all(void)
{
    const size_t sizes[3] = {300001, 7, 400000};
    const size_t total = sizes[0] + sizes[1] + sizes[2];
    unsigned char *src = make_pattern(total);
    struct iovec iov[3];
    struct reader_job job = {.len = total};
    pthread_t th;
    size_t done = 12345, off = 0;
    int p[2];

    for (int i = 0; i < 3; i++) {
        iov[i].iov_base = src + off;
        iov[i].iov_len = sizes[i];
        off += sizes[i];
    }
    job.buf = calloc(1, total);
    ASSERT_TRUE(job.buf != NULL);
    make_pipe(p, 0);
    job.fd = p[0];
    ASSERT_EQ(pthread_create(&th, NULL, reader_thread, &job), 0);
    ASSERT_EQ(fdk_fd_writev_all(p[1], iov, 3, &done), 0);
    ASSERT_EQ_U64(done, total);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ(job.ret, 0);
    ASSERT_EQ_U64(job.done, total);
    check_pattern(job.buf, total, 0);
    close(p[0]);
    close(p[1]);
    free(job.buf);
    free(src);
}

/* writev_all on a non-blocking pipe that fills: -EAGAIN with exact progress. */
static void test_writev_all_nonblocking_full(void)
{
    unsigned char *src = make_pattern(256 * 1024), *back = malloc(256 * 1024);
    struct iovec iov[2] = {{src, 100000}, {src + 100000, 256 * 1024 - 100000}};
    size_t done = 12345, got = 0;
    ssize_t n;
    int p[2];

    ASSERT_TRUE(back != NULL);
    make_pipe(p, O_NONBLOCK);
    ASSERT_TRUE(fcntl(p[1], F_SETPIPE_SZ, 4096) > 0);
    ASSERT_ERR(fdk_fd_writev_all(p[1], iov, 2, &done), EAGAIN);
    ASSERT_TRUE(done > 0 && done < 256 * 1024);
    while ((n = fdk_fd_read(p[0], back + got, 256 * 1024 - got)) > 0)
        got += (size_t)n;
    ASSERT_EQ_U64(got, done);
    check_pattern(back, got, 0);
    close(p[0]);
    close(p[1]);
    free(back);
    free(src);
}

/* get/set nonblocking and cloexec round-trip and match fcntl's view. */
static void test_flag_helpers(void)
{
    int p[2];

    make_pipe(p, 0);
    ASSERT_EQ(fdk_fd_get_nonblocking(p[0]), 0);
    ASSERT_OK(fdk_fd_set_nonblocking(p[0], 1));
    ASSERT_EQ(fdk_fd_get_nonblocking(p[0]), 1);
    ASSERT_TRUE(fdk_test_is_nonblock(p[0]));
    ASSERT_OK(fdk_fd_set_nonblocking(p[0], 1)); /* already on */
    ASSERT_EQ(fdk_fd_get_nonblocking(p[0]), 1);
    ASSERT_TRUE(!fdk_test_is_nonblock(p[1])); /* only that end */
    ASSERT_OK(fdk_fd_set_nonblocking(p[0], 0));
    ASSERT_EQ(fdk_fd_get_nonblocking(p[0]), 0);
    ASSERT_TRUE(!fdk_test_is_nonblock(p[0]));

    ASSERT_EQ(fdk_fd_get_cloexec(p[0]), 1);
    ASSERT_OK(fdk_fd_set_cloexec(p[0], 0));
    ASSERT_EQ(fdk_fd_get_cloexec(p[0]), 0);
    ASSERT_TRUE(!fdk_test_is_cloexec(p[0]));
    ASSERT_OK(fdk_fd_set_cloexec(p[0], 0));
    ASSERT_EQ(fdk_fd_get_cloexec(p[0]), 0);
    ASSERT_OK(fdk_fd_set_cloexec(p[0], 1));
    ASSERT_EQ(fdk_fd_get_cloexec(p[0]), 1);
    ASSERT_TRUE(fdk_test_is_cloexec(p[0]));

    /* A set leaves the other flags alone. */
    int fl = fcntl(p[1], F_GETFL);
    ASSERT_EQ(fcntl(p[1], F_SETFL, fl | O_APPEND), 0);
    ASSERT_OK(fdk_fd_set_nonblocking(p[1], 1));
    ASSERT_TRUE((fcntl(p[1], F_GETFL) & O_APPEND) != 0);
    close(p[0]);
    close(p[1]);
}

/* dup: a new CLOEXEC fd >= 3 sharing the same open file (and offset). */
static void test_dup(void)
{
    char path[] = "/tmp/fdk-test-dup-XXXXXX";
    int fd = mkostemp(path, O_CLOEXEC), d = -1;
    char buf[8];

    ASSERT_TRUE(fd >= 0);
    unlink(path);
    ASSERT_OK(fdk_fd_set_cloexec(fd, 0));
    ASSERT_EQ(fdk_fd_write(fd, "abcdef", 6), 6);

    ASSERT_OK(fdk_fd_dup(fd, &d));
    ASSERT_TRUE(d >= 3);
    ASSERT_NE(d, fd);
    ASSERT_TRUE(fdk_test_is_cloexec(d)); /* even though the original is not */
    ASSERT_EQ(fdk_fd_get_cloexec(fd), 0);

    /* Same open file description: the offset is shared. */
    ASSERT_EQ(lseek(d, 0, SEEK_CUR), 6);
    ASSERT_EQ(lseek(d, 2, SEEK_SET), 2);
    ASSERT_EQ(lseek(fd, 0, SEEK_CUR), 2);
    ASSERT_EQ(fdk_fd_read(fd, buf, 3), 3);
    ASSERT_MEM_EQ(buf, "cde", 3);
    ASSERT_EQ(fdk_fd_read(d, buf, 8), 1);
    ASSERT_EQ(buf[0], 'f');

    /* Closing the original leaves the duplicate working. */
    ASSERT_OK(fdk_fd_close(&fd));
    ASSERT_EQ(lseek(d, 0, SEEK_SET), 0);
    ASSERT_EQ(fdk_fd_read(d, buf, 2), 2);
    ASSERT_MEM_EQ(buf, "ab", 2);

    /* Failures leave *ret_fd alone. */
    int keep = 4242;
    ASSERT_ERR(fdk_fd_dup(-1, &keep), EBADF);
    ASSERT_ERR(fdk_fd_dup(closed_fd(), &keep), EBADF);
    ASSERT_EQ(keep, 4242);
    ASSERT_ERR(fdk_fd_dup(d, NULL), EINVAL);
    ASSERT_OK(fdk_fd_close(&d));
}

/* Kind detection for every kind of fd this machine can make without privileges. */
static void test_kinds(void)
{
    char dir[64], fifo[64], file[64];
    int p[2], sv[2], fd;
    sigset_t mask;

    ASSERT_TRUE(fdk_test_mkdtemp(dir, sizeof dir, "/tmp", "fdk-test-kind") != NULL);

    fdk_test_path(file, sizeof file, dir, "file");
    fd = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_REGULAR);
    close(fd);
    unlink(file);

    fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_DIRECTORY);
    close(fd);

    fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_CHAR_DEVICE);
    close(fd);

    make_pipe(p, 0);
    ASSERT_EQ(fdk_fd_kind(p[0]), FDK_FD_KIND_PIPE);
    ASSERT_EQ(fdk_fd_kind(p[1]), FDK_FD_KIND_PIPE);
    close(p[0]);
    close(p[1]);

    fdk_test_path(fifo, sizeof fifo, dir, "fifo");
    ASSERT_EQ(mkfifo(fifo, 0600), 0);
    fd = open(fifo, O_RDWR | O_NONBLOCK | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_FIFO);
    close(fd);
    unlink(fifo);
    rmdir(dir);

    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    ASSERT_EQ(fdk_fd_kind(sv[0]), FDK_FD_KIND_SOCKET);
    close(sv[0]);
    close(sv[1]);

    fd = eventfd(0, EFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_EVENTFD);
    close(fd);

    fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_TIMERFD);
    close(fd);

    fd = epoll_create1(EPOLL_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_EPOLL);
    close(fd);

    fd = memfd_create("fdk-test", MFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_MEMFD);
    close(fd);

    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR2);
    fd = signalfd(-1, &mask, SFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_SIGNALFD);
    close(fd);

    /* readlink shows "anon_inode:inotify" (no brackets) for inotify. */
    fd = inotify_init1(IN_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_INOTIFY);
    close(fd);

#ifdef SYS_pidfd_open
    fd = (int)syscall(SYS_pidfd_open, getpid(), 0);
    if (fd >= 0) {
        ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_PIDFD);
        close(fd);
    }
#endif

    /* The kinds of the library's own handles. */
    fdk_eventfd ev = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    ASSERT_EQ(fdk_fd_kind(ev.fd), FDK_FD_KIND_EVENTFD);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* Kind names: "eventfd", distinct for every kind, "unknown" out of range. */
static void test_kind_names(void)
{
    ASSERT_STREQ(fdk_fd_kind_name(FDK_FD_KIND_EVENTFD), "eventfd");
    ASSERT_STREQ(fdk_fd_kind_name(FDK_FD_KIND_UNKNOWN), "unknown");
    ASSERT_STREQ(fdk_fd_kind_name(FDK_FD_KIND__COUNT), "unknown");
    ASSERT_STREQ(fdk_fd_kind_name((enum fdk_fd_kind) - 1), "unknown");
    ASSERT_STREQ(fdk_fd_kind_name((enum fdk_fd_kind)1000), "unknown");
    for (int i = 0; i < FDK_FD_KIND__COUNT; i++) {
        const char *a = fdk_fd_kind_name((enum fdk_fd_kind)i);
        ASSERT_TRUE(a != NULL && a[0] != '\0');
        for (int j = 0; j < i; j++)
            if (strcmp(a, fdk_fd_kind_name((enum fdk_fd_kind)j)) == 0)
                fdk_test_fail(__FILE__, __LINE__, "kinds %d and %d are both named \"%s\"", j, i, a);
    }
}

/* A negative fd is -EBADF from every call, and ret_done is written as 0. */
static void test_negative_fd(void)
{
    char buf[4] = "abc";
    struct iovec iov[1] = {{buf, sizeof(buf)}};
    size_t done = 77;
    int d = 55;

    ASSERT_ERR(fdk_fd_read(-1, buf, sizeof(buf)), EBADF);
    ASSERT_ERR(fdk_fd_write(-1, buf, sizeof(buf)), EBADF);
    ASSERT_ERR(fdk_fd_readv(-1, iov, 1), EBADF);
    ASSERT_ERR(fdk_fd_writev(-1, iov, 1), EBADF);
    ASSERT_ERR(fdk_fd_read_exact(-1, buf, sizeof(buf), &done), EBADF);
    ASSERT_EQ_U64(done, 0);
    done = 77;
    ASSERT_ERR(fdk_fd_write_all(-1, buf, sizeof(buf), &done), EBADF);
    ASSERT_EQ_U64(done, 0);
    done = 77;
    ASSERT_ERR(fdk_fd_readv_all(-1, iov, 1, &done), EBADF);
    ASSERT_EQ_U64(done, 0);
    done = 77;
    ASSERT_ERR(fdk_fd_writev_all(-1, iov, 1, &done), EBADF);
    ASSERT_EQ_U64(done, 0);
    ASSERT_ERR(fdk_fd_get_nonblocking(-1), EBADF);
    ASSERT_ERR(fdk_fd_set_nonblocking(-1, 1), EBADF);
    ASSERT_ERR(fdk_fd_get_cloexec(-1), EBADF);
    ASSERT_ERR(fdk_fd_set_cloexec(-1, 1), EBADF);
    ASSERT_ERR(fdk_fd_dup(-1, &d), EBADF);
    ASSERT_EQ(d, 55);
    ASSERT_ERR(fdk_fd_kind(-1), EBADF);
    ASSERT_ERR(fdk_fd_kind(-100), EBADF);

    /* An fd number that is simply not open: the kernel's EBADF, passed through. */
    int bad = closed_fd();
    ASSERT_ERR(fdk_fd_read(bad, buf, sizeof(buf)), EBADF);
    ASSERT_ERR(fdk_fd_get_nonblocking(bad), EBADF);
    ASSERT_ERR(fdk_fd_kind(bad), EBADF);
}

/* fdk_fd_close: closes, sets -1, and is a no-op on -1. */
static void test_close(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC), copy = fd;

    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_fd_close(&fd), 0);
    ASSERT_EQ(fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(copy));
    ASSERT_EQ(fdk_fd_close(&fd), 0);
    ASSERT_EQ(fd, -1);
}

int main(void)
{
    alarm(45); /* watchdog: a blocked transfer fails the test instead of hanging it */
    RUN(test_zero_length);
    RUN(test_empty_iov_no_syscall);
    RUN(test_read_eof_vs_eagain);
    RUN(test_write_epipe);
    RUN(test_write_all_1mib);
    RUN(test_loops_report_eintr);
    RUN(test_read_exact_short);
    RUN(test_read_exact_nonblocking);
    RUN(test_write_all_nonblocking_full);
    RUN(test_readv_writev);
    RUN(test_readv_all);
    RUN(test_readv_all_eof);
    RUN(test_writev_all);
    RUN(test_writev_all_nonblocking_full);
    RUN(test_flag_helpers);
    RUN(test_dup);
    RUN(test_kinds);
    RUN(test_kind_names);
    RUN(test_negative_fd);
    RUN(test_close);
    return 0;
}
