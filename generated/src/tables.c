/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <string.h>

static const struct fdk__flag_name names_chardev_open[] = {
    {(uint64_t)FDK_CHARDEV_NONBLOCK, "O_NONBLOCK", "FDK_CHARDEV_NONBLOCK"},
    {(uint64_t)FDK_CHARDEV_SYNC, "O_SYNC", "FDK_CHARDEV_SYNC"},
    {(uint64_t)FDK_CHARDEV_NOCTTY, "O_NOCTTY", "FDK_CHARDEV_NOCTTY"},
    {(uint64_t)FDK_CHARDEV_CLOEXEC, "O_CLOEXEC", "FDK_CHARDEV_CLOEXEC"},
};

static const struct fdk__flag_name names_epoll_open[] = {
    {(uint64_t)FDK_EPOLL_CLOEXEC, "EPOLL_CLOEXEC", "FDK_EPOLL_CLOEXEC"},
};

static const struct fdk__flag_name names_epoll_events[] = {
    {(uint64_t)FDK_EPOLL_IN, "EPOLLIN", "FDK_EPOLL_IN"},
    {(uint64_t)FDK_EPOLL_PRI, "EPOLLPRI", "FDK_EPOLL_PRI"},
    {(uint64_t)FDK_EPOLL_OUT, "EPOLLOUT", "FDK_EPOLL_OUT"},
    {(uint64_t)FDK_EPOLL_ERR, "EPOLLERR", "FDK_EPOLL_ERR"},
    {(uint64_t)FDK_EPOLL_HUP, "EPOLLHUP", "FDK_EPOLL_HUP"},
    {(uint64_t)FDK_EPOLL_RDNORM, "EPOLLRDNORM", "FDK_EPOLL_RDNORM"},
    {(uint64_t)FDK_EPOLL_RDBAND, "EPOLLRDBAND", "FDK_EPOLL_RDBAND"},
    {(uint64_t)FDK_EPOLL_WRNORM, "EPOLLWRNORM", "FDK_EPOLL_WRNORM"},
    {(uint64_t)FDK_EPOLL_WRBAND, "EPOLLWRBAND", "FDK_EPOLL_WRBAND"},
    {(uint64_t)FDK_EPOLL_MSG, "EPOLLMSG", "FDK_EPOLL_MSG"},
    {(uint64_t)FDK_EPOLL_RDHUP, "EPOLLRDHUP", "FDK_EPOLL_RDHUP"},
    {(uint64_t)FDK_EPOLL_EXCLUSIVE, "EPOLLEXCLUSIVE", "FDK_EPOLL_EXCLUSIVE"},
    {(uint64_t)FDK_EPOLL_WAKEUP, "EPOLLWAKEUP", "FDK_EPOLL_WAKEUP"},
    {(uint64_t)FDK_EPOLL_ONESHOT, "EPOLLONESHOT", "FDK_EPOLL_ONESHOT"},
    {(uint64_t)FDK_EPOLL_ET, "EPOLLET", "FDK_EPOLL_ET"},
};

static const struct fdk__flag_name names_eventfd_open[] = {
    {(uint64_t)FDK_EVENTFD_SEMAPHORE, "EFD_SEMAPHORE", "FDK_EVENTFD_SEMAPHORE"},
    {(uint64_t)FDK_EVENTFD_NONBLOCK, "EFD_NONBLOCK", "FDK_EVENTFD_NONBLOCK"},
    {(uint64_t)FDK_EVENTFD_CLOEXEC, "EFD_CLOEXEC", "FDK_EVENTFD_CLOEXEC"},
};

static const struct fdk__flag_name names_fanotify_init[] = {
    {(uint64_t)FDK_FANOTIFY_CLOEXEC, "FAN_CLOEXEC", "FDK_FANOTIFY_CLOEXEC"},
    {(uint64_t)FDK_FANOTIFY_NONBLOCK, "FAN_NONBLOCK", "FDK_FANOTIFY_NONBLOCK"},
    {(uint64_t)FDK_FANOTIFY_CLASS_CONTENT, "FAN_CLASS_CONTENT", "FDK_FANOTIFY_CLASS_CONTENT"},
    {(uint64_t)FDK_FANOTIFY_CLASS_PRE_CONTENT, "FAN_CLASS_PRE_CONTENT", "FDK_FANOTIFY_CLASS_PRE_CONTENT"},
    {(uint64_t)FDK_FANOTIFY_UNLIMITED_QUEUE, "FAN_UNLIMITED_QUEUE", "FDK_FANOTIFY_UNLIMITED_QUEUE"},
    {(uint64_t)FDK_FANOTIFY_UNLIMITED_MARKS, "FAN_UNLIMITED_MARKS", "FDK_FANOTIFY_UNLIMITED_MARKS"},
    {(uint64_t)FDK_FANOTIFY_ENABLE_AUDIT, "FAN_ENABLE_AUDIT", "FDK_FANOTIFY_ENABLE_AUDIT"},
    {(uint64_t)FDK_FANOTIFY_REPORT_PIDFD, "FAN_REPORT_PIDFD", "FDK_FANOTIFY_REPORT_PIDFD"},
    {(uint64_t)FDK_FANOTIFY_REPORT_TID, "FAN_REPORT_TID", "FDK_FANOTIFY_REPORT_TID"},
    {(uint64_t)FDK_FANOTIFY_REPORT_FID, "FAN_REPORT_FID", "FDK_FANOTIFY_REPORT_FID"},
    {(uint64_t)FDK_FANOTIFY_REPORT_DIR_FID, "FAN_REPORT_DIR_FID", "FDK_FANOTIFY_REPORT_DIR_FID"},
    {(uint64_t)FDK_FANOTIFY_REPORT_NAME, "FAN_REPORT_NAME", "FDK_FANOTIFY_REPORT_NAME"},
    {(uint64_t)FDK_FANOTIFY_REPORT_TARGET_FID, "FAN_REPORT_TARGET_FID", "FDK_FANOTIFY_REPORT_TARGET_FID"},
    {(uint64_t)FDK_FANOTIFY_REPORT_DFID_NAME, "FAN_REPORT_DFID_NAME", "FDK_FANOTIFY_REPORT_DFID_NAME"},
    {(uint64_t)FDK_FANOTIFY_REPORT_DFID_NAME_TARGET, "FAN_REPORT_DFID_NAME_TARGET", "FDK_FANOTIFY_REPORT_DFID_NAME_TARGET"},
};

