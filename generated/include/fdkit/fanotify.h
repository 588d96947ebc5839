/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fanotify.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/fanotify.h
 * File-system events for inodes, mounts or whole file systems (marks), read from a descriptor as
 * variable-length records. A group either hands each event an open descriptor of the file (the
 * default; the caller owns it and must close it) or reports file identifiers
 * (FDK_FANOTIFY_REPORT_FID and friends): a file system id and a handle, usable with
 * open_by_handle_at, plus the entry's name with REPORT_NAME. Permission events (OPEN_PERM,
 * ACCESS_PERM, OPEN_EXEC_PERM) block the process that caused them until the reader answers with
 * fdk_fanotify_respond(). Creating a group needs CAP_SYS_ADMIN, except (since Linux 5.13) a
 * FID-reporting notification group with inode marks only; a process that is not privileged gets
 * -EPERM for the flags and mark types reserved to the administrator and -EINVAL for permission
 * events. The per-user limits are in /proc/sys/fs/fanotify: max_user_groups (fdk_fanotify_open's
 * -EMFILE), max_user_marks (fdk_fanotify_mark's -ENOSPC) and max_queued_events (past it, unless
 * the group has UNLIMITED_QUEUE, events are dropped and one Q_OVERFLOW record says so).
 *
 * See fanotify(7).
 */
#ifndef FDKIT_FANOTIFY_H
#define FDKIT_FANOTIFY_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#endif

#include <fcntl.h>
#include <sys/fanotify.h>
#include <fdkit/fanotify-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * A fanotify group. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_fanotify_close() releases it.
 */
typedef struct fdk_fanotify {
    int fd;
} fdk_fanotify;

/**
 * @name Flags for fdk_fanotify_open().  The class is a two-bit field: no class
bit is the notification class (FAN_CLASS_NOTIF is 0); CLASS_CONTENT
and CLASS_PRE_CONTENT may not be combined.

 * - FDK_FANOTIFY_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * - FDK_FANOTIFY_NONBLOCK: Reads with no event queued fail with -EAGAIN instead of blocking.
 * - FDK_FANOTIFY_CLASS_CONTENT: permission events are seen after a notification group's and
 *   before a pre-content group's: for a decision on the final
 *   content (virus scanners)
 * - FDK_FANOTIFY_CLASS_PRE_CONTENT: permission events are seen first, before the content is
 *   final: for hierarchical storage that fills a file in
 * - FDK_FANOTIFY_UNLIMITED_QUEUE: no limit on queued events (needs CAP_SYS_ADMIN)
 * - FDK_FANOTIFY_UNLIMITED_MARKS: no limit on marks (needs CAP_SYS_ADMIN)
 * - FDK_FANOTIFY_ENABLE_AUDIT: permission responses may carry FDK_FANOTIFY_AUDIT (needs
 *   CAP_AUDIT_WRITE)
 * - FDK_FANOTIFY_REPORT_PIDFD: each event carries a pidfd of the process that caused it (an
 *   INFO_PIDFD record; the caller owns it; needs CAP_SYS_ADMIN)
 * - FDK_FANOTIFY_REPORT_TID: pid is the thread id of the thread that caused the event, not its
 *   process id (needs CAP_SYS_ADMIN)
 * - FDK_FANOTIFY_REPORT_FID: report the object's file id (file system id + handle) instead of an
 *   open descriptor (fd is FAN_NOFD)
 * - FDK_FANOTIFY_REPORT_DIR_FID: report the file id of the directory the event's entry lives in
 * - FDK_FANOTIFY_REPORT_NAME: with REPORT_DIR_FID: also the entry's name (a DFID_NAME record)
 * - FDK_FANOTIFY_REPORT_TARGET_FID: with REPORT_FID and REPORT_DFID_NAME: for entry events
 *   (create, delete, moves) also the file id of the entry itself
 * - FDK_FANOTIFY_REPORT_DFID_NAME: FAN_REPORT_DIR_FID | FAN_REPORT_NAME
 * - FDK_FANOTIFY_REPORT_DFID_NAME_TARGET: FAN_REPORT_DFID_NAME | FAN_REPORT_FID |
 *   FAN_REPORT_TARGET_FID
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FANOTIFY_CLOEXEC                 0x00000001u
#define FDK_FANOTIFY_NONBLOCK                0x00000002u
#define FDK_FANOTIFY_CLASS_CONTENT           0x00000004u
#define FDK_FANOTIFY_CLASS_PRE_CONTENT       0x00000008u
#define FDK_FANOTIFY_UNLIMITED_QUEUE         0x00000010u
#define FDK_FANOTIFY_UNLIMITED_MARKS         0x00000020u
#define FDK_FANOTIFY_ENABLE_AUDIT            0x00000040u
#define FDK_FANOTIFY_REPORT_PIDFD            0x00000080u
#define FDK_FANOTIFY_REPORT_TID              0x00000100u
#define FDK_FANOTIFY_REPORT_FID              0x00000200u
#define FDK_FANOTIFY_REPORT_DIR_FID          0x00000400u
#define FDK_FANOTIFY_REPORT_NAME             0x00000800u
#define FDK_FANOTIFY_REPORT_TARGET_FID       0x00001000u
#define FDK_FANOTIFY_REPORT_DFID_NAME        0x00000c00u
#define FDK_FANOTIFY_REPORT_DFID_NAME_TARGET 0x00001e00u
#else /* an architecture without a lock: the system headers' values */
#define FDK_FANOTIFY_CLOEXEC                 FAN_CLOEXEC
#define FDK_FANOTIFY_NONBLOCK                FAN_NONBLOCK
#define FDK_FANOTIFY_CLASS_CONTENT           FAN_CLASS_CONTENT
#define FDK_FANOTIFY_CLASS_PRE_CONTENT       FAN_CLASS_PRE_CONTENT
#define FDK_FANOTIFY_UNLIMITED_QUEUE         FAN_UNLIMITED_QUEUE
#define FDK_FANOTIFY_UNLIMITED_MARKS         FAN_UNLIMITED_MARKS
#define FDK_FANOTIFY_ENABLE_AUDIT            FAN_ENABLE_AUDIT
#define FDK_FANOTIFY_REPORT_PIDFD            FAN_REPORT_PIDFD
#define FDK_FANOTIFY_REPORT_TID              FAN_REPORT_TID
#define FDK_FANOTIFY_REPORT_FID              FAN_REPORT_FID
#define FDK_FANOTIFY_REPORT_DIR_FID          FAN_REPORT_DIR_FID
#define FDK_FANOTIFY_REPORT_NAME             FAN_REPORT_NAME
#define FDK_FANOTIFY_REPORT_TARGET_FID       FAN_REPORT_TARGET_FID
#define FDK_FANOTIFY_REPORT_DFID_NAME        FAN_REPORT_DFID_NAME
#define FDK_FANOTIFY_REPORT_DFID_NAME_TARGET FAN_REPORT_DFID_NAME_TARGET
#endif
/** Every bit fdk_fanotify accepts in this set. */
#define FDK_FANOTIFY_INIT_ALL \
    (FDK_FANOTIFY_CLOEXEC | FDK_FANOTIFY_NONBLOCK | FDK_FANOTIFY_CLASS_CONTENT | \
     FDK_FANOTIFY_CLASS_PRE_CONTENT | FDK_FANOTIFY_UNLIMITED_QUEUE | FDK_FANOTIFY_UNLIMITED_MARKS | \
     FDK_FANOTIFY_ENABLE_AUDIT | FDK_FANOTIFY_REPORT_PIDFD | FDK_FANOTIFY_REPORT_TID | \
     FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_REPORT_DIR_FID | FDK_FANOTIFY_REPORT_NAME | \
     FDK_FANOTIFY_REPORT_TARGET_FID | FDK_FANOTIFY_REPORT_DFID_NAME | \
     FDK_FANOTIFY_REPORT_DFID_NAME_TARGET)
