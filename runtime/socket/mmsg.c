/* SPDX-License-Identifier: MIT */
/*
 * Batched datagram I/O: fdk_socket_send_batch (sendmmsg) and
 * fdk_socket_recv_batch (recvmmsg).
 *
 * Each batch is one system call, whatever its size (up to UIO_MAXIOV): the
 * headers (struct mmsghdr + struct iovec per message) are on the stack for
 * up to 64 messages and on the heap beyond.  A second call could take an
 * error the kernel keeps for "the next call" after a short first one, and
 * an error that arrives with a count cannot be returned.
 */
#include "fdk-internal.h"

#include <fdkit/socket.h>

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

/* The kernel's limit on messages per sendmmsg/recvmmsg (UIO_MAXIOV). */
#define FDK__MMSG_MAX 1024u
/* Batches up to this size keep their headers on the stack (5 KiB). */
#define FDK__MMSG_STACK 64u

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
    static const struct mmsghdr zero;
    unsigned int i;

    for (i = 0; i < k; i++) {
        fdk_sockaddr *a = msgs[i].addr;

        /* Cleared one header at a time by a struct copy the compiler writes
           as a few vector stores (padding included), rather than a memset
           call per header or one the size of the whole batch. */
        hdr[i] = zero;
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

/*
 * Headers for k messages: on the stack up to FDK__MMSG_STACK, else on the
 * heap, so the whole batch is one system call.  One call matters: the
 * kernel reports an error only when a call moved nothing, and an error
 * taken by a second call after the first had moved messages could not be
 * returned (the count is) and would be lost.  Without memory the batch is
 * cut to what fits on the stack: fewer messages than asked, nothing lost.
 */
struct batch {
    struct mmsghdr *hdr;
    struct iovec *iov;
    unsigned int k;
    void *heap;
};

static void batch_get(struct batch *b, struct mmsghdr *stack_hdr, struct iovec *stack_iov, unsigned int n)
{
    b->hdr = stack_hdr;
    b->iov = stack_iov;
    b->k = n < FDK__MMSG_STACK ? n : FDK__MMSG_STACK;
    b->heap = NULL;
    if (n > FDK__MMSG_STACK) {
        /* n <= 1024: at most 80 KiB, no overflow */
        void *p = malloc((size_t)n * (sizeof(struct mmsghdr) + sizeof(struct iovec)));
        if (p) {
            b->heap = p;
            b->hdr = p;
            b->iov = (struct iovec *)(void *)(b->hdr + n);
            b->k = n;
        }
    }
}

/*
 * After sendmmsg refused the first message with EINVAL or EAFNOSUPPORT:
 * -EAFNOSUPPORT if its destination's family does not fit the socket (a Unix
 * address for an IP socket, an IP address for a Unix one), which the
 * kernel reports as either depending on the address's length; err itself
 * otherwise.  Asked only after the failure, so a batch that goes out pays
 * nothing for it.
 */
static int family_mismatch(int fd, const struct fdk_socket_msg *m, int err)
{
    int domain = 0, dest;
    socklen_t len = sizeof(domain);

    if ((err != -EINVAL && err != -EAFNOSUPPORT) || !m->addr || m->addr->len < sizeof(sa_family_t))
        return err;
    dest = m->addr->u.sa.sa_family;
    if (FDK__RETRY_EINTR(getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len)) < 0)
        return err;
    if (domain == AF_UNIX && dest != AF_UNIX)
        return -EAFNOSUPPORT;
    if ((domain == AF_INET || domain == AF_INET6) && dest != AF_INET && dest != AF_INET6)
        return -EAFNOSUPPORT;
    return err;
}

int fdk_socket_send_batch(fdk_socket s, struct fdk_socket_msg *msgs, unsigned int n, int flags)
{
    struct mmsghdr stack_hdr[FDK__MMSG_STACK];
    struct iovec stack_iov[FDK__MMSG_STACK];
    struct batch b;
    unsigned int i;
    int err, r;

    err = check_batch_args(s, msgs, n, 0);
    if (err < 0)
        return err;
    if (flags & ~FDK_SOCKET_SEND_ALL)
        return -EINVAL;

    batch_get(&b, stack_hdr, stack_iov, n);
    fill_headers(b.hdr, b.iov, msgs, b.k, 0);
    /*
     * The kernel reports an error only when nothing was sent; EINTR is
     * handed back like by every socket call that waits.  A short count
     * means the next message would block or failed (sendmmsg reports that
     * error on the next call, if it persists).
     */
    r = sendmmsg(s.fd, b.hdr, b.k, flags | MSG_NOSIGNAL);
    if (r < 0) {
        err = family_mismatch(s.fd, &msgs[0], FDK__NEG_ERRNO());
        free(b.heap);
        return err;
    }
    for (i = 0; i < (unsigned int)r; i++) {
        msgs[i].transferred = b.hdr[i].msg_len;
        msgs[i].msg_flags = 0;
    }
    free(b.heap);
    return r;
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
            return FDK__NEG_ERRNO();
        len = sizeof(type);
    }
    return type == SOCK_STREAM;
}

int fdk_socket_recv_batch(fdk_socket s, struct fdk_socket_msg *msgs, unsigned int n, int flags)
{
    struct mmsghdr stack_hdr[FDK__MMSG_STACK];
    struct iovec stack_iov[FDK__MMSG_STACK];
    struct batch b;
    unsigned int i;
    int err, kflags, r, stream = -1; /* -1: not asked yet */

    err = check_batch_args(s, msgs, n, 1);
    if (err < 0)
        return err;
    /* PEEK would fill every slot with a copy of the same first datagram. */
    if ((flags & ~FDK_SOCKET_RECV_ALL) || (flags & MSG_PEEK))
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

    batch_get(&b, stack_hdr, stack_iov, n);
    fill_headers(b.hdr, b.iov, msgs, b.k, 1);
    /*
     * MSG_WAITFORONE: a blocking call waits for the first datagram only,
     * then takes what is queued.  An error (EINTR included) is the result
     * only when nothing arrived; after some datagrams the kernel keeps it
     * on the socket for the next call.
     */
    r = recvmmsg(s.fd, b.hdr, b.k, kflags, NULL);
    if (r < 0) {
        err = FDK__NEG_ERRNO();
        free(b.heap);
        return err;
    }
    for (i = 0; i < (unsigned int)r; i++) {
        struct fdk_socket_msg *m = &msgs[i];
        socklen_t alen = b.hdr[i].msg_hdr.msg_namelen;

        m->transferred = b.hdr[i].msg_len;
        m->msg_flags = b.hdr[i].msg_hdr.msg_flags;
        if (!m->addr)
            continue;
        /* Exact length from the kernel, the bytes past it zeroed as every
           fdkit address is.  It is 0 when the sender has no address: on a
           datagram or seqpacket socket that is an unbound Unix sender,
           reported as the unnamed address ("unix:") the way accept,
           getpeername and fdk_unix_dgram_recvfrom() do; on a stream it
           stays 0 (no address: the peer is fixed). */
        if (alen > sizeof(m->addr->u))
            alen = sizeof(m->addr->u);
        memset((char *)&m->addr->u + alen, 0, sizeof(m->addr->u) - alen);
        m->addr->len = alen;
        if (alen == 0) {
            if (stream < 0)
                stream = is_stream(s.fd) != 0; /* an error: leave it empty */
            if (!stream) {
                m->addr->u.sa.sa_family = AF_UNIX;
                m->addr->len = sizeof(sa_family_t);
            }
        }
    }
    free(b.heap);
    return r;
}
