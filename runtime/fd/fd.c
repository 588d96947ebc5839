/* SPDX-License-Identifier: MIT */
/*
 * Generic fd layer: full-transfer loops, O_NONBLOCK / FD_CLOEXEC toggles,
 * dup and kind detection.  The single-shot read/write/readv/writev wrappers
 * are generated; the loops here call libc directly so that their EINTR and
 * progress accounting do not depend on the generated policy.
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/vfs.h>
#include <unistd.h>

/*
 * read(2) and write(2) with a count above SSIZE_MAX are implementation
 * defined; Linux clamps far below that anyway, so clamping here only makes
 * the behaviour well defined and costs nothing.
 */
static size_t clamp_count(size_t len)
{
    return len > (size_t)SSIZE_MAX ? (size_t)SSIZE_MAX : len;
}

static void set_done(size_t *ret_done, size_t done)
{
    if (ret_done)
        *ret_done = done;
}

/*
 * The byte loop behind read_exact and write_all: repeat until len bytes have
 * moved, retrying EINTR, and always report the progress.  A transfer of 0
 * bytes ends the loop: on the read side that is EOF before len bytes
 * (-ENODATA); on the write side a non-zero write that moves nothing and
 * reports no error would spin forever, so it is an I/O error (as libuv and
 * systemd treat it).
 */
static int byte_loop(int fd, uint8_t *p, size_t len, size_t *ret_done, bool write_side)
{
    struct fdk__sigpipe_guard guard = {.active = 0};
    size_t done = 0;
    int r = 0;

    if (fd < 0)
        r = -EBADF;
    else if (!p && len > 0)
        r = -EINVAL;
    else if (write_side && len > 0)
        fdk__sigpipe_block(&guard); /* a pipe or socket with no reader: -EPIPE, not death */

    while (r == 0 && done < len) {
        size_t want = clamp_count(len - done);
        ssize_t n = write_side ? write(fd, p + done, want) : read(fd, p + done, want);
        if (n < 0) {
            r = FDK__NEG_ERRNO(); /* -EINTR too: a handler interrupted a wait (README: EINTR) */
        } else if (n == 0) {
            r = write_side ? -EIO : -ENODATA;
        } else {
            done += (size_t)n;
        }
    }

    fdk__sigpipe_restore(&guard, r);
    set_done(ret_done, done);
    return r;
}

int fdk_fd_read_exact(int fd, void *buf, size_t len, size_t *ret_done)
{
    return byte_loop(fd, buf, len, ret_done, false);
}

int fdk_fd_write_all(int fd, const void *buf, size_t len, size_t *ret_done)
{
    /* The buffer is only read on the write side; the cast drops const for the shared loop. */
    return byte_loop(fd, (uint8_t *)(uintptr_t)buf, len, ret_done, true);
}

/*
 * Validate an iovec array before any syscall and return its total length.
 * The kernel rejects totals above SSIZE_MAX with EINVAL; checking here also
 * keeps the size_t progress counter from overflowing.
 */
static int iov_check(const struct iovec *iov, int iovcnt, size_t *ret_total)
{
    size_t total = 0;

    if (iovcnt < 0 || iovcnt > IOV_MAX)
        return -EINVAL;
    if (!iov && iovcnt > 0)
        return -EINVAL;

    for (int i = 0; i < iovcnt; i++) {
        if (!iov[i].iov_base && iov[i].iov_len > 0)
            return -EINVAL;
        if (iov[i].iov_len > (size_t)SSIZE_MAX - total)
            return -EINVAL;
        total += iov[i].iov_len;
    }

    *ret_total = total;
    return 0;
}

/*
 * Consume n bytes from the front of the array.  Fully consumed entries keep
 * their place but become zero-length (base moved to their end), so after an
 * error or -EAGAIN the caller can call again with the same iov and iovcnt and
 * the transfer resumes exactly where it stopped.  Returns the index of the
 * first entry that still has bytes left.
 */
