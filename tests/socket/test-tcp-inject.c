/* SPDX-License-Identifier: MIT */
/*
 * Failure paths of tcp.c, udp.c and sockopt.c, driven by fault injection
 * (tests/inject): every step after socket() that fails (setsockopt, bind,
 * listen, connect) closes the socket exactly once (never retried, even when
 * close itself reports EINTR) and leaves the out-parameter untouched; calls
 * that do not wait retry EINTR; a blocking connect interrupted by a signal
 * is completed with poll + SO_ERROR and connect() is never called twice;
 * accept skips ECONNABORTED and EPROTO and hands EINTR back (it waits); receive
 * hands EINTR back too; address queries
 * write their outputs only on success.
 */
#include "inet-test.h"
#include "fdk-inject.h"

static const fdk_tcp_listener L_SENTINEL = {.fd = -7};
static const fdk_tcp_stream S_SENTINEL = {.fd = -7};

/* fdk_tcp_listen on 127.0.0.1:0 with flags fails with err after the given calls. */
static void listen_fails(int flags, int err, unsigned setsockopts, unsigned binds, unsigned listens,
                         unsigned closes)
{
    fdk_tcp_listener l = L_SENTINEL;
    fdk_sockaddr a = loopback(AF_INET, 0);

    ASSERT_ERR(fdk_tcp_listen(&l, &a, 4, flags), err);
    ASSERT_EQ(l.fd, -7);
    ASSERT_EQ(fdk_inject_calls("socket"), 1);
    ASSERT_EQ(fdk_inject_calls("setsockopt"), setsockopts);
    ASSERT_EQ(fdk_inject_calls("bind"), binds);
    ASSERT_EQ(fdk_inject_calls("listen"), listens);
    ASSERT_EQ(fdk_inject_calls("close"), closes);
    fdk_inject_reset();
}

static void test_listen_step_fails(void)
{
    const int reuse = FDK_SOCKET_REUSEADDR | FDK_SOCKET_REUSEPORT;

    fdk_inject_reset();
    fdk_inject_fail("socket", 1, 1, EMFILE);
    listen_fails(reuse, EMFILE, 0, 0, 0, 0); /* nothing to close */

    fdk_inject_fail("setsockopt", 1, 1, ENOMEM); /* REUSEADDR */
    listen_fails(reuse, ENOMEM, 1, 0, 0, 1);

    fdk_inject_fail("setsockopt", 2, 1, ENOBUFS); /* REUSEPORT */
    listen_fails(reuse, ENOBUFS, 2, 0, 0, 1);

    fdk_inject_fail("bind", 1, 1, EADDRINUSE);
    listen_fails(reuse, EADDRINUSE, 2, 1, 0, 1);

    fdk_inject_fail("bind", 1, 1, EACCES);
    listen_fails(0, EACCES, 0, 1, 0, 1);

    fdk_inject_fail("listen", 1, 1, ENOBUFS);
    listen_fails(reuse, ENOBUFS, 2, 1, 1, 1);

    if (have_ipv6_loopback()) {
        fdk_tcp_listener l = L_SENTINEL;
        fdk_sockaddr a6 = loopback(AF_INET6, 0);

        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, ENOPROTOOPT); /* V6ONLY */
        ASSERT_ERR(fdk_tcp_listen(&l, &a6, 4, FDK_SOCKET_V6ONLY), ENOPROTOOPT);
        ASSERT_EQ(l.fd, -7);
        ASSERT_EQ(fdk_inject_calls("close"), 1);
        ASSERT_EQ(fdk_inject_calls("bind"), 0);
        fdk_inject_reset();
    }
}

