/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_fd: what every wrapper promises (CLOEXEC,
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
#include <sys/uio.h>

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

/* fdk_fd_read() with fd = -1 is -EBADF */
static void test_read_negative_fd(void)
{
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_fd_read(-1, a_buf, 16), EBADF);
}

/* fdk_fd_read() with buf = NULL is -EINVAL */
static void test_read_null_buf(void)
{
    ASSERT_ERR(fdk_fd_read(0, NULL, 16), EINVAL);
}

/* fdk_fd_write() with fd = -1 is -EBADF */
static void test_write_negative_fd(void)
{
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_fd_write(-1, a_buf, 16), EBADF);
}

/* fdk_fd_write() with buf = NULL is -EINVAL */
static void test_write_null_buf(void)
{
    ASSERT_ERR(fdk_fd_write(0, NULL, 16), EINVAL);
}

/* fdk_fd_readv() with fd = -1 is -EBADF */
static void test_readv_negative_fd(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    char a_iov_byte = 0;
    a_iov[0].iov_base = &a_iov_byte;
    a_iov[0].iov_len = 1;
    ASSERT_ERR(fdk_fd_readv(-1, a_iov, 4), EBADF);
}

/* fdk_fd_readv() with iov = NULL is -EINVAL */
static void test_readv_null_iov(void)
{
    ASSERT_ERR(fdk_fd_readv(0, NULL, 4), EINVAL);
}

/* fdk_fd_writev() with fd = -1 is -EBADF */
static void test_writev_negative_fd(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    char a_iov_byte = 0;
    a_iov[0].iov_base = &a_iov_byte;
    a_iov[0].iov_len = 1;
    ASSERT_ERR(fdk_fd_writev(-1, a_iov, 4), EBADF);
}

/* fdk_fd_writev() with iov = NULL is -EINVAL */
static void test_writev_null_iov(void)
{
    ASSERT_ERR(fdk_fd_writev(0, NULL, 4), EINVAL);
}

/* fdk_fd_read_exact() with fd = -1 is -EBADF */
static void test_read_exact_negative_fd(void)
{
    char a_buf[16] = {0};
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_read_exact(-1, a_buf, 16, &a_ret_done), EBADF);
}

/* fdk_fd_read_exact() with buf = NULL is -EINVAL */
static void test_read_exact_null_buf(void)
{
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_read_exact(0, NULL, 16, &a_ret_done), EINVAL);
}

/* fdk_fd_write_all() with fd = -1 is -EBADF */
static void test_write_all_negative_fd(void)
{
    char a_buf[16] = {0};
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_write_all(-1, a_buf, 16, &a_ret_done), EBADF);
}

/* fdk_fd_write_all() with buf = NULL is -EINVAL */
static void test_write_all_null_buf(void)
{
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_write_all(0, NULL, 16, &a_ret_done), EINVAL);
}

/* fdk_fd_readv_all() with fd = -1 is -EBADF */
static void test_readv_all_negative_fd(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_readv_all(-1, a_iov, 4, &a_ret_done), EBADF);
}

/* fdk_fd_readv_all() with iov = NULL is -EINVAL */
static void test_readv_all_null_iov(void)
{
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_readv_all(0, NULL, 4, &a_ret_done), EINVAL);
}

/* fdk_fd_writev_all() with fd = -1 is -EBADF */
static void test_writev_all_negative_fd(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_writev_all(-1, a_iov, 4, &a_ret_done), EBADF);
}

/* fdk_fd_writev_all() with iov = NULL is -EINVAL */
static void test_writev_all_null_iov(void)
{
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_fd_writev_all(0, NULL, 4, &a_ret_done), EINVAL);
}

/* fdk_fd_get_nonblocking() with fd = -1 is -EBADF */
static void test_get_nonblocking_negative_fd(void)
{
    ASSERT_ERR(fdk_fd_get_nonblocking(-1), EBADF);
}

/* fdk_fd_set_nonblocking() with fd = -1 is -EBADF */
static void test_set_nonblocking_negative_fd(void)
{
    ASSERT_ERR(fdk_fd_set_nonblocking(-1, 0), EBADF);
}

