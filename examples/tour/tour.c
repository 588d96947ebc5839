/* SPDX-License-Identifier: MIT */
/*
 * A short tour of fdkit: one numbered step per family, or per few families
 * that work together, in this order:
 *
 *   1. fd, epoll, eventfd, timerfd: an epoll set, an eventfd and a timerfd
 *      are opened, and fdk_fd_kind says what kind of file each one is;
 *   2. errors: what a failing call looks like (fdk_strerror, fdk_errclass);
 *   3. epoll, eventfd, timerfd: the loop - a helper thread (started with
 *      every signal blocked) pokes the eventfd three times while the timer
 *      ticks every 20 ms; every event is printed as it arrives, decoded
 *      with fdk_flags_format, until five ticks and all pokes are in;
 *   4. pipe, copy, splice: a pipe's capacity and fill level, bytes moved in
 *      by fdk_copy_all and spliced on to stdout, borrowed as a pipe end;
 *   5. fifo: a named pipe that says "no reader yet" instead of hanging;
 *   6. file: openat2 rules - a path beneath a folder opens, one that climbs
 *      out of it is refused; pwrite, pread and stat;
 *   7. memfd: a memory file, sealed against every further change;
 *   8. sendfile: the sealed file's bytes sent into a socket by the kernel;
 *   9. chardev: /dev/zero and /dev/null, and a path that is not a device;
 *  10. socket: TCP over loopback on a port the kernel picks, and a pipe end
 *      passed over a Unix socket pair (SCM_RIGHTS);
 *  11. inotify: several records from one read, then a tree watcher that
 *      reports a file made in a folder created a moment before;
 *  12. fanotify: a group reporting file ids (unprivileged since Linux 5.13);
 *  13. signal: a signal set by name, and a signal sent to the tour,
 *      collected while blocked and decoded into one line;
 *  14. signalfd: a queued signal with a value, read as a record;
 *  15. sigdispatch: a callback for one signal, an "ignore" action for
 *      another;
 *  16. pidfd: a child checked, signalled and reaped through its pidfd;
 *  17. tty: a pseudo-terminal pair set to raw mode at 9600 baud, bytes
 *      through it both ways, its settings before and after;
 *  18. mq: a POSIX message queue hands out messages by priority;
 *  19. fdinfo: the tour's own descriptors, decoded as fdkit-ls does.
 *
 * Output: each step begins with a heading line "N. families: sentence"
 * saying what it shows; the lines under it, indented, are what the calls
 * returned.  "data:" lines are bytes that travelled through descriptors;
 * a step that needs what this system lacks (a pty under qemu-user, which
 * does not translate the terminal ioctls; fanotify without privileges on a
 * kernel before 5.13; pidfds or openat2 under valgrind...) prints
 * "skipped: why" and the tour goes on.
 *
 * Every fdkit call returns >= 0 on success and -errno on failure; handles are
 * small structs declared with FDK_AUTO so they close at the end of their scope.
 * Signals used by the steps are blocked only while a step needs them, and
 * the mask is put back afterwards.
 *
 * Runs in well under a second; exits 0 on success, 1 with a message otherwise.
 */
#include <fdkit/fdkit.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h> /* VMIN: fdk_tty_settings.cc is indexed like c_cc */
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

/* Evaluate an fdkit call; on failure report it and leave the step with 1. */
#define TRY(op, expr)                                                                              \
    do {                                                                                           \
        int tour_r_ = (int)(expr);                                                                 \
        if (tour_r_ < 0)                                                                           \
            return failed(op, tour_r_);                                                            \
    } while (0)

/* The heading of a step: the families it shows, and one sentence about it. */
static void step(const char *families, const char *sentence)
{
    static int n;

    printf("\n%d. %s: %s\n", ++n, families, sentence);
}

