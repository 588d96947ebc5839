/* SPDX-License-Identifier: MIT */
/*
 * bench-wrappers: the same loop of system calls made through libc directly
 * ("raw") or through fdkit's wrappers ("fdkit"), for counting instructions
 * under callgrind (bench/run-wrappers.sh).  Valgrind counts only user-space
 * instructions, so the difference between the two modes is what the wrapper
 * itself costs: argument checks, the EINTR test, the -errno conversion and
 * (where it is not inline) the call into the library.
 *
 * This file holds the fixture, the raw loops and main, and is built with
 * _GNU_SOURCE; the fdkit loops are in wrappers-fdkit.c, built three ways
 * (inline, as a default consumer, through the exported symbols: wrappers.h).
 * Each (operation, mode) pair has its own loop function, bench_<op>_<mode>,
 * never inlined or cloned, so `--toggle-collect=bench_<op>_<mode>` counts
 * exactly the loop.  Both modes check every result the way a caller would.
 *
 *   eventfd  write 1 to an eventfd, read it back        (2 calls/iteration)
 *   pipe     write 1 byte into a pipe, read it back     (2 calls/iteration)
 *   readv    writev 2 one-byte buffers into a pipe, readv them back
 *                                                      (2 calls/iteration)
 *   splice   bounce 1 byte between two pipes           (2 calls/iteration)
 *   pread    read 64 bytes at offset 0 of a small file  (1 call/iteration)
 *   epoll    epoll_wait(timeout 0) with one ready fd    (1 call/iteration)
 *   timerfd  read a timerfd that fires every microsecond (1 call/iteration)
 *   unix     send 1 byte on one end of a Unix stream socketpair, receive it
 *            on the other                              (2 calls/iteration)
 *   unixmsg  the same with sendmsg/recvmsg             (2 calls/iteration)
 *   tcp      send/recv over a TCP loopback connection (TCP_NODELAY)
 *                                                      (2 calls/iteration)
 *
 * Usage: bench-wrappers [--iters N] raw|fdkit OP|all
 * Prints one line per operation: "op mode iterations calls ns/call".  Run
 * outside valgrind, ns/call is mostly kernel time and only a sanity check.
 */
#include "bench-util.h"
#include "wrappers.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Any failure inside a loop is a bug in the setup: say which and stop. */
void die(const char *what, long r)
{
    fprintf(stderr, "bench-wrappers: %s: unexpected result %ld\n", what, r);
    exit(1);
}

/* ------------------------------------------------------------------------ */

