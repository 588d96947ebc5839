/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/uio.h>

int fdk_fd_close(int *fd)
{
    int fd_;

    if (!fd)
        return -EINVAL;
    fd_ = *fd;
    if (fd_ < 0)
        return 0; /* already closed: a no-op, so close can be called twice */
    *fd = -1;
    /* Never retried: Linux frees the descriptor before close() can fail,
       so EINTR means closed and a retry could close another thread's fd. */
    if (close(fd_) < 0 && errno != EINTR)
        return FDK__NEG_ERRNO();
    return 0;
}

/*
 * The wrappers defined inline in fdkit/fd.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern ssize_t fdk_fd_read(int fd, void *buf, size_t len);
extern ssize_t fdk_fd_write(int fd, const void *buf, size_t len);
extern ssize_t fdk_fd_readv(int fd, const struct iovec *iov, int iovcnt);
extern ssize_t fdk_fd_writev(int fd, const struct iovec *iov, int iovcnt);
