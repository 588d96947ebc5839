/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for terminal settings on pseudo-terminals: fdk_tty_open
 * (CLOEXEC, NONBLOCK, -ENOTTY, FDK_TTY_EXCL), fdk_tty_is_tty, and
 * fdk_tty_get / fdk_tty_set: every group round-trips, each flag member maps
 * to its own bit, read-modify-write keeps what was not asked for, delay
 * fields are replaced as a whole, raw and canonical mode are observed
 * through the pty (line buffering, VMIN/VTIME, echo), standard, arbitrary
 * and split speeds are set and read back, invalid values are refused
 * before any system call, and EINTR follows the policy (retried for get and
 * NOW, handed back for DRAIN / FLUSH and open).
 *
 * A pty is not a UART: the kernel's pty driver forces CS8 and CREAD and
 * clears PARENB on every settings change (drivers/tty/pty.c,
 * pty_set_termios), so data bits, the parity-enable bit and CREAD cannot
 * round-trip here; the tests check the bits the pty keeps (PARODD, CMSPAR,
 * CSTOPB) and that the forced ones read back as the kernel forces them.
 * The pty is built here with posix_openpt/grantpt/unlockpt/ptsname_r, not
 * with fdk_tty_pty_open (tested elsewhere).
 */
#include "tty-test.h"
#include "fdk-inject.h"

#include <poll.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <termios.h>

struct pty {
    int master;
    int slave;
    char name[128];
};

