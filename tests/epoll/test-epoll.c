/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for fdkit's epoll family: the
 * trigger modes really behave as documented, 64-bit tokens survive the
 * packed struct epoll_event, registration errors are precise, waits time out,
 * honour signal masks and are interrupted (not retried) by signals.
 */
#include "fdk-test.h"

#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>

#define NS_PER_MS 1000000ll

static long long now_ms_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000ll + ts.tv_nsec;
}

/* A non-blocking eventfd and an epoll instance, the fixture of most cases. */
static void setup(fdk_epoll *ep, fdk_eventfd *ev)
{
    *ep = (fdk_epoll)FDK_HANDLE_INIT;
    *ev = (fdk_eventfd)FDK_HANDLE_INIT;
    ASSERT_OK(fdk_epoll_open(ep, 0));
    ASSERT_OK(fdk_eventfd_open(ev, 0, FDK_EVENTFD_NONBLOCK));
}

static void teardown(fdk_epoll *ep, fdk_eventfd *ev)
{
    ASSERT_OK(fdk_eventfd_close(ev));
    ASSERT_OK(fdk_epoll_close(ep));
}

static void drain(fdk_eventfd ev)
{
    uint64_t v;
    ASSERT_OK(fdk_eventfd_read(ev, &v));
}

/* Level-triggered: a readable fd is reported on every wait until drained. */
static void test_level_triggered(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[4];

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 7));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0);

    ASSERT_OK(fdk_eventfd_write(ev, 1));
    for (int i = 0; i < 3; i++) {
        memset(out, 0, sizeof(out));
        ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 1);
        ASSERT_TRUE(out[0].events & EPOLLIN);
        ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 7);
    }
    drain(ev);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0);
    teardown(&ep, &ev);
}

/* Edge-triggered: reported once per new write, even while still readable. */
static void test_edge_triggered(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[4];

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN | FDK_EPOLL_ET, 1));
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 1);
    ASSERT_TRUE(out[0].events & EPOLLIN);
    /* Not drained, but no new edge: nothing. */
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 20), 0);
    /* A new write is a new edge. */
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 1);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0);
    teardown(&ep, &ev);
}

/* ONESHOT: one report, then disarmed until re-armed with modify. */
static void test_oneshot_rearm(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[4];

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN | FDK_EPOLL_ONESHOT, 10));
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 10);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0);
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0); /* still disarmed */

    /* Re-arm (with a new token): the pending readiness is reported again. */
    ASSERT_OK(fdk_epoll_modify(ep, ev.fd, FDK_EPOLL_IN | FDK_EPOLL_ONESHOT, 11));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 11);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 0), 0);
    teardown(&ep, &ev);
}

/* Tokens are 64 bits wide and survive the (packed on x86-64) epoll_event. */
static void test_token_64bit(void)
{
    fdk_epoll ep;
    fdk_eventfd ev, ev2 = FDK_HANDLE_INIT;
    struct epoll_event out[4];
    const uint64_t tok = 0xdeadbeefcafef00dull, tok2 = 0x8000000000000001ull;
    int seen = 0;

    setup(&ep, &ev);
    ASSERT_OK(fdk_eventfd_open(&ev2, 1, 0));
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, tok));
    ASSERT_OK(fdk_epoll_add(ep, ev2.fd, FDK_EPOLL_IN, tok2));
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 2);
    for (int i = 0; i < 2; i++) {
        uint64_t t = fdk_epoll_event_token(&out[i]);
        ASSERT_EQ_U64(t, out[i].data.u64);
        if (t == tok)
            seen |= 1;
        else if (t == tok2)
            seen |= 2;
        else
            fdk_test_fail(__FILE__, __LINE__, "unexpected token 0x%llx", (unsigned long long)t);
    }
    ASSERT_EQ(seen, 3);

    /* modify replaces the token. */
    ASSERT_OK(fdk_epoll_delete(ep, ev2.fd));
    ASSERT_OK(fdk_epoll_modify(ep, ev.fd, FDK_EPOLL_IN, ~tok));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 4, 1000), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), ~tok);
    ASSERT_OK(fdk_eventfd_close(&ev2));
    teardown(&ep, &ev);
}

