/* SPDX-License-Identifier: MIT */
/*
 * Groups that report file ids (fanotify_init(2) REPORT_FID, REPORT_DFID_NAME,
 * REPORT_DFID_NAME_TARGET), on the disk and on tmpfs.  One scenario in a
 * marked directory D: create a, chmod a, rename a -> b, mkdir sub, rename
 * b -> sub/c, chmod D, create and delete z, and unlink a separately marked
 * file v (DELETE_SELF).  Checked, per the man pages:
 *  - fd is FAN_NOFD, pid this process, info says which records came;
 *  - every id is what name_to_handle_at() and statfs() give (handle_type,
 *    handle bytes, fsid);
 *  - REPORT_FID: entry events report the directory's id, other events the
 *    object's; FAN_RENAME cannot be marked (needs REPORT_NAME);
 *  - DFID_NAME: the directory's id and the entry's name; "." for an event
 *    on the directory itself; RENAME comes with OLD_DFID_NAME and
 *    NEW_DFID_NAME only (old and new directory and name; both directories
 *    marked, since the kernel reports a side only when its directory is);
 *  - DFID_NAME_TARGET: also the child's own id (FID) for entry events;
 *  - fdk_fanotify_open_fid() reopens an id (same inode, O_CLOEXEC added,
 *    mount_fd may be AT_FDCWD as open_by_handle_at(2) allows, O_PATH works,
 *    the id may lie unaligned in the buffer), -ESTALE once the object is
 *    gone, -EINVAL without a handle, -EBADF for a bad mount_fd.
 */
#include "fanotify-test.h"

#define DIRMASK                                                                                    \
    (FDK_FANOTIFY_CREATE | FDK_FANOTIFY_DELETE | FDK_FANOTIFY_MOVE | FDK_FANOTIFY_ATTRIB |         \
     FDK_FANOTIFY_EVENT_ON_CHILD | FDK_FANOTIFY_ONDIR)

enum kind { K_FID, K_DFID_NAME, K_TARGET };
static const char *kind_name[3] = {"REPORT_FID", "REPORT_DFID_NAME", "REPORT_DFID_NAME_TARGET"};
static const unsigned kind_flags[3] = {FDK_FANOTIFY_REPORT_FID, FDK_FANOTIFY_REPORT_DFID_NAME,
                                       FDK_FANOTIFY_REPORT_DFID_NAME_TARGET};

static void to_api(const struct fidc *c, struct fdk_fanotify_fid *id)
{
    memset(id, 0, sizeof *id);
    id->fsid[0] = c->fsid[0];
    id->fsid[1] = c->fsid[1];
    id->handle_type = c->type;
    id->handle_bytes = c->bytes;
    id->handle = c->handle;
}

/* open_fid gives a close-on-exec descriptor of the object whose stat is want */
static void expect_reopen(int mount_fd, const struct fidc *c, int oflags, const struct stat *want)
{
    struct fdk_fanotify_fid id;
    struct stat st;
    int fd;

    to_api(c, &id);
    fd = fdk_fanotify_open_fid(mount_fd, &id, oflags);
    if (fd < 0)
        fdk_test_fail(__FILE__, __LINE__, "fdk_fanotify_open_fid = %d (%s)", fd, fdk_errno_name(fd));
    ASSERT_TRUE(fdk_test_is_cloexec(fd));
    ASSERT_EQ(fstat(fd, &st), 0);
    ASSERT_EQ_U64(st.st_ino, want->st_ino);
    ASSERT_EQ_U64(st.st_dev, want->st_dev);
    if (oflags & O_PATH)
        ASSERT_TRUE(fcntl(fd, F_GETFL) & O_PATH);
    ASSERT_EQ(close(fd), 0);
}

