/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the independent tests (tests/indep/): written from the public
 * headers and README alone.
 *
 * - indep_tmpdir(): a scratch directory under /tmp, removed (with what it
 *   holds, one level) by indep_tmpdir_remove().
 * - an "interrupter" thread that sends a signal to one thread only while
 *   that thread sleeps in the kernel (state S in /proc/self/task/TID/stat),
 *   so a signal lands inside the blocking call and not before it.
 */
#ifndef INDEP_COMMON_H
#define INDEP_COMMON_H

#include "fdk-test.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>

static inline pid_t indep_gettid(void)
{
    return (pid_t)syscall(SYS_gettid);
}

static inline void indep_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

static inline double indep_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* State letter of thread tid of this process ('R', 'S', 'D', ...), or 0. */
static inline char indep_thread_state(pid_t tid)
{
    char path[64], buf[512];
    int fd;
    ssize_t n;
    char *p;

    snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    p = strrchr(buf, ')');
    if (!p || p[1] != ' ')
        return 0;
    return p[2];
}

/* Wait (up to 10 s) until thread tid sleeps in the kernel; 1 if it does. */
static inline int indep_wait_sleeping(pid_t tid)
{
    for (int i = 0; i < 2000; i++) {
        if (indep_thread_state(tid) == 'S')
            return 1;
        indep_sleep_ms(5);
    }
    return 0;
}

/* ---- the interrupter ---------------------------------------------------- */

static volatile sig_atomic_t indep_hits;

static void indep_count_handler(int sig)
{
    (void)sig;
    indep_hits++;
}

/* Install indep_count_handler for sig, with or without SA_RESTART. */
static inline void indep_handler(int sig, int restart)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = indep_count_handler;
    sa.sa_flags = restart ? SA_RESTART : 0;
    if (sigaction(sig, &sa, NULL) != 0)
        fdk_test_fail(__FILE__, __LINE__, "sigaction: %s", strerror(errno));
    indep_hits = 0;
}

static inline void indep_handler_reset(int sig)
{
    signal(sig, SIG_DFL);
}

struct indep_intr {
    pthread_t target;   /* the thread to interrupt */
    pid_t target_tid;
    int sig;
    int kills;          /* kill this many times (each while the target sleeps), then run action; */
                        /* 0: keep killing every 50 ms until stop is set */
    void (*action)(void *);
    void *action_arg;
    atomic_int stop;
    int sent;           /* signals sent */
    int missed;         /* 1: the target never slept */
    pthread_t self;
};

static void *indep_intr_main(void *p)
{
    struct indep_intr *in = (struct indep_intr *)p;
    sigset_t all;

    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    for (;;) {
        if (atomic_load(&in->stop))
            break;
        if (in->kills > 0 && in->sent >= in->kills)
            break;
        if (!indep_wait_sleeping(in->target_tid)) {
            in->missed = 1;
            break;
        }
        if (atomic_load(&in->stop))
            break;
        /* let it settle in its wait, then interrupt it */
        indep_sleep_ms(20);
        if (atomic_load(&in->stop))
            break;
        pthread_kill(in->target, in->sig);
        in->sent++;
        indep_sleep_ms(50);
    }
    if (in->action && !atomic_load(&in->stop))
        in->action(in->action_arg);
    return NULL;
}

/* Start interrupting the calling thread with sig. */
static inline void indep_intr_start(struct indep_intr *in, int sig, int kills,
                                    void (*action)(void *), void *arg)
{
    memset(in, 0, sizeof *in);
    in->target = pthread_self();
    in->target_tid = indep_gettid();
    in->sig = sig;
    in->kills = kills;
    in->action = action;
    in->action_arg = arg;
    atomic_init(&in->stop, 0);
    if (pthread_create(&in->self, NULL, indep_intr_main, in) != 0)
        fdk_test_fail(__FILE__, __LINE__, "pthread_create failed");
}

/* Stop it (after the call returned) and join it. */
static inline void indep_intr_join(struct indep_intr *in)
{
    atomic_store(&in->stop, 1);
    pthread_join(in->self, NULL);
}

/* Wait for it to finish by itself (kills > 0 with an action). */
static inline void indep_intr_wait(struct indep_intr *in)
{
    pthread_join(in->self, NULL);
}

/* ---- scratch files ---------------------------------------------------- */

