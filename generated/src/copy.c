/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/copy.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <poll.h>
#include <time.h>

ssize_t fdk_copy_range(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len)
{
    ssize_t n;

    if (fd_in < 0)
        return -EBADF;
    if (fd_out < 0)
        return -EBADF;
    do
        n = copy_file_range(fd_in, off_in, fd_out, off_out, len, 0);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return FDK__NERRNO();
    return n;
}
