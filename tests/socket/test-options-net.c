/* SPDX-License-Identifier: MIT */
/*
 * The routing, queueing and TCP-tuning options: the firewall mark and the
 * priority (with the permission each needs, checked from an unprivileged
 * child), the interface a socket is bound to and the congestion control
 * algorithm (the two string options: read back, names too long or unknown
 * refused with the old value kept, a buffer too small refused and left
 * untouched), peek offsets that really move where MSG_PEEK reads, the
 * socket cookie, TCP_MAXSEG clamps, quick ACKs, the not-sent low-water mark,
 * TCP_INQ, pacing, window clamps, forced buffer sizes, the binding by index
 * seen by name, the network namespace cookie, and UDP sends with
 * FDK_SOCKET_CONFIRM and FDK_SOCKET_DONTROUTE that really arrive; client
 * Fast Open through FDK_SOCKET_FASTOPEN; and SO_PASSPIDFD's pidfds, handed
 * over by recvmsg and closed by fdk_socket_recv_ancillary.
 */
#include "inet-test.h"

static void mark_needs_privilege(void *arg)
{
    fdk_socket s = *(fdk_socket *)arg;
    unsigned int m = 0;

    ASSERT_ERR(fdk_socket_set_mark(s, 7u), EPERM);
    ASSERT_OK(fdk_socket_get_mark(s, &m));
    ASSERT_EQ(m, 0x42u); /* what root set stays */
}

static void priority_needs_privilege(void *arg)
{
    fdk_socket s = *(fdk_socket *)arg;
    int p = -1;

    ASSERT_OK(fdk_socket_set_priority(s, 6)); /* 0..6 is everyone's */
    ASSERT_ERR(fdk_socket_set_priority(s, 7), EPERM);
    ASSERT_OK(fdk_socket_get_priority(s, &p));
    ASSERT_EQ(p, 6);
}

static void test_mark_priority(void)
{
    fdk_udp u = FDK_HANDLE_INIT;
    fdk_socket s;
    unsigned int m = 1;
    int p = -1;

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    s = fdk_udp_socket(u);
    ASSERT_OK(fdk_socket_get_mark(s, &m));
    ASSERT_EQ(m, 0u);
    ASSERT_OK(fdk_socket_set_priority(s, 3));
    ASSERT_OK(fdk_socket_get_priority(s, &p));
    ASSERT_EQ(p, 3);
    if (geteuid() == 0) {
        ASSERT_OK(fdk_socket_set_mark(s, 0x42u));
        ASSERT_OK(fdk_socket_get_mark(s, &m));
        ASSERT_EQ(m, 0x42u);
        ASSERT_OK(fdk_socket_set_priority(s, 7));
        ASSERT_OK(fdk_socket_get_priority(s, &p));
        ASSERT_EQ(p, 7);
        fdk_test_as_nobody(mark_needs_privilege, &s);
        fdk_test_as_nobody(priority_needs_privilege, &s);
    } else {
        ASSERT_ERR(fdk_socket_set_mark(s, 0x42u), EPERM);
    }
    ASSERT_OK(fdk_udp_close(&u));
}

