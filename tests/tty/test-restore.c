/* SPDX-License-Identifier: MIT */
/*
 * fdk_tty_save / fdk_tty_restore / fdk_tty_restore_on_exit on a
 * pseudo-terminal slave.
 *
 * Everything that registers a terminal runs in a forked child: registering
 * installs process-wide signal handlers and an atexit hook, which this test
 * process must not carry.  The parent keeps its own descriptors of the pty
 * pair and reads the slave's settings through them after the child is gone:
 * termios belongs to the terminal, not to a descriptor.
 *
 * Children turn core dumps off (RLIMIT_CORE 0 and not dumpable) before they
 * die of SIGSEGV, SIGABRT and the like.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <termios.h>

/* The signals fdk_tty_restore_on_exit() catches (the spec's list). */
static const int fatal_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGABRT,
                                    SIGBUS, SIGFPE, SIGSEGV, SIGTERM};
#define FATAL_COUNT (sizeof(fatal_signals) / sizeof(fatal_signals[0]))

/* ---- helpers ------------------------------------------------------------ */

static int open_pty_or_skip(int *master, int *slave)
{
    char name[128];
    int m, s;

    m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m < 0)
        return -errno;
    if (grantpt(m) < 0 || unlockpt(m) < 0 || ptsname_r(m, name, sizeof(name)) != 0) {
        int err = -errno;
        close(m);
        return err;
    }
    s = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (s < 0) {
        int err = -errno;
        close(m);
        return err;
    }
    *master = m;
    *slave = s;
    return 0;
}

static void open_pty(int *master, int *slave)
{
    int r = open_pty_or_skip(master, slave);
    if (r < 0)
        fdk_test_fail(__FILE__, __LINE__, "pty pair: %s", strerror(-r));
    ASSERT_TRUE(fdk_test_is_cloexec(*master));
    ASSERT_TRUE(fdk_test_is_cloexec(*slave));
}

static void close_pty(int master, int slave)
{
    ASSERT_EQ(close(slave), 0);
    ASSERT_EQ(close(master), 0);
}

static void get_tio(int fd, struct termios *tio)
{
    memset(tio, 0, sizeof(*tio));
    if (tcgetattr(fd, tio) != 0)
        fdk_test_fail(__FILE__, __LINE__, "tcgetattr(%d): %s", fd, strerror(errno));
}

static int same_tio(const struct termios *a, const struct termios *b)
{
    return a->c_iflag == b->c_iflag && a->c_oflag == b->c_oflag && a->c_cflag == b->c_cflag &&
           a->c_lflag == b->c_lflag && a->c_line == b->c_line &&
           memcmp(a->c_cc, b->c_cc, sizeof(a->c_cc)) == 0 && cfgetispeed(a) == cfgetispeed(b) &&
           cfgetospeed(a) == cfgetospeed(b);
}

#define ASSERT_TIO_EQ(fd, want)                                                                    \
    do {                                                                                           \
        struct termios now_;                                                                       \
        get_tio((fd), &now_);                                                                      \
        if (!same_tio(&now_, (want)))                                                              \
            fdk_test_fail(__FILE__, __LINE__,                                                      \
                          "settings of fd %d differ: iflag %#x/%#x oflag %#x/%#x cflag %#x/%#x "   \
                          "lflag %#x/%#x",                                                         \
                          (fd), (unsigned)now_.c_iflag, (unsigned)(want)->c_iflag,                 \
                          (unsigned)now_.c_oflag, (unsigned)(want)->c_oflag,                       \
                          (unsigned)now_.c_cflag, (unsigned)(want)->c_cflag,                       \
                          (unsigned)now_.c_lflag, (unsigned)(want)->c_lflag);                      \
    } while (0)

/* cfmakeraw + TCSANOW, checked to really differ from what was there. */
static void make_raw(int fd)
{
    struct termios before, raw;

    get_tio(fd, &before);
    raw = before;
    cfmakeraw(&raw);
    if (tcsetattr(fd, TCSANOW, &raw) != 0)
        fdk_test_fail(__FILE__, __LINE__, "tcsetattr(%d): %s", fd, strerror(errno));
    ASSERT_TIO_EQ(fd, &raw);
    ASSERT_TRUE(!same_tio(&raw, &before));
}