/* Registration errors: EEXIST, ENOENT, EBADF, EINVAL. */
static void test_registration_errors(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 1));
    ASSERT_ERR(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 2), EEXIST);
    ASSERT_OK(fdk_epoll_delete(ep, ev.fd));
    ASSERT_ERR(fdk_epoll_delete(ep, ev.fd), ENOENT);
    ASSERT_ERR(fdk_epoll_modify(ep, ev.fd, FDK_EPOLL_IN, 1), ENOENT);

    /* Deleted really means deleted. */
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 0), 0);

    ASSERT_ERR(fdk_epoll_add(ep, -1, FDK_EPOLL_IN, 0), EBADF);
    ASSERT_ERR(fdk_epoll_modify(ep, -1, FDK_EPOLL_IN, 0), EBADF);
    ASSERT_ERR(fdk_epoll_delete(ep, -1), EBADF);
    /* epoll cannot watch itself. */
    ASSERT_ERR(fdk_epoll_add(ep, ep.fd, FDK_EPOLL_IN, 0), EINVAL);
    teardown(&ep, &ev);
}

/* A regular file cannot be watched: -EPERM. */
static void test_add_regular_file(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);

    ASSERT_TRUE(fd >= 0);
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_ERR(fdk_epoll_add(ep, fd, FDK_EPOLL_IN, 0), EPERM);
    close(fd);
    ASSERT_OK(fdk_epoll_close(&ep));
}

/* EXCLUSIVE is valid on add only; on modify it is -EINVAL and changes nothing. */
static void test_exclusive(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN | FDK_EPOLL_EXCLUSIVE, 5));
    ASSERT_ERR(fdk_epoll_modify(ep, ev.fd, FDK_EPOLL_IN | FDK_EPOLL_EXCLUSIVE, 6), EINVAL);
    ASSERT_ERR(fdk_epoll_modify(ep, ev.fd, FDK_EPOLL_EXCLUSIVE, 6), EINVAL);
    /* The registration (token 5) is unchanged by the refused modifies. */
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 1000), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 5);

    /* On add, EXCLUSIVE does not combine with ONESHOT. */
    fdk_eventfd other = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_eventfd_open(&other, 0, 0));
    ASSERT_ERR(
        fdk_epoll_add(ep, other.fd, FDK_EPOLL_IN | FDK_EPOLL_EXCLUSIVE | FDK_EPOLL_ONESHOT, 0),
        EINVAL);
    ASSERT_OK(fdk_eventfd_close(&other));
    teardown(&ep, &ev);
}

/* Event bits outside FDK_EPOLL_EVENTS_ALL are rejected before the syscall. */
static void test_unknown_event_bit(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    uint32_t bad = 0;

    for (int bit = 0; bit < 32 && !bad; bit++)
        if (!((uint32_t)FDK_EPOLL_EVENTS_ALL & (UINT32_C(1) << bit)))
            bad = UINT32_C(1) << bit;
    ASSERT_NE(bad, 0);

    setup(&ep, &ev);
    ASSERT_ERR(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN | bad, 0), EINVAL);
    /* Nothing was registered: adding properly now succeeds. */
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 0));
    ASSERT_ERR(fdk_epoll_modify(ep, ev.fd, FDK_EPOLL_IN | bad, 0), EINVAL);
    teardown(&ep, &ev);
}

