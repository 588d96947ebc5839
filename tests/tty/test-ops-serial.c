/* SPDX-License-Identifier: MIT */
/*
 * Modem lines, counters and RS-485 on a real serial port - the success
 * paths a pseudo-terminal cannot reach.  Runs only when FDKIT_TEST_SERIAL
 * names a port this test may toggle DTR and RTS on (e.g.
 * FDKIT_TEST_SERIAL=/dev/ttyUSB0); otherwise it skips (77).  With
 * FDKIT_TEST_RS485=1 it also writes the RS-485 settings (and puts them back).
 *
 * Checked: fdk_tty_modem_get reports exactly the six named lines of the raw
 * TIOCMGET; fdk_tty_modem_set changes DTR and RTS only - OUT1, OUT2 and LOOP,
 * which a bare TIOCMSET would clear (OUT2 gates a PC 8250's interrupt), keep
 * their state; raise and lower touch only the lines named; icount matches
 * TIOCGICOUNT; rs485_get reports only named flags (or ENOTTY: no RS-485).
 * The port's DTR/RTS state is restored at the end.
 */
#include "fdk-test.h"

#include <fdkit/tty.h>

#include <stdint.h>
#include <sys/ioctl.h>

#include <linux/serial.h>

/* asm-generic's values; glibc's <sys/ioctl.h> leaves them out */
#ifndef TIOCM_OUT1
#define TIOCM_OUT1 0x2000
#define TIOCM_OUT2 0x4000
#define TIOCM_LOOP 0x8000
#endif

#define NAMED     (FDK_TTY_DTR | FDK_TTY_RTS | FDK_TTY_CTS | FDK_TTY_DSR | FDK_TTY_DCD | FDK_TTY_RI)
#define OTHER_OUT (TIOCM_OUT1 | TIOCM_OUT2 | TIOCM_LOOP)

static const char *dev;

static unsigned int raw_lines(fdk_tty t)
{
    int v = 0;
    ASSERT_EQ(ioctl(t.fd, TIOCMGET, &v), 0);
    return (unsigned int)v;
}

static void check_set(fdk_tty t, unsigned int want)
{
    unsigned int before = raw_lines(t), after, got = 0;

    ASSERT_OK(fdk_tty_modem_set(t, want));
    after = raw_lines(t);
    ASSERT_EQ(after & (FDK_TTY_DTR | FDK_TTY_RTS), want);
    ASSERT_EQ(after & OTHER_OUT, before & OTHER_OUT);
    ASSERT_OK(fdk_tty_modem_get(t, &got));
    ASSERT_EQ(got, after & NAMED);
}

static void test_modem_lines(void)
{
    fdk_tty t = FDK_HANDLE_INIT;
    unsigned int orig, got = 0, raw;
    int r;

    r = fdk_tty_open(&t, dev, FDK_TTY_NONBLOCK);
    if (r < 0)
        fdk_test_fail(__FILE__, __LINE__, "fdk_tty_open(%s): %s", dev, fdk_errno_name(r));
    r = fdk_tty_modem_get(t, &got);
    if (r == -ENOTTY || r == -EINVAL) {
        printf("# %s has no modem lines (%s)\n", dev, fdk_errno_name(r));
        fdk_tty_close(&t);
        return;
    }
    ASSERT_OK(r);
    raw = raw_lines(t);
    orig = raw & (FDK_TTY_DTR | FDK_TTY_RTS);
    ASSERT_EQ(got, raw & NAMED);
    printf("# %s: TIOCMGET 0x%x\n", dev, raw);

    check_set(t, FDK_TTY_DTR);
    check_set(t, FDK_TTY_RTS);
    check_set(t, 0);
    check_set(t, FDK_TTY_DTR | FDK_TTY_RTS);

    ASSERT_OK(fdk_tty_modem_set(t, 0));
    ASSERT_OK(fdk_tty_modem_raise(t, FDK_TTY_DTR));
    ASSERT_EQ(raw_lines(t) & (FDK_TTY_DTR | FDK_TTY_RTS), FDK_TTY_DTR);
    ASSERT_OK(fdk_tty_modem_raise(t, FDK_TTY_RTS));
    ASSERT_EQ(raw_lines(t) & (FDK_TTY_DTR | FDK_TTY_RTS), FDK_TTY_DTR | FDK_TTY_RTS);
    ASSERT_OK(fdk_tty_modem_lower(t, FDK_TTY_DTR));
    ASSERT_EQ(raw_lines(t) & (FDK_TTY_DTR | FDK_TTY_RTS), FDK_TTY_RTS);
    ASSERT_OK(fdk_tty_modem_lower(t, FDK_TTY_RTS));
    ASSERT_EQ(raw_lines(t) & (FDK_TTY_DTR | FDK_TTY_RTS), 0);

    ASSERT_OK(fdk_tty_modem_set(t, orig));
    ASSERT_EQ(fdk_tty_close(&t), 0);
}