static void test_bindtodevice(void)
{
    fdk_udp u = FDK_HANDLE_INIT;
    fdk_socket s;
    char name[32], small[2];

    ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
    s = fdk_udp_socket(u);
    memset(name, 0x5a, sizeof name);
    ASSERT_OK(fdk_socket_get_bindtodevice(s, name, sizeof name));
    ASSERT_STREQ(name, ""); /* not bound */

    ASSERT_ERR(fdk_socket_set_bindtodevice(s, NULL), EINVAL);
    ASSERT_ERR(fdk_socket_set_bindtodevice(s, "0123456789abcdef"), EINVAL); /* 16 bytes: one too many */
    ASSERT_ERR(fdk_socket_set_bindtodevice(s, "fdk-nonesuch0"), ENODEV);
    if (geteuid() != 0) {
        ASSERT_OK(fdk_udp_close(&u));
        return; /* binding may need CAP_NET_RAW: the rest runs as root */
    }
    ASSERT_OK(fdk_socket_set_bindtodevice(s, "lo"));
    ASSERT_OK(fdk_socket_get_bindtodevice(s, name, sizeof name));
    ASSERT_STREQ(name, "lo");
    ASSERT_ERR(fdk_socket_set_bindtodevice(s, "fdk-nonesuch0"), ENODEV);
    ASSERT_OK(fdk_socket_get_bindtodevice(s, name, sizeof name));
    ASSERT_STREQ(name, "lo"); /* a refused name changed nothing */

    memset(small, 0x5a, sizeof small);
    ASSERT_ERR(fdk_socket_get_bindtodevice(s, small, sizeof small), ERANGE); /* "lo" needs 3 */
    ASSERT_TRUE(small[0] == 0x5a && small[1] == 0x5a);
    ASSERT_ERR(fdk_socket_get_bindtodevice(s, small, 0), ERANGE);

    ASSERT_OK(fdk_socket_set_bindtodevice(s, "")); /* unbind */
    ASSERT_OK(fdk_socket_get_bindtodevice(s, name, sizeof name));
    ASSERT_STREQ(name, "");
    ASSERT_OK(fdk_udp_close(&u));
}

static void test_congestion(void)
{
    fdk_tcp_stream c = FDK_HANDLE_INIT, sv = FDK_HANDLE_INIT;
    fdk_socket s;
    char name[16], before[16], small[3];

    tcp_connected(AF_INET, &c, &sv);
    s = fdk_tcp_stream_socket(c);
    memset(before, 0x5a, sizeof before);
    ASSERT_OK(fdk_socket_get_congestion(s, before, sizeof before)); /* 16 always suffice */
    ASSERT_TRUE(strlen(before) > 0 && strlen(before) < sizeof before);

    ASSERT_ERR(fdk_socket_set_congestion(s, "fdk-no-such-cc"), ENOENT);
    ASSERT_ERR(fdk_socket_set_congestion(s, "a-name-too-long!"), EINVAL);
    ASSERT_OK(fdk_socket_get_congestion(s, name, sizeof name));
    ASSERT_STREQ(name, before); /* refused names changed nothing */

    ASSERT_OK(fdk_socket_set_congestion(s, "reno")); /* always built in */
    ASSERT_OK(fdk_socket_get_congestion(s, name, sizeof name));
    ASSERT_STREQ(name, "reno");
    memset(small, 0x5a, sizeof small);
    ASSERT_ERR(fdk_socket_get_congestion(s, small, 4 - 1), ERANGE); /* "reno" needs 5 */
    ASSERT_TRUE(small[0] == 0x5a && small[1] == 0x5a && small[2] == 0x5a);
    ASSERT_OK(fdk_socket_get_congestion(s, name, 5)); /* exactly enough */
    ASSERT_STREQ(name, "reno");

    /* not a TCP socket: the option does not exist there */
    {
        fdk_udp u = FDK_HANDLE_INIT;

        ASSERT_OK(fdk_udp_open(&u, AF_INET, 0));
        ASSERT_ERR(fdk_socket_get_congestion(fdk_udp_socket(u), name, sizeof name), EOPNOTSUPP);
        ASSERT_OK(fdk_udp_close(&u));
    }
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_stream_close(&sv));
}

