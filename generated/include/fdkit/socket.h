/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/socket.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/socket.h
 * Sockets with a handle type per kind, so a listener cannot be read from and a datagram socket
 * cannot be accepted on: fdk_tcp_listener and fdk_tcp_stream, fdk_udp, fdk_unix_listener and
 * fdk_unix_stream, fdk_unix_dgram, and fdk_unix_seqpacket_listener and fdk_unix_seqpacket.
 * fdk_socket is the generic view every kind converts to (fdk_tcp_stream_socket() and so on) for
 * what all sockets share: options, addresses, ancillary data, batches.
 *
 * Every socket is created close-on-exec; O_NONBLOCK is FDK_SOCKET_NONBLOCK. Sends always carry
 * MSG_NOSIGNAL, so a vanished peer is -EPIPE and never a process-killing SIGPIPE. Addresses are
 * fdk_sockaddr values (fdkit/socket-types.h) with exact lengths, parsed from and formatted to text
 * ("127.0.0.1:80", "[::1]:80", "unix:/run/x.sock", "unix:@abstract"). Unix listeners and bound
 * datagram sockets remember the path they bound and unlink it on close, only if it is still their
 * socket; a stale socket file left by a dead process is replaced on bind, anything else at the
 * path never is.
 *
 * Calls that can wait (accept, send, receive) hand EINTR back, like fdk_epoll_wait(): after a
 * handler installed with SA_RESTART the kernel restarts them by itself, so -EINTR only reaches a
 * program that asked for interruption (a handler without SA_RESTART, or a socket timeout, which a
 * retry would silently start over). Blocking connects are the exception: they finish, because the
 * kernel goes on connecting regardless.
 *
 * See socket(7), tcp(7), udp(7), unix(7), ip(7), ipv6(7).
 */
#ifndef FDKIT_SOCKET_H
#define FDKIT_SOCKET_H

#include <fdkit/common.h>
#include <stdbool.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <sys/socket.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <fdkit/socket-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * Any socket: the generic view for options, addresses, ancillary data, batches and zero-copy
 * sends. Typed handles give one with fdk_<kind>_socket(); it borrows, so do not close both.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_socket_close() releases it.
 */
typedef struct fdk_socket {
    int fd;
} fdk_socket;

/**
 * A listening TCP socket (IPv4 or IPv6); fdk_tcp_accept() takes connections from it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_tcp_listener_close() releases it.
 */
typedef struct fdk_tcp_listener {
    int fd;
} fdk_tcp_listener;

/**
 * A TCP connection, accepted or connected (possibly still connecting, see fdk_tcp_connect()).
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_tcp_stream_close() releases it.
 */
typedef struct fdk_tcp_stream {
    int fd;
} fdk_tcp_stream;

/**
 * A UDP socket (IPv4 or IPv6), bound or not, connected or not.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_udp_close() releases it.
 */
typedef struct fdk_udp {
    int fd;
} fdk_udp;

/**
 * A listening Unix stream socket. When it bound a path, it remembers it and
 * fdk_unix_listener_close() unlinks it if it still is this socket.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_unix_listener_close() releases it.
 */
typedef struct fdk_unix_listener {
    int fd;
    struct fdk__unix_bound *bound; /**< the path this socket bound, unlinked on close (NULL: abstract, autobound or adopted) */
} fdk_unix_listener;

/**
 * A connected Unix stream socket (accepted, connected, or one end of a pair).
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_unix_stream_close() releases it.
 */
typedef struct fdk_unix_stream {
    int fd;
} fdk_unix_stream;

/**
 * A Unix datagram socket: unbound, bound to a path or abstract name, or connected to a peer. A
 * path it bound is unlinked on close.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_unix_dgram_close() releases it.
 */
typedef struct fdk_unix_dgram {
    int fd;
    struct fdk__unix_bound *bound; /**< the path this socket bound, unlinked on close (NULL when none) */
} fdk_unix_dgram;

/**
 * A listening Unix seqpacket socket (connection-oriented, message boundaries kept).
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_unix_seqpacket_listener_close() releases it.
 */
typedef struct fdk_unix_seqpacket_listener {
    int fd;
    struct fdk__unix_bound *bound; /**< the path this socket bound, unlinked on close (NULL: abstract, autobound or adopted) */
} fdk_unix_seqpacket_listener;

/**
 * A connected Unix seqpacket socket; each send is one message, each recv returns at most one.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_unix_seqpacket_close() releases it.
 */
typedef struct fdk_unix_seqpacket {
    int fd;
} fdk_unix_seqpacket;

/**
 * @name Flags for the socket constructors (listen, connect, bind, open, pair).
 * - FDK_SOCKET_NONBLOCK: Non-blocking socket - calls that would wait fail with -EAGAIN (connect
 *   starts in the background).
 * - FDK_SOCKET_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * - FDK_SOCKET_REUSEADDR: Set SO_REUSEADDR before bind (TCP/UDP) - rebind a port whose old
 *   connections linger in TIME_WAIT.
 * - FDK_SOCKET_REUSEPORT: Set SO_REUSEPORT before bind (TCP/UDP) - several sockets share the
 *   port and the kernel balances between them.
 * - FDK_SOCKET_V6ONLY: Set IPV6_V6ONLY before bind (IPv6 addresses only) - the socket does not
 *   also take IPv4-mapped traffic.
 * - FDK_SOCKET_MKDIR: Unix paths - create missing parent directories (mode 0755, or the dir_mode
 *   of the _at calls).
 * - FDK_SOCKET_KEEP_PATH: Unix paths - do not unlink the bound path on close (another process
 *   will take it over).
 * - FDK_SOCKET_FASTOPEN: TCP connect - Fast Open (TCP_FASTOPEN_CONNECT): the connect returns at
 *   once, and the first send carries its data in the SYN when a cookie from
 *   this server is cached (else that send starts an ordinary handshake).
 *   Saves a round trip to a server that enables Fast Open.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_SOCKET_NONBLOCK  0x00000800
#define FDK_SOCKET_CLOEXEC   0x00080000
#define FDK_SOCKET_REUSEADDR 0x01000000 /* fdkit's own bit */
#define FDK_SOCKET_REUSEPORT 0x02000000 /* fdkit's own bit */
#define FDK_SOCKET_V6ONLY    0x04000000 /* fdkit's own bit */
#define FDK_SOCKET_MKDIR     0x08000000 /* fdkit's own bit */
#define FDK_SOCKET_KEEP_PATH 0x10000000 /* fdkit's own bit */
#define FDK_SOCKET_FASTOPEN  0x20000000 /* fdkit's own bit */
#else /* an architecture without a lock: the system headers' values */
#define FDK_SOCKET_NONBLOCK  SOCK_NONBLOCK
#define FDK_SOCKET_CLOEXEC   SOCK_CLOEXEC
#define FDK_SOCKET_REUSEADDR 0x01000000 /* fdkit's own bit */
#define FDK_SOCKET_REUSEPORT 0x02000000 /* fdkit's own bit */
#define FDK_SOCKET_V6ONLY    0x04000000 /* fdkit's own bit */
#define FDK_SOCKET_MKDIR     0x08000000 /* fdkit's own bit */
#define FDK_SOCKET_KEEP_PATH 0x10000000 /* fdkit's own bit */
#define FDK_SOCKET_FASTOPEN  0x20000000 /* fdkit's own bit */
#endif
/** Every bit fdk_socket accepts in this set. */
#define FDK_SOCKET_OPEN_ALL \
    (FDK_SOCKET_NONBLOCK | FDK_SOCKET_CLOEXEC | FDK_SOCKET_REUSEADDR | FDK_SOCKET_REUSEPORT | \
     FDK_SOCKET_V6ONLY | FDK_SOCKET_MKDIR | FDK_SOCKET_KEEP_PATH | FDK_SOCKET_FASTOPEN)
/** @} */

/**
 * @name Flags for the send calls.
 * - FDK_SOCKET_DONTWAIT: do not wait for buffer space, even on a blocking socket (-EAGAIN
 *   instead)
 * - FDK_SOCKET_MORE: more data follows - TCP holds back a partial segment, UDP joins the sends
 *   into one datagram
 * - FDK_SOCKET_OOB: send an out-of-band byte (TCP urgent data)
 * - FDK_SOCKET_EOR: end of record (seqpacket)
 * - FDK_SOCKET_DONTROUTE: bypass the routing table: send only to a host on a directly connected
 *   network
 * - FDK_SOCKET_CONFIRM: datagram sockets - tell the neighbour layer the peer answered, sparing
 *   an ARP or neighbour probe (UDP)
 * - FDK_SOCKET_NOSIGNAL: no SIGPIPE for a closed peer (-EPIPE instead). Always applied.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_SOCKET_DONTWAIT  0x00000040
#define FDK_SOCKET_MORE      0x00008000
#define FDK_SOCKET_OOB       0x00000001
#define FDK_SOCKET_EOR       0x00000080
#define FDK_SOCKET_DONTROUTE 0x00000004
#define FDK_SOCKET_CONFIRM   0x00000800
#define FDK_SOCKET_NOSIGNAL  0x00004000
#else /* an architecture without a lock: the system headers' values */
#define FDK_SOCKET_DONTWAIT  MSG_DONTWAIT
#define FDK_SOCKET_MORE      MSG_MORE
#define FDK_SOCKET_OOB       MSG_OOB
#define FDK_SOCKET_EOR       MSG_EOR
#define FDK_SOCKET_DONTROUTE MSG_DONTROUTE
#define FDK_SOCKET_CONFIRM   MSG_CONFIRM
#define FDK_SOCKET_NOSIGNAL  MSG_NOSIGNAL
#endif
/** Every bit fdk_socket accepts in this set. */
#define FDK_SOCKET_SEND_ALL \
    (FDK_SOCKET_DONTWAIT | FDK_SOCKET_MORE | FDK_SOCKET_OOB | FDK_SOCKET_EOR | \
     FDK_SOCKET_DONTROUTE | FDK_SOCKET_CONFIRM | FDK_SOCKET_NOSIGNAL)
/** @} */

/**
 * @name Flags for the receive calls.
 * - FDK_SOCKET_DONTWAIT: do not wait for data, even on a blocking socket (-EAGAIN instead)
 * - FDK_SOCKET_PEEK: return data without removing it from the queue
 * - FDK_SOCKET_WAITALL: stream sockets - wait until the whole buffer is filled (or EOF, an error
 *   or a signal)
 * - FDK_SOCKET_OOB: receive the out-of-band byte (TCP urgent data) instead of normal data
 * - FDK_SOCKET_TRUNC: datagram and seqpacket sockets - return the real length of the message
 *   even when it was longer than the buffer
 * - FDK_SOCKET_ERRQUEUE: read the socket's error queue (zero-copy completions, ICMP errors)
 *   instead of data
 * - FDK_SOCKET_CMSG_CLOEXEC: file descriptors received through SCM_RIGHTS are close-on-exec.
 *   Always applied.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_SOCKET_DONTWAIT     0x00000040
#define FDK_SOCKET_PEEK         0x00000002
#define FDK_SOCKET_WAITALL      0x00000100
#define FDK_SOCKET_OOB          0x00000001
#define FDK_SOCKET_TRUNC        0x00000020
#define FDK_SOCKET_ERRQUEUE     0x00002000
#define FDK_SOCKET_CMSG_CLOEXEC 0x40000000
#else /* an architecture without a lock: the system headers' values */
#define FDK_SOCKET_DONTWAIT     MSG_DONTWAIT
#define FDK_SOCKET_PEEK         MSG_PEEK
#define FDK_SOCKET_WAITALL      MSG_WAITALL
#define FDK_SOCKET_OOB          MSG_OOB
#define FDK_SOCKET_TRUNC        MSG_TRUNC
#define FDK_SOCKET_ERRQUEUE     MSG_ERRQUEUE
#define FDK_SOCKET_CMSG_CLOEXEC MSG_CMSG_CLOEXEC
#endif
/** Every bit fdk_socket accepts in this set. */
#define FDK_SOCKET_RECV_ALL \
    (FDK_SOCKET_DONTWAIT | FDK_SOCKET_PEEK | FDK_SOCKET_WAITALL | FDK_SOCKET_OOB | \
     FDK_SOCKET_TRUNC | FDK_SOCKET_ERRQUEUE | FDK_SOCKET_CMSG_CLOEXEC)
/** @} */

/**
 * Make a listening TCP socket on addr (IPv4 or IPv6; port 0 picks a free port, which
 * fdk_socket_local_addr() reports): socket, the options the flags ask for (REUSEADDR, REUSEPORT,
 * V6ONLY), bind and listen. If any step fails the socket is closed and *out is not written.
 *
 * @param out      receives the listener (written only on success)
 * @param addr     an AF_INET or AF_INET6 address
 * @param backlog  length of the queue of finished connections; negative means SOMAXCONN
 * @param flags    0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_REUSEADDR, FDK_SOCKET_REUSEPORT,
 *                 FDK_SOCKET_V6ONLY
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EINVAL         a NULL argument, an unknown or unfitting flag (V6ONLY with an IPv4 address),
 *                   or a malformed address
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOMEM         no memory for a socket or its state
 *   -EPERM          an LSM or firewall rule refused the socket or the address
 */
FDK_EXPORT int fdk_tcp_listen(fdk_tcp_listener *out, const fdk_sockaddr *addr, int backlog, int flags);

