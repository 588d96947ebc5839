/* SPDX-License-Identifier: MIT */
/*
 * No SIGPIPE deaths: every loop that writes to a pipe or socket
 * (fdk_fd_write_all, fdk_fd_writev_all, fdk_sendfile_all, fdk_splice_all,
 * fdk_copy_all by each of its methods) into one whose reader has gone
 * returns -EPIPE in a process whose SIGPIPE is at its default disposition
 * and unblocked - each try runs in a child, so a death is seen as one - and
 * leaves no SIGPIPE pending and the signal mask as it was.  A caller that
 * blocks SIGPIPE itself keeps it blocked and finds the kernel's SIGPIPE
 * pending afterwards, as with the system call; one sent from elsewhere
 * while the call runs is delivered, not swallowed.
 */
#include "fdk-test.h"
#include "fdk-inject.h"

#include <fdkit/copy.h>
#include <fdkit/fd.h>
#include <fdkit/sendfile.h>
#include <fdkit/splice.h>

#include <pthread.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>

enum dest { TO_PIPE, TO_SOCKET };
enum call { WRITE_ALL, WRITEV_ALL, SENDFILE_ALL, SPLICE_ALL, COPY_SENDFILE, COPY_SPLICE, COPY_RW, NCALLS };

static const char *const call_names[NCALLS] = {
    "fdk_fd_write_all", "fdk_fd_writev_all", "fdk_sendfile_all", "fdk_splice_all",
    "fdk_copy_all (sendfile)", "fdk_copy_all (splice)", "fdk_copy_all (read/write)",
};

/* A memfd holding 64 KiB: the source for the file-reading calls. */
static int source_file(void)
{
    static char block[65536];
    int fd = memfd_create("sigpipe-src", MFD_CLOEXEC);

    ASSERT_TRUE(fd >= 0);
    memset(block, 'p', sizeof block);
    ASSERT_EQ(write(fd, block, sizeof block), (ssize_t)sizeof block);
    return fd;
}

/* The write end of a pipe or a stream socket whose reader is already gone. */
static int dead_end(enum dest d)
{
    int p[2];

    if (d == TO_PIPE)
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    else
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, p), 0);
    ASSERT_EQ(close(p[0]), 0);
    return p[1];
}

/* Run call c into out; its result. */
static int run_call(enum call c, int out)
{
    static char buf[65536];
    int src = -1, r, p[2] = {-1, -1};
    int64_t off = 0;
    size_t done = 99;
    struct iovec iov[2] = {{buf, 100}, {buf + 100, sizeof buf - 100}};

    switch (c) {
    case WRITE_ALL:
        r = fdk_fd_write_all(out, buf, sizeof buf, &done);
        break;
    case WRITEV_ALL:
        r = fdk_fd_writev_all(out, iov, 2, &done);
        break;
    case SENDFILE_ALL:
        src = source_file();
        r = fdk_sendfile_all(src, &off, out, 65536, NULL, &done);
        break;
    case SPLICE_ALL:
        /* from a full pipe into the dead end (one side must be a pipe) */
        ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
        ASSERT_EQ(write(p[1], buf, 4096), 4096);
        r = fdk_splice_all(p[0], NULL, out, NULL, 4096, 0, NULL, &done);
        break;
    case COPY_SENDFILE:
        src = source_file();
        r = fdk_copy_all(src, &off, out, NULL, 65536, NULL, &done);
        break;
    case COPY_SPLICE:
        src = source_file();
        fdk_inject_reset();
        fdk_inject_fail("sendfile", 1, 0, EINVAL);
        r = fdk_copy_all(src, &off, out, NULL, 65536, NULL, &done);
        fdk_inject_reset();
        break;
    default: /* COPY_RW */
        src = source_file();
        fdk_inject_reset();
        fdk_inject_fail("sendfile", 1, 0, EINVAL);
        fdk_inject_fail("splice", 1, 0, EINVAL);
        r = fdk_copy_all(src, &off, out, NULL, 65536, NULL, &done);
        fdk_inject_reset();
        break;
    }
    ASSERT_EQ(done, 0); /* nothing reached a reader that is not there */
    if (p[0] >= 0) {
        ASSERT_EQ(close(p[0]), 0);
        ASSERT_EQ(close(p[1]), 0);
    }
    if (src >= 0)
        ASSERT_EQ(close(src), 0);
    return r;
}

/* 1 if SIGPIPE is pending for this thread or process. */
static int sigpipe_pending(void)
{
    sigset_t s;

    ASSERT_EQ(sigpending(&s), 0);
    return sigismember(&s, SIGPIPE) == 1;
}

static int sigpipe_blocked(void)
{
    sigset_t s;

    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, NULL, &s), 0);
    return sigismember(&s, SIGPIPE) == 1;
}

