/* SPDX-License-Identifier: MIT */
/*
 * fdk_fdinfo_read() on a pidfd (kernel fs/pidfs: "Pid:" and "NSpid:" lines;
 * proc_pid_fdinfo(5)/the header: -1 once the process has exited): a live
 * child's pid with one NSpid entry equal to it; after the child is reaped pid
 * is -1; a child in a new pid namespace (unshare(CLONE_NEWPID), skipped where
 * refused) has two NSpid entries, outermost first ({pid, 1}), and one two
 * namespaces down three ({pid, x, 1}); HAVE_PID and no other kind bit; every
 * line decoded.
 */
#include "ind-test.h"

#include <sched.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

static int pidfd_open_raw(pid_t pid)
{
    return (int)syscall(SYS_pidfd_open, pid, 0);
}

/* A child that waits until its stdin-pipe closes; returns its pid, *wfd the pipe. */
static pid_t spawn_waiter(int *wfd)
{
    int p[2];
    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    pid_t c = fork();
    ASSERT_TRUE(c >= 0);
    if (c == 0) {
        char b;
        close(p[1]);
        while (read(p[0], &b, 1) < 0 && errno == EINTR) {
        }
        _exit(0);
    }
    close(p[0]);
    *wfd = p[1];
    return c;
}

static void test_live_then_reaped(void)
{
    int w;
    pid_t c = spawn_waiter(&w);
    int pfd = pidfd_open_raw(c);
    if (pfd < 0) {
        close(w);
        fit_wait(c);
        fdk_test_skip("pidfd_open: %s", strerror(errno));
    }
    struct fdk_fdinfo fi;
    fit_read(0, pfd, &fi);
    if (!(fi.have & FDK_FDINFO_HAVE_PID)) {
        fit_dump(pfd);
        fdk_test_fail(__FILE__, __LINE__, "HAVE_PID not set (have %#x)", fi.have);
    }
    ASSERT_EQ(fi.have & FIT_HAVE_KIND_BITS, FDK_FDINFO_HAVE_PID);
    ASSERT_EQ(fi.pid, c);
    ASSERT_EQ(fi.nspid_count, 1);
    ASSERT_EQ(fi.nspid[0], c);
    ASSERT_TRUE(fi.flags & O_CLOEXEC);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);

    /* exited, not yet reaped: whatever the kernel's line says */
    close(w);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    ASSERT_EQ(waitid(P_PID, (id_t)c, &si, WEXITED | WNOWAIT), 0);
    static char raw[4096];
    fit_read(0, pfd, &fi);
    ASSERT_TRUE(fit_raw(0, pfd, raw, sizeof raw) > 0);
    const char *pl = strstr(raw, "Pid:");
    ASSERT_TRUE(pl != NULL);
    ASSERT_EQ(fi.pid, atoi(pl + 4));
    printf("# zombie: Pid %d\n", fi.pid);
    fdk_fdinfo_free(&fi);

    /* reaped: -1 */
    ASSERT_EQ(fit_wait(c), 0);
    fit_read(0, pfd, &fi);
    if (fi.pid != -1 || !(fi.have & FDK_FDINFO_HAVE_PID)) {
        fit_dump(pfd);
        fdk_test_fail(__FILE__, __LINE__, "reaped child: pid %d (have %#x), expected -1",
                      fi.pid, fi.have);
    }
    /* NSpid says -1 too: if it is kept, it is -1 */
    ASSERT_TRUE(fi.nspid_count >= 0 && fi.nspid_count <= 1);
    if (fi.nspid_count == 1)
        ASSERT_EQ(fi.nspid[0], -1);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);
    close(pfd);
}

/* /proc/<pid>/task/<pid>/children: the first child's pid, or -1. */
static pid_t first_child(pid_t pid)
{
    char path[96], b[64];
    snprintf(path, sizeof path, "/proc/%d/task/%d/children", (int)pid, (int)pid);
    for (int tries = 0; tries < 200; tries++) {
        int f = open(path, O_RDONLY | O_CLOEXEC);
        if (f < 0)
            return -1;
        ssize_t n = read(f, b, sizeof b - 1);
        close(f);
        if (n > 0) {
            b[n] = 0;
            return (pid_t)atoi(b);
        }
        fit_sleep_ms(5);
    }
    return -1;
}

/* In a helper (so the test's own later children stay in its namespace):
 * unshare(CLONE_NEWPID), fork a child (pid 1 there), check its pidfd.
 * depth 2: that child unshares again and forks a grandchild. */
