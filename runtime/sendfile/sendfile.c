/* SPDX-License-Identifier: MIT */
/*
 * fdk_sendfile_all: sendfile(2) until len bytes (or, with FDK_TO_EOF, the
 * rest of the file) reached out_fd.  The single-shot fdk_sendfile_once is
 * generated; this loop calls libc directly so that its EINTR, EAGAIN and
 * progress handling does not depend on the generated policy.
 */
#include "fdk-xfer.h"

#include <sys/sendfile.h>
#include <sys/types.h>

int fdk__sendfile_loop(int in_fd, int64_t *offset, int out_fd, size_t len,
                       const struct timespec *deadline, size_t *ret_done)
{
    size_t done = 0;
    int r = 0;

    for (;;) {
        size_t want = fdk__xfer_want(len, done);
        off_t pos = 0;
        ssize_t n;

        if (want == 0) {
            /* Finite len: all moved.  To EOF: the counter itself is full. */
            r = len == FDK_TO_EOF ? -EOVERFLOW : 0;
            break;
        }
        /* A fresh copy every call: *offset moves by what was sent, never by
           what the kernel may have written into pos on a failed call. */
        if (offset)
            pos = (off_t)*offset;
        n = sendfile(out_fd, in_fd, offset ? &pos : NULL, want);
        if (n > 0) {
            done += (size_t)n;
            if (offset)
                *offset += n;
            continue;
        }
        if (n == 0) {
            /* in_fd is at end of file. */
            r = len == FDK_TO_EOF ? 0 : -ENODATA;
            break;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            r = fdk__xfer_again(in_fd, out_fd, deadline);
            if (r == 0)
                continue;
            break;
        }
        r = FDK__NEG_ERRNO(); /* -EINTR too: a handler interrupted a wait */
        break;
    }

    fdk__xfer_set_done(ret_done, done);
    return r;
}

int fdk_sendfile_all(int in_fd, int64_t *offset, int out_fd, size_t len,
                     const struct timespec *deadline, size_t *ret_done)
{
    struct fdk__sigpipe_guard guard;
    int r;

    if (in_fd < 0 || out_fd < 0) {
        fdk__xfer_set_done(ret_done, 0);
        return -EBADF;
    }
    if (!fdk__xfer_deadline_ok(deadline) || !fdk__xfer_offset_ok(offset)) {
        fdk__xfer_set_done(ret_done, 0);
        return -EINVAL;
    }
    /* Where off_t is 32-bit (no _FILE_OFFSET_BITS=64) a far offset cannot be passed. */
    if (offset && (int64_t)(off_t)*offset != *offset) {
        fdk__xfer_set_done(ret_done, 0);
        return -EOVERFLOW;
    }
    fdk__sigpipe_block(&guard); /* a pipe or socket with no reader: -EPIPE, not death */
    r = fdk__sendfile_loop(in_fd, offset, out_fd, len, deadline, ret_done);
    fdk__sigpipe_restore(&guard, r);
    return r;
}
