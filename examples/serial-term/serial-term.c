/* SPDX-License-Identifier: MIT */
/*
 * serial-term: a small terminal for a serial port.
 *
 *     serial-term [--line "115200,8N1"] DEVICE
 *
 * Opens DEVICE for exclusive use, sets its line from text (rate, frame,
 * flow control: "9600 7E1 rtscts", "19200,8O2,xonxoff"; the default is
 * "115200,8N1,none", no flow control whatever an earlier user left on) in
 * raw mode, and copies bytes both ways: what you type goes to the port,
 * what the port sends goes to stdout.  Ctrl-] quits.
 *
 * When stdin is a terminal it is put into raw mode too (every key goes to
 * the port as typed: no line editing, no echo, Ctrl-C is a byte), after its
 * settings were saved.  They are put back on every way out: Ctrl-], a signal
 * (SIGINT, SIGTERM, SIGHUP arrive through a signalfd), the port hanging up,
 * an error - and, through fdk_tty_restore_on_exit, even a crash.  When stdin
 * is a pipe or a file (or /dev/null) nothing is changed, Ctrl-] is an
 * ordinary byte, and end of input ends the session once every byte has
 * reached the port:
 *
 *     printf 'AT\r' | serial-term /dev/ttyUSB0
 *
 * One epoll set watches stdin, the port and the signalfd.  The port is
 * non-blocking: when it cannot take more (flow control), typed bytes wait in
 * a buffer and stdin is not read until the port has taken them.
 *
 * Exit status: 0 after Ctrl-] or end of input, 1 on an error or hang-up,
 * 2 for a usage error, 128 + the signal number after a signal.
 */
#include <fdkit/fdkit.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

#define ESCAPE 0x1d            /* Ctrl-] */
#define DEFAULT_LINE "115200,8N1,none"

/* Tokens tell the loop which registration an event belongs to. */
enum { TOKEN_STDIN = 1, TOKEN_PORT, TOKEN_SIGNAL };

struct term {
    const char *device;
    fdk_tty port;              /* owned: closed at the end */
    fdk_tty in;                /* stdin, borrowed: never closed */
    struct fdk_tty_saved saved;
    int in_raw;                /* stdin is in raw mode: restore `saved` on the way out */
    fdk_epoll ep;
    fdk_signalfd sig;
    int stdin_watched, port_out_watched;
    int stdin_direct;          /* stdin cannot be polled (a file, /dev/null): always readable */
    int stdin_done;            /* end of input: leave once tx is sent */
    unsigned char tx[4096];    /* typed bytes the port has not taken yet */
    size_t tx_off, tx_len;
};

/* Put stdin back as we found it (at most once). */
static void restore_stdin(struct term *t)
{
    int r;

    if (!t->in_raw)
        return;
    t->in_raw = 0;
    r = fdk_tty_restore(t->in, &t->saved);
    fdk_tty_restore_on_exit(t->in, NULL); /* done by hand: unregister */
    if (r < 0)
        fprintf(stderr, "serial-term: stdin: %s\n", fdk_strerror(FDK_OP_TTY_RESTORE, r));
}

/* Report a failed call - on a terminal that is sane again - and return exit status 1. */
static int failed(struct term *t, const char *what, fdk_op op, int err)
{
    restore_stdin(t);
    fprintf(stderr, "serial-term: %s: %s\n", what, fdk_strerror(op, err));
    return 1;
}

/*
 * Watch stdin only while the buffer is empty, and the port for room only
 * while it is not: a port held off by flow control then costs no CPU.
 */
