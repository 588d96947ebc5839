/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for the splice family: the generated single-shot wrappers
 * (fdk_splice_once, fdk_splice_tee, fdk_splice_vmsplice) and fdk_splice_all
 * (exact length or to EOF, offsets, deadlines, non-blocking fds, 64 MiB
 * from a file through a pipe into a socket).
 */
#include "fdk-tmpdir.h"
#include "fdk-xfer-test.h"

#include <limits.h>
#include <sys/uio.h>

/* A descriptor number that is certainly not open right now. */
static int closed_fd(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    return fd;
}

/* splice_once from a file at an explicit offset: the offset moves, the file position does not. */
static void test_once_offsets(void)
{
    int file = xt_pattern_file(64 * XT_KIB), out = xt_temp_file(), p[2];
    int64_t off = 4096, ooff = 100;
    ssize_t n, m;

    xt_pipe(p, 0);
    n = fdk_splice_once(file, &off, p[1], NULL, 8192, 0);
    ASSERT_TRUE(n > 0 && n <= 8192);
    ASSERT_EQ(off, 4096 + n);
    ASSERT_EQ(xt_tell(file), 0);
    ASSERT_EQ(xt_pending(p[0]), n);

    /* Into a file at an explicit offset: same rule on the output side. */
    m = fdk_splice_once(p[0], NULL, out, &ooff, (size_t)n, FDK_SPLICE_MOVE);
    ASSERT_EQ(m, n);
    ASSERT_EQ(ooff, 100 + n);
    ASSERT_EQ(xt_tell(out), 0);
    XT_CHECK_FILE(out, 100, (size_t)n, 4096);

    /* NULL offset: the file position is used and advanced. */
    n = fdk_splice_once(file, NULL, p[1], NULL, 1000, 0);
    ASSERT_EQ(n, 1000);
    ASSERT_EQ(xt_tell(file), 1000);
    XT_READ_CHECK(p[0], 1000, 0);

    close(p[0]);
    close(p[1]);
    close(file);
    close(out);
}

static void test_once_errors(void)
{
    int p[2], bad, file = xt_pattern_file(100);
    int64_t off = 0;

    xt_pipe(p, 0);
    bad = closed_fd(); /* after every open: its number must stay free */
    ASSERT_ERR(fdk_splice_once(-1, NULL, p[1], NULL, 10, 0), EBADF);
    ASSERT_ERR(fdk_splice_once(p[0], NULL, -1, NULL, 10, 0), EBADF);
    /* GIFT means something only to vmsplice */
    ASSERT_ERR(fdk_splice_once(file, NULL, p[1], NULL, 10, FDK_SPLICE_GIFT), EINVAL);
    ASSERT_ERR(fdk_splice_once(file, NULL, p[1], NULL, 10, 0x80000000u), EINVAL);
    /* the kernel's answers come through as -errno */
    ASSERT_ERR(fdk_splice_once(bad, NULL, p[1], NULL, 10, 0), EBADF);
    ASSERT_ERR(fdk_splice_once(p[0], &off, p[1], NULL, 10, 0), ESPIPE); /* a pipe has no offset */
    off = -5;
    ASSERT_ERR(fdk_splice_once(file, &off, p[1], NULL, 10, 0), EINVAL);
    ASSERT_EQ(off, -5);
    /* an empty pipe with a writer, non-blocking: -EAGAIN, never 0 */
    ASSERT_ERR(fdk_splice_once(p[0], NULL, file, NULL, 10, FDK_SPLICE_NONBLOCK), EAGAIN);
    close(p[0]);
    close(p[1]);
    close(file);
}

struct vm_reader {
    int fd;
    size_t len;
    unsigned char *buf;
    pthread_t th;
};

