/* SPDX-License-Identifier: MIT */
/*
 * Socket options on loopback sockets: every generated setter is read back
 * through its getter (buffer sizes in effective bytes, timeouts in
 * microseconds, linger in seconds with -1 for off); a receive timeout
 * really ends a blocking recv with -EAGAIN; the error getter reports a
 * refused connection once and then 0; the read-only getters (type, domain,
 * protocol, acceptconn, peercred); TCP_INFO decoded (state, byte counts);
 * and SO_PEERPIDFD gives a pidfd of our own process over a socket pair
 * (last: the test is skipped there when the kernel predates it).
 */
#include "inet-test.h"

#include <netinet/tcp.h>
#include <sys/un.h>

/* A boolean option: on, read back; off, read back. */
#define CHECK_BOOL(name, s)                                                                        \
    do {                                                                                           \
        bool on_ = false;                                                                          \
        ASSERT_OK(fdk_socket_set_##name((s), true));                                               \
        ASSERT_OK(fdk_socket_get_##name((s), &on_));                                               \
        ASSERT_TRUE(on_);                                                                          \
        ASSERT_OK(fdk_socket_set_##name((s), false));                                              \
        ASSERT_OK(fdk_socket_get_##name((s), &on_));                                               \
        ASSERT_TRUE(!on_);                                                                         \
    } while (0)

/* An int-like option: set v, read back exactly v. */
#define CHECK_VALUE(name, s, type, v)                                                              \
    do {                                                                                           \
        type got_ = 0;                                                                             \
        ASSERT_OK(fdk_socket_set_##name((s), (v)));                                                \
        ASSERT_OK(fdk_socket_get_##name((s), &got_));                                              \
        ASSERT_EQ(got_, (v));                                                                      \
    } while (0)

/* TCP and socket-level options on a connected TCP stream. */
static void test_tcp_stream_options(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_socket cs;

    tcp_pair(AF_INET, &l, &c, &s);
    cs = fdk_tcp_stream_socket(c);

    CHECK_BOOL(reuseaddr, cs);
    CHECK_BOOL(reuseport, cs);
    CHECK_BOOL(keepalive, cs);
    CHECK_BOOL(oobinline, cs);
    CHECK_BOOL(nodelay, cs);
    CHECK_BOOL(cork, cs);

    CHECK_VALUE(keepidle, cs, int, 30);
    CHECK_VALUE(keepintvl, cs, int, 7);
    CHECK_VALUE(keepcnt, cs, int, 4);
    CHECK_VALUE(syncnt, cs, int, 3);
    CHECK_VALUE(linger2, cs, int, 10);
    CHECK_VALUE(rcvlowat, cs, int, 100);
    CHECK_VALUE(rcvlowat, cs, int, 1);
    CHECK_VALUE(user_timeout, cs, unsigned int, 1500u);
    CHECK_VALUE(user_timeout, cs, unsigned int, 0u);
    CHECK_VALUE(incoming_cpu, cs, int, 0);

    tcp_pair_close(&l, &c, &s);
}

/* Options that only mean something on a listener, and acceptconn on both kinds. */
static void test_listener_options(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_socket ls;
    bool on = true;
    int v = 0;

    tcp_pair(AF_INET, &l, &c, &s);
    ls = fdk_tcp_listener_socket(l);
    ASSERT_OK(fdk_socket_get_acceptconn(ls, &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_socket_get_acceptconn(fdk_tcp_stream_socket(c), &on));
    ASSERT_TRUE(!on);

    /* the kernel keeps DEFER_ACCEPT as SYN-ACK retransmissions: 3 s is an exact step (1 + 2) */
    CHECK_VALUE(defer_accept, ls, int, 3);
    CHECK_VALUE(defer_accept, ls, int, 0);
    ASSERT_OK(fdk_socket_set_defer_accept(ls, 5)); /* rounded up to the next step */
    ASSERT_OK(fdk_socket_get_defer_accept(ls, &v));
    ASSERT_TRUE(v >= 5);

    CHECK_VALUE(fastopen, ls, int, 5);

    tcp_pair_close(&l, &c, &s);
}

/*
 * Buffer sizes speak in effective bytes: the setter hands the kernel half,
 * the kernel doubles it, the getter reports what the kernel uses.  Values
 * within [the kernel's minimum, 2 x net.core.rmem_max / wmem_max] read back
 * exactly.
 */
static void test_buffer_sizes(void)
{
    fdk_udp u = FDK_HANDLE_INIT;
    fdk_socket us;
    static const size_t sizes[] = {16384, 65536, 100000};

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    us = fdk_udp_socket(u);
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        CHECK_VALUE(rcvbuf, us, size_t, sizes[i]);
        CHECK_VALUE(sndbuf, us, size_t, sizes[i]);
    }
    ASSERT_OK(fdk_udp_close(&u));
}

/* Datagram-only and IPv6-only options. */
static void test_udp_options(void)
{
    fdk_udp u = FDK_HANDLE_INIT;

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    CHECK_BOOL(broadcast, fdk_udp_socket(u));
    ASSERT_OK(fdk_udp_close(&u));

    if (have_ipv6_loopback()) {
        ASSERT_OK(fdk_udp_open(&u, AF_INET6, 0));
        CHECK_BOOL(v6only, fdk_udp_socket(u));
        ASSERT_OK(fdk_udp_close(&u));
    } else {
        printf("# v6only skipped: no IPv6 loopback\n");
    }
}

/* SO_ZEROCOPY (Linux 4.14) and SO_BUSY_POLL (raising it needs CAP_NET_ADMIN). */
static void test_zerocopy_busy_poll(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_socket cs;
    int r, v = -1;

    tcp_pair(AF_INET, &l, &c, &s);
    cs = fdk_tcp_stream_socket(c);
    r = fdk_socket_set_zerocopy(cs, true);
    if (r == -ENOPROTOOPT || r == -EOPNOTSUPP)
        printf("# zerocopy skipped: the kernel lacks SO_ZEROCOPY\n");
    else
        CHECK_BOOL(zerocopy, cs);

    r = fdk_socket_set_busy_poll(cs, 50);
    if (r == -EPERM) {
        printf("# busy_poll above the current value skipped: needs CAP_NET_ADMIN\n");
        ASSERT_OK(fdk_socket_get_busy_poll(cs, &v));
        ASSERT_TRUE(v >= 0);
    } else {
        ASSERT_OK(r);
        ASSERT_OK(fdk_socket_get_busy_poll(cs, &v));
        ASSERT_EQ(v, 50);
        CHECK_VALUE(busy_poll, cs, int, 0);
    }
    ASSERT_ERR(fdk_socket_set_busy_poll(cs, -1), EINVAL);

    tcp_pair_close(&l, &c, &s);
}

/* SO_LINGER in seconds, -1 = off. */
static void test_linger(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_socket cs;
    int v = 99;

    tcp_pair(AF_INET, &l, &c, &s);
    cs = fdk_tcp_stream_socket(c);
    ASSERT_OK(fdk_socket_get_linger(cs, &v));
    ASSERT_EQ(v, -1); /* off by default */
    CHECK_VALUE(linger, cs, int, 5);
    CHECK_VALUE(linger, cs, int, 0);
    CHECK_VALUE(linger, cs, int, -1);
    ASSERT_ERR(fdk_socket_set_linger(cs, -2), EINVAL);
    tcp_pair_close(&l, &c, &s);
}

/*
 * Timeouts in microseconds.  The kernel keeps them in clock ticks, rounding
 * up, so whole seconds read back exactly at any HZ and a fraction reads
 * back at least as long.  A receive timeout really ends a blocking recv with
 * -EAGAIN (no claim about how long it took).
 */
static void test_timeouts(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_socket cs;
    uint64_t t = 1;
    char b;

    tcp_pair(AF_INET, &l, &c, &s);
    cs = fdk_tcp_stream_socket(c);
    ASSERT_OK(fdk_socket_get_rcvtimeo(cs, &t));
    ASSERT_EQ_U64(t, 0);
    CHECK_VALUE(rcvtimeo, cs, uint64_t, 2000000u);
    CHECK_VALUE(sndtimeo, cs, uint64_t, 3000000u);
    CHECK_VALUE(sndtimeo, cs, uint64_t, 0u);

    ASSERT_OK(fdk_socket_set_rcvtimeo(cs, 50000));
    ASSERT_OK(fdk_socket_get_rcvtimeo(cs, &t));
    ASSERT_TRUE(t >= 50000 && t < 1000000);
    ASSERT_TRUE(!fdk_test_is_nonblock(c.fd));
    ASSERT_ERR(fdk_tcp_stream_recv(c, &b, 1, 0), EAGAIN);

    tcp_pair_close(&l, &c, &s);
}

/*
 * SO_ERROR: a refused connection is reported once as -ECONNREFUSED, then 0
 * (reading clears it).  Over TCP (a non-blocking connect to a closed port)
 * and over connected UDP (an ICMP port-unreachable for a datagram).
 */
static void test_error(void)
{
    fdk_tcp_stream c = FDK_HANDLE_INIT;
    fdk_udp u = FDK_HANDLE_INIT, gone = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    int hold = closed_port(AF_INET, &addr);
    int r, err = 1;

    r = fdk_tcp_connect(&c, &addr, FDK_SOCKET_NONBLOCK);
    if (r == FDK_SOCKET_IN_PROGRESS) {
        wait_fd(c.fd, POLLOUT);
        ASSERT_OK(fdk_socket_get_error(fdk_tcp_stream_socket(c), &err));
        ASSERT_EQ(err, -ECONNREFUSED);
        ASSERT_OK(fdk_socket_get_error(fdk_tcp_stream_socket(c), &err));
        ASSERT_EQ(err, 0);
        ASSERT_OK(fdk_tcp_stream_close(&c));
    } else {
        ASSERT_ERR(r, ECONNREFUSED); /* refused at once: the TCP half has nothing to read */
        printf("# TCP half skipped: the loopback refused the connect synchronously\n");
    }
    close(hold);

    /* a UDP port nobody has: bind one, note it, close it */
    udp_bind_lo(AF_INET, &gone, 0, &addr);
    ASSERT_OK(fdk_udp_close(&gone));
    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    ASSERT_OK(fdk_udp_connect(u, &addr));
    ASSERT_EQ(fdk_udp_send(u, "?", 1, 0), 1);
    ASSERT_TRUE(wait_fd(u.fd, 0) & POLLERR); /* only POLLERR can wake this */
    ASSERT_OK(fdk_socket_get_error(fdk_udp_socket(u), &err));
    ASSERT_EQ(err, -ECONNREFUSED);
    ASSERT_OK(fdk_socket_get_error(fdk_udp_socket(u), &err));
    ASSERT_EQ(err, 0);
    ASSERT_OK(fdk_udp_close(&u));
}

/* type, domain, protocol of each kind; peercred over a Unix pair is us. */
static void test_identity_getters(void)
{
    fdk_udp u = FDK_HANDLE_INIT;
    struct fdk_ucred cred = {0, 0, 0};
    int sv[2], v = 0;
    bool on = false;

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    assert_kind(fdk_udp_socket(u), SOCK_DGRAM, AF_INET, IPPROTO_UDP);
    ASSERT_OK(fdk_socket_get_acceptconn(fdk_udp_socket(u), &on));
    ASSERT_TRUE(!on);
    ASSERT_OK(fdk_udp_close(&u));

    make_pair(SOCK_STREAM, sv);
    ASSERT_OK(fdk_socket_get_domain(sock_of(sv[0]), &v));
    ASSERT_EQ(v, AF_UNIX);
    ASSERT_OK(fdk_socket_get_type(sock_of(sv[0]), &v));
    ASSERT_EQ(v, SOCK_STREAM);
    ASSERT_OK(fdk_socket_get_peercred(sock_of(sv[0]), &cred));
    ASSERT_EQ(cred.pid, getpid());
    ASSERT_EQ(cred.uid, getuid());
    ASSERT_EQ(cred.gid, getgid());
    CHECK_BOOL(passcred, sock_of(sv[1]));
    close_pair(sv);
}

/*
 * TCP_INFO: both ends ESTABLISHED, the listener LISTEN; the byte counters
 * (appended to the struct in Linux 4.1/4.2, past what glibc declares) are
 * decoded: the receiver has received exactly what was sent.  Not TCP:
 * refused, output untouched.
 */
static void test_tcp_info(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_udp u = FDK_HANDLE_INIT;
    struct fdk_tcp_info ti;
    static char buf[3000];
    int sv[2];

    tcp_pair(AF_INET, &l, &c, &s);
    memset(&ti, 0xff, sizeof(ti));
    ASSERT_OK(fdk_socket_get_tcp_info(fdk_tcp_stream_socket(c), &ti));
    ASSERT_EQ(ti.state, TCP_ESTABLISHED);
    ASSERT_TRUE(ti.snd_mss > 0);
    ASSERT_TRUE(ti.rto_us > 0);
    ASSERT_TRUE(ti.snd_cwnd > 0);
    ASSERT_TRUE(ti.segs_out >= 2); /* at least SYN and the handshake's ACK */

    memset(buf, 'd', sizeof(buf));
    tcp_send_all(c, buf, sizeof(buf));
    tcp_recv_exact(s, buf, sizeof(buf));
    memset(&ti, 0xff, sizeof(ti));
    ASSERT_OK(fdk_socket_get_tcp_info(fdk_tcp_stream_socket(s), &ti));
    ASSERT_EQ(ti.state, TCP_ESTABLISHED);
    ASSERT_EQ_U64(ti.bytes_received, sizeof(buf));
    ASSERT_TRUE(ti.segs_in >= 2);
    ASSERT_TRUE(ti.rcv_mss > 0);

    ASSERT_OK(fdk_socket_get_tcp_info(fdk_tcp_listener_socket(l), &ti));
    ASSERT_EQ(ti.state, TCP_LISTEN);

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    memset(&ti, 0x5a, sizeof(ti));
    ASSERT_TRUE(fdk_socket_get_tcp_info(fdk_udp_socket(u), &ti) < 0);
    ASSERT_EQ(ti.state, 0x5a);
    ASSERT_OK(fdk_udp_close(&u));
    make_pair(SOCK_STREAM, sv);
    ASSERT_TRUE(fdk_socket_get_tcp_info(sock_of(sv[0]), &ti) < 0);
    ASSERT_EQ(ti.state, 0x5a);
    close_pair(sv);

    ASSERT_ERR(fdk_socket_get_tcp_info(sock_of(-1), &ti), EBADF);
    ASSERT_ERR(fdk_socket_get_tcp_info(fdk_tcp_stream_socket(c), NULL), EINVAL);

    tcp_pair_close(&l, &c, &s);
}

/* Local / peer address argument checks; an unbound Unix socket is unnamed. */
static void test_addr_getters(void)
{
    fdk_sockaddr a = {.len = 33};
    int sv[2];

    ASSERT_ERR(fdk_socket_local_addr(sock_of(-1), &a), EBADF);
    ASSERT_ERR(fdk_socket_peer_addr(sock_of(-1), &a), EBADF);
    ASSERT_EQ(a.len, 33);
    make_pair(SOCK_STREAM, sv);
    ASSERT_ERR(fdk_socket_local_addr(sock_of(sv[0]), NULL), EINVAL);
    ASSERT_ERR(fdk_socket_peer_addr(sock_of(sv[0]), NULL), EINVAL);
    ASSERT_OK(fdk_socket_local_addr(sock_of(sv[0]), &a));
    ASSERT_EQ(a.len, sizeof(sa_family_t));
    ASSERT_EQ(a.u.un.sun_family, AF_UNIX);
    a.len = 33;
    ASSERT_OK(fdk_socket_peer_addr(sock_of(sv[0]), &a));
    ASSERT_EQ(a.len, sizeof(sa_family_t));
    close_pair(sv);
    ASSERT_ERR(fdk_socket_local_addr(sock_of(sv[0]), &a), EBADF); /* closed now */
}

/*
 * SO_PEERPIDFD over a socket pair: a close-on-exec pidfd of this very
 * process.  A socket with no peer process (TCP) is refused without creating
 * anything.  Kernels before 6.5 answer -ENOPROTOOPT: the test is skipped
 * there (this case runs last, after everything else has passed).
 */
static void test_peerpidfd(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    int sv[2], pfd = -7, r, before;

    make_pair(SOCK_STREAM, sv);
    r = fdk_socket_get_peerpidfd(sock_of(sv[0]), &pfd);
    if (r == -ENOPROTOOPT) {
        close_pair(sv);
        fdk_test_skip("the kernel has no SO_PEERPIDFD (Linux 6.5)");
    }
    ASSERT_OK(r);
    ASSERT_TRUE(pfd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(pfd));
    ASSERT_EQ(fdk_test_pidfd_pid(pfd), getpid());
    close(pfd);
    ASSERT_ERR(fdk_socket_get_peerpidfd(sock_of(sv[0]), NULL), EINVAL);
    ASSERT_ERR(fdk_socket_get_peerpidfd(sock_of(-1), &pfd), EBADF);
    close_pair(sv);

    tcp_pair(AF_INET, &l, &c, &s);
    before = fdk_test_count_fds();
    pfd = -7;
    ASSERT_TRUE(fdk_socket_get_peerpidfd(fdk_tcp_stream_socket(c), &pfd) < 0);
    ASSERT_EQ(pfd, -7);
    ASSERT_EQ(fdk_test_count_fds(), before);
    tcp_pair_close(&l, &c, &s);
}

int main(void)
{
    alarm(45);
    RUN(test_tcp_stream_options);
    RUN(test_listener_options);
    RUN(test_buffer_sizes);
    RUN(test_udp_options);
    RUN(test_zerocopy_busy_poll);
    RUN(test_linger);
    RUN(test_timeouts);
    RUN(test_error);
    RUN(test_identity_getters);
    RUN(test_tcp_info);
    RUN(test_addr_getters);
    RUN(test_peerpidfd); /* last: may skip the whole test on old kernels */
    return 0;
}
