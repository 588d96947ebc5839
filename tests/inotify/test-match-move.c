/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_match_move() on what real renames queue (disk and tmpfs): a
 * rename inside one watched directory pairs (ret_to names the new entry), a
 * rename between two directories watched by one instance pairs across
 * watches, a move out to an unwatched directory finds nothing (0, ret_to
 * untouched); and on hand-built buffers: other records between the halves,
 * a MOVED_TO before pos not taken, cookie 0, bad pos, broken records.
 */
#include "inotify-test.h"

#include <stdio.h>

/* Read what is queued into buf (one read: the few records of these cases fit). */
static size_t read_all(fdk_inotify in, char *buf, size_t size)
{
    ssize_t n = fdk_inotify_read(in, buf, size);
    ASSERT_OK(n);
    ASSERT_TRUE(n > 0);
    ASSERT_ERR(fdk_inotify_read(in, buf + n, size - (size_t)n), EAGAIN);
    return (size_t)n;
}

/* Step to the first record with mask; returns its end (the pos to search from). */
static size_t find_rec(const char *buf, size_t len, uint32_t mask, struct fdk_inotify_event *ev)
{
    size_t pos = 0;
    while (fdk_inotify_next(buf, len, &pos, ev) == 1)
        if (ev->mask == mask)
            return pos;
    fdk_test_fail(__FILE__, __LINE__, "no record with mask 0x%x", mask);
}

