/* SPDX-License-Identifier: MIT */
/*
 * Bytes cross a null-modem pair with both ends configured.
 *
 * socat joins two pseudo-terminals back to back
 *
 *     socat -d -d pty,raw,echo=0,link=DIR/a pty,raw,echo=0,link=DIR/b
 *
 * so what is written to DIR/a is read from DIR/b and the other way round,
 * like two serial ports wired together.  Both ends are opened with
 * fdk_tty_open (end a with FDK_TTY_EXCL, as a terminal program would) and
 * configured from text: "115200,8N1" through fdk_tty_line_parse, plus raw
 * mode from fdk_tty_settings_raw, applied with fdk_tty_set(FDK_TTY_NOW).
 * Then 64 KiB of a known pattern go a -> b while a shorter one goes b -> a
 * at the same time (a sender thread per direction, the main thread reads
 * both ends with poll), and every byte is compared.  Raw mode is what makes
 * this possible: all 256 byte values pass, nothing is echoed, no CR/NL is
 * translated, no XON/XOFF is swallowed.  Each end reads back the speed and
 * frame it was given (and formats it as the same text).  Finally socat is
 * stopped, which hangs both ends up: a read then reports end of input (0)
 * or -EIO.
 *
 * socat is started with fork + exec, its stderr on a pipe: "-d -d" makes it
 * announce "starting data transfer loop" once both ptys exist and its own
 * termios options are applied (socat creates the links before it applies
 * raw,echo=0, so the links alone are not enough: our settings could be
 * overwritten).  That wait is bounded and is about readiness, not timing.
 * Skips (77) when socat is not installed, /dev/ptmx is unusable or socat
 * cannot make its ptys.  If a check fails, an atexit hook stops socat and
 * removes the temporary directory; socat also gets SIGTERM if this process
 * dies (PR_SET_PDEATHSIG), e.g. from the watchdog alarm.
 */
#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h> /* VMIN, VTIME: indexes of fdk_tty_settings.cc */

#define LINE_TEXT "115200,8N1"
#define FORWARD_LEN (64 * 1024) /* a -> b */
#define BACK_LEN 4099           /* b -> a: shorter, and not a power of two */
#define READY_TRIES 500         /* x 20 ms: how long socat may take to start */
#define IDLE_MS 10000           /* no byte for this long: the transfer is stuck */

/* What the atexit hook cleans up if a check fails half-way. */
static pid_t socat_pid = -1;
static struct fdk_tmpdir *live_dir;

static void reap_socat(void)
{
    int status;

    if (socat_pid <= 0)
        return;
    kill(socat_pid, SIGTERM);
    while (waitpid(socat_pid, &status, 0) < 0 && errno == EINTR)
        ;
    socat_pid = -1;
}

