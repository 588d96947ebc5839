/* SPDX-License-Identifier: MIT */
/*
 * fuzz-siginfo: decoding signal records and their text form,
 * fdk_signal_decode() (struct signalfd_siginfo), fdk_signal_decode_siginfo()
 * (siginfo_t) and fdk_signal_format() (fdkit/signal.h, signal-types.h).
 *
 * Byte 0 of an input is the mode, the rest the record's bytes (zero-padded
 * to the record's size; longer inputs are cut):
 *   bits 0-1  0: a siginfo_t; 1: a struct signalfd_siginfo; 2: a struct
 *             fdk_siginfo as a caller could fill it (enums kept in range)
 *             for fdk_signal_format() alone; 3: as 0;
 *   bit 2     fold the signal number into 0 .. SIGRTMAX + 1;
 *   bit 3     replace si_code by one the kernel uses, picked by the
 *             record's byte 12 (-60, -7 .. 0, 1 .. 16, 0x80, 0x81).
 *
 * Checked (abort() on a violation):
 * - decode returns 0 or -EINVAL, -EINVAL exactly when the signal number is
 *   outside 1..SIGRTMAX (or a pointer is NULL), *out untouched then;
 * - on 0: signo, code and err are the record's; realtime is 1 exactly for
 *   SIGRTMIN..SIGRTMAX; origin is what signal-types.h gives for the
 *   si_code; has_sender and has_value are 0 or 1, and set exactly for the
 *   origins (and SIGCHLD detail) the struct's comments list; pid/uid are 0
 *   without has_sender, value_int/value_ptr 0 without has_value; the detail
 *   kind fits the signal and origin (CHILD: SIGCHLD, FAULT: SIGSEGV, SIGBUS,
 *   SIGFPE, SIGILL, SIGTRAP, SYS: SIGSYS, all sent by the kernel; TIMER
 *   exactly for SI_TIMER; IO from the kernel or SI_SIGIO); the child event
 *   is the one its CLD_* code names; a kind's absent detail is all 0;
 * - one event decodes the same whichever way it arrives: a siginfo_t and the
 *   struct signalfd_siginfo the kernel's signalfd would make of it
 *   (fs/signalfd.c: the fields of siginfo_layout(), the rest zero) decode
 *   to equal records;
 * - format returns the length of the whole text for every size, like
 *   snprintf (the buffer holds the first size - 1 bytes and a NUL, nothing
 *   past size; NULL with size 0 allowed, NULL with size > 0 is -EINVAL); the
 *   text is one line of printable ASCII that starts with the signal's name
 *   (fdk_signal_name()) or "signal N".
 */
#include "fuzz.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>

#include <fdkit/signal.h>

/* si_code values, spelled out (libc headers differ in which they have). */
enum {
    K_SI_USER = 0,
    K_SI_KERNEL = 0x80,
    K_SI_QUEUE = -1,
    K_SI_TIMER = -2,
    K_SI_MESGQ = -3,
    K_SI_ASYNCIO = -4,
    K_SI_SIGIO = -5,
    K_SI_TKILL = -6,
};

/* The kernel's siginfo_layout() (include/linux/signal.h, kernel/signal.c), Linux 6.x. */
enum layout { SIL_KILL, SIL_TIMER, SIL_POLL, SIL_FAULT, SIL_FAULT_MCEERR, SIL_CHLD, SIL_RT, SIL_SYS };

static enum layout kernel_layout(int sig, int code)
{
    /* NSIGILL, NSIGFPE, NSIGSEGV, NSIGBUS, NSIGTRAP, NSIGCHLD, NSIGPOLL, NSIGSYS */
    int limit = 0;
    enum layout own = SIL_KILL;

