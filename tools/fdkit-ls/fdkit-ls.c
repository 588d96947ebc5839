/* SPDX-License-Identifier: MIT */
/*
 * fdkit-ls: list every descriptor of a process, decoded, like `lsof -p` or
 * util-linux `lsfd`.
 *
 *     fdkit-ls [--json] [--self | -p PID | PID...]
 *
 * For each descriptor: its number, its kind (fdk_fd_kind's names), what
 * /proc/PID/fd/N links to, its open flags as text, position, mount and
 * inode, and what fdinfo says about its kind: an epoll set's registrations,
 * an eventfd's counter, a timerfd's clock and settings, a signalfd's
 * signals, an inotify instance's watches, a fanotify group's flags and
 * marks, a pidfd's process, a memfd's name, a pipe's capacity, and a
 * socket's family, type, state and addresses (from /proc/PID/net; a Unix
 * socket's peer inode from sock_diag).  README.md lists every key.
 *
 * Without --json one line per descriptor, `key=value` pairs (a value with
 * blanks, quotes or unprintable bytes in double quotes with C escapes), and
 * one indented line per epoll registration, inotify watch or fanotify mark.
 * With --json a top-level array with one object per process.
 *
 * A descriptor that cannot be read (closed while listing, not permitted) is
 * listed with its error and the listing goes on.  Exit status: 0 when at
 * least one process was listed, 1 when none could be (no such process, not
 * permitted), 2 for a usage error.
 */
#include <fdkit/fdkit.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

#define PROG "fdkit-ls"

/* The mqueue file system's magic number (ipc/mqueue.c; not in linux/magic.h). */
#define MQUEUE_MAGIC 0x19800202

/*
 * The bit the kernel sets in every file's f_flags on a 64-bit build
 * (force_o_largefile), which the C library's O_LARGEFILE (0 there) does
 * not name: fdinfo shows it, so name it here (asm-generic's value, and
 * the architectures that have their own).
 */
#if defined(__x86_64__) || defined(__i386__) || defined(__riscv) || defined(__s390x__) ||          \
    defined(__loongarch__)
#define KERNEL_O_LARGEFILE 0100000
#elif defined(__aarch64__) || defined(__arm__)
#define KERNEL_O_LARGEFILE 0400000
#elif defined(__powerpc__)
#define KERNEL_O_LARGEFILE 0200000
#else
#define KERNEL_O_LARGEFILE O_LARGEFILE /* 0 where unknown: left to the hexadecimal term */
#endif

/* ------------------------------------------------------------------------ */
/* Output: one writer for JSON and for the key=value text form.             */

#define MAX_DEPTH 8

struct out {
    FILE *f;
    bool json;
    int depth;                    /* open objects and arrays */
    bool first[MAX_DEPTH];        /* nothing written yet inside this level */
    const char *label[MAX_DEPTH]; /* text: what to call each object of this array (NULL: nothing) */
    bool scalars[MAX_DEPTH];      /* text: an array of scalars, written comma-separated */
    int objects;                  /* text: open objects (sets the indentation) */
    bool line_open;               /* text: the current line has something on it */
};

/*
 * The length of the well-formed UTF-8 sequence at s (n bytes left), or 0:
 * overlong forms, surrogates and code points past U+10FFFF are not.
 */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    size_t len, i;
    uint32_t cp;

    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
        (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

static bool utf8_valid(const char *s, size_t n)
{
    size_t i = 0, k;

    while (i < n) {
        k = utf8_len((const unsigned char *)s + i, n - i);
        if (k == 0)
            return false;
        i += k;
    }
    return true;
}

/*
 * A JSON string: '"' and '\' escaped, control characters and DEL as \uXXXX
 * (\n, \t... by name), well-formed UTF-8 as is, and every byte that is not
 * part of well-formed UTF-8 as \u00XX (so the text always parses; the
 * caller adds a _hex key when it needs the exact bytes).
 */
static void json_string(FILE *f, const char *s, size_t n)
{
    size_t i = 0;

    putc('"', f);
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k;

        switch (c) {
        case '"':
            fputs("\\\"", f);
            break;
        case '\\':
            fputs("\\\\", f);
            break;
        case '\n':
            fputs("\\n", f);
            break;
        case '\t':
            fputs("\\t", f);
            break;
        case '\r':
            fputs("\\r", f);
            break;
        case '\b':
            fputs("\\b", f);
            break;
        case '\f':
            fputs("\\f", f);
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                fprintf(f, "\\u%04x", c);
                break;
            }
            k = utf8_len((const unsigned char *)s + i, n - i);
            if (k == 0) {
                fprintf(f, "\\u%04x", c);
                break;
            }
            fwrite(s + i, 1, k, f);
            i += k;
            continue;
        }
        i++;
    }
    putc('"', f);
}

/* A text-form value: bare when it is all printable and unambiguous, else quoted with C escapes. */
static void text_value(FILE *f, const char *s, size_t n)
{
    bool bare = n > 0;
    size_t i = 0;

    for (i = 0; i < n && bare; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\\')
            bare = false;
    }
    if (bare) {
        fwrite(s, 1, n, f);
        return;
    }
    putc('"', f);
    i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k;

        if (c == '"' || c == '\\') {
            putc('\\', f);
            putc((int)c, f);
        } else if (c == '\n') {
            fputs("\\n", f);
        } else if (c == '\t') {
            fputs("\\t", f);
        } else if (c < 0x20 || c == 0x7f) {
            fprintf(f, "\\x%02x", c);
        } else if (c >= 0x80) {
            k = utf8_len((const unsigned char *)s + i, n - i);
            if (k == 0) {
                fprintf(f, "\\x%02x", c);
            } else {
                fwrite(s + i, 1, k, f);
                i += k;
                continue;
            }
        } else {
            putc((int)c, f);
        }
        i++;
    }
    putc('"', f);
}

