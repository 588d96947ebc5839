/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sigdispatch.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/sigdispatch.h
 * A signal dispatcher: register a callback for each signal you handle, or an action (terminate,
 * dump core, ignore, stop) for signals you only want handled the default way, and let the
 * dispatcher read its signalfd and call them. Put fdk_sigdispatch_fd() in an epoll set and call
 * fdk_sigdispatch_dispatch() when it is readable, or wait with fdk_sigdispatch_run(). Callbacks
 * run in the caller's thread, outside any signal handler, so they may do anything. Signals must be
 * blocked in every thread to reach the dispatcher: FDK_SIGDISPATCH_BLOCK blocks each one in the
 * calling thread as it is added (fdkit never changes the mask unless asked).
 *
 * See signalfd(2), signal(7).
 */
#ifndef FDKIT_SIGDISPATCH_H
#define FDKIT_SIGDISPATCH_H

#include <fdkit/common.h>

#include <signal.h>
#include <sys/signalfd.h>
#include <fdkit/sigdispatch-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * @name Flags for fdk_sigdispatch_on() and fdk_sigdispatch_set_action().
 * - FDK_SIGDISPATCH_BLOCK: Block the signal in the calling thread once it is watched
 *   (pthread_sigmask SIG_BLOCK).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_SIGDISPATCH_BLOCK 0x00000001 /* fdkit's own bit */
#else /* an architecture without a lock: the system headers' values */
#define FDK_SIGDISPATCH_BLOCK 0x00000001 /* fdkit's own bit */
#endif
/** Every bit fdk_sigdispatch accepts in this set. */
#define FDK_SIGDISPATCH_WATCH_ALL (FDK_SIGDISPATCH_BLOCK)
/** @} */

/**
 * Create a dispatcher watching no signal (its signalfd is CLOEXEC and non-blocking).
 *
 * @param out  receives the dispatcher
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENOMEM  not enough memory
 */
FDK_EXPORT int fdk_sigdispatch_new(fdk_sigdispatch **out);

/**
 * Close the dispatcher's signalfd and free it. The signal mask is left as it is (unblock the
 * signals yourself if you blocked them). NULL is a no-op.
 *
 * @param d  the dispatcher, or NULL
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF  the dispatcher's fd was closed behind its back
 */
FDK_EXPORT int fdk_sigdispatch_free(fdk_sigdispatch *d);

/**
 * Call cb(info, arg) for every signo that arrives (replacing any earlier callback or action for
 * it). signo is added to the signalfd's mask.
 *
 * @param d      the dispatcher
 * @param signo  the signal (not SIGKILL or SIGSTOP)
 * @param cb     the callback
 * @param arg    passed to cb
 * @param flags  0 or FDK_SIGDISPATCH_BLOCK
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   the dispatcher's fd was closed behind its back (nothing changed)
 *   -EINVAL  d or cb is NULL, signo is not a valid catchable signal (SIGKILL, SIGSTOP and the C
 *            library's own 32..SIGRTMIN-1 are not), or flags has unknown bits
 *   -ENOMEM  the signalfd's set could not be updated (nothing changed)
 */
FDK_EXPORT int fdk_sigdispatch_on(fdk_sigdispatch *d, int signo, fdk_sig_callback cb, void *arg, int flags);

/**
 * Watch signo and handle it with action instead of a callback: terminate, dump core, ignore or
 * stop (FDK_SIG_ACTION_DEFAULT: what the signal would do by default). The action is carried out by
 * the dispatcher, so cleanup code registered for other signals still runs in order.
 *
 * @param d       the dispatcher
 * @param signo   the signal (not SIGKILL or SIGSTOP)
 * @param action  FDK_SIG_ACTION_*
 * @param flags   0 or FDK_SIGDISPATCH_BLOCK
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   the dispatcher's fd was closed behind its back (nothing changed)
 *   -EINVAL  d is NULL, signo is not a valid catchable signal, action is unknown, or flags has
 *            unknown bits
 *   -ENOMEM  the signalfd's set could not be updated (nothing changed)
 */
FDK_EXPORT int fdk_sigdispatch_set_action(fdk_sigdispatch *d, int signo, enum fdk_sig_action action, int flags);

/**
 * Stop watching signo (it leaves the signalfd's mask; the signal mask is not touched). SIGKILL and
 * SIGSTOP are accepted and do nothing.
 *
 * @param d      the dispatcher
 * @param signo  the signal
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   the dispatcher's fd was closed behind its back (nothing changed)
 *   -EINVAL  d is NULL or signo is not a valid signal
 *   -ENOMEM  the signalfd's set could not be updated (nothing changed)
 */
FDK_EXPORT int fdk_sigdispatch_off(fdk_sigdispatch *d, int signo);

/**
 * The dispatcher's signalfd, to watch for EPOLLIN in an epoll set (borrowed; do not close it).
 *
 * @param d  the dispatcher
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  d is NULL
 */
FDK_EXPORT int fdk_sigdispatch_fd(const fdk_sigdispatch *d);

/**
 * Read the pending signals (without waiting; at most 64 per call, so a callback that re-raises its
 * signal cannot keep the caller here) and call each one's callback or carry out its action, in
 * arrival order. The fd stays readable while more are pending. Returns how many were handled (0
 * when none was pending); records of a signal turned off by an earlier callback of the same batch
 * are dropped and not counted. A callback may call on, set_action and off, but must not free the
 * dispatcher.
 *
 * @param d  the dispatcher
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   the dispatcher's fd was closed behind its back
 *   -EINVAL  d is NULL
 *   -EIO     the signalfd returned a partial record
 */
FDK_EXPORT int fdk_sigdispatch_dispatch(fdk_sigdispatch *d);

/**
 * Wait up to timeout_ms (-1: no limit) for a signal, then dispatch every pending one. Returns how
 * many were handled (0 on timeout); a signal handler running during the wait ends it with -EINTR.
 *
 * @param d           the dispatcher
 * @param timeout_ms  most milliseconds to wait, -1 for no limit
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   the dispatcher's fd was closed behind its back
 *   -EINTR   a signal handler ran while waiting
 *   -EINVAL  d is NULL or timeout_ms is below -1
 */
FDK_EXPORT int fdk_sigdispatch_run(fdk_sigdispatch *d, int timeout_ms);

FDK_END_DECLS

#endif /* FDKIT_SIGDISPATCH_H */
