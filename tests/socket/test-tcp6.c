/* SPDX-License-Identifier: MIT */
/*
 * TCP over IPv6 loopback: the cases of test-tcp.c (tcp-cases.h) on [::1],
 * plus V6ONLY, which only an IPv6 socket takes.  Skipped (77) when ::1
 * cannot be bound (no IPv6 in the kernel, or disabled on lo); the IPv4 half
 * runs regardless in test-tcp.c.
 */
#include "tcp-cases.h"

TCP_CASE_TESTS(AF_INET6)

/*
 * V6ONLY is set before bind.  Binding ::1 makes any IPv6 socket v6-only by
 * itself (it cannot take IPv4 anyway), so the flag's effect shows on an
 * IPv4-mapped address: [::ffff:127.0.0.1] binds without V6ONLY (a dual-stack
 * listener that IPv4 clients reach) and is refused with it (-EINVAL, nothing
 * left open).  The mapped half needs net.ipv6.bindv6only = 0 (the default).
 */
static void test_v6only(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT, x = {.fd = -7};
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr addr, mapped, v4;
    bool on = false;
    int def = 0, before;
    FILE *f;

    tcp_listen_lo(AF_INET6, &l, 4, FDK_SOCKET_V6ONLY | FDK_SOCKET_REUSEADDR, &addr);
    ASSERT_OK(fdk_socket_get_v6only(fdk_tcp_listener_socket(l), &on));
    ASSERT_TRUE(on);
    ASSERT_EQ(fdk_tcp_connect(&c, &addr, 0), 0);
    ASSERT_OK(fdk_tcp_accept(l, &s, NULL, 0));
    tcp_pair_close(&l, &c, &s);

    f = fopen("/proc/sys/net/ipv6/bindv6only", "re");
    if (f) {
        if (fscanf(f, "%d", &def) != 1)
            def = 0;
        fclose(f);
    }
    if (def != 0) {
        printf("# IPv4-mapped part skipped: net.ipv6.bindv6only is %d\n", def);
        return;
    }
    ASSERT_OK(fdk_sockaddr_ipv6(&mapped, "::ffff:127.0.0.1", 0, 0));
    before = fdk_test_count_fds();
    ASSERT_ERR(fdk_tcp_listen(&x, &mapped, 4, FDK_SOCKET_V6ONLY), EINVAL);
    ASSERT_EQ(x.fd, -7);
    ASSERT_EQ(fdk_test_count_fds(), before);

    ASSERT_OK(fdk_tcp_listen(&l, &mapped, 4, 0));
    ASSERT_OK(fdk_socket_get_v6only(fdk_tcp_listener_socket(l), &on));
    ASSERT_TRUE(!on);
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(l), &addr));
    v4 = loopback(AF_INET, (uint16_t)fdk_sockaddr_port(&addr));
    ASSERT_EQ(fdk_tcp_connect(&c, &v4, 0), 0); /* an IPv4 client reaches it */
    ASSERT_OK(fdk_tcp_accept(l, &s, &addr, 0));
    ASSERT_EQ(fdk_sockaddr_family(&addr), AF_INET6); /* seen as ::ffff:127.0.0.1 */
    tcp_pair_close(&l, &c, &s);
}

int main(void)
{
    alarm(45);
    if (!have_ipv6_loopback())
        fdk_test_skip("cannot bind an IPv6 socket to ::1 (no IPv6 on the loopback interface)");
    RUN_TCP_CASES();
    RUN(test_v6only);
    return 0;
}
