/* SPDX-License-Identifier: MIT */
/*
 * The kernel-side transfer loops work with stream
 * sockets as either end - sendfile from a file into a TCP connection, splice
 * from a Unix stream socket into a pipe and from a pipe into a TCP
 * connection - and every byte arrives in order.
 */
#include "inet-test.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BIG (1u << 20) /* 1 MiB: many sendfile calls, far more than a socket buffer holds */

static unsigned char pattern(size_t i)
{
    return (unsigned char)(i * 131u + (i >> 12));
}

/* n bytes of pattern(), in a buffer to free(). */
static unsigned char *pattern_bytes(size_t n)
{
    unsigned char *data = malloc(n);

    ASSERT_TRUE(data != NULL);
    for (size_t i = 0; i < n; i++)
        data[i] = pattern(i);
    return data;
}

/* A temporary file (mkstemp, unlinked at once) holding data[0..n), its offset at the end. */
static int temp_file_with(char *path_template, const unsigned char *data, size_t n)
{
    int fd = mkstemp(path_template);

    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(unlink(path_template), 0);
    ASSERT_EQ(fdk_fd_write_all(fd, data, n, NULL), 0);
    return fd;
}

/* A thread that reads `want` bytes from fd and checks them against pattern(). */
struct drain {
    int fd;
    size_t want;
    size_t ok; /* how many bytes matched */
    pthread_t thread;
};

static void *drain_thread(void *arg)
{
    struct drain *d = arg;
    unsigned char buf[65536];
    size_t got = 0;

    d->ok = 0;
    while (got < d->want) {
        ssize_t n = fdk_fd_read(d->fd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n; i++)
            if (buf[i] != pattern(got + (size_t)i))
                return NULL;
        got += (size_t)n;
    }
    d->ok = got;
    return NULL;
}

static void drain_start(struct drain *d, int fd, size_t want)
{
    d->fd = fd;
    d->want = want;
    ASSERT_EQ(pthread_create(&d->thread, NULL, drain_thread, d), 0);
}

/* Join the thread: every byte arrived, in order. */
static void drain_check(struct drain *d)
{
    ASSERT_EQ(pthread_join(d->thread, NULL), 0);
    ASSERT_EQ(d->ok, d->want);
}

static void test_sendfile_file_to_tcp(void)
{
    char path[] = "/tmp/fdkit-sock-splice-XXXXXX";
    unsigned char *data = pattern_bytes(BIG);
    fdk_tcp_stream c = FDK_HANDLE_INIT, a = FDK_HANDLE_INIT;
    struct drain d;
    int64_t off = 0;
    size_t done = 0;
    int fd = temp_file_with(path, data, BIG);

    tcp_connected(AF_INET, &c, &a);
    drain_start(&d, a.fd, BIG);
    ASSERT_OK(fdk_sendfile_all(fd, &off, c.fd, BIG, NULL, &done));
    ASSERT_EQ(done, BIG);
    ASSERT_EQ(off, (int64_t)BIG); /* the offset moved by exactly what was sent */
    drain_check(&d);

    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_stream_close(&a));
    ASSERT_EQ(close(fd), 0);
    free(data);
}

static void test_splice_unix_socket_to_pipe_to_tcp(void)
{
    enum { N = 60000 }; /* fits the pipe, so no reader is needed while splicing in */
    unsigned char *data = pattern_bytes(N);
    fdk_unix_stream u1 = FDK_HANDLE_INIT, u2 = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, a = FDK_HANDLE_INIT;
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct drain d;
    size_t done = 0;

    ASSERT_OK(fdk_unix_pair(&u1, &u2, 0));
    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    ASSERT_TRUE(fdk_pipe_capacity(w.fd) >= N);

    /* Unix socket -> pipe: the socket buffer holds N, so one side can run after the other. */
    ASSERT_EQ(fdk_unix_stream_send(u1, data, N, 0), N);
    ASSERT_OK(fdk_splice_all(u2.fd, NULL, w.fd, NULL, N, 0, NULL, &done));
    ASSERT_EQ(done, N);
    {
        size_t avail = 0;
        ASSERT_OK(fdk_pipe_available(r.fd, &avail));
        ASSERT_EQ(avail, N);
    }

    /* pipe -> TCP connection, drained and checked by a thread. */
    tcp_connected(AF_INET, &c, &a);
    drain_start(&d, a.fd, N);
    ASSERT_OK(fdk_splice_all(r.fd, NULL, c.fd, NULL, N, 0, NULL, &done));
    ASSERT_EQ(done, N);
    drain_check(&d);

    ASSERT_OK(fdk_tcp_stream_close(&c));
    ASSERT_OK(fdk_tcp_stream_close(&a));
    ASSERT_OK(fdk_unix_stream_close(&u1));
    ASSERT_OK(fdk_unix_stream_close(&u2));
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
    free(data);
}

/* copy_all picks a working path on its own when the output is a socket. */
static void test_copy_all_file_to_unix_socket(void)
{
    enum { N = 100000 };
    char path[] = "/tmp/fdkit-sock-copy-XXXXXX";
    unsigned char *data = pattern_bytes(N);
    fdk_unix_stream u1 = FDK_HANDLE_INIT, u2 = FDK_HANDLE_INIT;
    struct drain d;
    size_t done = 0;
    int fd = temp_file_with(path, data, N);

    ASSERT_EQ(lseek(fd, 0, SEEK_SET), 0);

    ASSERT_OK(fdk_unix_pair(&u1, &u2, 0));
    drain_start(&d, u2.fd, N);
    ASSERT_OK(fdk_copy_all(fd, NULL, u1.fd, NULL, FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, N);
    drain_check(&d);

    ASSERT_OK(fdk_unix_stream_close(&u1));
    ASSERT_OK(fdk_unix_stream_close(&u2));
    ASSERT_EQ(close(fd), 0);
    free(data);
}

int main(void)
{
    int fds = fdk_test_count_fds();

    RUN(test_sendfile_file_to_tcp);
    RUN(test_splice_unix_socket_to_pipe_to_tcp);
    RUN(test_copy_all_file_to_unix_socket);
    ASSERT_EQ(fdk_test_count_fds(), fds);
    return 0;
}
