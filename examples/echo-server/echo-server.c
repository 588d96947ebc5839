/* SPDX-License-Identifier: MIT */
/*
 * echo-server: a TCP echo server with worker processes.
 *
 *     echo-server [-w WORKERS] [-a ADDRESS]
 *
 * The parent makes one non-blocking listening socket on ADDRESS (default
 * 127.0.0.1:0, a port the kernel picks; the line "echo-server: listening on
 * ADDRESS:PORT ..." says which) and forks WORKERS worker processes (default
 * 2, at most 16).  Every worker waits on the shared listener in its own
 * epoll set (EPOLLEXCLUSIVE: one worker is woken per connection), accepts,
 * and echoes every byte back until the client closes its side.
 *
 * Signals: SIGINT and SIGTERM are blocked before the first fork, in every
 * process, and read from a signalfd in each epoll loop - no handler runs,
 * nothing is interrupted.  A worker that reads one closes its connections
 * and exits 0.  The parent that reads one stops restarting workers, sends
 * SIGTERM to each through its pidfd and waits for them all; a worker still
 * there after 5 seconds is killed with SIGKILL.
 *
 * Workers are children the parent holds as pidfds, each in the parent's
 * epoll set: a pidfd becomes readable when its process ends, and the parent
 * reaps it with fdk_pidfd_wait (waitid P_PIDFD) - no SIGCHLD handler, no
 * waitpid(-1) that could take someone else's child.  A worker that ends
 * while the server runs was not asked to: the parent says how it ended and
 * starts another in its place (after five such deaths in a row, each within
 * a second of its start, it gives up and stops the server).  A worker asks
 * for SIGTERM if the parent dies (PR_SET_PDEATHSIG), so none is left behind.
 *
 * Every descriptor is CLOEXEC.  A fork copies them all, so a new worker
 * first closes those of the parent (its epoll set, signalfd, timer and
 * the pidfds of the other workers) and keeps the listener alone.
 *
 * Exit status: 0 after SIGINT or SIGTERM once every worker has exited 0,
 * 1 on an error or when a worker had to be killed or failed, 2 for a usage
 * error.
 */
#include <fdkit/fdkit.h>

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_WORKERS 16
#define MAX_CLIENTS 64             /* connections per worker; more are turned away */
#define STOP_GRACE_NS (5 * 1000000000ull)
#define QUICK_DEATH_NS 1000000000ull
#define QUICK_DEATHS_MAX 5

/* Tokens of the parent's epoll set. */
enum { TOKEN_SIGNAL = 1, TOKEN_GRACE = 2, TOKEN_WORKER = 0x100 /* + slot */ };
/* Tokens of a worker's epoll set. */
enum { TOKEN_LISTENER = 1, TOKEN_WSIGNAL = 2, TOKEN_CLIENT = 0x100 /* + slot */ };

static const char *prog = "echo-server";

/* Report a failed fdkit call; returns 1 so that `return failed(...)` reads naturally. */
static int failed(const char *who, fdk_op op, int err)
{
    fprintf(stderr, "%s: %s: %s\n", prog, who, fdk_strerror(op, err));
    return 1;
}

/* ------------------------------------------------------------------ worker */

struct client {
    fdk_tcp_stream s;        /* -1: slot free */
    bool writing;            /* registered for EPOLLOUT: buf[off..len) waits to go back */
    size_t off, len;
    char buf[4096];
};

struct worker_state {
    int id;                  /* 1..WORKERS, as the parent numbers them */
    fdk_tcp_listener listener; /* borrowed from the parent's fork */
    fdk_epoll ep;
    fdk_signalfd sig;
    struct client *c;        /* MAX_CLIENTS of them */
    int nclients;
};

static void client_close(struct worker_state *st, struct client *cl)
{
    fdk_epoll_delete(st->ep, cl->s.fd);
    fdk_tcp_stream_close(&cl->s);
    st->nclients--;
}

