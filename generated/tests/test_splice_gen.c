/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/splice.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_splice: what every wrapper promises (CLOEXEC,
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
#include <sys/uio.h>
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

/* fdk_splice_once() with fd_in = -1 is -EBADF */
static void test_once_negative_fd_in(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    ASSERT_ERR(fdk_splice_once(-1, &a_off_in, 0, &a_off_out, 0, 0), EBADF);
}

/* fdk_splice_once() with fd_out = -1 is -EBADF */
static void test_once_negative_fd_out(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    ASSERT_ERR(fdk_splice_once(0, &a_off_in, -1, &a_off_out, 0, 0), EBADF);
}

/* fdk_splice_once(): every bit outside FDK_SPLICE_FLAGS_ALL is -EINVAL */
static void test_once_unknown_flags(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SPLICE_FLAGS_ALL)
            continue;
        ASSERT_ERR(fdk_splice_once(0, &a_off_in, 0, &a_off_out, 0, f), EINVAL);
    }
}

/* fdk_splice_tee() with fd_in = -1 is -EBADF */
static void test_tee_negative_fd_in(void)
{
    ASSERT_ERR(fdk_splice_tee(-1, 0, 0, 0), EBADF);
}

/* fdk_splice_tee() with fd_out = -1 is -EBADF */
static void test_tee_negative_fd_out(void)
{
    ASSERT_ERR(fdk_splice_tee(0, -1, 0, 0), EBADF);
}

/* fdk_splice_tee(): every bit outside FDK_SPLICE_FLAGS_ALL is -EINVAL */
static void test_tee_unknown_flags(void)
{
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SPLICE_FLAGS_ALL)
            continue;
        ASSERT_ERR(fdk_splice_tee(0, 0, 0, f), EINVAL);
    }
}

/* fdk_splice_vmsplice() with fd = -1 is -EBADF */
static void test_vmsplice_negative_fd(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_splice_vmsplice(-1, a_iov, 4, 0), EBADF);
}

/* fdk_splice_vmsplice() with iov = NULL is -EINVAL */
static void test_vmsplice_null_iov(void)
{
    ASSERT_ERR(fdk_splice_vmsplice(0, NULL, 4, 0), EINVAL);
}

/* fdk_splice_vmsplice(): every bit outside FDK_SPLICE_FLAGS_ALL is -EINVAL */
static void test_vmsplice_unknown_flags(void)
{
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SPLICE_FLAGS_ALL)
            continue;
        ASSERT_ERR(fdk_splice_vmsplice(0, a_iov, 4, f), EINVAL);
    }
}

/* fdk_splice_all() with fd_in = -1 is -EBADF */
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
    ASSERT_ERR(fdk_splice_all(-1, &a_off_in, 0, &a_off_out, 0, 0, &a_deadline, &a_ret_done), EBADF);
}

/* fdk_splice_all() with fd_out = -1 is -EBADF */
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
    ASSERT_ERR(fdk_splice_all(0, &a_off_in, -1, &a_off_out, 0, 0, &a_deadline, &a_ret_done), EBADF);
}

/* fdk_splice_all(): every bit outside FDK_SPLICE_FLAGS_ALL is -EINVAL */
static void test_all_unknown_flags(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    struct timespec a_deadline;
    memset(&a_deadline, 0, sizeof a_deadline);
    size_t a_ret_done;
    memset(&a_ret_done, 0x5a, sizeof a_ret_done);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        unsigned int f = (unsigned int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SPLICE_FLAGS_ALL)
            continue;
        ASSERT_ERR(fdk_splice_all(0, &a_off_in, 0, &a_off_out, 0, f, &a_deadline, &a_ret_done), EINVAL);
    }
}

/* fdk_splice_once(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_once_errnos(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, ENOMEM, EPIPE, ESPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("splice", 1, 1, errs[i]);
        ASSERT_ERR(fdk_splice_once(0, &a_off_in, 0, &a_off_out, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("splice"), 1);
    }
    fdk_inject_reset();
}

/* fdk_splice_once(): EINTR is returned, not retried */
static void test_inject_once_eintr(void)
{
    int64_t a_off_in;
    memset(&a_off_in, 0x5a, sizeof a_off_in);
    int64_t a_off_out;
    memset(&a_off_out, 0x5a, sizeof a_off_out);
    fdk_inject_reset();
    fdk_inject_fail("splice", 1, 1, EINTR);
    ASSERT_ERR(fdk_splice_once(0, &a_off_in, 0, &a_off_out, 0, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("splice"), 1);
    fdk_inject_reset();
}

/* fdk_splice_tee(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tee_errnos(void)
{
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("tee", 1, 1, errs[i]);
        ASSERT_ERR(fdk_splice_tee(0, 0, 0, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("tee"), 1);
    }
    fdk_inject_reset();
}

/* fdk_splice_tee(): EINTR is returned, not retried */
static void test_inject_tee_eintr(void)
{
    fdk_inject_reset();
    fdk_inject_fail("tee", 1, 1, EINTR);
    ASSERT_ERR(fdk_splice_tee(0, 0, 0, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("tee"), 1);
    fdk_inject_reset();
}

/* fdk_splice_all(): each errno row splice() can give comes back as itself, nothing made */
static void test_drive_all(void)
{
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, ENODATA, ENOMEM, EOVERFLOW, EPIPE, ESPIPE, ETIMEDOUT};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int in = memfd_create("drive-in", MFD_CLOEXEC), p[2];
        ASSERT_TRUE(in >= 0);
        ASSERT_EQ(write(in, "abcd", 4), 4);
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        int64_t off = 0;
        size_t done = 77;
        fdk_inject_reset();
        fdk_inject_fail("splice", 1, 1, errs[i]);
        ASSERT_ERR(fdk_splice_all(in, &off, p[1], NULL, 4, 0, NULL, &done), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from splice() */
        fdk_inject_reset();
        ASSERT_EQ(done, 0);
        ASSERT_EQ(off, 0);
        ASSERT_EQ(close(in), 0);
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_splice_vmsplice(): each errno row vmsplice() can give comes back as itself, nothing made */
static void test_drive_vmsplice(void)
{
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, ENOMEM, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int p[2];
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        struct iovec iov = {(void *)"abcd", 4};
        fdk_inject_reset();
        fdk_inject_fail("vmsplice", 1, 1, errs[i]);
        ASSERT_ERR(fdk_splice_vmsplice(p[1], &iov, 1, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from vmsplice() */
        fdk_inject_reset();
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_once_negative_fd_in);
    RUN(test_once_negative_fd_out);
    RUN(test_once_unknown_flags);
    RUN(test_tee_negative_fd_in);
    RUN(test_tee_negative_fd_out);
    RUN(test_tee_unknown_flags);
    RUN(test_vmsplice_negative_fd);
    RUN(test_vmsplice_null_iov);
    RUN(test_vmsplice_unknown_flags);
    RUN(test_all_negative_fd_in);
    RUN(test_all_negative_fd_out);
    RUN(test_all_unknown_flags);
    RUN(test_inject_once_errnos);
    RUN(test_inject_once_eintr);
    RUN(test_inject_tee_errnos);
    RUN(test_inject_tee_eintr);
    RUN(test_drive_all);
    RUN(test_drive_vmsplice);
    return 0;
}
