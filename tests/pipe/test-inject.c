/* SPDX-License-Identifier: MIT */
/*
 * Failure paths of the pipe runtime, driven by fault injection
 * (tests/inject): a failing fcntl after pipe2 closes both ends (once each,
 * never retried) and writes nothing, pipe2's own errors pass through, and
 * the capacity / fill-level / pipe-max-size queries report the errno of the
 * call that failed without touching their outputs.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <limits.h>

static void check_untouched(const fdk_pipe_reader *r, const fdk_pipe_writer *w)
{
    ASSERT_EQ(r->fd, -7);
    ASSERT_EQ(r->borrowed, 5);
    ASSERT_EQ(w->fd, -8);
    ASSERT_EQ(w->borrowed, 6);
}

/* The one fcntl after pipe2 (setting O_NONBLOCK on one end) fails. */
static void fcntl_fails(int flags, int err)
{
    fdk_pipe_reader r = {.fd = -7, .borrowed = 5};
    fdk_pipe_writer w = {.fd = -8, .borrowed = 6};

    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1, 1, err);
    ASSERT_ERR(fdk_pipe_open(&r, &w, flags), err);
    ASSERT_EQ(fdk_inject_fired(), 1);
    ASSERT_EQ(fdk_inject_calls("pipe2"), 1);
    ASSERT_EQ(fdk_inject_calls("fcntl"), 1);
    ASSERT_EQ(fdk_inject_calls("close"), 2); /* both ends, once each */
    check_untouched(&r, &w);
    fdk_inject_reset();
}

static void test_open_fcntl_fails(void)
{
    fcntl_fails(FDK_PIPE_NONBLOCK_READ, EBADF);
    fcntl_fails(FDK_PIPE_NONBLOCK_READ, ENOMEM);
    fcntl_fails(FDK_PIPE_NONBLOCK_WRITE, ENOMEM);
    fcntl_fails(FDK_PIPE_NONBLOCK_WRITE, EBADF);
    fcntl_fails(FDK_PIPE_NONBLOCK_WRITE | FDK_PIPE_DIRECT, EINVAL);
}

/* The cleanup close reports EINTR (after really closing): never retried. */
static void test_open_cleanup_close_not_retried(void)
{
    fdk_pipe_reader r = {.fd = -7, .borrowed = 5};
    fdk_pipe_writer w = {.fd = -8, .borrowed = 6};

    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1, 1, ENOMEM);
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_ERR(fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK_READ), ENOMEM);
    ASSERT_EQ(fdk_inject_calls("close"), 2);
    ASSERT_EQ(fdk_inject_fired(), 2);
    check_untouched(&r, &w);
    fdk_inject_reset();
}

/* Only a one-sided NONBLOCK costs an fcntl; both sides go to pipe2. */
static void test_open_fcntl_only_when_needed(void)
{
    static const int no_fcntl[] = {0, FDK_PIPE_NONBLOCK, FDK_PIPE_DIRECT,
                                   FDK_PIPE_NONBLOCK_READ | FDK_PIPE_NONBLOCK_WRITE,
                                   FDK_PIPE_NONBLOCK | FDK_PIPE_NONBLOCK_WRITE};
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;

    for (size_t i = 0; i < sizeof no_fcntl / sizeof no_fcntl[0]; i++) {
        fdk_inject_reset();
        ASSERT_OK(fdk_pipe_open(&r, &w, no_fcntl[i]));
        ASSERT_EQ(fdk_inject_calls("fcntl"), 0);
        ASSERT_EQ(fdk_inject_calls("pipe2"), 1);
        ASSERT_OK(fdk_pipe_reader_close(&r));
        ASSERT_OK(fdk_pipe_writer_close(&w));
    }
    /* one end: exactly one fcntl */
    fdk_inject_reset();
    ASSERT_OK(fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK_WRITE | FDK_PIPE_DIRECT));
    ASSERT_EQ(fdk_inject_calls("fcntl"), 1);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
    fdk_inject_reset();
}

static void test_open_pipe2_fails(void)
{
    static const int errs[] = {EMFILE, ENFILE, ENOMEM};
    fdk_pipe_reader r = {.fd = -7, .borrowed = 5};
    fdk_pipe_writer w = {.fd = -8, .borrowed = 6};

    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("pipe2", 1, 1, errs[i]);
        ASSERT_ERR(fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK_READ), errs[i]);
        ASSERT_EQ(fdk_inject_calls("fcntl"), 0);
        ASSERT_EQ(fdk_inject_calls("close"), 0);
        check_untouched(&r, &w);
    }
    ASSERT_EQ(fdk_errclass(FDK_OP_PIPE_OPEN, -EMFILE), FDK_ERRCLASS_LIMIT);
    fdk_inject_reset();
}

static void test_queries_fail(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    size_t n = 31337;

    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    fdk_inject_reset();

    fdk_inject_fail("fcntl", 1, 1, EBADF);
    ASSERT_ERR(fdk_pipe_capacity(r.fd), EBADF);
    fdk_inject_fail("fcntl", 1, 1, ENOMEM); /* counted from now: the next call */
    ASSERT_ERR(fdk_pipe_set_capacity(r.fd, 8192, &n), ENOMEM);
    ASSERT_EQ(n, 31337);
    fdk_inject_fail("ioctl", 1, 1, EIO);
    ASSERT_ERR(fdk_pipe_available(r.fd, &n), EIO);
    ASSERT_EQ(n, 31337);
    fdk_inject_reset();

    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
}

/* pipe-max-size: open and read retry EINTR; every failure closes the file. */
static void test_max_capacity_paths(void)
{
    size_t ref = 0, n = 0;

    ASSERT_OK(fdk_pipe_max_capacity(&ref));

    fdk_inject_reset();
    fdk_inject_fail("open", 1, 2, EINTR);
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_OK(fdk_pipe_max_capacity(&n));
    ASSERT_EQ_U64(n, ref);
    ASSERT_EQ(fdk_inject_calls("open"), 3);
    ASSERT_EQ(fdk_inject_calls("read"), 2);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    /* an open error is passed through, nothing written */
    n = 5;
    fdk_inject_reset();
    fdk_inject_fail("open", 1, 1, ENOENT);
    ASSERT_ERR(fdk_pipe_max_capacity(&n), ENOENT);
    ASSERT_EQ(n, 5);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    ASSERT_EQ(fdk_errclass(FDK_OP_PIPE_MAX_CAPACITY, -ENOENT), FDK_ERRCLASS_UNSUPPORTED);

    /* a read error closes the file and is passed through */
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EIO);
    ASSERT_ERR(fdk_pipe_max_capacity(&n), EIO);
    ASSERT_EQ(n, 5);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    /* an empty file is not a number */
    fdk_inject_reset();
    fdk_inject_short("read", 1, 1, 0);
    ASSERT_ERR(fdk_pipe_max_capacity(&n), EIO);
    ASSERT_EQ(n, 5);
    ASSERT_EQ(fdk_inject_calls("close"), 1);

    fdk_inject_reset();
}

int main(void)
{
    alarm(30);
    RUN(test_open_fcntl_fails);
    RUN(test_open_cleanup_close_not_retried);
    RUN(test_open_fcntl_only_when_needed);
    RUN(test_open_pipe2_fails);
    RUN(test_queries_fail);
    RUN(test_max_capacity_paths);
    return 0;
}
