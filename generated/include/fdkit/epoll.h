/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/epoll.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/epoll.h
 * An epoll instance watches a set of descriptors and reports which are ready. Each registration
 * carries an event mask and a 64-bit token that comes back with its events, so a loop can find its
 * state without a lookup.
 *
 * See epoll(7).
 */
#ifndef FDKIT_EPOLL_H
#define FDKIT_EPOLL_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <sys/epoll.h>
#include <signal.h>
#include <time.h>
#include <fdkit/epoll-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * An epoll instance. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_epoll_close() releases it.
 */
typedef struct fdk_epoll {
    int fd;
} fdk_epoll;

/**
 * @name Flags for fdk_epoll_open().
 * - FDK_EPOLL_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_EPOLL_CLOEXEC 0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_EPOLL_CLOEXEC EPOLL_CLOEXEC
#endif
/** Every bit fdk_epoll accepts in this set. */
#define FDK_EPOLL_OPEN_ALL (FDK_EPOLL_CLOEXEC)
/** @} */

/**
 * @name Event bits for fdk_epoll_add() and fdk_epoll_modify(), and the bits reported by a wait.
 * - FDK_EPOLL_IN: readable (or a listening socket has a connection to accept)
 * - FDK_EPOLL_PRI: exceptional condition: out-of-band data, a pty packet-mode change, a cgroup
 *   event
 * - FDK_EPOLL_OUT: writable
 * - FDK_EPOLL_ERR: error condition (always reported; need not be requested)
 * - FDK_EPOLL_HUP: hang-up: the peer closed, or the write end of a pipe is gone (always
 *   reported)
 * - FDK_EPOLL_RDNORM: normal data readable (same as IN for most fds)
 * - FDK_EPOLL_RDBAND: priority band data readable
 * - FDK_EPOLL_WRNORM: writable (same as OUT for most fds)
 * - FDK_EPOLL_WRBAND: priority data writable
 * - FDK_EPOLL_MSG: unused by Linux; accepted for completeness
 * - FDK_EPOLL_RDHUP: stream socket peer shut down its writing half (or closed)
 * - FDK_EPOLL_EXCLUSIVE: Wake only one of several epoll instances waiting on the same fd
 *   (against thundering herds). Only on add; combines only with IN, OUT,
 *   ERR, HUP, WAKEUP and ET.
 * - FDK_EPOLL_WAKEUP: hold a wakeup source while the event is pending (needs CAP_BLOCK_SUSPEND,
 *   else ignored)
 * - FDK_EPOLL_ONESHOT: report once, then disable the registration until fdk_epoll_modify()
 *   re-arms it
 * - FDK_EPOLL_ET: edge-triggered: report a change of state once instead of every wait while it
 *   holds
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_EPOLL_IN        0x00000001u
#define FDK_EPOLL_PRI       0x00000002u
#define FDK_EPOLL_OUT       0x00000004u
#define FDK_EPOLL_ERR       0x00000008u
#define FDK_EPOLL_HUP       0x00000010u
#define FDK_EPOLL_RDNORM    0x00000040u
#define FDK_EPOLL_RDBAND    0x00000080u
#define FDK_EPOLL_WRNORM    0x00000100u
#define FDK_EPOLL_WRBAND    0x00000200u
#define FDK_EPOLL_MSG       0x00000400u
#define FDK_EPOLL_RDHUP     0x00002000u
#define FDK_EPOLL_EXCLUSIVE 0x10000000u
#define FDK_EPOLL_WAKEUP    0x20000000u
#define FDK_EPOLL_ONESHOT   0x40000000u
#define FDK_EPOLL_ET        0x80000000u
#else /* an architecture without a lock: the system headers' values */
#define FDK_EPOLL_IN        EPOLLIN
#define FDK_EPOLL_PRI       EPOLLPRI
#define FDK_EPOLL_OUT       EPOLLOUT
#define FDK_EPOLL_ERR       EPOLLERR
#define FDK_EPOLL_HUP       EPOLLHUP
#define FDK_EPOLL_RDNORM    EPOLLRDNORM
#define FDK_EPOLL_RDBAND    EPOLLRDBAND
#define FDK_EPOLL_WRNORM    EPOLLWRNORM
#define FDK_EPOLL_WRBAND    EPOLLWRBAND
#define FDK_EPOLL_MSG       EPOLLMSG
#define FDK_EPOLL_RDHUP     EPOLLRDHUP
#define FDK_EPOLL_EXCLUSIVE EPOLLEXCLUSIVE
#define FDK_EPOLL_WAKEUP    EPOLLWAKEUP
#define FDK_EPOLL_ONESHOT   EPOLLONESHOT
#define FDK_EPOLL_ET        EPOLLET
#endif
/** Every bit fdk_epoll accepts in this set. */
#define FDK_EPOLL_EVENTS_ALL \
    (FDK_EPOLL_IN | FDK_EPOLL_PRI | FDK_EPOLL_OUT | FDK_EPOLL_ERR | FDK_EPOLL_HUP | \
     FDK_EPOLL_RDNORM | FDK_EPOLL_RDBAND | FDK_EPOLL_WRNORM | FDK_EPOLL_WRBAND | FDK_EPOLL_MSG | \
     FDK_EPOLL_RDHUP | FDK_EPOLL_EXCLUSIVE | FDK_EPOLL_WAKEUP | FDK_EPOLL_ONESHOT | FDK_EPOLL_ET)
