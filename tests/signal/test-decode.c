/* SPDX-License-Identifier: MIT */
/*
 * Decoding signal records: each event is received twice, once as a
 * siginfo_t (sigtimedwait) and once as a struct signalfd_siginfo (a raw
 * signalfd), and both decodes must agree field by field.  Then children
 * (exit code, SIGKILL), synthesised fault and seccomp records, POLL_IN from
 * F_SETSIG, a POSIX timer, the text forms and the error cases.
 */
#include "fdk-test.h"

#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

/* The signals this test receives; kept blocked for the whole run. */
static sigset_t g_mask;

static int rt(int n)
{
    return fdk_signal_rtmin() + n;
}

static void expect_same(const struct fdk_siginfo *a, const struct fdk_siginfo *b, int times)
{
    ASSERT_EQ(a->signo, b->signo);
    ASSERT_EQ(a->code, b->code);
    ASSERT_EQ(a->err, b->err);
    ASSERT_EQ(a->realtime, b->realtime);
    ASSERT_EQ(a->has_sender, b->has_sender);
    ASSERT_EQ(a->has_value, b->has_value);
    ASSERT_EQ(a->origin, b->origin);
    ASSERT_EQ(a->pid, b->pid);
    ASSERT_EQ(a->uid, b->uid);
    ASSERT_EQ(a->value_int, b->value_int);
    ASSERT_EQ_U64(a->value_ptr, b->value_ptr);
    ASSERT_EQ(a->detail_kind, b->detail_kind);
    switch (a->detail_kind) {
    case FDK_SIG_DETAIL_CHILD:
        ASSERT_EQ(a->detail.child.event, b->detail.child.event);
        ASSERT_EQ(a->detail.child.status, b->detail.child.status);
        if (times) {
            ASSERT_EQ_U64(a->detail.child.utime, b->detail.child.utime);
            ASSERT_EQ_U64(a->detail.child.stime, b->detail.child.stime);
        }
        break;
    case FDK_SIG_DETAIL_FAULT:
        ASSERT_EQ_U64(a->detail.fault.addr, b->detail.fault.addr);
        ASSERT_EQ(a->detail.fault.trapno, b->detail.fault.trapno);
        ASSERT_EQ(a->detail.fault.addr_lsb, b->detail.fault.addr_lsb);
        break;
    case FDK_SIG_DETAIL_IO:
        ASSERT_EQ(a->detail.io.band, b->detail.io.band);
        ASSERT_EQ(a->detail.io.fd, b->detail.io.fd);
        break;
    case FDK_SIG_DETAIL_SYS:
        ASSERT_EQ(a->detail.sys.syscall, b->detail.sys.syscall);
        ASSERT_EQ(a->detail.sys.arch, b->detail.sys.arch);
        ASSERT_EQ_U64(a->detail.sys.call_addr, b->detail.sys.call_addr);
        break;
    case FDK_SIG_DETAIL_TIMER:
        ASSERT_EQ(a->detail.timer.timerid, b->detail.timer.timerid);
        ASSERT_EQ(a->detail.timer.overrun, b->detail.timer.overrun);
        break;
    case FDK_SIG_DETAIL_NONE:
        break;
    }
}

static void take_siginfo(int signo, siginfo_t *si)
{
    sigset_t one;
    struct timespec ts = {10, 0};

    sigemptyset(&one);
    sigaddset(&one, signo);
    memset(si, 0, sizeof(*si));
    ASSERT_EQ(sigtimedwait(&one, si, &ts), signo);
}

/*
 * glibc's sigtimedwait() rewrites SI_TKILL to SI_USER (raise() uses tgkill);
 * the system call itself, a SA_SIGINFO handler and a signalfd all keep it.
 */
static void take_siginfo_raw(int signo, siginfo_t *si)
{
    sigset_t one;
    struct timespec ts = {10, 0};

    sigemptyset(&one);
    sigaddset(&one, signo);
    memset(si, 0, sizeof(*si));
    ASSERT_EQ(syscall(SYS_rt_sigtimedwait, &one, si, &ts, (size_t)(_NSIG / 8)), signo);
}

