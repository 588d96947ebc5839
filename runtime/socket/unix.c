/* SPDX-License-Identifier: MIT */
/*
 * Unix domain sockets: listeners, clients, datagram sockets and pairs of the
 * three types (stream, seqpacket, datagram), and everything a file-system
 * path brings with it:
 *
 *   - paths of any length up to PATH_MAX, although sun_path holds 107 bytes:
 *     a long path (or one relative to a directory fd) is reached through the
 *     parent directory, opened O_PATH, as "/proc/self/fd/<n>/<name>";
 *   - missing parent directories created on request (FDK_SOCKET_MKDIR);
 *   - a stale socket file (one no socket is bound to any more) replaced,
 *     while a live socket -- listening or only bound -- and anything that is
 *     not a socket is never touched: the kernel is asked through sock_diag
 *     which sockets are bound where, with a connect probe for what it cannot
 *     see (remove_if_stale() in unix-bind.c has the details and the limits);
 *   - the path unlinked when the socket that bound it is closed, and only if
 *     the name still is that very socket (same device and inode), so a path
 *     another process took over afterwards survives.
 *
 * That last point is the state a bound handle carries (struct
 * fdk__unix_bound): the parent directory (O_PATH), the name in it and the
 * identity of the socket file bind() created.  Abstract and autobound
 * addresses have no file and therefore no state; neither have accepted or
 * connected sockets, which never unlink anything.
 *
 * Every constructor creates its sockets with SOCK_CLOEXEC, writes its
 * out-parameter only on success, and on failure closes every descriptor it
 * opened (once: close is never retried) and frees what it allocated.  A
 * socket file it had already created is removed when its identity is known;
 * if reading that identity is what failed, the file stays, dead, and the
 * next bind of the path replaces it as stale.  Directories made by
 * FDK_SOCKET_MKDIR stay too (another process may be using them already).
 *
 * Two consequences of going through /proc/self/fd (long paths, dirfd): the
 * socket's own address (getsockname, and what its peers see in accept or
 * recvfrom) is the "/proc/self/fd/<n>/<name>" form, meaningful only inside
 * this process while the handle keeps <n> open (not with KEEP_PATH); a
 * datagram peer cannot reply to it by address.  And without /proc mounted
 * such paths are -ENAMETOOLONG.
 *
 * Closing a bound handle frees its state, so unlike the other close
 * functions it is not async-signal-safe.  After fork() both processes hold
 * the same state: the one that does not own the path should release the
 * handle (or close the bare fd), or its close unlinks a path the other
 * still listens on -- the identity check cannot tell them apart, it is the
 * same socket.
 *
 * Layout: the cores live in files named for what they do, declared in
 * fdk-unix.h: unix-path.c (addresses, paths, the /proc/self/fd form,
 * connect by path), unix-diag.c (sock_diag), unix-bind.c (bind with
 * stale-socket replacement, the bound-path record and its unlink on close).
 * This file holds the constructors built on them.
 */
#include "fdk-unix.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <fdkit/socket.h>

/* The backlog a caller asked for, as listen() gets it: negative means SOMAXCONN. */
static int listen_backlog(int backlog)
{
    return backlog < 0 ? SOMAXCONN : backlog;
}

