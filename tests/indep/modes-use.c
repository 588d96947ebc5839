/* SPDX-License-Identifier: MIT */
/*
 * A consumer of the installed API, compiled by tests/indep/modes.sh in every
 * language mode (C99/C11/C17 strict and GNU, C++11/17/20) with gcc and clang,
 * with and without FDK_NO_INLINE, with fdkit included before or after the
 * system headers, and run against the library.  No feature macro of its own:
 * what the mode gives is what it gets.
 *
 *   FDKIT_FIRST         include <fdkit/fdkit.h> before the system headers
 *   EXPECT_SIGINFO      the mode declares fdk_signal_decode_siginfo()
 *   EXPECT_FDINFO       the mode defines struct fdk_fdinfo's members
 *
 * Prints "ok <n checks>" and exits 0, or names the failed check and exits 1.
 */
#ifdef FDKIT_FIRST
#include <fdkit/fdkit.h>
#endif
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#ifndef FDKIT_FIRST
#include <fdkit/fdkit.h>
#endif

/*
 * C++ gets FDK_HANDLE_INIT as { -1 }, which -Wextra's
 * -Wmissing-field-initializers refuses for the handles with a second member
 * (pipe ends, tty, mq, inotify, Unix listeners and datagram sockets): those
 * are spelled out here (a defect reported separately).
 */
#ifdef __cplusplus
#define TWO_MEMBER_INIT { -1, 0 }
#else
#define TWO_MEMBER_INIT FDK_HANDLE_INIT
#endif

static int checks, failed;

#define CHECK(cond)                                                                                 \
    do {                                                                                            \
        checks++;                                                                                   \
        if (!(cond)) {                                                                              \
            failed++;                                                                               \
            fprintf(stderr, "modes-use.c:%d: check failed: %s\n", __LINE__, #cond);                \
        }                                                                                           \
    } while (0)

/* Some user struct with padding: the user's -Wpadded must still see it
 * (modes.sh compiles it with -Wpadded separately). */
#ifdef USER_PADDED
struct user_padded {
    char c;
    int i;
};
struct user_padded user_padded_value;
#endif

static void use_eventfd(void)
{
    fdk_eventfd ev = FDK_HANDLE_INIT;
    fdk_eventfd bad = FDK_HANDLE_INIT;
    uint64_t v = 7;
    int r;

    CHECK(ev.fd == -1);
    CHECK(fdk_eventfd_read(bad, &v) == -EBADF && v == 7); /* out-param untouched */
    CHECK(fdk_eventfd_write(bad, 1) == -EBADF);
    CHECK(fdk_eventfd_open(NULL, 0, 0) == -EINVAL);
    CHECK(fdk_eventfd_open(&ev, 0, 0x40000000) == -EINVAL); /* unknown flag bit */
    CHECK(ev.fd == -1);
    r = fdk_eventfd_open(&ev, 3, FDK_EVENTFD_NONBLOCK | FDK_EVENTFD_SEMAPHORE);
    CHECK(r == 0 && ev.fd >= 0);
    CHECK(fdk_fd_get_cloexec(ev.fd) == 1);   /* always CLOEXEC */
    CHECK(fdk_fd_get_nonblocking(ev.fd) == 1);
    CHECK(fdk_fd_kind(ev.fd) == FDK_FD_KIND_EVENTFD);
    CHECK(fdk_eventfd_read(ev, NULL) == -EINVAL);
    CHECK(fdk_eventfd_write(ev, UINT64_MAX) == -EINVAL);
    CHECK(fdk_eventfd_read(ev, &v) == 0 && v == 1); /* semaphore: one at a time */
    CHECK(fdk_eventfd_read(ev, &v) == 0 && v == 1);
    CHECK(fdk_eventfd_read(ev, &v) == 0 && v == 1);
    v = 99;
    CHECK(fdk_eventfd_read(ev, &v) == -EAGAIN && v == 99); /* would-block is -EAGAIN, never 0 */
    CHECK(fdk_eventfd_write(ev, 5) == 0);
    CHECK(fdk_eventfd_close(&ev) == 0 && ev.fd == -1);
    CHECK(fdk_eventfd_close(&ev) == 0 && ev.fd == -1); /* a no-op on -1 */
}

static void use_pipe_and_fd(void)
{
    fdk_pipe_reader r = TWO_MEMBER_INIT;
    fdk_pipe_writer w = TWO_MEMBER_INIT;
    fdk_pipe_writer out = fdk_pipe_stdout();
    char buf[16];
    size_t done = 123;
    int fd;

    CHECK(out.fd == 1 && out.borrowed);
    CHECK(fdk_pipe_writer_close(&out) == 0 && out.fd == -1); /* borrowed: fd 1 stays open */
    CHECK(fdk_fd_get_cloexec(1) >= 0);
    CHECK(fdk_fd_read(-1, buf, sizeof buf) == -EBADF);
    CHECK(fdk_fd_write(-1, "x", 1) == -EBADF);
    CHECK(fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK) == 0 && r.fd >= 0 && w.fd >= 0);
    CHECK(fdk_fd_read(r.fd, NULL, 1) == -EINVAL);
    CHECK(fdk_fd_read(r.fd, buf, sizeof buf) == -EAGAIN);
    CHECK(fdk_fd_write(w.fd, "hello", 5) == 5);
    CHECK(fdk_fd_read_exact(r.fd, buf, 5, &done) == 0 && done == 5 && memcmp(buf, "hello", 5) == 0);
    CHECK(fdk_fd_kind(r.fd) == FDK_FD_KIND_PIPE);
    CHECK(fdk_fd_dup(r.fd, &fd) == 0 && fd > r.fd);
    CHECK(fdk_fd_close(&fd) == 0 && fd == -1);
    CHECK(fdk_pipe_writer_close(&w) == 0 && w.fd == -1);
    CHECK(fdk_fd_read(r.fd, buf, sizeof buf) == 0); /* end of file */
    CHECK(fdk_pipe_reader_close(&r) == 0 && r.fd == -1);
}

