/* SPDX-License-Identifier: MIT */
/*
 * Generated from the ABI locks in spec/abi/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/*
 * System call numbers from spec/abi/<arch>.yaml, for calls that libc may not
 * wrap yet.  Private to the library.
 */
#ifndef FDK_ABI_H
#define FDK_ABI_H

#include <sys/syscall.h>

#if defined(__x86_64__) && !defined(__ILP32__)
#define FDK__NR_epoll_pwait2 441
#define FDK__NR_openat2 437
#else /* no lock for this architecture: the number if the headers have it */
#ifdef SYS_epoll_pwait2
#define FDK__NR_epoll_pwait2 SYS_epoll_pwait2
#endif
#ifdef SYS_openat2
#define FDK__NR_openat2 SYS_openat2
#endif
#endif

#endif /* FDK_ABI_H */