/* Bytes that travelled through a descriptor, control characters made visible. */
static void data(const char *what, const char *buf, size_t len)
{
    printf("  data: %s\"", what);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (c == '\n')
            printf("\\n");
        else if (c == '\r')
            printf("\\r");
        else if (c < 0x20 || c >= 0x7f)
            printf("\\x%02x", c);
        else
            putchar(c);
    }
    printf("\"\n");
}

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

    step("errors", "A failed call returns -errno, which prints as a sentence and falls into a class "
                   "a program can branch on.");
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

    step("fd, epoll, eventfd, timerfd", "Three descriptors are opened (CLOEXEC always, non-blocking "
                                        "when asked) and fdk_fd_kind says what kind of file each is.");
    TRY(FDK_OP_EPOLL_OPEN, fdk_epoll_open(&ep, 0));
    TRY(FDK_OP_EVENTFD_OPEN, fdk_eventfd_open(&ev, 0, FDK_EVENTFD_NONBLOCK));
    TRY(FDK_OP_TIMERFD_OPEN, fdk_timerfd_open(&tick, CLOCK_MONOTONIC, FDK_TIMERFD_NONBLOCK));

    /* Flags can come from text (a config file, a command line) and go back to text. */
    if (fdk_flags_parse(FDK_FLAGSET_EPOLL_EVENTS, "EPOLLIN", &interest) < 0) {
        fprintf(stderr, "tour: cannot parse \"EPOLLIN\"\n");
        return 1;
    }
    fdk_flags_format(FDK_FLAGSET_EVENTFD_OPEN, FDK_EVENTFD_NONBLOCK, text, sizeof(text));
    printf("  opened an epoll, an eventfd (%s) and a 20 ms timerfd\n", text);

    TRY(FDK_OP_EPOLL_ADD, fdk_epoll_add(ep, ev.fd, (uint32_t)interest, TOKEN_POKE));
    TRY(FDK_OP_EPOLL_ADD, fdk_epoll_add(ep, tick.fd, (uint32_t)interest, TOKEN_TICK));

    show_kind("epoll", ep.fd);
    show_kind("eventfd", ev.fd);
    show_kind("timerfd", tick.fd);
    show_kind("stdout", 1);

    if (show_errors(ep, ev) != 0)
        return 1;

    step("epoll, eventfd, timerfd", "One epoll set waits for a helper thread's three pokes of the "
                                    "eventfd and for five ticks of the 20 ms timer.");
    TRY(FDK_OP_TIMERFD_SET_PERIODIC_NS, fdk_timerfd_set_periodic_ns(tick, TICK_NS, TICK_NS));
    /* Started with every signal blocked: the signal steps below then own every signal. */
    TRY(FDK_OP_SIGNAL_THREAD_CREATE_BLOCKED, fdk_signal_thread_create_blocked(&thread, NULL, poker, &ev));
    /* From here on the thread borrows ev: join it before anything is closed. */
    r = loop(ep, ev, tick);
    pthread_join(thread, &thread_ret);
    if (r != 0 || thread_ret != NULL)
        return 1;

    /* Stop the timer; disarm hands back what was left of the setting. */
    uint64_t remaining = 0, interval = 0;
    TRY(FDK_OP_TIMERFD_GET_NS, fdk_timerfd_get_ns(tick, &remaining, &interval));
    TRY(FDK_OP_TIMERFD_DISARM, fdk_timerfd_disarm(tick, NULL));
    printf("  timer disarmed (it had %" PRIu64 " us left of a %" PRIu64 " us period)\n",
           remaining / 1000, interval / 1000);
    return 0; /* FDK_AUTO closes tick, ev and ep here */
}

/* A pipe, a full transfer into it, and a splice out of it to stdout. */
static int pipes(void)
{
    /* The data line itself: these bytes reach stdout through the pipe, not through printf. */
    static const char msg[] = "  data: \"file -> pipe -> stdout, moved inside the kernel\"\n";
    FDK_AUTO(pipe_reader) r = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_writer) w = FDK_HANDLE_INIT;
    FDK_AUTO(pipe_writer) out = FDK_HANDLE_INIT;
    FDK_AUTO(file) src = FDK_HANDLE_INIT;
    char path[] = "/tmp/fdkit-tour-XXXXXX";
    size_t avail = 0, done = 0;
    int64_t off = 0;
    int fd, cap;

    step("pipe, copy, splice", "A file's bytes are copied into a pipe by fdk_copy_all and spliced "
                               "from the pipe to stdout, without passing through the tour.");
    /* A source file with the message in it (mkstemp's fd is adopted, so it closes with src). */
    fd = mkstemp(path);
    if (fd < 0 || unlink(path) != 0) {
        fprintf(stderr, "tour: mkstemp: %s\n", strerror(errno));
        if (fd >= 0)
            close(fd);
        return 1;
    }
    src = fdk_file_adopt(fd);
    TRY(FDK_OP_FILE_PWRITE, fdk_file_pwrite(src, msg, sizeof msg - 1, 0));

    /* Only the read end non-blocking: each end of a pipe is set on its own. */
    TRY(FDK_OP_PIPE_OPEN, fdk_pipe_open(&r, &w, FDK_PIPE_NONBLOCK_READ));
    TRY(FDK_OP_PIPE_CAPACITY, cap = fdk_pipe_capacity(w.fd));
    TRY(FDK_OP_COPY_ALL, fdk_copy_all(src.fd, &off, w.fd, NULL, FDK_TO_EOF, NULL, &done));
    TRY(FDK_OP_PIPE_AVAILABLE, fdk_pipe_available(r.fd, &avail));
    printf("  pipe: %d bytes of capacity, %zu copied in by fdk_copy_all, %zu waiting\n", cap, done,
           avail);

    /* stdout as a borrowed pipe end: closing it at the end of scope leaves fd 1 open. */
    out = fdk_pipe_stdout();
    fflush(stdout);
    if (fdk_splice_all(r.fd, NULL, out.fd, NULL, avail, 0, NULL, &done) < 0) {
        /* stdout may be a terminal or a file opened for append: splice needs a pipe or a file */
        TRY(FDK_OP_COPY_ALL, fdk_copy_all(r.fd, NULL, out.fd, NULL, avail - done, NULL, NULL));
    }
    return 0; /* FDK_AUTO closes src, w and r; out is borrowed and stays open */
}

