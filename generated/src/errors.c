/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

/* One errno a call can return: its class and its meaning for that call. */
struct errrow {
    int err;
    fdk_error_class cls;
    const char *text; /* "op: meaning (ENAME)" */
};

struct opinfo {
    const char *name;
    const struct errrow *rows;
    size_t count;
};

static const struct errrow rows_fd_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_read: no data available and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_read: fd is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_read: the buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_read: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_read: fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_read: low-level I/O error, or a background process read its controlling terminal (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "fd_read: fd is a directory (EISDIR)"},
};

static const struct errrow rows_fd_write[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_write: the fd is non-blocking and full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_write: fd is not open for writing (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "fd_write: the user's disk quota is exhausted (EDQUOT)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_write: the buffer is outside the address space (EFAULT)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "fd_write: the file would exceed the maximum size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_write: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_write: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_write: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_write: no space left on the device (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fd_write: the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE) or immutable (EPERM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "fd_write: the read end of the pipe or socket is closed (EPIPE)"},
};

static const struct errrow rows_fd_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_readv: no data available and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_readv: fd is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_readv: the buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_readv: fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_readv: low-level I/O error, or a background process read its controlling terminal (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "fd_readv: fd is a directory (EISDIR)"},
};

static const struct errrow rows_fd_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_writev: the fd is non-blocking and full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_writev: fd is not open for writing (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "fd_writev: the user's disk quota is exhausted (EDQUOT)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_writev: the buffer is outside the address space (EFAULT)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "fd_writev: the file would exceed the maximum size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_writev: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_writev: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_writev: no space left on the device (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fd_writev: the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE) or immutable (EPERM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "fd_writev: the read end of the pipe or socket is closed (EPIPE)"},
};

