/* SPDX-License-Identifier: MIT */
/*
 * Generated from the specs in spec/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/* The headers that declare the functions in fdk-inject-fns.h. */
#ifndef FDK_INJECT_HEADERS_H
#define FDK_INJECT_HEADERS_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <unistd.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/sysmacros.h>
#include <poll.h>
#include <time.h>
#include <sys/epoll.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/types.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <mqueue.h>
#include <sys/wait.h>
#include <sys/sendfile.h>
#include <sys/signalfd.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/timerfd.h>
#include <stdlib.h>
#include <sys/file.h>
#include <linux/openat2.h>
#include <linux/falloc.h>
#include <linux/memfd.h>
#include <fdkit/arch.h>

/* The variadic functions tests/inject/fdk-inject.c wraps by hand (model.py
   Spec.INJECT_HAND; FDKIT_INJECT_HAND_SYMBOLS in fdk-inject-fns.cmake). */
#define FDK_INJECT_HAND(X) X(fcntl) X(ioctl) X(mq_open) X(open) X(openat) X(syscall)

/*
 * The symbols the variadic functions wrapped by hand (tests/inject/) bind to
 * besides their own names: FDK_INJECT_LINK_open(X) expands to X(open64)
 * where the headers redirect open to open64, and to nothing where they do not.
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_INJECT_LINK_mq_open(X)
#define FDK_INJECT_LINK_open(X) X(open64)
#define FDK_INJECT_LINK_openat(X) X(openat64)
#define FDK_INJECT_LINK_syscall(X)
#if defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_RISCV64) || defined(FDK__ARCH_X86_64)
#define FDK_INJECT_LINK_fcntl(X) X(fcntl64)
#define FDK_INJECT_LINK_ioctl(X)
#elif defined(FDK__ARCH_ARM) || defined(FDK__ARCH_I386)
#define FDK_INJECT_LINK_fcntl(X) X(__fcntl_time64)
#define FDK_INJECT_LINK_ioctl(X) X(__ioctl_time64)
#endif
#else /* an architecture without a lock: the system headers' values */
#define FDK_INJECT_LINK_fcntl(X)
#define FDK_INJECT_LINK_ioctl(X)
#define FDK_INJECT_LINK_mq_open(X)
#define FDK_INJECT_LINK_open(X)
#define FDK_INJECT_LINK_openat(X)
#define FDK_INJECT_LINK_syscall(X)
#endif

#endif /* FDK_INJECT_HEADERS_H */
