/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the TCP and UDP tests (test-tcp*.c, test-udp.c,
 * test-options.c, test-tcp-inject.c, ...), on top of socket-test.h:
 * loopback addresses, a TCP listener plus a connected pair in one call (and
 * closing them again), a bound UDP socket, exact-length send and receive,
 * waiting for a descriptor to become ready, and a loopback port where
 * nothing listens.  Everything stays on the loopback interface.
 */
#ifndef FDK_INET_TEST_H
#define FDK_INET_TEST_H

#include "socket-test.h"

#include <poll.h>

/* 127.0.0.1:port or [::1]:port. */
static inline fdk_sockaddr loopback(int family, uint16_t port)
{
    fdk_sockaddr a;

    if (family == AF_INET6)
        ASSERT_OK(fdk_sockaddr_ipv6(&a, "::1", port, 0));
    else
        ASSERT_OK(fdk_sockaddr_ipv4(&a, "127.0.0.1", port));
    return a;
}

/* The length of an address of family: sockaddr_in6 or sockaddr_in. */
static inline size_t inet_len(int family)
{
    return family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in);
}

/* 1 if an IPv6 socket can be bound to ::1 (the kernel has IPv6 and lo has ::1). */
static inline int have_ipv6_loopback(void)
{
    struct sockaddr_in6 a;
    int fd, ok;

    fd = socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    memset(&a, 0, sizeof(a));
    a.sin6_family = AF_INET6;
    a.sin6_addr = in6addr_loopback;
    ok = bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
    close(fd);
    return ok;
}

/* The lowest bit outside `all`: a flag no call knows. */
static inline int unknown_bit(int all)
{
    for (int b = 0; b < 31; b++)
        if (!(all & (1 << b)))
            return 1 << b;
    fdk_test_fail(__FILE__, __LINE__, "no free bit in 0x%x", (unsigned)all);
}

/* Listen on the loopback address of family, port 0; *ret_addr gets the address really bound. */
static inline void tcp_listen_lo(int family, fdk_tcp_listener *l, int backlog, int flags,
                                 fdk_sockaddr *ret_addr)
{
    fdk_sockaddr a = loopback(family, 0);

    ASSERT_OK(fdk_tcp_listen(l, &a, backlog, flags));
    ASSERT_TRUE(l->fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(l->fd));
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(*l), ret_addr));
    ASSERT_EQ(fdk_sockaddr_family(ret_addr), family);
    ASSERT_TRUE(fdk_sockaddr_port(ret_addr) > 0);
}

/* Wait until fd reports one of events (no timeout: tests run under alarm()); returns revents. */
static inline short wait_fd(int fd, short events)
{
    struct pollfd p = {.fd = fd, .events = events, .revents = 0};
    int n;

    do
        n = poll(&p, 1, -1);
    while (n < 0 && errno == EINTR);
    ASSERT_EQ(n, 1);
    return p.revents;
}

/* revents of fd right now (poll with timeout 0), 0 if nothing is ready. */
static inline short poll_now(int fd, short events)
{
    struct pollfd p = {.fd = fd, .events = events, .revents = 0};
    int n;

    do
        n = poll(&p, 1, 0);
    while (n < 0 && errno == EINTR);
    ASSERT_TRUE(n >= 0);
    return n == 0 ? 0 : p.revents;
}

/* A listener on loopback, a blocking client connected to it, and the accepted server end. */
static inline void tcp_pair(int family, fdk_tcp_listener *l, fdk_tcp_stream *c, fdk_tcp_stream *s)
{
    fdk_sockaddr a;

    tcp_listen_lo(family, l, -1, 0, &a);
    ASSERT_EQ(fdk_tcp_connect(c, &a, 0), 0);
    ASSERT_OK(fdk_tcp_accept(*l, s, NULL, 0));
}

/* Close what tcp_pair made, in this order: the client, the server end, the listener. */
static inline void tcp_pair_close(fdk_tcp_listener *l, fdk_tcp_stream *c, fdk_tcp_stream *s)
{
    ASSERT_OK(fdk_tcp_stream_close(c));
    ASSERT_OK(fdk_tcp_stream_close(s));
    ASSERT_OK(fdk_tcp_listener_close(l));
}

/* tcp_pair without the listener: closed once the connection is accepted. */
static inline void tcp_connected(int family, fdk_tcp_stream *c, fdk_tcp_stream *s)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;

    tcp_pair(family, &l, c, s);
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/* Bind a UDP socket to the loopback address of family, port 0; *ret_addr gets the address bound. */
static inline void udp_bind_lo(int family, fdk_udp *u, int flags, fdk_sockaddr *ret_addr)
{
    fdk_sockaddr a = loopback(family, 0);

    ASSERT_OK(fdk_udp_bind(u, &a, flags));
    ASSERT_TRUE(u->fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(u->fd));
    ASSERT_EQ(fdk_test_is_nonblock(u->fd), (flags & FDK_SOCKET_NONBLOCK) != 0);
    ASSERT_OK(fdk_socket_local_addr(fdk_udp_socket(*u), ret_addr));
    ASSERT_TRUE(fdk_sockaddr_port(ret_addr) > 0);
}

/* A socket's type, domain and protocol, as its getters report them. */
static inline void assert_kind(fdk_socket s, int type, int domain, int protocol)
{
    int v = 0;

    ASSERT_OK(fdk_socket_get_type(s, &v));
    ASSERT_EQ(v, type);
    ASSERT_OK(fdk_socket_get_domain(s, &v));
    ASSERT_EQ(v, domain);
    ASSERT_OK(fdk_socket_get_protocol(s, &v));
    ASSERT_EQ(v, protocol);
}

static inline void tcp_send_all(fdk_tcp_stream s, const void *buf, size_t len)
{
    const char *p = buf;

    while (len > 0) {
        ssize_t n = fdk_tcp_stream_send(s, p, len, 0);
        ASSERT_TRUE(n > 0);
        p += n;
        len -= (size_t)n;
    }
}

static inline void tcp_recv_exact(fdk_tcp_stream s, void *buf, size_t len)
{
    char *p = buf;

    while (len > 0) {
        ssize_t n = fdk_tcp_stream_recv(s, p, len, 0);
        ASSERT_TRUE(n > 0);
        p += n;
        len -= (size_t)n;
    }
}

/*
 * A loopback address where nothing listens, kept so: a TCP socket bound to
 * port 0 and never listening.  The kernel answers a SYN to it with a reset
 * (ECONNREFUSED), and the port cannot be taken by anyone else while the
 * returned fd is open.  Close it when done.
 */
static inline int closed_port(int family, fdk_sockaddr *ret_addr)
{
    fdk_sockaddr a = loopback(family, 0);
    int fd;

    fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(bind(fd, &a.u.sa, a.len), 0);
    *ret_addr = local_addr(fd);
    return fd;
}

#endif /* FDK_INET_TEST_H */
