/* SPDX-License-Identifier: MIT */
/*
 * Unix domain sockets: echo over stream, seqpacket and datagram sockets
 * bound to paths, abstract names and autobound names; the three kinds of
 * pairs; accept's peer address with its exact length (unnamed, abstract,
 * path); CLOEXEC always and O_NONBLOCK only on request; a full backlog;
 * any negative backlog (INT_MIN too) means SOMAXCONN;
 * connect errors; close / release / adopt semantics; a blocking connect
 * interrupted by a signal that still ends up really connected; and every
 * argument check refused before a descriptor exists.
 *
 * Paths, stale sockets and unlinking are in test-unix-path.c, injected
 * failures in test-unix-inject.c.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <fdkit/socket.h>

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <time.h>

#define SUN_OFFSET offsetof(struct sockaddr_un, sun_path)

/* A bound pointer no constructor would write: shows "out untouched". */
#define SENTINEL_BOUND ((struct fdk__unix_bound *)(uintptr_t)0x5a5a5a50u)

/* An abstract name unique to this process and tag (with a NUL inside, which is legal). */
static void abstract_addr(fdk_sockaddr *a, const char *tag)
{
    char name[64];
    int n = snprintf(name, sizeof name, "fdkit%ctest-%d-%s", '\0', (int)getpid(), tag);
    ASSERT_OK(fdk_sockaddr_unix_abstract(a, name, (size_t)n));
    ASSERT_EQ(a->len, SUN_OFFSET + 1 + (size_t)n);
}

static int exists_at(int dirfd, const char *name)
{
    struct stat st;
    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

static int is_socket_at(int dirfd, const char *name)
{
    struct stat st;
    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISSOCK(st.st_mode);
}

/* Local address of fd, as the kernel reports it. */
static fdk_sockaddr local_addr(int fd)
{
    fdk_sockaddr a;
    socklen_t len = sizeof a.u;
    memset(&a, 0, sizeof a);
    if (getsockname(fd, &a.u.sa, &len) < 0)
        fdk_test_fail(__FILE__, __LINE__, "getsockname: %s", strerror(errno));
    a.len = len;
    return a;
}

/* One message each way between two connected stream sockets. */
static void echo_stream(fdk_unix_stream a, fdk_unix_stream b)
{
    char buf[16];
    ASSERT_EQ(fdk_unix_stream_send(a, "ping", 4, 0), 4);
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, sizeof buf, 0), 4);
    ASSERT_MEM_EQ(buf, "ping", 4);
    ASSERT_EQ(fdk_unix_stream_send(b, "pong!", 5, 0), 5);
    ASSERT_EQ(fdk_unix_stream_recv(a, buf, sizeof buf, 0), 5);
    ASSERT_MEM_EQ(buf, "pong!", 5);
}

static void check_fd(int fd, int nonblock)
{
    ASSERT_TRUE(fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(fd));
    ASSERT_EQ(fdk_test_is_nonblock(fd), nonblock);
}

/* listen_at + connect (by address and by dirfd) + accept, on a path. */
static void test_stream_echo_path(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream c1 = FDK_HANDLE_INIT, c2 = FDK_HANDLE_INIT, s1 = FDK_HANDLE_INIT,
                    s2 = FDK_HANDLE_INIT;
    fdk_sockaddr addr, peer;
    char path[128];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "s", -1, 0, 0700));
    check_fd(l.fd, 0);
    ASSERT_TRUE(l.bound != NULL);
    ASSERT_TRUE(is_socket_at(t.fd, "s"));

    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "s", path, sizeof path)));
    ASSERT_OK(fdk_unix_connect(&c1, &addr, 0));
    check_fd(c1.fd, 0);
    memset(&peer, 0xa5, sizeof peer);
    ASSERT_OK(fdk_unix_accept(l, &s1, &peer, 0));
    check_fd(s1.fd, 0);
    /* an unbound client: the unnamed address, exactly the family */
    ASSERT_EQ(peer.len, sizeof(sa_family_t));
    ASSERT_EQ(peer.u.sa.sa_family, AF_UNIX);
    echo_stream(c1, s1);

    ASSERT_OK(fdk_unix_connect_at(&c2, t.fd, "s", 0));
    check_fd(c2.fd, 0);
    ASSERT_OK(fdk_unix_accept(l, &s2, NULL, 0));
    echo_stream(c2, s2);

    ASSERT_OK(fdk_unix_stream_close(&c1));
    ASSERT_OK(fdk_unix_stream_close(&s1));
    ASSERT_OK(fdk_unix_stream_close(&c2));
    ASSERT_OK(fdk_unix_stream_close(&s2));
    ASSERT_TRUE(is_socket_at(t.fd, "s")); /* connections never unlink */
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_EQ(l.fd, -1);
    ASSERT_TRUE(l.bound == NULL);
    ASSERT_TRUE(!exists_at(t.fd, "s"));
    fdk_tmpdir_remove(&t);
}

