/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read() against descriptors whose state the test set: an
 * eventfd holding 255 in semaphore mode, a timerfd armed with a known
 * interval on CLOCK_MONOTONIC, an epoll set with three registrations, an
 * inotify watch, a signalfd for SIGINT and SIGTERM, a pidfd of a child, a
 * fanotify group with a mark; the common lines (flags as O_* bits, mnt_id
 * and ino as fstat and /proc say); a child's descriptor read by pid; errors.
 */
#include "fdk-test.h"

#include <fdkit/fdkit.h>

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void common_lines(int fd, const struct fdk_fdinfo *i)
{
    struct stat st;

    ASSERT_TRUE((i->have & (FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS | FDK_FDINFO_HAVE_MNT_ID |
                            FDK_FDINFO_HAVE_INO)) == (FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS |
                                                      FDK_FDINFO_HAVE_MNT_ID | FDK_FDINFO_HAVE_INO));
    ASSERT_EQ(fstat(fd, &st), 0);
    ASSERT_EQ_U64(i->ino, st.st_ino);
    /* the status flags fcntl reports, plus O_CLOEXEC from the descriptor flag */
    ASSERT_EQ(i->flags & ~O_CLOEXEC & ~O_LARGEFILE, fcntl(fd, F_GETFL) & ~O_LARGEFILE);
    ASSERT_EQ((i->flags & O_CLOEXEC) != 0, (fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
}

static void test_eventfd(void)
{
    fdk_eventfd e = FDK_HANDLE_INIT;
    struct fdk_fdinfo i;

    ASSERT_OK(fdk_eventfd_open(&e, 255, FDK_EVENTFD_SEMAPHORE | FDK_EVENTFD_NONBLOCK));
    ASSERT_OK(fdk_fdinfo_read(0, e.fd, &i));
    common_lines(e.fd, &i);
    ASSERT_TRUE(i.flags & O_NONBLOCK);
    ASSERT_TRUE(i.have & FDK_FDINFO_HAVE_EVENTFD);
    ASSERT_EQ_U64(i.eventfd_count, 255); /* written in hex: ff */
    ASSERT_TRUE(i.eventfd_id >= 0);
    ASSERT_EQ(i.eventfd_semaphore, 1);
    ASSERT_TRUE(!(i.have & (FDK_FDINFO_HAVE_TIMERFD | FDK_FDINFO_HAVE_SIGMASK | FDK_FDINFO_HAVE_PID)));
    ASSERT_OK(fdk_fdinfo_free(&i));
    ASSERT_TRUE(i.text == NULL);
    ASSERT_OK(fdk_fdinfo_free(&i)); /* twice is harmless */
    ASSERT_OK(fdk_eventfd_close(&e));
}

static void test_timerfd(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec v = {.it_interval = {2, 500}, .it_value = {30, 0}};
    struct fdk_fdinfo i;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set(t, 0, &v, NULL));
    ASSERT_OK(fdk_fdinfo_read(0, t.fd, &i));
    common_lines(t.fd, &i);
    ASSERT_TRUE(i.have & FDK_FDINFO_HAVE_TIMERFD);
    ASSERT_EQ(i.timerfd_clockid, CLOCK_MONOTONIC);
    ASSERT_EQ_U64(i.timerfd_ticks, 0);
    ASSERT_EQ(i.timerfd_settime_flags, 0);
    ASSERT_EQ((long)i.timerfd_interval.tv_sec, 2);
    ASSERT_EQ(i.timerfd_interval.tv_nsec, 500);
    /* counting down from 30 s */
    ASSERT_TRUE(i.timerfd_value.tv_sec >= 28 && i.timerfd_value.tv_sec <= 29);
    ASSERT_OK(fdk_fdinfo_free(&i));
    ASSERT_OK(fdk_timerfd_close(&t));
}

static void test_epoll_registrations(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    fdk_eventfd a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, c = FDK_HANDLE_INIT;
    struct fdk_fdinfo i;
    struct fdk_fdinfo_entry e;
    size_t pos = 0;
    int seen = 0;

    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_eventfd_open(&a, 0, 0));
    ASSERT_OK(fdk_eventfd_open(&b, 0, 0));
    ASSERT_OK(fdk_eventfd_open(&c, 0, 0));
    ASSERT_OK(fdk_epoll_add(ep, a.fd, FDK_EPOLL_IN, 0x1111222233334444ull));
    ASSERT_OK(fdk_epoll_add(ep, b.fd, FDK_EPOLL_IN | FDK_EPOLL_ET, 7));
    ASSERT_OK(fdk_epoll_add(ep, c.fd, FDK_EPOLL_OUT | FDK_EPOLL_ONESHOT, UINT64_MAX));
    ASSERT_OK(fdk_fdinfo_read(0, ep.fd, &i));
    common_lines(ep.fd, &i);
    while (fdk_fdinfo_next(&i, &pos, &e) == 1) {
        struct stat st;
        ASSERT_EQ(e.kind, FDK_FDINFO_ENTRY_EPOLL);
        ASSERT_TRUE(e.line != NULL && e.line_len > 0 && memchr(e.line, '\n', e.line_len) == NULL);
        ASSERT_EQ(fstat(e.tfd, &st), 0);
        ASSERT_EQ_U64(e.ino, st.st_ino);
        if (e.tfd == a.fd) {
            ASSERT_EQ_U64(e.data, 0x1111222233334444ull);
            ASSERT_EQ(e.events & (FDK_EPOLL_IN | FDK_EPOLL_OUT | FDK_EPOLL_ET), FDK_EPOLL_IN);
            seen |= 1;
        } else if (e.tfd == b.fd) {
            ASSERT_EQ_U64(e.data, 7);
            ASSERT_EQ(e.events & (FDK_EPOLL_IN | FDK_EPOLL_ET), FDK_EPOLL_IN | FDK_EPOLL_ET);
            seen |= 2;
        } else {
            ASSERT_EQ(e.tfd, c.fd);
            ASSERT_EQ_U64(e.data, UINT64_MAX);
            ASSERT_TRUE(e.events & FDK_EPOLL_ONESHOT);
            seen |= 4;
        }
    }
    ASSERT_EQ(seen, 7);
    ASSERT_EQ_U64(pos, i.text_len);
    ASSERT_EQ(fdk_fdinfo_next(&i, &pos, &e), 0); /* stays at the end */
    ASSERT_OK(fdk_fdinfo_free(&i));
    fdk_eventfd_close(&a);
    fdk_eventfd_close(&b);
    fdk_eventfd_close(&c);
    fdk_epoll_close(&ep);
}

