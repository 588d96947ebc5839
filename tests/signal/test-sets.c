/* SPDX-License-Identifier: MIT */
/*
 * Signal sets, names and parsing, the thread mask, thread creation with
 * every signal blocked, and the pre-exec reset (checked in a forked child).
 */
#include "fdk-test.h"

#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>

static int rtmin, rtmax;

static sigset_t current_mask(void)
{
    sigset_t m;
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &m), 0);
    return m;
}

/* Same membership for every signal 1..SIGRTMAX. */
static int same_set(const sigset_t *a, const sigset_t *b)
{
    for (int s = 1; s <= rtmax; s++)
        if (fdk_signal_set_contains(a, s) != fdk_signal_set_contains(b, s))
            return 0;
    return 1;
}

static void test_range(void)
{
    ASSERT_EQ(rtmin, SIGRTMIN);
    ASSERT_EQ(rtmax, SIGRTMAX);
    ASSERT_TRUE(rtmin > SIGSYS && rtmin < rtmax);
}

static void test_empty_fill_iterate(void)
{
    sigset_t set;
    int s, n = 0, prev = 0;

    /* fill holds every signal but libc's own 32..SIGRTMIN-1, like sigfillset */
    ASSERT_OK(fdk_signal_set_fill(&set));
    for (s = 1; s <= rtmax; s++)
        ASSERT_EQ(fdk_signal_set_contains(&set, s), s >= 32 && s < SIGRTMIN ? 0 : 1);
    for (s = fdk_signal_set_next(&set, 0); s > 0; s = fdk_signal_set_next(&set, s)) {
        ASSERT_EQ(s, prev == 31 ? SIGRTMIN : prev + 1);
        prev = s;
        n++;
    }
    ASSERT_EQ(n, rtmax - (SIGRTMIN - 32));

    ASSERT_OK(fdk_signal_set_empty(&set));
    for (s = 1; s <= rtmax; s++)
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 0);
    ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);

    ASSERT_ERR(fdk_signal_set_empty(NULL), EINVAL);
    ASSERT_ERR(fdk_signal_set_fill(NULL), EINVAL);
}

static void test_add_del_each(void)
{
    sigset_t set;
    int s;

    for (s = 1; s <= rtmax; s++) {
        ASSERT_OK(fdk_signal_set_empty(&set));
        if (s >= 32 && s < SIGRTMIN) { /* the C library's own: never into a set */
            ASSERT_ERR(fdk_signal_set_add(&set, s), EINVAL);
            ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);
            ASSERT_OK(fdk_signal_set_del(&set, s));
            continue;
        }
        ASSERT_EQ(fdk_signal_set_add(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 1);
        ASSERT_EQ(fdk_signal_set_next(&set, 0), s);
        ASSERT_EQ(fdk_signal_set_next(&set, s - 1), s);
        ASSERT_EQ(fdk_signal_set_next(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_del(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 0);
        ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);
    }
    /* Every other signal, then removed again one by one. */
    ASSERT_OK(fdk_signal_set_empty(&set));
    for (s = 1; s <= rtmax; s += 2)
        if (s < 32 || s >= SIGRTMIN)
            ASSERT_OK(fdk_signal_set_add(&set, s));
    for (s = 1; s <= rtmax; s++)
        ASSERT_EQ(fdk_signal_set_contains(&set, s), s % 2 && (s < 32 || s >= SIGRTMIN));
    for (s = 1; s <= rtmax; s += 2)
        ASSERT_OK(fdk_signal_set_del(&set, s));
    ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);
}

