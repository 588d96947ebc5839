/* SPDX-License-Identifier: MIT */
/*
 * The cores of fdkit's Unix domain sockets, shared by the files of
 * runtime/socket/ that implement them (the overview is at the top of
 * unix.c):
 *
 *   unix-path.c  addresses and paths: sorting an fdk_sockaddr, splitting a
 *                path, the parent directory opened O_PATH (created on
 *                request), the "/proc/self/fd/<n>/<name>" form for paths
 *                sun_path cannot hold, connect by path, unlink by identity;
 *   unix-diag.c  asking the kernel (sock_diag) which sockets are bound where;
 *   unix-bind.c  bind with stale-socket replacement, and the bound-path
 *                record a handle keeps to unlink its path on close;
 *   unix.c       the constructors' cores (listen, bind, connect, accept,
 *                pair) that the public entry points call.
 *
 * Internal: not installed, names use the fdk__ prefix, and the version
 * script (generated/src/fdkit.map) keeps every fdk__ symbol out of the
 * library's exports.
 */
#ifndef FDK_UNIX_INTERNAL_H
#define FDK_UNIX_INTERNAL_H

#include "fdk-internal.h"

#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>

#include <fdkit/socket.h>

/* What a bound handle needs to unlink its path, and only its path, on close. */
struct fdk__unix_bound {
    int dirfd; /* the parent directory, O_PATH | O_CLOEXEC, owned */
    dev_t dev; /* identity of the socket file bind() created */
    ino_t ino;
    char name[]; /* its name in dirfd, NUL-terminated */
};

#define SUN_OFFSET    offsetof(struct sockaddr_un, sun_path)
#define SUN_PATH_SIZE sizeof(((struct sockaddr_un *)0)->sun_path)
/* The longest path sun_path holds with its terminating NUL. */
#define SUN_PATH_MAX (SUN_PATH_SIZE - 1)

/*
 * The longest name "/proc/self/fd/<n>/<name>" can reach in sun_path, with a
 * one-digit n.  Checked before anything is created, so a name that can never
 * fit does not leave directories made by FDK_SOCKET_MKDIR behind.
 */
#define PROC_NAME_MAX (SUN_PATH_MAX - (sizeof("/proc/self/fd/") - 1) - 2)

/* Flags of the constructors that bind nothing (connect, pair, open). */
#define PLAIN_FLAGS (FDK_SOCKET_NONBLOCK | FDK_SOCKET_CLOEXEC)
/*
 * Flags of listen and bind.  MKDIR and KEEP_PATH are accepted (and do
 * nothing) with an abstract or autobind address too: an address that comes
 * from configuration may be either kind, and neither bit asks for anything
 * such an address cannot give.  REUSEADDR / REUSEPORT mean nothing for
 * AF_UNIX, V6ONLY is IPv6's: -EINVAL.
 */
#define BIND_FLAGS (PLAIN_FLAGS | FDK_SOCKET_MKDIR | FDK_SOCKET_KEEP_PATH)

/*
 * backlog value that means "bind only" for open_bound() and open_nameless().
 * The public listen functions turn every negative backlog into SOMAXCONN
 * (listen_backlog()) before they get here, so no caller's value can be taken
 * for it.
 */
#define NO_LISTEN INT_MIN

enum addr_kind { ADDR_PATH, ADDR_ABSTRACT, ADDR_UNNAMED };

/*
 * fstatat that retries EINTR.  The calls that touch the file system (stat,
 * mkdir, unlink, bind and connect to a path, open) can report EINTR when
 * the file system is FUSE or NFS and a signal interrupts the request; they
 * do not wait for an event, so they are retried.  socket(), socketpair()
 * and listen() never report it and are not looped.
 */
static inline int fdk__unix_stat_at(int dirfd, const char *name, struct stat *st, int flags)
{
    int r;

    r = FDK__RETRY_EINTR(fstatat(dirfd, name, st, flags));
    return r;
}

