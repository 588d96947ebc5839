/* SPDX-License-Identifier: MIT */
/*
 * Internal helpers shared by generated and handwritten sources.  Not
 * installed; nothing here is part of the ABI (names use the fdk__ prefix).
 */
#ifndef FDK_INTERNAL_H
#define FDK_INTERNAL_H

#include <errno.h>
#include <stdint.h>
#include <stddef.h>

#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include <fdkit/fdkit.h>

/*
 * Offsets are int64_t in the API and passed straight to pread, sendfile,
 * ftruncate...: a 32-bit off_t would truncate them.  64-bit Linux always has
 * a 64-bit off_t; a 32-bit build must define _FILE_OFFSET_BITS=64 (and then
 * the fault-injection harness must wrap the *64 symbol names).
 */
_Static_assert(sizeof(off_t) == 8, "fdkit needs a 64-bit off_t (build with -D_FILE_OFFSET_BITS=64)");

/*
 * The single conversion point from the libc convention (-1 + errno) to
 * fdkit's (-errno) is FDK__NEG_ERRNO() in fdkit/common.h: the inline
 * wrappers in the public headers, generated/src/ and runtime/ all use it.
 */

/*
 * expr (a call that fails with a negative result and errno) evaluated again
 * for as long as it fails with EINTR; the value is the last result, with
 * errno as that call left it.  Only for calls that do not wait, or whose
 * wait fdkit must finish: a wait hands EINTR back to the caller instead.
 * GNU C (a statement expression; __extension__ keeps -Wpedantic quiet).
 */
#define FDK__RETRY_EINTR(expr)                                                                     \
    __extension__({                                                                                \
        __typeof__(expr) fdk__retry_r_;                                                            \
        do                                                                                         \
            fdk__retry_r_ = (expr);                                                                \
        while (fdk__retry_r_ < 0 && errno == EINTR);                                               \
        fdk__retry_r_;                                                                             \
    })

/*
 * Close a descriptor fdkit opened and is now giving up, on an error path or
 * where nobody reads close's result: once, never retried (Linux frees the
 * descriptor even when close reports EINTR, and a retry could close one
 * another thread just got), and errno is left as it was, so the failure
 * being reported keeps its errno.  A negative fd is left alone.  Returns -1,
 * for `fd = fdk__close_quietly(fd);`.  A close whose result the caller gets
 * (fdk_<kind>_close) calls close() itself.
 */
static inline int fdk__close_quietly(int fd)
{
    if (fd >= 0) {
        int saved = errno;
        close(fd);
        errno = saved;
    }
    return -1;
}

/* One named bit (or multi-bit value) of a flag set, for fdk_flags_format/parse. */
struct fdk__flag_name {
    uint64_t bits;        /* value of the member (from the ABI lock) */
    const char *name;     /* kernel name: "EPOLLIN" */
    const char *fdk_name; /* fdkit name: "FDK_EPOLL_IN" */
};

/* A flag set: its members in spec order and the mask of every valid bit. */
struct fdk__flagset_info {
    const char *name; /* "epoll.events" */
    const struct fdk__flag_name *members;
    size_t count;
    uint64_t all;
};

/* Indexed by fdk_flagset; generated in generated/src/tables.c. */
extern const struct fdk__flagset_info fdk__flagsets[];
extern const size_t fdk__flagsets_count;

/*
 * A multi-bit field of a set (memfd's huge page size, six bits at 26): the
 * members whose bits lie inside mask are its values, of which a word holds
 * one, so they are matched and combined as values, not as sums of bits.
 * Generated in generated/src/tables.c.
 */
struct fdk__flag_field {
    fdk_flagset set;
    uint64_t mask;
};

extern const struct fdk__flag_field fdk__flag_fields[];
extern const size_t fdk__flag_fields_count;

/* Map readlink("/proc/self/fd/N") text to a kind; generated from the specs. */
enum fdk_fd_kind fdk__fd_kind_from_link(const char *link);

/*
 * Open path (relative to dirfd) with oflags | O_CLOEXEC | O_NOCTTY, but only
 * if it is a node of `type` (S_IFIFO, S_IFCHR...), checked before the open -
 * opening the wrong node can have effects of its own: a serial line drops
 * DTR on close, inotify reports a write, a socket path answers ENXIO - and
 * after it, which catches a path replaced in between.  Another type gives
 * -wrong_type.  EINTR from openat is retried when retry_eintr, else handed
 * back (an open that waits).  On failure no fd is left open and *ret_fd is
 * not written.  In runtime/open-typed.c.
 */
int fdk__open_typed(int dirfd, const char *path, int oflags, mode_t type, int wrong_type,
                    int retry_eintr, int *ret_fd);

/*
 * Handle buf as if the tree's inotify instance had returned it (records
 * stepped with fdk_inotify_next), then settle what it left open: for the
 * fuzz target of the tree's event handling.  In runtime/inotify/inotify-tree.c.
 */
int fdk__inotify_tree_feed(fdk_inotify_tree *t, const void *buf, size_t len);

/* A signal number fdkit accepts: 1..SIGRTMAX (SIGRTMAX is a libc call). */
static inline int fdk__signo_valid(long signo)
{
    return signo >= 1 && signo <= SIGRTMAX;
}

/*
 * Signals between 32 and SIGRTMIN - 1 belong to the C library (glibc uses
 * 32 for thread cancellation and 33 to run setuid() in every thread).  A
 * signalfd that watched them would take them away from libc's handlers and
 * hang setuid() or lose a cancellation, so fdkit never puts them in a
 * signalfd's mask; sigfillset leaves them out for the same reason.
 */
static inline int fdk__sig_libc_reserved(int signo)
{
    return signo >= 32 && signo < SIGRTMIN;
}

/* 1 if *set holds a libc-reserved signal (see above). */
static inline int fdk__sigset_has_libc_reserved(const sigset_t *set)
{
    int s;
    for (s = 32; s < SIGRTMIN; s++)
        if (sigismember(set, s) == 1)
            return 1;
    return 0;
}

/*
 * The SIGPIPE guard of the calls that write to a pipe or socket in a loop
 * (fdk_fd_write_all, fdk_copy_all, fdk_sendfile_all, fdk_splice_all...):
 * writing to one whose reader has gone makes the kernel raise SIGPIPE at
 * the writing thread before the call returns EPIPE, and sendfile, splice
 * and write have no MSG_NOSIGNAL.  So around the transfer the calling
 * thread blocks SIGPIPE; if the transfer ended in -EPIPE, the SIGPIPE it
 * raised (pending on this thread) is taken back before the old mask
 * returns.  A SIGPIPE from elsewhere that arrives meanwhile stays pending
 * (one sent at this thread before the kernel's, which then merged into it,
 * is put back) and is delivered when the mask is restored.  When
 * the thread already blocks SIGPIPE nothing is changed: what the kernel
 * raises is then the caller's to collect, as with the system call.  Costs
 * two rt_sigprocmask calls (a third, sigtimedwait, only after -EPIPE).
 * In runtime/sigpipe.c.
 */
struct fdk__sigpipe_guard {
    sigset_t old;
    int active; /* 1: this guard blocked SIGPIPE and must restore the mask */
};

void fdk__sigpipe_block(struct fdk__sigpipe_guard *g);

/* Restore the mask; r is the transfer's result (-EPIPE: take back its SIGPIPE). errno is kept. */
void fdk__sigpipe_restore(struct fdk__sigpipe_guard *g, int r);

#endif /* FDK_INTERNAL_H */
