/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/pipe.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/pipe.h
 * An anonymous pipe: a kernel buffer with a read end and a write end, each a typed handle so a
 * reader cannot be written to by mistake. Each end can be non-blocking on its own, and the buffer
 * can be resized. stdin, stdout and stderr can be borrowed as pipe ends that fdkit never closes.
 *
 * See pipe(2), pipe(7).
 */
#ifndef FDKIT_PIPE_H
#define FDKIT_PIPE_H

#include <fdkit/common.h>

#include <unistd.h>
#include <fcntl.h>
#include <sys/ioctl.h>

FDK_BEGIN_DECLS

/**
 * The read end of a pipe (or of a FIFO, or stdin when borrowed). Owned by whoever opened or
 * adopted it; a borrowed reader (fdk_pipe_stdin()) is never closed by fdkit.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_pipe_reader_close() releases it.
 * `borrowed` is non-zero for a handle made by fdk_pipe_reader_borrow(): closing
 * it only empties the handle and never closes the fd.
 */
typedef struct fdk_pipe_reader {
    int fd;
    unsigned char borrowed;
} fdk_pipe_reader;

/**
 * The write end of a pipe (or stdout/stderr when borrowed). Writing after every reader has gone
 * fails with -EPIPE (and raises SIGPIPE unless it is ignored or blocked).
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_pipe_writer_close() releases it.
 * `borrowed` is non-zero for a handle made by fdk_pipe_writer_borrow(): closing
 * it only empties the handle and never closes the fd.
 */
typedef struct fdk_pipe_writer {
    int fd;
    unsigned char borrowed;
} fdk_pipe_writer;

/**
 * @name Flags for fdk_pipe_open().
 * - FDK_PIPE_NONBLOCK: Both ends non-blocking - reads of an empty pipe and writes to a full one
 *   fail with -EAGAIN.
 * - FDK_PIPE_DIRECT: Packet mode - each write of up to PIPE_BUF bytes is one packet, and a read
 *   returns at most one packet (discarding the rest of it if the buffer is too
 *   small). Only the write end carries O_DIRECT.
 * - FDK_PIPE_CLOEXEC: Close on exec for both ends. Always applied; accepted for clarity.
 * - FDK_PIPE_NONBLOCK_READ: Only the read end is non-blocking (set with fcntl after pipe2).
 * - FDK_PIPE_NONBLOCK_WRITE: Only the write end is non-blocking. With NONBLOCK_READ it equals
 *   FDK_PIPE_NONBLOCK.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_PIPE_NONBLOCK       0x00000800
#define FDK_PIPE_CLOEXEC        0x00080000
#define FDK_PIPE_NONBLOCK_READ  0x40000000 /* fdkit's own bit */
#define FDK_PIPE_NONBLOCK_WRITE 0x20000000 /* fdkit's own bit */
#if defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_ARM)
#define FDK_PIPE_DIRECT         0x00010000
#elif defined(FDK__ARCH_I386) || defined(FDK__ARCH_RISCV64) || defined(FDK__ARCH_X86_64)
#define FDK_PIPE_DIRECT         0x00004000
#endif
#else /* an architecture without a lock: the system headers' values */
#define FDK_PIPE_NONBLOCK       O_NONBLOCK
#define FDK_PIPE_DIRECT         O_DIRECT
#define FDK_PIPE_CLOEXEC        O_CLOEXEC
#define FDK_PIPE_NONBLOCK_READ  0x40000000 /* fdkit's own bit */
#define FDK_PIPE_NONBLOCK_WRITE 0x20000000 /* fdkit's own bit */
#endif
/** Every bit fdk_pipe accepts in this set. */
#define FDK_PIPE_OPEN_ALL \
    (FDK_PIPE_NONBLOCK | FDK_PIPE_DIRECT | FDK_PIPE_CLOEXEC | FDK_PIPE_NONBLOCK_READ | \
     FDK_PIPE_NONBLOCK_WRITE)
/** @} */

/**
 * Create a pipe. Both ends have FD_CLOEXEC. If a step after pipe2() fails (setting one end
 * non-blocking), both fds are closed and neither handle is written.
 *
 * @param r      receives the read end (written only on success)
 * @param w      receives the write end (written only on success)
 * @param flags  0 or FDK_PIPE_NONBLOCK, FDK_PIPE_NONBLOCK_READ, FDK_PIPE_NONBLOCK_WRITE,
 *               FDK_PIPE_DIRECT
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  a NULL handle, or flags has bits this kernel does not know
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files, or the user's pipe buffer quota, was reached
 *   -ENOMEM  not enough kernel memory for a new pipe
 */
