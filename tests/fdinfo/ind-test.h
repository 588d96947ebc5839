/* SPDX-License-Identifier: MIT */
/*
 * What the independent fdinfo behaviour tests (test-ind-*.c) share.  They are
 * written from the public headers (fdkit/fdinfo.h, fdkit/fdinfo-types.h,
 * fdk_epoll_registrations() in fdkit/epoll.h and fdkit/epoll-types.h),
 * proc_pid_fdinfo(5) and the kernel's Documentation/filesystems/proc.rst,
 * never from the implementation.
 *
 *  - fit_raw(): the fdinfo text read with plain open/read (no library code),
 *    to print on failure and to cross-check a value the tests cannot know
 *    otherwise;
 *  - fit_read(): fdk_fdinfo_read() that must succeed and carry pos and flags;
 *  - fit_mnt_id(): the mount id of a descriptor from statx(STATX_MNT_ID),
 *    and fit_mountinfo_dev(): the st_dev /proc/self/mountinfo gives that id;
 *  - entry walkers: count, collect and find fdk_fdinfo_next() entries;
 *  - the kernel's dev_t encoding (major << 20 | minor) for sdev fields;
 *  - a child helper (fork + status), an unprivileged drop, a watchdog.
 */
#ifndef FDK_FDINFO_IND_TEST_H
#define FDK_FDINFO_IND_TEST_H

#include "fdk-test.h"
#include "fdk-tmpdir.h"

#include <grp.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#include <fdkit/fdinfo.h>

/* The kernel's O_LARGEFILE (glibc defines O_LARGEFILE as 0 on 64-bit ABIs). */
#if defined(__x86_64__) || defined(__i386__)
#define FIT_O_LARGEFILE 0100000
#else
#define FIT_O_LARGEFILE (O_LARGEFILE ? O_LARGEFILE : 0100000)
#endif

#ifndef STATX_MNT_ID
#define STATX_MNT_ID 0x00001000U
#endif

/* Every kind-specific have bit. */
#define FIT_HAVE_KIND_BITS                                                                         \
    (FDK_FDINFO_HAVE_EVENTFD | FDK_FDINFO_HAVE_TIMERFD | FDK_FDINFO_HAVE_SIGMASK |                 \
     FDK_FDINFO_HAVE_PID | FDK_FDINFO_HAVE_FANOTIFY)
#define FIT_HAVE_COMMON                                                                            \
    (FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS | FDK_FDINFO_HAVE_MNT_ID | FDK_FDINFO_HAVE_INO)

/* A scratch directory "$TMPDIR/fdkfit-XXXXXX" (or under /tmp) into buf; skips if it cannot be made. */
static inline void fit_scratch_dir(char *buf, size_t size)
{
    if (!fdk_test_mkdtemp(buf, size, fdk_test_tmp_base(), "fdkfit"))
        fdk_test_skip("mkdtemp: %s", strerror(errno));
}

/* Call first in main(): watchdog, and skip when /proc has no fdinfo. */
static inline void fit_init(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    fdk_test_watchdog(50, "the test hung");
    if (access("/proc/self/fdinfo/0", F_OK) != 0 && access("/proc/self/fdinfo", F_OK) != 0)
        fdk_test_skip("/proc/self/fdinfo is not available");
}

/* The fdinfo text of pid's fd (0: thread-self), read by hand; NUL-terminated,
 * returns its length or -errno. */