#ifdef __GNUC__
static int auto_fd = -1;

static int open_auto(void)
{
    FDK_AUTO(eventfd) ev = FDK_HANDLE_INIT;
    FDK_AUTO(timerfd) t = FDK_HANDLE_INIT;
    FDK_AUTO(epoll) ep = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_reader) pr = TWO_MEMBER_INIT;

    if (fdk_eventfd_open(&ev, 0, 0) < 0)
        return -1;
    if (fdk_epoll_open(&ep, 0) < 0)
        return -1;
    auto_fd = ev.fd;
    (void)t;
    (void)pr;
    return fdk_fd_kind(ep.fd);
}
#endif

static void use_auto(void)
{
#ifdef __GNUC__
    CHECK(open_auto() == FDK_FD_KIND_EPOLL);
    CHECK(auto_fd >= 0 && fdk_fd_get_cloexec(auto_fd) == -EBADF); /* closed at end of scope */
#endif
}

static void use_epoll_timer_errors_flags(void)
{
    fdk_epoll ep = FDK_HANDLE_INIT;
    fdk_timerfd t = FDK_HANDLE_INIT;
    struct epoll_event ev[2];
    char text[128];
    uint64_t value = 0, n = 0;
    int r, tries;

    CHECK(fdk_epoll_wait(ep, ev, 2, 0) == -EBADF);
    CHECK(fdk_epoll_open(&ep, 0) == 0);
    CHECK(fdk_epoll_wait(ep, NULL, 2, 0) == -EINVAL);
    CHECK(fdk_epoll_wait(ep, ev, 2, 0) == 0);
    CHECK(fdk_timerfd_open(&t, 1 /* CLOCK_MONOTONIC */, FDK_TIMERFD_NONBLOCK) == 0);
    CHECK(fdk_timerfd_read(t, &n) == -EAGAIN);
    CHECK(fdk_timerfd_set_periodic_ns(t, 0, 1000000) == 0);
    CHECK(fdk_epoll_add(ep, t.fd, FDK_EPOLL_IN, 42) == 0);
    r = fdk_epoll_add(ep, t.fd, FDK_EPOLL_IN, 42);
    CHECK(r == -EEXIST);
    CHECK(strcmp(fdk_strerror(FDK_OP_EPOLL_ADD, r), "epoll_add: fd is already registered (EEXIST)") == 0);
    CHECK(fdk_errclass(FDK_OP_EPOLL_ADD, r) == FDK_ERRCLASS_EXISTS);
    CHECK(strcmp(fdk_errno_name(-EBADF), "EBADF") == 0);
    for (tries = 0, r = 0; tries < 100 && r <= 0; tries++) {
        r = fdk_epoll_wait(ep, ev, 2, 1000);
        if (r == -EINTR)
            r = 0;
    }
    CHECK(r == 1 && fdk_epoll_event_token(&ev[0]) == 42);
    CHECK(fdk_timerfd_read(t, &n) == 0 && n >= 1);
    CHECK(fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, FDK_EPOLL_IN | FDK_EPOLL_ET, text, sizeof text) > 0);
    CHECK(strcmp(text, "EPOLLIN|EPOLLET") == 0);
    CHECK(fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN|EPOLLET", &value) == 0);
    CHECK(value == (uint64_t)(FDK_EPOLL_IN | FDK_EPOLL_ET));
    CHECK(fdk_timerfd_close(&t) == 0 && t.fd == -1);
    CHECK(fdk_epoll_close(&ep) == 0 && ep.fd == -1);
}

