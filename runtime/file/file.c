/* SPDX-License-Identifier: MIT */
/*
 * Opening files: openat(), or openat2() when the caller asks for path
 * resolution guarantees (RESOLVE_BENEATH, NO_SYMLINKS, ...).  A guarantee is
 * never dropped: a kernel without openat2 gives -ENOSYS, not a plain open.
 * Positional I/O, sync, fallocate, truncate, stat and close are generated
 * from spec/file.yaml.
 */
#include "fdk-internal.h"
#include "fdk-abi.h"

#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<linux/openat2.h>)
#include <linux/openat2.h>
#define HAVE_LINUX_OPENAT2_H 1
#endif
#endif

#ifdef HAVE_LINUX_OPENAT2_H
typedef struct open_how fdk__open_how;
#else
/* The kernel's struct open_how (5.6): three u64 fields, extensible by size. */
typedef struct {
    uint64_t flags;
    uint64_t mode;
    uint64_t resolve;
} fdk__open_how;
#endif

_Static_assert(sizeof(fdk__open_how) == 24, "struct open_how is three 64-bit fields");

/* Flags that make the call use the mode argument. */
static bool takes_mode(int flags)
{
    return (flags & FDK_FILE_CREAT) || (flags & FDK_FILE_TMPFILE) == FDK_FILE_TMPFILE;
}

static int open_with_resolve(int dirfd, const char *path, int oflags, mode_t mode, uint64_t resolve)
{
#ifdef FDK__NR_openat2
    /* The initialiser zeroes anything a newer struct open_how might add. */
    fdk__open_how how = {
        .flags = (uint64_t)(unsigned int)oflags,
        .mode = (uint64_t)mode,
        .resolve = resolve,
    };
    long r;

    /* EINTR only comes from an open that waits (FIFO, tty): hand it back. */
    r = syscall(FDK__NR_openat2, dirfd, path, &how, sizeof(how));
    if (r < 0)
        return FDK__NEG_ERRNO();
    return (int)r;
#else
    (void)dirfd;
    (void)path;
    (void)oflags;
    (void)mode;
    (void)resolve;
    return -ENOSYS; /* neither a lock nor the headers know openat2 here */
#endif
}

int fdk_file_open(fdk_file *out, int dirfd, const char *path, int flags, mode_t mode, uint64_t resolve)
{
    int oflags, fd;

    if (!out)
        return -EINVAL;
    if (dirfd < 0 && dirfd != AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (flags & ~FDK_FILE_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    if ((flags & O_ACCMODE) == O_ACCMODE)
        return -EINVAL; /* WRONLY|RDWR is not an access mode */
    if (mode & ~(mode_t)07777)
        return -EINVAL; /* file type bits or garbage */
    if (mode != 0 && !takes_mode(flags))
        return -EINVAL; /* a mode without CREAT/TMPFILE would be silently ignored */
    if ((flags & FDK_FILE_TRUNC) && (flags & O_ACCMODE) == O_RDONLY)
        return -EINVAL; /* Linux would truncate a file opened read-only */
    if ((flags & FDK_FILE_PATH) &&
        (flags & ~(FDK_FILE_PATH | FDK_FILE_DIRECTORY | FDK_FILE_NOFOLLOW | FDK_FILE_CLOEXEC | FDK_FILE_NOCTTY)))
        return -EINVAL; /* openat would drop the other flags silently, openat2 rejects them */
    /* The cast matters: the mask is an unsigned int, and ~ of it would not reach bits 32-63. */
    if (resolve & ~(uint64_t)FDK_FILE_RESOLVE_ALL)
        return -EINVAL; /* unknown bits */

    /* O_PATH takes no O_NOCTTY (openat2 says EINVAL): a path handle never becomes a tty anyway. */
    oflags = flags & FDK_FILE_PATH ? (flags & ~FDK_FILE_NOCTTY) | O_CLOEXEC : flags | O_CLOEXEC | O_NOCTTY;
    if (resolve != 0) {
        fd = open_with_resolve(dirfd, path, oflags, mode, resolve);
        if (fd < 0)
            return fd;
    } else {
        /* Not retried: EINTR only comes from an open that waits (a FIFO without
           a peer, a tty without carrier), and the caller may want to stop. */
        fd = openat(dirfd, path, oflags, mode);
        if (fd < 0)
            return FDK__NEG_ERRNO();
    }
    out->fd = fd;
    return 0;
}
