/* SPDX-License-Identifier: MIT */
/*
 * The pure settings helpers: line settings as text (fdk_tty_line_parse /
 * fdk_tty_line_format) - every form the issue names, round trips, and a list
 * of malformed strings each rejected with a message naming the bad part and
 * the output untouched - and the raw / canonical presets.  No terminal
 * needed.
 */
#include "fdk-test.h"

#include <stdint.h>
#include <termios.h>

static struct fdk_tty_settings parse_ok(const char *text)
{
    struct fdk_tty_settings s;
    const char *why = "untouched";
    int r;

    memset(&s, 0, sizeof(s)); /* parse merges into *out: start from nothing */
    r = fdk_tty_line_parse(&s, text, &why);
    if (r != 0)
        fdk_test_fail(__FILE__, __LINE__, "parse \"%s\" = %d (%s)", text, r, why);
    ASSERT_STREQ(why, "untouched"); /* ret_why is written only on failure */
    return s;
}

/*
 * Parse text, format the result, expect `formatted`; the formatted text
 * parses back to what formats the same, and to the same settings.
 */
static void roundtrip(const char *text, const char *formatted)
{
    struct fdk_tty_settings a = parse_ok(text), b;
    char buf[FDK_TTY_LINE_STRLEN], again[FDK_TTY_LINE_STRLEN];
    int n;

    n = fdk_tty_line_format(&a, buf, sizeof(buf));
    if (n < 0)
        fdk_test_fail(__FILE__, __LINE__, "format of \"%s\" = %d", text, n);
    ASSERT_EQ(n, (long long)strlen(buf));
    if (strcmp(buf, formatted) != 0)
        fdk_test_fail(__FILE__, __LINE__, "\"%s\" formats as \"%s\", expected \"%s\"", text, buf,
                      formatted);
    b = parse_ok(buf);
    ASSERT_EQ(fdk_tty_line_format(&b, again, sizeof(again)), n);
    ASSERT_STREQ(again, buf);
    ASSERT_MEM_EQ(&a, &b, sizeof(a));
}

static void test_forms(void)
{
    struct fdk_tty_settings s;

    s = parse_ok("115200,8N1");
    ASSERT_EQ(s.set, FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME);
    ASSERT_EQ(s.ospeed, 115200);
    ASSERT_EQ(s.ispeed, 115200);
    ASSERT_EQ(s.data_bits, 8);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_NONE);
    ASSERT_EQ(s.stop_bits, 1);
    /* every other member is 0 */
    ASSERT_EQ(s.flow, 0);
    ASSERT_EQ(s.iflags_mask, 0);
    ASSERT_EQ(s.cc_mask, 0);
    ASSERT_EQ(s.canonical, 0);

    s = parse_ok("9600 7E1 rtscts");
    ASSERT_EQ(s.set, FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW);
    ASSERT_EQ(s.ospeed, 9600);
    ASSERT_EQ(s.data_bits, 7);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_EVEN);
    ASSERT_EQ(s.stop_bits, 1);
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_RTSCTS);

    s = parse_ok("19200,8O2,xonxoff");
    ASSERT_EQ(s.ospeed, 19200);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_ODD);
    ASSERT_EQ(s.stop_bits, 2);
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_XONXOFF);

    s = parse_ok("250000,8N1");
    ASSERT_EQ(s.ospeed, 250000);

    s = parse_ok("8M1");
    ASSERT_EQ(s.set, FDK_TTY_SET_FRAME);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_MARK);
    s = parse_ok("8S1");
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_SPACE);
    s = parse_ok("5n2");
    ASSERT_EQ(s.data_bits, 5);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_NONE);
    ASSERT_EQ(s.stop_bits, 2);
    s = parse_ok("6e1");
    ASSERT_EQ(s.data_bits, 6);

    s = parse_ok("none");
    ASSERT_EQ(s.set, FDK_TTY_SET_FLOW);
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_NONE);
    s = parse_ok("RtsCts");
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_RTSCTS);

    /* split speeds: OUTPUT/INPUT */
    s = parse_ok("9600/115200,8N1");
    ASSERT_EQ(s.ospeed, 9600);
    ASSERT_EQ(s.ispeed, 115200);

    /* any order, separators mixed, blanks around */
    s = parse_ok("  rtscts\t8N1 , 57600  ");
    ASSERT_EQ(s.ospeed, 57600);
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_RTSCTS);
    ASSERT_EQ(s.data_bits, 8);
    s = parse_ok("4294967295");
    ASSERT_EQ(s.ospeed, 4294967295u);
    s = parse_ok("1");
    ASSERT_EQ(s.ospeed, 1);
}

