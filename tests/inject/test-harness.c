/* SPDX-License-Identifier: MIT */
/*
 * The fault-injection harness itself (tests/inject/fdk-inject.h): injected
 * EINTR is handed back by the library's waits, short transfers and EINTR at
 * every step of write_all keep exact progress, fail-after on close really closes, a
 * failed constructor leaves its out-parameter alone, syscall(2) rules filter
 * by number, times = 0 is forever, rules and counters reset, the handwritten
 * variadic wrappers forward their arguments intact, every library call goes
 * through a wrapper, matching is exact under threads, and bad arguments
 * abort.
 */
#include "fdk-test.h"
#include "fdk-inject.h"
#include "fdk-tmpdir.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>

static void make_pipe(int p[2], int flags)
{
    if (pipe2(p, O_CLOEXEC | flags) != 0)
        fdk_test_fail(__FILE__, __LINE__, "pipe2: %s", strerror(errno));
}

static void close_pipe(int p[2])
{
    close(p[0]);
    close(p[1]);
}

/* Everything a non-blocking pipe holds right now (the read side must be O_NONBLOCK). */
static size_t drain(int fd, char *buf, size_t size)
{
    size_t got = 0;
    ssize_t n;

    while (got < size && (n = fdk_fd_read(fd, buf + got, size - got)) > 0)
        got += (size_t)n;
    return got;
}

/* EINTR on the first read: fdk_fd_read hands it back (a read can wait); the next read gets the data. */
static void test_read_returns_eintr(void)
{
    char buf[16];
    int p[2];

    make_pipe(p, 0); /* blocking: an EINTR could not be mistaken for EAGAIN */
    ASSERT_EQ(write(p[1], "hello", 5), 5);
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 1, EINTR);
    ASSERT_ERR(fdk_fd_read(p[0], buf, sizeof(buf)), EINTR);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 5);
    ASSERT_MEM_EQ(buf, "hello", 5);
    ASSERT_EQ(fdk_inject_calls("read"), 2);
    ASSERT_EQ(fdk_inject_fired(), 1);
    fdk_inject_reset();
    close_pipe(p);
}

/* A short rule clamps the byte count of exactly the calls it names. */
static void test_short_read(void)
{
    char buf[16];
    int p[2];

    make_pipe(p, O_NONBLOCK);
    ASSERT_EQ(write(p[1], "abcdef", 6), 6);
    fdk_inject_reset();
    fdk_inject_short("read", 1, 1, 2);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 2);
    ASSERT_MEM_EQ(buf, "ab", 2);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 4); /* the rule covered call 1 only */
    ASSERT_MEM_EQ(buf, "cdef", 4);
    ASSERT_EQ(fdk_inject_fired(), 1);
    /* A call already asking for no more than max is not counted as fired. */
    fdk_inject_reset();
    fdk_inject_short("read", 1, 1, 100);
    ASSERT_EQ(write(p[1], "xyz", 3), 3);
    ASSERT_EQ(fdk_fd_read(p[0], buf, 3), 3);
    ASSERT_EQ(fdk_inject_fired(), 0);
    fdk_inject_reset();
    close_pipe(p);
}

static const char payload[] = "0123456789abcdefghij";
#define MSG_LEN (sizeof(payload) - 1)

/* write_all from done until it is not -EINTR; the bytes written in all, and the EINTRs seen. */
static int write_all_resuming(int fd, size_t *ret_done, int *ret_eintrs)
{
    int r;

    *ret_done = 0;
    *ret_eintrs = 0;
    do {
        size_t step = 999;
        r = fdk_fd_write_all(fd, payload + *ret_done, MSG_LEN - *ret_done, &step);
        *ret_done += step;
        *ret_eintrs += r == -EINTR;
    } while (r == -EINTR);
    return r;
}

/*
 * write_all with every write shortened to 1 byte and EINTR on call k, for
 * every k: -EINTR with exactly k - 1 bytes done, then the rest from there:
 * all bytes arrive in order and ret_done is exact.
 */