/* NONBLOCK on the listener, on accept, on connect; each only when asked. */
static void test_nonblock_flags(void)
{
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream c = FDK_HANDLE_INIT, s = {.fd = -7};
    fdk_sockaddr addr;
    char buf[4];

    abstract_addr(&addr, "nonblock");
    ASSERT_OK(fdk_unix_listen(&l, &addr, 4, FDK_SOCKET_NONBLOCK));
    check_fd(l.fd, 1);
    ASSERT_ERR(fdk_unix_accept(l, &s, NULL, 0), EAGAIN);
    ASSERT_EQ(s.fd, -7);

    ASSERT_OK(fdk_unix_connect(&c, &addr, FDK_SOCKET_NONBLOCK));
    check_fd(c.fd, 1);
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, FDK_SOCKET_NONBLOCK));
    check_fd(s.fd, 1);
    ASSERT_ERR(fdk_unix_stream_recv(s, buf, sizeof buf, 0), EAGAIN);
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_stream_close(&c));

    /* a non-blocking listener hands out blocking connections unless asked */
    ASSERT_OK(fdk_unix_connect(&c, &addr, FDK_SOCKET_CLOEXEC));
    check_fd(c.fd, 0);
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, FDK_SOCKET_CLOEXEC));
    check_fd(s.fd, 0);
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_listener_close(&l));
}

/*
 * A full listen queue: a non-blocking connect is -EAGAIN at once (Unix
 * connects never go "in progress") and leaves nothing behind.  Linux queues
 * backlog + 1 connections.
 */
static void test_full_backlog(void)
{
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream c1 = FDK_HANDLE_INIT, c2 = {.fd = -7};
    fdk_sockaddr addr;
    int before;

    abstract_addr(&addr, "backlog");
    ASSERT_OK(fdk_unix_listen(&l, &addr, 0, 0));
    ASSERT_OK(fdk_unix_connect(&c1, &addr, FDK_SOCKET_NONBLOCK));
    before = fdk_test_count_fds();
    ASSERT_ERR(fdk_unix_connect(&c2, &addr, FDK_SOCKET_NONBLOCK), EAGAIN);
    ASSERT_EQ(c2.fd, -7);
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_OK(fdk_unix_stream_close(&c1));
    ASSERT_OK(fdk_unix_listener_close(&l));
}

static int accepts_connections(int fd)
{
    int v = -1;
    socklen_t len = sizeof v;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &len) < 0)
        fdk_test_fail(__FILE__, __LINE__, "SO_ACCEPTCONN: %s", strerror(errno));
    return v;
}

/*
 * Any negative backlog means SOMAXCONN, INT_MIN included (inside the
 * library a special value once meant "bind only"): every listen function,
 * with a path, through a directory fd and with an abstract name, gives a
 * socket that listens and takes a connection.
 */
static void test_negative_backlog_listens(void)
{
    static const int backlogs[] = {INT_MIN, INT_MIN + 1, -1};
    struct fdk_tmpdir t;
    char path[128];

    fdk_tmpdir_make(&t);
    for (size_t i = 0; i < sizeof backlogs / sizeof backlogs[0]; i++) {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
        fdk_unix_stream c = FDK_HANDLE_INIT;
        fdk_unix_seqpacket sc = FDK_HANDLE_INIT;
        fdk_sockaddr addr;

        ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "neg", path, sizeof path)));
        ASSERT_OK(fdk_unix_listen(&l, &addr, backlogs[i], 0));
        ASSERT_EQ(accepts_connections(l.fd), 1);
        ASSERT_OK(fdk_unix_connect(&c, &addr, FDK_SOCKET_NONBLOCK));
        ASSERT_OK(fdk_unix_stream_close(&c));
        ASSERT_OK(fdk_unix_listener_close(&l));

        ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "neg-at", backlogs[i], 0, 0700));
        ASSERT_EQ(accepts_connections(l.fd), 1);
        ASSERT_OK(fdk_unix_listener_close(&l));

        abstract_addr(&addr, "negative");
        ASSERT_OK(fdk_unix_listen(&l, &addr, backlogs[i], 0));
        ASSERT_EQ(accepts_connections(l.fd), 1);
        ASSERT_OK(fdk_unix_connect(&c, &addr, FDK_SOCKET_NONBLOCK));
        ASSERT_OK(fdk_unix_stream_close(&c));
        ASSERT_OK(fdk_unix_listener_close(&l));

        ASSERT_OK(fdk_unix_seqpacket_listen(&sl, &addr, backlogs[i], 0));
        ASSERT_EQ(accepts_connections(sl.fd), 1);
        ASSERT_OK(fdk_unix_seqpacket_connect(&sc, &addr, FDK_SOCKET_NONBLOCK));
        ASSERT_OK(fdk_unix_seqpacket_close(&sc));
        ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));

        ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, "neg-sp", backlogs[i], 0, 0700));
        ASSERT_EQ(accepts_connections(sl.fd), 1);
        ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));
    }
    fdk_tmpdir_remove(&t);
}

