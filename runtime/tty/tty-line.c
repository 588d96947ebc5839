/* SPDX-License-Identifier: MIT */
/*
 * Pure helpers on struct fdk_tty_settings: raw and canonical presets, and
 * line settings as text ("115200,8N1").  No system calls.
 */
#include "fdk-internal.h"

#include <stdio.h>
#include <string.h>
#include <termios.h>

#define RAW_IFLAGS ((uint32_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL))

void fdk_tty_settings_raw(struct fdk_tty_settings *s)
{
    if (!s)
        return;
    /* Mirrors cfmakeraw(3); noflsh and tostop are not its business. */
    s->canonical = 0;
    s->echo = s->echoe = s->echok = s->echonl = s->echoctl = s->echoke = 0;
    s->isig = 0;
    s->iexten = 0;

    s->iflags_mask |= RAW_IFLAGS;
    s->iflags &= ~RAW_IFLAGS;
    s->oflags_mask |= OPOST;
    s->oflags &= ~(uint32_t)OPOST;

    /* Stop bits are not raw mode's to choose: keep the caller's, or the
       terminal's.  (Line text parsed after this call overrides the frame.) */
    if (!(s->set & FDK_TTY_SET_FRAME))
        s->stop_bits = 0;
    s->data_bits = 8;
    s->parity = FDK_TTY_PARITY_NONE;
    /* cfmakeraw clears IXON and nothing else of flow control: RTS/CTS and
       IXOFF stay.  A caller who chose a flow in *s keeps that choice. */
    if (!(s->set & FDK_TTY_SET_FLOW)) {
        s->iflags_mask |= IXON;
        s->iflags &= ~(uint32_t)IXON;
    }

    s->cc[VMIN] = 1;
    s->cc[VTIME] = 0;
    s->cc_mask |= ((uint32_t)1 << VMIN) | ((uint32_t)1 << VTIME);

    s->set |= FDK_TTY_SET_MODE | FDK_TTY_SET_IFLAGS | FDK_TTY_SET_OFLAGS | FDK_TTY_SET_FRAME |
              FDK_TTY_SET_CC;
}

void fdk_tty_settings_canonical(struct fdk_tty_settings *s)
{
    if (!s)
        return;
    s->canonical = 1;
    s->echo = s->echoe = s->echok = 1;
    s->echonl = 0;
    s->isig = 1;
    s->iexten = 1;

    s->iflags_mask |= ICRNL;
    s->iflags |= ICRNL;
    s->oflags_mask |= OPOST | ONLCR;
    s->oflags |= OPOST | ONLCR;

    s->set |= FDK_TTY_SET_MODE | FDK_TTY_SET_IFLAGS | FDK_TTY_SET_OFLAGS;
}

/*
 * The explanation of the last failed parse of this thread.  Per thread, so
 * that concurrent parses never see each other's text.
 */
static __thread char why_buf[160];

/* Longest piece of the caller's text quoted in a message. */
#define QUOTE_MAX 40

