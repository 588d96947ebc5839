/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_parse() and fdk_fdinfo_next() on hand-written text:
 *  - no pos or no flags line (also "posx:", a malformed pos, a non-octal flags)
 *    is -EIO with *out untouched; NULL text with len > 0 and a NULL out are
 *    -EINVAL; the minimal text has exactly POS|FLAGS;
 *  - a last line without a newline is still decoded (known) or returned
 *    (unknown);
 *  - 100 KB lines, known after them, and 20000 lines;
 *  - unknown lines come back as OTHER, in order, with line/line_len exact
 *    and pointing into the copy;
 *  - malformed numbers in known lines (overflow, letters, empty, 17 hex
 *    digits, trailing junk) are not taken (their have bit stays unset) and the
 *    line comes back as OTHER;
 *  - NUL bytes inside the text: lines go on past them, text_len is len, and a
 *    number followed by a NUL is not a number;
 *  - CRLF: pos/flags either decoded right or refused; no entry holds '\n';
 *  - fdk_fdinfo_next(): *pos at the end gives 0, past it -EINVAL, NULL
 *    arguments -EINVAL, *entry untouched then;
 *  - fdk_fdinfo_free() twice, on NULL and on a zeroed struct is harmless and
 *    empties the struct;
 *  - the copy is the caller's no more: changing the source changes nothing;
 *  - parse never reads past len: a number cut by len is the cut number, and
 *    text ending at a page boundary before a PROT_NONE page does not fault.
 */
#include "ind-test.h"

#include <sys/mman.h>

#define HEAD "pos:\t1\nflags:\t02\n"

static struct fdk_fdinfo_entry es[FIT_MAX_ENTRIES];

/* parse must fail with -err and leave *out as it was */
#define refused(text, len, err) refused_at(__LINE__, (text), (len), (err))
static void refused_at(int line, const void *text, size_t len, int err)
{
    struct fdk_fdinfo fi, copy;
    memset(&fi, 0xa5, sizeof fi);
    copy = fi;
    int before = fdk_test_count_fds();
    int r = fdk_fdinfo_parse(text, len, &fi);
    if (r != -err)
        fdk_test_fail(__FILE__, line, "parse(\"%.*s\") = %d (%s), expected -%s",
                      text ? (int)(len > 60 ? 60 : len) : 6, text ? (const char *)text : "(null)",
                      r, r < 0 ? fdk_errno_name(r) : "success", fdk_errno_name(-err));
    if (memcmp(&fi, &copy, sizeof fi) != 0)
        fdk_test_fail(__FILE__, line, "*out written on failure");
    if (fdk_test_count_fds() != before)
        fdk_test_fail(__FILE__, line, "fd leaked");
}

#define parse_ok(text, len, fi) parse_ok_at(__LINE__, (text), (len), (fi))
static void parse_ok_at(int line, const void *text, size_t len, struct fdk_fdinfo *fi)
{
    memset(fi, 0, sizeof *fi);
    int r = fdk_fdinfo_parse(text, len, fi);
    if (r != 0)
        fdk_test_fail(__FILE__, line, "parse(\"%.*s\"...) = %d (%s)", (int)(len > 60 ? 60 : len),
                      (const char *)text, r, r < 0 ? fdk_errno_name(r) : "?");
    if (!fi->text || fi->text_len != len || fi->text[len] != 0 || memcmp(fi->text, text, len))
        fdk_test_fail(__FILE__, line, "the copy is not the text (text_len %zu, len %zu)",
                      fi->text_len, len);
    if (fi->text == (const char *)text)
        fdk_test_fail(__FILE__, line, "text is the caller's buffer, not a copy");
}
#define PARSE_S(s, fi) parse_ok((s), sizeof(s) - 1, (fi))

