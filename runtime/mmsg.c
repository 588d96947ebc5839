/* SPDX-License-Identifier: MIT */
/*
 * Batched datagram I/O: fdk_socket_send_batch (sendmmsg) and
 * fdk_socket_recv_batch (recvmmsg).
 *
 * The kernel headers (struct mmsghdr + struct iovec per message) are built
 * on the stack in chunks of FDK__MMSG_CHUNK, so a batch of up to
 * UIO_MAXIOV messages costs a few kilobytes of stack and no allocation.  A
 * chunk that comes back short ends the call: the kernel stopped for a
 * reason (a full socket buffer, no more datagrams, an error it will report
 * on the next call), and pushing on would only hide that reason.
 */
#include "fdk-internal.h"

#include <fdkit/socket.h>

#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

/* The kernel's limit on messages per sendmmsg/recvmmsg (UIO_MAXIOV). */
#define FDK__MMSG_MAX 1024u
/* Messages per system call: 64 * (mmsghdr + iovec) = 5 KiB of stack. */
#define FDK__MMSG_CHUNK 64u

/*
 * -EINVAL unless every message of msgs[0..n) is usable: a buffer where
 * bytes are to move and, for a send, a destination of a possible length
 * (on receive the address is output only).
 */
static int check_batch_args(fdk_socket s, const struct fdk_socket_msg *msgs, unsigned int n,
                            int recv)
{
    unsigned int i;

    if (s.fd < 0)
        return -EBADF;
    if (!msgs || n == 0 || n > FDK__MMSG_MAX)
        return -EINVAL;
    for (i = 0; i < n; i++) {
        if (!msgs[i].buf && msgs[i].len > 0)
            return -EINVAL;
        if (!recv && msgs[i].addr && msgs[i].addr->len > sizeof(msgs[i].addr->u))
            return -EINVAL;
    }
    return 0;
}

/* Point hdr[i] (and its iovec) at msgs[i] for i < k. */
static void fill_headers(struct mmsghdr *hdr, struct iovec *iov, struct fdk_socket_msg *msgs,
                         unsigned int k, int recv)
{
    unsigned int i;

    memset(hdr, 0, sizeof(*hdr) * k);
    for (i = 0; i < k; i++) {
        fdk_sockaddr *a = msgs[i].addr;

        iov[i].iov_base = msgs[i].buf;
        iov[i].iov_len = msgs[i].len;
        hdr[i].msg_hdr.msg_iov = &iov[i];
        hdr[i].msg_hdr.msg_iovlen = 1;
        if (!a)
            continue;
        if (recv) {
            hdr[i].msg_hdr.msg_name = &a->u;
            hdr[i].msg_hdr.msg_namelen = sizeof(a->u);
        } else if (a->len > 0) {
            /* An empty address (len 0) means "the connected peer". */
            hdr[i].msg_hdr.msg_name = &a->u;
            hdr[i].msg_hdr.msg_namelen = a->len;
        }
    }
}

int fdk_socket_send_batch(fdk_socket s, struct fdk_socket_msg *msgs, unsigned int n, int flags)
{
    struct mmsghdr hdr[FDK__MMSG_CHUNK];
    struct iovec iov[FDK__MMSG_CHUNK];
    unsigned int done = 0;
    int err;

    err = check_batch_args(s, msgs, n, 0);
    if (err < 0)
        return err;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL;

    while (done < n) {
        unsigned int k = n - done < FDK__MMSG_CHUNK ? n - done : FDK__MMSG_CHUNK;
        unsigned int i;
        int r;

        fill_headers(hdr, iov, msgs + done, k, 0);
        r = sendmmsg(s.fd, hdr, k, flags | MSG_NOSIGNAL);
        if (r < 0) {
            /*
             * The kernel reports an error only when this chunk sent nothing.
             * With nothing sent at all it is the result (EINTR included:
             * handed back like every socket call that waits); after earlier
             * chunks went out, their count is the result (as sendmmsg itself
             * does: the error shows again on the next call if it persists).
             */
            if (done > 0)
                break;
            return FDK__NERRNO();
        }
        for (i = 0; i < (unsigned int)r; i++) {
            msgs[done + i].transferred = hdr[i].msg_len;
            msgs[done + i].msg_flags = 0;
        }
        done += (unsigned int)r;
        if ((unsigned int)r < k)
            break;
    }
    return (int)done;
}