/** @} */

/**
 * @name How fdk_fanotify_open()'s groups open the descriptors events carry
(fanotify_init's event_f_flags).  No access bit is O_RDONLY.
O_CLOEXEC and, where the ABI has it, O_LARGEFILE are always added.

 * - FDK_FANOTIFY_EVENT_WRONLY: open event descriptors write-only
 * - FDK_FANOTIFY_EVENT_RDWR: open event descriptors for reading and writing
 * - FDK_FANOTIFY_EVENT_APPEND: open event descriptors in append mode
 * - FDK_FANOTIFY_EVENT_NONBLOCK: open event descriptors non-blocking
 * - FDK_FANOTIFY_EVENT_NOATIME: reads through event descriptors leave the access time alone
 * - FDK_FANOTIFY_EVENT_DSYNC: writes through event descriptors are data-synchronous
 * - FDK_FANOTIFY_EVENT_CLOEXEC: event descriptors are close-on-exec. Always applied
 * - FDK_FANOTIFY_EVENT_SYNC: writes through event descriptors are file-synchronous (includes
 *   O_DSYNC)
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FANOTIFY_EVENT_WRONLY   0x00000001u
#define FDK_FANOTIFY_EVENT_RDWR     0x00000002u
#define FDK_FANOTIFY_EVENT_APPEND   0x00000400u
#define FDK_FANOTIFY_EVENT_NONBLOCK 0x00000800u
#define FDK_FANOTIFY_EVENT_NOATIME  0x00040000u
#define FDK_FANOTIFY_EVENT_DSYNC    0x00001000u
#define FDK_FANOTIFY_EVENT_CLOEXEC  0x00080000u
#define FDK_FANOTIFY_EVENT_SYNC     0x00101000u
#else /* an architecture without a lock: the system headers' values */
#define FDK_FANOTIFY_EVENT_WRONLY   O_WRONLY
#define FDK_FANOTIFY_EVENT_RDWR     O_RDWR
#define FDK_FANOTIFY_EVENT_APPEND   O_APPEND
#define FDK_FANOTIFY_EVENT_NONBLOCK O_NONBLOCK
#define FDK_FANOTIFY_EVENT_NOATIME  O_NOATIME
#define FDK_FANOTIFY_EVENT_DSYNC    O_DSYNC
#define FDK_FANOTIFY_EVENT_CLOEXEC  O_CLOEXEC
#define FDK_FANOTIFY_EVENT_SYNC     O_SYNC
#endif
/** Every bit fdk_fanotify accepts in this set. */
#define FDK_FANOTIFY_EVENT_OPEN_ALL \
    (FDK_FANOTIFY_EVENT_WRONLY | FDK_FANOTIFY_EVENT_RDWR | FDK_FANOTIFY_EVENT_APPEND | \
     FDK_FANOTIFY_EVENT_NONBLOCK | FDK_FANOTIFY_EVENT_NOATIME | FDK_FANOTIFY_EVENT_DSYNC | \
     FDK_FANOTIFY_EVENT_CLOEXEC | FDK_FANOTIFY_EVENT_SYNC)
/** @} */

