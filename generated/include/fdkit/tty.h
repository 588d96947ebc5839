/* SPDX-License-Identifier: MIT */
/*
 * Generated from spec/tty.yaml by codegen - do not edit.
 * Change the spec (or codegen/) and run `python3 -m codegen` (`make regen`).
 */
/**
 * @file fdkit/tty.h
 * Terminals and serial ports. Settings are a plain struct (fdk_tty_settings, fdkit/tty-types.h)
 * whose groups - speed, frame, flow control, modem control, mode, input and output flags, control
 * characters - can each be left unset: fdk_tty_set() reads the current settings, changes only the
 * groups asked for (clearing multi-bit fields such as CSIZE first) and applies them now, after
 * output drains, or after a flush. Any baud rate, split input and output speeds, and the rate the
 * driver really took are handled through the kernel's termios2, with the standard Bxxx codes for
 * drivers that refuse arbitrary rates. Line settings print and parse as text ("115200,8N1"). Modem
 * lines, breaks, flow, window size, exclusive access, RS-485 and pseudo-terminal pairs have their
 * own calls, and the settings a program found can be put back on exit - also when it dies of a
 * signal.
 *
 * Calls that can wait (read, write, drain, a modem-line wait, a break, an open that waits for
 * carrier) hand EINTR back; the others retry it. A device that lacks a feature (a pseudo-terminal
 * has no modem lines and no RS-485) gives an error of class `unsupported`.
 *
 * See termios(3), ioctl_tty(2), pty(7).
 */
#ifndef FDKIT_TTY_H
#define FDKIT_TTY_H

#include <fdkit/common.h>

#if FDK__INLINE_WRAPPERS /* what the inline wrappers below use */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#endif

#include <unistd.h>
#include <fcntl.h>
#include <stdlib.h>
#include <signal.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <fdkit/tty-types.h> /* handwritten types the declarations below use */

FDK_BEGIN_DECLS

/**
 * A terminal, serial port or pseudo-terminal end. fdk_tty_borrow(0) wraps stdin without owning it:
 * closing the handle never closes fd 0.
 *
 * The descriptor is public: raw system calls can use `.fd`.  Initialise with
 * FDK_HANDLE_INIT; fdk_tty_close() releases it.
 * `borrowed` is non-zero for a handle made by fdk_tty_borrow(): closing
 * it only empties the handle and never closes the fd.
 */
typedef struct fdk_tty {
    int fd;
    unsigned char borrowed;
} fdk_tty;

/**
 * @name Flags for fdk_tty_open() and fdk_tty_pty_open().
 * - FDK_TTY_NONBLOCK: Non-blocking - reads with no input and writes to a full queue fail with
 *   -EAGAIN; the open itself does not wait for carrier.
 * - FDK_TTY_NOCTTY: Never becomes the controlling terminal. Always applied.
 * - FDK_TTY_CLOEXEC: Close on exec. Always applied.
 * - FDK_TTY_EXCL: Exclusive access - after the open, a non-blocking flock (other fdkit users,
 *   root included, get -EBUSY), then TIOCEXCL (other opens fail with EBUSY, except
 *   by root). fdk_tty_open() only.
 * @{
 */
#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */
#define FDK_TTY_NONBLOCK 0x00000800
#define FDK_TTY_NOCTTY   0x00000100
#define FDK_TTY_CLOEXEC  0x00080000
#define FDK_TTY_EXCL     0x10000000 /* fdkit's own bit */
#else /* an architecture without a lock: the system headers' values */
#define FDK_TTY_NONBLOCK O_NONBLOCK
#define FDK_TTY_NOCTTY   O_NOCTTY
#define FDK_TTY_CLOEXEC  O_CLOEXEC
#define FDK_TTY_EXCL     0x10000000 /* fdkit's own bit */
#endif
/** Every bit fdk_tty accepts in this set. */
#define FDK_TTY_OPEN_ALL (FDK_TTY_NONBLOCK | FDK_TTY_NOCTTY | FDK_TTY_CLOEXEC | FDK_TTY_EXCL)
/** @} */

