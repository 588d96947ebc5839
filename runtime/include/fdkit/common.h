/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/common.h
 * Macros shared by every fdkit header: symbol export, handle initialisers and
 * scope-bound cleanup.  Included by every family header; never needed alone.
 */
#ifndef FDKIT_COMMON_H
#define FDKIT_COMMON_H

#include <fdkit/arch.h> /* refuses a 32-bit off_t or time_t */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
#define FDK_BEGIN_DECLS extern "C" {
#define FDK_END_DECLS }
#else
#define FDK_BEGIN_DECLS
#define FDK_END_DECLS
#endif

/* The library is built with -fvisibility=hidden; this marks the public ABI. */
#if defined(__GNUC__) && defined(FDKIT_BUILDING)
#define FDK_EXPORT __attribute__((visibility("default")))
#else
#define FDK_EXPORT
#endif

/*
 * Inline wrappers.  The I/O and query wrappers (fdk_fd_read, fdk_file_pread,
 * fdk_splice_once, ...) are defined inline in the headers, so a call costs
 * the system call plus fdkit's checks and no call into the library
 * (bench/README.md).  The library still exports every one of them as a
 * normal symbol.
 *
 * They are offered to GNU C and C++ (no feature macro needed), each where
 * the C library declares the call it makes: read, write, readv,
 * send, recv, epoll_wait... always; pread, pwrite, fsync, ftruncate,
 * mkfifoat with POSIX.1-2008 (glibc's default; not -std=c11 alone);
 * preadv/pwritev with glibc's default BSD/SVID names; splice, tee,
 * copy_file_range and fallocate with _GNU_SOURCE only.  Where a call is
 * hidden the header declares the wrapper, which links to the library's
 * copy.  Define FDK_NO_INLINE to always get plain declarations.
 * FDK_INLINE is C99 `inline` (an inline definition; the library's .c holds
 * the external one), or the GNU89 equivalent under -fgnu89-inline.
 */
#if defined(__cplusplus)
#define FDK_INLINE inline
#elif defined(__GNUC_GNU_INLINE__)
#define FDK_INLINE extern __inline__ __attribute__((__gnu_inline__))
#else
#define FDK_INLINE __inline__
#endif

#if !defined(FDK_NO_INLINE) && defined(__GNUC__)
#define FDK__INLINE_WRAPPERS 1
#else
#define FDK__INLINE_WRAPPERS 0
#endif

/*
 * Which of the calls behind the inline wrappers the consumer's libc
 * declares (<stdint.h> above brought in glibc's <features.h>).  Another
 * libc: only what _GNU_SOURCE makes certain.
 */
/* The most buffers one readv/writev takes: IOV_MAX, which strict modes hide (Linux: 1024). */
#ifdef IOV_MAX
#define FDK__IOV_MAX IOV_MAX
#else
#define FDK__IOV_MAX 1024
#endif

#if defined(__USE_GNU) || (!defined(__GLIBC__) && defined(_GNU_SOURCE))
#define FDK__VIS_GNU 1
#else
#define FDK__VIS_GNU 0
#endif
#if defined(__USE_XOPEN2K8) || (!defined(__GLIBC__) && defined(_GNU_SOURCE))
#define FDK__VIS_POSIX2008 1
#else
#define FDK__VIS_POSIX2008 0
#endif
#if defined(__USE_MISC) || (!defined(__GLIBC__) && defined(_GNU_SOURCE))
#define FDK__VIS_MISC 1
#else
#define FDK__VIS_MISC 0
#endif

/*
 * -errno after a libc call failed (used by the inline wrappers; needs
 * <errno.h>).  EWOULDBLOCK is reported as EAGAIN, and a libc that failed
 * without setting errno cannot turn into a bogus success.
 */
#define FDK__NEG_ERRNO() (errno == EWOULDBLOCK ? -EAGAIN : errno > 0 ? -errno : -EIO)

#ifdef __GNUC__
#define FDK_WARN_UNUSED __attribute__((warn_unused_result))
#else
#define FDK_WARN_UNUSED
#endif

/** fdkit version, as a number (major * 10000 + minor * 100 + patch) and text. */
#define FDK_VERSION_MAJOR 0
#define FDK_VERSION_MINOR 1
#define FDK_VERSION_PATCH 0
#define FDK_VERSION (FDK_VERSION_MAJOR * 10000 + FDK_VERSION_MINOR * 100 + FDK_VERSION_PATCH)

/**
 * Initialiser for any fdkit handle: `fdk_epoll ep = FDK_HANDLE_INIT;`.
 * A handle whose fd is -1 owns nothing; closing it is a no-op.  Every handle
 * struct has `fd` as its first member (asserted in the generated sources).
 * C gets a designated initialiser, so handles with more members (a pipe
 * end's `borrowed`) start zeroed without -Wmissing-field-initializers;
 * C++ before C++20 has no designators, so it gets the positional form.
 */
#ifdef __cplusplus
#define FDK_HANDLE_INIT { -1 }
#else
#define FDK_HANDLE_INIT { .fd = -1 }
#endif

/**
 * As the `len` of fdk_splice_all(), fdk_sendfile_all() and fdk_copy_all():
 * transfer until end of input, which is then success rather than -ENODATA.
 */
#define FDK_TO_EOF SIZE_MAX

#ifdef __GNUC__
/**
 * Declare a handle that is closed when it goes out of scope (GCC and Clang):
 *
 *     FDK_AUTO(eventfd) ev = FDK_HANDLE_INIT;
 *     if (fdk_eventfd_open(&ev, 0, 0) < 0) return -1;
 *     ...                    // fdk_eventfd_close(&ev) runs on every return
 *
 * Hand ownership out of the scope with fdk_<kind>_release().
 */
#define FDK_AUTO(kind) __attribute__((cleanup(fdk_##kind##_close))) fdk_##kind
#endif

#endif /* FDKIT_COMMON_H */
