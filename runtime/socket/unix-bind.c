/* SPDX-License-Identifier: MIT */
/*
 * Binding a Unix socket to a path: socket + bind (+ listen), a stale socket
 * file (one no socket is bound to any more) replaced, never a live socket or
 * anything that is not a socket; and the bound-path record
 * (struct fdk__unix_bound) a handle keeps so that its close unlinks the path
 * only while it still is that very socket.  See unix.c for the overview.
 */
#include "fdk-unix.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

/* Write v in hexadecimal at p (at least one digit); return the end. */
static char *put_hex(char *p, uint64_t v)
{
    char tmp[16];
    size_t n = 0;

    do
        tmp[n++] = "0123456789abcdef"[v & 0xf];
    while ((v >>= 4) != 0);
    while (n > 0)
        *p++ = tmp[--n];
    return p;
}

/*
 * The right to remove one stale file, for as long as *ret_fd is open: a
 * socket bound to an abstract name made of the file's device and inode.
 * Abstract names are exclusive (in a network namespace), and the kernel
 * frees one when its socket goes, even if the process dies.
 *
 * Without it, two fdkit callers replacing the same stale file could both
 * check it, and the slower one's unlinkat could land after the faster one
 * had removed the stale file and bound its own socket there: the slower one
 * would remove that live file and bind too, and both would succeed.  With
 * it, the check and the unlinkat of one caller never interleave with
 * another's, so the slower one's check finds the stale file gone.
 *
 * Returns 0 with *ret_fd (-1 when the lock could not be made at all: then
 * we go on without it, as before), or -EADDRINUSE when another caller holds
 * it, which means that caller is replacing the file right now.
 */
static int stale_lock(const struct stat *st, int *ret_fd)
{
    static const char prefix[] = "fdkit-stale-";
    struct sockaddr_un sa;
    char *p;
    int fd, r;

    *ret_fd = -1;
    memset(&sa, 0, sizeof(sa));
    sa.sun_family = AF_UNIX;
    p = sa.sun_path + 1; /* sun_path[0] = '\0': abstract */
    memcpy(p, prefix, sizeof(prefix) - 1);
    p = put_hex(p + sizeof(prefix) - 1, (uint64_t)st->st_dev);
    *p++ = '-';
    p = put_hex(p, (uint64_t)st->st_ino);
    if (fdk__unix_new_socket(SOCK_DGRAM, 0, &fd) < 0)
        return 0;
    r = FDK__RETRY_EINTR(bind(fd, (const struct sockaddr *)&sa, (socklen_t)(p - (char *)&sa)));
    if (r < 0) {
        r = errno;
        fdk__close_quietly(fd);
        return r == EADDRINUSE ? -EADDRINUSE : 0;
    }
    *ret_fd = fd;
    return 0;
}

/*
 * bind() said EADDRINUSE for a path, and st is the identity of the file
 * there, held open by bind_path(): a socket file, and one that existed
 * before our last bind attempt.  Find out whether it is stale, and if so
 * remove it.  Returns 0 when bind should be tried again (the file was
 * removed, or vanished by itself), -EADDRINUSE when the name must stay, or
 * the -errno of a step that failed.
 *
 * Stale means that no socket is bound to the file any more: its process
 * closed it (or died) without unlinking.  Two questions decide it:
 *
 *   1. sock_diag: is any socket of our network namespace bound to it?  This
 *      is the only question that sees a socket that is bound but does not
 *      listen (yet): a server between its bind() and listen(), or another
 *      fdkit listen racing us for the same path.  Yes, or an answer that
 *      cannot be read: leave it.
 *   2. A connect probe with a fresh socket of our type: refused
 *      (ECONNREFUSED) means no socket listens on it in any namespace.  The
 *      probe is non-blocking, so a live listener with a full backlog answers
 *      EAGAIN instead of making us wait; a live socket of another type
 *      answers EPROTOTYPE; permission problems answer EACCES: all "leave
 *      it".  A live listener in another network namespace with room does
 *      get the probe's connection, closed at once (its accept sees
 *      end-of-file).
 *
 * Without sock_diag only the probe is left, and it cannot tell a dead socket
 * from one that is bound but not yet listening: such a socket's file is
 * removed, and its owner ends up listening on a name nobody can reach.  Two
 * fdkit listens racing for one path can then both succeed.  That window --
 * from another server's bind() to its listen() -- is usually microseconds.
 * It also remains, with sock_diag, for a socket of another network namespace
 * (which sock_diag does not show) that is bound but not listening.
 *
 * connect() also refuses a name that is not a socket, which is why the type
 * was checked before (by bind_path()) and the identity is checked after: if
 * the name was replaced meanwhile, the answers are not about the file we
 * would remove, and we back off (the file being held open, its inode number
 * cannot have gone to the replacement).  That last check and the unlinkat
 * happen under stale_lock(), so another fdkit caller replacing the same file
 * cannot slip its new socket in between.  Anyone else can (no "unlink if
 * inode" call exists): it needs another process removing and rebinding that
 * exact name within microseconds.
 */
