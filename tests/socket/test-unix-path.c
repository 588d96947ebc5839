/* SPDX-License-Identifier: MIT */
/*
 * Unix socket paths: paths longer than sun_path (through the parent
 * directory's /proc/self/fd entry) for listen, connect, bind; names too long
 * even for that; FDK_SOCKET_MKDIR with the exact modes of the directories it
 * creates (and none touched that existed); a stale socket replaced while a
 * live listener (even with a full backlog), a live socket of another type, a
 * regular file, a directory, a FIFO and symlinks (even to a stale socket)
 * all survive, and so does a socket that is bound but not listening (yet);
 * two threads racing to listen on one path never both succeed, and the
 * winner's path survives the loser; the path unlinked on close only by the
 * socket that bound it
 * (not by accepted or connected sockets, not after another socket took the
 * name over, not with FDK_SOCKET_KEEP_PATH), also when its directory was
 * renamed in between or reached through a symlink that was flipped.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <fdkit/socket.h>

#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>

#define SENTINEL_BOUND ((struct fdk__unix_bound *)(uintptr_t)0x5a5a5a50u)

static int exists_at(int dirfd, const char *name)
{
    struct stat st;
    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

static struct stat lstat_at(int dirfd, const char *name)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        fdk_test_fail(__FILE__, __LINE__, "lstat %s: %s", name, strerror(errno));
    return st;
}

static int is_socket_at(int dirfd, const char *name)
{
    struct stat st;
    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISSOCK(st.st_mode);
}

/* Bind a raw socket of type at dirfd/name (through /proc when dirfd is not the cwd). */
static int raw_bound(int type, int dirfd, const char *name)
{
    struct sockaddr_un sa;
    int fd = socket(AF_UNIX, type | SOCK_CLOEXEC, 0);

    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "socket: %s", strerror(errno));
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (dirfd == AT_FDCWD)
        snprintf(sa.sun_path, sizeof sa.sun_path, "%s", name);
    else
        snprintf(sa.sun_path, sizeof sa.sun_path, "/proc/self/fd/%d/%s", dirfd, name);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0)
        fdk_test_fail(__FILE__, __LINE__, "bind %s: %s", name, strerror(errno));
    return fd;
}

/* A socket file nobody is bound to any more: bind, then close without unlinking. */
static void make_stale(int type, int dirfd, const char *name)
{
    close(raw_bound(type, dirfd, name));
    ASSERT_TRUE(is_socket_at(dirfd, name));
}

/*
 * The test's own look at sock_diag, independent of the library's: the inode
 * number (low 32 bits, as unix_diag reports it) of the file socket fd is
 * bound to.  1 and *ret_ino when it is bound to a file, 0 when not, -1 when
 * sock_diag cannot be asked here.
 */
static int diag_vfs_ino(int fd, uint32_t *ret_ino)
{
    struct {
        struct nlmsghdr nlh;
        struct unix_diag_req req;
    } q;
    union {
        struct nlmsghdr h;
        unsigned char b[8192];
    } buf;
    struct unix_diag_msg m;
    struct stat st;
    size_t off, end;
    ssize_t n;
    int nl;

    if (fstat(fd, &st) < 0)
        fdk_test_fail(__FILE__, __LINE__, "fstat: %s", strerror(errno));
    nl = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (nl < 0)
        return -1;
    memset(&q, 0, sizeof q);
    q.nlh.nlmsg_len = sizeof q;
    q.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    q.nlh.nlmsg_flags = NLM_F_REQUEST;
    q.req.sdiag_family = AF_UNIX;
    q.req.udiag_ino = (uint32_t)st.st_ino;
    q.req.udiag_show = UDIAG_SHOW_VFS;
    q.req.udiag_cookie[0] = q.req.udiag_cookie[1] = INET_DIAG_NOCOOKIE;
    if (send(nl, &q, sizeof q, 0) != (ssize_t)sizeof q) {
        close(nl);
        return -1;
    }
    n = recv(nl, buf.b, sizeof buf.b, 0);
    close(nl);
    if (n < (ssize_t)NLMSG_LENGTH(sizeof m) || buf.h.nlmsg_type != SOCK_DIAG_BY_FAMILY ||
        buf.h.nlmsg_len > (size_t)n)
        return -1;
    memcpy(&m, buf.b + NLMSG_LENGTH(0), sizeof m);
    ASSERT_EQ(m.udiag_ino, (uint32_t)st.st_ino);
    end = buf.h.nlmsg_len;
    for (off = NLMSG_LENGTH(sizeof m); off + sizeof(struct nlattr) <= end;) {
        struct nlattr a;
        memcpy(&a, buf.b + off, sizeof a);
        ASSERT_TRUE(a.nla_len >= sizeof a && a.nla_len <= end - off);
        if (a.nla_type == UNIX_DIAG_VFS) {
            struct unix_diag_vfs v;
            ASSERT_TRUE(a.nla_len >= NLA_HDRLEN + sizeof v);
            memcpy(&v, buf.b + off + NLA_HDRLEN, sizeof v);
            *ret_ino = v.udiag_vfs_ino;
            return 1;
        }
        off += NLA_ALIGN(a.nla_len);
    }
    return 0;
}

