/* SPDX-License-Identifier: MIT */
/*
 * Terminal operations on pseudo-terminal pairs: flush discards queued
 * input (and only the queue asked for), drain returns, output suspended with
 * flow() is really held (a write cannot go through, the master reads
 * nothing) and flows again on resume, suspend/resume input send the STOP and
 * START characters to the other side, breaks are accepted (a pty ignores
 * them), the session id is that of the session the terminal controls (the
 * slave end tells only a member of that session, the master end tells
 * anyone; ENOTTY when it controls none), the window size round-trips between the two
 * ends and a change sends SIGWINCH to the foreground group, exclusive mode
 * is switched on and off (the EBUSY it causes is in test-ops-excl.c).
 *
 * What a pty does not have: modem lines (get, set, raise, lower, wait), the
 * counters and RS-485 - the kernel says ENOTTY for each, on both ends, and
 * that is what fdkit hands back.  Every argument check happens before any
 * system call (no ioctl is made), out-parameters are untouched on failure,
 * descriptors that are no terminal say ENOTTY.  EINTR (injected) is retried
 * by every call that cannot wait and handed back by drain, send_break and
 * modem_wait.
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
#include <sys/wait.h>
#include <termios.h>

static int queued(int fd)
{
    int n = -1;
    ASSERT_EQ(ioctl(fd, FIONREAD, &n), 0);
    return n;
}

/* ---- argument checks ------------------------------------------------------------------------ */

/* Negative descriptors: -EBADF, before any ioctl, out-parameters untouched. */
static void test_bad_fd(void)
{
    fdk_tty bad = fdk_tty_borrow(-1);
    struct fdk_tty_icount ic;
    struct fdk_tty_winsize ws = {1, 2, 3, 4};
    struct fdk_tty_rs485 rs = {FDK_TTY_RS485_ENABLED, 5, 6};
    unsigned int lines = 0xdead;

    memset(&ic, 0x5a, sizeof(ic));
    fdk_inject_reset();
    ASSERT_ERR(fdk_tty_modem_get(bad, &lines), EBADF);
    ASSERT_ERR(fdk_tty_modem_set(bad, FDK_TTY_DTR), EBADF);
    ASSERT_ERR(fdk_tty_modem_raise(bad, FDK_TTY_RTS), EBADF);
    ASSERT_ERR(fdk_tty_modem_lower(bad, FDK_TTY_RTS), EBADF);
    ASSERT_ERR(fdk_tty_modem_wait(bad, FDK_TTY_CTS), EBADF);
    ASSERT_ERR(fdk_tty_icount(bad, &ic), EBADF);
    ASSERT_ERR(fdk_tty_send_break(bad), EBADF);
    ASSERT_ERR(fdk_tty_break(bad, 1), EBADF);
    ASSERT_ERR(fdk_tty_break(bad, 0), EBADF);
    ASSERT_ERR(fdk_tty_flush(bad, FDK_TTY_BOTH), EBADF);
    ASSERT_ERR(fdk_tty_drain(bad), EBADF);
    ASSERT_ERR(fdk_tty_flow(bad, FDK_TTY_RESUME_OUTPUT), EBADF);
    ASSERT_ERR(fdk_tty_session(bad), EBADF);
    ASSERT_ERR(fdk_tty_winsize_get(bad, &ws), EBADF);
    ASSERT_ERR(fdk_tty_winsize_set(bad, &ws), EBADF);
    ASSERT_ERR(fdk_tty_exclusive(bad, 1), EBADF);
    ASSERT_ERR(fdk_tty_rs485_get(bad, &rs), EBADF);
    ASSERT_ERR(fdk_tty_rs485_set(bad, &rs), EBADF);
    ASSERT_ERR(fdk_tty_modem_get(fdk_tty_borrow(-42), &lines), EBADF);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 0);
    ASSERT_EQ(lines, 0xdead);
    ASSERT_EQ(ws.rows, 1);
    ASSERT_EQ(ws.ypixel, 4);
    ASSERT_EQ(rs.delay_rts_before_send_ms, 5);
    ASSERT_EQ(ic.cts, 0x5a5a5a5a);
}