static void test_write_all_eintr_every_step(void)
{
    for (unsigned k = 1; k <= MSG_LEN; k++) {
        char back[MSG_LEN + 8];
        size_t done = 999, rest = 999;
        int p[2];

        make_pipe(p, O_NONBLOCK);
        fdk_inject_reset();
        fdk_inject_fail("write", k, 1, EINTR);
        fdk_inject_short("write", 1, 0, 1);
        ASSERT_ERR(fdk_fd_write_all(p[1], payload, MSG_LEN, &done), EINTR);
        ASSERT_EQ_U64(done, k - 1);
        ASSERT_EQ(fdk_fd_write_all(p[1], payload + done, MSG_LEN - done, &rest), 0);
        ASSERT_EQ_U64(done + rest, MSG_LEN);
        ASSERT_EQ(fdk_inject_calls("write"), MSG_LEN + 1);
        /* the EINTR, plus every 1-byte write but the last (which asked for 1 byte) */
        ASSERT_EQ(fdk_inject_fired(), MSG_LEN);
        fdk_inject_reset();
        ASSERT_EQ_U64(drain(p[0], back, sizeof(back)), MSG_LEN);
        ASSERT_MEM_EQ(back, payload, MSG_LEN);
        close_pipe(p);
    }
}

/* A hard error on write k (1-byte writes before it): -EIO, exactly k - 1 bytes done and sent. */
static void test_write_all_error_every_step(void)
{
    for (unsigned k = 1; k <= MSG_LEN; k++) {
        char back[MSG_LEN + 8];
        size_t done = 999;
        int p[2];

        make_pipe(p, O_NONBLOCK);
        fdk_inject_reset();
        fdk_inject_short("write", 1, 0, 1);
        fdk_inject_fail("write", k, 1, EIO);
        ASSERT_ERR(fdk_fd_write_all(p[1], payload, MSG_LEN, &done), EIO);
        ASSERT_EQ_U64(done, k - 1);
        ASSERT_EQ(fdk_inject_calls("write"), k);
        fdk_inject_reset();
        ASSERT_EQ_U64(drain(p[0], back, sizeof(back)), k - 1);
        ASSERT_MEM_EQ(back, payload, k - 1);
        close_pipe(p);
    }
}

/* Injected EAGAIN: write_all returns -EAGAIN with exact progress, and resuming finishes the job. */
static void test_write_all_eagain(void)
{
    char back[MSG_LEN + 8];
    size_t done = 999, more = 999;
    int p[2];

    make_pipe(p, O_NONBLOCK);
    fdk_inject_reset();
    fdk_inject_short("write", 1, 2, 3);
    fdk_inject_fail("write", 3, 1, EAGAIN);
    ASSERT_ERR(fdk_fd_write_all(p[1], payload, MSG_LEN, &done), EAGAIN);
    ASSERT_EQ_U64(done, 6);
    ASSERT_EQ(fdk_inject_calls("write"), 3);
    ASSERT_EQ(fdk_inject_fired(), 3);
    ASSERT_EQ(fdk_fd_write_all(p[1], payload + done, MSG_LEN - done, &more), 0);
    ASSERT_EQ_U64(more, MSG_LEN - 6);
    fdk_inject_reset();
    ASSERT_EQ_U64(drain(p[0], back, sizeof(back)), MSG_LEN);
    ASSERT_MEM_EQ(back, payload, MSG_LEN);
    close_pipe(p);
}

/* Several rules on one function at once: EINTR on calls 1 and 3, 1 byte on call 2. */
static void test_several_rules(void)
{
    char back[MSG_LEN + 8];
    size_t done = 999;
    int p[2], eintrs = 0;

    make_pipe(p, O_NONBLOCK);
    fdk_inject_reset();
    fdk_inject_fail("write", 1, 1, EINTR);
    fdk_inject_short("write", 2, 1, 1);
    fdk_inject_fail("write", 3, 1, EINTR);
    ASSERT_EQ(write_all_resuming(p[1], &done, &eintrs), 0);
    ASSERT_EQ(eintrs, 2);
    ASSERT_EQ_U64(done, MSG_LEN);
    ASSERT_EQ(fdk_inject_calls("write"), 4); /* EINTR, 1 byte, EINTR, the other 19 */
    ASSERT_EQ(fdk_inject_fired(), 3);
    fdk_inject_reset();
    ASSERT_EQ_U64(drain(p[0], back, sizeof(back)), MSG_LEN);
    ASSERT_MEM_EQ(back, payload, MSG_LEN);
    close_pipe(p);
}

