/* SPDX-License-Identifier: MIT */
/**
 * @file fdkit/tty-types.h
 * Terminal and serial-line settings as plain data, and the records the tty
 * calls fill in, used by fdkit/tty.h (included by it; never needed alone).
 *
 * struct fdk_tty_settings describes a terminal's configuration in decoded
 * form: baud rates in bits per second, the character frame (data bits,
 * stop bits, parity), flow control, the line-discipline mode (canonical,
 * echo, signals) and the remaining raw flag words and control characters.
 * Every group can be left out (its FDK_TTY_SET_* bit clear in `set`), so
 * fdk_tty_set() changes only what the caller names and keeps the rest of
 * what the terminal already has (read-modify-write).
 *
 * This header does not include <termios.h> (glibc's termios and the
 * kernel's termios2 cannot be mixed): the raw flag words `iflags` and
 * `oflags` hold the values of the c_iflag / c_oflag constants, which a
 * caller takes from <termios.h> (ICRNL, ONLCR, NLDLY...), and `cc` is
 * indexed by VINTR...VEOL2 from the same header.
 *
 * The pure helpers declared here (fdk_tty_settings_raw(),
 * fdk_tty_settings_canonical(), fdk_tty_line_parse(), fdk_tty_line_format())
 * make no system call.
 *
 * Line settings as text (fdk_tty_line_parse() reads it, fdk_tty_line_format()
 * writes it):
 *
 *     115200,8N1             rate, frame
 *     9600 7E1 rtscts        parts separated by blanks and/or one ',' (no empty part)
 *     19200,8O2,xonxoff      flow: none | rtscts | xonxoff
 *     9600/115200,8N1        split speed: OUTPUT/INPUT rate
 *     8M1                    any part may be left out (here: rate and flow)
 *
 * A frame is one digit 5-8 (data bits), one letter N, E, O, M or S (parity
 * none/even/odd/mark/space, either case) and one digit 1 or 2 (stop bits).
 */
#ifndef FDKIT_TTY_TYPES_H
#define FDKIT_TTY_TYPES_H

#include <fdkit/common.h>

#include <stddef.h>
#include <stdint.h>

FDK_BEGIN_DECLS

/**
 * Number of control characters carried in fdk_tty_settings.cc: the kernel's
 * NCCS for struct termios2 (19 on every architecture Linux has; glibc's
 * struct termios is larger, but the kernel only keeps these).
 */
#define FDK_TTY_NCCS 19

/** Parity (fdk_tty_settings.parity). */
enum fdk_tty_parity {
    FDK_TTY_PARITY_NONE,  /**< no parity bit */
    FDK_TTY_PARITY_EVEN,  /**< PARENB */
    FDK_TTY_PARITY_ODD,   /**< PARENB | PARODD */
    FDK_TTY_PARITY_MARK,  /**< PARENB | CMSPAR | PARODD: the parity bit is always 1 */
    FDK_TTY_PARITY_SPACE  /**< PARENB | CMSPAR: the parity bit is always 0 */
};

/** Flow control (fdk_tty_settings.flow). */
enum fdk_tty_flow {
    FDK_TTY_FLOW_NONE,    /**< neither CRTSCTS nor IXON/IXOFF */
    FDK_TTY_FLOW_RTSCTS,  /**< hardware: CRTSCTS */
    FDK_TTY_FLOW_XONXOFF  /**< software: IXON | IXOFF (IXANY is a separate input flag) */
};

/** When fdk_tty_set() applies the change (TCSANOW, TCSADRAIN, TCSAFLUSH). */
enum fdk_tty_when {
    FDK_TTY_NOW,   /**< at once */
    FDK_TTY_DRAIN, /**< after all queued output has been sent (waits; -EINTR handed back) */
    FDK_TTY_FLUSH  /**< after queued output has been sent; queued input is discarded (waits) */
};

