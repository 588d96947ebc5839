/* SPDX-License-Identifier: MIT */
/*
 * bench-util.h: what the benchmark programs in bench/ share, written once:
 * CPU pinning, option values, the clock, a TCP loopback pair, the order of
 * the interleaved rounds and the statistics over runs.
 *
 * Static inline, so each program keeps only what it uses (and an unused one
 * is no warning).  None of it runs inside a measured loop.
 */
#ifndef FDKIT_BENCH_UTIL_H
#define FDKIT_BENCH_UTIL_H

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* A measured loop: never inlined or cloned, so it stays one function that
   callgrind's --toggle-collect=<name> (or a profiler) can single out. */
#if defined(__GNUC__) && !defined(__clang__)
#define BENCH_LOOP __attribute__((noinline, noclone))
#else
#define BENCH_LOOP __attribute__((noinline))
#endif

/* The most timed runs (or warm-up rounds) a row may have: the statistics
   below sort a copy of the runs on the stack. */
#define BENCH_MAX_RUNS 1000

/* ------------------------------------------------------------------------ */
/* Setup. */

/* Seconds on clock id; 0 when the clock cannot be read (the CPU clock of a
   process that has gone). */
static inline double bench_clock_s(clockid_t id)
{
    struct timespec ts;

    if (clock_gettime(id, &ts) < 0)
        return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Pin the calling thread (and what it starts later) to one CPU: cpu, or
   when cpu < 0 the first allowed one (the highest with `highest`).  Returns
   the CPU; on failure says so as prog and returns -1. */
static inline int bench_pin(const char *prog, int cpu, bool highest)
{
    cpu_set_t set;
    int r = 0;

    if (cpu < 0) {
        if (sched_getaffinity(0, sizeof set, &set) < 0)
            r = -errno;
        for (int k = 0; r == 0 && k < CPU_SETSIZE; k++) {
            int c = highest ? CPU_SETSIZE - 1 - k : k;

            if (CPU_ISSET(c, &set)) {
                cpu = c;
                break;
            }
        }
        if (r == 0 && cpu < 0)
            r = -ESRCH;
    }
    if (r == 0) {
        CPU_ZERO(&set);
        CPU_SET(cpu, &set);
        if (sched_setaffinity(0, sizeof set, &set) < 0)
            r = -errno;
    }
    if (r < 0) {
        fprintf(stderr, "%s: cannot pin to a CPU: %s\n", prog, strerror(-r));
        return -1;
    }
    return cpu;
}

static inline int bench_set_nodelay(int fd)
{
    int one = 1;

    return setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) < 0 ? -errno : 0;
}

/* A connected TCP pair over 127.0.0.1, TCP_NODELAY on both ends; 0 or -errno
   (then nothing is left open). */
