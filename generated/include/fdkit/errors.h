/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/errors.h
 * What an error means for the call that returned it.
 *
 * Every fdkit call returns a negative errno on failure.  The spec of each
 * call lists the errnos it can return, each with a class (what the caller
 * should do about it) and a meaning for that call; these functions expose
 * that table.
 */
#ifndef FDKIT_ERRORS_H
#define FDKIT_ERRORS_H

#include <fdkit/common.h>

FDK_BEGIN_DECLS

/** What kind of failure an errno is, for the call that returned it. */
typedef enum fdk_error_class {
    FDK_ERRCLASS_NONE = 0, /**< success (err == 0) */
    FDK_ERRCLASS_WOULD_BLOCK, /**< EAGAIN on a non-blocking fd: not a failure, wait for readiness and retry */
    FDK_ERRCLASS_INTERRUPTED, /**< EINTR handed back by a waiting call: recompute the timeout and call again */
    FDK_ERRCLASS_IN_PROGRESS, /**< EINPROGRESS/EALREADY: the operation completes asynchronously */
    FDK_ERRCLASS_CANCELLED, /**< ECANCELED: the operation was voided by an outside event */
    FDK_ERRCLASS_LIMIT, /**< a resource limit (fds, memory, counters, buffers): retry later or raise the limit */
    FDK_ERRCLASS_PERMISSION, /**< EPERM/EACCES: privilege or access rights missing */
    FDK_ERRCLASS_INVALID, /**< an argument the caller supplied is invalid for this call */
    FDK_ERRCLASS_BAD_FD, /**< the descriptor is not open or not of the right kind: a caller bug */
    FDK_ERRCLASS_NOT_FOUND, /**< the named object or registration does not exist */
    FDK_ERRCLASS_EXISTS, /**< the object or registration already exists */
    FDK_ERRCLASS_PEER, /**< the other end or the network failed or went away */
    FDK_ERRCLASS_UNSUPPORTED, /**< the kernel, file system or device does not offer this */
    FDK_ERRCLASS_IO, /**< a device or file system error */
    FDK_ERRCLASS_UNEXPECTED, /**< an errno the spec does not list for this call, passed through unchanged */
    FDK_ERRCLASS__COUNT
} fdk_error_class;