static void take_signalfd(int sfd, int signo, struct signalfd_siginfo *ssi)
{
    struct pollfd p = {.fd = sfd, .events = POLLIN};

    ASSERT_EQ(poll(&p, 1, 10000), 1);
    ASSERT_EQ(read(sfd, ssi, sizeof(*ssi)), (long long)sizeof(*ssi));
    ASSERT_EQ(ssi->ssi_signo, signo);
}

static int open_sfd(void)
{
    int sfd = signalfd(-1, &g_mask, SFD_CLOEXEC);
    if (sfd < 0)
        fdk_test_fail(__FILE__, __LINE__, "signalfd: %s", strerror(errno));
    ASSERT_TRUE(fdk_test_is_cloexec(sfd));
    return sfd;
}

/* Send the same way twice; decode one from each source; they must match. */
static void both_ways_via(void (*send)(int signo), int signo, struct fdk_siginfo *out,
                          void (*take)(int signo, siginfo_t *si))
{
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    int sfd = open_sfd();

    send(signo);
    take(signo, &si);
    send(signo);
    take_signalfd(sfd, signo, &ssi);
    close(sfd);

    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    expect_same(&a, &b, 1);
    *out = a;
}

static void both_ways(void (*send)(int signo), int signo, struct fdk_siginfo *out)
{
    both_ways_via(send, signo, out, take_siginfo);
}

static void send_kill(int signo)
{
    ASSERT_EQ(kill(getpid(), signo), 0);
}

static void send_tgkill(int signo)
{
    ASSERT_EQ(syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), signo), 0);
}

static void send_raise(int signo)
{
    ASSERT_EQ(raise(signo), 0);
}

static void send_queue42(int signo)
{
    union sigval v;
    memset(&v, 0, sizeof(v));
    v.sival_int = 42;
    ASSERT_EQ(sigqueue(getpid(), signo, v), 0);
}

static void send_queue_ptr7(int signo)
{
    union sigval v;
    memset(&v, 0, sizeof(v));
    v.sival_ptr = (void *)(uintptr_t)7;
    ASSERT_EQ(sigqueue(getpid(), signo, v), 0);
}

static void check_sender(const struct fdk_siginfo *d)
{
    ASSERT_EQ(d->has_sender, 1);
    ASSERT_EQ(d->pid, getpid());
    ASSERT_EQ(d->uid, getuid());
}

static void test_kill(void)
{
    struct fdk_siginfo d;
    char buf[128], want[128];

    both_ways(send_kill, SIGUSR1, &d);
    ASSERT_EQ(d.signo, SIGUSR1);
    ASSERT_EQ(d.code, SI_USER);
    ASSERT_EQ(d.origin, FDK_SIG_FROM_KILL);
    ASSERT_EQ(d.realtime, 0);
    check_sender(&d);
    ASSERT_EQ(d.has_value, 0);
    ASSERT_EQ(d.detail_kind, FDK_SIG_DETAIL_NONE);

    snprintf(want, sizeof(want), "SIGUSR1 (SI_USER) from kill by pid %d uid %u", (int)getpid(),
             (unsigned)getuid());
    ASSERT_EQ(fdk_signal_format(&d, buf, sizeof(buf)), (long long)strlen(want));
    ASSERT_STREQ(buf, want);
}

static void test_tgkill_and_raise(void)
{
    struct fdk_siginfo d;
    siginfo_t si;

    both_ways_via(send_tgkill, SIGUSR2, &d, take_siginfo_raw);
    ASSERT_EQ(d.code, SI_TKILL);
    ASSERT_EQ(d.origin, FDK_SIG_FROM_TKILL);
    check_sender(&d);
    ASSERT_EQ(d.has_value, 0);
    ASSERT_EQ(d.detail_kind, FDK_SIG_DETAIL_NONE);

    both_ways_via(send_raise, SIGUSR2, &d, take_siginfo_raw);
    ASSERT_EQ(d.code, SI_TKILL); /* glibc's raise is tgkill */
    ASSERT_EQ(d.origin, FDK_SIG_FROM_TKILL);
    check_sender(&d);

    /* What libc's sigtimedwait hands out is decoded as it says. */
    send_tgkill(SIGUSR2);
    take_siginfo(SIGUSR2, &si);
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &d));
    ASSERT_TRUE(d.origin == FDK_SIG_FROM_TKILL || d.origin == FDK_SIG_FROM_KILL);
    check_sender(&d);
}

