/* SPDX-License-Identifier: MIT */
/*
 * fdk_copy_all: move len bytes (or everything up to EOF) from fd_in to
 * fd_out with the cheapest method the kernel accepts for this pair of fds:
 *
 *   1. copy_file_range   regular file to regular file, often without copying
 *   2. sendfile          a file (anything the kernel can splice-read) to
 *                        anything; only without off_out, since sendfile
 *                        always writes at out_fd's file position
 *   3. splice            straight from fd_in to fd_out when one of them is a
 *                        pipe, otherwise through a private pipe: sockets,
 *                        ttys, procfs
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
 * returning, waiting on fd_out if needed; only an fd_out error or an expired
 * deadline can drop them.  Without a deadline such a wait bounds the call:
 * once the held bytes are out it returns -EAGAIN with its progress rather than
 * take more (at most one pipe or buffer of blocking on a non-blocking fd_out).
 * With an explicit off_in, *off_in ends at start + done, so a caller can
 * resume without losing anything; with a NULL off_in the file position of
 * fd_in has moved past them.
 *
 * Refused before anything moves: an explicit off_out on an O_APPEND fd_out
 * (the kernel would append and ignore it), an explicit offset on a pipe or
 * socket (-ESPIPE, checked before the methods that could take bytes first),
 * and one file copied onto an overlapping range of itself (-EINVAL, as
 * copy_file_range says; the chunked methods would read bytes they had
 * already overwritten).
 */
#include "fdk-xfer.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define COPY_PIPE_SIZE (1024 * 1024) /* asked for; a smaller pipe works too */
#define COPY_PIPE_MIN  4096          /* every pipe holds at least one page */
#define COPY_BUF_SIZE  ((size_t)64 * 1024)
#define COPY_STACK_BUF 4096 /* read/write's buffer when malloc fails */

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
    bool overlap_checked;   /* same_file_overlap ran after a full chunk */
    bool out_waited;        /* delivering taken bytes needed a wait on fd_out */
    mode_t mode_in, mode_out; /* file types from fstat, 0 until looked at */
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

/* The file type of fd (S_IFMT bits), looked up at most once per call; 0 if fstat fails. */
static mode_t file_type(int fd, mode_t *cache)
{
    struct stat st;

    if (*cache == 0 && fstat(fd, &st) == 0)
        *cache = st.st_mode & S_IFMT;
    return *cache;
}

/* Where the next byte of one side is: its explicit offset, or the fd's file position. */
static bool side_pos(int fd, bool has_off, int64_t pos, int64_t *ret)
{
    off_t cur;

    if (has_off) {
        *ret = pos;
        return true;
    }
    cur = lseek(fd, 0, SEEK_CUR);
    if (cur < 0)
        return false;
    *ret = (int64_t)cur;
    return true;
}

/*
 * fd_in and fd_out are one regular file and the whole copy of this call
 * overlaps itself: [start_in, start_in + total) and [start_out, start_out +
 * total), where total is what was moved plus what is still asked for (with
 * FDK_TO_EOF: up to the file's current size).  copy_file_range refuses such a
 * request with EINVAL; splice and read/write would copy it chunk by chunk and
 * read bytes they had already overwritten.  Costs one or two fstat (and an
 * lseek per NULL offset when it is one file): called only after
 * copy_file_range said EINVAL, or once after a whole chunk when the copy goes
 * on.  The file types it learns are kept for by_splice.
 */
