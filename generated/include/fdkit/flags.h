/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/flags.h
 * Flag words as text: "EPOLLIN|EPOLLET" and back.
 */
#ifndef FDKIT_FLAGS_H
#define FDKIT_FLAGS_H

#include <fdkit/common.h>

FDK_BEGIN_DECLS

/**
 * The flag sets of every family, for fdk_flags_format() and fdk_flags_parse().
 * The values are stable (spec/registry/ids.yaml): never changed or reused.
 */
typedef enum fdk_flagset {
    FDK_FLAGSET_CHARDEV_OPEN = 0, /**< Flags for fdk_chardev_open(). */
    FDK_FLAGSET_EPOLL_OPEN = 1, /**< Flags for fdk_epoll_open(). */
    FDK_FLAGSET_EPOLL_EVENTS = 2, /**< Event bits for fdk_epoll_add() and fdk_epoll_modify(), and the bits reported by a wait. */
    FDK_FLAGSET_EVENTFD_OPEN = 3, /**< Flags for fdk_eventfd_open(). */
    FDK_FLAGSET_FANOTIFY_INIT = 4, /**< Flags for fdk_fanotify_open().  The class is a two-bit field: no class
bit is the notification class (FAN_CLASS_NOTIF is 0); CLASS_CONTENT
and CLASS_PRE_CONTENT may not be combined.
 */
    FDK_FLAGSET_FANOTIFY_EVENT_OPEN = 5, /**< How fdk_fanotify_open()'s groups open the descriptors events carry
(fanotify_init's event_f_flags).  No access bit is O_RDONLY.
O_CLOEXEC and, where the ABI has it, O_LARGEFILE are always added.
 */
    FDK_FLAGSET_FANOTIFY_MARK = 6, /**< Flags for fdk_fanotify_mark(): exactly one of MARK_ADD, MARK_REMOVE and
MARK_FLUSH, then what is marked (an inode when neither MARK_MOUNT nor
MARK_FILESYSTEM is given) and how.
 */
    FDK_FLAGSET_FANOTIFY_MASK = 7, /**< Events for fdk_fanotify_mark() and the bits event records report. */
    FDK_FLAGSET_FANOTIFY_RESPONSE = 8, /**< Answers to a permission event, for fdk_fanotify_respond(). */
    FDK_FLAGSET_FANOTIFY_INFO = 9, /**< Which information records an event carried (fdk_fanotify_next's info member). */
    FDK_FLAGSET_FIFO_OPEN = 10, /**< Flags for the fdk_fifo_open_*() calls. */
    FDK_FLAGSET_FILE_OPEN = 11, /**< Flags for fdk_file_open().  The access mode is RDONLY (0), WRONLY or RDWR. */
    FDK_FLAGSET_FILE_RESOLVE = 12, /**< Path-resolution rules for fdk_file_open() (openat2, Linux 5.6). */
    FDK_FLAGSET_FILE_ALLOCATE = 13, /**< Modes for fdk_file_allocate(). */
    FDK_FLAGSET_INOTIFY_OPEN = 14, /**< Flags for fdk_inotify_open(). */
    FDK_FLAGSET_INOTIFY_MASK = 15, /**< Watch masks for fdk_inotify_add() and the event bits records report. */
    FDK_FLAGSET_INOTIFY_TREE = 16, /**< Flags for fdk_inotify_tree_new(). */
    FDK_FLAGSET_INOTIFY_TREE_EVENT = 17, /**< What fdk_inotify_tree_read() says about an event besides its inotify bits. */
    FDK_FLAGSET_MQ_OPEN = 18, /**< Flags for fdk_mq_open(): exactly one of FDK_MQ_READ, FDK_MQ_WRITE and
FDK_MQ_RDWR, then CREATE, EXCL (with CREATE) and NONBLOCK.
 */
    FDK_FLAGSET_PIDFD_OPEN = 19, /**< Flags for fdk_pidfd_open(). */
    FDK_FLAGSET_PIDFD_WAIT = 20, /**< What fdk_pidfd_wait() reports, besides an exit. */
    FDK_FLAGSET_PIPE_OPEN = 21, /**< Flags for fdk_pipe_open(). */
    FDK_FLAGSET_SIGDISPATCH_WATCH = 22, /**< Flags for fdk_sigdispatch_on() and fdk_sigdispatch_set_action(). */
    FDK_FLAGSET_SIGNALFD_OPEN = 23, /**< Flags for fdk_signalfd_open(). */
    FDK_FLAGSET_SOCKET_OPEN = 24, /**< Flags for the socket constructors (listen, connect, bind, open, pair). */
    FDK_FLAGSET_SOCKET_SEND = 25, /**< Flags for the send calls. */
    FDK_FLAGSET_SOCKET_RECV = 26, /**< Flags for the receive calls. */
    FDK_FLAGSET_SPLICE_FLAGS = 27, /**< Flags for the splice calls. */
    FDK_FLAGSET_TIMERFD_OPEN = 28, /**< Flags for fdk_timerfd_open(). */
    FDK_FLAGSET_TIMERFD_SET = 29, /**< Flags for fdk_timerfd_set(). */
    FDK_FLAGSET_TTY_OPEN = 30, /**< Flags for fdk_tty_open() and fdk_tty_pty_open(). */
    FDK_FLAGSET_MEMFD_CREATE = 31, /**< Flags for fdk_memfd_create(). */
    FDK_FLAGSET_MEMFD_SEALS = 32, /**< File seals, for fdk_memfd_add_seals() and what fdk_memfd_get_seals() reports. */
    FDK_FLAGSET__COUNT = 33 /**< one past the highest value (it grows between versions) */
} fdk_flagset;

/**
 * Format value as the kernel names of its bits joined by '|', in spec order
 * ("EPOLLIN|EPOLLET"); bits no member names are added as one hexadecimal
 * term ("EPOLLIN|0x4000000"); 0 gives "0".  A multi-bit field (memfd's
 * huge page size) is printed as the name of the value it holds, or as hex.
 *
 * Like snprintf: writes at most size bytes including the terminating NUL
 * and returns the length of the whole text, so a return >= size means the
 * text was truncated.
 *
 * @return the text length, or -EINVAL for an unknown set or a NULL buf
 *         with size > 0.
 */
FDK_EXPORT int fdk_flags_format(fdk_flagset set, uint64_t value, char *buf, size_t size);

/**
 * Parse text made by fdk_flags_format(), or written by hand: terms joined by
 * '|' (blanks around them are allowed), each a kernel name ("EPOLLIN"), an
 * fdkit name ("FDK_EPOLL_IN") or a number in C notation ("0x10").
 *
 * @return 0 with *ret_value set, or -EINVAL (nothing written) for an unknown
 *         set, NULL arguments, empty text or terms, an unknown name, or two
 *         different values of one multi-bit field ("MFD_HUGE_2MB|MFD_HUGE_1GB").
 */
FDK_EXPORT int fdk_flags_parse(fdk_flagset set, const char *text, uint64_t *ret_value);

FDK_END_DECLS

#endif /* FDKIT_FLAGS_H */
