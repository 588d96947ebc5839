/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for character devices: /dev/null, /dev/zero and /dev/full
 * behave as documented through the fdk_fd_* layer, anything that is not a
 * character device is refused with -ENODEV (and its fd closed), opening a
 * terminal never makes it the controlling tty, ioctl results and errnos pass
 * through, and splice reads from a device into a pipe.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <termios.h>

static void open_dev(fdk_chardev *d, const char *path, int access, int flags)
{
    ASSERT_OK(fdk_chardev_open(d, AT_FDCWD, path, access, flags));
    ASSERT_TRUE(d->fd >= 0);
    ASSERT_TRUE(fdk_test_is_cloexec(d->fd));
    ASSERT_EQ(fdk_test_is_nonblock(d->fd), (flags & FDK_CHARDEV_NONBLOCK) != 0);
    ASSERT_EQ(fcntl(d->fd, F_GETFL) & O_ACCMODE, access);
    ASSERT_EQ(fdk_fd_kind(d->fd), FDK_FD_KIND_CHAR_DEVICE);
}

static void close_dev(fdk_chardev *d)
{
    int fd = d->fd;

    ASSERT_EQ(fdk_chardev_close(d), 0);
    ASSERT_EQ(d->fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    ASSERT_EQ(fdk_chardev_close(d), 0);
}

static void test_dev_null(void)
{
    fdk_chardev d = FDK_HANDLE_INIT;
    char buf[16];

    open_dev(&d, "/dev/null", FDK_CHARDEV_RDWR, 0);
    ASSERT_EQ(fdk_fd_write(d.fd, "discard", 7), 7);
    ASSERT_EQ(fdk_fd_read(d.fd, buf, sizeof buf), 0);
    close_dev(&d);

    open_dev(&d, "/dev/null", FDK_CHARDEV_RDONLY, FDK_CHARDEV_NONBLOCK);
    ASSERT_EQ(fdk_fd_read(d.fd, buf, sizeof buf), 0);
    ASSERT_ERR(fdk_fd_write(d.fd, "x", 1), EBADF);
    close_dev(&d);

    open_dev(&d, "/dev/null", FDK_CHARDEV_WRONLY, FDK_CHARDEV_SYNC | FDK_CHARDEV_CLOEXEC | FDK_CHARDEV_NOCTTY);
    ASSERT_TRUE(fcntl(d.fd, F_GETFL) & O_SYNC);
    ASSERT_EQ(fdk_fd_write(d.fd, "x", 1), 1);
    close_dev(&d);
}

static void test_dev_zero(void)
{
    fdk_chardev d = FDK_HANDLE_INIT;
    unsigned char buf[4096];

    open_dev(&d, "/dev/zero", FDK_CHARDEV_RDONLY, 0);
    memset(buf, 0xa5, sizeof buf);
    ASSERT_EQ(fdk_fd_read(d.fd, buf, sizeof buf), (long long)sizeof buf);
    for (size_t i = 0; i < sizeof buf; i++)
        if (buf[i] != 0)
            fdk_test_fail(__FILE__, __LINE__, "byte %zu of /dev/zero is %u", i, buf[i]);
    memset(buf, 0xa5, sizeof buf);
    ASSERT_OK(fdk_fd_read_exact(d.fd, buf, 100, NULL));
    ASSERT_EQ(buf[99], 0);
    ASSERT_EQ(buf[100], 0xa5);
    close_dev(&d);
}

static void test_dev_full(void)
{
    fdk_chardev d = FDK_HANDLE_INIT;
    size_t done = 99;
    char c = 1;

    open_dev(&d, "/dev/full", FDK_CHARDEV_RDWR, 0);
    ASSERT_ERR(fdk_fd_write(d.fd, "x", 1), ENOSPC);
    ASSERT_ERR(fdk_fd_write_all(d.fd, "xyz", 3, &done), ENOSPC);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(fdk_fd_read(d.fd, &c, 1), 1); /* reads as /dev/zero */
    ASSERT_EQ(c, 0);
    close_dev(&d);
}

/* Not a character device: -ENODEV, out untouched, the fd closed again. */
static void test_not_a_chardev(void)
{
    struct fdk_tmpdir t;
    fdk_chardev d = {.fd = -9};
    int fd;

    fdk_tmpdir_make(&t);
    fd = openat(t.fd, "reg", O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    ASSERT_EQ(mkfifoat(t.fd, "fifo", 0600), 0);

    ASSERT_ERR(fdk_chardev_open(&d, t.fd, "reg", FDK_CHARDEV_RDONLY, 0), ENODEV);
    ASSERT_ERR(fdk_chardev_open(&d, t.fd, "reg", FDK_CHARDEV_RDWR, 0), ENODEV);
    ASSERT_ERR(fdk_chardev_open(&d, t.fd, ".", FDK_CHARDEV_RDONLY, 0), ENODEV);
    ASSERT_ERR(fdk_chardev_open(&d, t.fd, "fifo", FDK_CHARDEV_RDONLY, FDK_CHARDEV_NONBLOCK), ENODEV);
    ASSERT_ERR(fdk_chardev_open(&d, t.fd, "fifo", FDK_CHARDEV_RDWR, 0), ENODEV);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/proc/self/status", FDK_CHARDEV_RDONLY, 0), ENODEV);
    ASSERT_ERR(fdk_chardev_open(&d, t.fd, "missing", FDK_CHARDEV_RDONLY, 0), ENOENT);
    ASSERT_EQ(d.fd, -9);
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_OPEN, -ENODEV), FDK_ERRCLASS_NOT_FOUND);
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_OPEN, -ENOENT), FDK_ERRCLASS_NOT_FOUND);
    fdk_tmpdir_remove(&t);
}

