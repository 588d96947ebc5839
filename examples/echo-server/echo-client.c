/* SPDX-License-Identifier: MIT */
/*
 * echo-client: send a message to an echo server and check what comes back.
 *
 *     echo-client ADDRESS MESSAGE
 *
 * Connects to ADDRESS (e.g. 127.0.0.1:7007), sends MESSAGE, closes its
 * sending side, reads until the server closes, and prints what came back.
 * Every send and receive gives up after 5 seconds (SO_SNDTIMEO and
 * SO_RCVTIMEO), so a server that stops answering cannot hang it.
 *
 * Exit status: 0 when the reply is the message, 1 otherwise (or on an
 * error), 2 for a usage error.
 */
#include <fdkit/fdkit.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define PATIENCE_US (5 * 1000000ull)

static int failed(const char *who, fdk_op op, int err)
{
    fprintf(stderr, "echo-client: %s: %s\n", who, fdk_strerror(op, err));
    return 1;
}

int main(int argc, char **argv)
{
    FDK_AUTO(tcp_stream) s = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    const char *why = NULL, *msg;
    char reply[4096];
    size_t len, sent = 0, got = 0;
    int r;

    if (argc != 3) {
        fprintf(stderr, "usage: echo-client ADDRESS MESSAGE\n");
        return 2;
    }
    msg = argv[2];
    len = strlen(msg);
    if (len > sizeof reply) {
        fprintf(stderr, "echo-client: the message is longer than %zu bytes\n", sizeof reply);
        return 2;
    }
    if (fdk_sockaddr_parse(&addr, argv[1], &why) < 0) {
        fprintf(stderr, "echo-client: %s: %s\n", argv[1], why ? why : "not an address");
        return 2;
    }
    if ((r = fdk_tcp_connect(&s, &addr, 0)) < 0)
        return failed(argv[1], FDK_OP_TCP_CONNECT, r);
    if ((r = fdk_socket_set_sndtimeo(fdk_tcp_stream_socket(s), PATIENCE_US)) < 0 ||
        (r = fdk_socket_set_rcvtimeo(fdk_tcp_stream_socket(s), PATIENCE_US)) < 0)
        return failed("timeouts", FDK_OP_SOCKET_SET_RCVTIMEO, r);

    while (sent < len) {
        ssize_t n = fdk_tcp_stream_send(s, msg + sent, len - sent, 0);
        if (n < 0)
            return failed("send", FDK_OP_TCP_STREAM_SEND, (int)n);
        sent += (size_t)n;
    }
    if ((r = fdk_tcp_stream_shutdown(s, SHUT_WR)) < 0)
        return failed("shutdown", FDK_OP_TCP_STREAM_SHUTDOWN, r);
    for (;;) {
        ssize_t n = fdk_tcp_stream_recv(s, reply + got, sizeof reply - got, 0);
        if (n == -EAGAIN) { /* SO_RCVTIMEO ran out */
            fprintf(stderr, "echo-client: no reply within 5 s (%zu of %zu bytes back)\n", got, len);
            return 1;
        }
        if (n < 0)
            return failed("recv", FDK_OP_TCP_STREAM_RECV, (int)n);
        if (n == 0) /* the server closed: everything is back */
            break;
        got += (size_t)n;
        if (got == sizeof reply) /* more than was sent: it differs anyway */
            break;
    }
    printf("%.*s\n", (int)got, reply);
    if (got != len || memcmp(reply, msg, len) != 0) {
        fprintf(stderr, "echo-client: the reply differs from the message\n");
        return 1;
    }
    return 0;
}
