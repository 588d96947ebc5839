/* SPDX-License-Identifier: MIT */
/*
 * fanotify fdinfo (proc_pid_fdinfo(5): "fanotify flags:%x event-flags:%x",
 * then one line per mark - "fanotify ino:... sdev:... mflags:... mask:...
 * ignored_mask:..." for an inode, "fanotify mnt_id:..." for a mount, "fanotify
 * sdev:..." for a file system, all hexadecimal).  Needs CAP_SYS_ADMIN (skips
 * otherwise).  Checks: the group's init flags (FAN_CLASS_*, FAN_CLOEXEC,
 * FAN_NONBLOCK, FAN_UNLIMITED_*, FAN_REPORT_*) and event_f_flags (O_RDWR |
 * O_CLOEXEC | O_NOATIME, the kernel may add O_LARGEFILE) with HAVE_FANOTIFY;
 * an inode mark's ino, sdev and mask; an ignore mask with
 * FAN_MARK_IGNORED_SURV_MODIFY in mflags; FAN_MARK_EVICTABLE in mflags; a
 * mount mark's mnt_id (the statx mount id: hex in the text); a file-system
 * mark's sdev; a removed mark disappears; no OTHER lines; proc(5)'s example.
 */
#include "ind-test.h"

#include <sys/fanotify.h>

#ifndef FAN_MARK_EVICTABLE
#define FAN_MARK_EVICTABLE 0x00000200
#endif
#ifndef FAN_REPORT_FID
#define FAN_REPORT_FID 0x00000200
#endif
#ifndef FAN_REPORT_DIR_FID
#define FAN_REPORT_DIR_FID 0x00000400
#endif
#ifndef FAN_REPORT_NAME
#define FAN_REPORT_NAME 0x00000800
#endif

static char base[64], f1[96], f2[96], f3[96];
static struct fdk_fdinfo_entry es[FIT_MAX_ENTRIES];

static int count(int n, enum fdk_fdinfo_entry_kind k)
{
    int c = 0;
    for (int i = 0; i < n; i++)
        c += es[i].kind == k;
    return c;
}

static const struct fdk_fdinfo_entry *find_ino(int n, uint64_t ino)
{
    for (int i = 0; i < n; i++)
        if (es[i].kind == FDK_FDINFO_ENTRY_FANOTIFY_INODE && es[i].ino == ino)
            return &es[i];
    return NULL;
}

#define mark(fd, flags, mask, path)                                                                \
    do {                                                                                           \
        if (fanotify_mark((fd), (flags), (mask), AT_FDCWD, (path)) != 0)                           \
            fdk_test_fail(__FILE__, __LINE__, "fanotify_mark(%#x, %#llx, %s): %s",                 \
                          (unsigned)(flags), (unsigned long long)(mask), (path),                   \
                          strerror(errno));                                                        \
    } while (0)

static void test_group_flags(void)
{
    unsigned fl = FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK | FAN_UNLIMITED_QUEUE |
                  FAN_UNLIMITED_MARKS;
    unsigned ev = O_RDWR | O_CLOEXEC | O_NOATIME;
    int fd = fanotify_init(fl, ev);
    ASSERT_TRUE(fd >= 0);
    struct fdk_fdinfo fi;
    fit_read(0, fd, &fi);
    if (!(fi.have & FDK_FDINFO_HAVE_FANOTIFY)) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, __LINE__, "HAVE_FANOTIFY not set (have %#x)", fi.have);
    }
    ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, FDK_FDINFO_HAVE_FANOTIFY);
    if (fi.fanotify_flags != fl) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, __LINE__, "fanotify_flags %#x, expected %#x", fi.fanotify_flags,
                      fl);
    }
    if ((fi.fanotify_event_flags & ~(unsigned)FIT_O_LARGEFILE) != ev) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, __LINE__, "fanotify_event_flags %#x, expected %#x (+O_LARGEFILE)",
                      fi.fanotify_event_flags, ev);
    }
    ASSERT_TRUE(fi.flags & O_NONBLOCK);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    /* no marks: no entries at all */
    ASSERT_EQ(fit_entries(&fi, NULL), 0);
    fdk_fdinfo_free(&fi);
    close(fd);

    /* content class, read-only events */
    fd = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC, O_RDONLY);
    ASSERT_TRUE(fd >= 0);
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.fanotify_flags, FAN_CLASS_CONTENT | FAN_CLOEXEC);
    ASSERT_EQ(fi.fanotify_event_flags & ~(unsigned)FIT_O_LARGEFILE, O_RDONLY);
    ASSERT_EQ(fi.flags & O_NONBLOCK, 0);
    fdk_fdinfo_free(&fi);
    close(fd);

    /* FAN_REPORT_* bits (above 0xff: hex vs anything else differs) */
    unsigned rf = FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_REPORT_FID | FAN_REPORT_DIR_FID |
                  FAN_REPORT_NAME;
    fd = fanotify_init(rf, O_RDONLY);
    if (fd >= 0) {
        fit_read(0, fd, &fi);
        ASSERT_EQ(fi.fanotify_flags, rf);
        fdk_fdinfo_free(&fi);
        close(fd);
    } else {
        printf("# FAN_REPORT_DFID_NAME: %s (not run)\n", strerror(errno));
    }
}

