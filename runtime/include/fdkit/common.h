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

/*
 * Every header's declarations sit between these.  Besides C++'s extern "C",
 * they keep -Wpadded (part of clang's -Weverything) quiet about fdkit's own
 * structs: a handle such as { int fd; bool borrowed; } has tail padding by
 * nature, and its layout is the ABI.
 */
#if defined(__GNUC__)
#define FDK__DIAG_BEGIN                                                                            \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wpadded\"")
#define FDK__DIAG_END _Pragma("GCC diagnostic pop")
#else
#define FDK__DIAG_BEGIN
#define FDK__DIAG_END
#endif
#ifdef __cplusplus
#define FDK_BEGIN_DECLS FDK__DIAG_BEGIN extern "C" {
#define FDK_END_DECLS } FDK__DIAG_END
#else
#define FDK_BEGIN_DECLS FDK__DIAG_BEGIN
#define FDK_END_DECLS FDK__DIAG_END
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
 * POSIX.1b (1993) names: siginfo_t and struct timespec.  A strict ISO mode
 * (-std=c99/-std=c11 with no feature macro) hides siginfo_t, and -std=c99
 * hides struct timespec too (C11 brought it into <time.h>).  Declarations
 * that need a hidden type are left out, as the C library leaves out its own;
 * _POSIX_C_SOURCE=200809L (or _GNU_SOURCE, or a gnu* mode) brings them in.
 * Pointers to struct timespec need no definition: it is declared below.
 */
#if defined(__USE_POSIX199309) ||                                                             \
    (!defined(__GLIBC__) && (!defined(__STRICT_ANSI__) || defined(_POSIX_C_SOURCE) ||           \
                             defined(_XOPEN_SOURCE) || defined(_GNU_SOURCE)))
#define FDK__VIS_POSIX1993 1
#else
#define FDK__VIS_POSIX1993 0
#endif
#if FDK__VIS_POSIX1993 || defined(__cplusplus) ||                                              \
    (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L)
#define FDK__VIS_TIMESPEC 1
#else
#define FDK__VIS_TIMESPEC 0
#endif
struct timespec;

/*
 * Linux's AT_FDCWD and NAME_MAX, which <fcntl.h> and <limits.h> declare only
 * with POSIX.1-2008 and POSIX: the headers' inline checks use these (the
 * library asserts at build time that they equal the C library's).
 */
/* A zeroed local of any type, in C and C++ alike. */
#ifdef __cplusplus
#define FDK__ZERO_INIT {}
#else
#define FDK__ZERO_INIT {0}
#endif

#define FDK__AT_FDCWD (-100)
#define FDK__NAME_MAX 255

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

/**
 * The fdkit version these headers belong to, as its parts, as one number
 * (major * 10000 + minor * 100 + patch) and as text.  fdk_version() gives the
 * number of the library the program runs with, which may be newer: within a
 * major version the ABI only grows (CHANGELOG.md).
 */
#define FDK_VERSION_MAJOR 0
#define FDK_VERSION_MINOR 2
#define FDK_VERSION_PATCH 0
#define FDK_VERSION (FDK_VERSION_MAJOR * 10000 + FDK_VERSION_MINOR * 100 + FDK_VERSION_PATCH)
#define FDK_VERSION_STRING "0.2.0"

FDK_BEGIN_DECLS
/**
 * The version of the fdkit library in use at run time, as FDK_VERSION
 * encodes it: `fdk_version() >= FDK_VERSION` holds for any library a program
 * built with these headers can run with; `fdk_version() / 10000` is its major
 * version.  Never fails; async-signal-safe.
 */
FDK_EXPORT int fdk_version(void);
FDK_END_DECLS

/**
 * Initialiser for any fdkit handle: `fdk_epoll ep = FDK_HANDLE_INIT;`.
 * A handle whose fd is -1 owns nothing; closing it is a no-op.  Every handle
 * struct has `fd` as its first member (asserted in the generated sources).
 * C gets a designated initialiser, so handles with more members (a pipe
 * end's `borrowed`) start zeroed without -Wmissing-field-initializers.
 * C++ before C++20 has no designators, and `{ -1 }` would warn for those
 * handles under -Wextra: there it is an object that converts to any handle,
 * value-initialised (every member zero) with fd -1.
 */
#ifdef __cplusplus
extern "C++" {
struct fdk_handle_init_ {
    template <class Handle> operator Handle() const
    {
        Handle h = Handle();
        h.fd = -1;
        return h;
    }
};
}
#define FDK_HANDLE_INIT (fdk_handle_init_())
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