/**
 * Open a terminal or serial port (O_RDWR | O_NOCTTY | O_CLOEXEC): it never becomes the controlling
 * terminal. A path that is not a terminal is -ENOTTY, with nothing left open. Without
 * FDK_TTY_NONBLOCK the open of a serial port can wait for carrier (DCD) unless CLOCAL is set.
 *
 * @param out    receives the handle (written only on success)
 * @param path   the device, e.g. /dev/ttyUSB0
 * @param flags  0 or FDK_TTY_NONBLOCK, FDK_TTY_EXCL
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Blocks unless the fd is
 * non-blocking. EINTR is returned, never retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES        no read and write permission on the device (often: not in the dialout group)
 *   -EBUSY         the device is in exclusive use (TIOCEXCL, or FDK_TTY_EXCL's lock)
 *   -EINTR         a signal handler ran before the call completed
 *   -EINVAL        a NULL argument or an unknown flag
 *   -EIO           the device failed to open
 *   -EISDIR        the path is a directory
 *   -ELOOP         too many symbolic links in the path
 *   -EMFILE        the per-process limit on open descriptors was reached
 *   -ENAMETOOLONG  the path is too long
 *   -ENFILE        the system-wide limit on open files was reached
 *   -ENODEV        the node's device does not exist
 *   -ENOENT        no such device
 *   -ENOLCK        FDK_TTY_EXCL: the kernel could not allocate the lock
 *   -ENOTDIR       a component of the path is not a directory
 *   -ENOTTY        the path is not a terminal (nothing is left open)
 *   -ENXIO         no device behind the node (unplugged adapter)
 */
FDK_EXPORT int fdk_tty_open(fdk_tty *out, const char *path, int flags);

/**
 * Whether fd is a terminal - 1 if it is, 0 if not (an open descriptor of another kind).
 *
 * @param fd  any descriptor
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF  fd is negative or not open
 */
FDK_EXPORT int fdk_tty_is_tty(int fd);

/**
 * Read up to len bytes (in canonical mode at most one line). 0 means end of input (the other side
 * hung up, or EOF typed in canonical mode). len 0 makes no system call.
 *
 * @param t    the tty (borrowed)
 * @param buf  where the bytes go
 * @param len  size of buf
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN  non-blocking and no input (or not enough for VMIN)
 *   -EBADF   t is negative or not an open descriptor
 *   -EFAULT  buf is outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal hung up, or a background process read its controlling terminal
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tty_read(fdk_tty t, void *buf, size_t len)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return t.fd < 0 ? -EBADF : 0;
    n = read(t.fd, buf, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tty_read(fdk_tty t, void *buf, size_t len);
#endif

/**
 * Write up to len bytes; returns how many were queued. len 0 makes no system call.
 *
 * @param t    the tty (borrowed)
 * @param buf  the bytes
 * @param len  how many
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN  non-blocking and the output queue is full (or output is suspended)
 *   -EBADF   t is negative or not an open descriptor
 *   -EFAULT  buf is outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal hung up, or a background process wrote with TOSTOP set
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tty_write(fdk_tty t, const void *buf, size_t len)
{
    ssize_t n;

    if (!buf && len > 0)
        return -EINVAL;
    if (len == 0)
        return t.fd < 0 ? -EBADF : 0;
    n = write(t.fd, buf, len);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tty_write(fdk_tty t, const void *buf, size_t len);
#endif

/**
 * Scatter read into iovcnt buffers; as fdk_tty_read(). No system call when iovcnt is 0.
 *
 * @param t       the tty (borrowed)
 * @param iov     buffers to fill
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred (0 = end of input), or a negative errno:
 *   -EAGAIN  non-blocking and no input
 *   -EBADF   t is negative or not an open descriptor
 *   -EFAULT  a buffer is outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal hung up
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tty_readv(fdk_tty t, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return t.fd < 0 ? -EBADF : 0;
    n = readv(t.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tty_readv(fdk_tty t, const struct iovec *iov, int iovcnt);
#endif

/**
 * Gather write from iovcnt buffers; as fdk_tty_write(). No system call when iovcnt is 0.
 *
 * @param t       the tty (borrowed)
 * @param iov     buffers to send
 * @param iovcnt  number of buffers, 0..IOV_MAX
 *
 * Blocks unless the fd is non-blocking. EINTR is returned, never retried. Since Linux 2.6.27,
 * glibc 2.9.
 *
 * @return the number of bytes transferred, or a negative errno:
 *   -EAGAIN  non-blocking and the output queue is full
 *   -EBADF   t is negative or not an open descriptor
 *   -EFAULT  a buffer is outside the address space
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal hung up
 */
