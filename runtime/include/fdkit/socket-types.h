/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/socket-types.h
 * Socket addresses and the records the socket calls fill in, used by
 * fdkit/socket.h (included by it; never needed alone).
 *
 * fdk_sockaddr holds one address of any family fdkit speaks (IPv4, IPv6,
 * Unix) together with its exact length, so it can go straight to bind(),
 * connect() or sendto().  The fdk_sockaddr_* helpers build, validate, parse,
 * format and compare them; they are plain computations (no system call except
 * the interface-name lookup of fdk_sockaddr_parse() and fdk_sockaddr_ipv6()).
 *
 * Text form (fdk_sockaddr_parse() reads it, fdk_sockaddr_format() writes it):
 *
 *     127.0.0.1:80            IPv4: dotted quad (inet_pton), ':' and a decimal port 0..65535
 *     [::1]:80                IPv6: always in brackets, then ':' and the port
 *     [fe80::1%lo]:80         IPv6 with a scope: an interface name or a number
 *     unix:/run/x.sock        Unix path (relative paths too), taken literally
 *     unix:@name              Unix abstract name; \\ is a backslash, \xNN any byte (NUL too)
 *     unix:                   Unix unnamed (autobind when bound)
 *
 * A Unix path is taken byte for byte, with one exception that keeps the form
 * unambiguous: if the text after "unix:" starts with "\@" or "\\", the
 * backslash is dropped (so a relative path beginning with '@' is written
 * "unix:\@name"; one beginning with "\\" or "\@" gets one more backslash).
 */
#ifndef FDKIT_SOCKET_TYPES_H
#define FDKIT_SOCKET_TYPES_H

#include <fdkit/common.h>

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>

FDK_BEGIN_DECLS

/**
 * A socket address with its exact length.
 *
 * `len` is what bind(), connect() and sendto() are given and what
 * getsockname(), accept() and recvfrom() reported; 0 means "no address"
 * (family AF_UNSPEC).  The helpers below always produce the canonical form:
 * bytes past `len` are zero, `sin_zero` is zero, and a Unix path address is
 * `offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1` bytes long
 * (the terminating NUL included).  An abstract Unix address is
 * `offsetof(..., sun_path) + 1 + name length` bytes with no terminator;
 * an unnamed one is `sizeof(sa_family_t)` bytes.
 *
 * Initialise with `fdk_sockaddr a = {0};` for an empty address.
 */
typedef struct fdk_sockaddr {
    socklen_t len; /**< exact length for bind/connect/sendto; 0 = empty (no address) */
    union {
        struct sockaddr sa;          /**< generic view, for the system calls */
        struct sockaddr_storage ss;  /**< room for any family */
        struct sockaddr_in in4;      /**< AF_INET */
        struct sockaddr_in6 in6;     /**< AF_INET6 */
        struct sockaddr_un un;       /**< AF_UNIX */
    } u;
} fdk_sockaddr;

/**
 * Size of a buffer that holds any address fdk_sockaddr_format() writes, NUL
 * included.  The longest is an abstract Unix name of 107 bytes that all need
 * an escape: "unix:@" + 107 x "\xNN" + NUL = 435 bytes.
 */
#define FDK_SOCKADDR_STRLEN 440

/**
 * Credentials of a process: SCM_CREDENTIALS and SO_PEERCRED.  The same layout
 * as the kernel's struct ucred, which glibc only declares under _GNU_SOURCE.
 */
struct fdk_ucred {
    pid_t pid; /**< process id (in the receiver's pid namespace) */
    uid_t uid; /**< user id */
    gid_t gid; /**< group id */
};

/**
 * A typed subset of the kernel's struct tcp_info (TCP_INFO).  Times are in the
 * unit the member name says.  Members the running kernel does not report
 * (its struct is shorter) are 0.
 */
