/* SPDX-License-Identifier: MIT */
/*
 * Failure paths of fdk_file_open, driven by fault injection (tests/inject):
 * openat's and openat2's EINTR are returned (an open may wait), a kernel without openat2 is
 * -ENOSYS with no fd and no silent fallback to openat, and openat's errnos
 * pass through classified.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-tmpdir.h"

#include <sys/syscall.h>

#ifndef SYS_openat2
#define SYS_openat2 437 /* the same on every architecture (asm-generic numbering) */
#endif

/* An open may wait (a FIFO without a peer): EINTR is handed back, not retried. */
static void test_openat_eintr_returned(void)
{
    struct fdk_tmpdir t;
    fdk_file f = {.fd = -9};

    fdk_tmpdir_make(&t);
    fdk_inject_reset();
    fdk_inject_fail("openat", 1, 1, EINTR);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "new", FDK_FILE_RDWR | FDK_FILE_CREAT | FDK_FILE_EXCL, 0600, 0), EINTR);
    ASSERT_EQ(fdk_inject_calls("openat"), 1);
    ASSERT_EQ(f.fd, -9);
    fdk_inject_reset();
    ASSERT_OK(fdk_file_open(&f, t.fd, "new", FDK_FILE_RDWR | FDK_FILE_CREAT | FDK_FILE_EXCL, 0600, 0));
    ASSERT_EQ(fdk_inject_calls("syscall"), 0); /* resolve == 0: plain openat */
    ASSERT_TRUE(fdk_test_is_cloexec(f.fd));
    ASSERT_OK(fdk_file_close(&f));
    fdk_inject_reset();
    fdk_tmpdir_remove(&t);
}

static void test_openat_errors(void)
{
    static const struct {
        int err;
        fdk_error_class cls;
    } cases[] = {
        {EMFILE, FDK_ERRCLASS_LIMIT},
        {EACCES, FDK_ERRCLASS_PERMISSION},
        {EROFS, FDK_ERRCLASS_PERMISSION},
        {ENOSPC, FDK_ERRCLASS_LIMIT},
        {ETXTBSY, FDK_ERRCLASS_LIMIT},
    };
    fdk_file f = {.fd = -9};

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fdk_inject_reset();
        fdk_inject_fail("openat", 1, 1, cases[i].err);
        ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/dev/null", FDK_FILE_RDONLY, 0, 0), cases[i].err);
        ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -cases[i].err), cases[i].cls);
        ASSERT_EQ(f.fd, -9);
    }
    fdk_inject_reset();
}

/* No openat2: -ENOSYS, nothing opened, and never a quiet openat instead. */
static void test_openat2_enosys(void)
{
    struct fdk_tmpdir t;
    fdk_file f = {.fd = -9};

    fdk_tmpdir_make(&t);
    fdk_inject_reset();
    fdk_inject_fail_syscall(SYS_openat2, 1, 0, ENOSYS);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "x", FDK_FILE_WRONLY | FDK_FILE_CREAT, 0600, FDK_FILE_RESOLVE_BENEATH), ENOSYS);
    ASSERT_ERR(fdk_file_open(&f, t.fd, ".", FDK_FILE_DIRECTORY, 0, FDK_FILE_RESOLVE_NO_SYMLINKS), ENOSYS);
    ASSERT_EQ(fdk_inject_calls("openat"), 0);
    ASSERT_EQ(fdk_inject_calls("syscall"), 2);
    ASSERT_EQ(f.fd, -9);
    ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -ENOSYS), FDK_ERRCLASS_UNSUPPORTED);
    fdk_inject_reset();
    /* nothing was created either */
    ASSERT_TRUE(faccessat(t.fd, "x", F_OK, 0) != 0 && errno == ENOENT);
    fdk_tmpdir_remove(&t);
}

static void test_openat2_eintr_returned(void)
{
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT;

    fdk_tmpdir_make(&t);
    /* (a kernel without openat2 has no EINTR to hand back) */
    if (fdk_file_open(&f, t.fd, ".", FDK_FILE_DIRECTORY, 0, FDK_FILE_RESOLVE_BENEATH) == -ENOSYS) {
        printf("# kernel without openat2: retry not checked\n");
        fdk_tmpdir_remove(&t);
        return;
    }
    ASSERT_OK(fdk_file_close(&f));
    fdk_inject_reset();
    fdk_inject_fail_syscall(SYS_openat2, 1, 1, EINTR);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "y", FDK_FILE_RDWR | FDK_FILE_CREAT, 0640, FDK_FILE_RESOLVE_BENEATH), EINTR);
    ASSERT_EQ(fdk_inject_calls("syscall"), 1);
    ASSERT_EQ(f.fd, -1);
    ASSERT_OK(fdk_file_open(&f, t.fd, "y", FDK_FILE_RDWR | FDK_FILE_CREAT, 0640, FDK_FILE_RESOLVE_BENEATH));
    ASSERT_EQ(fdk_inject_calls("syscall"), 2);
    ASSERT_EQ(fdk_inject_calls("openat"), 0);
    ASSERT_TRUE(fdk_test_is_cloexec(f.fd));
    ASSERT_OK(fdk_file_close(&f));
    fdk_inject_reset();
    fdk_tmpdir_remove(&t);
}

int main(void)
{
    alarm(30);
    RUN(test_openat_eintr_returned);
    RUN(test_openat_errors);
    RUN(test_openat2_enosys);
    RUN(test_openat2_eintr_returned);
    return 0;
}