/* A named pipe in dir: "no reader yet" first, then a message through it. */
static int fifo_in(const char *path)
{
    FDK_AUTO(fifo) rd = FDK_HANDLE_INIT;
    FDK_AUTO(fifo) wr = FDK_HANDLE_INIT;
    static const char msg[] = "through a named pipe";
    char buf[64];
    ssize_t n;
    int r;

    TRY(FDK_OP_FIFO_CREATE, fdk_fifo_create(AT_FDCWD, path, 0600));
    r = fdk_fifo_open_write(&wr, AT_FDCWD, path, 0);
    if (r != -ENXIO) {
        fprintf(stderr, "tour: opening a FIFO nobody reads returned %d, expected -ENXIO\n", r);
        return 1;
    }
    printf("  open for writing, nobody reading: %s\n", fdk_strerror(FDK_OP_FIFO_OPEN_WRITE, r));
    /* A non-blocking open for reading never waits for a writer; then the writer finds it. */
    TRY(FDK_OP_FIFO_OPEN_READ, fdk_fifo_open_read(&rd, AT_FDCWD, path, FDK_FIFO_NONBLOCK));
    TRY(FDK_OP_FIFO_OPEN_WRITE, fdk_fifo_open_write(&wr, AT_FDCWD, path, 0));
    TRY(FDK_OP_FD_WRITE_ALL, fdk_fd_write_all(wr.fd, msg, sizeof msg - 1, NULL));
    TRY(FDK_OP_FD_READ, n = fdk_fd_read(rd.fd, buf, sizeof buf));
    printf("  with a reader the open succeeds; fd_kind says %s\n",
           fdk_fd_kind_name((enum fdk_fd_kind)fdk_fd_kind(rd.fd)));
    data("", buf, (size_t)n);
    return 0;
}

/* openat2's rules, and the positioned I/O of a plain file. */
static int file_in(const char *dir)
{
    FDK_AUTO(file) d = FDK_HANDLE_INIT;
    FDK_AUTO(file) f = FDK_HANDLE_INIT;
    FDK_AUTO(file) out = FDK_HANDLE_INIT;
    static const char msg[] = "written at offset 6";
    const uint64_t beneath = FDK_FILE_RESOLVE_BENEATH;
    char buf[64];
    struct stat st;
    ssize_t n;
    int r;

    TRY(FDK_OP_FILE_OPEN, fdk_file_open(&d, AT_FDCWD, dir, FDK_FILE_RDONLY | FDK_FILE_DIRECTORY, 0, 0));
    r = fdk_file_open(&f, d.fd, "notes", FDK_FILE_RDWR | FDK_FILE_CREAT | FDK_FILE_EXCL, 0600, beneath);
    if (r == -ENOSYS) { /* no openat2: before Linux 5.6, or under an emulator that lacks it */
        printf("  skipped: RESOLVE_BENEATH (%s); opened without it\n", fdk_strerror(FDK_OP_FILE_OPEN, r));
        TRY(FDK_OP_FILE_OPEN, fdk_file_open(&f, d.fd, "notes", FDK_FILE_RDWR | FDK_FILE_CREAT | FDK_FILE_EXCL, 0600, 0));
    } else {
        TRY(FDK_OP_FILE_OPEN, r);
        printf("  \"notes\" beneath the folder: opened\n");
        r = fdk_file_open(&out, d.fd, "../notes", FDK_FILE_RDONLY, 0, beneath);
        if (r != -EXDEV) {
            fprintf(stderr, "tour: \"../notes\" beneath a folder returned %d, expected -EXDEV\n", r);
            return 1;
        }
        printf("  \"../notes\" beneath the folder: %s\n", fdk_strerror(FDK_OP_FILE_OPEN, r));
    }
    TRY(FDK_OP_FILE_PWRITE, fdk_file_pwrite(f, "hello ", 6, 0));
    TRY(FDK_OP_FILE_PWRITE, fdk_file_pwrite(f, msg, sizeof msg - 1, 6));
    TRY(FDK_OP_FILE_STAT, fdk_file_stat(f, &st));
    TRY(FDK_OP_FILE_PREAD, n = fdk_file_pread(f, buf, sizeof buf, 0));
    printf("  two pwrites made a file of %lld bytes; one pread from offset 0 gives it back\n",
           (long long)st.st_size);
    data("", buf, (size_t)n);
    return 0;
}

