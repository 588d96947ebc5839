/* SPDX-License-Identifier: MIT */
/*
 * Independent test of README "EINTR, SIGPIPE and signals", SIGPIPE:
 * - the loops (fdk_fd_write_all, fdk_fd_writev_all, fdk_sendfile_all,
 *   fdk_splice_all, fdk_copy_all) writing into a pipe or socket whose reader
 *   has gone return -EPIPE and never raise SIGPIPE: with SIGPIPE at SIG_DFL
 *   and unblocked the process lives, no SIGPIPE is left pending, the signal
 *   mask is as it was, and a SIGPIPE handler does not run;
 * - a thread that already blocks SIGPIPE keeps it blocked and finds the
 *   kernel's SIGPIPE pending (pipes);
 * - a SIGPIPE from elsewhere during the transfer is still delivered;
 * - socket sends never raise SIGPIPE (MSG_NOSIGNAL).
 * Every case runs in a forked child, so a SIGPIPE death is seen by the parent.
 */
#include "indep-common.h"

#include <sys/socket.h>

enum mode {
    M_DFL,     /* SIG_DFL, unblocked */
    M_BLOCKED, /* SIG_DFL, blocked by the caller */
    M_HANDLER, /* a counting handler, unblocked */
    M_THREAD,  /* SIG_DFL, unblocked, and another thread with it unblocked too */
};

static const char *mode_name[] = {"SIG_DFL", "blocked", "handler", "threaded"};

static struct indep_dir dir;
static volatile sig_atomic_t pipe_hits;

static void on_pipe(int sig)
{
    (void)sig;
    pipe_hits++;
}

/* 1 if the two masks hold the same signals 1..64 (sigismember takes every number). */
static int same_mask(const sigset_t *a, const sigset_t *b)
{
    for (int s = 1; s <= SIGRTMAX; s++)
        if (sigismember(a, s) != sigismember(b, s))
            return 0;
    return 1;
}

static int pending_pipe(void)
{
    sigset_t p;
    sigemptyset(&p);
    sigpending(&p);
    return sigismember(&p, SIGPIPE);
}

static void *sleeper(void *arg)
{
    int fd = *(int *)arg;
    char c;
    /* SIGPIPE unblocked here; sleeps in read until its pipe closes */
    while (read(fd, &c, 1) < 0 && errno == EINTR)
        ;
    return NULL;
}

/*
 * Run body() in a child with SIGPIPE set up as mode says; body makes the
 * transfer and asserts its result.  is_pipe: the kernel certainly raises
 * SIGPIPE for this target, so in M_BLOCKED it must be pending afterwards.
 */
static void in_child(const char *what, enum mode mode, int is_pipe, void (*body)(void))
{
    pid_t pid;
    int status = 0;

    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid < 0)
        fdk_test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
    if (pid == 0) {
        sigset_t mask, after;
        pthread_t th;
        int tp[2] = {-1, -1};

        alarm(20); /* dies of SIGALRM rather than hang */
        signal(SIGPIPE, mode == M_HANDLER ? on_pipe : SIG_DFL);
        pipe_hits = 0;
        sigemptyset(&mask);
        sigaddset(&mask, SIGUSR2); /* something for "unchanged" to mean */
        if (mode == M_BLOCKED)
            sigaddset(&mask, SIGPIPE);
        if (sigprocmask(SIG_SETMASK, &mask, NULL) != 0)
            _exit(3);
        if (mode == M_THREAD) {
            if (pipe2(tp, O_CLOEXEC) != 0 || pthread_create(&th, NULL, sleeper, &tp[0]) != 0)
                _exit(3);
            indep_sleep_ms(20);
        }
        ASSERT_TRUE(!pending_pipe());

        body();

        sigemptyset(&after);
        sigprocmask(SIG_SETMASK, NULL, &after);
        if (!same_mask(&mask, &after)) {
            fprintf(stderr, "%s [%s]: the signal mask changed (SIGPIPE blocked before %d, after %d)\n",
                    what, mode_name[mode], sigismember(&mask, SIGPIPE), sigismember(&after, SIGPIPE));
            _exit(4);
        }
        if (mode == M_BLOCKED) {
            if (is_pipe && !pending_pipe()) {
                fprintf(stderr, "%s [blocked]: the kernel's SIGPIPE is not pending\n", what);
                _exit(5);
            }
        } else if (pending_pipe()) {
            fprintf(stderr, "%s [%s]: a SIGPIPE is left pending\n", what, mode_name[mode]);
            _exit(6);
        }
        if (mode == M_HANDLER && pipe_hits != 0) {
            fprintf(stderr, "%s [handler]: the SIGPIPE handler ran %d time(s)\n", what,
                    (int)pipe_hits);
            _exit(7);
        }
        if (mode == M_THREAD) {
            close(tp[1]);
            pthread_join(th, NULL);
            close(tp[0]);
        }
        _exit(0);
    }
    if (waitpid(pid, &status, 0) != pid)
        fdk_test_fail(__FILE__, __LINE__, "waitpid: %s", strerror(errno));
    if (WIFSIGNALED(status))
        fdk_test_fail(__FILE__, __LINE__, "%s [%s]: the child was killed by signal %d (%s)", what,
                      mode_name[mode], WTERMSIG(status), strsignal(WTERMSIG(status)));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fdk_test_fail(__FILE__, __LINE__, "%s [%s]: the child failed (exit %d)", what,
                      mode_name[mode], WEXITSTATUS(status));
}

