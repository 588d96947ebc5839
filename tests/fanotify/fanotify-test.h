/* SPDX-License-Identifier: MIT */
/*
 * What the independent fanotify behaviour tests (test-*.c) share.  They
 * are written from the public header (fdkit/fanotify.h, fanotify-types.h),
 * the kernel's uapi header and the man pages, not from the implementation.
 *
 *  - scratch directories on the disk (/tmp) and on tmpfs (/dev/shm);
 *  - a group opened and checked (CLOEXEC always, NONBLOCK as asked);
 *  - a log of decoded events, copied out of the read buffer (fid handles and
 *    names included), filled by reading everything queued; on the way every
 *    pointer fdk_fanotify_next() hands out is checked to lie in the bytes of
 *    that read, and the records must add up to exactly the bytes read;
 *  - the file id name_to_handle_at()/statfs() give for a path, to compare.
 */
#ifndef FDK_FANOTIFY_IND_TEST_H
#define FDK_FANOTIFY_IND_TEST_H

#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <limits.h>
#include <linux/magic.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>

#include <fdkit/fanotify.h>

/* ---- scratch directories on two file systems ------------------------------ */

/* fdk_tmpdir_fs_bases (fdk-tmpdir.h); the directories are named fdkit-fanotify-XXXXXX. */
static inline int dir_make_on(struct fdk_tmpdir *t, const struct fdk_tmpdir_fs *fs)
{
    return fdk_tmpdir_make_on(t, fs, "fdkit-fanotify");
}

static inline const char *P(const struct fdk_tmpdir *t, const char *name)
{
    return fdk_tmpdir_path(t, name);
}

static inline void write_file(const char *path, const char *text)
{
    fdk_test_write_file(path, text);
}

static inline void need_root(void)
{
    if (geteuid() != 0)
        fdk_test_skip("needs root (CAP_SYS_ADMIN) for fanotify groups that report descriptors");
}

/* ---- the group ----------------------------------------------------------- */

/* Open a group, or skip when fanotify itself is missing. */
static inline void fan_open(fdk_fanotify *f, unsigned flags, unsigned ef)
{
    int r = fdk_fanotify_open(f, flags, ef);
    if (r == -ENOSYS)
        fdk_test_skip("kernel without fanotify");
    if (r == -EPERM && geteuid() != 0)
        fdk_test_skip("not privileged for fanotify");
    if (r < 0)
        fdk_test_fail(__FILE__, __LINE__, "fdk_fanotify_open(%#x, %#x) = %d (%s)", flags, ef, r,
                      fdk_errno_name(r));
    ASSERT_TRUE(f->fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(f->fd));
    ASSERT_EQ(fdk_test_is_nonblock(f->fd), (flags & FDK_FANOTIFY_NONBLOCK) != 0);
}

