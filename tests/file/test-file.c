/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for regular files: fdk_file_open creates with the mode
 * asked (umask 0 here), rejects contradictory arguments before any syscall,
 * classifies the kernel's errors, and with resolve bits uses openat2 whose
 * guarantees (BENEATH, NO_SYMLINKS, ...) really hold; positional I/O leaves
 * the file offset alone; sync, fallocate, truncate and stat work on the
 * handle.  Every descriptor made is checked for FD_CLOEXEC.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <stdint.h>
#include <sys/stat.h>
#include <sys/uio.h>

static void check_fd(int fd, int accmode)
{
    ASSERT_TRUE(fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(fd));
    ASSERT_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, accmode);
}

static void close_file(fdk_file *f)
{
    int fd = f->fd;

    ASSERT_EQ(fdk_file_close(f), 0);
    ASSERT_EQ(f->fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_file_close(f), 0);
}

static void make_file(int dirfd, const char *name, const char *content)
{
    int fd = openat(dirfd, name, O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(write(fd, content, strlen(content)), (long long)strlen(content));
    close(fd);
}

/* -1 when openat2 is missing (then resolve tests have nothing to check). */
static int have_openat2(int dirfd)
{
    fdk_file f = FDK_HANDLE_INIT;
    int r = fdk_file_open(&f, dirfd, ".", FDK_FILE_DIRECTORY, 0, FDK_FILE_RESOLVE_BENEATH);

    if (r == -ENOSYS) {
        printf("# kernel without openat2: resolve checks skipped\n");
        return 0;
    }
    ASSERT_OK(r);
    close_file(&f);
    return 1;
}

static void test_create_mode(void)
{
    static const mode_t modes[] = {0600, 0640, 0444, 0755, 0};
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT;
    struct stat st;
    char name[16];

    fdk_tmpdir_make(&t);
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        snprintf(name, sizeof name, "f%zu", i);
        ASSERT_OK(fdk_file_open(&f, t.fd, name, FDK_FILE_RDWR | FDK_FILE_CREAT | FDK_FILE_EXCL, modes[i], 0));
        check_fd(f.fd, O_RDWR);
        ASSERT_EQ(fdk_test_is_nonblock(f.fd), 0);
        ASSERT_EQ(fdk_fd_kind(f.fd), FDK_FD_KIND_REGULAR);
        ASSERT_OK(fdk_file_stat(f, &st));
        ASSERT_TRUE(S_ISREG(st.st_mode));
        ASSERT_EQ(st.st_mode & 07777, modes[i]);
        ASSERT_EQ(st.st_size, 0);
        close_file(&f);
    }
    /* with openat2 too */
    if (have_openat2(t.fd)) {
        ASSERT_OK(fdk_file_open(&f, t.fd, "r2", FDK_FILE_WRONLY | FDK_FILE_CREAT, 0604, FDK_FILE_RESOLVE_BENEATH));
        check_fd(f.fd, O_WRONLY);
        ASSERT_OK(fdk_file_stat(f, &st));
        ASSERT_EQ(st.st_mode & 07777, 0604);
        close_file(&f);
    }
    fdk_tmpdir_remove(&t);
}

static void test_open_errors(void)
{
    struct fdk_tmpdir t;
    fdk_file f = {.fd = -9};

    fdk_tmpdir_make(&t);
    make_file(t.fd, "exists", "x");
    ASSERT_ERR(fdk_file_open(&f, t.fd, "exists", FDK_FILE_WRONLY | FDK_FILE_CREAT | FDK_FILE_EXCL, 0600, 0), EEXIST);
    ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -EEXIST), FDK_ERRCLASS_EXISTS);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "missing", FDK_FILE_RDONLY, 0, 0), ENOENT);
    ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -ENOENT), FDK_ERRCLASS_NOT_FOUND);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "exists/x", FDK_FILE_RDONLY, 0, 0), ENOTDIR);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "exists", FDK_FILE_DIRECTORY, 0, 0), ENOTDIR);
    ASSERT_ERR(fdk_file_open(&f, t.fd, ".", FDK_FILE_WRONLY, 0, 0), EISDIR);
    ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -EISDIR), FDK_ERRCLASS_INVALID);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "", FDK_FILE_RDONLY, 0, 0), ENOENT);
    ASSERT_EQ(symlinkat("exists", t.fd, "link"), 0);
    ASSERT_ERR(fdk_file_open(&f, t.fd, "link", FDK_FILE_RDONLY | FDK_FILE_NOFOLLOW, 0, 0), ELOOP);
    ASSERT_EQ(f.fd, -9);
    fdk_tmpdir_remove(&t);
}

