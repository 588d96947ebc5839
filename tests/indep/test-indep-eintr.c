/* SPDX-License-Identifier: MIT */
/*
 * Independent test of README "EINTR, SIGPIPE and signals", the EINTR rule:
 * - a call that can wait returns -EINTR when a handler installed without
 *   SA_RESTART interrupts it, and is restarted by the kernel with SA_RESTART;
 * - the loops return -EINTR with *ret_done = the bytes moved so far (offsets
 *   advanced by as much), and a second call moves exactly the rest;
 * - the loops' own poll() wait for a deadline is restarted with the time left.
 * Real signals: a thread sends SIGUSR1 to the test thread while it sleeps in
 * the kernel (tests/indep/indep-common.h).
 */
#include "indep-common.h"

#include <sys/ioctl.h>

#define SIG SIGUSR1

static struct indep_dir dir;

/* A pipe whose writer is blocking; capacity cap (0: default). */
static void mkpipe(fdk_pipe_reader *r, fdk_pipe_writer *w, size_t cap)
{
    ASSERT_OK(fdk_pipe_open(r, w, 0));
    if (cap) {
        size_t actual = 0;
        ASSERT_OK(fdk_pipe_set_capacity(w->fd, cap, &actual));
        ASSERT_EQ(actual, cap);
    }
}

static size_t avail(int fd)
{
    size_t n = 0;
    ASSERT_OK(fdk_pipe_available(fd, &n));
    return n;
}

/* Fill a blocking pipe to the brim; returns the bytes it holds. */
static size_t fill(fdk_pipe_writer w)
{
    char junk[4096];
    size_t total = 0;
    ssize_t n;

    memset(junk, 'j', sizeof junk);
    ASSERT_OK(fdk_fd_set_nonblocking(w.fd, 1));
    while ((n = fdk_fd_write(w.fd, junk, sizeof junk)) > 0)
        total += (size_t)n;
    ASSERT_EQ(n, -EAGAIN);
    while ((n = fdk_fd_write(w.fd, junk, 1)) > 0)
        total += (size_t)n;
    ASSERT_OK(fdk_fd_set_nonblocking(w.fd, 0));
    return total;
}

static void drain_n(int fd, size_t n)
{
    char buf[4096];
    while (n > 0) {
        ssize_t k = read(fd, buf, n < sizeof buf ? n : sizeof buf);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            fdk_test_fail(__FILE__, __LINE__, "drain: %zd", k);
        n -= (size_t)k;
    }
}

/* ---------------- single calls: -EINTR without SA_RESTART -------------- */

static void test_fd_read_eintr(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    char buf[16] = "untouched";

    fdk_test_watchdog(20, "fdk_fd_read on an empty pipe was not interrupted");
    mkpipe(&r, &w, 0);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_fd_read(r.fd, buf, sizeof buf), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(indep_hits >= 1);
    ASSERT_STREQ(buf, "untouched");
    ASSERT_EQ(avail(r.fd), 0);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void test_eventfd_read_eintr(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    struct indep_intr in;
    uint64_t v = 12345;

    fdk_test_watchdog(20, "fdk_eventfd_read was not interrupted");
    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_eventfd_read(ev, &v), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ_U64(v, 12345); /* out-parameter untouched */
    ASSERT_TRUE(indep_hits >= 1);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

static void test_timerfd_read_eintr(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct indep_intr in;
    uint64_t v = 777;

    fdk_test_watchdog(20, "fdk_timerfd_read was not interrupted");
    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set_oneshot_ns(t, 0, 3600ull * 1000000000ull)); /* an hour away */
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_timerfd_read(t, &v), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ_U64(v, 777);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_timerfd_close(&t));
}

static void test_fd_write_full_pipe_eintr(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    char buf[100];
    size_t held;

    fdk_test_watchdog(20, "fdk_fd_write on a full pipe was not interrupted");
    mkpipe(&r, &w, 0);
    held = fill(w);
    memset(buf, 'x', sizeof buf);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_fd_write(w.fd, buf, sizeof buf), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ(avail(r.fd), held); /* nothing written */
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void test_splice_once_eintr(void)
{
    fdk_pipe_reader r1 = FDK_HANDLE_INIT, r2 = FDK_HANDLE_INIT;
    fdk_pipe_writer w1 = FDK_HANDLE_INIT, w2 = FDK_HANDLE_INIT;
    struct indep_intr in;

    fdk_test_watchdog(20, "fdk_splice_once from an empty pipe was not interrupted");
    mkpipe(&r1, &w1, 0);
    mkpipe(&r2, &w2, 0);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_splice_once(r1.fd, NULL, w2.fd, NULL, 100, 0), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ(avail(r2.fd), 0);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r1));
    ASSERT_OK(fdk_pipe_writer_close(&w1));
    ASSERT_OK(fdk_pipe_reader_close(&r2));
    ASSERT_OK(fdk_pipe_writer_close(&w2));
}

