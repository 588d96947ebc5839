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
 *   - a stale socket file (one nobody listens on any more) replaced, while a
 *     live socket, and anything that is not a socket, is never touched;
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
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

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

/* backlog value that means "bind only" for open_bound(). */
#define NO_LISTEN INT_MIN

enum addr_kind { ADDR_PATH, ADDR_ABSTRACT, ADDR_UNNAMED };

/*
 * Close a descriptor this file opened and is now giving up: once, never
 * retried (Linux frees the descriptor even when close reports EINTR, and a
 * retry could close a descriptor another thread just got), and errno is
 * left as the failure being reported set it.
 */
static void drop_fd(int fd)
{
    int saved = errno;
    close(fd);
    errno = saved;
}

/*
 * fstatat that retries EINTR.  The calls that touch the file system (stat,
 * mkdir, unlink, bind and connect to a path, open) can report EINTR when
 * the file system is FUSE or NFS and a signal interrupts the request; they
 * do not wait for an event, so they are retried.  socket(), socketpair()
 * and listen() never report it and are not looped.
 */
static int stat_at(int dirfd, const char *name, struct stat *st, int flags)
{
    int r;

    do
        r = fstatat(dirfd, name, st, flags);
    while (r < 0 && errno == EINTR);
    return r;
}

static int new_socket(int type, int flags, int *ret_fd)
{
    int kflags = SOCK_CLOEXEC | ((flags & FDK_SOCKET_NONBLOCK) ? SOCK_NONBLOCK : 0);
    /* socket() never waits; the kernel does not report EINTR for it. */
    int fd = socket(AF_UNIX, type | kflags, 0);

    if (fd < 0)
        return FDK__NERRNO();
    *ret_fd = fd;
    return 0;
}

/*
 * Sort a caller's address into path / abstract / unnamed.  For a path, copy
 * it NUL-terminated into path (SUN_PATH_SIZE + 1 bytes): sun_path may be
 * full, without a terminator.
 */
static int classify(const fdk_sockaddr *a, enum addr_kind *kind, char *path)
{
    size_t n;

    if (!a || a->len < sizeof(sa_family_t))
        return -EINVAL; /* no address at all (len 0), or not even a family */
    if (a->u.sa.sa_family != AF_UNIX)
        return -EAFNOSUPPORT;
    if (a->len > sizeof(struct sockaddr_un))
        return -EINVAL;
    if (a->len == SUN_OFFSET) {
        *kind = ADDR_UNNAMED;
        return 0;
    }
    n = a->len - SUN_OFFSET;
    if (a->u.un.sun_path[0] == '\0') {
        /* A NUL and nothing after it would be an empty abstract name. */
        if (n < 2)
            return -EINVAL;
        *kind = ADDR_ABSTRACT;
        return 0;
    }
    n = strnlen(a->u.un.sun_path, n);
    if (a->u.un.sun_path[n - 1] == '/')
        return -EINVAL; /* names a directory, never a socket */
    memcpy(path, a->u.un.sun_path, n);
    path[n] = '\0';
    *kind = ADDR_PATH;
    return 0;
}

/*
 * Arguments every `_at` function takes: dirfd and path, in that order.  A
 * path that ends in a slash names a directory, never a socket: -EINVAL
 * (split_path() relies on this).
 */