static void test_sigqueue(void)
{
    struct fdk_siginfo d;
    char buf[160], want[160];

    both_ways(send_queue42, SIGUSR1, &d);
    ASSERT_EQ(d.code, SI_QUEUE);
    ASSERT_EQ(d.origin, FDK_SIG_FROM_SIGQUEUE);
    check_sender(&d);
    ASSERT_EQ(d.has_value, 1);
    ASSERT_EQ(d.value_int, 42);
    ASSERT_EQ_U64(d.value_ptr, 42);
    ASSERT_EQ(d.detail_kind, FDK_SIG_DETAIL_NONE);

    both_ways(send_queue_ptr7, rt(2), &d);
    ASSERT_EQ(d.signo, rt(2));
    ASSERT_EQ(d.realtime, 1);
    ASSERT_EQ(d.origin, FDK_SIG_FROM_SIGQUEUE);
    ASSERT_EQ(d.has_value, 1);
    ASSERT_EQ_U64(d.value_ptr, 7);
    ASSERT_EQ(d.value_int, 7); /* the low half of the pointer, little-endian */

    snprintf(want, sizeof(want),
             "SIGRTMIN+2 (SI_QUEUE) from sigqueue by pid %d uid %u: value 7 (ptr 0x7)",
             (int)getpid(), (unsigned)getuid());
    ASSERT_EQ(fdk_signal_format(&d, buf, sizeof(buf)), (long long)strlen(want));
    ASSERT_STREQ(buf, want);
}

/* Realtime signals queue: two records pending at once arrive in order. */
static void test_realtime_queue(void)
{
    struct fdk_siginfo d;
    union sigval v;
    siginfo_t si;
    struct signalfd_siginfo ssi;
    int sfd = open_sfd();

    memset(&v, 0, sizeof(v));
    v.sival_int = 1;
    ASSERT_EQ(sigqueue(getpid(), rt(1), v), 0);
    v.sival_int = 2;
    ASSERT_EQ(sigqueue(getpid(), rt(1), v), 0);
    take_siginfo(rt(1), &si);
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &d));
    ASSERT_EQ(d.value_int, 1);
    take_signalfd(sfd, rt(1), &ssi);
    ASSERT_OK(fdk_signal_decode(&ssi, &d));
    ASSERT_EQ(d.value_int, 2);
    ASSERT_EQ(d.realtime, 1);
    close(sfd);
}

static pid_t spawn_exit(int code)
{
    pid_t pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(code);
    return pid;
}

static pid_t spawn_sleeper(void)
{
    pid_t pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        for (;;)
            pause();
    }
    return pid;
}

static void reap(pid_t pid, int *status)
{
    ASSERT_EQ(waitpid(pid, status, 0), pid);
}

static void test_child_exit(void)
{
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    char buf[128], want[128];
    int st, sfd;
    pid_t pid;

    pid = spawn_exit(3);
    take_siginfo(SIGCHLD, &si);
    reap(pid, &st);
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.signo, SIGCHLD);
    ASSERT_EQ(a.code, CLD_EXITED);
    ASSERT_EQ(a.origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(a.has_sender, 1);
    ASSERT_EQ(a.pid, pid);
    ASSERT_EQ(a.uid, getuid());
    ASSERT_EQ(a.has_value, 0);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_CHILD);
    ASSERT_EQ(a.detail.child.event, FDK_CHILD_EXITED);
    ASSERT_EQ(a.detail.child.status, 3);

    snprintf(want, sizeof(want), "SIGCHLD (CLD_EXITED) from kernel: child %d exited with status 3",
             (int)pid);
    ASSERT_EQ(fdk_signal_format(&a, buf, sizeof(buf)), (long long)strlen(want));
    ASSERT_STREQ(buf, want);

    /* The same kind of event through a signalfd. */
    sfd = open_sfd();
    pid = spawn_exit(3);
    take_signalfd(sfd, SIGCHLD, &ssi);
    close(sfd);
    reap(pid, &st);
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    ASSERT_EQ(b.pid, pid);
    b.pid = a.pid; /* different children, otherwise the same event */
    expect_same(&a, &b, 0);
}