static void pty_make(struct pty *p)
{
    p->master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (p->master < 0)
        fdk_test_fail(__FILE__, __LINE__, "posix_openpt: %s", strerror(errno));
    ASSERT_EQ(grantpt(p->master), 0);
    ASSERT_EQ(unlockpt(p->master), 0);
    ASSERT_EQ(ptsname_r(p->master, p->name, sizeof(p->name)), 0);
    p->slave = open(p->name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (p->slave < 0)
        fdk_test_fail(__FILE__, __LINE__, "open %s: %s", p->name, strerror(errno));
}

static void pty_free(struct pty *p)
{
    close(p->slave);
    close(p->master);
    p->slave = p->master = -1;
}

static struct termios raw_get(int fd)
{
    struct termios t;
    if (tcgetattr(fd, &t) != 0)
        fdk_test_fail(__FILE__, __LINE__, "tcgetattr: %s", strerror(errno));
    return t;
}

static int termios_same(const struct termios *a, const struct termios *b)
{
    return a->c_iflag == b->c_iflag && a->c_oflag == b->c_oflag && a->c_cflag == b->c_cflag &&
           a->c_lflag == b->c_lflag && memcmp(a->c_cc, b->c_cc, FDK_TTY_NCCS) == 0 &&
           cfgetispeed(a) == cfgetispeed(b) && cfgetospeed(a) == cfgetospeed(b);
}

/* 1 when fd becomes readable within ms milliseconds. */
static int readable(int fd, int ms)
{
    struct pollfd pfd = { .fd = fd, .events = POLLIN };
    int r;
    do
        r = poll(&pfd, 1, ms);
    while (r < 0 && errno == EINTR);
    ASSERT_TRUE(r >= 0);
    return r == 1 && (pfd.revents & POLLIN);
}

/* Read from the master until `marker` arrives; returns the length read, marker included. */
static size_t read_until(int fd, char *buf, size_t size, char marker)
{
    size_t n = 0;
    while (n < size - 1) {
        ssize_t r;
        if (!readable(fd, 10000))
            fdk_test_fail(__FILE__, __LINE__, "no data after %zu bytes", n);
        r = read(fd, buf + n, size - 1 - n);
        ASSERT_TRUE(r > 0);
        n += (size_t)r;
        buf[n] = '\0';
        if (memchr(buf, marker, n))
            return n;
    }
    fdk_test_fail(__FILE__, __LINE__, "marker never came");
}

/* ---- open / is_tty -------------------------------------------------------------- */

static void test_open(void)
{
    struct pty p;
    fdk_tty t = FDK_HANDLE_INIT, t2 = FDK_HANDLE_INIT;
    int pfd[2];

    pty_make(&p);
    ASSERT_OK(fdk_tty_open(&t, p.name, 0));
    ASSERT_TRUE(t.fd >= 0);
    ASSERT_EQ(t.borrowed, 0);
    ASSERT_TRUE(fdk_test_is_cloexec(t.fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(t.fd));
    ASSERT_EQ(fcntl(t.fd, F_GETFL) & O_ACCMODE, O_RDWR);
    ASSERT_EQ(fdk_tty_is_tty(t.fd), 1);
    ASSERT_OK(fdk_tty_close(&t));

    ASSERT_OK(fdk_tty_open(&t, p.name, FDK_TTY_NONBLOCK | FDK_TTY_CLOEXEC | FDK_TTY_NOCTTY));
    ASSERT_TRUE(fdk_test_is_cloexec(t.fd));
    ASSERT_TRUE(fdk_test_is_nonblock(t.fd));
    ASSERT_OK(fdk_tty_close(&t));

    /* not a terminal: -ENOTTY and nothing left open (RUN counts the fds) */
    t2.fd = 12345;
    ASSERT_ERR(fdk_tty_open(&t2, "/dev/null", 0), ENOTTY);
    {
        char path[] = "/tmp/fdk-tty-test-XXXXXX";
        int f = mkstemp(path);
        ASSERT_TRUE(f >= 0);
        close(f);
        ASSERT_ERR(fdk_tty_open(&t2, path, 0), ENOTTY);
        ASSERT_ERR(fdk_tty_open(&t2, path, FDK_TTY_EXCL), ENOTTY);
        unlink(path);
    }
    ASSERT_ERR(fdk_tty_open(&t2, "/nonexistent/tty", 0), ENOENT);
    ASSERT_EQ(t2.fd, 12345); /* out untouched on failure */

    ASSERT_ERR(fdk_tty_open(NULL, p.name, 0), EINVAL);
    ASSERT_ERR(fdk_tty_open(&t2, NULL, 0), EINVAL);
    ASSERT_ERR(fdk_tty_open(&t2, p.name, ~FDK_TTY_OPEN_ALL), EINVAL);
    ASSERT_EQ(t2.fd, 12345);

    /* is_tty: 1 for both pty ends, 0 for a pipe, -EBADF for nothing */
    ASSERT_EQ(fdk_tty_is_tty(p.master), 1);
    ASSERT_EQ(fdk_tty_is_tty(p.slave), 1);
    ASSERT_EQ(pipe2(pfd, O_CLOEXEC), 0);
    ASSERT_EQ(fdk_tty_is_tty(pfd[0]), 0);
    close(pfd[0]);
    close(pfd[1]);
    ASSERT_ERR(fdk_tty_is_tty(pfd[0]), EBADF);
    ASSERT_ERR(fdk_tty_is_tty(-1), EBADF);
    pty_free(&p);
}

static void test_open_excl(void)
{
    struct pty p;
    fdk_tty a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;

    pty_make(&p);
    ASSERT_OK(fdk_tty_open(&a, p.name, FDK_TTY_EXCL));
    ASSERT_TRUE(fdk_test_is_cloexec(a.fd));
    /* as root the open passes TIOCEXCL and the lock refuses; otherwise open itself says EBUSY */
    ASSERT_ERR(fdk_tty_open(&b, p.name, FDK_TTY_EXCL), EBUSY);
    ASSERT_EQ(b.fd, -1);
    /* the lock is the open file's: another descriptor of ours could not take it either */
    ASSERT_EQ(flock(p.slave, LOCK_EX | LOCK_NB), -1);
    ASSERT_EQ(errno, EWOULDBLOCK);
    /* TIOCEXCL outlives the fd (it belongs to the tty): clear it, so non-root can reopen */
    ASSERT_EQ(ioctl(a.fd, TIOCNXCL), 0);
    ASSERT_OK(fdk_tty_close(&a));
    /* closing released the lock */
    ASSERT_OK(fdk_tty_open(&a, p.name, FDK_TTY_EXCL));
    ASSERT_EQ(ioctl(a.fd, TIOCNXCL), 0);
    ASSERT_OK(fdk_tty_close(&a));
    pty_free(&p);
}

/* ---- get / set ------------------------------------------------------------------ */

static void test_get_fresh(void)
{
    struct pty p;
    struct fdk_tty_settings s;
    struct termios before, after;
    fdk_tty t;
    int i;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    before = raw_get(p.slave);
    memset(&s, 0xa5, sizeof(s));
    ASSERT_OK(fdk_tty_get(t, &s));

    ASSERT_EQ(s.ospeed, 38400); /* a new pty is B38400 */
    ASSERT_EQ(s.ispeed, 38400);
    ASSERT_EQ(s.data_bits, 8);
    ASSERT_EQ(s.stop_bits, 1);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_NONE);
    ASSERT_EQ(s.cread, 1);
    ASSERT_EQ(s.canonical, 1);
    ASSERT_EQ(s.echo, 1);
    ASSERT_EQ(s.isig, 1);
    ASSERT_EQ(s.iflags, before.c_iflag);
    ASSERT_EQ(s.oflags, before.c_oflag);
    for (i = 0; i < FDK_TTY_NCCS; i++)
        ASSERT_EQ(s.cc[i], before.c_cc[i]);
    ASSERT_EQ(s.cc_mask, (1u << FDK_TTY_NCCS) - 1);
    ASSERT_TRUE(!(s.iflags_mask & (IXON | IXOFF)));
    /* a fresh pty has IXON without IXOFF: no flow name fits, so FLOW is not offered back */
    if ((before.c_iflag & (IXON | IXOFF)) == IXON) {
        ASSERT_EQ(s.set, FDK_TTY_SET_ALL & ~FDK_TTY_SET_FLOW);
        ASSERT_EQ(s.flow, FDK_TTY_FLOW_XONXOFF);
    }

    /* what get reports, set takes back unchanged, and nothing moves */
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    after = raw_get(p.slave);
    ASSERT_TRUE(termios_same(&before, &after));

    /* with a named flow state, get offers every group */
    s.set = FDK_TTY_SET_FLOW;
    s.flow = FDK_TTY_FLOW_NONE;
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    ASSERT_OK(fdk_tty_get(t, &s));
    ASSERT_EQ(s.set, FDK_TTY_SET_ALL);
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_NONE);

    ASSERT_ERR(fdk_tty_get(t, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_get(fdk_tty_borrow(-1), &s), EBADF);
    pty_free(&p);
}

/* Every group changed at once, read back. */
static void test_roundtrip_all(void)
{
    struct pty p;
    struct fdk_tty_settings a, b, c;
    struct termios raw;
    fdk_tty t;
    uint32_t single;
    int i;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    ASSERT_OK(fdk_tty_get(t, &a));

    b = a;
    b.set = FDK_TTY_SET_ALL;
    b.ispeed = 9600;
    b.ospeed = 115200;
    b.data_bits = 7;
    b.stop_bits = 2;
    b.parity = FDK_TTY_PARITY_ODD;
    b.flow = FDK_TTY_FLOW_RTSCTS;
    b.cread = 0;
    b.hupcl = !a.hupcl;
    b.clocal = !a.clocal;
    b.canonical = !a.canonical;
    b.echo = !a.echo;
    b.echoe = !a.echoe;
    b.echok = !a.echok;
    b.echonl = !a.echonl;
    b.echoctl = !a.echoctl;
    b.echoke = !a.echoke;
    b.isig = !a.isig;
    b.noflsh = !a.noflsh;
    b.iexten = !a.iexten;
    b.tostop = !a.tostop;
    b.iflags = ~a.iflags & a.iflags_mask;
    single = OPOST | OLCUC | ONLCR | OCRNL | ONOCR | ONLRET | OFILL | OFDEL;
    b.oflags = (~a.oflags & single) | NL1 | CR2 | TAB1 | BS1 | VT1 | FF1;
    b.oflags_mask = a.oflags_mask;
    for (i = 0; i < FDK_TTY_NCCS; i++)
        b.cc[i] = (uint8_t)(a.cc[i] ^ 0x55);
    ASSERT_OK(fdk_tty_set(t, &b, FDK_TTY_NOW));

    ASSERT_OK(fdk_tty_get(t, &c));
    ASSERT_EQ(c.set, FDK_TTY_SET_ALL);
    ASSERT_EQ(c.ispeed, 9600);
    ASSERT_EQ(c.ospeed, 115200);
    ASSERT_EQ(c.data_bits, 8);                   /* pty: CS8 forced */
    ASSERT_EQ(c.parity, FDK_TTY_PARITY_NONE);    /* pty: PARENB cleared */
    ASSERT_EQ(c.stop_bits, 2);
    ASSERT_EQ(c.flow, FDK_TTY_FLOW_RTSCTS);
    ASSERT_EQ(c.cread, 1);                       /* pty: CREAD forced */
    ASSERT_EQ(c.hupcl, b.hupcl);
    ASSERT_EQ(c.clocal, b.clocal);
    ASSERT_EQ(c.canonical, b.canonical);
    ASSERT_EQ(c.echo, b.echo);
    ASSERT_EQ(c.echoe, b.echoe);
    ASSERT_EQ(c.echok, b.echok);
    ASSERT_EQ(c.echonl, b.echonl);
    ASSERT_EQ(c.echoctl, b.echoctl);
    ASSERT_EQ(c.echoke, b.echoke);
    ASSERT_EQ(c.isig, b.isig);
    ASSERT_EQ(c.noflsh, b.noflsh);
    ASSERT_EQ(c.iexten, b.iexten);
    ASSERT_EQ(c.tostop, b.tostop);
    ASSERT_EQ(c.iflags & c.iflags_mask, b.iflags);
    ASSERT_EQ(c.iflags & (IXON | IXOFF), 0); /* RTSCTS flow clears software flow */
    ASSERT_EQ(c.oflags & c.oflags_mask, b.oflags);
    for (i = 0; i < FDK_TTY_NCCS; i++)
        ASSERT_EQ(c.cc[i], b.cc[i]);

    /* the bits behind the decoded fields */
    raw = raw_get(p.slave);
    ASSERT_TRUE(raw.c_cflag & PARODD); /* kept by the pty even without PARENB */
    ASSERT_TRUE(raw.c_cflag & CSTOPB);
    ASSERT_TRUE(raw.c_cflag & CRTSCTS);
    ASSERT_EQ(!!(raw.c_lflag & ICANON), b.canonical);
    ASSERT_EQ(cfgetospeed(&raw), B115200);

    /* software flow, then none */
    b.set = FDK_TTY_SET_FLOW;
    b.flow = FDK_TTY_FLOW_XONXOFF;
    ASSERT_OK(fdk_tty_set(t, &b, FDK_TTY_NOW));
    raw = raw_get(p.slave);
    ASSERT_EQ(raw.c_iflag & (IXON | IXOFF), IXON | IXOFF);
    ASSERT_TRUE(!(raw.c_cflag & CRTSCTS));
    ASSERT_OK(fdk_tty_get(t, &c));
    ASSERT_EQ(c.flow, FDK_TTY_FLOW_XONXOFF);
    ASSERT_EQ(c.set, FDK_TTY_SET_ALL);
    b.flow = FDK_TTY_FLOW_NONE;
    ASSERT_OK(fdk_tty_set(t, &b, FDK_TTY_NOW));
    raw = raw_get(p.slave);
    ASSERT_EQ(raw.c_iflag & (IXON | IXOFF), 0);
    ASSERT_TRUE(!(raw.c_cflag & CRTSCTS));
    pty_free(&p);
}

/* Parity names and the cflag bits they stand for (PARENB itself is cleared by the pty). */
static void test_parity_bits(void)
{
    static const struct {
        uint8_t parity;
        tcflag_t bits;
    } cases[] = {
        { FDK_TTY_PARITY_EVEN, 0 },
        { FDK_TTY_PARITY_ODD, PARODD },
        { FDK_TTY_PARITY_MARK, PARODD | CMSPAR },
        { FDK_TTY_PARITY_SPACE, CMSPAR },
        { FDK_TTY_PARITY_NONE, CMSPAR }, /* clears PARENB only: CMSPAR from SPACE stays, meaning nothing */
    };
    struct pty p;
    struct fdk_tty_settings s;
    struct termios raw;
    size_t i;

    pty_make(&p);
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        memset(&s, 0, sizeof(s));
        s.set = FDK_TTY_SET_FRAME;
        s.parity = cases[i].parity; /* data_bits 0, stop_bits 0: keep */
        ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
        raw = raw_get(p.slave);
        ASSERT_EQ(raw.c_cflag & (PARODD | CMSPAR), cases[i].bits);
    }

    /* so a snapshot handed back changes nothing, whatever PARODD and CMSPAR hold */
    for (i = 0; i < 2; i++) {
        struct termios before;

        memset(&s, 0, sizeof(s));
        s.set = FDK_TTY_SET_FRAME;
        s.parity = i == 0 ? FDK_TTY_PARITY_MARK : FDK_TTY_PARITY_ODD;
        ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
        s.parity = FDK_TTY_PARITY_NONE;
        ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
        before = raw_get(p.slave);
        ASSERT_OK(fdk_tty_get(fdk_tty_borrow(p.slave), &s));
        ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
        raw = raw_get(p.slave);
        ASSERT_EQ(raw.c_cflag, before.c_cflag);
        ASSERT_EQ(raw.c_iflag, before.c_iflag);
        ASSERT_EQ(raw.c_oflag, before.c_oflag);
        ASSERT_EQ(raw.c_lflag, before.c_lflag);
    }
    pty_free(&p);
}

