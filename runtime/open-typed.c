/* SPDX-License-Identifier: MIT */
/*
 * Open a path only if it is the kind of node the caller expects: a type
 * check before the open, and again after it.  Shared by the FIFO and
 * character-device opens.
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int fdk__open_typed(int dirfd, const char *path, int oflags, mode_t type, int wrong_type,
                    int retry_eintr, int *ret_fd)
{
    struct stat st;
    int fd, err;

    if (fstatat(dirfd, path, &st, 0) < 0)
        return FDK__NEG_ERRNO();
    if ((st.st_mode & S_IFMT) != type)
        return -wrong_type;
    oflags |= O_CLOEXEC | O_NOCTTY;
    if (retry_eintr)
        fd = FDK__RETRY_EINTR(openat(dirfd, path, oflags));
    else
        fd = openat(dirfd, path, oflags);
    if (fd < 0)
        return FDK__NEG_ERRNO();

    if (fstat(fd, &st) < 0)
        err = FDK__NEG_ERRNO();
    else if ((st.st_mode & S_IFMT) != type)
        err = -wrong_type;
    else
        err = 0;
    if (err < 0) {
        fdk__close_quietly(fd);
        return err;
    }
    *ret_fd = fd;
    return 0;
}