/* Send what waits in cl->buf; switch between reading and writing as the socket allows. */
static void client_flush(struct worker_state *st, struct client *cl, int slot)
{
    while (cl->off < cl->len) {
        ssize_t n = fdk_tcp_stream_send(cl->s, cl->buf + cl->off, cl->len - cl->off, 0);
        if (n == -EAGAIN) {
            /* The peer reads slowly: stop reading from it until it has taken this. */
            if (!cl->writing && fdk_epoll_modify(st->ep, cl->s.fd, FDK_EPOLL_OUT, TOKEN_CLIENT + (uint64_t)slot) == 0)
                cl->writing = true;
            else if (!cl->writing)
                client_close(st, cl);
            return;
        }
        if (n < 0) { /* reset by the peer, or gone: nothing to report to anyone */
            client_close(st, cl);
            return;
        }
        cl->off += (size_t)n;
    }
    cl->off = cl->len = 0;
    if (cl->writing) {
        if (fdk_epoll_modify(st->ep, cl->s.fd, FDK_EPOLL_IN, TOKEN_CLIENT + (uint64_t)slot) < 0)
            client_close(st, cl);
        else
            cl->writing = false;
    }
}

static void client_event(struct worker_state *st, int slot)
{
    struct client *cl = &st->c[slot];
    ssize_t n;

    if (cl->s.fd < 0) /* closed earlier in this batch */
        return;
    if (cl->writing) {
        client_flush(st, cl, slot);
        return;
    }
    n = fdk_tcp_stream_recv(cl->s, cl->buf, sizeof cl->buf, 0);
    if (n == -EAGAIN)
        return;
    if (n <= 0) { /* 0: the client closed its side and everything was echoed; < 0: reset */
        client_close(st, cl);
        return;
    }
    cl->off = 0;
    cl->len = (size_t)n;
    client_flush(st, cl, slot);
}

/* Take every waiting connection (the listener is non-blocking and shared with the other workers). */
static int accept_all(struct worker_state *st)
{
    for (;;) {
        fdk_tcp_stream s = FDK_HANDLE_INIT;
        int slot, r;

        r = fdk_tcp_accept(st->listener, &s, NULL, FDK_SOCKET_NONBLOCK);
        if (r == -EAGAIN) /* another worker was quicker, or the queue is empty */
            return 0;
        if (r == -EMFILE || r == -ENFILE || r == -ENOBUFS || r == -ENOMEM || r == -EPERM) {
            failed("accept", FDK_OP_TCP_ACCEPT, r); /* the connection stays queued for later */
            return 0;
        }
        if (r < 0)
            return failed("accept", FDK_OP_TCP_ACCEPT, r);
        for (slot = 0; slot < MAX_CLIENTS && st->c[slot].s.fd >= 0; slot++)
            ;
        if (slot == MAX_CLIENTS) { /* full: turn it away rather than let it wait forever */
            fdk_tcp_stream_close(&s);
            continue;
        }
        r = fdk_epoll_add(st->ep, s.fd, FDK_EPOLL_IN, TOKEN_CLIENT + (uint64_t)slot);
        if (r < 0) {
            failed("epoll_add", FDK_OP_EPOLL_ADD, r);
            fdk_tcp_stream_close(&s);
            continue;
        }
        st->c[slot].s = s;
        st->c[slot].writing = false;
        st->c[slot].off = st->c[slot].len = 0;
        st->nclients++;
    }
}

/* 1 when a signal says stop, 0 when there is nothing to do, -errno on failure. */
static int worker_signals(struct worker_state *st)
{
    struct signalfd_siginfo recs[4];
    char name[16];
    ssize_t n;
    int stop = 0;

    while ((n = fdk_signalfd_read(st->sig, recs, 4)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            fdk_signal_name((int)recs[i].ssi_signo, name, sizeof name);
            printf("worker %d (pid %ld): %s, closing %d connection(s)\n", st->id, (long)getpid(), name,
                   st->nclients);
            stop = 1;
        }
    }
    if (n < 0 && n != -EAGAIN)
        return (int)n;
    return stop;
}