static const struct errrow rows_fd_read_exact[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_read_exact: no data available and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_read_exact: fd is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_read_exact: the buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_read_exact: a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved so far (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_read_exact: fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_read_exact: low-level I/O error, or a background process read its controlling terminal (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "fd_read_exact: fd is a directory (EISDIR)"},
    {ENODATA, FDK_ERRCLASS_IO,
     "fd_read_exact: end of file before len bytes arrived (ENODATA)"},
};

static const struct errrow rows_fd_write_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_write_all: the fd is non-blocking and full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_write_all: fd is not open for writing (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "fd_write_all: the user's disk quota is exhausted (EDQUOT)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_write_all: the buffer is outside the address space (EFAULT)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "fd_write_all: the file would exceed the maximum size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_write_all: a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved so far (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_write_all: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_write_all: low-level I/O error, or the fd accepted no bytes (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_write_all: no space left on the device (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fd_write_all: the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE) or immutable (EPERM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "fd_write_all: the read end of the pipe or socket is closed; the call never raises SIGPIPE: it is blocked in the calling thread while the call writes, and the SIGPIPE the call raised is taken back (EPIPE)"},
};

static const struct errrow rows_fd_readv_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_readv_all: no data available and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_readv_all: fd is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_readv_all: the buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_readv_all: a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved so far (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_readv_all: fd cannot be read this way (wrong size for an eventfd/timerfd, O_DIRECT alignment) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_readv_all: low-level I/O error, or a background process read its controlling terminal (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "fd_readv_all: fd is a directory (EISDIR)"},
    {ENODATA, FDK_ERRCLASS_IO,
     "fd_readv_all: end of file before the buffers were full (ENODATA)"},
};

static const struct errrow rows_fd_writev_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_writev_all: the fd is non-blocking and full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_writev_all: fd is not open for writing (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "fd_writev_all: the user's disk quota is exhausted (EDQUOT)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_writev_all: the buffer is outside the address space (EFAULT)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "fd_writev_all: the file would exceed the maximum size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fd_writev_all: a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved so far (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_writev_all: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_writev_all: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_writev_all: no space left on the device (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fd_writev_all: the file is sealed against writing (a memfd with F_SEAL_WRITE or F_SEAL_FUTURE_WRITE) or immutable (EPERM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "fd_writev_all: the read end of the pipe or socket is closed; the call never raises SIGPIPE: it is blocked in the calling thread while the call writes, and the SIGPIPE the call raised is taken back (EPIPE)"},
};

static const struct errrow rows_fd_get_nonblocking[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_get_nonblocking: fd is not open (EBADF)"},
};

static const struct errrow rows_fd_set_nonblocking[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_set_nonblocking: fd is not open (EBADF)"},
};

static const struct errrow rows_fd_get_cloexec[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_get_cloexec: fd is not open (EBADF)"},
};

static const struct errrow rows_fd_set_cloexec[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_set_cloexec: fd is not open (EBADF)"},
};

static const struct errrow rows_fd_dup[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_dup: fd is not open (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_dup: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fd_dup: the per-process limit on open descriptors was reached (EMFILE)"},
};

static const struct errrow rows_fd_kind[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_kind: fd is not open (EBADF)"},
};

static const struct errrow rows_fd_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_close: *fd was not an open descriptor (a double close elsewhere?) (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "fd_close: an earlier write exceeded the quota (NFS); data may be lost (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_close: an earlier write failed to reach the device; data may be lost (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_close: an earlier write ran out of space (NFS); data may be lost (ENOSPC)"},
};

static const struct errrow rows_chardev_open[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "chardev_open: permission to open the device is denied (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "chardev_open: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EBUSY, FDK_ERRCLASS_LIMIT,
     "chardev_open: the device is busy (exclusive open by someone else) (EBUSY)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "chardev_open: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "chardev_open: NULL out or path, a bad access mode or unknown flags (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "chardev_open: the driver reported an I/O error while opening (EIO)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "chardev_open: too many symbolic links in path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "chardev_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "chardev_open: path is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "chardev_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_NOT_FOUND,
     "chardev_open: path is not a character device, or no driver is bound to it (ENODEV)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "chardev_open: path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "chardev_open: not enough kernel memory (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "chardev_open: a component of path is not a directory (ENOTDIR)"},
    {ENXIO, FDK_ERRCLASS_NOT_FOUND,
     "chardev_open: the device node has no device behind it (module not loaded, unplugged) (ENXIO)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "chardev_open: the open is not permitted (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "chardev_open: write access was asked on a read-only file system (EROFS)"},
    {ETXTBSY, FDK_ERRCLASS_LIMIT,
     "chardev_open: the node is busy in a way that forbids this access (ETXTBSY)"},
};

static const struct errrow rows_chardev_ioctl[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "chardev_ioctl: dev is not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "chardev_ioctl: arg points outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "chardev_ioctl: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "chardev_ioctl: the request or its argument is invalid for this device (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "chardev_ioctl: the device reported an I/O error (EIO)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "chardev_ioctl: the device does not know this request (ENOTTY)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "chardev_ioctl: the request needs a privilege the caller lacks (EPERM)"},
};

static const struct errrow rows_chardev_mknod[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "chardev_mknod: write or search permission is denied on the parent directory (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "chardev_mknod: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "chardev_mknod: the user's inode quota is exhausted (EDQUOT)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "chardev_mknod: path already exists (EEXIST)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "chardev_mknod: NULL path, or mode is not a node type plus permission bits (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "chardev_mknod: too many symbolic links in path (ELOOP)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "chardev_mknod: path is too long (ENAMETOOLONG)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "chardev_mknod: a directory in path does not exist (ENOENT)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "chardev_mknod: no room for a new inode (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "chardev_mknod: a component of path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "chardev_mknod: creating a device node needs CAP_MKNOD (or the file system forbids nodes) (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "chardev_mknod: the file system is read-only (EROFS)"},
};

static const struct errrow rows_chardev_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "chardev_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "chardev_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_copy_range[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "copy_range: fd_in is not open for reading, or fd_out not for writing or is in append mode (EBADF)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "copy_range: the copy would pass the maximum file size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "copy_range: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_UNSUPPORTED,
     "copy_range: an fd is not a regular file, the ranges overlap within one file, or the offsets are invalid (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "copy_range: low-level I/O error (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "copy_range: an fd is a directory (EISDIR)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "copy_range: not enough kernel memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "copy_range: no space left on the destination (ENOSPC)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "copy_range: the kernel has no copy_file_range (ENOSYS)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "copy_range: the file system does not support this copy (EOPNOTSUPP)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "copy_range: the range passes the maximum offset (EOVERFLOW)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "copy_range: fd_out is immutable (EPERM)"},
    {ETXTBSY, FDK_ERRCLASS_LIMIT,
     "copy_range: an fd is an active swap file (ETXTBSY)"},
    {EXDEV, FDK_ERRCLASS_UNSUPPORTED,
     "copy_range: the files are on different file systems (kernels before 5.3, or file systems that refuse) (EXDEV)"},
};

static const struct errrow rows_copy_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "copy_all: a non-blocking fd is not ready and no deadline was given (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "copy_all: fd_in is not open for reading or fd_out for writing (EBADF)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "copy_all: the copy would pass the maximum file size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "copy_all: a signal handler without SA_RESTART interrupted a wait (for input, or for room in fd_out while nothing was held); bytes already taken from fd_in were delivered first, and *ret_done has them all (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "copy_all: fd_in and fd_out are the same file and the ranges overlap (nothing moved; past 1 GiB it may come after the first 1 GiB), off_out given for an O_APPEND file, a negative offset, or a malformed deadline (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "copy_all: low-level I/O error (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "copy_all: an fd is a directory (EISDIR)"},
    {ENODATA, FDK_ERRCLASS_IO,
     "copy_all: end of input before len bytes (ENODATA)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "copy_all: not enough kernel memory for a splice (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "copy_all: no space left on the destination (ENOSPC)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "copy_all: an offset or the byte count would pass the largest file offset (EOVERFLOW)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "copy_all: fd_out is immutable or sealed (EPERM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "copy_all: fd_out is a pipe or socket whose reader has gone; the call never raises SIGPIPE: it is blocked in the calling thread while the call writes, and the SIGPIPE the call raised is taken back (EPIPE)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "copy_all: off_in or off_out was given for a pipe or socket (nothing moved) (ESPIPE)"},
    {ETIMEDOUT, FDK_ERRCLASS_WOULD_BLOCK,
     "copy_all: the deadline passed before every byte moved (ETIMEDOUT)"},
    {ETXTBSY, FDK_ERRCLASS_LIMIT,
     "copy_all: an fd is an active swap file (ETXTBSY)"},
};

static const struct errrow rows_epoll_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_open: flags has unknown bits (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "epoll_open: the per-process limit on open descriptors, or on epoll instances per user, was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "epoll_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "epoll_open: not enough kernel memory for a new instance (ENOMEM)"},
};

static const struct errrow rows_epoll_add[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_add: ep or fd is not an open descriptor (EBADF)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "epoll_add: fd is already registered (EEXIST)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_add: fd is ep itself, events has unknown bits, or EXCLUSIVE is combined with other bits or used on an epoll fd (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "epoll_add: fd is an epoll instance and adding it would make a cycle or nest too deep (ELOOP)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "epoll_add: not enough kernel memory for the registration (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "epoll_add: the per-user limit on registrations (max_user_watches) was reached (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_UNSUPPORTED,
     "epoll_add: fd does not support epoll (a regular file or a directory) (EPERM)"},
};

static const struct errrow rows_epoll_modify[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_modify: ep or fd is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_modify: events has unknown bits or EXCLUSIVE, or the registration was made with EXCLUSIVE (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "epoll_modify: fd is not registered (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "epoll_modify: not enough kernel memory (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_UNSUPPORTED,
     "epoll_modify: fd does not support epoll (EPERM)"},
};

static const struct errrow rows_epoll_delete[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_delete: ep or fd is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_delete: fd is ep itself (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "epoll_delete: fd is not registered (ENOENT)"},
    {EPERM, FDK_ERRCLASS_UNSUPPORTED,
     "epoll_delete: fd does not support epoll (EPERM)"},
};

static const struct errrow rows_epoll_wait[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_wait: ep is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "epoll_wait: a signal handler ran before any event arrived (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_wait: ep is not an epoll instance, max is not positive, or timeout_ms is below -1 (EINVAL)"},
};

static const struct errrow rows_epoll_pwait[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_pwait: ep is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "epoll_pwait: a signal handler ran before any event arrived (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_pwait: ep is not an epoll instance, max is not positive, or timeout_ms is below -1 (EINVAL)"},
};

static const struct errrow rows_epoll_pwait2[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_pwait2: ep is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "epoll_pwait2: a signal handler ran before any event arrived (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_pwait2: ep is not an epoll instance, max is not positive, or the timeout is not a valid timespec (EINVAL)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "epoll_pwait2: the kernel is older than 5.11 (ENOSYS)"},
};

static const struct errrow rows_epoll_registrations[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_registrations: ep is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_registrations: regs is NULL or max is 0, or ep is not an epoll instance (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "epoll_registrations: /proc is not mounted (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "epoll_registrations: not enough memory to read the list (ENOMEM)"},
};

static const struct errrow rows_epoll_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_eventfd_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "eventfd_open: flags has bits this kernel does not know (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "eventfd_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "eventfd_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_UNSUPPORTED,
     "eventfd_open: the anonymous-inode device could not be mounted (ENODEV)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "eventfd_open: not enough kernel memory for a new eventfd (ENOMEM)"},
};

static const struct errrow rows_eventfd_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "eventfd_read: the counter is zero and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "eventfd_read: ev is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "eventfd_read: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_BAD_FD,
     "eventfd_read: ev is not an eventfd (its read needs an 8-byte buffer) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "eventfd_read: the read returned fewer than 8 bytes (EIO)"},
};

static const struct errrow rows_eventfd_write[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "eventfd_write: the counter would overflow and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "eventfd_write: ev is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "eventfd_write: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "eventfd_write: value is UINT64_MAX, or ev is not an eventfd (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "eventfd_write: the write transferred fewer than 8 bytes (EIO)"},
};

static const struct errrow rows_eventfd_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "eventfd_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "eventfd_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_fanotify_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_open: out is NULL, flags or event_f_flags have unknown bits or a combination the kernel refuses (both classes, REPORT_NAME without REPORT_DIR_FID, report flags in a permission class), or this kernel lacks a flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fanotify_open: the per-process limit on open descriptors, or the per-user limit on groups (/proc/sys/fs/fanotify/max_user_groups), was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "fanotify_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fanotify_open: not enough memory for the group (ENOMEM)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "fanotify_open: the kernel has no fanotify (CONFIG_FANOTIFY) (ENOSYS)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fanotify_open: the group needs CAP_SYS_ADMIN (anything but a FID-reporting notification group; UNLIMITED_*), or CAP_AUDIT_WRITE for ENABLE_AUDIT (EPERM)"},
};

static const struct errrow rows_fanotify_mark[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "fanotify_mark: an unprivileged group may not read path (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_mark: the handle is not open, or dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "fanotify_mark: MARK_IGNORED_MASK was given for a mark whose ignore mask was set with MARK_IGNORE (EEXIST)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_mark: unknown or conflicting flags or mask bits, none or several of ADD/REMOVE/FLUSH, an event the group cannot report (entry events or ATTRIB in a group that reports descriptors, permission events in a FID or unprivileged group), or the handle is not a fanotify group (EINVAL)"},
    {ENODEV, FDK_ERRCLASS_UNSUPPORTED,
     "fanotify_mark: a FID group and the object's file system has no file system id (ENODEV)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fanotify_mark: path does not exist, or MARK_REMOVE of a mark that does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fanotify_mark: not enough kernel memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fanotify_mark: the per-user limit on marks (/proc/sys/fs/fanotify/max_user_marks) was reached (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "fanotify_mark: MARK_ONLYDIR was given and path is not a directory, or dirfd is not a directory and path is relative (ENOTDIR)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "fanotify_mark: a FID group and the file system cannot encode file handles, or FS_ERROR on a file system that does not report errors (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fanotify_mark: a mount or file-system mark without CAP_SYS_ADMIN (EPERM)"},
    {EXDEV, FDK_ERRCLASS_INVALID,
     "fanotify_mark: a FID group and path lies in a subvolume whose file system id differs from its file system's (btrfs), or in an id-mapped mount of a file system that refuses that (EXDEV)"},
};

static const struct errrow rows_fanotify_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fanotify_read: no event is queued and the group is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_read: fan is negative or not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fanotify_read: buf points outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fanotify_read: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_read: buf is NULL, or len is below 4096 (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fanotify_read: no descriptor was free for an event's file (the event is dropped unless the group reports FD errors) (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "fanotify_read: the system-wide limit on open files was reached while opening an event's file (ENFILE)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fanotify_read: an event's file could not be opened for the reader (for example a permission-class group without the rights the event's open needs) (EPERM)"},
};

static const struct errrow rows_fanotify_respond[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_respond: fan is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_respond: response is not exactly one of ALLOW and DENY (plus AUDIT), AUDIT without FDK_FANOTIFY_ENABLE_AUDIT, or the handle is not a fanotify group (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fanotify_respond: no permission event with event_fd is waiting for an answer (answered already, or not a permission event) (ENOENT)"},
};

static const struct errrow rows_fanotify_deny_errno[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_deny_errno: fan is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_deny_errno: err is not one of the errnos listed, the group is not of the pre-content class, or the kernel is older than 6.14 (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fanotify_deny_errno: no permission event with event_fd is waiting for an answer (ENOENT)"},
};

static const struct errrow rows_fanotify_respond_audit[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_respond_audit: fan is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_respond_audit: a bad response or trust value, a group without ENABLE_AUDIT, or a kernel older than 6.3 (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fanotify_respond_audit: no permission event with event_fd is waiting for an answer (ENOENT)"},
};

static const struct errrow rows_fanotify_event_close[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_event_close: ev is NULL (EINVAL)"},
};

static const struct errrow rows_fanotify_close_from[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_close_from: buf is NULL with len > 0, or pos > len (EINVAL)"},
};

static const struct errrow rows_fanotify_open_fid[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_open_fid: mount_fd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_open_fid: fid is NULL or holds no handle, or oflags are invalid (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "fanotify_open_fid: the handle names a symbolic link and oflags lacks O_PATH (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fanotify_open_fid: the per-process limit on open descriptors was reached (EMFILE)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fanotify_open_fid: the caller lacks CAP_DAC_READ_SEARCH (EPERM)"},
    {ESTALE, FDK_ERRCLASS_NOT_FOUND,
     "fanotify_open_fid: the object no longer exists (ESTALE)"},
};

static const struct errrow rows_fanotify_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fanotify_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_fanotify_next[] = {
    {EBADMSG, FDK_ERRCLASS_IO,
     "fanotify_next: the record at *pos is malformed: cut short, shorter than its header, or running past len (EBADMSG)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fanotify_next: pos or ev is NULL, buf is NULL with len > 0, or *pos > len (EINVAL)"},
    {EPROTO, FDK_ERRCLASS_IO,
     "fanotify_next: the record's metadata version is not FANOTIFY_METADATA_VERSION (a kernel with an incompatible layout) (EPROTO)"},
};

static const struct errrow rows_fdinfo_read[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "fdinfo_read: the caller may not read the other process's fdinfo (ptrace access mode PTRACE_MODE_READ is needed) (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fdinfo_read: fd is negative (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fdinfo_read: pid is negative, or out is NULL (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fdinfo_read: the file did not have the pos and flags lines every fdinfo starts with (EIO)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fdinfo_read: no such descriptor in the process, no such process (or it exited), or /proc is not mounted (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fdinfo_read: not enough memory for the text (ENOMEM)"},
};

static const struct errrow rows_fdinfo_parse[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fdinfo_parse: text is NULL with len > 0, or out is NULL (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fdinfo_parse: the text lacks the pos and flags lines every fdinfo starts with (EIO)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fdinfo_parse: not enough memory for the copy (ENOMEM)"},
};

static const struct errrow rows_fdinfo_next[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fdinfo_next: a pointer is NULL, or *pos is past the text (EINVAL)"},
};

static const struct errrow rows_fdinfo_free[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fdinfo_free: never returned: NULL is a no-op (EINVAL)"},
};

static const struct errrow rows_fifo_open_rdwr[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "fifo_open_rdwr: search or open permission is denied (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fifo_open_rdwr: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fifo_open_rdwr: NULL out or path, unknown flags, or path exists but is not a FIFO (it is then never opened) (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "fifo_open_rdwr: too many symbolic links in path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fifo_open_rdwr: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "fifo_open_rdwr: path is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "fifo_open_rdwr: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fifo_open_rdwr: path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fifo_open_rdwr: not enough kernel memory (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "fifo_open_rdwr: a component of path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fifo_open_rdwr: the open is not permitted (e.g. a sealed or protected FIFO) (EPERM)"},
};

static const struct errrow rows_fifo_open_read[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "fifo_open_read: search or open permission is denied (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fifo_open_read: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "fifo_open_read: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fifo_open_read: NULL out or path, unknown flags, or path exists but is not a FIFO (it is then never opened) (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "fifo_open_read: too many symbolic links in path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fifo_open_read: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "fifo_open_read: path is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "fifo_open_read: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fifo_open_read: path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fifo_open_read: not enough kernel memory (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "fifo_open_read: a component of path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fifo_open_read: the open is not permitted (e.g. a sealed or protected FIFO) (EPERM)"},
};

static const struct errrow rows_fifo_open_write[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "fifo_open_write: search or open permission is denied (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fifo_open_write: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fifo_open_write: NULL out or path, unknown flags, or path exists but is not a FIFO (it is then never opened) (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "fifo_open_write: too many symbolic links in path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "fifo_open_write: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "fifo_open_write: path is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "fifo_open_write: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fifo_open_write: path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "fifo_open_write: not enough kernel memory (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "fifo_open_write: a component of path is not a directory (ENOTDIR)"},
    {ENXIO, FDK_ERRCLASS_PEER,
     "fifo_open_write: no reader yet - no process has the FIFO open for reading (ENXIO)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fifo_open_write: the open is not permitted (e.g. a sealed or protected FIFO) (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "fifo_open_write: the FIFO is on a read-only file system (EROFS)"},
};

static const struct errrow rows_fifo_create[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "fifo_create: write or search permission is denied on the parent directory (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fifo_create: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "fifo_create: the user's inode quota is exhausted (EDQUOT)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "fifo_create: path already exists (of any type) (EEXIST)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fifo_create: NULL path or mode has bits beyond 07777 (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "fifo_create: too many symbolic links in path (ELOOP)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "fifo_create: path is too long (ENAMETOOLONG)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "fifo_create: a directory in path does not exist (ENOENT)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fifo_create: no room for a new inode (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "fifo_create: a component of path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "fifo_create: the file system does not support FIFOs (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "fifo_create: the file system is read-only (EROFS)"},
};

static const struct errrow rows_fifo_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fifo_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fifo_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_file_open[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "file_open: search permission on a directory in path or the requested access is denied (EACCES)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "file_open: RESOLVE_CACHED could not be satisfied from the cache (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_open: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "file_open: CREAT - the user's inode quota is exhausted (EDQUOT)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "file_open: CREAT | EXCL and path already exists (EEXIST)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "file_open: the file is too large to open (EOVERFLOW on some systems) (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_open: a signal arrived while the open waited (a FIFO without a peer, a tty without carrier) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_open: NULL out or path, unknown flags, both WRONLY and RDWR, TRUNC without write access, PATH with other flags, a mode without CREAT/TMPFILE or above 07777, or flags the file system rejects (O_DIRECT) (EINVAL)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "file_open: path is a directory and write access was asked (EISDIR)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "file_open: too many symbolic links, NOFOLLOW on a link, or a link forbidden by RESOLVE_NO_SYMLINKS / NO_MAGICLINKS (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "file_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "file_open: path is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "file_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_NOT_FOUND,
     "file_open: path is a device node with no device behind it (ENODEV)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "file_open: path (or a directory in it) does not exist and CREAT was not given (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "file_open: not enough kernel memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "file_open: CREAT - no room for a new inode (ENOSPC)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "file_open: RESOLVE_* asked and the kernel has no openat2 (before Linux 5.6) (ENOSYS)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "file_open: a component of path, or path with DIRECTORY, is not a directory (ENOTDIR)"},
    {ENXIO, FDK_ERRCLASS_NOT_FOUND,
     "file_open: a FIFO opened for writing with NONBLOCK has no reader, or a device node has no device (ENXIO)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "file_open: the file system does not support TMPFILE (EOPNOTSUPP)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "file_open: the file is too large for this process's off_t (EOVERFLOW)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "file_open: NOATIME on a file the caller does not own, or a sealed/immutable file (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "file_open: write access was asked on a read-only file system (EROFS)"},
    {ETXTBSY, FDK_ERRCLASS_LIMIT,
     "file_open: write access to an executable that is running (or a swap file) (ETXTBSY)"},
    {EXDEV, FDK_ERRCLASS_PERMISSION,
     "file_open: RESOLVE_BENEATH / IN_ROOT / NO_XDEV - path would escape dirfd or cross a mount (EXDEV)"},
};

static const struct errrow rows_file_pread[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_pread: f is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "file_pread: the buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_pread: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_pread: offset is negative, or O_DIRECT alignment is not met (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_pread: low-level I/O error (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "file_pread: f is a directory (EISDIR)"},
    {EOVERFLOW, FDK_ERRCLASS_INVALID,
     "file_pread: offset + len is beyond the largest file offset (EOVERFLOW)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "file_pread: f is a pipe, FIFO or socket, which have no position (ESPIPE)"},
};

static const struct errrow rows_file_pwrite[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_pwrite: f is not open for writing (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "file_pwrite: the user's disk quota is exhausted (EDQUOT)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "file_pwrite: the buffer is outside the address space (EFAULT)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "file_pwrite: the write would pass the maximum file size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_pwrite: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_pwrite: offset is negative, or O_DIRECT alignment is not met (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_pwrite: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "file_pwrite: no space left on the device (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "file_pwrite: the file is sealed or immutable (EPERM)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "file_pwrite: f is a pipe, FIFO or socket, which have no position (ESPIPE)"},
};

static const struct errrow rows_file_preadv[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_preadv: f is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "file_preadv: the buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_preadv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_preadv: offset is negative, or O_DIRECT alignment is not met (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_preadv: low-level I/O error (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "file_preadv: f is a directory (EISDIR)"},
    {EOVERFLOW, FDK_ERRCLASS_INVALID,
     "file_preadv: offset + len is beyond the largest file offset (EOVERFLOW)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "file_preadv: f is a pipe, FIFO or socket, which have no position (ESPIPE)"},
};

static const struct errrow rows_file_pwritev[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_pwritev: f is not open for writing (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "file_pwritev: the user's disk quota is exhausted (EDQUOT)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "file_pwritev: the buffer is outside the address space (EFAULT)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "file_pwritev: the write would pass the maximum file size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_pwritev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_pwritev: offset is negative, or O_DIRECT alignment is not met (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_pwritev: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "file_pwritev: no space left on the device (ENOSPC)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "file_pwritev: the file is sealed or immutable (EPERM)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "file_pwritev: f is a pipe, FIFO or socket, which have no position (ESPIPE)"},
};

static const struct errrow rows_file_sync[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_sync: f is not an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "file_sync: the quota ran out while writing back (EDQUOT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_sync: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_UNSUPPORTED,
     "file_sync: f refers to something that cannot be synced (a pipe, socket or special file) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_sync: an error happened while writing back (the data may be lost; later calls may succeed) (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "file_sync: no space left while writing back (ENOSPC)"},
    {EROFS, FDK_ERRCLASS_UNSUPPORTED,
     "file_sync: f's file system does not support syncing (EROFS)"},
};

static const struct errrow rows_file_datasync[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_datasync: f is not an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "file_datasync: the quota ran out while writing back (EDQUOT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_datasync: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_UNSUPPORTED,
     "file_datasync: f refers to something that cannot be synced (a pipe, socket or special file) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_datasync: an error happened while writing back (the data may be lost; later calls may succeed) (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "file_datasync: no space left while writing back (ENOSPC)"},
    {EROFS, FDK_ERRCLASS_UNSUPPORTED,
     "file_datasync: f's file system does not support syncing (EROFS)"},
};

static const struct errrow rows_file_allocate[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_allocate: f is not open for writing (EBADF)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "file_allocate: offset + len is beyond the maximum file size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_allocate: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_allocate: an empty or negative range, unknown or conflicting mode bits, or a range not aligned as COLLAPSE/INSERT need (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_allocate: low-level I/O error (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "file_allocate: f is a directory (EISDIR)"},
    {ENODEV, FDK_ERRCLASS_UNSUPPORTED,
     "file_allocate: f is not a regular file or directory (ENODEV)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "file_allocate: no space left on the device (ENOSPC)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "file_allocate: the file system does not support this mode (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "file_allocate: the file is immutable, append-only or sealed (EPERM)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "file_allocate: f is a pipe or FIFO (ESPIPE)"},
    {ETXTBSY, FDK_ERRCLASS_LIMIT,
     "file_allocate: f is an active swap file (ETXTBSY)"},
};

static const struct errrow rows_file_truncate[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_truncate: f is not open for writing (EBADF)"},
    {EFBIG, FDK_ERRCLASS_LIMIT,
     "file_truncate: length is beyond the maximum file size (EFBIG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "file_truncate: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_truncate: length is negative, or f is not a regular file open for writing (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_truncate: low-level I/O error (EIO)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "file_truncate: the file is immutable, append-only or sealed (EPERM)"},
    {ETXTBSY, FDK_ERRCLASS_LIMIT,
     "file_truncate: f is an executable that is running (ETXTBSY)"},
};

static const struct errrow rows_file_stat[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_stat: f is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_stat: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "file_stat: an I/O error reading the inode (EIO)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "file_stat: not enough kernel memory (ENOMEM)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "file_stat: the size or inode number does not fit struct stat (EOVERFLOW)"},
};

static const struct errrow rows_file_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "file_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "file_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_inotify_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_open: out is NULL or flags has unknown bits (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "inotify_open: the per-process limit on open descriptors, or the per-user limit on inotify instances (/proc/sys/fs/inotify/max_user_instances), was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "inotify_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "inotify_open: not enough memory for the instance (ENOMEM)"},
};

static const struct errrow rows_inotify_add[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "inotify_add: read access to path, or search access to a folder on the way, is not permitted (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "inotify_add: in is negative or not an open descriptor (EBADF)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "inotify_add: FDK_INOTIFY_MASK_CREATE was given and the object is already watched by this instance (EEXIST)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "inotify_add: path points outside the address space (EFAULT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_add: path is NULL, mask names no event or has unknown or kernel-only bits, MASK_ADD and MASK_CREATE are both set, or the fd is not an inotify instance (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "inotify_add: too many symbolic links on the way to path (ELOOP)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "inotify_add: path or one of its components is too long (ENAMETOOLONG)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "inotify_add: a component of path does not exist, or is a dangling symbolic link (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "inotify_add: not enough kernel memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "inotify_add: the per-user limit on watches (/proc/sys/fs/inotify/max_user_watches) was reached (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "inotify_add: FDK_INOTIFY_ONLYDIR was given and path is not a directory, or a component on the way is not a directory (ENOTDIR)"},
};

static const struct errrow rows_inotify_add_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "inotify_add_at: read access to the object, or search access to a folder on the way, is not permitted (EACCES)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "inotify_add_at: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "inotify_add_at: FDK_INOTIFY_MASK_CREATE was given and the object is already watched by this instance (EEXIST)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_add_at: path is NULL, mask names no event or has unknown or kernel-only bits, or MASK_ADD and MASK_CREATE are both set (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "inotify_add_at: too many symbolic links on the way to path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "inotify_add_at: no descriptor was free to resolve path with (openat O_PATH) (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "inotify_add_at: path or one of its components is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "inotify_add_at: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "inotify_add_at: a component of path does not exist, or /proc is not mounted (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "inotify_add_at: not enough kernel memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "inotify_add_at: the per-user limit on watches (/proc/sys/fs/inotify/max_user_watches) was reached (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "inotify_add_at: dirfd is not a directory and path is relative and not empty, or FDK_INOTIFY_ONLYDIR was given and the object is not a directory (ENOTDIR)"},
};

static const struct errrow rows_inotify_remove[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "inotify_remove: in is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_remove: wd was never a watch of this instance, or the fd is not an inotify instance (EINVAL)"},
};

static const struct errrow rows_inotify_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "inotify_read: no event is queued and the instance is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "inotify_read: in is negative or not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "inotify_read: buf points outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "inotify_read: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_read: buf is NULL, or len cannot hold one maximal record (the kernel says the same when the next event does not fit) (EINVAL)"},
};

static const struct errrow rows_inotify_match_move[] = {
    {EBADMSG, FDK_ERRCLASS_IO,
     "inotify_match_move: a record between pos and the pair is malformed (EBADMSG)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_match_move: buf is NULL with len > 0, pos > len, or cookie is 0 (EINVAL)"},
};

static const struct errrow rows_inotify_tree_new[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "inotify_tree_new: root cannot be read or searched (EACCES)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_tree_new: out or root is NULL, or mask names no event or has bits a tree does not take (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "inotify_tree_new: the per-process limit on open descriptors, or the per-user limit on inotify instances, was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "inotify_tree_new: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "inotify_tree_new: root does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "inotify_tree_new: not enough memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "inotify_tree_new: the per-user limit on watches (/proc/sys/fs/inotify/max_user_watches) does not leave room for root itself (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "inotify_tree_new: root is not a directory (ENOTDIR)"},
};

static const struct errrow rows_inotify_tree_fd[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_tree_fd: tree is NULL (EINVAL)"},
};

static const struct errrow rows_inotify_tree_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "inotify_tree_read: nothing is pending and the tree is non-blocking (EAGAIN)"},
    {EBADMSG, FDK_ERRCLASS_IO,
     "inotify_tree_read: the kernel returned a malformed record (never expected) (EBADMSG)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "inotify_tree_read: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_tree_read: tree or evs is NULL, or max is 0 (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "inotify_tree_read: not enough memory to track a new directory (the events are kept; call again) (ENOMEM)"},
};

static const struct errrow rows_inotify_tree_free[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_tree_free: never returned: NULL is a no-op (EINVAL)"},
};

static const struct errrow rows_inotify_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "inotify_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_inotify_release[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_release: h is NULL (EINVAL)"},
};

static const struct errrow rows_inotify_next[] = {
    {EBADMSG, FDK_ERRCLASS_IO,
     "inotify_next: the record at *pos is malformed: cut short, shorter than its header, or running past len (EBADMSG)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "inotify_next: pos or ev is NULL, buf is NULL with len > 0, or *pos > len (EINVAL)"},
};

static const struct errrow rows_mq_open[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "mq_open: the queue exists and mode does not allow the access asked for, or the caller may not create it (EACCES)"},
    {EEXIST, FDK_ERRCLASS_EXISTS,
     "mq_open: FDK_MQ_CREATE | FDK_MQ_EXCL and the queue exists (EEXIST)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_open: out or name is NULL, name is not a valid queue name (fdk_mq_name_check says why), flags lack an access mode, have two, have unknown bits or EXCL without CREATE, or attr's maxmsg or msgsize is 0, negative, or above /proc/sys/fs/mqueue/msg_max or msgsize_max for a caller without CAP_SYS_RESOURCE (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "mq_open: the per-process limit on open descriptors was reached, or the user's queues would hold more bytes than RLIMIT_MSGQUEUE allows (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "mq_open: name is longer than NAME_MAX after its slash (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "mq_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "mq_open: the queue does not exist and FDK_MQ_CREATE was not given (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "mq_open: not enough memory (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "mq_open: the system-wide limit on queues (/proc/sys/fs/mqueue/queues_max) was reached (ENOSPC)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "mq_open: the kernel has no POSIX message queues (CONFIG_POSIX_MQUEUE) (ENOSYS)"},
};

static const struct errrow rows_mq_name_check[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_name_check: name is NULL, does not start with a slash, is \"/\" alone, \"/.\" or \"/..\", or holds another slash (EINVAL)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "mq_name_check: more than NAME_MAX bytes after the slash (ENAMETOOLONG)"},
};

static const struct errrow rows_mq_unlink[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "mq_unlink: the caller may not remove the queue (EACCES)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_unlink: name is NULL or not a valid queue name (EINVAL)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "mq_unlink: name is longer than NAME_MAX after its slash (ENAMETOOLONG)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "mq_unlink: no queue has that name (ENOENT)"},
};

static const struct errrow rows_mq_send[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "mq_send: the queue is full and non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_send: the handle is not open, or not open for writing (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "mq_send: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_send: msg is NULL with len > 0, or prio is sysconf(_SC_MQ_PRIO_MAX) or more (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "mq_send: len is larger than the queue's msgsize (EMSGSIZE)"},
};

static const struct errrow rows_mq_send_until[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "mq_send_until: the queue is full and non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_send_until: the handle is not open, or not open for writing (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "mq_send_until: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_send_until: msg is NULL with len > 0, prio is too large, or deadline's tv_nsec is outside 0..999999999 (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "mq_send_until: len is larger than the queue's msgsize (EMSGSIZE)"},
    {ETIMEDOUT, FDK_ERRCLASS_WOULD_BLOCK,
     "mq_send_until: the deadline passed with the queue still full (ETIMEDOUT)"},
};

static const struct errrow rows_mq_receive[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "mq_receive: the queue is empty and non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_receive: the handle is not open, or not open for reading (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "mq_receive: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_receive: buf is NULL (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "mq_receive: len is smaller than the queue's msgsize (EMSGSIZE)"},
};

static const struct errrow rows_mq_receive_until[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "mq_receive_until: the queue is empty and non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_receive_until: the handle is not open, or not open for reading (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "mq_receive_until: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_receive_until: buf is NULL, or deadline's tv_nsec is outside 0..999999999 (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "mq_receive_until: len is smaller than the queue's msgsize (EMSGSIZE)"},
    {ETIMEDOUT, FDK_ERRCLASS_WOULD_BLOCK,
     "mq_receive_until: the deadline passed with the queue still empty (ETIMEDOUT)"},
};

static const struct errrow rows_mq_get_attr[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_get_attr: the handle is not an open queue (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_get_attr: out is NULL (EINVAL)"},
};

static const struct errrow rows_mq_set_nonblock[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_set_nonblock: the handle is not an open queue (EBADF)"},
};

static const struct errrow rows_mq_depth[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_depth: the handle is not an open queue (EBADF)"},
};

static const struct errrow rows_mq_is_full[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_is_full: the handle is not an open queue (EBADF)"},
};

static const struct errrow rows_mq_is_empty[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_is_empty: the handle is not an open queue (EBADF)"},
};

static const struct errrow rows_mq_notify_signal[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_notify_signal: the handle is not an open queue (EBADF)"},
    {EBUSY, FDK_ERRCLASS_EXISTS,
     "mq_notify_signal: another process (or another descriptor of this one) holds the queue's registration: it must remove it, or receive its notification, first (EBUSY)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_notify_signal: signo is not a valid signal (EINVAL)"},
};

static const struct errrow rows_mq_notify_none[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_notify_none: the handle is not an open queue (EBADF)"},
    {EBUSY, FDK_ERRCLASS_EXISTS,
     "mq_notify_none: another process holds the queue's registration (EBUSY)"},
};

static const struct errrow rows_mq_notify_remove[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_notify_remove: the handle is not an open queue (EBADF)"},
};

static const struct errrow rows_mq_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "mq_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_mq_release[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "mq_release: h is NULL (EINVAL)"},
};

static const struct errrow rows_pidfd_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pidfd_open: out is NULL, pid is not positive, or flags has unknown bits (NONBLOCK needs Linux 5.10) (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "pidfd_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "pidfd_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_UNSUPPORTED,
     "pidfd_open: the anonymous-inode device could not be mounted (ENODEV)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "pidfd_open: not enough kernel memory (ENOMEM)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "pidfd_open: the kernel has no pidfd_open (before Linux 5.3) (ENOSYS)"},
    {ESRCH, FDK_ERRCLASS_NOT_FOUND,
     "pidfd_open: no process has this pid, or it names a thread that is not a thread-group leader (the kernel's ENOENT or EINVAL for that is reported as ESRCH on every version) (ESRCH)"},
};

static const struct errrow rows_pidfd_send_signal[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pidfd_send_signal: p is not an open pidfd (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pidfd_send_signal: signo is not a valid signal (EINVAL)"},
    {ENOSYS, FDK_ERRCLASS_UNSUPPORTED,
     "pidfd_send_signal: the kernel has no pidfd_send_signal (before Linux 5.1) (ENOSYS)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "pidfd_send_signal: the caller may not signal this process (EPERM)"},
    {ESRCH, FDK_ERRCLASS_NOT_FOUND,
     "pidfd_send_signal: the process has exited (and been reaped) (ESRCH)"},
};

static const struct errrow rows_pidfd_wait[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "pidfd_wait: WAIT_NOHANG (or a NONBLOCK pidfd) and the child has nothing to report (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pidfd_wait: p is not an open pidfd (EBADF)"},
    {ECHILD, FDK_ERRCLASS_NOT_FOUND,
     "pidfd_wait: the process is not a child of the caller, or was already reaped (ECHILD)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "pidfd_wait: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pidfd_wait: out is NULL or options has unknown bits (or the kernel is older than 5.4, which has no waitid P_PIDFD) (EINVAL)"},
};

static const struct errrow rows_pidfd_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pidfd_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pidfd_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_pipe_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pipe_open: a NULL handle, or flags has bits this kernel does not know (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "pipe_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "pipe_open: the system-wide limit on open files, or the user's pipe buffer quota, was reached (ENFILE)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "pipe_open: not enough kernel memory for a new pipe (ENOMEM)"},
};

static const struct errrow rows_pipe_capacity[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pipe_capacity: fd is not open, or is not a pipe or FIFO (EBADF)"},
};

static const struct errrow rows_pipe_set_capacity[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pipe_set_capacity: fd is not open, or is not a pipe or FIFO (EBADF)"},
    {EBUSY, FDK_ERRCLASS_INVALID,
     "pipe_set_capacity: size is smaller than the bytes the pipe holds now (EBUSY)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pipe_set_capacity: size is 0 or above INT_MAX (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "pipe_set_capacity: not enough kernel memory for the new buffer (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "pipe_set_capacity: size is above /proc/sys/fs/pipe-max-size (or the user's pipe quota is used up) and the caller lacks CAP_SYS_RESOURCE (EPERM)"},
};

static const struct errrow rows_pipe_max_capacity[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "pipe_max_capacity: /proc/sys/fs/pipe-max-size is not readable (EACCES)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pipe_max_capacity: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "pipe_max_capacity: the file did not hold a number (EIO)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "pipe_max_capacity: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENOENT, FDK_ERRCLASS_UNSUPPORTED,
     "pipe_max_capacity: /proc is not mounted, so the limit cannot be read (ENOENT)"},
};

static const struct errrow rows_pipe_available[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pipe_available: fd is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pipe_available: out is NULL (EINVAL)"},
    {ENOTTY, FDK_ERRCLASS_INVALID,
     "pipe_available: fd is not a pipe or FIFO (a regular file, a socket, a terminal...) (ENOTTY)"},
};

static const struct errrow rows_pipe_reader_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pipe_reader_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pipe_reader_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_pipe_writer_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "pipe_writer_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "pipe_writer_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_sendfile_once[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "sendfile_once: out_fd is non-blocking and full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sendfile_once: in_fd is not open for reading or out_fd for writing (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "sendfile_once: offset points outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "sendfile_once: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_UNSUPPORTED,
     "sendfile_once: in_fd does not support sendfile (not a file), out_fd is in append mode, or the offset is negative (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "sendfile_once: an I/O error reading in_fd (EIO)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "sendfile_once: not enough kernel memory (ENOMEM)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "sendfile_once: the count would pass the maximum offset (EOVERFLOW)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "sendfile_once: out_fd is a pipe or socket whose reader has gone (the kernel raises SIGPIPE first unless it is ignored or blocked) (EPIPE)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "sendfile_once: offset was given but in_fd is not seekable (ESPIPE)"},
};

static const struct errrow rows_sendfile_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "sendfile_all: out_fd is non-blocking and full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sendfile_all: in_fd is not open for reading or out_fd for writing (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "sendfile_all: offset points outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "sendfile_all: a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved so far (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sendfile_all: in_fd does not support sendfile, out_fd is in append mode, a negative offset, or a malformed deadline (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "sendfile_all: an I/O error reading in_fd (EIO)"},
    {ENODATA, FDK_ERRCLASS_IO,
     "sendfile_all: end of file before len bytes (ENODATA)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "sendfile_all: not enough kernel memory (ENOMEM)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "sendfile_all: an offset or the byte count would pass the largest file offset (EOVERFLOW)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "sendfile_all: out_fd is a pipe or socket whose reader has gone; the call never raises SIGPIPE: it is blocked in the calling thread while the call writes, and the SIGPIPE the call raised is taken back (EPIPE)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "sendfile_all: offset was given but in_fd is not seekable (ESPIPE)"},
    {ETIMEDOUT, FDK_ERRCLASS_WOULD_BLOCK,
     "sendfile_all: the deadline passed before every byte moved (ETIMEDOUT)"},
};

static const struct errrow rows_sigdispatch_new[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_new: out is NULL (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "sigdispatch_new: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "sigdispatch_new: the system-wide limit on open files was reached (ENFILE)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "sigdispatch_new: not enough memory (ENOMEM)"},
};

static const struct errrow rows_sigdispatch_free[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sigdispatch_free: the dispatcher's fd was closed behind its back (EBADF)"},
};

static const struct errrow rows_sigdispatch_on[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sigdispatch_on: the dispatcher's fd was closed behind its back (nothing changed) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_on: d or cb is NULL, signo is not a valid catchable signal (SIGKILL, SIGSTOP and the C library's own 32..SIGRTMIN-1 are not), or flags has unknown bits (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "sigdispatch_on: the signalfd's set could not be updated (nothing changed) (ENOMEM)"},
};

static const struct errrow rows_sigdispatch_set_action[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sigdispatch_set_action: the dispatcher's fd was closed behind its back (nothing changed) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_set_action: d is NULL, signo is not a valid catchable signal, action is unknown, or flags has unknown bits (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "sigdispatch_set_action: the signalfd's set could not be updated (nothing changed) (ENOMEM)"},
};

static const struct errrow rows_sigdispatch_off[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sigdispatch_off: the dispatcher's fd was closed behind its back (nothing changed) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_off: d is NULL or signo is not a valid signal (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "sigdispatch_off: the signalfd's set could not be updated (nothing changed) (ENOMEM)"},
};

static const struct errrow rows_sigdispatch_fd[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_fd: d is NULL (EINVAL)"},
};

static const struct errrow rows_sigdispatch_dispatch[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sigdispatch_dispatch: the dispatcher's fd was closed behind its back (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_dispatch: d is NULL (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "sigdispatch_dispatch: the signalfd returned a partial record (EIO)"},
};

static const struct errrow rows_sigdispatch_run[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "sigdispatch_run: the dispatcher's fd was closed behind its back (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "sigdispatch_run: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "sigdispatch_run: d is NULL or timeout_ms is below -1 (EINVAL)"},
};

static const struct errrow rows_signal_set_empty[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_empty: set is NULL (EINVAL)"},
};

static const struct errrow rows_signal_set_fill[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_fill: set is NULL (EINVAL)"},
};

static const struct errrow rows_signal_set_add[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_add: set is NULL, signo is not a valid signal number, or it is one of the C library's own (32 up to SIGRTMIN - 1) (EINVAL)"},
};

static const struct errrow rows_signal_set_del[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_del: set is NULL or signo is not a valid signal number (EINVAL)"},
};

static const struct errrow rows_signal_set_contains[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_contains: set is NULL or signo is not a valid signal number (EINVAL)"},
};

static const struct errrow rows_signal_set_from_list[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_from_list: set is NULL, sigs is NULL with n > 0, or a number is not a valid signal or is one of the C library's own (32 up to SIGRTMIN - 1) (EINVAL)"},
};

static const struct errrow rows_signal_set_next[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_set_next: set is NULL or after is negative (EINVAL)"},
};

static const struct errrow rows_signal_rtmin[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_rtmin: never returned (EINVAL)"},
};

static const struct errrow rows_signal_rtmax[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_rtmax: never returned (EINVAL)"},
};

static const struct errrow rows_signal_name[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_name: signo is not a valid signal number, or buf is NULL (EINVAL)"},
    {ERANGE, FDK_ERRCLASS_INVALID,
     "signal_name: buf is too small for the name and its NUL (ERANGE)"},
};

static const struct errrow rows_signal_parse[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_parse: text or signo is NULL, or text names no signal (an offset out of the realtime range included) (EINVAL)"},
};

static const struct errrow rows_signal_mask_block[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_mask_block: set is NULL (EINVAL)"},
};

static const struct errrow rows_signal_mask_unblock[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_mask_unblock: set is NULL (EINVAL)"},
};

static const struct errrow rows_signal_mask_set[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_mask_set: set is NULL (EINVAL)"},
};

static const struct errrow rows_signal_thread_create_blocked[] = {
    {EAGAIN, FDK_ERRCLASS_LIMIT,
     "signal_thread_create_blocked: a thread limit was reached or memory ran out (EAGAIN)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_thread_create_blocked: thread or fn is NULL, or attr is invalid (EINVAL)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "signal_thread_create_blocked: attr asks for a scheduling policy the caller may not set (EPERM)"},
};

static const struct errrow rows_signal_decode[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_decode: in or out is NULL, or the record's signal number is invalid (EINVAL)"},
};

static const struct errrow rows_signal_decode_siginfo[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_decode_siginfo: in or out is NULL, or the record's signal number is invalid (EINVAL)"},
};

static const struct errrow rows_signal_format[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_format: info is NULL, or buf is NULL with size > 0 (EINVAL)"},
};

static const struct errrow rows_signal_code_name[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_code_name: buf is NULL (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "signal_code_name: this code has no name for this signal (ENOENT)"},
    {ERANGE, FDK_ERRCLASS_INVALID,
     "signal_code_name: buf is too small for the name and its NUL (ERANGE)"},
};

static const struct errrow rows_signal_reap_children[] = {
    {ECHILD, FDK_ERRCLASS_NOT_FOUND,
     "signal_reap_children: the process has no children (or SIGCHLD is ignored, so none are kept) (ECHILD)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_reap_children: out is NULL or max is 0 (EINVAL)"},
};

static const struct errrow rows_signal_reset_for_exec[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signal_reset_for_exec: never returned (EINVAL)"},
};

static const struct errrow rows_signalfd_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signalfd_open: out or mask is NULL, flags has unknown bits, or mask holds a signal reserved by the C library (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "signalfd_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "signalfd_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_UNSUPPORTED,
     "signalfd_open: the anonymous-inode device could not be mounted (ENODEV)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "signalfd_open: not enough kernel memory for a new signalfd (ENOMEM)"},
};

static const struct errrow rows_signalfd_set_mask[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "signalfd_set_mask: sfd is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signalfd_set_mask: mask is NULL or holds a signal reserved by the C library, or sfd is not a signalfd (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "signalfd_set_mask: not enough kernel memory (ENOMEM)"},
};

static const struct errrow rows_signalfd_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "signalfd_read: no signal is pending and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "signalfd_read: sfd is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "signalfd_read: a signal handler ran while waiting (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signalfd_read: recs is NULL, max is 0, or sfd is not a signalfd (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "signalfd_read: the read was not whole 128-byte records (sfd is not a signalfd) (EIO)"},
};

static const struct errrow rows_signalfd_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "signalfd_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "signalfd_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_tcp_listen[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "tcp_listen: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "tcp_listen: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "tcp_listen: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "tcp_listen: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_listen: a NULL argument, an unknown or unfitting flag (V6ONLY with an IPv4 address), or a malformed address (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "tcp_listen: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "tcp_listen: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "tcp_listen: no kernel memory for a socket (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_listen: no memory for a socket or its state (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "tcp_listen: an LSM or firewall rule refused the socket or the address (EPERM)"},
};

static const struct errrow rows_tcp_accept[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_accept: the listener is non-blocking and no connection is waiting (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_accept: l is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_accept: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_accept: the socket is not listening, out is NULL, or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "tcp_accept: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "tcp_accept: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "tcp_accept: no kernel memory for the connection (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_accept: no kernel memory for the connection (ENOMEM)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_accept: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "tcp_accept: the socket is not a stream socket (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "tcp_accept: a firewall rule refused the connection (EPERM)"},
};

static const struct errrow rows_tcp_connect[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "tcp_connect: the address is a broadcast address and SO_BROADCAST is off, or a firewall rule refused the connection (EACCES)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_LIMIT,
     "tcp_connect: no free local port left, or the address cannot be connected to (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "tcp_connect: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_connect: nothing listens on that port (ECONNREFUSED)"},
    {EHOSTUNREACH, FDK_ERRCLASS_PEER,
     "tcp_connect: no route to that host (EHOSTUNREACH)"},
    {EINPROGRESS, FDK_ERRCLASS_IN_PROGRESS,
     "tcp_connect: never returned: a started non-blocking connect is FDK_SOCKET_IN_PROGRESS (EINPROGRESS)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_connect: a NULL argument, an unknown flag, or a malformed address (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "tcp_connect: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENETUNREACH, FDK_ERRCLASS_PEER,
     "tcp_connect: no route to that network (ENETUNREACH)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "tcp_connect: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "tcp_connect: no kernel memory for a socket (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_connect: no memory for a socket or its state (ENOMEM)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "tcp_connect: FDK_SOCKET_FASTOPEN on a kernel before 4.11 (ENOPROTOOPT)"},
    {ENOTCONN, FDK_ERRCLASS_PEER,
     "tcp_connect: an interrupted blocking connect failed, and its error was consumed before fdkit could read it (ENOTCONN)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "tcp_connect: FDK_SOCKET_FASTOPEN while net.ipv4.tcp_fastopen does not enable client Fast Open (its bit 1) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "tcp_connect: an LSM or firewall rule refused the socket or the address (EPERM)"},
    {ETIMEDOUT, FDK_ERRCLASS_PEER,
     "tcp_connect: the peer did not answer in time (ETIMEDOUT)"},
};

static const struct errrow rows_tcp_connect_finish[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_connect_finish: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_connect_finish: nothing listens on that port (ECONNREFUSED)"},
    {EHOSTUNREACH, FDK_ERRCLASS_PEER,
     "tcp_connect_finish: no route to that host (EHOSTUNREACH)"},
    {EINPROGRESS, FDK_ERRCLASS_IN_PROGRESS,
     "tcp_connect_finish: the connection is not established yet (EINPROGRESS)"},
    {ENETUNREACH, FDK_ERRCLASS_PEER,
     "tcp_connect_finish: no route to that network (ENETUNREACH)"},
    {ENOTCONN, FDK_ERRCLASS_PEER,
     "tcp_connect_finish: the connect failed and its error was already reported (SO_ERROR was read before) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_connect_finish: the descriptor is not a socket (ENOTSOCK)"},
    {ETIMEDOUT, FDK_ERRCLASS_PEER,
     "tcp_connect_finish: the peer did not answer in time (ETIMEDOUT)"},
};

static const struct errrow rows_udp_open[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "udp_open: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "udp_open: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_open: out is NULL, an unknown or unfitting flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "udp_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "udp_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "udp_open: no kernel memory for a socket (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_open: no memory for a socket or its state (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "udp_open: an LSM or firewall rule refused the socket or the address (EPERM)"},
};

static const struct errrow rows_udp_bind[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "udp_bind: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "udp_bind: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "udp_bind: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "udp_bind: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_bind: a NULL argument, an unknown or unfitting flag, or a malformed address (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "udp_bind: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "udp_bind: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "udp_bind: no kernel memory for a socket (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_bind: no memory for a socket or its state (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "udp_bind: an LSM or firewall rule refused the socket or the address (EPERM)"},
};

static const struct errrow rows_udp_connect[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "udp_connect: a broadcast address without SO_BROADCAST (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "udp_connect: the address family does not match the socket (EAFNOSUPPORT)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_connect: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_connect: a malformed address (EINVAL)"},
    {ENETUNREACH, FDK_ERRCLASS_PEER,
     "udp_connect: no route to that network (ENETUNREACH)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_connect: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_listen[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_listen: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "unix_listen: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "unix_listen: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_listen: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "unix_listen: the user's disk quota is used up (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_listen: a NULL argument, an unknown or unfitting flag, or an empty or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_listen: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_listen: the per-process limit on open descriptors was reached (EMFILE)"},
    {EMLINK, FDK_ERRCLASS_LIMIT,
     "unix_listen: a parent directory has too many entries for FDK_SOCKET_MKDIR to add one (EMLINK)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_listen: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_listen: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_listen: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_listen: a directory of the path does not exist (FDK_SOCKET_MKDIR creates them) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_listen: no memory for a socket or its state (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "unix_listen: no space (or inodes) left for the socket file or a directory MKDIR creates (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_listen: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_listen: an LSM rule refused the socket, or a stale socket file in a sticky directory (/tmp) belongs to another user (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_listen: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_listen_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_listen_at: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "unix_listen_at: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "unix_listen_at: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_listen_at: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_listen_at: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: the user's disk quota is used up (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_listen_at: a NULL argument, an unknown or unfitting flag, or an empty or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_listen_at: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: the per-process limit on open descriptors was reached (EMFILE)"},
    {EMLINK, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: a parent directory has too many entries for FDK_SOCKET_MKDIR to add one (EMLINK)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_listen_at: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_listen_at: a directory of the path does not exist (FDK_SOCKET_MKDIR creates them) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: no memory for a socket or its state (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "unix_listen_at: no space (or inodes) left for the socket file or a directory MKDIR creates (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_listen_at: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_listen_at: an LSM rule refused the socket, or a stale socket file in a sticky directory (/tmp) belongs to another user (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_listen_at: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_accept[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_accept: the listener is non-blocking and no connection is waiting (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_accept: l is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_accept: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_accept: the socket is not listening, out is NULL, or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_accept: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_accept: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_accept: no kernel memory for the connection (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_accept: no kernel memory for the connection (ENOMEM)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_accept: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_accept: the socket does not accept connections (EOPNOTSUPP)"},
};

static const struct errrow rows_unix_connect[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_connect: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_connect: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_connect: non-blocking, and the listener's queue is full (EAGAIN)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_connect: nothing listens on that path or name (a stale socket file, or a file that is not a socket) (ECONNREFUSED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_connect: a NULL argument, an unknown flag, or an empty, unnamed or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_connect: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_connect: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_connect: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_connect: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_connect: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_connect: no socket file at that path, or a directory of the path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_connect: no memory for a socket or its state (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_connect: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_connect: an LSM or firewall rule refused the socket or the address (EPERM)"},
    {EPROTOTYPE, FDK_ERRCLASS_INVALID,
     "unix_connect: the socket at the address is of another type (stream vs seqpacket vs datagram) (EPROTOTYPE)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_connect: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_connect_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_connect_at: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_connect_at: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_connect_at: non-blocking, and the listener's queue is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_connect_at: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_connect_at: nothing listens on that path or name (a stale socket file, or a file that is not a socket) (ECONNREFUSED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_connect_at: a NULL argument, an unknown flag, or an empty, unnamed or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_connect_at: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_connect_at: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_connect_at: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_connect_at: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_connect_at: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_connect_at: no socket file at that path, or a directory of the path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_connect_at: no memory for a socket or its state (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_connect_at: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_connect_at: an LSM or firewall rule refused the socket or the address (EPERM)"},
    {EPROTOTYPE, FDK_ERRCLASS_INVALID,
     "unix_connect_at: the socket at the address is of another type (stream vs seqpacket vs datagram) (EPROTOTYPE)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_connect_at: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_pair[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_pair: a NULL handle or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_pair: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_pair: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_pair: no kernel memory for the sockets (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_pair: no kernel memory for the sockets (ENOMEM)"},
};

static const struct errrow rows_unix_seqpacket_listen[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_listen: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "unix_seqpacket_listen: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: the user's disk quota is used up (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen: a NULL argument, an unknown or unfitting flag, or an empty or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: the per-process limit on open descriptors was reached (EMFILE)"},
    {EMLINK, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: a parent directory has too many entries for FDK_SOCKET_MKDIR to add one (EMLINK)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_seqpacket_listen: a directory of the path does not exist (FDK_SOCKET_MKDIR creates them) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: no memory for a socket or its state (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen: no space (or inodes) left for the socket file or a directory MKDIR creates (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_listen: an LSM rule refused the socket, or a stale socket file in a sticky directory (/tmp) belongs to another user (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_listen: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_seqpacket_listen_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_listen_at: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "unix_seqpacket_listen_at: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen_at: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen_at: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_listen_at: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: the user's disk quota is used up (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen_at: a NULL argument, an unknown or unfitting flag, or an empty or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen_at: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: the per-process limit on open descriptors was reached (EMFILE)"},
    {EMLINK, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: a parent directory has too many entries for FDK_SOCKET_MKDIR to add one (EMLINK)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen_at: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_seqpacket_listen_at: a directory of the path does not exist (FDK_SOCKET_MKDIR creates them) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: no memory for a socket or its state (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_listen_at: no space (or inodes) left for the socket file or a directory MKDIR creates (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listen_at: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_listen_at: an LSM rule refused the socket, or a stale socket file in a sticky directory (/tmp) belongs to another user (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_listen_at: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_seqpacket_accept[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_accept: the listener is non-blocking and no connection is waiting (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_accept: l is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_accept: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_accept: the socket is not listening, out is NULL, or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_accept: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_accept: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_accept: no kernel memory for the connection (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_accept: no kernel memory for the connection (ENOMEM)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_accept: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_accept: the socket does not accept connections (EOPNOTSUPP)"},
};

static const struct errrow rows_unix_seqpacket_connect[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_connect: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_connect: non-blocking, and the listener's queue is full (EAGAIN)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_connect: nothing listens on that path or name (a stale socket file, or a file that is not a socket) (ECONNREFUSED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect: a NULL argument, an unknown flag, or an empty, unnamed or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_seqpacket_connect: no socket file at that path, or a directory of the path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect: no memory for a socket or its state (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_connect: an LSM or firewall rule refused the socket or the address (EPERM)"},
    {EPROTOTYPE, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect: the socket at the address is of another type (stream vs seqpacket vs datagram) (EPROTOTYPE)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_connect: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_seqpacket_connect_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_connect_at: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect_at: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_connect_at: non-blocking, and the listener's queue is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_connect_at: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_connect_at: nothing listens on that path or name (a stale socket file, or a file that is not a socket) (ECONNREFUSED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect_at: a NULL argument, an unknown flag, or an empty, unnamed or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect_at: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect_at: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect_at: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect_at: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect_at: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_seqpacket_connect_at: no socket file at that path, or a directory of the path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_connect_at: no memory for a socket or its state (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect_at: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_connect_at: an LSM or firewall rule refused the socket or the address (EPERM)"},
    {EPROTOTYPE, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_connect_at: the socket at the address is of another type (stream vs seqpacket vs datagram) (EPROTOTYPE)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_seqpacket_connect_at: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_seqpacket_pair[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_pair: a NULL handle or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_pair: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_pair: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_pair: no kernel memory for the sockets (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_pair: no kernel memory for the sockets (ENOMEM)"},
};

static const struct errrow rows_unix_dgram_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_open: a NULL handle or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_open: no kernel memory for the sockets (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_open: no kernel memory for the sockets (ENOMEM)"},
};

static const struct errrow rows_unix_dgram_bind[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_bind: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "unix_dgram_bind: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: the user's disk quota is used up (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind: a NULL argument, an unknown or unfitting flag, or an empty or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: the per-process limit on open descriptors was reached (EMFILE)"},
    {EMLINK, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: a parent directory has too many entries for FDK_SOCKET_MKDIR to add one (EMLINK)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_dgram_bind: a directory of the path does not exist (FDK_SOCKET_MKDIR creates them) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: no memory for a socket or its state (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind: no space (or inodes) left for the socket file or a directory MKDIR creates (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_bind: an LSM rule refused the socket, or a stale socket file in a sticky directory (/tmp) belongs to another user (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_bind: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_dgram_bind_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_bind_at: a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write permission on a Unix path (EACCES)"},
    {EADDRINUSE, FDK_ERRCLASS_EXISTS,
     "unix_dgram_bind_at: the address is in use (a live socket, or a non-socket file at a Unix path, which is never removed; or another caller is replacing the same stale socket file at that moment) (EADDRINUSE)"},
    {EADDRNOTAVAIL, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind_at: the IP address is not one of this host's (EADDRNOTAVAIL)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind_at: the address family does not fit this kind of socket (or the kernel lacks it, e.g. no IPv6) (EAFNOSUPPORT)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_bind_at: dirfd is neither AT_FDCWD nor an open descriptor (EBADF)"},
    {EDQUOT, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: the user's disk quota is used up (EDQUOT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind_at: a NULL argument, an unknown or unfitting flag, or an empty or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind_at: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: the per-process limit on open descriptors was reached (EMFILE)"},
    {EMLINK, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: a parent directory has too many entries for FDK_SOCKET_MKDIR to add one (EMLINK)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind_at: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: no kernel memory for a socket (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_dgram_bind_at: a directory of the path does not exist (FDK_SOCKET_MKDIR creates them) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: no memory for a socket or its state (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "unix_dgram_bind_at: no space (or inodes) left for the socket file or a directory MKDIR creates (ENOSPC)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_dgram_bind_at: a component of the path is not a directory (ENOTDIR)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_bind_at: an LSM rule refused the socket, or a stale socket file in a sticky directory (/tmp) belongs to another user (EPERM)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_bind_at: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_dgram_connect[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_connect: no write permission on the socket file or search permission on a directory (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect: addr is not an AF_UNIX address (EAFNOSUPPORT)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_connect: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_connect: no socket is bound at that path or name (ECONNREFUSED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect: an empty, unnamed or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect: too many symbolic links in the path (ELOOP)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_dgram_connect: no socket file at that path, or a directory of the path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_connect: no memory (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect: a component of the path is not a directory (ENOTDIR)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_connect: the descriptor is not a socket (ENOTSOCK)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_connect: an LSM rule refused the connection (EPERM)"},
    {EPROTOTYPE, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect: the socket at the address is not a datagram socket (EPROTOTYPE)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_connect: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_dgram_connect_at[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_connect_at: no write permission on the socket file or search permission on a directory (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect_at: addr is not an AF_UNIX address (EAFNOSUPPORT)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_connect_at: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_connect_at: no socket is bound at that path or name (ECONNREFUSED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect_at: an empty, unnamed or malformed address (EINVAL)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect_at: too many symbolic links in the path (ELOOP)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect_at: the path is longer than PATH_MAX, or its last component cannot be reached within sun_path even through /proc/self/fd (ENAMETOOLONG)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_dgram_connect_at: no socket file at that path, or a directory of the path does not exist (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_connect_at: no memory (ENOMEM)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect_at: a component of the path is not a directory (ENOTDIR)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_connect_at: the descriptor is not a socket (ENOTSOCK)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_connect_at: an LSM rule refused the connection (EPERM)"},
    {EPROTOTYPE, FDK_ERRCLASS_INVALID,
     "unix_dgram_connect_at: the socket at the address is not a datagram socket (EPROTOTYPE)"},
    {EROFS, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_connect_at: the directory is on a read-only file system (EROFS)"},
};

static const struct errrow rows_unix_dgram_pair[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_pair: a NULL handle or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_pair: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "unix_dgram_pair: the system-wide limit on open files was reached (ENFILE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_pair: no kernel memory for the sockets (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_pair: no kernel memory for the sockets (ENOMEM)"},
};

static const struct errrow rows_tcp_stream_send[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_stream_send: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_send: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_stream_send: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "tcp_stream_send: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "tcp_stream_send: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tcp_stream_send: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_stream_send: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_send: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "tcp_stream_send: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "tcp_stream_send: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_stream_send: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_send: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_send: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "tcp_stream_send: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "tcp_stream_send: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_stream_send[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_stream_send: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_send: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_stream_send: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_stream_send: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_stream_send: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_stream_send: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_stream_send: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_send: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_stream_send: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_stream_send: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_stream_send: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_send: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_stream_send: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_stream_send: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_stream_send: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_seqpacket_send[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_send: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_send: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_send: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_seqpacket_send: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_send: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_send: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_send: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_send: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_send: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_send: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_send: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_send: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_send: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_send: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_seqpacket_send: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_udp_send[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_send: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_send: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_send: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_send: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "udp_send: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_send: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_send: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_send: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "udp_send: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "udp_send: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_send: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_send: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_send: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "udp_send: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "udp_send: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_dgram_send[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_send: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_send: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_send: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_send: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_dgram_send: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_send: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_send: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_send: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_dgram_send: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_send: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_send: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_send: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_send: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_dgram_send: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_dgram_send: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_tcp_stream_recv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_stream_recv: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_recv: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_stream_recv: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "tcp_stream_recv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tcp_stream_recv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_stream_recv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_recv: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_stream_recv: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_recv: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_recv: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_stream_recv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_stream_recv: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_recv: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_stream_recv: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_stream_recv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_stream_recv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_stream_recv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_recv: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_stream_recv: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_recv: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_stream_recv: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_seqpacket_recv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_recv: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_recv: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_recv: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_seqpacket_recv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_recv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_recv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_recv: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_recv: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_recv: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_recv: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_udp_recv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_recv: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_recv: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_recv: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_recv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_recv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_recv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_recv: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_recv: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_recv: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_recv: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_dgram_recv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_recv: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_recv: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_recv: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_recv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_recv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_recv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_recv: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_recv: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_recv: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_recv: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_udp_sendto[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "udp_sendto: a broadcast destination without SO_BROADCAST, or no write permission on a Unix socket file (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "udp_sendto: the destination's family does not match the socket (checked before the call: a Unix address for UDP, an IP address for a Unix socket) (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_sendto: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_sendto: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_sendto: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_sendto: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "udp_sendto: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_sendto: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_sendto: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_sendto: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EISCONN, FDK_ERRCLASS_INVALID,
     "udp_sendto: a connected Unix datagram socket may only send to its peer (EISCONN)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "udp_sendto: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENETUNREACH, FDK_ERRCLASS_PEER,
     "udp_sendto: no route to that network (ENETUNREACH)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "udp_sendto: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "udp_sendto: no socket at that Unix path (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_sendto: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_sendto: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_sendto: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "udp_sendto: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "udp_sendto: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_dgram_sendto[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "unix_dgram_sendto: a broadcast destination without SO_BROADCAST, or no write permission on a Unix socket file (EACCES)"},
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: the destination's family does not match the socket (checked before the call: a Unix address for UDP, an IP address for a Unix socket) (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_sendto: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_sendto: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_sendto: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_sendto: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_sendto: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EISCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: a connected Unix datagram socket may only send to its peer (EISCONN)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENETUNREACH, FDK_ERRCLASS_PEER,
     "unix_dgram_sendto: no route to that network (ENETUNREACH)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_sendto: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "unix_dgram_sendto: no socket at that Unix path (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_sendto: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_sendto: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendto: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_dgram_sendto: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_tcp_stream_sendmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_stream_sendmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_sendmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_stream_sendmsg: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "tcp_stream_sendmsg: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "tcp_stream_sendmsg: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tcp_stream_sendmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_stream_sendmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_sendmsg: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "tcp_stream_sendmsg: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "tcp_stream_sendmsg: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_stream_sendmsg: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_sendmsg: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_sendmsg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "tcp_stream_sendmsg: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "tcp_stream_sendmsg: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_stream_sendmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_stream_sendmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_sendmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_stream_sendmsg: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_stream_sendmsg: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_stream_sendmsg: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_stream_sendmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_stream_sendmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_sendmsg: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_stream_sendmsg: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_stream_sendmsg: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_stream_sendmsg: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_sendmsg: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_stream_sendmsg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_stream_sendmsg: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_stream_sendmsg: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_seqpacket_sendmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_sendmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_sendmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_sendmsg: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_seqpacket_sendmsg: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_sendmsg: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_sendmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_sendmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_sendmsg: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_sendmsg: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_sendmsg: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_sendmsg: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_sendmsg: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_sendmsg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_sendmsg: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_seqpacket_sendmsg: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_udp_sendmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_sendmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_sendmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_sendmsg: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_sendmsg: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "udp_sendmsg: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_sendmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_sendmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_sendmsg: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "udp_sendmsg: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "udp_sendmsg: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_sendmsg: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_sendmsg: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_sendmsg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "udp_sendmsg: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "udp_sendmsg: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_dgram_sendmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_sendmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_sendmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_sendmsg: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_sendmsg: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendmsg: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_sendmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendmsg: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendmsg: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_sendmsg: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_sendmsg: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendmsg: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_sendmsg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_dgram_sendmsg: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_dgram_sendmsg: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_tcp_stream_recvmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_stream_recvmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_recvmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_stream_recvmsg: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "tcp_stream_recvmsg: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tcp_stream_recvmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_stream_recvmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_recvmsg: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_stream_recvmsg: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_recvmsg: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_recvmsg: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_stream_recvmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_stream_recvmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_recvmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_stream_recvmsg: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_stream_recvmsg: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_stream_recvmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_stream_recvmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_recvmsg: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_stream_recvmsg: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_recvmsg: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_stream_recvmsg: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_seqpacket_recvmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_recvmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_recvmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_recvmsg: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_seqpacket_recvmsg: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_recvmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_recvmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_recvmsg: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_recvmsg: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_recvmsg: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_recvmsg: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_udp_recvmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_recvmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_recvmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_recvmsg: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_recvmsg: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_recvmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_recvmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_recvmsg: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_recvmsg: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_recvmsg: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_recvmsg: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_dgram_recvmsg[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_recvmsg: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_recvmsg: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_recvmsg: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_recvmsg: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_recvmsg: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_recvmsg: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_recvmsg: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_recvmsg: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_recvmsg: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_recvmsg: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_tcp_stream_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_stream_readv: the socket is non-blocking and no data is queued (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_readv: s is negative or not an open descriptor (EBADF)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "tcp_stream_readv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tcp_stream_readv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_stream_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_readv: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_readv: a stream socket that is not connected (ENOTCONN)"},
};

static const struct errrow rows_unix_stream_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_stream_readv: the socket is non-blocking and no data is queued (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_readv: s is negative or not an open descriptor (EBADF)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_stream_readv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_stream_readv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_stream_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_readv: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_readv: a stream socket that is not connected (ENOTCONN)"},
};

static const struct errrow rows_unix_seqpacket_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_readv: the socket is non-blocking and no data is queued (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_readv: s is negative or not an open descriptor (EBADF)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_seqpacket_readv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_readv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_readv: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_readv: a stream socket that is not connected (ENOTCONN)"},
};

static const struct errrow rows_udp_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_readv: the socket is non-blocking and no data is queued (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_readv: s is negative or not an open descriptor (EBADF)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_readv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_readv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_readv: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_readv: a stream socket that is not connected (ENOTCONN)"},
};

static const struct errrow rows_unix_dgram_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_readv: the socket is non-blocking and no data is queued (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_readv: s is negative or not an open descriptor (EBADF)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_readv: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_readv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_readv: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_readv: a stream socket that is not connected (ENOTCONN)"},
};

static const struct errrow rows_tcp_stream_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tcp_stream_writev: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_writev: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "tcp_stream_writev: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "tcp_stream_writev: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "tcp_stream_writev: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tcp_stream_writev: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tcp_stream_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_writev: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "tcp_stream_writev: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "tcp_stream_writev: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tcp_stream_writev: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_writev: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_writev: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "tcp_stream_writev: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "tcp_stream_writev: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_stream_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_stream_writev: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_writev: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_stream_writev: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_stream_writev: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_stream_writev: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_stream_writev: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_stream_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_writev: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_stream_writev: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_stream_writev: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_stream_writev: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_writev: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_stream_writev: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_stream_writev: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_stream_writev: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_seqpacket_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_seqpacket_writev: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_writev: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_seqpacket_writev: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_seqpacket_writev: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_writev: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_writev: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_seqpacket_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_writev: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_writev: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_writev: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_seqpacket_writev: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_writev: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_writev: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_writev: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_seqpacket_writev: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_udp_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_writev: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_writev: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_writev: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_writev: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "udp_writev: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_writev: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_writev: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "udp_writev: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "udp_writev: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_writev: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_writev: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_writev: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "udp_writev: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "udp_writev: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_unix_dgram_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_writev: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_writev: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_writev: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_writev: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "unix_dgram_writev: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_writev: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_writev: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "unix_dgram_writev: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "unix_dgram_writev: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_writev: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_writev: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_writev: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "unix_dgram_writev: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "unix_dgram_writev: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_tcp_stream_shutdown[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_shutdown: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_shutdown: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "tcp_stream_shutdown: the socket is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_shutdown: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_stream_shutdown[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_shutdown: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_shutdown: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_stream_shutdown: the socket is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_stream_shutdown: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_seqpacket_shutdown[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_shutdown: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_shutdown: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_shutdown: the socket is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_shutdown: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_udp_recvfrom[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "udp_recvfrom: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_recvfrom: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "udp_recvfrom: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "udp_recvfrom: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "udp_recvfrom: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "udp_recvfrom: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_recvfrom: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "udp_recvfrom: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "udp_recvfrom: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "udp_recvfrom: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_unix_dgram_recvfrom[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "unix_dgram_recvfrom: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_recvfrom: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "unix_dgram_recvfrom: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "unix_dgram_recvfrom: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "unix_dgram_recvfrom: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "unix_dgram_recvfrom: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_recvfrom: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "unix_dgram_recvfrom: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "unix_dgram_recvfrom: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_recvfrom: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_socket_local_addr[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_local_addr: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_local_addr: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "socket_local_addr: no kernel memory (ENOBUFS)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_local_addr: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_socket_peer_addr[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_peer_addr: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_peer_addr: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "socket_peer_addr: no kernel memory (ENOBUFS)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_peer_addr: the socket is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_peer_addr: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_socket_get_tcp_info[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_tcp_info: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_tcp_info: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_tcp_info: the kernel returned less than the oldest struct tcp_info it has ever had (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_tcp_info: not a TCP socket (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_tcp_info: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_tcp_info: not a TCP socket (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_peerpidfd[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_peerpidfd: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_peerpidfd: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_peerpidfd: the kernel returned something other than one descriptor (EIO)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "socket_get_peerpidfd: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENODATA, FDK_ERRCLASS_NOT_FOUND,
     "socket_get_peerpidfd: the peer has no pid recorded (ENODATA)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_peerpidfd: the kernel predates SO_PEERPIDFD (6.5), or the socket has no peer credentials (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_peerpidfd: the descriptor is not a socket (ENOTSOCK)"},
    {ESRCH, FDK_ERRCLASS_NOT_FOUND,
     "socket_get_peerpidfd: the peer process has exited (ESRCH)"},
};

static const struct errrow rows_socket_send_fds[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_send_fds: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_send_fds: s, or one of fds, is not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_send_fds: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "socket_send_fds: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "socket_send_fds: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "socket_send_fds: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "socket_send_fds: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_send_fds: len is 0, nfds is 0 or above 253, a NULL pointer, or an unknown flag (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "socket_send_fds: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "socket_send_fds: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "socket_send_fds: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_send_fds: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_send_fds: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "socket_send_fds: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "socket_send_fds: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
    {ETOOMANYREFS, FDK_ERRCLASS_LIMIT,
     "socket_send_fds: too many descriptors in flight (RLIMIT_NOFILE of the sender) (ETOOMANYREFS)"},
};

static const struct errrow rows_socket_send_creds[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_send_creds: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_send_creds: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_send_creds: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "socket_send_creds: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "socket_send_creds: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "socket_send_creds: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "socket_send_creds: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_send_creds: len is 0, a NULL buffer, or an unknown flag (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "socket_send_creds: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "socket_send_creds: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "socket_send_creds: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_send_creds: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_send_creds: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "socket_send_creds: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_send_creds: claiming credentials other than our own without the capability (EPERM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "socket_send_creds: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
    {ESRCH, FDK_ERRCLASS_NOT_FOUND,
     "socket_send_creds: no process has the claimed pid (ESRCH)"},
};

static const struct errrow rows_socket_recv_ancillary[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_recv_ancillary: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_recv_ancillary: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_recv_ancillary: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "socket_recv_ancillary: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "socket_recv_ancillary: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "socket_recv_ancillary: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_recv_ancillary: len is 0, buf or anc is NULL, anc->fds is NULL with fds_max > 0, or an unknown flag (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "socket_recv_ancillary: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_recv_ancillary: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_recv_ancillary: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_socket_send_batch[] = {
    {EAFNOSUPPORT, FDK_ERRCLASS_INVALID,
     "socket_send_batch: the first message's destination family does not match the socket (a Unix address for an IP socket, an IP address for a Unix one), whatever the address's length; a later message's mismatch ends the batch before it and is this error on the next call (EAFNOSUPPORT)"},
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_send_batch: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_send_batch: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_send_batch: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "socket_send_batch: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "socket_send_batch: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "socket_send_batch: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "socket_send_batch: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_send_batch: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "socket_send_batch: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "socket_send_batch: the interface queue is full (transient congestion) (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "socket_send_batch: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_send_batch: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_send_batch: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "socket_send_batch: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "socket_send_batch: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_socket_recv_batch[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_recv_batch: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is queued, or a receive timeout (SO_RCVTIMEO) expired (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_recv_batch: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_recv_batch: a connected datagram peer is not listening (ICMP port unreachable) (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "socket_recv_batch: the peer reset the connection (ECONNRESET)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "socket_recv_batch: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "socket_recv_batch: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_recv_batch: an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag) (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "socket_recv_batch: no kernel memory (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_recv_batch: a stream socket that is not connected (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_recv_batch: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_socket_send_zerocopy[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_send_zerocopy: the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send buffer is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_send_zerocopy: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_send_zerocopy: a connected datagram peer is not listening (an earlier send drew an ICMP port unreachable), or a Unix peer is gone (ECONNREFUSED)"},
    {ECONNRESET, FDK_ERRCLASS_PEER,
     "socket_send_zerocopy: the peer reset the connection (ECONNRESET)"},
    {EDESTADDRREQ, FDK_ERRCLASS_INVALID,
     "socket_send_zerocopy: a datagram socket without a peer needs a destination (EDESTADDRREQ)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "socket_send_zerocopy: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "socket_send_zerocopy: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_send_zerocopy: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EMSGSIZE, FDK_ERRCLASS_INVALID,
     "socket_send_zerocopy: the datagram is larger than the socket can send in one piece (EMSGSIZE)"},
    {ENOBUFS, FDK_ERRCLASS_LIMIT,
     "socket_send_zerocopy: the zero-copy page budget (RLIMIT_MEMLOCK / optmem) is used up: read completions, or send without zero-copy (ENOBUFS)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "socket_send_zerocopy: no kernel memory for the data (ENOMEM)"},
    {ENOTCONN, FDK_ERRCLASS_INVALID,
     "socket_send_zerocopy: the socket is not connected (and no destination was given) (ENOTCONN)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_send_zerocopy: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_INVALID,
     "socket_send_zerocopy: a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket) (EOPNOTSUPP)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "socket_send_zerocopy: the connection is shut down for writing, or the peer closed it (no SIGPIPE: MSG_NOSIGNAL) (EPIPE)"},
};

static const struct errrow rows_socket_zerocopy_completions[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "socket_zerocopy_completions: no completion is queued yet (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_zerocopy_completions: s is negative or not an open descriptor (EBADF)"},
    {ECONNREFUSED, FDK_ERRCLASS_PEER,
     "socket_zerocopy_completions: the first record queued is an error (ICMP port unreachable), not a completion; it is consumed (ECONNREFUSED)"},
    {EHOSTUNREACH, FDK_ERRCLASS_PEER,
     "socket_zerocopy_completions: the first record queued is an ICMP host-unreachable error; it is consumed (EHOSTUNREACH)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_zerocopy_completions: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_zerocopy_completions: a record on the error queue carried no extended error (EIO)"},
    {EMSGSIZE, FDK_ERRCLASS_PEER,
     "socket_zerocopy_completions: the first record queued is a path-MTU error; it is consumed (EMSGSIZE)"},
    {ENETUNREACH, FDK_ERRCLASS_PEER,
     "socket_zerocopy_completions: the first record queued is another network error (its -errno is returned, whatever it is); it is consumed (ENETUNREACH)"},
    {ENOMSG, FDK_ERRCLASS_UNEXPECTED,
     "socket_zerocopy_completions: the first record queued is a timestamp, not a completion; it is consumed (ENOMSG)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_zerocopy_completions: the descriptor is not a socket (ENOTSOCK)"},
};

static const struct errrow rows_socket_set_reuseaddr[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_reuseaddr: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_reuseaddr: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_reuseaddr: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_reuseaddr: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_reuseaddr: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_reuseaddr[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_reuseaddr: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_reuseaddr: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_reuseaddr: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_reuseaddr: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_reuseaddr: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_reuseport[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_reuseport: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_reuseport: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_reuseport: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_reuseport: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_reuseport: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_reuseport[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_reuseport: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_reuseport: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_reuseport: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_reuseport: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_reuseport: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_broadcast[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_broadcast: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_broadcast: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_broadcast: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_broadcast: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_broadcast: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_broadcast[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_broadcast: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_broadcast: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_broadcast: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_broadcast: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_broadcast: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_keepalive[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepalive: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_keepalive: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepalive: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepalive: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepalive: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_keepalive[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepalive: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_keepalive: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepalive: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepalive: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepalive: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_oobinline[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_oobinline: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_oobinline: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_oobinline: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_oobinline: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_oobinline: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_oobinline[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_oobinline: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_oobinline: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_oobinline: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_oobinline: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_oobinline: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_passcred[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_passcred: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_passcred: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_passcred: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_passcred: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_passcred: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_passcred[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_passcred: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_passcred: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_passcred: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_passcred: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_passcred: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_zerocopy[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_zerocopy: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_zerocopy: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_zerocopy: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_zerocopy: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_zerocopy: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_zerocopy[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_zerocopy: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_zerocopy: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_zerocopy: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_zerocopy: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_zerocopy: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_acceptconn[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_acceptconn: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_acceptconn: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_acceptconn: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_acceptconn: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_acceptconn: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_rcvbuf[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvbuf: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_rcvbuf: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvbuf: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvbuf: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvbuf: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_rcvbuf[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_rcvbuf: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_rcvbuf: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_rcvbuf: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_rcvbuf: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_rcvbuf: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_sndbuf[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_sndbuf: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_sndbuf: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_sndbuf: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_sndbuf: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_sndbuf: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_sndbuf[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_sndbuf: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_sndbuf: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_sndbuf: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_sndbuf: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_sndbuf: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_rcvlowat[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvlowat: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_rcvlowat: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvlowat: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvlowat: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvlowat: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_rcvlowat[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_rcvlowat: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_rcvlowat: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_rcvlowat: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_rcvlowat: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_rcvlowat: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_rcvtimeo[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvtimeo: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_rcvtimeo: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvtimeo: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvtimeo: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvtimeo: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_rcvtimeo[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_rcvtimeo: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_rcvtimeo: the value is out of range for this option (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_rcvtimeo: the kernel returned a value of another size than the struct (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_rcvtimeo: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_rcvtimeo: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_rcvtimeo: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_sndtimeo[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_sndtimeo: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_sndtimeo: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_sndtimeo: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_sndtimeo: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_sndtimeo: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_sndtimeo[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_sndtimeo: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_sndtimeo: the value is out of range for this option (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_sndtimeo: the kernel returned a value of another size than the struct (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_sndtimeo: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_sndtimeo: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_sndtimeo: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_linger[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_linger: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_linger: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_linger: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_linger: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_linger: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_linger[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_linger: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_linger: the value is out of range for this option (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_linger: the kernel returned a value of another size than the struct (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_linger: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_linger: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_linger: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_incoming_cpu[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_incoming_cpu: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_incoming_cpu: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_incoming_cpu: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_incoming_cpu: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_incoming_cpu: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_incoming_cpu[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_incoming_cpu: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_incoming_cpu: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_incoming_cpu: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_incoming_cpu: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_incoming_cpu: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_busy_poll[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_busy_poll: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_busy_poll: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_busy_poll: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_busy_poll: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_busy_poll: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_busy_poll[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_busy_poll: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_busy_poll: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_busy_poll: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_busy_poll: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_busy_poll: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_error[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_error: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_error: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_error: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_error: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_error: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_type[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_type: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_type: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_type: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_type: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_type: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_domain[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_domain: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_domain: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_domain: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_domain: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_domain: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_protocol[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_protocol: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_protocol: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_protocol: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_protocol: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_protocol: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_peercred[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_peercred: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_peercred: the value is out of range for this option (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_peercred: the kernel returned a value of another size than the struct (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_peercred: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_peercred: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_peercred: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_nodelay[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_nodelay: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_nodelay: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_nodelay: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_nodelay: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_nodelay: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_nodelay[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_nodelay: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_nodelay: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_nodelay: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_nodelay: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_nodelay: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_cork[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_cork: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_cork: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_cork: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_cork: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_cork: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_cork[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_cork: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_cork: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_cork: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_cork: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_cork: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_keepidle[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepidle: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_keepidle: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepidle: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepidle: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepidle: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_keepidle[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepidle: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_keepidle: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepidle: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepidle: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepidle: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_keepintvl[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepintvl: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_keepintvl: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepintvl: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepintvl: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepintvl: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_keepintvl[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepintvl: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_keepintvl: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepintvl: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepintvl: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepintvl: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_keepcnt[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepcnt: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_keepcnt: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepcnt: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_keepcnt: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_keepcnt: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_keepcnt[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepcnt: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_keepcnt: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepcnt: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_keepcnt: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_keepcnt: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_syncnt[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_syncnt: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_syncnt: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_syncnt: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_syncnt: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_syncnt: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_syncnt[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_syncnt: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_syncnt: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_syncnt: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_syncnt: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_syncnt: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_linger2[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_linger2: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_linger2: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_linger2: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_linger2: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_linger2: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_linger2[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_linger2: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_linger2: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_linger2: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_linger2: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_linger2: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_defer_accept[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_defer_accept: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_defer_accept: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_defer_accept: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_defer_accept: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_defer_accept: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_defer_accept[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_defer_accept: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_defer_accept: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_defer_accept: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_defer_accept: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_defer_accept: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_fastopen[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_fastopen: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_fastopen: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_fastopen: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_fastopen: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_fastopen: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_fastopen[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_fastopen: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_fastopen: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_fastopen: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_fastopen: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_fastopen: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_user_timeout[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_user_timeout: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_user_timeout: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_user_timeout: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_user_timeout: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_user_timeout: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_user_timeout[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_user_timeout: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_user_timeout: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_user_timeout: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_user_timeout: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_user_timeout: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_v6only[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_v6only: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_v6only: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_v6only: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_v6only: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_v6only: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_v6only[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_v6only: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_v6only: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_v6only: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_v6only: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_v6only: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_tcp_listener_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_listener_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_listener_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_tcp_stream_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tcp_stream_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tcp_stream_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_udp_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "udp_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "udp_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_unix_listener_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_listener_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_listener_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_unix_listener_release[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_listener_release: h is NULL (EINVAL)"},
};

static const struct errrow rows_unix_stream_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_stream_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_stream_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_unix_dgram_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_dgram_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_unix_dgram_release[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_dgram_release: h is NULL (EINVAL)"},
};

static const struct errrow rows_unix_seqpacket_listener_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_listener_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listener_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_unix_seqpacket_listener_release[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_listener_release: h is NULL (EINVAL)"},
};

static const struct errrow rows_unix_seqpacket_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "unix_seqpacket_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "unix_seqpacket_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_splice_once[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "splice_once: NONBLOCK (or a non-blocking fd) and nothing can move now (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "splice_once: an fd is not open, or not open in the needed direction (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "splice_once: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_UNSUPPORTED,
     "splice_once: neither fd is a pipe, the file system does not support splice, or fd_out is in append mode (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "splice_once: not enough kernel memory (ENOMEM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "splice_once: the reader of fd_out has gone (the kernel raises SIGPIPE first unless it is ignored or blocked) (EPIPE)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "splice_once: an offset was given for a pipe or socket (ESPIPE)"},
};

static const struct errrow rows_splice_tee[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "splice_tee: NONBLOCK and nothing can move now (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "splice_tee: an fd is not open in the needed direction (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "splice_tee: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "splice_tee: an fd is not a pipe, or both refer to the same pipe (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "splice_tee: not enough kernel memory (ENOMEM)"},
};

static const struct errrow rows_splice_vmsplice[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "splice_vmsplice: NONBLOCK and the pipe is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "splice_vmsplice: fd is not open, is not open for writing (a pipe's read end), or is not a pipe (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "splice_vmsplice: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "splice_vmsplice: iov is NULL with nr_segs > 0, nr_segs is above IOV_MAX, unknown flags, or GIFT with unaligned memory (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "splice_vmsplice: not enough kernel memory (ENOMEM)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "splice_vmsplice: the reader of fd_out has gone (the kernel raises SIGPIPE first unless it is ignored or blocked) (EPIPE)"},
};

static const struct errrow rows_splice_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "splice_all: NONBLOCK (or a non-blocking fd) and nothing can move now (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "splice_all: an fd is not open, or not open in the needed direction (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "splice_all: a signal handler without SA_RESTART interrupted a wait; *ret_done has the bytes moved so far (resume from there) (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "splice_all: neither fd is a pipe, GIFT or unknown flags, a negative offset, or a malformed deadline (EINVAL)"},
    {ENODATA, FDK_ERRCLASS_IO,
     "splice_all: end of input before len bytes (ENODATA)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "splice_all: not enough kernel memory (ENOMEM)"},
    {EOVERFLOW, FDK_ERRCLASS_LIMIT,
     "splice_all: an offset or the byte count would pass the largest file offset (EOVERFLOW)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "splice_all: the reader of fd_out has gone; the call never raises SIGPIPE: it is blocked in the calling thread while the call writes, and the SIGPIPE the call raised is taken back (EPIPE)"},
    {ESPIPE, FDK_ERRCLASS_INVALID,
     "splice_all: an offset was given for a pipe or socket (ESPIPE)"},
    {ETIMEDOUT, FDK_ERRCLASS_WOULD_BLOCK,
     "splice_all: the deadline passed before every byte moved (ETIMEDOUT)"},
};

static const struct errrow rows_timerfd_open[] = {
    {EINVAL, FDK_ERRCLASS_INVALID,
     "timerfd_open: clock is not a clock a timerfd supports, or flags has unknown bits (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "timerfd_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "timerfd_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_UNSUPPORTED,
     "timerfd_open: the anonymous-inode device could not be mounted (ENODEV)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "timerfd_open: not enough kernel memory for a new timer (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "timerfd_open: an _ALARM clock needs CAP_WAKE_ALARM (EPERM)"},
};

static const struct errrow rows_timerfd_set[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_set: t is not an open descriptor (EBADF)"},
    {ECANCELED, FDK_ERRCLASS_CANCELLED,
     "timerfd_set: a CANCEL_ON_SET timer saw the clock change before it was re-armed (ECANCELED)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "timerfd_set: t is not a timerfd, or a tv_nsec is outside 0..999999999 (EINVAL)"},
};

static const struct errrow rows_timerfd_get[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_get: t is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_BAD_FD,
     "timerfd_get: t is not a timerfd (EINVAL)"},
};

static const struct errrow rows_timerfd_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "timerfd_read: no expiration yet and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_read: t is not an open descriptor (EBADF)"},
    {ECANCELED, FDK_ERRCLASS_CANCELLED,
     "timerfd_read: a CANCEL_ON_SET timer saw a discontinuous change of its clock (ECANCELED)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "timerfd_read: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_BAD_FD,
     "timerfd_read: t is not a timerfd (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "timerfd_read: the read returned fewer than 8 bytes (EIO)"},
};

static const struct errrow rows_timerfd_set_oneshot_ns[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_set_oneshot_ns: t is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "timerfd_set_oneshot_ns: t is not a timerfd, or ns does not fit a timespec (EINVAL)"},
};

static const struct errrow rows_timerfd_set_periodic_ns[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_set_periodic_ns: t is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "timerfd_set_periodic_ns: interval_ns is 0, or t is not a timerfd (EINVAL)"},
};

static const struct errrow rows_timerfd_disarm[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_disarm: t is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_BAD_FD,
     "timerfd_disarm: t is not a timerfd (EINVAL)"},
};

static const struct errrow rows_timerfd_get_ns[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_get_ns: t is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_BAD_FD,
     "timerfd_get_ns: t is not a timerfd (EINVAL)"},
    {EOVERFLOW, FDK_ERRCLASS_INVALID,
     "timerfd_get_ns: the timer was armed (by other code) beyond what 64-bit nanoseconds can hold (EOVERFLOW)"},
};

static const struct errrow rows_timerfd_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "timerfd_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "timerfd_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_tty_open[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "tty_open: no read and write permission on the device (often: not in the dialout group) (EACCES)"},
    {EBUSY, FDK_ERRCLASS_EXISTS,
     "tty_open: the device is in exclusive use (TIOCEXCL, or FDK_TTY_EXCL's lock) (EBUSY)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_open: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_open: a NULL argument or an unknown flag (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_open: the device failed to open (EIO)"},
    {EISDIR, FDK_ERRCLASS_INVALID,
     "tty_open: the path is a directory (EISDIR)"},
    {ELOOP, FDK_ERRCLASS_INVALID,
     "tty_open: too many symbolic links in the path (ELOOP)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "tty_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENAMETOOLONG, FDK_ERRCLASS_INVALID,
     "tty_open: the path is too long (ENAMETOOLONG)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "tty_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENODEV, FDK_ERRCLASS_NOT_FOUND,
     "tty_open: the node's device does not exist (ENODEV)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "tty_open: no such device (ENOENT)"},
    {ENOLCK, FDK_ERRCLASS_LIMIT,
     "tty_open: FDK_TTY_EXCL: the kernel could not allocate the lock (ENOLCK)"},
    {ENOTDIR, FDK_ERRCLASS_INVALID,
     "tty_open: a component of the path is not a directory (ENOTDIR)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_open: the path is not a terminal (nothing is left open) (ENOTTY)"},
    {ENXIO, FDK_ERRCLASS_NOT_FOUND,
     "tty_open: no device behind the node (unplugged adapter) (ENXIO)"},
};

static const struct errrow rows_tty_is_tty[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_is_tty: fd is negative or not open (EBADF)"},
};

static const struct errrow rows_tty_read[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tty_read: non-blocking and no input (or not enough for VMIN) (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_read: t is negative or not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tty_read: buf is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_read: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_read: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_read: the terminal hung up, or a background process read its controlling terminal (EIO)"},
};

static const struct errrow rows_tty_write[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tty_write: non-blocking and the output queue is full (or output is suspended) (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_write: t is negative or not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tty_write: buf is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_write: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_write: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_write: the terminal hung up, or a background process wrote with TOSTOP set (EIO)"},
};

static const struct errrow rows_tty_readv[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tty_readv: non-blocking and no input (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_readv: t is negative or not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tty_readv: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_readv: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_readv: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_readv: the terminal hung up (EIO)"},
};

static const struct errrow rows_tty_writev[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "tty_writev: non-blocking and the output queue is full (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_writev: t is negative or not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "tty_writev: a buffer is outside the address space (EFAULT)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_writev: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_writev: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_writev: the terminal hung up (EIO)"},
};

static const struct errrow rows_tty_get[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_get: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_get: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_get: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_get: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_set[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_set: t is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_set: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_set: a field out of range (data bits, stop bits, parity, flow, a mask bit fdkit does not know, IXON/IXOFF in iflags_mask - they are `flow`), an unknown `when`, or a rate the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_set: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_set: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_set_speed[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_set_speed: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_set_speed: the driver refuses that rate (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_set_speed: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_set_speed: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_get_speed[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_get_speed: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_get_speed: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_get_speed: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_get_speed: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_save[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_save: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_save: out is NULL (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_save: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_save: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_restore[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_restore: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_restore: saved is NULL or was not written by fdk_tty_save() (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_restore: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_restore: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_restore_on_exit[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_restore_on_exit: the handle's fd is negative (an fd that is not open is not detected: registering never touches it) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_restore_on_exit: saved was not written by fdk_tty_save() (EINVAL)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tty_restore_on_exit: atexit() could not register the exit hook (nothing was registered) (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "tty_restore_on_exit: 8 terminals are registered already (ENOSPC)"},
};

static const struct errrow rows_tty_modem_get[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_modem_get: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_modem_get: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_modem_get: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_modem_get: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_modem_get: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_modem_set[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_modem_set: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_modem_set: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_modem_set: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_modem_set: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_modem_set: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_modem_raise[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_modem_raise: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_modem_raise: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_modem_raise: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_modem_raise: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_modem_raise: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_modem_lower[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_modem_lower: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_modem_lower: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_modem_lower: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_modem_lower: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_modem_lower: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_modem_wait[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_modem_wait: t is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_modem_wait: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_modem_wait: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_modem_wait: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_modem_wait: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_modem_wait: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_icount[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_icount: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_icount: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_icount: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_icount: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_icount: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_send_break[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_send_break: t is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_send_break: a signal handler ran before the call completed (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_send_break: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_send_break: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_send_break: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_send_break: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_break[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_break: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_break: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_break: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_break: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_break: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_flush[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_flush: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_flush: an unknown queue (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_flush: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_flush: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_drain[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_drain: t is negative or not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "tty_drain: a signal handler ran before the call completed (EINTR)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_drain: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_drain: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_pending[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_pending: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_pending: both pointers are NULL (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_pending: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_pending: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_flow[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_flow: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_flow: an unknown action (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_flow: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_flow: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_session[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_session: t is negative or not an open descriptor (EBADF)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_session: the terminal was hung up (a pty slave whose master is closed) (EIO)"},
    {ENOTTY, FDK_ERRCLASS_NOT_FOUND,
     "tty_session: not a terminal, or not the controlling terminal of any session (ENOTTY)"},
};

static const struct errrow rows_tty_winsize_get[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_winsize_get: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_winsize_get: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_winsize_get: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_winsize_get: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_winsize_set[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_winsize_set: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_winsize_set: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_winsize_set: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_winsize_set: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_exclusive[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_exclusive: t is negative or not an open descriptor (EBADF)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_exclusive: the terminal was hung up or the device failed (EIO)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_exclusive: the descriptor is not a terminal (ENOTTY)"},
};

static const struct errrow rows_tty_rs485_get[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_rs485_get: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_rs485_get: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_rs485_get: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_rs485_get: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_rs485_get: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_rs485_set[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_rs485_set: t is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_rs485_set: a NULL pointer, a line or flag bit outside those the call takes, or a setting the driver refuses (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "tty_rs485_set: the terminal was hung up or the device failed (EIO)"},
    {ENODEV, FDK_ERRCLASS_IO,
     "tty_rs485_set: the device is gone (a USB adapter was unplugged) (ENODEV)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "tty_rs485_set: not a terminal, or a terminal without this feature (a pseudo-terminal has no modem lines, counters or RS-485; a port without RS-485) (ENOTTY)"},
};

static const struct errrow rows_tty_pty_open[] = {
    {EACCES, FDK_ERRCLASS_PERMISSION,
     "tty_pty_open: the slave could not be opened (EACCES)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_pty_open: a NULL handle or an unknown flag (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "tty_pty_open: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "tty_pty_open: the system-wide limit on open files was reached (ENFILE)"},
    {ENOENT, FDK_ERRCLASS_UNSUPPORTED,
     "tty_pty_open: no /dev/ptmx (devpts is not mounted) (ENOENT)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "tty_pty_open: no kernel memory for a new pair (ENOMEM)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "tty_pty_open: the system's limit on pseudo-terminals (kernel.pty.max) was reached (ENOSPC)"},
};

static const struct errrow rows_tty_pty_name[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_pty_name: master is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_pty_name: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
    {ENOTTY, FDK_ERRCLASS_BAD_FD,
     "tty_pty_name: not a pty master (ENOTTY)"},
    {ERANGE, FDK_ERRCLASS_INVALID,
     "tty_pty_name: buf is too small (ERANGE)"},
};

static const struct errrow rows_tty_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "tty_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "tty_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_memfd_create[] = {
    {EFAULT, FDK_ERRCLASS_INVALID,
     "memfd_create: name points outside the address space (EFAULT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "memfd_create: NULL out or name, unknown flags, a huge page size without HUGETLB, or a name longer than 249 bytes (EINVAL)"},
    {EMFILE, FDK_ERRCLASS_LIMIT,
     "memfd_create: the per-process limit on open descriptors was reached (EMFILE)"},
    {ENFILE, FDK_ERRCLASS_LIMIT,
     "memfd_create: the system-wide limit on open files was reached (ENFILE)"},
    {ENOMEM, FDK_ERRCLASS_LIMIT,
     "memfd_create: not enough memory (ENOMEM)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "memfd_create: HUGETLB without the right to lock memory (CAP_IPC_LOCK or vm.hugetlb_shm_group) (EPERM)"},
};

static const struct errrow rows_memfd_add_seals[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "memfd_add_seals: h is not an open descriptor (EBADF)"},
    {EBUSY, FDK_ERRCLASS_INVALID,
     "memfd_add_seals: F_SEAL_WRITE was asked while a writable shared mapping of the file exists (EBUSY)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "memfd_add_seals: unknown seal bits, or h is not a file that takes seals (not a memfd or shmem file) (EINVAL)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "memfd_add_seals: the file is sealed with F_SEAL_SEAL (always so without FDK_MEMFD_ALLOW_SEALING), or it is not open for writing (EPERM)"},
};

static const struct errrow rows_memfd_get_seals[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "memfd_get_seals: h is not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "memfd_get_seals: h is not a file that takes seals (not a memfd or shmem file) (EINVAL)"},
};

static const struct errrow rows_memfd_close[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "memfd_close: the fd was not open (closed twice elsewhere?) (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "memfd_close: an argument is invalid (NULL pointer, unknown flag or value) (EINVAL)"},
};

static const struct errrow rows_socket_set_mark[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_mark: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_mark: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_mark: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_mark: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_mark: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_mark: setting a mark needs CAP_NET_ADMIN or CAP_NET_RAW (EPERM)"},
};

static const struct errrow rows_socket_get_mark[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_mark: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_mark: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_mark: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_mark: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_mark: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_priority[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_priority: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_priority: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_priority: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_priority: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_priority: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_priority: a priority outside 0..6 without CAP_NET_ADMIN or CAP_NET_RAW (EPERM)"},
};

static const struct errrow rows_socket_get_priority[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_priority: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_priority: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_priority: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_priority: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_priority: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_bindtodevice[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_bindtodevice: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_bindtodevice: the value is out of range for this option; or NULL name, or a name longer than 15 bytes (EINVAL)"},
    {ENODEV, FDK_ERRCLASS_NOT_FOUND,
     "socket_set_bindtodevice: no interface has that name (ENODEV)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_bindtodevice: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_bindtodevice: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_bindtodevice: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_bindtodevice: changing or removing a binding needs CAP_NET_RAW (before Linux 5.7, setting one did too) (EPERM)"},
};

static const struct errrow rows_socket_get_bindtodevice[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_bindtodevice: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_bindtodevice: the value is out of range for this option (EINVAL)"},
    {ENODEV, FDK_ERRCLASS_NOT_FOUND,
     "socket_get_bindtodevice: the socket is bound by index (bindtoifindex) to an interface that does not exist (ENODEV)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_bindtodevice: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_bindtodevice: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_bindtodevice: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {ERANGE, FDK_ERRCLASS_INVALID,
     "socket_get_bindtodevice: buf cannot hold the name and its NUL (nothing is written) (ERANGE)"},
};

static const struct errrow rows_socket_set_peek_off[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_peek_off: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_peek_off: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_peek_off: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_peek_off: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_peek_off: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_peek_off[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_peek_off: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_peek_off: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_peek_off: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_peek_off: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_peek_off: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_cookie[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_cookie: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_cookie: the value is out of range for this option (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_cookie: the kernel returned a value of another size than the struct (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_cookie: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_cookie: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_cookie: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_maxseg[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_maxseg: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_maxseg: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_maxseg: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_maxseg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_maxseg: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_maxseg[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_maxseg: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_maxseg: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_maxseg: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_maxseg: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_maxseg: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_quickack[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_quickack: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_quickack: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_quickack: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_quickack: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_quickack: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_quickack[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_quickack: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_quickack: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_quickack: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_quickack: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_quickack: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_notsent_lowat[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_notsent_lowat: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_notsent_lowat: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_notsent_lowat: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_notsent_lowat: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_notsent_lowat: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_notsent_lowat[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_notsent_lowat: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_notsent_lowat: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_notsent_lowat: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_notsent_lowat: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_notsent_lowat: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_inq[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_inq: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_inq: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_inq: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_inq: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_inq: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_inq[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_inq: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_inq: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_inq: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_inq: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_inq: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_congestion[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_congestion: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_congestion: the value is out of range for this option; or NULL name, or a name longer than 15 bytes (EINVAL)"},
    {ENOENT, FDK_ERRCLASS_NOT_FOUND,
     "socket_set_congestion: no such algorithm is built in or loadable (ENOENT)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_congestion: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_congestion: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_congestion: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_congestion: an algorithm outside net.ipv4.tcp_allowed_congestion_control without CAP_NET_ADMIN (EPERM)"},
};

static const struct errrow rows_socket_get_congestion[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_congestion: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_congestion: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_congestion: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_congestion: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_congestion: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {ERANGE, FDK_ERRCLASS_INVALID,
     "socket_get_congestion: buf cannot hold the name and its NUL (nothing is written) (ERANGE)"},
};

static const struct errrow rows_epoll_set_busy_poll[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_set_busy_poll: ep is not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "epoll_set_busy_poll: params points outside the address space (EFAULT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_set_busy_poll: params is NULL, busy_poll_usecs is above INT32_MAX, prefer_busy_poll is above 1, or pad is not 0 (EINVAL)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "epoll_set_busy_poll: the kernel predates busy-poll parameters (6.9), or ep is not an epoll instance (ENOTTY)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "epoll_set_busy_poll: a busy_poll_budget above 64 (NAPI_POLL_WEIGHT) without CAP_NET_ADMIN (EPERM)"},
};

static const struct errrow rows_epoll_get_busy_poll[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_get_busy_poll: ep is not an open descriptor (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "epoll_get_busy_poll: params points outside the address space (EFAULT)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_get_busy_poll: params is NULL (EINVAL)"},
    {ENOTTY, FDK_ERRCLASS_UNSUPPORTED,
     "epoll_get_busy_poll: the kernel predates busy-poll parameters (6.9), or ep is not an epoll instance (ENOTTY)"},
};

static const struct errrow rows_socket_set_bindtoifindex[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_bindtoifindex: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_bindtoifindex: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_bindtoifindex: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_bindtoifindex: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_bindtoifindex: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_bindtoifindex: changing or removing a binding needs CAP_NET_RAW (EPERM)"},
};

static const struct errrow rows_socket_get_bindtoifindex[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_bindtoifindex: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_bindtoifindex: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_bindtoifindex: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_bindtoifindex: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_bindtoifindex: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_dontroute[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_dontroute: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_dontroute: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_dontroute: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_dontroute: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_dontroute: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_dontroute[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_dontroute: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_dontroute: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_dontroute: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_dontroute: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_dontroute: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_busy_poll_budget[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_busy_poll_budget: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_busy_poll_budget: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_busy_poll_budget: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_busy_poll_budget: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_busy_poll_budget: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_busy_poll_budget: a budget above the current one without CAP_NET_ADMIN (EPERM)"},
};

static const struct errrow rows_socket_set_prefer_busy_poll[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_prefer_busy_poll: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_prefer_busy_poll: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_prefer_busy_poll: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_prefer_busy_poll: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_prefer_busy_poll: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_prefer_busy_poll: turning it on without CAP_NET_ADMIN (EPERM)"},
};

static const struct errrow rows_socket_get_prefer_busy_poll[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_prefer_busy_poll: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_prefer_busy_poll: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_prefer_busy_poll: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_prefer_busy_poll: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_prefer_busy_poll: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_incoming_napi_id[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_incoming_napi_id: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_incoming_napi_id: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_incoming_napi_id: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_incoming_napi_id: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_incoming_napi_id: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_max_pacing_rate[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_max_pacing_rate: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_max_pacing_rate: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_max_pacing_rate: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_max_pacing_rate: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_max_pacing_rate: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_max_pacing_rate[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_max_pacing_rate: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_max_pacing_rate: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_max_pacing_rate: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_max_pacing_rate: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_max_pacing_rate: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_select_err_queue[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_select_err_queue: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_select_err_queue: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_select_err_queue: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_select_err_queue: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_select_err_queue: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_select_err_queue[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_select_err_queue: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_select_err_queue: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_select_err_queue: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_select_err_queue: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_select_err_queue: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_netns_cookie[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_netns_cookie: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_netns_cookie: the value is out of range for this option (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "socket_get_netns_cookie: the kernel returned a value of another size than the struct (EIO)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_netns_cookie: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_netns_cookie: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_netns_cookie: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_rcvbufforce[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvbufforce: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_rcvbufforce: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvbufforce: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_rcvbufforce: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_rcvbufforce: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_rcvbufforce: forcing a size needs CAP_NET_ADMIN (EPERM)"},
};

static const struct errrow rows_socket_set_sndbufforce[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_sndbufforce: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_sndbufforce: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_sndbufforce: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_sndbufforce: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_sndbufforce: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
    {EPERM, FDK_ERRCLASS_PERMISSION,
     "socket_set_sndbufforce: forcing a size needs CAP_NET_ADMIN (EPERM)"},
};

static const struct errrow rows_socket_set_window_clamp[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_window_clamp: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_window_clamp: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_window_clamp: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_window_clamp: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_window_clamp: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_window_clamp[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_window_clamp: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_window_clamp: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_window_clamp: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_window_clamp: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_window_clamp: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_fastopen_no_cookie[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_fastopen_no_cookie: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_fastopen_no_cookie: the socket is connecting or connected: only listeners (and sockets not yet connected) take it (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_fastopen_no_cookie: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_fastopen_no_cookie: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_fastopen_no_cookie: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_fastopen_no_cookie[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_fastopen_no_cookie: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_fastopen_no_cookie: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_fastopen_no_cookie: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_fastopen_no_cookie: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_fastopen_no_cookie: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_fastopen_connect[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_fastopen_connect: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_fastopen_connect: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_fastopen_connect: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_fastopen_connect: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_fastopen_connect: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_set_passpidfd[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_set_passpidfd: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_set_passpidfd: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_passpidfd: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_set_passpidfd: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_set_passpidfd: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct errrow rows_socket_get_passpidfd[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "socket_get_passpidfd: s is negative or not an open descriptor (EBADF)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "socket_get_passpidfd: the value is out of range for this option (EINVAL)"},
    {ENOPROTOOPT, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_passpidfd: this kind of socket has no such option (setting a TCP option on a UDP socket), or the kernel predates it (ENOPROTOOPT)"},
    {ENOTSOCK, FDK_ERRCLASS_BAD_FD,
     "socket_get_passpidfd: the descriptor is not a socket (ENOTSOCK)"},
    {EOPNOTSUPP, FDK_ERRCLASS_UNSUPPORTED,
     "socket_get_passpidfd: the option does not apply to this socket (a TCP option on a Unix socket; reading one on a UDP socket) (EOPNOTSUPP)"},
};

static const struct opinfo ops[] = {
    [FDK_OP_FD_READ] = {"fd_read", rows_fd_read, 7},
    [FDK_OP_FD_WRITE] = {"fd_write", rows_fd_write, 11},
    [FDK_OP_FD_READV] = {"fd_readv", rows_fd_readv, 7},
    [FDK_OP_FD_WRITEV] = {"fd_writev", rows_fd_writev, 11},
    [FDK_OP_FD_READ_EXACT] = {"fd_read_exact", rows_fd_read_exact, 8},
    [FDK_OP_FD_WRITE_ALL] = {"fd_write_all", rows_fd_write_all, 11},
    [FDK_OP_FD_READV_ALL] = {"fd_readv_all", rows_fd_readv_all, 8},
    [FDK_OP_FD_WRITEV_ALL] = {"fd_writev_all", rows_fd_writev_all, 11},
    [FDK_OP_FD_GET_NONBLOCKING] = {"fd_get_nonblocking", rows_fd_get_nonblocking, 1},
    [FDK_OP_FD_SET_NONBLOCKING] = {"fd_set_nonblocking", rows_fd_set_nonblocking, 1},
    [FDK_OP_FD_GET_CLOEXEC] = {"fd_get_cloexec", rows_fd_get_cloexec, 1},
    [FDK_OP_FD_SET_CLOEXEC] = {"fd_set_cloexec", rows_fd_set_cloexec, 1},
    [FDK_OP_FD_DUP] = {"fd_dup", rows_fd_dup, 3},
    [FDK_OP_FD_KIND] = {"fd_kind", rows_fd_kind, 1},
    [FDK_OP_FD_CLOSE] = {"fd_close", rows_fd_close, 5},
    [FDK_OP_CHARDEV_OPEN] = {"chardev_open", rows_chardev_open, 18},
    [FDK_OP_CHARDEV_IOCTL] = {"chardev_ioctl", rows_chardev_ioctl, 7},
    [FDK_OP_CHARDEV_MKNOD] = {"chardev_mknod", rows_chardev_mknod, 12},
    [FDK_OP_CHARDEV_CLOSE] = {"chardev_close", rows_chardev_close, 2},
    [FDK_OP_COPY_RANGE] = {"copy_range", rows_copy_range, 14},
    [FDK_OP_COPY_ALL] = {"copy_all", rows_copy_all, 16},
    [FDK_OP_EPOLL_OPEN] = {"epoll_open", rows_epoll_open, 4},
    [FDK_OP_EPOLL_ADD] = {"epoll_add", rows_epoll_add, 7},
    [FDK_OP_EPOLL_MODIFY] = {"epoll_modify", rows_epoll_modify, 5},
    [FDK_OP_EPOLL_DELETE] = {"epoll_delete", rows_epoll_delete, 4},
    [FDK_OP_EPOLL_WAIT] = {"epoll_wait", rows_epoll_wait, 3},
    [FDK_OP_EPOLL_PWAIT] = {"epoll_pwait", rows_epoll_pwait, 3},
    [FDK_OP_EPOLL_PWAIT2] = {"epoll_pwait2", rows_epoll_pwait2, 4},
    [FDK_OP_EPOLL_REGISTRATIONS] = {"epoll_registrations", rows_epoll_registrations, 4},
    [FDK_OP_EPOLL_CLOSE] = {"epoll_close", rows_epoll_close, 2},
    [FDK_OP_EVENTFD_OPEN] = {"eventfd_open", rows_eventfd_open, 5},
    [FDK_OP_EVENTFD_READ] = {"eventfd_read", rows_eventfd_read, 5},
    [FDK_OP_EVENTFD_WRITE] = {"eventfd_write", rows_eventfd_write, 5},
    [FDK_OP_EVENTFD_CLOSE] = {"eventfd_close", rows_eventfd_close, 2},
    [FDK_OP_FANOTIFY_OPEN] = {"fanotify_open", rows_fanotify_open, 6},
    [FDK_OP_FANOTIFY_MARK] = {"fanotify_mark", rows_fanotify_mark, 12},
    [FDK_OP_FANOTIFY_READ] = {"fanotify_read", rows_fanotify_read, 8},
    [FDK_OP_FANOTIFY_RESPOND] = {"fanotify_respond", rows_fanotify_respond, 3},
    [FDK_OP_FANOTIFY_DENY_ERRNO] = {"fanotify_deny_errno", rows_fanotify_deny_errno, 3},
    [FDK_OP_FANOTIFY_RESPOND_AUDIT] = {"fanotify_respond_audit", rows_fanotify_respond_audit, 3},
    [FDK_OP_FANOTIFY_EVENT_CLOSE] = {"fanotify_event_close", rows_fanotify_event_close, 1},
    [FDK_OP_FANOTIFY_CLOSE_FROM] = {"fanotify_close_from", rows_fanotify_close_from, 1},
    [FDK_OP_FANOTIFY_OPEN_FID] = {"fanotify_open_fid", rows_fanotify_open_fid, 6},
    [FDK_OP_FANOTIFY_CLOSE] = {"fanotify_close", rows_fanotify_close, 2},
    [FDK_OP_FANOTIFY_NEXT] = {"fanotify_next", rows_fanotify_next, 3},
    [FDK_OP_FDINFO_READ] = {"fdinfo_read", rows_fdinfo_read, 6},
    [FDK_OP_FDINFO_PARSE] = {"fdinfo_parse", rows_fdinfo_parse, 3},
    [FDK_OP_FDINFO_NEXT] = {"fdinfo_next", rows_fdinfo_next, 1},
    [FDK_OP_FDINFO_FREE] = {"fdinfo_free", rows_fdinfo_free, 1},
    [FDK_OP_FIFO_OPEN_RDWR] = {"fifo_open_rdwr", rows_fifo_open_rdwr, 11},
    [FDK_OP_FIFO_OPEN_READ] = {"fifo_open_read", rows_fifo_open_read, 12},
    [FDK_OP_FIFO_OPEN_WRITE] = {"fifo_open_write", rows_fifo_open_write, 13},
    [FDK_OP_FIFO_CREATE] = {"fifo_create", rows_fifo_create, 12},
    [FDK_OP_FIFO_CLOSE] = {"fifo_close", rows_fifo_close, 2},
    [FDK_OP_FILE_OPEN] = {"file_open", rows_file_open, 26},
    [FDK_OP_FILE_PREAD] = {"file_pread", rows_file_pread, 8},
    [FDK_OP_FILE_PWRITE] = {"file_pwrite", rows_file_pwrite, 10},
    [FDK_OP_FILE_PREADV] = {"file_preadv", rows_file_preadv, 8},
    [FDK_OP_FILE_PWRITEV] = {"file_pwritev", rows_file_pwritev, 10},
    [FDK_OP_FILE_SYNC] = {"file_sync", rows_file_sync, 7},
    [FDK_OP_FILE_DATASYNC] = {"file_datasync", rows_file_datasync, 7},
    [FDK_OP_FILE_ALLOCATE] = {"file_allocate", rows_file_allocate, 12},
    [FDK_OP_FILE_TRUNCATE] = {"file_truncate", rows_file_truncate, 7},
    [FDK_OP_FILE_STAT] = {"file_stat", rows_file_stat, 5},
    [FDK_OP_FILE_CLOSE] = {"file_close", rows_file_close, 2},
    [FDK_OP_INOTIFY_OPEN] = {"inotify_open", rows_inotify_open, 4},
    [FDK_OP_INOTIFY_ADD] = {"inotify_add", rows_inotify_add, 11},
    [FDK_OP_INOTIFY_ADD_AT] = {"inotify_add_at", rows_inotify_add_at, 12},
    [FDK_OP_INOTIFY_REMOVE] = {"inotify_remove", rows_inotify_remove, 2},
    [FDK_OP_INOTIFY_READ] = {"inotify_read", rows_inotify_read, 5},
    [FDK_OP_INOTIFY_MATCH_MOVE] = {"inotify_match_move", rows_inotify_match_move, 2},
    [FDK_OP_INOTIFY_TREE_NEW] = {"inotify_tree_new", rows_inotify_tree_new, 8},
    [FDK_OP_INOTIFY_TREE_FD] = {"inotify_tree_fd", rows_inotify_tree_fd, 1},
    [FDK_OP_INOTIFY_TREE_READ] = {"inotify_tree_read", rows_inotify_tree_read, 5},
    [FDK_OP_INOTIFY_TREE_FREE] = {"inotify_tree_free", rows_inotify_tree_free, 1},
    [FDK_OP_INOTIFY_CLOSE] = {"inotify_close", rows_inotify_close, 2},
    [FDK_OP_INOTIFY_RELEASE] = {"inotify_release", rows_inotify_release, 1},
    [FDK_OP_INOTIFY_NEXT] = {"inotify_next", rows_inotify_next, 2},
    [FDK_OP_MQ_OPEN] = {"mq_open", rows_mq_open, 10},
    [FDK_OP_MQ_NAME_CHECK] = {"mq_name_check", rows_mq_name_check, 2},
    [FDK_OP_MQ_UNLINK] = {"mq_unlink", rows_mq_unlink, 4},
    [FDK_OP_MQ_SEND] = {"mq_send", rows_mq_send, 5},
    [FDK_OP_MQ_SEND_UNTIL] = {"mq_send_until", rows_mq_send_until, 6},
    [FDK_OP_MQ_RECEIVE] = {"mq_receive", rows_mq_receive, 5},
    [FDK_OP_MQ_RECEIVE_UNTIL] = {"mq_receive_until", rows_mq_receive_until, 6},
    [FDK_OP_MQ_GET_ATTR] = {"mq_get_attr", rows_mq_get_attr, 2},
    [FDK_OP_MQ_SET_NONBLOCK] = {"mq_set_nonblock", rows_mq_set_nonblock, 1},
    [FDK_OP_MQ_DEPTH] = {"mq_depth", rows_mq_depth, 1},
    [FDK_OP_MQ_IS_FULL] = {"mq_is_full", rows_mq_is_full, 1},
    [FDK_OP_MQ_IS_EMPTY] = {"mq_is_empty", rows_mq_is_empty, 1},
    [FDK_OP_MQ_NOTIFY_SIGNAL] = {"mq_notify_signal", rows_mq_notify_signal, 3},
    [FDK_OP_MQ_NOTIFY_NONE] = {"mq_notify_none", rows_mq_notify_none, 2},
    [FDK_OP_MQ_NOTIFY_REMOVE] = {"mq_notify_remove", rows_mq_notify_remove, 1},
    [FDK_OP_MQ_CLOSE] = {"mq_close", rows_mq_close, 2},
    [FDK_OP_MQ_RELEASE] = {"mq_release", rows_mq_release, 1},
    [FDK_OP_PIDFD_OPEN] = {"pidfd_open", rows_pidfd_open, 7},
    [FDK_OP_PIDFD_SEND_SIGNAL] = {"pidfd_send_signal", rows_pidfd_send_signal, 5},
    [FDK_OP_PIDFD_WAIT] = {"pidfd_wait", rows_pidfd_wait, 5},
    [FDK_OP_PIDFD_CLOSE] = {"pidfd_close", rows_pidfd_close, 2},
    [FDK_OP_PIPE_OPEN] = {"pipe_open", rows_pipe_open, 4},
    [FDK_OP_PIPE_CAPACITY] = {"pipe_capacity", rows_pipe_capacity, 1},
    [FDK_OP_PIPE_SET_CAPACITY] = {"pipe_set_capacity", rows_pipe_set_capacity, 5},
    [FDK_OP_PIPE_MAX_CAPACITY] = {"pipe_max_capacity", rows_pipe_max_capacity, 5},
    [FDK_OP_PIPE_AVAILABLE] = {"pipe_available", rows_pipe_available, 3},
    [FDK_OP_PIPE_READER_CLOSE] = {"pipe_reader_close", rows_pipe_reader_close, 2},
    [FDK_OP_PIPE_WRITER_CLOSE] = {"pipe_writer_close", rows_pipe_writer_close, 2},
    [FDK_OP_SENDFILE_ONCE] = {"sendfile_once", rows_sendfile_once, 10},
    [FDK_OP_SENDFILE_ALL] = {"sendfile_all", rows_sendfile_all, 12},
    [FDK_OP_SIGDISPATCH_NEW] = {"sigdispatch_new", rows_sigdispatch_new, 4},
    [FDK_OP_SIGDISPATCH_FREE] = {"sigdispatch_free", rows_sigdispatch_free, 1},
    [FDK_OP_SIGDISPATCH_ON] = {"sigdispatch_on", rows_sigdispatch_on, 3},
    [FDK_OP_SIGDISPATCH_SET_ACTION] = {"sigdispatch_set_action", rows_sigdispatch_set_action, 3},
    [FDK_OP_SIGDISPATCH_OFF] = {"sigdispatch_off", rows_sigdispatch_off, 3},
    [FDK_OP_SIGDISPATCH_FD] = {"sigdispatch_fd", rows_sigdispatch_fd, 1},
    [FDK_OP_SIGDISPATCH_DISPATCH] = {"sigdispatch_dispatch", rows_sigdispatch_dispatch, 3},
    [FDK_OP_SIGDISPATCH_RUN] = {"sigdispatch_run", rows_sigdispatch_run, 3},
    [FDK_OP_SIGNAL_SET_EMPTY] = {"signal_set_empty", rows_signal_set_empty, 1},
    [FDK_OP_SIGNAL_SET_FILL] = {"signal_set_fill", rows_signal_set_fill, 1},
    [FDK_OP_SIGNAL_SET_ADD] = {"signal_set_add", rows_signal_set_add, 1},
    [FDK_OP_SIGNAL_SET_DEL] = {"signal_set_del", rows_signal_set_del, 1},
    [FDK_OP_SIGNAL_SET_CONTAINS] = {"signal_set_contains", rows_signal_set_contains, 1},
    [FDK_OP_SIGNAL_SET_FROM_LIST] = {"signal_set_from_list", rows_signal_set_from_list, 1},
    [FDK_OP_SIGNAL_SET_NEXT] = {"signal_set_next", rows_signal_set_next, 1},
    [FDK_OP_SIGNAL_RTMIN] = {"signal_rtmin", rows_signal_rtmin, 1},
    [FDK_OP_SIGNAL_RTMAX] = {"signal_rtmax", rows_signal_rtmax, 1},
    [FDK_OP_SIGNAL_NAME] = {"signal_name", rows_signal_name, 2},
    [FDK_OP_SIGNAL_PARSE] = {"signal_parse", rows_signal_parse, 1},
    [FDK_OP_SIGNAL_MASK_BLOCK] = {"signal_mask_block", rows_signal_mask_block, 1},
    [FDK_OP_SIGNAL_MASK_UNBLOCK] = {"signal_mask_unblock", rows_signal_mask_unblock, 1},
    [FDK_OP_SIGNAL_MASK_SET] = {"signal_mask_set", rows_signal_mask_set, 1},
    [FDK_OP_SIGNAL_THREAD_CREATE_BLOCKED] = {"signal_thread_create_blocked", rows_signal_thread_create_blocked, 3},
    [FDK_OP_SIGNAL_DECODE] = {"signal_decode", rows_signal_decode, 1},
    [FDK_OP_SIGNAL_DECODE_SIGINFO] = {"signal_decode_siginfo", rows_signal_decode_siginfo, 1},
    [FDK_OP_SIGNAL_FORMAT] = {"signal_format", rows_signal_format, 1},
    [FDK_OP_SIGNAL_CODE_NAME] = {"signal_code_name", rows_signal_code_name, 3},
    [FDK_OP_SIGNAL_REAP_CHILDREN] = {"signal_reap_children", rows_signal_reap_children, 2},
    [FDK_OP_SIGNAL_RESET_FOR_EXEC] = {"signal_reset_for_exec", rows_signal_reset_for_exec, 1},
    [FDK_OP_SIGNALFD_OPEN] = {"signalfd_open", rows_signalfd_open, 5},
    [FDK_OP_SIGNALFD_SET_MASK] = {"signalfd_set_mask", rows_signalfd_set_mask, 3},
    [FDK_OP_SIGNALFD_READ] = {"signalfd_read", rows_signalfd_read, 5},
    [FDK_OP_SIGNALFD_CLOSE] = {"signalfd_close", rows_signalfd_close, 2},
    [FDK_OP_TCP_LISTEN] = {"tcp_listen", rows_tcp_listen, 10},
    [FDK_OP_TCP_ACCEPT] = {"tcp_accept", rows_tcp_accept, 11},
    [FDK_OP_TCP_CONNECT] = {"tcp_connect", rows_tcp_connect, 17},
    [FDK_OP_TCP_CONNECT_FINISH] = {"tcp_connect_finish", rows_tcp_connect_finish, 8},
    [FDK_OP_UDP_OPEN] = {"udp_open", rows_udp_open, 8},
    [FDK_OP_UDP_BIND] = {"udp_bind", rows_udp_bind, 10},
    [FDK_OP_UDP_CONNECT] = {"udp_connect", rows_udp_connect, 6},
    [FDK_OP_UNIX_LISTEN] = {"unix_listen", rows_unix_listen, 18},
    [FDK_OP_UNIX_LISTEN_AT] = {"unix_listen_at", rows_unix_listen_at, 19},
    [FDK_OP_UNIX_ACCEPT] = {"unix_accept", rows_unix_accept, 10},
    [FDK_OP_UNIX_CONNECT] = {"unix_connect", rows_unix_connect, 16},
    [FDK_OP_UNIX_CONNECT_AT] = {"unix_connect_at", rows_unix_connect_at, 17},
    [FDK_OP_UNIX_PAIR] = {"unix_pair", rows_unix_pair, 5},
    [FDK_OP_UNIX_SEQPACKET_LISTEN] = {"unix_seqpacket_listen", rows_unix_seqpacket_listen, 18},
    [FDK_OP_UNIX_SEQPACKET_LISTEN_AT] = {"unix_seqpacket_listen_at", rows_unix_seqpacket_listen_at, 19},
    [FDK_OP_UNIX_SEQPACKET_ACCEPT] = {"unix_seqpacket_accept", rows_unix_seqpacket_accept, 10},
    [FDK_OP_UNIX_SEQPACKET_CONNECT] = {"unix_seqpacket_connect", rows_unix_seqpacket_connect, 16},
    [FDK_OP_UNIX_SEQPACKET_CONNECT_AT] = {"unix_seqpacket_connect_at", rows_unix_seqpacket_connect_at, 17},
    [FDK_OP_UNIX_SEQPACKET_PAIR] = {"unix_seqpacket_pair", rows_unix_seqpacket_pair, 5},
    [FDK_OP_UNIX_DGRAM_OPEN] = {"unix_dgram_open", rows_unix_dgram_open, 5},
    [FDK_OP_UNIX_DGRAM_BIND] = {"unix_dgram_bind", rows_unix_dgram_bind, 18},
    [FDK_OP_UNIX_DGRAM_BIND_AT] = {"unix_dgram_bind_at", rows_unix_dgram_bind_at, 19},
    [FDK_OP_UNIX_DGRAM_CONNECT] = {"unix_dgram_connect", rows_unix_dgram_connect, 14},
    [FDK_OP_UNIX_DGRAM_CONNECT_AT] = {"unix_dgram_connect_at", rows_unix_dgram_connect_at, 14},
    [FDK_OP_UNIX_DGRAM_PAIR] = {"unix_dgram_pair", rows_unix_dgram_pair, 5},
    [FDK_OP_TCP_STREAM_SEND] = {"tcp_stream_send", rows_tcp_stream_send, 15},
    [FDK_OP_UNIX_STREAM_SEND] = {"unix_stream_send", rows_unix_stream_send, 15},
    [FDK_OP_UNIX_SEQPACKET_SEND] = {"unix_seqpacket_send", rows_unix_seqpacket_send, 15},
    [FDK_OP_UDP_SEND] = {"udp_send", rows_udp_send, 15},
    [FDK_OP_UNIX_DGRAM_SEND] = {"unix_dgram_send", rows_unix_dgram_send, 15},
    [FDK_OP_TCP_STREAM_RECV] = {"tcp_stream_recv", rows_tcp_stream_recv, 10},
    [FDK_OP_UNIX_STREAM_RECV] = {"unix_stream_recv", rows_unix_stream_recv, 10},
    [FDK_OP_UNIX_SEQPACKET_RECV] = {"unix_seqpacket_recv", rows_unix_seqpacket_recv, 10},
    [FDK_OP_UDP_RECV] = {"udp_recv", rows_udp_recv, 10},
    [FDK_OP_UNIX_DGRAM_RECV] = {"unix_dgram_recv", rows_unix_dgram_recv, 10},
    [FDK_OP_UDP_SENDTO] = {"udp_sendto", rows_udp_sendto, 20},
    [FDK_OP_UNIX_DGRAM_SENDTO] = {"unix_dgram_sendto", rows_unix_dgram_sendto, 20},
    [FDK_OP_TCP_STREAM_SENDMSG] = {"tcp_stream_sendmsg", rows_tcp_stream_sendmsg, 15},
    [FDK_OP_UNIX_STREAM_SENDMSG] = {"unix_stream_sendmsg", rows_unix_stream_sendmsg, 15},
    [FDK_OP_UNIX_SEQPACKET_SENDMSG] = {"unix_seqpacket_sendmsg", rows_unix_seqpacket_sendmsg, 15},
    [FDK_OP_UDP_SENDMSG] = {"udp_sendmsg", rows_udp_sendmsg, 15},
    [FDK_OP_UNIX_DGRAM_SENDMSG] = {"unix_dgram_sendmsg", rows_unix_dgram_sendmsg, 15},
    [FDK_OP_TCP_STREAM_RECVMSG] = {"tcp_stream_recvmsg", rows_tcp_stream_recvmsg, 10},
    [FDK_OP_UNIX_STREAM_RECVMSG] = {"unix_stream_recvmsg", rows_unix_stream_recvmsg, 10},
    [FDK_OP_UNIX_SEQPACKET_RECVMSG] = {"unix_seqpacket_recvmsg", rows_unix_seqpacket_recvmsg, 10},
    [FDK_OP_UDP_RECVMSG] = {"udp_recvmsg", rows_udp_recvmsg, 10},
    [FDK_OP_UNIX_DGRAM_RECVMSG] = {"unix_dgram_recvmsg", rows_unix_dgram_recvmsg, 10},
    [FDK_OP_TCP_STREAM_READV] = {"tcp_stream_readv", rows_tcp_stream_readv, 7},
    [FDK_OP_UNIX_STREAM_READV] = {"unix_stream_readv", rows_unix_stream_readv, 7},
    [FDK_OP_UNIX_SEQPACKET_READV] = {"unix_seqpacket_readv", rows_unix_seqpacket_readv, 7},
    [FDK_OP_UDP_READV] = {"udp_readv", rows_udp_readv, 7},
    [FDK_OP_UNIX_DGRAM_READV] = {"unix_dgram_readv", rows_unix_dgram_readv, 7},
    [FDK_OP_TCP_STREAM_WRITEV] = {"tcp_stream_writev", rows_tcp_stream_writev, 15},
    [FDK_OP_UNIX_STREAM_WRITEV] = {"unix_stream_writev", rows_unix_stream_writev, 15},
    [FDK_OP_UNIX_SEQPACKET_WRITEV] = {"unix_seqpacket_writev", rows_unix_seqpacket_writev, 15},
    [FDK_OP_UDP_WRITEV] = {"udp_writev", rows_udp_writev, 15},
    [FDK_OP_UNIX_DGRAM_WRITEV] = {"unix_dgram_writev", rows_unix_dgram_writev, 15},
    [FDK_OP_TCP_STREAM_SHUTDOWN] = {"tcp_stream_shutdown", rows_tcp_stream_shutdown, 4},
    [FDK_OP_UNIX_STREAM_SHUTDOWN] = {"unix_stream_shutdown", rows_unix_stream_shutdown, 4},
    [FDK_OP_UNIX_SEQPACKET_SHUTDOWN] = {"unix_seqpacket_shutdown", rows_unix_seqpacket_shutdown, 4},
    [FDK_OP_UDP_RECVFROM] = {"udp_recvfrom", rows_udp_recvfrom, 10},
    [FDK_OP_UNIX_DGRAM_RECVFROM] = {"unix_dgram_recvfrom", rows_unix_dgram_recvfrom, 10},
    [FDK_OP_SOCKET_LOCAL_ADDR] = {"socket_local_addr", rows_socket_local_addr, 4},
    [FDK_OP_SOCKET_PEER_ADDR] = {"socket_peer_addr", rows_socket_peer_addr, 5},
    [FDK_OP_SOCKET_GET_TCP_INFO] = {"socket_get_tcp_info", rows_socket_get_tcp_info, 6},
    [FDK_OP_SOCKET_GET_PEERPIDFD] = {"socket_get_peerpidfd", rows_socket_get_peerpidfd, 8},
    [FDK_OP_SOCKET_SEND_FDS] = {"socket_send_fds", rows_socket_send_fds, 16},
    [FDK_OP_SOCKET_SEND_CREDS] = {"socket_send_creds", rows_socket_send_creds, 17},
    [FDK_OP_SOCKET_RECV_ANCILLARY] = {"socket_recv_ancillary", rows_socket_recv_ancillary, 10},
    [FDK_OP_SOCKET_SEND_BATCH] = {"socket_send_batch", rows_socket_send_batch, 16},
    [FDK_OP_SOCKET_RECV_BATCH] = {"socket_recv_batch", rows_socket_recv_batch, 10},
    [FDK_OP_SOCKET_SEND_ZEROCOPY] = {"socket_send_zerocopy", rows_socket_send_zerocopy, 15},
    [FDK_OP_SOCKET_ZEROCOPY_COMPLETIONS] = {"socket_zerocopy_completions", rows_socket_zerocopy_completions, 10},
    [FDK_OP_SOCKET_SET_REUSEADDR] = {"socket_set_reuseaddr", rows_socket_set_reuseaddr, 5},
    [FDK_OP_SOCKET_GET_REUSEADDR] = {"socket_get_reuseaddr", rows_socket_get_reuseaddr, 5},
    [FDK_OP_SOCKET_SET_REUSEPORT] = {"socket_set_reuseport", rows_socket_set_reuseport, 5},
    [FDK_OP_SOCKET_GET_REUSEPORT] = {"socket_get_reuseport", rows_socket_get_reuseport, 5},
    [FDK_OP_SOCKET_SET_BROADCAST] = {"socket_set_broadcast", rows_socket_set_broadcast, 5},
    [FDK_OP_SOCKET_GET_BROADCAST] = {"socket_get_broadcast", rows_socket_get_broadcast, 5},
    [FDK_OP_SOCKET_SET_KEEPALIVE] = {"socket_set_keepalive", rows_socket_set_keepalive, 5},
    [FDK_OP_SOCKET_GET_KEEPALIVE] = {"socket_get_keepalive", rows_socket_get_keepalive, 5},
    [FDK_OP_SOCKET_SET_OOBINLINE] = {"socket_set_oobinline", rows_socket_set_oobinline, 5},
    [FDK_OP_SOCKET_GET_OOBINLINE] = {"socket_get_oobinline", rows_socket_get_oobinline, 5},
    [FDK_OP_SOCKET_SET_PASSCRED] = {"socket_set_passcred", rows_socket_set_passcred, 5},
    [FDK_OP_SOCKET_GET_PASSCRED] = {"socket_get_passcred", rows_socket_get_passcred, 5},
    [FDK_OP_SOCKET_SET_ZEROCOPY] = {"socket_set_zerocopy", rows_socket_set_zerocopy, 5},
    [FDK_OP_SOCKET_GET_ZEROCOPY] = {"socket_get_zerocopy", rows_socket_get_zerocopy, 5},
    [FDK_OP_SOCKET_GET_ACCEPTCONN] = {"socket_get_acceptconn", rows_socket_get_acceptconn, 5},
    [FDK_OP_SOCKET_SET_RCVBUF] = {"socket_set_rcvbuf", rows_socket_set_rcvbuf, 5},
    [FDK_OP_SOCKET_GET_RCVBUF] = {"socket_get_rcvbuf", rows_socket_get_rcvbuf, 5},
    [FDK_OP_SOCKET_SET_SNDBUF] = {"socket_set_sndbuf", rows_socket_set_sndbuf, 5},
    [FDK_OP_SOCKET_GET_SNDBUF] = {"socket_get_sndbuf", rows_socket_get_sndbuf, 5},
    [FDK_OP_SOCKET_SET_RCVLOWAT] = {"socket_set_rcvlowat", rows_socket_set_rcvlowat, 5},
    [FDK_OP_SOCKET_GET_RCVLOWAT] = {"socket_get_rcvlowat", rows_socket_get_rcvlowat, 5},
    [FDK_OP_SOCKET_SET_RCVTIMEO] = {"socket_set_rcvtimeo", rows_socket_set_rcvtimeo, 5},
    [FDK_OP_SOCKET_GET_RCVTIMEO] = {"socket_get_rcvtimeo", rows_socket_get_rcvtimeo, 6},
    [FDK_OP_SOCKET_SET_SNDTIMEO] = {"socket_set_sndtimeo", rows_socket_set_sndtimeo, 5},
    [FDK_OP_SOCKET_GET_SNDTIMEO] = {"socket_get_sndtimeo", rows_socket_get_sndtimeo, 6},
    [FDK_OP_SOCKET_SET_LINGER] = {"socket_set_linger", rows_socket_set_linger, 5},
    [FDK_OP_SOCKET_GET_LINGER] = {"socket_get_linger", rows_socket_get_linger, 6},
    [FDK_OP_SOCKET_SET_INCOMING_CPU] = {"socket_set_incoming_cpu", rows_socket_set_incoming_cpu, 5},
    [FDK_OP_SOCKET_GET_INCOMING_CPU] = {"socket_get_incoming_cpu", rows_socket_get_incoming_cpu, 5},
    [FDK_OP_SOCKET_SET_BUSY_POLL] = {"socket_set_busy_poll", rows_socket_set_busy_poll, 5},
    [FDK_OP_SOCKET_GET_BUSY_POLL] = {"socket_get_busy_poll", rows_socket_get_busy_poll, 5},
    [FDK_OP_SOCKET_GET_ERROR] = {"socket_get_error", rows_socket_get_error, 5},
    [FDK_OP_SOCKET_GET_TYPE] = {"socket_get_type", rows_socket_get_type, 5},
    [FDK_OP_SOCKET_GET_DOMAIN] = {"socket_get_domain", rows_socket_get_domain, 5},
    [FDK_OP_SOCKET_GET_PROTOCOL] = {"socket_get_protocol", rows_socket_get_protocol, 5},
    [FDK_OP_SOCKET_GET_PEERCRED] = {"socket_get_peercred", rows_socket_get_peercred, 6},
    [FDK_OP_SOCKET_SET_NODELAY] = {"socket_set_nodelay", rows_socket_set_nodelay, 5},
    [FDK_OP_SOCKET_GET_NODELAY] = {"socket_get_nodelay", rows_socket_get_nodelay, 5},
    [FDK_OP_SOCKET_SET_CORK] = {"socket_set_cork", rows_socket_set_cork, 5},
    [FDK_OP_SOCKET_GET_CORK] = {"socket_get_cork", rows_socket_get_cork, 5},
    [FDK_OP_SOCKET_SET_KEEPIDLE] = {"socket_set_keepidle", rows_socket_set_keepidle, 5},
    [FDK_OP_SOCKET_GET_KEEPIDLE] = {"socket_get_keepidle", rows_socket_get_keepidle, 5},
    [FDK_OP_SOCKET_SET_KEEPINTVL] = {"socket_set_keepintvl", rows_socket_set_keepintvl, 5},
    [FDK_OP_SOCKET_GET_KEEPINTVL] = {"socket_get_keepintvl", rows_socket_get_keepintvl, 5},
    [FDK_OP_SOCKET_SET_KEEPCNT] = {"socket_set_keepcnt", rows_socket_set_keepcnt, 5},
    [FDK_OP_SOCKET_GET_KEEPCNT] = {"socket_get_keepcnt", rows_socket_get_keepcnt, 5},
    [FDK_OP_SOCKET_SET_SYNCNT] = {"socket_set_syncnt", rows_socket_set_syncnt, 5},
    [FDK_OP_SOCKET_GET_SYNCNT] = {"socket_get_syncnt", rows_socket_get_syncnt, 5},
    [FDK_OP_SOCKET_SET_LINGER2] = {"socket_set_linger2", rows_socket_set_linger2, 5},
    [FDK_OP_SOCKET_GET_LINGER2] = {"socket_get_linger2", rows_socket_get_linger2, 5},
    [FDK_OP_SOCKET_SET_DEFER_ACCEPT] = {"socket_set_defer_accept", rows_socket_set_defer_accept, 5},
    [FDK_OP_SOCKET_GET_DEFER_ACCEPT] = {"socket_get_defer_accept", rows_socket_get_defer_accept, 5},
    [FDK_OP_SOCKET_SET_FASTOPEN] = {"socket_set_fastopen", rows_socket_set_fastopen, 5},
    [FDK_OP_SOCKET_GET_FASTOPEN] = {"socket_get_fastopen", rows_socket_get_fastopen, 5},
    [FDK_OP_SOCKET_SET_USER_TIMEOUT] = {"socket_set_user_timeout", rows_socket_set_user_timeout, 5},
    [FDK_OP_SOCKET_GET_USER_TIMEOUT] = {"socket_get_user_timeout", rows_socket_get_user_timeout, 5},
    [FDK_OP_SOCKET_SET_V6ONLY] = {"socket_set_v6only", rows_socket_set_v6only, 5},
    [FDK_OP_SOCKET_GET_V6ONLY] = {"socket_get_v6only", rows_socket_get_v6only, 5},
    [FDK_OP_SOCKET_CLOSE] = {"socket_close", rows_socket_close, 2},
    [FDK_OP_TCP_LISTENER_CLOSE] = {"tcp_listener_close", rows_tcp_listener_close, 2},
    [FDK_OP_TCP_STREAM_CLOSE] = {"tcp_stream_close", rows_tcp_stream_close, 2},
    [FDK_OP_UDP_CLOSE] = {"udp_close", rows_udp_close, 2},
    [FDK_OP_UNIX_LISTENER_CLOSE] = {"unix_listener_close", rows_unix_listener_close, 2},
    [FDK_OP_UNIX_LISTENER_RELEASE] = {"unix_listener_release", rows_unix_listener_release, 1},
    [FDK_OP_UNIX_STREAM_CLOSE] = {"unix_stream_close", rows_unix_stream_close, 2},
    [FDK_OP_UNIX_DGRAM_CLOSE] = {"unix_dgram_close", rows_unix_dgram_close, 2},
    [FDK_OP_UNIX_DGRAM_RELEASE] = {"unix_dgram_release", rows_unix_dgram_release, 1},
    [FDK_OP_UNIX_SEQPACKET_LISTENER_CLOSE] = {"unix_seqpacket_listener_close", rows_unix_seqpacket_listener_close, 2},
    [FDK_OP_UNIX_SEQPACKET_LISTENER_RELEASE] = {"unix_seqpacket_listener_release", rows_unix_seqpacket_listener_release, 1},
    [FDK_OP_UNIX_SEQPACKET_CLOSE] = {"unix_seqpacket_close", rows_unix_seqpacket_close, 2},
    [FDK_OP_SPLICE_ONCE] = {"splice_once", rows_splice_once, 7},
    [FDK_OP_SPLICE_TEE] = {"splice_tee", rows_splice_tee, 5},
    [FDK_OP_SPLICE_VMSPLICE] = {"splice_vmsplice", rows_splice_vmsplice, 6},
    [FDK_OP_SPLICE_ALL] = {"splice_all", rows_splice_all, 10},
    [FDK_OP_TIMERFD_OPEN] = {"timerfd_open", rows_timerfd_open, 6},
    [FDK_OP_TIMERFD_SET] = {"timerfd_set", rows_timerfd_set, 3},
    [FDK_OP_TIMERFD_GET] = {"timerfd_get", rows_timerfd_get, 2},
    [FDK_OP_TIMERFD_READ] = {"timerfd_read", rows_timerfd_read, 6},
    [FDK_OP_TIMERFD_SET_ONESHOT_NS] = {"timerfd_set_oneshot_ns", rows_timerfd_set_oneshot_ns, 2},
    [FDK_OP_TIMERFD_SET_PERIODIC_NS] = {"timerfd_set_periodic_ns", rows_timerfd_set_periodic_ns, 2},
    [FDK_OP_TIMERFD_DISARM] = {"timerfd_disarm", rows_timerfd_disarm, 2},
    [FDK_OP_TIMERFD_GET_NS] = {"timerfd_get_ns", rows_timerfd_get_ns, 3},
    [FDK_OP_TIMERFD_CLOSE] = {"timerfd_close", rows_timerfd_close, 2},
    [FDK_OP_TTY_OPEN] = {"tty_open", rows_tty_open, 16},
    [FDK_OP_TTY_IS_TTY] = {"tty_is_tty", rows_tty_is_tty, 1},
    [FDK_OP_TTY_READ] = {"tty_read", rows_tty_read, 6},
    [FDK_OP_TTY_WRITE] = {"tty_write", rows_tty_write, 6},
    [FDK_OP_TTY_READV] = {"tty_readv", rows_tty_readv, 6},
    [FDK_OP_TTY_WRITEV] = {"tty_writev", rows_tty_writev, 6},
    [FDK_OP_TTY_GET] = {"tty_get", rows_tty_get, 4},
    [FDK_OP_TTY_SET] = {"tty_set", rows_tty_set, 5},
    [FDK_OP_TTY_SET_SPEED] = {"tty_set_speed", rows_tty_set_speed, 4},
    [FDK_OP_TTY_GET_SPEED] = {"tty_get_speed", rows_tty_get_speed, 4},
    [FDK_OP_TTY_SAVE] = {"tty_save", rows_tty_save, 4},
    [FDK_OP_TTY_RESTORE] = {"tty_restore", rows_tty_restore, 4},
    [FDK_OP_TTY_RESTORE_ON_EXIT] = {"tty_restore_on_exit", rows_tty_restore_on_exit, 4},
    [FDK_OP_TTY_MODEM_GET] = {"tty_modem_get", rows_tty_modem_get, 5},
    [FDK_OP_TTY_MODEM_SET] = {"tty_modem_set", rows_tty_modem_set, 5},
    [FDK_OP_TTY_MODEM_RAISE] = {"tty_modem_raise", rows_tty_modem_raise, 5},
    [FDK_OP_TTY_MODEM_LOWER] = {"tty_modem_lower", rows_tty_modem_lower, 5},
    [FDK_OP_TTY_MODEM_WAIT] = {"tty_modem_wait", rows_tty_modem_wait, 6},
    [FDK_OP_TTY_ICOUNT] = {"tty_icount", rows_tty_icount, 5},
    [FDK_OP_TTY_SEND_BREAK] = {"tty_send_break", rows_tty_send_break, 6},
    [FDK_OP_TTY_BREAK] = {"tty_break", rows_tty_break, 5},
    [FDK_OP_TTY_FLUSH] = {"tty_flush", rows_tty_flush, 4},
    [FDK_OP_TTY_DRAIN] = {"tty_drain", rows_tty_drain, 4},
    [FDK_OP_TTY_PENDING] = {"tty_pending", rows_tty_pending, 4},
    [FDK_OP_TTY_FLOW] = {"tty_flow", rows_tty_flow, 4},
    [FDK_OP_TTY_SESSION] = {"tty_session", rows_tty_session, 3},
    [FDK_OP_TTY_WINSIZE_GET] = {"tty_winsize_get", rows_tty_winsize_get, 4},
    [FDK_OP_TTY_WINSIZE_SET] = {"tty_winsize_set", rows_tty_winsize_set, 4},
    [FDK_OP_TTY_EXCLUSIVE] = {"tty_exclusive", rows_tty_exclusive, 3},
    [FDK_OP_TTY_RS485_GET] = {"tty_rs485_get", rows_tty_rs485_get, 5},
    [FDK_OP_TTY_RS485_SET] = {"tty_rs485_set", rows_tty_rs485_set, 5},
    [FDK_OP_TTY_PTY_OPEN] = {"tty_pty_open", rows_tty_pty_open, 7},
    [FDK_OP_TTY_PTY_NAME] = {"tty_pty_name", rows_tty_pty_name, 4},
    [FDK_OP_TTY_CLOSE] = {"tty_close", rows_tty_close, 2},
    [FDK_OP_MEMFD_CREATE] = {"memfd_create", rows_memfd_create, 6},
    [FDK_OP_MEMFD_ADD_SEALS] = {"memfd_add_seals", rows_memfd_add_seals, 4},
    [FDK_OP_MEMFD_GET_SEALS] = {"memfd_get_seals", rows_memfd_get_seals, 2},
    [FDK_OP_MEMFD_CLOSE] = {"memfd_close", rows_memfd_close, 2},
    [FDK_OP_SOCKET_SET_MARK] = {"socket_set_mark", rows_socket_set_mark, 6},
    [FDK_OP_SOCKET_GET_MARK] = {"socket_get_mark", rows_socket_get_mark, 5},
    [FDK_OP_SOCKET_SET_PRIORITY] = {"socket_set_priority", rows_socket_set_priority, 6},
    [FDK_OP_SOCKET_GET_PRIORITY] = {"socket_get_priority", rows_socket_get_priority, 5},
    [FDK_OP_SOCKET_SET_BINDTODEVICE] = {"socket_set_bindtodevice", rows_socket_set_bindtodevice, 7},
    [FDK_OP_SOCKET_GET_BINDTODEVICE] = {"socket_get_bindtodevice", rows_socket_get_bindtodevice, 7},
    [FDK_OP_SOCKET_SET_PEEK_OFF] = {"socket_set_peek_off", rows_socket_set_peek_off, 5},
    [FDK_OP_SOCKET_GET_PEEK_OFF] = {"socket_get_peek_off", rows_socket_get_peek_off, 5},
    [FDK_OP_SOCKET_GET_COOKIE] = {"socket_get_cookie", rows_socket_get_cookie, 6},
    [FDK_OP_SOCKET_SET_MAXSEG] = {"socket_set_maxseg", rows_socket_set_maxseg, 5},
    [FDK_OP_SOCKET_GET_MAXSEG] = {"socket_get_maxseg", rows_socket_get_maxseg, 5},
    [FDK_OP_SOCKET_SET_QUICKACK] = {"socket_set_quickack", rows_socket_set_quickack, 5},
    [FDK_OP_SOCKET_GET_QUICKACK] = {"socket_get_quickack", rows_socket_get_quickack, 5},
    [FDK_OP_SOCKET_SET_NOTSENT_LOWAT] = {"socket_set_notsent_lowat", rows_socket_set_notsent_lowat, 5},
    [FDK_OP_SOCKET_GET_NOTSENT_LOWAT] = {"socket_get_notsent_lowat", rows_socket_get_notsent_lowat, 5},
    [FDK_OP_SOCKET_SET_INQ] = {"socket_set_inq", rows_socket_set_inq, 5},
    [FDK_OP_SOCKET_GET_INQ] = {"socket_get_inq", rows_socket_get_inq, 5},
    [FDK_OP_SOCKET_SET_CONGESTION] = {"socket_set_congestion", rows_socket_set_congestion, 7},
    [FDK_OP_SOCKET_GET_CONGESTION] = {"socket_get_congestion", rows_socket_get_congestion, 6},
    [FDK_OP_EPOLL_SET_BUSY_POLL] = {"epoll_set_busy_poll", rows_epoll_set_busy_poll, 5},
    [FDK_OP_EPOLL_GET_BUSY_POLL] = {"epoll_get_busy_poll", rows_epoll_get_busy_poll, 4},
    [FDK_OP_SOCKET_SET_BINDTOIFINDEX] = {"socket_set_bindtoifindex", rows_socket_set_bindtoifindex, 6},
    [FDK_OP_SOCKET_GET_BINDTOIFINDEX] = {"socket_get_bindtoifindex", rows_socket_get_bindtoifindex, 5},
    [FDK_OP_SOCKET_SET_DONTROUTE] = {"socket_set_dontroute", rows_socket_set_dontroute, 5},
    [FDK_OP_SOCKET_GET_DONTROUTE] = {"socket_get_dontroute", rows_socket_get_dontroute, 5},
    [FDK_OP_SOCKET_SET_BUSY_POLL_BUDGET] = {"socket_set_busy_poll_budget", rows_socket_set_busy_poll_budget, 6},
    [FDK_OP_SOCKET_SET_PREFER_BUSY_POLL] = {"socket_set_prefer_busy_poll", rows_socket_set_prefer_busy_poll, 6},
    [FDK_OP_SOCKET_GET_PREFER_BUSY_POLL] = {"socket_get_prefer_busy_poll", rows_socket_get_prefer_busy_poll, 5},
    [FDK_OP_SOCKET_GET_INCOMING_NAPI_ID] = {"socket_get_incoming_napi_id", rows_socket_get_incoming_napi_id, 5},
    [FDK_OP_SOCKET_SET_MAX_PACING_RATE] = {"socket_set_max_pacing_rate", rows_socket_set_max_pacing_rate, 5},
    [FDK_OP_SOCKET_GET_MAX_PACING_RATE] = {"socket_get_max_pacing_rate", rows_socket_get_max_pacing_rate, 5},
    [FDK_OP_SOCKET_SET_SELECT_ERR_QUEUE] = {"socket_set_select_err_queue", rows_socket_set_select_err_queue, 5},
    [FDK_OP_SOCKET_GET_SELECT_ERR_QUEUE] = {"socket_get_select_err_queue", rows_socket_get_select_err_queue, 5},
    [FDK_OP_SOCKET_GET_NETNS_COOKIE] = {"socket_get_netns_cookie", rows_socket_get_netns_cookie, 6},
    [FDK_OP_SOCKET_SET_RCVBUFFORCE] = {"socket_set_rcvbufforce", rows_socket_set_rcvbufforce, 6},
    [FDK_OP_SOCKET_SET_SNDBUFFORCE] = {"socket_set_sndbufforce", rows_socket_set_sndbufforce, 6},
    [FDK_OP_SOCKET_SET_WINDOW_CLAMP] = {"socket_set_window_clamp", rows_socket_set_window_clamp, 5},
    [FDK_OP_SOCKET_GET_WINDOW_CLAMP] = {"socket_get_window_clamp", rows_socket_get_window_clamp, 5},
    [FDK_OP_SOCKET_SET_FASTOPEN_NO_COOKIE] = {"socket_set_fastopen_no_cookie", rows_socket_set_fastopen_no_cookie, 5},
    [FDK_OP_SOCKET_GET_FASTOPEN_NO_COOKIE] = {"socket_get_fastopen_no_cookie", rows_socket_get_fastopen_no_cookie, 5},
    [FDK_OP_SOCKET_GET_FASTOPEN_CONNECT] = {"socket_get_fastopen_connect", rows_socket_get_fastopen_connect, 5},
    [FDK_OP_SOCKET_SET_PASSPIDFD] = {"socket_set_passpidfd", rows_socket_set_passpidfd, 5},
    [FDK_OP_SOCKET_GET_PASSPIDFD] = {"socket_get_passpidfd", rows_socket_get_passpidfd, 5},
};

static const char *const class_names[] = {
    [FDK_ERRCLASS_NONE] = "none",
    [FDK_ERRCLASS_WOULD_BLOCK] = "would_block",
    [FDK_ERRCLASS_INTERRUPTED] = "interrupted",
    [FDK_ERRCLASS_IN_PROGRESS] = "in_progress",
    [FDK_ERRCLASS_CANCELLED] = "cancelled",
    [FDK_ERRCLASS_LIMIT] = "limit",
    [FDK_ERRCLASS_PERMISSION] = "permission",
    [FDK_ERRCLASS_INVALID] = "invalid",
    [FDK_ERRCLASS_BAD_FD] = "bad_fd",
    [FDK_ERRCLASS_NOT_FOUND] = "not_found",
    [FDK_ERRCLASS_EXISTS] = "exists",
    [FDK_ERRCLASS_PEER] = "peer",
    [FDK_ERRCLASS_UNSUPPORTED] = "unsupported",
    [FDK_ERRCLASS_IO] = "io",
    [FDK_ERRCLASS_UNEXPECTED] = "unexpected",
};

/*
 * Text built on demand, one buffer per thread and per function: fdk_strerror
 * formats fdk_errno_name's result, so the two must never share a buffer.
 */
static _Thread_local char scratch[160];
static _Thread_local char name_scratch[24];

static int positive(int err)
{
    if (err == INT_MIN)
        return INT_MAX; /* no errno has this value; avoid the overflow of -INT_MIN */
    return err < 0 ? -err : err;
}

const char *fdk_errno_name(int err)
{
    switch (positive(err)) {
    case 0:
        return "0";
    case EPERM:
        return "EPERM";
    case ENOENT:
        return "ENOENT";
    case ESRCH:
        return "ESRCH";
    case EINTR:
        return "EINTR";
    case EIO:
        return "EIO";
    case ENXIO:
        return "ENXIO";
    case E2BIG:
        return "E2BIG";
    case ENOEXEC:
        return "ENOEXEC";
    case EBADF:
        return "EBADF";
    case ECHILD:
        return "ECHILD";
    case EAGAIN:
        return "EAGAIN";
    case ENOMEM:
        return "ENOMEM";
    case EACCES:
        return "EACCES";
    case EFAULT:
        return "EFAULT";
    case ENOTBLK:
        return "ENOTBLK";
    case EBUSY:
        return "EBUSY";
    case EEXIST:
        return "EEXIST";
    case EXDEV:
        return "EXDEV";
    case ENODEV:
        return "ENODEV";
    case ENOTDIR:
        return "ENOTDIR";
    case EISDIR:
        return "EISDIR";
    case EINVAL:
        return "EINVAL";
    case ENFILE:
        return "ENFILE";
    case EMFILE:
        return "EMFILE";
    case ENOTTY:
        return "ENOTTY";
    case ETXTBSY:
        return "ETXTBSY";
    case EFBIG:
        return "EFBIG";
    case ENOSPC:
        return "ENOSPC";
    case ESPIPE:
        return "ESPIPE";
    case EROFS:
        return "EROFS";
    case EMLINK:
        return "EMLINK";
    case EPIPE:
        return "EPIPE";
    case EDOM:
        return "EDOM";
    case ERANGE:
        return "ERANGE";
    case EDEADLK:
        return "EDEADLK";
    case ENAMETOOLONG:
        return "ENAMETOOLONG";
    case ENOLCK:
        return "ENOLCK";
    case ENOSYS:
        return "ENOSYS";
    case ENOTEMPTY:
        return "ENOTEMPTY";
    case ELOOP:
        return "ELOOP";
    case ENOMSG:
        return "ENOMSG";
    case EIDRM:
        return "EIDRM";
    case ECHRNG:
        return "ECHRNG";
    case EL2NSYNC:
        return "EL2NSYNC";
    case EL3HLT:
        return "EL3HLT";
    case EL3RST:
        return "EL3RST";
    case ELNRNG:
        return "ELNRNG";
    case EUNATCH:
        return "EUNATCH";
    case ENOCSI:
        return "ENOCSI";
    case EL2HLT:
        return "EL2HLT";
    case EBADE:
        return "EBADE";
    case EBADR:
        return "EBADR";
    case EXFULL:
        return "EXFULL";
    case ENOANO:
        return "ENOANO";
    case EBADRQC:
        return "EBADRQC";
    case EBADSLT:
        return "EBADSLT";
    case EBFONT:
        return "EBFONT";
    case ENOSTR:
        return "ENOSTR";
    case ENODATA:
        return "ENODATA";
    case ETIME:
        return "ETIME";
    case ENOSR:
        return "ENOSR";
    case ENONET:
        return "ENONET";
    case ENOPKG:
        return "ENOPKG";
    case EREMOTE:
        return "EREMOTE";
    case ENOLINK:
        return "ENOLINK";
    case EADV:
        return "EADV";
    case ESRMNT:
        return "ESRMNT";
    case ECOMM:
        return "ECOMM";
    case EPROTO:
        return "EPROTO";
    case EMULTIHOP:
        return "EMULTIHOP";
    case EDOTDOT:
        return "EDOTDOT";
    case EBADMSG:
        return "EBADMSG";
    case EOVERFLOW:
        return "EOVERFLOW";
    case ENOTUNIQ:
        return "ENOTUNIQ";
    case EBADFD:
        return "EBADFD";
    case EREMCHG:
        return "EREMCHG";
    case ELIBACC:
        return "ELIBACC";
    case ELIBBAD:
        return "ELIBBAD";
    case ELIBSCN:
        return "ELIBSCN";
    case ELIBMAX:
        return "ELIBMAX";
    case ELIBEXEC:
        return "ELIBEXEC";
    case EILSEQ:
        return "EILSEQ";
    case ERESTART:
        return "ERESTART";
    case ESTRPIPE:
        return "ESTRPIPE";
    case EUSERS:
        return "EUSERS";
    case ENOTSOCK:
        return "ENOTSOCK";
    case EDESTADDRREQ:
        return "EDESTADDRREQ";
    case EMSGSIZE:
        return "EMSGSIZE";
    case EPROTOTYPE:
        return "EPROTOTYPE";
    case ENOPROTOOPT:
        return "ENOPROTOOPT";
    case EPROTONOSUPPORT:
        return "EPROTONOSUPPORT";
    case ESOCKTNOSUPPORT:
        return "ESOCKTNOSUPPORT";
    case EOPNOTSUPP:
        return "EOPNOTSUPP";
    case EPFNOSUPPORT:
        return "EPFNOSUPPORT";
    case EAFNOSUPPORT:
        return "EAFNOSUPPORT";
    case EADDRINUSE:
        return "EADDRINUSE";
    case EADDRNOTAVAIL:
        return "EADDRNOTAVAIL";
    case ENETDOWN:
        return "ENETDOWN";
    case ENETUNREACH:
        return "ENETUNREACH";
    case ENETRESET:
        return "ENETRESET";
    case ECONNABORTED:
        return "ECONNABORTED";
    case ECONNRESET:
        return "ECONNRESET";
    case ENOBUFS:
        return "ENOBUFS";
    case EISCONN:
        return "EISCONN";
    case ENOTCONN:
        return "ENOTCONN";
    case ESHUTDOWN:
        return "ESHUTDOWN";
    case ETOOMANYREFS:
        return "ETOOMANYREFS";
    case ETIMEDOUT:
        return "ETIMEDOUT";
    case ECONNREFUSED:
        return "ECONNREFUSED";
    case EHOSTDOWN:
        return "EHOSTDOWN";
    case EHOSTUNREACH:
        return "EHOSTUNREACH";
    case EALREADY:
        return "EALREADY";
    case EINPROGRESS:
        return "EINPROGRESS";
    case ESTALE:
        return "ESTALE";
    case EUCLEAN:
        return "EUCLEAN";
    case ENOTNAM:
        return "ENOTNAM";
    case ENAVAIL:
        return "ENAVAIL";
    case EISNAM:
        return "EISNAM";
    case EREMOTEIO:
        return "EREMOTEIO";
    case EDQUOT:
        return "EDQUOT";
    case ENOMEDIUM:
        return "ENOMEDIUM";
    case EMEDIUMTYPE:
        return "EMEDIUMTYPE";
    case ECANCELED:
        return "ECANCELED";
    case ENOKEY:
        return "ENOKEY";
    case EKEYEXPIRED:
        return "EKEYEXPIRED";
    case EKEYREVOKED:
        return "EKEYREVOKED";
    case EKEYREJECTED:
        return "EKEYREJECTED";
    case EOWNERDEAD:
        return "EOWNERDEAD";
    case ENOTRECOVERABLE:
        return "ENOTRECOVERABLE";
    case ERFKILL:
        return "ERFKILL";
    case EHWPOISON:
        return "EHWPOISON";
    default:
        snprintf(name_scratch, sizeof name_scratch, "E?%d", positive(err));
        return name_scratch;
    }
}

static const struct errrow *find(fdk_op op, int err)
{
    const struct opinfo *info;
    size_t i;

    if ((unsigned)op >= FDK_OP__COUNT)
        return NULL;
    info = &ops[op];
    for (i = 0; i < info->count; i++)
        if (info->rows[i].err == err)
            return &info->rows[i];
    return NULL;
}

const char *fdk_strerror(fdk_op op, int err)
{
    const struct errrow *row;
    const char *desc;
    char buf[96];

    err = positive(err);
    row = find(op, err);
    if (row)
        return row->text;
    if (err == 0)
        desc = "success";
    else {
#if defined(__GLIBC__) && defined(_GNU_SOURCE)
        desc = strerror_r(err, buf, sizeof buf); /* GNU variant: returns the text */
#else
        if (strerror_r(err, buf, sizeof buf) != 0)
            snprintf(buf, sizeof buf, "error %d", err);
        desc = buf;
#endif
    }
    if (err == 0)
        snprintf(scratch, sizeof scratch, "%s: %s", fdk_op_name(op), desc);
    else
        snprintf(scratch, sizeof scratch, "%s: %s (%s)", fdk_op_name(op), desc, fdk_errno_name(err));
    return scratch;
}

fdk_error_class fdk_errclass(fdk_op op, int err)
{
    const struct errrow *row;

    err = positive(err);
    if (err == 0)
        return FDK_ERRCLASS_NONE;
    row = find(op, err);
    return row ? row->cls : FDK_ERRCLASS_UNEXPECTED;
}

const char *fdk_error_class_name(fdk_error_class cls)
{
    if ((unsigned)cls >= FDK_ERRCLASS__COUNT)
        return "unknown";
    return class_names[cls];
}

const char *fdk_op_name(fdk_op op)
{
    if ((unsigned)op >= FDK_OP__COUNT || !ops[op].name)
        return "unknown";
    return ops[op].name;
}
