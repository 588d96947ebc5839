/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * Argument checks of the handwritten functions whose spec says `validate:
 * true`: the same checks a generated wrapper makes (-EBADF, -EINVAL for NULL,
 * unknown or conflicting flag bits...), for runtime/ to call before any
 * system call.  Private to the library.
 */
#ifndef FDK_VALIDATE_H
#define FDK_VALIDATE_H

#include <fdkit/fdkit.h>

int fdk__inotify_open_validate(fdk_inotify *out, int flags);

int fdk__inotify_add_validate(fdk_inotify in, const char *path, uint32_t mask);

int fdk__inotify_add_at_validate(fdk_inotify in, int dirfd, const char *path, uint32_t mask);

int fdk__inotify_tree_new_validate(fdk_inotify_tree **out, const char *root, uint32_t mask, int flags);

#endif /* FDK_VALIDATE_H */
