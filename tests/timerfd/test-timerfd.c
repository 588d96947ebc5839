/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for fdkit's timerfd family: timers really
 * expire, expirations are counted, get/disarm report the setting, absolute
 * times on the timer's clock work, and invalid input is rejected up front.
 *
 * The machine may be small and loaded: elapsed times get lower bounds and
 * only generous sanity upper bounds.
 */
#include "fdk-test.h"

#include <poll.h>
#include <stdint.h>
#include <sys/timerfd.h>
#include <time.h>

#define NS_PER_MS 1000000ull
#define NS_PER_S 1000000000ull

static uint64_t ts_ns(const struct timespec *ts)
{
    return (uint64_t)ts->tv_sec * NS_PER_S + (uint64_t)ts->tv_nsec;
}

static struct timespec ns_ts(uint64_t ns)
{
    struct timespec ts = {.tv_sec = (time_t)(ns / NS_PER_S), .tv_nsec = (long)(ns % NS_PER_S)};
    return ts;
}

static uint64_t now_ns(clockid_t clock)
{
    struct timespec ts;
    if (clock_gettime(clock, &ts) != 0)
        fdk_test_fail(__FILE__, __LINE__, "clock_gettime: %s", strerror(errno));
    return ts_ns(&ts);
}

static void sleep_ms(unsigned int ms)
{
    struct timespec ts = ns_ts(ms * NS_PER_MS);
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* Wait up to timeout_ms for the timer to become readable; 1 if it did. */
static int wait_readable(fdk_timerfd t, int timeout_ms)
{
    struct pollfd p = {.fd = t.fd, .events = POLLIN};
    int r;
    do
        r = poll(&p, 1, timeout_ms);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        fdk_test_fail(__FILE__, __LINE__, "poll: %s", strerror(errno));
    return r == 1 && (p.revents & POLLIN);
}

/* The lowest bit of an int that is not in mask. */
static int unknown_bit(unsigned int mask)
{
    for (int bit = 0; bit < 31; bit++)
        if (!(mask & (1u << bit)))
            return 1 << bit;
    fdk_test_fail(__FILE__, __LINE__, "no free bit in 0x%x", mask);
}

/* A 10 ms periodic timer counts every expiration between reads. */
static void test_periodic_counts(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_interval = ns_ts(10 * NS_PER_MS),
                             .it_value = ns_ts(10 * NS_PER_MS)};
    uint64_t n = 0;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set(t, 0, &its, NULL));
    sleep_ms(105);
    ASSERT_OK(fdk_timerfd_read(t, &n));
    if (n < 5 || n >= 100)
        fdk_test_fail(__FILE__, __LINE__, "after ~105 ms a 10 ms timer reported %llu expirations",
                      (unsigned long long)n);

    /* The count was consumed: the next (blocking) read waits for a new tick. */
    n = 0;
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_TRUE(n >= 1 && n < 100);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* A relative one-shot fires once: readable, then read() == 1, then quiet. */
static void test_oneshot_relative(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_value = ns_ts(20 * NS_PER_MS)};
    uint64_t n = 0, start = now_ns(CLOCK_MONOTONIC);

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));
    ASSERT_OK(fdk_timerfd_set(t, 0, &its, NULL));
    ASSERT_TRUE(wait_readable(t, 2000));
    ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) - start >= 15 * NS_PER_MS);
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_EQ_U64(n, 1);

    /* One-shot: it does not fire again. */
    ASSERT_TRUE(!wait_readable(t, 50));
    ASSERT_ERR(fdk_timerfd_read(t, &n), EAGAIN);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* A disarmed non-blocking timer reads -EAGAIN and leaves the output alone. */
static void test_disarmed_eagain(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t n = 77;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));
    ASSERT_ERR(fdk_timerfd_read(t, &n), EAGAIN);
    ASSERT_EQ_U64(n, 77);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* An absolute time already in the past fires at once. */