static inline void fan_close(fdk_fanotify *f)
{
    int fd = f->fd;
    ASSERT_EQ(fdk_fanotify_close(f), 0);
    ASSERT_EQ(f->fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
}

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

/* ---- file ids ------------------------------------------------------------- */

#define FIDC_MAX 128
struct fidc {
    int present;
    int32_t fsid[2];
    int type;
    uint32_t bytes;
    unsigned char handle[FIDC_MAX];
    int has_name;
    size_t name_len;
    char name[NAME_MAX + 2];
};

/* The file id of path as name_to_handle_at() (flags: 0 or AT_SYMLINK_FOLLOW...) and statfs see it. */
static inline void fid_of(const char *path, int at_flags, struct fidc *out)
{
    union {
        struct file_handle fh;
        unsigned char raw[sizeof(struct file_handle) + MAX_HANDLE_SZ];
    } u;
    struct statfs sf;
    int mnt;

    memset(out, 0, sizeof *out);
    u.fh.handle_bytes = MAX_HANDLE_SZ;
    if (name_to_handle_at(AT_FDCWD, path, &u.fh, &mnt, at_flags) != 0)
        fdk_test_fail(__FILE__, __LINE__, "name_to_handle_at %s: %s", path, strerror(errno));
    if (statfs(path, &sf) != 0)
        fdk_test_fail(__FILE__, __LINE__, "statfs %s: %s", path, strerror(errno));
    ASSERT_TRUE(u.fh.handle_bytes <= FIDC_MAX);
    out->present = 1;
    memcpy(out->fsid, &sf.f_fsid, sizeof out->fsid);
    out->type = u.fh.handle_type;
    out->bytes = u.fh.handle_bytes;
    memcpy(out->handle, u.fh.f_handle, u.fh.handle_bytes);
}

/* 1 if the event's id (copied) names the same object as want (name ignored). */
static inline int fid_same(const struct fidc *got, const struct fidc *want)
{
    return got->present && want->present && got->fsid[0] == want->fsid[0] &&
           got->fsid[1] == want->fsid[1] && got->type == want->type &&
           got->bytes == want->bytes && memcmp(got->handle, want->handle, got->bytes) == 0;
}

/* Copy a decoded id, checking that its pointers lie in buf[0, len). */
static inline void fid_copy(struct fidc *dst, const struct fdk_fanotify_fid *src, const char *buf,
                            size_t len, int named)
{
    memset(dst, 0, sizeof *dst);
    if (!src->handle) {
        /* absent: all zero */
        ASSERT_EQ(src->handle_bytes, 0);
        ASSERT_TRUE(src->name == NULL);
        ASSERT_EQ_U64(src->name_len, 0);
        return;
    }
    ASSERT_TRUE((const char *)src->handle >= buf);
    ASSERT_TRUE((const char *)src->handle + src->handle_bytes <= buf + len);
    ASSERT_TRUE(src->handle_bytes <= FIDC_MAX);
    dst->present = 1;
    dst->fsid[0] = src->fsid[0];
    dst->fsid[1] = src->fsid[1];
    dst->type = src->handle_type;
    dst->bytes = src->handle_bytes;
    memcpy(dst->handle, src->handle, src->handle_bytes);
    if (named) {
        ASSERT_TRUE(src->name != NULL);
    }
    if (src->name) {
        ASSERT_TRUE(src->name >= buf && src->name + src->name_len < buf + len);
        ASSERT_EQ_U64(strlen(src->name), src->name_len);
        ASSERT_TRUE(src->name_len <= NAME_MAX);
        dst->has_name = 1;
        dst->name_len = src->name_len;
        memcpy(dst->name, src->name, src->name_len + 1);
    } else {
        ASSERT_EQ_U64(src->name_len, 0);
    }
}

/* ---- the event log --------------------------------------------------------- */

struct frec {
    uint64_t mask;
    int fd, pid, pidfd;
    uint32_t info;
    struct fidc fid, dfid, old_dfid, new_dfid;
    int error;
    uint32_t error_count;
    size_t read_no; /* which read it came from */
};

struct flog {
    struct frec *ev;
    size_t n, cap;
    size_t reads;
};

/* Decode one read's bytes into the log; fds stay open (the log owns them). */
static inline void flog_add_buf(struct flog *l, const char *buf, size_t len)
{
    size_t pos = 0, consumed = 0;
    struct fdk_fanotify_event ev;
    int r;

    while ((r = fdk_fanotify_next(buf, len, &pos, &ev)) == 1) {
        struct frec *x;
        ASSERT_TRUE(pos > consumed && pos <= len);
        consumed = pos;
        if (l->n == l->cap) {
            l->cap = l->cap ? 2 * l->cap : 64;
            l->ev = realloc(l->ev, l->cap * sizeof *l->ev);
            ASSERT_TRUE(l->ev != NULL);
        }
        x = &l->ev[l->n++];
        memset(x, 0, sizeof *x);
        x->mask = ev.mask;
        x->fd = ev.fd;
        x->pid = ev.pid;
        x->pidfd = ev.pidfd;
        x->info = ev.info;
        x->error = ev.error;
        x->error_count = ev.error_count;
        x->read_no = l->reads;
        fid_copy(&x->fid, &ev.fid, buf, len, 0);
        fid_copy(&x->dfid, &ev.dfid, buf, len, (ev.info & FDK_FANOTIFY_INFO_DFID_NAME) != 0);
        fid_copy(&x->old_dfid, &ev.old_dfid, buf, len, 0);
        fid_copy(&x->new_dfid, &ev.new_dfid, buf, len, 0);
        /* info bits and the records agree */
        ASSERT_EQ(x->fid.present, (ev.info & FDK_FANOTIFY_INFO_FID) != 0);
        ASSERT_EQ(x->old_dfid.present, (ev.info & FDK_FANOTIFY_INFO_OLD_DFID_NAME) != 0);
        ASSERT_EQ(x->new_dfid.present, (ev.info & FDK_FANOTIFY_INFO_NEW_DFID_NAME) != 0);
        ASSERT_EQ(x->dfid.present,
                  (ev.info & (FDK_FANOTIFY_INFO_DFID | FDK_FANOTIFY_INFO_DFID_NAME)) != 0);
        if (ev.info & FDK_FANOTIFY_INFO_DFID)
            ASSERT_TRUE(!x->dfid.has_name);
        if (!(ev.info & FDK_FANOTIFY_INFO_PIDFD))
            ASSERT_EQ(ev.pidfd, -1);
    }
    if (r != 0)
        fdk_test_fail(__FILE__, __LINE__, "fdk_fanotify_next on kernel bytes = %d (%s) at %zu/%zu",
                      r, fdk_errno_name(r), pos, len);
    ASSERT_EQ_U64(consumed, len);
    ASSERT_EQ_U64(pos, len);
    l->reads++;
}

/* Read everything queued on a non-blocking group into the log. */
static inline void drain(fdk_fanotify f, struct flog *l)
{
    static char buf[65536] __attribute__((aligned(8)));
    for (;;) {
        ssize_t n = fdk_fanotify_read(f, buf, sizeof buf);
        if (n == -EAGAIN)
            return;
        if (n < 0)
            fdk_test_fail(__FILE__, __LINE__, "fdk_fanotify_read = %zd (%s)", n,
                          fdk_errno_name((int)n));
        ASSERT_TRUE(n > 0);
        flog_add_buf(l, buf, (size_t)n);
    }
}

/* Close every descriptor the log holds (event fds and pidfds). */
static inline void flog_close_fds(struct flog *l)
{
    for (size_t i = 0; i < l->n; i++) {
        if (l->ev[i].fd >= 0)
            ASSERT_EQ(close(l->ev[i].fd), 0);
        if (l->ev[i].pidfd >= 0)
            ASSERT_EQ(close(l->ev[i].pidfd), 0);
        l->ev[i].fd = l->ev[i].pidfd = -1;
    }
}

static inline void flog_free(struct flog *l)
{
    flog_close_fds(l);
    free(l->ev);
    memset(l, 0, sizeof *l);
}

static inline void flog_dump(const struct flog *l)
{
    char m[512];
    for (size_t i = 0; i < l->n; i++) {
        const struct frec *x = &l->ev[i];
        fdk_flags_format(FDK_FLAGSET_FANOTIFY_MASK, x->mask, m, sizeof m);
        fprintf(stderr, "  [%zu] mask=%s fd=%d pid=%d info=%#x fid=%d dfid=%d(%s) old=%s new=%s\n",
                i, m, x->fd, x->pid, x->info, x->fid.present, x->dfid.present,
                x->dfid.has_name ? x->dfid.name : "-",
                x->old_dfid.has_name ? x->old_dfid.name : "-",
                x->new_dfid.has_name ? x->new_dfid.name : "-");
    }
}

/* First record at or after from whose mask has all of bits (and whose dfid name is name, if given). */
static inline long flog_find(const struct flog *l, size_t from, uint64_t bits, const char *name)
{
    for (size_t i = from; i < l->n; i++) {
        const struct frec *x = &l->ev[i];
        if ((x->mask & bits) != bits)
            continue;
        if (name && !(x->dfid.has_name && strcmp(x->dfid.name, name) == 0))
            continue;
        return (long)i;
    }
    return -1;
}

#define FIND(l, bits, name)                                                                        \
    ({                                                                                             \
        long fdk_i_ = flog_find((l), 0, (bits), (name));                                           \
        if (fdk_i_ < 0) {                                                                          \
            flog_dump(l);                                                                          \
            fdk_test_fail(__FILE__, __LINE__, "no event with %s name=%s", #bits,                   \
                          (name) ? (const char *)(name) : "(any)");                                \
        }                                                                                          \
        &(l)->ev[fdk_i_];                                                                          \
    })

#define ASSERT_FID(got, want)                                                                      \
    do {                                                                                           \
        if (!fid_same((got), (want)))                                                              \
            fdk_test_fail(__FILE__, __LINE__,                                                      \
                          "file id %s (present %d type %d bytes %u fsid %d:%d) != %s (type %d "   \
                          "bytes %u fsid %d:%d)",                                                  \
                          #got, (got)->present, (got)->type, (got)->bytes, (got)->fsid[0],        \
                          (got)->fsid[1], #want, (want)->type, (want)->bytes, (want)->fsid[0],    \
                          (want)->fsid[1]);                                                        \
    } while (0)

/* ---- children -------------------------------------------------------------- */

/* Wait for pid; its exit status, or 1000 + signal. */
static inline int child_wait(pid_t pid)
{
    int st;
    pid_t r;
    do
        r = waitpid(pid, &st, 0);
    while (r < 0 && errno == EINTR);
    if (r != pid)
        fdk_test_fail(__FILE__, __LINE__, "waitpid: %s", strerror(errno));
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 1000 + WTERMSIG(st);
}

/* 1 if pid is still running after ms milliseconds (not reaped then). */
static inline int child_still_running(pid_t pid, int ms)
{
    int st;
    usleep((useconds_t)ms * 1000);
    return waitpid(pid, &st, WNOHANG) == 0;
}

/* ---- hand-made event buffers ------------------------------------------------ */

struct bb {
    unsigned char b[8192] __attribute__((aligned(8)));
    size_t n;
};

static inline void bb_put(struct bb *x, const void *p, size_t k)
{
    ASSERT_TRUE(x->n + k <= sizeof x->b);
    memcpy(x->b + x->n, p, k);
    x->n += k;
}

static inline void bb_pad4(struct bb *x)
{
    static const unsigned char z[4];
    bb_put(x, z, (4 - x->n % 4) % 4);
}

/* Start a record (event_len patched by bb_end); returns its offset. */
static inline size_t bb_meta(struct bb *x, uint64_t mask, int fd, int pid)
{
    struct fanotify_event_metadata m;
    size_t at = x->n;
    memset(&m, 0, sizeof m);
    m.vers = FANOTIFY_METADATA_VERSION;
    m.metadata_len = sizeof m;
    m.mask = mask;
    m.fd = fd;
    m.pid = pid;
    bb_put(x, &m, sizeof m);
    return at;
}

static inline void bb_end(struct bb *x, size_t at)
{
    uint32_t len = (uint32_t)(x->n - at);
    memcpy(x->b + at, &len, 4);
}

/* An info record header: type, then len patched by bb_info_end. */
static inline size_t bb_info(struct bb *x, int type)
{
    struct fanotify_event_info_header h = {(uint8_t)type, 0, 0};
    size_t at = x->n;
    bb_put(x, &h, sizeof h);
    return at;
}

static inline void bb_info_end(struct bb *x, size_t at)
{
    uint16_t len = (uint16_t)(x->n - at);
    memcpy(x->b + at + 2, &len, 2);
}

/* A FID / DFID / DFID_NAME record: fsid, struct file_handle, handle, [name NUL], padded to 4. */
static inline size_t bb_fid(struct bb *x, int type, int32_t f0, int32_t f1, int htype,
                            const unsigned char *h, uint32_t hb, const char *name)
{
    size_t at = bb_info(x, type);
    int32_t fsid[2] = {f0, f1};
    bb_put(x, fsid, sizeof fsid);
    bb_put(x, &hb, 4);
    bb_put(x, &htype, 4);
    bb_put(x, h, hb);
    if (name)
        bb_put(x, name, strlen(name) + 1);
    bb_pad4(x);
    bb_info_end(x, at);
    return at;
}

static inline size_t bb_pidfd(struct bb *x, int pidfd)
{
    size_t at = bb_info(x, FAN_EVENT_INFO_TYPE_PIDFD);
    bb_put(x, &pidfd, 4);
    bb_info_end(x, at);
    return at;
}

/* ---- permission events: a child blocked in open(2) ------------------------ */

struct perm {
    struct fdk_tmpdir d;
    fdk_fanotify f;
    pid_t kid;
    struct fdk_fanotify_event ev;
    char buf[8192] __attribute__((aligned(8)));
};

/* Make a group of class cls with an OPEN_PERM mark on d/f; 0 if the group cannot be made (r set). */
static inline int perm_setup(struct perm *p, unsigned cls, int *r)
{
    fdk_tmpdir_make(&p->d);
    write_file(P(&p->d, "f"), "data");
    p->f.fd = -1;
    *r = fdk_fanotify_open(&p->f, cls, 0);
    if (*r < 0) {
        fdk_tmpdir_remove(&p->d);
        return 0;
    }
    ASSERT_TRUE(fdk_test_is_cloexec(p->f.fd));
    ASSERT_OK(fdk_fanotify_mark(p->f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN_PERM, AT_FDCWD,
                                P(&p->d, "f")));
    return 1;
}

/* Fork the child that opens the file: exit 0 if the open worked, else its errno. */
static inline void perm_spawn(struct perm *p)
{
    const char *path = P(&p->d, "f");
    fflush(NULL);
    p->kid = fork();
    ASSERT_TRUE(p->kid >= 0);
    if (p->kid == 0) {
        int fd;
        close(p->f.fd); /* else the child could deadlock with its own group */
        alarm(20);
        fd = open(path, O_RDONLY | O_CLOEXEC);
        _exit(fd >= 0 ? 0 : errno);
    }
}

/* Read the child's permission event into p->ev (fd owned by us). */
static inline void perm_read(struct perm *p)
{
    ssize_t n;
    size_t pos = 0;
    struct stat st, est;

    n = fdk_fanotify_read(p->f, p->buf, sizeof p->buf);
    ASSERT_TRUE(n > 0);
    ASSERT_EQ(fdk_fanotify_next(p->buf, (size_t)n, &pos, &p->ev), 1);
    ASSERT_EQ_U64(pos, (size_t)n); /* exactly one event */
    ASSERT_EQ_U64(p->ev.mask, FDK_FANOTIFY_OPEN_PERM);
    ASSERT_EQ(p->ev.pid, p->kid);
    ASSERT_TRUE(p->ev.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(p->ev.fd));
    ASSERT_EQ(fstat(p->ev.fd, &est), 0);
    ASSERT_EQ(stat(P(&p->d, "f"), &st), 0);
    ASSERT_EQ_U64(est.st_ino, st.st_ino);
}

static inline void perm_finish(struct perm *p, int want_status)
{
    int rc = child_wait(p->kid);
    if (rc != want_status)
        fdk_test_fail(__FILE__, __LINE__, "child status %d (%s), expected %d (%s)", rc,
                      rc < 1000 ? strerror(rc) : "signal", want_status, strerror(want_status));
    ASSERT_EQ(fdk_fanotify_event_close(&p->ev), 0);
    fan_close(&p->f);
    fdk_tmpdir_remove(&p->d);
}

#endif /* FDK_FANOTIFY_IND_TEST_H */