static inline ssize_t fit_raw(pid_t pid, int fd, char *buf, size_t size)
{
    char path[96];
    if (pid == 0)
        snprintf(path, sizeof path, "/proc/thread-self/fdinfo/%d", fd);
    else
        snprintf(path, sizeof path, "/proc/%d/fdinfo/%d", (int)pid, fd);
    int f = open(path, O_RDONLY | O_CLOEXEC);
    if (f < 0)
        return -errno;
    size_t n = 0;
    for (;;) {
        if (n + 1 >= size)
            break;
        ssize_t r = read(f, buf + n, size - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(f);
            return -e;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(f);
    buf[n] = 0;
    return (ssize_t)n;
}

/* Print the raw text of fd to stderr (for failure reports). */
static inline void fit_dump(int fd)
{
    static char b[65536];
    ssize_t n = fit_raw(0, fd, b, sizeof b);
    if (n >= 0)
        fprintf(stderr, "--- /proc/thread-self/fdinfo/%d ---\n%s---\n", fd, b);
}

/* The hex value after "key" on the first line starting with line_prefix in the raw
 * text (e.g. "eventfd-id:", decimal when base 10); -1 when not found. */
static inline int fit_raw_field(const char *text, const char *line_prefix, const char *key,
                                int base, unsigned long long *out)
{
    const char *p = text;
    size_t lp = strlen(line_prefix);
    while (p && *p) {
        if (strncmp(p, line_prefix, lp) == 0) {
            const char *eol = strchr(p, '\n');
            const char *k = strstr(p, key);
            if (k && (!eol || k < eol)) {
                char *end;
                errno = 0;
                *out = strtoull(k + strlen(key), &end, base);
                return errno ? -1 : 0;
            }
        }
        p = strchr(p, '\n');
        if (p)
            p++;
    }
    return -1;
}

/* fdk_fdinfo_read() that must succeed with pos and flags. */
#define fit_read(pid, fd, out) fit_read_at(__LINE__, (pid), (fd), (out))
static inline void fit_read_at(int line, pid_t pid, int fd, struct fdk_fdinfo *out)
{
    memset(out, 0, sizeof *out);
    int r = fdk_fdinfo_read(pid, fd, out);
    if (r != 0) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "fdk_fdinfo_read(%d, %d) = %d (%s)", (int)pid, fd, r,
                      r < 0 ? fdk_errno_name(r) : "?");
    }
    if ((out->have & (FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS)) !=
        (FDK_FDINFO_HAVE_POS | FDK_FDINFO_HAVE_FLAGS)) {
        fit_dump(fd);
        fdk_test_fail(__FILE__, line, "fd %d: have %#x lacks POS|FLAGS", fd, out->have);
    }
    if (!out->text || out->text[out->text_len] != 0)
        fdk_test_fail(__FILE__, line, "fd %d: text missing or not NUL-terminated", fd);
}

/* Mount id of fd from statx(STATX_MNT_ID); -1 when the kernel cannot say. */
static inline int fit_mnt_id(int fd)
{
    struct statx sx;
    memset(&sx, 0, sizeof sx);
    if (statx(fd, "", AT_EMPTY_PATH, STATX_MNT_ID, &sx) != 0)
        return -1;
    if (!(sx.stx_mask & STATX_MNT_ID))
        return -1;
    return (int)sx.stx_mnt_id;
}

/* The device /proc/self/mountinfo gives mount id `id` (field 3, major:minor);
 * 0 with *dev set, -1 when the id is not listed. */
static inline int fit_mountinfo_dev(int id, dev_t *dev)
{
    FILE *f = fopen("/proc/self/mountinfo", "re");
    char line[4096];
    int found = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        int mid, pid;
        unsigned ma, mi;
        if (sscanf(line, "%d %d %u:%u", &mid, &pid, &ma, &mi) == 4 && mid == id) {
            *dev = makedev(ma, mi);
            found = 0;
            break;
        }
    }
    fclose(f);
    return found;
}

/* The kernel's internal dev_t (MKDEV: major << 20 | minor) of a user dev_t. */
static inline uint32_t fit_kdev(dev_t d)
{
    return ((uint32_t)major(d) << 20) | (uint32_t)minor(d);
}

#define FIT_MAX_ENTRIES 512

/* All entries of info, in order; returns their number (fails on an error or a
 * runaway walk). */
