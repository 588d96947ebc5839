/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for anonymous pipes: fdk_pipe_open with every flag
 * combination (CLOEXEC on both ends, O_NONBLOCK exactly where asked, packet
 * mode), capacity get/set and its -EBUSY path, the fill level, the borrowed
 * standard-stream handles and adopt/borrow/release.
 */
#include "fdk-test.h"

#include <sys/socket.h>

#include <limits.h>
#include <stdint.h>

/* A bit no flag set member uses (lowest bit outside all). */
static int unknown_bit(int all)
{
    for (int b = 0; b < 31; b++)
        if (!(all & (1 << b)))
            return 1 << b;
    fdk_test_fail(__FILE__, __LINE__, "no free bit in 0x%x", (unsigned)all);
}

static void open_pipe(fdk_pipe_reader *r, fdk_pipe_writer *w, int flags)
{
    ASSERT_OK(fdk_pipe_open(r, w, flags));
    ASSERT_TRUE(r->fd >= 0);
    ASSERT_TRUE(w->fd >= 0);
    ASSERT_EQ(r->borrowed, 0);
    ASSERT_EQ(w->borrowed, 0);
}

static void close_pipe(fdk_pipe_reader *r, fdk_pipe_writer *w)
{
    int rfd = r->fd, wfd = w->fd;

    ASSERT_EQ(fdk_pipe_reader_close(r), 0);
    ASSERT_EQ(fdk_pipe_writer_close(w), 0);
    ASSERT_EQ(r->fd, -1);
    ASSERT_EQ(w->fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(rfd));
    ASSERT_TRUE(!fdk_test_fd_open(wfd));
    /* closing again is a no-op */
    ASSERT_EQ(fdk_pipe_reader_close(r), 0);
    ASSERT_EQ(fdk_pipe_writer_close(w), 0);
}

/* Each flag word, and which end must come out non-blocking. */
static void check_nonblock(int flags, int want_read_nb, int want_write_nb)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    char c;

    open_pipe(&r, &w, flags);
    ASSERT_TRUE(fdk_test_is_cloexec(r.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(w.fd));
    ASSERT_EQ(fdk_test_is_nonblock(r.fd), want_read_nb);
    ASSERT_EQ(fdk_test_is_nonblock(w.fd), want_write_nb);
    ASSERT_EQ(fdk_fd_kind(r.fd), FDK_FD_KIND_PIPE);
    ASSERT_EQ(fdk_fd_kind(w.fd), FDK_FD_KIND_PIPE);
    /* the ends are the right way round: written at w, read at r */
    ASSERT_EQ(fdk_fd_write(w.fd, "x", 1), 1);
    ASSERT_EQ(fdk_fd_read(r.fd, &c, 1), 1);
    ASSERT_EQ(c, 'x');
    if (want_read_nb)
        ASSERT_ERR(fdk_fd_read(r.fd, &c, 1), EAGAIN);
    close_pipe(&r, &w);
}

static void test_open_flags(void)
{
    check_nonblock(0, 0, 0);
    check_nonblock(FDK_PIPE_CLOEXEC, 0, 0);
    check_nonblock(FDK_PIPE_NONBLOCK, 1, 1);
    check_nonblock(FDK_PIPE_NONBLOCK_READ, 1, 0);
    check_nonblock(FDK_PIPE_NONBLOCK_WRITE, 0, 1);
    check_nonblock(FDK_PIPE_NONBLOCK_READ | FDK_PIPE_NONBLOCK_WRITE, 1, 1);
    check_nonblock(FDK_PIPE_NONBLOCK | FDK_PIPE_NONBLOCK_READ, 1, 1);
    check_nonblock(FDK_PIPE_DIRECT | FDK_PIPE_NONBLOCK_READ, 1, 0);
    check_nonblock(FDK_PIPE_DIRECT | FDK_PIPE_NONBLOCK_WRITE, 0, 1);
    check_nonblock(FDK_PIPE_OPEN_ALL, 1, 1);
}

