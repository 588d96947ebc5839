/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for the copy family without fault injection: the generated
 * fdk_copy_range, and fdk_copy_all between every pair of fd kinds it must
 * handle (file, pipe, stream socket, procfs file), with offsets, EOF rules,
 * deadlines and validation.  The forced fallback paths are in
 * test-fallback.c.
 */
#include "fdk-xfer-test.h"

static void test_copy_range(void)
{
    int in = xt_pattern_file(100000), out = xt_temp_file(), p[2];
    int64_t ioff = 500, ooff = 70;
    ssize_t n;

    n = fdk_copy_range(in, &ioff, out, &ooff, 30000);
    ASSERT_TRUE(n > 0 && n <= 30000);
    ASSERT_EQ(ioff, 500 + n);
    ASSERT_EQ(ooff, 70 + n);
    ASSERT_EQ(xt_tell(in), 0);
    ASSERT_EQ(xt_tell(out), 0);
    XT_CHECK_FILE(out, 70, (size_t)n, 500);

    /* NULL offsets: the file positions are used and advanced */
    ASSERT_EQ(lseek(out, 0, SEEK_END), 70 + n);
    n = fdk_copy_range(in, NULL, out, NULL, 1000);
    ASSERT_EQ(n, 1000);
    ASSERT_EQ(xt_tell(in), 1000);
    XT_CHECK_FILE(out, 70 + ioff - 500, 1000, 0);

    /* at EOF: 0 */
    ioff = 100000;
    ASSERT_EQ(fdk_copy_range(in, &ioff, out, NULL, 10), 0);

    ASSERT_ERR(fdk_copy_range(-1, NULL, out, NULL, 10), EBADF);
    ASSERT_ERR(fdk_copy_range(in, NULL, -1, NULL, 10), EBADF);
    xt_pipe(p, 0);
    ASSERT_ERR(fdk_copy_range(p[0], NULL, out, NULL, 10), EINVAL); /* not a regular file */
    close(p[0]);
    close(p[1]);
    close(in);
    close(out);
}

/* file -> file: exact len, to EOF, file positions and explicit offsets */
static void test_all_file_to_file(void)
{
    size_t len = 3 * XT_MIB + 123, done = 77;
    int in = xt_pattern_file(len), out = xt_temp_file();
    int64_t ioff = 99, ooff = 1;

    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, len);
    ASSERT_EQ(xt_tell(in), (off_t)len);
    ASSERT_EQ(xt_tell(out), (off_t)len);
    XT_CHECK_FILE(out, 0, len, 0);

    done = 77;
    ASSERT_OK(fdk_copy_all(in, &ioff, out, &ooff, 1000000, NULL, &done));
    ASSERT_EQ(done, 1000000);
    ASSERT_EQ(ioff, 99 + 1000000);
    ASSERT_EQ(ooff, 1 + 1000000);
    ASSERT_EQ(xt_tell(in), (off_t)len); /* untouched */
    ASSERT_EQ(xt_tell(out), (off_t)len);
    XT_CHECK_FILE(out, 1, 1000000, 99);

    close(in);
    close(out);
}

/* O_APPEND output: copy_file_range says EBADF, which there means "append mode": the next method appends */
static void test_all_append(void)
{
    size_t len = 200000, done = 77;
    int in = xt_pattern_file(len), out = xt_temp_file();
    int fl = fcntl(out, F_GETFL);

    ASSERT_TRUE(fl >= 0);
    ASSERT_EQ(fcntl(out, F_SETFL, fl | O_APPEND), 0);
    xt_pwrite_pattern(out, 100, 0, 0); /* 100 bytes already there */
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, len);
    XT_CHECK_FILE(out, 100, len, 0); /* appended after the existing bytes */
    close(in);
    close(out);
}

