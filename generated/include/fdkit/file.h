/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/file.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/file.h
 * A regular file or directory. Every open has O_CLOEXEC and O_NOCTTY; an optional set of RESOLVE_*
 * rules (openat2) confines path resolution, e.g. beneath the directory fd or without following
 * symbolic links. Unpositioned reads and writes use the generic fdk_fd_* calls; here are the
 * positioned ones, which never move the file offset.
 *
 * See open(2), openat2(2), pread(2), fsync(2), fallocate(2), ftruncate(2).
 */
#ifndef FDKIT_FILE_H
#define FDKIT_FILE_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <linux/openat2.h>
#include <linux/falloc.h>

FDK_BEGIN_DECLS

/**
 * An open regular file or directory (fdk_fd_kind() tells which). Owned by whoever opened or
 * adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_file_close() releases it.
 */
typedef struct fdk_file {
    int fd;
} fdk_file;

/**
 * @name Flags for fdk_file_open().  The access mode is RDONLY (0), WRONLY or RDWR.
 * - FDK_FILE_RDONLY: Open for reading only (the value 0: the default).
 * - FDK_FILE_WRONLY: Open for writing only.
 * - FDK_FILE_RDWR: Open for reading and writing.
 * - FDK_FILE_APPEND: Every write goes to the end of the file.
 * - FDK_FILE_CREAT: Create the file if it does not exist, with mode (less the umask).
 * - FDK_FILE_EXCL: With CREAT - fail with -EEXIST if path exists (symbolic links are not
 *   followed).
 * - FDK_FILE_TRUNC: Truncate an existing regular file opened for writing to length 0.
 * - FDK_FILE_NONBLOCK: Non-blocking open and I/O (no effect on regular files' data).
 * - FDK_FILE_NOFOLLOW: Fail with -ELOOP if the last component of path is a symbolic link.
 * - FDK_FILE_TMPFILE: path is a directory - create an unnamed file in it (needs WRONLY or RDWR;
 *   linkat can name it later).
 * - FDK_FILE_DIRECTORY: Fail with -ENOTDIR unless path is a directory.
 * - FDK_FILE_NOATIME: Do not update the access time (owner or CAP_FOWNER only).
 * - FDK_FILE_SYNC: Each write returns once data and all metadata are on disk.
 * - FDK_FILE_DSYNC: Each write returns once the data (and metadata needed to read it) is on
 *   disk.
 * - FDK_FILE_DIRECT: Bypass the page cache (buffers and offsets must be aligned as the file
 *   system requires).
 * - FDK_FILE_PATH: Only a location - no I/O, usable as a dirfd or with fstat. Only DIRECTORY and
 *   NOFOLLOW may be combined with it (else -EINVAL).
 * - FDK_FILE_NOCTTY: Never become the controlling terminal. Always applied.
 * - FDK_FILE_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FILE_RDONLY    0x00000000
#define FDK_FILE_WRONLY    0x00000001
#define FDK_FILE_RDWR      0x00000002
#define FDK_FILE_APPEND    0x00000400
#define FDK_FILE_CREAT     0x00000040
#define FDK_FILE_EXCL      0x00000080
#define FDK_FILE_TRUNC     0x00000200
#define FDK_FILE_NONBLOCK  0x00000800
#define FDK_FILE_NOATIME   0x00040000
#define FDK_FILE_SYNC      0x00101000
#define FDK_FILE_DSYNC     0x00001000
#define FDK_FILE_PATH      0x00200000
#define FDK_FILE_NOCTTY    0x00000100
#define FDK_FILE_CLOEXEC   0x00080000
#if defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_ARM)
#define FDK_FILE_NOFOLLOW  0x00008000
#define FDK_FILE_TMPFILE   0x00404000
#define FDK_FILE_DIRECTORY 0x00004000
#define FDK_FILE_DIRECT    0x00010000
#elif defined(FDK__ARCH_I386) || defined(FDK__ARCH_RISCV64) || defined(FDK__ARCH_X86_64)
#define FDK_FILE_NOFOLLOW  0x00020000
#define FDK_FILE_TMPFILE   0x00410000
#define FDK_FILE_DIRECTORY 0x00010000
#define FDK_FILE_DIRECT    0x00004000
#endif
#else /* an architecture without a lock: the system headers' values */
#define FDK_FILE_RDONLY    O_RDONLY
#define FDK_FILE_WRONLY    O_WRONLY
#define FDK_FILE_RDWR      O_RDWR
#define FDK_FILE_APPEND    O_APPEND
#define FDK_FILE_CREAT     O_CREAT
#define FDK_FILE_EXCL      O_EXCL
#define FDK_FILE_TRUNC     O_TRUNC
#define FDK_FILE_NONBLOCK  O_NONBLOCK
#define FDK_FILE_NOFOLLOW  O_NOFOLLOW
#define FDK_FILE_TMPFILE   O_TMPFILE
#define FDK_FILE_DIRECTORY O_DIRECTORY
#define FDK_FILE_NOATIME   O_NOATIME
#define FDK_FILE_SYNC      O_SYNC
#define FDK_FILE_DSYNC     O_DSYNC
#define FDK_FILE_DIRECT    O_DIRECT
#define FDK_FILE_PATH      O_PATH
#define FDK_FILE_NOCTTY    O_NOCTTY
#define FDK_FILE_CLOEXEC   O_CLOEXEC
#endif
/** Every bit fdk_file accepts in this set. */
#define FDK_FILE_OPEN_ALL \
    (FDK_FILE_RDONLY | FDK_FILE_WRONLY | FDK_FILE_RDWR | FDK_FILE_APPEND | FDK_FILE_CREAT | \
     FDK_FILE_EXCL | FDK_FILE_TRUNC | FDK_FILE_NONBLOCK | FDK_FILE_NOFOLLOW | FDK_FILE_TMPFILE | \
     FDK_FILE_DIRECTORY | FDK_FILE_NOATIME | FDK_FILE_SYNC | FDK_FILE_DSYNC | FDK_FILE_DIRECT | \
     FDK_FILE_PATH | FDK_FILE_NOCTTY | FDK_FILE_CLOEXEC)