/* Steps 5 and 6 share a scratch folder, removed whatever happens. */
static int fifo_and_file(void)
{
    char dir[] = "/tmp/fdkit-tour-XXXXXX", path[64];
    int err;

    if (!mkdtemp(dir)) {
        fprintf(stderr, "tour: mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    step("fifo", "A named pipe: opening it for writing while nobody reads says so at once, instead "
                 "of hanging.");
    snprintf(path, sizeof path, "%s/fifo", dir);
    err = fifo_in(path);
    unlink(path);
    if (err == 0) {
        step("file", "A file opened under openat2 rules: a path beneath a folder opens, one that "
                     "climbs out of it is refused.");
        err = file_in(dir);
        snprintf(path, sizeof path, "%s/notes", dir);
        unlink(path);
    }
    rmdir(dir);
    return err;
}

/* A memory file, sealed; then sendfile takes its bytes into a socket. */
static int memory(void)
{
    FDK_AUTO(memfd) m = FDK_HANDLE_INIT;
    FDK_AUTO(unix_stream) a = FDK_HANDLE_INIT;
    FDK_AUTO(unix_stream) b = FDK_HANDLE_INIT;
    static const char msg[] = "sealed in memory, sent by sendfile";
    const unsigned int seals = FDK_MEMFD_SEAL_WRITE | FDK_MEMFD_SEAL_SHRINK | FDK_MEMFD_SEAL_GROW |
                               FDK_MEMFD_SEAL_SEAL;
    char text[96], buf[64];
    int64_t off = 0;
    size_t done = 0;
    ssize_t n;
    int r;

    step("memfd", "A memory file is written and then sealed, so that nobody holding it can change it "
                  "any more.");
    TRY(FDK_OP_MEMFD_CREATE, fdk_memfd_create(&m, "tour", FDK_MEMFD_ALLOW_SEALING));
    TRY(FDK_OP_FD_WRITE_ALL, fdk_fd_write_all(m.fd, msg, sizeof msg - 1, NULL));
    TRY(FDK_OP_MEMFD_ADD_SEALS, fdk_memfd_add_seals(m, seals));
    TRY(FDK_OP_MEMFD_GET_SEALS, r = fdk_memfd_get_seals(m));
    fdk_flags_format(FDK_FLAGSET_MEMFD_SEALS, (uint64_t)r, text, sizeof text);
    printf("  a %zu-byte %s, sealed %s\n", sizeof msg - 1,
           fdk_fd_kind_name((enum fdk_fd_kind)fdk_fd_kind(m.fd)), text);
    r = (int)fdk_fd_write(m.fd, "x", 1);
    if (r != -EPERM) {
        fprintf(stderr, "tour: writing a write-sealed memfd returned %d, expected -EPERM\n", r);
        return 1;
    }
    printf("  one more write: %s\n", fdk_strerror(FDK_OP_FD_WRITE, r));

    step("sendfile", "sendfile moves the sealed memory file's bytes into a socket inside the kernel.");
    TRY(FDK_OP_UNIX_PAIR, fdk_unix_pair(&a, &b, 0));
    TRY(FDK_OP_SENDFILE_ALL, fdk_sendfile_all(m.fd, &off, a.fd, FDK_TO_EOF, NULL, &done));
    TRY(FDK_OP_UNIX_STREAM_RECV, n = fdk_unix_stream_recv(b, buf, done < sizeof buf ? done : sizeof buf, FDK_SOCKET_WAITALL));
    printf("  %zu bytes sent from offset 0, which moved to %lld\n", done, (long long)off);
    data("", buf, (size_t)n);
    return 0;
}

/* /dev/zero and /dev/null through the chardev API, and a path that is not a device. */
static int devices(void)
{
    FDK_AUTO(chardev) zero = FDK_HANDLE_INIT;
    FDK_AUTO(chardev) null = FDK_HANDLE_INIT;
    FDK_AUTO(chardev) other = FDK_HANDLE_INIT;
    char buf[4096];
    ssize_t n;
    size_t i;
    int r;

    step("chardev", "Character devices: /dev/zero reads as zeros, /dev/null takes any write, and a "
                    "path that is no device is never opened as one.");
    r = fdk_chardev_open(&zero, AT_FDCWD, "/dev/zero", FDK_CHARDEV_RDONLY, 0);
    if (r == -ENOENT || r == -EACCES || r == -EPERM || r == -ENODEV || r == -ENXIO) {
        printf("  skipped: /dev/zero: %s\n", fdk_strerror(FDK_OP_CHARDEV_OPEN, r));
        return 0;
    }
    TRY(FDK_OP_CHARDEV_OPEN, r);
    memset(buf, 'x', sizeof buf);
    TRY(FDK_OP_FD_READ, n = fdk_fd_read(zero.fd, buf, 16));
    for (i = 0; i < (size_t)n && buf[i] == 0; i++)
        ;
    printf("  /dev/zero (%s): read %zd bytes, %zu of them zero\n",
           fdk_fd_kind_name((enum fdk_fd_kind)fdk_fd_kind(zero.fd)), n, i);

    r = fdk_chardev_open(&null, AT_FDCWD, "/dev/null", FDK_CHARDEV_WRONLY, 0);
    if (r < 0) {
        printf("  skipped: /dev/null: %s\n", fdk_strerror(FDK_OP_CHARDEV_OPEN, r));
    } else {
        TRY(FDK_OP_FD_WRITE, n = fdk_fd_write(null.fd, buf, sizeof buf));
        printf("  /dev/null: a write of %zu bytes took %zd\n", sizeof buf, n);
    }

    r = fdk_chardev_open(&other, AT_FDCWD, "/", FDK_CHARDEV_RDONLY, 0);
    if (r != -ENODEV) {
        fprintf(stderr, "tour: opening / as a device returned %d, expected -ENODEV\n", r);
        return 1;
    }
    printf("  /: %s\n", fdk_strerror(FDK_OP_CHARDEV_OPEN, r));
    return 0;
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

    step("socket", "A TCP connection over loopback echoes a message, and a pipe end travels over a "
                   "Unix socket pair.");
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
    printf("  tcp: echoed \"%.*s\" back to %s, ", (int)n, buf, text);
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
        for (size_t i = 0; i < anc.nfds && i < 2; i++)
            close(got[i]);
        return 1;
    }
    {
        FDK_AUTO(pipe_writer) passed = fdk_pipe_writer_adopt(got[0]); /* ours now: closed at scope end */
        TRY(FDK_OP_PIPE_WRITER_CLOSE, fdk_pipe_writer_close(&w)); /* the original goes; the copy still writes */
        TRY(FDK_OP_FD_WRITE, fdk_fd_write(passed.fd, "via a passed fd", 15));
    }
    TRY(FDK_OP_FD_READ, n = fdk_fd_read(r.fd, buf, sizeof buf));
    printf("  unix: a pipe end crossed a socket pair; through it came:\n");
    data("", buf, (size_t)n);
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

    step("fanotify", "A fanotify group that reports file ids, which needs no privileges since Linux "
                     "5.13, names a file made in the folder.");
    r = fdk_fanotify_open(&fan, FDK_FANOTIFY_REPORT_DFID_NAME | FDK_FANOTIFY_NONBLOCK, 0);
    if (r == -EPERM || r == -EINVAL || r == -ENOSYS) { /* before Linux 5.13, or no fanotify */
        printf("  skipped: %s\n", fdk_strerror(FDK_OP_FANOTIFY_OPEN, r));
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
        printf("  fanotify: %s \"%s\" in the directory with a %" PRIu32 "-byte handle, by pid %s\n", mask,
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

    step("inotify", "A watch on a folder gives several records in one read; then a tree watcher "
                    "reports a file made in a folder created a moment before.");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "tour: mkdtemp: %s\n", strerror(errno));
        return 1;
    }
    snprintf(path, sizeof path, "%s/hello", dir);
    r = fdk_inotify_open(&in, FDK_INOTIFY_NONBLOCK);
    if (r < 0) {
        failed(FDK_OP_INOTIFY_OPEN, r);
        goto out;
    }
    wd = fdk_inotify_add(in, dir, FDK_INOTIFY_CREATE | FDK_INOTIFY_CLOSE_WRITE);
    if (wd < 0) {
        failed(FDK_OP_INOTIFY_ADD, wd);
        goto out;
    }
    fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd >= 0)
        close(fd);
    n = fdk_inotify_read(in, buf.b, sizeof buf.b);
    if (n < 0) {
        failed(FDK_OP_INOTIFY_READ, (int)n);
        goto out;
    }
    printf("  inotify: one read of %zd bytes held", n);
    while ((r = fdk_inotify_next(buf.b, (size_t)n, &pos, &ev)) > 0) {
        fdk_flags_format(FDK_FLAGSET_INOTIFY_MASK, ev.mask, mask, sizeof mask);
        printf(" %s(%s)", mask, ev.name ? ev.name : "");
    }
    printf("\n");
    if (r < 0) {
        failed(FDK_OP_INOTIFY_NEXT, r);
        goto out;
    }
    r = fdk_inotify_remove(in, wd);
    if (r < 0) {
        failed(FDK_OP_INOTIFY_REMOVE, r);
        goto out;
    }

    /* The tree watcher: a folder and a file inside it, made before the tree looks. */
    r = fdk_inotify_tree_new(&tree, dir, FDK_INOTIFY_CREATE, 0);
    if (r < 0) {
        failed(FDK_OP_INOTIFY_TREE_NEW, r);
        goto out;
    }
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
            printf("  tree: CREATE %s%s\n", tev[k].path,
                   (tev[k].flags & FDK_INOTIFY_TREE_SYNTHETIC) ? " (found by reading the new folder)" : "");
    }
    err = fanotify_ids(dir);
