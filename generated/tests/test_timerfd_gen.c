/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/timerfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_timerfd: what every wrapper promises (CLOEXEC,
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
#include <sys/timerfd.h>
#include <time.h>

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

/* fdk_timerfd_open() makes a CLOEXEC timerfd; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_TIMERFD);
    ASSERT_OK(fdk_timerfd_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_timerfd_close(&h)); /* closing twice is a no-op */
}

/* FDK_TIMERFD_NONBLOCK gives O_NONBLOCK */
static void test_open_timerfd_nonblock(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_timerfd_open(NULL, CLOCK_MONOTONIC, 0), EINVAL);
}

/* every bit outside FDK_TIMERFD_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_timerfd a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_TIMERFD_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_timerfd_open(&a_out, CLOCK_MONOTONIC, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_timerfd_set() on a closed handle is -EBADF, outputs untouched */
static void test_set_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    struct itimerspec a_value;
    memset(&a_value, 0, sizeof a_value);
    struct itimerspec a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_timerfd_set(bad, 0, &a_value, &a_old), EBADF);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
}

/* fdk_timerfd_set() with value = NULL is -EINVAL */
static void test_set_null_value(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    struct itimerspec a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_timerfd_set(h, 0, NULL, &a_old), EINVAL);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_set(): every bit outside FDK_TIMERFD_SET_ALL is -EINVAL */
static void test_set_unknown_flags(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    struct itimerspec a_value;
    memset(&a_value, 0, sizeof a_value);
    struct itimerspec a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_TIMERFD_SET_ALL)
            continue;
        ASSERT_ERR(fdk_timerfd_set(h, f, &a_value, &a_old), EINVAL);
    }
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_get() on a closed handle is -EBADF, outputs untouched */
static void test_get_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    struct itimerspec a_cur;
    memset(&a_cur, 0x5a, sizeof a_cur);
    ASSERT_ERR(fdk_timerfd_get(bad, &a_cur), EBADF);
    ASSERT_TRUE(bytes_are(&a_cur, sizeof a_cur, 0x5a));
}

/* fdk_timerfd_get() with cur = NULL is -EINVAL */
static void test_get_null_cur(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    ASSERT_ERR(fdk_timerfd_get(h, NULL), EINVAL);
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_read() on a closed handle is -EBADF, outputs untouched */
static void test_read_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    uint64_t a_expirations;
    memset(&a_expirations, 0x5a, sizeof a_expirations);
    ASSERT_ERR(fdk_timerfd_read(bad, &a_expirations), EBADF);
    ASSERT_TRUE(bytes_are(&a_expirations, sizeof a_expirations, 0x5a));
}

/* fdk_timerfd_read() with expirations = NULL is -EINVAL */
static void test_read_null_expirations(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    ASSERT_ERR(fdk_timerfd_read(h, NULL), EINVAL);
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_set_oneshot_ns() on a closed handle is -EBADF, outputs untouched */
static void test_set_oneshot_ns_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_timerfd_set_oneshot_ns(bad, 0, 0), EBADF);
}

/* fdk_timerfd_set_oneshot_ns(): every bit outside FDK_TIMERFD_SET_ALL is -EINVAL */
static void test_set_oneshot_ns_unknown_flags(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_TIMERFD_SET_ALL)
            continue;
        ASSERT_ERR(fdk_timerfd_set_oneshot_ns(h, f, 0), EINVAL);
    }
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_set_periodic_ns() on a closed handle is -EBADF, outputs untouched */
static void test_set_periodic_ns_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_timerfd_set_periodic_ns(bad, 0, 0), EBADF);
}

/* fdk_timerfd_disarm() on a closed handle is -EBADF, outputs untouched */
static void test_disarm_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    struct itimerspec a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_timerfd_disarm(bad, &a_old), EBADF);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
}

/* fdk_timerfd_get_ns() on a closed handle is -EBADF, outputs untouched */
static void test_get_ns_bad_handle(void)
{
    fdk_timerfd bad = FDK_HANDLE_INIT;
    uint64_t a_ret_remaining_ns;
    memset(&a_ret_remaining_ns, 0x5a, sizeof a_ret_remaining_ns);
    uint64_t a_ret_interval_ns;
    memset(&a_ret_interval_ns, 0x5a, sizeof a_ret_interval_ns);
    ASSERT_ERR(fdk_timerfd_get_ns(bad, &a_ret_remaining_ns, &a_ret_interval_ns), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_remaining_ns, sizeof a_ret_remaining_ns, 0x5a));
    ASSERT_TRUE(bytes_are(&a_ret_interval_ns, sizeof a_ret_interval_ns, 0x5a));
}

/* fdk_timerfd_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_timerfd_close(NULL), EINVAL);
    fdk_timerfd e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_timerfd_open(): an unknown clock is rejected before the syscall */