/* A child must not write a core file, whatever core_pattern says. */
static void no_core_dumps(void)
{
    struct rlimit rl = {0, 0};
    ASSERT_EQ(setrlimit(RLIMIT_CORE, &rl), 0);
    ASSERT_EQ(prctl(PR_SET_DUMPABLE, 0, 0, 0, 0), 0);
}

static pid_t fork_child(void)
{
    pid_t pid;

    /* Whatever stdio holds must not be written twice by a child's exit(). */
    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid < 0)
        fdk_test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
    return pid;
}

static int wait_child(pid_t pid)
{
    int status;
    pid_t r;

    do
        r = waitpid(pid, &status, 0);
    while (r < 0 && errno == EINTR);
    if (r != pid)
        fdk_test_fail(__FILE__, __LINE__, "waitpid(%d): %s", (int)pid, strerror(errno));
    return status;
}

#define ASSERT_EXITED(status, code)                                                                \
    do {                                                                                           \
        int st_ = (status);                                                                        \
        if (!WIFEXITED(st_) || WEXITSTATUS(st_) != (code))                                         \
            fdk_test_fail(__FILE__, __LINE__, "child: %s %d, expected exit %d",                    \
                          WIFEXITED(st_) ? "exited" : "killed by signal",                          \
                          WIFEXITED(st_) ? WEXITSTATUS(st_) : WTERMSIG(st_), (code));              \
    } while (0)

#define ASSERT_KILLED_BY(status, sig)                                                              \
    do {                                                                                           \
        int st_ = (status);                                                                        \
        if (!WIFSIGNALED(st_) || WTERMSIG(st_) != (sig))                                           \
            fdk_test_fail(__FILE__, __LINE__, "child: %s %d, expected death by signal %d (%s)",    \
                          WIFSIGNALED(st_) ? "killed by signal" : "exited",                        \
                          WIFSIGNALED(st_) ? WTERMSIG(st_) : WEXITSTATUS(st_), (sig),              \
                          strsignal(sig));                                                         \
    } while (0)

static int is_default(int sig)
{
    struct sigaction sa;
    ASSERT_EQ(sigaction(sig, NULL, &sa), 0);
    return !(sa.sa_flags & SA_SIGINFO) && sa.sa_handler == SIG_DFL;
}

/* ---- save / restore ----------------------------------------------------- */

static void test_save_restore(void)
{
    struct fdk_tty_saved saved, again;
    struct termios orig;
    int m, s;

    open_pty(&m, &s);
    get_tio(s, &orig);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));

    make_raw(s);
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    ASSERT_TIO_EQ(s, &orig);

    /* Again, and through the master (the same terminal). */
    make_raw(s);
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(m), &saved));
    ASSERT_TIO_EQ(s, &orig);
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    ASSERT_TIO_EQ(s, &orig);

    /* A snapshot of the same settings is the same bytes: it is deterministic. */
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &again));
    ASSERT_MEM_EQ(&saved, &again, sizeof(saved));

    /* A snapshot of other settings puts those back. */
    make_raw(s);
    {
        struct termios raw;
        get_tio(s, &raw);
        ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &again));
        ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
        ASSERT_TIO_EQ(s, &orig);
        ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &again));
        ASSERT_TIO_EQ(s, &raw);
    }
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    close_pty(m, s);
}

/* Restore leaves errno as it was (it is meant for signal handlers). */
static void test_restore_keeps_errno(void)
{
    struct fdk_tty_saved saved;
    int m, s, nul;

    open_pty(&m, &s);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));
    errno = EMFILE;
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    ASSERT_EQ(errno, EMFILE);

    nul = open("/dev/null", O_RDWR | O_CLOEXEC);
    ASSERT_TRUE(nul >= 0);
    errno = EMFILE;
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(nul), &saved), ENOTTY);
    ASSERT_EQ(errno, EMFILE);
    ASSERT_EQ(close(nul), 0);
    close_pty(m, s);
}