/**
 * Take the next connection from the listener's queue (accept4 with SOCK_CLOEXEC). A connection
 * that was reset while it waited in the queue (ECONNABORTED, EPROTO) is skipped and the next one
 * is waited for: it is not an error of the listener.
 *
 * @param l         the listener (borrowed)
 * @param out       receives the connection (written only on success)
 * @param ret_peer  receives the peer's address; may be NULL
 * @param flags     0 or FDK_SOCKET_NONBLOCK for the new connection
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN      the listener is non-blocking and no connection is waiting
 *   -EBADF       l is negative or not an open descriptor
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      the socket is not listening, out is NULL, or an unknown flag
 *   -EMFILE      the per-process limit on open descriptors was reached
 *   -ENFILE      the system-wide limit on open files was reached
 *   -ENOBUFS     no kernel memory for the connection
 *   -ENOMEM      no kernel memory for the connection
 *   -ENOTSOCK    the descriptor is not a socket
 *   -EOPNOTSUPP  the socket is not a stream socket
 *   -EPERM       a firewall rule refused the connection
 */
FDK_EXPORT int fdk_tcp_accept(fdk_tcp_listener l, fdk_tcp_stream *out, fdk_sockaddr *ret_peer, int flags);

/**
 * Connect a new TCP socket to addr. A blocking connect returns 0 once connected; an interrupting
 * signal does not abort it (the kernel goes on connecting, so fdkit waits for the outcome and
 * never calls connect again). With FDK_SOCKET_NONBLOCK the connect usually cannot finish at once:
 * *out is written, the call returns FDK_SOCKET_IN_PROGRESS, and once the socket is writable
 * (EPOLLOUT) fdk_tcp_connect_finish() tells the outcome. On failure the socket is closed and *out
 * is not written. With FDK_SOCKET_FASTOPEN the connect is deferred to the first send (which then
 * reports what a connect would: -ECONNREFUSED and so on).
 *
 * @param out    receives the connection (also while it is in progress)
 * @param addr   an AF_INET or AF_INET6 address
 * @param flags  0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_FASTOPEN
 *
 * Blocks unless the fd is non-blocking. Since Linux 2.6.27, glibc 2.10.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EACCES         the address is a broadcast address and SO_BROADCAST is off, or a firewall rule
 *                   refused the connection
 *   -EADDRNOTAVAIL  no free local port left, or the address cannot be connected to
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -ECONNREFUSED   nothing listens on that port
 *   -EHOSTUNREACH   no route to that host
 *   -EINPROGRESS    never returned: a started non-blocking connect is FDK_SOCKET_IN_PROGRESS
 *   -EINVAL         a NULL argument, an unknown flag, or a malformed address
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -ENETUNREACH    no route to that network
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOPROTOOPT    FDK_SOCKET_FASTOPEN on a kernel before 4.11
 *   -ENOTCONN       an interrupted blocking connect failed, and its error was consumed before
 *                   fdkit could read it
 *   -EOPNOTSUPP     FDK_SOCKET_FASTOPEN while net.ipv4.tcp_fastopen does not enable client Fast
 *                   Open (its bit 1)
 *   -EPERM          an LSM or firewall rule refused the socket or the address
 *   -ETIMEDOUT      the peer did not answer in time
 */
FDK_EXPORT int fdk_tcp_connect(fdk_tcp_stream *out, const fdk_sockaddr *addr, int flags);

/**
 * The outcome of a non-blocking fdk_tcp_connect(): 0 once connected, -EINPROGRESS while it is
 * still going (wait for EPOLLOUT and ask again), or the reason it failed (the socket is then
 * useless: close it). Reads and clears SO_ERROR.
 *
 * @param s  the connecting socket (borrowed)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  nothing listens on that port
 *   -EHOSTUNREACH  no route to that host
 *   -EINPROGRESS   the connection is not established yet
 *   -ENETUNREACH   no route to that network
 *   -ENOTCONN      the connect failed and its error was already reported (SO_ERROR was read
 *                  before)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -ETIMEDOUT     the peer did not answer in time
 */
FDK_EXPORT int fdk_tcp_connect_finish(fdk_tcp_stream s);

/**
 * Make an unbound UDP socket (the first send binds it to a free port).
 *
 * @param out     receives the socket (written only on success)
 * @param domain  AF_INET or AF_INET6
 * @param flags   0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_V6ONLY (AF_INET6 only)
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write
 *                  permission on a Unix path
 *   -EAFNOSUPPORT  the address family does not fit this kind of socket (or the kernel lacks it,
 *                  e.g. no IPv6)
 *   -EINVAL        out is NULL, an unknown or unfitting flag
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOBUFS       no kernel memory for a socket
 *   -ENOMEM        no memory for a socket or its state
 *   -EPERM         an LSM or firewall rule refused the socket or the address
 */
FDK_EXPORT int fdk_udp_open(fdk_udp *out, int domain, int flags);

/**
 * Make a UDP socket bound to addr (port 0 picks a free port); on failure nothing is left open.
 *
 * @param out    receives the socket (written only on success)
 * @param addr   an AF_INET or AF_INET6 address
 * @param flags  0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_REUSEADDR, FDK_SOCKET_REUSEPORT,
 *               FDK_SOCKET_V6ONLY
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or a malformed address
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOMEM         no memory for a socket or its state
 *   -EPERM          an LSM or firewall rule refused the socket or the address
 */
FDK_EXPORT int fdk_udp_bind(fdk_udp *out, const fdk_sockaddr *addr, int flags);

/**
 * Set (or with addr NULL, dissolve) the socket's default peer: sends without a destination go
 * there, and only its datagrams are received.
 *
 * @param s     the socket (borrowed)
 * @param addr  the peer, or NULL to dissolve the association
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        a broadcast address without SO_BROADCAST
 *   -EAFNOSUPPORT  the address family does not match the socket
 *   -EBADF         s is negative or not an open descriptor
 *   -EINVAL        a malformed address
 *   -ENETUNREACH   no route to that network
 *   -ENOTSOCK      the descriptor is not a socket
 */
FDK_EXPORT int fdk_udp_connect(fdk_udp s, const fdk_sockaddr *addr);

/**
 * Make a listening Unix stream socket on addr: a path (at most 107 bytes; longer ones go through
 * fdk_unix_listen_at()), an abstract name, or autobind. A socket file left at the path by a
 * process that is gone is removed and the bind retried once: no socket may be bound to it (as the
 * kernel reports through sock_diag) and connecting to it must be refused. A live socket (listening
 * or only bound), a regular file, a directory or a symlink at the path is never touched
 * (-EADDRINUSE). Where sock_diag is unavailable (no unix_diag, a sandbox without netlink) only the
 * connect decides, and a socket that is bound but not yet listening looks stale. The path is
 * unlinked again on close unless FDK_SOCKET_KEEP_PATH is given. A path bind needs three
 * descriptors for a moment: the socket, its directory (O_PATH) and a netlink socket that asks the
 * kernel which file the socket is bound to; the last is opened first, so too few free slots fail
 * with -EMFILE before any file exists. Replacing a stale socket file takes two more for a moment
 * (the old file held open and the connect probe, then the lock): five.
 *
 * @param out      receives the listener (written only on success)
 * @param addr     an AF_UNIX address (path, abstract or autobind)
 * @param backlog  length of the queue of waiting connections; negative means SOMAXCONN
 * @param flags    0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_MKDIR, FDK_SOCKET_KEEP_PATH
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EDQUOT         the user's disk quota is used up
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or an empty or malformed
 *                   address
 *   -ELOOP          too many symbolic links in the path
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -EMLINK         a parent directory has too many entries for FDK_SOCKET_MKDIR to add one
 *   -ENAMETOOLONG   the path is longer than PATH_MAX, or its last component cannot be reached
 *                   within sun_path even through /proc/self/fd
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOENT         a directory of the path does not exist (FDK_SOCKET_MKDIR creates them)
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOSPC         no space (or inodes) left for the socket file or a directory MKDIR creates
 *   -ENOTDIR        a component of the path is not a directory
 *   -EPERM          an LSM rule refused the socket, or a stale socket file in a sticky directory
 *                   (/tmp) belongs to another user
 *   -EROFS          the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_listen(fdk_unix_listener *out, const fdk_sockaddr *addr, int backlog, int flags);

/**
 * fdk_unix_listen() on a path relative to dirfd, of any length up to PATH_MAX: a path that does
 * not fit sun_path is reached through the parent directory's /proc/self/fd entry (the socket's
 * address, as getsockname and its peers see it, is then that /proc path). FDK_SOCKET_MKDIR creates
 * missing parents with dir_mode (less the umask). After fork(), only the process that owns the
 * path should close the listener; the other should use fdk_unix_listener_release(), or its close
 * unlinks the path the first still listens on.
 *
 * @param out       receives the listener (written only on success)
 * @param dirfd     directory a relative path starts from, or AT_FDCWD
 * @param path      the socket's path
 * @param backlog   length of the queue of waiting connections; negative means SOMAXCONN
 * @param flags     0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_MKDIR, FDK_SOCKET_KEEP_PATH
 * @param dir_mode  mode of directories FDK_SOCKET_MKDIR creates
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EBADF          dirfd is neither AT_FDCWD nor an open descriptor
 *   -EDQUOT         the user's disk quota is used up
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or an empty or malformed
 *                   address
 *   -ELOOP          too many symbolic links in the path
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -EMLINK         a parent directory has too many entries for FDK_SOCKET_MKDIR to add one
 *   -ENAMETOOLONG   the path is longer than PATH_MAX, or its last component cannot be reached
 *                   within sun_path even through /proc/self/fd
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOENT         a directory of the path does not exist (FDK_SOCKET_MKDIR creates them)
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOSPC         no space (or inodes) left for the socket file or a directory MKDIR creates
 *   -ENOTDIR        a component of the path is not a directory
 *   -EPERM          an LSM rule refused the socket, or a stale socket file in a sticky directory
 *                   (/tmp) belongs to another user
 *   -EROFS          the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_listen_at(fdk_unix_listener *out, int dirfd, const char *path, int backlog, int flags, mode_t dir_mode);

/**
 * Take the next connection from a Unix listener (accept4 with SOCK_CLOEXEC). The connection never
 * unlinks the listener's path.
 *
 * @param l         the listener (borrowed)
 * @param out       receives the connection (written only on success)
 * @param ret_peer  receives the peer's address (usually unnamed); may be NULL
 * @param flags     0 or FDK_SOCKET_NONBLOCK for the new connection
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN      the listener is non-blocking and no connection is waiting
 *   -EBADF       l is negative or not an open descriptor
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      the socket is not listening, out is NULL, or an unknown flag
 *   -EMFILE      the per-process limit on open descriptors was reached
 *   -ENFILE      the system-wide limit on open files was reached
 *   -ENOBUFS     no kernel memory for the connection
 *   -ENOMEM      no kernel memory for the connection
 *   -ENOTSOCK    the descriptor is not a socket
 *   -EOPNOTSUPP  the socket does not accept connections
 */
FDK_EXPORT int fdk_unix_accept(fdk_unix_listener l, fdk_unix_stream *out, fdk_sockaddr *ret_peer, int flags);

/**
 * Connect a new Unix stream socket to addr (a path or an abstract name). Unix connects finish at
 * once or fail: a blocking connect waits for room in a full listen queue, with FDK_SOCKET_NONBLOCK
 * that is -EAGAIN. A signal during a blocking connect does not abort it (Linux abandons an
 * interrupted Unix connect, so fdkit connects again).
 *
 * @param out    receives the connection (written only on success)
 * @param addr   an AF_UNIX path or abstract address
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write
 *                  permission on a Unix path
 *   -EAFNOSUPPORT  the address family does not fit this kind of socket (or the kernel lacks it,
 *                  e.g. no IPv6)
 *   -EAGAIN        non-blocking, and the listener's queue is full
 *   -ECONNREFUSED  nothing listens on that path or name (a stale socket file, or a file that is
 *                  not a socket)
 *   -EINVAL        a NULL argument, an unknown flag, or an empty, unnamed or malformed address
 *   -ELOOP         too many symbolic links in the path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  the path is longer than PATH_MAX, or its last component cannot be reached
 *                  within sun_path even through /proc/self/fd
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOBUFS       no kernel memory for a socket
 *   -ENOENT        no socket file at that path, or a directory of the path does not exist
 *   -ENOMEM        no memory for a socket or its state
 *   -ENOTDIR       a component of the path is not a directory
 *   -EPERM         an LSM or firewall rule refused the socket or the address
 *   -EPROTOTYPE    the socket at the address is of another type (stream vs seqpacket vs datagram)
 *   -EROFS         the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_connect(fdk_unix_stream *out, const fdk_sockaddr *addr, int flags);

/**
 * fdk_unix_connect() to a path relative to dirfd, of any length up to PATH_MAX.
 *
 * @param out    receives the connection (written only on success)
 * @param dirfd  directory a relative path starts from, or AT_FDCWD
 * @param path   the listener's path
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write
 *                  permission on a Unix path
 *   -EAFNOSUPPORT  the address family does not fit this kind of socket (or the kernel lacks it,
 *                  e.g. no IPv6)
 *   -EAGAIN        non-blocking, and the listener's queue is full
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -ECONNREFUSED  nothing listens on that path or name (a stale socket file, or a file that is
 *                  not a socket)
 *   -EINVAL        a NULL argument, an unknown flag, or an empty, unnamed or malformed address
 *   -ELOOP         too many symbolic links in the path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  the path is longer than PATH_MAX, or its last component cannot be reached
 *                  within sun_path even through /proc/self/fd
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOBUFS       no kernel memory for a socket
 *   -ENOENT        no socket file at that path, or a directory of the path does not exist
 *   -ENOMEM        no memory for a socket or its state
 *   -ENOTDIR       a component of the path is not a directory
 *   -EPERM         an LSM or firewall rule refused the socket or the address
 *   -EPROTOTYPE    the socket at the address is of another type (stream vs seqpacket vs datagram)
 *   -EROFS         the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_connect_at(fdk_unix_stream *out, int dirfd, const char *path, int flags);

/**
 * A connected pair of Unix stream sockets (socketpair); both ends CLOEXEC, both non-blocking with
 * FDK_SOCKET_NONBLOCK.
 *
 * @param a      receives one end (written only on success)
 * @param b      receives the other end (written only on success)
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL   a NULL handle or an unknown flag
 *   -EMFILE   the per-process limit on open descriptors was reached
 *   -ENFILE   the system-wide limit on open files was reached
 *   -ENOBUFS  no kernel memory for the sockets
 *   -ENOMEM   no kernel memory for the sockets
 */
