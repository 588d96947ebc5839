/* SPDX-License-Identifier: MIT */
/*
 * A terminal's data moves with the typed read/write/readv/
 * writev wrappers and with splice (fdk_splice_all into a pipe), in raw mode
 * on a pseudo-terminal pair; stdin borrowed as a tty is never closed.
 */
#include "tty-test.h"

#include <fdkit/fdkit.h>

#include <string.h>
#include <sys/uio.h>

static void open_raw_pair(fdk_tty *m, fdk_tty *s)
{
    struct fdk_tty_settings raw;
    int r = fdk_tty_pty_open(m, s, 0);

    if (r == -ENOENT || r == -EACCES || r == -ENOSPC)
        fdk_test_skip("no usable /dev/ptmx (%d)", r);
    ASSERT_OK(r);
    memset(&raw, 0, sizeof raw);
    fdk_tty_settings_raw(&raw);
    ASSERT_OK(fdk_tty_set(*s, &raw, FDK_TTY_NOW));
}

/* The pty hands bytes to the other end's line discipline from a kernel
   worker: wait until n have arrived (a wait for readiness, not a time limit). */
static void wait_pending(fdk_tty t, unsigned int n)
{
    unsigned int in = 0;

    wait_readable(t.fd);
    for (int i = 0; i < 10000; i++) {
        ASSERT_OK(fdk_tty_pending(t, &in, NULL));
        if (in >= n)
            break;
        usleep(1000);
    }
    ASSERT_EQ(in, n);
}

static void test_vectored_io(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    char a[3], b[4];
    struct iovec out[2] = {{"abc", 3}, {"defg", 4}};
    struct iovec in[2] = {{a, sizeof a}, {b, sizeof b}};

    open_raw_pair(&m, &s);
    ASSERT_EQ(fdk_tty_writev(m, out, 2), 7);
    wait_pending(s, 7);
    ASSERT_EQ(fdk_tty_readv(s, in, 2), 7); /* raw: all 7 are queued, one call takes them */
    ASSERT_MEM_EQ(a, "abc", 3);
    ASSERT_MEM_EQ(b, "defg", 4);
    ASSERT_EQ(fdk_tty_write(s, "xy\n", 3), 3);
    expect_read(m.fd, "xy\n", 3); /* raw: no output processing (no CR added) */
    ASSERT_EQ(fdk_tty_read(m, a, 0), 0); /* len 0: no call, not EOF */
    ASSERT_OK(fdk_tty_close(&m));
    ASSERT_OK(fdk_tty_close(&s));
}

static void test_splice_to_pipe(void)
{
    static const char msg[] = "spliced from a terminal";
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    char buf[64];
    size_t done = 0;

    open_raw_pair(&m, &s);
    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    ASSERT_EQ(fdk_tty_write(m, msg, sizeof msg - 1), (ssize_t)(sizeof msg - 1));
    ASSERT_OK(fdk_splice_all(s.fd, NULL, w.fd, NULL, sizeof msg - 1, 0, NULL, &done));
    ASSERT_EQ(done, sizeof msg - 1);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), (ssize_t)(sizeof msg - 1));
    ASSERT_MEM_EQ(buf, msg, sizeof msg - 1);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
    ASSERT_OK(fdk_tty_close(&m));
    ASSERT_OK(fdk_tty_close(&s));
}

/* What is queued in each direction, without blocking in drain. */
static void test_pending(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    unsigned int in = 99, out = 99;
    char buf[8];

    open_raw_pair(&m, &s);
    ASSERT_OK(fdk_tty_pending(s, &in, &out));
    ASSERT_EQ(in, 0);
    ASSERT_EQ(fdk_tty_write(m, "12345", 5), 5);
    wait_pending(s, 5); /* received by the slave, not yet read */
    ASSERT_EQ(fdk_tty_read(s, buf, sizeof buf), 5);
    ASSERT_OK(fdk_tty_pending(s, &in, NULL));
    ASSERT_EQ(in, 0);
    in = out = 77;
    ASSERT_ERR(fdk_tty_pending(s, NULL, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_pending(fdk_tty_adopt(-1), &in, &out), EBADF);
    ASSERT_EQ(in, 77); /* untouched on failure */
    ASSERT_OK(fdk_tty_close(&m));
    ASSERT_OK(fdk_tty_close(&s));
}

static void test_borrowed_stays_open(void)
{
    fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT, b;

    open_raw_pair(&m, &s);
    b = fdk_tty_borrow(s.fd);
    ASSERT_EQ(fdk_tty_is_tty(b.fd), 1);
    ASSERT_OK(fdk_tty_close(&b));
    ASSERT_EQ(b.fd, -1);
    ASSERT_TRUE(fdk_test_fd_open(s.fd)); /* a borrowed handle never closes its fd */
    ASSERT_EQ(fdk_tty_write(s, "k", 1), 1);
    ASSERT_OK(fdk_tty_close(&m));
    ASSERT_OK(fdk_tty_close(&s));
}

int main(void)
{
    RUN(test_vectored_io);
    RUN(test_splice_to_pipe);
    RUN(test_pending);
    RUN(test_borrowed_stays_open);
    return 0;
}
