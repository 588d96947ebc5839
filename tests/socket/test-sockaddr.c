/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for the socket-address helpers (fdk_sockaddr_*): every
 * valid text form parses to the exact bytes and length a hand-built struct
 * has and formats back to its canonical text; every malformed form is
 * refused with the right errno, a reason, and *out untouched; the builders,
 * fdk_sockaddr_from's validation and canonical copy, port access, equality,
 * and the format buffer limits.  Pure computation apart from the interface
 * lookup of a named IPv6 scope ("lo"), whose failure paths are driven by
 * fault injection (tests/inject) and by a lowered RLIMIT_NOFILE.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <fdkit/socket-types.h>

#include <arpa/inet.h>
#include <net/if.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SUN_OFF offsetof(struct sockaddr_un, sun_path)
#define PATTERN 0xa5

/* ------------------------------------------------------------------------ */
/* Expected values, built by hand (not with the functions under test).      */

static fdk_sockaddr exp_v4(const char *ip, uint16_t port)
{
    fdk_sockaddr a;
    memset(&a, 0, sizeof(a));
    a.u.in4.sin_family = AF_INET;
    a.u.in4.sin_port = htons(port);
    if (inet_pton(AF_INET, ip, &a.u.in4.sin_addr) != 1)
        fdk_test_fail(__FILE__, __LINE__, "bad test address %s", ip);
    a.len = sizeof(struct sockaddr_in);
    return a;
}

static fdk_sockaddr exp_v6(const char *ip, uint16_t port, uint32_t scope)
{
    fdk_sockaddr a;
    memset(&a, 0, sizeof(a));
    a.u.in6.sin6_family = AF_INET6;
    a.u.in6.sin6_port = htons(port);
    a.u.in6.sin6_scope_id = scope;
    if (inet_pton(AF_INET6, ip, &a.u.in6.sin6_addr) != 1)
        fdk_test_fail(__FILE__, __LINE__, "bad test address %s", ip);
    a.len = sizeof(struct sockaddr_in6);
    return a;
}

static fdk_sockaddr exp_path(const char *path)
{
    fdk_sockaddr a;
    memset(&a, 0, sizeof(a));
    a.u.un.sun_family = AF_UNIX;
    memcpy(a.u.un.sun_path, path, strlen(path));
    a.len = (socklen_t)(SUN_OFF + strlen(path) + 1);
    return a;
}

static fdk_sockaddr exp_abstract(const void *name, size_t n)
{
    fdk_sockaddr a;
    memset(&a, 0, sizeof(a));
    a.u.un.sun_family = AF_UNIX;
    memcpy(a.u.un.sun_path + 1, name, n);
    a.len = (socklen_t)(SUN_OFF + 1 + n);
    return a;
}

static fdk_sockaddr exp_unnamed(void)
{
    fdk_sockaddr a;
    memset(&a, 0, sizeof(a));
    a.u.un.sun_family = AF_UNIX;
    a.len = sizeof(sa_family_t);
    return a;
}

/* Byte-exact: same len and the same bytes in the whole union (canonical zeros included). */
static void assert_same_bytes(const fdk_sockaddr *got, const fdk_sockaddr *want, const char *what, int line)
{
    if (got->len != want->len)
        fdk_test_fail(__FILE__, line, "%s: len %u, expected %u", what, (unsigned)got->len,
                      (unsigned)want->len);
    if (memcmp(&got->u, &want->u, sizeof(got->u)) != 0) {
        size_t i;
        const unsigned char *g = (const unsigned char *)&got->u, *w = (const unsigned char *)&want->u;
        for (i = 0; g[i] == w[i]; i++)
            ;
        fdk_test_fail(__FILE__, line, "%s: byte %zu of the address is 0x%02x, expected 0x%02x", what, i,
                      g[i], w[i]);
    }
}
#define ASSERT_SAME(got, want, what) assert_same_bytes((got), (want), (what), __LINE__)

static void fill(fdk_sockaddr *a)
{
    memset(a, PATTERN, sizeof(*a));
}

static void assert_untouched(const fdk_sockaddr *a, const char *what, int line)
{
    const unsigned char *p = (const unsigned char *)a;
    size_t i;
    for (i = 0; i < sizeof(*a); i++)
        if (p[i] != PATTERN)
            fdk_test_fail(__FILE__, line, "%s: *out was written (byte %zu)", what, i);
}
#define ASSERT_UNTOUCHED(a, what) assert_untouched((a), (what), __LINE__)

static uint32_t lo_index(void)
{
    return if_nametoindex("lo");
}

/* ------------------------------------------------------------------------ */
/* Valid forms                                                               */

enum kind { V4, V6, PATH, ABSTRACT, UNNAMED };

struct valid_case {
    const char *text;
    const char *canonical; /* what format writes; NULL = text itself */
    enum kind kind;
    const char *a;         /* ip or path; for ABSTRACT the name bytes */
    size_t n;              /* ABSTRACT: name length */
    uint16_t port;
    uint32_t scope;
};

