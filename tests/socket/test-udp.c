/* SPDX-License-Identifier: MIT */
/*
 * UDP on loopback and the datagram receive with the sender's address:
 * bound sockets exchange datagrams and recvfrom reports the sender exactly
 * (length and bytes); a connected socket sends without an address and
 * hears only its peer; connecting to NULL dissolves that; an unbound socket
 * is bound by its first send; REUSEADDR/REUSEPORT/V6ONLY take effect; PEEK,
 * TRUNC and empty datagrams; the address is written only on success; the
 * same receive on Unix datagram sockets reports unnamed and abstract
 * senders.  IPv6 parts run only when ::1 can be bound.
 */
#include "inet-test.h"

#include <sys/un.h>

static void bound_exchange(int family)
{
    fdk_udp a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    fdk_sockaddr aaddr, baddr, from;
    char buf[64];

    udp_bind_lo(family, &a, 0, &aaddr);
    udp_bind_lo(family, &b, FDK_SOCKET_NONBLOCK, &baddr);
    ASSERT_EQ(aaddr.len, inet_len(family));

    ASSERT_EQ(fdk_udp_sendto(a, "hello", 5, &baddr, 0), 5);
    memset(&from, 0x5a, sizeof(from));
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), 5);
    ASSERT_MEM_EQ(buf, "hello", 5);
    assert_same_addr(&from, &aaddr);

    /* and back, to a blocking socket, without asking who sent it */
    ASSERT_EQ(fdk_udp_sendto(b, "back", 4, &aaddr, 0), 4);
    ASSERT_EQ(fdk_udp_recvfrom(a, buf, sizeof(buf), NULL, 0), 4);
    ASSERT_MEM_EQ(buf, "back", 4);

    /* nothing queued: -EAGAIN, and the address is not written */
    from.len = 77;
    ASSERT_ERR(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), EAGAIN);
    ASSERT_ERR(fdk_udp_recvfrom(a, buf, sizeof(buf), &from, FDK_SOCKET_DONTWAIT), EAGAIN);
    ASSERT_EQ(from.len, 77);

    ASSERT_OK(fdk_udp_close(&a));
    ASSERT_OK(fdk_udp_close(&b));
}

static void test_bound_v4(void)
{
    bound_exchange(AF_INET);
}

static void test_bound_v6(void)
{
    if (!have_ipv6_loopback()) {
        printf("# IPv6 part skipped: ::1 cannot be bound\n");
        return;
    }
    bound_exchange(AF_INET6);
}

/*
 * PEEK leaves the datagram queued; TRUNC reports its real length when the
 * buffer is smaller; a zero-length buffer still takes one datagram (that is
 * what a datagram receive does), and an empty datagram reads as 0 with its
 * sender.
 */
static void test_peek_trunc_empty(void)
{
    fdk_udp a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    fdk_sockaddr aaddr, baddr, from;
    char buf[64];

    udp_bind_lo(AF_INET, &a, 0, &aaddr);
    udp_bind_lo(AF_INET, &b, FDK_SOCKET_NONBLOCK, &baddr);

    ASSERT_EQ(fdk_udp_sendto(a, "0123456789", 10, &baddr, 0), 10);
    ASSERT_EQ(fdk_udp_recvfrom(b, NULL, 0, NULL, FDK_SOCKET_PEEK | FDK_SOCKET_TRUNC), 10);
    memset(buf, 0, sizeof(buf));
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, 4, &from, FDK_SOCKET_PEEK), 4);
    ASSERT_MEM_EQ(buf, "0123", 4);
    assert_same_addr(&from, &aaddr);
    memset(buf, 0, sizeof(buf));
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, 4, &from, FDK_SOCKET_TRUNC), 10);
    ASSERT_MEM_EQ(buf, "0123\0", 5); /* only 4 bytes copied; the rest is gone */
    ASSERT_ERR(fdk_udp_recvfrom(b, buf, sizeof(buf), NULL, 0), EAGAIN);

    ASSERT_EQ(fdk_udp_sendto(a, "drop", 4, &baddr, 0), 4);
    ASSERT_EQ(fdk_udp_recvfrom(b, NULL, 0, NULL, 0), 0);
    ASSERT_ERR(fdk_udp_recvfrom(b, buf, sizeof(buf), NULL, 0), EAGAIN);

    /* an empty datagram (sent raw: the generated send skips len 0) */
    ASSERT_EQ(sendto(a.fd, "", 0, 0, &baddr.u.sa, baddr.len), 0);
    memset(&from, 0, sizeof(from));
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), 0);
    assert_same_addr(&from, &aaddr);

    ASSERT_OK(fdk_udp_close(&a));
    ASSERT_OK(fdk_udp_close(&b));
}

