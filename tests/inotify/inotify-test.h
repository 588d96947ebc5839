/* SPDX-License-Identifier: MIT */
/*
 * What the inotify behaviour tests share: scratch directories on the disk
 * (/tmp) and on tmpfs (/dev/shm), an instance opened and checked, a log of
 * decoded records (copied, since fdk_inotify_next points into the read
 * buffer) filled by reading everything queued, and questions about the log.
 *
 * Every record that goes into a log has been checked on the way: the name
 * is NULL with name_len 0 or a NUL-terminated string of name_len bytes, and
 * the bytes fdk_inotify_next consumed add up to the bytes the read returned.
 */
#ifndef FDK_INOTIFY_TEST_H
#define FDK_INOTIFY_TEST_H

#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <limits.h>
#include <linux/magic.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>

/* ---- scratch directories on two file systems ------------------------------ */

/* fdk_tmpdir_fs_bases (fdk-tmpdir.h); the directories are named fdkit-inotify-XXXXXX. */
static inline int dir_make_on(struct fdk_tmpdir *t, const struct fdk_tmpdir_fs *fs)
{
    return fdk_tmpdir_make_on(t, fs, "fdkit-inotify");
}

/* Absolute path of name in t (fdk_tmpdir_path: valid for FDK_TMPDIR_SLOTS calls). */
static inline const char *P(const struct fdk_tmpdir *t, const char *name)
{
    return fdk_tmpdir_path(t, name);
}

static inline void write_file(const char *path, const char *text)
{
    fdk_test_write_file(path, text);
}

/* ---- the instance ----------------------------------------------------------- */

static inline void in_open(fdk_inotify *in, int flags)
{
    ASSERT_OK(fdk_inotify_open(in, flags));
    ASSERT_TRUE(in->fd >= 0);
    ASSERT_TRUE(in->state != NULL);
    ASSERT_TRUE(fdk_test_is_cloexec(in->fd));
    ASSERT_EQ(fdk_test_is_nonblock(in->fd), (flags & FDK_INOTIFY_NONBLOCK) != 0);
}

static inline void in_close(fdk_inotify *in)
{
    int fd = in->fd;
    ASSERT_EQ(fdk_inotify_close(in), 0);
    ASSERT_EQ(in->fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
}

/* 1 if fd becomes readable within ms milliseconds. */
static inline int wait_readable(int fd, int ms)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
    do
        r = poll(&p, 1, ms);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        fdk_test_fail(__FILE__, __LINE__, "poll: %s", strerror(errno));
    return r == 1 && (p.revents & POLLIN);
}

/*
 * The watch wd as /proc/self/fdinfo shows it: its mask, or -1 when the
 * instance has no such watch.  *count (if not NULL) receives the number of
 * watches the instance holds.
 */
static inline long long fdinfo_watch(int fd, int wd, int *count)
{
    char path[64], line[512];
    long long mask = -1;
    int n = 0;
    FILE *f;

    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
    f = fopen(path, "re");
    if (!f)
        fdk_test_fail(__FILE__, __LINE__, "fopen %s: %s", path, strerror(errno));
    while (fgets(line, sizeof line, f)) {
        unsigned w, m;
        const char *mp;
        if (sscanf(line, "inotify wd:%x", &w) != 1)
            continue;
        n++;
        mp = strstr(line, " mask:");
        if (mp && sscanf(mp, " mask:%x", &m) == 1 && (int)w == wd)
            mask = m;
    }
    fclose(f);
    if (count)
        *count = n;
    return mask;
}

/* ---- the event log ------------------------------------------------------------ */

struct rec {
    int wd;
    uint32_t mask, cookie;
    int has_name;
    char name[NAME_MAX + 1];
};

struct evlog {
    struct rec *ev;
    size_t n, cap;
    size_t reads; /* reads that returned records */
};

static inline void evlog_free(struct evlog *l)
{
    free(l->ev);
    memset(l, 0, sizeof *l);
}

/* Check one decoded record and append a copy. */
static inline void evlog_add(struct evlog *l, const char *buf, size_t len,
                             const struct fdk_inotify_event *ev)
{
    struct rec *r;

    if (ev->name) {
        ASSERT_TRUE(ev->name > buf && ev->name < buf + len); /* inside this read's bytes */
        ASSERT_TRUE(ev->name_len > 0 && ev->name_len <= NAME_MAX);
        ASSERT_EQ_U64(ev->name_len, strlen(ev->name));
    } else {
        ASSERT_EQ_U64(ev->name_len, 0);
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 64;
        l->ev = realloc(l->ev, l->cap * sizeof *l->ev);
        ASSERT_TRUE(l->ev != NULL);
    }
    r = &l->ev[l->n++];
    r->wd = ev->wd;
    r->mask = ev->mask;
    r->cookie = ev->cookie;
    r->has_name = ev->name != NULL;
    if (ev->name)
        memcpy(r->name, ev->name, ev->name_len + 1);
    else
        r->name[0] = '\0';
}

