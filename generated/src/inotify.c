/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/inotify.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/inotify.h>
#include <string.h> /* the record iterators' memcpy and strlen */

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef IN_NONBLOCK
_Static_assert(FDK_INOTIFY_NONBLOCK == IN_NONBLOCK, "IN_NONBLOCK differs from spec/abi/");
#endif
#ifdef IN_CLOEXEC
_Static_assert(FDK_INOTIFY_CLOEXEC == IN_CLOEXEC, "IN_CLOEXEC differs from spec/abi/");
#endif
#ifdef IN_ACCESS
_Static_assert(FDK_INOTIFY_ACCESS == IN_ACCESS, "IN_ACCESS differs from spec/abi/");
#endif
#ifdef IN_MODIFY
_Static_assert(FDK_INOTIFY_MODIFY == IN_MODIFY, "IN_MODIFY differs from spec/abi/");
#endif
#ifdef IN_ATTRIB
_Static_assert(FDK_INOTIFY_ATTRIB == IN_ATTRIB, "IN_ATTRIB differs from spec/abi/");
#endif
#ifdef IN_CLOSE_WRITE
_Static_assert(FDK_INOTIFY_CLOSE_WRITE == IN_CLOSE_WRITE, "IN_CLOSE_WRITE differs from spec/abi/");
#endif
#ifdef IN_CLOSE_NOWRITE
_Static_assert(FDK_INOTIFY_CLOSE_NOWRITE == IN_CLOSE_NOWRITE, "IN_CLOSE_NOWRITE differs from spec/abi/");
#endif
#ifdef IN_OPEN
_Static_assert(FDK_INOTIFY_OPEN == IN_OPEN, "IN_OPEN differs from spec/abi/");
#endif
#ifdef IN_MOVED_FROM
_Static_assert(FDK_INOTIFY_MOVED_FROM == IN_MOVED_FROM, "IN_MOVED_FROM differs from spec/abi/");
#endif
#ifdef IN_MOVED_TO
_Static_assert(FDK_INOTIFY_MOVED_TO == IN_MOVED_TO, "IN_MOVED_TO differs from spec/abi/");
#endif
#ifdef IN_CREATE
_Static_assert(FDK_INOTIFY_CREATE == IN_CREATE, "IN_CREATE differs from spec/abi/");
#endif
#ifdef IN_DELETE
_Static_assert(FDK_INOTIFY_DELETE == IN_DELETE, "IN_DELETE differs from spec/abi/");
#endif
#ifdef IN_DELETE_SELF
_Static_assert(FDK_INOTIFY_DELETE_SELF == IN_DELETE_SELF, "IN_DELETE_SELF differs from spec/abi/");
#endif
#ifdef IN_MOVE_SELF
_Static_assert(FDK_INOTIFY_MOVE_SELF == IN_MOVE_SELF, "IN_MOVE_SELF differs from spec/abi/");
#endif
#ifdef IN_UNMOUNT
_Static_assert(FDK_INOTIFY_UNMOUNT == IN_UNMOUNT, "IN_UNMOUNT differs from spec/abi/");
#endif
#ifdef IN_Q_OVERFLOW
_Static_assert(FDK_INOTIFY_Q_OVERFLOW == IN_Q_OVERFLOW, "IN_Q_OVERFLOW differs from spec/abi/");
#endif
#ifdef IN_IGNORED
_Static_assert(FDK_INOTIFY_IGNORED == IN_IGNORED, "IN_IGNORED differs from spec/abi/");
#endif
#ifdef IN_ONLYDIR
_Static_assert(FDK_INOTIFY_ONLYDIR == IN_ONLYDIR, "IN_ONLYDIR differs from spec/abi/");
#endif
#ifdef IN_DONT_FOLLOW
_Static_assert(FDK_INOTIFY_DONT_FOLLOW == IN_DONT_FOLLOW, "IN_DONT_FOLLOW differs from spec/abi/");
#endif
#ifdef IN_EXCL_UNLINK
_Static_assert(FDK_INOTIFY_EXCL_UNLINK == IN_EXCL_UNLINK, "IN_EXCL_UNLINK differs from spec/abi/");
#endif
#ifdef IN_MASK_CREATE
_Static_assert(FDK_INOTIFY_MASK_CREATE == IN_MASK_CREATE, "IN_MASK_CREATE differs from spec/abi/");
#endif
#ifdef IN_MASK_ADD
_Static_assert(FDK_INOTIFY_MASK_ADD == IN_MASK_ADD, "IN_MASK_ADD differs from spec/abi/");
#endif
#ifdef IN_ISDIR
_Static_assert(FDK_INOTIFY_ISDIR == IN_ISDIR, "IN_ISDIR differs from spec/abi/");
#endif
#ifdef IN_ONESHOT
_Static_assert(FDK_INOTIFY_ONESHOT == IN_ONESHOT, "IN_ONESHOT differs from spec/abi/");
#endif
#ifdef IN_CLOSE
_Static_assert(FDK_INOTIFY_CLOSE == IN_CLOSE, "IN_CLOSE differs from spec/abi/");
#endif
#ifdef IN_MOVE
_Static_assert(FDK_INOTIFY_MOVE == IN_MOVE, "IN_MOVE differs from spec/abi/");
#endif
#ifdef IN_ALL_EVENTS
_Static_assert(FDK_INOTIFY_ALL_EVENTS == IN_ALL_EVENTS, "IN_ALL_EVENTS differs from spec/abi/");
#endif
#ifdef IN_NONBLOCK
_Static_assert(FDK_INOTIFY_NONBLOCK == IN_NONBLOCK, "IN_NONBLOCK differs from spec/abi/");
#endif
_Static_assert(sizeof(struct inotify_event) == 16, "struct inotify_event: size differs from spec/abi/");
_Static_assert(offsetof(struct inotify_event, wd) == 0, "struct inotify_event.wd: offset differs from spec/abi/");
_Static_assert(offsetof(struct inotify_event, mask) == 4, "struct inotify_event.mask: offset differs from spec/abi/");
_Static_assert(offsetof(struct inotify_event, cookie) == 8, "struct inotify_event.cookie: offset differs from spec/abi/");
_Static_assert(offsetof(struct inotify_event, len) == 12, "struct inotify_event.len: offset differs from spec/abi/");
_Static_assert(offsetof(struct inotify_event, name) == 16, "struct inotify_event.name: offset differs from spec/abi/");
#endif

