/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/eventfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/eventfd.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef EFD_SEMAPHORE
_Static_assert(FDK_EVENTFD_SEMAPHORE == EFD_SEMAPHORE, "EFD_SEMAPHORE differs from spec/abi/");
#endif
#ifdef EFD_NONBLOCK
_Static_assert(FDK_EVENTFD_NONBLOCK == EFD_NONBLOCK, "EFD_NONBLOCK differs from spec/abi/");
#endif
#ifdef EFD_CLOEXEC
_Static_assert(FDK_EVENTFD_CLOEXEC == EFD_CLOEXEC, "EFD_CLOEXEC differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_eventfd, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_EVENTFD_NONBLOCK == O_NONBLOCK, "EFD_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_EVENTFD_CLOEXEC == O_CLOEXEC, "EFD_CLOEXEC must equal O_CLOEXEC");

int fdk_eventfd_open(fdk_eventfd *out, unsigned int initval, int flags)
{
    int r;

    if (!out)
        return -EINVAL;
    if (flags & ~FDK_EVENTFD_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    r = eventfd(initval, flags | FDK_EVENTFD_CLOEXEC);
    if (r < 0)
        return FDK__NEG_ERRNO();
    out->fd = r;
    return 0;
}

int fdk_eventfd_close(fdk_eventfd *h)
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
 * The wrappers defined inline in fdkit/eventfd.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern int fdk_eventfd_read(fdk_eventfd ev, uint64_t *value);
extern int fdk_eventfd_write(fdk_eventfd ev, uint64_t value);
