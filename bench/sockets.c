/* SPDX-License-Identifier: MIT */
/*
 * bench-sockets: round trips per second, ping-pong between two threads over
 * a Unix stream socketpair and over a TCP loopback connection (TCP_NODELAY
 * on both ends), through libc directly ("raw": send/recv, MSG_NOSIGNAL on
 * send) and through fdkit's inline wrappers ("fdkit": fdk_unix_stream_send /
 * _recv, fdk_tcp_stream_send / _recv), in the same run.
 *
 * One round trip: the client sends a message of --sizes bytes, the echo
 * thread receives all of it and sends it back, the client receives all of
 * it.  Both sides of a run use the same method, so a round trip is four
 * wrapper calls (plus the two context switches between the threads).
 *
 * Fairness on a small VM:
 *   - both threads are pinned to one CPU.  On a 2-vCPU guest a wake-up across
 *     CPUs costs ~30 us against ~1 us on the same CPU: unpinned, the figure
 *     would measure the hypervisor's scheduling of vCPUs, not the sockets;
 *   - raw and fdkit use the same connection (the same fds, created once with
 *     raw system calls; the fdkit handles wrap them), the same buffers and
 *     the same loop structure, so the ratio measures the wrappers only;
 *   - the rows are interleaved round by round, alternately forward and
 *     backward with a moving start (as bench-copy does), and each fdkit run
 *     is compared with the raw run of the same round (median of the per-round
 *     ratios: a slow drift of the machine cancels);
 *   - a run during which the process spent less than 95% of the wall time
 *     on the CPU was preempted by another process (nothing here waits for
 *     anything but the other thread, on the same CPU): it is run again, up to
 *     3 times, and the count is printed.
 *
 * Usage: bench-sockets [--iters N] [--runs N] [--warmup N] [--cpu N|none]
 *                      [--sizes LIST] [--transports unix,tcp] [-v] [--strict]
 *
 * Exits 0 unless a run fails (1) or an option is wrong (2); with --strict
 * also 1 when an fdkit row is below 0.98 of its raw counterpart.
 */
#include <fdkit/fdkit.h>
#include <fdkit/socket.h>

#include "bench-util.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#define TARGET_RATIO 0.98 /* fdkit / raw */
#define MAX_SIZES    8
#define MAX_MSG      65536
#define MIN_ON_CPU   0.95 /* a run on the CPU less than this was preempted */
#define MAX_RETRIES  3

enum { T_UNIX, T_TCP, T_COUNT };
static const char *const transport_name[T_COUNT] = {"unix", "tcp"};

/* ------------------------------------------------------------------------ */
/* The loops.  Each sends or receives exactly `size` bytes per step, retrying
   short transfers and EINTR the way a careful caller does; both methods have
   the same structure, so the only difference is the call itself. */

static inline int raw_send_all(int fd, const unsigned char *buf, size_t size)
{
    size_t off = 0;

    while (off < size) {
        ssize_t n = send(fd, buf + off, size - off, MSG_NOSIGNAL);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        off += (size_t)n;
    }
    return 0;
}

static inline int raw_recv_all(int fd, unsigned char *buf, size_t size)
{
    size_t off = 0;

    while (off < size) {
        ssize_t n = recv(fd, buf + off, size - off, 0);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        if (n == 0)
            return -ECONNRESET;
        off += (size_t)n;
    }
    return 0;
}

BENCH_LOOP static int client_raw(int fd, unsigned char *buf, size_t size, long iters)
{
    for (long i = 0; i < iters; i++) {
        int r;

        buf[size - 1] = (unsigned char)~i; /* the same byte as buf[0] when size is 1 */
        buf[0] = (unsigned char)i;
        r = raw_send_all(fd, buf, size);
        if (r == 0)
            r = raw_recv_all(fd, buf, size);
        if (r < 0)
            return r;
        if (buf[0] != (unsigned char)i || (size > 1 && buf[size - 1] != (unsigned char)~i))
            return -EBADMSG;
    }
    return 0;
}

