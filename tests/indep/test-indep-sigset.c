/* SPDX-License-Identifier: MIT */
/*
 * Independent test of README "The C library's own signals" (signal.h,
 * signalfd.h, sigdispatch.h): glibc keeps 32 .. SIGRTMIN-1 for itself.
 * - fdk_signal_set_add() and fdk_signal_set_from_list() refuse them with
 *   -EINVAL and write nothing; fdk_signal_set_fill() leaves them out;
 * - fdk_signal_set_del(), _contains(), _next() and fdk_signal_name() take
 *   every signal 1..SIGRTMAX (fdk_signal_name(32) is "SIG32");
 * - fdk_signalfd_open(), fdk_signalfd_set_mask() and the dispatcher refuse a
 *   hand-made set or a signal number that holds one, changing nothing.
 */
#include "indep-common.h"

static int rtmin, rtmax;

/* A set with signo's bit set by hand (what glibc's sigaddset refuses for 32, 33). */
static void raw_add(sigset_t *set, int signo)
{
    unsigned long *w = (unsigned long *)(void *)set;
    w[(signo - 1) / (8 * sizeof(unsigned long))] |= 1UL << ((signo - 1) % (8 * sizeof(unsigned long)));
}

static int raw_has(const sigset_t *set, int signo)
{
    const unsigned long *w = (const unsigned long *)(const void *)set;
    return (w[(signo - 1) / (8 * sizeof(unsigned long))] >> ((signo - 1) % (8 * sizeof(unsigned long)))) & 1;
}

static void sentinel(sigset_t *set)
{
    memset(set, 0xa5, sizeof *set);
}

static int is_sentinel(const sigset_t *set)
{
    const unsigned char *p = (const unsigned char *)set;
    for (size_t i = 0; i < sizeof *set; i++)
        if (p[i] != 0xa5)
            return 0;
    return 1;
}

static int reserved(int s)
{
    return s >= 32 && s < rtmin;
}

static void test_range(void)
{
    ASSERT_EQ(rtmin, SIGRTMIN);
    ASSERT_EQ(rtmax, SIGRTMAX);
    ASSERT_TRUE(rtmin > 32); /* glibc keeps at least 32 and 33 */
}

static void test_add_refuses_reserved(void)
{
    sigset_t set;

    for (int s = 32; s < rtmin; s++) {
        sentinel(&set);
        ASSERT_ERR(fdk_signal_set_add(&set, s), EINVAL);
        ASSERT_TRUE(is_sentinel(&set)); /* nothing written */
        ASSERT_OK(fdk_signal_set_empty(&set));
        ASSERT_ERR(fdk_signal_set_add(&set, s), EINVAL);
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_next(&set, 0), 0); /* still empty */
    }
    /* every other signal 1..SIGRTMAX goes in */
    for (int s = 1; s <= rtmax; s++) {
        if (reserved(s))
            continue;
        ASSERT_OK(fdk_signal_set_empty(&set));
        ASSERT_EQ(fdk_signal_set_add(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 1);
        ASSERT_EQ(fdk_signal_set_next(&set, 0), s);
        ASSERT_EQ(fdk_signal_set_next(&set, s), 0);
        ASSERT_EQ(sigismember(&set, s), 1);
    }
    /* out of range */
    ASSERT_OK(fdk_signal_set_empty(&set));
    ASSERT_ERR(fdk_signal_set_add(&set, 0), EINVAL);
    ASSERT_ERR(fdk_signal_set_add(&set, -1), EINVAL);
    ASSERT_ERR(fdk_signal_set_add(&set, rtmax + 1), EINVAL);
    ASSERT_ERR(fdk_signal_set_add(NULL, SIGINT), EINVAL);
}