/* Seqpacket keeps message boundaries and reports truncation. */
static void test_seqpacket_echo(void)
{
    struct fdk_tmpdir t;
    fdk_unix_seqpacket_listener l = FDK_HANDLE_INIT;
    fdk_unix_seqpacket c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT, c2 = FDK_HANDLE_INIT;
    fdk_unix_stream wrong = {.fd = -7};
    fdk_sockaddr addr, peer;
    char path[128], buf[32];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_seqpacket_listen_at(&l, t.fd, "sp", 8, 0, 0700));
    check_fd(l.fd, 0);
    ASSERT_TRUE(l.bound != NULL);
    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "sp", path, sizeof path)));
    ASSERT_OK(fdk_unix_seqpacket_connect(&c, &addr, 0));
    check_fd(c.fd, 0);
    ASSERT_OK(fdk_unix_seqpacket_accept(l, &s, &peer, FDK_SOCKET_NONBLOCK));
    check_fd(s.fd, 1);
    ASSERT_EQ(peer.len, sizeof(sa_family_t));

    ASSERT_EQ(fdk_unix_seqpacket_send(c, "one", 3, 0), 3);
    ASSERT_EQ(fdk_unix_seqpacket_send(c, "two!", 4, 0), 4);
    ASSERT_EQ(fdk_unix_seqpacket_send(c, "0123456789", 10, 0), 10);
    ASSERT_EQ(fdk_unix_seqpacket_recv(s, buf, sizeof buf, 0), 3);
    ASSERT_MEM_EQ(buf, "one", 3);
    ASSERT_EQ(fdk_unix_seqpacket_recv(s, buf, sizeof buf, 0), 4);
    ASSERT_MEM_EQ(buf, "two!", 4);
    /* MSG_TRUNC: the real length of a message cut to 4 bytes */
    ASSERT_EQ(fdk_unix_seqpacket_recv(s, buf, 4, FDK_SOCKET_TRUNC), 10);
    ASSERT_ERR(fdk_unix_seqpacket_recv(s, buf, sizeof buf, 0), EAGAIN);

    /* connect_at by directory, and the wrong type is refused by the kernel */
    ASSERT_OK(fdk_unix_seqpacket_connect_at(&c2, t.fd, "sp", FDK_SOCKET_NONBLOCK));
    check_fd(c2.fd, 1);
    ASSERT_ERR(fdk_unix_connect_at(&wrong, t.fd, "sp", 0), EPROTOTYPE);
    ASSERT_EQ(wrong.fd, -7);

    ASSERT_OK(fdk_unix_seqpacket_close(&c2));
    ASSERT_OK(fdk_unix_seqpacket_close(&c));
    ASSERT_OK(fdk_unix_seqpacket_close(&s));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "sp"));
    fdk_tmpdir_remove(&t);
}

/* Datagrams: bound by path, sendto, connect (by address, by dirfd), dissolve. */
static void test_dgram(void)
{
    struct fdk_tmpdir t;
    fdk_unix_dgram a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, u = FDK_HANDLE_INIT;
    fdk_sockaddr aaddr, baddr, from, unnamed, v4;
    char pa[128], pb[128], buf[32];
    socklen_t flen;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_sockaddr_unix(&aaddr, fdk_tmpdir_at(&t, "a", pa, sizeof pa)));
    ASSERT_OK(fdk_sockaddr_unix(&baddr, fdk_tmpdir_at(&t, "b", pb, sizeof pb)));
    ASSERT_OK(fdk_unix_dgram_bind(&a, &aaddr, 0));
    check_fd(a.fd, 0);
    ASSERT_TRUE(a.bound != NULL);
    ASSERT_OK(fdk_unix_dgram_bind_at(&b, t.fd, "b", FDK_SOCKET_NONBLOCK, 0700));
    check_fd(b.fd, 1);
    ASSERT_TRUE(b.bound != NULL);
    ASSERT_TRUE(is_socket_at(t.fd, "a") && is_socket_at(t.fd, "b"));
    /* bound directly: the local address is the path itself, exact length */
    from = local_addr(a.fd);
    ASSERT_EQ(fdk_sockaddr_equal(&from, &aaddr), 1);
    ASSERT_EQ(from.len, aaddr.len);

    ASSERT_EQ(fdk_unix_dgram_sendto(a, "hi", 2, &baddr, 0), 2);
    memset(&from, 0, sizeof from);
    flen = sizeof from.u;
    ASSERT_EQ(recvfrom(b.fd, buf, sizeof buf, 0, &from.u.sa, &flen), 2);
    from.len = flen;
    ASSERT_EQ(fdk_sockaddr_equal(&from, &aaddr), 1);

    /* connect by directory (reached through /proc/self/fd) */
    ASSERT_OK(fdk_unix_dgram_connect_at(a, t.fd, "b"));
    ASSERT_EQ(fdk_unix_dgram_send(a, "x", 1, 0), 1);
    ASSERT_EQ(fdk_unix_dgram_recv(b, buf, sizeof buf, 0), 1);
    /* NULL dissolves the association */
    ASSERT_OK(fdk_unix_dgram_connect(a, NULL));
    ASSERT_ERR(fdk_unix_dgram_send(a, "x", 1, 0), ENOTCONN);
    ASSERT_OK(fdk_unix_dgram_connect(a, &baddr));
    ASSERT_EQ(fdk_unix_dgram_send(a, "yz", 2, 0), 2);
    ASSERT_EQ(fdk_unix_dgram_recv(b, buf, sizeof buf, 0), 2);

    /* an unbound sender has no address: recvfrom reports length 0 (not
       sizeof(sa_family_t) as accept and getpeername do) */
    ASSERT_OK(fdk_unix_dgram_open(&u, FDK_SOCKET_NONBLOCK));
    check_fd(u.fd, 1);
    ASSERT_TRUE(u.bound == NULL);
    ASSERT_EQ(fdk_unix_dgram_sendto(u, "q", 1, &baddr, 0), 1);
    flen = sizeof from.u;
    ASSERT_EQ(recvfrom(b.fd, buf, sizeof buf, 0, &from.u.sa, &flen), 1);
    ASSERT_EQ(flen, 0);

    /* connect's own checks */
    ASSERT_OK(fdk_sockaddr_unix_autobind(&unnamed));
    ASSERT_OK(fdk_sockaddr_ipv4(&v4, "127.0.0.1", 1));
    ASSERT_ERR(fdk_unix_dgram_connect(u, &unnamed), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_connect(u, &v4), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_dgram_connect(fdk_unix_dgram_adopt(-1), &baddr), EBADF);
    ASSERT_ERR(fdk_unix_dgram_connect_at(fdk_unix_dgram_adopt(-1), t.fd, "b"), EBADF);
    ASSERT_ERR(fdk_unix_dgram_connect_at(u, -5, "b"), EBADF);
    ASSERT_ERR(fdk_unix_dgram_connect_at(u, t.fd, ""), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_connect_at(u, t.fd, NULL), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_connect_at(u, t.fd, "missing"), ENOENT);

    ASSERT_OK(fdk_unix_dgram_close(&u));
    ASSERT_OK(fdk_unix_dgram_close(&a));
    ASSERT_OK(fdk_unix_dgram_close(&b));
    ASSERT_TRUE(!exists_at(t.fd, "a") && !exists_at(t.fd, "b"));
    fdk_tmpdir_remove(&t);
}