static const struct valid_case valid[] = {
    { "127.0.0.1:80", NULL, V4, "127.0.0.1", 0, 80, 0 },
    { "0.0.0.0:0", NULL, V4, "0.0.0.0", 0, 0, 0 },
    { "255.255.255.255:65535", NULL, V4, "255.255.255.255", 0, 65535, 0 },
    { "10.1.2.3:0080", "10.1.2.3:80", V4, "10.1.2.3", 0, 80, 0 },
    { "[::1]:80", NULL, V6, "::1", 0, 80, 0 },
    { "[::]:0", NULL, V6, "::", 0, 0, 0 },
    { "[::]:65535", NULL, V6, "::", 0, 65535, 0 },
    { "[fe80::1%7]:443", NULL, V6, "fe80::1", 0, 443, 7 },
    { "[fe80::1%0]:443", "[fe80::1]:443", V6, "fe80::1", 0, 443, 0 },
    { "[fe80::1%4294967295]:1", NULL, V6, "fe80::1", 0, 1, 4294967295u },
    { "[2001:db8::1%3]:1", NULL, V6, "2001:db8::1", 0, 1, 3 }, /* scope on a global address */
    { "[2001:DB8:0:0:0:0:0:1]:5", "[2001:db8::1]:5", V6, "2001:db8::1", 0, 5, 0 },
    { "[::ffff:1.2.3.4]:8080", NULL, V6, "::ffff:1.2.3.4", 0, 8080, 0 },
    { "unix:/run/x.sock", NULL, PATH, "/run/x.sock", 0, 0, 0 },
    { "unix:relative/sock", NULL, PATH, "relative/sock", 0, 0, 0 },
    { "unix:a\\b", NULL, PATH, "a\\b", 0, 0, 0 },               /* backslashes inside a path are literal */
    { "unix:\\x", NULL, PATH, "\\x", 0, 0, 0 },                 /* ... and at the start unless \@ or \\ */
    { "unix:\\@at", NULL, PATH, "@at", 0, 0, 0 },               /* a relative path starting with '@' */
    { "unix:\\\\@", NULL, PATH, "\\@", 0, 0, 0 },
    { "unix:\\\\\\", NULL, PATH, "\\\\", 0, 0, 0 },
    { "unix:x@y:z%1", NULL, PATH, "x@y:z%1", 0, 0, 0 },
    { "unix:@name", NULL, ABSTRACT, "name", 4, 0, 0 },
    { "unix:@ ", NULL, ABSTRACT, " ", 1, 0, 0 },
    { "unix:@@", NULL, ABSTRACT, "@", 1, 0, 0 },
    { "unix:@\\x00", NULL, ABSTRACT, "\0", 1, 0, 0 },
    { "unix:@\\x00abc\\\\\\x7f", NULL, ABSTRACT, "\0abc\\\x7f", 6, 0, 0 },
    { "unix:@A\\x41\\x5c", "unix:@AA\\\\", ABSTRACT, "AA\\", 3, 0, 0 },
    { "unix:@\\xFF\\xfe", "unix:@\\xff\\xfe", ABSTRACT, "\xff\xfe", 2, 0, 0 },
    { "unix:@a\\x00", NULL, ABSTRACT, "a\0", 2, 0, 0 },           /* trailing NUL is part of the name */
    { "unix:", NULL, UNNAMED, NULL, 0, 0, 0 },
};

static fdk_sockaddr expected(const struct valid_case *c)
{
    switch (c->kind) {
    case V4:
        return exp_v4(c->a, c->port);
    case V6:
        return exp_v6(c->a, c->port, c->scope);
    case PATH:
        return exp_path(c->a);
    case ABSTRACT:
        return exp_abstract(c->a, c->n);
    case UNNAMED:
        break;
    }
    return exp_unnamed();
}

static void test_parse_valid(void)
{
    size_t i;

    for (i = 0; i < sizeof(valid) / sizeof(valid[0]); i++) {
        const struct valid_case *c = &valid[i];
        fdk_sockaddr got, again, want = expected(c);
        const char *why = "not cleared";
        const char *canon = c->canonical ? c->canonical : c->text;
        char buf[FDK_SOCKADDR_STRLEN];

        fill(&got);
        if (fdk_sockaddr_parse(&got, c->text, &why) != 0)
            fdk_test_fail(__FILE__, __LINE__, "parse(\"%s\") failed: %s", c->text, why ? why : "?");
        ASSERT_TRUE(why == NULL);
        ASSERT_SAME(&got, &want, c->text);
        /* ret_why is optional */
        ASSERT_OK(fdk_sockaddr_parse(&again, c->text, NULL));
        ASSERT_SAME(&again, &want, c->text);

        ASSERT_EQ(fdk_sockaddr_format(&got, buf, sizeof(buf)), (long long)strlen(canon));
        ASSERT_STREQ(buf, canon);
        /* the canonical text reads back to the same bytes */
        ASSERT_OK(fdk_sockaddr_parse(&again, buf, NULL));
        ASSERT_SAME(&again, &want, buf);
        ASSERT_EQ(fdk_sockaddr_equal(&got, &want), 1);
    }
}

/* A scope by name gives that interface's index; it formats as the number. */
static void test_parse_scope_name(void)
{
    uint32_t lo = lo_index();
    fdk_sockaddr got, want;
    char text[64], buf[FDK_SOCKADDR_STRLEN];

    if (lo == 0) {
        printf("# no \"lo\" interface: scope names not tested\n");
        return;
    }
    want = exp_v6("fe80::1", 80, lo);
    ASSERT_OK(fdk_sockaddr_parse(&got, "[fe80::1%lo]:80", NULL));
    ASSERT_SAME(&got, &want, "[fe80::1%lo]:80");
    snprintf(text, sizeof(text), "[fe80::1%%%u]:80", (unsigned)lo);
    ASSERT_EQ(fdk_sockaddr_format(&got, buf, sizeof(buf)), (long long)strlen(text));
    ASSERT_STREQ(buf, text);
    /* the scope on an address that is not link-local is kept too */
    want = exp_v6("::1", 9, lo);
    ASSERT_OK(fdk_sockaddr_parse(&got, "[::1%lo]:9", NULL));
    ASSERT_SAME(&got, &want, "[::1%lo]:9");
}

/*
 * The interface lookup needs a socket (glibc opens one for SIOCGIFINDEX):
 * when none can be opened, that errno is reported, not "no such interface".
 */
static void test_scope_lookup_emfile(void)
{
    struct rlimit old, low;
    fdk_sockaddr a;
    const char *why = NULL;
    int lowest, r;

    if (lo_index() == 0) {
        printf("# no \"lo\" interface: lookup failure not tested\n");
        return;
    }
    lowest = fcntl(0, F_DUPFD_CLOEXEC, 0); /* the lowest free descriptor */
    ASSERT_TRUE(lowest >= 0);
    close(lowest);
    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &old), 0);
    low = old;
    low.rlim_cur = (rlim_t)lowest; /* every descriptor below the limit is taken */
    if (setrlimit(RLIMIT_NOFILE, &low) != 0) {
        printf("# cannot lower RLIMIT_NOFILE: lookup failure not tested\n");
        return;
    }
    fill(&a);
    r = fdk_sockaddr_parse(&a, "[fe80::1%lo]:80", &why);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &old), 0);
    ASSERT_ERR(r, EMFILE);
    ASSERT_TRUE(why && strstr(why, "could not look up"));
    ASSERT_UNTOUCHED(&a, "lookup without descriptors");
    fill(&a);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);
    r = fdk_sockaddr_ipv6(&a, "fe80::1%lo", 80, 0);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &old), 0);
    ASSERT_ERR(r, EMFILE);
    ASSERT_UNTOUCHED(&a, "ipv6() lookup without descriptors");
    /* a numeric scope needs no lookup, so no descriptor either */
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &low), 0);
    r = fdk_sockaddr_parse(&a, "[fe80::1%1]:80", NULL);
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &old), 0);
    ASSERT_OK(r);
}

