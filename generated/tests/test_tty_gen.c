/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/tty.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Test skeleton for fdk_tty: what every wrapper promises (CLOEXEC,
 * NONBLOCK only on request, -EBADF for a bad fd, -EINVAL for NULL or unknown
 * bits before any system call, out-parameters untouched on failure, close
 * idempotent, no fd leaked), the spec's errno cases, and each constructor
 * under descriptor exhaustion.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-exhaust.h"

#include <stdint.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/uio.h>
#include <sys/file.h>

/* 1 if every byte of p is b: out-parameters keep their fill on failure. */
static __attribute__((unused)) int bytes_are(const void *p, size_t n, unsigned char b)
{
    const unsigned char *c = p;
    size_t i;
    for (i = 0; i < n; i++)
        if (c[i] != b)
            return 0;
    return 1;
}

/* fdk_tty_open() makes a CLOEXEC tty; close is idempotent */
static void test_open_cloexec_kind_close(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_TRUE(h.fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));
    ASSERT_EQ(fdk_fd_kind(h.fd), FDK_FD_KIND_CHAR_DEVICE);
    ASSERT_OK(fdk_tty_close(&h));
    ASSERT_EQ(h.fd, -1);
    ASSERT_OK(fdk_tty_close(&h)); /* closing twice is a no-op */
}

/* FDK_TTY_NONBLOCK gives O_NONBLOCK */
static void test_open_tty_nonblock(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", FDK_TTY_NONBLOCK));
    ASSERT_TRUE(fdk_test_is_nonblock(h.fd));
    ASSERT_TRUE(fdk_test_is_cloexec(h.fd));
    ASSERT_OK(fdk_tty_close(&h));
}

/* a NULL out-handle is rejected */
static void test_open_null_out(void)
{
    ASSERT_ERR(fdk_tty_open(NULL, "/dev/ptmx", 0), EINVAL);
}

/* every bit outside FDK_TTY_OPEN_ALL is -EINVAL before the syscall */
static void test_open_unknown_flags(void)
{
    fdk_tty a_out = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_TTY_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_tty_open(&a_out, "/dev/ptmx", f), EINVAL);
        ASSERT_EQ(a_out.fd, -7); /* untouched, and no fd was made */
    }
}

/* fdk_tty_is_tty() with fd = -1 is -EBADF */
static void test_is_tty_negative_fd(void)
{
    ASSERT_ERR(fdk_tty_is_tty(-1), EBADF);
}

/* fdk_tty_read() on a closed handle is -EBADF, outputs untouched */
static void test_read_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_tty_read(bad, a_buf, 16), EBADF);
}

/* fdk_tty_read() with buf = NULL is -EINVAL */
static void test_read_null_buf(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_read(h, NULL, 16), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_write() on a closed handle is -EBADF, outputs untouched */
static void test_write_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_tty_write(bad, a_buf, 16), EBADF);
}

/* fdk_tty_write() with buf = NULL is -EINVAL */
static void test_write_null_buf(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_write(h, NULL, 16), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_readv() on a closed handle is -EBADF, outputs untouched */
static void test_readv_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_tty_readv(bad, a_iov, 4), EBADF);
}