/* socketpair for the three types: CLOEXEC, NONBLOCK on request, data both ways. */
static void test_pairs(void)
{
    static const int flag_sets[] = {0, FDK_SOCKET_NONBLOCK,
                                    FDK_SOCKET_CLOEXEC | FDK_SOCKET_NONBLOCK};
    char buf[8];

    for (size_t i = 0; i < sizeof flag_sets / sizeof flag_sets[0]; i++) {
        int flags = flag_sets[i], nb = (flags & FDK_SOCKET_NONBLOCK) != 0;
        fdk_unix_stream a, b;
        fdk_unix_seqpacket pa, pb;
        fdk_unix_dgram da, db;

        ASSERT_OK(fdk_unix_pair(&a, &b, flags));
        check_fd(a.fd, nb);
        check_fd(b.fd, nb);
        echo_stream(a, b);
        ASSERT_OK(fdk_unix_stream_close(&a));
        ASSERT_OK(fdk_unix_stream_close(&b));

        ASSERT_OK(fdk_unix_seqpacket_pair(&pa, &pb, flags));
        check_fd(pa.fd, nb);
        check_fd(pb.fd, nb);
        ASSERT_EQ(fdk_unix_seqpacket_send(pa, "ab", 2, 0), 2);
        ASSERT_EQ(fdk_unix_seqpacket_send(pa, "c", 1, 0), 1);
        ASSERT_EQ(fdk_unix_seqpacket_recv(pb, buf, sizeof buf, 0), 2);
        ASSERT_EQ(fdk_unix_seqpacket_recv(pb, buf, sizeof buf, 0), 1);
        ASSERT_OK(fdk_unix_seqpacket_close(&pa));
        ASSERT_OK(fdk_unix_seqpacket_close(&pb));

        da.bound = db.bound = SENTINEL_BOUND;
        ASSERT_OK(fdk_unix_dgram_pair(&da, &db, flags));
        check_fd(da.fd, nb);
        check_fd(db.fd, nb);
        ASSERT_TRUE(da.bound == NULL && db.bound == NULL);
        ASSERT_EQ(fdk_unix_dgram_send(db, "xyz", 3, 0), 3);
        ASSERT_EQ(fdk_unix_dgram_recv(da, buf, sizeof buf, 0), 3);
        ASSERT_OK(fdk_unix_dgram_close(&da));
        ASSERT_OK(fdk_unix_dgram_close(&db));
    }
}

/* accept's peer address: abstract and path peers, with their exact lengths. */
static void test_accept_peer(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream s = FDK_HANDLE_INIT;
    fdk_sockaddr laddr, caddr, paddr, peer;
    char path[128];
    int c;

    fdk_tmpdir_make(&t);
    abstract_addr(&laddr, "peer-listener");
    ASSERT_OK(fdk_unix_listen(&l, &laddr, 4, 0));

    /* a client bound to an abstract name */
    abstract_addr(&caddr, "peer-client");
    c = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(c >= 0);
    ASSERT_OK(bind(c, &caddr.u.sa, caddr.len));
    ASSERT_OK(connect(c, &laddr.u.sa, laddr.len));
    memset(&peer, 0xa5, sizeof peer);
    ASSERT_OK(fdk_unix_accept(l, &s, &peer, 0));
    ASSERT_EQ(peer.len, caddr.len);
    ASSERT_MEM_EQ(&peer.u.un, &caddr.u.un, caddr.len);
    ASSERT_OK(fdk_unix_stream_close(&s));
    close(c);

    /* a client bound to a path: offsetof + strlen + 1 */
    ASSERT_OK(fdk_sockaddr_unix(&paddr, fdk_tmpdir_at(&t, "client", path, sizeof path)));
    c = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_TRUE(c >= 0);
    ASSERT_OK(bind(c, &paddr.u.sa, paddr.len));
    ASSERT_OK(connect(c, &laddr.u.sa, laddr.len));
    ASSERT_OK(fdk_unix_accept(l, &s, &peer, 0));
    ASSERT_EQ(peer.len, SUN_OFFSET + strlen(path) + 1);
    ASSERT_EQ(fdk_sockaddr_equal(&peer, &paddr), 1);
    ASSERT_OK(fdk_unix_stream_close(&s));
    close(c);

    ASSERT_OK(fdk_unix_listener_close(&l));
    fdk_tmpdir_remove(&t);
}