static const struct fdk__flag_name names_fanotify_event_open[] = {
    {(uint64_t)FDK_FANOTIFY_EVENT_WRONLY, "O_WRONLY", "FDK_FANOTIFY_EVENT_WRONLY"},
    {(uint64_t)FDK_FANOTIFY_EVENT_RDWR, "O_RDWR", "FDK_FANOTIFY_EVENT_RDWR"},
    {(uint64_t)FDK_FANOTIFY_EVENT_APPEND, "O_APPEND", "FDK_FANOTIFY_EVENT_APPEND"},
    {(uint64_t)FDK_FANOTIFY_EVENT_NONBLOCK, "O_NONBLOCK", "FDK_FANOTIFY_EVENT_NONBLOCK"},
    {(uint64_t)FDK_FANOTIFY_EVENT_NOATIME, "O_NOATIME", "FDK_FANOTIFY_EVENT_NOATIME"},
    {(uint64_t)FDK_FANOTIFY_EVENT_DSYNC, "O_DSYNC", "FDK_FANOTIFY_EVENT_DSYNC"},
    {(uint64_t)FDK_FANOTIFY_EVENT_CLOEXEC, "O_CLOEXEC", "FDK_FANOTIFY_EVENT_CLOEXEC"},
    {(uint64_t)FDK_FANOTIFY_EVENT_SYNC, "O_SYNC", "FDK_FANOTIFY_EVENT_SYNC"},
};

static const struct fdk__flag_name names_fanotify_mark[] = {
    {(uint64_t)FDK_FANOTIFY_MARK_ADD, "FAN_MARK_ADD", "FDK_FANOTIFY_MARK_ADD"},
    {(uint64_t)FDK_FANOTIFY_MARK_REMOVE, "FAN_MARK_REMOVE", "FDK_FANOTIFY_MARK_REMOVE"},
    {(uint64_t)FDK_FANOTIFY_MARK_FLUSH, "FAN_MARK_FLUSH", "FDK_FANOTIFY_MARK_FLUSH"},
    {(uint64_t)FDK_FANOTIFY_MARK_DONT_FOLLOW, "FAN_MARK_DONT_FOLLOW", "FDK_FANOTIFY_MARK_DONT_FOLLOW"},
    {(uint64_t)FDK_FANOTIFY_MARK_ONLYDIR, "FAN_MARK_ONLYDIR", "FDK_FANOTIFY_MARK_ONLYDIR"},
    {(uint64_t)FDK_FANOTIFY_MARK_MOUNT, "FAN_MARK_MOUNT", "FDK_FANOTIFY_MARK_MOUNT"},
    {(uint64_t)FDK_FANOTIFY_MARK_FILESYSTEM, "FAN_MARK_FILESYSTEM", "FDK_FANOTIFY_MARK_FILESYSTEM"},
    {(uint64_t)FDK_FANOTIFY_MARK_IGNORED_MASK, "FAN_MARK_IGNORED_MASK", "FDK_FANOTIFY_MARK_IGNORED_MASK"},
    {(uint64_t)FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY, "FAN_MARK_IGNORED_SURV_MODIFY", "FDK_FANOTIFY_MARK_IGNORED_SURV_MODIFY"},
    {(uint64_t)FDK_FANOTIFY_MARK_EVICTABLE, "FAN_MARK_EVICTABLE", "FDK_FANOTIFY_MARK_EVICTABLE"},
    {(uint64_t)FDK_FANOTIFY_MARK_IGNORE, "FAN_MARK_IGNORE", "FDK_FANOTIFY_MARK_IGNORE"},
    {(uint64_t)FDK_FANOTIFY_MARK_IGNORE_SURV, "FAN_MARK_IGNORE_SURV", "FDK_FANOTIFY_MARK_IGNORE_SURV"},
};

static const struct fdk__flag_name names_fanotify_mask[] = {
    {(uint64_t)FDK_FANOTIFY_ACCESS, "FAN_ACCESS", "FDK_FANOTIFY_ACCESS"},
    {(uint64_t)FDK_FANOTIFY_MODIFY, "FAN_MODIFY", "FDK_FANOTIFY_MODIFY"},
    {(uint64_t)FDK_FANOTIFY_ATTRIB, "FAN_ATTRIB", "FDK_FANOTIFY_ATTRIB"},
    {(uint64_t)FDK_FANOTIFY_CLOSE_WRITE, "FAN_CLOSE_WRITE", "FDK_FANOTIFY_CLOSE_WRITE"},
    {(uint64_t)FDK_FANOTIFY_CLOSE_NOWRITE, "FAN_CLOSE_NOWRITE", "FDK_FANOTIFY_CLOSE_NOWRITE"},
    {(uint64_t)FDK_FANOTIFY_OPEN, "FAN_OPEN", "FDK_FANOTIFY_OPEN"},
    {(uint64_t)FDK_FANOTIFY_MOVED_FROM, "FAN_MOVED_FROM", "FDK_FANOTIFY_MOVED_FROM"},
    {(uint64_t)FDK_FANOTIFY_MOVED_TO, "FAN_MOVED_TO", "FDK_FANOTIFY_MOVED_TO"},
    {(uint64_t)FDK_FANOTIFY_CREATE, "FAN_CREATE", "FDK_FANOTIFY_CREATE"},
    {(uint64_t)FDK_FANOTIFY_DELETE, "FAN_DELETE", "FDK_FANOTIFY_DELETE"},
    {(uint64_t)FDK_FANOTIFY_DELETE_SELF, "FAN_DELETE_SELF", "FDK_FANOTIFY_DELETE_SELF"},
    {(uint64_t)FDK_FANOTIFY_MOVE_SELF, "FAN_MOVE_SELF", "FDK_FANOTIFY_MOVE_SELF"},
    {(uint64_t)FDK_FANOTIFY_OPEN_EXEC, "FAN_OPEN_EXEC", "FDK_FANOTIFY_OPEN_EXEC"},
    {(uint64_t)FDK_FANOTIFY_Q_OVERFLOW, "FAN_Q_OVERFLOW", "FDK_FANOTIFY_Q_OVERFLOW"},
    {(uint64_t)FDK_FANOTIFY_FS_ERROR, "FAN_FS_ERROR", "FDK_FANOTIFY_FS_ERROR"},
    {(uint64_t)FDK_FANOTIFY_OPEN_PERM, "FAN_OPEN_PERM", "FDK_FANOTIFY_OPEN_PERM"},
    {(uint64_t)FDK_FANOTIFY_ACCESS_PERM, "FAN_ACCESS_PERM", "FDK_FANOTIFY_ACCESS_PERM"},
    {(uint64_t)FDK_FANOTIFY_OPEN_EXEC_PERM, "FAN_OPEN_EXEC_PERM", "FDK_FANOTIFY_OPEN_EXEC_PERM"},
    {(uint64_t)FDK_FANOTIFY_EVENT_ON_CHILD, "FAN_EVENT_ON_CHILD", "FDK_FANOTIFY_EVENT_ON_CHILD"},
    {(uint64_t)FDK_FANOTIFY_RENAME, "FAN_RENAME", "FDK_FANOTIFY_RENAME"},
    {(uint64_t)FDK_FANOTIFY_ONDIR, "FAN_ONDIR", "FDK_FANOTIFY_ONDIR"},
    {(uint64_t)FDK_FANOTIFY_CLOSE, "FAN_CLOSE", "FDK_FANOTIFY_CLOSE"},
    {(uint64_t)FDK_FANOTIFY_MOVE, "FAN_MOVE", "FDK_FANOTIFY_MOVE"},
};

