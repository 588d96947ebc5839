/* SPDX-License-Identifier: MIT */
/*
 * fuzz-sockaddr: the text form of socket addresses (fdk_sockaddr_parse(),
 * fdk_sockaddr_format()) and raw addresses (fdk_sockaddr_from(), and
 * format / equal / port on an fdk_sockaddr holding arbitrary bytes).
 *
 * Byte 0 of an input is the mode:
 *   even  the rest is text for fdk_sockaddr_parse() (NUL-terminated copy;
 *         the text ends at its first NUL, like a C string);
 *   odd   the rest is raw: bytes 1-2 a length (little endian), then the
 *         address bytes, given to fdk_sockaddr_from() and, as they are, to
 *         fdk_sockaddr_format().
 *
 * Checked (abort() on a violation):
 * - parse returns 0, -EINVAL or -ENAMETOOLONG; for a scope given by name
 *   (text "[...%name]...") also -ENODEV or another -errno of the lookup.
 *   On failure *out is untouched and *ret_why a non-empty sentence; on
 *   success *ret_why is NULL.  A NULL ret_why gives the same answer.
 * - every address parse or from produces is canonical: family INET, INET6
 *   or UNIX, len exact for it, bytes past len zero, sin_zero zero, a path's
 *   len counts its bytes and one NUL, an abstract name at least one byte.
 * - format of such an address succeeds, returns strlen of a text shorter
 *   than FDK_SOCKADDR_STRLEN, and parsing that text gives back the same
 *   bytes (so format(parse(s)) is a fixed point: formatting again gives the
 *   same text).  Sizes 0, 1, n / 2 and n give -ENOSPC with "" in the buffer
 *   and nothing else written; size n + 1 is enough.
 * - format of arbitrary bytes returns >= 0, -EINVAL or -EAFNOSUPPORT; on
 *   success the text parses back to an address fdk_sockaddr_equal() calls
 *   equal (both ways round), as the header promises.
 * - from returns 0, -EINVAL, -ENAMETOOLONG or -EAFNOSUPPORT, leaves *out
 *   alone on failure; equal() is reflexive on anything.
 * - no descriptor leaks from the interface lookup (the lowest free descriptor
 *   is the same before and after every 4096th input).
 */
#include "fuzz.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <fdkit/socket.h>

#define SUN_OFF offsetof(struct sockaddr_un, sun_path)

static unsigned long inputs;

/* The lowest free descriptor (what the next open() gets). */
static int lowest_free_fd(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);

    if (fd >= 0)
        close(fd);
    return fd;
}

/* Same len and same bytes in u (the padding after len is nobody's business). */
static int same_addr(const fdk_sockaddr *a, const fdk_sockaddr *b)
{
    return a->len == b->len && memcmp(&a->u, &b->u, sizeof(a->u)) == 0;
}

/* The canonical form fdk_sockaddr.len's doc describes. */
static void check_canonical(const fdk_sockaddr *a)
{
    const unsigned char *u = (const unsigned char *)&a->u;
    size_t i, n;

    FUZZ_CHECK(a->len >= sizeof(sa_family_t) && a->len <= sizeof(a->u));
    for (i = a->len; i < sizeof(a->u); i++)
        FUZZ_CHECK(u[i] == 0);
    switch (a->u.sa.sa_family) {
    case AF_INET:
        FUZZ_CHECK(a->len == sizeof(struct sockaddr_in));
        for (i = 0; i < sizeof(a->u.in4.sin_zero); i++)
            FUZZ_CHECK(a->u.in4.sin_zero[i] == 0);
        break;
    case AF_INET6:
        FUZZ_CHECK(a->len == sizeof(struct sockaddr_in6));
        break;
    case AF_UNIX:
        FUZZ_CHECK(a->len <= sizeof(struct sockaddr_un));
        if (a->len == SUN_OFF)
            break; /* unnamed */
        if (a->u.un.sun_path[0] == '\0') {
            FUZZ_CHECK(a->len >= SUN_OFF + 2); /* abstract, at least one byte */
        } else {
            n = strnlen(a->u.un.sun_path, sizeof(a->u.un.sun_path));
            FUZZ_CHECK(n <= 107);
            FUZZ_CHECK(a->len == SUN_OFF + n + 1);
        }
        break;
    default:
        FUZZ_CHECK(!"family of a produced address");
    }
    FUZZ_CHECK(fdk_sockaddr_equal(a, a) == 1);
}