static void test_missing_pos_flags(void)
{
    static const char *bad[] = {
        "",
        "flags:\t02\nmnt_id:\t5\n",
        "pos:\t0\nmnt_id:\t5\n",
        "mnt_id:\t5\nino:\t9\n",
        "posx:\t0\nflags:\t02\n",
        "pos:\t0\nflagsx:\t02\n",
        "pos:\tabc\nflags:\t02\n",
        "pos:\t\nflags:\t02\n",
        "pos:\t0\nflags:\t0128\n",
        "pos:\t0\nflags:\tzz\n",
        "pos:\t0\nflags:\t077777777777777\n",
        "pos:\t18446744073709551616\nflags:\t02\n",
        "pos 0\nflags 02\n",
        "\n\n\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        refused(bad[i], strlen(bad[i]), EIO);
    refused(NULL, 0, EIO);
    refused(NULL, 5, EINVAL);
    ASSERT_ERR(fdk_fdinfo_parse(HEAD, sizeof HEAD - 1, NULL), EINVAL);

    struct fdk_fdinfo fi;
    PARSE_S(HEAD, &fi);
    ASSERT_EQ(fi.have, FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS);
    ASSERT_EQ_U64(fi.pos, 1);
    ASSERT_EQ(fi.flags, 2);
    ASSERT_EQ(fit_entries(&fi, NULL), 0);
    fdk_fdinfo_free(&fi);

    /* spaces instead of tabs (proc(5)'s examples) */
    static const char sp[] = "pos:    1000\nflags:  01002002\nmnt_id: 21\n";
    PARSE_S(sp, &fi);
    ASSERT_EQ_U64(fi.pos, 1000);
    ASSERT_EQ(fi.flags, 01002002);
    ASSERT_EQ(fi.mnt_id, 21);
    ASSERT_EQ(fi.have, FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS | FDK_FDINFO_HAVE_MNT_ID);
    fdk_fdinfo_free(&fi);

    /* the largest values the kernel can write */
    static const char big[] = "pos:\t9223372036854775807\nflags:\t0377777777\n"
                              "mnt_id:\t2147483647\nino:\t18446744073709551615\n";
    PARSE_S(big, &fi);
    ASSERT_EQ_U64(fi.pos, 9223372036854775807ULL);
    ASSERT_EQ(fi.flags, 0377777777);
    ASSERT_EQ(fi.mnt_id, 2147483647);
    ASSERT_EQ_U64(fi.ino, UINT64_MAX);
    ASSERT_EQ(fi.have, FIT_HAVE_COMMON);
    fdk_fdinfo_free(&fi);
}

static void test_no_trailing_newline(void)
{
    struct fdk_fdinfo fi;
    PARSE_S(HEAD "mnt_id:\t7", &fi);
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_MNT_ID);
    ASSERT_EQ(fi.mnt_id, 7);
    ASSERT_EQ(fit_entries(&fi, NULL), 0);
    fdk_fdinfo_free(&fi);

    PARSE_S("pos:\t5\nflags:\t0100002", &fi);
    ASSERT_EQ_U64(fi.pos, 5);
    ASSERT_EQ(fi.flags, 0100002);
    fdk_fdinfo_free(&fi);

    PARSE_S(HEAD "foo: bar", &fi);
    ASSERT_EQ(fit_entries(&fi, es), 1);
    ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_OTHER);
    ASSERT_EQ(es[0].line_len, 8);
    ASSERT_MEM_EQ(es[0].line, "foo: bar", 8);
    ASSERT_TRUE(es[0].line == fi.text + sizeof HEAD - 1);
    fdk_fdinfo_free(&fi);

    PARSE_S(HEAD "tfd:        5 events:       19 data:                9  pos:0 ino:1 sdev:2", &fi);
    ASSERT_EQ(fit_entries(&fi, es), 1);
    ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_EPOLL);
    ASSERT_EQ(es[0].tfd, 5);
    ASSERT_EQ_U64(es[0].data, 9);
    ASSERT_EQ(es[0].sdev, 2);
    fdk_fdinfo_free(&fi);
}

