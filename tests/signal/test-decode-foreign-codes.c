/* SPDX-License-Identifier: MIT */
/*
 * Signals whose si_code is past the signal's own codes (a SIGSEGV with code
 * 50, a SIGBUS with code 6), as a process can queue them to itself with
 * rt_tgsigqueueinfo(): the kernel lays such a record out like any other
 * signal's (siginfo_layout(): POLL up to NSIGPOLL, KILL past it), so the two
 * ways of receiving one (sigtimedwait's siginfo_t, a signalfd's record) must
 * decode alike, and never to a fault address read from si_pid/si_uid or
 * si_band.  Found by fuzz/fuzz-siginfo.c (runtime/signal/siginfo.c
 * classify() took every positive code of a fault signal as a fault).
 */
#include "fdk-test.h"

#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <time.h>

/* Queue signo with code and a recognisable payload to this very thread. */
static void queue_self(int signo, int code)
{
    siginfo_t si;

    memset(&si, 0, sizeof(si));
    si.si_signo = signo;
    si.si_code = code;
    /* Overlaid by si_addr / si_band in the union: what a wrong reading would show. */
    si.si_pid = 0x1234;
    si.si_uid = 0x5678;
    ASSERT_EQ(syscall(SYS_rt_tgsigqueueinfo, getpid(), syscall(SYS_gettid), signo, &si), 0);
}

/* Receive signo once as a siginfo_t and once from a signalfd; decode both. */
static void both_ways(int signo, int code, struct fdk_siginfo *a, struct fdk_siginfo *b)
{
    struct timespec ts = {10, 0};
    struct signalfd_siginfo ssi;
    sigset_t one;
    siginfo_t si;
    struct pollfd p;
    int sfd;

    sigemptyset(&one);
    sigaddset(&one, signo);
    queue_self(signo, code);
    memset(&si, 0, sizeof(si));
    ASSERT_EQ(syscall(SYS_rt_sigtimedwait, &one, &si, &ts, (size_t)(_NSIG / 8)), signo);
    ASSERT_EQ(si.si_code, code);

    sfd = signalfd(-1, &one, SFD_CLOEXEC);
    ASSERT_TRUE(sfd >= 0);
    queue_self(signo, code);
    p.fd = sfd;
    p.events = POLLIN;
    ASSERT_EQ(poll(&p, 1, 10000), 1);
    ASSERT_EQ(read(sfd, &ssi, sizeof(ssi)), (long long)sizeof(ssi));
    close(sfd);
    ASSERT_EQ(ssi.ssi_code, code);

    ASSERT_OK(fdk_signal_decode_siginfo(&si, a));
    ASSERT_OK(fdk_signal_decode(&ssi, b));
    ASSERT_EQ(a->signo, b->signo);
    ASSERT_EQ(a->code, b->code);
    ASSERT_EQ(a->origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(b->origin, FDK_SIG_FROM_KERNEL);
    ASSERT_EQ(a->detail_kind, b->detail_kind);
    ASSERT_EQ_U64(a->detail.fault.addr, b->detail.fault.addr);
    ASSERT_EQ(a->detail.io.fd, b->detail.io.fd);
    ASSERT_EQ(a->detail.io.band, b->detail.io.band);
    ASSERT_EQ(a->has_sender, b->has_sender);
    ASSERT_EQ(a->pid, b->pid);
}

/* Past NSIGPOLL: no layout of the signal's own, no detail (before: a "fault at 0x567800001234"). */
static void test_segv_code_50(void)
{
    struct fdk_siginfo a, b;
    char buf[128];

    both_ways(SIGSEGV, 50, &a, &b);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_NONE);
    ASSERT_EQ_U64(a.detail.fault.addr, 0);
    ASSERT_OK(fdk_signal_format(&a, buf, sizeof(buf)));
    ASSERT_STREQ(buf, "SIGSEGV (code 50) from kernel");
}

/* SIGBUS's own codes end at 5 (BUS_MCEERR_AO); 6 is a POLL record, like F_SETSIG's. */
static void test_bus_code_6(void)
{
    struct fdk_siginfo a, b;

    both_ways(SIGBUS, 6, &a, &b);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_IO);
}

/* SIGSYS's own codes end at 2 (SYS_USER_DISPATCH); 3 is a POLL record too. */
static void test_sys_code_3(void)
{
    struct fdk_siginfo a, b;

    both_ways(SIGSYS, 3, &a, &b);
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_IO);
}

/* A fault signal's own codes still decode as faults. */
static void test_own_codes_unchanged(void)
{
    siginfo_t si;
    struct fdk_siginfo a;

    memset(&si, 0, sizeof(si));
    si.si_signo = SIGSEGV;
    si.si_code = 10; /* SEGV_CPERR, the last one */
    si.si_addr = (void *)(uintptr_t)0x2000;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_FAULT);
    ASSERT_EQ_U64(a.detail.fault.addr, 0x2000);
    si.si_code = 11;
    ASSERT_OK(fdk_signal_decode_siginfo(&si, &a));
    ASSERT_EQ(a.detail_kind, FDK_SIG_DETAIL_NONE);
    ASSERT_EQ_U64(a.detail.fault.addr, 0);
}

int main(void)
{
    sigset_t mask;

    alarm(30);
    sigemptyset(&mask);
    sigaddset(&mask, SIGSEGV);
    sigaddset(&mask, SIGBUS);
    sigaddset(&mask, SIGSYS);
    ASSERT_OK(fdk_signal_mask_block(&mask, NULL));

    RUN(test_segv_code_50);
    RUN(test_bus_code_6);
    RUN(test_sys_code_3);
    RUN(test_own_codes_unchanged);
    return 0;
}
