/* SPDX-License-Identifier: MIT */
/*
 * signalfd behaviour: the mask is touched only with FDK_SIGNALFD_BLOCK and
 * then gains exactly the signalfd's set; signals sent every way a process can
 * send them arrive as records that decode to the right sender and value;
 * realtime signals queue in order while standard ones coalesce; reads report
 * EAGAIN and EINTR instead of hiding them; and the classic pitfall - a thread
 * with the signal unblocked takes it before the signalfd can - next to the
 * cure, fdk_signal_thread_create_blocked().
 *
 * Every case saves the thread's mask and the dispositions it changes, drains
 * what it left pending and puts everything back.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <time.h>

/* ---- saving and restoring signal state ---------------------------------- */

struct sig_state {
    sigset_t mask;
    struct sigaction act[3];
};

static const int touched_sigs[3] = {SIGUSR1, SIGUSR2, SIGALRM};

static void state_save(struct sig_state *s)
{
    size_t i;
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &s->mask), 0);
    for (i = 0; i < 3; i++)
        ASSERT_EQ(sigaction(touched_sigs[i], NULL, &s->act[i]), 0);
}

/* Take every pending signal of the set (they must be blocked) without acting on it. */
static void drain(const sigset_t *set)
{
    static const struct timespec zero = {0, 0};
    while (sigtimedwait(set, NULL, &zero) > 0)
        ;
}

/* Discard what the case left pending, then put dispositions and mask back. */
static void state_restore(const struct sig_state *s)
{
    sigset_t all;
    size_t i;
    sigfillset(&all);
    ASSERT_EQ(pthread_sigmask(SIG_BLOCK, &all, NULL), 0);
    drain(&all);
    for (i = 0; i < 3; i++)
        ASSERT_EQ(sigaction(touched_sigs[i], &s->act[i], NULL), 0);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &s->mask, NULL), 0);
}

static sigset_t current_mask(void)
{
    sigset_t m;
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &m), 0);
    return m;
}

static int same_set(const sigset_t *a, const sigset_t *b)
{
    int s;
    for (s = 1; s <= SIGRTMAX; s++)
        if (sigismember(a, s) != sigismember(b, s))
            return 0;
    return 1;
}

static sigset_t set_of(int a, int b)
{
    sigset_t s;
    sigemptyset(&s);
    if (a > 0)
        sigaddset(&s, a);
    if (b > 0)
        sigaddset(&s, b);
    return s;
}

/* Wait up to 2 s for the fd to become readable: a lost signal fails, never hangs. */
static void wait_readable(int fd)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    int r;
    do
        r = poll(&p, 1, 2000);
    while (r < 0 && errno == EINTR);
    if (r != 1)
        fdk_test_fail(__FILE__, __LINE__, "fd %d: no signal arrived within 2 s", fd);
}

/* Read exactly one record and decode it. */
static struct fdk_siginfo read_one(fdk_signalfd sfd)
{
    struct signalfd_siginfo rec[4];
    struct fdk_siginfo info;
    wait_readable(sfd.fd);
    ASSERT_EQ(fdk_signalfd_read(sfd, rec, 4), 1);
    ASSERT_OK(fdk_signal_decode(&rec[0], &info));
    return info;
}

/* ---- creation and the mask ---------------------------------------------- */

static void test_open_properties(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, 0), after;
    fdk_signalfd a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;

    state_save(&st);
    ASSERT_OK(fdk_signalfd_open(&a, &want, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(a.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(a.fd));
    ASSERT_EQ(fdk_fd_kind(a.fd), FDK_FD_KIND_SIGNALFD);

    ASSERT_OK(fdk_signalfd_open(&b, &want, FDK_SIGNALFD_NONBLOCK | FDK_SIGNALFD_CLOEXEC));
    ASSERT_TRUE(fdk_test_is_cloexec(b.fd));
    ASSERT_TRUE(fdk_test_is_nonblock(b.fd));
    ASSERT_EQ(fdk_fd_kind(b.fd), FDK_FD_KIND_SIGNALFD);

    /* Without FDK_SIGNALFD_BLOCK the mask is exactly what it was. */
    after = current_mask();
    ASSERT_TRUE(same_set(&after, &st.mask));
    ASSERT_TRUE(!sigismember(&after, SIGUSR1));

    ASSERT_ERR(fdk_signalfd_open(&a, NULL, 0), EINVAL);
    ASSERT_OK(fdk_signalfd_close(&a));
    ASSERT_OK(fdk_signalfd_close(&b));
    state_restore(&st);
}

static void test_open_block_adds_exactly_the_mask(void)
{
    struct sig_state st;
    sigset_t start = set_of(SIGUSR2, 0);
    sigset_t want = set_of(SIGUSR1, SIGRTMIN + 2);
    sigset_t expect = set_of(SIGUSR2, SIGUSR1), after;
    fdk_signalfd h = FDK_HANDLE_INIT;
    int s;

    state_save(&st);
    sigaddset(&expect, SIGRTMIN + 2);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &start, NULL), 0);

    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd)); /* BLOCK is ours; it never reaches the kernel */
    after = current_mask();
    for (s = 1; s <= SIGRTMAX; s++)
        if (sigismember(&after, s) != sigismember(&expect, s))
            fdk_test_fail(__FILE__, __LINE__, "signal %d: blocked %d, expected %d", s,
                          sigismember(&after, s), sigismember(&expect, s));

    /* Closing the fd leaves the mask alone: unblocking is the caller's call. */
    ASSERT_OK(fdk_signalfd_close(&h));
    after = current_mask();
    ASSERT_TRUE(same_set(&after, &expect));
    state_restore(&st);
}

