/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the socket tests (tests/socket/test-*.c), built on raw
 * system calls rather than the fdkit constructors under test: the generic
 * fdk_socket view of a descriptor, Unix socket pairs, a UDP socket bound to
 * 127.0.0.1, a descriptor's local address as an fdk_sockaddr, exact address
 * comparison, eventfds, closing pairs and arrays of descriptors, the bytes
 * queued for reading, and the file-system checks of the Unix path tests.
 * Every descriptor made here is close-on-exec.
 *
 * In the fault-injection tests these raw calls go through the harness too:
 * call the helpers before fdk_inject_reset() or where the counts do not
 * matter, as for any other call the test makes itself.
 */
#ifndef FDK_SOCKET_TEST_H
#define FDK_SOCKET_TEST_H

#include "fdk-test.h"

#include <fdkit/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>

/* A bound pointer no Unix constructor would write: shows "out untouched". */
#define SENTINEL_BOUND ((struct fdk__unix_bound *)(uintptr_t)0x5a5a5a50u)

/* The generic socket view of a raw descriptor. */
static inline fdk_socket sock_of(int fd)
{
    fdk_socket s = {.fd = fd};
    return s;
}

/* A connected pair of Unix sockets of type (SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM). */
static inline void make_pair(int type, int sv[2])
{
    ASSERT_EQ(socketpair(AF_UNIX, type | SOCK_CLOEXEC, 0, sv), 0);
}

static inline void close_pair(const int sv[2])
{
    ASSERT_EQ(close(sv[0]), 0);
    ASSERT_EQ(close(sv[1]), 0);
}

/* Close fds[0..n), each exactly once, in order. */
static inline void close_all(const int *fds, int n)
{
    for (int i = 0; i < n; i++)
        ASSERT_EQ(close(fds[i]), 0);
}

/* An eventfd whose counter starts at initval. */
static inline int open_eventfd(unsigned initval)
{
    int fd = eventfd(initval, EFD_CLOEXEC);

    ASSERT_TRUE(fd >= 0);
    return fd;
}

/* n eventfds with counter 0, into fds[0..n). */
static inline void open_eventfds(int *fds, int n)
{
    for (int i = 0; i < n; i++)
        fds[i] = open_eventfd(0);
}

/* Bytes queued for reading on fd (0 = nothing was sent). */
static inline int queued(int fd)
{
    int n = -1;

    ASSERT_EQ(ioctl(fd, FIONREAD, &n), 0);
    return n;
}

/* Local address of fd, as the kernel reports it (getsockname); zero past its length. */
static inline fdk_sockaddr local_addr(int fd)
{
    fdk_sockaddr a;
    socklen_t len = sizeof a.u;

    memset(&a, 0, sizeof a);
    ASSERT_EQ(getsockname(fd, &a.u.sa, &len), 0);
    a.len = len;
    return a;
}

/*
 * A UDP socket bound to 127.0.0.1 on a port the kernel chose, non-blocking if
 * asked; *addr = its address.
 */
static inline int udp_bound(fdk_sockaddr *addr, int nonblock)
{
    struct sockaddr_in sin;
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | (nonblock ? SOCK_NONBLOCK : 0), 0);

    ASSERT_TRUE(fd >= 0);
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(fd, (struct sockaddr *)&sin, sizeof sin), 0);
    *addr = local_addr(fd);
    ASSERT_EQ(addr->len, sizeof(struct sockaddr_in));
    return fd;
}

/* got is want to the byte (length and bytes), and fdk_sockaddr_equal agrees. */
static inline void assert_same_addr(const fdk_sockaddr *got, const fdk_sockaddr *want)
{
    ASSERT_EQ(got->len, want->len);
    ASSERT_MEM_EQ(&got->u, &want->u, got->len);
    ASSERT_EQ(fdk_sockaddr_equal(got, want), 1);
}

/* 1 if dirfd/name exists (a symlink itself counts, whatever it points to). */
static inline int exists_at(int dirfd, const char *name)
{
    struct stat st;

    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

/* 1 if dirfd/name is a socket file (not followed if a symlink). */
static inline int is_socket_at(int dirfd, const char *name)
{
    struct stat st;

    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISSOCK(st.st_mode);
}

#endif /* FDK_SOCKET_TEST_H */