static int worker_loop(struct worker_state *st)
{
    struct epoll_event ev[16];
    int r;

    r = fdk_epoll_add(st->ep, st->listener.fd, FDK_EPOLL_IN | FDK_EPOLL_EXCLUSIVE, TOKEN_LISTENER);
    if (r == -EINVAL) { /* EPOLLEXCLUSIVE needs Linux 4.5: every worker is woken then, and one wins */
        r = fdk_epoll_add(st->ep, st->listener.fd, FDK_EPOLL_IN, TOKEN_LISTENER);
    }
    if (r < 0)
        return failed("epoll_add", FDK_OP_EPOLL_ADD, r);
    r = fdk_epoll_add(st->ep, st->sig.fd, FDK_EPOLL_IN, TOKEN_WSIGNAL);
    if (r < 0)
        return failed("epoll_add", FDK_OP_EPOLL_ADD, r);

    for (;;) {
        int n = fdk_epoll_wait(st->ep, ev, 16, -1);
        if (n == -EINTR)
            continue;
        if (n < 0)
            return failed("epoll_wait", FDK_OP_EPOLL_WAIT, n);
        for (int i = 0; i < n; i++) {
            uint64_t token = fdk_epoll_event_token(&ev[i]);

            if (token == TOKEN_WSIGNAL) {
                r = worker_signals(st);
                if (r < 0)
                    return failed("signalfd_read", FDK_OP_SIGNALFD_READ, r);
                if (r > 0)
                    return 0;
            } else if (token == TOKEN_LISTENER) {
                if (accept_all(st) != 0)
                    return 1;
            } else if (token >= TOKEN_CLIENT && token < TOKEN_CLIENT + MAX_CLIENTS) {
                client_event(st, (int)(token - TOKEN_CLIENT));
            }
        }
    }
}

/*
 * A worker's life, in the child after fork.  listener is the only
 * descriptor it keeps of the parent's; SIGINT and SIGTERM are blocked
 * already (the mask is inherited), so none can be lost before the
 * signalfd exists.
 */
static int worker_main(int id, fdk_tcp_listener listener, const sigset_t *mask, pid_t parent)
{
    struct worker_state st = {.id = id, .listener = listener, .ep = FDK_HANDLE_INIT, .sig = FDK_HANDLE_INIT};
    int r, err = 1;

    /* If the parent dies, so does the worker (and a parent already gone means: stop now). */
    if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
        return 1;
    st.c = calloc(MAX_CLIENTS, sizeof *st.c);
    if (!st.c) {
        fprintf(stderr, "%s: worker %d: out of memory\n", prog, id);
        return 1;
    }
    for (int i = 0; i < MAX_CLIENTS; i++)
        st.c[i].s.fd = -1;
    if ((r = fdk_epoll_open(&st.ep, 0)) < 0)
        failed("epoll_open", FDK_OP_EPOLL_OPEN, r);
    else if ((r = fdk_signalfd_open(&st.sig, mask, FDK_SIGNALFD_NONBLOCK)) < 0)
        failed("signalfd_open", FDK_OP_SIGNALFD_OPEN, r);
    else
        err = worker_loop(&st);

    for (int i = 0; i < MAX_CLIENTS; i++)
        if (st.c[i].s.fd >= 0)
            client_close(&st, &st.c[i]);
    free(st.c);
    fdk_signalfd_close(&st.sig);
    fdk_epoll_close(&st.ep);
    return err;
}

/* ------------------------------------------------------------------ parent */

struct worker {
    fdk_pidfd pidfd;         /* -1: no process in this slot */
    pid_t pid;
    uint64_t started_ns;     /* CLOCK_MONOTONIC */
    int quick_deaths;        /* deaths in a row within QUICK_DEATH_NS of the start */
};

struct server {
    fdk_tcp_listener listener; /* handed to every worker; the parent closes it when stopping */
    fdk_epoll ep;
    fdk_signalfd sig;
    fdk_timerfd grace;       /* armed when stopping: what is left then gets SIGKILL */
    sigset_t mask;           /* SIGINT, SIGTERM */
    int nworkers, live;
    struct worker w[MAX_WORKERS];
    bool stopping;
    bool failed;             /* exit 1: an error, a worker that failed or had to be killed */
};