static const struct fdk__flag_name names_fanotify_response[] = {
    {(uint64_t)FDK_FANOTIFY_ALLOW, "FAN_ALLOW", "FDK_FANOTIFY_ALLOW"},
    {(uint64_t)FDK_FANOTIFY_DENY, "FAN_DENY", "FDK_FANOTIFY_DENY"},
    {(uint64_t)FDK_FANOTIFY_AUDIT, "FAN_AUDIT", "FDK_FANOTIFY_AUDIT"},
};

static const struct fdk__flag_name names_fanotify_info[] = {
    {(uint64_t)FDK_FANOTIFY_INFO_FID, "FDK_FANOTIFY_INFO_FID", "FDK_FANOTIFY_INFO_FID"},
    {(uint64_t)FDK_FANOTIFY_INFO_DFID, "FDK_FANOTIFY_INFO_DFID", "FDK_FANOTIFY_INFO_DFID"},
    {(uint64_t)FDK_FANOTIFY_INFO_DFID_NAME, "FDK_FANOTIFY_INFO_DFID_NAME", "FDK_FANOTIFY_INFO_DFID_NAME"},
    {(uint64_t)FDK_FANOTIFY_INFO_OLD_DFID_NAME, "FDK_FANOTIFY_INFO_OLD_DFID_NAME", "FDK_FANOTIFY_INFO_OLD_DFID_NAME"},
    {(uint64_t)FDK_FANOTIFY_INFO_NEW_DFID_NAME, "FDK_FANOTIFY_INFO_NEW_DFID_NAME", "FDK_FANOTIFY_INFO_NEW_DFID_NAME"},
    {(uint64_t)FDK_FANOTIFY_INFO_PIDFD, "FDK_FANOTIFY_INFO_PIDFD", "FDK_FANOTIFY_INFO_PIDFD"},
    {(uint64_t)FDK_FANOTIFY_INFO_ERROR, "FDK_FANOTIFY_INFO_ERROR", "FDK_FANOTIFY_INFO_ERROR"},
    {(uint64_t)FDK_FANOTIFY_INFO_OTHER, "FDK_FANOTIFY_INFO_OTHER", "FDK_FANOTIFY_INFO_OTHER"},
};

static const struct fdk__flag_name names_fifo_open[] = {
    {(uint64_t)FDK_FIFO_NONBLOCK, "O_NONBLOCK", "FDK_FIFO_NONBLOCK"},
    {(uint64_t)FDK_FIFO_CLOEXEC, "O_CLOEXEC", "FDK_FIFO_CLOEXEC"},
};

static const struct fdk__flag_name names_file_open[] = {
    {(uint64_t)FDK_FILE_RDONLY, "O_RDONLY", "FDK_FILE_RDONLY"},
    {(uint64_t)FDK_FILE_WRONLY, "O_WRONLY", "FDK_FILE_WRONLY"},
    {(uint64_t)FDK_FILE_RDWR, "O_RDWR", "FDK_FILE_RDWR"},
    {(uint64_t)FDK_FILE_APPEND, "O_APPEND", "FDK_FILE_APPEND"},
    {(uint64_t)FDK_FILE_CREAT, "O_CREAT", "FDK_FILE_CREAT"},
    {(uint64_t)FDK_FILE_EXCL, "O_EXCL", "FDK_FILE_EXCL"},
    {(uint64_t)FDK_FILE_TRUNC, "O_TRUNC", "FDK_FILE_TRUNC"},
    {(uint64_t)FDK_FILE_NONBLOCK, "O_NONBLOCK", "FDK_FILE_NONBLOCK"},
    {(uint64_t)FDK_FILE_NOFOLLOW, "O_NOFOLLOW", "FDK_FILE_NOFOLLOW"},
    {(uint64_t)FDK_FILE_TMPFILE, "O_TMPFILE", "FDK_FILE_TMPFILE"},
    {(uint64_t)FDK_FILE_DIRECTORY, "O_DIRECTORY", "FDK_FILE_DIRECTORY"},
    {(uint64_t)FDK_FILE_NOATIME, "O_NOATIME", "FDK_FILE_NOATIME"},
    {(uint64_t)FDK_FILE_SYNC, "O_SYNC", "FDK_FILE_SYNC"},
    {(uint64_t)FDK_FILE_DSYNC, "O_DSYNC", "FDK_FILE_DSYNC"},
    {(uint64_t)FDK_FILE_DIRECT, "O_DIRECT", "FDK_FILE_DIRECT"},
    {(uint64_t)FDK_FILE_PATH, "O_PATH", "FDK_FILE_PATH"},
    {(uint64_t)FDK_FILE_NOCTTY, "O_NOCTTY", "FDK_FILE_NOCTTY"},
    {(uint64_t)FDK_FILE_CLOEXEC, "O_CLOEXEC", "FDK_FILE_CLOEXEC"},
};