/*
 * The lookup's system calls (socket, ioctl SIOCGIFINDEX, close), through
 * fault injection: each failure is reported with its own errno, the socket
 * is closed exactly once on every path, EINTR is retried, and nothing but a
 * named scope makes a call at all.
 */
static void test_scope_lookup_inject(void)
{
    fdk_sockaddr a, want;
    const char *why = NULL;
    uint32_t lo = lo_index();

    if (lo == 0) {
        printf("# no \"lo\" interface: lookup injection not tested\n");
        return;
    }
    want = exp_v6("fe80::1", 80, lo);

    /* socket fails: its errno, no ioctl, nothing to close */
    fdk_inject_reset();
    fdk_inject_fail("socket", 1, 1, EACCES);
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_parse(&a, "[fe80::1%lo]:80", &why), EACCES);
    ASSERT_TRUE(why && strstr(why, "no socket"));
    ASSERT_UNTOUCHED(&a, "socket fails");
    ASSERT_EQ(fdk_inject_calls("socket"), 1);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 0);
    ASSERT_EQ(fdk_inject_calls("close"), 0);

    /* a kernel without AF_UNIX: the next family is tried */
    fdk_inject_reset();
    fdk_inject_fail("socket", 1, 1, EAFNOSUPPORT);
    ASSERT_OK(fdk_sockaddr_parse(&a, "[fe80::1%lo]:80", NULL));
    ASSERT_SAME(&a, &want, "AF_UNIX unsupported");
    ASSERT_EQ(fdk_inject_calls("socket"), 2);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    fdk_inject_reset();
    fdk_inject_fail("socket", 1, 3, EAFNOSUPPORT);
    ASSERT_ERR(fdk_sockaddr_parse(&a, "[fe80::1%lo]:80", NULL), EAFNOSUPPORT);
    ASSERT_EQ(fdk_inject_calls("socket"), 3);
    ASSERT_EQ(fdk_inject_calls("close"), 0);

    /* ioctl interrupted: retried */
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 2, EINTR);
    ASSERT_OK(fdk_sockaddr_parse(&a, "[fe80::1%lo]:80", NULL));
    ASSERT_SAME(&a, &want, "ioctl EINTR");
    ASSERT_EQ(fdk_inject_calls("ioctl"), 3);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    /* ioctl fails otherwise: its errno, and the socket is closed once */
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, ENOMEM);
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "fe80::1%lo", 80, 0), ENOMEM);
    ASSERT_UNTOUCHED(&a, "ioctl fails");
    ASSERT_EQ(fdk_inject_calls("socket"), 1);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    /* close failing after the lookup worked changes nothing (never retried) */
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_sockaddr_parse(&a, "[fe80::1%lo]:80", NULL));
    ASSERT_SAME(&a, &want, "close EINTR");
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    /* no system call for anything but a named scope, nor for a syntax error */
    fdk_inject_reset();
    ASSERT_OK(fdk_sockaddr_parse(&a, "[fe80::1%1]:80", NULL));
    ASSERT_OK(fdk_sockaddr_parse(&a, "[::1]:80", NULL));
    ASSERT_OK(fdk_sockaddr_parse(&a, "1.2.3.4:80", NULL));
    ASSERT_OK(fdk_sockaddr_parse(&a, "unix:@x", NULL));
    ASSERT_ERR(fdk_sockaddr_parse(&a, "[fe80::1%lo]:x", NULL), EINVAL);
    ASSERT_ERR(fdk_sockaddr_parse(&a, "[fe80::1%lo]", NULL), EINVAL);
    ASSERT_ERR(fdk_sockaddr_parse(&a, "[fe80::1%an-interface-name-too-long]:1", NULL), ENODEV);
    ASSERT_OK(fdk_sockaddr_format(&a, (char[FDK_SOCKADDR_STRLEN]){0}, FDK_SOCKADDR_STRLEN));
    ASSERT_EQ(fdk_inject_calls("socket"), 0);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 0);
    fdk_inject_reset();
}

/* ------------------------------------------------------------------------ */
/* Malformed forms                                                           */

struct bad_case {
    const char *text;
    int err;
    const char *why; /* a substring the reason must contain */
};

static const struct bad_case bad[] = {
    { "", EINVAL, "empty address" },
    { "127.0.0.1", EINVAL, "missing port" },
    { "127.0.0.1:", EINVAL, "missing port after" },
    { "127.0.0.1:x", EINVAL, "not a decimal number" },
    { "127.0.0.1:0x50", EINVAL, "after the port" },
    { "127.0.0.1:65536", EINVAL, "greater than 65535" },
    { "127.0.0.1:99999999999999999999999", EINVAL, "greater than 65535" },
    { "127.0.0.1:+80", EINVAL, "sign" },
    { "127.0.0.1:-1", EINVAL, "sign" },
    { "127.0.0.1: 80", EINVAL, "white space" },
    { "127.0.0.1:\t80", EINVAL, "white space" },
    { "127.0.0.1:80 ", EINVAL, "after the port" },
    { "127.0.0.1:80x", EINVAL, "after the port" },
    { ":80", EINVAL, "missing address" },
    { "1.2.3:80", EINVAL, "not an IPv4 address" },
    { "1.2.3.4.5:80", EINVAL, "not an IPv4 address" },
    { "256.1.1.1:80", EINVAL, "not an IPv4 address" },
    { "1.2.3.4x:80", EINVAL, "not an IPv4 address" },
    { " 1.2.3.4:80", EINVAL, "not an IPv4 address" },
    { "localhost:80", EINVAL, "not an IPv4 address" },
    { "0x7f.0.0.1:80", EINVAL, "not an IPv4 address" },
    { "::1", EINVAL, "brackets" },
    { "::1:80", EINVAL, "brackets" },
    { "fe80::1%lo:80", EINVAL, "brackets" },
    { "[::1", EINVAL, "unterminated" },
    { "[::1:80", EINVAL, "unterminated" },
    { "[::1]", EINVAL, "missing port" },
    { "[::1]80", EINVAL, "expected ':'" },
    { "[::1]:", EINVAL, "missing port after" },
    { "[::1]:x", EINVAL, "not a decimal number" },
    { "[::1]:70000", EINVAL, "greater than 65535" },
    { "[::1]:80]", EINVAL, "after the port" },
    { "[]:80", EINVAL, "empty brackets" },
    { "[1.2.3.4]:80", EINVAL, "not an IPv6 address" },
    { "[::g]:80", EINVAL, "not an IPv6 address" },
    { "[::1::2]:80", EINVAL, "not an IPv6 address" },
    { "[ ::1]:80", EINVAL, "not an IPv6 address" },
    { "[0000:0000:0000:0000:0000:0000:0000:0000:0000:0000:1]:80", EINVAL, "not an IPv6 address" },
    { "[fe80::1%]:80", EINVAL, "empty scope" },
    { "[fe80::1%4294967296]:80", EINVAL, "greater than 4294967295" },
    { "[fe80::1%99999999999999999999]:80", EINVAL, "greater than 4294967295" },
    { "[fe80::1%fdk-no-such]:80", ENODEV, "no network interface" },
    { "[fe80::1%1x]:80", ENODEV, "no network interface" },    /* not all digits: a name */
    { "[fe80::1%an-interface-name-too-long]:80", ENODEV, "no network interface" },
    { "[fe80::1%fdk-no-such]:x", EINVAL, "not a decimal number" }, /* syntax before lookup */
    { "[fe80::1%an-interface-name-too-long]", EINVAL, "missing port" },
    { "unix:@", EINVAL, "empty abstract name" },
    { "unix:@\\", EINVAL, "backslash at the end" },
    { "unix:@ab\\q", EINVAL, "only \\\\ and \\xNN" },
    { "unix:@\\x", EINVAL, "two hex digits" },
    { "unix:@\\x4", EINVAL, "two hex digits" },
    { "unix:@\\xg0", EINVAL, "two hex digits" },
    { "unix:@\\x0g", EINVAL, "two hex digits" },
    { "unix:@\\X41", EINVAL, "only \\\\ and \\xNN" },
    { "tcp:1.2.3.4:80", EINVAL, "not an IPv4 address" },
    { "1.2.3.4:80:90", EINVAL, "after the port" },
    { "fe80::1%lo", EINVAL, "brackets" },
    { "::", EINVAL, "brackets" },
    { "1::2::3:80", EINVAL, "not an IPv4 address" },
};

