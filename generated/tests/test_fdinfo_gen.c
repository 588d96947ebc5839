/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fdinfo.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_fdinfo: what every wrapper promises (CLOEXEC,
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
#include <sys/types.h>

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

/* fdk_fdinfo_read() with out = NULL is -EINVAL */
static void test_read_null_out(void)
{
    ASSERT_ERR(fdk_fdinfo_read(0, 0, NULL), EINVAL);
}

/* fdk_fdinfo_parse() with text = NULL is -EINVAL */
static void test_parse_null_text(void)
{
    struct fdk_fdinfo a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_fdinfo_parse(NULL, 13, &a_out), EINVAL);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_fdinfo_parse() with out = NULL is -EINVAL */
static void test_parse_null_out(void)
{
    ASSERT_ERR(fdk_fdinfo_parse("pos:\t0\nflags:\t02\n", 13, NULL), EINVAL);
}

/* fdk_fdinfo_next() with info = NULL is -EINVAL */
static void test_next_null_info(void)
{
    size_t a_pos;
    memset(&a_pos, 0x5a, sizeof a_pos);
    struct fdk_fdinfo_entry a_entry;
    memset(&a_entry, 0x5a, sizeof a_entry);
    ASSERT_ERR(fdk_fdinfo_next(NULL, &a_pos, &a_entry), EINVAL);
    ASSERT_TRUE(bytes_are(&a_entry, sizeof a_entry, 0x5a));
}

/* fdk_fdinfo_next() with pos = NULL is -EINVAL */
static void test_next_null_pos(void)
{
    struct fdk_fdinfo a_info;
    memset(&a_info, 0, sizeof a_info);
    struct fdk_fdinfo_entry a_entry;
    memset(&a_entry, 0x5a, sizeof a_entry);
    ASSERT_ERR(fdk_fdinfo_next(&a_info, NULL, &a_entry), EINVAL);
    ASSERT_TRUE(bytes_are(&a_entry, sizeof a_entry, 0x5a));
}

/* fdk_fdinfo_next() with entry = NULL is -EINVAL */
static void test_next_null_entry(void)
{
    struct fdk_fdinfo a_info;
    memset(&a_info, 0, sizeof a_info);
    size_t a_pos;
    memset(&a_pos, 0x5a, sizeof a_pos);
    ASSERT_ERR(fdk_fdinfo_next(&a_info, &a_pos, NULL), EINVAL);
}

/* fdk_fdinfo_read() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_read(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_fdinfo_read()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        struct fdk_fdinfo a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_exhaust_limit(&x);
        int rc = fdk_fdinfo_read(0, 0, &a_out);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_TRUE(a_out.have != 0);
            ASSERT_OK(fdk_fdinfo_free(&a_out));
        } else {
            ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_fdinfo_read(): each errno row open() can give comes back as itself, nothing made */
static void test_drive_read(void)
{
    static const int errs[] = {EACCES, EBADF, EINVAL, EIO, ENOENT, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        struct fdk_fdinfo a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("open", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fdinfo_read(0, 0, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from open() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_read_null_out);
    RUN(test_parse_null_text);
    RUN(test_parse_null_out);
    RUN(test_next_null_info);
    RUN(test_next_null_pos);
    RUN(test_next_null_entry);
    RUN(test_exhaust_read);
    RUN(test_drive_read);
    return 0;
}