/*
 * EINTR after a real close: the eventfd is closed, close ran once (never
 * retried), and fdk_eventfd_close reports success.  Another errno after a
 * real close is reported, and the fd is closed all the same.
 */
static void test_close_fail_after(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    int fd;

    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    fd = ev.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EINTR);
    ASSERT_EQ(fdk_eventfd_close(&ev), 0);
    ASSERT_EQ(ev.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_EQ(fdk_inject_fired(), 1);
    errno = 0;
    ASSERT_EQ(fcntl(fd, F_GETFD), -1);
    ASSERT_EQ(errno, EBADF);

    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    fd = ev.fd;
    fdk_inject_reset();
    fdk_inject_fail_after("close", 1, EIO);
    ASSERT_ERR(fdk_eventfd_close(&ev), EIO);
    ASSERT_EQ(ev.fd, -1);
    ASSERT_EQ(fdk_inject_calls("close"), 1);
    ASSERT_TRUE(!fdk_test_fd_open(fd));
    fdk_inject_reset();
}

/* ENOMEM from eventfd(): -ENOMEM, out untouched, no fd made; the next open works. */
static void test_open_enomem(void)
{
    fdk_eventfd ev = {.fd = 1234};

    fdk_inject_reset();
    fdk_inject_fail("eventfd", 1, 1, ENOMEM);
    ASSERT_ERR(fdk_eventfd_open(&ev, 0, 0), ENOMEM);
    ASSERT_EQ(ev.fd, 1234);
    ASSERT_EQ(fdk_inject_calls("eventfd"), 1);
    ASSERT_EQ(fdk_inject_fired(), 1);
    ev.fd = -1;
    ASSERT_OK(fdk_eventfd_open(&ev, 0, 0));
    ASSERT_TRUE(fdk_test_is_cloexec(ev.fd));
    ASSERT_OK(fdk_eventfd_close(&ev));
    fdk_inject_reset();
}

/* fdk_inject_fail_syscall counts and fails only its own number; "syscall" matches any. */
static void test_fail_syscall(void)
{
    long pid = (long)getpid();

    fdk_inject_reset();
    fdk_inject_fail_syscall(SYS_getpid, 2, 1, EPERM);
    ASSERT_EQ(syscall(SYS_getpid), pid);  /* getpid #1 */
    ASSERT_TRUE(syscall(SYS_gettid) > 0); /* another number: not counted by the rule */
    errno = 0;
    ASSERT_EQ(syscall(SYS_getpid), -1); /* getpid #2 */
    ASSERT_EQ(errno, EPERM);
    ASSERT_EQ(syscall(SYS_getpid), pid); /* getpid #3 */
    ASSERT_EQ(fdk_inject_calls("syscall"), 4);
    ASSERT_EQ(fdk_inject_fired(), 1);

    fdk_inject_reset();
    fdk_inject_fail("syscall", 1, 1, ENOSYS);
    errno = 0;
    ASSERT_EQ(syscall(SYS_gettid), -1);
    ASSERT_EQ(errno, ENOSYS);
    ASSERT_TRUE(syscall(SYS_gettid) > 0);
    ASSERT_EQ(fdk_inject_calls("syscall"), 2);
    fdk_inject_reset();
}