/* A closed descriptor number gets the kernel's EBADF. */
static void test_closed_fd(void)
{
    struct fdk_tty_winsize ws;
    unsigned int lines;
    fdk_tty t;
    int fd;

    /* a number that is surely closed: open, then close */
    fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    t = fdk_tty_borrow(fd);
    ASSERT_ERR(fdk_tty_modem_get(t, &lines), EBADF);
    ASSERT_ERR(fdk_tty_flush(t, FDK_TTY_INPUT), EBADF);
    ASSERT_ERR(fdk_tty_drain(t), EBADF);
    ASSERT_ERR(fdk_tty_session(t), EBADF);
    ASSERT_ERR(fdk_tty_winsize_get(t, &ws), EBADF);
    ASSERT_ERR(fdk_tty_exclusive(t, 0), EBADF);
}

/* Invalid arguments on a real terminal: -EINVAL and no ioctl at all. */
static void test_invalid_args(void)
{
    static const unsigned int bad_out[] = {
        FDK_TTY_CTS, FDK_TTY_DSR, FDK_TTY_DCD, FDK_TTY_RI, 0x001,    0x008,
        0x010,       0x200,       0x4000,      0x8000,     1u << 31, FDK_TTY_DTR | FDK_TTY_CTS};
    static const unsigned int bad_in[] = {
        0,     FDK_TTY_DTR, FDK_TTY_RTS, 0x001,    0x008,
        0x010, 0x200,       0x4000,      1u << 31, FDK_TTY_CTS | FDK_TTY_DTR};
    static const uint32_t bad_rs485[] = {
        1u << 3, 1u << 5, 1u << 6,  1u << 7,
        1u << 8, 1u << 9, 1u << 31, FDK_TTY_RS485_ENABLED | (1u << 5)};
    static const int bad_queue[] = {-1, 3, 4, 100, 0x7fffffff};
    static const int bad_action[] = {-1, 4, 5, 100, (int)0x80000000u};
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct fdk_tty_rs485 rs = {0, 0, 0};

    open_pair(&m, &s, 0);
    fdk_inject_reset();
    for (size_t i = 0; i < sizeof(bad_out) / sizeof(bad_out[0]); i++) {
        ASSERT_ERR(fdk_tty_modem_set(s, bad_out[i]), EINVAL);
        ASSERT_ERR(fdk_tty_modem_raise(s, bad_out[i]), EINVAL);
        ASSERT_ERR(fdk_tty_modem_lower(s, bad_out[i]), EINVAL);
    }
    for (size_t i = 0; i < sizeof(bad_in) / sizeof(bad_in[0]); i++)
        ASSERT_ERR(fdk_tty_modem_wait(s, bad_in[i]), EINVAL);
    for (size_t i = 0; i < sizeof(bad_rs485) / sizeof(bad_rs485[0]); i++) {
        rs.flags = bad_rs485[i];
        ASSERT_ERR(fdk_tty_rs485_set(s, &rs), EINVAL);
    }
    for (size_t i = 0; i < sizeof(bad_queue) / sizeof(bad_queue[0]); i++)
        ASSERT_ERR(fdk_tty_flush(s, bad_queue[i]), EINVAL);
    for (size_t i = 0; i < sizeof(bad_action) / sizeof(bad_action[0]); i++)
        ASSERT_ERR(fdk_tty_flow(s, bad_action[i]), EINVAL);
    ASSERT_ERR(fdk_tty_modem_get(s, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_icount(s, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_winsize_get(s, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_winsize_set(s, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_rs485_get(s, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_rs485_set(s, NULL), EINVAL);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 0);
    close_pair(&m, &s);
}

/* A descriptor that is not a terminal: the kernel's ENOTTY for every call. */
static void test_not_a_tty(void)
{
    struct fdk_tty_winsize ws = {24, 80, 0, 0};
    struct fdk_tty_rs485 rs = {0, 0, 0};
    struct fdk_tty_icount ic;
    unsigned int lines;
    fdk_tty t;
    int p[2];

    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    t = fdk_tty_borrow(p[0]);
    ASSERT_ERR(fdk_tty_modem_get(t, &lines), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_set(t, FDK_TTY_DTR), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_raise(t, FDK_TTY_DTR), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_lower(t, FDK_TTY_DTR), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_wait(t, FDK_TTY_CTS), ENOTTY);
    ASSERT_ERR(fdk_tty_icount(t, &ic), ENOTTY);
    ASSERT_ERR(fdk_tty_send_break(t), ENOTTY);
    ASSERT_ERR(fdk_tty_break(t, 1), ENOTTY);
    ASSERT_ERR(fdk_tty_break(t, 0), ENOTTY);
    ASSERT_ERR(fdk_tty_flush(t, FDK_TTY_INPUT), ENOTTY);
    ASSERT_ERR(fdk_tty_drain(t), ENOTTY);
    ASSERT_ERR(fdk_tty_flow(t, FDK_TTY_SUSPEND_OUTPUT), ENOTTY);
    ASSERT_ERR(fdk_tty_session(t), ENOTTY);
    ASSERT_ERR(fdk_tty_winsize_get(t, &ws), ENOTTY);
    ASSERT_ERR(fdk_tty_winsize_set(t, &ws), ENOTTY);
    ASSERT_ERR(fdk_tty_exclusive(t, 1), ENOTTY);
    ASSERT_ERR(fdk_tty_rs485_get(t, &rs), ENOTTY);
    ASSERT_ERR(fdk_tty_rs485_set(t, &rs), ENOTTY);
    close(p[0]);
    close(p[1]);
}

/* ---- what a pty does not have --------------------------------------------------------------- */

/*
 * No modem lines, no counters, no RS-485 on either end: ENOTTY from the
 * kernel (the tty core has no tiocmget/tiocmset/get_icount/rs485 operation
 * for a pty), the same errno as for a descriptor that is not a terminal.
 * Out-parameters stay as they were; modem_wait returns at once.
 */
static void check_unsupported(fdk_tty t)
{
    struct fdk_tty_rs485 rs = {7, 8, 9};
    struct fdk_tty_rs485 on = {FDK_TTY_RS485_ENABLED | FDK_TTY_RS485_RTS_ON_SEND, 1, 2};
    struct fdk_tty_icount ic;
    unsigned int lines = 0xdead;

    memset(&ic, 0x5a, sizeof(ic));
    ASSERT_ERR(fdk_tty_modem_get(t, &lines), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_set(t, FDK_TTY_DTR | FDK_TTY_RTS), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_set(t, 0), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_raise(t, FDK_TTY_DTR), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_lower(t, FDK_TTY_RTS), ENOTTY);
    ASSERT_ERR(fdk_tty_modem_wait(t, FDK_TTY_CTS | FDK_TTY_DSR | FDK_TTY_DCD | FDK_TTY_RI), ENOTTY);
    ASSERT_ERR(fdk_tty_icount(t, &ic), ENOTTY);
    ASSERT_ERR(fdk_tty_rs485_get(t, &rs), ENOTTY);
    ASSERT_ERR(fdk_tty_rs485_set(t, &on), ENOTTY);
    ASSERT_EQ(lines, 0xdead);
    ASSERT_EQ(ic.buf_overrun, 0x5a5a5a5a);
    ASSERT_EQ(rs.flags, 7);
    ASSERT_EQ(rs.delay_rts_after_send_ms, 9);
}

static void test_pty_has_no_modem_lines_or_rs485(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    open_pair(&m, &s, 0);
    check_unsupported(s);
    check_unsupported(m);
    close_pair(&m, &s);
}

/* ---- break, flush, drain, flow -------------------------------------------------------------- */

/* A pty has no break_ctl: the kernel accepts a break and does nothing. */
static void test_break(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    open_pair(&m, &s, 0);
    ASSERT_EQ(fdk_tty_break(s, 1), 0);
    ASSERT_EQ(fdk_tty_break(s, 0), 0);
    ASSERT_EQ(fdk_tty_break(s, 42), 0); /* any non-zero value starts it */
    ASSERT_EQ(fdk_tty_break(s, 0), 0);
    ASSERT_EQ(fdk_tty_break(m, 1), 0);
    ASSERT_EQ(fdk_tty_break(m, 0), 0);
    ASSERT_EQ(fdk_tty_send_break(s), 0);
    ASSERT_EQ(fdk_tty_send_break(m), 0);
    /* the line still works */
    ASSERT_EQ(fdk_tty_write(m, "x\n", 2), 2);
    expect_read(s.fd, "x\n", 2);
    close_pair(&m, &s);
}

/* Queue a line of input on the slave (written at the master) and wait until it is there. */
static void queue_slave_input(fdk_tty m, fdk_tty s)
{
    ASSERT_EQ(fdk_tty_write(m, "abc\n", 4), 4);
    wait_readable(s.fd); /* canonical: readable once the whole line is in */
    ASSERT_EQ(queued(s.fd), 4);
}

static void test_flush(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    char c;

    open_pair(&m, &s, FDK_TTY_NONBLOCK);

    /* input: gone */
    queue_slave_input(m, s);
    ASSERT_EQ(fdk_tty_flush(s, FDK_TTY_INPUT), 0);
    ASSERT_EQ(queued(s.fd), 0);
    ASSERT_ERR(fdk_tty_read(s, &c, 1), EAGAIN);

    /* output only: the input stays */
    queue_slave_input(m, s);
    ASSERT_EQ(fdk_tty_flush(s, FDK_TTY_OUTPUT), 0);
    ASSERT_EQ(queued(s.fd), 4);
    /* both: gone */
    ASSERT_EQ(fdk_tty_flush(s, FDK_TTY_BOTH), 0);
    ASSERT_EQ(queued(s.fd), 0);
    ASSERT_ERR(fdk_tty_read(s, &c, 1), EAGAIN);

    /* the other way: what the slave wrote, queued at the master */
    ASSERT_EQ(fdk_tty_write(s, "xyz", 3), 3);
    wait_readable(m.fd);
    ASSERT_TRUE(queued(m.fd) > 0);
    ASSERT_EQ(fdk_tty_flush(m, FDK_TTY_INPUT), 0);
    ASSERT_EQ(queued(m.fd), 0);
    ASSERT_ERR(fdk_tty_read(m, &c, 1), EAGAIN);

    /* the line still works after all that */
    ASSERT_EQ(fdk_tty_write(m, "ok\n", 3), 3);
    expect_read(s.fd, "ok\n", 3);
    close_pair(&m, &s);
}

static void test_drain(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;

    open_pair(&m, &s, 0);
    ASSERT_EQ(fdk_tty_drain(s), 0); /* nothing written */
    ASSERT_EQ(fdk_tty_write(s, "data", 4), 4);
    ASSERT_EQ(fdk_tty_drain(s), 0);
    expect_read(m.fd, "data", 4);
    ASSERT_EQ(fdk_tty_write(m, "up\n", 3), 3);
    ASSERT_EQ(fdk_tty_drain(m), 0);
    expect_read(s.fd, "up\n", 3);
    close_pair(&m, &s);
}

/*
 * Output suspended on the slave is held: a write has no room (EAGAIN on a
 * non-blocking slave) and the master has nothing to read; after resume the
 * same write goes through and arrives.
 */
static void test_flow_output(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    char c;

    open_pair(&m, &s, FDK_TTY_NONBLOCK);
    ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_SUSPEND_OUTPUT), 0);
    ASSERT_ERR(fdk_tty_write(s, "hi", 2), EAGAIN);
    ASSERT_ERR(fdk_tty_read(m, &c, 1), EAGAIN);
    ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_SUSPEND_OUTPUT), 0); /* twice: still suspended */
    ASSERT_ERR(fdk_tty_write(s, "hi", 2), EAGAIN);
    ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_RESUME_OUTPUT), 0);
    ASSERT_EQ(fdk_tty_write(s, "hi", 2), 2);
    expect_read(m.fd, "hi", 2);
    ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_RESUME_OUTPUT), 0); /* resuming a running line: no-op */
    ASSERT_EQ(fdk_tty_write(s, "!", 1), 1);
    expect_read(m.fd, "!", 1);
    close_pair(&m, &s);
}