/* fdk_fd_get_cloexec() with fd = -1 is -EBADF */
static void test_get_cloexec_negative_fd(void)
{
    ASSERT_ERR(fdk_fd_get_cloexec(-1), EBADF);
}

/* fdk_fd_set_cloexec() with fd = -1 is -EBADF */
static void test_set_cloexec_negative_fd(void)
{
    ASSERT_ERR(fdk_fd_set_cloexec(-1, 0), EBADF);
}

/* fdk_fd_dup() with fd = -1 is -EBADF */
static void test_dup_negative_fd(void)
{
    int a_ret_fd;
    memset(&a_ret_fd, 0x5a, sizeof a_ret_fd);
    ASSERT_ERR(fdk_fd_dup(-1, &a_ret_fd), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_fd, sizeof a_ret_fd, 0x5a));
}

/* fdk_fd_dup() with ret_fd = NULL is -EINVAL */
static void test_dup_null_ret_fd(void)
{
    ASSERT_ERR(fdk_fd_dup(0, NULL), EINVAL);
}

/* fdk_fd_kind() with fd = -1 is -EBADF */
static void test_kind_negative_fd(void)
{
    ASSERT_ERR(fdk_fd_kind(-1), EBADF);
}

/* fdk_fd_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_fd_close(NULL), EINVAL);
    int e = -1;
    ASSERT_OK(fdk_fd_close(&e));
    ASSERT_EQ(e, -1);
}

/* fdk_fd_read(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_read_errnos(void)
{
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_read(0, a_buf, 16), errs[i]);
        ASSERT_EQ(fdk_inject_calls("read"), 1);
    }
    fdk_inject_reset();
}

/* fdk_fd_read(): EINTR is returned, not retried */
static void test_inject_read_eintr(void)
{
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_fd_read(0, a_buf, 16), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    fdk_inject_reset();
}

/* fdk_fd_write(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_write_errnos(void)
{
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("write", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_write(0, a_buf, 16), errs[i]);
        ASSERT_EQ(fdk_inject_calls("write"), 1);
    }
    fdk_inject_reset();
}

/* fdk_fd_write(): EINTR is returned, not retried */
static void test_inject_write_eintr(void)
{
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("write", 1, 1, EINTR);
    ASSERT_ERR(fdk_fd_write(0, a_buf, 16), EINTR);
    ASSERT_EQ(fdk_inject_calls("write"), 1);
    fdk_inject_reset();
}

