/* SPDX-License-Identifier: MIT */
/*
 * REPORT_PIDFD (fanotify_init(2), Linux 5.15), root: each event carries an
 * INFO_PIDFD record; ev.pidfd is a close-on-exec pidfd (fdk_fd_kind) of the
 * process that caused the event (the Pid: line of its fdinfo is ev.pid),
 * for this process and for a live child; a child already reaped when the
 * event is read gives FAN_NOPIDFD.  fdk_fanotify_event_close() closes both
 * fd and pidfd.  Combined with REPORT_FID: FID and PIDFD records together.
 */
#include "fanotify-test.h"

static void test_pidfd_self_and_child(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    static char buf[8192] __attribute__((aligned(8)));
    struct fdk_fanotify_event ev;
    size_t pos;
    ssize_t n;
    int fd, p[2], evfd, pidfd, r;
    pid_t kid;
    char c;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), NULL);
    r = fdk_fanotify_open(&f, FDK_FANOTIFY_REPORT_PIDFD | FDK_FANOTIFY_NONBLOCK, 0);
    if (r == -EINVAL)
        fdk_test_skip("REPORT_PIDFD needs Linux 5.15");
    ASSERT_OK(r);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")));

    /* this process */
    fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
    n = fdk_fanotify_read(f, buf, sizeof buf);
    ASSERT_TRUE(n > 0);
    pos = 0;
    ASSERT_EQ(fdk_fanotify_next(buf, (size_t)n, &pos, &ev), 1);
    ASSERT_EQ_U64(pos, (size_t)n);
    ASSERT_EQ(ev.info, FDK_FANOTIFY_INFO_PIDFD);
    ASSERT_EQ(ev.pid, getpid());
    ASSERT_TRUE(ev.fd >= 0);
    ASSERT_TRUE(ev.pidfd >= 0);
    ASSERT_NE(ev.pidfd, ev.fd);
    ASSERT_TRUE(fdk_test_is_cloexec(ev.pidfd));
    ASSERT_EQ(fdk_fd_kind(ev.pidfd), FDK_FD_KIND_PIDFD);
    ASSERT_EQ(fdk_test_pidfd_pid(ev.pidfd), getpid());
    evfd = ev.fd;
    pidfd = ev.pidfd;
    ASSERT_EQ(fdk_fanotify_event_close(&ev), 0);
    ASSERT_EQ(ev.fd, -1);
    ASSERT_EQ(ev.pidfd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(evfd));
    ASSERT_TRUE(!fdk_test_fd_open(pidfd));
    ASSERT_EQ(fdk_fanotify_event_close(&ev), 0);

    /* a child still alive when the event is read */
    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    fflush(NULL);
    kid = fork();
    ASSERT_TRUE(kid >= 0);
    if (kid == 0) {
        close(f.fd);
        close(p[1]);
        fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
        (void)!read(p[0], &c, 1); /* wait until the parent has read */
        _exit(fd >= 0 ? 0 : 1);
    }
    ASSERT_EQ(close(p[0]), 0);
    ASSERT_TRUE(wait_readable(f.fd, 5000));
    n = fdk_fanotify_read(f, buf, sizeof buf);
    ASSERT_TRUE(n > 0);
    pos = 0;
    ASSERT_EQ(fdk_fanotify_next(buf, (size_t)n, &pos, &ev), 1);
    ASSERT_EQ(ev.pid, kid);
    ASSERT_TRUE(ev.info & FDK_FANOTIFY_INFO_PIDFD);
    ASSERT_TRUE(ev.pidfd >= 0);
    ASSERT_EQ(fdk_test_pidfd_pid(ev.pidfd), kid);
    ASSERT_TRUE(fdk_test_is_cloexec(ev.pidfd));
    ASSERT_EQ(fdk_fanotify_event_close(&ev), 0);
    ASSERT_EQ(close(p[1]), 0);
    ASSERT_EQ(child_wait(kid), 0);

    /* a child gone (reaped) before the read: FAN_NOPIDFD */
    fflush(NULL);
    kid = fork();
    ASSERT_TRUE(kid >= 0);
    if (kid == 0) {
        close(f.fd);
        fd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
        _exit(fd >= 0 ? 0 : 1);
    }
    ASSERT_EQ(child_wait(kid), 0);
    n = fdk_fanotify_read(f, buf, sizeof buf);
    ASSERT_TRUE(n > 0);
    pos = 0;
    ASSERT_EQ(fdk_fanotify_next(buf, (size_t)n, &pos, &ev), 1);
    ASSERT_EQ(ev.pid, kid);
    ASSERT_TRUE(ev.info & FDK_FANOTIFY_INFO_PIDFD);
    ASSERT_EQ(ev.pidfd, FAN_NOPIDFD);
    ASSERT_TRUE(ev.fd >= 0);
    evfd = ev.fd;
    ASSERT_EQ(fdk_fanotify_event_close(&ev), 0);
    ASSERT_TRUE(!fdk_test_fd_open(evfd));

    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void test_pidfd_with_fid(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct fidc A;
    const struct frec *x;
    int r;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), NULL);
    fid_of(P(&d, "f"), 0, &A);
    r = fdk_fanotify_open(&f, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_REPORT_PIDFD |
                                  FDK_FANOTIFY_NONBLOCK, 0);
    if (r == -EINVAL)
        fdk_test_skip("REPORT_PIDFD needs Linux 5.15");
    ASSERT_OK(r);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_ATTRIB, AT_FDCWD, P(&d, "f")));
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    x = &l.ev[0];
    ASSERT_EQ(x->info, FDK_FANOTIFY_INFO_FID | FDK_FANOTIFY_INFO_PIDFD);
    ASSERT_EQ(x->fd, FAN_NOFD);
    ASSERT_FID(&x->fid, &A);
    ASSERT_TRUE(x->pidfd >= 0);
    ASSERT_EQ(fdk_test_pidfd_pid(x->pidfd), getpid());
    ASSERT_TRUE(fdk_test_is_cloexec(x->pidfd));
    flog_free(&l); /* closes the pidfd */
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_pidfd_self_and_child);
    RUN(test_pidfd_with_fid);
    return 0;
}
