/* SPDX-License-Identifier: MIT */
/*
 * Terminal settings: open, the is-a-terminal check, and the decoded
 * settings (fdk_tty_get / fdk_tty_set and the speed shortcuts).
 *
 * The settings travel through the termios2 layer (fdk-tty.h,
 * tty-termios2.c), because glibc's tcgetattr/tcsetattr cannot carry an
 * arbitrary or split baud rate; the flag values come from glibc's
 * <termios.h>, which on Linux uses the kernel's numbers.
 */
#include "fdk-internal.h"
#include "fdk-tty.h"

#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/*
 * The c_iflag bits a caller may change through iflags_mask.  IXON and IXOFF
 * are the `flow` group's; iflags_mask may name them only when the FLOW group
 * is not set (so raw mode can clear IXON alone, as cfmakeraw does, without
 * touching IXOFF and CRTSCTS), never both ways at once.
 */
#define KNOWN_IFLAGS                                                                               \
    ((uint32_t)(IGNBRK | BRKINT | IGNPAR | PARMRK | INPCK | ISTRIP | INLCR | IGNCR | ICRNL |       \
                IUCLC | IXANY | IMAXBEL | IUTF8))

/* The multi-bit delay fields of c_oflag: each is replaced as a whole. */
static const uint32_t odelay_fields[] = { NLDLY, CRDLY, TABDLY, BSDLY, VTDLY, FFDLY };

#define KNOWN_OFLAGS                                                                               \
    ((uint32_t)(OPOST | OLCUC | ONLCR | OCRNL | ONOCR | ONLRET | OFILL | OFDEL | NLDLY | CRDLY |   \
                TABDLY | BSDLY | VTDLY | FFDLY))

#define CC_ALL (((uint32_t)1 << FDK_TTY_NCCS) - 1)

_Static_assert(FDK_TTY_NCCS <= 32, "cc_mask has 32 bits");
_Static_assert(VEOL2 < FDK_TTY_NCCS && VMIN < FDK_TTY_NCCS && VTIME < FDK_TTY_NCCS,
               "glibc's control-character indices must fit the kernel's array");

/* One bit of c_lflag per member of the mode group, in one table for get and set. */
static const struct {
    size_t offset;
    uint32_t bit;
} mode_bits[] = {
    { offsetof(struct fdk_tty_settings, canonical), ICANON },
    { offsetof(struct fdk_tty_settings, echo), ECHO },
    { offsetof(struct fdk_tty_settings, echoe), ECHOE },
    { offsetof(struct fdk_tty_settings, echok), ECHOK },
    { offsetof(struct fdk_tty_settings, echonl), ECHONL },
    { offsetof(struct fdk_tty_settings, echoctl), ECHOCTL },
    { offsetof(struct fdk_tty_settings, echoke), ECHOKE },
    { offsetof(struct fdk_tty_settings, isig), ISIG },
    { offsetof(struct fdk_tty_settings, noflsh), NOFLSH },
    { offsetof(struct fdk_tty_settings, iexten), IEXTEN },
    { offsetof(struct fdk_tty_settings, tostop), TOSTOP },
};

static const struct {
    size_t offset;
    uint32_t bit;
} control_bits[] = {
    { offsetof(struct fdk_tty_settings, cread), CREAD },
    { offsetof(struct fdk_tty_settings, hupcl), HUPCL },
    { offsetof(struct fdk_tty_settings, clocal), CLOCAL },
};

#define FIELD(s, off) (((const uint8_t *)(s))[off])
#define FIELD_W(s, off) (((uint8_t *)(s))[off])

static uint32_t update(uint32_t word, uint32_t mask, int on)
{
    return on ? (word | mask) : (word & ~mask);
}