static void check_bad(const char *text, int err, const char *want_why, int line)
{
    fdk_sockaddr out;
    const char *why = NULL;
    int r;

    fill(&out);
    r = fdk_sockaddr_parse(&out, text, &why);
    if (r != -err)
        fdk_test_fail(__FILE__, line, "parse(\"%s\") = %d (%s), expected -%s", text, r,
                      r < 0 ? fdk_errno_name(r) : "success", fdk_errno_name(-err));
    if (!why || !*why)
        fdk_test_fail(__FILE__, line, "parse(\"%s\"): no reason given", text);
    if (!strstr(why, want_why))
        fdk_test_fail(__FILE__, line, "parse(\"%s\"): reason \"%s\" does not say \"%s\"", text, why,
                      want_why);
    ASSERT_UNTOUCHED(&out, text);
    /* without ret_why: same errno, still nothing written */
    ASSERT_EQ(fdk_sockaddr_parse(&out, text, NULL), -err);
    ASSERT_UNTOUCHED(&out, text);
}

static void test_parse_malformed(void)
{
    size_t i;
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        check_bad(bad[i].text, bad[i].err, bad[i].why, __LINE__);
}

/* Different mistakes get different reasons (one representative each). */
static void test_reasons_distinct(void)
{
    static const char *const texts[] = {
        "", "1.2.3.4", "1.2.3.4:", "1.2.3.4:x", "1.2.3.4:1x", "1.2.3.4:65536", "1.2.3.4:+1",
        "1.2.3.4: 1", ":1", "1.2.3:1", "::1", "[::1", "[::1]", "[::1]1", "[]:1", "[x]:1",
        "[fe80::1%]:1", "[fe80::1%4294967296]:1", "[fe80::1%fdk-no-such]:1", "unix:@",
        "unix:@\\", "unix:@\\q", "unix:@\\x",
    };
    const char *whys[sizeof(texts) / sizeof(texts[0])];
    size_t i, j;
    fdk_sockaddr out;

    for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        whys[i] = NULL;
        ASSERT_TRUE(fdk_sockaddr_parse(&out, texts[i], &whys[i]) < 0);
        ASSERT_TRUE(whys[i] != NULL);
        for (j = 0; j < i; j++)
            if (strcmp(whys[i], whys[j]) == 0)
                fdk_test_fail(__FILE__, __LINE__, "\"%s\" and \"%s\" share the reason \"%s\"",
                              texts[j], texts[i], whys[i]);
    }
}

/* 107 bytes is the limit for paths and abstract names, in every form. */
static void test_unix_limits(void)
{
    char path[120], text[600], buf[FDK_SOCKADDR_STRLEN];
    unsigned char name[108];
    fdk_sockaddr a, want;
    size_t i;

    memset(path, 'p', sizeof(path));
    path[0] = '/';
    path[107] = '\0';
    want = exp_path(path);
    ASSERT_EQ(want.len, SUN_OFF + 108);
    ASSERT_OK(fdk_sockaddr_unix(&a, path));
    ASSERT_SAME(&a, &want, "107-byte path");
    snprintf(text, sizeof(text), "unix:%s", path);
    ASSERT_OK(fdk_sockaddr_parse(&a, text, NULL));
    ASSERT_SAME(&a, &want, "unix:<107-byte path>");
    ASSERT_EQ(fdk_sockaddr_format(&a, buf, sizeof(buf)), (long long)strlen(text));
    ASSERT_STREQ(buf, text);

    path[107] = 'p';
    path[108] = '\0';
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_unix(&a, path), ENAMETOOLONG);
    ASSERT_UNTOUCHED(&a, "108-byte path");
    snprintf(text, sizeof(text), "unix:%s", path);
    check_bad(text, ENAMETOOLONG, "longer than 107", __LINE__);
    /* "\@" at the start is one byte of path */
    path[0] = '@';
    path[107] = '\0';
    snprintf(text, sizeof(text), "unix:\\%s", path);
    ASSERT_OK(fdk_sockaddr_parse(&a, text, NULL));
    ASSERT_EQ(a.len, SUN_OFF + 108);

    /* abstract: 107 bytes, every one escaped: the longest text there is */
    memset(name, 0x01, sizeof(name));
    want = exp_abstract(name, 107);
    ASSERT_EQ(want.len, sizeof(struct sockaddr_un)); /* family + NUL + 107 = 110 */
    ASSERT_OK(fdk_sockaddr_unix_abstract(&a, name, 107));
    ASSERT_SAME(&a, &want, "107-byte abstract");
    ASSERT_EQ(fdk_sockaddr_format(&a, buf, sizeof(buf)), 6 + 4 * 107);
    ASSERT_TRUE(6 + 4 * 107 + 1 <= FDK_SOCKADDR_STRLEN);
    ASSERT_OK(fdk_sockaddr_parse(&a, buf, NULL));
    ASSERT_SAME(&a, &want, "107-byte abstract, parsed");

    fill(&a);
    ASSERT_ERR(fdk_sockaddr_unix_abstract(&a, name, 108), ENAMETOOLONG);
    ASSERT_UNTOUCHED(&a, "108-byte abstract");
    strcpy(text, "unix:@");
    for (i = 0; i < 108; i++)
        strcat(text, "\\x00");
    check_bad(text, ENAMETOOLONG, "longer than 107", __LINE__);
    /* too long, but a bad escape further on is what gets reported */
    strcat(text, "\\q");
    check_bad(text, EINVAL, "bad escape", __LINE__);
    memset(text, 'n', 6 + 108);
    memcpy(text, "unix:@", 6);
    text[6 + 108] = '\0';
    check_bad(text, ENAMETOOLONG, "longer than 107", __LINE__);
}

