/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/timerfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/timerfd.h>
#include <time.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef TFD_NONBLOCK
_Static_assert(FDK_TIMERFD_NONBLOCK == TFD_NONBLOCK, "TFD_NONBLOCK differs from spec/abi/");
#endif
#ifdef TFD_CLOEXEC
_Static_assert(FDK_TIMERFD_CLOEXEC == TFD_CLOEXEC, "TFD_CLOEXEC differs from spec/abi/");
#endif
#ifdef TFD_TIMER_ABSTIME
_Static_assert(FDK_TIMERFD_ABSTIME == TFD_TIMER_ABSTIME, "TFD_TIMER_ABSTIME differs from spec/abi/");
#endif
#ifdef TFD_TIMER_CANCEL_ON_SET
_Static_assert(FDK_TIMERFD_CANCEL_ON_SET == TFD_TIMER_CANCEL_ON_SET, "TFD_TIMER_CANCEL_ON_SET differs from spec/abi/");
#endif
#ifndef CLOCK_REALTIME
#define CLOCK_REALTIME 0
#else
_Static_assert(CLOCK_REALTIME == 0, "CLOCK_REALTIME differs from spec/abi/");
#endif
#ifndef CLOCK_MONOTONIC
#define CLOCK_MONOTONIC 1
#else
_Static_assert(CLOCK_MONOTONIC == 1, "CLOCK_MONOTONIC differs from spec/abi/");
#endif
#ifndef CLOCK_BOOTTIME
#define CLOCK_BOOTTIME 7
#else
_Static_assert(CLOCK_BOOTTIME == 7, "CLOCK_BOOTTIME differs from spec/abi/");
#endif
#ifndef CLOCK_REALTIME_ALARM
#define CLOCK_REALTIME_ALARM 8
#else
_Static_assert(CLOCK_REALTIME_ALARM == 8, "CLOCK_REALTIME_ALARM differs from spec/abi/");
#endif
#ifndef CLOCK_BOOTTIME_ALARM
#define CLOCK_BOOTTIME_ALARM 9
#else
_Static_assert(CLOCK_BOOTTIME_ALARM == 9, "CLOCK_BOOTTIME_ALARM differs from spec/abi/");
#endif
_Static_assert(sizeof(struct itimerspec) == 32, "struct itimerspec: size differs from spec/abi/");
_Static_assert(offsetof(struct itimerspec, it_interval) == 0, "struct itimerspec.it_interval: offset differs from spec/abi/");
_Static_assert(offsetof(struct itimerspec, it_value) == 16, "struct itimerspec.it_value: offset differs from spec/abi/");
#endif

_Static_assert(offsetof(fdk_timerfd, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_TIMERFD_NONBLOCK == O_NONBLOCK, "TFD_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_TIMERFD_CLOEXEC == O_CLOEXEC, "TFD_CLOEXEC must equal O_CLOEXEC");

/* Members of clock: Clocks a timerfd can run on. */
static int valid_clock(clockid_t v)
{
    switch (v) {
    case CLOCK_REALTIME:
    case CLOCK_MONOTONIC:
    case CLOCK_BOOTTIME:
    case CLOCK_REALTIME_ALARM:
    case CLOCK_BOOTTIME_ALARM:
        return 1;
    default:
        return 0;
    }
}

int fdk_timerfd_open(fdk_timerfd *out, clockid_t clock, int flags)
{
    int r;

    if (!out)
        return -EINVAL;
    if (!valid_clock(clock))
        return -EINVAL; /* not a member of clock */
    if (flags & ~FDK_TIMERFD_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    r = timerfd_create(clock, flags | FDK_TIMERFD_CLOEXEC);
    if (r < 0)
        return FDK__NEG_ERRNO();
    out->fd = r;
    return 0;
}

int fdk_timerfd_close(fdk_timerfd *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

/*
 * The wrappers defined inline in fdkit/timerfd.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern int fdk_timerfd_set(fdk_timerfd t, int flags, const struct itimerspec *value, struct itimerspec *old);
extern int fdk_timerfd_get(fdk_timerfd t, struct itimerspec *cur);
extern int fdk_timerfd_read(fdk_timerfd t, uint64_t *expirations);