/* Every value fdk_tty_set() would apply, checked before any system call. */
static int validate(const struct fdk_tty_settings *s, int when)
{
    size_t i;

    if (s->set & ~FDK_TTY_SET_ALL)
        return -EINVAL;
    if (when != FDK_TTY_NOW && when != FDK_TTY_DRAIN && when != FDK_TTY_FLUSH)
        return -EINVAL;
    if (s->set & FDK_TTY_SET_FRAME) {
        if (s->data_bits != 0 && (s->data_bits < 5 || s->data_bits > 8))
            return -EINVAL;
        if (s->stop_bits > 2)
            return -EINVAL;
        if (s->parity > FDK_TTY_PARITY_SPACE)
            return -EINVAL;
    }
    if ((s->set & FDK_TTY_SET_FLOW) && s->flow > FDK_TTY_FLOW_XONXOFF)
        return -EINVAL;
    if (s->set & FDK_TTY_SET_CONTROL)
        for (i = 0; i < sizeof(control_bits) / sizeof(control_bits[0]); i++)
            if (FIELD(s, control_bits[i].offset) > 1)
                return -EINVAL;
    if (s->set & FDK_TTY_SET_MODE)
        for (i = 0; i < sizeof(mode_bits) / sizeof(mode_bits[0]); i++)
            if (FIELD(s, mode_bits[i].offset) > 1)
                return -EINVAL;
    if ((s->set & FDK_TTY_SET_IFLAGS) && (s->iflags_mask & ~(KNOWN_IFLAGS | IXON | IXOFF)))
        return -EINVAL;
    if ((s->set & FDK_TTY_SET_IFLAGS) && (s->set & FDK_TTY_SET_FLOW) &&
        (s->iflags_mask & (uint32_t)(IXON | IXOFF)))
        return -EINVAL; /* IXON/IXOFF named twice: by flow and by the mask */
    if ((s->set & FDK_TTY_SET_OFLAGS) && (s->oflags_mask & ~KNOWN_OFLAGS))
        return -EINVAL;
    if ((s->set & FDK_TTY_SET_CC) && (s->cc_mask & ~CC_ALL))
        return -EINVAL;
    return 0;
}

static void apply_frame(struct fdk__termios2 *k, const struct fdk_tty_settings *s)
{
    static const uint32_t sizes[] = { CS5, CS6, CS7, CS8 };
    uint32_t c = k->cflag;

    if (s->data_bits != 0)
        c = (c & ~(uint32_t)CSIZE) | sizes[s->data_bits - 5];
    if (s->stop_bits != 0)
        c = update(c, CSTOPB, s->stop_bits == 2);
    /*
     * PARODD and CMSPAR mean nothing without PARENB, and a terminal may well
     * carry them so (a pty keeps them after an odd, mark or space request
     * was turned off again).  "No parity" clears only PARENB, so that a
     * snapshot from fdk_tty_get() handed back to fdk_tty_set() changes
     * nothing; a parity that is on sets all three bits as it needs them.
     */
    if (s->parity == FDK_TTY_PARITY_NONE)
        c &= ~(uint32_t)PARENB;
    else
        c &= ~(uint32_t)(PARENB | PARODD | CMSPAR);
    switch (s->parity) {
    case FDK_TTY_PARITY_EVEN:
        c |= PARENB;
        break;
    case FDK_TTY_PARITY_ODD:
        c |= PARENB | PARODD;
        break;
    case FDK_TTY_PARITY_MARK: /* CMSPAR: PARODD picks a parity bit of 1 */
        c |= PARENB | CMSPAR | PARODD;
        break;
    case FDK_TTY_PARITY_SPACE:
        c |= PARENB | CMSPAR;
        break;
    default:
        break;
    }
    k->cflag = c;
}

