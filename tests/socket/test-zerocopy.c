/* SPDX-License-Identifier: MIT */
/*
 * MSG_ZEROCOPY on a TCP loopback stream: 1 MiB goes out in chunks through
 * fdk_socket_send_zerocopy while a thread drains and checks the bytes; then
 * the error queue is polled (POLLERR) until the completion ranges cover
 * every send number 0..n-1 exactly once.  On loopback the kernel always
 * copies (a looped packet could sit in a receive queue forever), so every
 * range says `copied`.  Also: a zero-length send makes no call and takes no
 * number, an empty queue is -EAGAIN, bad arguments are -EINVAL / -EBADF,
 * and a record that is not a completion (an ICMP "port unreachable" on a
 * UDP socket with IP_RECVERR) comes back as its -ee_errno.
 * Skips (77) if the kernel refuses SO_ZEROCOPY.
 */
#include "inet-test.h"

#include <pthread.h>
#include <stdlib.h>

#define TOTAL (1u << 20)
#define CHUNK (48u * 1024u)

static unsigned char pattern(size_t i)
{
    return (unsigned char)((i * 7u + (i >> 12)) & 0xff);
}

/* A connected TCP pair over 127.0.0.1 (inet-test.h), as plain descriptors. */
static void tcp_fds(int *client, int *server)
{
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    tcp_connected(AF_INET, &c, &s);
    *client = c.fd;
    *server = s.fd;
}

/* 1 if SO_ZEROCOPY could be enabled on fd, 0 if the kernel does not have it. */
static int enable_zerocopy(int fd)
{
    int r = fdk_socket_set_zerocopy(sock_of(fd), 1);

    if (r == -ENOPROTOOPT || r == -EOPNOTSUPP)
        return 0;
    ASSERT_OK(r);
    return 1;
}

struct drain {
    int fd;
    size_t got;
    int bad; /* first mismatching offset + 1, or 0 */
    pthread_t th;
};

static void *drain_main(void *arg)
{
    struct drain *d = arg;
    unsigned char buf[16384];
    ssize_t n;

    while ((n = read(d->fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)) {
        for (ssize_t i = 0; i < n; i++)
            if (!d->bad && buf[i] != pattern(d->got + (size_t)i))
                d->bad = (int)(d->got + (size_t)i) + 1;
        if (n > 0)
            d->got += (size_t)n;
    }
    return NULL;
}

/* Wait (up to 10 s) until the error queue has something. */
static void wait_pollerr(int fd)
{
    struct pollfd p = {.fd = fd, .events = 0};
    int r;

    do
        r = poll(&p, 1, 10000);
    while (r < 0 && errno == EINTR);
    ASSERT_EQ(r, 1);
    ASSERT_TRUE(p.revents & POLLERR);
}

/*
 * Read completions into the coverage map seen[0..nseq): each number must
 * come exactly once.  Returns how many numbers this call covered.
 */
static size_t collect(int fd, unsigned char *seen, uint32_t nseq, int *all_copied)
{
    struct fdk_zerocopy_range r[8];
    size_t covered = 0;
    int n;

    while ((n = fdk_socket_zerocopy_completions(sock_of(fd), r, 8)) > 0) {
        ASSERT_TRUE(n <= 8);
        for (int i = 0; i < n; i++) {
            ASSERT_TRUE(r[i].first <= r[i].last); /* no wrap in a short test */
            ASSERT_TRUE(r[i].last < nseq);
            ASSERT_TRUE(r[i].copied == 0 || r[i].copied == 1);
            if (!r[i].copied)
                *all_copied = 0;
            for (uint32_t k = r[i].first; k <= r[i].last; k++) {
                ASSERT_EQ(seen[k], 0);
                seen[k] = 1;
                covered++;
            }
        }
    }
    ASSERT_ERR(n, EAGAIN);
    return covered;
}

static void test_loopback_1mib(void)
{
    unsigned char *data, *seen;
    struct drain d;
    int client, server, all_copied = 1;
    uint32_t nseq = 0;
    size_t off = 0, covered = 0;

    tcp_fds(&client, &server);
    if (!enable_zerocopy(client)) {
        ASSERT_EQ(close(client), 0);
        ASSERT_EQ(close(server), 0);
        fdk_test_skip("SO_ZEROCOPY is not supported by this kernel");
    }
    data = malloc(TOTAL);
    seen = calloc(TOTAL / 1024 + 1024, 1); /* more than any number of sends */
    ASSERT_TRUE(data && seen);
    for (size_t i = 0; i < TOTAL; i++)
        data[i] = pattern(i);

    /* nothing sent yet: nothing queued */
    {
        struct fdk_zerocopy_range r;
        ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(client), &r, 1), EAGAIN);
    }

    memset(&d, 0, sizeof d);
    d.fd = server;
    ASSERT_EQ(pthread_create(&d.th, NULL, drain_main, &d), 0);

    while (off < TOTAL) {
        size_t want = TOTAL - off < CHUNK ? TOTAL - off : CHUNK;
        ssize_t n;

        /* a zero-length send: no system call, no number */
        if (nseq == 3)
            ASSERT_EQ(fdk_socket_send_zerocopy(sock_of(client), data + off, 0, 0), 0);
        n = fdk_socket_send_zerocopy(sock_of(client), data + off, want, 0);
        if (n == -ENOBUFS) {
            /* too much memory pinned: take completions, then go on */
            wait_pollerr(client);
            covered += collect(client, seen, nseq, &all_copied);
            continue;
        }
        ASSERT_TRUE(n > 0);
        ASSERT_TRUE((size_t)n <= want);
        off += (size_t)n;
        nseq++; /* each call that sent data took the next number */
        ASSERT_TRUE(nseq < TOTAL / 1024 + 1024);
    }
    ASSERT_EQ(shutdown(client, SHUT_WR), 0);
    ASSERT_EQ(pthread_join(d.th, NULL), 0);
    ASSERT_EQ_U64(d.got, TOTAL);
    ASSERT_EQ(d.bad, 0);

    while (covered < nseq) {
        wait_pollerr(client);
        covered += collect(client, seen, nseq, &all_copied);
    }
    /* every number 0..nseq-1 exactly once: the ranges are contiguous and complete */
    ASSERT_EQ_U64(covered, nseq);
    for (uint32_t k = 0; k < nseq; k++)
        ASSERT_EQ(seen[k], 1);
    /* loopback always copies */
    ASSERT_EQ(all_copied, 1);
    printf("# %u zerocopy sends, all completed\n", (unsigned)nseq);

    free(data);
    free(seen);
    ASSERT_EQ(close(client), 0);
    ASSERT_EQ(close(server), 0);
}