static void match_move_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct fdk_inotify_event from, to, sentinel;
    static char buf[8192];
    size_t n, pos;
    int wd_a, wd_b;

    if (!dir_make_on(&d, fs))
        return;
    ASSERT_EQ(mkdir(P(&d, "a"), 0755), 0);
    ASSERT_EQ(mkdir(P(&d, "b"), 0755), 0);
    ASSERT_EQ(mkdir(P(&d, "gone"), 0755), 0); /* unwatched, same file system */
    write_file(P(&d, "a/old"), "x");
    write_file(P(&d, "a/travel"), "x");
    write_file(P(&d, "a/leave"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd_a = fdk_inotify_add(in, P(&d, "a"), FDK_INOTIFY_MOVE | FDK_INOTIFY_CREATE);
    wd_b = fdk_inotify_add(in, P(&d, "b"), FDK_INOTIFY_MOVE);
    ASSERT_TRUE(wd_a > 0 && wd_b > 0 && wd_a != wd_b);

    /* inside one directory */
    ASSERT_EQ(rename(P(&d, "a/old"), P(&d, "a/new")), 0);
    n = read_all(in, buf, sizeof buf);
    pos = find_rec(buf, n, FDK_INOTIFY_MOVED_FROM, &from);
    ASSERT_NE(from.cookie, 0);
    ASSERT_EQ(from.wd, wd_a);
    ASSERT_STREQ(from.name, "old");
    ASSERT_EQ(fdk_inotify_match_move(buf, n, pos, from.cookie, &to), 1);
    ASSERT_EQ(to.wd, wd_a);
    ASSERT_EQ_U64(to.mask, FDK_INOTIFY_MOVED_TO);
    ASSERT_EQ(to.cookie, from.cookie);
    ASSERT_STREQ(to.name, "new");
    ASSERT_EQ_U64(to.name_len, 3);
    ASSERT_TRUE(to.name > buf && to.name < buf + n); /* points into buf */
    ASSERT_EQ(fdk_inotify_match_move(buf, n, pos, from.cookie, NULL), 1);
    ASSERT_EQ(fdk_inotify_match_move(buf, n, pos, from.cookie + 1, &to), 0); /* another cookie */
    ASSERT_EQ(fdk_inotify_match_move(buf, n, n, from.cookie, &to), 0);       /* nothing after */

    /* between two directories of one instance */
    ASSERT_EQ(rename(P(&d, "a/travel"), P(&d, "b/arrived")), 0);
    n = read_all(in, buf, sizeof buf);
    pos = find_rec(buf, n, FDK_INOTIFY_MOVED_FROM, &from);
    ASSERT_EQ(from.wd, wd_a);
    ASSERT_STREQ(from.name, "travel");
    ASSERT_NE(from.cookie, 0);
    ASSERT_EQ(fdk_inotify_match_move(buf, n, pos, from.cookie, &to), 1);
    ASSERT_EQ(to.wd, wd_b);
    ASSERT_STREQ(to.name, "arrived");

    /* a directory moved between them, ISDIR on both halves */
    ASSERT_EQ(mkdir(P(&d, "a/dir"), 0755), 0);
    ASSERT_EQ(rename(P(&d, "a/dir"), P(&d, "b/dir2")), 0);
    n = read_all(in, buf, sizeof buf);
    pos = find_rec(buf, n, FDK_INOTIFY_MOVED_FROM | FDK_INOTIFY_ISDIR, &from);
    ASSERT_EQ(fdk_inotify_match_move(buf, n, pos, from.cookie, &to), 1);
    ASSERT_EQ_U64(to.mask, FDK_INOTIFY_MOVED_TO | FDK_INOTIFY_ISDIR);
    ASSERT_EQ(to.wd, wd_b);
    ASSERT_STREQ(to.name, "dir2");

    /* out to an unwatched directory: no pair, ret_to untouched */
    ASSERT_EQ(rename(P(&d, "a/leave"), P(&d, "gone/left")), 0);
    n = read_all(in, buf, sizeof buf);
    pos = find_rec(buf, n, FDK_INOTIFY_MOVED_FROM, &from);
    ASSERT_STREQ(from.name, "leave");
    ASSERT_EQ_U64(pos, n); /* the only record */
    memset(&sentinel, 0x5a, sizeof sentinel);
    to = sentinel;
    ASSERT_EQ(fdk_inotify_match_move(buf, n, pos, from.cookie, &to), 0);
    ASSERT_MEM_EQ(&to, &sentinel, sizeof to);
    ASSERT_EQ(fdk_inotify_match_move(buf, n, 0, from.cookie, &to), 0); /* a MOVED_FROM is no MOVED_TO */
    ASSERT_MEM_EQ(&to, &sentinel, sizeof to);

    /* in from an unwatched directory: a MOVED_TO whose cookie no MOVED_FROM here has */
    ASSERT_EQ(rename(P(&d, "gone/left"), P(&d, "b/back")), 0);
    n = read_all(in, buf, sizeof buf);
    pos = find_rec(buf, n, FDK_INOTIFY_MOVED_TO, &to);
    ASSERT_STREQ(to.name, "back");
    ASSERT_NE(to.cookie, 0);
    ASSERT_EQ(fdk_inotify_match_move(buf, n, 0, to.cookie, NULL), 1); /* found from the start */

    /* cookie 0 is never a pair */
    ASSERT_ERR(fdk_inotify_match_move(buf, n, 0, 0, &to), EINVAL);

    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_match_real_renames(void)
{
    match_move_on(&fdk_tmpdir_fs_bases[0]);
    match_move_on(&fdk_tmpdir_fs_bases[1]);
}

/* ---- hand-built buffers ----------------------------------------------------------- */

/* Append a record (name NULL: none), padded to 16 bytes like the kernel's; returns the new length. */
static size_t put(char *buf, size_t at, int wd, uint32_t mask, uint32_t cookie, const char *name)
{
    struct inotify_event h = {.wd = wd, .mask = mask, .cookie = cookie, .len = 0};
    if (name)
        h.len = (uint32_t)((strlen(name) + 1 + 15) / 16 * 16);
    memcpy(buf + at, &h, sizeof h);
    memset(buf + at + sizeof h, 0, h.len);
    if (name)
        memcpy(buf + at + sizeof h, name, strlen(name));
    return at + sizeof h + h.len;
}

static void test_match_synthetic(void)
{
    char buf[1024] __attribute__((aligned(4)));
    struct fdk_inotify_event to, ev;
    size_t n = 0, after_from, pos;

    n = put(buf, n, 1, IN_MOVED_TO, 7, "early");     /* before pos: not looked at */
    n = put(buf, n, 1, IN_MOVED_FROM, 7, "x");
    after_from = n;
    n = put(buf, n, 1, IN_CREATE, 0, "between");      /* other records in between */
    n = put(buf, n, 2, IN_MOVED_FROM, 9, "other");
    n = put(buf, n, 2, IN_MOVED_TO, 9, "other-to");   /* another pair */
    n = put(buf, n, 3, IN_ATTRIB, 0, NULL);
    n = put(buf, n, 3, IN_MOVED_TO, 7, "y");          /* ours */

    ASSERT_EQ(fdk_inotify_match_move(buf, n, after_from, 7, &to), 1);
    ASSERT_EQ(to.wd, 3);
    ASSERT_STREQ(to.name, "y");
    ASSERT_EQ(fdk_inotify_match_move(buf, n, after_from, 9, &to), 1);
    ASSERT_STREQ(to.name, "other-to");
    ASSERT_EQ(fdk_inotify_match_move(buf, n, 0, 7, &to), 1); /* the first after pos wins */
    ASSERT_STREQ(to.name, "early");

    /* bad arguments */
    ASSERT_ERR(fdk_inotify_match_move(buf, n, 0, 0, &to), EINVAL);
    ASSERT_ERR(fdk_inotify_match_move(buf, n, n + 1, 7, &to), EINVAL);
    ASSERT_ERR(fdk_inotify_match_move(NULL, 16, 0, 7, &to), EINVAL);
    ASSERT_EQ(fdk_inotify_match_move(NULL, 0, 0, 7, &to), 0); /* an empty buffer holds no pair */

    /* a record cut short on the way: -EBADMSG, never a read past len */
    ASSERT_ERR(fdk_inotify_match_move(buf, n - 8, after_from, 7, &to), EBADMSG);
    /* but a pair found before the broken part is found */
    ASSERT_EQ(fdk_inotify_match_move(buf, n - 8, after_from, 9, &to), 1);

    /* fdk_inotify_next agrees about the same bytes */
    pos = 0;
    int k = 0;
    while (fdk_inotify_next(buf, n, &pos, &ev) == 1)
        k++;
    ASSERT_EQ(k, 7);
    ASSERT_EQ_U64(pos, n);
}

/* fdk_inotify_next on broken bytes: -EBADMSG with pos and ev untouched, never past len. */
static void test_next_malformed(void)
{
    char buf[256] __attribute__((aligned(4)));
    struct fdk_inotify_event ev, sentinel;
    struct inotify_event h;
    size_t n, pos;

    memset(&sentinel, 0x5a, sizeof sentinel);
    n = put(buf, 0, 1, IN_CREATE, 0, "ok");
    n = put(buf, n, 1, IN_CREATE, 0, "second");

    /* a header cut short */
    pos = 0;
    ev = sentinel;
    ASSERT_EQ(fdk_inotify_next(buf, 10, &pos, &ev), -EBADMSG);
    ASSERT_EQ_U64(pos, 0);
    ASSERT_MEM_EQ(&ev, &sentinel, sizeof ev);
    /* the first record whole, the second cut: one record, then -EBADMSG, pos stays */
    ASSERT_EQ(fdk_inotify_next(buf, n - 1, &pos, &ev), 1);
    ASSERT_STREQ(ev.name, "ok");
    size_t at = pos;
    ev = sentinel;
    ASSERT_EQ(fdk_inotify_next(buf, n - 1, &pos, &ev), -EBADMSG);
    ASSERT_EQ_U64(pos, at);
    ASSERT_MEM_EQ(&ev, &sentinel, sizeof ev);
    /* a length field pointing past the buffer */
    memcpy(&h, buf, sizeof h);
    h.len = 4096;
    memcpy(buf, &h, sizeof h);
    pos = 0;
    ASSERT_EQ(fdk_inotify_next(buf, n, &pos, &ev), -EBADMSG);
    ASSERT_EQ_U64(pos, 0);
    /* a name with no NUL inside its record */
    n = put(buf, 0, 1, IN_CREATE, 0, "abc");
    memset(buf + sizeof h, 'z', 16);
    pos = 0;
    ASSERT_EQ(fdk_inotify_next(buf, n, &pos, &ev), -EBADMSG);
    ASSERT_EQ_U64(pos, 0);
    /* arguments */
    pos = 0;
    ASSERT_EQ(fdk_inotify_next(buf, 0, &pos, &ev), 0); /* nothing to read */
    ASSERT_EQ(fdk_inotify_next(NULL, 0, &pos, &ev), 0);
    pos = 5;
    ASSERT_ERR(fdk_inotify_next(buf, 4, &pos, &ev), EINVAL);
    ASSERT_ERR(fdk_inotify_next(buf, n, NULL, &ev), EINVAL);
    pos = 0;
    ASSERT_ERR(fdk_inotify_next(buf, n, &pos, NULL), EINVAL);
    ASSERT_ERR(fdk_inotify_next(NULL, 16, &pos, &ev), EINVAL);
}

int main(void)
{
    alarm(45);
    RUN(test_match_real_renames);
    RUN(test_match_synthetic);
    RUN(test_next_malformed);
    return 0;
}
