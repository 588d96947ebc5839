/* SPDX-License-Identifier: MIT */
/*
 * What the independent POSIX message-queue behaviour tests (test-*.c) share.
 * They are written from the public header (fdkit/mq.h, fdkit/mq-types.h),
 * <mqueue.h> and the man pages (mq_overview(7), mq_open(3), mq_send(3),
 * mq_receive(3), mq_notify(3), mq_getattr(3)), not from the implementation.
 *
 *  - unique queue names "/fdkmqt-<pid>-<n>[suffix]"; every name handed out
 *    is unlinked before use and again at exit (atexit, so also when an
 *    assertion fails, and from the watchdog's SIGALRM handler);
 *  - mqt_leftovers(): how many queues named "fdkmqt-<pid>-..." exist in the
 *    system, listed through a private mount of the mqueue file system (in a
 *    child with its own mount namespace, so nothing stays mounted);
 *  - mqt_exists(): whether a queue exists (raw mq_open, no library code);
 *  - an unprivileged child (uid/gid 65534) helper;
 *  - raw readers of /proc/sys/fs/mqueue values.
 */
#ifndef FDK_MQ_IND_TEST_H
#define FDK_MQ_IND_TEST_H

#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <dirent.h>
#include <grp.h>
#include <limits.h>
#include <mqueue.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>

#include <fdkit/mq.h>

#define MQT_MAX_NAMES 256

static char mqt_names[MQT_MAX_NAMES][NAME_MAX + 2];
static int mqt_nnames;
static pid_t mqt_pid;
static unsigned mqt_counter;

/* Unlink every name handed out (raw glibc call; async-signal-safe enough). */
static void mqt_cleanup(void)
{
    if (getpid() != mqt_pid)
        return; /* a forked child that exited through exit() */
    for (int i = 0; i < mqt_nnames; i++)
        if (mqt_names[i][0] == '/')
            (void)mq_unlink(mqt_names[i]);
        else {
            /* a slashless name the library might have passed on: the kernel's
             * queue of that name is "/<name>" */
            char b[NAME_MAX + 3];
            b[0] = '/';
            strncpy(b + 1, mqt_names[i], NAME_MAX + 1);
            b[NAME_MAX + 2] = 0;
            (void)mq_unlink(b);
        }
}

/* Call first in main(). Skips when the kernel has no POSIX message queues. */
static inline void mqt_init(void)
{
    mqd_t q;
    char probe[64];

    mqt_pid = getpid();
    atexit(mqt_cleanup);
    fdk_test_watchdog_then(50, "the test hung", mqt_cleanup);
    setvbuf(stdout, NULL, _IONBF, 0);

    snprintf(probe, sizeof probe, "/fdkmqt-%d-probe", (int)mqt_pid);
    q = mq_open(probe, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600, NULL);
    if (q == (mqd_t)-1) {
        if (errno == ENOSYS)
            fdk_test_skip("no POSIX message queues in this kernel (CONFIG_POSIX_MQUEUE)");
        fdk_test_fail(__FILE__, __LINE__, "probe mq_open %s: %s", probe, strerror(errno));
    }
    mq_close(q);
    mq_unlink(probe);
}

/* A fresh unique name "/fdkmqt-<pid>-<n><suffix>", unlinked, registered for cleanup. */
static inline const char *mqt_name_sfx(const char *suffix)
{
    char *b;
    if (mqt_nnames >= MQT_MAX_NAMES)
        fdk_test_fail(__FILE__, __LINE__, "too many queue names");
    b = mqt_names[mqt_nnames++];
    snprintf(b, NAME_MAX + 2, "/fdkmqt-%d-%u%s", (int)mqt_pid, mqt_counter++, suffix);
    (void)mq_unlink(b);
    return b;
}

static inline const char *mqt_name(void)
{
    return mqt_name_sfx("");
}

/* Register an arbitrary name (used verbatim, possibly without a slash) for cleanup. */
static inline void mqt_register(const char *name)
{
    if (mqt_nnames >= MQT_MAX_NAMES)
        fdk_test_fail(__FILE__, __LINE__, "too many queue names");
    snprintf(mqt_names[mqt_nnames++], NAME_MAX + 2, "%s", name);
}

/* 1 if a queue called name exists (no library code involved). */
static inline int mqt_exists(const char *name)
{
    mqd_t q = mq_open(name, O_RDONLY | O_CLOEXEC);
    if (q != (mqd_t)-1) {
        mq_close(q);
        return 1;
    }
    if (errno == ENOENT)
        return 0;
    if (errno == EACCES)
        return 1;
    return 0; /* EINVAL, ENAMETOOLONG: cannot exist */
}

/*
 * How many queues whose names start with "fdkmqt-<pid>-" exist, listed through
 * a private mqueue mount in a child with its own mount namespace. -1 when the
 * listing is impossible here (no privilege to mount).
 */
