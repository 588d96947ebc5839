/* SPDX-License-Identifier: MIT */
/*
 * Decoding signal records: struct signalfd_siginfo (from a signalfd) and
 * siginfo_t (from a SA_SIGINFO handler, sigwaitinfo or waitid) both become a
 * struct fdk_siginfo, plus the text forms of a record and of its si_code.
 *
 * Both records are unions whose meaning depends on (signo, si_code).  The
 * kernel picks the meaning with siginfo_layout() (kernel/signal.c) and
 * signalfd copies only the fields of that layout, so we classify a record the
 * same way once (struct shape below) and read the same fields from either
 * form: one event decodes to the same struct whichever way it was received.
 */
#include "fdk-internal.h"

#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/signalfd.h>

/* si_code values, spelled out: libc headers differ in which ones they know. */
enum {
    CODE_SI_USER = 0,
    CODE_SI_KERNEL = 0x80,
    CODE_SI_QUEUE = -1,
    CODE_SI_TIMER = -2,
    CODE_SI_MESGQ = -3,
    CODE_SI_ASYNCIO = -4,
    CODE_SI_SIGIO = -5,
    CODE_SI_TKILL = -6,
    CODE_SI_DETHREAD = -7,
    CODE_SI_ASYNCNL = -60,
    CODE_BUS_MCEERR_AR = 4,
    CODE_BUS_MCEERR_AO = 5,
    CODE_NSIGPOLL = 6,
};

/* Which fields of the kernel record are meaningful (after siginfo_layout). */
struct shape {
    enum fdk_sig_origin origin;
    enum fdk_sig_detail detail;
    unsigned char sender; /* pid, uid */
    unsigned char value;  /* sival_int, sival_ptr */
    unsigned char lsb;    /* fault.addr_lsb (SIGBUS machine-check codes) */
    unsigned char trapno; /* fault.trapno (the architectures that report one) */
};

/* Signals whose positive si_codes have a meaning of their own. */
static int is_fault_signal(int signo)
{
    return signo == SIGSEGV || signo == SIGBUS || signo == SIGFPE || signo == SIGILL ||
           signo == SIGTRAP;
}

static int has_own_codes(int signo)
{
    return is_fault_signal(signo) || signo == SIGCHLD || signo == SIGSYS;
}

/*
 * The highest positive si_code with a meaning of its own for signo (the
 * kernel's NSIGILL, NSIGFPE, ...: siginfo_layout() reads a record by the
 * signal's own layout only up to there), 0 for a signal without own codes.
 * Defined with the name tables below, which have one entry per code.
 */
static int own_code_max(int signo);

/* The kernel copies si_trapno only on these architectures (SIL_FAULT_TRAPNO). */
static int fault_has_trapno(int signo, int code)
{
#if defined(__sparc__)
    return signo == SIGILL && code == ILL_ILLTRP;
#elif defined(__alpha__)
    return signo == SIGFPE || (signo == SIGTRAP && code == 5 /* TRAP_UNK */);
#else
    (void)signo;
    (void)code;
    return 0;
#endif
}

static struct shape classify(int signo, int code)
{
    struct shape s;