/* Open flags: CLOEXEC always, unknown bits -EINVAL with no fd and *out untouched. */
static void test_open_flags(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT, bad = {.fd = 999};
    int before, badflag = 0;

    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(ep.fd));
    ASSERT_OK(fdk_epoll_close(&ep));
    ASSERT_OK(fdk_epoll_open(&ep, FDK_EPOLL_CLOEXEC));
    ASSERT_TRUE(fdk_test_is_cloexec(ep.fd));
    ASSERT_OK(fdk_epoll_close(&ep));

    for (int bit = 0; bit < 31 && !badflag; bit++)
        if (!((unsigned int)FDK_EPOLL_OPEN_ALL & (1u << bit)))
            badflag = 1 << bit;
    before = fdk_test_count_fds();
    ASSERT_ERR(fdk_epoll_open(&bad, badflag), EINVAL);
    ASSERT_ERR(fdk_epoll_open(NULL, 0), EINVAL);
    ASSERT_EQ(bad.fd, 999);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/* Timeouts: 0 returns at once, 50 ms waits (at least about) that long. */
static void test_wait_timeouts(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];
    long long t0, dt;

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 0));
    t0 = now_ms_ns();
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 0), 0);
    dt = now_ms_ns() - t0;
    ASSERT_TRUE(dt < 2000 * NS_PER_MS);

    t0 = now_ms_ns();
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 50), 0);
    dt = now_ms_ns() - t0;
    if (dt < 40 * NS_PER_MS)
        fdk_test_fail(__FILE__, __LINE__, "50 ms wait returned after %lld ns", dt);
    teardown(&ep, &ev);
}

/* max caps the number of events returned; the rest come on the next wait. */
static void test_wait_max(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    fdk_eventfd evs[3] = {FDK_HANDLE_INIT, FDK_HANDLE_INIT, FDK_HANDLE_INIT};
    struct epoll_event out[3];
    uint64_t seen = 0;

    ASSERT_OK(fdk_epoll_open(&ep, 0));
    for (int i = 0; i < 3; i++) {
        ASSERT_OK(fdk_eventfd_open(&evs[i], 1, FDK_EVENTFD_NONBLOCK));
        ASSERT_OK(fdk_epoll_add(ep, evs[i].fd, FDK_EPOLL_IN | FDK_EPOLL_ONESHOT, (uint64_t)1 << i));
    }
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 1000), 2);
    seen |= fdk_epoll_event_token(&out[0]) | fdk_epoll_event_token(&out[1]);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 1000), 1);
    seen |= fdk_epoll_event_token(&out[0]);
    ASSERT_EQ_U64(seen, 7);
    for (int i = 0; i < 3; i++)
        ASSERT_OK(fdk_eventfd_close(&evs[i]));
    ASSERT_OK(fdk_epoll_close(&ep));
}

/* Invalid wait arguments are -EINVAL / -EBADF before the syscall. */
static void test_wait_invalid(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];
    struct timespec ts = {0, 0};

    setup(&ep, &ev);
    ASSERT_ERR(fdk_epoll_wait(ep, out, 0, 0), EINVAL);
    ASSERT_ERR(fdk_epoll_wait(ep, out, -1, 0), EINVAL);
    ASSERT_ERR(fdk_epoll_wait(ep, NULL, 2, 0), EINVAL);
    ASSERT_ERR(fdk_epoll_pwait(ep, out, 0, 0, NULL), EINVAL);
    ASSERT_ERR(fdk_epoll_pwait(ep, NULL, 2, 0, NULL), EINVAL);
    {
        int r = fdk_epoll_pwait2(ep, out, 0, &ts, NULL);
        ASSERT_TRUE(r == -EINVAL || r == -ENOSYS);
        r = fdk_epoll_pwait2(ep, NULL, 2, &ts, NULL);
        ASSERT_TRUE(r == -EINVAL || r == -ENOSYS);
    }

    fdk_epoll none = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_epoll_wait(none, out, 2, 0), EBADF);
    ASSERT_ERR(fdk_epoll_pwait(none, out, 2, 0, NULL), EBADF);
    ASSERT_ERR(fdk_epoll_add(none, ev.fd, FDK_EPOLL_IN, 0), EBADF);
    /* A valid fd that is not an epoll instance. */
    ASSERT_ERR(fdk_epoll_wait(fdk_epoll_adopt(ev.fd), out, 2, 0), EINVAL);
    teardown(&ep, &ev);
}

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
    (void)sig;
    got_signal = 1;
}

