/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sendfile.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_sendfile: what every wrapper promises (CLOEXEC,
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
#include <sys/sendfile.h>
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

/* fdk_sendfile_once() with in_fd = -1 is -EBADF */
static void test_once_negative_in_fd(void)
{
    int64_t a_offset;
    memset(&a_offset, 0x5a, sizeof a_offset);
    ASSERT_ERR(fdk_sendfile_once(-1, &a_offset, 0, 0), EBADF);
}

/* fdk_sendfile_once() with out_fd = -1 is -EBADF */
static void test_once_negative_out_fd(void)
{
    int64_t a_offset;
    memset(&a_offset, 0x5a, sizeof a_offset);
    ASSERT_ERR(fdk_sendfile_once(0, &a_offset, -1, 0), EBADF);
}

/* fdk_sendfile_all() with in_fd = -1 is -EBADF */
static void test_all_negative_in_fd(void)
{
    int64_t a_offset;
    memset(&a_offset, 0x5a, sizeof a_offset);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_sendfile_all(-1, &a_offset, 0, 0, &a_deadline, &a_ret_done), EBADF);
}

/* fdk_sendfile_all() with out_fd = -1 is -EBADF */
static void test_all_negative_out_fd(void)
{
    int64_t a_offset;
    memset(&a_offset, 0x5a, sizeof a_offset);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    ASSERT_ERR(fdk_sendfile_all(0, &a_offset, -1, 0, &a_deadline, &a_ret_done), EBADF);
}

/* fdk_sendfile_once(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_once_errnos(void)
{
    int64_t a_offset;
    memset(&a_offset, 0x5a, sizeof a_offset);
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, ENOMEM, EOVERFLOW, EPIPE, ESPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendfile", 1, 1, errs[i]);
        ASSERT_ERR(fdk_sendfile_once(0, &a_offset, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendfile"), 1);
    }
    fdk_inject_reset();
}

/* fdk_sendfile_once(): EINTR is returned, not retried */
static void test_inject_once_eintr(void)
{
    int64_t a_offset;
    memset(&a_offset, 0x5a, sizeof a_offset);
    fdk_inject_reset();
    fdk_inject_fail("sendfile", 1, 1, EINTR);
    ASSERT_ERR(fdk_sendfile_once(0, &a_offset, 0, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendfile"), 1);
    fdk_inject_reset();
}

/* fdk_sendfile_all(): each errno row sendfile() can give comes back as itself, nothing made */
static void test_drive_all(void)
{
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO, ENODATA, ENOMEM, EOVERFLOW, EPIPE, ESPIPE, ETIMEDOUT};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int in = memfd_create("drive-in", MFD_CLOEXEC), p[2];
        ASSERT_TRUE(in >= 0);
        ASSERT_EQ(write(in, "abcd", 4), 4);
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        int64_t off = 0;
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("sendfile", 1, 1, errs[i]);
        ASSERT_ERR(fdk_sendfile_all(in, &off, p[1], 4, NULL, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from sendfile() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(off, 0);
        ASSERT_EQ(close(in), 0);
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_once_negative_in_fd);
    RUN(test_once_negative_out_fd);
    RUN(test_all_negative_in_fd);
    RUN(test_all_negative_out_fd);
    RUN(test_inject_once_errnos);
    RUN(test_inject_once_eintr);
    RUN(test_drive_all);
    return 0;
}
