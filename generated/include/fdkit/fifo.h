/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fifo.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/fifo.h
 * A named pipe. Opening one for reading waits for a writer and opening it for writing waits for a
 * reader, unless non-blocking; fdkit's open for writing never waits and reports "no reader yet" as
 * its own result (-ENXIO), and open read-write succeeds whether or not anyone is at the other end.
 *
 * See mkfifo(3), fifo(7).
 */
#ifndef FDKIT_FIFO_H
#define FDKIT_FIFO_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <fcntl.h>
#include <sys/stat.h>

FDK_BEGIN_DECLS

/**
 * An open FIFO (either direction). Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_fifo_close() releases it.
 */
typedef struct fdk_fifo {
    int fd;
} fdk_fifo;

/**
 * @name Flags for the fdk_fifo_open_*() calls.
 * - FDK_FIFO_NONBLOCK: The fd is non-blocking (reads of an empty FIFO and writes to a full one
 *   give -EAGAIN).
 * - FDK_FIFO_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FIFO_NONBLOCK 0x00000800
#define FDK_FIFO_CLOEXEC  0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_FIFO_NONBLOCK O_NONBLOCK
#define FDK_FIFO_CLOEXEC  O_CLOEXEC
#endif
/** Every bit fdk_fifo accepts in this set. */
#define FDK_FIFO_OPEN_ALL (FDK_FIFO_NONBLOCK | FDK_FIFO_CLOEXEC)
/** @} */

/**
 * Open a FIFO for reading and writing. Never waits: the process is its own peer, so this works
 * whether or not a reader or writer exists (Linux behaviour; POSIX leaves it undefined).
 *
 * @param out    receives the handle (written only on success)
 * @param dirfd  AT_FDCWD or a directory fd that a relative path starts from
 * @param path   path of the FIFO
 * @param flags  0 or FDK_FIFO_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. EINTR is
 * retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        search or open permission is denied
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EINVAL        NULL out or path, unknown flags, or path exists but is not a FIFO (it is then
 *                  never opened)
 *   -ELOOP         too many symbolic links in path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  path is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOENT        path does not exist
 *   -ENOMEM        not enough kernel memory
 *   -ENOTDIR       a component of path is not a directory
 *   -EPERM         the open is not permitted (e.g. a sealed or protected FIFO)
 */
FDK_EXPORT int fdk_fifo_open_rdwr(fdk_fifo *out, int dirfd, const char *path, int flags);

/**
 * Open a FIFO for reading. Without FDK_FIFO_NONBLOCK this waits until a writer opens it (a signal
 * handler ends the wait with -EINTR); with it the open succeeds at once and reads give 0 (EOF)
 * until a writer comes.
 *
 * @param out    receives the handle (written only on success)
 * @param dirfd  AT_FDCWD or a directory fd that a relative path starts from
 * @param path   path of the FIFO
 * @param flags  0 or FDK_FIFO_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        search or open permission is denied
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        NULL out or path, unknown flags, or path exists but is not a FIFO (it is then
 *                  never opened)
 *   -ELOOP         too many symbolic links in path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  path is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOENT        path does not exist
 *   -ENOMEM        not enough kernel memory
 *   -ENOTDIR       a component of path is not a directory
 *   -EPERM         the open is not permitted (e.g. a sealed or protected FIFO)
 */
FDK_EXPORT int fdk_fifo_open_read(fdk_fifo *out, int dirfd, const char *path, int flags);

/**
 * Open a FIFO for writing without ever waiting for a reader: if no process has it open for reading
 * the result is -ENXIO ("no reader yet"), nothing is opened, and the caller can retry later. The
 * fd is blocking afterwards unless FDK_FIFO_NONBLOCK is given.
 *
 * @param out    receives the handle (written only on success)
 * @param dirfd  AT_FDCWD or a directory fd that a relative path starts from
 * @param path   path of the FIFO
 * @param flags  0 or FDK_FIFO_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. EINTR is
 * retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        search or open permission is denied
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EINVAL        NULL out or path, unknown flags, or path exists but is not a FIFO (it is then
 *                  never opened)
 *   -ELOOP         too many symbolic links in path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  path is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOENT        path does not exist
 *   -ENOMEM        not enough kernel memory
 *   -ENOTDIR       a component of path is not a directory
 *   -ENXIO         no reader yet - no process has the FIFO open for reading
 *   -EPERM         the open is not permitted (e.g. a sealed or protected FIFO)
 *   -EROFS         the FIFO is on a read-only file system
 */
FDK_EXPORT int fdk_fifo_open_write(fdk_fifo *out, int dirfd, const char *path, int flags);

/**
 * Create a FIFO at path with the given permission bits (less the umask).
 *
 * @param dirfd  AT_FDCWD or a directory fd that a relative path starts from
 * @param path   where to create the FIFO
 * @param mode   permission bits, e.g. 0600 (07777 at most)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        write or search permission is denied on the parent directory
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EDQUOT        the user's inode quota is exhausted
 *   -EEXIST        path already exists (of any type)
 *   -EINVAL        NULL path or mode has bits beyond 07777
 *   -ELOOP         too many symbolic links in path
 *   -ENAMETOOLONG  path is too long
 *   -ENOENT        a directory in path does not exist
 *   -ENOSPC        no room for a new inode
 *   -ENOTDIR       a component of path is not a directory
 *   -EPERM         the file system does not support FIFOs
 *   -EROFS         the file system is read-only
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_POSIX2008
FDK_EXPORT FDK_INLINE int fdk_fifo_create(int dirfd, const char *path, mode_t mode)
{
    int r;

    if (dirfd < 0 && dirfd != FDK__AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (mode & ~07777u)
        return -EINVAL; /* only permission bits */
    do
        r = mkfifoat(dirfd, path, mode);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}
#else
FDK_EXPORT int fdk_fifo_create(int dirfd, const char *path, mode_t mode);
#endif

/**
 * Close the fifo and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_fifo_close(fdk_fifo *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_fifo fdk_fifo_adopt(int fd)
{
    fdk_fifo h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_fifo_release(fdk_fifo *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_FIFO_H */
