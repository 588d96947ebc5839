/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/fdinfo-types.h
 * What /proc/PID/fdinfo/FD says about a descriptor (fdk_fdinfo_read()).
 */
#ifndef FDKIT_FDINFO_TYPES_H
#define FDKIT_FDINFO_TYPES_H

#include <fdkit/common.h> /* FDK__VIS_TIMESPEC */
#include <stddef.h>
#include <stdint.h>
#include <time.h>

FDK_BEGIN_DECLS

/** Which members of struct fdk_fdinfo the file had (its `have` member). */
enum fdk_fdinfo_have {
    FDK_FDINFO_HAVE_POS = 1u << 0,      /**< pos */
    FDK_FDINFO_HAVE_FLAGS = 1u << 1,    /**< flags */
    FDK_FDINFO_HAVE_MNT_ID = 1u << 2,   /**< mnt_id */
    FDK_FDINFO_HAVE_INO = 1u << 3,      /**< ino */
    FDK_FDINFO_HAVE_EVENTFD = 1u << 4,  /**< eventfd_count, and eventfd_id / eventfd_semaphore where given */
    FDK_FDINFO_HAVE_TIMERFD = 1u << 5,  /**< timerfd_clockid, _ticks, _settime_flags, _value, _interval */
    FDK_FDINFO_HAVE_SIGMASK = 1u << 6,  /**< sigmask (signalfd) */
    FDK_FDINFO_HAVE_PID = 1u << 7,      /**< pid and nspid (pidfd) */
    FDK_FDINFO_HAVE_FANOTIFY = 1u << 8, /**< fanotify_flags, fanotify_event_flags */
};

/**
 * The lines of an fdinfo file every kind has, and the single-valued ones of
 * eventfd, timerfd, signalfd, pidfd and fanotify.  Lines that repeat (epoll
 * registrations, inotify watches, fanotify marks) and lines fdkit does not
 * know come from fdk_fdinfo_next().  Owns a copy of the text:
 * fdk_fdinfo_free() releases it.
 *
 * It holds struct timespec members, which strict C99 (-std=c99 with no
 * feature macro) does not define: there the struct is only declared, and
 * _POSIX_C_SOURCE=200809L or C11 brings in its members.
 */
#if FDK__VIS_TIMESPEC
struct fdk_fdinfo {
    uint32_t have;                     /**< FDK_FDINFO_HAVE_* bits: which members the text had */
    uint64_t pos;                      /**< file position */
    int flags;                         /**< open flags (O_RDWR, O_NONBLOCK, O_CLOEXEC...; the file writes them in octal) */
    int mnt_id;                        /**< mount id (as in /proc/self/mountinfo) */
    uint64_t ino;                      /**< inode number */
    uint64_t eventfd_count;            /**< eventfd: the counter */
    int eventfd_id;                    /**< eventfd: its id (-1 when not given) */
    int eventfd_semaphore;             /**< eventfd: 1 in semaphore mode, 0 not, -1 when not given */
    int timerfd_clockid;               /**< timerfd: its clock (CLOCK_MONOTONIC...) */
    uint64_t timerfd_ticks;            /**< timerfd: expirations the kernel has counted and not yet read (a periodic timer's missed periods are counted only when it is read) */
    int timerfd_settime_flags;         /**< timerfd: flags of its last settime (TFD_TIMER_ABSTIME...) */
    struct timespec timerfd_value;     /**< timerfd: time to the next expiration (0: disarmed) */
    struct timespec timerfd_interval;  /**< timerfd: the period (0: one-shot) */
    uint64_t sigmask;                  /**< signalfd: its signals, bit n-1 for signal n */
    int pid;                           /**< pidfd: the process, as the reader's pid namespace sees it (-1 when it exited) */
    int nspid[4];                      /**< pidfd: its pid in each nested namespace, outermost first */
    int nspid_count;                   /**< pidfd: how many nspid holds */
    unsigned int fanotify_flags;       /**< fanotify: the group's init flags (FAN_CLASS..., FAN_REPORT_...) */
    unsigned int fanotify_event_flags; /**< fanotify: the event_f_flags of its event descriptors */
    char *text;                        /**< the whole file, NUL-terminated (owned) */
    size_t text_len;                   /**< bytes of text before its NUL */
};
#else
struct fdk_fdinfo;
#endif

/** What a line fdk_fdinfo_next() returns is. */
enum fdk_fdinfo_entry_kind {
    FDK_FDINFO_ENTRY_OTHER = 0,           /**< a line fdkit does not decode (a newer kernel's, or a kind without a decoder): see line */
    FDK_FDINFO_ENTRY_EPOLL = 1,           /**< an epoll registration: tfd, events, data, target_pos, ino, sdev */
    FDK_FDINFO_ENTRY_INOTIFY = 2,         /**< an inotify watch: wd, ino, sdev, mask, ignored_mask */
    FDK_FDINFO_ENTRY_FANOTIFY_INODE = 3,  /**< a fanotify inode mark: ino, sdev, mflags, mask, ignored_mask */
    FDK_FDINFO_ENTRY_FANOTIFY_MOUNT = 4,  /**< a fanotify mount mark: mnt_id, mflags, mask, ignored_mask */
    FDK_FDINFO_ENTRY_FANOTIFY_FS = 5,     /**< a fanotify file-system mark: sdev, mflags, mask, ignored_mask */
};

/** One line of an fdinfo file beyond those struct fdk_fdinfo holds. */
struct fdk_fdinfo_entry {
    enum fdk_fdinfo_entry_kind kind; /**< what the line is */
    int tfd;                /**< epoll: the registered descriptor's number (in the epoll owner's table) */
    uint32_t events;        /**< epoll: the registered events (EPOLLIN...) */
    uint64_t data;          /**< epoll: the registration's 64-bit data */
    int64_t target_pos;     /**< epoll: the registered file's position (0 where the kernel does not write it) */
    int wd;                 /**< inotify: the watch descriptor */
    int mnt_id;             /**< fanotify mount mark: the mount id */
    uint64_t ino;           /**< epoll: the registered file's inode (0 where not written); inotify, fanotify inode mark: the watched inode */
    uint32_t sdev;          /**< epoll, inotify, fanotify inode and file-system marks: the device (kernel encoding) */
    uint64_t mask;          /**< inotify, fanotify: the events watched */
    uint64_t ignored_mask;  /**< inotify, fanotify: the events ignored */
    uint32_t mflags;        /**< fanotify: the mark's flags */
    const char *line;       /**< the line, not NUL-terminated (points into the fdk_fdinfo's text) */
    size_t line_len;        /**< its length, without the newline */
};

FDK_END_DECLS

#endif /* FDKIT_FDINFO_TYPES_H */