static int remove_if_stale(int type, int parent, const char *name, const struct sockaddr *sa,
                           socklen_t len, const struct stat *st)
{
    int probe, lock, err;

    err = fdk__unix_diag_query(0, (uint32_t)st->st_ino, NULL);
    if (err < 0)
        return err;
    if (err == DIAG_YES || err == DIAG_UNSURE)
        return -EADDRINUSE;

    /* DIAG_NO (in this namespace) or DIAG_UNAVAILABLE: ask by connecting. */
    err = fdk__unix_new_socket(type, FDK_SOCKET_NONBLOCK, &probe);
    if (err < 0)
        return err;
    err = fdk__unix_connect_socket(probe, sa, len);
    fdk__close_quietly(probe);
    if (err == -ENOENT)
        return 0; /* removed meanwhile: bind again */
    if (err != -ECONNREFUSED)
        return -EADDRINUSE;

    /* Still the file we asked about?  Then it goes. */
    err = stale_lock(st, &lock);
    if (err < 0)
        return err; /* someone else is replacing it */
    err = fdk__unix_unlink_same(parent, name, st);
    fdk__close_quietly(lock);
    return err == 1 ? -EADDRINUSE : err;
}

/* bind() calls of one bind_path(), at most: see there. */
#define BIND_TRIES 4

/*
 * Bind fd through sa, replacing a stale socket once, and return the identity
 * of the file bind created.  (at_fd, at_name) names the same file as sa does
 * -- the caller's path for a direct bind, (parent, name) for the /proc form
 * -- and is what the stale check and the identity use, so that they look at
 * exactly the file bind() looked at.  parent serves the ENOENT diagnosis.
 *
 * On EADDRINUSE the file at the name is opened O_PATH (which any file type
 * allows, without permission on the file and without following a symlink)
 * and its identity read through that descriptor; then bind is tried once
 * more before the stale check.
 *
 * The descriptor pins the file: while it is open, the file's inode cannot be
 * freed, so its inode number cannot be handed to a new file.  Otherwise
 * another caller could remove the stale file and bind a new socket whose
 * file reuses the number (ext4 does that readily), and our "is the name
 * still that file?" check before unlinking would take the new, live file
 * for the stale one.
 *
 * The second bind is a barrier: the kernel's bind creates the socket file
 * and registers the socket as bound to it while holding the directory's
 * lock, and every bind takes that lock, even one that fails.  So once it
 * has failed, whoever created the file we saw has finished binding, and
 * sock_diag sees its socket if it is alive (otherwise a racing bind caught
 * between its mknod and its registration would look unbound, and be
 * removed).  Kernels before the 2021 rework of unix_bind() dropped the lock
 * a few instructions before the registration.
 *
 * At most BIND_TRIES binds, one removal, and no bind after a failed one that
 * followed the removal (someone else was quicker: their socket stays).
 */
static int bind_path(int fd, int type, int at_fd, const char *at_name, const struct sockaddr *sa,
                     socklen_t len, int parent, bool via_proc, struct stat *ret_st)
{
    struct stat st;
    bool removed = false;
    int err, tries, pin = -1;

    for (tries = 1;; tries++) {
        int r;
        r = FDK__RETRY_EINTR(bind(fd, sa, len));
        if (r == 0)
            break;
        err = FDK__NEG_ERRNO();
        if (err == -ENOENT && via_proc)
            err = fdk__unix_proc_enoent(parent);
        if (err != -EADDRINUSE)
            goto out;
        if (removed || tries >= BIND_TRIES)
            goto out;
        if (pin < 0) {
            /*
             * Not a socket (a symlink even to a stale socket included: we
             * remove only what we checked, and this checks the link): leave
             * it.  Gone already: just bind again.
             */
            pin = FDK__RETRY_EINTR(openat(at_fd, at_name, O_PATH | O_NOFOLLOW | O_CLOEXEC));
            if (pin < 0) {
                if (errno == ENOENT)
                    continue;
                err = FDK__NEG_ERRNO();
                goto out;
            }
            if (fstat(pin, &st) < 0) {
                err = FDK__NEG_ERRNO();
                goto out;
            }
            if (!S_ISSOCK(st.st_mode)) {
                err = -EADDRINUSE;
                goto out;
            }
            continue; /* the barrier bind */
        }
        err = remove_if_stale(type, at_fd, at_name, sa, len, &st);
        pin = fdk__close_quietly(pin);
        if (err < 0)
            return err;
        removed = true;
    }
    fdk__close_quietly(pin);
    /*
     * The file exists and is ours.  If this lstat fails we cannot prove which
     * file it is, so it stays: a dead socket, replaced by the next bind.
     */
    if (fdk__unix_stat_at(at_fd, at_name, ret_st, AT_SYMLINK_NOFOLLOW) < 0)
        return FDK__NEG_ERRNO();
    return 0;

out:
    fdk__close_quietly(pin);
    return err;
}