/* Suspend/resume input send the slave's STOP and START characters to the other side. */
static void test_flow_input(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct termios tio;
    char stop, start;

    open_pair(&m, &s, FDK_TTY_NONBLOCK);
    ASSERT_EQ(tcgetattr(s.fd, &tio), 0);
    stop = (char)tio.c_cc[VSTOP];
    start = (char)tio.c_cc[VSTART];
    if (stop == (char)_POSIX_VDISABLE || start == (char)_POSIX_VDISABLE) {
        printf("# STOP/START characters disabled on a new pty: only the return values checked\n");
        ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_SUSPEND_INPUT), 0);
        ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_RESUME_INPUT), 0);
    } else {
        ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_SUSPEND_INPUT), 0);
        expect_read(m.fd, &stop, 1);
        ASSERT_EQ(fdk_tty_flow(s, FDK_TTY_RESUME_INPUT), 0);
        expect_read(m.fd, &start, 1);
    }
    close_pair(&m, &s);
}

/* ---- session -------------------------------------------------------------------------------- */

/* A pty that controls no session: ENOTTY.  Our controlling terminal, if any: our session. */
static void test_session_no_ctty(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    int fd;

    open_pair(&m, &s, 0);
    ASSERT_ERR(fdk_tty_session(s), ENOTTY);
    ASSERT_ERR(fdk_tty_session(m), ENOTTY);
    close_pair(&m, &s);

    fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        printf("# no controlling terminal: the /dev/tty case is not checked (%s)\n",
               strerror(errno));
        return;
    }
    ASSERT_EQ(fdk_tty_session(fdk_tty_borrow(fd)), getsid(0));
    close(fd);
}