static bool same_file_overlap(struct copy *c)
{
    struct stat si, so;
    int64_t in, out, total;

    /* fd_out first: a socket or pipe there (the common EINVAL) ends it in one call */
    if (fstat(c->fd_out, &so) < 0)
        return false;
    c->mode_out = so.st_mode & S_IFMT;
    if (!S_ISREG(so.st_mode) || fstat(c->fd_in, &si) < 0)
        return false;
    c->mode_in = si.st_mode & S_IFMT;
    if (si.st_dev != so.st_dev || si.st_ino != so.st_ino)
        return false;
    if (!side_pos(c->fd_in, c->has_in_off, c->in_pos, &in) ||
        !side_pos(c->fd_out, c->has_out_off, c->out_pos, &out))
        return false;
    /* where this call started on each side */
    in -= (int64_t)c->done;
    out -= (int64_t)c->done;
    if (c->len == FDK_TO_EOF)
        total = (int64_t)si.st_size - in;
    else
        total = c->len > (size_t)INT64_MAX ? INT64_MAX : (int64_t)c->len;
    if (total <= 0)
        return false;
    /* in, out >= 0 and total <= INT64_MAX: compare differences, never sums */
    return in <= out ? out - in < total : in - out < total;
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
        int r, e;

        if (want == 0)
            return finished(c);
        n = copy_file_range(c->fd_in, c->has_in_off ? &ip : NULL, c->fd_out,
                            c->has_out_off ? &op : NULL, want, 0);
        if (n > 0) {
            moved = true;
            took(c, (size_t)n);
            delivered(c, (size_t)n);
            /* More than a chunk: the kernel checks overlap per request only,
               so look at the whole range once (rare: >= 1 GiB per call). */
            if ((size_t)n == FDK__XFER_CHUNK && !c->overlap_checked &&
                fdk__xfer_want(c->len, c->done) != 0) {
                c->overlap_checked = true;
                if (same_file_overlap(c))
                    return -EINVAL;
            }
            continue;
        }
        if (n == 0)
            /* A first 0 may be a virtual file that cannot say "unsupported":
               let the next method look (at a real EOF it says 0 too). */
            return moved ? at_eof(c) : NEXT_METHOD;
        e = errno;
        if (e == EINTR)
            return -EINTR; /* a handler interrupted a wait: nothing is held */
        if (e == EAGAIN || e == EWOULDBLOCK) {
            r = fdk__xfer_again(c->fd_in, c->fd_out, c->deadline);
            if (r < 0)
                return r;
            continue;
        }
        if (e == EINVAL && same_file_overlap(c))
            return -EINVAL; /* overlapping ranges of one file: no method may do it */
        if (copy_range_unsupported(e))
            return NEXT_METHOD;
        /* EBADF also means "fd_out is in append mode", which only
           copy_file_range refuses: the other methods append fine. */
        if (e == EBADF && out_appends(c->fd_out))
            return NEXT_METHOD;
        return -e;
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

/*
 * One side is a pipe: splice straight from fd_in to fd_out.  Nothing is ever
 * held, so an EAGAIN from either side is handed back (or waited for) exactly
 * as fdk_splice_all does, and each chunk costs one call instead of two.
 */
static int by_splice_direct(struct copy *c)
{
    for (;;) {
        size_t want = fdk__xfer_want(c->len, c->done);
        loff_t ip = (loff_t)c->in_pos, op = (loff_t)c->out_pos;
        ssize_t n;
        int r;

        if (want == 0)
            return finished(c);
        n = splice(c->fd_in, c->has_in_off ? &ip : NULL, c->fd_out, c->has_out_off ? &op : NULL,
                   want, 0);
        if (n > 0) {
            took(c, (size_t)n);
            delivered(c, (size_t)n);
            continue;
        }
        if (n == 0)
            return at_eof(c);
        if (errno == EINTR)
            return -EINTR; /* a handler interrupted a wait: nothing is held */
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            r = fdk__xfer_again(c->fd_in, c->fd_out, c->deadline);
            if (r < 0)
                return r;
            continue;
        }
        /* The other side refuses splice (an O_APPEND file, say): through a
           private pipe it would refuse the same, so read/write goes on. */
        if (sendfile_or_splice_unsupported(errno))
            return NEXT_METHOD;
        return FDK__NEG_ERRNO();
    }
}

static int by_splice(struct copy *c)
{
    int p[2], cap, r;

    if (S_ISFIFO(file_type(c->fd_in, &c->mode_in)) ||
        S_ISFIFO(file_type(c->fd_out, &c->mode_out)))
        return by_splice_direct(c);

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
            /* No deadline and fd_out made us wait: what was taken is out,
               take no more (the caller resumes), as a direct splice would. */
            if (c->out_waited && !c->deadline)
                return -EAGAIN;
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
                return -EINTR; /* a handler interrupted the wait for input: nothing is held */
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                r = fdk__xfer_again(c->fd_in, -1, c->deadline);
                if (r < 0)
                    return r;
                continue;
            }
            if (sendfile_or_splice_unsupported(errno))
                return NEXT_METHOD; /* nothing held: a clean hand-over */
            return FDK__NEG_ERRNO();
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
            continue; /* taken bytes are delivered before anything is returned */
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            /* Held bytes are delivered before returning: with no deadline, wait for fd_out. */
            r = fdk__xfer_wait(-1, c->fd_out, c->deadline);
            if (r < 0)
                return r;
            c->out_waited = true;
            continue;
        }
        if (sendfile_or_splice_unsupported(errno))
            return NEXT_METHOD; /* fd_out refuses splice: read/write empties the pipe first */
        return FDK__NEG_ERRNO();
    }
}

