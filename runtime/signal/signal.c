/* SPDX-License-Identifier: MIT */
/*
 * Signal sets, names, the calling thread's mask, thread creation with every
 * signal blocked, and the pre-exec reset.  Records (siginfo) are decoded in
 * siginfo.c; child reaping is in children.c.
 *
 * Sets are handled bit by bit rather than through sigaddset() and friends:
 * glibc refuses to put its two internal signals (32 and 33) into a set and
 * leaves them out of sigfillset(), yet they are valid signal numbers a
 * signalfd or a kill can carry.  Both glibc and musl store a sigset_t as an
 * array of unsigned long in the kernel's layout (signal n is bit n - 1).
 */
#include "fdk-internal.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#define WORD_BITS (8 * sizeof(unsigned long))

_Static_assert(sizeof(sigset_t) % sizeof(unsigned long) == 0, "sigset_t is not a word array");
_Static_assert(sizeof(sigset_t) * 8 >= 64, "sigset_t too small for 64 signals");

#ifdef _NSIG
#define SIG_COUNT _NSIG /* highest signal number + 1 */
#else
#define SIG_COUNT NSIG
#endif

static unsigned long *set_words(sigset_t *set)
{
    return (unsigned long *)(void *)set;
}

static const unsigned long *set_cwords(const sigset_t *set)
{
    return (const unsigned long *)(const void *)set;
}

static void bit_add(sigset_t *set, int signo)
{
    unsigned b = (unsigned)signo - 1;
    set_words(set)[b / WORD_BITS] |= 1UL << (b % WORD_BITS);
}

static void bit_del(sigset_t *set, int signo)
{
    unsigned b = (unsigned)signo - 1;
    set_words(set)[b / WORD_BITS] &= ~(1UL << (b % WORD_BITS));
}

static int bit_has(const sigset_t *set, int signo)
{
    unsigned b = (unsigned)signo - 1;
    return (set_cwords(set)[b / WORD_BITS] >> (b % WORD_BITS)) & 1;
}

int fdk_signal_set_empty(sigset_t *set)
{
    if (!set)
        return -EINVAL;
    memset(set, 0, sizeof(*set));
    return 0;
}

int fdk_signal_set_fill(sigset_t *set)
{
    sigset_t s;
    int i, max = SIGRTMAX;

    if (!set)
        return -EINVAL;
    memset(&s, 0, sizeof(s));
    for (i = 1; i <= max; i++)
        if (!fdk__sig_libc_reserved(i)) /* as sigfillset: libc's own signals stay out */
            bit_add(&s, i);
    *set = s;
    return 0;
}

/*
 * The one rule for the C library's own signals (32 up to SIGRTMIN - 1):
 * they can never be put in a set (add, from_list: -EINVAL, as glibc's
 * sigaddset), so no set fdkit makes can hand one to a signalfd, and the
 * calls that take a signal into a signalfd or a dispatcher refuse them too.
 * Calls that only ask or remove (contains, next, del) and the names take
 * every signal 1..SIGRTMAX.
 */
int fdk_signal_set_add(sigset_t *set, int signo)
{
    if (!set || !fdk__signo_valid(signo) || fdk__sig_libc_reserved(signo))
        return -EINVAL;
    bit_add(set, signo);
    return 0;
}

int fdk_signal_set_del(sigset_t *set, int signo)
{
    if (!set || !fdk__signo_valid(signo))
        return -EINVAL;
    bit_del(set, signo);
    return 0;
}

int fdk_signal_set_contains(const sigset_t *set, int signo)
{
    if (!set || !fdk__signo_valid(signo))
        return -EINVAL;
    return bit_has(set, signo);
}

int fdk_signal_set_from_list(sigset_t *set, const int *sigs, size_t n)
{
    sigset_t s;
    size_t i;

    if (!set || (!sigs && n > 0))
        return -EINVAL;
    for (i = 0; i < n; i++)
        if (!fdk__signo_valid(sigs[i]) || fdk__sig_libc_reserved(sigs[i]))
            return -EINVAL;
    memset(&s, 0, sizeof(s));
    for (i = 0; i < n; i++)
        bit_add(&s, sigs[i]);
    *set = s;
    return 0;
}