/* O_DIRECT: each write is one packet, read back whole and alone. */
static void test_direct_packets(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    char buf[4096];

    open_pipe(&r, &w, FDK_PIPE_DIRECT | FDK_PIPE_NONBLOCK_READ);
    /* packet mode is a property of the write end (the kernel sets it there only) */
    ASSERT_TRUE(fcntl(w.fd, F_GETFL) & O_DIRECT);
    ASSERT_EQ(fdk_fd_write(w.fd, "abc", 3), 3);
    ASSERT_EQ(fdk_fd_write(w.fd, "defgh", 5), 5);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 3);
    ASSERT_MEM_EQ(buf, "abc", 3);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 5);
    ASSERT_MEM_EQ(buf, "defgh", 5);
    ASSERT_ERR(fdk_fd_read(r.fd, buf, sizeof buf), EAGAIN);
    close_pipe(&r, &w);

    /* making the write end alone non-blocking keeps its packet mode */
    open_pipe(&r, &w, FDK_PIPE_DIRECT | FDK_PIPE_NONBLOCK_WRITE);
    ASSERT_TRUE(fcntl(w.fd, F_GETFL) & O_DIRECT);
    ASSERT_TRUE(fdk_test_is_nonblock(w.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(r.fd));
    ASSERT_EQ(fdk_fd_write(w.fd, "ab", 2), 2);
    ASSERT_EQ(fdk_fd_write(w.fd, "c", 1), 1);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 2);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 1);
    close_pipe(&r, &w);

    /* without DIRECT the same writes merge into one byte stream */
    open_pipe(&r, &w, 0);
    ASSERT_EQ(fdk_fd_write(w.fd, "abc", 3), 3);
    ASSERT_EQ(fdk_fd_write(w.fd, "defgh", 5), 5);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 8);
    close_pipe(&r, &w);
}

