/* SPDX-License-Identifier: MIT */
/*
 * What bench-wrappers' two halves share: the descriptors the loops use, and
 * the fdkit loops that wrappers-fdkit.c defines.  wrappers.c (the fixture,
 * the raw loops and main) is always built with _GNU_SOURCE; wrappers-fdkit.c
 * is built three ways, one program each (bench/CMakeLists.txt):
 *
 *   bench-wrappers           as a _GNU_SOURCE consumer: inline wrappers
 *   bench-wrappers-default   as the README builds a consumer: no feature
 *                            macro, only what pkg-config's Cflags give
 *   bench-wrappers-exported  FDK_NO_INLINE against libfdkit.so: the exported
 *                            symbols through the PLT, as another language's
 *                            FFI calls them
 */
#ifndef FDKIT_BENCH_WRAPPERS_H
#define FDKIT_BENCH_WRAPPERS_H

#include <stdint.h>

#define PREAD_LEN 64

struct fds {
    int efd;    /* eventfd, counter 0 */
    int pr, pw; /* a pipe */
    int ar, aw; /* pipe A: holds the bouncing byte between iterations */
    int br, bw; /* pipe B */
    int file;   /* a small regular file */
    int ua, ub; /* a Unix stream socketpair */
    int ta, tb; /* a TCP loopback connection */
    int ep;     /* an epoll instance watching ready_efd (EPOLLIN, level) */
    int ready_efd; /* an eventfd whose counter stays 1: always readable */
    int tfd;    /* a timerfd firing every microsecond */
};

/* A measured loop: never inlined or cloned (as in bench-util.h, which
   wrappers-fdkit.c cannot include: it needs _GNU_SOURCE). */
#if defined(__GNUC__) && !defined(__clang__)
#define BENCH_FDKIT_LOOP __attribute__((noinline, noclone))
#else
#define BENCH_FDKIT_LOOP __attribute__((noinline))
#endif

/* Any failure inside a loop is a bug in the setup: say which and stop. */
__attribute__((noreturn)) void die(const char *what, long r);

/* Which build of wrappers-fdkit.c this program holds ("inline", "default", "exported"). */
extern const char bench_fdkit_build[];

typedef uint64_t (*loop_fn)(const struct fds *f, long iters);

uint64_t bench_eventfd_fdkit(const struct fds *f, long iters);
uint64_t bench_pipe_fdkit(const struct fds *f, long iters);
uint64_t bench_readv_fdkit(const struct fds *f, long iters);
uint64_t bench_splice_fdkit(const struct fds *f, long iters);
uint64_t bench_pread_fdkit(const struct fds *f, long iters);
uint64_t bench_epoll_fdkit(const struct fds *f, long iters);
uint64_t bench_timerfd_fdkit(const struct fds *f, long iters);
uint64_t bench_unix_fdkit(const struct fds *f, long iters);
uint64_t bench_unixmsg_fdkit(const struct fds *f, long iters);
uint64_t bench_tcp_fdkit(const struct fds *f, long iters);

#endif