    memset(&s, 0, sizeof(s));
    if (code > 0) {
        s.origin = FDK_SIG_FROM_KERNEL;
        if (code >= CODE_SI_KERNEL) {
            /* SI_KERNEL (e.g. int3, a general protection fault): no data. */
            if (is_fault_signal(signo))
                s.detail = FDK_SIG_DETAIL_FAULT;
        } else if (code <= own_code_max(signo)) {
            if (is_fault_signal(signo)) {
                s.detail = FDK_SIG_DETAIL_FAULT;
                s.lsb = signo == SIGBUS && (code == CODE_BUS_MCEERR_AR || code == CODE_BUS_MCEERR_AO);
                s.trapno = (unsigned char)fault_has_trapno(signo, code);
            } else if (signo == SIGCHLD) {
                s.detail = FDK_SIG_DETAIL_CHILD;
                s.sender = 1;
            } else { /* SIGSYS: SYS_SECCOMP, SYS_USER_DISPATCH */
                s.detail = FDK_SIG_DETAIL_SYS;
            }
        } else if (code <= CODE_NSIGPOLL) {
            /* POLL_*: SIGIO, or whatever signal F_SETSIG chose.  A code past a
               signal's own ones (queued by hand: rt_sigqueueinfo to oneself)
               has this layout too, up to NSIGPOLL, and none past it, as in
               the kernel's siginfo_layout(): never a fault address read from
               what is really si_pid or si_band. */
            s.detail = FDK_SIG_DETAIL_IO;
        }
        return s;
    }
    switch (code) {
    case CODE_SI_USER:
        s.origin = FDK_SIG_FROM_KILL;
        s.sender = 1;
        break;
    case CODE_SI_TKILL:
        s.origin = FDK_SIG_FROM_TKILL;
        s.sender = 1;
        break;
    case CODE_SI_QUEUE:
        s.origin = FDK_SIG_FROM_SIGQUEUE;
        s.sender = s.value = 1;
        break;
    case CODE_SI_TIMER:
        s.origin = FDK_SIG_FROM_TIMER;
        s.detail = FDK_SIG_DETAIL_TIMER;
        s.value = 1;
        break;
    case CODE_SI_MESGQ:
        /* mq_notify(3): pid and uid are the process that sent the message. */
        s.origin = FDK_SIG_FROM_MESGQ;
        s.sender = s.value = 1;
        break;
    case CODE_SI_ASYNCIO:
        /* glibc's AIO completion queues sigev_value with its own pid and uid. */
        s.origin = FDK_SIG_FROM_ASYNCIO;
        s.sender = s.value = 1;
        break;
    case CODE_SI_SIGIO:
        s.origin = FDK_SIG_FROM_SIGIO;
        s.detail = FDK_SIG_DETAIL_IO;
        break;
    default:
        s.origin = FDK_SIG_FROM_OTHER;
        break;
    }
    return s;
}

/* The fields every record has; the caller fills in the rest. */
static void decode_common(struct fdk_siginfo *out, int signo, int code, int err, struct shape *s)
{
    memset(out, 0, sizeof(*out));
    *s = classify(signo, code);
    out->signo = signo;
    out->code = code;
    out->err = err;
    out->realtime = signo >= SIGRTMIN && signo <= SIGRTMAX;
    out->origin = s->origin;
    out->detail_kind = s->detail;
    out->has_sender = s->sender;
    out->has_value = s->value;
}

static enum fdk_child_event child_event(int code)
{
    switch (code) {
    case CLD_EXITED:
        return FDK_CHILD_EXITED;
    case CLD_KILLED:
        return FDK_CHILD_KILLED;
    case CLD_DUMPED:
        return FDK_CHILD_DUMPED;
    case CLD_TRAPPED:
        return FDK_CHILD_TRAPPED;
    case CLD_STOPPED:
        return FDK_CHILD_STOPPED;
    case CLD_CONTINUED:
        return FDK_CHILD_CONTINUED;
    default:
        return FDK_CHILD_NONE;
    }
}

int fdk_signal_decode(const struct signalfd_siginfo *in, struct fdk_siginfo *out)
{
    struct fdk_siginfo d;
    struct shape s;

    if (!in || !out)
        return -EINVAL;
    if (!fdk__signo_valid((long)in->ssi_signo))
        return -EINVAL;

    decode_common(&d, (int)in->ssi_signo, in->ssi_code, in->ssi_errno, &s);
    if (s.sender) {
        d.pid = (pid_t)in->ssi_pid;
        d.uid = (uid_t)in->ssi_uid;
    }
    if (s.value) {
        d.value_int = in->ssi_int;
        d.value_ptr = in->ssi_ptr;
    }
    switch (s.detail) {
    case FDK_SIG_DETAIL_CHILD:
        d.detail.child.event = child_event(d.code);
        d.detail.child.status = in->ssi_status;
        d.detail.child.utime = in->ssi_utime;
        d.detail.child.stime = in->ssi_stime;
        break;
    case FDK_SIG_DETAIL_FAULT:
        if (d.code < CODE_SI_KERNEL) {
            d.detail.fault.addr = in->ssi_addr;
            if (s.trapno)
                d.detail.fault.trapno = (int)in->ssi_trapno;
            if (s.lsb)
                d.detail.fault.addr_lsb = in->ssi_addr_lsb;
        }
        break;
    case FDK_SIG_DETAIL_IO:
        d.detail.io.band = (long)in->ssi_band;
        d.detail.io.fd = in->ssi_fd;
        break;
    case FDK_SIG_DETAIL_SYS:
        d.detail.sys.syscall = in->ssi_syscall;
        d.detail.sys.arch = in->ssi_arch;
        d.detail.sys.call_addr = in->ssi_call_addr;
        break;
    case FDK_SIG_DETAIL_TIMER:
        d.detail.timer.timerid = (int)in->ssi_tid;
        d.detail.timer.overrun = (int)in->ssi_overrun;
        break;
    case FDK_SIG_DETAIL_NONE:
        break;
    }
    *out = d;
    return 0;
}

