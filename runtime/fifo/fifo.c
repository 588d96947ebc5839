/* SPDX-License-Identifier: MIT */
/*
 * Opening named pipes.  open(2) on a FIFO has two traps this file removes:
 * a write-only open blocks until some reader appears (possibly forever), and
 * any path at all opens, FIFO or not.  The write side therefore always opens
 * non-blocking (no reader is -ENXIO at once) and every open checks the type.
 * Creating (mkfifoat) and closing are generated from spec/fifo.yaml.
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>

/* Constructor arguments, checked in parameter order like the generated ones. */
static int check_args(const fdk_fifo *out, int dirfd, const char *path, int flags)
{
    if (!out)
        return -EINVAL;
    if (dirfd < 0 && dirfd != AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (flags & ~FDK_FIFO_OPEN_ALL)
        return -EINVAL;
    return 0;
}

/*
 * A FIFO, or nothing is opened (fdk__open_typed: a socket path would answer
 * ENXIO, which here means "no reader yet").  retry_eintr is false only for
 * the one open that waits (read-only, blocking, until a writer comes): that
 * EINTR goes back to the caller so a signal can break the wait.
 */
static int open_fifo(int dirfd, const char *path, int oflags, bool retry_eintr, int *ret_fd)
{
    return fdk__open_typed(dirfd, path, oflags, S_IFIFO, EINVAL, retry_eintr, ret_fd);
}

int fdk_fifo_open_read(fdk_fifo *out, int dirfd, const char *path, int flags)
{
    bool nonblock = (flags & FDK_FIFO_NONBLOCK) != 0;
    int fd, err;

    err = check_args(out, dirfd, path, flags);
    if (err < 0)
        return err;
    err = open_fifo(dirfd, path, O_RDONLY | (flags & FDK_FIFO_NONBLOCK), nonblock, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}

int fdk_fifo_open_write(fdk_fifo *out, int dirfd, const char *path, int flags)
{
    int fd, err;

    err = check_args(out, dirfd, path, flags);
    if (err < 0)
        return err;
    /* O_NONBLOCK always: without a reader this is ENXIO instead of a wait. */
    err = open_fifo(dirfd, path, O_WRONLY | O_NONBLOCK, true, &fd);
    if (err < 0)
        return err;

    if (!(flags & FDK_FIFO_NONBLOCK)) {
        /*
         * The open set no other status flag, so F_SETFL with 0 clears exactly
         * O_NONBLOCK (the access mode is not changed by F_SETFL): one call
         * instead of a read-modify-write.
         */
        if (fcntl(fd, F_SETFL, 0) < 0) {
            err = FDK__NEG_ERRNO();
            fdk__close_quietly(fd);
            return err;
        }
    }
    out->fd = fd;
    return 0;
}

int fdk_fifo_open_rdwr(fdk_fifo *out, int dirfd, const char *path, int flags)
{
    int fd, err;

    err = check_args(out, dirfd, path, flags);
    if (err < 0)
        return err;
    /* Linux opens a FIFO O_RDWR at once: the opener is its own peer. */
    err = open_fifo(dirfd, path, O_RDWR | (flags & FDK_FIFO_NONBLOCK), true, &fd);
    if (err < 0)
        return err;
    out->fd = fd;
    return 0;
}