static void test_long_lines(void)
{
    size_t L = 100000;
    size_t cap = L * 2 + 256;
    char *t = malloc(cap);
    ASSERT_TRUE(t != NULL);
    size_t n = 0;
    n += (size_t)sprintf(t + n, HEAD "x-long: ");
    memset(t + n, 'a', L);
    n += L;
    n += (size_t)sprintf(t + n, "\nino:\t42\nmnt_id:\t");
    /* a known key with a 100 KB number: overflow, not taken */
    memset(t + n, '1', L);
    n += L;
    n += (size_t)sprintf(t + n, "\nlast-line-no-newline");
    struct fdk_fdinfo fi;
    parse_ok(t, n, &fi);
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_INO);
    ASSERT_EQ_U64(fi.ino, 42);
    ASSERT_EQ(fi.have & FDK_FDINFO_HAVE_MNT_ID, 0);
    int k = fit_entries(&fi, es);
    if (k != 3) {
        fdk_test_fail(__FILE__, __LINE__, "%d entries, expected 3", k);
    }
    ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_OTHER);
    ASSERT_EQ(es[0].line_len, L + 8);
    ASSERT_TRUE(es[0].line == fi.text + sizeof HEAD - 1);
    ASSERT_EQ(es[1].kind, FDK_FDINFO_ENTRY_OTHER);
    ASSERT_EQ(es[1].line_len, L + 8);
    ASSERT_MEM_EQ(es[1].line, "mnt_id:\t111", 11);
    ASSERT_EQ(es[2].kind, FDK_FDINFO_ENTRY_OTHER);
    ASSERT_EQ(es[2].line_len, 20);
    fdk_fdinfo_free(&fi);
    free(t);

    /* 20000 lines: every one comes through */
    size_t lines = 20000;
    t = malloc(lines * 80 + 64);
    ASSERT_TRUE(t != NULL);
    n = (size_t)sprintf(t, HEAD);
    for (size_t i = 0; i < lines; i++)
        n += (size_t)sprintf(t + n, "tfd: %8zu events: %8x data: %16zx  pos:0 ino:%zx sdev:f\n", i,
                             0x19u, i * 3, i + 1);
    parse_ok(t, n, &fi);
    size_t pos = 0, cnt = 0;
    struct fdk_fdinfo_entry e;
    int r;
    while ((r = fdk_fdinfo_next(&fi, &pos, &e)) == 1) {
        if (e.kind != FDK_FDINFO_ENTRY_EPOLL || e.tfd != (int)cnt || e.data != cnt * 3 ||
            e.ino != cnt + 1)
            fdk_test_fail(__FILE__, __LINE__, "line %zu: kind %d tfd %d data %" PRIu64, cnt,
                          e.kind, e.tfd, e.data);
        cnt++;
    }
    ASSERT_EQ(r, 0);
    ASSERT_EQ(cnt, lines);
    fdk_fdinfo_free(&fi);
    free(t);
}

static void test_unknown_lines(void)
{
    static const char t[] = HEAD "foo: 1\nbar\nmnt_id:\t3\nlock:\t1: POSIX  ADVISORY  WRITE 1 "
                                 "00:01:2 0 EOF\nzzz:\t\t\n";
    struct fdk_fdinfo fi;
    PARSE_S(t, &fi);
    ASSERT_EQ(fi.mnt_id, 3);
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 4);
    static const char *want[] = {"foo: 1", "bar",
                                 "lock:\t1: POSIX  ADVISORY  WRITE 1 00:01:2 0 EOF", "zzz:\t\t"};
    for (int i = 0; i < 4; i++) {
        ASSERT_EQ(es[i].kind, FDK_FDINFO_ENTRY_OTHER);
        ASSERT_EQ(es[i].line_len, strlen(want[i]));
        ASSERT_MEM_EQ(es[i].line, want[i], es[i].line_len);
        ASSERT_TRUE(es[i].line == strstr(fi.text, want[i]));
    }
    fdk_fdinfo_free(&fi);

    /* an empty line in the middle: never a decoded entry, and the walk goes on */
    static const char e[] = HEAD "\nfoo\n";
    PARSE_S(e, &fi);
    n = fit_entries(&fi, es);
    ASSERT_TRUE(n == 1 || n == 2);
    ASSERT_EQ(es[n - 1].kind, FDK_FDINFO_ENTRY_OTHER);
    ASSERT_EQ(es[n - 1].line_len, 3);
    if (n == 2) {
        ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_OTHER);
        ASSERT_EQ(es[0].line_len, 0);
    }
    fdk_fdinfo_free(&fi);
}

