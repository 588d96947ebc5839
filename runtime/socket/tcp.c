/* SPDX-License-Identifier: MIT */
/*
 * TCP over IPv4 and IPv6: a listener (socket, options, bind, listen in one
 * call), accept, and connect in its blocking and non-blocking forms.
 *
 * connect() is the call that is easy to get wrong.  A blocking connect that
 * a signal interrupts (EINTR) has not failed: the handshake goes on in the
 * kernel, and calling connect() again would answer EALREADY or, once it is
 * done, EISCONN.  So fdkit never calls it twice: it waits for the socket to
 * become writable and asks SO_ERROR how the handshake ended.  A
 * non-blocking connect that answers EINPROGRESS has started, not failed:
 * the socket is handed out and fdk_tcp_connect_finish() tells the outcome
 * once poll() reports POLLOUT.
 *
 * Closing and the stream I/O are generated from spec/socket.yaml.
 */
#include "fdk-internal.h"
#include "fdk-inet.h"

#include <fdkit/socket.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int fdk_tcp_listen(fdk_tcp_listener *out, const fdk_sockaddr *addr, int backlog, int flags)
{
    int fd, err;

    if (!out)
        return -EINVAL;
    if (backlog < 0)
        backlog = SOMAXCONN; /* the kernel lowers it to net.core.somaxconn */

    err = fdk__inet_bound(addr, flags, SOCK_STREAM, IPPROTO_TCP, &fd);
    if (err < 0)
        return err;
    /* listen() never waits; EINTR is retried like any such call. */
    if (FDK__RETRY_EINTR(listen(fd, backlog)) < 0) {
        err = FDK__NEG_ERRNO();
        fdk__close_quietly(fd);
        return err;
    }
    out->fd = fd;
    return 0;
}

int fdk_tcp_accept(fdk_tcp_listener l, fdk_tcp_stream *out, fdk_sockaddr *ret_peer, int flags)
{
    fdk_sockaddr peer;
    socklen_t len = 0;
    int fd, aflags = SOCK_CLOEXEC;

    if (l.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_ACCEPT_ALL)
        return -EINVAL;
    if (flags & FDK_SOCKET_NONBLOCK)
        aflags |= SOCK_NONBLOCK;
    if (ret_peer)
        memset(&peer, 0, sizeof(peer)); /* bytes past the address stay zero */

    for (;;) {
        len = sizeof(peer.u);
        fd = accept4(l.fd, ret_peer ? &peer.u.sa : NULL, ret_peer ? &len : NULL, aflags);
        if (fd >= 0)
            break;
        /*
         * ECONNABORTED and EPROTO concern one queued connection that died
         * before it was taken (reset by the peer, a bad handshake), not the
         * listener: the next one may be fine, so take it.  A non-blocking
         * listener with nothing else queued then says -EAGAIN.  EINTR is
         * handed back: the caller's signal handler asked to interrupt the
         * wait (with SA_RESTART the kernel would have restarted it).
         */
        if (errno != ECONNABORTED && errno != EPROTO)
            return FDK__NEG_ERRNO();
    }

    if (ret_peer) {
        if (len > sizeof(peer.u)) /* cannot happen for IP; never read past the buffer */
            len = sizeof(peer.u);
        peer.len = len;
        *ret_peer = peer;
    }
    out->fd = fd;
    return 0;
}

/*
 * Read and clear the socket's pending error (SO_ERROR): 0 if none, else
 * its negated value.  If getsockopt itself fails, that errno instead.
 */
static int take_so_error(int fd)
{
    int soerr;
    socklen_t len;

    for (;;) {
        soerr = 0;
        len = sizeof(soerr);
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len) == 0)
            break;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
    }
    if (soerr <= 0)
        return 0;
    return soerr == EWOULDBLOCK ? -EAGAIN : -soerr;
}

/*
 * Where a connect stands: 0 connected, -EINPROGRESS still connecting,
 * another -errno failed.
 *
 * SO_ERROR holds the failure of a handshake that ended badly, until someone
 * reads it.  No error and a peer address (getpeername) means connected.
 * ENOTCONN alone cannot tell "still in SYN_SENT" from "failed, and the error
 * was already collected" (by an earlier call, or by the interrupted connect
 * itself): a caller told -EINPROGRESS for the second would wait forever, as
 * poll() keeps reporting POLLHUP.  A zero-timeout poll() tells them apart:
 * a socket still connecting reports nothing, a closed one POLLHUP.
 */