static int check_dir_path(int dirfd, const char *path)
{
    size_t n;

    if (dirfd < 0 && dirfd != AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    n = strnlen(path, PATH_MAX);
    if (n == 0)
        return -EINVAL;
    if (n == PATH_MAX)
        return -ENAMETOOLONG; /* PATH_MAX counts the terminating NUL */
    if (path[n - 1] == '/')
        return -EINVAL; /* names a directory, never a socket */
    return 0;
}

/*
 * Split path into its directory (copied to dir, PATH_MAX bytes; "." when
 * there is no slash) and its last component (*ret_name points into path;
 * never empty: the callers refused a trailing slash).
 */
static int split_path(const char *path, char *dir, const char **ret_name)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    size_t dlen;

    if (*name == '\0')
        return -EINVAL;
    if (strlen(name) > NAME_MAX)
        return -ENAMETOOLONG;
    if (!slash) {
        dir[0] = '.';
        dir[1] = '\0';
    } else {
        dlen = (size_t)(slash - path);
        if (dlen == 0)
            dlen = 1; /* "/name": the directory is "/" */
        memcpy(dir, path, dlen);
        dir[dlen] = '\0';
    }
    *ret_name = name;
    return 0;
}

/*
 * mkdir -p for dir (relative to dirfd), with mode for each directory it
 * creates (the umask applies, as for mkdir).  Directories that exist are
 * left alone; EEXIST is also what a concurrent creator causes, and is fine.
 * A component that exists but is not a directory shows up as ENOTDIR from
 * the next step.  dir is modified while working and restored.
 */
static int make_parents(int dirfd, char *dir, mode_t mode)
{
    size_t i, len = strlen(dir);

    for (i = 1; i <= len; i++) {
        char c = dir[i];
        int r;

        if (c != '/' && c != '\0')
            continue;
        if (dir[i - 1] == '/')
            continue; /* "a//b": the empty component is nothing to create */
        dir[i] = '\0';
        do
            r = mkdirat(dirfd, dir, mode);
        while (r < 0 && errno == EINTR);
        dir[i] = c;
        if (r < 0 && errno != EEXIST)
            return FDK__NERRNO();
    }
    return 0;
}

/*
 * Open the directory a socket lives in, O_PATH: enough to name things in it
 * (bind, connect and unlinkat through it) without read permission.  With
 * mkdir, a missing directory is created first (only then: the common case
 * costs one openat).
 */
