/* SPDX-License-Identifier: MIT */
/*
 * A scratch directory for one test case: created with mkdtemp under /tmp,
 * held open as a directory fd (for the *at calls), removed with everything
 * in it at the end of the case.  Shared by the pipe/fifo/chardev/file
 * behaviour tests (tests/ is on every test's include path).
 */
#ifndef FDK_TMPDIR_H
#define FDK_TMPDIR_H

#include "fdk-test.h"

#include <ftw.h>
#include <stdio.h>
#include <sys/stat.h>

struct fdk_tmpdir {
    char path[64];
    int fd; /* O_DIRECTORY | O_CLOEXEC */
};

static inline void fdk_tmpdir_make(struct fdk_tmpdir *t)
{
    snprintf(t->path, sizeof t->path, "/tmp/fdkit-test-XXXXXX");
    if (!mkdtemp(t->path))
        fdk_test_fail(__FILE__, __LINE__, "mkdtemp: %s", strerror(errno));
    t->fd = open(t->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t->fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "open %s: %s", t->path, strerror(errno));
}

/* Absolute path of name inside the directory (a static buffer per call site is enough). */
static inline const char *fdk_tmpdir_at(const struct fdk_tmpdir *t, const char *name, char *buf,
                                        size_t size)
{
    if ((size_t)snprintf(buf, size, "%s/%s", t->path, name) >= size)
        fdk_test_fail(__FILE__, __LINE__, "path too long");
    return buf;
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
