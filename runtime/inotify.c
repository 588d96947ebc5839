/* SPDX-License-Identifier: MIT */
/*
 * inotify: the instance with its small record of handed-out watch
 * descriptors, watches by path or relative to a directory fd, removal that
 * tolerates the kernel's own drops, and the MOVED_FROM/MOVED_TO pairing.
 * read and the record iterator fdk_inotify_next are generated.
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

/*
 * What the handle remembers: the highest watch descriptor fdk_inotify_add()
 * returned.  The kernel hands them out in increasing order from 1
 * (idr_alloc_cyclic), so a descriptor the kernel no longer knows but that is
 * at most this high was a watch it has since dropped, and one above it never
 * existed.  Updated with atomics: watches may be added from several threads.
 */
struct fdk__inotify_state {
    int max_wd;
};

int fdk_inotify_open(fdk_inotify *out, int flags)
{
    struct fdk__inotify_state *st;
    int fd, r;

    r = fdk__inotify_open_validate(out, flags);
    if (r < 0)
        return r;
    st = calloc(1, sizeof *st);
    if (!st)
        return -ENOMEM;
    /* inotify_init1 never waits, so there is no EINTR to retry. */
    fd = inotify_init1(flags | IN_CLOEXEC);
    if (fd < 0) {
        r = FDK__NERRNO();
        free(st);
        return r;
    }
    out->fd = fd;
    out->state = st;
    return 0;
}

static void note_wd(const fdk_inotify in, int wd)
{
    int seen;

    if (!in.state)
        return;
    seen = __atomic_load_n(&in.state->max_wd, __ATOMIC_RELAXED);
    while (wd > seen &&
           !__atomic_compare_exchange_n(&in.state->max_wd, &seen, wd, 1, __ATOMIC_RELAXED,
                                        __ATOMIC_RELAXED))
        ; /* seen now holds the other thread's value: try again if ours is higher */
}

static int add_watch(fdk_inotify in, const char *path, uint32_t mask)
{
    int wd;

    do
        wd = inotify_add_watch(in.fd, path, mask);
    while (wd < 0 && errno == EINTR);
    if (wd < 0)
        return FDK__NERRNO();
    note_wd(in, wd);
    return wd;
}

int fdk_inotify_add(fdk_inotify in, const char *path, uint32_t mask)
{
    int r = fdk__inotify_add_validate(in, path, mask);

    if (r < 0)
        return r;
    return add_watch(in, path, mask);
}

int fdk_inotify_add_at(fdk_inotify in, int dirfd, const char *path, uint32_t mask)
{
    char proc[PATH_MAX];
    int r, n;

    r = fdk__inotify_add_at_validate(in, dirfd, path, mask);
    if (r < 0)
        return r;
    if (path[0] == '/' || (dirfd == AT_FDCWD && path[0] != '\0'))
        return add_watch(in, path, mask);
    if (dirfd == AT_FDCWD)
        return add_watch(in, ".", mask); /* "" with AT_FDCWD: the working directory */
    /*
     * inotify_add_watch has no *at form.  /proc/self/fd/N names what dirfd
     * refers to (a magic link the kernel follows to the open file itself,
     * even if it was renamed or is not reachable by any path), and the rest
     * of the path is walked from there as openat would, so DONT_FOLLOW still
     * applies to path's last component only.  An empty path watches dirfd's
     * own object: the magic link is then the last component, and following
     * it is the point, so DONT_FOLLOW is dropped there.
     */
    if (path[0] == '\0') {
        n = snprintf(proc, sizeof proc, "/proc/self/fd/%d", dirfd);
        mask &= ~(uint32_t)IN_DONT_FOLLOW;
    } else {
        n = snprintf(proc, sizeof proc, "/proc/self/fd/%d/%s", dirfd, path);
    }
    if (n < 0 || (size_t)n >= sizeof proc)
        return -ENAMETOOLONG;
    r = add_watch(in, proc, mask);
    if (r == -ENOENT && fcntl(dirfd, F_GETFD) < 0)
        return -EBADF; /* /proc/self/fd/N is missing because dirfd is not open */
    return r;
}

int fdk_inotify_remove(fdk_inotify in, int wd)
{
    int r;

    if (in.fd < 0)
        return -EBADF;
    do
        r = inotify_rm_watch(in.fd, wd);
    while (r < 0 && errno == EINTR);
    if (r == 0)
        return 0;
    r = FDK__NERRNO();
    /*
     * The kernel says EINVAL both for a descriptor it dropped itself (the
     * object was deleted or unmounted, or a ONESHOT watch fired) and for one
     * that never existed.  The first is a race every caller loses sometimes
     * and has nothing left to do; only the second is a bug worth reporting.
     */
    if (r == -EINVAL && in.state && wd > 0 && wd <= __atomic_load_n(&in.state->max_wd, __ATOMIC_RELAXED))
        return 0;
    return r;
}

int fdk_inotify_match_move(const void *buf, size_t len, size_t pos, uint32_t cookie,
                           struct fdk_inotify_event *ret_to)
{
    struct fdk_inotify_event ev;
    size_t at = pos;
    int r;

    if ((!buf && len > 0) || pos > len || cookie == 0)
        return -EINVAL;
    while ((r = fdk_inotify_next(buf, len, &at, &ev)) > 0) {
        if ((ev.mask & IN_MOVED_TO) && ev.cookie == cookie) {
            if (ret_to)
                *ret_to = ev;
            return 1;
        }
    }
    return r; /* 0: not in this buffer; -EBADMSG: a broken record on the way */
}

int fdk_inotify_close(fdk_inotify *h)
{
    int fd;

    if (!h)
        return -EINVAL;
    free(h->state);
    h->state = NULL;
    fd = h->fd;
    if (fd < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: the descriptor is gone even when close reports EINTR. */
    if (close(fd) < 0 && errno != EINTR)
        return FDK__NERRNO();
    return 0;
}

int fdk_inotify_release(fdk_inotify *h)
{
    int fd;

    if (!h)
        return -EINVAL;
    free(h->state);
    h->state = NULL;
    fd = h->fd;
    h->fd = -1;
    return fd;
}
