/* SPDX-License-Identifier: MIT */
/*
 * Minimal test support shared by the generated skeletons and the handwritten
 * behaviour tests.  Header-only; every test is one executable whose main()
 * runs cases with RUN(), which fails a case that leaks a file descriptor.
 *
 * Exit codes follow ctest: 0 pass, 77 skip (SKIP_RETURN_CODE), anything else
 * fails.  Assertions print the expression, file:line and both values.
 */
#ifndef FDK_TEST_H
#define FDK_TEST_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fdkit/fdkit.h>

#define FDK_TEST_SKIP 77

static inline void fdk_test_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
static inline void fdk_test_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: FAIL: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(EXIT_FAILURE);
}

/* Exit with ctest's skip code, saying why. */
static inline void fdk_test_skip(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static inline void fdk_test_skip(const char *fmt, ...)
{
    va_list ap;
    fputs("SKIP: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(FDK_TEST_SKIP);
}

/*
 * Under an emulator (a cross build's ctest runs tests through qemu-user),
 * CMake sets FDKIT_EMULATOR_LACKS on each test that needs what the emulator
 * does not provide (tests/emulator.cmake says what, per test): such a test
 * skips before main(), naming the missing piece.  Never set natively.
 */
__attribute__((constructor)) static void fdk_test_emulator_check(void)
{
    const char *lacks = getenv("FDKIT_EMULATOR_LACKS");

    if (lacks != NULL && lacks[0] != '\0')
        fdk_test_skip("under %s: %s", getenv("FDKIT_EMULATOR") ? getenv("FDKIT_EMULATOR") : "an emulator",
                      lacks);
}

/* expr >= 0 (fdkit success). */
#define ASSERT_OK(expr)                                                                            \
    do {                                                                                           \
        long long fdk_t_r_ = (long long)(expr);                                                    \
        if (fdk_t_r_ < 0)                                                                          \
            fdk_test_fail(__FILE__, __LINE__, "%s = %lld (%s), expected success", #expr, fdk_t_r_, \
                          fdk_errno_name((int)fdk_t_r_));                                          \
    } while (0)

/*
 * The errno-row record (tests/driven-report.py): with FDKIT_DRIVEN_DIR set
 * (ctest sets it), every ASSERT_ERR that held appends "function ERRNO
 * file:line" to <dir>/<pid>.log, where function is the first fdk_ call in
 * the asserted expression - so the report knows which spec errno rows some
 * test really produced and checked.  Each (place, errno) is written once
 * per process.  stdio, not open(2): the fault-injection harness counts the
 * test's own open calls, never libc's.
 */
static inline void fdk_test_driven(const char *expr, long long e, const char *file, int line)
{
    static const char *seen_file[512];
    static int seen_line[512];
    static long long seen_err[512];
    static const char *dir;
    static int state; /* 0: not looked, 1: off, 2: on */
    static int lock;  /* tests assert from several threads */
    const char *p = expr, *q = expr, *d;
    unsigned h;
    char path[4096];
    FILE *f;
    int saved = errno, dup = 0;

    while (__atomic_exchange_n(&lock, 1, __ATOMIC_ACQUIRE))
        ;
    if (state == 0)
        state = (dir = getenv("FDKIT_DRIVEN_DIR")) != NULL && dir[0] != '\0' ? 2 : 1;
    d = state == 2 ? dir : NULL;
    h = ((unsigned)line * 31u + (unsigned)e) % 512u;
    for (unsigned k = 0; d && k < 512u && seen_file[h]; k++, h = (h + 1) % 512u)
        if (seen_file[h] == file && seen_line[h] == line && seen_err[h] == e) {
            dup = 1;
            break;
        }
    if (d && !dup && !seen_file[h]) {
        seen_file[h] = file;
        seen_line[h] = line;
        seen_err[h] = e;
    }
    __atomic_store_n(&lock, 0, __ATOMIC_RELEASE);
    if (!d || dup) {
        errno = saved;
        return;
    }
    /* the called function: the first fdk_ identifier followed by '(' */
    for (; (p = strstr(p, "fdk_")) != NULL; p = q) {
        for (q = p; (*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '_'; q++)
            ;
        if (*q == '(' && (p == expr || !((p[-1] >= 'a' && p[-1] <= 'z') || p[-1] == '_')) &&
            strncmp(p, "fdk_test_", 9) != 0 && strncmp(p, "fdk_inject_", 11) != 0)
            break;
    }
    if (p && snprintf(path, sizeof path, "%s/%ld.log", d, (long)getpid()) < (int)sizeof path &&
        (f = fopen(path, "ae")) != NULL) {
        fprintf(f, "%.*s %s %s:%d\n", (int)(q - p), p, fdk_errno_name((int)-e), file, line);
        fclose(f);
    }
    errno = saved;
}

/* expr == -E (fdkit failure with errno E). */
#define ASSERT_ERR(expr, E)                                                                        \
    do {                                                                                           \
        long long fdk_t_r_ = (long long)(expr);                                                    \
        if (fdk_t_r_ != -(long long)(E))                                                           \
            fdk_test_fail(__FILE__, __LINE__, "%s = %lld (%s), expected -%s", #expr, fdk_t_r_,     \
                          fdk_t_r_ < 0 ? fdk_errno_name((int)fdk_t_r_) : "success", #E);           \
        fdk_test_driven(#expr, (long long)(E), __FILE__, __LINE__);                                \
    } while (0)

#define ASSERT_EQ(a, b)                                                                            \
    do {                                                                                           \
        long long fdk_t_a_ = (long long)(a), fdk_t_b_ = (long long)(b);                            \
        if (fdk_t_a_ != fdk_t_b_)                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, fdk_t_a_,          \
                          fdk_t_b_);                                                               \
    } while (0)

#define ASSERT_NE(a, b)                                                                            \
    do {                                                                                           \
        long long fdk_t_a_ = (long long)(a), fdk_t_b_ = (long long)(b);                            \
        if (fdk_t_a_ == fdk_t_b_)                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "%s != %s: both %lld", #a, #b, fdk_t_a_);            \
    } while (0)

/* Unsigned 64-bit comparisons (counters, tokens). */
#define ASSERT_EQ_U64(a, b)                                                                        \
    do {                                                                                           \
        unsigned long long fdk_t_a_ = (unsigned long long)(a), fdk_t_b_ = (unsigned long long)(b); \
        if (fdk_t_a_ != fdk_t_b_)                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "%s == %s: %llu != %llu", #a, #b, fdk_t_a_,          \
                          fdk_t_b_);                                                               \
    } while (0)

#define ASSERT_TRUE(x)                                                                             \
    do {                                                                                           \
        if (!(x))                                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "expected true: %s", #x);                            \
    } while (0)

#define ASSERT_STREQ(a, b)                                                                         \
    do {                                                                                           \
        const char *fdk_t_a_ = (a), *fdk_t_b_ = (b);                                               \
        if (!fdk_t_a_ || !fdk_t_b_ || strcmp(fdk_t_a_, fdk_t_b_) != 0)                             \
            fdk_test_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b,                \
                          fdk_t_a_ ? fdk_t_a_ : "(null)", fdk_t_b_ ? fdk_t_b_ : "(null)");         \
    } while (0)

/*
 * Byte comparison with a diagnosis: ASSERT_MEM_EQ(a, b, n) fails unless the n
 * bytes at a and b are equal, saying how many differ and the first offset, and
 * dumping up to FDK_TEST_DUMP bytes of each side around it in hex and ASCII
 * ('>' precedes the first differing byte).  a, b and n are evaluated once;
 * n == 0 always passes (a and b may then be NULL).
 */
#define FDK_TEST_DUMP 16

/* "  <label> @<start>: xx xx>xx ...  |ascii|" for bytes [start, end) of p, into out. */
static inline void fdk_test_dump_line(char out[160], const char *label, int width,
                                      const unsigned char *p, size_t start, size_t end,
                                      size_t mark)
{
    char hex[3 * FDK_TEST_DUMP + 1], text[FDK_TEST_DUMP + 1];
    size_t h = 0, t = 0;

    for (size_t i = start; i < end; i++) {
        hex[h++] = i == mark ? '>' : ' ';
        hex[h++] = "0123456789abcdef"[p[i] >> 4];
        hex[h++] = "0123456789abcdef"[p[i] & 15];
        text[t++] = p[i] >= 0x20 && p[i] < 0x7f ? (char)p[i] : '.';
    }
    while (h < 3 * FDK_TEST_DUMP)
        hex[h++] = ' ';
    hex[h] = '\0';
    text[t] = '\0';
    snprintf(out, 160, "\n  %-*.*s @%zu:%s  |%s|", width, width, label, start, hex, text);
}

static inline void fdk_test_mem_eq(const char *file, int line, const char *ea, const char *eb,
                                   const char *en, const void *a, const void *b, size_t n)
{
    const unsigned char *pa = (const unsigned char *)a, *pb = (const unsigned char *)b;
    size_t first = n, ndiff = 0;

    if (n == 0)
        return;
    if (!pa || !pb)
        fdk_test_fail(file, line, "ASSERT_MEM_EQ(%s, %s, %s): %s is NULL (n = %zu)", ea, eb, en,
                      pa ? eb : ea, n);
    for (size_t i = 0; i < n; i++)
        if (pa[i] != pb[i]) {
            if (first == n)
                first = i;
            ndiff++;
        }
    if (ndiff == 0)
        return;

    /* The window: FDK_TEST_DUMP bytes (fewer if n is smaller), the difference a quarter in. */
    size_t start = first > FDK_TEST_DUMP / 4 ? first - FDK_TEST_DUMP / 4 : 0;
    if (n > FDK_TEST_DUMP && start > n - FDK_TEST_DUMP)
        start = n - FDK_TEST_DUMP;
    size_t end = n - start > FDK_TEST_DUMP ? start + FDK_TEST_DUMP : n;

    size_t la = strlen(ea), lb = strlen(eb);
    int width = (int)(la > lb ? la : lb);
    if (width > 24)
        width = 24;
    char da[160], db[160];
    fdk_test_dump_line(da, ea, width, pa, start, end, first);
    fdk_test_dump_line(db, eb, width, pb, start, end, first);
    fdk_test_fail(file, line,
                  "ASSERT_MEM_EQ(%s, %s, %s): %zu of %zu byte(s) differ, the first at offset %zu "
                  "(0x%02x != 0x%02x)%s%s",
                  ea, eb, en, ndiff, n, first, pa[first], pb[first], da, db);
}

#define ASSERT_MEM_EQ(a, b, n)                                                                     \
    fdk_test_mem_eq(__FILE__, __LINE__, #a, #b, #n, (a), (b), (size_t)(n))

/*
 * A watchdog for a case that could hang: if the process is still running
 * `seconds` from now, it writes "FAIL: watchdog: <what>" to stderr, calls
 * on_fire (when not NULL: a cleanup that must be safe in a signal handler)
 * and _exit(1)s, so a hang fails with a reason instead of waiting for ctest's
 * timeout.  It is SIGALRM's handler and alarm(): arming replaces any alarm
 * already set; fdk_test_watchdog(0, NULL) disarms it and puts SIGALRM back to
 * SIG_DFL.  (A bare alarm(45) in main() dies of SIGALRM instead, keeping the
 * signal's default action for the signal tests; tests/README.md.)
 */
struct fdk_test_watchdog_state {
    const char *what;
    void (*on_fire)(void);
};

static inline struct fdk_test_watchdog_state *fdk_test_watchdog_state(void)
{
    static struct fdk_test_watchdog_state s;
    return &s;
}

static inline void fdk_test_watchdog_fire(int sig)
{
    static const char pre[] = "FAIL: watchdog: ";
    const struct fdk_test_watchdog_state *s = fdk_test_watchdog_state();
    const char *what = s->what ? s->what : "the test hung";

    (void)sig;
    (void)!write(2, pre, sizeof pre - 1);
    (void)!write(2, what, strlen(what));
    (void)!write(2, "\n", 1);
    if (s->on_fire)
        s->on_fire();
    _exit(EXIT_FAILURE);
}

static inline void fdk_test_watchdog_then(unsigned seconds, const char *what, void (*on_fire)(void))
{
    struct fdk_test_watchdog_state *s = fdk_test_watchdog_state();
    struct sigaction sa;

    alarm(0);
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = seconds ? fdk_test_watchdog_fire : SIG_DFL;
    sa.sa_flags = SA_RESTART;
    s->what = what;
    s->on_fire = on_fire;
    if (sigaction(SIGALRM, &sa, NULL) != 0)
        fdk_test_fail(__FILE__, __LINE__, "sigaction(SIGALRM): %s", strerror(errno));
    alarm(seconds);
}

static inline void fdk_test_watchdog(unsigned seconds, const char *what)
{
    fdk_test_watchdog_then(seconds, what, NULL);
}

/* Number of open descriptors of this process (entries of /proc/self/fd). */
static inline int fdk_test_count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    struct dirent *de;
    int n = 0;
    if (!d)
        fdk_test_skip("/proc/self/fd is not readable: cannot check for fd leaks");
    while ((de = readdir(d)) != NULL)
        if (de->d_name[0] != '.')
            n++;
    closedir(d);
    return n - 1; /* the directory stream's own descriptor */
}

/*
 * 1 if fd has FD_CLOEXEC / O_NONBLOCK.  fd must be open: otherwise the test
 * fails, naming the caller's file:line (these are macros around the _at
 * functions).
 */
static inline int fdk_test_is_cloexec_at(const char *file, int line, int fd)
{
    int f = fcntl(fd, F_GETFD);
    if (f < 0)
        fdk_test_fail(file, line, "fdk_test_is_cloexec: fcntl(%d, F_GETFD): %s", fd,
                      strerror(errno));
    return (f & FD_CLOEXEC) != 0;
}
#define fdk_test_is_cloexec(fd) fdk_test_is_cloexec_at(__FILE__, __LINE__, (fd))

static inline int fdk_test_is_nonblock_at(const char *file, int line, int fd)
{
    int f = fcntl(fd, F_GETFL);
    if (f < 0)
        fdk_test_fail(file, line, "fdk_test_is_nonblock: fcntl(%d, F_GETFL): %s", fd,
                      strerror(errno));
    return (f & O_NONBLOCK) != 0;
}
#define fdk_test_is_nonblock(fd) fdk_test_is_nonblock_at(__FILE__, __LINE__, (fd))

/* 1 if fd is open in this process. */
static inline int fdk_test_fd_open(int fd)
{
    return fcntl(fd, F_GETFD) >= 0;
}

/* The process a pidfd refers to: the "Pid:" line of /proc/self/fdinfo/<fd>, or -1. */
static inline pid_t fdk_test_pidfd_pid(int fd)
{
    char path[64], line[256];
    long pid = -1;
    FILE *f;

    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
    f = fopen(path, "re");
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "Pid: %ld", &pid) == 1)
            break;
    fclose(f);
    return (pid_t)pid;
}