/* Abstract names: no file, no state, gone with the socket. */
static void test_abstract(void)
{
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
    fdk_unix_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_unix_seqpacket sc = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT, e = FDK_HANDLE_INIT;
    fdk_sockaddr addr, saddr, daddr, got;
    char buf[8];

    abstract_addr(&addr, "abstract");
    /* MKDIR and KEEP_PATH mean nothing here and are accepted */
    ASSERT_OK(fdk_unix_listen(&l, &addr, -1, FDK_SOCKET_MKDIR | FDK_SOCKET_KEEP_PATH));
    check_fd(l.fd, 0);
    ASSERT_TRUE(l.bound == NULL);
    got = local_addr(l.fd);
    ASSERT_EQ(got.len, addr.len);
    ASSERT_MEM_EQ(&got.u.un, &addr.u.un, addr.len);
    ASSERT_OK(fdk_unix_connect(&c, &addr, 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&s));
    /* a second listener on the same name: in use (never "stale": no file) */
    {
        fdk_unix_listener l2 = {.fd = -7, .bound = SENTINEL_BOUND};
        ASSERT_ERR(fdk_unix_listen(&l2, &addr, -1, 0), EADDRINUSE);
        ASSERT_EQ(l2.fd, -7);
        ASSERT_TRUE(l2.bound == SENTINEL_BOUND);
    }
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_ERR(fdk_unix_connect(&c, &addr, 0), ECONNREFUSED);

    abstract_addr(&saddr, "abstract-seqpacket");
    ASSERT_OK(fdk_unix_seqpacket_listen(&sl, &saddr, 2, 0));
    ASSERT_TRUE(sl.bound == NULL);
    ASSERT_OK(fdk_unix_seqpacket_connect(&sc, &saddr, 0));
    ASSERT_OK(fdk_unix_seqpacket_close(&sc));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));

    abstract_addr(&daddr, "abstract-dgram");
    ASSERT_OK(fdk_unix_dgram_bind(&d, &daddr, 0));
    ASSERT_TRUE(d.bound == NULL);
    ASSERT_OK(fdk_unix_dgram_open(&e, 0));
    ASSERT_OK(fdk_unix_dgram_connect(e, &daddr));
    ASSERT_EQ(fdk_unix_dgram_send(e, "abc", 3, 0), 3);
    ASSERT_EQ(fdk_unix_dgram_recv(d, buf, sizeof buf, 0), 3);
    ASSERT_OK(fdk_unix_dgram_close(&e));
    ASSERT_OK(fdk_unix_dgram_close(&d));
}

