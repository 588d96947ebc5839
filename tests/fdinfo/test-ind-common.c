/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read(): the lines every fdinfo has (proc_pid_fdinfo(5)): pos is
 * the file offset (lseek(fd, 0, SEEK_CUR)), also above 4 GiB and for a
 * directory's hash cookie; flags is fcntl(F_GETFL) plus O_CLOEXEC exactly when
 * FD_CLOEXEC is set (following F_SETFD, not the open flags); mnt_id is the
 * file's mount (statx STATX_MNT_ID, and the mount /proc/self/mountinfo lists
 * with the file's st_dev); ino is fstat's st_ino.  The have bits say POS, FLAGS,
 * MNT_ID, INO and none of the kind-specific ones for a regular file, a
 * directory, both ends of a pipe, sockets, /dev/null and an O_PATH descriptor;
 * a plain file has no other lines, a locked one a "lock:" line that comes back
 * as OTHER.  Every descriptor of the process agrees with fstat/fcntl.
 */
#include "ind-test.h"

#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>

static char fit_dir[64];

/* The common fields of fd against lseek/fcntl/statx/fstat. */
#define check_common(fd, what, seekable) check_common_at(__LINE__, (fd), (what), (seekable))
static void check_common_at(int line, int fd, const char *what, int seekable)
{
    struct fdk_fdinfo fi;
    struct stat st;
    fit_read_at(line, 0, fd, &fi);
    if ((fi.have & FIT_HAVE_COMMON) != FIT_HAVE_COMMON) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "%s: have %#x lacks a common bit", what, fi.have);
    }
    if (fi.have & FIT_HAVE_KIND_BITS) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "%s: kind-specific have bits %#x set", what,
                      fi.have & FIT_HAVE_KIND_BITS);
    }
    if (seekable) {
        off_t off = lseek(fd, 0, SEEK_CUR);
        if (off >= 0 && fi.pos != (uint64_t)off)
            fdk_test_fail(__FILE__, line, "%s: pos %" PRIu64 ", lseek says %lld", what, fi.pos,
                          (long long)off);
    } else if (fi.pos != 0) {
        fdk_test_fail(__FILE__, line, "%s: pos %" PRIu64 ", expected 0", what, fi.pos);
    }
    int want = fit_expected_flags(fd);
    if ((fi.flags & ~FIT_O_LARGEFILE) != want) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "%s: flags 0%o, expected 0%o (F_GETFL%s)", what,
                      (unsigned)fi.flags, (unsigned)want,
                      fdk_test_is_cloexec(fd) ? " | O_CLOEXEC" : "");
    }
    int mid = fit_mnt_id(fd);
    if (mid >= 0 && fi.mnt_id != mid)
        fdk_test_fail(__FILE__, line, "%s: mnt_id %d, statx says %d", what, fi.mnt_id, mid);
    if (fstat(fd, &st) != 0)
        fdk_test_fail(__FILE__, line, "fstat: %s", strerror(errno));
    if (fi.ino != (uint64_t)st.st_ino)
        fdk_test_fail(__FILE__, line, "%s: ino %" PRIu64 ", fstat says %llu", what, fi.ino,
                      (unsigned long long)st.st_ino);
    ASSERT_OK(fdk_fdinfo_free(&fi));
    ASSERT_TRUE(fi.text == NULL);
}

/* The mount the fd's mnt_id names is the one holding the file: mountinfo's
 * major:minor for that id is the file's st_dev. */
static void check_mountinfo(int fd, const char *what)
{
    struct fdk_fdinfo fi;
    struct stat st;
    dev_t dev;
    fit_read(0, fd, &fi);
    ASSERT_EQ(fstat(fd, &st), 0);
    if (fit_mountinfo_dev(fi.mnt_id, &dev) != 0)
        fdk_test_fail(__FILE__, __LINE__, "%s: mnt_id %d is not in /proc/self/mountinfo", what,
                      fi.mnt_id);
    if (dev != st.st_dev)
        fdk_test_fail(__FILE__, __LINE__, "%s: mount %d is %u:%u, the file's st_dev %u:%u", what,
                      fi.mnt_id, major(dev), minor(dev), major(st.st_dev), minor(st.st_dev));
    fdk_fdinfo_free(&fi);
}

