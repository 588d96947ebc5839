/* SPDX-License-Identifier: MIT */
/*
 * Socket queries that are more than one typed getsockopt: the local and
 * peer addresses, TCP_INFO decoded whatever the running kernel's version of
 * the struct, and the peer's pidfd.  The plain option getters and setters
 * are generated from spec/socket.yaml.
 */
#include "fdk-internal.h"

#include <fdkit/socket.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* getsockname (peer = 0) or getpeername (peer = 1) into *out, exact length. */
static int get_name(int fd, fdk_sockaddr *out, int peer)
{
    fdk_sockaddr a;
    socklen_t len;
    int r;

    if (fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    memset(&a, 0, sizeof(a)); /* bytes past the address stay zero */
    /* Neither call waits; EINTR is retried like any such call. */
    for (;;) {
        len = sizeof(a.u);
        r = peer ? getpeername(fd, &a.u.sa, &len) : getsockname(fd, &a.u.sa, &len);
        if (r == 0)
            break;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
    }
    if (len > sizeof(a.u)) /* the kernel reports the full length if it truncated */
        len = sizeof(a.u);
    a.len = len;
    *out = a;
    return 0;
}

int fdk_socket_local_addr(fdk_socket s, fdk_sockaddr *out)
{
    return get_name(s.fd, out, 0);
}

int fdk_socket_peer_addr(fdk_socket s, fdk_sockaddr *out)
{
    return get_name(s.fd, out, 1);
}

/*
 * The kernel's struct tcp_info (<linux/tcp.h>) up to tcpi_snd_wnd (Linux
 * 5.4).  glibc's <netinet/tcp.h> declares only the first 104 bytes (the
 * Linux 2.6 struct), and the two headers cannot be included together, so
 * the layout is spelled out here.  It is ABI: kernels only ever append
 * members, and TCP_INFO copies min(our size, theirs) bytes.  Everything
 * past what the kernel copied stays zero, which is what fdk_tcp_info
 * promises for members the running kernel does not have.
 */
struct fdk__tcp_info_abi {
    uint8_t state, ca_state, retransmits, probes, backoff, options;
    uint8_t wscale;     /* snd_wscale:4, rcv_wscale:4 */
    uint8_t rate_flags; /* delivery_rate_app_limited:1, fastopen_client_fail:2 */
    uint32_t rto, ato, snd_mss, rcv_mss;
    uint32_t unacked, sacked, lost, retrans, fackets;
    uint32_t last_data_sent, last_ack_sent, last_data_recv, last_ack_recv;
    uint32_t pmtu, rcv_ssthresh, rtt, rttvar, snd_ssthresh, snd_cwnd, advmss, reordering;
    uint32_t rcv_rtt, rcv_space;
    uint32_t total_retrans;
    uint64_t pacing_rate, max_pacing_rate;
    uint64_t bytes_acked, bytes_received;
    uint32_t segs_out, segs_in;
    uint32_t notsent_bytes, min_rtt, data_segs_in, data_segs_out;
    uint64_t delivery_rate;
    uint64_t busy_time, rwnd_limited, sndbuf_limited;
    uint32_t delivered, delivered_ce;
    uint64_t bytes_sent, bytes_retrans;
    uint32_t dsack_dups, reord_seen;
    uint32_t rcv_ooopack;
    uint32_t snd_wnd;
};

/* The part glibc knows must match it member for member ... */
_Static_assert(sizeof(struct tcp_info) == offsetof(struct fdk__tcp_info_abi, pacing_rate),
               "glibc's struct tcp_info is the 104-byte prefix");
_Static_assert(offsetof(struct tcp_info, tcpi_rto) == offsetof(struct fdk__tcp_info_abi, rto),
               "tcp_info layout");
_Static_assert(offsetof(struct tcp_info, tcpi_last_ack_recv) ==
                   offsetof(struct fdk__tcp_info_abi, last_ack_recv),
               "tcp_info layout");
_Static_assert(offsetof(struct tcp_info, tcpi_total_retrans) ==
                   offsetof(struct fdk__tcp_info_abi, total_retrans),
               "tcp_info layout");
/* ... and the appended members sit where <linux/tcp.h> puts them. */
_Static_assert(offsetof(struct fdk__tcp_info_abi, bytes_acked) == 120, "tcp_info layout");
_Static_assert(offsetof(struct fdk__tcp_info_abi, segs_in) == 140, "tcp_info layout");
_Static_assert(offsetof(struct fdk__tcp_info_abi, delivery_rate) == 160, "tcp_info layout");
_Static_assert(offsetof(struct fdk__tcp_info_abi, busy_time) == 168, "tcp_info layout");
_Static_assert(offsetof(struct fdk__tcp_info_abi, snd_wnd) == 228, "tcp_info layout");

int fdk_socket_get_tcp_info(fdk_socket s, struct fdk_tcp_info *out)
{
    struct fdk__tcp_info_abi k;
    struct fdk_tcp_info r;
    socklen_t len;

    if (s.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    for (;;) {
        memset(&k, 0, sizeof(k));
        len = sizeof(k);
        if (getsockopt(s.fd, IPPROTO_TCP, TCP_INFO, &k, &len) == 0)
            break;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
    }
    /* Not even the state byte: not a struct we know how to read. */
    if (len < 1)
        return -EIO;

    memset(&r, 0, sizeof(r));
    r.state = k.state;
    r.ca_state = k.ca_state;
    r.retransmits = k.retransmits;
    r.probes = k.probes;
    r.backoff = k.backoff;
    r.rto_us = k.rto;
    r.ato_us = k.ato;
    r.snd_mss = k.snd_mss;
    r.rcv_mss = k.rcv_mss;
    r.unacked = k.unacked;
    r.sacked = k.sacked;
    r.lost = k.lost;
    r.retrans = k.retrans;
    r.fackets = k.fackets;
    r.last_data_sent_ms = k.last_data_sent;
    r.last_data_recv_ms = k.last_data_recv;
    r.last_ack_recv_ms = k.last_ack_recv;
    r.pmtu = k.pmtu;
    r.rcv_ssthresh = k.rcv_ssthresh;
    r.rtt_us = k.rtt;
    r.rttvar_us = k.rttvar;
    r.snd_ssthresh = k.snd_ssthresh;
    r.snd_cwnd = k.snd_cwnd;
    r.advmss = k.advmss;
    r.reordering = k.reordering;
    r.rcv_rtt_us = k.rcv_rtt;
    r.rcv_space = k.rcv_space;
    r.total_retrans = k.total_retrans;
    r.bytes_acked = k.bytes_acked;
    r.bytes_received = k.bytes_received;
    r.segs_out = k.segs_out;
    r.segs_in = k.segs_in;
    r.delivery_rate = k.delivery_rate;
    r.busy_time_us = k.busy_time;
    r.snd_wnd = k.snd_wnd;
    *out = r;
    return 0;
}

/*
 * SO_PEERPIDFD (Linux 6.5).  Older C library headers lack it; its value is
 * per architecture like every SO_* constant: 77 in asm-generic (and on
 * alpha and mips), 0x404B on parisc, 0x0056 on sparc.  A kernel that does
 * not know it answers ENOPROTOOPT, which is passed on.
 */
#ifndef SO_PEERPIDFD
#if defined(__hppa__)
#define SO_PEERPIDFD 0x404B
#elif defined(__sparc__)
#define SO_PEERPIDFD 0x0056
#else
#define SO_PEERPIDFD 77
#endif
#endif

int fdk_socket_get_peerpidfd(fdk_socket s, int *ret_fd)
{
    socklen_t len;
    int fd;

    if (s.fd < 0)
        return -EBADF;
    if (!ret_fd)
        return -EINVAL;
    /*
     * The kernel installs the new descriptor only when the call succeeds,
     * so a failed (or interrupted) call left nothing to close.  A pidfd is
     * always created close-on-exec.
     */
    for (;;) {
        fd = -1;
        len = sizeof(fd);
        if (getsockopt(s.fd, SOL_SOCKET, SO_PEERPIDFD, &fd, &len) == 0)
            break;
        if (errno != EINTR)
            return FDK__NEG_ERRNO();
    }
    if (fd < 0 || len != sizeof(fd)) {
        fdk__close_quietly(fd);
        return -EIO;
    }
    *ret_fd = fd;
    return 0;
}