    if (code > K_SI_USER && code < K_SI_KERNEL) {
        if (sig == SIGILL)
            limit = 11, own = SIL_FAULT;
        else if (sig == SIGFPE)
            limit = 15, own = SIL_FAULT;
        else if (sig == SIGSEGV)
            limit = 10, own = SIL_FAULT;
        else if (sig == SIGBUS)
            limit = 5, own = SIL_FAULT;
        else if (sig == SIGTRAP)
            limit = 6, own = SIL_FAULT;
        else if (sig == SIGCHLD)
            limit = 6, own = SIL_CHLD;
        else if (sig == SIGPOLL)
            limit = 6, own = SIL_POLL;
        else if (sig == SIGSYS)
            limit = 2, own = SIL_SYS;
        if (code <= limit) {
            if (sig == SIGBUS && (code == 4 || code == 5)) /* BUS_MCEERR_AR, BUS_MCEERR_AO */
                return SIL_FAULT_MCEERR;
            return own;
        }
        return code <= 6 ? SIL_POLL : SIL_KILL;
    }
    if (code == K_SI_TIMER)
        return SIL_TIMER;
    if (code == K_SI_SIGIO)
        return SIL_POLL;
    if (code < 0)
        return SIL_RT;
    return SIL_KILL;
}

/* What fs/signalfd.c signalfd_copyinfo() makes of a siginfo_t. */
static void kernel_signalfd_copy(const siginfo_t *k, struct signalfd_siginfo *n)
{
    memset(n, 0, sizeof(*n));
    n->ssi_signo = (uint32_t)k->si_signo;
    n->ssi_errno = k->si_errno;
    n->ssi_code = k->si_code;
    switch (kernel_layout(k->si_signo, k->si_code)) {
    case SIL_KILL:
        n->ssi_pid = (uint32_t)k->si_pid;
        n->ssi_uid = (uint32_t)k->si_uid;
        break;
    case SIL_TIMER:
        n->ssi_tid = (uint32_t)k->si_timerid;
        n->ssi_overrun = (uint32_t)k->si_overrun;
        n->ssi_ptr = (uint64_t)(long)k->si_ptr;
        n->ssi_int = k->si_int;
        break;
    case SIL_POLL:
        n->ssi_band = (uint32_t)k->si_band;
        n->ssi_fd = k->si_fd;
        break;
    case SIL_FAULT:
        n->ssi_addr = (uint64_t)(long)k->si_addr;
        break;
    case SIL_FAULT_MCEERR:
        n->ssi_addr = (uint64_t)(long)k->si_addr;
        n->ssi_addr_lsb = (uint16_t)(short)k->si_addr_lsb;
        break;
    case SIL_CHLD:
        n->ssi_pid = (uint32_t)k->si_pid;
        n->ssi_uid = (uint32_t)k->si_uid;
        n->ssi_status = k->si_status;
        n->ssi_utime = (uint64_t)k->si_utime;
        n->ssi_stime = (uint64_t)k->si_stime;
        break;
    case SIL_RT:
        n->ssi_pid = (uint32_t)k->si_pid;
        n->ssi_uid = (uint32_t)k->si_uid;
        n->ssi_ptr = (uint64_t)(long)k->si_ptr;
        n->ssi_int = k->si_int;
        break;
    case SIL_SYS:
        n->ssi_call_addr = (uint64_t)(long)k->si_call_addr;
        n->ssi_syscall = k->si_syscall;
        n->ssi_arch = k->si_arch;
        break;
    }
}

static int is_fault_signal(int s)
{
    return s == SIGSEGV || s == SIGBUS || s == SIGFPE || s == SIGILL || s == SIGTRAP;
}

static enum fdk_sig_origin origin_of(int code)
{
    if (code > 0)
        return FDK_SIG_FROM_KERNEL;
    switch (code) {
    case K_SI_USER:
        return FDK_SIG_FROM_KILL;
    case K_SI_TKILL:
        return FDK_SIG_FROM_TKILL;
    case K_SI_QUEUE:
        return FDK_SIG_FROM_SIGQUEUE;
    case K_SI_TIMER:
        return FDK_SIG_FROM_TIMER;
    case K_SI_MESGQ:
        return FDK_SIG_FROM_MESGQ;
    case K_SI_ASYNCIO:
        return FDK_SIG_FROM_ASYNCIO;
    case K_SI_SIGIO:
        return FDK_SIG_FROM_SIGIO;
    default:
        return FDK_SIG_FROM_OTHER;
    }
}