struct fdk_tcp_info {
    uint8_t state;       /**< TCP_ESTABLISHED, TCP_LISTEN... (values of netinet/tcp.h) */
    uint8_t ca_state;    /**< congestion-avoidance state (TCP_CA_Open...) */
    uint8_t retransmits; /**< retransmissions of the current segment */
    uint8_t probes;      /**< unanswered zero-window / keepalive probes */
    uint8_t backoff;     /**< exponential backoff of the retransmission timer */
    uint32_t rto_us;     /**< retransmission timeout */
    uint32_t ato_us;     /**< delayed-ACK timeout */
    uint32_t snd_mss;    /**< send maximum segment size */
    uint32_t rcv_mss;    /**< receive maximum segment size (estimated) */
    uint32_t unacked;    /**< segments sent and not yet acknowledged */
    uint32_t sacked;     /**< segments selectively acknowledged */
    uint32_t lost;       /**< segments considered lost */
    uint32_t retrans;    /**< segments retransmitted and not yet acknowledged */
    uint32_t fackets;    /**< forward-acknowledged segments (0 on current kernels) */
    uint32_t last_data_sent_ms; /**< time since the last data was sent */
    uint32_t last_data_recv_ms; /**< time since the last data was received */
    uint32_t last_ack_recv_ms;  /**< time since the last ACK was received */
    uint32_t pmtu;         /**< path MTU */
    uint32_t rcv_ssthresh; /**< receive slow-start threshold */
    uint32_t rtt_us;       /**< smoothed round-trip time */
    uint32_t rttvar_us;    /**< round-trip time variance */
    uint32_t snd_ssthresh; /**< send slow-start threshold */
    uint32_t snd_cwnd;     /**< congestion window, in segments */
    uint32_t advmss;       /**< advertised MSS */
    uint32_t reordering;   /**< reordering tolerance, in segments */
    uint32_t rcv_rtt_us;   /**< receiver-side round-trip estimate */
    uint32_t rcv_space;    /**< receive buffer space the sender is told about */
    uint32_t total_retrans; /**< retransmissions over the connection's life */
    uint64_t bytes_acked;    /**< bytes acknowledged by the peer; 0 if the kernel's struct is too short */
    uint64_t bytes_received; /**< bytes received; 0 if the kernel's struct is too short */
    uint32_t segs_out;       /**< segments sent (0 if absent) */
    uint32_t segs_in;        /**< segments received (0 if absent) */
    uint64_t delivery_rate;  /**< estimated delivery rate in bytes/s, 0 if absent */
    uint64_t busy_time_us;   /**< time spent sending with data queued, 0 if absent */
    uint32_t snd_wnd;        /**< peer's advertised receive window, 0 if absent (Linux 5.4+) */
};

/**
 * What fdk_socket_recv_ancillary() received besides the data: descriptors
 * (SCM_RIGHTS), the sender's credentials (SCM_CREDENTIALS) and the message
 * flags.
 */
struct fdk_socket_ancillary {
    int *fds;          /**< in: slots for received fds; fdkit prefills every slot with -1 */
    size_t fds_max;    /**< in: number of slots */
    size_t nfds;       /**< out: fds stored in fds[0..nfds); the caller owns them, all have FD_CLOEXEC */
    size_t fds_closed; /**< out: fds that arrived but fdkit closed, because the control data was
                            truncated (MSG_CTRUNC) or more arrived than fds_max; nonzero = lost */
    int has_creds;     /**< out: 1 when creds holds SCM_CREDENTIALS from the peer */
    struct fdk_ucred creds; /**< out: the sender's credentials, when has_creds */
    int msg_flags;     /**< out: msg_flags of recvmsg (MSG_TRUNC, MSG_CTRUNC, MSG_EOR, MSG_OOB; also MSG_CMSG_CLOEXEC, which fdkit always asks for) */
};

/** One message of a batch (fdk_socket_send_batch() / fdk_socket_recv_batch()). */
struct fdk_socket_msg {
    void *buf;          /**< data (send: read from; recv: written to) */
    size_t len;         /**< in: buffer size (send: bytes to send) */
    fdk_sockaddr *addr; /**< send: destination, or NULL when connected; recv: receives the peer, or NULL */
    size_t transferred; /**< out: bytes sent / received (recv: greater than len = the datagram was truncated) */
    int msg_flags;      /**< out (recv): MSG_TRUNC, MSG_CTRUNC, ... */
};

/** One zero-copy completion notification from the error queue. */
struct fdk_zerocopy_range {
    uint32_t first; /**< first send sequence number now complete */
    uint32_t last;  /**< last one (inclusive) */
    int copied;     /**< 1: the kernel copied the data instead (SO_EE_CODE_ZEROCOPY_COPIED) */
};

/**
 * Build an IPv4 address.
 *
 * @param out   receives the address (written only on success)
 * @param ip    a dotted quad "a.b.c.d" (inet_pton(3) rules: four decimal parts
 *              0..255, nothing else; host names are not resolved), or NULL for
 *              INADDR_ANY (0.0.0.0)
 * @param port  port in host byte order
 *
 * Never blocks; no system call.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL, or ip is not a dotted quad
 */
FDK_EXPORT int fdk_sockaddr_ipv4(fdk_sockaddr *out, const char *ip, uint16_t port);

