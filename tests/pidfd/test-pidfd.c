/* SPDX-License-Identifier: MIT */
/*
 * fdk_pidfd behaviour with real children: the descriptor turns readable when
 * its process exits, waits decode exits, kills and stops, signals go through
 * the descriptor, NOHANG / NOWAIT do what they say, and injected failures
 * (ENOSYS from pidfd_open, EINTR from waitid and pidfd_send_signal) come back
 * as documented.  Every child is reaped: the last case checks that none is
 * left behind.
 */
#include "fdk-test.h"

#include <pthread.h>
#include "fdk-inject.h"

#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* 1 if every byte of p is b: out-parameters keep their fill on failure. */
static int bytes_are(const void *p, size_t n, unsigned char b)
{
    const unsigned char *c = p;
    size_t i;
    for (i = 0; i < n; i++)
        if (c[i] != b)
            return 0;
    return 1;
}

/* A child that runs until told to go (the write end of its pipe closes), then _exit(code). */
struct kid {
    pid_t pid;
    int go; /* write end: closing it lets the child exit; -1 once closed */
};

static struct kid spawn(int code)
{
    struct kid k;
    int p[2];
    char c;

    fdk_inject_reset(); /* no armed rule may fire inside the child */
    if (pipe2(p, O_CLOEXEC) < 0)
        fdk_test_fail(__FILE__, __LINE__, "pipe2: %s", strerror(errno));
    k.pid = fork();
    if (k.pid < 0)
        fdk_test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
    if (k.pid == 0) {
        close(p[1]);
        while (read(p[0], &c, 1) < 0 && errno == EINTR)
            ;
        _exit(code);
    }
    close(p[0]);
    k.go = p[1];
    return k;
}

/* A child that exits with code at once. */
static pid_t spawn_exiting(int code)
{
    pid_t pid;

    fdk_inject_reset();
    pid = fork();
    if (pid < 0)
        fdk_test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
    if (pid == 0)
        _exit(code);
    return pid;
}

static void release(struct kid *k)
{
    if (k->go >= 0) {
        close(k->go);
        k->go = -1;
    }
}

/* Open a pidfd for pid, checking what every pidfd must be. */
static fdk_pidfd open_checked(pid_t pid, unsigned int flags)
{
    fdk_pidfd h = FDK_HANDLE_INIT;

    ASSERT_OK(fdk_pidfd_open(&h, pid, flags));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_EQ(fdk_test_is_nonblock(h.fd), (flags & FDK_PIDFD_NONBLOCK) != 0);
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_PIDFD);
    return h;
}

/* poll() the pidfd for POLLIN: 1 readable, 0 not within ms. */
static int readable(fdk_pidfd h, int ms)
{
    struct pollfd pfd = {.fd = h.fd, .events = POLLIN};
    int r;

    do
        r = poll(&pfd, 1, ms);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        fdk_test_fail(__FILE__, __LINE__, "poll: %s", strerror(errno));
    return r == 1 && (pfd.revents & POLLIN);
}

static void assert_child(const struct fdk_siginfo *si, pid_t pid, int code, enum fdk_child_event ev,
                         int status)
{
    ASSERT_EQ(si->signo, SIGCHLD);
    ASSERT_EQ(si->code, code);
    ASSERT_EQ(si->origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(si->detail_kind, FDK_SIG_DETAIL_CHILD);
    ASSERT_TRUE(si->has_sender);
    ASSERT_EQ(si->pid, pid);
    ASSERT_EQ(si->uid, getuid());
    ASSERT_EQ(si->detail.child.event, ev);
    ASSERT_EQ(si->detail.child.status, status);
}

/* Kill the child through its pidfd and reap it. */
static void kill_and_reap(fdk_pidfd h, pid_t pid)
{
    struct fdk_siginfo si;

    ASSERT_OK(fdk_pidfd_send_signal(h, SIGKILL));
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, pid, CLD_KILLED, FDK_CHILD_KILLED, SIGKILL);
}

/* ---- cases ------------------------------------------------------------- */