static void test_bad_arguments(void)
{
    struct fdk_tty_saved saved, junk, untouched;
    struct termios orig;
    int m, s, nul, closed_fd;

    open_pty(&m, &s);
    get_tio(s, &orig);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));

    ASSERT_ERR(fdk_tty_save(fdk_tty_borrow(s), NULL), EINVAL);
    ASSERT_ERR(fdk_tty_save(fdk_tty_borrow(-1), &junk), EBADF);
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(s), NULL), EINVAL);
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(-1), &saved), EBADF);
    ASSERT_ERR(fdk_tty_restore_on_exit(fdk_tty_borrow(-1), &saved), EBADF);
    ASSERT_ERR(fdk_tty_restore_on_exit(fdk_tty_borrow(-1), NULL), EBADF);

    /* Not a snapshot: a zeroed buffer would mean speed 0 (hang up). */
    memset(&junk, 0, sizeof(junk));
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(s), &junk), EINVAL);
    ASSERT_ERR(fdk_tty_restore_on_exit(fdk_tty_borrow(s), &junk), EINVAL);
    memset(&junk, 0xa5, sizeof(junk));
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(s), &junk), EINVAL);
    ASSERT_TIO_EQ(s, &orig);

    /* Not a terminal, or not open: the kernel's errno, *out untouched. */
    nul = open("/dev/null", O_RDWR | O_CLOEXEC);
    ASSERT_TRUE(nul >= 0);
    memset(&junk, 0x5a, sizeof(junk));
    untouched = junk;
    ASSERT_ERR(fdk_tty_save(fdk_tty_borrow(nul), &junk), ENOTTY);
    ASSERT_MEM_EQ(&junk, &untouched, sizeof(junk));
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(nul), &saved), ENOTTY);
    closed_fd = nul;
    ASSERT_EQ(close(nul), 0);
    ASSERT_ERR(fdk_tty_save(fdk_tty_borrow(closed_fd), &junk), EBADF);
    ASSERT_MEM_EQ(&junk, &untouched, sizeof(junk));
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(closed_fd), &saved), EBADF);

    /* None of this registered anything in this process. */
    for (size_t i = 0; i < FATAL_COUNT; i++)
        ASSERT_TRUE(is_default(fatal_signals[i]) || fatal_signals[i] == SIGSEGV ||
                    fatal_signals[i] == SIGBUS || fatal_signals[i] == SIGFPE);
    close_pty(m, s);
}

/*
 * Save and restore are one ioctl each: EINTR is retried, any other error
 * is handed back (save then leaves *out alone).
 */
static void test_injected_errors(void)
{
    struct fdk_tty_saved saved, out, untouched;
    struct termios orig;
    int m, s;

    open_pty(&m, &s);
    get_tio(s, &orig);

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 2, EINTR);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));
    ASSERT_EQ(fdk_inject_calls("ioctl"), 3);
    ASSERT_EQ(fdk_inject_fired(), 2);

    make_raw(s);
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 3, EINTR);
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    ASSERT_EQ(fdk_inject_calls("ioctl"), 4);
    ASSERT_TIO_EQ(s, &orig);

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EIO);
    memset(&out, 0x77, sizeof(out));
    untouched = out;
    ASSERT_ERR(fdk_tty_save(fdk_tty_borrow(s), &out), EIO);
    ASSERT_MEM_EQ(&out, &untouched, sizeof(out));
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EIO);
    errno = 0;
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(s), &saved), EIO);
    ASSERT_EQ(errno, 0);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);

    /* Bad arguments are refused before any system call. */
    fdk_inject_reset();
    ASSERT_ERR(fdk_tty_save(fdk_tty_borrow(-1), &out), EBADF);
    ASSERT_ERR(fdk_tty_restore(fdk_tty_borrow(s), NULL), EINVAL);
    ASSERT_ERR(fdk_tty_restore_on_exit(fdk_tty_borrow(-5), &saved), EBADF);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 0);
    fdk_inject_reset();
    close_pty(m, s);
}

/* ---- restore on exit ---------------------------------------------------- */

/* In a child: snapshot the slave, register it, go raw. */
static void child_register_and_go_raw(int slave)
{
    struct fdk_tty_saved saved;

    no_core_dumps();
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(slave), &saved));
    ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(slave), &saved));
    make_raw(slave);
}