static void test_roundtrips(void)
{
    roundtrip("115200,8N1", "115200,8N1");
    roundtrip("9600 7E1 rtscts", "9600,7E1,rtscts");
    roundtrip("19200,8O2,xonxoff", "19200,8O2,xonxoff");
    roundtrip("250000,8N1", "250000,8N1");
    roundtrip("8M1", "8M1");
    roundtrip("8s2", "8S2");
    roundtrip("none", "none");
    roundtrip("115200,none", "115200,none"); /* an explicit "none" survives: it means "flow off" */
    roundtrip("xonxoff", "xonxoff");
    roundtrip("9600/115200,8N1", "9600/115200,8N1");
    roundtrip("9600/9600", "9600");
    roundtrip("rtscts 5E2 300", "300,5E2,rtscts");
    roundtrip("4294967295/4294967294,8N2,xonxoff", "4294967295/4294967294,8N2,xonxoff");
}

static void test_format(void)
{
    struct fdk_tty_settings s;
    char buf[FDK_TTY_LINE_STRLEN], small[6];

    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW | FDK_TTY_SET_MODE;
    s.ospeed = 38400;
    s.ispeed = 0; /* = ospeed */
    s.data_bits = 8;
    s.stop_bits = 1;
    s.flow = FDK_TTY_FLOW_NONE;
    ASSERT_EQ(fdk_tty_line_format(&s, buf, sizeof(buf)), 14);
    ASSERT_STREQ(buf, "38400,8N1,none"); /* "flow off" is said, not left to mean "keep" */
    s.set = FDK_TTY_SET_SPEED | FDK_TTY_SET_MODE;
    ASSERT_EQ(fdk_tty_line_format(&s, buf, sizeof(buf)), 5);
    ASSERT_STREQ(buf, "38400");
    s.ispeed = 38400;
    ASSERT_EQ(fdk_tty_line_format(&s, buf, sizeof(buf)), 5);
    ASSERT_STREQ(buf, "38400");
    s.ispeed = 1200;
    ASSERT_EQ(fdk_tty_line_format(&s, buf, sizeof(buf)), 10);
    ASSERT_STREQ(buf, "38400/1200");
    s.ispeed = 0;

    /* too small: -ERANGE, buffer untouched; exactly enough works */
    memcpy(small, "zzzzz", 6);
    ASSERT_ERR(fdk_tty_line_format(&s, small, 5), ERANGE);
    ASSERT_STREQ(small, "zzzzz");
    ASSERT_EQ(fdk_tty_line_format(&s, small, 6), 5);
    ASSERT_STREQ(small, "38400");
    ASSERT_ERR(fdk_tty_line_format(&s, small, 0), ERANGE);

    /* values that have no text form */
    strcpy(buf, "keep");
    s.set = FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW;
    s.ospeed = 0;
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.ospeed = 9600;
    s.data_bits = 0;
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.data_bits = 9;
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.data_bits = 8;
    s.stop_bits = 0;
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.stop_bits = 1;
    s.parity = 5;
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.parity = 0;
    s.flow = 3;
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.flow = 0;
    s.set = FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW;
    s.ispeed = 1200;
    s.ospeed = 0; /* a split with output 0 has no text form either */
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    s.ospeed = 9600;
    s.set = FDK_TTY_SET_MODE | FDK_TTY_SET_CC; /* no group that has a text form */
    ASSERT_ERR(fdk_tty_line_format(&s, buf, sizeof(buf)), EINVAL);
    ASSERT_STREQ(buf, "keep");
    ASSERT_ERR(fdk_tty_line_format(NULL, buf, sizeof(buf)), EINVAL);
    s.set = FDK_TTY_SET_SPEED;
    ASSERT_ERR(fdk_tty_line_format(&s, NULL, 10), EINVAL);

    /* members of groups not in set do not matter */
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_FRAME;
    s.data_bits = 7;
    s.stop_bits = 2;
    s.parity = FDK_TTY_PARITY_SPACE;
    s.ospeed = 0;
    s.flow = 99;
    ASSERT_EQ(fdk_tty_line_format(&s, buf, sizeof(buf)), 3);
    ASSERT_STREQ(buf, "7S2");
}

