/* SPDX-License-Identifier: MIT */
/*
 * Reaping every exited child in one call.  SIGCHLDs coalesce (one pending
 * SIGCHLD can stand for any number of exits), so a SIGCHLD handler or a
 * signalfd record means "reap until none is left", never "reap one".
 */
#include "fdk-internal.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

/*
 * The record fdk_signal_decode_siginfo() would produce, for the day it
 * refuses one (it should not: waitid always reports SIGCHLD).  The child is
 * already reaped by then, so its record must not be lost.
 */
static void child_record(const siginfo_t *si, struct fdk_siginfo *out)
{
    memset(out, 0, sizeof(*out));
    out->signo = SIGCHLD;
    out->code = si->si_code;
    out->origin = FDK_SIG_FROM_KERNEL;
    out->has_sender = 1;
    out->pid = si->si_pid;
    out->uid = si->si_uid;
    out->detail_kind = FDK_SIG_DETAIL_CHILD;
    out->detail.child.status = si->si_status;
    switch (si->si_code) {
    case CLD_EXITED:
        out->detail.child.event = FDK_CHILD_EXITED;
        break;
    case CLD_KILLED:
        out->detail.child.event = FDK_CHILD_KILLED;
        break;
    case CLD_DUMPED:
        out->detail.child.event = FDK_CHILD_DUMPED;
        break;
    default:
        out->detail.child.event = FDK_CHILD_NONE;
        break;
    }
}

int fdk_signal_reap_children(struct fdk_siginfo *out, size_t max)
{
    size_t n = 0;

    if (!out || max == 0)
        return -EINVAL;
    if (max > (size_t)INT_MAX)
        max = (size_t)INT_MAX; /* the count is returned as an int */

    while (n < max) {
        siginfo_t si;
        int r;

        /* Linux zeroes si when nothing is ready; do it too, as POSIX does not promise it. */
        memset(&si, 0, sizeof(si));
        /* WNOHANG never waits: retry */
        r = FDK__RETRY_EINTR(waitid(P_ALL, 0, &si, WEXITED | WNOHANG));
        if (r < 0) {
            /*
             * ECHILD after a reap: that was the last child.  Any other error
             * after a reap must not lose the records already taken either.
             */
            if (n > 0)
                break;
            return FDK__NEG_ERRNO();
        }
        if (si.si_pid == 0)
            break; /* children remain, none has exited */
        if (fdk_signal_decode_siginfo(&si, &out[n]) < 0)
            child_record(&si, &out[n]);
        n++;
    }
    return (int)n;
}
