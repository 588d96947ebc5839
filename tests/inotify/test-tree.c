/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_tree on real directories: paths relative to the root, new
 * directories at any depth, renames inside the tree, moves out and in, the
 * root going away, held-back events keeping the fd readable, overflow and
 * the watch limit.
 */
#include "tree-test.h"

#include <sched.h>
#include <stdio.h>
#include <sys/wait.h>

#define ISDIR FDK_INOTIFY_ISDIR
#define CREATE FDK_INOTIFY_CREATE

static fdk_inotify_tree *open_tree(const char *root, uint32_t mask)
{
    fdk_inotify_tree *t = NULL;
    ASSERT_OK(fdk_inotify_tree_new(&t, root, mask, FDK_INOTIFY_NONBLOCK));
    ASSERT_TRUE(t != NULL);
    return t;
}

/* Events below the root come with paths relative to it; the tree's fds are CLOEXEC. */
static void test_paths(void)
{
    struct fdk_tmpdir d;
    struct tree_log l = {0};
    fdk_inotify_tree *t;

    fdk_tmpdir_make(&d);
    mk_dir(&d, "old");
    t = open_tree(d.path, FDK_INOTIFY_CREATE | FDK_INOTIFY_DELETE | FDK_INOTIFY_CLOSE_WRITE);
    ASSERT_TRUE(fdk_test_is_cloexec(fdk_inotify_tree_fd(t)));
    ASSERT_EQ(watch_count(), 2); /* the root and old/ */
    mk_file(&d, "f");
    mk_file(&d, "old/g");
    ASSERT_EQ(unlinkat(d.fd, "f", 0), 0);
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, CREATE, "f"), 1);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_CLOSE_WRITE, "f"), 1);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_DELETE, "f"), 1);
    ASSERT_EQ(log_count(&l, CREATE, "old/g"), 1);
    ASSERT_TRUE(log_find(&l, CREATE, "f")->flags == 0); /* the kernel's own, not synthetic */
    ASSERT_EQ(l.n, 5);
    /* existing entries are not reported at start */
    ASSERT_TRUE(log_find(&l, CREATE | ISDIR, "old") == NULL);
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
    fdk_tmpdir_remove(&d);
}

/* A directory made and filled before the tree could watch it: everything is reported once. */
static void test_new_dir_contents_synthetic(void)
{
    struct fdk_tmpdir d;
    struct tree_log l = {0};
    fdk_inotify_tree *t;
    char rel[64];
    int i;

    fdk_tmpdir_make(&d);
    t = open_tree(d.path, FDK_INOTIFY_CREATE);
    /* all of it happens before the tree reads anything */
    mk_dir(&d, "a");
    mk_dir(&d, "a/b");
    mk_dir(&d, "a/b/c");
    for (i = 0; i < 20; i++) {
        snprintf(rel, sizeof rel, "a/b/c/f%d", i);
        mk_file(&d, rel);
    }
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, CREATE | ISDIR, "a"), 1);
    ASSERT_TRUE(log_find(&l, CREATE | ISDIR, "a")->flags == 0);
    ASSERT_EQ(log_count(&l, CREATE | ISDIR, "a/b"), 1);
    ASSERT_TRUE(log_find(&l, CREATE | ISDIR, "a/b")->flags & FDK_INOTIFY_TREE_SYNTHETIC);
    ASSERT_EQ(log_count(&l, CREATE | ISDIR, "a/b/c"), 1);
    for (i = 0; i < 20; i++) {
        snprintf(rel, sizeof rel, "a/b/c/f%d", i);
        ASSERT_EQ(log_count(&l, CREATE, rel), 1);
    }
    ASSERT_EQ(l.n, 23);
    ASSERT_EQ(watch_count(), 4);
    /* and the new directories are watched from now on */
    mk_file(&d, "a/b/c/later");
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, CREATE, "a/b/c/later"), 1);
    ASSERT_TRUE(log_find(&l, CREATE, "a/b/c/later")->flags == 0);
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
    fdk_tmpdir_remove(&d);
}