#define fit_entries(info, out) fit_entries_at(__LINE__, (info), (out))
static inline int fit_entries_at(int line, const struct fdk_fdinfo *info,
                                 struct fdk_fdinfo_entry *out)
{
    size_t pos = 0, prev = 0;
    int n = 0, r;
    struct fdk_fdinfo_entry e;
    while ((r = fdk_fdinfo_next(info, &pos, &e)) == 1) {
        if (n >= FIT_MAX_ENTRIES)
            fdk_test_fail(__FILE__, line, "more than %d entries", FIT_MAX_ENTRIES);
        if (n > 0 && pos <= prev)
            fdk_test_fail(__FILE__, line, "next() did not advance (pos %zu)", pos);
        if (pos > info->text_len)
            fdk_test_fail(__FILE__, line, "next() left pos %zu past text_len %zu", pos,
                          info->text_len);
        /* every entry's line lies inside the text and holds no newline */
        if (!e.line || e.line < info->text || e.line + e.line_len > info->text + info->text_len)
            fdk_test_fail(__FILE__, line, "entry %d: line outside the text", n);
        if (memchr(e.line, '\n', e.line_len))
            fdk_test_fail(__FILE__, line, "entry %d: line_len %zu includes a newline", n,
                          e.line_len);
        prev = pos;
        if (out)
            out[n] = e;
        n++;
    }
    if (r != 0)
        fdk_test_fail(__FILE__, line, "fdk_fdinfo_next() = %d (%s) after %d entries", r,
                      r < 0 ? fdk_errno_name(r) : "?", n);
    /* at the end it stays at the end */
    r = fdk_fdinfo_next(info, &pos, &e);
    if (r != 0)
        fdk_test_fail(__FILE__, line, "fdk_fdinfo_next() at the end = %d, expected 0", r);
    return n;
}

static inline int fit_count_kind(const struct fdk_fdinfo *info, enum fdk_fdinfo_entry_kind k)
{
    static struct fdk_fdinfo_entry es[FIT_MAX_ENTRIES];
    int n = fit_entries(info, es), c = 0;
    for (int i = 0; i < n; i++)
        if (es[i].kind == k)
            c++;
    return c;
}

/* Print the entries (for failure reports). */
static inline void fit_print_entries(const struct fdk_fdinfo *info)
{
    static struct fdk_fdinfo_entry es[FIT_MAX_ENTRIES];
    int n = fit_entries(info, es);
    for (int i = 0; i < n; i++)
        fprintf(stderr, "  entry %d kind %d: %.*s\n", i, es[i].kind, (int)es[i].line_len,
                es[i].line);
}

/* The OTHER entries must be none (all the kernel's lines for the kind are known). */
#define fit_no_other(info) fit_no_other_at(__LINE__, (info))
static inline void fit_no_other_at(int line, const struct fdk_fdinfo *info)
{
    int c = fit_count_kind(info, FDK_FDINFO_ENTRY_OTHER);
    if (c != 0) {
        fprintf(stderr, "%s", info->text);
        fit_print_entries(info);
        fdk_test_fail(__FILE__, line, "%d line(s) came back as OTHER", c);
    }
}

/* In a child: drop to uid/gid 65534 with no groups; _exit(90) when refused. */
static inline void fit_drop_privs(void)
{
    if (setgroups(0, NULL) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
        _exit(90);
}

/* Wait for child c; its exit status (128+sig when killed). */
static inline int fit_wait(pid_t c)
{
    int st;
    while (waitpid(c, &st, 0) < 0)
        if (errno != EINTR)
            fdk_test_fail(__FILE__, __LINE__, "waitpid: %s", strerror(errno));
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    return 128 + WTERMSIG(st);
}

static inline void fit_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* The flags fdinfo should show for fd: fcntl(F_GETFL) plus O_CLOEXEC iff FD_CLOEXEC
 * (proc_pid_fdinfo(5)); O_LARGEFILE is left out of the comparison. */
static inline int fit_expected_flags(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        fdk_test_fail(__FILE__, __LINE__, "F_GETFL %d: %s", fd, strerror(errno));
    if (fdk_test_is_cloexec(fd))
        fl |= O_CLOEXEC;
    return fl & ~FIT_O_LARGEFILE;
}

#endif /* FDK_FDINFO_IND_TEST_H */