/* Rejected before any system call; out untouched. */
static void test_invalid_args(void)
{
    fdk_file f = {.fd = -9};
    int bad_bit = 0;

    for (int b = 0; b < 31 && !bad_bit; b++)
        if (!(FDK_FILE_OPEN_ALL & (1 << b)))
            bad_bit = 1 << b;
    ASSERT_ERR(fdk_file_open(NULL, AT_FDCWD, "/tmp", 0, 0, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, -5, "x", 0, 0, 0), EBADF);
    ASSERT_ERR(fdk_file_open(&f, -1, "x", 0, 0, 0), EBADF);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, NULL, 0, 0, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp", bad_bit, 0, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp/x", FDK_FILE_WRONLY | FDK_FILE_RDWR, 0, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp/x", FDK_FILE_WRONLY | FDK_FILE_RDWR | FDK_FILE_CREAT, 0600, 0), EINVAL);
    /* a mode only with CREAT or TMPFILE, and only permission bits */
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp", FDK_FILE_RDONLY, 0600, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp", FDK_FILE_DIRECTORY, 0600, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp/x", FDK_FILE_CREAT | FDK_FILE_WRONLY, 010600, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp/x", FDK_FILE_CREAT | FDK_FILE_WRONLY, S_IFREG | 0600, 0), EINVAL);
    /* unknown resolve bits */
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp", 0, 0, (uint64_t)1 << 40), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, "/tmp", 0, 0, FDK_FILE_RESOLVE_ALL + 1), EINVAL);
    ASSERT_EQ(f.fd, -9);
}

static void test_pread_pwrite(void)
{
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT;
    struct stat st;
    char buf[32];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_file_open(&f, t.fd, "data", FDK_FILE_RDWR | FDK_FILE_CREAT, 0600, 0));
    ASSERT_EQ(fdk_file_pwrite(f, "hello", 5, 100), 5);
    ASSERT_EQ(fdk_file_pwrite(f, "HE", 2, 0), 2);
    ASSERT_EQ(lseek(f.fd, 0, SEEK_CUR), 0); /* the offset never moved */
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 105);

    memset(buf, 'z', sizeof buf);
    ASSERT_EQ(fdk_file_pread(f, buf, 5, 100), 5);
    ASSERT_MEM_EQ(buf, "hello", 5);
    ASSERT_EQ(fdk_file_pread(f, buf, sizeof buf, 98), 7); /* short at EOF */
    ASSERT_EQ(buf[0], 0);                                 /* the gap reads as zeros */
    ASSERT_MEM_EQ(buf + 2, "hello", 5);
    ASSERT_EQ(fdk_file_pread(f, buf, sizeof buf, 105), 0); /* EOF */
    ASSERT_EQ(fdk_file_pread(f, buf, sizeof buf, 1000), 0);
    ASSERT_EQ(fdk_file_pread(f, buf, 2, 0), 2);
    ASSERT_MEM_EQ(buf, "HE", 2);
    ASSERT_EQ(lseek(f.fd, 0, SEEK_CUR), 0);

    /* the offset is independent: a plain read still starts at 0 */
    ASSERT_EQ(fdk_fd_read(f.fd, buf, 2), 2);
    ASSERT_MEM_EQ(buf, "HE", 2);
    ASSERT_EQ(fdk_file_pread(f, buf, 5, 100), 5);
    ASSERT_EQ(lseek(f.fd, 0, SEEK_CUR), 2);

    ASSERT_EQ(fdk_file_pread(f, buf, 0, 0), 0);
    ASSERT_ERR(fdk_file_pread(f, buf, 1, -1), EINVAL);
    ASSERT_ERR(fdk_file_pwrite(f, "x", 1, -1), EINVAL);
    close_file(&f);

    /* read-only handle: writing is the kernel's EBADF */
    ASSERT_OK(fdk_file_open(&f, t.fd, "data", FDK_FILE_RDONLY, 0, 0));
    check_fd(f.fd, O_RDONLY);
    ASSERT_ERR(fdk_file_pwrite(f, "x", 1, 0), EBADF);
    close_file(&f);
    ASSERT_ERR(fdk_file_pread(f, buf, 1, 0), EBADF); /* closed handle */
    fdk_tmpdir_remove(&t);
}