static void test_dirfd_relative(void)
{
    fdk_chardev d = FDK_HANDLE_INIT;
    int dev = open("/dev", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    struct stat st;

    ASSERT_TRUE(dev >= 0);
    ASSERT_OK(fdk_chardev_open(&d, dev, "null", FDK_CHARDEV_RDWR, 0));
    ASSERT_EQ(fstat(d.fd, &st), 0);
    ASSERT_TRUE(S_ISCHR(st.st_mode));
    ASSERT_EQ(major(st.st_rdev), 1);
    ASSERT_EQ(minor(st.st_rdev), 3);
    close_dev(&d);
    close(dev);
}

static void test_invalid_args(void)
{
    fdk_chardev d = {.fd = -9};
    int bad_bit = 0;

    for (int b = 0; b < 31 && !bad_bit; b++)
        if (!(FDK_CHARDEV_OPEN_ALL & (1 << b)))
            bad_bit = 1 << b;
    ASSERT_ERR(fdk_chardev_open(NULL, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, 0), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, -5, "null", FDK_CHARDEV_RDWR, 0), EBADF);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, NULL, FDK_CHARDEV_RDWR, 0), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", 3, 0), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", -1, 0), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", O_RDWR | O_APPEND, 0), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, bad_bit), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, O_CREAT), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "/dev/null", FDK_CHARDEV_RDWR, O_TRUNC), EINVAL);
    ASSERT_ERR(fdk_chardev_open(&d, AT_FDCWD, "", FDK_CHARDEV_RDWR, 0), ENOENT);
    ASSERT_EQ(d.fd, -9);
}

/* ioctl: the driver's result, or its errno. */
static void test_ioctl_errors(void)
{
    fdk_chardev d = FDK_HANDLE_INIT, closed = FDK_HANDLE_INIT;
    struct termios tio;
    int n = -1;

    open_dev(&d, "/dev/null", FDK_CHARDEV_RDWR, 0);
    ASSERT_ERR(fdk_chardev_ioctl(d, TCGETS, &tio), ENOTTY);
    ASSERT_EQ(fdk_errclass(FDK_OP_CHARDEV_IOCTL, -ENOTTY), FDK_ERRCLASS_UNSUPPORTED);
    ASSERT_ERR(fdk_chardev_ioctl(closed, FIONREAD, &n), EBADF);
    ASSERT_EQ(n, -1);
    close_dev(&d);
    /* a stale handle whose fd number is closed: the kernel's EBADF */
    ASSERT_ERR(fdk_chardev_ioctl(fdk_chardev_adopt(1000000), FIONREAD, &n), EBADF);
}

