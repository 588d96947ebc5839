/* SPDX-License-Identifier: MIT */
/*
 * Signal dispatcher behaviour: callbacks get the decoded record of each
 * signal in arrival order; the fd works from epoll and from run(); run() times
 * out and reports EINTR; off() stops delivery, also from inside a callback;
 * FDK_SIGDISPATCH_BLOCK is the only thing that touches the thread's mask;
 * bad input changes nothing; and every action, carried out in a forked
 * child, ends (or stops, or spares) the child the way waitpid() should see.
 *
 * Each case saves the thread's mask and the dispositions it may change,
 * drains whatever it left pending and puts everything back.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>

/* ---- signal state -------------------------------------------------------- */

#define N_TOUCHED 4
static const int touched_sigs[N_TOUCHED] = {SIGUSR1, SIGUSR2, SIGALRM, SIGTERM};

struct sig_state {
    sigset_t mask;
    struct sigaction act[N_TOUCHED];
};

static void state_save(struct sig_state *s)
{
    int i;
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &s->mask), 0);
    for (i = 0; i < N_TOUCHED; i++)
        ASSERT_EQ(sigaction(touched_sigs[i], NULL, &s->act[i]), 0);
}

static void state_restore(const struct sig_state *s)
{
    static const struct timespec zero = {0, 0};
    sigset_t all;
    int i;

    sigfillset(&all);
    ASSERT_EQ(pthread_sigmask(SIG_BLOCK, &all, NULL), 0);
    while (sigtimedwait(&all, NULL, &zero) > 0)
        ;
    for (i = 0; i < N_TOUCHED; i++)
        ASSERT_EQ(sigaction(touched_sigs[i], &s->act[i], NULL), 0);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &s->mask, NULL), 0);
}

static int blocked_here(int signo)
{
    sigset_t cur;
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &cur), 0);
    return sigismember(&cur, signo) == 1;
}

/* The signalfd's set as the kernel shows it in /proc/self/fdinfo. */
static void fd_sigmask(int fd, char *buf, size_t size)
{
    char path[64], line[256];
    FILE *f;

    snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
    f = fopen(path, "r");
    if (!f)
        fdk_test_skip("%s is not readable", path);
    buf[0] = '\0';
    while (fgets(line, sizeof(line), f))
        if (strncmp(line, "sigmask:", 8) == 0) {
            size_t len = strlen(line + 8);
            if (len >= size)
                len = size - 1;
            memcpy(buf, line + 8, len);
            buf[len] = '\0';
            break;
        }
    fclose(f);
    ASSERT_TRUE(buf[0] != '\0');
}

/* ---- a callback that records what it saw --------------------------------- */

#define MAX_SEEN 16

struct seen {
    int n;
    struct fdk_siginfo info[MAX_SEEN];
    fdk_sigdispatch *d; /* for callbacks that call back into the dispatcher */
    int off_signo;      /* 0, or the signal the callback turns off */
};

static void record_cb(const struct fdk_siginfo *info, void *arg)
{
    struct seen *s = arg;
    if (s->n < MAX_SEEN)
        s->info[s->n] = *info;
    s->n++;
    if (s->off_signo)
        ASSERT_OK(fdk_sigdispatch_off(s->d, s->off_signo));
}

static void nop_cb(const struct fdk_siginfo *info, void *arg)
{
    (void)info;
    (void)arg;
}

/* ---- cases ---------------------------------------------------------------- */

