/* SPDX-License-Identifier: MIT */
/*
 * fdk_copy_all: move len bytes (or everything up to EOF) from fd_in to
 * fd_out with the cheapest method the kernel accepts for this pair of fds:
 *
 *   1. copy_file_range   regular file to regular file, often without copying
 *   2. sendfile          a file (anything the kernel can splice-read) to
 *                        anything; only without off_out, since sendfile
 *                        always writes at out_fd's file position
 *   3. splice            through a private pipe: sockets, pipes, ttys, procfs
 *   4. read/write        a 64 KiB heap buffer (pread/pwrite for explicit offsets)
 *
 * A method hands over to the next only on the errnos that mean "this method
 * does not work for these fds" (and copy_file_range also when its first call
 * says 0: procfs and sysfs files report 0 instead of an error).  The hand-over
 * keeps every byte: progress, offsets and anything already taken out of
 * fd_in (held in the pipe) go on to the next method.
 *
 * Accounting: done counts bytes delivered to fd_out.  Bytes taken from fd_in
 * but not yet written (in the pipe or the buffer) are always written before
 * returning; only an fd_out error or an expired deadline can drop them.  With
 * an explicit off_in, *off_in ends at start + done, so a caller can resume
 * without losing anything; with a NULL off_in the file position of fd_in has
 * moved past them.
 */
#include "fdk-xfer.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

#define COPY_PIPE_SIZE (1024 * 1024) /* asked for; a smaller pipe works too */
#define COPY_PIPE_MIN  4096          /* every pipe holds at least one page */
#define COPY_BUF_SIZE  ((size_t)64 * 1024)

/* A method's answer besides 0 (finished) and -errno: try the next method. */
#define NEXT_METHOD 1

struct copy {
    int fd_in, fd_out;
    bool has_in_off, has_out_off;
    int64_t in_pos;  /* explicit off_in: where the next byte is taken from fd_in */
    int64_t out_pos; /* explicit off_out: where the next byte goes in fd_out */
    size_t len;
    size_t done; /* bytes delivered to fd_out */
    const struct timespec *deadline;
    int pipe_r, pipe_w; /* the splice method's private pipe, or -1 */
    size_t held;        /* bytes taken from fd_in, still in that pipe */
};

static void took(struct copy *c, size_t n)
{
    c->in_pos += (int64_t)n;
}

static void delivered(struct copy *c, size_t n)
{
    c->done += n;
    c->out_pos += (int64_t)n;
}

/* The request loop ended with nothing left to ask for (fdk__xfer_want said 0). */
static int finished(const struct copy *c)
{
    return c->len == FDK_TO_EOF ? -EOVERFLOW : 0;
}

/* fd_in said end of file with nothing held back. */
static int at_eof(const struct copy *c)
{
    return c->len == FDK_TO_EOF ? 0 : -ENODATA;
}

static bool off_t_fits(int64_t pos)
{
    return (int64_t)(off_t)pos == pos;
}

static bool copy_range_unsupported(int e)
{
    /* EXDEV: across filesystems (refused again since Linux 5.19); EINVAL:
       not regular files, or a filesystem without support. */
#if ENOTSUP != EOPNOTSUPP
    if (e == ENOTSUP)
        return true;
#endif
    return e == ENOSYS || e == EXDEV || e == EINVAL || e == EOPNOTSUPP;
}

static bool out_appends(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    return fl >= 0 && (fl & O_APPEND);
}

static bool sendfile_or_splice_unsupported(int e)
{
    return e == EINVAL || e == ENOSYS || e == EOPNOTSUPP;
}

static int by_copy_range(struct copy *c)
{
    bool moved = false;

    for (;;) {
        size_t want = fdk__xfer_want(c->len, c->done);
        loff_t ip = (loff_t)c->in_pos, op = (loff_t)c->out_pos;
        ssize_t n;
        int r;

        if (want == 0)
            return finished(c);
        n = copy_file_range(c->fd_in, c->has_in_off ? &ip : NULL, c->fd_out,
                            c->has_out_off ? &op : NULL, want, 0);
        if (n > 0) {
            moved = true;
            took(c, (size_t)n);
            delivered(c, (size_t)n);
            continue;
        }
        if (n == 0)
            /* A first 0 may be a virtual file that cannot say "unsupported":
               let the next method look (at a real EOF it says 0 too). */
            return moved ? at_eof(c) : NEXT_METHOD;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            r = fdk__xfer_again(c->fd_in, c->fd_out, c->deadline);
            if (r < 0)
                return r;
            continue;
        }
        if (copy_range_unsupported(errno))
            return NEXT_METHOD;
        /* EBADF also means "fd_out is in append mode", which only
           copy_file_range refuses: the other methods append fine. */
        if (errno == EBADF && out_appends(c->fd_out))
            return NEXT_METHOD;
        return FDK__NERRNO();
    }
}