/*
 * In a child with SIGPIPE at SIG_DFL and unblocked: the call returns -EPIPE,
 * nothing is pending, the mask is as before.  The parent fails the test if
 * the child was killed.
 */
static void check_default_disposition(enum call c, enum dest d)
{
    pid_t pid;
    int status = 0;

    fflush(stdout);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        sigset_t none;
        int out;

        signal(SIGPIPE, SIG_DFL);
        sigemptyset(&none);
        ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &none, NULL), 0);
        out = dead_end(d);
        ASSERT_ERR(run_call(c, out), EPIPE);
        ASSERT_TRUE(!sigpipe_pending());
        ASSERT_TRUE(!sigpipe_blocked());
        ASSERT_EQ(close(out), 0);
        _exit(0);
    }
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    if (WIFSIGNALED(status))
        fdk_test_fail(__FILE__, __LINE__, "%s into a %s with no reader: killed by signal %d",
                      call_names[c], d == TO_PIPE ? "pipe" : "socket", WTERMSIG(status));
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void test_no_sigpipe_death(void)
{
    for (int c = 0; c < NCALLS; c++) {
        check_default_disposition((enum call)c, TO_PIPE);
        if (c != SPLICE_ALL) /* splice into a socket: below, separately */
            check_default_disposition((enum call)c, TO_SOCKET);
    }
    check_default_disposition(SPLICE_ALL, TO_SOCKET);
}

/*
 * The caller blocks SIGPIPE itself: the guard changes nothing, so the
 * SIGPIPE the kernel raised is pending afterwards, for the caller to take,
 * and the mask still blocks it.
 */
static void test_caller_blocked_keeps_its_signal(void)
{
    pid_t pid;
    int status = 0;

    fflush(stdout);
    pid = fork();
    ASSERT_TRUE(pid >= 0);
    if (pid == 0) {
        sigset_t pipe_only;
        int out, sig = 0;

        sigemptyset(&pipe_only);
        sigaddset(&pipe_only, SIGPIPE);
        ASSERT_EQ(pthread_sigmask(SIG_BLOCK, &pipe_only, NULL), 0);
        out = dead_end(TO_PIPE);
        ASSERT_ERR(run_call(WRITE_ALL, out), EPIPE);
        ASSERT_TRUE(sigpipe_blocked());
        ASSERT_TRUE(sigpipe_pending());
        ASSERT_EQ(sigwait(&pipe_only, &sig), 0);
        ASSERT_EQ(sig, SIGPIPE);
        ASSERT_EQ(close(out), 0);
        _exit(0);
    }
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static volatile sig_atomic_t handled;

static void on_sigpipe(int sig)
{
    (void)sig;
    handled++;
}

/*
 * A SIGPIPE sent at the thread while a transfer runs that does not fail
 * (the write blocks on a full pipe until a helper thread drains it) is
 * delivered once the call is over, not swallowed; and a call that ends
 * well leaves the mask as it was.
 */
struct drainer {
    int rfd;
    pthread_t target;
    size_t want;
};

static void *drain(void *arg)
{
    struct drainer *d = arg;
    static char buf[65536];
    size_t got = 0;

    usleep(20000); /* the writer is now blocked with SIGPIPE held back */
    ASSERT_EQ(pthread_kill(d->target, SIGPIPE), 0);
    while (got < d->want) {
        ssize_t n = read(d->rfd, buf, sizeof buf);
        ASSERT_TRUE(n > 0);
        got += (size_t)n;
    }
    return NULL;
}

static void test_foreign_sigpipe_is_delivered(void)
{
    static char big[1 << 20];
    struct sigaction sa, old;
    struct drainer d;
    pthread_t th;
    size_t done = 0;
    int p[2];

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigpipe;
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(SIGPIPE, &sa, &old), 0);
    ASSERT_EQ(pipe2(p, O_CLOEXEC), 0);
    handled = 0;
    d.rfd = p[0];
    d.target = pthread_self();
    d.want = sizeof big;
    ASSERT_EQ(pthread_create(&th, NULL, drain, &d), 0);
    ASSERT_OK(fdk_fd_write_all(p[1], big, sizeof big, &done));
    ASSERT_EQ(done, sizeof big);
    ASSERT_EQ(pthread_join(th, NULL), 0);
    ASSERT_EQ(handled, 1); /* delivered when the mask came back */
    ASSERT_TRUE(!sigpipe_blocked());
    ASSERT_TRUE(!sigpipe_pending());
    ASSERT_EQ(sigaction(SIGPIPE, &old, NULL), 0);
    ASSERT_EQ(close(p[0]), 0);
    ASSERT_EQ(close(p[1]), 0);
}

int main(void)
{
    RUN(test_no_sigpipe_death);
    RUN(test_caller_blocked_keeps_its_signal);
    RUN(test_foreign_sigpipe_is_delivered);
    return 0;
}