static void test_open_child_flags(void)
{
    struct kid k = spawn(0);
    fdk_pidfd a = open_checked(k.pid, 0);
    fdk_pidfd b = open_checked(k.pid, FDK_PIDFD_NONBLOCK);

    /* Both refer to the same process: either can signal it. */
    ASSERT_OK(fdk_pidfd_send_signal(b, 0));
    kill_and_reap(a, k.pid);
    release(&k);
    ASSERT_OK(fdk_pidfd_close(&a));
    ASSERT_OK(fdk_pidfd_close(&b));
}

/* POLLIN exactly when the child exits; wait gives its exit code and pid. */
static void test_readable_on_exit_and_exit_code(void)
{
    struct kid k = spawn(7);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;

    ASSERT_TRUE(!readable(h, 0));
    ASSERT_TRUE(!readable(h, 50)); /* still running */
    release(&k);
    ASSERT_TRUE(readable(h, 20000));
    memset(&si, 0x5a, sizeof si);
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, k.pid, CLD_EXITED, FDK_CHILD_EXITED, 7);
    ASSERT_EQ(si.err, 0);
    ASSERT_TRUE(!si.realtime);
    /* Reaped: a second wait finds no child. */
    ASSERT_ERR(fdk_pidfd_wait(h, &si, 0), ECHILD);
    ASSERT_OK(fdk_pidfd_close(&h));
}

static void test_send_sigkill(void)
{
    struct kid k = spawn(0);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;

    ASSERT_OK(fdk_pidfd_send_signal(h, SIGKILL));
    ASSERT_TRUE(readable(h, 20000));
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, k.pid, CLD_KILLED, FDK_CHILD_KILLED, 9);
    release(&k);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* signo 0 probes; after reaping the process is gone, even though the fd lives on. */
static void test_signal_zero_and_esrch(void)
{
    struct kid k = spawn(3);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;

    ASSERT_OK(fdk_pidfd_send_signal(h, 0));
    release(&k);
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, k.pid, CLD_EXITED, FDK_CHILD_EXITED, 3);
    ASSERT_ERR(fdk_pidfd_send_signal(h, 0), ESRCH);
    ASSERT_ERR(fdk_pidfd_send_signal(h, SIGTERM), ESRCH);
    ASSERT_OK(fdk_pidfd_close(&h));
}

static void test_signal_invalid_signo(void)
{
    struct kid k = spawn(0);
    fdk_pidfd h = open_checked(k.pid, 0);

    fdk_inject_reset();
    ASSERT_ERR(fdk_pidfd_send_signal(h, -1), EINVAL);
    ASSERT_ERR(fdk_pidfd_send_signal(h, INT_MIN), EINVAL);
    ASSERT_ERR(fdk_pidfd_send_signal(h, SIGRTMAX + 1), EINVAL);
    ASSERT_ERR(fdk_pidfd_send_signal(h, INT_MAX), EINVAL);
    ASSERT_EQ(fdk_inject_calls("syscall"), 0); /* rejected before the system call */
    ASSERT_OK(fdk_pidfd_send_signal(h, 0));    /* and the child was not touched */
    kill_and_reap(h, k.pid);
    release(&k);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* A descriptor that is open but not a pidfd: both calls give EBADF (not EINVAL). */
static void test_not_a_pidfd(void)
{
    fdk_pidfd h = fdk_pidfd_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    struct fdk_siginfo si;
    int r;

    ASSERT_TRUE(h.fd >= 0);
    r = fdk_pidfd_send_signal(h, 0);
    ASSERT_ERR(r, EBADF);
    memset(&si, 0x5a, sizeof si);
    r = fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOHANG);
    ASSERT_ERR(r, EBADF);
    ASSERT_TRUE(bytes_are(&si, sizeof si, 0x5a));
    ASSERT_OK(fdk_pidfd_close(&h));
}

static void test_wait_nohang_running(void)
{
    struct kid k = spawn(5);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;

    memset(&si, 0x5a, sizeof si);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOHANG), EAGAIN);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOHANG | FDK_PIDFD_WAIT_STOPPED), EAGAIN);
    ASSERT_TRUE(bytes_are(&si, sizeof si, 0x5a)); /* untouched */
    release(&k);
    ASSERT_TRUE(readable(h, 20000));
    /* Once it has exited, NOHANG reports it. */
    ASSERT_OK(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOHANG));
    assert_child(&si, k.pid, CLD_EXITED, FDK_CHILD_EXITED, 5);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* A NONBLOCK pidfd: a plain wait on a running child is -EAGAIN (Linux 5.10). */