static int update_watches(struct term *t)
{
    int want_in = !t->stdin_done && t->tx_len == 0, want_out = t->tx_len > 0, r;

    if (want_in != t->stdin_watched && !t->stdin_direct) {
        r = want_in ? fdk_epoll_add(t->ep, t->in.fd, FDK_EPOLL_IN, TOKEN_STDIN)
                    : fdk_epoll_delete(t->ep, t->in.fd);
        if (r == -EPERM && want_in) {
            /* A regular file or a device without poll (/dev/null): epoll cannot
               watch it, but a read never waits there - read it whenever we can. */
            t->stdin_direct = 1;
            r = 0;
        }
        if (r < 0)
            return failed(t, "stdin", want_in ? FDK_OP_EPOLL_ADD : FDK_OP_EPOLL_DELETE, r);
        t->stdin_watched = want_in;
    }
    if (want_out != t->port_out_watched) {
        r = fdk_epoll_modify(t->ep, t->port.fd, FDK_EPOLL_IN | (want_out ? FDK_EPOLL_OUT : 0),
                             TOKEN_PORT);
        if (r < 0)
            return failed(t, t->device, FDK_OP_EPOLL_MODIFY, r);
        t->port_out_watched = want_out;
    }
    return 0;
}

/* Hand the buffered bytes to the port, as many as it takes now. */
static int send_to_port(struct term *t)
{
    while (t->tx_off < t->tx_len) {
        ssize_t n = fdk_tty_write(t->port, t->tx + t->tx_off, t->tx_len - t->tx_off);
        if (n == -EAGAIN)
            break; /* full: EPOLLOUT says when there is room */
        if (n == -EINTR)
            continue;
        if (n < 0)
            return failed(t, t->device, FDK_OP_TTY_WRITE, (int)n);
        t->tx_off += (size_t)n;
    }
    if (t->tx_off == t->tx_len)
        t->tx_off = t->tx_len = 0;
    return 0;
}

/* Keyboard (or pipe) to port.  Returns 1 on an error, -1 to quit now, else 0. */
static int from_stdin(struct term *t)
{
    ssize_t n = fdk_fd_read(t->in.fd, t->tx, sizeof t->tx); /* a terminal or a pipe */

    if (n == -EAGAIN || n == -EINTR)
        return 0;
    if (n == 0 || n == -EIO) { /* end of input (or our terminal went away) */
        t->stdin_done = 1;
        return 0;
    }
    if (n < 0)
        return failed(t, "stdin", FDK_OP_FD_READ, (int)n);
    t->tx_len = (size_t)n;
    if (t->in_raw && memchr(t->tx, ESCAPE, t->tx_len)) {
        t->tx_len = 0; /* Ctrl-]: leave at once, what was typed with it is dropped */
        return -1;
    }
    return send_to_port(t);
}

/* Port to stdout.  Returns 1 when the port hung up or failed, else 0. */
static int from_port(struct term *t)
{
    unsigned char buf[4096];
    ssize_t n = fdk_tty_read(t->port, buf, sizeof buf);
    int r;

    if (n == -EAGAIN || n == -EINTR)
        return 0;
    if (n == 0 || n == -EIO) {
        restore_stdin(t);
        fprintf(stderr, "serial-term: %s hung up\n", t->device);
        return 1;
    }
    if (n < 0)
        return failed(t, t->device, FDK_OP_TTY_READ, (int)n);
    r = fdk_fd_write_all(1, buf, (size_t)n, NULL); /* stdout may block: that is fine */
    if (r < 0)
        return failed(t, "stdout", FDK_OP_FD_WRITE_ALL, r);
    return 0;
}

/* Which signal arrived; returns 128 + its number. */
static int from_signal(struct term *t)
{
    struct signalfd_siginfo rec;
    char name[16] = "a signal";
    ssize_t n = fdk_signalfd_read(t->sig, &rec, 1);

    if (n < 0)
        return failed(t, "signalfd", FDK_OP_SIGNALFD_READ, (int)n);
    fdk_signal_name((int)rec.ssi_signo, name, sizeof name);
    restore_stdin(t);
    fprintf(stderr, "serial-term: %s, leaving\n", name);
    return 128 + (int)rec.ssi_signo;
}