/* A renamed directory keeps its watches, and the paths below it follow. */
static void test_rename_inside(void)
{
    struct fdk_tmpdir d;
    struct tree_log l = {0};
    const struct logged *e;
    fdk_inotify_tree *t;

    fdk_tmpdir_make(&d);
    mk_dir(&d, "a");
    mk_dir(&d, "a/b");
    mk_dir(&d, "other");
    t = open_tree(d.path, FDK_INOTIFY_CREATE | FDK_INOTIFY_MOVE);
    ASSERT_EQ(renameat(d.fd, "a", d.fd, "other/renamed"), 0);
    mk_file(&d, "other/renamed/b/f");
    drain(t, &l, 50);
    e = log_find(&l, FDK_INOTIFY_MOVED_TO | ISDIR, "other/renamed");
    ASSERT_TRUE(e != NULL);
    ASSERT_TRUE(e->flags & FDK_INOTIFY_TREE_RENAME);
    ASSERT_STREQ(e->old_path, "a");
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_MOVED_FROM | ISDIR, "a"), 1);
    ASSERT_EQ(log_find(&l, FDK_INOTIFY_MOVED_FROM | ISDIR, "a")->cookie, e->cookie);
    ASSERT_EQ(log_count(&l, CREATE, "other/renamed/b/f"), 1);
    ASSERT_EQ(watch_count(), 4); /* nothing was dropped or added */
    /* a file renamed inside the tree says where it was too */
    ASSERT_EQ(renameat(d.fd, "other/renamed/b/f", d.fd, "g"), 0);
    drain(t, &l, 50);
    e = log_find(&l, FDK_INOTIFY_MOVED_TO, "g");
    ASSERT_TRUE(e != NULL && e->old_path != NULL);
    ASSERT_STREQ(e->old_path, "other/renamed/b/f");
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
    fdk_tmpdir_remove(&d);
}

/* A directory moved out stops being watched; one moved in is watched and read. */
static void test_move_out_and_in(void)
{
    struct fdk_tmpdir d, out;
    struct tree_log l = {0};
    fdk_inotify_tree *t;
    char from[256], to[256];

    fdk_tmpdir_make(&d);
    fdk_tmpdir_make(&out);
    mk_dir(&d, "leaving");
    mk_dir(&d, "leaving/deep");
    t = open_tree(d.path, FDK_INOTIFY_CREATE | FDK_INOTIFY_MOVE);
    ASSERT_EQ(watch_count(), 3);
    ASSERT_EQ(rename(fdk_tmpdir_at(&d, "leaving", from, sizeof from), fdk_tmpdir_at(&out, "gone", to, sizeof to)),
              0);
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_MOVED_FROM | ISDIR, "leaving"), 1);
    ASSERT_EQ(watch_count(), 1); /* only the root is left */
    mk_file(&out, "gone/deep/x");
    drain(t, &l, 50);
    ASSERT_EQ(l.n, 1); /* nothing from outside */

    mk_dir(&out, "coming");
    mk_dir(&out, "coming/sub");
    mk_file(&out, "coming/sub/y");
    ASSERT_EQ(rename(fdk_tmpdir_at(&out, "coming", from, sizeof from), fdk_tmpdir_at(&d, "arrived", to, sizeof to)),
              0);
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_MOVED_TO | ISDIR, "arrived"), 1);
    ASSERT_TRUE(log_find(&l, FDK_INOTIFY_MOVED_TO | ISDIR, "arrived")->old_path == NULL);
    ASSERT_EQ(log_count(&l, CREATE | ISDIR, "arrived/sub"), 1);
    ASSERT_EQ(log_count(&l, CREATE, "arrived/sub/y"), 1);
    ASSERT_TRUE(log_find(&l, CREATE, "arrived/sub/y")->flags & FDK_INOTIFY_TREE_SYNTHETIC);
    ASSERT_EQ(watch_count(), 3);
    ASSERT_OK(fdk_inotify_tree_free(t));
    ASSERT_EQ(watch_count(), 0);
    log_free(&l);
    fdk_tmpdir_remove(&out);
    fdk_tmpdir_remove(&d);
}

/* Deleted directories are dropped; the root going away ends the stream with 0. */
static void test_delete_and_end(void)
{
    struct fdk_tmpdir d;
    struct tree_log l = {0};
    struct fdk_inotify_tree_event ev;
    fdk_inotify_tree *t;

    fdk_tmpdir_make(&d);
    mk_dir(&d, "sub");
    t = open_tree(d.path, FDK_INOTIFY_DELETE | FDK_INOTIFY_DELETE_SELF);
    ASSERT_EQ(unlinkat(d.fd, "sub", AT_REMOVEDIR), 0);
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_DELETE | ISDIR, "sub"), 1);
    ASSERT_EQ(l.n, 1); /* sub's own DELETE_SELF is said by its parent's DELETE */
    ASSERT_EQ(watch_count(), 1);
    close(d.fd);
    d.fd = -1;
    ASSERT_EQ(rmdir(d.path), 0);
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_DELETE_SELF, ""), 1);
    ASSERT_TRUE(l.ended);
    ASSERT_EQ(fdk_inotify_tree_read(t, &ev, 1), 0); /* and stays ended */
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
}

