/* SPDX-License-Identifier: MIT */
/*
 * fdk_signal_reap_children(): every exited child is reaped exactly once with
 * its real fate, however many exits one SIGCHLD stands for; stopped and
 * continued children show up as SIGCHLD records on a signalfd but are never
 * reaped; max bounds one call and the rest come on the next; no children at
 * all is -ECHILD.  Every case ends with no child left, zombie or alive.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>

/* ---- helpers ------------------------------------------------------------ */

/* SIGCHLD blocked and read from a signalfd, for the length of one case. */
struct chld {
    sigset_t old_mask;
    fdk_signalfd sfd;
};

static void chld_begin(struct chld *c)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &c->old_mask), 0);
    c->sfd.fd = -1;
    ASSERT_OK(fdk_signalfd_open(&c->sfd, &set, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK));
}

static void assert_no_children(void)
{
    siginfo_t si;
    ASSERT_TRUE(waitid(P_ALL, 0, &si, WEXITED | WNOHANG) < 0 && errno == ECHILD);
}

static void chld_end(struct chld *c)
{
    static const struct timespec zero = {0, 0};
    sigset_t set;
    assert_no_children(); /* no zombie, no running child left behind */
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    while (sigtimedwait(&set, NULL, &zero) > 0) /* the SIGCHLDs nobody read */
        ;
    ASSERT_OK(fdk_signalfd_close(&c->sfd));
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &c->old_mask, NULL), 0);
}

/* Next SIGCHLD record, waiting up to 2 s for it. */
static struct fdk_siginfo next_sigchld(fdk_signalfd sfd)
{
    struct pollfd p = {.fd = sfd.fd, .events = POLLIN};
    struct signalfd_siginfo rec;
    struct fdk_siginfo info;
    int r;
    do
        r = poll(&p, 1, 2000);
    while (r < 0 && errno == EINTR);
    if (r != 1)
        fdk_test_fail(__FILE__, __LINE__, "no SIGCHLD within 2 s");
    ASSERT_EQ(fdk_signalfd_read(sfd, &rec, 1), 1);
    ASSERT_OK(fdk_signal_decode(&rec, &info));
    ASSERT_EQ(info.signo, SIGCHLD);
    return info;
}

/*
 * A child that waits for a byte (or EOF) on gate, then exits with code.
 * The parent keeps only the write end.
 */
static pid_t spawn_gated(int gate_r, int gate_w, int code)
{
    pid_t pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        char b;
        ssize_t n;
        close(gate_w);
        do
            n = read(gate_r, &b, 1);
        while (n < 0 && errno == EINTR);
        _exit(code);
    }
    return pid;
}

/* Wait (up to 2 s) until pid has exited but is not reaped yet. */
static void wait_zombie(pid_t pid)
{
    int i;
    for (i = 0; i < 2000; i++) {
        siginfo_t si;
        memset(&si, 0, sizeof si);
        ASSERT_EQ(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT), 0);
        if (si.si_pid == pid)
            return;
        usleep(1000);
    }
    fdk_test_fail(__FILE__, __LINE__, "child %d did not exit within 2 s", (int)pid);
}

static const struct fdk_siginfo *find_pid(const struct fdk_siginfo *r, int n, pid_t pid)
{
    const struct fdk_siginfo *hit = NULL;
    int i;
    for (i = 0; i < n; i++)
        if (r[i].pid == pid) {
            if (hit)
                fdk_test_fail(__FILE__, __LINE__, "child %d reaped twice", (int)pid);
            hit = &r[i];
        }
    if (!hit)
        fdk_test_fail(__FILE__, __LINE__, "child %d was not reaped", (int)pid);
    return hit;
}

