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
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_write: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_write: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_write: no space left on the device (ENOSPC)"},
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
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_writev: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_writev: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_writev: no space left on the device (ENOSPC)"},
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
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_write_all: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_write_all: low-level I/O error, or the fd accepted no bytes (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_write_all: no space left on the device (ENOSPC)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "fd_write_all: the read end of the pipe or socket is closed (EPIPE)"},
};

static const struct errrow rows_fd_readv_all[] = {
    {EAGAIN, FDK_ERRCLASS_WOULD_BLOCK,
     "fd_readv_all: no data available and the fd is non-blocking (EAGAIN)"},
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "fd_readv_all: fd is not open for reading (EBADF)"},
    {EFAULT, FDK_ERRCLASS_INVALID,
     "fd_readv_all: the buffer is outside the address space (EFAULT)"},
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
    {EINVAL, FDK_ERRCLASS_INVALID,
     "fd_writev_all: fd cannot be written this way (EINVAL)"},
    {EIO, FDK_ERRCLASS_IO,
     "fd_writev_all: low-level I/O error (EIO)"},
    {ENOSPC, FDK_ERRCLASS_LIMIT,
     "fd_writev_all: no space left on the device (ENOSPC)"},
    {EPIPE, FDK_ERRCLASS_PEER,
     "fd_writev_all: the read end of the pipe or socket is closed (EPIPE)"},
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
     "epoll_wait: ep is not an epoll instance, or max is not positive (EINVAL)"},
};

static const struct errrow rows_epoll_pwait[] = {
    {EBADF, FDK_ERRCLASS_BAD_FD,
     "epoll_pwait: ep is not an open descriptor (EBADF)"},
    {EINTR, FDK_ERRCLASS_INTERRUPTED,
     "epoll_pwait: a signal handler ran before any event arrived (EINTR)"},
    {EINVAL, FDK_ERRCLASS_INVALID,
     "epoll_pwait: ep is not an epoll instance, or max is not positive (EINVAL)"},
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

static const struct opinfo ops[] = {
    [FDK_OP_FD_READ] = {"fd_read", rows_fd_read, 6},
    [FDK_OP_FD_WRITE] = {"fd_write", rows_fd_write, 9},
    [FDK_OP_FD_READV] = {"fd_readv", rows_fd_readv, 6},
    [FDK_OP_FD_WRITEV] = {"fd_writev", rows_fd_writev, 9},
    [FDK_OP_FD_READ_EXACT] = {"fd_read_exact", rows_fd_read_exact, 7},
    [FDK_OP_FD_WRITE_ALL] = {"fd_write_all", rows_fd_write_all, 9},
    [FDK_OP_FD_READV_ALL] = {"fd_readv_all", rows_fd_readv_all, 7},
    [FDK_OP_FD_WRITEV_ALL] = {"fd_writev_all", rows_fd_writev_all, 9},
    [FDK_OP_FD_GET_NONBLOCKING] = {"fd_get_nonblocking", rows_fd_get_nonblocking, 1},
    [FDK_OP_FD_SET_NONBLOCKING] = {"fd_set_nonblocking", rows_fd_set_nonblocking, 1},
    [FDK_OP_FD_GET_CLOEXEC] = {"fd_get_cloexec", rows_fd_get_cloexec, 1},
    [FDK_OP_FD_SET_CLOEXEC] = {"fd_set_cloexec", rows_fd_set_cloexec, 1},
    [FDK_OP_FD_DUP] = {"fd_dup", rows_fd_dup, 3},
    [FDK_OP_FD_KIND] = {"fd_kind", rows_fd_kind, 1},
    [FDK_OP_FD_CLOSE] = {"fd_close", rows_fd_close, 5},
    [FDK_OP_EPOLL_OPEN] = {"epoll_open", rows_epoll_open, 4},
    [FDK_OP_EPOLL_ADD] = {"epoll_add", rows_epoll_add, 7},
    [FDK_OP_EPOLL_MODIFY] = {"epoll_modify", rows_epoll_modify, 5},
    [FDK_OP_EPOLL_DELETE] = {"epoll_delete", rows_epoll_delete, 4},
    [FDK_OP_EPOLL_WAIT] = {"epoll_wait", rows_epoll_wait, 3},
    [FDK_OP_EPOLL_PWAIT] = {"epoll_pwait", rows_epoll_pwait, 3},
    [FDK_OP_EPOLL_PWAIT2] = {"epoll_pwait2", rows_epoll_pwait2, 4},
    [FDK_OP_EPOLL_CLOSE] = {"epoll_close", rows_epoll_close, 2},
    [FDK_OP_EVENTFD_OPEN] = {"eventfd_open", rows_eventfd_open, 5},
    [FDK_OP_EVENTFD_READ] = {"eventfd_read", rows_eventfd_read, 4},
    [FDK_OP_EVENTFD_WRITE] = {"eventfd_write", rows_eventfd_write, 4},
    [FDK_OP_EVENTFD_CLOSE] = {"eventfd_close", rows_eventfd_close, 2},
    [FDK_OP_TIMERFD_OPEN] = {"timerfd_open", rows_timerfd_open, 6},
    [FDK_OP_TIMERFD_SET] = {"timerfd_set", rows_timerfd_set, 3},
    [FDK_OP_TIMERFD_GET] = {"timerfd_get", rows_timerfd_get, 2},
    [FDK_OP_TIMERFD_READ] = {"timerfd_read", rows_timerfd_read, 5},
    [FDK_OP_TIMERFD_SET_ONESHOT_NS] = {"timerfd_set_oneshot_ns", rows_timerfd_set_oneshot_ns, 2},
    [FDK_OP_TIMERFD_SET_PERIODIC_NS] = {"timerfd_set_periodic_ns", rows_timerfd_set_periodic_ns, 2},
    [FDK_OP_TIMERFD_DISARM] = {"timerfd_disarm", rows_timerfd_disarm, 2},
    [FDK_OP_TIMERFD_GET_NS] = {"timerfd_get_ns", rows_timerfd_get_ns, 3},
    [FDK_OP_TIMERFD_CLOSE] = {"timerfd_close", rows_timerfd_close, 2},
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
    if ((unsigned)op >= FDK_OP__COUNT)
        return "unknown";
    return ops[op].name;
}