static void test_from_list_refuses_reserved(void)
{
    sigset_t set;
    int l1[] = {SIGINT, 32};
    int l2[] = {33, SIGTERM};
    int l3[] = {SIGHUP, SIGUSR1, 0};
    int good[] = {SIGINT, 0, 0, SIGTERM};
    int s;

    good[1] = rtmin;
    good[2] = rtmax;
    sentinel(&set);
    ASSERT_ERR(fdk_signal_set_from_list(&set, l1, 2), EINVAL);
    ASSERT_TRUE(is_sentinel(&set));
    ASSERT_ERR(fdk_signal_set_from_list(&set, l2, 2), EINVAL);
    ASSERT_TRUE(is_sentinel(&set));
    l3[2] = rtmin - 1;
    ASSERT_ERR(fdk_signal_set_from_list(&set, l3, 3), EINVAL);
    ASSERT_TRUE(is_sentinel(&set));
    /* a valid list: exactly those */
    ASSERT_EQ(fdk_signal_set_from_list(&set, good, 4), 0);
    s = fdk_signal_set_next(&set, 0);
    ASSERT_EQ(s, SIGINT);
    s = fdk_signal_set_next(&set, s);
    ASSERT_EQ(s, SIGTERM);
    s = fdk_signal_set_next(&set, s);
    ASSERT_EQ(s, rtmin);
    s = fdk_signal_set_next(&set, s);
    ASSERT_EQ(s, rtmax);
    ASSERT_EQ(fdk_signal_set_next(&set, s), 0);
    /* "Make *set hold exactly": what was there before is gone */
    sentinel(&set);
    ASSERT_EQ(fdk_signal_set_from_list(&set, good, 1), 0);
    ASSERT_EQ(fdk_signal_set_next(&set, 0), SIGINT);
    ASSERT_EQ(fdk_signal_set_next(&set, SIGINT), 0);
}

static void test_fill_leaves_reserved_out(void)
{
    sigset_t set;
    int s, prev, count = 0;

    sentinel(&set);
    ASSERT_EQ(fdk_signal_set_fill(&set), 0);
    for (s = 1; s <= rtmax; s++) {
        ASSERT_EQ(fdk_signal_set_contains(&set, s), reserved(s) ? 0 : 1);
        ASSERT_EQ(raw_has(&set, s), reserved(s) ? 0 : 1);
    }
    /* stepping: 1..31, then SIGRTMIN..SIGRTMAX */
    for (prev = 0; (s = fdk_signal_set_next(&set, prev)) > 0; prev = s) {
        ASSERT_TRUE(s > prev);
        ASSERT_TRUE(!reserved(s));
        count++;
    }
    ASSERT_EQ(s, 0);
    ASSERT_EQ(count, 31 + (rtmax - rtmin + 1));
    ASSERT_EQ(fdk_signal_set_next(&set, 31), rtmin);
    /* SIGKILL and SIGSTOP are included */
    ASSERT_EQ(fdk_signal_set_contains(&set, SIGKILL), 1);
    ASSERT_EQ(fdk_signal_set_contains(&set, SIGSTOP), 1);
}

static void test_del_contains_next_take_every_signal(void)
{
    sigset_t set;

    sigemptyset(&set);
    raw_add(&set, SIGINT);
    for (int s = 32; s < rtmin; s++)
        raw_add(&set, s);
    raw_add(&set, rtmin);
    for (int s = 32; s < rtmin; s++)
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 1);
    ASSERT_EQ(fdk_signal_set_next(&set, 0), SIGINT);
    ASSERT_EQ(fdk_signal_set_next(&set, SIGINT), 32);
    ASSERT_EQ(fdk_signal_set_next(&set, 32), 33);
    ASSERT_EQ(fdk_signal_set_next(&set, rtmin - 1), rtmin);
    for (int s = 32; s < rtmin; s++) {
        ASSERT_EQ(fdk_signal_set_del(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 0);
        ASSERT_EQ(raw_has(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_del(&set, s), 0); /* again: still fine */
    }
    ASSERT_EQ(fdk_signal_set_next(&set, SIGINT), rtmin);
    ASSERT_EQ(fdk_signal_set_contains(&set, SIGINT), 1);
    ASSERT_EQ(fdk_signal_set_contains(&set, rtmin), 1);
    /* every number 1..SIGRTMAX is a valid question; 0 and SIGRTMAX+1 are not */
    for (int s = 1; s <= rtmax; s++) {
        ASSERT_OK(fdk_signal_set_contains(&set, s));
        ASSERT_OK(fdk_signal_set_del(&set, s));
    }
    ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);
    ASSERT_ERR(fdk_signal_set_contains(&set, 0), EINVAL);
    ASSERT_ERR(fdk_signal_set_contains(&set, rtmax + 1), EINVAL);
    ASSERT_ERR(fdk_signal_set_del(&set, 0), EINVAL);
    ASSERT_ERR(fdk_signal_set_del(&set, rtmax + 1), EINVAL);
    ASSERT_ERR(fdk_signal_set_next(&set, -1), EINVAL);
    ASSERT_EQ(fdk_signal_set_next(&set, rtmax), 0);
}

