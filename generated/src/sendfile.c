/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sendfile.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/sendfile.h>
#include <poll.h>
#include <time.h>

ssize_t fdk_sendfile_once(int in_fd, int64_t *offset, int out_fd, size_t len)
{
    ssize_t n;

    if (in_fd < 0)
        return -EBADF;
    if (out_fd < 0)
        return -EBADF;
    do
        n = sendfile(out_fd, in_fd, offset, len);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return FDK__NERRNO();
    return n;
}