#if FDK__INLINE_WRAPPERS
FDK_EXPORT FDK_INLINE ssize_t fdk_tty_writev(fdk_tty t, const struct iovec *iov, int iovcnt)
{
    ssize_t n;

    if (!iov && iovcnt > 0)
        return -EINVAL;
    if (iovcnt < 0 || iovcnt > FDK__IOV_MAX)
        return -EINVAL;
    if (iovcnt == 0)
        return t.fd < 0 ? -EBADF : 0;
    n = writev(t.fd, iov, iovcnt);
    if (n < 0)
        return FDK__NEG_ERRNO();
    return n;
}
#else
FDK_EXPORT ssize_t fdk_tty_writev(fdk_tty t, const struct iovec *iov, int iovcnt);
#endif

/**
 * Read the current settings, decoded: every group is filled and out->set holds every group -
 * except FLOW when the flags match no flow name (IXON without IXOFF, as a fresh terminal has):
 * `flow` is then the nearest name and iflags shows IXON/IXOFF, so handing the result back to
 * fdk_tty_set() changes nothing. The speeds are the rates the driver holds (arbitrary rates
 * included). A pseudo-terminal always reports 8 data bits, no parity and CREAD: its driver forces
 * them.
 *
 * @param t    the tty (borrowed)
 * @param out  receives the settings
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_get(fdk_tty t, struct fdk_tty_settings *out);

/**
 * Change the groups named in s->set and keep everything else: the current settings are read, the
 * groups are replaced (multi-bit fields such as CSIZE and the output delays are cleared first;
 * canonical mode sets ICANON), and the result is applied at the time `when` says. Every field is
 * checked before anything is changed. A standard rate is set with its Bxxx code, any other through
 * BOTHER; if the driver refuses BOTHER for a rate that has a code, the code is used. Drivers may
 * round a rate or ignore some settings without an error: read them back with fdk_tty_get() to see
 * what holds.
 *
 * @param t     the tty (borrowed)
 * @param s     the groups to change (s->set) and their values
 * @param when  FDK_TTY_NOW, FDK_TTY_DRAIN (after queued output is sent) or FDK_TTY_FLUSH (after
 *              that, discarding unread input)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  a field out of range (data bits, stop bits, parity, flow, a mask bit fdkit does not
 *            know, IXON/IXOFF in iflags_mask - they are `flow`), an unknown `when`, or a rate the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_set(fdk_tty t, const struct fdk_tty_settings *s, int when);

/**
 * Set the input and output rates (bits per second) now; ispeed 0 means the same as ospeed, ospeed
 * 0 hangs up (B0). Any rate; see fdk_tty_set().
 *
 * @param t       the tty (borrowed)
 * @param ispeed  input rate, or 0 for the output rate
 * @param ospeed  output rate; 0 hangs up
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  the driver refuses that rate
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_set_speed(fdk_tty t, uint32_t ispeed, uint32_t ospeed);

/**
 * The input and output rates the driver holds, in bits per second.
 *
 * @param t           the tty (borrowed)
 * @param ret_ispeed  receives the input rate
 * @param ret_ospeed  receives the output rate
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_get_speed(fdk_tty t, uint32_t *ret_ispeed, uint32_t *ret_ospeed);

/**
 * Take a snapshot of the settings, for fdk_tty_restore() - also from a signal handler.
 *
 * @param t    the tty (borrowed)
 * @param out  receives the snapshot
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  out is NULL
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_save(fdk_tty t, struct fdk_tty_saved *out);

/**
 * Put a snapshot back, now. Async-signal-safe (one ioctl, no memory allocation, no locks), so a
 * signal handler can leave the terminal as the program found it.
 *
 * @param t      the tty (borrowed)
 * @param saved  a snapshot from fdk_tty_save()
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  saved is NULL or was not written by fdk_tty_save()
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_restore(fdk_tty t, const struct fdk_tty_saved *saved);

/**
 * Restore saved to the terminal when the process exits (atexit) or dies of a signal whose action
 * is still the default (SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGABRT, SIGSEGV, SIGBUS, SIGILL,
 * SIGFPE): the handler restores every registered terminal, then lets the signal kill the process
 * as it would have. A program with its own handlers calls fdk_tty_restore() from them. saved NULL
 * removes t's registration: do that before closing the fd, or a later terminal given the same fd
 * number gets these settings. Registering an fd again replaces its snapshot. _exit() restores
 * nothing; a forked child does not restore its parent's terminals (it registers its own).
 * Thread-safe, but not async-signal-safe.
 *
 * @param t      the tty (borrowed)
 * @param saved  the snapshot to restore, or NULL to unregister
 *
 * Never blocks. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   the handle's fd is negative (an fd that is not open is not detected: registering
 *            never touches it)
 *   -EINVAL  saved was not written by fdk_tty_save()
 *   -ENOMEM  atexit() could not register the exit hook (nothing was registered)
 *   -ENOSPC  8 terminals are registered already
 */
