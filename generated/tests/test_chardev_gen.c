/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/chardev.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_chardev: what every wrapper promises (CLOEXEC,
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
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/sysmacros.h>

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

/* fdk_chardev_open() makes a CLOEXEC chardev; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_chardev h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_chardev_open(&h, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_CHAR_DEVICE);
    ASSERT_OK(fdk_chardev_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_chardev_close(&h)); /* closing twice is a no-op */
}

/* FDK_CHARDEV_NONBLOCK gives O_NONBLOCK */
static void test_open_chardev_nonblock(void)
{
    fdk_chardev h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_chardev_open(&h, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, FDK_CHARDEV_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_chardev_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_chardev_open(NULL, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0), EINVAL);
}

/* every bit outside FDK_CHARDEV_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_chardev a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_CHARDEV_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_chardev_open(&a_out, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_chardev_ioctl() on a closed handle is -EBADF, outputs untouched */
static void test_ioctl_bad_handle(void)
{
    fdk_chardev bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_chardev_ioctl(bad, 0, 0), EBADF);
}

/* fdk_chardev_mknod() with dirfd = -1 is -EBADF */
static void test_mknod_negative_dirfd(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_chardev_mknod(-1, &a_path, S_IFIFO | 0600, 0), EBADF);
}

/* fdk_chardev_mknod() with path = NULL is -EINVAL */
static void test_mknod_null_path(void)
{
    ASSERT_ERR(fdk_chardev_mknod(AT_FDCWD, NULL, S_IFIFO | 0600, 0), EINVAL);
}

/* fdk_chardev_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_chardev_close(NULL), EINVAL);
    fdk_chardev e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_chardev_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_chardev_open(): a regular file is not a device (and is closed again) */
static void test_errno_open_enodev_0(void)
{
    fdk_chardev a_out = {.fd = -7};
    ASSERT_ERR(fdk_chardev_open(&a_out, AT_FDCWD, "/proc/self/status", FDK_CHARDEV_RDONLY, 0), ENODEV);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_chardev_open(): a missing node */
static void test_errno_open_enoent_1(void)
{
    fdk_chardev a_out = {.fd = -7};
    ASSERT_ERR(fdk_chardev_open(&a_out, AT_FDCWD, "/dev/fdkit-no-such-device", FDK_CHARDEV_RDONLY, 0), ENOENT);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_chardev_mknod(): directories are not made by mknod */
static void test_errno_mknod_einval_2(void)
{
    ASSERT_ERR(fdk_chardev_mknod(AT_FDCWD, "/tmp/x", S_IFDIR | 0600, 0), EINVAL);
}

/* fdk_chardev_ioctl(): /dev/null has no ioctls at all */
static void test_errno_ioctl_enotty_3(void)
{
    fdk_chardev h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_chardev_open(&h, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0));
    ASSERT_ERR(fdk_chardev_ioctl(h, FIONREAD, &(int){0}), ENOTTY);
    ASSERT_OK(fdk_chardev_close(&h));
}

/* fdk_chardev_mknod(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_mknod_errnos(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    static const int errs[] = {EACCES, EBADF, EDQUOT, EEXIST, EINVAL, ELOOP, ENAMETOOLONG, ENOENT, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("mknodat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_chardev_mknod(AT_FDCWD, &a_path, S_IFIFO | 0600, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("mknodat"), 1);
    }
    fdk_inject_reset();
}

/* fdk_chardev_mknod(): EINTR is retried */
static void test_inject_mknod_eintr(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    fdk_inject_reset();
    fdk_inject_fail("mknodat", 1, 1, EINTR);
    fdk_inject_fail("mknodat", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_chardev_mknod(AT_FDCWD, &a_path, S_IFIFO | 0600, 0), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("mknodat"), 2);
    fdk_inject_reset();
}

/* fdk_chardev_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_chardev z = fdk_chardev_adopt(nfd);
    ASSERT_ERR(fdk_chardev_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_chardev_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_chardev h = fdk_chardev_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_chardev_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_chardev g = fdk_chardev_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_chardev_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_chardev_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_chardev_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_chardev a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_chardev_open(&a_out, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_chardev_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_chardev_ioctl(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_ioctl(void)
{
    static const int errs[] = {EBADF, EFAULT, EINTR, EINVAL, EIO, ENOTTY, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_chardev h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_chardev_open(&h, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0));
        int iarg = 0;
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_chardev_ioctl(h, FIONREAD, &iarg), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_chardev_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_chardev_open(): each errno row openat() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EACCES, EBADF, EBUSY, EINTR, EINVAL, EIO, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENODEV, ENOENT, ENOMEM, ENOTDIR, ENXIO, EPERM, EROFS, ETXTBSY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_chardev a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_chardev_open(&a_out, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from openat() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_chardev_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_ioctl_bad_handle);
    RUN(test_mknod_negative_dirfd);
    RUN(test_mknod_null_path);
    RUN(test_close_null_and_empty);
    RUN(test_errno_open_enodev_0);
    RUN(test_errno_open_enoent_1);
    RUN(test_errno_mknod_einval_2);
    RUN(test_errno_ioctl_enotty_3);
    RUN(test_inject_mknod_errnos);
    RUN(test_inject_mknod_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    RUN(test_drive_ioctl);
    RUN(test_drive_open);
    return 0;
}
