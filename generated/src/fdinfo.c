/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/fdinfo.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/types.h>

/* The argument checks of fdk_fdinfo_read(), which runtime/ writes: called before any system call. */
int fdk__fdinfo_read_validate(pid_t pid, int fd, struct fdk_fdinfo *out)
{
    if (!out)
        return -EINVAL;
    if (pid < 0)
        return -EINVAL; /* a pid, or 0 for the caller */
    if (fd < 0)
        return -EBADF; /* a descriptor number */
    return 0;
}

/* The argument checks of fdk_fdinfo_parse(), which runtime/ writes: called before any system call. */
int fdk__fdinfo_parse_validate(const void *text, size_t len, struct fdk_fdinfo *out)
{
    if (!text && len > 0)
        return -EINVAL;
    if (!out)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_fdinfo_next(), which runtime/ writes: called before any system call. */
int fdk__fdinfo_next_validate(const struct fdk_fdinfo *info, size_t *pos, struct fdk_fdinfo_entry *entry)
{
    if (!info)
        return -EINVAL;
    if (!pos)
        return -EINVAL;
    if (!entry)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_fdinfo_free(), which runtime/ writes: called before any system call. */
int fdk__fdinfo_free_validate(struct fdk_fdinfo *info)
{
    (void)info; /* nothing to check */
    return 0;
}