FDK_EXPORT int fdk_tty_restore_on_exit(fdk_tty t, const struct fdk_tty_saved *saved);

/**
 * The modem lines (FDK_TTY_DTR, _RTS, _CTS, _DSR, _DCD, _RI) that are asserted now.
 *
 * @param t          the tty (borrowed)
 * @param ret_lines  receives the lines
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_modem_get(fdk_tty t, unsigned int *ret_lines);

/**
 * Set DTR and RTS to exactly lines. The other output bits a UART has (OUT1, OUT2, LOOP - OUT2
 * gates a PC 8250's interrupt) are read first and kept, which a bare TIOCMSET would clear.
 *
 * @param t      the tty (borrowed)
 * @param lines  FDK_TTY_DTR and/or FDK_TTY_RTS (other bits are -EINVAL)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_modem_set(fdk_tty t, unsigned int lines);

/**
 * Assert DTR and/or RTS (TIOCMBIS); other lines keep their state.
 *
 * @param t      the tty (borrowed)
 * @param lines  FDK_TTY_DTR and/or FDK_TTY_RTS
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_modem_raise(fdk_tty t, unsigned int lines);

/**
 * Drop DTR and/or RTS (TIOCMBIC).
 *
 * @param t      the tty (borrowed)
 * @param lines  FDK_TTY_DTR and/or FDK_TTY_RTS
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_modem_lower(fdk_tty t, unsigned int lines);

/**
 * Wait until one of the input lines in `lines` (CTS, DSR, DCD, RI) changes (TIOCMIWAIT);
 * fdk_tty_icount() then tells which and how often.
 *
 * @param t      the tty (borrowed)
 * @param lines  FDK_TTY_CTS, _DSR, _DCD and/or _RI
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_modem_wait(fdk_tty t, unsigned int lines);

/**
 * The driver's counters - line changes, bytes received and sent, framing, overrun and parity
 * errors, breaks (TIOCGICOUNT).
 *
 * @param t    the tty (borrowed)
 * @param out  receives the counters
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_icount(fdk_tty t, struct fdk_tty_icount *out);

/**
 * Send a break (zero bits) for 0.25 to 0.5 seconds (tcsendbreak); waits until it is done.
 *
 * @param t  the tty (borrowed)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINTR   a signal handler ran before the call completed
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_send_break(fdk_tty t);

/**
 * Start (on != 0) or stop a break held for as long as the caller wants (TIOCSBRK / TIOCCBRK).
 *
 * @param t   the tty (borrowed)
 * @param on  non-zero starts the break, 0 stops it
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_break(fdk_tty t, int on);

/**
 * Discard data received but not read (FDK_TTY_INPUT), written but not sent (FDK_TTY_OUTPUT), or
 * both.
 *
 * @param t      the tty (borrowed)
 * @param queue  FDK_TTY_INPUT, FDK_TTY_OUTPUT or FDK_TTY_BOTH
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  an unknown queue
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_flush(fdk_tty t, int queue);

/**
 * Wait until everything written has been sent (tcdrain).
 *
 * @param t  the tty (borrowed)
 *
 * May block (until the work is done, an event or a signal). EINTR is returned, never retried.
 * Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINTR   a signal handler ran before the call completed
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_drain(fdk_tty t);

/**
 * Bytes waiting: received and not yet read (TIOCINQ), and written and not yet sent (TIOCOUTQ). An
 * event loop can watch the output count fall to 0 instead of blocking in fdk_tty_drain(), which
 * flow control can hold up forever.
 *
 * @param t        the tty (borrowed)
 * @param ret_in   receives the input count; may be NULL
 * @param ret_out  receives the output count; may be NULL (not both)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  both pointers are NULL
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_pending(fdk_tty t, unsigned int *ret_in, unsigned int *ret_out);

/**
 * Suspend or resume output (FDK_TTY_SUSPEND_OUTPUT / _RESUME_OUTPUT), or send STOP / START to the
 * other side (FDK_TTY_SUSPEND_INPUT / _RESUME_INPUT).
 *
 * @param t       the tty (borrowed)
 * @param action  an enum fdk_tty_flow_action value
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  an unknown action
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_flow(fdk_tty t, int action);

/**
 * The session id of the session whose controlling terminal this is (tcgetsid). On a terminal or
 * pty slave the kernel answers only for the caller's own controlling terminal; on a pty master it
 * gives the session its slave controls.
 *
 * @param t  the tty (borrowed)
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return a non-negative result on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EIO     the terminal was hung up (a pty slave whose master is closed)
 *   -ENOTTY  not a terminal, or not the controlling terminal of any session
 */
