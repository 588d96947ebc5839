/* SPDX-License-Identifier: MIT */
/*
 * The termios2 layer (runtime/tty/fdk-tty.h): the only file that includes the
 * kernel's <asm/termbits.h>, whose definitions clash with glibc's
 * <termios.h>.  glibc (2.36 and older) has no call for arbitrary or split
 * baud rates, and its struct termios cannot carry CIBAUD reliably, so every
 * settings read and write of fdkit goes through TCGETS2 / TCSETS*2 here.
 *
 * Nothing here allocates, locks or touches stdio, and errno is left as it
 * was: fdk_tty_restore() calls fdk__tty_set2() from signal handlers.
 */
#include "fdk-internal.h"
#include "fdk-tty.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/ioctl.h>

#include <asm/ioctls.h>
#include <asm/termbits.h>

_Static_assert(NCCS == FDK_TTY_NCCS, "the kernel's termios2 does not carry FDK_TTY_NCCS control characters");

/* The standard rates with a code of their own, as the kernel numbers them. */
static const struct {
    uint32_t rate;
    uint32_t code;
} speeds[] = {
    { 0, B0 },           { 50, B50 },           { 75, B75 },           { 110, B110 },
    { 134, B134 },       { 150, B150 },         { 200, B200 },         { 300, B300 },
    { 600, B600 },       { 1200, B1200 },       { 1800, B1800 },       { 2400, B2400 },
    { 4800, B4800 },     { 9600, B9600 },       { 19200, B19200 },     { 38400, B38400 },
    { 57600, B57600 },   { 115200, B115200 },   { 230400, B230400 },   { 460800, B460800 },
    { 500000, B500000 }, { 576000, B576000 },   { 921600, B921600 },   { 1000000, B1000000 },
    { 1152000, B1152000 }, { 1500000, B1500000 }, { 2000000, B2000000 }, { 2500000, B2500000 },
    { 3000000, B3000000 }, { 3500000, B3500000 }, { 4000000, B4000000 },
};

int fdk__tty_speed_code(uint32_t rate, uint32_t *ret_code)
{
    size_t i;

    for (i = 0; i < sizeof(speeds) / sizeof(speeds[0]); i++)
        if (speeds[i].rate == rate) {
            *ret_code = speeds[i].code;
            return 1;
        }
    *ret_code = BOTHER;
    return 0;
}

/* The rate of a code (not BOTHER); 0 for an unknown one. */
static uint32_t code_rate(uint32_t code)
{
    size_t i;

    for (i = 0; i < sizeof(speeds) / sizeof(speeds[0]); i++)
        if (speeds[i].code == code)
            return speeds[i].rate;
    return 0;
}

void fdk__tty_speed_encode(struct fdk__termios2 *t, uint32_t ispeed, uint32_t ospeed)
{
    uint32_t ocode, icode;

    fdk__tty_speed_code(ospeed, &ocode);
    t->cflag &= ~(uint32_t)(CBAUD | CIBAUD);
    t->cflag |= ocode;
    t->ospeed = ospeed;
    if (ispeed == 0 || ispeed == ospeed) {
        /* An input field of B0 tells the kernel to use the output rate. */
        t->ispeed = ospeed;
        return;
    }
    fdk__tty_speed_code(ispeed, &icode);
    t->cflag |= icode << IBSHIFT;
    t->ispeed = ispeed;
}

void fdk__tty_speed_decode(const struct fdk__termios2 *t, uint32_t *ret_ispeed, uint32_t *ret_ospeed)
{
    uint32_t ocode = t->cflag & CBAUD, icode = (t->cflag >> IBSHIFT) & CBAUD;
    uint32_t o, i;

    /*
     * Since 2.6.22 the kernel stores the real rates in c_ispeed / c_ospeed
     * whatever the caller wrote, and a driver that rounds a rate reports
     * what it took there.  The codes are only a fallback for a zero field.
     */
    o = t->ospeed;
    if (o == 0 && ocode != B0 && ocode != BOTHER)
        o = code_rate(ocode);
    i = t->ispeed;
    if (i == 0 && icode == B0)
        i = o;
    else if (i == 0 && icode != BOTHER)
        i = code_rate(icode);
    *ret_ispeed = i;
    *ret_ospeed = o;
}

static void to_kernel(struct termios2 *k, const struct fdk__termios2 *in)
{
    size_t i;

    k->c_iflag = in->iflag;
    k->c_oflag = in->oflag;
    k->c_cflag = in->cflag;
    k->c_lflag = in->lflag;
    k->c_line = in->line;
    for (i = 0; i < NCCS; i++)
        k->c_cc[i] = in->cc[i];
    k->c_ispeed = in->ispeed;
    k->c_ospeed = in->ospeed;
}

int fdk__tty_get2(int fd, struct fdk__termios2 *out)
{
    struct termios2 k;
    int saved_errno = errno, r, err = 0;
    size_t i;

    r = FDK__RETRY_EINTR(ioctl(fd, TCGETS2, &k));
    if (r < 0)
        err = FDK__NEG_ERRNO();
    errno = saved_errno;
    /* A driver that has no termios answers EINVAL to a get: for the caller
       that is "not a terminal", as fdk_tty_open() already reports it. */
    if (err == -EINVAL)
        err = -ENOTTY;
    if (err < 0)
        return err;

    out->iflag = k.c_iflag;
    out->oflag = k.c_oflag;
    out->cflag = k.c_cflag;
    out->lflag = k.c_lflag;
    out->line = k.c_line;
    for (i = 0; i < NCCS; i++)
        out->cc[i] = k.c_cc[i];
    out->ispeed = k.c_ispeed;
    out->ospeed = k.c_ospeed;
    return 0;
}

/* One TCSETS*2; EINTR retried only when the request does not wait. */
static int set_once(int fd, unsigned long req, const struct termios2 *k)
{
    int r;

    if (req == TCSETS2)
        r = FDK__RETRY_EINTR(ioctl(fd, req, k));
    else
        r = ioctl(fd, req, k);
    return r < 0 ? FDK__NEG_ERRNO() : 0;
}

int fdk__tty_set2(int fd, const struct fdk__termios2 *in, int when)
{
    struct termios2 k;
    unsigned long req;
    uint32_t ocode, icode, code;
    int saved_errno = errno, err, changed = 0;

    switch (when) {
    case FDK_TTY_NOW:
        req = TCSETS2;
        break;
    case FDK_TTY_DRAIN:
        req = TCSETSW2;
        break;
    case FDK_TTY_FLUSH:
        req = TCSETSF2;
        break;
    default:
        return -EINVAL;
    }

    to_kernel(&k, in);
    err = set_once(fd, req, &k);

    /*
     * fdk__tty_speed_encode() never writes BOTHER for a rate that has a
     * code, but a snapshot or a driver's own answer may hold one.  Should a
     * driver refuse it, the code says the same rate in a form it knows.
     */
    if (err == -EINVAL) {
        ocode = k.c_cflag & CBAUD;
        icode = (k.c_cflag >> IBSHIFT) & CBAUD;
        if (ocode == BOTHER && fdk__tty_speed_code(k.c_ospeed, &code)) {
            k.c_cflag = (k.c_cflag & ~(uint32_t)CBAUD) | code;
            changed = 1;
        }
        if (icode == BOTHER && fdk__tty_speed_code(k.c_ispeed, &code)) {
            k.c_cflag = (k.c_cflag & ~(uint32_t)CIBAUD) | (code << IBSHIFT);
            changed = 1;
        }
        if (changed)
            err = set_once(fd, req, &k);
    }
    errno = saved_errno;
    return err;
}