/* HEAD + line + "\n": parse OK, have bit `bit` unset, exactly one OTHER = line. */
#define malformed(line, bit) malformed_at(__LINE__, (line), (bit))
static void malformed_at(int ln, const char *line, uint32_t bit)
{
    char t[512];
    int n = snprintf(t, sizeof t, HEAD "%s\n", line);
    struct fdk_fdinfo fi;
    parse_ok_at(ln, t, (size_t)n, &fi);
    if (fi.have & bit)
        fdk_test_fail(__FILE__, ln, "\"%s\" was taken (have %#x)", line, fi.have);
    int k = fit_entries_at(ln, &fi, es);
    if (k != 1 || es[0].kind != FDK_FDINFO_ENTRY_OTHER || es[0].line_len != strlen(line) ||
        memcmp(es[0].line, line, es[0].line_len) != 0)
        fdk_test_fail(__FILE__, ln, "\"%s\": %d entries, first kind %d len %zu; expected one OTHER",
                      line, k, k ? (int)es[0].kind : -1, k ? es[0].line_len : 0);
    fdk_fdinfo_free(&fi);
}

static void test_malformed_numbers(void)
{
    malformed("mnt_id:\t99999999999", FDK_FDINFO_HAVE_MNT_ID);
    malformed("mnt_id:\t2147483648", FDK_FDINFO_HAVE_MNT_ID);
    malformed("mnt_id:\t12abc", FDK_FDINFO_HAVE_MNT_ID);
    malformed("mnt_id:\t", FDK_FDINFO_HAVE_MNT_ID);
    malformed("mnt_id:\t-", FDK_FDINFO_HAVE_MNT_ID);
    malformed("mnt_id:\tx1", FDK_FDINFO_HAVE_MNT_ID);
    malformed("ino:\t18446744073709551616", FDK_FDINFO_HAVE_INO);
    malformed("ino:\t99999999999999999999999", FDK_FDINFO_HAVE_INO);
    malformed("ino:\t0x10", FDK_FDINFO_HAVE_INO);
    malformed("eventfd-count: 10000000000000000", FDK_FDINFO_HAVE_EVENTFD);
    malformed("eventfd-count: xyz", FDK_FDINFO_HAVE_EVENTFD);
    malformed("eventfd-count: ", FDK_FDINFO_HAVE_EVENTFD);
    malformed("sigmask:\t1g", FDK_FDINFO_HAVE_SIGMASK);
    malformed("sigmask:\t10000000000000000", FDK_FDINFO_HAVE_SIGMASK);
    malformed("Pid:\tabc", FDK_FDINFO_HAVE_PID);
    malformed("Pid:\t99999999999", FDK_FDINFO_HAVE_PID);
    malformed("tfd:        5 events:       zz data:                9", 0);
    malformed("tfd:        x events:       19 data:                9", 0);
    malformed("tfd:        5 events:       19 data: 10000000000000000", 0);
    malformed("tfd:        5 events:      100000000 data:                9", 0);
    malformed("inotify wd:zz ino:1 sdev:1 mask:1 ignored_mask:0", 0);
    malformed("inotify wd:1 ino:10000000000000000 sdev:1 mask:1 ignored_mask:0", 0);
    malformed("inotify wd:1 ino:1 sdev:100000000 mask:1 ignored_mask:0", 0);
    malformed("fanotify mnt_id:fffffffff mflags:0 mask:0 ignored_mask:0", 0);
    malformed("fanotify ino:q sdev:1 mflags:0 mask:1 ignored_mask:0", 0);
    malformed("fanotify sdev:1 mflags:0 mask:zz ignored_mask:0", 0);
    malformed("fanotify flags:g event-flags:0", FDK_FDINFO_HAVE_FANOTIFY);

    /* a bad line does not spoil the good ones around it */
    static const char t[] = HEAD "mnt_id:\t1x\nino:\t77\n";
    struct fdk_fdinfo fi;
    PARSE_S(t, &fi);
    ASSERT_EQ(fi.have & FDK_FDINFO_HAVE_MNT_ID, 0);
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_INO);
    ASSERT_EQ_U64(fi.ino, 77);
    ASSERT_EQ(fit_entries(&fi, es), 1);
    fdk_fdinfo_free(&fi);
}