/** Which queue fdk_tty_flush() discards (TCIFLUSH, TCOFLUSH, TCIOFLUSH). */
enum fdk_tty_queue {
    FDK_TTY_INPUT,  /**< data received and not read */
    FDK_TTY_OUTPUT, /**< data written and not sent */
    FDK_TTY_BOTH    /**< both */
};

/** What fdk_tty_flow() does (TCOOFF, TCOON, TCIOFF, TCION). */
enum fdk_tty_flow_action {
    FDK_TTY_SUSPEND_OUTPUT, /**< stop sending */
    FDK_TTY_RESUME_OUTPUT,  /**< restart sending */
    FDK_TTY_SUSPEND_INPUT,  /**< send a STOP character */
    FDK_TTY_RESUME_INPUT    /**< send a START character */
};

/*
 * Groups of struct fdk_tty_settings: which ones fdk_tty_set() applies
 * (fdk_tty_settings.set); fdk_tty_get() fills every group and reports
 * FDK_TTY_SET_ALL.
 */
#define FDK_TTY_SET_SPEED   (1u << 0) /**< ispeed, ospeed */
#define FDK_TTY_SET_FRAME   (1u << 1) /**< data_bits, stop_bits, parity */
#define FDK_TTY_SET_FLOW    (1u << 2) /**< flow */
#define FDK_TTY_SET_CONTROL (1u << 3) /**< cread, hupcl, clocal */
#define FDK_TTY_SET_MODE    (1u << 4) /**< canonical, echo..., isig, noflsh, iexten, tostop */
#define FDK_TTY_SET_IFLAGS  (1u << 5) /**< iflags, under iflags_mask */
#define FDK_TTY_SET_OFLAGS  (1u << 6) /**< oflags, under oflags_mask */
#define FDK_TTY_SET_CC      (1u << 7) /**< cc[i] for each bit i of cc_mask */
#define FDK_TTY_SET_ALL     0xffu     /**< every group */

/**
 * A terminal's settings, decoded.
 *
 * Start from `struct fdk_tty_settings s = {0};`, fill the groups to change
 * and set their FDK_TTY_SET_* bits in `set`; fdk_tty_set() reads the
 * terminal's current settings, changes those groups only, and writes the
 * result back.  Members of groups not in `set` are ignored.  The 0/1
 * members must be 0 or 1 (anything else is -EINVAL, like every other out of
 * range value of a group in `set`).
 *
 * fdk_tty_get() fills every member: `iflags` / `oflags` hold the whole
 * c_iflag / c_oflag (IXON and IXOFF included, for information),
 * `iflags_mask` / `oflags_mask` every bit fdk_tty_set() accepts, `cc_mask`
 * every index, and `set` is FDK_TTY_SET_ALL - except that FDK_TTY_SET_FLOW
 * is left out when the flow bits are in a state no enum fdk_tty_flow value
 * names (IXON without IXOFF, the usual state of a fresh terminal; IXOFF
 * without IXON; CRTSCTS together with IXON or IXOFF): `flow` then holds the
 * nearest name (RTSCTS if CRTSCTS is on, else XONXOFF).  So the result of
 * fdk_tty_get() handed to fdk_tty_set() unchanged changes nothing.
 *
 * Flag words hold the values of <termios.h> (c_iflag, c_oflag) and `cc` is
 * indexed by its VINTR...VEOL2, VMIN and VTIME.
 */
