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
 *     see (remove_if_stale() has the details and the limits);
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

#include <linux/inet_diag.h> /* INET_DIAG_NOCOOKIE */
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>

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

/* The backlog a caller asked for, as listen() gets it: negative means SOMAXCONN. */
static int listen_backlog(int backlog)
{
    return backlog < 0 ? SOMAXCONN : backlog;
}

enum addr_kind { ADDR_PATH, ADDR_ABSTRACT, ADDR_UNNAMED };

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

    r = FDK__RETRY_EINTR(fstatat(dirfd, name, st, flags));
    return r;
}

static int new_socket(int type, int flags, int *ret_fd)
{
    int kflags = SOCK_CLOEXEC | ((flags & FDK_SOCKET_NONBLOCK) ? SOCK_NONBLOCK : 0);
    /* socket() never waits; the kernel does not report EINTR for it. */
    int fd = socket(AF_UNIX, type | kflags, 0);

    if (fd < 0)
        return FDK__NEG_ERRNO();
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
static int open_parent(int dirfd, char *dir, bool mkdir, mode_t mode, int *ret_fd)
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
            return FDK__NEG_ERRNO();
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
static int unlink_same(int dirfd, const char *name, const struct stat *id)
{
    struct stat st;

    for (;;) {
        if (stat_at(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0)
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
static void unlink_if_same(int dirfd, const char *name, dev_t dev, ino_t ino)
{
    int saved = errno;
    struct stat id;

    id.st_dev = dev;
    id.st_ino = ino;
    (void)unlink_same(dirfd, name, &id);
    errno = saved;
}

/* ---- asking the kernel which sockets are bound where (sock_diag) ------ */

/*
 * NETLINK_SOCK_DIAG (sock_diag(7)) with unix_diag answers what a connect
 * probe cannot: whether any socket is bound to a given socket file, whether
 * it listens or not, and which file a given socket is bound to.
 *
 * Its limits, and how they are met:
 *
 *   - It may be missing: unix_diag can be a module that is not there, and a
 *     sandbox (seccomp, an LSM, gVisor) may refuse netlink.  Such answers
 *     are DIAG_UNAVAILABLE, and the callers fall back to what they did
 *     before sock_diag (see remove_if_stale() and bound_here()).
 *   - It sees only the sockets of our network namespace, while a path
 *     reaches a socket in any namespace; so the stale check still probes
 *     with connect() after sock_diag found nothing.
 *   - UNIX_DIAG_VFS reports the file by the superblock's device (s_dev, the
 *     kernel's encoding) and the low 32 bits of the inode number.  stat()
 *     reports another device for the same file on btrfs (one per subvolume)
 *     and on some overlayfs setups, so only the inode number is compared.
 *     For the stale check that errs only towards "live" (a socket bound to
 *     another file with the same number on another file system keeps ours);
 *     for our own identity both files are in the directory we just bound in.
 *     Where even the numbers differ (overlayfs over several file systems
 *     without xino), sock_diag finds nothing: the stale check is left with
 *     its probe, and bound handles get no state (their close unlinks nothing).
 *   - A dump longer than one message is resumed by position in the kernel's
 *     hash chain, so a socket closing meanwhile can make the next entry be
 *     skipped; the connect probe after it still catches every listener.
 *
 * The replies are queued by the time send() and each recv() return (the
 * kernel builds the next part of a dump inside recv), so recv never needs
 * to wait: MSG_DONTWAIT makes a missing answer DIAG_UNSURE instead of a hang.
 */

/* Big enough for any message the kernel sends (it caps a dump part at 32 KiB). */
#define DIAG_BUF_SIZE 32768u
/* recv() rounds of one dump: 4096 * 32 KiB, some two million sockets. */
#define DIAG_MAX_ROUNDS 4096
#define DIAG_SEQ        1u

#define DIAG_NLMSG_HDRLEN ((size_t)NLMSG_ALIGN(sizeof(struct nlmsghdr)))
#define DIAG_NLA_HDRLEN   ((size_t)NLA_ALIGN(sizeof(struct nlattr)))

enum diag_answer {
    DIAG_NO = 0,          /* not bound (to that file) */
    DIAG_YES = 1,         /* bound (to that file) */
    DIAG_UNAVAILABLE = 2, /* sock_diag cannot answer on this system: fall back */
    DIAG_UNSURE = 3,      /* an answer that could not be read: decide nothing */
    DIAG_MORE = 4         /* (internal) this message did not settle it: read on */
};

/* errno from socket/send/recv or a netlink error message, as an answer. */
static int diag_errno(int e)
{
    switch (e) {
    case EPROTONOSUPPORT: /* no netlink family NETLINK_SOCK_DIAG */
    case EAFNOSUPPORT:    /* no netlink at all */
    case ESOCKTNOSUPPORT:
    case ENOENT: /* no unix_diag handler (module not loaded) */
    case EACCES: /* an LSM or seccomp said no */
    case EPERM:
    case EOPNOTSUPP:
    case ENOSYS:
    case EINVAL: /* a kernel that does not know this request */
        return DIAG_UNAVAILABLE;
    case EAGAIN:
        return DIAG_UNSURE; /* no answer queued: never happens (see above) */
    default:
        return -e; /* EMFILE, ENFILE, ENOMEM, ENOBUFS: a real failure */
    }
}

/*
 * One reply message at msg (its header h, already checked to lie within the
 * buffer).  With sock_ino != 0 we asked about that one socket; otherwise we
 * dump and look for a socket bound to a file with inode number file_ino.
 */
static int diag_message(const struct nlmsghdr *h, const unsigned char *msg, uint32_t sock_ino,
                        uint32_t file_ino, uint32_t *ret_vfs_ino)
{
    size_t plen = h->nlmsg_len - DIAG_NLMSG_HDRLEN, off;
    struct unix_diag_msg udm;
    struct unix_diag_vfs vfs;
    bool have_vfs = false;
    int32_t code;

    if (h->nlmsg_seq != DIAG_SEQ)
        return DIAG_MORE; /* not a reply to our request */
    switch (h->nlmsg_type) {
    case NLMSG_DONE:
        /* A dump that failed part-way ends with its (negative) error. */
        if (plen >= sizeof(code)) {
            memcpy(&code, msg + DIAG_NLMSG_HDRLEN, sizeof(code));
            if (code < 0)
                return code >= -4095 ? diag_errno(-code) : DIAG_UNSURE;
        }
        return sock_ino ? DIAG_UNSURE : DIAG_NO;
    case NLMSG_ERROR:
        if (plen < sizeof(code))
            return DIAG_UNSURE;
        memcpy(&code, msg + DIAG_NLMSG_HDRLEN, sizeof(code)); /* nlmsgerr.error */
        if (code < 0)
            return code >= -4095 ? diag_errno(-code) : DIAG_UNSURE;
        return code == 0 && !sock_ino ? DIAG_MORE : DIAG_UNSURE; /* an ack is no answer */
    case NLMSG_OVERRUN:
        return DIAG_UNSURE;
    case SOCK_DIAG_BY_FAMILY:
        break;
    default:
        return DIAG_MORE; /* NLMSG_NOOP and whatever a later kernel adds */
    }

    if (plen < sizeof(udm))
        return DIAG_UNSURE;
    memcpy(&udm, msg + DIAG_NLMSG_HDRLEN, sizeof(udm));
    off = DIAG_NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(udm));
    while (off + DIAG_NLA_HDRLEN <= h->nlmsg_len) {
        struct nlattr a;

        memcpy(&a, msg + off, sizeof(a));
        if (a.nla_len < DIAG_NLA_HDRLEN || a.nla_len > h->nlmsg_len - off)
            return DIAG_UNSURE;
        if ((a.nla_type & NLA_TYPE_MASK) == UNIX_DIAG_VFS &&
            a.nla_len >= DIAG_NLA_HDRLEN + sizeof(vfs)) {
            memcpy(&vfs, msg + off + DIAG_NLA_HDRLEN, sizeof(vfs));
            have_vfs = true;
        }
        off += NLA_ALIGN(a.nla_len);
    }

    if (sock_ino) {
        if (udm.udiag_ino != sock_ino)
            return DIAG_MORE;
        if (!have_vfs)
            return DIAG_NO; /* abstract, autobound or unbound: no file */
        *ret_vfs_ino = vfs.udiag_vfs_ino;
        return DIAG_YES;
    }
    return have_vfs && vfs.udiag_vfs_ino == file_ino ? DIAG_YES : DIAG_MORE;
}

/* Read the replies to our request until one settles the question. */
static int diag_read(int nl, unsigned char *buf, uint32_t sock_ino, uint32_t file_ino,
                     uint32_t *ret_vfs_ino)
{
    for (int round = 0; round < DIAG_MAX_ROUNDS; round++) {
        size_t len, off = 0;
        ssize_t n;

        /* MSG_TRUNC: the length of the whole message, even if it did not fit. */
        n = FDK__RETRY_EINTR(recv(nl, buf, DIAG_BUF_SIZE, MSG_DONTWAIT | MSG_TRUNC));
        if (n < 0)
            return diag_errno(errno);
        if (n == 0 || (size_t)n > DIAG_BUF_SIZE)
            return DIAG_UNSURE; /* nothing, or cut short */
        len = (size_t)n;
        while (len - off >= sizeof(struct nlmsghdr)) {
            struct nlmsghdr h;
            int r;

            memcpy(&h, buf + off, sizeof(h));
            if (h.nlmsg_len < DIAG_NLMSG_HDRLEN || h.nlmsg_len > len - off)
                return DIAG_UNSURE;
            r = diag_message(&h, buf + off, sock_ino, file_ino, ret_vfs_ino);
            if (r != DIAG_MORE)
                return r;
            if (NLMSG_ALIGN(h.nlmsg_len) >= len - off)
                break;
            off += NLMSG_ALIGN(h.nlmsg_len);
        }
    }
    return DIAG_UNSURE; /* a dump that does not end */
}

/*
 * Ask unix_diag.  sock_ino == 0: dump every Unix socket of this network
 * namespace; DIAG_YES as soon as one is bound to a file with inode number
 * file_ino (low 32 bits), DIAG_NO when the dump ends without one.
 * sock_ino != 0: that one socket (by its own inode number, what
 * fstat reports for its descriptor); DIAG_YES with *ret_vfs_ino when it is
 * bound to a file, DIAG_NO when it is not.  Otherwise DIAG_UNAVAILABLE,
 * DIAG_UNSURE or -errno.  The netlink socket is closed before returning.
 */
static int diag_query(uint32_t sock_ino, uint32_t file_ino, uint32_t *ret_vfs_ino)
{
    struct {
        struct nlmsghdr nlh;
        struct unix_diag_req req;
    } msg;
    unsigned char *buf;
    ssize_t n;
    int nl, r;

    _Static_assert(sizeof(msg) == NLMSG_LENGTH(sizeof(struct unix_diag_req)),
                   "request without padding");
    buf = malloc(DIAG_BUF_SIZE);
    if (!buf)
        return -ENOMEM;
    nl = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (nl < 0) {
        r = diag_errno(errno);
        free(buf);
        return r;
    }

    memset(&msg, 0, sizeof(msg));
    msg.nlh.nlmsg_len = sizeof(msg);
    msg.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    msg.nlh.nlmsg_flags = NLM_F_REQUEST | (sock_ino ? 0 : NLM_F_DUMP);
    msg.nlh.nlmsg_seq = DIAG_SEQ;
    msg.req.sdiag_family = AF_UNIX;
    msg.req.udiag_states = ~0u; /* every state: bound-only sockets are what we are after */
    msg.req.udiag_ino = sock_ino;
    msg.req.udiag_show = UDIAG_SHOW_VFS;
    msg.req.udiag_cookie[0] = INET_DIAG_NOCOOKIE; /* look the socket up by inode alone */
    msg.req.udiag_cookie[1] = INET_DIAG_NOCOOKIE;

    /* To the kernel (the default destination of an unconnected netlink socket). */
    n = FDK__RETRY_EINTR(send(nl, &msg, sizeof(msg), 0));
    if (n < 0)
        r = diag_errno(errno);
    else if ((size_t)n != sizeof(msg))
        r = DIAG_UNSURE;
    else
        r = diag_read(nl, buf, sock_ino, file_ino, ret_vfs_ino);
    fdk__close_quietly(nl);
    free(buf);
    return r;
}

/*
 * After bind: is st (the lstat of the name we bound) the file our socket fd
 * is bound to?  Asked of the kernel, because the name can already be
 * another socket's file: someone may have removed ours and bound theirs
 * between our bind() and our lstat().  Without sock_diag the lstat is all
 * there is, and it is trusted, as before.  Any other failure answers "not
 * proven", and the handle then gets no state: its close unlinks nothing.
 */
static bool bound_here(int fd, const struct stat *st)
{
    struct stat self;
    uint32_t vfs_ino = 0;
    int r;

    if (fstat(fd, &self) < 0)
        return false;
    r = diag_query((uint32_t)self.st_ino, 0, &vfs_ino);
    if (r == DIAG_UNAVAILABLE)
        return true;
    return r == DIAG_YES && vfs_ino == (uint32_t)st->st_ino;
}

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
    if (new_socket(SOCK_DGRAM, 0, &fd) < 0)
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

    err = diag_query(0, (uint32_t)st->st_ino, NULL);
    if (err < 0)
        return err;
    if (err == DIAG_YES || err == DIAG_UNSURE)
        return -EADDRINUSE;

    /* DIAG_NO (in this namespace) or DIAG_UNAVAILABLE: ask by connecting. */
    err = new_socket(type, FDK_SOCKET_NONBLOCK, &probe);
    if (err < 0)
        return err;
    err = connect_socket(probe, sa, len);
    fdk__close_quietly(probe);
    if (err == -ENOENT)
        return 0; /* removed meanwhile: bind again */
    if (err != -ECONNREFUSED)
        return -EADDRINUSE;

    /* Still the file we asked about?  Then it goes. */
    err = stale_lock(st, &lock);
    if (err < 0)
        return err; /* someone else is replacing it */
    err = unlink_same(parent, name, st);
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
            err = proc_enoent(parent);
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
    if (stat_at(at_fd, at_name, ret_st, AT_SYMLINK_NOFOLLOW) < 0)
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
 * kernel (bound_here(): sock_diag's word on which file our socket is bound
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
    struct stat st = {0}, mine;
    bool via_proc, ours;
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
    /* Only a file proven ours is ever unlinked: after a failed listen, or on close. */
    ours = (b || backlog != NO_LISTEN) && bound_here(fd, &st);
    if (backlog != NO_LISTEN && listen(fd, backlog) < 0) {
        err = FDK__NEG_ERRNO();
        if (ours)
            unlink_if_same(at_fd, at_name, st.st_dev, st.st_ino);
        goto fail;
    }

    if (b && !ours) {
        free(b); /* the name is not (provably) our socket's file: no unlink on close */
        b = NULL;
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
        fdk__close_quietly(parent); /* KEEP_PATH: nothing to unlink later, nothing to keep */
    }
    *ret_fd = fd;
    *ret_bound = b;
    return 0;

fail:
    fdk__close_quietly(fd);
    fdk__close_quietly(parent);
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
        fdk__close_quietly(fd);
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
        return FDK__NEG_ERRNO();
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
        return FDK__NEG_ERRNO();
    return 0;
}

/* Free a bound handle's state; with unlink, remove its path first. */
static void bound_free(struct fdk__unix_bound *b, bool unlink)
{
    if (!b)
        return;
    if (unlink)
        unlink_if_same(b->dirfd, b->name, b->dev, b->ino);
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
        return FDK__NEG_ERRNO();
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
    err = open_addr(SOCK_STREAM, addr, listen_backlog(backlog), flags, &fd, &b);
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
    err = open_at(SOCK_STREAM, dirfd, path, listen_backlog(backlog), flags, dir_mode, &fd, &b);
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
    err = open_addr(SOCK_SEQPACKET, addr, listen_backlog(backlog), flags, &fd, &b);
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
    err = open_at(SOCK_SEQPACKET, dirfd, path, listen_backlog(backlog), flags, dir_mode, &fd, &b);
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
