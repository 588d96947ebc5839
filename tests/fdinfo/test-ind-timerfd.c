/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read() on a timerfd (proc_pid_fdinfo(5), since Linux 3.17:
 * clockid, ticks, "settime flags" in octal, it_value and it_interval as
 * "(sec, nsec)"): the clock id (CLOCK_REALTIME 0, CLOCK_MONOTONIC 1,
 * CLOCK_BOOTTIME 7); a disarmed timer is 0/0 with interval 0/0; the interval
 * exactly as set, also above 2^32 seconds; the value counting down and
 * bracketed by timerfd_gettime(); TFD_TIMER_ABSTIME (1) and
 * |TFD_TIMER_CANCEL_ON_SET (3) in settime_flags, 0 again after a relative
 * settime; ticks after a one-shot expiry (1, then 0 once read), after missed
 * periodic expirations (what the kernel's line says: see the note printed),
 * and exactly what TFD_IOC_SET_TICKS set; every line decoded.
 */
#include "ind-test.h"

#include <sys/ioctl.h>
#include <sys/timerfd.h>

#ifndef TFD_TIMER_CANCEL_ON_SET
#define TFD_TIMER_CANCEL_ON_SET (1 << 1)
#endif
#ifndef TFD_IOC_SET_TICKS
#define TFD_IOC_SET_TICKS _IOW('T', 0, uint64_t)
#endif

static long long ts_ns(struct timespec t)
{
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int mk(int clock)
{
    int fd = timerfd_create(clock, TFD_CLOEXEC | TFD_NONBLOCK);
    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "timerfd_create(%d): %s", clock, strerror(errno));
    return fd;
}

#define read_tfd(fd, fi) read_tfd_at(__LINE__, (fd), (fi))
static void read_tfd_at(int line, int fd, struct fdk_fdinfo *fi)
{
    fit_read_at(line, 0, fd, fi);
    if (!(fi->have & FDK_FDINFO_HAVE_TIMERFD)) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "HAVE_TIMERFD not set (have %#x)", fi->have);
    }
    if (fi->timerfd_value.tv_nsec < 0 || fi->timerfd_value.tv_nsec >= 1000000000L ||
        fi->timerfd_interval.tv_nsec < 0 || fi->timerfd_interval.tv_nsec >= 1000000000L)
        fdk_test_fail(__FILE__, line, "nsec out of range");
}

static void test_clocks_disarmed(void)
{
    static const struct {
        int clock;
        const char *name;
    } c[] = {{CLOCK_REALTIME, "REALTIME"}, {CLOCK_MONOTONIC, "MONOTONIC"},
             {CLOCK_BOOTTIME, "BOOTTIME"}};
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        int fd = mk(c[i].clock);
        struct fdk_fdinfo fi;
        read_tfd(fd, &fi);
        if (fi.timerfd_clockid != c[i].clock) {
            fit_dump(fd);
            fdk_test_fail(__FILE__, __LINE__, "CLOCK_%s: clockid %d, expected %d", c[i].name,
                          fi.timerfd_clockid, c[i].clock);
        }
        ASSERT_EQ(fi.timerfd_value.tv_sec, 0);
        ASSERT_EQ(fi.timerfd_value.tv_nsec, 0);
        ASSERT_EQ(fi.timerfd_interval.tv_sec, 0);
        ASSERT_EQ(fi.timerfd_interval.tv_nsec, 0);
        ASSERT_EQ_U64(fi.timerfd_ticks, 0);
        ASSERT_EQ(fi.timerfd_settime_flags, 0);
        ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, FDK_FDINFO_HAVE_TIMERFD);
        ASSERT_TRUE(fi.flags & O_NONBLOCK);
        ASSERT_TRUE(fi.flags & O_CLOEXEC);
        fit_no_other(&fi);
        fdk_fdinfo_free(&fi);

        /* armed then disarmed: 0/0 again */
        struct itimerspec it = {{1, 0}, {30, 0}}, zero = {{0, 0}, {0, 0}};
        ASSERT_EQ(timerfd_settime(fd, 0, &it, NULL), 0);
        read_tfd(fd, &fi);
        ASSERT_TRUE(fi.timerfd_value.tv_sec > 0);
        fdk_fdinfo_free(&fi);
        ASSERT_EQ(timerfd_settime(fd, 0, &zero, NULL), 0);
        read_tfd(fd, &fi);
        ASSERT_EQ(ts_ns(fi.timerfd_value), 0);
        ASSERT_EQ(ts_ns(fi.timerfd_interval), 0);
        fdk_fdinfo_free(&fi);
        close(fd);
    }
}

