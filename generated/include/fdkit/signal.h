/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/signal.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/signal.h
 * Signals without the traps. Sets and names ("SIGINT", "SIGRTMIN+3") with the realtime range as
 * libc defines it at run time; the calling thread's mask (which fdkit never changes unless asked);
 * a thread-creation helper that starts threads with every signal blocked, so a signalfd sees
 * signals no matter which thread they were sent to; every siginfo record decoded into struct
 * fdk_siginfo; reaping every exited child in one call; and an async-signal-safe reset of handlers
 * and mask for a child about to exec.
 *
 * See signal(7), sigaction(2), pthread_sigmask(3), waitid(2).
 */
#ifndef FDKIT_SIGNAL_H
#define FDKIT_SIGNAL_H

#include <fdkit/common.h>

#include <signal.h>
#include <pthread.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <fdkit/signal-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * Make *set empty (no signals).
 *
 * @param set  the set to clear
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL
 */
FDK_EXPORT int fdk_signal_set_empty(sigset_t *set);

/**
 * Make *set hold every signal but the C library's own (32 up to SIGRTMIN - 1, as sigfillset does:
 * a signalfd watching them would hang setuid() and lose thread cancellations). SIGKILL and SIGSTOP
 * are included; blocking them has no effect.
 *
 * @param set  the set to fill
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL
 */
FDK_EXPORT int fdk_signal_set_fill(sigset_t *set);

/**
 * Add signal signo to *set. The C library's own signals (32 up to SIGRTMIN - 1, glibc's thread
 * cancellation and setuid broadcast) are refused, as glibc's sigaddset refuses them: no set fdkit
 * makes can hand one to a signalfd or a dispatcher, which refuse them too.
 * fdk_signal_set_contains(), fdk_signal_set_del() and the names take every signal.
 *
 * @param set    the set
 * @param signo  1..fdk_signal_rtmax()
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL, signo is not a valid signal number, or it is one of the C library's own
 *            (32 up to SIGRTMIN - 1)
 */
FDK_EXPORT int fdk_signal_set_add(sigset_t *set, int signo);

/**
 * Remove signal signo from *set.
 *
 * @param set    the set
 * @param signo  1..fdk_signal_rtmax()
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL or signo is not a valid signal number
 */
FDK_EXPORT int fdk_signal_set_del(sigset_t *set, int signo);

/**
 * 1 if signo is in *set, 0 if not.
 *
 * @param set    the set
 * @param signo  1..fdk_signal_rtmax()
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  set is NULL or signo is not a valid signal number
 */
FDK_EXPORT int fdk_signal_set_contains(const sigset_t *set, int signo);

/**
 * Make *set hold exactly the n signals in sigs (nothing is written if one is invalid or one of the
 * C library's own, as for fdk_signal_set_add()).
 *
 * @param set   receives the set
 * @param sigs  signal numbers
 * @param n     how many
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL, sigs is NULL with n > 0, or a number is not a valid signal or is one of
 *            the C library's own (32 up to SIGRTMIN - 1)
 */
FDK_EXPORT int fdk_signal_set_from_list(sigset_t *set, const int *sigs, size_t n);

/**
 * The smallest signal in *set greater than after, or 0 when there is none: `for (s =
 * fdk_signal_set_next(&set, 0); s > 0; s = fdk_signal_set_next(&set, s))`.
 *
 * @param set    the set
 * @param after  0 to start, then the last signal returned
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  set is NULL or after is negative
 */
FDK_EXPORT int fdk_signal_set_next(const sigset_t *set, int after);

/**
 * SIGRTMIN as the C library defines it at run time (glibc keeps the first realtime signals for
 * itself).
 *
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  never returned
 */
FDK_EXPORT int fdk_signal_rtmin(void);

/**
 * SIGRTMAX, the highest signal number.
 *
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  never returned
 */
FDK_EXPORT int fdk_signal_rtmax(void);

/**
 * Write the name of signo into buf: "SIGINT", or "SIGRTMIN+3" / "SIGRTMAX-1" for realtime signals
 * (relative to the run-time range). Returns the length.
 *
 * @param signo  the signal
 * @param buf    destination (16 bytes are always enough)
 * @param size   size of buf
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  signo is not a valid signal number, or buf is NULL
 *   -ERANGE  buf is too small for the name and its NUL
 */
FDK_EXPORT int fdk_signal_name(int signo, char *buf, size_t size);

/**
 * Read a signal from text: "SIGINT", "INT", "sigint", "SIGRTMIN", "SIGRTMIN+3", "RTMAX-2" or a
 * number ("15"). *signo is written only on success.
 *
 * @param text   the text
 * @param signo  receives the signal number
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  text or signo is NULL, or text names no signal (an offset out of the realtime range
 *            included)
 */
FDK_EXPORT int fdk_signal_parse(const char *text, int *signo);

/**
 * Add *set to the calling thread's mask (pthread_sigmask SIG_BLOCK); the previous mask goes to
 * *old if it is not NULL. Other threads are not affected: a signal blocked here can still be
 * delivered to a thread that has it unblocked, where a signalfd never sees it. Block before
 * creating threads, or create them with fdk_signal_thread_create_blocked().
 *
 * @param set  signals to block
 * @param old  receives the previous mask; may be NULL
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL
 */