static void test_regular_file(void)
{
    char path[128];
    struct fdk_fdinfo fi;
    fdk_test_path(path, sizeof path, fit_dir, "reg");
    int w = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    ASSERT_TRUE(w >= 0);
    ASSERT_EQ(write(w, "0123456789", 10), 10);
    close(w);

    int fd = open(path, O_RDWR | O_APPEND);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fdk_test_is_cloexec(fd), 0);
    ASSERT_EQ(lseek(fd, 7, SEEK_SET), 7);
    fit_read(0, fd, &fi);
    ASSERT_EQ_U64(fi.pos, 7);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_RDWR);
    ASSERT_TRUE(fi.flags & O_APPEND);
    ASSERT_EQ(fi.flags & O_CLOEXEC, 0);
    /* exactly the common bits: nothing kind-specific for a plain file */
    ASSERT_EQ(fi.have, FIT_HAVE_COMMON);
    /* no other lines for an unlocked plain file */
    ASSERT_EQ(fit_entries(&fi, NULL), 0);
    fdk_fdinfo_free(&fi);
    check_common(fd, "regular O_RDWR|O_APPEND", 1);
    check_mountinfo(fd, "regular file");

    /* a position above 4 GiB (sparse: lseek past the end is allowed) */
    ASSERT_EQ(lseek(fd, 0x123456789LL, SEEK_SET), 0x123456789LL);
    fit_read(0, fd, &fi);
    ASSERT_EQ_U64(fi.pos, 0x123456789ULL);
    fdk_fdinfo_free(&fi);
    /* the largest offset the file system allows, or at least 2^40 */
    off_t big = lseek(fd, (off_t)1 << 40, SEEK_SET);
    if (big > 0) {
        fit_read(0, fd, &fi);
        ASSERT_EQ_U64(fi.pos, (uint64_t)1 << 40);
        fdk_fdinfo_free(&fi);
    }

    /* O_CLOEXEC follows FD_CLOEXEC as it is now (proc(5): since Linux 3.1) */
    ASSERT_EQ(fcntl(fd, F_SETFD, FD_CLOEXEC), 0);
    fit_read(0, fd, &fi);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    fdk_fdinfo_free(&fi);
    check_common(fd, "regular after FD_CLOEXEC", 1);
    ASSERT_EQ(fcntl(fd, F_SETFD, 0), 0);
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.flags & O_CLOEXEC, 0);
    fdk_fdinfo_free(&fi);
    /* status flags changed by F_SETFL */
    ASSERT_EQ(fcntl(fd, F_SETFL, O_NONBLOCK), 0);
    fit_read(0, fd, &fi);
    ASSERT_TRUE(fi.flags & O_NONBLOCK);
    ASSERT_EQ(fi.flags & O_APPEND, 0);
    fdk_fdinfo_free(&fi);
    check_common(fd, "regular after F_SETFL", 1);

    /* a POSIX lock adds a "lock:" line: not decoded, so one OTHER entry */
    struct flock lk = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
    if (fcntl(fd, F_SETLK, &lk) == 0) {
        struct fdk_fdinfo_entry es[8];
        fit_read(0, fd, &fi);
        int n = fit_entries(&fi, es);
        if (n != 1 || es[0].kind != FDK_FDINFO_ENTRY_OTHER || es[0].line_len < 5 ||
            memcmp(es[0].line, "lock:", 5) != 0) {
            fprintf(stderr, "%s", fi.text);
            fit_print_entries(&fi);
            fdk_test_fail(__FILE__, __LINE__, "a lock line: %d entries, expected one OTHER", n);
        }
        /* the line is exactly the text's line */
        const char *l = strstr(fi.text, "lock:");
        ASSERT_TRUE(l == es[0].line);
        ASSERT_EQ(es[0].line_len, strcspn(l, "\n"));
        ASSERT_EQ(fi.have, FIT_HAVE_COMMON);
        fdk_fdinfo_free(&fi);
    }
    close(fd);

    /* read-only, and write-only with O_SYNC */
    fd = open(path, O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    check_common(fd, "regular O_RDONLY", 1);
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_RDONLY);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    fdk_fdinfo_free(&fi);
    close(fd);
    fd = open(path, O_WRONLY | O_SYNC);
    ASSERT_TRUE(fd >= 0);
    check_common(fd, "regular O_WRONLY|O_SYNC", 1);
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_WRONLY);
    ASSERT_EQ(fi.flags & O_SYNC, O_SYNC);
    fdk_fdinfo_free(&fi);
    close(fd);
    unlink(path);
}