/* ---- targets ---- */

/* A pipe writer whose reader is gone. */
static int dead_pipe(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    ASSERT_OK(fdk_pipe_reader_close(&r));
    return w.fd;
}

/* A Unix stream socket whose peer is gone. */
static int dead_unix(void)
{
    fdk_unix_stream a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_pair(&a, &b, 0));
    ASSERT_OK(fdk_unix_stream_close(&b));
    return a.fd;
}

/* A TCP connection shut down for writing (a send then fails with EPIPE). */
static int dead_tcp(void)
{
    fdk_tcp_listener l = FDK_HANDLE_INIT;
    fdk_tcp_stream c = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
    fdk_sockaddr a, bound;

    ASSERT_OK(fdk_sockaddr_ipv4(&a, "127.0.0.1", 0));
    ASSERT_OK(fdk_tcp_listen(&l, &a, 4, 0));
    ASSERT_OK(fdk_socket_local_addr(fdk_tcp_listener_socket(l), &bound));
    ASSERT_OK(fdk_tcp_connect(&c, &bound, 0));
    ASSERT_OK(fdk_tcp_accept(l, &s, NULL, 0));
    ASSERT_OK(fdk_tcp_stream_shutdown(c, SHUT_WR));
    ASSERT_OK(fdk_tcp_stream_close(&s));
    ASSERT_OK(fdk_tcp_listener_close(&l));
    return c.fd;
}

static int src_file(void)
{
    return indep_pattern_file(&dir, "src", 10000, 1);
}

/* A pipe reader holding 100 bytes, whose writer is still open (leaked on purpose in the child). */
static int full_source_pipe(void)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    char buf[100];
    memset(buf, 'p', sizeof buf);
    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    ASSERT_EQ(write(w.fd, buf, sizeof buf), 100);
    return r.fd;
}

static unsigned char data[10000];

/* ---- loop bodies ---- */

#define LOOP_BODY(name, target, call)                                                              \
    static void name(void)                                                                         \
    {                                                                                              \
        int out = target();                                                                        \
        size_t done = 12345;                                                                       \
        (void)out;                                                                                 \
        call;                                                                                      \
        ASSERT_EQ(done, 0);                                                                        \
    }

LOOP_BODY(wa_pipe, dead_pipe, ASSERT_ERR(fdk_fd_write_all(out, data, 100, &done), EPIPE))
LOOP_BODY(wa_unix, dead_unix, ASSERT_ERR(fdk_fd_write_all(out, data, 100, &done), EPIPE))
LOOP_BODY(wa_tcp, dead_tcp, ASSERT_ERR(fdk_fd_write_all(out, data, 100, &done), EPIPE))

