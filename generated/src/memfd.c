/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/memfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
#include "fdk-internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <unistd.h>
#include <sys/mman.h>
#include <linux/memfd.h>

/*
 * The values below were measured from the headers into spec/abi/<arch>.yaml.
 * Where this libc defines a name, its value must match the lock; where it
 * does not (an older libc), the lock supplies it.  Values every locked
 * architecture shares come first, then those of each architecture.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#ifdef MFD_CLOEXEC
_Static_assert(FDK_MEMFD_CLOEXEC == MFD_CLOEXEC, "MFD_CLOEXEC differs from spec/abi/");
#endif
#ifdef MFD_ALLOW_SEALING
_Static_assert(FDK_MEMFD_ALLOW_SEALING == MFD_ALLOW_SEALING, "MFD_ALLOW_SEALING differs from spec/abi/");
#endif
#ifdef MFD_HUGETLB
_Static_assert(FDK_MEMFD_HUGETLB == MFD_HUGETLB, "MFD_HUGETLB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_64KB
_Static_assert(FDK_MEMFD_HUGE_64KB == MFD_HUGE_64KB, "MFD_HUGE_64KB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_512KB
_Static_assert(FDK_MEMFD_HUGE_512KB == MFD_HUGE_512KB, "MFD_HUGE_512KB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_1MB
_Static_assert(FDK_MEMFD_HUGE_1MB == MFD_HUGE_1MB, "MFD_HUGE_1MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_2MB
_Static_assert(FDK_MEMFD_HUGE_2MB == MFD_HUGE_2MB, "MFD_HUGE_2MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_8MB
_Static_assert(FDK_MEMFD_HUGE_8MB == MFD_HUGE_8MB, "MFD_HUGE_8MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_16MB
_Static_assert(FDK_MEMFD_HUGE_16MB == MFD_HUGE_16MB, "MFD_HUGE_16MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_32MB
_Static_assert(FDK_MEMFD_HUGE_32MB == MFD_HUGE_32MB, "MFD_HUGE_32MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_256MB
_Static_assert(FDK_MEMFD_HUGE_256MB == MFD_HUGE_256MB, "MFD_HUGE_256MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_512MB
_Static_assert(FDK_MEMFD_HUGE_512MB == MFD_HUGE_512MB, "MFD_HUGE_512MB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_1GB
_Static_assert(FDK_MEMFD_HUGE_1GB == MFD_HUGE_1GB, "MFD_HUGE_1GB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_2GB
_Static_assert(FDK_MEMFD_HUGE_2GB == MFD_HUGE_2GB, "MFD_HUGE_2GB differs from spec/abi/");
#endif
#ifdef MFD_HUGE_16GB
_Static_assert(FDK_MEMFD_HUGE_16GB == MFD_HUGE_16GB, "MFD_HUGE_16GB differs from spec/abi/");
#endif
#if defined(MFD_HUGE_MASK) && defined(MFD_HUGE_SHIFT)
_Static_assert((uint64_t)FDK_MEMFD_HUGE_MASK == ((uint64_t)MFD_HUGE_MASK << MFD_HUGE_SHIFT), "MFD_HUGE_MASK differs from spec/abi/");
#endif
#ifdef F_SEAL_SEAL
_Static_assert(FDK_MEMFD_SEAL_SEAL == F_SEAL_SEAL, "F_SEAL_SEAL differs from spec/abi/");
#endif
#ifdef F_SEAL_SHRINK
_Static_assert(FDK_MEMFD_SEAL_SHRINK == F_SEAL_SHRINK, "F_SEAL_SHRINK differs from spec/abi/");
#endif
#ifdef F_SEAL_GROW
_Static_assert(FDK_MEMFD_SEAL_GROW == F_SEAL_GROW, "F_SEAL_GROW differs from spec/abi/");
#endif
#ifdef F_SEAL_WRITE
_Static_assert(FDK_MEMFD_SEAL_WRITE == F_SEAL_WRITE, "F_SEAL_WRITE differs from spec/abi/");
#endif
#ifdef F_SEAL_FUTURE_WRITE
_Static_assert(FDK_MEMFD_SEAL_FUTURE_WRITE == F_SEAL_FUTURE_WRITE, "F_SEAL_FUTURE_WRITE differs from spec/abi/");
#endif
#ifndef F_ADD_SEALS
#define F_ADD_SEALS 1033
#else
_Static_assert(F_ADD_SEALS == 1033, "F_ADD_SEALS differs from spec/abi/");
#endif
#ifndef F_GET_SEALS
#define F_GET_SEALS 1034
#else
_Static_assert(F_GET_SEALS == 1034, "F_GET_SEALS differs from spec/abi/");
#endif
#endif

_Static_assert(offsetof(fdk_memfd, fd) == 0, "FDK_HANDLE_INIT needs fd first");

int fdk_memfd_create(fdk_memfd *out, const char *name, unsigned int flags)
{
    int r;

    if (!out)
        return -EINVAL;
    if (!name)
        return -EINVAL;
    if (flags & ~FDK_MEMFD_CREATE_ALL)
        return -EINVAL; /* unknown bits */
    if ((flags & FDK_MEMFD_HUGE_MASK) && (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_64KB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_512KB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_1MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_2MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_8MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_16MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_32MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_256MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_512MB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_1GB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_2GB &&
        (flags & FDK_MEMFD_HUGE_MASK) != FDK_MEMFD_HUGE_16GB)
        return -EINVAL; /* not a value of MFD_HUGE_MASK */
    if ((flags & FDK_MEMFD_HUGE_MASK) && (flags & (FDK_MEMFD_HUGETLB)) != (FDK_MEMFD_HUGETLB))
        return -EINVAL; /* MFD_HUGE_MASK needs MFD_HUGETLB */
    r = memfd_create(name, flags | FDK_MEMFD_CLOEXEC);
    if (r < 0)
        return FDK__NEG_ERRNO();
    out->fd = r;
    return 0;
}

int fdk_memfd_add_seals(fdk_memfd h, unsigned int seals)
{
    int r;

    if (h.fd < 0)
        return -EBADF;
    if (seals & ~FDK_MEMFD_SEALS_ALL)
        return -EINVAL; /* unknown bits */
    do
        r = fcntl(h.fd, F_ADD_SEALS, seals);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_memfd_get_seals(fdk_memfd h)
{
    int r;

    if (h.fd < 0)
        return -EBADF;
    do
        r = fcntl(h.fd, F_GET_SEALS);
    while (r < 0 && errno == EINTR);
    if (r < 0)
        return FDK__NEG_ERRNO();
    return r;
}

int fdk_memfd_close(fdk_memfd *h)
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