/*
 * In a child that starts a session and makes the slave its controlling
 * terminal: both ends report that session; the session leader is then the
 * foreground group, so a window-size change sends it SIGWINCH (pending at
 * once: the kernel signals before the ioctl returns), and setting the same
 * size again sends nothing.
 */
static int session_child(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct fdk_tty_winsize ws = {30, 100, 0, 0}, got;
    sigset_t block, pending;
    int sig;

    if (setsid() < 0)
        return 2;
    /* closing the master hangs up our controlling terminal: SIGHUP to us */
    signal(SIGHUP, SIG_IGN);
    open_pair(&m, &s, 0);
    ASSERT_EQ(ioctl(s.fd, TIOCSCTTY, 0), 0);
    ASSERT_EQ(fdk_tty_session(s), getsid(0));
    ASSERT_EQ(fdk_tty_session(m), getsid(0));
    ASSERT_EQ(fdk_tty_session(s), getpid()); /* we lead it */
    ASSERT_EQ(tcgetpgrp(s.fd), getpgrp());

    sigemptyset(&block);
    sigaddset(&block, SIGWINCH);
    ASSERT_EQ(sigprocmask(SIG_BLOCK, &block, NULL), 0);
    ASSERT_EQ(fdk_tty_winsize_set(m, &ws), 0);
    ASSERT_EQ(sigpending(&pending), 0);
    ASSERT_EQ(sigismember(&pending, SIGWINCH), 1);
    ASSERT_EQ(sigwait(&block, &sig), 0);
    ASSERT_EQ(sig, SIGWINCH);
    ASSERT_EQ(fdk_tty_winsize_get(s, &got), 0);
    ASSERT_EQ(got.rows, 30);
    ASSERT_EQ(got.cols, 100);
    /* the same size again: no signal */
    ASSERT_EQ(fdk_tty_winsize_set(m, &ws), 0);
    ASSERT_EQ(sigpending(&pending), 0);
    ASSERT_EQ(sigismember(&pending, SIGWINCH), 0);
    close_pair(&m, &s);
    return 0;
}

