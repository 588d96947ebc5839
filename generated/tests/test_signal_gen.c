/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/signal.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_signal: what every wrapper promises (CLOEXEC,
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
#include <signal.h>
#include <pthread.h>
#include <sys/signalfd.h>
#include <sys/wait.h>

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

/* fdk_signal_set_empty() with set = NULL is -EINVAL */
static void test_set_empty_null_set(void)
{
    ASSERT_ERR(fdk_signal_set_empty(NULL), EINVAL);
}

/* fdk_signal_set_fill() with set = NULL is -EINVAL */
static void test_set_fill_null_set(void)
{
    ASSERT_ERR(fdk_signal_set_fill(NULL), EINVAL);
}

/* fdk_signal_set_add() with set = NULL is -EINVAL */
static void test_set_add_null_set(void)
{
    ASSERT_ERR(fdk_signal_set_add(NULL, 0), EINVAL);
}

/* fdk_signal_set_del() with set = NULL is -EINVAL */
static void test_set_del_null_set(void)
{
    ASSERT_ERR(fdk_signal_set_del(NULL, 0), EINVAL);
}

/* fdk_signal_set_contains() with set = NULL is -EINVAL */
static void test_set_contains_null_set(void)
{
    ASSERT_ERR(fdk_signal_set_contains(NULL, 0), EINVAL);
}

/* fdk_signal_set_from_list() with set = NULL is -EINVAL */
static void test_set_from_list_null_set(void)
{
    int a_sigs[4];
    memset(a_sigs, 0, sizeof a_sigs);
    ASSERT_ERR(fdk_signal_set_from_list(NULL, a_sigs, 4), EINVAL);
}

/* fdk_signal_set_from_list() with sigs = NULL is -EINVAL */
static void test_set_from_list_null_sigs(void)
{
    sigset_t a_set;
    memset(&a_set, 0x5a, sizeof a_set);
    ASSERT_ERR(fdk_signal_set_from_list(&a_set, NULL, 4), EINVAL);
    ASSERT_TRUE(bytes_are(&a_set, sizeof a_set, 0x5a));
}

/* fdk_signal_set_next() with set = NULL is -EINVAL */
static void test_set_next_null_set(void)
{
    ASSERT_ERR(fdk_signal_set_next(NULL, 0), EINVAL);
}

/* fdk_signal_name() with buf = NULL is -EINVAL */
static void test_name_null_buf(void)
{
    ASSERT_ERR(fdk_signal_name(0, NULL, 16), EINVAL);
}

/* fdk_signal_parse() with text = NULL is -EINVAL */
static void test_parse_null_text(void)
{
    int a_signo;
    memset(&a_signo, 0x5a, sizeof a_signo);
    ASSERT_ERR(fdk_signal_parse(NULL, &a_signo), EINVAL);
    ASSERT_TRUE(bytes_are(&a_signo, sizeof a_signo, 0x5a));
}

/* fdk_signal_parse() with signo = NULL is -EINVAL */
static void test_parse_null_signo(void)
{
    char a_text;
    memset(&a_text, 0, sizeof a_text);
    ASSERT_ERR(fdk_signal_parse(&a_text, NULL), EINVAL);
}

/* fdk_signal_mask_block() with set = NULL is -EINVAL */
static void test_mask_block_null_set(void)
{
    sigset_t a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_signal_mask_block(NULL, &a_old), EINVAL);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
}

/* fdk_signal_mask_unblock() with set = NULL is -EINVAL */
static void test_mask_unblock_null_set(void)
{
    sigset_t a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_signal_mask_unblock(NULL, &a_old), EINVAL);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
}

/* fdk_signal_mask_set() with set = NULL is -EINVAL */
static void test_mask_set_null_set(void)
{
    sigset_t a_old;
    memset(&a_old, 0x5a, sizeof a_old);
    ASSERT_ERR(fdk_signal_mask_set(NULL, &a_old), EINVAL);
    ASSERT_TRUE(bytes_are(&a_old, sizeof a_old, 0x5a));
}

/* fdk_signal_thread_create_blocked() with thread = NULL is -EINVAL */
static void test_thread_create_blocked_null_thread(void)
{
    pthread_attr_t a_attr;
    memset(&a_attr, 0, sizeof a_attr);
    ASSERT_ERR(fdk_signal_thread_create_blocked(NULL, &a_attr, 0, 0), EINVAL);
}

/* fdk_signal_decode() with in = NULL is -EINVAL */
static void test_decode_null_in(void)
{
    struct fdk_siginfo a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_signal_decode(NULL, &a_out), EINVAL);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_signal_decode() with out = NULL is -EINVAL */
static void test_decode_null_out(void)
{
    struct signalfd_siginfo a_in;
    memset(&a_in, 0, sizeof a_in);
    ASSERT_ERR(fdk_signal_decode(&a_in, NULL), EINVAL);
}

/* fdk_signal_decode_siginfo() with in = NULL is -EINVAL */
static void test_decode_siginfo_null_in(void)
{
    struct fdk_siginfo a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_signal_decode_siginfo(NULL, &a_out), EINVAL);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_signal_decode_siginfo() with out = NULL is -EINVAL */
static void test_decode_siginfo_null_out(void)
{
    siginfo_t a_in;
    memset(&a_in, 0, sizeof a_in);
    ASSERT_ERR(fdk_signal_decode_siginfo(&a_in, NULL), EINVAL);
}

/* fdk_signal_format() with info = NULL is -EINVAL */
static void test_format_null_info(void)
{
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_signal_format(NULL, a_buf, 16), EINVAL);
}

/* fdk_signal_format() with buf = NULL is -EINVAL */
static void test_format_null_buf(void)
{
    struct fdk_siginfo a_info;
    memset(&a_info, 0, sizeof a_info);
    ASSERT_ERR(fdk_signal_format(&a_info, NULL, 16), EINVAL);
}

/* fdk_signal_code_name() with buf = NULL is -EINVAL */
static void test_code_name_null_buf(void)
{
    ASSERT_ERR(fdk_signal_code_name(0, 0, NULL, 16), EINVAL);
}

/* fdk_signal_reap_children() with out = NULL is -EINVAL */
static void test_reap_children_null_out(void)
{
    ASSERT_ERR(fdk_signal_reap_children(NULL, 4), EINVAL);
}

int main(void)
{
    RUN(test_set_empty_null_set);
    RUN(test_set_fill_null_set);
    RUN(test_set_add_null_set);
    RUN(test_set_del_null_set);
    RUN(test_set_contains_null_set);
    RUN(test_set_from_list_null_set);
    RUN(test_set_from_list_null_sigs);
    RUN(test_set_next_null_set);
    RUN(test_name_null_buf);
    RUN(test_parse_null_text);
    RUN(test_parse_null_signo);
    RUN(test_mask_block_null_set);
    RUN(test_mask_unblock_null_set);
    RUN(test_mask_set_null_set);
    RUN(test_thread_create_blocked_null_thread);
    RUN(test_decode_null_in);
    RUN(test_decode_null_out);
    RUN(test_decode_siginfo_null_in);
    RUN(test_decode_siginfo_null_out);
    RUN(test_format_null_info);
    RUN(test_format_null_buf);
    RUN(test_code_name_null_buf);
    RUN(test_reap_children_null_out);
    return 0;
}