/* Arbitrary names and paths survive format -> parse byte for byte. */
static void test_round_trip(void)
{
    static const char *const paths[] = { "@", "@x", "\\", "\\@", "\\\\", "\\x", "\\\\\\@", "a\\@",
                                         "x@", "a b\n\t\x7f\xff", "%", "unix:", "[::1]:80" };
    static const char *const path_texts[] = { "unix:\\@", "unix:\\@x", "unix:\\", "unix:\\\\@",
                                              "unix:\\\\\\", "unix:\\x", "unix:\\\\\\\\@", "unix:a\\@",
                                              "unix:x@", "unix:a b\n\t\x7f\xff", "unix:%",
                                              "unix:unix:", "unix:[::1]:80" };
    char buf[FDK_SOCKADDR_STRLEN];
    unsigned char name[107];
    fdk_sockaddr a, b, want;
    uint32_t seed = 12345;
    size_t i, j, n;

    for (i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
        want = exp_path(paths[i]);
        ASSERT_OK(fdk_sockaddr_unix(&a, paths[i]));
        ASSERT_SAME(&a, &want, paths[i]);
        ASSERT_OK(fdk_sockaddr_format(&a, buf, sizeof(buf)));
        ASSERT_STREQ(buf, path_texts[i]);
        ASSERT_OK(fdk_sockaddr_parse(&b, buf, NULL));
        ASSERT_SAME(&b, &want, buf);
    }

    /* every byte value, in names of every length, with NULs anywhere */
    for (n = 1; n <= 107; n++) {
        for (j = 0; j < n; j++) {
            seed = seed * 1103515245u + 12345u;
            name[j] = (unsigned char)(seed >> 16);
        }
        if (n % 3 == 0)
            name[0] = 0;
        if (n % 5 == 0)
            name[n - 1] = 0;
        if (n <= 2)
            name[n - 1] = n == 1 ? '\\' : '@';
        want = exp_abstract(name, n);
        ASSERT_OK(fdk_sockaddr_unix_abstract(&a, name, n));
        ASSERT_SAME(&a, &want, "abstract");
        ASSERT_TRUE(fdk_sockaddr_format(&a, buf, sizeof(buf)) > 6);
        ASSERT_TRUE(strncmp(buf, "unix:@", 6) == 0);
        for (j = 6; buf[j]; j++) /* nothing unprintable in the text */
            ASSERT_TRUE(buf[j] >= 0x20 && buf[j] < 0x7f);
        ASSERT_OK(fdk_sockaddr_parse(&b, buf, NULL));
        ASSERT_SAME(&b, &want, buf);
    }
    for (i = 0; i < 256; i++) {
        name[0] = (unsigned char)i;
        ASSERT_OK(fdk_sockaddr_unix_abstract(&a, name, 1));
        ASSERT_OK(fdk_sockaddr_format(&a, buf, sizeof(buf)));
        ASSERT_OK(fdk_sockaddr_parse(&b, buf, NULL));
        ASSERT_SAME(&b, &a, buf);
    }

    /* IP: pseudo-random addresses, ports and scopes */
    for (i = 0; i < 2000; i++) {
        struct in6_addr in6;
        struct in_addr in4;
        seed = seed * 1103515245u + 12345u;
        in4.s_addr = seed;
        ASSERT_TRUE(inet_ntop(AF_INET, &in4, buf, sizeof(buf)) != NULL);
        ASSERT_OK(fdk_sockaddr_ipv4(&a, buf, (uint16_t)(seed >> 7)));
        ASSERT_OK(fdk_sockaddr_format(&a, buf, sizeof(buf)));
        ASSERT_OK(fdk_sockaddr_parse(&b, buf, NULL));
        ASSERT_SAME(&b, &a, buf);

        for (j = 0; j < 16; j++) {
            seed = seed * 1103515245u + 12345u;
            /* runs of zero groups so that "::" compression happens */
            in6.s6_addr[j] = (seed >> 20) % 3 == 0 ? 0 : (unsigned char)(seed >> 16);
        }
        memset(&want, 0, sizeof(want));
        want.u.in6.sin6_family = AF_INET6;
        want.u.in6.sin6_addr = in6;
        want.u.in6.sin6_port = (in_port_t)seed;
        want.u.in6.sin6_scope_id = i % 4 == 0 ? seed : 0;
        want.len = sizeof(struct sockaddr_in6);
        ASSERT_OK(fdk_sockaddr_from(&a, &want.u.sa, want.len));
        ASSERT_SAME(&a, &want, "from(in6)");
        ASSERT_OK(fdk_sockaddr_format(&a, buf, sizeof(buf)));
        ASSERT_OK(fdk_sockaddr_parse(&b, buf, NULL));
        ASSERT_SAME(&b, &want, buf);
    }
}

/* ------------------------------------------------------------------------ */
/* Builders                                                                  */

