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

ssize_t fdk_fd_read(int fd, void *buf, size_t len)
{
    ssize_t n;

    if (fd < 0)
        return -EBADF;
    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return 0;
    do
        n = read(fd, buf, len);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return FDK__NERRNO();
    return n;
}

ssize_t fdk_fd_write(int fd, const void *buf, size_t len)
{
    ssize_t n;

    if (fd < 0)
        return -EBADF;
    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return 0;
    do
        n = write(fd, buf, len);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return FDK__NERRNO();
    return n;
}

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
        return FDK__NERRNO();
    return 0;
}
