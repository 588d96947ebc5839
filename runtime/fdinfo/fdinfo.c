/* SPDX-License-Identifier: MIT */
/*
 * /proc/PID/fdinfo/FD: read whole (any line length), the single-valued
 * lines decoded into struct fdk_fdinfo, the repeating ones (epoll
 * registrations, inotify watches, fanotify marks) and unknown ones handed
 * out line by line.  The text is the kernel's, but a parser must not trust
 * it: every number is bounded, every scan stays inside its line, and a line
 * that does not parse is passed on as text instead of failing the whole.
 *
 * The formats (fs/proc/fd.c, fs/eventfd.c, fs/timerfd.c, fs/signalfd.c,
 * fs/eventpoll.c, fs/notify/fdinfo.c, kernel/pid.c):
 *   pos:\t%lli  flags:\t0%o  mnt_id:\t%i  ino:\t%lu
 *   eventfd-count: %16llx  eventfd-id: %d  eventfd-semaphore: %d
 *   clockid: %d  ticks: %llu  settime flags: 0%o  it_value: (%llu, %llu)
 *   sigmask:\t%016llx
 *   Pid:\t%d  NSpid:\t%d\t%d...
 *   tfd: %8d events: %8x data: %16llx  pos:%lli ino:%lx sdev:%x
 *   inotify wd:%x ino:%lx sdev:%x mask:%x ignored_mask:%x ...
 *   fanotify flags:%x event-flags:%x
 *   fanotify ino:%lx sdev:%x mflags:%x mask:%x ignored_mask:%x ...
 *   fanotify mnt_id:%x mflags:%x mask:%x ignored_mask:%x
 *   fanotify sdev:%x mflags:%x mask:%x ignored_mask:%x
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* One line: [s, s + n), no newline. */
struct line {
    const char *s;
    size_t n;
};

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

static int digit_value(char c, int base)
{
    int v;

    if (c >= '0' && c <= '9')
        v = c - '0';
    else if (c >= 'a' && c <= 'f')
        v = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
        v = c - 'A' + 10;
    else
        return -1;
    return v < base ? v : -1;
}

/*
 * An unsigned number in base at [*at, end) after blanks; *at moves past it.
 * At least one digit, no overflow.
 */