/* Each member of MODE and CONTROL moves exactly its own bit. */
static void test_member_bits(void)
{
    static const struct {
        size_t off;
        tcflag_t bit;
        int cflag;
    } members[] = {
        { offsetof(struct fdk_tty_settings, canonical), ICANON, 0 },
        { offsetof(struct fdk_tty_settings, echo), ECHO, 0 },
        { offsetof(struct fdk_tty_settings, echoe), ECHOE, 0 },
        { offsetof(struct fdk_tty_settings, echok), ECHOK, 0 },
        { offsetof(struct fdk_tty_settings, echonl), ECHONL, 0 },
        { offsetof(struct fdk_tty_settings, echoctl), ECHOCTL, 0 },
        { offsetof(struct fdk_tty_settings, echoke), ECHOKE, 0 },
        { offsetof(struct fdk_tty_settings, isig), ISIG, 0 },
        { offsetof(struct fdk_tty_settings, noflsh), NOFLSH, 0 },
        { offsetof(struct fdk_tty_settings, iexten), IEXTEN, 0 },
        { offsetof(struct fdk_tty_settings, tostop), TOSTOP, 0 },
        { offsetof(struct fdk_tty_settings, hupcl), HUPCL, 1 },
        { offsetof(struct fdk_tty_settings, clocal), CLOCAL, 1 },
    };
    struct pty p;
    struct fdk_tty_settings s;
    struct termios before, after;
    fdk_tty t;
    size_t i;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    for (i = 0; i < sizeof(members) / sizeof(members[0]); i++) {
        uint8_t *field;
        ASSERT_OK(fdk_tty_get(t, &s));
        before = raw_get(p.slave);
        s.set = members[i].cflag ? FDK_TTY_SET_CONTROL : FDK_TTY_SET_MODE;
        field = (uint8_t *)&s + members[i].off;
        *field = !*field;
        ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
        after = raw_get(p.slave);
        if (members[i].cflag) {
            ASSERT_EQ(before.c_cflag ^ after.c_cflag, members[i].bit);
            ASSERT_EQ(before.c_lflag, after.c_lflag);
        } else {
            ASSERT_EQ(before.c_lflag ^ after.c_lflag, members[i].bit);
            ASSERT_EQ(before.c_cflag, after.c_cflag);
        }
        ASSERT_EQ(before.c_iflag, after.c_iflag);
        ASSERT_EQ(before.c_oflag, after.c_oflag);
    }
    pty_free(&p);
}