/* Each malformed text: -EINVAL, *out untouched, and the message contains `names`. */
static void test_malformed(void)
{
    static const struct {
        const char *text;
        const char *names;
    } bad[] = {
        { "", "empty" },
        { "   ", "empty" },
        { "9O1", "data bits must be 5-8 in '9O1'" },
        { "115200,4N1", "data bits must be 5-8 in '4N1'" },
        { "8X1", "parity must be N, E, O, M or S in '8X1'" },
        { "8N3", "stop bits must be 1 or 2 in '8N3'" },
        { "8N0", "stop bits must be 1 or 2 in '8N0'" },
        { "8N", "'8N'" },
        { "8N11", "'8N11'" },
        { "9600x", "'9600x'" },
        { "rtcts", "unknown word 'rtcts'" },
        { "9600 8N1 hardware", "unknown word 'hardware'" },
        { "-9600", "unknown part '-9600'" },
        { "/9600", "unknown part '/9600'" },
        { "9600,9600", "rate given twice ('9600')" },
        { "9600 19200/9600", "rate given twice ('19200/9600')" },
        { "8N1 7E1", "frame given twice ('7E1')" },
        { "rtscts,xonxoff", "flow control given twice ('xonxoff')" },
        { "none none", "flow control given twice ('none')" },
        { "0", "'0'" },
        { "0,8N1", "'0'" },
        { "4294967296", "'4294967296'" },
        { "99999999999999999999", "'99999999999999999999'" },
        { "9600/", "'9600/'" },
        { "9600/0", "'9600/0'" },
        { "9600/x", "'9600/x'" },
        { "9600//1200", "'9600//1200'" },
        { "9600,,8N1", "empty part" },
        { ",9600", "empty part" },
        { "9600,", "nothing after the last ','" },
        { "9600 , , 8N1", "empty part" },
        { "115200;8N1", "'115200;8N1'" },
    };
    size_t i;

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct fdk_tty_settings s, orig;
        const char *why = NULL;
        int r;

        memset(&s, 0x5a, sizeof(s));
        orig = s;
        r = fdk_tty_line_parse(&s, bad[i].text, &why);
        if (r != -EINVAL)
            fdk_test_fail(__FILE__, __LINE__, "parse \"%s\" = %d, expected -EINVAL", bad[i].text,
                          r);
        if (memcmp(&s, &orig, sizeof(s)) != 0)
            fdk_test_fail(__FILE__, __LINE__, "parse \"%s\" wrote *out", bad[i].text);
        if (!why || !strstr(why, bad[i].names))
            fdk_test_fail(__FILE__, __LINE__, "parse \"%s\": message \"%s\" does not say \"%s\"",
                          bad[i].text, why ? why : "(null)", bad[i].names);
        /* ret_why is optional */
        ASSERT_ERR(fdk_tty_line_parse(&s, bad[i].text, NULL), EINVAL);
    }

    /* a very long part is quoted shortened */
    {
        char text[300];
        const char *why = NULL;
        struct fdk_tty_settings s;
        memset(text, 'q', sizeof(text) - 1);
        text[sizeof(text) - 1] = '\0';
        ASSERT_ERR(fdk_tty_line_parse(&s, text, &why), EINVAL);
        ASSERT_TRUE(why && strstr(why, "unknown word 'qqqq") && strstr(why, "...'"));
        ASSERT_TRUE(strlen(why) < 160);
    }

    {
        const char *why = NULL;
        struct fdk_tty_settings s;
        ASSERT_ERR(fdk_tty_line_parse(NULL, "9600", &why), EINVAL);
        ASSERT_TRUE(why != NULL);
        ASSERT_ERR(fdk_tty_line_parse(&s, NULL, &why), EINVAL);
    }
}