static void fid_case(const struct fdk_tmpdir_fs *fs, enum kind k)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    struct flog l = {0};
    struct fidc D, A, SUB, Z, V;
    struct stat stD, stA;
    const struct frec *x;
    int named = k != K_FID, target = k == K_TARGET;
    uint32_t want_info;

    if (!dir_make_on(&d, fs))
        return;
    printf("# %s, %s\n", fs->label, kind_name[k]);
    write_file(P(&d, "v"), NULL);
    fid_of(P(&d, "v"), 0, &V);
    fid_of(d.path, 0, &D);
    ASSERT_EQ(stat(d.path, &stD), 0);

    fan_open(&f, kind_flags[k] | FDK_FANOTIFY_NONBLOCK, 0);
    if (!named)
        ASSERT_ERR(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_RENAME, d.fd, NULL),
                   EINVAL);
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, DIRMASK | (named ? FDK_FANOTIFY_RENAME : 0),
                                d.fd, NULL));
    ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_DELETE_SELF, AT_FDCWD,
                                P(&d, "v")));

    write_file(P(&d, "a"), "x");
    fid_of(P(&d, "a"), 0, &A);
    ASSERT_EQ(stat(P(&d, "a"), &stA), 0);
    ASSERT_EQ(chmod(P(&d, "a"), 0600), 0);
    ASSERT_EQ(rename(P(&d, "a"), P(&d, "b")), 0);
    ASSERT_EQ(mkdir(P(&d, "sub"), 0755), 0);
    fid_of(P(&d, "sub"), 0, &SUB);
    /* FAN_RENAME reports the new place only when the new directory is watched too */
    if (named)
        ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_RENAME, AT_FDCWD,
                                    P(&d, "sub")));
    ASSERT_EQ(rename(P(&d, "b"), P(&d, "sub/c")), 0);
    ASSERT_EQ(chmod(d.path, 0711), 0);
    write_file(P(&d, "z"), NULL);
    fid_of(P(&d, "z"), 0, &Z);
    ASSERT_EQ(unlink(P(&d, "z")), 0);
    ASSERT_EQ(unlink(P(&d, "v")), 0);
    drain(f, &l);

    for (size_t i = 0; i < l.n; i++) {
        ASSERT_EQ(l.ev[i].fd, FAN_NOFD);
        ASSERT_EQ(l.ev[i].pid, getpid());
        ASSERT_EQ(l.ev[i].pidfd, -1);
        ASSERT_EQ(l.ev[i].info & FDK_FANOTIFY_INFO_OTHER, 0);
        ASSERT_EQ(l.ev[i].info & FDK_FANOTIFY_INFO_DFID, 0); /* every group here names entries or not at all */
    }

    if (k == K_FID) {
        /* entry events: the directory's id */
        x = FIND(&l, FDK_FANOTIFY_CREATE, NULL);
        ASSERT_EQ(x->info, FDK_FANOTIFY_INFO_FID);
        ASSERT_FID(&x->fid, &D);
        x = FIND(&l, FDK_FANOTIFY_MOVED_FROM, NULL);
        ASSERT_FID(&x->fid, &D);
        x = FIND(&l, FDK_FANOTIFY_MOVED_TO, NULL);
        ASSERT_FID(&x->fid, &D);
        x = FIND(&l, FDK_FANOTIFY_DELETE, NULL);
        ASSERT_FID(&x->fid, &D);
        x = FIND(&l, FDK_FANOTIFY_CREATE | FDK_FANOTIFY_ONDIR, NULL);
        ASSERT_FID(&x->fid, &D);
        /* other events: the object's */
        {
            long i = -1;
            for (size_t j = 0; j < l.n; j++)
                if ((l.ev[j].mask & FDK_FANOTIFY_ATTRIB) && !(l.ev[j].mask & FDK_FANOTIFY_ONDIR))
                    i = (long)j;
            ASSERT_TRUE(i >= 0);
            ASSERT_EQ(l.ev[i].info, FDK_FANOTIFY_INFO_FID);
            ASSERT_FID(&l.ev[i].fid, &A);
        }
        x = FIND(&l, FDK_FANOTIFY_ATTRIB | FDK_FANOTIFY_ONDIR, NULL);
        ASSERT_FID(&x->fid, &D);
        x = FIND(&l, FDK_FANOTIFY_DELETE_SELF, NULL);
        ASSERT_EQ(x->info, FDK_FANOTIFY_INFO_FID);
        ASSERT_FID(&x->fid, &V);
        ASSERT_EQ(flog_find(&l, 0, FDK_FANOTIFY_RENAME, NULL), -1);
    } else {
        want_info = FDK_FANOTIFY_INFO_DFID_NAME | (target ? FDK_FANOTIFY_INFO_FID : 0);
        x = FIND(&l, FDK_FANOTIFY_CREATE, "a");
        ASSERT_EQ(x->info, want_info);
        ASSERT_FID(&x->dfid, &D);
        ASSERT_EQ_U64(x->dfid.name_len, 1);
        if (target)
            ASSERT_FID(&x->fid, &A);
        x = FIND(&l, FDK_FANOTIFY_ATTRIB, "a");
        ASSERT_FID(&x->dfid, &D);
        if (target)
            ASSERT_FID(&x->fid, &A);
        x = FIND(&l, FDK_FANOTIFY_MOVED_FROM, "a");
        ASSERT_FID(&x->dfid, &D);
        x = FIND(&l, FDK_FANOTIFY_MOVED_TO, "b");
        ASSERT_FID(&x->dfid, &D);
        if (target)
            ASSERT_FID(&x->fid, &A);
        x = FIND(&l, FDK_FANOTIFY_MOVED_FROM, "b");
        ASSERT_FID(&x->dfid, &D);
        x = FIND(&l, FDK_FANOTIFY_CREATE | FDK_FANOTIFY_ONDIR, "sub");
        ASSERT_FID(&x->dfid, &D);
        if (target)
            ASSERT_FID(&x->fid, &SUB);
        x = FIND(&l, FDK_FANOTIFY_DELETE, "z");
        ASSERT_FID(&x->dfid, &D);
        if (target)
            ASSERT_FID(&x->fid, &Z);

        /* the renames: old and new place, and nothing in dfid */
        {
            int seen_ab = 0, seen_bc = 0;
            for (size_t i = 0; i < l.n; i++) {
                const struct frec *r = &l.ev[i];
                if (!(r->mask & FDK_FANOTIFY_RENAME))
                    continue;
                ASSERT_EQ_U64(r->mask, FDK_FANOTIFY_RENAME); /* never merged */
                ASSERT_EQ(r->info, FDK_FANOTIFY_INFO_OLD_DFID_NAME | FDK_FANOTIFY_INFO_NEW_DFID_NAME |
                                       (target ? FDK_FANOTIFY_INFO_FID : 0));
                ASSERT_TRUE(!r->dfid.present);
                ASSERT_TRUE(r->old_dfid.has_name && r->new_dfid.has_name);
                if (target)
                    ASSERT_FID(&r->fid, &A);
                if (strcmp(r->old_dfid.name, "a") == 0) {
                    seen_ab++;
                    ASSERT_FID(&r->old_dfid, &D);
                    ASSERT_FID(&r->new_dfid, &D);
                    ASSERT_STREQ(r->new_dfid.name, "b");
                } else {
                    seen_bc++;
                    ASSERT_STREQ(r->old_dfid.name, "b");
                    ASSERT_FID(&r->old_dfid, &D);
                    ASSERT_FID(&r->new_dfid, &SUB);
                    ASSERT_STREQ(r->new_dfid.name, "c");
                }
            }
            if (seen_ab != 1 || seen_bc != 1)
                flog_dump(&l);
            ASSERT_EQ(seen_ab, 1);
            ASSERT_EQ(seen_bc, 1);
        }
        /* the directory itself */
        x = FIND(&l, FDK_FANOTIFY_ATTRIB | FDK_FANOTIFY_ONDIR, NULL);
        if (k == K_DFID_NAME) {
            ASSERT_EQ(x->info, FDK_FANOTIFY_INFO_DFID_NAME);
            ASSERT_FID(&x->dfid, &D);
            ASSERT_STREQ(x->dfid.name, ".");
            ASSERT_EQ_U64(x->dfid.name_len, 1);
        } else {
            ASSERT_TRUE((x->dfid.present && fid_same(&x->dfid, &D) && strcmp(x->dfid.name, ".") == 0) ||
                        fid_same(&x->fid, &D));
        }
        if (target) {
            x = FIND(&l, FDK_FANOTIFY_DELETE_SELF, NULL);
            ASSERT_TRUE(x->info & FDK_FANOTIFY_INFO_FID);
            ASSERT_FID(&x->fid, &V);
        }
    }

    /* reopen by id: the directory, and (target) the file now at sub/c */
    expect_reopen(d.fd, &D, O_RDONLY | O_DIRECTORY, &stD);
    expect_reopen(d.fd, &D, O_PATH, &stD);
    expect_reopen(d.fd, &A, O_RDONLY, &stA);
    /* gone objects: -ESTALE */
    {
        struct fdk_fanotify_fid id;
        to_api(&Z, &id);
        ASSERT_ERR(fdk_fanotify_open_fid(d.fd, &id, O_RDONLY), ESTALE);
        to_api(&V, &id);
        ASSERT_ERR(fdk_fanotify_open_fid(d.fd, &id, O_RDONLY), ESTALE);
        to_api(&D, &id);
        ASSERT_ERR(fdk_fanotify_open_fid(-1, &id, O_RDONLY), EBADF);
        ASSERT_ERR(fdk_fanotify_open_fid(d.fd, NULL, O_RDONLY), EINVAL);
        id.handle = NULL;
        ASSERT_ERR(fdk_fanotify_open_fid(d.fd, &id, O_RDONLY), EINVAL);
    }
    flog_free(&l);
    fan_close(&f);
    fdk_tmpdir_remove(&d);
}