static void test_wait_nonblock_pidfd(void)
{
    struct kid k = spawn(6);
    fdk_pidfd h = open_checked(k.pid, FDK_PIDFD_NONBLOCK);
    struct fdk_siginfo si;
    int r;

    memset(&si, 0x5a, sizeof si);
    r = fdk_pidfd_wait(h, &si, 0);
    release(&k);
    ASSERT_ERR(r, EAGAIN);
    ASSERT_TRUE(bytes_are(&si, sizeof si, 0x5a));
    ASSERT_TRUE(readable(h, 20000));
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, k.pid, CLD_EXITED, FDK_CHILD_EXITED, 6);
    ASSERT_OK(fdk_pidfd_close(&h));
}

static void test_wait_stopped_continued(void)
{
    struct kid k = spawn(0);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;

    ASSERT_OK(fdk_pidfd_send_signal(h, SIGSTOP));
    ASSERT_OK(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_STOPPED));
    assert_child(&si, k.pid, CLD_STOPPED, FDK_CHILD_STOPPED, SIGSTOP);
    /* Stopped is reported once; a plain NOHANG wait sees nothing more. */
    ASSERT_ERR(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOHANG | FDK_PIDFD_WAIT_STOPPED), EAGAIN);

    ASSERT_OK(fdk_pidfd_send_signal(h, SIGCONT));
    ASSERT_OK(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_CONTINUED));
    assert_child(&si, k.pid, CLD_CONTINUED, FDK_CHILD_CONTINUED, SIGCONT);

    kill_and_reap(h, k.pid);
    release(&k);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* NOWAIT reports the exit but leaves the zombie for a later wait. */
static void test_wait_nowait(void)
{
    pid_t pid = spawn_exiting(7);
    fdk_pidfd h = open_checked(pid, 0);
    struct fdk_siginfo si;

    ASSERT_OK(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOWAIT));
    assert_child(&si, pid, CLD_EXITED, FDK_CHILD_EXITED, 7);
    ASSERT_OK(fdk_pidfd_send_signal(h, 0)); /* a zombie can still be signalled */
    memset(&si, 0, sizeof si);
    ASSERT_OK(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOWAIT | FDK_PIDFD_WAIT_NOHANG));
    assert_child(&si, pid, CLD_EXITED, FDK_CHILD_EXITED, 7);
    memset(&si, 0, sizeof si);
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0)); /* reaps */
    assert_child(&si, pid, CLD_EXITED, FDK_CHILD_EXITED, 7);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, 0), ECHILD);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* A process that is not our child can be opened and probed, never waited for. */
static void test_wait_not_child(void)
{
    pid_t other = getppid();
    fdk_pidfd h = FDK_HANDLE_INIT;
    struct fdk_siginfo si;

    if (other <= 0)
        other = 1; /* the parent lives outside our pid namespace */
    if (other == getpid())
        return; /* we are init: nothing else is certain to exist */
    h = open_checked(other, 0);
    memset(&si, 0x5a, sizeof si);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, 0), ECHILD);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, FDK_PIDFD_WAIT_NOHANG), ECHILD);
    ASSERT_TRUE(bytes_are(&si, sizeof si, 0x5a));
    ASSERT_OK(fdk_pidfd_close(&h));
}

static void test_open_bad_pid(void)
{
    fdk_pidfd h = {.fd = -7};
    int r;

    fdk_inject_reset();
    ASSERT_ERR(fdk_pidfd_open(&h, 0, 0), EINVAL);
    ASSERT_ERR(fdk_pidfd_open(&h, -1, 0), EINVAL);
    ASSERT_ERR(fdk_pidfd_open(&h, INT_MIN, 0), EINVAL);
    ASSERT_EQ(fdk_inject_calls("syscall"), 0);
    ASSERT_EQ(h.fd, -7);

    /* PID_MAX_LIMIT is 4194304: pids are below it, so this one never exists. */
    r = fdk_pidfd_open(&h, 4194304, 0);
    ASSERT_TRUE(r == -ESRCH || r == -EINVAL);
    ASSERT_EQ(h.fd, -7);
    r = fdk_pidfd_open(&h, INT_MAX, 0);
    ASSERT_TRUE(r == -ESRCH || r == -EINVAL);
    ASSERT_EQ(h.fd, -7);
}