static void test_directory(void)
{
    char path[160];
    for (int i = 0; i < 40; i++) {
        snprintf(path, sizeof path, "%s/f%02d", fit_dir, i);
        int f = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        ASSERT_TRUE(f >= 0);
        close(f);
    }
    int fd = open(fit_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    check_common(fd, "directory", 1);
    check_mountinfo(fd, "directory");
    struct fdk_fdinfo fi;
    fit_read(0, fd, &fi);
    ASSERT_TRUE(fi.flags & O_DIRECTORY);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    ASSERT_EQ_U64(fi.pos, 0);
    fdk_fdinfo_free(&fi);

    /* read part of it: the position is the file system's cookie (ext4: a
     * 64-bit hash), whatever lseek says */
    char buf[256];
    long n = syscall(SYS_getdents64, fd, buf, sizeof buf);
    ASSERT_TRUE(n > 0);
    off_t off = lseek(fd, 0, SEEK_CUR);
    ASSERT_TRUE(off > 0);
    fit_read(0, fd, &fi);
    ASSERT_EQ_U64(fi.pos, (uint64_t)off);
    fdk_fdinfo_free(&fi);
    check_common(fd, "directory after getdents", 1);
    close(fd);

    /* / and /proc: other mounts */
    fd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    check_common(fd, "/", 1);
    check_mountinfo(fd, "/");
    close(fd);
    fd = open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    check_common(fd, "/proc", 1);
    check_mountinfo(fd, "/proc");
    close(fd);
    for (int i = 0; i < 40; i++) {
        snprintf(path, sizeof path, "%s/f%02d", fit_dir, i);
        unlink(path);
    }
}

static void test_pipe(void)
{
    int p[2];
    struct fdk_fdinfo fi;
    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    ASSERT_EQ(fcntl(p[1], F_SETFL, O_NONBLOCK), 0);
    ASSERT_EQ(write(p[1], "abc", 3), 3);
    check_common(p[0], "pipe read end", 0);
    check_common(p[1], "pipe write end", 0);
    fit_read(0, p[0], &fi);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_RDONLY);
    ASSERT_EQ(fi.flags & O_NONBLOCK, 0);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    uint64_t ino0 = fi.ino;
    fdk_fdinfo_free(&fi);
    fit_read(0, p[1], &fi);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_WRONLY);
    ASSERT_TRUE(fi.flags & O_NONBLOCK);
    /* both ends are the same pipe inode */
    ASSERT_EQ_U64(fi.ino, ino0);
    ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, 0);
    fdk_fdinfo_free(&fi);
    close(p[0]);
    close(p[1]);
}

static void test_sockets(void)
{
    int sv[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sv), 0);
    check_common(sv[0], "unix socket", 0);
    struct fdk_fdinfo fi;
    fit_read(0, sv[1], &fi);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_RDWR);
    ASSERT_TRUE(fi.flags & O_NONBLOCK);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    fdk_fdinfo_free(&fi);
    close(sv[0]);
    close(sv[1]);

    int u = socket(AF_INET, SOCK_DGRAM, 0);
    if (u >= 0) {
        check_common(u, "udp socket (no CLOEXEC)", 0);
        fit_read(0, u, &fi);
        ASSERT_EQ(fi.flags & (O_CLOEXEC | O_NONBLOCK), 0);
        fdk_fdinfo_free(&fi);
        close(u);
    }
}

