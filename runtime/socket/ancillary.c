/* SPDX-License-Identifier: MIT */
/*
 * Ancillary data on sockets: passing descriptors (SCM_RIGHTS) and
 * credentials (SCM_CREDENTIALS) over Unix sockets, and receiving both.
 *
 * Receiving is where descriptors get lost or leak, so the receive side is
 * built around one rule: every descriptor the kernel installs in this
 * process either reaches the caller or is closed here, and the caller learns
 * how many were closed.  To make that possible the control buffer is always
 * big enough for the most the kernel can hand over in one recvmsg (one
 * SCM_RIGHTS list of SCM_MAX_FD descriptors plus credentials, a pidfd and a
 * security label), whatever the caller's fds_max is: a control buffer sized
 * for the caller would let the kernel drop the rest silently, and the
 * padding CMSG_SPACE adds would still let one more through than asked for.
 */
#include "fdk-internal.h"

#include <fdkit/socket.h>

#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/*
 * The kernel's limit on descriptors in one SCM_RIGHTS message (SCM_MAX_FD in
 * include/net/scm.h, not exported to user space).  A sender asking for more
 * gets EINVAL from the kernel; we say so before the call.
 */
#define FDK__SCM_MAX_FD 253

/*
 * SO_PASSPIDFD (Linux 6.5) makes the kernel attach the sender's pidfd as an
 * SCM_PIDFD message; older libc headers lack the name.  fdkit does not hand
 * it out (fdk_socket_get_peerpidfd is the API for that), but it is an
 * installed descriptor, so it must be closed rather than ignored.
 */
#ifndef SCM_PIDFD
#define SCM_PIDFD 0x04
#endif

/*
 * Room for a security label (SCM_SECURITY, with SO_PASSSEC): the kernel puts
 * it before SCM_RIGHTS, so a label that did not fit would truncate the
 * descriptors behind it.  SELinux contexts are far shorter than this.
 */
#define FDK__SECLABEL_ROOM 512

/*
 * Control buffers are unions with struct cmsghdr so that they are aligned
 * for it, as CMSG_FIRSTHDR/CMSG_DATA assume (a plain char array is not).
 */
union fdk__cmsg_rights_send {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int) * FDK__SCM_MAX_FD)];
};

union fdk__cmsg_creds_send {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(struct ucred))];
};

union fdk__cmsg_recv {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int) * FDK__SCM_MAX_FD) + CMSG_SPACE(sizeof(struct ucred)) +
             CMSG_SPACE(sizeof(int)) + FDK__SECLABEL_ROOM];
};