/*
 * The heart of listen_at / bind_at: socket + bind to a path (+ listen when
 * backlog != NO_LISTEN).  On success *ret_fd and *ret_bound (NULL with
 * KEEP_PATH) are written; on failure no descriptor and no memory is left,
 * and the socket file this call created is removed (see the top of the file
 * for the one exception).
 *
 * Order: everything that can fail without side effects (the directory, the
 * address, the memory) comes before socket() and bind(), so the only cleanup
 * after the file exists is for listen() and the final lstat.
 *
 * The identity is the lstat of the name right after bind, confirmed by the
 * kernel (fdk__unix_bound_here(): sock_diag's word on which file our socket is bound
 * to), since the name may already hold someone else's socket.  Unconfirmed,
 * the file is neither removed when listen fails nor recorded for close.
 *
 * The parent directory is opened even for a short path bound directly: its
 * O_PATH descriptor is what close unlinks through, so the handle follows its
 * directory if that is renamed later.  A direct bind resolves the path
 * itself, though, and the directory could have been swapped between the
 * open and the bind (a "current -> release-N" symlink flipped by a deploy):
 * then name in the opened directory is some other file, maybe another
 * process's socket.  So the identity is read through the path as bound and
 * must match what the opened directory holds; if it does not, the handle
 * gets no state (like KEEP_PATH) rather than one that could unlink a
 * stranger's socket.
 */
static int open_bound(int type, int dirfd, const char *path, int backlog, int flags,
                      mode_t dir_mode, int *ret_fd, struct fdk__unix_bound **ret_bound)
{
    char dir[PATH_MAX];
    const char *name;
    struct sockaddr_un sa;
    socklen_t len;
    struct fdk__unix_bound *b = NULL;
    struct fdk__unix_diag diag = {.nl = -1, .buf = NULL};
    struct stat st = {0}, mine;
    bool via_proc, ours = false;
    int parent = -1, fd = -1, at_fd, err;
    const char *at_name;

    err = fdk__unix_split_path(path, dir, &name);
    if (err < 0)
        return err;
    via_proc = !fdk__unix_path_direct(dirfd, path);
    if (via_proc && strlen(name) > PROC_NAME_MAX)
        return -ENAMETOOLONG;
    err = fdk__unix_open_parent(dirfd, dir, (flags & FDK_SOCKET_MKDIR) != 0, dir_mode, &parent);
    if (err < 0)
        return err;

    if (via_proc) {
        err = fdk__unix_proc_addr(parent, name, &sa, &len);
        if (err < 0)
            goto fail;
        at_fd = parent;
        at_name = name;
    } else {
        fdk__unix_path_addr(path, &sa, &len);
        at_fd = dirfd; /* AT_FDCWD, or ignored for an absolute path */
        at_name = path;
    }

    if (!(flags & FDK_SOCKET_KEEP_PATH)) {
        b = malloc(sizeof(*b) + strlen(name) + 1);
        if (!b) {
            err = -ENOMEM;
            goto fail;
        }
    }

    /*
     * The identity check after bind needs a netlink socket: opened now, so
     * that a descriptor table with room for the socket but not for it fails
     * here, before any file exists, instead of leaving the check undone.
     */
    if (b || backlog != NO_LISTEN) {
        err = fdk__unix_diag_open(&diag);
        if (err < 0)
            goto fail;
    }

    err = fdk__unix_new_socket(type, flags, &fd);
    if (err < 0)
        goto fail;
    err = bind_path(fd, type, at_fd, at_name, (const struct sockaddr *)&sa, len, parent, via_proc,
                    &st);
    if (err < 0)
        goto fail;
    /* Only a file proven ours is ever unlinked: after a failed listen, or on close. */
    if (b || backlog != NO_LISTEN) {
        err = fdk__unix_bound_here(&diag, fd, &st);
        fdk__unix_diag_close(&diag);
        if (err < 0)
            goto fail; /* not even asked (no memory): the unproven file stays, a dead socket */
        ours = err == 1;
    }
    if (backlog != NO_LISTEN && listen(fd, backlog) < 0) {
        err = FDK__NEG_ERRNO();
        if (ours)
            fdk__unix_unlink_if_same(at_fd, at_name, st.st_dev, st.st_ino);
        goto fail;
    }

    if (b && !ours) {
        free(b); /* the name is not (provably) our socket's file: no unlink on close */
        b = NULL;
    }
    if (b && !via_proc &&
        (fdk__unix_stat_at(parent, name, &mine, AT_SYMLINK_NOFOLLOW) < 0 ||
         mine.st_dev != st.st_dev || mine.st_ino != st.st_ino)) {
        free(b); /* the opened directory is not where we bound: no unlink on close */
        b = NULL;
    }
    if (b) {
        b->dirfd = parent;
        b->dev = st.st_dev;
        b->ino = st.st_ino;
        strcpy(b->name, name);
    } else {
        fdk__close_quietly(parent); /* KEEP_PATH: nothing to unlink later, nothing to keep */
    }
    *ret_fd = fd;
    *ret_bound = b;
    return 0;

fail:
    fdk__unix_diag_close(&diag);
    fdk__close_quietly(fd);
    fdk__close_quietly(parent);
    free(b);
    return err;
}

