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

/**
 * One value per public function, for fdk_strerror() and fdk_errclass().
 * The values are stable (spec/registry/ids.yaml): a value, once given, is
 * never changed or reused, so they may be stored and passed between builds.
 */
typedef enum fdk_op {
    FDK_OP_FD_READ = 0, /**< fdk_fd_read() */
    FDK_OP_FD_WRITE = 1, /**< fdk_fd_write() */
    FDK_OP_FD_READV = 2, /**< fdk_fd_readv() */
    FDK_OP_FD_WRITEV = 3, /**< fdk_fd_writev() */
    FDK_OP_FD_READ_EXACT = 4, /**< fdk_fd_read_exact() */
    FDK_OP_FD_WRITE_ALL = 5, /**< fdk_fd_write_all() */
    FDK_OP_FD_READV_ALL = 6, /**< fdk_fd_readv_all() */
    FDK_OP_FD_WRITEV_ALL = 7, /**< fdk_fd_writev_all() */
    FDK_OP_FD_GET_NONBLOCKING = 8, /**< fdk_fd_get_nonblocking() */
    FDK_OP_FD_SET_NONBLOCKING = 9, /**< fdk_fd_set_nonblocking() */
    FDK_OP_FD_GET_CLOEXEC = 10, /**< fdk_fd_get_cloexec() */
    FDK_OP_FD_SET_CLOEXEC = 11, /**< fdk_fd_set_cloexec() */
    FDK_OP_FD_DUP = 12, /**< fdk_fd_dup() */
    FDK_OP_FD_KIND = 13, /**< fdk_fd_kind() */
    FDK_OP_FD_CLOSE = 14, /**< fdk_fd_close() */
    FDK_OP_CHARDEV_OPEN = 15, /**< fdk_chardev_open() */
    FDK_OP_CHARDEV_IOCTL = 16, /**< fdk_chardev_ioctl() */
    FDK_OP_CHARDEV_MKNOD = 17, /**< fdk_chardev_mknod() */
    FDK_OP_CHARDEV_CLOSE = 18, /**< fdk_chardev_close() */
    FDK_OP_COPY_RANGE = 19, /**< fdk_copy_range() */
    FDK_OP_COPY_ALL = 20, /**< fdk_copy_all() */
    FDK_OP_EPOLL_OPEN = 21, /**< fdk_epoll_open() */
    FDK_OP_EPOLL_ADD = 22, /**< fdk_epoll_add() */
    FDK_OP_EPOLL_MODIFY = 23, /**< fdk_epoll_modify() */
    FDK_OP_EPOLL_DELETE = 24, /**< fdk_epoll_delete() */
    FDK_OP_EPOLL_WAIT = 25, /**< fdk_epoll_wait() */
    FDK_OP_EPOLL_PWAIT = 26, /**< fdk_epoll_pwait() */
    FDK_OP_EPOLL_PWAIT2 = 27, /**< fdk_epoll_pwait2() */
    FDK_OP_EPOLL_REGISTRATIONS = 28, /**< fdk_epoll_registrations() */
    FDK_OP_EPOLL_CLOSE = 29, /**< fdk_epoll_close() */
    FDK_OP_EVENTFD_OPEN = 30, /**< fdk_eventfd_open() */
    FDK_OP_EVENTFD_READ = 31, /**< fdk_eventfd_read() */
    FDK_OP_EVENTFD_WRITE = 32, /**< fdk_eventfd_write() */
    FDK_OP_EVENTFD_CLOSE = 33, /**< fdk_eventfd_close() */
    FDK_OP_FANOTIFY_OPEN = 34, /**< fdk_fanotify_open() */
    FDK_OP_FANOTIFY_MARK = 35, /**< fdk_fanotify_mark() */
    FDK_OP_FANOTIFY_READ = 36, /**< fdk_fanotify_read() */
    FDK_OP_FANOTIFY_RESPOND = 37, /**< fdk_fanotify_respond() */
    FDK_OP_FANOTIFY_DENY_ERRNO = 38, /**< fdk_fanotify_deny_errno() */
    FDK_OP_FANOTIFY_RESPOND_AUDIT = 39, /**< fdk_fanotify_respond_audit() */
    FDK_OP_FANOTIFY_EVENT_CLOSE = 40, /**< fdk_fanotify_event_close() */
    FDK_OP_FANOTIFY_CLOSE_FROM = 41, /**< fdk_fanotify_close_from() */
    FDK_OP_FANOTIFY_OPEN_FID = 42, /**< fdk_fanotify_open_fid() */
    FDK_OP_FANOTIFY_CLOSE = 43, /**< fdk_fanotify_close() */
    FDK_OP_FANOTIFY_NEXT = 44, /**< fdk_fanotify_next() */
    FDK_OP_FDINFO_READ = 45, /**< fdk_fdinfo_read() */
    FDK_OP_FDINFO_PARSE = 46, /**< fdk_fdinfo_parse() */
    FDK_OP_FDINFO_NEXT = 47, /**< fdk_fdinfo_next() */
    FDK_OP_FDINFO_FREE = 48, /**< fdk_fdinfo_free() */
    FDK_OP_FIFO_OPEN_RDWR = 49, /**< fdk_fifo_open_rdwr() */
    FDK_OP_FIFO_OPEN_READ = 50, /**< fdk_fifo_open_read() */
    FDK_OP_FIFO_OPEN_WRITE = 51, /**< fdk_fifo_open_write() */
    FDK_OP_FIFO_CREATE = 52, /**< fdk_fifo_create() */
    FDK_OP_FIFO_CLOSE = 53, /**< fdk_fifo_close() */
    FDK_OP_FILE_OPEN = 54, /**< fdk_file_open() */
    FDK_OP_FILE_PREAD = 55, /**< fdk_file_pread() */
    FDK_OP_FILE_PWRITE = 56, /**< fdk_file_pwrite() */
    FDK_OP_FILE_PREADV = 57, /**< fdk_file_preadv() */
    FDK_OP_FILE_PWRITEV = 58, /**< fdk_file_pwritev() */
    FDK_OP_FILE_SYNC = 59, /**< fdk_file_sync() */
    FDK_OP_FILE_DATASYNC = 60, /**< fdk_file_datasync() */
    FDK_OP_FILE_ALLOCATE = 61, /**< fdk_file_allocate() */
    FDK_OP_FILE_TRUNCATE = 62, /**< fdk_file_truncate() */
    FDK_OP_FILE_STAT = 63, /**< fdk_file_stat() */
    FDK_OP_FILE_CLOSE = 64, /**< fdk_file_close() */
    FDK_OP_INOTIFY_OPEN = 65, /**< fdk_inotify_open() */
    FDK_OP_INOTIFY_ADD = 66, /**< fdk_inotify_add() */
    FDK_OP_INOTIFY_ADD_AT = 67, /**< fdk_inotify_add_at() */
    FDK_OP_INOTIFY_REMOVE = 68, /**< fdk_inotify_remove() */
    FDK_OP_INOTIFY_READ = 69, /**< fdk_inotify_read() */
    FDK_OP_INOTIFY_MATCH_MOVE = 70, /**< fdk_inotify_match_move() */
    FDK_OP_INOTIFY_TREE_NEW = 71, /**< fdk_inotify_tree_new() */
    FDK_OP_INOTIFY_TREE_FD = 72, /**< fdk_inotify_tree_fd() */
    FDK_OP_INOTIFY_TREE_READ = 73, /**< fdk_inotify_tree_read() */
    FDK_OP_INOTIFY_TREE_FREE = 74, /**< fdk_inotify_tree_free() */
    FDK_OP_INOTIFY_CLOSE = 75, /**< fdk_inotify_close() */
    FDK_OP_INOTIFY_RELEASE = 76, /**< fdk_inotify_release() */
    FDK_OP_INOTIFY_NEXT = 77, /**< fdk_inotify_next() */
    FDK_OP_MQ_OPEN = 78, /**< fdk_mq_open() */
    FDK_OP_MQ_NAME_CHECK = 79, /**< fdk_mq_name_check() */
    FDK_OP_MQ_UNLINK = 80, /**< fdk_mq_unlink() */
    FDK_OP_MQ_SEND = 81, /**< fdk_mq_send() */
    FDK_OP_MQ_SEND_UNTIL = 82, /**< fdk_mq_send_until() */
    FDK_OP_MQ_RECEIVE = 83, /**< fdk_mq_receive() */
    FDK_OP_MQ_RECEIVE_UNTIL = 84, /**< fdk_mq_receive_until() */
    FDK_OP_MQ_GET_ATTR = 85, /**< fdk_mq_get_attr() */
    FDK_OP_MQ_SET_NONBLOCK = 86, /**< fdk_mq_set_nonblock() */
    FDK_OP_MQ_DEPTH = 87, /**< fdk_mq_depth() */
    FDK_OP_MQ_IS_FULL = 88, /**< fdk_mq_is_full() */
    FDK_OP_MQ_IS_EMPTY = 89, /**< fdk_mq_is_empty() */
    FDK_OP_MQ_NOTIFY_SIGNAL = 90, /**< fdk_mq_notify_signal() */
    FDK_OP_MQ_NOTIFY_NONE = 91, /**< fdk_mq_notify_none() */
    FDK_OP_MQ_NOTIFY_REMOVE = 92, /**< fdk_mq_notify_remove() */
    FDK_OP_MQ_CLOSE = 93, /**< fdk_mq_close() */
    FDK_OP_MQ_RELEASE = 94, /**< fdk_mq_release() */
    FDK_OP_PIDFD_OPEN = 95, /**< fdk_pidfd_open() */
    FDK_OP_PIDFD_SEND_SIGNAL = 96, /**< fdk_pidfd_send_signal() */
    FDK_OP_PIDFD_WAIT = 97, /**< fdk_pidfd_wait() */
    FDK_OP_PIDFD_CLOSE = 98, /**< fdk_pidfd_close() */
    FDK_OP_PIPE_OPEN = 99, /**< fdk_pipe_open() */
    FDK_OP_PIPE_CAPACITY = 100, /**< fdk_pipe_capacity() */
    FDK_OP_PIPE_SET_CAPACITY = 101, /**< fdk_pipe_set_capacity() */
    FDK_OP_PIPE_MAX_CAPACITY = 102, /**< fdk_pipe_max_capacity() */
    FDK_OP_PIPE_AVAILABLE = 103, /**< fdk_pipe_available() */
    FDK_OP_PIPE_READER_CLOSE = 104, /**< fdk_pipe_reader_close() */
    FDK_OP_PIPE_WRITER_CLOSE = 105, /**< fdk_pipe_writer_close() */
    FDK_OP_SENDFILE_ONCE = 106, /**< fdk_sendfile_once() */
    FDK_OP_SENDFILE_ALL = 107, /**< fdk_sendfile_all() */
    FDK_OP_SIGDISPATCH_NEW = 108, /**< fdk_sigdispatch_new() */
    FDK_OP_SIGDISPATCH_FREE = 109, /**< fdk_sigdispatch_free() */
    FDK_OP_SIGDISPATCH_ON = 110, /**< fdk_sigdispatch_on() */
    FDK_OP_SIGDISPATCH_SET_ACTION = 111, /**< fdk_sigdispatch_set_action() */
    FDK_OP_SIGDISPATCH_OFF = 112, /**< fdk_sigdispatch_off() */
    FDK_OP_SIGDISPATCH_FD = 113, /**< fdk_sigdispatch_fd() */
    FDK_OP_SIGDISPATCH_DISPATCH = 114, /**< fdk_sigdispatch_dispatch() */
    FDK_OP_SIGDISPATCH_RUN = 115, /**< fdk_sigdispatch_run() */
    FDK_OP_SIGNAL_SET_EMPTY = 116, /**< fdk_signal_set_empty() */
    FDK_OP_SIGNAL_SET_FILL = 117, /**< fdk_signal_set_fill() */
    FDK_OP_SIGNAL_SET_ADD = 118, /**< fdk_signal_set_add() */
    FDK_OP_SIGNAL_SET_DEL = 119, /**< fdk_signal_set_del() */
    FDK_OP_SIGNAL_SET_CONTAINS = 120, /**< fdk_signal_set_contains() */
    FDK_OP_SIGNAL_SET_FROM_LIST = 121, /**< fdk_signal_set_from_list() */
    FDK_OP_SIGNAL_SET_NEXT = 122, /**< fdk_signal_set_next() */
    FDK_OP_SIGNAL_RTMIN = 123, /**< fdk_signal_rtmin() */
    FDK_OP_SIGNAL_RTMAX = 124, /**< fdk_signal_rtmax() */
    FDK_OP_SIGNAL_NAME = 125, /**< fdk_signal_name() */
    FDK_OP_SIGNAL_PARSE = 126, /**< fdk_signal_parse() */
    FDK_OP_SIGNAL_MASK_BLOCK = 127, /**< fdk_signal_mask_block() */
    FDK_OP_SIGNAL_MASK_UNBLOCK = 128, /**< fdk_signal_mask_unblock() */
    FDK_OP_SIGNAL_MASK_SET = 129, /**< fdk_signal_mask_set() */
    FDK_OP_SIGNAL_THREAD_CREATE_BLOCKED = 130, /**< fdk_signal_thread_create_blocked() */
    FDK_OP_SIGNAL_DECODE = 131, /**< fdk_signal_decode() */
    FDK_OP_SIGNAL_DECODE_SIGINFO = 132, /**< fdk_signal_decode_siginfo() */
    FDK_OP_SIGNAL_FORMAT = 133, /**< fdk_signal_format() */
    FDK_OP_SIGNAL_CODE_NAME = 134, /**< fdk_signal_code_name() */
    FDK_OP_SIGNAL_REAP_CHILDREN = 135, /**< fdk_signal_reap_children() */
    FDK_OP_SIGNAL_RESET_FOR_EXEC = 136, /**< fdk_signal_reset_for_exec() */
    FDK_OP_SIGNALFD_OPEN = 137, /**< fdk_signalfd_open() */
    FDK_OP_SIGNALFD_SET_MASK = 138, /**< fdk_signalfd_set_mask() */
    FDK_OP_SIGNALFD_READ = 139, /**< fdk_signalfd_read() */
    FDK_OP_SIGNALFD_CLOSE = 140, /**< fdk_signalfd_close() */
    FDK_OP_TCP_LISTEN = 141, /**< fdk_tcp_listen() */
    FDK_OP_TCP_ACCEPT = 142, /**< fdk_tcp_accept() */
    FDK_OP_TCP_CONNECT = 143, /**< fdk_tcp_connect() */
    FDK_OP_TCP_CONNECT_FINISH = 144, /**< fdk_tcp_connect_finish() */
    FDK_OP_UDP_OPEN = 145, /**< fdk_udp_open() */
    FDK_OP_UDP_BIND = 146, /**< fdk_udp_bind() */
    FDK_OP_UDP_CONNECT = 147, /**< fdk_udp_connect() */
    FDK_OP_UNIX_LISTEN = 148, /**< fdk_unix_listen() */
    FDK_OP_UNIX_LISTEN_AT = 149, /**< fdk_unix_listen_at() */
    FDK_OP_UNIX_ACCEPT = 150, /**< fdk_unix_accept() */
    FDK_OP_UNIX_CONNECT = 151, /**< fdk_unix_connect() */
    FDK_OP_UNIX_CONNECT_AT = 152, /**< fdk_unix_connect_at() */
    FDK_OP_UNIX_PAIR = 153, /**< fdk_unix_pair() */
    FDK_OP_UNIX_SEQPACKET_LISTEN = 154, /**< fdk_unix_seqpacket_listen() */
    FDK_OP_UNIX_SEQPACKET_LISTEN_AT = 155, /**< fdk_unix_seqpacket_listen_at() */
    FDK_OP_UNIX_SEQPACKET_ACCEPT = 156, /**< fdk_unix_seqpacket_accept() */
    FDK_OP_UNIX_SEQPACKET_CONNECT = 157, /**< fdk_unix_seqpacket_connect() */
    FDK_OP_UNIX_SEQPACKET_CONNECT_AT = 158, /**< fdk_unix_seqpacket_connect_at() */
    FDK_OP_UNIX_SEQPACKET_PAIR = 159, /**< fdk_unix_seqpacket_pair() */
    FDK_OP_UNIX_DGRAM_OPEN = 160, /**< fdk_unix_dgram_open() */
    FDK_OP_UNIX_DGRAM_BIND = 161, /**< fdk_unix_dgram_bind() */
    FDK_OP_UNIX_DGRAM_BIND_AT = 162, /**< fdk_unix_dgram_bind_at() */
    FDK_OP_UNIX_DGRAM_CONNECT = 163, /**< fdk_unix_dgram_connect() */
    FDK_OP_UNIX_DGRAM_CONNECT_AT = 164, /**< fdk_unix_dgram_connect_at() */
    FDK_OP_UNIX_DGRAM_PAIR = 165, /**< fdk_unix_dgram_pair() */
    FDK_OP_TCP_STREAM_SEND = 166, /**< fdk_tcp_stream_send() */
    FDK_OP_UNIX_STREAM_SEND = 167, /**< fdk_unix_stream_send() */
    FDK_OP_UNIX_SEQPACKET_SEND = 168, /**< fdk_unix_seqpacket_send() */
    FDK_OP_UDP_SEND = 169, /**< fdk_udp_send() */
    FDK_OP_UNIX_DGRAM_SEND = 170, /**< fdk_unix_dgram_send() */
    FDK_OP_TCP_STREAM_RECV = 171, /**< fdk_tcp_stream_recv() */
    FDK_OP_UNIX_STREAM_RECV = 172, /**< fdk_unix_stream_recv() */
    FDK_OP_UNIX_SEQPACKET_RECV = 173, /**< fdk_unix_seqpacket_recv() */
    FDK_OP_UDP_RECV = 174, /**< fdk_udp_recv() */
    FDK_OP_UNIX_DGRAM_RECV = 175, /**< fdk_unix_dgram_recv() */
    FDK_OP_UDP_SENDTO = 176, /**< fdk_udp_sendto() */
    FDK_OP_UNIX_DGRAM_SENDTO = 177, /**< fdk_unix_dgram_sendto() */
    FDK_OP_TCP_STREAM_SENDMSG = 178, /**< fdk_tcp_stream_sendmsg() */
    FDK_OP_UNIX_STREAM_SENDMSG = 179, /**< fdk_unix_stream_sendmsg() */
    FDK_OP_UNIX_SEQPACKET_SENDMSG = 180, /**< fdk_unix_seqpacket_sendmsg() */
    FDK_OP_UDP_SENDMSG = 181, /**< fdk_udp_sendmsg() */
    FDK_OP_UNIX_DGRAM_SENDMSG = 182, /**< fdk_unix_dgram_sendmsg() */
    FDK_OP_TCP_STREAM_RECVMSG = 183, /**< fdk_tcp_stream_recvmsg() */
    FDK_OP_UNIX_STREAM_RECVMSG = 184, /**< fdk_unix_stream_recvmsg() */
    FDK_OP_UNIX_SEQPACKET_RECVMSG = 185, /**< fdk_unix_seqpacket_recvmsg() */
    FDK_OP_UDP_RECVMSG = 186, /**< fdk_udp_recvmsg() */
    FDK_OP_UNIX_DGRAM_RECVMSG = 187, /**< fdk_unix_dgram_recvmsg() */
    FDK_OP_TCP_STREAM_READV = 188, /**< fdk_tcp_stream_readv() */
    FDK_OP_UNIX_STREAM_READV = 189, /**< fdk_unix_stream_readv() */
    FDK_OP_UNIX_SEQPACKET_READV = 190, /**< fdk_unix_seqpacket_readv() */
    FDK_OP_UDP_READV = 191, /**< fdk_udp_readv() */
    FDK_OP_UNIX_DGRAM_READV = 192, /**< fdk_unix_dgram_readv() */
    FDK_OP_TCP_STREAM_WRITEV = 193, /**< fdk_tcp_stream_writev() */
    FDK_OP_UNIX_STREAM_WRITEV = 194, /**< fdk_unix_stream_writev() */
    FDK_OP_UNIX_SEQPACKET_WRITEV = 195, /**< fdk_unix_seqpacket_writev() */
    FDK_OP_UDP_WRITEV = 196, /**< fdk_udp_writev() */
    FDK_OP_UNIX_DGRAM_WRITEV = 197, /**< fdk_unix_dgram_writev() */
    FDK_OP_TCP_STREAM_SHUTDOWN = 198, /**< fdk_tcp_stream_shutdown() */
    FDK_OP_UNIX_STREAM_SHUTDOWN = 199, /**< fdk_unix_stream_shutdown() */
    FDK_OP_UNIX_SEQPACKET_SHUTDOWN = 200, /**< fdk_unix_seqpacket_shutdown() */
    FDK_OP_UDP_RECVFROM = 201, /**< fdk_udp_recvfrom() */
    FDK_OP_UNIX_DGRAM_RECVFROM = 202, /**< fdk_unix_dgram_recvfrom() */
    FDK_OP_SOCKET_LOCAL_ADDR = 203, /**< fdk_socket_local_addr() */
    FDK_OP_SOCKET_PEER_ADDR = 204, /**< fdk_socket_peer_addr() */
    FDK_OP_SOCKET_GET_TCP_INFO = 205, /**< fdk_socket_get_tcp_info() */
    FDK_OP_SOCKET_GET_PEERPIDFD = 206, /**< fdk_socket_get_peerpidfd() */
    FDK_OP_SOCKET_SEND_FDS = 207, /**< fdk_socket_send_fds() */
    FDK_OP_SOCKET_SEND_CREDS = 208, /**< fdk_socket_send_creds() */
    FDK_OP_SOCKET_RECV_ANCILLARY = 209, /**< fdk_socket_recv_ancillary() */
    FDK_OP_SOCKET_SEND_BATCH = 210, /**< fdk_socket_send_batch() */
    FDK_OP_SOCKET_RECV_BATCH = 211, /**< fdk_socket_recv_batch() */
    FDK_OP_SOCKET_SEND_ZEROCOPY = 212, /**< fdk_socket_send_zerocopy() */
    FDK_OP_SOCKET_ZEROCOPY_COMPLETIONS = 213, /**< fdk_socket_zerocopy_completions() */
    FDK_OP_SOCKET_SET_REUSEADDR = 214, /**< fdk_socket_set_reuseaddr() */
    FDK_OP_SOCKET_GET_REUSEADDR = 215, /**< fdk_socket_get_reuseaddr() */
    FDK_OP_SOCKET_SET_REUSEPORT = 216, /**< fdk_socket_set_reuseport() */
    FDK_OP_SOCKET_GET_REUSEPORT = 217, /**< fdk_socket_get_reuseport() */
    FDK_OP_SOCKET_SET_BROADCAST = 218, /**< fdk_socket_set_broadcast() */
    FDK_OP_SOCKET_GET_BROADCAST = 219, /**< fdk_socket_get_broadcast() */
    FDK_OP_SOCKET_SET_KEEPALIVE = 220, /**< fdk_socket_set_keepalive() */
    FDK_OP_SOCKET_GET_KEEPALIVE = 221, /**< fdk_socket_get_keepalive() */
    FDK_OP_SOCKET_SET_OOBINLINE = 222, /**< fdk_socket_set_oobinline() */
    FDK_OP_SOCKET_GET_OOBINLINE = 223, /**< fdk_socket_get_oobinline() */
    FDK_OP_SOCKET_SET_PASSCRED = 224, /**< fdk_socket_set_passcred() */
    FDK_OP_SOCKET_GET_PASSCRED = 225, /**< fdk_socket_get_passcred() */
    FDK_OP_SOCKET_SET_ZEROCOPY = 226, /**< fdk_socket_set_zerocopy() */
    FDK_OP_SOCKET_GET_ZEROCOPY = 227, /**< fdk_socket_get_zerocopy() */
    FDK_OP_SOCKET_GET_ACCEPTCONN = 228, /**< fdk_socket_get_acceptconn() */
    FDK_OP_SOCKET_SET_RCVBUF = 229, /**< fdk_socket_set_rcvbuf() */
    FDK_OP_SOCKET_GET_RCVBUF = 230, /**< fdk_socket_get_rcvbuf() */
    FDK_OP_SOCKET_SET_SNDBUF = 231, /**< fdk_socket_set_sndbuf() */
    FDK_OP_SOCKET_GET_SNDBUF = 232, /**< fdk_socket_get_sndbuf() */
    FDK_OP_SOCKET_SET_RCVLOWAT = 233, /**< fdk_socket_set_rcvlowat() */
    FDK_OP_SOCKET_GET_RCVLOWAT = 234, /**< fdk_socket_get_rcvlowat() */
    FDK_OP_SOCKET_SET_RCVTIMEO = 235, /**< fdk_socket_set_rcvtimeo() */
    FDK_OP_SOCKET_GET_RCVTIMEO = 236, /**< fdk_socket_get_rcvtimeo() */
    FDK_OP_SOCKET_SET_SNDTIMEO = 237, /**< fdk_socket_set_sndtimeo() */
    FDK_OP_SOCKET_GET_SNDTIMEO = 238, /**< fdk_socket_get_sndtimeo() */
    FDK_OP_SOCKET_SET_LINGER = 239, /**< fdk_socket_set_linger() */
    FDK_OP_SOCKET_GET_LINGER = 240, /**< fdk_socket_get_linger() */
    FDK_OP_SOCKET_SET_INCOMING_CPU = 241, /**< fdk_socket_set_incoming_cpu() */
    FDK_OP_SOCKET_GET_INCOMING_CPU = 242, /**< fdk_socket_get_incoming_cpu() */
    FDK_OP_SOCKET_SET_BUSY_POLL = 243, /**< fdk_socket_set_busy_poll() */
    FDK_OP_SOCKET_GET_BUSY_POLL = 244, /**< fdk_socket_get_busy_poll() */
    FDK_OP_SOCKET_GET_ERROR = 245, /**< fdk_socket_get_error() */
    FDK_OP_SOCKET_GET_TYPE = 246, /**< fdk_socket_get_type() */
    FDK_OP_SOCKET_GET_DOMAIN = 247, /**< fdk_socket_get_domain() */
    FDK_OP_SOCKET_GET_PROTOCOL = 248, /**< fdk_socket_get_protocol() */
    FDK_OP_SOCKET_GET_PEERCRED = 249, /**< fdk_socket_get_peercred() */
    FDK_OP_SOCKET_SET_NODELAY = 250, /**< fdk_socket_set_nodelay() */
    FDK_OP_SOCKET_GET_NODELAY = 251, /**< fdk_socket_get_nodelay() */
    FDK_OP_SOCKET_SET_CORK = 252, /**< fdk_socket_set_cork() */
    FDK_OP_SOCKET_GET_CORK = 253, /**< fdk_socket_get_cork() */
    FDK_OP_SOCKET_SET_KEEPIDLE = 254, /**< fdk_socket_set_keepidle() */
    FDK_OP_SOCKET_GET_KEEPIDLE = 255, /**< fdk_socket_get_keepidle() */
    FDK_OP_SOCKET_SET_KEEPINTVL = 256, /**< fdk_socket_set_keepintvl() */
    FDK_OP_SOCKET_GET_KEEPINTVL = 257, /**< fdk_socket_get_keepintvl() */
    FDK_OP_SOCKET_SET_KEEPCNT = 258, /**< fdk_socket_set_keepcnt() */
    FDK_OP_SOCKET_GET_KEEPCNT = 259, /**< fdk_socket_get_keepcnt() */
    FDK_OP_SOCKET_SET_SYNCNT = 260, /**< fdk_socket_set_syncnt() */
    FDK_OP_SOCKET_GET_SYNCNT = 261, /**< fdk_socket_get_syncnt() */
    FDK_OP_SOCKET_SET_LINGER2 = 262, /**< fdk_socket_set_linger2() */
    FDK_OP_SOCKET_GET_LINGER2 = 263, /**< fdk_socket_get_linger2() */
    FDK_OP_SOCKET_SET_DEFER_ACCEPT = 264, /**< fdk_socket_set_defer_accept() */
    FDK_OP_SOCKET_GET_DEFER_ACCEPT = 265, /**< fdk_socket_get_defer_accept() */
    FDK_OP_SOCKET_SET_FASTOPEN = 266, /**< fdk_socket_set_fastopen() */
    FDK_OP_SOCKET_GET_FASTOPEN = 267, /**< fdk_socket_get_fastopen() */
    FDK_OP_SOCKET_SET_USER_TIMEOUT = 268, /**< fdk_socket_set_user_timeout() */
    FDK_OP_SOCKET_GET_USER_TIMEOUT = 269, /**< fdk_socket_get_user_timeout() */
    FDK_OP_SOCKET_SET_V6ONLY = 270, /**< fdk_socket_set_v6only() */
    FDK_OP_SOCKET_GET_V6ONLY = 271, /**< fdk_socket_get_v6only() */
    FDK_OP_SOCKET_CLOSE = 272, /**< fdk_socket_close() */
    FDK_OP_TCP_LISTENER_CLOSE = 273, /**< fdk_tcp_listener_close() */
    FDK_OP_TCP_STREAM_CLOSE = 274, /**< fdk_tcp_stream_close() */
    FDK_OP_UDP_CLOSE = 275, /**< fdk_udp_close() */
    FDK_OP_UNIX_LISTENER_CLOSE = 276, /**< fdk_unix_listener_close() */
    FDK_OP_UNIX_LISTENER_RELEASE = 277, /**< fdk_unix_listener_release() */
    FDK_OP_UNIX_STREAM_CLOSE = 278, /**< fdk_unix_stream_close() */
    FDK_OP_UNIX_DGRAM_CLOSE = 279, /**< fdk_unix_dgram_close() */
    FDK_OP_UNIX_DGRAM_RELEASE = 280, /**< fdk_unix_dgram_release() */
    FDK_OP_UNIX_SEQPACKET_LISTENER_CLOSE = 281, /**< fdk_unix_seqpacket_listener_close() */
    FDK_OP_UNIX_SEQPACKET_LISTENER_RELEASE = 282, /**< fdk_unix_seqpacket_listener_release() */
    FDK_OP_UNIX_SEQPACKET_CLOSE = 283, /**< fdk_unix_seqpacket_close() */
    FDK_OP_SPLICE_ONCE = 284, /**< fdk_splice_once() */
    FDK_OP_SPLICE_TEE = 285, /**< fdk_splice_tee() */
    FDK_OP_SPLICE_VMSPLICE = 286, /**< fdk_splice_vmsplice() */
    FDK_OP_SPLICE_ALL = 287, /**< fdk_splice_all() */
    FDK_OP_TIMERFD_OPEN = 288, /**< fdk_timerfd_open() */
    FDK_OP_TIMERFD_SET = 289, /**< fdk_timerfd_set() */
    FDK_OP_TIMERFD_GET = 290, /**< fdk_timerfd_get() */
    FDK_OP_TIMERFD_READ = 291, /**< fdk_timerfd_read() */
    FDK_OP_TIMERFD_SET_ONESHOT_NS = 292, /**< fdk_timerfd_set_oneshot_ns() */
    FDK_OP_TIMERFD_SET_PERIODIC_NS = 293, /**< fdk_timerfd_set_periodic_ns() */
    FDK_OP_TIMERFD_DISARM = 294, /**< fdk_timerfd_disarm() */
    FDK_OP_TIMERFD_GET_NS = 295, /**< fdk_timerfd_get_ns() */
    FDK_OP_TIMERFD_CLOSE = 296, /**< fdk_timerfd_close() */
    FDK_OP_TTY_OPEN = 297, /**< fdk_tty_open() */
    FDK_OP_TTY_IS_TTY = 298, /**< fdk_tty_is_tty() */
    FDK_OP_TTY_READ = 299, /**< fdk_tty_read() */
    FDK_OP_TTY_WRITE = 300, /**< fdk_tty_write() */
    FDK_OP_TTY_READV = 301, /**< fdk_tty_readv() */
    FDK_OP_TTY_WRITEV = 302, /**< fdk_tty_writev() */
    FDK_OP_TTY_GET = 303, /**< fdk_tty_get() */
    FDK_OP_TTY_SET = 304, /**< fdk_tty_set() */
    FDK_OP_TTY_SET_SPEED = 305, /**< fdk_tty_set_speed() */
    FDK_OP_TTY_GET_SPEED = 306, /**< fdk_tty_get_speed() */
    FDK_OP_TTY_SAVE = 307, /**< fdk_tty_save() */
    FDK_OP_TTY_RESTORE = 308, /**< fdk_tty_restore() */
    FDK_OP_TTY_RESTORE_ON_EXIT = 309, /**< fdk_tty_restore_on_exit() */
    FDK_OP_TTY_MODEM_GET = 310, /**< fdk_tty_modem_get() */
    FDK_OP_TTY_MODEM_SET = 311, /**< fdk_tty_modem_set() */
    FDK_OP_TTY_MODEM_RAISE = 312, /**< fdk_tty_modem_raise() */
    FDK_OP_TTY_MODEM_LOWER = 313, /**< fdk_tty_modem_lower() */
    FDK_OP_TTY_MODEM_WAIT = 314, /**< fdk_tty_modem_wait() */
    FDK_OP_TTY_ICOUNT = 315, /**< fdk_tty_icount() */
    FDK_OP_TTY_SEND_BREAK = 316, /**< fdk_tty_send_break() */
    FDK_OP_TTY_BREAK = 317, /**< fdk_tty_break() */
    FDK_OP_TTY_FLUSH = 318, /**< fdk_tty_flush() */
    FDK_OP_TTY_DRAIN = 319, /**< fdk_tty_drain() */
    FDK_OP_TTY_PENDING = 320, /**< fdk_tty_pending() */
    FDK_OP_TTY_FLOW = 321, /**< fdk_tty_flow() */
    FDK_OP_TTY_SESSION = 322, /**< fdk_tty_session() */
    FDK_OP_TTY_WINSIZE_GET = 323, /**< fdk_tty_winsize_get() */
    FDK_OP_TTY_WINSIZE_SET = 324, /**< fdk_tty_winsize_set() */
    FDK_OP_TTY_EXCLUSIVE = 325, /**< fdk_tty_exclusive() */
    FDK_OP_TTY_RS485_GET = 326, /**< fdk_tty_rs485_get() */
    FDK_OP_TTY_RS485_SET = 327, /**< fdk_tty_rs485_set() */
    FDK_OP_TTY_PTY_OPEN = 328, /**< fdk_tty_pty_open() */
    FDK_OP_TTY_PTY_NAME = 329, /**< fdk_tty_pty_name() */
    FDK_OP_TTY_CLOSE = 330, /**< fdk_tty_close() */
    FDK_OP_MEMFD_CREATE = 331, /**< fdk_memfd_create() */
    FDK_OP_MEMFD_ADD_SEALS = 332, /**< fdk_memfd_add_seals() */
    FDK_OP_MEMFD_GET_SEALS = 333, /**< fdk_memfd_get_seals() */
    FDK_OP_MEMFD_CLOSE = 334, /**< fdk_memfd_close() */
    FDK_OP_SOCKET_SET_MARK = 335, /**< fdk_socket_set_mark() */
    FDK_OP_SOCKET_GET_MARK = 336, /**< fdk_socket_get_mark() */
    FDK_OP_SOCKET_SET_PRIORITY = 337, /**< fdk_socket_set_priority() */
    FDK_OP_SOCKET_GET_PRIORITY = 338, /**< fdk_socket_get_priority() */
    FDK_OP_SOCKET_SET_BINDTODEVICE = 339, /**< fdk_socket_set_bindtodevice() */
    FDK_OP_SOCKET_GET_BINDTODEVICE = 340, /**< fdk_socket_get_bindtodevice() */
    FDK_OP_SOCKET_SET_PEEK_OFF = 341, /**< fdk_socket_set_peek_off() */
    FDK_OP_SOCKET_GET_PEEK_OFF = 342, /**< fdk_socket_get_peek_off() */
    FDK_OP_SOCKET_GET_COOKIE = 343, /**< fdk_socket_get_cookie() */
    FDK_OP_SOCKET_SET_MAXSEG = 344, /**< fdk_socket_set_maxseg() */
    FDK_OP_SOCKET_GET_MAXSEG = 345, /**< fdk_socket_get_maxseg() */
    FDK_OP_SOCKET_SET_QUICKACK = 346, /**< fdk_socket_set_quickack() */
    FDK_OP_SOCKET_GET_QUICKACK = 347, /**< fdk_socket_get_quickack() */
    FDK_OP_SOCKET_SET_NOTSENT_LOWAT = 348, /**< fdk_socket_set_notsent_lowat() */
    FDK_OP_SOCKET_GET_NOTSENT_LOWAT = 349, /**< fdk_socket_get_notsent_lowat() */
    FDK_OP_SOCKET_SET_INQ = 350, /**< fdk_socket_set_inq() */
    FDK_OP_SOCKET_GET_INQ = 351, /**< fdk_socket_get_inq() */
    FDK_OP_SOCKET_SET_CONGESTION = 352, /**< fdk_socket_set_congestion() */
    FDK_OP_SOCKET_GET_CONGESTION = 353, /**< fdk_socket_get_congestion() */
    FDK_OP_EPOLL_SET_BUSY_POLL = 354, /**< fdk_epoll_set_busy_poll() */
    FDK_OP_EPOLL_GET_BUSY_POLL = 355, /**< fdk_epoll_get_busy_poll() */
    FDK_OP_SOCKET_SET_BINDTOIFINDEX = 356, /**< fdk_socket_set_bindtoifindex() */
    FDK_OP_SOCKET_GET_BINDTOIFINDEX = 357, /**< fdk_socket_get_bindtoifindex() */
    FDK_OP_SOCKET_SET_DONTROUTE = 358, /**< fdk_socket_set_dontroute() */
    FDK_OP_SOCKET_GET_DONTROUTE = 359, /**< fdk_socket_get_dontroute() */
    FDK_OP_SOCKET_SET_BUSY_POLL_BUDGET = 360, /**< fdk_socket_set_busy_poll_budget() */
    FDK_OP_SOCKET_SET_PREFER_BUSY_POLL = 362, /**< fdk_socket_set_prefer_busy_poll() */
    FDK_OP_SOCKET_GET_PREFER_BUSY_POLL = 363, /**< fdk_socket_get_prefer_busy_poll() */
    FDK_OP_SOCKET_GET_INCOMING_NAPI_ID = 364, /**< fdk_socket_get_incoming_napi_id() */
    FDK_OP_SOCKET_SET_MAX_PACING_RATE = 365, /**< fdk_socket_set_max_pacing_rate() */
    FDK_OP_SOCKET_GET_MAX_PACING_RATE = 366, /**< fdk_socket_get_max_pacing_rate() */
    FDK_OP_SOCKET_SET_SELECT_ERR_QUEUE = 367, /**< fdk_socket_set_select_err_queue() */
    FDK_OP_SOCKET_GET_SELECT_ERR_QUEUE = 368, /**< fdk_socket_get_select_err_queue() */
    FDK_OP_SOCKET_GET_NETNS_COOKIE = 369, /**< fdk_socket_get_netns_cookie() */
    FDK_OP_SOCKET_SET_RCVBUFFORCE = 370, /**< fdk_socket_set_rcvbufforce() */
    FDK_OP_SOCKET_SET_SNDBUFFORCE = 371, /**< fdk_socket_set_sndbufforce() */
    FDK_OP_SOCKET_SET_WINDOW_CLAMP = 372, /**< fdk_socket_set_window_clamp() */
    FDK_OP_SOCKET_GET_WINDOW_CLAMP = 373, /**< fdk_socket_get_window_clamp() */
    FDK_OP_SOCKET_SET_FASTOPEN_NO_COOKIE = 374, /**< fdk_socket_set_fastopen_no_cookie() */
    FDK_OP_SOCKET_GET_FASTOPEN_NO_COOKIE = 375, /**< fdk_socket_get_fastopen_no_cookie() */
    FDK_OP_SOCKET_GET_FASTOPEN_CONNECT = 376, /**< fdk_socket_get_fastopen_connect() */
    FDK_OP_SOCKET_SET_PASSPIDFD = 377, /**< fdk_socket_set_passpidfd() */
    FDK_OP_SOCKET_GET_PASSPIDFD = 378, /**< fdk_socket_get_passpidfd() */
    FDK_OP__COUNT = 379 /**< one past the highest value (it grows between versions) */
} fdk_op;

/**
 * Symbolic name of an errno: "EEXIST".  Accepts err or -err.  Never NULL:
 * 0 gives "0", and an errno without a name "E?<number>" in a thread-local buffer.
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