/* Autobind: the kernel picks an abstract name of five hex digits. */
static void test_autobind(void)
{
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream c = {.fd = -7}, s = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT, e = FDK_HANDLE_INIT;
    fdk_sockaddr any, got, dgot;
    char buf[8];

    ASSERT_OK(fdk_sockaddr_unix_autobind(&any));
    ASSERT_ERR(fdk_unix_connect(&c, &any, 0), EINVAL); /* nothing to connect to */
    ASSERT_EQ(c.fd, -7);

    ASSERT_OK(fdk_unix_listen(&l, &any, -1, 0));
    ASSERT_TRUE(l.bound == NULL);
    got = local_addr(l.fd);
    ASSERT_EQ(got.len, SUN_OFFSET + 1 + 5);
    ASSERT_EQ(got.u.un.sun_path[0], '\0');
    ASSERT_OK(fdk_unix_connect(&c, &got, 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_listener_close(&l));

    ASSERT_OK(fdk_unix_dgram_bind(&d, &any, FDK_SOCKET_NONBLOCK));
    check_fd(d.fd, 1);
    ASSERT_TRUE(d.bound == NULL);
    dgot = local_addr(d.fd);
    ASSERT_EQ(dgot.len, SUN_OFFSET + 1 + 5);
    ASSERT_OK(fdk_unix_dgram_open(&e, 0));
    ASSERT_EQ(fdk_unix_dgram_sendto(e, "auto", 4, &dgot, 0), 4);
    ASSERT_EQ(fdk_unix_dgram_recv(d, buf, sizeof buf, 0), 4);
    ASSERT_OK(fdk_unix_dgram_close(&e));
    ASSERT_OK(fdk_unix_dgram_close(&d));
}

/*
 * Every argument check, before any system call: no descriptor appears, the
 * out-parameters keep their values, no file is created.
 */
static void test_invalid_arguments(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_seqpacket_listener sl = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_dgram d = {.fd = -7, .bound = SENTINEL_BOUND},
                   d2 = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_stream c = {.fd = -7}, c2 = {.fd = -7};
    fdk_unix_seqpacket sc = {.fd = -7}, sc2 = {.fd = -7};
    fdk_sockaddr good, empty = {0}, v4, v6, tiny, toolong, emptyabs;
    static char longpath[PATH_MAX + 8];
    static const int bad_bind_flags[] = {FDK_SOCKET_REUSEADDR, FDK_SOCKET_REUSEPORT,
                                         FDK_SOCKET_V6ONLY, (int)(1u << 30), 0x1};
    static const int bad_plain_flags[] = {FDK_SOCKET_REUSEADDR, FDK_SOCKET_MKDIR,
                                          FDK_SOCKET_KEEP_PATH, (int)(1u << 30)};
    int before;

    fdk_tmpdir_make(&t);
    before = fdk_test_count_fds();
    abstract_addr(&good, "invalid");
    ASSERT_OK(fdk_sockaddr_ipv4(&v4, "127.0.0.1", 80));
    ASSERT_OK(fdk_sockaddr_ipv6(&v6, "::1", 80, 0));
    tiny = good;
    tiny.len = 1;
    toolong = good;
    toolong.len = sizeof(struct sockaddr_un) + 1;
    emptyabs = good;
    emptyabs.len = SUN_OFFSET + 1; /* just the NUL: an empty abstract name */
    memset(longpath, 'a', PATH_MAX);
    longpath[PATH_MAX] = '\0';

    /* NULL out-parameters and addresses */
    ASSERT_ERR(fdk_unix_listen(NULL, &good, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_listen(&l, NULL, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_listen(&l, &empty, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_listen(&l, &tiny, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_listen(&l, &toolong, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_listen(&l, &emptyabs, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_listen(&l, &v4, 1, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_listen(&l, &v6, 1, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_seqpacket_listen(NULL, &good, 1, 0), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_listen(&sl, &v4, 1, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_dgram_bind(NULL, &good, 0), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_bind(&d, &v6, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_dgram_bind(&d, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_open(NULL, 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect(NULL, &good, 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect(&c, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect(&c, &v4, 0), EAFNOSUPPORT);
    ASSERT_ERR(fdk_unix_connect(&c, &emptyabs, 0), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_connect(&sc, &empty, 0), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_connect(NULL, &good, 0), EINVAL);

    /* flags: fdkit bits that make no sense for AF_UNIX, unknown bits */
    for (size_t i = 0; i < sizeof bad_bind_flags / sizeof bad_bind_flags[0]; i++) {
        int f = bad_bind_flags[i];
        ASSERT_ERR(fdk_unix_listen(&l, &good, 1, f), EINVAL);
        ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "s", 1, f, 0700), EINVAL);
        ASSERT_ERR(fdk_unix_seqpacket_listen(&sl, &good, 1, f), EINVAL);
        ASSERT_ERR(fdk_unix_seqpacket_listen_at(&sl, t.fd, "s", 1, f, 0700), EINVAL);
        ASSERT_ERR(fdk_unix_dgram_bind(&d, &good, f), EINVAL);
        ASSERT_ERR(fdk_unix_dgram_bind_at(&d, t.fd, "s", f, 0700), EINVAL);
    }
    for (size_t i = 0; i < sizeof bad_plain_flags / sizeof bad_plain_flags[0]; i++) {
        int f = bad_plain_flags[i];
        ASSERT_ERR(fdk_unix_connect(&c, &good, f), EINVAL);
        ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "s", f), EINVAL);
        ASSERT_ERR(fdk_unix_seqpacket_connect(&sc, &good, f), EINVAL);
        ASSERT_ERR(fdk_unix_seqpacket_connect_at(&sc, t.fd, "s", f), EINVAL);
        ASSERT_ERR(fdk_unix_dgram_open(&d, f), EINVAL);
        ASSERT_ERR(fdk_unix_pair(&c, &c2, f), EINVAL);
        ASSERT_ERR(fdk_unix_seqpacket_pair(&sc, &sc2, f), EINVAL);
        ASSERT_ERR(fdk_unix_dgram_pair(&d, &d2, f), EINVAL);
    }

    /* dirfd, path and dir_mode of the _at forms */
    ASSERT_ERR(fdk_unix_listen_at(NULL, t.fd, "s", 1, 0, 0700), EINVAL);
    ASSERT_ERR(fdk_unix_listen_at(&l, -5, "s", 1, 0, 0700), EBADF);
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, NULL, 1, 0, 0700), EINVAL);
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "", 1, 0, 0700), EINVAL);
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, longpath, 1, 0, 0700), ENAMETOOLONG);
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "dir/", 1, FDK_SOCKET_MKDIR, 0700), EINVAL);
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "s", 1, 0, 010000), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_listen_at(&sl, -5, "s", 1, 0, 0700), EBADF);
    ASSERT_ERR(fdk_unix_seqpacket_listen_at(&sl, t.fd, "", 1, 0, 0700), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_bind_at(&d, -5, "s", 0, 0700), EBADF);
    ASSERT_ERR(fdk_unix_dgram_bind_at(&d, t.fd, longpath, 0, 0700), ENAMETOOLONG);
    ASSERT_ERR(fdk_unix_dgram_bind_at(NULL, t.fd, "s", 0, 0700), EINVAL);
    ASSERT_ERR(fdk_unix_connect_at(NULL, t.fd, "s", 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect_at(&c, -5, "s", 0), EBADF);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "", 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, longpath, 0), ENAMETOOLONG);
    ASSERT_ERR(fdk_unix_seqpacket_connect_at(&sc, t.fd, "x/", 0), EINVAL);
    ASSERT_ERR(fdk_unix_connect_at(&c, AT_FDCWD, "/tmp/", 0), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_connect_at(fdk_unix_dgram_adopt(0), AT_FDCWD, "/tmp/"), EINVAL);
    {
        fdk_sockaddr dir;
        ASSERT_OK(fdk_sockaddr_unix(&dir, "/tmp/"));
        ASSERT_ERR(fdk_unix_connect(&c, &dir, 0), EINVAL);
        ASSERT_ERR(fdk_unix_listen(&l, &dir, 1, 0), EINVAL);
        ASSERT_ERR(fdk_unix_dgram_bind(&d, &dir, 0), EINVAL);
    }

    /* pairs and accept */
    ASSERT_ERR(fdk_unix_pair(NULL, &c2, 0), EINVAL);
    ASSERT_ERR(fdk_unix_pair(&c, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_unix_pair(&c, &c, 0), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_pair(&sc, &sc, 0), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_pair(&d, &d, 0), EINVAL);
    ASSERT_ERR(fdk_unix_accept(fdk_unix_listener_adopt(-1), &c, NULL, 0), EBADF);
    ASSERT_ERR(fdk_unix_accept(fdk_unix_listener_adopt(0), NULL, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_unix_accept(fdk_unix_listener_adopt(0), &c, NULL, FDK_SOCKET_MKDIR), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_accept(fdk_unix_seqpacket_listener_adopt(-1), &sc, NULL, 0),
               EBADF);
    ASSERT_ERR(fdk_unix_seqpacket_accept(fdk_unix_seqpacket_listener_adopt(0), &sc, NULL, 1 << 30),
               EINVAL);

    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_TRUE(l.fd == -7 && l.bound == SENTINEL_BOUND);
    ASSERT_TRUE(sl.fd == -7 && sl.bound == SENTINEL_BOUND);
    ASSERT_TRUE(d.fd == -7 && d.bound == SENTINEL_BOUND && d2.fd == -7);
    ASSERT_TRUE(c.fd == -7 && c2.fd == -7 && sc.fd == -7 && sc2.fd == -7);
    ASSERT_TRUE(!exists_at(t.fd, "s") && !exists_at(t.fd, "dir"));
    fdk_tmpdir_remove(&t);
}

/* Errors from the kernel: nothing leaks, nothing is written. */
static void test_connect_errors(void)
{
    struct fdk_tmpdir t;
    fdk_unix_stream c = {.fd = -7};
    fdk_unix_seqpacket sc = {.fd = -7};
    fdk_sockaddr stale;
    char path[128];
    int before, fd;

    fdk_tmpdir_make(&t);
    /* a socket file nobody listens on: bind, then close without unlinking */
    ASSERT_OK(fdk_sockaddr_unix(&stale, fdk_tmpdir_at(&t, "stale", path, sizeof path)));
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_OK(bind(fd, &stale.u.sa, stale.len));
    close(fd);
    fd = openat(t.fd, "file", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    close(fd);

    before = fdk_test_count_fds();
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "missing", 0), ENOENT);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "nodir/s", 0), ENOENT);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "file/s", 0), ENOTDIR);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "stale", 0), ECONNREFUSED);
    ASSERT_ERR(fdk_unix_connect(&c, &stale, FDK_SOCKET_NONBLOCK), ECONNREFUSED);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, "file", 0), ECONNREFUSED);
    ASSERT_ERR(fdk_unix_seqpacket_connect(&sc, &stale, 0), ECONNREFUSED);
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_EQ(c.fd, -7);
    ASSERT_EQ(sc.fd, -7);
    ASSERT_TRUE(is_socket_at(t.fd, "stale")); /* connect never removes anything */
    fdk_tmpdir_remove(&t);
}

