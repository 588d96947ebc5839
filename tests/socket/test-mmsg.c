/* SPDX-License-Identifier: MIT */
/*
 * Batched datagrams: fdk_socket_recv_batch takes 16 UDP datagrams queued on
 * 127.0.0.1 in one call, with each sender address exactly the sender's
 * local address and each length exact; a datagram larger than its buffer
 * reports MSG_TRUNC and transferred > len (its real length); a blocking call
 * waits for the first datagram only, also across the internal chunks of 64;
 * a stream socket is never given MSG_TRUNC (which would discard bytes).
 * fdk_socket_send_batch sends 16 datagrams alternating between two
 * destinations, and more than one chunk.  Unix datagram sockets: unnamed
 * and abstract-bound senders.  n == 0 or n > 1024 and other bad arguments
 * are -EINVAL before any system call.
 */
#include "socket-test.h"

#include <stddef.h>
#include <sys/un.h>

static void send_to(int fd, const void *buf, size_t len, const fdk_sockaddr *to)
{
    ASSERT_EQ(sendto(fd, buf, len, 0, &to->u.sa, to->len), (ssize_t)len);
}

/* Datagram i is i + 1 bytes of the letter 'a' + i. */
static void fill(char *buf, unsigned i)
{
    memset(buf, 'a' + (int)(i % 26), i + 1);
}

static void test_recv_16_udp(void)
{
    enum { N = 16 };
    fdk_sockaddr raddr, saddr, from[N];
    struct fdk_socket_msg m[N];
    char data[N][64], buf[64];
    int r, s;

    r = udp_bound(&raddr, 0);
    s = udp_bound(&saddr, 0);
    for (unsigned i = 0; i < N; i++) {
        fill(buf, i);
        send_to(s, buf, i + 1, &raddr);
    }
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N; i++) {
        m[i].buf = data[i];
        m[i].len = sizeof data[i];
        m[i].addr = &from[i];
        m[i].transferred = 999;
        m[i].msg_flags = -1;
        memset(&from[i], 0xee, sizeof from[i]);
    }
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), N);
    for (unsigned i = 0; i < N; i++) {
        fill(buf, i);
        ASSERT_EQ(m[i].transferred, i + 1);
        ASSERT_EQ(m[i].msg_flags & (MSG_TRUNC | MSG_CTRUNC), 0);
        ASSERT_MEM_EQ(data[i], buf, i + 1);
        assert_same_addr(&from[i], &saddr);
        /* the whole value equals a clean address: nothing of the 0xee fill is left past len */
        ASSERT_EQ(fdk_sockaddr_equal(&from[i], &saddr), 1);
        for (size_t b = from[i].len; b < sizeof from[i].u; b++)
            ASSERT_EQ(((unsigned char *)&from[i].u)[b], 0);
    }
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(r), m, N, FDK_SOCKET_DONTWAIT), EAGAIN);
    ASSERT_EQ(close(r), 0);
    ASSERT_EQ(close(s), 0);
}

