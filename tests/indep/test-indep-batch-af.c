/* SPDX-License-Identifier: MIT */
/*
 * Independent test of fdk_socket_send_batch()'s -EAFNOSUPPORT row: "the
 * first message's destination family does not match the socket (a Unix
 * address for an IP socket, an IP address for a Unix one), whatever the
 * address's length; a later message's mismatch ends the batch before it and
 * is this error on the next call".  Nothing may be sent by a refused message.
 * fdk_udp_sendto / fdk_unix_dgram_sendto document the same check.
 */
#include "indep-common.h"

static struct indep_dir dir;

static void unix_path_of_len(fdk_sockaddr *a, size_t len)
{
    char p[200];
    size_t n = strlen(dir.path);

    ASSERT_TRUE(len > n + 2 && len < sizeof p);
    memcpy(p, dir.path, n);
    p[n] = '/';
    memset(p + n + 1, 'q', len - n - 1);
    p[len] = '\0';
    ASSERT_OK(fdk_sockaddr_unix(a, p));
}

/* A bound, non-blocking UDP receiver on 127.0.0.1 and its address. */
static void udp_pair(fdk_udp *tx, fdk_udp *rx, fdk_sockaddr *rx_addr)
{
    fdk_sockaddr any;
    ASSERT_OK(fdk_sockaddr_ipv4(&any, "127.0.0.1", 0));
    ASSERT_OK(fdk_udp_bind(rx, &any, FDK_SOCKET_NONBLOCK));
    ASSERT_OK(fdk_socket_local_addr(fdk_udp_socket(*rx), rx_addr));
    ASSERT_OK(fdk_udp_open(tx, AF_INET, 0));
}

static void expect_nothing(int fd)
{
    char b[64];
    ASSERT_EQ(recv(fd, b, sizeof b, MSG_DONTWAIT), -1);
    ASSERT_TRUE(errno == EAGAIN || errno == EWOULDBLOCK);
}

static void test_udp4_unix_destination(void)
{
    fdk_udp tx = FDK_HANDLE_INIT, rx = FDK_HANDLE_INIT;
    fdk_sockaddr rxa, un;
    struct fdk_socket_msg m;
    size_t lens[] = {0, 0, 0};
    char name[] = "x";

    udp_pair(&tx, &rx, &rxa);
    /* a short path: the address is shorter than a sockaddr_in */
    lens[0] = strlen(dir.path) + 3;
    /* a path whose address is longer than a sockaddr_in */
    lens[1] = strlen(dir.path) + 40;
    /* the longest sun_path takes */
    lens[2] = 107;
    for (size_t i = 0; i < 3; i++) {
        unix_path_of_len(&un, lens[i]);
        memset(&m, 0, sizeof m);
        m.buf = (void *)"data";
        m.len = 4;
        m.addr = &un;
        m.transferred = 999;
        ASSERT_ERR(fdk_socket_send_batch(fdk_udp_socket(tx), &m, 1, 0), EAFNOSUPPORT);
        ASSERT_ERR(fdk_udp_sendto(tx, "data", 4, &un, 0), EAFNOSUPPORT);
    }
    /* abstract and unnamed Unix addresses: as short as 2 and 3 bytes */
    ASSERT_OK(fdk_sockaddr_unix_abstract(&un, name, 1));
    m.addr = &un;
    ASSERT_ERR(fdk_socket_send_batch(fdk_udp_socket(tx), &m, 1, 0), EAFNOSUPPORT);
    ASSERT_OK(fdk_sockaddr_unix_autobind(&un));
    ASSERT_ERR(fdk_socket_send_batch(fdk_udp_socket(tx), &m, 1, 0), EAFNOSUPPORT);
    expect_nothing(rx.fd);
    /* the right family works */
    m.addr = &rxa;
    ASSERT_EQ(fdk_socket_send_batch(fdk_udp_socket(tx), &m, 1, 0), 1);
    ASSERT_EQ(m.transferred, 4);
    ASSERT_OK(fdk_udp_close(&tx));
    ASSERT_OK(fdk_udp_close(&rx));
}

static void test_udp6_unix_destination(void)
{
    fdk_udp tx = FDK_HANDLE_INIT;
    fdk_sockaddr un;
    struct fdk_socket_msg m;
    int r = fdk_udp_open(&tx, AF_INET6, 0);

    if (r == -EAFNOSUPPORT)
        return; /* no IPv6 here */
    ASSERT_OK(r);
    unix_path_of_len(&un, strlen(dir.path) + 3);
    memset(&m, 0, sizeof m);
    m.buf = (void *)"data";
    m.len = 4;
    m.addr = &un;
    ASSERT_ERR(fdk_socket_send_batch(fdk_udp_socket(tx), &m, 1, 0), EAFNOSUPPORT);
    unix_path_of_len(&un, 107);
    ASSERT_ERR(fdk_socket_send_batch(fdk_udp_socket(tx), &m, 1, 0), EAFNOSUPPORT);
    ASSERT_OK(fdk_udp_close(&tx));
}