/* Whether sock_diag answers here (asked once). */
static int diag_available(void)
{
    static int known = -1;
    if (known < 0) {
        uint32_t ino;
        int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        ASSERT_TRUE(fd >= 0);
        known = diag_vfs_ino(fd, &ino) == 0; /* unbound: answered, and no file */
        close(fd);
        if (!known)
            printf("# sock_diag (NETLINK_SOCK_DIAG / unix_diag) cannot be asked here\n");
    }
    return known;
}

static void write_file(int dirfd, const char *name, const char *text)
{
    int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

static void check_file(int dirfd, const char *name, const char *text)
{
    char buf[64];
    int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC);
    ssize_t n;
    ASSERT_TRUE(fd >= 0);
    n = read(fd, buf, sizeof buf);
    close(fd);
    ASSERT_EQ(n, (ssize_t)strlen(text));
    ASSERT_MEM_EQ(buf, text, (size_t)n);
}

static void echo_stream(fdk_unix_stream a, fdk_unix_stream b)
{
    char buf[8];
    ASSERT_EQ(fdk_unix_stream_send(a, "ping", 4, 0), 4);
    ASSERT_EQ(fdk_unix_stream_recv(b, buf, sizeof buf, 0), 4);
    ASSERT_EQ(fdk_unix_stream_send(b, "pong", 4, 0), 4);
    ASSERT_EQ(fdk_unix_stream_recv(a, buf, sizeof buf, 0), 4);
}

/* Connect to a stream listener at dirfd/name, accept, exchange bytes, close both. */
static void check_live(fdk_unix_listener l, int dirfd, const char *name)
{
    fdk_unix_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_connect_at(&c, dirfd, name, 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&s));
}

/*
 * A path of more than 200 bytes: listen (creating its directories), connect
 * by the absolute path and relative to a directory fd, datagrams too; the
 * path is unlinked on close through the kept directory.
 */
static void test_long_path(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
    fdk_unix_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_unix_seqpacket sc = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT, e = FDK_HANDLE_INIT;
    char rel[256], abs[320], drel[256], buf[8];
    struct sockaddr_un local;
    socklen_t llen = sizeof local;
    const char *seg = "abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklm"; /* 50 bytes */

    fdk_tmpdir_make(&t);
    snprintf(rel, sizeof rel, "%s/%s/%s/%s/stream.sock", seg, seg, seg, seg);
    snprintf(abs, sizeof abs, "%s/%s", t.path, rel);
    ASSERT_TRUE(strlen(abs) >= 200);

    ASSERT_OK(fdk_unix_listen_at(&l, AT_FDCWD, abs, -1, FDK_SOCKET_MKDIR, 0700));
    ASSERT_TRUE(l.bound != NULL);
    ASSERT_TRUE(is_socket_at(t.fd, rel));
    /* bound through the parent directory's descriptor */
    ASSERT_OK(getsockname(l.fd, (struct sockaddr *)&local, &llen));
    ASSERT_TRUE(strncmp(local.sun_path, "/proc/self/fd/", 14) == 0);

    ASSERT_OK(fdk_unix_connect_at(&c, AT_FDCWD, abs, 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_connect_at(&c, t.fd, rel, 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, rel));

    /* seqpacket, relative to the directory fd */
    snprintf(drel, sizeof drel, "%s/%s/%s/%s/seq.sock", seg, seg, seg, seg);
    ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, drel, 1, 0, 0700));
    ASSERT_OK(fdk_unix_seqpacket_connect_at(&sc, t.fd, drel, 0));
    ASSERT_OK(fdk_unix_seqpacket_close(&sc));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));
    ASSERT_TRUE(!exists_at(t.fd, drel));

    /* datagrams: bind and connect by the long path */
    snprintf(drel, sizeof drel, "%s/%s/%s/%s/dgram.sock", seg, seg, seg, seg);
    snprintf(abs, sizeof abs, "%s/%s", t.path, drel);
    ASSERT_OK(fdk_unix_dgram_bind_at(&d, AT_FDCWD, abs, 0, 0700));
    ASSERT_OK(fdk_unix_dgram_open(&e, 0));
    ASSERT_OK(fdk_unix_dgram_connect_at(e, AT_FDCWD, abs));
    ASSERT_EQ(fdk_unix_dgram_send(e, "long", 4, 0), 4);
    ASSERT_EQ(fdk_unix_dgram_recv(d, buf, sizeof buf, 0), 4);
    ASSERT_OK(fdk_unix_dgram_close(&e));
    ASSERT_OK(fdk_unix_dgram_close(&d));
    ASSERT_TRUE(!exists_at(t.fd, drel));
    fdk_tmpdir_remove(&t);
}

/*
 * A last component too long for "/proc/self/fd/<n>/<name>" (sun_path has
 * 107 bytes): -ENAMETOOLONG with nothing created, not even the directories
 * MKDIR would have made.
 */
