/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/pidfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef O_NONBLOCK
_Static_assert(FDK_PIDFD_NONBLOCK == O_NONBLOCK, "O_NONBLOCK differs from spec/abi/");
#endif
#ifdef WSTOPPED
_Static_assert(FDK_PIDFD_WAIT_STOPPED == WSTOPPED, "WSTOPPED differs from spec/abi/");
#endif
#ifdef WCONTINUED
_Static_assert(FDK_PIDFD_WAIT_CONTINUED == WCONTINUED, "WCONTINUED differs from spec/abi/");
#endif
#ifdef WNOHANG
_Static_assert(FDK_PIDFD_WAIT_NOHANG == WNOHANG, "WNOHANG differs from spec/abi/");
#endif
#ifdef WNOWAIT
_Static_assert(FDK_PIDFD_WAIT_NOWAIT == WNOWAIT, "WNOWAIT differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_pidfd, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_PIDFD_NONBLOCK == O_NONBLOCK, "O_NONBLOCK must equal O_NONBLOCK");

int fdk_pidfd_close(fdk_pidfd *h)
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