static const struct fdk__flag_name names_file_resolve[] = {
    {(uint64_t)FDK_FILE_RESOLVE_NO_XDEV, "RESOLVE_NO_XDEV", "FDK_FILE_RESOLVE_NO_XDEV"},
    {(uint64_t)FDK_FILE_RESOLVE_NO_MAGICLINKS, "RESOLVE_NO_MAGICLINKS", "FDK_FILE_RESOLVE_NO_MAGICLINKS"},
    {(uint64_t)FDK_FILE_RESOLVE_NO_SYMLINKS, "RESOLVE_NO_SYMLINKS", "FDK_FILE_RESOLVE_NO_SYMLINKS"},
    {(uint64_t)FDK_FILE_RESOLVE_BENEATH, "RESOLVE_BENEATH", "FDK_FILE_RESOLVE_BENEATH"},
    {(uint64_t)FDK_FILE_RESOLVE_IN_ROOT, "RESOLVE_IN_ROOT", "FDK_FILE_RESOLVE_IN_ROOT"},
    {(uint64_t)FDK_FILE_RESOLVE_CACHED, "RESOLVE_CACHED", "FDK_FILE_RESOLVE_CACHED"},
};

static const struct fdk__flag_name names_file_allocate[] = {
    {(uint64_t)FDK_FILE_FALLOC_KEEP_SIZE, "FALLOC_FL_KEEP_SIZE", "FDK_FILE_FALLOC_KEEP_SIZE"},
    {(uint64_t)FDK_FILE_FALLOC_PUNCH_HOLE, "FALLOC_FL_PUNCH_HOLE", "FDK_FILE_FALLOC_PUNCH_HOLE"},
    {(uint64_t)FDK_FILE_FALLOC_COLLAPSE_RANGE, "FALLOC_FL_COLLAPSE_RANGE", "FDK_FILE_FALLOC_COLLAPSE_RANGE"},
    {(uint64_t)FDK_FILE_FALLOC_ZERO_RANGE, "FALLOC_FL_ZERO_RANGE", "FDK_FILE_FALLOC_ZERO_RANGE"},
    {(uint64_t)FDK_FILE_FALLOC_INSERT_RANGE, "FALLOC_FL_INSERT_RANGE", "FDK_FILE_FALLOC_INSERT_RANGE"},
    {(uint64_t)FDK_FILE_FALLOC_UNSHARE_RANGE, "FALLOC_FL_UNSHARE_RANGE", "FDK_FILE_FALLOC_UNSHARE_RANGE"},
};

static const struct fdk__flag_name names_inotify_open[] = {
    {(uint64_t)FDK_INOTIFY_NONBLOCK, "IN_NONBLOCK", "FDK_INOTIFY_NONBLOCK"},
    {(uint64_t)FDK_INOTIFY_CLOEXEC, "IN_CLOEXEC", "FDK_INOTIFY_CLOEXEC"},
};

static const struct fdk__flag_name names_inotify_mask[] = {
    {(uint64_t)FDK_INOTIFY_ACCESS, "IN_ACCESS", "FDK_INOTIFY_ACCESS"},
    {(uint64_t)FDK_INOTIFY_MODIFY, "IN_MODIFY", "FDK_INOTIFY_MODIFY"},
    {(uint64_t)FDK_INOTIFY_ATTRIB, "IN_ATTRIB", "FDK_INOTIFY_ATTRIB"},
    {(uint64_t)FDK_INOTIFY_CLOSE_WRITE, "IN_CLOSE_WRITE", "FDK_INOTIFY_CLOSE_WRITE"},
    {(uint64_t)FDK_INOTIFY_CLOSE_NOWRITE, "IN_CLOSE_NOWRITE", "FDK_INOTIFY_CLOSE_NOWRITE"},
    {(uint64_t)FDK_INOTIFY_OPEN, "IN_OPEN", "FDK_INOTIFY_OPEN"},
    {(uint64_t)FDK_INOTIFY_MOVED_FROM, "IN_MOVED_FROM", "FDK_INOTIFY_MOVED_FROM"},
    {(uint64_t)FDK_INOTIFY_MOVED_TO, "IN_MOVED_TO", "FDK_INOTIFY_MOVED_TO"},
    {(uint64_t)FDK_INOTIFY_CREATE, "IN_CREATE", "FDK_INOTIFY_CREATE"},
    {(uint64_t)FDK_INOTIFY_DELETE, "IN_DELETE", "FDK_INOTIFY_DELETE"},
    {(uint64_t)FDK_INOTIFY_DELETE_SELF, "IN_DELETE_SELF", "FDK_INOTIFY_DELETE_SELF"},
    {(uint64_t)FDK_INOTIFY_MOVE_SELF, "IN_MOVE_SELF", "FDK_INOTIFY_MOVE_SELF"},
    {(uint64_t)FDK_INOTIFY_UNMOUNT, "IN_UNMOUNT", "FDK_INOTIFY_UNMOUNT"},
    {(uint64_t)FDK_INOTIFY_Q_OVERFLOW, "IN_Q_OVERFLOW", "FDK_INOTIFY_Q_OVERFLOW"},
    {(uint64_t)FDK_INOTIFY_IGNORED, "IN_IGNORED", "FDK_INOTIFY_IGNORED"},
    {(uint64_t)FDK_INOTIFY_ONLYDIR, "IN_ONLYDIR", "FDK_INOTIFY_ONLYDIR"},
    {(uint64_t)FDK_INOTIFY_DONT_FOLLOW, "IN_DONT_FOLLOW", "FDK_INOTIFY_DONT_FOLLOW"},
    {(uint64_t)FDK_INOTIFY_EXCL_UNLINK, "IN_EXCL_UNLINK", "FDK_INOTIFY_EXCL_UNLINK"},
    {(uint64_t)FDK_INOTIFY_MASK_CREATE, "IN_MASK_CREATE", "FDK_INOTIFY_MASK_CREATE"},
    {(uint64_t)FDK_INOTIFY_MASK_ADD, "IN_MASK_ADD", "FDK_INOTIFY_MASK_ADD"},
    {(uint64_t)FDK_INOTIFY_ISDIR, "IN_ISDIR", "FDK_INOTIFY_ISDIR"},
    {(uint64_t)FDK_INOTIFY_ONESHOT, "IN_ONESHOT", "FDK_INOTIFY_ONESHOT"},
    {(uint64_t)FDK_INOTIFY_CLOSE, "IN_CLOSE", "FDK_INOTIFY_CLOSE"},
    {(uint64_t)FDK_INOTIFY_MOVE, "IN_MOVE", "FDK_INOTIFY_MOVE"},
    {(uint64_t)FDK_INOTIFY_ALL_EVENTS, "IN_ALL_EVENTS", "FDK_INOTIFY_ALL_EVENTS"},
};

