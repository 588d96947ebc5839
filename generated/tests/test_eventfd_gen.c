/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/eventfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_eventfd: what every wrapper promises (CLOEXEC,
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
#include <sys/eventfd.h>

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

/* fdk_eventfd_open() makes a CLOEXEC eventfd; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_eventfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&h, 0, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_EVENTFD);
    ASSERT_OK(fdk_eventfd_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_eventfd_close(&h)); /* closing twice is a no-op */
}

/* FDK_EVENTFD_NONBLOCK gives O_NONBLOCK */
static void test_open_eventfd_nonblock(void)
{
    fdk_eventfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&h, 0, FDK_EVENTFD_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_eventfd_open(NULL, 0, 0), EINVAL);
}

/* every bit outside FDK_EVENTFD_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_eventfd a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_EVENTFD_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_eventfd_open(&a_out, 0, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_eventfd_read() on a closed handle is -EBADF, outputs untouched */
static void test_read_bad_handle(void)
{
    fdk_eventfd bad = FDK_HANDLE_INIT;
    uint64_t a_value;
    memset(&a_value, 0x5a, sizeof a_value);
    ASSERT_ERR(fdk_eventfd_read(bad, &a_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_value, sizeof a_value, 0x5a));
}

/* fdk_eventfd_read() with value = NULL is -EINVAL */
static void test_read_null_value(void)
{
    fdk_eventfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&h, 0, 0));
    ASSERT_ERR(fdk_eventfd_read(h, NULL), EINVAL);
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_write() on a closed handle is -EBADF, outputs untouched */
static void test_write_bad_handle(void)
{
    fdk_eventfd bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_eventfd_write(bad, 0), EBADF);
}

/* fdk_eventfd_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_eventfd_close(NULL), EINVAL);
    fdk_eventfd e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_eventfd_write(): UINT64_MAX is rejected before the syscall */
static void test_errno_write_einval_0(void)
{
    fdk_eventfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&h, 0, 0));
    ASSERT_ERR(fdk_eventfd_write(h, UINT64_MAX), EINVAL);
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_read(): empty non-blocking counter */
static void test_errno_read_eagain_1(void)
{
    fdk_eventfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&h, 0, FDK_EVENTFD_NONBLOCK));
    uint64_t a_value;
    memset(&a_value, 0x5a, sizeof a_value);
    ASSERT_ERR(fdk_eventfd_read(h, &a_value), EAGAIN);
    ASSERT_TRUE(bytes_are(&a_value, sizeof a_value, 0x5a));
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_open(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_open_errnos(void)
{
    fdk_eventfd a_out = {.fd = -7};
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENODEV, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("eventfd", 1, 1, errs[i]);
        ASSERT_ERR(fdk_eventfd_open(&a_out, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("eventfd"), 1);
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_eventfd_read(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_read_errnos(void)
{
    fdk_eventfd h = fdk_eventfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_value;
    memset(&a_value, 0x5a, sizeof a_value);
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_eventfd_read(h, &a_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("read"), 1);
        ASSERT_TRUE(bytes_are(&a_value, sizeof a_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_read(): EINTR is returned, not retried */
static void test_inject_read_eintr(void)
{
    fdk_eventfd h = fdk_eventfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_value;
    memset(&a_value, 0x5a, sizeof a_value);
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_eventfd_read(h, &a_value), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    ASSERT_TRUE(bytes_are(&a_value, sizeof a_value, 0x5a));
    fdk_inject_reset();
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_write(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_write_errnos(void)
{
    fdk_eventfd h = fdk_eventfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("write", 1, 1, errs[i]);
        ASSERT_ERR(fdk_eventfd_write(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("write"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_write(): EINTR is returned, not retried */
static void test_inject_write_eintr(void)
{
    fdk_eventfd h = fdk_eventfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("write", 1, 1, EINTR);
    ASSERT_ERR(fdk_eventfd_write(h, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("write"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_eventfd_close(&h));
}

/* fdk_eventfd_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_eventfd z = fdk_eventfd_adopt(nfd);
    ASSERT_ERR(fdk_eventfd_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_eventfd_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_eventfd h = fdk_eventfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_eventfd_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_eventfd g = fdk_eventfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_eventfd_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_eventfd_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_eventfd_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_eventfd a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_eventfd_open(&a_out, 0, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_eventfd_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_eventfd_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_read_bad_handle);
    RUN(test_read_null_value);
    RUN(test_write_bad_handle);
    RUN(test_close_null_and_empty);
    RUN(test_errno_write_einval_0);
    RUN(test_errno_read_eagain_1);
    RUN(test_inject_open_errnos);
    RUN(test_inject_read_errnos);
    RUN(test_inject_read_eintr);
    RUN(test_inject_write_errnos);
    RUN(test_inject_write_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    return 0;
}