/* ---------------- single calls: restarted with SA_RESTART -------------- */

static void act_write_hello(void *p)
{
    int fd = *(int *)p;
    if (write(fd, "hello", 5) != 5)
        abort();
}

static void test_fd_read_restart(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    char buf[16] = {0};

    fdk_test_watchdog(20, "fdk_fd_read with SA_RESTART hung");
    mkpipe(&r, &w, 0);
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_write_hello, &w.fd);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 5);
    indep_intr_wait(&in);
    ASSERT_EQ(in.sent, 2);
    ASSERT_EQ(indep_hits, 2); /* the handler ran, and the read went on */
    ASSERT_MEM_EQ(buf, "hello", 5);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void act_eventfd_7(void *p)
{
    fdk_eventfd ev = *(fdk_eventfd *)p;
    if (fdk_eventfd_write(ev, 7) != 0)
        abort();
}

static void test_eventfd_read_restart(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    struct indep_intr in;
    uint64_t v = 0;

    fdk_test_watchdog(20, "fdk_eventfd_read with SA_RESTART hung");
    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_eventfd_7, &ev);
    ASSERT_EQ(fdk_eventfd_read(ev, &v), 0);
    indep_intr_wait(&in);
    ASSERT_EQ_U64(v, 7);
    ASSERT_EQ(indep_hits, 2);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

static void act_timer_fire(void *p)
{
    fdk_timerfd t = *(fdk_timerfd *)p;
    if (fdk_timerfd_set_oneshot_ns(t, 0, 1000000) != 0) /* 1 ms */
        abort();
}

static void test_timerfd_read_restart(void)
{
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct indep_intr in;
    uint64_t v = 0;

    fdk_test_watchdog(20, "fdk_timerfd_read with SA_RESTART hung");
    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_timer_fire, &t);
    ASSERT_EQ(fdk_timerfd_read(t, &v), 0);
    indep_intr_wait(&in);
    ASSERT_EQ_U64(v, 1);
    ASSERT_EQ(indep_hits, 2);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_timerfd_close(&t));
}

struct drain_arg {
    int fd;
    size_t n;
};

static void act_drain(void *p)
{
    struct drain_arg *a = (struct drain_arg *)p;
    drain_n(a->fd, a->n);
}

static void test_fd_write_full_pipe_restart(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct drain_arg da;
    char buf[100];

    fdk_test_watchdog(20, "fdk_fd_write with SA_RESTART hung");
    mkpipe(&r, &w, 0);
    da.fd = r.fd;
    da.n = fill(w);
    memset(buf, 'x', sizeof buf);
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_drain, &da);
    ASSERT_EQ(fdk_fd_write(w.fd, buf, sizeof buf), 100);
    indep_intr_wait(&in);
    ASSERT_EQ(indep_hits, 2);
    ASSERT_EQ(avail(r.fd), 100);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void act_write_5(void *p)
{
    int fd = *(int *)p;
    if (write(fd, "ABCDE", 5) != 5)
        abort();
}

static void test_splice_once_restart(void)
{
    fdk_pipe_reader r1 = FDK_HANDLE_INIT, r2 = FDK_HANDLE_INIT;
    fdk_pipe_writer w1 = FDK_HANDLE_INIT, w2 = FDK_HANDLE_INIT;
    struct indep_intr in;
    char buf[8] = {0};

    fdk_test_watchdog(20, "fdk_splice_once with SA_RESTART hung");
    mkpipe(&r1, &w1, 0);
    mkpipe(&r2, &w2, 0);
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_write_5, &w1.fd);
    ASSERT_EQ(fdk_splice_once(r1.fd, NULL, w2.fd, NULL, 100, 0), 5);
    indep_intr_wait(&in);
    ASSERT_EQ(indep_hits, 2);
    ASSERT_EQ(read(r2.fd, buf, sizeof buf), 5);
    ASSERT_MEM_EQ(buf, "ABCDE", 5);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r1));
    ASSERT_OK(fdk_pipe_writer_close(&w1));
    ASSERT_OK(fdk_pipe_reader_close(&r2));
    ASSERT_OK(fdk_pipe_writer_close(&w2));
}

