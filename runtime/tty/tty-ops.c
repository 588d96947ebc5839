/* SPDX-License-Identifier: MIT */
/*
 * Terminal operations that are not settings: modem lines and their
 * counters, breaks, flush / drain / flow, the session, the window size,
 * exclusive access, RS-485, and pseudo-terminal pairs.  Settings (termios2)
 * live in tty.c, the restore machinery in tty-restore.c; closing, adopting
 * and the read/write wrappers are generated from spec/tty.yaml.
 *
 * Everything here is one ioctl(2) on a borrowed descriptor.  The termios
 * helpers of libc (tcsendbreak, tcdrain, tcflush, tcflow, tcgetsid) are, on
 * Linux, each a single ioctl (TCSBRK, TCFLSH, TCXONC, TIOCGSID); fdkit makes
 * those ioctls itself so that one code path - and one fault-injection
 * wrapper - covers them all.
 *
 * EINTR: the calls that can wait (modem_wait: TIOCMIWAIT; drain and
 * send_break: TCSBRK, which first waits for the output to drain) hand it
 * back; every other call retries it.  The kernel reports it for those only
 * when a job-control check sent SIGTTOU to a background caller whose
 * handler has no SA_RESTART: the retry does what SA_RESTART would do.
 *
 * A device that lacks a feature answers in the kernel's words, unchanged:
 * a pseudo-terminal gives ENOTTY for TIOCMGET/SET/BIS/BIC, TIOCMIWAIT,
 * TIOCGICOUNT and TIOCGRS485/TIOCSRS485 (the tty layer has no such
 * operation for it), the same errno as a descriptor that is not a terminal
 * at all.  Breaks and flow control are accepted by a pty (a break is a
 * no-op there; TCOOFF really stops its output).
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <linux/serial.h>

/* Modem lines: fdkit's bits are the kernel's TIOCM_* values. */
_Static_assert(FDK_TTY_DTR == TIOCM_DTR, "FDK_TTY_DTR != TIOCM_DTR");
_Static_assert(FDK_TTY_RTS == TIOCM_RTS, "FDK_TTY_RTS != TIOCM_RTS");
_Static_assert(FDK_TTY_CTS == TIOCM_CTS, "FDK_TTY_CTS != TIOCM_CTS");
_Static_assert(FDK_TTY_DCD == TIOCM_CAR, "FDK_TTY_DCD != TIOCM_CAR");
_Static_assert(FDK_TTY_RI == TIOCM_RNG, "FDK_TTY_RI != TIOCM_RNG");
_Static_assert(FDK_TTY_DSR == TIOCM_DSR, "FDK_TTY_DSR != TIOCM_DSR");

/* RS-485 flags: the same bits as <linux/serial.h>. */
_Static_assert(FDK_TTY_RS485_ENABLED == SER_RS485_ENABLED, "RS485 ENABLED bit");
_Static_assert(FDK_TTY_RS485_RTS_ON_SEND == SER_RS485_RTS_ON_SEND, "RS485 RTS_ON_SEND bit");
_Static_assert(FDK_TTY_RS485_RTS_AFTER_SEND == SER_RS485_RTS_AFTER_SEND,
               "RS485 RTS_AFTER_SEND bit");
_Static_assert(FDK_TTY_RS485_RX_DURING_TX == SER_RS485_RX_DURING_TX, "RS485 RX_DURING_TX bit");

/* struct fdk_tty_winsize is copied member by member from struct winsize. */
_Static_assert(sizeof(((struct winsize *)0)->ws_row) == sizeof(uint16_t),
               "winsize members are 16 bits");

/* TIOCGPTPEER: Linux 4.13, value from asm-generic/ioctls.h; older kernels say EINVAL/ENOTTY. */
#ifndef TIOCGPTPEER
#define TIOCGPTPEER _IO('T', 0x41)
#endif