FDK_EXPORT int fdk_pipe_open(fdk_pipe_reader *r, fdk_pipe_writer *w, int flags);

/**
 * Return the capacity of the pipe's buffer in bytes (F_GETPIPE_SZ); fd may be either end.
 *
 * @param fd  either end of a pipe, or a FIFO
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF  fd is not open, or is not a pipe or FIFO
 */
FDK_EXPORT int fdk_pipe_capacity(int fd);

/**
 * Resize the pipe's buffer (F_SETPIPE_SZ). The kernel rounds size up to a power-of-two number of
 * pages; *ret_actual receives what it set. Without CAP_SYS_RESOURCE the limit is
 * /proc/sys/fs/pipe-max-size (fdk_pipe_max_capacity()).
 *
 * @param fd          either end of a pipe, or a FIFO
 * @param size        wanted capacity in bytes, 1..INT_MAX
 * @param ret_actual  receives the capacity set; may be NULL
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   fd is not open, or is not a pipe or FIFO
 *   -EBUSY   size is smaller than the bytes the pipe holds now
 *   -EINVAL  size is 0 or above INT_MAX
 *   -ENOMEM  not enough kernel memory for the new buffer
 *   -EPERM   size is above /proc/sys/fs/pipe-max-size (or the user's pipe quota is used up) and
 *            the caller lacks CAP_SYS_RESOURCE
 */
FDK_EXPORT int fdk_pipe_set_capacity(int fd, size_t size, size_t *ret_actual);

/**
 * Read /proc/sys/fs/pipe-max-size, the largest capacity an unprivileged process may set.
 *
 * @param out  receives the limit in bytes
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES  /proc/sys/fs/pipe-max-size is not readable
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the file did not hold a number
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENOENT  /proc is not mounted, so the limit cannot be read
 */
FDK_EXPORT int fdk_pipe_max_capacity(size_t *out);

/**
 * Store the number of bytes that can be read from the pipe now (FIONREAD).
 *
 * @param fd   either end of a pipe, or a FIFO
 * @param out  receives the byte count
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   fd is not an open descriptor
 *   -EINVAL  out is NULL
 *   -ENOTTY  fd is not a pipe or FIFO (a regular file, a socket, a terminal...)
 */
FDK_EXPORT int fdk_pipe_available(int fd, size_t *out);

/**
 * Close the pipe reader and set its fd to -1. A no-op returning 0 when the fd is already -1. A
 * borrowed handle (fdk_pipe_reader_borrow()) is only emptied: its fd is never closed.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_pipe_reader_close(fdk_pipe_reader *h);

/**
 * Close the pipe writer and set its fd to -1. A no-op returning 0 when the fd is already -1. A
 * borrowed handle (fdk_pipe_writer_borrow()) is only emptied: its fd is never closed.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_pipe_writer_close(fdk_pipe_writer *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_pipe_reader fdk_pipe_reader_adopt(int fd)
{
    fdk_pipe_reader h;
    h.fd = fd;
    h.borrowed = 0;
    return h;
}

/**
 * Wrap fd without taking ownership: fdk_pipe_reader_close() on the result
 * empties the handle but never closes fd (the caller, or nobody, does).
 */
static inline fdk_pipe_reader fdk_pipe_reader_borrow(int fd)
{
    fdk_pipe_reader h;
    h.fd = fd;
    h.borrowed = 1;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_pipe_reader_release(fdk_pipe_reader *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    h->borrowed = 0;
    return fd;
}

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_pipe_writer fdk_pipe_writer_adopt(int fd)
{
    fdk_pipe_writer h;
    h.fd = fd;
    h.borrowed = 0;
    return h;
}

/**
 * Wrap fd without taking ownership: fdk_pipe_writer_close() on the result
 * empties the handle but never closes fd (the caller, or nobody, does).
 */
static inline fdk_pipe_writer fdk_pipe_writer_borrow(int fd)
{
    fdk_pipe_writer h;
    h.fd = fd;
    h.borrowed = 1;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_pipe_writer_release(fdk_pipe_writer *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    h->borrowed = 0;
    return fd;
}

FDK_END_DECLS

#include <fdkit/pipe-inline.h>

#endif /* FDKIT_PIPE_H */