static void wva(int out)
{
    struct iovec iov[2] = {{data, 10}, {data + 10, 90}};
    size_t done = 12345;
    ASSERT_ERR(fdk_fd_writev_all(out, iov, 2, &done), EPIPE);
    ASSERT_EQ(done, 0);
}
static void wva_pipe(void) { wva(dead_pipe()); }
static void wva_unix(void) { wva(dead_unix()); }

static void sf(int out)
{
    int in = src_file();
    int64_t off = 0;
    size_t done = 12345;
    ASSERT_ERR(fdk_sendfile_all(in, &off, out, 10000, NULL, &done), EPIPE);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(off, 0);
}
static void sf_pipe(void) { sf(dead_pipe()); }
static void sf_unix(void) { sf(dead_unix()); }

static void sp_pipe_pipe(void)
{
    int in = full_source_pipe(), out = dead_pipe();
    size_t done = 12345;
    ASSERT_ERR(fdk_splice_all(in, NULL, out, NULL, 100, 0, NULL, &done), EPIPE);
    ASSERT_EQ(done, 0);
}
static void sp_file_pipe(void)
{
    int in = src_file(), out = dead_pipe();
    int64_t off = 0;
    size_t done = 12345;
    ASSERT_ERR(fdk_splice_all(in, &off, out, NULL, 10000, 0, NULL, &done), EPIPE);
    ASSERT_EQ(done, 0);
    ASSERT_EQ(off, 0);
}
static void sp_pipe_unix(void)
{
    int in = full_source_pipe(), out = dead_unix();
    size_t done = 12345;
    ASSERT_ERR(fdk_splice_all(in, NULL, out, NULL, 100, 0, NULL, &done), EPIPE);
    ASSERT_EQ(done, 0);
}

static void ca(int in, int64_t *off_in, int out)
{
    size_t done = 12345;
    ASSERT_ERR(fdk_copy_all(in, off_in, out, NULL, 100, NULL, &done), EPIPE);
    ASSERT_EQ(done, 0);
}
static void ca_file_pipe(void)
{
    int64_t off = 0;
    ca(src_file(), &off, dead_pipe());
    ASSERT_EQ(off, 0);
}
static void ca_pipe_pipe(void) { ca(full_source_pipe(), NULL, dead_pipe()); }
static void ca_file_unix(void)
{
    int64_t off = 0;
    ca(src_file(), &off, dead_unix());
    ASSERT_EQ(off, 0);
}
static void ca_pipe_unix(void) { ca(full_source_pipe(), NULL, dead_unix()); }

struct loop_case {
    const char *name;
    void (*body)(void);
    int is_pipe;
};

static const struct loop_case loops[] = {
    {"fdk_fd_write_all -> pipe", wa_pipe, 1},
    {"fdk_fd_write_all -> unix stream", wa_unix, 0},
    {"fdk_fd_write_all -> tcp (SHUT_WR)", wa_tcp, 0},
    {"fdk_fd_writev_all -> pipe", wva_pipe, 1},
    {"fdk_fd_writev_all -> unix stream", wva_unix, 0},
    {"fdk_sendfile_all file -> pipe", sf_pipe, 1},
    {"fdk_sendfile_all file -> unix stream", sf_unix, 0},
    {"fdk_splice_all pipe -> pipe", sp_pipe_pipe, 1},
    {"fdk_splice_all file -> pipe", sp_file_pipe, 1},
    {"fdk_splice_all pipe -> unix stream", sp_pipe_unix, 0},
    {"fdk_copy_all file -> pipe", ca_file_pipe, 1},
    {"fdk_copy_all pipe -> pipe", ca_pipe_pipe, 1},
    {"fdk_copy_all file -> unix stream", ca_file_unix, 0},
    {"fdk_copy_all pipe -> unix stream", ca_pipe_unix, 0},
};

#define NLOOPS (sizeof loops / sizeof loops[0])

static void run_loops(enum mode m)
{
    for (size_t i = 0; i < NLOOPS; i++)
        in_child(loops[i].name, m, loops[i].is_pipe, loops[i].body);
}

