/* SPDX-License-Identifier: MIT */
/*
 * Terminal snapshots: fdk_tty_save(), fdk_tty_restore() and
 * fdk_tty_restore_on_exit().
 *
 * A snapshot is the kernel's struct termios2 exactly as TCGETS2 returned it,
 * so putting it back is one TCSETS2 and nothing else: no decoding, no speed
 * tables, no allocation.  That is what makes fdk_tty_restore() usable from a
 * signal handler.
 *
 * This file talks to the kernel's termios interface directly, so it includes
 * <asm/termbits.h> and never glibc's <termios.h> (the two define the same
 * names differently).  <sys/ioctl.h> only brings in <asm/ioctls.h> and
 * glibc's winsize/termio types, which do not collide with termbits.
 *
 * Layout of struct fdk_tty_saved (64 opaque bytes, alignment 1):
 *   bytes  0 .. sizeof(struct termios2) - 1   the termios2 snapshot
 *   bytes  up to 59                            zero
 *   bytes 60 .. 63                             a marker written by save
 * The buffer is not aligned for struct termios2, so it is always copied
 * through a local one.  restore refuses (-EINVAL) a buffer without the
 * marker: a zeroed or uninitialised struct would otherwise set the line
 * speed to 0, which hangs up a serial line.
 */
#include "fdk-internal.h"

#include <asm/termbits.h>
#include <asm/ioctls.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/*
 * Every Linux architecture but a few old ones has termios2; where it does
 * not (powerpc), the plain kernel termios already carries both speeds.
 */
#if defined(TCGETS2) && defined(TCSETS2)
typedef struct termios2 kernel_termios;
#define GET_TERMIOS TCGETS2
#define SET_TERMIOS TCSETS2 /* apply now (TCSANOW) */
#else
typedef struct termios kernel_termios;
#define GET_TERMIOS TCGETS
#define SET_TERMIOS TCSETS
#endif

#define SAVED_SIZE sizeof(((struct fdk_tty_saved *)0)->opaque)
#define MARK_AT    (SAVED_SIZE - 4)
static const unsigned char saved_mark[4] = {'f', 'd', 'k', 'T'};

_Static_assert(sizeof(struct fdk_tty_saved) == 64, "struct fdk_tty_saved is 64 bytes (ABI)");
_Static_assert(sizeof(kernel_termios) <= MARK_AT,
               "the kernel's termios2 does not fit struct fdk_tty_saved before its marker");
_Static_assert(_Alignof(kernel_termios) <= 8, "unexpected alignment of struct termios2");

/*
 * The one ioctl that puts settings back.  Async-signal-safe: a system call,
 * a loop on EINTR, errno read right after the call; nothing else.
 * TCSETS2 does not wait for output to drain, so EINTR can only come from
 * the kernel taking a tty lock; retrying it is the rule for calls that
 * cannot wait.
 */
static int set_termios(int fd, const kernel_termios *tio)
{
    int r;

    r = FDK__RETRY_EINTR(ioctl(fd, SET_TERMIOS, tio));
    return r < 0 ? FDK__NEG_ERRNO() : 0;
}

int fdk_tty_save(fdk_tty t, struct fdk_tty_saved *out)
{
    kernel_termios tio;
    int r;

    if (t.fd < 0)
        return -EBADF; /* the handle first, as every fdkit call checks it */
    if (!out)
        return -EINVAL;
    r = FDK__RETRY_EINTR(ioctl(t.fd, GET_TERMIOS, &tio));
    if (r < 0)
        return FDK__NEG_ERRNO();

    memset(out->opaque, 0, SAVED_SIZE);
    memcpy(out->opaque, &tio, sizeof(tio));
    memcpy(out->opaque + MARK_AT, saved_mark, sizeof(saved_mark));
    return 0;
}

/*
 * Async-signal-safe: memcmp/memcpy of caller memory, one ioctl (retried on
 * EINTR), no allocation, no stdio, no locks.  errno is read only right
 * after the ioctl and is put back as it was on return, so a handler that
 * calls this does not disturb the code it interrupted.
 */