struct fdk_tty_settings {
    uint32_t set;            /**< FDK_TTY_SET_* groups meant (set) or filled (get: FDK_TTY_SET_ALL) */
    uint32_t ispeed;         /**< input rate in bits/s; on set, 0 = same as ospeed (SPEED group) */
    uint32_t ospeed;         /**< output rate in bits/s, any value > 0 (arbitrary rates);
                                  0 = hang up (B0: DTR dropped) (SPEED group) */
    uint8_t data_bits;       /**< 5..8 (CSIZE); on set, 0 = keep (FRAME group) */
    uint8_t stop_bits;       /**< 1 or 2 (CSTOPB); on set, 0 = keep (FRAME group) */
    uint8_t parity;          /**< enum fdk_tty_parity (PARENB, PARODD, CMSPAR) (FRAME group) */
    uint8_t flow;            /**< enum fdk_tty_flow (CRTSCTS, IXON|IXOFF) (FLOW group) */
    uint8_t cread;           /**< 0/1: CREAD, the receiver is enabled (CONTROL group) */
    uint8_t hupcl;           /**< 0/1: HUPCL, lower the modem lines on last close (CONTROL group) */
    uint8_t clocal;          /**< 0/1: CLOCAL, ignore the modem status lines (CONTROL group) */
    uint8_t canonical;       /**< 0/1: ICANON, line by line input with editing (MODE group) */
    uint8_t echo;            /**< 0/1: ECHO (MODE group) */
    uint8_t echoe;           /**< 0/1: ECHOE, ERASE erases the previous character (MODE group) */
    uint8_t echok;           /**< 0/1: ECHOK, KILL erases the line (MODE group) */
    uint8_t echonl;          /**< 0/1: ECHONL, echo NL even without ECHO (MODE group) */
    uint8_t echoctl;         /**< 0/1: ECHOCTL, echo control characters as ^X (MODE group) */
    uint8_t echoke;          /**< 0/1: ECHOKE, KILL erases each character of the line (MODE group) */
    uint8_t isig;            /**< 0/1: ISIG, INTR/QUIT/SUSP send signals (MODE group) */
    uint8_t noflsh;          /**< 0/1: NOFLSH, no flush on INTR/QUIT/SUSP (MODE group) */
    uint8_t iexten;          /**< 0/1: IEXTEN, extended input processing (LNEXT, WERASE...) (MODE group) */
    uint8_t tostop;          /**< 0/1: TOSTOP, SIGTTOU for background writes (MODE group) */
    uint32_t iflags;         /**< c_iflag bits: IXANY, ICRNL, ISTRIP, INLCR, IGNCR, BRKINT, IGNBRK,
                                  INPCK, PARMRK, IGNPAR, IMAXBEL, IUTF8, IUCLC (IFLAGS group) */
    uint32_t iflags_mask;    /**< the iflags bits meant; others are kept.  IXON and IXOFF belong to
                                  `flow`: the mask may name them only when FLOW is not in `set`
                                  (raw mode clears IXON alone); any other bit outside the list
                                  above is -EINVAL */
    uint32_t oflags;         /**< c_oflag bits: OPOST, ONLCR, OCRNL, ONOCR, ONLRET, OFILL, OFDEL,
                                  OLCUC, and the delay fields NLDLY, CRDLY, TABDLY, BSDLY, VTDLY,
                                  FFDLY (OFLAGS group) */
    uint32_t oflags_mask;    /**< the oflags bits meant; a delay field partly in the mask is
                                  cleared and set as a whole from oflags; bits outside the list
                                  are -EINVAL */
    uint8_t cc[FDK_TTY_NCCS]; /**< control characters by VINTR...VEOL2 index (VMIN, VTIME) (CC group) */
    uint32_t cc_mask;        /**< bit i: cc[i] is meant; bits >= FDK_TTY_NCCS are -EINVAL */
};

/**
 * A raw snapshot of a terminal's settings (the kernel's termios2), taken by
 * fdk_tty_save() and put back by fdk_tty_restore() (async-signal-safe).
 * Opaque: copy it as a whole.
 */
struct fdk_tty_saved {
    unsigned char opaque[64]; /**< do not interpret */
};

