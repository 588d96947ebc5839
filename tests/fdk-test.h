/* SPDX-License-Identifier: MIT */
/*
 * Minimal test support shared by the generated skeletons and the handwritten
 * behaviour tests.  Header-only; every test is one executable whose main()
 * runs cases with RUN(), which fails a case that leaks a file descriptor.
 *
 * Exit codes follow ctest: 0 pass, 77 skip (SKIP_RETURN_CODE), anything else
 * fails.  Assertions print the expression, file:line and both values.
 */
#ifndef FDK_TEST_H
#define FDK_TEST_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fdkit/fdkit.h>

#define FDK_TEST_SKIP 77

static inline void fdk_test_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
static inline void fdk_test_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: FAIL: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(EXIT_FAILURE);
}

/* Exit with ctest's skip code, saying why. */
static inline void fdk_test_skip(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static inline void fdk_test_skip(const char *fmt, ...)
{
    va_list ap;
    fputs("SKIP: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(FDK_TEST_SKIP);
}

/*
 * Under an emulator (a cross build's ctest runs tests through qemu-user),
 * CMake sets FDKIT_EMULATOR_LACKS on each test that needs what the emulator
 * does not provide (tests/emulator.cmake says what, per test): such a test
 * skips before main(), naming the missing piece.  Never set natively.
 */
__attribute__((constructor)) static void fdk_test_emulator_check(void)
{
    const char *lacks = getenv("FDKIT_EMULATOR_LACKS");

    if (lacks != NULL && lacks[0] != '\0')
        fdk_test_skip("under %s: %s", getenv("FDKIT_EMULATOR") ? getenv("FDKIT_EMULATOR") : "an emulator",
                      lacks);
}

/* expr >= 0 (fdkit success). */
#define ASSERT_OK(expr)                                                                            \
    do {                                                                                           \
        long long fdk_t_r_ = (long long)(expr);                                                    \
        if (fdk_t_r_ < 0)                                                                          \
            fdk_test_fail(__FILE__, __LINE__, "%s = %lld (%s), expected success", #expr, fdk_t_r_, \
                          fdk_errno_name((int)fdk_t_r_));                                          \
    } while (0)

/* expr == -E (fdkit failure with errno E). */
#define ASSERT_ERR(expr, E)                                                                        \
    do {                                                                                           \
        long long fdk_t_r_ = (long long)(expr);                                                    \
        if (fdk_t_r_ != -(long long)(E))                                                           \
            fdk_test_fail(__FILE__, __LINE__, "%s = %lld (%s), expected -%s", #expr, fdk_t_r_,     \
                          fdk_t_r_ < 0 ? fdk_errno_name((int)fdk_t_r_) : "success", #E);           \
    } while (0)

#define ASSERT_EQ(a, b)                                                                            \
    do {                                                                                           \
        long long fdk_t_a_ = (long long)(a), fdk_t_b_ = (long long)(b);                            \
        if (fdk_t_a_ != fdk_t_b_)                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, fdk_t_a_,          \
                          fdk_t_b_);                                                               \
    } while (0)

#define ASSERT_NE(a, b)                                                                            \
    do {                                                                                           \
        long long fdk_t_a_ = (long long)(a), fdk_t_b_ = (long long)(b);                            \
        if (fdk_t_a_ == fdk_t_b_)                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "%s != %s: both %lld", #a, #b, fdk_t_a_);            \
    } while (0)

/* Unsigned 64-bit comparisons (counters, tokens). */
#define ASSERT_EQ_U64(a, b)                                                                        \
    do {                                                                                           \
        unsigned long long fdk_t_a_ = (unsigned long long)(a), fdk_t_b_ = (unsigned long long)(b); \
        if (fdk_t_a_ != fdk_t_b_)                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "%s == %s: %llu != %llu", #a, #b, fdk_t_a_,          \
                          fdk_t_b_);                                                               \
    } while (0)

#define ASSERT_TRUE(x)                                                                             \
    do {                                                                                           \
        if (!(x))                                                                                  \
            fdk_test_fail(__FILE__, __LINE__, "expected true: %s", #x);                            \
    } while (0)

#define ASSERT_STREQ(a, b)                                                                         \
    do {                                                                                           \
        const char *fdk_t_a_ = (a), *fdk_t_b_ = (b);                                               \
        if (!fdk_t_a_ || !fdk_t_b_ || strcmp(fdk_t_a_, fdk_t_b_) != 0)                             \
            fdk_test_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b,                \
                          fdk_t_a_ ? fdk_t_a_ : "(null)", fdk_t_b_ ? fdk_t_b_ : "(null)");         \
    } while (0)

/* Number of open descriptors of this process (entries of /proc/self/fd). */
static inline int fdk_test_count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    struct dirent *de;
    int n = 0;
    if (!d)
        fdk_test_skip("/proc/self/fd is not readable: cannot check for fd leaks");
    while ((de = readdir(d)) != NULL)
        if (de->d_name[0] != '.')
            n++;
    closedir(d);
    return n - 1; /* the directory stream's own descriptor */
}

static inline int fdk_test_is_cloexec(int fd)
{
    int f = fcntl(fd, F_GETFD);
    if (f < 0)
        fdk_test_fail(__FILE__, __LINE__, "fcntl(%d, F_GETFD): %s", fd, strerror(errno));
    return (f & FD_CLOEXEC) != 0;
}

static inline int fdk_test_is_nonblock(int fd)
{
    int f = fcntl(fd, F_GETFL);
    if (f < 0)
        fdk_test_fail(__FILE__, __LINE__, "fcntl(%d, F_GETFL): %s", fd, strerror(errno));
    return (f & O_NONBLOCK) != 0;
}

/* 1 if fd is open in this process. */
static inline int fdk_test_fd_open(int fd)
{
    return fcntl(fd, F_GETFD) >= 0;
}

/* Run one case; fail it if it changed the number of open descriptors. */
#define RUN(fn)                                                                                    \
    do {                                                                                           \
        int fdk_t_before_ = fdk_test_count_fds();                                                  \
        fn();                                                                                      \
        int fdk_t_after_ = fdk_test_count_fds();                                                   \
        if (fdk_t_after_ != fdk_t_before_)                                                         \
            fdk_test_fail(__FILE__, __LINE__, "%s leaked %d fd(s)", #fn,                           \
                          fdk_t_after_ - fdk_t_before_);                                           \
        printf("ok - %s\n", #fn);                                                                  \
    } while (0)

#endif /* FDK_TEST_H */
