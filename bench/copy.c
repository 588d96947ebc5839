/* SPDX-License-Identifier: MIT */
/*
 * bench-copy: copy a file (1 GiB by default) with fdkit's transfer loops and
 * with hand-written loops over the same system calls, and compare.
 *
 *   read/write 64 KiB     the classic user-space loop (the baseline)
 *   raw splice            file -> pipe -> file, a splice(2) loop per side
 *   fdk_splice_all        the same structure, each side one fdk_splice_all()
 *   raw copy_file_range   a copy_file_range(2) loop, file -> file
 *   fdk_copy_all          fdk_copy_all(), which picks copy_file_range here
 *
 * Each fdkit row is compared with its raw counterpart: same fds, same offsets,
 * same request sizes, so the ratio measures the wrapper and nothing else.
 * The splice pair moves the data one pipe-full at a time (single thread:
 * fill the pipe from the file, drain it into the destination); the request
 * size is the pipe capacity on both sides.  The copy_file_range pair asks
 * for everything that is left, capped at 1 GiB per call, which is what
 * fdk_copy_all asks (FDK__XFER_CHUNK in runtime/fdk-xfer.h).
 *
 * Fairness on a small VM:
 *   - the process is pinned to one CPU (cross-CPU wake-ups and migrations
 *     are the biggest source of noise on a 2-vCPU guest);
 *   - the source is written once, fdatasync'ed (no writeback during the
 *     runs) and stays in the page cache: the runs measure the transfer
 *     path, not the disk;
 *   - the timed runs all overwrite one unlinked destination file (O_TMPFILE)
 *     on the same file system, in place, so no run allocates memory.  Fresh
 *     pages are what makes a run slow here: this VM hands freed guest memory
 *     back to the host (virtio-balloon free page reporting), and touching it
 *     again costs a host page fault per page, 3-10x slower at random (see
 *     --dest fresh).  That file is first written with 1 MiB writes whatever
 *     methods run: how a file was first written changes the speed of later
 *     overwrites (by ~25% here; ext4's large folios, most likely).  It is
 *     fdatasync'ed every 15 s between rounds so the flusher never starts on
 *     it during a run (dirty_expire_centisecs is 30 s);
 *   - the first (warm-up) round copies into new files and checks each
 *     method's copy byte for byte against the source (untimed);
 *   - the methods are interleaved, alternately forward and backward, with
 *     the starting point moving every second round, so each one runs in
 *     every position and after different neighbours;
 *   - a run that spent more than 5% of its time off the CPU was preempted
 *     by another process (nothing here waits for I/O): it is run again, up
 *     to 3 times, and the count is printed;
 *   - GB/s is the median of the runs (min and max shown); the verdict uses
 *     the median over rounds of fdkit / raw in the same round, seconds apart,
 *     so a slow drift of the machine cancels out (median / median is shown
 *     too).
 *
 * Usage: bench-copy [--size N[K|M|G]] [--runs N] [--warmup N] [--cpu N|none]
 *                   [--dir DIR] [--dest file|fresh|null] [--pipe N[K|M]]
 *                   [--methods LIST] [--verbose] [--strict]
 *
 * Exits 0 unless a copy fails or differs from the source (1) or an option is
 * wrong (2); with --strict also 1 when an fdkit helper is below 0.97 of its
 * raw counterpart.
 */
#include <fdkit/fdkit.h>

#include "bench-util.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#define KIB ((size_t)1024)
#define MIB (KIB * 1024)
#define GIB (MIB * 1024)

#define RW_BUF_SIZE  (64 * KIB) /* the plain loop's buffer */
#define XFER_CHUNK   GIB        /* fdkit's largest single request */
#define VERIFY_BLOCK MIB        /* verification reads */
#define TARGET_RATIO 0.97       /* fdkit / raw */
#define MIN_ON_CPU   0.95       /* a run on the CPU less than this was preempted */
#define MAX_RETRIES  3          /* times a preempted run is repeated */
#define SYNC_EVERY_S 15.0       /* < dirty_expire_centisecs (30 s) */