/* Every member of the detail union is 0 (the union's bytes, member by member). */
static int detail_all_zero(const struct fdk_siginfo *d)
{
    return d->detail.child.event == 0 && d->detail.child.status == 0 && d->detail.child.utime == 0 &&
           d->detail.child.stime == 0 && d->detail.fault.addr == 0 && d->detail.fault.trapno == 0 &&
           d->detail.fault.addr_lsb == 0 && d->detail.io.band == 0 && d->detail.io.fd == 0 &&
           d->detail.sys.syscall == 0 && d->detail.sys.arch == 0 && d->detail.sys.call_addr == 0 &&
           d->detail.timer.timerid == 0 && d->detail.timer.overrun == 0;
}

/* The decoded record's fields against what signal-types.h says they mean. */
static void check_decoded(const struct fdk_siginfo *d, int signo, int code, int err)
{
    enum fdk_sig_origin o = origin_of(code);
    int rtmin = fdk_signal_rtmin(), rtmax = fdk_signal_rtmax();
    int sender, value;

    FUZZ_CHECK(d->signo == signo && d->code == code && d->err == err);
    FUZZ_CHECK(d->realtime == (signo >= rtmin && signo <= rtmax));
    FUZZ_CHECK(d->origin == o);
    FUZZ_CHECK(d->has_sender <= 1 && d->has_value <= 1);
    FUZZ_CHECK(d->detail_kind >= FDK_SIG_DETAIL_NONE && d->detail_kind <= FDK_SIG_DETAIL_TIMER);

    value = o == FDK_SIG_FROM_SIGQUEUE || o == FDK_SIG_FROM_TIMER || o == FDK_SIG_FROM_MESGQ ||
            o == FDK_SIG_FROM_ASYNCIO;
    sender = o == FDK_SIG_FROM_KILL || o == FDK_SIG_FROM_TKILL || o == FDK_SIG_FROM_SIGQUEUE ||
             o == FDK_SIG_FROM_MESGQ || o == FDK_SIG_FROM_ASYNCIO ||
             d->detail_kind == FDK_SIG_DETAIL_CHILD;
    FUZZ_CHECK(d->has_value == value && d->has_sender == sender);
    if (!d->has_sender)
        FUZZ_CHECK(d->pid == 0 && d->uid == 0);
    if (!d->has_value)
        FUZZ_CHECK(d->value_int == 0 && d->value_ptr == 0);

    switch (d->detail_kind) {
    case FDK_SIG_DETAIL_NONE:
        FUZZ_CHECK(detail_all_zero(d));
        break;
    case FDK_SIG_DETAIL_CHILD:
        FUZZ_CHECK(signo == SIGCHLD && o == FDK_SIG_FROM_KERNEL);
        FUZZ_CHECK(code >= CLD_EXITED && code <= CLD_CONTINUED);
        FUZZ_CHECK((int)d->detail.child.event == code - CLD_EXITED + FDK_CHILD_EXITED);
        break;
    case FDK_SIG_DETAIL_FAULT:
        FUZZ_CHECK(is_fault_signal(signo) && o == FDK_SIG_FROM_KERNEL);
        if (code >= K_SI_KERNEL) /* SI_KERNEL: the record has no fault data */
            FUZZ_CHECK(detail_all_zero(d));
        break;
    case FDK_SIG_DETAIL_IO:
        FUZZ_CHECK(o == FDK_SIG_FROM_KERNEL || o == FDK_SIG_FROM_SIGIO);
        break;
    case FDK_SIG_DETAIL_SYS:
        FUZZ_CHECK(signo == SIGSYS && o == FDK_SIG_FROM_KERNEL);
        break;
    case FDK_SIG_DETAIL_TIMER:
        break;
    }
    FUZZ_CHECK((d->detail_kind == FDK_SIG_DETAIL_TIMER) == (o == FDK_SIG_FROM_TIMER));
}

