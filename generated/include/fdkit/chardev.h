/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/chardev.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/chardev.h
 * A character device opened without becoming the controlling terminal. Data moves with the generic
 * fdk_fd_* calls (read, write, readv, writev, the full-transfer loops) and with splice on either
 * side; device-specific requests go through fdk_chardev_ioctl() with the errno mapped.
 *
 * See open(2), ioctl(2), mknod(2).
 */
#ifndef FDKIT_CHARDEV_H
#define FDKIT_CHARDEV_H

#include <fdkit/common.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/sysmacros.h>

FDK_BEGIN_DECLS

/**
 * An open character device. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_chardev_close() releases it.
 */
typedef struct fdk_chardev {
    int fd;
} fdk_chardev;

/**
 * @name Flags for fdk_chardev_open().
 * - FDK_CHARDEV_NONBLOCK: Open and use the device without waiting (e.g. a serial line without
 *   carrier).
 * - FDK_CHARDEV_SYNC: Writes complete only once the device has the data.
 * - FDK_CHARDEV_NOCTTY: Never become the controlling terminal. Always applied.
 * - FDK_CHARDEV_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_CHARDEV_NONBLOCK 0x00000800
#define FDK_CHARDEV_SYNC     0x00101000
#define FDK_CHARDEV_NOCTTY   0x00000100
#define FDK_CHARDEV_CLOEXEC  0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_CHARDEV_NONBLOCK O_NONBLOCK
#define FDK_CHARDEV_SYNC     O_SYNC
#define FDK_CHARDEV_NOCTTY   O_NOCTTY
#define FDK_CHARDEV_CLOEXEC  O_CLOEXEC
#endif
/** Every bit fdk_chardev accepts in this set. */
#define FDK_CHARDEV_OPEN_ALL \
    (FDK_CHARDEV_NONBLOCK | FDK_CHARDEV_SYNC | FDK_CHARDEV_NOCTTY | FDK_CHARDEV_CLOEXEC)
/** @} */

/**
 * Open a character device. path is checked with fstatat() first and the fd with fstat() after the
 * open: anything but a character device is reported as -ENODEV (and closed again if the path
 * changed in between), so a wrong path is never opened as a device. An open that waits (a serial
 * line without carrier) returns -EINTR when a signal arrives.
 *
 * @param out     receives the handle (written only on success)
 * @param dirfd   AT_FDCWD or a directory fd that a relative path starts from
 * @param path    path of the device node
 * @param access  FDK_CHARDEV_RDONLY, FDK_CHARDEV_WRONLY or FDK_CHARDEV_RDWR
 * @param flags   0 or FDK_CHARDEV_NONBLOCK, FDK_CHARDEV_SYNC
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        permission to open the device is denied
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EBUSY         the device is busy (exclusive open by someone else)
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        NULL out or path, a bad access mode or unknown flags
 *   -EIO           the driver reported an I/O error while opening
 *   -ELOOP         too many symbolic links in path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  path is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENODEV        path is not a character device, or no driver is bound to it
 *   -ENOENT        path does not exist
 *   -ENOMEM        not enough kernel memory
 *   -ENOTDIR       a component of path is not a directory
 *   -ENXIO         the device node has no device behind it (module not loaded, unplugged)
 *   -EPERM         the open is not permitted
 *   -EROFS         write access was asked on a read-only file system
 *   -ETXTBSY       the node is busy in a way that forbids this access
 */
FDK_EXPORT int fdk_chardev_open(fdk_chardev *out, int dirfd, const char *path, int access, int flags);

/**
 * Pass a device request through. Returns the driver's non-negative result or -errno; EINTR is
 * returned, not retried, because a request may have had an effect before the signal arrived.
 *
 * @param dev      the chardev (borrowed)
 * @param request  the request code (from the driver's header)
 * @param arg      the request's argument, as the driver defines it (may be NULL)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   dev is not an open descriptor
 *   -EFAULT  arg points outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  the request or its argument is invalid for this device
 *   -EIO     the device reported an I/O error
 *   -ENOTTY  the device does not know this request
 *   -EPERM   the request needs a privilege the caller lacks
 */
FDK_EXPORT int fdk_chardev_ioctl(fdk_chardev dev, unsigned long request, void *arg);

/**
 * Create a file-system node: a character or block device (needs CAP_MKNOD, usually root), a FIFO
 * or an empty regular file. mode is the node type (S_IFCHR, S_IFBLK, S_IFIFO or S_IFREG) or'ed
 * with permission bits.
 *
 * @param dirfd  AT_FDCWD or a directory fd that a relative path starts from
 * @param path   where to create the node
 * @param mode   S_IFCHR, S_IFBLK, S_IFIFO or S_IFREG | permission bits (07777)
 * @param dev    device number (makedev(major, minor)); 0 for FIFOs and files
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        write or search permission is denied on the parent directory
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EDQUOT        the user's inode quota is exhausted
 *   -EEXIST        path already exists
 *   -EINVAL        NULL path, or mode is not a node type plus permission bits
 *   -ELOOP         too many symbolic links in path
 *   -ENAMETOOLONG  path is too long
 *   -ENOENT        a directory in path does not exist
 *   -ENOSPC        no room for a new inode
 *   -ENOTDIR       a component of path is not a directory
 *   -EPERM         creating a device node needs CAP_MKNOD (or the file system forbids nodes)
 *   -EROFS         the file system is read-only
 */
FDK_EXPORT int fdk_chardev_mknod(int dirfd, const char *path, mode_t mode, dev_t dev);

/**
 * Close the chardev and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_chardev_close(fdk_chardev *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_chardev fdk_chardev_adopt(int fd)
{
    fdk_chardev h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_chardev_release(fdk_chardev *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#include <fdkit/chardev-inline.h>

#endif /* FDKIT_CHARDEV_H */