out:
    fdk_inotify_tree_free(tree);
    snprintf(path, sizeof path, "%s/new/inside", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/new", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/hello", dir);
    unlink(path);
    rmdir(dir);
    return err;
}

/* Print a decoded signal record in its one-line text form. */
static void show_siginfo(const char *what, const struct fdk_siginfo *info)
{
    char line[160];

    fdk_signal_format(info, line, sizeof line);
    printf("  %s: %s\n", what, line);
}

/* A set built from names, and a signal sent to the tour, taken while blocked. */
static int signals_in(void)
{
    static const char *const names[] = {"SIGTERM", "usr1", "SIGRTMIN+3"};
    int sigs[3], s;
    sigset_t set, one;
    siginfo_t si;
    struct fdk_siginfo info;
    const struct timespec patience = {.tv_sec = 1};
    char name[16];

    for (size_t i = 0; i < 3; i++)
        TRY(FDK_OP_SIGNAL_PARSE, fdk_signal_parse(names[i], &sigs[i]));
    TRY(FDK_OP_SIGNAL_SET_FROM_LIST, fdk_signal_set_from_list(&set, sigs, 3));
    printf("  parsed \"%s\", \"%s\", \"%s\"; the set holds", names[0], names[1], names[2]);
    for (s = fdk_signal_set_next(&set, 0); s > 0; s = fdk_signal_set_next(&set, s)) {
        TRY(FDK_OP_SIGNAL_NAME, fdk_signal_name(s, name, sizeof name));
        printf(" %s", name);
    }
    printf("\n");

    /* Blocked, a signal waits as pending until it is taken: here by sigtimedwait. */
    TRY(FDK_OP_SIGNAL_SET_FROM_LIST, fdk_signal_set_from_list(&one, (const int[]){SIGUSR1}, 1));
    TRY(FDK_OP_SIGNAL_MASK_BLOCK, fdk_signal_mask_block(&one, NULL));
    if (kill(getpid(), SIGUSR1) != 0 || sigtimedwait(&one, &si, &patience) != SIGUSR1) {
        fprintf(stderr, "tour: SIGUSR1 sent to self did not arrive: %s\n", strerror(errno));
        return 1;
    }
    TRY(FDK_OP_SIGNAL_DECODE_SIGINFO, fdk_signal_decode_siginfo(&si, &info));
    show_siginfo("kill(getpid(), SIGUSR1) decoded", &info);
    if (info.origin != FDK_SIG_FROM_KILL || !info.has_sender || info.pid != getpid()) {
        fprintf(stderr, "tour: the SIGUSR1 record does not name the tour as its sender\n");
        return 1;
    }
    return 0;
}

