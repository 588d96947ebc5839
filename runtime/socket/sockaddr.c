/* SPDX-License-Identifier: MIT */
/*
 * Socket addresses: building, validating, parsing, formatting and comparing
 * fdk_sockaddr (declared in fdkit/socket-types.h, which documents the text
 * form).  Everything here is computation on bytes; the only system calls are
 * the interface-name lookup for an IPv6 scope (socket, ioctl SIOCGIFINDEX,
 * close).
 *
 * Every fdk_sockaddr these functions produce is canonical: bytes past len are
 * zero and a Unix path's len counts exactly its bytes and one NUL.  That is
 * what makes "parse(format(a)) equals a" hold byte for byte, not only in the
 * sense of fdk_sockaddr_equal().
 */
#include "fdk-internal.h"

#include <fdkit/socket-types.h>

#include <arpa/inet.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/* Our struct fdk_ucred must be usable wherever the kernel's struct ucred is. */
_Static_assert(sizeof(struct fdk_ucred) == sizeof(struct ucred), "fdk_ucred size");
_Static_assert(offsetof(struct fdk_ucred, pid) == offsetof(struct ucred, pid), "fdk_ucred.pid");
_Static_assert(offsetof(struct fdk_ucred, uid) == offsetof(struct ucred, uid), "fdk_ucred.uid");
_Static_assert(offsetof(struct fdk_ucred, gid) == offsetof(struct ucred, gid), "fdk_ucred.gid");

#define SUN_OFF offsetof(struct sockaddr_un, sun_path)
#define SUN_SIZE sizeof(((struct sockaddr_un *)0)->sun_path)
/* A path needs its NUL inside sun_path; an abstract name needs the leading NUL. */
#define UNIX_NAME_MAX (SUN_SIZE - 1)

/*
 * On Linux sun_path follows sun_family directly, so "only the family" and
 * "an empty sun_path" are the same length.  The unnamed-address logic below
 * relies on it.
 */
_Static_assert(SUN_OFF == sizeof(sa_family_t), "sun_path follows sun_family");
_Static_assert(SUN_SIZE == 108, "the documented limits (107 bytes) assume a 108-byte sun_path");
/* "unix:@" + every name byte as \xNN + NUL; the IP forms are far shorter. */
_Static_assert(FDK_SOCKADDR_STRLEN >= sizeof("unix:@") + 4 * UNIX_NAME_MAX, "FDK_SOCKADDR_STRLEN");
_Static_assert(FDK_SOCKADDR_STRLEN >= sizeof("[%4294967295]:65535") + INET6_ADDRSTRLEN,
               "FDK_SOCKADDR_STRLEN (IPv6)");

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* ------------------------------------------------------------------------ */
/* Unix addresses                                                            */

enum unix_kind { UNIX_UNNAMED, UNIX_PATH, UNIX_ABSTRACT };

/*
 * What an AF_UNIX address of a->len bytes names.  A path ends at its first
 * NUL or at len, like the kernel reads it; a path without a NUL in all 108
 * bytes is one the kernel accepts but fdkit cannot express (parse, unix()
 * and the text form stop at 107), so it is refused rather than half
 * supported.  An abstract address whose name is empty is refused for the
 * same reason ("unix:@" is an error).
 */
static int unix_view(const fdk_sockaddr *a, enum unix_kind *kind, const char **bytes, size_t *n)
{
    size_t len = a->len, avail;
    const char *p = a->u.un.sun_path;

    if (len < sizeof(sa_family_t) || len > sizeof(struct sockaddr_un))
        return -EINVAL;
    if (len == SUN_OFF) {
        *kind = UNIX_UNNAMED;
        *bytes = p;
        *n = 0;
        return 0;
    }
    avail = len - SUN_OFF;
    if (p[0] == '\0') {
        if (avail == 1)
            return -EINVAL;
        *kind = UNIX_ABSTRACT;
        *bytes = p + 1;
        *n = avail - 1;
        return 0;
    }
    *n = strnlen(p, avail);
    if (*n > UNIX_NAME_MAX)
        return -ENAMETOOLONG;
    *kind = UNIX_PATH;
    *bytes = p;
    return 0;
}