/*
 * Before splice or read/write: an explicit offset on a pipe or socket.  The
 * earlier methods refuse it without moving anything, but splice through the
 * private pipe would take from fd_in before fd_out said ESPIPE, and read
 * would consume what pwrite then cannot place.  Refuse it here, with nothing
 * moved; one lseek per explicit offset, once per call.
 */
static int offsets_seekable(const struct copy *c)
{
    if (c->has_in_off && lseek(c->fd_in, 0, SEEK_CUR) < 0 && errno == ESPIPE)
        return -ESPIPE;
    if (c->has_out_off && lseek(c->fd_out, 0, SEEK_CUR) < 0 && errno == ESPIPE)
        return -ESPIPE;
    return NEXT_METHOD;
}

static int by_read_write(struct copy *c)
{
    unsigned char small[COPY_STACK_BUF];
    unsigned char *heap = malloc(COPY_BUF_SIZE), *buf = heap ? heap : small;
    size_t size = heap ? COPY_BUF_SIZE : sizeof(small); /* slower, never -ENOMEM with bytes held */
    size_t fill = 0, pos = 0; /* buf[pos, fill) is still to be written */
    int r;

    for (;;) {
        ssize_t n;

        if (pos == fill) {
            size_t want;

            pos = fill = 0;
            if (c->held > 0) {
                /* Left in the pipe by the splice method: these go first.  The
                   pipe holds them and we own its write end: read cannot block. */
                want = c->held < size ? c->held : size;
                n = read(c->pipe_r, buf, want);
                if (n > 0) {
                    c->held -= (size_t)n;
                    fill = (size_t)n;
                    continue;
                }
                if (n < 0 && errno == EINTR)
                    continue;
                r = n < 0 ? FDK__NEG_ERRNO() : -EIO;
                break;
            }

            want = fdk__xfer_want(c->len, c->done);
            if (want == 0) {
                r = finished(c);
                break;
            }
            /* No deadline and fd_out made us wait: what was taken is out
               (the pipe too), take no more; the caller resumes. */
            if (c->out_waited && !c->deadline) {
                r = -EAGAIN;
                break;
            }
            if (want > size)
                want = size;
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
            if (errno == EINTR) {
                r = -EINTR; /* a handler interrupted the wait for input: nothing is held */
                break;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                r = fdk__xfer_again(c->fd_in, -1, c->deadline);
                if (r < 0)
                    break;
                continue;
            }
            r = FDK__NEG_ERRNO();
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
            continue; /* taken bytes are delivered before anything is returned */
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            r = fdk__xfer_wait(-1, c->fd_out, c->deadline);
            if (r < 0)
                break;
            c->out_waited = true;
            continue;
        }
        r = FDK__NEG_ERRNO();
        break;
    }

    free(heap);
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
    struct fdk__sigpipe_guard guard = {.active = 0};
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
    /* An O_APPEND fd_out writes at its end whatever offset is given, so an
       explicit off_out could not say where the bytes went. */
    if (off_out) {
        int fl = fcntl(fd_out, F_GETFL);

        if (fl < 0 || (fl & O_APPEND)) {
            fdk__xfer_set_done(ret_done, 0);
            return fl < 0 ? FDK__NEG_ERRNO() : -EINVAL;
        }
    }
    if (off_in)
        in_start = c.in_pos = *off_in;
    if (off_out)
        c.out_pos = *off_out;

    r = by_copy_range(&c);
    /* copy_file_range writes only to regular files; the methods after it
       may write to a pipe or socket with no reader: -EPIPE, not death. */
    if (r == NEXT_METHOD)
        fdk__sigpipe_block(&guard);
    if (r == NEXT_METHOD)
        r = by_sendfile(&c);
    if (r == NEXT_METHOD)
        r = offsets_seekable(&c);
    if (r == NEXT_METHOD)
        r = by_splice(&c);
    if (r == NEXT_METHOD)
        r = by_read_write(&c);
    fdk__sigpipe_restore(&guard, r);

    /* Never retried: the descriptor is gone even when close reports an error. */
    fdk__close_quietly(c.pipe_r);
    fdk__close_quietly(c.pipe_w);

    if (off_in)
        *off_in = in_start + (int64_t)c.done;
    if (off_out)
        *off_out = c.out_pos;
    fdk__xfer_set_done(ret_done, c.done);
    return r;
}