/* Bad arguments: rejected before any syscall, handles untouched. */
static void test_open_invalid(void)
{
    fdk_pipe_reader r = {.fd = -7, .borrowed = 9};
    fdk_pipe_writer w = {.fd = -8, .borrowed = 9};

    ASSERT_ERR(fdk_pipe_open(NULL, &w, 0), EINVAL);
    ASSERT_ERR(fdk_pipe_open(&r, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_pipe_open(&r, &w, unknown_bit(FDK_PIPE_OPEN_ALL)), EINVAL);
    ASSERT_ERR(fdk_pipe_open(&r, &w, -1), EINVAL);
    ASSERT_EQ(r.fd, -7);
    ASSERT_EQ(r.borrowed, 9);
    ASSERT_EQ(w.fd, -8);
    ASSERT_EQ(w.borrowed, 9);
}

static size_t page_size(void)
{
    long p = sysconf(_SC_PAGESIZE);
    ASSERT_TRUE(p > 0);
    return (size_t)p;
}

/* The kernel sets a power-of-two number of pages, at least the request. */
static void check_rounded(size_t asked, size_t got)
{
    size_t pages;

    ASSERT_TRUE(got >= asked);
    ASSERT_EQ(got % page_size(), 0);
    pages = got / page_size();
    ASSERT_EQ(pages & (pages - 1), 0);
}

static void test_capacity(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    size_t max = 0, actual = 0, want;
    int cap;

    open_pipe(&r, &w, 0);
    cap = fdk_pipe_capacity(r.fd);
    ASSERT_TRUE(cap > 0);
    ASSERT_EQ(cap, fcntl(r.fd, F_GETPIPE_SZ));
    /* both ends share one buffer */
    ASSERT_EQ(fdk_pipe_capacity(w.fd), cap);

    /* 1 MiB (or the limit, if an unprivileged run has a lower one) */
    ASSERT_OK(fdk_pipe_max_capacity(&max));
    want = max < 1024 * 1024 ? max : 1024 * 1024;
    ASSERT_OK(fdk_pipe_set_capacity(w.fd, want, &actual));
    check_rounded(want, actual);
    ASSERT_EQ(fdk_pipe_capacity(r.fd), (long long)actual);

    /* not a page multiple: rounded up; NULL ret_actual is fine */
    ASSERT_OK(fdk_pipe_set_capacity(r.fd, page_size() + 1, &actual));
    ASSERT_EQ(actual, 2 * page_size());
    ASSERT_EQ(fdk_pipe_capacity(w.fd), (long long)actual);
    ASSERT_OK(fdk_pipe_set_capacity(r.fd, 3 * page_size(), NULL));
    ASSERT_EQ(fdk_pipe_capacity(r.fd), (long long)(4 * page_size()));

    /* invalid sizes never reach the kernel; ret_actual untouched */
    actual = 12345;
    ASSERT_ERR(fdk_pipe_set_capacity(r.fd, 0, &actual), EINVAL);
    ASSERT_ERR(fdk_pipe_set_capacity(r.fd, (size_t)INT_MAX + 1, &actual), EINVAL);
    ASSERT_ERR(fdk_pipe_set_capacity(r.fd, SIZE_MAX, &actual), EINVAL);
    ASSERT_ERR(fdk_pipe_set_capacity(-1, 4096, &actual), EBADF);
    ASSERT_EQ(actual, 12345);
    ASSERT_ERR(fdk_pipe_capacity(-1), EBADF);
    close_pipe(&r, &w);

    /* not a pipe: the kernel says EBADF for the pipe fcntls, ENOTTY for FIONREAD here */
    {
        int null = open("/dev/null", O_RDWR | O_CLOEXEC);
        size_t n = 3;
        ASSERT_TRUE(null >= 0);
        ASSERT_ERR(fdk_pipe_capacity(null), EBADF);
        ASSERT_ERR(fdk_pipe_set_capacity(null, 4096, NULL), EBADF);
        ASSERT_ERR(fdk_pipe_available(null, &n), ENOTTY);
        ASSERT_EQ(n, 3);
        close(null);
    }
}

/* Shrinking below what the pipe holds is -EBUSY; the data stays. */
static void test_capacity_busy(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    size_t actual = 777, avail = 0;
    char *buf = malloc(page_size());

    open_pipe(&r, &w, FDK_PIPE_NONBLOCK);
    ASSERT_OK(fdk_pipe_set_capacity(w.fd, 16 * page_size(), NULL));
    ASSERT_TRUE(buf != NULL);
    memset(buf, 'q', page_size());
    /* three pages in three writes: at least three buffer slots in use */
    for (int i = 0; i < 3; i++)
        ASSERT_EQ(fdk_fd_write(w.fd, buf, page_size()), (long long)page_size());
    ASSERT_ERR(fdk_pipe_set_capacity(w.fd, page_size(), &actual), EBUSY);
    ASSERT_EQ(actual, 777);
    ASSERT_OK(fdk_pipe_available(r.fd, &avail));
    ASSERT_EQ(avail, 3 * page_size());
    ASSERT_EQ(fdk_pipe_capacity(w.fd), (long long)(16 * page_size()));
    close_pipe(&r, &w);
    free(buf);
}

static void test_max_capacity(void)
{
    size_t max = 0;
    unsigned long long proc = 0;
    FILE *f = fopen("/proc/sys/fs/pipe-max-size", "re");

    if (!f) {
        int e = errno;
        ASSERT_ERR(fdk_pipe_max_capacity(&max), e);
        return;
    }
    ASSERT_EQ(fscanf(f, "%llu", &proc), 1);
    fclose(f);
    ASSERT_OK(fdk_pipe_max_capacity(&max));
    ASSERT_EQ_U64(max, proc);
    ASSERT_TRUE(max >= page_size());
    ASSERT_ERR(fdk_pipe_max_capacity(NULL), EINVAL);
}

static void test_available(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    char buf[1500];
    size_t n = 99;

    open_pipe(&r, &w, 0);
    ASSERT_OK(fdk_pipe_available(r.fd, &n));
    ASSERT_EQ(n, 0);
    memset(buf, 'a', sizeof buf);
    ASSERT_EQ(fdk_fd_write(w.fd, buf, 1234), 1234);
    ASSERT_OK(fdk_pipe_available(r.fd, &n));
    ASSERT_EQ(n, 1234);
    ASSERT_EQ(fdk_fd_write(w.fd, buf, 1), 1);
    ASSERT_OK(fdk_pipe_available(r.fd, &n));
    ASSERT_EQ(n, 1235);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, 1000), 1000);
    ASSERT_OK(fdk_pipe_available(r.fd, &n));
    ASSERT_EQ(n, 235);

    n = 99;
    ASSERT_ERR(fdk_pipe_available(r.fd, NULL), EINVAL);
    ASSERT_ERR(fdk_pipe_available(-1, &n), EBADF);
    ASSERT_EQ(n, 99);
    close_pipe(&r, &w);

    /* FIONREAD also answers for a regular file (the bytes left) and a
       socket, but they are not pipes: refused, out untouched */
    {
        char path[] = "/tmp/fdk-pipe-available-XXXXXX";
        int f = mkstemp(path), sv[2];

        ASSERT_TRUE(f >= 0);
        ASSERT_EQ(unlink(path), 0);
        ASSERT_EQ(write(f, buf, 100), 100);
        ASSERT_EQ(lseek(f, 0, SEEK_SET), 0);
        ASSERT_ERR(fdk_pipe_available(f, &n), ENOTTY);
        ASSERT_EQ(n, 99);
        ASSERT_EQ(close(f), 0);
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        ASSERT_EQ(write(sv[1], "x", 1), 1);
        ASSERT_ERR(fdk_pipe_available(sv[0], &n), ENOTTY);
        ASSERT_EQ(n, 99);
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
}