/* With a peek offset, each MSG_PEEK reads on from where the last one stopped. */
static void test_peek_off(void)
{
    int sv[2];
    fdk_unix_stream a, b;
    char buf[4];
    int off = 7;

    make_pair(SOCK_STREAM, sv);
    a = fdk_unix_stream_adopt(sv[0]);
    b = fdk_unix_stream_adopt(sv[1]);
    ASSERT_EQ(fdk_unix_stream_send(a, "abcdef", 6, 0), 6);

    ASSERT_OK(fdk_socket_get_peek_off(fdk_unix_stream_socket(b), &off));
    ASSERT_EQ(off, -1); /* off by default */
    ASSERT_OK(fdk_socket_set_peek_off(fdk_unix_stream_socket(b), 0));
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, 2, FDK_SOCKET_PEEK), 2);
    ASSERT_MEM_EQ(buf, "ab", 2);
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, 2, FDK_SOCKET_PEEK), 2);
    ASSERT_MEM_EQ(buf, "cd", 2); /* the second peek moved on */
    ASSERT_OK(fdk_socket_get_peek_off(fdk_unix_stream_socket(b), &off));
    ASSERT_EQ(off, 4);
    ASSERT_OK(fdk_socket_set_peek_off(fdk_unix_stream_socket(b), -5)); /* any negative: off */
    ASSERT_OK(fdk_socket_get_peek_off(fdk_unix_stream_socket(b), &off));
    ASSERT_EQ(off, -5);
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, 2, FDK_SOCKET_PEEK), 2);
    ASSERT_MEM_EQ(buf, "ab", 2); /* off again: peeks see the front */
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, 4, 0), 4);
    ASSERT_MEM_EQ(buf, "abcd", 4); /* peeking consumed nothing */
    ASSERT_OK(fdk_unix_stream_close(&a));
    ASSERT_OK(fdk_unix_stream_close(&b));
}

static void test_cookie(void)
{
    fdk_udp u1 = FDK_HANDLE_INIT, u2 = FDK_HANDLE_INIT;
    uint64_t c1 = 0, c1b = 0, c2 = 0;

    ASSERT_OK(fdk_udp_open(&u1, AF_INET, 0));
    ASSERT_OK(fdk_udp_open(&u2, AF_INET, 0));
    ASSERT_OK(fdk_socket_get_cookie(fdk_udp_socket(u1), &c1));
    ASSERT_OK(fdk_socket_get_cookie(fdk_udp_socket(u1), &c1b));
    ASSERT_OK(fdk_socket_get_cookie(fdk_udp_socket(u2), &c2));
    ASSERT_TRUE(c1 != 0 && c2 != 0);
    ASSERT_EQ_U64(c1, c1b); /* stable for the socket */
    ASSERT_TRUE(c1 != c2);  /* unique to it */
    ASSERT_OK(fdk_udp_close(&u1));
    ASSERT_OK(fdk_udp_close(&u2));
}

