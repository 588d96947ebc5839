/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the splice, sendfile and copy tests: position-dependent
 * pseudo-random content (a misplaced, lost or doubled byte is caught with its
 * position), unlinked temporary files, pipes and socket pairs checked for
 * CLOEXEC, a draining thread, and absolute CLOCK_MONOTONIC deadlines.
 * Header-only; every function is static and may go unused in one test.
 */
#ifndef FDK_XFER_TEST_H
#define FDK_XFER_TEST_H

#include "fdk-test.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>

#define XT_KIB ((size_t)1024)
#define XT_MIB ((size_t)1024 * 1024)

static uint64_t xt_mix(uint64_t x)
{
    /* Cheap and position-dependent; not a good RNG, only a good witness. */
    x *= 0x9e3779b97f4a7c15ull;
    x ^= x >> 29;
    x *= 0xbf58476d1ce4e5b9ull;
    return x ^ (x >> 32);
}

/* The content byte at stream position pos. */
static __attribute__((unused)) unsigned char xt_byte(uint64_t pos)
{
    return (unsigned char)(xt_mix(pos >> 3) >> ((pos & 7) * 8));
}

/* Fill buf with the content of positions [start, start + len). */
static __attribute__((unused)) void xt_fill(unsigned char *buf, size_t len, uint64_t start)
{
    size_t i = 0;

    while (i < len && ((start + i) & 7) != 0) {
        buf[i] = xt_byte(start + i);
        i++;
    }
    for (; i + 8 <= len; i += 8) {
        uint64_t w = xt_mix((start + i) >> 3);
        for (int b = 0; b < 8; b++)
            buf[i + (size_t)b] = (unsigned char)(w >> (b * 8));
    }
    for (; i < len; i++)
        buf[i] = xt_byte(start + i);
}

/* Fail at the first byte of buf that differs from positions [start, start + len). */
#define XT_CHECK(buf, len, start) xt_check_at(__FILE__, __LINE__, (buf), (len), (start))
static __attribute__((unused)) void *xt_malloc(size_t len);
static __attribute__((unused)) void
xt_check_at(const char *file, int line, const unsigned char *buf, size_t len, uint64_t start)
{
    unsigned char *ref = xt_malloc(len);

    xt_fill(ref, len, start);
    if (memcmp(buf, ref, len) != 0)
        for (size_t i = 0; i < len; i++)
            if (buf[i] != ref[i])
                fdk_test_fail(file, line,
                              "byte %zu (stream position %llu) is 0x%02x, expected 0x%02x", i,
                              (unsigned long long)(start + i), buf[i], ref[i]);
    free(ref);
}

static __attribute__((unused)) void *xt_malloc(size_t len)
{
    void *p = malloc(len ? len : 1);
    if (!p)
        fdk_test_fail(__FILE__, __LINE__, "out of memory (%zu bytes)", len);
    return p;
}

/* An empty, already unlinked regular file in /tmp, O_RDWR | O_CLOEXEC. */
static __attribute__((unused)) int xt_temp_file(void)
{
    char path[] = "/tmp/fdk-xfer-XXXXXX";
    int fd = mkostemp(path, O_CLOEXEC);

    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "mkostemp: %s", strerror(errno));
    unlink(path);
    ASSERT_TRUE(fdk_test_is_cloexec(fd));
    return fd;
}

/* Write the content of positions [start, start + len) at offset off of fd (pwrite, raw libc). */
static __attribute__((unused)) void xt_pwrite_pattern(int fd, size_t len, uint64_t start, off_t off)
{
    size_t chunk = 256 * XT_KIB, done = 0;
    unsigned char *buf = xt_malloc(chunk);

    while (done < len) {
        size_t n = len - done < chunk ? len - done : chunk;
        ssize_t w;
        xt_fill(buf, n, start + done);
        w = pwrite(fd, buf, n, off + (off_t)done);
        if (w <= 0)
            fdk_test_fail(__FILE__, __LINE__, "pwrite: %s", strerror(errno));
        done += (size_t)w;
    }
    free(buf);
}

/* A temporary file holding positions [0, len); its file position is 0. */
static __attribute__((unused)) int xt_pattern_file(size_t len)
{
    int fd = xt_temp_file();
    xt_pwrite_pattern(fd, len, 0, 0);
    return fd;
}

static __attribute__((unused)) off_t xt_tell(int fd)
{
    off_t pos = lseek(fd, 0, SEEK_CUR);
    ASSERT_TRUE(pos >= 0);
    return pos;
}

static __attribute__((unused)) off_t xt_size(int fd)
{
    struct stat st;
    ASSERT_EQ(fstat(fd, &st), 0);
    return st.st_size;
}

/* Check that fd holds positions [start, start + len) at offset off (pread, raw libc). */
#define XT_CHECK_FILE(fd, off, len, start)                                                         \
    xt_check_file_at(__FILE__, __LINE__, (fd), (off), (len), (start))