static void apply(struct fdk__termios2 *k, const struct fdk_tty_settings *s)
{
    size_t i;

    if (s->set & FDK_TTY_SET_SPEED)
        fdk__tty_speed_encode(k, s->ispeed, s->ospeed);
    if (s->set & FDK_TTY_SET_FRAME)
        apply_frame(k, s);
    if (s->set & FDK_TTY_SET_FLOW) {
        k->cflag = update(k->cflag, CRTSCTS, s->flow == FDK_TTY_FLOW_RTSCTS);
        k->iflag = update(k->iflag, IXON | IXOFF, s->flow == FDK_TTY_FLOW_XONXOFF);
    }
    if (s->set & FDK_TTY_SET_CONTROL)
        for (i = 0; i < sizeof(control_bits) / sizeof(control_bits[0]); i++)
            k->cflag = update(k->cflag, control_bits[i].bit, FIELD(s, control_bits[i].offset));
    if (s->set & FDK_TTY_SET_MODE)
        for (i = 0; i < sizeof(mode_bits) / sizeof(mode_bits[0]); i++)
            k->lflag = update(k->lflag, mode_bits[i].bit, FIELD(s, mode_bits[i].offset));
    if (s->set & FDK_TTY_SET_IFLAGS)
        k->iflag = (k->iflag & ~s->iflags_mask) | (s->iflags & s->iflags_mask);
    if (s->set & FDK_TTY_SET_OFLAGS) {
        /*
         * A delay field is a number, not a set of bits: NL1 over NL0 must not
         * leave part of the old value.  Any bit of a field in the mask means
         * the whole field, cleared first and then taken from oflags.
         */
        uint32_t mask = s->oflags_mask;
        for (i = 0; i < sizeof(odelay_fields) / sizeof(odelay_fields[0]); i++)
            if (mask & odelay_fields[i])
                mask |= odelay_fields[i];
        k->oflag = (k->oflag & ~mask) | (s->oflags & mask);
    }
    if (s->set & FDK_TTY_SET_CC)
        for (i = 0; i < FDK_TTY_NCCS; i++)
            if (s->cc_mask & ((uint32_t)1 << i))
                k->cc[i] = s->cc[i];
}

static void decode(const struct fdk__termios2 *k, struct fdk_tty_settings *out)
{
    uint32_t c = k->cflag, soft = k->iflag & (IXON | IXOFF);
    size_t i;

    memset(out, 0, sizeof(*out));
    out->set = FDK_TTY_SET_ALL;
    fdk__tty_speed_decode(k, &out->ispeed, &out->ospeed);

    switch (c & CSIZE) {
    case CS5:
        out->data_bits = 5;
        break;
    case CS6:
        out->data_bits = 6;
        break;
    case CS7:
        out->data_bits = 7;
        break;
    default:
        out->data_bits = 8;
        break;
    }
    out->stop_bits = (c & CSTOPB) ? 2 : 1;
    if (!(c & PARENB))
        out->parity = FDK_TTY_PARITY_NONE;
    else if (c & CMSPAR)
        out->parity = (c & PARODD) ? FDK_TTY_PARITY_MARK : FDK_TTY_PARITY_SPACE;
    else
        out->parity = (c & PARODD) ? FDK_TTY_PARITY_ODD : FDK_TTY_PARITY_EVEN;

    /*
     * Only three flow states have a name.  A terminal often has another one
     * (a fresh pty: IXON without IXOFF); then `flow` is the closest name and
     * the FLOW group is left out of `set`, so that handing this record back
     * to fdk_tty_set() does not change the flow bits.  iflags shows them.
     */
    if (c & CRTSCTS)
        out->flow = FDK_TTY_FLOW_RTSCTS;
    else if (soft)
        out->flow = FDK_TTY_FLOW_XONXOFF;
    else
        out->flow = FDK_TTY_FLOW_NONE;
    if ((c & CRTSCTS) ? soft != 0 : (soft != 0 && soft != (IXON | IXOFF)))
        out->set &= ~FDK_TTY_SET_FLOW;

    for (i = 0; i < sizeof(control_bits) / sizeof(control_bits[0]); i++)
        FIELD_W(out, control_bits[i].offset) = (c & control_bits[i].bit) != 0;
    for (i = 0; i < sizeof(mode_bits) / sizeof(mode_bits[0]); i++)
        FIELD_W(out, mode_bits[i].offset) = (k->lflag & mode_bits[i].bit) != 0;

    out->iflags = k->iflag;
    out->iflags_mask = KNOWN_IFLAGS;
    out->oflags = k->oflag;
    out->oflags_mask = KNOWN_OFLAGS;
    for (i = 0; i < FDK_TTY_NCCS; i++)
        out->cc[i] = k->cc[i];
    out->cc_mask = CC_ALL;
}

