/* SPDX-License-Identifier: MIT */
/*
 * fdk_fanotify_open_fid() with mount_fd AT_FDCWD: open_by_handle_at(2)
 * says "The special value AT_FDCWD can be specified, meaning the current
 * working directory of the caller", so an id of an object on the file
 * system of the working directory must reopen (root, CAP_DAC_READ_SEARCH).
 */
#include "fanotify-test.h"

static void to_api(const struct fidc *c, struct fdk_fanotify_fid *id)
{
    memset(id, 0, sizeof *id);
    id->fsid[0] = c->fsid[0];
    id->fsid[1] = c->fsid[1];
    id->handle_type = c->type;
    id->handle_bytes = c->bytes;
    id->handle = c->handle;
}

/* open_by_handle_at(2): "The special value AT_FDCWD can be specified" as mount_fd. */
static void test_open_fid_at_fdcwd(void)
{
    struct fdk_tmpdir d;
    struct fidc D;
    struct fdk_fanotify_fid id;
    struct stat stD, st;
    int cwd, fd;

    need_root();
    fdk_tmpdir_make(&d);
    fid_of(d.path, 0, &D);
    ASSERT_EQ(stat(d.path, &stD), 0);
    to_api(&D, &id);
    cwd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(cwd >= 0);
    ASSERT_EQ(fchdir(d.fd), 0);
    fd = fdk_fanotify_open_fid(AT_FDCWD, &id, O_RDONLY);
    ASSERT_EQ(fchdir(cwd), 0);
    ASSERT_EQ(close(cwd), 0);
    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "fdk_fanotify_open_fid(AT_FDCWD) = %d (%s), expected a descriptor",
                      fd, fdk_errno_name(fd));
    ASSERT_EQ(fstat(fd, &st), 0);
    ASSERT_EQ_U64(st.st_ino, stD.st_ino);
    ASSERT_EQ(close(fd), 0);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    RUN(test_open_fid_at_fdcwd);
    return 0;
}
