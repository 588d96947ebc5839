/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/file.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <linux/openat2.h>
#include <linux/falloc.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef O_RDONLY
_Static_assert(FDK_FILE_RDONLY == O_RDONLY, "O_RDONLY differs from spec/abi/");
#endif
#ifdef O_WRONLY
_Static_assert(FDK_FILE_WRONLY == O_WRONLY, "O_WRONLY differs from spec/abi/");
#endif
#ifdef O_RDWR
_Static_assert(FDK_FILE_RDWR == O_RDWR, "O_RDWR differs from spec/abi/");
#endif
#ifdef O_APPEND
_Static_assert(FDK_FILE_APPEND == O_APPEND, "O_APPEND differs from spec/abi/");
#endif
#ifdef O_CREAT
_Static_assert(FDK_FILE_CREAT == O_CREAT, "O_CREAT differs from spec/abi/");
#endif
#ifdef O_EXCL
_Static_assert(FDK_FILE_EXCL == O_EXCL, "O_EXCL differs from spec/abi/");
#endif
#ifdef O_TRUNC
_Static_assert(FDK_FILE_TRUNC == O_TRUNC, "O_TRUNC differs from spec/abi/");
#endif
#ifdef O_NONBLOCK
_Static_assert(FDK_FILE_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef O_NOFOLLOW
_Static_assert(FDK_FILE_NOFOLLOW == O_NOFOLLOW, "O_NOFOLLOW differs from spec/abi/");
#endif
#ifdef O_TMPFILE
_Static_assert(FDK_FILE_TMPFILE == O_TMPFILE, "O_TMPFILE differs from spec/abi/");
#endif
#ifdef O_DIRECTORY
_Static_assert(FDK_FILE_DIRECTORY == O_DIRECTORY, "O_DIRECTORY differs from spec/abi/");
#endif
#ifdef O_NOATIME
_Static_assert(FDK_FILE_NOATIME == O_NOATIME, "O_NOATIME differs from spec/abi/");
#endif
#ifdef O_SYNC
_Static_assert(FDK_FILE_SYNC == O_SYNC, "O_SYNC differs from spec/abi/");
#endif
#ifdef O_DSYNC
_Static_assert(FDK_FILE_DSYNC == O_DSYNC, "O_DSYNC differs from spec/abi/");
#endif
#ifdef O_DIRECT
_Static_assert(FDK_FILE_DIRECT == O_DIRECT, "O_DIRECT differs from spec/abi/");
#endif
#ifdef O_PATH
_Static_assert(FDK_FILE_PATH == O_PATH, "O_PATH differs from spec/abi/");
#endif
#ifdef O_NOCTTY
_Static_assert(FDK_FILE_NOCTTY == O_NOCTTY, "O_NOCTTY differs from spec/abi/");
#endif
#ifdef O_CLOEXEC
_Static_assert(FDK_FILE_CLOEXEC == O_CLOEXEC, "O_CLOEXEC differs from spec/abi/");
#endif
#ifdef RESOLVE_NO_XDEV
_Static_assert(FDK_FILE_RESOLVE_NO_XDEV == RESOLVE_NO_XDEV, "RESOLVE_NO_XDEV differs from spec/abi/");
#endif
#ifdef RESOLVE_NO_MAGICLINKS
_Static_assert(FDK_FILE_RESOLVE_NO_MAGICLINKS == RESOLVE_NO_MAGICLINKS, "RESOLVE_NO_MAGICLINKS differs from spec/abi/");
#endif
#ifdef RESOLVE_NO_SYMLINKS
_Static_assert(FDK_FILE_RESOLVE_NO_SYMLINKS == RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS differs from spec/abi/");
#endif
#ifdef RESOLVE_BENEATH
_Static_assert(FDK_FILE_RESOLVE_BENEATH == RESOLVE_BENEATH, "RESOLVE_BENEATH differs from spec/abi/");
#endif
#ifdef RESOLVE_IN_ROOT
_Static_assert(FDK_FILE_RESOLVE_IN_ROOT == RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT differs from spec/abi/");
#endif
#ifdef RESOLVE_CACHED
_Static_assert(FDK_FILE_RESOLVE_CACHED == RESOLVE_CACHED, "RESOLVE_CACHED differs from spec/abi/");
#endif
#ifdef FALLOC_FL_KEEP_SIZE
_Static_assert(FDK_FILE_FALLOC_KEEP_SIZE == FALLOC_FL_KEEP_SIZE, "FALLOC_FL_KEEP_SIZE differs from spec/abi/");
#endif
#ifdef FALLOC_FL_PUNCH_HOLE
_Static_assert(FDK_FILE_FALLOC_PUNCH_HOLE == FALLOC_FL_PUNCH_HOLE, "FALLOC_FL_PUNCH_HOLE differs from spec/abi/");
#endif
#ifdef FALLOC_FL_COLLAPSE_RANGE
_Static_assert(FDK_FILE_FALLOC_COLLAPSE_RANGE == FALLOC_FL_COLLAPSE_RANGE, "FALLOC_FL_COLLAPSE_RANGE differs from spec/abi/");
#endif
#ifdef FALLOC_FL_ZERO_RANGE
_Static_assert(FDK_FILE_FALLOC_ZERO_RANGE == FALLOC_FL_ZERO_RANGE, "FALLOC_FL_ZERO_RANGE differs from spec/abi/");
#endif
#ifdef FALLOC_FL_INSERT_RANGE
_Static_assert(FDK_FILE_FALLOC_INSERT_RANGE == FALLOC_FL_INSERT_RANGE, "FALLOC_FL_INSERT_RANGE differs from spec/abi/");
#endif
#ifdef FALLOC_FL_UNSHARE_RANGE
_Static_assert(FDK_FILE_FALLOC_UNSHARE_RANGE == FALLOC_FL_UNSHARE_RANGE, "FALLOC_FL_UNSHARE_RANGE differs from spec/abi/");
#endif
_Static_assert(sizeof(struct open_how) == 24, "struct open_how: size differs from spec/abi/");
_Static_assert(offsetof(struct open_how, flags) == 0, "struct open_how.flags: offset differs from spec/abi/");
_Static_assert(offsetof(struct open_how, mode) == 8, "struct open_how.mode: offset differs from spec/abi/");
_Static_assert(offsetof(struct open_how, resolve) == 16, "struct open_how.resolve: offset differs from spec/abi/");
#endif

_Static_assert(offsetof(fdk_file, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_FILE_NONBLOCK == O_NONBLOCK, "O_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_FILE_CLOEXEC == O_CLOEXEC, "O_CLOEXEC must equal O_CLOEXEC");

int fdk_file_close(fdk_file *h)
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

/*
 * The wrappers defined inline in fdkit/file.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern ssize_t fdk_file_pread(fdk_file f, void *buf, size_t len, int64_t offset);
extern ssize_t fdk_file_pwrite(fdk_file f, const void *buf, size_t len, int64_t offset);
extern ssize_t fdk_file_preadv(fdk_file f, const struct iovec *iov, int iovcnt, int64_t offset);
extern ssize_t fdk_file_pwritev(fdk_file f, const struct iovec *iov, int iovcnt, int64_t offset);
extern int fdk_file_sync(fdk_file f);
extern int fdk_file_datasync(fdk_file f);
extern int fdk_file_allocate(fdk_file f, int mode, int64_t offset, int64_t len);
extern int fdk_file_truncate(fdk_file f, int64_t length);
extern int fdk_file_stat(fdk_file f, struct stat *out);
