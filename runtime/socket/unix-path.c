/* SPDX-License-Identifier: MIT */
/*
 * Unix socket addresses and paths: sorting an fdk_sockaddr into path,
 * abstract or unnamed; splitting a path into its parent directory (opened
 * O_PATH, created on request) and its name; the "/proc/self/fd/<n>/<name>"
 * form that reaches a path sun_path cannot hold (or one relative to a
 * directory fd); connect by path; and unlinking a socket file only while it
 * still is the one we mean.  See unix.c for the overview.
 */
#include "fdk-unix.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

/*
 * Sort a caller's address into path / abstract / unnamed.  For a path, copy
 * it NUL-terminated into path (SUN_PATH_SIZE + 1 bytes): sun_path may be
 * full, without a terminator.
 */
int fdk__unix_classify(const fdk_sockaddr *a, enum addr_kind *kind, char *path)
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
 * (fdk__unix_split_path() relies on this).
 */
int fdk__unix_check_dir_path(int dirfd, const char *path)
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
int fdk__unix_split_path(const char *path, char *dir, const char **ret_name)
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
        r = FDK__RETRY_EINTR(mkdirat(dirfd, dir, mode));
        dir[i] = c;
        if (r < 0 && errno != EEXIST)
            return FDK__NEG_ERRNO();
    }
    return 0;
}

/*
 * Open the directory a socket lives in, O_PATH: enough to name things in it
 * (bind, connect and unlinkat through it) without read permission.  With
 * mkdir, a missing directory is created first (only then: the common case
 * costs one openat).
 */
int fdk__unix_open_parent(int dirfd, char *dir, bool mkdir, mode_t mode, int *ret_fd)
{
    int fd = -1, err;

    for (;;) {
        fd = FDK__RETRY_EINTR(openat(dirfd, dir, O_PATH | O_DIRECTORY | O_CLOEXEC));
        if (fd >= 0)
            break;
        if (errno != ENOENT || !mkdir)
            return FDK__NEG_ERRNO();
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
int fdk__unix_proc_addr(int parent, const char *name, struct sockaddr_un *sa, socklen_t *ret_len)
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
void fdk__unix_path_addr(const char *path, struct sockaddr_un *sa, socklen_t *ret_len)
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
bool fdk__unix_path_direct(int dirfd, const char *path)
{
    return strlen(path) <= SUN_PATH_MAX && (dirfd == AT_FDCWD || path[0] == '/');
}

/*
 * A bind or connect through "/proc/self/fd/<n>/..." failed with ENOENT.  If
 * /proc itself is missing (a chroot, an early-boot system), that is the
 * reason, and the honest error is that the path cannot be expressed:
 * -ENAMETOOLONG.  Otherwise the ENOENT is real.
 */
int fdk__unix_proc_enoent(int parent)
{
    struct sockaddr_un probe;
    socklen_t unused;
    struct stat st;

    /* "/proc/self/fd/<n>/." would do; reuse proc_addr to format it. */
    if (fdk__unix_proc_addr(parent, ".", &probe, &unused) < 0)
        return -ENAMETOOLONG;
    if (fdk__unix_stat_at(AT_FDCWD, probe.sun_path, &st, 0) < 0)
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
int fdk__unix_connect_socket(int fd, const struct sockaddr *sa, socklen_t len)
{
    bool retried = false;

    while (connect(fd, sa, len) < 0) {
        if (errno == EISCONN && retried)
            return 0;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
        retried = true;
    }
    return 0;
}

/*
 * Connect fd to path (relative to dirfd).  Short paths go straight into
 * sun_path; others through the parent directory, opened just for this.
 */
int fdk__unix_connect_path(int fd, int dirfd, const char *path)
{
    char dir[PATH_MAX];
    const char *name;
    struct sockaddr_un sa;
    socklen_t len;
    int parent = -1, err;

    if (fdk__unix_path_direct(dirfd, path)) {
        fdk__unix_path_addr(path, &sa, &len);
        return fdk__unix_connect_socket(fd, (const struct sockaddr *)&sa, len);
    }
    err = fdk__unix_split_path(path, dir, &name);
    if (err < 0)
        return err;
    if (strlen(name) > PROC_NAME_MAX)
        return -ENAMETOOLONG;
    err = fdk__unix_open_parent(dirfd, dir, false, 0, &parent);
    if (err < 0)
        return err;
    err = fdk__unix_proc_addr(parent, name, &sa, &len);
    if (err == 0) {
        err = fdk__unix_connect_socket(fd, (const struct sockaddr *)&sa, len);
        if (err == -ENOENT)
            err = fdk__unix_proc_enoent(parent);
    }
    fdk__close_quietly(parent);
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
int fdk__unix_unlink_same(int dirfd, const char *name, const struct stat *id)
{
    struct stat st;

    for (;;) {
        if (fdk__unix_stat_at(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
            return errno == ENOENT ? 0 : FDK__NEG_ERRNO();
        if (!S_ISSOCK(st.st_mode) || st.st_dev != id->st_dev || st.st_ino != id->st_ino)
            return 1;
        if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
            return 0;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
    }
}

/*
 * Error paths and close: remove our own socket file, best effort.  A failure
 * leaves a dead socket file behind, which the next bind of that path
 * replaces as stale.  errno is kept.
 */
void fdk__unix_unlink_if_same(int dirfd, const char *name, dev_t dev, ino_t ino)
{
    int saved = errno;
    struct stat id;

    id.st_dev = dev;
    id.st_ino = ino;
    (void)fdk__unix_unlink_same(dirfd, name, &id);
    errno = saved;
}
