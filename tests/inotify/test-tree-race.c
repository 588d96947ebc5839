/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_tree against writers that race it: `mkdir -p` twenty levels
 * deep with a file at every level, thousands of files made in directories
 * the tree has not seen yet, and watched directories renamed while files
 * appear in them.  Every file must be reported exactly once, at the path it
 * had when it was made, whether the kernel said so or the tree's own read
 * of a new directory did.
 */
#include "tree-test.h"

#include <pthread.h>
#include <stdio.h>

#define DEEP_ROUNDS 10
#define DEPTH 20
#define FRESH_DIRS 40
#define FILES_PER_DIR 100
#define RENAMES 30

static struct fdk_tmpdir dir;

static void *deep_writer(void *arg)
{
    char rel[512], file[600];
    int r, lv;

    (void)arg;
    for (r = 0; r < DEEP_ROUNDS; r++) {
        size_t len = (size_t)snprintf(rel, sizeof rel, "deep%d", r);
        mk_dir(&dir, rel);
        snprintf(file, sizeof file, "%s/f", rel);
        mk_file(&dir, file);
        for (lv = 1; lv < DEPTH; lv++) {
            len += (size_t)snprintf(rel + len, sizeof rel - len, "/l%d", lv);
            mk_dir(&dir, rel);
            snprintf(file, sizeof file, "%s/f", rel);
            mk_file(&dir, file);
        }
    }
    return NULL;
}

static void *fresh_writer(void *arg)
{
    char rel[64];
    int i, j;

    (void)arg;
    for (i = 0; i < FRESH_DIRS; i++) {
        snprintf(rel, sizeof rel, "fresh%d", i);
        mk_dir(&dir, rel);
        for (j = 0; j < FILES_PER_DIR; j++) {
            snprintf(rel, sizeof rel, "fresh%d/file%d", i, j);
            mk_file(&dir, rel);
        }
    }
    return NULL;
}

static void *rename_writer(void *arg)
{
    char a[64], b[64];
    int i;

    (void)arg;
    for (i = 0; i < RENAMES; i++) {
        snprintf(a, sizeof a, "r%d", i);
        mk_dir(&dir, a);
        snprintf(a, sizeof a, "r%d/x", i);
        mk_dir(&dir, a);
        snprintf(a, sizeof a, "r%d/x/pre", i);
        mk_file(&dir, a);
        snprintf(a, sizeof a, "r%d", i);
        snprintf(b, sizeof b, "s%d", i);
        if (renameat(dir.fd, a, dir.fd, b) != 0)
            fdk_test_fail(__FILE__, __LINE__, "rename %s: %s", a, strerror(errno));
        snprintf(b, sizeof b, "s%d/x/post", i);
        mk_file(&dir, b);
    }
    return NULL;
}

static void expect_once(const struct tree_log *l, const char *path, int *bad)
{
    size_t n = log_count(l, FDK_INOTIFY_CREATE, path);
    if (n != 1) {
        if (*bad < 10)
            fprintf(stderr, "%s reported %zu times\n", path, n);
        (*bad)++;
    }
}

static void test_racing_writers(void)
{
    struct tree_log l = {0};
    fdk_inotify_tree *t = NULL;
    pthread_t th[3];
    char rel[512], file[600];
    int i, j, r, lv, bad = 0;
    size_t k;

    fdk_tmpdir_make(&dir);
    ASSERT_OK(fdk_inotify_tree_new(&t, dir.path, FDK_INOTIFY_CREATE | FDK_INOTIFY_MOVE, FDK_INOTIFY_NONBLOCK));
    ASSERT_EQ(pthread_create(&th[0], NULL, deep_writer, NULL), 0);
    ASSERT_EQ(pthread_create(&th[1], NULL, fresh_writer, NULL), 0);
    ASSERT_EQ(pthread_create(&th[2], NULL, rename_writer, NULL), 0);
    /* read while they write: the interesting interleavings happen now */
    for (i = 0; i < 200; i++)
        drain(t, &l, 1);
    for (i = 0; i < 3; i++)
        ASSERT_EQ(pthread_join(th[i], NULL), 0);
    drain(t, &l, 100);

    for (k = 0; k < l.n; k++)
        ASSERT_TRUE(!(l.ev[k].flags & (FDK_INOTIFY_TREE_RESCAN | FDK_INOTIFY_TREE_LIMIT)));
    for (r = 0; r < DEEP_ROUNDS; r++) {
        size_t len = (size_t)snprintf(rel, sizeof rel, "deep%d", r);
        snprintf(file, sizeof file, "%s/f", rel);
        expect_once(&l, file, &bad);
        for (lv = 1; lv < DEPTH; lv++) {
            len += (size_t)snprintf(rel + len, sizeof rel - len, "/l%d", lv);
            if (log_count(&l, FDK_INOTIFY_CREATE | FDK_INOTIFY_ISDIR, rel) != 1)
                bad++;
            snprintf(file, sizeof file, "%s/f", rel);
            expect_once(&l, file, &bad);
        }
    }
    for (i = 0; i < FRESH_DIRS; i++)
        for (j = 0; j < FILES_PER_DIR; j++) {
            snprintf(rel, sizeof rel, "fresh%d/file%d", i, j);
            expect_once(&l, rel, &bad);
        }
    for (i = 0; i < RENAMES; i++) {
        const struct logged *e;
        /* made before the rename: under the old name, or under the new one
           when the tree found the directory only after it was renamed */
        snprintf(rel, sizeof rel, "r%d/x/pre", i);
        snprintf(file, sizeof file, "s%d/x/pre", i);
        if (log_count(&l, FDK_INOTIFY_CREATE, rel) + log_count(&l, FDK_INOTIFY_CREATE, file) != 1) {
            fprintf(stderr, "%s reported %zu + %zu times\n", rel, log_count(&l, FDK_INOTIFY_CREATE, rel),
                    log_count(&l, FDK_INOTIFY_CREATE, file));
            bad++;
        }
        snprintf(rel, sizeof rel, "s%d/x/post", i);
        expect_once(&l, rel, &bad);
        snprintf(rel, sizeof rel, "s%d", i);
        e = log_find(&l, FDK_INOTIFY_MOVED_TO | FDK_INOTIFY_ISDIR, rel);
        snprintf(file, sizeof file, "r%d", i);
        if (!e || !(e->flags & FDK_INOTIFY_TREE_RENAME) || !e->old_path || strcmp(e->old_path, file) != 0) {
            fprintf(stderr, "%s: no MOVED_TO from %s\n", rel, file);
            bad++;
        }
    }
    if (bad)
        fprintf(stderr, "%d problems in %zu events\n", bad, l.n);
    ASSERT_EQ(bad, 0);
    /* one watch per directory that is still in the tree: root, deep, fresh, s/x */
    ASSERT_EQ(watch_count(), 1 + DEEP_ROUNDS * DEPTH + FRESH_DIRS + 2 * RENAMES);
    ASSERT_OK(fdk_inotify_tree_free(t));
    log_free(&l);
    fdk_tmpdir_remove(&dir);
}

int main(void)
{
    alarm(45);
    RUN(test_racing_writers);
    return 0;
}