int fdk_tty_restore(fdk_tty t, const struct fdk_tty_saved *saved)
{
    kernel_termios tio;
    int saved_errno = errno, err;

    if (t.fd < 0)
        return -EBADF;
    if (!saved)
        return -EINVAL;
    if (memcmp(saved->opaque + MARK_AT, saved_mark, sizeof(saved_mark)) != 0)
        return -EINVAL; /* not something fdk_tty_save() wrote */
    memcpy(&tio, saved->opaque, sizeof(tio));
    err = set_termios(t.fd, &tio);
    errno = saved_errno;
    return err;
}

/* ---- restore on exit ------------------------------------------------------
 *
 * The registry: up to RESTORE_MAX (fd, snapshot) entries, each tagged with
 * the pid of the process that registered it.  A child made by fork()
 * inherits the table, the handlers and the atexit hook, but entries carry
 * the parent's pid, so a child that exits never puts back the settings of
 * a terminal its parent is still using (a child registers its own).
 *
 * Who reads it, and how it stays consistent without locks on the read side:
 *
 * - Writers are fdk_tty_restore_on_exit() calls.  They are serialised by a
 *   mutex (any thread may call it, but not a signal handler: it is not
 *   async-signal-safe).  The mutex is never taken by a reader.
 * - Readers are the signal handler and the atexit hook.  They may run in
 *   any thread, including one that a signal interrupted in the middle of a
 *   write, so they can neither take the mutex nor wait for a writer.
 *
 * So the table exists twice: copy[epoch & 1] is current.  A writer builds
 * the next table in the other copy and publishes it by incrementing epoch
 * (release).  A reader loads epoch (acquire), reads the current copy with
 * relaxed atomic loads, then an acquire fence and a second load of epoch:
 * if epoch moved, a writer may have been rewriting what it read (that needs
 * two writes during one read), and it starts again.  A reader interrupting
 * a writer in its own thread sees the table as it was before that call,
 * which is complete and consistent.  Every field is a lock-free atomic, so
 * this holds under the C11 memory model, not just on x86.
 */
#define RESTORE_MAX   8 /* the spec's "8 terminals" */
#define TIO_WORDS     ((sizeof(kernel_termios) + sizeof(uint32_t) - 1) / sizeof(uint32_t))
#define READ_ATTEMPTS 16 /* reader retries when writers keep publishing */

_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "a signal handler needs lock-free atomic int");

union tio_words {
    kernel_termios tio;
    uint32_t w[TIO_WORDS];
};

struct entry {
    _Atomic int pid; /* 0: unused */
    _Atomic int fd;
    _Atomic uint32_t tio[TIO_WORDS];
};

/* A writer's plain copy of one entry. */
struct plain_entry {
    int pid, fd;
    union tio_words u;
};

static struct entry registry[2][RESTORE_MAX];
static _Atomic unsigned registry_epoch;
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned char hooks_installed; /* under registry_lock */
static unsigned char atexit_done;     /* under registry_lock */

/*
 * The signals whose default action ends the process and that a program
 * typically dies of.  Not SIGPIPE (programs ignore or handle it; a write
 * error is reported anyway), not SIGTRAP (a debugger's breakpoint signal,
 * caught by ptrace before any handler), not SIGALRM/SIGUSR1/SIGUSR2/SIGPROF
 * (programs use them for their own purposes).
 */
static const int fatal_signals[] = {SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGABRT,
                                    SIGBUS, SIGFPE, SIGSEGV, SIGTERM};
#define FATAL_COUNT (sizeof(fatal_signals) / sizeof(fatal_signals[0]))

/*
 * Put back every terminal this process registered.  Async-signal-safe:
 * getpid, atomic loads and TCSETS2 ioctls.  Failures are ignored (there is
 * nobody to report them to; the fd may have been closed, the terminal hung
 * up).  errno is the caller's business: the handler saves it.
 */