/* Step through the n bytes of one read; returns the number of records. */
static inline size_t evlog_decode(struct evlog *l, const char *buf, size_t n)
{
    struct fdk_inotify_event ev;
    size_t pos = 0, count = 0, prev;
    int r;

    for (;;) {
        prev = pos;
        r = fdk_inotify_next(buf, n, &pos, &ev);
        if (r != 1)
            break;
        ASSERT_TRUE(pos > prev);
        ASSERT_TRUE(pos - prev >= sizeof(struct inotify_event));
        /* the record's own length field says how far pos moved */
        {
            struct inotify_event h;
            memcpy(&h, buf + prev, sizeof h);
            ASSERT_EQ_U64(pos - prev, sizeof h + h.len);
            ASSERT_EQ(h.wd, ev.wd);
            ASSERT_EQ_U64(h.mask, ev.mask);
            ASSERT_EQ_U64(h.cookie, ev.cookie);
            ASSERT_TRUE(ev.name ? h.len > ev.name_len : 1);
        }
        evlog_add(l, buf, n, &ev);
        count++;
    }
    ASSERT_EQ(r, 0);      /* the end, never -EBADMSG on the kernel's bytes */
    ASSERT_EQ_U64(pos, n); /* every byte read was consumed, no more */
    return count;
}

/* Read everything queued now (the instance may be blocking: poll first). */
static inline void drain(fdk_inotify in, struct evlog *l)
{
    static char buf[64 * 1024] __attribute__((aligned(8)));
    ssize_t n;

    while (wait_readable(in.fd, 0)) {
        n = fdk_inotify_read(in, buf, sizeof buf);
        ASSERT_OK(n);
        ASSERT_TRUE(n > 0);
        evlog_decode(l, buf, (size_t)n);
        l->reads++;
    }
}

static inline int rec_is(const struct rec *r, int wd, uint32_t mask, const char *name)
{
    if (r->wd != wd || r->mask != mask)
        return 0;
    if (!name)
        return !r->has_name;
    return r->has_name && strcmp(r->name, name) == 0;
}

/* Index of the first record at or after from with exactly wd, mask and name (NULL: none). */
static inline long ev_find(const struct evlog *l, size_t from, int wd, uint32_t mask,
                           const char *name)
{
    for (size_t i = from; i < l->n; i++)
        if (rec_is(&l->ev[i], wd, mask, name))
            return (long)i;
    return -1;
}

static inline size_t ev_count(const struct evlog *l, int wd, uint32_t mask, const char *name)
{
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++)
        k += rec_is(&l->ev[i], wd, mask, name);
    return k;
}

/* Records of wd naming name (NULL: records without a name) */
static inline size_t ev_count_named(const struct evlog *l, int wd, const char *name)
{
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        const struct rec *r = &l->ev[i];
        if (r->wd == wd && (name ? r->has_name && strcmp(r->name, name) == 0 : !r->has_name))
            k++;
    }
    return k;
}

static inline void evlog_dump(const struct evlog *l)
{
    char m[256];
    for (size_t i = 0; i < l->n; i++) {
        fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, l->ev[i].mask, m, sizeof m);
        fprintf(stderr, "  [%zu] wd=%d %s cookie=%u name=%s\n", i, l->ev[i].wd, m,
                l->ev[i].cookie, l->ev[i].has_name ? l->ev[i].name : "(none)");
    }
}

/* Fail, showing the log, unless the record (wd, mask, name) is at or after *from; move *from past it. */
#define EXPECT_NEXT(l, from, wd, mask, name)                                                       \
    do {                                                                                           \
        long fdk_i_ = ev_find((l), *(from), (wd), (mask), (name));                                 \
        if (fdk_i_ < 0) {                                                                          \
            evlog_dump(l);                                                                         \
            fdk_test_fail(__FILE__, __LINE__, "no record wd=%d mask=%s name=%s after [%zu]",      \
                          (int)(wd), #mask, (name) ? (const char *)(name) : "(none)", *(from));    \
        }                                                                                          \
        *(from) = (size_t)fdk_i_ + 1;                                                              \
    } while (0)

/* Fail, showing the log, unless the records of wd are exactly masks[0..k) in this order, unnamed. */
static inline void expect_exactly(const struct evlog *l, int wd, const uint32_t *masks, size_t k,
                                  const char *name, const char *file, int line)
{
    size_t j = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (l->ev[i].wd != wd)
            continue;
        if (j >= k || !rec_is(&l->ev[i], wd, masks[j], name)) {
            evlog_dump(l);
            fdk_test_fail(file, line, "wd %d: record [%zu] is not expectation #%zu", wd, i, j);
        }
        j++;
    }
    if (j != k) {
        evlog_dump(l);
        fdk_test_fail(file, line, "wd %d: %zu records, expected %zu", wd, j, k);
    }
}
#define EXPECT_EXACTLY(l, wd, name, ...)                                                           \
    do {                                                                                           \
        static const uint32_t fdk_m_[] = {__VA_ARGS__};                                            \
        expect_exactly((l), (wd), fdk_m_, sizeof fdk_m_ / sizeof fdk_m_[0], (name), __FILE__,      \
                       __LINE__);                                                                  \
    } while (0)

#endif /* FDK_INOTIFY_TEST_H */