BENCH_LOOP static int echo_raw(int fd, unsigned char *buf, size_t size, long iters)
{
    for (long i = 0; i < iters; i++) {
        int r = raw_recv_all(fd, buf, size);

        if (r == 0)
            r = raw_send_all(fd, buf, size);
        if (r < 0)
            return r;
    }
    return 0;
}

/* The same four functions through fdkit, for handle type fdk_<kind>. */
#define FDK_LOOPS(kind)                                                                        \
    static inline int fdk_##kind##_send_all(fdk_##kind s, const unsigned char *buf,             \
                                            size_t size)                                       \
    {                                                                                          \
        size_t off = 0;                                                                        \
                                                                                               \
        while (off < size) {                                                                   \
            ssize_t n = fdk_##kind##_send(s, buf + off, size - off, 0);                        \
                                                                                               \
            if (n < 0) {                                                                       \
                if (n == -EINTR)                                                               \
                    continue;                                                                  \
                return (int)n;                                                                 \
            }                                                                                  \
            off += (size_t)n;                                                                  \
        }                                                                                      \
        return 0;                                                                              \
    }                                                                                          \
                                                                                               \
    static inline int fdk_##kind##_recv_all(fdk_##kind s, unsigned char *buf, size_t size)     \
    {                                                                                          \
        size_t off = 0;                                                                        \
                                                                                               \
        while (off < size) {                                                                   \
            ssize_t n = fdk_##kind##_recv(s, buf + off, size - off, 0);                        \
                                                                                               \
            if (n < 0) {                                                                       \
                if (n == -EINTR)                                                               \
                    continue;                                                                  \
                return (int)n;                                                                 \
            }                                                                                  \
            if (n == 0)                                                                        \
                return -ECONNRESET;                                                            \
            off += (size_t)n;                                                                  \
        }                                                                                      \
        return 0;                                                                              \
    }                                                                                          \
                                                                                               \
    BENCH_LOOP static int client_fdk_##kind(int fd, unsigned char *buf, size_t size,            \
                                            long iters)                                        \
    {                                                                                          \
        fdk_##kind s = {.fd = fd};                                                             \
                                                                                               \
        for (long i = 0; i < iters; i++) {                                                     \
            int r;                                                                             \
                                                                                               \
            buf[size - 1] = (unsigned char)~i;                                                 \
            buf[0] = (unsigned char)i;                                                         \
            r = fdk_##kind##_send_all(s, buf, size);                                           \
            if (r == 0)                                                                        \
                r = fdk_##kind##_recv_all(s, buf, size);                                       \
            if (r < 0)                                                                         \
                return r;                                                                      \
            if (buf[0] != (unsigned char)i || (size > 1 && buf[size - 1] != (unsigned char)~i)) \
                return -EBADMSG;                                                               \
        }                                                                                      \
        return 0;                                                                              \
    }                                                                                          \
                                                                                               \
    BENCH_LOOP static int echo_fdk_##kind(int fd, unsigned char *buf, size_t size, long iters) \
    {                                                                                          \
        fdk_##kind s = {.fd = fd};                                                             \
                                                                                               \
        for (long i = 0; i < iters; i++) {                                                     \
            int r = fdk_##kind##_recv_all(s, buf, size);                                       \
                                                                                               \
            if (r == 0)                                                                        \
                r = fdk_##kind##_send_all(s, buf, size);                                       \
            if (r < 0)                                                                         \
                return r;                                                                      \
        }                                                                                      \
        return 0;                                                                              \
    }

FDK_LOOPS(unix_stream)
FDK_LOOPS(tcp_stream)

typedef int (*loop_fn)(int fd, unsigned char *buf, size_t size, long iters);

/* ------------------------------------------------------------------------ */
/* The echo thread: runs one job per start barrier until told to stop. */

struct job {
    loop_fn echo;
    int fd;
    size_t size;
    long iters;
    int result;
    bool stop;
};