static void test_callbacks(void)
{
    struct sig_state st;
    struct seen s1, s2;
    fdk_sigdispatch *d = NULL;
    int fd;

    state_save(&st);
    memset(&s1, 0, sizeof(s1));
    memset(&s2, 0, sizeof(s2));
    ASSERT_OK(fdk_sigdispatch_new(&d));
    fd = fdk_sigdispatch_fd(d);
    ASSERT_OK(fd);
    ASSERT_TRUE(fdk_test_is_cloexec(fd));
    ASSERT_TRUE(fdk_test_is_nonblock(fd));

    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 0); /* nothing pending */
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s1, FDK_SIGDISPATCH_BLOCK));
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR2, record_cb, &s2, FDK_SIGDISPATCH_BLOCK));
    ASSERT_EQ(kill(getpid(), SIGUSR2), 0);
    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 2);
    ASSERT_EQ(s1.n, 1);
    ASSERT_EQ(s2.n, 1);
    ASSERT_EQ(s1.info[0].signo, SIGUSR1);
    ASSERT_EQ(s2.info[0].signo, SIGUSR2);
    ASSERT_EQ(s1.info[0].origin, FDK_SIG_FROM_KILL);
    ASSERT_EQ(s2.info[0].origin, FDK_SIG_FROM_KILL);
    ASSERT_EQ(s1.info[0].pid, getpid());
    ASSERT_EQ(s2.info[0].pid, getpid());
    ASSERT_EQ(s1.info[0].uid, getuid());
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 0);

    /* A later on() replaces the callback. */
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s2, 0));
    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 1);
    ASSERT_EQ(s1.n, 1);
    ASSERT_EQ(s2.n, 2);
    ASSERT_EQ(s2.info[1].signo, SIGUSR1);

    ASSERT_OK(fdk_sigdispatch_free(d));
    ASSERT_OK(fdk_sigdispatch_free(NULL));
    state_restore(&st);
}

static void test_realtime_order(void)
{
    struct sig_state st;
    struct seen s;
    fdk_sigdispatch *d = NULL;
    union sigval v;
    int rt = SIGRTMIN + 2, i;

    state_save(&st);
    memset(&s, 0, sizeof(s));
    ASSERT_OK(fdk_sigdispatch_new(&d));
    ASSERT_OK(fdk_sigdispatch_on(d, rt, record_cb, &s, FDK_SIGDISPATCH_BLOCK));
    for (i = 0; i < 5; i++) {
        v.sival_int = 100 + i;
        ASSERT_EQ(sigqueue(getpid(), rt, v), 0);
    }
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 5);
    ASSERT_EQ(s.n, 5);
    for (i = 0; i < 5; i++) {
        ASSERT_EQ(s.info[i].signo, rt);
        ASSERT_EQ(s.info[i].origin, FDK_SIG_FROM_SIGQUEUE);
        ASSERT_EQ(s.info[i].realtime, 1);
        ASSERT_EQ(s.info[i].has_value, 1);
        ASSERT_EQ(s.info[i].value_int, 100 + i);
        ASSERT_EQ(s.info[i].pid, getpid());
    }
    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

/* More than one read's worth: dispatch keeps reading until nothing is left. */
static void test_many_records(void)
{
    struct sig_state st;
    struct seen s;
    fdk_sigdispatch *d = NULL;
    union sigval v;
    int rt = SIGRTMIN + 3, i, n = 40;

    state_save(&st);
    memset(&s, 0, sizeof(s));
    ASSERT_OK(fdk_sigdispatch_new(&d));
    ASSERT_OK(fdk_sigdispatch_on(d, rt, record_cb, &s, FDK_SIGDISPATCH_BLOCK));
    for (i = 0; i < n; i++) {
        v.sival_int = i;
        ASSERT_EQ(sigqueue(getpid(), rt, v), 0);
    }
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), n);
    ASSERT_EQ(s.n, n);
    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

static void test_epoll(void)
{
    struct sig_state st;
    struct seen s;
    struct epoll_event ev[4];
    fdk_sigdispatch *d = NULL;
    fdk_epoll ep;

    state_save(&st);
    memset(&s, 0, sizeof(s));
    ASSERT_OK(fdk_sigdispatch_new(&d));
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s, FDK_SIGDISPATCH_BLOCK));
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_epoll_add(ep, fdk_sigdispatch_fd(d), FDK_EPOLL_IN, 42));
    ASSERT_EQ(fdk_epoll_wait(ep, ev, 4, 0), 0);

    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, ev, 4, 1000), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&ev[0]), 42);
    ASSERT_TRUE(fdk_epoll_event_bits(&ev[0]) & FDK_EPOLL_IN);
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 1);
    ASSERT_EQ(s.n, 1);
    ASSERT_EQ(s.info[0].signo, SIGUSR1);
    ASSERT_EQ(fdk_epoll_wait(ep, ev, 4, 0), 0); /* drained */

    ASSERT_OK(fdk_epoll_close(&ep));
    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void test_run(void)
{
    struct sig_state st;
    struct seen s;
    fdk_sigdispatch *d = NULL;
    double t0, dt;

    state_save(&st);
    memset(&s, 0, sizeof(s));
    ASSERT_OK(fdk_sigdispatch_new(&d));
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s, FDK_SIGDISPATCH_BLOCK));

    t0 = now_ms();
    ASSERT_EQ(fdk_sigdispatch_run(d, 50), 0);
    dt = now_ms() - t0;
    ASSERT_TRUE(dt >= 45 && dt < 1000);
    ASSERT_EQ(fdk_sigdispatch_run(d, 0), 0);
    ASSERT_EQ(s.n, 0);

    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(fdk_sigdispatch_run(d, -1), 1);
    ASSERT_EQ(s.n, 1);

    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

