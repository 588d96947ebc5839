/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/socket.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_socket: what every wrapper promises (CLOEXEC,
 * NONBLOCK only on request, -EBADF for a bad fd, -EINVAL for NULL or unknown
 * bits before any system call, out-parameters untouched on failure, close
 * idempotent, no fd leaked), the spec's errno cases, and each constructor
 * under descriptor exhaustion.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-exhaust.h"

#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

/* 1 if every byte of p is b: out-parameters keep their fill on failure. */
static __attribute__((unused)) int bytes_are(const void *p, size_t n, unsigned char b)
{
    const unsigned char *c = p;
    size_t i;
    for (i = 0; i < n; i++)
        if (c[i] != b)
            return 0;
    return 1;
}

/* The fixture every case may use (spec tests.globals / setup / teardown). */
static fdk_sockaddr loop4;
static fdk_sockaddr unix_nowhere;
static char exh_dir[] = "/tmp/fdk-gen-sock-XXXXXX"; /* the exhaustion sweeps' socket files */
static char exh_path[64];
static fdk_sockaddr exh_addr;

/* fdk_tcp_listen() makes a CLOEXEC tcp listener; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_tcp_listener h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tcp_listen(&h, &loop4, -1, 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_SOCKET);
    ASSERT_OK(fdk_tcp_listener_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_tcp_listener_close(&h)); /* closing twice is a no-op */
}

/* FDK_SOCKET_NONBLOCK gives O_NONBLOCK */
static void test_open_socket_nonblock(void)
{
    fdk_tcp_listener h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tcp_listen(&h, &loop4, -1, FDK_SOCKET_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_tcp_listener_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_tcp_listen(NULL, &loop4, -1, 0), EINVAL);
}

/* every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_tcp_listener a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_listen(&a_out, &loop4, -1, f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_tcp_accept() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_accept_bad_handle(void)
{
    fdk_tcp_listener bad = FDK_HANDLE_INIT;
    fdk_tcp_stream a_out = {.fd = -7};
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    ASSERT_ERR(fdk_tcp_accept(bad, &a_out, &a_ret_peer, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
}

/* fdk_tcp_accept() with out = NULL is -EINVAL */
static void test_tcp_accept_null_out(void)
{
    fdk_tcp_listener h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tcp_listen(&h, &loop4, -1, 0));
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    ASSERT_ERR(fdk_tcp_accept(h, NULL, &a_ret_peer, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
    ASSERT_OK(fdk_tcp_listener_close(&h));
}

/* fdk_tcp_accept(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_tcp_accept_unknown_flags(void)
{
    fdk_tcp_listener h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tcp_listen(&h, &loop4, -1, 0));
    fdk_tcp_stream a_out = {.fd = -7};
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_accept(h, &a_out, &a_ret_peer, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
    ASSERT_OK(fdk_tcp_listener_close(&h));
}

/* fdk_tcp_connect() with out = NULL is -EINVAL */
static void test_tcp_connect_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_tcp_connect(NULL, &a_addr, 0), EINVAL);
}