/**
 * @name Flags for fdk_fanotify_mark(): exactly one of MARK_ADD, MARK_REMOVE and
MARK_FLUSH, then what is marked (an inode when neither MARK_MOUNT nor
MARK_FILESYSTEM is given) and how.

 * - FDK_FANOTIFY_MARK_ADD: add the events in mask to the mark (creating it)
 * - FDK_FANOTIFY_MARK_REMOVE: remove the events in mask from the mark (the mark goes when none
 *   is left)
 * - FDK_FANOTIFY_MARK_FLUSH: remove every mark of the given type (inode, MARK_MOUNT or
 *   MARK_FILESYSTEM); mask, dirfd and path are not used
 * - FDK_FANOTIFY_MARK_DONT_FOLLOW: mark a symbolic link itself, not what it points to
 * - FDK_FANOTIFY_MARK_ONLYDIR: -ENOTDIR unless path is a directory
 * - FDK_FANOTIFY_MARK_MOUNT: mark the mount holding path (needs CAP_SYS_ADMIN; no entry events
 *   such as create or delete)
 * - FDK_FANOTIFY_MARK_FILESYSTEM: mark the whole file system holding path (needs CAP_SYS_ADMIN)
 * - FDK_FANOTIFY_MARK_IGNORED_MASK: mask is events to ignore, not to report (the older ignore
 *   mask: no directory or child events)
 * - FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY: the ignore mask survives modification of the file
 * - FDK_FANOTIFY_MARK_EVICTABLE: an inode mark that does not pin the inode in the cache: it may
 *   silently go with the inode
 * - FDK_FANOTIFY_MARK_IGNORE: mask is events to ignore, with ONDIR and EVENT_ON_CHILD honoured
 *   (non-inode marks need IGNORED_SURV_MODIFY too)
 * - FDK_FANOTIFY_MARK_IGNORE_SURV: FAN_MARK_IGNORE | FAN_MARK_IGNORED_SURV_MODIFY
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FANOTIFY_MARK_ADD                 0x00000001u
#define FDK_FANOTIFY_MARK_REMOVE              0x00000002u
#define FDK_FANOTIFY_MARK_FLUSH               0x00000080u
#define FDK_FANOTIFY_MARK_DONT_FOLLOW         0x00000004u
#define FDK_FANOTIFY_MARK_ONLYDIR             0x00000008u
#define FDK_FANOTIFY_MARK_MOUNT               0x00000010u
#define FDK_FANOTIFY_MARK_FILESYSTEM          0x00000100u
#define FDK_FANOTIFY_MARK_IGNORED_MASK        0x00000020u
#define FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY 0x00000040u
#define FDK_FANOTIFY_MARK_EVICTABLE           0x00000200u
#define FDK_FANOTIFY_MARK_IGNORE              0x00000400u
#define FDK_FANOTIFY_MARK_IGNORE_SURV         0x00000440u
#else /* an architecture without a lock: the system headers' values */
#define FDK_FANOTIFY_MARK_ADD                 FAN_MARK_ADD
#define FDK_FANOTIFY_MARK_REMOVE              FAN_MARK_REMOVE
#define FDK_FANOTIFY_MARK_FLUSH               FAN_MARK_FLUSH
#define FDK_FANOTIFY_MARK_DONT_FOLLOW         FAN_MARK_DONT_FOLLOW
#define FDK_FANOTIFY_MARK_ONLYDIR             FAN_MARK_ONLYDIR
#define FDK_FANOTIFY_MARK_MOUNT               FAN_MARK_MOUNT
#define FDK_FANOTIFY_MARK_FILESYSTEM          FAN_MARK_FILESYSTEM
#define FDK_FANOTIFY_MARK_IGNORED_MASK        FAN_MARK_IGNORED_MASK
#define FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY FAN_MARK_IGNORED_SURV_MODIFY
#define FDK_FANOTIFY_MARK_EVICTABLE           FAN_MARK_EVICTABLE
#define FDK_FANOTIFY_MARK_IGNORE              FAN_MARK_IGNORE
#define FDK_FANOTIFY_MARK_IGNORE_SURV         FAN_MARK_IGNORE_SURV
#endif
/** Every bit fdk_fanotify accepts in this set. */
#define FDK_FANOTIFY_MARK_ALL \
    (FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_REMOVE | FDK_FANOTIFY_MARK_FLUSH | \
     FDK_FANOTIFY_MARK_DONT_FOLLOW | FDK_FANOTIFY_MARK_ONLYDIR | FDK_FANOTIFY_MARK_MOUNT | \
     FDK_FANOTIFY_MARK_FILESYSTEM | FDK_FANOTIFY_MARK_IGNORED_MASK | \
     FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY | FDK_FANOTIFY_MARK_EVICTABLE | \
     FDK_FANOTIFY_MARK_IGNORE | FDK_FANOTIFY_MARK_IGNORE_SURV)
/** @} */