/* fdk_tty_readv() with iov = NULL is -EINVAL */
static void test_readv_null_iov(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_readv(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_writev() on a closed handle is -EBADF, outputs untouched */
static void test_writev_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    ASSERT_ERR(fdk_tty_writev(bad, a_iov, 4), EBADF);
}

/* fdk_tty_writev() with iov = NULL is -EINVAL */
static void test_writev_null_iov(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_writev(h, NULL, 4), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_get() on a closed handle is -EBADF, outputs untouched */
static void test_get_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_settings a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_tty_get(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_tty_get() with out = NULL is -EINVAL */
static void test_get_null_out(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_get(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_set() on a closed handle is -EBADF, outputs untouched */
static void test_set_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_settings a_s;
    memset(&a_s, 0, sizeof a_s);
    ASSERT_ERR(fdk_tty_set(bad, &a_s, 0), EBADF);
}

/* fdk_tty_set() with s = NULL is -EINVAL */
static void test_set_null_s(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_set(h, NULL, 0), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_set_speed() on a closed handle is -EBADF, outputs untouched */
static void test_set_speed_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_set_speed(bad, 0, 0), EBADF);
}

/* fdk_tty_get_speed() on a closed handle is -EBADF, outputs untouched */
static void test_get_speed_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    uint32_t a_ret_ispeed;
    memset(&a_ret_ispeed, 0x5a, sizeof a_ret_ispeed);
    uint32_t a_ret_ospeed;
    memset(&a_ret_ospeed, 0x5a, sizeof a_ret_ospeed);
    ASSERT_ERR(fdk_tty_get_speed(bad, &a_ret_ispeed, &a_ret_ospeed), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_ispeed, sizeof a_ret_ispeed, 0x5a));
    ASSERT_TRUE(bytes_are(&a_ret_ospeed, sizeof a_ret_ospeed, 0x5a));
}

/* fdk_tty_get_speed() with ret_ispeed = NULL is -EINVAL */
static void test_get_speed_null_ret_ispeed(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    uint32_t a_ret_ospeed;
    memset(&a_ret_ospeed, 0x5a, sizeof a_ret_ospeed);
    ASSERT_ERR(fdk_tty_get_speed(h, NULL, &a_ret_ospeed), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_ospeed, sizeof a_ret_ospeed, 0x5a));
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_get_speed() with ret_ospeed = NULL is -EINVAL */
static void test_get_speed_null_ret_ospeed(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    uint32_t a_ret_ispeed;
    memset(&a_ret_ispeed, 0x5a, sizeof a_ret_ispeed);
    ASSERT_ERR(fdk_tty_get_speed(h, &a_ret_ispeed, NULL), EINVAL);
    ASSERT_TRUE(bytes_are(&a_ret_ispeed, sizeof a_ret_ispeed, 0x5a));
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_save() on a closed handle is -EBADF, outputs untouched */
static void test_save_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_saved a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_tty_save(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_tty_save() with out = NULL is -EINVAL */
static void test_save_null_out(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_save(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_restore() on a closed handle is -EBADF, outputs untouched */
static void test_restore_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_saved a_saved;
    memset(&a_saved, 0, sizeof a_saved);
    ASSERT_ERR(fdk_tty_restore(bad, &a_saved), EBADF);
}

/* fdk_tty_restore() with saved = NULL is -EINVAL */
static void test_restore_null_saved(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_restore(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_restore_on_exit() on a closed handle is -EBADF, outputs untouched */
static void test_restore_on_exit_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_saved a_saved;
    memset(&a_saved, 0, sizeof a_saved);
    ASSERT_ERR(fdk_tty_restore_on_exit(bad, &a_saved), EBADF);
}

/* fdk_tty_modem_get() on a closed handle is -EBADF, outputs untouched */
static void test_modem_get_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    unsigned int a_ret_lines;
    memset(&a_ret_lines, 0x5a, sizeof a_ret_lines);
    ASSERT_ERR(fdk_tty_modem_get(bad, &a_ret_lines), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_lines, sizeof a_ret_lines, 0x5a));
}

/* fdk_tty_modem_get() with ret_lines = NULL is -EINVAL */
static void test_modem_get_null_ret_lines(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_modem_get(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_modem_set() on a closed handle is -EBADF, outputs untouched */
static void test_modem_set_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_modem_set(bad, 0), EBADF);
}

/* fdk_tty_modem_raise() on a closed handle is -EBADF, outputs untouched */
static void test_modem_raise_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_modem_raise(bad, 0), EBADF);
}

/* fdk_tty_modem_lower() on a closed handle is -EBADF, outputs untouched */
static void test_modem_lower_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_modem_lower(bad, 0), EBADF);
}

/* fdk_tty_modem_wait() on a closed handle is -EBADF, outputs untouched */
static void test_modem_wait_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_modem_wait(bad, 0), EBADF);
}

/* fdk_tty_icount() on a closed handle is -EBADF, outputs untouched */
static void test_icount_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_icount a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_tty_icount(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_tty_icount() with out = NULL is -EINVAL */
static void test_icount_null_out(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_icount(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_send_break() on a closed handle is -EBADF, outputs untouched */
static void test_send_break_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_send_break(bad), EBADF);
}

/* fdk_tty_break() on a closed handle is -EBADF, outputs untouched */
static void test_break_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_break(bad, 0), EBADF);
}

/* fdk_tty_flush() on a closed handle is -EBADF, outputs untouched */
static void test_flush_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_flush(bad, 0), EBADF);
}

