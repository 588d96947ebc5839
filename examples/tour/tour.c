/* SPDX-License-Identifier: MIT */
/*
 * A short tour of fdkit.
 *
 * One epoll instance watches two descriptors:
 *   - an eventfd that a helper thread pokes three times (values 1, 2, 3), and
 *   - a timerfd that ticks every 20 ms.
 * The loop prints every event as it arrives (decoded with fdk_flags_format),
 * adds up the eventfd values and counts timer expirations, and stops after
 * five ticks once all pokes have arrived.  Along the way it shows what a
 * failing call looks like (fdk_strerror / fdk_errclass) and what kind of
 * file each descriptor is (fdk_fd_kind).
 *
 * Every fdkit call returns >= 0 on success and -errno on failure; handles are
 * small structs declared with FDK_AUTO so they close at the end of their scope.
 *
 * Then a pipe: its capacity and fill level, bytes moved into it with
 * fdk_copy_all (which picks the fastest way the kernel offers) and spliced
 * on to stdout, borrowed as a pipe end that fdkit never closes.
 *
 * Then sockets: a TCP listener on a port the kernel picks, a connection to
 * it, a message echoed back with the peer's address printed as text, and a
 * pipe end handed to another socket over a Unix socket pair (SCM_RIGHTS).
 *
 * Then file watching: an inotify watch on a scratch folder, several records
 * from one read stepped through with fdk_inotify_next, and a tree watcher
 * that reports a file made inside a folder created a moment before, at its
 * path relative to the root.  Last, a fanotify group that reports file ids
 * (allowed without privileges since Linux 5.13) names the directory and
 * entry of a file made in the folder.
 *
 * Then a POSIX message queue: two messages sent with different priorities
 * come out highest priority first; while it is open, the tour lists its own
 * descriptors as fdkit-ls would: kind, open flags and fdinfo's details.
 *
 * Runs in well under a second; exits 0 on success, 1 with a message otherwise.
 */
#include <fdkit/fdkit.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define TICKS_WANTED 5
#define TICK_NS (20 * 1000000ull)
#define POKES 3 /* the thread writes 1, 2, ..., POKES */

/* Tokens tell the loop which registration an event belongs to. */
enum { TOKEN_POKE = 0x100, TOKEN_TICK = 0x200 };

/* Print why a call failed: its own message, and the class a caller would branch on. */
static int failed(fdk_op op, int err)
{
    fprintf(stderr, "tour: %s [class: %s]\n", fdk_strerror(op, err),
            fdk_error_class_name(fdk_errclass(op, err)));
    return 1;
}

/* Evaluate an fdkit call; on failure report it and leave run() with 1. */
#define TRY(op, expr)                                                                              \
    do {                                                                                           \
        int tour_r_ = (int)(expr);                                                                 \
        if (tour_r_ < 0)                                                                           \
            return failed(op, tour_r_);                                                            \
    } while (0)

