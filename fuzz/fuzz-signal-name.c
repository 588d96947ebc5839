/* SPDX-License-Identifier: MIT */
/*
 * fuzz-signal-name: signal names and si_code names, fdk_signal_parse(),
 * fdk_signal_name() and fdk_signal_code_name() (fdkit/signal.h).
 *
 * Byte 0 of an input is the mode:
 *   0  the rest is text for fdk_signal_parse() (NUL-terminated copy);
 *   1  the next 4 bytes are a signal number for fdk_signal_name() (little
 *      endian; short inputs zero-padded);
 *   2  the next 4 bytes are a signal number, the 4 after them an si_code,
 *      for fdk_signal_code_name();
 *   3  like 2, with the number folded into 0 .. SIGRTMAX + 1 and the code
 *      into -64 .. 191 (where the named codes are).
 *
 * Checked (abort() on a violation):
 * - parse returns 0 or -EINVAL only, *signo untouched on -EINVAL and
 *   1..SIGRTMAX on 0; NULL text or signo is -EINVAL;
 * - name returns -EINVAL exactly for numbers outside 1..SIGRTMAX (and a
 *   NULL buffer); else the length of a NUL-terminated "SIG..." name that
 *   fits 16 bytes.  Every smaller size is -ERANGE with nothing written past
 *   size; the exact size works;
 * - round trip: parse(name(s)) == s for every valid s, and for every s
 *   parse accepted; the name without "SIG" and in lower case parse to s too
 *   (the header's "INT", "sigint"); name(parse(text)) is a fixed point;
 * - code_name returns -EINVAL (NULL buffer), -ENOENT or the length of a
 *   NUL-terminated name of capitals, digits and '_' that fits 24 bytes;
 *   smaller sizes are -ERANGE with nothing written past size; a name is a
 *   function of (signo, code) (the same call twice agrees).
 */
#include "fuzz.h"

#include <errno.h>
#include <signal.h>
#include <string.h>

#include <fdkit/signal.h>

#define NAME_MAX_LEN 16      /* "16 bytes are always enough" */
#define CODE_NAME_MAX_LEN 24 /* "24 bytes are always enough" */