/**
 * Build an IPv6 address.
 *
 * @param out       receives the address (written only on success)
 * @param ip        an IPv6 address without brackets ("::1", "fe80::1",
 *                  "::ffff:1.2.3.4"), optionally followed by "%scope" (an
 *                  interface name or a decimal index), or NULL for in6addr_any (::)
 * @param port      port in host byte order
 * @param scope_id  interface index for sin6_scope_id, or 0; when ip carries a
 *                  scope too, both must name the same index
 *
 * Never blocks.  A scope given by name is looked up like if_nametoindex(3)
 * (a short-lived socket and the SIOCGIFINDEX ioctl); a numeric scope is
 * taken as is.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL, ip is not an IPv6 address, its scope is empty or
 *            numerically out of range, or it differs from a nonzero scope_id
 *   -ENODEV  the scope names no network interface
 *   -EMFILE, -ENFILE, -ENOMEM, -ENOBUFS  the interface lookup could not open
 *            its socket (another -errno of socket(2) or ioctl(2) is passed on too)
 */
FDK_EXPORT int fdk_sockaddr_ipv6(fdk_sockaddr *out, const char *ip, uint16_t port, uint32_t scope_id);

/**
 * Build a Unix address for a file-system path.  The length is exact:
 * `offsetof(struct sockaddr_un, sun_path) + strlen(path) + 1`.
 *
 * @param out   receives the address (written only on success)
 * @param path  the socket's path, absolute or relative, 1..107 bytes.  Longer
 *              paths can be reached with the `_at` functions of fdkit/socket.h
 *              (fdk_unix_listen_at(), fdk_unix_connect_at(), ...).
 *
 * Never blocks; no system call.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL        out or path is NULL, or path is empty
 *   -ENAMETOOLONG  path is longer than 107 bytes (sun_path holds 108 with the NUL)
 */
FDK_EXPORT int fdk_sockaddr_unix(fdk_sockaddr *out, const char *path);

/**
 * Build a Unix address in the abstract namespace (Linux): a name that lives
 * in the network namespace, not in the file system, and disappears with the
 * last socket bound to it.  Any bytes, NUL included; the length is exact
 * (`offsetof(struct sockaddr_un, sun_path) + 1 + len`, no terminator), and
 * names that differ only in trailing NULs are different names.
 *
 * @param out   receives the address (written only on success)
 * @param name  the name's bytes (without the leading NUL that marks the namespace)
 * @param len   its length, 1..107
 *
 * Never blocks; no system call.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL        out or name is NULL, or len is 0
 *   -ENAMETOOLONG  len is greater than 107
 */
FDK_EXPORT int fdk_sockaddr_unix_abstract(fdk_sockaddr *out, const void *name, size_t len);

/**
 * Build an unnamed Unix address (len = sizeof(sa_family_t)).  Binding it
 * makes the kernel pick a unique abstract name of five hex digits
 * ("autobind"); it is also what an unbound peer's address looks like.
 *
 * @param out  receives the address (written only on success)
 *
 * Never blocks; no system call.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL
 */
FDK_EXPORT int fdk_sockaddr_unix_autobind(fdk_sockaddr *out);

/**
 * Validate a raw address (from accept(), getsockname(), recvfrom() or a user
 * struct) and copy it into canonical form.
 *
 * AF_INET needs len == sizeof(struct sockaddr_in) and AF_INET6 len ==
 * sizeof(struct sockaddr_in6) (sin_zero is cleared; sin6_flowinfo is kept).
 * AF_UNIX needs sizeof(sa_family_t) <= len <= sizeof(struct sockaddr_un):
 * a path ends at its first NUL or at len, and is stored with the canonical
 * length (terminator included); an abstract name keeps exactly its len bytes;
 * len == sizeof(sa_family_t) is the unnamed address.  len == 0 gives the empty
 * address (sa may then be NULL).
 *
 * Note that getsockname() and friends report a length greater than their
 * buffer when it was too small; pass the length actually copied.
 *
 * @param out  receives the copy (written only on success)
 * @param sa   the address, read-only
 * @param len  its length in bytes
 *
 * Never blocks; no system call.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL        out is NULL; sa is NULL with len > 0; len is wrong for
 *                  the family; an abstract name is empty
 *   -ENAMETOOLONG  a Unix path fills all 108 bytes of sun_path without a NUL
 *                  (fdkit addresses hold at most 107 path bytes)
 *   -EAFNOSUPPORT  the family is not AF_INET, AF_INET6 or AF_UNIX
 */
FDK_EXPORT int fdk_sockaddr_from(fdk_sockaddr *out, const struct sockaddr *sa, socklen_t len);