int fdk_signal_set_next(const sigset_t *set, int after)
{
    int s, max = SIGRTMAX;

    if (!set || after < 0)
        return -EINVAL;
    if (after >= max)
        return 0;
    for (s = after + 1; s <= max; s++)
        if (bit_has(set, s))
            return s;
    return 0;
}

int fdk_signal_rtmin(void)
{
    return SIGRTMIN;
}

int fdk_signal_rtmax(void)
{
    return SIGRTMAX;
}

/* ---- names ------------------------------------------------------------- */

/* One canonical name per number, from the platform's own values. */
static const char *const std_names[32] = {
    [SIGHUP] = "SIGHUP",       [SIGINT] = "SIGINT",   [SIGQUIT] = "SIGQUIT",
    [SIGILL] = "SIGILL",       [SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT",
    [SIGBUS] = "SIGBUS",       [SIGFPE] = "SIGFPE",   [SIGKILL] = "SIGKILL",
    [SIGUSR1] = "SIGUSR1",     [SIGSEGV] = "SIGSEGV", [SIGUSR2] = "SIGUSR2",
    [SIGPIPE] = "SIGPIPE",     [SIGALRM] = "SIGALRM", [SIGTERM] = "SIGTERM",
#ifdef SIGSTKFLT
    [SIGSTKFLT] = "SIGSTKFLT",
#endif
    [SIGCHLD] = "SIGCHLD",     [SIGCONT] = "SIGCONT", [SIGSTOP] = "SIGSTOP",
    [SIGTSTP] = "SIGTSTP",     [SIGTTIN] = "SIGTTIN", [SIGTTOU] = "SIGTTOU",
    [SIGURG] = "SIGURG",       [SIGXCPU] = "SIGXCPU", [SIGXFSZ] = "SIGXFSZ",
    [SIGVTALRM] = "SIGVTALRM", [SIGPROF] = "SIGPROF", [SIGWINCH] = "SIGWINCH",
    [SIGIO] = "SIGIO",
#ifdef SIGPWR
    [SIGPWR] = "SIGPWR",
#endif
    [SIGSYS] = "SIGSYS",
};

/* Other spellings parse accepts (without the SIG prefix). */
static const struct {
    const char *name;
    int signo;
} aliases[] = {
    {"IOT", SIGABRT},
    {"CLD", SIGCHLD},
#ifdef SIGPOLL
    {"POLL", SIGPOLL},
#endif
};

int fdk_signal_name(int signo, char *buf, size_t size)
{
    char tmp[32];
    int len, rtmin = SIGRTMIN, rtmax = SIGRTMAX;

    if (!buf || !fdk__signo_valid(signo))
        return -EINVAL;
    if (signo < 32 && std_names[signo])
        len = snprintf(tmp, sizeof(tmp), "%s", std_names[signo]);
    else if (signo < rtmin)
        len = snprintf(tmp, sizeof(tmp), "SIG%d", signo); /* libc's own (32, 33) */
    else if (signo == rtmin)
        len = snprintf(tmp, sizeof(tmp), "SIGRTMIN");
    else if (signo == rtmax)
        len = snprintf(tmp, sizeof(tmp), "SIGRTMAX");
    else if (signo - rtmin <= (rtmax - rtmin) / 2)
        len = snprintf(tmp, sizeof(tmp), "SIGRTMIN+%d", signo - rtmin);
    else
        len = snprintf(tmp, sizeof(tmp), "SIGRTMAX-%d", rtmax - signo);
    if (len < 0)
        return -EINVAL;
    if ((size_t)len >= size)
        return -ERANGE;
    memcpy(buf, tmp, (size_t)len + 1);
    return len;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* ASCII, case-insensitive: locale rules (Turkish i) must not matter. */
static int same_word(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (lower((unsigned char)*a) != lower((unsigned char)*b))
            return 0;
    return *a == *b;
}

/* If text starts with word (any case), the text after it; else NULL. */
static const char *skip_word(const char *text, const char *word)
{
    for (; *word; text++, word++)
        if (lower((unsigned char)*text) != lower((unsigned char)*word))
            return NULL;
    return text;
}

/* Decimal digits and nothing else; at most 9 of them (no overflow). */
static int parse_count(const char *s, int *out)
{
    int v = 0, n = 0;

    for (; *s; s++, n++) {
        if (*s < '0' || *s > '9' || n >= 9)
            return -EINVAL;
        v = v * 10 + (*s - '0');
    }
    if (n == 0)
        return -EINVAL;
    *out = v;
    return 0;
}

int fdk_signal_parse(const char *text, int *signo)
{
    const char *p, *rest;
    int rtmin = SIGRTMIN, rtmax = SIGRTMAX, n, s;
    size_t i;

    if (!text || !signo)
        return -EINVAL;
    p = skip_word(text, "SIG");
    if (!p)
        p = text;

    if (*p >= '0' && *p <= '9') {
        /* "15", or "SIG32" as fdk_signal_name() writes libc's own signals. */
        if (parse_count(p, &n) < 0 || !fdk__signo_valid(n))
            return -EINVAL;
        *signo = n;
        return 0;
    }
    if ((rest = skip_word(p, "RTMIN")) != NULL) {
        n = 0;
        if (*rest && (*rest != '+' || parse_count(rest + 1, &n) < 0))
            return -EINVAL;
        if (n > rtmax - rtmin)
            return -EINVAL;
        *signo = rtmin + n;
        return 0;
    }
    if ((rest = skip_word(p, "RTMAX")) != NULL) {
        n = 0;
        if (*rest && (*rest != '-' || parse_count(rest + 1, &n) < 0))
            return -EINVAL;
        if (n > rtmax - rtmin)
            return -EINVAL;
        *signo = rtmax - n;
        return 0;
    }
    for (s = 1; s < 32; s++) {
        if (std_names[s] && same_word(p, std_names[s] + 3)) {
            *signo = s;
            return 0;
        }
    }
    for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
        if (same_word(p, aliases[i].name)) {
            *signo = aliases[i].signo;
            return 0;
        }
    }
    return -EINVAL;
}

/* ---- the calling thread's mask ----------------------------------------- */

/* pthread_sigmask reports an error number, not -1 + errno. */
static int change_mask(int how, const sigset_t *set, sigset_t *old)
{
    sigset_t prev;
    int r;

    if (!set)
        return -EINVAL;
    r = pthread_sigmask(how, set, &prev);
    if (r != 0)
        return -r;
    if (old)
        *old = prev;
    return 0;
}

int fdk_signal_mask_block(const sigset_t *set, sigset_t *old)
{
    return change_mask(SIG_BLOCK, set, old);
}

int fdk_signal_mask_unblock(const sigset_t *set, sigset_t *old)
{
    return change_mask(SIG_UNBLOCK, set, old);
}

int fdk_signal_mask_set(const sigset_t *set, sigset_t *old)
{
    return change_mask(SIG_SETMASK, set, old);
}

int fdk_signal_thread_create_blocked(pthread_t *thread, const pthread_attr_t *attr,
                                     fdk_thread_fn fn, void *arg)
{
    sigset_t all, prev;
    pthread_t tid;
    int r, r2;

    if (!thread || !fn)
        return -EINVAL;
    /* A new thread inherits the mask its creator has at pthread_create. */
    sigfillset(&all);
    r = pthread_sigmask(SIG_SETMASK, &all, &prev);
    if (r != 0)
        return -r;
    r = pthread_create(&tid, attr, fn, arg);
    /* Restoring the mask this thread had a moment ago cannot fail. */
    r2 = pthread_sigmask(SIG_SETMASK, &prev, NULL);
    (void)r2;
    if (r != 0)
        return -r;
    *thread = tid;
    return 0;
}

/* ---- before exec --------------------------------------------------------- */

/*
 * Async-signal-safe: only sigemptyset, sigaction and sigprocmask, no
 * allocation, locks or stdio, and errno is left as it was.  glibc refuses
 * sigaction on its two internal signals with EINVAL; they are not ours to
 * reset, and any other signal a libc will not let us touch is skipped the
 * same way.
 */
int fdk_signal_reset_for_exec(void)
{
    struct sigaction sa;
    sigset_t none;
    int saved = errno, err = 0, s;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    for (s = 1; s < SIG_COUNT; s++) {
        if (s == SIGKILL || s == SIGSTOP)
            continue;
        if (sigaction(s, &sa, NULL) < 0 && errno != EINVAL && err == 0)
            err = -errno;
    }
    sigemptyset(&none);
    if (sigprocmask(SIG_SETMASK, &none, NULL) < 0 && err == 0)
        err = -errno;
    errno = saved;
    return err;
}
