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

/* The events about one top-level entry, to see what went wrong with it. */
static void dump_about(const struct tree_log *l, const char *path)
{
    size_t i, k = strcspn(path, "/");
    char m[128], f[128];
    for (i = 0; i < l->n; i++) {
        const char *p = l->ev[i].path, *o = l->ev[i].old_path ? l->ev[i].old_path : "";
        if ((strncmp(p, path, k) == 0 && (p[k] == '/' || !p[k])) || (strncmp(o, path, k) == 0 && o[0])) {
            fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, l->ev[i].mask, m, sizeof m);
            fdk_flags_format(FDK_FLAGSET_INOTIFY_TREE_EVENT, l->ev[i].flags, f, sizeof f);
            fprintf(stderr, "    #%zu %s [%s] %s%s%s\n", i, m, f, p, *o ? " <- " : "", o);
        }
    }
}

static void expect_once(const struct tree_log *l, const char *path, int *bad)
{
    size_t n = log_count(l, FDK_INOTIFY_CREATE, path);
    if (n != 1) {
        if (*bad < 10) {
            fprintf(stderr, "%s reported %zu times\n", path, n);
            dump_about(l, path);
        }
        (*bad)++;
    }
}

static void expect_either(const struct tree_log *l, int i, const char *file, int *bad)
{
    char r[64], s[64];
    size_t n;

    snprintf(r, sizeof r, "r%d/x/%s", i, file);
    snprintf(s, sizeof s, "s%d/x/%s", i, file);
    n = log_count(l, FDK_INOTIFY_CREATE, r) + log_count(l, FDK_INOTIFY_CREATE, s);
    if (n != 1) {
        fprintf(stderr, "%s reported %zu times under either name\n", s, n);
        dump_about(l, r);
        dump_about(l, s);
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
        /* Either name is right for either file, once: the tree reports an
           entry at the path it knows when it finds it.  pre may be found
           after the rename (under s), and post, made after it, may be found
           by reading a directory the tree opened as r before the rename's
           events arrived (then r/x/post comes first, the rename after it:
           the same story in the order the tree learnt it). */
        expect_either(&l, i, "pre", &bad);
        expect_either(&l, i, "post", &bad);
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