static struct job job;
static pthread_barrier_t start_barrier, done_barrier;
static unsigned char echo_buf[MAX_MSG];

static void *echo_thread(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_barrier_wait(&start_barrier);
        if (job.stop)
            break;
        job.result = job.echo(job.fd, echo_buf, job.size, job.iters);
        pthread_barrier_wait(&done_barrier);
    }
    return NULL;
}

/* ------------------------------------------------------------------------ */
/* Rows: (transport, size) x (raw, fdkit); each fdkit row names its raw one. */

struct row {
    int transport;
    size_t size;
    bool fdkit;
    int raw; /* index of the raw counterpart, or -1 */
    double *rtps;
    int nrec;
};

struct conn {
    int client, server; /* the two ends */
};

static int unix_pair(struct conn *c)
{
    int sv[2];

    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
        return -errno;
    c->client = sv[0];
    c->server = sv[1];
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: bench-sockets [options]\n"
            "  --iters N         round trips per run (default 10000)\n"
            "  --runs N          timed runs per row (default 11; median reported)\n"
            "  --warmup N        untimed rounds first (default 1)\n"
            "  --cpu N|none      pin both threads to CPU N (default: the first allowed CPU),\n"
            "                    or not at all (then the figure measures cross-CPU wake-ups)\n"
            "  --sizes LIST      message sizes in bytes, comma-separated (default 1,64)\n"
            "  --transports LIST unix, tcp or both (default unix,tcp)\n"
            "  --verbose, -v     print every run\n"
            "  --strict          exit 1 when an fdkit row is below %.2f of raw\n",
            TARGET_RATIO);
}