static void sleep_ms(long ms)
{
    struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* The helper thread: pokes the eventfd every 30 ms.  The fd is borrowed. */
static void *poker(void *arg)
{
    fdk_eventfd ev = *(const fdk_eventfd *)arg;

    for (uint64_t i = 1; i <= POKES; i++) {
        sleep_ms(30);
        int r = fdk_eventfd_write(ev, i);
        if (r < 0) {
            failed(FDK_OP_EVENTFD_WRITE, r);
            return (void *)1;
        }
    }
    return NULL;
}

/* Show what kind of file a descriptor is. */
static void show_kind(const char *what, int fd)
{
    int kind = fdk_fd_kind(fd);

    if (kind < 0)
        printf("  %-8s fd %d: %s\n", what, fd, fdk_strerror(FDK_OP_FD_KIND, kind));
    else
        printf("  %-8s fd %d: %s\n", what, fd, fdk_fd_kind_name((enum fdk_fd_kind)kind));
}

/*
 * Failures are ordinary values: registering the same fd twice is EEXIST, a
 * non-blocking read of an empty counter is EAGAIN.  fdk_errclass turns them
 * into something a program can branch on without knowing every errno.
 */
static int show_errors(fdk_epoll ep, fdk_eventfd ev)
{
    uint64_t v;
    int r;

    printf("errors are values:\n");
    r = fdk_epoll_add(ep, ev.fd, FDK_EPOLL_IN, TOKEN_POKE);
    if (r != -EEXIST) {
        fprintf(stderr, "tour: adding the eventfd twice returned %d, expected -EEXIST\n", r);
        return 1;
    }
    printf("  %s -> class %s\n", fdk_strerror(FDK_OP_EPOLL_ADD, r),
           fdk_error_class_name(fdk_errclass(FDK_OP_EPOLL_ADD, r)));

    r = fdk_eventfd_read(ev, &v);
    if (r != -EAGAIN) {
        fprintf(stderr,
                "tour: reading an empty non-blocking eventfd returned %d, expected -EAGAIN\n", r);
        return 1;
    }
    printf("  %s -> class %s\n", fdk_strerror(FDK_OP_EVENTFD_READ, r),
           fdk_error_class_name(fdk_errclass(FDK_OP_EVENTFD_READ, r)));
    return 0;
}

/* The event loop; returns 0 when the tour is complete, 1 on failure. */
static int loop(fdk_epoll ep, fdk_eventfd ev, fdk_timerfd tick)
{
    struct epoll_event events[8];
    uint64_t ticks = 0, poked = 0;
    const uint64_t poke_total = POKES * (POKES + 1) / 2;

    while (ticks < TICKS_WANTED || poked < poke_total) {
        /* A generous timeout: nothing here should ever take a second. */
        int n = fdk_epoll_wait(ep, events, 8, 1000);
        if (n == -EINTR)
            continue;
        TRY(FDK_OP_EPOLL_WAIT, n);
        if (n == 0) {
            fprintf(stderr, "tour: no event for a second (ticks %" PRIu64 ", poked %" PRIu64 ")\n",
                    ticks, poked);
            return 1;
        }

        for (int i = 0; i < n; i++) {
            char text[64];
            uint64_t token = fdk_epoll_event_token(&events[i]), value = 0;

            fdk_flags_format(FDK_FLAGSET_EPOLL_EVENTS, events[i].events, text, sizeof(text));
            if (token == TOKEN_TICK) {
                /* The count of expirations since the last read: never lose a tick. */
                TRY(FDK_OP_TIMERFD_READ, fdk_timerfd_read(tick, &value));
                ticks += value;
                printf("  [%s] timer: %" PRIu64 " expiration(s), %" PRIu64 " so far\n", text, value,
                       ticks);
            } else if (token == TOKEN_POKE) {
                /* Reading resets the counter; several pokes may arrive summed. */
                TRY(FDK_OP_EVENTFD_READ, fdk_eventfd_read(ev, &value));
                poked += value;
                printf("  [%s] eventfd: counter was %" PRIu64 ", %" PRIu64 " of %" PRIu64
                       " so far\n",
                       text, value, poked, poke_total);
            } else {
                fprintf(stderr, "tour: event with unknown token 0x%" PRIx64 "\n", token);
                return 1;
            }
        }
    }

    if (poked != poke_total) {
        fprintf(stderr, "tour: eventfd values add up to %" PRIu64 ", expected %" PRIu64 "\n", poked,
                poke_total);
        return 1;
    }
    return 0;
}

static int run(void)
{
    FDK_AUTO(epoll) ep = FDK_HANDLE_INIT;
    FDK_AUTO(eventfd) ev = FDK_HANDLE_INIT;
    FDK_AUTO(timerfd) tick = FDK_HANDLE_INIT;
    uint64_t interest;
    char text[64];
    pthread_t thread;
    void *thread_ret = NULL;
    int r;

    /* Every fdkit fd is CLOEXEC; O_NONBLOCK is the caller's choice. */
    TRY(FDK_OP_EPOLL_OPEN, fdk_epoll_open(&ep, 0));
    TRY(FDK_OP_EVENTFD_OPEN, fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK));
    TRY(FDK_OP_TIMERFD_OPEN, fdk_timerfd_open(&tick, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));

    /* Flags can come from text (a config file, a command line) and go back to text. */
    if (fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN", &interest) < 0) {
        fprintf(stderr, "tour: cannot parse \"EPOLLIN\"\n");
        return 1;
    }
    fdk_flags_format(FDK_FLAGSET_EVENTFD_OPEN, FDK_EVENTFD_NONBLOCK, text, sizeof(text));
    printf("opened an epoll, an eventfd (%s) and a 20 ms timerfd\n", text);

    TRY(FDK_OP_EPOLL_ADD, fdk_epoll_add(ep, ev.fd, (uint32_t)interest, TOKEN_POKE));
    TRY(FDK_OP_EPOLL_ADD, fdk_epoll_add(ep, tick.fd, (uint32_t)interest, TOKEN_TICK));

    printf("what the descriptors are:\n");
    show_kind("epoll", ep.fd);
    show_kind("eventfd", ev.fd);
    show_kind("timerfd", tick.fd);
    show_kind("stdout", 1);

    if (show_errors(ep, ev) != 0)
        return 1;

    printf("event loop (stops after %d ticks):\n", TICKS_WANTED);
    TRY(FDK_OP_TIMERFD_SET_PERIODIC_NS, fdk_timerfd_set_periodic_ns(tick, TICK_NS, TICK_NS));
    r = pthread_create(&thread, NULL, poker, &ev);
    if (r != 0) {
        fprintf(stderr, "tour: pthread_create: %s\n", strerror(r));
        return 1;
    }
    /* From here on the thread borrows ev: join it before anything is closed. */
    r = loop(ep, ev, tick);
    pthread_join(thread, &thread_ret);
    if (r != 0 || thread_ret != NULL)
        return 1;

    /* Stop the timer; disarm hands back what was left of the setting. */
    uint64_t remaining = 0, interval = 0;
    TRY(FDK_OP_TIMERFD_GET_NS, fdk_timerfd_get_ns(tick, &remaining, &interval));
    TRY(FDK_OP_TIMERFD_DISARM, fdk_timerfd_disarm(tick, NULL));
    printf("timer disarmed (it had %" PRIu64 " us left of a %" PRIu64 " us period)\n",
           remaining / 1000, interval / 1000);
    return 0; /* FDK_AUTO closes tick, ev and ep here */
}