/* syscall(2)'s arguments reach the kernel intact through the wrapper, the sixth included. */
static void test_syscall_forwards_arguments(void)
{
    char buf[8];
    int p[2];

    ASSERT_EQ(syscall(SYS_pipe2, p, O_CLOEXEC | O_NONBLOCK), 0);
    ASSERT_TRUE(fdk_test_is_cloexec(p[0]) && fdk_test_is_nonblock(p[1]));
    ASSERT_EQ(syscall(SYS_write, p[1], "abcdef", (size_t)6), 6);
    ASSERT_EQ(syscall(SYS_read, p[0], buf, sizeof(buf)), 6);
    ASSERT_MEM_EQ(buf, "abcdef", 6);
    close_pipe(p);

#if defined(__x86_64__) || defined(__aarch64__)
    {
        /* mmap's sixth argument (the offset) is the one x86-64 passes on the stack. */
        const long page = sysconf(_SC_PAGESIZE);
        unsigned char *src = malloc((size_t)page * 2);
        int fd = memfd_create("fdk-inject", MFD_CLOEXEC);
        void *map;

        ASSERT_TRUE(src != NULL && fd >= 0);
        for (long i = 0; i < page * 2; i++)
            src[i] = (unsigned char)(i / page + 1);
        ASSERT_OK(fdk_fd_write_all(fd, src, (size_t)page * 2, NULL));
        map = (void *)syscall(SYS_mmap, (void *)0, (size_t)page, (long)PROT_READ, (long)MAP_SHARED,
                              (long)fd, page);
        ASSERT_TRUE(map != MAP_FAILED);
        ASSERT_EQ(((unsigned char *)map)[0], 2);
        ASSERT_EQ(munmap(map, (size_t)page), 0);
        close(fd);
        free(src);
    }
#endif
}

/* times = 0: every call from nth on fails, until reset. */
static void test_forever(void)
{
    char buf[4];
    int p[2];

    make_pipe(p, O_NONBLOCK);
    ASSERT_EQ(write(p[1], "abcdef", 6), 6);
    fdk_inject_reset();
    fdk_inject_fail("read", 2, 0, EIO);
    ASSERT_EQ(fdk_fd_read(p[0], buf, 2), 2);
    for (int i = 0; i < 5; i++)
        ASSERT_ERR(fdk_fd_read(p[0], buf, 2), EIO);
    ASSERT_EQ(fdk_inject_calls("read"), 6);
    ASSERT_EQ(fdk_inject_fired(), 5);
    fdk_inject_reset();
    ASSERT_EQ(fdk_fd_read(p[0], buf, 2), 2);
    ASSERT_MEM_EQ(buf, "cd", 2);
    close_pipe(p);
}

/* reset drops every rule and zeroes every counter. */
static void test_reset(void)
{
    char buf[4];
    int p[2];

    make_pipe(p, O_NONBLOCK);
    fdk_inject_reset();
    ASSERT_EQ(fdk_inject_calls("write"), 0);
    ASSERT_EQ(fdk_inject_calls("syscall"), 0);
    ASSERT_EQ(fdk_inject_fired(), 0);
    fdk_inject_fail("write", 1, 0, EIO);
    fdk_inject_fail_after("read", 1, EIO);
    fdk_inject_fail_syscall(SYS_gettid, 1, 0, EPERM);
    ASSERT_ERR(fdk_fd_write(p[1], "ab", 2), EIO);
    ASSERT_EQ(syscall(SYS_gettid), -1);
    ASSERT_EQ(fdk_inject_calls("write"), 1);
    ASSERT_EQ(fdk_inject_fired(), 2);

    fdk_inject_reset();
    ASSERT_EQ(fdk_inject_calls("write"), 0);
    ASSERT_EQ(fdk_inject_calls("syscall"), 0);
    ASSERT_EQ(fdk_inject_fired(), 0);
    ASSERT_EQ(fdk_fd_write(p[1], "ab", 2), 2);
    ASSERT_EQ(fdk_fd_read(p[0], buf, sizeof(buf)), 2);
    ASSERT_TRUE(syscall(SYS_gettid) > 0);
    ASSERT_EQ(fdk_inject_calls("write"), 1);
    ASSERT_EQ(fdk_inject_calls("read"), 1);
    ASSERT_EQ(fdk_inject_calls("syscall"), 1);
    ASSERT_EQ(fdk_inject_fired(), 0);
    close_pipe(p);
}