static int iov_advance(struct iovec *iov, int iovcnt, int first, size_t n)
{
    int i = first;

    while (i < iovcnt && n > 0) {
        size_t step = n < iov[i].iov_len ? n : iov[i].iov_len;
        /* Zero-length entries may carry a NULL base: never do arithmetic on it. */
        if (step > 0) {
            iov[i].iov_base = (uint8_t *)iov[i].iov_base + step;
            iov[i].iov_len -= step;
            n -= step;
        }
        if (iov[i].iov_len == 0)
            i++;
    }
    while (i < iovcnt && iov[i].iov_len == 0)
        i++;
    return i;
}

static int iov_loop(int fd, struct iovec *iov, int iovcnt, size_t *ret_done, bool writing)
{
    struct fdk__sigpipe_guard guard = {.active = 0};
    size_t total = 0, done = 0;
    int first, r;

    if (fd < 0)
        r = -EBADF;
    else
        r = iov_check(iov, iovcnt, &total);
    if (r < 0 || total == 0) {
        set_done(ret_done, 0);
        return r;
    }

    /* Leading zero-length entries would only waste a syscall slot. */
    first = iov_advance(iov, iovcnt, 0, 0);
    if (writing)
        fdk__sigpipe_block(&guard); /* a pipe or socket with no reader: -EPIPE, not death */

    while (done < total) {
        ssize_t n;

        if (writing)
            n = writev(fd, iov + first, iovcnt - first);
        else
            n = readv(fd, iov + first, iovcnt - first);

        if (n < 0) {
            r = FDK__NEG_ERRNO(); /* -EINTR too: a handler interrupted a wait (README: EINTR) */
            break;
        }
        if (n == 0) {
            /* Reading: EOF before the end.  Writing: see fdk_fd_write_all. */
            r = writing ? -EIO : -ENODATA;
            break;
        }
        done += (size_t)n;
        first = iov_advance(iov, iovcnt, first, (size_t)n);
    }

    fdk__sigpipe_restore(&guard, r);
    set_done(ret_done, done);
    return r;
}

int fdk_fd_readv_all(int fd, struct iovec *iov, int iovcnt, size_t *ret_done)
{
    return iov_loop(fd, iov, iovcnt, ret_done, false);
}

int fdk_fd_writev_all(int fd, struct iovec *iov, int iovcnt, size_t *ret_done)
{
    return iov_loop(fd, iov, iovcnt, ret_done, true);
}

/*
 * One bit of the status flags (F_GETFL/F_SETFL) or descriptor flags
 * (F_GETFD/F_SETFD): read it as 1/0, or set it read-modify-write.
 */
static int flag_get(int fd, int getcmd, int bit)
{
    int fl;

    if (fd < 0)
        return -EBADF;
    fl = fcntl(fd, getcmd);
    if (fl < 0)
        return FDK__NEG_ERRNO();
    return (fl & bit) ? 1 : 0;
}

static int flag_set(int fd, int getcmd, int setcmd, int bit, int on)
{
    int fl, nfl;

    if (fd < 0)
        return -EBADF;
    fl = fcntl(fd, getcmd);
    if (fl < 0)
        return FDK__NEG_ERRNO();
    nfl = on ? (fl | bit) : (fl & ~bit);
    /* Skip the write when nothing changes: F_SETFL also rewrites O_APPEND etc. */
    if (nfl == fl)
        return 0;
    if (fcntl(fd, setcmd, nfl) < 0)
        return FDK__NEG_ERRNO();
    return 0;
}

int fdk_fd_get_nonblocking(int fd)
{
    return flag_get(fd, F_GETFL, O_NONBLOCK);
}

int fdk_fd_set_nonblocking(int fd, int enable)
{
    return flag_set(fd, F_GETFL, F_SETFL, O_NONBLOCK, enable);
}

int fdk_fd_get_cloexec(int fd)
{
    return flag_get(fd, F_GETFD, FD_CLOEXEC);
}

int fdk_fd_set_cloexec(int fd, int enable)
{
    return flag_set(fd, F_GETFD, F_SETFD, FD_CLOEXEC, enable);
}

int fdk_fd_dup(int fd, int *ret_fd)
{
    int nfd;

    if (fd < 0)
        return -EBADF;
    if (!ret_fd)
        return -EINVAL;

    /* Never hand out 0-2: a dup landing on a closed stdio slot surprises everyone. */
    nfd = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (nfd < 0)
        return FDK__NEG_ERRNO();
    *ret_fd = nfd;
    return 0;
}

