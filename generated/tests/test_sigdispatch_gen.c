/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sigdispatch.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_sigdispatch: what every wrapper promises (CLOEXEC,
 * NONBLOCK only on request, -EBADF for a bad fd, -EINVAL for NULL or unknown
 * bits before any system call, out-parameters untouched on failure, close
 * idempotent, no fd leaked) plus the spec's errno cases.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

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

int main(void)
{
    RUN(test_new_null_out);
    RUN(test_on_unknown_flags);
    RUN(test_set_action_unknown_flags);
    return 0;
}