/**
 * @name Events for fdk_fanotify_mark() and the bits event records report.
 * - FDK_FANOTIFY_ACCESS: a file (or with ONDIR a directory) was read
 * - FDK_FANOTIFY_MODIFY: a file was written
 * - FDK_FANOTIFY_ATTRIB: metadata changed (needs a FID group)
 * - FDK_FANOTIFY_CLOSE_WRITE: a file opened for writing was closed
 * - FDK_FANOTIFY_CLOSE_NOWRITE: a file or directory not opened for writing was closed
 * - FDK_FANOTIFY_OPEN: a file or directory was opened
 * - FDK_FANOTIFY_MOVED_FROM: an entry was moved out of a marked directory (needs a FID group)
 * - FDK_FANOTIFY_MOVED_TO: an entry was moved into a marked directory (needs a FID group)
 * - FDK_FANOTIFY_CREATE: an entry was created in a marked directory (needs a FID group)
 * - FDK_FANOTIFY_DELETE: an entry was deleted from a marked directory (needs a FID group)
 * - FDK_FANOTIFY_DELETE_SELF: a marked object was deleted (needs a FID group)
 * - FDK_FANOTIFY_MOVE_SELF: a marked object was moved (needs a FID group)
 * - FDK_FANOTIFY_OPEN_EXEC: a file was opened to be executed
 * - FDK_FANOTIFY_Q_OVERFLOW: reported only: the queue overflowed and events were lost (fd is
 *   FAN_NOFD)
 * - FDK_FANOTIFY_FS_ERROR: the file system reported an error (needs a FID group and a
 *   MARK_FILESYSTEM mark; an INFO_ERROR record counts them)
 * - FDK_FANOTIFY_OPEN_PERM: permission to open a file or directory is asked: answer with
 *   fdk_fanotify_respond()
 * - FDK_FANOTIFY_ACCESS_PERM: permission to read a file or directory is asked: answer with
 *   fdk_fanotify_respond()
 * - FDK_FANOTIFY_OPEN_EXEC_PERM: permission to open a file for execution is asked: answer with
 *   fdk_fanotify_respond()
 * - FDK_FANOTIFY_EVENT_ON_CHILD: on a directory mark: report events on the entries directly
 *   inside it too
 * - FDK_FANOTIFY_RENAME: an entry was renamed: one event with an OLD_DFID_NAME record when the
 *   old directory is marked and a NEW_DFID_NAME record when the new one is
 *   (both for a mount or file-system mark); needs a REPORT_DFID_NAME group
 * - FDK_FANOTIFY_ONDIR: in a mask: report events on directories too; in a FID group's event: the
 *   object is a directory (groups that report descriptors never set it)
 * - FDK_FANOTIFY_CLOSE: FAN_CLOSE_WRITE | FAN_CLOSE_NOWRITE
 * - FDK_FANOTIFY_MOVE: FAN_MOVED_FROM | FAN_MOVED_TO
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FANOTIFY_ACCESS         0x00000001ull
#define FDK_FANOTIFY_MODIFY         0x00000002ull
#define FDK_FANOTIFY_ATTRIB         0x00000004ull
#define FDK_FANOTIFY_CLOSE_WRITE    0x00000008ull
#define FDK_FANOTIFY_CLOSE_NOWRITE  0x00000010ull
#define FDK_FANOTIFY_OPEN           0x00000020ull
#define FDK_FANOTIFY_MOVED_FROM     0x00000040ull
#define FDK_FANOTIFY_MOVED_TO       0x00000080ull
#define FDK_FANOTIFY_CREATE         0x00000100ull
#define FDK_FANOTIFY_DELETE         0x00000200ull
#define FDK_FANOTIFY_DELETE_SELF    0x00000400ull
#define FDK_FANOTIFY_MOVE_SELF      0x00000800ull
#define FDK_FANOTIFY_OPEN_EXEC      0x00001000ull
#define FDK_FANOTIFY_Q_OVERFLOW     0x00004000ull
#define FDK_FANOTIFY_FS_ERROR       0x00008000ull
#define FDK_FANOTIFY_OPEN_PERM      0x00010000ull
#define FDK_FANOTIFY_ACCESS_PERM    0x00020000ull
#define FDK_FANOTIFY_OPEN_EXEC_PERM 0x00040000ull
#define FDK_FANOTIFY_EVENT_ON_CHILD 0x08000000ull
#define FDK_FANOTIFY_RENAME         0x10000000ull
#define FDK_FANOTIFY_ONDIR          0x40000000ull
#define FDK_FANOTIFY_CLOSE          0x00000018ull
#define FDK_FANOTIFY_MOVE           0x000000c0ull
#else /* an architecture without a lock: the system headers' values */
#define FDK_FANOTIFY_ACCESS         FAN_ACCESS
#define FDK_FANOTIFY_MODIFY         FAN_MODIFY
#define FDK_FANOTIFY_ATTRIB         FAN_ATTRIB
#define FDK_FANOTIFY_CLOSE_WRITE    FAN_CLOSE_WRITE
#define FDK_FANOTIFY_CLOSE_NOWRITE  FAN_CLOSE_NOWRITE
#define FDK_FANOTIFY_OPEN           FAN_OPEN
#define FDK_FANOTIFY_MOVED_FROM     FAN_MOVED_FROM
#define FDK_FANOTIFY_MOVED_TO       FAN_MOVED_TO
#define FDK_FANOTIFY_CREATE         FAN_CREATE
#define FDK_FANOTIFY_DELETE         FAN_DELETE
#define FDK_FANOTIFY_DELETE_SELF    FAN_DELETE_SELF
#define FDK_FANOTIFY_MOVE_SELF      FAN_MOVE_SELF
#define FDK_FANOTIFY_OPEN_EXEC      FAN_OPEN_EXEC
#define FDK_FANOTIFY_Q_OVERFLOW     FAN_Q_OVERFLOW
#define FDK_FANOTIFY_FS_ERROR       FAN_FS_ERROR
#define FDK_FANOTIFY_OPEN_PERM      FAN_OPEN_PERM
#define FDK_FANOTIFY_ACCESS_PERM    FAN_ACCESS_PERM
#define FDK_FANOTIFY_OPEN_EXEC_PERM FAN_OPEN_EXEC_PERM
#define FDK_FANOTIFY_EVENT_ON_CHILD FAN_EVENT_ON_CHILD
#define FDK_FANOTIFY_RENAME         FAN_RENAME
#define FDK_FANOTIFY_ONDIR          FAN_ONDIR
#define FDK_FANOTIFY_CLOSE          FAN_CLOSE
#define FDK_FANOTIFY_MOVE           FAN_MOVE
#endif
/** Every bit fdk_fanotify accepts in this set (not the bits only the kernel reports). */
#define FDK_FANOTIFY_MASK_ALL \
    (FDK_FANOTIFY_ACCESS | FDK_FANOTIFY_MODIFY | FDK_FANOTIFY_ATTRIB | FDK_FANOTIFY_CLOSE_WRITE | \
     FDK_FANOTIFY_CLOSE_NOWRITE | FDK_FANOTIFY_OPEN | FDK_FANOTIFY_MOVED_FROM | \
     FDK_FANOTIFY_MOVED_TO | FDK_FANOTIFY_CREATE | FDK_FANOTIFY_DELETE | FDK_FANOTIFY_DELETE_SELF | \
     FDK_FANOTIFY_MOVE_SELF | FDK_FANOTIFY_OPEN_EXEC | FDK_FANOTIFY_FS_ERROR | \
     FDK_FANOTIFY_OPEN_PERM | FDK_FANOTIFY_ACCESS_PERM | FDK_FANOTIFY_OPEN_EXEC_PERM | \
     FDK_FANOTIFY_EVENT_ON_CHILD | FDK_FANOTIFY_RENAME | FDK_FANOTIFY_ONDIR | FDK_FANOTIFY_CLOSE | \
     FDK_FANOTIFY_MOVE)
