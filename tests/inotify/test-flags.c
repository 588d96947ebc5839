/* SPDX-License-Identifier: MIT */
/*
 * inotify masks as text: fdk_flags_format() names every bit the kernel
 * reports (ISDIR, IGNORED, Q_OVERFLOW, UNMOUNT included) and
 * fdk_flags_parse() reads the text back to the same mask; the composite
 * names (IN_ALL_EVENTS, IN_CLOSE, IN_MOVE) and fdkit's own names parse; a
 * parsed mask is one fdk_inotify_add() accepts and that the kernel keeps.
 */
#include "inotify-test.h"

static void round_trip(uint64_t mask, const char *want)
{
    char text[512];
    uint64_t back = 0;
    int n = fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, mask, text, sizeof text);

    ASSERT_TRUE(n > 0 && (size_t)n < sizeof text);
    ASSERT_EQ_U64((size_t)n, strlen(text));
    if (want)
        ASSERT_STREQ(text, want);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, text, &back));
    ASSERT_EQ_U64(back, mask);
}

static void test_format_parse_round_trip(void)
{
    round_trip(IN_CREATE | IN_ISDIR, "IN_CREATE|IN_ISDIR");
    round_trip(IN_DELETE | IN_ISDIR, "IN_DELETE|IN_ISDIR");
    round_trip(IN_MOVED_FROM | IN_ISDIR, "IN_MOVED_FROM|IN_ISDIR");
    round_trip(IN_IGNORED, "IN_IGNORED");
    round_trip(IN_Q_OVERFLOW, "IN_Q_OVERFLOW");
    round_trip(IN_UNMOUNT, "IN_UNMOUNT");
    round_trip(IN_DELETE_SELF | IN_ISDIR, "IN_DELETE_SELF|IN_ISDIR");
    round_trip(IN_ATTRIB | IN_ONESHOT, "IN_ATTRIB|IN_ONESHOT");
    round_trip(IN_CLOSE_WRITE | IN_CLOSE_NOWRITE, NULL);
    round_trip(IN_ALL_EVENTS, NULL);
    round_trip(IN_ALL_EVENTS | IN_EXCL_UNLINK | IN_ONLYDIR | IN_DONT_FOLLOW | IN_MASK_ADD, NULL);
    /* every single bit the kernel's header names, one at a time */
    static const uint32_t bits[] = {
        IN_ACCESS, IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_CLOSE_NOWRITE, IN_OPEN,
        IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF,
        IN_UNMOUNT, IN_Q_OVERFLOW, IN_IGNORED, IN_ONLYDIR, IN_DONT_FOLLOW, IN_EXCL_UNLINK,
        IN_MASK_CREATE, IN_MASK_ADD, IN_ISDIR, IN_ONESHOT,
    };
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++) {
        char text[64];
        ASSERT_TRUE(fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, bits[i], text, sizeof text) > 0);
        ASSERT_TRUE(strncmp(text, "IN_", 3) == 0);
        ASSERT_TRUE(strchr(text, '|') == NULL); /* one name per bit */
        round_trip(bits[i], NULL);
    }
    /* a bit no name covers is kept as hex, and still round-trips */
    round_trip(IN_CREATE | 0x00001000u, "IN_CREATE|0x1000");
    round_trip(0, "0");
}

static void test_parse_composites(void)
{
    uint64_t v;

    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_ALL_EVENTS", &v));
    ASSERT_EQ_U64(v, IN_ALL_EVENTS);
    ASSERT_EQ_U64(v, FDK_INOTIFY_ALL_EVENTS);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "FDK_INOTIFY_ALL_EVENTS", &v));
    ASSERT_EQ_U64(v, IN_ALL_EVENTS);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_CLOSE", &v));
    ASSERT_EQ_U64(v, IN_CLOSE);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_MOVE", &v));
    ASSERT_EQ_U64(v, IN_MOVE);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, " IN_ALL_EVENTS | IN_ONLYDIR ", &v));
    ASSERT_EQ_U64(v, IN_ALL_EVENTS | IN_ONLYDIR);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "FDK_INOTIFY_CREATE|IN_ISDIR", &v));
    ASSERT_EQ_U64(v, IN_CREATE | IN_ISDIR);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_MOVE|0x100", &v));
    ASSERT_EQ_U64(v, IN_MOVE | IN_CREATE);

    v = 77;
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_NOPE", &v), EINVAL);
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_CREATE|", &v), EINVAL);
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "", &v), EINVAL);
    ASSERT_ERR(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "in_create", &v), EINVAL);
    ASSERT_EQ_U64(v, 77); /* untouched on failure */
}

/* A mask parsed from text is one the kernel takes and keeps as such. */
static void test_parsed_mask_is_usable(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    uint64_t v;
    int wd;

    fdk_tmpdir_make(&d);
    in_open(&in, 0);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_ALL_EVENTS|IN_ONLYDIR", &v));
    wd = fdk_inotify_add(in, d.path, (uint32_t)v);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(fdinfo_watch(in.fd, wd, NULL) & IN_ALL_EVENTS, IN_ALL_EVENTS);
    ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, "IN_CREATE|IN_ISDIR", &v));
    ASSERT_ERR(fdk_inotify_add(in, d.path, (uint32_t)v), EINVAL); /* ISDIR is reported, never asked */
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    RUN(test_format_parse_round_trip);
    RUN(test_parse_composites);
    RUN(test_parsed_mask_is_usable);
    return 0;
}
