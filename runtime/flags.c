/* SPDX-License-Identifier: MIT */
/*
 * Flag values as text, over the generated fdk__flagsets tables: for logs,
 * config files and test diagnostics.
 */
#include "fdk-internal.h"

#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>

/* common.h's stand-ins for names a strict ISO consumer's headers hide. */
_Static_assert(FDK__AT_FDCWD == AT_FDCWD, "FDK__AT_FDCWD is Linux's AT_FDCWD");
_Static_assert(FDK__NAME_MAX == NAME_MAX, "FDK__NAME_MAX is Linux's NAME_MAX");

static const struct fdk__flagset_info *lookup_set(fdk_flagset set)
{
    /* The enum may be unsigned or signed depending on the compiler; compare as long long. */
    long long i = (long long)set;

    if (i < 0 || (unsigned long long)i >= fdk__flagsets_count)
        return NULL;
    if (!fdk__flagsets[i].name)
        return NULL; /* a retired value: the registry never reuses it */
    return &fdk__flagsets[i];
}

/*
 * The mask of the multi-bit field that bits are a value of, or 0 when they
 * are plain bits.  Codegen checks that no plain member overlaps a field.
 */
static uint64_t field_of(fdk_flagset set, uint64_t bits)
{
    for (size_t i = 0; i < fdk__flag_fields_count; i++) {
        uint64_t mask = fdk__flag_fields[i].mask;
        if (fdk__flag_fields[i].set == set && bits != 0 && (bits & ~mask) == 0)
            return mask;
    }
    return 0;
}

/* snprintf-style output cursor: counts everything, stores what fits. */
struct out {
    char *buf;
    size_t size;
    size_t len;
};

static void out_put(struct out *o, const char *s)
{
    size_t n = strlen(s);

    if (o->len < o->size) {
        size_t room = o->size - 1 - o->len;
        size_t k = n < room ? n : room;
        memcpy(o->buf + o->len, s, k);
        o->buf[o->len + k] = '\0';
    }
    o->len += n;
}

int fdk_flags_format(fdk_flagset set, uint64_t value, char *buf, size_t size)
{
    const struct fdk__flagset_info *info = lookup_set(set);
    struct out o = {.buf = buf, .size = size, .len = 0};
    uint64_t rest = value;

    if (!info)
        return -EINVAL;
    if (!buf && size > 0)
        return -EINVAL;

    if (size > 0)
        buf[0] = '\0';

    if (value == 0) {
        out_put(&o, "0");
        return 1;
    }

    /*
     * Spec order decides between overlapping members; a member whose bits
     * were already claimed by an earlier one is not printed a second time.
     */
    for (size_t i = 0; i < info->count; i++) {
        uint64_t bits = info->members[i].bits;
        /* a field's value is the whole field, not a subset of its bits */
        uint64_t field = field_of(set, bits);
        if (bits == 0 || (rest & (field ? field : bits)) != bits)
            continue;
        if (o.len > 0)
            out_put(&o, "|");
        out_put(&o, info->members[i].name);
        rest &= ~bits;
    }

    if (rest != 0) {
        char hex[sizeof("0x") + 16];
        snprintf(hex, sizeof(hex), "0x%" PRIx64, rest);
        if (o.len > 0)
            out_put(&o, "|");
        out_put(&o, hex);
    }

    /* Cannot happen with real tables, but the return type is int. */
    if (o.len > INT_MAX)
        return -EOVERFLOW;
    return (int)o.len;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool term_is(const char *term, size_t len, const char *name)
{
    return name && strlen(name) == len && memcmp(term, name, len) == 0;
}

/* One term [term, term + len): a number, or a kernel or fdkit member name. */
static int parse_term(const struct fdk__flagset_info *info, const char *term, size_t len,
                      uint64_t *ret)
{
    if (is_digit(term[0])) {
        unsigned long long v;
        char *end;
        int saved = errno;
        bool overflow;

        /*
         * Starting at a digit keeps strtoull from accepting a sign or
         * blanks of its own.  It stops at the first character that is not
         * part of the number, which for a well-formed term is its end.
         */
        errno = 0;
        v = strtoull(term, &end, 0);
        overflow = errno == ERANGE;
        errno = saved;
        if (overflow || end != term + len)
            return -EINVAL;
#if ULLONG_MAX > UINT64_MAX
        if (v > UINT64_MAX)
            return -EINVAL;
#endif
        *ret = (uint64_t)v;
        return 0;
    }

    for (size_t i = 0; i < info->count; i++) {
        if (term_is(term, len, info->members[i].name) ||
            term_is(term, len, info->members[i].fdk_name)) {
            *ret = info->members[i].bits;
            return 0;
        }
    }
    return -EINVAL;
}

int fdk_flags_parse(fdk_flagset set, const char *text, uint64_t *ret_value)
{
    const struct fdk__flagset_info *info = lookup_set(set);
    const char *p = text;
    uint64_t value = 0;

    if (!info || !text || !ret_value)
        return -EINVAL;

    for (;;) {
        const char *start, *end;
        uint64_t v;
        int r;

        while (is_blank(*p))
            p++;
        start = p;
        while (*p != '\0' && *p != '|')
            p++;
        end = p;
        while (end > start && is_blank(end[-1]))
            end--;

        /* Covers empty text, "A||B", "A|" and "|A". */
        if (end == start)
            return -EINVAL;
        r = parse_term(info, start, (size_t)(end - start), &v);
        if (r < 0)
            return r;
        /* a field holds one value: two different ones cannot be OR-ed */
        for (size_t i = 0; i < fdk__flag_fields_count; i++) {
            uint64_t mask = fdk__flag_fields[i].mask;
            if (fdk__flag_fields[i].set == set && (v & mask) && (value & mask) && (value & mask) != (v & mask))
                return -EINVAL;
        }
        value |= v;

        if (*p == '\0')
            break;
        p++; /* the '|' */
    }

    *ret_value = value;
    return 0;
}