static void expect_name(int s, const char *want)
{
    char buf[32];
    int n;

    memset(buf, 'z', sizeof buf);
    n = fdk_signal_name(s, buf, sizeof buf);
    ASSERT_EQ(n, (long long)strlen(want));
    ASSERT_STREQ(buf, want);
}

static void test_names_take_every_signal(void)
{
    char buf[32], small[5];

    expect_name(SIGINT, "SIGINT");
    expect_name(32, "SIG32");
    expect_name(33, "SIG33");
    for (int s = 32; s < rtmin; s++) {
        char want[16];
        snprintf(want, sizeof want, "SIG%d", s);
        expect_name(s, want);
    }
    expect_name(rtmin, "SIGRTMIN");
    expect_name(rtmin + 3, "SIGRTMIN+3");
    expect_name(rtmax - 1, "SIGRTMAX-1");
    expect_name(rtmax, "SIGRTMAX");
    for (int s = 1; s <= rtmax; s++) {
        int n = fdk_signal_name(s, buf, sizeof buf);
        ASSERT_TRUE(n > 0 && n < 16); /* "16 bytes are always enough" */
        ASSERT_EQ(n, (long long)strlen(buf));
    }
    ASSERT_ERR(fdk_signal_name(0, buf, sizeof buf), EINVAL);
    ASSERT_ERR(fdk_signal_name(rtmax + 1, buf, sizeof buf), EINVAL);
    ASSERT_ERR(fdk_signal_name(32, small, sizeof small), ERANGE); /* "SIG32" + NUL = 6 */
}

/* The signal mask a signalfd reports, from /proc/self/fdinfo ("sigmask:" in hex). */
static unsigned long long fdinfo_sigmask(int fd)
{
    char path[64], line[256];
    unsigned long long m = ~0ull;
    FILE *f;

    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
    f = fopen(path, "re");
    if (!f)
        fdk_test_skip("no /proc/self/fdinfo");
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "sigmask: %llx", &m) == 1)
            break;
    fclose(f);
    return m;
}

static int blocked_now(int s)
{
    sigset_t cur;
    sigemptyset(&cur);
    pthread_sigmask(SIG_SETMASK, NULL, &cur);
    return sigismember(&cur, s);
}