static void test_interval_and_countdown(void)
{
    int fd = mk(CLOCK_MONOTONIC);
    struct itimerspec it = {{3, 123456789}, {100, 0}}, g1, g2;
    struct fdk_fdinfo a, b;
    ASSERT_EQ(timerfd_settime(fd, 0, &it, NULL), 0);
    ASSERT_EQ(timerfd_gettime(fd, &g1), 0);
    read_tfd(fd, &a);
    ASSERT_EQ(timerfd_gettime(fd, &g2), 0);
    /* the interval exactly as set */
    ASSERT_EQ(a.timerfd_interval.tv_sec, 3);
    ASSERT_EQ(a.timerfd_interval.tv_nsec, 123456789);
    ASSERT_EQ(a.timerfd_settime_flags, 0);
    ASSERT_EQ(a.timerfd_clockid, CLOCK_MONOTONIC);
    /* the value between the two gettime()s, below 100 s */
    long long v = ts_ns(a.timerfd_value);
    if (!(v <= ts_ns(g1.it_value) && v >= ts_ns(g2.it_value)))
        fdk_test_fail(__FILE__, __LINE__, "value %lld ns not in [%lld, %lld]", v,
                      ts_ns(g2.it_value), ts_ns(g1.it_value));
    ASSERT_TRUE(v <= 100000000000LL && v > 99000000000LL);
    /* ... and counting down */
    fit_sleep_ms(30);
    read_tfd(fd, &b);
    long long v2 = ts_ns(b.timerfd_value);
    ASSERT_TRUE(v2 < v - 20000000LL);
    ASSERT_EQ(ts_ns(b.timerfd_interval), ts_ns(a.timerfd_interval));
    fdk_fdinfo_free(&a);
    fdk_fdinfo_free(&b);

    /* seconds above 2^32 in both fields */
    struct itimerspec huge = {{5000000000LL, 999999999}, {4300000000LL, 1}};
    if (timerfd_settime(fd, 0, &huge, NULL) == 0) {
        read_tfd(fd, &a);
        ASSERT_EQ(a.timerfd_interval.tv_sec, 5000000000LL);
        ASSERT_EQ(a.timerfd_interval.tv_nsec, 999999999);
        ASSERT_TRUE(a.timerfd_value.tv_sec >= 4299999990LL &&
                    a.timerfd_value.tv_sec <= 4300000000LL);
        fdk_fdinfo_free(&a);
    }
    close(fd);
}

static void test_settime_flags(void)
{
    struct timespec now;
    struct fdk_fdinfo fi;
    int fd = mk(CLOCK_REALTIME);
    ASSERT_EQ(clock_gettime(CLOCK_REALTIME, &now), 0);
    struct itimerspec it = {{0, 0}, {now.tv_sec + 50, now.tv_nsec}};
    ASSERT_EQ(timerfd_settime(fd, TFD_TIMER_ABSTIME, &it, NULL), 0);
    read_tfd(fd, &fi);
    ASSERT_EQ(fi.timerfd_settime_flags, TFD_TIMER_ABSTIME);
    ASSERT_EQ(fi.timerfd_clockid, CLOCK_REALTIME);
    /* it_value is the time left, not the absolute expiry */
    ASSERT_TRUE(fi.timerfd_value.tv_sec >= 48 && fi.timerfd_value.tv_sec <= 50);
    fdk_fdinfo_free(&fi);

    if (timerfd_settime(fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &it, NULL) == 0) {
        read_tfd(fd, &fi);
        ASSERT_EQ(fi.timerfd_settime_flags, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET);
        fdk_fdinfo_free(&fi);
    }
    struct itimerspec rel = {{0, 0}, {60, 0}};
    ASSERT_EQ(timerfd_settime(fd, 0, &rel, NULL), 0);
    read_tfd(fd, &fi);
    ASSERT_EQ(fi.timerfd_settime_flags, 0);
    fdk_fdinfo_free(&fi);
    close(fd);

    fd = mk(CLOCK_BOOTTIME);
    ASSERT_EQ(clock_gettime(CLOCK_BOOTTIME, &now), 0);
    struct itimerspec b = {{2, 0}, {now.tv_sec + 20, 0}};
    ASSERT_EQ(timerfd_settime(fd, TFD_TIMER_ABSTIME, &b, NULL), 0);
    read_tfd(fd, &fi);
    ASSERT_EQ(fi.timerfd_clockid, CLOCK_BOOTTIME);
    ASSERT_EQ(fi.timerfd_settime_flags, TFD_TIMER_ABSTIME);
    ASSERT_EQ(fi.timerfd_interval.tv_sec, 2);
    ASSERT_EQ(fi.timerfd_interval.tv_nsec, 0);
    ASSERT_TRUE(fi.timerfd_value.tv_sec >= 18 && fi.timerfd_value.tv_sec <= 20);
    fdk_fdinfo_free(&fi);
    close(fd);
}