/* socket + connect with an fdk_sockaddr (path or abstract; unnamed is no target). */
int fdk__unix_connect(int type, const fdk_sockaddr *addr, int flags, int *ret_fd)
{
    char path[SUN_PATH_SIZE + 1];
    enum addr_kind kind;
    int fd = -1, err;

    err = fdk__unix_classify(addr, &kind, path);
    if (err < 0)
        return err;
    if (kind == ADDR_UNNAMED)
        return -EINVAL;
    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    err = fdk__unix_new_socket(type, flags, &fd);
    if (err < 0)
        return err;
    if (kind == ADDR_PATH)
        err = fdk__unix_connect_path(fd, AT_FDCWD, path);
    else
        err = fdk__unix_connect_socket(fd, &addr->u.sa, addr->len);
    if (err < 0) {
        fdk__close_quietly(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

int fdk__unix_connect_at(int type, int dirfd, const char *path, int flags, int *ret_fd)
{
    int fd = -1, err;

    err = fdk__unix_check_dir_path(dirfd, path);
    if (err < 0)
        return err;
    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    err = fdk__unix_new_socket(type, flags, &fd);
    if (err < 0)
        return err;
    err = fdk__unix_connect_path(fd, dirfd, path);
    if (err < 0) {
        fdk__close_quietly(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

/*
 * accept4 with CLOEXEC (the caller checked lfd and the out-parameter).
 * ECONNABORTED is retried: a connection that died in the queue is not an
 * error of the listener.  EINTR is handed back, as by every fdkit call that
 * waits (the kernel restarts accept itself after an SA_RESTART handler).  The peer's address is
 * copied with the length the kernel reported (sizeof(sa_family_t) for an unbound peer).
 */
int fdk__unix_accept(int lfd, int flags, fdk_sockaddr *ret_peer, int *ret_fd)
{
    int kflags = SOCK_CLOEXEC | ((flags & FDK_SOCKET_NONBLOCK) ? SOCK_NONBLOCK : 0);
    fdk_sockaddr peer;
    socklen_t len;
    int fd;

    if (flags & ~FDK_SOCKET_ACCEPT_ALL)
        return -EINVAL;
    if (ret_peer)
        memset(&peer, 0, sizeof(peer));
    do {
        len = (socklen_t)sizeof(peer.u);
        fd = accept4(lfd, ret_peer ? &peer.u.sa : NULL, ret_peer ? &len : NULL, kflags);
    } while (fd < 0 && errno == ECONNABORTED);
    if (fd < 0)
        return FDK__NEG_ERRNO();
    if (ret_peer) {
        /* More than fits cannot happen for AF_UNIX; never report past the buffer. */
        peer.len = len < (socklen_t)sizeof(peer.u) ? len : (socklen_t)sizeof(peer.u);
        *ret_peer = peer;
    }
    *ret_fd = fd;
    return 0;
}

int fdk__unix_pair(int type, int flags, int *ret_a, int *ret_b)
{
    int sv[2];
    int kflags = SOCK_CLOEXEC | ((flags & FDK_SOCKET_NONBLOCK) ? SOCK_NONBLOCK : 0);

    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    /* socketpair never waits; the kernel does not report EINTR for it. */
    if (socketpair(AF_UNIX, type | kflags, 0, sv) < 0)
        return FDK__NEG_ERRNO();
    *ret_a = sv[0];
    *ret_b = sv[1];
    return 0;
}

/* ---- the cores of the generated entry points ------------------------------ */

int fdk__unix_listen(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd,
                     struct fdk__unix_bound **ret_bound)
{
    return fdk__unix_open_addr(type, addr, listen_backlog(backlog), flags, ret_fd, ret_bound);
}

int fdk__unix_listen_at(int type, int dirfd, const char *path, int backlog, int flags,
                        mode_t dir_mode, int *ret_fd, struct fdk__unix_bound **ret_bound)
{
    return fdk__unix_open_at(type, dirfd, path, listen_backlog(backlog), flags, dir_mode, ret_fd,
                             ret_bound);
}

int fdk__unix_open(int type, int flags, int *ret_fd)
{
    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    return fdk__unix_new_socket(type, flags, ret_fd);
}

int fdk__unix_peer(int fd, const fdk_sockaddr *addr)
{
    char path[SUN_PATH_SIZE + 1];
    enum addr_kind kind;
    int err;

    if (!addr) {
        /* AF_UNSPEC dissolves the association (connect(2), unix(7)). */
        struct sockaddr unspec;
        memset(&unspec, 0, sizeof(unspec));
        unspec.sa_family = AF_UNSPEC;
        return fdk__unix_connect_socket(fd, &unspec, (socklen_t)sizeof(sa_family_t));
    }
    err = fdk__unix_classify(addr, &kind, path);
    if (err < 0)
        return err;
    if (kind == ADDR_UNNAMED)
        return -EINVAL;
    if (kind == ADDR_PATH)
        return fdk__unix_connect_path(fd, AT_FDCWD, path);
    return fdk__unix_connect_socket(fd, &addr->u.sa, addr->len);
}

int fdk__unix_peer_at(int fd, int dirfd, const char *path)
{
    int err;

    err = fdk__unix_check_dir_path(dirfd, path);
    if (err < 0)
        return err;
    return fdk__unix_connect_path(fd, dirfd, path);
}