/* A signalfd with FDK_SIGNALFD_BLOCK, and a queued signal with a value read from it. */
static int signalfd_in(void)
{
    FDK_AUTO(signalfd) sfd = FDK_HANDLE_INIT;
    struct signalfd_siginfo recs[4];
    struct fdk_siginfo info;
    sigset_t set;
    ssize_t n;

    TRY(FDK_OP_SIGNAL_SET_FROM_LIST, fdk_signal_set_from_list(&set, (const int[]){SIGUSR2}, 1));
    TRY(FDK_OP_SIGNALFD_OPEN, fdk_signalfd_open(&sfd, &set, FDK_SIGNALFD_BLOCK | FDK_SIGNALFD_NONBLOCK));
    if (sigqueue(getpid(), SIGUSR2, (union sigval){.sival_int = 42}) != 0) {
        fprintf(stderr, "tour: sigqueue: %s\n", strerror(errno));
        return 1;
    }
    TRY(FDK_OP_SIGNALFD_READ, n = fdk_signalfd_read(sfd, recs, 4));
    printf("  %zd record(s) of %zu bytes read from the %s\n", n, sizeof recs[0],
           fdk_fd_kind_name((enum fdk_fd_kind)fdk_fd_kind(sfd.fd)));
    TRY(FDK_OP_SIGNAL_DECODE, fdk_signal_decode(&recs[0], &info));
    show_siginfo("record", &info);
    if (info.signo != SIGUSR2 || !info.has_value || info.value_int != 42) {
        fprintf(stderr, "tour: the signalfd record is not SIGUSR2 with value 42\n");
        return 1;
    }
    return 0;
}

/* The dispatcher's callback for SIGUSR1: counts, and shows the record. */
static void on_usr1(const struct fdk_siginfo *info, void *arg)
{
    *(int *)arg += 1;
    show_siginfo("callback for SIGUSR1", info);
}

/* A dispatcher: one signal to a callback, one to an action. */
static int sigdispatch_in(void)
{
    fdk_sigdispatch *d = NULL;
    int calls = 0, r;

    TRY(FDK_OP_SIGDISPATCH_NEW, fdk_sigdispatch_new(&d));
    r = fdk_sigdispatch_on(d, SIGUSR1, on_usr1, &calls, FDK_SIGDISPATCH_BLOCK);
    if (r < 0) {
        fdk_sigdispatch_free(d);
        return failed(FDK_OP_SIGDISPATCH_ON, r);
    }
    r = fdk_sigdispatch_set_action(d, SIGUSR2, FDK_SIG_ACTION_IGNORE, FDK_SIGDISPATCH_BLOCK);
    if (r < 0) {
        fdk_sigdispatch_free(d);
        return failed(FDK_OP_SIGDISPATCH_SET_ACTION, r);
    }
    kill(getpid(), SIGUSR1);
    kill(getpid(), SIGUSR2);
    r = fdk_sigdispatch_run(d, 1000); /* both are pending already: no wait */
    fdk_sigdispatch_free(d);
    TRY(FDK_OP_SIGDISPATCH_RUN, r);
    printf("  %d signal(s) dispatched: SIGUSR1 to its callback (%d call), SIGUSR2 to the IGNORE "
           "action\n", r, calls);
    if (r != 2 || calls != 1) {
        fprintf(stderr, "tour: expected 2 signals dispatched and 1 callback\n");
        return 1;
    }
    return 0;
}