BENCH_LOOP static uint64_t bench_eventfd_raw(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        uint64_t v = 1;
        ssize_t n = write(f->efd, &v, sizeof v);

        if (n != (ssize_t)sizeof v)
            die("write(eventfd)", (long)n);
        n = read(f->efd, &v, sizeof v);
        if (n != (ssize_t)sizeof v)
            die("read(eventfd)", (long)n);
        sum += v;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_pipe_raw(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        unsigned char c = (unsigned char)i;
        ssize_t n = write(f->pw, &c, 1);

        if (n != 1)
            die("write(pipe)", (long)n);
        n = read(f->pr, &c, 1);
        if (n != 1)
            die("read(pipe)", (long)n);
        sum += c;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_splice_raw(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        ssize_t n = splice(f->ar, NULL, f->bw, NULL, 1, 0);

        if (n != 1)
            die("splice(A -> B)", (long)n);
        n = splice(f->br, NULL, f->aw, NULL, 1, 0);
        if (n != 1)
            die("splice(B -> A)", (long)n);
        sum += (uint64_t)n;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_pread_raw(const struct fds *f, long iters)
{
    unsigned char buf[PREAD_LEN];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        ssize_t n = pread(f->file, buf, sizeof buf, 0);

        if (n != (ssize_t)sizeof buf)
            die("pread", (long)n);
        sum += buf[i % PREAD_LEN];
    }
    return sum;
}

/*
 * One byte from a to b per iteration over a connected stream pair (a stream
 * never holds more than one).  (op is used only with ##, so `unix`, a
 * predefined macro in GNU C, stays a name.)
 */
#define STREAM_LOOP(op, fa, fb)                                                                    \
    BENCH_LOOP static uint64_t bench_##op##_raw(const struct fds *f, long iters)                   \
    {                                                                                              \
        uint64_t sum = 0;                                                                          \
                                                                                                   \
        for (long i = 0; i < iters; i++) {                                                         \
            unsigned char c = (unsigned char)i;                                                    \
            ssize_t n = send(f->fa, &c, 1, MSG_NOSIGNAL);                                          \
                                                                                                   \
            if (n != 1)                                                                            \
                die("send", (long)n);                                                              \
            n = recv(f->fb, &c, 1, 0);                                                             \
            if (n != 1)                                                                            \
                die("recv", (long)n);                                                              \
            sum += c;                                                                              \
        }                                                                                          \
        return sum;                                                                                \
    }

STREAM_LOOP(unix, ua, ub)
STREAM_LOOP(tcp, ta, tb)

BENCH_LOOP static uint64_t bench_unixmsg_raw(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        unsigned char c = (unsigned char)i;
        struct iovec iov = {&c, 1};
        struct msghdr msg = {0};
        ssize_t n;

        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        n = sendmsg(f->ua, &msg, MSG_NOSIGNAL);
        if (n != 1)
            die("sendmsg", (long)n);
        n = recvmsg(f->ub, &msg, 0);
        if (n != 1)
            die("recvmsg", (long)n);
        sum += c;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_readv_raw(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        unsigned char a = (unsigned char)i, b = (unsigned char)(i >> 8);
        struct iovec iov[2] = {{&a, 1}, {&b, 1}};
        ssize_t n = writev(f->pw, iov, 2);

        if (n != 2)
            die("writev", (long)n);
        n = readv(f->pr, iov, 2);
        if (n != 2)
            die("readv", (long)n);
        sum += a + b;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_epoll_raw(const struct fds *f, long iters)
{
    struct epoll_event ev[4];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int n = epoll_wait(f->ep, ev, 4, 0);

        if (n != 1)
            die("epoll_wait", n);
        sum += ev[0].events;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_timerfd_raw(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        uint64_t n;
        ssize_t r = read(f->tfd, &n, sizeof n);

        if (r != (ssize_t)sizeof n)
            die("read(timerfd)", (long)r);
        sum += n;
    }
    return sum;
}

/* ------------------------------------------------------------------------ */

static const struct op {
    const char *name;
    int calls_per_iter;
    loop_fn raw, fdkit;
} ops[] = {
    {"eventfd", 2, bench_eventfd_raw, bench_eventfd_fdkit},
    {"pipe", 2, bench_pipe_raw, bench_pipe_fdkit},
    {"readv", 2, bench_readv_raw, bench_readv_fdkit},
    {"splice", 2, bench_splice_raw, bench_splice_fdkit},
    {"pread", 1, bench_pread_raw, bench_pread_fdkit},
    {"epoll", 1, bench_epoll_raw, bench_epoll_fdkit},
    {"timerfd", 1, bench_timerfd_raw, bench_timerfd_fdkit},
    {"unix", 2, bench_unix_raw, bench_unix_fdkit},
    {"unixmsg", 2, bench_unixmsg_raw, bench_unixmsg_fdkit},
    {"tcp", 2, bench_tcp_raw, bench_tcp_fdkit},
};

static int setup(struct fds *f)
{
    char path[] = "/tmp/fdkit-bench-wrappers-XXXXXX";
    const char *tmp = getenv("TMPDIR");
    unsigned char data[4096];
    char tpath[4096];
    int p[2], q[2], r[2], u[2], e;

    f->efd = eventfd(0, EFD_CLOEXEC);
    if (f->efd < 0 || pipe2(p, O_CLOEXEC) < 0 || pipe2(q, O_CLOEXEC) < 0 || pipe2(r, O_CLOEXEC) < 0)
        return -errno;
    f->pr = p[0];
    f->pw = p[1];
    f->ar = q[0];
    f->aw = q[1];
    f->br = r[0];
    f->bw = r[1];
    if (write(f->aw, "x", 1) != 1) /* the byte that bounces between A and B */
        return -EIO;
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, u) < 0)
        return -errno;
    f->ua = u[0];
    f->ub = u[1];
    /* TCP_NODELAY: every byte leaves at once, one segment per send, as in
       bench-sockets (the fixture; raw calls, not measured). */
    e = bench_tcp_pair(&f->ta, &f->tb);
    if (e < 0)
        return e;
    /* epoll: one eventfd whose counter stays 1, so every wait reports it */
    f->ready_efd = eventfd(1, EFD_CLOEXEC);
    f->ep = epoll_create1(EPOLL_CLOEXEC);
    if (f->ready_efd < 0 || f->ep < 0)
        return -errno;
    struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 1};
    if (epoll_ctl(f->ep, EPOLL_CTL_ADD, f->ready_efd, &ev) < 0)
        return -errno;
    /* timerfd: every microsecond, so a read hardly ever waits */
    struct itimerspec its = {.it_interval = {0, 1000}, .it_value = {0, 1000}};
    f->tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    if (f->tfd < 0 || timerfd_settime(f->tfd, 0, &its, NULL) < 0)
        return -errno;

    if (tmp && *tmp &&
        snprintf(tpath, sizeof tpath, "%s/fdkit-bench-wrappers-XXXXXX", tmp) < (int)sizeof tpath)
        f->file = mkostemp(tpath, O_CLOEXEC);
    else
        f->file = mkostemp(path, O_CLOEXEC);
    if (f->file < 0)
        return -errno;
    unlink(tmp && *tmp ? tpath : path);
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (unsigned char)(i * 7u + 1u);
    if (write(f->file, data, sizeof data) != (ssize_t)sizeof data)
        return -EIO;
    return 0;
}

static double now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void usage(FILE *out)
{
    fprintf(out, "usage: bench-wrappers [--iters N] raw|fdkit "
                 "eventfd|pipe|readv|splice|pread|epoll|timerfd|unix|unixmsg|tcp|all\n"
                 "(this build's fdkit loops: %s)\n", bench_fdkit_build);
}

int main(int argc, char **argv)
{
    struct fds f;
    long iters = 100000;
    bool fdkit, all, found = false;
    const char *mode, *which;
    int i = 1, r;

    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        usage(stdout);
        return 0;
    }
    if (argc > 2 && !strcmp(argv[1], "--iters")) {
        if (!bench_parse_long(argv[2], 1, LONG_MAX, &iters)) {
            usage(stderr);
            return 2;
        }
        i = 3;
    }
    if (argc != i + 2) {
        usage(stderr);
        return 2;
    }
    mode = argv[i];
    which = argv[i + 1];
    if (strcmp(mode, "raw") && strcmp(mode, "fdkit")) {
        usage(stderr);
        return 2;
    }
    fdkit = !strcmp(mode, "fdkit");
    all = !strcmp(which, "all");

    r = setup(&f);
    if (r < 0) {
        fprintf(stderr, "bench-wrappers: setup: %s\n", strerror(-r));
        return 1;
    }
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
        const struct op *op = &ops[k];
        double t;
        uint64_t sum;

        if (!all && strcmp(which, op->name))
            continue;
        found = true;
        t = now_ns();
        sum = (fdkit ? op->fdkit : op->raw)(&f, iters);
        t = now_ns() - t;
        printf("%s %s %ld %ld %.1f ns/call (check %llu)\n", op->name, mode, iters,
               iters * op->calls_per_iter, t / (double)(iters * op->calls_per_iter),
               (unsigned long long)sum);
    }
    if (!found) {
        usage(stderr);
        return 2;
    }
    return 0;
}