static __attribute__((unused)) void xt_check_file_at(const char *file, int line, int fd, off_t off,
                                                     size_t len, uint64_t start)
{
    size_t chunk = 256 * XT_KIB, done = 0;
    unsigned char *buf = xt_malloc(chunk);

    while (done < len) {
        size_t n = len - done < chunk ? len - done : chunk;
        ssize_t r = pread(fd, buf, n, off + (off_t)done);
        if (r <= 0)
            fdk_test_fail(file, line, "pread at %lld: %s", (long long)(off + (off_t)done),
                          r == 0 ? "end of file" : strerror(errno));
        xt_check_at(file, line, buf, (size_t)r, start + done);
        done += (size_t)r;
    }
    free(buf);
}

static __attribute__((unused)) void xt_pipe(int p[2], int flags)
{
    if (pipe2(p, O_CLOEXEC | flags) != 0)
        fdk_test_fail(__FILE__, __LINE__, "pipe2: %s", strerror(errno));
    ASSERT_TRUE(fdk_test_is_cloexec(p[0]));
    ASSERT_TRUE(fdk_test_is_cloexec(p[1]));
}

/*
 * A pipe of at least cap bytes.  A pipe holds a number of buffers, not bytes:
 * small or unaligned splices from a file take one buffer each, so tests that
 * splice into a pipe nobody drains want many.
 */
static __attribute__((unused)) void xt_pipe_cap(int p[2], int flags, int cap)
{
    xt_pipe(p, flags);
    if (fcntl(p[1], F_SETPIPE_SZ, cap) < cap)
        fdk_test_skip("cannot make a %d-byte pipe: %s", cap, strerror(errno));
}

static __attribute__((unused)) void xt_socketpair(int s[2], int flags)
{
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | flags, 0, s) != 0)
        fdk_test_fail(__FILE__, __LINE__, "socketpair: %s", strerror(errno));
    ASSERT_TRUE(fdk_test_is_cloexec(s[0]));
    ASSERT_TRUE(fdk_test_is_cloexec(s[1]));
}

/* Bytes waiting to be read from a pipe or socket. */
static __attribute__((unused)) size_t xt_pending(int fd)
{
    int n = 0;
    ASSERT_EQ(ioctl(fd, FIONREAD, &n), 0);
    return (size_t)n;
}

/* Absolute CLOCK_MONOTONIC time ms from now (ms may be negative). */
static __attribute__((unused)) struct timespec xt_deadline_ms(long ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    } else if (ts.tv_nsec < 0) { /* ms < 0: a deadline in the past */
        ts.tv_sec--;
        ts.tv_nsec += 1000000000L;
    }
    return ts;
}

/* The most negative tv_sec (a deadline no CLOCK_MONOTONIC time can be, and a trap for overflow). */
#define XT_TIME_MIN (sizeof(time_t) == 8 ? (time_t)INT64_MIN : (time_t)INT32_MIN)

/*
 * A case that used to loop or block forever arms fdk_test_watchdog() (fdk-test.h)
 * naming what would still be running, and disarms it with fdk_test_watchdog(0, NULL).
 */

static __attribute__((unused)) long xt_ms_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)((now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000);
}

static __attribute__((unused)) void xt_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

static __attribute__((unused)) void xt_ignore_sigpipe(void)
{
    signal(SIGPIPE, SIG_IGN);
}

/*
 * A thread that reads fd until EOF (or until max bytes), checking every byte
 * against the content starting at position start (a non-blocking fd is
 * waited for with poll).  The thread's own reads go through the wrapped
 * read() and so are counted by the fault-injection harness: don't run one
 * while asserting read counts.
 */
struct xt_drain {
    int fd;
    size_t max;     /* SIZE_MAX: until EOF */
    uint64_t start; /* content position of the first byte */
    long delay_ms;  /* sleep before the first read */
    size_t got;     /* bytes read */
    size_t bad_at;  /* SIZE_MAX, or the index of the first wrong byte */
    int err;        /* errno of a failed read, or 0 */
    pthread_t th;
};

static __attribute__((unused)) void *xt_drain_main(void *arg)
{
    struct xt_drain *d = arg;
    size_t cap = 256 * XT_KIB;
    unsigned char *buf = xt_malloc(cap), *ref = xt_malloc(cap);

    if (d->delay_ms > 0)
        xt_sleep_ms(d->delay_ms);
    while (d->got < d->max) {
        size_t want = d->max - d->got < cap ? d->max - d->got : cap;
        ssize_t n = read(d->fd, buf, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            /* a non-blocking fd: wait for it */
            struct pollfd pfd = {.fd = d->fd, .events = POLLIN};
            poll(&pfd, 1, -1);
            continue;
        }
        if (n < 0) {
            d->err = errno;
            break;
        }
        if (n == 0)
            break;
        if (d->bad_at == SIZE_MAX) {
            xt_fill(ref, (size_t)n, d->start + d->got);
            if (memcmp(buf, ref, (size_t)n) != 0)
                for (size_t i = 0; i < (size_t)n; i++)
                    if (buf[i] != ref[i]) {
                        d->bad_at = d->got + i;
                        break;
                    }
        }
        d->got += (size_t)n;
    }
    free(ref);
    free(buf);
    return NULL;
}

