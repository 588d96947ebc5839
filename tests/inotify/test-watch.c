/* SPDX-License-Identifier: MIT */
/*
 * Watch options of fdk_inotify_add(), on the disk and on tmpfs: ONESHOT
 * (one event, IGNORED, the watch gone), EXCL_UNLINK (silence from an
 * unlinked child that is still open), MASK_CREATE (-EEXIST on an object
 * already watched, by any of its names), MASK_ADD (adds to the mask; without
 * it the mask is replaced), one wd per object however it is named,
 * DONT_FOLLOW (the link itself), ONLYDIR (-ENOTDIR on a file, nothing
 * watched).  The mask the kernel holds is read back from /proc/self/fdinfo.
 */
#include "inotify-test.h"

#include <sys/stat.h>

/* ONESHOT: the first event ends the watch (IGNORED follows); later changes say nothing. */
static void oneshot_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, wd2, count;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_MODIFY | FDK_INOTIFY_ONESHOT);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    ASSERT_EQ(chmod(P(&d, "f"), 0644), 0);
    ASSERT_EQ(truncate(P(&d, "f"), 0), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB, FDK_INOTIFY_IGNORED);
    ASSERT_EQ_U64(l.n, 2);
    evlog_free(&l);
    /* the watch is gone: the instance holds none, and a new one gets a new wd */
    ASSERT_EQ(fdinfo_watch(in.fd, wd, &count), -1);
    ASSERT_EQ(count, 0);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    drain(in, &l);
    ASSERT_EQ_U64(l.n, 0);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0); /* dropped by the kernel: not an error */
    wd2 = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_MASK_CREATE);
    if (wd2 == -EINVAL) /* MASK_CREATE is Linux 4.18 */
        wd2 = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd2 > 0);
    ASSERT_NE(wd2, wd);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_oneshot(void)
{
    oneshot_on(&fdk_tmpdir_fs_bases[0]);
    oneshot_on(&fdk_tmpdir_fs_bases[1]);
}

/*
 * A child unlinked while open: without EXCL_UNLINK its writes, reads and
 * close still reach the directory's watch under its old name; with it,
 * nothing does (but the DELETE itself is reported).  Only the events the
 * kernel raises on an open file (read, write, close) are used: an fchmod()
 * of the unlinked child still gives ATTRIB with EXCL_UNLINK, because the
 * kernel checks for the unlink only on events that carry a path (a kernel
 * quirk, not fdkit's).
 */
