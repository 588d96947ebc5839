/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/timerfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/timerfd.h
 * A timer whose expirations are read from a file descriptor as a 64-bit count, so timers can sit
 * in the same epoll set as sockets and pipes. The fd is readable once the timer has expired at
 * least once since the last read.
 *
 * See timerfd_create(2).
 */
#ifndef FDKIT_TIMERFD_H
#define FDKIT_TIMERFD_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <sys/timerfd.h>
#include <time.h>

FDK_BEGIN_DECLS

/**
 * A timerfd timer. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_timerfd_close() releases it.
 */
typedef struct fdk_timerfd {
    int fd;
} fdk_timerfd;

/**
 * @name Flags for fdk_timerfd_open().
 * - FDK_TIMERFD_NONBLOCK: Reads before the first expiration fail with -EAGAIN instead of
 *   blocking.
 * - FDK_TIMERFD_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_TIMERFD_NONBLOCK 0x00000800
#define FDK_TIMERFD_CLOEXEC  0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_TIMERFD_NONBLOCK TFD_NONBLOCK
#define FDK_TIMERFD_CLOEXEC  TFD_CLOEXEC
#endif
/** Every bit fdk_timerfd accepts in this set. */
#define FDK_TIMERFD_OPEN_ALL (FDK_TIMERFD_NONBLOCK | FDK_TIMERFD_CLOEXEC)
/** @} */

/**
 * @name Flags for fdk_timerfd_set().
 * - FDK_TIMERFD_ABSTIME: it_value is an absolute time on the timer's clock (a time in the past
 *   fires at once).
 * - FDK_TIMERFD_CANCEL_ON_SET: With ABSTIME on a REALTIME clock - a discontinuous change of the
 *   clock (settimeofday, clock_settime) cancels the timer and its
 *   read fails with -ECANCELED.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_TIMERFD_ABSTIME       0x00000001
#define FDK_TIMERFD_CANCEL_ON_SET 0x00000002
#else /* an architecture without a lock: the system headers' values */
#define FDK_TIMERFD_ABSTIME       TFD_TIMER_ABSTIME
#define FDK_TIMERFD_CANCEL_ON_SET TFD_TIMER_CANCEL_ON_SET
#endif
/** Every bit fdk_timerfd accepts in this set. */
#define FDK_TIMERFD_SET_ALL (FDK_TIMERFD_ABSTIME | FDK_TIMERFD_CANCEL_ON_SET)
/** @} */

/**
 * Create a disarmed timer on the given clock.
 *
 * @param out    receives the new handle (written only on success)
 * @param clock  CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME, or an _ALARM clock
 * @param flags  0 or FDK_TIMERFD_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  clock is not a clock a timerfd supports, or flags has unknown bits
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENODEV  the anonymous-inode device could not be mounted
 *   -ENOMEM  not enough kernel memory for a new timer
 *   -EPERM   an _ALARM clock needs CAP_WAKE_ALARM
 */
FDK_EXPORT int fdk_timerfd_open(fdk_timerfd *out, clockid_t clock, int flags);

/**
 * Arm (it_value non-zero) or disarm (it_value zero) the timer. A non-zero it_interval makes it
 * periodic. Arming discards expirations not yet read.
 *
 * @param t      the timerfd (borrowed)
 * @param flags  0, FDK_TIMERFD_ABSTIME, or FDK_TIMERFD_ABSTIME | FDK_TIMERFD_CANCEL_ON_SET
 * @param value  new setting
 * @param old    receives the previous setting; may be NULL
 *
 * Never blocks. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF      t is not an open descriptor
 *   -ECANCELED  a CANCEL_ON_SET timer saw the clock change before it was re-armed
 *   -EINVAL     t is not a timerfd, or a tv_nsec is outside 0..999999999
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_timerfd_set(fdk_timerfd t, int flags, const struct itimerspec *value, struct itimerspec *old)
{
    int r;
    struct itimerspec old_tmp = FDK__ZERO_INIT;

    if (t.fd < 0)
        return -EBADF;
    if (!value)
        return -EINVAL;
    if (flags & ~FDK_TIMERFD_SET_ALL)
        return -EINVAL; /* unknown bits */
    if ((flags & FDK_TIMERFD_CANCEL_ON_SET) &&
        (flags & (FDK_TIMERFD_ABSTIME)) != (FDK_TIMERFD_ABSTIME))
        return -EINVAL; /* TFD_TIMER_CANCEL_ON_SET needs TFD_TIMER_ABSTIME */
    r = timerfd_settime(t.fd, flags, value, old ? &old_tmp : NULL);
    if (r < 0)
        return FDK__NEG_ERRNO();
    if (old)
        *old = old_tmp;
    return 0;
}
#else
FDK_EXPORT int fdk_timerfd_set(fdk_timerfd t, int flags, const struct itimerspec *value, struct itimerspec *old);
#endif