/*
 * connect: sends need no address, the peer address is reported, and only
 * the peer's datagrams are received (a third socket's are not).  NULL
 * dissolves the association: no peer (-ENOTCONN), sends need an address
 * again (-EDESTADDRREQ), and anyone's datagrams arrive.
 */
static void test_connected(void)
{
    fdk_udp a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, x = FDK_HANDLE_INIT;
    fdk_sockaddr aaddr, baddr, xaddr, from, p;
    char buf[64];

    udp_bind_lo(AF_INET, &a, FDK_SOCKET_NONBLOCK, &aaddr);
    udp_bind_lo(AF_INET, &b, FDK_SOCKET_NONBLOCK, &baddr);
    udp_bind_lo(AF_INET, &x, 0, &xaddr);

    ASSERT_ERR(fdk_socket_peer_addr(fdk_udp_socket(a), &p), ENOTCONN);
    ASSERT_OK(fdk_udp_connect(a, &baddr));
    ASSERT_OK(fdk_socket_peer_addr(fdk_udp_socket(a), &p));
    assert_same_addr(&p, &baddr);

    ASSERT_EQ(fdk_udp_send(a, "to-b", 4, 0), 4);
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), 4);
    assert_same_addr(&from, &aaddr);

    /* x is not a's peer: its datagram is not delivered to a; b's is */
    ASSERT_EQ(fdk_udp_sendto(x, "from-x", 6, &aaddr, 0), 6);
    ASSERT_EQ(fdk_udp_sendto(b, "from-b", 6, &aaddr, 0), 6);
    memset(buf, 0, sizeof(buf));
    ASSERT_EQ(fdk_udp_recvfrom(a, buf, sizeof(buf), &from, 0), 6);
    ASSERT_STREQ(buf, "from-b");
    assert_same_addr(&from, &baddr);
    ASSERT_ERR(fdk_udp_recvfrom(a, buf, sizeof(buf), &from, 0), EAGAIN);

    /* dissolve (twice: the second is a no-op) */
    ASSERT_OK(fdk_udp_connect(a, NULL));
    ASSERT_OK(fdk_udp_connect(a, NULL));
    ASSERT_ERR(fdk_socket_peer_addr(fdk_udp_socket(a), &p), ENOTCONN);
    ASSERT_ERR(fdk_udp_send(a, "x", 1, 0), EDESTADDRREQ);
    /*
     * The bound IP address survives; the port does only if the caller chose
     * it: one the kernel picked (bind to port 0) is released by the
     * dissolve, and the next send or connect picks a fresh one (udp(7)).
     */
    ASSERT_EQ(fdk_udp_sendto(a, "a-to-x", 6, &xaddr, 0), 6);
    ASSERT_EQ(fdk_udp_recvfrom(x, buf, sizeof(buf), &p, 0), 6);
    ASSERT_EQ(p.u.in4.sin_addr.s_addr, aaddr.u.in4.sin_addr.s_addr);
    ASSERT_OK(fdk_socket_local_addr(fdk_udp_socket(a), &from));
    assert_same_addr(&from, &p);
    ASSERT_EQ(fdk_udp_sendto(x, "x-now", 5, &p, 0), 5);
    memset(buf, 0, sizeof(buf));
    ASSERT_EQ(fdk_udp_recvfrom(a, buf, sizeof(buf), &from, 0), 5);
    ASSERT_STREQ(buf, "x-now");
    assert_same_addr(&from, &xaddr);

    ASSERT_OK(fdk_udp_close(&a));
    ASSERT_OK(fdk_udp_close(&b));
    ASSERT_OK(fdk_udp_close(&x));
}

