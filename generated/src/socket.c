/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/socket.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "socket/fdk-unix.h" /* the cores of the impl: core functions */

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h> /* the option wrappers' memset and struct timeval */
#include <sys/time.h> /* the option wrappers' memset and struct timeval */

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef SOCK_NONBLOCK
_Static_assert(FDK_SOCKET_NONBLOCK == SOCK_NONBLOCK, "SOCK_NONBLOCK differs from spec/abi/");
#endif
#ifdef SOCK_CLOEXEC
_Static_assert(FDK_SOCKET_CLOEXEC == SOCK_CLOEXEC, "SOCK_CLOEXEC differs from spec/abi/");
#endif
#ifdef MSG_DONTWAIT
_Static_assert(FDK_SOCKET_DONTWAIT == MSG_DONTWAIT, "MSG_DONTWAIT differs from spec/abi/");
#endif
#ifdef MSG_MORE
_Static_assert(FDK_SOCKET_MORE == MSG_MORE, "MSG_MORE differs from spec/abi/");
#endif
#ifdef MSG_OOB
_Static_assert(FDK_SOCKET_OOB == MSG_OOB, "MSG_OOB differs from spec/abi/");
#endif
#ifdef MSG_EOR
_Static_assert(FDK_SOCKET_EOR == MSG_EOR, "MSG_EOR differs from spec/abi/");
#endif
#ifdef MSG_DONTROUTE
_Static_assert(FDK_SOCKET_DONTROUTE == MSG_DONTROUTE, "MSG_DONTROUTE differs from spec/abi/");
#endif
#ifdef MSG_CONFIRM
_Static_assert(FDK_SOCKET_CONFIRM == MSG_CONFIRM, "MSG_CONFIRM differs from spec/abi/");
#endif
#ifdef MSG_NOSIGNAL
_Static_assert(FDK_SOCKET_NOSIGNAL == MSG_NOSIGNAL, "MSG_NOSIGNAL differs from spec/abi/");
#endif
#ifdef MSG_DONTWAIT
_Static_assert(FDK_SOCKET_DONTWAIT == MSG_DONTWAIT, "MSG_DONTWAIT differs from spec/abi/");
#endif
#ifdef MSG_PEEK
_Static_assert(FDK_SOCKET_PEEK == MSG_PEEK, "MSG_PEEK differs from spec/abi/");
#endif
#ifdef MSG_WAITALL
_Static_assert(FDK_SOCKET_WAITALL == MSG_WAITALL, "MSG_WAITALL differs from spec/abi/");
#endif
#ifdef MSG_OOB
_Static_assert(FDK_SOCKET_OOB == MSG_OOB, "MSG_OOB differs from spec/abi/");
#endif
#ifdef MSG_TRUNC
_Static_assert(FDK_SOCKET_TRUNC == MSG_TRUNC, "MSG_TRUNC differs from spec/abi/");
#endif
#ifdef MSG_ERRQUEUE
_Static_assert(FDK_SOCKET_ERRQUEUE == MSG_ERRQUEUE, "MSG_ERRQUEUE differs from spec/abi/");
#endif
#ifdef MSG_CMSG_CLOEXEC
_Static_assert(FDK_SOCKET_CMSG_CLOEXEC == MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC differs from spec/abi/");
#endif
#ifndef SHUT_RD
#define SHUT_RD 0
#else
_Static_assert(SHUT_RD == 0, "SHUT_RD differs from spec/abi/");
#endif
#ifndef SHUT_WR
#define SHUT_WR 1
#else
_Static_assert(SHUT_WR == 1, "SHUT_WR differs from spec/abi/");
#endif
#ifndef SHUT_RDWR
#define SHUT_RDWR 2
#else
_Static_assert(SHUT_RDWR == 2, "SHUT_RDWR differs from spec/abi/");
#endif
#ifndef MSG_CTRUNC
#define MSG_CTRUNC 8
#else
_Static_assert(MSG_CTRUNC == 8, "MSG_CTRUNC differs from spec/abi/");
#endif
#ifndef MSG_WAITFORONE
#define MSG_WAITFORONE 65536
#else
_Static_assert(MSG_WAITFORONE == 65536, "MSG_WAITFORONE differs from spec/abi/");
#endif
#ifndef MSG_ZEROCOPY
#define MSG_ZEROCOPY 67108864
#else
_Static_assert(MSG_ZEROCOPY == 67108864, "MSG_ZEROCOPY differs from spec/abi/");
#endif
#ifndef SCM_RIGHTS
#define SCM_RIGHTS 1
#else
_Static_assert(SCM_RIGHTS == 1, "SCM_RIGHTS differs from spec/abi/");
#endif
#ifndef SCM_CREDENTIALS
#define SCM_CREDENTIALS 2
#else
_Static_assert(SCM_CREDENTIALS == 2, "SCM_CREDENTIALS differs from spec/abi/");
#endif
#ifndef SCM_PIDFD
#define SCM_PIDFD 4
#else
_Static_assert(SCM_PIDFD == 4, "SCM_PIDFD differs from spec/abi/");
#endif
#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77
#else
_Static_assert(SO_PEERPIDFD == 77, "SO_PEERPIDFD differs from spec/abi/");
#endif
#ifndef SO_PASSPIDFD
#define SO_PASSPIDFD 76
#else
_Static_assert(SO_PASSPIDFD == 76, "SO_PASSPIDFD differs from spec/abi/");
#endif
#ifndef TCP_INFO
#define TCP_INFO 11
#else
_Static_assert(TCP_INFO == 11, "TCP_INFO differs from spec/abi/");
#endif
#ifndef SOL_SOCKET
#define SOL_SOCKET 1
#else
_Static_assert(SOL_SOCKET == 1, "SOL_SOCKET differs from spec/abi/");
#endif
#ifndef SO_REUSEADDR
#define SO_REUSEADDR 2
#else
_Static_assert(SO_REUSEADDR == 2, "SO_REUSEADDR differs from spec/abi/");
#endif
#ifndef SO_REUSEPORT
#define SO_REUSEPORT 15
#else
_Static_assert(SO_REUSEPORT == 15, "SO_REUSEPORT differs from spec/abi/");
#endif
#ifndef SO_BROADCAST
#define SO_BROADCAST 6
#else
_Static_assert(SO_BROADCAST == 6, "SO_BROADCAST differs from spec/abi/");
#endif
#ifndef SO_KEEPALIVE
#define SO_KEEPALIVE 9
#else
_Static_assert(SO_KEEPALIVE == 9, "SO_KEEPALIVE differs from spec/abi/");
#endif
#ifndef SO_OOBINLINE
#define SO_OOBINLINE 10
#else
_Static_assert(SO_OOBINLINE == 10, "SO_OOBINLINE differs from spec/abi/");
#endif
#ifndef SO_PASSCRED
#define SO_PASSCRED 16
#else
_Static_assert(SO_PASSCRED == 16, "SO_PASSCRED differs from spec/abi/");
#endif
#ifndef SO_ZEROCOPY
#define SO_ZEROCOPY 60
#else
_Static_assert(SO_ZEROCOPY == 60, "SO_ZEROCOPY differs from spec/abi/");
#endif
#ifndef SO_ACCEPTCONN
#define SO_ACCEPTCONN 30
#else
_Static_assert(SO_ACCEPTCONN == 30, "SO_ACCEPTCONN differs from spec/abi/");
#endif
#ifndef SO_RCVBUF
#define SO_RCVBUF 8
#else
_Static_assert(SO_RCVBUF == 8, "SO_RCVBUF differs from spec/abi/");
#endif
#ifndef SO_SNDBUF
#define SO_SNDBUF 7
#else
_Static_assert(SO_SNDBUF == 7, "SO_SNDBUF differs from spec/abi/");
#endif
#ifndef SO_RCVLOWAT
#define SO_RCVLOWAT 18
#else
_Static_assert(SO_RCVLOWAT == 18, "SO_RCVLOWAT differs from spec/abi/");
#endif
#ifndef SO_LINGER
#define SO_LINGER 13
#else
_Static_assert(SO_LINGER == 13, "SO_LINGER differs from spec/abi/");
#endif
#ifndef SO_INCOMING_CPU
#define SO_INCOMING_CPU 49
#else
_Static_assert(SO_INCOMING_CPU == 49, "SO_INCOMING_CPU differs from spec/abi/");
#endif
#ifndef SO_BUSY_POLL
#define SO_BUSY_POLL 46
#else
_Static_assert(SO_BUSY_POLL == 46, "SO_BUSY_POLL differs from spec/abi/");
#endif
#ifndef SO_ERROR
#define SO_ERROR 4
#else
_Static_assert(SO_ERROR == 4, "SO_ERROR differs from spec/abi/");
#endif
#ifndef SO_TYPE
#define SO_TYPE 3
#else
_Static_assert(SO_TYPE == 3, "SO_TYPE differs from spec/abi/");
#endif
#ifndef SO_DOMAIN
#define SO_DOMAIN 39
#else
_Static_assert(SO_DOMAIN == 39, "SO_DOMAIN differs from spec/abi/");
#endif
#ifndef SO_PROTOCOL
#define SO_PROTOCOL 38
#else
_Static_assert(SO_PROTOCOL == 38, "SO_PROTOCOL differs from spec/abi/");
#endif
#ifndef SO_PEERCRED
#define SO_PEERCRED 17
#else
_Static_assert(SO_PEERCRED == 17, "SO_PEERCRED differs from spec/abi/");
#endif
#ifndef SO_MARK
#define SO_MARK 36
#else
_Static_assert(SO_MARK == 36, "SO_MARK differs from spec/abi/");
#endif
#ifndef SO_PRIORITY
#define SO_PRIORITY 12
#else
_Static_assert(SO_PRIORITY == 12, "SO_PRIORITY differs from spec/abi/");
#endif
#ifndef SO_BINDTODEVICE
#define SO_BINDTODEVICE 25
#else
_Static_assert(SO_BINDTODEVICE == 25, "SO_BINDTODEVICE differs from spec/abi/");
#endif
#ifndef SO_PEEK_OFF
#define SO_PEEK_OFF 42
#else
_Static_assert(SO_PEEK_OFF == 42, "SO_PEEK_OFF differs from spec/abi/");
#endif
#ifndef SO_COOKIE
#define SO_COOKIE 57
#else
_Static_assert(SO_COOKIE == 57, "SO_COOKIE differs from spec/abi/");
#endif
#ifndef SO_BINDTOIFINDEX
#define SO_BINDTOIFINDEX 62
#else
_Static_assert(SO_BINDTOIFINDEX == 62, "SO_BINDTOIFINDEX differs from spec/abi/");
#endif
#ifndef SO_DONTROUTE
#define SO_DONTROUTE 5
#else
_Static_assert(SO_DONTROUTE == 5, "SO_DONTROUTE differs from spec/abi/");
#endif
#ifndef SO_BUSY_POLL_BUDGET
#define SO_BUSY_POLL_BUDGET 70
#else
_Static_assert(SO_BUSY_POLL_BUDGET == 70, "SO_BUSY_POLL_BUDGET differs from spec/abi/");
#endif
#ifndef SO_PREFER_BUSY_POLL
#define SO_PREFER_BUSY_POLL 69
#else
_Static_assert(SO_PREFER_BUSY_POLL == 69, "SO_PREFER_BUSY_POLL differs from spec/abi/");
#endif
#ifndef SO_INCOMING_NAPI_ID
#define SO_INCOMING_NAPI_ID 56
#else
_Static_assert(SO_INCOMING_NAPI_ID == 56, "SO_INCOMING_NAPI_ID differs from spec/abi/");
#endif
#ifndef SO_MAX_PACING_RATE
#define SO_MAX_PACING_RATE 47
#else
_Static_assert(SO_MAX_PACING_RATE == 47, "SO_MAX_PACING_RATE differs from spec/abi/");
#endif
#ifndef SO_SELECT_ERR_QUEUE
#define SO_SELECT_ERR_QUEUE 45
#else
_Static_assert(SO_SELECT_ERR_QUEUE == 45, "SO_SELECT_ERR_QUEUE differs from spec/abi/");
#endif
#ifndef SO_NETNS_COOKIE
#define SO_NETNS_COOKIE 71
#else
_Static_assert(SO_NETNS_COOKIE == 71, "SO_NETNS_COOKIE differs from spec/abi/");
#endif
#ifndef SO_RCVBUFFORCE
#define SO_RCVBUFFORCE 33
#else
_Static_assert(SO_RCVBUFFORCE == 33, "SO_RCVBUFFORCE differs from spec/abi/");
#endif
#ifndef SO_SNDBUFFORCE
#define SO_SNDBUFFORCE 32
#else
_Static_assert(SO_SNDBUFFORCE == 32, "SO_SNDBUFFORCE differs from spec/abi/");
#endif
#ifndef IPPROTO_TCP
#define IPPROTO_TCP 6
#else
_Static_assert(IPPROTO_TCP == 6, "IPPROTO_TCP differs from spec/abi/");
#endif
#ifndef TCP_NODELAY
#define TCP_NODELAY 1
#else
_Static_assert(TCP_NODELAY == 1, "TCP_NODELAY differs from spec/abi/");
#endif
#ifndef TCP_CORK
#define TCP_CORK 3
#else
_Static_assert(TCP_CORK == 3, "TCP_CORK differs from spec/abi/");
#endif
#ifndef TCP_KEEPIDLE
#define TCP_KEEPIDLE 4
#else
_Static_assert(TCP_KEEPIDLE == 4, "TCP_KEEPIDLE differs from spec/abi/");
#endif
#ifndef TCP_KEEPINTVL
#define TCP_KEEPINTVL 5
#else
_Static_assert(TCP_KEEPINTVL == 5, "TCP_KEEPINTVL differs from spec/abi/");
#endif
#ifndef TCP_KEEPCNT
#define TCP_KEEPCNT 6
#else
_Static_assert(TCP_KEEPCNT == 6, "TCP_KEEPCNT differs from spec/abi/");
#endif
#ifndef TCP_SYNCNT
#define TCP_SYNCNT 7
#else
_Static_assert(TCP_SYNCNT == 7, "TCP_SYNCNT differs from spec/abi/");
#endif
#ifndef TCP_LINGER2
#define TCP_LINGER2 8
#else
_Static_assert(TCP_LINGER2 == 8, "TCP_LINGER2 differs from spec/abi/");
#endif
#ifndef TCP_DEFER_ACCEPT
#define TCP_DEFER_ACCEPT 9
#else
_Static_assert(TCP_DEFER_ACCEPT == 9, "TCP_DEFER_ACCEPT differs from spec/abi/");
#endif
#ifndef TCP_FASTOPEN
#define TCP_FASTOPEN 23
#else
_Static_assert(TCP_FASTOPEN == 23, "TCP_FASTOPEN differs from spec/abi/");
#endif
#ifndef TCP_USER_TIMEOUT
#define TCP_USER_TIMEOUT 18
#else
_Static_assert(TCP_USER_TIMEOUT == 18, "TCP_USER_TIMEOUT differs from spec/abi/");
#endif
#ifndef TCP_MAXSEG
#define TCP_MAXSEG 2
#else
_Static_assert(TCP_MAXSEG == 2, "TCP_MAXSEG differs from spec/abi/");
#endif
#ifndef TCP_QUICKACK
#define TCP_QUICKACK 12
#else
_Static_assert(TCP_QUICKACK == 12, "TCP_QUICKACK differs from spec/abi/");
#endif
#ifndef TCP_NOTSENT_LOWAT
#define TCP_NOTSENT_LOWAT 25
#else
_Static_assert(TCP_NOTSENT_LOWAT == 25, "TCP_NOTSENT_LOWAT differs from spec/abi/");
#endif
#ifndef TCP_INQ
#define TCP_INQ 36
#else
_Static_assert(TCP_INQ == 36, "TCP_INQ differs from spec/abi/");
#endif
#ifndef TCP_CONGESTION
#define TCP_CONGESTION 13
#else
_Static_assert(TCP_CONGESTION == 13, "TCP_CONGESTION differs from spec/abi/");
#endif
#ifndef TCP_WINDOW_CLAMP
#define TCP_WINDOW_CLAMP 10
#else
_Static_assert(TCP_WINDOW_CLAMP == 10, "TCP_WINDOW_CLAMP differs from spec/abi/");
#endif
#ifndef TCP_FASTOPEN_CONNECT
#define TCP_FASTOPEN_CONNECT 30
#else
_Static_assert(TCP_FASTOPEN_CONNECT == 30, "TCP_FASTOPEN_CONNECT differs from spec/abi/");
#endif
#ifndef TCP_FASTOPEN_NO_COOKIE
#define TCP_FASTOPEN_NO_COOKIE 34
#else
_Static_assert(TCP_FASTOPEN_NO_COOKIE == 34, "TCP_FASTOPEN_NO_COOKIE differs from spec/abi/");
#endif
#ifndef IPPROTO_IPV6
#define IPPROTO_IPV6 41
#else
_Static_assert(IPPROTO_IPV6 == 41, "IPPROTO_IPV6 differs from spec/abi/");
#endif
#ifndef IPV6_V6ONLY
#define IPV6_V6ONLY 26
#else
_Static_assert(IPV6_V6ONLY == 26, "IPV6_V6ONLY differs from spec/abi/");
#endif
#if defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_RISCV64) || defined(FDK__ARCH_X86_64)
#ifndef SO_RCVTIMEO
#define SO_RCVTIMEO 20
#else
_Static_assert(SO_RCVTIMEO == 20, "SO_RCVTIMEO differs from spec/abi/");
#endif
#ifndef SO_SNDTIMEO
#define SO_SNDTIMEO 21
#else
_Static_assert(SO_SNDTIMEO == 21, "SO_SNDTIMEO differs from spec/abi/");
#endif
#elif defined(FDK__ARCH_ARM) || defined(FDK__ARCH_I386)
#ifndef SO_RCVTIMEO
#define SO_RCVTIMEO 66
#else
_Static_assert(SO_RCVTIMEO == 66, "SO_RCVTIMEO differs from spec/abi/");
#endif
#ifndef SO_SNDTIMEO
#define SO_SNDTIMEO 67
#else
_Static_assert(SO_SNDTIMEO == 67, "SO_SNDTIMEO differs from spec/abi/");
#endif
#endif
#else /* an architecture without a lock: the system headers' values */
#ifndef SCM_PIDFD /* newer than these headers */
#define SCM_PIDFD 4
#endif
#ifndef SO_PASSPIDFD /* newer than these headers */
#define SO_PASSPIDFD 76
#endif
#ifndef SO_PEERPIDFD /* newer than these headers */
#define SO_PEERPIDFD 77
#endif
#endif

_Static_assert(offsetof(fdk_socket, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_tcp_listener, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_tcp_stream, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_udp, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_unix_listener, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_unix_stream, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_unix_dgram, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_unix_seqpacket_listener, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_unix_seqpacket, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_SOCKET_NONBLOCK == O_NONBLOCK, "SOCK_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_SOCKET_CLOEXEC == O_CLOEXEC, "SOCK_CLOEXEC must equal O_CLOEXEC");

/* Members of shutdown: Which direction fdk_*_shutdown() closes. */
static int valid_shutdown(int v)
{
    switch (v) {
    case SHUT_RD:
    case SHUT_WR:
    case SHUT_RDWR:
        return 1;
    default:
        return 0;
    }
}

int fdk_unix_listen(fdk_unix_listener *out, const fdk_sockaddr *addr, int backlog, int flags)
{
    fdk_unix_listener out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_listen(SOCK_STREAM, addr, backlog, flags, &out_.fd, &out_.bound);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_listen_at(fdk_unix_listener *out, int dirfd, const char *path, int backlog, int flags, mode_t dir_mode)
{
    fdk_unix_listener out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_listen_at(SOCK_STREAM, dirfd, path, backlog, flags, dir_mode, &out_.fd, &out_.bound);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_accept(fdk_unix_listener l, fdk_unix_stream *out, fdk_sockaddr *ret_peer, int flags)
{
    fdk_unix_stream out_ = {.fd = -1};
    int r;

    if (l.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    r = fdk__unix_accept(l.fd, flags, ret_peer, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_connect(fdk_unix_stream *out, const fdk_sockaddr *addr, int flags)
{
    fdk_unix_stream out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_connect(SOCK_STREAM, addr, flags, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_connect_at(fdk_unix_stream *out, int dirfd, const char *path, int flags)
{
    fdk_unix_stream out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_connect_at(SOCK_STREAM, dirfd, path, flags, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_pair(fdk_unix_stream *a, fdk_unix_stream *b, int flags)
{
    fdk_unix_stream a_ = {.fd = -1};
    fdk_unix_stream b_ = {.fd = -1};
    int r;

    if (!a)
        return -EINVAL;
    if (!b)
        return -EINVAL;
    if (a == b)
        return -EINVAL; /* one handle for both ends */
    r = fdk__unix_pair(SOCK_STREAM, flags, &a_.fd, &b_.fd);
    if (r < 0)
        return r;
    *a = a_;
    *b = b_;
    return 0;
}

int fdk_unix_seqpacket_listen(fdk_unix_seqpacket_listener *out, const fdk_sockaddr *addr, int backlog, int flags)
{
    fdk_unix_seqpacket_listener out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_listen(SOCK_SEQPACKET, addr, backlog, flags, &out_.fd, &out_.bound);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_seqpacket_listen_at(fdk_unix_seqpacket_listener *out, int dirfd, const char *path, int backlog, int flags, mode_t dir_mode)
{
    fdk_unix_seqpacket_listener out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_listen_at(SOCK_SEQPACKET, dirfd, path, backlog, flags, dir_mode, &out_.fd, &out_.bound);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_seqpacket_accept(fdk_unix_seqpacket_listener l, fdk_unix_seqpacket *out, fdk_sockaddr *ret_peer, int flags)
{
    fdk_unix_seqpacket out_ = {.fd = -1};
    int r;

    if (l.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    r = fdk__unix_accept(l.fd, flags, ret_peer, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_seqpacket_connect(fdk_unix_seqpacket *out, const fdk_sockaddr *addr, int flags)
{
    fdk_unix_seqpacket out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_connect(SOCK_SEQPACKET, addr, flags, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_seqpacket_connect_at(fdk_unix_seqpacket *out, int dirfd, const char *path, int flags)
{
    fdk_unix_seqpacket out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_connect_at(SOCK_SEQPACKET, dirfd, path, flags, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_seqpacket_pair(fdk_unix_seqpacket *a, fdk_unix_seqpacket *b, int flags)
{
    fdk_unix_seqpacket a_ = {.fd = -1};
    fdk_unix_seqpacket b_ = {.fd = -1};
    int r;

    if (!a)
        return -EINVAL;
    if (!b)
        return -EINVAL;
    if (a == b)
        return -EINVAL; /* one handle for both ends */
    r = fdk__unix_pair(SOCK_SEQPACKET, flags, &a_.fd, &b_.fd);
    if (r < 0)
        return r;
    *a = a_;
    *b = b_;
    return 0;
}

int fdk_unix_dgram_open(fdk_unix_dgram *out, int flags)
{
    fdk_unix_dgram out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_open(SOCK_DGRAM, flags, &out_.fd);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_dgram_bind(fdk_unix_dgram *out, const fdk_sockaddr *addr, int flags)
{
    fdk_unix_dgram out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_open_addr(SOCK_DGRAM, addr, NO_LISTEN, flags, &out_.fd, &out_.bound);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_dgram_bind_at(fdk_unix_dgram *out, int dirfd, const char *path, int flags, mode_t dir_mode)
{
    fdk_unix_dgram out_ = {.fd = -1};
    int r;

    if (!out)
        return -EINVAL;
    r = fdk__unix_open_at(SOCK_DGRAM, dirfd, path, NO_LISTEN, flags, dir_mode, &out_.fd, &out_.bound);
    if (r < 0)
        return r;
    *out = out_;
    return 0;
}

int fdk_unix_dgram_connect(fdk_unix_dgram s, const fdk_sockaddr *addr)
{
    if (s.fd < 0)
        return -EBADF;
    return fdk__unix_peer(s.fd, addr);
}

int fdk_unix_dgram_connect_at(fdk_unix_dgram s, int dirfd, const char *path)
{
    if (s.fd < 0)
        return -EBADF;
    return fdk__unix_peer_at(s.fd, dirfd, path);
}

int fdk_unix_dgram_pair(fdk_unix_dgram *a, fdk_unix_dgram *b, int flags)
{
    fdk_unix_dgram a_ = {.fd = -1};
    fdk_unix_dgram b_ = {.fd = -1};
    int r;

    if (!a)
        return -EINVAL;
    if (!b)
        return -EINVAL;
    if (a == b)
        return -EINVAL; /* one handle for both ends */
    r = fdk__unix_pair(SOCK_DGRAM, flags, &a_.fd, &b_.fd);
    if (r < 0)
        return r;
    *a = a_;
    *b = b_;
    return 0;
}

ssize_t fdk_tcp_stream_writev(fdk_tcp_stream s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    struct msghdr m = {.msg_iov = (struct iovec *)iov, .msg_iovlen = (size_t)iovcnt};

    if (s.fd < 0)
        return -EBADF;
    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return 0;
    n = sendmsg(s.fd, &m, MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

ssize_t fdk_unix_stream_writev(fdk_unix_stream s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    struct msghdr m = {.msg_iov = (struct iovec *)iov, .msg_iovlen = (size_t)iovcnt};

    if (s.fd < 0)
        return -EBADF;
    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return 0;
    n = sendmsg(s.fd, &m, MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

ssize_t fdk_unix_seqpacket_writev(fdk_unix_seqpacket s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    struct msghdr m = {.msg_iov = (struct iovec *)iov, .msg_iovlen = (size_t)iovcnt};

    if (s.fd < 0)
        return -EBADF;
    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    n = sendmsg(s.fd, &m, MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

ssize_t fdk_udp_writev(fdk_udp s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    struct msghdr m = {.msg_iov = (struct iovec *)iov, .msg_iovlen = (size_t)iovcnt};

    if (s.fd < 0)
        return -EBADF;
    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    n = sendmsg(s.fd, &m, MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

ssize_t fdk_unix_dgram_writev(fdk_unix_dgram s, const struct iovec *iov, int iovcnt)
{
    ssize_t n;
    struct msghdr m = {.msg_iov = (struct iovec *)iov, .msg_iovlen = (size_t)iovcnt};

    if (s.fd < 0)
        return -EBADF;
    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    n = sendmsg(s.fd, &m, MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

int fdk_tcp_stream_shutdown(fdk_tcp_stream s, int how)
{
    int r;

    if (s.fd < 0)
        return -EBADF;
    if (!valid_shutdown(how))
        return -EINVAL; /* not a member of shutdown */
    do
        r = shutdown(s.fd, how);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_unix_stream_shutdown(fdk_unix_stream s, int how)
{
    int r;

    if (s.fd < 0)
        return -EBADF;
    if (!valid_shutdown(how))
        return -EINVAL; /* not a member of shutdown */
    do
        r = shutdown(s.fd, how);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_unix_seqpacket_shutdown(fdk_unix_seqpacket s, int how)
{
    int r;

    if (s.fd < 0)
        return -EBADF;
    if (!valid_shutdown(how))
        return -EINVAL; /* not a member of shutdown */
    do
        r = shutdown(s.fd, how);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_set_reuseaddr(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_REUSEADDR, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_reuseaddr(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_REUSEADDR, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_reuseport(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_REUSEPORT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_reuseport(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_REUSEPORT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_broadcast(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_BROADCAST, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_broadcast(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_BROADCAST, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_keepalive(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_keepalive(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_KEEPALIVE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_oobinline(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_OOBINLINE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_oobinline(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_OOBINLINE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_passcred(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_PASSCRED, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_passcred(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PASSCRED, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_zerocopy(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_ZEROCOPY, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_zerocopy(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_ZEROCOPY, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_get_acceptconn(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_rcvbuf(fdk_socket s, size_t bytes)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (bytes > INT_MAX)
        return -EINVAL; /* above what the kernel takes */
    v = (int)((bytes + 1) / 2); /* the kernel doubles it back */
    if (setsockopt(s.fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_rcvbuf(fdk_socket s, size_t *ret_bytes)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_bytes)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_RCVBUF, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_bytes = v > 0 ? (size_t)v : 0;
    return 0;
}

int fdk_socket_set_sndbuf(fdk_socket s, size_t bytes)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (bytes > INT_MAX)
        return -EINVAL; /* above what the kernel takes */
    v = (int)((bytes + 1) / 2); /* the kernel doubles it back */
    if (setsockopt(s.fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_sndbuf(fdk_socket s, size_t *ret_bytes)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_bytes)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_SNDBUF, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_bytes = v > 0 ? (size_t)v : 0;
    return 0;
}

int fdk_socket_set_rcvlowat(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_RCVLOWAT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_rcvlowat(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_RCVLOWAT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_rcvtimeo(fdk_socket s, uint64_t usec)
{
    struct timeval v;

    if (s.fd < 0)
        return -EBADF;
    if (usec / 1000000 > INT_MAX)
        return -EINVAL; /* beyond what struct timeval holds everywhere */
    v.tv_sec = (time_t)(usec / 1000000);
    v.tv_usec = (suseconds_t)(usec % 1000000);
    if (setsockopt(s.fd, SOL_SOCKET, SO_RCVTIMEO, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_rcvtimeo(fdk_socket s, uint64_t *ret_usec)
{
    struct timeval v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_usec)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_RCVTIMEO, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    if (len != sizeof v)
        return -EIO; /* the kernel's value differs in size from ours */
    *ret_usec = (uint64_t)v.tv_sec * 1000000u + (uint64_t)v.tv_usec;
    return 0;
}

int fdk_socket_set_sndtimeo(fdk_socket s, uint64_t usec)
{
    struct timeval v;

    if (s.fd < 0)
        return -EBADF;
    if (usec / 1000000 > INT_MAX)
        return -EINVAL; /* beyond what struct timeval holds everywhere */
    v.tv_sec = (time_t)(usec / 1000000);
    v.tv_usec = (suseconds_t)(usec % 1000000);
    if (setsockopt(s.fd, SOL_SOCKET, SO_SNDTIMEO, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_sndtimeo(fdk_socket s, uint64_t *ret_usec)
{
    struct timeval v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_usec)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_SNDTIMEO, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    if (len != sizeof v)
        return -EIO; /* the kernel's value differs in size from ours */
    *ret_usec = (uint64_t)v.tv_sec * 1000000u + (uint64_t)v.tv_usec;
    return 0;
}

int fdk_socket_set_linger(fdk_socket s, int seconds)
{
    struct linger v;

    if (s.fd < 0)
        return -EBADF;
    if (seconds < -1)
        return -EINVAL; /* -1 (off) or 0.. */
    v.l_onoff = seconds >= 0;
    v.l_linger = seconds >= 0 ? seconds : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_LINGER, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_linger(fdk_socket s, int *ret_seconds)
{
    struct linger v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_seconds)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_LINGER, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    if (len != sizeof v)
        return -EIO; /* the kernel's value differs in size from ours */
    *ret_seconds = v.l_onoff ? v.l_linger : -1;
    return 0;
}

int fdk_socket_set_incoming_cpu(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_INCOMING_CPU, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_incoming_cpu(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_INCOMING_CPU, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_busy_poll(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_BUSY_POLL, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_busy_poll(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_BUSY_POLL, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_get_error(fdk_socket s, int *ret_err)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_err)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_err = -v;
    return 0;
}

int fdk_socket_get_type(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_TYPE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_get_domain(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_DOMAIN, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_get_protocol(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PROTOCOL, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_get_peercred(fdk_socket s, struct fdk_ucred *ret_cred)
{
    struct fdk_ucred v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_cred)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PEERCRED, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    if (len != sizeof v)
        return -EIO; /* the kernel's value differs in size from ours */
    *ret_cred = v;
    return 0;
}

int fdk_socket_set_mark(fdk_socket s, unsigned int value)
{
    unsigned int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_MARK, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_mark(fdk_socket s, unsigned int *ret_value)
{
    unsigned int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_MARK, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_priority(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_PRIORITY, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_priority(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PRIORITY, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_bindtodevice(fdk_socket s, const char *name)
{
    if (s.fd < 0)
        return -EBADF;
    if (!name)
        return -EINVAL;
    if (strnlen(name, 16) > 15)
        return -EINVAL; /* longer than the kernel takes */
    if (setsockopt(s.fd, SOL_SOCKET, SO_BINDTODEVICE, name, (socklen_t)strlen(name)) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_bindtodevice(fdk_socket s, char *buf, size_t size)
{
    char v[16 + 1];
    socklen_t len = sizeof v - 1;
    size_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!buf && size > 0)
        return -EINVAL;
    memset(v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_BINDTODEVICE, v, &len) < 0)
        return FDK__NEG_ERRNO();
    n = strnlen(v, len < sizeof v ? (size_t)len : sizeof v - 1);
    if (n >= size)
        return -ERANGE; /* no room for the name and its NUL */
    memcpy(buf, v, n);
    buf[n] = '\0';
    return 0;
}

int fdk_socket_set_peek_off(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_PEEK_OFF, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_peek_off(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PEEK_OFF, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_passpidfd(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_PASSPIDFD, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_passpidfd(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PASSPIDFD, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_get_cookie(fdk_socket s, uint64_t *ret_value)
{
    uint64_t v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_COOKIE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    if (len != sizeof v)
        return -EIO; /* the kernel's value differs in size from ours */
    *ret_value = v;
    return 0;
}

int fdk_socket_set_bindtoifindex(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_BINDTOIFINDEX, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_bindtoifindex(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_BINDTOIFINDEX, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_dontroute(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_DONTROUTE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_dontroute(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_DONTROUTE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_busy_poll_budget(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    if (value > 65535)
        return -EINVAL; /* above 65535 */
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_BUSY_POLL_BUDGET, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_set_prefer_busy_poll(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_PREFER_BUSY_POLL, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_prefer_busy_poll(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_PREFER_BUSY_POLL, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_get_incoming_napi_id(fdk_socket s, unsigned int *ret_value)
{
    unsigned int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_INCOMING_NAPI_ID, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_max_pacing_rate(fdk_socket s, unsigned int value)
{
    unsigned int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, SOL_SOCKET, SO_MAX_PACING_RATE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_max_pacing_rate(fdk_socket s, unsigned int *ret_value)
{
    unsigned int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_MAX_PACING_RATE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_select_err_queue(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, SOL_SOCKET, SO_SELECT_ERR_QUEUE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_select_err_queue(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_SELECT_ERR_QUEUE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_get_netns_cookie(fdk_socket s, uint64_t *ret_value)
{
    uint64_t v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, SOL_SOCKET, SO_NETNS_COOKIE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    if (len != sizeof v)
        return -EIO; /* the kernel's value differs in size from ours */
    *ret_value = v;
    return 0;
}

int fdk_socket_set_rcvbufforce(fdk_socket s, size_t bytes)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (bytes > INT_MAX)
        return -EINVAL; /* above what the kernel takes */
    v = (int)((bytes + 1) / 2); /* the kernel doubles it back */
    if (setsockopt(s.fd, SOL_SOCKET, SO_RCVBUFFORCE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_set_sndbufforce(fdk_socket s, size_t bytes)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (bytes > INT_MAX)
        return -EINVAL; /* above what the kernel takes */
    v = (int)((bytes + 1) / 2); /* the kernel doubles it back */
    if (setsockopt(s.fd, SOL_SOCKET, SO_SNDBUFFORCE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_set_nodelay(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_nodelay(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_NODELAY, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_cork(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_CORK, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_cork(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_CORK, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_keepidle(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 1)
        return -EINVAL; /* below 1 */
    if (value > 32767)
        return -EINVAL; /* above 32767 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_KEEPIDLE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_keepidle(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_KEEPIDLE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_keepintvl(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 1)
        return -EINVAL; /* below 1 */
    if (value > 32767)
        return -EINVAL; /* above 32767 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_KEEPINTVL, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_keepintvl(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_KEEPINTVL, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_keepcnt(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 1)
        return -EINVAL; /* below 1 */
    if (value > 127)
        return -EINVAL; /* above 127 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_KEEPCNT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_keepcnt(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_KEEPCNT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_syncnt(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 1)
        return -EINVAL; /* below 1 */
    if (value > 127)
        return -EINVAL; /* above 127 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_SYNCNT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_syncnt(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_SYNCNT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_linger2(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_LINGER2, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_linger2(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_LINGER2, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_defer_accept(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_DEFER_ACCEPT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_defer_accept(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_DEFER_ACCEPT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_fastopen(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_FASTOPEN, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_fastopen(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_FASTOPEN, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_user_timeout(fdk_socket s, unsigned int value)
{
    unsigned int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_user_timeout(fdk_socket s, unsigned int *ret_value)
{
    unsigned int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_maxseg(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_MAXSEG, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_maxseg(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_MAXSEG, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_quickack(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_QUICKACK, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_quickack(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_QUICKACK, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_notsent_lowat(fdk_socket s, unsigned int value)
{
    unsigned int v;

    if (s.fd < 0)
        return -EBADF;
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_NOTSENT_LOWAT, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_notsent_lowat(fdk_socket s, unsigned int *ret_value)
{
    unsigned int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_NOTSENT_LOWAT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_set_inq(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_INQ, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_inq(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_INQ, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_congestion(fdk_socket s, const char *name)
{
    if (s.fd < 0)
        return -EBADF;
    if (!name)
        return -EINVAL;
    if (strnlen(name, 16) > 15)
        return -EINVAL; /* longer than the kernel takes */
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_CONGESTION, name, (socklen_t)strlen(name)) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_congestion(fdk_socket s, char *buf, size_t size)
{
    char v[16 + 1];
    socklen_t len = sizeof v - 1;
    size_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!buf && size > 0)
        return -EINVAL;
    memset(v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_CONGESTION, v, &len) < 0)
        return FDK__NEG_ERRNO();
    n = strnlen(v, len < sizeof v ? (size_t)len : sizeof v - 1);
    if (n >= size)
        return -ERANGE; /* no room for the name and its NUL */
    memcpy(buf, v, n);
    buf[n] = '\0';
    return 0;
}

int fdk_socket_set_window_clamp(fdk_socket s, int value)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    if (value < 0)
        return -EINVAL; /* below 0 */
    v = value;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_WINDOW_CLAMP, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_window_clamp(fdk_socket s, int *ret_value)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_value)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_WINDOW_CLAMP, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_value = v;
    return 0;
}

int fdk_socket_get_fastopen_connect(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_FASTOPEN_CONNECT, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_fastopen_no_cookie(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, IPPROTO_TCP, TCP_FASTOPEN_NO_COOKIE, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_fastopen_no_cookie(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_TCP, TCP_FASTOPEN_NO_COOKIE, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_set_v6only(fdk_socket s, bool on)
{
    int v;

    if (s.fd < 0)
        return -EBADF;
    v = on ? 1 : 0;
    if (setsockopt(s.fd, IPPROTO_IPV6, IPV6_V6ONLY, &v, sizeof v) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_socket_get_v6only(fdk_socket s, bool *ret_on)
{
    int v;
    socklen_t len = sizeof v;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_on)
        return -EINVAL;
    memset(&v, 0, sizeof v);
    if (getsockopt(s.fd, IPPROTO_IPV6, IPV6_V6ONLY, &v, &len) < 0)
        return FDK__NEG_ERRNO();
    *ret_on = v != 0;
    return 0;
}

int fdk_socket_close(fdk_socket *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_tcp_listener_close(fdk_tcp_listener *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_tcp_stream_close(fdk_tcp_stream *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_udp_close(fdk_udp *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_unix_listener_close(fdk_unix_listener *h)
{
    if (!h)
        return -EINVAL;
    return fdk__unix_close_bound(&h->fd, &h->bound);
}

int fdk_unix_listener_release(fdk_unix_listener *h)
{
    if (!h)
        return -EINVAL;
    return fdk__unix_release_bound(&h->fd, &h->bound);
}

int fdk_unix_stream_close(fdk_unix_stream *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_unix_dgram_close(fdk_unix_dgram *h)
{
    if (!h)
        return -EINVAL;
    return fdk__unix_close_bound(&h->fd, &h->bound);
}

int fdk_unix_dgram_release(fdk_unix_dgram *h)
{
    if (!h)
        return -EINVAL;
    return fdk__unix_release_bound(&h->fd, &h->bound);
}

int fdk_unix_seqpacket_listener_close(fdk_unix_seqpacket_listener *h)
{
    if (!h)
        return -EINVAL;
    return fdk__unix_close_bound(&h->fd, &h->bound);
}

int fdk_unix_seqpacket_listener_release(fdk_unix_seqpacket_listener *h)
{
    if (!h)
        return -EINVAL;
    return fdk__unix_release_bound(&h->fd, &h->bound);
}

int fdk_unix_seqpacket_close(fdk_unix_seqpacket *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

/*
 * The wrappers defined inline in fdkit/socket.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern ssize_t fdk_tcp_stream_send(fdk_tcp_stream s, const void *buf, size_t len, int flags);
extern ssize_t fdk_unix_stream_send(fdk_unix_stream s, const void *buf, size_t len, int flags);
extern ssize_t fdk_unix_seqpacket_send(fdk_unix_seqpacket s, const void *buf, size_t len, int flags);
extern ssize_t fdk_udp_send(fdk_udp s, const void *buf, size_t len, int flags);
extern ssize_t fdk_unix_dgram_send(fdk_unix_dgram s, const void *buf, size_t len, int flags);
extern ssize_t fdk_tcp_stream_recv(fdk_tcp_stream s, void *buf, size_t len, int flags);
extern ssize_t fdk_unix_stream_recv(fdk_unix_stream s, void *buf, size_t len, int flags);
extern ssize_t fdk_unix_seqpacket_recv(fdk_unix_seqpacket s, void *buf, size_t len, int flags);
extern ssize_t fdk_udp_recv(fdk_udp s, void *buf, size_t len, int flags);
extern ssize_t fdk_unix_dgram_recv(fdk_unix_dgram s, void *buf, size_t len, int flags);
extern ssize_t fdk_udp_sendto(fdk_udp s, const void *buf, size_t len, const fdk_sockaddr *to, int flags);
extern ssize_t fdk_unix_dgram_sendto(fdk_unix_dgram s, const void *buf, size_t len, const fdk_sockaddr *to, int flags);
extern ssize_t fdk_tcp_stream_sendmsg(fdk_tcp_stream s, const struct msghdr *msg, int flags);
extern ssize_t fdk_unix_stream_sendmsg(fdk_unix_stream s, const struct msghdr *msg, int flags);
extern ssize_t fdk_unix_seqpacket_sendmsg(fdk_unix_seqpacket s, const struct msghdr *msg, int flags);
extern ssize_t fdk_udp_sendmsg(fdk_udp s, const struct msghdr *msg, int flags);
extern ssize_t fdk_unix_dgram_sendmsg(fdk_unix_dgram s, const struct msghdr *msg, int flags);
extern ssize_t fdk_tcp_stream_recvmsg(fdk_tcp_stream s, struct msghdr *msg, int flags);
extern ssize_t fdk_unix_stream_recvmsg(fdk_unix_stream s, struct msghdr *msg, int flags);
extern ssize_t fdk_unix_seqpacket_recvmsg(fdk_unix_seqpacket s, struct msghdr *msg, int flags);
extern ssize_t fdk_udp_recvmsg(fdk_udp s, struct msghdr *msg, int flags);
extern ssize_t fdk_unix_dgram_recvmsg(fdk_unix_dgram s, struct msghdr *msg, int flags);
extern ssize_t fdk_tcp_stream_readv(fdk_tcp_stream s, const struct iovec *iov, int iovcnt);
extern ssize_t fdk_unix_stream_readv(fdk_unix_stream s, const struct iovec *iov, int iovcnt);
extern ssize_t fdk_unix_seqpacket_readv(fdk_unix_seqpacket s, const struct iovec *iov, int iovcnt);
extern ssize_t fdk_udp_readv(fdk_udp s, const struct iovec *iov, int iovcnt);
extern ssize_t fdk_unix_dgram_readv(fdk_unix_dgram s, const struct iovec *iov, int iovcnt);
