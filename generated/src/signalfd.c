/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/signalfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/signalfd.h>
#include <signal.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef SFD_NONBLOCK
_Static_assert(FDK_SIGNALFD_NONBLOCK == SFD_NONBLOCK, "SFD_NONBLOCK differs from spec/abi/");
#endif
#ifdef SFD_CLOEXEC
_Static_assert(FDK_SIGNALFD_CLOEXEC == SFD_CLOEXEC, "SFD_CLOEXEC differs from spec/abi/");
#endif
_Static_assert(sizeof(struct signalfd_siginfo) == 128, "struct signalfd_siginfo: size differs from spec/abi/");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_signo) == 0, "struct signalfd_siginfo.ssi_signo: offset differs from spec/abi/");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_code) == 8, "struct signalfd_siginfo.ssi_code: offset differs from spec/abi/");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_pid) == 12, "struct signalfd_siginfo.ssi_pid: offset differs from spec/abi/");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_status) == 40, "struct signalfd_siginfo.ssi_status: offset differs from spec/abi/");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_ptr) == 48, "struct signalfd_siginfo.ssi_ptr: offset differs from spec/abi/");
_Static_assert(offsetof(struct signalfd_siginfo, ssi_addr) == 72, "struct signalfd_siginfo.ssi_addr: offset differs from spec/abi/");
#endif

_Static_assert(offsetof(fdk_signalfd, fd) == 0, "FDK_HANDLE_INIT needs fd first");
_Static_assert(FDK_SIGNALFD_NONBLOCK == O_NONBLOCK, "SFD_NONBLOCK must equal O_NONBLOCK");
_Static_assert(FDK_SIGNALFD_CLOEXEC == O_CLOEXEC, "SFD_CLOEXEC must equal O_CLOEXEC");

int fdk_signalfd_close(fdk_signalfd *h)
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