static void test_preadv_pwritev(void)
{
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT;
    char a[4], b[6], all[16];
    struct iovec out[2] = {{(void *)"abc", 3}, {(void *)"defgh", 5}};
    struct iovec in[2] = {{a, sizeof a}, {b, sizeof b}};

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_file_open(&f, t.fd, "v", FDK_FILE_RDWR | FDK_FILE_CREAT | FDK_FILE_TRUNC, 0600, 0));
    ASSERT_EQ(fdk_file_pwritev(f, out, 2, 10), 8);
    ASSERT_EQ(lseek(f.fd, 0, SEEK_CUR), 0);
    ASSERT_EQ(fdk_file_pread(f, all, sizeof all, 10), 8);
    ASSERT_MEM_EQ(all, "abcdefgh", 8);
    ASSERT_EQ(fdk_file_preadv(f, in, 2, 11), 7);
    ASSERT_MEM_EQ(a, "bcde", 4);
    ASSERT_MEM_EQ(b, "fgh", 3);
    ASSERT_EQ(lseek(f.fd, 0, SEEK_CUR), 0);
    ASSERT_ERR(fdk_file_preadv(f, in, -1, 0), EINVAL);
    ASSERT_ERR(fdk_file_pwritev(f, NULL, 1, 0), EINVAL);
    close_file(&f);
    fdk_tmpdir_remove(&t);
}

static void test_sync_truncate_stat(void)
{
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT;
    struct stat st;
    char buf[8];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_file_open(&f, t.fd, "s", FDK_FILE_RDWR | FDK_FILE_CREAT, 0600, 0));
    ASSERT_EQ(fdk_file_pwrite(f, "0123456789", 10, 0), 10);
    ASSERT_OK(fdk_file_sync(f));
    ASSERT_OK(fdk_file_datasync(f));
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 10);

    ASSERT_OK(fdk_file_truncate(f, 4));
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 4);
    ASSERT_EQ(fdk_file_pread(f, buf, sizeof buf, 0), 4);
    ASSERT_OK(fdk_file_truncate(f, 4096));
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 4096);
    ASSERT_EQ(fdk_file_pread(f, buf, 2, 4094), 2);
    ASSERT_EQ(buf[0], 0);
    ASSERT_ERR(fdk_file_truncate(f, -1), EINVAL);
    ASSERT_ERR(fdk_file_stat(f, NULL), EINVAL);
    close_file(&f);
    ASSERT_ERR(fdk_file_sync(f), EBADF);
    ASSERT_ERR(fdk_file_stat(f, &st), EBADF);

    /* TRUNC on open, APPEND writes at the end whatever the offset */
    ASSERT_OK(fdk_file_open(&f, t.fd, "s", FDK_FILE_WRONLY | FDK_FILE_TRUNC | FDK_FILE_APPEND, 0, 0));
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 0);
    ASSERT_EQ(fdk_fd_write(f.fd, "ab", 2), 2);
    ASSERT_EQ(lseek(f.fd, 0, SEEK_SET), 0);
    ASSERT_EQ(fdk_fd_write(f.fd, "cd", 2), 2);
    close_file(&f);
    ASSERT_OK(fdk_file_open(&f, t.fd, "s", FDK_FILE_RDONLY | FDK_FILE_NOATIME, 0, 0));
    ASSERT_EQ(fdk_file_pread(f, buf, sizeof buf, 0), 4);
    ASSERT_MEM_EQ(buf, "abcd", 4);
    close_file(&f);
    fdk_tmpdir_remove(&t);
}