/* fdk_tty_drain() on a closed handle is -EBADF, outputs untouched */
static void test_drain_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_drain(bad), EBADF);
}

/* fdk_tty_pending() on a closed handle is -EBADF, outputs untouched */
static void test_pending_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    unsigned int a_ret_in;
    memset(&a_ret_in, 0x5a, sizeof a_ret_in);
    unsigned int a_ret_out;
    memset(&a_ret_out, 0x5a, sizeof a_ret_out);
    ASSERT_ERR(fdk_tty_pending(bad, &a_ret_in, &a_ret_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_ret_in, sizeof a_ret_in, 0x5a));
    ASSERT_TRUE(bytes_are(&a_ret_out, sizeof a_ret_out, 0x5a));
}

/* fdk_tty_flow() on a closed handle is -EBADF, outputs untouched */
static void test_flow_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_flow(bad, 0), EBADF);
}

/* fdk_tty_session() on a closed handle is -EBADF, outputs untouched */
static void test_session_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_session(bad), EBADF);
}

/* fdk_tty_winsize_get() on a closed handle is -EBADF, outputs untouched */
static void test_winsize_get_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_winsize a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_tty_winsize_get(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_tty_winsize_get() with out = NULL is -EINVAL */
static void test_winsize_get_null_out(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_winsize_get(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_winsize_set() on a closed handle is -EBADF, outputs untouched */
static void test_winsize_set_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_winsize a_ws;
    memset(&a_ws, 0, sizeof a_ws);
    ASSERT_ERR(fdk_tty_winsize_set(bad, &a_ws), EBADF);
}

/* fdk_tty_winsize_set() with ws = NULL is -EINVAL */
static void test_winsize_set_null_ws(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_winsize_set(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_exclusive() on a closed handle is -EBADF, outputs untouched */
static void test_exclusive_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    ASSERT_ERR(fdk_tty_exclusive(bad, 0), EBADF);
}

/* fdk_tty_rs485_get() on a closed handle is -EBADF, outputs untouched */
static void test_rs485_get_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_rs485 a_out;
    memset(&a_out, 0x5a, sizeof a_out);
    ASSERT_ERR(fdk_tty_rs485_get(bad, &a_out), EBADF);
    ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
}

/* fdk_tty_rs485_get() with out = NULL is -EINVAL */
static void test_rs485_get_null_out(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_rs485_get(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_rs485_set() on a closed handle is -EBADF, outputs untouched */
static void test_rs485_set_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    struct fdk_tty_rs485 a_in;
    memset(&a_in, 0, sizeof a_in);
    ASSERT_ERR(fdk_tty_rs485_set(bad, &a_in), EBADF);
}

/* fdk_tty_rs485_set() with in = NULL is -EINVAL */
static void test_rs485_set_null_in(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_rs485_set(h, NULL), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_pty_open() with master = NULL is -EINVAL */
static void test_pty_open_null_master(void)
{
    fdk_tty a_slave = {.fd = -7};
    ASSERT_ERR(fdk_tty_pty_open(NULL, &a_slave, 0), EINVAL);
    ASSERT_EQ(a_slave.fd, -7);
}

/* fdk_tty_pty_open() with slave = NULL is -EINVAL */
static void test_pty_open_null_slave(void)
{
    fdk_tty a_master = {.fd = -7};
    ASSERT_ERR(fdk_tty_pty_open(&a_master, NULL, 0), EINVAL);
    ASSERT_EQ(a_master.fd, -7);
}

/* fdk_tty_pty_open(): every bit outside FDK_TTY_OPEN_ALL is -EINVAL */
static void test_pty_open_unknown_flags(void)
{
    fdk_tty a_master = {.fd = -7};
    fdk_tty a_slave = {.fd = -7};
    int bit;
    for (bit = 0; bit < 32; bit++) {
        int f = (int)(1u << bit);
        if ((uint64_t)f & (uint64_t)FDK_TTY_OPEN_ALL)
            continue;
        ASSERT_ERR(fdk_tty_pty_open(&a_master, &a_slave, f), EINVAL);
    }
    ASSERT_EQ(a_master.fd, -7);
    ASSERT_EQ(a_slave.fd, -7);
}

/* fdk_tty_pty_name() on a closed handle is -EBADF, outputs untouched */
static void test_pty_name_bad_handle(void)
{
    fdk_tty bad = FDK_HANDLE_INIT;
    char a_buf[16] = {0};
    ASSERT_ERR(fdk_tty_pty_name(bad, a_buf, 16), EBADF);
}

/* fdk_tty_pty_name() with buf = NULL is -EINVAL */
static void test_pty_name_null_buf(void)
{
    fdk_tty h = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_open(&h, "/dev/ptmx", 0));
    ASSERT_ERR(fdk_tty_pty_name(h, NULL, 16), EINVAL);
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_close(NULL) is -EINVAL; closing -1 is a no-op */
static void test_close_null_and_empty(void)
{
    ASSERT_ERR(fdk_tty_close(NULL), EINVAL);
    fdk_tty e = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_tty_close(&e));
    ASSERT_EQ(e.fd, -1);
}

/* fdk_tty_read(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_read_errnos(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("read", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_read(h, a_buf, 16), errs[i]);
        ASSERT_EQ(fdk_inject_calls("read"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_read(): EINTR is returned, not retried */
static void test_inject_read_eintr(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_tty_read(h, a_buf, 16), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_write(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_write_errnos(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("write", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_write(h, a_buf, 16), errs[i]);
        ASSERT_EQ(fdk_inject_calls("write"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_write(): EINTR is returned, not retried */
static void test_inject_write_eintr(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    char a_buf[16] = {0};
    fdk_inject_reset();
    fdk_inject_fail("write", 1, 1, EINTR);
    ASSERT_ERR(fdk_tty_write(h, a_buf, 16), EINTR);
    ASSERT_EQ(fdk_inject_calls("write"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_readv(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_readv_errnos(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("readv", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_readv(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("readv"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_readv(): EINTR is returned, not retried */
static void test_inject_readv_eintr(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("readv", 1, 1, EINTR);
    ASSERT_ERR(fdk_tty_readv(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("readv"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_writev(): every errno row of the spec comes back as -errno, outputs untouched */
static void test_inject_writev_errnos(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    static const int errs[] = {EAGAIN, EBADF, EFAULT, EINTR, EINVAL, EIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("writev", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_writev(h, a_iov, 4), errs[i]);
        ASSERT_EQ(fdk_inject_calls("writev"), 1);
    }
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_writev(): EINTR is returned, not retried */
static void test_inject_writev_eintr(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    struct iovec a_iov[4];
    memset(a_iov, 0, sizeof a_iov);
    fdk_inject_reset();
    fdk_inject_fail("writev", 1, 1, EINTR);
    ASSERT_ERR(fdk_tty_writev(h, a_iov, 4), EINTR);
    ASSERT_EQ(fdk_inject_calls("writev"), 1);
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&h));
}

/* fdk_tty_close() of a descriptor closed behind its back is -EBADF, and the handle is emptied */
static void test_close_stale_fd(void)
{
    int nfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(nfd >= 0);
    ASSERT_EQ(close(nfd), 0);
    fdk_tty z = fdk_tty_adopt(nfd);
    ASSERT_ERR(fdk_tty_close(&z), EBADF);
    ASSERT_EQ(z.fd, -1);
}

/* fdk_tty_close(): EINTR is success, nothing is retried, the fd is gone */
static void test_inject_close(void)
{
    fdk_tty h = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(h.fd >= 0);
    int fd = h.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_OK(fdk_tty_close(&h)); /* EINTR from close means closed */
    ASSERT_EQ(h.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1); /* never retried */
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */
    fdk_tty g = fdk_tty_adopt(open("/dev/null", O_RDONLY | O_CLOEXEC));
    ASSERT_TRUE(g.fd >= 0);
    fd = g.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_tty_close(&g), EIO);
    ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);
    fdk_inject_reset();
}

/* fdk_tty_close() on a borrowed handle leaves the fd open */
static void test_close_borrowed(void)
{
    int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    fdk_tty b = fdk_tty_borrow(fd);
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_close(&b));
    ASSERT_EQ(b.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 0); /* a borrowed fd is never closed */
    ASSERT_TRUE(fdk_test_fd_open(fd));
    ASSERT_EQ(close(fd), 0);
}

/* fdk_tty_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_tty_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_tty a_out = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_tty_open(&a_out, "/dev/ptmx", 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_tty_close(&a_out));
        } else {
            ASSERT_EQ(a_out.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_tty_pty_open() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind */
static void test_exhaust_pty_open(void)
{
    struct fdk_exhaust x;
    for (fdk_exhaust_start(&x, "fdk_tty_pty_open()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {
        fdk_tty a_master = {.fd = -7};
        fdk_tty a_slave = {.fd = -7};
        fdk_exhaust_limit(&x);
        int rc = fdk_tty_pty_open(&a_master, &a_slave, 0);
        if (fdk_exhaust_unlimit(&x, rc)) {
            ASSERT_OK(fdk_tty_close(&a_master));
            ASSERT_OK(fdk_tty_close(&a_slave));
        } else {
            ASSERT_EQ(a_master.fd, -7);
            ASSERT_EQ(a_slave.fd, -7);
        }
    }
    fdk_exhaust_done(&x);
}

/* fdk_tty_open(): each errno row open() can give comes back as itself, nothing made */
static void test_drive_open(void)
{
    static const int errs[] = {EACCES, EBUSY, EINTR, EINVAL, EIO, EISDIR, ELOOP, EMFILE, ENAMETOOLONG, ENFILE, ENODEV, ENOENT, ENOLCK, ENOTDIR, ENOTTY, ENXIO};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty a_out = {.fd = -7};
        fdk_inject_reset();
        fdk_inject_fail("open", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_open(&a_out, "/dev/ptmx", 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from open() */
        fdk_inject_reset();
        ASSERT_EQ(a_out.fd, -7);
    }
    fdk_inject_reset();
}

/* fdk_tty_break(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_break(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_break(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_send_break(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_send_break(void)
{
    static const int errs[] = {EBADF, EINTR, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_send_break(h), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_modem_get(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_modem_get(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        unsigned int a_ret_lines;
        memset(&a_ret_lines, 0x5a, sizeof a_ret_lines);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_modem_get(h, &a_ret_lines), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_ret_lines, sizeof a_ret_lines, 0x5a));
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_icount(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_icount(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        struct fdk_tty_icount a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_icount(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_rs485_get(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_rs485_get(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        struct fdk_tty_rs485 a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_rs485_get(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_pending(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_pending(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        unsigned int a_ret_in;
        memset(&a_ret_in, 0x5a, sizeof a_ret_in);
        unsigned int a_ret_out;
        memset(&a_ret_out, 0x5a, sizeof a_ret_out);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_pending(h, &a_ret_in, &a_ret_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_ret_in, sizeof a_ret_in, 0x5a));
        ASSERT_TRUE(bytes_are(&a_ret_out, sizeof a_ret_out, 0x5a));
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_modem_raise(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_modem_raise(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_modem_raise(h, FDK_TTY_RTS), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_modem_lower(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_modem_lower(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_modem_lower(h, FDK_TTY_RTS), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_modem_wait(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_modem_wait(void)
{
    static const int errs[] = {EBADF, EINTR, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_modem_wait(h, FDK_TTY_CTS), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_modem_set(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_modem_set(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_modem_set(h, FDK_TTY_RTS), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_drain(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_drain(void)
{
    static const int errs[] = {EBADF, EINTR, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_drain(h), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_flush(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_flush(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_flush(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_flow(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_flow(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_flow(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_exclusive(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_exclusive(void)
{
    static const int errs[] = {EBADF, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_exclusive(h, 0), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_session(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_session(void)
{
    static const int errs[] = {EBADF, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_session(h), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_winsize_get(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_winsize_get(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        struct fdk_tty_winsize a_out;
        memset(&a_out, 0x5a, sizeof a_out);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_winsize_get(h, &a_out), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_TRUE(bytes_are(&a_out, sizeof a_out, 0x5a));
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_winsize_set(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_winsize_set(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        struct fdk_tty_winsize a_ws;
        memset(&a_ws, 0, sizeof a_ws);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_winsize_set(h, &a_ws), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

/* fdk_tty_rs485_set(): each errno row ioctl() can give comes back as itself, nothing made */
static void test_drive_rs485_set(void)
{
    static const int errs[] = {EBADF, EINVAL, EIO, ENODEV, ENOTTY};
    size_t i;
    for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {
        fdk_tty h = FDK_HANDLE_INIT, pty_slave = FDK_HANDLE_INIT;
        ASSERT_OK(fdk_tty_pty_open(&h, &pty_slave, 0));
        struct fdk_tty_rs485 a_in;
        memset(&a_in, 0, sizeof a_in);
        fdk_inject_reset();
        fdk_inject_fail("ioctl", 1, 1, errs[i]);
        ASSERT_ERR(fdk_tty_rs485_set(h, &a_in), errs[i]);
        ASSERT_EQ(fdk_inject_fired(), 1); /* it came from ioctl() */
        fdk_inject_reset();
        ASSERT_OK(fdk_tty_close(&pty_slave));
        ASSERT_OK(fdk_tty_close(&h));
    }
    fdk_inject_reset();
}

int main(void)
{
    RUN(test_open_cloexec_kind_close);
    RUN(test_open_tty_nonblock);
    RUN(test_open_null_out);
    RUN(test_open_unknown_flags);
    RUN(test_is_tty_negative_fd);
    RUN(test_read_bad_handle);
    RUN(test_read_null_buf);
    RUN(test_write_bad_handle);
    RUN(test_write_null_buf);
    RUN(test_readv_bad_handle);
    RUN(test_readv_null_iov);
    RUN(test_writev_bad_handle);
    RUN(test_writev_null_iov);
    RUN(test_get_bad_handle);
    RUN(test_get_null_out);
    RUN(test_set_bad_handle);
    RUN(test_set_null_s);
    RUN(test_set_speed_bad_handle);
    RUN(test_get_speed_bad_handle);
    RUN(test_get_speed_null_ret_ispeed);
    RUN(test_get_speed_null_ret_ospeed);
    RUN(test_save_bad_handle);
    RUN(test_save_null_out);
    RUN(test_restore_bad_handle);
    RUN(test_restore_null_saved);
    RUN(test_restore_on_exit_bad_handle);
    RUN(test_modem_get_bad_handle);
    RUN(test_modem_get_null_ret_lines);
    RUN(test_modem_set_bad_handle);
    RUN(test_modem_raise_bad_handle);
    RUN(test_modem_lower_bad_handle);
    RUN(test_modem_wait_bad_handle);
    RUN(test_icount_bad_handle);
    RUN(test_icount_null_out);
    RUN(test_send_break_bad_handle);
    RUN(test_break_bad_handle);
    RUN(test_flush_bad_handle);
    RUN(test_drain_bad_handle);
    RUN(test_pending_bad_handle);
    RUN(test_flow_bad_handle);
    RUN(test_session_bad_handle);
    RUN(test_winsize_get_bad_handle);
    RUN(test_winsize_get_null_out);
    RUN(test_winsize_set_bad_handle);
    RUN(test_winsize_set_null_ws);
    RUN(test_exclusive_bad_handle);
    RUN(test_rs485_get_bad_handle);
    RUN(test_rs485_get_null_out);
    RUN(test_rs485_set_bad_handle);
    RUN(test_rs485_set_null_in);
    RUN(test_pty_open_null_master);
    RUN(test_pty_open_null_slave);
    RUN(test_pty_open_unknown_flags);
    RUN(test_pty_name_bad_handle);
    RUN(test_pty_name_null_buf);
    RUN(test_close_null_and_empty);
    RUN(test_inject_read_errnos);
    RUN(test_inject_read_eintr);
    RUN(test_inject_write_errnos);
    RUN(test_inject_write_eintr);
    RUN(test_inject_readv_errnos);
    RUN(test_inject_readv_eintr);
    RUN(test_inject_writev_errnos);
    RUN(test_inject_writev_eintr);
    RUN(test_close_stale_fd);
    RUN(test_inject_close);
    RUN(test_close_borrowed);
    RUN(test_exhaust_open);
    RUN(test_exhaust_pty_open);
    RUN(test_drive_open);
    RUN(test_drive_break);
    RUN(test_drive_send_break);
    RUN(test_drive_modem_get);
    RUN(test_drive_icount);
    RUN(test_drive_rs485_get);
    RUN(test_drive_pending);
    RUN(test_drive_modem_raise);
    RUN(test_drive_modem_lower);
    RUN(test_drive_modem_wait);
    RUN(test_drive_modem_set);
    RUN(test_drive_drain);
    RUN(test_drive_flush);
    RUN(test_drive_flow);
    RUN(test_drive_exclusive);
    RUN(test_drive_session);
    RUN(test_drive_winsize_get);
    RUN(test_drive_winsize_set);
    RUN(test_drive_rs485_set);
    return 0;
}