/* An unbound socket gets its port from its first send (or connect). */
static void test_open_unbound(void)
{
    fdk_udp u = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, c = FDK_HANDLE_INIT;
    fdk_sockaddr baddr, uaddr, from;
    int v = 0;
    char buf[8];

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(u.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(u.fd));
    ASSERT_OK(fdk_socket_get_type(fdk_udp_socket(u), &v));
    ASSERT_EQ(v, SOCK_DGRAM);
    ASSERT_OK(fdk_socket_get_protocol(fdk_udp_socket(u), &v));
    ASSERT_EQ(v, IPPROTO_UDP);
    ASSERT_OK(fdk_socket_local_addr(fdk_udp_socket(u), &uaddr));
    ASSERT_EQ(fdk_sockaddr_port(&uaddr), 0);

    udp_bind_lo(AF_INET, &b, 0, &baddr);
    ASSERT_EQ(fdk_udp_sendto(u, "u", 1, &baddr, 0), 1);
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), 1);
    ASSERT_OK(fdk_socket_local_addr(fdk_udp_socket(u), &uaddr));
    ASSERT_TRUE(fdk_sockaddr_port(&uaddr) > 0);
    ASSERT_EQ(fdk_sockaddr_port(&from), fdk_sockaddr_port(&uaddr));

    ASSERT_OK(fdk_udp_open(&c, AF_INET, FDK_SOCKET_NONBLOCK | FDK_SOCKET_CLOEXEC));
    ASSERT_TRUE(fdk_test_is_nonblock(c.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(c.fd));
    ASSERT_OK(fdk_udp_connect(c, &baddr));
    ASSERT_EQ(fdk_udp_send(c, "c", 1, 0), 1);
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), 1);
    ASSERT_EQ(buf[0], 'c');

    if (have_ipv6_loopback()) {
        fdk_udp u6 = FDK_HANDLE_INIT;
        bool on = false;
        ASSERT_OK(fdk_udp_open(&u6, AF_INET6, FDK_SOCKET_V6ONLY));
        ASSERT_OK(fdk_socket_get_v6only(fdk_udp_socket(u6), &on));
        ASSERT_TRUE(on);
        ASSERT_OK(fdk_socket_get_domain(fdk_udp_socket(u6), &v));
        ASSERT_EQ(v, AF_INET6);
        ASSERT_OK(fdk_udp_close(&u6));
    }

    ASSERT_OK(fdk_udp_close(&u));
    ASSERT_OK(fdk_udp_close(&b));
    ASSERT_OK(fdk_udp_close(&c));
}