static inline int fdk__unix_new_socket(int type, int flags, int *ret_fd)
{
    int kflags = SOCK_CLOEXEC | ((flags & FDK_SOCKET_NONBLOCK) ? SOCK_NONBLOCK : 0);
    /* socket() never waits; the kernel does not report EINTR for it. */
    int fd = socket(AF_UNIX, type | kflags, 0);

    if (fd < 0)
        return FDK__NEG_ERRNO();
    *ret_fd = fd;
    return 0;
}

/* ---- unix-path.c --------------------------------------------------------- */

/*
 * Sort a caller's address into path / abstract / unnamed.  For a path, copy
 * it NUL-terminated into path (SUN_PATH_SIZE + 1 bytes): sun_path may be
 * full, without a terminator.
 */
int fdk__unix_classify(const fdk_sockaddr *a, enum addr_kind *kind, char *path);

/*
 * Arguments every `_at` function takes: dirfd and path, in that order.  A
 * path that ends in a slash names a directory, never a socket: -EINVAL
 * (fdk__unix_split_path() relies on this).
 */
int fdk__unix_check_dir_path(int dirfd, const char *path);

/*
 * Split path into its directory (copied to dir, PATH_MAX bytes; "." when
 * there is no slash) and its last component (*ret_name points into path;
 * never empty: the callers refused a trailing slash).
 */
int fdk__unix_split_path(const char *path, char *dir, const char **ret_name);

/*
 * Open the directory a socket lives in, O_PATH; with mkdir, a missing
 * directory is created first (each with mode, less the umask).
 */
int fdk__unix_open_parent(int dirfd, char *dir, bool mkdir, mode_t mode, int *ret_fd);

/*
 * The sockaddr that reaches `name` in directory fd `parent`:
 * "/proc/self/fd/<parent>/<name>"; -ENAMETOOLONG when even that does not fit.
 */
int fdk__unix_proc_addr(int parent, const char *name, struct sockaddr_un *sa, socklen_t *ret_len);

/* A plain path address (len <= SUN_PATH_MAX), with the exact length. */
void fdk__unix_path_addr(const char *path, struct sockaddr_un *sa, socklen_t *ret_len);

/* Whether path can go into sun_path as it is (it fits and means the same without dirfd). */
bool fdk__unix_path_direct(int dirfd, const char *path);

/*
 * The error of a bind or connect through "/proc/self/fd/<n>/..." that failed
 * with ENOENT: -ENAMETOOLONG when /proc is missing, else -ENOENT.
 */
int fdk__unix_proc_enoent(int parent);

/* connect() of an AF_UNIX socket, asked again after EINTR (see there). */
int fdk__unix_connect_socket(int fd, const struct sockaddr *sa, socklen_t len);

/* Connect fd to path (relative to dirfd), of any length up to PATH_MAX. */
int fdk__unix_connect_path(int fd, int dirfd, const char *path);

/*
 * Unlink name in dirfd if it still is the socket file with identity id: 0
 * when the name is gone, 1 when it now is something else (left alone), or
 * -errno.
 */
int fdk__unix_unlink_same(int dirfd, const char *name, const struct stat *id);

/* fdk__unix_unlink_same(), best effort, errno kept: for error paths and close. */
void fdk__unix_unlink_if_same(int dirfd, const char *name, dev_t dev, ino_t ino);

/* ---- unix-diag.c --------------------------------------------------------- */

enum diag_answer {
    DIAG_NO = 0,          /* not bound (to that file) */
    DIAG_YES = 1,         /* bound (to that file) */
    DIAG_UNAVAILABLE = 2, /* sock_diag cannot answer on this system: fall back */
    DIAG_UNSURE = 3,      /* an answer that could not be read: decide nothing */
    DIAG_MORE = 4         /* (internal) this message did not settle it: read on */
};

