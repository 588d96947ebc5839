/* SPDX-License-Identifier: MIT */
/*
 * fuzz-flags: flag words as text, fdk_flags_parse() and fdk_flags_format()
 * (fdkit/flags.h), over every flag set the API has.
 *
 * Byte 0 of an input picks the set: 0 .. FDK_FLAGSET__COUNT - 1 are the
 * sets, the next few values are numbers past the end and a negative one
 * (both -EINVAL).  Byte 1 is the mode:
 *   even  the rest is text to parse (NUL-terminated copy);
 *   1     the next 8 bytes are a value to format (little endian, short
 *         inputs zero-padded);
 *   3     the rest picks members of the set, one byte each (index, which
 *         of its two names, blanks around the '|'), joined into a text.
 *
 * Checked (abort() on a violation):
 * - an unknown set is -EINVAL for both calls, *ret_value untouched;
 * - parse returns 0 or -EINVAL; -EINVAL leaves *ret_value untouched;
 *   NULL text or ret_value is -EINVAL;
 * - format returns the length of the whole text (>= 1; "0" for 0) for any
 *   buffer size (0, 1, 2, around the length, one in between), like snprintf: the buffer holds the first size - 1 bytes
 *   and a NUL, nothing is written past size, and a NULL buffer of size 0 is
 *   allowed; a NULL buffer with size > 0 is -EINVAL;
 * - round trip: parse(format(v)) == v for every value v (the text is made of
 *   the set's names and one hex term), and for v a parse gave, format(v)
 *   parses back to v and formatting again gives the same text (canonical);
 * - the text of a value has no blanks and no empty term, and at most one
 *   term is a number: "0x" and lowercase hex digits ("0" alone for 0).
 */
#include "fuzz.h"

#include <errno.h>
#include <string.h>

#include <fdkit/flags.h>

#include "fdk-internal.h" /* the sets' member tables, to build texts and check names */

#define EXTRA_SETS 4 /* past the end: COUNT, COUNT + 1, COUNT + 100, -1 */

static fdk_flagset pick_set(uint8_t b, int *known)
{
    unsigned i = b % (FDK_FLAGSET__COUNT + EXTRA_SETS);

    *known = i < FDK_FLAGSET__COUNT;
    if (i < FDK_FLAGSET__COUNT)
        return (fdk_flagset)i;
    switch (i - FDK_FLAGSET__COUNT) {
    case 0:
        return FDK_FLAGSET__COUNT;
    case 1:
        return (fdk_flagset)(FDK_FLAGSET__COUNT + 1);
    case 2:
        return (fdk_flagset)(FDK_FLAGSET__COUNT + 100);
    default:
        return (fdk_flagset)-1;
    }
}

/* Terms: no blanks, none empty; a number is "0x" + lowercase hex, or "0" alone. */
static int is_member_name(fdk_flagset set, const char *p, size_t len)
{
    const struct fdk__flagset_info *info = &fdk__flagsets[set];
    size_t i;

    for (i = 0; i < info->count; i++)
        if (strlen(info->members[i].name) == len && memcmp(info->members[i].name, p, len) == 0)
            return 1;
    return 0;
}