static void test_open_failure_leaves_mask_and_fds(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, SIGUSR2), after;
    fdk_signalfd h = {.fd = -7};
    static const int errs[] = {EMFILE, ENFILE, ENODEV, ENOMEM};
    size_t i;

    state_save(&st);
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("signalfd", 1, 1, errs[i]);
        ASSERT_ERR(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK), errs[i]);
        ASSERT_EQ(fdk_inject_calls("signalfd"), 1); /* never retried */
        ASSERT_EQ(h.fd, -7);                        /* nothing written */
        after = current_mask();
        ASSERT_TRUE(same_set(&after, &st.mask)); /* nothing blocked */
    }
    fdk_inject_reset();

    /* Unknown bits are refused before the system call. */
    ASSERT_ERR(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK | 0x1), EINVAL);
    ASSERT_EQ(fdk_inject_calls("signalfd"), 0);
    after = current_mask();
    ASSERT_TRUE(same_set(&after, &st.mask));
    ASSERT_EQ(h.fd, -7);
    state_restore(&st);
}

/* ---- every way of sending ---------------------------------------------- */

static void test_kill_tgkill_sigqueue_decode(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, 0);
    fdk_signalfd h = FDK_HANDLE_INIT;
    struct fdk_siginfo info;
    union sigval v = {.sival_int = 4242};

    state_save(&st);
    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK));

    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    info = read_one(h);
    ASSERT_EQ(info.signo, SIGUSR1);
    ASSERT_EQ(info.code, SI_USER);
    ASSERT_EQ(info.origin, FDK_SIG_FROM_KILL);
    ASSERT_TRUE(info.has_sender);
    ASSERT_EQ(info.pid, getpid());
    ASSERT_EQ(info.uid, getuid());
    ASSERT_TRUE(!info.has_value);
    ASSERT_TRUE(!info.realtime);

    ASSERT_EQ(tgkill(getpid(), gettid(), SIGUSR1), 0);
    info = read_one(h);
    ASSERT_EQ(info.signo, SIGUSR1);
    ASSERT_EQ(info.code, SI_TKILL);
    ASSERT_EQ(info.origin, FDK_SIG_FROM_TKILL);
    ASSERT_EQ(info.pid, getpid());
    ASSERT_EQ(info.uid, getuid());

    ASSERT_EQ(sigqueue(getpid(), SIGUSR1, v), 0);
    info = read_one(h);
    ASSERT_EQ(info.signo, SIGUSR1);
    ASSERT_EQ(info.code, SI_QUEUE);
    ASSERT_EQ(info.origin, FDK_SIG_FROM_SIGQUEUE);
    ASSERT_EQ(info.pid, getpid());
    ASSERT_EQ(info.uid, getuid());
    ASSERT_TRUE(info.has_value);
    ASSERT_EQ(info.value_int, 4242);

    ASSERT_OK(fdk_signalfd_close(&h));
    state_restore(&st);
}

struct sender {
    pid_t main_tid;
    int err;
};

/* Runs with every signal blocked: sends to the process, then to the main thread. */
static void *send_from_thread(void *arg)
{
    struct sender *s = arg;
    union sigval v = {.sival_int = -9};
    if (kill(getpid(), SIGUSR1) < 0 || tgkill(getpid(), s->main_tid, SIGUSR2) < 0 ||
        sigqueue(getpid(), SIGUSR1, v) < 0)
        s->err = errno;
    return NULL;
}

