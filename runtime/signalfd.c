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
    int fd, err;

    if (!out || !mask)
        return -EINVAL;
    if (flags & ~FDK_SIGNALFD_OPEN_ALL)
        return -EINVAL;

    /* Creating a signalfd never waits; the kernel does not report EINTR for it. */
    fd = signalfd(-1, mask, (flags & ~FDK_SIGNALFD_BLOCK) | SFD_CLOEXEC);
    if (fd < 0)
        return FDK__NERRNO();

    if (flags & FDK_SIGNALFD_BLOCK) {
        /*
         * Only after the fd exists, so a failed open leaves the mask as it
         * was.  pthread_sigmask returns the error number instead of setting
         * errno.  It can fail only for a bad `how`, which we never pass, but
         * the promise is "closed and nothing changed", so keep it honest.
         */
        err = pthread_sigmask(SIG_BLOCK, mask, NULL);
        if (err != 0) {
            close(fd); /* never retried: the fd is gone whatever close says */
            return -err;
        }
    }

    out->fd = fd;
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
        return FDK__NERRNO();
    /* The kernel hands out whole records only; anything else is not a signalfd. */
    if (n == 0 || (size_t)n % REC_SIZE != 0)
        return -EIO;
    return n / (ssize_t)REC_SIZE;
}
