/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_remove(): 0 for a live watch (one IGNORED follows) and for a
 * watch the kernel already dropped (its file deleted, a ONESHOT fired, or
 * removed before), so a caller need not race the kernel; -EINVAL for a wd
 * this handle never handed out.  A handle made with fdk_inotify_adopt() (or
 * rebuilt from fdk_inotify_release()) has no record of what it handed out:
 * a dropped wd is -EINVAL there, a live one still 0.
 */
#include "inotify-test.h"

#include <sys/inotify.h>

/* A live watch: 0, one IGNORED; again: 0 (the handle handed it out), nothing more queued. */
static void test_remove_live_then_again(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_IGNORED);
    ASSERT_EQ_U64(l.n, 1);
    evlog_free(&l);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    drain(in, &l);
    ASSERT_EQ_U64(l.n, 0);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* The watched file is deleted: the kernel drops the watch (IGNORED read), remove says 0. */
static void dropped_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, wd_keep, count;

    if (!dir_make_on(&d, fs))
        return;
    write_file(P(&d, "f"), "x");
    write_file(P(&d, "keep"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ALL_EVENTS);
    wd_keep = fdk_inotify_add(in, P(&d, "keep"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0 && wd_keep > wd);
    ASSERT_EQ(unlink(P(&d, "f")), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB, FDK_INOTIFY_DELETE_SELF, FDK_INOTIFY_IGNORED);
    evlog_free(&l);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    drain(in, &l);
    ASSERT_EQ_U64(l.n, 0); /* no second IGNORED */
    /* the other watch was not touched */
    ASSERT_TRUE(fdinfo_watch(in.fd, wd_keep, &count) >= 0);
    ASSERT_EQ(count, 1);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_remove_after_kernel_drop(void)
{
    dropped_on(&fdk_tmpdir_fs_bases[0]);
    dropped_on(&fdk_tmpdir_fs_bases[1]);
}

/* A ONESHOT watch that fired is dropped too: remove says 0. */
static void test_remove_after_oneshot(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_ONESHOT);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    /* before reading the IGNORED, and after */
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB, FDK_INOTIFY_IGNORED);
    evlog_free(&l);
    ASSERT_EQ(fdk_inotify_remove(in, wd), 0);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* Descriptors never handed out are -EINVAL, and the live watch is untouched. */
static void test_remove_never_handed_out(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int wd, count;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    ASSERT_ERR(fdk_inotify_remove(in, 1), EINVAL); /* nothing handed out yet */
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    ASSERT_ERR(fdk_inotify_remove(in, 9999), EINVAL);
    ASSERT_ERR(fdk_inotify_remove(in, wd + 1), EINVAL);
    ASSERT_ERR(fdk_inotify_remove(in, 0), EINVAL);
    ASSERT_ERR(fdk_inotify_remove(in, -1), EINVAL);
    ASSERT_ERR(fdk_inotify_remove(in, -9999), EINVAL);
    ASSERT_TRUE(fdinfo_watch(in.fd, wd, &count) >= 0);
    ASSERT_EQ(count, 1);
    drain(in, &l);
    ASSERT_EQ_U64(l.n, 0); /* no IGNORED for anything */
    /* a wd another instance handed out means nothing to this one */
    {
        fdk_inotify other = FDK_HANDLE_INIT;
        int wd_other;
        in_open(&other, 0);
        ASSERT_EQ(fdk_inotify_add(other, d.path, FDK_INOTIFY_ATTRIB), 1);
        wd_other = fdk_inotify_add(other, P(&d, "f"), FDK_INOTIFY_ATTRIB);
        ASSERT_TRUE(wd_other > wd);
        ASSERT_ERR(fdk_inotify_remove(in, wd_other), EINVAL);
        in_close(&other);
    }
    fdk_inotify closed = {.fd = -1, .state = NULL};
    ASSERT_ERR(fdk_inotify_remove(closed, wd), EBADF);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* Adopted handles keep no record: a dropped wd is -EINVAL, a live one 0. */
static void adopted_case(int via_release)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    int fd, wd, wd_live;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    write_file(P(&d, "g"), "x");
    if (via_release) {
        fdk_inotify tmp = FDK_HANDLE_INIT;
        in_open(&tmp, FDK_INOTIFY_NONBLOCK);
        fd = fdk_inotify_release(&tmp);
        ASSERT_TRUE(fd >= 0);
        ASSERT_EQ(tmp.fd, -1);
        ASSERT_TRUE(tmp.state == NULL);
    } else {
        fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        ASSERT_TRUE(fd >= 0);
    }
    in = fdk_inotify_adopt(fd);
    ASSERT_EQ(in.fd, fd);
    ASSERT_TRUE(in.state == NULL);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ALL_EVENTS);
    wd_live = fdk_inotify_add(in, P(&d, "g"), FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0 && wd_live > wd);
    ASSERT_EQ(unlink(P(&d, "f")), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB, FDK_INOTIFY_DELETE_SELF, FDK_INOTIFY_IGNORED);
    evlog_free(&l);
    ASSERT_ERR(fdk_inotify_remove(in, wd), EINVAL);    /* dropped: no record to tell */
    ASSERT_ERR(fdk_inotify_remove(in, 9999), EINVAL);  /* never existed */
    ASSERT_EQ(fdk_inotify_remove(in, wd_live), 0);     /* live: removed */
    ASSERT_ERR(fdk_inotify_remove(in, wd_live), EINVAL);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd_live, NULL, FDK_INOTIFY_IGNORED);
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static void test_remove_adopted(void)
{
    adopted_case(0);
    adopted_case(1);
}

int main(void)
{
    alarm(45);
    RUN(test_remove_live_then_again);
    RUN(test_remove_after_kernel_drop);
    RUN(test_remove_after_oneshot);
    RUN(test_remove_never_handed_out);
    RUN(test_remove_adopted);
    return 0;
}
