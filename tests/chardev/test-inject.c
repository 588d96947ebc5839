/* SPDX-License-Identifier: MIT */
/*
 * Failure paths of fdk_chardev_open and fdk_chardev_ioctl, driven by fault
 * injection (tests/inject): a failing fstat closes the fd the open made,
 * openat's EINTR is retried, ioctl's is handed back (a request may already
 * have acted), and errnos pass through unchanged.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-tmpdir.h"

#include <sys/ioctl.h>

static void test_fstat_fails(void)
{
    static const int errs[] = {ENOMEM, EIO, EOVERFLOW};
    fdk_chardev d = {.fd = -9};

    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fstat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("openat"), 1);
        ASSERT_EQ(fdk_inject_calls("close"), 1);
        ASSERT_EQ(d.fd, -9);
    }
    /* and its close reporting EINTR (after closing) is not retried */
    fdk_inject_reset();
    fdk_inject_fail("fstat", 1, 1, ENOMEM);
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0), ENOMEM);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(d.fd, -9);
    fdk_inject_reset();
}

/* An open may wait (a serial line without carrier): a signal ends it with -EINTR. */
static void test_open_eintr_returned(void)
{
    fdk_chardev d = {.fd = -9};

    fdk_inject_reset();
    fdk_inject_fail("openat", 1, 1, EINTR);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/zero", FDK_CHARDEV_RDONLY, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("openat"), 1); /* not retried */
    ASSERT_EQ(fdk_inject_calls("fstat"), 0);
    ASSERT_EQ(d.fd, -9);
    fdk_inject_reset();
    ASSERT_OK(fdk_chardev_open(&d, AT_FDCWD, "/dev/zero", FDK_CHARDEV_RDONLY, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(d.fd));
    ASSERT_OK(fdk_chardev_close(&d));
}

/* A FIFO path is rejected before any open, which would wait for a writer. */
static void test_fifo_path_never_opened(void)
{
    char dir[64], path[64];
    fdk_chardev d = {.fd = -9};

    ASSERT_TRUE(fdk_test_mkdtemp(dir, sizeof dir, "/tmp", "fdk-chardev") != NULL);
    fdk_test_path(path, sizeof path, dir, "f");
    ASSERT_EQ(mkfifo(path, 0600), 0);
    fdk_inject_reset();
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, path, FDK_CHARDEV_RDONLY, 0), ENODEV);
    ASSERT_EQ(fdk_inject_calls("openat"), 0);
    ASSERT_EQ(d.fd, -9);
    ASSERT_EQ(unlink(path), 0);
    ASSERT_EQ(rmdir(dir), 0);
}

static void test_open_errors_pass_through(void)
{
    static const int errs[] = {EMFILE, EACCES, EBUSY, ENXIO, EIO};
    fdk_chardev d = {.fd = -9};

    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fstat"), 0);
        ASSERT_EQ(fdk_inject_calls("close"), 0);
        ASSERT_EQ(d.fd, -9);
    }
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_OPEN, -EBUSY), FDK_ERRCLASS_LIMIT);
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_OPEN, -ENXIO), FDK_ERRCLASS_NOT_FOUND);
    fdk_inject_reset();
}

static void test_ioctl_eintr_returned(void)
{
    fdk_chardev d = FDK_HANDLE_INIT;
    int n = 0;

    ASSERT_OK(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0));
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EINTR);
    ASSERT_ERR(fdk_chardev_ioctl(d, FIONREAD, &n), EINTR);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);
    fdk_inject_fail("ioctl", 1, 1, EPERM);
    ASSERT_ERR(fdk_chardev_ioctl(d, FIONREAD, &n), EPERM);
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_IOCTL, -EPERM), FDK_ERRCLASS_PERMISSION);
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_IOCTL, -EINTR), FDK_ERRCLASS_INTERRUPTED);
    fdk_inject_reset();
    ASSERT_OK(fdk_chardev_close(&d));
}

int main(void)
{
    alarm(30);
    RUN(test_fstat_fails);
    RUN(test_open_eintr_returned);
    RUN(test_fifo_path_never_opened);
    RUN(test_open_errors_pass_through);
    RUN(test_ioctl_eintr_returned);
    return 0;
}
