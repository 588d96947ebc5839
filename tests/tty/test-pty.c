/* SPDX-License-Identifier: MIT */
/*
 * Pseudo-terminal pairs: fdk_tty_pty_open gives two close-on-exec ends
 * (O_NONBLOCK on both exactly when asked) that talk to each other, neither
 * of which becomes the controlling terminal of a session leader that has
 * none (checked in a forked child after setsid(): the ends are not its
 * terminal until TIOCSCTTY makes one so); fdk_tty_pty_name names the slave;
 * invalid arguments are refused before any system call with both handles
 * untouched.  Fault injection covers the path through ptsname_r + open for
 * kernels without TIOCGPTPEER (again without a controlling terminal) and
 * every failure on the way, each of which closes what was opened.
 *
 * Skips (77) when /dev/ptmx cannot be opened.
 */
#include "tty-test.h"
#include "fdk-inject.h"

#include <fdkit/tty.h>

#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>

#define SENTINEL_FD 4242

/*
 * The slave of m really is its peer: bytes go both ways.  A new slave is in
 * canonical mode with ECHO and ONLCR, so the master first gets the echo of
 * its own line, with NL turned into CR NL.
 */
static void check_talk(fdk_tty m, fdk_tty s)
{
    ASSERT_EQ(fdk_tty_write(m, "ping\n", 5), 5); /* canonical slave: a whole line */
    expect_read(s.fd, "ping\n", 5);
    ASSERT_EQ(fdk_tty_write(s, "pong", 4), 4);
    expect_read(m.fd, "ping\r\npong", 10);
}