/* Events held back because the caller's array was full keep the fd readable. */
static void test_held_back_events_poll(void)
{
    struct fdk_tmpdir d;
    struct fdk_inotify_tree_event ev[2];
    struct pollfd p;
    fdk_inotify_tree *t;
    char rel[32];
    int i, got = 0, r;

    fdk_tmpdir_make(&d);
    t = open_tree(d.path, FDK_INOTIFY_CREATE);
    p.fd = fdk_inotify_tree_fd(t);
    p.events = POLLIN;
    ASSERT_EQ(poll(&p, 1, 0), 0);
    ASSERT_ERR(fdk_inotify_tree_read(t, ev, 2), EAGAIN);
    for (i = 0; i < 5; i++) {
        snprintf(rel, sizeof rel, "f%d", i);
        mk_file(&d, rel);
    }
    ASSERT_EQ(poll(&p, 1, 1000), 1);
    ASSERT_EQ(fdk_inotify_tree_read(t, ev, 1), 1); /* takes all five from the kernel, returns one */
    ASSERT_STREQ(ev[0].path, "f0");
    got = 1;
    while (got < 5) {
        ASSERT_EQ(poll(&p, 1, 0), 1); /* nothing new from the kernel, yet readable */
        r = fdk_inotify_tree_read(t, ev, 2);
        ASSERT_TRUE(r >= 1);
        for (i = 0; i < r; i++) {
            snprintf(rel, sizeof rel, "f%d", got + i);
            ASSERT_STREQ(ev[i].path, rel); /* in order */
        }
        got += r;
    }
    ASSERT_EQ(got, 5);
    ASSERT_EQ(poll(&p, 1, 0), 0);
    ASSERT_OK(fdk_inotify_tree_free(t));
    fdk_tmpdir_remove(&d);
}

/* A lost queue becomes one RESCAN notice, and the tree keeps working after it. */
static void test_overflow_rescan(void)
{
    struct fdk_tmpdir d;
    struct tree_log l = {0};
    fdk_inotify_tree *t;
    FILE *f;
    int max = 0, i, fd;
    size_t k, rescans = 0;

    f = fopen("/proc/sys/fs/inotify/max_queued_events", "re");
    if (!f || fscanf(f, "%d", &max) != 1 || max <= 0 || max > 200000)
        fdk_test_skip("max_queued_events unreadable or too large to overflow quickly");
    fclose(f);
    fdk_tmpdir_make(&d);
    mk_dir(&d, "sub");
    t = open_tree(d.path, FDK_INOTIFY_OPEN | FDK_INOTIFY_CLOSE_NOWRITE | FDK_INOTIFY_CREATE);
    mk_file(&d, "sub/file");
    /* OPEN and CLOSE alternate, so the kernel cannot merge them */
    for (i = 0; i < max / 2 + 100; i++) {
        fd = openat(d.fd, "sub/file", O_RDONLY | O_CLOEXEC);
        ASSERT_TRUE(fd >= 0);
        close(fd);
    }
    mk_dir(&d, "made-during-overflow"); /* its CREATE is lost; the rescan watches it */
    drain(t, &l, 50);
    for (k = 0; k < l.n; k++)
        if (l.ev[k].flags & FDK_INOTIFY_TREE_RESCAN) {
            rescans++;
            ASSERT_EQ(l.ev[k].mask, 0);
            ASSERT_STREQ(l.ev[k].path, "");
        }
    ASSERT_EQ(rescans, 1);
    ASSERT_EQ(watch_count(), 3);
    mk_file(&d, "made-during-overflow/after");
    drain(t, &l, 50);
    ASSERT_EQ(log_count(&l, CREATE, "made-during-overflow/after"), 1);
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
    fdk_tmpdir_remove(&d);
}

/*
 * The watch limit is reported, not hidden: in a user namespace (where this
 * root may lower /proc/sys/user/max_inotify_watches for itself alone), a
 * tree of more directories than allowed gives LIMIT notices with -ENOSPC.
 */
static int limit_child(const char *root)
{
    struct tree_log l = {0};
    fdk_inotify_tree *t = NULL;
    size_t k, limits = 0;
    FILE *f;
    char map[64];

    snprintf(map, sizeof map, "0 %d 1", (int)getuid());
    if (unshare(CLONE_NEWUSER) != 0)
        return 77;
    f = fopen("/proc/self/setgroups", "we");
    if (f) {
        fputs("deny", f);
        fclose(f);
    }
    f = fopen("/proc/self/uid_map", "we");
    if (!f || fputs(map, f) < 0 || fclose(f) != 0)
        return 77;
    f = fopen("/proc/sys/user/max_inotify_watches", "we");
    if (!f || fputs("3", f) < 0 || fclose(f) != 0)
        return 77;
    if (fdk_inotify_tree_new(&t, root, FDK_INOTIFY_CREATE, FDK_INOTIFY_NONBLOCK) < 0)
        return 2;
    drain(t, &l, 20);
    for (k = 0; k < l.n; k++)
        if (l.ev[k].flags & FDK_INOTIFY_TREE_LIMIT) {
            if (l.ev[k].error != -ENOSPC || l.ev[k].mask != 0)
                return 3;
            limits++;
        }
    if (limits != 3 || watch_count() != 3) /* 6 directories, 3 watches */
        return 4;
    fdk_inotify_tree_free(t);
    log_free(&l);
    return 0;
}