static void test_name_too_long(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_dgram d = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_stream c = {.fd = -7};
    char name[128], path[160];
    int before;

    fdk_tmpdir_make(&t);
    memset(name, 'n', 100);
    name[100] = '\0';
    snprintf(path, sizeof path, "newdir/%s", name);
    before = fdk_test_count_fds();
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, name, 1, 0, 0700), ENAMETOOLONG);
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, path, 1, FDK_SOCKET_MKDIR, 0700), ENAMETOOLONG);
    ASSERT_ERR(fdk_unix_dgram_bind_at(&d, t.fd, path, FDK_SOCKET_MKDIR, 0700), ENAMETOOLONG);
    ASSERT_ERR(fdk_unix_connect_at(&c, t.fd, name, 0), ENAMETOOLONG);
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_TRUE(l.fd == -7 && l.bound == SENTINEL_BOUND && d.fd == -7 && c.fd == -7);
    ASSERT_TRUE(!exists_at(t.fd, "newdir"));
    ASSERT_TRUE(!exists_at(t.fd, name));
    fdk_tmpdir_remove(&t);
}

static mode_t mode_at(int dirfd, const char *name)
{
    return lstat_at(dirfd, name).st_mode & 07777;
}

/* MKDIR: the modes of the directories it creates, and nothing else touched. */
static void test_mkdir_modes(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    char path[128];
    mode_t old = umask(0);

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "a/b/c/s", 1, FDK_SOCKET_MKDIR, 0750));
    ASSERT_TRUE(S_ISDIR(lstat_at(t.fd, "a").st_mode));
    ASSERT_EQ(mode_at(t.fd, "a"), 0750);
    ASSERT_EQ(mode_at(t.fd, "a/b"), 0750);
    ASSERT_EQ(mode_at(t.fd, "a/b/c"), 0750);
    ASSERT_TRUE(is_socket_at(t.fd, "a/b/c/s"));
    check_live(l, t.fd, "a/b/c/s");
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "a/b/c/s"));
    ASSERT_TRUE(exists_at(t.fd, "a/b/c")); /* close removes the socket, not directories */

    /* an existing directory keeps its mode; only the missing one is made */
    ASSERT_OK(mkdirat(t.fd, "x", 0700));
    ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, "x/y//s", 1, FDK_SOCKET_MKDIR, 0711));
    ASSERT_EQ(mode_at(t.fd, "x"), 0700);
    ASSERT_EQ(mode_at(t.fd, "x/y"), 0711);
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));

    /* the umask applies, as for mkdir(2) */
    umask(022);
    ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "u/v/d", FDK_SOCKET_MKDIR, 0777));
    ASSERT_EQ(mode_at(t.fd, "u"), 0755);
    ASSERT_EQ(mode_at(t.fd, "u/v"), 0755);
    ASSERT_OK(fdk_unix_dgram_close(&d));
    umask(0);

    /* through an address (from the cwd): 0755 */
    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "p/q/s", path, sizeof path)));
    ASSERT_OK(fdk_unix_listen(&l, &addr, 1, FDK_SOCKET_MKDIR));
    ASSERT_EQ(mode_at(t.fd, "p"), 0755);
    ASSERT_EQ(mode_at(t.fd, "p/q"), 0755);
    ASSERT_OK(fdk_unix_listener_close(&l));

    /* without MKDIR a missing parent is -ENOENT and nothing is created */
    l.fd = -7;
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "m/n/s", 1, 0, 0700), ENOENT);
    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "m/s", path, sizeof path)));
    ASSERT_ERR(fdk_unix_listen(&l, &addr, 1, 0), ENOENT);
    ASSERT_EQ(l.fd, -7);
    ASSERT_TRUE(!exists_at(t.fd, "m"));
    /* a component that is a file: ENOTDIR (and the file is left alone) */
    write_file(t.fd, "file", "data");
    ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "file/x/s", 1, FDK_SOCKET_MKDIR, 0700), ENOTDIR);
    check_file(t.fd, "file", "data");
    ASSERT_EQ(l.fd, -7);

    umask(old);
    fdk_tmpdir_remove(&t);
}

