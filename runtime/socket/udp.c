/* SPDX-License-Identifier: MIT */
/*
 * UDP over IPv4 and IPv6 (unbound, bound, connected and back), and the
 * datagram receive that reports the sender's address, for UDP and for Unix
 * datagram sockets alike.  Closing, send, recv and sendto are generated from
 * spec/socket.yaml.
 */
#include "fdk-internal.h"
#include "fdk-inet.h"

#include <fdkit/socket.h>

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int fdk_udp_open(fdk_udp *out, int domain, int flags)
{
    int fd, err;

    if (!out)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_OPEN_ALL)
        return -EINVAL;
    if (domain != AF_INET && domain != AF_INET6)
        return -EAFNOSUPPORT;
    /*
     * V6ONLY still matters for an unbound IPv6 socket (it decides whether
     * IPv4-mapped destinations are allowed); REUSEADDR / REUSEPORT only act
     * on a bind, and this call binds nothing: fdk_udp_bind() takes them.
     */
    err = fdk__inet_check_flags(flags, domain, FDK_SOCKET_V6ONLY);
    if (err < 0)
        return err;
    err = fdk__inet_socket(domain, SOCK_DGRAM, IPPROTO_UDP, flags, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_udp_bind(fdk_udp *out, const fdk_sockaddr *addr, int flags)
{
    int fd, err;

    if (!out)
        return -EINVAL;
    err = fdk__inet_bound(addr, flags, SOCK_DGRAM, IPPROTO_UDP, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_udp_connect(fdk_udp s, const fdk_sockaddr *addr)
{
    struct sockaddr unspec;
    const struct sockaddr *sa;
    socklen_t len;

    if (s.fd < 0)
        return -EBADF;
    if (addr) {
        int family = fdk__inet_addr_family(addr);
        if (family < 0)
            return family;
        sa = &addr->u.sa;
        len = addr->len;
    } else {
        /* connect(2): an AF_UNSPEC address dissolves the association. */
        memset(&unspec, 0, sizeof(unspec));
        unspec.sa_family = AF_UNSPEC;
        sa = &unspec;
        len = sizeof(unspec);
    }
    /*
     * A datagram connect only records the peer (and binds an unbound
     * socket): it never waits, and repeating it after EINTR is harmless.
     */
    if (FDK__RETRY_EINTR(connect(s.fd, sa, len)) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

/*
 * recvfrom() with the sender's address copied into *ret_from (exact length)
 * only on success.  len 0 is passed to the kernel rather than answered
 * with 0: on a datagram socket it still receives (and drops) one datagram,
 * and with FDK_SOCKET_PEEK | FDK_SOCKET_TRUNC it is how a caller learns the
 * next datagram's size.  EINTR is handed back, as by every socket call
 * that waits: nothing was received.
 */
static ssize_t dgram_recvfrom(int fd, void *buf, size_t len, fdk_sockaddr *ret_from, int flags,
                              int unix_domain)
{
    fdk_sockaddr from;
    socklen_t fromlen = 0;
    ssize_t n;

    if (fd < 0)
        return -EBADF;
    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL;
    if (ret_from)
        memset(&from, 0, sizeof(from)); /* bytes past the address stay zero */

    fromlen = sizeof(from.u);
    n = recvfrom(fd, buf, len, flags | MSG_CMSG_CLOEXEC, ret_from ? &from.u.sa : NULL,
                 ret_from ? &fromlen : NULL);
    if (n < 0)
        return FDK__NEG_ERRNO();

    if (ret_from) {
        if (fromlen > sizeof(from.u)) /* the kernel reports the full length if it truncated */
            fromlen = sizeof(from.u);
        if (fromlen == 0 && unix_domain) {
            /*
             * A Unix sender that never bound has no address, and the kernel
             * then reports none (length 0).  fdkit spells that address the
             * way getpeername() and accept() do for an unbound peer: the
             * family alone (the "unnamed" address, "unix:").
             */
            from.u.un.sun_family = AF_UNIX;
            fromlen = sizeof(sa_family_t);
        }
        from.len = fromlen;
        *ret_from = from;
    }
    return n;
}

ssize_t fdk_udp_recvfrom(fdk_udp s, void *buf, size_t len, fdk_sockaddr *ret_from, int flags)
{
    return dgram_recvfrom(s.fd, buf, len, ret_from, flags, 0);
}

ssize_t fdk_unix_dgram_recvfrom(fdk_unix_dgram s, void *buf, size_t len, fdk_sockaddr *ret_from,
                                int flags)
{
    return dgram_recvfrom(s.fd, buf, len, ret_from, flags, 1);
}