/* JSON: the comma before an item, and its key. Text: the blank (or comma) before a pair, and key=.
 */
static void item_start(struct out *o, const char *key)
{
    bool *first = &o->first[o->depth];

    if (o->json) {
        if (!*first)
            putc(',', o->f);
        if (key) {
            json_string(o->f, key, strlen(key));
            putc(':', o->f);
        }
    } else if (o->depth > 0 && o->scalars[o->depth]) {
        if (!*first)
            putc(',', o->f);
    } else if (key) {
        if (o->line_open)
            putc(' ', o->f);
        fputs(key, o->f);
        putc('=', o->f);
        o->line_open = true;
    }
    *first = false;
}

static void push(struct out *o, const char *label, bool scalars)
{
    if (o->depth + 1 >= MAX_DEPTH)
        abort(); /* the shapes below nest three deep */
    o->depth++;
    o->first[o->depth] = true;
    o->label[o->depth] = label;
    o->scalars[o->depth] = scalars;
}

static void obj_begin(struct out *o, const char *key)
{
    const char *label = o->depth > 0 ? o->label[o->depth] : NULL;

    if (o->json) {
        item_start(o, key);
        putc('{', o->f);
    } else {
        o->first[o->depth] = false;
        if (o->line_open)
            putc('\n', o->f);
        for (int i = 0; i < o->objects; i++)
            fputs("  ", o->f);
        o->line_open = false;
        if (label) {
            fputs(label, o->f);
            putc(':', o->f);
            o->line_open = true;
        }
        o->objects++;
    }
    push(o, NULL, false);
}

static void obj_end(struct out *o)
{
    o->depth--;
    if (o->json) {
        putc('}', o->f);
    } else {
        o->objects--;
        if (o->objects == 0 && o->line_open) {
            putc('\n', o->f);
            o->line_open = false;
        }
    }
}

/* An array of objects; label: what the text form calls each (NULL: nothing). */
static void arr_begin(struct out *o, const char *key, const char *label)
{
    if (o->json) {
        item_start(o, key);
        putc('[', o->f);
    }
    push(o, label, false);
}

/* An array of numbers or strings: key=a,b,c in the text form. */
static void arr_begin_scalars(struct out *o, const char *key)
{
    if (o->json) {
        item_start(o, key);
        putc('[', o->f);
    } else {
        item_start(o, key);
    }
    push(o, NULL, true);
}

static void arr_end(struct out *o)
{
    o->depth--;
    if (o->json)
        putc(']', o->f);
}

static void kv_bytes(struct out *o, const char *key, const char *s, size_t n)
{
    item_start(o, key);
    if (o->json)
        json_string(o->f, s, n);
    else
        text_value(o->f, s, n);
}

static void kv_str(struct out *o, const char *key, const char *s)
{
    kv_bytes(o, key, s, strlen(s));
}

static void kv_int(struct out *o, const char *key, long long v)
{
    item_start(o, key);
    fprintf(o->f, "%lld", v);
}

static void kv_uint(struct out *o, const char *key, unsigned long long v)
{
    item_start(o, key);
    fprintf(o->f, "%llu", v);
}

static void kv_bool(struct out *o, const char *key, bool v)
{
    item_start(o, key);
    fputs(v ? "true" : "false", o->f);
}

/* A 64-bit value as "0x..." text: a JSON number would lose bits past 2^53 in most readers. */
static void kv_hex(struct out *o, const char *key, uint64_t v)
{
    char buf[24];

    snprintf(buf, sizeof buf, "0x%" PRIx64, v);
    kv_str(o, key, buf);
}

/* Bytes as lowercase hex, for the exact text of a value that is not UTF-8. */
static void kv_hexbytes(struct out *o, const char *key, const char *s, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    char *buf = malloc(2 * n + 1);
    size_t i;

    if (!buf)
        return; /* the escaped string is still there */
    for (i = 0; i < n; i++) {
        buf[2 * i] = digits[(unsigned char)s[i] >> 4];
        buf[2 * i + 1] = digits[(unsigned char)s[i] & 15];
    }
    buf[2 * n] = '\0';
    kv_str(o, key, buf);
    free(buf);
}

/* Flags as fdk_flags_format() names them. */
static void kv_flags(struct out *o, const char *key, fdk_flagset set, uint64_t v)
{
    char buf[1024];

    fdk_flags_format(set, v, buf, sizeof buf); /* a truncated text still ends in NUL */
    kv_str(o, key, buf);
}

/* An error: "error" says what failed and why, "errno" names the code. */
static void kv_error(struct out *o, const char *what, int err)
{
    char buf[256];
    const char *name = fdk_errno_name(err);

    snprintf(buf, sizeof buf, "%s: %s", what, strerror(err));
    kv_str(o, "error", buf);
    kv_str(o, "errno", name ? name : "unknown");
}

/* ------------------------------------------------------------------------ */
/* Decoding helpers.                                                        */

/*
 * Open flags as text: the access mode by name (fdk_flags_format prints no
 * zero-valued member, so O_RDONLY would be missing), then the other bits in
 * the set's order, then O_LARGEFILE where the kernel sets it.
 */
static void format_open_flags(fdk_flagset set, unsigned int flags, char *buf, size_t size)
{
    static const char *const modes[] = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};
    unsigned int rest = flags & ~(unsigned int)O_ACCMODE;
    bool large = false;
    size_t n;

    if (KERNEL_O_LARGEFILE != 0 && (rest & KERNEL_O_LARGEFILE)) {
        large = true;
        rest &= ~(unsigned int)KERNEL_O_LARGEFILE;
    }
    snprintf(buf, size, "%s", modes[flags & O_ACCMODE]);
    n = strlen(buf);
    if (rest != 0 && n + 1 < size) {
        buf[n++] = '|';
        fdk_flags_format(set, rest, buf + n, size - n);
        n += strlen(buf + n);
    }
    if (large)
        snprintf(buf + n, size - n, "|O_LARGEFILE");
}