static __attribute__((unused)) void xt_drain_start(struct xt_drain *d, int fd, size_t max,
                                                   uint64_t start, long delay_ms)
{
    *d = (struct xt_drain){
        .fd = fd, .max = max, .start = start, .delay_ms = delay_ms, .bad_at = SIZE_MAX};
    ASSERT_EQ(pthread_create(&d->th, NULL, xt_drain_main, d), 0);
}

/* Join the thread; fail unless it read exactly `expect` correct bytes. */
#define XT_DRAIN_JOIN(d, expect) xt_drain_join_at(__FILE__, __LINE__, (d), (expect))
static __attribute__((unused)) void xt_drain_join_at(const char *file, int line, struct xt_drain *d,
                                                     size_t expect)
{
    ASSERT_EQ(pthread_join(d->th, NULL), 0);
    if (d->err)
        fdk_test_fail(file, line, "drain read: %s", strerror(d->err));
    if (d->bad_at != SIZE_MAX)
        fdk_test_fail(file, line, "drained byte %zu (position %llu) is wrong", d->bad_at,
                      (unsigned long long)(d->start + d->bad_at));
    if (d->got != expect)
        fdk_test_fail(file, line, "drained %zu bytes, expected %zu", d->got, expect);
}

/*
 * A thread that writes positions [start, start + len) to fd (waiting with
 * poll on a non-blocking fd), then closes fd when close_fd is set: the EOF
 * for whoever reads the other end.
 */
struct xt_feed {
    int fd;
    size_t len;
    uint64_t start;
    long delay_ms;
    int close_fd;
    size_t put; /* bytes written */
    int err;    /* errno of a failed write, or 0 */
    pthread_t th;
};

static __attribute__((unused)) void *xt_feed_main(void *arg)
{
    struct xt_feed *f = arg;
    size_t cap = 64 * XT_KIB;
    unsigned char *buf = xt_malloc(cap);

    if (f->delay_ms > 0)
        xt_sleep_ms(f->delay_ms);
    while (f->put < f->len) {
        size_t n = f->len - f->put < cap ? f->len - f->put : cap, off = 0;
        xt_fill(buf, n, f->start + f->put);
        while (off < n) {
            ssize_t w = write(f->fd, buf + off, n - off);
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0 && errno == EAGAIN) {
                struct pollfd pfd = {.fd = f->fd, .events = POLLOUT};
                poll(&pfd, 1, -1);
                continue;
            }
            if (w <= 0) {
                f->err = w < 0 ? errno : EIO;
                goto out;
            }
            off += (size_t)w;
            f->put += (size_t)w;
        }
    }
out:
    if (f->close_fd)
        close(f->fd);
    free(buf);
    return NULL;
}

static __attribute__((unused)) void xt_feed_start(struct xt_feed *f, int fd, size_t len,
                                                  uint64_t start, long delay_ms, int close_fd)
{
    *f = (struct xt_feed){
        .fd = fd, .len = len, .start = start, .delay_ms = delay_ms, .close_fd = close_fd};
    ASSERT_EQ(pthread_create(&f->th, NULL, xt_feed_main, f), 0);
}

/* Join the thread; fail unless it wrote all its bytes. */
#define XT_FEED_JOIN(f) xt_feed_join_at(__FILE__, __LINE__, (f))
static __attribute__((unused)) void xt_feed_join_at(const char *file, int line, struct xt_feed *f)
{
    ASSERT_EQ(pthread_join(f->th, NULL), 0);
    if (f->err)
        fdk_test_fail(file, line, "feed write after %zu bytes: %s", f->put, strerror(f->err));
    if (f->put != f->len)
        fdk_test_fail(file, line, "fed %zu bytes, expected %zu", f->put, f->len);
}

/* Read exactly len bytes now (raw libc, non-blocking fds must have them) and check them. */
#define XT_READ_CHECK(fd, len, start) xt_read_check_at(__FILE__, __LINE__, (fd), (len), (start))
static __attribute__((unused)) void xt_read_check_at(const char *file, int line, int fd, size_t len,
                                                     uint64_t start)
{
    unsigned char *buf = xt_malloc(len);
    size_t got = 0;

    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fdk_test_fail(file, line, "read after %zu of %zu bytes: %s", got, len,
                          n == 0 ? "end of file" : strerror(errno));
        got += (size_t)n;
    }
    xt_check_at(file, line, buf, len, start);
    free(buf);
}

#endif /* FDK_XFER_TEST_H */