static void test_builders(void)
{
    fdk_sockaddr a, want;
    uint32_t lo = lo_index();

    want = exp_v4("0.0.0.0", 8080);
    ASSERT_OK(fdk_sockaddr_ipv4(&a, NULL, 8080));
    ASSERT_SAME(&a, &want, "ipv4(NULL)");
    want = exp_v4("192.168.1.2", 1);
    ASSERT_OK(fdk_sockaddr_ipv4(&a, "192.168.1.2", 1));
    ASSERT_SAME(&a, &want, "ipv4");
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_ipv4(&a, "1.2.3", 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv4(&a, "1.2.3.4:80", 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv4(&a, "::1", 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv4(&a, "", 1), EINVAL);
    ASSERT_UNTOUCHED(&a, "ipv4 failures");

    want = exp_v6("::", 53, 0);
    ASSERT_OK(fdk_sockaddr_ipv6(&a, NULL, 53, 0));
    ASSERT_SAME(&a, &want, "ipv6(NULL)");
    want = exp_v6("::", 53, 9);
    ASSERT_OK(fdk_sockaddr_ipv6(&a, NULL, 53, 9));
    ASSERT_SAME(&a, &want, "ipv6(NULL, scope 9)");
    want = exp_v6("fe80::2", 53, 5);
    ASSERT_OK(fdk_sockaddr_ipv6(&a, "fe80::2%5", 53, 0));
    ASSERT_SAME(&a, &want, "ipv6 %5");
    ASSERT_OK(fdk_sockaddr_ipv6(&a, "fe80::2", 53, 5));
    ASSERT_SAME(&a, &want, "ipv6 scope_id 5");
    ASSERT_OK(fdk_sockaddr_ipv6(&a, "fe80::2%5", 53, 5));
    ASSERT_SAME(&a, &want, "ipv6 %5 and scope_id 5");
    ASSERT_OK(fdk_sockaddr_ipv6(&a, "fe80::2%0", 53, 5));
    ASSERT_SAME(&a, &want, "ipv6 %0 and scope_id 5");
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "fe80::2%5", 53, 6), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "[::1]", 53, 0), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "1.2.3.4", 53, 0), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "::1%", 53, 0), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "::1%4294967296", 53, 0), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "::1%fdk-no-such", 53, 0), ENODEV);
    ASSERT_ERR(fdk_sockaddr_ipv6(&a, "", 53, 0), EINVAL);
    ASSERT_UNTOUCHED(&a, "ipv6 failures");
    if (lo) {
        want = exp_v6("fe80::2", 53, lo);
        ASSERT_OK(fdk_sockaddr_ipv6(&a, "fe80::2%lo", 53, 0));
        ASSERT_SAME(&a, &want, "ipv6 %lo");
        ASSERT_OK(fdk_sockaddr_ipv6(&a, "fe80::2%lo", 53, lo));
        fill(&a);
        ASSERT_ERR(fdk_sockaddr_ipv6(&a, "fe80::2%lo", 53, lo + 1), EINVAL);
        ASSERT_UNTOUCHED(&a, "ipv6 %lo with another scope_id");
    }

    want = exp_path("/tmp/s");
    ASSERT_OK(fdk_sockaddr_unix(&a, "/tmp/s"));
    ASSERT_SAME(&a, &want, "unix");
    ASSERT_EQ(a.len, SUN_OFF + 7);
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_unix(&a, ""), EINVAL);
    ASSERT_UNTOUCHED(&a, "unix(\"\")");

    want = exp_abstract("a\0b", 3);
    ASSERT_OK(fdk_sockaddr_unix_abstract(&a, "a\0b", 3));
    ASSERT_SAME(&a, &want, "abstract");
    ASSERT_EQ(a.len, SUN_OFF + 4);
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_unix_abstract(&a, "x", 0), EINVAL);
    ASSERT_UNTOUCHED(&a, "abstract len 0");

    want = exp_unnamed();
    ASSERT_OK(fdk_sockaddr_unix_autobind(&a));
    ASSERT_SAME(&a, &want, "autobind");
    ASSERT_EQ(a.len, sizeof(sa_family_t));
}

/* ------------------------------------------------------------------------ */
/* fdk_sockaddr_from                                                         */

static void from_bad(const void *sa, socklen_t len, int err, int line)
{
    fdk_sockaddr out;
    int r;

    fill(&out);
    r = fdk_sockaddr_from(&out, (const struct sockaddr *)sa, len);
    if (r != -err)
        fdk_test_fail(__FILE__, line, "from(len %u) = %d, expected -%s", (unsigned)len, r,
                      fdk_errno_name(-err));
    assert_untouched(&out, "from", line);
}