static void test_devnull_and_path(void)
{
    int fd = open("/dev/null", O_WRONLY);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(write(fd, "xyz", 3), 3);
    check_common(fd, "/dev/null", 1);
    check_mountinfo(fd, "/dev/null");
    struct fdk_fdinfo fi;
    fit_read(0, fd, &fi);
    ASSERT_EQ(fi.flags & O_ACCMODE, O_WRONLY);
    ASSERT_EQ(fi.flags & O_CLOEXEC, 0);
    ASSERT_EQ(fi.have, FIT_HAVE_COMMON);
    fdk_fdinfo_free(&fi);
    close(fd);

    fd = open("/dev/zero", O_RDONLY | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    char b[100];
    ASSERT_EQ(read(fd, b, sizeof b), 100);
    check_common(fd, "/dev/zero", 1);
    close(fd);

    /* an O_PATH descriptor has an fdinfo too, with O_PATH in flags */
    fd = open(fit_dir, O_PATH | O_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    fit_read(0, fd, &fi);
    ASSERT_TRUE(fi.flags & O_PATH);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    struct stat st;
    ASSERT_EQ(fstat(fd, &st), 0);
    ASSERT_EQ_U64(fi.ino, st.st_ino);
    int mid = fit_mnt_id(fd);
    if (mid >= 0)
        ASSERT_EQ(fi.mnt_id, mid);
    fdk_fdinfo_free(&fi);
    close(fd);
}

/* Every descriptor this process has agrees with fstat, fcntl and statx. */
static void test_every_open_fd(void)
{
    int fds[256], n = 0;
    DIR *d = opendir("/proc/self/fd");
    struct dirent *de;
    ASSERT_TRUE(d != NULL);
    int dfd = dirfd(d);
    while ((de = readdir(d)) != NULL && n < 256) {
        if (de->d_name[0] == '.')
            continue;
        int fd = atoi(de->d_name);
        if (fd != dfd)
            fds[n++] = fd;
    }
    closedir(d);
    ASSERT_TRUE(n >= 3);
    for (int i = 0; i < n; i++) {
        struct fdk_fdinfo fi;
        struct stat st;
        if (fcntl(fds[i], F_GETFD) < 0)
            continue;
        fit_read(0, fds[i], &fi);
        ASSERT_EQ(fstat(fds[i], &st), 0);
        ASSERT_EQ_U64(fi.ino, st.st_ino);
        ASSERT_EQ(fi.flags & ~FIT_O_LARGEFILE, fit_expected_flags(fds[i]));
        int mid = fit_mnt_id(fds[i]);
        if (mid >= 0)
            ASSERT_EQ(fi.mnt_id, mid);
        ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_MNT_ID);
        ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_INO);
        fdk_fdinfo_free(&fi);
    }
}

/* pid 0 and getpid() read the same table; the text is the kernel's verbatim */
static void test_text_is_the_file(void)
{
    char path[128];
    static char raw[8192];
    fdk_test_path(path, sizeof path, fit_dir, "t");
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(lseek(fd, 4242, SEEK_SET), 4242);
    struct fdk_fdinfo a, b;
    fit_read(0, fd, &a);
    fit_read(getpid(), fd, &b);
    ssize_t n = fit_raw(0, fd, raw, sizeof raw);
    ASSERT_TRUE(n > 0);
    ASSERT_EQ(a.text_len, (size_t)n);
    ASSERT_MEM_EQ(a.text, raw, (size_t)n);
    ASSERT_EQ(b.text_len, a.text_len);
    ASSERT_MEM_EQ(a.text, b.text, a.text_len);
    ASSERT_EQ_U64(a.pos, 4242);
    ASSERT_EQ_U64(b.pos, 4242);
    ASSERT_EQ(a.have, b.have);
    /* the two own their text: freeing one leaves the other */
    ASSERT_TRUE(a.text != b.text);
    fdk_fdinfo_free(&a);
    ASSERT_EQ_U64(b.pos, 4242);
    ASSERT_TRUE(strncmp(b.text, "pos:", 4) == 0);
    fdk_fdinfo_free(&b);
    close(fd);
    unlink(path);
}

int main(void)
{
    fit_init();
    fit_scratch_dir(fit_dir, sizeof fit_dir);
    RUN(test_regular_file);
    RUN(test_directory);
    RUN(test_pipe);
    RUN(test_sockets);
    RUN(test_devnull_and_path);
    RUN(test_every_open_fd);
    RUN(test_text_is_the_file);
    rmdir(fit_dir);
    return 0;
}