/** @} */

/**
 * @name Answers to a permission event, for fdk_fanotify_respond().
 * - FDK_FANOTIFY_ALLOW: let the operation go ahead
 * - FDK_FANOTIFY_DENY: refuse it: the process gets -EPERM (fdk_fanotify_deny_errno() picks
 *   another errno)
 * - FDK_FANOTIFY_AUDIT: also write an audit record of the decision (the group needs
 *   FDK_FANOTIFY_ENABLE_AUDIT)
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FANOTIFY_ALLOW 0x00000001u
#define FDK_FANOTIFY_DENY  0x00000002u
#define FDK_FANOTIFY_AUDIT 0x00000010u
#else /* an architecture without a lock: the system headers' values */
#define FDK_FANOTIFY_ALLOW FAN_ALLOW
#define FDK_FANOTIFY_DENY  FAN_DENY
#define FDK_FANOTIFY_AUDIT FAN_AUDIT
#endif
/** Every bit fdk_fanotify accepts in this set. */
#define FDK_FANOTIFY_RESPONSE_ALL (FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_DENY | FDK_FANOTIFY_AUDIT)
/** @} */

/**
 * @name Which information records an event carried (fdk_fanotify_next's info member).
 * - FDK_FANOTIFY_INFO_FID: a FID record: the object's file id (fid)
 * - FDK_FANOTIFY_INFO_DFID: a DFID record: the directory's file id (dfid, without a name)
 * - FDK_FANOTIFY_INFO_DFID_NAME: a DFID_NAME record: the directory's file id and the entry's
 *   name (dfid)
 * - FDK_FANOTIFY_INFO_OLD_DFID_NAME: an OLD_DFID_NAME record: where a RENAME's entry was
 *   (old_dfid)
 * - FDK_FANOTIFY_INFO_NEW_DFID_NAME: a NEW_DFID_NAME record: where a RENAME's entry is now
 *   (new_dfid)
 * - FDK_FANOTIFY_INFO_PIDFD: a PIDFD record (pidfd)
 * - FDK_FANOTIFY_INFO_ERROR: an ERROR record (error, error_count)
 * - FDK_FANOTIFY_INFO_OTHER: one or more records of a type this fdkit does not decode (a newer
 *   kernel's), skipped
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_FANOTIFY_INFO_FID           0x00000001u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_DFID          0x00000002u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_DFID_NAME     0x00000004u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_OLD_DFID_NAME 0x00000008u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_NEW_DFID_NAME 0x00000010u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_PIDFD         0x00000020u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_ERROR         0x00000040u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_OTHER         0x00000080u /* fdkit's own bit */
#else /* an architecture without a lock: the system headers' values */
#define FDK_FANOTIFY_INFO_FID           0x00000001u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_DFID          0x00000002u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_DFID_NAME     0x00000004u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_OLD_DFID_NAME 0x00000008u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_NEW_DFID_NAME 0x00000010u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_PIDFD         0x00000020u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_ERROR         0x00000040u /* fdkit's own bit */
#define FDK_FANOTIFY_INFO_OTHER         0x00000080u /* fdkit's own bit */
#endif
/** Every bit the kernel reports in this set. */
#define FDK_FANOTIFY_INFO_ALL \
    (FDK_FANOTIFY_INFO_FID | FDK_FANOTIFY_INFO_DFID | FDK_FANOTIFY_INFO_DFID_NAME | \
     FDK_FANOTIFY_INFO_OLD_DFID_NAME | FDK_FANOTIFY_INFO_NEW_DFID_NAME | FDK_FANOTIFY_INFO_PIDFD | \
     FDK_FANOTIFY_INFO_ERROR | FDK_FANOTIFY_INFO_OTHER)
/** @} */

/**
 * One fanotify event: struct fanotify_event_metadata (event_len covers the whole record,
 * metadata_len says where the information records start), then the information records, each with
 * its own type and length. The descriptors it carries (fd, pidfd) belong to the caller: close them
 * with fdk_fanotify_event_close(), and hand the rest of a buffer not stepped through to
 * fdk_fanotify_close_from().
 */
