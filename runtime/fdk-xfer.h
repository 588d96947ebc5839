/* SPDX-License-Identifier: MIT */
/*
 * Internal helpers shared by the kernel-side transfer loops
 * (fdk_splice_all, fdk_sendfile_all, fdk_copy_all): argument checks, chunk
 * sizing, progress reporting and the deadline wait.  Not installed.
 */
#ifndef FDK_XFER_H
#define FDK_XFER_H

#include "fdk-internal.h"

#include <limits.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

/*
 * The largest request one call makes.  Linux moves at most
 * INT_MAX & PAGE_MASK bytes per splice/sendfile/copy_file_range call anyway;
 * a power of two below that keeps every call portable and far below
 * SSIZE_MAX on 32-bit targets too.
 */
#define FDK__XFER_CHUNK ((size_t)1 << 30)

static inline void fdk__xfer_set_done(size_t *ret_done, size_t done)
{
    if (ret_done)
        *ret_done = done;
}

/*
 * A deadline is an absolute CLOCK_MONOTONIC time.  That clock starts at 0, so
 * a negative tv_sec is malformed (and refusing it keeps the subtraction in
 * fdk__xfer_timeout_ms free of overflow: both operands are then >= 0).
 */
static inline bool fdk__xfer_deadline_ok(const struct timespec *deadline)
{
    return !deadline || (deadline->tv_sec >= 0 && deadline->tv_nsec >= 0 &&
                         deadline->tv_nsec < 1000000000L);
}

/* An explicit offset must be non-negative (the kernel would say EINVAL after the first call). */
static inline bool fdk__xfer_offset_ok(const int64_t *off)
{
    return !off || *off >= 0;
}

/*
 * The size of the next request: what is left of len (or a whole chunk when
 * copying to EOF), at most FDK__XFER_CHUNK.  0 means the loop is finished
 * (finite len) or that the progress counter itself would overflow (to EOF on
 * a 32-bit size_t): the caller tells them apart with `len == FDK_TO_EOF`.
 */
static inline size_t fdk__xfer_want(size_t len, size_t done)
{
    size_t left = (len == FDK_TO_EOF ? SIZE_MAX : len) - done;
    return left < FDK__XFER_CHUNK ? left : FDK__XFER_CHUNK;
}

/*
 * Milliseconds from now until the absolute CLOCK_MONOTONIC deadline, rounded
 * up (so a poll never wakes before the deadline and spins), 0 once it has
 * passed, at most INT_MAX.  Returns -errno if the clock cannot be read.
 * deadline->tv_sec >= 0 (fdk__xfer_deadline_ok) and now.tv_sec >= 0, so
 * neither difference can overflow.
 */
static inline int fdk__xfer_timeout_ms(const struct timespec *deadline, int *ret_ms)
{
    struct timespec now;
    int64_t sec, nsec, ms;

    if (clock_gettime(CLOCK_MONOTONIC, &now) < 0)
        return FDK__NEG_ERRNO();
    sec = (int64_t)deadline->tv_sec - (int64_t)now.tv_sec;
    nsec = (int64_t)deadline->tv_nsec - (int64_t)now.tv_nsec;
    if (nsec < 0) {
        nsec += 1000000000;
        sec--;
    }
    if (sec < 0)
        ms = 0;
    else if (sec >= INT_MAX / 1000)
        ms = INT_MAX; /* far away: wake up once in ~24 days and look again */
    else
        ms = sec * 1000 + (nsec + 999999) / 1000000;
    *ret_ms = ms > INT_MAX ? INT_MAX : (int)ms;
    return 0;
}

/*
 * Wait until fd_in is readable and fd_out is writable (either may be -1: not
 * waited for), or until the deadline (NULL: no limit) → -ETIMEDOUT.  A side
 * counts as ready on any event, POLLERR/POLLHUP/POLLNVAL included: the next
 * transfer call then reports the real condition (EOF, EPIPE, EBADF).  EINTR
 * restarts the wait with the time that is left.
 *
 * Once the deadline has passed the wait says -ETIMEDOUT at once, without
 * polling: a call made after the deadline gets exactly one attempt, however
 * often poll would call the fds ready while the call keeps saying EAGAIN.
 */
static inline int fdk__xfer_wait(int fd_in, int fd_out, const struct timespec *deadline)
{
    struct pollfd p[2] = {{.fd = fd_in, .events = POLLIN}, {.fd = fd_out, .events = POLLOUT}};

    if (fd_in < 0 && fd_out < 0)
        return 0; /* nothing to wait for (poll would sleep on no fds at all) */
    for (;;) {
        int ms = -1, n, r;

        if (deadline) {
            if ((r = fdk__xfer_timeout_ms(deadline, &ms)) < 0)
                return r;
            if (ms == 0)
                return -ETIMEDOUT;
        }
        n = poll(p, 2, ms);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return FDK__NEG_ERRNO();
        }
        /* A ready side stays ready for this wait: poll skips negative fds. */
        for (int i = 0; i < 2; i++)
            if (p[i].revents)
                p[i].fd = -1;
        if (p[0].fd < 0 && p[1].fd < 0)
            return 0;
    }
}

/*
 * What a loop does when a call said -EAGAIN: without a deadline hand it back
 * (the caller resumes with the progress it got); with one, wait for the fds.
 */
static inline int fdk__xfer_again(int fd_in, int fd_out, const struct timespec *deadline)
{
    if (!deadline)
        return -EAGAIN;
    return fdk__xfer_wait(fd_in, fd_out, deadline);
}

/*
 * The sendfile loop behind fdk_sendfile_all, also fdk_copy_all's second
 * method.  Arguments are already validated; *offset (if not NULL) is advanced
 * by exactly the bytes sent, *ret_done always written.
 */
int fdk__sendfile_loop(int in_fd, int64_t *offset, int out_fd, size_t len,
                       const struct timespec *deadline, size_t *ret_done);

#endif /* FDK_XFER_H */
