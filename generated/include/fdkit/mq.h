/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/mq.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/mq.h
 * Kernel-held queues of discrete messages with priorities, named "/name" and shared between
 * processes. On Linux the queue descriptor is a file descriptor (close-on-exec always), so epoll
 * can wait on it: readable while the queue holds a message, writable while it is not full.
 * Messages come out highest priority first, oldest first within a priority. Every queue has a
 * maximum message count (maxmsg) and size (msgsize) fixed when it is made. The limits:
 * /proc/sys/fs/mqueue/msg_max and msgsize_max bound maxmsg and msgsize for a caller without
 * CAP_SYS_RESOURCE (-EINVAL), and queues_max the number of queues (-ENOSPC); RLIMIT_MSGQUEUE
 * bounds the bytes a user's queues may hold (-EMFILE from fdk_mq_open).
 *
 * See mq_overview(7).
 */
#ifndef FDKIT_MQ_H
#define FDKIT_MQ_H

#include <fdkit/common.h>
#include <stdbool.h>

#include <fcntl.h>
#include <mqueue.h>
#include <fdkit/mq-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * An open message queue. Owned by whoever opened or adopted it. `msgsize` is the queue's message
 * size, read when it was opened, so a receive can refuse a buffer too small for a message without
 * a system call; 0 for an adopted handle (the kernel then checks, with the same -EMSGSIZE).
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_mq_close() releases it.
 */
typedef struct fdk_mq {
    int fd;
    long msgsize; /**< the queue's msgsize (0 when adopted: not known) */
} fdk_mq;

/**
 * @name Flags for fdk_mq_open(): exactly one of FDK_MQ_READ, FDK_MQ_WRITE and
FDK_MQ_RDWR, then CREATE, EXCL (with CREATE) and NONBLOCK.

 * - FDK_MQ_READ: open for receiving only (O_RDONLY, which is 0: fdkit asks for it by name)
 * - FDK_MQ_WRITE: open for sending only
 * - FDK_MQ_RDWR: open for sending and receiving
 * - FDK_MQ_CREATE: create the queue if it does not exist, with mode and attr
 * - FDK_MQ_EXCL: with CREATE: -EEXIST if the queue exists
 * - FDK_MQ_NONBLOCK: sends to a full queue and receives from an empty one fail with -EAGAIN
 *   instead of waiting
 * - FDK_MQ_CLOEXEC: close on exec: the kernel always sets it on a queue descriptor; accepted for
 *   clarity
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_MQ_READ     0x40000000 /* fdkit's own bit */
#define FDK_MQ_WRITE    0x00000001
#define FDK_MQ_RDWR     0x00000002
#define FDK_MQ_CREATE   0x00000040
#define FDK_MQ_EXCL     0x00000080
#define FDK_MQ_NONBLOCK 0x00000800
#define FDK_MQ_CLOEXEC  0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_MQ_READ     0x40000000 /* fdkit's own bit */
#define FDK_MQ_WRITE    O_WRONLY
#define FDK_MQ_RDWR     O_RDWR
#define FDK_MQ_CREATE   O_CREAT
#define FDK_MQ_EXCL     O_EXCL
#define FDK_MQ_NONBLOCK O_NONBLOCK
#define FDK_MQ_CLOEXEC  O_CLOEXEC
#endif
/** Every bit fdk_mq accepts in this set. */
#define FDK_MQ_OPEN_ALL \
    (FDK_MQ_READ | FDK_MQ_WRITE | FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL | FDK_MQ_NONBLOCK | \
     FDK_MQ_CLOEXEC)
/** @} */

/**
 * Open (or with FDK_MQ_CREATE create) the queue called name, which fdk_mq_name_check() must
 * accept. A new queue gets mode less the umask, and attr's maxmsg and msgsize (attr NULL: the
 * system's defaults, /proc/sys/fs/mqueue/msg_default and msgsize_default); mode and attr are not
 * used when the queue exists. The queue's msgsize is read back into the handle.
 *
 * @param out    receives the handle (written only on success)
 * @param name   "/name": one leading slash, 1 to NAME_MAX bytes with no other slash
 * @param flags  FDK_MQ_READ, _WRITE or _RDWR, optionally | FDK_MQ_CREATE, _EXCL, _NONBLOCK
 * @param mode   permissions of a new queue (less the umask); not used without CREATE
 * @param attr   maxmsg and msgsize of a new queue (curmsgs and nonblock are not used), or NULL
 *               for the defaults
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. EINTR is
 * retried. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        the queue exists and mode does not allow the access asked for, or the caller
 *                  may not create it
 *   -EEXIST        FDK_MQ_CREATE | FDK_MQ_EXCL and the queue exists
 *   -EINVAL        out or name is NULL, name is not a valid queue name (fdk_mq_name_check says
 *                  why), flags lack an access mode, have two, have unknown bits or EXCL without
 *                  CREATE, or attr's maxmsg or msgsize is 0, negative, or above
 *                  /proc/sys/fs/mqueue/msg_max or msgsize_max for a caller without
 *                  CAP_SYS_RESOURCE
 *   -EMFILE        the per-process limit on open descriptors was reached, or the user's queues
 *                  would hold more bytes than RLIMIT_MSGQUEUE allows
 *   -ENAMETOOLONG  name is longer than NAME_MAX after its slash
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOENT        the queue does not exist and FDK_MQ_CREATE was not given
 *   -ENOMEM        not enough memory
 *   -ENOSPC        the system-wide limit on queues (/proc/sys/fs/mqueue/queues_max) was reached
 *   -ENOSYS        the kernel has no POSIX message queues (CONFIG_POSIX_MQUEUE)
 */