/* A reaped child's pid names nothing (unless already reused, which this test tolerates). */
static void test_open_reaped(void)
{
    pid_t pid = spawn_exiting(0);
    fdk_pidfd h = open_checked(pid, 0);
    fdk_pidfd g = {.fd = -7};
    struct fdk_siginfo si;
    int r;

    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    r = fdk_pidfd_open(&g, pid, 0);
    if (r == 0) {
        /* Another process took the number in between: fine, but it is not ours. */
        ASSERT_ERR(fdk_pidfd_wait(g, &si, FDK_PIDFD_WAIT_NOHANG), ECHILD);
        ASSERT_OK(fdk_pidfd_close(&g));
    } else {
        ASSERT_ERR(r, ESRCH);
        ASSERT_EQ(g.fd, -7);
    }
    ASSERT_OK(fdk_pidfd_close(&h));
}

static void test_inject_open_enosys(void)
{
#ifdef SYS_pidfd_open
    fdk_pidfd h = {.fd = -7};

    fdk_inject_reset();
    fdk_inject_fail_syscall(SYS_pidfd_open, 1, 1, ENOSYS);
    ASSERT_ERR(fdk_pidfd_open(&h, getpid(), 0), ENOSYS);
    ASSERT_EQ(h.fd, -7);
    ASSERT_EQ(fdk_inject_calls("syscall"), 1); /* no fallback, no retry */
    ASSERT_EQ(fdk_inject_fired(), 1);
    fdk_inject_fail_syscall(SYS_pidfd_open, 1, 1, EMFILE);
    ASSERT_ERR(fdk_pidfd_open(&h, getpid(), FDK_PIDFD_NONBLOCK), EMFILE);
    ASSERT_EQ(h.fd, -7);
    fdk_inject_reset();
#endif
}

/* EINTR from pidfd_send_signal is retried, and the signal is sent once. */
static void test_inject_send_signal_eintr(void)
{
#ifdef SYS_pidfd_send_signal
    struct kid k = spawn(0);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;

    fdk_inject_reset();
    fdk_inject_fail_syscall(SYS_pidfd_send_signal, 1, 2, EINTR);
    ASSERT_OK(fdk_pidfd_send_signal(h, SIGKILL));
    ASSERT_EQ(fdk_inject_calls("syscall"), 3);
    ASSERT_EQ(fdk_inject_fired(), 2);
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, k.pid, CLD_KILLED, FDK_CHILD_KILLED, SIGKILL);

    /* Other errors come back at once. */
    fdk_inject_reset();
    fdk_inject_fail_syscall(SYS_pidfd_send_signal, 1, 1, EPERM);
    ASSERT_ERR(fdk_pidfd_send_signal(h, 0), EPERM);
    ASSERT_EQ(fdk_inject_calls("syscall"), 1);
    fdk_inject_reset();
    release(&k);
    ASSERT_OK(fdk_pidfd_close(&h));
#endif
}

/* EINTR from waitid is handed back after exactly one call; out is untouched. */
static void test_inject_wait_eintr(void)
{
    pid_t pid = spawn_exiting(4);
    fdk_pidfd h = open_checked(pid, 0);
    struct fdk_siginfo si;

    fdk_inject_reset();
    fdk_inject_fail("waitid", 1, 1, EINTR);
    memset(&si, 0x5a, sizeof si);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("waitid"), 1);
    ASSERT_EQ(fdk_inject_fired(), 1);
    ASSERT_TRUE(bytes_are(&si, sizeof si, 0x5a));
    /* The child was not reaped by the failed call. */
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, pid, CLD_EXITED, FDK_CHILD_EXITED, 4);
    ASSERT_EQ(fdk_inject_calls("waitid"), 2);
    fdk_inject_reset();
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* A real signal handler (no SA_RESTART) ends a blocking wait with -EINTR. */
static volatile sig_atomic_t alarms;
static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
}