static void test_signal_from_another_thread(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, SIGUSR2);
    fdk_signalfd h = FDK_HANDLE_INIT;
    struct sender snd = {.main_tid = gettid()};
    struct fdk_siginfo info;
    pthread_t t;

    state_save(&st);
    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK));
    ASSERT_OK(fdk_signal_thread_create_blocked(&t, NULL, send_from_thread, &snd));
    ASSERT_EQ(pthread_join(t, NULL), 0);
    ASSERT_EQ(snd.err, 0);
    {
        /* The caller's mask came back unchanged from the helper. */
        sigset_t now = current_mask(), expect = st.mask;
        sigaddset(&expect, SIGUSR1);
        sigaddset(&expect, SIGUSR2);
        ASSERT_TRUE(same_set(&now, &expect));
    }

    /*
     * Two records: the process-directed SIGUSR1 (its kill and sigqueue
     * coalesced into the first one sent) and the SIGUSR2 sent to this thread,
     * which our signalfd reads too.  The kernel takes thread-directed signals
     * first, so sort by number rather than assume an order.
     */
    {
        struct signalfd_siginfo rec[4];
        struct fdk_siginfo got[2];
        ssize_t n;
        int have = 0;
        while (have < 2) {
            wait_readable(h.fd);
            n = fdk_signalfd_read(h, rec, 4);
            ASSERT_TRUE(n >= 1 && n <= 2 - have);
            for (ssize_t i = 0; i < n; i++)
                ASSERT_OK(fdk_signal_decode(&rec[i], &got[have++]));
        }
        if (got[0].signo != SIGUSR1) {
            info = got[0];
            got[0] = got[1];
            got[1] = info;
        }
        ASSERT_EQ(got[0].signo, SIGUSR1);
        ASSERT_EQ(got[0].origin, FDK_SIG_FROM_KILL);
        ASSERT_EQ(got[0].pid, getpid()); /* the sender's process, not its thread id */
        ASSERT_EQ(got[0].uid, getuid());
        ASSERT_EQ(got[1].signo, SIGUSR2);
        ASSERT_EQ(got[1].origin, FDK_SIG_FROM_TKILL);
        ASSERT_EQ(got[1].pid, getpid());
    }

    {
        struct signalfd_siginfo rec[2];
        fdk_signalfd nb = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_signalfd_open(&nb, &want, FDK_SIGNALFD_NONBLOCK));
        ASSERT_ERR(fdk_signalfd_read(nb, rec, 2), EAGAIN); /* nothing else pending */
        ASSERT_OK(fdk_signalfd_close(&nb));
    }
    ASSERT_OK(fdk_signalfd_close(&h));
    state_restore(&st);
}

/* ---- queueing ----------------------------------------------------------- */

static void test_realtime_queue_in_order(void)
{
    struct sig_state st;
    int rt = SIGRTMIN + 1, i;
    sigset_t want = set_of(rt, 0);
    fdk_signalfd h = FDK_HANDLE_INIT;
    struct signalfd_siginfo rec[8];
    struct sigaction old_rt;

    state_save(&st);
    ASSERT_EQ(sigaction(rt, NULL, &old_rt), 0);
    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK));
    for (i = 1; i <= 5; i++) {
        union sigval v = {.sival_int = i};
        ASSERT_EQ(sigqueue(getpid(), rt, v), 0);
    }
    ASSERT_EQ(fdk_signalfd_read(h, rec, 8), 5); /* one batch, no coalescing */
    for (i = 0; i < 5; i++) {
        struct fdk_siginfo info;
        ASSERT_OK(fdk_signal_decode(&rec[i], &info));
        ASSERT_EQ(info.signo, rt);
        ASSERT_TRUE(info.realtime);
        ASSERT_EQ(info.origin, FDK_SIG_FROM_SIGQUEUE);
        ASSERT_TRUE(info.has_value);
        ASSERT_EQ(info.value_int, i + 1); /* in the order they were sent */
        ASSERT_EQ(info.pid, getpid());
    }
    ASSERT_ERR(fdk_signalfd_read(h, rec, 8), EAGAIN);

    /* A smaller buffer takes what fits; the rest stays queued. */
    for (i = 1; i <= 3; i++) {
        union sigval v = {.sival_int = 10 * i};
        ASSERT_EQ(sigqueue(getpid(), rt, v), 0);
    }
    ASSERT_EQ(fdk_signalfd_read(h, rec, 2), 2);
    ASSERT_EQ(rec[0].ssi_int, 10);
    ASSERT_EQ(rec[1].ssi_int, 20);
    ASSERT_EQ(fdk_signalfd_read(h, rec, 8), 1);
    ASSERT_EQ(rec[0].ssi_int, 30);

    ASSERT_OK(fdk_signalfd_close(&h));
    state_restore(&st);
    ASSERT_EQ(sigaction(rt, &old_rt, NULL), 0);
}

