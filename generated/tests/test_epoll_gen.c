/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/epoll.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_epoll: what every wrapper promises (CLOEXEC,
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
#include <sys/epoll.h>
#include <signal.h>
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

/* fdk_epoll_open() makes a CLOEXEC epoll; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_EPOLL);
    ASSERT_OK(fdk_epoll_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_epoll_close(&h)); /* closing twice is a no-op */
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_epoll_open(NULL, 0), EINVAL);
}

/* every bit outside FDK_EPOLL_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_epoll a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_EPOLL_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_epoll_open(&a_out, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_epoll_add() on a closed handle is -EBADF, outputs untouched */
static void test_add_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_epoll_add(bad, 0, 0, 0), EBADF);
}

/* fdk_epoll_add() with fd = -1 is -EBADF */
static void test_add_negative_fd(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_add(h, -1, 0, 0), EBADF);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_add(): every bit outside FDK_EPOLL_EVENTS_ALL is -EINVAL */
static void test_add_unknown_events(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        uint32_t f = (uint32_t)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_EPOLL_EVENTS_ALL)
            continue;
        ASSERT_ERR(fdk_epoll_add(h, 0, f, 0), EINVAL);
    }
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_modify() on a closed handle is -EBADF, outputs untouched */
static void test_modify_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_epoll_modify(bad, 0, 0, 0), EBADF);
}

/* fdk_epoll_modify() with fd = -1 is -EBADF */
static void test_modify_negative_fd(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_modify(h, -1, 0, 0), EBADF);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_modify(): every bit outside FDK_EPOLL_EVENTS_ALL is -EINVAL */
static void test_modify_unknown_events(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        uint32_t f = (uint32_t)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_EPOLL_EVENTS_ALL)
            continue;
        ASSERT_ERR(fdk_epoll_modify(h, 0, f, 0), EINVAL);
    }
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_delete() on a closed handle is -EBADF, outputs untouched */
static void test_delete_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_epoll_delete(bad, 0), EBADF);
}

/* fdk_epoll_delete() with fd = -1 is -EBADF */
static void test_delete_negative_fd(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_delete(h, -1), EBADF);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_wait() on a closed handle is -EBADF, outputs untouched */
static void test_wait_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    ASSERT_ERR(fdk_epoll_wait(bad, a_events, 4, 0), EBADF);
}

/* fdk_epoll_wait() with events = NULL is -EINVAL */
static void test_wait_null_events(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_wait(h, NULL, 4, 0), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_pwait() on a closed handle is -EBADF, outputs untouched */
static void test_pwait_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    ASSERT_ERR(fdk_epoll_pwait(bad, a_events, 4, 0, &a_mask), EBADF);
}