/* close / release / adopt of the three handles with state. */
static void test_close_release(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT, empty = FDK_HANDLE_INIT, adopted;
    fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT;
    int fd;

    fdk_tmpdir_make(&t);
    ASSERT_ERR(fdk_unix_listener_close(NULL), EINVAL);
    ASSERT_ERR(fdk_unix_listener_release(NULL), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_listener_close(NULL), EINVAL);
    ASSERT_ERR(fdk_unix_seqpacket_listener_release(NULL), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_close(NULL), EINVAL);
    ASSERT_ERR(fdk_unix_dgram_release(NULL), EINVAL);
    ASSERT_OK(fdk_unix_listener_close(&empty)); /* no-op on an empty handle */
    ASSERT_EQ(fdk_unix_listener_release(&empty), -1);

    /* close twice: the second is a no-op */
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "l", 1, 0, 0700));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(l.fd == -1 && l.bound == NULL);

    /* release hands the fd back and unlinks nothing */
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "l", 1, 0, 0700));
    fd = l.fd;
    ASSERT_EQ(fdk_unix_listener_release(&l), fd);
    ASSERT_TRUE(l.fd == -1 && l.bound == NULL);
    ASSERT_TRUE(is_socket_at(t.fd, "l"));
    /* adopted: no state, so close unlinks nothing either */
    adopted = fdk_unix_listener_adopt(fd);
    ASSERT_TRUE(adopted.bound == NULL);
    ASSERT_OK(fdk_unix_listener_close(&adopted));
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_TRUE(is_socket_at(t.fd, "l"));

    ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, "sl", 1, 0, 0700));
    fd = sl.fd;
    ASSERT_EQ(fdk_unix_seqpacket_listener_release(&sl), fd);
    ASSERT_TRUE(sl.fd == -1 && sl.bound == NULL);
    ASSERT_TRUE(is_socket_at(t.fd, "sl"));
    close(fd);
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));

    ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "d", 0, 0700));
    fd = d.fd;
    ASSERT_EQ(fdk_unix_dgram_release(&d), fd);
    ASSERT_TRUE(d.fd == -1 && d.bound == NULL);
    ASSERT_TRUE(is_socket_at(t.fd, "d"));
    close(fd);
    ASSERT_OK(fdk_unix_dgram_close(&d));

    /* and close does unlink, for each of the three */
    ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, "sl2", 1, 0, 0700));
    ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "d2", 0, 0700));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));
    ASSERT_OK(fdk_unix_dgram_close(&d));
    ASSERT_TRUE(!exists_at(t.fd, "sl2") && !exists_at(t.fd, "d2"));
    fdk_tmpdir_remove(&t);
}