static int by_sendfile(struct copy *c)
{
    int64_t pos = c->in_pos;
    size_t left, d = 0;
    bool capped = false;
    int r;

    if (c->has_out_off)
        return NEXT_METHOD; /* sendfile cannot write at an explicit offset */
    if (c->has_in_off && !off_t_fits(pos))
        return NEXT_METHOD; /* 32-bit off_t: splice takes a loff_t */

    /*
     * To EOF after an earlier method moved something: ask for what the
     * counter can still hold, and read that loop's -ENODATA (EOF first) as
     * this call's success and its success as a full counter.
     */
    if (c->len != FDK_TO_EOF)
        left = c->len - c->done;
    else if (c->done == 0)
        left = FDK_TO_EOF;
    else {
        left = SIZE_MAX - c->done;
        capped = true;
    }

    r = fdk__sendfile_loop(c->fd_in, c->has_in_off ? &pos : NULL, c->fd_out, left, c->deadline, &d);
    took(c, d);
    delivered(c, d);
    if (r < 0 && sendfile_or_splice_unsupported(-r))
        return NEXT_METHOD;
    if (capped) {
        if (r == -ENODATA)
            r = 0;
        else if (r == 0)
            r = -EOVERFLOW;
    }
    return r;
}

static int by_splice(struct copy *c)
{
    int p[2], cap, r;

    /* Out of descriptors (EMFILE/ENFILE): read/write needs none, so go on. */
    if (pipe2(p, O_CLOEXEC) < 0)
        return NEXT_METHOD;
    c->pipe_r = p[0];
    c->pipe_w = p[1];
    /* Fewer round trips with a big pipe; over the user's pipe quota the
       kernel says EPERM and the default size does the job. */
    cap = fcntl(c->pipe_w, F_SETPIPE_SZ, COPY_PIPE_SIZE);
    if (cap <= 0)
        cap = fcntl(c->pipe_w, F_GETPIPE_SZ);
    if (cap <= 0)
        cap = COPY_PIPE_MIN;

    /*
     * The pipe stays blocking (an O_NONBLOCK pipe would make splice treat
     * fd_in or fd_out as non-blocking too), and it can never block us: it is
     * filled only when empty, with at most its capacity, and drained with at
     * most what it holds.
     */
    for (;;) {
        loff_t ip = (loff_t)c->in_pos, op = (loff_t)c->out_pos;
        ssize_t n;

        if (c->held == 0) {
            size_t want = fdk__xfer_want(c->len, c->done);

            if (want == 0)
                return finished(c);
            if (want > (size_t)cap)
                want = (size_t)cap;
            n = splice(c->fd_in, c->has_in_off ? &ip : NULL, c->pipe_w, NULL, want, 0);
            if (n > 0) {
                took(c, (size_t)n);
                c->held = (size_t)n;
                continue;
            }
            if (n == 0)
                return at_eof(c);
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                r = fdk__xfer_again(c->fd_in, -1, c->deadline);
                if (r < 0)
                    return r;
                continue;
            }
            if (sendfile_or_splice_unsupported(errno))
                return NEXT_METHOD; /* nothing held: a clean hand-over */
            return FDK__NERRNO();
        }

        n = splice(c->pipe_r, NULL, c->fd_out, c->has_out_off ? &op : NULL, c->held, 0);
        if (n > 0) {
            c->held -= (size_t)n;
            delivered(c, (size_t)n);
            continue;
        }
        if (n == 0)
            return -EIO; /* the pipe holds bytes: 0 would only spin */
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            /* Held bytes are delivered before returning: with no deadline, wait for fd_out. */
            r = fdk__xfer_wait(-1, c->fd_out, c->deadline);
            if (r < 0)
                return r;
            continue;
        }
        if (sendfile_or_splice_unsupported(errno))
            return NEXT_METHOD; /* fd_out refuses splice: read/write empties the pipe first */
        return FDK__NERRNO();
    }
}