static void test_session_and_sigwinch(void)
{
    pid_t pid;
    int st;

    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(session_child());
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    ASSERT_EQ(WEXITSTATUS(st), 0);
}

/*
 * The master end answers for the session its slave controls, whoever leads
 * it (a terminal emulator can find its child's session); the slave end
 * answers only to a member of that session.  Once the leader is gone, the
 * terminal controls no session: ENOTTY.
 */
static void test_session_seen_from_master(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    int up[2], down[2];
    pid_t pid;
    char c;
    int st;

    open_pair(&m, &s, 0);
    ASSERT_EQ(pipe2(up, O_CLOEXEC), 0);
    ASSERT_EQ(pipe2(down, O_CLOEXEC), 0);
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        int ok =
            setsid() >= 0 && signal(SIGHUP, SIG_IGN) != SIG_ERR && ioctl(s.fd, TIOCSCTTY, 0) == 0;
        c = ok ? 'y' : 'n';
        if (write(up[1], &c, 1) != 1 || read(down[0], &c, 1) != 1)
            _exit(3);
        _exit(ok ? 0 : 2);
    }
    ASSERT_EQ(read(up[0], &c, 1), 1);
    ASSERT_EQ(c, 'y');
    ASSERT_EQ(fdk_tty_session(m), pid);
    ASSERT_ERR(fdk_tty_session(s), ENOTTY); /* not our controlling terminal */
    ASSERT_EQ(write(down[1], "g", 1), 1);
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    ASSERT_EQ(WEXITSTATUS(st), 0);
    ASSERT_ERR(fdk_tty_session(m), ENOTTY);
    close(up[0]);
    close(up[1]);
    close(down[0]);
    close(down[1]);
    close_pair(&m, &s);
}