/*
 * A netlink socket (and its receive buffer) for unix_diag, opened before the
 * step whose answer it must give: the query after bind() then cannot fail
 * for want of a descriptor or memory.  nl is -1 when sock_diag is
 * unavailable here (then every query answers DIAG_UNAVAILABLE).
 */
struct fdk__unix_diag {
    int nl;
    unsigned char *buf;
};

/* 0 (d ready, or d->nl == -1: unavailable) or -errno (EMFILE, ENFILE, ENOMEM...). */
int fdk__unix_diag_open(struct fdk__unix_diag *d);

/* Close d's socket and free its buffer; d may be closed twice. */
void fdk__unix_diag_close(struct fdk__unix_diag *d);

/*
 * Ask unix_diag through d (one query per d).  sock_ino == 0: is any socket
 * of this network namespace bound to a file with inode number file_ino?
 * sock_ino != 0: which file is that socket bound to (*ret_vfs_ino)?  A
 * diag_answer or -errno.
 */
int fdk__unix_diag_ask(struct fdk__unix_diag *d, uint32_t sock_ino, uint32_t file_ino,
                       uint32_t *ret_vfs_ino);

/* fdk__unix_diag_ask() on a channel opened and closed for this one query. */
int fdk__unix_diag_query(uint32_t sock_ino, uint32_t file_ino, uint32_t *ret_vfs_ino);

/*
 * After bind: is st (the lstat of the name we bound) the file socket fd is
 * bound to?  1 proven, 0 not proven (another file, or an answer that could
 * not be read), -errno when the question could not be asked.  d is the
 * channel opened before the bind; it is used up.
 */
int fdk__unix_bound_here(struct fdk__unix_diag *d, int fd, const struct stat *st);

/* ---- unix-bind.c --------------------------------------------------------- */

/*
 * listen/bind with an fdk_sockaddr (socket + bind, + listen unless backlog
 * is NO_LISTEN): a path goes the `_at` way from the cwd.
 */
int fdk__unix_open_addr(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd,
                        struct fdk__unix_bound **ret_bound);

/* listen/bind on a path relative to dirfd. */
int fdk__unix_open_at(int type, int dirfd, const char *path, int backlog, int flags,
                      mode_t dir_mode, int *ret_fd, struct fdk__unix_bound **ret_bound);

/*
 * Close of a handle with state: unlink the path first, then close the
 * socket, never retried.  An fd of -1 means closed already: a no-op.
 */
int fdk__unix_close_bound(int *fdp, struct fdk__unix_bound **bp);

/* Release of a handle with state: free it without unlinking; return the fd. */
int fdk__unix_release_bound(int *fdp, struct fdk__unix_bound **bp);

/* ---- unix.c: the cores of the generated entry points (spec/socket.yaml, impl: core) */

/* listen on addr; a negative backlog means SOMAXCONN. */
int fdk__unix_listen(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd,
                     struct fdk__unix_bound **ret_bound);
int fdk__unix_listen_at(int type, int dirfd, const char *path, int backlog, int flags,
                        mode_t dir_mode, int *ret_fd, struct fdk__unix_bound **ret_bound);
/* accept4 with CLOEXEC; ECONNABORTED retried, EINTR handed back. */
int fdk__unix_accept(int lfd, int flags, fdk_sockaddr *ret_peer, int *ret_fd);
/* socket + connect to addr (path or abstract), or to path relative to dirfd. */
int fdk__unix_connect(int type, const fdk_sockaddr *addr, int flags, int *ret_fd);
int fdk__unix_connect_at(int type, int dirfd, const char *path, int flags, int *ret_fd);
/* socketpair with CLOEXEC. */
int fdk__unix_pair(int type, int flags, int *ret_a, int *ret_b);
/* an unbound socket. */
int fdk__unix_open(int type, int flags, int *ret_fd);
/* connect fd to addr (NULL: dissolve the association), or to path relative to dirfd. */
int fdk__unix_peer(int fd, const fdk_sockaddr *addr);
int fdk__unix_peer_at(int fd, int dirfd, const char *path);

#endif