/* -EINVAL, with *ret_why = before + 'the part' + after (part may be NULL). */
static int fail(const char **ret_why, const char *before, const char *part, size_t len,
                const char *after)
{
    if (ret_why) {
        if (part)
            snprintf(why_buf, sizeof(why_buf), "%s'%.*s%s'%s", before,
                     (int)(len > QUOTE_MAX ? QUOTE_MAX : len), part, len > QUOTE_MAX ? "..." : "",
                     after);
        else
            snprintf(why_buf, sizeof(why_buf), "%s", before);
        *ret_why = why_buf;
    }
    return -EINVAL;
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_sep(char c)
{
    return c == ',' || c == ' ' || c == '\t';
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A decimal rate 1..UINT32_MAX in p[0..len); 0 if it is not one. */
static int parse_rate(const char *p, size_t len, uint32_t *ret)
{
    uint64_t v = 0;
    size_t i;

    if (len == 0)
        return 0;
    for (i = 0; i < len; i++) {
        if (!is_digit(p[i]))
            return 0;
        v = v * 10 + (uint64_t)(p[i] - '0');
        if (v > UINT32_MAX)
            return 0;
    }
    if (v == 0)
        return 0;
    *ret = (uint32_t)v;
    return 1;
}

/* Lower-case comparison of p[0..len) with a lower-case word. */
static int word_is(const char *p, size_t len, const char *word)
{
    size_t i;

    if (strlen(word) != len)
        return 0;
    for (i = 0; i < len; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return 0;
    }
    return 1;
}

int fdk_tty_line_parse(struct fdk_tty_settings *out, const char *text, const char **ret_why)
{
    struct fdk_tty_settings s;
    const char *p;

    if (!out || !text)
        return fail(ret_why, "no settings or no text", NULL, 0, NULL);

    memset(&s, 0, sizeof(s));
    p = text;
    while (is_blank(*p))
        p++;
    if (*p == '\0')
        return fail(ret_why, "empty", NULL, 0, NULL);

    for (;;) {
        const char *tok = p, *slash;
        size_t len, k;
        int has_alpha = 0;

        if (*p == ',')
            return fail(ret_why, "empty part before ','", NULL, 0, NULL);
        while (*p && !is_sep(*p))
            p++;
        len = (size_t)(p - tok);
        slash = memchr(tok, '/', len);
        for (k = 0; k < len; k++)
            has_alpha |= is_alpha(tok[k]);

        if (is_digit(tok[0]) && has_alpha) {
            /* A frame: <data bits><parity><stop bits>. */
            char par = tok[1];
            if (len != 3)
                return fail(ret_why, "a frame is <5-8><N|E|O|M|S><1|2>, not ", tok, len, "");
            if (s.set & FDK_TTY_SET_FRAME)
                return fail(ret_why, "frame given twice (", tok, len, ")");
            if (tok[0] < '5' || tok[0] > '8')
                return fail(ret_why, "data bits must be 5-8 in ", tok, len, "");
            if (par >= 'a' && par <= 'z')
                par = (char)(par - 'a' + 'A');
            switch (par) {
            case 'N':
                s.parity = FDK_TTY_PARITY_NONE;
                break;
            case 'E':
                s.parity = FDK_TTY_PARITY_EVEN;
                break;
            case 'O':
                s.parity = FDK_TTY_PARITY_ODD;
                break;
            case 'M':
                s.parity = FDK_TTY_PARITY_MARK;
                break;
            case 'S':
                s.parity = FDK_TTY_PARITY_SPACE;
                break;
            default:
                return fail(ret_why, "parity must be N, E, O, M or S in ", tok, len, "");
            }
            if (tok[2] != '1' && tok[2] != '2')
                return fail(ret_why, "stop bits must be 1 or 2 in ", tok, len, "");
            s.data_bits = (uint8_t)(tok[0] - '0');
            s.stop_bits = (uint8_t)(tok[2] - '0');
            s.set |= FDK_TTY_SET_FRAME;
        } else if (is_digit(tok[0])) {
            /* A rate, or OUTPUT/INPUT rates. */
            uint32_t o, i;
            if (s.set & FDK_TTY_SET_SPEED)
                return fail(ret_why, "rate given twice (", tok, len, ")");
            if (slash) {
                size_t olen = (size_t)(slash - tok);
                if (!parse_rate(tok, olen, &o) || !parse_rate(slash + 1, len - olen - 1, &i))
                    return fail(ret_why, "split rates must be OUTPUT/INPUT, each 1-4294967295, in ",
                                tok, len, "");
            } else {
                if (!parse_rate(tok, len, &o))
                    return fail(ret_why, "a rate must be a number 1-4294967295 in ", tok, len, "");
                i = o;
            }
            s.ospeed = o;
            s.ispeed = i;
            s.set |= FDK_TTY_SET_SPEED;
        } else {
            uint8_t flow;
            if (word_is(tok, len, "none"))
                flow = FDK_TTY_FLOW_NONE;
            else if (word_is(tok, len, "rtscts"))
                flow = FDK_TTY_FLOW_RTSCTS;
            else if (word_is(tok, len, "xonxoff"))
                flow = FDK_TTY_FLOW_XONXOFF;
            else
                return fail(ret_why, is_alpha(tok[0]) ? "unknown word " : "unknown part ", tok, len,
                            " (expected a rate, a frame such as 8N1, or none, rtscts, xonxoff)");
            if (s.set & FDK_TTY_SET_FLOW)
                return fail(ret_why, "flow control given twice (", tok, len, ")");
            s.flow = flow;
            s.set |= FDK_TTY_SET_FLOW;
        }

        /* Separators: blanks, with at most one ',' among them. */
        while (is_blank(*p))
            p++;
        if (*p == ',') {
            p++;
            while (is_blank(*p))
                p++;
            if (*p == '\0')
                return fail(ret_why, "nothing after the last ','", NULL, 0, NULL);
        }
        if (*p == '\0')
            break;
    }

    /* Merge: only the groups the text names change, so a raw or canonical
       preset applied before keeps everything else. */
    if (s.set & FDK_TTY_SET_SPEED) {
        out->ispeed = s.ispeed;
        out->ospeed = s.ospeed;
    }
    if (s.set & FDK_TTY_SET_FRAME) {
        out->data_bits = s.data_bits;
        out->parity = s.parity;
        out->stop_bits = s.stop_bits;
    }
    if (s.set & FDK_TTY_SET_FLOW) {
        out->flow = s.flow;
        /* flow now decides IXON/IXOFF; a preset's IXON in the mask would clash */
        out->iflags_mask &= ~(uint32_t)(IXON | IXOFF);
    }
    out->set |= s.set;
    return 0;
}

int fdk_tty_line_format(const struct fdk_tty_settings *s, char *buf, size_t size)
{
    static const char parity_letters[] = "NEOMS";
    char text[FDK_TTY_LINE_STRLEN];
    size_t len = 0;
    int n;

    if (!s || !buf)
        return -EINVAL;
    if (!(s->set & (FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW)))
        return -EINVAL;

    /* Everything written is what fdk_tty_line_parse() reads back: no rate 0 (B0). */
    if (s->set & FDK_TTY_SET_SPEED) {
        if (s->ospeed == 0)
            return -EINVAL;
        if (s->ispeed == 0 || s->ispeed == s->ospeed)
            n = snprintf(text, sizeof(text), "%lu", (unsigned long)s->ospeed);
        else
            n = snprintf(text, sizeof(text), "%lu/%lu", (unsigned long)s->ospeed,
                         (unsigned long)s->ispeed);
        len = (size_t)n;
    }
    if (s->set & FDK_TTY_SET_FRAME) {
        if (s->data_bits < 5 || s->data_bits > 8 || s->stop_bits < 1 || s->stop_bits > 2 ||
            s->parity > FDK_TTY_PARITY_SPACE)
            return -EINVAL;
        n = snprintf(text + len, sizeof(text) - len, "%s%c%c%c", len ? "," : "",
                     '0' + s->data_bits, parity_letters[s->parity], '0' + s->stop_bits);
        len += (size_t)n;
    }
    if (s->set & FDK_TTY_SET_FLOW) {
        const char *word;
        switch (s->flow) {
        case FDK_TTY_FLOW_NONE:
            /* always written: without it the text parses back as "keep the flow control" */
            word = "none";
            break;
        case FDK_TTY_FLOW_RTSCTS:
            word = "rtscts";
            break;
        case FDK_TTY_FLOW_XONXOFF:
            word = "xonxoff";
            break;
        default:
            return -EINVAL;
        }
        n = snprintf(text + len, sizeof(text) - len, "%s%s", len ? "," : "", word);
        len += (size_t)n;
    }

    if (len + 1 > size)
        return -ERANGE;
    memcpy(buf, text, len + 1);
    return (int)len;
}