struct indep_dir {
    char path[128];
};

static inline void indep_tmpdir(struct indep_dir *d)
{
    snprintf(d->path, sizeof d->path, "/tmp/fdk-indep-XXXXXX");
    if (!mkdtemp(d->path))
        fdk_test_fail(__FILE__, __LINE__, "mkdtemp: %s", strerror(errno));
}

static inline void indep_join(char *out, size_t size, const struct indep_dir *d, const char *name)
{
    if ((size_t)snprintf(out, size, "%s/%s", d->path, name) >= size)
        fdk_test_fail(__FILE__, __LINE__, "path too long");
}

/* Names left in the directory (0: empty). */
static inline int indep_dir_entries(const struct indep_dir *d)
{
    DIR *dir = opendir(d->path);
    struct dirent *de;
    int n = 0;

    if (!dir)
        return -1;
    while ((de = readdir(dir)) != NULL)
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
            n++;
    closedir(dir);
    return n;
}

/* Remove what the directory holds (one level), keep it. */
static inline void indep_dir_clear(const struct indep_dir *d)
{
    DIR *dir = opendir(d->path);
    struct dirent *de;
    char p[512];

    if (!dir)
        return;
    while ((de = readdir(dir)) != NULL)
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0) {
            snprintf(p, sizeof p, "%s/%s", d->path, de->d_name);
            if (unlink(p) != 0)
                rmdir(p);
        }
    closedir(dir);
}

static inline void indep_tmpdir_remove(struct indep_dir *d)
{
    DIR *dir = opendir(d->path);
    struct dirent *de;
    char p[512];

    if (dir) {
        while ((de = readdir(dir)) != NULL)
            if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0) {
                snprintf(p, sizeof p, "%s/%s", d->path, de->d_name);
                if (unlink(p) != 0)
                    rmdir(p);
            }
        closedir(dir);
    }
    rmdir(d->path);
}

/* A regular file of n pattern bytes (byte i = (i * 7 + seed) & 0xff), opened O_RDWR. */
static inline int indep_pattern_file(const struct indep_dir *d, const char *name, size_t n, int seed)
{
    char p[256];
    unsigned char *buf = (unsigned char *)malloc(n ? n : 1);
    int fd;

    indep_join(p, sizeof p, d, name);
    fd = open(p, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0 || !buf)
        fdk_test_fail(__FILE__, __LINE__, "open %s: %s", p, strerror(errno));
    for (size_t i = 0; i < n; i++)
        buf[i] = (unsigned char)((i * 7 + (size_t)seed) & 0xff);
    if (n && write(fd, buf, n) != (ssize_t)n)
        fdk_test_fail(__FILE__, __LINE__, "write %s: %s", p, strerror(errno));
    free(buf);
    return fd;
}

static inline void indep_pattern(unsigned char *buf, size_t n, int seed)
{
    for (size_t i = 0; i < n; i++)
        buf[i] = (unsigned char)((i * 7 + (size_t)seed) & 0xff);
}

/* ---- reading a pipe in another thread ---------------------------------- */

struct indep_drain {
    int fd;
    size_t want;      /* read exactly this many bytes (or until EOF) */
    unsigned char *buf;
    size_t got;
    long delay_ms;    /* wait this long before reading */
    pthread_t th;
};

static void *indep_drain_main(void *p)
{
    struct indep_drain *d = (struct indep_drain *)p;
    sigset_t all;

    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    if (d->delay_ms)
        indep_sleep_ms(d->delay_ms);
    while (d->got < d->want) {
        ssize_t n = read(d->fd, d->buf + d->got, d->want - d->got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        d->got += (size_t)n;
    }
    return NULL;
}

static inline void indep_drain_start(struct indep_drain *d, int fd, size_t want, long delay_ms)
{
    memset(d, 0, sizeof *d);
    d->fd = fd;
    d->want = want;
    d->delay_ms = delay_ms;
    d->buf = (unsigned char *)calloc(1, want ? want : 1);
    if (!d->buf || pthread_create(&d->th, NULL, indep_drain_main, d) != 0)
        fdk_test_fail(__FILE__, __LINE__, "drain thread");
}

static inline void indep_drain_join(struct indep_drain *d)
{
    pthread_join(d->th, NULL);
}

#endif /* INDEP_COMMON_H */
