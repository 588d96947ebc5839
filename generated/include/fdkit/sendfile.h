/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sendfile.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/sendfile.h
 * Kernel-side copies from a file (anything that supports mmap-like reads: regular files, block
 * devices) to any fd - another file, a pipe or a stream socket. fdk_sendfile_all() loops until
 * every byte has moved.
 *
 * See sendfile(2).
 */
#ifndef FDKIT_SENDFILE_H
#define FDKIT_SENDFILE_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <sys/sendfile.h>
#include <poll.h>
#include <time.h>

FDK_BEGIN_DECLS

/**
 * One sendfile(2) call: copy up to len bytes from in_fd to out_fd. With offset non-NULL, read at
 * *offset (advanced by the count) and leave in_fd's file position alone; with NULL, use and move
 * the file position. Returns the count, 0 at end of file. (Argument order is in, then out, like
 * every fdkit transfer; the system call's is the reverse.)
 *
 * @param in_fd   source: a regular file or block device
 * @param offset  where to read in in_fd, or NULL for its file position
 * @param out_fd  destination: any fd open for writing
 * @param len     most bytes to copy
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.33,
 * glibc 2.1.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN     out_fd is non-blocking and full
 *   -EBADF      in_fd is not open for reading or out_fd for writing
 *   -EFAULT     offset points outside the address space
 *   -EINTR      a signal handler ran before the call completed
 *   -EINVAL     in_fd does not support sendfile (not a file), out_fd is in append mode, or the
 *               offset is negative
 *   -EIO        an I/O error reading in_fd
 *   -ENOMEM     not enough kernel memory
 *   -EOVERFLOW  the count would pass the maximum offset
 *   -EPIPE      out_fd is a pipe or socket whose reader has gone (the kernel raises SIGPIPE first
 *               unless it is ignored or blocked)
 *   -ESPIPE     offset was given but in_fd is not seekable
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_sendfile_once(int in_fd, int64_t *offset, int out_fd, size_t len)
{
    ssize_t n;

    if (in_fd < 0)
        return -EBADF;
    if (out_fd < 0)
        return -EBADF;
    n = sendfile(out_fd, in_fd, offset, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_sendfile_once(int in_fd, int64_t *offset, int out_fd, size_t len);
#endif

/**
 * Copy exactly len bytes from in_fd to out_fd with sendfile, looping over short transfers. len ==
 * FDK_TO_EOF copies until end of file; otherwise end of file first gives -ENODATA. Non-blocking
 * out_fd and deadline behave as in fdk_splice_all(). *ret_done always receives the bytes
 * delivered, also on failure; *offset advances by the same amount. A pipe or socket whose reader
 * has gone gives -EPIPE and never SIGPIPE.
 *
 * @param in_fd     source: a regular file or block device
 * @param offset    where to read in in_fd, or NULL
 * @param out_fd    destination
 * @param len       bytes to copy, or FDK_TO_EOF
 * @param deadline  absolute CLOCK_MONOTONIC time to give up waiting at, or NULL
 * @param ret_done  receives the bytes delivered; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.33,
 * glibc 2.1.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN     out_fd is non-blocking and full
 *   -EBADF      in_fd is not open for reading or out_fd for writing
 *   -EFAULT     offset points outside the address space
 *   -EINTR      a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes
 *               moved so far (resume from there)
 *   -EINVAL     in_fd does not support sendfile, out_fd is in append mode, a negative offset, or a
 *               malformed deadline
 *   -EIO        an I/O error reading in_fd
 *   -ENODATA    end of file before len bytes
 *   -ENOMEM     not enough kernel memory
 *   -EOVERFLOW  an offset or the byte count would pass the largest file offset
 *   -EPIPE      out_fd is a pipe or socket whose reader has gone; the call never raises SIGPIPE:
 *               it is blocked in the calling thread while the call writes, and the SIGPIPE the
 *               call raised is taken back
 *   -ESPIPE     offset was given but in_fd is not seekable
 *   -ETIMEDOUT  the deadline passed before every byte moved
 */
FDK_EXPORT int fdk_sendfile_all(int in_fd, int64_t *offset, int out_fd, size_t len, const struct timespec *deadline, size_t *ret_done);

FDK_END_DECLS

#endif /* FDKIT_SENDFILE_H */
