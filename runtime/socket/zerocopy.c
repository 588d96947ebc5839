/* SPDX-License-Identifier: MIT */
/*
 * MSG_ZEROCOPY sends and their completion notifications
 * (Documentation/networking/msg_zerocopy.rst).
 *
 * With SO_ZEROCOPY enabled, each send with MSG_ZEROCOPY that moves data
 * gets the next number of a per-socket 32-bit counter (0, 1, 2...; a failed
 * or zero-length send takes none).  The buffer belongs to the kernel until a
 * notification on the socket's error queue covers that number; the kernel
 * merges consecutive numbers into one [first, last] record, and a record may
 * arrive out of order after retransmissions.
 *
 * The error queue is shared with other users: ICMP and local errors (with
 * IP_RECVERR / IPV6_RECVERR) and transmit timestamps (SO_TIMESTAMPING).
 * Reading a record removes it, and there is no way to look first, so
 * fdk_socket_zerocopy_completions decides as follows:
 *   - a zerocopy record becomes one fdk_zerocopy_range;
 *   - any other record ends the call.  If no range was stored yet, the call
 *     returns -ee_errno (-ECONNREFUSED, -EMSGSIZE... for an ICMP or local
 *     error; timestamps carry ENOMSG, so -ENOMSG) and the caller learns of
 *     the error instead of it vanishing.  If ranges were stored, they are
 *     returned and that one record is lost: losing a completion would leave
 *     a buffer pinned forever, which is worse than losing an error report.
 * Callers that enable IP_RECVERR or transmit timestamps and need every
 * record should read the error queue themselves.
 */
#include "fdk-internal.h"

#include <fdkit/socket.h>

#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <linux/errqueue.h>

#ifndef SO_EE_ORIGIN_ZEROCOPY
#define SO_EE_ORIGIN_ZEROCOPY 5
#endif
#ifndef SO_EE_CODE_ZEROCOPY_COPIED
#define SO_EE_CODE_ZEROCOPY_COPIED 1
#endif
/* vsock reports its notifications at its own level (linux/vm_sockets.h). */
#ifndef SOL_VSOCK
#define SOL_VSOCK 287
#endif
#ifndef VSOCK_RECVERR
#define VSOCK_RECVERR 1
#endif

/*
 * One record: a sock_extended_err followed by the offender's address (an
 * ICMP error names the host that sent it), plus room for the timestamp
 * messages that may ride along with a timestamping record.
 */
union fdk__cmsg_errqueue {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(struct sock_extended_err) + sizeof(struct sockaddr_in6)) + 256];
};

ssize_t fdk_socket_send_zerocopy(fdk_socket s, const void *buf, size_t len, int flags)
{
    ssize_t n;

    if (s.fd < 0)
        return -EBADF;
    if (!buf && len > 0)
        return -EINVAL;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL;
    /* The kernel gives a zero-length send no number: no call at all. */
    if (len == 0)
        return 0;

    /*
     * EINTR only comes back when nothing was sent, and then no number was
     * taken, so the numbering the caller counts on is intact; it is handed
     * back, as by every socket call that waits.  Without
     * SO_ZEROCOPY the kernel ignores MSG_ZEROCOPY and copies as usual (and
     * sends no notification); ENOBUFS means too many pages are pinned:
     * read completions, then send again.
     */
    n = send(s.fd, buf, len, flags | MSG_ZEROCOPY | MSG_NOSIGNAL);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

/* The extended error of one error-queue record, or NULL if it has none. */
static const struct sock_extended_err *find_ee(struct msghdr *msg, struct sock_extended_err *copy)
{
    struct cmsghdr *cm;

    for (cm = CMSG_FIRSTHDR(msg); cm; cm = CMSG_NXTHDR(msg, cm)) {
        int ip = cm->cmsg_level == SOL_IP && cm->cmsg_type == IP_RECVERR;
        int ip6 = cm->cmsg_level == SOL_IPV6 && cm->cmsg_type == IPV6_RECVERR;
        int vsock = cm->cmsg_level == SOL_VSOCK && cm->cmsg_type == VSOCK_RECVERR;

        if (!ip && !ip6 && !vsock)
            continue;
        if (cm->cmsg_len < CMSG_LEN(sizeof(*copy)))
            continue;
        memcpy(copy, CMSG_DATA(cm), sizeof(*copy));
        return copy;
    }
    return NULL;
}

int fdk_socket_zerocopy_completions(fdk_socket s, struct fdk_zerocopy_range *out, size_t max)
{
    size_t stored = 0;

    if (s.fd < 0)
        return -EBADF;
    if (!out || max == 0)
        return -EINVAL;
    /* The count is returned as an int. */
    if (max > (size_t)INT32_MAX)
        max = (size_t)INT32_MAX;

    while (stored < max) {
        union fdk__cmsg_errqueue control;
        struct sock_extended_err ee;
        const struct sock_extended_err *e;
        struct msghdr msg;
        ssize_t n;

        memset(&control, 0, sizeof(control));
        memset(&msg, 0, sizeof(msg));
        msg.msg_control = control.buf;
        msg.msg_controllen = sizeof(control.buf);

        /*
         * Reading the error queue never waits (MSG_DONTWAIT only makes that
         * explicit); EINTR is retried by rule.  No data buffer: zerocopy
         * records carry none, and an ICMP record's copy of the offending
         * packet is of no use here (the kernel flags MSG_TRUNC and drops it).
         */
        n = FDK__RETRY_EINTR(recvmsg(s.fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT | MSG_CMSG_CLOEXEC));
        if (n < 0) {
            if (stored > 0)
                break; /* EAGAIN: the queue is empty; anything else recurs */
            return FDK__NEG_ERRNO();
        }

        e = find_ee(&msg, &ee);
        if (!e) {
            /* A record without its extended error (the control data did
               not fit): nothing we can decode. */
            if (stored > 0)
                break;
            return -EIO;
        }
        if (e->ee_origin != SO_EE_ORIGIN_ZEROCOPY || e->ee_errno != 0) {
            /* Not ours: see the policy at the top of this file. */
            if (stored > 0)
                break;
            return e->ee_errno > 0 ? -(int)e->ee_errno : -EIO;
        }
        /* [ee_info, ee_data] inclusive; last < first when the counter wrapped. */
        out[stored].first = e->ee_info;
        out[stored].last = e->ee_data;
        out[stored].copied = (e->ee_code & SO_EE_CODE_ZEROCOPY_COPIED) != 0;
        stored++;
    }
    return (int)stored;
}