/* open/openat pass the mode (O_CREAT, O_TMPFILE), fcntl an int, ioctl a pointer. */
static void test_variadic_forwarding(void)
{
    char dir[64], path[64];
    mode_t old_umask = umask(0);
    struct stat st;
    int dfd, fd, p[2], n = -1, d;

    ASSERT_TRUE(fdk_test_mkdtemp(dir, sizeof dir, "/tmp", "fdk-inject") != NULL);
    dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ASSERT_TRUE(dfd >= 0);
    fdk_test_path(path, sizeof path, dir, "a");

    fdk_inject_reset();
    fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0640);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fstat(fd, &st), 0);
    ASSERT_EQ(st.st_mode & 07777, 0640);
    close(fd);
    fd = openat(dfd, "b", O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0604);
    ASSERT_TRUE(fd >= 0);
    ASSERT_EQ(fstat(fd, &st), 0);
    ASSERT_EQ(st.st_mode & 07777, 0604);
    close(fd);
    /* O_TMPFILE is not supported by every filesystem; check the mode only where it is. */
    fd = openat(dfd, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0611);
    if (fd >= 0) {
        ASSERT_EQ(fstat(fd, &st), 0);
        ASSERT_EQ(st.st_mode & 07777, 0611);
        close(fd);
    }
    ASSERT_EQ(fdk_inject_calls("open"), 1);
    ASSERT_EQ(fdk_inject_calls("openat"), 2);

    /* An injected failure happens instead of the call: no file is created. */
    fdk_inject_fail("openat", 1, 1, EACCES);
    errno = 0;
    ASSERT_EQ(openat(dfd, "c", O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600), -1);
    ASSERT_EQ(errno, EACCES);
    ASSERT_TRUE(faccessat(dfd, "c", F_OK, 0) != 0 && errno == ENOENT);

    make_pipe(p, 0);
    d = fcntl(p[0], F_DUPFD_CLOEXEC, 100);
    ASSERT_TRUE(d >= 100);
    ASSERT_TRUE(fdk_test_is_cloexec(d));
    close(d);
    ASSERT_OK(fdk_fd_set_nonblocking(p[1], 1));
    ASSERT_TRUE(fdk_test_is_nonblock(p[1]));
    ASSERT_EQ(write(p[1], "hello", 5), 5);
    ASSERT_EQ(ioctl(p[0], FIONREAD, &n), 0);
    ASSERT_EQ(n, 5);
    ASSERT_EQ(fdk_inject_calls("ioctl"), 1);

    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1, 1, EIO);
    fdk_inject_fail("ioctl", 1, 1, ENOTTY);
    ASSERT_ERR(fdk_fd_get_nonblocking(p[0]), EIO);
    errno = 0;
    ASSERT_EQ(ioctl(p[0], FIONREAD, &n), -1);
    ASSERT_EQ(errno, ENOTTY);
    ASSERT_EQ(fdk_fd_get_nonblocking(p[0]), 0);
    ASSERT_EQ(fdk_inject_calls("fcntl"), 2);
    ASSERT_EQ(fdk_inject_fired(), 2);
    fdk_inject_reset();

    close_pipe(p);
    ASSERT_EQ(unlinkat(dfd, "a", 0), 0);
    ASSERT_EQ(unlinkat(dfd, "b", 0), 0);
    close(dfd);
    ASSERT_EQ(rmdir(dir), 0);
    umask(old_umask);
}

/*
 * The library's own libc calls go through the wrappers.  This fails if a
 * header redirects a name (fcntl -> fcntl64, read -> __read_chk under
 * _FORTIFY_SOURCE, pread -> pread64 with _FILE_OFFSET_BITS=64) so that the
 * library references a symbol nobody wraps.
 */
