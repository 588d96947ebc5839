/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/inotify.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/inotify.h
 * File and directory change events read from a descriptor. Each watch (fdk_inotify_add) names a
 * path and the events wanted; one read returns several variable-length records, which
 * fdk_inotify_next() steps through without ever reading past a record or the buffer. A watch on a
 * directory reports events for the directory and for the entries directly inside it (with their
 * names), not for deeper levels: fdk_inotify_tree_new() watches a whole tree. The kernel limits
 * are per user, in /proc/sys/fs/inotify: max_user_instances (fdk_inotify_open's -EMFILE),
 * max_user_watches (fdk_inotify_add's -ENOSPC) and max_queued_events (past it the queue holds one
 * IN_Q_OVERFLOW record and drops events).
 *
 * See inotify(7).
 */
#ifndef FDKIT_INOTIFY_H
#define FDKIT_INOTIFY_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#endif

#include <sys/inotify.h>
#include <fdkit/inotify-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * An inotify instance. Owned by whoever opened or adopted it. `state` remembers the highest watch
 * descriptor fdk_inotify_add() handed out, so fdk_inotify_remove() can tell a watch the kernel
 * already dropped from one that never existed; it is NULL for an adopted handle.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_inotify_close() releases it.
 */
typedef struct fdk_inotify {
    int fd;
    struct fdk__inotify_state *state; /**< what fdkit remembers about the instance (NULL when adopted) */
} fdk_inotify;

/**
 * @name Flags for fdk_inotify_open().
 * - FDK_INOTIFY_NONBLOCK: Reads with no event queued fail with -EAGAIN instead of blocking.
 * - FDK_INOTIFY_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_INOTIFY_NONBLOCK 0x00000800
#define FDK_INOTIFY_CLOEXEC  0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_INOTIFY_NONBLOCK IN_NONBLOCK
#define FDK_INOTIFY_CLOEXEC  IN_CLOEXEC
#endif
/** Every bit fdk_inotify accepts in this set. */
#define FDK_INOTIFY_OPEN_ALL (FDK_INOTIFY_NONBLOCK | FDK_INOTIFY_CLOEXEC)
/** @} */

/**
 * @name Watch masks for fdk_inotify_add() and the event bits records report.
 * - FDK_INOTIFY_ACCESS: a file was read (read, execve)
 * - FDK_INOTIFY_MODIFY: a file was written or truncated
 * - FDK_INOTIFY_ATTRIB: metadata changed: permissions, timestamps, extended attributes, link
 *   count, owner
 * - FDK_INOTIFY_CLOSE_WRITE: a file opened for writing was closed
 * - FDK_INOTIFY_CLOSE_NOWRITE: a file or directory not opened for writing was closed
 * - FDK_INOTIFY_OPEN: a file or directory was opened
 * - FDK_INOTIFY_MOVED_FROM: an entry was renamed away from the watched directory (the record's
 *   cookie pairs it with its IN_MOVED_TO)
 * - FDK_INOTIFY_MOVED_TO: an entry was renamed into the watched directory
 * - FDK_INOTIFY_CREATE: an entry was created in the watched directory (also by link, symlink,
 *   mkdir, mknod, bind of a Unix socket)
 * - FDK_INOTIFY_DELETE: an entry was deleted from the watched directory
 * - FDK_INOTIFY_DELETE_SELF: the watched file or directory itself was deleted (an IN_IGNORED
 *   follows)
 * - FDK_INOTIFY_MOVE_SELF: the watched file or directory itself was moved
 * - FDK_INOTIFY_UNMOUNT: reported only: the file system holding the watched object was unmounted
 *   (an IN_IGNORED follows)
 * - FDK_INOTIFY_Q_OVERFLOW: reported only: the queue overflowed and events were lost (wd is -1);
 *   rescan what you watch
 * - FDK_INOTIFY_IGNORED: reported only: the watch is gone (removed, its object deleted, its file
 *   system unmounted, or ONESHOT fired); its wd may be reused
 * - FDK_INOTIFY_ONLYDIR: watch the path only if it is a directory (-ENOTDIR otherwise), checked
 *   atomically with the watch
 * - FDK_INOTIFY_DONT_FOLLOW: do not follow the path if it is a symbolic link: watch the link
 *   itself
 * - FDK_INOTIFY_EXCL_UNLINK: stop reporting events for children of a watched directory once they
 *   are unlinked
 * - FDK_INOTIFY_MASK_CREATE: only create a watch: -EEXIST if the path's object is already
 *   watched by this instance
 * - FDK_INOTIFY_MASK_ADD: add these events to an existing watch's mask instead of replacing it
 * - FDK_INOTIFY_ISDIR: reported only: the event's subject is a directory
 * - FDK_INOTIFY_ONESHOT: report one event, then remove the watch (an IN_IGNORED follows)
 * - FDK_INOTIFY_CLOSE: IN_CLOSE_WRITE | IN_CLOSE_NOWRITE
 * - FDK_INOTIFY_MOVE: IN_MOVED_FROM | IN_MOVED_TO
 * - FDK_INOTIFY_ALL_EVENTS: every event a watch can ask for (IN_ACCESS through IN_MOVE_SELF)
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_INOTIFY_ACCESS        0x00000001u
#define FDK_INOTIFY_MODIFY        0x00000002u
#define FDK_INOTIFY_ATTRIB        0x00000004u
#define FDK_INOTIFY_CLOSE_WRITE   0x00000008u
#define FDK_INOTIFY_CLOSE_NOWRITE 0x00000010u
#define FDK_INOTIFY_OPEN          0x00000020u
#define FDK_INOTIFY_MOVED_FROM    0x00000040u
#define FDK_INOTIFY_MOVED_TO      0x00000080u
#define FDK_INOTIFY_CREATE        0x00000100u
#define FDK_INOTIFY_DELETE        0x00000200u
#define FDK_INOTIFY_DELETE_SELF   0x00000400u
#define FDK_INOTIFY_MOVE_SELF     0x00000800u
#define FDK_INOTIFY_UNMOUNT       0x00002000u
#define FDK_INOTIFY_Q_OVERFLOW    0x00004000u
#define FDK_INOTIFY_IGNORED       0x00008000u
#define FDK_INOTIFY_ONLYDIR       0x01000000u
#define FDK_INOTIFY_DONT_FOLLOW   0x02000000u
#define FDK_INOTIFY_EXCL_UNLINK   0x04000000u
#define FDK_INOTIFY_MASK_CREATE   0x10000000u
#define FDK_INOTIFY_MASK_ADD      0x20000000u
#define FDK_INOTIFY_ISDIR         0x40000000u
#define FDK_INOTIFY_ONESHOT       0x80000000u
#define FDK_INOTIFY_CLOSE         0x00000018u
#define FDK_INOTIFY_MOVE          0x000000c0u
#define FDK_INOTIFY_ALL_EVENTS    0x00000fffu
#else /* an architecture without a lock: the system headers' values */
#define FDK_INOTIFY_ACCESS        IN_ACCESS
#define FDK_INOTIFY_MODIFY        IN_MODIFY
#define FDK_INOTIFY_ATTRIB        IN_ATTRIB
#define FDK_INOTIFY_CLOSE_WRITE   IN_CLOSE_WRITE
#define FDK_INOTIFY_CLOSE_NOWRITE IN_CLOSE_NOWRITE
#define FDK_INOTIFY_OPEN          IN_OPEN
#define FDK_INOTIFY_MOVED_FROM    IN_MOVED_FROM
#define FDK_INOTIFY_MOVED_TO      IN_MOVED_TO
#define FDK_INOTIFY_CREATE        IN_CREATE
#define FDK_INOTIFY_DELETE        IN_DELETE
#define FDK_INOTIFY_DELETE_SELF   IN_DELETE_SELF
#define FDK_INOTIFY_MOVE_SELF     IN_MOVE_SELF
#define FDK_INOTIFY_UNMOUNT       IN_UNMOUNT
#define FDK_INOTIFY_Q_OVERFLOW    IN_Q_OVERFLOW
#define FDK_INOTIFY_IGNORED       IN_IGNORED
#define FDK_INOTIFY_ONLYDIR       IN_ONLYDIR
#define FDK_INOTIFY_DONT_FOLLOW   IN_DONT_FOLLOW
#define FDK_INOTIFY_EXCL_UNLINK   IN_EXCL_UNLINK
#define FDK_INOTIFY_MASK_CREATE   IN_MASK_CREATE
#define FDK_INOTIFY_MASK_ADD      IN_MASK_ADD
#define FDK_INOTIFY_ISDIR         IN_ISDIR
#define FDK_INOTIFY_ONESHOT       IN_ONESHOT
#define FDK_INOTIFY_CLOSE         IN_CLOSE
#define FDK_INOTIFY_MOVE          IN_MOVE
#define FDK_INOTIFY_ALL_EVENTS    IN_ALL_EVENTS
#endif
/** Every bit fdk_inotify accepts in this set (not the bits only the kernel reports). */
#define FDK_INOTIFY_MASK_ALL \
    (FDK_INOTIFY_ACCESS | FDK_INOTIFY_MODIFY | FDK_INOTIFY_ATTRIB | FDK_INOTIFY_CLOSE_WRITE | \
     FDK_INOTIFY_CLOSE_NOWRITE | FDK_INOTIFY_OPEN | FDK_INOTIFY_MOVED_FROM | FDK_INOTIFY_MOVED_TO | \
     FDK_INOTIFY_CREATE | FDK_INOTIFY_DELETE | FDK_INOTIFY_DELETE_SELF | FDK_INOTIFY_MOVE_SELF | \
     FDK_INOTIFY_ONLYDIR | FDK_INOTIFY_DONT_FOLLOW | FDK_INOTIFY_EXCL_UNLINK | \
     FDK_INOTIFY_MASK_CREATE | FDK_INOTIFY_MASK_ADD | FDK_INOTIFY_ONESHOT | FDK_INOTIFY_CLOSE | \
     FDK_INOTIFY_MOVE | FDK_INOTIFY_ALL_EVENTS)
/** @} */

/**
 * @name Flags for fdk_inotify_tree_new().
 * - FDK_INOTIFY_NONBLOCK: fdk_inotify_tree_read() returns -EAGAIN instead of blocking when
 *   nothing is pending.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_INOTIFY_NONBLOCK 0x00000800
#else /* an architecture without a lock: the system headers' values */
#define FDK_INOTIFY_NONBLOCK IN_NONBLOCK
#endif
/** Every bit fdk_inotify accepts in this set. */
#define FDK_INOTIFY_TREE_ALL (FDK_INOTIFY_NONBLOCK)
/** @} */

/**
 * @name What fdk_inotify_tree_read() says about an event besides its inotify bits.
 * - FDK_INOTIFY_TREE_SYNTHETIC: the entry was found by scanning a directory that just appeared
 *   (created or moved in), not reported by the kernel: everything
 *   made in a new directory before its watch existed
 * - FDK_INOTIFY_TREE_RENAME: a MOVED_TO whose MOVED_FROM was inside the tree too: old_path says
 *   where the entry was; a directory keeps its watches and its entries'
 *   paths follow it
 * - FDK_INOTIFY_TREE_RESCAN: the kernel queue overflowed and events were lost (mask 0, path ""):
 *   the tree has re-synchronised its watches; compare what you know
 *   with the disk
 * - FDK_INOTIFY_TREE_LIMIT: the directory at path could not be watched (error: -ENOSPC when
 *   max_user_watches is reached, -ENOMEM, -EACCES...); nothing below it
 *   is reported
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_INOTIFY_TREE_SYNTHETIC 0x00000001u /* fdkit's own bit */
#define FDK_INOTIFY_TREE_RENAME    0x00000002u /* fdkit's own bit */
#define FDK_INOTIFY_TREE_RESCAN    0x00000004u /* fdkit's own bit */
#define FDK_INOTIFY_TREE_LIMIT     0x00000008u /* fdkit's own bit */
#else /* an architecture without a lock: the system headers' values */
#define FDK_INOTIFY_TREE_SYNTHETIC 0x00000001u /* fdkit's own bit */
#define FDK_INOTIFY_TREE_RENAME    0x00000002u /* fdkit's own bit */
#define FDK_INOTIFY_TREE_RESCAN    0x00000004u /* fdkit's own bit */
#define FDK_INOTIFY_TREE_LIMIT     0x00000008u /* fdkit's own bit */
#endif
/** Every bit the kernel reports in this set. */
#define FDK_INOTIFY_TREE_EVENT_ALL \
    (FDK_INOTIFY_TREE_SYNTHETIC | FDK_INOTIFY_TREE_RENAME | FDK_INOTIFY_TREE_RESCAN | \
     FDK_INOTIFY_TREE_LIMIT)
/** @} */

/**
 * One inotify event: a fixed struct inotify_event header, then `len` bytes holding the entry's
 * name, NUL-terminated and padded with NULs.
 */
struct fdk_inotify_event {
    int wd; /**< the watch the event belongs to (-1 for IN_Q_OVERFLOW) */
    uint32_t mask; /**< the event bits, with IN_ISDIR, IN_IGNORED, IN_Q_OVERFLOW or IN_UNMOUNT (print with fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, ...)) */
    uint32_t cookie; /**< pairs an IN_MOVED_FROM with its IN_MOVED_TO (0 for other events) */
    const char *name; /**< the entry's name, for events on an entry of a watched directory (NUL-terminated within the record; NULL when the record has none) */
    size_t name_len; /**< bytes of name before its NUL (0 when name is NULL) */
};

/**
 * Create an inotify instance (inotify_init1). The per-user limit on instances is
 * /proc/sys/fs/inotify/max_user_instances.
 *
 * @param out    receives the handle (written only on success)
 * @param flags  0 or FDK_INOTIFY_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL or flags has unknown bits
 *   -EMFILE  the per-process limit on open descriptors, or the per-user limit on inotify instances
 *            (/proc/sys/fs/inotify/max_user_instances), was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENOMEM  not enough memory for the instance
 */
FDK_EXPORT int fdk_inotify_open(fdk_inotify *out, int flags);

/**
 * Watch path for the events in mask and return the watch descriptor. Watching an object this
 * instance already watches (through any path) returns the same descriptor and replaces its mask,
 * or adds to it with FDK_INOTIFY_MASK_ADD; FDK_INOTIFY_MASK_CREATE refuses instead (-EEXIST). mask
 * must name at least one event; the bits only the kernel reports (IN_IGNORED, IN_ISDIR,
 * IN_Q_OVERFLOW, IN_UNMOUNT) are refused.
 *
 * @param in    the inotify (borrowed)
 * @param path  the file or directory to watch (symbolic links are followed unless
 *              FDK_INOTIFY_DONT_FOLLOW)
 * @param mask  events (FDK_INOTIFY_ALL_EVENTS...) and watch options
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return the watch descriptor (1 or more; the same for an object already watched), or a negative errno:
 *   -EACCES        read access to path, or search access to a folder on the way, is not permitted
 *   -EBADF         in is negative or not an open descriptor
 *   -EEXIST        FDK_INOTIFY_MASK_CREATE was given and the object is already watched by this
 *                  instance
 *   -EFAULT        path points outside the address space
 *   -EINVAL        path is NULL, mask names no event or has unknown or kernel-only bits, MASK_ADD
 *                  and MASK_CREATE are both set, or the fd is not an inotify instance
 *   -ELOOP         too many symbolic links on the way to path
 *   -ENAMETOOLONG  path or one of its components is too long
 *   -ENOENT        a component of path does not exist, or is a dangling symbolic link
 *   -ENOMEM        not enough kernel memory
 *   -ENOSPC        the per-user limit on watches (/proc/sys/fs/inotify/max_user_watches) was
 *                  reached
 *   -ENOTDIR       FDK_INOTIFY_ONLYDIR was given and path is not a directory, or a component on
 *                  the way is not a directory
 */
FDK_EXPORT int fdk_inotify_add(fdk_inotify in, const char *path, uint32_t mask);

/**
 * fdk_inotify_add() for a path relative to the directory dirfd (or AT_FDCWD); an empty path
 * watches what dirfd itself refers to, which may be any open file, like AT_EMPTY_PATH. A relative
 * path is resolved as openat(dirfd, path, O_PATH) resolves it (O_NOFOLLOW with
 * FDK_INOTIFY_DONT_FOLLOW), in the calling thread's descriptor table, and the watch is added
 * through /proc/thread-self/fd, so it needs /proc (ENOENT without it) and briefly one free
 * descriptor.
 *
 * @param in     the inotify (borrowed)
 * @param dirfd  directory a relative path starts from, or AT_FDCWD
 * @param path   path relative to dirfd (absolute paths ignore dirfd); "" for dirfd itself
 * @param mask   as for fdk_inotify_add()
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return the watch descriptor (1 or more; the same for an object already watched), or a negative errno:
 *   -EACCES        read access to the object, or search access to a folder on the way, is not
 *                  permitted
 *   -EBADF         dirfd is neither AT_FDCWD nor an open descriptor
 *   -EEXIST        FDK_INOTIFY_MASK_CREATE was given and the object is already watched by this
 *                  instance
 *   -EINVAL        path is NULL, mask names no event or has unknown or kernel-only bits, or
 *                  MASK_ADD and MASK_CREATE are both set
 *   -ELOOP         too many symbolic links on the way to path
 *   -EMFILE        no descriptor was free to resolve path with (openat O_PATH)
 *   -ENAMETOOLONG  path or one of its components is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENOENT        a component of path does not exist, or /proc is not mounted
 *   -ENOMEM        not enough kernel memory
 *   -ENOSPC        the per-user limit on watches (/proc/sys/fs/inotify/max_user_watches) was
 *                  reached
 *   -ENOTDIR       dirfd is not a directory and path is relative and not empty, or
 *                  FDK_INOTIFY_ONLYDIR was given and the object is not a directory
 */
FDK_EXPORT int fdk_inotify_add_at(fdk_inotify in, int dirfd, const char *path, uint32_t mask);

/**
 * Remove a watch; the kernel then queues an IN_IGNORED record for it. Removing a watch the kernel
 * already dropped (its object was deleted, its file system unmounted, or a ONESHOT watch fired: an
 * IN_IGNORED was or will be read) returns 0, so a caller need not race the kernel; -EINVAL means
 * the descriptor was never handed out by fdk_inotify_add() on this handle (the kernel also spends
 * numbers on adds it refuses: those are -EINVAL too). An adopted handle has no such record: there,
 * any descriptor the kernel does not hold is -EINVAL.
 *
 * @param in  the inotify (borrowed)
 * @param wd  a watch descriptor fdk_inotify_add() returned
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   in is negative or not an open descriptor
 *   -EINVAL  wd was never a watch of this instance, or the fd is not an inotify instance
 */
FDK_EXPORT int fdk_inotify_remove(fdk_inotify in, int wd);

/**
 * Read as many queued events as fit into buf; step through them with fdk_inotify_next(). len must
 * hold at least one maximal record, sizeof(struct inotify_event) + NAME_MAX + 1 bytes (272), or
 * the call is -EINVAL without reading: a smaller buffer could not take every event the kernel
 * might have next. Blocks while the queue is empty unless the instance is non-blocking (-EAGAIN);
 * a signal handler running during the wait ends it with -EINTR.
 *
 * @param in   the inotify (borrowed)
 * @param buf  receives whole records
 * @param len  room in buf (>= sizeof(struct inotify_event) + NAME_MAX + 1)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes read, whole records only (never 0), or a negative errno:
 *   -EAGAIN  no event is queued and the instance is non-blocking
 *   -EBADF   in is negative or not an open descriptor
 *   -EFAULT  buf points outside the address space
 *   -EINTR   a signal handler ran while waiting
 *   -EINVAL  buf is NULL, or len cannot hold one maximal record (the kernel says the same when the
 *            next event does not fit)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_inotify_read(fdk_inotify in, void *buf, size_t len)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len < sizeof(struct inotify_event) + FDK__NAME_MAX + 1)
        return -EINVAL; /* room for one maximal record */
    if (len == 0)
        return in.fd < 0 ? -EBADF : 0;
    n = read(in.fd, buf, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_inotify_read(fdk_inotify in, void *buf, size_t len);
#endif

/**
 * Find the IN_MOVED_TO that pairs with an IN_MOVED_FROM: search the records of buf from pos (the
 * position fdk_inotify_next() left after the IN_MOVED_FROM) for an IN_MOVED_TO with the same
 * cookie. Found (1): the rename stayed inside what this instance watches, from the IN_MOVED_FROM's
 * directory and name to *ret_to's. Not found (0): the entry moved out of the watched set, or its
 * IN_MOVED_TO is not queued yet. The kernel queues the two halves one after the other, so they are
 * almost always adjacent in one read, but inotify(7) does not promise it: other events may come
 * between them, and the IN_MOVED_TO may arrive in the next read. A caller that must be sure waits
 * briefly for more events before treating an unpaired IN_MOVED_FROM as a move out
 * (fdk_inotify_tree does).
 *
 * @param buf     the bytes one read returned
 * @param len     how many bytes buf holds
 * @param pos     where to start searching (a record boundary)
 * @param cookie  the IN_MOVED_FROM's cookie (not 0)
 * @param ret_to  receives the IN_MOVED_TO record (written only when found; may be NULL)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 1 when the MOVED_TO was found, 0 when not, or a negative errno:
 *   -EBADMSG  a record between pos and the pair is malformed
 *   -EINVAL   buf is NULL with len > 0, pos > len, or cookie is 0
 */
FDK_EXPORT int fdk_inotify_match_move(const void *buf, size_t len, size_t pos, uint32_t cookie, struct fdk_inotify_event *ret_to);

/**
 * Watch the directory tree under root, every directory in it and every one that appears later, at
 * any depth. Events come from fdk_inotify_tree_read() with paths relative to root. A directory
 * that appears (created, or moved in from outside) is watched first and read second, and every
 * entry the read finds is reported as a CREATE flagged FDK_INOTIFY_TREE_SYNTHETIC, so nothing made
 * in it is missed however fast it was made, and an entry both seen by the read and reported by the
 * kernel is reported once. A directory renamed inside the tree keeps its watches and its entries'
 * paths follow it; one moved out of the tree stops being watched. A queue overflow becomes one
 * FDK_INOTIFY_TREE_RESCAN notice and the tree re-synchronises its watches; a directory that cannot
 * be watched (max_user_watches) is a FDK_INOTIFY_TREE_LIMIT notice, never hidden. Symbolic links
 * are reported as entries and never followed (the root itself may be one). Events on
 * subdirectories themselves (DELETE_SELF, MOVE_SELF) are not reported: their parent's DELETE and
 * MOVED_FROM say the same with a path; the root's are, with path "". Opens, reads and closes of
 * directories (OPEN, ACCESS, CLOSE_NOWRITE with ISDIR) are not reported: the tree's own scans make
 * them too, and they cannot be told apart. Existing entries are not reported at start. Uses an
 * inotify instance, an epoll set and an eventfd (three descriptors, CLOEXEC) and one watch per
 * directory. A tree is used by one thread at a time.
 *
 * @param out    receives the tree (written only on success)
 * @param root   the directory to watch
 * @param mask   the events to report (FDK_INOTIFY_ALL_EVENTS...), optionally
 *               FDK_INOTIFY_EXCL_UNLINK
 * @param flags  0 or FDK_INOTIFY_NONBLOCK
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES   root cannot be read or searched
 *   -EINVAL   out or root is NULL, or mask names no event or has bits a tree does not take
 *   -EMFILE   the per-process limit on open descriptors, or the per-user limit on inotify
 *             instances, was reached
 *   -ENFILE   the system-wide limit on open files was reached
 *   -ENOENT   root does not exist
 *   -ENOMEM   not enough memory
 *   -ENOSPC   the per-user limit on watches (/proc/sys/fs/inotify/max_user_watches) does not leave
 *             room for root itself
 *   -ENOTDIR  root is not a directory
 */
FDK_EXPORT int fdk_inotify_tree_new(fdk_inotify_tree **out, const char *root, uint32_t mask, int flags);

/**
 * The descriptor to poll for the tree (an epoll set, readable while fdk_inotify_tree_read() has
 * something to return, including events it holds back when the caller's array was full). Owned by
 * the tree: never close it.
 *
 * @param tree  the tree
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return the descriptor to poll, or a negative errno:
 *   -EINVAL  tree is NULL
 */
FDK_EXPORT int fdk_inotify_tree_fd(const fdk_inotify_tree *tree);

/**
 * Return up to max events, oldest first. Blocks while there is none, unless the tree was made with
 * FDK_INOTIFY_NONBLOCK (-EAGAIN); a signal handler ends the wait with -EINTR. Returns 0 once the
 * root itself is gone (deleted, moved away or unmounted) and every event before that was returned.
 * When the kernel reports a MOVED_FROM of a directory with no MOVED_TO after it, the call waits up
 * to 10 ms for the other half before deciding the directory left the tree. The strings in evs stay
 * valid until the next call on the tree.
 *
 * @param tree  the tree
 * @param evs   receives the events
 * @param max   room in evs (> 0)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of events in evs (1 or more), 0 once the root is gone, or a negative errno:
 *   -EAGAIN   nothing is pending and the tree is non-blocking
 *   -EBADMSG  the kernel returned a malformed record (never expected)
 *   -EINTR    a signal handler ran while waiting
 *   -EINVAL   tree or evs is NULL, or max is 0
 *   -ENOMEM   not enough memory to track a new directory (the events are kept; call again)
 */
FDK_EXPORT int fdk_inotify_tree_read(fdk_inotify_tree *tree, struct fdk_inotify_tree_event *evs, size_t max);

/**
 * Stop watching and free the tree and its descriptors. NULL is a no-op.
 *
 * @param tree  the tree, or NULL
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  never returned: NULL is a no-op
 */
FDK_EXPORT int fdk_inotify_tree_free(fdk_inotify_tree *tree);

/**
 * Close the inotify, release what it holds, and set its fd to -1. A no-op returning 0 when the fd
 * is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_inotify_close(fdk_inotify *h);

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the handle empty. The state
 * the handle carries is freed without acting on it (a socket's bound path is not unlinked, for
 * one).
 *
 * @param h  handle to empty; its fd is set to -1
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EINVAL  h is NULL
 */
FDK_EXPORT int fdk_inotify_release(fdk_inotify *h);

/**
 * Decode the record at offset *pos of a buffer a read filled into *ev (struct fdk_inotify_event)
 * and advance *pos past it; start at 0 and call until it returns 0. Pointers in *ev point into
 * buf. A malformed record (shorter than its sizeof(struct inotify_event)-byte header, or running
 * past len) is -EBADMSG with *pos and *ev untouched, so a loop can never over-read or spin.
 *
 * @param buf  the bytes one read returned
 * @param len  how many bytes buf holds
 * @param pos  offset of the next record: 0 for a new buffer; advanced on success
 * @param ev   receives the decoded record (written only on success)
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 1 with *ev filled, 0 at the end of the buffer, or a negative errno:
 *   -EBADMSG  the record at *pos is malformed: cut short, shorter than its header, or running past
 *             len
 *   -EINVAL   pos or ev is NULL, buf is NULL with len > 0, or *pos > len
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_inotify_next(const void *buf, size_t len, size_t *pos, struct fdk_inotify_event *ev)
{
    struct inotify_event h;
    const unsigned char *rec;
    size_t at, room, total, start;
    const char *name = NULL;
    size_t name_len = 0;

    if (!buf && len > 0)
        return -EINVAL;
    if (!pos)
        return -EINVAL;
    if (!ev)
        return -EINVAL;
    at = *pos;
    if (at > len)
        return -EINVAL; /* not a position this function returned */
    if (at == len)
        return 0; /* every record read */
    room = len - at;
    if (room < sizeof h)
        return -EBADMSG; /* a header cut short */
    rec = (const unsigned char *)buf + at;
    memcpy(&h, rec, sizeof h); /* buf need not be aligned for the header */
    if (h.len > room - sizeof h)
        return -EBADMSG; /* the payload runs past the buffer */
    total = sizeof h + h.len;
    if (total % 4 != 0)
        return -EBADMSG; /* the kernel pads every record to 4 bytes */
    start = sizeof h;
    if (total > start) {
        const char *s = (const char *)rec + start;
        if (rec[total - 1] != '\0')
            return -EBADMSG; /* name must end within its record: its last byte is NUL */
        if (s[0] != '\0') {
            name = s;
            name_len = strlen(s);
        }
    }
    ev->wd = h.wd;
    ev->mask = h.mask;
    ev->cookie = h.cookie;
    ev->name = name;
    ev->name_len = name_len;
    *pos = at + total;
    return 1;
}
#else
FDK_EXPORT int fdk_inotify_next(const void *buf, size_t len, size_t *pos, struct fdk_inotify_event *ev);
#endif

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_inotify fdk_inotify_adopt(int fd)
{
    fdk_inotify h;
    h.fd = fd;
    h.state = 0;
    return h;
}

FDK_END_DECLS

#endif /* FDKIT_INOTIFY_H */