static void restore_registered(void)
{
    int me = (int)getpid(), attempt, i;
    size_t k;

    for (attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
        unsigned e = atomic_load_explicit(&registry_epoch, memory_order_acquire);
        struct entry *tab = registry[e & 1u];
        int moved = 0;

        for (i = 0; i < RESTORE_MAX && !moved; i++) {
            union tio_words u;
            int fd;

            if (atomic_load_explicit(&tab[i].pid, memory_order_relaxed) != me)
                continue;
            fd = atomic_load_explicit(&tab[i].fd, memory_order_relaxed);
            for (k = 0; k < TIO_WORDS; k++)
                u.w[k] = atomic_load_explicit(&tab[i].tio[k], memory_order_relaxed);
            atomic_thread_fence(memory_order_acquire);
            if (atomic_load_explicit(&registry_epoch, memory_order_relaxed) != e)
                moved = 1; /* what we read may be torn: read the new table */
            else
                (void)set_termios(fd, &u.tio);
        }
        if (moved)
            continue;
        /* Entries skipped as "not ours" must not have been mid-rewrite either. */
        atomic_thread_fence(memory_order_acquire);
        if (atomic_load_explicit(&registry_epoch, memory_order_relaxed) == e)
            return;
    }
}

/*
 * The handler for fatal_signals.  It runs with every signal blocked
 * (sa_mask is full), restores the terminals, then lets the signal do what
 * it would have done without fdkit: default action, re-raised at this
 * thread and unblocked, so the process dies of the same signal (same wait
 * status, same core dump rules).  A fault (SIGSEGV from a bad access) would
 * fault again on return anyway; re-raising covers signals sent with kill()
 * as well.  If we are still alive afterwards (another thread installed a
 * handler or SIG_IGN in between), return to the program as if nothing
 * happened, with errno as it was.
 *
 * Only async-signal-safe calls: getpid, ioctl, sigemptyset, sigaddset,
 * sigaction, raise, sigprocmask.
 */
static void on_fatal_signal(int signo)
{
    int saved_errno = errno;
    struct sigaction dfl;
    sigset_t one;

    restore_registered();

    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    (void)sigaction(signo, &dfl, NULL);
    (void)raise(signo); /* pending: it is blocked while we run */
    sigemptyset(&one);
    sigaddset(&one, signo);
    (void)sigprocmask(SIG_UNBLOCK, &one, NULL); /* delivered here */
    errno = saved_errno;
}

/*
 * Normal exit (exit() or return from main): put the terminals back, then
 * take our handlers down again where they are still ours.  The latter
 * matters when libfdkit.so was loaded with dlopen: glibc runs a library's
 * atexit hooks at dlclose, and a handler must not outlive its code.
 */
static void on_exit_hook(void)
{
    struct sigaction cur, dfl;
    size_t i;

    restore_registered();

    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (i = 0; i < FATAL_COUNT; i++)
        if (sigaction(fatal_signals[i], NULL, &cur) == 0 && !(cur.sa_flags & SA_SIGINFO) &&
            cur.sa_handler == on_fatal_signal)
            (void)sigaction(fatal_signals[i], &dfl, NULL);
}

/*
 * Once per process (under registry_lock): the atexit hook, then our handler
 * for each fatal signal whose disposition is SIG_DFL.  A signal the program
 * ignores or handles itself is left alone; such a program calls
 * fdk_tty_restore() from its own handler.  A failure leaves
 * hooks_installed clear, so the next registration tries again (a signal
 * already carrying our handler is recognised and skipped).
 */
static int install_hooks(void)
{
    struct sigaction ours, cur;
    size_t i;

    if (hooks_installed)
        return 0;
    if (!atexit_done) {
        if (atexit(on_exit_hook) != 0)
            return -ENOMEM; /* atexit's only failure; it does not set errno */
        atexit_done = 1;
    }

    memset(&ours, 0, sizeof(ours));
    ours.sa_handler = on_fatal_signal;
    sigfillset(&ours.sa_mask);
    /* SA_ONSTACK: a stack overflow can still be caught when the program has
     * set up sigaltstack().  SA_RESTART: only matters if we ever return. */
    ours.sa_flags = SA_ONSTACK | SA_RESTART;
    for (i = 0; i < FATAL_COUNT; i++) {
        if (sigaction(fatal_signals[i], NULL, &cur) < 0)
            return FDK__NEG_ERRNO();
        if ((cur.sa_flags & SA_SIGINFO) || cur.sa_handler != SIG_DFL)
            continue; /* the program's own handler, SIG_IGN, or ours already */
        if (sigaction(fatal_signals[i], &ours, NULL) < 0)
            return FDK__NEG_ERRNO();
    }
    hooks_installed = 1;
    return 0;
}