/* A stale socket file (of this type or another) is replaced, for each constructor. */
static void test_stale_replaced(void)
{
    static const int types[] = {SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM};
    struct fdk_tmpdir t;

    fdk_tmpdir_make(&t);
    for (size_t i = 0; i < 3; i++) {
        for (size_t j = 0; j < 3; j++) {
            fdk_unix_listener l = FDK_HANDLE_INIT;
            fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
            fdk_unix_dgram d = FDK_HANDLE_INIT;
            make_stale(types[j], t.fd, "s");
            if (types[i] == SOCK_STREAM)
                ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "s", 1, 0, 0700));
            else if (types[i] == SOCK_SEQPACKET)
                ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, "s", 1, 0, 0700));
            else
                ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "s", 0, 0700));
            ASSERT_TRUE(is_socket_at(t.fd, "s"));
            /* replaced, not reused: the name now reaches the new socket */
            if (types[i] == SOCK_STREAM) {
                check_live(l, t.fd, "s");
                ASSERT_OK(fdk_unix_listener_close(&l));
            } else if (types[i] == SOCK_SEQPACKET) {
                fdk_unix_seqpacket c = FDK_HANDLE_INIT;
                ASSERT_OK(fdk_unix_seqpacket_connect_at(&c, t.fd, "s", 0));
                ASSERT_OK(fdk_unix_seqpacket_close(&c));
                ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));
            } else {
                fdk_unix_dgram e = FDK_HANDLE_INIT;
                ASSERT_OK(fdk_unix_dgram_open(&e, 0));
                ASSERT_OK(fdk_unix_dgram_connect_at(e, t.fd, "s"));
                ASSERT_OK(fdk_unix_dgram_close(&e));
                ASSERT_OK(fdk_unix_dgram_close(&d));
            }
            ASSERT_TRUE(!exists_at(t.fd, "s"));
        }
    }

    /* a stale socket at a short absolute path, through an address */
    {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        fdk_sockaddr addr;
        char path[128];
        make_stale(SOCK_STREAM, t.fd, "abs");
        ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "abs", path, sizeof path)));
        ASSERT_OK(fdk_unix_listen(&l, &addr, 1, 0));
        check_live(l, t.fd, "abs");
        ASSERT_OK(fdk_unix_listener_close(&l));
    }
    fdk_tmpdir_remove(&t);
}

/*
 * Live sockets are never replaced: a listener with a full backlog (the
 * probe's connect gets EAGAIN), a socket of another type (EPROTOTYPE), a
 * listener with room (the probe connects -- and shows up in its queue as a
 * connection closed at once), a bound datagram socket.  Nothing leaks and
 * nothing is written.
 */
static void test_live_survives(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT, l2 = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_seqpacket_listener sl = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_dgram d = FDK_HANDLE_INIT, d2 = {.fd = -7, .bound = SENTINEL_BOUND};
    fdk_unix_stream filler = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct stat st;
    char buf[4];
    int before;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "live", 0, 0, 0700));
    st = lstat_at(t.fd, "live");
    /* full backlog (0 allows one): the probe must not take it for stale */
    ASSERT_OK(fdk_unix_connect_at(&filler, t.fd, "live", FDK_SOCKET_NONBLOCK));
    before = fdk_test_count_fds();
    ASSERT_ERR(fdk_unix_listen_at(&l2, t.fd, "live", 1, 0, 0700), EADDRINUSE);
    ASSERT_ERR(fdk_unix_listen_at(&l2, t.fd, "live", 1, FDK_SOCKET_NONBLOCK, 0700), EADDRINUSE);
    ASSERT_ERR(fdk_unix_seqpacket_listen_at(&sl, t.fd, "live", 1, 0, 0700), EADDRINUSE);
    ASSERT_ERR(fdk_unix_dgram_bind_at(&d2, t.fd, "live", 0, 0700), EADDRINUSE);
    ASSERT_EQ(fdk_test_count_fds(), before);
    ASSERT_TRUE(l2.fd == -7 && l2.bound == SENTINEL_BOUND && sl.fd == -7 && d2.fd == -7);
    ASSERT_EQ(lstat_at(t.fd, "live").st_ino, st.st_ino);
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(filler, s);
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_stream_close(&filler));

    /*
     * With room: sock_diag sees the listener, so nothing connects to it;
     * without sock_diag the probe does, and the listener sees that
     * connection end at once.
     */
    ASSERT_ERR(fdk_unix_listen_at(&l2, t.fd, "live", 1, 0, 0700), EADDRINUSE);
    ASSERT_EQ(fdk_test_count_fds(), before - 1);
    if (diag_available()) {
        struct pollfd p = {.fd = l.fd, .events = POLLIN};
        ASSERT_EQ(poll(&p, 1, 0), 0); /* no connection waiting */
    } else {
        ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
        ASSERT_EQ(fdk_unix_stream_recv(s, buf, sizeof buf, 0), 0);
        ASSERT_OK(fdk_unix_stream_close(&s));
    }
    check_live(l, t.fd, "live");
    ASSERT_OK(fdk_unix_listener_close(&l));

    /* a bound datagram socket is live for everybody */
    ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "dg", 0, 0700));
    st = lstat_at(t.fd, "dg");
    ASSERT_ERR(fdk_unix_dgram_bind_at(&d2, t.fd, "dg", 0, 0700), EADDRINUSE);
    ASSERT_ERR(fdk_unix_listen_at(&l2, t.fd, "dg", 1, 0, 0700), EADDRINUSE);
    ASSERT_EQ(lstat_at(t.fd, "dg").st_ino, st.st_ino);
    ASSERT_OK(fdk_unix_dgram_close(&d));
    ASSERT_TRUE(!exists_at(t.fd, "dg"));
    fdk_tmpdir_remove(&t);
}

