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
#include <time.h>

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
         * raised at this thread (a thread-directed signal, which
         * sigtimedwait takes before a process-wide one).  Standard signals
         * do not queue: if another SIGPIPE had been sent at this thread in
         * the meantime, it merged with ours and goes too.
         */
        static const struct timespec now = {0, 0};
        sigset_t pipe_only;
        int s;

        sigemptyset(&pipe_only);
        sigaddset(&pipe_only, SIGPIPE);
        do
            s = sigtimedwait(&pipe_only, NULL, &now);
        while (s < 0 && errno == EINTR);
    }
    pthread_sigmask(SIG_SETMASK, &g->old, NULL);
    g->active = 0;
    errno = saved;
}