static void test_raw_preset(void)
{
    struct fdk_tty_settings s;
    const uint32_t raw_i = IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL;

    /* on a record that asks for nothing yet */
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_SPEED;
    s.ospeed = 9600;
    s.iflags = ICRNL | IXANY;
    s.iflags_mask = IXANY;
    s.oflags = OPOST | ONLCR;
    s.cc[VINTR] = 3;
    fdk_tty_settings_raw(&s);
    ASSERT_EQ(s.set, FDK_TTY_SET_SPEED | FDK_TTY_SET_MODE | FDK_TTY_SET_IFLAGS |
                         FDK_TTY_SET_OFLAGS | FDK_TTY_SET_FRAME | FDK_TTY_SET_CC);
    /* FLOW is not set: IXON alone is cleared through the mask, as cfmakeraw does,
       so IXOFF and RTS/CTS stay as the terminal has them */
    ASSERT_EQ(s.ospeed, 9600); /* other groups untouched */
    ASSERT_EQ(s.canonical, 0);
    ASSERT_EQ(s.echo, 0);
    ASSERT_EQ(s.isig, 0);
    ASSERT_EQ(s.iexten, 0);
    ASSERT_EQ(s.iflags_mask, raw_i | IXANY | IXON);
    ASSERT_EQ(s.iflags, IXANY); /* the raw bits and IXON cleared, IXANY kept */
    ASSERT_EQ(s.oflags_mask, OPOST);
    ASSERT_EQ(s.oflags & OPOST, 0);
    ASSERT_EQ(s.data_bits, 8);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_NONE);
    ASSERT_EQ(s.stop_bits, 0); /* keep the terminal's */
    ASSERT_EQ(s.cc[VMIN], 1);
    ASSERT_EQ(s.cc[VTIME], 0);
    ASSERT_EQ(s.cc_mask, (1u << VMIN) | (1u << VTIME));
    ASSERT_EQ(s.cc[VINTR], 3);

    /* on a full record (as from fdk_tty_get): noflsh / tostop and the stop bits stay */
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_ALL;
    s.canonical = s.echo = s.echoe = s.echok = s.echoctl = s.echoke = s.isig = s.iexten = 1;
    s.noflsh = s.tostop = 1;
    s.stop_bits = 2;
    s.data_bits = 7;
    s.parity = FDK_TTY_PARITY_EVEN;
    s.flow = FDK_TTY_FLOW_RTSCTS;
    s.cc_mask = (1u << FDK_TTY_NCCS) - 1;
    fdk_tty_settings_raw(&s);
    ASSERT_EQ(s.set, FDK_TTY_SET_ALL);
    ASSERT_EQ(s.echoe + s.echok + s.echoctl + s.echoke + s.canonical + s.echo + s.isig + s.iexten,
              0);
    ASSERT_EQ(s.noflsh, 1);
    ASSERT_EQ(s.tostop, 1);
    ASSERT_EQ(s.stop_bits, 2);
    ASSERT_EQ(s.data_bits, 8);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_NONE);
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_RTSCTS); /* a flow chosen in *s is kept */
    ASSERT_EQ(s.iflags_mask & IXON, 0);     /* and IXON left to it */
    ASSERT_EQ(s.cc_mask, (1u << FDK_TTY_NCCS) - 1);

    /* a line parsed after raw keeps raw mode and sets its own frame and flow */
    {
        const char *why = NULL;
        memset(&s, 0, sizeof(s));
        fdk_tty_settings_raw(&s);
        ASSERT_OK(fdk_tty_line_parse(&s, "250000 7E2 rtscts", &why));
        ASSERT_EQ(s.ospeed, 250000);
        ASSERT_EQ(s.data_bits, 7);
        ASSERT_EQ(s.parity, FDK_TTY_PARITY_EVEN);
        ASSERT_EQ(s.stop_bits, 2);
        ASSERT_EQ(s.flow, FDK_TTY_FLOW_RTSCTS);
        ASSERT_TRUE(s.set & FDK_TTY_SET_FLOW);
        ASSERT_EQ(s.iflags_mask & (IXON | IXOFF), 0); /* flow decides them now */
        ASSERT_EQ(s.canonical, 0);
        ASSERT_TRUE(s.set & FDK_TTY_SET_MODE);
        ASSERT_EQ(s.cc[VMIN], 1);
    }

    fdk_tty_settings_raw(NULL); /* harmless */
}

static void test_canonical_preset(void)
{
    struct fdk_tty_settings s;

    memset(&s, 0, sizeof(s));
    fdk_tty_settings_raw(&s);
    s.echonl = 1;
    fdk_tty_settings_canonical(&s);
    ASSERT_EQ(s.canonical, 1);
    ASSERT_EQ(s.echo, 1);
    ASSERT_EQ(s.echoe, 1);
    ASSERT_EQ(s.echok, 1);
    ASSERT_EQ(s.echonl, 0);
    ASSERT_EQ(s.isig, 1);
    ASSERT_EQ(s.iexten, 1);
    ASSERT_TRUE(s.iflags & ICRNL);
    ASSERT_TRUE(s.iflags_mask & ICRNL);
    ASSERT_EQ(s.oflags & (OPOST | ONLCR), OPOST | ONLCR);
    ASSERT_EQ(s.oflags_mask & (OPOST | ONLCR), OPOST | ONLCR);
    ASSERT_TRUE(s.set & FDK_TTY_SET_MODE);

    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_SPEED;
    fdk_tty_settings_canonical(&s);
    ASSERT_EQ(s.set, FDK_TTY_SET_SPEED | FDK_TTY_SET_MODE | FDK_TTY_SET_IFLAGS | FDK_TTY_SET_OFLAGS);
    fdk_tty_settings_canonical(NULL);
}

int main(void)
{
    RUN(test_forms);
    RUN(test_roundtrips);
    RUN(test_format);
    RUN(test_malformed);
    RUN(test_raw_preset);
    RUN(test_canonical_preset);
    return 0;
}