/** One value per public function, for fdk_strerror() and fdk_errclass(). */
typedef enum fdk_op {
    FDK_OP_FD_READ = 0, /**< fdk_fd_read() */
    FDK_OP_FD_WRITE, /**< fdk_fd_write() */
    FDK_OP_FD_READV, /**< fdk_fd_readv() */
    FDK_OP_FD_WRITEV, /**< fdk_fd_writev() */
    FDK_OP_FD_READ_EXACT, /**< fdk_fd_read_exact() */
    FDK_OP_FD_WRITE_ALL, /**< fdk_fd_write_all() */
    FDK_OP_FD_READV_ALL, /**< fdk_fd_readv_all() */
    FDK_OP_FD_WRITEV_ALL, /**< fdk_fd_writev_all() */
    FDK_OP_FD_GET_NONBLOCKING, /**< fdk_fd_get_nonblocking() */
    FDK_OP_FD_SET_NONBLOCKING, /**< fdk_fd_set_nonblocking() */
    FDK_OP_FD_GET_CLOEXEC, /**< fdk_fd_get_cloexec() */
    FDK_OP_FD_SET_CLOEXEC, /**< fdk_fd_set_cloexec() */
    FDK_OP_FD_DUP, /**< fdk_fd_dup() */
    FDK_OP_FD_KIND, /**< fdk_fd_kind() */
    FDK_OP_FD_CLOSE, /**< fdk_fd_close() */
    FDK_OP_CHARDEV_OPEN, /**< fdk_chardev_open() */
    FDK_OP_CHARDEV_IOCTL, /**< fdk_chardev_ioctl() */
    FDK_OP_CHARDEV_MKNOD, /**< fdk_chardev_mknod() */
    FDK_OP_CHARDEV_CLOSE, /**< fdk_chardev_close() */
    FDK_OP_COPY_RANGE, /**< fdk_copy_range() */
    FDK_OP_COPY_ALL, /**< fdk_copy_all() */
    FDK_OP_EPOLL_OPEN, /**< fdk_epoll_open() */
    FDK_OP_EPOLL_ADD, /**< fdk_epoll_add() */
    FDK_OP_EPOLL_MODIFY, /**< fdk_epoll_modify() */
    FDK_OP_EPOLL_DELETE, /**< fdk_epoll_delete() */
    FDK_OP_EPOLL_WAIT, /**< fdk_epoll_wait() */
    FDK_OP_EPOLL_PWAIT, /**< fdk_epoll_pwait() */
    FDK_OP_EPOLL_PWAIT2, /**< fdk_epoll_pwait2() */
    FDK_OP_EPOLL_CLOSE, /**< fdk_epoll_close() */
    FDK_OP_EVENTFD_OPEN, /**< fdk_eventfd_open() */
    FDK_OP_EVENTFD_READ, /**< fdk_eventfd_read() */
    FDK_OP_EVENTFD_WRITE, /**< fdk_eventfd_write() */
    FDK_OP_EVENTFD_CLOSE, /**< fdk_eventfd_close() */
    FDK_OP_FIFO_OPEN_RDWR, /**< fdk_fifo_open_rdwr() */
    FDK_OP_FIFO_OPEN_READ, /**< fdk_fifo_open_read() */
    FDK_OP_FIFO_OPEN_WRITE, /**< fdk_fifo_open_write() */
    FDK_OP_FIFO_CREATE, /**< fdk_fifo_create() */
    FDK_OP_FIFO_CLOSE, /**< fdk_fifo_close() */
    FDK_OP_FILE_OPEN, /**< fdk_file_open() */
    FDK_OP_FILE_PREAD, /**< fdk_file_pread() */
    FDK_OP_FILE_PWRITE, /**< fdk_file_pwrite() */
    FDK_OP_FILE_PREADV, /**< fdk_file_preadv() */
    FDK_OP_FILE_PWRITEV, /**< fdk_file_pwritev() */
    FDK_OP_FILE_SYNC, /**< fdk_file_sync() */
    FDK_OP_FILE_DATASYNC, /**< fdk_file_datasync() */
    FDK_OP_FILE_ALLOCATE, /**< fdk_file_allocate() */
    FDK_OP_FILE_TRUNCATE, /**< fdk_file_truncate() */
    FDK_OP_FILE_STAT, /**< fdk_file_stat() */
    FDK_OP_FILE_CLOSE, /**< fdk_file_close() */
    FDK_OP_PIDFD_OPEN, /**< fdk_pidfd_open() */
    FDK_OP_PIDFD_SEND_SIGNAL, /**< fdk_pidfd_send_signal() */
    FDK_OP_PIDFD_WAIT, /**< fdk_pidfd_wait() */
    FDK_OP_PIDFD_CLOSE, /**< fdk_pidfd_close() */
    FDK_OP_PIPE_OPEN, /**< fdk_pipe_open() */
    FDK_OP_PIPE_CAPACITY, /**< fdk_pipe_capacity() */
    FDK_OP_PIPE_SET_CAPACITY, /**< fdk_pipe_set_capacity() */
    FDK_OP_PIPE_MAX_CAPACITY, /**< fdk_pipe_max_capacity() */
    FDK_OP_PIPE_AVAILABLE, /**< fdk_pipe_available() */
    FDK_OP_PIPE_READER_CLOSE, /**< fdk_pipe_reader_close() */
    FDK_OP_PIPE_WRITER_CLOSE, /**< fdk_pipe_writer_close() */
    FDK_OP_SENDFILE_ONCE, /**< fdk_sendfile_once() */
    FDK_OP_SENDFILE_ALL, /**< fdk_sendfile_all() */
    FDK_OP_SIGDISPATCH_NEW, /**< fdk_sigdispatch_new() */
    FDK_OP_SIGDISPATCH_FREE, /**< fdk_sigdispatch_free() */
    FDK_OP_SIGDISPATCH_ON, /**< fdk_sigdispatch_on() */
    FDK_OP_SIGDISPATCH_SET_ACTION, /**< fdk_sigdispatch_set_action() */
    FDK_OP_SIGDISPATCH_OFF, /**< fdk_sigdispatch_off() */
    FDK_OP_SIGDISPATCH_FD, /**< fdk_sigdispatch_fd() */
    FDK_OP_SIGDISPATCH_DISPATCH, /**< fdk_sigdispatch_dispatch() */
    FDK_OP_SIGDISPATCH_RUN, /**< fdk_sigdispatch_run() */
    FDK_OP_SIGNAL_SET_EMPTY, /**< fdk_signal_set_empty() */
    FDK_OP_SIGNAL_SET_FILL, /**< fdk_signal_set_fill() */
    FDK_OP_SIGNAL_SET_ADD, /**< fdk_signal_set_add() */
    FDK_OP_SIGNAL_SET_DEL, /**< fdk_signal_set_del() */
    FDK_OP_SIGNAL_SET_CONTAINS, /**< fdk_signal_set_contains() */
    FDK_OP_SIGNAL_SET_FROM_LIST, /**< fdk_signal_set_from_list() */
    FDK_OP_SIGNAL_SET_NEXT, /**< fdk_signal_set_next() */
    FDK_OP_SIGNAL_RTMIN, /**< fdk_signal_rtmin() */
    FDK_OP_SIGNAL_RTMAX, /**< fdk_signal_rtmax() */
    FDK_OP_SIGNAL_NAME, /**< fdk_signal_name() */
    FDK_OP_SIGNAL_PARSE, /**< fdk_signal_parse() */
    FDK_OP_SIGNAL_MASK_BLOCK, /**< fdk_signal_mask_block() */
    FDK_OP_SIGNAL_MASK_UNBLOCK, /**< fdk_signal_mask_unblock() */
    FDK_OP_SIGNAL_MASK_SET, /**< fdk_signal_mask_set() */
    FDK_OP_SIGNAL_THREAD_CREATE_BLOCKED, /**< fdk_signal_thread_create_blocked() */
    FDK_OP_SIGNAL_DECODE, /**< fdk_signal_decode() */
    FDK_OP_SIGNAL_DECODE_SIGINFO, /**< fdk_signal_decode_siginfo() */
    FDK_OP_SIGNAL_FORMAT, /**< fdk_signal_format() */
    FDK_OP_SIGNAL_CODE_NAME, /**< fdk_signal_code_name() */
    FDK_OP_SIGNAL_REAP_CHILDREN, /**< fdk_signal_reap_children() */
    FDK_OP_SIGNAL_RESET_FOR_EXEC, /**< fdk_signal_reset_for_exec() */
    FDK_OP_SIGNALFD_OPEN, /**< fdk_signalfd_open() */
    FDK_OP_SIGNALFD_SET_MASK, /**< fdk_signalfd_set_mask() */
    FDK_OP_SIGNALFD_READ, /**< fdk_signalfd_read() */
    FDK_OP_SIGNALFD_CLOSE, /**< fdk_signalfd_close() */
    FDK_OP_SPLICE_ONCE, /**< fdk_splice_once() */
    FDK_OP_SPLICE_TEE, /**< fdk_splice_tee() */
    FDK_OP_SPLICE_VMSPLICE, /**< fdk_splice_vmsplice() */
    FDK_OP_SPLICE_ALL, /**< fdk_splice_all() */
    FDK_OP_TIMERFD_OPEN, /**< fdk_timerfd_open() */
    FDK_OP_TIMERFD_SET, /**< fdk_timerfd_set() */
    FDK_OP_TIMERFD_GET, /**< fdk_timerfd_get() */
    FDK_OP_TIMERFD_READ, /**< fdk_timerfd_read() */
    FDK_OP_TIMERFD_SET_ONESHOT_NS, /**< fdk_timerfd_set_oneshot_ns() */
    FDK_OP_TIMERFD_SET_PERIODIC_NS, /**< fdk_timerfd_set_periodic_ns() */
    FDK_OP_TIMERFD_DISARM, /**< fdk_timerfd_disarm() */
    FDK_OP_TIMERFD_GET_NS, /**< fdk_timerfd_get_ns() */
    FDK_OP_TIMERFD_CLOSE, /**< fdk_timerfd_close() */
    FDK_OP__COUNT
} fdk_op;

