/* SPDX-License-Identifier: MIT */
/*
 * What the tree-watcher tests share: a log of every event a tree reported
 * (copied, since the tree's strings live until the next read), drained
 * through the tree's pollable fd, and questions about the log.
 */
#ifndef FDK_TREE_TEST_H
#define FDK_TREE_TEST_H

#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <dirent.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

struct logged {
    uint32_t mask, flags, cookie;
    int error;
    char *path, *old_path;
};

struct tree_log {
    struct logged *ev;
    size_t n, cap;
    int ended; /* fdk_inotify_tree_read returned 0 */
};

static inline void log_add(struct tree_log *l, const struct fdk_inotify_tree_event *e)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 256;
        l->ev = realloc(l->ev, l->cap * sizeof *l->ev);
        ASSERT_TRUE(l->ev != NULL);
    }
    ASSERT_TRUE(e->path != NULL);
    ASSERT_EQ(e->path_len, strlen(e->path));
    l->ev[l->n].mask = e->mask;
    l->ev[l->n].flags = e->flags;
    l->ev[l->n].cookie = e->cookie;
    l->ev[l->n].error = e->error;
    l->ev[l->n].path = strdup(e->path);
    l->ev[l->n].old_path = e->old_path ? strdup(e->old_path) : NULL;
    l->n++;
}

static inline void log_free(struct tree_log *l)
{
    size_t i;
    for (i = 0; i < l->n; i++) {
        free(l->ev[i].path);
        free(l->ev[i].old_path);
    }
    free(l->ev);
    memset(l, 0, sizeof *l);
}

/*
 * Read everything the tree has, waiting on its fd until nothing arrives for
 * quiet_ms.  The tree must be non-blocking.  Small batches (max 7) so
 * events the tree holds back are exercised too.
 */
static inline void drain(fdk_inotify_tree *t, struct tree_log *l, int quiet_ms)
{
    struct fdk_inotify_tree_event evs[7];
    int fd = fdk_inotify_tree_fd(t), r, i;

    ASSERT_TRUE(fd >= 0);
    for (;;) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        r = poll(&p, 1, quiet_ms);
        if (r == 0)
            return;
        ASSERT_TRUE(r == 1);
        r = fdk_inotify_tree_read(t, evs, 7);
        if (r == -EAGAIN)
            continue; /* readable for a held-back move that settled into nothing */
        ASSERT_OK(r);
        if (r == 0) {
            l->ended = 1;
            return;
        }
        for (i = 0; i < r; i++)
            log_add(l, &evs[i]);
    }
}

/* How many events with this mask (exact, ISDIR included) and path. */
static inline size_t log_count(const struct tree_log *l, uint32_t mask, const char *path)
{
    size_t i, k = 0;
    for (i = 0; i < l->n; i++)
        if (l->ev[i].mask == mask && strcmp(l->ev[i].path, path) == 0)
            k++;
    return k;
}

/* The first event with this mask and path, or NULL. */
static inline const struct logged *log_find(const struct tree_log *l, uint32_t mask, const char *path)
{
    size_t i;
    for (i = 0; i < l->n; i++)
        if (l->ev[i].mask == mask && strcmp(l->ev[i].path, path) == 0)
            return &l->ev[i];
    return NULL;
}

static inline void log_dump(const struct tree_log *l)
{
    size_t i;
    char m[128], f[128];
    for (i = 0; i < l->n; i++) {
        fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, l->ev[i].mask, m, sizeof m);
        fdk_flags_format(FDK_FLAGSET_INOTIFY_TREE_EVENT, l->ev[i].flags, f, sizeof f);
        fprintf(stderr, "  %s [%s] %s%s%s\n", m, f, l->ev[i].path, l->ev[i].old_path ? " <- " : "",
                l->ev[i].old_path ? l->ev[i].old_path : "");
    }
}

/* mkdir/creat relative to a tmpdir, failing the test on error. */
static inline void mk_dir(const struct fdk_tmpdir *d, const char *rel)
{
    if (mkdirat(d->fd, rel, 0755) != 0)
        fdk_test_fail(__FILE__, __LINE__, "mkdir %s: %s", rel, strerror(errno));
}

static inline void mk_file(const struct fdk_tmpdir *d, const char *rel)
{
    int fd = openat(d->fd, rel, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "create %s: %s", rel, strerror(errno));
    close(fd);
}

/* Watches held by every inotify instance of this process (/proc/self/fdinfo). */
static inline int watch_count(void)
{
    char p[300], link[64], line[512];
    struct dirent *de;
    DIR *d = opendir("/proc/self/fd");
    int n = 0;

    ASSERT_TRUE(d != NULL);
    while ((de = readdir(d)) != NULL) {
        ssize_t k;
        FILE *f;
        snprintf(p, sizeof p, "/proc/self/fd/%s", de->d_name);
        k = readlink(p, link, sizeof link - 1);
        if (k < 0)
            continue;
        link[k] = '\0';
        if (strcmp(link, "anon_inode:inotify") != 0)
            continue;
        snprintf(p, sizeof p, "/proc/self/fdinfo/%s", de->d_name);
        f = fopen(p, "re");
        if (!f)
            continue;
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "inotify wd:", 11) == 0)
                n++;
        fclose(f);
    }
    closedir(d);
    return n;
}

#endif /* FDK_TREE_TEST_H */
