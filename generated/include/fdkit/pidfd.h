/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/pidfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/pidfd.h
 * A descriptor that refers to one process. It cannot be confused with a later process that reuses
 * the pid; it becomes readable (POLLIN, so it can sit in an epoll set) when the process exits;
 * signals can be sent through it and a child can be waited for through it. Code that must not
 * touch SIGCHLD (a library, a program with other child-reaping code) can manage its own children
 * this way.
 *
 * See pidfd_open(2), pidfd_send_signal(2), waitid(2).
 */
#ifndef FDKIT_PIDFD_H
#define FDKIT_PIDFD_H

#include <fdkit/common.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <fdkit/pidfd-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * A process descriptor. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_pidfd_close() releases it.
 */
typedef struct fdk_pidfd {
    int fd;
} fdk_pidfd;

/**
 * @name Flags for fdk_pidfd_open().
 * - FDK_PIDFD_NONBLOCK: PIDFD_NONBLOCK (which is O_NONBLOCK; <linux/pidfd.h> clashes with
 *   <fcntl.h>) - fdk_pidfd_wait() on a child that has not exited gives
 *   -EAGAIN instead of waiting (Linux 5.10).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_PIDFD_NONBLOCK 0x00000800u
#else /* an architecture without a lock: the system headers' values */
#define FDK_PIDFD_NONBLOCK O_NONBLOCK
#endif
/** Every bit fdk_pidfd accepts in this set. */
#define FDK_PIDFD_OPEN_ALL (FDK_PIDFD_NONBLOCK)
/** @} */

/**
 * @name What fdk_pidfd_wait() reports, besides an exit.
 * - FDK_PIDFD_WAIT_STOPPED: Also report the child stopping.
 * - FDK_PIDFD_WAIT_CONTINUED: Also report the child continuing after SIGCONT.
 * - FDK_PIDFD_WAIT_NOHANG: Do not wait: -EAGAIN when there is nothing to report.
 * - FDK_PIDFD_WAIT_NOWAIT: Leave an exited child waitable (do not reap it).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_PIDFD_WAIT_STOPPED   0x00000002
#define FDK_PIDFD_WAIT_CONTINUED 0x00000008
#define FDK_PIDFD_WAIT_NOHANG    0x00000001
#define FDK_PIDFD_WAIT_NOWAIT    0x01000000
#else /* an architecture without a lock: the system headers' values */
#define FDK_PIDFD_WAIT_STOPPED   WSTOPPED
#define FDK_PIDFD_WAIT_CONTINUED WCONTINUED
#define FDK_PIDFD_WAIT_NOHANG    WNOHANG
#define FDK_PIDFD_WAIT_NOWAIT    WNOWAIT
#endif
/** Every bit fdk_pidfd accepts in this set. */
#define FDK_PIDFD_WAIT_ALL \
    (FDK_PIDFD_WAIT_STOPPED | FDK_PIDFD_WAIT_CONTINUED | FDK_PIDFD_WAIT_NOHANG | \
     FDK_PIDFD_WAIT_NOWAIT)
/** @} */

/**
 * Open a descriptor for process pid (which must exist and, for fdk_pidfd_wait(), be a child of the
 * caller). Always close on exec.
 *
 * @param out    receives the handle (written only on success)
 * @param pid    the process (> 0)
 * @param flags  0 or FDK_PIDFD_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 5.3, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL, pid is not positive, or flags has unknown bits (NONBLOCK needs Linux
 *            5.10)
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENODEV  the anonymous-inode device could not be mounted
 *   -ENOMEM  not enough kernel memory
 *   -ENOSYS  the kernel has no pidfd_open (before Linux 5.3)
 *   -ESRCH   no process has this pid, or it names a thread that is not a thread-group leader (the
 *            kernel's ENOENT or EINVAL for that is reported as ESRCH on every version)
 */
FDK_EXPORT int fdk_pidfd_open(fdk_pidfd *out, pid_t pid, unsigned int flags);

/**
 * Send signal signo to the process (pidfd_send_signal). signo 0 only checks that the process still
 * exists and may be signalled. The process is the one the fd was opened for, even if its pid was
 * reused.
 *
 * @param p      the pidfd (borrowed)
 * @param signo  the signal, or 0 to check
 *
 * Never blocks. EINTR is retried. Since Linux 5.3, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   p is not an open pidfd
 *   -EINVAL  signo is not a valid signal
 *   -ENOSYS  the kernel has no pidfd_send_signal (before Linux 5.1)
 *   -EPERM   the caller may not signal this process
 *   -ESRCH   the process has exited (and been reaped)
 */
FDK_EXPORT int fdk_pidfd_send_signal(fdk_pidfd p, int signo);

/**
 * Wait for the child to exit (waitid P_PIDFD, WEXITED plus options) and decode what happened into
 * *out (detail.child). The child is reaped unless FDK_PIDFD_WAIT_NOWAIT. A signal handler ends the
 * wait with -EINTR. Needs Linux 5.4 (waitid P_PIDFD).
 *
 * @param p        the pidfd (borrowed)
 * @param out      receives the child's status
 * @param options  0 or FDK_PIDFD_WAIT_* bits
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 5.3, glibc
 * 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN  WAIT_NOHANG (or a NONBLOCK pidfd) and the child has nothing to report
 *   -EBADF   p is not an open pidfd
 *   -ECHILD  the process is not a child of the caller, or was already reaped
 *   -EINTR   a signal handler ran while waiting
 *   -EINVAL  out is NULL or options has unknown bits (or the kernel is older than 5.4, which has
 *            no waitid P_PIDFD)
 */
FDK_EXPORT int fdk_pidfd_wait(fdk_pidfd p, struct fdk_siginfo *out, int options);

/**
 * Close the pidfd and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 5.3, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_pidfd_close(fdk_pidfd *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_pidfd fdk_pidfd_adopt(int fd)
{
    fdk_pidfd h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_pidfd_release(fdk_pidfd *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_PIDFD_H */
