/* SPDX-License-Identifier: MIT */
/*
 * The C library's own signals (glibc: 32 for thread cancellation, 33 to run
 * setuid() in every thread) must never be taken by a signalfd: a thread
 * blocked reading one would swallow them and setuid() would hang forever.
 * fdk_signal_set_fill() leaves them out, fdk_signal_set_add() and
 * fdk_signal_set_from_list() refuse them (one rule: they never go into a
 * set), and the signalfd and dispatcher calls refuse a set made by hand
 * that holds one.
 */
#include "fdk-test.h"

#include <pthread.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

/* Put signal s in *set by its bit, as a hand-made set would (sigaddset refuses it too). */
static void raw_add(sigset_t *set, int s)
{
    unsigned long *w = (unsigned long *)(void *)set;
    unsigned b = (unsigned)s - 1;

    w[b / (8 * sizeof(unsigned long))] |= 1UL << (b % (8 * sizeof(unsigned long)));
}

/* Reads one record; the test ends it by sending SIGUSR1. */
static void *reader(void *arg)
{
    fdk_signalfd *sfd = arg;
    struct signalfd_siginfo rec;
    ssize_t n = fdk_signalfd_read(*sfd, &rec, 1);
    return (void *)(intptr_t)(n == 1 ? (int)rec.ssi_signo : -1);
}

/* A filled mask on a blocked reader thread, then setuid(): it must return. */
static void test_setuid_with_filled_signalfd(void)
{
    sigset_t all, old;
    fdk_signalfd sfd = FDK_HANDLE_INIT;
    pthread_t t;
    void *got = NULL;

    ASSERT_OK(fdk_signal_set_fill(&all));
    ASSERT_OK(fdk_signal_set_del(&all, SIGALRM)); /* the watchdog */
    ASSERT_OK(fdk_signal_mask_block(&all, &old));
    ASSERT_OK(fdk_signalfd_open(&sfd, &all, 0));
    ASSERT_OK(fdk_signal_thread_create_blocked(&t, NULL, reader, &sfd));
    usleep(50 * 1000); /* let the reader block in read() */

    fdk_test_watchdog(5, "setuid() hung: a signalfd took libc's signal");
    ASSERT_EQ(setuid(getuid()), 0); /* glibc sends signal 33 to every thread */
    fdk_test_watchdog(0, NULL);

    ASSERT_EQ(kill(getpid(), SIGUSR1), 0);
    ASSERT_EQ(pthread_join(t, &got), 0);
    ASSERT_EQ((intptr_t)got, SIGUSR1); /* the reader saw SIGUSR1, not libc's signal */
    ASSERT_OK(fdk_signalfd_close(&sfd));
    ASSERT_OK(fdk_signal_mask_set(&old, NULL));
}

/* Explicitly asking for a reserved signal is refused, and nothing changes. */
static void test_reserved_refused(void)
{
    sigset_t set, before, after;
    fdk_signalfd sfd = {.fd = -9};
    fdk_sigdispatch *d = NULL;
    int s;

    for (s = 32; s < SIGRTMIN; s++) {
        ASSERT_OK(fdk_signal_set_empty(&set));
        ASSERT_ERR(fdk_signal_set_add(&set, s), EINVAL); /* never into a set */
        ASSERT_EQ(fdk_signal_set_next(&set, 0), 0);
        ASSERT_OK(fdk_signal_set_del(&set, s));     /* asking and removing are fine */
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 0);
        raw_add(&set, s);
        ASSERT_EQ(fdk_signal_set_contains(&set, s), 1);
        ASSERT_OK(fdk_signal_mask_block(&set, &before)); /* no-op for libc's signals, but read the mask */
        ASSERT_OK(fdk_signal_mask_set(&before, NULL));
        ASSERT_ERR(fdk_signalfd_open(&sfd, &set, FDK_SIGNALFD_BLOCK), EINVAL);
        ASSERT_EQ(sfd.fd, -9);
        ASSERT_OK(fdk_signal_mask_block(&set, &after));
        ASSERT_OK(fdk_signal_mask_set(&after, NULL));
        for (int k = 1; k <= SIGRTMAX; k++) /* (the bytes past the kernel's 8 are not defined) */
            ASSERT_EQ(fdk_signal_set_contains(&before, k), fdk_signal_set_contains(&after, k));
    }
    ASSERT_OK(fdk_signal_set_empty(&set));
    ASSERT_OK(fdk_signalfd_open(&sfd, &set, 0));
    raw_add(&set, 33);
    ASSERT_ERR(fdk_signalfd_set_mask(sfd, &set), EINVAL);
    ASSERT_OK(fdk_signalfd_close(&sfd));

    ASSERT_OK(fdk_sigdispatch_new(&d));
    ASSERT_ERR(fdk_sigdispatch_set_action(d, 32, FDK_SIG_ACTION_IGNORE, 0), EINVAL);
    ASSERT_ERR(fdk_sigdispatch_set_action(d, 33, FDK_SIG_ACTION_IGNORE, FDK_SIGDISPATCH_BLOCK), EINVAL);
    ASSERT_OK(fdk_sigdispatch_free(d));
}

int main(void)
{
    if (SIGRTMIN <= 32)
        fdk_test_skip("this C library reserves no signals above 31");
    RUN(test_reserved_refused);
    RUN(test_setuid_with_filled_signalfd);
    return 0;
}