static void test_child_killed(void)
{
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    char buf[128], want[128];
    int st, sfd;
    pid_t pid;

    pid = spawn_sleeper();
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    take_siginfo(SIGCHLD, &si);
    reap(pid, &st);
    ASSERT_TRUE(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.code, CLD_KILLED);
    ASSERT_EQ(a.pid, pid);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_CHILD);
    ASSERT_EQ(a.detail.child.event, FDK_CHILD_KILLED);
    ASSERT_EQ(a.detail.child.status, SIGKILL);
    snprintf(want, sizeof(want), "SIGCHLD (CLD_KILLED) from kernel: child %d killed by SIGKILL",
             (int)pid);
    ASSERT_EQ(fdk_signal_format(&a, buf, sizeof(buf)), (long long)strlen(want));
    ASSERT_STREQ(buf, want);

    sfd = open_sfd();
    pid = spawn_sleeper();
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    take_signalfd(sfd, SIGCHLD, &ssi);
    close(sfd);
    reap(pid, &st);
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    ASSERT_EQ(b.pid, pid);
    b.pid = a.pid;
    expect_same(&a, &b, 0);
}

/* A SIGCHLD sent with kill() is not a child event. */
static void test_chld_from_kill(void)
{
    struct fdk_siginfo d;

    both_ways(send_kill, SIGCHLD, &d);
    ASSERT_EQ(d.origin, FDK_SIG_FROM_KILL);
    ASSERT_EQ(d.detail_kind, FDK_SIG_DETAIL_NONE);
    ASSERT_EQ(d.detail.child.status, 0);
    check_sender(&d);
}

static void test_fault_synthesised(void)
{
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    char buf[128];

    memset(&si, 0, sizeof(si));
    si.si_signo = SIGSEGV;
    si.si_code = SEGV_MAPERR;
    si.si_addr = (void *)(uintptr_t)0x1000;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(a.has_sender, 0);
    ASSERT_EQ(a.pid, 0);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_FAULT);
    ASSERT_EQ_U64(a.detail.fault.addr, 0x1000);
    ASSERT_EQ(a.detail.fault.addr_lsb, 0);

    memset(&ssi, 0, sizeof(ssi));
    ssi.ssi_signo = SIGSEGV;
    ssi.ssi_code = SEGV_MAPERR;
    ssi.ssi_addr = 0x1000;
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    expect_same(&a, &b, 1);

    ASSERT_EQ(fdk_signal_format(&a, buf, sizeof(buf)),
              (long long)strlen("SIGSEGV (SEGV_MAPERR) from kernel: fault at 0x1000"));
    ASSERT_STREQ(buf, "SIGSEGV (SEGV_MAPERR) from kernel: fault at 0x1000");

    si.si_addr = NULL;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_OK(fdk_signal_format(&a, buf, sizeof(buf)));
    ASSERT_STREQ(buf, "SIGSEGV (SEGV_MAPERR) from kernel: fault at 0x0");

    /* A machine-check SIGBUS reports the address's least significant bit. */
    memset(&si, 0, sizeof(si));
    si.si_signo = SIGBUS;
    si.si_code = BUS_MCEERR_AR;
    si.si_addr = (void *)(uintptr_t)0x7000;
    si.si_addr_lsb = 12;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_FAULT);
    ASSERT_EQ_U64(a.detail.fault.addr, 0x7000);
    ASSERT_EQ(a.detail.fault.addr_lsb, 12);
    memset(&ssi, 0, sizeof(ssi));
    ssi.ssi_signo = SIGBUS;
    ssi.ssi_code = BUS_MCEERR_AR;
    ssi.ssi_addr = 0x7000;
    ssi.ssi_addr_lsb = 12;
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    expect_same(&a, &b, 1);
    ASSERT_OK(fdk_signal_format(&a, buf, sizeof(buf)));
    ASSERT_STREQ(buf, "SIGBUS (BUS_MCEERR_AR) from kernel: fault at 0x7000 lsb 12");

    /* SIGFPE from the kernel; the same signal from kill() has no fault. */
    memset(&si, 0, sizeof(si));
    si.si_signo = SIGFPE;
    si.si_code = FPE_INTDIV;
    si.si_addr = (void *)(uintptr_t)0x401000;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_FAULT);
    ASSERT_EQ_U64(a.detail.fault.addr, 0x401000);
    si.si_code = SI_USER;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_NONE);
    ASSERT_EQ(a.origin, FDK_SIG_FROM_KILL);
    ASSERT_EQ_U64(a.detail.fault.addr, 0);
}