static void test_library_calls_are_wrapped(void)
{
    static const char *const fns[] = {
        "eventfd",         "write",         "read",      "close",          "fstat",
        "fcntl",           "readv",         "writev",    "timerfd_create", "timerfd_settime",
        "timerfd_gettime", "epoll_create1", "epoll_ctl", "epoll_wait",     "epoll_pwait",
        "epoll_pwait2",
    };
    fdk_eventfd ev = FDK_HANDLE_INIT;
    fdk_timerfd t = FDK_HANDLE_INIT;
    fdk_epoll ep = FDK_HANDLE_INIT;
    struct itimerspec its = {{0, 0}, {1000, 0}}, cur;
    struct epoll_event events[2];
    struct timespec zero = {0, 0};
    uint64_t v = 0;
    char buf[4] = "ab";
    struct iovec iov = {buf, 2};

    fdk_inject_reset();
    ASSERT_OK(fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK));
    ASSERT_OK(fdk_eventfd_write(ev, 3));
    ASSERT_OK(fdk_eventfd_read(ev, &v));
    ASSERT_EQ_U64(v, 3);
    ASSERT_EQ(fdk_fd_kind(ev.fd), FDK_FD_KIND_EVENTFD);
    ASSERT_EQ(fdk_fd_get_nonblocking(ev.fd), 1);
    ASSERT_OK(fdk_timerfd_open(&t, CLOCK_MONOTONIC, 0));
    ASSERT_OK(fdk_timerfd_set(t, 0, &its, NULL));
    ASSERT_OK(fdk_timerfd_get(t, &cur));
    ASSERT_OK(fdk_epoll_open(&ep, 0));
    ASSERT_OK(fdk_epoll_add(ep, t.fd, FDK_EPOLL_IN, 1));
    ASSERT_EQ(fdk_epoll_wait(ep, events, 2, 0), 0);
    ASSERT_EQ(fdk_epoll_pwait(ep, events, 2, 0, NULL), 0);
    (void)fdk_epoll_pwait2(ep, events, 2, &zero, NULL); /* -ENOSYS before Linux 5.11 */
    ASSERT_OK(fdk_epoll_close(&ep));
    ASSERT_OK(fdk_timerfd_close(&t));
    {
        int p[2];
        make_pipe(p, O_NONBLOCK);
        ASSERT_EQ(fdk_fd_writev(p[1], &iov, 1), 2);
        ASSERT_EQ(fdk_fd_readv(p[0], &iov, 1), 2);
        close_pipe(p);
    }
    ASSERT_OK(fdk_eventfd_close(&ev));

    for (size_t i = 0; i < sizeof(fns) / sizeof(fns[0]); i++)
        if (fdk_inject_calls(fns[i]) == 0)
            fdk_test_fail(__FILE__, __LINE__,
                          "the library called %s() without going through "
                          "__wrap_%s: check `nm -u` of its objects for a redirected name",
                          fns[i], fns[i]);
    fdk_inject_reset();
}

/*
 * Every generated wrapper with a byte count clamps the right argument:
 * pread/pwrite (4th-argument offset after it), splice/tee/sendfile/
 * copy_file_range (count in the 5th, 3rd, 4th, 5th place).
 */
static void test_short_every_len_function(void)
{
    char buf[16] = {0};
    int p[2], q[2], fd, fd2;
    loff_t off_in = 0, off_out = 0;
    off_t off = 0;
    ssize_t n;

    fd = memfd_create("fdk-inject-a", MFD_CLOEXEC);
    fd2 = memfd_create("fdk-inject-b", MFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0 && fd2 >= 0);
    make_pipe(p, O_NONBLOCK);
    make_pipe(q, O_NONBLOCK);

    fdk_inject_reset();
    fdk_inject_short("pwrite", 1, 1, 3);
    ASSERT_EQ(pwrite(fd, "abcdefgh", 8, 0), 3);
    ASSERT_EQ(pwrite(fd, "defgh", 5, 3), 5);
    fdk_inject_short("pread", 1, 1, 2);
    ASSERT_EQ(pread(fd, buf, 8, 1), 2);
    ASSERT_MEM_EQ(buf, "bc", 2);
    ASSERT_EQ(fdk_inject_fired(), 2);

    fdk_inject_short("sendfile", 1, 1, 3);
    ASSERT_EQ(sendfile(p[1], fd, &off, 8), 3);
    ASSERT_EQ(off, 3);
    fdk_inject_short("splice", 1, 1, 2);
    ASSERT_EQ(splice(p[0], NULL, q[1], NULL, 8, 0), 2);
    fdk_inject_short("tee", 1, 1, 1);
    ASSERT_EQ(tee(q[0], p[1], 8, 0), 1);
    ASSERT_EQ(fdk_inject_fired(), 5);

    fdk_inject_short("copy_file_range", 1, 1, 4);
    n = copy_file_range(fd, &off_in, fd2, &off_out, 8, 0);
    if (n < 0) /* not every kernel copies between tmpfs files */
        ASSERT_TRUE(errno == EXDEV || errno == EOPNOTSUPP || errno == ENOSYS || errno == EINVAL);
    else
        ASSERT_EQ(n, 4);
    ASSERT_EQ(fdk_inject_calls("copy_file_range"), 1);

    ASSERT_EQ(fdk_inject_calls("pwrite"), 2);
    ASSERT_EQ(fdk_inject_calls("pread"), 1);
    ASSERT_EQ(fdk_inject_calls("sendfile"), 1);
    ASSERT_EQ(fdk_inject_calls("splice"), 1);
    ASSERT_EQ(fdk_inject_calls("tee"), 1);
    fdk_inject_reset();
    close(fd);
    close(fd2);
    close_pipe(p);
    close_pipe(q);
}

