/* SPDX-License-Identifier: MIT */
/*
 * The signal dispatcher: one non-blocking signalfd, the set of signals it
 * reports, and for every signal number either a callback or an action.
 *
 * The dispatcher never installs a signal handler.  Signals reach it only
 * while they are blocked (the caller's job, or FDK_SIGDISPATCH_BLOCK for the
 * calling thread); dispatch reads the pending records and acts on them in
 * the caller's thread.  Actions that end the process do it "for real": the
 * signal's disposition goes back to SIG_DFL, it is unblocked in this thread
 * and raised, so a parent's waitpid() sees the process killed by it.
 *
 * Callbacks may call on / off / set_action on the same dispatcher: dispatch
 * looks the slot up again for every record and copies it before the call,
 * so nothing it holds can go stale.  Freeing the dispatcher from inside one
 * of its own callbacks is not supported.
 */
#include "fdk-internal.h"

#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#ifdef _NSIG
#define SLOT_COUNT _NSIG /* signal numbers 1 .. _NSIG - 1 */
#else
#define SLOT_COUNT NSIG
#endif

/* Records read per read(2); 2 KiB on the stack. */
#define BATCH 16
#define MAX_BATCHES 4 /* records handled per dispatch call: at most BATCH * MAX_BATCHES */

struct slot {
    fdk_sig_callback cb;
    void *arg;
    enum fdk_sig_action action;
    unsigned char watched;
};

struct fdk_sigdispatch {
    fdk_signalfd sfd;
    sigset_t mask; /* exactly the watched signals, as given to the signalfd */
    struct slot slots[SLOT_COUNT];
};

/* What a signal does when its disposition is SIG_DFL (signal(7)). */
enum dfl { DFL_TERM, DFL_CORE, DFL_IGNORE, DFL_STOP, DFL_CONT };

static enum dfl default_of(int signo)
{
    switch (signo) {
    case SIGCHLD:
    case SIGURG:
    case SIGWINCH:
        return DFL_IGNORE;
    case SIGCONT:
        return DFL_CONT;
    case SIGSTOP:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
        return DFL_STOP;
    case SIGQUIT:
    case SIGILL:
    case SIGTRAP:
    case SIGABRT:
    case SIGBUS:
    case SIGFPE:
    case SIGSEGV:
    case SIGXCPU:
    case SIGXFSZ:
    case SIGSYS:
        return DFL_CORE;
    default:
        return DFL_TERM; /* every other standard signal and all realtime ones */
    }
}

static int valid_signo(int signo)
{
    return fdk__signo_valid(signo) && signo < SLOT_COUNT;
}

static int catchable(int signo)
{
    return valid_signo(signo) && signo != SIGKILL && signo != SIGSTOP && !fdk__sig_libc_reserved(signo);
}

int fdk_sigdispatch_new(fdk_sigdispatch **out)
{
    fdk_sigdispatch *d;
    int r;

    if (!out)
        return -EINVAL;
    d = calloc(1, sizeof(*d));
    if (!d)
        return -ENOMEM;
    fdk_signal_set_empty(&d->mask);
    r = fdk_signalfd_open(&d->sfd, &d->mask, FDK_SIGNALFD_NONBLOCK);
    if (r < 0) {
        free(d);
        return r;
    }
    *out = d;
    return 0;
}

int fdk_sigdispatch_free(fdk_sigdispatch *d)
{
    int r;

    if (!d)
        return 0;
    r = fdk_signalfd_close(&d->sfd); /* never retried: the fd is gone either way */
    free(d);
    return r < 0 ? r : 0;
}

/*
 * Put `slot` in place for signo and make the signalfd report it.  On any
 * failure the slot, the set and the thread's mask are as they were.
 */
static int watch(fdk_sigdispatch *d, int signo, const struct slot *slot, int flags)
{
    struct slot saved = d->slots[signo];
    sigset_t saved_mask = d->mask;
    sigset_t one;
    int r;

    d->slots[signo] = *slot;
    fdk_signal_set_add(&d->mask, signo);
    r = fdk_signalfd_set_mask(d->sfd, &d->mask);
    if (r < 0)
        goto undo;
    if (flags & FDK_SIGDISPATCH_BLOCK) {
        fdk_signal_set_empty(&one);
        fdk_signal_set_add(&one, signo);
        r = pthread_sigmask(SIG_BLOCK, &one, NULL); /* returns the error number */
        if (r != 0) {
            r = -r;
            /* The set we had was accepted a moment ago; put it back (best effort). */
            (void)fdk_signalfd_set_mask(d->sfd, &saved_mask);
            goto undo;
        }
    }
    return 0;

undo:
    d->slots[signo] = saved;
    d->mask = saved_mask;
    return r;
}

int fdk_sigdispatch_on(fdk_sigdispatch *d, int signo, fdk_sig_callback cb, void *arg, int flags)
{
    struct slot s;

    if (!d || !cb || !catchable(signo) || (flags & ~FDK_SIGDISPATCH_WATCH_ALL))
        return -EINVAL;
    s.cb = cb;
    s.arg = arg;
    s.action = FDK_SIG_ACTION_DEFAULT;
    s.watched = 1;
    return watch(d, signo, &s, flags);
}

