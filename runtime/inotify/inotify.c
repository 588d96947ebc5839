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
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

/*
 * What the handle remembers: the highest watch descriptor fdk_inotify_add()
 * returned, and the numbers below it that it never returned.  The kernel
 * hands descriptors out in increasing order from 1 (idr_alloc_cyclic) but
 * spends a number on an add it then refuses (max_user_watches reached), so
 * a refused add, or one made by other code on the same fd, leaves a gap.  A
 * descriptor the kernel no longer knows that is at most max_wd and in no gap
 * was a watch it has since dropped; anything else never existed.  Gaps are
 * kept as ranges (rare, so a short array); a mutex keeps them consistent
 * when watches are added from several threads.
 */
struct gap {
    int lo, hi; /* inclusive */
};

struct fdk__inotify_state {
    pthread_mutex_t lock;
    int max_wd;
    struct gap *gaps;
    size_t ngaps, cap;
};

static void free_state(struct fdk__inotify_state *st)
{
    if (!st)
        return;
    pthread_mutex_destroy(&st->lock);
    free(st->gaps);
    free(st);
}

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
    pthread_mutex_init(&st->lock, NULL);
    /* inotify_init1 never waits, so there is no EINTR to retry. */
    fd = inotify_init1(flags | IN_CLOEXEC);
    if (fd < 0) {
        r = FDK__NEG_ERRNO();
        free_state(st);
        return r;
    }
    out->fd = fd;
    out->state = st;
    return 0;
}

/* Record that this handle handed out wd. */
static void note_wd(const fdk_inotify in, int wd)
{
    struct fdk__inotify_state *st = in.state;
    size_t i;

    if (!st || wd <= 0)
        return;
    pthread_mutex_lock(&st->lock);
    if (wd > st->max_wd) {
        if (wd > st->max_wd + 1) { /* numbers skipped: never ours (unless a racing add reports them next) */
            if (st->ngaps == st->cap) {
                size_t cap = st->cap ? 2 * st->cap : 4;
                struct gap *g = realloc(st->gaps, cap * sizeof *g);
                if (g) {
                    st->gaps = g;
                    st->cap = cap;
                }
            }
            if (st->ngaps < st->cap) {
                st->gaps[st->ngaps].lo = st->max_wd + 1;
                st->gaps[st->ngaps].hi = wd - 1;
                st->ngaps++;
            } /* without memory the gap is forgotten: remove() then reports 0 there, the kernel's old answer */
        }
        st->max_wd = wd;
    } else {
        for (i = 0; i < st->ngaps; i++) { /* an add that raced ahead left this number in a gap */
            struct gap *g = &st->gaps[i];
            if (wd < g->lo || wd > g->hi)
                continue;
            if (g->lo == g->hi) {
                *g = st->gaps[--st->ngaps];
            } else if (wd == g->lo) {
                g->lo++;
            } else if (wd == g->hi) {
                g->hi--;
            } else if (st->ngaps < st->cap) {
                st->gaps[st->ngaps].lo = wd + 1;
                st->gaps[st->ngaps].hi = g->hi;
                st->ngaps++;
                g->hi = wd - 1;
            } else {
                g->hi = wd - 1; /* no room to split: forget the upper part */
            }
            break;
        }
    }
    pthread_mutex_unlock(&st->lock);
}

/* 1 if this handle handed out wd at some time. */
static int was_handed_out(const fdk_inotify in, int wd)
{
    struct fdk__inotify_state *st = in.state;
    int yes;
    size_t i;

    if (!st || wd <= 0)
        return 0;
    pthread_mutex_lock(&st->lock);
    yes = wd <= st->max_wd;
    for (i = 0; yes && i < st->ngaps; i++)
        if (wd >= st->gaps[i].lo && wd <= st->gaps[i].hi)
            yes = 0;
    pthread_mutex_unlock(&st->lock);
    return yes;
}

static int add_watch(fdk_inotify in, const char *path, uint32_t mask)
{
    int wd;

    wd = FDK__RETRY_EINTR(inotify_add_watch(in.fd, path, mask));
    if (wd < 0)
        return FDK__NEG_ERRNO();
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

/* "/proc/thread-self/fd/N": the calling thread's table, which may be its own (unshare(CLONE_FILES)). */
static void proc_fd_path(char *buf, size_t size, int fd)
{
    snprintf(buf, size, "/proc/thread-self/fd/%d", fd);
}

int fdk_inotify_add_at(fdk_inotify in, int dirfd, const char *path, uint32_t mask)
{
    char proc[sizeof "/proc/thread-self/fd/" + 12];
    int r, fd;

    r = fdk__inotify_add_at_validate(in, dirfd, path, mask);
    if (r < 0)
        return r;
    if (path[0] == '/' || (dirfd == AT_FDCWD && path[0] != '\0'))
        return add_watch(in, path, mask);
    if (dirfd == AT_FDCWD)
        return add_watch(in, ".", mask); /* "" with AT_FDCWD: the working directory */
    /*
     * inotify_add_watch has no *at form.  /proc/thread-self/fd/N is a link the
     * kernel follows to the open file itself (even if it was renamed), and
     * following it is the point, so DONT_FOLLOW never applies to it.  An
     * empty path watches dirfd's own object that way.  A relative path is
     * first resolved by openat(O_PATH) exactly as any *at call would
     * (O_NOFOLLOW for DONT_FOLLOW, so the link itself is what gets watched;
     * the same budget of 40 symbolic links), and the watch goes on what that
     * found.
     */
    if (path[0] == '\0') {
        proc_fd_path(proc, sizeof proc, dirfd);
        r = add_watch(in, proc, mask & ~(uint32_t)IN_DONT_FOLLOW);
        if (r == -ENOENT && fcntl(dirfd, F_GETFD) < 0)
            return -EBADF; /* the link is missing because dirfd is not open */
        return r;
    }
    fd = FDK__RETRY_EINTR(
        openat(dirfd, path, O_PATH | O_CLOEXEC | ((mask & IN_DONT_FOLLOW) ? O_NOFOLLOW : 0)));
    if (fd < 0)
        return FDK__NEG_ERRNO();
    proc_fd_path(proc, sizeof proc, fd);
    r = add_watch(in, proc, mask & ~(uint32_t)IN_DONT_FOLLOW);
    fdk__close_quietly(fd);
    return r;
}

int fdk_inotify_remove(fdk_inotify in, int wd)
{
    int r;

    if (in.fd < 0)
        return -EBADF;
    r = FDK__RETRY_EINTR(inotify_rm_watch(in.fd, wd));
    if (r == 0)
        return 0;
    r = FDK__NEG_ERRNO();
    /*
     * The kernel says EINVAL both for a descriptor it dropped itself (the
     * object was deleted or unmounted, or a ONESHOT watch fired) and for one
     * that never existed.  The first is a race every caller loses sometimes
     * and has nothing left to do; only the second is a bug worth reporting.
     */
    if (r == -EINVAL && was_handed_out(in, wd))
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
    free_state(h->state);
    h->state = NULL;
    fd = h->fd;
    if (fd < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: the descriptor is gone even when close reports EINTR. */
    if (close(fd) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_inotify_release(fdk_inotify *h)
{
    int fd;

    if (!h)
        return -EINVAL;
    free_state(h->state);
    h->state = NULL;
    fd = h->fd;
    h->fd = -1;
    return fd;
}