static void test_marks(void)
{
    int fd = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
    ASSERT_TRUE(fd >= 0);
    struct stat s1, s2, s3, sroot;
    ASSERT_EQ(stat(f1, &s1), 0);
    ASSERT_EQ(stat(f2, &s2), 0);
    ASSERT_EQ(stat(f3, &s3), 0);
    ASSERT_EQ(stat("/", &sroot), 0);

    mark(fd, FAN_MARK_ADD, FAN_MODIFY | FAN_CLOSE_WRITE, f1);
    mark(fd, FAN_MARK_ADD | FAN_MARK_IGNORED_MASK | FAN_MARK_IGNORED_SURV_MODIFY, FAN_OPEN, f2);
    mark(fd, FAN_MARK_ADD | FAN_MARK_MOUNT, FAN_OPEN | FAN_CLOSE_NOWRITE, base);
    mark(fd, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, FAN_ACCESS, "/");
    /* an evictable mark does not pin the inode: hold it open so it stays */
    int hold = open(f3, O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(hold >= 0);
    int evictable = fanotify_mark(fd, FAN_MARK_ADD | FAN_MARK_EVICTABLE, FAN_CLOSE_WRITE,
                                  AT_FDCWD, f3) == 0;

    int dfd = open(base, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(dfd >= 0);
    int mid = fit_mnt_id(dfd);
    close(dfd);

    struct fdk_fdinfo fi;
    fit_read(0, fd, &fi);
    int n = fit_entries(&fi, es);
    int ninode = count(n, FDK_FDINFO_ENTRY_FANOTIFY_INODE);
    if (n != 4 + evictable || ninode != 2 + evictable ||
        count(n, FDK_FDINFO_ENTRY_FANOTIFY_MOUNT) != 1 ||
        count(n, FDK_FDINFO_ENTRY_FANOTIFY_FS) != 1) {
        fprintf(stderr, "%s", fi.text);
        fit_print_entries(&fi);
        fdk_test_fail(__FILE__, __LINE__, "%d entries (%d inode), expected %d", n, ninode,
                      4 + evictable);
    }
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_FANOTIFY);
    ASSERT_EQ(fi.fanotify_flags, FAN_CLASS_NOTIF | FAN_CLOEXEC);

    const struct fdk_fdinfo_entry *e = find_ino(n, s1.st_ino);
    ASSERT_TRUE(e != NULL);
    ASSERT_EQ(e->sdev, fit_kdev(s1.st_dev));
    ASSERT_EQ_U64(e->mask, FAN_MODIFY | FAN_CLOSE_WRITE);
    ASSERT_EQ_U64(e->ignored_mask, 0);
    ASSERT_EQ(e->mflags, 0);

    e = find_ino(n, s2.st_ino);
    ASSERT_TRUE(e != NULL);
    ASSERT_EQ_U64(e->mask, 0);
    ASSERT_EQ_U64(e->ignored_mask, FAN_OPEN);
    ASSERT_TRUE(e->mflags & FAN_MARK_IGNORED_SURV_MODIFY);

    if (evictable) {
        e = find_ino(n, s3.st_ino);
        ASSERT_TRUE(e != NULL);
        ASSERT_EQ_U64(e->mask, FAN_CLOSE_WRITE);
        ASSERT_TRUE(e->mflags & FAN_MARK_EVICTABLE);
    }

    for (int i = 0; i < n; i++) {
        if (es[i].kind == FDK_FDINFO_ENTRY_FANOTIFY_MOUNT) {
            if (mid >= 0 && es[i].mnt_id != mid) {
                fprintf(stderr, "%.*s\n", (int)es[i].line_len, es[i].line);
                fdk_test_fail(__FILE__, __LINE__, "mount mark: mnt_id %d, statx says %d",
                              es[i].mnt_id, mid);
            }
            ASSERT_EQ_U64(es[i].mask, FAN_OPEN | FAN_CLOSE_NOWRITE);
            ASSERT_EQ_U64(es[i].ignored_mask, 0);
        }
        if (es[i].kind == FDK_FDINFO_ENTRY_FANOTIFY_FS) {
            ASSERT_EQ(es[i].sdev, fit_kdev(sroot.st_dev));
            ASSERT_EQ_U64(es[i].mask, FAN_ACCESS);
        }
    }
    fdk_fdinfo_free(&fi);

    /* an ignore mask on the mount mark; the inode mark removed */
    /* (surviving modify: any write on the mount would clear it otherwise) */
    mark(fd, FAN_MARK_ADD | FAN_MARK_MOUNT | FAN_MARK_IGNORED_MASK | FAN_MARK_IGNORED_SURV_MODIFY,
         FAN_CLOSE_NOWRITE, base);
    mark(fd, FAN_MARK_REMOVE, FAN_MODIFY | FAN_CLOSE_WRITE, f1);
    fit_read(0, fd, &fi);
    n = fit_entries(&fi, es);
    ASSERT_EQ(n, 3 + evictable);
    ASSERT_TRUE(find_ino(n, s1.st_ino) == NULL);
    for (int i = 0; i < n; i++) {
        ASSERT_TRUE(es[i].kind != FDK_FDINFO_ENTRY_OTHER);
        if (es[i].kind == FDK_FDINFO_ENTRY_FANOTIFY_MOUNT) {
            ASSERT_EQ_U64(es[i].ignored_mask, FAN_CLOSE_NOWRITE);
            ASSERT_EQ_U64(es[i].mask, FAN_OPEN | FAN_CLOSE_NOWRITE);
            ASSERT_TRUE(es[i].mflags & FAN_MARK_IGNORED_SURV_MODIFY);
        }
    }
    fdk_fdinfo_free(&fi);

    /* everything flushed */
    ASSERT_EQ(fanotify_mark(fd, FAN_MARK_FLUSH, 0, AT_FDCWD, NULL), 0);
    ASSERT_EQ(fanotify_mark(fd, FAN_MARK_FLUSH | FAN_MARK_MOUNT, 0, AT_FDCWD, NULL), 0);
    ASSERT_EQ(fanotify_mark(fd, FAN_MARK_FLUSH | FAN_MARK_FILESYSTEM, 0, AT_FDCWD, NULL), 0);
    fit_read(0, fd, &fi);
    ASSERT_EQ(fit_entries(&fi, NULL), 0);
    fdk_fdinfo_free(&fi);
    close(fd);
    close(hold);
}

static void test_parse(void)
{
    static const char t[] =
        "pos:\t0\nflags:\t02\nmnt_id:\t11\n"
        "fanotify flags:0 event-flags:88002\n"
        "fanotify ino:19264f sdev:800001 mflags:0 mask:1 ignored_mask:0 fhandle-bytes:8 "
        "fhandle-type:1 f_handle:4f261900a82dfd73\n"
        "fanotify mnt_id:1b mflags:40 mask:20 ignored_mask:8\n"
        "fanotify sdev:fe00001 mflags:0 mask:40000002 ignored_mask:0\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_FANOTIFY);
    ASSERT_EQ(fi.fanotify_flags, 0);
    ASSERT_EQ(fi.fanotify_event_flags, 0x88002);
    int n = fit_entries(&fi, es);
    ASSERT_EQ(n, 3);
    ASSERT_EQ(es[0].kind, FDK_FDINFO_ENTRY_FANOTIFY_INODE);
    ASSERT_EQ_U64(es[0].ino, 0x19264f);
    ASSERT_EQ(es[0].sdev, 0x800001);
    ASSERT_EQ(es[0].mflags, 0);
    ASSERT_EQ_U64(es[0].mask, 1);
    ASSERT_EQ(es[1].kind, FDK_FDINFO_ENTRY_FANOTIFY_MOUNT);
    ASSERT_EQ(es[1].mnt_id, 0x1b);
    ASSERT_EQ(es[1].mflags, 0x40);
    ASSERT_EQ_U64(es[1].mask, 0x20);
    ASSERT_EQ_U64(es[1].ignored_mask, 8);
    ASSERT_EQ(es[2].kind, FDK_FDINFO_ENTRY_FANOTIFY_FS);
    ASSERT_EQ(es[2].sdev, 0xfe00001);
    ASSERT_EQ_U64(es[2].mask, 0x40000002);
    fdk_fdinfo_free(&fi);
}

static void cleanup(void)
{
    unlink(f1);
    unlink(f2);
    unlink(f3);
    rmdir(base);
}

int main(void)
{
    fit_init();
    RUN(test_parse);
    int probe = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
    if (probe < 0)
        fdk_test_skip("fanotify_init: %s (needs CAP_SYS_ADMIN)", strerror(errno));
    close(probe);
    fit_scratch_dir(base, sizeof base);
    fdk_test_path(f1, sizeof f1, base, "a");
    fdk_test_path(f2, sizeof f2, base, "b");
    fdk_test_path(f3, sizeof f3, base, "c");
    atexit(cleanup);
    const char *fs[3] = {f1, f2, f3};
    for (int i = 0; i < 3; i++) {
        int f = open(fs[i], O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        ASSERT_TRUE(f >= 0);
        close(f);
    }
    RUN(test_group_flags);
    RUN(test_marks);
    return 0;
}