/* ---- window size ---------------------------------------------------------------------------- */

static void test_winsize(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct fdk_tty_winsize a = {24, 80, 640, 480}, b = {50, 132, 0, 0},
                           big = {65535, 65535, 65535, 65535};
    struct fdk_tty_winsize got;
    struct winsize raw;

    open_pair(&m, &s, 0);
    /* a new pty: 0 x 0 */
    ASSERT_EQ(fdk_tty_winsize_get(s, &got), 0);
    ASSERT_EQ(got.rows, 0);
    ASSERT_EQ(got.cols, 0);

    /* set at the master (as a terminal emulator does), read at both ends and raw */
    ASSERT_EQ(fdk_tty_winsize_set(m, &a), 0);
    memset(&got, 0, sizeof(got));
    ASSERT_EQ(fdk_tty_winsize_get(s, &got), 0);
    ASSERT_MEM_EQ(&got, &a, sizeof(a));
    memset(&got, 0, sizeof(got));
    ASSERT_EQ(fdk_tty_winsize_get(m, &got), 0);
    ASSERT_MEM_EQ(&got, &a, sizeof(a));
    ASSERT_EQ(ioctl(s.fd, TIOCGWINSZ, &raw), 0);
    ASSERT_EQ(raw.ws_row, 24);
    ASSERT_EQ(raw.ws_col, 80);
    ASSERT_EQ(raw.ws_xpixel, 640);
    ASSERT_EQ(raw.ws_ypixel, 480);

    /* set at the slave, read at the master; every member's full range */
    ASSERT_EQ(fdk_tty_winsize_set(s, &b), 0);
    ASSERT_EQ(fdk_tty_winsize_get(m, &got), 0);
    ASSERT_MEM_EQ(&got, &b, sizeof(b));
    ASSERT_EQ(fdk_tty_winsize_set(s, &big), 0);
    ASSERT_EQ(fdk_tty_winsize_get(s, &got), 0);
    ASSERT_MEM_EQ(&got, &big, sizeof(big));
    close_pair(&m, &s);
}

/* ---- exclusive mode ------------------------------------------------------------------------- */