static volatile sig_atomic_t alarm_hits;

static void on_alarm(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)si;
    (void)uc;
    alarm_hits++;
}

static void test_run_eintr(void)
{
    struct sig_state st;
    struct sigaction sa;
    struct itimerval it, off;
    sigset_t alrm;
    fdk_sigdispatch *d = NULL;
    double t0;

    state_save(&st);
    ASSERT_OK(fdk_sigdispatch_new(&d));
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK));

    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_alarm;
    sa.sa_flags = SA_SIGINFO; /* poll() is never restarted anyway */
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGALRM, &sa, NULL), 0);
    sigemptyset(&alrm);
    sigaddset(&alrm, SIGALRM);
    ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &alrm, NULL), 0);

    alarm_hits = 0;
    memset(&it, 0, sizeof(it));
    memset(&off, 0, sizeof(off));
    it.it_value.tv_usec = 20000;
    t0 = now_ms();
    ASSERT_EQ(setitimer(ITIMER_REAL, &it, NULL), 0);
    ASSERT_ERR(fdk_sigdispatch_run(d, 2000), EINTR);
    ASSERT_TRUE(now_ms() - t0 < 1500);
    ASSERT_EQ(alarm_hits, 1);
    ASSERT_EQ(setitimer(ITIMER_REAL, &off, NULL), 0);

    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

static void test_off(void)
{
    struct sig_state st;
    struct seen s1, s2;
    fdk_sigdispatch *d = NULL;
    union sigval v;
    char before[64], after[64];
    int rt = SIGRTMIN + 4;

    state_save(&st);
    memset(&s1, 0, sizeof(s1));
    memset(&s2, 0, sizeof(s2));
    ASSERT_OK(fdk_sigdispatch_new(&d));
    fd_sigmask(fdk_sigdispatch_fd(d), before, sizeof(before));

    /* off() before the read: the signal stays pending, nothing is called. */
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s1, FDK_SIGDISPATCH_BLOCK));
    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_OK(fdk_sigdispatch_off(d, SIGUSR1));
    fd_sigmask(fdk_sigdispatch_fd(d), after, sizeof(after));
    ASSERT_STREQ(after, before);
    ASSERT_TRUE(blocked_here(SIGUSR1)); /* off() leaves the mask alone */
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 0);
    ASSERT_EQ(s1.n, 0);
    ASSERT_OK(fdk_sigdispatch_off(d, SIGUSR1)); /* twice is fine */
    ASSERT_OK(fdk_sigdispatch_off(d, SIGUSR2)); /* never watched: fine */

    /*
     * A callback turning another signal off: its record, already read in the
     * same batch, is ignored.
     */
    s1.d = d;
    s1.off_signo = SIGUSR2;
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s1, 0));
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR2, record_cb, &s2, FDK_SIGDISPATCH_BLOCK));
    ASSERT_EQ(kill(getpid(), SIGUSR2), 0); /* SIGUSR1 is still pending from above */
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 1);
    ASSERT_EQ(s1.n, 1);
    ASSERT_EQ(s2.n, 0);
    ASSERT_OK(fdk_sigdispatch_off(d, SIGUSR1));

    /* A callback turning itself off: the second queued record is ignored. */
    memset(&s1, 0, sizeof(s1));
    s1.d = d;
    s1.off_signo = rt;
    ASSERT_OK(fdk_sigdispatch_on(d, rt, record_cb, &s1, FDK_SIGDISPATCH_BLOCK));
    v.sival_int = 1;
    ASSERT_EQ(sigqueue(getpid(), rt, v), 0);
    v.sival_int = 2;
    ASSERT_EQ(sigqueue(getpid(), rt, v), 0);
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 1);
    ASSERT_EQ(s1.n, 1);
    ASSERT_EQ(s1.info[0].value_int, 1);
    fd_sigmask(fdk_sigdispatch_fd(d), after, sizeof(after));
    ASSERT_STREQ(after, before);
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 0);

    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