static void test_set_invalid(void)
{
    sigset_t set, copy;
    int bad[] = {0, -1, rtmax + 1, 1000, -2147483647 - 1};

    ASSERT_OK(fdk_signal_set_fill(&set));
    ASSERT_OK(fdk_signal_set_del(&set, SIGINT));
    copy = set;
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        ASSERT_ERR(fdk_signal_set_add(&set, bad[i]), EINVAL);
        ASSERT_ERR(fdk_signal_set_del(&set, bad[i]), EINVAL);
        ASSERT_ERR(fdk_signal_set_contains(&set, bad[i]), EINVAL);
    }
    ASSERT_MEM_EQ(&set, &copy, sizeof(set));
    ASSERT_ERR(fdk_signal_set_add(NULL, SIGINT), EINVAL);
    ASSERT_ERR(fdk_signal_set_del(NULL, SIGINT), EINVAL);
    ASSERT_ERR(fdk_signal_set_contains(NULL, SIGINT), EINVAL);
    ASSERT_ERR(fdk_signal_set_next(NULL, 0), EINVAL);
    ASSERT_ERR(fdk_signal_set_next(&set, -1), EINVAL);
    ASSERT_EQ(fdk_signal_set_next(&set, rtmax), 0);
    ASSERT_EQ(fdk_signal_set_next(&set, 2147483647), 0);
}

static void test_from_list(void)
{
    sigset_t set, pattern;
    int good[] = {SIGINT, SIGTERM, rtmin, rtmax, SIGINT};
    int bad[] = {SIGINT, SIGTERM, 0};
    int bad2[] = {SIGHUP, rtmax + 1};
    int libc_own[] = {SIGHUP, 32}; /* glibc's thread cancellation */
    int s, n = 0;

    ASSERT_OK(fdk_signal_set_from_list(&set, good, sizeof(good) / sizeof(good[0])));
    for (s = fdk_signal_set_next(&set, 0); s > 0; s = fdk_signal_set_next(&set, s))
        n++;
    ASSERT_EQ(n, 4);
    ASSERT_EQ(fdk_signal_set_contains(&set, SIGINT), 1);
    ASSERT_EQ(fdk_signal_set_contains(&set, SIGTERM), 1);
    ASSERT_EQ(fdk_signal_set_contains(&set, rtmin), 1);
    ASSERT_EQ(fdk_signal_set_contains(&set, rtmax), 1);
    ASSERT_EQ(fdk_signal_set_contains(&set, 32), 0);

    /* An invalid member: nothing is written. */
    memset(&pattern, 0x5a, sizeof(pattern));
    set = pattern;
    ASSERT_ERR(fdk_signal_set_from_list(&set, bad, 3), EINVAL);
    ASSERT_MEM_EQ(&set, &pattern, sizeof(set));
    ASSERT_ERR(fdk_signal_set_from_list(&set, bad2, 2), EINVAL);
    ASSERT_MEM_EQ(&set, &pattern, sizeof(set));
    if (SIGRTMIN > 32) { /* the C library's own signals never go into a set */
        ASSERT_ERR(fdk_signal_set_from_list(&set, libc_own, 2), EINVAL);
        ASSERT_MEM_EQ(&set, &pattern, sizeof(set));
    }
    ASSERT_ERR(fdk_signal_set_from_list(NULL, good, 1), EINVAL);
    ASSERT_ERR(fdk_signal_set_from_list(&set, NULL, 1), EINVAL);
    ASSERT_MEM_EQ(&set, &pattern, sizeof(set));

    /* n = 0 makes an empty set, even with no list. */
    ASSERT_OK(fdk_signal_set_from_list(&set, NULL, 0));
    ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);
    /* The first n members only. */
    ASSERT_OK(fdk_signal_set_from_list(&set, bad, 2));
    ASSERT_EQ(fdk_signal_set_next(&set, 0), SIGINT);
    ASSERT_EQ(fdk_signal_set_next(&set, SIGINT), SIGTERM);
    ASSERT_EQ(fdk_signal_set_next(&set, SIGTERM), 0);
}

static void expect_name(int signo, const char *want)
{
    char buf[32];
    ASSERT_EQ(fdk_signal_name(signo, buf, sizeof(buf)), (long long)strlen(want));
    ASSERT_STREQ(buf, want);
}

