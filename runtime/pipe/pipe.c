/* SPDX-License-Identifier: MIT */
/*
 * Anonymous pipes: creation with per-end O_NONBLOCK, and the capacity /
 * fill-level queries.  Closing, adopting and borrowing the two end handles
 * is generated from spec/pipe.yaml.
 */
#include "fdk-internal.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * The bits pipe2() itself understands; the NONBLOCK_READ/WRITE bits are ours.
 * The queries below never wait; their EINTR loops only honour the rule that
 * such calls retry it (the kernel does not report it for them today).
 */
#define KERNEL_BITS (FDK_PIPE_NONBLOCK | FDK_PIPE_DIRECT | FDK_PIPE_CLOEXEC)

int fdk_pipe_open(fdk_pipe_reader *r, fdk_pipe_writer *w, int flags)
{
    int p[2], kflags, only_end = -1, err;
    int nb_read, nb_write;

    if (!r || !w)
        return -EINVAL;
    if (flags & ~FDK_PIPE_OPEN_ALL)
        return -EINVAL;

    nb_read = (flags & FDK_PIPE_NONBLOCK_READ) != 0;
    nb_write = (flags & FDK_PIPE_NONBLOCK_WRITE) != 0;
    kflags = (flags & KERNEL_BITS) | O_CLOEXEC;
    if (nb_read && nb_write)
        kflags |= O_NONBLOCK; /* both ends: one system call, no fcntl */
    else if (!(kflags & O_NONBLOCK) && (nb_read || nb_write))
        only_end = nb_read ? 0 : 1;

    /* pipe2 never waits, and the kernel never reports EINTR for it. */
    if (pipe2(p, kflags) < 0)
        return FDK__NEG_ERRNO();

    if (only_end >= 0) {
        /*
         * A fresh end has no status flag but what pipe2 gave it: O_DIRECT, on
         * the write end only.  So one F_SETFL with that plus O_NONBLOCK does
         * the job without a read-modify-write (the access mode is ignored).
         */
        int fl = O_NONBLOCK | (only_end == 1 ? (kflags & O_DIRECT) : 0);
        err = fcntl(p[only_end], F_SETFL, fl) < 0 ? FDK__NEG_ERRNO() : 0;
        if (err < 0) {
            /* Nothing was handed out: both ends go, and close is never retried. */
            fdk__close_quietly(p[0]);
            fdk__close_quietly(p[1]);
            return err;
        }
    }

    r->fd = p[0];
    r->borrowed = 0;
    w->fd = p[1];
    w->borrowed = 0;
    return 0;
}

int fdk_pipe_capacity(int fd)
{
    int n;

    if (fd < 0)
        return -EBADF;
    n = FDK__RETRY_EINTR(fcntl(fd, F_GETPIPE_SZ));
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}

int fdk_pipe_set_capacity(int fd, size_t size, size_t *ret_actual)
{
    int n;

    if (fd < 0)
        return -EBADF;
    /* fcntl takes an int; 0 would be rounded to nothing by the kernel. */
    if (size == 0 || size > (size_t)INT_MAX)
        return -EINVAL;
    n = FDK__RETRY_EINTR(fcntl(fd, F_SETPIPE_SZ, (int)size));
    if (n < 0)
        return FDK__NEG_ERRNO();
    if (ret_actual)
        *ret_actual = (size_t)n;
    return 0;
}

/*
 * Parse the decimal number procfs prints: digits, then optionally a newline.
 * Anything else (or nothing, or an overflow) means the file is not what we
 * think it is: -EIO rather than a made-up limit.
 */
static int parse_size(const char *s, size_t len, size_t *out)
{
    size_t v = 0, i = 0;

    if (len > 0 && s[len - 1] == '\n')
        len--;
    if (len == 0)
        return -EIO;
    for (; i < len; i++) {
        unsigned d;
        if (s[i] < '0' || s[i] > '9')
            return -EIO;
        d = (unsigned)(s[i] - '0');
        if (v > (SIZE_MAX - d) / 10)
            return -EIO;
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

int fdk_pipe_max_capacity(size_t *out)
{
    char buf[32];
    ssize_t n;
    int fd, err;

    if (!out)
        return -EINVAL;

    fd = FDK__RETRY_EINTR(open("/proc/sys/fs/pipe-max-size", O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd < 0)
        return FDK__NEG_ERRNO();

    /*
     * One read: a sysctl file hands out its whole text to the first read and
     * reports EOF to any read at a non-zero offset, so there is nothing to
     * loop for.  A full buffer means more digits than any size_t has.
     */
    n = FDK__RETRY_EINTR(read(fd, buf, sizeof(buf)));
    if (n < 0)
        err = FDK__NEG_ERRNO();
    else if ((size_t)n == sizeof(buf))
        err = -EIO;
    else
        err = parse_size(buf, (size_t)n, out);
    fdk__close_quietly(fd);
    return err;
}

int fdk_pipe_available(int fd, size_t *out)
{
    struct stat st;
    int n = 0;

    if (fd < 0)
        return -EBADF;
    if (!out)
        return -EINVAL;
    /* FIONREAD also answers for regular files (the bytes left) and sockets;
       this call is about pipes, so anything else is refused, not measured. */
    if (fstat(fd, &st) < 0)
        return FDK__NEG_ERRNO();
    if (!S_ISFIFO(st.st_mode))
        return -ENOTTY;
    if (FDK__RETRY_EINTR(ioctl(fd, FIONREAD, &n)) < 0)
        return FDK__NEG_ERRNO();
    if (n < 0)
        return -EIO;
    *out = (size_t)n;
    return 0;
}
