/* SPDX-License-Identifier: MIT */
/*
 * Asking the kernel which Unix sockets are bound to which files
 * (NETLINK_SOCK_DIAG with unix_diag): what the stale-socket check and a
 * bound handle's identity rest on.  See unix.c for the overview.
 */
#include "fdk-unix.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/inet_diag.h> /* INET_DIAG_NOCOOKIE */
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>

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
 *     before sock_diag (see remove_if_stale() and fdk__unix_bound_here()).
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

int fdk__unix_diag_open(struct fdk__unix_diag *d)
{
    int r;

    d->nl = -1;
    d->buf = malloc(DIAG_BUF_SIZE);
    if (!d->buf)
        return -ENOMEM;
    d->nl = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (d->nl >= 0)
        return 0;
    r = diag_errno(errno);
    free(d->buf);
    d->buf = NULL;
    return r == DIAG_UNAVAILABLE ? 0 : r;
}

void fdk__unix_diag_close(struct fdk__unix_diag *d)
{
    d->nl = fdk__close_quietly(d->nl);
    free(d->buf);
    d->buf = NULL;
}

/*
 * Ask unix_diag through d.  sock_ino == 0: dump every Unix socket of this
 * network namespace; DIAG_YES as soon as one is bound to a file with inode
 * number file_ino (low 32 bits), DIAG_NO when the dump ends without one.
 * sock_ino != 0: that one socket (by its own inode number, what fstat
 * reports for its descriptor); DIAG_YES with *ret_vfs_ino when it is bound
 * to a file, DIAG_NO when it is not.  Otherwise DIAG_UNAVAILABLE,
 * DIAG_UNSURE or -errno.  One query per channel: a dump left unread would
 * make the next request EBUSY.
 */
int fdk__unix_diag_ask(struct fdk__unix_diag *d, uint32_t sock_ino, uint32_t file_ino,
                       uint32_t *ret_vfs_ino)
{
    struct {
        struct nlmsghdr nlh;
        struct unix_diag_req req;
    } msg;
    ssize_t n;

    _Static_assert(sizeof(msg) == NLMSG_LENGTH(sizeof(struct unix_diag_req)),
                   "request without padding");
    if (d->nl < 0)
        return DIAG_UNAVAILABLE;

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
    n = FDK__RETRY_EINTR(send(d->nl, &msg, sizeof(msg), 0));
    if (n < 0)
        return diag_errno(errno);
    if ((size_t)n != sizeof(msg))
        return DIAG_UNSURE;
    return diag_read(d->nl, d->buf, sock_ino, file_ino, ret_vfs_ino);
}

int fdk__unix_diag_query(uint32_t sock_ino, uint32_t file_ino, uint32_t *ret_vfs_ino)
{
    struct fdk__unix_diag d;
    int r;

    r = fdk__unix_diag_open(&d);
    if (r == 0)
        r = fdk__unix_diag_ask(&d, sock_ino, file_ino, ret_vfs_ino);
    fdk__unix_diag_close(&d);
    return r;
}

/*
 * After bind: is st (the lstat of the name we bound) the file our socket fd
 * is bound to?  Asked of the kernel, because the name can already be
 * another socket's file: someone may have removed ours and bound theirs
 * between our bind() and our lstat().  Without sock_diag the lstat is all
 * there is, and it is trusted, as before.  An answer that cannot be read is
 * "not proven" (0): the handle then gets no state and its close unlinks
 * nothing.  A query that cannot be made (-errno: no memory for the netlink
 * buffers) fails the caller; the channel was opened before the bind, so a
 * full descriptor table cannot get here.
 */
int fdk__unix_bound_here(struct fdk__unix_diag *d, int fd, const struct stat *st)
{
    struct stat self;
    uint32_t vfs_ino = 0;
    int r;

    if (fstat(fd, &self) < 0)
        return FDK__NEG_ERRNO();
    r = fdk__unix_diag_ask(d, (uint32_t)self.st_ino, 0, &vfs_ino);
    if (r < 0)
        return r;
    if (r == DIAG_UNAVAILABLE)
        return 1;
    return r == DIAG_YES && vfs_ino == (uint32_t)st->st_ino;
}