static void test_signalfd_refuses_reserved(void)
{
    fdk_signalfd sfd = {-77};
    sigset_t set, ok;
    int before = fdk_test_count_fds();

    for (int s = 32; s < rtmin; s++) {
        sigemptyset(&set);
        sigaddset(&set, SIGUSR2);
        raw_add(&set, s);
        sfd.fd = -77;
        ASSERT_ERR(fdk_signalfd_open(&sfd, &set, 0), EINVAL);
        ASSERT_EQ(sfd.fd, -77);
        ASSERT_EQ(blocked_now(SIGUSR2), 0);
        ASSERT_ERR(fdk_signalfd_open(&sfd, &set, FDK_SIGNALFD_BLOCK), EINVAL);
        ASSERT_EQ(sfd.fd, -77);
        ASSERT_EQ(blocked_now(SIGUSR2), 0); /* BLOCK did not leave SIGUSR2 blocked */
        ASSERT_EQ(fdk_test_count_fds(), before);
    }
    /* set_mask on a live signalfd: refused, mask unchanged */
    sigemptyset(&ok);
    sigaddset(&ok, SIGUSR2);
    ASSERT_OK(fdk_signalfd_open(&sfd, &ok, FDK_SIGNALFD_NONBLOCK));
    ASSERT_EQ(fdinfo_sigmask(sfd.fd), 1ull << (SIGUSR2 - 1));
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    raw_add(&set, 33);
    ASSERT_ERR(fdk_signalfd_set_mask(sfd, &set), EINVAL);
    ASSERT_EQ(fdinfo_sigmask(sfd.fd), 1ull << (SIGUSR2 - 1));
    sigemptyset(&set);
    raw_add(&set, 32);
    ASSERT_ERR(fdk_signalfd_set_mask(sfd, &set), EINVAL);
    ASSERT_EQ(fdinfo_sigmask(sfd.fd), 1ull << (SIGUSR2 - 1));
    /* a set fdk_signal_set_fill made is accepted */
    ASSERT_OK(fdk_signal_set_fill(&set));
    ASSERT_EQ(fdk_signalfd_set_mask(sfd, &set), 0);
    ASSERT_EQ(fdinfo_sigmask(sfd.fd) & (3ull << 31), 0); /* 32 and 33 not there */
    ASSERT_OK(fdk_signalfd_close(&sfd));
}

static void cb(const struct fdk_siginfo *info, void *arg)
{
    (void)info;
    (void)arg;
}

static void test_sigdispatch_refuses_reserved(void)
{
    fdk_sigdispatch *d = NULL;
    int fd;

    ASSERT_OK(fdk_sigdispatch_new(&d));
    fd = fdk_sigdispatch_fd(d);
    ASSERT_OK(fd);
    ASSERT_EQ(fdinfo_sigmask(fd), 0);
    for (int s = 32; s < rtmin; s++) {
        ASSERT_ERR(fdk_sigdispatch_on(d, s, cb, NULL, 0), EINVAL);
        ASSERT_ERR(fdk_sigdispatch_on(d, s, cb, NULL, FDK_SIGDISPATCH_BLOCK), EINVAL);
        ASSERT_EQ(blocked_now(s), 0);
        ASSERT_ERR(fdk_sigdispatch_set_action(d, s, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
        ASSERT_ERR(fdk_sigdispatch_set_action(d, s, FDK_SIG_ACTION_DEFAULT, FDK_SIGDISPATCH_BLOCK),
                   EINVAL);
        ASSERT_EQ(fdinfo_sigmask(fd), 0);
    }
    /* its neighbours are fine */
    ASSERT_EQ(fdk_sigdispatch_on(d, 31, cb, NULL, 0), 0);
    ASSERT_EQ(fdk_sigdispatch_on(d, rtmin, cb, NULL, 0), 0);
    ASSERT_EQ(fdinfo_sigmask(fd), (1ull << 30) | (1ull << (rtmin - 1)));
    ASSERT_EQ(fdk_sigdispatch_off(d, 31), 0);
    ASSERT_EQ(fdk_sigdispatch_off(d, rtmin), 0);
    ASSERT_EQ(fdinfo_sigmask(fd), 0);
    ASSERT_OK(fdk_sigdispatch_free(d));
}

int main(void)
{
    rtmin = fdk_signal_rtmin();
    rtmax = fdk_signal_rtmax();
    alarm(45);
    RUN(test_range);
    RUN(test_add_refuses_reserved);
    RUN(test_from_list_refuses_reserved);
    RUN(test_fill_leaves_reserved_out);
    RUN(test_del_contains_next_take_every_signal);
    RUN(test_names_take_every_signal);
    RUN(test_signalfd_refuses_reserved);
    RUN(test_sigdispatch_refuses_reserved);
    return 0;
}