static void excl_unlink_case(const struct fdk_tmpdir_fs *fs, int excl)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, fd;
    char c;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), NULL);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_ALL_EVENTS | (excl ? FDK_INOTIFY_EXCL_UNLINK : 0));
    ASSERT_TRUE(wd > 0);
    fd = open(P(&d, "f"), O_RDWR | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(unlink(P(&d, "f")), 0);
    drain(in, &l);
    ASSERT_EQ(ev_count(&l, wd, FDK_INOTIFY_OPEN, "f"), 1);
    ASSERT_EQ(ev_count(&l, wd, FDK_INOTIFY_DELETE, "f"), 1);
    evlog_free(&l);

    ASSERT_EQ(write(fd, "x", 1), 1);
    ASSERT_EQ(pread(fd, &c, 1, 0), 1);
    ASSERT_EQ(close(fd), 0);
    drain(in, &l);
    if (excl) {
        if (l.n)
            evlog_dump(&l);
        ASSERT_EQ_U64(l.n, 0);
    } else
        EXPECT_EXACTLY(&l, wd, "f", FDK_INOTIFY_MODIFY, FDK_INOTIFY_ACCESS,
                       FDK_INOTIFY_CLOSE_WRITE);
    evlog_free(&l);
    /* the option is part of the watch */
    if (excl)
        ASSERT_TRUE(fdinfo_watch(in.fd, wd, NULL) & FDK_INOTIFY_EXCL_UNLINK);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_excl_unlink(void)
{
    for (int k = 0; k < 2; k++) {
        excl_unlink_case(&fdk_tmpdir_fs_bases[k], 0); /* the control: such events do exist */
        excl_unlink_case(&fdk_tmpdir_fs_bases[k], 1);
    }
}

/* MASK_CREATE refuses an object already watched, by its name or another, and changes nothing. */
static void mask_create_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, wd_g, count;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    write_file(P(&d, "g"), "x");
    ASSERT_EQ(link(P(&d, "f"), P(&d, "f-link")), 0);
    ASSERT_EQ(symlink("f", P(&d, "f-sym")), 0);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd_g = fdk_inotify_add(in, P(&d, "g"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_MASK_CREATE);
    if (wd_g == -EINVAL) {
        printf("# IN_MASK_CREATE needs Linux 4.18: not checked\n");
        in_close(&in);
        fdk_tmpdir_remove(&d);
        return;
    }
    ASSERT_TRUE(wd_g > 0); /* a fresh object: created */
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_MODIFY | FDK_INOTIFY_MASK_CREATE), EEXIST);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "f-link"), FDK_INOTIFY_MODIFY | FDK_INOTIFY_MASK_CREATE),
               EEXIST);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "f-sym"), FDK_INOTIFY_MODIFY | FDK_INOTIFY_MASK_CREATE),
               EEXIST);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "g"), FDK_INOTIFY_MODIFY | FDK_INOTIFY_MASK_CREATE), EEXIST);
    /* nothing changed: still the ATTRIB-only watches, two of them */
    ASSERT_EQ(fdinfo_watch(in.fd, wd, &count) & FDK_INOTIFY_ALL_EVENTS, FDK_INOTIFY_ATTRIB);
    ASSERT_EQ(count, 2);
    ASSERT_EQ(truncate(P(&d, "f"), 0), 0);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB);
    evlog_free(&l);
    /* another instance is another set of watches: MASK_CREATE works there */
    {
        fdk_inotify in2 = FDK_HANDLE_INIT;
        in_open(&in2, 0);
        ASSERT_TRUE(fdk_inotify_add(in2, P(&d, "f"), FDK_INOTIFY_MODIFY | FDK_INOTIFY_MASK_CREATE) > 0);
        in_close(&in2);
    }
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_mask_create(void)
{
    mask_create_on(&fdk_tmpdir_fs_bases[0]);
    mask_create_on(&fdk_tmpdir_fs_bases[1]);
}

/* MASK_ADD ors the new events into the watch; a plain add replaces the mask. */
static void mask_add_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, fd;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_MODIFY | FDK_INOTIFY_MASK_ADD), wd);
    ASSERT_EQ(fdinfo_watch(in.fd, wd, NULL) & FDK_INOTIFY_ALL_EVENTS,
              FDK_INOTIFY_ATTRIB | FDK_INOTIFY_MODIFY);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    ASSERT_EQ(truncate(P(&d, "f"), 0), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB, FDK_INOTIFY_MODIFY);
    evlog_free(&l);

    /* without MASK_ADD: replaced by OPEN alone */
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_OPEN), wd);
    ASSERT_EQ(fdinfo_watch(in.fd, wd, NULL) & FDK_INOTIFY_ALL_EVENTS, FDK_INOTIFY_OPEN);
    ASSERT_EQ(chmod(P(&d, "f"), 0644), 0);
    ASSERT_EQ(truncate(P(&d, "f"), 0), 0);
    fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_OPEN);
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_mask_add(void)
{
    mask_add_on(&fdk_tmpdir_fs_bases[0]);
    mask_add_on(&fdk_tmpdir_fs_bases[1]);
}

