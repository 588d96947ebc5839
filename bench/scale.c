/* SPDX-License-Identifier: MIT */
/*
 * bench-scale: does fdkit's cost stay flat as a family's size grows?  One
 * operation, repeated, made through libc ("raw") or through fdkit ("fdkit"),
 * against a fixture of a given size.  bench/run-scale.sh counts each loop's
 * user-space instructions with callgrind (the kernel's work is not counted)
 * and prints fdkit's extra per operation at each size: anything that grows
 * with the size and not with the work is a defect.
 *
 *   epoll    epoll_wait (timeout 0) with 1 ready descriptor among SIZE
 *            registered eventfds                         (per wait)
 *   batch    SIZE 16-byte datagrams sent with one sendmmsg and received with
 *            one recvmmsg over UDP loopback               (per message)
 *   bind     listen on a fresh Unix socket path in a folder holding SIZE
 *            stale socket files, then close it and remove the file
 *                                                         (per bind + close)
 *   inotify  one file created in the first of SIZE watched folders, its
 *            IN_CREATE read and decoded                   (per event)
 *
 * Usage: bench-scale [--iters N] raw|fdkit OP SIZE
 * Exits 77 when this system cannot make the fixture (descriptor, watch or
 * buffer limits), 2 on a usage error, 1 when a call fails.
 */
#include <fdkit/fdkit.h>

#include "bench-util.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#define MAX_BATCH 1024
#define MSG_LEN 16

static long iters = 1000;
static long size;
static char dir[PATH_MAX];

__attribute__((noreturn)) static void die(const char *what, long r)
{
    fprintf(stderr, "bench-scale: %s: %ld (%s)\n", what, r, strerror(r < 0 ? (int)-r : errno));
    exit(1);
}

__attribute__((noreturn)) static void skip(const char *why)
{
    fprintf(stderr, "bench-scale: skipped: %s\n", why);
    exit(77);
}

/* Room for n more descriptors than the program has now. */
static void want_fds(long n)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_NOFILE, &rl) < 0)
        die("getrlimit", -errno);
    if (rl.rlim_cur != RLIM_INFINITY && (long)rl.rlim_cur < n + 64) {
        rl.rlim_cur = (rlim_t)(n + 64);
        if (rl.rlim_max != RLIM_INFINITY && rl.rlim_cur > rl.rlim_max)
            skip("RLIMIT_NOFILE's hard limit is below the size");
        if (setrlimit(RLIMIT_NOFILE, &rl) < 0)
            skip("cannot raise RLIMIT_NOFILE to the size");
    }
}

static void make_dir(void)
{
    const char *tmp = getenv("TMPDIR");

    if (snprintf(dir, sizeof dir, "%s/fdkit-bench-scale-XXXXXX", tmp && *tmp ? tmp : "/tmp") >=
        (int)sizeof dir)
        skip("a path is too long");
    if (!mkdtemp(dir))
        die("mkdtemp", -errno);
}

/* rm -r of the folder make_dir made (two levels: the fixtures have no more). */
static void remove_dir(void)
{
    char path[PATH_MAX + 64];

    for (long i = 0; i < size; i++) {
        if (snprintf(path, sizeof path, "%s/d%ld/new", dir, i) >= (int)sizeof path)
            skip("a path is too long");
        unlink(path);
        if (snprintf(path, sizeof path, "%s/d%ld", dir, i) >= (int)sizeof path)
            skip("a path is too long");
        rmdir(path);
        if (snprintf(path, sizeof path, "%s/s%ld", dir, i) >= (int)sizeof path)
            skip("a path is too long");
        unlink(path);
    }
    if (snprintf(path, sizeof path, "%s/fresh", dir) >= (int)sizeof path)
        skip("a path is too long");
    unlink(path);
    rmdir(dir);
}

/* ---- epoll ------------------------------------------------------------------ */

static int ep_fd;

static void epoll_setup(void)
{
    struct epoll_event ev = {.events = EPOLLIN};

    want_fds(size + 1);
    ep_fd = epoll_create1(EPOLL_CLOEXEC);
    if (ep_fd < 0)
        die("epoll_create1", -errno);
    for (long i = 0; i < size; i++) {
        int e = eventfd(i == size / 2 ? 1 : 0, EFD_CLOEXEC); /* one in the middle is ready */

        if (e < 0)
            skip("cannot open SIZE eventfds");
        ev.data.u64 = (uint64_t)i;
        if (epoll_ctl(ep_fd, EPOLL_CTL_ADD, e, &ev) < 0)
            skip("cannot register SIZE descriptors (max_user_watches?)");
    }
}

BENCH_LOOP static uint64_t bench_epoll_raw(void)
{
    struct epoll_event evs[64];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int n = epoll_wait(ep_fd, evs, 64, 0);

        if (n != 1)
            die("epoll_wait", n);
        sum += evs[0].data.u64;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_epoll_fdkit(void)
{
    fdk_epoll ep = {.fd = ep_fd};
    struct epoll_event evs[64];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int n = fdk_epoll_wait(ep, evs, 64, 0);

        if (n != 1)
            die("fdk_epoll_wait", n);
        sum += fdk_epoll_event_token(&evs[0]);
    }
    return sum;
}

