/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/epoll.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/epoll.h>
#include <signal.h>
#include <time.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef EPOLL_CLOEXEC
_Static_assert(FDK_EPOLL_CLOEXEC == EPOLL_CLOEXEC, "EPOLL_CLOEXEC differs from spec/abi/");
#endif
#ifdef EPOLLIN
_Static_assert(FDK_EPOLL_IN == EPOLLIN, "EPOLLIN differs from spec/abi/");
#endif
#ifdef EPOLLPRI
_Static_assert(FDK_EPOLL_PRI == EPOLLPRI, "EPOLLPRI differs from spec/abi/");
#endif
#ifdef EPOLLOUT
_Static_assert(FDK_EPOLL_OUT == EPOLLOUT, "EPOLLOUT differs from spec/abi/");
#endif
#ifdef EPOLLERR
_Static_assert(FDK_EPOLL_ERR == EPOLLERR, "EPOLLERR differs from spec/abi/");
#endif
#ifdef EPOLLHUP
_Static_assert(FDK_EPOLL_HUP == EPOLLHUP, "EPOLLHUP differs from spec/abi/");
#endif
#ifdef EPOLLRDNORM
_Static_assert(FDK_EPOLL_RDNORM == EPOLLRDNORM, "EPOLLRDNORM differs from spec/abi/");
#endif
#ifdef EPOLLRDBAND
_Static_assert(FDK_EPOLL_RDBAND == EPOLLRDBAND, "EPOLLRDBAND differs from spec/abi/");
#endif
#ifdef EPOLLWRNORM
_Static_assert(FDK_EPOLL_WRNORM == EPOLLWRNORM, "EPOLLWRNORM differs from spec/abi/");
#endif
#ifdef EPOLLWRBAND
_Static_assert(FDK_EPOLL_WRBAND == EPOLLWRBAND, "EPOLLWRBAND differs from spec/abi/");
#endif
#ifdef EPOLLMSG
_Static_assert(FDK_EPOLL_MSG == EPOLLMSG, "EPOLLMSG differs from spec/abi/");
#endif
#ifdef EPOLLRDHUP
_Static_assert(FDK_EPOLL_RDHUP == EPOLLRDHUP, "EPOLLRDHUP differs from spec/abi/");
#endif
#ifdef EPOLLEXCLUSIVE
_Static_assert(FDK_EPOLL_EXCLUSIVE == EPOLLEXCLUSIVE, "EPOLLEXCLUSIVE differs from spec/abi/");
#endif
#ifdef EPOLLWAKEUP
_Static_assert(FDK_EPOLL_WAKEUP == EPOLLWAKEUP, "EPOLLWAKEUP differs from spec/abi/");
#endif
#ifdef EPOLLONESHOT
_Static_assert(FDK_EPOLL_ONESHOT == EPOLLONESHOT, "EPOLLONESHOT differs from spec/abi/");
#endif
#ifdef EPOLLET
_Static_assert(FDK_EPOLL_ET == EPOLLET, "EPOLLET differs from spec/abi/");
#endif
#ifndef EPOLL_CTL_ADD
#define EPOLL_CTL_ADD 1
#else
_Static_assert(EPOLL_CTL_ADD == 1, "EPOLL_CTL_ADD differs from spec/abi/");
#endif
#ifndef EPOLL_CTL_MOD
#define EPOLL_CTL_MOD 3
#else
_Static_assert(EPOLL_CTL_MOD == 3, "EPOLL_CTL_MOD differs from spec/abi/");
#endif
#ifndef EPOLL_CTL_DEL
#define EPOLL_CTL_DEL 2
#else
_Static_assert(EPOLL_CTL_DEL == 2, "EPOLL_CTL_DEL differs from spec/abi/");
#endif
#ifndef EPIOCSPARAMS
#define EPIOCSPARAMS 1074301441
#else
_Static_assert(EPIOCSPARAMS == 1074301441, "EPIOCSPARAMS differs from spec/abi/");
#endif
#ifndef EPIOCGPARAMS
#define EPIOCGPARAMS 0x80088a02u
#else
_Static_assert(EPIOCGPARAMS == 0x80088a02u, "EPIOCGPARAMS differs from spec/abi/");
#endif
_Static_assert(offsetof(struct epoll_event, events) == 0, "struct epoll_event.events: offset differs from spec/abi/");
#if defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_ARM) || defined(FDK__ARCH_RISCV64)
_Static_assert(sizeof(struct epoll_event) == 16, "struct epoll_event: size differs from spec/abi/");
_Static_assert(offsetof(struct epoll_event, data) == 8, "struct epoll_event.data: offset differs from spec/abi/");
#elif defined(FDK__ARCH_I386) || defined(FDK__ARCH_X86_64)
_Static_assert(sizeof(struct epoll_event) == 12, "struct epoll_event: size differs from spec/abi/");
_Static_assert(offsetof(struct epoll_event, data) == 4, "struct epoll_event.data: offset differs from spec/abi/");
#endif
#else /* an architecture without a lock: the system headers' values */
#ifndef EPIOCGPARAMS /* newer than these headers */
#if defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#define EPIOCGPARAMS 1074301442
#elif defined(__mips64)
#define EPIOCGPARAMS 1074301442
#else
#define EPIOCGPARAMS 0x80088a02u
#endif
#endif
#ifndef EPIOCSPARAMS /* newer than these headers */
#if defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#define EPIOCSPARAMS 0x80088a01u
#elif defined(__mips64)
#define EPIOCSPARAMS 0x80088a01u
#else
#define EPIOCSPARAMS 1074301441
#endif
#endif
#endif