static void test_fid_groups(void)
{
    need_root();
    for (int fs = 0; fs < 2; fs++)
        for (int k = 0; k < 3; k++)
            fid_case(&fdk_tmpdir_fs_bases[fs], (enum kind)k);
}

/* The ids in a record that lies at an odd address still decode and reopen. */
static void test_unaligned_reopen(void)
{
    struct fdk_tmpdir d;
    fdk_fanotify f = FDK_HANDLE_INIT;
    static char buf[8192] __attribute__((aligned(8)));
    static char shifted[8192 + 8] __attribute__((aligned(8)));
    struct fdk_fanotify_event ev;
    struct fidc A, got;
    struct stat stA, st;
    size_t pos = 0;
    ssize_t n;
    int fd, found = 0;

    need_root();
    for (int k = 0; k < 2; k++) {
        if (!dir_make_on(&d, &fdk_tmpdir_fs_bases[k]))
            continue;
        fan_open(&f, FDK_FANOTIFY_REPORT_DFID_NAME_TARGET | FDK_FANOTIFY_NONBLOCK, 0);
        ASSERT_OK(fdk_fanotify_mark(f, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, d.fd, NULL));
        write_file(P(&d, "a"), NULL);
        fid_of(P(&d, "a"), 0, &A);
        ASSERT_EQ(stat(P(&d, "a"), &stA), 0);
        n = fdk_fanotify_read(f, buf, sizeof buf);
        ASSERT_TRUE(n > 0);
        for (int off = 1; off < 8; off += 2) {
            memcpy(shifted + off, buf, (size_t)n);
            pos = 0;
            found = 0;
            while (fdk_fanotify_next(shifted + off, (size_t)n, &pos, &ev) == 1) {
                if (!(ev.mask & FDK_FANOTIFY_CREATE))
                    continue;
                found = 1;
                ASSERT_TRUE(ev.fid.handle != NULL);
                fid_copy(&got, &ev.fid, shifted + off, (size_t)n, 0);
                ASSERT_FID(&got, &A);
                ASSERT_STREQ(ev.dfid.name, "a");
                fd = fdk_fanotify_open_fid(d.fd, &ev.fid, O_RDONLY);
                ASSERT_TRUE(fd >= 0);
                ASSERT_EQ(fstat(fd, &st), 0);
                ASSERT_EQ_U64(st.st_ino, stA.st_ino);
                ASSERT_EQ(close(fd), 0);
            }
            ASSERT_EQ_U64(pos, (size_t)n);
            ASSERT_TRUE(found);
        }
        fan_close(&f);
        fdk_tmpdir_remove(&d);
    }
}

int main(void)
{
    alarm(45);
    RUN(test_fid_groups);
    RUN(test_unaligned_reopen);
    return 0;
}
