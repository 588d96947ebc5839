/* SPDX-License-Identifier: MIT */
/*
 * The kernel's termios2 interface, as fdkit's tty sources use it.  Internal:
 * not installed, names use the fdk__ prefix.
 *
 * Why a separate layer: glibc's <termios.h> and the kernel's
 * <asm/termbits.h> define the same names (struct termios, NCCS, the B*
 * rates) differently, so no translation unit can include both.  Only
 * runtime/tty/tty-termios2.c includes the kernel headers; everything else works
 * on struct fdk__termios2 below, which carries the same fields with fixed
 * width types, and takes the flag values (CSIZE, ICANON, VMIN...) from
 * glibc's <termios.h>, which on Linux are the kernel's values.
 *
 * The speed bits of c_cflag (CBAUD, CBAUDEX/BOTHER, CIBAUD) belong to this
 * layer: callers change speeds only through fdk__tty_speed_encode() and read
 * them with fdk__tty_speed_decode().
 *
 * Every function here is async-signal-safe (no allocation, no locks, no
 * stdio) and leaves errno as it found it, so a signal handler may restore a
 * terminal with fdk__tty_set2(fd, &saved, FDK_TTY_NOW).
 */
#ifndef FDK_TTY_INTERNAL_H
#define FDK_TTY_INTERNAL_H

#include <stdint.h>

#include <fdkit/tty-types.h>

/* The kernel's struct termios2, field by field (its layout differs between
 * architectures; tty-termios2.c copies member by member). */
struct fdk__termios2 {
    uint32_t iflag;            /* c_iflag */
    uint32_t oflag;            /* c_oflag */
    uint32_t cflag;            /* c_cflag, speed bits included */
    uint32_t lflag;            /* c_lflag */
    uint8_t line;              /* c_line: the line discipline */
    uint8_t cc[FDK_TTY_NCCS];  /* c_cc */
    uint32_t ispeed;           /* c_ispeed: as the kernel reports it (the real input rate) */
    uint32_t ospeed;           /* c_ospeed: the real output rate */
};

/* Fits the public opaque snapshot (fdk_tty_save / fdk_tty_restore). */
_Static_assert(sizeof(struct fdk__termios2) <= sizeof(struct fdk_tty_saved),
               "struct fdk_tty_saved is too small for a termios2 snapshot");

/*
 * TCGETS2.  0 or -errno (-EBADF, -ENOTTY for a non-terminal, -EIO for a
 * hung-up one).  EINTR is retried.  *out is written only on success.
 */
int fdk__tty_get2(int fd, struct fdk__termios2 *out);

/*
 * TCSETS2 (when = FDK_TTY_NOW), TCSETSW2 (FDK_TTY_DRAIN) or TCSETSF2
 * (FDK_TTY_FLUSH).  0 or -errno; -EINVAL for another `when`.  EINTR is
 * retried for NOW (it does not wait) and handed back for DRAIN and FLUSH,
 * which wait for the output to drain.  The kernel recomputes c_ispeed and
 * c_ospeed from the speed bits, so a snapshot from fdk__tty_get2() can be
 * written back as it is.
 */
int fdk__tty_set2(int fd, const struct fdk__termios2 *in, int when);

/*
 * Put rates into t: the cflag speed bits (CBAUD, CIBAUD) and ispeed /
 * ospeed.  A rate that has a standard Bxxx code is written as that code
 * (drivers that do not know BOTHER understand it), any other rate as BOTHER
 * with the rate in c_ospeed / c_ispeed.  ospeed 0 is B0 (hang up); ispeed 0,
 * or ispeed == ospeed, leaves CIBAUD at 0, which the kernel reads as "the
 * input rate is the output rate".  Never fails.
 */
void fdk__tty_speed_encode(struct fdk__termios2 *t, uint32_t ispeed, uint32_t ospeed);

/*
 * The rates t holds, in bits per second: c_ispeed / c_ospeed when the kernel
 * filled them, else decoded from the speed bits (an input field of 0 means
 * the output rate).
 */
void fdk__tty_speed_decode(const struct fdk__termios2 *t, uint32_t *ret_ispeed, uint32_t *ret_ospeed);

/*
 * A rate's standard Bxxx code, with BOTHER for "no code": 1 and *ret_code
 * set when rate has one (0 has one: B0), 0 otherwise.
 */
int fdk__tty_speed_code(uint32_t rate, uint32_t *ret_code);

#endif /* FDK_TTY_INTERNAL_H */
