/* SPDX-License-Identifier: MIT */
/*
 * A consumer of the inline wrappers, built by test-indep-inline.c with
 * various -std modes and NO feature macro (never define _GNU_SOURCE,
 * _POSIX_C_SOURCE, _DEFAULT_SOURCE here).  UMBRELLA: include <fdkit/fdkit.h>;
 * otherwise only fd.h, file.h, socket.h, epoll.h.  Exit 0 when every result
 * is the documented one, else the failing line.
 */
#ifdef UMBRELLA
#include <fdkit/fdkit.h>
#else
#include <fdkit/fd.h>
#include <fdkit/file.h>
#include <fdkit/socket.h>
#include <fdkit/epoll.h>
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include "inline-probe.h"

#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "inline-consumer.c:%d: %s\n", __LINE__, #c);                           \
            return __LINE__ % 200 + 1;                                                             \
        }                                                                                          \
    } while (0)

static int run(const char *path)
{
    int p[2], sv[2], fd;
    char buf[16];
    fdk_file f;
    fdk_unix_stream s, t;
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct epoll_event ev[4];

    /* fd.h */
    CHECK(pipe(p) == 0);
    CHECK(fdk_fd_read(-1, buf, 1) == -EBADF);
    CHECK(fdk_fd_read(p[0], NULL, 1) == -EINVAL);
    CHECK(fdk_fd_read(p[0], buf, 0) == 0);
    CHECK(fdk_fd_write(-1, "x", 1) == -EBADF);
    CHECK(fdk_fd_write(p[1], "hello", 5) == 5);
    memset(buf, 0, sizeof buf);
    CHECK(fdk_fd_read(p[0], buf, sizeof buf) == 5);
    CHECK(memcmp(buf, "hello", 5) == 0);
    CHECK(fdk_fd_set_nonblocking(p[0], 1) == 0);
    CHECK(fdk_fd_read(p[0], buf, sizeof buf) == -EAGAIN);

    /* epoll.h */
    CHECK(fdk_epoll_open(&ep, 0) == 0);
    CHECK(fdk_epoll_wait(ep, ev, 0, 0) == -EINVAL);
    CHECK(fdk_epoll_wait(ep, ev, 4, -2) == -EINVAL);
    CHECK(fdk_epoll_add(ep, p[0], FDK_EPOLL_IN, 42) == 0);
    CHECK(fdk_epoll_wait(ep, ev, 4, 0) == 0);
    CHECK(fdk_fd_write(p[1], "x", 1) == 1);
    CHECK(fdk_epoll_wait(ep, ev, 4, 5000) == 1);
    CHECK(fdk_epoll_event_token(&ev[0]) == 42);
    CHECK(fdk_fd_read(p[0], buf, sizeof buf) == 1);
    CHECK(fdk_epoll_close(&ep) == 0);
    CHECK(ep.fd == -1);

    close(p[1]);
    CHECK(fdk_fd_read(p[0], buf, sizeof buf) == 0); /* end of file */

    /* file.h */
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    f = fdk_file_adopt(fd);
    CHECK(fdk_file_pwrite(f, "abcdef", 6, 10) == 6);
    CHECK(lseek(fd, 0, SEEK_CUR) == 0);
    memset(buf, 0, sizeof buf);
    CHECK(fdk_file_pread(f, buf, 4, 11) == 4);
    CHECK(memcmp(buf, "bcde", 4) == 0);
    CHECK(fdk_file_pread(f, buf, 4, 100) == 0);
    CHECK(fdk_file_pread(f, buf, 0, 0) == 0);
    CHECK(fdk_file_pread(f, buf, 4, -1) == -EINVAL);
    CHECK(fdk_file_pread(fdk_file_adopt(-1), buf, 4, 0) == -EBADF);
    CHECK(fdk_file_pread(fdk_file_adopt(p[0]), buf, 1, 0) == -ESPIPE);
    CHECK(lseek(fd, 0, SEEK_CUR) == 0);
    CHECK(fdk_file_close(&f) == 0);
    CHECK(f.fd == -1);
    close(p[0]);

    /* the same wrappers behind extern functions (inline-probe.c, where they are inlined) */
    CHECK(pipe(p) == 0);
    CHECK(probe_fd_read(-1, buf, 1) == -EBADF);
    CHECK(probe_fd_read(p[0], NULL, 1) == -EINVAL);
    CHECK(probe_fd_write(p[1], "abc", 3) == 3);
    CHECK(probe_fd_read(p[0], buf, sizeof buf) == 3);
    CHECK(memcmp(buf, "abc", 3) == 0);
    CHECK(probe_file_pread(p[0], buf, 1, 0) == -ESPIPE);
    CHECK(probe_file_pwrite(-1, buf, 1, 0) == -EBADF);
    CHECK(probe_epoll_wait(-1, ev, 4, 0) == -EBADF);
    CHECK(probe_epoll_wait(p[0], ev, 4, 0) == -EINVAL); /* not an epoll */
    fd = open(path, O_RDWR);
    CHECK(fd >= 0);
    CHECK(probe_file_pwrite(fd, "XY", 2, 3) == 2);
    CHECK(probe_file_pread(fd, buf, 8, 2) == 8); /* "\0XY\0\0\0\0\0" then "abcdef" at 10 */
    CHECK(memcmp(buf, "\0XY\0\0\0\0\0", 8) == 0);
    close(fd);
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    CHECK(probe_unix_send(sv[0], "pq", 2) == 2);
    CHECK(probe_unix_recv(sv[1], buf, sizeof buf) == 2);
    CHECK(memcmp(buf, "pq", 2) == 0);
    close(sv[1]);
    CHECK(probe_unix_send(sv[0], "z", 1) == -EPIPE);
    close(sv[0]);
    close(p[0]);
    close(p[1]);

    /* socket.h */
    CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    s = fdk_unix_stream_adopt(sv[0]);
    t = fdk_unix_stream_adopt(sv[1]);
    CHECK(fdk_unix_stream_send(s, "xy", 2, 0) == 2);
    memset(buf, 0, sizeof buf);
    CHECK(fdk_unix_stream_recv(t, buf, sizeof buf, 0) == 2);
    CHECK(memcmp(buf, "xy", 2) == 0);
    CHECK(fdk_unix_stream_recv(t, buf, sizeof buf, FDK_SOCKET_DONTWAIT) == -EAGAIN);
    CHECK(fdk_unix_stream_close(&t) == 0);
    CHECK(fdk_unix_stream_send(s, "z", 1, 0) == -EPIPE); /* and no SIGPIPE */
    CHECK(fdk_unix_stream_close(&s) == 0);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    return run(argv[1]);
}