/* Both ends: CLOEXEC, O_NONBLOCK as asked, terminals, and the slave's name is that of the peer. */
static void check_pair(fdk_tty m, fdk_tty s, int nonblock)
{
    struct stat sm, ss;
    char name[64];

    ASSERT_TRUE(fdk_test_is_cloexec(m.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(s.fd));
    ASSERT_EQ(fdk_test_is_nonblock(m.fd), nonblock);
    ASSERT_EQ(fdk_test_is_nonblock(s.fd), nonblock);
    ASSERT_EQ(isatty(m.fd), 1);
    ASSERT_EQ(isatty(s.fd), 1);
    ASSERT_TRUE((fcntl(m.fd, F_GETFL) & O_ACCMODE) == O_RDWR);
    ASSERT_TRUE((fcntl(s.fd, F_GETFL) & O_ACCMODE) == O_RDWR);
    ASSERT_OK(fdk_tty_pty_name(m, name, sizeof(name)));
    ASSERT_EQ(stat(name, &sm), 0);
    ASSERT_EQ(fstat(s.fd, &ss), 0);
    ASSERT_TRUE(S_ISCHR(ss.st_mode));
    ASSERT_EQ_U64(sm.st_rdev, ss.st_rdev);
    if (nonblock) {
        char c;
        ASSERT_ERR(fdk_tty_read(m, &c, 1), EAGAIN);
        ASSERT_ERR(fdk_tty_read(s, &c, 1), EAGAIN);
    }
    check_talk(m, s);
}

static void test_open_blocking(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    open_pair(&m, &s, 0);
    check_pair(m, s, 0);
    close_pair(&m, &s);
}

static void test_open_nonblock(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    open_pair(&m, &s, FDK_TTY_NONBLOCK);
    check_pair(m, s, 1);
    close_pair(&m, &s);
}

/* NOCTTY and CLOEXEC are always applied: asking for them changes nothing. */
static void test_open_always_flags(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    open_pair(&m, &s, FDK_TTY_CLOEXEC | FDK_TTY_NOCTTY);
    check_pair(m, s, 0);
    close_pair(&m, &s);
}

/* Refused before any system call; neither handle is written. */
static void test_open_invalid(void)
{
    static const int bad_flags[] = {
        FDK_TTY_EXCL, FDK_TTY_NONBLOCK | FDK_TTY_EXCL, O_APPEND, O_DIRECT, 1 << 30, -1};
    fdk_tty m = {.fd = SENTINEL_FD, .borrowed = 7}, s = {.fd = SENTINEL_FD, .borrowed = 7};

    fdk_inject_reset();
    ASSERT_ERR(fdk_tty_pty_open(NULL, &s, 0), EINVAL);
    ASSERT_ERR(fdk_tty_pty_open(&m, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_tty_pty_open(NULL, NULL, 0), EINVAL);
    for (size_t i = 0; i < sizeof(bad_flags) / sizeof(bad_flags[0]); i++)
        ASSERT_ERR(fdk_tty_pty_open(&m, &s, bad_flags[i]), EINVAL);
    ASSERT_EQ(fdk_inject_calls("posix_openpt"), 0);
    ASSERT_EQ(m.fd, SENTINEL_FD);
    ASSERT_EQ(s.fd, SENTINEL_FD);
    ASSERT_EQ(m.borrowed, 7);
    ASSERT_EQ(s.borrowed, 7);
}

static void test_name(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    char name[64], small[64];
    unsigned long n;
    char *end;
    size_t len;
    int p[2];

    open_pair(&m, &s, 0);
    ASSERT_OK(fdk_tty_pty_name(m, name, sizeof(name)));
    ASSERT_TRUE(strncmp(name, "/dev/pts/", 9) == 0);
    n = strtoul(name + 9, &end, 10);
    ASSERT_TRUE(end != name + 9 && *end == '\0');
    (void)n;
    len = strlen(name);

    /* exactly enough room (the NUL included), then one byte short: -ERANGE, buf untouched */
    memset(small, 'x', sizeof(small));
    ASSERT_OK(fdk_tty_pty_name(m, small, len + 1));
    ASSERT_STREQ(small, name);
    memset(small, 'x', sizeof(small));
    ASSERT_ERR(fdk_tty_pty_name(m, small, len), ERANGE);
    ASSERT_ERR(fdk_tty_pty_name(m, small, 1), ERANGE);
    for (size_t i = 0; i < sizeof(small); i++)
        ASSERT_EQ(small[i], 'x');

    ASSERT_ERR(fdk_tty_pty_name(m, NULL, sizeof(name)), EINVAL);
    ASSERT_ERR(fdk_tty_pty_name(m, small, 0), EINVAL);
    ASSERT_ERR(fdk_tty_pty_name(fdk_tty_borrow(-1), small, sizeof(small)), EBADF);
    for (size_t i = 0; i < sizeof(small); i++)
        ASSERT_EQ(small[i], 'x');

    /* not a master: the slave, a pipe */
    ASSERT_ERR(fdk_tty_pty_name(s, small, sizeof(small)), ENOTTY);
    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    ASSERT_ERR(fdk_tty_pty_name(fdk_tty_borrow(p[0]), small, sizeof(small)), ENOTTY);
    close(p[0]);
    close(p[1]);
    /* a closed descriptor (p[0] is free now) */
    ASSERT_ERR(fdk_tty_pty_name(fdk_tty_borrow(p[0]), small, sizeof(small)), EBADF);
    close_pair(&m, &s);
}

/*
 * In a forked child that is a session leader without a controlling
 * terminal: neither end of a new pair becomes its terminal (TIOCGSID on
 * either says ENOTTY, /proc/self/stat shows tty_nr 0), yet the slave can be
 * made one explicitly - which shows that only O_NOCTTY kept it from it.
 * inject_ptpeer: force the fallback through ptsname_r + open.
 */
static int proc_tty_nr(void)
{
    char buf[1024], *p;
    int fd, tty_nr = -1;
    ssize_t n;

    fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    ASSERT_TRUE(n > 0);
    buf[n] = '\0';
    /* after "pid (comm)": state ppid pgrp session tty_nr */
    p = strrchr(buf, ')');
    ASSERT_TRUE(p != NULL);
    ASSERT_EQ(sscanf(p + 1, " %*c %*d %*d %*d %d", &tty_nr), 1);
    return tty_nr;
}

static int noctty_child(int inject_ptpeer)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    if (setsid() < 0)
        return 2;
    /* closing the master hangs up our controlling terminal: SIGHUP to us */
    signal(SIGHUP, SIG_IGN);
    ASSERT_EQ(proc_tty_nr(), 0);
    fdk_inject_reset();
    if (inject_ptpeer)
        fdk_inject_fail("ioctl", 1, 1, ENOTTY);
    open_pair(&m, &s, 0);
    if (inject_ptpeer) {
        ASSERT_EQ(fdk_inject_fired(), 1);
        ASSERT_EQ(fdk_inject_calls("open"), 1);
    }
    fdk_inject_reset();
    ASSERT_ERR(fdk_tty_session(s), ENOTTY);
    ASSERT_ERR(fdk_tty_session(m), ENOTTY);
    ASSERT_EQ(proc_tty_nr(), 0);

    /* now on purpose: the slave becomes our terminal, seen from both ends */
    ASSERT_EQ(ioctl(s.fd, TIOCSCTTY, 0), 0);
    ASSERT_NE(proc_tty_nr(), 0);
    ASSERT_EQ(fdk_tty_session(s), getsid(0));
    ASSERT_EQ(fdk_tty_session(m), getsid(0));
    close_pair(&m, &s);
    return 0;
}

static void run_noctty(int inject_ptpeer)
{
    pid_t pid;
    int st;

    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(noctty_child(inject_ptpeer));
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    ASSERT_EQ(WEXITSTATUS(st), 0);
}

static void test_no_controlling_tty(void)
{
    run_noctty(0);
}

static void test_no_controlling_tty_fallback(void)
{
    run_noctty(1);
}

/*
 * A kernel without TIOCGPTPEER (before 4.13) answers EINVAL or ENOTTY: the
 * slave is then opened by name, with the same flags.
 */
static void check_fallback(int err, int flags)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, err);
    open_pair(&m, &s, flags);
    ASSERT_EQ(fdk_inject_fired(), 1);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);
    ASSERT_EQ(fdk_inject_calls("ptsname_r"), 1);
    ASSERT_EQ(fdk_inject_calls("open"), 1);
    fdk_inject_reset();
    check_pair(m, s, (flags & FDK_TTY_NONBLOCK) != 0);
    close_pair(&m, &s);
}