static void test_tcp_tuning(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, sv = FDK_HANDLE_INIT;
    fdk_socket ls, cs;
    unsigned int lowat = 0;
    int seg = 0;
    bool on = false;

    tcp_pair(AF_INET, &l, &c, &sv);
    ls = fdk_tcp_listener_socket(l);
    cs = fdk_tcp_stream_socket(c);

    /* a listener reports the clamp it was given; a connection the MSS in use */
    ASSERT_OK(fdk_socket_set_maxseg(ls, 1200));
    ASSERT_OK(fdk_socket_get_maxseg(ls, &seg));
    ASSERT_EQ(seg, 1200);
    ASSERT_ERR(fdk_socket_set_maxseg(ls, 10), EINVAL); /* below the kernel's minimum */
    ASSERT_OK(fdk_socket_get_maxseg(cs, &seg));
    ASSERT_TRUE(seg > 0 && seg <= 65535);

    ASSERT_OK(fdk_socket_set_quickack(cs, true));
    ASSERT_OK(fdk_socket_get_quickack(cs, &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_socket_set_quickack(cs, false));
    ASSERT_OK(fdk_socket_get_quickack(cs, &on));
    ASSERT_TRUE(!on);

    ASSERT_OK(fdk_socket_set_fastopen_no_cookie(ls, true));
    ASSERT_OK(fdk_socket_get_fastopen_no_cookie(ls, &on));
    ASSERT_TRUE(on);

    ASSERT_OK(fdk_socket_set_notsent_lowat(cs, 16384u));
    ASSERT_OK(fdk_socket_get_notsent_lowat(cs, &lowat));
    ASSERT_EQ(lowat, 16384u);

    ASSERT_OK(fdk_socket_set_inq(cs, true));
    ASSERT_OK(fdk_socket_get_inq(cs, &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_socket_set_inq(cs, false));
    ASSERT_OK(fdk_socket_get_inq(cs, &on));
    ASSERT_TRUE(!on);

    /* TCP options on a Unix socket: the kernel has no such option there */
    {
        int pair[2];

        make_pair(SOCK_STREAM, pair);
        ASSERT_ERR(fdk_socket_set_quickack(sock_of(pair[0]), true), EOPNOTSUPP);
        close_pair(pair);
    }
    tcp_pair_close(&l, &c, &sv);
}

/* The options that read back what was set, on a TCP socket of its own. */
static void test_more_socket_options(void)
{
    fdk_tcp_stream c = FDK_HANDLE_INIT, sv = FDK_HANDLE_INIT;
    fdk_socket s;
    unsigned int u = 0;
    uint64_t ns1 = 0, ns2 = 0;
    int v = -1;
    size_t rb = 0;
    bool on = false;

    tcp_connected(AF_INET, &c, &sv);
    s = fdk_tcp_stream_socket(c);

    ASSERT_OK(fdk_socket_set_dontroute(s, true));
    ASSERT_OK(fdk_socket_get_dontroute(s, &on));
    ASSERT_TRUE(on);
    ASSERT_OK(fdk_socket_set_select_err_queue(s, true));
    ASSERT_OK(fdk_socket_get_select_err_queue(s, &on));
    ASSERT_TRUE(on);

    ASSERT_OK(fdk_socket_get_max_pacing_rate(s, &u));
    ASSERT_EQ(u, ~0u); /* no limit by default */
    ASSERT_OK(fdk_socket_set_max_pacing_rate(s, 1000000u));
    ASSERT_OK(fdk_socket_get_max_pacing_rate(s, &u));
    ASSERT_EQ(u, 1000000u);

    ASSERT_OK(fdk_socket_set_window_clamp(s, 20000));
    ASSERT_OK(fdk_socket_get_window_clamp(s, &v));
    ASSERT_EQ(v, 20000);
    ASSERT_ERR(fdk_socket_set_window_clamp(s, -1), EINVAL); /* fdkit's own check: min 0 */
    ASSERT_ERR(fdk_socket_set_fastopen_no_cookie(s, true), EINVAL); /* connected: too late */

    /* loopback has no NAPI context: 0 */
    ASSERT_OK(fdk_socket_get_incoming_napi_id(s, &u));
    ASSERT_EQ(u, 0u);

    /* one namespace: the same cookie on both ends, and non-zero */
    ASSERT_OK(fdk_socket_get_netns_cookie(s, &ns1));
    ASSERT_OK(fdk_socket_get_netns_cookie(fdk_tcp_stream_socket(sv), &ns2));
    ASSERT_TRUE(ns1 != 0);
    ASSERT_EQ_U64(ns1, ns2);

    ASSERT_ERR(fdk_socket_set_busy_poll_budget(s, 70000), EINVAL); /* above 65535: fdkit's check */
    ASSERT_ERR(fdk_socket_set_busy_poll_budget(s, -1), EINVAL);
    if (geteuid() == 0) {
        ASSERT_OK(fdk_socket_set_prefer_busy_poll(s, true));
        ASSERT_OK(fdk_socket_get_prefer_busy_poll(s, &on));
        ASSERT_TRUE(on);
        ASSERT_OK(fdk_socket_set_busy_poll_budget(s, 16));

        /* beyond rmem_max: the forced size sticks, in effective bytes as rcvbuf speaks */
        ASSERT_OK(fdk_socket_set_rcvbufforce(s, 300000));
        ASSERT_OK(fdk_socket_get_rcvbuf(s, &rb));
        ASSERT_TRUE(rb >= 300000 && rb <= 300001);
        ASSERT_OK(fdk_socket_set_sndbufforce(s, 300000));
        ASSERT_OK(fdk_socket_get_sndbuf(s, &rb));
        ASSERT_TRUE(rb >= 300000 && rb <= 300001);

        ASSERT_OK(fdk_socket_set_bindtoifindex(s, 1)); /* lo is 1 */
        ASSERT_OK(fdk_socket_get_bindtoifindex(s, &v));
        ASSERT_EQ(v, 1);
        {
            char name[16];

            ASSERT_OK(fdk_socket_get_bindtodevice(s, name, sizeof name));
            ASSERT_STREQ(name, "lo"); /* the same binding, seen by name */
        }
        ASSERT_OK(fdk_socket_set_bindtoifindex(s, 0));
        ASSERT_OK(fdk_socket_get_bindtoifindex(s, &v));
        ASSERT_EQ(v, 0);
    }
    ASSERT_ERR(fdk_socket_set_bindtoifindex(s, -1), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_stream_close(&sv));
}

/* SO_PASSPIDFD: each message brings the sender's pidfd, which recvmsg hands over. */
static void test_passpidfd(void)
{
    int sv[2], got = -1, before;
    fdk_unix_stream a, b;
    char data[4], ctl[CMSG_SPACE(sizeof(int)) * 4];
    struct iovec iov = {data, sizeof data};
    struct msghdr m;
    struct cmsghdr *cm;
    bool on = false;
    int r;

    make_pair(SOCK_STREAM, sv);
    a = fdk_unix_stream_adopt(sv[0]);
    b = fdk_unix_stream_adopt(sv[1]);
    r = fdk_socket_set_passpidfd(fdk_unix_stream_socket(b), true);
    if (r == -ENOPROTOOPT) {
        ASSERT_OK(fdk_unix_stream_close(&a));
        ASSERT_OK(fdk_unix_stream_close(&b));
        fdk_test_skip("the kernel predates SO_PASSPIDFD (Linux 6.5)");
    }
    ASSERT_OK(r);
    ASSERT_OK(fdk_socket_get_passpidfd(fdk_unix_stream_socket(b), &on));
    ASSERT_TRUE(on);

    ASSERT_EQ(fdk_unix_stream_send(a, "pid", 3, 0), 3);
    memset(&m, 0, sizeof m);
    m.msg_iov = &iov;
    m.msg_iovlen = 1;
    m.msg_control = ctl;
    m.msg_controllen = sizeof ctl;
    ASSERT_EQ(fdk_unix_stream_recvmsg(b, &m, 0), 3);
    for (cm = CMSG_FIRSTHDR(&m); cm; cm = CMSG_NXTHDR(&m, cm))
        if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == 0x04 /* SCM_PIDFD */)
            memcpy(&got, CMSG_DATA(cm), sizeof got);
    ASSERT_TRUE(got >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(got));
    ASSERT_EQ(fdk_test_pidfd_pid(got), getpid()); /* the sender is this process */
    ASSERT_EQ(close(got), 0);

    /* fdk_socket_recv_ancillary closes the pidfd it is given: nothing leaks */
    before = fdk_test_count_fds();
    ASSERT_EQ(fdk_unix_stream_send(a, "x", 1, 0), 1);
    {
        struct fdk_socket_ancillary anc;

        memset(&anc, 0, sizeof anc);
        ASSERT_EQ(fdk_socket_recv_ancillary(fdk_unix_stream_socket(b), data, sizeof data, &anc, 0), 1);
        ASSERT_EQ(anc.nfds, 0u);
    }
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_OK(fdk_unix_stream_close(&a));
    ASSERT_OK(fdk_unix_stream_close(&b));
}

/* Client Fast Open: the connect is deferred to the first send, and the data arrives. */
static void test_fastopen_connect(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, sv = FDK_HANDLE_INIT;
    fdk_sockaddr a;
    char buf[8];
    bool on = false;
    int r, sysctl = -1;
    FILE *f = fopen("/proc/sys/net/ipv4/tcp_fastopen", "re");

    if (f) {
        if (fscanf(f, "%d", &sysctl) != 1)
            sysctl = -1;
        fclose(f);
    }
    tcp_listen_lo(AF_INET, &l, -1, 0, &a);
    ASSERT_OK(fdk_socket_set_fastopen(fdk_tcp_listener_socket(l), 5));
    r = fdk_tcp_connect(&c, &a, FDK_SOCKET_FASTOPEN);
    if (sysctl >= 0 && !(sysctl & 1)) {
        ASSERT_ERR(r, EOPNOTSUPP); /* client Fast Open is off on this system */
        ASSERT_EQ(c.fd, -1);
        ASSERT_OK(fdk_tcp_listener_close(&l));
        return;
    }
    ASSERT_EQ(r, 0);
    ASSERT_OK(fdk_socket_get_fastopen_connect(fdk_tcp_stream_socket(c), &on));
    ASSERT_TRUE(on);
    ASSERT_EQ(fdk_tcp_stream_send(c, "tfo", 3, 0), 3);
    ASSERT_OK(fdk_tcp_accept(l, &sv, NULL, 0));
    tcp_recv_exact(sv, buf, 3);
    ASSERT_MEM_EQ(buf, "tfo", 3);

    /* only a TCP connect takes the flag */
    {
        fdk_tcp_listener l2 = FDK_HANDLE_INIT;
        fdk_udp u = FDK_HANDLE_INIT;

        ASSERT_ERR(fdk_tcp_listen(&l2, &a, -1, FDK_SOCKET_FASTOPEN), EINVAL);
        ASSERT_EQ(l2.fd, -1);
        ASSERT_ERR(fdk_udp_open(&u, AF_INET, FDK_SOCKET_FASTOPEN), EINVAL);
        ASSERT_EQ(u.fd, -1);
    }
    tcp_pair_close(&l, &c, &sv);
}

static void test_send_confirm(void)
{
    fdk_sockaddr a;
    fdk_udp rx, tx = FDK_HANDLE_INIT;
    char buf[8];

    rx = fdk_udp_adopt(udp_bound(&a, 0));
    ASSERT_OK(fdk_udp_open(&tx, AF_INET, 0));
    ASSERT_OK(fdk_udp_connect(tx, &a));
    ASSERT_EQ(fdk_udp_send(tx, "hi", 2, FDK_SOCKET_CONFIRM), 2);
    ASSERT_EQ(fdk_udp_recv(rx, buf, sizeof buf, 0), 2);
    ASSERT_MEM_EQ(buf, "hi", 2);
    /* a directly connected host (loopback) needs no route */
    ASSERT_EQ(fdk_udp_send(tx, "ok", 2, FDK_SOCKET_DONTROUTE | FDK_SOCKET_CONFIRM), 2);
    ASSERT_EQ(fdk_udp_recv(rx, buf, sizeof buf, 0), 2);
    ASSERT_MEM_EQ(buf, "ok", 2);
    ASSERT_OK(fdk_udp_close(&tx));
    ASSERT_OK(fdk_udp_close(&rx));
}

int main(void)
{
    alarm(30);
    RUN(test_mark_priority);
    RUN(test_bindtodevice);
    RUN(test_congestion);
    RUN(test_peek_off);
    RUN(test_cookie);
    RUN(test_tcp_tuning);
    RUN(test_more_socket_options);
    RUN(test_fastopen_connect);
    RUN(test_send_confirm);
    RUN(test_passpidfd); /* last: skips the rest on a kernel before 6.5 */
    return 0;
}
