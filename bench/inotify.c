/* SPDX-License-Identifier: MIT */
/*
 * bench-inotify: inotify events per second through fdkit's decoder
 * (fdk_inotify_read + fdk_inotify_next) against a hand-written one (read(2),
 * then step the struct inotify_event records by sizeof(struct inotify_event)
 * + ev->len, strlen() on the name), on the same event stream.
 *
 *   decode       the decode loop alone: one buffer of real records, made
 *                once (a watched temporary directory, a few thousand files
 *                created, written, closed, renamed and deleted, every record
 *                read back with raw read() calls of --read-size bytes and
 *                kept as the kernel returned it, read by read), decoded
 *                --passes times per run by each decoder.  The read is the
 *                same system call in both; the loop is what fdkit adds.
 *   read+decode  end to end: --e2e-files files make ~5 events each (untimed),
 *                then the timed part reads and decodes all of them until the
 *                non-blocking queue is empty: read() + the raw loop against
 *                fdk_inotify_read() + fdk_inotify_next(), on the same fd.
 *                --e2e-batches such batches per run.  The kernel's side of
 *                the read (dequeue, copy out, free each event) dominates.
 *
 * Both decoders do the same observable work per record: count it, add wd +
 * mask + the name's length (strlen() against fdkit's name_len) to a sum and
 * the cookie to another; the sums must agree with each other and with the
 * number of events the generator made, so neither loop can be optimised
 * away or skip a record.
 *
 * Fairness on a small VM, as in bench-copy and bench-sockets:
 *   - pinned to one CPU (default the highest allowed);
 *   - the rows are interleaved round by round, alternately forward and
 *     backward with a moving start, after --warmup untimed rounds;
 *   - a run that spent less than 95% of its timed wall time on the CPU was
 *     preempted (nothing here blocks): it is run again, up to 3 times;
 *   - events/s is the median of the runs (min and max shown); each fdkit
 *     row is compared with its raw row of the same round, and the paired
 *     ratio is the median of those per-round ratios, shown with their min
 *     and max.  PASS only when every round's ratio is at or above the target,
 *     FAIL when every one is below it, else "noise": the target lies inside
 *     the spread, and the run says nothing either way.
 *
 * The stable figure is the instruction count of the loops:
 * bench/run-inotify.sh runs `bench-inotify --once ROW` under callgrind.
 *
 * Usage: bench-inotify [--files N] [--passes N] [--e2e-files N] [--e2e-batches N]
 *                      [--read-size N] [--runs N] [--warmup N] [--cpu N|none]
 *                      [--dir DIR] [--rows LIST] [-v] [--strict]
 *        bench-inotify [options] --once decode-raw|decode-fdkit|e2e-raw|e2e-fdkit
 *
 * Exits 0 unless a run fails or the decoders disagree (1) or an option is
 * wrong (2); with --strict also 1 when an fdkit row FAILs.
 */
#include <fdkit/fdkit.h>

#include "bench-util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#define TARGET_RATIO 0.97 /* fdkit / raw */
#define MIN_ON_CPU   0.95 /* a run on the CPU less than this was preempted */
#define MAX_RETRIES  3
#define DRAIN_EVERY  256 /* files between two drains while making the buffer */
#define WATCH_MASK                                                                                 \
    (IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_ATTRIB)
#define MIN_READ (sizeof(struct inotify_event) + NAME_MAX + 1)

static const char *prog = "bench-inotify";

/* ------------------------------------------------------------------------ */
/* What both decoders compute. */

struct sums {
    uint64_t events;  /* records decoded */
    uint64_t sum;     /* wd + mask + name length, over the records */
    uint64_t cookies; /* cookies, over the records (they differ from batch to batch) */
};

/* The records of every read, one after the other, and where each read's
   bytes start and end. */
struct chunk {
    size_t off, len;
};