/* The standard streams: borrowed, and closing the handle leaves the fd open. */
static void test_std_streams(void)
{
    fdk_pipe_reader in = fdk_pipe_stdin();
    fdk_pipe_writer out = fdk_pipe_stdout(), err = fdk_pipe_stderr();

    ASSERT_EQ(in.fd, 0);
    ASSERT_EQ(out.fd, 1);
    ASSERT_EQ(err.fd, 2);
    ASSERT_EQ(in.borrowed, 1);
    ASSERT_EQ(out.borrowed, 1);
    ASSERT_EQ(err.borrowed, 1);
    ASSERT_EQ(fdk_pipe_reader_close(&in), 0);
    ASSERT_EQ(fdk_pipe_writer_close(&out), 0);
    ASSERT_EQ(fdk_pipe_writer_close(&err), 0);
    ASSERT_EQ(in.fd, -1);
    ASSERT_EQ(out.fd, -1);
    ASSERT_EQ(err.fd, -1);
    ASSERT_TRUE(fcntl(0, F_GETFD) >= 0);
    ASSERT_TRUE(fcntl(1, F_GETFD) >= 0);
    ASSERT_TRUE(fcntl(2, F_GETFD) >= 0);
    /* still usable */
    out = fdk_pipe_stdout();
    ASSERT_EQ(fdk_fd_write(out.fd, "", 0), 0);
}

static void test_adopt_borrow_release(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT, rb;
    fdk_pipe_writer w = FDK_HANDLE_INIT, wb;
    int rfd, wfd;

    open_pipe(&r, &w, 0);
    rfd = r.fd;
    wfd = w.fd;

    /* borrowed copies: closing them closes nothing */
    rb = fdk_pipe_reader_borrow(rfd);
    wb = fdk_pipe_writer_borrow(wfd);
    ASSERT_EQ(rb.fd, rfd);
    ASSERT_EQ(rb.borrowed, 1);
    ASSERT_EQ(wb.borrowed, 1);
    ASSERT_EQ(fdk_pipe_reader_close(&rb), 0);
    ASSERT_EQ(fdk_pipe_writer_close(&wb), 0);
    ASSERT_EQ(rb.fd, -1);
    ASSERT_EQ(wb.fd, -1);
    ASSERT_TRUE(fdk_test_fd_open(rfd));
    ASSERT_TRUE(fdk_test_fd_open(wfd));

    /* release hands the fd out and leaves the handle empty */
    ASSERT_EQ(fdk_pipe_reader_release(&r), rfd);
    ASSERT_EQ(fdk_pipe_writer_release(&w), wfd);
    ASSERT_EQ(r.fd, -1);
    ASSERT_EQ(w.fd, -1);
    ASSERT_EQ(fdk_pipe_reader_close(&r), 0);
    ASSERT_TRUE(fdk_test_fd_open(rfd));

    /* adopt takes ownership back: closing it closes the fd */
    r = fdk_pipe_reader_adopt(rfd);
    w = fdk_pipe_writer_adopt(wfd);
    ASSERT_EQ(r.fd, rfd);
    ASSERT_EQ(r.borrowed, 0);
    ASSERT_EQ(w.borrowed, 0);
    close_pipe(&r, &w);
}

#ifdef __GNUC__
/* FDK_AUTO closes both ends at scope exit. */
static void test_auto(void)
{
    int rfd, wfd;
    {
        FDK_AUTO(pipe_reader) r = FDK_HANDLE_INIT;
        FDK_AUTO(pipe_writer) w = FDK_HANDLE_INIT;
        open_pipe(&r, &w, 0);
        rfd = r.fd;
        wfd = w.fd;
    }
    ASSERT_TRUE(!fdk_test_fd_open(rfd));
    ASSERT_TRUE(!fdk_test_fd_open(wfd));
}
#endif

int main(void)
{
    alarm(30);
    /* The stream tests need 0-2 open; fill any gap with /dev/null first. */
    for (int fd = 0; fd < 3; fd++)
        if (!fdk_test_fd_open(fd) && open("/dev/null", O_RDWR) != fd)
            fdk_test_skip("cannot open /dev/null onto fd %d", fd);
    RUN(test_open_flags);
    RUN(test_direct_packets);
    RUN(test_open_invalid);
    RUN(test_capacity);
    RUN(test_capacity_busy);
    RUN(test_max_capacity);
    RUN(test_available);
    RUN(test_std_streams);
    RUN(test_adopt_borrow_release);
#ifdef __GNUC__
    RUN(test_auto);
#endif
    return 0;
}