#define THREADS    4
#define PER_THREAD 2000

struct hammer {
    int fd;
    int failures;
};

static void *hammer_thread(void *arg)
{
    struct hammer *h = arg;
    for (int i = 0; i < PER_THREAD; i++)
        if (fcntl(h->fd, F_GETFD) < 0)
            h->failures++;
    return NULL;
}

/* Under concurrent calls every call gets one number: a 25-call rule fails exactly 25. */
static void test_threads(void)
{
    struct hammer h[THREADS];
    pthread_t th[THREADS];
    int p[2], total = 0;

    make_pipe(p, 0);
    fdk_inject_reset();
    fdk_inject_fail("fcntl", 1000, 25, EIO);
    for (int i = 0; i < THREADS; i++) {
        h[i].fd = p[0];
        h[i].failures = 0;
        ASSERT_EQ(pthread_create(&th[i], NULL, hammer_thread, &h[i]), 0);
    }
    for (int i = 0; i < THREADS; i++) {
        ASSERT_EQ(pthread_join(th[i], NULL), 0);
        total += h[i].failures;
    }
    ASSERT_EQ(total, 25);
    ASSERT_EQ(fdk_inject_calls("fcntl"), THREADS * PER_THREAD);
    ASSERT_EQ(fdk_inject_fired(), 25);
    fdk_inject_reset();
    close_pipe(p);
}

static int handler_fd = -1;
static volatile sig_atomic_t handled;

/* The self-pipe pattern: a wrapped write from a signal handler. */
static void on_alarm(int sig)
{
    int saved = errno;
    ssize_t n = write(handler_fd, "x", 1);

    (void)sig;
    (void)n;
    handled++;
    errno = saved;
}

/*
 * Signal handlers may make wrapped calls while rules are armed: a timer
 * interrupts a loop of wrapped calls hundreds of times, often inside the
 * engine's critical section, and every handler's write is counted.  (If the
 * engine ran its lock with signals open, a handler landing there would wait
 * forever for its own thread's lock and ctest's timeout would fail this.)
 */
static void test_signal_handler_calls(void)
{
    struct itimerval fast = {{0, 200}, {0, 200}}, off = {{0, 0}, {0, 0}}, watchdog;
    struct sigaction sa, old;
    char back[512];
    int p[2];

    make_pipe(p, O_NONBLOCK);
    handler_fd = p[1];
    handled = 0;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGALRM, &sa, &old), 0);

    fdk_inject_reset();
    /* Armed but far away: every call takes the engine's slow path, none fails. */
    fdk_inject_fail("fcntl", 1000000000u, 1, EIO);
    fdk_inject_fail("write", 1000000000u, 1, EIO);
    /* ITIMER_REAL is also main()'s alarm() watchdog: save it and put it back. */
    ASSERT_EQ(setitimer(ITIMER_REAL, &fast, &watchdog), 0);
    while (handled < 300)
        ASSERT_TRUE(fcntl(p[0], F_GETFD) >= 0);
    ASSERT_EQ(setitimer(ITIMER_REAL, &off, NULL), 0);
    ASSERT_EQ(sigaction(SIGALRM, &old, NULL), 0);
    ASSERT_EQ(setitimer(ITIMER_REAL, &watchdog, NULL), 0);

    ASSERT_EQ(fdk_inject_calls("write"), handled);
    ASSERT_EQ(fdk_inject_fired(), 0);
    fdk_inject_reset();
    ASSERT_EQ_U64(drain(p[0], back, sizeof(back)), (size_t)handled);
    close_pipe(p);
}

