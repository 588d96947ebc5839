/* SPDX-License-Identifier: MIT */
/*
 * TCP behaviour cases, written once for either address family:
 * test-tcp.c runs them over IPv4 loopback, test-tcp6.c over IPv6 loopback
 * (TCP_CASE_TESTS and RUN_TCP_CASES at the end).  Each case closes
 * everything it opens (RUN() checks for leaks).
 */
#ifndef FDK_TCP_CASES_H
#define FDK_TCP_CASES_H

#include "inet-test.h"

#include <signal.h>

/*
 * Listener, blocking connect, accept with the peer address; the addresses
 * seen from both ends agree exactly; data goes both ways, in messages of
 * several sizes, each echoed back by the server end.
 */
static inline void case_echo(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr addr, peer, a;
    static char out[4096], in[4096];
    static const size_t sizes[] = {1, 7, 100, 1000, 4096};

    tcp_listen_lo(family, &l, 8, 0, &addr);
    ASSERT_EQ(addr.len, inet_len(family));
    ASSERT_TRUE(!fdk_test_is_nonblock(l.fd));

    ASSERT_EQ(fdk_tcp_connect(&c, &addr, 0), 0);
    ASSERT_TRUE(fdk_test_is_cloexec(c.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(c.fd));

    memset(&peer, 0x5a, sizeof(peer));
    ASSERT_OK(fdk_tcp_accept(l, &s, &peer, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(s.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(s.fd));

    /* accept's peer is the client's own address, exactly (length and bytes) */
    ASSERT_EQ(peer.len, inet_len(family));
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_stream_socket(c), &a));
    ASSERT_EQ(a.len, peer.len);
    ASSERT_EQ(fdk_sockaddr_equal(&peer, &a), 1);
    ASSERT_MEM_EQ(&peer.u, &a.u, peer.len);
    /* the server end's peer says the same; the client's peer is the listener */
    ASSERT_OK(fdk_socket_peer_addr(fdk_tcp_stream_socket(s), &a));
    ASSERT_EQ(fdk_sockaddr_equal(&peer, &a), 1);
    ASSERT_OK(fdk_socket_peer_addr(fdk_tcp_stream_socket(c), &a));
    ASSERT_EQ(fdk_sockaddr_equal(&addr, &a), 1);
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_stream_socket(s), &a));
    ASSERT_EQ(fdk_sockaddr_equal(&addr, &a), 1);

    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        size_t n = sizes[i];
        for (size_t k = 0; k < n; k++)
            out[k] = (char)(k * 7 + i);
        tcp_send_all(c, out, n);
        tcp_recv_exact(s, in, n);
        ASSERT_MEM_EQ(in, out, n);
        tcp_send_all(s, in, n); /* echo */
        memset(in, 0, n);
        tcp_recv_exact(c, in, n);
        ASSERT_MEM_EQ(in, out, n);
    }

    ASSERT_OK(fdk_tcp_stream_close(&c));
    /* the client's close is the server's end of input */
    ASSERT_EQ(fdk_tcp_stream_recv(s, in, sizeof(in), 0), 0);
    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_OK(fdk_tcp_listener_close(&l));
    ASSERT_EQ(l.fd, -1);
}