/*
 * A socket that is bound but does not listen (yet) -- a server between its
 * bind() and listen() -- is live: no constructor replaces its file, whatever
 * the two types, and the socket can go on to listen and be reached through
 * its path.  A connect probe cannot tell it from a dead one (both refuse);
 * sock_diag can, so without sock_diag the stream and seqpacket cases are
 * skipped (the datagram one holds anyway: a datagram socket accepts a
 * datagram probe once bound).
 */
static void test_bound_not_listening_survives(void)
{
    static const int types[] = {SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM};
    struct fdk_tmpdir t;
    fdk_sockaddr addr;
    char path[128];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "b", path, sizeof path)));
    for (size_t i = 0; i < 3; i++) {
        fdk_unix_listener l = {.fd = -7, .bound = SENTINEL_BOUND};
        fdk_unix_seqpacket_listener sl = {.fd = -7, .bound = SENTINEL_BOUND};
        fdk_unix_dgram d = {.fd = -7, .bound = SENTINEL_BOUND};
        struct stat st;
        int raw, before;

        if (types[i] != SOCK_DGRAM && !diag_available()) {
            printf("# skip bound-not-listening type %d: needs sock_diag\n", types[i]);
            continue;
        }
        raw = raw_bound(types[i], t.fd, "b");
        st = lstat_at(t.fd, "b");
        before = fdk_test_count_fds();
        ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, "b", 1, 0, 0700), EADDRINUSE);
        ASSERT_ERR(fdk_unix_listen(&l, &addr, 1, 0), EADDRINUSE);
        ASSERT_ERR(fdk_unix_seqpacket_listen_at(&sl, t.fd, "b", 1, 0, 0700), EADDRINUSE);
        ASSERT_ERR(fdk_unix_dgram_bind_at(&d, t.fd, "b", 0, 0700), EADDRINUSE);
        ASSERT_ERR(fdk_unix_dgram_bind(&d, &addr, 0), EADDRINUSE);
        ASSERT_EQ(fdk_test_count_fds(), before);
        ASSERT_TRUE(l.fd == -7 && l.bound == SENTINEL_BOUND && sl.fd == -7 && d.fd == -7);
        ASSERT_EQ(lstat_at(t.fd, "b").st_ino, st.st_ino);

        /* the raw socket still owns its path */
        if (types[i] == SOCK_DGRAM) {
            fdk_unix_dgram c = FDK_HANDLE_INIT;
            char buf[4];
            ASSERT_OK(fdk_unix_dgram_open(&c, 0));
            ASSERT_OK(fdk_unix_dgram_connect_at(c, t.fd, "b"));
            ASSERT_EQ(fdk_unix_dgram_send(c, "dg", 2, 0), 2);
            ASSERT_EQ(recv(raw, buf, sizeof buf, 0), 2);
            ASSERT_OK(fdk_unix_dgram_close(&c));
        } else {
            int c = socket(AF_UNIX, types[i] | SOCK_CLOEXEC, 0), s;
            ASSERT_TRUE(c >= 0);
            ASSERT_OK(listen(raw, 1));
            ASSERT_OK(connect(c, &addr.u.sa, addr.len));
            s = accept4(raw, NULL, NULL, SOCK_CLOEXEC);
            ASSERT_TRUE(s >= 0);
            close(s);
            close(c);
        }
        close(raw);
        ASSERT_OK(unlinkat(t.fd, "b", 0));
    }

    /* the same socket once closed is stale, and is replaced */
    make_stale(SOCK_STREAM, t.fd, "b");
    {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_unix_listen(&l, &addr, 1, 0));
        check_live(l, t.fd, "b");
        ASSERT_OK(fdk_unix_listener_close(&l));
        ASSERT_TRUE(!exists_at(t.fd, "b"));
    }
    fdk_tmpdir_remove(&t);
}

/* One of two threads that listen on the same path at the same moment. */
struct racer {
    pthread_barrier_t *go;
    int dirfd;
    const char *name;         /* listen_at(dirfd, name) ... */
    const fdk_sockaddr *addr; /* ... or listen(addr) when set */
    fdk_unix_listener l;
    int err;
};

static void *race_listen(void *arg)
{
    struct racer *r = arg;
    pthread_barrier_wait(r->go);
    if (r->addr)
        r->err = fdk_unix_listen(&r->l, r->addr, 4, 0);
    else
        r->err = fdk_unix_listen_at(&r->l, r->dirfd, r->name, 4, 0, 0700);
    return NULL;
}

/*
 * Accept on l until the connection from c shows up (a racer's probe may
 * have queued an already closed one before it), and exchange a byte.
 */
static void check_reaches(fdk_unix_listener l, fdk_unix_stream c)
{
    char b;
    ASSERT_EQ(fdk_unix_stream_send(c, "r", 1, 0), 1);
    for (int i = 0; i < 4; i++) {
        fdk_unix_stream s = FDK_HANDLE_INIT;
        ssize_t n;
        ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
        n = fdk_unix_stream_recv(s, &b, 1, 0);
        ASSERT_OK(fdk_unix_stream_close(&s));
        if (n == 1) {
            ASSERT_EQ(b, 'r');
            return;
        }
        ASSERT_EQ(n, 0); /* a probe's connection, closed at once */
    }
    fdk_test_fail(__FILE__, __LINE__, "the client's connection never came");
}