static void cleanup_at_exit(void)
{
    reap_socat();
    if (live_dir) /* not fdk_tmpdir_remove: it may exit(), which an atexit hook must not */
        nftw(live_dir->path, fdk_tmpdir_rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

/* Find socat on $PATH; 0 if it is not there. */
static int find_socat(char *buf, size_t size)
{
    const char *path = getenv("PATH");
    const char *p;

    if (!path || !*path)
        path = "/usr/local/bin:/usr/bin:/bin";
    for (p = path; *p;) {
        size_t n = strcspn(p, ":");
        struct stat st;

        if (n > 0 && (size_t)snprintf(buf, size, "%.*s/socat", (int)n, p) < size &&
            stat(buf, &st) == 0 && S_ISREG(st.st_mode) && access(buf, X_OK) == 0)
            return 1;
        p += n;
        if (*p == ':')
            p++;
    }
    return 0;
}

/* Start socat with its stderr on a pipe; returns the pipe's read end. */
static int start_socat(const char *exe, const char *link_a, const char *link_b)
{
    char arg_a[192], arg_b[192];
    int pfd[2];
    pid_t parent = getpid(), pid;

    snprintf(arg_a, sizeof arg_a, "pty,raw,echo=0,link=%s", link_a);
    snprintf(arg_b, sizeof arg_b, "pty,raw,echo=0,link=%s", link_b);
    if (pipe2(pfd, O_CLOEXEC) != 0)
        fdk_test_fail(__FILE__, __LINE__, "pipe2: %s", strerror(errno));
    fflush(NULL);
    pid = fork();
    if (pid < 0)
        fdk_test_fail(__FILE__, __LINE__, "fork: %s", strerror(errno));
    if (pid == 0) {
        /* The child: only async-signal-safe calls until exec. */
        char *argv[] = {(char *)"socat", (char *)"-d", (char *)"-d", arg_a, arg_b, NULL};
        int null = open("/dev/null", O_RDWR);

        if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
            _exit(126);
        if (null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 || dup2(pfd[1], 2) < 0)
            _exit(126);
        execv(exe, argv);
        _exit(127);
    }
    socat_pid = pid;
    close(pfd[1]);
    return pfd[0];
}

static int link_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

/*
 * Wait until socat says it is moving data (both ptys exist and are
 * configured), collecting what it prints.  A socat that exits instead
 * means this system cannot run the test: skip, showing its messages.
 */
static void wait_for_socat(int errfd, const char *link_a, const char *link_b)
{
    char log[4096];
    size_t used = 0;
    int tries;

    log[0] = '\0';
    for (tries = 0; tries < READY_TRIES; tries++) {
        struct pollfd p = {.fd = errfd, .events = POLLIN};
        int r = poll(&p, 1, 20);

        if (r < 0 && errno != EINTR)
            fdk_test_fail(__FILE__, __LINE__, "poll: %s", strerror(errno));
        if (r > 0) {
            ssize_t n = read(errfd, log + used, sizeof log - 1 - used);
            if (n == 0) { /* stderr closed: socat is gone */
                int status = 0;
                while (waitpid(socat_pid, &status, 0) < 0 && errno == EINTR)
                    ;
                socat_pid = -1;
                fdk_test_skip("socat could not start (status 0x%x): %s", (unsigned)status, log);
            }
            if (n > 0) {
                used += (size_t)n;
                log[used] = '\0';
            }
        }
        if (strstr(log, "starting data transfer loop") && link_exists(link_a) &&
            link_exists(link_b))
            return;
        if (used == sizeof log - 1)
            break; /* a chatty socat that never says the words: judge by the links */
    }
    if (link_exists(link_a) && link_exists(link_b)) {
        fprintf(stderr, "note: socat never announced its transfer loop; going on: %s\n", log);
        return;
    }
    fdk_test_fail(__FILE__, __LINE__, "socat made no ptys: %s", log);
}

/* A reproducible byte pattern covering all 256 values (xorshift32). */
static void fill_pattern(unsigned char *buf, size_t len, uint32_t seed)
{
    uint32_t x = seed;

    for (size_t i = 0; i < len; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        buf[i] = (unsigned char)(x >> 24);
    }
}

/* Open one end and configure it from LINE_TEXT plus raw mode. */
static void open_end(fdk_tty *t, const char *path, int flags)
{
    struct fdk_tty_settings s;
    const char *why = NULL;

    ASSERT_OK(fdk_tty_open(t, path, flags));
    ASSERT_TRUE(fdk_test_is_cloexec(t->fd));
    ASSERT_TRUE(!fdk_test_is_nonblock(t->fd));
    ASSERT_EQ(fdk_tty_is_tty(t->fd), 1);
    memset(&s, 0, sizeof(s));
    if (fdk_tty_line_parse(&s, LINE_TEXT, &why) != 0)
        fdk_test_fail(__FILE__, __LINE__, "parse \"%s\": %s", LINE_TEXT, why ? why : "?");
    ASSERT_EQ(s.set, FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME);
    fdk_tty_settings_raw(&s);
    ASSERT_OK(fdk_tty_set(*t, &s, FDK_TTY_NOW));
}

/* What an end reads back: the speed and frame it was given, in raw mode. */
static void check_end(fdk_tty t, const char *name)
{
    struct fdk_tty_settings s;
    char text[FDK_TTY_LINE_STRLEN];

    memset(&s, 0xa5, sizeof s); /* every member must be written */
    ASSERT_OK(fdk_tty_get(t, &s));
    ASSERT_EQ(s.ispeed, 115200);
    ASSERT_EQ(s.ospeed, 115200);
    ASSERT_EQ(s.data_bits, 8);
    ASSERT_EQ(s.stop_bits, 1);
    ASSERT_EQ(s.parity, FDK_TTY_PARITY_NONE);
    ASSERT_TRUE(s.set & FDK_TTY_SET_FLOW); /* raw left no half-set flow bits */
    ASSERT_EQ(s.flow, FDK_TTY_FLOW_NONE);
    ASSERT_EQ(s.canonical, 0);
    ASSERT_EQ(s.echo, 0);
    ASSERT_EQ(s.isig, 0);
    ASSERT_EQ(s.iexten, 0);
    ASSERT_EQ(s.iflags & (ICRNL | INLCR | IGNCR | ISTRIP | PARMRK), 0);
    ASSERT_EQ(s.oflags & OPOST, 0);
    ASSERT_EQ(s.cc[VMIN], 1);
    ASSERT_EQ(s.cc[VTIME], 0);

    /* Back to text: the same words that configured it. */
    s.set = FDK_TTY_SET_SPEED | FDK_TTY_SET_FRAME;
    ASSERT_EQ(fdk_tty_line_format(&s, text, sizeof text), (int)strlen(LINE_TEXT));
    if (strcmp(text, LINE_TEXT) != 0)
        fdk_test_fail(__FILE__, __LINE__, "end %s reads back \"%s\", configured \"%s\"", name,
                      text, LINE_TEXT);
}

/* One direction's sender: writes all of buf to its end (blocking writes). */
struct sender {
    fdk_tty to;
    const unsigned char *buf;
    size_t len;
    int err; /* 0, or the first failure */
};

static void *send_all(void *arg)
{
    struct sender *s = arg;
    size_t done = 0;

    while (done < s->len) {
        ssize_t n = fdk_tty_write(s->to, s->buf + done, s->len - done);
        if (n == -EINTR)
            continue;
        if (n <= 0) {
            s->err = n < 0 ? (int)n : -EIO;
            break;
        }
        done += (size_t)n;
    }
    return NULL;
}

/* Read from one end into got[*have..want); fail on end of input or an error. */
static void receive_some(fdk_tty t, const char *name, unsigned char *got, size_t *have, size_t want)
{
    ssize_t n = fdk_tty_read(t, got + *have, want - *have);

    if (n == -EINTR)
        return;
    if (n <= 0)
        fdk_test_fail(__FILE__, __LINE__, "read on end %s after %zu of %zu bytes: %s", name, *have,
                      want, n == 0 ? "end of input" : fdk_strerror(FDK_OP_TTY_READ, (int)n));
    *have += (size_t)n;
}

static void compare(const unsigned char *got, const unsigned char *want, size_t len,
                    const char *what)
{
    for (size_t i = 0; i < len; i++)
        if (got[i] != want[i])
            fdk_test_fail(__FILE__, __LINE__, "%s: byte %zu is 0x%02x, expected 0x%02x", what, i,
                          got[i], want[i]);
}

/* After socat is gone each end is hung up: end of input or EIO, never a hang. */
static void check_hung_up(fdk_tty t, const char *name)
{
    struct pollfd p = {.fd = t.fd, .events = POLLIN};
    unsigned char c;
    ssize_t n;
    int r;

    do
        r = poll(&p, 1, IDLE_MS);
    while (r < 0 && errno == EINTR);
    if (r != 1)
        fdk_test_fail(__FILE__, __LINE__, "end %s: no hang-up seen (poll %d)", name, r);
    n = fdk_tty_read(t, &c, 1);
    if (n != 0 && n != -EIO)
        fdk_test_fail(__FILE__, __LINE__, "end %s: read after hang-up gave %zd, expected 0 or -EIO",
                      name, n);
}

static void test_nullmodem(void)
{
    static unsigned char forward[FORWARD_LEN], back[BACK_LEN];
    static unsigned char got_b[FORWARD_LEN], got_a[BACK_LEN];
    struct fdk_tmpdir dir;
    char exe[4096], link_a[128], link_b[128];
    fdk_tty a = FDK_HANDLE_INIT, b = FDK_HANDLE_INIT, again = FDK_HANDLE_INIT;
    struct sender to_b, to_a;
    pthread_t thread_ab, thread_ba;
    size_t have_a = 0, have_b = 0;
    int errfd;

    if (!find_socat(exe, sizeof exe))
        fdk_test_skip("socat is not installed");
    {
        fdk_tty m = FDK_HANDLE_INIT, s = FDK_HANDLE_INIT;
        int r = fdk_tty_pty_open(&m, &s, 0);
        if (r < 0)
            fdk_test_skip("/dev/ptmx is unusable: %s", fdk_strerror(FDK_OP_TTY_PTY_OPEN, r));
        fdk_tty_close(&s);
        fdk_tty_close(&m);
    }

    fdk_tmpdir_make(&dir);
    live_dir = &dir;
    fdk_tmpdir_at(&dir, "a", link_a, sizeof link_a);
    fdk_tmpdir_at(&dir, "b", link_b, sizeof link_b);
    errfd = start_socat(exe, link_a, link_b);
    wait_for_socat(errfd, link_a, link_b);

    /* Both ends, configured before any byte moves. */
    open_end(&a, link_a, FDK_TTY_EXCL);
    open_end(&b, link_b, 0);
    ASSERT_ERR(fdk_tty_open(&again, link_a, FDK_TTY_EXCL), EBUSY); /* a is taken */
    ASSERT_EQ(again.fd, -1);

    /* Both directions at once: one sender thread each, the reads here. */
    fill_pattern(forward, sizeof forward, 0x12345678u);
    fill_pattern(back, sizeof back, 0x9e3779b9u);
    to_b = (struct sender){.to = a, .buf = forward, .len = sizeof forward};
    to_a = (struct sender){.to = b, .buf = back, .len = sizeof back};
    ASSERT_EQ(pthread_create(&thread_ab, NULL, send_all, &to_b), 0);
    ASSERT_EQ(pthread_create(&thread_ba, NULL, send_all, &to_a), 0);
    while (have_b < sizeof got_b || have_a < sizeof got_a) {
        struct pollfd p[2] = {{.fd = b.fd, .events = POLLIN}, {.fd = a.fd, .events = POLLIN}};
        int r;

        if (have_b == sizeof got_b)
            p[0].fd = -1; /* complete: poll ignores it */
        if (have_a == sizeof got_a)
            p[1].fd = -1;
        r = poll(p, 2, IDLE_MS);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            fdk_test_fail(__FILE__, __LINE__, "stuck: b has %zu of %zu bytes, a %zu of %zu (poll %d)",
                          have_b, sizeof got_b, have_a, sizeof got_a, r);
        if (p[0].revents)
            receive_some(b, "b", got_b, &have_b, sizeof got_b);
        if (p[1].revents)
            receive_some(a, "a", got_a, &have_a, sizeof got_a);
    }
    ASSERT_EQ(pthread_join(thread_ab, NULL), 0);
    ASSERT_EQ(pthread_join(thread_ba, NULL), 0);
    ASSERT_OK(to_b.err);
    ASSERT_OK(to_a.err);
    compare(got_b, forward, sizeof forward, "a -> b");
    compare(got_a, back, sizeof back, "b -> a");

    /* Each end holds what it was given. */
    check_end(a, "a");
    check_end(b, "b");

    /* Pull the cable: socat goes, both ends hang up. */
    reap_socat();
    check_hung_up(a, "a");
    check_hung_up(b, "b");

    ASSERT_OK(fdk_tty_close(&a));
    ASSERT_OK(fdk_tty_close(&b));
    close(errfd);
    live_dir = NULL;
    fdk_tmpdir_remove(&dir);
}

int main(void)
{
    alarm(45); /* watchdog: a hang fails instead of waiting for ctest's timeout */
    atexit(cleanup_at_exit);
    RUN(test_nullmodem);
    return 0;
}