static void test_icount(void)
{
    fdk_tty t = FDK_HANDLE_INIT;
    struct serial_icounter_struct raw;
    struct fdk_tty_icount ic;
    int r;

    ASSERT_OK(fdk_tty_open(&t, dev, FDK_TTY_NONBLOCK));
    r = fdk_tty_icount(t, &ic);
    if (r < 0) {
        printf("# %s keeps no counters (%s)\n", dev, fdk_errno_name(r));
        ASSERT_TRUE(r == -ENOTTY || r == -EINVAL);
        fdk_tty_close(&t);
        return;
    }
    memset(&raw, 0, sizeof(raw));
    ASSERT_EQ(ioctl(t.fd, TIOCGICOUNT, &raw), 0);
    /* nothing is sent by this test, so the counters are stable but for input */
    ASSERT_EQ_U64(ic.tx, (uint32_t)raw.tx);
    ASSERT_EQ_U64(ic.frame, (uint32_t)raw.frame);
    ASSERT_EQ_U64(ic.overrun, (uint32_t)raw.overrun);
    ASSERT_EQ_U64(ic.parity, (uint32_t)raw.parity);
    ASSERT_EQ_U64(ic.buf_overrun, (uint32_t)raw.buf_overrun);
    printf("# %s: rx %u tx %u\n", dev, ic.rx, ic.tx);
    ASSERT_EQ(fdk_tty_close(&t), 0);
}

static void test_rs485(void)
{
    fdk_tty t = FDK_HANDLE_INIT;
    struct fdk_tty_rs485 rs, orig, want, got;
    const char *w = getenv("FDKIT_TEST_RS485");
    int r;

    ASSERT_OK(fdk_tty_open(&t, dev, FDK_TTY_NONBLOCK));
    r = fdk_tty_rs485_get(t, &rs);
    if (r < 0) {
        printf("# %s: no RS-485 (%s)\n", dev, fdk_errno_name(r));
        ASSERT_ERR(r, ENOTTY);
        fdk_tty_close(&t);
        return;
    }
    ASSERT_EQ(rs.flags & ~(uint32_t)(FDK_TTY_RS485_ENABLED | FDK_TTY_RS485_RTS_ON_SEND |
                                     FDK_TTY_RS485_RTS_AFTER_SEND | FDK_TTY_RS485_RX_DURING_TX),
              0);
    if (!w || strcmp(w, "1") != 0) {
        printf("# RS-485 not written (set FDKIT_TEST_RS485=1 to)\n");
        fdk_tty_close(&t);
        return;
    }
    orig = rs;
    want.flags = FDK_TTY_RS485_ENABLED | FDK_TTY_RS485_RTS_ON_SEND;
    want.delay_rts_before_send_ms = 1;
    want.delay_rts_after_send_ms = 2;
    r = fdk_tty_rs485_set(t, &want);
    if (r == -ENOTTY) {
        printf("# %s reports RS-485 but cannot be configured (ENOTTY)\n", dev);
    } else {
        ASSERT_OK(r);
        ASSERT_OK(fdk_tty_rs485_get(t, &got));
        ASSERT_TRUE(got.flags & FDK_TTY_RS485_ENABLED);
        ASSERT_OK(fdk_tty_rs485_set(t, &orig));
    }
    ASSERT_EQ(fdk_tty_close(&t), 0);
}

int main(void)
{
    dev = getenv("FDKIT_TEST_SERIAL");
    if (!dev || !*dev)
        fdk_test_skip("set FDKIT_TEST_SERIAL to a serial port this test may toggle DTR/RTS on");
    alarm(45);

    RUN(test_modem_lines);
    RUN(test_icount);
    RUN(test_rs485);
    return 0;
}