/* Too big for its buffer: MSG_TRUNC, transferred = real length, buffer filled. */
static void test_recv_truncated(void)
{
    fdk_sockaddr raddr, saddr;
    struct fdk_socket_msg m[3];
    char big[100], small[10], b0[10], b1[10], b2[10];
    int r, s;

    r = udp_bound(&raddr, 1);
    s = udp_bound(&saddr, 0);
    memset(big, 'B', sizeof big);
    memset(small, 's', 3);

    for (int pass = 0; pass < 2; pass++) {
        /* pass 1: the caller asks for MSG_TRUNC itself; same result */
        int flags = pass ? FDK_SOCKET_TRUNC : 0;

        send_to(s, big, sizeof big, &raddr);
        send_to(s, small, 3, &raddr);
        send_to(s, big, 10, &raddr); /* exactly fits: no truncation */
        memset(m, 0, sizeof m);
        m[0].buf = b0;
        m[1].buf = b1;
        m[2].buf = b2;
        m[0].len = m[1].len = m[2].len = 10;
        ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, 3, flags), 3);
        ASSERT_EQ(m[0].transferred, 100);
        ASSERT_TRUE(m[0].transferred > m[0].len);
        ASSERT_TRUE(m[0].msg_flags & MSG_TRUNC);
        ASSERT_MEM_EQ(b0, big, 10);
        ASSERT_EQ(m[1].transferred, 3);
        ASSERT_EQ(m[1].msg_flags & MSG_TRUNC, 0);
        ASSERT_MEM_EQ(b1, small, 3);
        ASSERT_EQ(m[2].transferred, 10);
        ASSERT_EQ(m[2].msg_flags & MSG_TRUNC, 0);
    }
    /* a zero-length buffer still learns the length */
    send_to(s, big, 42, &raddr);
    memset(m, 0, sizeof m);
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, 1, 0), 1);
    ASSERT_EQ(m[0].transferred, 42);
    ASSERT_TRUE(m[0].msg_flags & MSG_TRUNC);
    ASSERT_EQ(close(r), 0);
    ASSERT_EQ(close(s), 0);
}

/*
 * A blocking socket: the call returns what is queued once the first
 * datagram is there, including when the batch spans several chunks of 64
 * and the later chunk finds the queue empty (it must not wait).
 */
static void test_recv_waits_for_one_only(void)
{
    enum { N = 150 };
    static char data[N][8];
    static struct fdk_socket_msg m[N];
    fdk_sockaddr raddr, saddr;
    int r, s;
    const unsigned counts[] = {3, 64, 70, 128, 130};

    r = udp_bound(&raddr, 0);
    s = udp_bound(&saddr, 0);
    for (size_t c = 0; c < sizeof counts / sizeof counts[0]; c++) {
        for (unsigned i = 0; i < counts[c]; i++) {
            char b[4];
            memcpy(b, &i, sizeof b);
            send_to(s, b, sizeof b, &raddr);
        }
        memset(m, 0, sizeof m);
        for (unsigned i = 0; i < N; i++) {
            m[i].buf = data[i];
            m[i].len = sizeof data[i];
        }
        ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), counts[c]);
        for (unsigned i = 0; i < counts[c]; i++) {
            unsigned v;
            ASSERT_EQ(m[i].transferred, 4);
            memcpy(&v, data[i], sizeof v);
            ASSERT_EQ(v, i);
        }
        ASSERT_EQ(m[counts[c]].transferred, 0); /* not received: untouched */
    }
    ASSERT_EQ(close(r), 0);
    ASSERT_EQ(close(s), 0);
}

/* Exactly n datagrams asked for and queued: no further call, nothing lost. */
static void test_recv_exact_chunks(void)
{
    enum { N = 128 };
    static char data[N + 1][4];
    static struct fdk_socket_msg m[N + 1];
    fdk_sockaddr raddr, saddr;
    int r, s;

    r = udp_bound(&raddr, 1);
    s = udp_bound(&saddr, 0);
    for (unsigned i = 0; i < N + 1; i++)
        send_to(s, "abcd", 4, &raddr);
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N + 1; i++) {
        m[i].buf = data[i];
        m[i].len = sizeof data[i];
    }
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), N);
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), 1); /* the one left over */
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(r), m, N, 0), EAGAIN);
    ASSERT_EQ(close(r), 0);
    ASSERT_EQ(close(s), 0);
}