/* Two decodes of one event agree field by field. */
static void check_same(const struct fdk_siginfo *a, const struct fdk_siginfo *b)
{
    FUZZ_CHECK(a->signo == b->signo && a->code == b->code && a->err == b->err);
    FUZZ_CHECK(a->realtime == b->realtime && a->origin == b->origin);
    FUZZ_CHECK(a->has_sender == b->has_sender && a->has_value == b->has_value);
    FUZZ_CHECK(a->pid == b->pid && a->uid == b->uid);
    FUZZ_CHECK(a->value_int == b->value_int && a->value_ptr == b->value_ptr);
    FUZZ_CHECK(a->detail_kind == b->detail_kind);
    FUZZ_CHECK(a->detail.child.event == b->detail.child.event);
    FUZZ_CHECK(a->detail.child.status == b->detail.child.status);
    FUZZ_CHECK(a->detail.child.utime == b->detail.child.utime);
    FUZZ_CHECK(a->detail.child.stime == b->detail.child.stime);
    FUZZ_CHECK(a->detail.fault.addr == b->detail.fault.addr);
    FUZZ_CHECK(a->detail.fault.trapno == b->detail.fault.trapno);
    FUZZ_CHECK(a->detail.fault.addr_lsb == b->detail.fault.addr_lsb);
    FUZZ_CHECK(a->detail.io.band == b->detail.io.band && a->detail.io.fd == b->detail.io.fd);
    FUZZ_CHECK(a->detail.sys.syscall == b->detail.sys.syscall);
    FUZZ_CHECK(a->detail.sys.arch == b->detail.sys.arch);
    FUZZ_CHECK(a->detail.sys.call_addr == b->detail.sys.call_addr);
    FUZZ_CHECK(a->detail.timer.timerid == b->detail.timer.timerid);
    FUZZ_CHECK(a->detail.timer.overrun == b->detail.timer.overrun);
}

/* format at sizes 0, 1, 2, n - 1, n, n + 1 and one in between, like snprintf. */
static void check_format(const struct fdk_siginfo *d, unsigned pick)
{
    char full[1024], buf[1024 + 16], name[32];
    size_t guard;
    size_t sizes[7], k, i;
    int n = fdk_signal_format(d, NULL, 0);

    FUZZ_CHECK(n > 0 && n < (int)sizeof(full));
    FUZZ_CHECK(fdk_signal_format(d, full, sizeof(full)) == n && strlen(full) == (size_t)n);
    FUZZ_CHECK(fdk_signal_format(d, NULL, 1) == -EINVAL);
    FUZZ_CHECK(fdk_signal_format(NULL, full, sizeof(full)) == -EINVAL);
    for (i = 0; i < (size_t)n; i++)
        FUZZ_CHECK(full[i] >= 0x20 && full[i] < 0x7f); /* one line, printable */
    if (fdk_signal_name(d->signo, name, sizeof(name)) > 0)
        FUZZ_CHECK(strncmp(full, name, strlen(name)) == 0 && full[strlen(name)] == ' ');
    else
        FUZZ_CHECK(strncmp(full, "signal ", 7) == 0);

    sizes[0] = 0;
    sizes[1] = 1;
    sizes[2] = 2;
    sizes[3] = (size_t)n - 1;
    sizes[4] = (size_t)n;
    sizes[5] = (size_t)n + 1;
    sizes[6] = pick % ((size_t)n + 1);
    for (k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        size_t size = sizes[k], kept = size == 0 ? 0 : (size - 1 < (size_t)n ? size - 1 : (size_t)n);
        guard = size + 16; /* the bytes after size that must stay as they were */
        memset(buf, 0x5a, guard);
        FUZZ_CHECK(fdk_signal_format(d, buf, size) == n);
        if (size > 0)
            FUZZ_CHECK(memcmp(buf, full, kept) == 0 && buf[kept] == '\0');
        for (i = size; i < guard; i++)
            FUZZ_CHECK((unsigned char)buf[i] == 0x5a);
    }
}