static inline int mqt_leftovers(void)
{
    int p[2];
    pid_t c;
    int n = -1, st;

    if (pipe2(p, O_CLOEXEC) != 0)
        return -1;
    c = fork();
    if (c < 0)
        return -1;
    if (c == 0) {
        char dir[64], prefix[64];
        DIR *d;
        struct dirent *de;
        int cnt = 0;
        close(p[0]);
        if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
            !fdk_test_mkdtemp(dir, sizeof dir, "/tmp", "fdkmqt-mnt"))
            _exit(2);
        if (mount("none", dir, "mqueue", 0, NULL) != 0) {
            rmdir(dir);
            _exit(2);
        }
        snprintf(prefix, sizeof prefix, "fdkmqt-%d-", (int)mqt_pid);
        d = opendir(dir);
        if (!d)
            _exit(2);
        while ((de = readdir(d)) != NULL)
            if (strncmp(de->d_name, prefix, strlen(prefix)) == 0) {
                fprintf(stderr, "# leftover queue: /%s\n", de->d_name);
                cnt++;
            }
        closedir(d);
        umount(dir);
        rmdir(dir);
        if (write(p[1], &cnt, sizeof cnt) != sizeof cnt)
            _exit(2);
        _exit(0);
    }
    close(p[1]);
    if (read(p[0], &n, sizeof n) != sizeof n)
        n = -1;
    close(p[0]);
    waitpid(c, &st, 0);
    return n;
}

/*
 * End of main(): the library's own unlinks must have removed the queues the
 * cases made; then the safety net runs and nothing of ours may remain.
 */
static inline void mqt_finish(void)
{
    int n;
    mqt_cleanup();
    n = mqt_leftovers();
    if (n > 0)
        fdk_test_fail(__FILE__, __LINE__, "%d queue(s) with our prefix remain", n);
    if (n < 0)
        printf("# could not list the mqueue file system to check for leftovers\n");
}

/* Open/create with the library, asserting success. */
#define MQT_OPEN(h, name, flags, mode, attr)                                                       \
    do {                                                                                           \
        int mqt_r_ = fdk_mq_open((h), (name), (flags), (mode), (attr));                            \
        if (mqt_r_ != 0)                                                                           \
            fdk_test_fail(__FILE__, __LINE__, "fdk_mq_open(%s, %#x) = %d (%s)", (name),           \
                          (unsigned)(flags), mqt_r_, fdk_errno_name(mqt_r_));                      \
    } while (0)

/* A new RDWR queue with maxmsg/msgsize. */
static inline fdk_mq mqt_new(const char *name, long maxmsg, long msgsize, int extra)
{
    fdk_mq h = FDK_HANDLE_INIT;
    struct fdk_mq_attr a = {.maxmsg = maxmsg, .msgsize = msgsize};
    MQT_OPEN(&h, name, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL | extra, 0600, &a);
    return h;
}

static inline long mqt_proc_long(const char *file)
{
    char path[128];
    long v;
    FILE *f;
    snprintf(path, sizeof path, "/proc/sys/fs/mqueue/%s", file);
    f = fopen(path, "re");
    if (!f)
        fdk_test_skip("%s is not readable", path);
    if (fscanf(f, "%ld", &v) != 1)
        fdk_test_fail(__FILE__, __LINE__, "cannot parse %s", path);
    fclose(f);
    return v;
}

static inline void need_root(void)
{
    if (geteuid() != 0)
        fdk_test_skip("needs root");
}

/* In a child: drop to uid/gid 65534 with no groups. */
static inline void mqt_drop_privs(void)
{
    if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
        _exit(99);
}

/* Wait for child c; return its exit status (or 200 + signal). */
static inline int mqt_wait(pid_t c)
{
    int st;
    if (waitpid(c, &st, 0) != c)
        fdk_test_fail(__FILE__, __LINE__, "waitpid: %s", strerror(errno));
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 200 + WTERMSIG(st);
}

/* Encode an fdkit result (0 or -errno) for a child's exit status. */
static inline int mqt_code(long r)
{
    return r >= 0 ? 0 : (int)(-r & 0x7f);
}

static inline double mqt_now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Absolute CLOCK_REALTIME deadline ms from now (negative: in the past). */
static inline struct timespec mqt_deadline_ms(long ms)
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    long long ns = (long long)t.tv_sec * 1000000000LL + t.tv_nsec + (long long)ms * 1000000LL;
    t.tv_sec = (time_t)(ns / 1000000000LL);
    t.tv_nsec = (long)(ns % 1000000000LL);
    return t;
}

static inline void mqt_sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) != 0 && errno == EINTR) {
    }
}

static inline void mqt_fill(fdk_mq h, long n)
{
    for (long i = 0; i < n; i++) {
        char c = (char)('a' + i % 26);
        ASSERT_OK(fdk_mq_send(h, &c, 1, 0));
    }
}

#endif /* FDK_MQ_IND_TEST_H */
