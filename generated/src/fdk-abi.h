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

#include <fdkit/arch.h>
#include <sys/syscall.h>

#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK__NR_epoll_pwait2 441
#define FDK__NR_openat2 437
#define FDK__NR_pidfd_open 434
#define FDK__NR_pidfd_send_signal 424
#else /* an architecture without a lock: the system headers' values */
#ifdef SYS_epoll_pwait2
#define FDK__NR_epoll_pwait2 SYS_epoll_pwait2
#endif
#ifdef SYS_openat2
#define FDK__NR_openat2 SYS_openat2
#endif
#ifdef SYS_pidfd_open
#define FDK__NR_pidfd_open SYS_pidfd_open
#endif
#ifdef SYS_pidfd_send_signal
#define FDK__NR_pidfd_send_signal SYS_pidfd_send_signal
#endif
#endif

#endif /* FDK_ABI_H */