/* A pipe, a full transfer into it, and a splice out of it to stdout. */
static int pipes(void)
{
    static const char msg[] = "  (these bytes went file -> pipe -> stdout inside the kernel)\n";
    FDK_AUTO(pipe_reader) r = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_writer) w = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_writer) out = FDK_HANDLE_INIT;
    FDK_AUTO(file) src = FDK_HANDLE_INIT;
    char path[] = "/tmp/fdkit-tour-XXXXXX";
    size_t avail = 0, done = 0;
    int64_t off = 0;
    int fd, cap;

    /* A source file with the message in it (mkstemp's fd is adopted, so it closes with src). */
    fd = mkstemp(path);
    if (fd < 0 || unlink(path) != 0) {
        fprintf(stderr, "tour: mkstemp: %s\n", strerror(errno));
        return 1;
    }
    src = fdk_file_adopt(fd);
    TRY(FDK_OP_FILE_PWRITE, fdk_file_pwrite(src, msg, sizeof msg - 1, 0));

    /* Only the read end non-blocking: each end of a pipe is set on its own. */
    TRY(FDK_OP_PIPE_OPEN, fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK_READ));
    TRY(FDK_OP_PIPE_CAPACITY, cap = fdk_pipe_capacity(w.fd));
    TRY(FDK_OP_COPY_ALL, fdk_copy_all(src.fd, &off, w.fd, NULL, FDK_TO_EOF, NULL, &done));
    TRY(FDK_OP_PIPE_AVAILABLE, fdk_pipe_available(r.fd, &avail));
    printf("pipe: %d bytes of capacity, %zu copied in by fdk_copy_all, %zu waiting\n", cap, done, avail);

    /* stdout as a borrowed pipe end: closing it at the end of scope leaves fd 1 open. */
    out = fdk_pipe_stdout();
    fflush(stdout);
    if (fdk_splice_all(r.fd, NULL, out.fd, NULL, avail, 0, NULL, &done) < 0) {
        /* stdout may be a terminal or a file opened for append: splice needs a pipe or a file */
        TRY(FDK_OP_COPY_ALL, fdk_copy_all(r.fd, NULL, out.fd, NULL, avail - done, NULL, NULL));
    }
    return 0; /* FDK_AUTO closes src, w and r; out is borrowed and stays open */
}