static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Start the worker of slot i; -errno if none could be started. */
static int spawn(struct server *srv, int i)
{
    struct worker *w = &srv->w[i];
    pid_t parent = getpid(), pid;
    int r;

    fflush(stdout); /* nothing buffered may be written twice */
    fflush(stderr);
    pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        int code;

        /* The parent's descriptors stay the parent's: keep only the listener. */
        fdk_epoll_close(&srv->ep);
        fdk_signalfd_close(&srv->sig);
        fdk_timerfd_close(&srv->grace);
        for (int k = 0; k < MAX_WORKERS; k++)
            fdk_pidfd_close(&srv->w[k].pidfd);
        code = worker_main(i + 1, srv->listener, &srv->mask, parent);
        fdk_tcp_listener_close(&srv->listener);
        fflush(stdout);
        _exit(code); /* not exit(): no atexit handlers or stdio buffers of the parent's */
    }

    /* The child is ours and not reaped, so its pid cannot be reused: the pidfd is the child's. */
    r = fdk_pidfd_open(&w->pidfd, pid, 0);
    if (r < 0) {
        kill(pid, SIGKILL);
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
        return r;
    }
    r = fdk_epoll_add(srv->ep, w->pidfd.fd, FDK_EPOLL_IN, TOKEN_WORKER + (uint64_t)i);
    if (r < 0) {
        struct fdk_siginfo info;

        fdk_pidfd_send_signal(w->pidfd, SIGKILL);
        fdk_pidfd_wait(w->pidfd, &info, 0);
        fdk_pidfd_close(&w->pidfd);
        return r;
    }
    w->pid = pid;
    w->started_ns = now_ns();
    srv->live++;
    printf("worker %d started: pid %ld\n", i + 1, (long)pid);
    return 0;
}

/* Stop: no more restarts, SIGTERM to every worker, and a deadline for them. */
static void begin_stop(struct server *srv, const char *why)
{
    int r;

    if (srv->stopping)
        return;
    srv->stopping = true;
    printf("%s: %s: stopping %d worker(s)\n", prog, why, srv->live);
    fdk_tcp_listener_close(&srv->listener); /* the workers hold their own copies */
    for (int i = 0; i < srv->nworkers; i++) {
        if (srv->w[i].pidfd.fd < 0)
            continue;
        r = fdk_pidfd_send_signal(srv->w[i].pidfd, SIGTERM);
        if (r < 0 && r != -ESRCH) /* ESRCH: it has just ended; its pidfd says so next */
            failed("pidfd_send_signal", FDK_OP_PIDFD_SEND_SIGNAL, r);
    }
    r = fdk_timerfd_open(&srv->grace, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK);
    if (r >= 0)
        r = fdk_timerfd_set_oneshot_ns(srv->grace, 0, STOP_GRACE_NS);
    if (r >= 0)
        r = fdk_epoll_add(srv->ep, srv->grace.fd, FDK_EPOLL_IN, TOKEN_GRACE);
    if (r < 0) { /* no deadline: the workers were asked; they will end */
        failed("timerfd", FDK_OP_TIMERFD_OPEN, r);
        fdk_timerfd_close(&srv->grace);
    }
}