FDK_EXPORT int fdk_unix_pair(fdk_unix_stream *a, fdk_unix_stream *b, int flags);

/**
 * fdk_unix_listen() for a seqpacket socket (connections that keep message boundaries).
 *
 * @param out      receives the listener (written only on success)
 * @param addr     an AF_UNIX address (path, abstract or autobind)
 * @param backlog  length of the queue of waiting connections; negative means SOMAXCONN
 * @param flags    0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_MKDIR, FDK_SOCKET_KEEP_PATH
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EDQUOT         the user's disk quota is used up
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or an empty or malformed
 *                   address
 *   -ELOOP          too many symbolic links in the path
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -EMLINK         a parent directory has too many entries for FDK_SOCKET_MKDIR to add one
 *   -ENAMETOOLONG   the path is longer than PATH_MAX, or its last component cannot be reached
 *                   within sun_path even through /proc/self/fd
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOENT         a directory of the path does not exist (FDK_SOCKET_MKDIR creates them)
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOSPC         no space (or inodes) left for the socket file or a directory MKDIR creates
 *   -ENOTDIR        a component of the path is not a directory
 *   -EPERM          an LSM rule refused the socket, or a stale socket file in a sticky directory
 *                   (/tmp) belongs to another user
 *   -EROFS          the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_seqpacket_listen(fdk_unix_seqpacket_listener *out, const fdk_sockaddr *addr, int backlog, int flags);

/**
 * fdk_unix_listen_at() for a seqpacket socket.
 *
 * @param out       receives the listener (written only on success)
 * @param dirfd     directory a relative path starts from, or AT_FDCWD
 * @param path      the socket's path
 * @param backlog   length of the queue of waiting connections; negative means SOMAXCONN
 * @param flags     0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_MKDIR, FDK_SOCKET_KEEP_PATH
 * @param dir_mode  mode of directories FDK_SOCKET_MKDIR creates
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EBADF          dirfd is neither AT_FDCWD nor an open descriptor
 *   -EDQUOT         the user's disk quota is used up
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or an empty or malformed
 *                   address
 *   -ELOOP          too many symbolic links in the path
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -EMLINK         a parent directory has too many entries for FDK_SOCKET_MKDIR to add one
 *   -ENAMETOOLONG   the path is longer than PATH_MAX, or its last component cannot be reached
 *                   within sun_path even through /proc/self/fd
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOENT         a directory of the path does not exist (FDK_SOCKET_MKDIR creates them)
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOSPC         no space (or inodes) left for the socket file or a directory MKDIR creates
 *   -ENOTDIR        a component of the path is not a directory
 *   -EPERM          an LSM rule refused the socket, or a stale socket file in a sticky directory
 *                   (/tmp) belongs to another user
 *   -EROFS          the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_seqpacket_listen_at(fdk_unix_seqpacket_listener *out, int dirfd, const char *path, int backlog, int flags, mode_t dir_mode);

/**
 * fdk_unix_accept() for a seqpacket listener.
 *
 * @param l         the listener (borrowed)
 * @param out       receives the connection (written only on success)
 * @param ret_peer  receives the peer's address; may be NULL
 * @param flags     0 or FDK_SOCKET_NONBLOCK for the new connection
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN      the listener is non-blocking and no connection is waiting
 *   -EBADF       l is negative or not an open descriptor
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      the socket is not listening, out is NULL, or an unknown flag
 *   -EMFILE      the per-process limit on open descriptors was reached
 *   -ENFILE      the system-wide limit on open files was reached
 *   -ENOBUFS     no kernel memory for the connection
 *   -ENOMEM      no kernel memory for the connection
 *   -ENOTSOCK    the descriptor is not a socket
 *   -EOPNOTSUPP  the socket does not accept connections
 */
FDK_EXPORT int fdk_unix_seqpacket_accept(fdk_unix_seqpacket_listener l, fdk_unix_seqpacket *out, fdk_sockaddr *ret_peer, int flags);

/**
 * fdk_unix_connect() for a seqpacket socket.
 *
 * @param out    receives the connection (written only on success)
 * @param addr   an AF_UNIX path or abstract address
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write
 *                  permission on a Unix path
 *   -EAFNOSUPPORT  the address family does not fit this kind of socket (or the kernel lacks it,
 *                  e.g. no IPv6)
 *   -EAGAIN        non-blocking, and the listener's queue is full
 *   -ECONNREFUSED  nothing listens on that path or name (a stale socket file, or a file that is
 *                  not a socket)
 *   -EINVAL        a NULL argument, an unknown flag, or an empty, unnamed or malformed address
 *   -ELOOP         too many symbolic links in the path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  the path is longer than PATH_MAX, or its last component cannot be reached
 *                  within sun_path even through /proc/self/fd
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOBUFS       no kernel memory for a socket
 *   -ENOENT        no socket file at that path, or a directory of the path does not exist
 *   -ENOMEM        no memory for a socket or its state
 *   -ENOTDIR       a component of the path is not a directory
 *   -EPERM         an LSM or firewall rule refused the socket or the address
 *   -EPROTOTYPE    the socket at the address is of another type (stream vs seqpacket vs datagram)
 *   -EROFS         the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_seqpacket_connect(fdk_unix_seqpacket *out, const fdk_sockaddr *addr, int flags);

/**
 * fdk_unix_connect_at() for a seqpacket socket.
 *
 * @param out    receives the connection (written only on success)
 * @param dirfd  directory a relative path starts from, or AT_FDCWD
 * @param path   the listener's path
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no search/write
 *                  permission on a Unix path
 *   -EAFNOSUPPORT  the address family does not fit this kind of socket (or the kernel lacks it,
 *                  e.g. no IPv6)
 *   -EAGAIN        non-blocking, and the listener's queue is full
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -ECONNREFUSED  nothing listens on that path or name (a stale socket file, or a file that is
 *                  not a socket)
 *   -EINVAL        a NULL argument, an unknown flag, or an empty, unnamed or malformed address
 *   -ELOOP         too many symbolic links in the path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  the path is longer than PATH_MAX, or its last component cannot be reached
 *                  within sun_path even through /proc/self/fd
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOBUFS       no kernel memory for a socket
 *   -ENOENT        no socket file at that path, or a directory of the path does not exist
 *   -ENOMEM        no memory for a socket or its state
 *   -ENOTDIR       a component of the path is not a directory
 *   -EPERM         an LSM or firewall rule refused the socket or the address
 *   -EPROTOTYPE    the socket at the address is of another type (stream vs seqpacket vs datagram)
 *   -EROFS         the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_seqpacket_connect_at(fdk_unix_seqpacket *out, int dirfd, const char *path, int flags);

/**
 * A connected pair of Unix seqpacket sockets.
 *
 * @param a      receives one end (written only on success)
 * @param b      receives the other end (written only on success)
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL   a NULL handle or an unknown flag
 *   -EMFILE   the per-process limit on open descriptors was reached
 *   -ENFILE   the system-wide limit on open files was reached
 *   -ENOBUFS  no kernel memory for the sockets
 *   -ENOMEM   no kernel memory for the sockets
 */
FDK_EXPORT int fdk_unix_seqpacket_pair(fdk_unix_seqpacket *a, fdk_unix_seqpacket *b, int flags);

/**
 * Make an unbound Unix datagram socket (it can send, and receive replies only once bound or
 * autobound).
 *
 * @param out    receives the socket (written only on success)
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL   a NULL handle or an unknown flag
 *   -EMFILE   the per-process limit on open descriptors was reached
 *   -ENFILE   the system-wide limit on open files was reached
 *   -ENOBUFS  no kernel memory for the sockets
 *   -ENOMEM   no kernel memory for the sockets
 */
FDK_EXPORT int fdk_unix_dgram_open(fdk_unix_dgram *out, int flags);

/**
 * Make a Unix datagram socket bound to addr (path, abstract or autobind), with the stale-socket
 * and unlink-on-close rules of fdk_unix_listen().
 *
 * @param out    receives the socket (written only on success)
 * @param addr   an AF_UNIX address
 * @param flags  0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_MKDIR, FDK_SOCKET_KEEP_PATH
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EDQUOT         the user's disk quota is used up
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or an empty or malformed
 *                   address
 *   -ELOOP          too many symbolic links in the path
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -EMLINK         a parent directory has too many entries for FDK_SOCKET_MKDIR to add one
 *   -ENAMETOOLONG   the path is longer than PATH_MAX, or its last component cannot be reached
 *                   within sun_path even through /proc/self/fd
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOENT         a directory of the path does not exist (FDK_SOCKET_MKDIR creates them)
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOSPC         no space (or inodes) left for the socket file or a directory MKDIR creates
 *   -ENOTDIR        a component of the path is not a directory
 *   -EPERM          an LSM rule refused the socket, or a stale socket file in a sticky directory
 *                   (/tmp) belongs to another user
 *   -EROFS          the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_dgram_bind(fdk_unix_dgram *out, const fdk_sockaddr *addr, int flags);

/**
 * fdk_unix_dgram_bind() on a path relative to dirfd, of any length up to PATH_MAX.
 *
 * @param out       receives the socket (written only on success)
 * @param dirfd     directory a relative path starts from, or AT_FDCWD
 * @param path      the socket's path
 * @param flags     0 or FDK_SOCKET_NONBLOCK, FDK_SOCKET_MKDIR, FDK_SOCKET_KEEP_PATH
 * @param dir_mode  mode of directories FDK_SOCKET_MKDIR creates
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES         a privileged port (below 1024) without CAP_NET_BIND_SERVICE, or no
 *                   search/write permission on a Unix path
 *   -EADDRINUSE     the address is in use (a live socket, or a non-socket file at a Unix path,
 *                   which is never removed; or another caller is replacing the same stale socket
 *                   file at that moment)
 *   -EADDRNOTAVAIL  the IP address is not one of this host's
 *   -EAFNOSUPPORT   the address family does not fit this kind of socket (or the kernel lacks it,
 *                   e.g. no IPv6)
 *   -EBADF          dirfd is neither AT_FDCWD nor an open descriptor
 *   -EDQUOT         the user's disk quota is used up
 *   -EINVAL         a NULL argument, an unknown or unfitting flag, or an empty or malformed
 *                   address
 *   -ELOOP          too many symbolic links in the path
 *   -EMFILE         the per-process limit on open descriptors was reached
 *   -EMLINK         a parent directory has too many entries for FDK_SOCKET_MKDIR to add one
 *   -ENAMETOOLONG   the path is longer than PATH_MAX, or its last component cannot be reached
 *                   within sun_path even through /proc/self/fd
 *   -ENFILE         the system-wide limit on open files was reached
 *   -ENOBUFS        no kernel memory for a socket
 *   -ENOENT         a directory of the path does not exist (FDK_SOCKET_MKDIR creates them)
 *   -ENOMEM         no memory for a socket or its state
 *   -ENOSPC         no space (or inodes) left for the socket file or a directory MKDIR creates
 *   -ENOTDIR        a component of the path is not a directory
 *   -EPERM          an LSM rule refused the socket, or a stale socket file in a sticky directory
 *                   (/tmp) belongs to another user
 *   -EROFS          the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_dgram_bind_at(fdk_unix_dgram *out, int dirfd, const char *path, int flags, mode_t dir_mode);

/**
 * Set (or with addr NULL, dissolve) the datagram socket's default peer.
 *
 * @param s     the socket (borrowed)
 * @param addr  an AF_UNIX path or abstract address, or NULL to dissolve
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        no write permission on the socket file or search permission on a directory
 *   -EAFNOSUPPORT  addr is not an AF_UNIX address
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  no socket is bound at that path or name
 *   -EINVAL        an empty, unnamed or malformed address
 *   -ELOOP         too many symbolic links in the path
 *   -ENAMETOOLONG  the path is longer than PATH_MAX, or its last component cannot be reached
 *                  within sun_path even through /proc/self/fd
 *   -ENOENT        no socket file at that path, or a directory of the path does not exist
 *   -ENOMEM        no memory
 *   -ENOTDIR       a component of the path is not a directory
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EPERM         an LSM rule refused the connection
 *   -EPROTOTYPE    the socket at the address is not a datagram socket
 *   -EROFS         the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_dgram_connect(fdk_unix_dgram s, const fdk_sockaddr *addr);

/**
 * fdk_unix_dgram_connect() to a path relative to dirfd, of any length up to PATH_MAX.
 *
 * @param s      the socket (borrowed)
 * @param dirfd  directory a relative path starts from, or AT_FDCWD
 * @param path   the peer's path
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        no write permission on the socket file or search permission on a directory
 *   -EAFNOSUPPORT  addr is not an AF_UNIX address
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  no socket is bound at that path or name
 *   -EINVAL        an empty, unnamed or malformed address
 *   -ELOOP         too many symbolic links in the path
 *   -ENAMETOOLONG  the path is longer than PATH_MAX, or its last component cannot be reached
 *                  within sun_path even through /proc/self/fd
 *   -ENOENT        no socket file at that path, or a directory of the path does not exist
 *   -ENOMEM        no memory
 *   -ENOTDIR       a component of the path is not a directory
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EPERM         an LSM rule refused the connection
 *   -EPROTOTYPE    the socket at the address is not a datagram socket
 *   -EROFS         the directory is on a read-only file system
 */
