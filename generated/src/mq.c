/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/mq.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"
#include "fdk-validate.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <mqueue.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef O_WRONLY
_Static_assert(FDK_MQ_WRITE == O_WRONLY, "O_WRONLY differs from spec/abi/");
#endif
#ifdef O_RDWR
_Static_assert(FDK_MQ_RDWR == O_RDWR, "O_RDWR differs from spec/abi/");
#endif
#ifdef O_CREAT
_Static_assert(FDK_MQ_CREATE == O_CREAT, "O_CREAT differs from spec/abi/");
#endif
#ifdef O_EXCL
_Static_assert(FDK_MQ_EXCL == O_EXCL, "O_EXCL differs from spec/abi/");
#endif
#ifdef O_NONBLOCK
_Static_assert(FDK_MQ_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef O_CLOEXEC
_Static_assert(FDK_MQ_CLOEXEC == O_CLOEXEC, "O_CLOEXEC differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_mq, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_MQ_NONBLOCK == O_NONBLOCK, "O_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_MQ_CLOEXEC == O_CLOEXEC, "O_CLOEXEC must equal O_CLOEXEC");

/* The argument checks of fdk_mq_open(), which runtime/ writes: called before any system call. */
int fdk__mq_open_validate(fdk_mq *out, const char *name, int flags, mode_t mode, const struct fdk_mq_attr *attr)
{
    (void)attr; /* nothing to check */
    if (!out)
        return -EINVAL;
    if (!name)
        return -EINVAL;
    if (flags & ~FDK_MQ_OPEN_ALL)
        return -EINVAL; /* unknown bits */
    if ((flags & FDK_MQ_READ) && (flags & FDK_MQ_WRITE))
        return -EINVAL; /* READ and O_WRONLY exclude each other */
    if ((flags & FDK_MQ_READ) && (flags & FDK_MQ_RDWR))
        return -EINVAL; /* READ and O_RDWR exclude each other */
    if ((flags & FDK_MQ_WRITE) && (flags & FDK_MQ_RDWR))
        return -EINVAL; /* O_WRONLY and O_RDWR exclude each other */
    if ((flags & FDK_MQ_EXCL) && (flags & (FDK_MQ_CREATE)) != (FDK_MQ_CREATE))
        return -EINVAL; /* O_EXCL needs O_CREAT */
    if (!(flags & (FDK_MQ_READ | FDK_MQ_WRITE | FDK_MQ_RDWR)))
        return -EINVAL; /* one of READ, WRITE and RDWR */
    if ((mode & ~07777u) != 0)
        return -EINVAL; /* mode holds permission bits only */
    return 0;
}

/* The argument checks of fdk_mq_name_check(), which runtime/ writes: called before any system call. */
int fdk__mq_name_check_validate(const char *name, const char **ret_why)
{
    (void)name; /* nothing to check */
    (void)ret_why; /* nothing to check */
    return 0;
}

/* The argument checks of fdk_mq_unlink(), which runtime/ writes: called before any system call. */
int fdk__mq_unlink_validate(const char *name)
{
    if (!name)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_mq_send(), which runtime/ writes: called before any system call. */
int fdk__mq_send_validate(fdk_mq mq, const void *msg, size_t len, unsigned int prio)
{
    (void)prio; /* nothing to check */
    if (mq.fd < 0)
        return -EBADF;
    if (!msg && len > 0)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_mq_send_until(), which runtime/ writes: called before any system call. */
int fdk__mq_send_until_validate(fdk_mq mq, const void *msg, size_t len, unsigned int prio, const struct timespec *deadline)
{
    (void)prio; /* nothing to check */
    (void)deadline; /* nothing to check */
    if (mq.fd < 0)
        return -EBADF;
    if (!msg && len > 0)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_mq_receive(), which runtime/ writes: called before any system call. */
int fdk__mq_receive_validate(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio)
{
    (void)ret_prio; /* nothing to check */
    if (mq.fd < 0)
        return -EBADF;
    if (!buf && len > 0)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_mq_receive_until(), which runtime/ writes: called before any system call. */
int fdk__mq_receive_until_validate(fdk_mq mq, void *buf, size_t len, unsigned int *ret_prio, const struct timespec *deadline)
{
    (void)ret_prio; /* nothing to check */
    (void)deadline; /* nothing to check */
    if (mq.fd < 0)
        return -EBADF;
    if (!buf && len > 0)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_mq_get_attr(), which runtime/ writes: called before any system call. */
int fdk__mq_get_attr_validate(fdk_mq mq, struct fdk_mq_attr *out)
{
    if (mq.fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    return 0;
}

/* The argument checks of fdk_mq_set_nonblock(), which runtime/ writes: called before any system call. */
int fdk__mq_set_nonblock_validate(fdk_mq mq, bool enable)
{
    (void)enable; /* nothing to check */
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}

/* The argument checks of fdk_mq_depth(), which runtime/ writes: called before any system call. */
int fdk__mq_depth_validate(fdk_mq mq)
{
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}

/* The argument checks of fdk_mq_is_full(), which runtime/ writes: called before any system call. */
int fdk__mq_is_full_validate(fdk_mq mq)
{
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}

/* The argument checks of fdk_mq_is_empty(), which runtime/ writes: called before any system call. */
int fdk__mq_is_empty_validate(fdk_mq mq)
{
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}

/* The argument checks of fdk_mq_notify_signal(), which runtime/ writes: called before any system call. */
int fdk__mq_notify_signal_validate(fdk_mq mq, int signo, int value)
{
    (void)signo; /* nothing to check */
    (void)value; /* nothing to check */
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}

/* The argument checks of fdk_mq_notify_none(), which runtime/ writes: called before any system call. */
int fdk__mq_notify_none_validate(fdk_mq mq)
{
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}

/* The argument checks of fdk_mq_notify_remove(), which runtime/ writes: called before any system call. */
int fdk__mq_notify_remove_validate(fdk_mq mq)
{
    if (mq.fd < 0)
        return -EBADF;
    return 0;
}
