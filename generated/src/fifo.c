/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fifo.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/stat.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef O_NONBLOCK
_Static_assert(FDK_FIFO_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef O_CLOEXEC
_Static_assert(FDK_FIFO_CLOEXEC == O_CLOEXEC, "O_CLOEXEC differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_fifo, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_FIFO_NONBLOCK == O_NONBLOCK, "O_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_FIFO_CLOEXEC == O_CLOEXEC, "O_CLOEXEC must equal O_CLOEXEC");

int fdk_fifo_close(fdk_fifo *h)
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
 * The wrappers defined inline in fdkit/fifo.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern int fdk_fifo_create(int dirfd, const char *path, mode_t mode);
