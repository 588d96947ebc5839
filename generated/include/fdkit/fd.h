/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/fd.h
 * Operations valid on any file descriptor: single-shot and looping I/O, O_NONBLOCK and FD_CLOEXEC,
 * duplication, kind detection and close.
 *
 * See read(2), write(2), fcntl(2).
 */
#ifndef FDKIT_FD_H
#define FDKIT_FD_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <unistd.h>
#include <fcntl.h>
#include <sys/uio.h>

FDK_BEGIN_DECLS

/**
 * What a descriptor refers to, as returned by fdk_fd_kind().  (An enum tag
 * without a typedef: the name fdk_fd_kind belongs to the function.)  The
 * values are stable (spec/registry/ids.yaml): never changed or reused.
 */
enum fdk_fd_kind {
    FDK_FD_KIND_UNKNOWN = 0, /**< not determined (e.g. /proc is not mounted for an anonymous inode) */
    FDK_FD_KIND_REGULAR = 1, /**< regular file */
    FDK_FD_KIND_DIRECTORY = 2, /**< directory */
    FDK_FD_KIND_CHAR_DEVICE = 3, /**< character device (terminals, /dev/null) */
    FDK_FD_KIND_BLOCK_DEVICE = 4, /**< block device */
    FDK_FD_KIND_FIFO = 5, /**< named pipe (FIFO) */
    FDK_FD_KIND_PIPE = 6, /**< anonymous pipe */
    FDK_FD_KIND_SOCKET = 7, /**< socket of any domain */
    FDK_FD_KIND_SYMLINK = 8, /**< symbolic link opened with O_PATH | O_NOFOLLOW */
    FDK_FD_KIND_EVENTFD = 9, /**< eventfd counter */
    FDK_FD_KIND_TIMERFD = 10, /**< timerfd timer */
    FDK_FD_KIND_SIGNALFD = 11, /**< signalfd */
    FDK_FD_KIND_EPOLL = 12, /**< epoll instance */
    FDK_FD_KIND_INOTIFY = 13, /**< inotify instance */
    FDK_FD_KIND_FANOTIFY = 14, /**< fanotify group */
    FDK_FD_KIND_PIDFD = 15, /**< process descriptor */
    FDK_FD_KIND_MEMFD = 16, /**< memfd_create() file (a regular file whose link reads /memfd:NAME (deleted)) */
    FDK_FD_KIND_OTHER_ANON = 17, /**< another anonymous-inode descriptor (io_uring, userfaultfd, ...) */
    FDK_FD_KIND_MQ = 18, /**< POSIX message queue (a regular file of the mqueue file system) */
    FDK_FD_KIND__COUNT = 19 /**< one past the highest value (it grows between versions) */
};

/** Name of a kind ("eventfd", "pipe"); "unknown" for values out of range. */
FDK_EXPORT const char *fdk_fd_kind_name(enum fdk_fd_kind kind);