/**
 * Read the time until the next expiration (zero if disarmed) and the interval.
 *
 * @param t    the timerfd (borrowed)
 * @param cur  receives the remaining time and interval
 *
 * Never blocks. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is not an open descriptor
 *   -EINVAL  t is not a timerfd
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_timerfd_get(fdk_timerfd t, struct itimerspec *cur)
{
    int r;
    struct itimerspec cur_tmp;

    if (t.fd < 0)
        return -EBADF;
    if (!cur)
        return -EINVAL;
    r = timerfd_gettime(t.fd, &cur_tmp);
    if (r < 0)
        return FDK__NEG_ERRNO();
    *cur = cur_tmp;
    return 0;
}
#else
FDK_EXPORT int fdk_timerfd_get(fdk_timerfd t, struct itimerspec *cur);
#endif

/**
 * Read the number of expirations since the timer was armed or last read, which resets it. Blocks
 * until the first expiration unless the fd is non-blocking.
 *
 * @param t            the timerfd (borrowed)
 * @param expirations  receives the expiration count (>= 1)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.25,
 * glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN     no expiration yet and the fd is non-blocking
 *   -EBADF      t is not an open descriptor
 *   -ECANCELED  a CANCEL_ON_SET timer saw a discontinuous change of its clock
 *   -EINTR      a signal handler ran before the call completed
 *   -EINVAL     t is not a timerfd
 *   -EIO        the read returned fewer than 8 bytes
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_timerfd_read(fdk_timerfd t, uint64_t *expirations)
{
    ssize_t n;
    uint64_t expirations_tmp;

    if (!expirations)
        return -EINVAL;
    n = read(t.fd, &expirations_tmp, sizeof expirations_tmp);
    if (n < 0)
        return FDK__NEG_ERRNO();
    if ((size_t)n != sizeof expirations_tmp)
        return -EIO; /* an 8-byte counter never arrives in pieces */
    *expirations = expirations_tmp;
    return 0;
}
#else
FDK_EXPORT int fdk_timerfd_read(fdk_timerfd t, uint64_t *expirations);
#endif

/**
 * Arm a one-shot timer ns nanoseconds from now (flags 0), or at absolute time ns on the timer's
 * clock (FDK_TIMERFD_ABSTIME, optionally with CANCEL_ON_SET). ns == 0 fires at once rather than
 * disarming.
 *
 * @param t      the timerfd (borrowed)
 * @param flags  0 or FDK_TIMERFD_ABSTIME [| FDK_TIMERFD_CANCEL_ON_SET]
 * @param ns     delay or absolute time in nanoseconds
 *
 * Never blocks. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is not an open descriptor
 *   -EINVAL  t is not a timerfd, or ns does not fit a timespec
 */
FDK_EXPORT int fdk_timerfd_set_oneshot_ns(fdk_timerfd t, int flags, uint64_t ns);

/**
 * Arm a periodic timer: first expiration first_ns from now (or after one interval if first_ns is
 * 0), then every interval_ns.
 *
 * @param t            the timerfd (borrowed)
 * @param first_ns     delay to the first expiration, 0 = one interval
 * @param interval_ns  period, must be > 0
 *
 * Never blocks. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is not an open descriptor
 *   -EINVAL  interval_ns is 0, or t is not a timerfd
 */
FDK_EXPORT int fdk_timerfd_set_periodic_ns(fdk_timerfd t, uint64_t first_ns, uint64_t interval_ns);

/**
 * Stop the timer; pending expirations are discarded.
 *
 * @param t    the timerfd (borrowed)
 * @param old  receives the previous setting; may be NULL
 *
 * Never blocks. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is not an open descriptor
 *   -EINVAL  t is not a timerfd
 */
FDK_EXPORT int fdk_timerfd_disarm(fdk_timerfd t, struct itimerspec *old);

/**
 * Read the remaining time and the interval in nanoseconds (0 = disarmed / one-shot).
 *
 * @param t                 the timerfd (borrowed)
 * @param ret_remaining_ns  receives the time to the next expiration; may be NULL
 * @param ret_interval_ns   receives the period; may be NULL
 *
 * Never blocks. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF      t is not an open descriptor
 *   -EINVAL     t is not a timerfd
 *   -EOVERFLOW  the timer was armed (by other code) beyond what 64-bit nanoseconds can hold
 */
FDK_EXPORT int fdk_timerfd_get_ns(fdk_timerfd t, uint64_t *ret_remaining_ns, uint64_t *ret_interval_ns);

/**
 * Close the timerfd and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.25, glibc 2.8.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_timerfd_close(fdk_timerfd *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_timerfd fdk_timerfd_adopt(int fd)
{
    fdk_timerfd h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_timerfd_release(fdk_timerfd *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_TIMERFD_H */