FDK_EXPORT int fdk_unix_dgram_connect_at(fdk_unix_dgram s, int dirfd, const char *path);

/**
 * A connected pair of Unix datagram sockets.
 *
 * @param a      receives one end (written only on success)
 * @param b      receives the other end (written only on success)
 * @param flags  0 or FDK_SOCKET_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL   a NULL handle or an unknown flag
 *   -EMFILE   the per-process limit on open descriptors was reached
 *   -ENFILE   the system-wide limit on open files was reached
 *   -ENOBUFS  no kernel memory for the sockets
 *   -ENOMEM   no kernel memory for the sockets
 */
FDK_EXPORT int fdk_unix_dgram_pair(fdk_unix_dgram *a, fdk_unix_dgram *b, int flags);

/**
 * Send up to len bytes; returns how many were queued (a stream socket may take fewer).
 * MSG_NOSIGNAL is always added: a closed peer is -EPIPE, never SIGPIPE. On a stream socket len 0
 * makes no system call and returns 0; on a datagram or seqpacket socket it sends an empty message.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data
 * @param len    bytes to send
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tcp_stream_send(fdk_tcp_stream s, const void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = send(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tcp_stream_send(fdk_tcp_stream s, const void *buf, size_t len, int flags);
#endif

/**
 * Send up to len bytes; returns how many were queued (a stream socket may take fewer).
 * MSG_NOSIGNAL is always added: a closed peer is -EPIPE, never SIGPIPE. On a stream socket len 0
 * makes no system call and returns 0; on a datagram or seqpacket socket it sends an empty message.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data
 * @param len    bytes to send
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_stream_send(fdk_unix_stream s, const void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = send(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_stream_send(fdk_unix_stream s, const void *buf, size_t len, int flags);
#endif

/**
 * Send up to len bytes; returns how many were queued (a stream socket may take fewer).
 * MSG_NOSIGNAL is always added: a closed peer is -EPIPE, never SIGPIPE. On a stream socket len 0
 * makes no system call and returns 0; on a datagram or seqpacket socket it sends an empty message.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data
 * @param len    bytes to send
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_seqpacket_send(fdk_unix_seqpacket s, const void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = send(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_seqpacket_send(fdk_unix_seqpacket s, const void *buf, size_t len, int flags);
#endif

/**
 * Send up to len bytes; returns how many were queued (a stream socket may take fewer).
 * MSG_NOSIGNAL is always added: a closed peer is -EPIPE, never SIGPIPE. On a stream socket len 0
 * makes no system call and returns 0; on a datagram or seqpacket socket it sends an empty message.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data
 * @param len    bytes to send
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_udp_send(fdk_udp s, const void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = send(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_udp_send(fdk_udp s, const void *buf, size_t len, int flags);
#endif

/**
 * Send up to len bytes; returns how many were queued (a stream socket may take fewer).
 * MSG_NOSIGNAL is always added: a closed peer is -EPIPE, never SIGPIPE. On a stream socket len 0
 * makes no system call and returns 0; on a datagram or seqpacket socket it sends an empty message.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data
 * @param len    bytes to send
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_dgram_send(fdk_unix_dgram s, const void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = send(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_dgram_send(fdk_unix_dgram s, const void *buf, size_t len, int flags);
#endif

/**
 * Receive up to len bytes; 0 means the peer closed a stream (end of input). On a datagram or
 * seqpacket socket one call returns at most one message and the rest of a longer one is discarded
 * (FDK_SOCKET_TRUNC returns its full length instead). len 0 makes no system call.
 *
 * @param s      the socket (borrowed)
 * @param buf    where the data goes
 * @param len    size of buf
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tcp_stream_recv(fdk_tcp_stream s, void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = recv(s.fd, buf, len, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tcp_stream_recv(fdk_tcp_stream s, void *buf, size_t len, int flags);
#endif

/**
 * Receive up to len bytes; 0 means the peer closed a stream (end of input). On a datagram or
 * seqpacket socket one call returns at most one message and the rest of a longer one is discarded
 * (FDK_SOCKET_TRUNC returns its full length instead). len 0 makes no system call.
 *
 * @param s      the socket (borrowed)
 * @param buf    where the data goes
 * @param len    size of buf
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_stream_recv(fdk_unix_stream s, void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = recv(s.fd, buf, len, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_stream_recv(fdk_unix_stream s, void *buf, size_t len, int flags);
#endif

/**
 * Receive up to len bytes; 0 means the peer closed a stream (end of input). On a datagram or
 * seqpacket socket one call returns at most one message and the rest of a longer one is discarded
 * (FDK_SOCKET_TRUNC returns its full length instead). len 0 makes no system call.
 *
 * @param s      the socket (borrowed)
 * @param buf    where the data goes
 * @param len    size of buf
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_seqpacket_recv(fdk_unix_seqpacket s, void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = recv(s.fd, buf, len, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_seqpacket_recv(fdk_unix_seqpacket s, void *buf, size_t len, int flags);
#endif

/**
 * Receive up to len bytes; 0 means the peer closed a stream (end of input). On a datagram or
 * seqpacket socket one call returns at most one message and the rest of a longer one is discarded
 * (FDK_SOCKET_TRUNC returns its full length instead). len 0 makes no system call.
 *
 * @param s      the socket (borrowed)
 * @param buf    where the data goes
 * @param len    size of buf
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_udp_recv(fdk_udp s, void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = recv(s.fd, buf, len, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_udp_recv(fdk_udp s, void *buf, size_t len, int flags);
#endif

/**
 * Receive up to len bytes; 0 means the peer closed a stream (end of input). On a datagram or
 * seqpacket socket one call returns at most one message and the rest of a longer one is discarded
 * (FDK_SOCKET_TRUNC returns its full length instead). len 0 makes no system call.
 *
 * @param s      the socket (borrowed)
 * @param buf    where the data goes
 * @param len    size of buf
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_dgram_recv(fdk_unix_dgram s, void *buf, size_t len, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    if (len == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = recv(s.fd, buf, len, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_dgram_recv(fdk_unix_dgram s, void *buf, size_t len, int flags);
#endif

/**
 * Send one datagram (len 0: an empty one) to the address to; a connected socket sends to its peer
 * with _send().
 *
 * @param s      the socket (borrowed)
 * @param buf    the datagram
 * @param len    its length
 * @param to     the destination
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_DONTROUTE,
 *               FDK_SOCKET_CONFIRM
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EACCES        a broadcast destination without SO_BROADCAST, or no write permission on a Unix
 *                  socket file
 *   -EAFNOSUPPORT  the destination's family does not match the socket (checked before the call: a
 *                  Unix address for UDP, an IP address for a Unix socket)
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EISCONN       a connected Unix datagram socket may only send to its peer
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENETUNREACH   no route to that network
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOENT        no socket at that Unix path
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_udp_sendto(fdk_udp s, const void *buf, size_t len, const fdk_sockaddr *to, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (!to)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    if (to->u.sa.sa_family != AF_INET && to->u.sa.sa_family != AF_INET6)
        return -EAFNOSUPPORT; /* a UDP socket sends to IP addresses only */
    n = sendto(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL, &to->u.sa, to->len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_udp_sendto(fdk_udp s, const void *buf, size_t len, const fdk_sockaddr *to, int flags);
#endif

/**
 * Send one datagram (len 0: an empty one) to the address to; a connected socket sends to its peer
 * with _send().
 *
 * @param s      the socket (borrowed)
 * @param buf    the datagram
 * @param len    its length
 * @param to     the destination
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_DONTROUTE,
 *               FDK_SOCKET_CONFIRM
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EACCES        a broadcast destination without SO_BROADCAST, or no write permission on a Unix
 *                  socket file
 *   -EAFNOSUPPORT  the destination's family does not match the socket (checked before the call: a
 *                  Unix address for UDP, an IP address for a Unix socket)
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EISCONN       a connected Unix datagram socket may only send to its peer
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENETUNREACH   no route to that network
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOENT        no socket at that Unix path
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_dgram_sendto(fdk_unix_dgram s, const void *buf, size_t len, const fdk_sockaddr *to, int flags)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (!to)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    if (to->u.sa.sa_family != AF_UNIX)
        return -EAFNOSUPPORT; /* a Unix datagram socket sends to Unix addresses only */
    n = sendto(s.fd, buf, len, flags | FDK_SOCKET_NOSIGNAL, &to->u.sa, to->len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_dgram_sendto(fdk_unix_dgram s, const void *buf, size_t len, const fdk_sockaddr *to, int flags);
#endif

/**
 * Send a message described by msg (scatter/gather data, destination, ancillary data). MSG_NOSIGNAL
 * is always added.
 *
 * @param s      the socket (borrowed)
 * @param msg    the message
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tcp_stream_sendmsg(fdk_tcp_stream s, const struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = sendmsg(s.fd, msg, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tcp_stream_sendmsg(fdk_tcp_stream s, const struct msghdr *msg, int flags);
#endif

/**
 * Send a message described by msg (scatter/gather data, destination, ancillary data). MSG_NOSIGNAL
 * is always added.
 *
 * @param s      the socket (borrowed)
 * @param msg    the message
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_stream_sendmsg(fdk_unix_stream s, const struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = sendmsg(s.fd, msg, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_stream_sendmsg(fdk_unix_stream s, const struct msghdr *msg, int flags);
#endif

/**
 * Send a message described by msg (scatter/gather data, destination, ancillary data). MSG_NOSIGNAL
 * is always added.
 *
 * @param s      the socket (borrowed)
 * @param msg    the message
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_seqpacket_sendmsg(fdk_unix_seqpacket s, const struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = sendmsg(s.fd, msg, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_seqpacket_sendmsg(fdk_unix_seqpacket s, const struct msghdr *msg, int flags);
#endif

/**
 * Send a message described by msg (scatter/gather data, destination, ancillary data). MSG_NOSIGNAL
 * is always added.
 *
 * @param s      the socket (borrowed)
 * @param msg    the message
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_udp_sendmsg(fdk_udp s, const struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = sendmsg(s.fd, msg, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_udp_sendmsg(fdk_udp s, const struct msghdr *msg, int flags);
#endif

/**
 * Send a message described by msg (scatter/gather data, destination, ancillary data). MSG_NOSIGNAL
 * is always added.
 *
 * @param s      the socket (borrowed)
 * @param msg    the message
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_OOB, FDK_SOCKET_EOR,
 *               FDK_SOCKET_DONTROUTE, FDK_SOCKET_CONFIRM (datagrams)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_dgram_sendmsg(fdk_unix_dgram s, const struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL; /* unknown bits */
    n = sendmsg(s.fd, msg, flags | FDK_SOCKET_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_dgram_sendmsg(fdk_unix_dgram s, const struct msghdr *msg, int flags);
#endif

/**
 * Receive one message into msg; msg->msg_flags reports truncation (MSG_TRUNC, MSG_CTRUNC) and also
 * carries MSG_CMSG_CLOEXEC, which the kernel copies from the call's flags. MSG_CMSG_CLOEXEC is
 * always added, so any descriptor that arrives is close-on-exec; the caller owns (and must close)
 * every fd in the control data. fdk_socket_recv_ancillary() does the fd bookkeeping for you.
 *
 * @param s      the socket (borrowed)
 * @param msg    buffers in, lengths and flags out
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC, FDK_SOCKET_ERRQUEUE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tcp_stream_recvmsg(fdk_tcp_stream s, struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    n = recvmsg(s.fd, msg, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tcp_stream_recvmsg(fdk_tcp_stream s, struct msghdr *msg, int flags);
#endif

/**
 * Receive one message into msg; msg->msg_flags reports truncation (MSG_TRUNC, MSG_CTRUNC) and also
 * carries MSG_CMSG_CLOEXEC, which the kernel copies from the call's flags. MSG_CMSG_CLOEXEC is
 * always added, so any descriptor that arrives is close-on-exec; the caller owns (and must close)
 * every fd in the control data. fdk_socket_recv_ancillary() does the fd bookkeeping for you.
 *
 * @param s      the socket (borrowed)
 * @param msg    buffers in, lengths and flags out
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC, FDK_SOCKET_ERRQUEUE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_stream_recvmsg(fdk_unix_stream s, struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    n = recvmsg(s.fd, msg, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_stream_recvmsg(fdk_unix_stream s, struct msghdr *msg, int flags);
#endif

/**
 * Receive one message into msg; msg->msg_flags reports truncation (MSG_TRUNC, MSG_CTRUNC) and also
 * carries MSG_CMSG_CLOEXEC, which the kernel copies from the call's flags. MSG_CMSG_CLOEXEC is
 * always added, so any descriptor that arrives is close-on-exec; the caller owns (and must close)
 * every fd in the control data. fdk_socket_recv_ancillary() does the fd bookkeeping for you.
 *
 * @param s      the socket (borrowed)
 * @param msg    buffers in, lengths and flags out
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC, FDK_SOCKET_ERRQUEUE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_seqpacket_recvmsg(fdk_unix_seqpacket s, struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    n = recvmsg(s.fd, msg, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_seqpacket_recvmsg(fdk_unix_seqpacket s, struct msghdr *msg, int flags);
#endif

/**
 * Receive one message into msg; msg->msg_flags reports truncation (MSG_TRUNC, MSG_CTRUNC) and also
 * carries MSG_CMSG_CLOEXEC, which the kernel copies from the call's flags. MSG_CMSG_CLOEXEC is
 * always added, so any descriptor that arrives is close-on-exec; the caller owns (and must close)
 * every fd in the control data. fdk_socket_recv_ancillary() does the fd bookkeeping for you.
 *
 * @param s      the socket (borrowed)
 * @param msg    buffers in, lengths and flags out
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC, FDK_SOCKET_ERRQUEUE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_udp_recvmsg(fdk_udp s, struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    n = recvmsg(s.fd, msg, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_udp_recvmsg(fdk_udp s, struct msghdr *msg, int flags);
#endif

/**
 * Receive one message into msg; msg->msg_flags reports truncation (MSG_TRUNC, MSG_CTRUNC) and also
 * carries MSG_CMSG_CLOEXEC, which the kernel copies from the call's flags. MSG_CMSG_CLOEXEC is
 * always added, so any descriptor that arrives is close-on-exec; the caller owns (and must close)
 * every fd in the control data. fdk_socket_recv_ancillary() does the fd bookkeeping for you.
 *
 * @param s      the socket (borrowed)
 * @param msg    buffers in, lengths and flags out
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL, FDK_SOCKET_OOB,
 *               FDK_SOCKET_TRUNC, FDK_SOCKET_ERRQUEUE
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_dgram_recvmsg(fdk_unix_dgram s, struct msghdr *msg, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!msg)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL; /* unknown bits */
    n = recvmsg(s.fd, msg, flags | FDK_SOCKET_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_dgram_recvmsg(fdk_unix_dgram s, struct msghdr *msg, int flags);
#endif

/**
 * Scatter-receive into iovcnt buffers (readv); 0 means the peer closed a stream. No system call
 * when iovcnt is 0.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN      the socket is non-blocking and no data is queued
 *   -EBADF       s is negative or not an open descriptor
 *   -ECONNRESET  the peer reset the connection
 *   -EFAULT      a buffer is outside the address space
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN    a stream socket that is not connected
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tcp_stream_readv(fdk_tcp_stream s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = readv(s.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tcp_stream_readv(fdk_tcp_stream s, const struct iovec *iov, int iovcnt);
#endif

/**
 * Scatter-receive into iovcnt buffers (readv); 0 means the peer closed a stream. No system call
 * when iovcnt is 0.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN      the socket is non-blocking and no data is queued
 *   -EBADF       s is negative or not an open descriptor
 *   -ECONNRESET  the peer reset the connection
 *   -EFAULT      a buffer is outside the address space
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN    a stream socket that is not connected
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_stream_readv(fdk_unix_stream s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return s.fd < 0 ? -EBADF : 0;
    n = readv(s.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_stream_readv(fdk_unix_stream s, const struct iovec *iov, int iovcnt);
#endif

/**
 * Scatter-receive into iovcnt buffers (readv); 0 means the peer closed a stream. No system call
 * when iovcnt is 0.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN      the socket is non-blocking and no data is queued
 *   -EBADF       s is negative or not an open descriptor
 *   -ECONNRESET  the peer reset the connection
 *   -EFAULT      a buffer is outside the address space
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN    a stream socket that is not connected
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_seqpacket_readv(fdk_unix_seqpacket s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    n = readv(s.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_seqpacket_readv(fdk_unix_seqpacket s, const struct iovec *iov, int iovcnt);
#endif

/**
 * Scatter-receive into iovcnt buffers (readv); 0 means the peer closed a stream. No system call
 * when iovcnt is 0.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN      the socket is non-blocking and no data is queued
 *   -EBADF       s is negative or not an open descriptor
 *   -ECONNRESET  the peer reset the connection
 *   -EFAULT      a buffer is outside the address space
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN    a stream socket that is not connected
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_udp_readv(fdk_udp s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    n = readv(s.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_udp_readv(fdk_udp s, const struct iovec *iov, int iovcnt);
#endif

/**
 * Scatter-receive into iovcnt buffers (readv); 0 means the peer closed a stream. No system call
 * when iovcnt is 0.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN      the socket is non-blocking and no data is queued
 *   -EBADF       s is negative or not an open descriptor
 *   -ECONNRESET  the peer reset the connection
 *   -EFAULT      a buffer is outside the address space
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN    a stream socket that is not connected
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_unix_dgram_readv(fdk_unix_dgram s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    n = readv(s.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_unix_dgram_readv(fdk_unix_dgram s, const struct iovec *iov, int iovcnt);
#endif

/**
 * Gather-send from iovcnt buffers. Done with sendmsg() and MSG_NOSIGNAL (a plain writev() would
 * raise SIGPIPE on a closed peer). iovcnt 0 makes no system call on a stream socket and sends an
 * empty message on a datagram or seqpacket socket.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT ssize_t fdk_tcp_stream_writev(fdk_tcp_stream s, const struct iovec *iov, int iovcnt);

/**
 * Gather-send from iovcnt buffers. Done with sendmsg() and MSG_NOSIGNAL (a plain writev() would
 * raise SIGPIPE on a closed peer). iovcnt 0 makes no system call on a stream socket and sends an
 * empty message on a datagram or seqpacket socket.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT ssize_t fdk_unix_stream_writev(fdk_unix_stream s, const struct iovec *iov, int iovcnt);

/**
 * Gather-send from iovcnt buffers. Done with sendmsg() and MSG_NOSIGNAL (a plain writev() would
 * raise SIGPIPE on a closed peer). iovcnt 0 makes no system call on a stream socket and sends an
 * empty message on a datagram or seqpacket socket.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT ssize_t fdk_unix_seqpacket_writev(fdk_unix_seqpacket s, const struct iovec *iov, int iovcnt);

/**
 * Gather-send from iovcnt buffers. Done with sendmsg() and MSG_NOSIGNAL (a plain writev() would
 * raise SIGPIPE on a closed peer). iovcnt 0 makes no system call on a stream socket and sends an
 * empty message on a datagram or seqpacket socket.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT ssize_t fdk_udp_writev(fdk_udp s, const struct iovec *iov, int iovcnt);

/**
 * Gather-send from iovcnt buffers. Done with sendmsg() and MSG_NOSIGNAL (a plain writev() would
 * raise SIGPIPE on a closed peer). iovcnt 0 makes no system call on a stream socket and sends an
 * empty message on a datagram or seqpacket socket.
 *
 * @param s       the socket (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT ssize_t fdk_unix_dgram_writev(fdk_unix_dgram s, const struct iovec *iov, int iovcnt);

/**
 * Shut down reading (SHUT_RD), writing (SHUT_WR: the peer reads end of input, and can still send
 * back) or both. The descriptor stays open: close it as usual; a close after shutdown reports no
 * error.
 *
 * @param s    the socket (borrowed)
 * @param how  SHUT_RD, SHUT_WR or SHUT_RDWR
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF     s is negative or not an open descriptor
 *   -EINVAL    an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN  the socket is not connected
 *   -ENOTSOCK  the descriptor is not a socket
 */
FDK_EXPORT int fdk_tcp_stream_shutdown(fdk_tcp_stream s, int how);

/**
 * Shut down reading (SHUT_RD), writing (SHUT_WR: the peer reads end of input, and can still send
 * back) or both. The descriptor stays open: close it as usual; a close after shutdown reports no
 * error.
 *
 * @param s    the socket (borrowed)
 * @param how  SHUT_RD, SHUT_WR or SHUT_RDWR
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF     s is negative or not an open descriptor
 *   -EINVAL    an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN  the socket is not connected
 *   -ENOTSOCK  the descriptor is not a socket
 */
FDK_EXPORT int fdk_unix_stream_shutdown(fdk_unix_stream s, int how);

/**
 * Shut down reading (SHUT_RD), writing (SHUT_WR: the peer reads end of input, and can still send
 * back) or both. The descriptor stays open: close it as usual; a close after shutdown reports no
 * error.
 *
 * @param s    the socket (borrowed)
 * @param how  SHUT_RD, SHUT_WR or SHUT_RDWR
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF     s is negative or not an open descriptor
 *   -EINVAL    an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTCONN  the socket is not connected
 *   -ENOTSOCK  the descriptor is not a socket
 */
FDK_EXPORT int fdk_unix_seqpacket_shutdown(fdk_unix_seqpacket s, int how);

/**
 * Receive one datagram and, into *ret_from, the address it came from (written only on success). A
 * datagram longer than len is cut (the rest is lost) unless FDK_SOCKET_TRUNC asks for its full
 * length. 0 is an empty datagram. Unlike the other receive calls, len 0 is passed to the kernel:
 * with FDK_SOCKET_PEEK | FDK_SOCKET_TRUNC it returns the size of the next datagram without taking
 * it (without PEEK the datagram is taken and dropped).
 *
 * @param s         the socket (borrowed)
 * @param buf       where the datagram goes
 * @param len       size of buf
 * @param ret_from  receives the sender's address; may be NULL
 * @param flags     0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
FDK_EXPORT ssize_t fdk_udp_recvfrom(fdk_udp s, void *buf, size_t len, fdk_sockaddr *ret_from, int flags);

/**
 * fdk_udp_recvfrom() for a Unix datagram socket (an unbound sender has an unnamed address,
 * "unix:").
 *
 * @param s         the socket (borrowed)
 * @param buf       where the datagram goes
 * @param len       size of buf
 * @param ret_from  receives the sender's address; may be NULL
 * @param flags     0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_TRUNC
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
FDK_EXPORT ssize_t fdk_unix_dgram_recvfrom(fdk_unix_dgram s, void *buf, size_t len, fdk_sockaddr *ret_from, int flags);

/**
 * The socket's own address (getsockname), e.g. the port a port-0 bind picked or an autobound name.
 *
 * @param s    the socket (borrowed)
 * @param out  receives the address (exact length)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF     s is negative or not an open descriptor
 *   -EINVAL    an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOBUFS   no kernel memory
 *   -ENOTSOCK  the descriptor is not a socket
 */
FDK_EXPORT int fdk_socket_local_addr(fdk_socket s, fdk_sockaddr *out);

/**
 * The connected peer's address (getpeername).
 *
 * @param s    the socket (borrowed)
 * @param out  receives the address (exact length)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF     s is negative or not an open descriptor
 *   -EINVAL    an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOBUFS   no kernel memory
 *   -ENOTCONN  the socket is not connected
 *   -ENOTSOCK  the descriptor is not a socket
 */
FDK_EXPORT int fdk_socket_peer_addr(fdk_socket s, fdk_sockaddr *out);

/**
 * Read TCP_INFO (state, RTT, congestion window, retransmits, byte counts) into a typed subset;
 * fields the running kernel lacks are 0.
 *
 * @param s    the socket (borrowed)
 * @param out  receives the figures
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO          the kernel returned less than the oldest struct tcp_info it has ever had
 *   -ENOPROTOOPT  not a TCP socket
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   not a TCP socket
 */
FDK_EXPORT int fdk_socket_get_tcp_info(fdk_socket s, struct fdk_tcp_info *out);

/**
 * A pidfd for the process on the other end of a Unix socket, fixed when it connected
 * (SO_PEERPIDFD): unlike the pid of SO_PEERCRED it cannot be recycled. The new fd is close-on-exec
 * and owned by the caller.
 *
 * @param s       the socket (borrowed)
 * @param ret_fd  receives the pidfd (written only on success)
 *
 * Never blocks. EINTR is retried. Since Linux 6.5.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO          the kernel returned something other than one descriptor
 *   -EMFILE       the per-process limit on open descriptors was reached
 *   -ENODATA      the peer has no pid recorded
 *   -ENOPROTOOPT  the kernel predates SO_PEERPIDFD (6.5), or the socket has no peer credentials
 *   -ENOTSOCK     the descriptor is not a socket
 *   -ESRCH        the peer process has exited
 */
FDK_EXPORT int fdk_socket_get_peerpidfd(fdk_socket s, int *ret_fd);

/**
 * Send len bytes with nfds descriptors attached (SCM_RIGHTS) over a Unix socket. At least one data
 * byte is required: without it the fds could arrive with nothing to read them with. The receiver
 * gets copies; the caller's fds stay open.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data, at least one byte
 * @param len    bytes of data, at least 1
 * @param fds    descriptors to pass
 * @param nfds   how many, 1..253 (SCM_MAX_FD)
 * @param flags  0 or FDK_SOCKET_DONTWAIT
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s, or one of fds, is not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        len is 0, nfds is 0 or above 253, a NULL pointer, or an unknown flag
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 *   -ETOOMANYREFS  too many descriptors in flight (RLIMIT_NOFILE of the sender)
 */
FDK_EXPORT ssize_t fdk_socket_send_fds(fdk_socket s, const void *buf, size_t len, const int *fds, size_t nfds, int flags);

/**
 * Send len bytes with credentials attached (SCM_CREDENTIALS). NULL sends the caller's own pid, uid
 * and gid; other values need CAP_SYS_ADMIN (pid), CAP_SETUID (uid) or CAP_SETGID (gid). The
 * receiver sees them only if it enabled fdk_socket_set_passcred().
 *
 * @param s      the socket (borrowed)
 * @param buf    the data, at least one byte
 * @param len    bytes of data, at least 1
 * @param creds  credentials to claim, or NULL for our own
 * @param flags  0 or FDK_SOCKET_DONTWAIT
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        len is 0, a NULL buffer, or an unknown flag
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPERM         claiming credentials other than our own without the capability
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 *   -ESRCH         no process has the claimed pid
 */
FDK_EXPORT ssize_t fdk_socket_send_creds(fdk_socket s, const void *buf, size_t len, const struct fdk_ucred *creds, int flags);

/**
 * Receive data and the descriptors and credentials that came with it. Every fd slot is set to -1
 * first; descriptors arrive close-on-exec and belong to the caller. If the control data was cut
 * (MSG_CTRUNC) or more fds arrived than fit, every fd that did arrive is closed and counted in
 * anc->fds_closed, and MSG_CTRUNC is set in anc->msg_flags: the data is still returned, and the
 * loss is reported rather than leaking descriptors the caller never sees. A delivery is all or
 * nothing, never a partial set of fds.
 *
 * @param s      the socket (borrowed)
 * @param buf    where the data goes
 * @param len    size of buf
 * @param anc    fd slots in; fds, credentials and message flags out
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_PEEK, FDK_SOCKET_WAITALL
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        len is 0, buf or anc is NULL, anc->fds is NULL with fds_max > 0, or an unknown
 *                  flag
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
FDK_EXPORT ssize_t fdk_socket_recv_ancillary(fdk_socket s, void *buf, size_t len, struct fdk_socket_ancillary *anc, int flags);

/**
 * Send up to n datagrams with one system call (sendmmsg), each to its own destination or to the
 * connected peer. Returns how many were sent (each message's `transferred` says how many bytes);
 * fewer than n means the next one would block or failed, and a failure of the first is returned as
 * -errno. (Without memory for the headers of more than 64 messages, the first 64 are sent.)
 *
 * @param s      the socket (borrowed)
 * @param msgs   the messages; transferred is filled in
 * @param n      number of messages, 1..1024
 * @param flags  0 or FDK_SOCKET_DONTWAIT
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EAFNOSUPPORT  the first message's destination family does not match the socket (a Unix
 *                  address for an IP socket, an IP address for a Unix one), whatever the address's
 *                  length; a later message's mismatch ends the batch before it and is this error
 *                  on the next call
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the interface queue is full (transient congestion)
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT int fdk_socket_send_batch(fdk_socket s, struct fdk_socket_msg *msgs, unsigned int n, int flags);

/**
 * Receive up to n datagrams with one system call (recvmmsg), waiting only for the first
 * (MSG_WAITFORONE). FDK_SOCKET_PEEK is refused: it would copy the first datagram into every slot.
 * Each message gets its length, its sender in *addr if given (an unbound Unix sender is the
 * unnamed address "unix:"; on a stream socket the length is 0), and MSG_TRUNC in msg_flags when it
 * did not fit (transferred then holds its full length). Returns how many arrived.
 *
 * @param s      the socket (borrowed)
 * @param msgs   buffers in; lengths, senders and flags out
 * @param n      number of messages, 1..1024
 * @param flags  0 or FDK_SOCKET_DONTWAIT
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.10.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and no data is
 *                  queued, or a receive timeout (SO_RCVTIMEO) expired
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (ICMP port unreachable)
 *   -ECONNRESET    the peer reset the connection
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an invalid argument (FDK_SOCKET_OOB with no urgent data, or an unknown flag)
 *   -ENOMEM        no kernel memory
 *   -ENOTCONN      a stream socket that is not connected
 *   -ENOTSOCK      the descriptor is not a socket
 */
FDK_EXPORT int fdk_socket_recv_batch(fdk_socket s, struct fdk_socket_msg *msgs, unsigned int n, int flags);

/**
 * Send with MSG_ZEROCOPY: the kernel sends from the caller's pages instead of copying them, so buf
 * must stay unchanged until a completion (fdk_socket_zerocopy_completions()) covers this send.
 * Each successful call gets the next sequence number (0, 1, 2, ... per socket). Needs
 * fdk_socket_set_zerocopy(s, true) first. Worth it for large sends only.
 *
 * @param s      the socket (borrowed)
 * @param buf    the data; keep it unchanged until completed
 * @param len    bytes to send
 * @param flags  0 or FDK_SOCKET_DONTWAIT, FDK_SOCKET_MORE, FDK_SOCKET_DONTROUTE,
 *               FDK_SOCKET_CONFIRM
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 4.14.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN        the socket is non-blocking (or FDK_SOCKET_DONTWAIT was given) and its send
 *                  buffer is full
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  a connected datagram peer is not listening (an earlier send drew an ICMP port
 *                  unreachable), or a Unix peer is gone
 *   -ECONNRESET    the peer reset the connection
 *   -EDESTADDRREQ  a datagram socket without a peer needs a destination
 *   -EFAULT        a buffer is outside the address space
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EMSGSIZE      the datagram is larger than the socket can send in one piece
 *   -ENOBUFS       the zero-copy page budget (RLIMIT_MEMLOCK / optmem) is used up: read
 *                  completions, or send without zero-copy
 *   -ENOMEM        no kernel memory for the data
 *   -ENOTCONN      the socket is not connected (and no destination was given)
 *   -ENOTSOCK      the descriptor is not a socket
 *   -EOPNOTSUPP    a flag this socket type does not support (FDK_SOCKET_OOB on a datagram socket)
 *   -EPIPE         the connection is shut down for writing, or the peer closed it (no SIGPIPE:
 *                  MSG_NOSIGNAL)
 */
FDK_EXPORT ssize_t fdk_socket_send_zerocopy(fdk_socket s, const void *buf, size_t len, int flags);

/**
 * Read zero-copy completion notifications from the error queue without waiting (wait for EPOLLERR
 * first). Each range says which sends are done, so their buffers may be reused; `copied` means the
 * kernel copied after all (loopback always does), a hint that zero-copy does not pay on this path.
 * Returns the number of ranges stored.
 *
 * @param s    the socket (borrowed)
 * @param out  receives the ranges
 * @param max  capacity of out, at least 1
 *
 * Never blocks. EINTR is retried. Since Linux 4.14.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EAGAIN        no completion is queued yet
 *   -EBADF         s is negative or not an open descriptor
 *   -ECONNREFUSED  the first record queued is an error (ICMP port unreachable), not a completion;
 *                  it is consumed
 *   -EHOSTUNREACH  the first record queued is an ICMP host-unreachable error; it is consumed
 *   -EINVAL        an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO           a record on the error queue carried no extended error
 *   -EMSGSIZE      the first record queued is a path-MTU error; it is consumed
 *   -ENETUNREACH   the first record queued is another network error (its -errno is returned,
 *                  whatever it is); it is consumed
 *   -ENOMSG        the first record queued is a timestamp, not a completion; it is consumed
 *   -ENOTSOCK      the descriptor is not a socket
 */
FDK_EXPORT int fdk_socket_zerocopy_completions(fdk_socket s, struct fdk_zerocopy_range *out, size_t max);

/**
 * Set SO_REUSEADDR (SOL_SOCKET): allow binding a local address whose old connections are still in
 * TIME_WAIT.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_reuseaddr(fdk_socket s, bool on);

/**
 * Read SO_REUSEADDR (SOL_SOCKET): allow binding a local address whose old connections are still in
 * TIME_WAIT.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_reuseaddr(fdk_socket s, bool *ret_on);

/**
 * Set SO_REUSEPORT (SOL_SOCKET): let several sockets of the same user bind the same address; the
 * kernel spreads connections or datagrams over them.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_reuseport(fdk_socket s, bool on);

/**
 * Read SO_REUSEPORT (SOL_SOCKET): let several sockets of the same user bind the same address; the
 * kernel spreads connections or datagrams over them.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_reuseport(fdk_socket s, bool *ret_on);

/**
 * Set SO_BROADCAST (SOL_SOCKET): allow UDP sends to broadcast addresses.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_broadcast(fdk_socket s, bool on);

/**
 * Read SO_BROADCAST (SOL_SOCKET): allow UDP sends to broadcast addresses.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_broadcast(fdk_socket s, bool *ret_on);

/**
 * Set SO_KEEPALIVE (SOL_SOCKET): probe an idle TCP connection (timing: keepidle, keepintvl,
 * keepcnt).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_keepalive(fdk_socket s, bool on);

/**
 * Read SO_KEEPALIVE (SOL_SOCKET): probe an idle TCP connection (timing: keepidle, keepintvl,
 * keepcnt).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_keepalive(fdk_socket s, bool *ret_on);

/**
 * Set SO_OOBINLINE (SOL_SOCKET): deliver TCP urgent data inline with the normal data.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_oobinline(fdk_socket s, bool on);

/**
 * Read SO_OOBINLINE (SOL_SOCKET): deliver TCP urgent data inline with the normal data.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_oobinline(fdk_socket s, bool *ret_on);

/**
 * Set SO_PASSCRED (SOL_SOCKET): receive the sender's credentials (SCM_CREDENTIALS) with every Unix
 * message.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_passcred(fdk_socket s, bool on);

/**
 * Read SO_PASSCRED (SOL_SOCKET): receive the sender's credentials (SCM_CREDENTIALS) with every
 * Unix message.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_passcred(fdk_socket s, bool *ret_on);

/**
 * Set SO_ZEROCOPY (SOL_SOCKET): allow fdk_socket_send_zerocopy() on this socket.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 4.14.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_zerocopy(fdk_socket s, bool on);

/**
 * Read SO_ZEROCOPY (SOL_SOCKET): allow fdk_socket_send_zerocopy() on this socket.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 4.14.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_zerocopy(fdk_socket s, bool *ret_on);

/**
 * Read SO_ACCEPTCONN (SOL_SOCKET): whether the socket is listening.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_acceptconn(fdk_socket s, bool *ret_on);

/**
 * Set SO_RCVBUF (SOL_SOCKET): size of the receive buffer. The kernel doubles the value it is given
 * (the extra half is its own bookkeeping) and reports the doubled size: fdkit passes half of
 * `bytes`, rounded up, so both directions speak in the bytes the socket really gets. The kernel
 * clamps the size to its limits (net.core.rmem_max/wmem_max; the *FORCE options go beyond them),
 * so read it back to learn the size set; above INT_MAX bytes is -EINVAL.
 *
 * @param s      the socket (borrowed)
 * @param bytes  effective size in bytes
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_rcvbuf(fdk_socket s, size_t bytes);

/**
 * Read SO_RCVBUF (SOL_SOCKET): size of the receive buffer. The kernel doubles the value it is
 * given (the extra half is its own bookkeeping) and reports the doubled size: fdkit passes half of
 * `bytes`, rounded up, so both directions speak in the bytes the socket really gets. The kernel
 * clamps the size to its limits (net.core.rmem_max/wmem_max; the *FORCE options go beyond them),
 * so read it back to learn the size set; above INT_MAX bytes is -EINVAL.
 *
 * @param s          the socket (borrowed)
 * @param ret_bytes  receives effective size in bytes (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_rcvbuf(fdk_socket s, size_t *ret_bytes);

/**
 * Set SO_SNDBUF (SOL_SOCKET): size of the send buffer. The kernel doubles the value it is given
 * (the extra half is its own bookkeeping) and reports the doubled size: fdkit passes half of
 * `bytes`, rounded up, so both directions speak in the bytes the socket really gets. The kernel
 * clamps the size to its limits (net.core.rmem_max/wmem_max; the *FORCE options go beyond them),
 * so read it back to learn the size set; above INT_MAX bytes is -EINVAL.
 *
 * @param s      the socket (borrowed)
 * @param bytes  effective size in bytes
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_sndbuf(fdk_socket s, size_t bytes);

/**
 * Read SO_SNDBUF (SOL_SOCKET): size of the send buffer. The kernel doubles the value it is given
 * (the extra half is its own bookkeeping) and reports the doubled size: fdkit passes half of
 * `bytes`, rounded up, so both directions speak in the bytes the socket really gets. The kernel
 * clamps the size to its limits (net.core.rmem_max/wmem_max; the *FORCE options go beyond them),
 * so read it back to learn the size set; above INT_MAX bytes is -EINVAL.
 *
 * @param s          the socket (borrowed)
 * @param ret_bytes  receives effective size in bytes (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_sndbuf(fdk_socket s, size_t *ret_bytes);

/**
 * Set SO_RCVLOWAT (SOL_SOCKET): bytes that must be queued before a receive (or readiness) reports
 * data.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_rcvlowat(fdk_socket s, int value);

/**
 * Read SO_RCVLOWAT (SOL_SOCKET): bytes that must be queued before a receive (or readiness) reports
 * data.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_rcvlowat(fdk_socket s, int *ret_value);

/**
 * Set SO_RCVTIMEO (SOL_SOCKET): how long a blocking receive or accept waits before -EAGAIN. Once
 * set, those calls are no longer restarted after a signal handler.
 *
 * @param s     the socket (borrowed)
 * @param usec  timeout in microseconds; 0 = none
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_rcvtimeo(fdk_socket s, uint64_t usec);

/**
 * Read SO_RCVTIMEO (SOL_SOCKET): how long a blocking receive or accept waits before -EAGAIN. Once
 * set, those calls are no longer restarted after a signal handler.
 *
 * @param s         the socket (borrowed)
 * @param ret_usec  receives timeout in microseconds; 0 = none (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -EIO          the kernel returned a value of another size than the struct
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_rcvtimeo(fdk_socket s, uint64_t *ret_usec);

/**
 * Set SO_SNDTIMEO (SOL_SOCKET): how long a blocking send or connect waits before -EAGAIN (connect:
 * -EINPROGRESS).
 *
 * @param s     the socket (borrowed)
 * @param usec  timeout in microseconds; 0 = none
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_sndtimeo(fdk_socket s, uint64_t usec);

/**
 * Read SO_SNDTIMEO (SOL_SOCKET): how long a blocking send or connect waits before -EAGAIN
 * (connect: -EINPROGRESS).
 *
 * @param s         the socket (borrowed)
 * @param ret_usec  receives timeout in microseconds; 0 = none (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -EIO          the kernel returned a value of another size than the struct
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_sndtimeo(fdk_socket s, uint64_t *ret_usec);

/**
 * Set SO_LINGER (SOL_SOCKET): how long close waits to deliver queued data; 0 resets the connection
 * on close, -1 (off) lets the kernel finish in the background.
 *
 * @param s        the socket (borrowed)
 * @param seconds  seconds to linger; -1 = off
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_linger(fdk_socket s, int seconds);

/**
 * Read SO_LINGER (SOL_SOCKET): how long close waits to deliver queued data; 0 resets the
 * connection on close, -1 (off) lets the kernel finish in the background.
 *
 * @param s            the socket (borrowed)
 * @param ret_seconds  receives seconds to linger; -1 = off (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -EIO          the kernel returned a value of another size than the struct
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_linger(fdk_socket s, int *ret_seconds);

/**
 * Set SO_INCOMING_CPU (SOL_SOCKET): the CPU that handles this socket's incoming packets (set: a
 * hint for REUSEPORT groups).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_incoming_cpu(fdk_socket s, int value);

/**
 * Read SO_INCOMING_CPU (SOL_SOCKET): the CPU that handles this socket's incoming packets (set: a
 * hint for REUSEPORT groups).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_incoming_cpu(fdk_socket s, int *ret_value);

/**
 * Set SO_BUSY_POLL (SOL_SOCKET): microseconds a blocking receive busy-polls the device queue
 * before sleeping (raising it above net.core.busy_read needs CAP_NET_ADMIN).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_busy_poll(fdk_socket s, int value);

/**
 * Read SO_BUSY_POLL (SOL_SOCKET): microseconds a blocking receive busy-polls the device queue
 * before sleeping (raising it above net.core.busy_read needs CAP_NET_ADMIN).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_busy_poll(fdk_socket s, int *ret_value);

/**
 * Read SO_ERROR (SOL_SOCKET): the pending socket error, cleared by reading it (the outcome of a
 * non-blocking connect).
 *
 * @param s        the socket (borrowed)
 * @param ret_err  receives 0, or the pending error as a negative errno (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_error(fdk_socket s, int *ret_err);

/**
 * Read SO_TYPE (SOL_SOCKET): SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_type(fdk_socket s, int *ret_value);

/**
 * Read SO_DOMAIN (SOL_SOCKET): AF_INET, AF_INET6 or AF_UNIX.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_domain(fdk_socket s, int *ret_value);

/**
 * Read SO_PROTOCOL (SOL_SOCKET): IPPROTO_TCP, IPPROTO_UDP, or 0 for Unix sockets.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_protocol(fdk_socket s, int *ret_value);

/**
 * Read SO_PEERCRED (SOL_SOCKET): the pid, uid and gid of the Unix peer as of connect (or
 * socketpair).
 *
 * @param s         the socket (borrowed)
 * @param ret_cred  receives the peer's pid, uid and gid (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -EIO          the kernel returned a value of another size than the struct
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_peercred(fdk_socket s, struct fdk_ucred *ret_cred);

/**
 * Set SO_MARK (SOL_SOCKET): the firewall mark (fwmark) on this socket's packets, for policy
 * routing and netfilter rules.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.25.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        setting a mark needs CAP_NET_ADMIN or CAP_NET_RAW
 */
FDK_EXPORT int fdk_socket_set_mark(fdk_socket s, unsigned int value);

/**
 * Read SO_MARK (SOL_SOCKET): the firewall mark (fwmark) on this socket's packets, for policy
 * routing and netfilter rules.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.25.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_mark(fdk_socket s, unsigned int *ret_value);

/**
 * Set SO_PRIORITY (SOL_SOCKET): the queueing priority of this socket's packets (0..6 for everyone;
 * higher needs CAP_NET_ADMIN or CAP_NET_RAW).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        a priority outside 0..6 without CAP_NET_ADMIN or CAP_NET_RAW
 */
FDK_EXPORT int fdk_socket_set_priority(fdk_socket s, int value);

/**
 * Read SO_PRIORITY (SOL_SOCKET): the queueing priority of this socket's packets (0..6 for
 * everyone; higher needs CAP_NET_ADMIN or CAP_NET_RAW).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_priority(fdk_socket s, int *ret_value);

/**
 * Set SO_BINDTODEVICE (SOL_SOCKET): the network interface ("eth0") this socket sends and receives
 * on only; "" removes the binding.
 *
 * @param s     the socket (borrowed)
 * @param name  the name, at most 15 bytes ("" clears it where the option allows)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option; or NULL name, or a name longer than
 *                 15 bytes
 *   -ENODEV       no interface has that name
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        changing or removing a binding needs CAP_NET_RAW (before Linux 5.7, setting one
 *                 did too)
 */
FDK_EXPORT int fdk_socket_set_bindtodevice(fdk_socket s, const char *name);

/**
 * Read SO_BINDTODEVICE (SOL_SOCKET): the network interface ("eth0") this socket sends and receives
 * on only; "" removes the binding.
 *
 * @param s     the socket (borrowed)
 * @param buf   receives the name and its NUL (written only on success)
 * @param size  bytes at buf; 16 always suffice
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENODEV       the socket is bound by index (bindtoifindex) to an interface that does not exist
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -ERANGE       buf cannot hold the name and its NUL (nothing is written)
 */
FDK_EXPORT int fdk_socket_get_bindtodevice(fdk_socket s, char *buf, size_t size);

/**
 * Set SO_PEEK_OFF (SOL_SOCKET): where a receive with FDK_SOCKET_PEEK starts reading, advanced by
 * each peek; a negative value (the default is -1) peeks at the front.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 3.4.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_peek_off(fdk_socket s, int value);

/**
 * Read SO_PEEK_OFF (SOL_SOCKET): where a receive with FDK_SOCKET_PEEK starts reading, advanced by
 * each peek; a negative value (the default is -1) peeks at the front.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 3.4.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_peek_off(fdk_socket s, int *ret_value);

/**
 * Set SO_PASSPIDFD (SOL_SOCKET): attach the sender's pidfd to each message received on this Unix
 * socket as an SCM_PIDFD control message (read it with fdk_*_recvmsg(); the receiver owns it,
 * close-on-exec; fdk_socket_recv_ancillary() closes one it gets).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 6.5.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_passpidfd(fdk_socket s, bool on);

/**
 * Read SO_PASSPIDFD (SOL_SOCKET): attach the sender's pidfd to each message received on this Unix
 * socket as an SCM_PIDFD control message (read it with fdk_*_recvmsg(); the receiver owns it,
 * close-on-exec; fdk_socket_recv_ancillary() closes one it gets).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 6.5.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_passpidfd(fdk_socket s, bool *ret_on);

/**
 * Read SO_COOKIE (SOL_SOCKET): the socket's cookie: a number unique to it for the kernel's uptime
 * (what sock_diag and BPF call it).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 4.12.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -EIO          the kernel returned a value of another size than the struct
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_cookie(fdk_socket s, uint64_t *ret_value);

/**
 * Set SO_BINDTOIFINDEX (SOL_SOCKET): bindtodevice by interface index (if_nametoindex()); 0 removes
 * the binding. The kernel does not check that the index exists.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 5.0.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        changing or removing a binding needs CAP_NET_RAW
 */
FDK_EXPORT int fdk_socket_set_bindtoifindex(fdk_socket s, int value);

/**
 * Read SO_BINDTOIFINDEX (SOL_SOCKET): bindtodevice by interface index (if_nametoindex()); 0
 * removes the binding. The kernel does not check that the index exists.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 5.0.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_bindtoifindex(fdk_socket s, int *ret_value);

/**
 * Set SO_DONTROUTE (SOL_SOCKET): bypass the routing table: send only to hosts on a directly
 * connected network (FDK_SOCKET_DONTROUTE per send).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_dontroute(fdk_socket s, bool on);

/**
 * Read SO_DONTROUTE (SOL_SOCKET): bypass the routing table: send only to hosts on a directly
 * connected network (FDK_SOCKET_DONTROUTE per send).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_dontroute(fdk_socket s, bool *ret_on);

/**
 * Set SO_BUSY_POLL_BUDGET (SOL_SOCKET): packets one busy poll may process (the kernel cannot read
 * it back; raising it needs CAP_NET_ADMIN).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 5.11.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        a budget above the current one without CAP_NET_ADMIN
 */
FDK_EXPORT int fdk_socket_set_busy_poll_budget(fdk_socket s, int value);

/**
 * Set SO_PREFER_BUSY_POLL (SOL_SOCKET): prefer busy polling to interrupts for this socket's device
 * queue (with busy_poll).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 5.11.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        turning it on without CAP_NET_ADMIN
 */
FDK_EXPORT int fdk_socket_set_prefer_busy_poll(fdk_socket s, bool on);

/**
 * Read SO_PREFER_BUSY_POLL (SOL_SOCKET): prefer busy polling to interrupts for this socket's
 * device queue (with busy_poll).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 5.11.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_prefer_busy_poll(fdk_socket s, bool *ret_on);

/**
 * Read SO_INCOMING_NAPI_ID (SOL_SOCKET): the id of the device queue (NAPI context) the last packet
 * came in on; 0 until one arrives over a real device, for steering work to the thread that polls
 * it.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 4.12.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_incoming_napi_id(fdk_socket s, unsigned int *ret_value);

/**
 * Set SO_MAX_PACING_RATE (SOL_SOCKET): at most this many bytes per second (TCP's own pacing, or
 * the fq qdisc); ~0u is no limit, and a limit of 4 GB/s or more set by other means also reads back
 * as ~0u.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 3.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_max_pacing_rate(fdk_socket s, unsigned int value);

/**
 * Read SO_MAX_PACING_RATE (SOL_SOCKET): at most this many bytes per second (TCP's own pacing, or
 * the fq qdisc); ~0u is no limit, and a limit of 4 GB/s or more set by other means also reads back
 * as ~0u.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 3.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_max_pacing_rate(fdk_socket s, unsigned int *ret_value);

/**
 * Set SO_SELECT_ERR_QUEUE (SOL_SOCKET): report a pending error-queue entry (a zero-copy
 * completion, a timestamp) as EPOLLPRI as well as EPOLLERR.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 3.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_select_err_queue(fdk_socket s, bool on);

/**
 * Read SO_SELECT_ERR_QUEUE (SOL_SOCKET): report a pending error-queue entry (a zero-copy
 * completion, a timestamp) as EPOLLPRI as well as EPOLLERR.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 3.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_select_err_queue(fdk_socket s, bool *ret_on);

/**
 * Read SO_NETNS_COOKIE (SOL_SOCKET): the cookie of the network namespace the socket lives in:
 * equal for two sockets exactly when they share one.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 5.14.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -EIO          the kernel returned a value of another size than the struct
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_netns_cookie(fdk_socket s, uint64_t *ret_value);

/**
 * Set SO_RCVBUFFORCE (SOL_SOCKET): the receive buffer size, beyond net.core.rmem_max
 * (CAP_NET_ADMIN); read it back with rcvbuf. The kernel doubles the value it is given (the extra
 * half is its own bookkeeping) and reports the doubled size: fdkit passes half of `bytes`, rounded
 * up, so both directions speak in the bytes the socket really gets. The kernel clamps the size to
 * its limits (net.core.rmem_max/wmem_max; the *FORCE options go beyond them), so read it back to
 * learn the size set; above INT_MAX bytes is -EINVAL.
 *
 * @param s      the socket (borrowed)
 * @param bytes  effective size in bytes
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        forcing a size needs CAP_NET_ADMIN
 */
FDK_EXPORT int fdk_socket_set_rcvbufforce(fdk_socket s, size_t bytes);

/**
 * Set SO_SNDBUFFORCE (SOL_SOCKET): the send buffer size, beyond net.core.wmem_max (CAP_NET_ADMIN);
 * read it back with sndbuf. The kernel doubles the value it is given (the extra half is its own
 * bookkeeping) and reports the doubled size: fdkit passes half of `bytes`, rounded up, so both
 * directions speak in the bytes the socket really gets. The kernel clamps the size to its limits
 * (net.core.rmem_max/wmem_max; the *FORCE options go beyond them), so read it back to learn the
 * size set; above INT_MAX bytes is -EINVAL.
 *
 * @param s      the socket (borrowed)
 * @param bytes  effective size in bytes
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        forcing a size needs CAP_NET_ADMIN
 */
FDK_EXPORT int fdk_socket_set_sndbufforce(fdk_socket s, size_t bytes);

/**
 * Set TCP_NODELAY (IPPROTO_TCP): send small segments at once instead of coalescing them (Nagle
 * off).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_nodelay(fdk_socket s, bool on);

/**
 * Read TCP_NODELAY (IPPROTO_TCP): send small segments at once instead of coalescing them (Nagle
 * off).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_nodelay(fdk_socket s, bool *ret_on);

/**
 * Set TCP_CORK (IPPROTO_TCP): hold back partial segments until uncorked (or 200 ms pass).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_cork(fdk_socket s, bool on);

/**
 * Read TCP_CORK (IPPROTO_TCP): hold back partial segments until uncorked (or 200 ms pass).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_cork(fdk_socket s, bool *ret_on);

/**
 * Set TCP_KEEPIDLE (IPPROTO_TCP): seconds of idleness before the first keep-alive probe.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_keepidle(fdk_socket s, int value);

/**
 * Read TCP_KEEPIDLE (IPPROTO_TCP): seconds of idleness before the first keep-alive probe.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_keepidle(fdk_socket s, int *ret_value);

/**
 * Set TCP_KEEPINTVL (IPPROTO_TCP): seconds between keep-alive probes.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_keepintvl(fdk_socket s, int value);

/**
 * Read TCP_KEEPINTVL (IPPROTO_TCP): seconds between keep-alive probes.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_keepintvl(fdk_socket s, int *ret_value);

/**
 * Set TCP_KEEPCNT (IPPROTO_TCP): unanswered keep-alive probes before the connection is dropped.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_keepcnt(fdk_socket s, int value);

/**
 * Read TCP_KEEPCNT (IPPROTO_TCP): unanswered keep-alive probes before the connection is dropped.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_keepcnt(fdk_socket s, int *ret_value);

/**
 * Set TCP_SYNCNT (IPPROTO_TCP): SYN retransmits before a connect gives up.
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_syncnt(fdk_socket s, int value);

/**
 * Read TCP_SYNCNT (IPPROTO_TCP): SYN retransmits before a connect gives up.
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_syncnt(fdk_socket s, int *ret_value);

/**
 * Set TCP_LINGER2 (IPPROTO_TCP): seconds an orphaned connection stays in FIN_WAIT2 (negative:
 * close at once).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_linger2(fdk_socket s, int value);

/**
 * Read TCP_LINGER2 (IPPROTO_TCP): seconds an orphaned connection stays in FIN_WAIT2 (negative:
 * close at once).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_linger2(fdk_socket s, int *ret_value);

/**
 * Set TCP_DEFER_ACCEPT (IPPROTO_TCP): seconds a listener waits for the first data before a
 * connection is accepted (the kernel rounds to its retransmit steps).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_defer_accept(fdk_socket s, int value);

/**
 * Read TCP_DEFER_ACCEPT (IPPROTO_TCP): seconds a listener waits for the first data before a
 * connection is accepted (the kernel rounds to its retransmit steps).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_defer_accept(fdk_socket s, int *ret_value);

/**
 * Set TCP_FASTOPEN (IPPROTO_TCP): listener - the queue length of pending TCP Fast Open requests (0
 * disables).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_fastopen(fdk_socket s, int value);

/**
 * Read TCP_FASTOPEN (IPPROTO_TCP): listener - the queue length of pending TCP Fast Open requests
 * (0 disables).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_fastopen(fdk_socket s, int *ret_value);

/**
 * Set TCP_USER_TIMEOUT (IPPROTO_TCP): milliseconds sent data may stay unacknowledged before the
 * connection is dropped (0: the system default).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_user_timeout(fdk_socket s, unsigned int value);

/**
 * Read TCP_USER_TIMEOUT (IPPROTO_TCP): milliseconds sent data may stay unacknowledged before the
 * connection is dropped (0: the system default).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_user_timeout(fdk_socket s, unsigned int *ret_value);

/**
 * Set TCP_MAXSEG (IPPROTO_TCP): the maximum segment size (set before connect or listen to clamp
 * what is announced; read: what is in use).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_maxseg(fdk_socket s, int value);

/**
 * Read TCP_MAXSEG (IPPROTO_TCP): the maximum segment size (set before connect or listen to clamp
 * what is announced; read: what is in use).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_maxseg(fdk_socket s, int *ret_value);

/**
 * Set TCP_QUICKACK (IPPROTO_TCP): acknowledge at once instead of delaying ACKs; the kernel may
 * leave quick mode again by itself, so set it after each receive where it matters.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_quickack(fdk_socket s, bool on);

/**
 * Read TCP_QUICKACK (IPPROTO_TCP): acknowledge at once instead of delaying ACKs; the kernel may
 * leave quick mode again by itself, so set it after each receive where it matters.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_quickack(fdk_socket s, bool *ret_on);

/**
 * Set TCP_NOTSENT_LOWAT (IPPROTO_TCP): report writable only while fewer than this many unsent
 * bytes are queued (keeps the send buffer short for latency).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 3.12.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_notsent_lowat(fdk_socket s, unsigned int value);

/**
 * Read TCP_NOTSENT_LOWAT (IPPROTO_TCP): report writable only while fewer than this many unsent
 * bytes are queued (keeps the send buffer short for latency).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 3.12.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_notsent_lowat(fdk_socket s, unsigned int *ret_value);

/**
 * Set TCP_INQ (IPPROTO_TCP): attach the bytes still queued for reading to each receive, as a
 * TCP_CM_INQ control message.
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 4.18.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_inq(fdk_socket s, bool on);

/**
 * Read TCP_INQ (IPPROTO_TCP): attach the bytes still queued for reading to each receive, as a
 * TCP_CM_INQ control message.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 4.18.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_inq(fdk_socket s, bool *ret_on);

/**
 * Set TCP_CONGESTION (IPPROTO_TCP): the congestion control algorithm ("cubic", "reno", "bbr";
 * net.ipv4.tcp_available_congestion_control lists them; an empty name is -EINVAL).
 *
 * @param s     the socket (borrowed)
 * @param name  the name, at most 15 bytes ("" clears it where the option allows)
 *
 * Never blocks. Since Linux 2.6.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option; or NULL name, or a name longer than
 *                 15 bytes
 *   -ENOENT       no such algorithm is built in or loadable
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -EPERM        an algorithm outside net.ipv4.tcp_allowed_congestion_control without
 *                 CAP_NET_ADMIN
 */
FDK_EXPORT int fdk_socket_set_congestion(fdk_socket s, const char *name);

/**
 * Read TCP_CONGESTION (IPPROTO_TCP): the congestion control algorithm ("cubic", "reno", "bbr";
 * net.ipv4.tcp_available_congestion_control lists them; an empty name is -EINVAL).
 *
 * @param s     the socket (borrowed)
 * @param buf   receives the name and its NUL (written only on success)
 * @param size  bytes at buf; 16 always suffice
 *
 * Never blocks. Since Linux 2.6.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 *   -ERANGE       buf cannot hold the name and its NUL (nothing is written)
 */
FDK_EXPORT int fdk_socket_get_congestion(fdk_socket s, char *buf, size_t size);

/**
 * Set TCP_WINDOW_CLAMP (IPPROTO_TCP): the largest receive window to advertise, in bytes (0 on a
 * closed socket: no clamp).
 *
 * @param s      the socket (borrowed)
 * @param value  the value
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_window_clamp(fdk_socket s, int value);

/**
 * Read TCP_WINDOW_CLAMP (IPPROTO_TCP): the largest receive window to advertise, in bytes (0 on a
 * closed socket: no clamp).
 *
 * @param s          the socket (borrowed)
 * @param ret_value  receives the value (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_window_clamp(fdk_socket s, int *ret_value);

/**
 * Read TCP_FASTOPEN_CONNECT (IPPROTO_TCP): whether the socket was connected with
 * FDK_SOCKET_FASTOPEN.
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 4.11.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_fastopen_connect(fdk_socket s, bool *ret_on);

/**
 * Set TCP_FASTOPEN_NO_COOKIE (IPPROTO_TCP): a listener takes Fast Open data without asking for a
 * cookie first, for clients known to tolerate a replayed SYN (set on a listener; connected sockets
 * refuse it).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 4.15.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the socket is connecting or connected: only listeners (and sockets not yet
 *                 connected) take it
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_fastopen_no_cookie(fdk_socket s, bool on);

/**
 * Read TCP_FASTOPEN_NO_COOKIE (IPPROTO_TCP): a listener takes Fast Open data without asking for a
 * cookie first, for clients known to tolerate a replayed SYN (set on a listener; connected sockets
 * refuse it).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 4.15.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_fastopen_no_cookie(fdk_socket s, bool *ret_on);

/**
 * Set IPV6_V6ONLY (IPPROTO_IPV6): an IPv6 socket does not also take IPv4 traffic (set before
 * bind).
 *
 * @param s   the socket (borrowed)
 * @param on  non-zero (true) enables the option
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_set_v6only(fdk_socket s, bool on);

/**
 * Read IPV6_V6ONLY (IPPROTO_IPV6): an IPv6 socket does not also take IPv4 traffic (set before
 * bind).
 *
 * @param s       the socket (borrowed)
 * @param ret_on  receives non-zero (true) enables the option (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF        s is negative or not an open descriptor
 *   -EINVAL       the value is out of range for this option
 *   -ENOPROTOOPT  this kind of socket has no such option (setting a TCP option on a UDP socket),
 *                 or the kernel predates it
 *   -ENOTSOCK     the descriptor is not a socket
 *   -EOPNOTSUPP   the option does not apply to this socket (a TCP option on a Unix socket; reading
 *                 one on a UDP socket)
 */
FDK_EXPORT int fdk_socket_get_v6only(fdk_socket s, bool *ret_on);

/**
 * Close the socket and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_socket_close(fdk_socket *h);

/**
 * Close the tcp listener and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_tcp_listener_close(fdk_tcp_listener *h);

/**
 * Close the tcp stream and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_tcp_stream_close(fdk_tcp_stream *h);

/**
 * Close the udp and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_udp_close(fdk_udp *h);

/**
 * Close the unix listener, release what it holds, and set its fd to -1. A no-op returning 0 when
 * the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_unix_listener_close(fdk_unix_listener *h);

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the handle empty. The state
 * the handle carries is freed without acting on it (a socket's bound path is not unlinked, for
 * one).
 *
 * @param h  handle to empty; its fd is set to -1
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  h is NULL
 */
FDK_EXPORT int fdk_unix_listener_release(fdk_unix_listener *h);

/**
 * Close the unix stream and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_unix_stream_close(fdk_unix_stream *h);

/**
 * Close the unix dgram, release what it holds, and set its fd to -1. A no-op returning 0 when the
 * fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_unix_dgram_close(fdk_unix_dgram *h);

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the handle empty. The state
 * the handle carries is freed without acting on it (a socket's bound path is not unlinked, for
 * one).
 *
 * @param h  handle to empty; its fd is set to -1
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  h is NULL
 */
FDK_EXPORT int fdk_unix_dgram_release(fdk_unix_dgram *h);

/**
 * Close the unix seqpacket listener, release what it holds, and set its fd to -1. A no-op
 * returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_unix_seqpacket_listener_close(fdk_unix_seqpacket_listener *h);

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the handle empty. The state
 * the handle carries is freed without acting on it (a socket's bound path is not unlinked, for
 * one).
 *
 * @param h  handle to empty; its fd is set to -1
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.10.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  h is NULL
 */
FDK_EXPORT int fdk_unix_seqpacket_listener_release(fdk_unix_seqpacket_listener *h);

/**
 * Close the unix seqpacket and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.10.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_unix_seqpacket_close(fdk_unix_seqpacket *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_socket fdk_socket_adopt(int fd)
{
    fdk_socket h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_socket_release(fdk_socket *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_tcp_listener fdk_tcp_listener_adopt(int fd)
{
    fdk_tcp_listener h;
    h.fd = fd;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_tcp_listener_socket(fdk_tcp_listener h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_tcp_listener_release(fdk_tcp_listener *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_tcp_stream fdk_tcp_stream_adopt(int fd)
{
    fdk_tcp_stream h;
    h.fd = fd;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_tcp_stream_socket(fdk_tcp_stream h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_tcp_stream_release(fdk_tcp_stream *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_udp fdk_udp_adopt(int fd)
{
    fdk_udp h;
    h.fd = fd;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_udp_socket(fdk_udp h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_udp_release(fdk_udp *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_unix_listener fdk_unix_listener_adopt(int fd)
{
    fdk_unix_listener h;
    h.fd = fd;
    h.bound = 0;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_unix_listener_socket(fdk_unix_listener h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_unix_stream fdk_unix_stream_adopt(int fd)
{
    fdk_unix_stream h;
    h.fd = fd;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_unix_stream_socket(fdk_unix_stream h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_unix_stream_release(fdk_unix_stream *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_unix_dgram fdk_unix_dgram_adopt(int fd)
{
    fdk_unix_dgram h;
    h.fd = fd;
    h.bound = 0;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_unix_dgram_socket(fdk_unix_dgram h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_unix_seqpacket_listener fdk_unix_seqpacket_listener_adopt(int fd)
{
    fdk_unix_seqpacket_listener h;
    h.fd = fd;
    h.bound = 0;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_unix_seqpacket_listener_socket(fdk_unix_seqpacket_listener h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_unix_seqpacket fdk_unix_seqpacket_adopt(int fd)
{
    fdk_unix_seqpacket h;
    h.fd = fd;
    return h;
}

/** A borrowed fdk_socket view of h, for the calls every socket shares (options, addresses). */
static inline fdk_socket fdk_unix_seqpacket_socket(fdk_unix_seqpacket h)
{
    fdk_socket v;
    v.fd = h.fd;
    return v;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_unix_seqpacket_release(fdk_unix_seqpacket *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#include <fdkit/socket-inline.h>

#endif /* FDKIT_SOCKET_H */