static void test_from(void)
{
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage ss;
    fdk_sockaddr a, want;

    /* empty */
    fill(&a);
    ASSERT_OK(fdk_sockaddr_from(&a, NULL, 0));
    ASSERT_EQ(a.len, 0);
    ASSERT_EQ(fdk_sockaddr_family(&a), AF_UNSPEC);

    /* IPv4: sin_zero garbage is dropped; only the exact size is valid */
    memset(&in4, 0x77, sizeof(in4));
    in4.sin_family = AF_INET;
    in4.sin_port = htons(1234);
    inet_pton(AF_INET, "10.0.0.1", &in4.sin_addr);
    want = exp_v4("10.0.0.1", 1234);
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&in4, sizeof(in4)));
    ASSERT_SAME(&a, &want, "from(in4)");
    from_bad(&in4, sizeof(in4) - 1, EINVAL, __LINE__);
    memset(&ss, 0, sizeof(ss));
    memcpy(&ss, &in4, sizeof(in4));
    from_bad(&ss, sizeof(in4) + 1, EINVAL, __LINE__);
    from_bad(&ss, sizeof(ss), EINVAL, __LINE__);

    /* IPv6: flowinfo kept, exact size only (24 = the old RFC 2133 size) */
    memset(&in6, 0, sizeof(in6));
    in6.sin6_family = AF_INET6;
    in6.sin6_port = htons(443);
    in6.sin6_flowinfo = htonl(0x12345);
    in6.sin6_scope_id = 3;
    inet_pton(AF_INET6, "fe80::9", &in6.sin6_addr);
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&in6, sizeof(in6)));
    ASSERT_EQ(a.len, sizeof(in6));
    ASSERT_MEM_EQ(&a.u.in6, &in6, sizeof(in6));
    want = exp_v6("fe80::9", 443, 3);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &want), 1); /* flowinfo is not compared */
    from_bad(&in6, 24, EINVAL, __LINE__);
    from_bad(&in6, sizeof(in6) - 1, EINVAL, __LINE__);

    /* Unix: unnamed */
    memset(&un, 0x55, sizeof(un));
    un.sun_family = AF_UNIX;
    want = exp_unnamed();
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&un, sizeof(sa_family_t)));
    ASSERT_SAME(&a, &want, "from(unnamed)");

    /* Unix path given with sizeof(sun): canonical length, garbage after the NUL dropped */
    memset(&un, 0x55, sizeof(un));
    un.sun_family = AF_UNIX;
    memcpy(un.sun_path, "/x/y", 5);
    want = exp_path("/x/y");
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&un, sizeof(un)));
    ASSERT_SAME(&a, &want, "from(path, sizeof)");
    /* ... and without its NUL (the kernel accepts that): the NUL is added */
    memset(&un, 0x55, sizeof(un));
    un.sun_family = AF_UNIX;
    memcpy(un.sun_path, "/x/y", 4);
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&un, (socklen_t)(SUN_OFF + 4)));
    ASSERT_SAME(&a, &want, "from(path, no NUL)");
    /* 107 bytes without NUL in a 109-byte address: fine */
    memset(un.sun_path, 'q', sizeof(un.sun_path));
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&un, (socklen_t)(SUN_OFF + 107)));
    ASSERT_EQ(a.len, sizeof(un));
    ASSERT_EQ(a.u.un.sun_path[107], 0);
    /* all 108 bytes without NUL: more than fdkit can express */
    from_bad(&un, sizeof(un), ENAMETOOLONG, __LINE__);

    /* abstract: exact length kept, trailing bytes are the name */
    memset(&un, 0, sizeof(un));
    un.sun_family = AF_UNIX;
    memcpy(un.sun_path, "\0ab\0", 4);
    want = exp_abstract("ab\0", 3);
    ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&un, (socklen_t)(SUN_OFF + 4)));
    ASSERT_SAME(&a, &want, "from(abstract)");
    from_bad(&un, (socklen_t)(SUN_OFF + 1), EINVAL, __LINE__); /* empty abstract name */

    /* lengths out of range, NULL, other families */
    memset(&ss, 0, sizeof(ss));
    ss.ss_family = AF_UNIX;
    ((char *)&ss)[SUN_OFF] = 'x';
    from_bad(&ss, sizeof(un) + 1, EINVAL, __LINE__);
    from_bad(&ss, 1, EINVAL, __LINE__);
    from_bad(NULL, sizeof(in4), EINVAL, __LINE__);
    ss.ss_family = AF_NETLINK;
    from_bad(&ss, 12, EAFNOSUPPORT, __LINE__);
    ss.ss_family = AF_UNSPEC;
    from_bad(&ss, sizeof(in4), EAFNOSUPPORT, __LINE__);
    ASSERT_ERR(fdk_sockaddr_from(NULL, (struct sockaddr *)&in4, sizeof(in4)), EINVAL);

    /* what the kernel reports round-trips: a real getsockname() */
    {
        int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        socklen_t len = sizeof(ss);
        char buf[FDK_SOCKADDR_STRLEN];
        fdk_sockaddr b;
        ASSERT_TRUE(fd >= 0);
        ASSERT_OK(fdk_sockaddr_unix_autobind(&a));
        ASSERT_EQ(bind(fd, &a.u.sa, a.len), 0);
        ASSERT_EQ(getsockname(fd, (struct sockaddr *)&ss, &len), 0);
        ASSERT_OK(fdk_sockaddr_from(&a, (struct sockaddr *)&ss, len));
        ASSERT_EQ(a.len, SUN_OFF + 1 + 5); /* autobind: five hex digits */
        ASSERT_OK(fdk_sockaddr_format(&a, buf, sizeof(buf)));
        ASSERT_OK(fdk_sockaddr_parse(&b, buf, NULL));
        ASSERT_SAME(&b, &a, buf);
        close(fd);
    }
}

/* ------------------------------------------------------------------------ */
/* Format buffer handling and odd addresses                                  */

static void test_format(void)
{
    char buf[FDK_SOCKADDR_STRLEN];
    fdk_sockaddr a;

    ASSERT_OK(fdk_sockaddr_parse(&a, "127.0.0.1:80", NULL));
    memset(buf, 'Z', sizeof(buf));
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, 12), ENOSPC); /* 12 chars, no room for the NUL */
    ASSERT_EQ(buf[0], '\0');
    ASSERT_EQ(buf[1], 'Z');
    memset(buf, 'Z', sizeof(buf));
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, 0), ENOSPC);
    ASSERT_EQ(buf[0], 'Z');
    ASSERT_EQ(fdk_sockaddr_format(&a, buf, 13), 12);
    ASSERT_STREQ(buf, "127.0.0.1:80");

    ASSERT_OK(fdk_sockaddr_parse(&a, "unix:", NULL));
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, 5), ENOSPC);
    ASSERT_EQ(fdk_sockaddr_format(&a, buf, 6), 5);
    ASSERT_STREQ(buf, "unix:");

    /* empty and unknown families */
    memset(&a, 0, sizeof(a));
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EAFNOSUPPORT);
    a.u.sa.sa_family = AF_NETLINK;
    a.len = 12;
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EAFNOSUPPORT);
    /* inconsistent: len wrong for the family */
    a = exp_v4("1.2.3.4", 5);
    a.len = 8;
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EINVAL);
    a = exp_v6("::1", 5, 0);
    a.len = 24;
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EINVAL);
    a = exp_abstract("x", 1);
    a.len = (socklen_t)(SUN_OFF + 1); /* empty abstract name */
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EINVAL);
    a.len = sizeof(struct sockaddr_un) + 1;
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EINVAL);
    a.len = 1;
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EINVAL);
    a = exp_path("x");
    memset(a.u.un.sun_path, 'x', sizeof(a.u.un.sun_path));
    a.len = sizeof(struct sockaddr_un); /* 108 path bytes, no NUL */
    ASSERT_ERR(fdk_sockaddr_format(&a, buf, sizeof(buf)), EINVAL);
    /* a path whose len stops before its NUL is still that path */
    a = exp_path("/abc");
    a.len -= 1;
    ASSERT_EQ(fdk_sockaddr_format(&a, buf, sizeof(buf)), 9);
    ASSERT_STREQ(buf, "unix:/abc");
}

/* ------------------------------------------------------------------------ */
/* Queries and equality                                                      */