/* The event loop: returns the exit status. */
static int loop(struct term *t)
{
    struct epoll_event events[4];
    int r;

    for (;;) {
        if ((r = update_watches(t)) != 0)
            return r;
        if (t->stdin_done && t->tx_len == 0) {
            /* End of input and everything handed over: wait until it is on the wire. */
            while ((r = fdk_tty_drain(t->port)) == -EINTR)
                ;
            return r < 0 ? failed(t, t->device, FDK_OP_TTY_DRAIN, r) : 0;
        }
        if (t->stdin_direct && !t->stdin_done && t->tx_len == 0) {
            r = from_stdin(t); /* never waits: see update_watches() */
            if (r == -1)
                return 0;
            if (r != 0)
                return r;
            if (t->stdin_done)
                continue; /* end of input: drain and leave */
        }
        /* With stdin read directly and more to read, only look at the others. */
        int n = fdk_epoll_wait(t->ep, events, 4,
                               t->stdin_direct && !t->stdin_done && t->tx_len == 0 ? 0 : -1);
        if (n == -EINTR) /* SIGSTOP / SIGCONT: the handled signals come through the signalfd */
            continue;
        if (n < 0)
            return failed(t, "epoll", FDK_OP_EPOLL_WAIT, n);
        for (int i = 0; i < n; i++) {
            uint64_t token = fdk_epoll_event_token(&events[i]);
            uint32_t bits = fdk_epoll_event_bits(&events[i]);

            if (token == TOKEN_SIGNAL)
                return from_signal(t);
            if (token == TOKEN_PORT && (bits & (FDK_EPOLL_IN | FDK_EPOLL_HUP | FDK_EPOLL_ERR)))
                r = from_port(t); /* a hang-up shows as a read of 0 or -EIO */
            else if (token == TOKEN_PORT)
                r = send_to_port(t); /* EPOLLOUT: room again */
            else if (token == TOKEN_STDIN && t->stdin_watched)
                r = from_stdin(t);
            else
                r = 0;
            if (r == -1)
                return 0; /* Ctrl-] */
            if (r != 0)
                return r;
        }
    }
}

