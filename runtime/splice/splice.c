/* SPDX-License-Identifier: MIT */
/*
 * fdk_splice_all: splice(2) until len bytes (or, with FDK_TO_EOF, everything
 * up to end of input) reached fd_out.  One side must be a pipe, as for
 * splice itself.  fdk_splice_once/tee are generated; this loop calls
 * libc directly so that its EINTR, EAGAIN and progress handling does not
 * depend on the generated policy.
 */
#include "fdk-xfer.h"
#include "fdk-validate.h"

#include <fcntl.h>

int fdk_splice_all(int fd_in, int64_t *off_in, int fd_out, int64_t *off_out, size_t len,
                   unsigned int flags, const struct timespec *deadline, size_t *ret_done)
{
    struct fdk__sigpipe_guard guard = {.active = 0};
    size_t done = 0;
    int r = 0;

    if (fd_in < 0 || fd_out < 0)
        r = -EBADF;
    else if ((flags & ~(unsigned int)FDK_SPLICE_FLAGS_ALL) || (flags & FDK_SPLICE_GIFT))
        r = -EINVAL; /* GIFT means something only to vmsplice */
    else if (!fdk__xfer_deadline_ok(deadline) || !fdk__xfer_offset_ok(off_in) ||
             !fdk__xfer_offset_ok(off_out))
        r = -EINVAL;
    else
        fdk__sigpipe_block(&guard); /* a pipe or socket with no reader: -EPIPE, not death */

    while (r == 0) {
        size_t want = fdk__xfer_want(len, done);
        loff_t in_pos = 0, out_pos = 0;
        ssize_t n;

        if (want == 0) {
            /* Finite len: all moved.  To EOF: the counter itself is full. */
            if (len == FDK_TO_EOF)
                r = -EOVERFLOW;
            break;
        }
        /* Fresh copies every call: the offsets move by what was spliced,
           never by what the kernel may have left in them on a failure. */
        if (off_in)
            in_pos = (loff_t)*off_in;
        if (off_out)
            out_pos = (loff_t)*off_out;
        n = splice(fd_in, off_in ? &in_pos : NULL, fd_out, off_out ? &out_pos : NULL, want, flags);
        if (n > 0) {
            done += (size_t)n;
            if (off_in)
                *off_in += n;
            if (off_out)
                *off_out += n;
            continue;
        }
        if (n == 0) {
            /* End of input: a file at EOF, or a pipe with no writers left. */
            if (len != FDK_TO_EOF)
                r = -ENODATA;
            break;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            /* Either side may be the one that blocked (or SPLICE_F_NONBLOCK
               made a pipe say so): wait for both. */
            r = fdk__xfer_again(fd_in, fd_out, deadline);
            continue;
        }
        r = FDK__NEG_ERRNO(); /* -EINTR too: a handler interrupted a wait */
    }

    fdk__sigpipe_restore(&guard, r);
    fdk__xfer_set_done(ret_done, done);
    return r;
}

/*
 * vmsplice(2) on a pipe's read end is not an error for Linux: it reads from
 * the pipe into the buffers, which this call declares const and the caller
 * expects to be left alone.  So the access mode is checked first (one
 * fcntl; vmsplice is not a per-byte path) and a read end is -EBADF, as for
 * any descriptor not open for writing.
 */
ssize_t fdk_splice_vmsplice(int fd, const struct iovec *iov, size_t nr_segs, unsigned int flags)
{
    ssize_t n;
    int r, fl;

    r = fdk__splice_vmsplice_validate(fd, iov, nr_segs, flags);
    if (r < 0)
        return r;
    fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return FDK__NEG_ERRNO();
    if ((fl & O_ACCMODE) == O_RDONLY)
        return -EBADF;
    n = vmsplice(fd, iov, nr_segs, flags); /* EINTR: returned, as by every call that can wait */
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