static void test_wait_interrupted_by_handler(void)
{
    struct kid k = spawn(2);
    fdk_pidfd h = open_checked(k.pid, 0);
    struct fdk_siginfo si;
    struct sigaction sa;
    timer_t t;
    struct sigevent sev;
    struct itimerspec its;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    ASSERT_EQ(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
    memset(&its, 0, sizeof its);
    its.it_value.tv_nsec = 50 * 1000 * 1000;
    its.it_interval.tv_nsec = 50 * 1000 * 1000; /* again, in case the first lands before the wait */
    ASSERT_EQ(timer_settime(t, 0, &its, NULL), 0);

    memset(&si, 0x5a, sizeof si);
    ASSERT_ERR(fdk_pidfd_wait(h, &si, 0), EINTR);
    ASSERT_TRUE(alarms > 0);
    ASSERT_TRUE(bytes_are(&si, sizeof si, 0x5a));

    ASSERT_EQ(timer_delete(t), 0);
    /* The handler stays: a tick may still be pending, and SIGUSR1's default would kill us. */
    release(&k);
    ASSERT_OK(fdk_pidfd_wait(h, &si, 0));
    assert_child(&si, k.pid, CLD_EXITED, FDK_CHILD_EXITED, 2);
    ASSERT_OK(fdk_pidfd_close(&h));
}

/* Every child of every case has been reaped: no zombie is left. */
static void test_no_children_left(void)
{
    int status;
    ASSERT_EQ(waitpid(-1, &status, WNOHANG), -1);
    ASSERT_EQ(errno, ECHILD);
}

/* A thread that is not the group leader: -ESRCH, whatever the kernel says for it. */
static int thread_tid;
static int thread_go;

static void *thread_main(void *arg)
{
    (void)arg;
    __atomic_store_n(&thread_tid, (int)gettid(), __ATOMIC_SEQ_CST);
    while (!__atomic_load_n(&thread_go, __ATOMIC_SEQ_CST))
        usleep(1000);
    return NULL;
}

static void test_open_thread_is_esrch(void)
{
    fdk_pidfd p = {.fd = -7};
    pthread_t t;

    ASSERT_EQ(pthread_create(&t, NULL, thread_main, NULL), 0);
    while (!__atomic_load_n(&thread_tid, __ATOMIC_SEQ_CST))
        usleep(1000);
    ASSERT_TRUE(thread_tid != getpid());
    ASSERT_ERR(fdk_pidfd_open(&p, thread_tid, 0), ESRCH);
    ASSERT_ERR(fdk_pidfd_open(&p, thread_tid, FDK_PIDFD_NONBLOCK), ESRCH);
    ASSERT_EQ(p.fd, -7); /* not written */
    __atomic_store_n(&thread_go, 1, __ATOMIC_SEQ_CST);
    ASSERT_EQ(pthread_join(t, NULL), 0);
}

int main(void)
{
    fdk_pidfd probe = FDK_HANDLE_INIT;
    int r;

    alarm(45);
    r = fdk_pidfd_open(&probe, getpid(), 0);
    if (r == -ENOSYS)
        /* Linux < 5.3, or a tool that does not know the call (valgrind < 3.20). */
        fdk_test_skip("pidfd_open gives ENOSYS: the kernel (< 5.3) or valgrind (< 3.20) lacks it");
    ASSERT_OK(r);
    ASSERT_OK(fdk_pidfd_close(&probe));

    RUN(test_open_child_flags);
    RUN(test_open_thread_is_esrch);
    RUN(test_readable_on_exit_and_exit_code);
    RUN(test_send_sigkill);
    RUN(test_signal_zero_and_esrch);
    RUN(test_signal_invalid_signo);
    RUN(test_not_a_pidfd);
    RUN(test_wait_nohang_running);
    RUN(test_wait_nonblock_pidfd);
    RUN(test_wait_stopped_continued);
    RUN(test_wait_nowait);
    RUN(test_wait_not_child);
    RUN(test_open_bad_pid);
    RUN(test_open_reaped);
    RUN(test_inject_open_enosys);
    RUN(test_inject_send_signal_eintr);
    RUN(test_inject_wait_eintr);
    RUN(test_wait_interrupted_by_handler);
    RUN(test_no_children_left);
    return 0;
}
