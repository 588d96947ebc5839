/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for fdkit's eventfd family: the
 * counter really counts, semaphore mode really decrements by one, overflow and
 * the forbidden value are reported as documented, and the handle's ownership
 * rules (close, adopt, release, FDK_AUTO) hold.
 */
#include "fdk-test.h"

#include <stdint.h>
#include <sys/eventfd.h>

/* The lowest bit of an int that is not a valid eventfd open flag. */
static int unknown_open_flag(void)
{
    for (int bit = 0; bit < 31; bit++)
        if (!((unsigned int)FDK_EVENTFD_OPEN_ALL & (1u << bit)))
            return 1 << bit;
    fdk_test_fail(__FILE__, __LINE__, "every bit of int is a valid eventfd flag?");
}

/* The initial value is what the first read returns. */
static void test_initval_read(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 0;

    ASSERT_OK(fdk_eventfd_open(&ev, 42, 0));
    ASSERT_TRUE(ev.fd >= 0);
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 42);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* Writes add up; a read returns the sum and resets the counter to 0. */
static void test_writes_add_read_resets(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 0;

    ASSERT_OK(fdk_eventfd_open(&ev, 1, FDK_EVENTFD_NONBLOCK));
    ASSERT_OK(fdk_eventfd_write(ev, 2));
    ASSERT_OK(fdk_eventfd_write(ev, 39));
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 42);

    /* Reset: nothing left, and the value is untouched by the failed read. */
    v = 7;
    ASSERT_ERR(fdk_eventfd_read(ev, &v), EAGAIN);
    ASSERT_EQ_U64(v, 7);

    ASSERT_OK(fdk_eventfd_write(ev, 5));
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 5);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* Semaphore mode: each read returns 1 and decrements; N reads drain N. */
static void test_semaphore(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v;

    ASSERT_OK(fdk_eventfd_open(&ev, 2, FDK_EVENTFD_SEMAPHORE | FDK_EVENTFD_NONBLOCK));
    ASSERT_OK(fdk_eventfd_write(ev, 3));
    for (int i = 0; i < 5; i++) {
        v = 0;
        ASSERT_OK(fdk_eventfd_read(ev, &v));
        ASSERT_EQ_U64(v, 1);
    }
    ASSERT_ERR(fdk_eventfd_read(ev, &v), EAGAIN);

    /* A new write makes exactly that many more reads succeed. */
    ASSERT_OK(fdk_eventfd_write(ev, 1));
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 1);
    ASSERT_ERR(fdk_eventfd_read(ev, &v), EAGAIN);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* A non-blocking read of a zero counter is -EAGAIN, never a 0 value. */
static void test_nonblocking_empty(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 99;

    ASSERT_OK(fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK));
    ASSERT_ERR(fdk_eventfd_read(ev, &v), EAGAIN);
    ASSERT_EQ_U64(v, 99);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/*
 * The counter holds at most UINT64_MAX - 1.  A write that would overflow it
 * is -EAGAIN on a non-blocking fd and leaves the counter as it was.
 */