/* The cleanup close reports EINTR after really closing: it is not retried. */
static void test_cleanup_close_not_retried(void)
{
    fdk_tcp_listener l = L_SENTINEL;
    fdk_udp u = {.fd = -7};
    fdk_sockaddr a = loopback(AF_INET, 0);

    fdk_inject_reset();
    fdk_inject_fail("bind", 1, 1, EADDRNOTAVAIL);
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_ERR(fdk_tcp_listen(&l, &a, 4, 0), EADDRNOTAVAIL);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(fdk_inject_fired(), 2);
    ASSERT_EQ(l.fd, -7);

    fdk_inject_reset();
    fdk_inject_fail("bind", 1, 1, EADDRNOTAVAIL);
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_udp_bind(&u, &a, 0), EADDRNOTAVAIL);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(u.fd, -7);
    fdk_inject_reset();
}

/* setsockopt, bind and listen never wait: an EINTR from them is retried. */
static void test_listen_eintr_retried(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_sockaddr a = loopback(AF_INET, 0);

    fdk_inject_reset();
    fdk_inject_fail("setsockopt", 1, 1, EINTR);
    fdk_inject_fail("bind", 1, 1, EINTR);
    fdk_inject_fail("listen", 1, 2, EINTR);
    ASSERT_OK(fdk_tcp_listen(&l, &a, 4, FDK_SOCKET_REUSEADDR));
    ASSERT_EQ(fdk_inject_calls("setsockopt"), 2);
    ASSERT_EQ(fdk_inject_calls("bind"), 2);
    ASSERT_EQ(fdk_inject_calls("listen"), 3);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/* connect failures (other than EINTR / EINPROGRESS) close the socket once. */
static void test_connect_fails(void)
{
    fdk_tcp_stream c = S_SENTINEL;
    fdk_sockaddr a = loopback(AF_INET, 9);

    fdk_inject_reset();
    fdk_inject_fail("socket", 1, 1, ENFILE);
    ASSERT_ERR(fdk_tcp_connect(&c, &a, 0), ENFILE);
    ASSERT_EQ(fdk_inject_calls("connect"), 0);
    ASSERT_EQ(fdk_inject_calls("close"), 0);

    fdk_inject_reset();
    fdk_inject_fail("connect", 1, 1, ENETUNREACH);
    ASSERT_ERR(fdk_tcp_connect(&c, &a, 0), ENETUNREACH);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    fdk_inject_reset();
    fdk_inject_fail("connect", 1, 1, EADDRNOTAVAIL);
    ASSERT_ERR(fdk_tcp_connect(&c, &a, FDK_SOCKET_NONBLOCK), EADDRNOTAVAIL);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(c.fd, -7);
    fdk_inject_reset();
}

/*
 * A blocking connect interrupted by a signal, after the kernel connected
 * (fail_after: the real call ran): fdkit waits with poll, reads SO_ERROR,
 * confirms with getpeername, and never calls connect again.  The stream works.
 */
static void test_connect_eintr_completed(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    char b = 0;

    tcp_listen_lo(AF_INET, &l, 4, 0, &addr);
    fdk_inject_reset();
    fdk_inject_fail_after("connect", 1, EINTR);
    ASSERT_EQ(fdk_tcp_connect(&c, &addr, 0), 0);
    ASSERT_EQ(fdk_inject_calls("connect"), 1);
    ASSERT_TRUE(fdk_inject_calls("poll") >= 1);
    ASSERT_TRUE(fdk_inject_calls("getsockopt") >= 1);
    ASSERT_TRUE(fdk_inject_calls("getpeername") >= 1);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    ASSERT_EQ(fdk_inject_fired(), 1);

    /* the same, with the wait itself interrupted twice: poll is restarted */
    fdk_inject_reset();
    fdk_tcp_stream c2 = FDK_HANDLE_INIT;
    fdk_inject_fail_after("connect", 1, EINTR);
    fdk_inject_fail("poll", 1, 2, EINTR);
    ASSERT_EQ(fdk_tcp_connect(&c2, &addr, 0), 0);
    ASSERT_EQ(fdk_inject_calls("connect"), 1);
    ASSERT_TRUE(fdk_inject_calls("poll") >= 3);
    fdk_inject_reset();

    ASSERT_OK(fdk_tcp_accept(l, &s, NULL, 0));
    tcp_send_all(c, "k", 1);
    tcp_recv_exact(s, &b, 1);
    ASSERT_EQ(b, 'k');
    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_OK(fdk_tcp_accept(l, &s, NULL, 0));
    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_stream_close(&c2));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * EINTR reported without the kernel having started anything (fail: the
 * real call was not made): the socket never connects, poll reports POLLHUP
 * at once, and the outcome is -ENOTCONN with the socket closed, not a hang
 * and not a second connect().  A failing SO_ERROR read after EINTR is
 * reported and closes the socket too.
 */
static void test_connect_eintr_failures(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = S_SENTINEL;
    fdk_sockaddr addr;

    tcp_listen_lo(AF_INET, &l, 4, 0, &addr);
    fdk_inject_reset();
    fdk_inject_fail("connect", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_connect(&c, &addr, 0), ENOTCONN);
    ASSERT_EQ(fdk_inject_calls("connect"), 1);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(c.fd, -7);

    fdk_inject_reset();
    fdk_inject_fail_after("connect", 1, EINTR);
    fdk_inject_fail("getsockopt", 1, 1, ENOBUFS);
    ASSERT_ERR(fdk_tcp_connect(&c, &addr, 0), ENOBUFS);
    ASSERT_EQ(fdk_inject_calls("connect"), 1);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(c.fd, -7);

    fdk_inject_reset();
    fdk_inject_fail("poll", 1, 1, ENOMEM);
    fdk_inject_fail_after("connect", 1, EINTR);
    ASSERT_ERR(fdk_tcp_connect(&c, &addr, 0), ENOMEM);
    ASSERT_EQ(c.fd, -7);
    fdk_inject_reset();

    /* the two connections the kernel did make die with the listener */
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/* A non-blocking connect that reports EINTR has started, like EINPROGRESS. */
static void test_nonblocking_connect_eintr(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT;
    fdk_sockaddr addr;

    tcp_listen_lo(AF_INET, &l, 4, 0, &addr);
    fdk_inject_reset();
    fdk_inject_fail_after("connect", 1, EINTR);
    ASSERT_EQ(fdk_tcp_connect(&c, &addr, FDK_SOCKET_NONBLOCK), FDK_SOCKET_IN_PROGRESS);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    fdk_inject_reset();
    while (fdk_tcp_connect_finish(c) == -EINPROGRESS)
        wait_fd(c.fd, POLLOUT);
    ASSERT_EQ(fdk_tcp_connect_finish(c), 0);
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/* connect_finish reports its own getsockopt / getpeername failures, and retries EINTR. */
static void test_connect_finish_failures(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT;
    fdk_sockaddr addr;

    tcp_listen_lo(AF_INET, &l, 4, 0, &addr);
    ASSERT_EQ(fdk_tcp_connect(&c, &addr, 0), 0);
    fdk_inject_reset();
    fdk_inject_fail("getsockopt", 1, 1, ENOTSOCK);
    ASSERT_ERR(fdk_tcp_connect_finish(c), ENOTSOCK);
    fdk_inject_fail("getpeername", 1, 1, ENOBUFS);
    ASSERT_ERR(fdk_tcp_connect_finish(c), ENOBUFS);
    fdk_inject_reset();
    fdk_inject_fail("getsockopt", 1, 1, EINTR);
    fdk_inject_fail("getpeername", 1, 1, EINTR);
    ASSERT_EQ(fdk_tcp_connect_finish(c), 0);
    ASSERT_EQ(fdk_inject_calls("getsockopt"), 2);
    ASSERT_EQ(fdk_inject_calls("getpeername"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * accept skips EINTR, ECONNABORTED and EPROTO (a connection that died in
 * the queue is not the listener's error) and takes the next connection;
 * any other error is returned with nothing written.
 */
static void test_accept_retries(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = S_SENTINEL;
    fdk_sockaddr addr, peer = {.len = 44}, local;

    tcp_listen_lo(AF_INET, &l, 4, 0, &addr);
    ASSERT_EQ(fdk_tcp_connect(&c, &addr, 0), 0);

    fdk_inject_reset();
    fdk_inject_fail("accept4", 1, 1, EMFILE);
    ASSERT_ERR(fdk_tcp_accept(l, &s, &peer, 0), EMFILE);
    ASSERT_EQ(s.fd, -7);
    ASSERT_EQ(peer.len, 44);
    ASSERT_EQ(fdk_inject_calls("accept4"), 1);

    /* EINTR is handed back (the wait was interrupted on purpose), untouched outputs */
    fdk_inject_reset();
    fdk_inject_fail("accept4", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_accept(l, &s, &peer, 0), EINTR);
    ASSERT_EQ(s.fd, -7);
    ASSERT_EQ(peer.len, 44);
    ASSERT_EQ(fdk_inject_calls("accept4"), 1);

    /* a connection that died in the queue is skipped, not reported */
    fdk_inject_reset();
    fdk_inject_fail("accept4", 1, 1, ECONNABORTED);
    fdk_inject_fail("accept4", 2, 1, EPROTO);
    ASSERT_OK(fdk_tcp_accept(l, &s, &peer, 0));
    ASSERT_EQ(fdk_inject_calls("accept4"), 3);
    ASSERT_EQ(fdk_inject_fired(), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_stream_socket(c), &local));
    ASSERT_EQ(fdk_sockaddr_equal(&peer, &local), 1);

    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/* UDP constructors: each failing step closes once; connect retries EINTR. */
static void test_udp_failures(void)
{
    fdk_udp u = {.fd = -7}, b = FDK_HANDLE_INIT;
    fdk_sockaddr a = loopback(AF_INET, 0), baddr;

    fdk_inject_reset();
    fdk_inject_fail("socket", 1, 1, EAFNOSUPPORT);
    ASSERT_ERR(fdk_udp_open(&u, AF_INET, 0), EAFNOSUPPORT);
    ASSERT_EQ(fdk_inject_calls("close"), 0);

    fdk_inject_reset();
    fdk_inject_fail("setsockopt", 1, 1, ENOMEM);
    ASSERT_ERR(fdk_udp_bind(&u, &a, FDK_SOCKET_REUSEPORT), ENOMEM);
    ASSERT_EQ(fdk_inject_calls("bind"), 0);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    fdk_inject_reset();
    fdk_inject_fail("bind", 1, 1, EADDRINUSE);
    ASSERT_ERR(fdk_udp_bind(&u, &a, 0), EADDRINUSE);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(u.fd, -7);

    fdk_inject_reset();
    udp_bind_lo(AF_INET, &b, FDK_SOCKET_NONBLOCK, &baddr);
    fdk_inject_reset();
    fdk_inject_fail("connect", 1, 1, EINTR);
    ASSERT_OK(fdk_udp_connect(b, &baddr));
    ASSERT_EQ(fdk_inject_calls("connect"), 2);
    fdk_inject_fail("connect", 1, 1, ENETUNREACH);
    ASSERT_ERR(fdk_udp_connect(b, NULL), ENETUNREACH);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&b));
}

/* recvfrom retries EINTR; on failure neither the buffer's sender nor the address is written. */
static void test_recvfrom_failures(void)
{
    fdk_udp a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    fdk_sockaddr aaddr, baddr, from = {.len = 66};
    char buf[8];

    udp_bind_lo(AF_INET, &a, 0, &aaddr);
    udp_bind_lo(AF_INET, &b, FDK_SOCKET_NONBLOCK, &baddr);
    ASSERT_EQ(fdk_udp_sendto(a, "abc", 3, &baddr, 0), 3);

    fdk_inject_reset();
    fdk_inject_fail("recvfrom", 1, 1, ENOMEM);
    ASSERT_ERR(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), ENOMEM);
    ASSERT_EQ(from.len, 66);
    fdk_inject_fail("recvfrom", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), EINTR); /* handed back */
    ASSERT_EQ(from.len, 66);
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof(buf), &from, 0), 3);
    ASSERT_EQ(fdk_inject_calls("recvfrom"), 3); /* ENOMEM, EINTR, then the datagram */
    fdk_inject_reset();
    ASSERT_EQ(fdk_sockaddr_equal(&from, &aaddr), 1);

    ASSERT_OK(fdk_udp_close(&a));
    ASSERT_OK(fdk_udp_close(&b));
}

/* The sockopt.c queries: EINTR retried, other failures leave the output alone. */
static void test_query_failures(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr a = {.len = 11};
    struct fdk_tcp_info ti;
    int sv[2], pfd = -7;

    tcp_pair(AF_INET, &l, &c, &s);
    fdk_inject_reset();
    fdk_inject_fail("getsockname", 1, 1, ENOBUFS);
    ASSERT_ERR(fdk_socket_local_addr(fdk_tcp_stream_socket(c), &a), ENOBUFS);
    fdk_inject_fail("getpeername", 1, 1, ENOBUFS);
    ASSERT_ERR(fdk_socket_peer_addr(fdk_tcp_stream_socket(c), &a), ENOBUFS);
    ASSERT_EQ(a.len, 11);
    fdk_inject_fail("getsockname", 1, 1, EINTR);
    fdk_inject_fail("getpeername", 1, 1, EINTR);
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_stream_socket(c), &a));
    ASSERT_OK(fdk_socket_peer_addr(fdk_tcp_stream_socket(c), &a));
    ASSERT_EQ(fdk_inject_calls("getsockname"), 3);
    ASSERT_EQ(fdk_inject_calls("getpeername"), 3);

    fdk_inject_reset();
    memset(&ti, 0x5a, sizeof(ti));
    fdk_inject_fail("getsockopt", 1, 1, ENOMEM);
    ASSERT_ERR(fdk_socket_get_tcp_info(fdk_tcp_stream_socket(c), &ti), ENOMEM);
    ASSERT_EQ(ti.state, 0x5a);
    fdk_inject_fail("getsockopt", 1, 1, EINTR);
    ASSERT_OK(fdk_socket_get_tcp_info(fdk_tcp_stream_socket(c), &ti));
    ASSERT_EQ(ti.state, TCP_ESTABLISHED);
    fdk_inject_reset();

    make_pair(SOCK_STREAM, sv);
    fdk_inject_fail("getsockopt", 1, 1, EMFILE);
    ASSERT_ERR(fdk_socket_get_peerpidfd(sock_of(sv[0]), &pfd), EMFILE);
    ASSERT_EQ(pfd, -7);
    fdk_inject_reset();
    fdk_inject_fail("getsockopt", 1, 1, EINTR);
    if (fdk_socket_get_peerpidfd(sock_of(sv[0]), &pfd) == 0) {
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 2);
        ASSERT_TRUE(pfd >= 0);
        close(pfd);
    }
    fdk_inject_reset();
    close_pair(sv);

    tcp_pair_close(&l, &c, &s);
}

int main(void)
{
    alarm(45);
    RUN(test_listen_step_fails);
    RUN(test_cleanup_close_not_retried);
    RUN(test_listen_eintr_retried);
    RUN(test_connect_fails);
    RUN(test_connect_eintr_completed);
    RUN(test_connect_eintr_failures);
    RUN(test_nonblocking_connect_eintr);
    RUN(test_connect_finish_failures);
    RUN(test_accept_retries);
    RUN(test_udp_failures);
    RUN(test_recvfrom_failures);
    RUN(test_query_failures);
    return 0;
}