/* Read-modify-write: one group changes, everything else stays. */
static void test_rmw(void)
{
    struct pty p;
    struct fdk_tty_settings s;
    struct termios before, after;
    fdk_tty t;
    uint32_t is, os;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    ASSERT_OK(fdk_tty_set_speed(t, 0, 250000));
    before = raw_get(p.slave);

    /* FRAME only, stop bits 2: CSTOPB is the only bit that moves */
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_FRAME;
    s.stop_bits = 2;
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    after = raw_get(p.slave);
    ASSERT_EQ(before.c_cflag ^ after.c_cflag, CSTOPB);
    ASSERT_EQ(before.c_lflag, after.c_lflag);
    ASSERT_EQ(before.c_iflag, after.c_iflag);
    ASSERT_EQ(before.c_oflag, after.c_oflag);
    ASSERT_MEM_EQ(before.c_cc, after.c_cc, FDK_TTY_NCCS);
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(os, 250000);
    ASSERT_EQ(is, 250000);
    ASSERT_OK(fdk_tty_get(t, &s));
    ASSERT_EQ(s.canonical, 1);
    ASSERT_EQ(s.echo, 1);

    /* IFLAGS under a mask: only that bit */
    before = after;
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_IFLAGS;
    s.iflags_mask = ISTRIP;
    s.iflags = ISTRIP | ICRNL | INLCR; /* bits outside the mask are ignored */
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    after = raw_get(p.slave);
    ASSERT_EQ(before.c_iflag ^ after.c_iflag, ISTRIP);
    ASSERT_EQ(before.c_cflag, after.c_cflag);

    /* CC under a mask: only VMIN and VTIME */
    before = after;
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_CC;
    s.cc_mask = (1u << VMIN) | (1u << VTIME);
    s.cc[VMIN] = 7;
    s.cc[VTIME] = 9;
    s.cc[VINTR] = 'x'; /* not in the mask */
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    after = raw_get(p.slave);
    ASSERT_EQ(after.c_cc[VMIN], 7);
    ASSERT_EQ(after.c_cc[VTIME], 9);
    ASSERT_EQ(after.c_cc[VINTR], before.c_cc[VINTR]);
    ASSERT_EQ(after.c_lflag, before.c_lflag);

    /* an empty set still works (it rewrites the same settings) */
    memset(&s, 0, sizeof(s));
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_DRAIN));
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_FLUSH));
    before = after;
    after = raw_get(p.slave);
    ASSERT_TRUE(termios_same(&before, &after));
    pty_free(&p);
}

