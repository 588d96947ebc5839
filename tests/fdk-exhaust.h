/* SPDX-License-Identifier: MIT */
/*
 * Descriptor exhaustion sweeps: run a call that creates descriptors with
 * exactly 0, 1, 2 ... free descriptor slots (a lowered soft RLIMIT_NOFILE)
 * and check that each try either succeeds or fails with -EMFILE / -ENFILE
 * with nothing left behind: the same descriptors open after the try as
 * before it.  What else must not be left (a file on disk, a half-made
 * handle) the caller checks in its own failure branch.
 *
 *     struct fdk_exhaust x;
 *     for (fdk_exhaust_start(&x, "fdk_pipe_open"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
 *         fdk_pipe_reader r = FDK_HANDLE_INIT;      // setup, under the normal limit
 *         fdk_pipe_writer w = FDK_HANDLE_INIT;
 *         fdk_exhaust_limit(&x);                    // now exactly x.slots free slots
 *         int rc = fdk_pipe_open(&r, &w, 0);
 *         if (fdk_exhaust_unlimit(&x, rc)) {        // limit restored; 1 on success
 *             ASSERT_OK(fdk_pipe_reader_close(&r));
 *             ASSERT_OK(fdk_pipe_writer_close(&w));
 *         } else {
 *             ASSERT_EQ(r.fd, -1);                  // failed: handles untouched
 *         }
 *     }
 *     fdk_exhaust_done(&x);
 *
 * fdk_exhaust_next() fails the test when the try changed the set of open
 * descriptors.  The sweep ends after FDK_EXHAUST_OK_TRIES successes in a
 * row; a failure after a success (more room, yet EMFILE) and a call that
 * never succeeds within FDK_EXHAUST_MAX_SLOTS fail the test.  Where the
 * kernel does not see the lowered limit (valgrind keeps its own copy), the
 * loop body never runs and fdk_exhaust_done() says the sweep was skipped.
 */
#ifndef FDK_EXHAUST_H
#define FDK_EXHAUST_H

#include "fdk-test.h"

#include <sys/resource.h>

/* Successes in a row that end a sweep, and the most free slots tried. */
#define FDK_EXHAUST_OK_TRIES  2
#define FDK_EXHAUST_MAX_SLOTS 24
/* Descriptor numbers compared before and after each try. */
#define FDK_EXHAUST_FD_SPAN 1024

struct fdk_exhaust {
    const char *what;
    int slots;    /* free slots of the current try */
    int ok_run;   /* successes in a row so far */
    int first_ok; /* fewest slots that succeeded, or -1 */
    int enforced; /* the kernel sees the lowered limit */
    int limited;  /* between fdk_exhaust_limit() and fdk_exhaust_unlimit() */
    struct rlimit saved;
    unsigned char open_before[FDK_EXHAUST_FD_SPAN / 8];
};

static inline void fdk_exhaust_snapshot(unsigned char set[FDK_EXHAUST_FD_SPAN / 8])
{
    int fd;

    memset(set, 0, FDK_EXHAUST_FD_SPAN / 8);
    for (fd = 0; fd < FDK_EXHAUST_FD_SPAN; fd++)
        if (fcntl(fd, F_GETFD) >= 0)
            set[fd / 8] |= (unsigned char)(1u << (fd % 8));
}

/*
 * The soft limit that leaves exactly `slots` numbers free below it: every
 * number is counted, so open descriptors above the lowest free one (holes
 * left by the test itself) are handled too.
 */
static inline rlim_t fdk_exhaust_limit_for(int slots)
{
    int fd, free_seen = 0;

    for (fd = 0; fd < FDK_EXHAUST_FD_SPAN; fd++) {
        if (fcntl(fd, F_GETFD) >= 0)
            continue;
        if (free_seen == slots)
            return (rlim_t)fd; /* numbers below fd: exactly `slots` of them free */
        free_seen++;
    }
    fdk_test_fail(__FILE__, __LINE__, "fdk_exhaust: more than %d descriptors open",
                  FDK_EXHAUST_FD_SPAN - slots);
}

/* fdk_test_kernel_nofile_soft(): /proc/self/limits could not be opened. */
#define FDK_TEST_NO_PROC_LIMITS (-2L)

/*
 * The soft "Max open files" the kernel enforces, from /proc/self/limits (one
 * descriptor for a moment): -1 without that line, FDK_TEST_NO_PROC_LIMITS
 * without the file.  Valgrind keeps its own copy of the limit and never
 * passes a lowered one on, so this is how a test tells.
 */
static inline long fdk_test_kernel_nofile_soft(void)
{
    char line[256];
    long soft = -1;
    FILE *f = fopen("/proc/self/limits", "re");

    if (!f)
        return FDK_TEST_NO_PROC_LIMITS;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "Max open files", 14) == 0)
            soft = strtol(line + 14, NULL, 10);
    fclose(f);
    return soft;
}

