/* SPDX-License-Identifier: MIT */
/*
 * inotify events produced for real, on the disk (/tmp) and on tmpfs
 * (/dev/shm), and decoded by fdk_inotify_next(): every event bit a watch can
 * ask for, IN_ISDIR on directories, the MOVED_FROM/MOVED_TO cookie, the
 * DELETE_SELF -> IGNORED ending, IGNORED after fdk_inotify_remove(); a name
 * for the entries of a watched directory and none for the watched object
 * itself; several records in one read, stepped through to the last byte.
 * Every mask seen is printable and parses back to itself.
 */
#include "inotify-test.h"

#include <sys/stat.h>

#define A  FDK_INOTIFY_ACCESS
#define M  FDK_INOTIFY_MODIFY
#define AT FDK_INOTIFY_ATTRIB
#define CW FDK_INOTIFY_CLOSE_WRITE
#define CN FDK_INOTIFY_CLOSE_NOWRITE
#define O  FDK_INOTIFY_OPEN
#define D  FDK_INOTIFY_ISDIR

/* Every mask in the log formats to text that parses back to the same mask, with no hex left over. */
static void check_printable(const struct evlog *l)
{
    char text[512];
    uint64_t back;

    for (size_t i = 0; i < l->n; i++) {
        int n = fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, l->ev[i].mask, text, sizeof text);
        ASSERT_TRUE(n > 0 && (size_t)n < sizeof text);
        ASSERT_TRUE(strstr(text, "0x") == NULL);
        ASSERT_OK(fdk_flags_parse(FDK_FLAGSET_INOTIFY_MASK, text, &back));
        ASSERT_EQ_U64(back, l->ev[i].mask);
    }
}

static void check_cookies_zero(const struct evlog *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (!(l->ev[i].mask & FDK_INOTIFY_MOVE))
            ASSERT_EQ(l->ev[i].cookie, 0);
}

/*
 * A watched file inside a watched directory: the file's watch reports each
 * event without a name, the directory's the same events named "f", in the
 * order they happened.
 */
static void file_events_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    char f[PATH_MAX], c;
    int wd_d, wd_f, fd;

    if (!dir_make_on(&d, fs))
        return;
    fdk_tmpdir_at(&d, "f", f, sizeof f);
    write_file(f, "hello");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd_d = fdk_inotify_add(in, d.path, FDK_INOTIFY_ALL_EVENTS);
    wd_f = fdk_inotify_add(in, f, FDK_INOTIFY_ALL_EVENTS);
    ASSERT_TRUE(wd_d > 0);
    ASSERT_TRUE(wd_f > 0);
    ASSERT_NE(wd_d, wd_f);
    ASSERT_ERR(fdk_inotify_read(in, (char[512]){0}, 512), EAGAIN); /* adding watches queues nothing */

    fd = open(f, O_RDONLY | O_CLOEXEC); /* OPEN */
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(read(fd, &c, 1), 1); /* ACCESS */
    ASSERT_EQ(close(fd), 0);       /* CLOSE_NOWRITE */
    fd = open(f, O_WRONLY | O_CLOEXEC); /* OPEN */
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(write(fd, "x", 1), 1); /* MODIFY */
    ASSERT_EQ(close(fd), 0);         /* CLOSE_WRITE */
    ASSERT_EQ(chmod(f, 0600), 0);    /* ATTRIB */
    ASSERT_EQ(truncate(f, 1), 0);    /* MODIFY (a truncation is a write) */

    drain(in, &l);
    EXPECT_EXACTLY(&l, wd_f, NULL, O, A, CN, O, M, CW, AT, M);
    EXPECT_EXACTLY(&l, wd_d, "f", O, A, CN, O, M, CW, AT, M);
    check_cookies_zero(&l);
    check_printable(&l);
    evlog_free(&l);

    /* The watched directory itself: OPEN and CLOSE_NOWRITE with ISDIR, no name. */
    fd = open(d.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd_d, NULL, O | D, CN | D);
    ASSERT_EQ(ev_count_named(&l, wd_f, NULL), 0);
    check_printable(&l);
    evlog_free(&l);

    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_file_events(void)
{
    file_events_on(&fdk_tmpdir_fs_bases[0]);
    file_events_on(&fdk_tmpdir_fs_bases[1]);
}