static const char *clock_name(int clock)
{
    switch (clock) {
    case CLOCK_REALTIME:
        return "CLOCK_REALTIME";
    case CLOCK_MONOTONIC:
        return "CLOCK_MONOTONIC";
    case CLOCK_BOOTTIME:
        return "CLOCK_BOOTTIME";
    case CLOCK_REALTIME_ALARM:
        return "CLOCK_REALTIME_ALARM";
    case CLOCK_BOOTTIME_ALARM:
        return "CLOCK_BOOTTIME_ALARM";
    default:
        return NULL;
    }
}

static unsigned long long timespec_ns(struct timespec ts)
{
    return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* The kernel's internal dev_t (MINORBITS 20) as "MAJOR:MINOR". */
static void kv_kdev(struct out *o, const char *key, uint32_t sdev)
{
    char buf[32];

    snprintf(buf, sizeof buf, "%u:%u", sdev >> 20, sdev & 0xfffffu);
    kv_str(o, key, buf);
}

/* A signalfd's mask (bit n-1 for signal n) as names joined by '|'; "0" for none. */
static void kv_signals(struct out *o, const char *key, uint64_t mask)
{
    char buf[1024], name[32];
    size_t n = 0;
    int sig;

    buf[0] = '\0';
    for (sig = 1; sig <= 64; sig++) {
        if (!(mask & (UINT64_C(1) << (sig - 1))))
            continue;
        if (fdk_signal_name(sig, name, sizeof name) < 0)
            snprintf(name, sizeof name, "%d", sig);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n ? "|" : "", name);
        if (n >= sizeof buf)
            break; /* cannot happen: 64 names of at most 12 bytes */
    }
    kv_str(o, key, n ? buf : "0");
}

static bool has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool has_suffix(const char *s, size_t len, const char *suffix)
{
    size_t lx = strlen(suffix);
    return len >= lx && memcmp(s + len - lx, suffix, lx) == 0;
}

/*
 * What the link text names (readlink of /proc/PID/fd/N), as
 * fdk_fd_kind() tells it from /proc/self/fd: the same table, in the same
 * order (the first match wins).
 */
static enum fdk_fd_kind kind_from_link(const char *link)
{
    static const struct {
        const char *text;
        bool prefix; /* text is a prefix of the link, not the whole link */
        enum fdk_fd_kind kind;
    } links[] = {
        {"pipe:", true, FDK_FD_KIND_PIPE},
        {"socket:", true, FDK_FD_KIND_SOCKET},
        {"anon_inode:[eventfd]", false, FDK_FD_KIND_EVENTFD},
        {"anon_inode:[timerfd]", false, FDK_FD_KIND_TIMERFD},
        {"anon_inode:[signalfd]", false, FDK_FD_KIND_SIGNALFD},
        {"anon_inode:[eventpoll]", false, FDK_FD_KIND_EPOLL},
        {"anon_inode:inotify", false, FDK_FD_KIND_INOTIFY},
        {"anon_inode:[fanotify]", false, FDK_FD_KIND_FANOTIFY},
        {"anon_inode:[pidfd]", false, FDK_FD_KIND_PIDFD},
        {"pidfd:", true, FDK_FD_KIND_PIDFD},
        {"anon_inode:", true, FDK_FD_KIND_OTHER_ANON},
    };
    size_t i;

    for (i = 0; i < sizeof links / sizeof links[0]; i++) {
        if (links[i].prefix ? has_prefix(link, links[i].text) : strcmp(link, links[i].text) == 0)
            return links[i].kind;
    }
    return FDK_FD_KIND_UNKNOWN;
}

/*
 * fdk_fd_kind() for a descriptor of another process, from its /proc path
 * and link text: stat() follows the magic link to the open object (as
 * fstat on the descriptor would see it), statfs() likewise.  Returns a
 * kind, or -errno when the descriptor went away.
 */
static int kind_from_path(const char *path, const char *link, size_t link_len)
{
    struct stat st;
    enum fdk_fd_kind kind;

    if (stat(path, &st) < 0)
        return -errno;
    switch (st.st_mode & S_IFMT) {
    case S_IFDIR:
        return FDK_FD_KIND_DIRECTORY;
    case S_IFCHR:
        return FDK_FD_KIND_CHAR_DEVICE;
    case S_IFBLK:
        return FDK_FD_KIND_BLOCK_DEVICE;
    case S_IFSOCK:
        return FDK_FD_KIND_SOCKET;
    case S_IFLNK:
        return FDK_FD_KIND_SYMLINK; /* an O_PATH | O_NOFOLLOW descriptor of a symbolic link */
    case S_IFIFO:
        return has_prefix(link, "pipe:[") ? FDK_FD_KIND_PIPE : FDK_FD_KIND_FIFO;
    default:
        break;
    }
    kind = kind_from_link(link);
    if (kind != FDK_FD_KIND_UNKNOWN)
        return (int)kind;
    if (S_ISREG(st.st_mode) && has_prefix(link, "/memfd:") &&
        has_suffix(link, link_len, " (deleted)"))
        return FDK_FD_KIND_MEMFD;
    if (S_ISREG(st.st_mode) && link[0] == '/' && link[1] != '\0' && !strchr(link + 1, '/')) {
        struct statfs sfs;
        if (statfs(path, &sfs) == 0 && sfs.f_type == MQUEUE_MAGIC)
            return FDK_FD_KIND_MQ;
    }
    if (S_ISREG(st.st_mode))
        return FDK_FD_KIND_REGULAR;
    if (has_prefix(link, "anon_inode:"))
        return FDK_FD_KIND_OTHER_ANON;
    return FDK_FD_KIND_UNKNOWN;
}