static void test_loops_sig_dfl(void) { run_loops(M_DFL); }
static void test_loops_caller_blocked(void) { run_loops(M_BLOCKED); }
static void test_loops_handler_not_run(void) { run_loops(M_HANDLER); }
static void test_loops_other_thread_unblocked(void) { run_loops(M_THREAD); }

/* ---- progress before the reader goes ---- */

struct closer {
    pthread_t target;
    pid_t tid;
    int fd;
    int foreign; /* 0: none; 1: pthread_kill(target, SIGPIPE); 2: kill() from another process */
    int drain;   /* read everything instead of closing */
    size_t drain_n;
};

static void *closer_main(void *p)
{
    struct closer *c = (struct closer *)p;
    sigset_t all;

    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL); /* a process-directed SIGPIPE must wait for the target */
    if (!indep_wait_sleeping(c->tid))
        abort();
    indep_sleep_ms(30);
    if (c->foreign == 1) {
        pthread_kill(c->target, SIGPIPE);
    } else if (c->foreign == 2) {
        pid_t parent = getpid(), k = fork();
        int st;
        if (k == 0) {
            kill(parent, SIGPIPE);
            _exit(0);
        }
        waitpid(k, &st, 0);
    }
    indep_sleep_ms(30);
    if (c->drain) {
        static unsigned char sink[4096];
        size_t got = 0;
        while (got < c->drain_n) {
            ssize_t n = read(c->fd, sink, sizeof sink);
            if (n <= 0)
                abort();
            got += (size_t)n;
        }
    } else {
        close(c->fd);
    }
    return NULL;
}

/* write_all of 100000 bytes into a 4096-byte pipe; the closer drains or closes it. */
static int wa_with_closer(int foreign, int drain, size_t *ret_done)
{
    fdk_pipe_reader r = FDK_HANDLE_INIT;
    fdk_pipe_writer w = FDK_HANDLE_INIT;
    static unsigned char big[100000];
    struct closer c;
    pthread_t th;
    size_t actual = 0;
    int ret;

    ASSERT_OK(fdk_pipe_open(&r, &w, 0));
    ASSERT_OK(fdk_pipe_set_capacity(w.fd, 4096, &actual));
    ASSERT_EQ(actual, 4096);
    c.target = pthread_self();
    c.tid = indep_gettid();
    c.fd = r.fd;
    c.foreign = foreign;
    c.drain = drain;
    c.drain_n = sizeof big;
    ASSERT_TRUE(pthread_create(&th, NULL, closer_main, &c) == 0);
    ret = fdk_fd_write_all(w.fd, big, sizeof big, ret_done);
    pthread_join(th, NULL);
    return ret;
}

static void wa_reader_leaves(int foreign)
{
    size_t done = 12345;
    ASSERT_ERR(wa_with_closer(foreign, 0, &done), EPIPE);
    ASSERT_EQ(done, 4096); /* what the pipe had taken when its reader left */
}

static void wa_reader_leaves_plain(void) { wa_reader_leaves(0); }

static void test_write_all_progress_then_epipe(void)
{
    in_child("fdk_fd_write_all, reader leaves mid-transfer", M_DFL, 1, wa_reader_leaves_plain);
    in_child("fdk_fd_write_all, reader leaves mid-transfer", M_HANDLER, 1, wa_reader_leaves_plain);
}

/* "A SIGPIPE from elsewhere meanwhile stays pending and is delivered then." */
static void expect_one_foreign(const char *what)
{
    if (pipe_hits != 1) {
        fprintf(stderr, "%s: the foreign SIGPIPE was delivered %d time(s), expected once\n", what,
                (int)pipe_hits);
        _exit(8);
    }
    pipe_hits = 0; /* in_child then checks that nothing else ran it */
}

static void wa_foreign_thread_epipe(void)
{
    wa_reader_leaves(1);
    expect_one_foreign("pthread_kill, then -EPIPE");
}

static void wa_foreign_process_epipe(void)
{
    wa_reader_leaves(2);
    expect_one_foreign("kill() from another process, then -EPIPE");
}

