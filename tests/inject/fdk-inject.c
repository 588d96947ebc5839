/* SPDX-License-Identifier: MIT */
/*
 * The fault-injection engine (see fdk-inject.h) and the __wrap_S functions
 * GNU ld's --wrap=S routes every call of S to.
 *
 * Two sets of wrappers, which must never name the same function:
 *  - the X-macro list generated/tests/fdk-inject-fns.h (codegen, from the
 *    specs' prototypes): one line per libc function, expanded below into a
 *    wrapper that counts, consults the rules and calls __real_S;
 *  - handwritten wrappers for the variadic functions the runtime calls
 *    (open, openat, fcntl, ioctl, syscall), which no prototype-driven
 *    template can forward.  Their names, FDK_INJECT_HAND (fdk-inject-headers.h)
 *    and FDKIT_INJECT_HAND_SYMBOLS, are both generated from model.py's
 *    Spec.INJECT_HAND, which must name exactly the DEF_* wrappers below.
 * A call the headers bind to another symbol (open -> open64, fcntl ->
 * __fcntl_time64 on 32-bit targets: link_names in spec/abi/<arch>.yaml) gets
 * a second wrapper under that symbol, counted as the same function:
 * FDK_INJECT_LINK lines in fdk-inject-fns.h, FDK_INJECT_LINK_<name> macros
 * in fdk-inject-headers.h for the handwritten ones.
 *
 * The engine itself must not call any wrapped function: a wrapper calling
 * into the engine would re-enter it (and deadlock on the mutex).  It only
 * uses atomics, a pthread mutex, pthread_sigmask, strcmp and, to die, stdio
 * (whose own write happens inside libc and is never wrapped).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "fdk-inject.h"
/* Declares everything fdk-inject-fns.h names (generated with it). */
#include "fdk-inject-headers.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>


/*
 * One id per wrapped function.  A name in both lists is a duplicate
 * enumerator here, so the mistake fails the build instead of the link.
 */
enum sym_id {
#define FDK_INJECT_FN(ret, name, params, args, len_arg) SYM_##name,
#define FDK_INJECT_LINK(ret, name, sym, params, args, len_arg)
#include "fdk-inject-fns.h"
#undef FDK_INJECT_FN
#define HAND_ID(name) SYM_##name,
    FDK_INJECT_HAND(HAND_ID)
#undef HAND_ID
        SYM__COUNT
};

struct sym_info {
    const char *name;
    const char *len_arg; /* the clamped parameter's name, or NULL */
};

/*
 * `#len_arg` is not macro-expanded, so a function without a byte count
 * shows up as the text "FDK_INJECT_NOLEN"; sym_has_len() tells them apart
 * when a rule is armed, never on the call path.
 */
static const struct sym_info syms[SYM__COUNT] = {
#define FDK_INJECT_FN(ret, name, params, args, len_arg) [SYM_##name] = {#name, #len_arg},
#include "fdk-inject-fns.h"
#undef FDK_INJECT_FN
#undef FDK_INJECT_LINK
#define HAND_INFO(name) [SYM_##name] = {#name, NULL},
    FDK_INJECT_HAND(HAND_INFO)
#undef HAND_INFO
};

static bool sym_has_len(enum sym_id id)
{
    return syms[id].len_arg && strcmp(syms[id].len_arg, "FDK_INJECT_NOLEN") != 0;
}

enum rule_kind { RULE_FAIL, RULE_FAIL_AFTER, RULE_SHORT };

struct rule {
    enum sym_id sym;
    enum rule_kind kind;
    bool any_nr; /* false: only syscall(nr, ...) */
    long nr;
    /* The rule acts on the calls it matches numbered first..last (from 1). */
    unsigned long long first, last, seen;
    int err;
    size_t max;
};

/* What the rules decided for one call. */
struct plan {
    int fail_before; /* errno to fail with instead of the call, or 0 */
    int fail_after;  /* errno to replace the call's result with, or 0 */
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct rule rules[FDK_INJECT_MAX_RULES]; /* under lock */
static unsigned nrules;                         /* under lock */
/* Copy of nrules the call path reads without the lock. */
static atomic_uint armed;
static atomic_uint calls[SYM__COUNT];
static atomic_uint fired;

/*
 * Every signal is blocked while the lock is held: a handler that makes a
 * wrapped call (the classic self-pipe write) while its own thread is inside
 * the engine would otherwise wait forever for that thread's lock.
 */
static void engine_lock(sigset_t *old)
{
    sigset_t all;

    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, old);
    pthread_mutex_lock(&lock);
}