static void test_block_flag(void)
{
    struct sig_state st;
    sigset_t none, cur;
    fdk_sigdispatch *d = NULL;
    int rt = SIGRTMIN + 5;

    state_save(&st);
    sigemptyset(&none);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &none, NULL), 0);
    ASSERT_OK(fdk_sigdispatch_new(&d));

    /* Without the flag nothing is blocked. */
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, nop_cb, NULL, 0));
    ASSERT_OK(fdk_sigdispatch_set_action(d, SIGUSR2, FDK_SIG_ACTION_IGNORE, 0));
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &cur), 0);
    ASSERT_EQ(sigisemptyset(&cur), 1);

    /* With it, exactly the signal. */
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK));
    ASSERT_TRUE(blocked_here(SIGUSR1));
    ASSERT_TRUE(!blocked_here(SIGUSR2));
    ASSERT_OK(fdk_sigdispatch_set_action(d, rt, FDK_SIG_ACTION_IGNORE, FDK_SIGDISPATCH_BLOCK));
    ASSERT_TRUE(blocked_here(rt));
    ASSERT_TRUE(!blocked_here(SIGUSR2));

    /* Neither off() nor free() unblocks. */
    ASSERT_OK(fdk_sigdispatch_off(d, SIGUSR1));
    ASSERT_TRUE(blocked_here(SIGUSR1));
    ASSERT_OK(fdk_sigdispatch_free(d));
    ASSERT_TRUE(blocked_here(SIGUSR1));
    ASSERT_TRUE(blocked_here(rt));
    state_restore(&st);
}