static const struct fdk__flag_name names_inotify_tree[] = {
    {(uint64_t)FDK_INOTIFY_NONBLOCK, "IN_NONBLOCK", "FDK_INOTIFY_NONBLOCK"},
};

static const struct fdk__flag_name names_inotify_tree_event[] = {
    {(uint64_t)FDK_INOTIFY_TREE_SYNTHETIC, "FDK_INOTIFY_TREE_SYNTHETIC", "FDK_INOTIFY_TREE_SYNTHETIC"},
    {(uint64_t)FDK_INOTIFY_TREE_RENAME, "FDK_INOTIFY_TREE_RENAME", "FDK_INOTIFY_TREE_RENAME"},
    {(uint64_t)FDK_INOTIFY_TREE_RESCAN, "FDK_INOTIFY_TREE_RESCAN", "FDK_INOTIFY_TREE_RESCAN"},
    {(uint64_t)FDK_INOTIFY_TREE_LIMIT, "FDK_INOTIFY_TREE_LIMIT", "FDK_INOTIFY_TREE_LIMIT"},
};

static const struct fdk__flag_name names_memfd_create[] = {
    {(uint64_t)FDK_MEMFD_CLOEXEC, "MFD_CLOEXEC", "FDK_MEMFD_CLOEXEC"},
    {(uint64_t)FDK_MEMFD_ALLOW_SEALING, "MFD_ALLOW_SEALING", "FDK_MEMFD_ALLOW_SEALING"},
    {(uint64_t)FDK_MEMFD_HUGETLB, "MFD_HUGETLB", "FDK_MEMFD_HUGETLB"},
    {(uint64_t)FDK_MEMFD_HUGE_64KB, "MFD_HUGE_64KB", "FDK_MEMFD_HUGE_64KB"},
    {(uint64_t)FDK_MEMFD_HUGE_512KB, "MFD_HUGE_512KB", "FDK_MEMFD_HUGE_512KB"},
    {(uint64_t)FDK_MEMFD_HUGE_1MB, "MFD_HUGE_1MB", "FDK_MEMFD_HUGE_1MB"},
    {(uint64_t)FDK_MEMFD_HUGE_2MB, "MFD_HUGE_2MB", "FDK_MEMFD_HUGE_2MB"},
    {(uint64_t)FDK_MEMFD_HUGE_8MB, "MFD_HUGE_8MB", "FDK_MEMFD_HUGE_8MB"},
    {(uint64_t)FDK_MEMFD_HUGE_16MB, "MFD_HUGE_16MB", "FDK_MEMFD_HUGE_16MB"},
    {(uint64_t)FDK_MEMFD_HUGE_32MB, "MFD_HUGE_32MB", "FDK_MEMFD_HUGE_32MB"},
    {(uint64_t)FDK_MEMFD_HUGE_256MB, "MFD_HUGE_256MB", "FDK_MEMFD_HUGE_256MB"},
    {(uint64_t)FDK_MEMFD_HUGE_512MB, "MFD_HUGE_512MB", "FDK_MEMFD_HUGE_512MB"},
    {(uint64_t)FDK_MEMFD_HUGE_1GB, "MFD_HUGE_1GB", "FDK_MEMFD_HUGE_1GB"},
    {(uint64_t)FDK_MEMFD_HUGE_2GB, "MFD_HUGE_2GB", "FDK_MEMFD_HUGE_2GB"},
    {(uint64_t)FDK_MEMFD_HUGE_16GB, "MFD_HUGE_16GB", "FDK_MEMFD_HUGE_16GB"},
};

static const struct fdk__flag_name names_memfd_seals[] = {
    {(uint64_t)FDK_MEMFD_SEAL_SEAL, "F_SEAL_SEAL", "FDK_MEMFD_SEAL_SEAL"},
    {(uint64_t)FDK_MEMFD_SEAL_SHRINK, "F_SEAL_SHRINK", "FDK_MEMFD_SEAL_SHRINK"},
    {(uint64_t)FDK_MEMFD_SEAL_GROW, "F_SEAL_GROW", "FDK_MEMFD_SEAL_GROW"},
    {(uint64_t)FDK_MEMFD_SEAL_WRITE, "F_SEAL_WRITE", "FDK_MEMFD_SEAL_WRITE"},
    {(uint64_t)FDK_MEMFD_SEAL_FUTURE_WRITE, "F_SEAL_FUTURE_WRITE", "FDK_MEMFD_SEAL_FUTURE_WRITE"},
};

static const struct fdk__flag_name names_mq_open[] = {
    {(uint64_t)FDK_MQ_READ, "FDK_MQ_READ", "FDK_MQ_READ"},
    {(uint64_t)FDK_MQ_WRITE, "O_WRONLY", "FDK_MQ_WRITE"},
    {(uint64_t)FDK_MQ_RDWR, "O_RDWR", "FDK_MQ_RDWR"},
    {(uint64_t)FDK_MQ_CREATE, "O_CREAT", "FDK_MQ_CREATE"},
    {(uint64_t)FDK_MQ_EXCL, "O_EXCL", "FDK_MQ_EXCL"},
    {(uint64_t)FDK_MQ_NONBLOCK, "O_NONBLOCK", "FDK_MQ_NONBLOCK"},
    {(uint64_t)FDK_MQ_CLOEXEC, "O_CLOEXEC", "FDK_MQ_CLOEXEC"},
};