/** @} */

/**
 * @name Path-resolution rules for fdk_file_open() (openat2, Linux 5.6).
 * - FDK_FILE_RESOLVE_NO_XDEV: Fail with -EXDEV if resolution would cross a mount point.
 * - FDK_FILE_RESOLVE_NO_MAGICLINKS: Fail with -ELOOP on /proc magic links (/proc/self/fd/N and
 *   the like).
 * - FDK_FILE_RESOLVE_NO_SYMLINKS: Fail with -ELOOP on any symbolic link (implies NO_MAGICLINKS).
 * - FDK_FILE_RESOLVE_BENEATH: Fail with -EXDEV if path would leave dirfd (absolute paths, ..
 *   above it, links out).
 * - FDK_FILE_RESOLVE_IN_ROOT: Resolve as if dirfd were the root directory (like chroot, without
 *   privileges).
 * - FDK_FILE_RESOLVE_CACHED: Only use cached lookups; -EAGAIN if that is not enough (Linux
 *   5.12).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FILE_RESOLVE_NO_XDEV       0x00000001ull
#define FDK_FILE_RESOLVE_NO_MAGICLINKS 0x00000002ull
#define FDK_FILE_RESOLVE_NO_SYMLINKS   0x00000004ull
#define FDK_FILE_RESOLVE_BENEATH       0x00000008ull
#define FDK_FILE_RESOLVE_IN_ROOT       0x00000010ull
#define FDK_FILE_RESOLVE_CACHED        0x00000020ull
#else /* an architecture without a lock: the system headers' values */
#define FDK_FILE_RESOLVE_NO_XDEV       RESOLVE_NO_XDEV
#define FDK_FILE_RESOLVE_NO_MAGICLINKS RESOLVE_NO_MAGICLINKS
#define FDK_FILE_RESOLVE_NO_SYMLINKS   RESOLVE_NO_SYMLINKS
#define FDK_FILE_RESOLVE_BENEATH       RESOLVE_BENEATH
#define FDK_FILE_RESOLVE_IN_ROOT       RESOLVE_IN_ROOT
#define FDK_FILE_RESOLVE_CACHED        RESOLVE_CACHED
#endif
/** Every bit fdk_file accepts in this set. */
#define FDK_FILE_RESOLVE_ALL \
    (FDK_FILE_RESOLVE_NO_XDEV | FDK_FILE_RESOLVE_NO_MAGICLINKS | FDK_FILE_RESOLVE_NO_SYMLINKS | \
     FDK_FILE_RESOLVE_BENEATH | FDK_FILE_RESOLVE_IN_ROOT | FDK_FILE_RESOLVE_CACHED)