static void *vm_reader_main(void *arg)
{
    struct vm_reader *r = arg;
    size_t got = 0;

    while (got < r->len) {
        ssize_t n = read(r->fd, r->buf + got, r->len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    r->len = got;
    return NULL;
}

/* vmsplice a buffer into pipe A, tee A into B, and let two readers take both copies. */
static void test_vmsplice_tee_two_readers(void)
{
    size_t half = 20 * XT_KIB, len = 2 * half;
    unsigned char *src = xt_malloc(len);
    struct iovec iov[2];
    struct vm_reader ra, rb;
    int a[2], b[2];
    ssize_t n;

    xt_fill(src, len, 0);
    iov[0] = (struct iovec){src, half};
    iov[1] = (struct iovec){src + half, half};
    xt_pipe(a, 0);
    xt_pipe(b, 0);

    n = fdk_splice_vmsplice(a[1], iov, 2, 0);
    ASSERT_EQ(n, len); /* 40 KiB fit in an empty 64 KiB pipe */
    n = fdk_splice_tee(a[0], b[1], len, 0);
    ASSERT_EQ(n, len);
    /* tee only duplicates: A still holds everything */
    ASSERT_EQ(xt_pending(a[0]), len);
    ASSERT_EQ(xt_pending(b[0]), len);
    close(a[1]);
    close(b[1]);

    ra = (struct vm_reader){.fd = a[0], .len = len + 1, .buf = xt_malloc(len + 1)};
    rb = (struct vm_reader){.fd = b[0], .len = len + 1, .buf = xt_malloc(len + 1)};
    ASSERT_EQ(pthread_create(&ra.th, NULL, vm_reader_main, &ra), 0);
    ASSERT_EQ(pthread_create(&rb.th, NULL, vm_reader_main, &rb), 0);
    ASSERT_EQ(pthread_join(ra.th, NULL), 0);
    ASSERT_EQ(pthread_join(rb.th, NULL), 0);
    /* both readers saw exactly the buffer, then EOF */
    ASSERT_EQ(ra.len, len);
    ASSERT_EQ(rb.len, len);
    XT_CHECK(ra.buf, len, 0);
    XT_CHECK(rb.buf, len, 0);

    /* tee from an empty pipe, non-blocking: -EAGAIN (writer still open) */
    {
        int c[2], d[2];
        xt_pipe(c, 0);
        xt_pipe(d, 0);
        ASSERT_ERR(fdk_splice_tee(c[0], d[1], 100, FDK_SPLICE_NONBLOCK), EAGAIN);
        ASSERT_ERR(fdk_splice_tee(-1, d[1], 100, 0), EBADF);
        ASSERT_ERR(fdk_splice_tee(c[0], -1, 100, 0), EBADF);
        ASSERT_ERR(fdk_splice_tee(c[0], d[1], 100, FDK_SPLICE_GIFT), EINVAL);
        close(c[0]);
        close(c[1]);
        close(d[0]);
        close(d[1]);
    }

    close(a[0]);
    close(b[0]);
    free(ra.buf);
    free(rb.buf);
    free(src);
}

static void test_vmsplice_errors(void)
{
    int p[2];
    char c = 'x';
    struct iovec *many = xt_malloc((IOV_MAX + 1) * sizeof(*many));

    for (int i = 0; i <= IOV_MAX; i++)
        many[i] = (struct iovec){&c, 1};
    xt_pipe(p, 0);
    ASSERT_ERR(fdk_splice_vmsplice(p[1], many, (size_t)IOV_MAX + 1, 0), EINVAL);
    ASSERT_ERR(fdk_splice_vmsplice(p[1], NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_splice_vmsplice(-1, many, 1, 0), EBADF);
    ASSERT_ERR(fdk_splice_vmsplice(p[1], many, 1, 0x80000000u), EINVAL);
    /* nothing reached the pipe */
    ASSERT_EQ(xt_pending(p[0]), 0);
    /* IOV_MAX itself is fine (each 1-byte segment takes a pipe slot: a short count) */
    {
        ssize_t n = fdk_splice_vmsplice(p[1], many, IOV_MAX, FDK_SPLICE_NONBLOCK);
        ASSERT_TRUE(n > 0 && n <= IOV_MAX);
        ASSERT_EQ(xt_pending(p[0]), n);
    }
    close(p[0]);
    close(p[1]);
    free(many);

    /* A read end is refused before the kernel sees it: Linux would empty the
       pipe into the const buffers (and wait on an empty one even with NONBLOCK) */
    {
        char buf[8] = "keepme!";
        struct iovec v = {buf, sizeof buf};
        int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);

        xt_pipe(p, 0);
        ASSERT_EQ(write(p[1], "pipedata", 8), 8);
        ASSERT_ERR(fdk_splice_vmsplice(p[0], &v, 1, 0), EBADF);
        ASSERT_ERR(fdk_splice_vmsplice(p[0], &v, 1, FDK_SPLICE_NONBLOCK), EBADF);
        ASSERT_MEM_EQ(buf, "keepme!", sizeof buf); /* the buffer is untouched */
        ASSERT_EQ(xt_pending(p[0]), 8);            /* and the pipe still full */
        ASSERT_TRUE(devnull >= 0);
        ASSERT_ERR(fdk_splice_vmsplice(devnull, &v, 1, 0), EBADF); /* not a pipe */
        close(devnull);
        close(p[0]);
        close(p[1]);
    }
}

/* splice_all with explicit offsets on either side; the file positions stay put. */
static void test_all_offsets(void)
{
    size_t len = 200000, done = 77;
    int file = xt_pattern_file(300 * XT_KIB), out = xt_temp_file(), p[2];
    int64_t off = 1000, ooff = 333;
    struct xt_drain d;
    struct xt_feed f;

    xt_pipe(p, 0);
    xt_drain_start(&d, p[0], len, 1000, 0);
    ASSERT_OK(fdk_splice_all(file, &off, p[1], NULL, len, 0, NULL, &done));
    ASSERT_EQ(done, len);
    ASSERT_EQ(off, 1000 + (int64_t)len);
    ASSERT_EQ(xt_tell(file), 0);
    XT_DRAIN_JOIN(&d, len);

    /* pipe -> file at an explicit output offset; the feeder closes p[1]. */
    xt_feed_start(&f, p[1], len, 5, 0, 1);
    done = 77;
    ASSERT_OK(fdk_splice_all(p[0], NULL, out, &ooff, len, FDK_SPLICE_MOVE | FDK_SPLICE_MORE, NULL,
                             &done));
    XT_FEED_JOIN(&f);
    ASSERT_EQ(done, len);
    ASSERT_EQ(ooff, 333 + (int64_t)len);
    ASSERT_EQ(xt_tell(out), 0);
    ASSERT_EQ(xt_size(out), 333 + (off_t)len);
    XT_CHECK_FILE(out, 333, len, 5);

    close(p[0]);
    close(file);
    close(out);
}

struct splice_job {
    int fd_in, fd_out;
    size_t len;
    int ret;
    size_t done;
    int close_out; /* close fd_out when finished (the EOF for the next stage) */
    pthread_t th;
};

static void *splice_job_main(void *arg)
{
    struct splice_job *j = arg;
    j->ret = fdk_splice_all(j->fd_in, NULL, j->fd_out, NULL, j->len, 0, NULL, &j->done);
    if (j->close_out)
        close(j->fd_out);
    return NULL;
}

/*
 * 64 MiB of pseudo-random content: file -> pipe (thread), pipe -> stream
 * socket (this thread, to EOF), socket -> reader thread checking every byte.
 */
static void test_all_64mib_file_pipe_socket(void)
{
    size_t len = 64 * XT_MIB, done = 0;
    char dir[64], path[64];
    struct splice_job job;
    struct xt_drain d;
    int file, p[2], s[2];

    ASSERT_TRUE(fdk_test_mkdtemp(dir, sizeof dir, "/tmp", "fdk-splice") != NULL);
    fdk_test_path(path, sizeof path, dir, "data");
    file = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    ASSERT_TRUE(file >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(file));
    xt_pwrite_pattern(file, len, 0, 0);

    xt_pipe(p, 0);
    xt_socketpair(s, 0);
    xt_drain_start(&d, s[1], SIZE_MAX, 0, 0);
    job = (struct splice_job){.fd_in = file, .fd_out = p[1], .len = len, .close_out = 1};
    ASSERT_EQ(pthread_create(&job.th, NULL, splice_job_main, &job), 0);

    ASSERT_OK(fdk_splice_all(p[0], NULL, s[0], NULL, FDK_TO_EOF, FDK_SPLICE_MORE, NULL, &done));
    ASSERT_EQ(done, len);
    ASSERT_EQ(pthread_join(job.th, NULL), 0);
    ASSERT_OK(job.ret);
    ASSERT_EQ(job.done, len);
    ASSERT_EQ(xt_tell(file), (off_t)len);
    close(s[0]); /* EOF for the reader */
    XT_DRAIN_JOIN(&d, len);

    close(s[1]);
    close(p[0]);
    close(file);
    ASSERT_EQ(unlink(path), 0);
    ASSERT_EQ(rmdir(dir), 0);
}

/* Nobody drains a non-blocking pipe: -ETIMEDOUT at the deadline, progress exact. */
static void test_all_deadline(void)
{
    int file = xt_pattern_file(512 * XT_KIB), p[2], cap;
    size_t len = 256 * XT_KIB, done = 77;
    struct timespec t0, dl;
    long ms;

    xt_pipe(p, O_NONBLOCK);
    cap = fcntl(p[1], F_SETPIPE_SZ, 64 * 1024);
    ASSERT_EQ(cap, 64 * 1024);

    clock_gettime(CLOCK_MONOTONIC, &t0);
    dl = xt_deadline_ms(100);
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, len, 0, &dl, &done), ETIMEDOUT);
    ms = xt_ms_since(&t0);
    ASSERT_TRUE(ms >= 95 && ms < 5000);
    /* exactly what the pipe holds, and the file position agrees */
    ASSERT_EQ(done, cap);
    ASSERT_EQ(xt_pending(p[0]), cap);
    ASSERT_EQ(xt_tell(file), cap);
    XT_READ_CHECK(p[0], (size_t)cap, 0);

    /* No deadline: -EAGAIN with the progress; the caller resumes exactly there. */
    done = 77;
    ASSERT_ERR(fdk_splice_all(file, NULL, p[1], NULL, len - (size_t)cap, 0, NULL, &done), EAGAIN);
    ASSERT_EQ(done, cap);
    XT_READ_CHECK(p[0], (size_t)cap, (uint64_t)cap);

    /* With a deadline far enough away, a late reader is waited for. */
    {
        struct xt_drain d;
        size_t rest = len - 2 * (size_t)cap;
        xt_drain_start(&d, p[0], rest, 2 * (uint64_t)cap, 50);
        dl = xt_deadline_ms(10000);
        done = 77;
        ASSERT_OK(fdk_splice_all(file, NULL, p[1], NULL, rest, 0, &dl, &done));
        ASSERT_EQ(done, rest);
        ASSERT_EQ(xt_tell(file), (off_t)len);
        XT_DRAIN_JOIN(&d, rest);
    }

    /* A deadline long past does not matter while nothing blocks. */
    dl = xt_deadline_ms(-1000);
    done = 77;
    ASSERT_OK(fdk_splice_all(file, NULL, p[1], NULL, 4096, 0, &dl, &done));
    ASSERT_EQ(done, 4096);
    XT_READ_CHECK(p[0], 4096, len);

    close(p[0]);
    close(p[1]);
    close(file);
}