/*
 * Run fn(arg) in a child that has given up root (uid and gid 65534, no
 * supplementary groups); the test fails unless the child could drop its
 * privileges and fn returned (a failed ASSERT in fn exits 1).
 */
#define fdk_test_as_nobody(fn, arg) fdk_test_as_nobody_at(__FILE__, __LINE__, (fn), (arg))
static inline void fdk_test_as_nobody_at(const char *file, int line, void (*fn)(void *), void *arg)
{
    pid_t pid;
    int status = 0;

    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid < 0)
        fdk_test_fail(file, line, "fork: %s", strerror(errno));
    if (pid == 0) {
        if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0) {
            fprintf(stderr, "%s:%d: cannot become uid 65534: %s\n", file, line, strerror(errno));
            _exit(3);
        }
        fn(arg);
        _exit(0);
    }
    if (waitpid(pid, &status, 0) != pid)
        fdk_test_fail(file, line, "waitpid: %s", strerror(errno));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fdk_test_fail(file, line, "the unprivileged child failed (status 0x%x)", (unsigned)status);
}

/* Run one case; fail it if it changed the number of open descriptors. */
#define RUN(fn)                                                                                    \
    do {                                                                                           \
        int fdk_t_before_ = fdk_test_count_fds();                                                  \
        fn();                                                                                      \
        int fdk_t_after_ = fdk_test_count_fds();                                                   \
        if (fdk_t_after_ != fdk_t_before_)                                                         \
            fdk_test_fail(__FILE__, __LINE__, "%s leaked %d fd(s)", #fn,                           \
                          fdk_t_after_ - fdk_t_before_);                                           \
        printf("ok - %s\n", #fn);                                                                  \
    } while (0)

#endif /* FDK_TEST_H */