static void assert_child(const struct fdk_siginfo *r, enum fdk_child_event ev, int status)
{
    ASSERT_EQ(r->signo, SIGCHLD);
    ASSERT_EQ(r->origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(r->detail_kind, FDK_SIG_DETAIL_CHILD);
    ASSERT_EQ(r->detail.child.event, ev);
    ASSERT_EQ(r->detail.child.status, status);
    ASSERT_EQ(r->uid, getuid());
}

/* ---- cases -------------------------------------------------------------- */

static void test_fates_and_stop_continue(void)
{
    struct chld c;
    struct fdk_siginfo got[16], info;
    int gate[2], total = 0, r, i;
    pid_t exits3, killed, stopper;

    chld_begin(&c);
    ASSERT_EQ(pipe2(gate, O_CLOEXEC), 0);

    /*
     * Stop and continue first, with nothing else in flight: SIGCHLD is a
     * standard signal, so a second one while the first is pending is lost.
     */
    stopper = spawn_gated(gate[0], gate[1], 0);
    ASSERT_EQ(kill(stopper, SIGSTOP), 0);
    info = next_sigchld(c.sfd);
    ASSERT_EQ(info.code, CLD_STOPPED);
    ASSERT_EQ(info.pid, stopper);
    ASSERT_TRUE(info.has_sender);
    assert_child(&info, FDK_CHILD_STOPPED, SIGSTOP);

    ASSERT_EQ(fdk_signal_reap_children(got, 16), 0); /* stopped is not exited */

    ASSERT_EQ(kill(stopper, SIGCONT), 0);
    info = next_sigchld(c.sfd);
    ASSERT_EQ(info.code, CLD_CONTINUED);
    ASSERT_EQ(info.pid, stopper);
    assert_child(&info, FDK_CHILD_CONTINUED, SIGCONT);
    ASSERT_EQ(fdk_signal_reap_children(got, 16), 0);

    /* One that exits 3, one that is killed, and the stopper released to exit 0. */
    exits3 = fork();
    ASSERT_TRUE(exits3 >= 0);
    if (exits3 == 0)
        _exit(3);
    killed = spawn_gated(gate[0], gate[1], 99);
    ASSERT_EQ(kill(killed, SIGKILL), 0);
    ASSERT_EQ(write(gate[1], "x", 1), 1); /* exactly one byte: only one child can take it */
    (void)next_sigchld(c.sfd);           /* at least one has exited */

    /*
     * Reap until -ECHILD.  The byte may still reach the dying child; then the
     * stopper is released by EOF instead.
     */
    ASSERT_EQ(close(gate[0]), 0);
    ASSERT_EQ(close(gate[1]), 0);
    for (i = 0; i < 2000; i++) {
        r = fdk_signal_reap_children(got + total, (size_t)(16 - total));
        if (r == -ECHILD)
            break;
        ASSERT_OK(r);
        total += r;
        if (r == 0)
            usleep(1000);
    }
    ASSERT_ERR(fdk_signal_reap_children(got, 16), ECHILD);
    ASSERT_EQ(total, 3);

    assert_child(find_pid(got, total, exits3), FDK_CHILD_EXITED, 3);
    assert_child(find_pid(got, total, stopper), FDK_CHILD_EXITED, 0);
    /* SIGKILL was sent before the byte: even if that child took the byte, it dies of SIGKILL. */
    assert_child(find_pid(got, total, killed), FDK_CHILD_KILLED, SIGKILL);
    chld_end(&c);
}

/* Three children exit together, one SIGCHLD is read, and one call reaps all three. */
static void test_one_sigchld_many_exits(void)
{
    struct chld c;
    struct fdk_siginfo got[8], info;
    int gate[2], i;
    pid_t pid[3];

    chld_begin(&c);
    ASSERT_EQ(pipe2(gate, O_CLOEXEC), 0);
    for (i = 0; i < 3; i++)
        pid[i] = spawn_gated(gate[0], gate[1], 10 + i);
    ASSERT_EQ(close(gate[0]), 0);
    ASSERT_EQ(close(gate[1]), 0); /* EOF: all three exit at once */

    info = next_sigchld(c.sfd);
    ASSERT_EQ(info.code, CLD_EXITED);
    for (i = 0; i < 3; i++)
        wait_zombie(pid[i]);

    ASSERT_EQ(fdk_signal_reap_children(got, 8), 3);
    for (i = 0; i < 3; i++)
        assert_child(find_pid(got, 3, pid[i]), FDK_CHILD_EXITED, 10 + i);
    ASSERT_ERR(fdk_signal_reap_children(got, 8), ECHILD);
    chld_end(&c);
}

/* max smaller than the number of zombies: max now, the rest on the next call. */
static void test_max_bounds_one_call(void)
{
    struct chld c;
    struct fdk_siginfo got[8];
    int gate[2], i;
    pid_t pid[3];

    chld_begin(&c);
    ASSERT_EQ(pipe2(gate, O_CLOEXEC), 0);
    for (i = 0; i < 3; i++)
        pid[i] = spawn_gated(gate[0], gate[1], 20 + i);
    ASSERT_EQ(close(gate[0]), 0);
    ASSERT_EQ(close(gate[1]), 0);
    for (i = 0; i < 3; i++)
        wait_zombie(pid[i]);

    memset(got, 0xa5, sizeof got);
    ASSERT_EQ(fdk_signal_reap_children(got, 2), 2);
    {
        /* Nothing is written past max. */
        const unsigned char *tail = (const unsigned char *)&got[2];
        size_t k;
        for (k = 0; k < sizeof got[2]; k++)
            ASSERT_EQ(tail[k], 0xa5);
    }
    ASSERT_EQ(fdk_signal_reap_children(got + 2, 6), 1);
    for (i = 0; i < 3; i++)
        assert_child(find_pid(got, 3, pid[i]), FDK_CHILD_EXITED, 20 + i);
    ASSERT_ERR(fdk_signal_reap_children(got, 8), ECHILD);
    chld_end(&c);
}

static void test_no_children_and_arguments(void)
{
    struct fdk_siginfo got[2];
    memset(got, 0x5a, sizeof got);
    assert_no_children();
    ASSERT_ERR(fdk_signal_reap_children(got, 2), ECHILD);
    ASSERT_ERR(fdk_signal_reap_children(NULL, 2), EINVAL);
    ASSERT_ERR(fdk_signal_reap_children(got, 0), EINVAL);
    {
        const unsigned char *b = (const unsigned char *)got;
        size_t k;
        for (k = 0; k < sizeof got; k++)
            ASSERT_EQ(b[k], 0x5a); /* out untouched on failure */
    }
}

/* A running child: 0 (nothing exited yet), not -ECHILD. */
static void test_running_child_is_zero(void)
{
    struct chld c;
    struct fdk_siginfo got[2];
    int gate[2];
    pid_t pid;

    chld_begin(&c);
    ASSERT_EQ(pipe2(gate, O_CLOEXEC), 0);
    pid = spawn_gated(gate[0], gate[1], 5);
    ASSERT_EQ(fdk_signal_reap_children(got, 2), 0);
    ASSERT_EQ(close(gate[0]), 0);
    ASSERT_EQ(close(gate[1]), 0);
    wait_zombie(pid);
    ASSERT_EQ(fdk_signal_reap_children(got, 2), 1);
    ASSERT_EQ(got[0].pid, pid);
    assert_child(&got[0], FDK_CHILD_EXITED, 5);
    ASSERT_ERR(fdk_signal_reap_children(got, 2), ECHILD);
    chld_end(&c);
}

int main(void)
{
    alarm(45); /* watchdog */
    RUN(test_no_children_and_arguments);
    RUN(test_running_child_is_zero);
    RUN(test_fates_and_stop_continue);
    RUN(test_one_sigchld_many_exits);
    RUN(test_max_bounds_one_call);
    return 0;
}