/* Die of sig the way a program typically does. */
static void die_of(int sig)
{
    switch (sig) {
    case SIGTERM:
        kill(getpid(), SIGTERM);
        break;
    case SIGABRT:
        abort();
    default:
        raise(sig);
        break;
    }
}

static void test_dies_by_signal(void)
{
    struct termios orig;
    int m, s;
    size_t i;

    open_pty(&m, &s);
    get_tio(s, &orig);
    for (i = 0; i < FATAL_COUNT; i++) {
        int sig = fatal_signals[i];
        pid_t pid;

        if (!is_default(sig)) {
            /* ASan catches SIGSEGV, SIGBUS and SIGFPE itself: fdkit leaves
             * such a signal alone by design, so there is nothing to see. */
            printf("# %s: not at its default action in this process (a sanitizer's handler?): "
                   "not checked\n",
                   strsignal(sig));
            continue;
        }
        pid = fork_child();
        if (pid == 0) {
            struct sigaction sa;
            child_register_and_go_raw(s);
            ASSERT_EQ(sigaction(sig, NULL, &sa), 0);
            ASSERT_TRUE(sa.sa_handler != SIG_DFL); /* fdkit's handler is there */
            die_of(sig);
            _exit(99); /* not reached */
        }
        ASSERT_KILLED_BY(wait_child(pid), sig);
        ASSERT_TIO_EQ(s, &orig);
    }
    close_pty(m, s);
}

/* A blocked signal that arrives later still finds the handler. */
static void test_dies_by_signal_after_unblock(void)
{
    struct termios orig;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    get_tio(s, &orig);
    pid = fork_child();
    if (pid == 0) {
        sigset_t set;
        child_register_and_go_raw(s);
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        ASSERT_EQ(sigprocmask(SIG_BLOCK, &set, NULL), 0);
        kill(getpid(), SIGINT); /* pending */
        ASSERT_EQ(sigprocmask(SIG_UNBLOCK, &set, NULL), 0);
        _exit(99);
    }
    ASSERT_KILLED_BY(wait_child(pid), SIGINT);
    ASSERT_TIO_EQ(s, &orig);
    close_pty(m, s);
}

static void test_exit_restores(void)
{
    struct termios orig;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    get_tio(s, &orig);
    pid = fork_child();
    if (pid == 0) {
        child_register_and_go_raw(s);
        exit(3);
    }
    ASSERT_EXITED(wait_child(pid), 3);
    ASSERT_TIO_EQ(s, &orig);
    close_pty(m, s);
}

/* _exit() skips atexit: nothing is restored (the documented limit). */
static void test_underscore_exit_does_not_restore(void)
{
    struct fdk_tty_saved saved;
    struct termios raw;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));
    pid = fork_child();
    if (pid == 0) {
        child_register_and_go_raw(s);
        _exit(4);
    }
    ASSERT_EXITED(wait_child(pid), 4);
    get_tio(s, &raw);
    ASSERT_TRUE((raw.c_lflag & ICANON) == 0);
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    close_pty(m, s);
}

/* The program's own SIGTERM handler: kept, and it restores by itself. */
static struct fdk_tty_saved own_saved;
static int own_slave = -1;

static void own_sigterm_handler(int sig)
{
    (void)sig;
    if (fdk_tty_restore(fdk_tty_borrow(own_slave), &own_saved) == 0)
        _exit(42);
    _exit(43);
}

static void test_own_handler_kept(void)
{
    struct termios orig;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    get_tio(s, &orig);
    pid = fork_child();
    if (pid == 0) {
        struct sigaction sa;

        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = own_sigterm_handler;
        sigemptyset(&sa.sa_mask);
        ASSERT_EQ(sigaction(SIGTERM, &sa, NULL), 0);

        own_slave = s;
        no_core_dumps();
        ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &own_saved));
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), &own_saved));
        ASSERT_EQ(sigaction(SIGTERM, NULL, &sa), 0);
        ASSERT_TRUE(sa.sa_handler == own_sigterm_handler); /* left alone */
        ASSERT_EQ(sigaction(SIGINT, NULL, &sa), 0);
        ASSERT_TRUE(sa.sa_handler != SIG_DFL); /* a default one: ours */
        make_raw(s);
        kill(getpid(), SIGTERM);
        _exit(99);
    }
    ASSERT_EXITED(wait_child(pid), 42); /* the program's handler ran, and _exit skips atexit */
    ASSERT_TIO_EQ(s, &orig);
    close_pty(m, s);
}