static const struct fdk__flag_name names_pidfd_open[] = {
    {(uint64_t)FDK_PIDFD_NONBLOCK, "O_NONBLOCK", "FDK_PIDFD_NONBLOCK"},
};

static const struct fdk__flag_name names_pidfd_wait[] = {
    {(uint64_t)FDK_PIDFD_WAIT_STOPPED, "WSTOPPED", "FDK_PIDFD_WAIT_STOPPED"},
    {(uint64_t)FDK_PIDFD_WAIT_CONTINUED, "WCONTINUED", "FDK_PIDFD_WAIT_CONTINUED"},
    {(uint64_t)FDK_PIDFD_WAIT_NOHANG, "WNOHANG", "FDK_PIDFD_WAIT_NOHANG"},
    {(uint64_t)FDK_PIDFD_WAIT_NOWAIT, "WNOWAIT", "FDK_PIDFD_WAIT_NOWAIT"},
};

static const struct fdk__flag_name names_pipe_open[] = {
    {(uint64_t)FDK_PIPE_NONBLOCK, "O_NONBLOCK", "FDK_PIPE_NONBLOCK"},
    {(uint64_t)FDK_PIPE_DIRECT, "O_DIRECT", "FDK_PIPE_DIRECT"},
    {(uint64_t)FDK_PIPE_CLOEXEC, "O_CLOEXEC", "FDK_PIPE_CLOEXEC"},
    {(uint64_t)FDK_PIPE_NONBLOCK_READ, "FDK_PIPE_NONBLOCK_READ", "FDK_PIPE_NONBLOCK_READ"},
    {(uint64_t)FDK_PIPE_NONBLOCK_WRITE, "FDK_PIPE_NONBLOCK_WRITE", "FDK_PIPE_NONBLOCK_WRITE"},
};

static const struct fdk__flag_name names_sigdispatch_watch[] = {
    {(uint64_t)FDK_SIGDISPATCH_BLOCK, "FDK_SIGDISPATCH_BLOCK", "FDK_SIGDISPATCH_BLOCK"},
};

static const struct fdk__flag_name names_signalfd_open[] = {
    {(uint64_t)FDK_SIGNALFD_NONBLOCK, "SFD_NONBLOCK", "FDK_SIGNALFD_NONBLOCK"},
    {(uint64_t)FDK_SIGNALFD_CLOEXEC, "SFD_CLOEXEC", "FDK_SIGNALFD_CLOEXEC"},
    {(uint64_t)FDK_SIGNALFD_BLOCK, "FDK_SIGNALFD_BLOCK", "FDK_SIGNALFD_BLOCK"},
};

static const struct fdk__flag_name names_socket_open[] = {
    {(uint64_t)FDK_SOCKET_NONBLOCK, "SOCK_NONBLOCK", "FDK_SOCKET_NONBLOCK"},
    {(uint64_t)FDK_SOCKET_CLOEXEC, "SOCK_CLOEXEC", "FDK_SOCKET_CLOEXEC"},
    {(uint64_t)FDK_SOCKET_REUSEADDR, "FDK_SOCKET_REUSEADDR", "FDK_SOCKET_REUSEADDR"},
    {(uint64_t)FDK_SOCKET_REUSEPORT, "FDK_SOCKET_REUSEPORT", "FDK_SOCKET_REUSEPORT"},
    {(uint64_t)FDK_SOCKET_V6ONLY, "FDK_SOCKET_V6ONLY", "FDK_SOCKET_V6ONLY"},
    {(uint64_t)FDK_SOCKET_MKDIR, "FDK_SOCKET_MKDIR", "FDK_SOCKET_MKDIR"},
    {(uint64_t)FDK_SOCKET_KEEP_PATH, "FDK_SOCKET_KEEP_PATH", "FDK_SOCKET_KEEP_PATH"},
    {(uint64_t)FDK_SOCKET_FASTOPEN, "FDK_SOCKET_FASTOPEN", "FDK_SOCKET_FASTOPEN"},
};

static const struct fdk__flag_name names_socket_send[] = {
    {(uint64_t)FDK_SOCKET_DONTWAIT, "MSG_DONTWAIT", "FDK_SOCKET_DONTWAIT"},
    {(uint64_t)FDK_SOCKET_MORE, "MSG_MORE", "FDK_SOCKET_MORE"},
    {(uint64_t)FDK_SOCKET_OOB, "MSG_OOB", "FDK_SOCKET_OOB"},
    {(uint64_t)FDK_SOCKET_EOR, "MSG_EOR", "FDK_SOCKET_EOR"},
    {(uint64_t)FDK_SOCKET_DONTROUTE, "MSG_DONTROUTE", "FDK_SOCKET_DONTROUTE"},
    {(uint64_t)FDK_SOCKET_CONFIRM, "MSG_CONFIRM", "FDK_SOCKET_CONFIRM"},
    {(uint64_t)FDK_SOCKET_NOSIGNAL, "MSG_NOSIGNAL", "FDK_SOCKET_NOSIGNAL"},
};

