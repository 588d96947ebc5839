/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/file.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_file: what every wrapper promises (CLOEXEC,
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
#include <sys/stat.h>
#include <sys/uio.h>
#include <linux/openat2.h>
#include <linux/falloc.h>

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

/* fdk_file_open() makes a CLOEXEC file; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_REGULAR);
    ASSERT_OK(fdk_file_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_file_close(&h)); /* closing twice is a no-op */
}

/* FDK_FILE_NONBLOCK gives O_NONBLOCK */
static void test_open_file_nonblock(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", FDK_FILE_NONBLOCK, 0, 0));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_file_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_file_open(NULL, AT_FDCWD, "/proc/self/status", 0, 0, 0), EINVAL);
}

/* every bit outside FDK_FILE_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_file a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FILE_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", f, 0, 0), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* every bit outside FDK_FILE_RESOLVE_ALL is -EINVAL before the syscall */
static void test_open_unknown_resolve(void)
{
    fdk_file a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 64; bit++) {
        uint64_t f = (uint64_t)((uint64_t)1 << bit);
        if ((uint64_t)f & (uint64_t)FDK_FILE_RESOLVE_ALL)
            continue;
        ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", 0, 0, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_file_pread() on a closed handle is -EBADF, outputs untouched */
static void test_pread_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_file_pread(bad, a_buf, 16, 0), EBADF);
}

/* fdk_file_pread() with buf = NULL is -EINVAL */
static void test_pread_null_buf(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_pread(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pwrite() on a closed handle is -EBADF, outputs untouched */
static void test_pwrite_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_file_pwrite(bad, a_buf, 16, 0), EBADF);
}

/* fdk_file_pwrite() with buf = NULL is -EINVAL */
static void test_pwrite_null_buf(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_pwrite(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_preadv() on a closed handle is -EBADF, outputs untouched */
static void test_preadv_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_file_preadv(bad, a_iov, 4, 0), EBADF);
}

/* fdk_file_preadv() with iov = NULL is -EINVAL */
static void test_preadv_null_iov(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_preadv(h, NULL, 4, 0), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pwritev() on a closed handle is -EBADF, outputs untouched */
static void test_pwritev_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_file_pwritev(bad, a_iov, 4, 0), EBADF);
}

/* fdk_file_pwritev() with iov = NULL is -EINVAL */
static void test_pwritev_null_iov(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_pwritev(h, NULL, 4, 0), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_sync() on a closed handle is -EBADF, outputs untouched */
static void test_sync_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_file_sync(bad), EBADF);
}

/* fdk_file_datasync() on a closed handle is -EBADF, outputs untouched */
static void test_datasync_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_file_datasync(bad), EBADF);
}

/* fdk_file_allocate() on a closed handle is -EBADF, outputs untouched */
static void test_allocate_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_file_allocate(bad, 0, 0, 1), EBADF);
}

/* fdk_file_allocate(): every bit outside FDK_FILE_ALLOCATE_ALL is -EINVAL */
static void test_allocate_unknown_mode(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_FILE_ALLOCATE_ALL)
            continue;
        ASSERT_ERR(fdk_file_allocate(h, f, 0, 1), EINVAL);
    }
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_truncate() on a closed handle is -EBADF, outputs untouched */
static void test_truncate_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_file_truncate(bad, 0), EBADF);
}