/* Delay fields are numbers: a new value replaces the old one whole. */
static void test_delays(void)
{
    static const struct {
        tcflag_t field, first, second;
    } fields[] = {
        { NLDLY, NL1, NL0 }, { CRDLY, CR2, CR1 }, { CRDLY, CR3, CR2 }, { TABDLY, TAB3, TAB1 },
        { TABDLY, TAB1, TAB2 }, { BSDLY, BS1, BS0 }, { VTDLY, VT1, VT0 }, { FFDLY, FF1, FF0 },
    };
    struct pty p;
    struct fdk_tty_settings s;
    struct termios raw;
    fdk_tty t;
    size_t i;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        memset(&s, 0, sizeof(s));
        s.set = FDK_TTY_SET_OFLAGS;
        s.oflags_mask = fields[i].field;
        s.oflags = fields[i].first;
        ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
        raw = raw_get(p.slave);
        ASSERT_EQ(raw.c_oflag & fields[i].field, fields[i].first);
        s.oflags = fields[i].second;
        ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
        raw = raw_get(p.slave);
        ASSERT_EQ(raw.c_oflag & fields[i].field, fields[i].second);
        ASSERT_TRUE(raw.c_oflag & OPOST); /* the rest of c_oflag is untouched */
    }
    /* a mask naming one bit of a field still replaces the whole field */
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_OFLAGS;
    s.oflags_mask = CRDLY;
    s.oflags = CR2;
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    s.oflags_mask = CR1; /* bit-wise this would give CR2 | CR1 = CR3 */
    s.oflags = CR1;
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    raw = raw_get(p.slave);
    ASSERT_EQ(raw.c_oflag & CRDLY, CR1);
    s.oflags_mask = TAB2; /* TAB1 over TAB2 through a one-bit mask: not TAB3 */
    s.oflags = TAB2;
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    s.oflags_mask = TAB1;
    s.oflags = TAB1;
    ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
    raw = raw_get(p.slave);
    ASSERT_EQ(raw.c_oflag & TABDLY, TAB1);
    pty_free(&p);
}

/* ---- speeds --------------------------------------------------------------------- */

static void test_speeds(void)
{
    static const struct {
        uint32_t rate;
        speed_t code;
    } std[] = {
        { 50, B50 },           { 75, B75 },           { 110, B110 },         { 134, B134 },
        { 150, B150 },         { 200, B200 },         { 300, B300 },         { 600, B600 },
        { 1200, B1200 },       { 1800, B1800 },       { 2400, B2400 },       { 4800, B4800 },
        { 9600, B9600 },       { 19200, B19200 },     { 38400, B38400 },     { 57600, B57600 },
        { 115200, B115200 },   { 230400, B230400 },   { 460800, B460800 },   { 500000, B500000 },
        { 576000, B576000 },   { 921600, B921600 },   { 1000000, B1000000 }, { 1152000, B1152000 },
        { 1500000, B1500000 }, { 2000000, B2000000 }, { 2500000, B2500000 }, { 3000000, B3000000 },
        { 3500000, B3500000 }, { 4000000, B4000000 },
    };
    static const uint32_t odd[] = { 250000, 31250, 74880, 12345678, 1, 4294967295u };
    struct pty p;
    struct termios raw;
    fdk_tty t;
    uint32_t is = 1, os = 1;
    size_t i;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    for (i = 0; i < sizeof(std) / sizeof(std[0]); i++) {
        ASSERT_OK(fdk_tty_set_speed(t, 0, std[i].rate));
        ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
        ASSERT_EQ(os, std[i].rate);
        ASSERT_EQ(is, std[i].rate);
        /* a standard rate goes to the driver as its code, not as BOTHER */
        raw = raw_get(p.slave);
        ASSERT_EQ(cfgetospeed(&raw), std[i].code);
    }
    for (i = 0; i < sizeof(odd) / sizeof(odd[0]); i++) {
        ASSERT_OK(fdk_tty_set_speed(t, odd[i], odd[i]));
        ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
        ASSERT_EQ(os, odd[i]);
        ASSERT_EQ(is, odd[i]);
#if CBAUDEX == 0010000 /* BOTHER is CBAUDEX on the asm-generic layout */
        raw = raw_get(p.slave);
        ASSERT_EQ(raw.c_cflag & CBAUD, CBAUDEX);
#endif
    }

    /* split speeds: standard, arbitrary and mixed */
    ASSERT_OK(fdk_tty_set_speed(t, 9600, 115200));
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(is, 9600);
    ASSERT_EQ(os, 115200);
    ASSERT_OK(fdk_tty_set_speed(t, 31250, 250000));
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(is, 31250);
    ASSERT_EQ(os, 250000);
    ASSERT_OK(fdk_tty_set_speed(t, 250000, 4800));
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(is, 250000);
    ASSERT_EQ(os, 4800);
    /* ispeed 0: the same as the output */
    ASSERT_OK(fdk_tty_set_speed(t, 0, 19200));
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(is, 19200);
    ASSERT_EQ(os, 19200);
    /* B0 (a pty does not hang up on it) */
    ASSERT_OK(fdk_tty_set_speed(t, 0, 0));
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(is, 0);
    ASSERT_EQ(os, 0);
    ASSERT_OK(fdk_tty_set_speed(t, 9600, 0));
    ASSERT_OK(fdk_tty_get_speed(t, &is, &os));
    ASSERT_EQ(is, 9600);
    ASSERT_EQ(os, 0);

    /* changing another group keeps an arbitrary speed */
    {
        struct fdk_tty_settings s;
        ASSERT_OK(fdk_tty_set_speed(t, 0, 250000));
        memset(&s, 0, sizeof(s));
        s.set = FDK_TTY_SET_MODE;
        ASSERT_OK(fdk_tty_set(t, &s, FDK_TTY_NOW));
        ASSERT_OK(fdk_tty_get(t, &s));
        ASSERT_EQ(s.ospeed, 250000);
        ASSERT_EQ(s.ispeed, 250000);
        ASSERT_EQ(s.canonical, 0);
    }

    is = os = 77;
    ASSERT_ERR(fdk_tty_get_speed(t, NULL, &os), EINVAL);
    ASSERT_ERR(fdk_tty_get_speed(t, &is, NULL), EINVAL);
    ASSERT_ERR(fdk_tty_get_speed(fdk_tty_borrow(-1), &is, &os), EBADF);
    ASSERT_ERR(fdk_tty_set_speed(fdk_tty_borrow(-1), 0, 9600), EBADF);
    ASSERT_EQ(is, 77);
    ASSERT_EQ(os, 77);
    pty_free(&p);
}

