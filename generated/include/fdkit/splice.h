/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/splice.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/splice.h
 * Zero-copy transfers through pipes. splice moves bytes between a pipe and any fd (either side may
 * be the pipe; the other side may be a file with an explicit offset), tee duplicates a pipe's
 * bytes into another pipe without consuming them, and vmsplice maps user memory into a pipe.
 * fdk_splice_all() loops until every byte has moved, reporting progress even on failure.
 *
 * See splice(2), tee(2), vmsplice(2).
 */
#ifndef FDKIT_SPLICE_H
#define FDKIT_SPLICE_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <fcntl.h>
#include <sys/uio.h>
#include <poll.h>
#include <time.h>

FDK_BEGIN_DECLS

/**
 * @name Flags for the splice calls.
 * - FDK_SPLICE_MOVE: A hint to move pages instead of copying them (currently a no-op in Linux).
 * - FDK_SPLICE_NONBLOCK: Do not block on the pipe(s); the other fd's own O_NONBLOCK still
 *   applies.
 * - FDK_SPLICE_MORE: More data will follow (like MSG_MORE on a socket).
 * - FDK_SPLICE_GIFT: vmsplice only - the pages are a gift to the kernel (page-aligned, never
 *   touched again).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_SPLICE_MOVE     0x00000001u
#define FDK_SPLICE_NONBLOCK 0x00000002u
#define FDK_SPLICE_MORE     0x00000004u
#define FDK_SPLICE_GIFT     0x00000008u
#else /* an architecture without a lock: the system headers' values */
#define FDK_SPLICE_MOVE     SPLICE_F_MOVE
#define FDK_SPLICE_NONBLOCK SPLICE_F_NONBLOCK
#define FDK_SPLICE_MORE     SPLICE_F_MORE
#define FDK_SPLICE_GIFT     SPLICE_F_GIFT
#endif
/** Every bit fdk_splice accepts in this set. */
#define FDK_SPLICE_FLAGS_ALL \
    (FDK_SPLICE_MOVE | FDK_SPLICE_NONBLOCK | FDK_SPLICE_MORE | FDK_SPLICE_GIFT)
/** @} */

/**
 * One splice(2) call: move up to len bytes from fd_in to fd_out, one of which must be a pipe. For
 * the side that is not a pipe, a non-NULL offset pointer reads at *off (advanced by the count
 * moved) and leaves the file position alone; NULL uses and moves the file position. Returns the
 * count, 0 at end of input.
 *
 * @param fd_in    source
 * @param off_in   offset in fd_in (NULL for a pipe or the file position)
 * @param fd_out   destination
 * @param off_out  offset in fd_out (NULL for a pipe or the file position)
 * @param len      most bytes to move
 * @param flags    0 or FDK_SPLICE_MOVE, _NONBLOCK, _MORE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.17,
 * glibc 2.5.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN  NONBLOCK (or a non-blocking fd) and nothing can move now
 *   -EBADF   an fd is not open, or not open in the needed direction
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  neither fd is a pipe, the file system does not support splice, or fd_out is in append
 *            mode
 *   -ENOMEM  not enough kernel memory
 *   -EPIPE   the reader of fd_out has gone (the kernel raises SIGPIPE first unless it is ignored
 *            or blocked)
 *   -ESPIPE  an offset was given for a pipe or socket
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_GNU
FDK_EXPORT FDK_INLINE ssize_t fdk_splice_once(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len, unsigned int flags)
{
    ssize_t n;

    if (fd_in < 0)
        return -EBADF;
    if (fd_out < 0)
        return -EBADF;
    if (flags & ~FDK_SPLICE_FLAGS_ALL)
        return -EINVAL; /* unknown bits */
    if (flags & FDK_SPLICE_GIFT)
        return -EINVAL; /* SPLICE_F_GIFT is only valid in fdk_splice_vmsplice() */
    n = splice(fd_in, off_in, fd_out, off_out, len, flags);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_splice_once(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len, unsigned int flags);
#endif