/** @} */

/**
 * Create an empty epoll instance.
 *
 * @param out    receives the new handle (written only on success)
 * @param flags  0 (FDK_EPOLL_CLOEXEC is implied)
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  flags has unknown bits
 *   -EMFILE  the per-process limit on open descriptors, or on epoll instances per user, was
 *            reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENOMEM  not enough kernel memory for a new instance
 */
FDK_EXPORT int fdk_epoll_open(fdk_epoll *out, int flags);

/**
 * Register fd with the events to watch and a token reported with them.
 *
 * @param ep      the epoll (borrowed)
 * @param fd      descriptor to watch (borrowed: never closed by epoll)
 * @param events  FDK_EPOLL_* bits
 * @param token   returned in data.u64 of each event for fd
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   ep or fd is not an open descriptor
 *   -EEXIST  fd is already registered
 *   -EINVAL  fd is ep itself, events has unknown bits, or EXCLUSIVE is combined with other bits or
 *            used on an epoll fd
 *   -ELOOP   fd is an epoll instance and adding it would make a cycle or nest too deep
 *   -ENOMEM  not enough kernel memory for the registration
 *   -ENOSPC  the per-user limit on registrations (max_user_watches) was reached
 *   -EPERM   fd does not support epoll (a regular file or a directory)
 */
FDK_EXPORT int fdk_epoll_add(fdk_epoll ep, int fd, uint32_t events, uint64_t token);

/**
 * Change the events and token of a registered fd; re-arms a ONESHOT registration.
 *
 * @param ep      the epoll (borrowed)
 * @param fd      a registered descriptor
 * @param events  FDK_EPOLL_* bits except EXCLUSIVE
 * @param token   new token
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   ep or fd is not an open descriptor
 *   -EINVAL  events has unknown bits or EXCLUSIVE, or the registration was made with EXCLUSIVE
 *   -ENOENT  fd is not registered
 *   -ENOMEM  not enough kernel memory
 *   -EPERM   fd does not support epoll
 */
FDK_EXPORT int fdk_epoll_modify(fdk_epoll ep, int fd, uint32_t events, uint64_t token);

/**
 * Remove the registration of fd.
 *
 * @param ep  the epoll (borrowed)
 * @param fd  a registered descriptor (not closed)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   ep or fd is not an open descriptor
 *   -EINVAL  fd is ep itself
 *   -ENOENT  fd is not registered
 *   -EPERM   fd does not support epoll
 */
FDK_EXPORT int fdk_epoll_delete(fdk_epoll ep, int fd);

/**
 * Wait up to timeout_ms milliseconds (-1 = forever, 0 = poll) for events and store up to max of
 * them. A signal handler interrupts the wait with -EINTR; the call is not restarted so the caller
 * can recompute its timeout.
 *
 * @param ep          the epoll (borrowed)
 * @param events      receives the ready events
 * @param max         capacity of events, > 0
 * @param timeout_ms  milliseconds; -1 waits forever (other negatives are -EINVAL)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   ep is not an open descriptor
 *   -EINTR   a signal handler ran before any event arrived
 *   -EINVAL  ep is not an epoll instance, max is not positive, or timeout_ms is below -1
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_epoll_wait(fdk_epoll ep, struct epoll_event *events, int max, int timeout_ms)
{
    int r;

    if (!events)
        return -EINVAL;
    if (max <= 0)
        return -EINVAL;
    if (timeout_ms < -1)
        return -EINVAL; /* only -1 waits forever; the kernel would take any negative as that */
    r = epoll_wait(ep.fd, events, max, timeout_ms);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return r;
}
#else
FDK_EXPORT int fdk_epoll_wait(fdk_epoll ep, struct epoll_event *events, int max, int timeout_ms);
#endif

