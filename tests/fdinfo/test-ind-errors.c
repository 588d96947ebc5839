/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read() errors and whose table it reads (header): a closed fd and
 * a huge fd are -ENOENT, a negative fd -EBADF, a negative pid or NULL out
 * -EINVAL, a pid that cannot exist (pid_max) and a reaped child's pid -ENOENT,
 * a zombie's fd -ENOENT; another (root) process's fd read as uid 65534 is
 * -EACCES (ptrace read access is needed), its own fd still readable; a
 * child's fd read by pid gives the child's state, and -ENOENT once the child
 * closed it; pid 0 is the calling thread's table (a thread with its own table
 * after unshare(CLONE_FILES) sees its fd, the main thread does not, nor does
 * /proc/<pid>); *out is untouched and no descriptor is left on every failure;
 * EINTR from the library's open/read is retried, 7-byte short reads still
 * give the whole text, and an injected read error fails cleanly.
 */
#include "ind-test.h"
#include "fdk-inject.h"

#include <pthread.h>
#include <sched.h>
#include <sys/eventfd.h>

#define refused(pid, fd, out, err) refused_at(__LINE__, (pid), (fd), (out), (err))
static void refused_at(int line, pid_t pid, int fd, int use_out, int err)
{
    struct fdk_fdinfo fi, copy;
    memset(&fi, 0xa5, sizeof fi);
    copy = fi;
    int before = fdk_test_count_fds();
    int r = fdk_fdinfo_read(pid, fd, use_out ? &fi : NULL);
    int after = fdk_test_count_fds();
    if (r != -err)
        fdk_test_fail(__FILE__, line, "fdk_fdinfo_read(%d, %d) = %d (%s), expected -%s",
                      (int)pid, fd, r, r < 0 ? fdk_errno_name(r) : "success",
                      fdk_errno_name(-err));
    if (memcmp(&fi, &copy, sizeof fi) != 0)
        fdk_test_fail(__FILE__, line, "*out written on failure");
    if (after != before)
        fdk_test_fail(__FILE__, line, "%d fd(s) leaked", after - before);
}

static void test_bad_arguments(void)
{
    int fd = eventfd(0, EFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    close(fd);
    refused(0, fd, 1, ENOENT);
    refused(getpid(), fd, 1, ENOENT);
    refused(0, 1 << 30, 1, ENOENT);
    refused(0, INT_MAX, 1, ENOENT);
    refused(0, -1, 1, EBADF);
    refused(0, INT_MIN, 1, EBADF);
    refused(-1, 0, 1, EINVAL);
    refused(INT_MIN, 0, 1, EINVAL);
    refused(0, 0, 0, EINVAL);
    /* NULL out wins over a good fd; a bad fd and a bad pid are both refused */
    int ok = open("/dev/null", O_RDONLY | O_CLOEXEC);
    refused(0, ok, 0, EINVAL);
    struct fdk_fdinfo fi;
    int r = fdk_fdinfo_read(-1, -1, &fi);
    ASSERT_TRUE(r == -EINVAL || r == -EBADF);
    close(ok);
}

static void test_no_such_process(void)
{
    FILE *f = fopen("/proc/sys/kernel/pid_max", "re");
    long pm = 4194304;
    if (f) {
        if (fscanf(f, "%ld", &pm) != 1)
            pm = 4194304;
        fclose(f);
    }
    /* pids are below pid_max */
    refused((pid_t)pm, 0, 1, ENOENT);
    refused(INT_MAX, 0, 1, ENOENT);

    /* a reaped child */
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0)
        _exit(0);
    ASSERT_EQ(fit_wait(c), 0);
    char p[64];
    snprintf(p, sizeof p, "/proc/%d", (int)c);
    if (access(p, F_OK) != 0) /* not reused meanwhile */
        refused(c, 0, 1, ENOENT);

    /* a zombie has no descriptors */
    c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0)
        _exit(0);
    siginfo_t si;
    ASSERT_EQ(waitid(P_PID, (id_t)c, &si, WEXITED | WNOWAIT), 0);
    refused(c, 0, 1, ENOENT);
    ASSERT_EQ(fit_wait(c), 0);
}

