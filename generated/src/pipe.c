/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/pipe.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/ioctl.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef O_NONBLOCK
_Static_assert(FDK_PIPE_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef O_DIRECT
_Static_assert(FDK_PIPE_DIRECT == O_DIRECT, "O_DIRECT differs from spec/abi/");
#endif
#ifdef O_CLOEXEC
_Static_assert(FDK_PIPE_CLOEXEC == O_CLOEXEC, "O_CLOEXEC differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_pipe_reader, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(offsetof(fdk_pipe_writer, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_PIPE_NONBLOCK == O_NONBLOCK, "O_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_PIPE_CLOEXEC == O_CLOEXEC, "O_CLOEXEC must equal O_CLOEXEC");

int fdk_pipe_reader_close(fdk_pipe_reader *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    if (h->borrowed) {
        /* borrowed (stdin, stdout, ...): forget it, never close it */
        h->fd = -1;
        h->borrowed = 0;
        return 0;
    }
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

int fdk_pipe_writer_close(fdk_pipe_writer *h)
{
    int fd_;

    if (!h)
        return -EINVAL;
    if (h->borrowed) {
        /* borrowed (stdin, stdout, ...): forget it, never close it */
        h->fd = -1;
        h->borrowed = 0;
        return 0;
    }
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
