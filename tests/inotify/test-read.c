/* SPDX-License-Identifier: MIT */
/*
 * fdk_inotify_read(): -EAGAIN on a non-blocking instance with nothing
 * queued; -EINVAL for a buffer that cannot hold one maximal record, with
 * nothing consumed; exactly 272 bytes is enough for the longest name; a
 * blocking read sleeps until another thread makes an event and is ended by
 * a signal handler (installed without SA_RESTART) with -EINTR.  And the fd
 * is readable in an epoll set exactly while events are queued.
 */
#include "inotify-test.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>

#define MAXREC (sizeof(struct inotify_event) + NAME_MAX + 1)

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int queued_bytes(int fd)
{
    int n = -1;
    ASSERT_EQ(ioctl(fd, FIONREAD, &n), 0);
    return n;
}

/* Every flag word: CLOEXEC always, O_NONBLOCK exactly when asked; unknown bits refused, out untouched. */
static void test_open_flags(void)
{
    static const int words[] = {0, FDK_INOTIFY_CLOEXEC, FDK_INOTIFY_NONBLOCK, FDK_INOTIFY_OPEN_ALL};
    fdk_inotify in;

    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        in = (fdk_inotify)FDK_HANDLE_INIT;
        in_open(&in, words[i]); /* checks CLOEXEC and O_NONBLOCK */
        in_close(&in);
        ASSERT_EQ(fdk_inotify_close(&in), 0); /* twice: a no-op */
    }
    in.fd = -7;
    in.state = NULL;
    ASSERT_ERR(fdk_inotify_open(&in, 0x1), EINVAL);
    ASSERT_ERR(fdk_inotify_open(&in, FDK_INOTIFY_NONBLOCK | 0x40000000), EINVAL);
    ASSERT_EQ(in.fd, -7);
    ASSERT_TRUE(in.state == NULL);
}

static void test_nonblocking_empty(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    char buf[1024];
    int wd;

    fdk_tmpdir_make(&d);
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    ASSERT_ERR(fdk_inotify_read(in, buf, sizeof buf), EAGAIN); /* no watch at all */
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_CREATE);
    ASSERT_TRUE(wd > 0);
    ASSERT_ERR(fdk_inotify_read(in, buf, sizeof buf), EAGAIN); /* a watch, no event */
    write_file(P(&d, "x"), NULL);
    ASSERT_EQ(fdk_inotify_read(in, buf, sizeof buf), (ssize_t)(sizeof(struct inotify_event) + 16));
    ASSERT_ERR(fdk_inotify_read(in, buf, sizeof buf), EAGAIN); /* and empty again */
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* Too small a buffer: -EINVAL before reading; the queued events are all still there. */
static void test_short_buffer_consumes_nothing(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    static char buf[4096];
    int wd, before;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    ASSERT_ERR(fdk_inotify_read(in, buf, MAXREC - 1), EINVAL); /* even with nothing queued */
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_ATTRIB | FDK_INOTIFY_CREATE);
    ASSERT_TRUE(wd > 0);
    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    write_file(P(&d, "g"), NULL);
    before = queued_bytes(in.fd);
    ASSERT_EQ(before, 2 * (int)(sizeof(struct inotify_event) + 16));

    ASSERT_ERR(fdk_inotify_read(in, buf, MAXREC - 1), EINVAL);
    ASSERT_ERR(fdk_inotify_read(in, buf, sizeof(struct inotify_event) + 16), EINVAL); /* would fit one */
    ASSERT_ERR(fdk_inotify_read(in, buf, 0), EINVAL);
    ASSERT_ERR(fdk_inotify_read(in, buf, 1), EINVAL);
    ASSERT_ERR(fdk_inotify_read(in, NULL, sizeof buf), EINVAL);
    ASSERT_EQ(queued_bytes(in.fd), before);
    ASSERT_TRUE(wait_readable(in.fd, 0));

    ASSERT_EQ(fdk_inotify_read(in, buf, MAXREC), before); /* the least accepted takes both */
    ASSERT_EQ_U64(evlog_decode(&l, buf, (size_t)before), 2);
    ASSERT_TRUE(rec_is(&l.ev[0], wd, FDK_INOTIFY_ATTRIB, "f"));
    ASSERT_TRUE(rec_is(&l.ev[1], wd, FDK_INOTIFY_CREATE, "g"));
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* The longest name makes a 272-byte record, and a 272-byte buffer takes it. */
static void test_maximal_record_fits(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    char name[NAME_MAX + 1];
    static char buf[MAXREC];
    int wd;

    fdk_tmpdir_make(&d);
    memset(name, 'n', NAME_MAX);
    name[NAME_MAX] = '\0';
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, d.path, FDK_INOTIFY_CREATE | FDK_INOTIFY_DELETE);
    ASSERT_TRUE(wd > 0);
    write_file(P(&d, name), NULL);
    ASSERT_EQ(unlink(P(&d, name)), 0);
    ASSERT_EQ(queued_bytes(in.fd), 2 * (int)MAXREC);
    ASSERT_EQ(fdk_inotify_read(in, buf, sizeof buf), (ssize_t)MAXREC); /* one at a time */
    ASSERT_EQ_U64(evlog_decode(&l, buf, MAXREC), 1);
    ASSERT_EQ(fdk_inotify_read(in, buf, sizeof buf), (ssize_t)MAXREC);
    ASSERT_EQ_U64(evlog_decode(&l, buf, MAXREC), 1);
    ASSERT_TRUE(rec_is(&l.ev[0], wd, FDK_INOTIFY_CREATE, name));
    ASSERT_TRUE(rec_is(&l.ev[1], wd, FDK_INOTIFY_DELETE, name));
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* ---- blocking reads ------------------------------------------------------------ */

