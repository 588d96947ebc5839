/* SPDX-License-Identifier: MIT */
/*
 * fuzz-tty-line: line settings as text, fdk_tty_line_parse() and
 * fdk_tty_line_format() (fdkit/tty-types.h).
 *
 * Byte 0 of an input is the mode:
 *   even  the rest is text to parse (NUL-terminated copy), parsed once into
 *         a zeroed record and once into a record filled with bytes from the
 *         input's tail (what a caller's preset would be);
 *   odd   the rest is a struct fdk_tty_settings, byte for byte (short
 *         inputs are zero-padded), given to fdk_tty_line_format().
 *
 * Checked (abort() on a violation):
 * - parse returns 0 or -EINVAL only; on -EINVAL *out is untouched and
 *   *ret_why a NUL-terminated sentence; a NULL ret_why gives the same
 *   answer.  On 0 into a zeroed record: set is a non-empty subset of SPEED,
 *   FRAME, FLOW and every member outside those groups is 0; rates are
 *   1..UINT32_MAX, data bits 5..8, stop bits 1..2, parity and flow are enum
 *   values.  Into a filled record: exactly the named groups' members
 *   change, set gains exactly those bits, and iflags_mask loses IXON/IXOFF
 *   exactly when FLOW is named (else it is untouched).
 * - round trip: format of what parse produced succeeds with a text shorter
 *   than FDK_TTY_LINE_STRLEN; parsing it gives the same record, and
 *   formatting that gives the same text.  Every size smaller than the text
 *   and its NUL gives -ERANGE with the buffer untouched; the exact size works.
 * - format of any record: -EINVAL exactly when the header says so (no SPEED,
 *   FRAME or FLOW in set; ospeed 0; data bits, stop bits, parity or flow out
 *   of range), else the text parses back to the same groups and values
 *   (ispeed 0 reads back as ospeed).
 */
#include "fuzz.h"

#include <errno.h>
#include <string.h>
#include <termios.h>

#include <fdkit/tty.h>

#define LINE_GROUPS (FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW)

static void check_why(const char *why)
{
    FUZZ_CHECK(why != NULL);
    FUZZ_CHECK(strnlen(why, 160) < 160 && why[0] != '\0');
}

/* Formatting a valid record: the text, its length, and every buffer size. */
static int format_checked(const struct fdk_tty_settings *s, char *text)
{
    char buf[FDK_TTY_LINE_STRLEN + 16];
    size_t size, i;
    int n = fdk_tty_line_format(s, text, FDK_TTY_LINE_STRLEN);

    FUZZ_CHECK(n > 0 && n < FDK_TTY_LINE_STRLEN && strlen(text) == (size_t)n);
    for (size = 0; size <= (size_t)n + 1; size++) {
        int r;
        memset(buf, 0x5a, sizeof(buf));
        r = fdk_tty_line_format(s, buf, size);
        if (size <= (size_t)n) {
            FUZZ_CHECK(r == -ERANGE);
            for (i = 0; i < sizeof(buf); i++)
                FUZZ_CHECK(buf[i] == 0x5a); /* untouched on failure */
        } else {
            FUZZ_CHECK(r == n && memcmp(buf, text, (size_t)n + 1) == 0);
            for (i = (size_t)n + 1; i < sizeof(buf); i++)
                FUZZ_CHECK(buf[i] == 0x5a);
        }
    }
    return n;
}

/* A record holding the line groups only, as a parse into a zeroed one makes. */
static void check_line_only(const struct fdk_tty_settings *z)
{
    struct fdk_tty_settings rest;

    memcpy(&rest, z, sizeof(rest)); /* padding too: memcmp below */

    FUZZ_CHECK(z->set != 0 && (z->set & ~LINE_GROUPS) == 0);
    if (z->set & FDK_TTY_SET_SPEED)
        FUZZ_CHECK(z->ospeed >= 1 && z->ispeed >= 1);
    else
        FUZZ_CHECK(z->ospeed == 0 && z->ispeed == 0);
    if (z->set & FDK_TTY_SET_FRAME) {
        FUZZ_CHECK(z->data_bits >= 5 && z->data_bits <= 8);
        FUZZ_CHECK(z->stop_bits >= 1 && z->stop_bits <= 2);
        FUZZ_CHECK(z->parity <= FDK_TTY_PARITY_SPACE);
    } else {
        FUZZ_CHECK(z->data_bits == 0 && z->stop_bits == 0 && z->parity == 0);
    }
    if (z->set & FDK_TTY_SET_FLOW)
        FUZZ_CHECK(z->flow <= FDK_TTY_FLOW_XONXOFF);
    else
        FUZZ_CHECK(z->flow == 0);
    rest.set = 0;
    rest.ispeed = rest.ospeed = 0;
    rest.data_bits = rest.stop_bits = rest.parity = rest.flow = 0;
    {
        static const struct fdk_tty_settings zero;
        FUZZ_CHECK(memcmp(&rest, &zero, sizeof(rest)) == 0);
    }
}

/* format(z) parses back to z, and the text is a fixed point. */
static void check_round_trip(const struct fdk_tty_settings *z)
{
    char text[FDK_TTY_LINE_STRLEN], again[FDK_TTY_LINE_STRLEN];
    struct fdk_tty_settings back;
    const char *why = NULL;
    int n, r;

    n = format_checked(z, text);
    memset(&back, 0, sizeof(back));
    r = fdk_tty_line_parse(&back, text, &why);
    if (r != 0)
        fprintf(stderr, "format gave \"%s\", parse says %d: %s\n", text, r, why ? why : "(null)");
    FUZZ_CHECK(r == 0);
    FUZZ_CHECK(memcmp(&back, z, sizeof(back)) == 0);
    FUZZ_CHECK(fdk_tty_line_format(&back, again, sizeof(again)) == n && strcmp(again, text) == 0);
}