static int by_read_write(struct copy *c)
{
    unsigned char *buf = malloc(COPY_BUF_SIZE);
    size_t fill = 0, pos = 0; /* buf[pos, fill) is still to be written */
    int r;

    if (!buf)
        return -ENOMEM;

    for (;;) {
        ssize_t n;

        if (pos == fill) {
            size_t want;

            pos = fill = 0;
            if (c->held > 0) {
                /* Left in the pipe by the splice method: these go first.  The
                   pipe holds them and we own its write end: read cannot block. */
                want = c->held < COPY_BUF_SIZE ? c->held : COPY_BUF_SIZE;
                n = read(c->pipe_r, buf, want);
                if (n > 0) {
                    c->held -= (size_t)n;
                    fill = (size_t)n;
                    continue;
                }
                if (n < 0 && errno == EINTR)
                    continue;
                r = n < 0 ? FDK__NERRNO() : -EIO;
                break;
            }

            want = fdk__xfer_want(c->len, c->done);
            if (want == 0) {
                r = finished(c);
                break;
            }
            if (want > COPY_BUF_SIZE)
                want = COPY_BUF_SIZE;
            if (c->has_in_off && !off_t_fits(c->in_pos)) {
                r = -EOVERFLOW;
                break;
            }
            if (c->has_in_off)
                n = pread(c->fd_in, buf, want, (off_t)c->in_pos);
            else
                n = read(c->fd_in, buf, want);
            if (n > 0) {
                took(c, (size_t)n);
                fill = (size_t)n;
                continue;
            }
            if (n == 0) {
                r = at_eof(c);
                break;
            }
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                r = fdk__xfer_again(c->fd_in, -1, c->deadline);
                if (r < 0)
                    break;
                continue;
            }
            r = FDK__NERRNO();
            break;
        }

        if (c->has_out_off && !off_t_fits(c->out_pos)) {
            r = -EOVERFLOW;
            break;
        }
        if (c->has_out_off)
            n = pwrite(c->fd_out, buf + pos, fill - pos, (off_t)c->out_pos);
        else
            n = write(c->fd_out, buf + pos, fill - pos);
        if (n > 0) {
            pos += (size_t)n;
            delivered(c, (size_t)n);
            continue;
        }
        if (n == 0) {
            r = -EIO; /* a write that takes nothing and says nothing would spin */
            break;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            r = fdk__xfer_wait(-1, c->fd_out, c->deadline);
            if (r < 0)
                break;
            continue;
        }
        r = FDK__NERRNO();
        break;
    }

    free(buf);
    return r;
}

int fdk_copy_all(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len,
                 const struct timespec *deadline, size_t *ret_done)
{
    struct copy c = {
        .fd_in = fd_in,
        .fd_out = fd_out,
        .has_in_off = off_in != NULL,
        .has_out_off = off_out != NULL,
        .len = len,
        .deadline = deadline,
        .pipe_r = -1,
        .pipe_w = -1,
    };
    int64_t in_start = 0;
    int r;

    if (fd_in < 0 || fd_out < 0) {
        fdk__xfer_set_done(ret_done, 0);
        return -EBADF;
    }
    if (!fdk__xfer_deadline_ok(deadline) || !fdk__xfer_offset_ok(off_in) ||
        !fdk__xfer_offset_ok(off_out)) {
        fdk__xfer_set_done(ret_done, 0);
        return -EINVAL;
    }
    if (off_in)
        in_start = c.in_pos = *off_in;
    if (off_out)
        c.out_pos = *off_out;

    r = by_copy_range(&c);
    if (r == NEXT_METHOD)
        r = by_sendfile(&c);
    if (r == NEXT_METHOD)
        r = by_splice(&c);
    if (r == NEXT_METHOD)
        r = by_read_write(&c);

    /* Never retried: the descriptor is gone even when close reports an error. */
    if (c.pipe_r >= 0)
        close(c.pipe_r);
    if (c.pipe_w >= 0)
        close(c.pipe_w);

    if (off_in)
        *off_in = in_start + (int64_t)c.done;
    if (off_out)
        *off_out = c.out_pos;
    fdk__xfer_set_done(ret_done, c.done);
    return r;
}
