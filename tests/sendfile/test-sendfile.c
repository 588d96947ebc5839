/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for the sendfile family: fdk_sendfile_once (generated) and
 * fdk_sendfile_all, file -> file and file -> stream socket, at the file
 * position and at an explicit offset, to EOF, with deadlines on a
 * non-blocking socket nobody drains.
 */
#include "fdk-xfer-test.h"

static void test_once(void)
{
    int in = xt_pattern_file(64 * XT_KIB), out = xt_temp_file(), app;
    int64_t off = 20000;
    ssize_t n;

    /* at the file position: both positions move */
    n = fdk_sendfile_once(in, NULL, out, 10000);
    ASSERT_EQ(n, 10000);
    ASSERT_EQ(xt_tell(in), 10000);
    ASSERT_EQ(xt_tell(out), 10000);
    /* at an explicit offset: *offset moves, in's position does not */
    n = fdk_sendfile_once(in, &off, out, 5000);
    ASSERT_EQ(n, 5000);
    ASSERT_EQ(off, 25000);
    ASSERT_EQ(xt_tell(in), 10000);
    ASSERT_EQ(xt_tell(out), 15000);
    XT_CHECK_FILE(out, 0, 10000, 0);
    XT_CHECK_FILE(out, 10000, 5000, 20000);
    /* at end of file: 0 */
    off = 64 * 1024;
    ASSERT_EQ(fdk_sendfile_once(in, &off, out, 100), 0);
    ASSERT_EQ(off, 64 * 1024);

    ASSERT_ERR(fdk_sendfile_once(-1, NULL, out, 10), EBADF);
    ASSERT_ERR(fdk_sendfile_once(in, NULL, -1, 10), EBADF);
    /* an O_APPEND destination is refused by the kernel */
    {
        char path[64];
        snprintf(path, sizeof(path), "/proc/self/fd/%d", out);
        app = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
        ASSERT_TRUE(app >= 0);
        ASSERT_ERR(fdk_sendfile_once(in, NULL, app, 10), EINVAL);
        close(app);
    }
    close(in);
    close(out);
}

/* file -> file, at the file positions and at an explicit offset */
static void test_all_file_to_file(void)
{
    size_t len = 300000, done = 77;
    int in = xt_pattern_file(len), out = xt_temp_file();
    int64_t off = 12345;

    ASSERT_EQ(lseek(in, 1000, SEEK_SET), 1000);
    ASSERT_OK(fdk_sendfile_all(in, NULL, out, FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, len - 1000);
    ASSERT_EQ(xt_tell(in), (off_t)len);
    ASSERT_EQ(xt_tell(out), (off_t)(len - 1000));
    XT_CHECK_FILE(out, 0, len - 1000, 1000);

    ASSERT_EQ(lseek(in, 7, SEEK_SET), 7);
    done = 77;
    ASSERT_OK(fdk_sendfile_all(in, &off, out, 200000, NULL, &done));
    ASSERT_EQ(done, 200000);
    ASSERT_EQ(off, 12345 + 200000);
    ASSERT_EQ(xt_tell(in), 7); /* untouched */
    XT_CHECK_FILE(out, (off_t)(len - 1000), 200000, 12345);
    ASSERT_EQ(xt_size(out), (off_t)(len - 1000 + 200000));

    close(in);
    close(out);
}

/* file -> stream socket, at the current offset and at an explicit one */
static void test_all_file_to_socket(void)
{
    size_t len = 4 * XT_MIB, done = 77;
    int in = xt_pattern_file(len), s[2];
    int64_t off = 4096 + 3;
    struct xt_drain d;

    xt_socketpair(s, 0);
    xt_drain_start(&d, s[1], len, 0, 0);
    ASSERT_OK(fdk_sendfile_all(in, NULL, s[0], len, NULL, &done));
    ASSERT_EQ(done, len);
    ASSERT_EQ(xt_tell(in), (off_t)len);
    XT_DRAIN_JOIN(&d, len);

    xt_drain_start(&d, s[1], SIZE_MAX, (uint64_t)off, 0);
    done = 77;
    ASSERT_OK(fdk_sendfile_all(in, &off, s[0], FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, len - 4099);
    ASSERT_EQ(off, (int64_t)len);
    ASSERT_EQ(xt_tell(in), (off_t)len);
    close(s[0]);
    XT_DRAIN_JOIN(&d, len - 4099);

    close(s[1]);
    close(in);
}

/* file -> pipe works too (sendfile's out_fd may be anything writable) */
static void test_all_file_to_pipe(void)
{
    size_t len = 1 * XT_MIB + 17, done = 77;
    int in = xt_pattern_file(len), p[2];
    struct xt_drain d;

    xt_pipe(p, 0);
    xt_drain_start(&d, p[0], SIZE_MAX, 0, 0);
    ASSERT_OK(fdk_sendfile_all(in, NULL, p[1], FDK_TO_EOF, NULL, &done));
    ASSERT_EQ(done, len);
    close(p[1]);
    XT_DRAIN_JOIN(&d, len);
    close(p[0]);
    close(in);
}

static void test_all_eof(void)
{
    int in = xt_pattern_file(5000), out = xt_temp_file();
    int64_t off = 4000;
    size_t done = 77;

    ASSERT_ERR(fdk_sendfile_all(in, &off, out, 2000, NULL, &done), ENODATA);
    ASSERT_EQ(done, 1000);
    ASSERT_EQ(off, 5000);
    XT_CHECK_FILE(out, 0, 1000, 4000);
    done = 77;
    ASSERT_OK(fdk_sendfile_all(in, &off, out, FDK_TO_EOF, NULL, &done)); /* already at EOF */
    ASSERT_EQ(done, 0);
    ASSERT_EQ(xt_tell(in), 0);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 6000, NULL, &done), ENODATA);
    ASSERT_EQ(done, 5000);
    ASSERT_EQ(xt_tell(in), 5000);
    XT_CHECK_FILE(out, 1000, 5000, 0);
    close(in);
    close(out);
}

