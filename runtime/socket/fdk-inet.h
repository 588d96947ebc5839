/* SPDX-License-Identifier: MIT */
/*
 * Private helpers shared by tcp.c and udp.c: checking an IP address and the
 * open flags, and creating an IPv4/IPv6 socket with fdkit's option bits
 * applied.  Not installed; everything is static so nothing is exported.
 */
#ifndef FDK_INET_H
#define FDK_INET_H

#include "fdk-internal.h"

#include <fdkit/socket.h>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

/*
 * The open-flag bits that mean something for an IP socket fdkit binds:
 * the option bits are applied between socket() and bind(), the only moment
 * they take effect.  MKDIR and KEEP_PATH are Unix-only.
 */
#define FDK__INET_BIND_BITS (FDK_SOCKET_REUSEADDR | FDK_SOCKET_REUSEPORT | FDK_SOCKET_V6ONLY)

/*
 * The family of an address handed to bind() or connect(): AF_INET or
 * AF_INET6, -EINVAL for an empty address (len 0) or a length no address
 * has, -EAFNOSUPPORT for any other family.  Whether len is right for the
 * family is left to the kernel, which says -EINVAL itself.
 */
static inline int fdk__inet_addr_family(const fdk_sockaddr *a)
{
    if (a->len < sizeof(sa_family_t) || a->len > sizeof(a->u))
        return -EINVAL;
    if (a->u.sa.sa_family != AF_INET && a->u.sa.sa_family != AF_INET6)
        return -EAFNOSUPPORT;
    return a->u.sa.sa_family;
}

/*
 * Open flags of a call on an IP socket of `family` that honours the option
 * bits in `allowed` (a subset of FDK__INET_BIND_BITS).  The caller has
 * already refused bits outside FDK_SOCKET_OPEN_ALL; what is left to refuse
 * here are known bits that would do nothing for this call (MKDIR, REUSEPORT
 * where nothing is bound, V6ONLY on IPv4), so a mistake does not pass
 * silently.
 */
static inline int fdk__inet_check_flags(int flags, int family, int allowed)
{
    if (flags & ~(FDK_SOCKET_NONBLOCK | FDK_SOCKET_CLOEXEC | allowed))
        return -EINVAL;
    if ((flags & FDK_SOCKET_V6ONLY) && family != AF_INET6)
        return -EINVAL;
    return 0;
}

/* setsockopt of an int option.  It never waits: EINTR is retried. */
static inline int fdk__setsockopt_int(int fd, int level, int name, int value)
{
    if (FDK__RETRY_EINTR(setsockopt(fd, level, name, &value, sizeof(value))) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

/*
 * socket(family, type) with SOCK_CLOEXEC always and SOCK_NONBLOCK when
 * asked, then the option bits of flags (REUSEADDR, REUSEPORT, V6ONLY).  On
 * failure the socket is closed (once: close is never retried) and *ret_fd
 * is untouched.  socket() does not wait and the kernel never reports EINTR
 * for it, so there is no retry loop.
 */
static inline int fdk__inet_socket(int family, int type, int protocol, int flags, int *ret_fd)
{
    int fd, err = 0;

    type |= SOCK_CLOEXEC;
    if (flags & FDK_SOCKET_NONBLOCK)
        type |= SOCK_NONBLOCK;
    fd = socket(family, type, protocol);
    if (fd < 0)
        return FDK__NEG_ERRNO();

    if (flags & FDK_SOCKET_REUSEADDR)
        err = fdk__setsockopt_int(fd, SOL_SOCKET, SO_REUSEADDR, 1);
    if (err == 0 && (flags & FDK_SOCKET_REUSEPORT))
        err = fdk__setsockopt_int(fd, SOL_SOCKET, SO_REUSEPORT, 1);
    if (err == 0 && (flags & FDK_SOCKET_V6ONLY))
        err = fdk__setsockopt_int(fd, IPPROTO_IPV6, IPV6_V6ONLY, 1);
    if (err < 0) {
        fdk__close_quietly(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

/*
 * A socket of `type` bound to addr, for fdk_tcp_listen() and fdk_udp_bind():
 * the address and flags are checked first, the option bits are set before
 * bind, and on any failure the socket is closed and *ret_fd not written.
 * Binding an IP address does not wait; EINTR is retried (the kernel does not
 * report it here today, and a bind that failed bound nothing).
 */
static inline int fdk__inet_bound(const fdk_sockaddr *addr, int flags, int type, int protocol,
                                  int *ret_fd)
{
    int family, fd, err;

    if (!addr)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_OPEN_ALL)
        return -EINVAL;
    family = fdk__inet_addr_family(addr);
    if (family < 0)
        return family;
    err = fdk__inet_check_flags(flags, family, FDK__INET_BIND_BITS);
    if (err < 0)
        return err;
    err = fdk__inet_socket(family, type, protocol, flags, &fd);
    if (err < 0)
        return err;
    if (FDK__RETRY_EINTR(bind(fd, &addr->u.sa, addr->len)) < 0) {
        err = FDK__NEG_ERRNO();
        fdk__close_quietly(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

#endif /* FDK_INET_H */