static void check_text_shape(fdk_flagset set, const char *text, uint64_t value)
{
    const char *p = text;
    int numbers = 0;

    if (value == 0) {
        FUZZ_CHECK(strcmp(text, "0") == 0);
        return;
    }
    for (;;) {
        const char *end = strchr(p, '|');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        size_t i;

        FUZZ_CHECK(len > 0);
        for (i = 0; i < len; i++)
            FUZZ_CHECK(p[i] != ' ' && p[i] != '\t' && p[i] != '\0');
        if (p[0] >= '0' && p[0] <= '9') {
            FUZZ_CHECK(len > 2 && p[0] == '0' && p[1] == 'x');
            for (i = 2; i < len; i++)
                FUZZ_CHECK((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f'));
            FUZZ_CHECK(++numbers == 1); /* the unnamed bits, all in one term */
        } else {
            FUZZ_CHECK(is_member_name(set, p, len)); /* a kernel name of this set */
        }
        if (!end)
            break;
        p = end + 1;
    }
}

/*
 * format(v) at sizes 0, 1, 2, n - 1, n, n + 1 and n + 2 (n = the text's
 * length) and one in between; returns the full text, malloc()ed.
 */
static char *format_checked(fdk_flagset set, uint64_t v)
{
    int n = fdk_flags_format(set, v, NULL, 0);
    char *full, *buf;
    size_t sizes[8], k, i;

    FUZZ_CHECK(n >= 1);
    full = malloc((size_t)n + 1);
    buf = malloc((size_t)n + 17);
    FUZZ_CHECK(full && buf);
    FUZZ_CHECK(fdk_flags_format(set, v, full, (size_t)n + 1) == n);
    FUZZ_CHECK(full[n] == '\0' && strlen(full) == (size_t)n);
    sizes[0] = 0;
    sizes[1] = 1;
    sizes[2] = 2;
    sizes[3] = (size_t)n - 1;
    sizes[4] = (size_t)n;
    sizes[5] = (size_t)n + 1;
    sizes[6] = (size_t)n + 2;
    sizes[7] = (size_t)(v % ((uint64_t)n + 1));
    for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        size_t size = sizes[k];
        size_t kept = size == 0 ? 0 : (size - 1 < (size_t)n ? size - 1 : (size_t)n);
        memset(buf, 0x5a, (size_t)n + 17);
        FUZZ_CHECK(fdk_flags_format(set, v, buf, size) == n);
        if (size > 0)
            FUZZ_CHECK(memcmp(buf, full, kept) == 0 && buf[kept] == '\0');
        for (i = size; i < (size_t)n + 17; i++)
            FUZZ_CHECK((unsigned char)buf[i] == 0x5a);
    }
    free(buf);
    return full;
}

/* parse(format(v)) == v, and format is a fixed point. */
static void check_round_trip(fdk_flagset set, uint64_t v)
{
    char *text = format_checked(set, v), *again;
    uint64_t back = ~v;
    int r = fdk_flags_parse(set, text, &back);

    if (r != 0 || back != v)
        fprintf(stderr, "set %d: format(0x%llx) = \"%s\", parse says %d, 0x%llx\n", (int)set,
                (unsigned long long)v, text, r, (unsigned long long)back);
    FUZZ_CHECK(r == 0 && back == v);
    check_text_shape(set, text, v);
    again = format_checked(set, back);
    FUZZ_CHECK(strcmp(again, text) == 0);
    free(again);
    free(text);
}

/*
 * A text of members picked by the input; parse must give the OR of their
 * bits, or -EINVAL when two different values of one multi-bit field meet.
 */
static void fuzz_members(fdk_flagset set, const uint8_t *data, size_t size)
{
    const struct fdk__flagset_info *info = &fdk__flagsets[set];
    char text[4096];
    size_t len = 0, i, f;
    uint64_t want = 0, got = 0xa5a5a5a5a5a5a5a5ull;
    int conflict = 0, r;

    if (!info->name || info->count == 0 || size == 0)
        return;
    for (i = 0; i < size && len + 64 < sizeof(text); i++) {
        const struct fdk__flag_name *m = &info->members[data[i] % info->count];
        const char *name = (data[i] & 0x80) ? m->fdk_name : m->name;
        if (i > 0) {
            if (data[i] & 0x40)
                text[len++] = ' ';
            text[len++] = '|';
            if (data[i] & 0x20)
                text[len++] = '\t';
        }
        memcpy(text + len, name, strlen(name));
        len += strlen(name);
        for (f = 0; f < fdk__flag_fields_count; f++) {
            uint64_t mask = fdk__flag_fields[f].mask;
            if (fdk__flag_fields[f].set == set && (m->bits & mask) && (want & mask) &&
                (want & mask) != (m->bits & mask))
                conflict = 1;
        }
        want |= m->bits;
    }
    text[len] = '\0';
    r = fdk_flags_parse(set, text, &got);
    if (conflict) {
        FUZZ_CHECK(r == -EINVAL && got == 0xa5a5a5a5a5a5a5a5ull);
        return;
    }
    if (r != 0 || got != want)
        fprintf(stderr, "set %d: parse(\"%s\") = %d, 0x%llx, want 0x%llx\n", (int)set, text, r,
                (unsigned long long)got, (unsigned long long)want);
    FUZZ_CHECK(r == 0 && got == want);
    check_round_trip(set, got);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint64_t pattern = 0xa5a5a5a5a5a5a5a5ull;
    uint64_t v = pattern;
    fdk_flagset set;
    int known, r;
    char buf[8];

    if (size < 2)
        return 0;
    set = pick_set(data[0], &known);
    if ((data[1] & 3) == 3) {
        if (known)
            fuzz_members(set, data + 2, size - 2);
    } else if (data[1] & 1) {
        size_t i;
        v = 0;
        for (i = 0; i < 8 && 2 + i < size; i++)
            v |= (uint64_t)data[2 + i] << (8 * i);
        if (!known) {
            FUZZ_CHECK(fdk_flags_format(set, v, buf, sizeof(buf)) == -EINVAL);
            FUZZ_CHECK(fdk_flags_format(set, v, NULL, 0) == -EINVAL);
            return 0;
        }
        FUZZ_CHECK(fdk_flags_format(set, v, NULL, 1) == -EINVAL);
        check_round_trip(set, v);
    } else {
        char *text = malloc(size - 1);
        if (!text)
            return 0;
        memcpy(text, data + 2, size - 2);
        text[size - 2] = '\0';
        r = fdk_flags_parse(set, text, &v);
        FUZZ_CHECK(r == 0 || r == -EINVAL);
        if (r < 0 || !known)
            FUZZ_CHECK(v == pattern);
        if (!known)
            FUZZ_CHECK(r == -EINVAL);
        if (r == 0)
            check_round_trip(set, v);
        FUZZ_CHECK(fdk_flags_parse(set, text, NULL) == -EINVAL);
        FUZZ_CHECK(fdk_flags_parse(set, NULL, &v) == -EINVAL);
        free(text);
    }
    return 0;
}