static int open_parent(int dirfd, char *dir, bool mkdir, mode_t mode, int *ret_fd)
{
    int fd = -1, err;

    for (;;) {
        do
            fd = openat(dirfd, dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
        while (fd < 0 && errno == EINTR);
        if (fd >= 0)
            break;
        if (errno != ENOENT || !mkdir)
            return FDK__NERRNO();
        err = make_parents(dirfd, dir, mode);
        if (err < 0)
            return err;
        mkdir = false; /* created: a second ENOENT (removed again) is final */
    }
    *ret_fd = fd;
    return 0;
}

/*
 * Write the decimal form of v (>= 0) at p; return the end.  By hand rather
 * than snprintf: no locale, no stdio in this path.
 */
static char *put_uint(char *p, unsigned v)
{
    char tmp[16];
    size_t n = 0;

    do
        tmp[n++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (n > 0)
        *p++ = tmp[--n];
    return p;
}

/*
 * The sockaddr that reaches `name` in directory fd `parent`:
 * "/proc/self/fd/<parent>/<name>".  The kernel resolves the magic link to
 * the directory itself, whatever its path, so this works for paths of any
 * length and for directories that were renamed.  -ENAMETOOLONG when even
 * this does not fit in sun_path (a name of more than about 90 bytes).
 */
static int proc_addr(int parent, const char *name, struct sockaddr_un *sa, socklen_t *ret_len)
{
    static const char prefix[] = "/proc/self/fd/";
    char buf[sizeof(prefix) + 16 + NAME_MAX + 1];
    size_t nlen = strlen(name), len;
    char *p;

    memcpy(buf, prefix, sizeof(prefix) - 1);
    p = put_uint(buf + sizeof(prefix) - 1, (unsigned)parent);
    *p++ = '/';
    len = (size_t)(p - buf) + nlen;
    if (len > SUN_PATH_MAX)
        return -ENAMETOOLONG;
    memset(sa, 0, sizeof(*sa));
    sa->sun_family = AF_UNIX;
    memcpy(sa->sun_path, buf, (size_t)(p - buf));
    memcpy(sa->sun_path + (p - buf), name, nlen);
    *ret_len = (socklen_t)(SUN_OFFSET + len + 1);
    return 0;
}

/* A plain path address (len <= SUN_PATH_MAX), with the exact length. */
static void path_addr(const char *path, struct sockaddr_un *sa, socklen_t *ret_len)
{
    size_t len = strlen(path);

    memset(sa, 0, sizeof(*sa));
    sa->sun_family = AF_UNIX;
    memcpy(sa->sun_path, path, len);
    *ret_len = (socklen_t)(SUN_OFFSET + len + 1);
}

/*
 * Whether path can go into sun_path as it is: it fits, and it means the same
 * without dirfd (dirfd is the cwd, or the path is absolute).
 */
static bool path_direct(int dirfd, const char *path)
{
    return strlen(path) <= SUN_PATH_MAX && (dirfd == AT_FDCWD || path[0] == '/');
}

/*
 * A bind or connect through "/proc/self/fd/<n>/..." failed with ENOENT.  If
 * /proc itself is missing (a chroot, an early-boot system), that is the
 * reason, and the honest error is that the path cannot be expressed:
 * -ENAMETOOLONG.  Otherwise the ENOENT is real.
 */
static int proc_enoent(int parent)
{
    struct sockaddr_un probe;
    socklen_t unused;
    struct stat st;

    /* "/proc/self/fd/<n>/." would do; reuse proc_addr to format it. */
    if (proc_addr(parent, ".", &probe, &unused) < 0)
        return -ENAMETOOLONG;
    if (stat_at(AT_FDCWD, probe.sun_path, &st, 0) < 0)
        return -ENAMETOOLONG;
    return -ENOENT;
}

/*
 * connect() for a socket this file created or was lent.  An AF_UNIX connect
 * waits only for room in the listener's backlog, and a signal ends that wait
 * with nothing done: Linux returns EINTR before it links the two sockets, so
 * the socket is as unconnected as before and the right move is to ask again.
 * The TCP recipe (poll for POLLOUT, then read SO_ERROR) would be wrong here:
 * an unconnected Unix socket polls writable at once and has no pending
 * error, so it would pass for connected.  Should a kernel ever finish the
 * interrupted attempt after all, the retry reports EISCONN: success.
 */
static int connect_socket(int fd, const struct sockaddr *sa, socklen_t len)
{
    bool retried = false;

    while (connect(fd, sa, len) < 0) {
        if (errno == EISCONN && retried)
            return 0;
        if (errno != EINTR)
            return FDK__NERRNO();
        retried = true;
    }
    return 0;
}

/*
 * Connect fd to path (relative to dirfd).  Short paths go straight into
 * sun_path; others through the parent directory, opened just for this.
 */
static int connect_path(int fd, int dirfd, const char *path)
{
    char dir[PATH_MAX];
    const char *name;
    struct sockaddr_un sa;
    socklen_t len;
    int parent = -1, err;

    if (path_direct(dirfd, path)) {
        path_addr(path, &sa, &len);
        return connect_socket(fd, (const struct sockaddr *)&sa, len);
    }
    err = split_path(path, dir, &name);
    if (err < 0)
        return err;
    if (strlen(name) > PROC_NAME_MAX)
        return -ENAMETOOLONG;
    err = open_parent(dirfd, dir, false, 0, &parent);
    if (err < 0)
        return err;
    err = proc_addr(parent, name, &sa, &len);
    if (err == 0) {
        err = connect_socket(fd, (const struct sockaddr *)&sa, len);
        if (err == -ENOENT)
            err = proc_enoent(parent);
    }
    drop_fd(parent);
    return err;
}

/*
 * Unlink name in dirfd if it still is the socket file with identity id
 * (S_ISSOCK, same device and inode): never a file of another type, never a
 * socket someone else bound there since.  Returns 0 when the name is gone
 * (unlinked here, or not there at all), 1 when it now is something else
 * (left alone), or -errno.  An interrupted unlink may or may not have
 * happened, and a blind retry could remove a socket bound in between; so
 * after EINTR the identity is checked again before the next attempt.
 */
static int unlink_same(int dirfd, const char *name, const struct stat *id)
{
    struct stat st;

    for (;;) {
        if (stat_at(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            return errno == ENOENT ? 0 : FDK__NERRNO();
        if (!S_ISSOCK(st.st_mode) || st.st_dev != id->st_dev || st.st_ino != id->st_ino)
            return 1;
        if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
            return 0;
        if (errno != EINTR)
            return FDK__NERRNO();
    }
}

/*
 * Error paths and close: remove our own socket file, best effort.  A failure
 * leaves a dead socket file behind, which the next bind of that path
 * replaces as stale.  errno is kept.
 */
static void unlink_if_same(int dirfd, const char *name, dev_t dev, ino_t ino)
{
    int saved = errno;
    struct stat id;

    id.st_dev = dev;
    id.st_ino = ino;
    (void)unlink_same(dirfd, name, &id);
    errno = saved;
}

/*
 * bind() said EADDRINUSE for a path.  Find out whether the file there is a
 * stale socket, and if so remove it.  Returns 0 when bind should be tried
 * again (the file was removed, or vanished by itself), -EADDRINUSE when the
 * name must stay (a live socket, something that is not a socket, a symlink
 * even to a stale socket: we remove only what we checked, and lstat checks
 * the link), or the -errno of a step that failed.
 *
 * Stale means: a socket file, and connecting a fresh socket of the same type
 * to it is refused (ECONNREFUSED: no socket is bound to that inode any more).
 * The probe is non-blocking, so a live listener with a full backlog answers
 * EAGAIN instead of making us wait; a live socket of another type answers
 * EPROTOTYPE; permission problems answer EACCES: all "leave it".  A live
 * listener with room does get the probe's connection, closed at once (its
 * accept sees end-of-file): the price of asking the kernel instead of
 * guessing.
 *
 * connect() also refuses a name that is not a socket, which is why the type
 * is checked before (lstat) and the identity after: if the name was replaced
 * between the first check and the probe, the probe's answer is not about the
 * file we would remove, and we back off.  A replacement between the second
 * check and unlinkat cannot be excluded (no "unlink if inode" call exists);
 * it needs another process rebinding that exact name within microseconds.
 */
static int remove_if_stale(int type, int parent, const char *name, const struct sockaddr *sa,
                           socklen_t len)
{
    struct stat st;
    int probe, err;

    if (stat_at(parent, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        return errno == ENOENT ? 0 : FDK__NERRNO();
    if (!S_ISSOCK(st.st_mode))
        return -EADDRINUSE;

    err = new_socket(type, FDK_SOCKET_NONBLOCK, &probe);
    if (err < 0)
        return err;
    err = connect_socket(probe, sa, len);
    drop_fd(probe);
    if (err == -ENOENT)
        return 0; /* removed meanwhile: bind again */
    if (err != -ECONNREFUSED)
        return -EADDRINUSE;

    /* Still the file the probe was refused by?  Then it goes. */
    err = unlink_same(parent, name, &st);
    return err == 1 ? -EADDRINUSE : err;
}

/*
 * Bind fd through sa, replacing a stale socket once, and return the identity
 * of the file bind created.  (at_fd, at_name) names the same file as sa does
 * -- the caller's path for a direct bind, (parent, name) for the /proc form
 * -- and is what the stale check and the identity use, so that they look at
 * exactly the file bind() looked at.  parent serves the ENOENT diagnosis.
 */
static int bind_path(int fd, int type, int at_fd, const char *at_name, const struct sockaddr *sa,
                     socklen_t len, int parent, bool via_proc, struct stat *ret_st)
{
    int err, attempt;

    for (attempt = 0;; attempt++) {
        int r;
        do
            r = bind(fd, sa, len);
        while (r < 0 && errno == EINTR);
        if (r == 0)
            break;
        err = FDK__NERRNO();
        if (err == -ENOENT && via_proc)
            return proc_enoent(parent);
        if (err != -EADDRINUSE || attempt > 0)
            return err;
        err = remove_if_stale(type, at_fd, at_name, sa, len);
        if (err < 0)
            return err;
    }
    /*
     * The file exists and is ours.  If this lstat fails we cannot prove which
     * file it is, so it stays: a dead socket, replaced by the next bind.
     */
    if (stat_at(at_fd, at_name, ret_st, AT_SYMLINK_NOFOLLOW) < 0)
        return FDK__NERRNO();
    return 0;
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
    struct stat st = {0}, mine;
    bool via_proc;
    int parent = -1, fd = -1, at_fd, err;
    const char *at_name;

    err = split_path(path, dir, &name);
    if (err < 0)
        return err;
    via_proc = !path_direct(dirfd, path);
    if (via_proc && strlen(name) > PROC_NAME_MAX)
        return -ENAMETOOLONG;
    err = open_parent(dirfd, dir, (flags & FDK_SOCKET_MKDIR) != 0, dir_mode, &parent);
    if (err < 0)
        return err;

    if (via_proc) {
        err = proc_addr(parent, name, &sa, &len);
        if (err < 0)
            goto fail;
        at_fd = parent;
        at_name = name;
    } else {
        path_addr(path, &sa, &len);
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

    err = new_socket(type, flags, &fd);
    if (err < 0)
        goto fail;
    err = bind_path(fd, type, at_fd, at_name, (const struct sockaddr *)&sa, len, parent, via_proc,
                    &st);
    if (err < 0)
        goto fail;
    if (backlog != NO_LISTEN && listen(fd, backlog < 0 ? SOMAXCONN : backlog) < 0) {
        err = FDK__NERRNO();
        unlink_if_same(at_fd, at_name, st.st_dev, st.st_ino);
        goto fail;
    }

    if (b && !via_proc &&
        (stat_at(parent, name, &mine, AT_SYMLINK_NOFOLLOW) < 0 || mine.st_dev != st.st_dev ||
         mine.st_ino != st.st_ino)) {
        free(b); /* the opened directory is not where we bound: no unlink on close */
        b = NULL;
    }
    if (b) {
        b->dirfd = parent;
        b->dev = st.st_dev;
        b->ino = st.st_ino;
        strcpy(b->name, name);
    } else {
        drop_fd(parent); /* KEEP_PATH: nothing to unlink later, nothing to keep */
    }
    *ret_fd = fd;
    *ret_bound = b;
    return 0;

fail:
    if (fd >= 0)
        drop_fd(fd);
    drop_fd(parent);
    free(b);
    return err;
}

/* socket + bind (+ listen) for an abstract or unnamed (autobind) address. */
static int open_nameless(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd)
{
    int fd, r, err;

    err = new_socket(type, flags, &fd);
    if (err < 0)
        return err;
    do
        r = bind(fd, &addr->u.sa, addr->len);
    while (r < 0 && errno == EINTR);
    if (r == 0 && backlog != NO_LISTEN)
        r = listen(fd, backlog < 0 ? SOMAXCONN : backlog);
    if (r < 0) {
        err = FDK__NERRNO();
        drop_fd(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

/* listen/bind with an fdk_sockaddr: a path goes the `_at` way from the cwd. */
static int open_addr(int type, const fdk_sockaddr *addr, int backlog, int flags, int *ret_fd,
                     struct fdk__unix_bound **ret_bound)
{
    char path[SUN_PATH_SIZE + 1];
    enum addr_kind kind;
    int err;

    err = classify(addr, &kind, path);
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

static int open_at(int type, int dirfd, const char *path, int backlog, int flags, mode_t dir_mode,
                   int *ret_fd, struct fdk__unix_bound **ret_bound)
{
    int err = check_dir_path(dirfd, path);

    if (err < 0)
        return err;
    if (flags & ~BIND_FLAGS)
        return -EINVAL;
    if (dir_mode & ~(mode_t)07777)
        return -EINVAL;
    return open_bound(type, dirfd, path, backlog, flags, dir_mode, ret_fd, ret_bound);
}

/* socket + connect with an fdk_sockaddr (path or abstract; unnamed is no target). */
static int connect_new(int type, const fdk_sockaddr *addr, int flags, int *ret_fd)
{
    char path[SUN_PATH_SIZE + 1];
    enum addr_kind kind;
    int fd = -1, err;

    err = classify(addr, &kind, path);
    if (err < 0)
        return err;
    if (kind == ADDR_UNNAMED)
        return -EINVAL;
    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    err = new_socket(type, flags, &fd);
    if (err < 0)
        return err;
    if (kind == ADDR_PATH)
        err = connect_path(fd, AT_FDCWD, path);
    else
        err = connect_socket(fd, &addr->u.sa, addr->len);
    if (err < 0) {
        drop_fd(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

static int connect_new_at(int type, int dirfd, const char *path, int flags, int *ret_fd)
{
    int fd = -1, err;

    err = check_dir_path(dirfd, path);
    if (err < 0)
        return err;
    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    err = new_socket(type, flags, &fd);
    if (err < 0)
        return err;
    err = connect_path(fd, dirfd, path);
    if (err < 0) {
        drop_fd(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}

/*
 * accept4 with CLOEXEC (the caller checked lfd and the out-parameter).
 * ECONNABORTED is retried: a connection that died in the queue is not an
 * error of the listener.  EINTR is handed back, as by every fdkit call that
 * waits (the kernel restarts accept itself after an SA_RESTART handler).  The peer's address is copied with
 * the length the kernel reported (sizeof(sa_family_t) for an unbound peer).
 */
static int accept_one(int lfd, int flags, fdk_sockaddr *ret_peer, int *ret_fd)
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
        return FDK__NERRNO();
    if (ret_peer) {
        /* More than fits cannot happen for AF_UNIX; never report past the buffer. */
        peer.len = len < (socklen_t)sizeof(peer.u) ? len : (socklen_t)sizeof(peer.u);
        *ret_peer = peer;
    }
    *ret_fd = fd;
    return 0;
}

static int make_pair(int type, int flags, int sv[2])
{
    int kflags = SOCK_CLOEXEC | ((flags & FDK_SOCKET_NONBLOCK) ? SOCK_NONBLOCK : 0);

    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    /* socketpair never waits; the kernel does not report EINTR for it. */
    if (socketpair(AF_UNIX, type | kflags, 0, sv) < 0)
        return FDK__NERRNO();
    return 0;
}

/* Free a bound handle's state; with unlink, remove its path first. */
static void bound_free(struct fdk__unix_bound *b, bool unlink)
{
    if (!b)
        return;
    if (unlink)
        unlink_if_same(b->dirfd, b->name, b->dev, b->ino);
    drop_fd(b->dirfd);
    free(b);
}

/*
 * Close of a handle with state: unlink the path first (so no client can
 * reach a name whose socket is going away), then close the socket, never
 * retried (EINTR means closed).  The handle is emptied before anything can
 * fail.  An fd of -1 means closed already: a no-op (state left by a caller
 * who emptied fd by hand is freed, without unlinking).
 */
static int close_bound(int *fdp, struct fdk__unix_bound **bp)
{
    int fd = *fdp;
    struct fdk__unix_bound *b = *bp;

    *fdp = -1;
    *bp = NULL;
    bound_free(b, fd >= 0);
    if (fd < 0)
        return 0;
    if (close(fd) < 0 && errno != EINTR)
        return FDK__NERRNO();
    return 0;
}

static int release_bound(int *fdp, struct fdk__unix_bound **bp)
{
    int fd = *fdp;

    bound_free(*bp, false);
    *fdp = -1;
    *bp = NULL;
    return fd;
}

/* ---- stream ---------------------------------------------------------- */

int fdk_unix_listen(fdk_unix_listener *out, const fdk_sockaddr *addr, int backlog, int flags)
{
    struct fdk__unix_bound *b = NULL;
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = open_addr(SOCK_STREAM, addr, backlog, flags, &fd, &b);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = b;
    return 0;
}

int fdk_unix_listen_at(fdk_unix_listener *out, int dirfd, const char *path, int backlog, int flags,
                       mode_t dir_mode)
{
    struct fdk__unix_bound *b = NULL;
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = open_at(SOCK_STREAM, dirfd, path, backlog, flags, dir_mode, &fd, &b);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = b;
    return 0;
}

int fdk_unix_accept(fdk_unix_listener l, fdk_unix_stream *out, fdk_sockaddr *ret_peer, int flags)
{
    int fd = -1, err;

    if (l.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    err = accept_one(l.fd, flags, ret_peer, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_unix_connect(fdk_unix_stream *out, const fdk_sockaddr *addr, int flags)
{
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = connect_new(SOCK_STREAM, addr, flags, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_unix_connect_at(fdk_unix_stream *out, int dirfd, const char *path, int flags)
{
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = connect_new_at(SOCK_STREAM, dirfd, path, flags, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_unix_pair(fdk_unix_stream *a, fdk_unix_stream *b, int flags)
{
    int sv[2], err;

    if (!a || !b || a == b)
        return -EINVAL;
    err = make_pair(SOCK_STREAM, flags, sv);
    if (err < 0)
        return err;
    a->fd = sv[0];
    b->fd = sv[1];
    return 0;
}

int fdk_unix_listener_close(fdk_unix_listener *h)
{
    if (!h)
        return -EINVAL;
    return close_bound(&h->fd, &h->bound);
}

int fdk_unix_listener_release(fdk_unix_listener *h)
{
    if (!h)
        return -EINVAL;
    return release_bound(&h->fd, &h->bound);
}

/* ---- seqpacket ------------------------------------------------------- */

int fdk_unix_seqpacket_listen(fdk_unix_seqpacket_listener *out, const fdk_sockaddr *addr,
                              int backlog, int flags)
{
    struct fdk__unix_bound *b = NULL;
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = open_addr(SOCK_SEQPACKET, addr, backlog, flags, &fd, &b);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = b;
    return 0;
}

int fdk_unix_seqpacket_listen_at(fdk_unix_seqpacket_listener *out, int dirfd, const char *path,
                                 int backlog, int flags, mode_t dir_mode)
{
    struct fdk__unix_bound *b = NULL;
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = open_at(SOCK_SEQPACKET, dirfd, path, backlog, flags, dir_mode, &fd, &b);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = b;
    return 0;
}

int fdk_unix_seqpacket_accept(fdk_unix_seqpacket_listener l, fdk_unix_seqpacket *out,
                              fdk_sockaddr *ret_peer, int flags)
{
    int fd = -1, err;

    if (l.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    err = accept_one(l.fd, flags, ret_peer, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_unix_seqpacket_connect(fdk_unix_seqpacket *out, const fdk_sockaddr *addr, int flags)
{
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = connect_new(SOCK_SEQPACKET, addr, flags, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_unix_seqpacket_connect_at(fdk_unix_seqpacket *out, int dirfd, const char *path, int flags)
{
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = connect_new_at(SOCK_SEQPACKET, dirfd, path, flags, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_unix_seqpacket_pair(fdk_unix_seqpacket *a, fdk_unix_seqpacket *b, int flags)
{
    int sv[2], err;

    if (!a || !b || a == b)
        return -EINVAL;
    err = make_pair(SOCK_SEQPACKET, flags, sv);
    if (err < 0)
        return err;
    a->fd = sv[0];
    b->fd = sv[1];
    return 0;
}

int fdk_unix_seqpacket_listener_close(fdk_unix_seqpacket_listener *h)
{
    if (!h)
        return -EINVAL;
    return close_bound(&h->fd, &h->bound);
}

int fdk_unix_seqpacket_listener_release(fdk_unix_seqpacket_listener *h)
{
    if (!h)
        return -EINVAL;
    return release_bound(&h->fd, &h->bound);
}

/* ---- datagram -------------------------------------------------------- */

int fdk_unix_dgram_open(fdk_unix_dgram *out, int flags)
{
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    if (flags & ~PLAIN_FLAGS)
        return -EINVAL;
    err = new_socket(SOCK_DGRAM, flags, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = NULL;
    return 0;
}

int fdk_unix_dgram_bind(fdk_unix_dgram *out, const fdk_sockaddr *addr, int flags)
{
    struct fdk__unix_bound *b = NULL;
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = open_addr(SOCK_DGRAM, addr, NO_LISTEN, flags, &fd, &b);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = b;
    return 0;
}

int fdk_unix_dgram_bind_at(fdk_unix_dgram *out, int dirfd, const char *path, int flags,
                           mode_t dir_mode)
{
    struct fdk__unix_bound *b = NULL;
    int fd = -1, err;

    if (!out)
        return -EINVAL;
    err = open_at(SOCK_DGRAM, dirfd, path, NO_LISTEN, flags, dir_mode, &fd, &b);
    if (err < 0)
        return err;
    out->fd = fd;
    out->bound = b;
    return 0;
}

int fdk_unix_dgram_connect(fdk_unix_dgram s, const fdk_sockaddr *addr)
{
    char path[SUN_PATH_SIZE + 1];
    enum addr_kind kind;
    int err;

    if (s.fd < 0)
        return -EBADF;
    if (!addr) {
        /* AF_UNSPEC dissolves the association (connect(2), unix(7)). */
        struct sockaddr unspec;
        memset(&unspec, 0, sizeof(unspec));
        unspec.sa_family = AF_UNSPEC;
        return connect_socket(s.fd, &unspec, (socklen_t)sizeof(sa_family_t));
    }
    err = classify(addr, &kind, path);
    if (err < 0)
        return err;
    if (kind == ADDR_UNNAMED)
        return -EINVAL;
    if (kind == ADDR_PATH)
        return connect_path(s.fd, AT_FDCWD, path);
    return connect_socket(s.fd, &addr->u.sa, addr->len);
}

int fdk_unix_dgram_connect_at(fdk_unix_dgram s, int dirfd, const char *path)
{
    int err;

    if (s.fd < 0)
        return -EBADF;
    err = check_dir_path(dirfd, path);
    if (err < 0)
        return err;
    return connect_path(s.fd, dirfd, path);
}

int fdk_unix_dgram_pair(fdk_unix_dgram *a, fdk_unix_dgram *b, int flags)
{
    int sv[2], err;

    if (!a || !b || a == b)
        return -EINVAL;
    err = make_pair(SOCK_DGRAM, flags, sv);
    if (err < 0)
        return err;
    a->fd = sv[0];
    a->bound = NULL;
    b->fd = sv[1];
    b->bound = NULL;
    return 0;
}

int fdk_unix_dgram_close(fdk_unix_dgram *h)
{
    if (!h)
        return -EINVAL;
    return close_bound(&h->fd, &h->bound);
}

int fdk_unix_dgram_release(fdk_unix_dgram *h)
{
    if (!h)
        return -EINVAL;
    return release_bound(&h->fd, &h->bound);
}