static void fuzz_text(const uint8_t *data, size_t size)
{
    struct fdk_tty_settings z, pre, out, pattern;
    char *text = malloc(size + 1);
    const char *why = NULL;
    int r, r2;
    size_t k;

    if (!text)
        return;
    memcpy(text, data, size);
    text[size] = '\0';

    /* A preset from the input's last bytes (reversed, so it differs from the text). */
    memset(&pattern, 0, sizeof(pattern));
    for (k = 0; k < sizeof(pattern) && k < size; k++)
        ((unsigned char *)&pattern)[k] = data[size - 1 - k] ^ 0xa5;

    memset(&z, 0, sizeof(z));
    r = fdk_tty_line_parse(&z, text, &why);
    FUZZ_CHECK(r == 0 || r == -EINVAL);
    if (r < 0) {
        static const struct fdk_tty_settings zero;
        check_why(why);
        FUZZ_CHECK(memcmp(&z, &zero, sizeof(z)) == 0);
    } else {
        check_line_only(&z);
        check_round_trip(&z);
    }

    memcpy(&out, &pattern, sizeof(out));
    why = NULL;
    r2 = fdk_tty_line_parse(&out, text, &why);
    FUZZ_CHECK(r2 == r);
    if (r < 0) {
        check_why(why);
        FUZZ_CHECK(memcmp(&out, &pattern, sizeof(out)) == 0);
    } else {
        /* Only the named groups, set and (with FLOW) IXON/IXOFF in iflags_mask change. */
        memcpy(&pre, &pattern, sizeof(pre));
        pre.set |= z.set;
        if (z.set & FDK_TTY_SET_SPEED) {
            pre.ispeed = z.ispeed;
            pre.ospeed = z.ospeed;
        }
        if (z.set & FDK_TTY_SET_FRAME) {
            pre.data_bits = z.data_bits;
            pre.stop_bits = z.stop_bits;
            pre.parity = z.parity;
        }
        if (z.set & FDK_TTY_SET_FLOW) {
            pre.flow = z.flow;
            pre.iflags_mask &= ~(uint32_t)(IXON | IXOFF);
        }
        FUZZ_CHECK(memcmp(&out, &pre, sizeof(out)) == 0);
    }

    memcpy(&out, &pattern, sizeof(out));
    FUZZ_CHECK(fdk_tty_line_parse(&out, text, NULL) == r);
    FUZZ_CHECK(fdk_tty_line_parse(NULL, text, NULL) == -EINVAL);
    free(text);
}

static void fuzz_record(const uint8_t *data, size_t size)
{
    struct fdk_tty_settings s, z;
    char text[FDK_TTY_LINE_STRLEN];
    int valid, r;

    memset(&s, 0, sizeof(s));
    memcpy(&s, data, size < sizeof(s) ? size : sizeof(s));
    /* Rates from the input's words keep their range; small values are the common case too. */
    valid = (s.set & LINE_GROUPS) != 0;
    if (s.set & FDK_TTY_SET_SPEED)
        valid &= s.ospeed != 0;
    if (s.set & FDK_TTY_SET_FRAME)
        valid &= s.data_bits >= 5 && s.data_bits <= 8 && s.stop_bits >= 1 && s.stop_bits <= 2 &&
                 s.parity <= FDK_TTY_PARITY_SPACE;
    if (s.set & FDK_TTY_SET_FLOW)
        valid &= s.flow <= FDK_TTY_FLOW_XONXOFF;

    memset(text, 0x5a, sizeof(text));
    r = fdk_tty_line_format(&s, text, sizeof(text));
    if (!valid) {
        size_t i;
        FUZZ_CHECK(r == -EINVAL);
        for (i = 0; i < sizeof(text); i++)
            FUZZ_CHECK(text[i] == 0x5a);
        return;
    }
    FUZZ_CHECK(r > 0);
    memset(&z, 0, sizeof(z));
    FUZZ_CHECK(fdk_tty_line_parse(&z, text, NULL) == 0);
    FUZZ_CHECK(z.set == (s.set & LINE_GROUPS));
    if (s.set & FDK_TTY_SET_SPEED)
        FUZZ_CHECK(z.ospeed == s.ospeed && z.ispeed == (s.ispeed ? s.ispeed : s.ospeed));
    if (s.set & FDK_TTY_SET_FRAME)
        FUZZ_CHECK(z.data_bits == s.data_bits && z.stop_bits == s.stop_bits && z.parity == s.parity);
    if (s.set & FDK_TTY_SET_FLOW)
        FUZZ_CHECK(z.flow == s.flow);
    check_line_only(&z);
    check_round_trip(&z);
    FUZZ_CHECK(fdk_tty_line_format(NULL, text, sizeof(text)) == -EINVAL);
    FUZZ_CHECK(fdk_tty_line_format(&s, NULL, sizeof(text)) == -EINVAL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    if (data[0] & 1)
        fuzz_record(data + 1, size - 1);
    else
        fuzz_text(data + 1, size - 1);
    return 0;
}