static void test_invalid(void)
{
    struct fdk_zerocopy_range r = {11, 22, 33};
    int client, server;
    char c = 'x';

    tcp_fds(&client, &server);
    ASSERT_ERR(fdk_socket_send_zerocopy(sock_of(-1), &c, 1, 0), EBADF);
    ASSERT_ERR(fdk_socket_send_zerocopy(sock_of(client), NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_socket_send_zerocopy(sock_of(client), &c, 1, ~FDK_SOCKET_SEND_ALL), EINVAL);
    ASSERT_EQ(fdk_socket_send_zerocopy(sock_of(client), NULL, 0, 0), 0);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(-1), &r, 1), EBADF);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(client), NULL, 1), EINVAL);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(client), &r, 0), EINVAL);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(client), &r, 1), EAGAIN);
    ASSERT_EQ(r.first, 11);
    ASSERT_EQ(r.last, 22);
    ASSERT_EQ(r.copied, 33);

    /* without SO_ZEROCOPY the flag is ignored: a normal send, no notification */
    ASSERT_EQ(fdk_socket_send_zerocopy(sock_of(client), "abc", 3, 0), 3);
    ASSERT_EQ(read(server, &c, 1), 1);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(client), &r, 1), EAGAIN);

    /* peer gone: -EPIPE without SIGPIPE */
    ASSERT_EQ(close(server), 0);
    {
        ssize_t n;
        int tries = 0;
        /* the first send after the close may still succeed (the RST comes back) */
        while ((n = fdk_socket_send_zerocopy(sock_of(client), "abc", 3, 0)) > 0 && ++tries < 100)
            usleep(1000);
        ASSERT_TRUE(n == -EPIPE || n == -ECONNRESET);
    }
    ASSERT_EQ(close(client), 0);
}

/*
 * A record that is not a completion: UDP with IP_RECVERR gets the ICMP
 * "port unreachable" of a datagram sent to a closed port on its error
 * queue.  With nothing stored, it is returned as -ECONNREFUSED.
 */
static void test_foreign_record(void)
{
    fdk_sockaddr gone;
    struct fdk_zerocopy_range r;
    int hole, u, one = 1;

    /* a port with nobody on it: bind, learn it, close */
    hole = udp_bound(&gone, 0);
    ASSERT_EQ(close(hole), 0);

    u = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(u >= 0);
    ASSERT_EQ(setsockopt(u, SOL_IP, IP_RECVERR, &one, sizeof one), 0);
    ASSERT_EQ(connect(u, &gone.u.sa, gone.len), 0);
    ASSERT_EQ(send(u, "ping", 4, 0), 4);
    wait_pollerr(u);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(u), &r, 4), ECONNREFUSED);
    ASSERT_ERR(fdk_socket_zerocopy_completions(sock_of(u), &r, 4), EAGAIN);
    ASSERT_EQ(close(u), 0);
}

int main(void)
{
    alarm(45);
    RUN(test_invalid);
    RUN(test_foreign_record);
    RUN(test_loopback_1mib);
    return 0;
}