/* fdk_file_stat() on a closed handle is -EBADF, outputs untouched */
static void test_stat_bad_handle(void)
{
    fdk_file bad = FDK_HANDLE_INIT;
    struct stat a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_file_stat(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_file_stat() with out = NULL is -EINVAL */
static void test_stat_null_out(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_stat(h, NULL), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_file_close(NULL), EINVAL);
    fdk_file e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_file_open(): two access modes at once */
static void test_errno_open_einval_0(void)
{
    fdk_file a_out = {.fd = -7};
    ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", FDK_FILE_WRONLY | FDK_FILE_RDWR, 0, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_file_open(): a mode without CREAT or TMPFILE */
static void test_errno_open_einval_1(void)
{
    fdk_file a_out = {.fd = -7};
    ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", 0, 0600, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_file_open(): a missing file */
static void test_errno_open_enoent_2(void)
{
    fdk_file a_out = {.fd = -7};
    ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/fdkit-none", 0, 0, 0), ENOENT);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_file_open(): DIRECTORY on a file */
static void test_errno_open_enotdir_3(void)
{
    fdk_file a_out = {.fd = -7};
    ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", FDK_FILE_DIRECTORY, 0, 0), ENOTDIR);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_file_truncate(): a negative size is rejected before the call */
static void test_errno_truncate_einval_4(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_truncate(h, -1), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_allocate(): an empty range is rejected before the call */
static void test_errno_allocate_einval_5(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    ASSERT_ERR(fdk_file_allocate(h, 0, 0, 0), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pread(): a negative offset */
static void test_errno_pread_einval_6(void)
{
    fdk_file h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_file_open(&h, AT_FDCWD, "/proc/self/status", 0, 0, 0));
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_file_pread(h, a_buf, 16, -1), EINVAL);
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pread(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_pread_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR, EOVERFLOW, ESPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("pread", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_pread(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("pread"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pread(): EINTR is returned, not retried */
static void test_inject_pread_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("pread", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_pread(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("pread"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pwrite(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_pwrite_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, ESPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("pwrite", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_pwrite(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("pwrite"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pwrite(): EINTR is returned, not retried */
static void test_inject_pwrite_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("pwrite", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_pwrite(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("pwrite"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_preadv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_preadv_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EBADF, EFAULT, EINTR, EINVAL, EIO, EISDIR, EOVERFLOW, ESPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("preadv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_preadv(h, a_iov, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("preadv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_preadv(): EINTR is returned, not retried */
static void test_inject_preadv_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("preadv", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_preadv(h, a_iov, 4, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("preadv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pwritev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_pwritev_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EBADF, EDQUOT, EFAULT, EFBIG, EINTR, EINVAL, EIO, ENOSPC, EPERM, ESPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("pwritev", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_pwritev(h, a_iov, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("pwritev"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_pwritev(): EINTR is returned, not retried */
static void test_inject_pwritev_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("pwritev", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_pwritev(h, a_iov, 4, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("pwritev"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_sync(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_sync_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EDQUOT, EINTR, EINVAL, EIO, ENOSPC, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fsync", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_sync(h), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fsync"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_sync(): EINTR is returned, not retried */
static void test_inject_sync_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("fsync", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_sync(h), EINTR);
    ASSERT_EQ(fdk_inject_calls("fsync"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_datasync(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_datasync_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EDQUOT, EINTR, EINVAL, EIO, ENOSPC, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fdatasync", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_datasync(h), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fdatasync"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_datasync(): EINTR is returned, not retried */
static void test_inject_datasync_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("fdatasync", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_datasync(h), EINTR);
    ASSERT_EQ(fdk_inject_calls("fdatasync"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_allocate(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_allocate_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EFBIG, EINTR, EINVAL, EIO, EISDIR, ENODEV, ENOSPC, EOPNOTSUPP, EPERM, ESPIPE, ETXTBSY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fallocate", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_allocate(h, 0, 0, 1), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fallocate"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_allocate(): EINTR is returned, not retried */
static void test_inject_allocate_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("fallocate", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_allocate(h, 0, 0, 1), EINTR);
    ASSERT_EQ(fdk_inject_calls("fallocate"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_truncate(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_truncate_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EFBIG, EINTR, EINVAL, EIO, EPERM, ETXTBSY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("ftruncate", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_truncate(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("ftruncate"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_truncate(): EINTR is returned, not retried */
static void test_inject_truncate_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("ftruncate", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_truncate(h, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("ftruncate"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_stat(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_stat_errnos(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct stat a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOMEM, EOVERFLOW};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fstat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_stat(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fstat"), 1);
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_stat(): EINTR is retried */
static void test_inject_stat_eintr(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct stat a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    fdk_inject_reset();
    fdk_inject_fail("fstat", 1, 1, EINTR);
    fdk_inject_fail("fstat", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_file_stat(h, &a_out), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("fstat"), 2);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
    fdk_inject_reset();
    ASSERT_OK(fdk_file_close(&h));
}

/* fdk_file_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_file z = fdk_file_adopt(nfd);
    ASSERT_ERR(fdk_file_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_file_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_file h = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_file_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_file g = fdk_file_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_file_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_file_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_file_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_file a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", 0, 0, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_file_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_file_open(): each errno row openat() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EACCES, EAGAIN, EBADF, EDQUOT, EEXIST, EFBIG, EINTR, EINVAL, EISDIR, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENODEV, ENOENT, ENOMEM, ENOSPC, ENOSYS, ENOTDIR, ENXIO, EOPNOTSUPP, EOVERFLOW, EPERM, EROFS, ETXTBSY, EXDEV};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_file a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, errs[i]);
        ASSERT_ERR(fdk_file_open(&a_out, AT_FDCWD, "/proc/self/status", 0, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from openat() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_file_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_open_unknown_resolve);
    RUN(test_pread_bad_handle);
    RUN(test_pread_null_buf);
    RUN(test_pwrite_bad_handle);
    RUN(test_pwrite_null_buf);
    RUN(test_preadv_bad_handle);
    RUN(test_preadv_null_iov);
    RUN(test_pwritev_bad_handle);
    RUN(test_pwritev_null_iov);
    RUN(test_sync_bad_handle);
    RUN(test_datasync_bad_handle);
    RUN(test_allocate_bad_handle);
    RUN(test_allocate_unknown_mode);
    RUN(test_truncate_bad_handle);
    RUN(test_stat_bad_handle);
    RUN(test_stat_null_out);
    RUN(test_close_null_and_empty);
    RUN(test_errno_open_einval_0);
    RUN(test_errno_open_einval_1);
    RUN(test_errno_open_enoent_2);
    RUN(test_errno_open_enotdir_3);
    RUN(test_errno_truncate_einval_4);
    RUN(test_errno_allocate_einval_5);
    RUN(test_errno_pread_einval_6);
    RUN(test_inject_pread_errnos);
    RUN(test_inject_pread_eintr);
    RUN(test_inject_pwrite_errnos);
    RUN(test_inject_pwrite_eintr);
    RUN(test_inject_preadv_errnos);
    RUN(test_inject_preadv_eintr);
    RUN(test_inject_pwritev_errnos);
    RUN(test_inject_pwritev_eintr);
    RUN(test_inject_sync_errnos);
    RUN(test_inject_sync_eintr);
    RUN(test_inject_datasync_errnos);
    RUN(test_inject_datasync_eintr);
    RUN(test_inject_allocate_errnos);
    RUN(test_inject_allocate_eintr);
    RUN(test_inject_truncate_errnos);
    RUN(test_inject_truncate_eintr);
    RUN(test_inject_stat_errnos);
    RUN(test_inject_stat_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_exhaust_open);
    RUN(test_drive_open);
    return 0;
}