static void install(int sig, struct sigaction *old)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART */
    ASSERT_EQ(sigaction(sig, &sa, old), 0);
}

/* pwait: ready events are returned; the temporary mask really applies. */
static void test_pwait_mask(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];
    struct sigaction old;
    sigset_t block, saved, during;

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 3));
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    sigemptyset(&during);
    ASSERT_EQ(fdk_epoll_pwait(ep, out, 2, 1000, &during), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 3);
    ASSERT_EQ(fdk_epoll_pwait(ep, out, 2, 1000, NULL), 1);
    drain(ev);

    /*
     * SIGUSR1 is blocked and pending; a pwait whose mask unblocks it must be
     * interrupted by it at once, and the handler must have run.
     */
    install(SIGUSR1, &old);
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    ASSERT_EQ(sigprocmask(SIG_BLOCK, &block, &saved), 0);
    got_signal = 0;
    raise(SIGUSR1);
    ASSERT_EQ(got_signal, 0);
    /* A mask that keeps it blocked: just a timeout. */
    ASSERT_EQ(fdk_epoll_pwait(ep, out, 2, 20, &block), 0);
    ASSERT_EQ(got_signal, 0);
    /* A mask that unblocks it. */
    ASSERT_ERR(fdk_epoll_pwait(ep, out, 2, 2000, &during), EINTR);
    ASSERT_EQ(got_signal, 1);

    /* The process mask is back to what it was (SIGUSR1 still blocked). */
    sigset_t now;
    ASSERT_EQ(sigprocmask(SIG_SETMASK, NULL, &now), 0);
    ASSERT_TRUE(sigismember(&now, SIGUSR1));
    ASSERT_EQ(sigprocmask(SIG_SETMASK, &saved, NULL), 0);
    ASSERT_EQ(sigaction(SIGUSR1, &old, NULL), 0);
    teardown(&ep, &ev);
}

/* pwait2: a nanosecond timeout; NULL means "forever" (a ready fd returns). */
static void test_pwait2(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];
    struct timespec ts = {.tv_sec = 0, .tv_nsec = 20 * NS_PER_MS};
    long long t0, dt;
    int r;

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 9));
    t0 = now_ms_ns();
    r = fdk_epoll_pwait2(ep, out, 2, &ts, NULL);
    if (r == -ENOSYS) {
        printf("# skip: epoll_pwait2 is not available on this kernel (ENOSYS)\n");
        teardown(&ep, &ev);
        return;
    }
    ASSERT_EQ(r, 0);
    dt = now_ms_ns() - t0;
    if (dt < 15 * NS_PER_MS)
        fdk_test_fail(__FILE__, __LINE__, "20 ms pwait2 returned after %lld ns", dt);

    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_EQ(fdk_epoll_pwait2(ep, out, 2, NULL, NULL), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 9);
    sigset_t empty;
    sigemptyset(&empty);
    ASSERT_EQ(fdk_epoll_pwait2(ep, out, 2, &ts, &empty), 1);

    /* An out-of-range timespec is the kernel's -EINVAL. */
    struct timespec badts = {.tv_sec = 0, .tv_nsec = 1000000000};
    ASSERT_ERR(fdk_epoll_pwait2(ep, out, 2, &badts, NULL), EINVAL);
    teardown(&ep, &ev);
}

