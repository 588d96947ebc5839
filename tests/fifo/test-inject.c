/* SPDX-License-Identifier: MIT */
/*
 * Failure paths of the FIFO opens, driven by fault injection (tests/inject):
 * a failing fstat or fcntl after the open closes the fd it made (once, never
 * retried) and writes nothing; EINTR from openat is retried by the opens that
 * never wait and handed back by the blocking open for reading.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-tmpdir.h"

typedef int (*fifo_open_fn)(fdk_fifo *, int, const char *, int);

/* A FIFO "f" with a non-blocking reader held open, so open_write succeeds. */
struct fixture {
    struct fdk_tmpdir t;
    fdk_fifo reader;
};

static void setup(struct fixture *fx)
{
    fdk_tmpdir_make(&fx->t);
    ASSERT_OK(fdk_fifo_create(fx->t.fd, "f", 0600));
    ASSERT_OK(fdk_fifo_open_read(&fx->reader, fx->t.fd, "f", FDK_FIFO_NONBLOCK));
    fdk_inject_reset();
}

static void teardown(struct fixture *fx)
{
    fdk_inject_reset();
    ASSERT_OK(fdk_fifo_close(&fx->reader));
    fdk_tmpdir_remove(&fx->t);
}

/* open_write: clearing O_NONBLOCK fails -> the fd is closed, nothing written. */
static void test_write_fcntl_fails(void)
{
    static const int errs[] = {EBADF, ENOMEM, EPERM};
    struct fixture fx;
    fdk_fifo f = {.fd = -9};

    setup(&fx);
    for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("fcntl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_fifo_open_write(&f, fx.t.fd, "f", 0), errs[i]);
        ASSERT_EQ(f.fd, -9);
        ASSERT_EQ(fdk_inject_calls("openat"), 1);
        ASSERT_EQ(fdk_inject_calls("close"), 1);
        ASSERT_EQ(fdk_inject_fired(), 1);
    }
    /* asked non-blocking: no fcntl at all */
    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1, 0, ENOMEM);
    ASSERT_OK(fdk_fifo_open_write(&f, fx.t.fd, "f", FDK_FIFO_NONBLOCK));
    ASSERT_EQ(fdk_inject_calls("fcntl"), 0);
    fdk_inject_reset(); /* the rule would also fail the test's own fcntl */
    ASSERT_TRUE(fdk_test_is_nonblock(f.fd));
    ASSERT_OK(fdk_fifo_close(&f));
    /* blocking: exactly one fcntl */
    fdk_inject_reset();
    ASSERT_OK(fdk_fifo_open_write(&f, fx.t.fd, "f", 0));
    ASSERT_EQ(fdk_inject_calls("fcntl"), 1);
    ASSERT_TRUE(!fdk_test_is_nonblock(f.fd));
    ASSERT_OK(fdk_fifo_close(&f));
    teardown(&fx);
}

/* fstat fails after a successful open: that errno, the fd closed. */
static void fstat_fails(fifo_open_fn fn, int flags, const char *what)
{
    struct fixture fx;
    fdk_fifo f = {.fd = -9};

    setup(&fx);
    fdk_inject_fail("fstat", 1, 1, ENOMEM);
    if (fn(&f, fx.t.fd, "f", flags) != -ENOMEM)
        fdk_test_fail(__FILE__, __LINE__, "%s: fstat failure not reported", what);
    ASSERT_EQ(f.fd, -9);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(fdk_inject_calls("fcntl"), 0);
    teardown(&fx);
}

static void test_fstat_fails(void)
{
    fstat_fails(fdk_fifo_open_read, FDK_FIFO_NONBLOCK, "open_read");
    fstat_fails(fdk_fifo_open_write, 0, "open_write");
    fstat_fails(fdk_fifo_open_rdwr, 0, "open_rdwr");
}

/* The cleanup close reports EINTR after really closing: not retried. */
static void test_cleanup_close_not_retried(void)
{
    struct fixture fx;
    fdk_fifo f = {.fd = -9};

    setup(&fx);
    fdk_inject_fail("fstat", 1, 1, EIO);
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_ERR(fdk_fifo_open_rdwr(&f, fx.t.fd, "f", 0), EIO);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(f.fd, -9);
    teardown(&fx);
}

/* The opens that never wait retry EINTR. */
static void test_eintr_retried(void)
{
    static const struct {
        fifo_open_fn fn;
        int flags;
    } cases[] = {
        {fdk_fifo_open_write, 0},
        {fdk_fifo_open_write, FDK_FIFO_NONBLOCK},
        {fdk_fifo_open_rdwr, 0},
        {fdk_fifo_open_read, FDK_FIFO_NONBLOCK},
    };
    struct fixture fx;
    fdk_fifo f = FDK_HANDLE_INIT;

    setup(&fx);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 2, EINTR);
        ASSERT_OK(cases[i].fn(&f, fx.t.fd, "f", cases[i].flags));
        ASSERT_EQ(fdk_inject_calls("openat"), 3);
        ASSERT_TRUE(fdk_test_is_cloexec(f.fd));
        ASSERT_OK(fdk_fifo_close(&f));
    }
    teardown(&fx);
}

/* The blocking open for reading hands EINTR back at once. */
static void test_blocking_read_returns_eintr(void)
{
    struct fixture fx;
    fdk_fifo f = {.fd = -9};

    setup(&fx);
    fdk_inject_fail("openat", 1, 1, EINTR);
    ASSERT_ERR(fdk_fifo_open_read(&f, fx.t.fd, "f", 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("openat"), 1);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    ASSERT_EQ(f.fd, -9);
    teardown(&fx);
}

/* Errors of openat itself: passed through, nothing to close. */
static void test_openat_errors(void)
{
    struct fixture fx;
    fdk_fifo f = {.fd = -9};

    setup(&fx);
    fdk_inject_fail("openat", 1, 1, EMFILE);
    ASSERT_ERR(fdk_fifo_open_write(&f, fx.t.fd, "f", 0), EMFILE);
    fdk_inject_fail("openat", 1, 1, EACCES);
    ASSERT_ERR(fdk_fifo_open_rdwr(&f, fx.t.fd, "f", 0), EACCES);
    ASSERT_EQ(fdk_inject_calls("fstat"), 0);
    ASSERT_EQ(fdk_inject_calls("close"), 0);
    ASSERT_EQ(f.fd, -9);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_WRITE, -EMFILE), FDK_ERRCLASS_LIMIT);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_RDWR, -EACCES), FDK_ERRCLASS_PERMISSION);
    teardown(&fx);
}

int main(void)
{
    alarm(30);
    RUN(test_write_fcntl_fails);
    RUN(test_fstat_fails);
    RUN(test_cleanup_close_not_retried);
    RUN(test_eintr_retried);
    RUN(test_blocking_read_returns_eintr);
    RUN(test_openat_errors);
    return 0;
}