int fdk_signal_decode_siginfo(const siginfo_t *in, struct fdk_siginfo *out)
{
    struct fdk_siginfo d;
    struct shape s;

    if (!in || !out)
        return -EINVAL;
    if (!fdk__signo_valid(in->si_signo))
        return -EINVAL;

    decode_common(&d, in->si_signo, in->si_code, in->si_errno, &s);
    if (s.sender) {
        d.pid = in->si_pid;
        d.uid = in->si_uid;
    }
    if (s.value) {
        d.value_int = in->si_value.sival_int;
        d.value_ptr = (uint64_t)(uintptr_t)in->si_value.sival_ptr;
    }
    switch (s.detail) {
    case FDK_SIG_DETAIL_CHILD:
        d.detail.child.event = child_event(d.code);
        d.detail.child.status = in->si_status;
        /* Set for a queued SIGCHLD; waitid() leaves them 0. */
        d.detail.child.utime = (uint64_t)in->si_utime;
        d.detail.child.stime = (uint64_t)in->si_stime;
        break;
    case FDK_SIG_DETAIL_FAULT:
        if (d.code < CODE_SI_KERNEL) {
            d.detail.fault.addr = (uint64_t)(uintptr_t)in->si_addr;
#ifdef si_trapno
            if (s.trapno)
                d.detail.fault.trapno = in->si_trapno;
#endif
            if (s.lsb)
                d.detail.fault.addr_lsb = (uint16_t)in->si_addr_lsb;
        }
        break;
    case FDK_SIG_DETAIL_IO:
        /* signalfd carries the band in 32 bits; cut it the same way. */
        d.detail.io.band = (long)(uint32_t)in->si_band;
        d.detail.io.fd = in->si_fd;
        break;
    case FDK_SIG_DETAIL_SYS:
        d.detail.sys.syscall = in->si_syscall;
        d.detail.sys.arch = in->si_arch;
        d.detail.sys.call_addr = (uint64_t)(uintptr_t)in->si_call_addr;
        break;
    case FDK_SIG_DETAIL_TIMER:
        d.detail.timer.timerid = in->si_timerid;
        d.detail.timer.overrun = in->si_overrun;
        break;
    case FDK_SIG_DETAIL_NONE:
        break;
    }
    *out = d;
    return 0;
}

/* ---- si_code names ---------------------------------------------------- */

static const char *const ill_names[] = {
    "ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR",   "ILL_ILLTRP", "ILL_PRVOPC", "ILL_PRVREG",
    "ILL_COPROC", "ILL_BADSTK", "ILL_BADIADDR", "ILL_BREAK",  "ILL_BNDMOD",
};
/* FPE codes 9..13 exist only on ia64: no name. */
static const char *const fpe_names[] = {
    "FPE_INTDIV", "FPE_INTOVF", "FPE_FLTDIV", "FPE_FLTOVF", "FPE_FLTUND",
    "FPE_FLTRES", "FPE_FLTINV", "FPE_FLTSUB", NULL,         NULL,
    NULL,         NULL,         NULL,         "FPE_FLTUNK", "FPE_CONDTRAP",
};
static const char *const segv_names[] = {
    "SEGV_MAPERR",  "SEGV_ACCERR",  "SEGV_BNDERR",  "SEGV_PKUERR",  "SEGV_ACCADI",
    "SEGV_ADIDERR", "SEGV_ADIPERR", "SEGV_MTEAERR", "SEGV_MTESERR", "SEGV_CPERR",
};
static const char *const bus_names[] = {
    "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR", "BUS_MCEERR_AR", "BUS_MCEERR_AO",
};
static const char *const trap_names[] = {
    "TRAP_BRKPT", "TRAP_TRACE", "TRAP_BRANCH", "TRAP_HWBKPT", "TRAP_UNK", "TRAP_PERF",
};
static const char *const cld_names[] = {
    "CLD_EXITED", "CLD_KILLED", "CLD_DUMPED", "CLD_TRAPPED", "CLD_STOPPED", "CLD_CONTINUED",
};
static const char *const poll_names[] = {
    "POLL_IN", "POLL_OUT", "POLL_MSG", "POLL_ERR", "POLL_PRI", "POLL_HUP",
};
static const char *const sys_names[] = {
    "SYS_SECCOMP",
    "SYS_USER_DISPATCH",
};