/* 16 datagrams from one unconnected socket to two destinations. */
static void test_send_16_two_destinations(void)
{
    enum { N = 16 };
    fdk_sockaddr a, b, saddr, from[N];
    struct fdk_socket_msg m[N], in[N];
    char out[N][32], data[N][32];
    int ra, rb, s;

    ra = udp_bound(&a, 1);
    rb = udp_bound(&b, 1);
    s = udp_bound(&saddr, 0);
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N; i++) {
        fill(out[i], i);
        m[i].buf = out[i];
        m[i].len = i + 1;
        m[i].addr = (i % 2) ? &b : &a;
        m[i].transferred = 12345;
    }
    ASSERT_EQ(fdk_socket_send_batch(sock_of(s), m, N, 0), N);
    for (unsigned i = 0; i < N; i++)
        ASSERT_EQ(m[i].transferred, i + 1);

    for (int dest = 0; dest < 2; dest++) {
        memset(in, 0, sizeof in);
        for (unsigned i = 0; i < N; i++) {
            in[i].buf = data[i];
            in[i].len = sizeof data[i];
            in[i].addr = &from[i];
        }
        ASSERT_EQ(fdk_socket_recv_batch(sock_of(dest ? rb : ra), in, N, 0), N / 2);
        for (unsigned j = 0; j < N / 2; j++) {
            unsigned i = 2 * j + (unsigned)dest;
            ASSERT_EQ(in[j].transferred, i + 1);
            ASSERT_MEM_EQ(data[j], out[i], i + 1);
            assert_same_addr(&from[j], &saddr);
        }
    }
    ASSERT_EQ(close(ra), 0);
    ASSERT_EQ(close(rb), 0);
    ASSERT_EQ(close(s), 0);
}

/* More than one chunk, on a connected socket (addr NULL and an empty address). */
static void test_send_many_connected(void)
{
    enum { N = 200 };
    static struct fdk_socket_msg m[N];
    static char data[N][4];
    fdk_sockaddr raddr, saddr, empty;
    int r, s;

    r = udp_bound(&raddr, 1);
    s = udp_bound(&saddr, 0);
    ASSERT_EQ(connect(s, &raddr.u.sa, raddr.len), 0);
    memset(&empty, 0, sizeof empty);
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N; i++) {
        memcpy(data[i], &i, sizeof data[i]);
        m[i].buf = data[i];
        m[i].len = sizeof data[i];
        m[i].addr = (i % 3 == 0) ? &empty : NULL;
    }
    ASSERT_EQ(fdk_socket_send_batch(sock_of(s), m, N, 0), N);
    for (unsigned i = 0; i < N; i++)
        ASSERT_EQ(m[i].transferred, 4);

    memset(m, 0, sizeof m);
    memset(data, 0, sizeof data);
    for (unsigned i = 0; i < N; i++) {
        m[i].buf = data[i];
        m[i].len = sizeof data[i];
    }
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, N, 0), N);
    for (unsigned i = 0; i < N; i++) {
        unsigned v;
        memcpy(&v, data[i], sizeof v);
        ASSERT_EQ(v, i);
    }
    ASSERT_EQ(close(r), 0);
    ASSERT_EQ(close(s), 0);
}

static void test_invalid(void)
{
    static struct fdk_socket_msg m[1025];
    fdk_sockaddr bad;
    char c = 'i';
    int s;

    s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    ASSERT_TRUE(s >= 0);
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < 1025; i++) {
        m[i].buf = &c;
        m[i].len = 1;
        m[i].transferred = 7;
    }
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 0, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 0, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 1025, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 1025, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 1, ~FDK_SOCKET_SEND_ALL), EINVAL);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 1, ~FDK_SOCKET_RECV_ALL), EINVAL);
    /* PEEK would copy the same first datagram into every slot */
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 4, FDK_SOCKET_PEEK), EINVAL);
    ASSERT_EQ(m[0].transferred, 7);
    ASSERT_ERR(fdk_socket_send_batch(sock_of(-1), m, 1, 0), EBADF);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(-1), m, 1, 0), EBADF);
    m[5].buf = NULL; /* with len 1 */
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 6, 0), EINVAL);
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 6, 0), EINVAL);
    m[5].buf = &c;
    memset(&bad, 0, sizeof bad);
    bad.len = sizeof bad.u + 1;
    m[3].addr = &bad;
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 4, 0), EINVAL);
    /* on receive the address is output only: any len goes in */
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 4, 0), EAGAIN);
    m[3].addr = NULL;
    for (unsigned i = 0; i < 1025; i++)
        ASSERT_EQ(m[i].transferred, 7); /* nothing touched */

    /* 1024 is allowed: an empty non-blocking socket says EAGAIN */
    ASSERT_ERR(fdk_socket_recv_batch(sock_of(s), m, 1024, 0), EAGAIN);
    /* unconnected, no address: the kernel's error for the first message */
    ASSERT_ERR(fdk_socket_send_batch(sock_of(s), m, 1024, 0), EDESTADDRREQ);
    ASSERT_EQ(close(s), 0);
}