static void test_overflow(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 0;

    ASSERT_OK(fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK));
    ASSERT_OK(fdk_eventfd_write(ev, UINT64_MAX - 3));
    ASSERT_OK(fdk_eventfd_write(ev, 2)); /* now exactly UINT64_MAX - 1 */
    ASSERT_ERR(fdk_eventfd_write(ev, 1), EAGAIN);
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, UINT64_MAX - 1);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* UINT64_MAX itself may never be written; the counter is not changed. */
static void test_write_max_rejected(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 0;

    ASSERT_OK(fdk_eventfd_open(&ev, 3, FDK_EVENTFD_NONBLOCK));
    ASSERT_ERR(fdk_eventfd_write(ev, UINT64_MAX), EINVAL);
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 3);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* Every eventfd is CLOEXEC, whether or not the caller asked for it. */
static void test_cloexec_always(void)
{
    fdk_eventfd a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;

    ASSERT_OK(fdk_eventfd_open(&a, 0, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(a.fd));
    ASSERT_OK(fdk_eventfd_open(&b, 0, FDK_EVENTFD_CLOEXEC));
    ASSERT_TRUE(fdk_test_is_cloexec(b.fd));
    ASSERT_OK(fdk_eventfd_close(&a));
    ASSERT_OK(fdk_eventfd_close(&b));
}

/* O_NONBLOCK is set exactly when the caller asks for it. */
static void test_nonblock_only_when_asked(void)
{
    fdk_eventfd a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;

    ASSERT_OK(fdk_eventfd_open(&a, 0, 0));
    ASSERT_TRUE(!fdk_test_is_nonblock(a.fd));
    ASSERT_OK(fdk_eventfd_open(&b, 0, FDK_EVENTFD_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(b.fd));
    ASSERT_OK(fdk_eventfd_close(&a));
    ASSERT_OK(fdk_eventfd_close(&b));
}

/* An unknown flag bit is rejected, no fd is created, *out is not written. */
static void test_unknown_flag(void)
{
    fdk_eventfd ev = {.fd = 12345};
    int before = fdk_test_count_fds();

    ASSERT_ERR(fdk_eventfd_open(&ev, 0, unknown_open_flag()), EINVAL);
    ASSERT_EQ(ev.fd, 12345);
    ASSERT_EQ(fdk_test_count_fds(), before);

    /* The same with a valid bit mixed in. */
    ASSERT_ERR(fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK | unknown_open_flag()), EINVAL);
    ASSERT_EQ(ev.fd, 12345);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/* NULL out handle is -EINVAL and creates nothing. */
static void test_open_null(void)
{
    int before = fdk_test_count_fds();

    ASSERT_ERR(fdk_eventfd_open(NULL, 0, 0), EINVAL);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

/* close consumes: the fd is gone, the handle reads -1, closing again is a no-op. */
static void test_close_idempotent(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    int fd;

    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    fd = ev.fd;
    ASSERT_TRUE(fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_eventfd_close(&ev), 0);
    ASSERT_EQ(ev.fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_eventfd_close(&ev), 0);
    ASSERT_EQ(ev.fd, -1);

    /* A handle that never owned anything closes as a no-op too. */
    fdk_eventfd none = FDK_HANDLE_INIT;
    ASSERT_EQ(fdk_eventfd_close(&none), 0);
}

/* A closed handle (fd -1) is -EBADF for I/O, before any syscall. */
static void test_bad_fd(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 5;

    ASSERT_ERR(fdk_eventfd_read(ev, &v), EBADF);
    ASSERT_EQ_U64(v, 5);
    ASSERT_ERR(fdk_eventfd_write(ev, 1), EBADF);
    ev.fd = -7;
    ASSERT_ERR(fdk_eventfd_read(ev, &v), EBADF);
    ASSERT_ERR(fdk_eventfd_write(ev, 1), EBADF);
}

/* A NULL value pointer for read is -EINVAL and consumes nothing. */
static void test_read_null(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    uint64_t v = 0;

    ASSERT_OK(fdk_eventfd_open(&ev, 4, FDK_EVENTFD_NONBLOCK));
    ASSERT_ERR(fdk_eventfd_read(ev, NULL), EINVAL);
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 4);
    ASSERT_OK(fdk_eventfd_close(&ev));
}

/* FDK_AUTO closes the handle when its scope ends. */
static void test_auto_cleanup(void)
{
    int fd;
    {
        FDK_AUTO(eventfd) ev = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
        fd = ev.fd;
        ASSERT_TRUE(fdk_test_fd_open(fd));
    }
    ASSERT_TRUE(!fdk_test_fd_open(fd));

    /* An FDK_AUTO handle that stays at -1 is harmless. */
    {
        FDK_AUTO(eventfd) unused = FDK_HANDLE_INIT;
        ASSERT_EQ(unused.fd, -1);
    }
}

/* adopt wraps a raw eventfd; release hands it back without closing it. */
static void test_adopt_release(void)
{
    int raw = eventfd(9, EFD_CLOEXEC | EFD_NONBLOCK);
    uint64_t v = 0;

    ASSERT_TRUE(raw >= 0);
    fdk_eventfd ev = fdk_eventfd_adopt(raw);
    ASSERT_EQ(ev.fd, raw);
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 9);

    ASSERT_EQ(fdk_eventfd_release(&ev), raw);
    ASSERT_EQ(ev.fd, -1);
    ASSERT_TRUE(fdk_test_fd_open(raw));
    /* Closing the released handle must not touch the fd now owned by us. */
    ASSERT_EQ(fdk_eventfd_close(&ev), 0);
    ASSERT_TRUE(fdk_test_fd_open(raw));
    ASSERT_EQ(close(raw), 0);

    /* Released from an FDK_AUTO handle: the fd survives the scope. */
    {
        FDK_AUTO(eventfd) scoped = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_eventfd_open(&scoped, 0, 0));
        raw = fdk_eventfd_release(&scoped);
    }
    ASSERT_TRUE(raw >= 0);
    ASSERT_TRUE(fdk_test_fd_open(raw));
    ASSERT_EQ(close(raw), 0);
}

int main(void)
{
    RUN(test_initval_read);
    RUN(test_writes_add_read_resets);
    RUN(test_semaphore);
    RUN(test_nonblocking_empty);
    RUN(test_overflow);
    RUN(test_write_max_rejected);
    RUN(test_cloexec_always);
    RUN(test_nonblock_only_when_asked);
    RUN(test_unknown_flag);
    RUN(test_open_null);
    RUN(test_close_idempotent);
    RUN(test_bad_fd);
    RUN(test_read_null);
    RUN(test_auto_cleanup);
    RUN(test_adopt_release);
    return 0;
}