struct stream {
    unsigned char *buf;
    size_t len, cap;
    struct chunk *chunk;
    size_t nchunks, chunk_cap;
    uint64_t events;    /* records, counted while reading */
    uint64_t name_sum;  /* name bytes (strlen), for the summary */
    uint64_t named;     /* records with a name */
};

/* ------------------------------------------------------------------------ */
/* The two decoders of one read's bytes. */

/* The loop of inotify(7)'s example: trust the kernel's records. */
static inline void raw_decode(const unsigned char *buf, size_t len, struct sums *t)
{
    for (size_t off = 0; off < len;) {
        const struct inotify_event *ev = (const struct inotify_event *)(const void *)(buf + off);
        size_t name_len = ev->len ? strlen(ev->name) : 0;

        t->events++;
        t->sum += (uint64_t)ev->wd + ev->mask + name_len;
        t->cookies += ev->cookie;
        off += sizeof *ev + ev->len;
    }
}

/* fdk_inotify_next (inline from fdkit/inotify.h): every record checked. */
static inline int fdk_decode(const unsigned char *buf, size_t len, struct sums *t)
{
    struct fdk_inotify_event ev;
    size_t pos = 0;
    int r;

    while ((r = fdk_inotify_next(buf, len, &pos, &ev)) > 0) {
        t->events++;
        t->sum += (uint64_t)ev.wd + ev.mask + ev.name_len;
        t->cookies += ev.cookie;
    }
    return r;
}

/* ------------------------------------------------------------------------ */
/* The measured loops: never inlined, so --toggle-collect=bench_<row> counts
   exactly one of them. */

BENCH_LOOP static int bench_decode_raw(const struct stream *s, long passes, struct sums *out)
{
    struct sums t = {0, 0, 0};

    for (long p = 0; p < passes; p++)
        for (size_t c = 0; c < s->nchunks; c++)
            raw_decode(s->buf + s->chunk[c].off, s->chunk[c].len, &t);
    *out = t;
    return 0;
}

BENCH_LOOP static int bench_decode_fdkit(const struct stream *s, long passes, struct sums *out)
{
    struct sums t = {0, 0, 0};

    for (long p = 0; p < passes; p++)
        for (size_t c = 0; c < s->nchunks; c++) {
            int r = fdk_decode(s->buf + s->chunk[c].off, s->chunk[c].len, &t);

            if (r < 0)
                return r;
        }
    *out = t;
    return 0;
}

/* Read and decode until the (non-blocking) queue is empty. */
BENCH_LOOP static int bench_e2e_raw(int fd, unsigned char *buf, size_t size, struct sums *out)
{
    struct sums t = {0, 0, 0};

    for (;;) {
        ssize_t n = read(fd, buf, size);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN)
                break;
            return -errno;
        }
        if (n == 0)
            break;
        raw_decode(buf, (size_t)n, &t);
    }
    *out = t;
    return 0;
}

BENCH_LOOP static int bench_e2e_fdkit(int fd, unsigned char *buf, size_t size, struct sums *out)
{
    fdk_inotify in = fdk_inotify_adopt(fd); /* borrowed: never closed through fdkit */
    struct sums t = {0, 0, 0};

    for (;;) {
        ssize_t n = fdk_inotify_read(in, buf, size);
        int r;

        if (n == -EINTR)
            continue;
        if (n == -EAGAIN)
            break;
        if (n < 0)
            return (int)n;
        if (n == 0)
            break;
        r = fdk_decode(buf, (size_t)n, &t);
        if (r < 0)
            return r;
    }
    *out = t;
    return 0;
}

/* ------------------------------------------------------------------------ */
/* The events: files in a watched directory. */

struct gen {
    char dir[PATH_MAX];
    int dirfd;
    int in; /* the inotify instance, non-blocking */
    int wd;
};

/* Name lengths like a real directory's: 70% of 4-24 bytes, 25% of 25-64, 5%
   of 65-255 (NAME_MAX), from a fixed hash of the file's number.  The kernel
   pads each name to 16 bytes, so records are 32 to 288 bytes long. */