static bool parse_u64(const char *s, size_t end, size_t *at, int base, uint64_t *ret)
{
    size_t i = *at;
    uint64_t v = 0;
    bool any = false;
    int d;

    while (i < end && is_blank(s[i]))
        i++;
    if (base == 16 && end - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
        i += 2;
    while (i < end && (d = digit_value(s[i], base)) >= 0) {
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
            return false; /* overflow */
        v = v * (uint64_t)base + (uint64_t)d;
        any = true;
        i++;
    }
    if (!any)
        return false;
    *at = i;
    *ret = v;
    return true;
}

/* A signed decimal within [min, max]. */
static bool parse_i64(const char *s, size_t end, size_t *at, int64_t min, int64_t max, int64_t *ret)
{
    size_t i = *at;
    bool neg = false;
    uint64_t u;

    while (i < end && is_blank(s[i]))
        i++;
    if (i < end && s[i] == '-') {
        neg = true;
        i++;
    }
    if (!parse_u64(s, end, &i, 10, &u))
        return false;
    if (neg ? u > (uint64_t)INT64_MAX + 1 : u > (uint64_t)INT64_MAX)
        return false;
    {
        int64_t v = neg ? (int64_t)(0 - u) : (int64_t)u;
        if (v < min || v > max)
            return false;
        *ret = v;
    }
    *at = i;
    return true;
}

static bool parse_int(const char *s, size_t end, size_t *at, int *ret)
{
    int64_t v;

    if (!parse_i64(s, end, at, INT_MIN, INT_MAX, &v))
        return false;
    *ret = (int)v;
    return true;
}

/* The line starts with key: *at is just past it. */
static bool starts(const struct line *l, const char *key, size_t *at)
{
    size_t k = strlen(key);

    if (l->n < k || memcmp(l->s, key, k) != 0)
        return false;
    *at = k;
    return true;
}

/*
 * Where the value of "key" starts in the line (*at), key (ending in ':')
 * starting the line or following a blank: so "mask:" is never found inside
 * "ignored_mask:".
 */
static bool find_key(const struct line *l, const char *key, size_t *at)
{
    size_t k = strlen(key), i;

    for (i = 0; i + k <= l->n; i++) {
        if ((i == 0 || is_blank(l->s[i - 1])) && memcmp(l->s + i, key, k) == 0) {
            *at = i + k;
            return true;
        }
    }
    return false;
}

/* The value of "key" somewhere in the line. */
static bool field_u64(const struct line *l, const char *key, int base, uint64_t *ret)
{
    size_t at;

    return find_key(l, key, &at) && parse_u64(l->s, l->n, &at, base, ret);
}

static bool field_u32(const struct line *l, const char *key, int base, uint32_t *ret)
{
    uint64_t v;

    if (!field_u64(l, key, base, &v) || v > UINT32_MAX)
        return false;
    *ret = (uint32_t)v;
    return true;
}

/*
 * An optional field: absent is 0 and true (older kernels wrote fewer
 * fields), present must parse.
 */
static bool field_opt(const struct line *l, const char *key, int base, uint64_t *ret)
{
    size_t at;

    if (!find_key(l, key, &at)) {
        *ret = 0;
        return true;
    }
    return parse_u64(l->s, l->n, &at, base, ret);
}

/* Nothing but blanks from at to the end of the line. */
static bool rest_blank(const struct line *l, size_t at)
{
    while (at < l->n && is_blank(l->s[at]))
        at++;
    return at == l->n;
}

/* "(SEC, NSEC)" */
static bool parse_pair(const struct line *l, size_t at, struct timespec *ts)
{
    uint64_t sec, nsec;

    while (at < l->n && is_blank(l->s[at]))
        at++;
    if (at >= l->n || l->s[at] != '(')
        return false;
    at++;
    if (!parse_u64(l->s, l->n, &at, 10, &sec) || at >= l->n || l->s[at] != ',')
        return false;
    at++;
    if (!parse_u64(l->s, l->n, &at, 10, &nsec) || at >= l->n || l->s[at] != ')')
        return false;
    if (sec > (uint64_t)INT64_MAX || nsec >= 1000000000u || !rest_blank(l, at + 1))
        return false;
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = (long)nsec;
    return true;
}

/*
 * A single-valued line decoded into *d; false when the line is not one of
 * them or does not parse (fdk_fdinfo_next then hands it out as text).
 */
static bool parse_scalar(const struct line *l, struct fdk_fdinfo *d)
{
    size_t at;
    uint64_t u;
    int v;

    if (starts(l, "pos:", &at)) {
        int64_t p;
        if (!parse_i64(l->s, l->n, &at, 0, INT64_MAX, &p) || !rest_blank(l, at))
            return false;
        d->pos = (uint64_t)p;
        d->have |= FDK_FDINFO_HAVE_POS;
        return true;
    }
    if (starts(l, "flags:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 8, &u) || u > INT_MAX || !rest_blank(l, at))
            return false;
        d->flags = (int)u;
        d->have |= FDK_FDINFO_HAVE_FLAGS;
        return true;
    }
    if (starts(l, "mnt_id:", &at)) {
        if (!parse_int(l->s, l->n, &at, &v) || !rest_blank(l, at))
            return false;
        d->mnt_id = v;
        d->have |= FDK_FDINFO_HAVE_MNT_ID;
        return true;
    }
    if (starts(l, "ino:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 10, &u) || !rest_blank(l, at))
            return false;
        d->ino = u;
        d->have |= FDK_FDINFO_HAVE_INO;
        return true;
    }
    if (starts(l, "eventfd-count:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 16, &u) || !rest_blank(l, at))
            return false;
        d->eventfd_count = u;
        d->have |= FDK_FDINFO_HAVE_EVENTFD;
        return true;
    }
    if (starts(l, "eventfd-id:", &at)) {
        if (!parse_int(l->s, l->n, &at, &v) || !rest_blank(l, at))
            return false;
        d->eventfd_id = v;
        return true;
    }
    if (starts(l, "eventfd-semaphore:", &at)) {
        if (!parse_int(l->s, l->n, &at, &v) || !rest_blank(l, at))
            return false;
        d->eventfd_semaphore = v != 0;
        return true;
    }
    if (starts(l, "clockid:", &at)) {
        if (!parse_int(l->s, l->n, &at, &v) || !rest_blank(l, at))
            return false;
        d->timerfd_clockid = v;
        d->have |= FDK_FDINFO_HAVE_TIMERFD;
        return true;
    }
    if (starts(l, "ticks:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 10, &u) || !rest_blank(l, at))
            return false;
        d->timerfd_ticks = u;
        return true;
    }
    if (starts(l, "settime flags:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 8, &u) || u > INT_MAX || !rest_blank(l, at))
            return false;
        d->timerfd_settime_flags = (int)u;
        return true;
    }
    if (starts(l, "it_value:", &at))
        return parse_pair(l, at, &d->timerfd_value);
    if (starts(l, "it_interval:", &at))
        return parse_pair(l, at, &d->timerfd_interval);
    if (starts(l, "sigmask:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 16, &u) || !rest_blank(l, at))
            return false;
        d->sigmask = u;
        d->have |= FDK_FDINFO_HAVE_SIGMASK;
        return true;
    }
    if (starts(l, "Pid:", &at)) {
        if (!parse_int(l->s, l->n, &at, &v) || !rest_blank(l, at))
            return false;
        d->pid = v;
        d->have |= FDK_FDINFO_HAVE_PID;
        return true;
    }
    if (starts(l, "NSpid:", &at)) {
        int ns[4], n = 0;
        while (!rest_blank(l, at)) {
            if (!parse_int(l->s, l->n, &at, &v))
                return false;
            if (n < 4)
                ns[n] = v;
            n++;
        }
        if (n > 4)
            n = 4; /* deeper nesting than the struct holds: the outermost four */
        memcpy(d->nspid, ns, (size_t)n * sizeof ns[0]);
        d->nspid_count = n;
        return true;
    }
    if (starts(l, "fanotify flags:", &at)) {
        uint32_t f, ef;
        if (!field_u32(l, "flags:", 16, &f) || !field_u32(l, "event-flags:", 16, &ef))
            return false;
        d->fanotify_flags = f;
        d->fanotify_event_flags = ef;
        d->have |= FDK_FDINFO_HAVE_FANOTIFY;
        return true;
    }
    return false;
}

/* A repeating line decoded into *e; false: not one, or it does not parse. */
static bool parse_entry(const struct line *l, struct fdk_fdinfo_entry *e)
{
    size_t at;
    uint64_t u;

    if (starts(l, "tfd:", &at)) {
        int64_t p = 0;
        uint64_t sdev;
        int tfd;
        size_t pat;
        /* pos, ino and sdev were added after the first layout (proc(5) still shows it): optional */
        if (!parse_int(l->s, l->n, &at, &tfd) || tfd < 0 || !field_u32(l, "events:", 16, &e->events) ||
            !field_u64(l, "data:", 16, &e->data) || !field_opt(l, "ino:", 16, &e->ino) ||
            !field_opt(l, "sdev:", 16, &sdev) || sdev > UINT32_MAX)
            return false;
        e->sdev = (uint32_t)sdev;
        /* pos is signed (%lli), and optional like ino and sdev */
        if (find_key(l, "pos:", &pat) && !parse_i64(l->s, l->n, &pat, INT64_MIN, INT64_MAX, &p))
            return false;
        e->tfd = tfd;
        e->target_pos = p;
        e->kind = FDK_FDINFO_ENTRY_EPOLL;
        return true;
    }
    if (starts(l, "inotify wd:", &at)) {
        if (!parse_u64(l->s, l->n, &at, 16, &u) || u > INT_MAX || !field_u64(l, "ino:", 16, &e->ino) ||
            !field_u32(l, "sdev:", 16, &e->sdev) || !field_u64(l, "mask:", 16, &e->mask) ||
            !field_u64(l, "ignored_mask:", 16, &e->ignored_mask))
            return false;
        e->wd = (int)u;
        e->kind = FDK_FDINFO_ENTRY_INOTIFY;
        return true;
    }
    if (starts(l, "fanotify ", &at)) {
        enum fdk_fdinfo_entry_kind k;
        if (starts(l, "fanotify ino:", &at)) {
            if (!field_u64(l, "ino:", 16, &e->ino) || !field_u32(l, "sdev:", 16, &e->sdev))
                return false;
            k = FDK_FDINFO_ENTRY_FANOTIFY_INODE;
        } else if (starts(l, "fanotify mnt_id:", &at)) {
            if (!parse_u64(l->s, l->n, &at, 16, &u) || u > INT_MAX)
                return false;
            e->mnt_id = (int)u;
            k = FDK_FDINFO_ENTRY_FANOTIFY_MOUNT;
        } else if (starts(l, "fanotify sdev:", &at)) {
            if (!field_u32(l, "sdev:", 16, &e->sdev))
                return false;
            k = FDK_FDINFO_ENTRY_FANOTIFY_FS;
        } else {
            return false;
        }
        if (!field_u32(l, "mflags:", 16, &e->mflags) || !field_u64(l, "mask:", 16, &e->mask) ||
            !field_u64(l, "ignored_mask:", 16, &e->ignored_mask))
            return false;
        e->kind = k;
        return true;
    }
    return false;
}

/* The line starting at pos of text (len bytes); the position after its newline. */
static size_t line_at(const char *text, size_t len, size_t pos, struct line *l)
{
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len;

    l->s = text + pos;
    l->n = end - pos;
    return nl ? end + 1 : end;
}

int fdk_fdinfo_parse(const void *text, size_t len, struct fdk_fdinfo *out)
{
    struct fdk_fdinfo d;
    size_t pos = 0;
    char *copy;
    int r;

    r = fdk__fdinfo_parse_validate(text, len, out);
    if (r < 0)
        return r;
    memset(&d, 0, sizeof d);
    d.eventfd_id = -1;
    d.eventfd_semaphore = -1;
    d.pid = -1;
    while (pos < len) {
        struct line l;
        pos = line_at(text, len, pos, &l);
        parse_scalar(&l, &d);
    }
    if (!(d.have & FDK_FDINFO_HAVE_POS) || !(d.have & FDK_FDINFO_HAVE_FLAGS))
        return -EIO; /* not an fdinfo file */
    copy = malloc(len + 1);
    if (!copy)
        return -ENOMEM;
    if (len)
        memcpy(copy, text, len);
    copy[len] = '\0';
    d.text = copy;
    d.text_len = len;
    *out = d;
    return 0;
}

int fdk_fdinfo_next(const struct fdk_fdinfo *info, size_t *pos, struct fdk_fdinfo_entry *entry)
{
    size_t at;
    int r;

    r = fdk__fdinfo_next_validate(info, pos, entry);
    if (r < 0)
        return r;
    at = *pos;
    if (at > info->text_len || (info->text_len > 0 && !info->text))
        return -EINVAL;
    while (at < info->text_len) {
        struct fdk_fdinfo scratch;
        struct fdk_fdinfo_entry e;
        struct line l;

        at = line_at(info->text, info->text_len, at, &l);
        memset(&scratch, 0, sizeof scratch);
        if (parse_scalar(&l, &scratch))
            continue; /* in struct fdk_fdinfo already */
        if (l.n == 0)
            continue;
        memset(&e, 0, sizeof e);
        if (!parse_entry(&l, &e)) {
            memset(&e, 0, sizeof e);
            e.kind = FDK_FDINFO_ENTRY_OTHER;
        }
        e.line = l.s;
        e.line_len = l.n;
        *entry = e;
        *pos = at;
        return 1;
    }
    *pos = at;
    return 0;
}

int fdk_fdinfo_free(struct fdk_fdinfo *info)
{
    int r = fdk__fdinfo_free_validate(info);

    if (r < 0 || !info)
        return r;
    free(info->text);
    info->text = NULL;
    info->text_len = 0;
    return 0;
}

int fdk_fdinfo_read(pid_t pid, int fd, struct fdk_fdinfo *out)
{
    char path[64];
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int pfd, r;

    r = fdk__fdinfo_read_validate(pid, fd, out);
    if (r < 0)
        return r;
    if (pid == 0)
        snprintf(path, sizeof path, "/proc/thread-self/fdinfo/%d", fd);
    else
        snprintf(path, sizeof path, "/proc/%ld/fdinfo/%d", (long)pid, fd);
    pfd = FDK__RETRY_EINTR(open(path, O_RDONLY | O_CLOEXEC));
    if (pfd < 0)
        return FDK__NEG_ERRNO();
    for (;;) {
        ssize_t n;
        if (cap - len < 512) {
            size_t ncap = cap ? cap * 2 : 1024;
            char *nb = realloc(buf, ncap);
            if (!nb) {
                r = -ENOMEM;
                goto out;
            }
            buf = nb;
            cap = ncap;
        }
        n = read(pfd, buf + len, cap - len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            r = FDK__NEG_ERRNO();
            goto out;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    r = fdk_fdinfo_parse(buf, len, out);
out:
    free(buf);
    fdk__close_quietly(pfd);
    return r;
}

int fdk_epoll_registrations(fdk_epoll ep, struct fdk_epoll_registration *regs, size_t max)
{
    struct fdk_fdinfo info;
    struct fdk_fdinfo_entry e;
    size_t pos = 0, n = 0;
    int r;

    r = fdk__epoll_registrations_validate(ep, regs, max);
    if (r < 0)
        return r;
    r = fdk_fd_kind(ep.fd);
    if (r < 0)
        return r;
    if (r != FDK_FD_KIND_EPOLL)
        return -EINVAL;
    r = fdk_fdinfo_read(0, ep.fd, &info);
    if (r < 0)
        return r;
    while (fdk_fdinfo_next(&info, &pos, &e) == 1) {
        if (e.kind != FDK_FDINFO_ENTRY_EPOLL)
            continue;
        if (n < max) {
            regs[n].fd = e.tfd;
            regs[n].events = e.events;
            regs[n].token = e.data;
        }
        if (n < INT_MAX)
            n++;
    }
    fdk_fdinfo_free(&info);
    return (int)n;
}