/* Canonical Unix address of the given kind into *tmp (zeroed first). */
static void unix_build(fdk_sockaddr *tmp, enum unix_kind kind, const void *bytes, size_t n)
{
    memset(tmp, 0, sizeof(*tmp));
    tmp->u.un.sun_family = AF_UNIX;
    switch (kind) {
    case UNIX_UNNAMED:
        tmp->len = (socklen_t)SUN_OFF;
        break;
    case UNIX_PATH:
        memcpy(tmp->u.un.sun_path, bytes, n);
        tmp->len = (socklen_t)(SUN_OFF + n + 1); /* the NUL is already there */
        break;
    case UNIX_ABSTRACT:
        memcpy(tmp->u.un.sun_path + 1, bytes, n);
        tmp->len = (socklen_t)(SUN_OFF + 1 + n); /* no terminator: every byte is the name */
        break;
    }
}

int fdk_sockaddr_unix(fdk_sockaddr *out, const char *path)
{
    fdk_sockaddr tmp;
    size_t n;

    if (!out || !path)
        return -EINVAL;
    n = strlen(path);
    if (n == 0)
        return -EINVAL;
    if (n > UNIX_NAME_MAX)
        return -ENAMETOOLONG;
    unix_build(&tmp, UNIX_PATH, path, n);
    *out = tmp;
    return 0;
}

int fdk_sockaddr_unix_abstract(fdk_sockaddr *out, const void *name, size_t len)
{
    fdk_sockaddr tmp;

    if (!out || !name || len == 0)
        return -EINVAL;
    if (len > UNIX_NAME_MAX)
        return -ENAMETOOLONG;
    unix_build(&tmp, UNIX_ABSTRACT, name, len);
    *out = tmp;
    return 0;
}