/* ---- raw and canonical, observed -------------------------------------------------- */

static void set_mode(int fd, int raw, int echo)
{
    struct fdk_tty_settings s;
    ASSERT_OK(fdk_tty_get(fdk_tty_borrow(fd), &s));
    if (raw)
        fdk_tty_settings_raw(&s);
    else
        fdk_tty_settings_canonical(&s);
    s.echo = (uint8_t)echo;
    ASSERT_OK(fdk_tty_set(fdk_tty_borrow(fd), &s, FDK_TTY_FLUSH));
}

static void test_raw_bits(void)
{
    struct pty p;
    struct termios mine, libc;
    fdk_tty t;

    pty_make(&p);
    t = fdk_tty_borrow(p.slave);
    /* the same change as cfmakeraw on the bits that mean something on a pty */
    libc = raw_get(p.slave);
    cfmakeraw(&libc);
    set_mode(p.slave, 1, 0);
    mine = raw_get(p.slave);
    ASSERT_EQ(mine.c_lflag & (ICANON | ECHO | ECHONL | ISIG | IEXTEN), 0);
    ASSERT_EQ(mine.c_lflag & (ICANON | ECHO | ECHONL | ISIG | IEXTEN),
              libc.c_lflag & (ICANON | ECHO | ECHONL | ISIG | IEXTEN));
    ASSERT_EQ(mine.c_iflag & (IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON),
              libc.c_iflag & (IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON));
    ASSERT_EQ(mine.c_oflag & OPOST, 0);
    ASSERT_EQ(mine.c_cflag & (CSIZE | PARENB), CS8);
    ASSERT_EQ(mine.c_cc[VMIN], 1);
    ASSERT_EQ(mine.c_cc[VTIME], 0);

    /* canonical really sets ICANON again, with the usual companions */
    set_mode(p.slave, 0, 1);
    mine = raw_get(p.slave);
    ASSERT_EQ(mine.c_lflag & (ICANON | ECHO | ECHOE | ECHOK | ISIG | IEXTEN),
              ICANON | ECHO | ECHOE | ECHOK | ISIG | IEXTEN);
    ASSERT_TRUE(mine.c_iflag & ICRNL);
    ASSERT_EQ(mine.c_oflag & (OPOST | ONLCR), OPOST | ONLCR);
    (void)t;
    pty_free(&p);
}

static void test_canonical_read(void)
{
    struct pty p;
    char buf[64];
    ssize_t n;

    pty_make(&p);
    set_mode(p.slave, 0, 0);
    /* a partial line is not readable in canonical mode ... */
    ASSERT_EQ(write(p.master, "abc", 3), 3);
    ASSERT_TRUE(!readable(p.slave, 200));
    /* ... the newline completes it; CR becomes NL (ICRNL) */
    ASSERT_EQ(write(p.master, "\r", 1), 1);
    ASSERT_TRUE(readable(p.slave, 10000));
    n = read(p.slave, buf, sizeof(buf));
    ASSERT_EQ(n, 4);
    ASSERT_MEM_EQ(buf, "abc\n", 4);

    /* raw: every byte is readable at once, CR stays CR */
    set_mode(p.slave, 1, 0);
    ASSERT_EQ(write(p.master, "x\r", 2), 2);
    ASSERT_TRUE(readable(p.slave, 10000));
    n = 0;
    while (n < 2) {
        ssize_t r;
        ASSERT_TRUE(readable(p.slave, 10000));
        r = read(p.slave, buf + n, sizeof(buf) - (size_t)n);
        ASSERT_TRUE(r > 0);
        n += r;
    }
    ASSERT_EQ(n, 2);
    ASSERT_MEM_EQ(buf, "x\r", 2);
    pty_free(&p);
}