static void test_standard_signal_coalesces(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, 0);
    fdk_signalfd h = FDK_HANDLE_INIT;
    struct signalfd_siginfo rec[8];

    state_save(&st);
    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK));
    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(fdk_signalfd_read(h, rec, 8), 1);
    ASSERT_EQ(rec[0].ssi_signo, SIGUSR1);
    ASSERT_ERR(fdk_signalfd_read(h, rec, 8), EAGAIN);
    ASSERT_OK(fdk_signalfd_close(&h));
    state_restore(&st);
}

/* ---- reads that do not return a record ---------------------------------- */

static void test_read_arguments_and_eagain(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, 0);
    fdk_signalfd h = FDK_HANDLE_INIT, bad = FDK_HANDLE_INIT;
    struct signalfd_siginfo rec[2];

    state_save(&st);
    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_NONBLOCK));
    fdk_inject_reset();
    ASSERT_ERR(fdk_signalfd_read(h, rec, 0), EINVAL);
    ASSERT_ERR(fdk_signalfd_read(h, NULL, 2), EINVAL);
    ASSERT_ERR(fdk_signalfd_read(bad, rec, 2), EBADF);
    ASSERT_EQ(fdk_inject_calls("read"), 0); /* all refused before the system call */

    ASSERT_ERR(fdk_signalfd_read(h, rec, 2), EAGAIN); /* nothing pending: never 0 */
    ASSERT_EQ(fdk_inject_calls("read"), 1);

    /* A byte count that is not whole records cannot come from a signalfd: -EIO. */
    {
        int p[2];
        char junk[100] = {0};
        fdk_signalfd fake;
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        ASSERT_EQ(write(p[1], junk, sizeof junk), (ssize_t)sizeof junk);
        fake = fdk_signalfd_adopt(p[0]);
        ASSERT_ERR(fdk_signalfd_read(fake, rec, 2), EIO);
        ASSERT_OK(fdk_signalfd_close(&fake));
        close(p[1]);
    }
    ASSERT_OK(fdk_signalfd_close(&h));
    fdk_inject_reset();
    state_restore(&st);
}

static volatile sig_atomic_t alarm_handled;

static void on_alarm(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    alarm_handled = 1;
}

static void test_blocking_read_returns_eintr(void)
{
    struct sig_state st;
    sigset_t want = set_of(SIGUSR1, 0), alrm = set_of(SIGALRM, 0);
    fdk_signalfd h = FDK_HANDLE_INIT;
    struct signalfd_siginfo rec[2];
    struct sigaction sa;
    struct itimerval it = {.it_value = {0, 50 * 1000}}, saved;
    struct timespec t0, t1;

    state_save(&st);
    ASSERT_OK(fdk_signalfd_open(&h, &want, FDK_SIGNALFD_BLOCK));
    ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &alrm, NULL), 0);
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_alarm;
    sa.sa_flags = SA_SIGINFO; /* no SA_RESTART: the read must come back */
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGALRM, &sa, NULL), 0);

    /* ITIMER_REAL is also main()'s alarm() watchdog: saved here, re-armed below. */
    alarm_handled = 0;
    fdk_inject_reset();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ASSERT_EQ(setitimer(ITIMER_REAL, &it, &saved), 0);
    ASSERT_ERR(fdk_signalfd_read(h, rec, 2), EINTR);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ASSERT_EQ(fdk_inject_calls("read"), 1); /* returned, not retried */
    ASSERT_TRUE(alarm_handled);
    ASSERT_TRUE((t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec) >= 40000000L);
    alarm(45);

    /* The same promise on a path the kernel rarely takes: one EINTR, no retry. */
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_signalfd_read(h, rec, 2), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);

    ASSERT_OK(fdk_signalfd_close(&h));
    (void)saved;
    state_restore(&st);
}

/* ---- the pitfall, and the cure ------------------------------------------ */

static atomic_int usr2_count;
static atomic_int usr2_tid;
static atomic_int stop_waiting;

static void on_usr2(int sig)
{
    (void)sig;
    atomic_fetch_add(&usr2_count, 1);
    atomic_store(&usr2_tid, (int)gettid());
}

struct idler {
    atomic_int tid;
};

/* An ordinary worker: it does nothing with signals and blocks nothing itself. */
static void *idle_thread(void *arg)
{
    struct idler *me = arg;
    atomic_store(&me->tid, (int)gettid());
    while (!atomic_load(&stop_waiting))
        usleep(1000);
    return NULL;
}

