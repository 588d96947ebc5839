/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <string.h>

static const struct fdk__flag_name names_epoll_open[] = {
    {(uint64_t)FDK_EPOLL_CLOEXEC, "EPOLL_CLOEXEC", "FDK_EPOLL_CLOEXEC"},
};

static const struct fdk__flag_name names_epoll_events[] = {
    {(uint64_t)FDK_EPOLL_IN, "EPOLLIN", "FDK_EPOLL_IN"},
    {(uint64_t)FDK_EPOLL_PRI, "EPOLLPRI", "FDK_EPOLL_PRI"},
    {(uint64_t)FDK_EPOLL_OUT, "EPOLLOUT", "FDK_EPOLL_OUT"},
    {(uint64_t)FDK_EPOLL_ERR, "EPOLLERR", "FDK_EPOLL_ERR"},
    {(uint64_t)FDK_EPOLL_HUP, "EPOLLHUP", "FDK_EPOLL_HUP"},
    {(uint64_t)FDK_EPOLL_RDNORM, "EPOLLRDNORM", "FDK_EPOLL_RDNORM"},
    {(uint64_t)FDK_EPOLL_RDBAND, "EPOLLRDBAND", "FDK_EPOLL_RDBAND"},
    {(uint64_t)FDK_EPOLL_WRNORM, "EPOLLWRNORM", "FDK_EPOLL_WRNORM"},
    {(uint64_t)FDK_EPOLL_WRBAND, "EPOLLWRBAND", "FDK_EPOLL_WRBAND"},
    {(uint64_t)FDK_EPOLL_MSG, "EPOLLMSG", "FDK_EPOLL_MSG"},
    {(uint64_t)FDK_EPOLL_RDHUP, "EPOLLRDHUP", "FDK_EPOLL_RDHUP"},
    {(uint64_t)FDK_EPOLL_EXCLUSIVE, "EPOLLEXCLUSIVE", "FDK_EPOLL_EXCLUSIVE"},
    {(uint64_t)FDK_EPOLL_WAKEUP, "EPOLLWAKEUP", "FDK_EPOLL_WAKEUP"},
    {(uint64_t)FDK_EPOLL_ONESHOT, "EPOLLONESHOT", "FDK_EPOLL_ONESHOT"},
    {(uint64_t)FDK_EPOLL_ET, "EPOLLET", "FDK_EPOLL_ET"},
};

static const struct fdk__flag_name names_eventfd_open[] = {
    {(uint64_t)FDK_EVENTFD_SEMAPHORE, "EFD_SEMAPHORE", "FDK_EVENTFD_SEMAPHORE"},
    {(uint64_t)FDK_EVENTFD_NONBLOCK, "EFD_NONBLOCK", "FDK_EVENTFD_NONBLOCK"},
    {(uint64_t)FDK_EVENTFD_CLOEXEC, "EFD_CLOEXEC", "FDK_EVENTFD_CLOEXEC"},
};

static const struct fdk__flag_name names_timerfd_open[] = {
    {(uint64_t)FDK_TIMERFD_NONBLOCK, "TFD_NONBLOCK", "FDK_TIMERFD_NONBLOCK"},
    {(uint64_t)FDK_TIMERFD_CLOEXEC, "TFD_CLOEXEC", "FDK_TIMERFD_CLOEXEC"},
};

static const struct fdk__flag_name names_timerfd_set[] = {
    {(uint64_t)FDK_TIMERFD_ABSTIME, "TFD_TIMER_ABSTIME", "FDK_TIMERFD_ABSTIME"},
    {(uint64_t)FDK_TIMERFD_CANCEL_ON_SET, "TFD_TIMER_CANCEL_ON_SET", "FDK_TIMERFD_CANCEL_ON_SET"},
};