/* Steps 13-15: each blocks what it uses; the mask the tour started with comes back after each. */
static int signals(void)
{
    sigset_t empty, old;
    int err;

    TRY(FDK_OP_SIGNAL_SET_EMPTY, fdk_signal_set_empty(&empty));
    TRY(FDK_OP_SIGNAL_MASK_BLOCK, fdk_signal_mask_block(&empty, &old)); /* reads the mask */

    step("signal", "Signal sets are built from names, and a signal sent to the tour while blocked "
                   "is collected and decoded into one line.");
    err = signals_in();
    fdk_signal_mask_set(&old, NULL);
    if (err == 0) {
        step("signalfd", "A signalfd turns signals into records read from a descriptor; "
                         "FDK_SIGNALFD_BLOCK blocks them first so none slips past.");
        err = signalfd_in();
        fdk_signal_mask_set(&old, NULL);
    }
    if (err == 0) {
        step("sigdispatch", "A dispatcher calls a function for one signal and carries out an action "
                            "for another, outside any signal handler.");
        err = sigdispatch_in();
        fdk_signal_mask_set(&old, NULL);
    }
    return err;
}

/* The parent's side of the pidfd step; the child is reaped on success (*reaped set). */
static int pidfd_in(pid_t pid, bool *reaped)
{
    FDK_AUTO(pidfd) p = FDK_HANDLE_INIT;
    struct fdk_siginfo info;
    struct pollfd pfd;
    int r;

    r = fdk_pidfd_open(&p, pid, 0);
    if (r == -ENOSYS) {
        printf("  skipped: %s\n", fdk_strerror(FDK_OP_PIDFD_OPEN, r));
        return 0;
    }
    TRY(FDK_OP_PIDFD_OPEN, r);
    TRY(FDK_OP_PIDFD_SEND_SIGNAL, fdk_pidfd_send_signal(p, 0));
    r = fdk_pidfd_wait(p, &info, FDK_PIDFD_WAIT_NOHANG);
    if (r != -EAGAIN) {
        fprintf(stderr, "tour: a NOHANG wait for a running child returned %d, expected -EAGAIN\n", r);
        return 1;
    }
    printf("  child %ld runs: signal 0 through its pidfd reached it, a NOHANG wait says EAGAIN\n",
           (long)pid);
    TRY(FDK_OP_PIDFD_SEND_SIGNAL, fdk_pidfd_send_signal(p, SIGTERM));
    /* The pidfd becomes readable when the child exits: it could sit in an epoll set. */
    pfd.fd = p.fd;
    pfd.events = POLLIN;
    if (poll(&pfd, 1, 2000) != 1) {
        fprintf(stderr, "tour: the child's pidfd did not become readable after SIGTERM\n");
        return 1;
    }
    TRY(FDK_OP_PIDFD_WAIT, fdk_pidfd_wait(p, &info, 0));
    *reaped = true;
    printf("  SIGTERM sent through the pidfd; it became readable and the wait reaped the child:\n");
    show_siginfo("fate", &info);
    if (info.detail_kind != FDK_SIG_DETAIL_CHILD || info.detail.child.event != FDK_CHILD_KILLED ||
        info.detail.child.status != SIGTERM) {
        fprintf(stderr, "tour: the child was not reported killed by SIGTERM\n");
        return 1;
    }
    return 0;
}

/* A child forked, watched and reaped through a pidfd; never left behind. */
static int children(void)
{
    bool reaped = false;
    pid_t pid;
    int err;

    step("pidfd", "A child process as a descriptor: it is checked, signalled and reaped through its "
                  "pidfd, without SIGCHLD.");
    fflush(stdout);
    pid = fork();
    if (pid < 0) {
        fprintf(stderr, "tour: fork: %s\n", strerror(errno));
        return 1;
    }
    if (pid == 0) {
        /* Default dispositions and an empty mask, whatever the tour inherited: SIGTERM ends it. */
        fdk_signal_reset_for_exec();
        for (;;)
            pause();
    }
    err = pidfd_in(pid, &reaped);
    if (!reaped) { /* failure or no pidfds: still never leave the child behind */
        kill(pid, SIGKILL);
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
    }
    return err;
}