/*
 * Two threads call listen on one path at the same moment, 200 times: on an
 * empty name, on a stale socket's name (both go through the stale check),
 * through a directory fd and by address.  Exactly one wins; the loser
 * reports EADDRINUSE and leaves the winner's file alone: the name is the
 * file the winner's socket is bound to (its inode, as the kernel reports
 * it) and reaches the winner; after the winner's close the name is gone.
 * Without sock_diag the race cannot be won cleanly (the loser cannot tell
 * the winner's bound-but-not-listening socket from a dead one), so the case
 * is skipped.
 */
static void test_listen_race(void)
{
    struct fdk_tmpdir t;
    fdk_sockaddr addr;
    char path[128];
    int stale_rounds = 0;

    if (!diag_available()) {
        printf("# skip listen race: needs sock_diag\n");
        return;
    }
    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "race", path, sizeof path)));
    for (int round = 0; round < 200; round++) {
        pthread_barrier_t go;
        pthread_t th[2];
        struct racer r[2];
        struct racer *win = NULL, *lose = NULL;
        fdk_unix_stream c = FDK_HANDLE_INIT;
        uint32_t ino = 0;

        if (round & 1) {
            make_stale(SOCK_STREAM, t.fd, "race");
            stale_rounds++;
        }
        ASSERT_EQ(pthread_barrier_init(&go, NULL, 2), 0);
        for (int i = 0; i < 2; i++) {
            r[i] = (struct racer){.go = &go,
                                  .dirfd = t.fd,
                                  .name = "race",
                                  .addr = (round & 2) ? &addr : NULL,
                                  .l = {.fd = -7, .bound = SENTINEL_BOUND},
                                  .err = 1};
            ASSERT_EQ(pthread_create(&th[i], NULL, race_listen, &r[i]), 0);
        }
        for (int i = 0; i < 2; i++)
            ASSERT_EQ(pthread_join(th[i], NULL), 0);
        pthread_barrier_destroy(&go);

        if ((r[0].err == 0) + (r[1].err == 0) != 1)
            printf("# round %d (%s, %s): %d and %d\n", round, (round & 1) ? "stale" : "empty",
                   (round & 2) ? "address" : "dirfd", r[0].err, r[1].err);
        ASSERT_EQ((r[0].err == 0) + (r[1].err == 0), 1);
        win = r[0].err == 0 ? &r[0] : &r[1];
        lose = r[0].err == 0 ? &r[1] : &r[0];
        ASSERT_EQ(lose->err, -EADDRINUSE);
        ASSERT_TRUE(lose->l.fd == -7 && lose->l.bound == SENTINEL_BOUND);
        ASSERT_TRUE(win->l.bound != NULL);

        /* the name is the winner's file, and reaches the winner */
        ASSERT_EQ(diag_vfs_ino(win->l.fd, &ino), 1);
        ASSERT_EQ(ino, (uint32_t)lstat_at(t.fd, "race").st_ino);
        ASSERT_OK(fdk_unix_connect_at(&c, t.fd, "race", 0));
        check_reaches(win->l, c);
        ASSERT_OK(fdk_unix_stream_close(&c));

        ASSERT_OK(fdk_unix_listener_close(&win->l));
        ASSERT_TRUE(!exists_at(t.fd, "race"));
    }
    ASSERT_EQ(stale_rounds, 100);
    fdk_tmpdir_remove(&t);
}

/*
 * Anything that is not a socket survives a bind attempt: a regular file, a
 * directory, a FIFO, a symlink to a stale socket (not followed: lstat sees a
 * link), a dangling symlink.  Each constructor says -EADDRINUSE.
 */