/* Slot i's pidfd is readable: its worker ended.  Reap it, then restart it unless stopping. */
static int reap(struct server *srv, int i)
{
    struct worker *w = &srv->w[i];
    struct fdk_siginfo info;
    char line[160];
    bool clean;
    int r;

    r = fdk_pidfd_wait(w->pidfd, &info, 0);
    if (r < 0)
        return failed("pidfd_wait", FDK_OP_PIDFD_WAIT, r);
    fdk_epoll_delete(srv->ep, w->pidfd.fd);
    fdk_pidfd_close(&w->pidfd);
    srv->live--;
    fdk_signal_format(&info, line, sizeof line);
    clean = info.detail.child.event == FDK_CHILD_EXITED && info.detail.child.status == 0;

    if (srv->stopping) {
        printf("worker %d (pid %ld) stopped: %s\n", i + 1, (long)w->pid, line);
        if (!clean)
            srv->failed = true;
        return 0;
    }
    printf("worker %d (pid %ld) died unexpectedly: %s; restarting\n", i + 1, (long)w->pid, line);
    w->quick_deaths = now_ns() - w->started_ns < QUICK_DEATH_NS ? w->quick_deaths + 1 : 0;
    if (w->quick_deaths >= QUICK_DEATHS_MAX) {
        fprintf(stderr, "%s: worker %d died %d times in a row within a second of starting; giving up\n",
                prog, i + 1, w->quick_deaths);
        srv->failed = true;
        begin_stop(srv, "a worker keeps dying");
        return 0;
    }
    r = spawn(srv, i);
    if (r < 0) {
        fprintf(stderr, "%s: worker %d: cannot start another: %s\n", prog, i + 1, strerror(-r));
        srv->failed = true;
        begin_stop(srv, "a worker cannot be restarted");
    }
    return 0;
}

/* SIGINT or SIGTERM for the parent. */
static int parent_signals(struct server *srv)
{
    struct signalfd_siginfo recs[4];
    char name[16];
    ssize_t n;

    while ((n = fdk_signalfd_read(srv->sig, recs, 4)) > 0) {
        for (ssize_t k = 0; k < n; k++) {
            fdk_signal_name((int)recs[k].ssi_signo, name, sizeof name);
            begin_stop(srv, name); /* a second signal while stopping changes nothing */
        }
    }
    if (n < 0 && n != -EAGAIN)
        return failed("signalfd_read", FDK_OP_SIGNALFD_READ, (int)n);
    return 0;
}

/* The deadline passed: kill what is left. */
static void grace_over(struct server *srv)
{
    uint64_t expirations;

    fdk_timerfd_read(srv->grace, &expirations);
    for (int i = 0; i < srv->nworkers; i++) {
        if (srv->w[i].pidfd.fd < 0)
            continue;
        printf("worker %d (pid %ld) did not stop within 5 s: SIGKILL\n", i + 1, (long)srv->w[i].pid);
        fdk_pidfd_send_signal(srv->w[i].pidfd, SIGKILL);
        srv->failed = true;
    }
}

static int serve(struct server *srv)
{
    struct epoll_event ev[MAX_WORKERS + 2];
    int r;

    for (int i = 0; i < srv->nworkers; i++) {
        r = spawn(srv, i);
        if (r < 0) {
            fprintf(stderr, "%s: worker %d: %s\n", prog, i + 1, strerror(-r));
            srv->failed = true;
            begin_stop(srv, "a worker cannot be started");
            break;
        }
    }
    while (!srv->stopping || srv->live > 0) {
        int n = fdk_epoll_wait(srv->ep, ev, MAX_WORKERS + 2, -1);
        if (n == -EINTR)
            continue;
        if (n < 0)
            return failed("epoll_wait", FDK_OP_EPOLL_WAIT, n);
        for (int k = 0; k < n; k++) {
            uint64_t token = fdk_epoll_event_token(&ev[k]);

            if (token == TOKEN_SIGNAL) {
                if (parent_signals(srv) != 0)
                    return 1;
            } else if (token == TOKEN_GRACE) {
                grace_over(srv);
            } else if (token >= TOKEN_WORKER && token < TOKEN_WORKER + MAX_WORKERS) {
                int i = (int)(token - TOKEN_WORKER);
                if (srv->w[i].pidfd.fd >= 0 && reap(srv, i) != 0)
                    return 1;
            }
        }
    }
    return 0;
}

static int usage(FILE *to, int status)
{
    fprintf(to, "usage: echo-server [-w WORKERS] [-a ADDRESS]\n"
                "  -w: worker processes, 1-%d (default 2)\n"
                "  -a: address to listen on (default 127.0.0.1:0, a port the kernel picks; [::1]:7007...)\n"
                "SIGINT or SIGTERM stops the server and its workers.\n",
            MAX_WORKERS);
    return status;
}