/* SPLICE_F_NONBLOCK makes a blocking pipe say EAGAIN; a deadline turns that into a wait. */
static void test_all_nonblock_flag(void)
{
    int p[2], out = xt_temp_file();
    size_t done = 77;
    struct timespec dl;

    xt_pipe(p, 0);
    ASSERT_ERR(fdk_splice_all(p[0], NULL, out, NULL, 100, FDK_SPLICE_NONBLOCK, NULL, &done),
               EAGAIN);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(write(p[1], "0123456789", 10), 10);
    dl = xt_deadline_ms(50);
    ASSERT_ERR(fdk_splice_all(p[0], NULL, out, NULL, 100, FDK_SPLICE_NONBLOCK, &dl, &done),
               ETIMEDOUT);
    ASSERT_EQ(done, 10);
    ASSERT_EQ(xt_size(out), 10);
    close(p[0]);
    close(p[1]);
    close(out);
}

/* EOF before len: -ENODATA with the bytes there were; FDK_TO_EOF: success. */
static void test_all_eof(void)
{
    int file = xt_pattern_file(5000), out = xt_temp_file(), p[2];
    unsigned char buf[1000];
    size_t done = 77;
    int64_t off = 4000;

    xt_fill(buf, sizeof(buf), 0);
    xt_pipe(p, 0);
    ASSERT_EQ(write(p[1], buf, sizeof(buf)), (ssize_t)sizeof(buf));
    close(p[1]);
    ASSERT_ERR(fdk_splice_all(p[0], NULL, out, NULL, 2000, 0, NULL, &done), ENODATA);
    ASSERT_EQ(done, 1000);
    XT_CHECK_FILE(out, 0, 1000, 0);
    close(p[0]);

    xt_pipe(p, 0);
    ASSERT_EQ(write(p[1], buf, sizeof(buf)), (ssize_t)sizeof(buf));
    close(p[1]);
    done = 77;
    ASSERT_OK(fdk_splice_all(p[0], NULL, out, NULL, FDK_TO_EOF, 0, NULL, &done));
    ASSERT_EQ(done, 1000);
    XT_CHECK_FILE(out, 1000, 1000, 0);
    close(p[0]);

    /* from a file at an explicit offset near its end */
    xt_pipe(p, 0);
    done = 77;
    ASSERT_ERR(fdk_splice_all(file, &off, p[1], NULL, 2000, 0, NULL, &done), ENODATA);
    ASSERT_EQ(done, 1000);
    ASSERT_EQ(off, 5000);
    XT_READ_CHECK(p[0], 1000, 4000);
    off = 1000;
    ASSERT_OK(fdk_splice_all(file, &off, p[1], NULL, FDK_TO_EOF, 0, NULL, &done));
    ASSERT_EQ(done, 4000);
    ASSERT_EQ(off, 5000);
    XT_READ_CHECK(p[0], 4000, 1000);
    ASSERT_EQ(xt_tell(file), 0);
    close(p[0]);
    close(p[1]);
    close(file);
    close(out);
}