/* fdk_tcp_connect() with addr = NULL is -EINVAL */
static void test_tcp_connect_null_addr(void)
{
    fdk_tcp_stream a_out = {.fd = -7};
    ASSERT_ERR(fdk_tcp_connect(&a_out, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_tcp_connect(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_tcp_connect_unknown_flags(void)
{
    fdk_tcp_stream a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_connect(&a_out, &a_addr, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_tcp_connect_finish() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_connect_finish_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tcp_connect_finish(bad), EBADF);
}

/* fdk_udp_open() with out = NULL is -EINVAL */
static void test_udp_open_null_out(void)
{
    ASSERT_ERR(fdk_udp_open(NULL, 0, 0), EINVAL);
}

/* fdk_udp_open(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_udp_open_unknown_flags(void)
{
    fdk_udp a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_udp_open(&a_out, 0, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_udp_bind() with out = NULL is -EINVAL */
static void test_udp_bind_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_udp_bind(NULL, &a_addr, 0), EINVAL);
}

/* fdk_udp_bind() with addr = NULL is -EINVAL */
static void test_udp_bind_null_addr(void)
{
    fdk_udp a_out = {.fd = -7};
    ASSERT_ERR(fdk_udp_bind(&a_out, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_udp_bind(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_udp_bind_unknown_flags(void)
{
    fdk_udp a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_udp_bind(&a_out, &a_addr, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_udp_connect() on a closed handle is -EBADF, outputs untouched */
static void test_udp_connect_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_udp_connect(bad, &a_addr), EBADF);
}

/* fdk_unix_listen() with out = NULL is -EINVAL */
static void test_unix_listen_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_unix_listen(NULL, &a_addr, 0, 0), EINVAL);
}

/* fdk_unix_listen() with addr = NULL is -EINVAL */
static void test_unix_listen_null_addr(void)
{
    fdk_unix_listener a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_listen(&a_out, NULL, 0, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_listen(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_listen_unknown_flags(void)
{
    fdk_unix_listener a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_listen(&a_out, &a_addr, 0, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_listen_at() with dirfd = -1 is -EBADF */
static void test_unix_listen_at_negative_dirfd(void)
{
    fdk_unix_listener a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_listen_at(&a_out, -1, &a_path, 0, 0, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_listen_at() with out = NULL is -EINVAL */
static void test_unix_listen_at_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_listen_at(NULL, AT_FDCWD, &a_path, 0, 0, 0), EINVAL);
}

/* fdk_unix_listen_at() with path = NULL is -EINVAL */
static void test_unix_listen_at_null_path(void)
{
    fdk_unix_listener a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_listen_at(&a_out, AT_FDCWD, NULL, 0, 0, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_listen_at(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_listen_at_unknown_flags(void)
{
    fdk_unix_listener a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_listen_at(&a_out, AT_FDCWD, &a_path, 0, f, 0), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_accept() on a closed handle is -EBADF, outputs untouched */
static void test_unix_accept_bad_handle(void)
{
    fdk_unix_listener bad = FDK_HANDLE_INIT;
    fdk_unix_stream a_out = {.fd = -7};
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    ASSERT_ERR(fdk_unix_accept(bad, &a_out, &a_ret_peer, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
}

/* fdk_unix_accept() with out = NULL is -EINVAL */
static void test_unix_accept_null_out(void)
{
    fdk_unix_listener h = fdk_unix_listener_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    ASSERT_ERR(fdk_unix_accept(h, NULL, &a_ret_peer, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
    ASSERT_OK(fdk_unix_listener_close(&h));
}

/* fdk_unix_accept(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_accept_unknown_flags(void)
{
    fdk_unix_listener h = fdk_unix_listener_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_unix_stream a_out = {.fd = -7};
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_accept(h, &a_out, &a_ret_peer, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
    ASSERT_OK(fdk_unix_listener_close(&h));
}

/* fdk_unix_connect() with out = NULL is -EINVAL */
static void test_unix_connect_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_unix_connect(NULL, &a_addr, 0), EINVAL);
}

/* fdk_unix_connect() with addr = NULL is -EINVAL */
static void test_unix_connect_null_addr(void)
{
    fdk_unix_stream a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_connect(&a_out, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_connect(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_connect_unknown_flags(void)
{
    fdk_unix_stream a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_connect(&a_out, &a_addr, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_connect_at() with dirfd = -1 is -EBADF */
static void test_unix_connect_at_negative_dirfd(void)
{
    fdk_unix_stream a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_connect_at(&a_out, -1, &a_path, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_connect_at() with out = NULL is -EINVAL */
static void test_unix_connect_at_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_connect_at(NULL, AT_FDCWD, &a_path, 0), EINVAL);
}

/* fdk_unix_connect_at() with path = NULL is -EINVAL */
static void test_unix_connect_at_null_path(void)
{
    fdk_unix_stream a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_connect_at(&a_out, AT_FDCWD, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_connect_at(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_connect_at_unknown_flags(void)
{
    fdk_unix_stream a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_connect_at(&a_out, AT_FDCWD, &a_path, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_pair() with a = NULL is -EINVAL */
static void test_unix_pair_null_a(void)
{
    fdk_unix_stream a_b = {.fd = -7};
    ASSERT_ERR(fdk_unix_pair(NULL, &a_b, 0), EINVAL);
    ASSERT_EQ(a_b.fd, -7);
}

/* fdk_unix_pair() with b = NULL is -EINVAL */
static void test_unix_pair_null_b(void)
{
    fdk_unix_stream a_a = {.fd = -7};
    ASSERT_ERR(fdk_unix_pair(&a_a, NULL, 0), EINVAL);
    ASSERT_EQ(a_a.fd, -7);
}

/* fdk_unix_pair(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_pair_unknown_flags(void)
{
    fdk_unix_stream a_a = {.fd = -7};
    fdk_unix_stream a_b = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_pair(&a_a, &a_b, f), EINVAL);
    }
    ASSERT_EQ(a_a.fd, -7);
    ASSERT_EQ(a_b.fd, -7);
}

/* fdk_unix_seqpacket_listen() with out = NULL is -EINVAL */
static void test_unix_seqpacket_listen_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_unix_seqpacket_listen(NULL, &a_addr, 0, 0), EINVAL);
}

/* fdk_unix_seqpacket_listen() with addr = NULL is -EINVAL */
static void test_unix_seqpacket_listen_null_addr(void)
{
    fdk_unix_seqpacket_listener a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_seqpacket_listen(&a_out, NULL, 0, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_listen(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_seqpacket_listen_unknown_flags(void)
{
    fdk_unix_seqpacket_listener a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_listen(&a_out, &a_addr, 0, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_listen_at() with dirfd = -1 is -EBADF */
static void test_unix_seqpacket_listen_at_negative_dirfd(void)
{
    fdk_unix_seqpacket_listener a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_seqpacket_listen_at(&a_out, -1, &a_path, 0, 0, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_listen_at() with out = NULL is -EINVAL */
static void test_unix_seqpacket_listen_at_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_seqpacket_listen_at(NULL, AT_FDCWD, &a_path, 0, 0, 0), EINVAL);
}

/* fdk_unix_seqpacket_listen_at() with path = NULL is -EINVAL */
static void test_unix_seqpacket_listen_at_null_path(void)
{
    fdk_unix_seqpacket_listener a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_seqpacket_listen_at(&a_out, AT_FDCWD, NULL, 0, 0, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_listen_at(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_seqpacket_listen_at_unknown_flags(void)
{
    fdk_unix_seqpacket_listener a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_listen_at(&a_out, AT_FDCWD, &a_path, 0, f, 0), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_accept() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_accept_bad_handle(void)
{
    fdk_unix_seqpacket_listener bad = FDK_HANDLE_INIT;
    fdk_unix_seqpacket a_out = {.fd = -7};
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    ASSERT_ERR(fdk_unix_seqpacket_accept(bad, &a_out, &a_ret_peer, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
}

/* fdk_unix_seqpacket_accept() with out = NULL is -EINVAL */
static void test_unix_seqpacket_accept_null_out(void)
{
    fdk_unix_seqpacket_listener h = fdk_unix_seqpacket_listener_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    ASSERT_ERR(fdk_unix_seqpacket_accept(h, NULL, &a_ret_peer, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&h));
}

/* fdk_unix_seqpacket_accept(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_seqpacket_accept_unknown_flags(void)
{
    fdk_unix_seqpacket_listener h = fdk_unix_seqpacket_listener_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_unix_seqpacket a_out = {.fd = -7};
    fdk_sockaddr a_ret_peer;
    memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_accept(h, &a_out, &a_ret_peer, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
    ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&h));
}

/* fdk_unix_seqpacket_connect() with out = NULL is -EINVAL */
static void test_unix_seqpacket_connect_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_unix_seqpacket_connect(NULL, &a_addr, 0), EINVAL);
}

/* fdk_unix_seqpacket_connect() with addr = NULL is -EINVAL */
static void test_unix_seqpacket_connect_null_addr(void)
{
    fdk_unix_seqpacket a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_seqpacket_connect(&a_out, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_connect(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_seqpacket_connect_unknown_flags(void)
{
    fdk_unix_seqpacket a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_connect(&a_out, &a_addr, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_connect_at() with dirfd = -1 is -EBADF */
static void test_unix_seqpacket_connect_at_negative_dirfd(void)
{
    fdk_unix_seqpacket a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_seqpacket_connect_at(&a_out, -1, &a_path, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_connect_at() with out = NULL is -EINVAL */
static void test_unix_seqpacket_connect_at_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_seqpacket_connect_at(NULL, AT_FDCWD, &a_path, 0), EINVAL);
}

/* fdk_unix_seqpacket_connect_at() with path = NULL is -EINVAL */
static void test_unix_seqpacket_connect_at_null_path(void)
{
    fdk_unix_seqpacket a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_seqpacket_connect_at(&a_out, AT_FDCWD, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_connect_at(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_seqpacket_connect_at_unknown_flags(void)
{
    fdk_unix_seqpacket a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_connect_at(&a_out, AT_FDCWD, &a_path, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_seqpacket_pair() with a = NULL is -EINVAL */
static void test_unix_seqpacket_pair_null_a(void)
{
    fdk_unix_seqpacket a_b = {.fd = -7};
    ASSERT_ERR(fdk_unix_seqpacket_pair(NULL, &a_b, 0), EINVAL);
    ASSERT_EQ(a_b.fd, -7);
}

/* fdk_unix_seqpacket_pair() with b = NULL is -EINVAL */
static void test_unix_seqpacket_pair_null_b(void)
{
    fdk_unix_seqpacket a_a = {.fd = -7};
    ASSERT_ERR(fdk_unix_seqpacket_pair(&a_a, NULL, 0), EINVAL);
    ASSERT_EQ(a_a.fd, -7);
}

/* fdk_unix_seqpacket_pair(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_seqpacket_pair_unknown_flags(void)
{
    fdk_unix_seqpacket a_a = {.fd = -7};
    fdk_unix_seqpacket a_b = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_pair(&a_a, &a_b, f), EINVAL);
    }
    ASSERT_EQ(a_a.fd, -7);
    ASSERT_EQ(a_b.fd, -7);
}

/* fdk_unix_dgram_open() with out = NULL is -EINVAL */
static void test_unix_dgram_open_null_out(void)
{
    ASSERT_ERR(fdk_unix_dgram_open(NULL, 0), EINVAL);
}

/* fdk_unix_dgram_open(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_dgram_open_unknown_flags(void)
{
    fdk_unix_dgram a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_open(&a_out, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_dgram_bind() with out = NULL is -EINVAL */
static void test_unix_dgram_bind_null_out(void)
{
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_unix_dgram_bind(NULL, &a_addr, 0), EINVAL);
}

/* fdk_unix_dgram_bind() with addr = NULL is -EINVAL */
static void test_unix_dgram_bind_null_addr(void)
{
    fdk_unix_dgram a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_dgram_bind(&a_out, NULL, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_dgram_bind(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_dgram_bind_unknown_flags(void)
{
    fdk_unix_dgram a_out = {.fd = -7};
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_bind(&a_out, &a_addr, f), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_dgram_bind_at() with dirfd = -1 is -EBADF */
static void test_unix_dgram_bind_at_negative_dirfd(void)
{
    fdk_unix_dgram a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_dgram_bind_at(&a_out, -1, &a_path, 0, 0), EBADF);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_dgram_bind_at() with out = NULL is -EINVAL */
static void test_unix_dgram_bind_at_null_out(void)
{
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_dgram_bind_at(NULL, AT_FDCWD, &a_path, 0, 0), EINVAL);
}

/* fdk_unix_dgram_bind_at() with path = NULL is -EINVAL */
static void test_unix_dgram_bind_at_null_path(void)
{
    fdk_unix_dgram a_out = {.fd = -7};
    ASSERT_ERR(fdk_unix_dgram_bind_at(&a_out, AT_FDCWD, NULL, 0, 0), EINVAL);
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_dgram_bind_at(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_dgram_bind_at_unknown_flags(void)
{
    fdk_unix_dgram a_out = {.fd = -7};
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_bind_at(&a_out, AT_FDCWD, &a_path, f, 0), EINVAL);
    }
    ASSERT_EQ(a_out.fd, -7);
}

/* fdk_unix_dgram_connect() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_connect_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    fdk_sockaddr a_addr;
    memset(&a_addr, 0, sizeof a_addr);
    ASSERT_ERR(fdk_unix_dgram_connect(bad, &a_addr), EBADF);
}

/* fdk_unix_dgram_connect_at() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_connect_at_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_dgram_connect_at(bad, AT_FDCWD, &a_path), EBADF);
}

/* fdk_unix_dgram_connect_at() with dirfd = -1 is -EBADF */
static void test_unix_dgram_connect_at_negative_dirfd(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_path;
    memset(&a_path, 0, sizeof a_path);
    ASSERT_ERR(fdk_unix_dgram_connect_at(h, -1, &a_path), EBADF);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_connect_at() with path = NULL is -EINVAL */
static void test_unix_dgram_connect_at_null_path(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_connect_at(h, AT_FDCWD, NULL), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_pair() with a = NULL is -EINVAL */
static void test_unix_dgram_pair_null_a(void)
{
    fdk_unix_dgram a_b = {.fd = -7};
    ASSERT_ERR(fdk_unix_dgram_pair(NULL, &a_b, 0), EINVAL);
    ASSERT_EQ(a_b.fd, -7);
}

/* fdk_unix_dgram_pair() with b = NULL is -EINVAL */
static void test_unix_dgram_pair_null_b(void)
{
    fdk_unix_dgram a_a = {.fd = -7};
    ASSERT_ERR(fdk_unix_dgram_pair(&a_a, NULL, 0), EINVAL);
    ASSERT_EQ(a_a.fd, -7);
}

/* fdk_unix_dgram_pair(): every bit outside FDK_SOCKET_OPEN_ALL is -EINVAL */
static void test_unix_dgram_pair_unknown_flags(void)
{
    fdk_unix_dgram a_a = {.fd = -7};
    fdk_unix_dgram a_b = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_pair(&a_a, &a_b, f), EINVAL);
    }
    ASSERT_EQ(a_a.fd, -7);
    ASSERT_EQ(a_b.fd, -7);
}

/* fdk_tcp_stream_send() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_send_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_tcp_stream_send(bad, a_buf, 16, 0), EBADF);
}

/* fdk_tcp_stream_send() with buf = NULL is -EINVAL */
static void test_tcp_stream_send_null_buf(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_tcp_stream_send(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_send(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_tcp_stream_send_unknown_flags(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_stream_send(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_send() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_send_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_stream_send(bad, a_buf, 16, 0), EBADF);
}

/* fdk_unix_stream_send() with buf = NULL is -EINVAL */
static void test_unix_stream_send_null_buf(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_stream_send(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_send(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_stream_send_unknown_flags(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_stream_send(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_send() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_send_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_seqpacket_send(bad, a_buf, 16, 0), EBADF);
}

/* fdk_unix_seqpacket_send() with buf = NULL is -EINVAL */
static void test_unix_seqpacket_send_null_buf(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_seqpacket_send(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_send(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_seqpacket_send_unknown_flags(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_send(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_send() on a closed handle is -EBADF, outputs untouched */
static void test_udp_send_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_udp_send(bad, a_buf, 16, 0), EBADF);
}

/* fdk_udp_send() with buf = NULL is -EINVAL */
static void test_udp_send_null_buf(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_send(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_send(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_udp_send_unknown_flags(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_udp_send(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_send() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_send_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_dgram_send(bad, a_buf, 16, 0), EBADF);
}

/* fdk_unix_dgram_send() with buf = NULL is -EINVAL */
static void test_unix_dgram_send_null_buf(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_send(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_send(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_dgram_send_unknown_flags(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_send(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_recv() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_recv_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_tcp_stream_recv(bad, a_buf, 16, 0), EBADF);
}

/* fdk_tcp_stream_recv() with buf = NULL is -EINVAL */
static void test_tcp_stream_recv_null_buf(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_tcp_stream_recv(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_recv(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_tcp_stream_recv_unknown_flags(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_stream_recv(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_recv() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_recv_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_stream_recv(bad, a_buf, 16, 0), EBADF);
}

/* fdk_unix_stream_recv() with buf = NULL is -EINVAL */
static void test_unix_stream_recv_null_buf(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_stream_recv(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_recv(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_stream_recv_unknown_flags(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_stream_recv(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_recv() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_recv_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_seqpacket_recv(bad, a_buf, 16, 0), EBADF);
}

/* fdk_unix_seqpacket_recv() with buf = NULL is -EINVAL */
static void test_unix_seqpacket_recv_null_buf(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_seqpacket_recv(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_recv(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_seqpacket_recv_unknown_flags(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_recv(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_recv() on a closed handle is -EBADF, outputs untouched */
static void test_udp_recv_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_udp_recv(bad, a_buf, 16, 0), EBADF);
}

/* fdk_udp_recv() with buf = NULL is -EINVAL */
static void test_udp_recv_null_buf(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_recv(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_recv(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_udp_recv_unknown_flags(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_udp_recv(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_recv() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_recv_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_dgram_recv(bad, a_buf, 16, 0), EBADF);
}

/* fdk_unix_dgram_recv() with buf = NULL is -EINVAL */
static void test_unix_dgram_recv_null_buf(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_recv(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_recv(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_dgram_recv_unknown_flags(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_recv(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_udp_sendto() on a closed handle is -EBADF, outputs untouched */
static void test_udp_sendto_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_udp_sendto(bad, a_buf, 16, &loop4, 0), EBADF);
}

/* fdk_udp_sendto() with buf = NULL is -EINVAL */
static void test_udp_sendto_null_buf(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_sendto(h, NULL, 16, &loop4, 0), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_sendto() with to = NULL is -EINVAL */
static void test_udp_sendto_null_to(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_udp_sendto(h, a_buf, 16, NULL, 0), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_sendto(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_udp_sendto_unknown_flags(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_udp_sendto(h, a_buf, 16, &loop4, f), EINVAL);
    }
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_sendto() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_sendto_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_dgram_sendto(bad, a_buf, 16, &unix_nowhere, 0), EBADF);
}

/* fdk_unix_dgram_sendto() with buf = NULL is -EINVAL */
static void test_unix_dgram_sendto_null_buf(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_sendto(h, NULL, 16, &unix_nowhere, 0), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_sendto() with to = NULL is -EINVAL */
static void test_unix_dgram_sendto_null_to(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_dgram_sendto(h, a_buf, 16, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_sendto(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_dgram_sendto_unknown_flags(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_sendto(h, a_buf, 16, &unix_nowhere, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_sendmsg() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_sendmsg_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    ASSERT_ERR(fdk_tcp_stream_sendmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_tcp_stream_sendmsg() with msg = NULL is -EINVAL */
static void test_tcp_stream_sendmsg_null_msg(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_tcp_stream_sendmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_sendmsg(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_tcp_stream_sendmsg_unknown_flags(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_stream_sendmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_sendmsg() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_sendmsg_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    ASSERT_ERR(fdk_unix_stream_sendmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_unix_stream_sendmsg() with msg = NULL is -EINVAL */
static void test_unix_stream_sendmsg_null_msg(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_stream_sendmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_sendmsg(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_stream_sendmsg_unknown_flags(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_stream_sendmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_sendmsg() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_sendmsg_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    ASSERT_ERR(fdk_unix_seqpacket_sendmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_unix_seqpacket_sendmsg() with msg = NULL is -EINVAL */
static void test_unix_seqpacket_sendmsg_null_msg(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_seqpacket_sendmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_sendmsg(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_seqpacket_sendmsg_unknown_flags(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_sendmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_sendmsg() on a closed handle is -EBADF, outputs untouched */
static void test_udp_sendmsg_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    ASSERT_ERR(fdk_udp_sendmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_udp_sendmsg() with msg = NULL is -EINVAL */
static void test_udp_sendmsg_null_msg(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_sendmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_sendmsg(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_udp_sendmsg_unknown_flags(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_udp_sendmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_sendmsg() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_sendmsg_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    ASSERT_ERR(fdk_unix_dgram_sendmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_unix_dgram_sendmsg() with msg = NULL is -EINVAL */
static void test_unix_dgram_sendmsg_null_msg(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_sendmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_sendmsg(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_unix_dgram_sendmsg_unknown_flags(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_sendmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_recvmsg() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_recvmsg_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    ASSERT_ERR(fdk_tcp_stream_recvmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_tcp_stream_recvmsg() with msg = NULL is -EINVAL */
static void test_tcp_stream_recvmsg_null_msg(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_tcp_stream_recvmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_recvmsg(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_tcp_stream_recvmsg_unknown_flags(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_tcp_stream_recvmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_recvmsg() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_recvmsg_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    ASSERT_ERR(fdk_unix_stream_recvmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_unix_stream_recvmsg() with msg = NULL is -EINVAL */
static void test_unix_stream_recvmsg_null_msg(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_stream_recvmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_recvmsg(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_stream_recvmsg_unknown_flags(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_stream_recvmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_recvmsg() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_recvmsg_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    ASSERT_ERR(fdk_unix_seqpacket_recvmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_unix_seqpacket_recvmsg() with msg = NULL is -EINVAL */
static void test_unix_seqpacket_recvmsg_null_msg(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_seqpacket_recvmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_recvmsg(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_seqpacket_recvmsg_unknown_flags(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_seqpacket_recvmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_recvmsg() on a closed handle is -EBADF, outputs untouched */
static void test_udp_recvmsg_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    ASSERT_ERR(fdk_udp_recvmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_udp_recvmsg() with msg = NULL is -EINVAL */
static void test_udp_recvmsg_null_msg(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_recvmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_recvmsg(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_udp_recvmsg_unknown_flags(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_udp_recvmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_recvmsg() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_recvmsg_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    ASSERT_ERR(fdk_unix_dgram_recvmsg(bad, &a_msg, 0), EBADF);
}

/* fdk_unix_dgram_recvmsg() with msg = NULL is -EINVAL */
static void test_unix_dgram_recvmsg_null_msg(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_recvmsg(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_recvmsg(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_dgram_recvmsg_unknown_flags(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_recvmsg(h, &a_msg, f), EINVAL);
    }
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_readv() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_readv_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_tcp_stream_readv(bad, a_iov, 4), EBADF);
}

/* fdk_tcp_stream_readv() with iov = NULL is -EINVAL */
static void test_tcp_stream_readv_null_iov(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_tcp_stream_readv(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_readv() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_readv_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_unix_stream_readv(bad, a_iov, 4), EBADF);
}

/* fdk_unix_stream_readv() with iov = NULL is -EINVAL */
static void test_unix_stream_readv_null_iov(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_stream_readv(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_readv() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_readv_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_unix_seqpacket_readv(bad, a_iov, 4), EBADF);
}

/* fdk_unix_seqpacket_readv() with iov = NULL is -EINVAL */
static void test_unix_seqpacket_readv_null_iov(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_seqpacket_readv(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_readv() on a closed handle is -EBADF, outputs untouched */
static void test_udp_readv_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_udp_readv(bad, a_iov, 4), EBADF);
}

/* fdk_udp_readv() with iov = NULL is -EINVAL */
static void test_udp_readv_null_iov(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_readv(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_readv() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_readv_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_unix_dgram_readv(bad, a_iov, 4), EBADF);
}

/* fdk_unix_dgram_readv() with iov = NULL is -EINVAL */
static void test_unix_dgram_readv_null_iov(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_readv(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_writev() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_writev_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_tcp_stream_writev(bad, a_iov, 4), EBADF);
}

/* fdk_tcp_stream_writev() with iov = NULL is -EINVAL */
static void test_tcp_stream_writev_null_iov(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_tcp_stream_writev(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_writev() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_writev_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_unix_stream_writev(bad, a_iov, 4), EBADF);
}

/* fdk_unix_stream_writev() with iov = NULL is -EINVAL */
static void test_unix_stream_writev_null_iov(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_stream_writev(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_writev() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_writev_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_unix_seqpacket_writev(bad, a_iov, 4), EBADF);
}

/* fdk_unix_seqpacket_writev() with iov = NULL is -EINVAL */
static void test_unix_seqpacket_writev_null_iov(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_seqpacket_writev(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_writev() on a closed handle is -EBADF, outputs untouched */
static void test_udp_writev_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_udp_writev(bad, a_iov, 4), EBADF);
}

/* fdk_udp_writev() with iov = NULL is -EINVAL */
static void test_udp_writev_null_iov(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_udp_writev(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_writev() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_writev_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_unix_dgram_writev(bad, a_iov, 4), EBADF);
}

/* fdk_unix_dgram_writev() with iov = NULL is -EINVAL */
static void test_unix_dgram_writev_null_iov(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_unix_dgram_writev(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_shutdown() on a closed handle is -EBADF, outputs untouched */
static void test_tcp_stream_shutdown_bad_handle(void)
{
    fdk_tcp_stream bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tcp_stream_shutdown(bad, SHUT_RD), EBADF);
}

/* fdk_unix_stream_shutdown() on a closed handle is -EBADF, outputs untouched */
static void test_unix_stream_shutdown_bad_handle(void)
{
    fdk_unix_stream bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_unix_stream_shutdown(bad, SHUT_RD), EBADF);
}

/* fdk_unix_seqpacket_shutdown() on a closed handle is -EBADF, outputs untouched */
static void test_unix_seqpacket_shutdown_bad_handle(void)
{
    fdk_unix_seqpacket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_unix_seqpacket_shutdown(bad, SHUT_RD), EBADF);
}

/* fdk_udp_recvfrom() on a closed handle is -EBADF, outputs untouched */
static void test_udp_recvfrom_bad_handle(void)
{
    fdk_udp bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    fdk_sockaddr a_ret_from;
    memset(&a_ret_from, 0x5a, sizeof a_ret_from);
    ASSERT_ERR(fdk_udp_recvfrom(bad, a_buf, 16, &a_ret_from, 0), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_from, sizeof a_ret_from, 0x5a));
}

/* fdk_udp_recvfrom() with buf = NULL is -EINVAL */
static void test_udp_recvfrom_null_buf(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_sockaddr a_ret_from;
    memset(&a_ret_from, 0x5a, sizeof a_ret_from);
    ASSERT_ERR(fdk_udp_recvfrom(h, NULL, 16, &a_ret_from, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_from, sizeof a_ret_from, 0x5a));
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_recvfrom(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_udp_recvfrom_unknown_flags(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_sockaddr a_ret_from;
    memset(&a_ret_from, 0x5a, sizeof a_ret_from);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_udp_recvfrom(h, a_buf, 16, &a_ret_from, f), EINVAL);
    }
    ASSERT_TRUE(bytes_are(&a_ret_from, sizeof a_ret_from, 0x5a));
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_recvfrom() on a closed handle is -EBADF, outputs untouched */
static void test_unix_dgram_recvfrom_bad_handle(void)
{
    fdk_unix_dgram bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    fdk_sockaddr a_ret_from;
    memset(&a_ret_from, 0x5a, sizeof a_ret_from);
    ASSERT_ERR(fdk_unix_dgram_recvfrom(bad, a_buf, 16, &a_ret_from, 0), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_from, sizeof a_ret_from, 0x5a));
}

/* fdk_unix_dgram_recvfrom() with buf = NULL is -EINVAL */
static void test_unix_dgram_recvfrom_null_buf(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_sockaddr a_ret_from;
    memset(&a_ret_from, 0x5a, sizeof a_ret_from);
    ASSERT_ERR(fdk_unix_dgram_recvfrom(h, NULL, 16, &a_ret_from, 0), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_from, sizeof a_ret_from, 0x5a));
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_recvfrom(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_unix_dgram_recvfrom_unknown_flags(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_sockaddr a_ret_from;
    memset(&a_ret_from, 0x5a, sizeof a_ret_from);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_unix_dgram_recvfrom(h, a_buf, 16, &a_ret_from, f), EINVAL);
    }
    ASSERT_TRUE(bytes_are(&a_ret_from, sizeof a_ret_from, 0x5a));
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_socket_local_addr() on a closed handle is -EBADF, outputs untouched */
static void test_local_addr_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    fdk_sockaddr a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_socket_local_addr(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_socket_local_addr() with out = NULL is -EINVAL */
static void test_local_addr_null_out(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_local_addr(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_peer_addr() on a closed handle is -EBADF, outputs untouched */
static void test_peer_addr_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    fdk_sockaddr a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_socket_peer_addr(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_socket_peer_addr() with out = NULL is -EINVAL */
static void test_peer_addr_null_out(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_peer_addr(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_tcp_info() on a closed handle is -EBADF, outputs untouched */
static void test_get_tcp_info_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    struct fdk_tcp_info a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_socket_get_tcp_info(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_socket_get_tcp_info() with out = NULL is -EINVAL */
static void test_get_tcp_info_null_out(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_tcp_info(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_peerpidfd() on a closed handle is -EBADF, outputs untouched */
static void test_get_peerpidfd_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_fd;
    memset(&a_ret_fd, 0x5a, sizeof a_ret_fd);
    ASSERT_ERR(fdk_socket_get_peerpidfd(bad, &a_ret_fd), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_fd, sizeof a_ret_fd, 0x5a));
}

/* fdk_socket_get_peerpidfd() with ret_fd = NULL is -EINVAL */
static void test_get_peerpidfd_null_ret_fd(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_peerpidfd(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_fds() on a closed handle is -EBADF, outputs untouched */
static void test_send_fds_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    int a_fds[4];
    memset(a_fds, 0, sizeof a_fds);
    ASSERT_ERR(fdk_socket_send_fds(bad, a_buf, 16, a_fds, 4, 0), EBADF);
}

/* fdk_socket_send_fds() with buf = NULL is -EINVAL */
static void test_send_fds_null_buf(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_fds[4];
    memset(a_fds, 0, sizeof a_fds);
    ASSERT_ERR(fdk_socket_send_fds(h, NULL, 16, a_fds, 4, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_fds() with fds = NULL is -EINVAL */
static void test_send_fds_null_fds(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_socket_send_fds(h, a_buf, 16, NULL, 4, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_fds(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_send_fds_unknown_flags(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int a_fds[4];
    memset(a_fds, 0, sizeof a_fds);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_socket_send_fds(h, a_buf, 16, a_fds, 4, f), EINVAL);
    }
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_creds() on a closed handle is -EBADF, outputs untouched */
static void test_send_creds_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    struct fdk_ucred a_creds;
    memset(&a_creds, 0, sizeof a_creds);
    ASSERT_ERR(fdk_socket_send_creds(bad, a_buf, 16, &a_creds, 0), EBADF);
}

/* fdk_socket_send_creds() with buf = NULL is -EINVAL */
static void test_send_creds_null_buf(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_ucred a_creds;
    memset(&a_creds, 0, sizeof a_creds);
    ASSERT_ERR(fdk_socket_send_creds(h, NULL, 16, &a_creds, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_creds(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_send_creds_unknown_flags(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    struct fdk_ucred a_creds;
    memset(&a_creds, 0, sizeof a_creds);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_socket_send_creds(h, a_buf, 16, &a_creds, f), EINVAL);
    }
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_recv_ancillary() on a closed handle is -EBADF, outputs untouched */
static void test_recv_ancillary_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    struct fdk_socket_ancillary a_anc;
    memset(&a_anc, 0x5a, sizeof a_anc);
    ASSERT_ERR(fdk_socket_recv_ancillary(bad, a_buf, 16, &a_anc, 0), EBADF);
}

/* fdk_socket_recv_ancillary() with buf = NULL is -EINVAL */
static void test_recv_ancillary_null_buf(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_socket_ancillary a_anc;
    memset(&a_anc, 0x5a, sizeof a_anc);
    ASSERT_ERR(fdk_socket_recv_ancillary(h, NULL, 16, &a_anc, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_recv_ancillary() with anc = NULL is -EINVAL */
static void test_recv_ancillary_null_anc(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_socket_recv_ancillary(h, a_buf, 16, NULL, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_recv_ancillary(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_recv_ancillary_unknown_flags(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    struct fdk_socket_ancillary a_anc;
    memset(&a_anc, 0x5a, sizeof a_anc);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_socket_recv_ancillary(h, a_buf, 16, &a_anc, f), EINVAL);
    }
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_batch() on a closed handle is -EBADF, outputs untouched */
static void test_send_batch_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    struct fdk_socket_msg a_msgs[4];
    memset(a_msgs, 0, sizeof a_msgs);
    ASSERT_ERR(fdk_socket_send_batch(bad, a_msgs, 4, 0), EBADF);
}

/* fdk_socket_send_batch() with msgs = NULL is -EINVAL */
static void test_send_batch_null_msgs(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_send_batch(h, NULL, 4, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_batch(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_send_batch_unknown_flags(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_socket_msg a_msgs[4];
    memset(a_msgs, 0, sizeof a_msgs);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_socket_send_batch(h, a_msgs, 4, f), EINVAL);
    }
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_recv_batch() on a closed handle is -EBADF, outputs untouched */
static void test_recv_batch_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    struct fdk_socket_msg a_msgs[4];
    memset(a_msgs, 0, sizeof a_msgs);
    ASSERT_ERR(fdk_socket_recv_batch(bad, a_msgs, 4, 0), EBADF);
}

/* fdk_socket_recv_batch() with msgs = NULL is -EINVAL */
static void test_recv_batch_null_msgs(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_recv_batch(h, NULL, 4, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_recv_batch(): every bit outside FDK_SOCKET_RECV_ALL is -EINVAL */
static void test_recv_batch_unknown_flags(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_socket_msg a_msgs[4];
    memset(a_msgs, 0, sizeof a_msgs);
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_RECV_ALL)
            continue;
        ASSERT_ERR(fdk_socket_recv_batch(h, a_msgs, 4, f), EINVAL);
    }
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_zerocopy() on a closed handle is -EBADF, outputs untouched */
static void test_send_zerocopy_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_socket_send_zerocopy(bad, a_buf, 16, 0), EBADF);
}

/* fdk_socket_send_zerocopy() with buf = NULL is -EINVAL */
static void test_send_zerocopy_null_buf(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_send_zerocopy(h, NULL, 16, 0), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_send_zerocopy(): every bit outside FDK_SOCKET_SEND_ALL is -EINVAL */
static void test_send_zerocopy_unknown_flags(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_SOCKET_SEND_ALL)
            continue;
        ASSERT_ERR(fdk_socket_send_zerocopy(h, a_buf, 16, f), EINVAL);
    }
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_zerocopy_completions() on a closed handle is -EBADF, outputs untouched */
static void test_zerocopy_completions_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    struct fdk_zerocopy_range a_out[4];
    memset(a_out, 0, sizeof a_out);
    ASSERT_ERR(fdk_socket_zerocopy_completions(bad, a_out, 4), EBADF);
}

/* fdk_socket_zerocopy_completions() with out = NULL is -EINVAL */
static void test_zerocopy_completions_null_out(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_zerocopy_completions(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_reuseaddr() on a closed handle is -EBADF, outputs untouched */
static void test_set_reuseaddr_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_reuseaddr(bad, 0), EBADF);
}

/* fdk_socket_get_reuseaddr() on a closed handle is -EBADF, outputs untouched */
static void test_get_reuseaddr_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_reuseaddr(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_reuseaddr() with ret_on = NULL is -EINVAL */
static void test_get_reuseaddr_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_reuseaddr(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_reuseport() on a closed handle is -EBADF, outputs untouched */
static void test_set_reuseport_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_reuseport(bad, 0), EBADF);
}

/* fdk_socket_get_reuseport() on a closed handle is -EBADF, outputs untouched */
static void test_get_reuseport_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_reuseport(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_reuseport() with ret_on = NULL is -EINVAL */
static void test_get_reuseport_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_reuseport(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_broadcast() on a closed handle is -EBADF, outputs untouched */
static void test_set_broadcast_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_broadcast(bad, 0), EBADF);
}

/* fdk_socket_get_broadcast() on a closed handle is -EBADF, outputs untouched */
static void test_get_broadcast_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_broadcast(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_broadcast() with ret_on = NULL is -EINVAL */
static void test_get_broadcast_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_broadcast(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepalive() on a closed handle is -EBADF, outputs untouched */
static void test_set_keepalive_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_keepalive(bad, 0), EBADF);
}

/* fdk_socket_get_keepalive() on a closed handle is -EBADF, outputs untouched */
static void test_get_keepalive_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_keepalive(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_keepalive() with ret_on = NULL is -EINVAL */
static void test_get_keepalive_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_keepalive(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_oobinline() on a closed handle is -EBADF, outputs untouched */
static void test_set_oobinline_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_oobinline(bad, 0), EBADF);
}

/* fdk_socket_get_oobinline() on a closed handle is -EBADF, outputs untouched */
static void test_get_oobinline_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_oobinline(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_oobinline() with ret_on = NULL is -EINVAL */
static void test_get_oobinline_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_oobinline(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_passcred() on a closed handle is -EBADF, outputs untouched */
static void test_set_passcred_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_passcred(bad, 0), EBADF);
}

/* fdk_socket_get_passcred() on a closed handle is -EBADF, outputs untouched */
static void test_get_passcred_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_passcred(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_passcred() with ret_on = NULL is -EINVAL */
static void test_get_passcred_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_passcred(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_zerocopy() on a closed handle is -EBADF, outputs untouched */
static void test_set_zerocopy_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_zerocopy(bad, 0), EBADF);
}

/* fdk_socket_get_zerocopy() on a closed handle is -EBADF, outputs untouched */
static void test_get_zerocopy_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_zerocopy(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_zerocopy() with ret_on = NULL is -EINVAL */
static void test_get_zerocopy_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_zerocopy(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_acceptconn() on a closed handle is -EBADF, outputs untouched */
static void test_get_acceptconn_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_acceptconn(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_acceptconn() with ret_on = NULL is -EINVAL */
static void test_get_acceptconn_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_acceptconn(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvbuf() on a closed handle is -EBADF, outputs untouched */
static void test_set_rcvbuf_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_rcvbuf(bad, 0), EBADF);
}

/* fdk_socket_get_rcvbuf() on a closed handle is -EBADF, outputs untouched */
static void test_get_rcvbuf_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    size_t a_ret_bytes;
    memset(&a_ret_bytes, 0x5a, sizeof a_ret_bytes);
    ASSERT_ERR(fdk_socket_get_rcvbuf(bad, &a_ret_bytes), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_bytes, sizeof a_ret_bytes, 0x5a));
}

/* fdk_socket_get_rcvbuf() with ret_bytes = NULL is -EINVAL */
static void test_get_rcvbuf_null_ret_bytes(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_rcvbuf(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_sndbuf() on a closed handle is -EBADF, outputs untouched */
static void test_set_sndbuf_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_sndbuf(bad, 0), EBADF);
}

/* fdk_socket_get_sndbuf() on a closed handle is -EBADF, outputs untouched */
static void test_get_sndbuf_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    size_t a_ret_bytes;
    memset(&a_ret_bytes, 0x5a, sizeof a_ret_bytes);
    ASSERT_ERR(fdk_socket_get_sndbuf(bad, &a_ret_bytes), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_bytes, sizeof a_ret_bytes, 0x5a));
}

/* fdk_socket_get_sndbuf() with ret_bytes = NULL is -EINVAL */
static void test_get_sndbuf_null_ret_bytes(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_sndbuf(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvlowat() on a closed handle is -EBADF, outputs untouched */
static void test_set_rcvlowat_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_rcvlowat(bad, 0), EBADF);
}

/* fdk_socket_get_rcvlowat() on a closed handle is -EBADF, outputs untouched */
static void test_get_rcvlowat_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_rcvlowat(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_rcvlowat() with ret_value = NULL is -EINVAL */
static void test_get_rcvlowat_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_rcvlowat(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvtimeo() on a closed handle is -EBADF, outputs untouched */
static void test_set_rcvtimeo_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_rcvtimeo(bad, 1000), EBADF);
}

/* fdk_socket_get_rcvtimeo() on a closed handle is -EBADF, outputs untouched */
static void test_get_rcvtimeo_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    uint64_t a_ret_usec;
    memset(&a_ret_usec, 0x5a, sizeof a_ret_usec);
    ASSERT_ERR(fdk_socket_get_rcvtimeo(bad, &a_ret_usec), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_usec, sizeof a_ret_usec, 0x5a));
}

/* fdk_socket_get_rcvtimeo() with ret_usec = NULL is -EINVAL */
static void test_get_rcvtimeo_null_ret_usec(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_rcvtimeo(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_sndtimeo() on a closed handle is -EBADF, outputs untouched */
static void test_set_sndtimeo_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_sndtimeo(bad, 1000), EBADF);
}

/* fdk_socket_get_sndtimeo() on a closed handle is -EBADF, outputs untouched */
static void test_get_sndtimeo_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    uint64_t a_ret_usec;
    memset(&a_ret_usec, 0x5a, sizeof a_ret_usec);
    ASSERT_ERR(fdk_socket_get_sndtimeo(bad, &a_ret_usec), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_usec, sizeof a_ret_usec, 0x5a));
}

/* fdk_socket_get_sndtimeo() with ret_usec = NULL is -EINVAL */
static void test_get_sndtimeo_null_ret_usec(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_sndtimeo(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_linger() on a closed handle is -EBADF, outputs untouched */
static void test_set_linger_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_linger(bad, 0), EBADF);
}

/* fdk_socket_get_linger() on a closed handle is -EBADF, outputs untouched */
static void test_get_linger_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_seconds;
    memset(&a_ret_seconds, 0x5a, sizeof a_ret_seconds);
    ASSERT_ERR(fdk_socket_get_linger(bad, &a_ret_seconds), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_seconds, sizeof a_ret_seconds, 0x5a));
}

/* fdk_socket_get_linger() with ret_seconds = NULL is -EINVAL */
static void test_get_linger_null_ret_seconds(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_linger(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_incoming_cpu() on a closed handle is -EBADF, outputs untouched */
static void test_set_incoming_cpu_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_incoming_cpu(bad, 0), EBADF);
}

/* fdk_socket_get_incoming_cpu() on a closed handle is -EBADF, outputs untouched */
static void test_get_incoming_cpu_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_incoming_cpu(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_incoming_cpu() with ret_value = NULL is -EINVAL */
static void test_get_incoming_cpu_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_incoming_cpu(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_busy_poll() on a closed handle is -EBADF, outputs untouched */
static void test_set_busy_poll_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_busy_poll(bad, 0), EBADF);
}

/* fdk_socket_get_busy_poll() on a closed handle is -EBADF, outputs untouched */
static void test_get_busy_poll_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_busy_poll(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_busy_poll() with ret_value = NULL is -EINVAL */
static void test_get_busy_poll_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_busy_poll(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_error() on a closed handle is -EBADF, outputs untouched */
static void test_get_error_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_err;
    memset(&a_ret_err, 0x5a, sizeof a_ret_err);
    ASSERT_ERR(fdk_socket_get_error(bad, &a_ret_err), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_err, sizeof a_ret_err, 0x5a));
}

/* fdk_socket_get_error() with ret_err = NULL is -EINVAL */
static void test_get_error_null_ret_err(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_error(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_type() on a closed handle is -EBADF, outputs untouched */
static void test_get_type_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_type(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_type() with ret_value = NULL is -EINVAL */
static void test_get_type_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_type(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_domain() on a closed handle is -EBADF, outputs untouched */
static void test_get_domain_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_domain(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_domain() with ret_value = NULL is -EINVAL */
static void test_get_domain_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_domain(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_protocol() on a closed handle is -EBADF, outputs untouched */
static void test_get_protocol_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_protocol(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_protocol() with ret_value = NULL is -EINVAL */
static void test_get_protocol_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_protocol(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_peercred() on a closed handle is -EBADF, outputs untouched */
static void test_get_peercred_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    struct fdk_ucred a_ret_cred;
    memset(&a_ret_cred, 0x5a, sizeof a_ret_cred);
    ASSERT_ERR(fdk_socket_get_peercred(bad, &a_ret_cred), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_cred, sizeof a_ret_cred, 0x5a));
}

/* fdk_socket_get_peercred() with ret_cred = NULL is -EINVAL */
static void test_get_peercred_null_ret_cred(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_peercred(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_mark() on a closed handle is -EBADF, outputs untouched */
static void test_set_mark_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_mark(bad, 0), EBADF);
}

/* fdk_socket_get_mark() on a closed handle is -EBADF, outputs untouched */
static void test_get_mark_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_mark(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_mark() with ret_value = NULL is -EINVAL */
static void test_get_mark_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_mark(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_priority() on a closed handle is -EBADF, outputs untouched */
static void test_set_priority_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_priority(bad, 0), EBADF);
}

/* fdk_socket_get_priority() on a closed handle is -EBADF, outputs untouched */
static void test_get_priority_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_priority(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_priority() with ret_value = NULL is -EINVAL */
static void test_get_priority_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_priority(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_bindtodevice() on a closed handle is -EBADF, outputs untouched */
static void test_set_bindtodevice_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_name;
    memset(&a_name, 0, sizeof a_name);
    ASSERT_ERR(fdk_socket_set_bindtodevice(bad, &a_name), EBADF);
}

/* fdk_socket_set_bindtodevice() with name = NULL is -EINVAL */
static void test_set_bindtodevice_null_name(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_set_bindtodevice(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_bindtodevice() on a closed handle is -EBADF, outputs untouched */
static void test_get_bindtodevice_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_socket_get_bindtodevice(bad, a_buf, 16), EBADF);
}

/* fdk_socket_get_bindtodevice() with buf = NULL is -EINVAL */
static void test_get_bindtodevice_null_buf(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_bindtodevice(h, NULL, 16), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_peek_off() on a closed handle is -EBADF, outputs untouched */
static void test_set_peek_off_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_peek_off(bad, 0), EBADF);
}

/* fdk_socket_get_peek_off() on a closed handle is -EBADF, outputs untouched */
static void test_get_peek_off_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_peek_off(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_peek_off() with ret_value = NULL is -EINVAL */
static void test_get_peek_off_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_peek_off(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_passpidfd() on a closed handle is -EBADF, outputs untouched */
static void test_set_passpidfd_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_passpidfd(bad, 0), EBADF);
}

/* fdk_socket_get_passpidfd() on a closed handle is -EBADF, outputs untouched */
static void test_get_passpidfd_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_passpidfd(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_passpidfd() with ret_on = NULL is -EINVAL */
static void test_get_passpidfd_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_passpidfd(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_cookie() on a closed handle is -EBADF, outputs untouched */
static void test_get_cookie_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    uint64_t a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_cookie(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_cookie() with ret_value = NULL is -EINVAL */
static void test_get_cookie_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_cookie(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_bindtoifindex() on a closed handle is -EBADF, outputs untouched */
static void test_set_bindtoifindex_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_bindtoifindex(bad, 0), EBADF);
}

/* fdk_socket_get_bindtoifindex() on a closed handle is -EBADF, outputs untouched */
static void test_get_bindtoifindex_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_bindtoifindex(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_bindtoifindex() with ret_value = NULL is -EINVAL */
static void test_get_bindtoifindex_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_bindtoifindex(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_dontroute() on a closed handle is -EBADF, outputs untouched */
static void test_set_dontroute_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_dontroute(bad, 0), EBADF);
}

/* fdk_socket_get_dontroute() on a closed handle is -EBADF, outputs untouched */
static void test_get_dontroute_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_dontroute(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_dontroute() with ret_on = NULL is -EINVAL */
static void test_get_dontroute_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_dontroute(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_busy_poll_budget() on a closed handle is -EBADF, outputs untouched */
static void test_set_busy_poll_budget_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_busy_poll_budget(bad, 0), EBADF);
}

/* fdk_socket_set_prefer_busy_poll() on a closed handle is -EBADF, outputs untouched */
static void test_set_prefer_busy_poll_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_prefer_busy_poll(bad, 0), EBADF);
}

/* fdk_socket_get_prefer_busy_poll() on a closed handle is -EBADF, outputs untouched */
static void test_get_prefer_busy_poll_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_prefer_busy_poll(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_prefer_busy_poll() with ret_on = NULL is -EINVAL */
static void test_get_prefer_busy_poll_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_prefer_busy_poll(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_incoming_napi_id() on a closed handle is -EBADF, outputs untouched */
static void test_get_incoming_napi_id_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_incoming_napi_id(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_incoming_napi_id() with ret_value = NULL is -EINVAL */
static void test_get_incoming_napi_id_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_incoming_napi_id(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_max_pacing_rate() on a closed handle is -EBADF, outputs untouched */
static void test_set_max_pacing_rate_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_max_pacing_rate(bad, 0), EBADF);
}

/* fdk_socket_get_max_pacing_rate() on a closed handle is -EBADF, outputs untouched */
static void test_get_max_pacing_rate_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_max_pacing_rate(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_max_pacing_rate() with ret_value = NULL is -EINVAL */
static void test_get_max_pacing_rate_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_max_pacing_rate(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_select_err_queue() on a closed handle is -EBADF, outputs untouched */
static void test_set_select_err_queue_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_select_err_queue(bad, 0), EBADF);
}

/* fdk_socket_get_select_err_queue() on a closed handle is -EBADF, outputs untouched */
static void test_get_select_err_queue_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_select_err_queue(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_select_err_queue() with ret_on = NULL is -EINVAL */
static void test_get_select_err_queue_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_select_err_queue(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_netns_cookie() on a closed handle is -EBADF, outputs untouched */
static void test_get_netns_cookie_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    uint64_t a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_netns_cookie(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_netns_cookie() with ret_value = NULL is -EINVAL */
static void test_get_netns_cookie_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_netns_cookie(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvbufforce() on a closed handle is -EBADF, outputs untouched */
static void test_set_rcvbufforce_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_rcvbufforce(bad, 0), EBADF);
}

/* fdk_socket_set_sndbufforce() on a closed handle is -EBADF, outputs untouched */
static void test_set_sndbufforce_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_sndbufforce(bad, 0), EBADF);
}

/* fdk_socket_set_nodelay() on a closed handle is -EBADF, outputs untouched */
static void test_set_nodelay_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_nodelay(bad, 0), EBADF);
}

/* fdk_socket_get_nodelay() on a closed handle is -EBADF, outputs untouched */
static void test_get_nodelay_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_nodelay(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_nodelay() with ret_on = NULL is -EINVAL */
static void test_get_nodelay_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_nodelay(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_cork() on a closed handle is -EBADF, outputs untouched */
static void test_set_cork_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_cork(bad, 0), EBADF);
}

/* fdk_socket_get_cork() on a closed handle is -EBADF, outputs untouched */
static void test_get_cork_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_cork(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_cork() with ret_on = NULL is -EINVAL */
static void test_get_cork_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_cork(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepidle() on a closed handle is -EBADF, outputs untouched */
static void test_set_keepidle_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_keepidle(bad, 1), EBADF);
}

/* fdk_socket_get_keepidle() on a closed handle is -EBADF, outputs untouched */
static void test_get_keepidle_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_keepidle(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_keepidle() with ret_value = NULL is -EINVAL */
static void test_get_keepidle_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_keepidle(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepintvl() on a closed handle is -EBADF, outputs untouched */
static void test_set_keepintvl_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_keepintvl(bad, 1), EBADF);
}

/* fdk_socket_get_keepintvl() on a closed handle is -EBADF, outputs untouched */
static void test_get_keepintvl_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_keepintvl(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_keepintvl() with ret_value = NULL is -EINVAL */
static void test_get_keepintvl_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_keepintvl(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepcnt() on a closed handle is -EBADF, outputs untouched */
static void test_set_keepcnt_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_keepcnt(bad, 1), EBADF);
}

/* fdk_socket_get_keepcnt() on a closed handle is -EBADF, outputs untouched */
static void test_get_keepcnt_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_keepcnt(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_keepcnt() with ret_value = NULL is -EINVAL */
static void test_get_keepcnt_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_keepcnt(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_syncnt() on a closed handle is -EBADF, outputs untouched */
static void test_set_syncnt_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_syncnt(bad, 1), EBADF);
}

/* fdk_socket_get_syncnt() on a closed handle is -EBADF, outputs untouched */
static void test_get_syncnt_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_syncnt(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_syncnt() with ret_value = NULL is -EINVAL */
static void test_get_syncnt_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_syncnt(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_linger2() on a closed handle is -EBADF, outputs untouched */
static void test_set_linger2_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_linger2(bad, 0), EBADF);
}

/* fdk_socket_get_linger2() on a closed handle is -EBADF, outputs untouched */
static void test_get_linger2_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_linger2(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_linger2() with ret_value = NULL is -EINVAL */
static void test_get_linger2_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_linger2(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_defer_accept() on a closed handle is -EBADF, outputs untouched */
static void test_set_defer_accept_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_defer_accept(bad, 0), EBADF);
}

/* fdk_socket_get_defer_accept() on a closed handle is -EBADF, outputs untouched */
static void test_get_defer_accept_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_defer_accept(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_defer_accept() with ret_value = NULL is -EINVAL */
static void test_get_defer_accept_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_defer_accept(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_fastopen() on a closed handle is -EBADF, outputs untouched */
static void test_set_fastopen_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_fastopen(bad, 0), EBADF);
}

/* fdk_socket_get_fastopen() on a closed handle is -EBADF, outputs untouched */
static void test_get_fastopen_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_fastopen(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_fastopen() with ret_value = NULL is -EINVAL */
static void test_get_fastopen_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_fastopen(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_user_timeout() on a closed handle is -EBADF, outputs untouched */
static void test_set_user_timeout_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_user_timeout(bad, 0), EBADF);
}

/* fdk_socket_get_user_timeout() on a closed handle is -EBADF, outputs untouched */
static void test_get_user_timeout_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_user_timeout(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_user_timeout() with ret_value = NULL is -EINVAL */
static void test_get_user_timeout_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_user_timeout(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_maxseg() on a closed handle is -EBADF, outputs untouched */
static void test_set_maxseg_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_maxseg(bad, 0), EBADF);
}

/* fdk_socket_get_maxseg() on a closed handle is -EBADF, outputs untouched */
static void test_get_maxseg_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_maxseg(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_maxseg() with ret_value = NULL is -EINVAL */
static void test_get_maxseg_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_maxseg(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_quickack() on a closed handle is -EBADF, outputs untouched */
static void test_set_quickack_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_quickack(bad, 0), EBADF);
}

/* fdk_socket_get_quickack() on a closed handle is -EBADF, outputs untouched */
static void test_get_quickack_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_quickack(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_quickack() with ret_on = NULL is -EINVAL */
static void test_get_quickack_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_quickack(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_notsent_lowat() on a closed handle is -EBADF, outputs untouched */
static void test_set_notsent_lowat_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_notsent_lowat(bad, 0), EBADF);
}

/* fdk_socket_get_notsent_lowat() on a closed handle is -EBADF, outputs untouched */
static void test_get_notsent_lowat_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_notsent_lowat(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_notsent_lowat() with ret_value = NULL is -EINVAL */
static void test_get_notsent_lowat_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_notsent_lowat(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_inq() on a closed handle is -EBADF, outputs untouched */
static void test_set_inq_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_inq(bad, 0), EBADF);
}

/* fdk_socket_get_inq() on a closed handle is -EBADF, outputs untouched */
static void test_get_inq_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_inq(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_inq() with ret_on = NULL is -EINVAL */
static void test_get_inq_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_inq(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_congestion() on a closed handle is -EBADF, outputs untouched */
static void test_set_congestion_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_name;
    memset(&a_name, 0, sizeof a_name);
    ASSERT_ERR(fdk_socket_set_congestion(bad, &a_name), EBADF);
}

/* fdk_socket_set_congestion() with name = NULL is -EINVAL */
static void test_set_congestion_null_name(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_set_congestion(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_congestion() on a closed handle is -EBADF, outputs untouched */
static void test_get_congestion_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_socket_get_congestion(bad, a_buf, 16), EBADF);
}

/* fdk_socket_get_congestion() with buf = NULL is -EINVAL */
static void test_get_congestion_null_buf(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_congestion(h, NULL, 16), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_window_clamp() on a closed handle is -EBADF, outputs untouched */
static void test_set_window_clamp_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_window_clamp(bad, 0), EBADF);
}

/* fdk_socket_get_window_clamp() on a closed handle is -EBADF, outputs untouched */
static void test_get_window_clamp_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    ASSERT_ERR(fdk_socket_get_window_clamp(bad, &a_ret_value), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
}

/* fdk_socket_get_window_clamp() with ret_value = NULL is -EINVAL */
static void test_get_window_clamp_null_ret_value(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_window_clamp(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_fastopen_connect() on a closed handle is -EBADF, outputs untouched */
static void test_get_fastopen_connect_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_fastopen_connect(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_fastopen_connect() with ret_on = NULL is -EINVAL */
static void test_get_fastopen_connect_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_fastopen_connect(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_fastopen_no_cookie() on a closed handle is -EBADF, outputs untouched */
static void test_set_fastopen_no_cookie_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_fastopen_no_cookie(bad, 0), EBADF);
}

/* fdk_socket_get_fastopen_no_cookie() on a closed handle is -EBADF, outputs untouched */
static void test_get_fastopen_no_cookie_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_fastopen_no_cookie(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_fastopen_no_cookie() with ret_on = NULL is -EINVAL */
static void test_get_fastopen_no_cookie_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_fastopen_no_cookie(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_v6only() on a closed handle is -EBADF, outputs untouched */
static void test_set_v6only_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_socket_set_v6only(bad, 0), EBADF);
}

/* fdk_socket_get_v6only() on a closed handle is -EBADF, outputs untouched */
static void test_get_v6only_bad_handle(void)
{
    fdk_socket bad = FDK_HANDLE_INIT;
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    ASSERT_ERR(fdk_socket_get_v6only(bad, &a_ret_on), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
}

/* fdk_socket_get_v6only() with ret_on = NULL is -EINVAL */
static void test_get_v6only_null_ret_on(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_ERR(fdk_socket_get_v6only(h, NULL), EINVAL);
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_socket_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_socket_close(NULL), EINVAL);
    fdk_socket e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_socket_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_tcp_listener_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_tcp_listener_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_tcp_listener_close(NULL), EINVAL);
    fdk_tcp_listener e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tcp_listener_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_tcp_stream_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_tcp_stream_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_tcp_stream_close(NULL), EINVAL);
    fdk_tcp_stream e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tcp_stream_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_udp_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_udp_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_udp_close(NULL), EINVAL);
    fdk_udp e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_udp_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_unix_listener_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_unix_listener_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_unix_listener_close(NULL), EINVAL);
    fdk_unix_listener e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_listener_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_unix_listener_release() with h = NULL is -EINVAL */
static void test_unix_listener_release_null_h(void)
{
    ASSERT_ERR(fdk_unix_listener_release(NULL), EINVAL);
}

/* fdk_unix_stream_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_unix_stream_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_unix_stream_close(NULL), EINVAL);
    fdk_unix_stream e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_stream_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_unix_dgram_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_unix_dgram_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_unix_dgram_close(NULL), EINVAL);
    fdk_unix_dgram e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_dgram_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_unix_dgram_release() with h = NULL is -EINVAL */
static void test_unix_dgram_release_null_h(void)
{
    ASSERT_ERR(fdk_unix_dgram_release(NULL), EINVAL);
}

/* fdk_unix_seqpacket_listener_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_unix_seqpacket_listener_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_unix_seqpacket_listener_close(NULL), EINVAL);
    fdk_unix_seqpacket_listener e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_unix_seqpacket_listener_release() with h = NULL is -EINVAL */
static void test_unix_seqpacket_listener_release_null_h(void)
{
    ASSERT_ERR(fdk_unix_seqpacket_listener_release(NULL), EINVAL);
}

/* fdk_unix_seqpacket_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_unix_seqpacket_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_unix_seqpacket_close(NULL), EINVAL);
    fdk_unix_seqpacket e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_seqpacket_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_udp_sendto(): a Unix destination for a UDP socket, whatever the path's length */
static void test_errno_udp_sendto_eafnosupport_0(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_udp_sendto(h, a_buf, 16, &unix_nowhere, 0), EAFNOSUPPORT);
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_sendto(): an IPv4 destination for a Unix datagram socket */
static void test_errno_unix_dgram_sendto_eafnosupport_1(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_unix_dgram_sendto(h, a_buf, 16, &loop4, 0), EAFNOSUPPORT);
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_send(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_send_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("send", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_send(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("send"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_send(): EINTR is returned, not retried */
static void test_inject_tcp_stream_send_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_stream_send(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_send(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_send_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("send", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_send(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("send"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_send(): EINTR is returned, not retried */
static void test_inject_unix_stream_send_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_stream_send(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_send(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_send_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("send", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_send(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("send"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_send(): EINTR is returned, not retried */
static void test_inject_unix_seqpacket_send_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_seqpacket_send(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_send(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_send_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("send", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_send(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("send"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_send(): EINTR is returned, not retried */
static void test_inject_udp_send_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_send(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_send(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_send_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("send", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_send(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("send"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_send(): EINTR is returned, not retried */
static void test_inject_unix_dgram_send_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("send", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_send(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_recv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_recv_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_recv(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_recv(): EINTR is returned, not retried */
static void test_inject_tcp_stream_recv_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("recv", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_stream_recv(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_recv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_recv_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_recv(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_recv(): EINTR is returned, not retried */
static void test_inject_unix_stream_recv_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("recv", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_stream_recv(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_recv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_recv_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_recv(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_recv(): EINTR is returned, not retried */
static void test_inject_unix_seqpacket_recv_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("recv", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_seqpacket_recv(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_recv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_recv_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_recv(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_recv(): EINTR is returned, not retried */
static void test_inject_udp_recv_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("recv", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_recv(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_recv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_recv_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_recv(h, a_buf, 16, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_recv(): EINTR is returned, not retried */
static void test_inject_unix_dgram_recv_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("recv", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_recv(h, a_buf, 16, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_udp_sendto(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_sendto_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EACCES, EAFNOSUPPORT, EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EISCONN, EMSGSIZE, ENETUNREACH, ENOBUFS, ENOENT, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendto", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_sendto(h, a_buf, 16, &loop4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendto"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_sendto(): EINTR is returned, not retried */
static void test_inject_udp_sendto_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("sendto", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_sendto(h, a_buf, 16, &loop4, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendto"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_sendto(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_sendto_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EACCES, EAFNOSUPPORT, EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EISCONN, EMSGSIZE, ENETUNREACH, ENOBUFS, ENOENT, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendto", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_sendto(h, a_buf, 16, &unix_nowhere, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendto"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_sendto(): EINTR is returned, not retried */
static void test_inject_unix_dgram_sendto_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("sendto", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_sendto(h, a_buf, 16, &unix_nowhere, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendto"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_sendmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_sendmsg_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_sendmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_sendmsg(): EINTR is returned, not retried */
static void test_inject_tcp_stream_sendmsg_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_stream_sendmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_sendmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_sendmsg_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_sendmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_sendmsg(): EINTR is returned, not retried */
static void test_inject_unix_stream_sendmsg_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_stream_sendmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_sendmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_sendmsg_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_sendmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_sendmsg(): EINTR is returned, not retried */
static void test_inject_unix_seqpacket_sendmsg_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_seqpacket_sendmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_sendmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_sendmsg_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_sendmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_sendmsg(): EINTR is returned, not retried */
static void test_inject_udp_sendmsg_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_sendmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_sendmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_sendmsg_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_sendmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_sendmsg(): EINTR is returned, not retried */
static void test_inject_unix_dgram_sendmsg_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_sendmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_recvmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_recvmsg_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_recvmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_recvmsg(): EINTR is returned, not retried */
static void test_inject_tcp_stream_recvmsg_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_stream_recvmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_recvmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_recvmsg_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_recvmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_recvmsg(): EINTR is returned, not retried */
static void test_inject_unix_stream_recvmsg_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_stream_recvmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_recvmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_recvmsg_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_recvmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_recvmsg(): EINTR is returned, not retried */
static void test_inject_unix_seqpacket_recvmsg_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_seqpacket_recvmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_recvmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_recvmsg_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_recvmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_recvmsg(): EINTR is returned, not retried */
static void test_inject_udp_recvmsg_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_recvmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_recvmsg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_recvmsg_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_recvmsg(h, &a_msg, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_recvmsg(): EINTR is returned, not retried */
static void test_inject_unix_dgram_recvmsg_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct msghdr a_msg;
    memset(&a_msg, 0x5a, sizeof a_msg);
    fdk_inject_reset();
    fdk_inject_fail("recvmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_recvmsg(h, &a_msg, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("recvmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_readv_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNRESET, EFAULT, EINTR, EINVAL, ENOTCONN};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_readv(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_readv(): EINTR is returned, not retried */
static void test_inject_tcp_stream_readv_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_stream_readv(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_readv_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNRESET, EFAULT, EINTR, EINVAL, ENOTCONN};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_readv(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_readv(): EINTR is returned, not retried */
static void test_inject_unix_stream_readv_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_stream_readv(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_readv_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNRESET, EFAULT, EINTR, EINVAL, ENOTCONN};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_readv(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_readv(): EINTR is returned, not retried */
static void test_inject_unix_seqpacket_readv_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_seqpacket_readv(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_readv_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNRESET, EFAULT, EINTR, EINVAL, ENOTCONN};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_readv(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_readv(): EINTR is returned, not retried */
static void test_inject_udp_readv_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_readv(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_readv_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNRESET, EFAULT, EINTR, EINVAL, ENOTCONN};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_readv(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_readv(): EINTR is returned, not retried */
static void test_inject_unix_dgram_readv_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_readv(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_writev_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_writev(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_writev(): EINTR is returned, not retried */
static void test_inject_tcp_stream_writev_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_tcp_stream_writev(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_writev_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_writev(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_writev(): EINTR is returned, not retried */
static void test_inject_unix_stream_writev_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_stream_writev(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_writev_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_writev(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_writev(): EINTR is returned, not retried */
static void test_inject_unix_seqpacket_writev_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_seqpacket_writev(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_udp_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_udp_writev_errnos(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_writev(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_udp_writev(): EINTR is returned, not retried */
static void test_inject_udp_writev_eintr(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_udp_writev(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_udp_close(&h));
}

/* fdk_unix_dgram_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_dgram_writev_errnos(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_writev(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_unix_dgram_writev(): EINTR is returned, not retried */
static void test_inject_unix_dgram_writev_eintr(void)
{
    fdk_unix_dgram h = fdk_unix_dgram_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("sendmsg", 1, 1, EINTR);
    ASSERT_ERR(fdk_unix_dgram_writev(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("sendmsg"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_dgram_close(&h));
}

/* fdk_tcp_stream_shutdown(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_tcp_stream_shutdown_errnos(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("shutdown", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_stream_shutdown(h, SHUT_RD), errs[i]);
        ASSERT_EQ(fdk_inject_calls("shutdown"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_tcp_stream_shutdown(): EINTR is retried */
static void test_inject_tcp_stream_shutdown_eintr(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("shutdown", 1, 1, EINTR);
    fdk_inject_fail("shutdown", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_tcp_stream_shutdown(h, SHUT_RD), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("shutdown"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_tcp_stream_close(&h));
}

/* fdk_unix_stream_shutdown(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_stream_shutdown_errnos(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("shutdown", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_stream_shutdown(h, SHUT_RD), errs[i]);
        ASSERT_EQ(fdk_inject_calls("shutdown"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_stream_shutdown(): EINTR is retried */
static void test_inject_unix_stream_shutdown_eintr(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("shutdown", 1, 1, EINTR);
    fdk_inject_fail("shutdown", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_unix_stream_shutdown(h, SHUT_RD), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("shutdown"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_stream_close(&h));
}

/* fdk_unix_seqpacket_shutdown(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_unix_seqpacket_shutdown_errnos(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("shutdown", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_shutdown(h, SHUT_RD), errs[i]);
        ASSERT_EQ(fdk_inject_calls("shutdown"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_unix_seqpacket_shutdown(): EINTR is retried */
static void test_inject_unix_seqpacket_shutdown_eintr(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    fdk_inject_reset();
    fdk_inject_fail("shutdown", 1, 1, EINTR);
    fdk_inject_fail("shutdown", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */
    ASSERT_ERR(fdk_unix_seqpacket_shutdown(h, SHUT_RD), ENOTRECOVERABLE);
    ASSERT_EQ(fdk_inject_calls("shutdown"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_unix_seqpacket_close(&h));
}

/* fdk_socket_set_reuseaddr(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_reuseaddr_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_reuseaddr(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_reuseaddr(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_reuseaddr_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_reuseaddr(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_reuseport(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_reuseport_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_reuseport(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_reuseport(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_reuseport_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_reuseport(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_broadcast(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_broadcast_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_broadcast(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_broadcast(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_broadcast_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_broadcast(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepalive(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_keepalive_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_keepalive(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_keepalive(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_keepalive_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_keepalive(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_oobinline(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_oobinline_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_oobinline(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_oobinline(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_oobinline_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_oobinline(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_passcred(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_passcred_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_passcred(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_passcred(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_passcred_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_passcred(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_zerocopy(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_zerocopy_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_zerocopy(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_zerocopy(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_zerocopy_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_zerocopy(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_acceptconn(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_acceptconn_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_acceptconn(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvbuf(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_rcvbuf_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_rcvbuf(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_rcvbuf(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_rcvbuf_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    size_t a_ret_bytes;
    memset(&a_ret_bytes, 0x5a, sizeof a_ret_bytes);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_rcvbuf(h, &a_ret_bytes), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_bytes, sizeof a_ret_bytes, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_sndbuf(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_sndbuf_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_sndbuf(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_sndbuf(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_sndbuf_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    size_t a_ret_bytes;
    memset(&a_ret_bytes, 0x5a, sizeof a_ret_bytes);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_sndbuf(h, &a_ret_bytes), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_bytes, sizeof a_ret_bytes, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvlowat(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_rcvlowat_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_rcvlowat(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_rcvlowat(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_rcvlowat_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_rcvlowat(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvtimeo(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_rcvtimeo_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_rcvtimeo(h, 1000), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_rcvtimeo(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_rcvtimeo_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_ret_usec;
    memset(&a_ret_usec, 0x5a, sizeof a_ret_usec);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_rcvtimeo(h, &a_ret_usec), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_usec, sizeof a_ret_usec, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_sndtimeo(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_sndtimeo_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_sndtimeo(h, 1000), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_sndtimeo(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_sndtimeo_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_ret_usec;
    memset(&a_ret_usec, 0x5a, sizeof a_ret_usec);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_sndtimeo(h, &a_ret_usec), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_usec, sizeof a_ret_usec, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_linger(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_linger_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_linger(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_linger(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_linger_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_seconds;
    memset(&a_ret_seconds, 0x5a, sizeof a_ret_seconds);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_linger(h, &a_ret_seconds), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_seconds, sizeof a_ret_seconds, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_incoming_cpu(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_incoming_cpu_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_incoming_cpu(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_incoming_cpu(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_incoming_cpu_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_incoming_cpu(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_busy_poll(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_busy_poll_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_busy_poll(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_busy_poll(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_busy_poll_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_busy_poll(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_error(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_error_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_err;
    memset(&a_ret_err, 0x5a, sizeof a_ret_err);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_error(h, &a_ret_err), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_err, sizeof a_ret_err, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_type(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_type_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_type(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_domain(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_domain_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_domain(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_protocol(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_protocol_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_protocol(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_peercred(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_peercred_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct fdk_ucred a_ret_cred;
    memset(&a_ret_cred, 0x5a, sizeof a_ret_cred);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_peercred(h, &a_ret_cred), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_cred, sizeof a_ret_cred, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_mark(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_mark_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_mark(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_mark(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_mark_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_mark(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_priority(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_priority_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_priority(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_priority(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_priority_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_priority(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_bindtodevice(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_bindtodevice_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_name;
    memset(&a_name, 0, sizeof a_name);
    static const int errs[] = {EBADF, EINVAL, ENODEV, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_bindtodevice(h, &a_name), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_bindtodevice(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_bindtodevice_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EBADF, EINVAL, ENODEV, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, ERANGE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_bindtodevice(h, a_buf, 16), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_peek_off(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_peek_off_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_peek_off(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_peek_off(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_peek_off_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_peek_off(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_passpidfd(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_passpidfd_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_passpidfd(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_passpidfd(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_passpidfd_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_passpidfd(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_cookie(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_cookie_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_cookie(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_bindtoifindex(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_bindtoifindex_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_bindtoifindex(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_bindtoifindex(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_bindtoifindex_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_bindtoifindex(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_dontroute(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_dontroute_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_dontroute(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_dontroute(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_dontroute_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_dontroute(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_busy_poll_budget(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_busy_poll_budget_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_busy_poll_budget(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_prefer_busy_poll(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_prefer_busy_poll_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_prefer_busy_poll(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_prefer_busy_poll(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_prefer_busy_poll_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_prefer_busy_poll(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_incoming_napi_id(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_incoming_napi_id_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_incoming_napi_id(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_max_pacing_rate(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_max_pacing_rate_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_max_pacing_rate(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_max_pacing_rate(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_max_pacing_rate_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_max_pacing_rate(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_select_err_queue(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_select_err_queue_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_select_err_queue(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_select_err_queue(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_select_err_queue_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_select_err_queue(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_netns_cookie(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_netns_cookie_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    uint64_t a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_netns_cookie(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_rcvbufforce(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_rcvbufforce_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_rcvbufforce(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_sndbufforce(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_sndbufforce_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_sndbufforce(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_nodelay(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_nodelay_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_nodelay(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_nodelay(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_nodelay_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_nodelay(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_cork(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_cork_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_cork(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_cork(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_cork_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_cork(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepidle(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_keepidle_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_keepidle(h, 1), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_keepidle(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_keepidle_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_keepidle(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepintvl(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_keepintvl_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_keepintvl(h, 1), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_keepintvl(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_keepintvl_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_keepintvl(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_keepcnt(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_keepcnt_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_keepcnt(h, 1), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_keepcnt(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_keepcnt_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_keepcnt(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_syncnt(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_syncnt_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_syncnt(h, 1), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_syncnt(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_syncnt_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_syncnt(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_linger2(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_linger2_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_linger2(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_linger2(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_linger2_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_linger2(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_defer_accept(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_defer_accept_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_defer_accept(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_defer_accept(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_defer_accept_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_defer_accept(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_fastopen(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_fastopen_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_fastopen(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_fastopen(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_fastopen_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_fastopen(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_user_timeout(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_user_timeout_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_user_timeout(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_user_timeout(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_user_timeout_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_user_timeout(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_maxseg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_maxseg_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_maxseg(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_maxseg(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_maxseg_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_maxseg(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_quickack(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_quickack_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_quickack(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_quickack(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_quickack_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_quickack(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_notsent_lowat(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_notsent_lowat_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_notsent_lowat(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_notsent_lowat(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_notsent_lowat_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    unsigned int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_notsent_lowat(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_inq(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_inq_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_inq(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_inq(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_inq_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_inq(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_congestion(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_congestion_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_name;
    memset(&a_name, 0, sizeof a_name);
    static const int errs[] = {EBADF, EINVAL, ENOENT, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_congestion(h, &a_name), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_congestion(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_congestion_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP, ERANGE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_congestion(h, a_buf, 16), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_window_clamp(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_window_clamp_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_window_clamp(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_window_clamp(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_window_clamp_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int a_ret_value;
    memset(&a_ret_value, 0x5a, sizeof a_ret_value);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_window_clamp(h, &a_ret_value), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_value, sizeof a_ret_value, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_fastopen_connect(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_fastopen_connect_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_fastopen_connect(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_fastopen_no_cookie(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_fastopen_no_cookie_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_fastopen_no_cookie(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_fastopen_no_cookie(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_fastopen_no_cookie_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_fastopen_no_cookie(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_set_v6only(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_set_v6only_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("setsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_set_v6only(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_calls("setsockopt"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_get_v6only(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_get_v6only_errnos(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    bool a_ret_on;
    memset(&a_ret_on, 0x5a, sizeof a_ret_on);
    static const int errs[] = {EBADF, EINVAL, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_v6only(h, &a_ret_on), errs[i]);
        ASSERT_EQ(fdk_inject_calls("getsockopt"), 1);
        ASSERT_TRUE(bytes_are(&a_ret_on, sizeof a_ret_on, 0x5a));
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_socket_close(&h));
}

/* fdk_socket_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_socket_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_socket z = fdk_socket_adopt(nfd);
    ASSERT_ERR(fdk_socket_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_socket_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_socket_close(void)
{
    fdk_socket h = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_socket_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_socket g = fdk_socket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_socket_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_tcp_listener_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_tcp_listener_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_tcp_listener z = fdk_tcp_listener_adopt(nfd);
    ASSERT_ERR(fdk_tcp_listener_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_tcp_listener_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_tcp_listener_close(void)
{
    fdk_tcp_listener h = fdk_tcp_listener_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_tcp_listener_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_tcp_listener g = fdk_tcp_listener_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_tcp_listener_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_tcp_stream_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_tcp_stream_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_tcp_stream z = fdk_tcp_stream_adopt(nfd);
    ASSERT_ERR(fdk_tcp_stream_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_tcp_stream_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_tcp_stream_close(void)
{
    fdk_tcp_stream h = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_tcp_stream_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_tcp_stream g = fdk_tcp_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_tcp_stream_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_udp_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_udp_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_udp z = fdk_udp_adopt(nfd);
    ASSERT_ERR(fdk_udp_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_udp_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_udp_close(void)
{
    fdk_udp h = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_udp_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_udp g = fdk_udp_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_udp_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_unix_listener_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_unix_listener_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_unix_listener z = fdk_unix_listener_adopt(nfd);
    ASSERT_ERR(fdk_unix_listener_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_unix_stream_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_unix_stream_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_unix_stream z = fdk_unix_stream_adopt(nfd);
    ASSERT_ERR(fdk_unix_stream_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_unix_stream_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_unix_stream_close(void)
{
    fdk_unix_stream h = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_unix_stream_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_unix_stream g = fdk_unix_stream_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_unix_stream_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_unix_dgram_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_unix_dgram_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_unix_dgram z = fdk_unix_dgram_adopt(nfd);
    ASSERT_ERR(fdk_unix_dgram_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_unix_seqpacket_listener_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_unix_seqpacket_listener_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_unix_seqpacket_listener z = fdk_unix_seqpacket_listener_adopt(nfd);
    ASSERT_ERR(fdk_unix_seqpacket_listener_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_unix_seqpacket_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_unix_seqpacket_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_unix_seqpacket z = fdk_unix_seqpacket_adopt(nfd);
    ASSERT_ERR(fdk_unix_seqpacket_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_unix_seqpacket_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_unix_seqpacket_close(void)
{
    fdk_unix_seqpacket h = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_unix_seqpacket_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_unix_seqpacket g = fdk_unix_seqpacket_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_unix_seqpacket_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_tcp_listen() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_tcp_listen(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_tcp_listen()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_tcp_listener a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_tcp_listen(&a_out, &loop4, -1, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_tcp_listener_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_tcp_accept() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_tcp_accept(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_tcp_accept()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_tcp_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_listen(&l, &loop4, 4, 0));
        fdk_sockaddr la;
        ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(l), &la));
        fdk_tcp_stream c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_connect(&c, &la, 0));
        fdk_tcp_stream a_out = {.fd = -7};
        fdk_sockaddr a_ret_peer;
        memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
        fdk_exhaust_limit(&x);
        int rc = fdk_tcp_accept(l, &a_out, &a_ret_peer, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_tcp_stream_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
        }
        ASSERT_OK(fdk_tcp_stream_close(&c));
        ASSERT_OK(fdk_tcp_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_tcp_connect() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_tcp_connect(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_tcp_connect()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_tcp_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_listen(&l, &loop4, 4, 0));
        fdk_sockaddr la;
        ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(l), &la));
        fdk_tcp_stream c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_connect(&c, &la, 0));
        fdk_tcp_stream a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_tcp_connect(&a_out, &la, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_tcp_stream_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
        ASSERT_OK(fdk_tcp_stream_close(&c));
        ASSERT_OK(fdk_tcp_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_udp_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_udp_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_udp_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_udp a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_udp_open(&a_out, AF_INET, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_udp_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_udp_bind() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_udp_bind(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_udp_bind()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_udp a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_udp_bind(&a_out, &loop4, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_udp_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_listen() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind (a free path) */
static void test_exhaust_unix_listen_1(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_listen()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_listener a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_listen(&a_out, &exh_addr, 4, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_listener_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_listen() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind (a stale socket file at the path, replaced through the pin, the sock_diag dump, the connect probe and the lock) */
static void test_exhaust_unix_listen_2(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_listen()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        int stale = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        ASSERT_TRUE(stale >= 0);
        ASSERT_EQ(bind(stale, &exh_addr.u.sa, exh_addr.len), 0);
        ASSERT_EQ(close(stale), 0); /* its file stays: a stale socket */
        fdk_unix_listener a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_listen(&a_out, &exh_addr, 4, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_listener_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            struct stat sst;
            ASSERT_TRUE(lstat(exh_path, &sst) != 0 || S_ISSOCK(sst.st_mode)); /* the stale file, or none */
        }
        (void)unlink(exh_path);
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_listen_at() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_listen_at(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_listen_at()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_listener a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_listen_at(&a_out, AT_FDCWD, exh_path, 4, 0, 0700);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_listener_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_accept() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_accept(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_accept()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_listen(&l, &exh_addr, 4, 0));
        fdk_unix_stream c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_connect(&c, &exh_addr, 0));
        fdk_unix_stream a_out = {.fd = -7};
        fdk_sockaddr a_ret_peer;
        memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_accept(l, &a_out, &a_ret_peer, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_stream_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
        }
        ASSERT_OK(fdk_unix_stream_close(&c));
        ASSERT_OK(fdk_unix_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_connect() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_connect(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_connect()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_listen(&l, &exh_addr, 4, 0));
        fdk_unix_stream c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_connect(&c, &exh_addr, 0));
        fdk_unix_stream a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_connect(&a_out, &exh_addr, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_stream_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
        ASSERT_OK(fdk_unix_stream_close(&c));
        ASSERT_OK(fdk_unix_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_connect_at() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_connect_at(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_connect_at()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_listen(&l, &exh_addr, 4, 0));
        fdk_unix_stream c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_connect(&c, &exh_addr, 0));
        fdk_unix_stream a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_connect_at(&a_out, AT_FDCWD, exh_path, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_stream_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
        ASSERT_OK(fdk_unix_stream_close(&c));
        ASSERT_OK(fdk_unix_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_pair() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_pair(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_pair()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_stream a_a = {.fd = -7};
        fdk_unix_stream a_b = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_pair(&a_a, &a_b, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_stream_close(&a_a));
            ASSERT_OK(fdk_unix_stream_close(&a_b));
        } else {
            ASSERT_EQ(a_a.fd, -7);
            ASSERT_EQ(a_b.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_seqpacket_listen() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_seqpacket_listen(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_seqpacket_listen()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_seqpacket_listener a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_seqpacket_listen(&a_out, &exh_addr, 4, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_seqpacket_listener_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_seqpacket_listen_at() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_seqpacket_listen_at(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_seqpacket_listen_at()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_seqpacket_listener a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_seqpacket_listen_at(&a_out, AT_FDCWD, exh_path, 4, 0, 0700);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_seqpacket_listener_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_seqpacket_accept() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_seqpacket_accept(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_seqpacket_accept()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_seqpacket_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_listen(&l, &exh_addr, 4, 0));
        fdk_unix_seqpacket c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_connect(&c, &exh_addr, 0));
        fdk_unix_seqpacket a_out = {.fd = -7};
        fdk_sockaddr a_ret_peer;
        memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_seqpacket_accept(l, &a_out, &a_ret_peer, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_seqpacket_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
        }
        ASSERT_OK(fdk_unix_seqpacket_close(&c));
        ASSERT_OK(fdk_unix_seqpacket_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_seqpacket_connect() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_seqpacket_connect(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_seqpacket_connect()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_seqpacket_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_listen(&l, &exh_addr, 4, 0));
        fdk_unix_seqpacket c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_connect(&c, &exh_addr, 0));
        fdk_unix_seqpacket a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_seqpacket_connect(&a_out, &exh_addr, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_seqpacket_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
        ASSERT_OK(fdk_unix_seqpacket_close(&c));
        ASSERT_OK(fdk_unix_seqpacket_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_seqpacket_connect_at() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_seqpacket_connect_at(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_seqpacket_connect_at()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_seqpacket_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_listen(&l, &exh_addr, 4, 0));
        fdk_unix_seqpacket c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_connect(&c, &exh_addr, 0));
        fdk_unix_seqpacket a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_seqpacket_connect_at(&a_out, AT_FDCWD, exh_path, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_seqpacket_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
        ASSERT_OK(fdk_unix_seqpacket_close(&c));
        ASSERT_OK(fdk_unix_seqpacket_listener_close(&l));
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_seqpacket_pair() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_seqpacket_pair(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_seqpacket_pair()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_seqpacket a_a = {.fd = -7};
        fdk_unix_seqpacket a_b = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_seqpacket_pair(&a_a, &a_b, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_seqpacket_close(&a_a));
            ASSERT_OK(fdk_unix_seqpacket_close(&a_b));
        } else {
            ASSERT_EQ(a_a.fd, -7);
            ASSERT_EQ(a_b.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_dgram_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_dgram_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_dgram_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_dgram a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_dgram_open(&a_out, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_dgram_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_dgram_bind() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_dgram_bind(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_dgram_bind()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_dgram a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_dgram_bind(&a_out, &exh_addr, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_dgram_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_dgram_bind_at() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_dgram_bind_at(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_dgram_bind_at()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_dgram a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_dgram_bind_at(&a_out, AT_FDCWD, exh_path, 0, 0700);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_dgram_close(&a_out));
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* close removed the file */
        } else {
            ASSERT_EQ(a_out.fd, -7);
            ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_unix_dgram_pair() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_unix_dgram_pair(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_unix_dgram_pair()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_unix_dgram a_a = {.fd = -7};
        fdk_unix_dgram a_b = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_unix_dgram_pair(&a_a, &a_b, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_unix_dgram_close(&a_a));
            ASSERT_OK(fdk_unix_dgram_close(&a_b));
        } else {
            ASSERT_EQ(a_a.fd, -7);
            ASSERT_EQ(a_b.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_tcp_connect(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_tcp_connect(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, ECONNREFUSED, EHOSTUNREACH, EINPROGRESS, EINVAL, EMFILE, ENETUNREACH, ENFILE, ENOBUFS, ENOMEM, ENOPROTOOPT, ENOTCONN, EOPNOTSUPP, EPERM, ETIMEDOUT};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tcp_stream a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_connect(&a_out, &loop4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_tcp_accept(): each errno row accept4() can give comes back as itself, nothing made */
static void test_drive_tcp_accept(void)
{
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM, ENOTSOCK, EOPNOTSUPP, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tcp_listener h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_listen(&h, &loop4, 4, 0));
        fdk_tcp_stream a_out = {.fd = -7};
        fdk_sockaddr a_ret_peer;
        memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
        fdk_inject_reset();
        fdk_inject_fail("accept4", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_accept(h, &a_out, &a_ret_peer, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from accept4() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
        ASSERT_OK(fdk_tcp_listener_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_udp_open(): each errno row socket() can give comes back as itself, nothing made */
static void test_drive_udp_open(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_udp a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("socket", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_open(&a_out, AF_INET, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from socket() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_udp_bind(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_udp_bind(void)
{
    static const int errs[] = {EACCES, EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_udp a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_bind(&a_out, &loop4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_listen(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_unix_listen(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EDQUOT, EINVAL, ELOOP, EMFILE, EMLINK, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_listener a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_listen(&a_out, &exh_addr, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
    }
    fdk_inject_reset();
}

/* fdk_unix_listen_at(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_unix_listen_at(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EBADF, EDQUOT, EINVAL, ELOOP, EMFILE, EMLINK, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_listener a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_listen_at(&a_out, AT_FDCWD, exh_path, 4, 0, 0700), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
    }
    fdk_inject_reset();
}

/* fdk_unix_seqpacket_listen(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_unix_seqpacket_listen(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EDQUOT, EINVAL, ELOOP, EMFILE, EMLINK, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_seqpacket_listener a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_listen(&a_out, &exh_addr, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
    }
    fdk_inject_reset();
}

/* fdk_unix_seqpacket_listen_at(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_unix_seqpacket_listen_at(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EBADF, EDQUOT, EINVAL, ELOOP, EMFILE, EMLINK, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_seqpacket_listener a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_listen_at(&a_out, AT_FDCWD, exh_path, 4, 0, 0700), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_bind(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_bind(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EDQUOT, EINVAL, ELOOP, EMFILE, EMLINK, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_bind(&a_out, &exh_addr, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_bind_at(): each errno row bind() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_bind_at(void)
{
    static const int errs[] = {EACCES, EADDRNOTAVAIL, EAFNOSUPPORT, EBADF, EDQUOT, EINVAL, ELOOP, EMFILE, EMLINK, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOSPC, ENOTDIR, EPERM, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("bind", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_bind_at(&a_out, AT_FDCWD, exh_path, 0, 0700), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from bind() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(access(exh_path, F_OK) != 0); /* no file left */
    }
    fdk_inject_reset();
}

/* fdk_unix_connect(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_unix_connect(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EAGAIN, ECONNREFUSED, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOTDIR, EPERM, EPROTOTYPE, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_stream a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_connect(&a_out, &exh_addr, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_connect_at(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_unix_connect_at(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EAGAIN, EBADF, ECONNREFUSED, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOTDIR, EPERM, EPROTOTYPE, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_stream a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_connect_at(&a_out, AT_FDCWD, exh_path, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_seqpacket_connect(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_unix_seqpacket_connect(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EAGAIN, ECONNREFUSED, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOTDIR, EPERM, EPROTOTYPE, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_seqpacket a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_connect(&a_out, &exh_addr, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_seqpacket_connect_at(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_unix_seqpacket_connect_at(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EAGAIN, EBADF, ECONNREFUSED, EINVAL, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENOBUFS, ENOENT, ENOMEM, ENOTDIR, EPERM, EPROTOTYPE, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_seqpacket a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_connect_at(&a_out, AT_FDCWD, exh_path, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_open(): each errno row socket() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_open(void)
{
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("socket", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_open(&a_out, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from socket() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_pair(): each errno row socketpair() can give comes back as itself, nothing made */
static void test_drive_unix_pair(void)
{
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_stream a_a = {.fd = -7};
        fdk_unix_stream a_b = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("socketpair", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_pair(&a_a, &a_b, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from socketpair() */
        fdk_inject_reset();
        ASSERT_EQ(a_a.fd, -7);
        ASSERT_EQ(a_b.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_seqpacket_pair(): each errno row socketpair() can give comes back as itself, nothing made */
static void test_drive_unix_seqpacket_pair(void)
{
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_seqpacket a_a = {.fd = -7};
        fdk_unix_seqpacket a_b = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("socketpair", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_pair(&a_a, &a_b, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from socketpair() */
        fdk_inject_reset();
        ASSERT_EQ(a_a.fd, -7);
        ASSERT_EQ(a_b.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_pair(): each errno row socketpair() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_pair(void)
{
    static const int errs[] = {EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram a_a = {.fd = -7};
        fdk_unix_dgram a_b = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("socketpair", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_pair(&a_a, &a_b, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from socketpair() */
        fdk_inject_reset();
        ASSERT_EQ(a_a.fd, -7);
        ASSERT_EQ(a_b.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_udp_connect(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_udp_connect(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EBADF, EINVAL, ENETUNREACH, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_udp h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_udp_open(&h, AF_INET, 0));
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_connect(h, &loop4), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_OK(fdk_udp_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tcp_listen(): each errno row socket() can give comes back as itself, nothing made */
static void test_drive_tcp_listen(void)
{
    static const int errs[] = {EACCES, EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM, EPERM};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tcp_listener a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("socket", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tcp_listen(&a_out, &loop4, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from socket() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_socket_send_zerocopy(): each errno row send() can give comes back as itself, nothing made */
static void test_drive_send_zerocopy(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tcp_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_listen(&l, &loop4, 4, 0));
        fdk_sockaddr la;
        ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(l), &la));
        fdk_tcp_stream c = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_connect(&c, &la, 0));
        fdk_socket h = fdk_tcp_stream_socket(c);
        char zbuf[8] = {0};
        fdk_inject_reset();
        fdk_inject_fail("send", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_send_zerocopy(h, zbuf, sizeof zbuf, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from send() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tcp_stream_close(&c));
        ASSERT_OK(fdk_tcp_listener_close(&l));
    }
    fdk_inject_reset();
}

/* fdk_socket_get_tcp_info(): each errno row getsockopt() can give comes back as itself, nothing made */
static void test_drive_get_tcp_info(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENOPROTOOPT, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tcp_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tcp_listen(&l, &loop4, 4, 0));
        fdk_socket h = fdk_tcp_listener_socket(l);
        struct fdk_tcp_info a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_tcp_info(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from getsockopt() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        ASSERT_OK(fdk_tcp_listener_close(&l));
    }
    fdk_inject_reset();
}

/* fdk_socket_get_peerpidfd(): each errno row getsockopt() can give comes back as itself, nothing made */
static void test_drive_get_peerpidfd(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, EMFILE, ENODATA, ENOPROTOOPT, ENOTSOCK, ESRCH};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        int a_ret_fd;
        memset(&a_ret_fd, 0x5a, sizeof a_ret_fd);
        fdk_inject_reset();
        fdk_inject_fail("getsockopt", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_get_peerpidfd(h, &a_ret_fd), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from getsockopt() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_ret_fd, sizeof a_ret_fd, 0x5a));
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_socket_local_addr(): each errno row getsockname() can give comes back as itself, nothing made */
static void test_drive_local_addr(void)
{
    static const int errs[] = {EBADF, EINVAL, ENOBUFS, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        fdk_sockaddr a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("getsockname", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_local_addr(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from getsockname() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_socket_peer_addr(): each errno row getpeername() can give comes back as itself, nothing made */
static void test_drive_peer_addr(void)
{
    static const int errs[] = {EBADF, EINVAL, ENOBUFS, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        fdk_sockaddr a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("getpeername", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_peer_addr(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from getpeername() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_socket_recv_ancillary(): each errno row recvmsg() can give comes back as itself, nothing made */
static void test_drive_recv_ancillary(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        char rbuf[8];
        struct fdk_socket_ancillary anc;
        memset(&anc, 0, sizeof anc);
        fdk_inject_reset();
        fdk_inject_fail("recvmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_recv_ancillary(h, rbuf, sizeof rbuf, &anc, FDK_SOCKET_DONTWAIT), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from recvmsg() */
        fdk_inject_reset();
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_udp_recvfrom(): each errno row recvfrom() can give comes back as itself, nothing made */
static void test_drive_udp_recvfrom(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_udp h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_udp_bind(&h, &loop4, 0));
        char rbuf[8];
        fdk_sockaddr from;
        fdk_inject_reset();
        fdk_inject_fail("recvfrom", 1, 1, errs[i]);
        ASSERT_ERR(fdk_udp_recvfrom(h, rbuf, sizeof rbuf, &from, FDK_SOCKET_DONTWAIT), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from recvfrom() */
        fdk_inject_reset();
        ASSERT_OK(fdk_udp_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_recvfrom(): each errno row recvfrom() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_recvfrom(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_dgram_open(&h, 0));
        char rbuf[8];
        fdk_sockaddr from;
        fdk_inject_reset();
        fdk_inject_fail("recvfrom", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_recvfrom(h, rbuf, sizeof rbuf, &from, FDK_SOCKET_DONTWAIT), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from recvfrom() */
        fdk_inject_reset();
        ASSERT_OK(fdk_unix_dgram_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_connect(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_connect(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EBADF, ECONNREFUSED, EINVAL, ELOOP, ENAMETOOLONG, ENOENT, ENOMEM, ENOTDIR, ENOTSOCK, EPERM, EPROTOTYPE, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_dgram_open(&h, 0));
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_connect(h, &exh_addr), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_OK(fdk_unix_dgram_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_unix_dgram_connect_at(): each errno row connect() can give comes back as itself, nothing made */
static void test_drive_unix_dgram_connect_at(void)
{
    static const int errs[] = {EACCES, EAFNOSUPPORT, EBADF, ECONNREFUSED, EINVAL, ELOOP, ENAMETOOLONG, ENOENT, ENOMEM, ENOTDIR, ENOTSOCK, EPERM, EPROTOTYPE, EROFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_dgram h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_dgram_open(&h, 0));
        fdk_inject_reset();
        fdk_inject_fail("connect", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_dgram_connect_at(h, AT_FDCWD, exh_path), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from connect() */
        fdk_inject_reset();
        ASSERT_OK(fdk_unix_dgram_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_unix_seqpacket_accept(): each errno row accept4() can give comes back as itself, nothing made */
static void test_drive_unix_seqpacket_accept(void)
{
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_seqpacket_listener h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_seqpacket_listen(&h, &exh_addr, 4, 0));
        fdk_unix_seqpacket a_out = {.fd = -7};
        fdk_sockaddr a_ret_peer;
        memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
        fdk_inject_reset();
        fdk_inject_fail("accept4", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_seqpacket_accept(h, &a_out, &a_ret_peer, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from accept4() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
        ASSERT_OK(fdk_unix_seqpacket_listener_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_unix_accept(): each errno row accept4() can give comes back as itself, nothing made */
static void test_drive_unix_accept(void)
{
    static const int errs[] = {EAGAIN, EBADF, EINTR, EINVAL, EMFILE, ENFILE, ENOBUFS, ENOMEM, ENOTSOCK, EOPNOTSUPP};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_unix_listener h = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_listen(&h, &exh_addr, 4, 0));
        fdk_unix_stream a_out = {.fd = -7};
        fdk_sockaddr a_ret_peer;
        memset(&a_ret_peer, 0x5a, sizeof a_ret_peer);
        fdk_inject_reset();
        fdk_inject_fail("accept4", 1, 1, errs[i]);
        ASSERT_ERR(fdk_unix_accept(h, &a_out, &a_ret_peer, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from accept4() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
        ASSERT_TRUE(bytes_are(&a_ret_peer, sizeof a_ret_peer, 0x5a));
        ASSERT_OK(fdk_unix_listener_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_socket_send_creds(): each errno row sendmsg() can give comes back as itself, nothing made */
static void test_drive_send_creds(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPERM, EPIPE, ESRCH};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        char a_buf[16] = {0};
        struct fdk_ucred a_creds;
        memset(&a_creds, 0, sizeof a_creds);
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_send_creds(h, a_buf, 16, &a_creds, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from sendmsg() */
        fdk_inject_reset();
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_socket_send_fds(): each errno row sendmsg() can give comes back as itself, nothing made */
static void test_drive_send_fds(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE, ETOOMANYREFS};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        char a_buf[16] = {0};
        int a_fds[4];
        memset(a_fds, 0, sizeof a_fds);
        fdk_inject_reset();
        fdk_inject_fail("sendmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_send_fds(h, a_buf, 16, a_fds, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from sendmsg() */
        fdk_inject_reset();
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_socket_send_batch(): each errno row sendmmsg() can give comes back as itself, nothing made */
static void test_drive_send_batch(void)
{
    static const int errs[] = {EAFNOSUPPORT, EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EDESTADDRREQ, EFAULT, EINTR, EINVAL, EMSGSIZE, ENOBUFS, ENOMEM, ENOTCONN, ENOTSOCK, EOPNOTSUPP, EPIPE};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        struct fdk_socket_msg a_msgs[4];
        memset(a_msgs, 0, sizeof a_msgs);
        fdk_inject_reset();
        fdk_inject_fail("sendmmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_send_batch(h, a_msgs, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from sendmmsg() */
        fdk_inject_reset();
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

/* fdk_socket_recv_batch(): each errno row recvmmsg() can give comes back as itself, nothing made */
static void test_drive_recv_batch(void)
{
    static const int errs[] = {EAGAIN, EBADF, ECONNREFUSED, ECONNRESET, EFAULT, EINTR, EINVAL, ENOMEM, ENOTCONN, ENOTSOCK};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        int sv[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv), 0);
        fdk_socket h = fdk_socket_adopt(sv[0]);
        struct fdk_socket_msg a_msgs[4];
        memset(a_msgs, 0, sizeof a_msgs);
        fdk_inject_reset();
        fdk_inject_fail("recvmmsg", 1, 1, errs[i]);
        ASSERT_ERR(fdk_socket_recv_batch(h, a_msgs, 4, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from recvmmsg() */
        fdk_inject_reset();
        ASSERT_EQ(close(sv[0]), 0);
        ASSERT_EQ(close(sv[1]), 0);
    }
    fdk_inject_reset();
}

int main(void)
{
    ASSERT_OK(fdk_sockaddr_ipv4(&loop4, "127.0.0.1", 0));
    ASSERT_OK(fdk_sockaddr_unix(&unix_nowhere, "/nonexistent/fdk-gen.sock"));
    ASSERT_TRUE(mkdtemp(exh_dir) != NULL);
    snprintf(exh_path, sizeof exh_path, "%s/s", exh_dir);
    ASSERT_OK(fdk_sockaddr_unix(&exh_addr, exh_path));
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_socket_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_tcp_accept_bad_handle);
    RUN(test_tcp_accept_null_out);
    RUN(test_tcp_accept_unknown_flags);
    RUN(test_tcp_connect_null_out);
    RUN(test_tcp_connect_null_addr);
    RUN(test_tcp_connect_unknown_flags);
    RUN(test_tcp_connect_finish_bad_handle);
    RUN(test_udp_open_null_out);
    RUN(test_udp_open_unknown_flags);
    RUN(test_udp_bind_null_out);
    RUN(test_udp_bind_null_addr);
    RUN(test_udp_bind_unknown_flags);
    RUN(test_udp_connect_bad_handle);
    RUN(test_unix_listen_null_out);
    RUN(test_unix_listen_null_addr);
    RUN(test_unix_listen_unknown_flags);
    RUN(test_unix_listen_at_negative_dirfd);
    RUN(test_unix_listen_at_null_out);
    RUN(test_unix_listen_at_null_path);
    RUN(test_unix_listen_at_unknown_flags);
    RUN(test_unix_accept_bad_handle);
    RUN(test_unix_accept_null_out);
    RUN(test_unix_accept_unknown_flags);
    RUN(test_unix_connect_null_out);
    RUN(test_unix_connect_null_addr);
    RUN(test_unix_connect_unknown_flags);
    RUN(test_unix_connect_at_negative_dirfd);
    RUN(test_unix_connect_at_null_out);
    RUN(test_unix_connect_at_null_path);
    RUN(test_unix_connect_at_unknown_flags);
    RUN(test_unix_pair_null_a);
    RUN(test_unix_pair_null_b);
    RUN(test_unix_pair_unknown_flags);
    RUN(test_unix_seqpacket_listen_null_out);
    RUN(test_unix_seqpacket_listen_null_addr);
    RUN(test_unix_seqpacket_listen_unknown_flags);
    RUN(test_unix_seqpacket_listen_at_negative_dirfd);
    RUN(test_unix_seqpacket_listen_at_null_out);
    RUN(test_unix_seqpacket_listen_at_null_path);
    RUN(test_unix_seqpacket_listen_at_unknown_flags);
    RUN(test_unix_seqpacket_accept_bad_handle);
    RUN(test_unix_seqpacket_accept_null_out);
    RUN(test_unix_seqpacket_accept_unknown_flags);
    RUN(test_unix_seqpacket_connect_null_out);
    RUN(test_unix_seqpacket_connect_null_addr);
    RUN(test_unix_seqpacket_connect_unknown_flags);
    RUN(test_unix_seqpacket_connect_at_negative_dirfd);
    RUN(test_unix_seqpacket_connect_at_null_out);
    RUN(test_unix_seqpacket_connect_at_null_path);
    RUN(test_unix_seqpacket_connect_at_unknown_flags);
    RUN(test_unix_seqpacket_pair_null_a);
    RUN(test_unix_seqpacket_pair_null_b);
    RUN(test_unix_seqpacket_pair_unknown_flags);
    RUN(test_unix_dgram_open_null_out);
    RUN(test_unix_dgram_open_unknown_flags);
    RUN(test_unix_dgram_bind_null_out);
    RUN(test_unix_dgram_bind_null_addr);
    RUN(test_unix_dgram_bind_unknown_flags);
    RUN(test_unix_dgram_bind_at_negative_dirfd);
    RUN(test_unix_dgram_bind_at_null_out);
    RUN(test_unix_dgram_bind_at_null_path);
    RUN(test_unix_dgram_bind_at_unknown_flags);
    RUN(test_unix_dgram_connect_bad_handle);
    RUN(test_unix_dgram_connect_at_bad_handle);
    RUN(test_unix_dgram_connect_at_negative_dirfd);
    RUN(test_unix_dgram_connect_at_null_path);
    RUN(test_unix_dgram_pair_null_a);
    RUN(test_unix_dgram_pair_null_b);
    RUN(test_unix_dgram_pair_unknown_flags);
    RUN(test_tcp_stream_send_bad_handle);
    RUN(test_tcp_stream_send_null_buf);
    RUN(test_tcp_stream_send_unknown_flags);
    RUN(test_unix_stream_send_bad_handle);
    RUN(test_unix_stream_send_null_buf);
    RUN(test_unix_stream_send_unknown_flags);
    RUN(test_unix_seqpacket_send_bad_handle);
    RUN(test_unix_seqpacket_send_null_buf);
    RUN(test_unix_seqpacket_send_unknown_flags);
    RUN(test_udp_send_bad_handle);
    RUN(test_udp_send_null_buf);
    RUN(test_udp_send_unknown_flags);
    RUN(test_unix_dgram_send_bad_handle);
    RUN(test_unix_dgram_send_null_buf);
    RUN(test_unix_dgram_send_unknown_flags);
    RUN(test_tcp_stream_recv_bad_handle);
    RUN(test_tcp_stream_recv_null_buf);
    RUN(test_tcp_stream_recv_unknown_flags);
    RUN(test_unix_stream_recv_bad_handle);
    RUN(test_unix_stream_recv_null_buf);
    RUN(test_unix_stream_recv_unknown_flags);
    RUN(test_unix_seqpacket_recv_bad_handle);
    RUN(test_unix_seqpacket_recv_null_buf);
    RUN(test_unix_seqpacket_recv_unknown_flags);
    RUN(test_udp_recv_bad_handle);
    RUN(test_udp_recv_null_buf);
    RUN(test_udp_recv_unknown_flags);
    RUN(test_unix_dgram_recv_bad_handle);
    RUN(test_unix_dgram_recv_null_buf);
    RUN(test_unix_dgram_recv_unknown_flags);
    RUN(test_udp_sendto_bad_handle);
    RUN(test_udp_sendto_null_buf);
    RUN(test_udp_sendto_null_to);
    RUN(test_udp_sendto_unknown_flags);
    RUN(test_unix_dgram_sendto_bad_handle);
    RUN(test_unix_dgram_sendto_null_buf);
    RUN(test_unix_dgram_sendto_null_to);
    RUN(test_unix_dgram_sendto_unknown_flags);
    RUN(test_tcp_stream_sendmsg_bad_handle);
    RUN(test_tcp_stream_sendmsg_null_msg);
    RUN(test_tcp_stream_sendmsg_unknown_flags);
    RUN(test_unix_stream_sendmsg_bad_handle);
    RUN(test_unix_stream_sendmsg_null_msg);
    RUN(test_unix_stream_sendmsg_unknown_flags);
    RUN(test_unix_seqpacket_sendmsg_bad_handle);
    RUN(test_unix_seqpacket_sendmsg_null_msg);
    RUN(test_unix_seqpacket_sendmsg_unknown_flags);
    RUN(test_udp_sendmsg_bad_handle);
    RUN(test_udp_sendmsg_null_msg);
    RUN(test_udp_sendmsg_unknown_flags);
    RUN(test_unix_dgram_sendmsg_bad_handle);
    RUN(test_unix_dgram_sendmsg_null_msg);
    RUN(test_unix_dgram_sendmsg_unknown_flags);
    RUN(test_tcp_stream_recvmsg_bad_handle);
    RUN(test_tcp_stream_recvmsg_null_msg);
    RUN(test_tcp_stream_recvmsg_unknown_flags);
    RUN(test_unix_stream_recvmsg_bad_handle);
    RUN(test_unix_stream_recvmsg_null_msg);
    RUN(test_unix_stream_recvmsg_unknown_flags);
    RUN(test_unix_seqpacket_recvmsg_bad_handle);
    RUN(test_unix_seqpacket_recvmsg_null_msg);
    RUN(test_unix_seqpacket_recvmsg_unknown_flags);
    RUN(test_udp_recvmsg_bad_handle);
    RUN(test_udp_recvmsg_null_msg);
    RUN(test_udp_recvmsg_unknown_flags);
    RUN(test_unix_dgram_recvmsg_bad_handle);
    RUN(test_unix_dgram_recvmsg_null_msg);
    RUN(test_unix_dgram_recvmsg_unknown_flags);
    RUN(test_tcp_stream_readv_bad_handle);
    RUN(test_tcp_stream_readv_null_iov);
    RUN(test_unix_stream_readv_bad_handle);
    RUN(test_unix_stream_readv_null_iov);
    RUN(test_unix_seqpacket_readv_bad_handle);
    RUN(test_unix_seqpacket_readv_null_iov);
    RUN(test_udp_readv_bad_handle);
    RUN(test_udp_readv_null_iov);
    RUN(test_unix_dgram_readv_bad_handle);
    RUN(test_unix_dgram_readv_null_iov);
    RUN(test_tcp_stream_writev_bad_handle);
    RUN(test_tcp_stream_writev_null_iov);
    RUN(test_unix_stream_writev_bad_handle);
    RUN(test_unix_stream_writev_null_iov);
    RUN(test_unix_seqpacket_writev_bad_handle);
    RUN(test_unix_seqpacket_writev_null_iov);
    RUN(test_udp_writev_bad_handle);
    RUN(test_udp_writev_null_iov);
    RUN(test_unix_dgram_writev_bad_handle);
    RUN(test_unix_dgram_writev_null_iov);
    RUN(test_tcp_stream_shutdown_bad_handle);
    RUN(test_unix_stream_shutdown_bad_handle);
    RUN(test_unix_seqpacket_shutdown_bad_handle);
    RUN(test_udp_recvfrom_bad_handle);
    RUN(test_udp_recvfrom_null_buf);
    RUN(test_udp_recvfrom_unknown_flags);
    RUN(test_unix_dgram_recvfrom_bad_handle);
    RUN(test_unix_dgram_recvfrom_null_buf);
    RUN(test_unix_dgram_recvfrom_unknown_flags);
    RUN(test_local_addr_bad_handle);
    RUN(test_local_addr_null_out);
    RUN(test_peer_addr_bad_handle);
    RUN(test_peer_addr_null_out);
    RUN(test_get_tcp_info_bad_handle);
    RUN(test_get_tcp_info_null_out);
    RUN(test_get_peerpidfd_bad_handle);
    RUN(test_get_peerpidfd_null_ret_fd);
    RUN(test_send_fds_bad_handle);
    RUN(test_send_fds_null_buf);
    RUN(test_send_fds_null_fds);
    RUN(test_send_fds_unknown_flags);
    RUN(test_send_creds_bad_handle);
    RUN(test_send_creds_null_buf);
    RUN(test_send_creds_unknown_flags);
    RUN(test_recv_ancillary_bad_handle);
    RUN(test_recv_ancillary_null_buf);
    RUN(test_recv_ancillary_null_anc);
    RUN(test_recv_ancillary_unknown_flags);
    RUN(test_send_batch_bad_handle);
    RUN(test_send_batch_null_msgs);
    RUN(test_send_batch_unknown_flags);
    RUN(test_recv_batch_bad_handle);
    RUN(test_recv_batch_null_msgs);
    RUN(test_recv_batch_unknown_flags);
    RUN(test_send_zerocopy_bad_handle);
    RUN(test_send_zerocopy_null_buf);
    RUN(test_send_zerocopy_unknown_flags);
    RUN(test_zerocopy_completions_bad_handle);
    RUN(test_zerocopy_completions_null_out);
    RUN(test_set_reuseaddr_bad_handle);
    RUN(test_get_reuseaddr_bad_handle);
    RUN(test_get_reuseaddr_null_ret_on);
    RUN(test_set_reuseport_bad_handle);
    RUN(test_get_reuseport_bad_handle);
    RUN(test_get_reuseport_null_ret_on);
    RUN(test_set_broadcast_bad_handle);
    RUN(test_get_broadcast_bad_handle);
    RUN(test_get_broadcast_null_ret_on);
    RUN(test_set_keepalive_bad_handle);
    RUN(test_get_keepalive_bad_handle);
    RUN(test_get_keepalive_null_ret_on);
    RUN(test_set_oobinline_bad_handle);
    RUN(test_get_oobinline_bad_handle);
    RUN(test_get_oobinline_null_ret_on);
    RUN(test_set_passcred_bad_handle);
    RUN(test_get_passcred_bad_handle);
    RUN(test_get_passcred_null_ret_on);
    RUN(test_set_zerocopy_bad_handle);
    RUN(test_get_zerocopy_bad_handle);
    RUN(test_get_zerocopy_null_ret_on);
    RUN(test_get_acceptconn_bad_handle);
    RUN(test_get_acceptconn_null_ret_on);
    RUN(test_set_rcvbuf_bad_handle);
    RUN(test_get_rcvbuf_bad_handle);
    RUN(test_get_rcvbuf_null_ret_bytes);
    RUN(test_set_sndbuf_bad_handle);
    RUN(test_get_sndbuf_bad_handle);
    RUN(test_get_sndbuf_null_ret_bytes);
    RUN(test_set_rcvlowat_bad_handle);
    RUN(test_get_rcvlowat_bad_handle);
    RUN(test_get_rcvlowat_null_ret_value);
    RUN(test_set_rcvtimeo_bad_handle);
    RUN(test_get_rcvtimeo_bad_handle);
    RUN(test_get_rcvtimeo_null_ret_usec);
    RUN(test_set_sndtimeo_bad_handle);
    RUN(test_get_sndtimeo_bad_handle);
    RUN(test_get_sndtimeo_null_ret_usec);
    RUN(test_set_linger_bad_handle);
    RUN(test_get_linger_bad_handle);
    RUN(test_get_linger_null_ret_seconds);
    RUN(test_set_incoming_cpu_bad_handle);
    RUN(test_get_incoming_cpu_bad_handle);
    RUN(test_get_incoming_cpu_null_ret_value);
    RUN(test_set_busy_poll_bad_handle);
    RUN(test_get_busy_poll_bad_handle);
    RUN(test_get_busy_poll_null_ret_value);
    RUN(test_get_error_bad_handle);
    RUN(test_get_error_null_ret_err);
    RUN(test_get_type_bad_handle);
    RUN(test_get_type_null_ret_value);
    RUN(test_get_domain_bad_handle);
    RUN(test_get_domain_null_ret_value);
    RUN(test_get_protocol_bad_handle);
    RUN(test_get_protocol_null_ret_value);
    RUN(test_get_peercred_bad_handle);
    RUN(test_get_peercred_null_ret_cred);
    RUN(test_set_mark_bad_handle);
    RUN(test_get_mark_bad_handle);
    RUN(test_get_mark_null_ret_value);
    RUN(test_set_priority_bad_handle);
    RUN(test_get_priority_bad_handle);
    RUN(test_get_priority_null_ret_value);
    RUN(test_set_bindtodevice_bad_handle);
    RUN(test_set_bindtodevice_null_name);
    RUN(test_get_bindtodevice_bad_handle);
    RUN(test_get_bindtodevice_null_buf);
    RUN(test_set_peek_off_bad_handle);
    RUN(test_get_peek_off_bad_handle);
    RUN(test_get_peek_off_null_ret_value);
    RUN(test_set_passpidfd_bad_handle);
    RUN(test_get_passpidfd_bad_handle);
    RUN(test_get_passpidfd_null_ret_on);
    RUN(test_get_cookie_bad_handle);
    RUN(test_get_cookie_null_ret_value);
    RUN(test_set_bindtoifindex_bad_handle);
    RUN(test_get_bindtoifindex_bad_handle);
    RUN(test_get_bindtoifindex_null_ret_value);
    RUN(test_set_dontroute_bad_handle);
    RUN(test_get_dontroute_bad_handle);
    RUN(test_get_dontroute_null_ret_on);
    RUN(test_set_busy_poll_budget_bad_handle);
    RUN(test_set_prefer_busy_poll_bad_handle);
    RUN(test_get_prefer_busy_poll_bad_handle);
    RUN(test_get_prefer_busy_poll_null_ret_on);
    RUN(test_get_incoming_napi_id_bad_handle);
    RUN(test_get_incoming_napi_id_null_ret_value);
    RUN(test_set_max_pacing_rate_bad_handle);
    RUN(test_get_max_pacing_rate_bad_handle);
    RUN(test_get_max_pacing_rate_null_ret_value);
    RUN(test_set_select_err_queue_bad_handle);
    RUN(test_get_select_err_queue_bad_handle);
    RUN(test_get_select_err_queue_null_ret_on);
    RUN(test_get_netns_cookie_bad_handle);
    RUN(test_get_netns_cookie_null_ret_value);
    RUN(test_set_rcvbufforce_bad_handle);
    RUN(test_set_sndbufforce_bad_handle);
    RUN(test_set_nodelay_bad_handle);
    RUN(test_get_nodelay_bad_handle);
    RUN(test_get_nodelay_null_ret_on);
    RUN(test_set_cork_bad_handle);
    RUN(test_get_cork_bad_handle);
    RUN(test_get_cork_null_ret_on);
    RUN(test_set_keepidle_bad_handle);
    RUN(test_get_keepidle_bad_handle);
    RUN(test_get_keepidle_null_ret_value);
    RUN(test_set_keepintvl_bad_handle);
    RUN(test_get_keepintvl_bad_handle);
    RUN(test_get_keepintvl_null_ret_value);
    RUN(test_set_keepcnt_bad_handle);
    RUN(test_get_keepcnt_bad_handle);
    RUN(test_get_keepcnt_null_ret_value);
    RUN(test_set_syncnt_bad_handle);
    RUN(test_get_syncnt_bad_handle);
    RUN(test_get_syncnt_null_ret_value);
    RUN(test_set_linger2_bad_handle);
    RUN(test_get_linger2_bad_handle);
    RUN(test_get_linger2_null_ret_value);
    RUN(test_set_defer_accept_bad_handle);
    RUN(test_get_defer_accept_bad_handle);
    RUN(test_get_defer_accept_null_ret_value);
    RUN(test_set_fastopen_bad_handle);
    RUN(test_get_fastopen_bad_handle);
    RUN(test_get_fastopen_null_ret_value);
    RUN(test_set_user_timeout_bad_handle);
    RUN(test_get_user_timeout_bad_handle);
    RUN(test_get_user_timeout_null_ret_value);
    RUN(test_set_maxseg_bad_handle);
    RUN(test_get_maxseg_bad_handle);
    RUN(test_get_maxseg_null_ret_value);
    RUN(test_set_quickack_bad_handle);
    RUN(test_get_quickack_bad_handle);
    RUN(test_get_quickack_null_ret_on);
    RUN(test_set_notsent_lowat_bad_handle);
    RUN(test_get_notsent_lowat_bad_handle);
    RUN(test_get_notsent_lowat_null_ret_value);
    RUN(test_set_inq_bad_handle);
    RUN(test_get_inq_bad_handle);
    RUN(test_get_inq_null_ret_on);
    RUN(test_set_congestion_bad_handle);
    RUN(test_set_congestion_null_name);
    RUN(test_get_congestion_bad_handle);
    RUN(test_get_congestion_null_buf);
    RUN(test_set_window_clamp_bad_handle);
    RUN(test_get_window_clamp_bad_handle);
    RUN(test_get_window_clamp_null_ret_value);
    RUN(test_get_fastopen_connect_bad_handle);
    RUN(test_get_fastopen_connect_null_ret_on);
    RUN(test_set_fastopen_no_cookie_bad_handle);
    RUN(test_get_fastopen_no_cookie_bad_handle);
    RUN(test_get_fastopen_no_cookie_null_ret_on);
    RUN(test_set_v6only_bad_handle);
    RUN(test_get_v6only_bad_handle);
    RUN(test_get_v6only_null_ret_on);
    RUN(test_socket_close_null_and_empty);
    RUN(test_tcp_listener_close_null_and_empty);
    RUN(test_tcp_stream_close_null_and_empty);
    RUN(test_udp_close_null_and_empty);
    RUN(test_unix_listener_close_null_and_empty);
    RUN(test_unix_listener_release_null_h);
    RUN(test_unix_stream_close_null_and_empty);
    RUN(test_unix_dgram_close_null_and_empty);
    RUN(test_unix_dgram_release_null_h);
    RUN(test_unix_seqpacket_listener_close_null_and_empty);
    RUN(test_unix_seqpacket_listener_release_null_h);
    RUN(test_unix_seqpacket_close_null_and_empty);
    RUN(test_errno_udp_sendto_eafnosupport_0);
    RUN(test_errno_unix_dgram_sendto_eafnosupport_1);
    RUN(test_inject_tcp_stream_send_errnos);
    RUN(test_inject_tcp_stream_send_eintr);
    RUN(test_inject_unix_stream_send_errnos);
    RUN(test_inject_unix_stream_send_eintr);
    RUN(test_inject_unix_seqpacket_send_errnos);
    RUN(test_inject_unix_seqpacket_send_eintr);
    RUN(test_inject_udp_send_errnos);
    RUN(test_inject_udp_send_eintr);
    RUN(test_inject_unix_dgram_send_errnos);
    RUN(test_inject_unix_dgram_send_eintr);
    RUN(test_inject_tcp_stream_recv_errnos);
    RUN(test_inject_tcp_stream_recv_eintr);
    RUN(test_inject_unix_stream_recv_errnos);
    RUN(test_inject_unix_stream_recv_eintr);
    RUN(test_inject_unix_seqpacket_recv_errnos);
    RUN(test_inject_unix_seqpacket_recv_eintr);
    RUN(test_inject_udp_recv_errnos);
    RUN(test_inject_udp_recv_eintr);
    RUN(test_inject_unix_dgram_recv_errnos);
    RUN(test_inject_unix_dgram_recv_eintr);
    RUN(test_inject_udp_sendto_errnos);
    RUN(test_inject_udp_sendto_eintr);
    RUN(test_inject_unix_dgram_sendto_errnos);
    RUN(test_inject_unix_dgram_sendto_eintr);
    RUN(test_inject_tcp_stream_sendmsg_errnos);
    RUN(test_inject_tcp_stream_sendmsg_eintr);
    RUN(test_inject_unix_stream_sendmsg_errnos);
    RUN(test_inject_unix_stream_sendmsg_eintr);
    RUN(test_inject_unix_seqpacket_sendmsg_errnos);
    RUN(test_inject_unix_seqpacket_sendmsg_eintr);
    RUN(test_inject_udp_sendmsg_errnos);
    RUN(test_inject_udp_sendmsg_eintr);
    RUN(test_inject_unix_dgram_sendmsg_errnos);
    RUN(test_inject_unix_dgram_sendmsg_eintr);
    RUN(test_inject_tcp_stream_recvmsg_errnos);
    RUN(test_inject_tcp_stream_recvmsg_eintr);
    RUN(test_inject_unix_stream_recvmsg_errnos);
    RUN(test_inject_unix_stream_recvmsg_eintr);
    RUN(test_inject_unix_seqpacket_recvmsg_errnos);
    RUN(test_inject_unix_seqpacket_recvmsg_eintr);
    RUN(test_inject_udp_recvmsg_errnos);
    RUN(test_inject_udp_recvmsg_eintr);
    RUN(test_inject_unix_dgram_recvmsg_errnos);
    RUN(test_inject_unix_dgram_recvmsg_eintr);
    RUN(test_inject_tcp_stream_readv_errnos);
    RUN(test_inject_tcp_stream_readv_eintr);
    RUN(test_inject_unix_stream_readv_errnos);
    RUN(test_inject_unix_stream_readv_eintr);
    RUN(test_inject_unix_seqpacket_readv_errnos);
    RUN(test_inject_unix_seqpacket_readv_eintr);
    RUN(test_inject_udp_readv_errnos);
    RUN(test_inject_udp_readv_eintr);
    RUN(test_inject_unix_dgram_readv_errnos);
    RUN(test_inject_unix_dgram_readv_eintr);
    RUN(test_inject_tcp_stream_writev_errnos);
    RUN(test_inject_tcp_stream_writev_eintr);
    RUN(test_inject_unix_stream_writev_errnos);
    RUN(test_inject_unix_stream_writev_eintr);
    RUN(test_inject_unix_seqpacket_writev_errnos);
    RUN(test_inject_unix_seqpacket_writev_eintr);
    RUN(test_inject_udp_writev_errnos);
    RUN(test_inject_udp_writev_eintr);
    RUN(test_inject_unix_dgram_writev_errnos);
    RUN(test_inject_unix_dgram_writev_eintr);
    RUN(test_inject_tcp_stream_shutdown_errnos);
    RUN(test_inject_tcp_stream_shutdown_eintr);
    RUN(test_inject_unix_stream_shutdown_errnos);
    RUN(test_inject_unix_stream_shutdown_eintr);
    RUN(test_inject_unix_seqpacket_shutdown_errnos);
    RUN(test_inject_unix_seqpacket_shutdown_eintr);
    RUN(test_inject_set_reuseaddr_errnos);
    RUN(test_inject_get_reuseaddr_errnos);
    RUN(test_inject_set_reuseport_errnos);
    RUN(test_inject_get_reuseport_errnos);
    RUN(test_inject_set_broadcast_errnos);
    RUN(test_inject_get_broadcast_errnos);
    RUN(test_inject_set_keepalive_errnos);
    RUN(test_inject_get_keepalive_errnos);
    RUN(test_inject_set_oobinline_errnos);
    RUN(test_inject_get_oobinline_errnos);
    RUN(test_inject_set_passcred_errnos);
    RUN(test_inject_get_passcred_errnos);
    RUN(test_inject_set_zerocopy_errnos);
    RUN(test_inject_get_zerocopy_errnos);
    RUN(test_inject_get_acceptconn_errnos);
    RUN(test_inject_set_rcvbuf_errnos);
    RUN(test_inject_get_rcvbuf_errnos);
    RUN(test_inject_set_sndbuf_errnos);
    RUN(test_inject_get_sndbuf_errnos);
    RUN(test_inject_set_rcvlowat_errnos);
    RUN(test_inject_get_rcvlowat_errnos);
    RUN(test_inject_set_rcvtimeo_errnos);
    RUN(test_inject_get_rcvtimeo_errnos);
    RUN(test_inject_set_sndtimeo_errnos);
    RUN(test_inject_get_sndtimeo_errnos);
    RUN(test_inject_set_linger_errnos);
    RUN(test_inject_get_linger_errnos);
    RUN(test_inject_set_incoming_cpu_errnos);
    RUN(test_inject_get_incoming_cpu_errnos);
    RUN(test_inject_set_busy_poll_errnos);
    RUN(test_inject_get_busy_poll_errnos);
    RUN(test_inject_get_error_errnos);
    RUN(test_inject_get_type_errnos);
    RUN(test_inject_get_domain_errnos);
    RUN(test_inject_get_protocol_errnos);
    RUN(test_inject_get_peercred_errnos);
    RUN(test_inject_set_mark_errnos);
    RUN(test_inject_get_mark_errnos);
    RUN(test_inject_set_priority_errnos);
    RUN(test_inject_get_priority_errnos);
    RUN(test_inject_set_bindtodevice_errnos);
    RUN(test_inject_get_bindtodevice_errnos);
    RUN(test_inject_set_peek_off_errnos);
    RUN(test_inject_get_peek_off_errnos);
    RUN(test_inject_set_passpidfd_errnos);
    RUN(test_inject_get_passpidfd_errnos);
    RUN(test_inject_get_cookie_errnos);
    RUN(test_inject_set_bindtoifindex_errnos);
    RUN(test_inject_get_bindtoifindex_errnos);
    RUN(test_inject_set_dontroute_errnos);
    RUN(test_inject_get_dontroute_errnos);
    RUN(test_inject_set_busy_poll_budget_errnos);
    RUN(test_inject_set_prefer_busy_poll_errnos);
    RUN(test_inject_get_prefer_busy_poll_errnos);
    RUN(test_inject_get_incoming_napi_id_errnos);
    RUN(test_inject_set_max_pacing_rate_errnos);
    RUN(test_inject_get_max_pacing_rate_errnos);
    RUN(test_inject_set_select_err_queue_errnos);
    RUN(test_inject_get_select_err_queue_errnos);
    RUN(test_inject_get_netns_cookie_errnos);
    RUN(test_inject_set_rcvbufforce_errnos);
    RUN(test_inject_set_sndbufforce_errnos);
    RUN(test_inject_set_nodelay_errnos);
    RUN(test_inject_get_nodelay_errnos);
    RUN(test_inject_set_cork_errnos);
    RUN(test_inject_get_cork_errnos);
    RUN(test_inject_set_keepidle_errnos);
    RUN(test_inject_get_keepidle_errnos);
    RUN(test_inject_set_keepintvl_errnos);
    RUN(test_inject_get_keepintvl_errnos);
    RUN(test_inject_set_keepcnt_errnos);
    RUN(test_inject_get_keepcnt_errnos);
    RUN(test_inject_set_syncnt_errnos);
    RUN(test_inject_get_syncnt_errnos);
    RUN(test_inject_set_linger2_errnos);
    RUN(test_inject_get_linger2_errnos);
    RUN(test_inject_set_defer_accept_errnos);
    RUN(test_inject_get_defer_accept_errnos);
    RUN(test_inject_set_fastopen_errnos);
    RUN(test_inject_get_fastopen_errnos);
    RUN(test_inject_set_user_timeout_errnos);
    RUN(test_inject_get_user_timeout_errnos);
    RUN(test_inject_set_maxseg_errnos);
    RUN(test_inject_get_maxseg_errnos);
    RUN(test_inject_set_quickack_errnos);
    RUN(test_inject_get_quickack_errnos);
    RUN(test_inject_set_notsent_lowat_errnos);
    RUN(test_inject_get_notsent_lowat_errnos);
    RUN(test_inject_set_inq_errnos);
    RUN(test_inject_get_inq_errnos);
    RUN(test_inject_set_congestion_errnos);
    RUN(test_inject_get_congestion_errnos);
    RUN(test_inject_set_window_clamp_errnos);
    RUN(test_inject_get_window_clamp_errnos);
    RUN(test_inject_get_fastopen_connect_errnos);
    RUN(test_inject_set_fastopen_no_cookie_errnos);
    RUN(test_inject_get_fastopen_no_cookie_errnos);
    RUN(test_inject_set_v6only_errnos);
    RUN(test_inject_get_v6only_errnos);
    RUN(test_socket_close_stale_fd);
    RUN(test_inject_socket_close);
    RUN(test_tcp_listener_close_stale_fd);
    RUN(test_inject_tcp_listener_close);
    RUN(test_tcp_stream_close_stale_fd);
    RUN(test_inject_tcp_stream_close);
    RUN(test_udp_close_stale_fd);
    RUN(test_inject_udp_close);
    RUN(test_unix_listener_close_stale_fd);
    RUN(test_unix_stream_close_stale_fd);
    RUN(test_inject_unix_stream_close);
    RUN(test_unix_dgram_close_stale_fd);
    RUN(test_unix_seqpacket_listener_close_stale_fd);
    RUN(test_unix_seqpacket_close_stale_fd);
    RUN(test_inject_unix_seqpacket_close);
    RUN(test_exhaust_tcp_listen);
    RUN(test_exhaust_tcp_accept);
    RUN(test_exhaust_tcp_connect);
    RUN(test_exhaust_udp_open);
    RUN(test_exhaust_udp_bind);
    RUN(test_exhaust_unix_listen_1);
    RUN(test_exhaust_unix_listen_2);
    RUN(test_exhaust_unix_listen_at);
    RUN(test_exhaust_unix_accept);
    RUN(test_exhaust_unix_connect);
    RUN(test_exhaust_unix_connect_at);
    RUN(test_exhaust_unix_pair);
    RUN(test_exhaust_unix_seqpacket_listen);
    RUN(test_exhaust_unix_seqpacket_listen_at);
    RUN(test_exhaust_unix_seqpacket_accept);
    RUN(test_exhaust_unix_seqpacket_connect);
    RUN(test_exhaust_unix_seqpacket_connect_at);
    RUN(test_exhaust_unix_seqpacket_pair);
    RUN(test_exhaust_unix_dgram_open);
    RUN(test_exhaust_unix_dgram_bind);
    RUN(test_exhaust_unix_dgram_bind_at);
    RUN(test_exhaust_unix_dgram_pair);
    RUN(test_drive_tcp_connect);
    RUN(test_drive_tcp_accept);
    RUN(test_drive_udp_open);
    RUN(test_drive_udp_bind);
    RUN(test_drive_unix_listen);
    RUN(test_drive_unix_listen_at);
    RUN(test_drive_unix_seqpacket_listen);
    RUN(test_drive_unix_seqpacket_listen_at);
    RUN(test_drive_unix_dgram_bind);
    RUN(test_drive_unix_dgram_bind_at);
    RUN(test_drive_unix_connect);
    RUN(test_drive_unix_connect_at);
    RUN(test_drive_unix_seqpacket_connect);
    RUN(test_drive_unix_seqpacket_connect_at);
    RUN(test_drive_unix_dgram_open);
    RUN(test_drive_unix_pair);
    RUN(test_drive_unix_seqpacket_pair);
    RUN(test_drive_unix_dgram_pair);
    RUN(test_drive_udp_connect);
    RUN(test_drive_tcp_listen);
    RUN(test_drive_send_zerocopy);
    RUN(test_drive_get_tcp_info);
    RUN(test_drive_get_peerpidfd);
    RUN(test_drive_local_addr);
    RUN(test_drive_peer_addr);
    RUN(test_drive_recv_ancillary);
    RUN(test_drive_udp_recvfrom);
    RUN(test_drive_unix_dgram_recvfrom);
    RUN(test_drive_unix_dgram_connect);
    RUN(test_drive_unix_dgram_connect_at);
    RUN(test_drive_unix_seqpacket_accept);
    RUN(test_drive_unix_accept);
    RUN(test_drive_send_creds);
    RUN(test_drive_send_fds);
    RUN(test_drive_send_batch);
    RUN(test_drive_recv_batch);
    ASSERT_EQ(rmdir(exh_dir), 0);
    return 0;
}