/* ---------------- the loops: exact progress on -EINTR ------------------- */

static void test_read_exact_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    unsigned char src[100], dst[100];
    size_t done = 999;

    fdk_test_watchdog(20, "fdk_fd_read_exact was not interrupted");
    indep_pattern(src, sizeof src, 1);
    memset(dst, 0, sizeof dst);
    mkpipe(&r, &w, 0);
    ASSERT_EQ(write(w.fd, src, 40), 40);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_fd_read_exact(r.fd, dst, 100, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ(done, 40);
    ASSERT_MEM_EQ(dst, src, 40);
    /* the rest, exactly */
    ASSERT_EQ(write(w.fd, src + 40, 60), 60);
    done = 999;
    ASSERT_EQ(fdk_fd_read_exact(r.fd, dst + 40, 60, &done), 0);
    ASSERT_EQ(done, 60);
    ASSERT_MEM_EQ(dst, src, 100);
    ASSERT_EQ(avail(r.fd), 0);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

struct write_arg {
    const unsigned char *p;
    int fd;
};

static void act_write_rest60(void *p)
{
    const struct write_arg *a = (const struct write_arg *)p;
    if (write(a->fd, a->p, 60) != 60)
        abort();
}

static void test_read_exact_restart(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    unsigned char src[100], dst[100];
    struct write_arg arg;
    size_t done = 999;

    fdk_test_watchdog(20, "fdk_fd_read_exact with SA_RESTART hung");
    indep_pattern(src, sizeof src, 2);
    memset(dst, 0, sizeof dst);
    mkpipe(&r, &w, 0);
    ASSERT_EQ(write(w.fd, src, 40), 40);
    arg.p = src + 40;
    arg.fd = w.fd;
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_write_rest60, &arg);
    ASSERT_EQ(fdk_fd_read_exact(r.fd, dst, 100, &done), 0);
    indep_intr_wait(&in);
    ASSERT_EQ(indep_hits, 2);
    ASSERT_EQ(done, 100);
    ASSERT_MEM_EQ(dst, src, 100);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void test_readv_all_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    unsigned char src[100], a[30], b[70];
    struct iovec iov[2];
    size_t done = 999;

    fdk_test_watchdog(20, "fdk_fd_readv_all was not interrupted");
    indep_pattern(src, sizeof src, 3);
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    iov[0].iov_base = a;
    iov[0].iov_len = sizeof a;
    iov[1].iov_base = b;
    iov[1].iov_len = sizeof b;
    mkpipe(&r, &w, 0);
    ASSERT_EQ(write(w.fd, src, 40), 40);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_fd_readv_all(r.fd, iov, 2, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ(done, 40);
    ASSERT_MEM_EQ(a, src, 30);
    ASSERT_MEM_EQ(b, src + 30, 10);
    /* "The iov array is advanced in place": calling again with it reads the rest */
    ASSERT_EQ(iov[0].iov_len + iov[1].iov_len, 60);
    ASSERT_EQ(write(w.fd, src + 40, 60), 60);
    done = 999;
    ASSERT_EQ(fdk_fd_readv_all(r.fd, iov, 2, &done), 0);
    ASSERT_EQ(done, 60);
    ASSERT_MEM_EQ(a, src, 30);
    ASSERT_MEM_EQ(b, src + 30, 70);
    ASSERT_EQ(avail(r.fd), 0);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

#define BIG 10000

static void test_write_all_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct indep_drain dr;
    static unsigned char src[BIG];
    size_t done = 999999, done2 = 999999;

    fdk_test_watchdog(20, "fdk_fd_write_all was not interrupted");
    indep_pattern(src, sizeof src, 4);
    mkpipe(&r, &w, 4096);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_fd_write_all(w.fd, src, BIG, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(done > 0 && done < BIG);
    ASSERT_EQ(done, avail(r.fd)); /* exactly what the pipe got */
    /* the rest, with a reader */
    indep_drain_start(&dr, r.fd, BIG, 0);
    ASSERT_EQ(fdk_fd_write_all(w.fd, src + done, BIG - done, &done2), 0);
    ASSERT_EQ(done2, BIG - done);
    indep_drain_join(&dr);
    ASSERT_EQ(dr.got, BIG);
    ASSERT_MEM_EQ(dr.buf, src, BIG);
    free(dr.buf);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

struct drain_all_arg {
    struct indep_drain *dr;
    int fd;
};

static void act_start_drain(void *p)
{
    struct drain_all_arg *a = (struct drain_all_arg *)p;
    indep_drain_start(a->dr, a->fd, BIG, 0);
}

static void test_write_all_restart(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct indep_drain dr;
    struct drain_all_arg arg;
    static unsigned char src[BIG];
    size_t done = 999999;

    fdk_test_watchdog(20, "fdk_fd_write_all with SA_RESTART hung");
    indep_pattern(src, sizeof src, 5);
    mkpipe(&r, &w, 4096);
    arg.dr = &dr;
    arg.fd = r.fd;
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 2, act_start_drain, &arg);
    ASSERT_EQ(fdk_fd_write_all(w.fd, src, BIG, &done), 0);
    indep_intr_wait(&in);
    ASSERT_EQ(done, BIG);
    ASSERT_EQ(indep_hits, 2);
    indep_drain_join(&dr);
    ASSERT_EQ(dr.got, BIG);
    ASSERT_MEM_EQ(dr.buf, src, BIG);
    free(dr.buf);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

static void test_writev_all_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct indep_drain dr;
    static unsigned char src[BIG];
    struct iovec iov[2];
    size_t done = 999999, done2 = 999999;

    fdk_test_watchdog(20, "fdk_fd_writev_all was not interrupted");
    indep_pattern(src, sizeof src, 6);
    iov[0].iov_base = src;
    iov[0].iov_len = 3000;
    iov[1].iov_base = src + 3000;
    iov[1].iov_len = BIG - 3000;
    mkpipe(&r, &w, 4096);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_fd_writev_all(w.fd, iov, 2, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(done > 0 && done < BIG);
    ASSERT_EQ(done, avail(r.fd));
    ASSERT_EQ(iov[0].iov_len + iov[1].iov_len, BIG - done); /* advanced in place */
    indep_drain_start(&dr, r.fd, BIG, 0);
    ASSERT_EQ(fdk_fd_writev_all(w.fd, iov, 2, &done2), 0);
    ASSERT_EQ(done2, BIG - done);
    indep_drain_join(&dr);
    ASSERT_EQ(dr.got, BIG);
    ASSERT_MEM_EQ(dr.buf, src, BIG);
    free(dr.buf);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

#define FILESZ 20000

static void test_sendfile_all_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct indep_drain dr;
    static unsigned char src[FILESZ];
    int64_t off = 0;
    size_t done = 999999, done2 = 999999;
    int f;

    fdk_test_watchdog(20, "fdk_sendfile_all was not interrupted");
    indep_pattern(src, sizeof src, 7);
    f = indep_pattern_file(&dir, "sendfile.src", FILESZ, 7);
    mkpipe(&r, &w, 4096);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_sendfile_all(f, &off, w.fd, FILESZ, NULL, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(done > 0 && done < FILESZ);
    ASSERT_EQ(done, avail(r.fd));
    ASSERT_EQ(off, (int64_t)done);
    indep_drain_start(&dr, r.fd, FILESZ, 0);
    ASSERT_EQ(fdk_sendfile_all(f, &off, w.fd, FILESZ - done, NULL, &done2), 0);
    ASSERT_EQ(done2, FILESZ - done);
    ASSERT_EQ(off, FILESZ);
    indep_drain_join(&dr);
    ASSERT_EQ(dr.got, FILESZ);
    ASSERT_MEM_EQ(dr.buf, src, FILESZ);
    free(dr.buf);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    close(f);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

/* splice_all waiting for output: a file into a small pipe */
static void test_splice_all_out_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct indep_drain dr;
    static unsigned char src[FILESZ];
    int64_t off = 0;
    size_t done = 999999, done2 = 999999;
    int f;

    fdk_test_watchdog(20, "fdk_splice_all (file to full pipe) was not interrupted");
    indep_pattern(src, sizeof src, 8);
    f = indep_pattern_file(&dir, "splice.src", FILESZ, 8);
    mkpipe(&r, &w, 4096);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_splice_all(f, &off, w.fd, NULL, FILESZ, 0, NULL, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(done > 0 && done < FILESZ);
    ASSERT_EQ(done, avail(r.fd));
    ASSERT_EQ(off, (int64_t)done);
    indep_drain_start(&dr, r.fd, FILESZ, 0);
    ASSERT_EQ(fdk_splice_all(f, &off, w.fd, NULL, FILESZ - done, 0, NULL, &done2), 0);
    ASSERT_EQ(done2, FILESZ - done);
    ASSERT_EQ(off, FILESZ);
    indep_drain_join(&dr);
    ASSERT_EQ(dr.got, FILESZ);
    ASSERT_MEM_EQ(dr.buf, src, FILESZ);
    free(dr.buf);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    close(f);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

/* splice_all waiting for input: a pipe with 40 of 100 bytes into a file at an offset */
static void test_splice_all_in_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    unsigned char src[100], got[200];
    int64_t off = 50;
    size_t done = 999, done2 = 999;
    int f;

    fdk_test_watchdog(20, "fdk_splice_all (empty pipe to file) was not interrupted");
    indep_pattern(src, sizeof src, 9);
    f = indep_pattern_file(&dir, "splice.dst", 0, 0);
    mkpipe(&r, &w, 0);
    ASSERT_EQ(write(w.fd, src, 40), 40);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_splice_all(r.fd, NULL, f, &off, 100, 0, NULL, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ(done, 40);
    ASSERT_EQ(off, 90);
    ASSERT_EQ(pread(f, got, sizeof got, 50), 40);
    ASSERT_MEM_EQ(got, src, 40);
    ASSERT_EQ(write(w.fd, src + 40, 60), 60);
    ASSERT_EQ(fdk_splice_all(r.fd, NULL, f, &off, 60, 0, NULL, &done2), 0);
    ASSERT_EQ(done2, 60);
    ASSERT_EQ(off, 150);
    ASSERT_EQ(pread(f, got, sizeof got, 50), 100);
    ASSERT_MEM_EQ(got, src, 100);
    ASSERT_EQ(lseek(f, 0, SEEK_CUR), 0); /* the file position was not used */
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    close(f);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

/* copy_all waiting for input: pipe (40 of 100 bytes) to a file at an offset */
static void test_copy_all_in_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    unsigned char src[100], got[200];
    int64_t off = 10;
    size_t done = 999, done2 = 999;
    int f;

    fdk_test_watchdog(20, "fdk_copy_all (empty pipe to file) was not interrupted");
    indep_pattern(src, sizeof src, 10);
    f = indep_pattern_file(&dir, "copy.dst", 0, 0);
    mkpipe(&r, &w, 0);
    ASSERT_EQ(write(w.fd, src, 40), 40);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_copy_all(r.fd, NULL, f, &off, 100, NULL, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_EQ(done, 40);
    ASSERT_EQ(off, 50);
    ASSERT_EQ(pread(f, got, sizeof got, 10), 40);
    ASSERT_MEM_EQ(got, src, 40);
    ASSERT_EQ(write(w.fd, src + 40, 60), 60);
    ASSERT_EQ(fdk_copy_all(r.fd, NULL, f, &off, 60, NULL, &done2), 0);
    ASSERT_EQ(done2, 60);
    ASSERT_EQ(off, 110);
    ASSERT_EQ(pread(f, got, sizeof got, 10), 100);
    ASSERT_MEM_EQ(got, src, 100);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    close(f);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

/* copy_all waiting for output: a file into a small pipe, off_in given */
static void test_copy_all_out_eintr_resume(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct indep_drain dr;
    static unsigned char src[FILESZ];
    int64_t off = 0;
    size_t done = 999999, done2 = 999999;
    int f;

    fdk_test_watchdog(20, "fdk_copy_all (file to full pipe) was not interrupted");
    indep_pattern(src, sizeof src, 11);
    f = indep_pattern_file(&dir, "copy.src", FILESZ, 11);
    mkpipe(&r, &w, 4096);
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_copy_all(f, &off, w.fd, NULL, FILESZ, NULL, &done), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(done > 0 && done < FILESZ);
    ASSERT_EQ(done, avail(r.fd));
    ASSERT_EQ(off, (int64_t)done);
    indep_drain_start(&dr, r.fd, FILESZ, 0);
    ASSERT_EQ(fdk_copy_all(f, &off, w.fd, NULL, FILESZ - done, NULL, &done2), 0);
    ASSERT_EQ(done2, FILESZ - done);
    ASSERT_EQ(off, FILESZ);
    indep_drain_join(&dr);
    ASSERT_EQ(dr.got, FILESZ);
    ASSERT_MEM_EQ(dr.buf, src, FILESZ);
    free(dr.buf);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    close(f);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

/* ---------------- the deadline wait (poll) is restarted ------------------ */

static void test_splice_all_deadline_wait_restarted(void)
{
    fdk_pipe_reader r1 = FDK_HANDLE_INIT, r2 = FDK_HANDLE_INIT;
    fdk_pipe_writer w1 = FDK_HANDLE_INIT, w2 = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct timespec dl;
    size_t done = 999;
    char buf[8] = {0};

    fdk_test_watchdog(30, "fdk_splice_all with a deadline hung");
    ASSERT_OK(fdk_pipe_open(&r1, &w1, FDK_PIPE_NONBLOCK));
    mkpipe(&r2, &w2, 0);
    clock_gettime(CLOCK_MONOTONIC, &dl);
    dl.tv_sec += 15;
    indep_handler(SIG, 0); /* no SA_RESTART: still, the loop's own wait goes on */
    indep_intr_start(&in, SIG, 3, act_write_5, &w1.fd);
    ASSERT_EQ(fdk_splice_all(r1.fd, NULL, w2.fd, NULL, 5, 0, &dl, &done), 0);
    indep_intr_wait(&in);
    ASSERT_EQ(in.sent, 3);
    ASSERT_EQ(indep_hits, 3);
    ASSERT_EQ(done, 5);
    ASSERT_EQ(read(r2.fd, buf, sizeof buf), 5);
    ASSERT_MEM_EQ(buf, "ABCDE", 5);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r1));
    ASSERT_OK(fdk_pipe_writer_close(&w1));
    ASSERT_OK(fdk_pipe_reader_close(&r2));
    ASSERT_OK(fdk_pipe_writer_close(&w2));
}

static void test_splice_all_deadline_time_left(void)
{
    fdk_pipe_reader r1 = FDK_HANDLE_INIT, r2 = FDK_HANDLE_INIT;
    fdk_pipe_writer w1 = FDK_HANDLE_INIT, w2 = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct timespec dl;
    size_t done = 999;
    double t0, el;

    fdk_test_watchdog(30, "fdk_splice_all with a deadline and signals hung");
    ASSERT_OK(fdk_pipe_open(&r1, &w1, FDK_PIPE_NONBLOCK));
    mkpipe(&r2, &w2, 0);
    t0 = indep_now();
    clock_gettime(CLOCK_MONOTONIC, &dl);
    dl.tv_nsec += 500000000L;
    if (dl.tv_nsec >= 1000000000L) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000L;
    }
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL); /* every ~70 ms until it returns */
    ASSERT_ERR(fdk_splice_all(r1.fd, NULL, w2.fd, NULL, 5, 0, &dl, &done), ETIMEDOUT);
    indep_intr_join(&in);
    el = indep_now() - t0;
    ASSERT_EQ(done, 0);
    ASSERT_TRUE(in.sent >= 2);
    ASSERT_TRUE(el >= 0.49); /* not cut short by a signal */
    ASSERT_TRUE(el < 8.0);   /* the time left, not the whole wait again each time */
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_pipe_reader_close(&r1));
    ASSERT_OK(fdk_pipe_writer_close(&w1));
    ASSERT_OK(fdk_pipe_reader_close(&r2));
    ASSERT_OK(fdk_pipe_writer_close(&w2));
}

/* ---------------- more waits ------------------------------------------- */

static void test_signalfd_read_eintr(void)
{
    fdk_signalfd sfd = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct signalfd_siginfo rec;
    sigset_t m, old;

    fdk_test_watchdog(20, "fdk_signalfd_read was not interrupted");
    sigemptyset(&m);
    sigaddset(&m, SIGUSR2);
    pthread_sigmask(SIG_SETMASK, NULL, &old);
    ASSERT_OK(fdk_signalfd_open(&sfd, &m, FDK_SIGNALFD_BLOCK));
    indep_handler(SIG, 0);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_signalfd_read(sfd, &rec, 1), EINTR);
    indep_intr_join(&in);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_signalfd_close(&sfd));
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* "fdk_epoll_wait/pwait/pwait2, fdk_sigdispatch_run: -EINTR ... never restarted by the kernel, whatever the flags" */
static void test_epoll_wait_eintr_even_with_sa_restart(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct indep_intr in;
    struct epoll_event ev[2];

    fdk_test_watchdog(20, "fdk_epoll_wait with SA_RESTART was not interrupted");
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_epoll_wait(ep, ev, 2, -1), EINTR);
    indep_intr_join(&in);
    ASSERT_TRUE(indep_hits >= 1);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_epoll_close(&ep));
}

static void test_sigdispatch_run_eintr_even_with_sa_restart(void)
{
    fdk_sigdispatch *d = NULL;
    struct indep_intr in;

    fdk_test_watchdog(20, "fdk_sigdispatch_run with SA_RESTART was not interrupted");
    ASSERT_OK(fdk_sigdispatch_new(&d));
    indep_handler(SIG, 1);
    indep_intr_start(&in, SIG, 0, NULL, NULL);
    ASSERT_ERR(fdk_sigdispatch_run(d, -1), EINTR);
    indep_intr_join(&in);
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    ASSERT_OK(fdk_sigdispatch_free(d));
}

/* the other loops are restarted transparently too */
static void test_copy_splice_all_restart(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    struct indep_intr in;
    unsigned char src[100], got[100];
    struct write_arg arg;
    int64_t off;
    size_t done;
    int f;

    fdk_test_watchdog(20, "fdk_copy_all / fdk_splice_all with SA_RESTART hung");
    indep_pattern(src, sizeof src, 12);
    f = indep_pattern_file(&dir, "restart.dst", 0, 0);
    mkpipe(&r, &w, 0);
    indep_handler(SIG, 1);
    for (int which = 0; which < 2; which++) {
        ASSERT_EQ(write(w.fd, src, 40), 40);
        arg.p = src + 40;
        arg.fd = w.fd;
        off = 0;
        done = 999;
        indep_hits = 0;
        indep_intr_start(&in, SIG, 2, act_write_rest60, &arg);
        if (which == 0)
            ASSERT_EQ(fdk_copy_all(r.fd, NULL, f, &off, 100, NULL, &done), 0);
        else
            ASSERT_EQ(fdk_splice_all(r.fd, NULL, f, &off, 100, 0, NULL, &done), 0);
        indep_intr_wait(&in);
        ASSERT_EQ(indep_hits, 2);
        ASSERT_EQ(done, 100);
        ASSERT_EQ(off, 100);
        ASSERT_EQ(pread(f, got, sizeof got, 0), 100);
        ASSERT_MEM_EQ(got, src, 100);
    }
    indep_handler_reset(SIG);
    fdk_test_watchdog(0, NULL);
    close(f);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

#if defined(__SANITIZE_THREAD__)
#define INDEP_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define INDEP_UNDER_TSAN 1
#endif
#endif

int main(void)
{
#ifdef INDEP_UNDER_TSAN
    /* TSan runs a handler at its own safe points, not when the kernel interrupts the call */
    fdk_test_skip("ThreadSanitizer defers signal handlers, so when one runs relative to a blocking call is not the kernel's");
#endif
    indep_tmpdir(&dir);
    RUN(test_fd_read_eintr);
    RUN(test_eventfd_read_eintr);
    RUN(test_timerfd_read_eintr);
    RUN(test_fd_write_full_pipe_eintr);
    RUN(test_splice_once_eintr);
    RUN(test_fd_read_restart);
    RUN(test_eventfd_read_restart);
    RUN(test_timerfd_read_restart);
    RUN(test_fd_write_full_pipe_restart);
    RUN(test_splice_once_restart);
    RUN(test_read_exact_eintr_resume);
    RUN(test_read_exact_restart);
    RUN(test_readv_all_eintr_resume);
    RUN(test_write_all_eintr_resume);
    RUN(test_write_all_restart);
    RUN(test_writev_all_eintr_resume);
    RUN(test_sendfile_all_eintr_resume);
    RUN(test_splice_all_out_eintr_resume);
    RUN(test_splice_all_in_eintr_resume);
    RUN(test_copy_all_in_eintr_resume);
    RUN(test_copy_all_out_eintr_resume);
    RUN(test_splice_all_deadline_wait_restarted);
    RUN(test_splice_all_deadline_time_left);
    RUN(test_signalfd_read_eintr);
    RUN(test_epoll_wait_eintr_even_with_sa_restart);
    RUN(test_sigdispatch_run_eintr_even_with_sa_restart);
    RUN(test_copy_splice_all_restart);
    indep_tmpdir_remove(&dir);
    return 0;
}
