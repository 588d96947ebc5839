/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/signal-types.h
 * The decoded signal record and its enums, used by fdkit/signal.h and
 * fdkit/signalfd.h (included by them; never needed alone).
 *
 * The kernel describes a signal with a 128-byte record (siginfo_t, or
 * struct signalfd_siginfo from a signalfd) whose fields mean different things
 * for different signals and si_code values.  fdk_signal_decode() and fdk_signal_decode_siginfo() turn either
 * form into struct fdk_siginfo, where every field means one thing: who sent
 * the signal and how (origin, pid, uid), the value queued with it, and the
 * detail that belongs to that signal (a child's fate, a fault address, an I/O
 * band, a blocked system call).
 */
#ifndef FDKIT_SIGNAL_TYPES_H
#define FDKIT_SIGNAL_TYPES_H

#include <fdkit/common.h>

#include <stdint.h>
#include <sys/types.h>

FDK_BEGIN_DECLS

/** How a signal was sent (from si_code). */
enum fdk_sig_origin {
    FDK_SIG_FROM_KERNEL = 0, /**< the kernel: a fault, a child, I/O readiness, a full pipe... (si_code > 0) */
    FDK_SIG_FROM_KILL,       /**< kill(2) or a terminal key (SI_USER); glibc's raise(3) is tgkill, so FDK_SIG_FROM_TKILL */
    FDK_SIG_FROM_TKILL,      /**< tgkill(2) / tkill(2) / pthread_kill(3) (SI_TKILL) */
    FDK_SIG_FROM_SIGQUEUE,   /**< sigqueue(3) / rt_sigqueueinfo(2), with a value (SI_QUEUE) */
    FDK_SIG_FROM_TIMER,      /**< a POSIX timer expired (SI_TIMER) */
    FDK_SIG_FROM_MESGQ,      /**< a message arrived on an empty POSIX message queue (SI_MESGQ) */
    FDK_SIG_FROM_ASYNCIO,    /**< asynchronous I/O completed (SI_ASYNCIO) */
    FDK_SIG_FROM_SIGIO,      /**< queued SIGIO (SI_SIGIO) */
    FDK_SIG_FROM_OTHER       /**< any other negative si_code (SI_DETHREAD, SI_ASYNCNL, future codes) */
};

/** What happened to a child, for SIGCHLD and waitid(). */
enum fdk_child_event {
    FDK_CHILD_NONE = 0,  /**< not a child event */
    FDK_CHILD_EXITED,    /**< it called exit(); status is the exit code (CLD_EXITED) */
    FDK_CHILD_KILLED,    /**< a signal ended it; status is the signal (CLD_KILLED) */
    FDK_CHILD_DUMPED,    /**< a signal ended it with a core dump; status is the signal (CLD_DUMPED) */
    FDK_CHILD_TRAPPED,   /**< a traced child trapped; status is the signal (CLD_TRAPPED) */
    FDK_CHILD_STOPPED,   /**< it stopped; status is the stop signal (CLD_STOPPED) */
    FDK_CHILD_CONTINUED  /**< SIGCONT resumed it; status is SIGCONT (CLD_CONTINUED) */
};

/** Which member of fdk_siginfo.detail is meaningful. */
enum fdk_sig_detail {
    FDK_SIG_DETAIL_NONE = 0, /**< no per-signal detail */
    FDK_SIG_DETAIL_CHILD,    /**< detail.child: SIGCHLD sent by the kernel */
    FDK_SIG_DETAIL_FAULT,    /**< detail.fault: SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP sent by the kernel */
    FDK_SIG_DETAIL_IO,       /**< detail.io: SIGIO/SIGPOLL sent by the kernel */
    FDK_SIG_DETAIL_SYS,      /**< detail.sys: SIGSYS from seccomp */
    FDK_SIG_DETAIL_TIMER     /**< detail.timer: a POSIX timer (origin FDK_SIG_FROM_TIMER) */
};

/**
 * A decoded signal.  Fields that do not apply are 0; has_sender and
 * has_value say whether pid/uid and value_int/value_ptr were sent.
 */
struct fdk_siginfo {
    int signo;                 /**< the signal number */
    int code;                  /**< the raw si_code (fdk_signal_code_name() names it) */
    int err;                   /**< si_errno (rarely set) */
    unsigned char realtime;    /**< 1 for SIGRTMIN..SIGRTMAX */
    unsigned char has_sender;  /**< pid and uid are the sender's (kill, tkill, sigqueue, mesgq, asyncio, SIGCHLD's child) */
    unsigned char has_value;   /**< value_int / value_ptr carry a queued value (sigqueue, timer, mesgq, asyncio) */
    enum fdk_sig_origin origin;
    pid_t pid;                 /**< sending process, or the child for SIGCHLD */
    uid_t uid;                 /**< its real user id */
    int value_int;             /**< sival_int of the queued value */
    uint64_t value_ptr;        /**< sival_ptr of the queued value, as an integer */
    enum fdk_sig_detail detail_kind;
    union {
        struct {
            enum fdk_child_event event;
            int status;        /**< exit code (EXITED) or signal number (all others) */
            uint64_t utime;    /**< user CPU time in clock ticks (signalfd and queued SIGCHLD records; 0 from waitid) */
            uint64_t stime;    /**< system CPU time in clock ticks (likewise) */
        } child;
        struct {
            uint64_t addr;     /**< the faulting address (or instruction, for SIGILL/SIGFPE) */
            int trapno;        /**< trap number, where the architecture reports one */
            unsigned addr_lsb; /**< least significant bit of the address (BUS_MCEERR_*) */
        } fault;
        struct {
            long band;         /**< POLL_* band event bits */
            int fd;            /**< the descriptor that became ready */
        } io;
        struct {
            int syscall;       /**< the system call number seccomp stopped */
            unsigned arch;     /**< its AUDIT_ARCH_* value */
            uint64_t call_addr; /**< the address of the system call instruction */
        } sys;
        struct {
            int timerid;       /**< the kernel's timer id */
            int overrun;       /**< expirations lost since the signal was queued */
        } timer;
    } detail;
};

/** A thread's start routine, for fdk_signal_thread_create_blocked(). */
typedef void *(*fdk_thread_fn)(void *arg);

FDK_END_DECLS

#endif /* FDKIT_SIGNAL_TYPES_H */