/* accept without a peer buffer, and a second accept on the same listener. */
static inline void case_accept_without_peer(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c1 = FDK_HANDLE_INIT, c2 = FDK_HANDLE_INIT;
    fdk_tcp_stream s1 = FDK_HANDLE_INIT, s2 = FDK_HANDLE_INIT;
    fdk_sockaddr addr, peer;
    char b = 0;

    tcp_listen_lo(family, &l, 4, 0, &addr);
    ASSERT_EQ(fdk_tcp_connect(&c1, &addr, 0), 0);
    ASSERT_EQ(fdk_tcp_connect(&c2, &addr, 0), 0);
    ASSERT_OK(fdk_tcp_accept(l, &s1, NULL, 0));
    ASSERT_OK(fdk_tcp_accept(l, &s2, &peer, 0));
    ASSERT_EQ(peer.len, inet_len(family));
    /* the two connections are distinct and each works */
    tcp_send_all(c1, "1", 1);
    tcp_send_all(c2, "2", 1);
    tcp_recv_exact(s1, &b, 1);
    ASSERT_EQ(b, '1');
    tcp_recv_exact(s2, &b, 1);
    ASSERT_EQ(b, '2');
    ASSERT_OK(fdk_tcp_stream_close(&c1));
    ASSERT_OK(fdk_tcp_stream_close(&c2));
    ASSERT_OK(fdk_tcp_stream_close(&s1));
    ASSERT_OK(fdk_tcp_stream_close(&s2));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * Non-blocking connect to a listening port: either connected at once (0) or
 * started (FDK_SOCKET_IN_PROGRESS, handle written) and finished after POLLOUT.
 * Asking again after success still says 0.
 */
static inline void case_nonblocking_connect(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    char b = 0;
    int r;

    tcp_listen_lo(family, &l, 4, 0, &addr);
    r = fdk_tcp_connect(&c, &addr, FDK_SOCKET_NONBLOCK);
    ASSERT_TRUE(r == 0 || r == FDK_SOCKET_IN_PROGRESS);
    ASSERT_TRUE(c.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(c.fd));
    ASSERT_TRUE(fdk_test_is_nonblock(c.fd));
    if (r == FDK_SOCKET_IN_PROGRESS)
        ASSERT_TRUE(wait_fd(c.fd, POLLOUT) & POLLOUT);
    ASSERT_EQ(fdk_tcp_connect_finish(c), 0);
    ASSERT_EQ(fdk_tcp_connect_finish(c), 0);

    ASSERT_OK(fdk_tcp_accept(l, &s, NULL, 0));
    tcp_send_all(c, "n", 1);
    tcp_recv_exact(s, &b, 1);
    ASSERT_EQ(b, 'n');
    /* the client stays non-blocking: nothing to read is -EAGAIN */
    ASSERT_ERR(fdk_tcp_stream_recv(c, &b, 1, 0), EAGAIN);
    tcp_pair_close(&l, &c, &s);
}

/*
 * A connect that cannot finish yet: the listener's accept queue is full
 * (backlog 1 holds two finished connections), so the kernel drops the next
 * SYN and that client stays in SYN_SENT, retransmitting.  finish says
 * -EINPROGRESS and poll shows no POLLOUT; once a queued connection is
 * accepted, the retransmitted SYN gets through and finish says 0.
 */
static inline void case_connect_in_progress(int family)
{
    enum { MAX = 16 };
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c[MAX], s = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    int n = 0, waiting = -1;

    tcp_listen_lo(family, &l, 1, 0, &addr);
    while (n < MAX && waiting < 0) {
        int r = fdk_tcp_connect(&c[n], &addr, FDK_SOCKET_NONBLOCK);
        ASSERT_TRUE(r == 0 || r == FDK_SOCKET_IN_PROGRESS);
        if (r == FDK_SOCKET_IN_PROGRESS && fdk_tcp_connect_finish(c[n]) == -EINPROGRESS &&
            !(poll_now(c[n].fd, POLLOUT) & POLLOUT))
            waiting = n;
        n++;
    }
    ASSERT_TRUE(waiting >= 0);
    ASSERT_ERR(fdk_tcp_connect_finish(c[waiting]), EINPROGRESS); /* asking again changes nothing */

    /* make room in the queue; the client's next SYN retransmission connects it */
    ASSERT_OK(fdk_tcp_accept(l, &s, NULL, 0));
    while (fdk_tcp_connect_finish(c[waiting]) == -EINPROGRESS)
        ASSERT_TRUE(wait_fd(c[waiting].fd, POLLOUT) & POLLOUT);
    ASSERT_EQ(fdk_tcp_connect_finish(c[waiting]), 0);

    for (int i = 0; i < n; i++)
        ASSERT_OK(fdk_tcp_stream_close(&c[i]));
    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * Non-blocking connect to a port where nothing listens: -ECONNREFUSED at
 * once (handle untouched, nothing left open), or IN_PROGRESS and then
 * -ECONNREFUSED from finish.  Once that error has been reported, finish
 * says -ENOTCONN, not -EINPROGRESS forever.
 */
static inline void case_nonblocking_connect_refused(int family)
{
    fdk_tcp_stream c = {.fd = -7};
    fdk_sockaddr addr;
    int hold = closed_port(family, &addr);
    int r;

    r = fdk_tcp_connect(&c, &addr, FDK_SOCKET_NONBLOCK);
    if (r == FDK_SOCKET_IN_PROGRESS) {
        ASSERT_TRUE(c.fd >= 0);
        wait_fd(c.fd, POLLOUT);
        ASSERT_ERR(fdk_tcp_connect_finish(c), ECONNREFUSED);
        ASSERT_ERR(fdk_tcp_connect_finish(c), ENOTCONN);
        ASSERT_OK(fdk_tcp_stream_close(&c));
    } else {
        ASSERT_ERR(r, ECONNREFUSED);
        ASSERT_EQ(c.fd, -7);
    }
    close(hold);
}

/* Blocking connect to a closed port: -ECONNREFUSED, handle untouched, no fd left (RUN). */
static inline void case_blocking_connect_refused(int family)
{
    fdk_tcp_stream c = {.fd = -7};
    fdk_sockaddr addr;
    int hold = closed_port(family, &addr);
    int before = fdk_test_count_fds();

    ASSERT_ERR(fdk_tcp_connect(&c, &addr, 0), ECONNREFUSED);
    ASSERT_EQ(c.fd, -7);
    ASSERT_EQ(fdk_test_count_fds(), before);
    close(hold);
}

/*
 * Half close: after the client shuts down its sending side the server reads
 * end of input (0) and can still answer; the client reads the answer and
 * its own sends fail with -EPIPE (no SIGPIPE: MSG_NOSIGNAL).
 */
static inline void case_shutdown_half_close(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    char buf[16];

    tcp_pair(family, &l, &c, &s);
    tcp_send_all(c, "last", 4);
    ASSERT_OK(fdk_tcp_stream_shutdown(c, SHUT_WR));
    tcp_recv_exact(s, buf, 4);
    ASSERT_MEM_EQ(buf, "last", 4);
    ASSERT_EQ(fdk_tcp_stream_recv(s, buf, sizeof(buf), 0), 0);
    ASSERT_EQ(fdk_tcp_stream_recv(s, buf, sizeof(buf), 0), 0); /* EOF stays EOF */

    tcp_send_all(s, "reply", 5);
    tcp_recv_exact(c, buf, 5);
    ASSERT_MEM_EQ(buf, "reply", 5);
    ASSERT_ERR(fdk_tcp_stream_send(c, "x", 1, 0), EPIPE);

    ASSERT_OK(fdk_tcp_stream_shutdown(s, SHUT_WR));
    ASSERT_EQ(fdk_tcp_stream_recv(c, buf, sizeof(buf), 0), 0);
    tcp_pair_close(&l, &c, &s);
}

/*
 * Sending to a peer that closed: SIGPIPE is left at its default action (it
 * would kill the test), and the send fails with -EPIPE.  The first send after
 * the peer's FIN still succeeds (the data leaves); the peer answers with a
 * reset, after which the socket is in error (POLLERR/POLLHUP) and every send
 * is -EPIPE.
 */
static inline void case_send_to_closed_peer(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    sigset_t set, pending;
    char b;

    ASSERT_TRUE(signal(SIGPIPE, SIG_DFL) != SIG_ERR);
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    ASSERT_EQ(sigprocmask(SIG_UNBLOCK, &set, NULL), 0);

    tcp_pair(family, &l, &c, &s);
    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_EQ(fdk_tcp_stream_recv(c, &b, 1, 0), 0); /* the peer's FIN has arrived */
    ASSERT_EQ(fdk_tcp_stream_send(c, "x", 1, 0), 1);
    wait_fd(c.fd, 0); /* only POLLERR / POLLHUP can wake this: the reset */
    ASSERT_ERR(fdk_tcp_stream_send(c, "y", 1, 0), EPIPE);
    ASSERT_ERR(fdk_tcp_stream_send(c, "z", 1, 0), EPIPE);
    ASSERT_EQ(sigpending(&pending), 0);
    ASSERT_EQ(sigismember(&pending, SIGPIPE), 0);
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * accept: O_NONBLOCK on the new connection exactly when asked, FD_CLOEXEC
 * always, -EAGAIN from a non-blocking listener with an empty queue (handle
 * untouched), and flags that are not accept flags refused before any call.
 */
static inline void case_accept_flags(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c[3], s = {.fd = -7};
    fdk_sockaddr addr, peer = {.len = 99};
    static const int flags[3] = {0, FDK_SOCKET_NONBLOCK, FDK_SOCKET_CLOEXEC};

    tcp_listen_lo(family, &l, 8, FDK_SOCKET_NONBLOCK, &addr);
    ASSERT_TRUE(fdk_test_is_nonblock(l.fd));
    ASSERT_ERR(fdk_tcp_accept(l, &s, &peer, 0), EAGAIN);
    ASSERT_EQ(s.fd, -7);
    ASSERT_EQ(peer.len, 99);

    ASSERT_ERR(fdk_tcp_accept(l, &s, NULL, FDK_SOCKET_REUSEADDR), EINVAL);
    ASSERT_ERR(fdk_tcp_accept(l, &s, NULL, FDK_SOCKET_MKDIR), EINVAL);
    ASSERT_ERR(fdk_tcp_accept(l, &s, NULL, unknown_bit(FDK_SOCKET_OPEN_ALL)), EINVAL);
    ASSERT_ERR(fdk_tcp_accept(l, NULL, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_accept(fdk_tcp_listener_adopt(-1), &s, NULL, 0), EBADF);
    ASSERT_EQ(s.fd, -7);

    for (int i = 0; i < 3; i++) {
        fdk_tcp_stream a = FDK_HANDLE_INIT;
        ASSERT_EQ(fdk_tcp_connect(&c[i], &addr, 0), 0);
        wait_fd(l.fd, POLLIN);
        ASSERT_OK(fdk_tcp_accept(l, &a, NULL, flags[i]));
        ASSERT_TRUE(fdk_test_is_cloexec(a.fd));
        ASSERT_EQ(fdk_test_is_nonblock(a.fd), (flags[i] & FDK_SOCKET_NONBLOCK) != 0);
        ASSERT_OK(fdk_tcp_stream_close(&a));
        ASSERT_OK(fdk_tcp_stream_close(&c[i]));
    }
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * REUSEADDR and REUSEPORT are set before bind (read back with getsockopt),
 * and REUSEPORT really lets a second listener share the port; without the
 * flags both options are off and the second bind is -EADDRINUSE.
 */
static inline void case_reuse_flags(int family)
{
    fdk_tcp_listener a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, x = {.fd = -7};
    fdk_sockaddr addr, addr2;
    bool on = false;
    const int reuse = FDK_SOCKET_REUSEADDR | FDK_SOCKET_REUSEPORT;

    tcp_listen_lo(family, &a, 4, reuse, &addr);
    ASSERT_OK(fdk_socket_get_reuseaddr(fdk_tcp_listener_socket(a), &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_socket_get_reuseport(fdk_tcp_listener_socket(a), &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_tcp_listen(&b, &addr, 4, reuse));
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(b), &addr2));
    ASSERT_EQ(fdk_sockaddr_equal(&addr, &addr2), 1);
    ASSERT_ERR(fdk_tcp_listen(&x, &addr, 4, FDK_SOCKET_REUSEADDR), EADDRINUSE);
    ASSERT_EQ(x.fd, -7);
    ASSERT_OK(fdk_tcp_listener_close(&b));
    ASSERT_OK(fdk_tcp_listener_close(&a));

    tcp_listen_lo(family, &a, 4, 0, &addr);
    ASSERT_OK(fdk_socket_get_reuseaddr(fdk_tcp_listener_socket(a), &on));
    ASSERT_TRUE(!on);
    ASSERT_OK(fdk_socket_get_reuseport(fdk_tcp_listener_socket(a), &on));
    ASSERT_TRUE(!on);
    ASSERT_ERR(fdk_tcp_listen(&x, &addr, 4, 0), EADDRINUSE);
    ASSERT_ERR(fdk_tcp_listen(&x, &addr, 4, reuse), EADDRINUSE);
    ASSERT_EQ(x.fd, -7);
    ASSERT_OK(fdk_tcp_listener_close(&a));
}

/* A negative backlog means SOMAXCONN; the socket really listens; O_NONBLOCK as asked. */
static inline void case_listen_options(int family)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    bool on = false;

    tcp_listen_lo(family, &l, -1, 0, &addr);
    ASSERT_OK(fdk_socket_get_acceptconn(fdk_tcp_listener_socket(l), &on));
    ASSERT_TRUE(on);
    assert_kind(fdk_tcp_listener_socket(l), SOCK_STREAM, family, IPPROTO_TCP);
    ASSERT_TRUE(!fdk_test_is_nonblock(l.fd));
    ASSERT_OK(fdk_tcp_listener_close(&l));

    tcp_listen_lo(family, &l, 0, FDK_SOCKET_NONBLOCK | FDK_SOCKET_CLOEXEC, &addr);
    ASSERT_TRUE(fdk_test_is_nonblock(l.fd));
    ASSERT_OK(fdk_tcp_listener_close(&l));
}

/*
 * Every case above, in the order the tests run them.  A test file defines
 * test_<case>(void) over its family with TCP_CASE_TESTS(AF_INET) and runs
 * them all, each under RUN(), with RUN_TCP_CASES().
 */
#define TCP_CASES(X, family)                                                                       \
    X(echo, family)                                                                                \
    X(accept_without_peer, family)                                                                 \
    X(nonblocking_connect, family)                                                                 \
    X(connect_in_progress, family)                                                                 \
    X(nonblocking_connect_refused, family)                                                         \
    X(blocking_connect_refused, family)                                                            \
    X(shutdown_half_close, family)                                                                 \
    X(send_to_closed_peer, family)                                                                 \
    X(accept_flags, family)                                                                        \
    X(reuse_flags, family)                                                                         \
    X(listen_options, family)

#define TCP_CASE_TEST_(name, family)                                                               \
    static void test_##name(void)                                                                  \
    {                                                                                              \
        case_##name(family);                                                                       \
    }
#define TCP_CASE_RUN_(name, family) RUN(test_##name);

#define TCP_CASE_TESTS(family) TCP_CASES(TCP_CASE_TEST_, family)
#define RUN_TCP_CASES()        TCP_CASES(TCP_CASE_RUN_, unused)

#endif /* FDK_TCP_CASES_H */