/*
 * 1 if fd is a byte stream, where MSG_TRUNC would discard data rather than
 * report datagram lengths; 0 for datagram and seqpacket sockets; -errno.
 */
static int is_stream(int fd)
{
    int type = 0;
    socklen_t len = sizeof(type);

    /* getsockopt does not wait; EINTR is retried only by rule. */
    while (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) < 0) {
        if (errno != EINTR)
            return FDK__NERRNO();
        len = sizeof(type);
    }
    return type == SOCK_STREAM;
}

int fdk_socket_recv_batch(fdk_socket s, struct fdk_socket_msg *msgs, unsigned int n, int flags)
{
    struct mmsghdr hdr[FDK__MMSG_CHUNK];
    struct iovec iov[FDK__MMSG_CHUNK];
    unsigned int done = 0;
    int err, kflags, stream = -1; /* -1: not asked yet */

    err = check_batch_args(s, msgs, n, 1);
    if (err < 0)
        return err;
    if (flags & ~FDK_SOCKET_RECV_ALL)
        return -EINVAL;

    /*
     * On datagram and seqpacket sockets MSG_TRUNC makes the kernel report
     * each datagram's real length even when the buffer was smaller, so
     * `transferred > len` tells the caller by how much it was cut (and
     * MSG_TRUNC in msg_flags says that it was).  On a stream it would throw
     * bytes away instead, so it is only added there if the caller asked.
     */
    kflags = flags | MSG_CMSG_CLOEXEC | MSG_WAITFORONE;
    if (!(flags & MSG_TRUNC)) {
        err = is_stream(s.fd);
        if (err < 0)
            return err;
        stream = err;
        if (!stream)
            kflags |= MSG_TRUNC;
    }

    while (done < n) {
        unsigned int k = n - done < FDK__MMSG_CHUNK ? n - done : FDK__MMSG_CHUNK;
        unsigned int i;
        int r;

        fill_headers(hdr, iov, msgs + done, k, 1);
        /*
         * MSG_WAITFORONE: a blocking call waits for the first datagram only,
         * then takes what is queued.  Chunks after the first never wait.
         */
        r = recvmmsg(s.fd, hdr, k, kflags | (done > 0 ? MSG_DONTWAIT : 0), NULL);
        if (r < 0) {
            /* Before any message, the error (EINTR included) is the result.
               After earlier chunks: EAGAIN is simply "no more"; any other
               error stays queued on the socket for the next call. */
            if (done > 0)
                break;
            return FDK__NERRNO();
        }
        for (i = 0; i < (unsigned int)r; i++) {
            struct fdk_socket_msg *m = &msgs[done + i];
            m->transferred = hdr[i].msg_len;
            m->msg_flags = hdr[i].msg_hdr.msg_flags;
            /* Exact length from the kernel.  It is 0 when the sender has no
               address: on a datagram or seqpacket socket that is an unbound
               Unix sender, reported as the unnamed address ("unix:") the
               way accept, getpeername and fdk_unix_dgram_recvfrom() do; on
               a stream it stays 0 (no address: the peer is fixed). */
            if (m->addr) {
                m->addr->len = hdr[i].msg_hdr.msg_namelen;
                if (m->addr->len == 0) {
                    if (stream < 0)
                        stream = is_stream(s.fd) != 0; /* an error: leave it empty */
                    if (!stream) {
                        memset(&m->addr->u, 0, sizeof m->addr->u);
                        m->addr->u.sa.sa_family = AF_UNIX;
                        m->addr->len = sizeof(sa_family_t);
                    }
                }
            }
        }
        done += (unsigned int)r;
        if ((unsigned int)r < k)
            break;
    }
    return (int)done;
}