int fdk_sigdispatch_set_action(fdk_sigdispatch *d, int signo, enum fdk_sig_action action, int flags)
{
    struct slot s;

    if (!d || !catchable(signo) || (flags & ~FDK_SIGDISPATCH_WATCH_ALL))
        return -EINVAL;
    switch (action) {
    case FDK_SIG_ACTION_DEFAULT:
    case FDK_SIG_ACTION_TERMINATE:
    case FDK_SIG_ACTION_CORE:
    case FDK_SIG_ACTION_IGNORE:
    case FDK_SIG_ACTION_STOP:
        break;
    default:
        return -EINVAL;
    }
    s.cb = NULL;
    s.arg = NULL;
    s.action = action;
    s.watched = 1;
    return watch(d, signo, &s, flags);
}

int fdk_sigdispatch_off(fdk_sigdispatch *d, int signo)
{
    sigset_t next;
    int r;

    if (!d || !valid_signo(signo))
        return -EINVAL;
    next = d->mask;
    fdk_signal_set_del(&next, signo);
    r = fdk_signalfd_set_mask(d->sfd, &next);
    if (r < 0)
        return r;
    d->mask = next;
    memset(&d->slots[signo], 0, sizeof(d->slots[signo]));
    return 0;
}

int fdk_sigdispatch_fd(const fdk_sigdispatch *d)
{
    if (!d)
        return -EINVAL;
    return d->sfd.fd;
}

/*
 * End the process by signo as the kernel would: default disposition,
 * unblocked in this thread, raised at this thread.  If we are somehow still
 * here (it was ignored after all, or we lost a race with a handler being
 * installed in another thread), exit with the shell's convention.
 */
static void die_by(int signo) __attribute__((noreturn));
static void die_by(int signo)
{
    struct sigaction sa;
    sigset_t one;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    (void)sigaction(signo, &sa, NULL);
    fdk_signal_set_empty(&one);
    fdk_signal_set_add(&one, signo);
    (void)pthread_sigmask(SIG_UNBLOCK, &one, NULL);
    (void)raise(signo);
    _exit(128 + signo);
}

static void stop_self(void)
{
    /* SIGSTOP cannot be caught or blocked; we go on after SIGCONT. */
    (void)raise(SIGSTOP);
}

static void carry_out(int signo, enum fdk_sig_action action)
{
    enum dfl dfl = default_of(signo);

    switch (action) {
    case FDK_SIG_ACTION_DEFAULT:
        switch (dfl) {
        case DFL_TERM:
        case DFL_CORE:
            die_by(signo);
        case DFL_STOP:
            stop_self();
            return;
        case DFL_IGNORE:
        case DFL_CONT: /* we are running, so there is nothing to continue */
            return;
        }
        return;
    case FDK_SIG_ACTION_TERMINATE:
        die_by(dfl == DFL_TERM ? signo : SIGTERM);
    case FDK_SIG_ACTION_CORE:
        die_by(dfl == DFL_CORE ? signo : SIGABRT);
    case FDK_SIG_ACTION_STOP:
        stop_self();
        return;
    case FDK_SIG_ACTION_IGNORE:
        return;
    }
}

int fdk_sigdispatch_dispatch(fdk_sigdispatch *d)
{
    struct signalfd_siginfo recs[BATCH];
    struct fdk_siginfo info;
    struct slot s;
    int handled = 0;
    ssize_t n, i;

    if (!d)
        return -EINVAL;
    /* A bounded number of batches: a callback that re-raises its own signal
       (or a steady stream of SIGCHLD) must not keep the caller's event loop
       here forever.  The fd stays readable, so epoll or run() comes back. */
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
        n = fdk_signalfd_read(d->sfd, recs, BATCH);
        if (n == -EINTR)
            continue; /* the fd never waits, so there is nothing to give up on */
        if (n == -EAGAIN)
            break;
        if (n < 0)
            return (int)n;
        for (i = 0; i < n; i++) {
            if (fdk_signal_decode(&recs[i], &info) < 0 || !valid_signo(info.signo))
                continue;
            /* Look the slot up now: an earlier callback may have changed it. */
            s = d->slots[info.signo];
            if (!s.watched)
                continue; /* read before an off() that a callback made */
            if (s.cb)
                s.cb(&info, s.arg);
            else
                carry_out(info.signo, s.action);
            if (handled < INT_MAX)
                handled++;
        }
    }
    return handled;
}

int fdk_sigdispatch_run(fdk_sigdispatch *d, int timeout_ms)
{
    struct pollfd p;
    int r;

    if (!d || timeout_ms < -1)
        return -EINVAL;
    p.fd = d->sfd.fd;
    p.events = POLLIN;
    p.revents = 0;
    r = poll(&p, 1, timeout_ms); /* EINTR goes back: a handler may want us to stop */
    if (r < 0)
        return FDK__NEG_ERRNO();
    if (r == 0)
        return 0;
    if (p.revents & POLLNVAL)
        return -EBADF;
    return fdk_sigdispatch_dispatch(d);
}