/* REUSEADDR / REUSEPORT are set before bind and let a second socket share the port. */
static void test_reuse(void)
{
    fdk_udp a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, x = {.fd = -7};
    fdk_sockaddr addr;
    bool on = false;
    const int reuse = FDK_SOCKET_REUSEADDR | FDK_SOCKET_REUSEPORT;

    udp_bind_lo(AF_INET, &a, reuse, &addr);
    ASSERT_OK(fdk_socket_get_reuseaddr(fdk_udp_socket(a), &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_socket_get_reuseport(fdk_udp_socket(a), &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_udp_bind(&b, &addr, reuse));
    ASSERT_OK(fdk_udp_close(&b));
    ASSERT_OK(fdk_udp_close(&a));

    udp_bind_lo(AF_INET, &a, 0, &addr);
    ASSERT_OK(fdk_socket_get_reuseport(fdk_udp_socket(a), &on));
    ASSERT_TRUE(!on);
    ASSERT_ERR(fdk_udp_bind(&x, &addr, reuse), EADDRINUSE);
    ASSERT_ERR(fdk_udp_bind(&x, &addr, 0), EADDRINUSE);
    ASSERT_EQ(x.fd, -7);
    ASSERT_OK(fdk_udp_close(&a));
}

/* Bad arguments: refused before any descriptor exists; outputs untouched. */
static void test_invalid_arguments(void)
{
    fdk_udp u = {.fd = -7}, real = FDK_HANDLE_INIT;
    fdk_sockaddr v4 = loopback(AF_INET, 0), un, empty = {0}, from = {.len = 55};
    const int unknown = unknown_bit(FDK_SOCKET_OPEN_ALL);
    char buf[4];
    int before = fdk_test_count_fds();

    ASSERT_OK(fdk_sockaddr_unix(&un, "/tmp/fdkit-test-never-bound.sock"));

    ASSERT_ERR(fdk_udp_open(NULL, AF_INET, 0), EINVAL);
    ASSERT_ERR(fdk_udp_open(&u, AF_UNIX, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_udp_open(&u, AF_UNSPEC, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_udp_open(&u, AF_INET, unknown), EINVAL);
    ASSERT_ERR(fdk_udp_open(&u, AF_INET, FDK_SOCKET_V6ONLY), EINVAL);
    ASSERT_ERR(fdk_udp_open(&u, AF_INET, FDK_SOCKET_REUSEADDR), EINVAL); /* nothing bound */
    ASSERT_ERR(fdk_udp_open(&u, AF_INET6, FDK_SOCKET_REUSEPORT), EINVAL);
    ASSERT_ERR(fdk_udp_open(&u, AF_INET, FDK_SOCKET_MKDIR), EINVAL);

    ASSERT_ERR(fdk_udp_bind(NULL, &v4, 0), EINVAL);
    ASSERT_ERR(fdk_udp_bind(&u, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_udp_bind(&u, &v4, unknown), EINVAL);
    ASSERT_ERR(fdk_udp_bind(&u, &v4, FDK_SOCKET_V6ONLY), EINVAL);
    ASSERT_ERR(fdk_udp_bind(&u, &v4, FDK_SOCKET_KEEP_PATH), EINVAL);
    ASSERT_ERR(fdk_udp_bind(&u, &empty, 0), EINVAL);
    ASSERT_ERR(fdk_udp_bind(&u, &un, 0), EAFNOSUPPORT);
    ASSERT_EQ(u.fd, -7);

    ASSERT_ERR(fdk_udp_connect(fdk_udp_adopt(-1), &v4), EBADF);
    ASSERT_ERR(fdk_udp_connect(fdk_udp_adopt(-1), NULL), EBADF);
    ASSERT_ERR(fdk_udp_recvfrom(fdk_udp_adopt(-1), buf, sizeof(buf), &from, 0), EBADF);
    ASSERT_EQ(fdk_test_count_fds(), before);

    ASSERT_OK(fdk_udp_open(&real, AF_INET, FDK_SOCKET_NONBLOCK));
    ASSERT_ERR(fdk_udp_connect(real, &un), EAFNOSUPPORT);
    ASSERT_ERR(fdk_udp_connect(real, &empty), EINVAL);
    ASSERT_ERR(fdk_udp_recvfrom(real, NULL, 4, &from, 0), EINVAL);
    ASSERT_ERR(fdk_udp_recvfrom(real, buf, sizeof(buf), &from, unknown_bit(FDK_SOCKET_RECV_ALL)),
               EINVAL);
    ASSERT_ERR(fdk_udp_recvfrom(real, buf, sizeof(buf), &from, FDK_SOCKET_MORE), EINVAL);
    ASSERT_EQ(from.len, 55);
    ASSERT_OK(fdk_udp_close(&real));
}

/*
 * fdk_unix_dgram_recvfrom: an unbound sender is reported as the unnamed
 * Unix address (family only, "unix:"), a bound one by its exact address.
 * (Raw sockets, so this does not depend on the Unix constructors.)
 */
static void test_unix_dgram_recvfrom(void)
{
    int sv[2], named;
    fdk_unix_dgram r;
    fdk_sockaddr from, name, rname;
    char buf[32], text[FDK_SOCKADDR_STRLEN];
    char abstract[64];
    socklen_t len;

    make_pair(SOCK_DGRAM, sv);
    r = fdk_unix_dgram_adopt(sv[0]);
    ASSERT_EQ(send(sv[1], "anon", 4, 0), 4);
    memset(&from, 0x5a, sizeof(from));
    ASSERT_EQ(fdk_unix_dgram_recvfrom(r, buf, sizeof(buf), &from, 0), 4);
    ASSERT_EQ(from.len, sizeof(sa_family_t));
    ASSERT_EQ(from.u.un.sun_family, AF_UNIX);
    ASSERT_EQ(fdk_sockaddr_format(&from, text, sizeof(text)), 5);
    ASSERT_STREQ(text, "unix:");

    /* a sender bound to an abstract name, to a receiver bound to another */
    snprintf(abstract, sizeof(abstract), "fdkit-test-udp-%ld-r", (long)getpid());
    ASSERT_OK(fdk_sockaddr_unix_abstract(&rname, abstract, strlen(abstract)));
    snprintf(abstract, sizeof(abstract), "fdkit-test-udp-%ld-s", (long)getpid());
    ASSERT_OK(fdk_sockaddr_unix_abstract(&name, abstract, strlen(abstract)));
    close(sv[1]);
    close(sv[0]);
    sv[0] = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    named = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(sv[0] >= 0 && named >= 0);
    ASSERT_EQ(bind(sv[0], &rname.u.sa, rname.len), 0);
    ASSERT_EQ(bind(named, &name.u.sa, name.len), 0);
    ASSERT_EQ(sendto(named, "named", 5, 0, &rname.u.sa, rname.len), 5);
    r = fdk_unix_dgram_adopt(sv[0]);
    memset(&from, 0x5a, sizeof(from));
    ASSERT_EQ(fdk_unix_dgram_recvfrom(r, buf, sizeof(buf), &from, FDK_SOCKET_DONTWAIT), 5);
    assert_same_addr(&from, &name);
    len = (socklen_t)from.len;
    ASSERT_EQ(len, offsetof(struct sockaddr_un, sun_path) + 1 + strlen(abstract));
    from.len = 66;
    ASSERT_ERR(fdk_unix_dgram_recvfrom(r, buf, sizeof(buf), &from, FDK_SOCKET_DONTWAIT), EAGAIN);
    ASSERT_EQ(from.len, 66);
    close(named);
    close(sv[0]);
}

int main(void)
{
    alarm(45);
    RUN(test_bound_v4);
    RUN(test_bound_v6);
    RUN(test_peek_trunc_empty);
    RUN(test_connected);
    RUN(test_open_unbound);
    RUN(test_reuse);
    RUN(test_invalid_arguments);
    RUN(test_unix_dgram_recvfrom);
    return 0;
}
