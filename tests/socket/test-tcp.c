/* SPDX-License-Identifier: MIT */
/*
 * TCP over IPv4 loopback (tcp-cases.h; test-tcp6.c runs the same cases over
 * IPv6): echo through listen/connect/accept with exact peer addresses,
 * non-blocking connect (in progress, finished, refused, still waiting on a
 * full accept queue), blocking connect refused without a leak, half close,
 * -EPIPE without SIGPIPE, accept flags, REUSEADDR/REUSEPORT in effect, and
 * every argument check happening before a descriptor exists.
 */
#include "tcp-cases.h"

TCP_CASE_TESTS(AF_INET)

/*
 * Bad arguments, refused before any system call: no descriptor is created
 * (counted here, not only by RUN) and the out-parameter is untouched.
 */
static void test_invalid_arguments(void)
{
    fdk_tcp_listener l = {.fd = -7};
    fdk_tcp_stream c = {.fd = -7};
    fdk_sockaddr v4 = loopback(AF_INET, 0), un, empty = {0}, bad = v4;
    const int unknown = unknown_bit(FDK_SOCKET_OPEN_ALL);
    int before = fdk_test_count_fds();

    ASSERT_OK(fdk_sockaddr_unix(&un, "/tmp/fdkit-test-never-bound.sock"));
    bad.len = sizeof(bad.u) + 1;

    ASSERT_ERR(fdk_tcp_listen(NULL, &v4, 1, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &v4, 1, unknown), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &v4, 1, -1), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &v4, 1, FDK_SOCKET_V6ONLY), EINVAL); /* IPv4 address */
    ASSERT_ERR(fdk_tcp_listen(&l, &v4, 1, FDK_SOCKET_MKDIR), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &v4, 1, FDK_SOCKET_KEEP_PATH), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &empty, 1, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &bad, 1, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_listen(&l, &un, 1, 0), EAFNOSUPPORT);
    ASSERT_EQ(l.fd, -7);

    ASSERT_ERR(fdk_tcp_connect(NULL, &v4, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &v4, unknown), EINVAL);
    /* nothing is bound by connect: the bind options would do nothing */
    ASSERT_ERR(fdk_tcp_connect(&c, &v4, FDK_SOCKET_REUSEADDR), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &v4, FDK_SOCKET_REUSEPORT), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &v4, FDK_SOCKET_V6ONLY), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &v4, FDK_SOCKET_MKDIR | FDK_SOCKET_NONBLOCK), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &empty, 0), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &un, 0), EAFNOSUPPORT);
    ASSERT_EQ(c.fd, -7);

    ASSERT_ERR(fdk_tcp_connect_finish(fdk_tcp_stream_adopt(-1)), EBADF);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/* The kernel's own refusals after socket() (here: a malformed length) leave nothing open. */
static void test_kernel_refusal_closes(void)
{
    fdk_tcp_listener l = {.fd = -7};
    fdk_tcp_stream c = {.fd = -7};
    fdk_sockaddr shortv4 = loopback(AF_INET, 0);
    int before = fdk_test_count_fds();

    shortv4.len = sizeof(sa_family_t) + 2; /* AF_INET and a port, no address */
    ASSERT_ERR(fdk_tcp_listen(&l, &shortv4, 1, FDK_SOCKET_REUSEADDR), EINVAL);
    ASSERT_ERR(fdk_tcp_connect(&c, &shortv4, 0), EINVAL);
    ASSERT_EQ(l.fd, -7);
    ASSERT_EQ(c.fd, -7);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/*
 * connect_finish on a socket that never connected (and is not connecting)
 * says -ENOTCONN rather than -EINPROGRESS: waiting would never end.
 */
static void test_finish_never_connected(void)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

    ASSERT_TRUE(fd >= 0);
    ASSERT_ERR(fdk_tcp_connect_finish(fdk_tcp_stream_adopt(fd)), ENOTCONN);
    close(fd);
}

int main(void)
{
    alarm(45);
    RUN_TCP_CASES();
    RUN(test_invalid_arguments);
    RUN(test_kernel_refusal_closes);
    RUN(test_finish_never_connected);
    return 0;
}