static void test_all_validation(void)
{
    int p[2], a = xt_temp_file(), b = xt_temp_file();
    struct timespec bad_dl = {0, 1000000000L};
    int64_t off = -1, ok_off = 0;
    size_t done;

    xt_pipe(p, 0);
    done = 77;
    ASSERT_ERR(fdk_splice_all(-1, NULL, p[1], NULL, 10, 0, NULL, &done), EBADF);
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_ERR(fdk_splice_all(p[0], NULL, -2, NULL, 10, 0, NULL, &done), EBADF);
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_ERR(fdk_splice_all(a, NULL, p[1], NULL, 10, FDK_SPLICE_GIFT, NULL, &done), EINVAL);
    ASSERT_EQ(done, 0);
    ASSERT_ERR(fdk_splice_all(a, NULL, p[1], NULL, 10, 0x40000000u, NULL, &done), EINVAL);
    ASSERT_ERR(fdk_splice_all(a, NULL, p[1], NULL, 10, 0, &bad_dl, &done), EINVAL);
    bad_dl.tv_nsec = -1;
    ASSERT_ERR(fdk_splice_all(a, NULL, p[1], NULL, 10, 0, &bad_dl, &done), EINVAL);
    /* a negative tv_sec is no CLOCK_MONOTONIC time (and the most negative one
       overflowed the remaining-time sum): refused before any call, also when
       the input would say EAGAIN and make the loop wait */
    {
        struct timespec neg_dl = {XT_TIME_MIN, 0};
        int q[2];

        xt_pipe(q, O_NONBLOCK);
        fdk_test_watchdog(10, "fdk_splice_all with the most negative deadline");
        done = 77;
        ASSERT_ERR(fdk_splice_all(q[0], NULL, p[1], NULL, 10, 0, &neg_dl, &done), EINVAL);
        ASSERT_EQ(done, 0);
        neg_dl.tv_sec = -1;
        neg_dl.tv_nsec = 999999999L;
        ASSERT_ERR(fdk_splice_all(q[0], NULL, p[1], NULL, 10, 0, &neg_dl, &done), EINVAL);
        ASSERT_ERR(fdk_splice_all(a, NULL, p[1], NULL, 10, 0, &neg_dl, &done), EINVAL);
        fdk_test_watchdog(0, NULL);
        close(q[0]);
        close(q[1]);
    }
    ASSERT_ERR(fdk_splice_all(a, &off, p[1], NULL, 10, 0, NULL, &done), EINVAL);
    ASSERT_EQ(off, -1);
    ASSERT_ERR(fdk_splice_all(p[0], NULL, a, &off, 10, 0, NULL, &done), EINVAL);
    ASSERT_EQ(off, -1);
    /* ret_done may be NULL */
    ASSERT_ERR(fdk_splice_all(-1, NULL, p[1], NULL, 10, 0, NULL, NULL), EBADF);
    /* len 0 makes no call: two regular files would be -EINVAL from the kernel */
    done = 77;
    ASSERT_OK(fdk_splice_all(a, &ok_off, b, NULL, 0, 0, NULL, &done));
    ASSERT_EQ(done, 0);
    ASSERT_EQ(ok_off, 0);
    ASSERT_EQ(xt_pending(p[0]), 0);
    /* the kernel's own refusal comes back as -errno */
    ASSERT_EQ(write(a, "abc", 3), 3);
    ASSERT_ERR(fdk_splice_all(a, &ok_off, b, NULL, 3, 0, NULL, &done), EINVAL);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(ok_off, 0);
    close(p[0]);
    close(p[1]);
    close(a);
    close(b);
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_once_offsets);
    RUN(test_once_errors);
    RUN(test_vmsplice_tee_two_readers);
    RUN(test_vmsplice_errors);
    RUN(test_all_offsets);
    RUN(test_all_64mib_file_pipe_socket);
    RUN(test_all_deadline);
    RUN(test_all_nonblock_flag);
    RUN(test_all_eof);
    RUN(test_all_validation);
    return 0;
}