static void test_watch_limit(void)
{
    struct fdk_tmpdir d;
    int status;
    pid_t pid;

    fdk_tmpdir_make(&d);
    mk_dir(&d, "a");
    mk_dir(&d, "b");
    mk_dir(&d, "c");
    mk_dir(&d, "d");
    mk_dir(&d, "e");
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(limit_child(d.path));
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    fdk_tmpdir_remove(&d);
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) == 77)
        fdk_test_skip("no user namespaces with a writable max_inotify_watches here");
    ASSERT_EQ(WEXITSTATUS(status), 0);
}

/* Bad arguments change nothing. */
static void test_bad_args(void)
{
    fdk_inotify_tree *t = (fdk_inotify_tree *)0x1;
    struct fdk_inotify_tree_event ev;

    ASSERT_ERR(fdk_inotify_tree_new(&t, "/", FDK_INOTIFY_EXCL_UNLINK, 0), EINVAL); /* no event */
    ASSERT_ERR(fdk_inotify_tree_new(&t, "/", FDK_INOTIFY_CREATE | FDK_INOTIFY_MASK_ADD, 0), EINVAL);
    ASSERT_ERR(fdk_inotify_tree_new(&t, "/", FDK_INOTIFY_CREATE | FDK_INOTIFY_ISDIR, 0), EINVAL);
    ASSERT_ERR(fdk_inotify_tree_new(&t, "/", FDK_INOTIFY_CREATE, 1), EINVAL);
    ASSERT_TRUE(t == (fdk_inotify_tree *)0x1);
    ASSERT_ERR(fdk_inotify_tree_read(NULL, &ev, 1), EINVAL);
    ASSERT_ERR(fdk_inotify_tree_fd(NULL), EINVAL);
    ASSERT_OK(fdk_inotify_tree_free(NULL));
}

/*
 * Opens, reads and closes of directories are not reported, whoever makes
 * them (the tree's own scans of new directories make them too), while the
 * same events on files still are.
 */
static void test_no_directory_reads(void)
{
    struct fdk_tmpdir d;
    struct tree_log l = {0};
    fdk_inotify_tree *t;
    const uint32_t dir_reads = FDK_INOTIFY_OPEN | FDK_INOTIFY_ACCESS | FDK_INOTIFY_CLOSE_NOWRITE;
    DIR *dp;
    char buf[4];
    int fd;
    size_t i;

    fdk_tmpdir_make(&d);
    mk_dir(&d, "old");
    mk_file(&d, "old/f");
    t = open_tree(d.path, FDK_INOTIFY_ALL_EVENTS);
    mk_dir(&d, "new"); /* the tree reads it: OPEN, ACCESS, CLOSE_NOWRITE on it */
    mk_file(&d, "new/g");
    dp = opendir(d.path); /* someone else lists the root and old/ */
    ASSERT_TRUE(dp != NULL);
    while (readdir(dp))
        ;
    closedir(dp);
    fd = openat(d.fd, "old/f", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(read(fd, buf, sizeof buf), 0);
    close(fd);
    drain(t, &l, 50);
    for (i = 0; i < l.n; i++)
        if ((l.ev[i].mask & ISDIR) && (l.ev[i].mask & dir_reads)) {
            log_dump(&l);
            ASSERT_TRUE(!"a directory's open, read or close was reported");
        }
    ASSERT_EQ(log_count(&l, CREATE | ISDIR, "new"), 1);
    ASSERT_EQ(log_count(&l, CREATE, "new/g"), 1);
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_OPEN, "old/f"), 1); /* a file's still are */
    ASSERT_EQ(log_count(&l, FDK_INOTIFY_CLOSE_NOWRITE, "old/f"), 1);
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_paths);
    RUN(test_no_directory_reads);
    RUN(test_new_dir_contents_synthetic);
    RUN(test_rename_inside);
    RUN(test_move_out_and_in);
    RUN(test_delete_and_end);
    RUN(test_held_back_events_poll);
    RUN(test_overflow_rescan);
    RUN(test_bad_args);
    RUN(test_watch_limit);
    return 0;
}