const struct fdk__flagset_info fdk__flagsets[] = {
    [FDK_FLAGSET_EPOLL_OPEN] = {"epoll.open", names_epoll_open, 1,
                              (uint64_t)FDK_EPOLL_OPEN_ALL},
    [FDK_FLAGSET_EPOLL_EVENTS] = {"epoll.events", names_epoll_events, 15,
                                (uint64_t)FDK_EPOLL_EVENTS_ALL},
    [FDK_FLAGSET_EVENTFD_OPEN] = {"eventfd.open", names_eventfd_open, 3,
                                (uint64_t)FDK_EVENTFD_OPEN_ALL},
    [FDK_FLAGSET_TIMERFD_OPEN] = {"timerfd.open", names_timerfd_open, 2,
                                (uint64_t)FDK_TIMERFD_OPEN_ALL},
    [FDK_FLAGSET_TIMERFD_SET] = {"timerfd.set", names_timerfd_set, 2,
                               (uint64_t)FDK_TIMERFD_SET_ALL},
};

const size_t fdk__flagsets_count = FDK_FLAGSET__COUNT;

const char *fdk_fd_kind_name(enum fdk_fd_kind kind)
{
    static const char *const names[] = {
        [FDK_FD_KIND_UNKNOWN] = "unknown",
        [FDK_FD_KIND_REGULAR] = "regular",
        [FDK_FD_KIND_DIRECTORY] = "directory",
        [FDK_FD_KIND_CHAR_DEVICE] = "char_device",
        [FDK_FD_KIND_BLOCK_DEVICE] = "block_device",
        [FDK_FD_KIND_FIFO] = "fifo",
        [FDK_FD_KIND_PIPE] = "pipe",
        [FDK_FD_KIND_SOCKET] = "socket",
        [FDK_FD_KIND_SYMLINK] = "symlink",
        [FDK_FD_KIND_EVENTFD] = "eventfd",
        [FDK_FD_KIND_TIMERFD] = "timerfd",
        [FDK_FD_KIND_SIGNALFD] = "signalfd",
        [FDK_FD_KIND_EPOLL] = "epoll",
        [FDK_FD_KIND_INOTIFY] = "inotify",
        [FDK_FD_KIND_FANOTIFY] = "fanotify",
        [FDK_FD_KIND_PIDFD] = "pidfd",
        [FDK_FD_KIND_MEMFD] = "memfd",
        [FDK_FD_KIND_OTHER_ANON] = "other_anon",
    };

    if ((unsigned)kind >= FDK_FD_KIND__COUNT)
        return "unknown";
    return names[kind];
}

enum fdk_fd_kind fdk__fd_kind_from_link(const char *link)
{
    /* readlink("/proc/self/fd/N") texts, in order; the first match wins. */
    static const struct {
        const char *text;
        int prefix; /* 1: text is a prefix of the link, 0: the whole link */
        enum fdk_fd_kind kind;
    } links[] = {
        {"pipe:", 1, FDK_FD_KIND_PIPE},
        {"socket:", 1, FDK_FD_KIND_SOCKET},
        {"anon_inode:[eventfd]", 0, FDK_FD_KIND_EVENTFD},
        {"anon_inode:[timerfd]", 0, FDK_FD_KIND_TIMERFD},
        {"anon_inode:[signalfd]", 0, FDK_FD_KIND_SIGNALFD},
        {"anon_inode:[eventpoll]", 0, FDK_FD_KIND_EPOLL},
        {"anon_inode:inotify", 0, FDK_FD_KIND_INOTIFY},
        {"anon_inode:[fanotify]", 0, FDK_FD_KIND_FANOTIFY},
        {"anon_inode:[pidfd]", 0, FDK_FD_KIND_PIDFD},
        {"pidfd:", 1, FDK_FD_KIND_PIDFD},
        {"anon_inode:", 1, FDK_FD_KIND_OTHER_ANON},
    };
    size_t i;

    if (!link)
        return FDK_FD_KIND_UNKNOWN;
    for (i = 0; i < sizeof links / sizeof links[0]; i++) {
        if (links[i].prefix ? strncmp(link, links[i].text, strlen(links[i].text)) == 0
                            : strcmp(link, links[i].text) == 0)
            return links[i].kind;
    }
    return FDK_FD_KIND_UNKNOWN;
}