#define MODEM_OUT (FDK_TTY_DTR | FDK_TTY_RTS)
#define MODEM_IN  (FDK_TTY_CTS | FDK_TTY_DSR | FDK_TTY_DCD | FDK_TTY_RI)
#define RS485_KNOWN                                                                                \
    (FDK_TTY_RS485_ENABLED | FDK_TTY_RS485_RTS_ON_SEND | FDK_TTY_RS485_RTS_AFTER_SEND |            \
     FDK_TTY_RS485_RX_DURING_TX)

/* pty_open takes NONBLOCK; NOCTTY and CLOEXEC are always applied, so asking for them is harmless.
 */
#define PTY_FLAGS (FDK_TTY_NONBLOCK | FDK_TTY_NOCTTY | FDK_TTY_CLOEXEC)

/* One ioctl that cannot wait: EINTR retried.  0 or -errno. */
static int ioctl_retry(int fd, unsigned long req, void *arg)
{
    int r;

    r = FDK__RETRY_EINTR(ioctl(fd, req, arg));
    return r < 0 ? FDK__NEG_ERRNO() : r;
}

/* As above, the argument an integer by value (TIOCMIWAIT, TCSBRK, TCFLSH, TCXONC, TIOCGPTPEER). */
static int ioctl_retry_val(int fd, unsigned long req, unsigned long val)
{
    int r;

    r = FDK__RETRY_EINTR(ioctl(fd, req, val));
    return r < 0 ? FDK__NEG_ERRNO() : r;
}

/* One ioctl that can wait: EINTR handed back. */
static int ioctl_once_val(int fd, unsigned long req, unsigned long val)
{
    int r = ioctl(fd, req, val);
    return r < 0 ? FDK__NEG_ERRNO() : r;
}

/* ---- modem lines ---------------------------------------------------------------------------- */

int fdk_tty_modem_get(fdk_tty t, unsigned int *ret_lines)
{
    int lines = 0, r;

    if (t.fd < 0)
        return -EBADF;
    if (!ret_lines)
        return -EINVAL;
    r = ioctl_retry(t.fd, TIOCMGET, &lines);
    if (r < 0)
        return r;
    /* Only the six lines fdkit names; drivers also report LE, ST, SR, OUT1, OUT2, LOOP. */
    *ret_lines = (unsigned int)lines & (MODEM_OUT | MODEM_IN);
    return 0;
}

int fdk_tty_modem_set(fdk_tty t, unsigned int lines)
{
    int cur = 0, r;

    if (t.fd < 0)
        return -EBADF;
    if (lines & ~(unsigned int)MODEM_OUT)
        return -EINVAL;
    /*
     * TIOCMSET writes every output line the kernel knows - DTR, RTS, OUT1,
     * OUT2, LOOP - and clears those not given.  Clearing OUT2 disconnects
     * the interrupt of a PC 8250 port, so the current state is read first
     * and only DTR and RTS are replaced.
     */
    r = ioctl_retry(t.fd, TIOCMGET, &cur);
    if (r < 0)
        return r;
    cur = (int)(((unsigned int)cur & ~(unsigned int)MODEM_OUT) | lines);
    r = ioctl_retry(t.fd, TIOCMSET, &cur);
    return r < 0 ? r : 0;
}

int fdk_tty_modem_raise(fdk_tty t, unsigned int lines)
{
    int v = (int)lines, r;

    if (t.fd < 0)
        return -EBADF;
    if (lines & ~(unsigned int)MODEM_OUT)
        return -EINVAL;
    r = ioctl_retry(t.fd, TIOCMBIS, &v);
    return r < 0 ? r : 0;
}

int fdk_tty_modem_lower(fdk_tty t, unsigned int lines)
{
    int v = (int)lines, r;

    if (t.fd < 0)
        return -EBADF;
    if (lines & ~(unsigned int)MODEM_OUT)
        return -EINVAL;
    r = ioctl_retry(t.fd, TIOCMBIC, &v);
    return r < 0 ? r : 0;
}