/* An ignored signal stays ignored. */
static void test_ignored_signal_left_alone(void)
{
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    pid = fork_child();
    if (pid == 0) {
        struct sigaction sa;

        signal(SIGHUP, SIG_IGN);
        child_register_and_go_raw(s);
        ASSERT_EQ(sigaction(SIGHUP, NULL, &sa), 0);
        ASSERT_TRUE(sa.sa_handler == SIG_IGN);
        kill(getpid(), SIGHUP); /* ignored */
        exit(6);
    }
    ASSERT_EXITED(wait_child(pid), 6);
    close_pty(m, s);
}

static void test_unregister(void)
{
    struct fdk_tty_saved saved;
    struct termios now;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));
    pid = fork_child();
    if (pid == 0) {
        child_register_and_go_raw(s);
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), NULL));
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), NULL)); /* not registered: still 0 */
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(m), NULL)); /* never was */
        exit(0);
    }
    ASSERT_EXITED(wait_child(pid), 0);
    get_tio(s, &now);
    ASSERT_TRUE((now.c_lflag & ICANON) == 0); /* still raw: nothing restored */
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));

    /* The same, dying of a signal. */
    pid = fork_child();
    if (pid == 0) {
        child_register_and_go_raw(s);
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), NULL));
        kill(getpid(), SIGTERM);
        _exit(99);
    }
    ASSERT_KILLED_BY(wait_child(pid), SIGTERM);
    get_tio(s, &now);
    ASSERT_TRUE((now.c_lflag & ICANON) == 0);

    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &saved));
    close_pty(m, s);
}

/* Registering the same fd again replaces its snapshot. */
static void test_replace(void)
{
    struct fdk_tty_saved orig_saved;
    struct termios raw;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &orig_saved));
    make_raw(s);
    get_tio(s, &raw);
    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &orig_saved));

    pid = fork_child();
    if (pid == 0) {
        struct fdk_tty_saved raw_saved;
        struct termios other;

        child_register_and_go_raw(s); /* registers the original */
        ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &raw_saved));
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), &raw_saved)); /* now: raw */
        get_tio(s, &other);
        other.c_lflag |= ICANON | ECHO;
        other.c_cc[VMIN] = 5;
        ASSERT_EQ(tcsetattr(s, TCSANOW, &other), 0);
        exit(0);
    }
    ASSERT_EXITED(wait_child(pid), 0);
    ASSERT_TIO_EQ(s, &raw);

    ASSERT_OK(fdk_tty_restore(fdk_tty_borrow(s), &orig_saved));
    close_pty(m, s);
}

/* Eight entries; a ninth fd is -ENOSPC; replacing and removing still work. */
static void test_table_full(void)
{
    struct termios orig;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    get_tio(s, &orig);
    pid = fork_child();
    if (pid == 0) {
        struct fdk_tty_saved saved;
        int fds[9], i;

        no_core_dumps();
        ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));
        for (i = 0; i < 9; i++) {
            fds[i] = fcntl(s, F_DUPFD_CLOEXEC, 0);
            ASSERT_TRUE(fds[i] >= 0);
        }
        for (i = 0; i < 8; i++)
            ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[i]), &saved));
        ASSERT_ERR(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[8]), &saved), ENOSPC);
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[0]), &saved)); /* replace */
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[8]), NULL));   /* not there */
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[3]), NULL));
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[8]), &saved));
        ASSERT_ERR(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[3]), &saved), ENOSPC);

        /* Unregister all but fds[8], then close them; fds[8] restores. */
        for (i = 0; i < 8; i++) {
            ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(fds[i]), NULL));
            ASSERT_EQ(close(fds[i]), 0);
        }
        make_raw(s);
        exit(0);
    }
    ASSERT_EXITED(wait_child(pid), 0);
    ASSERT_TIO_EQ(s, &orig);
    close_pty(m, s);
}