/* Open and configure the port, stdin and the signalfd, then run the loop. */
static int run(struct term *t, const char *line)
{
    static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP};
    struct fdk_tty_settings line_s = {0}, s, got; /* line_parse merges into line_s */
    const char *why = NULL;
    char text[FDK_TTY_LINE_STRLEN];
    sigset_t mask;
    int r;

    if (fdk_tty_line_parse(&line_s, line, &why) < 0) {
        fprintf(stderr, "serial-term: --line \"%s\": %s\n", line, why);
        return 2;
    }
    s = line_s;

    /* Non-blocking: the open does not wait for carrier, and the loop never stalls on the port. */
    if ((r = fdk_tty_open(&t->port, t->device, FDK_TTY_EXCL | FDK_TTY_NONBLOCK)) < 0)
        return failed(t, t->device, FDK_OP_TTY_OPEN, r);
    /* Raw 8-bit data, the receiver on, the modem status lines ignored (CLOCAL).
     * The CONTROL group also carries HUPCL: keep the port's own. */
    if ((r = fdk_tty_get(t->port, &got)) < 0)
        return failed(t, t->device, FDK_OP_TTY_GET, r);
    fdk_tty_settings_raw(&s); /* raw also means 8 bits, no parity (--line wins); the flow is --line's */
    if (line_s.set & FDK_TTY_SET_FRAME) {
        s.data_bits = line_s.data_bits;
        s.parity = line_s.parity;
    }
    if (line_s.set & FDK_TTY_SET_FLOW)
        s.flow = line_s.flow;
    s.set |= FDK_TTY_SET_CONTROL;
    s.cread = 1;
    s.clocal = 1;
    s.hupcl = got.hupcl;
    if ((r = fdk_tty_set(t->port, &s, FDK_TTY_NOW)) < 0)
        return failed(t, t->device, FDK_OP_TTY_SET, r);
    /* Say what the driver really took (it may round an odd rate). */
    if ((r = fdk_tty_get(t->port, &got)) < 0)
        return failed(t, t->device, FDK_OP_TTY_GET, r);
    got.set &= FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME | FDK_TTY_SET_FLOW;
    if (fdk_tty_line_format(&got, text, sizeof text) < 0)
        strcpy(text, "?");

    /* The signals that end a session queue on a signalfd instead of killing us. */
    fdk_signal_set_from_list(&mask, quit_signals, sizeof quit_signals / sizeof quit_signals[0]);
    if ((r = fdk_signalfd_open(&t->sig, &mask, FDK_SIGNALFD_BLOCK)) < 0)
        return failed(t, "signalfd", FDK_OP_SIGNALFD_OPEN, r);
    signal(SIGPIPE, SIG_IGN); /* a closed stdout is an error (-EPIPE), not a silent death */

    fprintf(stderr, "serial-term: %s at %s%s\n", t->device, text,
            fdk_tty_is_tty(0) == 1 ? "; Ctrl-] quits" : "");

    /* stdin: raw mode if it is a terminal - saved first, restored even on a crash. */
    t->in = fdk_tty_borrow(0);
    if (fdk_tty_is_tty(t->in.fd) == 1) {
        struct fdk_tty_settings raw = {0};

        if ((r = fdk_tty_save(t->in, &t->saved)) < 0)
            return failed(t, "stdin", FDK_OP_TTY_SAVE, r);
        if ((r = fdk_tty_restore_on_exit(t->in, &t->saved)) < 0)
            return failed(t, "stdin", FDK_OP_TTY_RESTORE_ON_EXIT, r);
        t->in_raw = 1;
        fdk_tty_settings_raw(&raw);
        if ((r = fdk_tty_set(t->in, &raw, FDK_TTY_NOW)) < 0)
            return failed(t, "stdin", FDK_OP_TTY_SET, r);
    }

    if ((r = fdk_epoll_open(&t->ep, 0)) < 0)
        return failed(t, "epoll", FDK_OP_EPOLL_OPEN, r);
    if ((r = fdk_epoll_add(t->ep, t->sig.fd, FDK_EPOLL_IN, TOKEN_SIGNAL)) < 0)
        return failed(t, "signalfd", FDK_OP_EPOLL_ADD, r);
    if ((r = fdk_epoll_add(t->ep, t->port.fd, FDK_EPOLL_IN, TOKEN_PORT)) < 0)
        return failed(t, t->device, FDK_OP_EPOLL_ADD, r);
    /* stdin is added by update_watches(), or read directly when epoll cannot watch it. */
    return loop(t);
}

static int usage(FILE *to, int status)
{
    fprintf(to, "usage: serial-term [--line \"%s\"] DEVICE\n  --line: rate, frame, flow, e.g. "
                "\"9600 7E1 rtscts\", \"19200,8O2,xonxoff\"; Ctrl-] quits\n", DEFAULT_LINE);
    return status;
}

int main(int argc, char **argv)
{
    static struct term t = {.port = FDK_HANDLE_INIT, .ep = FDK_HANDLE_INIT, .sig = FDK_HANDLE_INIT};
    const char *line = DEFAULT_LINE;
    int i, status;

    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--line") == 0 && i + 1 < argc)
            line = argv[++i];
        else if (strncmp(argv[i], "--line=", 7) == 0)
            line = argv[i] + 7;
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
            return usage(stdout, 0);
        else
            return usage(stderr, 2);
    }
    if (i != argc - 1)
        return usage(stderr, 2);
    t.device = argv[i];

    status = run(&t, line);
    restore_stdin(&t); /* every way out passes here (failed() may have done it already) */
    fdk_epoll_close(&t.ep);
    fdk_signalfd_close(&t.sig);
    fdk_tty_close(&t.port); /* a serial port may wait here until its output is sent */
    return status;
}