struct bench {
    int src;            /* the source file, in the page cache */
    size_t size;        /* bytes per copy */
    const char *dir;    /* where the source and destinations live */
    bool dest_null;     /* destination /dev/null instead of a file */
    bool dest_fresh;    /* a new file for every run, not one overwritten in place */
    int pipe_r, pipe_w; /* the splice methods' pipe */
    size_t chunk;       /* bytes per pipe fill: the pipe's capacity */
    unsigned char *buf; /* read/write buffer */
};

struct method {
    const char *key; /* for --methods */
    const char *name;
    int (*run)(struct bench *b, int dst);
    int raw;        /* index of the raw counterpart, or -1 */
    bool file_only; /* needs a regular-file destination */
    double *gbps;   /* one entry per timed run */
    int nrec;
};

/* ------------------------------------------------------------------------ */
/* The copy loops.  Each returns 0 or -errno and leaves b->size bytes in dst. */

static int run_read_write(struct bench *b, int dst)
{
    size_t left = b->size;

    if (lseek(b->src, 0, SEEK_SET) < 0)
        return -errno;
    while (left > 0) {
        size_t want = left < RW_BUF_SIZE ? left : RW_BUF_SIZE;
        ssize_t n = read(b->src, b->buf, want);
        size_t off = 0;

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            return -ENODATA;
        while (off < (size_t)n) {
            ssize_t w = write(dst, b->buf + off, (size_t)n - off);

            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0)
                return -errno;
            if (w == 0)
                return -EIO;
            off += (size_t)w;
        }
        left -= (size_t)n;
    }
    return 0;
}

/* Exactly n bytes with splice(2): what a careful caller writes by hand. */
static int raw_splice_n(int in, loff_t *off_in, int out, loff_t *off_out, size_t n)
{
    while (n > 0) {
        ssize_t k = splice(in, off_in, out, off_out, n, 0);

        if (k > 0) {
            n -= (size_t)k;
            continue;
        }
        if (k == 0)
            return -ENODATA;
        if (errno == EINTR)
            continue;
        return -errno;
    }
    return 0;
}

static int run_raw_splice(struct bench *b, int dst)
{
    loff_t in = 0, out = 0;
    size_t left = b->size;

    while (left > 0) {
        size_t n = left < b->chunk ? left : b->chunk;
        int r = raw_splice_n(b->src, &in, b->pipe_w, NULL, n);

        if (r == 0)
            r = raw_splice_n(b->pipe_r, NULL, dst, b->dest_null ? NULL : &out, n);
        if (r < 0)
            return r;
        left -= n;
    }
    return 0;
}

static int run_fdk_splice(struct bench *b, int dst)
{
    int64_t in = 0, out = 0;
    size_t left = b->size;

    while (left > 0) {
        size_t n = left < b->chunk ? left : b->chunk;
        int r = fdk_splice_all(b->src, &in, b->pipe_w, NULL, n, 0, NULL, NULL);

        if (r == 0)
            r = fdk_splice_all(b->pipe_r, NULL, dst, b->dest_null ? NULL : &out, n, 0, NULL, NULL);
        if (r < 0)
            return r;
        left -= n;
    }
    return 0;
}

static int run_raw_copy_range(struct bench *b, int dst)
{
    loff_t in = 0, out = 0;
    size_t left = b->size;

    while (left > 0) {
        size_t want = left < XFER_CHUNK ? left : XFER_CHUNK;
        ssize_t n = copy_file_range(b->src, &in, dst, &out, want, 0);

        if (n > 0) {
            left -= (size_t)n;
            continue;
        }
        if (n == 0)
            return -ENODATA;
        if (errno == EINTR)
            continue;
        return -errno;
    }
    return 0;
}

static int run_fdk_copy(struct bench *b, int dst)
{
    int64_t in = 0, out = 0;

    return fdk_copy_all(b->src, &in, dst, &out, b->size, NULL, NULL);
}

enum { M_RW, M_RAW_SPLICE, M_FDK_SPLICE, M_RAW_COPY, M_FDK_COPY, M_COUNT };

