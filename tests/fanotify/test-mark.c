/* SPDX-License-Identifier: MIT */
/*
 * fdk_fanotify_mark() (fanotify_mark(2)), root.  Errors: ONLYDIR on a file
 * -ENOTDIR (nothing marked); REMOVE of a mark never added -ENOENT;
 * ADD|REMOVE, ADD|FLUSH or none of them -EINVAL; FAN_Q_OVERFLOW or an
 * unknown bit in the mask -EINVAL; entry events, ATTRIB, DELETE_SELF in a
 * group that reports descriptors -EINVAL; entry events on a mount mark
 * -EINVAL; MOUNT|FILESYSTEM, IGNORED_MASK|IGNORE -EINVAL; IGNORED_MASK on a
 * mark with new-style (MARK_IGNORE) ignore flags -EEXIST; bad dirfd -EBADF; missing path
 * -ENOENT; relative path from a non-directory -ENOTDIR.  Behaviour: the
 * marks /proc/self/fdinfo shows after ADD, partial REMOVE, FLUSH; events
 * stop after REMOVE / FLUSH; path NULL marks dirfd itself; an ignore mark
 * silences one file of a watched directory; DONT_FOLLOW marks the link
 * itself (its id, -ELOOP reopening it without O_PATH), without it the
 * target.  A read with len 4095 is -EINVAL and consumes nothing.
 */
#include "fanotify-test.h"

/* marks of the group as fdinfo lists them: count, and the mask of the one with inode ino */
static int fdinfo_marks(int fan_fd, unsigned long ino, unsigned *mask, unsigned *ignored)
{
    char path[64], line[1024];
    int n = 0;
    FILE *f;

    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fan_fd);
    f = fopen(path, "re");
    ASSERT_TRUE(f != NULL);
    if (mask)
        *mask = 0;
    if (ignored)
        *ignored = 0;
    while (fgets(line, sizeof line, f)) {
        unsigned long i;
        unsigned m = 0, ig = 0;
        const char *p;
        if (sscanf(line, "fanotify ino:%lx", &i) != 1)
            continue;
        n++;
        p = strstr(line, " mask:");
        if (p)
            sscanf(p, " mask:%x", &m);
        p = strstr(line, "ignored_mask:");
        if (p)
            sscanf(p, "ignored_mask:%x", &ig);
        if (i == ino) {
            if (mask)
                *mask = m;
            if (ignored)
                *ignored = ig;
        }
    }
    fclose(f);
    return n;
}

static void test_errors(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT, g = FDK_HANDLE_INIT;
    int filefd;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "f"), NULL);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    fan_open(&g, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_NONBLOCK, 0);

    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_ONLYDIR,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")), ENOTDIR);
    ASSERT_EQ(fdinfo_marks(f.fd, 0, NULL, NULL), 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_ONLYDIR,
                                FDK_FANOTIFY_OPEN, AT_FDCWD, d.path));
    ASSERT_EQ(fdinfo_marks(f.fd, 0, NULL, NULL), 1);

    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_REMOVE, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")),
               ENOENT);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_REMOVE,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_FLUSH,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, 0, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_Q_OVERFLOW, AT_FDCWD,
                                 P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN | FDK_FANOTIFY_Q_OVERFLOW,
                                 AT_FDCWD, P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, 1ull << 40, AT_FDCWD, P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, 0, AT_FDCWD, P(&d, "f")), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | 0x40000000u, FDK_FANOTIFY_OPEN, AT_FDCWD,
                                 P(&d, "f")), EINVAL);
    /* events a descriptor group cannot report */
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, d.path), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_DELETE, AT_FDCWD, d.path), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_ATTRIB, AT_FDCWD, P(&d, "f")),
               EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_DELETE_SELF, AT_FDCWD,
                                 P(&d, "f")), EINVAL);
    /* permission events in a notification-class group */
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN_PERM, AT_FDCWD, P(&d, "f")),
               EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(g, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN_PERM, AT_FDCWD, P(&d, "f")),
               EINVAL);
    /* entry events on a mount mark, even in a FID group */
    ASSERT_ERR(fdk_fanotify_mark(g, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_MOUNT, FDK_FANOTIFY_CREATE,
                                 AT_FDCWD, d.path), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_MOUNT |
                                        FDK_FANOTIFY_MARK_FILESYSTEM,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, d.path), EINVAL);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_IGNORED_MASK |
                                        FDK_FANOTIFY_MARK_IGNORE,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")), EINVAL);
    /* a mark with new-style ignore flags cannot go back to the old ignore mask (fanotify_mark(2)) */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_IGNORE,
                                FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")));
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_IGNORED_MASK,
                                 FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "f")), EEXIST);
    /* dirfd and path */
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, -5, "x"), EBADF);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "nope")),
               ENOENT);
    filefd = open(P(&d, "f"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(filefd >= 0);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, filefd, "x"), ENOTDIR);
    ASSERT_EQ(close(filefd), 0);
    /* a closed group */
    {
        fdk_fanotify none = FDK_HANDLE_INIT;
        ASSERT_ERR(fdk_fanotify_mark(none, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, d.path),
                   EBADF);
    }
    fan_close(&g);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void touch_open(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(close(fd), 0);
}