/* ------------------------------------------------------------------------ */
/* Sockets: /proc/PID/net tables, keyed by inode.                          */

struct sock {
    uint64_t ino;
    int family; /* AF_INET, AF_INET6, AF_UNIX */
    int type;   /* SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET */
    int state;  /* TCP_* for inet, SS_* for unix */
    bool listening;
    fdk_sockaddr local, peer; /* inet */
    char *path; /* unix: the bound name as /proc shows it (abstract: '@...'), or NULL */
};

struct socktab {
    struct sock *v;
    size_t n, cap;
    bool loaded;
    int diag; /* NETLINK_SOCK_DIAG, -1 until needed, -2 when it cannot be had */
};

static struct sock *socktab_add(struct socktab *t)
{
    if (t->n == t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 64;
        struct sock *nv = realloc(t->v, ncap * sizeof *nv);
        if (!nv)
            return NULL;
        t->v = nv;
        t->cap = ncap;
    }
    memset(&t->v[t->n], 0, sizeof t->v[0]);
    return &t->v[t->n++];
}

/* "0100007F:9A33" (IPv4) or 32 hex digits ":PORT" (IPv6), the way /proc/net/tcp prints them. */
static bool parse_inet(const char *hex, unsigned int port, int family, fdk_sockaddr *out)
{
    if (port > 65535)
        return false;
    if (family == AF_INET) {
        struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
        unsigned int v;
        if (strlen(hex) != 8 || sscanf(hex, "%8x", &v) != 1)
            return false;
        /* The kernel prints the __be32 as a host-order number: store it back as is. */
        sin.sin_addr.s_addr = (uint32_t)v;
        return fdk_sockaddr_from(out, (const struct sockaddr *)&sin, sizeof sin) == 0;
    } else {
        struct sockaddr_in6 sin6 = {.sin6_family = AF_INET6, .sin6_port = htons((uint16_t)port)};
        uint32_t words[4];
        if (strlen(hex) != 32)
            return false;
        for (int i = 0; i < 4; i++) {
            char part[9];
            unsigned int v;
            memcpy(part, hex + 8 * i, 8);
            part[8] = '\0';
            if (sscanf(part, "%8x", &v) != 1)
                return false;
            words[i] = (uint32_t)v;
        }
        memcpy(&sin6.sin6_addr, words, sizeof words);
        return fdk_sockaddr_from(out, (const struct sockaddr *)&sin6, sizeof sin6) == 0;
    }
}

static void load_inet(struct socktab *t, const char *dir, const char *file, int family, int type)
{
    char path[128], *line = NULL;
    size_t cap = 0;
    FILE *f;

    snprintf(path, sizeof path, "%s/net/%s", dir, file);
    f = fopen(path, "re");
    if (!f)
        return; /* no IPv6, or no such protocol: nothing to find there */
    while (getline(&line, &cap, f) > 0) {
        char lhex[40], rhex[40];
        unsigned int lport, rport, st;
        unsigned long long ino;
        struct sock *s;

        if (sscanf(line, " %*u: %39[0-9A-Fa-f]:%x %39[0-9A-Fa-f]:%x %x %*s %*s %*s %*u %*d %llu",
                   lhex, &lport, rhex, &rport, &st, &ino) != 6)
            continue; /* the header */
        s = socktab_add(t);
        if (!s)
            break;
        s->ino = ino;
        s->family = family;
        s->type = type;
        s->state = (int)st;
        s->listening = type == SOCK_STREAM && st == 0x0a;
        if (!parse_inet(lhex, lport, family, &s->local))
            s->local.len = 0;
        if (!parse_inet(rhex, rport, family, &s->peer))
            s->peer.len = 0;
    }
    free(line);
    fclose(f);
}

static void load_unix(struct socktab *t, const char *dir)
{
    char path[128], *line = NULL;
    size_t cap = 0;
    ssize_t len;
    FILE *f;

    snprintf(path, sizeof path, "%s/net/unix", dir);
    f = fopen(path, "re");
    if (!f)
        return;
    while ((len = getline(&line, &cap, f)) > 0) {
        unsigned int flags, type, st;
        unsigned long long ino;
        int at = -1;
        struct sock *s;

        if (line[len - 1] == '\n')
            line[--len] = '\0';
        if (sscanf(line, "%*x: %*x %*x %x %x %x %llu%n", &flags, &type, &st, &ino, &at) != 4 ||
            at < 0)
            continue; /* the header */
        s = socktab_add(t);
        if (!s)
            break;
        s->ino = ino;
        s->family = AF_UNIX;
        s->type = (int)type;
        s->state = (int)st;
        s->listening = (flags & 0x10000) != 0; /* __SO_ACCEPTCON */
        while (line[at] == ' ')
            at++;
        if (line[at] != '\0')
            s->path = strdup(line + at);
    }
    free(line);
    fclose(f);
}

static const struct sock *socktab_find(struct socktab *t, const char *dir, uint64_t ino)
{
    size_t i;

    if (!t->loaded) {
        load_inet(t, dir, "tcp", AF_INET, SOCK_STREAM);
        load_inet(t, dir, "tcp6", AF_INET6, SOCK_STREAM);
        load_inet(t, dir, "udp", AF_INET, SOCK_DGRAM);
        load_inet(t, dir, "udp6", AF_INET6, SOCK_DGRAM);
        load_unix(t, dir);
        t->loaded = true;
    }
    for (i = 0; i < t->n; i++)
        if (t->v[i].ino == ino)
            return &t->v[i];
    return NULL;
}

static void socktab_free(struct socktab *t)
{
    for (size_t i = 0; i < t->n; i++)
        free(t->v[i].path);
    free(t->v);
    if (t->diag >= 0)
        close(t->diag);
    memset(t, 0, sizeof *t);
    t->diag = -1;
}