static struct method methods[M_COUNT] = {
    [M_RW] = {"rw", "read/write 64 KiB", run_read_write, -1, false, NULL, 0},
    [M_RAW_SPLICE] = {"raw-splice", "raw splice", run_raw_splice, -1, false, NULL, 0},
    [M_FDK_SPLICE] = {"fdk-splice", "fdk_splice_all", run_fdk_splice, M_RAW_SPLICE, false, NULL, 0},
    [M_RAW_COPY] = {"raw-copy", "raw copy_file_range", run_raw_copy_range, -1, true, NULL, 0},
    [M_FDK_COPY] = {"fdk-copy", "fdk_copy_all", run_fdk_copy, M_RAW_COPY, true, NULL, 0},
};

/* ------------------------------------------------------------------------ */
/* Setup. */

static double now_s(void)
{
    return bench_clock_s(CLOCK_MONOTONIC);
}

/* An unlinked regular file in dir, read-write (O_TMPFILE, else mkstemp + unlink). */
static int open_tmp(const char *dir)
{
    char path[PATH_MAX];
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);

    if (fd >= 0)
        return fd;
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return -errno;
    if (snprintf(path, sizeof path, "%s/fdkit-bench-XXXXXX", dir) >= (int)sizeof path)
        return -ENAMETOOLONG;
    fd = mkostemp(path, O_CLOEXEC);
    if (fd < 0)
        return -errno;
    unlink(path);
    return fd;
}

static int open_dest(const struct bench *b)
{
    int fd;

    if (!b->dest_null)
        return open_tmp(b->dir);
    fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
    return fd < 0 ? -errno : fd;
}

/* Fill the source with pseudo-random bytes (xorshift64*), then make it clean. */
static int make_source(struct bench *b)
{
    uint64_t x = 0x9e3779b97f4a7c15u;
    size_t left = b->size;
    unsigned char *block = malloc(MIB);
    int fd = open_tmp(b->dir), r = 0;

    if (fd < 0) {
        free(block);
        return fd;
    }
    if (!block) {
        close(fd);
        return -ENOMEM;
    }
    while (left > 0 && r == 0) {
        size_t n = left < MIB ? left : MIB, off = 0;

        for (size_t i = 0; i + 8 <= MIB; i += 8) {
            uint64_t v;

            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            v = x * 0x2545f4914f6cdd1du;
            memcpy(block + i, &v, 8);
        }
        while (off < n) {
            ssize_t w = write(fd, block + off, n - off);

            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                r = w < 0 ? -errno : -EIO;
                break;
            }
            off += (size_t)w;
        }
        left -= n;
    }
    /* Written back now, so the flusher has nothing to do during the runs. */
    if (r == 0 && fdatasync(fd) < 0)
        r = -errno;
    free(block);
    if (r < 0) {
        close(fd);
        return r;
    }
    b->src = fd;
    return 0;
}

/*
 * The destination the timed runs overwrite, made the same way whatever
 * methods run: 1 MiB writes (how a file was first written changes the speed
 * of later overwrites; ext4's large folios, most likely), then fdatasync so
 * its blocks are allocated and its pages clean.
 */
static int make_kept_dest(const struct bench *b)
{
    unsigned char *block = calloc(1, MIB);
    int fd = open_tmp(b->dir), r = 0;

    if (fd < 0 || !block) {
        free(block);
        if (fd >= 0)
            close(fd);
        return fd < 0 ? fd : -ENOMEM;
    }
    for (size_t off = 0; off < b->size && r == 0;) {
        size_t n = b->size - off < MIB ? b->size - off : MIB;
        ssize_t w = write(fd, block, n);

        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            r = w < 0 ? -errno : -EIO;
        else
            off += (size_t)w;
    }
    if (r == 0 && fdatasync(fd) < 0)
        r = -errno;
    free(block);
    if (r < 0) {
        close(fd);
        return r;
    }
    return fd;
}

