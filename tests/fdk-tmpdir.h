/* SPDX-License-Identifier: MIT */
/*
 * A scratch directory for one test case: created with mkdtemp under /tmp,
 * held open as a directory fd (for the *at calls), removed with everything
 * in it at the end of the case; and the path helpers around it (joining a
 * name to a directory, a bare mkdtemp, $TMPDIR, a directory on tmpfs,
 * writing a small file).  Shared by the behaviour tests (tests/ is on every
 * test's include path).
 */
#ifndef FDK_TMPDIR_H
#define FDK_TMPDIR_H

#include "fdk-test.h"

#include <ftw.h>
#include <limits.h>
#include <linux/magic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/vfs.h>

struct fdk_tmpdir {
    char path[64];
    int fd; /* O_DIRECTORY | O_CLOEXEC */
};

/* "<dir>/<name>" into buf; fails the test when it does not fit. */
static inline const char *fdk_test_path(char *buf, size_t size, const char *dir, const char *name)
{
    int n = snprintf(buf, size, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= size)
        fdk_test_fail(__FILE__, __LINE__, "path too long: %s/%s", dir, name);
    return buf;
}

/*
 * mkdtemp("<base>/<prefix>-XXXXXX") into buf: the path only (no fd, and
 * nothing removes it).  NULL with errno set on failure (path too long:
 * ENAMETOOLONG), so the caller chooses between failing and skipping.
 */
static inline char *fdk_test_mkdtemp(char *buf, size_t size, const char *base, const char *prefix)
{
    int n = snprintf(buf, size, "%s/%s-XXXXXX", base, prefix);
    if (n < 0 || (size_t)n >= size) {
        errno = ENAMETOOLONG;
        return NULL;
    }
    return mkdtemp(buf);
}

/* $TMPDIR when set and not empty, else /tmp. */
static inline const char *fdk_test_tmp_base(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

/* A scratch directory "<base>/<prefix>-XXXXXX", open as t->fd; fails the test on error. */
static inline void fdk_tmpdir_make_in(struct fdk_tmpdir *t, const char *base, const char *prefix)
{
    if (!fdk_test_mkdtemp(t->path, sizeof t->path, base, prefix))
        fdk_test_fail(__FILE__, __LINE__, "mkdtemp %s/%s-XXXXXX: %s", base, prefix,
                      strerror(errno));
    t->fd = open(t->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t->fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "open %s: %s", t->path, strerror(errno));
}

/* The usual one: /tmp/fdkit-test-XXXXXX. */
static inline void fdk_tmpdir_make(struct fdk_tmpdir *t)
{
    fdk_tmpdir_make_in(t, "/tmp", "fdkit-test");
}

/* Absolute path of name inside the directory (a static buffer per call site is enough). */
static inline const char *fdk_tmpdir_at(const struct fdk_tmpdir *t, const char *name, char *buf,
                                        size_t size)
{
    return fdk_test_path(buf, size, t->path, name);
}

/*
 * The same, in one of FDK_TMPDIR_SLOTS static buffers used in turn: a path
 * stays valid until that many more calls (enough for one statement's worth).
 */
#define FDK_TMPDIR_SLOTS 8
static inline const char *fdk_tmpdir_path(const struct fdk_tmpdir *t, const char *name)
{
    static char bufs[FDK_TMPDIR_SLOTS][PATH_MAX];
    static unsigned next;
    char *b = bufs[next++ % FDK_TMPDIR_SLOTS];
    return fdk_tmpdir_at(t, name, b, PATH_MAX);
}

/*
 * Scratch directories on two file systems, for behaviour that differs
 * between them (the inotify and fanotify tests): /tmp (disk, or whatever
 * it is; must work) and /dev/shm (tmpfs, or that half is not run).
 */
struct fdk_tmpdir_fs {
    const char *base;  /* where the scratch directory goes */
    const char *label; /* for messages */
    long magic;        /* required f_type, or 0 for any */
};

static const struct fdk_tmpdir_fs fdk_tmpdir_fs_bases[2] __attribute__((unused)) = {
    {"/tmp", "disk (/tmp)", 0},
    {"/dev/shm", "tmpfs (/dev/shm)", TMPFS_MAGIC},
};

/*
 * Make t under fs->base (named <prefix>-XXXXXX).  Returns 0, saying why,
 * when that file system is not the one asked for; a base that accepts any
 * file system must always work.
 */
static inline int fdk_tmpdir_make_on(struct fdk_tmpdir *t, const struct fdk_tmpdir_fs *fs,
                                     const char *prefix)
{
    struct statfs sf;

    if (statfs(fs->base, &sf) != 0 || (fs->magic && sf.f_type != fs->magic)) {
        if (!fs->magic)
            fdk_test_fail(__FILE__, __LINE__, "%s is not usable", fs->base);
        printf("# %s is not tmpfs here: its half of the case is not run\n", fs->base);
        return 0;
    }
    fdk_tmpdir_make_in(t, fs->base, prefix);
    return 1;
}

/* Create (or truncate) path holding text (NULL: empty); fails the test on error. */
static inline void fdk_test_write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "create %s: %s", path, strerror(errno));
    if (text && write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        fdk_test_fail(__FILE__, __LINE__, "write %s: %s", path, strerror(errno));
    if (close(fd) != 0)
        fdk_test_fail(__FILE__, __LINE__, "close %s: %s", path, strerror(errno));
}

static inline int fdk_tmpdir_rm_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DP)
        return rmdir(path) == 0 ? 0 : -1;
    return unlink(path) == 0 ? 0 : -1;
}

static inline void fdk_tmpdir_remove(struct fdk_tmpdir *t)
{
    if (t->fd >= 0)
        close(t->fd);
    t->fd = -1;
    if (nftw(t->path, fdk_tmpdir_rm_one, 8, FTW_DEPTH | FTW_PHYS) != 0)
        fdk_test_fail(__FILE__, __LINE__, "removing %s: %s", t->path, strerror(errno));
}

#endif /* FDK_TMPDIR_H */