/* file -> socket and socket -> file: copy_file_range refuses sockets, the fallbacks take over */
static void test_all_file_socket(void)
{
    size_t len = 2 * XT_MIB + 5, done = 77;
    int in = xt_pattern_file(len), out = xt_temp_file(), s[2];
    struct xt_drain d;
    struct xt_feed f;
    int64_t ooff = 10;

    xt_socketpair(s, 0);
    xt_drain_start(&d, s[1], len, 0, 0);
    ASSERT_OK(fdk_copy_all(in, NULL, s[0], NULL, len, NULL, &done));
    ASSERT_EQ(done, len);
    ASSERT_EQ(xt_tell(in), (off_t)len);
    XT_DRAIN_JOIN(&d, len);

    /* socket -> file at an explicit offset, to EOF (the feeder closes its end) */
    xt_feed_start(&f, s[1], len, 3, 0, 1);
    done = 77;
    ASSERT_OK(fdk_copy_all(s[0], NULL, out, &ooff, FDK_TO_EOF, NULL, &done));
    XT_FEED_JOIN(&f);
    ASSERT_EQ(done, len);
    ASSERT_EQ(ooff, 10 + (int64_t)len);
    ASSERT_EQ(xt_tell(out), 0);
    XT_CHECK_FILE(out, 10, len, 3);

    close(s[0]);
    close(in);
    close(out);
}

/* pipe -> pipe and socket -> socket: neither copy_file_range nor sendfile; splice through the
 * private pipe */
static void test_all_stream_to_stream(void)
{
    size_t len = 3 * XT_MIB + 1, done = 77;
    int a[2], b[2];
    struct xt_drain d;
    struct xt_feed f;

    xt_pipe(a, 0);
    xt_pipe(b, 0);
    xt_feed_start(&f, a[1], len, 0, 0, 1);
    xt_drain_start(&d, b[0], SIZE_MAX, 0, 0);
    ASSERT_OK(fdk_copy_all(a[0], NULL, b[1], NULL, FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, len);
    close(b[1]);
    XT_FEED_JOIN(&f);
    XT_DRAIN_JOIN(&d, len);
    close(a[0]);
    close(b[0]);

    xt_socketpair(a, 0);
    xt_socketpair(b, 0);
    xt_feed_start(&f, a[1], len, 7, 0, 1);
    xt_drain_start(&d, b[1], SIZE_MAX, 7, 0);
    done = 77;
    ASSERT_OK(fdk_copy_all(a[0], NULL, b[0], NULL, len, NULL, &done));
    ASSERT_EQ(done, len);
    close(b[0]);
    XT_FEED_JOIN(&f);
    XT_DRAIN_JOIN(&d, len);
    close(a[0]);
    close(b[1]);
}

/* Read a whole (small) file with plain read(): what a copy must reproduce. */
static size_t slurp(const char *path, unsigned char *buf, size_t cap)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    size_t got = 0;
    ssize_t n;

    ASSERT_TRUE(fd >= 0);
    while ((n = read(fd, buf + got, cap - got)) > 0)
        got += (size_t)n;
    ASSERT_TRUE(n == 0 && got < cap);
    close(fd);
    return got;
}

/*
 * procfs files: no copy_file_range across file systems; version and
 * filesystems take sendfile, limits has neither sendfile nor splice and takes
 * read/write.  (Not /proc/self/cmdline: valgrind serves a copy of its own.)
 */
static void test_all_procfs(void)
{
    static const char *const paths[] = {"/proc/version", "/proc/filesystems", "/proc/self/limits"};
    size_t cap = 64 * XT_KIB;
    unsigned char *want = xt_malloc(cap), *got = xt_malloc(cap);

    for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
        int in = open(paths[i], O_RDONLY | O_CLOEXEC), out = xt_temp_file();
        size_t n = slurp(paths[i], want, cap), done = 77;

        ASSERT_TRUE(in >= 0);
        ASSERT_TRUE(fdk_test_is_cloexec(in));
        ASSERT_TRUE(n > 0);
        ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, FDK_TO_EOF, NULL, &done));
        ASSERT_EQ(done, n);
        ASSERT_EQ(xt_size(out), (off_t)n);
        ASSERT_EQ(pread(out, got, cap, 0), (ssize_t)n);
        if (memcmp(got, want, n) != 0)
            fdk_test_fail(__FILE__, __LINE__, "copy of %s differs from its content", paths[i]);

        /* a finite len past the end: -ENODATA with the whole content */
        ASSERT_EQ(lseek(in, 0, SEEK_SET), 0);
        done = 77;
        ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, n + 100, NULL, &done), ENODATA);
        ASSERT_EQ(done, n);
        close(in);
        close(out);
    }
    free(want);
    free(got);
}