/*
 * format into buffers of sizes 0, 1, n / 2, n and n + 1 (n = the text's
 * length), each followed by guard bytes that must stay as they were.
 */
static void check_sizes(const fdk_sockaddr *a, const char *text, int n)
{
    char buf[FDK_SOCKADDR_STRLEN + 16];
    const size_t sizes[] = {0, 1, (size_t)n / 2, (size_t)n, (size_t)n + 1};
    size_t k, i;

    for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        size_t size = sizes[k];
        int r;
        memset(buf, 0x5a, sizeof(buf));
        r = fdk_sockaddr_format(a, buf, size);
        if (size <= (size_t)n) {
            FUZZ_CHECK(r == -ENOSPC);
            FUZZ_CHECK(size == 0 || buf[0] == '\0');
            for (i = size == 0 ? 0 : 1; i < sizeof(buf); i++)
                FUZZ_CHECK(buf[i] == 0x5a);
        } else {
            FUZZ_CHECK(r == n && memcmp(buf, text, (size_t)n + 1) == 0);
            for (i = (size_t)n + 1; i < sizeof(buf); i++)
                FUZZ_CHECK(buf[i] == 0x5a);
        }
    }
}

/*
 * A canonical address: format, parse back to the same bytes (exact: one
 * parse made; else an equal address: fdk_sockaddr_from() keeps
 * sin6_flowinfo, which the text form does not show), same text again.
 */
static void check_round_trip(const fdk_sockaddr *a, int exact)
{
    char text[FDK_SOCKADDR_STRLEN], again[FDK_SOCKADDR_STRLEN];
    fdk_sockaddr back;
    const char *why = "unset";
    int n, r;

    check_canonical(a);
    n = fdk_sockaddr_format(a, text, sizeof(text));
    FUZZ_CHECK(n > 0 && n < FDK_SOCKADDR_STRLEN);
    FUZZ_CHECK(strlen(text) == (size_t)n);
    memset(&back, 0xa5, sizeof(back));
    r = fdk_sockaddr_parse(&back, text, &why);
    if (r != 0)
        fprintf(stderr, "format gave \"%s\", parse says %d: %s\n", text, r, why ? why : "(null)");
    FUZZ_CHECK(r == 0 && why == NULL);
    if (exact)
        FUZZ_CHECK(same_addr(&back, a));
    FUZZ_CHECK(fdk_sockaddr_equal(&back, a) == 1 && fdk_sockaddr_equal(a, &back) == 1);
    FUZZ_CHECK(fdk_sockaddr_format(&back, again, sizeof(again)) == n);
    FUZZ_CHECK(strcmp(again, text) == 0);
    check_sizes(a, text, n);
}

static int lookup_errno(int r)
{
    /* What the interface lookup can hand on: ENODEV, or socket(2)/ioctl(2) errors. */
    return r == -ENODEV || r == -EMFILE || r == -ENFILE || r == -ENOMEM || r == -ENOBUFS ||
           r == -EACCES || r == -EPERM || r == -EAFNOSUPPORT || r == -EFAULT;
}