/* Several terminals are all restored. */
static void test_two_terminals(void)
{
    struct termios orig1, orig2;
    int m1, s1, m2, s2;
    pid_t pid;

    open_pty(&m1, &s1);
    open_pty(&m2, &s2);
    get_tio(s1, &orig1);
    get_tio(s2, &orig2);
    pid = fork_child();
    if (pid == 0) {
        child_register_and_go_raw(s1);
        child_register_and_go_raw(s2);
        raise(SIGQUIT);
        _exit(99);
    }
    ASSERT_KILLED_BY(wait_child(pid), SIGQUIT);
    ASSERT_TIO_EQ(s1, &orig1);
    ASSERT_TIO_EQ(s2, &orig2);
    close_pty(m2, s2);
    close_pty(m1, s1);
}

/*
 * A child forked after registration inherits the table, the handlers and
 * the atexit hook, but not the right to restore its parent's terminal:
 * its exit leaves the terminal alone.  The parent's own exit restores it.
 */
static void test_forked_child_leaves_parent_terminal(void)
{
    struct termios orig;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    get_tio(s, &orig);
    pid = fork_child();
    if (pid == 0) {
        struct termios now;
        pid_t grandchild;

        child_register_and_go_raw(s);
        grandchild = fork_child();
        if (grandchild == 0)
            exit(0); /* runs the inherited atexit hook */
        ASSERT_EXITED(wait_child(grandchild), 0);
        get_tio(s, &now);
        ASSERT_TRUE((now.c_lflag & ICANON) == 0); /* still raw */

        grandchild = fork_child();
        if (grandchild == 0)
            raise(SIGTERM); /* the inherited handler: restores nothing, still dies */
        if (grandchild == 0)
            _exit(99);
        ASSERT_KILLED_BY(wait_child(grandchild), SIGTERM);
        get_tio(s, &now);
        ASSERT_TRUE((now.c_lflag & ICANON) == 0);
        exit(5);
    }
    ASSERT_EXITED(wait_child(pid), 5);
    ASSERT_TIO_EQ(s, &orig);
    close_pty(m, s);
}

/* A forked child can register terminals of its own. */
static void test_forked_child_registers_its_own(void)
{
    struct termios orig;
    int m, s;
    pid_t pid;

    open_pty(&m, &s);
    get_tio(s, &orig);
    pid = fork_child();
    if (pid == 0) {
        struct fdk_tty_saved saved;
        pid_t grandchild;

        no_core_dumps();
        ASSERT_OK(fdk_tty_save(fdk_tty_borrow(s), &saved));
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), &saved));
        grandchild = fork_child();
        if (grandchild == 0) {
            ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), &saved));
            make_raw(s);
            raise(SIGINT);
            _exit(99);
        }
        ASSERT_KILLED_BY(wait_child(grandchild), SIGINT);
        ASSERT_TIO_EQ(s, &orig);
        ASSERT_OK(fdk_tty_restore_on_exit(fdk_tty_borrow(s), NULL));
        exit(0);
    }
    ASSERT_EXITED(wait_child(pid), 0);
    ASSERT_TIO_EQ(s, &orig);
    close_pty(m, s);
}

int main(void)
{
    int m, s, r;

    alarm(45);
    r = open_pty_or_skip(&m, &s);
    if (r < 0)
        fdk_test_skip("no usable pseudo-terminal (/dev/ptmx): %s", strerror(-r));
    close(s);
    close(m);

    RUN(test_save_restore);
    RUN(test_restore_keeps_errno);
    RUN(test_bad_arguments);
    RUN(test_injected_errors);
    RUN(test_dies_by_signal);
    RUN(test_dies_by_signal_after_unblock);
    RUN(test_exit_restores);
    RUN(test_underscore_exit_does_not_restore);
    RUN(test_own_handler_kept);
    RUN(test_ignored_signal_left_alone);
    RUN(test_unregister);
    RUN(test_replace);
    RUN(test_table_full);
    RUN(test_two_terminals);
    RUN(test_forked_child_leaves_parent_terminal);
    RUN(test_forked_child_registers_its_own);
    return 0;
}