/**
 * Read up to len bytes. Returns the count, 0 at end of file, or -EAGAIN when a non-blocking fd has
 * nothing (never folded into 0). len == 0 returns 0 without a system call.
 *
 * @param fd   descriptor to read from
 * @param buf  destination
 * @param len  bytes wanted
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN  no data available and the fd is non-blocking
 *   -EBADF   fd is not open for reading
 *   -EFAULT  the buffer is outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment)
 *   -EIO     low-level I/O error, or a background process read its controlling terminal
 *   -EISDIR  fd is a directory
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_fd_read(int fd, void *buf, size_t len)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return fd < 0 ? -EBADF : 0;
    n = read(fd, buf, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_fd_read(int fd, void *buf, size_t len);
#endif

/**
 * Write up to len bytes; returns the count written (possibly short), or -EAGAIN when a
 * non-blocking fd is full. len == 0 returns 0 without a system call. Writing to a pipe or socket
 * with no reader fails with -EPIPE (and raises SIGPIPE unless it is ignored or blocked).
 *
 * @param fd   descriptor to write to
 * @param buf  source
 * @param len  bytes to write
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN  the fd is non-blocking and full
 *   -EBADF   fd is not open for writing
 *   -EDQUOT  the user's disk quota is exhausted
 *   -EFAULT  the buffer is outside the address space
 *   -EFBIG   the file would exceed the maximum size
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  fd cannot be written this way
 *   -EIO     low-level I/O error
 *   -ENOSPC  no space left on the device
 *   -EPERM   the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE)
 *            or immutable
 *   -EPIPE   the read end of the pipe or socket is closed
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_fd_write(int fd, const void *buf, size_t len)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return fd < 0 ? -EBADF : 0;
    n = write(fd, buf, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_fd_write(int fd, const void *buf, size_t len);
#endif

/**
 * Scatter read into iovcnt buffers; as fdk_fd_read(). When every buffer is empty it returns 0
 * without a system call (which on a datagram socket would drop a message).
 *
 * @param fd      descriptor to read from
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN  no data available and the fd is non-blocking
 *   -EBADF   fd is not open for reading
 *   -EFAULT  the buffer is outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment)
 *   -EIO     low-level I/O error, or a background process read its controlling terminal
 *   -EISDIR  fd is a directory
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_fd_readv(int fd, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    int any = 0;
    int i;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    for (i = 0; i < iovcnt; i++) {
        if (iov[i].iov_len == 0)
            continue;
        if (!iov[i].iov_base)
            return -EINVAL; /* a NULL buffer with a length */
        any = 1;
    }
    if (!any) /* all empty: no call (a datagram socket would move an empty message) */
        return fd < 0 ? -EBADF : 0;
    n = readv(fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_fd_readv(int fd, const struct iovec *iov, int iovcnt);
#endif

/**
 * Gather write from iovcnt buffers; as fdk_fd_write(). When every buffer is empty it returns 0
 * without a system call (which on a datagram socket would send an empty message).
 *
 * @param fd      descriptor to write to
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN  the fd is non-blocking and full
 *   -EBADF   fd is not open for writing
 *   -EDQUOT  the user's disk quota is exhausted
 *   -EFAULT  the buffer is outside the address space
 *   -EFBIG   the file would exceed the maximum size
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  fd cannot be written this way
 *   -EIO     low-level I/O error
 *   -ENOSPC  no space left on the device
 *   -EPERM   the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE)
 *            or immutable
 *   -EPIPE   the read end of the pipe or socket is closed
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_fd_writev(int fd, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    int any = 0;
    int i;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    for (i = 0; i < iovcnt; i++) {
        if (iov[i].iov_len == 0)
            continue;
        if (!iov[i].iov_base)
            return -EINVAL; /* a NULL buffer with a length */
        any = 1;
    }
    if (!any) /* all empty: no call (a datagram socket would move an empty message) */
        return fd < 0 ? -EBADF : 0;
    n = writev(fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_fd_writev(int fd, const struct iovec *iov, int iovcnt);
#endif

/**
 * Read exactly len bytes, looping over short reads. End of file before len bytes gives -ENODATA.
 * *ret_done (if not NULL) is always set to the bytes read, also on failure (after -EINTR or
 * -EAGAIN too: call again for the rest).
 *
 * @param fd        descriptor to read from
 * @param buf       destination
 * @param len       bytes wanted
 * @param ret_done  receives the bytes read; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN   no data available and the fd is non-blocking
 *   -EBADF    fd is not open for reading
 *   -EFAULT   the buffer is outside the address space
 *   -EINTR    a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes
 *             moved so far (resume from there)
 *   -EINVAL   fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment)
 *   -EIO      low-level I/O error, or a background process read its controlling terminal
 *   -EISDIR   fd is a directory
 *   -ENODATA  end of file before len bytes arrived
 */
FDK_EXPORT int fdk_fd_read_exact(int fd, void *buf, size_t len, size_t *ret_done);

/**
 * Write all len bytes, looping over short writes. *ret_done (if not NULL) is always set to the
 * bytes written, also on failure, so a caller can resume after -EAGAIN or -EINTR. A pipe or socket
 * whose reader has gone gives -EPIPE and never SIGPIPE (see "SIGPIPE" in the README).
 *
 * @param fd        descriptor to write to
 * @param buf       source
 * @param len       bytes to write
 * @param ret_done  receives the bytes written; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN  the fd is non-blocking and full
 *   -EBADF   fd is not open for writing
 *   -EDQUOT  the user's disk quota is exhausted
 *   -EFAULT  the buffer is outside the address space
 *   -EFBIG   the file would exceed the maximum size
 *   -EINTR   a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved
 *            so far (resume from there)
 *   -EINVAL  fd cannot be written this way
 *   -EIO     low-level I/O error, or the fd accepted no bytes
 *   -ENOSPC  no space left on the device
 *   -EPERM   the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE)
 *            or immutable
 *   -EPIPE   the read end of the pipe or socket is closed; the call never raises SIGPIPE: it is
 *            blocked in the calling thread while the call writes, and the SIGPIPE the call raised
 *            is taken back
 */
FDK_EXPORT int fdk_fd_write_all(int fd, const void *buf, size_t len, size_t *ret_done);

/**
 * Fill every buffer of iov, looping over short reads. The iov array is advanced in place as data
 * arrives: after -EINTR or -EAGAIN, call again with the same iov and iovcnt for the rest. End of
 * file first gives -ENODATA. *ret_done (if not NULL) is always set to the bytes read.
 *
 * @param fd        descriptor to read from
 * @param iov       buffers; advanced in place
 * @param iovcnt    number of buffers, 0..IOV_MAX
 * @param ret_done  receives the bytes read; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN   no data available and the fd is non-blocking
 *   -EBADF    fd is not open for reading
 *   -EFAULT   the buffer is outside the address space
 *   -EINTR    a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes
 *             moved so far (resume from there)
 *   -EINVAL   fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment)
 *   -EIO      low-level I/O error, or a background process read its controlling terminal
 *   -EISDIR   fd is a directory
 *   -ENODATA  end of file before the buffers were full
 */
FDK_EXPORT int fdk_fd_readv_all(int fd, struct iovec *iov, int iovcnt, size_t *ret_done);

/**
 * Write every buffer of iov, looping over short writes. The iov array is advanced in place: after
 * -EINTR or -EAGAIN, call again with the same iov and iovcnt for the rest. *ret_done (if not NULL)
 * is always set to the bytes written. A pipe or socket whose reader has gone gives -EPIPE and
 * never SIGPIPE.
 *
 * @param fd        descriptor to write to
 * @param iov       buffers; advanced in place
 * @param iovcnt    number of buffers, 0..IOV_MAX
 * @param ret_done  receives the bytes written; may be NULL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN  the fd is non-blocking and full
 *   -EBADF   fd is not open for writing
 *   -EDQUOT  the user's disk quota is exhausted
 *   -EFAULT  the buffer is outside the address space
 *   -EFBIG   the file would exceed the maximum size
 *   -EINTR   a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved
 *            so far (resume from there)
 *   -EINVAL  fd cannot be written this way
 *   -EIO     low-level I/O error
 *   -ENOSPC  no space left on the device
 *   -EPERM   the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE)
 *            or immutable
 *   -EPIPE   the read end of the pipe or socket is closed; the call never raises SIGPIPE: it is
 *            blocked in the calling thread while the call writes, and the SIGPIPE the call raised
 *            is taken back
 */
FDK_EXPORT int fdk_fd_writev_all(int fd, struct iovec *iov, int iovcnt, size_t *ret_done);

/**
 * Report whether O_NONBLOCK is set - 1 yes, 0 no.
 *
 * @param fd  any descriptor
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF  fd is not open
 */
FDK_EXPORT int fdk_fd_get_nonblocking(int fd);

/**
 * Set (enable != 0) or clear O_NONBLOCK. Makes no change when it is already as asked.
 *
 * @param fd      any descriptor
 * @param enable  non-zero to set, 0 to clear
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF  fd is not open
 */
FDK_EXPORT int fdk_fd_set_nonblocking(int fd, int enable);

/**
 * Report whether FD_CLOEXEC is set - 1 yes, 0 no.
 *
 * @param fd  any descriptor
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF  fd is not open
 */
FDK_EXPORT int fdk_fd_get_cloexec(int fd);

/**
 * Set (enable != 0) or clear FD_CLOEXEC. Clearing it is how a descriptor is deliberately inherited
 * across exec.
 *
 * @param fd      any descriptor
 * @param enable  non-zero to set, 0 to clear
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF  fd is not open
 */
FDK_EXPORT int fdk_fd_set_cloexec(int fd, int enable);

/**
 * Duplicate fd onto the lowest free descriptor >= 3, with FD_CLOEXEC set.
 *
 * @param fd      descriptor to duplicate
 * @param ret_fd  receives the new descriptor (owned by the caller)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   fd is not open
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMFILE  the per-process limit on open descriptors was reached
 */
FDK_EXPORT int fdk_fd_dup(int fd, int *ret_fd);

/**
 * Tell what fd refers to: returns an fdk_fd_kind (>= 0). Anonymous-inode kinds are recognised
 * through /proc/self/fd; without /proc they come back as FDK_FD_KIND_UNKNOWN.
 *
 * @param fd  any descriptor
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF  fd is not open
 */
FDK_EXPORT int fdk_fd_kind(int fd);

/**
 * Close *fd and set it to -1. A no-op returning 0 when *fd is -1. Never retried: on Linux the
 * descriptor is gone even when close reports EINTR, which is therefore treated as success.
 *
 * @param fd  descriptor to close; set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   *fd was not an open descriptor (a double close elsewhere?)
 *   -EDQUOT  an earlier write exceeded the quota (NFS); data may be lost
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     an earlier write failed to reach the device; data may be lost
 *   -ENOSPC  an earlier write ran out of space (NFS); data may be lost
 */
FDK_EXPORT int fdk_fd_close(int *fd);

FDK_END_DECLS

#endif /* FDKIT_FD_H */