/* TCP over loopback, then an fd passed over a Unix socket pair. */
static int sockets(void)
{
    FDK_AUTO(tcp_listener) l = FDK_HANDLE_INIT;
    FDK_AUTO(tcp_stream) c = FDK_HANDLE_INIT;
    FDK_AUTO(tcp_stream) a = FDK_HANDLE_INIT;
    FDK_AUTO(unix_stream) u1 = FDK_HANDLE_INIT;
    FDK_AUTO(unix_stream) u2 = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_reader) r = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_writer) w = FDK_HANDLE_INIT;
    fdk_sockaddr addr, peer;
    char text[FDK_SOCKADDR_STRLEN], buf[64];
    int fds[1] = {-1}, got[2];
    struct fdk_socket_ancillary anc;
    ssize_t n;

    /* Port 0: the kernel picks a free port, which the listener's local address reports. */
    if (fdk_sockaddr_parse(&addr, "127.0.0.1:0", NULL) < 0)
        return 1;
    TRY(FDK_OP_TCP_LISTEN, fdk_tcp_listen(&l, &addr, -1, FDK_SOCKET_REUSEADDR));
    TRY(FDK_OP_SOCKET_LOCAL_ADDR, fdk_socket_local_addr(fdk_tcp_listener_socket(l), &addr));
    TRY(FDK_OP_TCP_CONNECT, fdk_tcp_connect(&c, &addr, 0));
    TRY(FDK_OP_TCP_ACCEPT, fdk_tcp_accept(l, &a, &peer, 0));
    TRY(FDK_OP_SOCKET_SET_NODELAY, fdk_socket_set_nodelay(fdk_tcp_stream_socket(c), true));
    TRY(FDK_OP_TCP_STREAM_SEND, fdk_tcp_stream_send(c, "ping", 4, 0));
    TRY(FDK_OP_TCP_STREAM_RECV, n = fdk_tcp_stream_recv(a, buf, sizeof buf, 0));
    TRY(FDK_OP_TCP_STREAM_SEND, fdk_tcp_stream_send(a, buf, (size_t)n, 0));
    TRY(FDK_OP_TCP_STREAM_SHUTDOWN, fdk_tcp_stream_shutdown(a, SHUT_WR)); /* c reads EOF after the echo */
    TRY(FDK_OP_TCP_STREAM_RECV, n = fdk_tcp_stream_recv(c, buf, sizeof buf, FDK_SOCKET_WAITALL));
    fdk_sockaddr_format(&peer, text, sizeof text);
    printf("tcp: echoed \"%.*s\" back to %s, ", (int)n, buf, text);
    fdk_sockaddr_format(&addr, text, sizeof text);
    printf("which connected to %s\n", text);

    /* A pipe's write end travels to the other socket; the copy that arrives is new and CLOEXEC. */
    TRY(FDK_OP_UNIX_PAIR, fdk_unix_pair(&u1, &u2, 0));
    TRY(FDK_OP_PIPE_OPEN, fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK_READ));
    fds[0] = w.fd;
    TRY(FDK_OP_SOCKET_SEND_FDS, fdk_socket_send_fds(fdk_unix_stream_socket(u1), "w", 1, fds, 1, 0));
    memset(&anc, 0, sizeof anc);
    anc.fds = got;
    anc.fds_max = 2;
    TRY(FDK_OP_SOCKET_RECV_ANCILLARY, fdk_socket_recv_ancillary(fdk_unix_stream_socket(u2), buf, sizeof buf, &anc, 0));
    if (anc.nfds != 1) {
        fprintf(stderr, "tour: expected one fd, got %zu\n", anc.nfds);
        return 1;
    }
    {
        FDK_AUTO(pipe_writer) passed = fdk_pipe_writer_adopt(got[0]); /* ours now: closed at scope end */
        TRY(FDK_OP_PIPE_WRITER_CLOSE, fdk_pipe_writer_close(&w)); /* the original goes; the copy still writes */
        TRY(FDK_OP_FD_WRITE, fdk_fd_write(passed.fd, "via a passed fd", 15));
    }
    TRY(FDK_OP_FD_READ, n = fdk_fd_read(r.fd, buf, sizeof buf));
    printf("unix: a pipe end crossed a socket pair; through it came \"%.*s\"\n", (int)n, buf);
    return 0;
}