/*
 * Entries of a watched directory: CREATE (files, directories with ISDIR,
 * symlinks, hard links), MOVED_FROM/MOVED_TO pairs sharing one non-zero
 * cookie, DELETE; every record of the directory's watch carries a name.
 */
static void dir_entry_events_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    size_t at = 0;
    long i_from, i_to, j_from, j_to;
    int wd, fd;

    if (!dir_make_on(&d, fs))
        return;
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_ALL_EVENTS);
    ASSERT_TRUE(wd > 0);

    fd = open(P(&d, "a"), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    ASSERT_EQ(mkdir(P(&d, "sub"), 0755), 0);
    ASSERT_EQ(rename(P(&d, "a"), P(&d, "b")), 0);
    ASSERT_EQ(rename(P(&d, "sub"), P(&d, "sub2")), 0);
    ASSERT_EQ(symlink("b", P(&d, "ln")), 0);
    ASSERT_EQ(link(P(&d, "b"), P(&d, "hard")), 0);
    ASSERT_EQ(unlink(P(&d, "ln")), 0);
    ASSERT_EQ(unlink(P(&d, "hard")), 0);
    ASSERT_EQ(unlink(P(&d, "b")), 0);
    ASSERT_EQ(rmdir(P(&d, "sub2")), 0);
    drain(in, &l);

    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_CREATE, "a");
    EXPECT_NEXT(&l, &at, wd, O, "a");
    EXPECT_NEXT(&l, &at, wd, CW, "a");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_CREATE | D, "sub");
    i_from = ev_find(&l, at, wd, FDK_INOTIFY_MOVED_FROM, "a");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_MOVED_FROM, "a");
    i_to = ev_find(&l, at, wd, FDK_INOTIFY_MOVED_TO, "b");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_MOVED_TO, "b");
    j_from = ev_find(&l, at, wd, FDK_INOTIFY_MOVED_FROM | D, "sub");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_MOVED_FROM | D, "sub");
    j_to = ev_find(&l, at, wd, FDK_INOTIFY_MOVED_TO | D, "sub2");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_MOVED_TO | D, "sub2");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_CREATE, "ln");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_CREATE, "hard");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_DELETE, "ln");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_DELETE, "hard");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_DELETE, "b");
    EXPECT_NEXT(&l, &at, wd, FDK_INOTIFY_DELETE | D, "sub2");

    /* each rename's halves share one cookie, not 0, and the two renames differ */
    ASSERT_NE(l.ev[i_from].cookie, 0);
    ASSERT_EQ(l.ev[i_from].cookie, l.ev[i_to].cookie);
    ASSERT_NE(l.ev[j_from].cookie, 0);
    ASSERT_EQ(l.ev[j_from].cookie, l.ev[j_to].cookie);
    ASSERT_NE(l.ev[i_from].cookie, l.ev[j_from].cookie);
    /* nothing happened to the directory itself: every record names an entry */
    ASSERT_EQ(ev_count_named(&l, wd, NULL), 0);
    for (size_t i = 0; i < l.n; i++) {
        ASSERT_EQ(l.ev[i].wd, wd);
        ASSERT_TRUE(l.ev[i].has_name);
        /* a directory entry's records say ISDIR exactly when the entry is one */
        if (!strncmp(l.ev[i].name, "sub", 3))
            ASSERT_TRUE(l.ev[i].mask & D);
        else
            ASSERT_TRUE(!(l.ev[i].mask & D));
    }
    check_cookies_zero(&l);
    check_printable(&l);
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_dir_entry_events(void)
{
    dir_entry_events_on(&fdk_tmpdir_fs_bases[0]);
    dir_entry_events_on(&fdk_tmpdir_fs_bases[1]);
}

/*
 * The watched object itself goes away or moves: DELETE_SELF then IGNORED
 * (and nothing after it for that wd), MOVE_SELF; all without a name.
 */