static void test_seccomp_synthesised(void)
{
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    char buf[128];

    memset(&si, 0, sizeof(si));
    si.si_signo = SIGSYS;
    si.si_code = 1; /* SYS_SECCOMP */
    si.si_call_addr = (void *)(uintptr_t)0x4005d0;
    si.si_syscall = 39;
    si.si_arch = 0xc000003eu;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_SYS);
    ASSERT_EQ(a.detail.sys.syscall, 39);
    ASSERT_EQ(a.detail.sys.arch, 0xc000003eu);
    ASSERT_EQ_U64(a.detail.sys.call_addr, 0x4005d0);

    memset(&ssi, 0, sizeof(ssi));
    ssi.ssi_signo = SIGSYS;
    ssi.ssi_code = 1;
    ssi.ssi_call_addr = 0x4005d0;
    ssi.ssi_syscall = 39;
    ssi.ssi_arch = 0xc000003eu;
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    expect_same(&a, &b, 1);
    ASSERT_OK(fdk_signal_format(&a, buf, sizeof(buf)));
    ASSERT_STREQ(buf, "SIGSYS (SYS_SECCOMP) from kernel: syscall 39 arch 0xc000003e at 0x4005d0");
}

/* F_SETSIG: the kernel queues a realtime signal with POLL_IN, band and fd. */
static void test_poll_in(void)
{
    int p[2], sfd, i;
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    char c = 'x';

    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    ASSERT_EQ(fcntl(p[0], F_SETOWN, getpid()), 0);
    ASSERT_EQ(fcntl(p[0], F_SETSIG, rt(4)), 0);
    ASSERT_EQ(fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_ASYNC | O_NONBLOCK), 0);
    sfd = open_sfd();

    ASSERT_EQ(write(p[1], &c, 1), 1);
    take_siginfo(rt(4), &si);
    ASSERT_EQ(write(p[1], &c, 1), 1);
    take_signalfd(sfd, rt(4), &ssi);
    for (i = 0; i < 2; i++)
        ASSERT_EQ(read(p[0], &c, 1), 1);

    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    expect_same(&a, &b, 1);
    ASSERT_EQ(a.code, POLL_IN);
    ASSERT_EQ(a.origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_IO);
    ASSERT_EQ(a.detail.io.fd, p[0]);
    ASSERT_TRUE(a.detail.io.band & POLLIN);
    ASSERT_EQ(a.has_sender, 0);

    close(sfd);
    close(p[0]);
    close(p[1]);
}

static void test_timer(void)
{
    struct sigevent sev;
    struct itimerspec its;
    timer_t t;
    siginfo_t si;
    struct signalfd_siginfo ssi;
    struct fdk_siginfo a, b;
    int sfd;

    memset(&sev, 0, sizeof(sev));
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = rt(3);
    sev.sigev_value.sival_int = 9;
    ASSERT_EQ(timer_create(CLOCK_MONOTONIC, &sev, &t), 0);
    memset(&its, 0, sizeof(its));
    its.it_value.tv_nsec = 1000000;

    sfd = open_sfd();
    ASSERT_EQ(timer_settime(t, 0, &its, NULL), 0);
    take_siginfo(rt(3), &si);
    ASSERT_EQ(timer_settime(t, 0, &its, NULL), 0);
    take_signalfd(sfd, rt(3), &ssi);
    close(sfd);
    ASSERT_EQ(timer_delete(t), 0);

    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_OK(fdk_signal_decode(&ssi, &b));
    expect_same(&a, &b, 1);
    ASSERT_EQ(a.code, SI_TIMER);
    ASSERT_EQ(a.origin, FDK_SIG_FROM_TIMER);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_TIMER);
    ASSERT_EQ(a.detail.timer.overrun, 0);
    ASSERT_EQ(a.has_value, 1);
    ASSERT_EQ(a.value_int, 9);
    ASSERT_EQ(a.has_sender, 0);
}