FDK_EXPORT int fdk_signal_mask_block(const sigset_t *set, sigset_t *old);

/**
 * Remove *set from the calling thread's mask (SIG_UNBLOCK); the previous mask goes to *old if not
 * NULL.
 *
 * @param set  signals to unblock
 * @param old  receives the previous mask; may be NULL
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL
 */
FDK_EXPORT int fdk_signal_mask_unblock(const sigset_t *set, sigset_t *old);

/**
 * Replace the calling thread's mask with *set (SIG_SETMASK); the previous mask goes to *old if not
 * NULL.
 *
 * @param set  the new mask
 * @param old  receives the previous mask; may be NULL
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  set is NULL
 */
FDK_EXPORT int fdk_signal_mask_set(const sigset_t *set, sigset_t *old);

/**
 * pthread_create() with every signal blocked in the new thread (the caller's mask is restored
 * before returning), so signals meant for a signalfd are never taken by this thread.
 *
 * @param thread  receives the thread id
 * @param attr    attributes, or NULL
 * @param fn      start routine
 * @param arg     its argument
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN  a thread limit was reached or memory ran out
 *   -EINVAL  thread or fn is NULL, or attr is invalid
 *   -EPERM   attr asks for a scheduling policy the caller may not set
 */
FDK_EXPORT int fdk_signal_thread_create_blocked(pthread_t *thread, const pthread_attr_t *attr, fdk_thread_fn fn, void *arg);

/**
 * Decode a record read from a signalfd into *out (every field meaningful, the rest 0).
 *
 * @param in   the 128-byte record
 * @param out  receives the decoded record
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  in or out is NULL, or the record's signal number is invalid
 */
FDK_EXPORT int fdk_signal_decode(const struct signalfd_siginfo *in, struct fdk_siginfo *out);

/**
 * Decode a siginfo_t (from a SA_SIGINFO handler, sigwaitinfo or waitid) into *out.
 *
 * @param in   the record
 * @param out  receives the decoded record
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  in or out is NULL, or the record's signal number is invalid
 */
#if FDK__VIS_POSIX1993 /* its types are hidden in strict ISO modes (fdkit/common.h) */
FDK_EXPORT int fdk_signal_decode_siginfo(const siginfo_t *in, struct fdk_siginfo *out);
#endif

/**
 * Write a one-line description of a decoded record for logs, e.g. "SIGCHLD (CLD_EXITED) from
 * kernel: child 4242 exited with status 3" or "SIGRTMIN+2 (SI_QUEUE) from sigqueue by pid 17 uid
 * 1000: value 7 (ptr 0x7)". Returns the length; the text is cut (and NUL-terminated) if buf is too
 * small, like snprintf, so the return can exceed size - 1.
 *
 * @param info  the decoded record
 * @param buf   destination
 * @param size  size of buf
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  info is NULL, or buf is NULL with size > 0
 */
FDK_EXPORT int fdk_signal_format(const struct fdk_siginfo *info, char *buf, size_t size);

/**
 * Write the name of si_code value code for signal signo into buf ("SI_QUEUE", "CLD_EXITED",
 * "SEGV_MAPERR", "POLL_IN", ...). Returns the length.
 *
 * @param signo  the signal the code came with
 * @param code   the si_code
 * @param buf    destination (24 bytes are always enough)
 * @param size   size of buf
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  buf is NULL
 *   -ENOENT  this code has no name for this signal
 *   -ERANGE  buf is too small for the name and its NUL
 */
FDK_EXPORT int fdk_signal_code_name(int signo, int code, char *buf, size_t size);

/**
 * Reap every child that has exited, without waiting (waitid WEXITED | WNOHANG until none is left,
 * since SIGCHLDs coalesce): up to max of them are decoded into out. Returns how many were reaped;
 * when it equals max, call again. 0 means none had exited; -ECHILD that there are no children at
 * all. It reaps every exited child, including ones other code (waitpid, system(), fdk_pidfd_wait)
 * means to wait for; use pidfds instead when that matters. Only exits are reaped (stopped and
 * continued children are reported by SIGCHLD records, not here), and children already reaped are
 * returned even if a later waitid fails.
 *
 * @param out  receives one record per child (detail.child)
 * @param max  room in out (> 0)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -ECHILD  the process has no children (or SIGCHLD is ignored, so none are kept)
 *   -EINVAL  out is NULL or max is 0
 */
FDK_EXPORT int fdk_signal_reap_children(struct fdk_siginfo *out, size_t max);

/**
 * In a child between fork and exec: set every signal's disposition to SIG_DFL and unblock every
 * signal. Async-signal-safe (only sigaction and sigprocmask), so it may be called after fork() in
 * a multithreaded program. Ignored signals stay ignored across exec otherwise, and the mask is
 * always inherited - a classic source of programs that cannot be interrupted.
 *
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  never returned
 */
FDK_EXPORT int fdk_signal_reset_for_exec(void);

FDK_END_DECLS

#endif /* FDKIT_SIGNAL_H */
