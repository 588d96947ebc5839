/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/eventfd.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/eventfd.h
 * A kernel-held 64-bit counter behind a file descriptor. write() adds to the counter, read()
 * returns it and resets it to zero (or, in semaphore mode, returns 1 and decrements it). The fd is
 * readable while the counter is non-zero and writable while another write of 1 would not overflow
 * it, which makes it the cheapest wakeup source for an epoll loop.
 *
 * See eventfd(2).
 */
#ifndef FDKIT_EVENTFD_H
#define FDKIT_EVENTFD_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <sys/eventfd.h>

FDK_BEGIN_DECLS

/**
 * An eventfd counter. Owned by whoever opened or adopted it.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_eventfd_close() releases it.
 */
typedef struct fdk_eventfd {
    int fd;
} fdk_eventfd;

/**
 * @name Flags for fdk_eventfd_open().
 * - FDK_EVENTFD_SEMAPHORE: Semaphore mode - each read returns 1 and decrements the counter by
 *   one.
 * - FDK_EVENTFD_NONBLOCK: Reads on a zero counter and writes that would overflow fail with
 *   -EAGAIN instead of blocking.
 * - FDK_EVENTFD_CLOEXEC: Close on exec. Always applied; accepted for clarity.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_EVENTFD_SEMAPHORE 0x00000001
#define FDK_EVENTFD_NONBLOCK  0x00000800
#define FDK_EVENTFD_CLOEXEC   0x00080000
#else /* an architecture without a lock: the system headers' values */
#define FDK_EVENTFD_SEMAPHORE EFD_SEMAPHORE
#define FDK_EVENTFD_NONBLOCK  EFD_NONBLOCK
#define FDK_EVENTFD_CLOEXEC   EFD_CLOEXEC
#endif
/** Every bit fdk_eventfd accepts in this set. */
#define FDK_EVENTFD_OPEN_ALL (FDK_EVENTFD_SEMAPHORE | FDK_EVENTFD_NONBLOCK | FDK_EVENTFD_CLOEXEC)
/** @} */

/**
 * Create an eventfd counter holding initval.
 *
 * @param out      receives the new handle (written only on success)
 * @param initval  initial counter value
 * @param flags    0 or FDK_EVENTFD_SEMAPHORE | FDK_EVENTFD_NONBLOCK
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  flags has bits this kernel does not know
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENODEV  the anonymous-inode device could not be mounted
 *   -ENOMEM  not enough kernel memory for a new eventfd
 */
FDK_EXPORT int fdk_eventfd_open(fdk_eventfd *out, unsigned int initval, int flags);

/**
 * Read the counter. In normal mode the whole value is returned and the counter becomes zero; in
 * semaphore mode 1 is returned and the counter is decremented. Blocks while the counter is zero
 * unless the fd is non-blocking.
 *
 * @param ev     the eventfd (borrowed)
 * @param value  receives the value read
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN  the counter is zero and the fd is non-blocking
 *   -EBADF   ev is not an open descriptor
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  ev is not an eventfd (its read needs an 8-byte buffer)
 *   -EIO     the read returned fewer than 8 bytes
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_eventfd_read(fdk_eventfd ev, uint64_t *value)
{
    ssize_t n;
    uint64_t value_tmp;

    if (!value)
        return -EINVAL;
    n = read(ev.fd, &value_tmp, sizeof value_tmp);
    if (n < 0)
        return FDK__NEG_ERRNO();
    if ((size_t)n != sizeof value_tmp)
        return -EIO; /* an 8-byte counter never arrives in pieces */
    *value = value_tmp;
    return 0;
}
#else
FDK_EXPORT int fdk_eventfd_read(fdk_eventfd ev, uint64_t *value);
#endif

/**
 * Add value to the counter. If the counter would exceed UINT64_MAX - 1 the call blocks until a
 * read makes room, or fails with -EAGAIN on a non-blocking fd (the counter is then unchanged).
 *
 * @param ev     the eventfd (borrowed)
 * @param value  amount to add; UINT64_MAX is not allowed
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EAGAIN  the counter would overflow and the fd is non-blocking
 *   -EBADF   ev is not an open descriptor
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  value is UINT64_MAX, or ev is not an eventfd
 *   -EIO     the write transferred fewer than 8 bytes
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE int fdk_eventfd_write(fdk_eventfd ev, uint64_t value)
{
    ssize_t n;

    if (value == UINT64_MAX)
        return -EINVAL; /* the kernel reserves UINT64_MAX */
    n = write(ev.fd, &value, sizeof value);
    if (n < 0)
        return FDK__NEG_ERRNO();
    if ((size_t)n != sizeof value)
        return -EIO; /* an 8-byte counter never arrives in pieces */
    return 0;
}
#else
FDK_EXPORT int fdk_eventfd_write(fdk_eventfd ev, uint64_t value);
#endif

/**
 * Close the eventfd and set its fd to -1. A no-op returning 0 when the fd is already -1.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_eventfd_close(fdk_eventfd *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_eventfd fdk_eventfd_adopt(int fd)
{
    fdk_eventfd h;
    h.fd = fd;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_eventfd_release(fdk_eventfd *h)
{
    int fd;
    if (!h)
        return -22; /* -EINVAL without requiring <errno.h> */
    fd = h->fd;
    h->fd = -1;
    return fd;
}

FDK_END_DECLS

#endif /* FDKIT_EVENTFD_H */
