/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/sendfile.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/sendfile.h>
#include <poll.h>
#include <time.h>

/*
 * The wrappers defined inline in fdkit/sendfile.h: these declarations
 * (without `inline`) make this file emit their one external definition,
 * the exported symbol that code without the inline definitions calls.
 */
#if !FDK__INLINE_WRAPPERS || !FDK__VIS_GNU || !FDK__VIS_POSIX2008 || !FDK__VIS_MISC
#error "the library is built with _GNU_SOURCE and GNU C, so the inline wrappers must be visible"
#endif
extern ssize_t fdk_sendfile_once(int in_fd, int64_t *offset, int out_fd, size_t len);