/** Modem-line and error counters of a serial port (TIOCGICOUNT). */
struct fdk_tty_icount {
    uint32_t cts;         /**< CTS transitions */
    uint32_t dsr;         /**< DSR transitions */
    uint32_t rng;         /**< RI transitions */
    uint32_t dcd;         /**< DCD transitions */
    uint32_t rx;          /**< characters received */
    uint32_t tx;          /**< characters sent */
    uint32_t frame;       /**< framing errors */
    uint32_t overrun;     /**< hardware overruns */
    uint32_t parity;      /**< parity errors */
    uint32_t brk;         /**< breaks received */
    uint32_t buf_overrun; /**< receive-buffer overruns */
};

/** RS-485 configuration (TIOCGRS485 / TIOCSRS485). */
struct fdk_tty_rs485 {
    uint32_t flags;                   /**< FDK_TTY_RS485_* */
    uint32_t delay_rts_before_send_ms; /**< RTS delay before sending, in milliseconds */
    uint32_t delay_rts_after_send_ms;  /**< RTS delay after sending, in milliseconds */
};

/* RS-485 flags: the same bits as the kernel's SER_RS485_*. */
#define FDK_TTY_RS485_ENABLED        (1u << 0) /**< RS-485 mode on */
#define FDK_TTY_RS485_RTS_ON_SEND    (1u << 1) /**< RTS level while sending is high */
#define FDK_TTY_RS485_RTS_AFTER_SEND (1u << 2) /**< RTS level after sending is high */
#define FDK_TTY_RS485_RX_DURING_TX   (1u << 4) /**< keep receiving while sending */

/* Modem lines: the same bits as the kernel's TIOCM_*. */
#define FDK_TTY_DTR 0x002 /**< data terminal ready (out) */
#define FDK_TTY_RTS 0x004 /**< request to send (out) */
#define FDK_TTY_CTS 0x020 /**< clear to send (in) */
#define FDK_TTY_DCD 0x040 /**< data carrier detect (in; TIOCM_CAR) */
#define FDK_TTY_RI  0x080 /**< ring indicator (in; TIOCM_RNG) */
#define FDK_TTY_DSR 0x100 /**< data set ready (in) */

/** A terminal's window size (TIOCGWINSZ / TIOCSWINSZ). */
struct fdk_tty_winsize {
    uint16_t rows;   /**< rows, in characters */
    uint16_t cols;   /**< columns, in characters */
    uint16_t xpixel; /**< width in pixels (often 0) */
    uint16_t ypixel; /**< height in pixels (often 0) */
};

/**
 * Size of a buffer that holds any text fdk_tty_line_format() writes, NUL
 * included ("4294967295/4294967295,8N2,xonxoff" is 34 bytes).
 */
#define FDK_TTY_LINE_STRLEN 64

/**
 * Add raw mode to a settings record: what cfmakeraw(3) changes, and the
 * echo variants, which have no effect once ECHO and ICANON are off.
 *
 * @param s  the record to change; the groups it touches are added to s->set,
 *           the other groups and members are left as they are
 *
 * After the call:
 * - MODE: canonical, echo, echoe, echok, echonl, echoctl, echoke, isig and
 *   iexten are 0 (no line editing, no echo, no signals); noflsh and tostop
 *   keep the values *s holds (start from fdk_tty_get() to keep the
 *   terminal's, as cfmakeraw does);
 * - IFLAGS: IGNBRK, BRKINT, PARMRK, ISTRIP, INLCR, IGNCR and ICRNL are added
 *   to iflags_mask and cleared in iflags;
 * - OFLAGS: OPOST is added to oflags_mask and cleared (no output processing);
 * - FRAME: data_bits 8, parity none; stop_bits is kept if FRAME was in
 *   s->set already, else 0 (= the terminal keeps its stop bits).  To keep a
 *   line's frame and flow, parse the line after this call
 *   (fdk_tty_line_parse() only changes the groups the text names);
 * - IXON is cleared through iflags_mask, as cfmakeraw does, when FLOW is not
 *   in s->set; IXOFF and RTS/CTS flow control stay as they are (a port that
 *   uses hardware flow control keeps it).  A flow chosen in *s is kept;
 * - CC: VMIN = 1, VTIME = 0 (a read waits for at least one byte).
 *
 * No system call; never fails (a NULL s is ignored).
 */
