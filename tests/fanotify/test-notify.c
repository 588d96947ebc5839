/* SPDX-License-Identifier: MIT */
/*
 * Notification events in a group that reports descriptors (root), on the
 * disk and on tmpfs: OPEN / MODIFY / ACCESS / CLOSE_WRITE / CLOSE_NOWRITE
 * on files of a directory marked with EVENT_ON_CHILD come as several
 * records in one read; fdk_fanotify_next() walks all of them and consumes
 * exactly the bytes read; each record's fd is an open, close-on-exec
 * descriptor of the file concerned (same inode, same path in /proc), pid is
 * the process that did it (this one, or a child), info is 0 and no file id
 * or pidfd is reported.  fdk_fanotify_event_close() closes the fd, sets it
 * to -1 and is harmless the second time.  Without EVENT_ON_CHILD a
 * directory mark says nothing about its files; without ONDIR nothing about
 * the directory itself; with ONDIR its open and close are reported with an
 * fd of the directory (FAN_ONDIR itself is not set in the events of such a
 * group: the kernel keeps event flags out of the legacy fd mode).
 * pid is the process id, or with REPORT_TID the id of the thread.
 */
#include "fanotify-test.h"

#include <pthread.h>

#define ALLEV (FDK_FANOTIFY_OPEN | FDK_FANOTIFY_MODIFY | FDK_FANOTIFY_ACCESS | FDK_FANOTIFY_CLOSE)

