/* SPDX-License-Identifier: MIT */
/*
 * Character devices: open with a type check, and the ioctl pass-through.
 * mknodat and closing are generated from spec/chardev.yaml; reads and writes
 * go through the fdk_fd_* layer.
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

int fdk_chardev_open(fdk_chardev *out, int dirfd, const char *path, int access, int flags)
{
    int fd, err;

    if (!out)
        return -EINVAL;
    if (dirfd < 0 && dirfd != AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (access != FDK_CHARDEV_RDONLY && access != FDK_CHARDEV_WRONLY && access != FDK_CHARDEV_RDWR)
        return -EINVAL;
    if (flags & ~FDK_CHARDEV_OPEN_ALL)
        return -EINVAL;

    /*
     * Check the type before opening (opening a FIFO would wait for a peer)
     * and after it.  O_NOCTTY: opening a terminal must never make it the
     * controlling tty of the process behind the caller's back.  EINTR is not
     * retried: it only comes from an open that waits (a serial line without
     * carrier).
     */
    err = fdk__open_typed(dirfd, path, access | flags, S_IFCHR, ENODEV, 0, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_chardev_ioctl(fdk_chardev h, unsigned long request, void *arg)
{
    int r;

    if (h.fd < 0)
        return -EBADF;
    /* Not retried on EINTR: a device ioctl may wait, and may not be idempotent. */
    r = ioctl(h.fd, request, arg);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return r;
}