/* A hand-filled record whose child event fdkit does not define formats as a number, not "(null)". */
static void test_format_unknown_child_event(void)
{
    struct fdk_siginfo info;
    char buf[160];

    memset(&info, 0, sizeof info);
    info.signo = SIGCHLD;
    info.code = CLD_EXITED;
    info.detail_kind = FDK_SIG_DETAIL_CHILD;
    info.detail.child.event = (enum fdk_child_event)99;
    info.detail.child.status = 3;
    ASSERT_TRUE(fdk_signal_format(&info, buf, sizeof buf) > 0);
    ASSERT_TRUE(strstr(buf, "event 99, status 3") != NULL);
    ASSERT_TRUE(strstr(buf, "(null)") == NULL);
}

static void test_invalid(void)
{
    struct signalfd_siginfo ssi;
    siginfo_t si;
    struct fdk_siginfo out, pattern;

    memset(&pattern, 0xa5, sizeof(pattern));
    memset(&ssi, 0, sizeof(ssi));
    memset(&si, 0, sizeof(si));
    ASSERT_ERR(fdk_signal_decode(NULL, &out), EINVAL);
    ASSERT_ERR(fdk_signal_decode(&ssi, NULL), EINVAL);
    ASSERT_ERR(fdk_signal_decode_siginfo(NULL, &out), EINVAL);
    ASSERT_ERR(fdk_signal_decode_siginfo(&si, NULL), EINVAL);

    out = pattern;
    ASSERT_ERR(fdk_signal_decode(&ssi, &out), EINVAL); /* signo 0 */
    ssi.ssi_signo = (uint32_t)fdk_signal_rtmax() + 1;
    ASSERT_ERR(fdk_signal_decode(&ssi, &out), EINVAL);
    ssi.ssi_signo = 0xffffffffu;
    ASSERT_ERR(fdk_signal_decode(&ssi, &out), EINVAL);
    si.si_signo = -1;
    ASSERT_ERR(fdk_signal_decode_siginfo(&si, &out), EINVAL);
    si.si_signo = fdk_signal_rtmax() + 1;
    ASSERT_ERR(fdk_signal_decode_siginfo(&si, &out), EINVAL);
    ASSERT_MEM_EQ(&out, &pattern, sizeof(out));

    /* Unused fields are 0 even when the record carries junk in them. */
    memset(&ssi, 0xff, sizeof(ssi));
    ssi.ssi_signo = SIGTERM;
    ssi.ssi_code = SI_USER;
    ssi.ssi_errno = 0;
    ASSERT_OK(fdk_signal_decode(&ssi, &out));
    ASSERT_EQ(out.has_value, 0);
    ASSERT_EQ(out.value_int, 0);
    ASSERT_EQ_U64(out.value_ptr, 0);
    ASSERT_EQ(out.detail_kind, FDK_SIG_DETAIL_NONE);
    ASSERT_EQ_U64(out.detail.fault.addr, 0);
    ASSERT_EQ(out.detail.child.utime, 0);
}

static void test_origins(void)
{
    static const struct {
        int code;
        enum fdk_sig_origin origin;
        int sender, value;
    } rows[] = {
        {SI_USER, FDK_SIG_FROM_KILL, 1, 0},      {SI_TKILL, FDK_SIG_FROM_TKILL, 1, 0},
        {SI_QUEUE, FDK_SIG_FROM_SIGQUEUE, 1, 1}, {SI_TIMER, FDK_SIG_FROM_TIMER, 0, 1},
        {SI_MESGQ, FDK_SIG_FROM_MESGQ, 1, 1},    {SI_ASYNCIO, FDK_SIG_FROM_ASYNCIO, 1, 1},
        {SI_SIGIO, FDK_SIG_FROM_SIGIO, 0, 0},    {SI_KERNEL, FDK_SIG_FROM_KERNEL, 0, 0},
        {-7, FDK_SIG_FROM_OTHER, 0, 0},          {-60, FDK_SIG_FROM_OTHER, 0, 0},
        {-1000, FDK_SIG_FROM_OTHER, 0, 0},
    };
    struct signalfd_siginfo ssi;
    struct fdk_siginfo d;
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        memset(&ssi, 0, sizeof(ssi));
        ssi.ssi_signo = SIGUSR1;
        ssi.ssi_code = rows[i].code;
        ssi.ssi_pid = 5;
        ssi.ssi_int = 6;
        ASSERT_OK(fdk_signal_decode(&ssi, &d));
        ASSERT_EQ(d.origin, rows[i].origin);
        ASSERT_EQ(d.has_sender, rows[i].sender);
        ASSERT_EQ(d.pid, rows[i].sender ? 5 : 0);
        ASSERT_EQ(d.has_value, rows[i].value);
        ASSERT_EQ(d.value_int, rows[i].value ? 6 : 0);
    }
}