static void test_abstime_past(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_value = ns_ts(now_ns(CLOCK_MONOTONIC) - NS_PER_S)};
    uint64_t n = 0, start;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    start = now_ns(CLOCK_MONOTONIC);
    ASSERT_OK(fdk_timerfd_set(t, FDK_TIMERFD_ABSTIME, &its, NULL));
    ASSERT_OK(fdk_timerfd_read(t, &n)); /* blocking */
    ASSERT_EQ_U64(n, 1);
    ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) - start < 2 * NS_PER_S);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* An absolute time in the near future fires no earlier than that time. */
static void test_abstime_future(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t deadline = now_ns(CLOCK_MONOTONIC) + 30 * NS_PER_MS, n = 0;
    struct itimerspec its = {.it_value = ns_ts(deadline)};

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set(t, FDK_TIMERFD_ABSTIME, &its, NULL));
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_EQ_U64(n, 1);
    ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) >= deadline);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* get reports the remaining time (<= what was set) and the interval. */
static void test_get(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_interval = ns_ts(NS_PER_S), .it_value = ns_ts(10 * NS_PER_S)};
    struct itimerspec cur;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));

    /* Disarmed: all zero. */
    memset(&cur, 0xff, sizeof(cur));
    ASSERT_OK(fdk_timerfd_get(t, &cur));
    ASSERT_EQ_U64(ts_ns(&cur.it_value), 0);
    ASSERT_EQ_U64(ts_ns(&cur.it_interval), 0);

    ASSERT_OK(fdk_timerfd_set(t, 0, &its, NULL));
    ASSERT_OK(fdk_timerfd_get(t, &cur));
    ASSERT_TRUE(ts_ns(&cur.it_value) > 0);
    ASSERT_TRUE(ts_ns(&cur.it_value) <= 10 * NS_PER_S);
    ASSERT_TRUE(ts_ns(&cur.it_value) > 8 * NS_PER_S);
    ASSERT_EQ_U64(ts_ns(&cur.it_interval), NS_PER_S);

    ASSERT_ERR(fdk_timerfd_get(t, NULL), EINVAL);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* set's old-value out-parameter reports the previous setting. */
static void test_set_returns_old(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec a = {.it_interval = ns_ts(3 * NS_PER_S), .it_value = ns_ts(5 * NS_PER_S)};
    struct itimerspec b = {.it_value = ns_ts(7 * NS_PER_S)};
    struct itimerspec old;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set(t, 0, &a, NULL));
    memset(&old, 0, sizeof(old));
    ASSERT_OK(fdk_timerfd_set(t, 0, &b, &old));
    ASSERT_TRUE(ts_ns(&old.it_value) > 0 && ts_ns(&old.it_value) <= 5 * NS_PER_S);
    ASSERT_EQ_U64(ts_ns(&old.it_interval), 3 * NS_PER_S);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* disarm stops the timer and returns the setting it had. */
static void test_disarm(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_interval = ns_ts(2 * NS_PER_S), .it_value = ns_ts(5 * NS_PER_S)};
    struct itimerspec old, cur;
    uint64_t n;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));
    ASSERT_OK(fdk_timerfd_set(t, 0, &its, NULL));
    memset(&old, 0, sizeof(old));
    ASSERT_OK(fdk_timerfd_disarm(t, &old));
    ASSERT_TRUE(ts_ns(&old.it_value) > 0 && ts_ns(&old.it_value) <= 5 * NS_PER_S);
    ASSERT_EQ_U64(ts_ns(&old.it_interval), 2 * NS_PER_S);

    ASSERT_OK(fdk_timerfd_get(t, &cur));
    ASSERT_EQ_U64(ts_ns(&cur.it_value), 0);
    ASSERT_EQ_U64(ts_ns(&cur.it_interval), 0);

    /* A timer about to fire is really stopped; old may be NULL. */
    its.it_value = ns_ts(20 * NS_PER_MS);
    ASSERT_OK(fdk_timerfd_set(t, 0, &its, NULL));
    ASSERT_OK(fdk_timerfd_disarm(t, NULL));
    sleep_ms(60);
    ASSERT_ERR(fdk_timerfd_read(t, &n), EAGAIN);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* CANCEL_ON_SET is only meaningful with ABSTIME: alone it is -EINVAL. */