static void test_invalid(void)
{
    struct sig_state st;
    sigset_t before_mask, after_mask;
    fdk_sigdispatch *d = NULL;
    char before[64], after[64];
    int fd;

    state_save(&st);
    ASSERT_ERR(fdk_sigdispatch_new(NULL), EINVAL);
    ASSERT_OK(fdk_sigdispatch_new(&d));
    fd = fdk_sigdispatch_fd(d);
    ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR2, nop_cb, NULL, 0));
    fd_sigmask(fd, before, sizeof(before));
    /* The kernel fills only its 8 bytes of a glibc sigset_t: zero the rest. */
    memset(&before_mask, 0, sizeof(before_mask));
    memset(&after_mask, 0, sizeof(after_mask));
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &before_mask), 0);

    ASSERT_ERR(fdk_sigdispatch_on(NULL, SIGUSR1, nop_cb, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGUSR1, NULL, NULL, FDK_SIGDISPATCH_BLOCK), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGKILL, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGSTOP, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, 0, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, -1, nop_cb, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGRTMAX + 1, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, 65, nop_cb, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGUSR1, nop_cb, NULL, 2), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGUSR1, nop_cb, NULL, FDK_SIGDISPATCH_BLOCK | 0x100), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_on(d, SIGUSR1, nop_cb, NULL, -1), EINVAL);

    ASSERT_ERR(fdk_sigdispatch_set_action(NULL, SIGUSR1, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, SIGKILL, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, SIGSTOP, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, 0, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, 65, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
    ASSERT_ERR(
        fdk_sigdispatch_set_action(d, SIGUSR1, (enum fdk_sig_action)99, FDK_SIGDISPATCH_BLOCK),
        EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, SIGUSR1, (enum fdk_sig_action) - 1, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, SIGUSR1, FDK_SIG_ACTION_IGNORE, 4), EINVAL);
    /* An invalid call on a watched signal leaves its callback in place. */
    ASSERT_ERR(fdk_sigdispatch_set_action(d, SIGUSR2, (enum fdk_sig_action)99, 0), EINVAL);

    ASSERT_ERR(fdk_sigdispatch_off(NULL, SIGUSR2), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_off(d, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_off(d, 65), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_fd(NULL), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_dispatch(NULL), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_run(NULL, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_run(d, -2), EINVAL);

    fd_sigmask(fd, after, sizeof(after));
    ASSERT_STREQ(after, before);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &after_mask), 0);
    ASSERT_MEM_EQ(&before_mask, &after_mask, sizeof(sigset_t));

    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

static void test_inject(void)
{
    struct sig_state st;
    fdk_sigdispatch *d = (fdk_sigdispatch *)&st; /* a sentinel that must survive */
    fdk_sigdispatch *const sentinel = d;
    char before[64], after[64];

    state_save(&st);
    fdk_inject_reset();
    fdk_inject_fail("signalfd", 1, 1, EMFILE);
    ASSERT_ERR(fdk_sigdispatch_new(&d), EMFILE);
    ASSERT_TRUE(d == sentinel);
    fdk_inject_reset();

    fdk_inject_fail("signalfd", 1, 1, ENFILE);
    ASSERT_ERR(fdk_sigdispatch_new(&d), ENFILE);
    ASSERT_TRUE(d == sentinel);
    fdk_inject_reset();

    /* A failed set_mask in on() leaves slot, signalfd set and thread mask as they were. */
    ASSERT_OK(fdk_sigdispatch_new(&d));
    {
        struct seen s;
        int was_blocked = blocked_here(SIGUSR1);
        memset(&s, 0, sizeof(s));
        fd_sigmask(fdk_sigdispatch_fd(d), before, sizeof(before));
        fdk_inject_fail("signalfd", 1, 1, ENOMEM);
        ASSERT_ERR(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s, FDK_SIGDISPATCH_BLOCK), ENOMEM);
        fdk_inject_reset();
        fd_sigmask(fdk_sigdispatch_fd(d), after, sizeof(after));
        ASSERT_STREQ(after, before);
        ASSERT_EQ(blocked_here(SIGUSR1), was_blocked);

        /* The same for off(): the signal stays watched. */
        ASSERT_OK(fdk_sigdispatch_on(d, SIGUSR1, record_cb, &s, FDK_SIGDISPATCH_BLOCK));
        fdk_inject_fail("signalfd", 1, 1, ENOMEM);
        ASSERT_ERR(fdk_sigdispatch_off(d, SIGUSR1), ENOMEM);
        fdk_inject_reset();
        ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
        ASSERT_EQ(fdk_sigdispatch_dispatch(d), 1);
        ASSERT_EQ(s.n, 1);
    }

    /* EINTR from the read is retried inside dispatch. */
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_EQ(fdk_sigdispatch_dispatch(d), 0);
    ASSERT_EQ(fdk_inject_calls("read"), 2);
    fdk_inject_reset();

    ASSERT_OK(fdk_sigdispatch_free(d));
    state_restore(&st);
}

/* ---- actions, in forked children ----------------------------------------- */

enum sender { BY_SELF, BY_PARENT };

/*
 * The child: no core files, a dispatcher with `action` for signo (blocked),
 * then the signal (sent by itself, or by the parent once told through the
 * pipe), then dispatch.  Exit 0 if it is still alive afterwards.
 */
static void child(int signo, enum fdk_sig_action action, enum sender who, int ready_fd)
{
    struct rlimit no_core = {0, 0};
    fdk_sigdispatch *d;
    int r;

    (void)setrlimit(RLIMIT_CORE, &no_core);
    if (fdk_sigdispatch_new(&d) < 0)
        _exit(10);
    if (fdk_sigdispatch_set_action(d, signo, action, FDK_SIGDISPATCH_BLOCK) < 0)
        _exit(11);
    if (who == BY_SELF) {
        if (kill(getpid(), signo) < 0)
            _exit(12);
        r = fdk_sigdispatch_dispatch(d);
    } else {
        if (write(ready_fd, "x", 1) != 1)
            _exit(13);
        do
            r = fdk_sigdispatch_run(d, 5000);
        while (r == 0 || r == -EINTR);
    }
    if (r != 1)
        _exit(14);
    fdk_sigdispatch_free(d);
    _exit(0);
}

enum outcome { EXITS_0, KILLED_BY, STOPS_THEN_EXITS_0 };

