/* SPDX-License-Identifier: MIT */
/*
 * Zero-length sends: on a stream socket they make no system call and return
 * 0 (nothing to send); on a datagram or seqpacket socket an empty datagram is
 * a real message, so the call is made and the peer receives it.
 */
#include "inet-test.h"
#include "../inject/fdk-inject.h"

#include <string.h>

static void test_udp_empty_datagram(void)
{
    fdk_udp a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    fdk_sockaddr baddr, aaddr, from;
    char buf[8];

    udp_bind_lo(AF_INET, &a, 0, &aaddr);
    udp_bind_lo(AF_INET, &b, FDK_SOCKET_NONBLOCK, &baddr);

    fdk_inject_reset();
    ASSERT_EQ(fdk_udp_sendto(a, "", 0, &baddr, 0), 0);
    ASSERT_EQ(fdk_inject_calls("sendto"), 1); /* the call was made */
    ASSERT_EQ(fdk_udp_recvfrom(b, buf, sizeof buf, &from, 0), 0); /* an empty datagram, not EAGAIN */
    ASSERT_EQ(fdk_sockaddr_equal(&from, &aaddr), 1);

    ASSERT_OK(fdk_udp_connect(a, &baddr));
    ASSERT_EQ(fdk_udp_send(a, NULL, 0, 0), 0);
    ASSERT_EQ(fdk_inject_calls("send"), 1);
    ASSERT_EQ(fdk_udp_recv(b, buf, sizeof buf, FDK_SOCKET_TRUNC), 0);
    ASSERT_ERR(fdk_udp_recv(b, buf, sizeof buf, 0), EAGAIN); /* exactly one each */
    fdk_inject_reset();

    ASSERT_OK(fdk_udp_close(&a));
    ASSERT_OK(fdk_udp_close(&b));
}

static void test_unix_dgram_empty_message(void)
{
    fdk_unix_dgram a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    char buf[8];

    ASSERT_OK(fdk_unix_dgram_pair(&a, &b, FDK_SOCKET_NONBLOCK));
    ASSERT_EQ(fdk_unix_dgram_send(a, "", 0, 0), 0);
    ASSERT_EQ(fdk_unix_dgram_writev(a, NULL, 0), 0);
    ASSERT_EQ(fdk_unix_dgram_recv(b, buf, sizeof buf, 0), 0);
    ASSERT_EQ(fdk_unix_dgram_recv(b, buf, sizeof buf, 0), 0);
    ASSERT_ERR(fdk_unix_dgram_recv(b, buf, sizeof buf, 0), EAGAIN);
    ASSERT_OK(fdk_unix_dgram_close(&a));
    ASSERT_OK(fdk_unix_dgram_close(&b));
}

static void test_stream_empty_send_is_no_call(void)
{
    fdk_unix_stream a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    char buf[8];

    ASSERT_OK(fdk_unix_pair(&a, &b, FDK_SOCKET_NONBLOCK));
    fdk_inject_reset();
    ASSERT_EQ(fdk_unix_stream_send(a, "", 0, 0), 0);
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, 0, 0), 0);
    ASSERT_EQ(fdk_inject_calls("send"), 0);
    ASSERT_EQ(fdk_inject_calls("recv"), 0);
    fdk_inject_reset();
    ASSERT_ERR(fdk_unix_stream_recv(b, buf, sizeof buf, 0), EAGAIN);
    ASSERT_OK(fdk_unix_stream_close(&a));
    ASSERT_OK(fdk_unix_stream_close(&b));
}

int main(void)
{
    RUN(test_udp_empty_datagram);
    RUN(test_unix_dgram_empty_message);
    RUN(test_stream_empty_send_is_no_call);
    return 0;
}