#define COUNT(tab) ((int)(sizeof(tab) / sizeof((tab)[0])))

static int own_code_max(int signo)
{
    switch (signo) {
    case SIGILL:
        return COUNT(ill_names);
    case SIGFPE:
        return COUNT(fpe_names);
    case SIGSEGV:
        return COUNT(segv_names);
    case SIGBUS:
        return COUNT(bus_names);
    case SIGTRAP:
        return COUNT(trap_names);
    case SIGCHLD:
        return COUNT(cld_names);
    case SIGSYS:
        return COUNT(sys_names);
    default:
        return 0;
    }
}

#define PICK(tab, code) ((size_t)(code) <= sizeof(tab) / sizeof((tab)[0]) ? (tab)[(code)-1] : NULL)

static const char *code_name(int signo, int code)
{
    switch (code) {
    case CODE_SI_USER:
        return "SI_USER";
    case CODE_SI_KERNEL:
        return "SI_KERNEL";
    case CODE_SI_QUEUE:
        return "SI_QUEUE";
    case CODE_SI_TIMER:
        return "SI_TIMER";
    case CODE_SI_MESGQ:
        return "SI_MESGQ";
    case CODE_SI_ASYNCIO:
        return "SI_ASYNCIO";
    case CODE_SI_SIGIO:
        return "SI_SIGIO";
    case CODE_SI_TKILL:
        return "SI_TKILL";
    case CODE_SI_DETHREAD:
        return "SI_DETHREAD";
    case CODE_SI_ASYNCNL:
        return "SI_ASYNCNL";
    default:
        break;
    }
    if (code <= 0 || code >= CODE_SI_KERNEL)
        return NULL;
    if (signo == SIGILL)
        return PICK(ill_names, code);
    if (signo == SIGFPE)
        return PICK(fpe_names, code);
    if (signo == SIGSEGV)
        return PICK(segv_names, code);
    if (signo == SIGBUS)
        return PICK(bus_names, code);
    if (signo == SIGTRAP)
        return PICK(trap_names, code);
    if (signo == SIGCHLD)
        return PICK(cld_names, code);
    if (signo == SIGSYS)
        return PICK(sys_names, code);
    /* Any other signal with a small positive code came from F_SETSIG. */
    if (signo >= 1 && signo <= SIGRTMAX && !has_own_codes(signo))
        return PICK(poll_names, code);
    return NULL;
}

int fdk_signal_code_name(int signo, int code, char *buf, size_t size)
{
    const char *name;
    size_t len;

    if (!buf)
        return -EINVAL;
    name = code_name(signo, code);
    if (!name)
        return -ENOENT;
    len = strlen(name);
    if (len >= size)
        return -ERANGE;
    memcpy(buf, name, len + 1);
    return (int)len;
}

/* ---- one-line description ---------------------------------------------- */

/* snprintf into a buffer that may be too small; len counts everything. */
struct out {
    char *buf;
    size_t size;
    size_t len;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
    va_list ap;
    char *dst = NULL;
    size_t room = 0;
    int n;