static void test_child_by_pid(void)
{
    int go[2], ready[2];
    ASSERT_EQ(pipe2(go, O_CLOEXEC), 0);
    ASSERT_EQ(pipe2(ready, O_CLOEXEC), 0);
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        close(go[1]);
        close(ready[0]);
        int e = eventfd(0, EFD_CLOEXEC | EFD_SEMAPHORE);
        uint64_t v = 0x77;
        if (e < 0 || write(e, &v, 8) != 8)
            _exit(2);
        if (write(ready[1], &e, sizeof e) != (ssize_t)sizeof e)
            _exit(3);
        char b;
        /* first byte: close e and say so; then wait for EOF */
        if (read(go[0], &b, 1) != 1)
            _exit(4);
        close(e);
        if (write(ready[1], &e, sizeof e) != (ssize_t)sizeof e)
            _exit(5);
        while (read(go[0], &b, 1) > 0) {
        }
        _exit(0);
    }
    close(go[0]);
    close(ready[1]);
    int e;
    ASSERT_EQ(read(ready[0], &e, sizeof e), (ssize_t)sizeof e);
    struct fdk_fdinfo fi;
    fit_read(c, e, &fi);
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_EVENTFD);
    ASSERT_EQ_U64(fi.eventfd_count, 0x77);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    fdk_fdinfo_free(&fi);
    ASSERT_EQ(write(go[1], "x", 1), 1);
    ASSERT_EQ(read(ready[0], &e, sizeof e), (ssize_t)sizeof e);
    refused(c, e, 1, ENOENT);
    close(go[1]);
    close(ready[0]);
    ASSERT_EQ(fit_wait(c), 0);
}

static void test_unprivileged(void)
{
    if (geteuid() != 0) {
        printf("# not root: another user's process not tested\n");
        return;
    }
    int e = eventfd(5, EFD_CLOEXEC);
    ASSERT_TRUE(e >= 0);
    pid_t parent = getpid();
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        fit_drop_privs();
        /* root's descriptor: refused */
        struct fdk_fdinfo fi, copy;
        memset(&fi, 0xa5, sizeof fi);
        copy = fi;
        int r = fdk_fdinfo_read(parent, e, &fi);
        if (r == -ENOENT)
            _exit(20);
        if (r != -EACCES) {
            fprintf(stderr, "fdk_fdinfo_read(root's pid, %d) as 65534 = %d (%s)\n", e, r,
                    r < 0 ? fdk_errno_name(r) : "success");
            _exit(21);
        }
        if (memcmp(&fi, &copy, sizeof fi) != 0)
            _exit(22);
        /* its own (inherited) copy: readable */
        if (fdk_fdinfo_read(0, e, &fi) != 0 || fi.eventfd_count != 5)
            _exit(23);
        fdk_fdinfo_free(&fi);
        if (fdk_fdinfo_read(getpid(), e, &fi) != 0)
            _exit(24);
        fdk_fdinfo_free(&fi);
        _exit(0);
    }
    int st = fit_wait(c);
    close(e);
    if (st == 90)
        fdk_test_skip("cannot drop to uid 65534");
    if (st == 20)
        fdk_test_fail(__FILE__, __LINE__,
                      "another user's fd: -ENOENT, the header documents -EACCES");
    ASSERT_EQ(st, 0);
}

struct thr {
    int fd;         /* the fd number in the thread's private table */
    int own;        /* fdk_fdinfo_read(0, fd) in the thread */
    int by_pid;     /* fdk_fdinfo_read(getpid(), fd) in the thread */
    uint64_t count; /* the eventfd counter it saw */
    int registrations;
};

static void *thread_main(void *arg)
{
    struct thr *t = arg;
    if (unshare(CLONE_FILES) != 0) {
        t->own = 77;
        return NULL;
    }
    int e = eventfd(0x99, EFD_CLOEXEC);
    int hi = 900;
    if (e < 0 || dup3(e, hi, O_CLOEXEC) != hi) {
        t->own = 78;
        return NULL;
    }
    close(e);
    t->fd = hi;
    struct fdk_fdinfo fi;
    t->own = fdk_fdinfo_read(0, hi, &fi);
    if (t->own == 0) {
        t->count = fi.eventfd_count;
        fdk_fdinfo_free(&fi);
    }
    t->by_pid = fdk_fdinfo_read(getpid(), hi, &fi);
    if (t->by_pid == 0)
        fdk_fdinfo_free(&fi);
    close(hi);
    return NULL;
}

static void test_thread_self(void)
{
    if (fcntl(900, F_GETFD) >= 0)
        fdk_test_skip("fd 900 is open");
    struct thr t = {.fd = -1};
    pthread_t th;
    ASSERT_EQ(pthread_create(&th, NULL, thread_main, &t), 0);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    if (t.own == 77 || t.own == 78) {
        printf("# unshare(CLONE_FILES)/dup3 in a thread failed: not run\n");
        return;
    }
    if (t.own != 0)
        fdk_test_fail(__FILE__, __LINE__, "thread: fdk_fdinfo_read(0, 900) = %d (%s)", t.own,
                      fdk_errno_name(t.own));
    ASSERT_EQ_U64(t.count, 0x99);
    /* /proc/<pid> is the main thread's table: no fd 900 there */
    ASSERT_EQ(t.by_pid, -ENOENT);
    refused(0, 900, 1, ENOENT);
}