int fdk_tty_modem_wait(fdk_tty t, unsigned int lines)
{
    int r;

    if (t.fd < 0)
        return -EBADF;
    /* No line at all would wait for nothing, forever: refused like an unknown line. */
    if (lines == 0 || (lines & ~(unsigned int)MODEM_IN))
        return -EINVAL;
    r = ioctl_once_val(t.fd, TIOCMIWAIT, lines);
    return r < 0 ? r : 0;
}

int fdk_tty_icount(fdk_tty t, struct fdk_tty_icount *out)
{
    struct serial_icounter_struct ic;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    memset(&ic, 0, sizeof(ic));
    r = ioctl_retry(t.fd, TIOCGICOUNT, &ic);
    if (r < 0)
        return r;
    /* The kernel keeps them as int counters that wrap: reported modulo 2^32. */
    out->cts = (uint32_t)ic.cts;
    out->dsr = (uint32_t)ic.dsr;
    out->rng = (uint32_t)ic.rng;
    out->dcd = (uint32_t)ic.dcd;
    out->rx = (uint32_t)ic.rx;
    out->tx = (uint32_t)ic.tx;
    out->frame = (uint32_t)ic.frame;
    out->overrun = (uint32_t)ic.overrun;
    out->parity = (uint32_t)ic.parity;
    out->brk = (uint32_t)ic.brk;
    out->buf_overrun = (uint32_t)ic.buf_overrun;
    return 0;
}

/* ---- break, flush, drain, flow -------------------------------------------------------------- */

int fdk_tty_send_break(fdk_tty t)
{
    int r;

    if (t.fd < 0)
        return -EBADF;
    /* tcsendbreak(fd, 0): TCSBRK with 0 drains the output, then sends 0.25 s of break. */
    r = ioctl_once_val(t.fd, TCSBRK, 0);
    return r < 0 ? r : 0;
}

int fdk_tty_break(fdk_tty t, int on)
{
    int r;

    if (t.fd < 0)
        return -EBADF;
    r = ioctl_retry(t.fd, on ? TIOCSBRK : TIOCCBRK, NULL);
    return r < 0 ? r : 0;
}

int fdk_tty_flush(fdk_tty t, int queue)
{
    unsigned long q;
    int r;

    if (t.fd < 0)
        return -EBADF;
    switch (queue) {
    case FDK_TTY_INPUT:
        q = TCIFLUSH;
        break;
    case FDK_TTY_OUTPUT:
        q = TCOFLUSH;
        break;
    case FDK_TTY_BOTH:
        q = TCIOFLUSH;
        break;
    default:
        return -EINVAL;
    }
    r = ioctl_retry_val(t.fd, TCFLSH, q); /* tcflush */
    return r < 0 ? r : 0;
}

int fdk_tty_drain(fdk_tty t)
{
    int r;

    if (t.fd < 0)
        return -EBADF;
    /* tcdrain: TCSBRK with a non-zero argument only waits for the output to drain. */
    r = ioctl_once_val(t.fd, TCSBRK, 1);
    return r < 0 ? r : 0;
}

/*
 * Bytes waiting in each direction: received and not yet read (TIOCINQ), and
 * written and not yet sent (TIOCOUTQ).  An event loop polls the latter to
 * wait for output to drain without blocking in tcdrain, which flow control
 * can hold forever.
 */
int fdk_tty_pending(fdk_tty t, unsigned int *ret_in, unsigned int *ret_out)
{
    int in = 0, out = 0, r;

    if (t.fd < 0)
        return -EBADF;
    if (!ret_in && !ret_out)
        return -EINVAL;
    if (ret_in) {
        r = ioctl_retry(t.fd, TIOCINQ, &in);
        if (r < 0)
            return r;
    }
    if (ret_out) {
        r = ioctl_retry(t.fd, TIOCOUTQ, &out);
        if (r < 0)
            return r;
    }
    if (ret_in)
        *ret_in = in > 0 ? (unsigned int)in : 0;
    if (ret_out)
        *ret_out = out > 0 ? (unsigned int)out : 0;
    return 0;
}