/** @} */

/**
 * @name Modes for fdk_file_allocate().
 * - FDK_FILE_FALLOC_KEEP_SIZE: Allocate beyond the end of file without changing its size.
 * - FDK_FILE_FALLOC_PUNCH_HOLE: Free the range (reads give zeros); needs KEEP_SIZE.
 * - FDK_FILE_FALLOC_COLLAPSE_RANGE: Remove the range and shift the rest of the file down
 *   (block-aligned).
 * - FDK_FILE_FALLOC_ZERO_RANGE: Zero the range, allocating it.
 * - FDK_FILE_FALLOC_INSERT_RANGE: Insert a hole at offset, shifting the rest up (block-aligned).
 * - FDK_FILE_FALLOC_UNSHARE_RANGE: Unshare blocks shared with other files (reflinks).
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FILE_FALLOC_KEEP_SIZE      0x00000001
#define FDK_FILE_FALLOC_PUNCH_HOLE     0x00000002
#define FDK_FILE_FALLOC_COLLAPSE_RANGE 0x00000008
#define FDK_FILE_FALLOC_ZERO_RANGE     0x00000010
#define FDK_FILE_FALLOC_INSERT_RANGE   0x00000020
#define FDK_FILE_FALLOC_UNSHARE_RANGE  0x00000040
#else /* an architecture without a lock: the system headers' values */
#define FDK_FILE_FALLOC_KEEP_SIZE      FALLOC_FL_KEEP_SIZE
#define FDK_FILE_FALLOC_PUNCH_HOLE     FALLOC_FL_PUNCH_HOLE
#define FDK_FILE_FALLOC_COLLAPSE_RANGE FALLOC_FL_COLLAPSE_RANGE
#define FDK_FILE_FALLOC_ZERO_RANGE     FALLOC_FL_ZERO_RANGE
#define FDK_FILE_FALLOC_INSERT_RANGE   FALLOC_FL_INSERT_RANGE
#define FDK_FILE_FALLOC_UNSHARE_RANGE  FALLOC_FL_UNSHARE_RANGE
#endif
/** Every bit fdk_file accepts in this set. */
#define FDK_FILE_ALLOCATE_ALL \
    (FDK_FILE_FALLOC_KEEP_SIZE | FDK_FILE_FALLOC_PUNCH_HOLE | FDK_FILE_FALLOC_COLLAPSE_RANGE | \
     FDK_FILE_FALLOC_ZERO_RANGE | FDK_FILE_FALLOC_INSERT_RANGE | FDK_FILE_FALLOC_UNSHARE_RANGE)
/** @} */

/**
 * Open (or with FDK_FILE_CREAT create) path relative to dirfd. With resolve == 0 this is openat();
 * any RESOLVE_* bit uses openat2() (Linux 5.6), and a kernel without it gives -ENOSYS - never a
 * silent fallback that would drop the guarantee the caller asked for. An open that waits (a FIFO
 * without a peer, a tty without carrier) returns -EINTR when a signal arrives instead of waiting
 * on.
 *
 * @param out      receives the handle (written only on success)
 * @param dirfd    AT_FDCWD or a directory fd that a relative path starts from
 * @param path     the path
 * @param flags    access mode | FDK_FILE_* open flags
 * @param mode     permission bits for CREAT/TMPFILE (07777 at most); must be 0 otherwise
 * @param resolve  0 or FDK_FILE_RESOLVE_* bits
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        search permission on a directory in path or the requested access is denied
 *   -EAGAIN        RESOLVE_CACHED could not be satisfied from the cache
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EDQUOT        CREAT - the user's inode quota is exhausted
 *   -EEXIST        CREAT | EXCL and path already exists
 *   -EFBIG         the file is too large to open (EOVERFLOW on some systems)
 *   -EINTR         a signal arrived while the open waited (a FIFO without a peer, a tty without
 *                  carrier)
 *   -EINVAL        NULL out or path, unknown flags, both WRONLY and RDWR, TRUNC without write
 *                  access, PATH with other flags, a mode without CREAT/TMPFILE or above 07777, or
 *                  flags the file system rejects (O_DIRECT)
 *   -EISDIR        path is a directory and write access was asked
 *   -ELOOP         too many symbolic links, NOFOLLOW on a link, or a link forbidden by
 *                  RESOLVE_NO_SYMLINKS / NO_MAGICLINKS
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  path is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENODEV        path is a device node with no device behind it
 *   -ENOENT        path (or a directory in it) does not exist and CREAT was not given
 *   -ENOMEM        not enough kernel memory
 *   -ENOSPC        CREAT - no room for a new inode
 *   -ENOSYS        RESOLVE_* asked and the kernel has no openat2 (before Linux 5.6)
 *   -ENOTDIR       a component of path, or path with DIRECTORY, is not a directory
 *   -ENXIO         a FIFO opened for writing with NONBLOCK has no reader, or a device node has no
 *                  device
 *   -EOPNOTSUPP    the file system does not support TMPFILE
 *   -EOVERFLOW     the file is too large for this process's off_t
 *   -EPERM         NOATIME on a file the caller does not own, or a sealed/immutable file
 *   -EROFS         write access was asked on a read-only file system
 *   -ETXTBSY       write access to an executable that is running (or a swap file)
 *   -EXDEV         RESOLVE_BENEATH / IN_ROOT / NO_XDEV - path would escape dirfd or cross a mount
 */