static int connect_state(int fd)
{
    struct sockaddr_storage ss;
    struct pollfd p;
    socklen_t len;
    int err, n;

    err = take_so_error(fd);
    if (err < 0)
        return err;

    for (;;) {
        len = sizeof(ss);
        if (getpeername(fd, (struct sockaddr *)&ss, &len) == 0)
            return 0;
        if (errno != EINTR)
            break;
    }
    if (errno != ENOTCONN)
        return FDK__NEG_ERRNO();

    p.fd = fd;
    p.events = POLLOUT;
    p.revents = 0;
    n = FDK__RETRY_EINTR(poll(&p, 1, 0));
    if (n < 0)
        return FDK__NEG_ERRNO();
    if (n == 0 || !(p.revents & (POLLHUP | POLLERR)))
        return -EINPROGRESS;
    /* It has just failed (its error is pending), or failed earlier. */
    err = take_so_error(fd);
    return err < 0 ? err : -ENOTCONN;
}

/*
 * Finish a blocking connect that a signal interrupted: wait until the socket
 * is writable (or in error), then read the outcome.  poll() is restarted
 * after a signal too: the caller asked for a blocking connect, and the
 * handshake cannot be abandoned halfway except by closing the socket.
 */
static int wait_connected(int fd)
{
    struct pollfd p;
    int err;

    for (;;) {
        p.fd = fd;
        p.events = POLLOUT;
        p.revents = 0;
        if (poll(&p, 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            return FDK__NEG_ERRNO();
        }
        err = connect_state(fd);
        if (err != -EINPROGRESS)
            return err;
        /* woken with the handshake still running (spurious): wait again */
    }
}

int fdk_tcp_connect(fdk_tcp_stream *out, const fdk_sockaddr *addr, int flags)
{
    int family, fd, err, nonblock;

    if (!out || !addr)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_OPEN_ALL)
        return -EINVAL;
    family = fdk__inet_addr_family(addr);
    if (family < 0)
        return family;
    /* Nothing is bound here, so REUSEADDR, REUSEPORT and V6ONLY would do nothing. */
    err = fdk__inet_check_flags(flags, family, FDK_SOCKET_FASTOPEN);
    if (err < 0)
        return err;
    nonblock = (flags & FDK_SOCKET_NONBLOCK) != 0;

    err = fdk__inet_socket(family, SOCK_STREAM, IPPROTO_TCP, flags, &fd);
    if (err < 0)
        return err;
    /*
     * Fast Open: with TCP_FASTOPEN_CONNECT the kernel returns from connect()
     * at once when it can put the first send's data in the SYN, and the
     * handshake happens with that send.  Set before connect(), where the
     * kernel takes it only on a closed socket.
     */
    if (flags & FDK_SOCKET_FASTOPEN) {
        err = fdk__setsockopt_int(fd, IPPROTO_TCP, TCP_FASTOPEN_CONNECT, 1);
        if (err < 0) {
            fdk__close_quietly(fd);
            return err;
        }
    }

    if (connect(fd, &addr->u.sa, addr->len) == 0) {
        out->fd = fd;
        return 0;
    }
    if (nonblock && (errno == EINPROGRESS || errno == EINTR)) {
        /* Started: the outcome is for fdk_tcp_connect_finish() after POLLOUT. */
        out->fd = fd;
        return FDK_SOCKET_IN_PROGRESS;
    }
    if (!nonblock && errno == EINTR)
        err = wait_connected(fd); /* never connect() twice */
    else
        err = FDK__NEG_ERRNO();
    if (err < 0) {
        fdk__close_quietly(fd);
        return err;
    }
    out->fd = fd;
    return 0;
}

int fdk_tcp_connect_finish(fdk_tcp_stream s)
{
    if (s.fd < 0)
        return -EBADF;
    return connect_state(s.fd);
}