static void test_inotify_signalfd_pidfd(void)
{
    fdk_inotify in = FDK_HANDLE_INIT;
    fdk_signalfd s = FDK_HANDLE_INIT;
    fdk_pidfd p = FDK_HANDLE_INIT;
    struct fdk_fdinfo i;
    struct fdk_fdinfo_entry e;
    struct stat st;
    sigset_t m;
    size_t pos = 0;
    pid_t child;
    int wd, n = 0, r;

    ASSERT_OK(fdk_inotify_open(&in, 0));
    wd = fdk_inotify_add(in, "/", FDK_INOTIFY_CREATE | FDK_INOTIFY_DELETE);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(stat("/", &st), 0);
    ASSERT_OK(fdk_fdinfo_read(0, in.fd, &i));
    while (fdk_fdinfo_next(&i, &pos, &e) == 1) {
        ASSERT_EQ(e.kind, FDK_FDINFO_ENTRY_INOTIFY);
        ASSERT_EQ(e.wd, wd);
        ASSERT_EQ_U64(e.ino, st.st_ino);
        ASSERT_EQ_U64(e.mask & (FDK_INOTIFY_CREATE | FDK_INOTIFY_DELETE | FDK_INOTIFY_MODIFY),
                      FDK_INOTIFY_CREATE | FDK_INOTIFY_DELETE);
        n++;
    }
    ASSERT_EQ(n, 1);
    fdk_fdinfo_free(&i);
    fdk_inotify_close(&in);

    sigemptyset(&m);
    sigaddset(&m, SIGINT);
    sigaddset(&m, SIGTERM);
    ASSERT_OK(fdk_signalfd_open(&s, &m, 0));
    ASSERT_OK(fdk_fdinfo_read(0, s.fd, &i));
    ASSERT_TRUE(i.have & FDK_FDINFO_HAVE_SIGMASK);
    ASSERT_EQ_U64(i.sigmask, (1ull << (SIGINT - 1)) | (1ull << (SIGTERM - 1)));
    fdk_fdinfo_free(&i);
    fdk_signalfd_close(&s);

    child = fork();
    ASSERT_TRUE(child >= 0);
    if (child == 0) {
        pause();
        _exit(0);
    }
    r = fdk_pidfd_open(&p, child, 0);
    if (r == -ENOSYS) {
        /* Linux < 5.3, or a tool that does not know the call (valgrind < 3.20) */
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
        printf("# pidfd_open gives ENOSYS: the pidfd part is not run\n");
        return;
    }
    if (r < 0)
        kill(child, SIGKILL); /* it would wait in pause() after the failure below */
    ASSERT_OK(r);
    ASSERT_OK(fdk_fdinfo_read(0, p.fd, &i));
    ASSERT_TRUE(i.have & FDK_FDINFO_HAVE_PID);
    ASSERT_EQ(i.pid, child);
    ASSERT_TRUE(i.nspid_count >= 1);
    ASSERT_EQ(i.nspid[0], child);
    fdk_fdinfo_free(&i);

    /* the child's own descriptor 1, read through its pid */
    ASSERT_OK(fdk_fdinfo_read(child, 1, &i));
    ASSERT_TRUE(i.have & FDK_FDINFO_HAVE_FLAGS);
    fdk_fdinfo_free(&i);
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    ASSERT_OK(fdk_fdinfo_read(0, p.fd, &i));
    ASSERT_EQ(i.pid, -1); /* the process is gone */
    fdk_fdinfo_free(&i);
    fdk_pidfd_close(&p);
}