FDK_EXPORT int fdk_file_open(fdk_file *out, int dirfd, const char *path, int flags, mode_t mode, uint64_t resolve);

/**
 * Read up to len bytes at offset without moving the file offset. Returns the count, 0 at end of
 * file; len == 0 returns 0 without a system call.
 *
 * @param f       the file (borrowed)
 * @param buf     destination
 * @param len     bytes wanted
 * @param offset  file position to read from (>= 0)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EBADF      f is not open for reading
 *   -EFAULT     the buffer is outside the address space
 *   -EINTR      a signal handler ran before the call completed
 *   -EINVAL     offset is negative, or O_DIRECT alignment is not met
 *   -EIO        low-level I/O error
 *   -EISDIR     f is a directory
 *   -EOVERFLOW  offset + len is beyond the largest file offset
 *   -ESPIPE     f is a pipe, FIFO or socket, which have no position
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_POSIX2008
FDK_EXPORT FDK_INLINE ssize_t fdk_file_pread(fdk_file f, void *buf, size_t len, int64_t offset)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return f.fd < 0 ? -EBADF : 0;
    n = pread(f.fd, buf, len, offset);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_file_pread(fdk_file f, void *buf, size_t len, int64_t offset);
#endif

/**
 * Write up to len bytes at offset without moving the file offset (but note Linux appends when the
 * file was opened with APPEND). len == 0 returns 0 without a system call.
 *
 * @param f       the file (borrowed)
 * @param buf     source
 * @param len     bytes to write
 * @param offset  file position to write at (>= 0)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EBADF   f is not open for writing
 *   -EDQUOT  the user's disk quota is exhausted
 *   -EFAULT  the buffer is outside the address space
 *   -EFBIG   the write would pass the maximum file size
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  offset is negative, or O_DIRECT alignment is not met
 *   -EIO     low-level I/O error
 *   -ENOSPC  no space left on the device
 *   -EPERM   the file is sealed or immutable
 *   -ESPIPE  f is a pipe, FIFO or socket, which have no position
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_POSIX2008
FDK_EXPORT FDK_INLINE ssize_t fdk_file_pwrite(fdk_file f, const void *buf, size_t len, int64_t offset)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return f.fd < 0 ? -EBADF : 0;
    n = pwrite(f.fd, buf, len, offset);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_file_pwrite(fdk_file f, const void *buf, size_t len, int64_t offset);
#endif

/**
 * Scatter read at offset into iovcnt buffers, without moving the file offset; as fdk_file_pread().
 *
 * @param f       the file (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 * @param offset  file position to read from (>= 0)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EBADF      f is not open for reading
 *   -EFAULT     the buffer is outside the address space
 *   -EINTR      a signal handler ran before the call completed
 *   -EINVAL     offset is negative, or O_DIRECT alignment is not met
 *   -EIO        low-level I/O error
 *   -EISDIR     f is a directory
 *   -EOVERFLOW  offset + len is beyond the largest file offset
 *   -ESPIPE     f is a pipe, FIFO or socket, which have no position
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_MISC
FDK_EXPORT FDK_INLINE ssize_t fdk_file_preadv(fdk_file f, const struct iovec *iov, int iovcnt, int64_t offset)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return f.fd < 0 ? -EBADF : 0;
    n = preadv(f.fd, iov, iovcnt, offset);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_file_preadv(fdk_file f, const struct iovec *iov, int iovcnt, int64_t offset);
#endif

/**
 * Gather write at offset from iovcnt buffers, without moving the file offset; as
 * fdk_file_pwrite().
 *
 * @param f       the file (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 * @param offset  file position to write at (>= 0)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EBADF   f is not open for writing
 *   -EDQUOT  the user's disk quota is exhausted
 *   -EFAULT  the buffer is outside the address space
 *   -EFBIG   the write would pass the maximum file size
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  offset is negative, or O_DIRECT alignment is not met
 *   -EIO     low-level I/O error
 *   -ENOSPC  no space left on the device
 *   -EPERM   the file is sealed or immutable
 *   -ESPIPE  f is a pipe, FIFO or socket, which have no position
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_MISC
FDK_EXPORT FDK_INLINE ssize_t fdk_file_pwritev(fdk_file f, const struct iovec *iov, int iovcnt, int64_t offset)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return f.fd < 0 ? -EBADF : 0;
    n = pwritev(f.fd, iov, iovcnt, offset);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_file_pwritev(fdk_file f, const struct iovec *iov, int iovcnt, int64_t offset);
#endif

/**
 * Flush the file's data and metadata to the device (fsync).
 *
 * @param f  the file (borrowed)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   f is not an open descriptor
 *   -EDQUOT  the quota ran out while writing back
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  f refers to something that cannot be synced (a pipe, socket or special file)
 *   -EIO     an error happened while writing back (the data may be lost; later calls may succeed)
 *   -ENOSPC  no space left while writing back
 *   -EROFS   f's file system does not support syncing
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_POSIX2008
FDK_EXPORT FDK_INLINE int fdk_file_sync(fdk_file f)
{
    int r;

    if (f.fd < 0)
        return -EBADF;
    r = fsync(f.fd);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}
#else
FDK_EXPORT int fdk_file_sync(fdk_file f);
#endif

/**
 * Flush the file's data, and only the metadata needed to read it back, to the device (fdatasync).
 *
 * @param f  the file (borrowed)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   f is not an open descriptor
 *   -EDQUOT  the quota ran out while writing back
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  f refers to something that cannot be synced (a pipe, socket or special file)
 *   -EIO     an error happened while writing back (the data may be lost; later calls may succeed)
 *   -ENOSPC  no space left while writing back
 *   -EROFS   f's file system does not support syncing
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_POSIX2008
FDK_EXPORT FDK_INLINE int fdk_file_datasync(fdk_file f)
{
    int r;

    if (f.fd < 0)
        return -EBADF;
    r = fdatasync(f.fd);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}
#else
FDK_EXPORT int fdk_file_datasync(fdk_file f);
#endif

/**
 * Allocate, punch or shift the byte range [offset, offset + len) of the file (fallocate). mode 0
 * allocates and extends the file if needed.
 *
 * @param f       the file (borrowed)
 * @param mode    0 or FDK_FILE_FALLOC_* bits
 * @param offset  start of the range (>= 0)
 * @param len     length of the range (> 0)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF       f is not open for writing
 *   -EFBIG       offset + len is beyond the maximum file size
 *   -EINTR       a signal handler ran before the call completed
 *   -EINVAL      an empty or negative range, unknown or conflicting mode bits, or a range not
 *                aligned as COLLAPSE/INSERT need
 *   -EIO         low-level I/O error
 *   -EISDIR      f is a directory
 *   -ENODEV      f is not a regular file or directory
 *   -ENOSPC      no space left on the device
 *   -EOPNOTSUPP  the file system does not support this mode
 *   -EPERM       the file is immutable, append-only or sealed
 *   -ESPIPE      f is a pipe or FIFO
 *   -ETXTBSY     f is an active swap file
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_GNU
FDK_EXPORT FDK_INLINE int fdk_file_allocate(fdk_file f, int mode, int64_t offset, int64_t len)
{
    int r;

    if (f.fd < 0)
        return -EBADF;
    if (mode & ~FDK_FILE_ALLOCATE_ALL)
        return -EINVAL; /* unknown bits */
    if ((mode & FDK_FILE_FALLOC_PUNCH_HOLE) &&
        (mode & (FDK_FILE_FALLOC_KEEP_SIZE)) != (FDK_FILE_FALLOC_KEEP_SIZE))
        return -EINVAL; /* FALLOC_FL_PUNCH_HOLE needs FALLOC_FL_KEEP_SIZE */
    if ((mode & FDK_FILE_FALLOC_PUNCH_HOLE) && (mode & ~(FDK_FILE_FALLOC_PUNCH_HOLE |
        FDK_FILE_FALLOC_KEEP_SIZE)))
        return -EINVAL; /* bits not allowed with FALLOC_FL_PUNCH_HOLE */
    if ((mode & FDK_FILE_FALLOC_COLLAPSE_RANGE) && (mode & ~(FDK_FILE_FALLOC_COLLAPSE_RANGE)))
        return -EINVAL; /* bits not allowed with FALLOC_FL_COLLAPSE_RANGE */
    if ((mode & FDK_FILE_FALLOC_ZERO_RANGE) && (mode & ~(FDK_FILE_FALLOC_ZERO_RANGE |
        FDK_FILE_FALLOC_KEEP_SIZE)))
        return -EINVAL; /* bits not allowed with FALLOC_FL_ZERO_RANGE */
    if ((mode & FDK_FILE_FALLOC_INSERT_RANGE) && (mode & ~(FDK_FILE_FALLOC_INSERT_RANGE)))
        return -EINVAL; /* bits not allowed with FALLOC_FL_INSERT_RANGE */
    if ((mode & FDK_FILE_FALLOC_UNSHARE_RANGE) && (mode & ~(FDK_FILE_FALLOC_UNSHARE_RANGE |
        FDK_FILE_FALLOC_KEEP_SIZE)))
        return -EINVAL; /* bits not allowed with FALLOC_FL_UNSHARE_RANGE */
    if (offset < 0 || len <= 0)
        return -EINVAL; /* the range must be non-empty and start in the file */
    r = fallocate(f.fd, mode, offset, len);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}