static void test_ticks(void)
{
    static char raw[4096];
    struct fdk_fdinfo fi;
    uint64_t n;

    /* one-shot 1 ms: after it fired, one tick and no time left */
    int fd = mk(CLOCK_MONOTONIC);
    struct itimerspec once = {{0, 0}, {0, 1000000}};
    ASSERT_EQ(timerfd_settime(fd, 0, &once, NULL), 0);
    fit_sleep_ms(20);
    read_tfd(fd, &fi);
    ASSERT_EQ_U64(fi.timerfd_ticks, 1);
    ASSERT_EQ(ts_ns(fi.timerfd_value), 0);
    fdk_fdinfo_free(&fi);
    ASSERT_EQ(read(fd, &n, 8), 8);
    ASSERT_EQ_U64(n, 1);
    read_tfd(fd, &fi);
    ASSERT_EQ_U64(fi.timerfd_ticks, 0);
    fdk_fdinfo_free(&fi);
    close(fd);

    /* periodic 1 ms, 20 ms asleep: expirations were missed */
    fd = mk(CLOCK_MONOTONIC);
    struct itimerspec per = {{0, 1000000}, {0, 1000000}};
    ASSERT_EQ(timerfd_settime(fd, 0, &per, NULL), 0);
    fit_sleep_ms(20);
    read_tfd(fd, &fi);
    ASSERT_TRUE(fit_raw(0, fd, raw, sizeof raw) > 0);
    unsigned long long kt;
    ASSERT_EQ(fit_raw_field(raw, "ticks:", "ticks:", 10, &kt), 0);
    uint64_t lib_ticks = fi.timerfd_ticks;
    /* what the kernel's line says (it can only grow between the two reads) */
    ASSERT_TRUE(lib_ticks >= 1 && lib_ticks <= kt);
    ASSERT_EQ(fi.timerfd_interval.tv_nsec, 1000000);
    fdk_fdinfo_free(&fi);
    ASSERT_EQ(read(fd, &n, 8), 8);
    ASSERT_TRUE(n >= 10);
    if (lib_ticks < 10)
        printf("# periodic 1 ms timer after 20 ms: fdinfo ticks %llu (kernel line %llu), "
               "read() returned %llu: the kernel counts missed periods only on read\n",
               (unsigned long long)lib_ticks, kt, (unsigned long long)n);
    close(fd);

    /* TFD_IOC_SET_TICKS (CONFIG_CHECKPOINT_RESTORE): exactly the value set */
    fd = mk(CLOCK_MONOTONIC);
    uint64_t t = 12345678901ULL;
    if (ioctl(fd, TFD_IOC_SET_TICKS, &t) == 0) {
        read_tfd(fd, &fi);
        ASSERT_EQ_U64(fi.timerfd_ticks, 12345678901ULL);
        fdk_fdinfo_free(&fi);
        t = UINT64_MAX - 1;
        ASSERT_EQ(ioctl(fd, TFD_IOC_SET_TICKS, &t), 0);
        read_tfd(fd, &fi);
        ASSERT_EQ_U64(fi.timerfd_ticks, UINT64_MAX - 1);
        fdk_fdinfo_free(&fi);
    } else {
        printf("# TFD_IOC_SET_TICKS: %s (that part not run)\n", strerror(errno));
    }
    close(fd);
}

/* proc(5)'s example text through fdk_fdinfo_parse() */
static void test_parse_man_example(void)
{
    static const char t[] = "pos:    0\nflags:  02004002\nmnt_id: 13\n"
                            "clockid: 0\nticks: 0\nsettime flags: 03\n"
                            "it_value: (7695568592, 640020877)\nit_interval: (0, 0)\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_TIMERFD);
    ASSERT_EQ(fi.flags, 02004002);
    ASSERT_EQ(fi.mnt_id, 13);
    ASSERT_EQ(fi.timerfd_clockid, 0);
    ASSERT_EQ(fi.timerfd_settime_flags, 3);
    ASSERT_EQ(fi.timerfd_value.tv_sec, 7695568592LL);
    ASSERT_EQ(fi.timerfd_value.tv_nsec, 640020877);
    ASSERT_EQ(ts_ns(fi.timerfd_interval), 0);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);

    /* settime flags is octal: "010" is 8 */
    static const char o[] = "pos:\t0\nflags:\t02\nclockid: 1\nticks: 5\nsettime flags: 010\n"
                            "it_value: (1, 2)\nit_interval: (3, 4)\n";
    ASSERT_OK(fdk_fdinfo_parse(o, sizeof o - 1, &fi));
    ASSERT_EQ(fi.timerfd_settime_flags, 8);
    ASSERT_EQ_U64(fi.timerfd_ticks, 5);
    ASSERT_EQ(fi.timerfd_interval.tv_sec, 3);
    ASSERT_EQ(fi.timerfd_interval.tv_nsec, 4);
    fdk_fdinfo_free(&fi);
}

int main(void)
{
    fit_init();
    RUN(test_clocks_disarmed);
    RUN(test_interval_and_countdown);
    RUN(test_settime_flags);
    RUN(test_ticks);
    RUN(test_parse_man_example);
    return 0;
}