/* A signal during a wait returns -EINTR (the wait is not retried). */
static void test_wait_eintr(void)
{
    fdk_epoll ep;
    fdk_eventfd ev;
    struct epoll_event out[2];
    struct sigaction old;
    struct itimerval it = {.it_interval = {0, 0}, .it_value = {0, 20000}};
    struct itimerval watchdog;
    long long t0, dt;

    setup(&ep, &ev);
    ASSERT_OK(fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, 0));
    install(SIGALRM, &old);
    got_signal = 0;
    t0 = now_ms_ns();
    /* ITIMER_REAL is also main()'s alarm() watchdog: save it and put it back. */
    ASSERT_EQ(setitimer(ITIMER_REAL, &it, &watchdog), 0);
    ASSERT_ERR(fdk_epoll_wait(ep, out, 2, 2000), EINTR);
    dt = now_ms_ns() - t0;
    ASSERT_EQ(got_signal, 1);
    ASSERT_EQ(sigaction(SIGALRM, &old, NULL), 0);
    ASSERT_EQ(setitimer(ITIMER_REAL, &watchdog, NULL), 0);
    /* Returned because of the signal, not because the timeout ran out. */
    ASSERT_TRUE(dt < 1900 * NS_PER_MS);
    teardown(&ep, &ev);
}

/* A socketpair whose peer closes reports HUP and RDHUP (and IN, for EOF). */
static void test_hup_rdhup(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct epoll_event out[2];
    int sv[2];

    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_epoll_add(ep, sv[0], FDK_EPOLL_IN | FDK_EPOLL_RDHUP, 44));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 0), 0);

    /* Half-close first: RDHUP without HUP. */
    ASSERT_EQ(shutdown(sv[1], SHUT_WR), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 1000), 1);
    ASSERT_TRUE(out[0].events & EPOLLRDHUP);
    ASSERT_TRUE(out[0].events & EPOLLIN);
    ASSERT_TRUE(!(out[0].events & EPOLLHUP));

    ASSERT_EQ(close(sv[1]), 0);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 1000), 1);
    ASSERT_EQ_U64(fdk_epoll_event_token(&out[0]), 44);
    ASSERT_TRUE(out[0].events & EPOLLRDHUP);
    /* HUP is always reported, even though it was not asked for. */
    ASSERT_TRUE(out[0].events & EPOLLHUP);
    ASSERT_EQ(close(sv[0]), 0);
    ASSERT_OK(fdk_epoll_close(&ep));
}

/* OUT on a writable socket; close/adopt/release follow the handle rules. */
static void test_out_and_ownership(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct epoll_event out[2];
    int sv[2], fd, raw;

    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_epoll_add(ep, sv[0], FDK_EPOLL_OUT, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 1000), 1);
    ASSERT_TRUE(out[0].events & EPOLLOUT);
    ASSERT_TRUE(!(out[0].events & EPOLLIN));
    close(sv[0]);
    close(sv[1]);

    fd = ep.fd;
    ASSERT_EQ(fdk_epoll_close(&ep), 0);
    ASSERT_EQ(ep.fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_epoll_close(&ep), 0);

    raw = epoll_create1(EPOLL_CLOEXEC);
    ASSERT_TRUE(raw >= 0);
    ep = fdk_epoll_adopt(raw);
    ASSERT_EQ(ep.fd, raw);
    ASSERT_EQ(fdk_epoll_wait(ep, out, 2, 0), 0);
    ASSERT_EQ(fdk_epoll_release(&ep), raw);
    ASSERT_EQ(ep.fd, -1);
    ASSERT_TRUE(fdk_test_fd_open(raw));
    close(raw);

    {
        FDK_AUTO(epoll) scoped = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_epoll_open(&scoped, 0));
        fd = scoped.fd;
    }
    ASSERT_TRUE(!fdk_test_fd_open(fd));
}

int main(void)
{
    alarm(45); /* watchdog: a wait that never returns fails instead of hanging */
    RUN(test_level_triggered);
    RUN(test_edge_triggered);
    RUN(test_oneshot_rearm);
    RUN(test_token_64bit);
    RUN(test_registration_errors);
    RUN(test_add_regular_file);
    RUN(test_exclusive);
    RUN(test_unknown_event_bit);
    RUN(test_open_flags);
    RUN(test_wait_timeouts);
    RUN(test_wait_max);
    RUN(test_wait_invalid);
    RUN(test_pwait_mask);
    RUN(test_pwait2);
    RUN(test_wait_eintr);
    RUN(test_hup_rdhup);
    RUN(test_out_and_ownership);
    return 0;
}
