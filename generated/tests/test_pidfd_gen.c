/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/pidfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_pidfd: what every wrapper promises (CLOEXEC,
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
#include <signal.h>
#include <sys/wait.h>

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

/* fdk_pidfd_open() makes a CLOEXEC pidfd; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_pidfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pidfd_open(&h, getpid(), 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_PIDFD);
    ASSERT_OK(fdk_pidfd_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_pidfd_close(&h)); /* closing twice is a no-op */
}

/* FDK_PIDFD_NONBLOCK gives O_NONBLOCK */
static void test_open_pidfd_nonblock(void)
{
    fdk_pidfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pidfd_open(&h, getpid(), FDK_PIDFD_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_pidfd_open(NULL, getpid(), 0), EINVAL);
}

/* every bit outside FDK_PIDFD_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_pidfd a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_PIDFD_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_pidfd_open(&a_out, getpid(), f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_pidfd_send_signal() on a closed handle is -EBADF, outputs untouched */
static void test_send_signal_bad_handle(void)
{
    fdk_pidfd bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_pidfd_send_signal(bad, 0), EBADF);
}

/* fdk_pidfd_wait() on a closed handle is -EBADF, outputs untouched */
static void test_wait_bad_handle(void)
{
    fdk_pidfd bad = FDK_HANDLE_INIT;
    struct fdk_siginfo a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_pidfd_wait(bad, &a_out, 0), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_pidfd_wait() with out = NULL is -EINVAL */
static void test_wait_null_out(void)
{
    fdk_pidfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pidfd_open(&h, getpid(), 0));
    ASSERT_ERR(fdk_pidfd_wait(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* fdk_pidfd_wait(): every bit outside FDK_PIDFD_WAIT_ALL is -EINVAL */
static void test_wait_unknown_options(void)
{
    fdk_pidfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pidfd_open(&h, getpid(), 0));
    struct fdk_siginfo a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_PIDFD_WAIT_ALL)
            continue;
        ASSERT_ERR(fdk_pidfd_wait(h, &a_out, f), EINVAL);
    }
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* fdk_pidfd_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_pidfd_close(NULL), EINVAL);
    fdk_pidfd e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pidfd_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_pidfd_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_pidfd z = fdk_pidfd_adopt(nfd);
    ASSERT_ERR(fdk_pidfd_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_pidfd_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_pidfd h = fdk_pidfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_pidfd_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_pidfd g = fdk_pidfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_pidfd_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_pidfd_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_pidfd_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_pidfd a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_pidfd_open(&a_out, getpid(), 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_pidfd_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_pidfd_send_signal(): each errno row syscall() can give comes back as itself, nothing made */
static void test_drive_send_signal(void)
{
    static const int errs[] = {EBADF, EINVAL, ENOSYS, EPERM, ESRCH};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_pidfd h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_pidfd_open(&h, getpid(), 0));
        fdk_inject_reset();
        fdk_inject_fail("syscall", 1, 1, errs[i]);
        ASSERT_ERR(fdk_pidfd_send_signal(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from syscall() */
        fdk_inject_reset();
        ASSERT_OK(fdk_pidfd_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_pidfd_open(): each errno row syscall() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EMFILE, ENFILE, ENODEV, ENOMEM, ENOSYS, ESRCH};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_pidfd a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("syscall", 1, 1, errs[i]);
        ASSERT_ERR(fdk_pidfd_open(&a_out, getpid(), 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from syscall() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_pidfd_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_send_signal_bad_handle);
    RUN(test_wait_bad_handle);
    RUN(test_wait_null_out);
    RUN(test_wait_unknown_options);
    RUN(test_close_null_and_empty);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    RUN(test_drive_send_signal);
    RUN(test_drive_open);
    return 0;
}