static void test_nul_bytes(void)
{
    static const char t[] = HEAD "ab\0cd\nino:\t5\n";
    struct fdk_fdinfo fi;
    PARSE_S(t, &fi);
    ASSERT_EQ(fi.text_len, sizeof t - 1);
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_INO);
    ASSERT_EQ_U64(fi.ino, 5);
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 1);
    ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_OTHER);
    ASSERT_EQ(es[0].line_len, 5);
    ASSERT_MEM_EQ(es[0].line, "ab\0cd", 5);
    fdk_fdinfo_free(&fi);

    /* "7\0junk" is not the number 7 */
    static const char u[] = HEAD "mnt_id:\t7\0junk\nino:\t9\n";
    PARSE_S(u, &fi);
    if (fi.have & FDK_FDINFO_HAVE_MNT_ID)
        fdk_test_fail(__FILE__, __LINE__, "\"mnt_id:\\t7\\0junk\" taken as mnt_id %d", fi.mnt_id);
    ASSERT_EQ_U64(fi.ino, 9);
    n = fit_entries(&fi, es);
    ASSERT_EQ(n, 1);
    ASSERT_EQ(es[0].line_len, 14);
    fdk_fdinfo_free(&fi);

    /* a NUL right after the head, then known lines */
    static const char v[] = HEAD "\0\nmnt_id:\t4\n";
    PARSE_S(v, &fi);
    ASSERT_EQ(fi.mnt_id, 4);
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_MNT_ID);
    fdk_fdinfo_free(&fi);
}

static void test_crlf(void)
{
    static const char t[] = "pos:\t1\r\nflags:\t02\r\nfoo\r\nino:\t3\r\n";
    struct fdk_fdinfo fi;
    memset(&fi, 0, sizeof fi);
    int r = fdk_fdinfo_parse(t, sizeof t - 1, &fi);
    if (r == -EIO) {
        printf("# CRLF text refused with -EIO\n");
        return;
    }
    ASSERT_EQ(r, 0);
    /* taken, then right */
    ASSERT_EQ_U64(fi.pos, 1);
    ASSERT_EQ(fi.flags, 2);
    if (fi.have & FDK_FDINFO_HAVE_INO)
        ASSERT_EQ_U64(fi.ino, 3);
    int n = fit_entries(&fi, es); /* checks no entry holds '\n' */
    int foo = 0;
    for (int i = 0; i < n; i++)
        if (es[i].line_len >= 3 && memcmp(es[i].line, "foo", 3) == 0) {
            foo++;
            ASSERT_TRUE(es[i].line_len == 3 || es[i].line_len == 4);
        }
    ASSERT_EQ(foo, 1);
    printf("# CRLF text accepted, %d entries\n", n);
    fdk_fdinfo_free(&fi);
}

