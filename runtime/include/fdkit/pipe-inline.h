/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/pipe-inline.h
 * Borrowed handles for the standard streams; included at the end of
 * <fdkit/pipe.h>, after fdk_pipe_reader_borrow() / fdk_pipe_writer_borrow().
 *
 * Descriptors 0, 1 and 2 need not be pipes (a terminal, a file, a socket):
 * the handles only give them the pipe end types so that code written for a
 * reader or a writer accepts them.  They are borrowed, so
 * fdk_pipe_reader_close() / fdk_pipe_writer_close() on them only forget the
 * descriptor and never close the stream.
 */
#ifndef FDKIT_PIPE_INLINE_H
#define FDKIT_PIPE_INLINE_H

#include <fdkit/pipe.h> /* when included on its own; a no-op from pipe.h */

/** Standard input (fd 0) as a borrowed reader: closing the handle leaves fd 0 open. */
static inline fdk_pipe_reader fdk_pipe_stdin(void)
{
    return fdk_pipe_reader_borrow(0);
}

/** Standard output (fd 1) as a borrowed writer: closing the handle leaves fd 1 open. */
static inline fdk_pipe_writer fdk_pipe_stdout(void)
{
    return fdk_pipe_writer_borrow(1);
}

/** Standard error (fd 2) as a borrowed writer: closing the handle leaves fd 2 open. */
static inline fdk_pipe_writer fdk_pipe_stderr(void)
{
    return fdk_pipe_writer_borrow(2);
}

#endif /* FDKIT_PIPE_INLINE_H */