/* ---- batch ------------------------------------------------------------------ */

static int tx, rx;
static unsigned char data[MAX_BATCH][MSG_LEN];

static void batch_setup(void)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t alen = sizeof a;
    int big = 8 << 20;

    if (size < 1 || size > MAX_BATCH)
        skip("batch sizes are 1..1024");
    tx = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    rx = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (tx < 0 || rx < 0)
        die("socket", -errno);
    /* room for a whole batch: forced past rmem_max where privileged */
    if (setsockopt(rx, SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof big) < 0)
        setsockopt(rx, SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
    if (setsockopt(tx, SOL_SOCKET, SO_SNDBUFFORCE, &big, sizeof big) < 0)
        setsockopt(tx, SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    if (bind(rx, (struct sockaddr *)&a, sizeof a) < 0 || getsockname(rx, (struct sockaddr *)&a, &alen) < 0 ||
        connect(tx, (struct sockaddr *)&a, sizeof a) < 0)
        die("udp setup", -errno);
    for (int i = 0; i < MAX_BATCH; i++)
        memset(data[i], i & 0xff, MSG_LEN);
}

BENCH_LOOP static uint64_t bench_batch_raw(void)
{
    static struct mmsghdr out[MAX_BATCH], in[MAX_BATCH];
    static struct iovec oiov[MAX_BATCH], iiov[MAX_BATCH];
    static unsigned char got[MAX_BATCH][MSG_LEN];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int n;

        /* what a caller does per batch: describe each message */
        for (long k = 0; k < size; k++) {
            oiov[k].iov_base = data[k];
            oiov[k].iov_len = MSG_LEN;
            memset(&out[k], 0, sizeof out[k]);
            out[k].msg_hdr.msg_iov = &oiov[k];
            out[k].msg_hdr.msg_iovlen = 1;
            iiov[k].iov_base = got[k];
            iiov[k].iov_len = MSG_LEN;
            memset(&in[k], 0, sizeof in[k]);
            in[k].msg_hdr.msg_iov = &iiov[k];
            in[k].msg_hdr.msg_iovlen = 1;
        }
        n = sendmmsg(tx, out, (unsigned int)size, MSG_NOSIGNAL);
        if (n != size)
            die("sendmmsg", n < 0 ? -errno : n);
        n = recvmmsg(rx, in, (unsigned int)size, MSG_CMSG_CLOEXEC, NULL);
        if (n != size)
            die("recvmmsg", n < 0 ? -errno : n);
        sum += in[n - 1].msg_len;
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_batch_fdkit(void)
{
    static struct fdk_socket_msg out[MAX_BATCH], in[MAX_BATCH];
    static unsigned char got[MAX_BATCH][MSG_LEN];
    fdk_socket t = {.fd = tx}, r = {.fd = rx};
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int n;

        /* what a caller does per batch: describe each message (the outputs
           need no clearing: the calls write them) */
        for (long k = 0; k < size; k++) {
            out[k].buf = data[k];
            out[k].len = MSG_LEN;
            out[k].addr = NULL;
            in[k].buf = got[k];
            in[k].len = MSG_LEN;
            in[k].addr = NULL;
        }
        n = fdk_socket_send_batch(t, out, (unsigned int)size, 0);
        if (n != size)
            die("fdk_socket_send_batch", n);
        n = fdk_socket_recv_batch(r, in, (unsigned int)size, 0);
        if (n != size)
            die("fdk_socket_recv_batch", n);
        sum += in[n - 1].transferred;
    }
    return sum;
}

/* ---- bind ------------------------------------------------------------------- */

static struct sockaddr_un fresh_sa;
static fdk_sockaddr fresh_addr;

static void bind_setup(void)
{
    struct sockaddr_un sa = {.sun_family = AF_UNIX};

    make_dir();
    for (long i = 0; i < size; i++) {
        int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

        if (s < 0)
            die("socket", -errno);
        if (snprintf(sa.sun_path, sizeof sa.sun_path, "%s/s%ld", dir, i) >= (int)sizeof sa.sun_path)
            skip("a path is too long");
        if (bind(s, (struct sockaddr *)&sa, sizeof sa) < 0)
            die("bind (stale fixture)", -errno);
        close(s); /* the file stays: a stale socket */
    }
    fresh_sa.sun_family = AF_UNIX;
    if (snprintf(fresh_sa.sun_path, sizeof fresh_sa.sun_path, "%s/fresh", dir) >=
        (int)sizeof fresh_sa.sun_path)
        skip("a path is too long");
    if (fdk_sockaddr_unix(&fresh_addr, fresh_sa.sun_path) < 0)
        skip("the folder's path is too long for a Unix address");
}

BENCH_LOOP static uint64_t bench_bind_raw(void)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

        if (s < 0 || bind(s, (struct sockaddr *)&fresh_sa, sizeof fresh_sa) < 0 || listen(s, 16) < 0)
            die("socket/bind/listen", -errno);
        sum += (uint64_t)s;
        unlink(fresh_sa.sun_path);
        close(s);
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_bind_fdkit(void)
{
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        fdk_unix_listener l = FDK_HANDLE_INIT;
        int r = fdk_unix_listen(&l, &fresh_addr, 16, 0);

        if (r < 0)
            die("fdk_unix_listen", r);
        sum += (uint64_t)l.fd;
        r = fdk_unix_listener_close(&l); /* removes the file it bound */
        if (r < 0)
            die("fdk_unix_listener_close", r);
    }
    return sum;
}