static const int interesting_codes[] = {
    -60, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 0x80, 0x81,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    union {
        siginfo_t si;
        struct signalfd_siginfo ssi;
        struct fdk_siginfo fi;
        unsigned char bytes[256];
    } rec;
    struct fdk_siginfo d, d2, pattern;
    struct signalfd_siginfo copy;
    int mode, r, signo, code, err, valid;
    unsigned pick = 0;

    _Static_assert(sizeof(siginfo_t) <= 256 && sizeof(struct signalfd_siginfo) <= 256 &&
                   sizeof(struct fdk_siginfo) <= 256, "record sizes");
    if (size == 0)
        return 0;
    mode = data[0];
    memset(&rec, 0, sizeof(rec));
    memcpy(rec.bytes, data + 1, size - 1 < sizeof(rec.bytes) ? size - 1 : sizeof(rec.bytes));
    if (size > 13)
        pick = data[13];

    /* signo, errno and code are the first three ints of all three records. */
    _Static_assert(offsetof(siginfo_t, si_signo) == 0 && offsetof(siginfo_t, si_errno) == 4 &&
                   offsetof(siginfo_t, si_code) == 8, "siginfo_t head");
    _Static_assert(offsetof(struct signalfd_siginfo, ssi_code) == 8, "signalfd_siginfo head");
    memcpy(&signo, rec.bytes, 4);
    memcpy(&err, rec.bytes + 4, 4);
    memcpy(&code, rec.bytes + 8, 4);
    if (mode & 4)
        signo = (int)((uint32_t)signo % (uint32_t)(fdk_signal_rtmax() + 2));
    if (mode & 8)
        code = interesting_codes[pick % (sizeof(interesting_codes) / sizeof(interesting_codes[0]))];
    memcpy(rec.bytes, &signo, 4);
    memcpy(rec.bytes + 8, &code, 4);

    if ((mode & 3) == 2) {
        /* A record filled by hand: any values, enums in range. */
        struct fdk_siginfo f = rec.fi;
        f.origin = (enum fdk_sig_origin)((unsigned)f.origin % (FDK_SIG_FROM_OTHER + 1));
        f.detail_kind = (enum fdk_sig_detail)((unsigned)f.detail_kind % (FDK_SIG_DETAIL_TIMER + 1));
        if (f.detail_kind == FDK_SIG_DETAIL_CHILD)
            f.detail.child.event =
                (enum fdk_child_event)((unsigned)f.detail.child.event % (FDK_CHILD_CONTINUED + 1));
        check_format(&f, pick);
        return 0;
    }

    valid = signo >= 1 && signo <= fdk_signal_rtmax();
    memset(&pattern, 0xa5, sizeof(pattern));
    memcpy(&d, &pattern, sizeof(d));
    if ((mode & 3) == 1)
        r = fdk_signal_decode(&rec.ssi, &d);
    else
        r = fdk_signal_decode_siginfo(&rec.si, &d);
    FUZZ_CHECK(r == 0 || r == -EINVAL);
    FUZZ_CHECK((r == 0) == valid);
    if (r < 0) {
        FUZZ_CHECK(memcmp(&d, &pattern, sizeof(d)) == 0);
        return 0;
    }
    check_decoded(&d, signo, code, err);
    check_format(&d, pick);

    if ((mode & 3) != 1) {
        /* The same event through a signalfd. */
        kernel_signalfd_copy(&rec.si, &copy);
        memcpy(&d2, &pattern, sizeof(d2));
        FUZZ_CHECK(fdk_signal_decode(&copy, &d2) == 0);
        check_decoded(&d2, signo, code, err);
        check_same(&d, &d2);
    }
    FUZZ_CHECK(fdk_signal_decode(NULL, &d) == -EINVAL && fdk_signal_decode(&rec.ssi, NULL) == -EINVAL);
    FUZZ_CHECK(fdk_signal_decode_siginfo(NULL, &d) == -EINVAL &&
               fdk_signal_decode_siginfo(&rec.si, NULL) == -EINVAL);
    return 0;
}