/*
 * Under registry_lock: the current table's entries that belong to this
 * process (a forked child drops its parent's), packed.  Relaxed loads are
 * enough: the previous writer's stores happen-before ours through the
 * mutex.  Returns the count.
 */
static int load_current(struct plain_entry *out, int me)
{
    unsigned e = atomic_load_explicit(&registry_epoch, memory_order_relaxed);
    struct entry *tab = registry[e & 1u];
    int i, n = 0;
    size_t k;

    for (i = 0; i < RESTORE_MAX; i++) {
        if (atomic_load_explicit(&tab[i].pid, memory_order_relaxed) != me)
            continue;
        out[n].pid = me;
        out[n].fd = atomic_load_explicit(&tab[i].fd, memory_order_relaxed);
        for (k = 0; k < TIO_WORDS; k++)
            out[n].u.w[k] = atomic_load_explicit(&tab[i].tio[k], memory_order_relaxed);
        n++;
    }
    return n;
}

/*
 * Under registry_lock: write the next table into the copy readers are not
 * using and make it current.  The release fence orders the previous epoch
 * increment before these stores: a reader that sees one of them also sees
 * that epoch moved (see the comment on the registry).
 */
static void publish(const struct plain_entry *in, int n)
{
    unsigned e = atomic_load_explicit(&registry_epoch, memory_order_relaxed);
    struct entry *tab = registry[(e + 1u) & 1u];
    int i;
    size_t k;

    atomic_thread_fence(memory_order_release);
    for (i = 0; i < RESTORE_MAX; i++) {
        atomic_store_explicit(&tab[i].fd, i < n ? in[i].fd : -1, memory_order_relaxed);
        for (k = 0; k < TIO_WORDS; k++)
            atomic_store_explicit(&tab[i].tio[k], i < n ? in[i].u.w[k] : 0u, memory_order_relaxed);
        atomic_store_explicit(&tab[i].pid, i < n ? in[i].pid : 0, memory_order_relaxed);
    }
    atomic_store_explicit(&registry_epoch, e + 1u, memory_order_release);
}

/*
 * Register (fd, snapshot) for restoring at exit or on a fatal signal; the
 * same fd again replaces its snapshot; saved == NULL removes the fd's entry
 * (0 also when it had none).  Unregister before closing the fd: otherwise
 * a later terminal given the same number would get these settings.
 *
 * Not async-signal-safe (it takes a mutex and may call atexit); any thread
 * may call it.  Calls fork() makes while another thread is inside this
 * function leave the child's copy of the mutex locked (as with any mutex).
 */
int fdk_tty_restore_on_exit(fdk_tty t, const struct fdk_tty_saved *saved)
{
    struct plain_entry next[RESTORE_MAX];
    int me, n, i, err = 0;

    if (t.fd < 0)
        return -EBADF;
    if (saved && memcmp(saved->opaque + MARK_AT, saved_mark, sizeof(saved_mark)) != 0)
        return -EINVAL;
    me = (int)getpid();

    pthread_mutex_lock(&registry_lock);
    n = load_current(next, me);
    for (i = 0; i < n && next[i].fd != t.fd; i++)
        ;
    if (!saved) {
        if (i < n) {
            next[i] = next[n - 1];
            publish(next, n - 1);
        }
        goto out;
    }
    if (i == n && n == RESTORE_MAX) {
        err = -ENOSPC;
        goto out;
    }
    /* Handlers first: a failure there must leave nothing registered. */
    err = install_hooks();
    if (err < 0)
        goto out;
    if (i == n) {
        next[n].pid = me;
        next[n].fd = t.fd;
        n++;
    }
    memset(&next[i].u, 0, sizeof(next[i].u));
    memcpy(&next[i].u.tio, saved->opaque, sizeof(next[i].u.tio));
    publish(next, n);
out:
    pthread_mutex_unlock(&registry_lock);
    return err;
}