/* Unix datagrams: a connected socketpair, and an abstract-bound sender. */
static void test_unix_dgram(void)
{
    enum { N = 16, NAMED = 8 };
    fdk_sockaddr from[N], named;
    struct fdk_socket_msg m[N];
    char data[N][16], out[N][16];
    int sv[2], s;
    static const char name[] = "fdkit-mmsg-test";

    make_pair(SOCK_DGRAM, sv);
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N; i++) {
        fill(out[i], i);
        m[i].buf = out[i];
        m[i].len = i + 1;
    }
    ASSERT_EQ(fdk_socket_send_batch(sock_of(sv[0]), m, N, 0), N);

    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < N; i++) {
        m[i].buf = data[i];
        m[i].len = (i == 15) ? 4 : sizeof data[i]; /* the last one is cut */
        m[i].addr = &from[i];
        from[i].len = 999;
    }
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(sv[1]), m, N, FDK_SOCKET_DONTWAIT), N);
    for (unsigned i = 0; i < N; i++) {
        ASSERT_EQ(m[i].transferred, i + 1);
        ASSERT_MEM_EQ(data[i], out[i], i == 15 ? 4 : i + 1);
        /* an unnamed peer is the unnamed address "unix:", as accept reports it */
        ASSERT_EQ(from[i].len, sizeof(sa_family_t));
        ASSERT_EQ(from[i].u.sa.sa_family, AF_UNIX);
    }
    ASSERT_TRUE(m[15].msg_flags & MSG_TRUNC);
    ASSERT_EQ(m[14].msg_flags & MSG_TRUNC, 0);

    /* a sender bound to an abstract name: its exact address comes back */
    s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(s >= 0);
    memset(&named, 0, sizeof named);
    named.u.un.sun_family = AF_UNIX;
    snprintf(named.u.un.sun_path + 1, sizeof named.u.un.sun_path - 1, "%s-%d", name, (int)getpid());
    named.len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 +
                            strlen(named.u.un.sun_path + 1));
    ASSERT_EQ(bind(s, &named.u.sa, named.len), 0);
    {
        /* the receiver: a second abstract name (first byte changed).  Only
           NAMED datagrams: an unconnected sender is held to the receiver's
           queue limit (net.unix.max_dgram_qlen, 10 by default). */
        fdk_sockaddr rname = named;
        int r = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        ASSERT_TRUE(r >= 0);
        rname.u.un.sun_path[1] = 'R';
        ASSERT_EQ(bind(r, &rname.u.sa, rname.len), 0);
        memset(m, 0, sizeof m);
        for (unsigned i = 0; i < NAMED; i++) {
            m[i].buf = out[i];
            m[i].len = i + 1;
            m[i].addr = &rname;
        }
        ASSERT_EQ(fdk_socket_send_batch(sock_of(s), m, NAMED, 0), NAMED);
        memset(m, 0, sizeof m);
        for (unsigned i = 0; i < NAMED; i++) {
            m[i].buf = data[i];
            m[i].len = sizeof data[i];
            m[i].addr = &from[i];
        }
        ASSERT_EQ(fdk_socket_recv_batch(sock_of(r), m, NAMED, 0), NAMED);
        for (unsigned i = 0; i < NAMED; i++) {
            ASSERT_EQ(m[i].transferred, i + 1);
            assert_same_addr(&from[i], &named);
        }
        ASSERT_EQ(close(r), 0);
    }
    ASSERT_EQ(close(s), 0);
    close_pair(sv);
}