static void test_non_sockets_survive(void)
{
    static const char *const names[] = {"file", "dir", "fifo", "link-stale", "link-dangling"};
    struct fdk_tmpdir t;
    char target[64];

    fdk_tmpdir_make(&t);
    write_file(t.fd, "file", "keep me");
    ASSERT_OK(mkdirat(t.fd, "dir", 0700));
    write_file(t.fd, "dir/inside", "also");
    ASSERT_OK(mkfifoat(t.fd, "fifo", 0600));
    make_stale(SOCK_STREAM, t.fd, "stale");
    ASSERT_OK(symlinkat("stale", t.fd, "link-stale"));
    ASSERT_OK(symlinkat("nowhere", t.fd, "link-dangling"));

    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        fdk_unix_listener l = {.fd = -7, .bound = SENTINEL_BOUND};
        fdk_unix_seqpacket_listener sl = {.fd = -7, .bound = SENTINEL_BOUND};
        fdk_unix_dgram d = {.fd = -7, .bound = SENTINEL_BOUND};
        struct stat st = lstat_at(t.fd, names[i]), again;
        int before = fdk_test_count_fds();

        ASSERT_ERR(fdk_unix_listen_at(&l, t.fd, names[i], 1, 0, 0700), EADDRINUSE);
        ASSERT_ERR(fdk_unix_seqpacket_listen_at(&sl, t.fd, names[i], 1, 0, 0700), EADDRINUSE);
        ASSERT_ERR(fdk_unix_dgram_bind_at(&d, t.fd, names[i], 0, 0700), EADDRINUSE);
        ASSERT_EQ(fdk_test_count_fds(), before);
        ASSERT_TRUE(l.fd == -7 && l.bound == SENTINEL_BOUND && sl.fd == -7 && d.fd == -7);
        again = lstat_at(t.fd, names[i]);
        ASSERT_EQ(again.st_ino, st.st_ino);
        ASSERT_EQ(again.st_mode, st.st_mode);
    }
    check_file(t.fd, "file", "keep me");
    check_file(t.fd, "dir/inside", "also");
    ASSERT_TRUE(is_socket_at(t.fd, "stale")); /* the link's target too */
    ASSERT_EQ(readlinkat(t.fd, "link-stale", target, sizeof target), 5);

    /* the same through an absolute address (bound directly, not via /proc) */
    {
        fdk_unix_listener l = {.fd = -7};
        fdk_sockaddr addr;
        char path[128];
        ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "link-stale", path, sizeof path)));
        ASSERT_ERR(fdk_unix_listen(&l, &addr, 1, 0), EADDRINUSE);
        ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "file", path, sizeof path)));
        ASSERT_ERR(fdk_unix_listen(&l, &addr, 1, 0), EADDRINUSE);
        ASSERT_EQ(l.fd, -7);
        check_file(t.fd, "file", "keep me");
        ASSERT_TRUE(S_ISLNK(lstat_at(t.fd, "link-stale").st_mode));
    }
    fdk_tmpdir_remove(&t);
}

/* Connections never unlink; only the binder's close does. */
static void test_unlink_only_by_binder(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_unix_seqpacket_listener sl = FDK_HANDLE_INIT;
    fdk_unix_seqpacket sc = FDK_HANDLE_INIT, ss = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT, e = FDK_HANDLE_INIT;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "s", 1, 0, 0700));
    ASSERT_OK(fdk_unix_connect_at(&c, t.fd, "s", 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_TRUE(is_socket_at(t.fd, "s"));

    ASSERT_OK(fdk_unix_seqpacket_listen_at(&sl, t.fd, "sp", 1, 0, 0700));
    ASSERT_OK(fdk_unix_seqpacket_connect_at(&sc, t.fd, "sp", 0));
    ASSERT_OK(fdk_unix_seqpacket_accept(sl, &ss, NULL, 0));
    ASSERT_OK(fdk_unix_seqpacket_close(&ss));
    ASSERT_OK(fdk_unix_seqpacket_close(&sc));
    ASSERT_TRUE(is_socket_at(t.fd, "sp"));

    ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "d", 0, 0700));
    ASSERT_OK(fdk_unix_dgram_open(&e, 0));
    ASSERT_OK(fdk_unix_dgram_connect_at(e, t.fd, "d"));
    ASSERT_OK(fdk_unix_dgram_close(&e)); /* connected, unbound: no state */
    ASSERT_TRUE(is_socket_at(t.fd, "d"));

    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_OK(fdk_unix_seqpacket_listener_close(&sl));
    ASSERT_OK(fdk_unix_dgram_close(&d));
    ASSERT_TRUE(!exists_at(t.fd, "s") && !exists_at(t.fd, "sp") && !exists_at(t.fd, "d"));
    fdk_tmpdir_remove(&t);
}

/*
 * The name was taken over after bind: moved away and replaced by another
 * socket, by a regular file, or just removed.  close unlinks none of them
 * (and does not go looking for the moved file either).
 */
static void test_replaced_path_survives(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT;
    struct stat other;
    int rival;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "s", 1, 0, 0700));
    ASSERT_OK(renameat(t.fd, "s", t.fd, "moved"));
    rival = raw_bound(SOCK_STREAM, t.fd, "s");
    ASSERT_OK(listen(rival, 1));
    other = lstat_at(t.fd, "s");
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_EQ(lstat_at(t.fd, "s").st_ino, other.st_ino); /* the rival's socket survives */
    ASSERT_TRUE(is_socket_at(t.fd, "moved"));
    close(rival);
    ASSERT_OK(unlinkat(t.fd, "s", 0));
    ASSERT_OK(unlinkat(t.fd, "moved", 0));

    /* replaced by a regular file */
    ASSERT_OK(fdk_unix_dgram_bind_at(&d, t.fd, "d", 0, 0700));
    ASSERT_OK(unlinkat(t.fd, "d", 0));
    write_file(t.fd, "d", "not a socket");
    ASSERT_OK(fdk_unix_dgram_close(&d));
    check_file(t.fd, "d", "not a socket");

    /* simply removed: close is still fine */
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "gone", 1, 0, 0700));
    ASSERT_OK(unlinkat(t.fd, "gone", 0));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "gone"));
    fdk_tmpdir_remove(&t);
}