static void use_sockaddr_signal(void)
{
    fdk_sockaddr a;
    char text[FDK_SOCKADDR_STRLEN];
    const char *why = NULL;
    sigset_t set;
    int signo = 0;

    CHECK(fdk_sockaddr_parse(&a, "127.0.0.1:80", &why) == 0);
    CHECK(fdk_sockaddr_format(&a, text, sizeof text) == 12 && strcmp(text, "127.0.0.1:80") == 0);
    CHECK(fdk_sockaddr_parse(&a, "300.0.0.1:80", &why) == -EINVAL && why != NULL);
    CHECK(fdk_signal_parse("SIGRTMIN+3", &signo) == 0 && signo > 0);
    CHECK(fdk_signal_name(signo, text, sizeof text) > 0 && strcmp(text, "SIGRTMIN+3") == 0);
    CHECK(fdk_signal_set_empty(&set) == 0);
    CHECK(fdk_signal_set_add(&set, 32) == -EINVAL); /* glibc's own */
    CHECK(fdk_signal_set_add(&set, 15) == 0 && fdk_signal_set_contains(&set, 15) == 1);
}

static void use_hidden_types(void)
{
#ifdef EXPECT_SIGINFO
    {
        siginfo_t si;
        struct fdk_siginfo out;
        memset(&si, 0, sizeof si);
        si.si_signo = 15;
        si.si_code = 0; /* SI_USER */
        CHECK(fdk_signal_decode_siginfo(&si, &out) == 0 && out.signo == 15);
        CHECK(fdk_signal_decode_siginfo(NULL, &out) == -EINVAL);
    }
#endif
#ifdef EXPECT_FDINFO
    {
        static const char txt[] = "pos:\t5\nflags:\t02004002\nmnt_id:\t15\nino:\t77\n";
        struct fdk_fdinfo fi;
        CHECK(fdk_fdinfo_parse(txt, sizeof txt - 1, &fi) == 0);
        CHECK(fi.pos == 5 && fi.mnt_id == 15 && fi.ino == 77);
        CHECK(fi.timerfd_value.tv_sec == 0 || 1);
        CHECK(fdk_fdinfo_free(&fi) == 0);
    }
#endif
}

/* The exported copies, called through pointers (in C an inline definition's
 * address is the external one: the library's). */
static void use_exported_pointers(void)
{
    ssize_t (*volatile rd)(int, void *, size_t) = fdk_fd_read;
    int (*volatile evr)(fdk_eventfd, uint64_t *) = fdk_eventfd_read;
    int (*volatile epw)(fdk_epoll, struct epoll_event *, int, int) = fdk_epoll_wait;
    fdk_eventfd bad = FDK_HANDLE_INIT;
    fdk_epoll badep = FDK_HANDLE_INIT;
    char buf[4];
    uint64_t v;

    CHECK(rd(-1, buf, 1) == fdk_fd_read(-1, buf, 1));
    CHECK(rd(0, NULL, 1) == fdk_fd_read(0, NULL, 1) && rd(0, NULL, 1) == -EINVAL);
    CHECK(evr(bad, &v) == -EBADF && fdk_eventfd_read(bad, &v) == -EBADF);
    CHECK(epw(badep, NULL, 1, 0) == fdk_epoll_wait(badep, NULL, 1, 0));
}

int main(void)
{
    CHECK(fdk_version() == FDK_VERSION);
    CHECK(FDK_VERSION == FDK_VERSION_MAJOR * 10000 + FDK_VERSION_MINOR * 100 + FDK_VERSION_PATCH);
    {
        char v[32];
        snprintf(v, sizeof v, "%d.%d.%d", FDK_VERSION_MAJOR, FDK_VERSION_MINOR, FDK_VERSION_PATCH);
        CHECK(strcmp(v, FDK_VERSION_STRING) == 0);
    }
    {
        /* Called through pointers: gcc takes what main alone calls for code
         * run once, and inlines nothing into it. */
        static void (*const volatile steps[])(void) = {
            use_eventfd, use_pipe_and_fd, use_auto, use_epoll_timer_errors_flags,
            use_sockaddr_signal, use_hidden_types, use_exported_pointers,
        };
        size_t i;
        for (i = 0; i < sizeof steps / sizeof steps[0]; i++)
            steps[i]();
    }
    if (failed) {
        fprintf(stderr, "%d of %d checks failed\n", failed, checks);
        return 1;
    }
    printf("ok %d\n", checks);
    return 0;
}
