/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/memfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_memfd: what every wrapper promises (CLOEXEC,
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
#include <sys/mman.h>
#include <linux/memfd.h>

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

/* fdk_memfd_create() makes a CLOEXEC memfd; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_memfd_create(&h, "fdk-gen", 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_MEMFD);
    ASSERT_OK(fdk_memfd_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_memfd_close(&h)); /* closing twice is a no-op */
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_memfd_create(NULL, "fdk-gen", 0), EINVAL);
}

/* every bit outside FDK_MEMFD_CREATE_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_memfd a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_MEMFD_CREATE_ALL)
            continue;
        ASSERT_ERR(fdk_memfd_create(&a_out, "fdk-gen", f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* a value of MFD_HUGE_MASK the spec does not list is -EINVAL before the syscall */
static void test_open_unknown_field_values_flags(void)
{
    fdk_memfd a_out = {.fd = -7};
    {
        /* MFD_HUGE_MASK: every value its bits can hold but the spec does not list */
        uint64_t step = (uint64_t)FDK_MEMFD_HUGE_MASK & (0 - (uint64_t)FDK_MEMFD_HUGE_MASK), v;
        for (v = step; v != 0 && (v & ~(uint64_t)FDK_MEMFD_HUGE_MASK) == 0; v += step) {
            unsigned int f = (unsigned int)(v | (uint64_t)FDK_MEMFD_HUGETLB);
            if (v == (uint64_t)FDK_MEMFD_HUGE_64KB || v == (uint64_t)FDK_MEMFD_HUGE_512KB ||
                v == (uint64_t)FDK_MEMFD_HUGE_1MB || v == (uint64_t)FDK_MEMFD_HUGE_2MB ||
                v == (uint64_t)FDK_MEMFD_HUGE_8MB || v == (uint64_t)FDK_MEMFD_HUGE_16MB ||
                v == (uint64_t)FDK_MEMFD_HUGE_32MB || v == (uint64_t)FDK_MEMFD_HUGE_256MB ||
                v == (uint64_t)FDK_MEMFD_HUGE_512MB || v == (uint64_t)FDK_MEMFD_HUGE_1GB ||
                v == (uint64_t)FDK_MEMFD_HUGE_2GB || v == (uint64_t)FDK_MEMFD_HUGE_16GB)
                continue;
            ASSERT_ERR(fdk_memfd_create(&a_out, "fdk-gen", f), EINVAL);
            ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
        }
    }
}

/* fdk_memfd_add_seals() on a closed handle is -EBADF, outputs untouched */
static void test_add_seals_bad_handle(void)
{
    fdk_memfd bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_memfd_add_seals(bad, 0), EBADF);
}

/* fdk_memfd_add_seals(): every bit outside FDK_MEMFD_SEALS_ALL is -EINVAL */
static void test_add_seals_unknown_seals(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_memfd_create(&h, "fdk-gen", 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_MEMFD_SEALS_ALL)
            continue;
        ASSERT_ERR(fdk_memfd_add_seals(h, f), EINVAL);
    }
    ASSERT_OK(fdk_memfd_close(&h));
}

/* fdk_memfd_get_seals() on a closed handle is -EBADF, outputs untouched */
static void test_get_seals_bad_handle(void)
{
    fdk_memfd bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_memfd_get_seals(bad), EBADF);
}

/* fdk_memfd_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_memfd_close(NULL), EINVAL);
    fdk_memfd e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_memfd_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_memfd_create(): a huge page size needs HUGETLB (checked before the call) */
static void test_errno_create_einval_0(void)
{
    fdk_memfd a_out = {.fd = -7};
    ASSERT_ERR(fdk_memfd_create(&a_out, "fdk-gen", FDK_MEMFD_HUGE_2MB), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_memfd_add_seals(): a file made without ALLOW_SEALING takes no seals */
static void test_errno_add_seals_eperm_1(void)
{
    fdk_memfd h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_memfd_create(&h, "fdk-gen", 0));
    ASSERT_ERR(fdk_memfd_add_seals(h, FDK_MEMFD_SEAL_WRITE), EPERM);
    ASSERT_OK(fdk_memfd_close(&h));
}

/* fdk_memfd_create(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_create_errnos(void)
{
    fdk_memfd a_out = {.fd = -7};
    char a_name;
    memset(&a_name, 0, sizeof a_name);
    static const int errs[] = {EFAULT, EINVAL, EMFILE, ENFILE, ENOMEM, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("memfd_create", 1, 1, errs[i]);
        ASSERT_ERR(fdk_memfd_create(&a_out, &a_name, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("memfd_create"), 1);
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_memfd_add_seals(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_add_seals_errnos(void)
{
    fdk_memfd h = fdk_memfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EBUSY, EINVAL, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fcntl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_memfd_add_seals(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fcntl"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_memfd_close(&h));
}

/* fdk_memfd_add_seals(): EINTR is retried */
static void test_inject_add_seals_eintr(void)
{
    fdk_memfd h = fdk_memfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1, 1, EINTR);
    fdk_inject_fail("fcntl", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_memfd_add_seals(h, 0), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("fcntl"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_memfd_close(&h));
}

/* fdk_memfd_get_seals(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_seals_errnos(void)
{
    fdk_memfd h = fdk_memfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fcntl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_memfd_get_seals(h), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fcntl"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_memfd_close(&h));
}

/* fdk_memfd_get_seals(): EINTR is retried */
static void test_inject_get_seals_eintr(void)
{
    fdk_memfd h = fdk_memfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1, 1, EINTR);
    fdk_inject_fail("fcntl", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_memfd_get_seals(h), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("fcntl"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_memfd_close(&h));
}

/* fdk_memfd_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_memfd z = fdk_memfd_adopt(nfd);
    ASSERT_ERR(fdk_memfd_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_memfd_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_memfd h = fdk_memfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_memfd_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_memfd g = fdk_memfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_memfd_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_memfd_create() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_create(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_memfd_create()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_memfd a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_memfd_create(&a_out, "fdk-gen", 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_memfd_close(&a_out));
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
    RUN(test_open_unknown_field_values_flags);
    RUN(test_add_seals_bad_handle);
    RUN(test_add_seals_unknown_seals);
    RUN(test_get_seals_bad_handle);
    RUN(test_close_null_and_empty);
    RUN(test_errno_create_einval_0);
    RUN(test_errno_add_seals_eperm_1);
    RUN(test_inject_create_errnos);
    RUN(test_inject_add_seals_errnos);
    RUN(test_inject_add_seals_eintr);
    RUN(test_inject_get_seals_errnos);
    RUN(test_inject_get_seals_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_create);
    return 0;
}