FDK_EXPORT int fdk_mq_open(fdk_mq *out, const char *name, int flags, mode_t mode, const struct fdk_mq_attr *attr);

/**
 * Check a queue name as fdk_mq_open() and fdk_mq_unlink() do before any system call: a leading
 * slash, then 1 to NAME_MAX bytes with no other slash, and not "." or "..". (The kernel would say
 * -EACCES for a second slash and -ENOENT for "/" alone; fdkit says -EINVAL, before any call.) On
 * failure *ret_why, when not NULL, says what is wrong.
 *
 * @param name     the name to check
 * @param ret_why  receives a static text naming the problem (written only on failure; may be
 *                 NULL)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL        name is NULL, does not start with a slash, is "/" alone, "/." or "/..", or
 *                  holds another slash
 *   -ENAMETOOLONG  more than NAME_MAX bytes after the slash
 */
FDK_EXPORT int fdk_mq_name_check(const char *name, const char **ret_why);

/**
 * Remove the queue's name; the queue itself lives on until its last descriptor is closed.
 *
 * @param name  the queue's name, checked as fdk_mq_name_check() does
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        the caller may not remove the queue
 *   -EINVAL        name is NULL or not a valid queue name
 *   -ENAMETOOLONG  name is longer than NAME_MAX after its slash
 *   -ENOENT        no queue has that name
 */
FDK_EXPORT int fdk_mq_unlink(const char *name);

/**
 * Queue one message of len bytes (0 is a real, empty message) with priority prio, larger first.
 * Blocks while the queue is full unless it is non-blocking (-EAGAIN); a signal handler ends the
 * wait with -EINTR.
 *
 * @param mq    the mq (borrowed)
 * @param msg   the message
 * @param len   its size, at most the queue's msgsize
 * @param prio  priority, below sysconf(_SC_MQ_PRIO_MAX) (32768 on Linux)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.6, glibc
 * 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN    the queue is full and non-blocking
 *   -EBADF     the handle is not open, or not open for writing
 *   -EINTR     a signal handler ran while waiting
 *   -EINVAL    msg is NULL with len > 0, or prio is sysconf(_SC_MQ_PRIO_MAX) or more
 *   -EMSGSIZE  len is larger than the queue's msgsize
 */
FDK_EXPORT int fdk_mq_send(fdk_mq mq, const void *msg, size_t len, unsigned int prio);

/**
 * fdk_mq_send() that waits for room at most until deadline, an absolute time on CLOCK_REALTIME
 * (the kernel's clock for message queues, so a change of the system time moves it), then fails
 * with -ETIMEDOUT. deadline NULL waits as long as it takes.
 *
 * @param mq        the mq (borrowed)
 * @param msg       the message
 * @param len       its size, at most the queue's msgsize
 * @param prio      priority, below sysconf(_SC_MQ_PRIO_MAX)
 * @param deadline  when to give up, on CLOCK_REALTIME; NULL: never
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.6, glibc
 * 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN     the queue is full and non-blocking
 *   -EBADF      the handle is not open, or not open for writing
 *   -EINTR      a signal handler ran while waiting
 *   -EINVAL     msg is NULL with len > 0, prio is too large, or deadline's tv_nsec is outside
 *               0..999999999
 *   -EMSGSIZE   len is larger than the queue's msgsize
 *   -ETIMEDOUT  the deadline passed with the queue still full
 */
FDK_EXPORT int fdk_mq_send_until(fdk_mq mq, const void *msg, size_t len, unsigned int prio, const struct timespec *deadline);

/**
 * Take the oldest message of the highest priority and return its size. len must be at least the
 * queue's msgsize, or the call is -EMSGSIZE without a system call (and nothing is taken). Blocks
 * while the queue is empty unless it is non-blocking (-EAGAIN); a signal handler ends the wait
 * with -EINTR.
 *
 * @param mq        the mq (borrowed)
 * @param buf       receives the message
 * @param len       room in buf, at least the queue's msgsize
 * @param ret_prio  receives the message's priority (may be NULL)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.6, glibc
 * 2.3.
 *
 * @return the message's size (0 for an empty message), or a negative errno:
 *   -EAGAIN    the queue is empty and non-blocking
 *   -EBADF     the handle is not open, or not open for reading
 *   -EINTR     a signal handler ran while waiting
 *   -EINVAL    buf is NULL
 *   -EMSGSIZE  len is smaller than the queue's msgsize
 */