static void wa_foreign_thread_ok(void)
{
    size_t done = 0;
    ASSERT_EQ(wa_with_closer(1, 1, &done), 0);
    ASSERT_EQ(done, 100000);
    expect_one_foreign("pthread_kill, transfer completes");
}

static void wa_foreign_process_ok(void)
{
    size_t done = 0;
    ASSERT_EQ(wa_with_closer(2, 1, &done), 0);
    ASSERT_EQ(done, 100000);
    expect_one_foreign("kill() from another process, transfer completes");
}

static void test_foreign_sigpipe_delivered_transfer_ok(void)
{
    in_child("fdk_fd_write_all with a SIGPIPE from another thread, completes", M_HANDLER, 1,
             wa_foreign_thread_ok);
    in_child("fdk_fd_write_all with a SIGPIPE from another process, completes", M_HANDLER, 1,
             wa_foreign_process_ok);
}

static void test_foreign_sigpipe_delivered_after_epipe_thread(void)
{
    in_child("fdk_fd_write_all with a SIGPIPE from another thread, then -EPIPE", M_HANDLER, 1,
             wa_foreign_thread_epipe);
}

static void test_foreign_sigpipe_delivered_after_epipe_process(void)
{
    in_child("fdk_fd_write_all with a SIGPIPE from another process, then -EPIPE", M_HANDLER, 1,
             wa_foreign_process_epipe);
}

/* ---- socket sends: MSG_NOSIGNAL ---- */

static void s_unix_send(void)
{
    fdk_unix_stream s = {dead_unix()};
    ASSERT_ERR(fdk_unix_stream_send(s, "x", 1, 0), EPIPE);
}
static void s_tcp_send(void)
{
    fdk_tcp_stream s = {dead_tcp()};
    ASSERT_ERR(fdk_tcp_stream_send(s, "x", 1, 0), EPIPE);
}
static void s_tcp_writev(void)
{
    fdk_tcp_stream s = {dead_tcp()};
    struct iovec iov = {(void *)"xy", 2};
    ASSERT_ERR(fdk_tcp_stream_writev(s, &iov, 1), EPIPE);
}
static void s_unix_writev(void)
{
    fdk_unix_stream s = {dead_unix()};
    struct iovec iov = {(void *)"xy", 2};
    ASSERT_ERR(fdk_unix_stream_writev(s, &iov, 1), EPIPE);
}
static void s_unix_sendmsg(void)
{
    fdk_unix_stream s = {dead_unix()};
    struct iovec iov = {(void *)"xy", 2};
    struct msghdr mh;
    memset(&mh, 0, sizeof mh);
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    ASSERT_ERR(fdk_unix_stream_sendmsg(s, &mh, 0), EPIPE);
}
static void s_send_fds(void)
{
    fdk_socket s = {dead_unix()};
    int fd = dead_pipe();
    ASSERT_ERR(fdk_socket_send_fds(s, "x", 1, &fd, 1, 0), EPIPE);
}
static void s_send_creds(void)
{
    fdk_socket s = {dead_unix()};
    ASSERT_ERR(fdk_socket_send_creds(s, "x", 1, NULL, 0), EPIPE);
}
static void s_send_batch(void)
{
    fdk_socket s = {dead_unix()};
    struct fdk_socket_msg m;
    memset(&m, 0, sizeof m);
    m.buf = (void *)"xyz";
    m.len = 3;
    ASSERT_ERR(fdk_socket_send_batch(s, &m, 1, 0), EPIPE);
}
static void s_seqpacket_send(void)
{
    fdk_unix_seqpacket a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT;
    ASSERT_OK(fdk_unix_seqpacket_pair(&a, &b, 0));
    ASSERT_OK(fdk_unix_seqpacket_close(&b));
    ASSERT_ERR(fdk_unix_seqpacket_send(a, "x", 1, 0), EPIPE);
}

