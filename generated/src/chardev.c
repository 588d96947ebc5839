/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/chardev.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/sysmacros.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef O_NONBLOCK
_Static_assert(FDK_CHARDEV_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef O_SYNC
_Static_assert(FDK_CHARDEV_SYNC == O_SYNC, "O_SYNC differs from spec/abi/");
#endif
#ifdef O_NOCTTY
_Static_assert(FDK_CHARDEV_NOCTTY == O_NOCTTY, "O_NOCTTY differs from spec/abi/");
#endif
#ifdef O_CLOEXEC
_Static_assert(FDK_CHARDEV_CLOEXEC == O_CLOEXEC, "O_CLOEXEC differs from spec/abi/");
#endif
#ifndef O_RDONLY
#define O_RDONLY 0
#else
_Static_assert(O_RDONLY == 0, "O_RDONLY differs from spec/abi/");
#endif
#ifndef O_WRONLY
#define O_WRONLY 1
#else
_Static_assert(O_WRONLY == 1, "O_WRONLY differs from spec/abi/");
#endif
#ifndef O_RDWR
#define O_RDWR 2
#else
_Static_assert(O_RDWR == 2, "O_RDWR differs from spec/abi/");
#endif
#ifndef S_IFMT
#define S_IFMT 61440
#else
_Static_assert(S_IFMT == 61440, "S_IFMT differs from spec/abi/");
#endif
#ifndef S_IFCHR
#define S_IFCHR 8192
#else
_Static_assert(S_IFCHR == 8192, "S_IFCHR differs from spec/abi/");
#endif
#ifndef S_IFBLK
#define S_IFBLK 24576
#else
_Static_assert(S_IFBLK == 24576, "S_IFBLK differs from spec/abi/");
#endif
#ifndef S_IFIFO
#define S_IFIFO 4096
#else
_Static_assert(S_IFIFO == 4096, "S_IFIFO differs from spec/abi/");
#endif
#ifndef S_IFREG
#define S_IFREG 32768
#else
_Static_assert(S_IFREG == 32768, "S_IFREG differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_chardev, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_CHARDEV_NONBLOCK == O_NONBLOCK, "O_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_CHARDEV_CLOEXEC == O_CLOEXEC, "O_CLOEXEC must equal O_CLOEXEC");

int fdk_chardev_mknod(int dirfd, const char *path, mode_t mode, dev_t dev)
{
    int r;

    if (dirfd < 0 && dirfd != FDK__AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (mode & ~(07777u | S_IFMT))
        return -EINVAL; /* only a type and permission bits */
    if ((mode & S_IFMT) != S_IFCHR && (mode & S_IFMT) != S_IFBLK && (mode & S_IFMT) != S_IFIFO &&
        (mode & S_IFMT) != S_IFREG)
        return -EINVAL; /* not a node type mknod can make */
    do
        r = mknodat(dirfd, path, mode, dev);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_chardev_close(fdk_chardev *h)
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