int main(int argc, char **argv)
{
    static struct server srv; /* static: its handles start at 0 and are set to -1 below */
    const char *text = "127.0.0.1:0", *why = NULL;
    char shown[FDK_SOCKADDR_STRLEN];
    fdk_sockaddr addr;
    int opt, r, err;

    setvbuf(stdout, NULL, _IOLBF, 0); /* one line at a time, also into a pipe */
    srv.nworkers = 2;
    while ((opt = getopt(argc, argv, "w:a:h")) != -1) {
        char *end;
        long n;

        switch (opt) {
        case 'w':
            errno = 0;
            n = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || n < 1 || n > MAX_WORKERS) {
                fprintf(stderr, "%s: -w: %s is not a number from 1 to %d\n", prog, optarg, MAX_WORKERS);
                return usage(stderr, 2);
            }
            srv.nworkers = (int)n;
            break;
        case 'a':
            text = optarg;
            break;
        case 'h':
            return usage(stdout, 0);
        default:
            return usage(stderr, 2);
        }
    }
    if (optind != argc)
        return usage(stderr, 2);
    if (fdk_sockaddr_parse(&addr, text, &why) < 0) {
        fprintf(stderr, "%s: -a %s: %s\n", prog, text, why ? why : "not an address");
        return 2;
    }

    srv.listener.fd = srv.ep.fd = srv.sig.fd = srv.grace.fd = -1;
    for (int i = 0; i < MAX_WORKERS; i++)
        srv.w[i].pidfd.fd = -1;

    /* Blocked before the first fork, so every worker starts with them blocked too. */
    err = 1;
    r = fdk_signal_set_from_list(&srv.mask, (const int[]){SIGINT, SIGTERM}, 2);
    if (r < 0)
        failed("signal_set_from_list", FDK_OP_SIGNAL_SET_FROM_LIST, r);
    else if ((r = fdk_signalfd_open(&srv.sig, &srv.mask, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK)) < 0)
        failed("signalfd_open", FDK_OP_SIGNALFD_OPEN, r);
    else if ((r = fdk_tcp_listen(&srv.listener, &addr, -1, FDK_SOCKET_NONBLOCK | FDK_SOCKET_REUSEADDR)) < 0)
        failed(text, FDK_OP_TCP_LISTEN, r);
    else if ((r = fdk_socket_local_addr(fdk_tcp_listener_socket(srv.listener), &addr)) < 0)
        failed("local_addr", FDK_OP_SOCKET_LOCAL_ADDR, r);
    else if ((r = fdk_epoll_open(&srv.ep, 0)) < 0)
        failed("epoll_open", FDK_OP_EPOLL_OPEN, r);
    else if ((r = fdk_epoll_add(srv.ep, srv.sig.fd, FDK_EPOLL_IN, TOKEN_SIGNAL)) < 0)
        failed("epoll_add", FDK_OP_EPOLL_ADD, r);
    else {
        fdk_sockaddr_format(&addr, shown, sizeof shown);
        printf("%s: listening on %s with %d worker(s), pid %ld\n", prog, shown, srv.nworkers, (long)getpid());
        err = serve(&srv);
    }

    /* After an error some workers may still run: stop them the hard way, and reap them. */
    for (int i = 0; i < MAX_WORKERS; i++) {
        if (srv.w[i].pidfd.fd >= 0) {
            struct fdk_siginfo info;

            fdk_pidfd_send_signal(srv.w[i].pidfd, SIGKILL);
            fdk_pidfd_wait(srv.w[i].pidfd, &info, 0);
            fdk_pidfd_close(&srv.w[i].pidfd);
            err = 1;
        }
    }
    fdk_timerfd_close(&srv.grace);
    fdk_epoll_close(&srv.ep);
    fdk_tcp_listener_close(&srv.listener);
    fdk_signalfd_close(&srv.sig);
    if (err == 0 && !srv.failed) {
        printf("%s: stopped; every worker exited 0 and was reaped\n", prog);
        return 0;
    }
    if (err == 0)
        printf("%s: stopped; not every worker ended cleanly\n", prog);
    return 1;
}