static void self_events_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd_f, wd_g, wd_m, wd_md, wd_parent, count;
    long i;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    write_file(P(&d, "m"), "x");
    ASSERT_EQ(mkdir(P(&d, "gone"), 0755), 0);
    ASSERT_EQ(mkdir(P(&d, "md"), 0755), 0);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd_f = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ALL_EVENTS);
    wd_g = fdk_inotify_add(in, P(&d, "gone"), FDK_INOTIFY_ALL_EVENTS);
    wd_m = fdk_inotify_add(in, P(&d, "m"), FDK_INOTIFY_ALL_EVENTS);
    wd_md = fdk_inotify_add(in, P(&d, "md"), FDK_INOTIFY_ALL_EVENTS);
    wd_parent = fdk_inotify_add(in, d.path, FDK_INOTIFY_DELETE | FDK_INOTIFY_MOVE);
    ASSERT_TRUE(wd_f > 0 && wd_g > 0 && wd_m > 0 && wd_md > 0 && wd_parent > 0);

    ASSERT_EQ(unlink(P(&d, "f")), 0); /* last link: the link count drops, then the inode goes */
    ASSERT_EQ(rmdir(P(&d, "gone")), 0);
    ASSERT_EQ(rename(P(&d, "m"), P(&d, "m2")), 0);
    ASSERT_EQ(rename(P(&d, "md"), P(&d, "md2")), 0);
    drain(in, &l);

    /* the file: ATTRIB (nlink 0), DELETE_SELF, IGNORED, unnamed, nothing else */
    EXPECT_EXACTLY(&l, wd_f, NULL, AT, FDK_INOTIFY_DELETE_SELF, FDK_INOTIFY_IGNORED);
    /*
     * The directory: DELETE_SELF (the kernel may add ISDIR, as it does
     * since 5.x for events on a directory itself), then IGNORED, last.
     */
    count = 0;
    for (size_t k = 0; k < l.n; k++)
        if (l.ev[k].wd == wd_g) {
            ASSERT_TRUE(!l.ev[k].has_name);
            count++;
        }
    ASSERT_EQ(count, 2);
    i = ev_find(&l, 0, wd_g, FDK_INOTIFY_DELETE_SELF, NULL);
    if (i < 0)
        i = ev_find(&l, 0, wd_g, FDK_INOTIFY_DELETE_SELF | D, NULL);
    ASSERT_TRUE(i >= 0);
    ASSERT_TRUE(ev_find(&l, (size_t)i + 1, wd_g, FDK_INOTIFY_IGNORED, NULL) > i);
    /* a moved file: one MOVE_SELF, unnamed; the watch stays */
    EXPECT_EXACTLY(&l, wd_m, NULL, FDK_INOTIFY_MOVE_SELF);
    ASSERT_EQ(ev_count(&l, wd_md, FDK_INOTIFY_MOVE_SELF, NULL) +
                  ev_count(&l, wd_md, FDK_INOTIFY_MOVE_SELF | D, NULL),
              1);
    ASSERT_EQ(ev_count_named(&l, wd_md, NULL), 1);
    /* the parent saw the same with names */
    ASSERT_EQ(ev_count(&l, wd_parent, FDK_INOTIFY_DELETE, "f"), 1);
    ASSERT_EQ(ev_count(&l, wd_parent, FDK_INOTIFY_DELETE | D, "gone"), 1);
    ASSERT_EQ(ev_count(&l, wd_parent, FDK_INOTIFY_MOVED_FROM, "m"), 1);
    ASSERT_EQ(ev_count(&l, wd_parent, FDK_INOTIFY_MOVED_TO, "m2"), 1);
    ASSERT_EQ(ev_count(&l, wd_parent, FDK_INOTIFY_MOVED_FROM | D, "md"), 1);
    ASSERT_EQ(ev_count(&l, wd_parent, FDK_INOTIFY_MOVED_TO | D, "md2"), 1);
    check_printable(&l);
    evlog_free(&l);

    /* the dropped watches are gone from the instance; the moved ones remain and still report */
    ASSERT_EQ(fdinfo_watch(in.fd, wd_f, NULL), -1);
    ASSERT_EQ(fdinfo_watch(in.fd, wd_g, NULL), -1);
    ASSERT_TRUE(fdinfo_watch(in.fd, wd_m, NULL) >= 0);
    ASSERT_EQ(chmod(P(&d, "m2"), 0600), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd_m, NULL, AT);
    evlog_free(&l);

    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_self_events(void)
{
    self_events_on(&fdk_tmpdir_fs_bases[0]);
    self_events_on(&fdk_tmpdir_fs_bases[1]);
}