/*
 * A blocking connect waiting for room in a full backlog is interrupted by a
 * signal (handler without SA_RESTART).  Linux abandons the attempt and
 * leaves the socket unconnected -- it then polls writable and SO_ERROR is 0,
 * so a poll + SO_ERROR completion would report success for a socket that is
 * connected to nothing.  fdkit asks again, and the call returns only once it
 * really is connected: the peer is known and bytes go through.
 */
static volatile sig_atomic_t usr1_seen;
static void on_usr1(int signo)
{
    (void)signo;
    usr1_seen++;
}

struct interrupter {
    pthread_t target;
    pid_t tid;
    int lfd;
    int filler_fd;   /* out: the accepted connection that made room */
    int signalled;   /* out: signals sent while the target sat in connect */
    int not_retried; /* out: after a signal, the target did not go back to connect */
};

/* 1 once thread tid sits in connect(2) (per /proc), 0 on timeout, -1 if /proc cannot tell. */
static int wait_in_connect(pid_t tid, int ms)
{
    char path[64], buf[64];
    snprintf(path, sizeof path, "/proc/self/task/%d/syscall", (int)tid);
    for (int i = 0; i < ms; i++) {
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        ssize_t n;
        if (fd < 0)
            return -1;
        n = read(fd, buf, sizeof buf - 1);
        close(fd);
        if (n <= 0)
            return -1;
        buf[n] = '\0';
        if (atol(buf) == SYS_connect)
            return 1;
#ifdef SYS_socketcall
        if (atol(buf) == SYS_socketcall) /* i386's glibc may still multiplex connect through it */
            return 1;
#endif
        usleep(1000);
    }
    return 0;
}

static void *interrupt_then_make_room(void *arg)
{
    struct interrupter *it = arg;
    int r = wait_in_connect(it->tid, 5000);

    if (r < 0)
        usleep(200 * 1000); /* /proc cannot tell: give connect time to block */
    for (int i = 0; i < 3 && r != 0; i++) {
        pthread_kill(it->target, SIGUSR1);
        it->signalled++;
        usleep(20 * 1000);
        /* fdkit must be back in connect, waiting again, not returned */
        if (r > 0 && wait_in_connect(it->tid, 2000) != 1) {
            it->not_retried = 1;
            break;
        }
    }
    /* always make room, so a failure is reported rather than a hang */
    it->filler_fd = accept4(it->lfd, NULL, NULL, SOCK_CLOEXEC);
    return NULL;
}

static void test_connect_interrupted_by_signal(void)
{
    struct sigaction sa, old;
    struct interrupter it;
    pthread_t th;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream filler = FDK_HANDLE_INIT, c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr addr, peer;
    socklen_t plen = sizeof peer.u;

    abstract_addr(&addr, "eintr");
    ASSERT_OK(fdk_unix_listen(&l, &addr, 0, 0)); /* room for one */
    ASSERT_OK(fdk_unix_connect(&filler, &addr, FDK_SOCKET_NONBLOCK));

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1; /* no SA_RESTART: connect returns EINTR */
    sigemptyset(&sa.sa_mask);
    ASSERT_OK(sigaction(SIGUSR1, &sa, &old));
    usr1_seen = 0;
    memset(&it, 0, sizeof it);
    it.target = pthread_self();
    it.tid = (pid_t)syscall(SYS_gettid);
    it.lfd = l.fd;
    it.filler_fd = -1;
    ASSERT_EQ(pthread_create(&th, NULL, interrupt_then_make_room, &it), 0);

    ASSERT_OK(fdk_unix_connect(&c, &addr, 0));

    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_OK(sigaction(SIGUSR1, &old, NULL));
    ASSERT_EQ(it.not_retried, 0);
    ASSERT_EQ(it.signalled, 3);
    ASSERT_TRUE(usr1_seen >= 1);
    ASSERT_TRUE(it.filler_fd >= 0);
    /* really connected: a peer, and bytes go through */
    ASSERT_OK(getpeername(c.fd, &peer.u.sa, &plen));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);

    close(it.filler_fd);
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&filler));
    ASSERT_OK(fdk_unix_listener_close(&l));
}

int main(void)
{
    alarm(45);
    RUN(test_stream_echo_path);
    RUN(test_nonblock_flags);
    RUN(test_full_backlog);
    RUN(test_negative_backlog_listens);
    RUN(test_seqpacket_echo);
    RUN(test_dgram);
    RUN(test_pairs);
    RUN(test_accept_peer);
    RUN(test_abstract);
    RUN(test_autobind);
    RUN(test_invalid_arguments);
    RUN(test_connect_errors);
    RUN(test_close_release);
    RUN(test_connect_interrupted_by_signal);
    return 0;
}