_Static_assert(offsetof(fdk_epoll, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_EPOLL_CLOEXEC == O_CLOEXEC, "EPOLL_CLOEXEC must equal O_CLOEXEC");

/* The argument checks of fdk_epoll_registrations(), which runtime/ writes: called before any system call. */
int fdk__epoll_registrations_validate(fdk_epoll ep, struct fdk_epoll_registration *regs, size_t max)
{
    if (ep.fd < 0)
        return -EBADF;
    if (!regs)
        return -EINVAL;
    if (max <= 0)
        return -EINVAL;
    return 0;
}

int fdk_epoll_open(fdk_epoll *out, int flags)
{
    int r;

    if (!out)
        return -EINVAL;
    if (flags & ~FDK_EPOLL_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    r = epoll_create1(flags | FDK_EPOLL_CLOEXEC);
    if (r < 0)
        return FDK__NEG_ERRNO();
    out->fd = r;
    return 0;
}

int fdk_epoll_add(fdk_epoll ep, int fd, uint32_t events, uint64_t token)
{
    int r;
    struct epoll_event ev = {.events = events, .data.u64 = token};

    if (ep.fd < 0)
        return -EBADF;
    if (fd < 0)
        return -EBADF;
    if (events & ~FDK_EPOLL_EVENTS_ALL)
        return -EINVAL; /* unknown bits */
    if ((events & FDK_EPOLL_EXCLUSIVE) && (events & ~(FDK_EPOLL_IN | FDK_EPOLL_OUT | FDK_EPOLL_ERR |
        FDK_EPOLL_HUP | FDK_EPOLL_WAKEUP | FDK_EPOLL_ET | FDK_EPOLL_EXCLUSIVE)))
        return -EINVAL; /* bits not allowed with EPOLLEXCLUSIVE */
    r = epoll_ctl(ep.fd, EPOLL_CTL_ADD, fd, &ev);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_epoll_modify(fdk_epoll ep, int fd, uint32_t events, uint64_t token)
{
    int r;
    struct epoll_event ev = {.events = events, .data.u64 = token};

    if (ep.fd < 0)
        return -EBADF;
    if (fd < 0)
        return -EBADF;
    if (events & ~FDK_EPOLL_EVENTS_ALL)
        return -EINVAL; /* unknown bits */
    if (events & FDK_EPOLL_EXCLUSIVE)
        return -EINVAL; /* EPOLLEXCLUSIVE is only valid in fdk_epoll_add() */
    r = epoll_ctl(ep.fd, EPOLL_CTL_MOD, fd, &ev);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_epoll_delete(fdk_epoll ep, int fd)
{
    int r;

    if (ep.fd < 0)
        return -EBADF;
    if (fd < 0)
        return -EBADF;
    r = epoll_ctl(ep.fd, EPOLL_CTL_DEL, fd, NULL);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_epoll_set_busy_poll(fdk_epoll ep, const struct fdk_epoll_busy_poll *params)
{
    int r;

    if (ep.fd < 0)
        return -EBADF;
    if (!params)
        return -EINVAL;
    r = ioctl(ep.fd, EPIOCSPARAMS, params);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_epoll_get_busy_poll(fdk_epoll ep, struct fdk_epoll_busy_poll *params)
{
    int r;

    if (ep.fd < 0)
        return -EBADF;
    if (!params)
        return -EINVAL;
    r = ioctl(ep.fd, EPIOCGPARAMS, params);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_epoll_close(fdk_epoll *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    fd_ = h->fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    h->fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

/*
 * The wrappers defined inline in fdkit/epoll.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern int fdk_epoll_wait(fdk_epoll ep, struct epoll_event *events, int max, int timeout_ms);
extern int fdk_epoll_pwait(fdk_epoll ep, struct epoll_event *events, int max, int timeout_ms, const sigset_t *mask);