static void test_add_remove_flush(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct stat sa;
    unsigned m;
    int afd;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "a"), NULL);
    write_file(P(&d, "b"), NULL);
    ASSERT_EQ(stat(P(&d, "a"), &sa), 0);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);

    /* path NULL: dirfd itself */
    afd = open(P(&d, "a"), O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(afd >= 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN | FDK_FANOTIFY_CLOSE,
                                afd, NULL));
    ASSERT_EQ(close(afd), 0); /* a CLOSE_NOWRITE event: drained below */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "b")));
    ASSERT_EQ(fdinfo_marks(f.fd, (unsigned long)sa.st_ino, &m, NULL), 2);
    ASSERT_EQ(m, FDK_FANOTIFY_OPEN | FDK_FANOTIFY_CLOSE);
    drain(f, &l);
    flog_free(&l);

    /* remove part of the mask */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_REMOVE, FDK_FANOTIFY_CLOSE, AT_FDCWD, P(&d, "a")));
    ASSERT_EQ(fdinfo_marks(f.fd, (unsigned long)sa.st_ino, &m, NULL), 2);
    ASSERT_EQ(m, FDK_FANOTIFY_OPEN);
    touch_open(P(&d, "a"));
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    ASSERT_EQ_U64(l.ev[0].mask, FDK_FANOTIFY_OPEN);
    flog_free(&l);
    /* the rest: the mark goes */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_REMOVE, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "a")));
    ASSERT_EQ(fdinfo_marks(f.fd, 0, NULL, NULL), 1);
    ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_REMOVE, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "a")),
               ENOENT);
    touch_open(P(&d, "a"));
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 0);

    /* FLUSH of inode marks: mask, dirfd and path unused */
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "a")));
    ASSERT_EQ(fdinfo_marks(f.fd, 0, NULL, NULL), 2);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_FLUSH, 0, AT_FDCWD, NULL));
    ASSERT_EQ(fdinfo_marks(f.fd, 0, NULL, NULL), 0);
    touch_open(P(&d, "a"));
    touch_open(P(&d, "b"));
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 0);
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

/* An ignore mark on one file silences it inside a watched directory. */
static void test_ignore(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct stat sl, est;
    int r;

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "loud"), NULL);
    write_file(P(&d, "quiet"), NULL);
    ASSERT_EQ(stat(P(&d, "loud"), &sl), 0);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN | FDK_FANOTIFY_EVENT_ON_CHILD,
                                d.fd, NULL));
    r = fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_IGNORE, FDK_FANOTIFY_OPEN,
                          AT_FDCWD, P(&d, "quiet"));
    if (r == -EINVAL) /* FAN_MARK_IGNORE is Linux 6.0: the old ignore mask */
        r = fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_IGNORED_MASK,
                              FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "quiet"));
    ASSERT_OK(r);
    touch_open(P(&d, "quiet"));
    touch_open(P(&d, "loud"));
    touch_open(P(&d, "quiet"));
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    ASSERT_EQ(fstat(l.ev[0].fd, &est), 0);
    ASSERT_EQ_U64(est.st_ino, sl.st_ino);
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

/* DONT_FOLLOW: the link itself; without: its target.  FID group, ATTRIB. */
static void test_dont_follow(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct fidc L, T;
    struct fdk_fanotify_fid id;
    struct stat sl;
    int fd;

    need_root();
    for (int k = 0; k < 2; k++) {
        if (!dir_make_on(&d, &fdk_tmpdir_fs_bases[k]))
            continue;
        write_file(P(&d, "target"), NULL);
        ASSERT_EQ(symlink("target", P(&d, "link")), 0);
        fid_of(P(&d, "link"), 0, &L);                 /* the link itself */
        fid_of(P(&d, "link"), AT_SYMLINK_FOLLOW, &T); /* what it points to */
        ASSERT_TRUE(!fid_same(&L, &T));
        ASSERT_EQ(lstat(P(&d, "link"), &sl), 0);

        fan_open(&f, FDK_FANOTIFY_REPORT_FID | FDK_FANOTIFY_NONBLOCK, 0);
        ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_DONT_FOLLOW,
                                    FDK_FANOTIFY_ATTRIB, AT_FDCWD, P(&d, "link")));
        ASSERT_EQ(chmod(P(&d, "target"), 0600), 0); /* not the link's business */
        ASSERT_EQ(fchownat(AT_FDCWD, P(&d, "link"), 1, 1, AT_SYMLINK_NOFOLLOW), 0);
        drain(f, &l);
        if (l.n != 1)
            flog_dump(&l);
        ASSERT_EQ_U64(l.n, 1);
        ASSERT_FID(&l.ev[0].fid, &L);
        /* reopening a link by its id needs O_PATH */
        memset(&id, 0, sizeof id);
        id.fsid[0] = L.fsid[0];
        id.fsid[1] = L.fsid[1];
        id.handle_type = L.type;
        id.handle_bytes = L.bytes;
        id.handle = L.handle;
        ASSERT_ERR(fdk_fanotify_open_fid(d.fd, &id, O_RDONLY), ELOOP);
        fd = fdk_fanotify_open_fid(d.fd, &id, O_PATH | O_NOFOLLOW);
        ASSERT_TRUE(fd >= 0);
        ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_SYMLINK);
        {
            struct stat st;
            ASSERT_EQ(fstat(fd, &st), 0);
            ASSERT_EQ_U64(st.st_ino, sl.st_ino);
        }
        ASSERT_EQ(close(fd), 0);
        flog_free(&l);

        /* without DONT_FOLLOW: the target */
        ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_FLUSH, 0, AT_FDCWD, NULL));
        ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_ATTRIB, AT_FDCWD,
                                    P(&d, "link")));
        ASSERT_EQ(chmod(P(&d, "target"), 0644), 0);
        drain(f, &l);
        ASSERT_EQ_U64(l.n, 1);
        ASSERT_FID(&l.ev[0].fid, &T);
        flog_free(&l);
        fan_close(&f);
        fdk_tmpdir_remove(&d);
    }
}

