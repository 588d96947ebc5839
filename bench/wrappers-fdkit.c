/* SPDX-License-Identifier: MIT */
/*
 * The fdkit half of bench-wrappers: each loop of wrappers.c's raw half made
 * through fdkit's wrappers, checking every result the way a caller would.
 * Built three ways (wrappers.h); this file must therefore need no feature
 * macro of its own.
 */
#include <fdkit/fdkit.h>

#include "wrappers.h"

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#if defined(FDK_NO_INLINE)
const char bench_fdkit_build[] = "exported";
#elif defined(_GNU_SOURCE)
const char bench_fdkit_build[] = "inline";
#else
const char bench_fdkit_build[] = "default";
#endif

BENCH_FDKIT_LOOP uint64_t bench_eventfd_fdkit(const struct fds *f, long iters)
{
    fdk_eventfd ev = {.fd = f->efd};
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        uint64_t v;
        int r = fdk_eventfd_write(ev, 1);

        if (r < 0)
            die("fdk_eventfd_write", r);
        r = fdk_eventfd_read(ev, &v);
        if (r < 0)
            die("fdk_eventfd_read", r);
        sum += v;
    }
    return sum;
}

BENCH_FDKIT_LOOP uint64_t bench_pipe_fdkit(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        unsigned char c = (unsigned char)i;
        ssize_t n = fdk_fd_write(f->pw, &c, 1);

        if (n != 1)
            die("fdk_fd_write", (long)n);
        n = fdk_fd_read(f->pr, &c, 1);
        if (n != 1)
            die("fdk_fd_read", (long)n);
        sum += c;
    }
    return sum;
}

BENCH_FDKIT_LOOP uint64_t bench_readv_fdkit(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        unsigned char a = (unsigned char)i, b = (unsigned char)(i >> 8);
        struct iovec iov[2] = {{&a, 1}, {&b, 1}};
        ssize_t n = fdk_fd_writev(f->pw, iov, 2);

        if (n != 2)
            die("fdk_fd_writev", (long)n);
        n = fdk_fd_readv(f->pr, iov, 2);
        if (n != 2)
            die("fdk_fd_readv", (long)n);
        sum += a + b;
    }
    return sum;
}

BENCH_FDKIT_LOOP uint64_t bench_splice_fdkit(const struct fds *f, long iters)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        ssize_t n = fdk_splice_once(f->ar, NULL, f->bw, NULL, 1, 0);

        if (n != 1)
            die("fdk_splice_once(A -> B)", (long)n);
        n = fdk_splice_once(f->br, NULL, f->aw, NULL, 1, 0);
        if (n != 1)
            die("fdk_splice_once(B -> A)", (long)n);
        sum += (uint64_t)n;
    }
    return sum;
}

BENCH_FDKIT_LOOP uint64_t bench_pread_fdkit(const struct fds *f, long iters)
{
    fdk_file file = {.fd = f->file};
    unsigned char buf[PREAD_LEN];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        ssize_t n = fdk_file_pread(file, buf, sizeof buf, 0);

        if (n != (ssize_t)sizeof buf)
            die("fdk_file_pread", (long)n);
        sum += buf[i % PREAD_LEN];
    }
    return sum;
}

BENCH_FDKIT_LOOP uint64_t bench_epoll_fdkit(const struct fds *f, long iters)
{
    fdk_epoll ep = {.fd = f->ep};
    struct epoll_event ev[4];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int n = fdk_epoll_wait(ep, ev, 4, 0);

        if (n != 1)
            die("fdk_epoll_wait", n);
        sum += ev[0].events;
    }
    return sum;
}

BENCH_FDKIT_LOOP uint64_t bench_timerfd_fdkit(const struct fds *f, long iters)
{
    fdk_timerfd t = {.fd = f->tfd};
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        uint64_t n;
        int r = fdk_timerfd_read(t, &n);

        if (r < 0)
            die("fdk_timerfd_read", r);
        sum += n;
    }
    return sum;
}

/* One byte from a to b per iteration over a connected stream pair. */
#define STREAM_LOOP(op, kind, fa, fb)                                                              \
    BENCH_FDKIT_LOOP uint64_t bench_##op##_fdkit(const struct fds *f, long iters)                        \
    {                                                                                              \
        fdk_##kind a = {.fd = f->fa}, b = {.fd = f->fb};                                           \
        uint64_t sum = 0;                                                                          \
                                                                                                   \
        for (long i = 0; i < iters; i++) {                                                         \
            unsigned char c = (unsigned char)i;                                                    \
            ssize_t n = fdk_##kind##_send(a, &c, 1, 0);                                            \
                                                                                                   \
            if (n != 1)                                                                            \
                die("fdk_" #kind "_send", (long)n);                                                \
            n = fdk_##kind##_recv(b, &c, 1, 0);                                                    \
            if (n != 1)                                                                            \
                die("fdk_" #kind "_recv", (long)n);                                                \
            sum += c;                                                                              \
        }                                                                                          \
        return sum;                                                                                \
    }

STREAM_LOOP(unix, unix_stream, ua, ub)
STREAM_LOOP(tcp, tcp_stream, ta, tb)

BENCH_FDKIT_LOOP uint64_t bench_unixmsg_fdkit(const struct fds *f, long iters)
{
    fdk_unix_stream a = {.fd = f->ua}, b = {.fd = f->ub};
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        unsigned char c = (unsigned char)i;
        struct iovec iov = {&c, 1};
        struct msghdr msg = {0};
        ssize_t n;

        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        n = fdk_unix_stream_sendmsg(a, &msg, 0);
        if (n != 1)
            die("fdk_unix_stream_sendmsg", (long)n);
        n = fdk_unix_stream_recvmsg(b, &msg, 0);
        if (n != 1)
            die("fdk_unix_stream_recvmsg", (long)n);
        sum += c;
    }
    return sum;
}