static void test_allocate(void)
{
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT;
    struct stat st;
    blkcnt_t blocks;
    char block[8192], buf[4096];
    int r;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_file_open(&f, t.fd, "a", FDK_FILE_RDWR | FDK_FILE_CREAT, 0600, 0));

    /* plain: the size grows */
    r = fdk_file_allocate(f, 0, 0, 65536);
    if (r == -EOPNOTSUPP) {
        printf("# %s does not support fallocate: allocate checks skipped\n", t.path);
        close_file(&f);
        fdk_tmpdir_remove(&t);
        return;
    }
    ASSERT_OK(r);
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 65536);

    /* KEEP_SIZE: blocks beyond EOF, size unchanged */
    blocks = st.st_blocks;
    ASSERT_OK(fdk_file_allocate(f, FDK_FILE_FALLOC_KEEP_SIZE, 65536, 1024 * 1024));
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_EQ(st.st_size, 65536);
    ASSERT_TRUE(st.st_blocks > blocks);

    /* PUNCH_HOLE (with KEEP_SIZE): the range reads as zeros, size unchanged */
    memset(block, 'x', sizeof block);
    for (int i = 0; i < 8; i++)
        ASSERT_EQ(fdk_file_pwrite(f, block, sizeof block, (int64_t)i * (int64_t)sizeof block), (long long)sizeof block);
    r = fdk_file_allocate(f, FDK_FILE_FALLOC_PUNCH_HOLE | FDK_FILE_FALLOC_KEEP_SIZE, 8192, 4096);
    if (r == -EOPNOTSUPP) {
        printf("# %s cannot punch holes: PUNCH_HOLE skipped\n", t.path);
    } else {
        ASSERT_OK(r);
        ASSERT_EQ(fdk_file_pread(f, buf, sizeof buf, 8192), (long long)sizeof buf);
        for (size_t i = 0; i < sizeof buf; i++)
            if (buf[i] != 0)
                fdk_test_fail(__FILE__, __LINE__, "byte %zu of the hole is 0x%02x", i, buf[i]);
        ASSERT_EQ(fdk_file_pread(f, buf, 1, 8191), 1);
        ASSERT_EQ(buf[0], 'x');
        ASSERT_EQ(fdk_file_pread(f, buf, 1, 12288), 1);
        ASSERT_EQ(buf[0], 'x');
        ASSERT_OK(fdk_file_stat(f, &st));
        ASSERT_EQ(st.st_size, 65536);
    }
    /* PUNCH_HOLE needs KEEP_SIZE; bad ranges */
    ASSERT_ERR(fdk_file_allocate(f, FDK_FILE_FALLOC_PUNCH_HOLE, 0, 4096), EINVAL);
    ASSERT_ERR(fdk_file_allocate(f, 0, 0, 0), EINVAL);
    ASSERT_ERR(fdk_file_allocate(f, 0, -1, 10), EINVAL);
    close_file(&f);
    fdk_tmpdir_remove(&t);
}

static void test_directory_path_tmpfile(void)
{
    struct fdk_tmpdir t;
    fdk_file f = FDK_HANDLE_INIT, d = FDK_HANDLE_INIT;
    struct stat st;
    int r;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_file_open(&d, t.fd, ".", FDK_FILE_DIRECTORY, 0, 0));
    check_fd(d.fd, O_RDONLY);
    ASSERT_EQ(fdk_fd_kind(d.fd), FDK_FD_KIND_DIRECTORY);
    /* the directory handle works as a dirfd */
    ASSERT_OK(fdk_file_open(&f, d.fd, "in-d", FDK_FILE_WRONLY | FDK_FILE_CREAT, 0600, 0));
    close_file(&f);
    ASSERT_EQ(fstatat(t.fd, "in-d", &st, 0), 0);

    /* O_PATH: a location only, still CLOEXEC */
    ASSERT_OK(fdk_file_open(&f, d.fd, "in-d", FDK_FILE_PATH, 0, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(f.fd));
    ASSERT_OK(fdk_file_stat(f, &st));
    ASSERT_TRUE(S_ISREG(st.st_mode));
    ASSERT_ERR(fdk_fd_read(f.fd, &st, 1), EBADF);
    close_file(&f);
    /* PATH takes only DIRECTORY and NOFOLLOW: anything else would be dropped silently */
    ASSERT_ERR(fdk_file_open(&f, d.fd, "in-d", FDK_FILE_PATH | FDK_FILE_RDWR, 0, 0), EINVAL);
    ASSERT_ERR(fdk_file_open(&f, d.fd, "in-d", FDK_FILE_PATH | FDK_FILE_TRUNC, 0, 0), EINVAL);
    /* RDONLY | TRUNC would truncate a file opened for reading: refused */
    ASSERT_ERR(fdk_file_open(&f, d.fd, "in-d", FDK_FILE_RDONLY | FDK_FILE_TRUNC, 0, 0), EINVAL);
    ASSERT_EQ(f.fd, -1);

    /* TMPFILE: an unnamed file in the directory, with the mode asked */
    r = fdk_file_open(&f, d.fd, ".", FDK_FILE_TMPFILE | FDK_FILE_RDWR, 0640, 0);
    if (r == -EOPNOTSUPP) {
        printf("# %s has no O_TMPFILE support: TMPFILE skipped\n", t.path);
    } else {
        ASSERT_OK(r);
        check_fd(f.fd, O_RDWR);
        ASSERT_EQ(fdk_fd_kind(f.fd), FDK_FD_KIND_REGULAR);
        ASSERT_OK(fdk_file_stat(f, &st));
        ASSERT_EQ(st.st_nlink, 0);
        ASSERT_EQ(st.st_mode & 07777, 0640);
        ASSERT_EQ(fdk_file_pwrite(f, "tmp", 3, 0), 3);
        close_file(&f);
    }
    close_file(&d);
    fdk_tmpdir_remove(&t);
}