/* A read with room for less than 4096 bytes is refused and takes nothing. */
static void test_read_short_buffer(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    static char buf[8192];
    struct flog l = {0};

    need_root();
    fdk_tmpdir_make(&d);
    write_file(P(&d, "a"), NULL);
    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_OPEN, AT_FDCWD, P(&d, "a")));
    touch_open(P(&d, "a"));
    ASSERT_TRUE(wait_readable(f.fd, 1000));
    ASSERT_ERR(fdk_fanotify_read(f, buf, 4095), EINVAL);
    ASSERT_ERR(fdk_fanotify_read(f, buf, 100), EINVAL);
    ASSERT_ERR(fdk_fanotify_read(f, buf, 0), EINVAL);
    ASSERT_TRUE(wait_readable(f.fd, 0)); /* still queued */
    drain(f, &l);
    ASSERT_EQ_U64(l.n, 1);
    ASSERT_TRUE(l.ev[0].fd >= 0);
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

/*
 * Mount and file-system marks (root) on tmpfs: a MARK_MOUNT in a
 * descriptor group reports opens anywhere on the mount; a MARK_FILESYSTEM
 * in a DFID_NAME group reports entry events in directories nobody marked.
 * Other processes use /dev/shm too: only records about our files count.
 */
static void test_mount_and_fs_marks(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct fidc SUB;
    struct stat sy;
    int found = 0;

    need_root();
    if (!dir_make_on(&d, &fdk_tmpdir_fs_bases[1]))
        fdk_test_skip("no tmpfs at /dev/shm");
    ASSERT_EQ(mkdir(P(&d, "sub"), 0755), 0);
    write_file(P(&d, "sub/y"), NULL);
    ASSERT_EQ(stat(P(&d, "sub/y"), &sy), 0);
    fid_of(P(&d, "sub"), 0, &SUB);

    fan_open(&f, FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_MOUNT, FDK_FANOTIFY_OPEN,
                                AT_FDCWD, d.path));
    touch_open(P(&d, "sub/y"));
    drain(f, &l);
    for (size_t i = 0; i < l.n; i++) {
        struct stat st;
        if (l.ev[i].fd >= 0 && fstat(l.ev[i].fd, &st) == 0 && st.st_ino == sy.st_ino &&
            st.st_dev == sy.st_dev && l.ev[i].pid == getpid())
            found++;
    }
    ASSERT_EQ(found, 1);
    flog_free(&l);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_FLUSH | FDK_FANOTIFY_MARK_MOUNT, 0, AT_FDCWD, NULL));
    ASSERT_EQ(fdinfo_marks(f.fd, 0, NULL, NULL), 0);
    fan_close(&f);

    fan_open(&f, FDK_FANOTIFY_REPORT_DFID_NAME | FDK_FANOTIFY_NONBLOCK, 0);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD | FDK_FANOTIFY_MARK_FILESYSTEM,
                                FDK_FANOTIFY_CREATE, AT_FDCWD, d.path));
    write_file(P(&d, "sub/x"), NULL);
    drain(f, &l);
    found = 0;
    for (size_t i = 0; i < l.n; i++)
        if (fid_same(&l.ev[i].dfid, &SUB) && strcmp(l.ev[i].dfid.name, "x") == 0) {
            ASSERT_TRUE(l.ev[i].mask & FDK_FANOTIFY_CREATE);
            ASSERT_EQ(l.ev[i].pid, getpid());
            found++;
        }
    ASSERT_EQ(found, 1);
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

int main(void)
{
    alarm(45);
    RUN(test_errors);
    RUN(test_add_remove_flush);
    RUN(test_ignore);
    RUN(test_dont_follow);
    RUN(test_read_short_buffer);
    RUN(test_mount_and_fs_marks);
    return 0;
}