static size_t name_length(unsigned i)
{
    uint32_t h = (i + 1u) * 2654435761u;
    unsigned pct, r;

    h ^= h >> 15;
    pct = h % 100;
    r = h >> 7;
    if (pct < 70)
        return 4 + r % 21;
    if (pct < 95)
        return 25 + r % 40;
    return 65 + r % (NAME_MAX - 64);
}

/* File i's name ('f'...) or its name after the rename ('r...', same length). */
static void file_name(char *name, unsigned i, bool renamed)
{
    size_t want = name_length(i);
    int n = snprintf(name, NAME_MAX + 1, "%c%x_", renamed ? 'r' : 'f', i);

    for (size_t k = (size_t)n; k < want; k++)
        name[k] = (char)('a' + (i + k) % 26);
    name[(size_t)n > want ? (size_t)n : want] = '\0';
}

/* Make the events of files [first, first + count): each is created (IN_CREATE),
   written (IN_MODIFY), closed (IN_CLOSE_WRITE), every second one renamed
   (IN_MOVED_FROM + IN_MOVED_TO, with a cookie), then deleted (IN_DELETE);
   every 64th file the directory itself is chmod'ed (IN_ATTRIB, a record with
   no name).  Adds the number of events to *expected; 0 or -errno. */
static int make_events(const struct gen *g, unsigned first, unsigned count, uint64_t *expected)
{
    char name[NAME_MAX + 1], moved[NAME_MAX + 1];

    for (unsigned i = first; i < first + count; i++) {
        const char *cur = name;
        int fd;

        file_name(name, i, false);
        fd = openat(g->dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return -errno;
        if (write(fd, "x", 1) != 1) {
            int e = errno ? errno : EIO;

            close(fd);
            return -e;
        }
        close(fd);
        *expected += 4;
        if (i % 2) {
            file_name(moved, i, true);
            if (renameat(g->dirfd, name, g->dirfd, moved) < 0)
                return -errno;
            cur = moved;
            *expected += 2;
        }
        if (unlinkat(g->dirfd, cur, 0) < 0)
            return -errno;
        if (i % 64 == 63) {
            if (fchmod(g->dirfd, 0700) < 0)
                return -errno;
            *expected += 1;
        }
    }
    return 0;
}

/* Read everything queued into s, read by read, with the raw call. */
static int drain_into(const struct gen *g, struct stream *s, size_t read_size)
{
    for (;;) {
        ssize_t n;

        if (s->cap - s->len < read_size) {
            size_t cap = s->cap ? 2 * s->cap : 1u << 20;
            unsigned char *b;

            while (cap - s->len < read_size)
                cap *= 2;
            b = realloc(s->buf, cap); /* malloc's alignment is enough for the records */
            if (!b)
                return -ENOMEM;
            s->buf = b;
            s->cap = cap;
        }
        if (s->nchunks == s->chunk_cap) {
            size_t cap = s->chunk_cap ? 2 * s->chunk_cap : 1024;
            struct chunk *c = realloc(s->chunk, cap * sizeof *c);

            if (!c)
                return -ENOMEM;
            s->chunk = c;
            s->chunk_cap = cap;
        }
        n = read(g->in, s->buf + s->len, read_size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return 0;
        if (n <= 0)
            return n < 0 ? -errno : -EIO;
        for (size_t off = 0; off < (size_t)n;) {
            const struct inotify_event *ev =
                (const struct inotify_event *)(const void *)(s->buf + s->len + off);

            if (ev->mask & IN_Q_OVERFLOW)
                return -EOVERFLOW;
            s->events++;
            if (ev->len) {
                s->named++;
                s->name_sum += strlen(ev->name);
            }
            off += sizeof *ev + ev->len;
        }
        s->chunk[s->nchunks].off = s->len;
        s->chunk[s->nchunks].len = (size_t)n;
        s->nchunks++;
        s->len += (size_t)n;
    }
}

static int make_stream(const struct gen *g, struct stream *s, unsigned files, size_t read_size,
                       uint64_t *expected)
{
    for (unsigned i = 0; i < files; i += DRAIN_EVERY) {
        unsigned n = files - i < DRAIN_EVERY ? files - i : DRAIN_EVERY;
        int r = make_events(g, i, n, expected);

        if (r == 0)
            r = drain_into(g, s, read_size);
        if (r < 0)
            return r;
    }
    return 0;
}

static int gen_open(struct gen *g, const char *parent)
{
    if (snprintf(g->dir, sizeof g->dir, "%s/fdkit-bench-inotify-XXXXXX", parent) >=
        (int)sizeof g->dir)
        return -ENAMETOOLONG;
    if (!mkdtemp(g->dir)) {
        g->dir[0] = '\0';
        return -errno;
    }
    g->dirfd = open(g->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (g->dirfd < 0)
        return -errno;
    g->in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (g->in < 0)
        return -errno;
    g->wd = inotify_add_watch(g->in, g->dir, WATCH_MASK);
    if (g->wd < 0)
        return -errno;
    return 0;
}

/* Remove the directory and whatever a failed run left in it. */
static void gen_close(struct gen *g)
{
    if (g->in >= 0)
        close(g->in);
    g->in = -1;
    if (g->dirfd >= 0) {
        int fd = dup(g->dirfd);
        DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
        struct dirent *e;

        while (d && (e = readdir(d)))
            if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
                unlinkat(g->dirfd, e->d_name, 0);
        if (d)
            closedir(d);
        else if (fd >= 0)
            close(fd);
        close(g->dirfd);
        g->dirfd = -1;
    }
    if (g->dir[0])
        rmdir(g->dir);
    g->dir[0] = '\0';
}

/* ------------------------------------------------------------------------ */
/* Rows. */

enum { R_DECODE_RAW, R_DECODE_FDKIT, R_E2E_RAW, R_E2E_FDKIT, R_COUNT };

static struct row {
    const char *key, *name;
    bool e2e, fdkit;
    int raw; /* the raw counterpart of an fdkit row, or -1 */
    double *evps;
    int nrec;
} rows[R_COUNT] = {
    {"decode-raw", "decode      raw loop", false, false, -1, NULL, 0},
    {"decode-fdkit", "decode      fdk_inotify_next", false, true, R_DECODE_RAW, NULL, 0},
    {"e2e-raw", "read+decode raw", true, false, -1, NULL, 0},
    {"e2e-fdkit", "read+decode fdkit", true, true, R_E2E_RAW, NULL, 0},
};

static const char *row_key(int i)
{
    return rows[i].key;
}

struct opts {
    unsigned files, e2e_files;
    long passes;
    int e2e_batches;
    size_t read_size;
};

/* What every run of one row must find. */
struct expect {
    struct sums decode;   /* the raw decoder's sums over one pass of the buffer */
    uint64_t e2e_events;  /* the events of one batch, from the generator */
    uint64_t e2e_sum;     /* wd + mask + name lengths of one batch (first batch seen) */
    bool e2e_known;
};

/* One run of row w: its events, the seconds it took and its time on the CPU.
   0, or -errno (a failed call) or -EBADMSG (a decoder disagrees). */
static int run_row(const struct row *w, const struct gen *g, const struct stream *s,
                   unsigned char *rbuf, const struct opts *o, struct expect *x, double *events,
                   double *secs, double *cpu_s)
{
    struct sums t;
    double t0, c0;
    int r;

    *secs = *cpu_s = *events = 0;
    if (!w->e2e) {
        /* One pass untimed first: the read+decode rows' file operations
           push the buffer out of the caches. */
        r = (w->fdkit ? bench_decode_fdkit : bench_decode_raw)(s, 1, &t);
        if (r < 0)
            return r;
        c0 = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID);
        t0 = bench_clock_s(CLOCK_MONOTONIC);
        r = (w->fdkit ? bench_decode_fdkit : bench_decode_raw)(s, o->passes, &t);
        *secs = bench_clock_s(CLOCK_MONOTONIC) - t0;
        *cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
        if (r < 0)
            return r;
        if (t.events != x->decode.events * (uint64_t)o->passes ||
            t.sum != x->decode.sum * (uint64_t)o->passes ||
            t.cookies != x->decode.cookies * (uint64_t)o->passes)
            return -EBADMSG;
        *events = (double)t.events;
        return 0;
    }
    for (int b = 0; b < o->e2e_batches; b++) {
        uint64_t made = 0;

        r = make_events(g, 0, o->e2e_files, &made);
        if (r < 0)
            return r;
        c0 = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID);
        t0 = bench_clock_s(CLOCK_MONOTONIC);
        r = (w->fdkit ? bench_e2e_fdkit : bench_e2e_raw)(g->in, rbuf, o->read_size, &t);
        *secs += bench_clock_s(CLOCK_MONOTONIC) - t0;
        *cpu_s += bench_clock_s(CLOCK_PROCESS_CPUTIME_ID) - c0;
        if (r < 0)
            return r;
        if (!x->e2e_known) {
            x->e2e_events = made;
            x->e2e_sum = t.sum;
            x->e2e_known = true;
        }
        if (t.events != made || made != x->e2e_events || t.sum != x->e2e_sum)
            return -EBADMSG;
        *events += (double)t.events;
    }
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: bench-inotify [options]\n"
            "  --files N         files behind the decode buffer (default 3000, ~5 events each)\n"
            "  --passes N        decode passes over the buffer per run (default 200)\n"
            "  --e2e-files N     files per read+decode batch (default 2000, ~5 events each;\n"
            "                    all of a batch's events must fit max_queued_events)\n"
            "  --e2e-batches N   read+decode batches per run (default 4)\n"
            "  --read-size N     bytes per read (default 4096, at least %zu)\n"
            "  --runs N          timed runs per row (default 11; median reported)\n"
            "  --warmup N        untimed rounds first (default 1)\n"
            "  --cpu N|none      pin to CPU N (default: the highest allowed CPU), or not at all\n"
            "  --dir DIR         where the watched directory is made (default $TMPDIR, else /tmp)\n"
            "  --rows LIST       comma-separated subset of: decode-raw, decode-fdkit, e2e-raw,\n"
            "                    e2e-fdkit (default: all)\n"
            "  --once ROW        run one row's loop once, unpinned and untimed, and print its\n"
            "                    event count (for callgrind: bench/run-inotify.sh)\n"
            "  --verbose, -v     print every run\n"
            "  --strict          exit 1 when an fdkit row is below %.2f of raw in every round\n",
            MIN_READ, TARGET_RATIO);
}

