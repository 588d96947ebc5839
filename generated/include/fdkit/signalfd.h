/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/signalfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/signalfd.h
 * Signals as records read from a file descriptor, so they can wait in an epoll set with everything
 * else. A signal reaches a signalfd only while it is blocked in every thread (otherwise some
 * thread's default action or handler takes it first): open with FDK_SIGNALFD_BLOCK to block the
 * mask in the calling thread on success, and create threads with
 * fdk_signal_thread_create_blocked() (or block before creating them). fdkit never changes the
 * signal mask unless asked.
 *
 * See signalfd(2).
 */
#ifndef FDKIT_SIGNALFD_H
#define FDKIT_SIGNALFD_H

#include <fdkit/common.h>

#include <sys/signalfd.h>
#include <signal.h>

FDK_BEGIN_DECLS

/**
 * A signalfd. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_signalfd_close() releases it.
 */
typedef struct fdk_signalfd {
    int fd;
} fdk_signalfd;

/**
 * @name Flags for fdk_signalfd_open().
 * - FDK_SIGNALFD_NONBLOCK: Reads with no pending signal fail with -EAGAIN instead of blocking.
 * - FDK_SIGNALFD_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * - FDK_SIGNALFD_BLOCK: On success, also block the mask's signals in the calling thread
 *   (pthread_sigmask SIG_BLOCK), so they queue for the fd instead of being
 *   delivered. If that fails the fd is closed and nothing changed.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_SIGNALFD_NONBLOCK 0x00000800
#define FDK_SIGNALFD_CLOEXEC  0x00080000
#define FDK_SIGNALFD_BLOCK    0x40000000 /* fdkit's own bit */
#else /* an architecture without a lock: the system headers' values */
#define FDK_SIGNALFD_NONBLOCK SFD_NONBLOCK
#define FDK_SIGNALFD_CLOEXEC  SFD_CLOEXEC
#define FDK_SIGNALFD_BLOCK    0x40000000 /* fdkit's own bit */
#endif
/** Every bit fdk_signalfd accepts in this set. */
#define FDK_SIGNALFD_OPEN_ALL (FDK_SIGNALFD_NONBLOCK | FDK_SIGNALFD_CLOEXEC | FDK_SIGNALFD_BLOCK)
/** @} */

/**
 * Create a signalfd that reports the signals in *mask. Without FDK_SIGNALFD_BLOCK the signal mask
 * is not touched; with it the signals are blocked first, so none can slip past before the fd
 * exists, and the old mask is restored if the fd cannot be made. The C library's own signals (32
 * up to SIGRTMIN - 1, which fdk_signal_set_fill() leaves out like sigfillset) are refused.
 *
 * @param out    receives the handle (written only on success)
 * @param mask   signals to report (SIGKILL and SIGSTOP are ignored by the kernel)
 * @param flags  0 or FDK_SIGNALFD_NONBLOCK, FDK_SIGNALFD_BLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out or mask is NULL, flags has unknown bits, or mask holds a signal reserved by the C
 *            library
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENODEV  the anonymous-inode device could not be mounted
 *   -ENOMEM  not enough kernel memory for a new signalfd
 */
FDK_EXPORT int fdk_signalfd_open(fdk_signalfd *out, const sigset_t *mask, int flags);

/**
 * Replace the set of signals the signalfd reports (the signal mask is not touched). The C
 * library's own signals (32 up to SIGRTMIN - 1) are refused: a signalfd would take them from libc
 * and hang setuid().
 *
 * @param sfd   the signalfd (borrowed)
 * @param mask  the new set
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   sfd is not an open descriptor
 *   -EINVAL  mask is NULL or holds a signal reserved by the C library, or sfd is not a signalfd
 *   -ENOMEM  not enough kernel memory
 */
FDK_EXPORT int fdk_signalfd_set_mask(fdk_signalfd sfd, const sigset_t *mask);

/**
 * Read up to max pending signals into recs (128 bytes each; decode them with fdk_signal_decode()).
 * Returns how many were read (>= 1); blocks while none is pending unless the fd is non-blocking
 * (-EAGAIN). A signal handler running during the wait ends it with -EINTR.
 *
 * @param sfd   the signalfd (borrowed)
 * @param recs  receives the records
 * @param max   room in recs (> 0)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of entries filled, or a negative errno:
 *   -EAGAIN  no signal is pending and the fd is non-blocking
 *   -EBADF   sfd is not an open descriptor
 *   -EINTR   a signal handler ran while waiting
 *   -EINVAL  recs is NULL, max is 0, or sfd is not a signalfd
 *   -EIO     the read was not whole 128-byte records (sfd is not a signalfd)
 */
FDK_EXPORT ssize_t fdk_signalfd_read(fdk_signalfd sfd, struct signalfd_siginfo *recs, size_t max);

/**
 * Close the signalfd and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_signalfd_close(fdk_signalfd *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_signalfd fdk_signalfd_adopt(int fd)
{
    fdk_signalfd h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_signalfd_release(fdk_signalfd *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_SIGNALFD_H */