/*
 * The inode of a Unix socket's peer, by sock_diag (UNIX_DIAG_PEER): 1 and
 * *ret_peer, 0 when it has none or sock_diag cannot say (no unix_diag
 * module, another network namespace).
 */
static int unix_peer(struct socktab *t, uint64_t ino, uint32_t *ret_peer)
{
    struct {
        struct nlmsghdr nh;
        struct unix_diag_req req;
    } msg;
    struct sockaddr_nl nl = {.nl_family = AF_NETLINK};
    union {
        char buf[8192];
        struct nlmsghdr align;
    } reply;
    ssize_t n;
    struct nlmsghdr *h;

    if (ino > UINT32_MAX)
        return 0;
    if (t->diag == -1) {
        t->diag = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
        if (t->diag < 0)
            t->diag = -2;
    }
    if (t->diag < 0)
        return 0;
    memset(&msg, 0, sizeof msg);
    msg.nh.nlmsg_len = sizeof msg;
    msg.nh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    msg.nh.nlmsg_flags = NLM_F_REQUEST;
    msg.req.sdiag_family = AF_UNIX;
    msg.req.udiag_ino = (uint32_t)ino;
    msg.req.udiag_states = ~0u;
    msg.req.udiag_show = UDIAG_SHOW_PEER;
    msg.req.udiag_cookie[0] = ~0u; /* INET_DIAG_NOCOOKIE: look up by inode alone */
    msg.req.udiag_cookie[1] = ~0u;
    do
        n = sendto(t->diag, &msg, sizeof msg, 0, (const struct sockaddr *)&nl, sizeof nl);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return 0;
    /* The kernel answers inside sendto: the reply is queued already, so never wait for it. */
    do
        n = recv(t->diag, reply.buf, sizeof reply.buf, MSG_DONTWAIT);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return 0;
    for (h = &reply.align; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
        struct unix_diag_msg *m;
        struct rtattr *a;
        size_t alen;

        if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY || h->nlmsg_len < NLMSG_LENGTH(sizeof *m))
            return 0; /* NLMSG_ERROR: no such socket here */
        m = NLMSG_DATA(h);
        if (m->udiag_ino != ino)
            continue;
        alen = h->nlmsg_len - NLMSG_LENGTH(sizeof *m);
        for (a = (struct rtattr *)(m + 1); RTA_OK(a, alen); a = RTA_NEXT(a, alen)) {
            if (a->rta_type == UNIX_DIAG_PEER && RTA_PAYLOAD(a) >= (int)sizeof(uint32_t)) {
                memcpy(ret_peer, RTA_DATA(a), sizeof *ret_peer);
                return *ret_peer != 0;
            }
        }
    }
    return 0;
}

static const char *family_name(int family)
{
    switch (family) {
    case AF_INET:
        return "AF_INET";
    case AF_INET6:
        return "AF_INET6";
    case AF_UNIX:
        return "AF_UNIX";
    default:
        return "unknown";
    }
}

static const char *socktype_name(int type)
{
    switch (type) {
    case SOCK_STREAM:
        return "stream";
    case SOCK_DGRAM:
        return "dgram";
    case SOCK_SEQPACKET:
        return "seqpacket";
    case SOCK_RAW:
        return "raw";
    default:
        return "unknown";
    }
}

static const char *tcp_state_name(int st)
{
    static const char *const names[] = {
        NULL,    "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1", "FIN_WAIT2",    "TIME_WAIT",
        "CLOSE", "CLOSE_WAIT",  "LAST_ACK", "LISTEN",   "CLOSING",   "NEW_SYN_RECV",
    };

    if (st > 0 && (size_t)st < sizeof names / sizeof names[0])
        return names[st];
    return "unknown";
}

static const char *unix_state_name(int st, bool listening)
{
    if (listening)
        return "LISTEN";
    switch (st) {
    case 1:
        return "UNCONNECTED";
    case 2:
        return "CONNECTING";
    case 3:
        return "CONNECTED";
    case 4:
        return "DISCONNECTING";
    default:
        return "unknown";
    }
}

static void kv_sockaddr(struct out *o, const char *key, const fdk_sockaddr *a)
{
    char buf[FDK_SOCKADDR_STRLEN];

    if (fdk_sockaddr_format(a, buf, sizeof buf) >= 0)
        kv_str(o, key, buf);
}

/* An inet peer of all zeros is no peer (a listener, an unconnected datagram socket). */
static bool inet_has_peer(const fdk_sockaddr *a)
{
    static const struct in6_addr any6 = IN6ADDR_ANY_INIT;

    if (a->len == 0 || fdk_sockaddr_port(a) > 0)
        return a->len != 0;
    if (a->u.sa.sa_family == AF_INET)
        return a->u.in4.sin_addr.s_addr != 0;
    return memcmp(&a->u.in6.sin6_addr, &any6, sizeof any6) != 0;
}

static void show_socket(struct out *o, struct socktab *t, const char *dir, const char *link)
{
    unsigned long long ino;
    const struct sock *s;
    uint32_t peer;

    if (sscanf(link, "socket:[%llu]", &ino) != 1)
        return;
    kv_uint(o, "sock_ino", ino);
    s = socktab_find(t, dir, ino);
    if (!s)
        return; /* netlink, packet, raw...: not in the tables read */
    kv_str(o, "family", family_name(s->family));
    kv_str(o, "type", socktype_name(s->type));
    if (s->family == AF_UNIX) {
        char buf[PATH_MAX + 8];
        kv_str(o, "state", unix_state_name(s->state, s->listening));
        snprintf(buf, sizeof buf, "unix:%s", s->path ? s->path : "");
        kv_str(o, "local", buf);
        if (unix_peer(t, ino, &peer) > 0)
            kv_uint(o, "peer_ino", peer);
    } else {
        kv_str(o, "state",
               s->type == SOCK_STREAM ? tcp_state_name(s->state)
               : s->state == 1        ? "ESTABLISHED"
                                      : "UNCONNECTED");
        if (s->local.len)
            kv_sockaddr(o, "local", &s->local);
        if (inet_has_peer(&s->peer))
            kv_sockaddr(o, "peer", &s->peer);
    }
}