/* Wait up to a second for len bytes from a terminal (a pty's input arrives a moment later). */
static int tty_read_all(fdk_tty t, char *buf, size_t len)
{
    size_t got = 0;

    while (got < len) {
        struct pollfd pfd = {.fd = t.fd, .events = POLLIN};
        ssize_t n;

        if (poll(&pfd, 1, 1000) != 1) {
            fprintf(stderr, "tour: %zu of %zu bytes through the pty within a second\n", got, len);
            return 1;
        }
        TRY(FDK_OP_TTY_READ, n = fdk_tty_read(t, buf + got, len - got));
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return 0;
}

/* A terminal's line settings and mode, as a line of text. */
static void show_tty(const char *what, const struct fdk_tty_settings *s)
{
    char line[FDK_TTY_LINE_STRLEN] = "?";

    fdk_tty_line_format(s, line, sizeof line);
    printf("  %s: %s, %s, echo %s, VMIN %u\n", what, line, s->canonical ? "canonical" : "raw",
           s->echo ? "on" : "off", s->cc[VMIN]);
}

/* A pty pair: raw mode and a speed on the slave, bytes both ways, settings shown. */
static int terminal(void)
{
    FDK_AUTO(tty) master = FDK_HANDLE_INIT;
    FDK_AUTO(tty) slave = FDK_HANDLE_INIT;
    struct fdk_tty_settings before, after, s = {0};
    const char *why = NULL;
    char name[64], buf[16];
    int r;

    step("tty", "A pseudo-terminal pair: its far end is switched to raw mode at 9600 baud, and bytes "
                "cross it both ways unchanged.");
    r = fdk_tty_pty_open(&master, &slave, 0);
    if (r < 0) {
        printf("  skipped: no pseudo-terminal (%s)\n", fdk_strerror(FDK_OP_TTY_PTY_OPEN, r));
        return 0;
    }
    r = fdk_tty_get(slave, &before);
    if (r == -ENOSYS || r == -ENOTTY || r == -EINVAL) { /* an emulator without the terminal ioctls */
        printf("  skipped: the terminal's settings cannot be read (%s)\n", fdk_strerror(FDK_OP_TTY_GET, r));
        return 0;
    }
    TRY(FDK_OP_TTY_GET, r);
    TRY(FDK_OP_TTY_PTY_NAME, fdk_tty_pty_name(master, name, sizeof name));
    printf("  opened a master and its slave %s\n", name);
    show_tty("before", &before);

    /* Raw mode, then the line: fdk_tty_line_parse changes only what the text names. */
    fdk_tty_settings_raw(&s);
    if (fdk_tty_line_parse(&s, "9600,8N1", &why) < 0) {
        fprintf(stderr, "tour: 9600,8N1: %s\n", why ? why : "?");
        return 1;
    }
    TRY(FDK_OP_TTY_SET, fdk_tty_set(slave, &s, FDK_TTY_NOW));
    TRY(FDK_OP_TTY_GET, fdk_tty_get(slave, &after));
    show_tty("after", &after);

    /* Raw: no CR -> NL on input, no NL -> CR NL on output, no echo back to the master. */
    TRY(FDK_OP_TTY_WRITE, fdk_tty_write(master, "key\r", 4));
    if (tty_read_all(slave, buf, 4) != 0)
        return 1;
    data("master -> slave ", buf, 4);
    TRY(FDK_OP_TTY_WRITE, fdk_tty_write(slave, "out\n", 4));
    if (tty_read_all(master, buf, 4) != 0)
        return 1;
    data("slave -> master ", buf, 4);
    return 0;
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
        printf("  fd %d: %s, ", fd, fdk_fd_kind_name((enum fdk_fd_kind)kind));
        /* O_RDONLY is 0, which the flag text cannot show: name it */
        if ((info.flags & O_ACCMODE) != O_RDONLY)
            printf("%s", flags);
        else if (strcmp(flags, "0") == 0)
            printf("O_RDONLY");
        else
            printf("O_RDONLY|%s", flags);
        if (info.have & FDK_FDINFO_HAVE_EVENTFD)
            printf(", counter %" PRIu64, info.eventfd_count);
        printf("\n");
        fdk_fdinfo_free(&info);
    }
}

/* A message queue: priorities decide the order; then the open descriptors are listed. */
static int queue(void)
{
    FDK_AUTO(mq) q = FDK_HANDLE_INIT;
    const struct fdk_mq_attr attr = {.maxmsg = 4, .msgsize = 64};
    char name[64], msg[64];
    unsigned int prio;
    ssize_t n = -EAGAIN;
    int r;

    step("mq", "A POSIX message queue hands out two messages highest priority first.");
    snprintf(name, sizeof name, "/fdkit-tour-%ld", (long)getpid());
    r = fdk_mq_open(&q, name, FDK_MQ_RDWR | FDK_MQ_CREATE | FDK_MQ_EXCL | FDK_MQ_NONBLOCK, 0600, &attr);
    if (r == -ENOSYS) {
        printf("  skipped: no POSIX message queues in this kernel\n");
    } else {
        TRY(FDK_OP_MQ_OPEN, r);
        fdk_mq_unlink(name); /* the queue lives on until q closes; nothing is left behind */
        TRY(FDK_OP_MQ_SEND, fdk_mq_send(q, "routine", 7, 1));
        TRY(FDK_OP_MQ_SEND, fdk_mq_send(q, "urgent", 6, 9));
        printf("  mq: %d messages queued;", fdk_mq_depth(q));
        while ((n = fdk_mq_receive(q, msg, sizeof msg, &prio)) >= 0)
            printf(" \"%.*s\" (priority %u)", (int)n, msg, prio);
        printf("\n");
    }
    step("fdinfo", "The tour's own descriptors while the queue is open, decoded from /proc as "
                   "fdkit-ls shows them.");
    list_fds();
    if (n != -EAGAIN) /* the queue is non-blocking: empty now */
        return failed(FDK_OP_MQ_RECEIVE, (int)n);
    return 0;
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* print each line as it happens, even into a pipe */
    printf("fdkit tour: each numbered step names the families it shows and says what it does; the "
           "indented lines under it are what the calls returned, \"data:\" lines are bytes that "
           "travelled through descriptors.\n");
    if (run() != 0 || pipes() != 0 || fifo_and_file() != 0 || memory() != 0 || devices() != 0 ||
        sockets() != 0 || watching() != 0 || signals() != 0 || children() != 0 || terminal() != 0 ||
        queue() != 0)
        return 1;
    printf("\ntour complete\n");
    return 0;
}
