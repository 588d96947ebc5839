/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fifo.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_fifo: what every wrapper promises (CLOEXEC,
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
static char fifo_dir[] = "/tmp/fdk-gen-fifo-XXXXXX";
static char fifo_path[64];

/* fdk_fifo_open_rdwr() makes a CLOEXEC fifo; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_fifo h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fifo_open_rdwr(&h, AT_FDCWD, fifo_path, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_FIFO);
    ASSERT_OK(fdk_fifo_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_fifo_close(&h)); /* closing twice is a no-op */
}

/* FDK_FIFO_NONBLOCK gives O_NONBLOCK */
static void test_open_fifo_nonblock(void)
{
    fdk_fifo h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fifo_open_rdwr(&h, AT_FDCWD, fifo_path, FDK_FIFO_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_fifo_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_fifo_open_rdwr(NULL, AT_FDCWD, fifo_path, 0), EINVAL);
}

/* every bit outside FDK_FIFO_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_fifo a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FIFO_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_fifo_open_rdwr(&a_out, AT_FDCWD, fifo_path, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_fifo_open_read() with dirfd = -1 is -EBADF */
static void test_open_read_negative_dirfd(void)
{
    fdk_fifo a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_fifo_open_read(&a_out, -1, &a_path, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_open_read() with out = NULL is -EINVAL */
static void test_open_read_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_fifo_open_read(NULL, AT_FDCWD, &a_path, 0), EINVAL);
}