/* Byte-exact comparison of dst with the source (outside the timed region). */
static int verify(const struct bench *b, int dst)
{
    unsigned char *x = malloc(VERIFY_BLOCK), *y = malloc(VERIFY_BLOCK);
    struct stat st;
    int r = 0;

    if (!x || !y) {
        r = -ENOMEM;
        goto out;
    }
    if (fstat(dst, &st) < 0) {
        r = -errno;
        goto out;
    }
    if ((uint64_t)st.st_size != (uint64_t)b->size) {
        fprintf(stderr, "bench-copy: destination has %jd bytes, expected %zu\n",
                (intmax_t)st.st_size, b->size);
        r = -EIO;
        goto out;
    }
    for (size_t off = 0; off < b->size; off += VERIFY_BLOCK) {
        size_t n = b->size - off < VERIFY_BLOCK ? b->size - off : VERIFY_BLOCK;
        ssize_t p = pread(b->src, x, n, (off_t)off), q = pread(dst, y, n, (off_t)off);

        if (p != (ssize_t)n || q != (ssize_t)n) {
            r = (p < 0 || q < 0) ? -errno : -EIO;
            goto out;
        }
        if (memcmp(x, y, n) != 0) {
            fprintf(stderr, "bench-copy: bytes differ in [%zu, %zu)\n", off, off + n);
            r = -EIO;
            goto out;
        }
    }
out:
    free(x);
    free(y);
    return r;
}

static const char *fs_name(const char *dir)
{
    struct statfs s;

    if (statfs(dir, &s) < 0)
        return "?";
    switch ((unsigned long)s.f_type) {
    case 0xEF53:
        return "ext2/3/4";
    case 0x01021994:
        return "tmpfs";
    case 0x58465342:
        return "xfs";
    case 0x9123683E:
        return "btrfs";
    case 0x794C7630:
        return "overlayfs";
    case 0x6969:
        return "nfs";
    default:
        return "other";
    }
}

/* "1G", "512M", "64K", "1000": binary suffixes. */
static bool parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v, mul = 1;

    errno = 0;
    v = strtoull(s, &end, 10);
    if (errno || end == s)
        return false;
    switch (*end) {
    case 'k':
    case 'K':
        mul = KIB;
        end++;
        break;
    case 'm':
    case 'M':
        mul = MIB;
        end++;
        break;
    case 'g':
    case 'G':
        mul = GIB;
        end++;
        break;
    default:
        break;
    }
    if (*end == 'i' && end[1] == 'B')
        end += 2;
    if (*end || v == 0 || v > SIZE_MAX / mul)
        return false;
    *out = (size_t)(v * mul);
    return true;
}

static const char *method_key(int m)
{
    return methods[m].key;
}

static void usage(FILE *f)
{
    fprintf(f,
            "usage: bench-copy [options]\n"
            "  --size N[K|M|G]   bytes per copy (default 1G)\n"
            "  --runs N          timed runs per method (default 11; median reported)\n"
            "  --warmup N        untimed rounds first (default 1, at least 1: the first round\n"
            "                    writes new files and verifies every method's copy)\n"
            "  --cpu N|none      pin to CPU N (default: the highest allowed CPU), or not at all\n"
            "  --dir DIR         where the source and destination files live\n"
            "                    (default $TMPDIR, else /tmp)\n"
            "  --dest file|fresh|null\n"
            "                    file: one unlinked file, overwritten in place by every run\n"
            "                          (default)\n"
            "                    fresh: a new unlinked file for every run (includes page\n"
            "                          allocation)\n"
            "                    null: /dev/null (skips the copy_file_range rows)\n"
            "  --pipe N[K|M]     pipe capacity for the splice rows (default 1M)\n"
            "  --methods LIST    comma-separated subset of: rw, raw-splice, fdk-splice,\n"
            "                    raw-copy, fdk-copy (default: all)\n"
            "  --verbose, -v     print every run as it finishes\n"
            "  --strict          exit 1 when an fdkit helper is below %.2f of its raw\n"
            "                    counterpart\n",
            TARGET_RATIO);
}

