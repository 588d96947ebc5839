/* SPDX-License-Identifier: MIT */
/*
 * Fault injection for tests: make the Nth call of a libc function that
 * fdkit (or the test itself) makes fail, or move fewer bytes, without root
 * and without touching the library.
 *
 * How: test executables are linked against the static archive libfdkit.a
 * with GNU ld's `--wrap=S` for every function listed in
 * generated/tests/fdk-inject-fns.h (generated from the specs' prototypes)
 * and in FDKIT_INJECT_HAND_SYMBOLS (tests/inject/inject.cmake: the variadic
 * open, openat, fcntl, ioctl and syscall).  Every call to S from an object on
 * the link line then lands in __wrap_S (tests/inject/fdk-inject.c), which
 * counts it, applies the armed rules and otherwise calls the real S.
 * Calls made inside libc itself (stdio's write, opendir's openat) and calls
 * from a shared libfdkit.so are not seen.  tests/README.md has the details.
 *
 * Rules.  Each fdk_inject_fail / _fail_after / _short / _fail_syscall call
 * arms one rule; up to FDK_INJECT_MAX_RULES rules can be armed at once and
 * they all stay armed until fdk_inject_reset().  A rule counts the calls it
 * matches from the moment it is armed: nth = 1 means the next call of fn,
 * nth = 3 the third from now.  It acts on calls nth .. nth + times - 1;
 * times = 0 means every call from nth on, forever.  When several rules match
 * one call, a fail rule wins (the real call is not made and the other rules
 * do nothing); otherwise every matching short rule clamps the byte count
 * (the smallest max wins) and a fail_after rule replaces the result.
 *
 * Bad arguments (NULL or unwrapped fn, nth = 0, err <= 0, a short rule on a
 * function without a byte count) and a full rule table are test bugs: they
 * print a message to stderr and abort().
 *
 * Thread safe: counters are atomic and rules are matched under a mutex, so
 * with several threads calling fn each matching call gets its own number and
 * a rule with times = k fires exactly k times.  An unarmed wrapper costs one
 * atomic increment and one atomic load before the real call; while rules are
 * armed, each wrapped call takes the mutex with every signal blocked, so a
 * signal handler may make wrapped calls too (a self-pipe write).
 *
 * Typical use:
 *
 *     fdk_inject_reset();
 *     fdk_inject_fail("write", 1, 1, EINTR);     // first write: EINTR
 *     fdk_inject_short("write", 2, 1, 1);        // second write: at most 1 byte
 *     ASSERT_EQ(fdk_fd_write_all(fd, buf, 10, &done), 0);
 *     ASSERT_EQ(fdk_inject_calls("write"), 3);
 *     ASSERT_EQ(fdk_inject_fired(), 2);
 */
#ifndef FDK_INJECT_H
#define FDK_INJECT_H

#include <stddef.h>

/* Size of the rule table; arming one more rule aborts. */
#define FDK_INJECT_MAX_RULES 32

/*
 * Drop every rule and zero every call counter and the fired counter.  Call it
 * at the start of each case (and after its setup, so the setup's own calls
 * are not counted).
 */
void fdk_inject_reset(void);

/*
 * Calls nth .. nth + times - 1 of fn, counted from now (nth = 1: the next
 * call), return -1 with errno = err without making the real call.  times = 0:
 * every call from nth on.  fn is the libc name ("read", "close", "openat",
 * "syscall" for any system call made through syscall(2)).
 */
void fdk_inject_fail(const char *fn, unsigned nth, unsigned times, int err);

/*
 * Call nth of fn runs for real, then its result is replaced by -1 with
 * errno = err: the side effect happened but the caller is told it failed
 * (close: the descriptor really is closed; write: the bytes really went).
 * One call only.
 */
void fdk_inject_fail_after(const char *fn, unsigned nth, int err);

/*
 * Calls nth .. nth + times - 1 of fn (times = 0: forever) make the real call
 * with their byte-count argument clamped to max, so they move at most max
 * bytes: short reads and writes on demand.  Only for functions with a size_t
 * byte count (read, write, pread, pwrite, splice, tee, sendfile,
 * copy_file_range, ...); readv/writev count buffers, not bytes, and are
 * rejected.  max = 0 asks for a zero-byte transfer (EOF-like results).
 */
void fdk_inject_short(const char *fn, unsigned nth, unsigned times, size_t max);

/*
 * As fdk_inject_fail("syscall", ...), but only for syscall(nr, ...) calls,
 * and nth counts only those calls: fdk_inject_fail_syscall(SYS_openat2, 2,
 * 1, ENOSYS) fails the second openat2 whatever other system calls happen in
 * between.
 */
void fdk_inject_fail_syscall(long nr, unsigned nth, unsigned times, int err);

/*
 * Calls of fn (every wrapped call, injected or not) since the last reset.
 * "syscall" counts every syscall(2) call whatever its number.
 */
unsigned fdk_inject_calls(const char *fn);

/*
 * Injections that took effect since the last reset: one per call a fail or
 * fail_after rule turned into an error, one per call a short rule actually
 * shortened (a call that already asked for max bytes or fewer is not counted).
 */
unsigned fdk_inject_fired(void);

#endif /* FDK_INJECT_H */