static void test_cancel_on_set_needs_abstime(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_value = ns_ts(NS_PER_S)};
    struct itimerspec cur;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_REALTIME, 0));
    ASSERT_ERR(fdk_timerfd_set(t, FDK_TIMERFD_CANCEL_ON_SET, &its, NULL), EINVAL);
    ASSERT_ERR(fdk_timerfd_set_oneshot_ns(t, FDK_TIMERFD_CANCEL_ON_SET, NS_PER_S), EINVAL);
    /* Nothing was armed. */
    ASSERT_OK(fdk_timerfd_get(t, &cur));
    ASSERT_EQ_U64(ts_ns(&cur.it_value), 0);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* Unknown settime flag bits and a NULL value are rejected; nothing is armed. */
static void test_set_invalid(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_value = ns_ts(NS_PER_S)};
    struct itimerspec cur;
    int bad = unknown_bit((unsigned int)FDK_TIMERFD_SET_ALL);

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_ERR(fdk_timerfd_set(t, bad, &its, NULL), EINVAL);
    ASSERT_ERR(fdk_timerfd_set(t, FDK_TIMERFD_ABSTIME | bad, &its, NULL), EINVAL);
    ASSERT_ERR(fdk_timerfd_set_oneshot_ns(t, bad, NS_PER_S), EINVAL);
    ASSERT_ERR(fdk_timerfd_set(t, 0, NULL, NULL), EINVAL);
    ASSERT_OK(fdk_timerfd_get(t, &cur));
    ASSERT_EQ_U64(ts_ns(&cur.it_value), 0);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* Clock ids outside the five timerfd clocks are -EINVAL; no fd is created. */
