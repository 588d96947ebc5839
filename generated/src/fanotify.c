/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fanotify.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/fanotify.h>
#include <string.h> /* the record iterators' memcpy and strlen */

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef FAN_CLOEXEC
_Static_assert(FDK_FANOTIFY_CLOEXEC == FAN_CLOEXEC, "FAN_CLOEXEC differs from spec/abi/");
#endif
#ifdef FAN_NONBLOCK
_Static_assert(FDK_FANOTIFY_NONBLOCK == FAN_NONBLOCK, "FAN_NONBLOCK differs from spec/abi/");
#endif
#ifdef FAN_CLASS_CONTENT
_Static_assert(FDK_FANOTIFY_CLASS_CONTENT == FAN_CLASS_CONTENT, "FAN_CLASS_CONTENT differs from spec/abi/");
#endif
#ifdef FAN_CLASS_PRE_CONTENT
_Static_assert(FDK_FANOTIFY_CLASS_PRE_CONTENT == FAN_CLASS_PRE_CONTENT, "FAN_CLASS_PRE_CONTENT differs from spec/abi/");
#endif
#ifdef FAN_UNLIMITED_QUEUE
_Static_assert(FDK_FANOTIFY_UNLIMITED_QUEUE == FAN_UNLIMITED_QUEUE, "FAN_UNLIMITED_QUEUE differs from spec/abi/");
#endif
#ifdef FAN_UNLIMITED_MARKS
_Static_assert(FDK_FANOTIFY_UNLIMITED_MARKS == FAN_UNLIMITED_MARKS, "FAN_UNLIMITED_MARKS differs from spec/abi/");
#endif
#ifdef FAN_ENABLE_AUDIT
_Static_assert(FDK_FANOTIFY_ENABLE_AUDIT == FAN_ENABLE_AUDIT, "FAN_ENABLE_AUDIT differs from spec/abi/");
#endif
#ifdef FAN_REPORT_PIDFD
_Static_assert(FDK_FANOTIFY_REPORT_PIDFD == FAN_REPORT_PIDFD, "FAN_REPORT_PIDFD differs from spec/abi/");
#endif
#ifdef FAN_REPORT_TID
_Static_assert(FDK_FANOTIFY_REPORT_TID == FAN_REPORT_TID, "FAN_REPORT_TID differs from spec/abi/");
#endif
#ifdef FAN_REPORT_FID
_Static_assert(FDK_FANOTIFY_REPORT_FID == FAN_REPORT_FID, "FAN_REPORT_FID differs from spec/abi/");
#endif
#ifdef FAN_REPORT_DIR_FID
_Static_assert(FDK_FANOTIFY_REPORT_DIR_FID == FAN_REPORT_DIR_FID, "FAN_REPORT_DIR_FID differs from spec/abi/");
#endif
#ifdef FAN_REPORT_NAME
_Static_assert(FDK_FANOTIFY_REPORT_NAME == FAN_REPORT_NAME, "FAN_REPORT_NAME differs from spec/abi/");
#endif
#ifdef FAN_REPORT_TARGET_FID
_Static_assert(FDK_FANOTIFY_REPORT_TARGET_FID == FAN_REPORT_TARGET_FID, "FAN_REPORT_TARGET_FID differs from spec/abi/");
#endif
#ifdef FAN_REPORT_DFID_NAME
_Static_assert(FDK_FANOTIFY_REPORT_DFID_NAME == FAN_REPORT_DFID_NAME, "FAN_REPORT_DFID_NAME differs from spec/abi/");
#endif
#ifdef FAN_REPORT_DFID_NAME_TARGET
_Static_assert(FDK_FANOTIFY_REPORT_DFID_NAME_TARGET == FAN_REPORT_DFID_NAME_TARGET, "FAN_REPORT_DFID_NAME_TARGET differs from spec/abi/");
#endif
#ifdef O_WRONLY
_Static_assert(FDK_FANOTIFY_EVENT_WRONLY == O_WRONLY, "O_WRONLY differs from spec/abi/");
#endif
#ifdef O_RDWR
_Static_assert(FDK_FANOTIFY_EVENT_RDWR == O_RDWR, "O_RDWR differs from spec/abi/");
#endif
#ifdef O_APPEND
_Static_assert(FDK_FANOTIFY_EVENT_APPEND == O_APPEND, "O_APPEND differs from spec/abi/");
#endif
#ifdef O_NONBLOCK
_Static_assert(FDK_FANOTIFY_EVENT_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef O_NOATIME
_Static_assert(FDK_FANOTIFY_EVENT_NOATIME == O_NOATIME, "O_NOATIME differs from spec/abi/");
#endif
#ifdef O_DSYNC
_Static_assert(FDK_FANOTIFY_EVENT_DSYNC == O_DSYNC, "O_DSYNC differs from spec/abi/");
#endif
#ifdef O_CLOEXEC
_Static_assert(FDK_FANOTIFY_EVENT_CLOEXEC == O_CLOEXEC, "O_CLOEXEC differs from spec/abi/");
#endif
#ifdef O_SYNC
_Static_assert(FDK_FANOTIFY_EVENT_SYNC == O_SYNC, "O_SYNC differs from spec/abi/");
#endif
#ifdef FAN_MARK_ADD
_Static_assert(FDK_FANOTIFY_MARK_ADD == FAN_MARK_ADD, "FAN_MARK_ADD differs from spec/abi/");
#endif
#ifdef FAN_MARK_REMOVE
_Static_assert(FDK_FANOTIFY_MARK_REMOVE == FAN_MARK_REMOVE, "FAN_MARK_REMOVE differs from spec/abi/");
#endif
#ifdef FAN_MARK_FLUSH
_Static_assert(FDK_FANOTIFY_MARK_FLUSH == FAN_MARK_FLUSH, "FAN_MARK_FLUSH differs from spec/abi/");
#endif
#ifdef FAN_MARK_DONT_FOLLOW
_Static_assert(FDK_FANOTIFY_MARK_DONT_FOLLOW == FAN_MARK_DONT_FOLLOW, "FAN_MARK_DONT_FOLLOW differs from spec/abi/");
#endif
#ifdef FAN_MARK_ONLYDIR
_Static_assert(FDK_FANOTIFY_MARK_ONLYDIR == FAN_MARK_ONLYDIR, "FAN_MARK_ONLYDIR differs from spec/abi/");
#endif
#ifdef FAN_MARK_MOUNT
_Static_assert(FDK_FANOTIFY_MARK_MOUNT == FAN_MARK_MOUNT, "FAN_MARK_MOUNT differs from spec/abi/");
#endif
#ifdef FAN_MARK_FILESYSTEM
_Static_assert(FDK_FANOTIFY_MARK_FILESYSTEM == FAN_MARK_FILESYSTEM, "FAN_MARK_FILESYSTEM differs from spec/abi/");
#endif
#ifdef FAN_MARK_IGNORED_MASK
_Static_assert(FDK_FANOTIFY_MARK_IGNORED_MASK == FAN_MARK_IGNORED_MASK, "FAN_MARK_IGNORED_MASK differs from spec/abi/");
#endif
#ifdef FAN_MARK_IGNORED_SURV_MODIFY
_Static_assert(FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY == FAN_MARK_IGNORED_SURV_MODIFY, "FAN_MARK_IGNORED_SURV_MODIFY differs from spec/abi/");
#endif
#ifdef FAN_MARK_EVICTABLE
_Static_assert(FDK_FANOTIFY_MARK_EVICTABLE == FAN_MARK_EVICTABLE, "FAN_MARK_EVICTABLE differs from spec/abi/");
#endif
#ifdef FAN_MARK_IGNORE
_Static_assert(FDK_FANOTIFY_MARK_IGNORE == FAN_MARK_IGNORE, "FAN_MARK_IGNORE differs from spec/abi/");
#endif
#ifdef FAN_MARK_IGNORE_SURV
_Static_assert(FDK_FANOTIFY_MARK_IGNORE_SURV == FAN_MARK_IGNORE_SURV, "FAN_MARK_IGNORE_SURV differs from spec/abi/");
#endif
#ifdef FAN_ACCESS
_Static_assert(FDK_FANOTIFY_ACCESS == FAN_ACCESS, "FAN_ACCESS differs from spec/abi/");
#endif
#ifdef FAN_MODIFY
_Static_assert(FDK_FANOTIFY_MODIFY == FAN_MODIFY, "FAN_MODIFY differs from spec/abi/");
#endif
#ifdef FAN_ATTRIB
_Static_assert(FDK_FANOTIFY_ATTRIB == FAN_ATTRIB, "FAN_ATTRIB differs from spec/abi/");
#endif
#ifdef FAN_CLOSE_WRITE
_Static_assert(FDK_FANOTIFY_CLOSE_WRITE == FAN_CLOSE_WRITE, "FAN_CLOSE_WRITE differs from spec/abi/");
#endif
#ifdef FAN_CLOSE_NOWRITE
_Static_assert(FDK_FANOTIFY_CLOSE_NOWRITE == FAN_CLOSE_NOWRITE, "FAN_CLOSE_NOWRITE differs from spec/abi/");
#endif
#ifdef FAN_OPEN
_Static_assert(FDK_FANOTIFY_OPEN == FAN_OPEN, "FAN_OPEN differs from spec/abi/");
#endif
#ifdef FAN_MOVED_FROM
_Static_assert(FDK_FANOTIFY_MOVED_FROM == FAN_MOVED_FROM, "FAN_MOVED_FROM differs from spec/abi/");
#endif
#ifdef FAN_MOVED_TO
_Static_assert(FDK_FANOTIFY_MOVED_TO == FAN_MOVED_TO, "FAN_MOVED_TO differs from spec/abi/");
#endif
#ifdef FAN_CREATE
_Static_assert(FDK_FANOTIFY_CREATE == FAN_CREATE, "FAN_CREATE differs from spec/abi/");
#endif
#ifdef FAN_DELETE
_Static_assert(FDK_FANOTIFY_DELETE == FAN_DELETE, "FAN_DELETE differs from spec/abi/");
#endif
#ifdef FAN_DELETE_SELF
_Static_assert(FDK_FANOTIFY_DELETE_SELF == FAN_DELETE_SELF, "FAN_DELETE_SELF differs from spec/abi/");
#endif
#ifdef FAN_MOVE_SELF
_Static_assert(FDK_FANOTIFY_MOVE_SELF == FAN_MOVE_SELF, "FAN_MOVE_SELF differs from spec/abi/");
#endif
#ifdef FAN_OPEN_EXEC
_Static_assert(FDK_FANOTIFY_OPEN_EXEC == FAN_OPEN_EXEC, "FAN_OPEN_EXEC differs from spec/abi/");
#endif
#ifdef FAN_Q_OVERFLOW
_Static_assert(FDK_FANOTIFY_Q_OVERFLOW == FAN_Q_OVERFLOW, "FAN_Q_OVERFLOW differs from spec/abi/");
#endif
#ifdef FAN_FS_ERROR
_Static_assert(FDK_FANOTIFY_FS_ERROR == FAN_FS_ERROR, "FAN_FS_ERROR differs from spec/abi/");
#endif
#ifdef FAN_OPEN_PERM
_Static_assert(FDK_FANOTIFY_OPEN_PERM == FAN_OPEN_PERM, "FAN_OPEN_PERM differs from spec/abi/");
#endif
#ifdef FAN_ACCESS_PERM
_Static_assert(FDK_FANOTIFY_ACCESS_PERM == FAN_ACCESS_PERM, "FAN_ACCESS_PERM differs from spec/abi/");
#endif
#ifdef FAN_OPEN_EXEC_PERM
_Static_assert(FDK_FANOTIFY_OPEN_EXEC_PERM == FAN_OPEN_EXEC_PERM, "FAN_OPEN_EXEC_PERM differs from spec/abi/");
#endif
#ifdef FAN_EVENT_ON_CHILD
_Static_assert(FDK_FANOTIFY_EVENT_ON_CHILD == FAN_EVENT_ON_CHILD, "FAN_EVENT_ON_CHILD differs from spec/abi/");
#endif
#ifdef FAN_RENAME
_Static_assert(FDK_FANOTIFY_RENAME == FAN_RENAME, "FAN_RENAME differs from spec/abi/");
#endif
#ifdef FAN_ONDIR
_Static_assert(FDK_FANOTIFY_ONDIR == FAN_ONDIR, "FAN_ONDIR differs from spec/abi/");
#endif
#ifdef FAN_CLOSE
_Static_assert(FDK_FANOTIFY_CLOSE == FAN_CLOSE, "FAN_CLOSE differs from spec/abi/");
#endif
#ifdef FAN_MOVE
_Static_assert(FDK_FANOTIFY_MOVE == FAN_MOVE, "FAN_MOVE differs from spec/abi/");
#endif
#ifdef FAN_ALLOW
_Static_assert(FDK_FANOTIFY_ALLOW == FAN_ALLOW, "FAN_ALLOW differs from spec/abi/");
#endif
#ifdef FAN_DENY
_Static_assert(FDK_FANOTIFY_DENY == FAN_DENY, "FAN_DENY differs from spec/abi/");
#endif
#ifdef FAN_AUDIT
_Static_assert(FDK_FANOTIFY_AUDIT == FAN_AUDIT, "FAN_AUDIT differs from spec/abi/");
#endif
#ifndef FANOTIFY_METADATA_VERSION
#define FANOTIFY_METADATA_VERSION 3
#else
_Static_assert(FANOTIFY_METADATA_VERSION == 3, "FANOTIFY_METADATA_VERSION differs from spec/abi/");
#endif
#ifndef FAN_NOFD
#define FAN_NOFD -1
#else
_Static_assert(FAN_NOFD == -1, "FAN_NOFD differs from spec/abi/");
#endif
#ifndef FAN_NOPIDFD
#define FAN_NOPIDFD -1
#else
_Static_assert(FAN_NOPIDFD == -1, "FAN_NOPIDFD differs from spec/abi/");
#endif
#ifndef FAN_EPIDFD
#define FAN_EPIDFD -2
#else
_Static_assert(FAN_EPIDFD == -2, "FAN_EPIDFD differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_FID
#define FAN_EVENT_INFO_TYPE_FID 1
#else
_Static_assert(FAN_EVENT_INFO_TYPE_FID == 1, "FAN_EVENT_INFO_TYPE_FID differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_DFID_NAME
#define FAN_EVENT_INFO_TYPE_DFID_NAME 2
#else
_Static_assert(FAN_EVENT_INFO_TYPE_DFID_NAME == 2, "FAN_EVENT_INFO_TYPE_DFID_NAME differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_DFID
#define FAN_EVENT_INFO_TYPE_DFID 3
#else
_Static_assert(FAN_EVENT_INFO_TYPE_DFID == 3, "FAN_EVENT_INFO_TYPE_DFID differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_PIDFD
#define FAN_EVENT_INFO_TYPE_PIDFD 4
#else
_Static_assert(FAN_EVENT_INFO_TYPE_PIDFD == 4, "FAN_EVENT_INFO_TYPE_PIDFD differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_ERROR
#define FAN_EVENT_INFO_TYPE_ERROR 5
#else
_Static_assert(FAN_EVENT_INFO_TYPE_ERROR == 5, "FAN_EVENT_INFO_TYPE_ERROR differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_OLD_DFID_NAME
#define FAN_EVENT_INFO_TYPE_OLD_DFID_NAME 10
#else
_Static_assert(FAN_EVENT_INFO_TYPE_OLD_DFID_NAME == 10, "FAN_EVENT_INFO_TYPE_OLD_DFID_NAME differs from spec/abi/");
#endif
#ifndef FAN_EVENT_INFO_TYPE_NEW_DFID_NAME
#define FAN_EVENT_INFO_TYPE_NEW_DFID_NAME 12
#else
_Static_assert(FAN_EVENT_INFO_TYPE_NEW_DFID_NAME == 12, "FAN_EVENT_INFO_TYPE_NEW_DFID_NAME differs from spec/abi/");
#endif
#ifndef EIO
#define EIO 5
#else
_Static_assert(EIO == 5, "EIO differs from spec/abi/");
#endif
#ifndef EPERM
#define EPERM 1
#else
_Static_assert(EPERM == 1, "EPERM differs from spec/abi/");
#endif
#ifndef EBUSY
#define EBUSY 16
#else
_Static_assert(EBUSY == 16, "EBUSY differs from spec/abi/");
#endif
#ifndef ETXTBSY
#define ETXTBSY 26
#else
_Static_assert(ETXTBSY == 26, "ETXTBSY differs from spec/abi/");
#endif
#ifndef EAGAIN
#define EAGAIN 11
#else
_Static_assert(EAGAIN == 11, "EAGAIN differs from spec/abi/");
#endif
#ifndef ENOSPC
#define ENOSPC 28
#else
_Static_assert(ENOSPC == 28, "ENOSPC differs from spec/abi/");
#endif
#ifndef EDQUOT
#define EDQUOT 122
#else
_Static_assert(EDQUOT == 122, "EDQUOT differs from spec/abi/");
#endif
_Static_assert(sizeof(struct fanotify_event_metadata) == 24, "struct fanotify_event_metadata: size differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, event_len) == 0, "struct fanotify_event_metadata.event_len: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, vers) == 4, "struct fanotify_event_metadata.vers: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, reserved) == 5, "struct fanotify_event_metadata.reserved: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, metadata_len) == 6, "struct fanotify_event_metadata.metadata_len: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, mask) == 8, "struct fanotify_event_metadata.mask: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, fd) == 16, "struct fanotify_event_metadata.fd: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_metadata, pid) == 20, "struct fanotify_event_metadata.pid: offset differs from spec/abi/");
_Static_assert(sizeof(struct fanotify_event_info_header) == 4, "struct fanotify_event_info_header: size differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_info_header, info_type) == 0, "struct fanotify_event_info_header.info_type: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_info_header, pad) == 1, "struct fanotify_event_info_header.pad: offset differs from spec/abi/");
_Static_assert(offsetof(struct fanotify_event_info_header, len) == 2, "struct fanotify_event_info_header.len: offset differs from spec/abi/");
#endif

_Static_assert(offsetof(fdk_fanotify, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_FANOTIFY_EVENT_CLOEXEC == O_CLOEXEC, "O_CLOEXEC must equal O_CLOEXEC");

/* The argument checks of fdk_fanotify_open(), which runtime/ writes: called before any system call. */
int fdk__fanotify_open_validate(fdk_fanotify *out, unsigned int flags, unsigned int event_f_flags)
{
    if (!out)
        return -EINVAL;
    if (flags & ~FDK_FANOTIFY_INIT_ALL)
        return -EINVAL; /* unknown bits */
    if ((flags & FDK_FANOTIFY_CLASS_CONTENT) && (flags & FDK_FANOTIFY_CLASS_PRE_CONTENT))
        return -EINVAL; /* FAN_CLASS_CONTENT and FAN_CLASS_PRE_CONTENT exclude each other */
    if ((flags & FDK_FANOTIFY_REPORT_PIDFD) && (flags & FDK_FANOTIFY_REPORT_TID))
        return -EINVAL; /* FAN_REPORT_PIDFD and FAN_REPORT_TID exclude each other */
    if ((flags & FDK_FANOTIFY_REPORT_NAME) &&
        (flags & (FDK_FANOTIFY_REPORT_DIR_FID)) != (FDK_FANOTIFY_REPORT_DIR_FID))
        return -EINVAL; /* FAN_REPORT_NAME needs FAN_REPORT_DIR_FID */
    if ((flags & FDK_FANOTIFY_REPORT_TARGET_FID) && (flags & (FDK_FANOTIFY_REPORT_FID |
        FDK_FANOTIFY_REPORT_DIR_FID | FDK_FANOTIFY_REPORT_NAME)) != (FDK_FANOTIFY_REPORT_FID |
        FDK_FANOTIFY_REPORT_DIR_FID | FDK_FANOTIFY_REPORT_NAME))
        return -EINVAL; /* FAN_REPORT_TARGET_FID needs FAN_REPORT_FID, FAN_REPORT_DIR_FID, FAN_REPORT_NAME */
    if (event_f_flags & ~FDK_FANOTIFY_EVENT_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    if ((event_f_flags & FDK_FANOTIFY_EVENT_WRONLY) && (event_f_flags & FDK_FANOTIFY_EVENT_RDWR))
        return -EINVAL; /* O_WRONLY and O_RDWR exclude each other */
    return 0;
}

/* The argument checks of fdk_fanotify_respond(), which runtime/ writes: called before any system call. */
int fdk__fanotify_respond_validate(fdk_fanotify fan, int event_fd, unsigned int response)
{
    if (fan.fd < 0)
        return -EBADF;
    if (event_fd < 0)
        return -EBADF;
    if (response & ~FDK_FANOTIFY_RESPONSE_ALL)
        return -EINVAL; /* unknown bits */
    if ((response & FDK_FANOTIFY_ALLOW) && (response & FDK_FANOTIFY_DENY))
        return -EINVAL; /* FAN_ALLOW and FAN_DENY exclude each other */
    if (!(response & (FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_DENY)))
        return -EINVAL; /* the answer must allow or deny */
    return 0;
}

/* The argument checks of fdk_fanotify_deny_errno(), which runtime/ writes: called before any system call. */
int fdk__fanotify_deny_errno_validate(fdk_fanotify fan, int event_fd, int err)
{
    if (fan.fd < 0)
        return -EBADF;
    if (event_fd < 0)
        return -EBADF;
    if (err != EIO && err != EPERM && err != EBUSY && err != ETXTBSY && err != EAGAIN &&
        err != ENOSPC && err != EDQUOT)
        return -EINVAL; /* an errno a denied open, read or write may report */
    return 0;
}

/* The argument checks of fdk_fanotify_respond_audit(), which runtime/ writes: called before any system call. */
int fdk__fanotify_respond_audit_validate(fdk_fanotify fan, int event_fd, unsigned int response, uint32_t rule, uint32_t subj_trust, uint32_t obj_trust)
{
    (void)rule; /* nothing to check */
    if (fan.fd < 0)
        return -EBADF;
    if (event_fd < 0)
        return -EBADF;
    if (response & ~FDK_FANOTIFY_RESPONSE_ALL)
        return -EINVAL; /* unknown bits */
    if (response & FDK_FANOTIFY_AUDIT)
        return -EINVAL; /* FAN_AUDIT is not valid for fdk_fanotify_respond_audit() */
    if ((response & FDK_FANOTIFY_ALLOW) && (response & FDK_FANOTIFY_DENY))
        return -EINVAL; /* FAN_ALLOW and FAN_DENY exclude each other */
    if (!(response & (FDK_FANOTIFY_ALLOW | FDK_FANOTIFY_DENY)))
        return -EINVAL; /* the answer must allow or deny */
    if (subj_trust > 2 || obj_trust > 2)
        return -EINVAL; /* trust is 0, 1 or 2 */
    return 0;
}

/* The argument checks of fdk_fanotify_event_close(), which runtime/ writes: called before any system call. */
int fdk__fanotify_event_close_validate(struct fdk_fanotify_event *ev)
{
    if (!ev)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_fanotify_close_from(), which runtime/ writes: called before any system call. */
int fdk__fanotify_close_from_validate(const void *buf, size_t len, size_t pos)
{
    (void)pos; /* nothing to check */
    if (!buf && len > 0)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_fanotify_open_fid(), which runtime/ writes: called before any system call. */
int fdk__fanotify_open_fid_validate(int mount_fd, const struct fdk_fanotify_fid *fid, int oflags)
{
    (void)oflags; /* nothing to check */
    if (mount_fd < 0 && mount_fd != FDK__AT_FDCWD)
        return -EBADF;
    if (!fid)
        return -EINVAL;
    return 0;
}

int fdk_fanotify_close(fdk_fanotify *h)
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

int fdk_fanotify_next(const void *buf, size_t len, size_t *pos, struct fdk_fanotify_event *ev)
{
    struct fanotify_event_metadata h;
    const unsigned char *rec;
    size_t at, room, total, start;
    struct fdk_fanotify_event e;
    int r;

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
    if (h.event_len < sizeof h)
        return -EBADMSG; /* shorter than its header: a zero length would never advance */
    if (h.event_len > room)
        return -EBADMSG; /* runs past the buffer */
    total = h.event_len;
    if (total % 4 != 0)
        return -EBADMSG; /* the kernel pads every record to 4 bytes */
    if (h.metadata_len < sizeof h || h.metadata_len > total)
        return -EBADMSG; /* metadata_len must lie between the header and the record's end */
    start = h.metadata_len;
    if (h.vers != FANOTIFY_METADATA_VERSION)
        return -EPROTO; /* a metadata layout this fdkit does not know */
    memset(&e, 0, sizeof e);
    e.mask = h.mask;
    e.fd = h.fd;
    e.pid = h.pid;
    r = fdk__fanotify_event_decode(rec + start, total - start, &e);
    if (r < 0)
        return r;
    *ev = e;
    *pos = at + total;
    return 1;
}

/*
 * The wrappers defined inline in fdkit/fanotify.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern int fdk_fanotify_mark(fdk_fanotify fan, unsigned int flags, uint64_t mask, int dirfd, const char *path);
extern ssize_t fdk_fanotify_read(fdk_fanotify fan, void *buf, size_t len);
