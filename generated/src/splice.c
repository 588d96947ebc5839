/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/splice.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/uio.h>
#include <poll.h>
#include <time.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef SPLICE_F_MOVE
_Static_assert(FDK_SPLICE_MOVE == SPLICE_F_MOVE, "SPLICE_F_MOVE differs from spec/abi/");
#endif
#ifdef SPLICE_F_NONBLOCK
_Static_assert(FDK_SPLICE_NONBLOCK == SPLICE_F_NONBLOCK, "SPLICE_F_NONBLOCK differs from spec/abi/");
#endif
#ifdef SPLICE_F_MORE
_Static_assert(FDK_SPLICE_MORE == SPLICE_F_MORE, "SPLICE_F_MORE differs from spec/abi/");
#endif
#ifdef SPLICE_F_GIFT
_Static_assert(FDK_SPLICE_GIFT == SPLICE_F_GIFT, "SPLICE_F_GIFT differs from spec/abi/");
#endif
#endif

/* The argument checks of fdk_splice_vmsplice(), which runtime/ writes: called before any system call. */
int fdk__splice_vmsplice_validate(int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags)
{
    if (fd < 0)
        return -EBADF;
    if (!iov && nr_segs > 0)
        return -EINVAL;
    if (nr_segs > FDK__IOV_MAX)
        return -EINVAL;
    if (flags & ~FDK_SPLICE_FLAGS_ALL)
        return -EINVAL; /* unknown bits */
    return 0;
}

/*
 * The wrappers defined inline in fdkit/splice.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern ssize_t fdk_splice_once(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len, unsigned int flags);
extern ssize_t fdk_splice_tee(int fd_in, int fd_out, size_t len, unsigned int flags);