static void test_invalid_clock(void)
{
    fdk_timerfd t = {.fd = 4321};
    int before = fdk_test_count_fds();

    ASSERT_ERR(fdk_timerfd_open(&t, (clockid_t)12345, 0), EINVAL);
    ASSERT_ERR(fdk_timerfd_open(&t, CLOCK_PROCESS_CPUTIME_ID, 0), EINVAL);
    ASSERT_ERR(fdk_timerfd_open(&t, (clockid_t)-1, 0), EINVAL);
    ASSERT_EQ(t.fd, 4321);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/* Unknown open flags: -EINVAL, no fd, *out untouched. */
static void test_open_unknown_flag(void)
{
    fdk_timerfd t = {.fd = 4321};
    int before = fdk_test_count_fds();

    ASSERT_ERR(
        fdk_timerfd_open(&t, CLOCK_MONOTONIC, unknown_bit((unsigned int)FDK_TIMERFD_OPEN_ALL)),
        EINVAL);
    ASSERT_ERR(fdk_timerfd_open(NULL, CLOCK_MONOTONIC, 0), EINVAL);
    ASSERT_EQ(t.fd, 4321);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/* The usual clocks open; every timer is CLOEXEC, NONBLOCK only on request. */
static void test_open_clocks_and_flags(void)
{
    static const clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME};
    fdk_timerfd t = FDK_HANDLE_INIT;

    for (size_t i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++) {
        ASSERT_OK(fdk_timerfd_open(&t, clocks[i], 0));
        ASSERT_TRUE(fdk_test_is_cloexec(t.fd));
        ASSERT_TRUE(!fdk_test_is_nonblock(t.fd));
        ASSERT_OK(fdk_timerfd_close(&t));
        ASSERT_OK(fdk_timerfd_open(&t, clocks[i], FDK_TIMERFD_NONBLOCK));
        ASSERT_TRUE(fdk_test_is_cloexec(t.fd));
        ASSERT_TRUE(fdk_test_is_nonblock(t.fd));
        ASSERT_OK(fdk_timerfd_close(&t));
    }
}

/* set_oneshot_ns(0) means "fire now", not "disarm". */
static void test_oneshot_ns_zero_fires(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t n = 0;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));
    ASSERT_OK(fdk_timerfd_set_oneshot_ns(t, 0, 0));
    ASSERT_TRUE(wait_readable(t, 2000));
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_EQ_U64(n, 1);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* set_oneshot_ns relative, and absolute on the timer's own clock. */
static void test_oneshot_ns(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t n = 0, rem = 0, ivl = 1, start = now_ns(CLOCK_MONOTONIC), deadline;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set_oneshot_ns(t, 0, 40 * NS_PER_MS));
    ASSERT_OK(fdk_timerfd_get_ns(t, &rem, &ivl));
    ASSERT_TRUE(rem <= 40 * NS_PER_MS);
    ASSERT_EQ_U64(ivl, 0);
    ASSERT_TRUE(wait_readable(t, 2000));
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_EQ_U64(n, 1);
    ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) - start >= 40 * NS_PER_MS);

    deadline = now_ns(CLOCK_MONOTONIC) + 25 * NS_PER_MS;
    ASSERT_OK(fdk_timerfd_set_oneshot_ns(t, FDK_TIMERFD_ABSTIME, deadline));
    ASSERT_TRUE(wait_readable(t, 2000));
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_EQ_U64(n, 1);
    ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) >= deadline);

    /* An absolute time in the past fires at once. */
    ASSERT_OK(
        fdk_timerfd_set_oneshot_ns(t, FDK_TIMERFD_ABSTIME, now_ns(CLOCK_MONOTONIC) - NS_PER_S));
    ASSERT_TRUE(wait_readable(t, 2000));
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_EQ_U64(n, 1);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* set_periodic_ns: get_ns reports it back; it really ticks repeatedly. */
static void test_periodic_ns(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t rem = 0, ivl = 0, n = 0;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set_periodic_ns(t, 5 * NS_PER_MS, 5 * NS_PER_MS));
    ASSERT_OK(fdk_timerfd_get_ns(t, &rem, &ivl));
    ASSERT_TRUE(rem <= 5 * NS_PER_MS);
    ASSERT_EQ_U64(ivl, 5 * NS_PER_MS);

    /* Either out-pointer may be NULL. */
    ivl = 0;
    ASSERT_OK(fdk_timerfd_get_ns(t, NULL, &ivl));
    ASSERT_EQ_U64(ivl, 5 * NS_PER_MS);
    ASSERT_OK(fdk_timerfd_get_ns(t, &rem, NULL));
    ASSERT_OK(fdk_timerfd_get_ns(t, NULL, NULL));

    sleep_ms(60);
    ASSERT_OK(fdk_timerfd_read(t, &n));
    if (n < 3 || n >= 1000)
        fdk_test_fail(__FILE__, __LINE__, "after ~60 ms a 5 ms timer reported %llu expirations",
                      (unsigned long long)n);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* first_ns 0: the first expiry comes after one interval, not at once or never. */
