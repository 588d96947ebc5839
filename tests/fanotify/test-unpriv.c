/* SPDX-License-Identifier: MIT */
/*
 * Groups without privilege (fanotify_init(2), fanotify(7), Linux 5.13): a
 * child that drops to uid/gid 65534 (no supplementary groups, no
 * capabilities left) gets -EPERM for a group that reports descriptors, for
 * the permission classes, UNLIMITED_QUEUE / UNLIMITED_MARKS, REPORT_TID and
 * REPORT_PIDFD, and for mount and file-system marks; -EINVAL for permission
 * events in its (notification-class) FID group; -EACCES marking a
 * directory it cannot read; -EPERM from fdk_fanotify_open_fid (no
 * CAP_DAC_READ_SEARCH).  What it may do works: a REPORT_FID / DFID_NAME
 * group with inode marks on its own directory delivers CREATE / ATTRIB /
 * DELETE with the right file ids, with its own pid for what it did itself
 * and pid 0 for what another process did (an unprivileged listener does
 * not learn other pids).  Run on the disk and on tmpfs.
 */
#include "fanotify-test.h"

#include <grp.h>
#include <sys/prctl.h>

static void drop_privileges(void)
{
    char line[256];
    FILE *st;
    int capeff_zero = 0;

    if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
        fdk_test_fail(__FILE__, __LINE__, "dropping to 65534: %s", strerror(errno));
    ASSERT_EQ(getuid(), 65534);
    ASSERT_EQ(geteuid(), 65534);
    st = fopen("/proc/self/status", "re");
    ASSERT_TRUE(st != NULL);
    while (fgets(line, sizeof line, st))
        if (strncmp(line, "CapEff:", 7) == 0)
            capeff_zero = strtoull(line + 7, NULL, 16) == 0;
    fclose(st);
    ASSERT_TRUE(capeff_zero);
}