static inline int bench_tcp_pair(int *client, int *server)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), cl = -1, sv = -1, r = 0;

    if (l < 0)
        return -errno;
    if (bind(l, (struct sockaddr *)&a, sizeof a) < 0 || listen(l, 1) < 0 ||
        getsockname(l, (struct sockaddr *)&a, &alen) < 0)
        r = -errno;
    if (r == 0 && (cl = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
        r = -errno;
    if (r == 0 && connect(cl, (struct sockaddr *)&a, sizeof a) < 0)
        r = -errno;
    if (r == 0 && (sv = accept4(l, NULL, NULL, SOCK_CLOEXEC)) < 0)
        r = -errno;
    if (r == 0)
        r = bench_set_nodelay(cl);
    if (r == 0)
        r = bench_set_nodelay(sv);
    close(l);
    if (r < 0) {
        if (cl >= 0)
            close(cl);
        if (sv >= 0)
            close(sv);
        return r;
    }
    *client = cl;
    *server = sv;
    return 0;
}

/* Other load on the machine is the usual reason for a noisy run: show it. */
static inline void bench_print_loadavg(void)
{
    char line[128];
    FILE *f = fopen("/proc/loadavg", "re");

    if (f && fgets(line, sizeof line, f))
        printf("  load average at start: %s", line);
    if (f)
        fclose(f);
}

/* ------------------------------------------------------------------------ */
/* Option values. */

/* A decimal integer in [lo, hi], nothing after it. */
static inline bool bench_parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

static inline bool bench_parse_int(const char *s, int lo, int hi, int *out)
{
    long v;

    if (!bench_parse_long(s, lo, hi, &v))
        return false;
    *out = (int)v;
    return true;
}

/* --cpu N|none: pin to CPU N, or (none) not at all. */
static inline bool bench_parse_cpu(const char *s, bool *pinned, int *cpu)
{
    if (!strcmp(s, "none")) {
        *pinned = false;
        return true;
    }
    return bench_parse_int(s, 0, CPU_SETSIZE - 1, cpu);
}

/* "a,c": mark the named entries of a table of n, whose names key(i) gives,
   and clear the others; false on an unknown name. */
static inline bool bench_parse_keys(const char *list, int n, const char *(*key)(int),
                                    bool *selected)
{
    char *copy = strdup(list), *save = NULL;
    bool ok = copy != NULL;

    for (int i = 0; i < n; i++)
        selected[i] = false;
    for (char *t = ok ? strtok_r(copy, ",", &save) : NULL; t; t = strtok_r(NULL, ",", &save)) {
        int i = 0;

        while (i < n && strcmp(t, key(i)))
            i++;
        if (i == n)
            ok = false;
        else
            selected[i] = true;
    }
    free(copy);
    return ok;
}

/* ------------------------------------------------------------------------ */
/* Rounds and statistics. */

/*
 * Which of n rows runs k-th in round q (0 for the first, warm-up included):
 * forward and backward in turn, one step further every second round, so each
 * row runs in every position and after different neighbours.
 */
static inline int bench_slot(int q, int k, int n)
{
    int base = q / 2;

    return (q % 2 ? base + n - 1 - k : base + k) % n;
}

static inline int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* Median of v[0..n), 0 < n <= BENCH_MAX_RUNS. */
static inline double bench_median(const double *v, int n)
{
    double s[BENCH_MAX_RUNS];

    memcpy(s, v, (size_t)n * sizeof *s);
    qsort(s, (size_t)n, sizeof *s, bench_cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/* Median over rounds of a[i] / b[i]: each run against the other row's run of
   the same round, seconds apart, so slow drifts of the machine cancel. */
static inline double bench_paired_ratio(const double *a, const double *b, int n)
{
    double q[BENCH_MAX_RUNS];

    for (int i = 0; i < n; i++)
        q[i] = a[i] / b[i];
    return bench_median(q, n);
}

static inline double bench_min(const double *v, int n)
{
    double m = v[0];

    for (int i = 1; i < n; i++)
        m = v[i] < m ? v[i] : m;
    return m;
}

static inline double bench_max(const double *v, int n)
{
    double m = v[0];

    for (int i = 1; i < n; i++)
        m = v[i] > m ? v[i] : m;
    return m;
}

/* The ratio columns of an fdkit row against its raw counterpart. */
struct bench_ratio {
    char paired[16];  /* median over rounds of fdkit / raw */
    char spread[24];  /* lowest-highest of the rounds' fdkit / raw */
    char med_med[16]; /* fdkit median / raw median */
    char verdict[16]; /* PASS, FAIL or noise against the target */
};

/*
 * Fills r from the n runs of fdkit and of raw, or with "-" when raw is NULL
 * (a row with no counterpart).  A wall-time ratio decides nothing inside its
 * own noise: PASS only when every round's fdkit / raw is at or above the
 * target, FAIL only when every one is below it, "noise" when the target lies
 * inside the spread.  Returns false only for a FAIL.
 */
static inline bool bench_ratio(struct bench_ratio *r, const double *fdkit, const double *raw, int n,
                               double target)
{
    double q[BENCH_MAX_RUNS], lo, hi;

    if (!raw || n <= 0 || n > BENCH_MAX_RUNS) {
        snprintf(r->paired, sizeof r->paired, "-");
        snprintf(r->spread, sizeof r->spread, "-");
        snprintf(r->med_med, sizeof r->med_med, "-");
        snprintf(r->verdict, sizeof r->verdict, "-");
        return true;
    }
    for (int i = 0; i < n; i++)
        q[i] = fdkit[i] / raw[i];
    lo = bench_min(q, n);
    hi = bench_max(q, n);
    snprintf(r->paired, sizeof r->paired, "%.3f", bench_median(q, n));
    snprintf(r->spread, sizeof r->spread, "%.3f-%.3f", lo, hi);
    snprintf(r->med_med, sizeof r->med_med, "%.3f", bench_median(fdkit, n) / bench_median(raw, n));
    snprintf(r->verdict, sizeof r->verdict, "%s", lo >= target ? "PASS" : hi < target ? "FAIL" : "noise");
    return hi >= target;
}

#endif /* FDKIT_BENCH_UTIL_H */