/**
 * Symbolic name of an errno: "EEXIST".  Accepts err or -err.  Never NULL:
 * an errno without a name gives "E?<number>" in a thread-local buffer.
 */
FDK_EXPORT const char *fdk_errno_name(int err);

/**
 * What err means for op, as one line: "epoll_add: fd is already registered
 * (EEXIST)".  Accepts err or -err; 0 gives "<op>: success".  An errno the
 * spec does not list for op is described by the C library, in a
 * thread-local buffer valid until the thread's next call.  Never NULL.
 */
FDK_EXPORT const char *fdk_strerror(fdk_op op, int err);

/**
 * Class of err for op (accepts err or -err).  FDK_ERRCLASS_NONE for 0,
 * FDK_ERRCLASS_UNEXPECTED for an errno the spec does not list for op or an
 * unknown op.
 */
FDK_EXPORT fdk_error_class fdk_errclass(fdk_op op, int err);

/** Name of a class: "would_block".  "unknown" when out of range. */
FDK_EXPORT const char *fdk_error_class_name(fdk_error_class cls);

/** Name of an operation: "epoll_add".  "unknown" when out of range. */
FDK_EXPORT const char *fdk_op_name(fdk_op op);

FDK_END_DECLS

#endif /* FDKIT_ERRORS_H */
