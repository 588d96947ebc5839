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
    FDK_OP_EPOLL_REGISTRATIONS, /**< fdk_epoll_registrations() */
    FDK_OP_EPOLL_CLOSE, /**< fdk_epoll_close() */
    FDK_OP_EVENTFD_OPEN, /**< fdk_eventfd_open() */
    FDK_OP_EVENTFD_READ, /**< fdk_eventfd_read() */
    FDK_OP_EVENTFD_WRITE, /**< fdk_eventfd_write() */
    FDK_OP_EVENTFD_CLOSE, /**< fdk_eventfd_close() */
    FDK_OP_FANOTIFY_OPEN, /**< fdk_fanotify_open() */
    FDK_OP_FANOTIFY_MARK, /**< fdk_fanotify_mark() */
    FDK_OP_FANOTIFY_READ, /**< fdk_fanotify_read() */
    FDK_OP_FANOTIFY_RESPOND, /**< fdk_fanotify_respond() */
    FDK_OP_FANOTIFY_DENY_ERRNO, /**< fdk_fanotify_deny_errno() */
    FDK_OP_FANOTIFY_RESPOND_AUDIT, /**< fdk_fanotify_respond_audit() */
    FDK_OP_FANOTIFY_EVENT_CLOSE, /**< fdk_fanotify_event_close() */
    FDK_OP_FANOTIFY_CLOSE_FROM, /**< fdk_fanotify_close_from() */
    FDK_OP_FANOTIFY_OPEN_FID, /**< fdk_fanotify_open_fid() */
    FDK_OP_FANOTIFY_CLOSE, /**< fdk_fanotify_close() */
    FDK_OP_FANOTIFY_NEXT, /**< fdk_fanotify_next() */
    FDK_OP_FDINFO_READ, /**< fdk_fdinfo_read() */
    FDK_OP_FDINFO_PARSE, /**< fdk_fdinfo_parse() */
    FDK_OP_FDINFO_NEXT, /**< fdk_fdinfo_next() */
    FDK_OP_FDINFO_FREE, /**< fdk_fdinfo_free() */
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
    FDK_OP_INOTIFY_OPEN, /**< fdk_inotify_open() */
    FDK_OP_INOTIFY_ADD, /**< fdk_inotify_add() */
    FDK_OP_INOTIFY_ADD_AT, /**< fdk_inotify_add_at() */
    FDK_OP_INOTIFY_REMOVE, /**< fdk_inotify_remove() */
    FDK_OP_INOTIFY_READ, /**< fdk_inotify_read() */
    FDK_OP_INOTIFY_MATCH_MOVE, /**< fdk_inotify_match_move() */
    FDK_OP_INOTIFY_TREE_NEW, /**< fdk_inotify_tree_new() */
    FDK_OP_INOTIFY_TREE_FD, /**< fdk_inotify_tree_fd() */
    FDK_OP_INOTIFY_TREE_READ, /**< fdk_inotify_tree_read() */
    FDK_OP_INOTIFY_TREE_FREE, /**< fdk_inotify_tree_free() */
    FDK_OP_INOTIFY_CLOSE, /**< fdk_inotify_close() */
    FDK_OP_INOTIFY_RELEASE, /**< fdk_inotify_release() */
    FDK_OP_INOTIFY_NEXT, /**< fdk_inotify_next() */
    FDK_OP_MQ_OPEN, /**< fdk_mq_open() */
    FDK_OP_MQ_NAME_CHECK, /**< fdk_mq_name_check() */
    FDK_OP_MQ_UNLINK, /**< fdk_mq_unlink() */
    FDK_OP_MQ_SEND, /**< fdk_mq_send() */
    FDK_OP_MQ_SEND_UNTIL, /**< fdk_mq_send_until() */
    FDK_OP_MQ_RECEIVE, /**< fdk_mq_receive() */
    FDK_OP_MQ_RECEIVE_UNTIL, /**< fdk_mq_receive_until() */
    FDK_OP_MQ_GET_ATTR, /**< fdk_mq_get_attr() */
    FDK_OP_MQ_SET_NONBLOCK, /**< fdk_mq_set_nonblock() */
    FDK_OP_MQ_DEPTH, /**< fdk_mq_depth() */
    FDK_OP_MQ_IS_FULL, /**< fdk_mq_is_full() */
    FDK_OP_MQ_IS_EMPTY, /**< fdk_mq_is_empty() */
    FDK_OP_MQ_NOTIFY_SIGNAL, /**< fdk_mq_notify_signal() */
    FDK_OP_MQ_NOTIFY_NONE, /**< fdk_mq_notify_none() */
    FDK_OP_MQ_NOTIFY_REMOVE, /**< fdk_mq_notify_remove() */
    FDK_OP_MQ_CLOSE, /**< fdk_mq_close() */
    FDK_OP_MQ_RELEASE, /**< fdk_mq_release() */
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
    FDK_OP_TCP_LISTEN, /**< fdk_tcp_listen() */
    FDK_OP_TCP_ACCEPT, /**< fdk_tcp_accept() */
    FDK_OP_TCP_CONNECT, /**< fdk_tcp_connect() */
    FDK_OP_TCP_CONNECT_FINISH, /**< fdk_tcp_connect_finish() */
    FDK_OP_UDP_OPEN, /**< fdk_udp_open() */
    FDK_OP_UDP_BIND, /**< fdk_udp_bind() */
    FDK_OP_UDP_CONNECT, /**< fdk_udp_connect() */
    FDK_OP_UNIX_LISTEN, /**< fdk_unix_listen() */
    FDK_OP_UNIX_LISTEN_AT, /**< fdk_unix_listen_at() */
    FDK_OP_UNIX_ACCEPT, /**< fdk_unix_accept() */
    FDK_OP_UNIX_CONNECT, /**< fdk_unix_connect() */
    FDK_OP_UNIX_CONNECT_AT, /**< fdk_unix_connect_at() */
    FDK_OP_UNIX_PAIR, /**< fdk_unix_pair() */
    FDK_OP_UNIX_SEQPACKET_LISTEN, /**< fdk_unix_seqpacket_listen() */
    FDK_OP_UNIX_SEQPACKET_LISTEN_AT, /**< fdk_unix_seqpacket_listen_at() */
    FDK_OP_UNIX_SEQPACKET_ACCEPT, /**< fdk_unix_seqpacket_accept() */
    FDK_OP_UNIX_SEQPACKET_CONNECT, /**< fdk_unix_seqpacket_connect() */
    FDK_OP_UNIX_SEQPACKET_CONNECT_AT, /**< fdk_unix_seqpacket_connect_at() */
    FDK_OP_UNIX_SEQPACKET_PAIR, /**< fdk_unix_seqpacket_pair() */
    FDK_OP_UNIX_DGRAM_OPEN, /**< fdk_unix_dgram_open() */
    FDK_OP_UNIX_DGRAM_BIND, /**< fdk_unix_dgram_bind() */
    FDK_OP_UNIX_DGRAM_BIND_AT, /**< fdk_unix_dgram_bind_at() */
    FDK_OP_UNIX_DGRAM_CONNECT, /**< fdk_unix_dgram_connect() */
    FDK_OP_UNIX_DGRAM_CONNECT_AT, /**< fdk_unix_dgram_connect_at() */
    FDK_OP_UNIX_DGRAM_PAIR, /**< fdk_unix_dgram_pair() */
    FDK_OP_TCP_STREAM_SEND, /**< fdk_tcp_stream_send() */
    FDK_OP_UNIX_STREAM_SEND, /**< fdk_unix_stream_send() */
    FDK_OP_UNIX_SEQPACKET_SEND, /**< fdk_unix_seqpacket_send() */
    FDK_OP_UDP_SEND, /**< fdk_udp_send() */
    FDK_OP_UNIX_DGRAM_SEND, /**< fdk_unix_dgram_send() */
    FDK_OP_TCP_STREAM_RECV, /**< fdk_tcp_stream_recv() */
    FDK_OP_UNIX_STREAM_RECV, /**< fdk_unix_stream_recv() */
    FDK_OP_UNIX_SEQPACKET_RECV, /**< fdk_unix_seqpacket_recv() */
    FDK_OP_UDP_RECV, /**< fdk_udp_recv() */
    FDK_OP_UNIX_DGRAM_RECV, /**< fdk_unix_dgram_recv() */
    FDK_OP_UDP_SENDTO, /**< fdk_udp_sendto() */
    FDK_OP_UNIX_DGRAM_SENDTO, /**< fdk_unix_dgram_sendto() */
    FDK_OP_TCP_STREAM_SENDMSG, /**< fdk_tcp_stream_sendmsg() */
    FDK_OP_UNIX_STREAM_SENDMSG, /**< fdk_unix_stream_sendmsg() */
    FDK_OP_UNIX_SEQPACKET_SENDMSG, /**< fdk_unix_seqpacket_sendmsg() */
    FDK_OP_UDP_SENDMSG, /**< fdk_udp_sendmsg() */
    FDK_OP_UNIX_DGRAM_SENDMSG, /**< fdk_unix_dgram_sendmsg() */
    FDK_OP_TCP_STREAM_RECVMSG, /**< fdk_tcp_stream_recvmsg() */
    FDK_OP_UNIX_STREAM_RECVMSG, /**< fdk_unix_stream_recvmsg() */
    FDK_OP_UNIX_SEQPACKET_RECVMSG, /**< fdk_unix_seqpacket_recvmsg() */
    FDK_OP_UDP_RECVMSG, /**< fdk_udp_recvmsg() */
    FDK_OP_UNIX_DGRAM_RECVMSG, /**< fdk_unix_dgram_recvmsg() */
    FDK_OP_TCP_STREAM_READV, /**< fdk_tcp_stream_readv() */
    FDK_OP_UNIX_STREAM_READV, /**< fdk_unix_stream_readv() */
    FDK_OP_UNIX_SEQPACKET_READV, /**< fdk_unix_seqpacket_readv() */
    FDK_OP_UDP_READV, /**< fdk_udp_readv() */
    FDK_OP_UNIX_DGRAM_READV, /**< fdk_unix_dgram_readv() */
    FDK_OP_TCP_STREAM_WRITEV, /**< fdk_tcp_stream_writev() */
    FDK_OP_UNIX_STREAM_WRITEV, /**< fdk_unix_stream_writev() */
    FDK_OP_UNIX_SEQPACKET_WRITEV, /**< fdk_unix_seqpacket_writev() */
    FDK_OP_UDP_WRITEV, /**< fdk_udp_writev() */
    FDK_OP_UNIX_DGRAM_WRITEV, /**< fdk_unix_dgram_writev() */
    FDK_OP_TCP_STREAM_SHUTDOWN, /**< fdk_tcp_stream_shutdown() */
    FDK_OP_UNIX_STREAM_SHUTDOWN, /**< fdk_unix_stream_shutdown() */
    FDK_OP_UNIX_SEQPACKET_SHUTDOWN, /**< fdk_unix_seqpacket_shutdown() */
    FDK_OP_UDP_RECVFROM, /**< fdk_udp_recvfrom() */
    FDK_OP_UNIX_DGRAM_RECVFROM, /**< fdk_unix_dgram_recvfrom() */
    FDK_OP_SOCKET_LOCAL_ADDR, /**< fdk_socket_local_addr() */
    FDK_OP_SOCKET_PEER_ADDR, /**< fdk_socket_peer_addr() */
    FDK_OP_SOCKET_GET_TCP_INFO, /**< fdk_socket_get_tcp_info() */
    FDK_OP_SOCKET_GET_PEERPIDFD, /**< fdk_socket_get_peerpidfd() */
    FDK_OP_SOCKET_SEND_FDS, /**< fdk_socket_send_fds() */
    FDK_OP_SOCKET_SEND_CREDS, /**< fdk_socket_send_creds() */
    FDK_OP_SOCKET_RECV_ANCILLARY, /**< fdk_socket_recv_ancillary() */
    FDK_OP_SOCKET_SEND_BATCH, /**< fdk_socket_send_batch() */
    FDK_OP_SOCKET_RECV_BATCH, /**< fdk_socket_recv_batch() */
    FDK_OP_SOCKET_SEND_ZEROCOPY, /**< fdk_socket_send_zerocopy() */
    FDK_OP_SOCKET_ZEROCOPY_COMPLETIONS, /**< fdk_socket_zerocopy_completions() */
    FDK_OP_SOCKET_SET_REUSEADDR, /**< fdk_socket_set_reuseaddr() */
    FDK_OP_SOCKET_GET_REUSEADDR, /**< fdk_socket_get_reuseaddr() */
    FDK_OP_SOCKET_SET_REUSEPORT, /**< fdk_socket_set_reuseport() */
    FDK_OP_SOCKET_GET_REUSEPORT, /**< fdk_socket_get_reuseport() */
    FDK_OP_SOCKET_SET_BROADCAST, /**< fdk_socket_set_broadcast() */
    FDK_OP_SOCKET_GET_BROADCAST, /**< fdk_socket_get_broadcast() */
    FDK_OP_SOCKET_SET_KEEPALIVE, /**< fdk_socket_set_keepalive() */
    FDK_OP_SOCKET_GET_KEEPALIVE, /**< fdk_socket_get_keepalive() */
    FDK_OP_SOCKET_SET_OOBINLINE, /**< fdk_socket_set_oobinline() */
    FDK_OP_SOCKET_GET_OOBINLINE, /**< fdk_socket_get_oobinline() */
    FDK_OP_SOCKET_SET_PASSCRED, /**< fdk_socket_set_passcred() */
    FDK_OP_SOCKET_GET_PASSCRED, /**< fdk_socket_get_passcred() */
    FDK_OP_SOCKET_SET_ZEROCOPY, /**< fdk_socket_set_zerocopy() */
    FDK_OP_SOCKET_GET_ZEROCOPY, /**< fdk_socket_get_zerocopy() */
    FDK_OP_SOCKET_GET_ACCEPTCONN, /**< fdk_socket_get_acceptconn() */
    FDK_OP_SOCKET_SET_RCVBUF, /**< fdk_socket_set_rcvbuf() */
    FDK_OP_SOCKET_GET_RCVBUF, /**< fdk_socket_get_rcvbuf() */
    FDK_OP_SOCKET_SET_SNDBUF, /**< fdk_socket_set_sndbuf() */
    FDK_OP_SOCKET_GET_SNDBUF, /**< fdk_socket_get_sndbuf() */
    FDK_OP_SOCKET_SET_RCVLOWAT, /**< fdk_socket_set_rcvlowat() */
    FDK_OP_SOCKET_GET_RCVLOWAT, /**< fdk_socket_get_rcvlowat() */
    FDK_OP_SOCKET_SET_RCVTIMEO, /**< fdk_socket_set_rcvtimeo() */
    FDK_OP_SOCKET_GET_RCVTIMEO, /**< fdk_socket_get_rcvtimeo() */
    FDK_OP_SOCKET_SET_SNDTIMEO, /**< fdk_socket_set_sndtimeo() */
    FDK_OP_SOCKET_GET_SNDTIMEO, /**< fdk_socket_get_sndtimeo() */
    FDK_OP_SOCKET_SET_LINGER, /**< fdk_socket_set_linger() */
    FDK_OP_SOCKET_GET_LINGER, /**< fdk_socket_get_linger() */
    FDK_OP_SOCKET_SET_INCOMING_CPU, /**< fdk_socket_set_incoming_cpu() */
    FDK_OP_SOCKET_GET_INCOMING_CPU, /**< fdk_socket_get_incoming_cpu() */
    FDK_OP_SOCKET_SET_BUSY_POLL, /**< fdk_socket_set_busy_poll() */
    FDK_OP_SOCKET_GET_BUSY_POLL, /**< fdk_socket_get_busy_poll() */
    FDK_OP_SOCKET_GET_ERROR, /**< fdk_socket_get_error() */
    FDK_OP_SOCKET_GET_TYPE, /**< fdk_socket_get_type() */
    FDK_OP_SOCKET_GET_DOMAIN, /**< fdk_socket_get_domain() */
    FDK_OP_SOCKET_GET_PROTOCOL, /**< fdk_socket_get_protocol() */
    FDK_OP_SOCKET_GET_PEERCRED, /**< fdk_socket_get_peercred() */
    FDK_OP_SOCKET_SET_NODELAY, /**< fdk_socket_set_nodelay() */
    FDK_OP_SOCKET_GET_NODELAY, /**< fdk_socket_get_nodelay() */
    FDK_OP_SOCKET_SET_CORK, /**< fdk_socket_set_cork() */
    FDK_OP_SOCKET_GET_CORK, /**< fdk_socket_get_cork() */
    FDK_OP_SOCKET_SET_KEEPIDLE, /**< fdk_socket_set_keepidle() */
    FDK_OP_SOCKET_GET_KEEPIDLE, /**< fdk_socket_get_keepidle() */
    FDK_OP_SOCKET_SET_KEEPINTVL, /**< fdk_socket_set_keepintvl() */
    FDK_OP_SOCKET_GET_KEEPINTVL, /**< fdk_socket_get_keepintvl() */
    FDK_OP_SOCKET_SET_KEEPCNT, /**< fdk_socket_set_keepcnt() */
    FDK_OP_SOCKET_GET_KEEPCNT, /**< fdk_socket_get_keepcnt() */
    FDK_OP_SOCKET_SET_SYNCNT, /**< fdk_socket_set_syncnt() */
    FDK_OP_SOCKET_GET_SYNCNT, /**< fdk_socket_get_syncnt() */
    FDK_OP_SOCKET_SET_LINGER2, /**< fdk_socket_set_linger2() */
    FDK_OP_SOCKET_GET_LINGER2, /**< fdk_socket_get_linger2() */
    FDK_OP_SOCKET_SET_DEFER_ACCEPT, /**< fdk_socket_set_defer_accept() */
    FDK_OP_SOCKET_GET_DEFER_ACCEPT, /**< fdk_socket_get_defer_accept() */
    FDK_OP_SOCKET_SET_FASTOPEN, /**< fdk_socket_set_fastopen() */
    FDK_OP_SOCKET_GET_FASTOPEN, /**< fdk_socket_get_fastopen() */
    FDK_OP_SOCKET_SET_USER_TIMEOUT, /**< fdk_socket_set_user_timeout() */
    FDK_OP_SOCKET_GET_USER_TIMEOUT, /**< fdk_socket_get_user_timeout() */
    FDK_OP_SOCKET_SET_V6ONLY, /**< fdk_socket_set_v6only() */
    FDK_OP_SOCKET_GET_V6ONLY, /**< fdk_socket_get_v6only() */
    FDK_OP_SOCKET_CLOSE, /**< fdk_socket_close() */
    FDK_OP_TCP_LISTENER_CLOSE, /**< fdk_tcp_listener_close() */
    FDK_OP_TCP_STREAM_CLOSE, /**< fdk_tcp_stream_close() */
    FDK_OP_UDP_CLOSE, /**< fdk_udp_close() */
    FDK_OP_UNIX_LISTENER_CLOSE, /**< fdk_unix_listener_close() */
    FDK_OP_UNIX_LISTENER_RELEASE, /**< fdk_unix_listener_release() */
    FDK_OP_UNIX_STREAM_CLOSE, /**< fdk_unix_stream_close() */
    FDK_OP_UNIX_DGRAM_CLOSE, /**< fdk_unix_dgram_close() */
    FDK_OP_UNIX_DGRAM_RELEASE, /**< fdk_unix_dgram_release() */
    FDK_OP_UNIX_SEQPACKET_LISTENER_CLOSE, /**< fdk_unix_seqpacket_listener_close() */
    FDK_OP_UNIX_SEQPACKET_LISTENER_RELEASE, /**< fdk_unix_seqpacket_listener_release() */
    FDK_OP_UNIX_SEQPACKET_CLOSE, /**< fdk_unix_seqpacket_close() */
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
    FDK_OP_TTY_OPEN, /**< fdk_tty_open() */
    FDK_OP_TTY_IS_TTY, /**< fdk_tty_is_tty() */
    FDK_OP_TTY_READ, /**< fdk_tty_read() */
    FDK_OP_TTY_WRITE, /**< fdk_tty_write() */
    FDK_OP_TTY_READV, /**< fdk_tty_readv() */
    FDK_OP_TTY_WRITEV, /**< fdk_tty_writev() */
    FDK_OP_TTY_GET, /**< fdk_tty_get() */
    FDK_OP_TTY_SET, /**< fdk_tty_set() */
    FDK_OP_TTY_SET_SPEED, /**< fdk_tty_set_speed() */
    FDK_OP_TTY_GET_SPEED, /**< fdk_tty_get_speed() */
    FDK_OP_TTY_SAVE, /**< fdk_tty_save() */
    FDK_OP_TTY_RESTORE, /**< fdk_tty_restore() */
    FDK_OP_TTY_RESTORE_ON_EXIT, /**< fdk_tty_restore_on_exit() */
    FDK_OP_TTY_MODEM_GET, /**< fdk_tty_modem_get() */
    FDK_OP_TTY_MODEM_SET, /**< fdk_tty_modem_set() */
    FDK_OP_TTY_MODEM_RAISE, /**< fdk_tty_modem_raise() */
    FDK_OP_TTY_MODEM_LOWER, /**< fdk_tty_modem_lower() */
    FDK_OP_TTY_MODEM_WAIT, /**< fdk_tty_modem_wait() */
    FDK_OP_TTY_ICOUNT, /**< fdk_tty_icount() */
    FDK_OP_TTY_SEND_BREAK, /**< fdk_tty_send_break() */
    FDK_OP_TTY_BREAK, /**< fdk_tty_break() */
    FDK_OP_TTY_FLUSH, /**< fdk_tty_flush() */
    FDK_OP_TTY_DRAIN, /**< fdk_tty_drain() */
    FDK_OP_TTY_PENDING, /**< fdk_tty_pending() */
    FDK_OP_TTY_FLOW, /**< fdk_tty_flow() */
    FDK_OP_TTY_SESSION, /**< fdk_tty_session() */
    FDK_OP_TTY_WINSIZE_GET, /**< fdk_tty_winsize_get() */
    FDK_OP_TTY_WINSIZE_SET, /**< fdk_tty_winsize_set() */
    FDK_OP_TTY_EXCLUSIVE, /**< fdk_tty_exclusive() */
    FDK_OP_TTY_RS485_GET, /**< fdk_tty_rs485_get() */
    FDK_OP_TTY_RS485_SET, /**< fdk_tty_rs485_set() */
    FDK_OP_TTY_PTY_OPEN, /**< fdk_tty_pty_open() */
    FDK_OP_TTY_PTY_NAME, /**< fdk_tty_pty_name() */
    FDK_OP_TTY_CLOSE, /**< fdk_tty_close() */
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