FDK_EXPORT ssize_t fdk_mq_receive(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio);

/**
 * fdk_mq_receive() that waits for a message at most until deadline, an absolute time on
 * CLOCK_REALTIME, then fails with -ETIMEDOUT; deadline NULL waits as long as it takes.
 *
 * @param mq        the mq (borrowed)
 * @param buf       receives the message
 * @param len       room in buf, at least the queue's msgsize
 * @param ret_prio  receives the message's priority (may be NULL)
 * @param deadline  when to give up, on CLOCK_REALTIME; NULL: never
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.6, glibc
 * 2.3.
 *
 * @return the message's size (0 for an empty message), or a negative errno:
 *   -EAGAIN     the queue is empty and non-blocking
 *   -EBADF      the handle is not open, or not open for reading
 *   -EINTR      a signal handler ran while waiting
 *   -EINVAL     buf is NULL, or deadline's tv_nsec is outside 0..999999999
 *   -EMSGSIZE   len is smaller than the queue's msgsize
 *   -ETIMEDOUT  the deadline passed with the queue still empty
 */
FDK_EXPORT ssize_t fdk_mq_receive_until(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio, const struct timespec *deadline);

/**
 * The queue's limits, how many messages it holds now, and whether this descriptor is non-blocking.
 *
 * @param mq   the mq (borrowed)
 * @param out  receives the attributes (written only on success)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   the handle is not an open queue
 *   -EINVAL  out is NULL
 */
FDK_EXPORT int fdk_mq_get_attr(fdk_mq mq, struct fdk_mq_attr *out);

/**
 * Make sends and receives on this descriptor fail with -EAGAIN instead of waiting (on), or wait
 * again (off).
 *
 * @param mq      the mq (borrowed)
 * @param enable  true: non-blocking
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF  the handle is not an open queue
 */
FDK_EXPORT int fdk_mq_set_nonblock(fdk_mq mq, bool enable);

/**
 * How many messages the queue holds now (its message count; never derived from byte sizes).
 *
 * @param mq  the mq (borrowed)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return the number of messages in the queue, or a negative errno:
 *   -EBADF  the handle is not an open queue
 */
FDK_EXPORT int fdk_mq_depth(fdk_mq mq);

/**
 * 1 when the queue holds maxmsg messages (a send would wait or fail with -EAGAIN), 0 otherwise.
 *
 * @param mq  the mq (borrowed)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 1 when full, 0 when not, or a negative errno:
 *   -EBADF  the handle is not an open queue
 */
FDK_EXPORT int fdk_mq_is_full(fdk_mq mq);

/**
 * 1 when the queue holds no message (a receive would wait or fail with -EAGAIN), 0 otherwise.
 *
 * @param mq  the mq (borrowed)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 1 when empty, 0 when not, or a negative errno:
 *   -EBADF  the handle is not an open queue
 */
FDK_EXPORT int fdk_mq_is_empty(fdk_mq mq);

/**
 * Ask for signal signo, carrying value in si_value.sival_int (si_code SI_MESGQ), when a message
 * arrives in the empty queue and no process is blocked receiving. One process per queue holds the
 * registration, and it is removed once the signal is sent: register again to hear of the next
 * message.
 *
 * @param mq     the mq (borrowed)
 * @param signo  the signal (1..SIGRTMAX)
 * @param value  si_value.sival_int of the signal
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   the handle is not an open queue
 *   -EBUSY   another process (or another descriptor of this one) holds the queue's registration:
 *            it must remove it, or receive its notification, first
 *   -EINVAL  signo is not a valid signal
 */
FDK_EXPORT int fdk_mq_notify_signal(fdk_mq mq, int signo, int value);

/**
 * Hold the queue's registration without being told anything (SIGEV_NONE): keeps other processes
 * from registering.
 *
 * @param mq  the mq (borrowed)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF  the handle is not an open queue
 *   -EBUSY  another process holds the queue's registration
 */
FDK_EXPORT int fdk_mq_notify_none(fdk_mq mq);

/**
 * Give up this process's registration (0 also when it held none).
 *
 * @param mq  the mq (borrowed)
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF  the handle is not an open queue
 */
FDK_EXPORT int fdk_mq_notify_remove(fdk_mq mq);

/**
 * Close the mq, release what it holds, and set its fd to -1. A no-op returning 0 when the fd is
 * already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.6, glibc 2.3.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_mq_close(fdk_mq *h);

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the handle empty. The state
 * the handle carries is freed without acting on it (a socket's bound path is not unlinked, for
 * one).
 *
 * @param h  handle to empty; its fd is set to -1
 *
 * Never blocks. Since Linux 2.6.6, glibc 2.3.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  h is NULL
 */
FDK_EXPORT int fdk_mq_release(fdk_mq *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_mq fdk_mq_adopt(int fd)
{
    fdk_mq h;
    h.fd = fd;
    h.msgsize = 0;
    return h;
}

FDK_END_DECLS

#endif /* FDKIT_MQ_H */
