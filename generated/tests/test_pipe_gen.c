/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/pipe.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_pipe: what every wrapper promises (CLOEXEC,
 * NONBLOCK only on request, -EBADF for a bad fd, -EINVAL for NULL or unknown
 * bits before any system call, out-parameters untouched on failure, close
 * idempotent, no fd leaked), the spec's errno cases, and each constructor
 * under descriptor exhaustion.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-exhaust.h"

#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/ioctl.h>

/* 1 if every byte of p is b: out-parameters keep their fill on failure. */
static __attribute__((unused)) int bytes_are(const void *p, size_t n, unsigned char b)
{
    const unsigned char *c = p;
    size_t i;
    for (i = 0; i < n; i++)
        if (c[i] != b)
            return 0;
    return 1;
}

/* fdk_pipe_open() with r = NULL is -EINVAL */
static void test_open_null_r(void)
{
    fdk_pipe_writer a_w = {.fd = -7};
    ASSERT_ERR(fdk_pipe_open(NULL, &a_w, 0), EINVAL);
    ASSERT_EQ(a_w.fd, -7);
}

/* fdk_pipe_open() with w = NULL is -EINVAL */
static void test_open_null_w(void)
{
    fdk_pipe_reader a_r = {.fd = -7};
    ASSERT_ERR(fdk_pipe_open(&a_r, NULL, 0), EINVAL);
    ASSERT_EQ(a_r.fd, -7);
}

/* fdk_pipe_open(): every bit outside FDK_PIPE_OPEN_ALL is -EINVAL */
static void test_open_unknown_flags(void)
{
    fdk_pipe_reader a_r = {.fd = -7};
    fdk_pipe_writer a_w = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_PIPE_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_pipe_open(&a_r, &a_w, f), EINVAL);
    }
    ASSERT_EQ(a_r.fd, -7);
    ASSERT_EQ(a_w.fd, -7);
}

/* fdk_pipe_capacity() with fd = -1 is -EBADF */
static void test_capacity_negative_fd(void)
{
    ASSERT_ERR(fdk_pipe_capacity(-1), EBADF);
}

/* fdk_pipe_set_capacity() with fd = -1 is -EBADF */
static void test_set_capacity_negative_fd(void)
{
    size_t a_ret_actual;
    memset(&a_ret_actual, 0x5a, sizeof a_ret_actual);
    ASSERT_ERR(fdk_pipe_set_capacity(-1, 0, &a_ret_actual), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_actual, sizeof a_ret_actual, 0x5a));
}

/* fdk_pipe_max_capacity() with out = NULL is -EINVAL */
static void test_max_capacity_null_out(void)
{
    ASSERT_ERR(fdk_pipe_max_capacity(NULL), EINVAL);
}

/* fdk_pipe_available() with fd = -1 is -EBADF */
static void test_available_negative_fd(void)
{
    size_t a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_pipe_available(-1, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_pipe_available() with out = NULL is -EINVAL */
static void test_available_null_out(void)
{
    ASSERT_ERR(fdk_pipe_available(0, NULL), EINVAL);
}

/* fdk_pipe_reader_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_reader_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_pipe_reader_close(NULL), EINVAL);
    fdk_pipe_reader e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pipe_reader_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_pipe_writer_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_writer_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_pipe_writer_close(NULL), EINVAL);
    fdk_pipe_writer e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pipe_writer_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_pipe_reader_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_reader_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_pipe_reader z = fdk_pipe_reader_adopt(nfd);
    ASSERT_ERR(fdk_pipe_reader_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_pipe_reader_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_reader_close(void)
{
    fdk_pipe_reader h = fdk_pipe_reader_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_pipe_reader_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_pipe_reader g = fdk_pipe_reader_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_pipe_reader_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_pipe_reader_close() on a borrowed handle leaves the fd open */
static void test_reader_close_borrowed(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    fdk_pipe_reader b = fdk_pipe_reader_borrow(fd);
    fdk_inject_reset();
    ASSERT_OK(fdk_pipe_reader_close(&b));
    ASSERT_EQ(b.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 0); /* a borrowed fd is never closed */
    ASSERT_TRUE(fdk_test_fd_open(fd));
    ASSERT_EQ(close(fd), 0);
}

/* fdk_pipe_writer_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_writer_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_pipe_writer z = fdk_pipe_writer_adopt(nfd);
    ASSERT_ERR(fdk_pipe_writer_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_pipe_writer_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_writer_close(void)
{
    fdk_pipe_writer h = fdk_pipe_writer_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_pipe_writer_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_pipe_writer g = fdk_pipe_writer_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_pipe_writer_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_pipe_writer_close() on a borrowed handle leaves the fd open */
static void test_writer_close_borrowed(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    fdk_pipe_writer b = fdk_pipe_writer_borrow(fd);
    fdk_inject_reset();
    ASSERT_OK(fdk_pipe_writer_close(&b));
    ASSERT_EQ(b.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 0); /* a borrowed fd is never closed */
    ASSERT_TRUE(fdk_test_fd_open(fd));
    ASSERT_EQ(close(fd), 0);
}

/* fdk_pipe_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_pipe_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_pipe_reader a_r = {.fd = -7};
        fdk_pipe_writer a_w = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_pipe_open(&a_r, &a_w, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_pipe_reader_close(&a_r));
            ASSERT_OK(fdk_pipe_writer_close(&a_w));
        } else {
            ASSERT_EQ(a_r.fd, -7);
            ASSERT_EQ(a_w.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_pipe_max_capacity() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_max_capacity(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_pipe_max_capacity()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        size_t a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_exhaust_limit(&x);
        int rc = fdk_pipe_max_capacity(&a_out);
        if (fdk_exhaust_unlimit(&x, rc)) {
        } else {
            ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_pipe_max_capacity(): each errno row open() can give comes back as itself, nothing made */
static void test_drive_max_capacity(void)
{
    static const int errs[] = {EACCES, EINVAL, EIO, EMFILE, ENOENT};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        size_t a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("open", 1, 1, errs[i]);
        ASSERT_ERR(fdk_pipe_max_capacity(&a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from open() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_null_r);
    RUN(test_open_null_w);
    RUN(test_open_unknown_flags);
    RUN(test_capacity_negative_fd);
    RUN(test_set_capacity_negative_fd);
    RUN(test_max_capacity_null_out);
    RUN(test_available_negative_fd);
    RUN(test_available_null_out);
    RUN(test_reader_close_null_and_empty);
    RUN(test_writer_close_null_and_empty);
    RUN(test_reader_close_stale_fd);
    RUN(test_inject_reader_close);
    RUN(test_reader_close_borrowed);
    RUN(test_writer_close_stale_fd);
    RUN(test_inject_writer_close);
    RUN(test_writer_close_borrowed);
    RUN(test_exhaust_open);
    RUN(test_exhaust_max_capacity);
    RUN(test_drive_max_capacity);
    return 0;
}