/* --once ROW: set up what the row needs, run its loop once, print
   "ROW events N".  The loop is the only thing callgrind counts. */
static int run_once(int row, struct gen *g, const struct opts *o)
{
    struct stream s = {0};
    struct sums t = {0, 0, 0};
    uint64_t expected = 0;
    unsigned char *rbuf = NULL;
    int r;

    if (!rows[row].e2e) {
        r = make_stream(g, &s, o->files, o->read_size, &expected);
        if (r == 0 && s.events != expected)
            r = -EBADMSG;
        if (r == 0)
            r = (rows[row].fdkit ? bench_decode_fdkit : bench_decode_raw)(&s, o->passes, &t);
    } else {
        rbuf = malloc(o->read_size);
        r = rbuf ? make_events(g, 0, o->e2e_files, &expected) : -ENOMEM;
        if (r == 0)
            r = (rows[row].fdkit ? bench_e2e_fdkit : bench_e2e_raw)(g->in, rbuf, o->read_size, &t);
        if (r == 0 && t.events != expected)
            r = -EBADMSG;
    }
    if (r == 0)
        printf("%s events %llu reads %llu sum %llu\n", rows[row].key, (unsigned long long)t.events,
               (unsigned long long)(rows[row].e2e ? 0 : s.nchunks * (uint64_t)o->passes),
               (unsigned long long)t.sum);
    free(s.buf);
    free(s.chunk);
    free(rbuf);
    return r;
}