/* A pty pair, or -1 where ptys are not available. */
static int open_pty(char *slave, size_t size)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);

    if (m < 0)
        return -1;
    if (grantpt(m) != 0 || unlockpt(m) != 0 || ptsname_r(m, slave, size) != 0) {
        close(m);
        return -1;
    }
    return m;
}

static void test_ioctl_pty(void)
{
    fdk_chardev s = FDK_HANDLE_INIT;
    struct winsize ws = {.ws_row = 31, .ws_col = 97}, got;
    struct termios tio;
    char slave[64];
    int m = open_pty(slave, sizeof slave);

    if (m < 0) {
        printf("# no pseudo-terminals here: ioctl pass-through checked on /dev/null only\n");
        return;
    }
    open_dev(&s, slave, FDK_CHARDEV_RDWR, 0);
    ASSERT_EQ(fdk_chardev_ioctl(s, TIOCSWINSZ, &ws), 0);
    memset(&got, 0, sizeof got);
    ASSERT_EQ(ioctl(m, TIOCGWINSZ, &got), 0);
    ASSERT_EQ(got.ws_row, 31);
    ASSERT_EQ(got.ws_col, 97);
    ASSERT_EQ(fdk_chardev_ioctl(s, TCGETS, &tio), 0);
    close_dev(&s);
    close(m);
}

/*
 * In a new session (no controlling terminal), open a pty slave and report
 * whether the process then has a controlling terminal (/dev/tty opens).
 */
static int ctty_after_open(int use_fdkit)
{
    fdk_chardev s = FDK_HANDLE_INIT;
    char slave[64];
    int m, fd, tty;

    if (setsid() < 0)
        return 10;
    m = open_pty(slave, sizeof slave);
    if (m < 0)
        return 11;
    if (use_fdkit) {
        if (fdk_chardev_open(&s, AT_FDCWD, slave, FDK_CHARDEV_RDWR, 0) < 0)
            return 12;
        fd = s.fd;
    } else {
        fd = open(slave, O_RDWR | O_CLOEXEC); /* no O_NOCTTY */
        if (fd < 0)
            return 12;
    }
    tty = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    return tty >= 0 ? 1 : 0;
}

static int run_child(int use_fdkit)
{
    pid_t pid;
    int st;

    fflush(NULL);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0)
        _exit(ctty_after_open(use_fdkit));
    ASSERT_EQ(waitpid(pid, &st, 0), pid);
    ASSERT_TRUE(WIFEXITED(st));
    return WEXITSTATUS(st);
}

/* NOCTTY always: a session leader opening a tty does not acquire it. */
static void test_noctty(void)
{
    int plain = run_child(0);

    if (plain == 11) {
        printf("# no pseudo-terminals here: NOCTTY not checked\n");
        return;
    }
    /* control: without O_NOCTTY the open does make it the controlling tty */
    ASSERT_EQ(plain, 1);
    ASSERT_EQ(run_child(1), 0);
}

/* splice from a device into a pipe moves the device's bytes. */
static void test_splice_from_zero(void)
{
    fdk_chardev d = FDK_HANDLE_INIT;
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    unsigned char buf[4096];
    size_t avail = 0;
    ssize_t n;

    open_dev(&d, "/dev/zero", FDK_CHARDEV_RDONLY, 0);
    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    n = fdk_splice_once(d.fd, NULL, w.fd, NULL, sizeof buf, 0);
    ASSERT_TRUE(n > 0 && n <= (ssize_t)sizeof buf);
    ASSERT_OK(fdk_pipe_available(r.fd, &avail));
    ASSERT_EQ(avail, n);
    memset(buf, 0x5a, sizeof buf);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), n);
    for (ssize_t i = 0; i < n; i++)
        ASSERT_EQ(buf[i], 0);
    ASSERT_OK(fdk_pipe_reader_close(&r));
    ASSERT_OK(fdk_pipe_writer_close(&w));
    close_dev(&d);
}

int main(void)
{
    alarm(30);
    RUN(test_dev_null);
    RUN(test_dev_zero);
    RUN(test_dev_full);
    RUN(test_not_a_chardev);
    RUN(test_dirfd_relative);
    RUN(test_invalid_args);
    RUN(test_ioctl_errors);
    RUN(test_ioctl_pty);
    RUN(test_noctty);
    RUN(test_splice_from_zero);
    return 0;
}