/* ------------------------------------------------------------------------ */
/* One descriptor.                                                          */

struct proc {
    pid_t pid;    /* as shown */
    bool self;    /* our own table: fdk_fd_kind and the descriptor itself */
    char dir[32]; /* "/proc/self" or "/proc/PID" */
    struct socktab socks;
};

/*
 * A pipe's capacity.  Our own: F_GETPIPE_SZ on it.  Another process's
 * anonymous pipe: opened again through /proc (a read end, non-blocking,
 * which never waits for a writer and wakes nobody); a named FIFO of
 * another process is left alone, since opening it could release a writer
 * waiting in open(2) for a reader.
 */
static int pipe_size(const struct proc *p, int fd, enum fdk_fd_kind kind, const char *path)
{
    int pfd, r;

    if (p->self)
        return fdk_pipe_capacity(fd);
    if (kind != FDK_FD_KIND_PIPE)
        return -EPERM;
    do
        pfd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    while (pfd < 0 && errno == EINTR);
    if (pfd < 0)
        return -errno;
    r = fdk_pipe_capacity(pfd);
    close(pfd);
    return r;
}

static void show_epoll(struct out *o, const struct fdk_fdinfo *info)
{
    struct fdk_fdinfo_entry e;
    size_t pos = 0;

    arr_begin(o, "registrations", "epoll");
    while (fdk_fdinfo_next(info, &pos, &e) == 1) {
        if (e.kind != FDK_FDINFO_ENTRY_EPOLL)
            continue;
        obj_begin(o, NULL);
        kv_int(o, "tfd", e.tfd);
        kv_flags(o, "events", FDK_FLAGSET_EPOLL_EVENTS, e.events);
        kv_hex(o, "token", e.data);
        kv_int(o, "target_pos", e.target_pos);
        kv_uint(o, "target_ino", e.ino);
        obj_end(o);
    }
    arr_end(o);
}

static void show_inotify(struct out *o, const struct fdk_fdinfo *info)
{
    struct fdk_fdinfo_entry e;
    size_t pos = 0;

    arr_begin(o, "watches", "watch");
    while (fdk_fdinfo_next(info, &pos, &e) == 1) {
        if (e.kind != FDK_FDINFO_ENTRY_INOTIFY)
            continue;
        obj_begin(o, NULL);
        kv_int(o, "wd", e.wd);
        kv_flags(o, "mask", FDK_FLAGSET_INOTIFY_MASK, e.mask);
        kv_uint(o, "ino", e.ino);
        kv_kdev(o, "dev", e.sdev);
        obj_end(o);
    }
    arr_end(o);
}

static void show_fanotify(struct out *o, const struct fdk_fdinfo *info)
{
    struct fdk_fdinfo_entry e;
    size_t pos = 0;
    char buf[512];

    if (info->have & FDK_FDINFO_HAVE_FANOTIFY) {
        kv_flags(o, "fanotify_flags", FDK_FLAGSET_FANOTIFY_INIT, info->fanotify_flags);
        format_open_flags(FDK_FLAGSET_FANOTIFY_EVENT_OPEN, info->fanotify_event_flags, buf,
                          sizeof buf);
        kv_str(o, "event_flags", buf);
    }
    arr_begin(o, "marks", "mark");
    while (fdk_fdinfo_next(info, &pos, &e) == 1) {
        const char *type;

        if (e.kind == FDK_FDINFO_ENTRY_FANOTIFY_INODE)
            type = "inode";
        else if (e.kind == FDK_FDINFO_ENTRY_FANOTIFY_MOUNT)
            type = "mount";
        else if (e.kind == FDK_FDINFO_ENTRY_FANOTIFY_FS)
            type = "filesystem";
        else
            continue;
        obj_begin(o, NULL);
        kv_str(o, "type", type);
        if (e.kind == FDK_FDINFO_ENTRY_FANOTIFY_INODE)
            kv_uint(o, "ino", e.ino);
        if (e.kind == FDK_FDINFO_ENTRY_FANOTIFY_MOUNT)
            kv_int(o, "mnt_id", e.mnt_id);
        else
            kv_kdev(o, "dev", e.sdev);
        kv_flags(o, "mflags", FDK_FLAGSET_FANOTIFY_MARK, e.mflags);
        kv_flags(o, "mask", FDK_FLAGSET_FANOTIFY_MASK, e.mask);
        kv_flags(o, "ignored_mask", FDK_FLAGSET_FANOTIFY_MASK, e.ignored_mask);
        obj_end(o);
    }
    arr_end(o);
}

/* fdinfo lines fdkit does not decode (a newer kernel's, a kind without a decoder), as text. */
static void show_other_lines(struct out *o, const struct fdk_fdinfo *info)
{
    struct fdk_fdinfo_entry e;
    size_t pos = 0;
    bool any = false;

    while (fdk_fdinfo_next(info, &pos, &e) == 1) {
        if (e.kind != FDK_FDINFO_ENTRY_OTHER)
            continue;
        if (!any)
            arr_begin_scalars(o, "fdinfo_other");
        any = true;
        kv_bytes(o, NULL, e.line, e.line_len);
    }
    if (any)
        arr_end(o);
}