static void test_queries(void)
{
    fdk_sockaddr a, b;

    memset(&a, 0, sizeof(a));
    ASSERT_EQ(fdk_sockaddr_family(&a), AF_UNSPEC);
    ASSERT_ERR(fdk_sockaddr_port(&a), EAFNOSUPPORT);
    ASSERT_ERR(fdk_sockaddr_set_port(&a, 1), EAFNOSUPPORT);

    a = exp_v4("1.2.3.4", 65535);
    ASSERT_EQ(fdk_sockaddr_family(&a), AF_INET);
    ASSERT_EQ(fdk_sockaddr_port(&a), 65535);
    ASSERT_OK(fdk_sockaddr_set_port(&a, 7));
    b = exp_v4("1.2.3.4", 7);
    ASSERT_SAME(&a, &b, "set_port v4");

    a = exp_v6("::1", 0, 2);
    ASSERT_EQ(fdk_sockaddr_family(&a), AF_INET6);
    ASSERT_EQ(fdk_sockaddr_port(&a), 0);
    ASSERT_OK(fdk_sockaddr_set_port(&a, 40000));
    b = exp_v6("::1", 40000, 2);
    ASSERT_SAME(&a, &b, "set_port v6");

    a = exp_path("/p");
    b = a;
    ASSERT_EQ(fdk_sockaddr_family(&a), AF_UNIX);
    ASSERT_ERR(fdk_sockaddr_port(&a), EAFNOSUPPORT);
    ASSERT_ERR(fdk_sockaddr_set_port(&a, 1), EAFNOSUPPORT);
    ASSERT_SAME(&a, &b, "set_port on unix changes nothing");

    a = exp_v4("1.2.3.4", 9);
    a.len = 15;
    b = a;
    ASSERT_ERR(fdk_sockaddr_port(&a), EINVAL);
    ASSERT_ERR(fdk_sockaddr_set_port(&a, 1), EINVAL);
    ASSERT_SAME(&a, &b, "set_port on an inconsistent address changes nothing");
}

static void test_equal(void)
{
    fdk_sockaddr a, b;

    memset(&a, 0, sizeof(a));
    memset(&b, 0x33, sizeof(b));
    b.len = 0;
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1); /* two empty addresses, whatever the bytes */
    b = exp_v4("0.0.0.0", 0);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    ASSERT_EQ(fdk_sockaddr_equal(&b, &a), 0);

    a = exp_v4("1.2.3.4", 80);
    b = exp_v4("1.2.3.4", 80);
    memset(b.u.in4.sin_zero, 0xee, sizeof(b.u.in4.sin_zero));
    memset((char *)&b.u + sizeof(struct sockaddr_in), 0xee, sizeof(b.u) - sizeof(struct sockaddr_in));
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1); /* padding does not count */
    b = exp_v4("1.2.3.4", 81);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = exp_v4("1.2.3.5", 80);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = exp_v6("::ffff:1.2.3.4", 80, 0);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0); /* v4 vs v4-mapped: different families */

    a = exp_v6("fe80::1", 80, 1);
    b = exp_v6("fe80::1", 80, 1);
    b.u.in6.sin6_flowinfo = htonl(7);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1);
    b = exp_v6("fe80::1", 80, 2);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = exp_v6("fe80::2", 80, 1);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = exp_v6("fe80::1", 8080, 1);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);

    /* paths: up to the NUL, whatever len says beyond it */
    a = exp_path("/a/b");
    b = exp_path("/a/b");
    memset(b.u.un.sun_path + 5, 'g', sizeof(b.u.un.sun_path) - 5);
    b.len = sizeof(struct sockaddr_un);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1);
    b = exp_path("/a/c");
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = exp_path("/a/b/");
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);

    /* abstract: exact length and bytes; a path and an abstract name never match */
    a = exp_abstract("a", 1);
    b = exp_abstract("a\0", 2);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = exp_abstract("a", 1);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1);
    b = exp_path("a");
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    a = exp_unnamed();
    b = exp_unnamed();
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1);
    b = exp_abstract("\0", 1);
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);

    /* other families: byte for byte over len */
    memset(&a, 0, sizeof(a));
    a.u.sa.sa_family = AF_NETLINK;
    a.len = 12;
    b = a;
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1);
    b.u.sa.sa_data[3] = 1;
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    b = a;
    b.len = 11;
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);

    b = a;
    b.len = 1; /* too short to hold a family: bytes */
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 0);
    a.len = 1;
    ASSERT_EQ(fdk_sockaddr_equal(&a, &b), 1);

    ASSERT_ERR(fdk_sockaddr_equal(NULL, &b), EINVAL);
    ASSERT_ERR(fdk_sockaddr_equal(&a, NULL), EINVAL);
}

/* Every pointer argument is checked. */
static void test_null(void)
{
    fdk_sockaddr a;
    char buf[FDK_SOCKADDR_STRLEN];
    const char *why = NULL;

    ASSERT_ERR(fdk_sockaddr_ipv4(NULL, "1.2.3.4", 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_ipv6(NULL, "::1", 1, 0), EINVAL);
    ASSERT_ERR(fdk_sockaddr_unix(NULL, "/x"), EINVAL);
    fill(&a);
    ASSERT_ERR(fdk_sockaddr_unix(&a, NULL), EINVAL);
    ASSERT_ERR(fdk_sockaddr_unix_abstract(NULL, "x", 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_unix_abstract(&a, NULL, 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_unix_autobind(NULL), EINVAL);
    ASSERT_ERR(fdk_sockaddr_from(NULL, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_sockaddr_parse(NULL, "1.2.3.4:5", &why), EINVAL);
    ASSERT_TRUE(why && *why);
    why = NULL;
    ASSERT_ERR(fdk_sockaddr_parse(&a, NULL, &why), EINVAL);
    ASSERT_TRUE(why && *why);
    ASSERT_UNTOUCHED(&a, "NULL arguments");
    ASSERT_ERR(fdk_sockaddr_format(NULL, buf, sizeof(buf)), EINVAL);
    ASSERT_OK(fdk_sockaddr_unix_autobind(&a));
    ASSERT_ERR(fdk_sockaddr_format(&a, NULL, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_sockaddr_family(NULL), EINVAL);
    ASSERT_ERR(fdk_sockaddr_port(NULL), EINVAL);
    ASSERT_ERR(fdk_sockaddr_set_port(NULL, 1), EINVAL);
    ASSERT_ERR(fdk_sockaddr_equal(NULL, NULL), EINVAL);
}

int main(void)
{
    RUN(test_parse_valid);
    RUN(test_parse_scope_name);
    RUN(test_scope_lookup_emfile);
    RUN(test_scope_lookup_inject);
    RUN(test_parse_malformed);
    RUN(test_reasons_distinct);
    RUN(test_unix_limits);
    RUN(test_round_trip);
    RUN(test_builders);
    RUN(test_from);
    RUN(test_format);
    RUN(test_queries);
    RUN(test_equal);
    RUN(test_null);
    return 0;
}