static void test_inject(void)
{
    static char raw[4096];
    int fd = eventfd(0x31, EFD_CLOEXEC);
    ASSERT_TRUE(fd >= 0);
    ssize_t n = fit_raw(0, fd, raw, sizeof raw);
    ASSERT_TRUE(n > 0);
    struct fdk_fdinfo fi;
    int before = fdk_test_count_fds();

    /* EINTR from the first open and the first read is retried */
    fdk_inject_reset();
    fdk_inject_fail("open", 1, 1, EINTR);
    fdk_inject_fail("openat", 1, 1, EINTR);
    fdk_inject_fail("read", 1, 1, EINTR);
    fdk_inject_fail("pread", 1, 1, EINTR);
    memset(&fi, 0, sizeof fi);
    int r = fdk_fdinfo_read(0, fd, &fi);
    int fired = fdk_inject_fired();
    fdk_inject_reset();
    if (r != 0)
        fdk_test_fail(__FILE__, __LINE__, "with EINTR injected (%d fired): %d (%s)", fired, r,
                      fdk_errno_name(r));
    ASSERT_TRUE(fired >= 1);
    ASSERT_EQ_U64(fi.eventfd_count, 0x31);
    ASSERT_EQ(fi.text_len, (size_t)n);
    fdk_fdinfo_free(&fi);
    ASSERT_EQ(fdk_test_count_fds(), before);

    /* short reads: 7 bytes at a time, the whole text still */
    fdk_inject_reset();
    fdk_inject_short("read", 1, 0, 7);
    fdk_inject_short("pread", 1, 0, 7);
    memset(&fi, 0, sizeof fi);
    r = fdk_fdinfo_read(0, fd, &fi);
    fired = fdk_inject_fired();
    fdk_inject_reset();
    ASSERT_EQ(r, 0);
    if (fired == 0)
        printf("# no read/pread call clamped (the library reads another way)\n");
    ASSERT_EQ(fi.text_len, (size_t)n);
    ASSERT_MEM_EQ(fi.text, raw, (size_t)n);
    ASSERT_EQ_U64(fi.eventfd_count, 0x31);
    fdk_fdinfo_free(&fi);

    /* a read error: a negative errno, *out untouched, nothing left open */
    struct fdk_fdinfo copy;
    memset(&fi, 0xa5, sizeof fi);
    copy = fi;
    fdk_inject_reset();
    fdk_inject_fail("read", 1, 0, EIO);
    fdk_inject_fail("pread", 1, 0, EIO);
    r = fdk_fdinfo_read(0, fd, &fi);
    fired = fdk_inject_fired();
    fdk_inject_reset();
    if (fired > 0) {
        ASSERT_TRUE(r < 0);
        ASSERT_MEM_EQ(&fi, &copy, sizeof fi);
    }
    ASSERT_EQ(fdk_test_count_fds(), before);

    /* the open failing with EMFILE: an error, nothing open */
    fdk_inject_reset();
    fdk_inject_fail("open", 1, 0, EMFILE);
    fdk_inject_fail("openat", 1, 0, EMFILE);
    r = fdk_fdinfo_read(0, fd, &fi);
    fired = fdk_inject_fired();
    fdk_inject_reset();
    if (fired > 0) {
        ASSERT_TRUE(r < 0);
        ASSERT_MEM_EQ(&fi, &copy, sizeof fi);
    }
    ASSERT_EQ(fdk_test_count_fds(), before);
    close(fd);
}

/* Many reads, parses and walks: no descriptor left behind. */
static void test_no_fd_leak(void)
{
    int before = fdk_test_count_fds();
    int fd = eventfd(1, EFD_CLOEXEC);
    for (int i = 0; i < 2000; i++) {
        struct fdk_fdinfo fi;
        ASSERT_OK(fdk_fdinfo_read(0, fd, &fi));
        fit_entries(&fi, NULL);
        fdk_fdinfo_free(&fi);
        fdk_fdinfo_read(0, 1 << 29, &fi);
        fdk_fdinfo_read(-5, fd, &fi);
        fdk_fdinfo_read(INT_MAX, fd, &fi);
    }
    close(fd);
    ASSERT_EQ(fdk_test_count_fds(), before);
}

int main(void)
{
    fit_init();
    RUN(test_bad_arguments);
    RUN(test_no_such_process);
    RUN(test_child_by_pid);
    RUN(test_thread_self);
    RUN(test_inject);
    RUN(test_no_fd_leak);
    RUN(test_unprivileged);
    return 0;
}