/*
 * fanotify without privileges: a group reporting the directory's file id and
 * the entry's name (REPORT_DFID_NAME), an inode mark on dir for CREATE.
 */
static int fanotify_ids(const char *dir)
{
    FDK_AUTO(fanotify) fan = FDK_HANDLE_INIT;
    struct fdk_fanotify_event ev;
    char path[96], mask[64];
    union {
        struct fanotify_event_metadata align;
        char b[4096];
    } buf;
    size_t pos = 0;
    ssize_t n;
    int fd, r;

    r = fdk_fanotify_open(&fan, FDK_FANOTIFY_REPORT_DFID_NAME | FDK_FANOTIFY_NONBLOCK, 0);
    if (r == -EPERM || r == -EINVAL || r == -ENOSYS) { /* before Linux 5.13, or no fanotify */
        printf("fanotify: not available here (%s)\n", fdk_strerror(FDK_OP_FANOTIFY_OPEN, r));
        return 0;
    }
    TRY(FDK_OP_FANOTIFY_OPEN, r);
    TRY(FDK_OP_FANOTIFY_MARK, fdk_fanotify_mark(fan, FDK_FANOTIFY_MARK_ADD, FDK_FANOTIFY_CREATE, AT_FDCWD, dir));
    snprintf(path, sizeof path, "%s/seen-by-fanotify", dir);
    fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd >= 0)
        close(fd);
    unlink(path); /* the CREATE is queued already */
    TRY(FDK_OP_FANOTIFY_READ, n = fdk_fanotify_read(fan, buf.b, sizeof buf.b));
    while ((r = fdk_fanotify_next(buf.b, (size_t)n, &pos, &ev)) > 0) {
        fdk_flags_format(FDK_FLAGSET_FANOTIFY_MASK, ev.mask, mask, sizeof mask);
        printf("fanotify: %s \"%s\" in the directory with a %" PRIu32 "-byte handle, by pid %s\n", mask,
               ev.dfid.name ? ev.dfid.name : "?", ev.dfid.handle_bytes, ev.pid == getpid() ? "self" : "other");
        fdk_fanotify_event_close(&ev); /* a FID group hands out no descriptor; harmless */
    }
    TRY(FDK_OP_FANOTIFY_NEXT, r);
    return 0;
}

/* An inotify watch and its variable-length records, then a recursive tree watcher. */
static int watching(void)
{
    FDK_AUTO(inotify) in = FDK_HANDLE_INIT;
    struct fdk_inotify_event ev;
    struct fdk_inotify_tree_event tev[8];
    fdk_inotify_tree *tree = NULL;
    char dir[] = "/tmp/fdkit-tour-XXXXXX", path[96], mask[96];
    /* aligned for struct inotify_event, large enough for several maximal records */
    union {
        struct inotify_event align;
        char b[4096];
    } buf;
    size_t pos = 0;
    ssize_t n;
    int wd, fd, r, i, err = 1;

    if (!mkdtemp(dir)) {
        fprintf(stderr, "tour: mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    TRY(FDK_OP_INOTIFY_OPEN, fdk_inotify_open(&in, FDK_INOTIFY_NONBLOCK));
    TRY(FDK_OP_INOTIFY_ADD, wd = fdk_inotify_add(in, dir, FDK_INOTIFY_CREATE | FDK_INOTIFY_CLOSE_WRITE));
    snprintf(path, sizeof path, "%s/hello", dir);
    fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd >= 0)
        close(fd);
    TRY(FDK_OP_INOTIFY_READ, n = fdk_inotify_read(in, buf.b, sizeof buf.b));
    printf("inotify: one read of %zd bytes held", n);
    while ((r = fdk_inotify_next(buf.b, (size_t)n, &pos, &ev)) > 0) {
        fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, ev.mask, mask, sizeof mask);
        printf(" %s(%s)", mask, ev.name ? ev.name : "");
    }
    printf("\n");
    TRY(FDK_OP_INOTIFY_NEXT, r);
    TRY(FDK_OP_INOTIFY_REMOVE, fdk_inotify_remove(in, wd));

    /* The tree watcher: a folder and a file inside it, made before the tree looks. */
    TRY(FDK_OP_INOTIFY_TREE_NEW, fdk_inotify_tree_new(&tree, dir, FDK_INOTIFY_CREATE, 0));
    snprintf(path, sizeof path, "%s/new", dir);
    if (mkdir(path, 0755) == 0) {
        snprintf(path, sizeof path, "%s/new/inside", dir);
        fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0)
            close(fd);
    }
    for (i = 0; i < 2;) { /* blocking reads: the two CREATEs */
        r = fdk_inotify_tree_read(tree, tev, 8);
        if (r < 0) {
            failed(FDK_OP_INOTIFY_TREE_READ, r);
            goto out;
        }
        for (int k = 0; k < r; k++, i++)
            printf("tree: CREATE %s%s\n", tev[k].path,
                   (tev[k].flags & FDK_INOTIFY_TREE_SYNTHETIC) ? " (found by reading the new folder)" : "");
    }
    err = fanotify_ids(dir);