/* fdk_inotify_remove queues exactly one IGNORED for the watch, then nothing more comes from it. */
static void remove_ignored_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, wd_other;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ALL_EVENTS);
    wd_other = fdk_inotify_add(in, d.path, FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0 && wd_other > 0);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    ASSERT_EQ(fdinfo_watch(in.fd, wd, NULL), -1);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0); /* the removed watch says nothing; the dir's does */
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_IGNORED);
    EXPECT_EXACTLY(&l, wd_other, "f", AT);
    ASSERT_EQ(l.ev[0].cookie, 0);
    check_printable(&l);
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_remove_queues_ignored(void)
{
    remove_ignored_on(&fdk_tmpdir_fs_bases[0]);
    remove_ignored_on(&fdk_tmpdir_fs_bases[1]);
}

/*
 * Twenty CREATEs come back in one read and fdk_inotify_next steps through
 * all of them, in order, to exactly the bytes read; a read into a buffer
 * that holds a whole number of records plus a few bytes returns only whole
 * records and leaves the rest queued.
 */
static void many_records_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    char buf[4096], name[16];
    ssize_t n;
    size_t rec, k;
    int wd, i;

    if (!dir_make_on(&d, fs))
        return;
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_CREATE);
    ASSERT_TRUE(wd > 0);
    for (i = 0; i < 20; i++) {
        snprintf(name, sizeof name, "f%02d", i);
        write_file(P(&d, name), NULL);
    }
    n = fdk_inotify_read(in, buf, sizeof buf);
    ASSERT_OK(n);
    k = evlog_decode(&l, buf, (size_t)n); /* asserts the records consumed exactly n bytes */
    ASSERT_EQ_U64(k, 20);
    rec = (size_t)n / 20; /* all names are 3 bytes: every record has the same size */
    ASSERT_EQ_U64(rec * 20, (size_t)n);
    ASSERT_EQ_U64(rec % sizeof(struct inotify_event), 0);
    for (i = 0; i < 20; i++) {
        snprintf(name, sizeof name, "f%02d", i);
        ASSERT_TRUE(rec_is(&l.ev[i], wd, FDK_INOTIFY_CREATE, name));
    }
    ASSERT_ERR(fdk_inotify_read(in, buf, sizeof buf), EAGAIN); /* one read took everything */
    evlog_free(&l);

    /* room for 9 records and a few bytes more: 9 whole records, the rest stays queued */
    for (i = 0; i < 20; i++) {
        snprintf(name, sizeof name, "g%02d", i);
        write_file(P(&d, name), NULL);
    }
    ASSERT_TRUE(9 * rec + 5 >= sizeof(struct inotify_event) + NAME_MAX + 1);
    n = fdk_inotify_read(in, buf, 9 * rec + 5);
    ASSERT_EQ(n, (ssize_t)(9 * rec));
    ASSERT_EQ_U64(evlog_decode(&l, buf, (size_t)n), 9);
    drain(in, &l);
    ASSERT_EQ_U64(l.n, 20);
    for (i = 0; i < 20; i++) {
        snprintf(name, sizeof name, "g%02d", i);
        ASSERT_TRUE(rec_is(&l.ev[i], wd, FDK_INOTIFY_CREATE, name));
    }
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_many_records_one_read(void)
{
    many_records_on(&fdk_tmpdir_fs_bases[0]);
    many_records_on(&fdk_tmpdir_fs_bases[1]);
}

/* Names of every length up to NAME_MAX decode with name_len == strlen(name). */
static void test_name_lengths(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    char name[NAME_MAX + 1];
    int wd;
    size_t len;

    fdk_tmpdir_make(&d);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_CREATE);
    ASSERT_TRUE(wd > 0);
    for (len = 1; len <= NAME_MAX; len++) {
        memset(name, 'a' + (int)(len % 26), len);
        name[len] = '\0';
        ASSERT_EQ(mkdir(P(&d, name), 0755), 0);
        drain(in, &l); /* checks name_len == strlen(name) */
        ASSERT_EQ_U64(l.n, 1);
        ASSERT_TRUE(rec_is(&l.ev[0], wd, FDK_INOTIFY_CREATE | D, name));
        ASSERT_EQ(rmdir(P(&d, name)), 0);
        evlog_free(&l);
    }
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_file_events);
    RUN(test_dir_entry_events);
    RUN(test_self_events);
    RUN(test_remove_queues_ignored);
    RUN(test_many_records_one_read);
    RUN(test_name_lengths);
    return 0;
}