static void test_periodic_ns_first_zero(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t rem = 0, ivl = 0, n = 0, start;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    start = now_ns(CLOCK_MONOTONIC);
    ASSERT_OK(fdk_timerfd_set_periodic_ns(t, 0, 40 * NS_PER_MS));
    ASSERT_OK(fdk_timerfd_get_ns(t, &rem, &ivl));
    ASSERT_TRUE(rem <= 40 * NS_PER_MS);
    ASSERT_EQ_U64(ivl, 40 * NS_PER_MS);
    ASSERT_TRUE(wait_readable(t, 2000));
    ASSERT_OK(fdk_timerfd_read(t, &n));
    ASSERT_TRUE(n >= 1);
    /* Not "at once": the first expiry is one interval after arming. */
    ASSERT_TRUE(now_ns(CLOCK_MONOTONIC) - start >= 40 * NS_PER_MS);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* A periodic timer with interval 0 is -EINVAL and arms nothing. */
static void test_periodic_ns_zero_interval(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    uint64_t rem = 1, ivl = 1;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_ERR(fdk_timerfd_set_periodic_ns(t, 5 * NS_PER_MS, 0), EINVAL);
    ASSERT_OK(fdk_timerfd_get_ns(t, &rem, &ivl));
    ASSERT_EQ_U64(rem, 0);
    ASSERT_EQ_U64(ivl, 0);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* A handle of -1 is -EBADF for every call; outputs stay untouched. */
static void test_bad_fd(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct itimerspec its = {.it_value = ns_ts(NS_PER_S)}, cur;
    uint64_t n = 3, rem = 3, ivl = 3;

    ASSERT_ERR(fdk_timerfd_set(t, 0, &its, NULL), EBADF);
    ASSERT_ERR(fdk_timerfd_get(t, &cur), EBADF);
    ASSERT_ERR(fdk_timerfd_read(t, &n), EBADF);
    ASSERT_ERR(fdk_timerfd_disarm(t, NULL), EBADF);
    ASSERT_ERR(fdk_timerfd_set_oneshot_ns(t, 0, NS_PER_S), EBADF);
    ASSERT_ERR(fdk_timerfd_set_periodic_ns(t, NS_PER_S, NS_PER_S), EBADF);
    ASSERT_ERR(fdk_timerfd_get_ns(t, &rem, &ivl), EBADF);
    ASSERT_EQ_U64(n, 3);
    ASSERT_EQ_U64(rem, 3);
    ASSERT_EQ_U64(ivl, 3);
}

/* close is idempotent; adopt/release hand the fd over without closing it. */
static void test_close_adopt_release(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    int fd, raw;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    fd = t.fd;
    ASSERT_EQ(fdk_timerfd_close(&t), 0);
    ASSERT_EQ(t.fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_timerfd_close(&t), 0);

    raw = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    ASSERT_TRUE(raw >= 0);
    t = fdk_timerfd_adopt(raw);
    ASSERT_EQ(t.fd, raw);
    ASSERT_OK(fdk_timerfd_set_oneshot_ns(t, 0, 0));
    ASSERT_EQ(fdk_timerfd_release(&t), raw);
    ASSERT_EQ(t.fd, -1);
    ASSERT_TRUE(fdk_test_fd_open(raw));
    ASSERT_EQ(close(raw), 0);

    {
        FDK_AUTO(timerfd) scoped = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_timerfd_open(&scoped, CLOCK_MONOTONIC, 0));
        fd = scoped.fd;
    }
    ASSERT_TRUE(!fdk_test_fd_open(fd));
}

int main(void)
{
    /* Watchdog: a timer that never fires must fail the test, not hang it. */
    alarm(45);
    RUN(test_periodic_counts);
    RUN(test_oneshot_relative);
    RUN(test_disarmed_eagain);
    RUN(test_abstime_past);
    RUN(test_abstime_future);
    RUN(test_get);
    RUN(test_set_returns_old);
    RUN(test_disarm);
    RUN(test_cancel_on_set_needs_abstime);
    RUN(test_set_invalid);
    RUN(test_invalid_clock);
    RUN(test_open_unknown_flag);
    RUN(test_open_clocks_and_flags);
    RUN(test_oneshot_ns_zero_fires);
    RUN(test_oneshot_ns);
    RUN(test_periodic_ns);
    RUN(test_periodic_ns_first_zero);
    RUN(test_periodic_ns_zero_interval);
    RUN(test_bad_fd);
    RUN(test_close_adopt_release);
    return 0;
}
