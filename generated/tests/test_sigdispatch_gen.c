/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sigdispatch.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_sigdispatch: what every wrapper promises (CLOEXEC,
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
#include <sys/signalfd.h>

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

/* fdk_sigdispatch_new() with out = NULL is -EINVAL */
static void test_new_null_out(void)
{
    ASSERT_ERR(fdk_sigdispatch_new(NULL), EINVAL);
}

/* fdk_sigdispatch_on(): every bit outside FDK_SIGDISPATCH_WATCH_ALL is -EINVAL */
static void test_on_unknown_flags(void)
{
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SIGDISPATCH_WATCH_ALL)
            continue;
        ASSERT_ERR(fdk_sigdispatch_on(0, 0, 0, 0, f), EINVAL);
    }
}

/* fdk_sigdispatch_set_action(): every bit outside FDK_SIGDISPATCH_WATCH_ALL is -EINVAL */
static void test_set_action_unknown_flags(void)
{
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SIGDISPATCH_WATCH_ALL)
            continue;
        ASSERT_ERR(fdk_sigdispatch_set_action(0, 0, 0, f), EINVAL);
    }
}

/* fdk_sigdispatch_new() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_new(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_sigdispatch_new()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_sigdispatch * a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_exhaust_limit(&x);
        int rc = fdk_sigdispatch_new(&a_out);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_TRUE(a_out != NULL);
            fdk_sigdispatch_free(a_out);
        } else {
            ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        }
    }
    fdk_exhaust_done(&x);
}

int main(void)
{
    RUN(test_new_null_out);
    RUN(test_on_unknown_flags);
    RUN(test_set_action_unknown_flags);
    RUN(test_exhaust_new);
    return 0;
}