/* ---- inotify ---------------------------------------------------------------- */

static int in_fd;
static char first_new[PATH_MAX + 16];

static void inotify_setup(void)
{
    char path[PATH_MAX + 16];

    make_dir();
    in_fd = inotify_init1(IN_CLOEXEC);
    if (in_fd < 0)
        die("inotify_init1", -errno);
    for (long i = 0; i < size; i++) {
        if (snprintf(path, sizeof path, "%s/d%ld", dir, i) >= (int)sizeof path)
            skip("a path is too long");
        if (mkdir(path, 0700) < 0)
            die("mkdir", -errno);
        if (inotify_add_watch(in_fd, path, IN_CREATE) < 0)
            skip("cannot add SIZE watches (fs.inotify.max_user_watches)");
    }
    if (snprintf(first_new, sizeof first_new, "%s/d0/new", dir) >= (int)sizeof first_new)
        skip("a path is too long");
}

/* One event per iteration: create and remove a file in the first folder
   (the removal is not watched), then read the IN_CREATE. */
static void poke(void)
{
    if (mkdir(first_new, 0700) < 0 || rmdir(first_new) < 0)
        die("mkdir/rmdir", -errno);
}

BENCH_LOOP static uint64_t bench_inotify_raw(void)
{
    _Alignas(struct inotify_event) char buf[4096];
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        ssize_t n;

        poke();
        n = read(in_fd, buf, sizeof buf);
        if (n <= 0)
            die("read(inotify)", n < 0 ? -errno : n);
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *ev = (const struct inotify_event *)(void *)p;

            sum += (uint64_t)ev->wd + ev->mask + (ev->len ? strlen(ev->name) : 0);
            p += sizeof *ev + ev->len;
        }
    }
    return sum;
}

BENCH_LOOP static uint64_t bench_inotify_fdkit(void)
{
    _Alignas(struct inotify_event) char buf[4096];
    fdk_inotify in = {.fd = in_fd};
    uint64_t sum = 0;

    for (long i = 0; i < iters; i++) {
        struct fdk_inotify_event ev;
        size_t pos = 0;
        ssize_t n;
        int r;

        poke();
        n = fdk_inotify_read(in, buf, sizeof buf);
        if (n <= 0)
            die("fdk_inotify_read", n);
        while ((r = fdk_inotify_next(buf, (size_t)n, &pos, &ev)) > 0)
            sum += (uint64_t)ev.wd + ev.mask + ev.name_len;
        if (r < 0)
            die("fdk_inotify_next", r);
    }
    return sum;
}

/* ------------------------------------------------------------------------------ */

static const struct op {
    const char *name;
    void (*setup)(void);
    uint64_t (*raw)(void), (*fdkit)(void);
    bool uses_dir;
} ops[] = {
    {"epoll", epoll_setup, bench_epoll_raw, bench_epoll_fdkit, false},
    {"batch", batch_setup, bench_batch_raw, bench_batch_fdkit, false},
    {"bind", bind_setup, bench_bind_raw, bench_bind_fdkit, true},
    {"inotify", inotify_setup, bench_inotify_raw, bench_inotify_fdkit, true},
};

static int usage(FILE *out, int rc)
{
    fprintf(out, "usage: bench-scale [--iters N] raw|fdkit epoll|batch|bind|inotify SIZE\n");
    return rc;
}

int main(int argc, char **argv)
{
    const struct op *op = NULL;
    uint64_t sum;
    bool fdkit;
    int i = 1;

    if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
        return usage(stdout, 0);
    if (argc > 2 && !strcmp(argv[1], "--iters")) {
        if (!bench_parse_long(argv[2], 1, LONG_MAX, &iters))
            return usage(stderr, 2);
        i = 3;
    }
    if (argc != i + 3 || (strcmp(argv[i], "raw") && strcmp(argv[i], "fdkit")) ||
        !bench_parse_long(argv[i + 2], 1, 10000000, &size))
        return usage(stderr, 2);
    fdkit = !strcmp(argv[i], "fdkit");
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (!strcmp(argv[i + 1], ops[k].name))
            op = &ops[k];
    if (!op)
        return usage(stderr, 2);
    op->setup();
    sum = (fdkit ? op->fdkit : op->raw)();
    if (op->uses_dir)
        remove_dir();
    printf("%s %s size %ld: %ld iterations (check %llu)\n", op->name, argv[i], size, iters,
           (unsigned long long)sum);
    return 0;
}