/* fdk_fifo_open_read() with path = NULL is -EINVAL */
static void test_open_read_null_path(void)
{
    fdk_fifo a_out = {.fd = -7};
    ASSERT_ERR(fdk_fifo_open_read(&a_out, AT_FDCWD, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_open_read(): every bit outside FDK_FIFO_OPEN_ALL is -EINVAL */
static void test_open_read_unknown_flags(void)
{
    fdk_fifo a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FIFO_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_fifo_open_read(&a_out, AT_FDCWD, &a_path, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_open_write() with dirfd = -1 is -EBADF */
static void test_open_write_negative_dirfd(void)
{
    fdk_fifo a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_fifo_open_write(&a_out, -1, &a_path, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_open_write() with out = NULL is -EINVAL */
static void test_open_write_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_fifo_open_write(NULL, AT_FDCWD, &a_path, 0), EINVAL);
}

/* fdk_fifo_open_write() with path = NULL is -EINVAL */
static void test_open_write_null_path(void)
{
    fdk_fifo a_out = {.fd = -7};
    ASSERT_ERR(fdk_fifo_open_write(&a_out, AT_FDCWD, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_open_write(): every bit outside FDK_FIFO_OPEN_ALL is -EINVAL */
static void test_open_write_unknown_flags(void)
{
    fdk_fifo a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FIFO_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_fifo_open_write(&a_out, AT_FDCWD, &a_path, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_create() with dirfd = -1 is -EBADF */
static void test_create_negative_dirfd(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_fifo_create(-1, &a_path, 0), EBADF);
}

/* fdk_fifo_create() with path = NULL is -EINVAL */
static void test_create_null_path(void)
{
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, NULL, 0), EINVAL);
}

/* fdk_fifo_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_fifo_close(NULL), EINVAL);
    fdk_fifo e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_fifo_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_fifo_create(): the FIFO made by the setup already exists */
static void test_errno_create_eexist_0(void)
{
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, fifo_path, 0600), EEXIST);
}

/* fdk_fifo_create(): a file-type bit in mode is rejected before the call */
static void test_errno_create_einval_1(void)
{
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, fifo_path, 010000), EINVAL);
}

/* fdk_fifo_open_write(): no reader yet is reported, not waited for */
static void test_errno_open_write_enxio_2(void)
{
    fdk_fifo a_out = {.fd = -7};
    ASSERT_ERR(fdk_fifo_open_write(&a_out, AT_FDCWD, fifo_path, 0), ENXIO);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_fifo_create(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_create_errnos(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    static const int errs[] = {EACCES, EBADF, EDQUOT, EEXIST, EINVAL, ELOOP, ENAMETOOLONG, ENOENT, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("mkfifoat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fifo_create(AT_FDCWD, &a_path, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("mkfifoat"), 1);
    }
    fdk_inject_reset();
}

/* fdk_fifo_create(): EINTR is retried */
static void test_inject_create_eintr(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    fdk_inject_reset();
    fdk_inject_fail("mkfifoat", 1, 1, EINTR);
    fdk_inject_fail("mkfifoat", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, &a_path, 0), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("mkfifoat"), 2);
    fdk_inject_reset();
}

/* fdk_fifo_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_fifo z = fdk_fifo_adopt(nfd);
    ASSERT_ERR(fdk_fifo_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_fifo_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_fifo h = fdk_fifo_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_fifo_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_fifo g = fdk_fifo_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_fifo_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_fifo_open_rdwr() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open_rdwr(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_fifo_open_rdwr()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_fifo a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_fifo_open_rdwr(&a_out, AT_FDCWD, fifo_path, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_fifo_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_fifo_open_read() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open_read(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_fifo_open_read()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_fifo a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_fifo_open_read(&a_out, AT_FDCWD, fifo_path, FDK_FIFO_NONBLOCK);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_fifo_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_fifo_open_write() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open_write(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_fifo_open_write()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        int reader = open(fifo_path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        ASSERT_TRUE(reader >= 0);
        fdk_fifo a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_fifo_open_write(&a_out, AT_FDCWD, fifo_path, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_fifo_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
        ASSERT_EQ(close(reader), 0);
    }
    fdk_exhaust_done(&x);
}

/* fdk_fifo_open_read(): each errno row openat() can give comes back as itself, nothing made (non-blocking: an open that cannot wait retries EINTR) */
static void test_drive_open_read_1(void)
{
    static const int errs[] = {EACCES, EBADF, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOENT, ENOMEM, ENOTDIR, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_fifo a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fifo_open_read(&a_out, AT_FDCWD, fifo_path, FDK_FIFO_NONBLOCK), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from openat() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_fifo_open_read(): each errno row openat() can give comes back as itself, nothing made (blocking: an open that waits hands EINTR back) */
static void test_drive_open_read_2(void)
{
    static const int errs[] = {EINTR};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_fifo a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fifo_open_read(&a_out, AT_FDCWD, fifo_path, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from openat() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_fifo_open_rdwr(): each errno row openat() can give comes back as itself, nothing made */
static void test_drive_open_rdwr(void)
{
    static const int errs[] = {EACCES, EBADF, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOENT, ENOMEM, ENOTDIR, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_fifo a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fifo_open_rdwr(&a_out, AT_FDCWD, fifo_path, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from openat() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_fifo_open_write(): each errno row openat() can give comes back as itself, nothing made */
static void test_drive_open_write(void)
{
    static const int errs[] = {EACCES, EBADF, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOENT, ENOMEM, ENOTDIR, ENXIO, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_fifo a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fifo_open_write(&a_out, AT_FDCWD, fifo_path, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from openat() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

int main(void)
{
    ASSERT_TRUE(mkdtemp(fifo_dir) != NULL);
    snprintf(fifo_path, sizeof fifo_path, "%s/f", fifo_dir);
    ASSERT_EQ(mkfifo(fifo_path, 0600), 0);
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_fifo_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_open_read_negative_dirfd);
    RUN(test_open_read_null_out);
    RUN(test_open_read_null_path);
    RUN(test_open_read_unknown_flags);
    RUN(test_open_write_negative_dirfd);
    RUN(test_open_write_null_out);
    RUN(test_open_write_null_path);
    RUN(test_open_write_unknown_flags);
    RUN(test_create_negative_dirfd);
    RUN(test_create_null_path);
    RUN(test_close_null_and_empty);
    RUN(test_errno_create_eexist_0);
    RUN(test_errno_create_einval_1);
    RUN(test_errno_open_write_enxio_2);
    RUN(test_inject_create_errnos);
    RUN(test_inject_create_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open_rdwr);
    RUN(test_exhaust_open_read);
    RUN(test_exhaust_open_write);
    RUN(test_drive_open_read_1);
    RUN(test_drive_open_read_2);
    RUN(test_drive_open_rdwr);
    RUN(test_drive_open_write);
    unlink(fifo_path);
    rmdir(fifo_dir);
    return 0;
}