_Static_assert(offsetof(fdk_inotify, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_INOTIFY_NONBLOCK == O_NONBLOCK, "IN_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_INOTIFY_CLOEXEC == O_CLOEXEC, "IN_CLOEXEC must equal O_CLOEXEC");
_Static_assert(FDK_INOTIFY_NONBLOCK == O_NONBLOCK, "IN_NONBLOCK must equal O_NONBLOCK");

/* The argument checks of fdk_inotify_open(), which runtime/ writes: called before any system call. */
int fdk__inotify_open_validate(fdk_inotify *out, int flags)
{
    if (!out)
        return -EINVAL;
    if (flags & ~FDK_INOTIFY_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    return 0;
}

/* The argument checks of fdk_inotify_add(), which runtime/ writes: called before any system call. */
int fdk__inotify_add_validate(fdk_inotify in, const char *path, uint32_t mask)
{
    if (in.fd < 0)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (mask & ~FDK_INOTIFY_MASK_ALL)
        return -EINVAL; /* unknown bits, or bits only the kernel reports */
    if ((mask & FDK_INOTIFY_MASK_CREATE) && (mask & FDK_INOTIFY_MASK_ADD))
        return -EINVAL; /* IN_MASK_CREATE and IN_MASK_ADD exclude each other */
    if (!(mask & FDK_INOTIFY_ALL_EVENTS))
        return -EINVAL; /* a watch must ask for at least one event */
    return 0;
}

/* The argument checks of fdk_inotify_add_at(), which runtime/ writes: called before any system call. */
int fdk__inotify_add_at_validate(fdk_inotify in, int dirfd, const char *path, uint32_t mask)
{
    if (in.fd < 0)
        return -EBADF;
    if (dirfd < 0 && dirfd != FDK__AT_FDCWD)
        return -EBADF;
    if (!path)
        return -EINVAL;
    if (mask & ~FDK_INOTIFY_MASK_ALL)
        return -EINVAL; /* unknown bits, or bits only the kernel reports */
    if ((mask & FDK_INOTIFY_MASK_CREATE) && (mask & FDK_INOTIFY_MASK_ADD))
        return -EINVAL; /* IN_MASK_CREATE and IN_MASK_ADD exclude each other */
    if (!(mask & FDK_INOTIFY_ALL_EVENTS))
        return -EINVAL; /* a watch must ask for at least one event */
    return 0;
}

/* The argument checks of fdk_inotify_tree_new(), which runtime/ writes: called before any system call. */
int fdk__inotify_tree_new_validate(fdk_inotify_tree **out, const char *root, uint32_t mask, int flags)
{
    if (!out)
        return -EINVAL;
    if (!root)
        return -EINVAL;
    if (mask & ~FDK_INOTIFY_MASK_ALL)
        return -EINVAL; /* unknown bits, or bits only the kernel reports */
    if (mask & FDK_INOTIFY_ONLYDIR)
        return -EINVAL; /* IN_ONLYDIR is not valid for fdk_inotify_tree_new() */
    if (mask & FDK_INOTIFY_DONT_FOLLOW)
        return -EINVAL; /* IN_DONT_FOLLOW is not valid for fdk_inotify_tree_new() */
    if (mask & FDK_INOTIFY_MASK_ADD)
        return -EINVAL; /* IN_MASK_ADD is not valid for fdk_inotify_tree_new() */
    if (mask & FDK_INOTIFY_MASK_CREATE)
        return -EINVAL; /* IN_MASK_CREATE is not valid for fdk_inotify_tree_new() */
    if (mask & FDK_INOTIFY_ONESHOT)
        return -EINVAL; /* IN_ONESHOT is not valid for fdk_inotify_tree_new() */
    if (flags & ~FDK_INOTIFY_TREE_ALL)
        return -EINVAL; /* unknown bits */
    if (!(mask & FDK_INOTIFY_ALL_EVENTS))
        return -EINVAL; /* a tree must report at least one event */
    return 0;
}

/*
 * The wrappers defined inline in fdkit/inotify.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern ssize_t fdk_inotify_read(fdk_inotify in, void *buf, size_t len);
extern int fdk_inotify_next(const void *buf, size_t len, size_t *pos, struct fdk_inotify_event *ev);