static void rw_file(const char *path)
{
    char c;
    int fd = open(path, O_RDWR | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(write(fd, "hello", 5), 5);
    ASSERT_EQ(pread(fd, &c, 1, 0), 1);
    ASSERT_EQ(close(fd), 0);
}

static void notify_on(const struct fdk_tmpdir_fs *fs)
{
    static const char *names[4] = {"a", "b", "c", "k"};
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    static char buf[65536] __attribute__((aligned(8)));
    struct stat st[4];
    uint64_t got[4] = {0};
    size_t pos = 0;
    ssize_t n;
    int nrec = 0, r;
    pid_t kid;
    struct fdk_fanotify_event ev;

    if (!dir_make_on(&d, fs))
        return;
    for (int i = 0; i < 4; i++) {
        write_file(P(&d, names[i]), NULL);
        ASSERT_EQ(stat(P(&d, names[i]), &st[i]), 0);
    }
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, ALLEV | FDK_FANOTIFY_EVENT_ON_CHILD,
                                d.fd, NULL));
    for (int i = 0; i < 3; i++)
        rw_file(P(&d, names[i]));
    fflush(NULL);
    kid = fork();
    ASSERT_TRUE(kid >= 0);
    if (kid == 0) {
        close(f.fd);
        rw_file(P(&d, "k"));
        _exit(0);
    }
    ASSERT_EQ(child_wait(kid), 0);
    /* the directory itself, without ONDIR: nothing */
    {
        int dfd = open(d.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        ASSERT_TRUE(dfd >= 0);
        ASSERT_EQ(close(dfd), 0);
    }

    ASSERT_TRUE(wait_readable(f.fd, 1000));
    n = fdk_fanotify_read(f, buf, sizeof buf);
    ASSERT_TRUE(n > 0);
    while ((r = fdk_fanotify_next(buf, (size_t)n, &pos, &ev)) == 1) {
        struct stat est;
        char link[PATH_MAX], want[PATH_MAX];
        ssize_t ll;
        int which = -1, fd = ev.fd;

        nrec++;
        ASSERT_TRUE(ev.fd >= 0);
        ASSERT_TRUE(fdk_test_is_cloexec(ev.fd));
        ASSERT_EQ(ev.info, 0);
        ASSERT_TRUE(ev.fid.handle == NULL);
        ASSERT_TRUE(ev.dfid.handle == NULL);
        ASSERT_TRUE(ev.dfid.name == NULL);
        ASSERT_TRUE(ev.old_dfid.handle == NULL && ev.new_dfid.handle == NULL);
        ASSERT_EQ(ev.pidfd, -1);
        ASSERT_EQ_U64(ev.mask & ~ALLEV, 0); /* no ONDIR, nothing unasked */
        ASSERT_EQ(fstat(ev.fd, &est), 0);
        for (int i = 0; i < 4; i++)
            if (est.st_ino == st[i].st_ino && est.st_dev == st[i].st_dev)
                which = i;
        if (which < 0)
            fdk_test_fail(__FILE__, __LINE__, "event fd %d is not one of the files (ino %llu)",
                          ev.fd, (unsigned long long)est.st_ino);
        snprintf(link, sizeof link, "/proc/self/fd/%d", ev.fd);
        ll = readlink(link, want, sizeof want - 1);
        ASSERT_TRUE(ll > 0);
        want[ll] = 0;
        ASSERT_STREQ(want, P(&d, names[which]));
        ASSERT_EQ(ev.pid, which == 3 ? kid : getpid());
        got[which] |= ev.mask;

        ASSERT_EQ(fdk_fanotify_event_close(&ev), 0);
        ASSERT_EQ(ev.fd, -1);
        ASSERT_TRUE(!fdk_test_fd_open(fd));
        ASSERT_EQ(fdk_fanotify_event_close(&ev), 0); /* twice: harmless */
        ASSERT_EQ(ev.fd, -1);
    }
    ASSERT_EQ(r, 0);
    ASSERT_EQ_U64(pos, (size_t)n);
    ASSERT_TRUE(nrec >= 4); /* one per file at least, all in one read */
    for (int i = 0; i < 4; i++) {
        if (got[i] != (FDK_FANOTIFY_OPEN | FDK_FANOTIFY_MODIFY | FDK_FANOTIFY_ACCESS |
                       FDK_FANOTIFY_CLOSE_WRITE)) {
            char m[256];
            fdk_flags_format(FDK_FLAGSET_FANOTIFY_MASK, got[i], m, sizeof m);
            fdk_test_fail(__FILE__, __LINE__, "%s: file %s got %s", fs->label, names[i], m);
        }
    }
    ASSERT_ERR(fdk_fanotify_read(f, buf, sizeof buf), EAGAIN);

    /* with ONDIR the directory's own open and close come too */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN | FDK_FANOTIFY_ONDIR,
                                d.fd, NULL));
    {
        struct flog l = {0};
        struct stat dst, est;
        const struct frec *x;
        int dfd = open(d.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        ASSERT_TRUE(dfd >= 0);
        ASSERT_EQ(close(dfd), 0);
        drain(f, &l);
        /* (a group that reports descriptors never sets FAN_ONDIR in events: legacy mode) */
        x = FIND(&l, FDK_FANOTIFY_OPEN, NULL);
        ASSERT_EQ_U64(l.n, 1);
        ASSERT_EQ(fstat(x->fd, &est), 0);
        ASSERT_EQ(stat(d.path, &dst), 0);
        ASSERT_EQ_U64(est.st_ino, dst.st_ino);
        ASSERT_TRUE(S_ISDIR(est.st_mode));
        flog_free(&l);
    }
    ASSERT_ERR(fdk_fanotify_event_close(NULL), EINVAL);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void test_notify(void)
{
    need_root();
    notify_on(&fdk_tmpdir_fs_bases[0]);
    notify_on(&fdk_tmpdir_fs_bases[1]);
}

/* A directory mark without EVENT_ON_CHILD reports nothing about its files; a file mark does. */
static void test_on_child_needed(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), NULL);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, ALLEV, AT_FDCWD, d.path));
    rw_file(P(&d, "f"));
    drain(f, &l);
    if (l.n)
        flog_dump(&l);
    ASSERT_EQ_U64(l.n, 0);
    /* relative path from dirfd */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_MODIFY, d.fd, "f"));
    rw_file(P(&d, "f"));
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    ASSERT_EQ_U64(l.ev[0].mask, FDK_FANOTIFY_MODIFY);
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

struct tid_arg {
    const char *path;
    pid_t tid;
};

static void *tid_thread(void *p)
{
    struct tid_arg *a = p;
    int fd;
    a->tid = gettid();
    fd = open(a->path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0)
        close(fd);
    return NULL;
}

/* pid is the process id; with REPORT_TID the thread id of the thread that did it. */
static void test_report_tid(void)
{
    struct fdk_tmpdir d;
    struct flog l = {0};
    struct tid_arg a;
    pthread_t t;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), NULL);
    a.path = P(&d, "f");
    for (int tid = 0; tid < 2; tid++) {
        fdk_fanotify f = FDK_HANDLE_INIT;
        fan_open(&f, FDK_FANOTIFY_NONBLOCK | (tid ? FDK_FANOTIFY_REPORT_TID : 0), 0);
        ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, a.path));
        ASSERT_EQ(pthread_create(&t, NULL, tid_thread, &a), 0);
        ASSERT_EQ(pthread_join(t, NULL), 0);
        ASSERT_NE(a.tid, getpid());
        drain(f, &l);
        ASSERT_EQ_U64(l.n, 1);
        ASSERT_EQ(l.ev[0].pid, tid ? a.tid : getpid());
        flog_free(&l);
        fan_close(&f);
    }
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_notify);
    RUN(test_on_child_needed);
    RUN(test_report_tid);
    return 0;
}