/**
 * Parse the text form of an address (see the top of this file):
 * "127.0.0.1:80", "[::1]:80", "[fe80::1%lo]:80" or "[fe80::1%2]:80",
 * "unix:/run/x.sock", "unix:@name" (abstract, with \\ and \\xNN escapes),
 * "unix:" (unnamed / autobind).
 *
 * The whole string must be consumed; nothing is resolved (no DNS, no
 * service names).  The port is required for IP addresses and is decimal
 * digits only (value 0..65535; no sign, no white space, nothing after it).
 * An IPv6 address always needs brackets.  A scope is an index when it is all
 * digits, else an interface name, looked up like if_nametoindex(3) once
 * every syntax check has passed; a scope on an address that is not
 * link-local is allowed (the kernel decides what it means).
 *
 * @param out      receives the address (written only on success)
 * @param text     the text, NUL-terminated
 * @param ret_why  nullable; receives a static English sentence naming the
 *                 problem on failure, and NULL on success
 *
 * Never blocks.  Only a scope given by name makes system calls (socket,
 * ioctl SIOCGIFINDEX, close).
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL        out or text is NULL, or the text is malformed (*ret_why says how)
 *   -ENAMETOOLONG  a Unix path or abstract name is longer than 107 bytes
 *   -ENODEV        the scope names no network interface
 *   -EMFILE, -ENFILE, -ENOMEM, -ENOBUFS  the interface lookup could not open
 *            its socket (another -errno of socket(2) or ioctl(2) is passed on too)
 */
FDK_EXPORT int fdk_sockaddr_parse(fdk_sockaddr *out, const char *text, const char **ret_why);

/**
 * Write the text form of an address, the inverse of fdk_sockaddr_parse():
 * parsing the result gives back an equal address (fdk_sockaddr_equal()).
 *
 * IPv4 as "a.b.c.d:port"; IPv6 as "[addr]:port" in the shortest form
 * (inet_ntop(3)), with "%N" before the ']' when the scope id N is nonzero.
 * The scope is always written as a number, never as an interface name, so
 * the text does not depend on the interfaces present (nor on an index being
 * renamed in between).  sin6_flowinfo is not shown.  A Unix path is written
 * as is (see the top of this file for a leading '@'), an abstract name as
 * "unix:@" with printable ASCII as is, '\' as "\\" and every other byte as
 * "\xNN" (lowercase hex); the unnamed address as "unix:".
 *
 * @param a     the address
 * @param buf   receives the NUL-terminated text; FDK_SOCKADDR_STRLEN bytes
 *              are always enough
 * @param size  size of buf in bytes
 *
 * Never blocks; no system call.
 *
 * @return the length of the text (without the NUL) on success, or a negative errno:
 *   -EINVAL        a or buf is NULL, or the address is inconsistent (len
 *                  wrong for its family)
 *   -ENOSPC        the text and its NUL do not fit in size bytes (buf is
 *                  then "" if size > 0)
 *   -EAFNOSUPPORT  the address is empty (len 0) or of another family
 */
FDK_EXPORT int fdk_sockaddr_format(const fdk_sockaddr *a, char *buf, size_t size);

/**
 * Return an address's family.
 *
 * @param a  the address
 *
 * Never blocks; no system call.
 *
 * @return AF_INET, AF_INET6, AF_UNIX, ... or AF_UNSPEC (0) for an empty
 *         address (len 0), or a negative errno:
 *   -EINVAL  a is NULL
 */
FDK_EXPORT int fdk_sockaddr_family(const fdk_sockaddr *a);

/**
 * Return the port of an IPv4 or IPv6 address, in host byte order.
 *
 * @param a  the address
 *
 * Never blocks; no system call.
 *
 * @return the port (0..65535), or a negative errno:
 *   -EINVAL        a is NULL, or its len is wrong for its family
 *   -EAFNOSUPPORT  the address is empty, Unix, or of another family
 */
FDK_EXPORT int fdk_sockaddr_port(const fdk_sockaddr *a);

/**
 * Change the port of an IPv4 or IPv6 address.
 *
 * @param a     the address (changed only on success)
 * @param port  the new port, in host byte order
 *
 * Never blocks; no system call.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL        a is NULL, or its len is wrong for its family
 *   -EAFNOSUPPORT  the address is empty, Unix, or of another family
 */
FDK_EXPORT int fdk_sockaddr_set_port(fdk_sockaddr *a, uint16_t port);

/**
 * Compare two addresses by what they mean, not by their padding: IPv4 by
 * address and port; IPv6 by address, port and scope id (not flowinfo); Unix
 * paths by their bytes up to the NUL; abstract names by length and bytes;
 * unnamed Unix addresses are equal to each other; two empty addresses are
 * equal.  Addresses of other families, and inconsistent ones (len wrong for
 * the family), are compared byte for byte over len.  IPv4 and IPv4-mapped
 * IPv6 addresses are different (different families).
 *
 * @param a  an address
 * @param b  another one
 *
 * Never blocks; no system call.
 *
 * @return 1 if they are equal, 0 if not, or a negative errno:
 *   -EINVAL  a or b is NULL
 */
FDK_EXPORT int fdk_sockaddr_equal(const fdk_sockaddr *a, const fdk_sockaddr *b);

FDK_END_DECLS

#endif /* FDKIT_SOCKET_TYPES_H */