static bool has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool has_suffix(const char *s, const char *suffix)
{
    size_t ls = strlen(s), lx = strlen(suffix);
    return ls >= lx && memcmp(s + ls - lx, suffix, lx) == 0;
}

/*
 * The /proc/self/fd link text names what fstat cannot: pipes vs FIFOs, and
 * the anon-inode kinds.  Returns false when /proc is not there (or the fd
 * vanished meanwhile); errno is restored so a fallback answer that is still
 * a success leaves no trace.
 */
static bool fd_link(int fd, char *buf, size_t size)
{
    char path[sizeof("/proc/thread-self/fd/") + 3 * sizeof(int)];
    int saved = errno;
    ssize_t n;

    /* thread-self: a thread that unshared its fd table (CLONE_FILES) must see
       its own table, not the main thread's; /proc/self is the pre-3.17 fallback. */
    snprintf(path, sizeof(path), "/proc/thread-self/fd/%d", fd);
    n = readlink(path, buf, size - 1);
    if (n < 0 && errno == ENOENT) {
        snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
        n = readlink(path, buf, size - 1);
    }
    errno = saved;
    if (n < 0)
        return false;
    /* A truncated link is fine: only its prefix matters. */
    buf[n] = '\0';
    return true;
}

/* The mqueue file system's magic number (the kernel's ipc/mqueue.c; not in linux/magic.h). */
#define FDK__MQUEUE_MAGIC 0x19800202

int fdk_fd_kind(int fd)
{
    char link[PATH_MAX];
    struct stat st;
    enum fdk_fd_kind kind;

    if (fd < 0)
        return -EBADF;
    if (fstat(fd, &st) < 0)
        return FDK__NEG_ERRNO();

    switch (st.st_mode & S_IFMT) {
    case S_IFDIR:
        return FDK_FD_KIND_DIRECTORY;
    case S_IFCHR:
        return FDK_FD_KIND_CHAR_DEVICE;
    case S_IFBLK:
        return FDK_FD_KIND_BLOCK_DEVICE;
    case S_IFSOCK:
        return FDK_FD_KIND_SOCKET;
    case S_IFLNK:
        /* Only reachable through O_PATH | O_NOFOLLOW. */
        return FDK_FD_KIND_SYMLINK;
    case S_IFIFO:
        /* Both are S_IFIFO; only the link text tells an anonymous pipe from mkfifo. */
        if (fd_link(fd, link, sizeof(link)) && has_prefix(link, "pipe:["))
            return FDK_FD_KIND_PIPE;
        return FDK_FD_KIND_FIFO;
    default:
        break;
    }

    /*
     * Regular files and everything else: anon inodes report type 0 on most
     * kernels and S_IFREG on some, and a memfd is a regular shmem file.
     */
    if (!fd_link(fd, link, sizeof(link)))
        return S_ISREG(st.st_mode) ? FDK_FD_KIND_REGULAR : FDK_FD_KIND_UNKNOWN;

    kind = fdk__fd_kind_from_link(link);
    if (kind != FDK_FD_KIND_UNKNOWN)
        return (int)kind;
    /*
     * A memfd is never linked into a directory, so its link always reads
     * "/memfd:NAME (deleted)"; the suffix keeps a real file that happens to
     * live at /memfd:x from being taken for one.
     */
    if (S_ISREG(st.st_mode) && has_prefix(link, "/memfd:") && has_suffix(link, " (deleted)"))
        return FDK_FD_KIND_MEMFD;
    /*
     * A message queue is a regular file of the mqueue file system, whose
     * link reads "/NAME" (its path inside that file system): only a link
     * of one component pays for the fstatfs that tells it from a file in /.
     */
    if (S_ISREG(st.st_mode) && link[0] == '/' && link[1] != '\0' && !strchr(link + 1, '/')) {
        struct statfs sfs;
        if (fstatfs(fd, &sfs) == 0 && sfs.f_type == FDK__MQUEUE_MAGIC)
            return FDK_FD_KIND_MQ;
    }
    if (S_ISREG(st.st_mode))
        return FDK_FD_KIND_REGULAR;
    if (has_prefix(link, "anon_inode:"))
        return FDK_FD_KIND_OTHER_ANON;
    return FDK_FD_KIND_UNKNOWN;
}