int fdk_tty_flow(fdk_tty t, int action)
{
    unsigned long a;
    int r;

    if (t.fd < 0)
        return -EBADF;
    switch (action) {
    case FDK_TTY_SUSPEND_OUTPUT:
        a = TCOOFF;
        break;
    case FDK_TTY_RESUME_OUTPUT:
        a = TCOON;
        break;
    case FDK_TTY_SUSPEND_INPUT:
        a = TCIOFF;
        break;
    case FDK_TTY_RESUME_INPUT:
        a = TCION;
        break;
    default:
        return -EINVAL;
    }
    r = ioctl_retry_val(t.fd, TCXONC, a); /* tcflow */
    return r < 0 ? r : 0;
}

/* ---- session, window size, exclusive access ------------------------------------------------- */

int fdk_tty_session(fdk_tty t)
{
    pid_t sid = 0;
    int r;

    if (t.fd < 0)
        return -EBADF;
    r = ioctl_retry(t.fd, TIOCGSID, &sid); /* tcgetsid */
    if (r < 0)
        return r;
    return (int)sid;
}

int fdk_tty_winsize_get(fdk_tty t, struct fdk_tty_winsize *out)
{
    struct winsize ws;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    memset(&ws, 0, sizeof(ws));
    r = ioctl_retry(t.fd, TIOCGWINSZ, &ws);
    if (r < 0)
        return r;
    out->rows = ws.ws_row;
    out->cols = ws.ws_col;
    out->xpixel = ws.ws_xpixel;
    out->ypixel = ws.ws_ypixel;
    return 0;
}

int fdk_tty_winsize_set(fdk_tty t, const struct fdk_tty_winsize *in)
{
    struct winsize ws;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!in)
        return -EINVAL;
    memset(&ws, 0, sizeof(ws));
    ws.ws_row = in->rows;
    ws.ws_col = in->cols;
    ws.ws_xpixel = in->xpixel;
    ws.ws_ypixel = in->ypixel;
    r = ioctl_retry(t.fd, TIOCSWINSZ, &ws);
    return r < 0 ? r : 0;
}

int fdk_tty_exclusive(fdk_tty t, int on)
{
    int r;

    if (t.fd < 0)
        return -EBADF;
    r = ioctl_retry(t.fd, on ? TIOCEXCL : TIOCNXCL, NULL);
    return r < 0 ? r : 0;
}

/* ---- RS-485 --------------------------------------------------------------------------------- */

int fdk_tty_rs485_get(fdk_tty t, struct fdk_tty_rs485 *out)
{
    struct serial_rs485 rs;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    memset(&rs, 0, sizeof(rs));
    r = ioctl_retry(t.fd, TIOCGRS485, &rs);
    if (r < 0)
        return r;
    /*
     * Only the flags fdkit names (bus termination, addressing and RS-422
     * are left out), so that a record read here is always valid input for
     * fdk_tty_rs485_set(), which keeps those other bits as they are.
     */
    out->flags = rs.flags & RS485_KNOWN;
    out->delay_rts_before_send_ms = rs.delay_rts_before_send;
    out->delay_rts_after_send_ms = rs.delay_rts_after_send;
    return 0;
}