int fdk_tty_open(fdk_tty *out, const char *path, int flags)
{
    struct fdk__termios2 k;
    int fd, oflags, r;

    if (!out || !path)
        return -EINVAL;
    if (flags & ~FDK_TTY_OPEN_ALL)
        return -EINVAL;

    oflags = O_RDWR | O_NOCTTY | O_CLOEXEC;
    if (flags & FDK_TTY_NONBLOCK)
        oflags |= O_NONBLOCK;

    /*
     * A serial port without carrier (and without CLOCAL) makes a blocking
     * open wait for DCD, so a signal there is handed back, not retried.
     */
    fd = open(path, oflags);
    if (fd < 0)
        return FDK__NEG_ERRNO();

    r = fdk__tty_get2(fd, &k);
    if (r < 0) {
        fdk__close_quietly(fd);
        /* Some character drivers answer an ioctl they do not know with EINVAL. */
        return (r == -ENOTTY || r == -EINVAL) ? -ENOTTY : r;
    }

    if (flags & FDK_TTY_EXCL) {
        /*
         * The lock first: if someone else holds it, the terminal's exclusive
         * bit (shared by every opener) must stay as it was.  LOCK_NB never
         * waits, so EINTR is retried.
         */
        r = FDK__RETRY_EINTR(flock(fd, LOCK_EX | LOCK_NB));
        if (r < 0) {
            r = (errno == EWOULDBLOCK) ? -EBUSY : FDK__NEG_ERRNO();
            fdk__close_quietly(fd);
            return r;
        }
        r = FDK__RETRY_EINTR(ioctl(fd, TIOCEXCL));
        if (r < 0) {
            r = FDK__NEG_ERRNO();
            fdk__close_quietly(fd); /* releases the lock too */
            return r;
        }
    }

    out->fd = fd;
    out->borrowed = 0;
    return 0;
}

int fdk_tty_is_tty(int fd)
{
    struct fdk__termios2 k;
    int r;

    if (fd < 0)
        return -EBADF;
    r = fdk__tty_get2(fd, &k);
    if (r == 0)
        return 1;
    /* Like isatty(3): any other answer (ENOTTY, a hung-up terminal's EIO) is "no". */
    return r == -EBADF ? -EBADF : 0;
}

int fdk_tty_get(fdk_tty t, struct fdk_tty_settings *out)
{
    struct fdk__termios2 k;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    r = fdk__tty_get2(t.fd, &k);
    if (r < 0)
        return r;
    decode(&k, out);
    return 0;
}

int fdk_tty_set(fdk_tty t, const struct fdk_tty_settings *s, int when)
{
    struct fdk__termios2 k;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!s)
        return -EINVAL;
    r = validate(s, when);
    if (r < 0)
        return r;

    /* Read-modify-write: what the caller leaves out keeps its current value. */
    r = fdk__tty_get2(t.fd, &k);
    if (r < 0)
        return r;
    apply(&k, s);
    return fdk__tty_set2(t.fd, &k, when);
}

int fdk_tty_set_speed(fdk_tty t, uint32_t ispeed, uint32_t ospeed)
{
    struct fdk_tty_settings s;

    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_SPEED;
    s.ispeed = ispeed;
    s.ospeed = ospeed;
    return fdk_tty_set(t, &s, FDK_TTY_NOW);
}

int fdk_tty_get_speed(fdk_tty t, uint32_t *ret_ispeed, uint32_t *ret_ospeed)
{
    struct fdk__termios2 k;
    uint32_t i, o;
    int r;

    if (t.fd < 0)
        return -EBADF;
    if (!ret_ispeed || !ret_ospeed)
        return -EINVAL;
    r = fdk__tty_get2(t.fd, &k);
    if (r < 0)
        return r;
    fdk__tty_speed_decode(&k, &i, &o);
    *ret_ispeed = i;
    *ret_ospeed = o;
    return 0;
}
