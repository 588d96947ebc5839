/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Argument checks of the handwritten functions whose spec says `validate:
 * true`: the same checks a generated wrapper makes (-EBADF, -EINVAL for NULL,
 * unknown or conflicting flag bits...), for runtime/ to call before any
 * system call.  Private to the library.  Also the handwritten decoders of
 * record streams with `decode: runtime`, which the generated iterators call.
 */
#ifndef FDK_VALIDATE_H
#define FDK_VALIDATE_H

#include <fdkit/fdkit.h>

int fdk__epoll_registrations_validate(fdk_epoll ep, struct fdk_epoll_registration *regs, size_t max);

int fdk__fanotify_open_validate(fdk_fanotify *out, unsigned int flags, unsigned int event_f_flags);

int fdk__fanotify_respond_validate(fdk_fanotify fan, int event_fd, unsigned int response);

int fdk__fanotify_deny_errno_validate(fdk_fanotify fan, int event_fd, int err);

int fdk__fanotify_respond_audit_validate(fdk_fanotify fan, int event_fd, unsigned int response, uint32_t rule, uint32_t subj_trust, uint32_t obj_trust);

int fdk__fanotify_event_close_validate(struct fdk_fanotify_event *ev);

int fdk__fanotify_close_from_validate(const void *buf, size_t len, size_t pos);

int fdk__fanotify_open_fid_validate(int mount_fd, const struct fdk_fanotify_fid *fid, int oflags);

int fdk__fdinfo_read_validate(pid_t pid, int fd, struct fdk_fdinfo *out);

int fdk__fdinfo_parse_validate(const void *text, size_t len, struct fdk_fdinfo *out);

int fdk__fdinfo_next_validate(const struct fdk_fdinfo *info, size_t *pos, struct fdk_fdinfo_entry *entry);

int fdk__fdinfo_free_validate(struct fdk_fdinfo *info);

int fdk__inotify_open_validate(fdk_inotify *out, int flags);

int fdk__inotify_add_validate(fdk_inotify in, const char *path, uint32_t mask);

int fdk__inotify_add_at_validate(fdk_inotify in, int dirfd, const char *path, uint32_t mask);

int fdk__inotify_tree_new_validate(fdk_inotify_tree **out, const char *root, uint32_t mask, int flags);

int fdk__mq_open_validate(fdk_mq *out, const char *name, int flags, mode_t mode, const struct fdk_mq_attr *attr);

int fdk__mq_name_check_validate(const char *name, const char **ret_why);

int fdk__mq_unlink_validate(const char *name);

int fdk__mq_send_validate(fdk_mq mq, const void *msg, size_t len, unsigned int prio);

int fdk__mq_send_until_validate(fdk_mq mq, const void *msg, size_t len, unsigned int prio, const struct timespec *deadline);

int fdk__mq_receive_validate(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio);

int fdk__mq_receive_until_validate(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio, const struct timespec *deadline);

int fdk__mq_get_attr_validate(fdk_mq mq, struct fdk_mq_attr *out);

int fdk__mq_set_nonblock_validate(fdk_mq mq, bool enable);

int fdk__mq_depth_validate(fdk_mq mq);

int fdk__mq_is_full_validate(fdk_mq mq);

int fdk__mq_is_empty_validate(fdk_mq mq);

int fdk__mq_notify_signal_validate(fdk_mq mq, int signo, int value);

int fdk__mq_notify_none_validate(fdk_mq mq);

int fdk__mq_notify_remove_validate(fdk_mq mq);

int fdk__splice_vmsplice_validate(int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags);

/* fdk_fanotify_next(): the members after the header (struct fdk_fanotify_event), from the bytes after it. */
int fdk__fanotify_event_decode(const void *payload, size_t len, struct fdk_fanotify_event *ev);

#endif /* FDK_VALIDATE_H */