/**
 * Copy up to len bytes from pipe fd_in to pipe fd_out without consuming them, so fd_in can still
 * be read (or spliced) afterwards. Returns the count, 0 when fd_in is empty and has no writer.
 *
 * @param fd_in   source pipe (read end)
 * @param fd_out  destination pipe (write end)
 * @param len     most bytes to duplicate
 * @param flags   0 or FDK_SPLICE_NONBLOCK, _MORE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.17,
 * glibc 2.5.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN  NONBLOCK and nothing can move now
 *   -EBADF   an fd is not open in the needed direction
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  an fd is not a pipe, or both refer to the same pipe
 *   -ENOMEM  not enough kernel memory
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_GNU
FDK_EXPORT FDK_INLINE ssize_t fdk_splice_tee(int fd_in, int fd_out, size_t len, unsigned int flags)
{
    ssize_t n;

    if (fd_in < 0)
        return -EBADF;
    if (fd_out < 0)
        return -EBADF;
    if (flags & ~FDK_SPLICE_FLAGS_ALL)
        return -EINVAL; /* unknown bits */
    if (flags & FDK_SPLICE_GIFT)
        return -EINVAL; /* SPLICE_F_GIFT is only valid in fdk_splice_vmsplice() */
    n = tee(fd_in, fd_out, len, flags);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_splice_tee(int fd_in, int fd_out, size_t len, unsigned int flags);
#endif

/**
 * Map (or copy) nr_segs user buffers into the pipe fd (its write end). Without GIFT the kernel may
 * still reference the pages after returning: do not modify them until the data has been read from
 * the pipe. Returns the count (possibly short). fd must be a pipe's write end: on a read end Linux
 * would copy from the pipe into the (const) buffers instead, so fdkit checks the access mode first
 * (one fcntl) and refuses it with -EBADF.
 *
 * @param fd       write end of a pipe
 * @param iov      buffers to put into the pipe
 * @param nr_segs  number of buffers, 0..IOV_MAX
 * @param flags    0 or FDK_SPLICE_NONBLOCK, FDK_SPLICE_GIFT
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.17,
 * glibc 2.5.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN  NONBLOCK and the pipe is full
 *   -EBADF   fd is not open, is not open for writing (a pipe's read end), or is not a pipe
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  iov is NULL with nr_segs > 0, nr_segs is above IOV_MAX, unknown flags, or GIFT with
 *            unaligned memory
 *   -ENOMEM  not enough kernel memory
 *   -EPIPE   the reader of fd_out has gone (the kernel raises SIGPIPE first unless it is ignored
 *            or blocked)
 */
FDK_EXPORT ssize_t fdk_splice_vmsplice(int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags);

/**
 * Move exactly len bytes from fd_in to fd_out with splice (one must be a pipe), looping over short
 * transfers. len == FDK_TO_EOF moves until end of input; otherwise end of input first gives
 * -ENODATA. On a non-blocking fd -EAGAIN is returned with the progress so far, unless deadline
 * (absolute, CLOCK_MONOTONIC: tv_sec >= 0, 0 <= tv_nsec < 1e9, else -EINVAL) is given: then the
 * call waits with poll() until it passes (-ETIMEDOUT). Once it has passed, the next -EAGAIN gives
 * -ETIMEDOUT at once; calls that still move bytes go on. *ret_done always receives the bytes
 * delivered, also on failure; offsets advance by the same amount. A pipe or socket whose reader
 * has gone gives -EPIPE and never SIGPIPE.
 *
 * @param fd_in     source
 * @param off_in    offset in fd_in, or NULL
 * @param fd_out    destination
 * @param off_out   offset in fd_out, or NULL
 * @param len       bytes to move, or FDK_TO_EOF
 * @param flags     0 or FDK_SPLICE_MOVE, _NONBLOCK, _MORE
 * @param deadline  absolute CLOCK_MONOTONIC time to give up waiting at, or NULL
 * @param ret_done  receives the bytes delivered; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.17,
 * glibc 2.5.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN     NONBLOCK (or a non-blocking fd) and nothing can move now
 *   -EBADF      an fd is not open, or not open in the needed direction
 *   -EINTR      a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes
 *               moved so far (resume from there)
 *   -EINVAL     neither fd is a pipe, GIFT or unknown flags, a negative offset, or a malformed
 *               deadline
 *   -ENODATA    end of input before len bytes
 *   -ENOMEM     not enough kernel memory
 *   -EOVERFLOW  an offset or the byte count would pass the largest file offset
 *   -EPIPE      the reader of fd_out has gone; the call never raises SIGPIPE: it is blocked in the
 *               calling thread while the call writes, and the SIGPIPE the call raised is taken
 *               back
 *   -ESPIPE     an offset was given for a pipe or socket
 *   -ETIMEDOUT  the deadline passed before every byte moved
 */
FDK_EXPORT int fdk_splice_all(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len, unsigned int flags, const struct timespec *deadline, size_t *ret_done);

FDK_END_DECLS

#endif /* FDKIT_SPLICE_H */