static void wait_started(struct idler *w)
{
    int i;
    for (i = 0; i < 2000 && atomic_load(&w->tid) == 0; i++)
        usleep(1000);
    ASSERT_TRUE(atomic_load(&w->tid) != 0);
}

static void test_pitfall_thread_with_signal_unblocked(void)
{
    struct sig_state st;
    sigset_t usr2 = set_of(SIGUSR2, 0), pending;
    fdk_signalfd h = FDK_HANDLE_INIT;
    struct signalfd_siginfo rec[2];
    struct sigaction sa;
    struct idler w = {0};
    pthread_t t;
    int i;

    state_save(&st);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr2;
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGUSR2, &sa, NULL), 0);
    ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &usr2, NULL), 0);
    atomic_store(&usr2_count, 0);
    atomic_store(&usr2_tid, 0);
    atomic_store(&stop_waiting, 0);

    /*
     * THE PITFALL.  A thread started with plain pthread_create() inherits the
     * creator's mask at that moment, here with SIGUSR2 unblocked.  Blocking
     * SIGUSR2 afterwards (FDK_SIGNALFD_BLOCK does so in the calling thread
     * only) does not reach that thread, so a process-directed SIGUSR2 is
     * delivered to it - its handler runs - and the signalfd never sees the
     * signal.  Had the disposition been the default, the process would have
     * died instead.
     */
    ASSERT_EQ(pthread_create(&t, NULL, idle_thread, &w), 0);
    wait_started(&w);
    ASSERT_OK(fdk_signalfd_open(&h, &usr2, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK));
    ASSERT_EQ(kill(getpid(), SIGUSR2), 0);
    for (i = 0; i < 2000 && atomic_load(&usr2_count) == 0; i++)
        usleep(1000);
    ASSERT_EQ(atomic_load(&usr2_count), 1);                  /* the handler took it... */
    ASSERT_EQ(atomic_load(&usr2_tid), atomic_load(&w.tid)); /* ...in the other thread */
    ASSERT_ERR(fdk_signalfd_read(h, rec, 2), EAGAIN);        /* and the signalfd got nothing */
    ASSERT_EQ(sigpending(&pending), 0);
    ASSERT_TRUE(!sigismember(&pending, SIGUSR2));
    atomic_store(&stop_waiting, 1);
    ASSERT_EQ(pthread_join(t, NULL), 0);
    ASSERT_OK(fdk_signalfd_close(&h));

    /*
     * THE CURE.  Same mask in the creator (SIGUSR2 still unblocked when the
     * thread starts), but the thread comes from
     * fdk_signal_thread_create_blocked(): it starts with every signal blocked,
     * so the only way out for SIGUSR2 is the signalfd.
     */
    ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &usr2, NULL), 0);
    atomic_store(&usr2_count, 0);
    atomic_store(&stop_waiting, 0);
    atomic_store(&w.tid, 0);
    ASSERT_OK(fdk_signal_thread_create_blocked(&t, NULL, idle_thread, &w));
    wait_started(&w);
    ASSERT_OK(fdk_signalfd_open(&h, &usr2, FDK_SIGNALFD_BLOCK));
    ASSERT_EQ(kill(getpid(), SIGUSR2), 0);
    {
        struct fdk_siginfo info = read_one(h);
        ASSERT_EQ(info.signo, SIGUSR2);
        ASSERT_EQ(info.origin, FDK_SIG_FROM_KILL);
        ASSERT_EQ(info.pid, getpid());
    }
    usleep(20000); /* had the thread been able to take it, it would have by now */
    ASSERT_EQ(atomic_load(&usr2_count), 0);
    atomic_store(&stop_waiting, 1);
    ASSERT_EQ(pthread_join(t, NULL), 0);
    ASSERT_OK(fdk_signalfd_close(&h));
    state_restore(&st);
}

int main(void)
{
    alarm(45); /* watchdog: a wait that never returns fails instead of hanging */
    RUN(test_open_properties);
    RUN(test_open_block_adds_exactly_the_mask);
    RUN(test_open_failure_leaves_mask_and_fds);
    RUN(test_kill_tgkill_sigqueue_decode);
    RUN(test_signal_from_another_thread);
    RUN(test_realtime_queue_in_order);
    RUN(test_standard_signal_coalesces);
    RUN(test_read_arguments_and_eagain);
    RUN(test_blocking_read_returns_eintr);
    RUN(test_pitfall_thread_with_signal_unblocked);
    return 0;
}
