/* SPDX-License-Identifier: MIT */
/*
 * Behaviour tests for named pipes: creation honours the mode, opening for
 * writing never waits (-ENXIO, class peer, when nobody reads), the write end
 * is blocking unless asked otherwise, a blocking open for reading waits for a
 * writer and hands EINTR back, read-write opens need no peer, and a path that
 * is not a FIFO is refused without leaking the fd it opened.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-tmpdir.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

static void check_fifo_fd(int fd, int accmode, int nonblock)
{
    int fl = fcntl(fd, F_GETFL);

    ASSERT_TRUE(fl >= 0);
    ASSERT_EQ(fl & O_ACCMODE, accmode);
    ASSERT_EQ(fdk_test_is_nonblock(fd), nonblock);
    ASSERT_TRUE(fdk_test_is_cloexec(fd));
    ASSERT_EQ(fdk_fd_kind(fd), FDK_FD_KIND_FIFO);
}

static void close_fifo(fdk_fifo *f)
{
    int fd = f->fd;

    ASSERT_EQ(fdk_fifo_close(f), 0);
    ASSERT_EQ(f->fd, -1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
}

static void test_create_mode(void)
{
    static const mode_t modes[] = {0600, 0640, 0604, 0777, 01755, 0};
    struct fdk_tmpdir t;
    struct stat st;
    char name[16], abs[128];

    fdk_tmpdir_make(&t);
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        snprintf(name, sizeof name, "f%zu", i);
        ASSERT_OK(fdk_fifo_create(t.fd, name, modes[i]));
        ASSERT_EQ(fstatat(t.fd, name, &st, AT_SYMLINK_NOFOLLOW), 0);
        ASSERT_TRUE(S_ISFIFO(st.st_mode));
        ASSERT_EQ(st.st_mode & 07777, modes[i]);
    }
    /* AT_FDCWD with an absolute path */
    ASSERT_OK(fdk_fifo_create(AT_FDCWD, fdk_tmpdir_at(&t, "abs", abs, sizeof abs), 0620));
    ASSERT_EQ(stat(abs, &st), 0);
    ASSERT_TRUE(S_ISFIFO(st.st_mode));
    ASSERT_EQ(st.st_mode & 07777, 0620);

    /* twice: -EEXIST, whatever the existing node is */
    ASSERT_ERR(fdk_fifo_create(t.fd, "f0", 0600), EEXIST);
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, abs, 0600), EEXIST);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_CREATE, -EEXIST), FDK_ERRCLASS_EXISTS);
    ASSERT_EQ(mkdirat(t.fd, "dir", 0700), 0);
    ASSERT_ERR(fdk_fifo_create(t.fd, "dir", 0600), EEXIST);
    ASSERT_ERR(fdk_fifo_create(t.fd, "nodir/f", 0600), ENOENT);
    fdk_tmpdir_remove(&t);
}

static void test_open_write_no_reader(void)
{
    struct fdk_tmpdir t;
    fdk_fifo f = {.fd = -9};

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_fifo_create(t.fd, "f", 0600));
    ASSERT_ERR(fdk_fifo_open_write(&f, t.fd, "f", 0), ENXIO);
    ASSERT_ERR(fdk_fifo_open_write(&f, t.fd, "f", FDK_FIFO_NONBLOCK), ENXIO);
    ASSERT_EQ(f.fd, -9);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_WRITE, -ENXIO), FDK_ERRCLASS_PEER);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_WRITE, ENXIO), FDK_ERRCLASS_PEER);
    fdk_tmpdir_remove(&t);
}

/* Reader first (non-blocking), then writers: blocking unless asked, data moves. */
static void test_read_then_write(void)
{
    struct fdk_tmpdir t;
    fdk_fifo r = FDK_HANDLE_INIT, w = FDK_HANDLE_INIT, wnb = FDK_HANDLE_INIT;
    char buf[16];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_fifo_create(t.fd, "f", 0600));
    ASSERT_OK(fdk_fifo_open_read(&r, t.fd, "f", FDK_FIFO_NONBLOCK));
    check_fifo_fd(r.fd, O_RDONLY, 1);
    /* no writer yet: EOF, not -EAGAIN (Linux) */
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 0);

    ASSERT_OK(fdk_fifo_open_write(&w, t.fd, "f", 0));
    check_fifo_fd(w.fd, O_WRONLY, 0);
    ASSERT_OK(fdk_fifo_open_write(&wnb, t.fd, "f", FDK_FIFO_NONBLOCK | FDK_FIFO_CLOEXEC));
    check_fifo_fd(wnb.fd, O_WRONLY, 1);

    ASSERT_EQ(fdk_fd_write(w.fd, "hello", 5), 5);
    ASSERT_EQ(fdk_fd_write(wnb.fd, "!", 1), 1);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 6);
    ASSERT_MEM_EQ(buf, "hello!", 6);
    /* writers open but nothing buffered: -EAGAIN on the non-blocking reader */
    ASSERT_ERR(fdk_fd_read(r.fd, buf, sizeof buf), EAGAIN);

    close_fifo(&w);
    close_fifo(&wnb);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 0);
    close_fifo(&r);
    ASSERT_EQ(fdk_fifo_close(&r), 0); /* idempotent */
    fdk_tmpdir_remove(&t);
}