struct fdk_fanotify_event {
    uint64_t mask; /**< the event bits (with FAN_ONDIR for a directory in FID groups), or FAN_Q_OVERFLOW (print with fdk_flags_format(FDK_FLAGSET_FANOTIFY_MASK, ...)) */
    int fd; /**< an open descriptor of the object, owned by the caller; FAN_NOFD (-1) in FID groups and for Q_OVERFLOW; a negative errno when the group has FAN_REPORT_FD_ERROR and the open failed */
    int pid; /**< the process (thread with REPORT_TID) that caused the event; 0 when it is outside the reader's pid namespace, and in an unprivileged group when it is not the reader */
    uint32_t info; /**< which information records came (FDK_FANOTIFY_INFO_FID...; print with fdk_flags_format(FDK_FLAGSET_FANOTIFY_INFO, ...)) */
    struct fdk_fanotify_fid fid; /**< the object's file id (INFO_FID) */
    struct fdk_fanotify_fid dfid; /**< the directory's file id, with the entry's name for INFO_DFID_NAME ("." for the directory itself) */
    struct fdk_fanotify_fid old_dfid; /**< RENAME: the old directory and name (INFO_OLD_DFID_NAME) */
    struct fdk_fanotify_fid new_dfid; /**< RENAME: the new directory and name (INFO_NEW_DFID_NAME) */
    int pidfd; /**< INFO_PIDFD: a pidfd owned by the caller, or FAN_NOPIDFD (-1) when the process had exited, or FAN_EPIDFD (-2) when it could not be made; -1 without the record */
    int error; /**< INFO_ERROR: the first error the file system reported (a positive errno) */
    uint32_t error_count; /**< INFO_ERROR: errors since the last FS_ERROR event was read */
};

/**
 * Create a fanotify group (fanotify_init). Event descriptors it hands out are opened with
 * event_f_flags plus O_CLOEXEC (and O_LARGEFILE). Without CAP_SYS_ADMIN only a notification group
 * that reports file ids (FDK_FANOTIFY_REPORT_FID or REPORT_DIR_FID) may be made, since Linux 5.13,
 * and without UNLIMITED_QUEUE, UNLIMITED_MARKS or ENABLE_AUDIT.
 *
 * @param out            receives the handle (written only on success)
 * @param flags          class, FDK_FANOTIFY_NONBLOCK, limits and report flags
 * @param event_f_flags  how event descriptors are opened: 0 (read-only) or
 *                       FDK_FANOTIFY_EVENT_RDWR...
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.37, glibc 2.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out is NULL, flags or event_f_flags have unknown bits or a combination the kernel
 *            refuses (both classes, REPORT_NAME without REPORT_DIR_FID, report flags in a
 *            permission class), or this kernel lacks a flag
 *   -EMFILE  the per-process limit on open descriptors, or the per-user limit on groups
 *            (/proc/sys/fs/fanotify/max_user_groups), was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENOMEM  not enough memory for the group
 *   -ENOSYS  the kernel has no fanotify (CONFIG_FANOTIFY)
 *   -EPERM   the group needs CAP_SYS_ADMIN (anything but a FID-reporting notification group;
 *            UNLIMITED_*), or CAP_AUDIT_WRITE for ENABLE_AUDIT
 */
FDK_EXPORT int fdk_fanotify_open(fdk_fanotify *out, unsigned int flags, unsigned int event_f_flags);

/**
 * Add, remove or flush marks (fanotify_mark). The object is path relative to dirfd, or dirfd
 * itself when path is NULL. Directories report events on their entries only with
 * FDK_FANOTIFY_EVENT_ON_CHILD (or for entry events, which need a FID group), and events on
 * directories themselves only with FDK_FANOTIFY_ONDIR.
 *
 * @param fan    the fanotify (borrowed)
 * @param flags  FDK_FANOTIFY_MARK_ADD, _REMOVE or _FLUSH, the mark type and options
 * @param mask   the events to add or remove (0 with MARK_FLUSH)
 * @param dirfd  directory a relative path starts from, AT_FDCWD, or the object itself when path
 *               is NULL
 * @param path   the object to mark, or NULL for dirfd itself
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.37, glibc 2.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES      an unprivileged group may not read path
 *   -EBADF       the handle is not open, or dirfd is neither AT_FDCWD nor an open descriptor
 *   -EEXIST      MARK_IGNORED_MASK was given for a mark whose ignore mask was set with MARK_IGNORE
 *   -EINVAL      unknown or conflicting flags or mask bits, none or several of ADD/REMOVE/FLUSH,
 *                an event the group cannot report (entry events or ATTRIB in a group that reports
 *                descriptors, permission events in a FID or unprivileged group), or the handle is
 *                not a fanotify group
 *   -ENODEV      a FID group and the object's file system has no file system id
 *   -ENOENT      path does not exist, or MARK_REMOVE of a mark that does not exist
 *   -ENOMEM      not enough kernel memory
 *   -ENOSPC      the per-user limit on marks (/proc/sys/fs/fanotify/max_user_marks) was reached
 *   -ENOTDIR     MARK_ONLYDIR was given and path is not a directory, or dirfd is not a directory
 *                and path is relative
 *   -EOPNOTSUPP  a FID group and the file system cannot encode file handles, or FS_ERROR on a file
 *                system that does not report errors
 *   -EPERM       a mount or file-system mark without CAP_SYS_ADMIN
 *   -EXDEV       a FID group and path lies in a subvolume whose file system id differs from its
 *                file system's (btrfs), or in an id-mapped mount of a file system that refuses
 *                that
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_fanotify_mark(fdk_fanotify fan, unsigned int flags, uint64_t mask, int dirfd, const char *path)
{
    int r;

    if (fan.fd < 0)
        return -EBADF;
    if (dirfd < 0 && dirfd != FDK__AT_FDCWD)
        return -EBADF;
    if (flags & ~FDK_FANOTIFY_MARK_ALL)
        return -EINVAL; /* unknown bits */
    if ((flags & FDK_FANOTIFY_MARK_MOUNT) && (flags & FDK_FANOTIFY_MARK_FILESYSTEM))
        return -EINVAL; /* FAN_MARK_MOUNT and FAN_MARK_FILESYSTEM exclude each other */
    if ((flags & FDK_FANOTIFY_MARK_IGNORED_MASK) && (flags & FDK_FANOTIFY_MARK_IGNORE))
        return -EINVAL; /* FAN_MARK_IGNORED_MASK and FAN_MARK_IGNORE exclude each other */
    if (mask & ~FDK_FANOTIFY_MASK_ALL)
        return -EINVAL; /* unknown bits, or bits only the kernel reports */
    if (!!(flags & FDK_FANOTIFY_MARK_ADD) + !!(flags & FDK_FANOTIFY_MARK_REMOVE) + !!(flags & FDK_FANOTIFY_MARK_FLUSH) != 1)
        return -EINVAL; /* exactly one of MARK_ADD, MARK_REMOVE and MARK_FLUSH */
    if (!(flags & FDK_FANOTIFY_MARK_FLUSH) && mask == 0)
        return -EINVAL; /* adding or removing no event */
    do
        r = fanotify_mark(fan.fd, flags, mask, dirfd, path);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}