/* A stream socket: no MSG_TRUNC is added, so bytes are never thrown away. */
static void test_stream_not_discarded(void)
{
    struct fdk_socket_msg m[2];
    char a[3], b[3], rest[8];
    int sv[2];

    make_pair(SOCK_STREAM, sv);
    ASSERT_EQ(write(sv[0], "abcdefgh", 8), 8);
    memset(m, 0, sizeof m);
    m[0].buf = a;
    m[0].len = 3;
    m[1].buf = b;
    m[1].len = 3;
    ASSERT_EQ(fdk_socket_recv_batch(sock_of(sv[1]), m, 2, 0), 2);
    ASSERT_EQ(m[0].transferred, 3);
    ASSERT_EQ(m[1].transferred, 3);
    ASSERT_MEM_EQ(a, "abc", 3);
    ASSERT_MEM_EQ(b, "def", 3);
    ASSERT_EQ(read(sv[1], rest, sizeof rest), 2);
    ASSERT_MEM_EQ(rest, "gh", 2);
    close_pair(sv);
}

/*
 * A destination of the wrong family is -EAFNOSUPPORT whatever its length
 * (the kernel alone says EINVAL or EAFNOSUPPORT depending on it), as for
 * fdk_udp_sendto(); in the middle of a batch it ends the batch before it.
 */
static void test_family_mismatch(void)
{
    static const char *const paths[] = {"/x", "/a/path/long/enough/for/sockaddr_in6/and/more"};
    struct fdk_socket_msg m[3];
    fdk_sockaddr un, in4;
    char c = 'f';
    int u, d, sv[2];

    u = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    ASSERT_TRUE(u >= 0);
    ASSERT_OK(fdk_sockaddr_ipv4(&in4, "127.0.0.1", 9));
    memset(m, 0, sizeof m);
    for (unsigned i = 0; i < 3; i++) {
        m[i].buf = &c;
        m[i].len = 1;
        m[i].addr = &in4;
    }
    for (unsigned i = 0; i < 2; i++) {
        ASSERT_OK(fdk_sockaddr_unix(&un, paths[i]));
        m[0].addr = &un;
        ASSERT_ERR(fdk_socket_send_batch(sock_of(u), m, 1, 0), EAFNOSUPPORT);
        /* second of three: the first goes, the batch stops at the mismatch, which the next call reports */
        m[0].addr = &in4;
        m[1].addr = &un;
        ASSERT_EQ(fdk_socket_send_batch(sock_of(u), m, 3, 0), 1);
        ASSERT_ERR(fdk_socket_send_batch(sock_of(u), m + 1, 2, 0), EAFNOSUPPORT);
        m[1].addr = &in4;
    }
    ASSERT_EQ(close(u), 0);

    /* an IPv4 destination for a Unix datagram socket */
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv), 0);
    d = sv[0];
    m[0].addr = &in4;
    ASSERT_ERR(fdk_socket_send_batch(sock_of(d), m, 1, 0), EAFNOSUPPORT);
    ASSERT_EQ(close(sv[0]), 0);
    ASSERT_EQ(close(sv[1]), 0);
}

int main(void)
{
    alarm(45);
    RUN(test_recv_16_udp);
    RUN(test_recv_truncated);
    RUN(test_recv_waits_for_one_only);
    RUN(test_recv_exact_chunks);
    RUN(test_send_16_two_destinations);
    RUN(test_send_many_connected);
    RUN(test_invalid);
    RUN(test_unix_dgram);
    RUN(test_stream_not_discarded);
    RUN(test_family_mismatch);
    return 0;
}
