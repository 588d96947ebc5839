/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fdinfo.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/fdinfo.h
 * The kernel's description of an open descriptor in /proc/PID/fdinfo/FD: position, open flags,
 * mount and inode for every kind, and each kind's own state - an eventfd's counter, a timerfd's
 * clock and settings, a signalfd's mask, a pidfd's process, an epoll set's registrations, an
 * inotify instance's watches, a fanotify group's marks. fdk_fdinfo_read() reads the file whole
 * (lines of any length) and decodes the single-valued lines into struct fdk_fdinfo;
 * fdk_fdinfo_next() steps through the lines that repeat, decoded, and through the lines it does
 * not know, kept as text, so a kernel that adds lines breaks nothing.
 *
 * See proc(5).
 */
#ifndef FDKIT_FDINFO_H
#define FDKIT_FDINFO_H

#include <fdkit/common.h>

#include <sys/types.h>
#include <fdkit/fdinfo-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * Read /proc/PID/fdinfo/FD (pid 0: the calling thread's own table, /proc/thread-self) and decode
 * it into *out, which then owns a copy of the text: release it with fdk_fdinfo_free().
 *
 * @param pid  the process whose descriptor it is, or 0 for the caller
 * @param fd   the descriptor number in that process
 * @param out  receives the decoded file (written only on success)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.22, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES  the caller may not read the other process's fdinfo (ptrace access mode
 *            PTRACE_MODE_READ is needed)
 *   -EBADF   fd is negative
 *   -EINVAL  pid is negative, or out is NULL
 *   -EIO     the file did not have the pos and flags lines every fdinfo starts with
 *   -ENOENT  no such descriptor in the process, no such process (or it exited), or /proc is not
 *            mounted
 *   -ENOMEM  not enough memory for the text
 */
FDK_EXPORT int fdk_fdinfo_read(pid_t pid, int fd, struct fdk_fdinfo *out);

/**
 * Decode fdinfo text the caller already has (len bytes, need not be NUL-terminated) as
 * fdk_fdinfo_read() does; *out owns a copy.
 *
 * @param text  the text
 * @param len   its length
 * @param out   receives the decoded text (written only on success)
 *
 * Never blocks. Since Linux 2.6.22, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  text is NULL with len > 0, or out is NULL
 *   -EIO     the text lacks the pos and flags lines every fdinfo starts with
 *   -ENOMEM  not enough memory for the copy
 */
FDK_EXPORT int fdk_fdinfo_parse(const void *text, size_t len, struct fdk_fdinfo *out);

/**
 * Step through the lines struct fdk_fdinfo does not hold: each epoll registration, inotify watch
 * and fanotify mark decoded, and every line fdkit does not know as FDK_FDINFO_ENTRY_OTHER with its
 * text. Start with *pos 0; returns 1 per line and 0 at the end. A known line whose fields do not
 * parse comes back as OTHER, never as an error.
 *
 * @param info   a decoded file
 * @param pos    where to go on: 0 first, then as the last call left it
 * @param entry  receives the line (written only when 1 is returned)
 *
 * Never blocks. Since Linux 2.6.22, glibc 2.3.
 *
 * @return 1 with *entry filled, 0 at the end, or a negative errno:
 *   -EINVAL  a pointer is NULL, or *pos is past the text
 */
FDK_EXPORT int fdk_fdinfo_next(const struct fdk_fdinfo *info, size_t *pos, struct fdk_fdinfo_entry *entry);

/**
 * Release the text a decoded file owns and empty it; a second call, or one on an emptied struct,
 * is harmless.
 *
 * @param info  the decoded file, or NULL
 *
 * Never blocks. Since Linux 2.6.22, glibc 2.3.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  never returned: NULL is a no-op
 */
FDK_EXPORT int fdk_fdinfo_free(struct fdk_fdinfo *info);

FDK_END_DECLS

#endif /* FDKIT_FDINFO_H */