static void test_vmin_vtime(void)
{
    struct pty p;
    struct fdk_tty_settings s;
    char buf[8];

    pty_make(&p);
    set_mode(p.slave, 1, 0);
    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_CC;
    s.cc_mask = (1u << VMIN) | (1u << VTIME);
    /* VMIN 0, VTIME 1: a blocking read with no data returns 0 (after about 0.1 s) */
    s.cc[VMIN] = 0;
    s.cc[VTIME] = 1;
    ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
    ASSERT_EQ(read(p.slave, buf, sizeof(buf)), 0);
    /* VMIN 0, VTIME 0: a poll, returns 0 at once */
    s.cc[VTIME] = 0;
    ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
    ASSERT_EQ(read(p.slave, buf, sizeof(buf)), 0);
    /* data is still delivered */
    s.cc[VMIN] = 1;
    ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
    ASSERT_EQ(write(p.master, "q", 1), 1);
    ASSERT_EQ(read(p.slave, buf, sizeof(buf)), 1);
    ASSERT_EQ(buf[0], 'q');
    pty_free(&p);
}

/*
 * Echo seen from the master.  The slave writes a marker after reading the
 * line: echo output goes through the same queue before it, so whatever
 * precedes the marker on the master is the echo.
 */
static void test_echo(void)
{
    struct pty p;
    char buf[64];
    size_t n;
    int echo;

    pty_make(&p);
    for (echo = 0; echo <= 1; echo++) {
        set_mode(p.slave, 0, echo);
        ASSERT_EQ(write(p.master, "hi\n", 3), 3);
        ASSERT_TRUE(readable(p.slave, 10000));
        ASSERT_EQ(read(p.slave, buf, sizeof(buf)), 3);
        ASSERT_EQ(write(p.slave, "#", 1), 1);
        n = read_until(p.master, buf, sizeof(buf), '#');
        if (echo)
            ASSERT_STREQ(buf, "hi\r\n#"); /* echoed, NL as CR NL (OPOST|ONLCR) */
        else
            ASSERT_STREQ(buf, "#");
        (void)n;
    }
    pty_free(&p);
}

/* ---- invalid values: -EINVAL, no system call, nothing changed --------------------- */

static void expect_invalid(int fd, const struct fdk_tty_settings *s, int when, int line)
{
    struct termios before = raw_get(fd), after;
    int r;

    fdk_inject_reset();
    r = fdk_tty_set(fdk_tty_borrow(fd), s, when);
    if (r != -EINVAL)
        fdk_test_fail(__FILE__, line, "fdk_tty_set = %d, expected -EINVAL", r);
    if (fdk_inject_calls("ioctl") != 0)
        fdk_test_fail(__FILE__, line, "an ioctl was made before the check");
    after = raw_get(fd);
    if (!termios_same(&before, &after))
        fdk_test_fail(__FILE__, line, "settings changed");
}

static void test_invalid(void)
{
    struct pty p;
    struct fdk_tty_settings s, ok;
    int pfd[2];

    pty_make(&p);
    memset(&ok, 0, sizeof(ok));

#define BAD(set_bits, stmt, when)                                                                  \
    do {                                                                                           \
        s = ok;                                                                                    \
        s.set = (set_bits);                                                                        \
        stmt;                                                                                      \
        expect_invalid(p.slave, &s, (when), __LINE__);                                             \
    } while (0)

    BAD(FDK_TTY_SET_FRAME, s.data_bits = 4, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_FRAME, s.data_bits = 9, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_FRAME, s.stop_bits = 3, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_FRAME, s.parity = FDK_TTY_PARITY_SPACE + 1, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_FLOW, s.flow = FDK_TTY_FLOW_XONXOFF + 1, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_CONTROL, s.cread = 2, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_MODE, s.echo = 2, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_MODE, s.tostop = 255, FDK_TTY_NOW);
    /* IXON/IXOFF through the mask and through flow at once */
    BAD(FDK_TTY_SET_IFLAGS | FDK_TTY_SET_FLOW, s.iflags_mask = IXON, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_IFLAGS | FDK_TTY_SET_FLOW, s.iflags_mask = IXOFF | ICRNL, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_IFLAGS, s.iflags_mask = 1u << 31, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_OFLAGS, s.oflags_mask = 1u << 31, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_CC, s.cc_mask = 1u << FDK_TTY_NCCS, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_ALL + 1, (void)0, FDK_TTY_NOW);
    BAD(1u << 31, (void)0, FDK_TTY_NOW);
    BAD(FDK_TTY_SET_MODE, (void)0, FDK_TTY_FLUSH + 1);
    BAD(FDK_TTY_SET_MODE, (void)0, -1);
    /* a bad value in a valid group, with every other group fine */
    BAD(FDK_TTY_SET_ALL, (s.data_bits = 8, s.stop_bits = 1, s.iflags_mask = IXON), FDK_TTY_NOW);
#undef BAD

    /* fields of groups that are not in `set` are not looked at */
    s = ok;
    s.set = FDK_TTY_SET_SPEED;
    s.ospeed = 9600;
    s.data_bits = 99;
    s.flow = 42;
    s.echo = 7;
    s.iflags_mask = IXON;
    s.cc_mask = ~0u;
    ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));

    ASSERT_ERR(fdk_tty_set(fdk_tty_borrow(p.slave), NULL, FDK_TTY_NOW), EINVAL);
    ASSERT_ERR(fdk_tty_set(fdk_tty_borrow(-1), &ok, FDK_TTY_NOW), EBADF);

    /* not a terminal */
    ASSERT_EQ(pipe2(pfd, O_CLOEXEC), 0);
    ASSERT_ERR(fdk_tty_get(fdk_tty_borrow(pfd[0]), &s), ENOTTY);
    ASSERT_ERR(fdk_tty_set(fdk_tty_borrow(pfd[0]), &ok, FDK_TTY_NOW), ENOTTY);
    ASSERT_ERR(fdk_tty_set_speed(fdk_tty_borrow(pfd[0]), 0, 9600), ENOTTY);
    close(pfd[0]);
    close(pfd[1]);
    pty_free(&p);
}