FDK_EXPORT void fdk_tty_settings_raw(struct fdk_tty_settings *s);

/**
 * Add canonical ("cooked") mode to a settings record, the usual interactive
 * setup of a terminal.
 *
 * @param s  the record to change; the groups it touches are added to s->set
 *           (MODE, IFLAGS, OFLAGS), the others are left as they are
 *
 * After the call: canonical, echo, echoe, echok, isig and iexten are 1 and
 * echonl 0 (echoctl, echoke, noflsh and tostop are kept as they are in *s);
 * ICRNL is set in iflags (and added to iflags_mask); OPOST and ONLCR are set
 * in oflags (and added to oflags_mask).
 *
 * No system call; never fails (a NULL s is ignored).
 */
FDK_EXPORT void fdk_tty_settings_canonical(struct fdk_tty_settings *s);

/**
 * Parse line settings written as text: "115200,8N1", "9600 7E1 rtscts",
 * "19200,8O2,xonxoff", "9600/115200,8N1" (see the top of this header).
 *
 * @param out      the settings to change: the groups the text names (SPEED,
 *                 FRAME, FLOW) are written and added to out->set; every other
 *                 member keeps its value, so fdk_tty_settings_raw() followed by
 *                 this call gives raw mode with the line's frame and flow (a
 *                 parsed flow also takes IXON/IXOFF out of iflags_mask).  A
 *                 single rate goes to both ispeed and ospeed.  Written only on
 *                 success; start from a zeroed struct for the line alone.
 * @param text     the text: parts separated by blanks (spaces, tabs) and/or
 *                 one ',', leading and trailing blanks allowed; each part at
 *                 most once, in any order: a rate (decimal, 1 to
 *                 4294967295 bits/s, or OUT/IN for split speeds), a frame
 *                 (<5-8><N|E|O|M|S><1|2>), a flow word (none, rtscts,
 *                 xonxoff; either case)
 * @param ret_why  if not NULL, receives on failure (only) an English sentence
 *                 that names the bad part: "data bits must be 5-8 in '9O1'",
 *                 "unknown word 'rtcts'", "rate given twice"...
 *
 * No system call.  The sentence lives in a per-thread buffer that the next
 * failing call in the same thread overwrites; copy it to keep it.
 *
 * @return 0 on success, or a negative errno:
 *   -EINVAL  out or text is NULL, the text is empty, a part is malformed, out
 *            of range or given twice (*ret_why says which)
 */
FDK_EXPORT int fdk_tty_line_parse(struct fdk_tty_settings *out, const char *text, const char **ret_why);

/**
 * Write line settings as text that fdk_tty_line_parse() reads back.
 *
 * @param s     the settings; the parts written are those of the groups in
 *              s->set: SPEED as "115200" (or "OUT/IN" when ispeed is neither
 *              0 nor ospeed), FRAME as "8N1" (data bits and stop bits that are
 *              0, meaning keep, make the call fail), FLOW as "none",
 *              "rtscts" or "xonxoff" (text without a flow word parses as
 *              "keep the flow control"), joined by ','; other groups are ignored
 * @param buf   receives the NUL-terminated text (untouched on failure)
 * @param size  size of buf; FDK_TTY_LINE_STRLEN is always enough
 *
 * No system call.
 *
 * @return the length of the text (without the NUL) on success, or a negative
 *         errno:
 *   -EINVAL  s or buf is NULL, none of SPEED, FRAME, FLOW is in s->set, or a
 *            member of those groups is out of range (ospeed 0 - hang up - has
 *            no text form)
 *   -ERANGE  size is too small
 */
FDK_EXPORT int fdk_tty_line_format(const struct fdk_tty_settings *s, char *buf, size_t size);

FDK_END_DECLS

#endif /* FDKIT_TTY_TYPES_H */
