/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/copy.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/copy.h
 * File-to-file copies inside the kernel (copy_file_range, which can share blocks on file systems
 * with reflinks) and fdk_copy_all(), which copies between any two fds and picks the fastest method
 * that works for them.
 *
 * See copy_file_range(2).
 */
#ifndef FDKIT_COPY_H
#define FDKIT_COPY_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <unistd.h>
#include <poll.h>
#include <time.h>

FDK_BEGIN_DECLS

/**
 * One copy_file_range(2) call: copy up to len bytes between two regular files. Non-NULL offsets
 * are used and advanced instead of the file positions. Returns the count, 0 at end of file (or, on
 * some virtual file systems, when nothing could be copied).
 *
 * @param fd_in    source file
 * @param off_in   offset in fd_in, or NULL
 * @param fd_out   destination file
 * @param off_out  offset in fd_out, or NULL
 * @param len      most bytes to copy
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 4.5, glibc 2.27.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EBADF       fd_in is not open for reading, or fd_out not for writing or is in append mode
 *   -EFBIG       the copy would pass the maximum file size
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an fd is not a regular file, the ranges overlap within one file, or the offsets
 *                are invalid
 *   -EIO         low-level I/O error
 *   -EISDIR      an fd is a directory
 *   -ENOMEM      not enough kernel memory
 *   -ENOSPC      no space left on the destination
 *   -ENOSYS      the kernel has no copy_file_range
 *   -EOPNOTSUPP  the file system does not support this copy
 *   -EOVERFLOW   the range passes the maximum offset
 *   -EPERM       fd_out is immutable
 *   -ETXTBSY     an fd is an active swap file
 *   -EXDEV       the files are on different file systems (kernels before 5.3, or file systems that
 *                refuse)
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_GNU
FDK_EXPORT FDK_INLINE ssize_t fdk_copy_range(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len)
{
    ssize_t n;

    if (fd_in < 0)
        return -EBADF;
    if (fd_out < 0)
        return -EBADF;
    n = copy_file_range(fd_in, off_in, fd_out, off_out, len, 0);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_copy_range(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len);
#endif

/**
 * Copy exactly len bytes from fd_in to fd_out, whatever they are, by the fastest method that
 * works: copy_file_range, then sendfile, then splice (directly when either fd is a pipe, else
 * through an internal pipe), then read/write (with a 4 KiB stack buffer if no heap buffer can be
 * had). It falls back only on the errors that mean "not supported here" (ENOSYS, EXDEV, EINVAL,
 * EOPNOTSUPP; EBADF for an O_APPEND fd_out, which the later methods append to); any other error is
 * returned. len == FDK_TO_EOF copies until end of input; otherwise end of input first gives
 * -ENODATA. Non-blocking fds and deadline behave as in fdk_splice_all(): without a deadline
 * -EAGAIN comes back with the progress, after the bytes already taken from fd_in (at most one
 * internal pipe or buffer) have been delivered - waiting on fd_out for them if needed. *ret_done
 * always receives the bytes delivered to fd_out, also on failure. Taken bytes are lost only when
 * the deadline passes or fd_out fails first: then they are lost and not counted, and a non-NULL
 * *off_in ends at its start plus the bytes delivered, so a caller can resume exactly. sendfile is
 * skipped when off_out is given (it writes only at the file position). The deadline matters only
 * when a call says EAGAIN. A pipe or socket whose reader has gone gives -EPIPE and never SIGPIPE.
 * A signal handler that interrupts a wait gives -EINTR with the progress, once the bytes already
 * taken from fd_in are delivered.
 *
 * @param fd_in     source
 * @param off_in    offset in fd_in, or NULL for its file position
 * @param fd_out    destination
 * @param off_out   offset in fd_out, or NULL for its file position
 * @param len       bytes to copy, or FDK_TO_EOF
 * @param deadline  absolute CLOCK_MONOTONIC time to give up waiting at, or NULL
 * @param ret_done  receives the bytes delivered; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 4.5, glibc
 * 2.27.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN     a non-blocking fd is not ready and no deadline was given
 *   -EBADF      fd_in is not open for reading or fd_out for writing
 *   -EFBIG      the copy would pass the maximum file size
 *   -EINTR      a signal handler without SA_RESTART interrupted a wait (for input, or for room in
 *               fd_out while nothing was held); bytes already taken from fd_in were delivered
 *               first, and *ret_done has them all (resume from there)
 *   -EINVAL     fd_in and fd_out are the same file and the ranges overlap (nothing moved; past 1
 *               GiB it may come after the first 1 GiB), off_out given for an O_APPEND file, a
 *               negative offset, or a malformed deadline
 *   -EIO        low-level I/O error
 *   -EISDIR     an fd is a directory
 *   -ENODATA    end of input before len bytes
 *   -ENOMEM     not enough kernel memory for a splice
 *   -ENOSPC     no space left on the destination
 *   -EOVERFLOW  an offset or the byte count would pass the largest file offset
 *   -EPERM      fd_out is immutable or sealed
 *   -EPIPE      fd_out is a pipe or socket whose reader has gone; the call never raises SIGPIPE:
 *               it is blocked in the calling thread while the call writes, and the SIGPIPE the
 *               call raised is taken back
 *   -ESPIPE     off_in or off_out was given for a pipe or socket (nothing moved)
 *   -ETIMEDOUT  the deadline passed before every byte moved
 *   -ETXTBSY    an fd is an active swap file
 */
FDK_EXPORT int fdk_copy_all(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len, const struct timespec *deadline, size_t *ret_done);

FDK_END_DECLS

#endif /* FDKIT_COPY_H */