struct toucher {
    const char *path;
    int delay_ms;
};

static void *touch_later(void *arg)
{
    struct toucher *t = arg;
    struct timespec ts = {t->delay_ms / 1000, (t->delay_ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
    return (void *)(intptr_t)chmod(t->path, 0600);
}

static void test_blocking_read_woken_by_thread(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct evlog l = {0};
    static char buf[4096];
    struct toucher t;
    pthread_t th;
    void *ret;
    long long t0, waited;
    ssize_t n;
    int wd;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    t.path = P(&d, "f");
    t.delay_ms = 150;
    in_open(&in, 0);
    wd = fdk_inotify_add(in, t.path, FDK_INOTIFY_ATTRIB);
    ASSERT_TRUE(wd > 0);
    t0 = now_ms();
    ASSERT_EQ(pthread_create(&th, NULL, touch_later, &t), 0);
    n = fdk_inotify_read(in, buf, sizeof buf);
    waited = now_ms() - t0;
    ASSERT_EQ(pthread_join(th, &ret), 0);
    ASSERT_EQ((intptr_t)ret, 0);
    ASSERT_EQ(n, (ssize_t)sizeof(struct inotify_event)); /* one record, no name */
    ASSERT_TRUE(waited >= 100);                          /* it did wait for the thread */
    ASSERT_EQ_U64(evlog_decode(&l, buf, (size_t)n), 1);
    ASSERT_TRUE(rec_is(&l.ev[0], wd, FDK_INOTIFY_ATTRIB, NULL));
    evlog_free(&l);
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

static atomic_int handler_runs;
static atomic_int stop_kicking;

static void on_usr1(int sig)
{
    (void)sig;
    atomic_fetch_add(&handler_runs, 1);
}

/* Signals the reader until it says stop: a signal that lands before read() blocks is not lost. */
static void *kicker(void *arg)
{
    pthread_t target = *(pthread_t *)arg;
    struct timespec ts = {0, 30 * 1000000L};
    while (!atomic_load(&stop_kicking)) {
        nanosleep(&ts, NULL);
        pthread_kill(target, SIGUSR1);
    }
    return NULL;
}

static void test_blocking_read_eintr(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    struct sigaction sa, old;
    static char buf[4096];
    pthread_t self = pthread_self(), th;
    sigset_t unblock;
    ssize_t n;

    fdk_tmpdir_make(&d);
    in_open(&in, 0);
    ASSERT_TRUE(fdk_inotify_add(in, d.path, FDK_INOTIFY_CREATE) > 0);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = 0; /* no SA_RESTART */
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGUSR1, &sa, &old), 0);
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGUSR1);
    ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &unblock, NULL), 0);
    atomic_store(&handler_runs, 0);
    atomic_store(&stop_kicking, 0);
    ASSERT_EQ(pthread_create(&th, NULL, kicker, &self), 0);
    n = fdk_inotify_read(in, buf, sizeof buf);
    atomic_store(&stop_kicking, 1);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_ERR(n, EINTR);
    ASSERT_TRUE(atomic_load(&handler_runs) >= 1);
    ASSERT_EQ(sigaction(SIGUSR1, &old, NULL), 0);
    /* nothing was lost: a later event still comes */
    write_file(P(&d, "after"), NULL);
    ASSERT_EQ(fdk_inotify_read(in, buf, sizeof buf), (ssize_t)(sizeof(struct inotify_event) + 16));
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