int fdk_sockaddr_unix_autobind(fdk_sockaddr *out)
{
    fdk_sockaddr tmp;

    if (!out)
        return -EINVAL;
    unix_build(&tmp, UNIX_UNNAMED, NULL, 0);
    *out = tmp;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* IP addresses                                                              */

static void ipv4_build(fdk_sockaddr *tmp, const struct in_addr *addr, uint16_t port)
{
    memset(tmp, 0, sizeof(*tmp));
    tmp->u.in4.sin_family = AF_INET;
    tmp->u.in4.sin_port = htons(port);
    tmp->u.in4.sin_addr = *addr;
    tmp->len = (socklen_t)sizeof(struct sockaddr_in);
}

static void ipv6_build(fdk_sockaddr *tmp, const struct in6_addr *addr, uint16_t port, uint32_t scope)
{
    memset(tmp, 0, sizeof(*tmp));
    tmp->u.in6.sin6_family = AF_INET6;
    tmp->u.in6.sin6_port = htons(port);
    tmp->u.in6.sin6_addr = *addr;
    tmp->u.in6.sin6_scope_id = scope;
    tmp->len = (socklen_t)sizeof(struct sockaddr_in6);
}

/*
 * inet_pton on the first n bytes of s (which need not be NUL-terminated
 * there).  Anything longer than the longest valid text cannot be valid, so
 * it is refused without copying.
 */
static int pton_n(int family, const char *s, size_t n, void *dst)
{
    char buf[INET6_ADDRSTRLEN];

    if (n >= sizeof(buf))
        return 0;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return inet_pton(family, buf, dst) == 1;
}

/*
 * The syntax of a scope (the text after '%', n bytes, not NUL-terminated):
 * all digits is an index; anything else is an interface name, left to
 * scope_lookup.  Kept apart from the lookup so that a parse reports every
 * syntax error before it makes a system call.
 */
static int scope_check(const char *s, size_t n, int *numeric, uint32_t *index, const char **why)
{
    size_t i;
    uint64_t v = 0;

    if (n == 0) {
        *why = "empty scope after '%'";
        return -EINVAL;
    }
    for (i = 0; i < n && is_digit(s[i]); i++)
        if (v <= UINT32_MAX)
            v = v * 10 + (uint64_t)(s[i] - '0');
    if (i == n) {
        if (v > UINT32_MAX) {
            *why = "numeric scope id is greater than 4294967295";
            return -EINVAL;
        }
        *numeric = 1;
        *index = (uint32_t)v;
        return 0;
    }
    *numeric = 0;
    return 0;
}

/*
 * Interface name (n bytes, not NUL-terminated) to index.
 *
 * This is what if_nametoindex(3) does, done here because glibc's version
 * loses the reason when it cannot open its socket (it reports ENOENT for
 * EMFILE, ENFILE, ENOMEM...), and "no such interface" would then be a lie.
 * The socket is only a handle for the SIOCGIFINDEX ioctl: any family will
 * do, AF_UNIX is the cheapest, and the others are for kernels without it.
 */
static int scope_lookup(const char *s, size_t n, uint32_t *index, const char **why)
{
    static const int families[] = { AF_UNIX, AF_INET, AF_INET6 };
    struct ifreq ifr;
    size_t i;
    int fd = -1, r;

    /* The kernel would say ENODEV too; saying it here spares the socket. */
    if (n >= IF_NAMESIZE) {
        *why = "no network interface has that name (too long for an interface name)";
        return -ENODEV;
    }
    for (i = 0; i < sizeof(families) / sizeof(families[0]) && fd < 0; i++) {
        fd = socket(families[i], SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (fd < 0 && errno != EAFNOSUPPORT)
            break;
    }
    if (fd < 0) {
        *why = "could not look up the scope's interface (no socket for the query)";
        return FDK__NEG_ERRNO();
    }
    memset(&ifr, 0, sizeof(ifr));
    memcpy(ifr.ifr_name, s, n);
    /* SIOCGIFINDEX never waits; the loop only honours the EINTR rule. */
    r = FDK__RETRY_EINTR(ioctl(fd, SIOCGIFINDEX, &ifr));
    if (r < 0)
        r = FDK__NEG_ERRNO();
    fdk__close_quietly(fd); /* never retried: on Linux the descriptor is gone either way */
    if (r < 0) {
        if (r == -ENODEV) {
            *why = "no network interface has that name";
            return -ENODEV;
        }
        *why = "could not look up the scope's interface";
        return r;
    }
    if (ifr.ifr_ifindex <= 0) {
        /* The kernel never hands out index 0; refuse it rather than lose the scope. */
        *why = "no network interface has that name";
        return -ENODEV;
    }
    *index = (uint32_t)ifr.ifr_ifindex;
    return 0;
}

/*
 * An IPv6 address with an optional "%scope", n bytes, into addr/scope.  A
 * scope given by name is not looked up here: *name and *name_len point at it
 * (else *name is NULL), so callers finish their syntax checks first.
 */
static int ipv6_text(const char *s, size_t n, struct in6_addr *addr, uint32_t *scope,
                     const char **name, size_t *name_len, const char **why)
{
    const char *pct = memchr(s, '%', n);
    size_t alen = pct ? (size_t)(pct - s) : n;
    int numeric = 1, r;

    *scope = 0;
    *name = NULL;
    *name_len = 0;
    if (!pton_n(AF_INET6, s, alen, addr)) {
        *why = "not an IPv6 address";
        return -EINVAL;
    }
    if (!pct)
        return 0;
    r = scope_check(pct + 1, n - alen - 1, &numeric, scope, why);
    if (r < 0)
        return r;
    if (!numeric) {
        *name = pct + 1;
        *name_len = n - alen - 1;
    }
    return 0;
}

int fdk_sockaddr_ipv4(fdk_sockaddr *out, const char *ip, uint16_t port)
{
    fdk_sockaddr tmp;
    struct in_addr addr;

    if (!out)
        return -EINVAL;
    if (!ip)
        addr.s_addr = htonl(INADDR_ANY);
    else if (inet_pton(AF_INET, ip, &addr) != 1)
        return -EINVAL;
    ipv4_build(&tmp, &addr, port);
    *out = tmp;
    return 0;
}

int fdk_sockaddr_ipv6(fdk_sockaddr *out, const char *ip, uint16_t port, uint32_t scope_id)
{
    fdk_sockaddr tmp;
    struct in6_addr addr = IN6ADDR_ANY_INIT;
    uint32_t scope = 0;
    const char *why, *name = NULL;
    size_t name_len = 0;
    int r;

    if (!out)
        return -EINVAL;
    if (ip) {
        r = ipv6_text(ip, strlen(ip), &addr, &scope, &name, &name_len, &why);
        if (r == 0 && name)
            r = scope_lookup(name, name_len, &scope, &why);
        if (r < 0)
            return r;
    }
    /* 0 is "no scope" on either side; two different scopes are a contradiction. */
    if (scope && scope_id && scope != scope_id)
        return -EINVAL;
    ipv6_build(&tmp, &addr, port, scope ? scope : scope_id);
    *out = tmp;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* Raw addresses                                                             */

int fdk_sockaddr_from(fdk_sockaddr *out, const struct sockaddr *sa, socklen_t len)
{
    fdk_sockaddr tmp, raw;
    sa_family_t family;
    enum unix_kind kind;
    const char *bytes;
    size_t n;
    int r;

    if (!out)
        return -EINVAL;
    memset(&tmp, 0, sizeof(tmp));
    if (len == 0) {
        *out = tmp;
        return 0;
    }
    if (!sa || len < sizeof(sa_family_t))
        return -EINVAL;
    /* memcpy: the caller's buffer need not be aligned for sa_family_t. */
    memcpy(&family, (const char *)sa + offsetof(struct sockaddr, sa_family), sizeof(family));

    switch (family) {
    case AF_INET:
        if (len != sizeof(struct sockaddr_in))
            return -EINVAL;
        memcpy(&tmp.u.in4, sa, len);
        memset(tmp.u.in4.sin_zero, 0, sizeof(tmp.u.in4.sin_zero));
        tmp.len = len;
        break;
    case AF_INET6:
        if (len != sizeof(struct sockaddr_in6))
            return -EINVAL;
        memcpy(&tmp.u.in6, sa, len);
        tmp.len = len;
        break;
    case AF_UNIX:
        if (len > sizeof(struct sockaddr_un))
            return -EINVAL;
        memset(&raw, 0, sizeof(raw));
        memcpy(&raw.u.un, sa, len);
        raw.len = len;
        r = unix_view(&raw, &kind, &bytes, &n);
        if (r < 0)
            return r;
        /* Rebuilt rather than copied: drops whatever followed a path's NUL. */
        unix_build(&tmp, kind, bytes, n);
        break;
    default:
        return -EAFNOSUPPORT;
    }
    *out = tmp;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* Parsing                                                                   */

/*
 * The port after ':' (NUL-terminated, must run to the end).  Each way of
 * getting it wrong has its own sentence, because "bad port" does not tell a
 * user that " 80" fails for the space.
 */
static int parse_port(const char *s, uint16_t *port, const char **why)
{
    uint32_t v = 0;
    size_t i;

    if (s[0] == '\0') {
        *why = "missing port after ':'";
        return -EINVAL;
    }
    if (s[0] == '+' || s[0] == '-') {
        *why = "port must not have a sign";
        return -EINVAL;
    }
    if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r')) {
        *why = "port must not start with white space";
        return -EINVAL;
    }
    if (!is_digit(s[0])) {
        *why = "port is not a decimal number";
        return -EINVAL;
    }
    for (i = 0; is_digit(s[i]); i++)
        if (v <= 65535)
            v = v * 10 + (uint32_t)(s[i] - '0');
    if (s[i] != '\0') {
        *why = "unexpected characters after the port";
        return -EINVAL;
    }
    if (v > 65535) {
        *why = "port is greater than 65535";
        return -EINVAL;
    }
    *port = (uint16_t)v;
    return 0;
}

/* "[addr%scope]:port" (text starts with '['). */
static int parse_ipv6(fdk_sockaddr *tmp, const char *text, const char **why)
{
    const char *inner = text + 1, *close = strchr(inner, ']'), *name;
    struct in6_addr addr;
    uint32_t scope = 0;
    size_t name_len;
    uint16_t port;
    int r;

    if (!close) {
        *why = "unterminated '[': missing ']'";
        return -EINVAL;
    }
    if (close == inner) {
        *why = "empty brackets: an IPv6 address is missing";
        return -EINVAL;
    }
    /* Syntax first (address, scope form, port); the interface lookup last. */
    r = ipv6_text(inner, (size_t)(close - inner), &addr, &scope, &name, &name_len, why);
    if (r < 0)
        return r;
    if (close[1] == '\0') {
        *why = "missing port: expected [address]:port";
        return -EINVAL;
    }
    if (close[1] != ':') {
        *why = "expected ':' and a port after ']'";
        return -EINVAL;
    }
    r = parse_port(close + 2, &port, why);
    if (r < 0)
        return r;
    if (name) {
        r = scope_lookup(name, name_len, &scope, why);
        if (r < 0)
            return r;
    }
    ipv6_build(tmp, &addr, port, scope);
    return 0;
}

/* 1 if the n bytes at s are an IPv6 address, with or without a "%scope". */
static int looks_ipv6(const char *s, size_t n)
{
    const char *pct = memchr(s, '%', n);
    struct in6_addr addr;

    return pton_n(AF_INET6, s, pct ? (size_t)(pct - s) : n, &addr);
}

/* "a.b.c.d:port", or an IPv6 address someone forgot to bracket. */
static int parse_ipv4(fdk_sockaddr *tmp, const char *text, const char **why)
{
    const char *colon = strchr(text, ':'), *last;
    struct in_addr addr;
    uint16_t port;
    int r;

    if (!colon) {
        *why = "missing port: expected address:port";
        return -EINVAL;
    }
    if (!pton_n(AF_INET, text, (size_t)(colon - text), &addr)) {
        /* Name the likely mistake: "::1:80" and "fe80::1%lo" want brackets. */
        last = strrchr(text, ':');
        if (last != colon && (looks_ipv6(text, strlen(text)) || looks_ipv6(text, (size_t)(last - text)))) {
            *why = "an IPv6 address needs brackets: [address]:port";
            return -EINVAL;
        }
        if (colon == text) {
            *why = "missing address before ':'";
            return -EINVAL;
        }
        *why = "not an IPv4 address: expected a.b.c.d with decimal parts 0-255 "
               "(names are not resolved; IPv6 is [address]:port, Unix is unix:path)";
        return -EINVAL;
    }
    /* A second ':' after a good IPv4 address is junk in the port ("1.2.3.4:80:90"). */
    r = parse_port(colon + 1, &port, why);
    if (r < 0)
        return r;
    ipv4_build(tmp, &addr, port);
    return 0;
}

/* The abstract name after "unix:@", with its escapes. */
static int parse_abstract(fdk_sockaddr *tmp, const char *s, const char **why)
{
    char name[UNIX_NAME_MAX];
    size_t n = 0;

    while (*s) {
        char c = *s++;
        if (c == '\\') {
            if (*s == '\\') {
                s++;
            } else if (*s == 'x') {
                int hi = hex_value(s[1]), lo = hi < 0 ? -1 : hex_value(s[2]);
                if (lo < 0) {
                    *why = "bad escape in abstract name: \\x needs two hex digits";
                    return -EINVAL;
                }
                c = (char)(hi << 4 | lo);
                s += 3;
            } else if (*s == '\0') {
                *why = "bad escape in abstract name: backslash at the end";
                return -EINVAL;
            } else {
                *why = "bad escape in abstract name: only \\\\ and \\xNN are known";
                return -EINVAL;
            }
        }
        /* Keep reading past the limit: a bad escape further on is still reported as such. */
        if (n < sizeof(name))
            name[n] = c;
        n++;
    }
    if (n == 0) {
        *why = "empty abstract name after \"unix:@\"";
        return -EINVAL;
    }
    if (n > UNIX_NAME_MAX) {
        *why = "abstract unix name is longer than 107 bytes";
        return -ENAMETOOLONG;
    }
    unix_build(tmp, UNIX_ABSTRACT, name, n);
    return 0;
}

static int parse_unix(fdk_sockaddr *tmp, const char *s, const char **why)
{
    size_t n;

    if (s[0] == '\0') {
        unix_build(tmp, UNIX_UNNAMED, NULL, 0);
        return 0;
    }
    if (s[0] == '@')
        return parse_abstract(tmp, s + 1, why);
    /* The one escape of the path form: "\@" and "\\" at the start (see socket-types.h). */
    if (s[0] == '\\' && (s[1] == '@' || s[1] == '\\'))
        s++;
    n = strlen(s);
    if (n > UNIX_NAME_MAX) {
        *why = "unix path is longer than 107 bytes";
        return -ENAMETOOLONG;
    }
    unix_build(tmp, UNIX_PATH, s, n);
    return 0;
}

int fdk_sockaddr_parse(fdk_sockaddr *out, const char *text, const char **ret_why)
{
    fdk_sockaddr tmp;
    const char *why = NULL;
    int r;

    if (!out || !text) {
        why = !out ? "no address to write to (out is NULL)" : "no text (NULL)";
        r = -EINVAL;
    } else if (text[0] == '\0') {
        why = "empty address";
        r = -EINVAL;
    } else if (strncmp(text, "unix:", 5) == 0) {
        r = parse_unix(&tmp, text + 5, &why);
    } else if (text[0] == '[') {
        r = parse_ipv6(&tmp, text, &why);
    } else {
        r = parse_ipv4(&tmp, text, &why);
    }
    if (r == 0)
        *out = tmp;
    if (ret_why)
        *ret_why = why;
    return r;
}

/* ------------------------------------------------------------------------ */
/* Formatting                                                                */

/* Text of a into buf (FDK_SOCKADDR_STRLEN bytes); returns its length or -errno. */
static int format_into(const fdk_sockaddr *a, char *buf)
{
    char ip[INET6_ADDRSTRLEN];
    enum unix_kind kind;
    const char *bytes;
    size_t n, i, o;
    int r;

    if (a->len == 0)
        return -EAFNOSUPPORT;
    if (a->len < sizeof(sa_family_t))
        return -EINVAL;

    switch (a->u.sa.sa_family) {
    case AF_INET:
        if (a->len != sizeof(struct sockaddr_in))
            return -EINVAL;
        inet_ntop(AF_INET, &a->u.in4.sin_addr, ip, sizeof(ip));
        return snprintf(buf, FDK_SOCKADDR_STRLEN, "%s:%u", ip, (unsigned)ntohs(a->u.in4.sin_port));
    case AF_INET6:
        if (a->len != sizeof(struct sockaddr_in6))
            return -EINVAL;
        inet_ntop(AF_INET6, &a->u.in6.sin6_addr, ip, sizeof(ip));
        /* The scope as a number: the text must not depend on which interfaces exist now. */
        if (a->u.in6.sin6_scope_id)
            return snprintf(buf, FDK_SOCKADDR_STRLEN, "[%s%%%lu]:%u", ip,
                            (unsigned long)a->u.in6.sin6_scope_id, (unsigned)ntohs(a->u.in6.sin6_port));
        return snprintf(buf, FDK_SOCKADDR_STRLEN, "[%s]:%u", ip, (unsigned)ntohs(a->u.in6.sin6_port));
    case AF_UNIX:
        r = unix_view(a, &kind, &bytes, &n);
        if (r < 0)
            return -EINVAL;
        memcpy(buf, "unix:", 5);
        o = 5;
        if (kind == UNIX_PATH) {
            /* A leading "@", "\@" or "\\" would read back differently: one backslash first. */
            if (bytes[0] == '@' || (bytes[0] == '\\' && n > 1 && (bytes[1] == '@' || bytes[1] == '\\')))
                buf[o++] = '\\';
            memcpy(buf + o, bytes, n);
            o += n;
        } else if (kind == UNIX_ABSTRACT) {
            static const char hex[] = "0123456789abcdef";
            buf[o++] = '@';
            for (i = 0; i < n; i++) {
                unsigned char c = (unsigned char)bytes[i];
                if (c == '\\') {
                    buf[o++] = '\\';
                    buf[o++] = '\\';
                } else if (c >= 0x20 && c < 0x7f) {
                    buf[o++] = (char)c;
                } else {
                    buf[o++] = '\\';
                    buf[o++] = 'x';
                    buf[o++] = hex[c >> 4];
                    buf[o++] = hex[c & 15];
                }
            }
        }
        buf[o] = '\0';
        return (int)o;
    default:
        return -EAFNOSUPPORT;
    }
}

int fdk_sockaddr_format(const fdk_sockaddr *a, char *buf, size_t size)
{
    char tmp[FDK_SOCKADDR_STRLEN];
    int n;

    if (!a || !buf)
        return -EINVAL;
    n = format_into(a, tmp);
    if (n < 0)
        return n;
    if ((size_t)n >= size) {
        if (size > 0)
            buf[0] = '\0';
        return -ENOSPC;
    }
    memcpy(buf, tmp, (size_t)n + 1);
    return n;
}

/* ------------------------------------------------------------------------ */
/* Queries and comparison                                                    */

int fdk_sockaddr_family(const fdk_sockaddr *a)
{
    if (!a)
        return -EINVAL;
    if (a->len == 0)
        return AF_UNSPEC;
    return a->u.sa.sa_family;
}

/* 0 if a is a consistent IPv4 or IPv6 address (so it has a port), else -errno. */
static int ip_check(const fdk_sockaddr *a)
{
    if (a->len == 0)
        return -EAFNOSUPPORT;
    switch (a->u.sa.sa_family) {
    case AF_INET:
        return a->len == sizeof(struct sockaddr_in) ? 0 : -EINVAL;
    case AF_INET6:
        return a->len == sizeof(struct sockaddr_in6) ? 0 : -EINVAL;
    default:
        return -EAFNOSUPPORT;
    }
}

int fdk_sockaddr_port(const fdk_sockaddr *a)
{
    int r;

    if (!a)
        return -EINVAL;
    r = ip_check(a);
    if (r < 0)
        return r;
    return ntohs(a->u.sa.sa_family == AF_INET ? a->u.in4.sin_port : a->u.in6.sin6_port);
}

int fdk_sockaddr_set_port(fdk_sockaddr *a, uint16_t port)
{
    int r;

    if (!a)
        return -EINVAL;
    r = ip_check(a);
    if (r < 0)
        return r;
    if (a->u.sa.sa_family == AF_INET)
        a->u.in4.sin_port = htons(port);
    else
        a->u.in6.sin6_port = htons(port);
    return 0;
}

/* Byte comparison over len, for families fdkit does not interpret. */
static int equal_bytes(const fdk_sockaddr *a, const fdk_sockaddr *b)
{
    size_t n = a->len < sizeof(a->u) ? a->len : sizeof(a->u);

    return a->len == b->len && memcmp(&a->u, &b->u, n) == 0;
}

int fdk_sockaddr_equal(const fdk_sockaddr *a, const fdk_sockaddr *b)
{
    enum unix_kind ka, kb;
    const char *pa, *pb;
    size_t na, nb;

    if (!a || !b)
        return -EINVAL;
    if (a->len == 0 || b->len == 0)
        return a->len == b->len;
    if (a->len < sizeof(sa_family_t) || b->len < sizeof(sa_family_t))
        return equal_bytes(a, b);
    if (a->u.sa.sa_family != b->u.sa.sa_family)
        return 0;

    switch (a->u.sa.sa_family) {
    case AF_INET:
        if (a->len != sizeof(struct sockaddr_in) || b->len != sizeof(struct sockaddr_in))
            break;
        return a->u.in4.sin_port == b->u.in4.sin_port &&
               a->u.in4.sin_addr.s_addr == b->u.in4.sin_addr.s_addr;
    case AF_INET6:
        if (a->len != sizeof(struct sockaddr_in6) || b->len != sizeof(struct sockaddr_in6))
            break;
        return a->u.in6.sin6_port == b->u.in6.sin6_port &&
               a->u.in6.sin6_scope_id == b->u.in6.sin6_scope_id &&
               memcmp(&a->u.in6.sin6_addr, &b->u.in6.sin6_addr, sizeof(struct in6_addr)) == 0;
    case AF_UNIX:
        if (unix_view(a, &ka, &pa, &na) < 0 || unix_view(b, &kb, &pb, &nb) < 0)
            break;
        return ka == kb && na == nb && memcmp(pa, pb, na) == 0;
    default:
        break;
    }
    return equal_bytes(a, b);
}