int main(int argc, char **argv)
{
    static struct row rows[T_COUNT * MAX_SIZES * 2];
    static unsigned char client_buf[MAX_MSG];
    struct conn conns[T_COUNT] = {{-1, -1}, {-1, -1}};
    bool use_transport[T_COUNT] = {true, true};
    size_t sizes[MAX_SIZES] = {1, 64};
    int nsizes = 2, nrows = 0, runs = 11, warmup = 1, cpu = -1, rc = 0;
    int retried = 0, gave_up = 0;
    long iters = 10000, v;
    bool pinned = true, verbose = false, strict = false;
    pthread_t thread;
    struct utsname un;
    int r;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;
        bool ok = true;

        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--strict")) {
            strict = true;
            continue;
        } else if (!strcmp(a, "--verbose") || !strcmp(a, "-v")) {
            verbose = true;
            continue;
        } else if (!val) {
            ok = false;
        } else if (!strcmp(a, "--iters")) {
            ok = bench_parse_long(val, 1, 100000000, &iters);
        } else if (!strcmp(a, "--runs")) {
            ok = bench_parse_int(val, 1, BENCH_MAX_RUNS, &runs);
        } else if (!strcmp(a, "--warmup")) {
            ok = bench_parse_int(val, 0, BENCH_MAX_RUNS, &warmup);
        } else if (!strcmp(a, "--cpu")) {
            ok = bench_parse_cpu(val, &pinned, &cpu);
        } else if (!strcmp(a, "--sizes")) {
            char *copy = strdup(val), *save = NULL;

            nsizes = 0;
            ok = copy != NULL;
            for (char *t = ok ? strtok_r(copy, ",", &save) : NULL; t && ok;
                 t = strtok_r(NULL, ",", &save)) {
                ok = nsizes < MAX_SIZES && bench_parse_long(t, 1, MAX_MSG, &v);
                if (ok)
                    sizes[nsizes++] = (size_t)v;
            }
            ok = ok && nsizes > 0;
            free(copy);
        } else if (!strcmp(a, "--transports")) {
            use_transport[T_UNIX] = strstr(val, "unix") != NULL;
            use_transport[T_TCP] = strstr(val, "tcp") != NULL;
            ok = use_transport[T_UNIX] || use_transport[T_TCP];
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "bench-sockets: bad option or value: %s %s\n", a, val ? val : "");
            usage(stderr);
            return 2;
        }
        i++;
    }

    /* Before the echo thread exists: it inherits the mask. */
    if (pinned && (cpu = bench_pin("bench-sockets", cpu, false)) < 0)
        return 1;

    for (int t = 0; t < T_COUNT; t++) {
        if (!use_transport[t])
            continue;
        r = t == T_UNIX ? unix_pair(&conns[t]) : bench_tcp_pair(&conns[t].client, &conns[t].server);
        if (r < 0) {
            fprintf(stderr, "bench-sockets: %s connection: %s\n", transport_name[t], strerror(-r));
            return 1;
        }
        for (int s = 0; s < nsizes; s++)
            for (int m = 0; m < 2; m++) {
                struct row *w = &rows[nrows];

                w->transport = t;
                w->size = sizes[s];
                w->fdkit = m == 1;
                w->raw = m == 1 ? nrows - 1 : -1;
                w->rtps = calloc((size_t)runs, sizeof(double));
                if (!w->rtps) {
                    fprintf(stderr, "bench-sockets: out of memory\n");
                    return 1;
                }
                nrows++;
            }
    }

    if (pthread_barrier_init(&start_barrier, NULL, 2) || pthread_barrier_init(&done_barrier, NULL, 2) ||
        pthread_create(&thread, NULL, echo_thread, NULL)) {
        fprintf(stderr, "bench-sockets: cannot start the echo thread\n");
        return 1;
    }

    uname(&un);
    printf("bench-sockets: ping-pong round trips, %s %s, %ld CPUs online\n", un.sysname, un.release,
           sysconf(_SC_NPROCESSORS_ONLN));
    if (pinned)
        printf("  client and echo thread pinned to CPU %d\n", cpu);
    else
        printf("  not pinned (--cpu none): cross-CPU wake-ups dominate\n");
    printf("  unix = AF_UNIX SOCK_STREAM socketpair; tcp = 127.0.0.1, TCP_NODELAY both ends\n"
           "  raw = send(MSG_NOSIGNAL) / recv; fdkit = fdk_<kind>_send / _recv (inline);\n"
           "  the same connection for both\n"
           "  %ld round trips per run, %d timed runs per row after %d warm-up round%s;\n"
           "  rows interleaved, alternately forward and backward\n",
           iters, runs, warmup, warmup == 1 ? "" : "s");
    bench_print_loadavg();
    fflush(stdout);

    for (int round = -warmup; round < runs; round++) {
        for (int k = 0; k < nrows; k++) {
            struct row *w = &rows[bench_slot(round + warmup, k, nrows)];
            const struct conn *c = &conns[w->transport];
            loop_fn client = !w->fdkit             ? client_raw
                             : w->transport == T_TCP ? client_fdk_tcp_stream
                                                     : client_fdk_unix_stream;
            double secs, cpu_s, t;

            job.echo = !w->fdkit ? echo_raw : w->transport == T_TCP ? echo_fdk_tcp_stream
                                                                     : echo_fdk_unix_stream;
            job.fd = c->server;
            job.size = w->size;
            job.iters = iters;
            memset(client_buf, 0x5a, w->size);
            for (int attempt = 1;; attempt++) {
                pthread_barrier_wait(&start_barrier);
                cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID);
                t = bench_clock_s(CLOCK_MONOTONIC);
                r = client(c->client, client_buf, w->size, iters);
                secs = bench_clock_s(CLOCK_MONOTONIC) - t;
                cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID) - cpu_s;
                if (r < 0) {
                    /* The echo thread is stuck in recv: do not wait for it. */
                    fprintf(stderr, "bench-sockets: %s %zu bytes %s: %s\n",
                            transport_name[w->transport], w->size, w->fdkit ? "fdkit" : "raw",
                            strerror(-r));
                    return 1;
                }
                pthread_barrier_wait(&done_barrier);
                if (job.result < 0) {
                    fprintf(stderr, "bench-sockets: echo %s %zu bytes %s: %s\n",
                            transport_name[w->transport], w->size, w->fdkit ? "fdkit" : "raw",
                            strerror(-job.result));
                    return 1;
                }
                if (round < 0 || !pinned || cpu_s >= MIN_ON_CPU * secs)
                    break;
                if (attempt > MAX_RETRIES) {
                    gave_up++;
                    break;
                }
                if (verbose)
                    printf("  run %2d  %-4s %5zu  %-5s  %9.0f RT/s  preempted (on CPU %.0f%%): "
                           "again\n",
                           round + 1, transport_name[w->transport], w->size,
                           w->fdkit ? "fdkit" : "raw", (double)iters / secs, 100 * cpu_s / secs);
                retried++;
            }
            if (verbose)
                printf("  %-7s %2d  %-4s %5zu  %-5s  %9.0f RT/s  on CPU %3.0f%%\n",
                       round < 0 ? "warm-up" : "run", round < 0 ? round + warmup + 1 : round + 1,
                       transport_name[w->transport], w->size, w->fdkit ? "fdkit" : "raw",
                       (double)iters / secs, 100 * cpu_s / secs);
            if (round >= 0)
                w->rtps[w->nrec++] = (double)iters / secs;
        }
    }
    job.stop = true;
    pthread_barrier_wait(&start_barrier);
    pthread_join(thread, NULL);

    if (pinned) {
        printf("  %d run%s repeated because another process took the CPU (on CPU < %.0f%%)\n",
               retried, retried == 1 ? "" : "s", 100 * MIN_ON_CPU);
        if (gave_up > 0)
            printf("  warning: %d run%s still preempted after %d attempts: the machine is busy,\n"
                   "  these numbers are noisy (see the load average)\n",
                   gave_up, gave_up == 1 ? " was" : "s were", MAX_RETRIES + 1);
    }

    printf("\n%-9s %6s  %-6s %9s %9s %9s %7s %7s %13s %7s %7s\n", "transport", "msg", "method",
           "median", "min", "max", "us/RT", "ratio", "", "", "target");
    printf("%-9s %6s  %-6s %9s %9s %9s %7s %7s %13s %7s %7s\n", "", "bytes", "", "RT/s", "RT/s", "RT/s",
           "", "paired", "rounds", "med/med", ">=0.98");
    for (int k = 0; k < nrows; k++) {
        const struct row *w = &rows[k];
        const struct row *raw = w->raw >= 0 ? &rows[w->raw] : NULL;
        double med = bench_median(w->rtps, w->nrec);
        struct bench_ratio q;

        if (!bench_ratio(&q, w->rtps, raw ? raw->rtps : NULL, w->nrec, TARGET_RATIO) && strict)
            rc = 1;
        printf("%-9s %6zu  %-6s %9.0f %9.0f %9.0f %7.2f %7s %13s %7s %7s\n",
               transport_name[w->transport], w->size, w->fdkit ? "fdkit" : "raw", med,
               bench_min(w->rtps, w->nrec), bench_max(w->rtps, w->nrec), 1e6 / med, q.paired,
               q.spread, q.med_med, q.verdict);
    }
    printf("\nRT/s = round trips per second (one message each way); us/RT from the median.\n"
           "paired = median over the rounds of fdkit / raw in the same round; rounds = its\n"
           "lowest and highest.  PASS: every round >= 0.98; FAIL: every round below; noise:\n"
           "0.98 lies inside the rounds' spread (no verdict).  med/med = fdkit median / raw median.\n");

    for (int k = 0; k < nrows; k++)
        free(rows[k].rtps);
    for (int t = 0; t < T_COUNT; t++) {
        if (conns[t].client >= 0)
            close(conns[t].client);
        if (conns[t].server >= 0)
            close(conns[t].server);
    }
    return rc;
}