enum misuse {
    MISUSE_UNKNOWN_FN,
    MISUSE_NULL_FN,
    MISUSE_NTH_ZERO,
    MISUSE_ERR_ZERO,
    MISUSE_SHORT_NOLEN,
    MISUSE_SHORT_READV,
    MISUSE_TABLE_FULL,
    MISUSE_CALLS_UNKNOWN,
    MISUSE_NEGATIVE_NR,
    MISUSE__COUNT
};

static void misuse(enum misuse m)
{
    switch (m) {
    case MISUSE_UNKNOWN_FN:
        fdk_inject_fail("no_such_function", 1, 1, EIO);
        break;
    case MISUSE_NULL_FN:
        fdk_inject_fail(NULL, 1, 1, EIO);
        break;
    case MISUSE_NTH_ZERO:
        fdk_inject_fail("read", 0, 1, EIO);
        break;
    case MISUSE_ERR_ZERO:
        fdk_inject_fail_after("close", 1, 0);
        break;
    case MISUSE_SHORT_NOLEN:
        fdk_inject_short("close", 1, 1, 1);
        break;
    case MISUSE_SHORT_READV:
        fdk_inject_short("readv", 1, 1, 1);
        break;
    case MISUSE_TABLE_FULL:
        for (int i = 0; i <= FDK_INJECT_MAX_RULES; i++)
            fdk_inject_fail("read", 1000, 1, EIO);
        break;
    case MISUSE_CALLS_UNKNOWN:
        (void)fdk_inject_calls("no_such_function");
        break;
    case MISUSE_NEGATIVE_NR:
        fdk_inject_fail_syscall(-1, 1, 1, EIO);
        break;
    case MISUSE__COUNT:
        break;
    }
}

/* Misuse is a test bug: the process aborts, saying what was wrong. */
static void test_misuse_aborts(void)
{
    for (int m = 0; m < MISUSE__COUNT; m++) {
        char msg[512];
        size_t got = 0;
        ssize_t n;
        int p[2], status;
        pid_t pid;

        make_pipe(p, 0);
        fflush(NULL);
        pid = fork();
        ASSERT_TRUE(pid >= 0);
        if (pid == 0) {
            dup2(p[1], STDERR_FILENO);
            fdk_inject_reset();
            misuse((enum misuse)m);
            _exit(0); /* not reached when the harness does its job */
        }
        close(p[1]);
        while (got < sizeof(msg) - 1 && (n = read(p[0], msg + got, sizeof(msg) - 1 - got)) > 0)
            got += (size_t)n;
        msg[got] = '\0';
        close(p[0]);
        ASSERT_EQ(waitpid(pid, &status, 0), pid);
        if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGABRT)
            fdk_test_fail(__FILE__, __LINE__, "misuse %d: child status 0x%x, expected SIGABRT", m,
                          (unsigned)status);
        if (strncmp(msg, "fdk_inject: ", 12) != 0)
            fdk_test_fail(__FILE__, __LINE__, "misuse %d: message \"%s\"", m, msg);
    }
}

int main(void)
{
    alarm(45);
    RUN(test_read_returns_eintr);
    RUN(test_short_read);
    RUN(test_write_all_eintr_every_step);
    RUN(test_write_all_error_every_step);
    RUN(test_write_all_eagain);
    RUN(test_several_rules);
    RUN(test_close_fail_after);
    RUN(test_open_enomem);
    RUN(test_fail_syscall);
    RUN(test_syscall_forwards_arguments);
    RUN(test_forever);
    RUN(test_reset);
    RUN(test_variadic_forwarding);
    RUN(test_library_calls_are_wrapped);
    RUN(test_short_every_len_function);
    RUN(test_threads);
    RUN(test_signal_handler_calls);
    RUN(test_misuse_aborts);
    return 0;
}