/* ---- EINTR and failure paths (fault injection) ----------------------------------- */

static void test_eintr(void)
{
    struct pty p;
    struct fdk_tty_settings s;
    struct termios before, after;
    fdk_tty t = FDK_HANDLE_INIT;
    uint32_t is, os;

    pty_make(&p);

    /* get and the NOW set do not wait: EINTR is retried */
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EINTR);
    ASSERT_OK(fdk_tty_get(fdk_tty_borrow(p.slave), &s));
    ASSERT_EQ(fdk_inject_calls("ioctl"), 2);

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EINTR);
    ASSERT_OK(fdk_tty_get_speed(fdk_tty_borrow(p.slave), &is, &os));
    ASSERT_EQ(fdk_inject_calls("ioctl"), 2);

    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EINTR);
    ASSERT_EQ(fdk_tty_is_tty(p.slave), 1);

    memset(&s, 0, sizeof(s));
    s.set = FDK_TTY_SET_FRAME;
    s.stop_bits = 2;
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 2, 1, EINTR); /* the TCSETS2 */
    ASSERT_OK(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW));
    ASSERT_EQ(fdk_inject_calls("ioctl"), 3);
    ASSERT_TRUE(raw_get(p.slave).c_cflag & CSTOPB);

    /* DRAIN and FLUSH wait for output: EINTR is handed back, nothing changed */
    s.stop_bits = 1;
    before = raw_get(p.slave);
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 2, 1, EINTR);
    ASSERT_ERR(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_DRAIN), EINTR);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 2);
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 2, 1, EINTR);
    ASSERT_ERR(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_FLUSH), EINTR);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 2);
    after = raw_get(p.slave);
    ASSERT_TRUE(termios_same(&before, &after));

    /* other errors of the ioctls come back as they are */
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EIO);
    ASSERT_ERR(fdk_tty_get(fdk_tty_borrow(p.slave), &s), EIO);
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 2, 1, EIO);
    ASSERT_ERR(fdk_tty_set(fdk_tty_borrow(p.slave), &s, FDK_TTY_NOW), EIO);

    /* open may wait (carrier): EINTR is handed back, nothing open */
    fdk_inject_reset();
    fdk_inject_fail("open", 1, 1, EINTR);
    ASSERT_ERR(fdk_tty_open(&t, p.name, 0), EINTR);
    ASSERT_EQ(t.fd, -1);

    /* the check after open fails: the fd is closed */
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EINVAL);
    ASSERT_ERR(fdk_tty_open(&t, p.name, 0), ENOTTY);
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 1, 1, EIO);
    ASSERT_ERR(fdk_tty_open(&t, p.name, 0), EIO);
    ASSERT_EQ(t.fd, -1);

    /* FDK_TTY_EXCL: the lock is taken before TIOCEXCL, so a busy lock changes nothing */
    fdk_inject_reset();
    fdk_inject_fail("flock", 1, 1, EWOULDBLOCK);
    ASSERT_ERR(fdk_tty_open(&t, p.name, FDK_TTY_EXCL), EBUSY);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1); /* only the is-a-terminal check */
    fdk_inject_reset();
    fdk_inject_fail("flock", 1, 1, EINTR);
    ASSERT_OK(fdk_tty_open(&t, p.name, FDK_TTY_EXCL)); /* LOCK_NB: EINTR retried */
    ASSERT_EQ(fdk_inject_calls("flock"), 2);
    ASSERT_EQ(ioctl(t.fd, TIOCNXCL), 0);
    ASSERT_OK(fdk_tty_close(&t));
    fdk_inject_reset();
    fdk_inject_fail("ioctl", 2, 1, EIO); /* TIOCEXCL */
    ASSERT_ERR(fdk_tty_open(&t, p.name, FDK_TTY_EXCL), EIO);
    ASSERT_EQ(t.fd, -1);
    /* and the lock went with the fd */
    fdk_inject_reset();
    ASSERT_OK(fdk_tty_open(&t, p.name, FDK_TTY_EXCL));
    ASSERT_EQ(ioctl(t.fd, TIOCNXCL), 0);
    ASSERT_OK(fdk_tty_close(&t));
    fdk_inject_reset();
    pty_free(&p);
}

int main(void)
{
    tty_test_start(60);

    RUN(test_open);
    RUN(test_open_excl);
    RUN(test_get_fresh);
    RUN(test_roundtrip_all);
    RUN(test_parity_bits);
    RUN(test_member_bits);
    RUN(test_rmw);
    RUN(test_delays);
    RUN(test_speeds);
    RUN(test_raw_bits);
    RUN(test_canonical_read);
    RUN(test_vmin_vtime);
    RUN(test_echo);
    RUN(test_invalid);
    RUN(test_eintr);
    return 0;
}