struct opener {
    int dirfd;
    int ret;
    fdk_fifo w;
};

/* Opens the write end as soon as a reader exists (the blocked reader counts). */
static void *writer_thread(void *arg)
{
    struct opener *o = arg;

    for (int i = 0; i < 5000; i++) {
        o->ret = fdk_fifo_open_write(&o->w, o->dirfd, "f", 0);
        if (o->ret != -ENXIO)
            break;
        sleep_ms(1);
    }
    if (o->ret == 0)
        o->ret = fdk_fd_write(o->w.fd, "ping", 4) == 4 ? 0 : -EIO;
    return NULL;
}

static void test_open_read_waits_for_writer(void)
{
    struct fdk_tmpdir t;
    struct opener o;
    fdk_fifo r = FDK_HANDLE_INIT;
    pthread_t th;
    char buf[8];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_fifo_create(t.fd, "f", 0600));
    o.dirfd = t.fd;
    o.ret = -1;
    o.w.fd = -1;
    ASSERT_EQ(pthread_create(&th, NULL, writer_thread, &o), 0);
    ASSERT_OK(fdk_fifo_open_read(&r, t.fd, "f", 0));
    check_fifo_fd(r.fd, O_RDONLY, 0);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ(o.ret, 0);
    ASSERT_EQ(fdk_fd_read(r.fd, buf, sizeof buf), 4);
    ASSERT_MEM_EQ(buf, "ping", 4);
    close_fifo(&o.w);
    close_fifo(&r);
    fdk_tmpdir_remove(&t);
}

static void on_usr1(int sig)
{
    (void)sig;
}

struct poker {
    pthread_t target;
    atomic_int stop;
};

/* Keeps signalling the target until told to stop (the first may come too early). */
static void *poke_thread(void *arg)
{
    struct poker *p = arg;

    while (!atomic_load(&p->stop)) {
        sleep_ms(20);
        pthread_kill(p->target, SIGUSR1);
    }
    return NULL;
}

/* A blocking open_read with no writer is ended by a signal: -EINTR, nothing opened. */
static void test_open_read_eintr(void)
{
    struct fdk_tmpdir t;
    struct sigaction sa, old;
    struct poker p;
    pthread_t th;
    fdk_fifo r = {.fd = -9};

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_fifo_create(t.fd, "f", 0600));
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART */
    ASSERT_EQ(sigaction(SIGUSR1, &sa, &old), 0);

    p.target = pthread_self();
    atomic_init(&p.stop, 0);
    ASSERT_EQ(pthread_create(&th, NULL, poke_thread, &p), 0);
    ASSERT_ERR(fdk_fifo_open_read(&r, t.fd, "f", 0), EINTR);
    atomic_store(&p.stop, 1);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ(sigaction(SIGUSR1, &old, NULL), 0);
    ASSERT_EQ(r.fd, -9);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_READ, -EINTR), FDK_ERRCLASS_INTERRUPTED);
    fdk_tmpdir_remove(&t);
}

/* O_RDWR needs no peer: the handle is its own reader and writer. */
static void test_open_rdwr(void)
{
    struct fdk_tmpdir t;
    fdk_fifo f = FDK_HANDLE_INIT, g = FDK_HANDLE_INIT, w = FDK_HANDLE_INIT;
    char buf[8], abs[128];

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_fifo_create(t.fd, "f", 0600));
    ASSERT_OK(fdk_fifo_open_rdwr(&f, t.fd, "f", 0));
    check_fifo_fd(f.fd, O_RDWR, 0);
    ASSERT_EQ(fdk_fd_write(f.fd, "abc", 3), 3);
    ASSERT_EQ(fdk_fd_read(f.fd, buf, sizeof buf), 3);
    ASSERT_MEM_EQ(buf, "abc", 3);
    /* it counts as a reader: open_write now succeeds */
    ASSERT_OK(fdk_fifo_open_write(&w, t.fd, "f", 0));
    close_fifo(&w);
    close_fifo(&f);

    ASSERT_OK(fdk_fifo_open_rdwr(&g, AT_FDCWD, fdk_tmpdir_at(&t, "f", abs, sizeof abs), FDK_FIFO_NONBLOCK));
    check_fifo_fd(g.fd, O_RDWR, 1);
    ASSERT_ERR(fdk_fd_read(g.fd, buf, sizeof buf), EAGAIN);
    close_fifo(&g);
    fdk_tmpdir_remove(&t);
}

