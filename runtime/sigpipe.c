/* SPDX-License-Identifier: MIT */
/*
 * The SIGPIPE guard of the transfer loops (see fdk-internal.h): the calling
 * thread blocks SIGPIPE for the length of the transfer, and a SIGPIPE the
 * transfer itself raised (it returned -EPIPE) is consumed before the old
 * mask comes back, so a process with SIGPIPE at its default disposition
 * gets -EPIPE instead of dying.
 */
#include "fdk-internal.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

void fdk__sigpipe_block(struct fdk__sigpipe_guard *g)
{
    sigset_t pipe_only;
    int saved = errno;

    g->active = 0;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    /* Cannot fail with a valid `how` and set; if it did, the transfer simply runs unguarded. */
    if (pthread_sigmask(SIG_BLOCK, &pipe_only, &g->old) == 0)
        g->active = sigismember(&g->old, SIGPIPE) != 1;
    errno = saved;
}

void fdk__sigpipe_restore(struct fdk__sigpipe_guard *g, int r)
{
    int saved = errno;

    if (!g->active)
        return;
    if (r == -EPIPE) {
        /*
         * Every EPIPE from a pipe or a stream socket comes with a SIGPIPE
         * the kernel raised at this thread (si_code SI_USER, si_pid our
         * own), which sigtimedwait takes before a process-wide one.
         * Standard signals do not queue: a SIGPIPE sent at this thread by
         * someone else before ours (pthread_kill, another process) is the
         * one pending, ours merged into it - so what was taken is put back
         * unless it is the kernel's own (as a SIGPIPE from this thread: its
 * sender's details are not kept).
         */
        static const struct timespec now = {0, 0};
        sigset_t pipe_only;
        siginfo_t si;
        int s;

        sigemptyset(&pipe_only);
        sigaddset(&pipe_only, SIGPIPE);
        /* The system call itself: glibc's sigtimedwait reports SI_TKILL as SI_USER. */
        do
            s = (int)syscall(SYS_rt_sigtimedwait, &pipe_only, &si, &now, (long)(_NSIG / 8));
        while (s < 0 && errno == EINTR);
        if (s == SIGPIPE && !(si.si_code == SI_USER && si.si_pid == getpid()))
            pthread_kill(pthread_self(), SIGPIPE); /* pending again, delivered with the old mask */
    }
    pthread_sigmask(SIG_SETMASK, &g->old, NULL);
    g->active = 0;
    errno = saved;
}