static const struct loop_case sends[] = {
    {"fdk_unix_stream_send", s_unix_send, 0},
    {"fdk_tcp_stream_send", s_tcp_send, 0},
    {"fdk_tcp_stream_writev", s_tcp_writev, 0},
    {"fdk_unix_stream_writev", s_unix_writev, 0},
    {"fdk_unix_stream_sendmsg", s_unix_sendmsg, 0},
    {"fdk_socket_send_fds", s_send_fds, 0},
    {"fdk_socket_send_creds", s_send_creds, 0},
    {"fdk_socket_send_batch (stream)", s_send_batch, 0},
    {"fdk_unix_seqpacket_send", s_seqpacket_send, 0},
};

static void test_socket_sends_never_raise(void)
{
    for (size_t i = 0; i < sizeof sends / sizeof sends[0]; i++) {
        in_child(sends[i].name, M_DFL, 0, sends[i].body);
        in_child(sends[i].name, M_HANDLER, 0, sends[i].body);
        /* blocked: MSG_NOSIGNAL means the kernel raises nothing at all */
        in_child(sends[i].name, M_BLOCKED, 0, sends[i].body);
    }
}

static void s_blocked_nothing_pending(void)
{
    for (size_t i = 0; i < sizeof sends / sizeof sends[0]; i++) {
        sends[i].body();
        if (pending_pipe()) {
            fprintf(stderr, "%s raised SIGPIPE (pending while blocked)\n", sends[i].name);
            _exit(9);
        }
    }
}

static void test_socket_sends_raise_nothing_when_blocked(void)
{
    in_child("socket sends, SIGPIPE blocked", M_BLOCKED, 0, s_blocked_nothing_pending);
}

/* ---- single calls behave like their system call (README: they raise SIGPIPE) ---- */

static int killed_by_sigpipe(void (*body)(void))
{
    pid_t pid;
    int status = 0;

    fflush(stdout);
    fflush(stderr);
    pid = fork();
    if (pid == 0) {
        sigset_t none;
        alarm(20);
        signal(SIGPIPE, SIG_DFL);
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        body();
        _exit(0);
    }
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE;
}

static void one_write(void) { (void)fdk_fd_write(dead_pipe(), "x", 1); }
static void one_writev(void)
{
    struct iovec iov = {(void *)"x", 1};
    (void)fdk_fd_writev(dead_pipe(), &iov, 1);
}
static void one_splice(void) { (void)fdk_splice_once(full_source_pipe(), NULL, dead_pipe(), NULL, 100, 0); }
static void one_sendfile(void)
{
    int64_t off = 0;
    (void)fdk_sendfile_once(src_file(), &off, dead_pipe(), 100);
}
static void one_tee(void) { (void)fdk_splice_tee(full_source_pipe(), dead_pipe(), 100, 0); }
static void one_vmsplice(void)
{
    struct iovec iov = {(void *)"x", 1};
    (void)fdk_splice_vmsplice(dead_pipe(), &iov, 1, 0);
}

static void test_single_calls_like_syscall(void)
{
    ASSERT_TRUE(killed_by_sigpipe(one_write));
    ASSERT_TRUE(killed_by_sigpipe(one_writev));
    ASSERT_TRUE(killed_by_sigpipe(one_splice));
    ASSERT_TRUE(killed_by_sigpipe(one_sendfile));
    ASSERT_TRUE(killed_by_sigpipe(one_tee));
    ASSERT_TRUE(killed_by_sigpipe(one_vmsplice));
}

int main(void)
{
    indep_pattern(data, sizeof data, 3);
    indep_tmpdir(&dir);
    alarm(50);
    RUN(test_loops_sig_dfl);
    RUN(test_loops_caller_blocked);
    RUN(test_loops_handler_not_run);
    RUN(test_loops_other_thread_unblocked);
    RUN(test_write_all_progress_then_epipe);
    RUN(test_foreign_sigpipe_delivered_transfer_ok);
    RUN(test_socket_sends_never_raise);
    RUN(test_socket_sends_raise_nothing_when_blocked);
    RUN(test_single_calls_like_syscall);
    indep_tmpdir_remove(&dir);
    /* last, so that everything else has run when the thread-directed case fails */
    RUN(test_foreign_sigpipe_delivered_after_epipe_process);
    RUN(test_foreign_sigpipe_delivered_after_epipe_thread);
    return 0;
}