#else
FDK_EXPORT int fdk_file_allocate(fdk_file f, int mode, int64_t offset, int64_t len);
#endif

/**
 * Set the file's size to length bytes, dropping data past it or extending with zeros (ftruncate).
 *
 * @param f       the file (borrowed)
 * @param length  the new size (>= 0)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF    f is not open for writing
 *   -EFBIG    length is beyond the maximum file size
 *   -EINTR    a signal handler ran before the call completed
 *   -EINVAL   length is negative, or f is not a regular file open for writing
 *   -EIO      low-level I/O error
 *   -EPERM    the file is immutable, append-only or sealed
 *   -ETXTBSY  f is an executable that is running
 */
#if FDK__INLINE_WRAPPERS && FDK__VIS_POSIX2008
FDK_EXPORT FDK_INLINE int fdk_file_truncate(fdk_file f, int64_t length)
{
    int r;

    if (f.fd < 0)
        return -EBADF;
    if (length < 0)
        return -EINVAL; /* a size is never negative */
    r = ftruncate(f.fd, length);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}
#else
FDK_EXPORT int fdk_file_truncate(fdk_file f, int64_t length);
#endif

/**
 * Fill *out with the file's status (fstat) - type, size, mode, owner, times.
 *
 * @param f    the file (borrowed)
 * @param out  receives the status (written only on success)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF      f is not an open descriptor
 *   -EINVAL     an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO        an I/O error reading the inode
 *   -ENOMEM     not enough kernel memory
 *   -EOVERFLOW  the size or inode number does not fit struct stat
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_file_stat(fdk_file f, struct stat *out)
{
    int r;
    struct stat out_tmp;

    if (f.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    do
        r = fstat(f.fd, &out_tmp);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    *out = out_tmp;
    return 0;
}
#else
FDK_EXPORT int fdk_file_stat(fdk_file f, struct stat *out);
#endif

/**
 * Close the file and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_file_close(fdk_file *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_file fdk_file_adopt(int fd)
{
    fdk_file h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_file_release(fdk_file *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_FILE_H */