static void test_names(void)
{
    char names[65][32], buf[32];
    int s, t, back;

    expect_name(SIGHUP, "SIGHUP");
    expect_name(SIGINT, "SIGINT");
    expect_name(SIGABRT, "SIGABRT");
    expect_name(SIGKILL, "SIGKILL");
    expect_name(SIGCHLD, "SIGCHLD");
    expect_name(SIGIO, "SIGIO");
    expect_name(SIGSYS, "SIGSYS");
#if defined(__x86_64__) || defined(__i386__) || defined(__aarch64__)
    expect_name(16, "SIGSTKFLT");
    expect_name(30, "SIGPWR");
    expect_name(31, "SIGSYS");
#endif
    expect_name(rtmin, "SIGRTMIN");
    expect_name(rtmin + 1, "SIGRTMIN+1");
    expect_name(rtmax, "SIGRTMAX");
    expect_name(rtmax - 1, "SIGRTMAX-1");
    if (rtmin == 34 && rtmax == 64) { /* glibc: like bash's kill -l */
        expect_name(49, "SIGRTMIN+15");
        expect_name(50, "SIGRTMAX-14");
        expect_name(32, "SIG32");
        expect_name(33, "SIG33");
    }

    /* Every signal has one name, no two share it, and it parses back. */
    ASSERT_TRUE(rtmax < 65);
    for (s = 1; s <= rtmax; s++) {
        int len = fdk_signal_name(s, names[s], sizeof(names[s]));
        ASSERT_TRUE(len > 3 && len < 16);
        ASSERT_EQ(strncmp(names[s], "SIG", 3), 0);
        back = -1;
        ASSERT_OK(fdk_signal_parse(names[s], &back));
        ASSERT_EQ(back, s);
        back = -1;
        ASSERT_OK(fdk_signal_parse(names[s] + 3, &back)); /* without "SIG" */
        ASSERT_EQ(back, s);
        for (t = 1; t < s; t++)
            ASSERT_TRUE(strcmp(names[s], names[t]) != 0);
        /* And the number itself. */
        snprintf(buf, sizeof(buf), "%d", s);
        ASSERT_OK(fdk_signal_parse(buf, &back));
        ASSERT_EQ(back, s);
    }

    ASSERT_ERR(fdk_signal_name(0, buf, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_signal_name(-1, buf, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_signal_name(rtmax + 1, buf, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_signal_name(SIGINT, NULL, 16), EINVAL);
}

static void test_name_erange(void)
{
    char buf[16];

    memset(buf, 'z', sizeof(buf));
    ASSERT_ERR(fdk_signal_name(SIGINT, buf, 6), ERANGE); /* "SIGINT" + NUL = 7 */
    ASSERT_ERR(fdk_signal_name(SIGINT, buf, 0), ERANGE);
    ASSERT_EQ(buf[0], 'z');
    ASSERT_EQ(fdk_signal_name(SIGINT, buf, 7), 6);
    ASSERT_STREQ(buf, "SIGINT");
    memset(buf, 'z', sizeof(buf));
    ASSERT_ERR(fdk_signal_name(rtmin + 1, buf, 10), ERANGE); /* "SIGRTMIN+1" */
    ASSERT_EQ(buf[0], 'z');
    ASSERT_EQ(fdk_signal_name(rtmin + 1, buf, 11), 10);
    /* 16 bytes are always enough. */
    for (int s = 1; s <= rtmax; s++)
        ASSERT_OK(fdk_signal_name(s, buf, 16));
}

static void expect_parse(const char *text, int want)
{
    int got = -12345;
    ASSERT_OK(fdk_signal_parse(text, &got));
    if (got != want)
        fdk_test_fail(__FILE__, __LINE__, "parse(\"%s\") = %d, expected %d", text, got, want);
}

static void test_parse_forms(void)
{
    expect_parse("SIGINT", SIGINT);
    expect_parse("INT", SIGINT);
    expect_parse("sigint", SIGINT);
    expect_parse("SiGiNt", SIGINT);
    expect_parse("int", SIGINT);
    expect_parse("15", SIGTERM);
    expect_parse("9", SIGKILL);
    expect_parse("sigterm", SIGTERM);
    expect_parse("IOT", SIGABRT);
    expect_parse("SIGCLD", SIGCHLD);
    expect_parse("SIGPOLL", SIGIO);
    expect_parse("SIGRTMIN", rtmin);
    expect_parse("RTMIN", rtmin);
    expect_parse("rtmin", rtmin);
    expect_parse("SIGRTMIN+0", rtmin);
    expect_parse("SIGRTMIN+3", rtmin + 3);
    expect_parse("rtmin+3", rtmin + 3);
    expect_parse("RTMAX-2", rtmax - 2);
    expect_parse("sigrtmax", rtmax);
    expect_parse("SIGRTMAX-0", rtmax);
    expect_parse("SIGRTMIN+007", rtmin + 7);
    /* Offsets may run to the far end of the range (not past it). */
    {
        char buf[32];
        snprintf(buf, sizeof(buf), "RTMIN+%d", rtmax - rtmin);
        expect_parse(buf, rtmax);
        snprintf(buf, sizeof(buf), "RTMAX-%d", rtmax - rtmin);
        expect_parse(buf, rtmin);
    }
}

static void test_parse_malformed(void)
{
    char over_min[32], over_max[32], past_max[16];
    const char *bad[] = {
        "",
        "SIG",
        "sig",
        "SIGFOO",
        "FOO",
        "SIGINT ",
        " SIGINT",
        "SIGINTX",
        "SIG INT",
        "SIGSIGINT",
        "0",
        "00",
        "-1",
        "+15",
        "15x",
        "15 ",
        "0x10",
        "1e1",
        "RTMIN+",
        "RTMIN-1",
        "RTMAX+1",
        "RTMIN+-1",
        "RTMIN++1",
        "RTMIN+1x",
        "RTMAX-",
        "RTMINX",
        "SIGRTMIN 1",
        "RTMIN+ 1",
        "99999999999999999999",
        "4294967298",
        "2147483648",
        "RTMIN+99999999999",
        "RTMAX-4294967296",
        "SIG0",
        "SIG-1",
        "KILL\n",
        "kil",
        "SIGKILLL",
        over_min,
        over_max,
        past_max,
    };
    int v = 777;

    snprintf(over_min, sizeof(over_min), "SIGRTMIN+%d", rtmax - rtmin + 1);
    snprintf(over_max, sizeof(over_max), "SIGRTMAX-%d", rtmax - rtmin + 1);
    snprintf(past_max, sizeof(past_max), "%d", rtmax + 1);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        int r = fdk_signal_parse(bad[i], &v);
        if (r != -EINVAL)
            fdk_test_fail(__FILE__, __LINE__, "parse(\"%s\") = %d, expected -EINVAL", bad[i], r);
        ASSERT_EQ(v, 777);
    }
    ASSERT_ERR(fdk_signal_parse(NULL, &v), EINVAL);
    ASSERT_ERR(fdk_signal_parse("SIGINT", NULL), EINVAL);
    ASSERT_EQ(v, 777);
}

static void test_mask(void)
{
    sigset_t orig, set, old, now;

    orig = current_mask();
    ASSERT_OK(fdk_signal_set_empty(&set));
    ASSERT_OK(fdk_signal_set_add(&set, SIGUSR1));
    ASSERT_OK(fdk_signal_set_add(&set, rtmin + 1));

    ASSERT_OK(fdk_signal_mask_block(&set, &old));
    ASSERT_TRUE(same_set(&old, &orig));
    now = current_mask();
    ASSERT_EQ(fdk_signal_set_contains(&now, SIGUSR1), 1);
    ASSERT_EQ(fdk_signal_set_contains(&now, rtmin + 1), 1);

    ASSERT_OK(fdk_signal_mask_unblock(&set, &old));
    ASSERT_EQ(fdk_signal_set_contains(&old, SIGUSR1), 1);
    ASSERT_EQ(fdk_signal_set_contains(&old, rtmin + 1), 1);
    now = current_mask();
    ASSERT_EQ(fdk_signal_set_contains(&now, SIGUSR1), 0);
    ASSERT_EQ(fdk_signal_set_contains(&now, rtmin + 1), 0);

    /* SETMASK replaces the whole mask; old may be NULL. */
    ASSERT_OK(fdk_signal_set_empty(&set));
    ASSERT_OK(fdk_signal_set_add(&set, SIGUSR2));
    ASSERT_OK(fdk_signal_set_add(&set, SIGTERM));
    ASSERT_OK(fdk_signal_mask_set(&set, NULL));
    now = current_mask();
    ASSERT_TRUE(same_set(&now, &set));
    ASSERT_OK(fdk_signal_mask_block(&set, NULL));
    ASSERT_OK(fdk_signal_mask_unblock(&set, NULL));
    now = current_mask();
    ASSERT_EQ(fdk_signal_set_next(&now, 0), 0);

    /* Invalid: nothing changes and old is not written. */
    memset(&old, 0x33, sizeof(old));
    set = old;
    ASSERT_ERR(fdk_signal_mask_block(NULL, &old), EINVAL);
    ASSERT_ERR(fdk_signal_mask_unblock(NULL, &old), EINVAL);
    ASSERT_ERR(fdk_signal_mask_set(NULL, &old), EINVAL);
    ASSERT_MEM_EQ(&old, &set, sizeof(old));

    ASSERT_OK(fdk_signal_mask_set(&orig, NULL));
    now = current_mask();
    ASSERT_TRUE(same_set(&now, &orig));
}

struct thread_report {
    sigset_t mask;
    int ok;
};

static void *report_mask(void *arg)
{
    struct thread_report *r = arg;
    r->ok = pthread_sigmask(SIG_SETMASK, NULL, &r->mask) == 0;
    return NULL;
}

/* Blocked in the new thread: everything but what the kernel or libc refuses. */
static void expect_all_blocked(const sigset_t *m)
{
    for (int s = 1; s <= rtmax; s++) {
        int want = !(s == SIGKILL || s == SIGSTOP || (s > SIGSYS && s < rtmin));
        if (fdk_signal_set_contains(m, s) != want)
            fdk_test_fail(__FILE__, __LINE__, "signal %d: blocked %d, expected %d", s,
                          fdk_signal_set_contains(m, s), want);
    }
}

static void test_thread_create_blocked(void)
{
    struct thread_report rep;
    sigset_t orig, usr1, before, after;
    pthread_attr_t attr;
    pthread_t t, untouched;

    orig = current_mask();
    /* The caller has something blocked already: that must survive. */
    ASSERT_OK(fdk_signal_set_from_list(&usr1, (int[]){SIGUSR1}, 1));
    ASSERT_OK(fdk_signal_mask_set(&usr1, NULL));
    before = current_mask();

    memset(&rep, 0, sizeof(rep));
    ASSERT_OK(fdk_signal_thread_create_blocked(&t, NULL, report_mask, &rep));
    ASSERT_EQ(pthread_join(t, NULL), 0);
    ASSERT_EQ(rep.ok, 1);
    expect_all_blocked(&rep.mask);
    after = current_mask();
    ASSERT_TRUE(same_set(&after, &before));

    /* With attributes too. */
    memset(&rep, 0, sizeof(rep));
    ASSERT_EQ(pthread_attr_init(&attr), 0);
    ASSERT_OK(fdk_signal_thread_create_blocked(&t, &attr, report_mask, &rep));
    ASSERT_EQ(pthread_join(t, NULL), 0);
    expect_all_blocked(&rep.mask);

    /* A failing pthread_create: the error comes back, the mask is restored. */
    memset(&untouched, 0x44, sizeof(untouched));
    t = untouched;
    ASSERT_EQ(pthread_attr_setstacksize(&attr, SIZE_MAX / 4 * 3 /* more than the address space can hold */), 0);
    {
        int r = fdk_signal_thread_create_blocked(&t, &attr, report_mask, &rep);
        if (r == 0) {
            pthread_join(t, NULL);
        } else {
            ASSERT_TRUE(r == -EAGAIN || r == -ENOMEM || r == -EINVAL);
            ASSERT_MEM_EQ(&t, &untouched, sizeof(t));
        }
    }
    after = current_mask();
    ASSERT_TRUE(same_set(&after, &before));
    ASSERT_EQ(pthread_attr_destroy(&attr), 0);

    ASSERT_ERR(fdk_signal_thread_create_blocked(NULL, NULL, report_mask, &rep), EINVAL);
    ASSERT_ERR(fdk_signal_thread_create_blocked(&t, NULL, NULL, &rep), EINVAL);

    ASSERT_OK(fdk_signal_mask_set(&orig, NULL));
}

static void on_hup(int s)
{
    (void)s;
}

/*
 * In a forked child: after the reset every disposition we can read is
 * SIG_DFL and the mask is empty.  Exit codes say what was wrong.
 */
static int child_check_reset(void)
{
    struct sigaction sa;
    sigset_t m;
    int s;

    errno = 4321;
    if (fdk_signal_reset_for_exec() != 0)
        return 10;
    if (errno != 4321)
        return 11;
    for (s = 1; s < _NSIG; s++) {
        if (sigaction(s, NULL, &sa) < 0)
            continue; /* libc's own signals cannot even be queried */
        if (!(sa.sa_flags & SA_SIGINFO) && sa.sa_handler != SIG_DFL)
            return 20 + (s > 100 ? 0 : s);
        if ((sa.sa_flags & SA_SIGINFO) && sa.sa_sigaction != NULL)
            return 20 + (s > 100 ? 0 : s);
    }
    if (sigprocmask(SIG_SETMASK, NULL, &m) < 0)
        return 12;
    for (s = 1; s < _NSIG; s++)
        if (sigismember(&m, s) == 1)
            return 13;
    return 0;
}

static void test_reset_for_exec(void)
{
    struct sigaction ign, hup, old_usr1, old_hup;
    sigset_t block, orig;
    int st;
    pid_t pid;

    orig = current_mask();
    memset(&ign, 0, sizeof(ign));
    ign.sa_handler = SIG_IGN;
    memset(&hup, 0, sizeof(hup));
    hup.sa_handler = on_hup;
    ASSERT_EQ(sigaction(SIGUSR1, &ign, &old_usr1), 0);
    ASSERT_EQ(sigaction(SIGHUP, &hup, &old_hup), 0);
    ASSERT_OK(fdk_signal_set_from_list(&block, (int[]){SIGTERM, rtmin + 2}, 2));
    ASSERT_OK(fdk_signal_mask_block(&block, NULL));

    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(child_check_reset());
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    ASSERT_EQ(WEXITSTATUS(st), 0);

    /* The parent is untouched. */
    {
        struct sigaction now;
        ASSERT_EQ(sigaction(SIGUSR1, NULL, &now), 0);
        ASSERT_TRUE(now.sa_handler == SIG_IGN);
    }
    ASSERT_EQ(sigaction(SIGUSR1, &old_usr1, NULL), 0);
    ASSERT_EQ(sigaction(SIGHUP, &old_hup, NULL), 0);
    ASSERT_OK(fdk_signal_mask_set(&orig, NULL));
}

int main(void)
{
    alarm(45);
    rtmin = fdk_signal_rtmin();
    rtmax = fdk_signal_rtmax();

    RUN(test_range);
    RUN(test_empty_fill_iterate);
    RUN(test_add_del_each);
    RUN(test_set_invalid);
    RUN(test_from_list);
    RUN(test_names);
    RUN(test_name_erange);
    RUN(test_parse_forms);
    RUN(test_parse_malformed);
    RUN(test_mask);
    RUN(test_thread_create_blocked);
    RUN(test_reset_for_exec);
    return 0;
}