/* One object, one wd: the same path twice, a hard link, a followed symlink, a "./" detour. */
static void same_object_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    char detour[PATH_MAX];
    int wd, wd_g, count;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    write_file(P(&d, "g"), "x");
    ASSERT_EQ(link(P(&d, "f"), P(&d, "f-link")), 0);
    ASSERT_EQ(symlink("f", P(&d, "f-sym")), 0);
    snprintf(detour, sizeof detour, "%s/./f", d.path);
    in_open(&in, 0);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB), wd);
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "f-link"), FDK_INOTIFY_ATTRIB), wd);
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "f-sym"), FDK_INOTIFY_ATTRIB), wd);
    ASSERT_EQ(fdk_inotify_add(in, detour, FDK_INOTIFY_ATTRIB), wd);
    wd_g = fdk_inotify_add(in, P(&d, "g"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd_g > 0);
    ASSERT_NE(wd_g, wd);
    fdinfo_watch(in.fd, wd, &count);
    ASSERT_EQ(count, 2);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_same_object_same_wd(void)
{
    same_object_on(&fdk_tmpdir_fs_bases[0]);
    same_object_on(&fdk_tmpdir_fs_bases[1]);
}

/*
 * DONT_FOLLOW watches the symlink itself: a change to the link (its
 * timestamps, set with AT_SYMLINK_NOFOLLOW) reaches it, a change to the
 * target does not.  A dangling link can be watched only that way.
 */
static void dont_follow_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd_f, wd_l, wd_dangling;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    ASSERT_EQ(symlink("f", P(&d, "L")), 0);
    ASSERT_EQ(symlink("nowhere", P(&d, "dangling")), 0);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd_f = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd_f > 0);
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "L"), FDK_INOTIFY_ATTRIB), wd_f); /* followed */
    wd_l = fdk_inotify_add(in, P(&d, "L"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_DONT_FOLLOW);
    ASSERT_TRUE(wd_l > 0);
    ASSERT_NE(wd_l, wd_f);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "dangling"), FDK_INOTIFY_ATTRIB), ENOENT);
    wd_dangling = fdk_inotify_add(in, P(&d, "dangling"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_DONT_FOLLOW);
    ASSERT_TRUE(wd_dangling > 0);

    ASSERT_EQ(utimensat(AT_FDCWD, P(&d, "L"), NULL, AT_SYMLINK_NOFOLLOW), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd_l, NULL, FDK_INOTIFY_ATTRIB);
    ASSERT_EQ(ev_count_named(&l, wd_f, NULL), 0);
    evlog_free(&l);

    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    ASSERT_EQ(utimensat(AT_FDCWD, P(&d, "dangling"), NULL, AT_SYMLINK_NOFOLLOW), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd_f, NULL, FDK_INOTIFY_ATTRIB);
    ASSERT_EQ(ev_count_named(&l, wd_l, NULL), 0);
    EXPECT_EXACTLY(&l, wd_dangling, NULL, FDK_INOTIFY_ATTRIB);
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_dont_follow(void)
{
    dont_follow_on(&fdk_tmpdir_fs_bases[0]);
    dont_follow_on(&fdk_tmpdir_fs_bases[1]);
}

/* ONLYDIR: -ENOTDIR for a file (also through a symlink) and nothing watched; a directory is fine. */
static void onlydir_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    int wd, count;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    ASSERT_EQ(mkdir(P(&d, "sub"), 0755), 0);
    ASSERT_EQ(symlink("f", P(&d, "to-file")), 0);
    ASSERT_EQ(symlink("sub", P(&d, "to-dir")), 0);
    in_open(&in, 0);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_ONLYDIR), ENOTDIR);
    ASSERT_ERR(fdk_inotify_add(in, P(&d, "to-file"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_ONLYDIR),
               ENOTDIR);
    fdinfo_watch(in.fd, 1, &count);
    ASSERT_EQ(count, 0);
    wd = fdk_inotify_add(in, P(&d, "sub"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_ONLYDIR);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(fdk_inotify_add(in, P(&d, "to-dir"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_ONLYDIR), wd);
    ASSERT_TRUE(fdk_inotify_add(in, d.path, FDK_INOTIFY_CREATE | FDK_INOTIFY_ONLYDIR) > 0);
    fdinfo_watch(in.fd, wd, &count);
    ASSERT_EQ(count, 2);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_onlydir(void)
{
    onlydir_on(&fdk_tmpdir_fs_bases[0]);
    onlydir_on(&fdk_tmpdir_fs_bases[1]);
}

int main(void)
{
    alarm(45);
    RUN(test_oneshot);
    RUN(test_excl_unlink);
    RUN(test_mask_create);
    RUN(test_mask_add);
    RUN(test_same_object_same_wd);
    RUN(test_dont_follow);
    RUN(test_onlydir);
    return 0;
}