static int nested_helper(int depth)
{
    if (unshare(CLONE_NEWPID) != 0)
        return 77;
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0)
        return 2;
    pid_t g = fork();
    if (g < 0)
        return 3;
    if (g == 0) {
        char b;
        close(p[1]);
        if (depth == 2) {
            if (unshare(CLONE_NEWPID) != 0)
                _exit(77);
            pid_t gg = fork();
            if (gg == 0) {
                while (read(p[0], &b, 1) < 0 && errno == EINTR) {
                }
                _exit(0);
            }
            if (gg < 0)
                _exit(4);
            int st;
            waitpid(gg, &st, 0);
            _exit(0);
        }
        while (read(p[0], &b, 1) < 0 && errno == EINTR) {
        }
        _exit(0);
    }
    close(p[0]);
    pid_t target = g;
    if (depth == 2) {
        target = first_child(g);
        if (target <= 0) {
            close(p[1]);
            fit_wait(g);
            return 77;
        }
    }
    int pfd = pidfd_open_raw(target);
    if (pfd < 0) {
        close(p[1]);
        fit_wait(g);
        return 77;
    }
    struct fdk_fdinfo fi;
    fit_read(0, pfd, &fi);
    int ok = (fi.have & FDK_FDINFO_HAVE_PID) && fi.pid == target &&
             fi.nspid_count == depth + 1 && fi.nspid[0] == target &&
             fi.nspid[depth] == 1;
    if (depth == 2)
        ok = ok && fi.nspid[1] > 1;
    if (!ok) {
        fit_dump(pfd);
        fprintf(stderr, "depth %d: pid %d nspid_count %d nspid {%d, %d, %d}, target %d\n",
                depth, fi.pid, fi.nspid_count, fi.nspid[0], fi.nspid[1], fi.nspid[2],
                (int)target);
    }
    fdk_fdinfo_free(&fi);
    close(pfd);
    close(p[1]);
    int st = fit_wait(g);
    if (st == 77)
        return 77;
    return ok ? 0 : 1;
}

static void run_nested(int depth)
{
    pid_t h = fork();
    ASSERT_TRUE(h >= 0);
    if (h == 0)
        _exit(nested_helper(depth));
    int st = fit_wait(h);
    if (st == 77) {
        printf("# CLONE_NEWPID not available: depth %d not run\n", depth);
        if (depth == 1)
            fdk_test_skip("unshare(CLONE_NEWPID) refused");
        return;
    }
    if (st != 0)
        fdk_test_fail(__FILE__, __LINE__, "nested pid namespace depth %d: helper status %d",
                      depth, st);
}

static void test_nested_namespaces(void)
{
    run_nested(1);
    run_nested(2);
}

static void test_parse(void)
{
    static const char t[] = "pos:\t0\nflags:\t02000002\nmnt_id:\t15\nino:\t1234\n"
                            "Pid:\t4321\nNSpid:\t4321\t17\t1\n";
    struct fdk_fdinfo fi;
    ASSERT_OK(fdk_fdinfo_parse(t, sizeof t - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_PID);
    ASSERT_EQ(fi.pid, 4321);
    ASSERT_EQ(fi.nspid_count, 3);
    ASSERT_EQ(fi.nspid[0], 4321);
    ASSERT_EQ(fi.nspid[1], 17);
    ASSERT_EQ(fi.nspid[2], 1);
    fit_no_other(&fi);
    fdk_fdinfo_free(&fi);

    /* more levels than nspid holds: never more than 4, outermost first */
    static const char deep[] = "pos:\t0\nflags:\t02\nPid:\t60\nNSpid:\t60\t50\t40\t30\t20\t1\n";
    ASSERT_OK(fdk_fdinfo_parse(deep, sizeof deep - 1, &fi));
    ASSERT_EQ(fi.pid, 60);
    ASSERT_TRUE(fi.nspid_count <= 4);
    if (fi.nspid_count > 0)
        ASSERT_EQ(fi.nspid[0], 60);
    fdk_fdinfo_free(&fi);

    /* an exited process */
    static const char gone[] = "pos:\t0\nflags:\t02\nPid:\t-1\nNSpid:\t-1\n";
    ASSERT_OK(fdk_fdinfo_parse(gone, sizeof gone - 1, &fi));
    ASSERT_TRUE(fi.have & FDK_FDINFO_HAVE_PID);
    ASSERT_EQ(fi.pid, -1);
    fdk_fdinfo_free(&fi);
}

int main(void)
{
    fit_init();
    RUN(test_parse);
    int probe = pidfd_open_raw(getpid());
    if (probe < 0)
        fdk_test_skip("pidfd_open: %s", strerror(errno));
    close(probe);
    RUN(test_live_then_reaped);
    RUN(test_nested_namespaces);
    return 0;
}