/* socket + bind (+ listen) for an abstract or unnamed (autobind) address. */
static int open_nameless(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd)
{
    int fd, r, err;

    err = fdk__unix_new_socket(type, flags, &fd);
    if (err < 0)
        return err;
    r = FDK__RETRY_EINTR(bind(fd, &addr->u.sa, addr->len));
    if (r == 0 && backlog != NO_LISTEN)
        r = listen(fd, backlog);
    if (r < 0) {
        err = FDK__NEG_ERRNO();
        fdk__close_quietly(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

/* listen/bind with an fdk_sockaddr: a path goes the `_at` way from the cwd. */
int fdk__unix_open_addr(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd,
                        struct fdk__unix_bound **ret_bound)
{
    char path[SUN_PATH_SIZE + 1];
    enum addr_kind kind;
    int err;

    err = fdk__unix_classify(addr, &kind, path);
    if (err < 0)
        return err;
    if (flags & ~BIND_FLAGS)
        return -EINVAL;
    if (kind == ADDR_PATH)
        return open_bound(type, AT_FDCWD, path, backlog, flags, 0755, ret_fd, ret_bound);
    err = open_nameless(type, addr, backlog, flags, ret_fd);
    if (err == 0)
        *ret_bound = NULL;
    return err;
}

int fdk__unix_open_at(int type, int dirfd, const char *path, int backlog, int flags,
                      mode_t dir_mode, int *ret_fd, struct fdk__unix_bound **ret_bound)
{
    int err = fdk__unix_check_dir_path(dirfd, path);

    if (err < 0)
        return err;
    if (flags & ~BIND_FLAGS)
        return -EINVAL;
    if (dir_mode & ~(mode_t)07777)
        return -EINVAL;
    return open_bound(type, dirfd, path, backlog, flags, dir_mode, ret_fd, ret_bound);
}

/* Free a bound handle's state; with unlink, remove its path first. */
static void bound_free(struct fdk__unix_bound *b, bool unlink)
{
    if (!b)
        return;
    if (unlink)
        fdk__unix_unlink_if_same(b->dirfd, b->name, b->dev, b->ino);
    fdk__close_quietly(b->dirfd);
    free(b);
}

/*
 * Close of a handle with state: unlink the path first (so no client can
 * reach a name whose socket is going away), then close the socket, never
 * retried (EINTR means closed).  The handle is emptied before anything can
 * fail.  An fd of -1 means closed already: a no-op (state left by a caller
 * who emptied fd by hand is freed, without unlinking).
 */
int fdk__unix_close_bound(int *fdp, struct fdk__unix_bound **bp)
{
    int fd = *fdp;
    struct fdk__unix_bound *b = *bp;

    *fdp = -1;
    *bp = NULL;
    bound_free(b, fd >= 0);
    if (fd < 0)
        return 0;
    if (close(fd) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk__unix_release_bound(int *fdp, struct fdk__unix_bound **bp)
{
    int fd = *fdp;

    bound_free(*bp, false);
    *fdp = -1;
    *bp = NULL;
    return fd;
}