/* ---- epoll -------------------------------------------------------------------------- */

static void test_epoll_readiness(void)
{
    struct fdk_tmpdir d;
    fdk_inotify in = FDK_HANDLE_INIT;
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct epoll_event evs[4];
    struct evlog l = {0};
    struct toucher t;
    pthread_t th;
    int wd;

    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), "x");
    in_open(&in, FDK_INOTIFY_NONBLOCK);
    wd = fdk_inotify_add(in, P(&d, "f"), FDK_INOTIFY_ATTRIB | FDK_INOTIFY_MODIFY);
    ASSERT_TRUE(wd > 0);
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(ep.fd));
    ASSERT_OK(fdk_epoll_add(ep, in.fd, FDK_EPOLL_IN, 0xfeedULL));
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 0), 0); /* nothing queued: not readable */

    ASSERT_EQ(chmod(P(&d, "f"), 0600), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 1000), 1);
    ASSERT_TRUE(evs[0].events & FDK_EPOLL_IN);
    ASSERT_EQ_U64(evs[0].data.u64, 0xfeedULL);
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 0), 1); /* level-triggered: still readable until read */
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB);
    evlog_free(&l);
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 0), 0); /* read empty: not readable */

    /* a wait that is sleeping is woken by an event another thread makes */
    t.path = P(&d, "f");
    t.delay_ms = 100;
    ASSERT_EQ(pthread_create(&th, NULL, touch_later, &t), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 5000), 1);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ_U64(evs[0].data.u64, 0xfeedULL);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_ATTRIB);
    evlog_free(&l);

    /* edge-triggered: one wakeup per new event, not per wait */
    ASSERT_OK(fdk_epoll_modify(ep, in.fd, FDK_EPOLL_IN | FDK_EPOLL_ET, 7));
    ASSERT_EQ(truncate(P(&d, "f"), 0), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 1000), 1);
    ASSERT_EQ_U64(evs[0].data.u64, 7);
    ASSERT_EQ(fdk_epoll_wait(ep, evs, 4, 0), 0);
    drain(in, &l);
    EXPECT_EXACTLY(&l, wd, NULL, FDK_INOTIFY_MODIFY);
    evlog_free(&l);

    ASSERT_OK(fdk_epoll_delete(ep, in.fd));
    ASSERT_OK(fdk_epoll_close(&ep));
    in_close(&in);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_open_flags);
    RUN(test_nonblocking_empty);
    RUN(test_short_buffer_consumes_nothing);
    RUN(test_maximal_record_fits);
    RUN(test_blocking_read_woken_by_thread);
    RUN(test_blocking_read_eintr);
    RUN(test_epoll_readiness);
    return 0;
}