static void test_format_buffers(void)
{
    struct fdk_siginfo d;
    char buf[16];
    const char *full = "SIGTERM (SI_USER) from kill by pid 17 uid 1000";
    int len = (int)strlen(full);

    memset(&d, 0, sizeof(d));
    d.signo = SIGTERM;
    d.code = SI_USER;
    d.origin = FDK_SIG_FROM_KILL;
    d.has_sender = 1;
    d.pid = 17;
    d.uid = 1000;

    ASSERT_EQ(fdk_signal_format(&d, NULL, 0), len);
    memset(buf, 'z', sizeof(buf));
    ASSERT_EQ(fdk_signal_format(&d, buf, 0), len);
    ASSERT_EQ(buf[0], 'z');
    ASSERT_EQ(fdk_signal_format(&d, buf, sizeof(buf)), len);
    ASSERT_STREQ(buf, "SIGTERM (SI_USE");
    ASSERT_EQ(fdk_signal_format(&d, buf, 1), len);
    ASSERT_STREQ(buf, "");

    ASSERT_ERR(fdk_signal_format(NULL, buf, sizeof(buf)), EINVAL);
    ASSERT_ERR(fdk_signal_format(&d, NULL, 4), EINVAL);

    /* A code without a name, a stopped child, an errno, a timer. */
    {
        char big[160];
        memset(&d, 0, sizeof(d));
        d.signo = SIGCHLD;
        d.code = CLD_STOPPED;
        d.has_sender = 1;
        d.pid = 99;
        d.detail_kind = FDK_SIG_DETAIL_CHILD;
        d.detail.child.event = FDK_CHILD_STOPPED;
        d.detail.child.status = SIGTSTP;
        ASSERT_OK(fdk_signal_format(&d, big, sizeof(big)));
        ASSERT_STREQ(big, "SIGCHLD (CLD_STOPPED) from kernel: child 99 stopped by SIGTSTP");
        d.detail.child.event = FDK_CHILD_DUMPED;
        d.code = CLD_DUMPED;
        d.detail.child.status = SIGSEGV;
        ASSERT_OK(fdk_signal_format(&d, big, sizeof(big)));
        ASSERT_STREQ(big,
                     "SIGCHLD (CLD_DUMPED) from kernel: child 99 killed by SIGSEGV (core dumped)");

        memset(&d, 0, sizeof(d));
        d.signo = SIGUSR1;
        d.code = -1000;
        d.origin = FDK_SIG_FROM_OTHER;
        d.err = 5;
        ASSERT_OK(fdk_signal_format(&d, big, sizeof(big)));
        ASSERT_STREQ(big, "SIGUSR1 (code -1000) from other: errno 5");

        memset(&d, 0, sizeof(d));
        d.signo = SIGALRM;
        d.code = SI_TIMER;
        d.origin = FDK_SIG_FROM_TIMER;
        d.has_value = 1;
        d.value_int = 9;
        d.value_ptr = 9;
        d.detail_kind = FDK_SIG_DETAIL_TIMER;
        d.detail.timer.timerid = 3;
        d.detail.timer.overrun = 1;
        ASSERT_OK(fdk_signal_format(&d, big, sizeof(big)));
        ASSERT_STREQ(big, "SIGALRM (SI_TIMER) from timer: timer 3 overrun 1, value 9 (ptr 0x9)");
    }
}