/* fdk_fd_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_readv_errnos(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    char a_iov_byte = 0;
    a_iov[0].iov_base = &a_iov_byte;
    a_iov[0].iov_len = 1;
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_readv(0, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
}

/* fdk_fd_readv(): EINTR is returned, not retried */
static void test_inject_readv_eintr(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    char a_iov_byte = 0;
    a_iov[0].iov_base = &a_iov_byte;
    a_iov[0].iov_len = 1;
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_fd_readv(0, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
}

/* fdk_fd_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_writev_errnos(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    char a_iov_byte = 0;
    a_iov[0].iov_base = &a_iov_byte;
    a_iov[0].iov_len = 1;
    static const int errs[] = {EAGAIN, EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("writev", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_writev(0, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("writev"), 1);
    }
    fdk_inject_reset();
}

/* fdk_fd_writev(): EINTR is returned, not retried */
static void test_inject_writev_eintr(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    char a_iov_byte = 0;
    a_iov[0].iov_base = &a_iov_byte;
    a_iov[0].iov_len = 1;
    fdk_inject_reset();
    fdk_inject_fail("writev", 1, 1, EINTR);
    ASSERT_ERR(fdk_fd_writev(0, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("writev"), 1);
    fdk_inject_reset();
}

/* fdk_fd_close() of a descriptor closed behind its back is -EBADF, and the variable is set to -1 */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    ASSERT_ERR(fdk_fd_close(&nfd), EBADF);
    ASSERT_EQ(nfd, -1);
}

/* fdk_fd_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    int h = open("/dev/null", O_RDONLY | O_CLOEXEC), h_fd = h;
    ASSERT_TRUE(h >= 0);
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_fd_close(&h));
    ASSERT_EQ(h, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(h_fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    int g = open("/dev/null", O_RDONLY | O_CLOEXEC), g_fd = g;
    ASSERT_TRUE(g >= 0);
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_fd_close(&g), EIO);
    ASSERT_EQ(g, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(g_fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_inject_reset();
}

/* fdk_fd_dup() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_dup(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_fd_dup()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        int src = open("/dev/null", O_RDONLY | O_CLOEXEC), nfd = -7;
        ASSERT_TRUE(src >= 0);
        fdk_exhaust_limit(&x);
        int rc = fdk_fd_dup(src, &nfd);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_TRUE(nfd >= 3 && fdk_test_is_cloexec(nfd));
            ASSERT_EQ(close(nfd), 0);
        } else {
            ASSERT_EQ(nfd, -7);
        }
        ASSERT_EQ(close(src), 0);
    }
    fdk_exhaust_done(&x);
}

/* fdk_fd_read_exact(): each errno row read() can give comes back as itself, nothing made */
static void test_drive_read_exact(void)
{
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR, ENODATA};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        char buf[4];
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_read_exact(p[0], buf, sizeof buf, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from read() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_fd_write_all(): each errno row write() can give comes back as itself, nothing made */
static void test_drive_write_all(void)
{
    static const int errs[] = {EAGAIN, EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("write", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_write_all(p[1], "abcd", 4, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from write() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_fd_readv(): each errno row readv() can give comes back as itself, nothing made */
static void test_drive_readv(void)
{
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        char b1[2], b2[2];
        struct iovec iov[2] = {{b1, 2}, {b2, 2}};
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_readv(p[0], iov, 2), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from readv() */
        fdk_inject_reset();
        (void)done;
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_fd_writev(): each errno row writev() can give comes back as itself, nothing made */
static void test_drive_writev(void)
{
    static const int errs[] = {EAGAIN, EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        char b1[2], b2[2];
        struct iovec iov[2] = {{b1, 2}, {b2, 2}};
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("writev", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_writev(p[1], iov, 2), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from writev() */
        fdk_inject_reset();
        (void)done;
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_fd_readv_all(): each errno row readv() can give comes back as itself, nothing made */
static void test_drive_readv_all(void)
{
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR, ENODATA};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        char b1[2], b2[2];
        struct iovec iov[2] = {{b1, 2}, {b2, 2}};
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_readv_all(p[0], iov, 2, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from readv() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_fd_writev_all(): each errno row writev() can give comes back as itself, nothing made */
static void test_drive_writev_all(void)
{
    static const int errs[] = {EAGAIN, EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        char b1[2], b2[2];
        struct iovec iov[2] = {{b1, 2}, {b2, 2}};
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("writev", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fd_writev_all(p[1], iov, 2, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from writev() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_read_negative_fd);
    RUN(test_read_null_buf);
    RUN(test_write_negative_fd);
    RUN(test_write_null_buf);
    RUN(test_readv_negative_fd);
    RUN(test_readv_null_iov);
    RUN(test_writev_negative_fd);
    RUN(test_writev_null_iov);
    RUN(test_read_exact_negative_fd);
    RUN(test_read_exact_null_buf);
    RUN(test_write_all_negative_fd);
    RUN(test_write_all_null_buf);
    RUN(test_readv_all_negative_fd);
    RUN(test_readv_all_null_iov);
    RUN(test_writev_all_negative_fd);
    RUN(test_writev_all_null_iov);
    RUN(test_get_nonblocking_negative_fd);
    RUN(test_set_nonblocking_negative_fd);
    RUN(test_get_cloexec_negative_fd);
    RUN(test_set_cloexec_negative_fd);
    RUN(test_dup_negative_fd);
    RUN(test_dup_null_ret_fd);
    RUN(test_kind_negative_fd);
    RUN(test_close_null_and_empty);
    RUN(test_inject_read_errnos);
    RUN(test_inject_read_eintr);
    RUN(test_inject_write_errnos);
    RUN(test_inject_write_eintr);
    RUN(test_inject_readv_errnos);
    RUN(test_inject_readv_eintr);
    RUN(test_inject_writev_errnos);
    RUN(test_inject_writev_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_dup);
    RUN(test_drive_read_exact);
    RUN(test_drive_write_all);
    RUN(test_drive_readv);
    RUN(test_drive_writev);
    RUN(test_drive_readv_all);
    RUN(test_drive_writev_all);
    return 0;
}