static void test_later_mismatch_ends_batch(void)
{
    fdk_udp tx = FDK_HANDLE_INIT, rx = FDK_HANDLE_INIT;
    fdk_sockaddr rxa, un;
    struct fdk_socket_msg m[3];
    char b[64];

    udp_pair(&tx, &rx, &rxa);
    unix_path_of_len(&un, strlen(dir.path) + 3);
    memset(m, 0, sizeof m);
    m[0].buf = (void *)"one";
    m[0].len = 3;
    m[0].addr = &rxa;
    m[1].buf = (void *)"two";
    m[1].len = 3;
    m[1].addr = &un;
    m[2].buf = (void *)"three";
    m[2].len = 5;
    m[2].addr = &rxa;
    ASSERT_EQ(fdk_socket_send_batch(fdk_udp_socket(tx), m, 3, 0), 1);
    ASSERT_EQ(m[0].transferred, 3);
    ASSERT_EQ(recv(rx.fd, b, sizeof b, MSG_DONTWAIT), 3);
    ASSERT_MEM_EQ(b, "one", 3);
    expect_nothing(rx.fd);
    /* the next call, from the refused message on */
    ASSERT_ERR(fdk_socket_send_batch(fdk_udp_socket(tx), &m[1], 2, 0), EAFNOSUPPORT);
    expect_nothing(rx.fd);
    ASSERT_EQ(fdk_socket_send_batch(fdk_udp_socket(tx), &m[2], 1, 0), 1);
    ASSERT_EQ(recv(rx.fd, b, sizeof b, MSG_DONTWAIT), 5);
    ASSERT_OK(fdk_udp_close(&tx));
    ASSERT_OK(fdk_udp_close(&rx));
}

static void test_unix_dgram_ip_destination(void)
{
    fdk_unix_dgram a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    fdk_sockaddr ip4, ip6, bound;
    struct fdk_socket_msg m;
    char buf[16];

    ASSERT_OK(fdk_unix_dgram_pair(&a, &b, 0));
    ASSERT_OK(fdk_sockaddr_ipv4(&ip4, "127.0.0.1", 9));
    ASSERT_OK(fdk_sockaddr_ipv6(&ip6, "::1", 9, 0));
    memset(&m, 0, sizeof m);
    m.buf = (void *)"data";
    m.len = 4;
    m.addr = &ip4;
    ASSERT_ERR(fdk_socket_send_batch(fdk_unix_dgram_socket(a), &m, 1, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_dgram_sendto(a, "data", 4, &ip4, 0), EAFNOSUPPORT);
    m.addr = &ip6;
    ASSERT_ERR(fdk_socket_send_batch(fdk_unix_dgram_socket(a), &m, 1, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_dgram_sendto(a, "data", 4, &ip6, 0), EAFNOSUPPORT);
    expect_nothing(b.fd);
    /* an unbound socket too (the pair is connected; this one has no peer) */
    ASSERT_OK(fdk_unix_dgram_close(&a));
    ASSERT_OK(fdk_unix_dgram_open(&a, 0));
    m.addr = &ip4;
    ASSERT_ERR(fdk_socket_send_batch(fdk_unix_dgram_socket(a), &m, 1, 0), EAFNOSUPPORT);
    /* the right family works: to b's autobound name */
    ASSERT_OK(fdk_unix_dgram_close(&b));
    {
        fdk_sockaddr ab;
        ASSERT_OK(fdk_sockaddr_unix_autobind(&ab));
        ASSERT_OK(fdk_unix_dgram_bind(&b, &ab, 0));
    }
    ASSERT_OK(fdk_socket_local_addr(fdk_unix_dgram_socket(b), &bound));
    m.addr = &bound;
    ASSERT_EQ(fdk_socket_send_batch(fdk_unix_dgram_socket(a), &m, 1, 0), 1);
    ASSERT_EQ(recv(b.fd, buf, sizeof buf, MSG_DONTWAIT), 4);
    ASSERT_OK(fdk_unix_dgram_close(&a));
    ASSERT_OK(fdk_unix_dgram_close(&b));
}

int main(void)
{
    indep_tmpdir(&dir);
    alarm(45);
    RUN(test_udp4_unix_destination);
    RUN(test_udp6_unix_destination);
    RUN(test_later_mismatch_ends_batch);
    RUN(test_unix_dgram_ip_destination);
    indep_tmpdir_remove(&dir);
    return 0;
}