static void test_next_bounds(void)
{
    static const char t[] = HEAD "foo\nbar\n";
    struct fdk_fdinfo fi;
    PARSE_S(t, &fi);
    struct fdk_fdinfo_entry e, copy;
    memset(&e, 0x5a, sizeof e);
    copy = e;
    size_t pos = fi.text_len;
    ASSERT_EQ(fdk_fdinfo_next(&fi, &pos, &e), 0);
    ASSERT_MEM_EQ(&e, &copy, sizeof e);
    pos = fi.text_len + 1;
    ASSERT_ERR(fdk_fdinfo_next(&fi, &pos, &e), EINVAL);
    pos = SIZE_MAX;
    ASSERT_ERR(fdk_fdinfo_next(&fi, &pos, &e), EINVAL);
    pos = fi.text_len + 4096;
    ASSERT_ERR(fdk_fdinfo_next(&fi, &pos, &e), EINVAL);
    ASSERT_MEM_EQ(&e, &copy, sizeof e);
    pos = 0;
    ASSERT_ERR(fdk_fdinfo_next(NULL, &pos, &e), EINVAL);
    ASSERT_ERR(fdk_fdinfo_next(&fi, NULL, &e), EINVAL);
    ASSERT_ERR(fdk_fdinfo_next(&fi, &pos, NULL), EINVAL);
    ASSERT_EQ(pos, 0);
    /* a walk, then once more from 0: the same */
    ASSERT_EQ(fdk_fdinfo_next(&fi, &pos, &e), 1);
    ASSERT_EQ(e.line_len, 3);
    ASSERT_MEM_EQ(e.line, "foo", 3);
    ASSERT_EQ(fdk_fdinfo_next(&fi, &pos, &e), 1);
    ASSERT_MEM_EQ(e.line, "bar", 3);
    ASSERT_EQ(fdk_fdinfo_next(&fi, &pos, &e), 0);
    ASSERT_EQ(fdk_fdinfo_next(&fi, &pos, &e), 0);
    pos = 0;
    ASSERT_EQ(fdk_fdinfo_next(&fi, &pos, &e), 1);
    ASSERT_MEM_EQ(e.line, "foo", 3);
    fdk_fdinfo_free(&fi);
}

static void test_free(void)
{
    struct fdk_fdinfo fi;
    PARSE_S(HEAD "foo\n", &fi);
    ASSERT_EQ(fdk_fdinfo_free(&fi), 0);
    ASSERT_TRUE(fi.text == NULL);
    ASSERT_EQ(fi.text_len, 0);
    ASSERT_EQ(fdk_fdinfo_free(&fi), 0);
    ASSERT_EQ(fdk_fdinfo_free(NULL), 0);
    struct fdk_fdinfo z;
    memset(&z, 0, sizeof z);
    ASSERT_EQ(fdk_fdinfo_free(&z), 0);
    /* next() on an emptied struct ends or refuses, never faults */
    size_t pos = 0;
    struct fdk_fdinfo_entry e;
    int r = fdk_fdinfo_next(&fi, &pos, &e);
    ASSERT_TRUE(r == 0 || r == -EINVAL);
    /* a read result, freed twice */
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    fit_read(0, fd, &fi);
    close(fd);
    ASSERT_EQ(fdk_fdinfo_free(&fi), 0);
    ASSERT_EQ(fdk_fdinfo_free(&fi), 0);
}

static void test_copy_owned(void)
{
    char *src = strdup(HEAD "ino:\t12\nfoo\n");
    size_t len = strlen(src);
    struct fdk_fdinfo fi;
    parse_ok(src, len, &fi);
    memset(src, 'X', len);
    free(src);
    ASSERT_EQ_U64(fi.ino, 12);
    ASSERT_EQ(fit_entries(&fi, es), 1);
    ASSERT_MEM_EQ(es[0].line, "foo", 3);
    ASSERT_TRUE(strncmp(fi.text, "pos:", 4) == 0);
    fdk_fdinfo_free(&fi);
}