/**
 * As fdk_epoll_wait(), with the thread's signal mask atomically replaced by mask for the duration
 * of the wait (NULL keeps the current mask).
 *
 * @param ep          the epoll (borrowed)
 * @param events      receives the ready events
 * @param max         capacity of events, > 0
 * @param timeout_ms  milliseconds; -1 waits forever (other negatives are -EINVAL)
 * @param mask        signal mask during the wait; NULL = unchanged
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   ep is not an open descriptor
 *   -EINTR   a signal handler ran before any event arrived
 *   -EINVAL  ep is not an epoll instance, max is not positive, or timeout_ms is below -1
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_epoll_pwait(fdk_epoll ep, struct epoll_event *events, int max, int timeout_ms, const sigset_t *mask)
{
    int r;

    if (ep.fd < 0)
        return -EBADF;
    if (!events)
        return -EINVAL;
    if (max <= 0)
        return -EINVAL;
    if (timeout_ms < -1)
        return -EINVAL; /* only -1 waits forever; the kernel would take any negative as that */
    r = epoll_pwait(ep.fd, events, max, timeout_ms, mask);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return r;
}
#else
FDK_EXPORT int fdk_epoll_pwait(fdk_epoll ep, struct epoll_event *events, int max, int timeout_ms, const sigset_t *mask);
#endif

/**
 * As fdk_epoll_pwait() with a nanosecond timeout (NULL waits forever). Uses the libc wrapper where
 * libc has one, else the raw system call.
 *
 * @param ep       the epoll (borrowed)
 * @param events   receives the ready events
 * @param max      capacity of events, > 0
 * @param timeout  relative timeout; NULL waits forever
 * @param mask     signal mask during the wait; NULL = unchanged
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 5.11, glibc 2.35.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   ep is not an open descriptor
 *   -EINTR   a signal handler ran before any event arrived
 *   -EINVAL  ep is not an epoll instance, max is not positive, or the timeout is not a valid
 *            timespec
 *   -ENOSYS  the kernel is older than 5.11
 */
FDK_EXPORT int fdk_epoll_pwait2(fdk_epoll ep, struct epoll_event *events, int max, const struct timespec *timeout, const sigset_t *mask);

/**
 * Set the set's busy-poll parameters: while a thread waits on it, the kernel polls the network
 * devices' queues of the sockets it watches for up to busy_poll_usecs before sleeping, trading CPU
 * for latency (as SO_BUSY_POLL does per socket). Every field is taken as given.
 *
 * @param ep      the epoll (borrowed)
 * @param params  the parameters; pad must be 0
 *
 * Never blocks. Since Linux 6.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   ep is not an open descriptor
 *   -EFAULT  params points outside the address space
 *   -EINVAL  params is NULL, busy_poll_usecs is above INT32_MAX, prefer_busy_poll is above 1, or
 *            pad is not 0
 *   -ENOTTY  the kernel predates busy-poll parameters (6.9), or ep is not an epoll instance
 *   -EPERM   a busy_poll_budget above 64 (NAPI_POLL_WEIGHT) without CAP_NET_ADMIN
 */
FDK_EXPORT int fdk_epoll_set_busy_poll(fdk_epoll ep, const struct fdk_epoll_busy_poll *params);

/**
 * Read the set's busy-poll parameters (all zero until fdk_epoll_set_busy_poll()).
 *
 * @param ep      the epoll (borrowed)
 * @param params  receives the parameters (written only on success: the kernel copies them out
 *                last)
 *
 * Never blocks. Since Linux 6.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   ep is not an open descriptor
 *   -EFAULT  params points outside the address space
 *   -EINVAL  params is NULL
 *   -ENOTTY  the kernel predates busy-poll parameters (6.9), or ep is not an epoll instance
 */
FDK_EXPORT int fdk_epoll_get_busy_poll(fdk_epoll ep, struct fdk_epoll_busy_poll *params);

/**
 * List what the epoll set watches, from /proc/thread-self/fdinfo (the kernel has no call for it):
 * up to max registrations into regs, and the total count returned, so a return above max says regs
 * was too small. The list is a snapshot: other threads may change the set.
 *
 * @param ep    the epoll (borrowed)
 * @param regs  receives the registrations
 * @param max   room in regs (> 0)
 *
 * Never blocks. EINTR is retried. Since Linux 3.8.
 *
 * @return the number of registrations (more than max when regs was too small), or a negative errno:
 *   -EBADF   ep is not an open descriptor
 *   -EINVAL  regs is NULL or max is 0, or ep is not an epoll instance
 *   -ENOENT  /proc is not mounted
 *   -ENOMEM  not enough memory to read the list
 */
FDK_EXPORT int fdk_epoll_registrations(fdk_epoll ep, struct fdk_epoll_registration *regs, size_t max);

/**
 * Close the epoll and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_epoll_close(fdk_epoll *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_epoll fdk_epoll_adopt(int fd)
{
    fdk_epoll h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_epoll_release(fdk_epoll *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#include <fdkit/epoll-inline.h>

#endif /* FDKIT_EPOLL_H */
