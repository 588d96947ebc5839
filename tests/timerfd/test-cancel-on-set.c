/* SPDX-License-Identifier: MIT */
/*
 * An absolute CLOCK_REALTIME timer armed with CANCEL_ON_SET
 * reports -ECANCELED from read when the realtime clock is set.
 *
 * Setting the clock needs CAP_SYS_TIME, so this case lives in its own
 * executable that exits 77 (skip) when clock_settime is not permitted.  The
 * clock is set to the value just read, so it moves by (at most) the few
 * microseconds spent between the two calls: that is still a discontinuous
 * change as far as the kernel is concerned, and the machine's time is
 * practically untouched.
 */
#include "fdk-test.h"

#include <poll.h>
#include <stdint.h>
#include <time.h>

static void test_cancel_on_set(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct timespec now;
    struct itimerspec its = {{0, 0}, {0, 0}};
    struct pollfd p;
    uint64_t n = 42;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_REALTIME, FDK_TIMERFD_NONBLOCK));
    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    its.it_value.tv_sec = now.tv_sec + 3600; /* an hour from now: it must not simply expire */
    its.it_value.tv_nsec = now.tv_nsec;
    ASSERT_OK(fdk_timerfd_set(t, FDK_TIMERFD_ABSTIME | FDK_TIMERFD_CANCEL_ON_SET, &its, NULL));

    /* Nothing yet. */
    ASSERT_ERR(fdk_timerfd_read(t, &n), EAGAIN);

    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    if (clock_settime(CLOCK_REALTIME, &now) != 0) {
        int e = errno;
        fdk_timerfd_close(&t);
        if (e == EPERM || e == EACCES)
            fdk_test_skip("clock_settime(CLOCK_REALTIME) not permitted: %s", strerror(e));
        fdk_test_fail(__FILE__, __LINE__, "clock_settime: %s", strerror(e));
    }

    /* The clock change wakes the timer up, and read reports the cancellation. */
    p.fd = t.fd;
    p.events = POLLIN;
    p.revents = 0;
    ASSERT_EQ(poll(&p, 1, 2000), 1);
    ASSERT_ERR(fdk_timerfd_read(t, &n), ECANCELED);
    ASSERT_EQ_U64(n, 42);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* The same through the nanosecond helper: ABSTIME|CANCEL_ON_SET on REALTIME. */
static void test_cancel_on_set_ns(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct timespec now;
    uint64_t n = 42, when;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_REALTIME, FDK_TIMERFD_NONBLOCK));
    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    when = ((uint64_t)now.tv_sec + 3600) * 1000000000ull + (uint64_t)now.tv_nsec;
    ASSERT_OK(fdk_timerfd_set_oneshot_ns(t, FDK_TIMERFD_ABSTIME | FDK_TIMERFD_CANCEL_ON_SET, when));
    ASSERT_ERR(fdk_timerfd_read(t, &n), EAGAIN);

    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    ASSERT_EQ(clock_settime(CLOCK_REALTIME, &now), 0);
    struct pollfd p = {.fd = t.fd, .events = POLLIN};
    ASSERT_EQ(poll(&p, 1, 2000), 1);
    ASSERT_ERR(fdk_timerfd_read(t, &n), ECANCELED);
    ASSERT_EQ_U64(n, 42);
    ASSERT_OK(fdk_timerfd_close(&t));
}

/* Without CANCEL_ON_SET the same clock change does not disturb the timer. */
static void test_no_cancel_without_flag(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct timespec now;
    struct itimerspec its = {{0, 0}, {0, 0}};
    uint64_t n = 42;

    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_REALTIME, FDK_TIMERFD_NONBLOCK));
    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    its.it_value.tv_sec = now.tv_sec + 3600;
    ASSERT_OK(fdk_timerfd_set(t, FDK_TIMERFD_ABSTIME, &its, NULL));
    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    ASSERT_EQ(clock_settime(CLOCK_REALTIME, &now), 0);
    ASSERT_ERR(fdk_timerfd_read(t, &n), EAGAIN);
    ASSERT_EQ_U64(n, 42);
    ASSERT_OK(fdk_timerfd_close(&t));
}

int main(void)
{
    RUN(test_cancel_on_set);
    RUN(test_cancel_on_set_ns);
    RUN(test_no_cancel_without_flag);
    return 0;
}