static void show_kind(struct out *o, struct proc *p, int fd, enum fdk_fd_kind kind,
                      const char *path, const char *link, size_t link_len,
                      const struct fdk_fdinfo *info)
{
    int r;

    switch (kind) {
    case FDK_FD_KIND_EVENTFD:
        if (!(info->have & FDK_FDINFO_HAVE_EVENTFD))
            break;
        kv_uint(o, "count", info->eventfd_count);
        if (info->eventfd_semaphore >= 0)
            kv_bool(o, "semaphore", info->eventfd_semaphore != 0);
        if (info->eventfd_id >= 0)
            kv_int(o, "eventfd_id", info->eventfd_id);
        break;
    case FDK_FD_KIND_TIMERFD: {
        const char *name;
        if (!(info->have & FDK_FDINFO_HAVE_TIMERFD))
            break;
        name = clock_name(info->timerfd_clockid);
        if (name)
            kv_str(o, "clock", name);
        else
            kv_int(o, "clock", info->timerfd_clockid);
        kv_uint(o, "value_ns", timespec_ns(info->timerfd_value));
        kv_uint(o, "interval_ns", timespec_ns(info->timerfd_interval));
        kv_uint(o, "ticks", info->timerfd_ticks);
        kv_flags(o, "settime_flags", FDK_FLAGSET_TIMERFD_SET,
                 (unsigned int)info->timerfd_settime_flags);
        break;
    }
    case FDK_FD_KIND_SIGNALFD:
        if (!(info->have & FDK_FDINFO_HAVE_SIGMASK))
            break;
        kv_signals(o, "signals", info->sigmask);
        kv_hex(o, "sigmask", info->sigmask);
        break;
    case FDK_FD_KIND_EPOLL:
        show_epoll(o, info);
        break;
    case FDK_FD_KIND_INOTIFY:
        show_inotify(o, info);
        break;
    case FDK_FD_KIND_FANOTIFY:
        show_fanotify(o, info);
        break;
    case FDK_FD_KIND_PIDFD:
        if (!(info->have & FDK_FDINFO_HAVE_PID))
            break;
        kv_int(o, "target_pid", info->pid);
        if (info->nspid_count > 0) {
            arr_begin_scalars(o, "nspid");
            for (int i = 0; i < info->nspid_count; i++)
                kv_int(o, NULL, info->nspid[i]);
            arr_end(o);
        }
        break;
    case FDK_FD_KIND_MEMFD: {
        size_t pre = strlen("/memfd:"), post = strlen(" (deleted)");
        kv_bytes(o, "name", link + pre, link_len - pre - post);
        break;
    }
    case FDK_FD_KIND_PIPE:
    case FDK_FD_KIND_FIFO:
        r = pipe_size(p, fd, kind, path);
        if (r >= 0)
            kv_int(o, "pipe_size", r);
        break;
    case FDK_FD_KIND_SOCKET:
        show_socket(o, &p->socks, p->dir, link);
        break;
    default:
        break;
    }
}

/*
 * One descriptor: everything read about it is printed, and the first thing
 * that failed as its error (closed meanwhile: ENOENT; not permitted: EACCES).
 * Between the link, the kind and fdinfo the number may be closed and
 * reused; each part is then true of the descriptor that had it.
 * Returns 0 when at least its link was read, else -errno.
 */