FDK_EXPORT int fdk_tty_session(fdk_tty t);

/**
 * The window size in rows and columns (and pixels, where the terminal reports them).
 *
 * @param t    the tty (borrowed)
 * @param out  receives the size
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_winsize_get(fdk_tty t, struct fdk_tty_winsize *out);

/**
 * Set the window size (a terminal emulator does this on its pty master); the foreground process
 * group gets SIGWINCH.
 *
 * @param t   the tty (borrowed)
 * @param ws  the new size
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_winsize_set(fdk_tty t, const struct fdk_tty_winsize *ws);

/**
 * Turn exclusive mode on (TIOCEXCL - further opens fail with EBUSY, except by root) or off
 * (TIOCNXCL). The mode belongs to the terminal, not to a descriptor: it stays on after this handle
 * is closed while other descriptors keep the terminal open.
 *
 * @param t   the tty (borrowed)
 * @param on  non-zero: exclusive; 0: shared
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EIO     the terminal was hung up or the device failed
 *   -ENOTTY  the descriptor is not a terminal
 */
FDK_EXPORT int fdk_tty_exclusive(fdk_tty t, int on);

/**
 * The RS-485 settings of the port (TIOCGRS485).
 *
 * @param t    the tty (borrowed)
 * @param out  receives the settings
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_rs485_get(fdk_tty t, struct fdk_tty_rs485 *out);

/**
 * Configure RS-485 - enable it, RTS during and after sending, the delays around a send, receiving
 * while sending (TIOCSRS485).
 *
 * @param t   the tty (borrowed)
 * @param in  the settings
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   t is negative or not an open descriptor
 *   -EINVAL  a NULL pointer, a line or flag bit outside those the call takes, or a setting the
 *            driver refuses
 *   -EIO     the terminal was hung up or the device failed
 *   -ENODEV  the device is gone (a USB adapter was unplugged)
 *   -ENOTTY  not a terminal, or a terminal without this feature (a pseudo-terminal has no modem
 *            lines, counters or RS-485; a port without RS-485)
 */