static void test_fanotify_marks(void)
{
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct fdk_fdinfo i;
    struct fdk_fdinfo_entry e;
    struct stat st;
    size_t pos = 0;
    int n = 0, r;

    r = fdk_fanotify_open(&f, FDK_FANOTIFY_REPORT_FID, 0);
    if (r == -EPERM || r == -EINVAL || r == -ENOSYS) {
        printf("# fanotify: %d, part skipped\n", r);
        return;
    }
    ASSERT_OK(r);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, "/"));
    ASSERT_EQ(stat("/", &st), 0);
    ASSERT_OK(fdk_fdinfo_read(0, f.fd, &i));
    ASSERT_TRUE(i.have & FDK_FDINFO_HAVE_FANOTIFY);
    ASSERT_TRUE(i.fanotify_flags & FDK_FANOTIFY_REPORT_FID);
    while (fdk_fdinfo_next(&i, &pos, &e) == 1) {
        ASSERT_EQ(e.kind, FDK_FDINFO_ENTRY_FANOTIFY_INODE);
        ASSERT_EQ_U64(e.ino, st.st_ino);
        ASSERT_EQ_U64(e.mask, FDK_FANOTIFY_CREATE);
        n++;
    }
    ASSERT_EQ(n, 1);
    fdk_fdinfo_free(&i);
    fdk_fanotify_close(&f);
}