out:
    fdk_inotify_tree_free(tree);
    unlink(path);
    snprintf(path, sizeof path, "%s/new", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/hello", dir);
    unlink(path);
    rmdir(dir);
    return err;
}

/* The tour's own descriptors, from /proc/self/fd and fdinfo. */
static void list_fds(void)
{
    char flags[128];
    int fd;

    for (fd = 0; fd < 64; fd++) {
        struct fdk_fdinfo info;
        int kind;

        if (fcntl(fd, F_GETFD) < 0)
            continue;
        kind = fdk_fd_kind(fd);
        if (kind < 0 || fdk_fdinfo_read(0, fd, &info) < 0)
            continue;
        /* the flags a reader cares about (the kernel also shows O_LARGEFILE and others) */
        fdk_flags_format(FDK_FLAGSET_FILE_OPEN, (uint64_t)(info.flags & (O_ACCMODE | O_APPEND | O_NONBLOCK | O_CLOEXEC)),
                         flags, sizeof flags);
        printf("  fd %d: %s, %s", fd, fdk_fd_kind_name((enum fdk_fd_kind)kind), flags);
        if (info.have & FDK_FDINFO_HAVE_EVENTFD)
            printf(", counter %" PRIu64, info.eventfd_count);
        printf("\n");
        fdk_fdinfo_free(&info);
    }
}

/* A message queue: priorities decide the order. */
static int queue(void)
{
    FDK_AUTO(mq) q = FDK_HANDLE_INIT;
    const struct fdk_mq_attr attr = {.maxmsg = 4, .msgsize = 64};
    char name[64], msg[64];
    unsigned int prio;
    ssize_t n;
    int r;

    snprintf(name, sizeof name, "/fdkit-tour-%ld", (long)getpid());
    r = fdk_mq_open(&q, name, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL | FDK_MQ_NONBLOCK, 0600, &attr);
    if (r == -ENOSYS) {
        printf("mq: no POSIX message queues in this kernel\n");
        return 0;
    }
    TRY(FDK_OP_MQ_OPEN, r);
    fdk_mq_unlink(name); /* the queue lives on until q closes; nothing is left behind */
    TRY(FDK_OP_MQ_SEND, fdk_mq_send(q, "routine", 7, 1));
    TRY(FDK_OP_MQ_SEND, fdk_mq_send(q, "urgent", 6, 9));
    printf("mq: %d messages queued;", fdk_mq_depth(q));
    while ((n = fdk_mq_receive(q, msg, sizeof msg, &prio)) >= 0)
        printf(" \"%.*s\" (priority %u)", (int)n, msg, prio);
    printf("\n");
    printf("fds: the tour's descriptors while the queue is open\n");
    list_fds();
    if (n != -EAGAIN) /* the queue is non-blocking: empty now */
        return failed(FDK_OP_MQ_RECEIVE, (int)n);
    return 0;
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* print each line as it happens, even into a pipe */
    if (run() != 0 || pipes() != 0 || sockets() != 0 || watching() != 0 || queue() != 0)
        return 1;
    printf("tour complete\n");
    return 0;
}
