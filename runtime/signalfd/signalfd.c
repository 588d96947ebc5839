/* SPDX-License-Identifier: MIT */
/*
 * signalfd: creation (optionally blocking the mask in the calling thread)
 * and batch reads of 128-byte records.  set_mask and close are generated
 * from spec/signalfd.yaml.
 */
#include "fdk-internal.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#define REC_SIZE sizeof(struct signalfd_siginfo)

_Static_assert(sizeof(struct signalfd_siginfo) == 128, "a signalfd record is 128 bytes");
/* Our own bit must never reach the kernel, nor collide with one it knows. */
_Static_assert((FDK_SIGNALFD_BLOCK & (FDK_SIGNALFD_NONBLOCK | FDK_SIGNALFD_CLOEXEC)) == 0,
               "FDK_SIGNALFD_BLOCK overlaps a kernel flag");

int fdk_signalfd_open(fdk_signalfd *out, const sigset_t *mask, int flags)
{
    sigset_t old;
    int fd, err;

    if (!out || !mask)
        return -EINVAL;
    if (flags & ~FDK_SIGNALFD_OPEN_ALL)
        return -EINVAL;
    if (fdk__sigset_has_libc_reserved(mask))
        return -EINVAL; /* the C library's own signals (see fdk-internal.h) */

    /*
     * BLOCK: block first, then create the fd, so a signal arriving in between
     * is queued for the fd rather than handled the default way (which for
     * SIGTERM would end the process).  If the fd cannot be made, the old mask
     * comes back: nothing changed.  pthread_sigmask returns the error number.
     */
    if (flags & FDK_SIGNALFD_BLOCK) {
        err = pthread_sigmask(SIG_BLOCK, mask, &old);
        if (err != 0)
            return -err;
    }
    /* Creating a signalfd never waits; the kernel does not report EINTR for it. */
    fd = signalfd(-1, mask, (flags & ~FDK_SIGNALFD_BLOCK) | SFD_CLOEXEC);
    if (fd < 0) {
        err = FDK__NEG_ERRNO();
        if (flags & FDK_SIGNALFD_BLOCK)
            pthread_sigmask(SIG_SETMASK, &old, NULL);
        return err;
    }
    out->fd = fd;
    return 0;
}

int fdk_signalfd_set_mask(fdk_signalfd sfd, const sigset_t *mask)
{
    if (sfd.fd < 0)
        return -EBADF;
    if (!mask)
        return -EINVAL;
    if (fdk__sigset_has_libc_reserved(mask))
        return -EINVAL; /* the C library's own signals (see fdk-internal.h) */
    /* Replacing the mask never waits; the kernel does not report EINTR for it. */
    if (signalfd(sfd.fd, mask, 0) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

ssize_t fdk_signalfd_read(fdk_signalfd sfd, struct signalfd_siginfo *recs, size_t max)
{
    ssize_t n;

    if (sfd.fd < 0)
        return -EBADF;
    if (!recs || max == 0)
        return -EINVAL;
    /* read() cannot report more than SSIZE_MAX bytes. */
    if (max > (size_t)SSIZE_MAX / REC_SIZE)
        max = (size_t)SSIZE_MAX / REC_SIZE;

    /*
     * This call waits (unless the fd is non-blocking), so EINTR goes back to
     * the caller: the handler that ran may be the reason to stop waiting.
     */
    n = read(sfd.fd, recs, max * REC_SIZE);
    if (n < 0)
        return FDK__NEG_ERRNO();
    /* The kernel hands out whole records only; anything else is not a signalfd. */
    if (n == 0 || (size_t)n % REC_SIZE != 0)
        return -EIO;
    return n / (ssize_t)REC_SIZE;
}