FDK_EXPORT int fdk_tty_rs485_set(fdk_tty t, const struct fdk_tty_rs485 *in);

/**
 * Make a pseudo-terminal pair: the master (what a terminal emulator holds) and the slave (what the
 * program in it uses). Both are close-on-exec and neither becomes a controlling terminal. On any
 * failure both are closed and neither handle is written.
 *
 * @param master  receives the master (written only on success)
 * @param slave   receives the slave (written only on success)
 * @param flags   0 or FDK_TTY_NONBLOCK (both ends)
 *
 * The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked. Never blocks. Since Linux
 * 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EACCES  the slave could not be opened
 *   -EINVAL  a NULL handle or an unknown flag
 *   -EMFILE  the per-process limit on open descriptors was reached
 *   -ENFILE  the system-wide limit on open files was reached
 *   -ENOENT  no /dev/ptmx (devpts is not mounted)
 *   -ENOMEM  no kernel memory for a new pair
 *   -ENOSPC  the system's limit on pseudo-terminals (kernel.pty.max) was reached
 */
FDK_EXPORT int fdk_tty_pty_open(fdk_tty *master, fdk_tty *slave, int flags);

/**
 * The path of the slave of a pty master (ptsname_r), e.g. /dev/pts/3.
 *
 * @param master  the tty (borrowed)
 * @param buf     receives the NUL-terminated path
 * @param size    size of buf
 *
 * Never blocks. EINTR is retried. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success, or a negative errno:
 *   -EBADF   master is negative or not an open descriptor
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 *   -ENOTTY  not a pty master
 *   -ERANGE  buf is too small
 */
FDK_EXPORT int fdk_tty_pty_name(fdk_tty master, char *buf, size_t size);

/**
 * Close the tty and set its fd to -1. A no-op returning 0 when the fd is already -1. A borrowed
 * handle (fdk_tty_borrow()) is only emptied: its fd is never closed.
 *
 * @param h  handle to close; its fd is set to -1
 *
 * Never blocks. Never retried; EINTR counts as closed. Since Linux 2.6.27, glibc 2.9.
 *
 * @return 0 on success (also when already closed), or a negative errno:
 *   -EBADF   the fd was not open (closed twice elsewhere?)
 *   -EINVAL  an argument is invalid (NULL pointer, unknown flag or value)
 */
FDK_EXPORT int fdk_tty_close(fdk_tty *h);

/** Wrap fd, which the caller owned, in a handle that now owns it. */
static inline fdk_tty fdk_tty_adopt(int fd)
{
    fdk_tty h;
    h.fd = fd;
    h.borrowed = 0;
    return h;
}

/**
 * Wrap fd without taking ownership: fdk_tty_close() on the result
 * empties the handle but never closes fd (the caller, or nobody, does).
 */
static inline fdk_tty fdk_tty_borrow(int fd)
{
    fdk_tty h;
    h.fd = fd;
    h.borrowed = 1;
    return h;
}

/**
 * Give up ownership: return the fd (the caller now owns it) and leave the
 * handle empty (-1).  -EINVAL if h is NULL.
 */
static inline int fdk_tty_release(fdk_tty *h)
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

#endif /* FDKIT_TTY_H */