static void test_not_past_len(void)
{
    /* bytes after len are more digits: the number is the one len cuts */
    static const char t[] = HEAD "ino:\t123456\nmnt_id:\t5\n";
    struct fdk_fdinfo fi;
    parse_ok(t, sizeof HEAD - 1 + 7, &fi); /* "ino:\t12" */
    ASSERT_EQ_U64(fi.ino, 12);
    ASSERT_EQ(fi.have & FDK_FDINFO_HAVE_MNT_ID, 0);
    fdk_fdinfo_free(&fi);
    refused(t, 12, EIO); /* "pos:\t1\nflag": the flags line is cut */
}

/* as above, but at a page boundary with nothing readable after it */
static void test_guard_page(void)
{
    long pg = sysconf(_SC_PAGESIZE);
    char *m = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ASSERT_TRUE(m != MAP_FAILED);
    ASSERT_EQ(mprotect(m + pg, (size_t)pg, PROT_NONE), 0);
    static const char *cases[] = {
        HEAD "ino:\t123",
        "pos:\t1\nflags:\t02",
        "pos:\t1\nflags:\t0",
        HEAD "foo",
        HEAD "eventfd-count: ff",
        HEAD "tfd:        5 events:       19 data: 1",
        HEAD "tfd:        5 events:       19 data:                1  pos:0 ino:1 sdev:f",
        HEAD "inotify wd:1",
        HEAD "inotify wd:1 ino:2 sdev:3 mask:4 ignored_mask:0",
        HEAD "fanotify mnt_id:1b mflags:0 mask:20 ignored_mask:0",
        HEAD "fanotify flags:0 event-flags:8000",
        HEAD "clockid: 0\nticks: 0\nsettime flags: 03\nit_value: (1, 2)\nit_interval: (3, 4)",
        HEAD "it_interval: (3, ",
        HEAD "sigmask:\t0000000000000006",
        HEAD "Pid:\t12\nNSpid:\t12\t1",
        HEAD "NSpid:\t12\t",
        "pos:",
        "pos:\t1\nflags:",
        "p",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = strlen(cases[i]);
        char *p = m + pg - len;
        memcpy(p, cases[i], len);
        struct fdk_fdinfo fi;
        memset(&fi, 0, sizeof fi);
        int r = fdk_fdinfo_parse(p, len, &fi);
        if (r == 0) {
            ASSERT_EQ(fi.text_len, len);
            fit_entries(&fi, es);
            fdk_fdinfo_free(&fi);
        } else {
            ASSERT_EQ(r, -EIO);
        }
    }
    /* the values at the boundary are decoded */
    const char *c = HEAD "ino:\t123";
    size_t len = strlen(c);
    memcpy(m + pg - len, c, len);
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(m + pg - len, len, &fi));
    ASSERT_EQ_U64(fi.ino, 123);
    fdk_fdinfo_free(&fi);
    c = "pos:\t1\nflags:\t02";
    len = strlen(c);
    memcpy(m + pg - len, c, len);
    ASSERT_OK(fdk_fdinfo_parse(m + pg - len, len, &fi));
    ASSERT_EQ(fi.flags, 2);
    fdk_fdinfo_free(&fi);
    /* len 0 right at the guard */
    ASSERT_ERR(fdk_fdinfo_parse(m + pg, 0, &fi), EIO);
    munmap(m, (size_t)pg * 2);
}

int main(void)
{
    fit_init();
    RUN(test_missing_pos_flags);
    RUN(test_no_trailing_newline);
    RUN(test_long_lines);
    RUN(test_unknown_lines);
    RUN(test_malformed_numbers);
    RUN(test_nul_bytes);
    RUN(test_crlf);
    RUN(test_next_bounds);
    RUN(test_free);
    RUN(test_copy_owned);
    RUN(test_not_past_len);
    RUN(test_guard_page);
    return 0;
}