static void engine_unlock(const sigset_t *old)
{
    pthread_mutex_unlock(&lock);
    pthread_sigmask(SIG_SETMASK, old, NULL);
}

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void die(const char *fmt, ...)
{
    va_list ap;

    fputs("fdk_inject: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
    abort();
}

static enum sym_id sym_lookup(const char *api, const char *fn)
{
    if (!fn)
        die("%s: fn is NULL", api);
    for (int i = 0; i < SYM__COUNT; i++)
        if (strcmp(syms[i].name, fn) == 0)
            return (enum sym_id)i;
    die("%s: \"%s\" is not wrapped (add it to the spec's prototypes, or to "
        "Spec.INJECT_HAND in codegen/model.py with a DEF_* wrapper here)",
        api, fn);
}

static void arm(const char *api, struct rule r, unsigned nth, unsigned times)
{
    sigset_t old;

    if (nth == 0)
        die("%s(\"%s\"): nth is 1-based (1 = the next call), got 0", api, syms[r.sym].name);
    if (r.kind != RULE_SHORT && r.err <= 0)
        die("%s(\"%s\"): err must be a positive errno value, got %d", api, syms[r.sym].name, r.err);
    if (r.kind == RULE_SHORT && !sym_has_len(r.sym))
        die("%s(\"%s\"): this function has no byte-count argument to shorten", api,
            syms[r.sym].name);

    r.first = nth;
    r.last = times == 0 ? ULLONG_MAX : (unsigned long long)nth + times - 1;
    r.seen = 0;

    engine_lock(&old);
    if (nrules == FDK_INJECT_MAX_RULES) {
        engine_unlock(&old);
        die("%s(\"%s\"): more than %d rules armed (call fdk_inject_reset between cases)", api,
            syms[r.sym].name, FDK_INJECT_MAX_RULES);
    }
    rules[nrules++] = r;
    atomic_store_explicit(&armed, nrules, memory_order_release);
    engine_unlock(&old);
}

void fdk_inject_reset(void)
{
    sigset_t old;

    engine_lock(&old);
    memset(rules, 0, sizeof(rules));
    nrules = 0;
    atomic_store_explicit(&armed, 0, memory_order_release);
    for (int i = 0; i < SYM__COUNT; i++)
        atomic_store_explicit(&calls[i], 0, memory_order_relaxed);
    atomic_store_explicit(&fired, 0, memory_order_relaxed);
    engine_unlock(&old);
}

/* A rule for sym that matches every call (any system call number). */
static struct rule rule_for(enum sym_id sym, enum rule_kind kind)
{
    struct rule r = {.sym = sym, .kind = kind, .any_nr = true};
    return r;
}

void fdk_inject_fail(const char *fn, unsigned nth, unsigned times, int err)
{
    struct rule r = rule_for(sym_lookup("fdk_inject_fail", fn), RULE_FAIL);
    r.err = err;
    arm("fdk_inject_fail", r, nth, times);
}

void fdk_inject_fail_after(const char *fn, unsigned nth, int err)
{
    struct rule r = rule_for(sym_lookup("fdk_inject_fail_after", fn), RULE_FAIL_AFTER);
    r.err = err;
    arm("fdk_inject_fail_after", r, nth, 1);
}

void fdk_inject_short(const char *fn, unsigned nth, unsigned times, size_t max)
{
    struct rule r = rule_for(sym_lookup("fdk_inject_short", fn), RULE_SHORT);
    r.max = max;
    arm("fdk_inject_short", r, nth, times);
}

void fdk_inject_fail_syscall(long nr, unsigned nth, unsigned times, int err)
{
    struct rule r = rule_for(SYM_syscall, RULE_FAIL);
    if (nr < 0)
        die("fdk_inject_fail_syscall: negative system call number %ld", nr);
    r.any_nr = false;
    r.nr = nr;
    r.err = err;
    arm("fdk_inject_fail_syscall", r, nth, times);
}

unsigned fdk_inject_calls(const char *fn)
{
    return atomic_load_explicit(&calls[sym_lookup("fdk_inject_calls", fn)], memory_order_relaxed);
}

unsigned fdk_inject_fired(void)
{
    return atomic_load_explicit(&fired, memory_order_relaxed);
}

/*
 * The slow path, taken only while some rule is armed: number this call for
 * every rule that matches it and decide what happens.  *len is clamped in
 * place for short rules.  Returns true when the wrapper must fail the call
 * (before or after the real one).  errno is left as it was.
 */
static bool plan_call(enum sym_id id, long nr, size_t *len, struct plan *p)
{
    int saved = errno;
    size_t clamp = SIZE_MAX;
    bool shorten = false;
    unsigned n_fired = 0;
    sigset_t old;

    p->fail_before = 0;
    p->fail_after = 0;
    engine_lock(&old);
    for (unsigned i = 0; i < nrules; i++) {
        struct rule *r = &rules[i];
        unsigned long long n;

        if (r->sym != id || (!r->any_nr && r->nr != nr))
            continue;
        n = ++r->seen;
        if (n < r->first || n > r->last)
            continue;
        switch (r->kind) {
        case RULE_FAIL:
            if (!p->fail_before) /* the first armed wins */
                p->fail_before = r->err;
            break;
        case RULE_FAIL_AFTER:
            if (!p->fail_after)
                p->fail_after = r->err;
            break;
        case RULE_SHORT:
            shorten = true;
            if (r->max < clamp)
                clamp = r->max;
            break;
        }
    }
    engine_unlock(&old);

    if (p->fail_before) {
        /* The call is not made: nothing to shorten, nothing to replace. */
        p->fail_after = 0;
        n_fired = 1;
    } else {
        if (shorten && len && clamp < *len) {
            *len = clamp;
            n_fired++;
        }
        if (p->fail_after)
            n_fired++;
    }
    if (n_fired)
        atomic_fetch_add_explicit(&fired, n_fired, memory_order_relaxed);
    errno = saved;
    return p->fail_before || p->fail_after;
}

/*
 * The fast path every wrapper starts with: count the call; with no rule
 * armed that is all (one atomic add, one atomic load).
 */
static inline bool inject_enter(enum sym_id id, long nr, size_t *len, struct plan *p)
{
    atomic_fetch_add_explicit(&calls[id], 1, memory_order_relaxed);
    if (atomic_load_explicit(&armed, memory_order_acquire) == 0)
        return false;
    return plan_call(id, nr, len, p);
}

/* After the real call: true (and errno set) when a fail_after rule replaces its result. */
static inline bool inject_after(const struct plan *p)
{
    if (!p->fail_after)
        return false;
    errno = p->fail_after;
    return true;
}

/*
 * The generated wrappers.  For a function without a byte count, len_arg is
 * FDK_INJECT_NOLEN, which names a dummy local: the engine never shortens it
 * (fdk_inject_short rejects such functions), so one body serves both.
 * Locals carry an fdk_inj_ prefix so they cannot collide with a parameter.
 */
#define FDK_INJECT_NOLEN fdk_inj_nolen_
#define INJECT_WRAPPER(ret, name, sym, params, args, len_arg)                                      \
    ret __real_##sym params;                                                                       \
    ret __wrap_##sym params;                                                                       \
    ret __wrap_##sym params                                                                        \
    {                                                                                              \
        size_t fdk_inj_nolen_ __attribute__((unused)) = 0;                                         \
        struct plan fdk_inj_plan_;                                                                 \
        ret fdk_inj_ret_;                                                                          \
        if (!inject_enter(SYM_##name, 0, &len_arg, &fdk_inj_plan_))                                \
            return __real_##sym args;                                                              \
        if (fdk_inj_plan_.fail_before) {                                                           \
            errno = fdk_inj_plan_.fail_before;                                                     \
            return (ret)-1;                                                                        \
        }                                                                                          \
        fdk_inj_ret_ = __real_##sym args;                                                          \
        return inject_after(&fdk_inj_plan_) ? (ret)-1 : fdk_inj_ret_;                              \
    }
#define FDK_INJECT_FN(ret, name, params, args, len_arg) INJECT_WRAPPER(ret, name, name, params, args, len_arg)
#define FDK_INJECT_LINK(ret, name, sym, params, args, len_arg) INJECT_WRAPPER(ret, name, sym, params, args, len_arg)
#include "fdk-inject-fns.h"
#undef FDK_INJECT_FN
#undef FDK_INJECT_LINK
#undef FDK_INJECT_NOLEN

/*
 * Handwritten wrappers.  Each reads its variadic argument the way libc's own
 * implementation does and passes it on unchanged, so __real_S (libc, or the
 * sanitizer's interceptor in front of it) sees what the caller passed.
 */

/*
 * fcntl, ioctl and syscall read variadic arguments the caller may not have
 * passed (see below).  Where such an argument lives in the caller's stack
 * frame (syscall's sixth on x86-64, every one on i386) AddressSanitizer
 * rightly sees a read of the caller's redzone; the read is deliberate and
 * its value unused by the kernel, so those wrappers are not instrumented.
 */
#define NO_ASAN __attribute__((no_sanitize_address))

/* The mode argument exists only when the flags create a file (as glibc's __OPEN_NEEDS_MODE). */
static bool open_needs_mode(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

/* Shared tail of the wrappers below, for an int- or long-returning call. */
#define HAND_BODY(ret, id, nr, real_call)                                                          \
    do {                                                                                           \
        struct plan p_;                                                                            \
        ret r_;                                                                                    \
        if (!inject_enter(id, nr, NULL, &p_))                                                      \
            return real_call;                                                                      \
        if (p_.fail_before) {                                                                      \
            errno = p_.fail_before;                                                                \
            return -1;                                                                             \
        }                                                                                          \
        r_ = real_call;                                                                            \
        return inject_after(&p_) ? -1 : r_;                                                        \
    } while (0)

/* open and openat: the mode argument is read only when the flags create a file. */
#define DEF_OPEN(sym)                                                                              \
    int __real_##sym(const char *path, int flags, ...);                                            \
    int __wrap_##sym(const char *path, int flags, ...);                                            \
    int __wrap_##sym(const char *path, int flags, ...)                                             \
    {                                                                                              \
        mode_t mode = 0;                                                                           \
        if (open_needs_mode(flags)) {                                                              \
            va_list ap;                                                                            \
            va_start(ap, flags);                                                                   \
            mode = va_arg(ap, mode_t);                                                             \
            va_end(ap);                                                                            \
        }                                                                                          \
        /* a mode nobody asked for is harmless: open reads it only with O_CREAT/O_TMPFILE */       \
        HAND_BODY(int, SYM_open, 0, __real_##sym(path, flags, mode));                              \
    }

#define DEF_OPENAT(sym)                                                                            \
    int __real_##sym(int dirfd, const char *path, int flags, ...);                                 \
    int __wrap_##sym(int dirfd, const char *path, int flags, ...);                                 \
    int __wrap_##sym(int dirfd, const char *path, int flags, ...)                                  \
    {                                                                                              \
        mode_t mode = 0;                                                                           \
        if (open_needs_mode(flags)) {                                                              \
            va_list ap;                                                                            \
            va_start(ap, flags);                                                                   \
            mode = va_arg(ap, mode_t);                                                             \
            va_end(ap);                                                                            \
        }                                                                                          \
        HAND_BODY(int, SYM_openat, 0, __real_##sym(dirfd, path, flags, mode));                     \
    }

/* mq_open: a mode and an attribute pointer follow only when the flags create the queue. */
#define DEF_MQ_OPEN(sym)                                                                           \
    mqd_t __real_##sym(const char *name, int oflag, ...);                                          \
    mqd_t __wrap_##sym(const char *name, int oflag, ...);                                          \
    mqd_t __wrap_##sym(const char *name, int oflag, ...)                                           \
    {                                                                                              \
        mode_t mode = 0;                                                                           \
        struct mq_attr *attr = NULL;                                                               \
        if (oflag & O_CREAT) {                                                                     \
            va_list ap;                                                                            \
            va_start(ap, oflag);                                                                   \
            mode = va_arg(ap, mode_t);                                                             \
            attr = va_arg(ap, struct mq_attr *);                                                   \
            va_end(ap);                                                                            \
        }                                                                                          \
        HAND_BODY(mqd_t, SYM_mq_open, 0, __real_##sym(name, oflag, mode, attr));                   \
    }

/*
 * fcntl's third argument is an int, a pointer, or absent, depending on cmd.
 * Forwarding it as one unsigned long is sound on Linux: the system call
 * itself is fcntl(unsigned int fd, unsigned int cmd, unsigned long arg), and
 * on every Linux ABI (LP64 x86-64/aarch64/riscv64, ILP32 i386/arm) an int or
 * pointer passed to a variadic function occupies one general register or
 * one stack slot of the size of a long.  Reading that slot as unsigned long
 * and passing it on gives real fcntl the very bits the caller put there: a
 * pointer whole, an int in the low 32 bits that the kernel truncates to.
 * When cmd takes no argument the value is whatever that register held and
 * the kernel ignores it.  glibc's fcntl reads the argument the same way
 * (va_arg(ap, void *)), so the wrapper adds nothing libc does not do.
 */
#define DEF_FCNTL(sym)                                                                             \
    int __real_##sym(int fd, int cmd, ...);                                                        \
    int __wrap_##sym(int fd, int cmd, ...);                                                        \
    NO_ASAN int __wrap_##sym(int fd, int cmd, ...)                                                 \
    {                                                                                              \
        unsigned long arg;                                                                         \
        va_list ap;                                                                                \
        va_start(ap, cmd);                                                                         \
        arg = va_arg(ap, unsigned long);                                                           \
        va_end(ap);                                                                                \
        HAND_BODY(int, SYM_fcntl, 0, __real_##sym(fd, cmd, arg));                                  \
    }

/* ioctl's argument is a pointer or an integer of pointer size: forwarded as void * (as glibc). */
#define DEF_IOCTL(sym)                                                                             \
    int __real_##sym(int fd, unsigned long request, ...);                                          \
    int __wrap_##sym(int fd, unsigned long request, ...);                                          \
    NO_ASAN int __wrap_##sym(int fd, unsigned long request, ...)                                   \
    {                                                                                              \
        void *arg;                                                                                 \
        va_list ap;                                                                                \
        va_start(ap, request);                                                                     \
        arg = va_arg(ap, void *);                                                                  \
        va_end(ap);                                                                                \
        HAND_BODY(int, SYM_ioctl, 0, __real_##sym(fd, request, arg));                              \
    }

/*
 * syscall(nr, ...) takes up to six arguments and cannot know how many were
 * passed, so it always forwards six longs.  On x86-64 (SysV) nr and the
 * first five arguments travel in rdi, rsi, rdx, rcx, r8, r9 and the sixth in
 * the caller's first outgoing stack slot; on aarch64 (AAPCS64, which on
 * Linux passes variadic arguments like named ones) all seven are in x0-x6.
 * Reading an argument the caller did not pass therefore reads a register or
 * a slot of the caller's own frame: garbage, never a fault, and the kernel
 * ignores arguments a system call does not take.  glibc's syscall() is
 * assembly that loads all six argument registers (on x86-64 the sixth from
 * that stack slot) whatever the caller passed: the same contract.
 * int arguments are read as long the same way (the kernel truncates them).
 */
#define DEF_SYSCALL(sym)                                                                           \
    long __real_##sym(long nr, ...);                                                               \
    long __wrap_##sym(long nr, ...);                                                               \
    NO_ASAN long __wrap_##sym(long nr, ...)                                                        \
    {                                                                                              \
        long a[6];                                                                                 \
        va_list ap;                                                                                \
        va_start(ap, nr);                                                                          \
        for (int i = 0; i < 6; i++)                                                                \
            a[i] = va_arg(ap, long);                                                               \
        va_end(ap);                                                                                \
        HAND_BODY(long, SYM_syscall, nr, __real_##sym(nr, a[0], a[1], a[2], a[3], a[4], a[5]));    \
    }

/* Each under its own name, then under the symbols the headers bind it to. */
DEF_MQ_OPEN(mq_open)
FDK_INJECT_LINK_mq_open(DEF_MQ_OPEN)
DEF_OPEN(open)
FDK_INJECT_LINK_open(DEF_OPEN)
DEF_OPENAT(openat)
FDK_INJECT_LINK_openat(DEF_OPENAT)
DEF_FCNTL(fcntl)
FDK_INJECT_LINK_fcntl(DEF_FCNTL)
DEF_IOCTL(ioctl)
FDK_INJECT_LINK_ioctl(DEF_IOCTL)
DEF_SYSCALL(syscall)
FDK_INJECT_LINK_syscall(DEF_SYSCALL)