static void test_all_eof(void)
{
    int in = xt_pattern_file(5000), out = xt_temp_file(), empty = xt_temp_file();
    int64_t ioff = 4000;
    size_t done = 77;

    ASSERT_ERR(fdk_copy_all(in, &ioff, out, NULL, 2000, NULL, &done), ENODATA);
    ASSERT_EQ(done, 1000);
    ASSERT_EQ(ioff, 5000);
    ASSERT_EQ(xt_tell(in), 0);
    XT_CHECK_FILE(out, 0, 1000, 4000);
    done = 77;
    ASSERT_OK(fdk_copy_all(empty, NULL, out, NULL, FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_ERR(fdk_copy_all(empty, NULL, out, NULL, 1, NULL, &done), ENODATA);
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, 0, NULL, &done));
    ASSERT_EQ(done, 0);
    ASSERT_EQ(xt_size(out), 1000);
    close(in);
    close(out);
    close(empty);
}

/* file -> non-blocking socket nobody drains: -ETIMEDOUT (progress exact), -EAGAIN without a
 * deadline */
static void test_all_deadline_output(void)
{
    size_t len = 8 * XT_MIB, done = 77, first;
    int in = xt_pattern_file(len), s[2];
    struct timespec t0, dl;
    struct xt_drain d;
    long ms;

    xt_socketpair(s, SOCK_NONBLOCK);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    dl = xt_deadline_ms(100);
    ASSERT_ERR(fdk_copy_all(in, NULL, s[0], NULL, len, &dl, &done), ETIMEDOUT);
    ms = xt_ms_since(&t0);
    ASSERT_TRUE(ms >= 95 && ms < 5000);
    ASSERT_TRUE(done > 0 && done < len);
    ASSERT_EQ(done, xt_pending(s[1]));
    ASSERT_EQ(xt_tell(in), (off_t)done); /* nothing taken that was not delivered */
    first = done;

    done = 77;
    ASSERT_ERR(fdk_copy_all(in, NULL, s[0], NULL, len - first, NULL, &done), EAGAIN);
    ASSERT_EQ(done, 0);

    xt_drain_start(&d, s[1], len, 0, 50);
    dl = xt_deadline_ms(20000);
    done = 77;
    ASSERT_OK(fdk_copy_all(in, NULL, s[0], NULL, len - first, &dl, &done));
    ASSERT_EQ(done, len - first);
    XT_DRAIN_JOIN(&d, len);
    close(s[0]);
    close(s[1]);
    close(in);
}

/* empty non-blocking pipe as input, writer still open: -EAGAIN / -ETIMEDOUT with nothing moved */
static void test_all_deadline_input(void)
{
    int p[2], out = xt_temp_file();
    size_t done = 77;
    struct timespec dl;
    struct xt_feed f;

    xt_pipe(p, O_NONBLOCK);
    ASSERT_ERR(fdk_copy_all(p[0], NULL, out, NULL, 100, NULL, &done), EAGAIN);
    ASSERT_EQ(done, 0);
    dl = xt_deadline_ms(50);
    done = 77;
    ASSERT_ERR(fdk_copy_all(p[0], NULL, out, NULL, 100, &dl, &done), ETIMEDOUT);
    ASSERT_EQ(done, 0);

    /* data arriving late, in pieces, within the deadline */
    xt_feed_start(&f, p[1], 300000, 0, 30, 0);
    dl = xt_deadline_ms(20000);
    done = 77;
    ASSERT_OK(fdk_copy_all(p[0], NULL, out, NULL, 300000, &dl, &done));
    ASSERT_EQ(done, 300000);
    XT_FEED_JOIN(&f);
    XT_CHECK_FILE(out, 0, 300000, 0);
    close(p[0]);
    close(p[1]);
    close(out);
}