static int32_t read_i32(const uint8_t *p, size_t n)
{
    uint32_t v = 0;
    size_t i;

    for (i = 0; i < 4 && i < n; i++)
        v |= (uint32_t)p[i] << (8 * i);
    return (int32_t)v;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Sizes 0 .. len + 1 of a function writing text of length len: -ERANGE below len + 1. */
#define CHECK_SIZES(call_with, len, text)                                                   \
    do {                                                                                    \
        char sb_[64];                                                                       \
        size_t sz_, i_;                                                                     \
        for (sz_ = 0; sz_ <= (size_t)(len) + 1; sz_++) {                                    \
            int r_;                                                                         \
            memset(sb_, 0x5a, sizeof(sb_));                                                 \
            r_ = call_with(sb_, sz_);                                                       \
            if (sz_ <= (size_t)(len)) {                                                     \
                FUZZ_CHECK(r_ == -ERANGE);                                                  \
                for (i_ = sz_; i_ < sizeof(sb_); i_++)                                      \
                    FUZZ_CHECK(sb_[i_] == 0x5a);                                            \
            } else {                                                                        \
                FUZZ_CHECK(r_ == (int)(len) && memcmp(sb_, (text), (size_t)(len) + 1) == 0); \
                for (i_ = sz_; i_ < sizeof(sb_); i_++)                                      \
                    FUZZ_CHECK(sb_[i_] == 0x5a);                                            \
            }                                                                               \
        }                                                                                   \
    } while (0)

static int cur_signo;
static int name_of_cur(char *buf, size_t size)
{
    return fdk_signal_name(cur_signo, buf, size);
}

static int cur_code;
static int code_name_of_cur(char *buf, size_t size)
{
    return fdk_signal_code_name(cur_signo, cur_code, buf, size);
}

/* A valid signal: its name, every size, and parse of the name and its variants. */
static void check_name(int signo)
{
    char name[64], variant[64];
    int n, s, i;

    memset(name, 0x5a, sizeof(name));
    n = fdk_signal_name(signo, name, sizeof(name));
    FUZZ_CHECK(n > 3 && n < NAME_MAX_LEN && strlen(name) == (size_t)n);
    FUZZ_CHECK(memcmp(name, "SIG", 3) == 0);
    cur_signo = signo;
    CHECK_SIZES(name_of_cur, n, name);

    s = -1;
    FUZZ_CHECK(fdk_signal_parse(name, &s) == 0 && s == signo);
    s = -1;
    FUZZ_CHECK(fdk_signal_parse(name + 3, &s) == 0 && s == signo);
    for (i = 0; i <= n; i++)
        variant[i] = (char)lower((unsigned char)name[i]);
    s = -1;
    FUZZ_CHECK(fdk_signal_parse(variant, &s) == 0 && s == signo);
}

static void fuzz_parse(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    char name[64], again[64];
    int s = -12345, r;

    if (!text)
        return;
    memcpy(text, data, size);
    text[size] = '\0';
    r = fdk_signal_parse(text, &s);
    FUZZ_CHECK(r == 0 || r == -EINVAL);
    if (r < 0) {
        FUZZ_CHECK(s == -12345);
    } else {
        FUZZ_CHECK(s >= 1 && s <= fdk_signal_rtmax());
        check_name(s);
        /* canonical: the name of what the text meant, parsed and named again, is itself */
        FUZZ_CHECK(fdk_signal_name(s, name, sizeof(name)) > 0);
        r = -1;
        FUZZ_CHECK(fdk_signal_parse(name, &r) == 0 && r == s);
        FUZZ_CHECK(fdk_signal_name(r, again, sizeof(again)) > 0 && strcmp(again, name) == 0);
    }
    FUZZ_CHECK(fdk_signal_parse(text, NULL) == -EINVAL);
    FUZZ_CHECK(fdk_signal_parse(NULL, &s) == -EINVAL);
    free(text);
}

static void fuzz_name(int signo)
{
    char buf[64];
    int valid = signo >= 1 && signo <= fdk_signal_rtmax();
    int r;
    size_t i;

    memset(buf, 0x5a, sizeof(buf));
    r = fdk_signal_name(signo, buf, sizeof(buf));
    if (!valid) {
        FUZZ_CHECK(r == -EINVAL);
        for (i = 0; i < sizeof(buf); i++)
            FUZZ_CHECK(buf[i] == 0x5a);
        return;
    }
    FUZZ_CHECK(r > 0);
    FUZZ_CHECK(fdk_signal_name(signo, NULL, 16) == -EINVAL);
    check_name(signo);
}

static void fuzz_code_name(int signo, int code)
{
    char buf[64], again[64];
    int r, i;

    memset(buf, 0x5a, sizeof(buf));
    r = fdk_signal_code_name(signo, code, buf, sizeof(buf));
    FUZZ_CHECK(r >= 0 || r == -ENOENT);
    FUZZ_CHECK(fdk_signal_code_name(signo, code, NULL, 24) == -EINVAL);
    if (r < 0) {
        for (i = 0; i < (int)sizeof(buf); i++)
            FUZZ_CHECK(buf[i] == 0x5a);
        return;
    }
    FUZZ_CHECK(r > 0 && r < CODE_NAME_MAX_LEN && strlen(buf) == (size_t)r);
    for (i = 0; i < r; i++)
        FUZZ_CHECK((buf[i] >= 'A' && buf[i] <= 'Z') || (buf[i] >= '0' && buf[i] <= '9') || buf[i] == '_');
    FUZZ_CHECK(buf[0] >= 'A' && buf[0] <= 'Z');
    FUZZ_CHECK(fdk_signal_code_name(signo, code, again, sizeof(again)) == r && strcmp(again, buf) == 0);
    cur_signo = signo;
    cur_code = code;
    CHECK_SIZES(code_name_of_cur, r, buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int signo, code;

    if (size == 0)
        return 0;
    switch (data[0] & 3) {
    case 0:
        fuzz_parse(data + 1, size - 1);
        break;
    case 1:
        fuzz_name(read_i32(data + 1, size - 1));
        break;
    case 2:
    case 3:
        signo = read_i32(data + 1, size - 1);
        code = size > 5 ? read_i32(data + 5, size - 5) : 0;
        if (data[0] & 1) {
            signo = (int)((uint32_t)signo % (uint32_t)(fdk_signal_rtmax() + 2));
            code = (int)((uint32_t)code % 256) - 64;
        }
        fuzz_code_name(signo, code);
        break;
    }
    return 0;
}
