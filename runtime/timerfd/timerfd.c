/* SPDX-License-Identifier: MIT */
/*
 * Nanosecond convenience layer over the generated fdk_timerfd_set/get, so
 * callers never build an itimerspec by hand (and never trip over the
 * "all-zero it_value disarms" rule by accident).
 */
#include "fdk-internal.h"

#include <limits.h>
#include <string.h>
#include <time.h>

#define NS_PER_SEC UINT64_C(1000000000)

/* Largest time_t, whatever its width (signed on every Linux ABI). */
#define TIME_T_MAX_U64 ((uint64_t)((((uint64_t)1 << (sizeof(time_t) * CHAR_BIT - 2)) - 1) * 2 + 1))

/*
 * Exact integer conversion.  With a 64-bit time_t every uint64_t fits; with
 * a 32-bit one, seconds past 2038 do not, and truncating would silently
 * arm the timer for the wrong moment.
 */
static int ns_to_timespec(uint64_t ns, struct timespec *ts)
{
    uint64_t sec = ns / NS_PER_SEC;

    if (sec > TIME_T_MAX_U64)
        return -EINVAL;
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = (long)(ns % NS_PER_SEC);
    return 0;
}

static int timespec_to_ns(const struct timespec *ts, uint64_t *ret_ns)
{
    uint64_t sec, nsec;

    /* The kernel never reports these; refuse rather than wrap. */
    if (ts->tv_sec < 0 || ts->tv_nsec < 0 || ts->tv_nsec >= (long)NS_PER_SEC)
        return -EOVERFLOW;
    sec = (uint64_t)ts->tv_sec;
    nsec = (uint64_t)ts->tv_nsec;
    if (sec > (UINT64_MAX - nsec) / NS_PER_SEC)
        return -EOVERFLOW;
    *ret_ns = sec * NS_PER_SEC + nsec;
    return 0;
}

int fdk_timerfd_set_oneshot_ns(fdk_timerfd t, int flags, uint64_t ns)
{
    struct itimerspec its;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (flags & ~(int)FDK_TIMERFD_SET_ALL)
        return -EINVAL;
    if ((flags & FDK_TIMERFD_CANCEL_ON_SET) && !(flags & FDK_TIMERFD_ABSTIME))
        return -EINVAL;

    memset(&its, 0, sizeof(its));
    /*
     * An all-zero it_value disarms the timer; "expire at 0" (relative or
     * absolute) means "now", and 1 ns has that meaning without the trap.
     */
    r = ns_to_timespec(ns == 0 ? 1 : ns, &its.it_value);
    if (r < 0)
        return r;

    return fdk_timerfd_set(t, flags, &its, NULL);
}

int fdk_timerfd_set_periodic_ns(fdk_timerfd t, uint64_t first_ns, uint64_t interval_ns)
{
    struct itimerspec its;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (interval_ns == 0)
        return -EINVAL;

    memset(&its, 0, sizeof(its));
    /* first_ns 0 would disarm; the natural reading is "one period from now". */
    r = ns_to_timespec(first_ns == 0 ? interval_ns : first_ns, &its.it_value);
    if (r < 0)
        return r;
    r = ns_to_timespec(interval_ns, &its.it_interval);
    if (r < 0)
        return r;

    return fdk_timerfd_set(t, 0, &its, NULL);
}

int fdk_timerfd_disarm(fdk_timerfd t, struct itimerspec *old)
{
    struct itimerspec its;

    if (t.fd < 0)
        return -EBADF;

    memset(&its, 0, sizeof(its));
    return fdk_timerfd_set(t, 0, &its, old);
}

int fdk_timerfd_get_ns(fdk_timerfd t, uint64_t *ret_remaining_ns, uint64_t *ret_interval_ns)
{
    struct itimerspec cur;
    uint64_t remaining, interval;
    int r;

    if (t.fd < 0)
        return -EBADF;

    r = fdk_timerfd_get(t, &cur);
    if (r < 0)
        return r;

    /* Convert both before writing either: out-params change only on success. */
    r = timespec_to_ns(&cur.it_value, &remaining);
    if (r < 0)
        return r;
    r = timespec_to_ns(&cur.it_interval, &interval);
    if (r < 0)
        return r;

    if (ret_remaining_ns)
        *ret_remaining_ns = remaining;
    if (ret_interval_ns)
        *ret_interval_ns = interval;
    return 0;
}