static void test_all_validation(void)
{
    int in = xt_pattern_file(100), out = xt_temp_file();
    struct timespec bad = {1, 1000000000L};
    int64_t neg = -1, ok = 0;
    size_t done;

    done = 77;
    ASSERT_ERR(fdk_copy_all(-1, NULL, out, NULL, 10, NULL, &done), EBADF);
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_ERR(fdk_copy_all(in, NULL, -1, NULL, 10, NULL, &done), EBADF);
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, 10, &bad, &done), EINVAL);
    ASSERT_EQ(done, 0);
    /* negative tv_sec: no CLOCK_MONOTONIC time; refused before any call */
    bad.tv_sec = XT_TIME_MIN;
    bad.tv_nsec = 0;
    done = 77;
    ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, 10, &bad, &done), EINVAL);
    ASSERT_EQ(done, 0);
    bad.tv_sec = -1;
    ASSERT_ERR(fdk_copy_all(in, NULL, out, NULL, 10, &bad, &done), EINVAL);
    ASSERT_ERR(fdk_copy_all(in, &neg, out, NULL, 10, NULL, &done), EINVAL);
    ASSERT_ERR(fdk_copy_all(in, &ok, out, &neg, 10, NULL, &done), EINVAL);
    ASSERT_EQ(neg, -1);
    ASSERT_EQ(ok, 0);
    ASSERT_ERR(fdk_copy_all(-1, NULL, out, NULL, 10, NULL, NULL), EBADF);
    ASSERT_EQ(xt_size(out), 0);
    ASSERT_EQ(xt_tell(in), 0);
    /* ret_done may be NULL on success too */
    ASSERT_OK(fdk_copy_all(in, NULL, out, NULL, 100, NULL, NULL));
    XT_CHECK_FILE(out, 0, 100, 0);
    close(in);
    close(out);
}

/*
 * The private pipe is CLOEXEC: catch it while copy_all is blocked writing a
 * full blocking socket (socket -> socket goes through the pipe), then let it
 * finish; RUN's leak check proves it is closed afterwards.
 */
struct copy_job {
    int fd_in, fd_out;
    size_t len, done;
    int ret;
    pthread_t th;
};

static void *copy_job_main(void *arg)
{
    struct copy_job *j = arg;
    j->ret = fdk_copy_all(j->fd_in, NULL, j->fd_out, NULL, j->len, NULL, &j->done);
    return NULL;
}

static void test_all_private_pipe_cloexec(void)
{
    size_t len = 4 * XT_MIB;
    int a[2], b[2], before = fdk_test_count_fds(), seen = 0;
    unsigned char was_open[1024];
    struct copy_job job;
    struct xt_feed f;
    struct xt_drain d;

    /* whatever the parent process left open is not ours to judge */
    for (int fd = 0; fd < 1024; fd++)
        was_open[fd] = (unsigned char)fdk_test_fd_open(fd);
    xt_socketpair(a, 0);
    xt_socketpair(b, 0);
    xt_feed_start(&f, a[1], len, 0, 0, 0);
    job = (struct copy_job){.fd_in = a[0], .fd_out = b[0], .len = len};
    ASSERT_EQ(pthread_create(&job.th, NULL, copy_job_main, &job), 0);

    /* nobody reads b[1] yet: the copy fills it and blocks with its pipe open */
    for (int tries = 0; tries < 500 && fdk_test_count_fds() < before + 6; tries++)
        xt_sleep_ms(10);
    ASSERT_EQ(fdk_test_count_fds(), before + 6);
    for (int fd = 0; fd < 1024; fd++) {
        if (was_open[fd] || fd == a[0] || fd == a[1] || fd == b[0] || fd == b[1] ||
            !fdk_test_fd_open(fd))
            continue;
        if (fdk_test_is_cloexec(fd))
            seen++;
        else
            fdk_test_fail(__FILE__, __LINE__, "fd %d opened by fdk_copy_all is not CLOEXEC", fd);
    }
    ASSERT_EQ(seen, 2);

    xt_drain_start(&d, b[1], len, 0, 0);
    ASSERT_EQ(pthread_join(job.th, NULL), 0);
    ASSERT_OK(job.ret);
    ASSERT_EQ(job.done, len);
    XT_FEED_JOIN(&f);
    XT_DRAIN_JOIN(&d, len);
    close(a[0]);
    close(a[1]);
    close(b[0]);
    close(b[1]);
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_copy_range);
    RUN(test_all_file_to_file);
    RUN(test_all_append);
    RUN(test_all_file_socket);
    RUN(test_all_stream_to_stream);
    RUN(test_all_procfs);
    RUN(test_all_eof);
    RUN(test_all_deadline_output);
    RUN(test_all_deadline_input);
    RUN(test_all_validation);
    RUN(test_all_private_pipe_cloexec);
    return 0;
}