/* fdk_epoll_pwait() with events = NULL is -EINVAL */
static void test_pwait_null_events(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    ASSERT_ERR(fdk_epoll_pwait(h, NULL, 4, 0, &a_mask), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_pwait2() on a closed handle is -EBADF, outputs untouched */
static void test_pwait2_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    struct timespec a_timeout;
    memset(&a_timeout, 0, sizeof a_timeout);
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    ASSERT_ERR(fdk_epoll_pwait2(bad, a_events, 4, &a_timeout, &a_mask), EBADF);
}

/* fdk_epoll_pwait2() with events = NULL is -EINVAL */
static void test_pwait2_null_events(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    struct timespec a_timeout;
    memset(&a_timeout, 0, sizeof a_timeout);
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    ASSERT_ERR(fdk_epoll_pwait2(h, NULL, 4, &a_timeout, &a_mask), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_set_busy_poll() on a closed handle is -EBADF, outputs untouched */
static void test_set_busy_poll_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    struct fdk_epoll_busy_poll a_params;
    memset(&a_params, 0, sizeof a_params);
    ASSERT_ERR(fdk_epoll_set_busy_poll(bad, &a_params), EBADF);
}

/* fdk_epoll_set_busy_poll() with params = NULL is -EINVAL */
static void test_set_busy_poll_null_params(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_set_busy_poll(h, NULL), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_get_busy_poll() on a closed handle is -EBADF, outputs untouched */
static void test_get_busy_poll_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    struct fdk_epoll_busy_poll a_params;
    memset(&a_params, 0x5a, sizeof a_params);
    ASSERT_ERR(fdk_epoll_get_busy_poll(bad, &a_params), EBADF);
    ASSERT_TRUE(bytes_are(&a_params, sizeof a_params, 0x5a));
}

/* fdk_epoll_get_busy_poll() with params = NULL is -EINVAL */
static void test_get_busy_poll_null_params(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_get_busy_poll(h, NULL), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_registrations() on a closed handle is -EBADF, outputs untouched */
static void test_registrations_bad_handle(void)
{
    fdk_epoll bad = FDK_HANDLE_INIT;
    struct fdk_epoll_registration a_regs[4];
    memset(a_regs, 0, sizeof a_regs);
    ASSERT_ERR(fdk_epoll_registrations(bad, a_regs, 4), EBADF);
}

/* fdk_epoll_registrations() with regs = NULL is -EINVAL */
static void test_registrations_null_regs(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_registrations(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_epoll_close(NULL), EINVAL);
    fdk_epoll e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_epoll_modify(): EXCLUSIVE is only valid on add */
static void test_errno_modify_einval_0(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_modify(h, 0, FDK_EPOLL_EXCLUSIVE | FDK_EPOLL_IN, 0), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_add(): EXCLUSIVE does not combine with ONESHOT */
static void test_errno_add_einval_1(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_add(h, 0, FDK_EPOLL_EXCLUSIVE | FDK_EPOLL_ONESHOT, 0), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_add(): an epoll instance cannot watch itself */
static void test_errno_add_einval_2(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    ASSERT_ERR(fdk_epoll_add(h, h.fd, 0, 0), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_wait(): a wait needs room for one event */
static void test_errno_wait_einval_3(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    ASSERT_ERR(fdk_epoll_wait(h, a_events, 0, 0), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_wait(): only -1 waits forever: -5 is refused, not taken as forever */
static void test_errno_wait_einval_4(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    ASSERT_ERR(fdk_epoll_wait(h, a_events, 4, -5), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_pwait(): only -1 waits forever */
static void test_errno_pwait_einval_5(void)
{
    fdk_epoll h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(&h, 0));
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    ASSERT_ERR(fdk_epoll_pwait(h, a_events, 4, -2, &a_mask), EINVAL);
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_open(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_open_errnos(void)
{
    fdk_epoll a_out = {.fd = -7};
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("epoll_create1", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_open(&a_out, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("epoll_create1"), 1);
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_epoll_add(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_add_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EEXIST, EINVAL, ELOOP, ENOMEM, ENOSPC, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("epoll_ctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_add(h, 0, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("epoll_ctl"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_modify(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_modify_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOENT, ENOMEM, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("epoll_ctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_modify(h, 0, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("epoll_ctl"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_delete(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_delete_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOENT, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("epoll_ctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_delete(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("epoll_ctl"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_wait(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_wait_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    static const int errs[] = {EBADF, EINTR, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("epoll_wait", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_wait(h, a_events, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("epoll_wait"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_wait(): EINTR is returned, not retried */
static void test_inject_wait_eintr(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    fdk_inject_reset();
    fdk_inject_fail("epoll_wait", 1, 1, EINTR);
    ASSERT_ERR(fdk_epoll_wait(h, a_events, 4, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("epoll_wait"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_pwait(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_pwait_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    static const int errs[] = {EBADF, EINTR, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("epoll_pwait", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_pwait(h, a_events, 4, 0, &a_mask), errs[i]);
        ASSERT_EQ(fdk_inject_calls("epoll_pwait"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_pwait(): EINTR is returned, not retried */
static void test_inject_pwait_eintr(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct epoll_event a_events[4];
    memset(a_events, 0, sizeof a_events);
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    fdk_inject_reset();
    fdk_inject_fail("epoll_pwait", 1, 1, EINTR);
    ASSERT_ERR(fdk_epoll_pwait(h, a_events, 4, 0, &a_mask), EINTR);
    ASSERT_EQ(fdk_inject_calls("epoll_pwait"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_set_busy_poll(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_busy_poll_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_epoll_busy_poll a_params;
    memset(&a_params, 0, sizeof a_params);
    static const int errs[] = {EBADF, EFAULT, EINVAL, ENOTTY, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_set_busy_poll(h, &a_params), errs[i]);
        ASSERT_EQ(fdk_inject_calls("ioctl"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_get_busy_poll(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_busy_poll_errnos(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_epoll_busy_poll a_params;
    memset(&a_params, 0x5a, sizeof a_params);
    static const int errs[] = {EBADF, EFAULT, EINVAL, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_epoll_get_busy_poll(h, &a_params), errs[i]);
        ASSERT_EQ(fdk_inject_calls("ioctl"), 1);
        ASSERT_TRUE(bytes_are(&a_params, sizeof a_params, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_epoll_close(&h));
}

/* fdk_epoll_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_epoll z = fdk_epoll_adopt(nfd);
    ASSERT_ERR(fdk_epoll_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_epoll_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_epoll h = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_epoll_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_epoll g = fdk_epoll_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_epoll_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_epoll_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_epoll_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_epoll a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_epoll_open(&a_out, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_epoll_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_add_bad_handle);
    RUN(test_add_negative_fd);
    RUN(test_add_unknown_events);
    RUN(test_modify_bad_handle);
    RUN(test_modify_negative_fd);
    RUN(test_modify_unknown_events);
    RUN(test_delete_bad_handle);
    RUN(test_delete_negative_fd);
    RUN(test_wait_bad_handle);
    RUN(test_wait_null_events);
    RUN(test_pwait_bad_handle);
    RUN(test_pwait_null_events);
    RUN(test_pwait2_bad_handle);
    RUN(test_pwait2_null_events);
    RUN(test_set_busy_poll_bad_handle);
    RUN(test_set_busy_poll_null_params);
    RUN(test_get_busy_poll_bad_handle);
    RUN(test_get_busy_poll_null_params);
    RUN(test_registrations_bad_handle);
    RUN(test_registrations_null_regs);
    RUN(test_close_null_and_empty);
    RUN(test_errno_modify_einval_0);
    RUN(test_errno_add_einval_1);
    RUN(test_errno_add_einval_2);
    RUN(test_errno_wait_einval_3);
    RUN(test_errno_wait_einval_4);
    RUN(test_errno_pwait_einval_5);
    RUN(test_inject_open_errnos);
    RUN(test_inject_add_errnos);
    RUN(test_inject_modify_errnos);
    RUN(test_inject_delete_errnos);
    RUN(test_inject_wait_errnos);
    RUN(test_inject_wait_eintr);
    RUN(test_inject_pwait_errnos);
    RUN(test_inject_pwait_eintr);
    RUN(test_inject_set_busy_poll_errnos);
    RUN(test_inject_get_busy_poll_errnos);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    return 0;
}