int main(int argc, char **argv)
{
    struct opts o = {.files = 3000, .e2e_files = 2000, .passes = 200, .e2e_batches = 4,
                     .read_size = 4096};
    struct gen g = {.dirfd = -1, .in = -1, .wd = -1};
    struct stream s = {0};
    struct expect x = {{0, 0, 0}, 0, 0, false};
    const char *dir = getenv("TMPDIR");
    int runs = 11, warmup = 1, cpu = -1, once = -1, rc = 0, nrow = 0, order[R_COUNT];
    int group[2][R_COUNT], ngroup[2] = {0, 0}; /* the decode rows, the read+decode rows */
    int retried = 0, gave_up = 0;
    bool pinned = true, verbose = false, strict = false, selected[R_COUNT];
    unsigned char *rbuf = NULL;
    uint64_t expected = 0;
    long max_queued = 16384, v;
    struct utsname un;
    double t0;
    FILE *f;
    int r;

    for (int k = 0; k < R_COUNT; k++)
        selected[k] = true;
    if (!dir || !*dir)
        dir = "/tmp";
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
        } else if (!strcmp(a, "--files")) {
            ok = bench_parse_long(val, 1, 10000000, &v);
            o.files = (unsigned)v;
        } else if (!strcmp(a, "--passes")) {
            ok = bench_parse_long(val, 1, 1000000000, &o.passes);
        } else if (!strcmp(a, "--e2e-files")) {
            ok = bench_parse_long(val, 1, 1000000, &v);
            o.e2e_files = (unsigned)v;
        } else if (!strcmp(a, "--e2e-batches")) {
            ok = bench_parse_int(val, 1, 1000000, &o.e2e_batches);
        } else if (!strcmp(a, "--read-size")) {
            ok = bench_parse_long(val, (long)MIN_READ, 1L << 30, &v);
            o.read_size = (size_t)v;
        } else if (!strcmp(a, "--runs")) {
            ok = bench_parse_int(val, 1, BENCH_MAX_RUNS, &runs);
        } else if (!strcmp(a, "--warmup")) {
            ok = bench_parse_int(val, 0, BENCH_MAX_RUNS, &warmup);
        } else if (!strcmp(a, "--cpu")) {
            ok = bench_parse_cpu(val, &pinned, &cpu);
        } else if (!strcmp(a, "--dir")) {
            dir = val;
        } else if (!strcmp(a, "--rows")) {
            ok = bench_parse_keys(val, R_COUNT, row_key, selected);
        } else if (!strcmp(a, "--once")) {
            for (int k = 0; k < R_COUNT; k++)
                if (!strcmp(val, rows[k].key))
                    once = k;
            ok = once >= 0;
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "%s: bad option or value: %s %s\n", prog, a, val ? val : "");
            usage(stderr);
            return 2;
        }
        i++;
    }

    /* A batch must fit the queue, or the kernel drops events (IN_Q_OVERFLOW). */
    f = fopen("/proc/sys/fs/inotify/max_queued_events", "re");
    if (f) {
        if (fscanf(f, "%ld", &v) == 1 && v > 0)
            max_queued = v;
        fclose(f);
    }
    if ((long)o.e2e_files * 6 + (long)o.e2e_files / 64 >= max_queued) {
        fprintf(stderr, "%s: --e2e-files %u can make more events than max_queued_events (%ld)\n",
                prog, o.e2e_files, max_queued);
        return 2;
    }

    r = gen_open(&g, dir);
    if (r < 0) {
        fprintf(stderr, "%s: watched directory in %s: %s\n", prog, dir, strerror(-r));
        gen_close(&g);
        return 1;
    }
    if (once >= 0) {
        r = run_once(once, &g, &o);
        if (r < 0)
            fprintf(stderr, "%s: --once %s: %s\n", prog, rows[once].key, strerror(-r));
        gen_close(&g);
        return r < 0;
    }

    if (pinned && (cpu = bench_pin(prog, cpu, true)) < 0) {
        gen_close(&g);
        return 1;
    }
    rbuf = malloc(o.read_size);
    for (int k = 0; k < R_COUNT; k++) {
        if (!selected[k])
            continue;
        rows[k].evps = calloc((size_t)runs, sizeof(double));
        if (!rows[k].evps || !rbuf) {
            fprintf(stderr, "%s: out of memory\n", prog);
            gen_close(&g);
            return 1;
        }
        order[nrow++] = k;
        group[rows[k].e2e][ngroup[rows[k].e2e]++] = k;
    }

    /* The decode buffer: real records, read with the raw call. */
    t0 = bench_clock_s(CLOCK_MONOTONIC);
    r = make_stream(&g, &s, o.files, o.read_size, &expected);
    if (r == 0 && s.events != expected)
        r = -EBADMSG;
    if (r == 0)
        r = bench_decode_raw(&s, 1, &x.decode);
    if (r == 0 && x.decode.events != expected)
        r = -EBADMSG;
    if (r < 0) {
        fprintf(stderr, "%s: making the decode buffer (%u files): %s\n", prog, o.files,
                strerror(-r));
        gen_close(&g);
        return 1;
    }

    uname(&un);
    printf("%s: inotify event decoding, %s %s, %ld CPUs online\n", prog, un.sysname, un.release,
           sysconf(_SC_NPROCESSORS_ONLN));
    if (pinned)
        printf("  pinned to CPU %d\n", cpu);
    else
        printf("  not pinned (--cpu none)\n");
    printf("  watched: a new directory in %s (mask CREATE MODIFY CLOSE_WRITE MOVED_FROM\n"
           "  MOVED_TO DELETE ATTRIB); read size %zu bytes\n",
           dir, o.read_size);
    printf("  decode buffer: %u files -> %llu events in %zu reads, %zu bytes (%.1f per event),\n"
           "  %llu with a name (mean %.1f bytes), made in %.2f s; decoded %ld times per run\n",
           o.files, (unsigned long long)s.events, s.nchunks, s.len,
           (double)s.len / (double)s.events, (unsigned long long)s.named,
           s.named ? (double)s.name_sum / (double)s.named : 0.0,
           bench_clock_s(CLOCK_MONOTONIC) - t0, o.passes);
    printf("  read+decode: %u files (~%u events) made untimed, then read until the queue is\n"
           "  empty (timed); %d batches per run\n",
           o.e2e_files, o.e2e_files * 5, o.e2e_batches);
    printf("  %d timed runs per row after %d warm-up round%s; rows interleaved, alternately\n"
           "  forward and backward; median, min and max of the timed runs\n",
           runs, warmup, warmup == 1 ? "" : "s");
    bench_print_loadavg();
    fflush(stdout);

    /* Each round runs the two decode rows one after the other, then the two
       read+decode rows (or the other way round, every second round), so the
       runs a ratio pairs are seconds apart at most. */
    for (int round = -warmup; round < runs; round++) {
        for (int k = 0; k < nrow; k++) {
            int q = round + warmup, g0 = q % 2; /* the group that goes first */
            int gr = k < ngroup[g0] ? g0 : 1 - g0, j = k < ngroup[g0] ? k : k - ngroup[g0];
            struct row *w = &rows[group[gr][bench_slot(q, j, ngroup[gr])]];
            double events = 0, secs = 0, cpu_s = 0;

            for (int attempt = 1;; attempt++) {
                r = run_row(w, &g, &s, rbuf, &o, &x, &events, &secs, &cpu_s);
                if (r < 0) {
                    fprintf(stderr, "%s: %s: %s\n", prog, w->name,
                            r == -EBADMSG ? "the decoders disagree (or events were lost)"
                                          : strerror(-r));
                    gen_close(&g);
                    return 1;
                }
                if (round < 0 || !pinned || cpu_s >= MIN_ON_CPU * secs)
                    break;
                if (attempt > MAX_RETRIES) {
                    gave_up++;
                    break;
                }
                if (verbose)
                    printf("  %-7s %2d  %-28s %8.2f Mev/s  preempted (on CPU %.0f%%): again\n",
                           "run", round + 1, w->name, events / secs / 1e6, 100 * cpu_s / secs);
                retried++;
            }
            if (verbose)
                printf("  %-7s %2d  %-28s %8.2f Mev/s  %7.4f s, on CPU %3.0f%%\n",
                       round < 0 ? "warm-up" : "run", round < 0 ? round + warmup + 1 : round + 1,
                       w->name, events / secs / 1e6, secs, 100 * cpu_s / secs);
            if (round >= 0)
                w->evps[w->nrec++] = events / secs;
        }
    }
    gen_close(&g);

    printf("  every run's sums checked: both decoders agree, no event lost\n");
    if (pinned) {
        printf("  %d run%s repeated because another process took the CPU (on CPU < %.0f%%)\n",
               retried, retried == 1 ? "" : "s", 100 * MIN_ON_CPU);
        if (gave_up > 0)
            printf("  warning: %d run%s still preempted after %d attempts: the machine is busy,\n"
                   "  these numbers are noisy (see the load average)\n",
                   gave_up, gave_up == 1 ? " was" : "s were", MAX_RETRIES + 1);
    }

    printf("\n%-28s %7s %7s %7s %6s %7s %7s %13s %6s\n", "row", "median", "min", "max", "ns/ev",
           "ratio", "", "paired", "target");
    printf("%-28s %7s %7s %7s %6s %7s %7s %13s %6s\n", "", "Mev/s", "Mev/s", "Mev/s", "",
           "paired", "med/med", "min - max", ">=0.97");
    for (int k = 0; k < nrow; k++) {
        const struct row *w = &rows[order[k]];
        const struct row *raw = w->raw >= 0 && selected[w->raw] ? &rows[w->raw] : NULL;
        double med = bench_median(w->evps, w->nrec);
        char paired[16] = "-", mm[16] = "-", spread[24] = "-", verdict[16] = "-";

        if (raw && raw->nrec == w->nrec) {
            double q[BENCH_MAX_RUNS] = {0}, lo, hi;

            for (int i = 0; i < w->nrec; i++)
                q[i] = w->evps[i] / raw->evps[i];
            lo = bench_min(q, w->nrec);
            hi = bench_max(q, w->nrec);
            snprintf(paired, sizeof paired, "%.3f", bench_median(q, w->nrec));
            snprintf(mm, sizeof mm, "%.3f", med / bench_median(raw->evps, raw->nrec));
            snprintf(spread, sizeof spread, "%.3f - %.3f", lo, hi);
            snprintf(verdict, sizeof verdict, "%s",
                     lo >= TARGET_RATIO ? "PASS" : hi < TARGET_RATIO ? "FAIL" : "noise");
            if (strict && hi < TARGET_RATIO)
                rc = 1;
        }
        printf("%-28s %7.2f %7.2f %7.2f %6.2f %7s %7s %13s %6s\n", w->name, med / 1e6,
               bench_min(w->evps, w->nrec) / 1e6, bench_max(w->evps, w->nrec) / 1e6, 1e9 / med,
               paired, mm, spread, verdict);
    }
    printf("\nMev/s = 10^6 events per second; ns/ev from the median.  paired = median over the\n"
           "rounds of fdkit / raw in the same round, with the min and max of those ratios;\n"
           "med/med = fdkit median / raw median.  PASS: every round >= %.2f; FAIL: every\n"
           "round below; noise: the target lies inside the spread (no verdict).\n"
           "Instructions per event, the stable figure: sh bench/run-inotify.sh\n",
           TARGET_RATIO);

    for (int k = 0; k < R_COUNT; k++)
        free(rows[k].evps);
    free(s.buf);
    free(s.chunk);
    free(rbuf);
    return rc;
}
