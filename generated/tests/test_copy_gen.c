/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/copy.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_copy: what every wrapper promises (CLOEXEC,
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
#include <poll.h>
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

/* fdk_copy_range() with fd_in = -1 is -EBADF */
static void test_range_negative_fd_in(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    ASSERT_ERR(fdk_copy_range(-1, &a_off_in, 0, &a_off_out, 0), EBADF);
}

/* fdk_copy_range() with fd_out = -1 is -EBADF */
static void test_range_negative_fd_out(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    ASSERT_ERR(fdk_copy_range(0, &a_off_in, -1, &a_off_out, 0), EBADF);
}

/* fdk_copy_all() with fd_in = -1 is -EBADF */
static void test_all_negative_fd_in(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_copy_all(-1, &a_off_in, 0, &a_off_out, 0, &a_deadline, &a_ret_done), EBADF);
}

/* fdk_copy_all() with fd_out = -1 is -EBADF */
static void test_all_negative_fd_out(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_copy_all(0, &a_off_in, -1, &a_off_out, 0, &a_deadline, &a_ret_done), EBADF);
}

/* fdk_copy_range(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_range_errnos(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    static const int errs[] = {EBADF, EFBIG, EINTR, EINVAL, EIO, EISDIR, ENOMEM, ENOSPC, ENOSYS, EOPNOTSUPP, EOVERFLOW, EPERM, ETXTBSY, EXDEV};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("copy_file_range", 1, 1, errs[i]);
        ASSERT_ERR(fdk_copy_range(0, &a_off_in, 0, &a_off_out, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("copy_file_range"), 1);
    }
    fdk_inject_reset();
}

/* fdk_copy_range(): EINTR is returned, not retried */
static void test_inject_range_eintr(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    fdk_inject_reset();
    fdk_inject_fail("copy_file_range", 1, 1, EINTR);
    ASSERT_ERR(fdk_copy_range(0, &a_off_in, 0, &a_off_out, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("copy_file_range"), 1);
    fdk_inject_reset();
}

/* fdk_copy_all() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_all(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_copy_all()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        int in = memfd_create("exh-in", MFD_CLOEXEC), out = memfd_create("exh-out", MFD_CLOEXEC);
        ASSERT_TRUE(in >= 0 && out >= 0);
        ASSERT_EQ(write(in, "0123456789abcdef", 16), 16);
        int64_t off = 0;
        size_t done = 99;
        fdk_inject_reset();
        fdk_inject_fail("copy_file_range", 1, 0, EXDEV);
        fdk_inject_fail("sendfile", 1, 0, EINVAL);
        fdk_exhaust_limit(&x);
        int rc = fdk_copy_all(in, &off, out, NULL, 16, NULL, &done);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_EQ(done, 16);
            ASSERT_EQ(off, 16);
            ASSERT_EQ(lseek(out, 0, SEEK_CUR), 16);
        } else {
            ASSERT_EQ(done, 0);
            ASSERT_EQ(off, 0);
            ASSERT_EQ(lseek(out, 0, SEEK_CUR), 0);
        }
        fdk_inject_reset();
        ASSERT_EQ(close(in), 0);
        ASSERT_EQ(close(out), 0);
    }
    fdk_exhaust_done(&x);
}

/* fdk_copy_all(): each errno row copy_file_range() can give comes back as itself, nothing made */
static void test_drive_all(void)
{
    static const int errs[] = {EFBIG, EINTR, EIO, EISDIR, ENOMEM, ENOSPC, EOVERFLOW, EPERM, ETXTBSY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int in = memfd_create("drive-in", MFD_CLOEXEC), out = memfd_create("drive-out", MFD_CLOEXEC);
        ASSERT_TRUE(in >= 0 && out >= 0);
        ASSERT_EQ(write(in, "abcd", 4), 4);
        int64_t off = 0;
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("copy_file_range", 1, 1, errs[i]);
        ASSERT_ERR(fdk_copy_all(in, &off, out, NULL, 4, NULL, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from copy_file_range() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(off, 0);
        ASSERT_EQ(close(in), 0);
        ASSERT_EQ(close(out), 0);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_range_negative_fd_in);
    RUN(test_range_negative_fd_out);
    RUN(test_all_negative_fd_in);
    RUN(test_all_negative_fd_out);
    RUN(test_inject_range_errnos);
    RUN(test_inject_range_eintr);
    RUN(test_exhaust_all);
    RUN(test_drive_all);
    return 0;
}