static void fuzz_text(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    fdk_sockaddr out, pattern, out2;
    const char *why = "unset";
    int r, r2, by_name;

    if (!text)
        return;
    memcpy(text, data, size);
    text[size] = '\0';
    by_name = text[0] == '[' && strchr(text, '%') != NULL;

    memset(&pattern, 0xa5, sizeof(pattern));
    memcpy(&out, &pattern, sizeof(out));
    r = fdk_sockaddr_parse(&out, text, &why);
    FUZZ_CHECK(r == 0 || r == -EINVAL || r == -ENAMETOOLONG || (by_name && lookup_errno(r)));
    if (r < 0) {
        FUZZ_CHECK(same_addr(&out, &pattern));
        FUZZ_CHECK(why != NULL && why[0] != '\0');
    } else {
        FUZZ_CHECK(why == NULL);
        check_round_trip(&out, 1);
    }
    /* Without ret_why: the same answer (an interface can come or go in between: skip those). */
    if (!by_name) {
        memcpy(&out2, &pattern, sizeof(out2));
        r2 = fdk_sockaddr_parse(&out2, text, NULL);
        FUZZ_CHECK(r2 == r);
        FUZZ_CHECK(same_addr(&out2, r == 0 ? &out : &pattern));
    }
    FUZZ_CHECK(fdk_sockaddr_parse(NULL, text, NULL) == -EINVAL);
    free(text);
}

static void fuzz_raw(const uint8_t *data, size_t size)
{
    fdk_sockaddr raw, out, pattern, back;
    char text[FDK_SOCKADDR_STRLEN];
    unsigned char *copy;
    socklen_t len;
    size_t n;
    int r, eq;

    if (size < 2)
        return;
    len = (socklen_t)(data[0] | data[1] << 8);
    data += 2;
    size -= 2;

    /* fdk_sockaddr_from() on an exactly sized copy: a read past len is an ASan report. */
    n = size < len ? size : len;
    copy = malloc(n ? n : 1);
    if (!copy)
        return;
    memcpy(copy, data, n);
    memset(&pattern, 0xa5, sizeof(pattern));
    memcpy(&out, &pattern, sizeof(out));
    r = fdk_sockaddr_from(&out, (const struct sockaddr *)(void *)copy, (socklen_t)n);
    FUZZ_CHECK(r == 0 || r == -EINVAL || r == -ENAMETOOLONG || r == -EAFNOSUPPORT);
    if (r < 0) {
        FUZZ_CHECK(same_addr(&out, &pattern));
    } else if (n == 0) {
        FUZZ_CHECK(out.len == 0 && fdk_sockaddr_family(&out) == AF_UNSPEC);
    } else {
        check_round_trip(&out, 0);
    }
    free(copy);

    /* The same bytes straight into an fdk_sockaddr, len as given (maybe inconsistent). */
    memset(&raw, 0, sizeof(raw));
    memcpy(&raw.u, data, size < sizeof(raw.u) ? size : sizeof(raw.u));
    raw.len = len;
    FUZZ_CHECK(fdk_sockaddr_equal(&raw, &raw) == 1);
    r = fdk_sockaddr_port(&raw);
    FUZZ_CHECK((r >= 0 && r <= 65535) || r == -EINVAL || r == -EAFNOSUPPORT);
    r = fdk_sockaddr_format(&raw, text, sizeof(text));
    FUZZ_CHECK(r >= 0 || r == -EINVAL || r == -EAFNOSUPPORT);
    if (r < 0)
        return;
    FUZZ_CHECK(r < FDK_SOCKADDR_STRLEN && strlen(text) == (size_t)r);
    r = fdk_sockaddr_parse(&back, text, NULL);
    if (r != 0)
        fprintf(stderr, "format gave \"%s\", parse says %d\n", text, r);
    FUZZ_CHECK(r == 0);
    eq = fdk_sockaddr_equal(&raw, &back);
    FUZZ_CHECK(eq == 1 && fdk_sockaddr_equal(&back, &raw) == 1);
    check_round_trip(&back, 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* Every 4096th input (and every one a replay runs: few) checks for a leaked descriptor. */
    int before = inputs++ % 4096 == 0 ? lowest_free_fd() : -1;

    if (size == 0)
        return 0;
    if (data[0] & 1)
        fuzz_raw(data + 1, size - 1);
    else
        fuzz_text(data + 1, size - 1);
    if (before >= 0)
        FUZZ_CHECK(lowest_free_fd() == before);
    return 0;
}