static void test_errno_open_einval_0(void)
{
    fdk_timerfd a_out = {.fd = -7};
    ASSERT_ERR(fdk_timerfd_open(&a_out, 12345, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_timerfd_set(): CANCEL_ON_SET needs ABSTIME */
static void test_errno_set_einval_1(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
    struct itimerspec a_value;
    memset(&a_value, 0, sizeof a_value);
    struct itimerspec a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_timerfd_set(h, FDK_TIMERFD_CANCEL_ON_SET, &a_value, &a_old), EINVAL);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_read(): a disarmed non-blocking timer has nothing to read */
static void test_errno_read_eagain_2(void)
{
    fdk_timerfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));
    uint64_t a_expirations;
    memset(&a_expirations, 0x5a, sizeof a_expirations);
    ASSERT_ERR(fdk_timerfd_read(h, &a_expirations), EAGAIN);
    ASSERT_TRUE(bytes_are(&a_expirations, sizeof a_expirations, 0x5a));
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_open(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_open_errnos(void)
{
    fdk_timerfd a_out = {.fd = -7};
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENODEV, ENOMEM, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("timerfd_create", 1, 1, errs[i]);
        ASSERT_ERR(fdk_timerfd_open(&a_out, CLOCK_REALTIME, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("timerfd_create"), 1);
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_timerfd_set(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_errnos(void)
{
    fdk_timerfd h = fdk_timerfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct itimerspec a_value;
    memset(&a_value, 0, sizeof a_value);
    struct itimerspec a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    static const int errs[] = {EBADF, ECANCELED, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("timerfd_settime", 1, 1, errs[i]);
        ASSERT_ERR(fdk_timerfd_set(h, 0, &a_value, &a_old), errs[i]);
        ASSERT_EQ(fdk_inject_calls("timerfd_settime"), 1);
        ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_get(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_errnos(void)
{
    fdk_timerfd h = fdk_timerfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct itimerspec a_cur;
    memset(&a_cur, 0x5a, sizeof a_cur);
    static const int errs[] = {EBADF, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("timerfd_gettime", 1, 1, errs[i]);
        ASSERT_ERR(fdk_timerfd_get(h, &a_cur), errs[i]);
        ASSERT_EQ(fdk_inject_calls("timerfd_gettime"), 1);
        ASSERT_TRUE(bytes_are(&a_cur, sizeof a_cur, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_read(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_read_errnos(void)
{
    fdk_timerfd h = fdk_timerfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_expirations;
    memset(&a_expirations, 0x5a, sizeof a_expirations);
    static const int errs[] = {EAGAIN, EBADF, ECANCELED, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_timerfd_read(h, &a_expirations), errs[i]);
        ASSERT_EQ(fdk_inject_calls("read"), 1);
        ASSERT_TRUE(bytes_are(&a_expirations, sizeof a_expirations, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_read(): EINTR is returned, not retried */
static void test_inject_read_eintr(void)
{
    fdk_timerfd h = fdk_timerfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_expirations;
    memset(&a_expirations, 0x5a, sizeof a_expirations);
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_timerfd_read(h, &a_expirations), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    ASSERT_TRUE(bytes_are(&a_expirations, sizeof a_expirations, 0x5a));
    fdk_inject_reset();
    ASSERT_OK(fdk_timerfd_close(&h));
}

/* fdk_timerfd_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_timerfd z = fdk_timerfd_adopt(nfd);
    ASSERT_ERR(fdk_timerfd_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_timerfd_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_timerfd h = fdk_timerfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_timerfd_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_timerfd g = fdk_timerfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_timerfd_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_timerfd_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_timerfd_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_timerfd a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_timerfd_open(&a_out, CLOCK_MONOTONIC, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_timerfd_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_timerfd_get_ns(): each errno row timerfd_gettime() can give comes back as itself, nothing made */
static void test_drive_get_ns(void)
{
    static const int errs[] = {EBADF, EINVAL, EOVERFLOW};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_timerfd h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
        uint64_t a_ret_remaining_ns;
        memset(&a_ret_remaining_ns, 0x5a, sizeof a_ret_remaining_ns);
        uint64_t a_ret_interval_ns;
        memset(&a_ret_interval_ns, 0x5a, sizeof a_ret_interval_ns);
        fdk_inject_reset();
        fdk_inject_fail("timerfd_gettime", 1, 1, errs[i]);
        ASSERT_ERR(fdk_timerfd_get_ns(h, &a_ret_remaining_ns, &a_ret_interval_ns), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from timerfd_gettime() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_ret_remaining_ns, sizeof a_ret_remaining_ns, 0x5a));
        ASSERT_TRUE(bytes_are(&a_ret_interval_ns, sizeof a_ret_interval_ns, 0x5a));
        ASSERT_OK(fdk_timerfd_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_timerfd_disarm(): each errno row timerfd_settime() can give comes back as itself, nothing made */
static void test_drive_disarm(void)
{
    static const int errs[] = {EBADF, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_timerfd h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_timerfd_open(&h, CLOCK_MONOTONIC, 0));
        struct itimerspec a_old;
        memset(&a_old, 0x5a, sizeof a_old);
        fdk_inject_reset();
        fdk_inject_fail("timerfd_settime", 1, 1, errs[i]);
        ASSERT_ERR(fdk_timerfd_disarm(h, &a_old), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from timerfd_settime() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
        ASSERT_OK(fdk_timerfd_close(&h));
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_timerfd_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_set_bad_handle);
    RUN(test_set_null_value);
    RUN(test_set_unknown_flags);
    RUN(test_get_bad_handle);
    RUN(test_get_null_cur);
    RUN(test_read_bad_handle);
    RUN(test_read_null_expirations);
    RUN(test_set_oneshot_ns_bad_handle);
    RUN(test_set_oneshot_ns_unknown_flags);
    RUN(test_set_periodic_ns_bad_handle);
    RUN(test_disarm_bad_handle);
    RUN(test_get_ns_bad_handle);
    RUN(test_close_null_and_empty);
    RUN(test_errno_open_einval_0);
    RUN(test_errno_set_einval_1);
    RUN(test_errno_read_eagain_2);
    RUN(test_inject_open_errnos);
    RUN(test_inject_set_errnos);
    RUN(test_inject_get_errnos);
    RUN(test_inject_read_errnos);
    RUN(test_inject_read_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    RUN(test_drive_get_ns);
    RUN(test_drive_disarm);
    return 0;
}