/* Not a FIFO: -EINVAL, and the fd the open made is closed again (RUN checks). */
static void test_not_a_fifo(void)
{
    struct fdk_tmpdir t;
    fdk_fifo f = {.fd = -9};
    int fd;

    fdk_tmpdir_make(&t);
    fd = openat(t.fd, "reg", O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    ASSERT_EQ(mkdirat(t.fd, "dir", 0700), 0);

    ASSERT_ERR(fdk_fifo_open_read(&f, t.fd, "reg", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_read(&f, t.fd, "reg", FDK_FIFO_NONBLOCK), EINVAL);
    ASSERT_ERR(fdk_fifo_open_write(&f, t.fd, "reg", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_rdwr(&f, t.fd, "reg", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_read(&f, t.fd, "dir", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_read(&f, AT_FDCWD, "/dev/null", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_write(&f, AT_FDCWD, "/dev/null", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_write(&f, t.fd, "dir", 0), EINVAL);
    /* The type is checked before the open: a wrong path is never opened at all. */
    fdk_inject_reset();
    ASSERT_ERR(fdk_fifo_open_write(&f, t.fd, "reg", 0), EINVAL);
    ASSERT_ERR(fdk_fifo_open_rdwr(&f, AT_FDCWD, "/dev/null", 0), EINVAL);
    ASSERT_EQ(fdk_inject_calls("openat"), 0);
    ASSERT_ERR(fdk_fifo_open_read(&f, t.fd, "missing", 0), ENOENT);
    ASSERT_ERR(fdk_fifo_open_write(&f, t.fd, "missing", 0), ENOENT);
    ASSERT_ERR(fdk_fifo_open_rdwr(&f, t.fd, "reg/x", 0), ENOTDIR);
    ASSERT_EQ(f.fd, -9);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_READ, -ENOENT), FDK_ERRCLASS_NOT_FOUND);
    ASSERT_EQ(fdk_errclass(FDK_OP_FIFO_OPEN_READ, -EINVAL), FDK_ERRCLASS_INVALID);
    fdk_tmpdir_remove(&t);
}

typedef int (*fifo_open_fn)(fdk_fifo *, int, const char *, int);

static void test_invalid_args(void)
{
    static const fifo_open_fn fns[] = {fdk_fifo_open_read, fdk_fifo_open_write, fdk_fifo_open_rdwr};
    fdk_fifo f = {.fd = -9};
    int bad_bit = 0;

    for (int b = 0; b < 31 && !bad_bit; b++)
        if (!(FDK_FIFO_OPEN_ALL & (1 << b)))
            bad_bit = 1 << b;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        ASSERT_ERR(fns[i](NULL, AT_FDCWD, "/tmp", 0), EINVAL);
        ASSERT_ERR(fns[i](&f, -5, "x", 0), EBADF);
        ASSERT_ERR(fns[i](&f, -1, "x", 0), EBADF);
        ASSERT_ERR(fns[i](&f, AT_FDCWD, NULL, 0), EINVAL);
        ASSERT_ERR(fns[i](&f, AT_FDCWD, "/tmp", bad_bit), EINVAL);
        ASSERT_ERR(fns[i](&f, AT_FDCWD, "/tmp", O_RDWR), EINVAL);
        ASSERT_ERR(fns[i](&f, AT_FDCWD, "", 0), ENOENT);
    }
    ASSERT_EQ(f.fd, -9);
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, NULL, 0600), EINVAL);
    ASSERT_ERR(fdk_fifo_create(-5, "x", 0600), EBADF);
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, "/tmp/fdkit-never", 010600), EINVAL);
    ASSERT_ERR(fdk_fifo_create(AT_FDCWD, "/tmp/fdkit-never", S_IFIFO | 0600), EINVAL);
}

/* mknod(S_IFIFO) needs no privilege and makes a FIFO fdk_fifo opens. */
static void test_mknod_fifo(void)
{
    struct fdk_tmpdir t;
    struct stat st;
    fdk_fifo f = FDK_HANDLE_INIT;

    fdk_tmpdir_make(&t);
    ASSERT_OK(fdk_chardev_mknod(t.fd, "m", S_IFIFO | 0640, 0));
    ASSERT_EQ(fstatat(t.fd, "m", &st, 0), 0);
    ASSERT_TRUE(S_ISFIFO(st.st_mode));
    ASSERT_EQ(st.st_mode & 07777, 0640);
    ASSERT_OK(fdk_fifo_open_rdwr(&f, t.fd, "m", 0));
    check_fifo_fd(f.fd, O_RDWR, 0);
    close_fifo(&f);
    ASSERT_ERR(fdk_chardev_mknod(t.fd, "m", S_IFIFO | 0600, 0), EEXIST);
    ASSERT_ERR(fdk_chardev_mknod(t.fd, "d", S_IFDIR | 0600, 0), EINVAL);
    ASSERT_ERR(fdk_chardev_mknod(t.fd, "d", S_IFLNK | 0600, 0), EINVAL);
    fdk_tmpdir_remove(&t);
}

int main(void)
{
    alarm(30);
    umask(0);
    RUN(test_create_mode);
    RUN(test_open_write_no_reader);
    RUN(test_read_then_write);
    RUN(test_open_read_waits_for_writer);
    RUN(test_open_read_eintr);
    RUN(test_open_rdwr);
    RUN(test_not_a_fifo);
    RUN(test_invalid_args);
    RUN(test_mknod_fifo);
    return 0;
}
