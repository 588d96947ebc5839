/* SPDX-License-Identifier: MIT */
/*
 * Device nodes (needs root with CAP_MKNOD; skips otherwise): a node made with
 * /dev/null's numbers opens with fdk_chardev_open and behaves as /dev/null,
 * and a process without the privilege gets -EPERM for character and block
 * nodes while FIFOs and regular files still work.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <grp.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>

static void test_null_node(void)
{
    struct fdk_tmpdir t;
    fdk_chardev d = FDK_HANDLE_INIT;
    struct stat st;
    char buf[8];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_chardev_mknod(t.fd, "mynull", S_IFCHR | 0666, makedev(1, 3)));
    ASSERT_EQ(fstatat(t.fd, "mynull", &st, 0), 0);
    ASSERT_TRUE(S_ISCHR(st.st_mode));
    ASSERT_EQ(st.st_mode & 07777, 0666);
    ASSERT_EQ(st.st_rdev, makedev(1, 3));
    ASSERT_ERR(fdk_chardev_mknod(t.fd, "mynull", S_IFCHR | 0666, makedev(1, 3)), EEXIST);

    ASSERT_OK(fdk_chardev_open(&d, t.fd, "mynull", FDK_CHARDEV_RDWR, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(d.fd));
    ASSERT_EQ(fdk_fd_kind(d.fd), FDK_FD_KIND_CHAR_DEVICE);
    ASSERT_EQ(fdk_fd_write(d.fd, "gone", 4), 4);
    ASSERT_EQ(fdk_fd_read(d.fd, buf, sizeof buf), 0);
    ASSERT_OK(fdk_chardev_close(&d));

    /* a block node is a device, but not a character device */
    ASSERT_OK(fdk_chardev_mknod(t.fd, "blk", S_IFBLK | 0600, makedev(7, 0)));
    ASSERT_EQ(fstatat(t.fd, "blk", &st, 0), 0);
    ASSERT_TRUE(S_ISBLK(st.st_mode));
    fdk_tmpdir_remove(&t);
}

enum { CHILD_OK = 0, CHILD_WRONG = 1, CHILD_SETUP = 2 };

static int unprivileged_child(const char *dir)
{
    char path[128];
    int rc;

    if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0 || geteuid() != 65534)
        return CHILD_SETUP;
    snprintf(path, sizeof path, "%s/c", dir);
    rc = fdk_chardev_mknod(AT_FDCWD, path, S_IFCHR | 0600, makedev(1, 3));
    if (rc != -EPERM) {
        fprintf(stderr, "mknod S_IFCHR as nobody = %d (%s)\n", rc, fdk_errno_name(rc));
        return CHILD_WRONG;
    }
    if (fdk_errclass(FDK_OP_CHARDEV_MKNOD, rc) != FDK_ERRCLASS_PERMISSION)
        return CHILD_WRONG;
    snprintf(path, sizeof path, "%s/b", dir);
    if (fdk_chardev_mknod(AT_FDCWD, path, S_IFBLK | 0600, makedev(7, 0)) != -EPERM)
        return CHILD_WRONG;
    snprintf(path, sizeof path, "%s/fifo", dir);
    if (fdk_chardev_mknod(AT_FDCWD, path, S_IFIFO | 0600, 0) != 0)
        return CHILD_WRONG;
    snprintf(path, sizeof path, "%s/reg", dir);
    if (fdk_chardev_mknod(AT_FDCWD, path, S_IFREG | 0600, 0) != 0)
        return CHILD_WRONG;
    return CHILD_OK;
}

static void test_eperm_without_privilege(void)
{
    struct fdk_tmpdir t;
    struct stat st;
    pid_t pid;
    int status;

    fdk_tmpdir_make(&t);
    /* nobody must be able to create entries, so that only CAP_MKNOD is missing */
    ASSERT_EQ(fchmod(t.fd, 0777), 0);
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(unprivileged_child(t.path));
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), CHILD_OK);
    ASSERT_ERR(fstatat(t.fd, "c", &st, 0) == 0 ? 0 : -errno, ENOENT);
    ASSERT_EQ(fstatat(t.fd, "fifo", &st, 0), 0);
    ASSERT_TRUE(S_ISFIFO(st.st_mode));
    ASSERT_EQ(fstatat(t.fd, "reg", &st, 0), 0);
    ASSERT_TRUE(S_ISREG(st.st_mode));
    fdk_tmpdir_remove(&t);
}

/* Root with CAP_MKNOD, on a file system whose device nodes open: else skip. */
static void require_mknod(void)
{
    char dir[64], node[64];
    int fd, err = 0;

    if (geteuid() != 0)
        fdk_test_skip("not root: device nodes cannot be made");
    if (!fdk_test_mkdtemp(dir, sizeof dir, "/tmp", "fdkit-mknod-probe"))
        fdk_test_fail(__FILE__, __LINE__, "mkdtemp: %s", strerror(errno));
    fdk_test_path(node, sizeof node, dir, "null");
    if (mknod(node, S_IFCHR | 0600, makedev(1, 3)) != 0) {
        err = errno;
    } else {
        fd = open(node, O_RDWR | O_CLOEXEC);
        if (fd < 0)
            err = errno;
        else
            close(fd);
        unlink(node);
    }
    rmdir(dir);
    if (err == EPERM)
        fdk_test_skip("root without CAP_MKNOD (user namespace?), or the device cgroup forbids 1:3");
    if (err == EACCES)
        fdk_test_skip("/tmp is mounted nodev");
    if (err != 0)
        fdk_test_fail(__FILE__, __LINE__, "mknod probe: %s", strerror(err));
}

int main(void)
{
    alarm(30);
    umask(0);
    require_mknod();
    RUN(test_null_node);
    RUN(test_eperm_without_privilege);
    return 0;
}