int fdk_tty_rs485_set(fdk_tty t, const struct fdk_tty_rs485 *in)
{
    struct serial_rs485 rs;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!in)
        return -EINVAL;
    if (in->flags & ~(uint32_t)RS485_KNOWN)
        return -EINVAL;
    /*
     * Read-modify-write: the flags fdkit does not name (SER_RS485_TERMINATE_BUS,
     * the addressing mode and addresses, RS-422), often set up by the device
     * tree, keep their value.  A driver that can only be written (no
     * TIOCGRS485: ENOTTY) gets zeroes for them.
     */
    memset(&rs, 0, sizeof(rs));
    r = ioctl_retry(t.fd, TIOCGRS485, &rs);
    if (r < 0 && r != -ENOTTY)
        return r;
    if (r < 0)
        memset(&rs, 0, sizeof(rs));
    rs.flags = (rs.flags & ~(uint32_t)RS485_KNOWN) | in->flags;
    rs.delay_rts_before_send = in->delay_rts_before_send_ms;
    rs.delay_rts_after_send = in->delay_rts_after_send_ms;
    /* The kernel clamps the delays (to 100 ms today) and fixes contradictory RTS flags. */
    r = ioctl_retry(t.fd, TIOCSRS485, &rs);
    return r < 0 ? r : 0;
}

/* ---- pseudo-terminals ----------------------------------------------------------------------- */

/* ptsname_r returns an errno number (glibc also sets errno; some wrappers return -1): -errno. */
static int ptsname_neg(int fd, char *buf, size_t size)
{
    int r;

    do {
        errno = 0;
        r = ptsname_r(fd, buf, size);
    } while (r != 0 && (r == EINTR || (r < 0 && errno == EINTR)));
    if (r == 0)
        return 0;
    if (r > 0)
        return -r;
    return FDK__NEG_ERRNO();
}

/*
 * The slave of master m, opened with oflags.  TIOCGPTPEER (Linux 4.13)
 * opens it through the master, with no path lookup: right even when /dev/pts
 * is another devpts instance (containers).  Older kernels don't know the
 * ioctl (EINVAL or ENOTTY): then by name.
 */
static int open_slave(int m, int oflags)
{
    char name[64];
    int s, err;

    s = ioctl_retry_val(m, TIOCGPTPEER, (unsigned long)(unsigned int)oflags);
    if (s >= 0 || (s != -EINVAL && s != -ENOTTY))
        return s;

    err = ptsname_neg(m, name, sizeof(name));
    if (err < 0)
        return err;
    s = FDK__RETRY_EINTR(open(name, oflags));
    return s < 0 ? FDK__NEG_ERRNO() : s;
}

int fdk_tty_pty_open(fdk_tty *master, fdk_tty *slave, int flags)
{
    int m, s, err, oflags;

    if (!master || !slave)
        return -EINVAL;
    if (flags & ~PTY_FLAGS)
        return -EINVAL;

    /* O_NOCTTY on both ends: neither may become the caller's controlling terminal. */
    oflags = O_RDWR | O_NOCTTY | O_CLOEXEC | ((flags & FDK_TTY_NONBLOCK) ? O_NONBLOCK : 0);

    m = FDK__RETRY_EINTR(posix_openpt(oflags));
    if (m < 0)
        return FDK__NEG_ERRNO();

    /* grantpt is a no-op check on devpts; unlockpt clears the lock that keeps the slave closed. */
    err = FDK__RETRY_EINTR(grantpt(m));
    if (err < 0) {
        err = FDK__NEG_ERRNO();
        goto fail;
    }
    err = FDK__RETRY_EINTR(unlockpt(m));
    if (err < 0) {
        err = FDK__NEG_ERRNO();
        goto fail;
    }

    s = open_slave(m, oflags);
    if (s < 0) {
        err = s;
        goto fail;
    }

    master->fd = m;
    master->borrowed = 0;
    slave->fd = s;
    slave->borrowed = 0;
    return 0;

fail:
    fdk__close_quietly(m); /* never retried */
    return err;
}

int fdk_tty_pty_name(fdk_tty master, char *buf, size_t size)
{
    char name[64];
    size_t len;
    int err;

    if (master.fd < 0)
        return -EBADF;
    if (!buf || size == 0)
        return -EINVAL;
    /* Through a local buffer, so that buf is written only on success. */
    err = ptsname_neg(master.fd, name, sizeof(name));
    if (err < 0)
        return err;
    len = strlen(name);
    if (len >= size)
        return -ERANGE;
    memcpy(buf, name, len + 1);
    return 0;
}