/* openat2: BENEATH keeps .. and absolute paths in, NO_SYMLINKS refuses links. */
static void test_resolve(void)
{
    struct fdk_tmpdir t;
    fdk_file f = {.fd = -9}, sub = FDK_HANDLE_INIT;
    char abs[128];

    fdk_tmpdir_make(&t);
    if (!have_openat2(t.fd)) {
        fdk_tmpdir_remove(&t);
        return;
    }
    make_file(t.fd, "x", "top");
    ASSERT_EQ(mkdirat(t.fd, "sub", 0700), 0);
    make_file(t.fd, "sub/y", "low");
    ASSERT_EQ(symlinkat("y", t.fd, "sub/link"), 0);
    ASSERT_EQ(symlinkat("../x", t.fd, "sub/up"), 0);
    ASSERT_OK(fdk_file_open(&sub, t.fd, "sub", FDK_FILE_DIRECTORY, 0, 0));

    /* escaping the directory: -EXDEV, classified */
    ASSERT_ERR(fdk_file_open(&f, sub.fd, "../x", FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_BENEATH), EXDEV);
    ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -EXDEV), FDK_ERRCLASS_PERMISSION);
    ASSERT_ERR(fdk_file_open(&f, sub.fd, fdk_tmpdir_at(&t, "x", abs, sizeof abs), FDK_FILE_RDONLY, 0,
                             FDK_FILE_RESOLVE_BENEATH),
               EXDEV);
    ASSERT_ERR(fdk_file_open(&f, sub.fd, "up", FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_BENEATH), EXDEV);
    /* ...while the same opens without resolve bits work */
    ASSERT_OK(fdk_file_open(&f, sub.fd, "../x", FDK_FILE_RDONLY, 0, 0));
    close_file(&f);
    ASSERT_OK(fdk_file_open(&f, sub.fd, "up", FDK_FILE_RDONLY, 0, 0));
    close_file(&f);
    /* staying inside is fine, even through .. */
    ASSERT_OK(fdk_file_open(&f, t.fd, "sub/../x", FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_BENEATH));
    check_fd(f.fd, O_RDONLY);
    close_file(&f);

    /* IN_ROOT: .. at the top stays at the top */
    ASSERT_OK(fdk_file_open(&f, sub.fd, "../../y", FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_IN_ROOT));
    close_file(&f);

    /* NO_SYMLINKS: any link is -ELOOP */
    f.fd = -9;
    ASSERT_ERR(fdk_file_open(&f, sub.fd, "link", FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_NO_SYMLINKS), ELOOP);
    ASSERT_EQ(fdk_errclass(FDK_OP_FILE_OPEN, -ELOOP), FDK_ERRCLASS_INVALID);
    ASSERT_OK(fdk_file_open(&f, sub.fd, "y", FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_NO_SYMLINKS | FDK_FILE_RESOLVE_BENEATH));
    close_file(&f);
    /* a path handle confined beneath the directory (openat2 rejects O_PATH | O_NOCTTY: never sent) */
    ASSERT_OK(fdk_file_open(&f, sub.fd, "y", FDK_FILE_PATH, 0, FDK_FILE_RESOLVE_BENEATH));
    ASSERT_TRUE(fdk_test_is_cloexec(f.fd));
    check_fd(f.fd, O_RDONLY);
    close_file(&f);
    f.fd = -9;
    /* NO_MAGICLINKS: /proc/self/fd/N is refused */
    snprintf(abs, sizeof abs, "/proc/self/fd/%d", sub.fd);
    ASSERT_ERR(fdk_file_open(&f, AT_FDCWD, abs, FDK_FILE_RDONLY, 0, FDK_FILE_RESOLVE_NO_MAGICLINKS), ELOOP);
    /* openat2 is strict where openat is lax: it is our validation that answers first */
    ASSERT_ERR(fdk_file_open(&f, sub.fd, "y", FDK_FILE_RDONLY, 0600, FDK_FILE_RESOLVE_BENEATH), EINVAL);
    ASSERT_EQ(f.fd, -9);
    close_file(&sub);
    fdk_tmpdir_remove(&t);
}

int main(void)
{
    alarm(30);
    umask(0);
    RUN(test_create_mode);
    RUN(test_open_errors);
    RUN(test_invalid_args);
    RUN(test_pread_pwrite);
    RUN(test_preadv_pwritev);
    RUN(test_sync_truncate_stat);
    RUN(test_allocate);
    RUN(test_directory_path_tmpfile);
    RUN(test_resolve);
    return 0;
}