static const struct fdk__flag_name names_socket_recv[] = {
    {(uint64_t)FDK_SOCKET_DONTWAIT, "MSG_DONTWAIT", "FDK_SOCKET_DONTWAIT"},
    {(uint64_t)FDK_SOCKET_PEEK, "MSG_PEEK", "FDK_SOCKET_PEEK"},
    {(uint64_t)FDK_SOCKET_WAITALL, "MSG_WAITALL", "FDK_SOCKET_WAITALL"},
    {(uint64_t)FDK_SOCKET_OOB, "MSG_OOB", "FDK_SOCKET_OOB"},
    {(uint64_t)FDK_SOCKET_TRUNC, "MSG_TRUNC", "FDK_SOCKET_TRUNC"},
    {(uint64_t)FDK_SOCKET_ERRQUEUE, "MSG_ERRQUEUE", "FDK_SOCKET_ERRQUEUE"},
    {(uint64_t)FDK_SOCKET_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC", "FDK_SOCKET_CMSG_CLOEXEC"},
};

static const struct fdk__flag_name names_splice_flags[] = {
    {(uint64_t)FDK_SPLICE_MOVE, "SPLICE_F_MOVE", "FDK_SPLICE_MOVE"},
    {(uint64_t)FDK_SPLICE_NONBLOCK, "SPLICE_F_NONBLOCK", "FDK_SPLICE_NONBLOCK"},
    {(uint64_t)FDK_SPLICE_MORE, "SPLICE_F_MORE", "FDK_SPLICE_MORE"},
    {(uint64_t)FDK_SPLICE_GIFT, "SPLICE_F_GIFT", "FDK_SPLICE_GIFT"},
};

static const struct fdk__flag_name names_timerfd_open[] = {
    {(uint64_t)FDK_TIMERFD_NONBLOCK, "TFD_NONBLOCK", "FDK_TIMERFD_NONBLOCK"},
    {(uint64_t)FDK_TIMERFD_CLOEXEC, "TFD_CLOEXEC", "FDK_TIMERFD_CLOEXEC"},
};

static const struct fdk__flag_name names_timerfd_set[] = {
    {(uint64_t)FDK_TIMERFD_ABSTIME, "TFD_TIMER_ABSTIME", "FDK_TIMERFD_ABSTIME"},
    {(uint64_t)FDK_TIMERFD_CANCEL_ON_SET, "TFD_TIMER_CANCEL_ON_SET", "FDK_TIMERFD_CANCEL_ON_SET"},
};

static const struct fdk__flag_name names_tty_open[] = {
    {(uint64_t)FDK_TTY_NONBLOCK, "O_NONBLOCK", "FDK_TTY_NONBLOCK"},
    {(uint64_t)FDK_TTY_NOCTTY, "O_NOCTTY", "FDK_TTY_NOCTTY"},
    {(uint64_t)FDK_TTY_CLOEXEC, "O_CLOEXEC", "FDK_TTY_CLOEXEC"},
    {(uint64_t)FDK_TTY_EXCL, "FDK_TTY_EXCL", "FDK_TTY_EXCL"},
};

const struct fdk__flagset_info fdk__flagsets[] = {
    [FDK_FLAGSET_CHARDEV_OPEN] = {"chardev.open", names_chardev_open, 4,
                                (uint64_t)FDK_CHARDEV_OPEN_ALL},
    [FDK_FLAGSET_EPOLL_OPEN] = {"epoll.open", names_epoll_open, 1,
                              (uint64_t)FDK_EPOLL_OPEN_ALL},
    [FDK_FLAGSET_EPOLL_EVENTS] = {"epoll.events", names_epoll_events, 15,
                                (uint64_t)FDK_EPOLL_EVENTS_ALL},
    [FDK_FLAGSET_EVENTFD_OPEN] = {"eventfd.open", names_eventfd_open, 3,
                                (uint64_t)FDK_EVENTFD_OPEN_ALL},
    [FDK_FLAGSET_FANOTIFY_INIT] = {"fanotify.init", names_fanotify_init, 15,
                                 (uint64_t)FDK_FANOTIFY_INIT_ALL},
    [FDK_FLAGSET_FANOTIFY_EVENT_OPEN] = {"fanotify.event_open", names_fanotify_event_open, 8,
                                       (uint64_t)FDK_FANOTIFY_EVENT_OPEN_ALL},
    [FDK_FLAGSET_FANOTIFY_MARK] = {"fanotify.mark", names_fanotify_mark, 12,
                                 (uint64_t)FDK_FANOTIFY_MARK_ALL},
    [FDK_FLAGSET_FANOTIFY_MASK] = {"fanotify.mask", names_fanotify_mask, 23,
                                 (uint64_t)FDK_FANOTIFY_MASK_ALL},
    [FDK_FLAGSET_FANOTIFY_RESPONSE] = {"fanotify.response", names_fanotify_response, 3,
                                     (uint64_t)FDK_FANOTIFY_RESPONSE_ALL},
    [FDK_FLAGSET_FANOTIFY_INFO] = {"fanotify.info", names_fanotify_info, 8,
                                 (uint64_t)FDK_FANOTIFY_INFO_ALL},
    [FDK_FLAGSET_FIFO_OPEN] = {"fifo.open", names_fifo_open, 2,
                             (uint64_t)FDK_FIFO_OPEN_ALL},
    [FDK_FLAGSET_FILE_OPEN] = {"file.open", names_file_open, 18,
                             (uint64_t)FDK_FILE_OPEN_ALL},
    [FDK_FLAGSET_FILE_RESOLVE] = {"file.resolve", names_file_resolve, 6,
                                (uint64_t)FDK_FILE_RESOLVE_ALL},
    [FDK_FLAGSET_FILE_ALLOCATE] = {"file.allocate", names_file_allocate, 6,
                                 (uint64_t)FDK_FILE_ALLOCATE_ALL},
    [FDK_FLAGSET_INOTIFY_OPEN] = {"inotify.open", names_inotify_open, 2,
                                (uint64_t)FDK_INOTIFY_OPEN_ALL},
    [FDK_FLAGSET_INOTIFY_MASK] = {"inotify.mask", names_inotify_mask, 25,
                                (uint64_t)FDK_INOTIFY_MASK_ALL},
    [FDK_FLAGSET_INOTIFY_TREE] = {"inotify.tree", names_inotify_tree, 1,
                                (uint64_t)FDK_INOTIFY_TREE_ALL},
    [FDK_FLAGSET_INOTIFY_TREE_EVENT] = {"inotify.tree_event", names_inotify_tree_event, 4,
                                      (uint64_t)FDK_INOTIFY_TREE_EVENT_ALL},
    [FDK_FLAGSET_MEMFD_CREATE] = {"memfd.create", names_memfd_create, 15,
                                (uint64_t)FDK_MEMFD_CREATE_ALL},
    [FDK_FLAGSET_MEMFD_SEALS] = {"memfd.seals", names_memfd_seals, 5,
                               (uint64_t)FDK_MEMFD_SEALS_ALL},
    [FDK_FLAGSET_MQ_OPEN] = {"mq.open", names_mq_open, 7,
                           (uint64_t)FDK_MQ_OPEN_ALL},
    [FDK_FLAGSET_PIDFD_OPEN] = {"pidfd.open", names_pidfd_open, 1,
                              (uint64_t)FDK_PIDFD_OPEN_ALL},
    [FDK_FLAGSET_PIDFD_WAIT] = {"pidfd.wait", names_pidfd_wait, 4,
                              (uint64_t)FDK_PIDFD_WAIT_ALL},
    [FDK_FLAGSET_PIPE_OPEN] = {"pipe.open", names_pipe_open, 5,
                             (uint64_t)FDK_PIPE_OPEN_ALL},
    [FDK_FLAGSET_SIGDISPATCH_WATCH] = {"sigdispatch.watch", names_sigdispatch_watch, 1,
                                     (uint64_t)FDK_SIGDISPATCH_WATCH_ALL},
    [FDK_FLAGSET_SIGNALFD_OPEN] = {"signalfd.open", names_signalfd_open, 3,
                                 (uint64_t)FDK_SIGNALFD_OPEN_ALL},
    [FDK_FLAGSET_SOCKET_OPEN] = {"socket.open", names_socket_open, 8,
                               (uint64_t)FDK_SOCKET_OPEN_ALL},
    [FDK_FLAGSET_SOCKET_SEND] = {"socket.send", names_socket_send, 7,
                               (uint64_t)FDK_SOCKET_SEND_ALL},
    [FDK_FLAGSET_SOCKET_RECV] = {"socket.recv", names_socket_recv, 7,
                               (uint64_t)FDK_SOCKET_RECV_ALL},
    [FDK_FLAGSET_SPLICE_FLAGS] = {"splice.flags", names_splice_flags, 4,
                                (uint64_t)FDK_SPLICE_FLAGS_ALL},
    [FDK_FLAGSET_TIMERFD_OPEN] = {"timerfd.open", names_timerfd_open, 2,
                                (uint64_t)FDK_TIMERFD_OPEN_ALL},
    [FDK_FLAGSET_TIMERFD_SET] = {"timerfd.set", names_timerfd_set, 2,
                               (uint64_t)FDK_TIMERFD_SET_ALL},
    [FDK_FLAGSET_TTY_OPEN] = {"tty.open", names_tty_open, 4,
                            (uint64_t)FDK_TTY_OPEN_ALL},
};

const size_t fdk__flagsets_count = FDK_FLAGSET__COUNT;

/* The multi-bit fields of the sets: within mask, a word holds one member's value. */
const struct fdk__flag_field fdk__flag_fields[] = {
    {FDK_FLAGSET_MEMFD_CREATE, (uint64_t)FDK_MEMFD_HUGE_MASK},
};

const size_t fdk__flag_fields_count = 1;

const char *fdk_fd_kind_name(enum fdk_fd_kind kind)
{
    static const char *const names[] = {
        [FDK_FD_KIND_UNKNOWN] = "unknown",
        [FDK_FD_KIND_REGULAR] = "regular",
        [FDK_FD_KIND_DIRECTORY] = "directory",
        [FDK_FD_KIND_CHAR_DEVICE] = "char_device",
        [FDK_FD_KIND_BLOCK_DEVICE] = "block_device",
        [FDK_FD_KIND_FIFO] = "fifo",
        [FDK_FD_KIND_PIPE] = "pipe",
        [FDK_FD_KIND_SOCKET] = "socket",
        [FDK_FD_KIND_SYMLINK] = "symlink",
        [FDK_FD_KIND_EVENTFD] = "eventfd",
        [FDK_FD_KIND_TIMERFD] = "timerfd",
        [FDK_FD_KIND_SIGNALFD] = "signalfd",
        [FDK_FD_KIND_EPOLL] = "epoll",
        [FDK_FD_KIND_INOTIFY] = "inotify",
        [FDK_FD_KIND_FANOTIFY] = "fanotify",
        [FDK_FD_KIND_PIDFD] = "pidfd",
        [FDK_FD_KIND_MEMFD] = "memfd",
        [FDK_FD_KIND_OTHER_ANON] = "other_anon",
        [FDK_FD_KIND_MQ] = "mq",
    };

    if ((unsigned)kind >= FDK_FD_KIND__COUNT)
        return "unknown";
    return names[kind];
}

enum fdk_fd_kind fdk__fd_kind_from_link(const char *link)
{
    /* readlink("/proc/self/fd/N") texts, in order; the first match wins. */
    static const struct {
        const char *text;
        int prefix; /* 1: text is a prefix of the link, 0: the whole link */
        enum fdk_fd_kind kind;
    } links[] = {
        {"pipe:", 1, FDK_FD_KIND_PIPE},
        {"socket:", 1, FDK_FD_KIND_SOCKET},
        {"anon_inode:[eventfd]", 0, FDK_FD_KIND_EVENTFD},
        {"anon_inode:[timerfd]", 0, FDK_FD_KIND_TIMERFD},
        {"anon_inode:[signalfd]", 0, FDK_FD_KIND_SIGNALFD},
        {"anon_inode:[eventpoll]", 0, FDK_FD_KIND_EPOLL},
        {"anon_inode:inotify", 0, FDK_FD_KIND_INOTIFY},
        {"anon_inode:[fanotify]", 0, FDK_FD_KIND_FANOTIFY},
        {"anon_inode:[pidfd]", 0, FDK_FD_KIND_PIDFD},
        {"pidfd:", 1, FDK_FD_KIND_PIDFD},
        {"anon_inode:", 1, FDK_FD_KIND_OTHER_ANON},
    };
    size_t i;

    if (!link)
        return FDK_FD_KIND_UNKNOWN;
    for (i = 0; i < sizeof links / sizeof links[0]; i++) {
        if (links[i].prefix ? strncmp(link, links[i].text, strlen(links[i].text)) == 0
                            : strcmp(link, links[i].text) == 0)
            return links[i].kind;
    }
    return FDK_FD_KIND_UNKNOWN;
}