/* KEEP_PATH: no state, the file stays after close (and counts as stale later). */
static void test_keep_path(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_dgram d = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    char path[128];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "k", 1, FDK_SOCKET_KEEP_PATH, 0700));
    ASSERT_TRUE(l.bound == NULL);
    check_live(l, t.fd, "k");
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(is_socket_at(t.fd, "k"));
    /* the next listener replaces the leftover */
    ASSERT_OK(fdk_unix_listen_at(&l, t.fd, "k", 1, 0, 0700));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "k"));

    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "kd", path, sizeof path)));
    ASSERT_OK(fdk_unix_dgram_bind(&d, &addr, FDK_SOCKET_KEEP_PATH | FDK_SOCKET_NONBLOCK));
    ASSERT_TRUE(d.bound == NULL);
    ASSERT_OK(fdk_unix_dgram_close(&d));
    ASSERT_TRUE(is_socket_at(t.fd, "kd"));
    fdk_tmpdir_remove(&t);
}

/*
 * Bound relative to a directory fd, which is then renamed: the handle keeps
 * the directory itself, so close still finds and unlinks its socket.
 */
static void test_directory_renamed(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    int sub;

    fdk_tmpdir_make(&t);
    ASSERT_OK(mkdirat(t.fd, "sub", 0700));
    sub = openat(t.fd, "sub", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(sub >= 0);
    ASSERT_OK(fdk_unix_listen_at(&l, sub, "s", 1, 0, 0700));
    ASSERT_OK(renameat(t.fd, "sub", t.fd, "sub2"));
    ASSERT_TRUE(is_socket_at(t.fd, "sub2/s"));
    check_live(l, t.fd, "sub2/s");
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "sub2/s"));
    close(sub);
    fdk_tmpdir_remove(&t);
}

/*
 * A directory reached through a symlink ("current -> release-1"): bound
 * directly by path, the identity read through the path and through the
 * opened directory agree, so close unlinks; after the link is flipped to
 * another directory holding a socket of the same name, close still removes
 * only its own file.
 */
static void test_symlinked_directory(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    char path[128];
    int other;

    fdk_tmpdir_make(&t);
    ASSERT_OK(mkdirat(t.fd, "release-1", 0700));
    ASSERT_OK(mkdirat(t.fd, "release-2", 0700));
    ASSERT_OK(symlinkat("release-1", t.fd, "current"));
    ASSERT_OK(fdk_sockaddr_unix(&addr, fdk_tmpdir_at(&t, "current/s", path, sizeof path)));
    ASSERT_OK(fdk_unix_listen(&l, &addr, 1, 0));
    ASSERT_TRUE(l.bound != NULL);
    ASSERT_TRUE(is_socket_at(t.fd, "release-1/s"));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "release-1/s"));

    ASSERT_OK(fdk_unix_listen(&l, &addr, 1, 0));
    other = raw_bound(SOCK_STREAM, t.fd, "release-2/s");
    ASSERT_OK(unlinkat(t.fd, "current", 0));
    ASSERT_OK(symlinkat("release-2", t.fd, "current"));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "release-1/s"));
    ASSERT_TRUE(is_socket_at(t.fd, "release-2/s"));
    close(other);
    fdk_tmpdir_remove(&t);
}

/* A relative path in an address is relative to the current directory. */
static void test_relative_address(void)
{
    struct fdk_tmpdir t;
    fdk_unix_listener l = FDK_HANDLE_INIT;
    fdk_unix_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr addr;
    int cwd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);

    ASSERT_TRUE(cwd >= 0);
    fdk_tmpdir_make(&t);
    ASSERT_OK(fchdir(t.fd));
    ASSERT_OK(fdk_sockaddr_unix(&addr, "rel/r.sock"));
    ASSERT_OK(fdk_unix_listen(&l, &addr, 1, FDK_SOCKET_MKDIR));
    ASSERT_TRUE(is_socket_at(t.fd, "rel/r.sock"));
    ASSERT_OK(fdk_unix_connect(&c, &addr, 0));
    ASSERT_OK(fdk_unix_accept(l, &s, NULL, 0));
    echo_stream(c, s);
    ASSERT_OK(fdk_unix_stream_close(&c));
    ASSERT_OK(fdk_unix_stream_close(&s));
    ASSERT_OK(fdk_unix_listener_close(&l));
    ASSERT_TRUE(!exists_at(t.fd, "rel/r.sock"));
    ASSERT_OK(fchdir(cwd));
    close(cwd);
    fdk_tmpdir_remove(&t);
}

int main(void)
{
    alarm(45);
    RUN(test_long_path);
    RUN(test_name_too_long);
    RUN(test_mkdir_modes);
    RUN(test_stale_replaced);
    RUN(test_live_survives);
    RUN(test_bound_not_listening_survives);
    RUN(test_listen_race);
    RUN(test_non_sockets_survive);
    RUN(test_unlink_only_by_binder);
    RUN(test_replaced_path_survives);
    RUN(test_keep_path);
    RUN(test_directory_renamed);
    RUN(test_symlinked_directory);
    RUN(test_relative_address);
    return 0;
}