#else
FDK_EXPORT int fdk_fanotify_mark(fdk_fanotify fan, unsigned int flags, uint64_t mask, int dirfd, const char *path);
#endif

/**
 * Read as many queued events as fit into buf; step through them with fdk_fanotify_next(). len must
 * be at least 4096 bytes or the call is -EINVAL without reading: the largest event the kernel
 * builds (a rename reported with three file ids and two names) is about 1.3 KiB, and a page leaves
 * room for the records newer kernels add. Each event's descriptor is made by this read and belongs
 * to the caller. Blocks while the queue is empty unless the group is non-blocking (-EAGAIN); a
 * signal handler running during the wait ends it with -EINTR.
 *
 * @param fan  the fanotify (borrowed)
 * @param buf  receives whole records
 * @param len  room in buf (>= 4096)
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.37,
 * glibc 2.13.
 *
 * @return the number of bytes read, whole records only (never 0), or a negative errno:
 *   -EAGAIN  no event is queued and the group is non-blocking
 *   -EBADF   fan is negative or not an open descriptor
 *   -EFAULT  buf points outside the address space
 *   -EINTR   a signal handler ran while waiting
 *   -EINVAL  buf is NULL, or len is below 4096
 *   -EMFILE  no descriptor was free for an event's file (the event is dropped unless the group
 *            reports FD errors)
 *   -ENFILE  the system-wide limit on open files was reached while opening an event's file
 *   -EPERM   an event's file could not be opened for the reader (for example a permission-class
 *            group without the rights the event's open needs)
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_fanotify_read(fdk_fanotify fan, void *buf, size_t len)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len < 4096)
        return -EINVAL; /* room for any event */
    if (len == 0)
        return fan.fd < 0 ? -EBADF : 0;
    n = read(fan.fd, buf, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_fanotify_read(fdk_fanotify fan, void *buf, size_t len);
#endif

/**
 * Answer the permission event whose descriptor is event_fd: exactly one of FDK_FANOTIFY_ALLOW and
 * FDK_FANOTIFY_DENY, optionally with FDK_FANOTIFY_AUDIT. The blocked process then goes on, or gets
 * -EPERM. The descriptor stays the caller's to close. A process whose event is never answered
 * waits until the group is closed (then it is allowed).
 *
 * @param fan       the fanotify (borrowed)
 * @param event_fd  the fd member of the permission event being answered
 * @param response  FDK_FANOTIFY_ALLOW or FDK_FANOTIFY_DENY, optionally | FDK_FANOTIFY_AUDIT
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.37, glibc 2.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   fan is negative or not an open descriptor
 *   -EINVAL  response is not exactly one of ALLOW and DENY (plus AUDIT), AUDIT without
 *            FDK_FANOTIFY_ENABLE_AUDIT, or the handle is not a fanotify group
 *   -ENOENT  no permission event with event_fd is waiting for an answer (answered already, or not
 *            a permission event)
 */
FDK_EXPORT int fdk_fanotify_respond(fdk_fanotify fan, int event_fd, unsigned int response);

/**
 * Deny the permission event whose descriptor is event_fd and make the blocked call fail with -err
 * instead of -EPERM (FAN_DENY_ERRNO, Linux 6.14): one of EIO, EPERM, EBUSY, ETXTBSY, EAGAIN,
 * ENOSPC and EDQUOT, and only in a FDK_FANOTIFY_CLASS_PRE_CONTENT group. An older kernel answers
 * -EINVAL and leaves the event waiting: answer it again with fdk_fanotify_respond().
 *
 * @param fan       the fanotify (borrowed)
 * @param event_fd  the fd member of the permission event being answered
 * @param err       the positive errno the denied call fails with
 *
 * Never blocks. EINTR is retried. Since Linux 6.14.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   fan is negative or not an open descriptor
 *   -EINVAL  err is not one of the errnos listed, the group is not of the pre-content class, or
 *            the kernel is older than 6.14
 *   -ENOENT  no permission event with event_fd is waiting for an answer
 */
FDK_EXPORT int fdk_fanotify_deny_errno(fdk_fanotify fan, int event_fd, int err);

/**
 * Answer a permission event like fdk_fanotify_respond() with FDK_FANOTIFY_AUDIT, and attach the
 * audit rule that decided it (FAN_INFO with a FAN_RESPONSE_INFO_AUDIT_RULE record, Linux 6.3): the
 * rule's number and the subject's and object's trust (0 no, 1 yes, 2 unknown) go into the audit
 * log. The group needs FDK_FANOTIFY_ENABLE_AUDIT. An older kernel answers -EINVAL and leaves the
 * event waiting.
 *
 * @param fan         the fanotify (borrowed)
 * @param event_fd    the fd member of the permission event being answered
 * @param response    FDK_FANOTIFY_ALLOW or FDK_FANOTIFY_DENY (AUDIT is implied)
 * @param rule        the number of the rule that decided
 * @param subj_trust  trust in the subject: 0 no, 1 yes, 2 unknown
 * @param obj_trust   trust in the object: 0 no, 1 yes, 2 unknown
 *
 * Never blocks. EINTR is retried. Since Linux 6.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   fan is negative or not an open descriptor
 *   -EINVAL  a bad response or trust value, a group without ENABLE_AUDIT, or a kernel older than
 *            6.3
 *   -ENOENT  no permission event with event_fd is waiting for an answer
 */
FDK_EXPORT int fdk_fanotify_respond_audit(fdk_fanotify fan, int event_fd, unsigned int response, uint32_t rule, uint32_t subj_trust, uint32_t obj_trust);

/**
 * Close the descriptors an event carries (fd and pidfd, where they are descriptors) and set them
 * to -1; calling it twice is harmless.
 *
 * @param ev  an event fdk_fanotify_next() filled
 *
 * Never blocks. Since Linux 2.6.37, glibc 2.13.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  ev is NULL
 */
FDK_EXPORT int fdk_fanotify_event_close(struct fdk_fanotify_event *ev);

/**
 * Close every descriptor held by the records of buf from pos on (each event's fd and pidfd), for a
 * caller that stops stepping through a buffer early or meets a malformed record: nothing a read
 * made is leaked. A record whose information records are malformed still has its fd closed; the
 * walk stops at a record whose length is malformed (nothing after it can be located). Returns how
 * many descriptors were closed.
 *
 * @param buf  the bytes one read returned
 * @param len  how many bytes buf holds
 * @param pos  the first record still unhandled (a position fdk_fanotify_next() left)
 *
 * Never blocks. Since Linux 2.6.37, glibc 2.13.
 *
 * @return how many descriptors were closed, or a negative errno:
 *   -EINVAL  buf is NULL with len > 0, or pos > len
 */
FDK_EXPORT int fdk_fanotify_close_from(const void *buf, size_t len, size_t pos);

/**
 * Open the object a file id names (open_by_handle_at): mount_fd is any descriptor on the same file
 * system (the marked directory will do), or AT_FDCWD for the working directory's. Needs
 * CAP_DAC_READ_SEARCH. The returned descriptor is the caller's; O_CLOEXEC is always added. The
 * handle is copied to aligned memory, so the id may point anywhere in a read buffer.
 *
 * @param mount_fd  a descriptor on the file system holding the object, or AT_FDCWD
 * @param fid       a file id from an event (fid, dfid...)
 * @param oflags    open flags (O_RDONLY, O_PATH, O_DIRECTORY...)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.37, glibc 2.13.
 *
 * @return the new descriptor, or a negative errno:
 *   -EBADF   mount_fd is neither AT_FDCWD nor an open descriptor
 *   -EINVAL  fid is NULL or holds no handle, or oflags are invalid
 *   -ELOOP   the handle names a symbolic link and oflags lacks O_PATH
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -EPERM   the caller lacks CAP_DAC_READ_SEARCH
 *   -ESTALE  the object no longer exists
 */
FDK_EXPORT int fdk_fanotify_open_fid(int mount_fd, const struct fdk_fanotify_fid *fid, int oflags);

/**
 * Close the fanotify and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.37, glibc 2.13.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_fanotify_close(fdk_fanotify *h);

/**
 * Decode the record at offset *pos of a buffer a read filled into *ev (struct fdk_fanotify_event)
 * and advance *pos past it; start at 0 and call until it returns 0. Pointers in *ev point into
 * buf. A malformed record (shorter than its sizeof(struct fanotify_event_metadata)-byte header, or
 * running past len) is -EBADMSG with *pos and *ev untouched, so a loop can never over-read or
 * spin.
 *
 * @param buf  the bytes one read returned
 * @param len  how many bytes buf holds
 * @param pos  offset of the next record: 0 for a new buffer; advanced on success
 * @param ev   receives the decoded record (written only on success)
 *
 * Never blocks. Since Linux 2.6.37, glibc 2.13.
 *
 * @return 1 with *ev filled, 0 at the end of the buffer, or a negative errno:
 *   -EBADMSG  the record at *pos is malformed: cut short, shorter than its header, or running past
 *             len
 *   -EINVAL   pos or ev is NULL, buf is NULL with len > 0, or *pos > len
 *   -EPROTO   the record's metadata version is not FANOTIFY_METADATA_VERSION (a kernel with an
 *             incompatible layout)
 */
FDK_EXPORT int fdk_fanotify_next(const void *buf, size_t len, size_t *pos, struct fdk_fanotify_event *ev);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_fanotify fdk_fanotify_adopt(int fd)
{
    fdk_fanotify h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_fanotify_release(fdk_fanotify *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_FANOTIFY_H */