static void test_exclusive_toggle(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    int on = -1;

    open_pair(&m, &s, 0);
    ASSERT_EQ(ioctl(s.fd, TIOCGEXCL, &on), 0);
    ASSERT_EQ(on, 0);
    ASSERT_EQ(fdk_tty_exclusive(s, 1), 0);
    ASSERT_EQ(ioctl(s.fd, TIOCGEXCL, &on), 0);
    ASSERT_EQ(on, 1);
    ASSERT_EQ(fdk_tty_exclusive(s, 1), 0); /* twice: still on */
    ASSERT_EQ(fdk_tty_exclusive(s, 0), 0);
    ASSERT_EQ(ioctl(s.fd, TIOCGEXCL, &on), 0);
    ASSERT_EQ(on, 0);
    ASSERT_EQ(fdk_tty_exclusive(s, 7), 0); /* any non-zero value means on */
    ASSERT_EQ(ioctl(s.fd, TIOCGEXCL, &on), 0);
    ASSERT_EQ(on, 1);
    ASSERT_EQ(fdk_tty_exclusive(s, 0), 0);
    ASSERT_EQ(fdk_tty_exclusive(m, 1), 0);
    ASSERT_EQ(fdk_tty_exclusive(m, 0), 0);
    close_pair(&m, &s);
}

/*
 * FDK_TTY_EXCL, fdk_tty_open's flag (TIOCEXCL + a non-blocking flock):
 * a second exclusive open is -EBUSY for anyone, root included (the lock);
 * a plain open is refused too unless the caller is privileged (root
 * bypasses TIOCEXCL).  Once the holder is gone and exclusive mode is turned
 * off, the terminal can be taken again.
 */
static void test_excl_open_flag(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT, a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    char name[64];
    int on = -1, r;

    open_pair(&m, &s, 0);
    ASSERT_OK(fdk_tty_pty_name(m, name, sizeof(name)));
    ASSERT_OK(fdk_tty_open(&a, name, FDK_TTY_EXCL));
    ASSERT_EQ(ioctl(s.fd, TIOCGEXCL, &on), 0);
    ASSERT_EQ(on, 1);
    b.fd = 4242;
    ASSERT_ERR(fdk_tty_open(&b, name, FDK_TTY_EXCL), EBUSY);
    ASSERT_EQ(b.fd, 4242);
    ASSERT_ERR(fdk_tty_open(&b, name, FDK_TTY_EXCL | FDK_TTY_NONBLOCK), EBUSY);
    b.fd = -1;
    r = fdk_tty_open(&b, name, 0);
    if (geteuid() == 0) {
        ASSERT_OK(r); /* root is not held back by TIOCEXCL */
        ASSERT_EQ(fdk_tty_close(&b), 0);
    } else if (r >= 0) {
        printf("# a plain open got past TIOCEXCL: this user has CAP_SYS_ADMIN\n");
        ASSERT_EQ(fdk_tty_close(&b), 0);
    } else {
        ASSERT_ERR(r, EBUSY);
    }
    ASSERT_EQ(fdk_tty_close(&a), 0);
    /* the tty outlives the holder (the pair is open): its exclusive bit stays until turned off */
    ASSERT_EQ(fdk_tty_exclusive(s, 0), 0);
    ASSERT_OK(fdk_tty_open(&b, name, FDK_TTY_EXCL));
    ASSERT_EQ(fdk_tty_close(&b), 0);
    ASSERT_EQ(fdk_tty_exclusive(s, 0), 0);
    close_pair(&m, &s);
}

/* ---- EINTR ---------------------------------------------------------------------------------- */

/*
 * Calls that cannot wait retry EINTR (the result is what the real call
 * says, one more ioctl was made); drain, send_break and modem_wait hand it
 * back after one call.
 */