int main(int argc, char **argv)
{
    struct bench b = {.src = -1, .size = GIB, .pipe_r = -1, .pipe_w = -1};
    size_t pipe_size = MIB;
    int runs = 11, warmup = 1, cpu = -1, rc = 0;
    int nm = 0, order[M_COUNT], keep = -1; /* methods to run; the destination runs overwrite */
    int retried = 0, gave_up = 0;          /* preempted runs run again, and given up on */
    bool strict = false, verbose = false, pinned = true, selected[M_COUNT];
    double t0, synced;
    int p[2], r;
    struct statvfs vfs;
    struct utsname un;
    long pages, page_size;

    for (int m = 0; m < M_COUNT; m++)
        selected[m] = true;
    b.dir = getenv("TMPDIR");
    if (!b.dir || !*b.dir)
        b.dir = "/tmp";

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
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
        } else if (!v) {
            ok = false;
        } else if (!strcmp(a, "--size")) {
            ok = parse_size(v, &b.size);
        } else if (!strcmp(a, "--runs")) {
            ok = bench_parse_int(v, 1, BENCH_MAX_RUNS, &runs);
        } else if (!strcmp(a, "--warmup")) {
            ok = bench_parse_int(v, 1, BENCH_MAX_RUNS, &warmup);
        } else if (!strcmp(a, "--cpu")) {
            ok = bench_parse_cpu(v, &pinned, &cpu);
        } else if (!strcmp(a, "--dir")) {
            b.dir = v;
        } else if (!strcmp(a, "--dest")) {
            b.dest_null = !strcmp(v, "null");
            b.dest_fresh = !strcmp(v, "fresh");
            ok = b.dest_null || b.dest_fresh || !strcmp(v, "file");
        } else if (!strcmp(a, "--methods")) {
            ok = bench_parse_keys(v, M_COUNT, method_key, selected);
        } else if (!strcmp(a, "--pipe")) {
            ok = parse_size(v, &pipe_size) && pipe_size <= INT_MAX;
        } else {
            ok = false;
        }
        if (!ok) {
            fprintf(stderr, "bench-copy: bad option or value: %s %s\n", a, v ? v : "");
            usage(stderr);
            return 2;
        }
        i++;
    }

    /* Room for the source and one destination, and memory to cache both. */
    if (statvfs(b.dir, &vfs) < 0) {
        fprintf(stderr, "bench-copy: %s: %s\n", b.dir, strerror(errno));
        return 1;
    }
    if ((unsigned long long)vfs.f_bavail * vfs.f_frsize < 3ull * b.size + 64 * MIB) {
        fprintf(stderr, "bench-copy: %s has less than 3 x %zu bytes free; use --dir or --size\n",
                b.dir, b.size);
        return 1;
    }
    pages = sysconf(_SC_AVPHYS_PAGES);
    page_size = sysconf(_SC_PAGESIZE);
    if (pages > 0 && page_size > 0 &&
        (unsigned long long)pages * (unsigned long long)page_size < 3ull * b.size + 256 * MIB)
        fprintf(stderr, "bench-copy: warning: less free memory than 3 x --size; the page cache "
                        "will not hold source and destination, results will include the disk\n");

    if (pinned && (cpu = bench_pin("bench-copy", cpu, true)) < 0)
        return 1;

    b.buf = aligned_alloc(4096, RW_BUF_SIZE);
    if (!b.buf) {
        fprintf(stderr, "bench-copy: out of memory\n");
        return 1;
    }
    memset(b.buf, 0, RW_BUF_SIZE);

    if (pipe2(p, O_CLOEXEC) < 0) {
        fprintf(stderr, "bench-copy: pipe2: %s\n", strerror(errno));
        return 1;
    }
    b.pipe_r = p[0];
    b.pipe_w = p[1];
    r = fcntl(b.pipe_w, F_SETPIPE_SZ, (int)pipe_size);
    if (r < 0) {
        fprintf(stderr, "bench-copy: warning: F_SETPIPE_SZ %zu: %s; using the default\n", pipe_size,
                strerror(errno));
        r = fcntl(b.pipe_w, F_GETPIPE_SZ);
    }
    if (r <= 0) {
        fprintf(stderr, "bench-copy: F_GETPIPE_SZ: %s\n", strerror(errno));
        return 1;
    }
    b.chunk = (size_t)r;

    for (int m = 0; m < M_COUNT; m++) {
        if (!selected[m] || (b.dest_null && methods[m].file_only))
            continue;
        methods[m].gbps = calloc((size_t)runs, sizeof(double));
        if (!methods[m].gbps) {
            fprintf(stderr, "bench-copy: out of memory\n");
            return 1;
        }
        order[nm++] = m;
    }

    if (nm == 0) {
        fprintf(stderr, "bench-copy: no method left to run "
                        "(the copy_file_range rows need a file destination)\n");
        return 2;
    }

    uname(&un);
    printf("bench-copy: %zu bytes (%.2f GiB), %s %s, %ld CPUs online\n", b.size,
           (double)b.size / (double)GIB, un.sysname, un.release, sysconf(_SC_NPROCESSORS_ONLN));
    if (pinned)
        printf("  pinned to CPU %d\n", cpu);
    else
        printf("  not pinned (--cpu none)\n");
    printf("  source: an unlinked file in %s (%s), pseudo-random bytes, synced and cached\n", b.dir,
           fs_name(b.dir));
    printf("  destination: %s\n",
           b.dest_null    ? "/dev/null"
           : b.dest_fresh ? "a new unlinked file in the same directory for every run"
                          : "one unlinked file in the same directory, written once with 1 MiB\n"
                            "               writes and synced, then overwritten in place by every "
                            "run\n               (its pages stay cached: no allocation in the "
                            "timed region)");
    printf("  splice rows: file -> pipe -> %s, pipe capacity %zu KiB, %zu fills per copy\n",
           b.dest_null ? "/dev/null" : "file", b.chunk / KIB, (b.size + b.chunk - 1) / b.chunk);
    printf("  %d timed runs per method after %d warm-up round%s (the warm-up copies into\n"
           "  new files and verifies them); methods interleaved, alternately forward and\n"
           "  backward; median, min and max of the timed runs\n",
           runs, warmup, warmup == 1 ? "" : "s");
    bench_print_loadavg();
    fflush(stdout);

    t0 = now_s();
    r = make_source(&b);
    if (r < 0) {
        fprintf(stderr, "bench-copy: creating the source in %s: %s\n", b.dir, strerror(-r));
        return 1;
    }
    printf("  source written and synced in %.1f s\n", now_s() - t0);
    fflush(stdout);
    if (!b.dest_fresh) {
        keep = b.dest_null ? open_dest(&b) : make_kept_dest(&b);
        if (keep < 0) {
            fprintf(stderr, "bench-copy: destination: %s\n", strerror(-keep));
            return 1;
        }
    }

    synced = now_s();
    for (int round = -warmup; round < runs; round++) {
        /* The kept destination is dirty; write it back now and then
           (untimed) so the flusher never starts on it during a run. */
        if (keep >= 0 && now_s() - synced > SYNC_EVERY_S) {
            if (fdatasync(keep) < 0) {
                fprintf(stderr, "bench-copy: fdatasync: %s\n", strerror(errno));
                return 1;
            }
            synced = now_s();
        }
        for (int k = 0; k < nm; k++) {
            struct method *m = &methods[order[bench_slot(round + warmup, k, nm)]];
            bool first = round == -warmup;
            int dst = (first && !b.dest_null) || b.dest_fresh ? open_dest(&b) : keep;
            double t, secs, cpu_s;

            if (dst < 0) {
                fprintf(stderr, "bench-copy: destination: %s\n", strerror(-dst));
                return 1;
            }
            if (lseek(dst, 0, SEEK_SET) < 0 && errno != ESPIPE) {
                fprintf(stderr, "bench-copy: lseek: %s\n", strerror(errno));
                return 1;
            }
            for (int attempt = 1;; attempt++) {
                cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID);
                t = now_s();
                r = m->run(&b, dst);
                secs = now_s() - t;
                cpu_s = bench_clock_s(CLOCK_PROCESS_CPUTIME_ID) - cpu_s;
                if (r < 0) {
                    fprintf(stderr, "bench-copy: %s failed: %s\n", m->name, strerror(-r));
                    return 1;
                }
                /* Everything is in the page cache: a run that spent time
                   off the CPU was preempted by another process.  Run it
                   again (the same bytes land in the same place). */
                if (first || cpu_s >= MIN_ON_CPU * secs)
                    break;
                if (attempt > MAX_RETRIES) {
                    gave_up++;
                    break;
                }
                if (verbose)
                    printf("  %-7s %2d  %-21s %7.2f GB/s  preempted (on CPU %.0f%%): again\n",
                           "run", round + 1, m->name, (double)b.size / secs / 1e9,
                           100 * cpu_s / secs);
                retried++;
                if (lseek(dst, 0, SEEK_SET) < 0 && errno != ESPIPE) {
                    fprintf(stderr, "bench-copy: lseek: %s\n", strerror(errno));
                    return 1;
                }
            }
            /* The first round writes every method's copy into a new file, so
               each one is checked on its own. */
            if (first && !b.dest_null) {
                r = verify(&b, dst);
                if (r < 0) {
                    fprintf(stderr, "bench-copy: %s: the copy differs from the source (%s)\n",
                            m->name, strerror(-r));
                    return 1;
                }
            }
            if (dst != keep)
                close(dst);
            if (verbose)
                printf("  %-7s %2d  %-21s %7.2f GB/s  %6.3f s, on CPU %3.0f%%\n",
                       round < 0 ? "warm-up" : "run", round < 0 ? round + warmup + 1 : round + 1,
                       m->name, (double)b.size / secs / 1e9, secs, 100 * cpu_s / secs);
            if (round >= 0)
                m->gbps[m->nrec++] = (double)b.size / secs / 1e9;
        }
    }
    if (!b.dest_null)
        printf("  every method's copy verified byte-exact against the source (memcmp)\n");
    printf("  %d run%s repeated because another process took the CPU (on CPU < %.0f%%)\n", retried,
           retried == 1 ? "" : "s", 100 * MIN_ON_CPU);
    if (gave_up > 0)
        printf("  warning: %d run%s still preempted after %d attempts: the machine is busy,\n"
               "  these numbers are noisy (see the load average)\n",
               gave_up, gave_up == 1 ? " was" : "s were", MAX_RETRIES + 1);

    printf("\n%-20s %7s %6s %6s %7s %13s %7s %7s %6s\n", "method", "median", "min", "max", "ratio", "",
           "", "target", "vs r/w");
    printf("%-20s %7s %6s %6s %7s %13s %7s %7s %6s\n", "", "GB/s", "GB/s", "GB/s", "paired", "rounds",
           "med/med", ">=0.97", "");
    for (int k = 0; k < nm; k++) {
        const struct method *m = &methods[order[k]];
        const struct method *raw = m->raw >= 0 ? &methods[m->raw] : NULL;
        const struct method *rw = &methods[M_RW];
        double med = bench_median(m->gbps, m->nrec);
        const double *paired = raw && raw->nrec == m->nrec ? raw->gbps : NULL;
        struct bench_ratio q;
        char vs_rw[16] = "-";

        if (!bench_ratio(&q, m->gbps, paired, m->nrec, TARGET_RATIO) && strict)
            rc = 1;
        if (rw->nrec > 0 && m != rw)
            snprintf(vs_rw, sizeof vs_rw, "%.2fx", med / bench_median(rw->gbps, rw->nrec));
        printf("%-20s %7.2f %6.2f %6.2f %7s %13s %7s %7s %6s\n", m->name, med,
               bench_min(m->gbps, m->nrec), bench_max(m->gbps, m->nrec), q.paired, q.spread,
               q.med_med, q.verdict, vs_rw);
    }
    printf("\nGB/s = 10^9 bytes/s.  ratio: fdk_splice_all against raw splice, fdk_copy_all\n"
           "against raw copy_file_range (an in-kernel copy, a different path from splice).\n"
           "paired = median over the rounds of fdkit / raw in the same round; rounds = its\n"
           "lowest and highest.  PASS: every round >= 0.97; FAIL: every round below; noise:\n"
           "0.97 lies inside the rounds' spread (no verdict).  med/med = fdkit median / raw\n"
           "median.  vs r/w = median / read/write median.\n");

    for (int m = 0; m < M_COUNT; m++)
        free(methods[m].gbps);
    free(b.buf);
    if (keep >= 0)
        close(keep);
    close(b.src);
    close(b.pipe_r);
    close(b.pipe_w);
    return rc;
}