static int show_fd(struct out *o, struct proc *p, int fd)
{
    char path[64], link[PATH_MAX], buf[512];
    struct fdk_fdinfo info;
    ssize_t n;
    int kind, r;

    obj_begin(o, NULL);
    kv_int(o, "fd", fd);
    snprintf(path, sizeof path, "%s/fd/%d", p->dir, fd);
    n = readlink(path, link, sizeof link - 1);
    if (n < 0) {
        int err = errno;
        kv_error(o, "readlink", err);
        obj_end(o);
        return -err;
    }
    link[n] = '\0';
    kind = p->self ? fdk_fd_kind(fd) : kind_from_path(path, link, (size_t)n);
    if (kind < 0) {
        kv_bytes(o, "link", link, (size_t)n);
        kv_error(o, "stat", -kind);
        obj_end(o);
        return kind;
    }
    kv_str(o, "kind", fdk_fd_kind_name((enum fdk_fd_kind)kind));
    kv_bytes(o, "link", link, (size_t)n);
    if (!utf8_valid(link, (size_t)n) && o->json)
        kv_hexbytes(o, "link_hex", link, (size_t)n);
    r = fdk_fdinfo_read(p->self ? 0 : p->pid, fd, &info);
    if (r < 0) {
        kv_error(o, "fdinfo", -r);
        obj_end(o);
        return 0; /* the link and kind were read */
    }
    format_open_flags(FDK_FLAGSET_FILE_OPEN, (unsigned int)info.flags, buf, sizeof buf);
    kv_str(o, "flags", buf);
    kv_uint(o, "pos", info.pos);
    if (info.have & FDK_FDINFO_HAVE_MNT_ID)
        kv_int(o, "mnt_id", info.mnt_id);
    if (info.have & FDK_FDINFO_HAVE_INO)
        kv_uint(o, "ino", info.ino);
    show_kind(o, p, fd, (enum fdk_fd_kind)kind, path, link, (size_t)n, &info);
    show_other_lines(o, &info);
    fdk_fdinfo_free(&info);
    obj_end(o);
    return 0;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/*
 * The descriptor numbers of a process, sorted, read whole before any is
 * looked at: the descriptors this program opens on the way (the directory
 * itself, a pipe opened again, the sock_diag socket) are then never listed.
 * Returns the count, or -errno.
 */
static int fd_numbers(const struct proc *p, int **ret)
{
    char path[48];
    struct dirent *de;
    int *v = NULL, self_dir = -1;
    size_t n = 0, cap = 0;
    DIR *d;

    snprintf(path, sizeof path, "%s/fd", p->dir);
    d = opendir(path);
    if (!d)
        return -errno;
    if (p->self)
        self_dir = dirfd(d);
    while ((errno = 0, de = readdir(d)) != NULL) {
        char *end;
        long v1;

        if (de->d_name[0] < '0' || de->d_name[0] > '9')
            continue;
        v1 = strtol(de->d_name, &end, 10);
        if (*end != '\0' || v1 < 0 || v1 > INT_MAX || (int)v1 == self_dir)
            continue;
        if (n == cap) {
            size_t ncap = cap ? cap * 2 : 64;
            int *nv = realloc(v, ncap * sizeof *nv);
            if (!nv) {
                free(v);
                closedir(d);
                return -ENOMEM;
            }
            v = nv;
            cap = ncap;
        }
        v[n++] = (int)v1;
    }
    if (errno != 0) {
        int err = errno;
        free(v);
        closedir(d);
        return -err;
    }
    closedir(d);
    if (n > INT_MAX) {
        free(v);
        return -EOVERFLOW;
    }
    if (n)
        qsort(v, n, sizeof *v, cmp_int);
    *ret = v;
    return (int)n;
}

/* The process's name (/proc/PID/comm), or "" when it cannot be read. */
static void read_comm(const struct proc *p, char *buf, size_t size)
{
    char path[48];
    FILE *f;

    buf[0] = '\0';
    snprintf(path, sizeof path, "%s/comm", p->dir);
    f = fopen(path, "re");
    if (!f)
        return;
    if (fgets(buf, (int)size, f))
        buf[strcspn(buf, "\n")] = '\0';
    fclose(f);
}

/*
 * List one process; returns 0 when it was listed, -errno when it could not
 * be read: its table could not be listed, or not one of its descriptors
 * could be read (another user's process: EACCES for each).
 */
static int show_process(struct out *o, pid_t pid, bool self)
{
    struct proc p = {.pid = self ? getpid() : pid, .self = self};
    char comm[64];
    int *fds = NULL;
    int n, i, r, ok = 0, err = 0;

    p.socks.diag = -1;
    if (self)
        snprintf(p.dir, sizeof p.dir, "/proc/self");
    else
        snprintf(p.dir, sizeof p.dir, "/proc/%ld", (long)pid);
    obj_begin(o, NULL);
    kv_int(o, "pid", p.pid);
    n = fd_numbers(&p, &fds);
    if (n < 0) {
        kv_error(o, "listing descriptors", -n);
        obj_end(o);
        fprintf(stderr, PROG ": %ld: %s\n", (long)p.pid, strerror(-n));
        return n;
    }
    read_comm(&p, comm, sizeof comm);
    kv_str(o, "comm", comm);
    arr_begin(o, "fds", NULL);
    for (i = 0; i < n; i++) {
        r = show_fd(o, &p, fds[i]);
        if (r == 0)
            ok++;
        else if (err == 0)
            err = r;
    }
    arr_end(o);
    obj_end(o);
    free(fds);
    socktab_free(&p.socks);
    if (n > 0 && ok == 0) {
        fprintf(stderr, PROG ": %ld: no descriptor could be read: %s\n", (long)p.pid,
                strerror(-err));
        return err;
    }
    return 0;
}

/* ------------------------------------------------------------------------ */

static int usage(FILE *to, int status)
{
    fprintf(to, "usage: " PROG " [--json] [--self | -p PID | PID...]\n"
                "  --json       one JSON array, an object per process (keys: see README.md)\n"
                "  --self       list this program's own descriptors (the default)\n"
                "  -p, --pid    list the descriptors of process PID (may be repeated)\n");
    return status;
}

static bool parse_pid(const char *s, pid_t *ret)
{
    char *end;
    long v;

    if (s[0] < '0' || s[0] > '9')
        return false;
    errno = 0;
    v = strtol(s, &end, 10);
    if (errno != 0 || *end != '\0' || v <= 0 || v > INT_MAX)
        return false;
    *ret = (pid_t)v;
    return true;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'j'},
        {"self", no_argument, NULL, 's'},
        {"pid", required_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct out o = {.f = stdout, .first = {true}};
    pid_t *pids;
    size_t npids = 0, listed = 0, i;
    bool want_self = false;
    int c;

    /* Room for every PID the command line could name, and one for --self. */
    pids = calloc((size_t)argc + 1, sizeof *pids);
    if (!pids) {
        fprintf(stderr, PROG ": %s\n", strerror(ENOMEM));
        return 1;
    }
    while ((c = getopt_long(argc, argv, "p:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'j':
            o.json = true;
            break;
        case 's':
            want_self = true;
            break;
        case 'p':
            if (!parse_pid(optarg, &pids[npids])) {
                fprintf(stderr, PROG ": not a process id: %s\n", optarg);
                free(pids);
                return usage(stderr, 2);
            }
            npids++;
            break;
        case 'h':
            free(pids);
            return usage(stdout, 0);
        default:
            free(pids);
            return usage(stderr, 2);
        }
    }
    for (; optind < argc; optind++) {
        if (!parse_pid(argv[optind], &pids[npids])) {
            fprintf(stderr, PROG ": not a process id: %s\n", argv[optind]);
            free(pids);
            return usage(stderr, 2);
        }
        npids++;
    }
    if (want_self || npids == 0)
        pids[npids++] = 0; /* 0: ourselves */

    if (o.json)
        arr_begin(&o, NULL, NULL);
    for (i = 0; i < npids; i++) {
        bool self = pids[i] == 0 || pids[i] == getpid();
        if (show_process(&o, pids[i], self) == 0)
            listed++;
    }
    if (o.json) {
        arr_end(&o);
        putc('\n', o.f);
    }
    free(pids);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, PROG ": writing the listing: %s\n", strerror(errno));
        return 1;
    }
    return listed > 0 ? 0 : 1;
}