static void test_fallback_without_ptpeer(void)
{
    check_fallback(ENOTTY, 0);
    check_fallback(EINVAL, 0);
    check_fallback(ENOTTY, FDK_TTY_NONBLOCK);
}

/* The normal path: TIOCGPTPEER, no name lookup, no open by path. */
static void test_ptpeer_path(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    fdk_inject_reset();
    open_pair(&m, &s, 0);
    ASSERT_EQ(fdk_inject_calls("posix_openpt"), 1);
    ASSERT_EQ(fdk_inject_calls("grantpt"), 1);
    ASSERT_EQ(fdk_inject_calls("unlockpt"), 1);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);
    ASSERT_EQ(fdk_inject_calls("ptsname_r"), 0);
    ASSERT_EQ(fdk_inject_calls("open"), 0);
    close_pair(&m, &s);
}

/*
 * Every step that can fail: its errno comes back, the master is closed
 * exactly once (close is never retried), nothing leaks (RUN counts the
 * descriptors) and neither handle is written.
 */
struct failure {
    const char *fn; /* the call that fails */
    int err;        /* with this errno */
    int fallback;   /* 1: TIOCGPTPEER first answers ENOTTY, so the failure is on the by-name path */
    unsigned closes; /* closes expected (the master, once it exists) */
};