/* Checks shared by both senders: handle, data, flags. */
static int check_send_args(fdk_socket s, const void *buf, size_t len, int flags)
{
    if (s.fd < 0)
        return -EBADF;
    /* Ancillary data travels with data bytes: a stream socket drops a
       control message sent with no data, so at least one byte is required. */
    if (!buf || len == 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL;
    return 0;
}

/*
 * One sendmsg of buf with the prepared control message.  sendmsg reports
 * EINTR only when nothing was sent (a stream send interrupted after some
 * bytes returns their count); it is handed back, as by every socket call
 * that waits, and nothing (no descriptor) has gone out.  On a
 * stream socket the control message is attached to the first byte sent: if
 * the result is short, the rest must be sent as plain data.
 */
static ssize_t send_with_control(int fd, const void *buf, size_t len, void *control,
                                 size_t controllen, int flags)
{
    struct iovec iov;
    struct msghdr msg;
    ssize_t n;

    memset(&msg, 0, sizeof(msg));
    iov.iov_base = (void *)buf;
    iov.iov_len = len;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = controllen;

    n = sendmsg(fd, &msg, flags | MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

ssize_t fdk_socket_send_fds(fdk_socket s, const void *buf, size_t len, const int *fds, size_t nfds,
                            int flags)
{
    union fdk__cmsg_rights_send control;
    struct cmsghdr *cm;
    size_t i, space;
    int err;

    err = check_send_args(s, buf, len, flags);
    if (err < 0)
        return err;
    if (!fds || nfds == 0 || nfds > FDK__SCM_MAX_FD)
        return -EINVAL;
    for (i = 0; i < nfds; i++)
        if (fds[i] < 0)
            return -EBADF;

    /* Only the part the message uses is passed; it is zeroed so that the
       padding CMSG_SPACE adds after the descriptors is not stack garbage. */
    space = CMSG_SPACE(sizeof(int) * nfds);
    memset(control.buf, 0, space);
    cm = (struct cmsghdr *)control.buf;
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
    /* CMSG_DATA need not be int-aligned in general: copy bytes. */
    memcpy(CMSG_DATA(cm), fds, sizeof(int) * nfds);

    return send_with_control(s.fd, buf, len, control.buf, space, flags);
}

ssize_t fdk_socket_send_creds(fdk_socket s, const void *buf, size_t len,
                              const struct fdk_ucred *creds, int flags)
{
    union fdk__cmsg_creds_send control;
    struct cmsghdr *cm;
    struct ucred uc;
    int err;

    err = check_send_args(s, buf, len, flags);
    if (err < 0)
        return err;

    /*
     * NULL sends our own identity.  The kernel accepts only the sender's
     * pid and one of its real/effective/saved ids unless it holds
     * CAP_SYS_ADMIN / CAP_SETUID / CAP_SETGID (EPERM otherwise); the real
     * ids are what the kernel itself attaches when nothing is sent.
     */
    if (creds) {
        uc.pid = creds->pid;
        uc.uid = creds->uid;
        uc.gid = creds->gid;
    } else {
        uc.pid = getpid();
        uc.uid = getuid();
        uc.gid = getgid();
    }

    memset(&control, 0, sizeof(control));
    cm = (struct cmsghdr *)control.buf;
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_CREDENTIALS;
    cm->cmsg_len = CMSG_LEN(sizeof(uc));
    memcpy(CMSG_DATA(cm), &uc, sizeof(uc));

    return send_with_control(s.fd, buf, len, control.buf, sizeof(control.buf), flags);
}

/*
 * Close the n descriptors at p (unaligned ints inside a control message).
 * Used only for descriptors nobody else has seen yet; close is never
 * retried, and its result does not matter: the descriptor is gone either way.
 */
static void close_fd_array(const unsigned char *p, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        int fd;
        memcpy(&fd, p + i * sizeof(int), sizeof(int));
        fdk__close_quietly(fd);
    }
}

/*
 * Number of data bytes of cm that lie inside the received control data.
 * cmsg_len comes from the kernel, but with MSG_CTRUNC the last header may
 * claim more than was copied: never read past the end of the buffer.
 */
static size_t cmsg_payload(const struct msghdr *msg, const struct cmsghdr *cm)
{
    const unsigned char *start = (const unsigned char *)msg->msg_control;
    const unsigned char *data = CMSG_DATA(cm);
    size_t avail, claimed;

    if (cm->cmsg_len < CMSG_LEN(0))
        return 0;
    avail = msg->msg_controllen - (size_t)(data - start);
    claimed = cm->cmsg_len - CMSG_LEN(0);
    return claimed < avail ? claimed : avail;
}

ssize_t fdk_socket_recv_ancillary(fdk_socket s, void *buf, size_t len,
                                  struct fdk_socket_ancillary *anc, int flags)
{
    union fdk__cmsg_recv control;
    struct iovec iov;
    struct msghdr msg;
    struct cmsghdr *cm;
    struct fdk_ucred creds = {0, 0, 0};
    size_t arrived = 0, i;
    int has_creds = 0, dropped;
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    /* Zero bytes would read as end of stream on a stream socket, and
       descriptors only ever arrive with at least one byte. */
    if (!buf || len == 0 || !anc)
        return -EINVAL;
    if (anc->fds_max > 0 && !anc->fds)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL;

    /* Prefilled whatever happens next, so a caller can close every slot
       that is >= 0 without knowing how far this call got. */
    for (i = 0; i < anc->fds_max; i++)
        anc->fds[i] = -1;

    memset(&control, 0, sizeof(control));
    memset(&msg, 0, sizeof(msg));
    iov.iov_base = buf;
    iov.iov_len = len;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.buf;
    msg.msg_controllen = sizeof(control.buf);

    /*
     * MSG_CMSG_CLOEXEC always: without it the descriptors would be
     * inheritable from the moment the kernel installs them, and another
     * thread's fork+exec could take them along before we could fix that.
     * EINTR means nothing was received (no descriptor installed); it is
     * handed back, as by every socket call that waits.
     */
    n = recvmsg(s.fd, &msg, flags | MSG_CMSG_CLOEXEC);
    if (n < 0)
        return FDK__NEG_ERRNO();

    /* First pass: count what arrived, pick up credentials, close pidfds. */
    for (cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
        size_t payload = cmsg_payload(&msg, cm);
        if (cm->cmsg_level != SOL_SOCKET)
            continue;
        if (cm->cmsg_type == SCM_RIGHTS) {
            /* Several SCM_RIGHTS headers may come in one message. */
            arrived += payload / sizeof(int);
        } else if (cm->cmsg_type == SCM_CREDENTIALS && payload >= sizeof(struct ucred)) {
            struct ucred uc;
            memcpy(&uc, CMSG_DATA(cm), sizeof(uc));
            creds.pid = uc.pid;
            creds.uid = uc.uid;
            creds.gid = uc.gid;
            has_creds = 1;
        } else if (cm->cmsg_type == SCM_PIDFD) {
            close_fd_array(CMSG_DATA(cm), payload / sizeof(int));
        }
    }

    /*
     * All or nothing: if the kernel truncated the control data, or more
     * descriptors came than the caller has slots for, a partial set would
     * hand the caller descriptors it cannot match to what the sender meant.
     * Every one that arrived is closed and counted, and MSG_CTRUNC tells the
     * caller (we set it ourselves in the second case).
     */
    dropped = (msg.msg_flags & MSG_CTRUNC) || arrived > anc->fds_max;
    i = 0;
    for (cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm)) {
        size_t k, count;
        if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS)
            continue;
        count = cmsg_payload(&msg, cm) / sizeof(int);
        if (dropped) {
            close_fd_array(CMSG_DATA(cm), count);
            continue;
        }
        for (k = 0; k < count; k++)
            memcpy(&anc->fds[i++], CMSG_DATA(cm) + k * sizeof(int), sizeof(int));
    }

    anc->nfds = dropped ? 0 : arrived;
    anc->fds_closed = dropped ? arrived : 0;
    anc->has_creds = has_creds;
    anc->creds = creds;
    anc->msg_flags = msg.msg_flags | (dropped ? MSG_CTRUNC : 0);
    return n;
}