/* A non-blocking socket nobody drains: -ETIMEDOUT at the deadline (progress
 * exact), -EAGAIN without one; then resume and lose nothing. */
static void test_all_deadline(void)
{
    size_t len = 8 * XT_MIB, done = 77, first, queued;
    int in = xt_pattern_file(len), s[2];
    struct timespec t0, dl;
    struct xt_drain d;
    long ms;

    xt_socketpair(s, SOCK_NONBLOCK);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    dl = xt_deadline_ms(100);
    ASSERT_ERR(fdk_sendfile_all(in, NULL, s[0], len, &dl, &done), ETIMEDOUT);
    ms = xt_ms_since(&t0);
    ASSERT_TRUE(ms >= 95 && ms < 5000);
    queued = xt_pending(s[1]);
    ASSERT_TRUE(done > 0 && done < len);
    ASSERT_EQ(done, queued);
    ASSERT_EQ(xt_tell(in), (off_t)done);
    first = done;

    /* full socket, no deadline: -EAGAIN at once, nothing moved */
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, s[0], len - first, NULL, &done), EAGAIN);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(xt_tell(in), (off_t)first);

    /* a reader turns up late; the deadline is far: everything arrives, in order */
    xt_drain_start(&d, s[1], len, 0, 50);
    dl = xt_deadline_ms(20000);
    done = 77;
    ASSERT_OK(fdk_sendfile_all(in, NULL, s[0], len - first, &dl, &done));
    ASSERT_EQ(done, len - first);
    XT_DRAIN_JOIN(&d, len);

    close(s[0]);
    close(s[1]);
    close(in);
}

static void test_all_validation(void)
{
    int in = xt_pattern_file(100), out = xt_temp_file(), p[2];
    struct timespec bad = {0, -1};
    int64_t off = -1;
    size_t done;

    xt_pipe(p, 0);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(-1, NULL, out, 10, NULL, &done), EBADF);
    ASSERT_EQ(done, 0);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, -1, 10, NULL, &done), EBADF);
    ASSERT_EQ(done, 0);
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 10, &bad, &done), EINVAL);
    bad.tv_nsec = 1000000000L;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 10, &bad, &done), EINVAL);
    /* negative tv_sec: no CLOCK_MONOTONIC time; refused before any call */
    bad.tv_sec = XT_TIME_MIN;
    bad.tv_nsec = 0;
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 10, &bad, &done), EINVAL);
    ASSERT_EQ(done, 0);
    bad.tv_sec = -1;
    ASSERT_ERR(fdk_sendfile_all(in, NULL, out, 10, &bad, &done), EINVAL);
    done = 77;
    ASSERT_ERR(fdk_sendfile_all(in, &off, out, 10, NULL, &done), EINVAL);
    ASSERT_EQ(off, -1);
    ASSERT_EQ(done, 0);
    ASSERT_ERR(fdk_sendfile_all(in, NULL, -1, 10, NULL, NULL), EBADF);
    /* len 0: no call (the kernel would refuse a pipe as in_fd... or not; no matter) */
    done = 77;
    ASSERT_OK(fdk_sendfile_all(p[0], NULL, out, 0, NULL, &done));
    ASSERT_EQ(done, 0);
    ASSERT_EQ(xt_size(out), 0);
    ASSERT_EQ(xt_tell(in), 0);
    close(p[0]);
    close(p[1]);
    close(in);
    close(out);
}

int main(void)
{
    xt_ignore_sigpipe();
    RUN(test_once);
    RUN(test_all_file_to_file);
    RUN(test_all_file_to_socket);
    RUN(test_all_file_to_pipe);
    RUN(test_all_eof);
    RUN(test_all_deadline);
    RUN(test_all_validation);
    return 0;
}