    if (o->len < o->size) {
        dst = o->buf + o->len;
        room = o->size - o->len;
    }
    va_start(ap, fmt);
    n = vsnprintf(dst, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        o->len += (size_t)n;
}

static const char *origin_text(enum fdk_sig_origin o)
{
    switch (o) {
    case FDK_SIG_FROM_KERNEL:
        return "kernel";
    case FDK_SIG_FROM_KILL:
        return "kill";
    case FDK_SIG_FROM_TKILL:
        return "tkill";
    case FDK_SIG_FROM_SIGQUEUE:
        return "sigqueue";
    case FDK_SIG_FROM_TIMER:
        return "timer";
    case FDK_SIG_FROM_MESGQ:
        return "mesgq";
    case FDK_SIG_FROM_ASYNCIO:
        return "asyncio";
    case FDK_SIG_FROM_SIGIO:
        return "sigio";
    case FDK_SIG_FROM_OTHER:
        break;
    }
    return "other";
}

/* "SIGTERM", or "signal 99" for a number that names nothing. */
static void put_signal(struct out *o, int signo)
{
    char name[32];

    if (fdk_signal_name(signo, name, sizeof(name)) >= 0)
        put(o, "%s", name);
    else
        put(o, "signal %d", signo);
}

static void put_child(struct out *o, const struct fdk_siginfo *in)
{
    const char *verb = NULL;

    put(o, "child %ld ", (long)in->pid);
    switch (in->detail.child.event) {
    case FDK_CHILD_EXITED:
        put(o, "exited with status %d", in->detail.child.status);
        return;
    case FDK_CHILD_CONTINUED:
        put(o, "continued");
        return;
    case FDK_CHILD_KILLED:
    case FDK_CHILD_DUMPED:
        verb = "killed by ";
        break;
    case FDK_CHILD_TRAPPED:
        verb = "trapped by ";
        break;
    case FDK_CHILD_STOPPED:
        verb = "stopped by ";
        break;
    case FDK_CHILD_NONE:
        put(o, "status %d", in->detail.child.status);
        return;
    }
    if (!verb) { /* a hand-filled record with an event fdkit does not define */
        put(o, "event %d, status %d", (int)in->detail.child.event, in->detail.child.status);
        return;
    }
    put(o, "%s", verb);
    put_signal(o, in->detail.child.status);
    if (in->detail.child.event == FDK_CHILD_DUMPED)
        put(o, " (core dumped)");
}

int fdk_signal_format(const struct fdk_siginfo *info, char *buf, size_t size)
{
    struct out o = {buf, size, 0};
    const char *cname;
    const char *sep = ": ";

    if (!info || (!buf && size > 0))
        return -EINVAL;
    if (size > 0)
        buf[0] = '\0';

    put_signal(&o, info->signo);
    cname = code_name(info->signo, info->code);
    if (cname)
        put(&o, " (%s)", cname);
    else
        put(&o, " (code %d)", info->code);
    put(&o, " from %s", origin_text(info->origin));
    if (info->has_sender && info->detail_kind != FDK_SIG_DETAIL_CHILD)
        put(&o, " by pid %ld uid %lu", (long)info->pid, (unsigned long)info->uid);

    switch (info->detail_kind) {
    case FDK_SIG_DETAIL_CHILD:
        put(&o, "%s", sep);
        put_child(&o, info);
        sep = ", ";
        break;
    case FDK_SIG_DETAIL_FAULT:
        put(&o, "%sfault at 0x%llx", sep, (unsigned long long)info->detail.fault.addr);
        if (info->detail.fault.trapno)
            put(&o, " trapno %d", info->detail.fault.trapno);
        if (info->detail.fault.addr_lsb)
            put(&o, " lsb %u", info->detail.fault.addr_lsb);
        sep = ", ";
        break;
    case FDK_SIG_DETAIL_IO:
        put(&o, "%sfd %d band 0x%lx", sep, info->detail.io.fd, (unsigned long)info->detail.io.band);
        sep = ", ";
        break;
    case FDK_SIG_DETAIL_SYS:
        put(&o, "%ssyscall %d arch 0x%x at 0x%llx", sep, info->detail.sys.syscall,
            info->detail.sys.arch, (unsigned long long)info->detail.sys.call_addr);
        sep = ", ";
        break;
    case FDK_SIG_DETAIL_TIMER:
        put(&o, "%stimer %d overrun %d", sep, info->detail.timer.timerid,
            info->detail.timer.overrun);
        sep = ", ";
        break;
    case FDK_SIG_DETAIL_NONE:
        break;
    }
    if (info->has_value) {
        put(&o, "%svalue %d (ptr 0x%llx)", sep, info->value_int,
            (unsigned long long)info->value_ptr);
        sep = ", ";
    }
    if (info->err)
        put(&o, "%serrno %d", sep, info->err);
    if (o.len > (size_t)INT_MAX)
        return -EOVERFLOW;
    return (int)o.len;
}