static void test_eintr(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct fdk_tty_winsize ws = {10, 20, 0, 0};
    struct fdk_tty_rs485 rs = {FDK_TTY_RS485_ENABLED, 0, 0};
    struct fdk_tty_icount ic;
    unsigned int lines;

    open_pair(&m, &s, 0);

#define RETRIED(expr, want, ncalls)                                                                \
    do {                                                                                           \
        fdk_inject_reset();                                                                        \
        fdk_inject_fail("ioctl", 1, 1, EINTR);                                                     \
        ASSERT_EQ((expr), (want));                                                                 \
        ASSERT_EQ(fdk_inject_fired(), 1);                                                          \
        ASSERT_EQ(fdk_inject_calls("ioctl"), (ncalls));                                            \
    } while (0)

    RETRIED(fdk_tty_modem_get(s, &lines), -ENOTTY, 2);
    RETRIED(fdk_tty_modem_set(s, FDK_TTY_DTR), -ENOTTY, 2); /* TIOCMGET: retried, then its ENOTTY */
    RETRIED(fdk_tty_modem_raise(s, FDK_TTY_DTR), -ENOTTY, 2);
    RETRIED(fdk_tty_modem_lower(s, FDK_TTY_DTR), -ENOTTY, 2);
    RETRIED(fdk_tty_icount(s, &ic), -ENOTTY, 2);
    RETRIED(fdk_tty_rs485_get(s, &rs), -ENOTTY, 2);
    RETRIED(fdk_tty_rs485_set(s, &rs), -ENOTTY, 3); /* get (EINTR, ENOTTY), then set (ENOTTY) */
    RETRIED(fdk_tty_break(s, 1), 0, 2);
    RETRIED(fdk_tty_break(s, 0), 0, 2);
    RETRIED(fdk_tty_flush(s, FDK_TTY_BOTH), 0, 2);
    RETRIED(fdk_tty_flow(s, FDK_TTY_RESUME_OUTPUT), 0, 2);
    RETRIED(fdk_tty_session(s), -ENOTTY, 2);
    RETRIED(fdk_tty_winsize_set(m, &ws), 0, 2);
    RETRIED(fdk_tty_winsize_get(s, &ws), 0, 2);
    ASSERT_EQ(ws.rows, 10);
    RETRIED(fdk_tty_exclusive(s, 1), 0, 2);
    RETRIED(fdk_tty_exclusive(s, 0), 0, 2);
#undef RETRIED

#define RETURNED(expr)                                                                             \
    do {                                                                                           \
        fdk_inject_reset();                                                                        \
        fdk_inject_fail("ioctl", 1, 1, EINTR);                                                     \
        ASSERT_ERR((expr), EINTR);                                                                 \
        ASSERT_EQ(fdk_inject_calls("ioctl"), 1);                                                   \
    } while (0)

    RETURNED(fdk_tty_drain(s));
    RETURNED(fdk_tty_send_break(s));
    RETURNED(fdk_tty_modem_wait(s, FDK_TTY_CTS));
#undef RETURNED
    fdk_inject_reset();
    close_pair(&m, &s);
}

/*
 * Other failures of the calls that read before they write: modem_set stops
 * at a failed TIOCMGET; rs485_set goes on without the current flags only
 * when the driver cannot report them (ENOTTY), and stops at anything else.
 */
static void test_read_before_write(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    struct fdk_tty_rs485 rs = {FDK_TTY_RS485_ENABLED | FDK_TTY_RS485_RTS_ON_SEND, 10, 20};

    open_pair(&m, &s, 0);
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EIO);
    ASSERT_ERR(fdk_tty_modem_set(s, FDK_TTY_RTS), EIO);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EIO);
    ASSERT_ERR(fdk_tty_rs485_set(s, &rs), EIO);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);

    /* a pty: the get says ENOTTY, the set is still asked (and says ENOTTY too) */
    fdk_inject_reset();
    ASSERT_ERR(fdk_tty_rs485_set(s, &rs), ENOTTY);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 2);
    fdk_inject_reset();
    close_pair(&m, &s);
}

int main(void)
{
    tty_test_start(45);

    RUN(test_bad_fd);
    RUN(test_closed_fd);
    RUN(test_invalid_args);
    RUN(test_not_a_tty);
    RUN(test_pty_has_no_modem_lines_or_rs485);
    RUN(test_break);
    RUN(test_flush);
    RUN(test_drain);
    RUN(test_flow_output);
    RUN(test_flow_input);
    RUN(test_session_no_ctty);
    RUN(test_session_and_sigwinch);
    RUN(test_session_seen_from_master);
    RUN(test_winsize);
    RUN(test_exclusive_toggle);
    RUN(test_excl_open_flag);
    RUN(test_eintr);
    RUN(test_read_before_write);
    return 0;
}