static void check_failure(const struct failure *f)
{
    fdk_tty m = {.fd = SENTINEL_FD, .borrowed = 7}, s = {.fd = SENTINEL_FD, .borrowed = 7};

    fdk_inject_reset();
    if (f->fallback)
        fdk_inject_fail("ioctl", 1, 1, ENOTTY);
    fdk_inject_fail(f->fn, 1, 1, f->err);
    ASSERT_ERR(fdk_tty_pty_open(&m, &s, 0), f->err);
    ASSERT_EQ(fdk_inject_calls("close"), f->closes);
    ASSERT_EQ(m.fd, SENTINEL_FD);
    ASSERT_EQ(s.fd, SENTINEL_FD);
    ASSERT_EQ(m.borrowed, 7);
    ASSERT_EQ(s.borrowed, 7);
    fdk_inject_reset();
}

static void test_failures_close_everything(void)
{
    static const struct failure cases[] = {
        {"posix_openpt", EMFILE, 0, 0},
        {"posix_openpt", ENOSPC, 0, 0},
        {"posix_openpt", ENOENT, 0, 0},
        {"grantpt", EACCES, 0, 1},
        {"unlockpt", EINVAL, 0, 1},
        {"ioctl", EMFILE, 0, 1}, /* TIOCGPTPEER: any error but EINVAL/ENOTTY is final */
        {"ioctl", ENFILE, 0, 1},
        {"ioctl", EIO, 0, 1},
        {"ptsname_r", ENOTTY, 1, 1},
        {"open", EACCES, 1, 1},
        {"open", EMFILE, 1, 1},
        {"open", ENOENT, 1, 1},
    };

    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check_failure(&cases[i]);
}

/* None of these calls waits: an interruption is retried and the pair comes out whole. */
static void test_eintr_retried(void)
{
    static const char *const fns[] = {"posix_openpt", "grantpt", "unlockpt", "ioctl"};
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++) {
        fdk_inject_reset();
        fdk_inject_fail(fns[i], 1, 2, EINTR);
        open_pair(&m, &s, 0);
        ASSERT_EQ(fdk_inject_fired(), 2);
        ASSERT_EQ(fdk_inject_calls(fns[i]), 3);
        fdk_inject_reset();
        check_talk(m, s);
        close_pair(&m, &s);
    }
    /* on the by-name path too */
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, ENOTTY);
    fdk_inject_fail("open", 1, 1, EINTR);
    open_pair(&m, &s, 0);
    ASSERT_EQ(fdk_inject_calls("open"), 2);
    fdk_inject_reset();
    check_talk(m, s);
    close_pair(&m, &s);
}

/* Many pairs in a row: each is its own, and all are released. */
static void test_many_pairs(void)
{
    fdk_tty m[8], s[8];
    char a[64], b[64];

    for (int i = 0; i < 8; i++)
        open_pair(&m[i], &s[i], i & 1 ? FDK_TTY_NONBLOCK : 0);
    for (int i = 1; i < 8; i++) {
        ASSERT_OK(fdk_tty_pty_name(m[i - 1], a, sizeof(a)));
        ASSERT_OK(fdk_tty_pty_name(m[i], b, sizeof(b)));
        ASSERT_TRUE(strcmp(a, b) != 0);
    }
    for (int i = 0; i < 8; i++)
        close_pair(&m[i], &s[i]);
}

int main(void)
{
    tty_test_start(45);

    RUN(test_open_blocking);
    RUN(test_open_nonblock);
    RUN(test_open_always_flags);
    RUN(test_open_invalid);
    RUN(test_name);
    RUN(test_no_controlling_tty);
    RUN(test_no_controlling_tty_fallback);
    RUN(test_ptpeer_path);
    RUN(test_fallback_without_ptpeer);
    RUN(test_failures_close_everything);
    RUN(test_eintr_retried);
    RUN(test_many_pairs);
    return 0;
}