/* Text the kernel may write some day: unknown lines come out as OTHER, long ones whole. */
static void test_parse_unknown_and_long(void)
{
    size_t big = 20000, len, pos = 0;
    char *text = malloc(big + 200);
    struct fdk_fdinfo i;
    struct fdk_fdinfo_entry e;
    int others = 0;

    ASSERT_TRUE(text != NULL);
    len = (size_t)sprintf(text, "pos:\t12\nflags:\t0104002\nfuture-line: 1 2 3\ntfd: bogus\nlong: ");
    memset(text + len, 'x', big);
    len += big;
    text[len++] = '\n';
    len += (size_t)sprintf(text + len, "eventfd-count: zz\n");
    ASSERT_OK(fdk_fdinfo_parse(text, len, &i));
    ASSERT_EQ_U64(i.pos, 12);
    ASSERT_EQ(i.flags, 0104002);
    ASSERT_TRUE(!(i.have & FDK_FDINFO_HAVE_EVENTFD)); /* a value that does not parse is not taken */
    while (fdk_fdinfo_next(&i, &pos, &e) == 1) {
        ASSERT_EQ(e.kind, FDK_FDINFO_ENTRY_OTHER);
        others++;
        if (others == 3)
            ASSERT_EQ_U64(e.line_len, 6 + big);
    }
    ASSERT_EQ(others, 4);
    fdk_fdinfo_free(&i);
    /* no pos/flags: not an fdinfo file, nothing allocated */
    ASSERT_ERR(fdk_fdinfo_parse("hello\n", 6, &i), EIO);
    free(text);
}

/* fdk_epoll_registrations: every registration with its events and token, and the count past max. */
static void test_epoll_registrations_call(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    fdk_eventfd a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    struct fdk_epoll_registration regs[4], one[1];
    int n, k, found = 0;

    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_EQ(fdk_epoll_registrations(ep, regs, 4), 0);
    ASSERT_OK(fdk_eventfd_open(&a, 0, 0));
    ASSERT_OK(fdk_eventfd_open(&b, 0, 0));
    ASSERT_OK(fdk_epoll_add(ep, a.fd, FDK_EPOLL_IN | FDK_EPOLL_ET, 41));
    ASSERT_OK(fdk_epoll_add(ep, b.fd, FDK_EPOLL_OUT, 42));
    n = fdk_epoll_registrations(ep, regs, 4);
    ASSERT_EQ(n, 2);
    for (k = 0; k < n; k++) {
        if (regs[k].fd == a.fd) {
            ASSERT_EQ_U64(regs[k].token, 41);
            ASSERT_TRUE((regs[k].events & (FDK_EPOLL_IN | FDK_EPOLL_ET)) == (FDK_EPOLL_IN | FDK_EPOLL_ET));
            found |= 1;
        } else {
            ASSERT_EQ(regs[k].fd, b.fd);
            ASSERT_EQ_U64(regs[k].token, 42);
            ASSERT_TRUE(regs[k].events & FDK_EPOLL_OUT);
            found |= 2;
        }
    }
    ASSERT_EQ(found, 3);
    ASSERT_EQ(fdk_epoll_registrations(ep, one, 1), 2); /* the total, one written */
    ASSERT_ERR(fdk_epoll_registrations(ep, regs, 0), EINVAL);
    {
        fdk_epoll not_epoll = {.fd = a.fd};
        ASSERT_ERR(fdk_epoll_registrations(not_epoll, regs, 4), EINVAL);
    }
    ASSERT_OK(fdk_epoll_delete(ep, a.fd));
    ASSERT_EQ(fdk_epoll_registrations(ep, regs, 4), 1);
    ASSERT_EQ(regs[0].fd, b.fd);
    fdk_eventfd_close(&a);
    fdk_eventfd_close(&b);
    fdk_epoll_close(&ep);
}

static void test_errors(void)
{
    struct fdk_fdinfo i;
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);

    ASSERT_TRUE(fd >= 0);
    close(fd);
    ASSERT_ERR(fdk_fdinfo_read(0, fd, &i), ENOENT); /* closed */
    ASSERT_ERR(fdk_fdinfo_read(0, -1, &i), EBADF);
    ASSERT_ERR(fdk_fdinfo_read(-5, 0, &i), EINVAL);
    ASSERT_ERR(fdk_fdinfo_read(0, 0, NULL), EINVAL);
    ASSERT_ERR(fdk_fdinfo_read(0x3fffffff, 0, &i), ENOENT); /* no such process */
}

int main(void)
{
    alarm(20);
    RUN(test_eventfd);
    RUN(test_timerfd);
    RUN(test_epoll_registrations);
    RUN(test_inotify_signalfd_pidfd);
    RUN(test_fanotify_marks);
    RUN(test_parse_unknown_and_long);
    RUN(test_epoll_registrations_call);
    RUN(test_errors);
    return 0;
}
