/* SPDX-License-Identifier: MIT */
/*
 * Generated from the ABI locks in spec/abi/ by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/arch.h
 * Which architecture this is, whether fdkit has an ABI lock for it
 * (spec/abi/<arch>.yaml), and the check that the consumer's off_t and time_t
 * are the library's.  Included by fdkit/common.h; never needed alone.
 *
 * fdkit is built with -D_FILE_OFFSET_BITS=64 -D_TIME_BITS=64 on every
 * architecture (`pkg-config --cflags fdkit` and the CMake package pass them
 * on), so a 32-bit consumer built without them would hand the library
 * 32-bit off_t and time_t values in structures and pointers: that is refused
 * here at compile time rather than miscompiled.
 */
#ifndef FDKIT_ARCH_H
#define FDKIT_ARCH_H

#include <sys/types.h>

#if defined(__x86_64__) && !defined(__ILP32__)
#define FDK__ARCH_X86_64 1
#elif defined(__x86_64__) && defined(__ILP32__)
#define FDK__ARCH_X32 1
#elif defined(__i386__)
#define FDK__ARCH_I386 1
#elif defined(__aarch64__)
#define FDK__ARCH_AARCH64 1
#elif defined(__arm__)
#define FDK__ARCH_ARM 1
#elif defined(__riscv) && __riscv_xlen == 64
#define FDK__ARCH_RISCV64 1
#elif defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)
#define FDK__ARCH_PPC64LE 1
#elif defined(__s390x__)
#define FDK__ARCH_S390X 1
#elif defined(__mips64)
#define FDK__ARCH_MIPS64 1
#elif defined(__loongarch64)
#define FDK__ARCH_LOONGARCH64 1
#endif

/* The architectures with a lock: the generated headers carry their values. */
#if defined(FDK__ARCH_AARCH64) || \
    defined(FDK__ARCH_ARM) || \
    defined(FDK__ARCH_I386) || \
    defined(FDK__ARCH_RISCV64) || \
    defined(FDK__ARCH_X86_64)
#define FDK__ABI_LOCKED 1
#endif

#if defined(__GLIBC__)
/* glibc: off_t is 64-bit on its own on 64-bit targets, or with the define */
#if !defined(__OFF_T_MATCHES_OFF64_T) && !defined(__USE_FILE_OFFSET64)
#error "fdkit needs a 64-bit off_t: build with -D_FILE_OFFSET_BITS=64 (pkg-config --cflags fdkit gives it)"
#endif
#if defined(__TIMESIZE) && __TIMESIZE != 64 && !defined(__USE_TIME_BITS64)
#error "fdkit needs a 64-bit time_t: build with -D_TIME_BITS=64 -D_FILE_OFFSET_BITS=64 (pkg-config --cflags fdkit gives them)"
#endif
#else
/* another libc: refuse a 32-bit off_t or time_t all the same (an array of
   size -1 is an error in every C and C++ mode) */
typedef char fdk__off_t_is_64_bits[sizeof(off_t) == 8 ? 1 : -1];
typedef char fdk__time_t_is_64_bits[sizeof(time_t) == 8 ? 1 : -1];
#endif

#endif /* FDKIT_ARCH_H */