static void check_action(int signo, enum fdk_sig_action action, enum sender who,
                         enum outcome expect, int expect_sig)
{
    int ready[2], status;
    pid_t pid;
    char c;

    ASSERT_EQ(pipe2(ready, O_CLOEXEC), 0);
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        close(ready[0]);
        child(signo, action, who, ready[1]);
    }
    close(ready[1]);
    if (who == BY_PARENT) {
        ASSERT_EQ(read(ready[0], &c, 1), 1);
        ASSERT_EQ(kill(pid, signo), 0);
    }
    close(ready[0]);

    if (expect == STOPS_THEN_EXITS_0) {
        ASSERT_EQ(waitpid(pid, &status, WUNTRACED), pid);
        if (!WIFSTOPPED(status))
            fdk_test_fail(__FILE__, __LINE__, "signal %d action %d: status 0x%x, expected stopped",
                          signo, (int)action, status);
        ASSERT_EQ(WSTOPSIG(status), SIGSTOP);
        ASSERT_EQ(kill(pid, SIGCONT), 0);
    }
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    if (expect == KILLED_BY) {
        if (!WIFSIGNALED(status) || WTERMSIG(status) != expect_sig)
            fdk_test_fail(__FILE__, __LINE__,
                          "signal %d action %d: status 0x%x, expected killed by %d", signo,
                          (int)action, status, expect_sig);
    } else {
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            fdk_test_fail(__FILE__, __LINE__, "signal %d action %d: status 0x%x, expected exit 0",
                          signo, (int)action, status);
    }
}

static void test_actions(void)
{
    struct sig_state st;

    state_save(&st);
    check_action(SIGTERM, FDK_SIG_ACTION_DEFAULT, BY_PARENT, KILLED_BY, SIGTERM);
    check_action(SIGTERM, FDK_SIG_ACTION_DEFAULT, BY_SELF, KILLED_BY, SIGTERM);
    check_action(SIGQUIT, FDK_SIG_ACTION_DEFAULT, BY_SELF, KILLED_BY, SIGQUIT);
    check_action(SIGURG, FDK_SIG_ACTION_DEFAULT, BY_SELF, EXITS_0, 0);
    check_action(SIGCHLD, FDK_SIG_ACTION_DEFAULT, BY_SELF, EXITS_0, 0);
    check_action(SIGCONT, FDK_SIG_ACTION_DEFAULT, BY_SELF, EXITS_0, 0);
    check_action(SIGTSTP, FDK_SIG_ACTION_DEFAULT, BY_PARENT, STOPS_THEN_EXITS_0, 0);
    check_action(SIGRTMIN + 1, FDK_SIG_ACTION_DEFAULT, BY_SELF, KILLED_BY, SIGRTMIN + 1);

    check_action(SIGUSR1, FDK_SIG_ACTION_TERMINATE, BY_PARENT, KILLED_BY, SIGUSR1);
    check_action(SIGURG, FDK_SIG_ACTION_TERMINATE, BY_SELF, KILLED_BY, SIGTERM);
    check_action(SIGQUIT, FDK_SIG_ACTION_TERMINATE, BY_SELF, KILLED_BY, SIGTERM);

    check_action(SIGTERM, FDK_SIG_ACTION_IGNORE, BY_PARENT, EXITS_0, 0);

    check_action(SIGUSR2, FDK_SIG_ACTION_CORE, BY_SELF, KILLED_BY, SIGABRT);
    check_action(SIGQUIT, FDK_SIG_ACTION_CORE, BY_PARENT, KILLED_BY, SIGQUIT);

    check_action(SIGUSR1, FDK_SIG_ACTION_STOP, BY_PARENT, STOPS_THEN_EXITS_0, 0);
    check_action(SIGUSR1, FDK_SIG_ACTION_STOP, BY_SELF, STOPS_THEN_EXITS_0, 0);
    state_restore(&st);
}

int main(void)
{
    RUN(test_callbacks);
    RUN(test_realtime_order);
    RUN(test_many_records);
    RUN(test_epoll);
    RUN(test_run);
    RUN(test_run_eintr);
    RUN(test_off);
    RUN(test_block_flag);
    RUN(test_invalid);
    RUN(test_inject);
    RUN(test_actions);
    return 0;
}