/* In the child: everything an unprivileged user may and may not do. */
static void unpriv_child(const struct fdk_tmpdir *d, const char *rootonly)
{
    fdk_fanotify f = FDK_HANDLE_INIT, g = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct fidc dir_fid, file_fid;
    const struct frec *x;
    pid_t gc;
    int r;

    drop_privileges();

    /* refused at init */
    ASSERT_ERR(fdk_fanotify_open(&g, 0, 0), EPERM);
    ASSERT_ERR(fdk_fanotify_open(&g, FDK_FANOTIFY_CLASS_CONTENT, 0), EPERM);
    ASSERT_ERR(fdk_fanotify_open(&g, FDK_FANOTIFY_CLASS_PRE_CONTENT, 0), EPERM);
    ASSERT_ERR(fdk_fanotify_open(&g, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_UNLIMITED_QUEUE, 0), EPERM);
    ASSERT_ERR(fdk_fanotify_open(&g, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_UNLIMITED_MARKS, 0), EPERM);
    ASSERT_ERR(fdk_fanotify_open(&g, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_REPORT_TID, 0), EPERM);
    ASSERT_ERR(fdk_fanotify_open(&g, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_REPORT_PIDFD, 0), EPERM);
    r = fdk_fanotify_open(&g, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_ENABLE_AUDIT, 0);
    ASSERT_TRUE(r == -EPERM || r == -EINVAL); /* EINVAL: a kernel without audit */
    ASSERT_EQ(g.fd, -1);

    /* allowed: a FID notification group */
    r = fdk_fanotify_open(&f, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_REPORT_DFID_NAME |
                                  FDK_FANOTIFY_NONBLOCK, 0);
    if (r == -EPERM)
        _exit(77); /* kernel < 5.13 */
    ASSERT_OK(r);
    ASSERT_TRUE(fdk_test_is_cloexec(f.fd));

    /* marks reserved to the administrator, and permission events */
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_MOUNT,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, d->path), EPERM);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_FILESYSTEM,
                                 FDK_FANOTIFY_CREATE, AT_FDCWD, d->path), EPERM);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN_PERM, AT_FDCWD, d->path),
               EINVAL);
    /* a directory it may not read */
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, rootonly),
               EACCES);

    /* an inode mark on its own directory works */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD,
                                FDK_FANOTIFY_CREATE | FDK_FANOTIFY_DELETE | FDK_FANOTIFY_ATTRIB |
                                    FDK_FANOTIFY_EVENT_ON_CHILD,
                                AT_FDCWD, d->path));
    write_file(P(d, "mine"), "x");
    ASSERT_EQ(chmod(P(d, "mine"), 0600), 0);
    fid_of(d->path, 0, &dir_fid);
    fid_of(P(d, "mine"), 0, &file_fid);
    /* another process (a grandchild, just as unprivileged) */
    fflush(NULL);
    gc = fork();
    ASSERT_TRUE(gc >= 0);
    if (gc == 0) {
        close(f.fd);
        write_file(P(d, "theirs"), NULL);
        _exit(0);
    }
    ASSERT_EQ(child_wait(gc), 0);
    ASSERT_EQ(unlink(P(d, "mine")), 0);
    drain(f, &l);

    x = FIND(&l, FDK_FANOTIFY_CREATE, "mine");
    ASSERT_EQ(x->fd, FAN_NOFD);
    ASSERT_EQ(x->pid, getpid());
    ASSERT_TRUE(x->info & FDK_FANOTIFY_INFO_DFID_NAME);
    ASSERT_FID(&x->dfid, &dir_fid);
    ASSERT_TRUE(!(x->info & FDK_FANOTIFY_INFO_FID)); /* the child's id only with TARGET_FID */
    x = FIND(&l, FDK_FANOTIFY_ATTRIB, "mine");
    ASSERT_EQ(x->pid, getpid());
    ASSERT_FID(&x->fid, &file_fid);
    x = FIND(&l, FDK_FANOTIFY_DELETE, "mine");
    ASSERT_EQ(x->pid, getpid());
    ASSERT_FID(&x->dfid, &dir_fid);
    x = FIND(&l, FDK_FANOTIFY_CREATE, "theirs");
    ASSERT_EQ(x->pid, 0); /* not the listener's own: hidden from an unprivileged group */
    ASSERT_FID(&x->dfid, &dir_fid);

    /* the handle is there, but opening by handle needs CAP_DAC_READ_SEARCH */
    {
        struct fdk_fanotify_fid id = {{0, 0}, 0, 0, NULL, NULL, 0};
        id.fsid[0] = dir_fid.fsid[0];
        id.fsid[1] = dir_fid.fsid[1];
        id.handle_type = dir_fid.type;
        id.handle_bytes = dir_fid.bytes;
        id.handle = dir_fid.handle;
        ASSERT_ERR(fdk_fanotify_open_fid(d->fd, &id, O_RDONLY), EPERM);
    }
    flog_free(&l);
    ASSERT_EQ(fdk_fanotify_close(&f), 0);
    _exit(0);
}

static void unpriv_on(const struct fdk_tmpdir_fs *fs)
{
    struct fdk_tmpdir d, ro;
    pid_t pid;
    int rc;

    if (!dir_make_on(&d, fs))
        return;
    ASSERT_TRUE(dir_make_on(&ro, fs)); /* mode 0700, root's */
    ASSERT_EQ(chown(d.path, 65534, 65534), 0);
    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        unpriv_child(&d, ro.path);
    rc = child_wait(pid);
    fdk_tmpdir_remove(&ro);
    fdk_tmpdir_remove(&d);
    if (rc == 77)
        fdk_test_skip("unprivileged FID groups need Linux 5.13");
    if (rc != 0)
        fdk_test_fail(__FILE__, __LINE__, "%s: the unprivileged child failed (status %d)", fs->label,
                      rc);
}

static void test_unprivileged(void)
{
    need_root(); /* to drop to 65534 */
    unpriv_on(&fdk_tmpdir_fs_bases[0]);
    unpriv_on(&fdk_tmpdir_fs_bases[1]);
}

int main(void)
{
    alarm(45);
    RUN(test_unprivileged);
    return 0;
}