/* 1 if the kernel enforces a soft limit we set (not so under valgrind). */
static inline int fdk_exhaust_enforced(void)
{
    struct rlimit saved, low;
    long soft;

    if (getrlimit(RLIMIT_NOFILE, &saved) != 0)
        return 0;
    low = saved;
    low.rlim_cur = fdk_exhaust_limit_for(1); /* room for the fopen below */
    if (low.rlim_cur > saved.rlim_cur || setrlimit(RLIMIT_NOFILE, &low) != 0)
        return 0;
    soft = fdk_test_kernel_nofile_soft();
    if (setrlimit(RLIMIT_NOFILE, &saved) != 0)
        fdk_test_fail(__FILE__, __LINE__, "setrlimit: cannot restore RLIMIT_NOFILE: %s",
                      strerror(errno));
    return soft == (long)low.rlim_cur;
}

static inline void fdk_exhaust_start(struct fdk_exhaust *x, const char *what)
{
    memset(x, 0, sizeof(*x));
    x->what = what;
    x->first_ok = -1;
    x->enforced = fdk_exhaust_enforced();
    if (getrlimit(RLIMIT_NOFILE, &x->saved) != 0)
        fdk_test_fail(__FILE__, __LINE__, "getrlimit: %s", strerror(errno));
}

/* Whether to try once more; takes the "before" picture for the try. */
static inline int fdk_exhaust_more(struct fdk_exhaust *x)
{
    if (!x->enforced || x->ok_run >= FDK_EXHAUST_OK_TRIES)
        return 0;
    if (x->slots > FDK_EXHAUST_MAX_SLOTS)
        fdk_test_fail(__FILE__, __LINE__, "%s: still -EMFILE with %d free descriptor slots",
                      x->what, FDK_EXHAUST_MAX_SLOTS);
    fdk_exhaust_snapshot(x->open_before);
    return 1;
}

/* Leave exactly x->slots free descriptor slots. */
static inline void fdk_exhaust_limit(struct fdk_exhaust *x)
{
    struct rlimit low = x->saved;

    low.rlim_cur = fdk_exhaust_limit_for(x->slots);
    if (setrlimit(RLIMIT_NOFILE, &low) != 0)
        fdk_test_fail(__FILE__, __LINE__, "setrlimit(%llu): %s", (unsigned long long)low.rlim_cur,
                      strerror(errno));
    x->limited = 1;
}

/*
 * Restore the limit and judge rc (0 or a negative errno): 1 for success,
 * 0 for -EMFILE / -ENFILE; any other result fails the test.
 */
static inline int fdk_exhaust_unlimit(struct fdk_exhaust *x, int rc)
{
    int e = errno;

    if (x->limited && setrlimit(RLIMIT_NOFILE, &x->saved) != 0)
        fdk_test_fail(__FILE__, __LINE__, "setrlimit: cannot restore RLIMIT_NOFILE: %s",
                      strerror(errno));
    x->limited = 0;
    errno = e;
    if (rc >= 0) {
        if (x->first_ok < 0)
            x->first_ok = x->slots;
        x->ok_run++;
        return 1;
    }
    if (rc != -EMFILE && rc != -ENFILE)
        fdk_test_fail(__FILE__, __LINE__, "%s with %d free descriptor slots: %d (%s), not 0, -EMFILE or -ENFILE",
                      x->what, x->slots, rc, strerror(-rc));
    if (x->first_ok >= 0)
        fdk_test_fail(__FILE__, __LINE__, "%s: -EMFILE with %d free slots after success with %d",
                      x->what, x->slots, x->first_ok);
    return 0;
}

/* After the try's own cleanup: the same descriptors are open as before it. */
static inline void fdk_exhaust_next(struct fdk_exhaust *x)
{
    unsigned char now[FDK_EXHAUST_FD_SPAN / 8];
    int fd;

    if (x->limited)
        fdk_test_fail(__FILE__, __LINE__, "%s: the try did not call fdk_exhaust_unlimit()", x->what);
    fdk_exhaust_snapshot(now);
    for (fd = 0; fd < FDK_EXHAUST_FD_SPAN; fd++) {
        int was = (x->open_before[fd / 8] >> (fd % 8)) & 1, is = (now[fd / 8] >> (fd % 8)) & 1;
        if (was != is)
            fdk_test_fail(__FILE__, __LINE__, "%s with %d free slots (%s): fd %d %s", x->what,
                          x->slots, x->first_ok >= 0 ? "succeeded" : "failed", fd,
                          is ? "left open" : "closed, though it was open before");
    }
    x->slots++;
}

static inline void fdk_exhaust_done(struct fdk_exhaust *x)
{
    if (!x->enforced)
        printf("# %s: the kernel does not see a lowered RLIMIT_NOFILE here (valgrind?): sweep skipped\n",
               x->what);
    else
        printf("# %s: -EMFILE below %d free descriptor slots, success from %d\n", x->what,
               x->first_ok, x->first_ok);
}

#endif /* FDK_EXHAUST_H */
