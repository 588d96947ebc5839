/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/signalfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_signalfd: what every wrapper promises (CLOEXEC,
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
#include <sys/signalfd.h>
#include <signal.h>

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

/* The fixture every case may use (spec tests.globals / setup / teardown). */
static sigset_t fdk_test_sigusr1;

/* fdk_signalfd_open() makes a CLOEXEC signalfd; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_signalfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_signalfd_open(&h, &fdk_test_sigusr1, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_SIGNALFD);
    ASSERT_OK(fdk_signalfd_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_signalfd_close(&h)); /* closing twice is a no-op */
}

/* FDK_SIGNALFD_NONBLOCK gives O_NONBLOCK */
static void test_open_signalfd_nonblock(void)
{
    fdk_signalfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_signalfd_open(&h, &fdk_test_sigusr1, FDK_SIGNALFD_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_signalfd_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_signalfd_open(NULL, &fdk_test_sigusr1, 0), EINVAL);
}

/* every bit outside FDK_SIGNALFD_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_signalfd a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SIGNALFD_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_signalfd_open(&a_out, &fdk_test_sigusr1, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_signalfd_set_mask() on a closed handle is -EBADF, outputs untouched */
static void test_set_mask_bad_handle(void)
{
    fdk_signalfd bad = FDK_HANDLE_INIT;
    sigset_t a_mask;
    memset(&a_mask, 0, sizeof a_mask);
    ASSERT_ERR(fdk_signalfd_set_mask(bad, &a_mask), EBADF);
}

/* fdk_signalfd_set_mask() with mask = NULL is -EINVAL */
static void test_set_mask_null_mask(void)
{
    fdk_signalfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_signalfd_open(&h, &fdk_test_sigusr1, 0));
    ASSERT_ERR(fdk_signalfd_set_mask(h, NULL), EINVAL);
    ASSERT_OK(fdk_signalfd_close(&h));
}

/* fdk_signalfd_read() on a closed handle is -EBADF, outputs untouched */
static void test_read_bad_handle(void)
{
    fdk_signalfd bad = FDK_HANDLE_INIT;
    struct signalfd_siginfo a_recs[4];
    memset(a_recs, 0, sizeof a_recs);
    ASSERT_ERR(fdk_signalfd_read(bad, a_recs, 4), EBADF);
}

/* fdk_signalfd_read() with recs = NULL is -EINVAL */
static void test_read_null_recs(void)
{
    fdk_signalfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_signalfd_open(&h, &fdk_test_sigusr1, 0));
    ASSERT_ERR(fdk_signalfd_read(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_signalfd_close(&h));
}

/* fdk_signalfd_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_signalfd_close(NULL), EINVAL);
    fdk_signalfd e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_signalfd_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_signalfd_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_signalfd z = fdk_signalfd_adopt(nfd);
    ASSERT_ERR(fdk_signalfd_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_signalfd_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_signalfd h = fdk_signalfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_signalfd_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_signalfd g = fdk_signalfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_signalfd_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_signalfd_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_signalfd_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_signalfd a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_signalfd_open(&a_out, &fdk_test_sigusr1, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_signalfd_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_signalfd_set_mask(): each errno row signalfd() can give comes back as itself, nothing made */
static void test_drive_set_mask(void)
{
    static const int errs[] = {EBADF, EINVAL, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        sigset_t dm;
        sigemptyset(&dm);
        fdk_signalfd h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_signalfd_open(&h, &dm, 0));
        fdk_inject_reset();
        fdk_inject_fail("signalfd", 1, 1, errs[i]);
        ASSERT_ERR(fdk_signalfd_set_mask(h, &dm), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from signalfd() */
        fdk_inject_reset();
        ASSERT_OK(fdk_signalfd_close(&h));
    }
    fdk_inject_reset();
}

int main(void)
{
    sigemptyset(&fdk_test_sigusr1);
    sigaddset(&fdk_test_sigusr1, SIGUSR1);
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_signalfd_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_set_mask_bad_handle);
    RUN(test_set_mask_null_mask);
    RUN(test_read_bad_handle);
    RUN(test_read_null_recs);
    RUN(test_close_null_and_empty);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    RUN(test_drive_set_mask);
    return 0;
}