static void test_code_names(void)
{
    static const struct {
        int signo, code;
        const char *name;
    } rows[] = {
        {SIGUSR1, SI_USER, "SI_USER"},
        {SIGSEGV, SI_KERNEL, "SI_KERNEL"},
        {SIGUSR1, SI_QUEUE, "SI_QUEUE"},
        {SIGALRM, SI_TIMER, "SI_TIMER"},
        {SIGIO, SI_MESGQ, "SI_MESGQ"},
        {SIGUSR2, SI_ASYNCIO, "SI_ASYNCIO"},
        {SIGIO, SI_SIGIO, "SI_SIGIO"},
        {SIGINT, SI_TKILL, "SI_TKILL"},
        {SIGKILL, -7, "SI_DETHREAD"},
        {SIGCHLD, CLD_EXITED, "CLD_EXITED"},
        {SIGCHLD, CLD_KILLED, "CLD_KILLED"},
        {SIGCHLD, CLD_CONTINUED, "CLD_CONTINUED"},
        {SIGSEGV, SEGV_MAPERR, "SEGV_MAPERR"},
        {SIGSEGV, SEGV_ACCERR, "SEGV_ACCERR"},
        {SIGBUS, BUS_ADRALN, "BUS_ADRALN"},
        {SIGBUS, BUS_MCEERR_AO, "BUS_MCEERR_AO"},
        {SIGFPE, FPE_INTDIV, "FPE_INTDIV"},
        {SIGFPE, FPE_FLTSUB, "FPE_FLTSUB"},
        {SIGILL, ILL_ILLOPC, "ILL_ILLOPC"},
        {SIGILL, ILL_BADSTK, "ILL_BADSTK"},
        {SIGTRAP, TRAP_BRKPT, "TRAP_BRKPT"},
        {SIGTRAP, TRAP_TRACE, "TRAP_TRACE"},
        {SIGIO, POLL_IN, "POLL_IN"},
        {SIGIO, POLL_HUP, "POLL_HUP"},
        {SIGSYS, 1, "SYS_SECCOMP"},
    };
    char buf[24];
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        ASSERT_EQ(fdk_signal_code_name(rows[i].signo, rows[i].code, buf, sizeof(buf)),
                  (long long)strlen(rows[i].name));
        ASSERT_STREQ(buf, rows[i].name);
    }
    ASSERT_ERR(fdk_signal_code_name(SIGSEGV, 99, buf, sizeof(buf)), ENOENT);
    ASSERT_ERR(fdk_signal_code_name(SIGCHLD, 7, buf, sizeof(buf)), ENOENT);
    ASSERT_ERR(fdk_signal_code_name(SIGUSR1, -99, buf, sizeof(buf)), ENOENT);
    ASSERT_ERR(fdk_signal_code_name(SIGSYS, 3, buf, sizeof(buf)), ENOENT);
    ASSERT_ERR(fdk_signal_code_name(0, 1, buf, sizeof(buf)), ENOENT);
    ASSERT_ERR(fdk_signal_code_name(SIGCHLD, CLD_EXITED, NULL, 24), EINVAL);
    memset(buf, 'z', sizeof(buf));
    ASSERT_ERR(fdk_signal_code_name(SIGCHLD, CLD_EXITED, buf, 10), ERANGE); /* needs 11 */
    ASSERT_EQ(buf[0], 'z');
    ASSERT_EQ(fdk_signal_code_name(SIGCHLD, CLD_EXITED, buf, 11), 10);
    ASSERT_STREQ(buf, "CLD_EXITED");
}

int main(void)
{
    int sigs[] = {SIGUSR1, SIGUSR2, SIGCHLD, rt(1), rt(2), rt(3), rt(4)};

    alarm(45);
    ASSERT_OK(fdk_signal_set_from_list(&g_mask, sigs, sizeof(sigs) / sizeof(sigs[0])));
    ASSERT_OK(fdk_signal_mask_block(&g_mask, NULL));

    RUN(test_kill);
    RUN(test_tgkill_and_raise);
    RUN(test_sigqueue);
    RUN(test_realtime_queue);
    RUN(test_child_exit);
    RUN(test_child_killed);
    RUN(test_chld_from_kill);
    RUN(test_fault_synthesised);
    RUN(test_seccomp_synthesised);
    RUN(test_poll_in);
    RUN(test_timer);
    RUN(test_invalid);
    RUN(test_format_unknown_child_event);
    RUN(test_origins);
    RUN(test_format_buffers);
    RUN(test_code_names);
    return 0;
}
