#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write the seed corpora of fuzz/ (deterministic: same bytes every run).

    python3 fuzz/make-seeds.py            # rewrites fuzz/corpus/<every target>/seed-*

Records are struct inotify_event as the kernel lays them out on Linux
(int wd, uint32 mask, uint32 cookie, uint32 len, then len bytes of name,
NUL-terminated and NUL-padded to a multiple of 4; the kernel pads to 16).
Only files named seed-* are rewritten: inputs a fuzzer found (crash-*,
regress-*) are kept.  Host byte order (little endian on every arch the
project builds for in CI).
"""
import os
import struct
import sys

IN_ACCESS, IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE = 0x1, 0x2, 0x4, 0x8
IN_CLOSE_NOWRITE, IN_OPEN, IN_MOVED_FROM, IN_MOVED_TO = 0x10, 0x20, 0x40, 0x80
IN_CREATE, IN_DELETE, IN_DELETE_SELF, IN_MOVE_SELF = 0x100, 0x200, 0x400, 0x800
IN_UNMOUNT, IN_Q_OVERFLOW, IN_IGNORED, IN_ISDIR = 0x2000, 0x4000, 0x8000, 0x40000000

HDR = struct.Struct("=iIII")


def rec(wd, mask, cookie=0, name=None, pad=16, length=None):
    """One record; name padded with NULs to a multiple of pad (the kernel's 16)."""
    if name is None:
        payload = b""
    else:
        raw = name.encode() if isinstance(name, str) else name
        n = len(raw) + 1
        n = (n + pad - 1) // pad * pad
        payload = raw + b"\0" * (n - len(raw))
    return HDR.pack(wd, mask, cookie, len(payload) if length is None else length) + payload


def next_seeds():
    s = {}
    s["empty"] = b""
    s["one-noname"] = rec(1, IN_MODIFY)
    s["one-name"] = rec(1, IN_CREATE, name="f1")
    s["batch"] = (rec(1, IN_CREATE | IN_ISDIR, name="a") + rec(2, IN_OPEN | IN_ISDIR) +
                  rec(1, IN_MODIFY, name="f1") + rec(1, IN_CLOSE_WRITE, name="f1") +
                  rec(1, IN_DELETE, name="f1"))
    s["move-pair"] = (rec(1, IN_MOVED_FROM, 0x1234, name="old") + rec(3, IN_ACCESS, name="x") +
                      rec(2, IN_MOVED_TO, 0x1234, name="new"))
    s["move-unpaired"] = rec(1, IN_MOVED_FROM | IN_ISDIR, 77, name="gone") + rec(1, IN_MOVED_TO, 78, name="other")
    s["move-pair-then-bad"] = rec(1, IN_MOVED_FROM, 5, name="a") + rec(1, IN_MODIFY, length=3) + b"abc"
    s["overflow"] = rec(-1, IN_Q_OVERFLOW)
    s["ignored"] = rec(4, IN_DELETE_SELF) + rec(4, IN_IGNORED)
    s["name-max"] = rec(1, IN_CREATE, name="n" * 255)  # 256-byte payload: the largest record
    s["name-pad4"] = rec(1, IN_CREATE, name="abc", pad=4)  # legal: len 4
    s["zero-len-name"] = rec(1, IN_CREATE, name="", pad=16)  # len 16, all NUL: no name
    s["nul-inside-name"] = HDR.pack(1, IN_CREATE, 0, 8) + b"ab\0cd\0\0\0"
    s["name-unterminated"] = HDR.pack(1, IN_CREATE, 0, 4) + b"abcd"
    s["len-not-4"] = HDR.pack(1, IN_CREATE, 0, 5) + b"ab\0\0\0"
    s["len-past-end"] = HDR.pack(1, IN_CREATE, 0, 32) + b"f1\0\0"
    s["len-huge"] = HDR.pack(1, IN_CREATE, 0, 0xFFFFFFFF) + b"f1\0\0"
    s["len-huge-minus-header"] = HDR.pack(1, IN_CREATE, 0, 0xFFFFFFF0) + b"\0" * 16
    s["header-truncated"] = rec(1, IN_MODIFY)[:10]
    s["good-then-truncated"] = rec(1, IN_CREATE, name="f1") + rec(1, IN_MODIFY)[:15]
    s["good-then-garbage"] = rec(1, IN_CREATE, name="f1") + b"\xff\xff\xff"
    s["tail-1-byte"] = rec(1, IN_MODIFY) + b"\0"
    return s


# Tree seeds: byte 0 is the mode (fuzz-inotify-tree.c): bit 0 maps wds, bit 1 picks the narrow tree.
RAW, MAPPED, RAW_NARROW, MAPPED_NARROW = 0, 1, 2, 3
# The scratch tree the target builds: a/ a/b/ a/b/c/ a/b/c/f3 a/f2 d/ d/e/ f1.
# The root is always wd 1; the five subdirectories get 2..6 in readdir order,
# which depends on the file system, so the mapped seeds walk every wd.
D = IN_ISDIR


def mapped_wd(wd):
    """A raw wd the target maps to wd: (wd + 1) % (hi + 2) - 1 == wd for -1 <= wd <= hi."""
    return wd + 1


def tree_seeds():
    s = {}
    s["create-known-dir"] = bytes([RAW]) + rec(1, IN_CREATE | D, name="a")
    s["create-missing-dir"] = bytes([RAW]) + rec(1, IN_CREATE | D, name="new")
    s["create-file-events"] = bytes([RAW]) + (rec(1, IN_CREATE, name="f1") + rec(1, IN_OPEN, name="f1") +
                                              rec(1, IN_MODIFY, name="f1") + rec(1, IN_ATTRIB, name="f1") +
                                              rec(1, IN_CLOSE_WRITE, name="f1") + rec(1, IN_ACCESS, name="f1") +
                                              rec(1, IN_CLOSE_NOWRITE, name="f1") + rec(1, IN_DELETE, name="f1"))
    s["rename-dir"] = bytes([RAW]) + rec(1, IN_MOVED_FROM | D, 7, name="a") + rec(1, IN_MOVED_TO | D, 7, name="z")
    s["rename-dir-back"] = bytes([RAW]) + (rec(1, IN_MOVED_FROM | D, 7, name="a") + rec(1, IN_MOVED_TO | D, 7, name="z") +
                                           rec(1, IN_MOVED_FROM | D, 8, name="z") + rec(1, IN_MOVED_TO | D, 8, name="a"))
    s["rename-file"] = bytes([RAW]) + rec(1, IN_MOVED_FROM, 9, name="f1") + rec(1, IN_MOVED_TO, 9, name="f9")
    s["move-out-dir"] = bytes([RAW]) + rec(1, IN_MOVED_FROM | D, 11, name="a")
    s["move-in-dir"] = bytes([RAW]) + rec(1, IN_MOVED_TO | D, 12, name="d")
    s["move-out-then-bad"] = bytes([RAW]) + rec(1, IN_MOVED_FROM | D, 13, name="d") + rec(1, IN_MODIFY)[:9]
    s["overflow"] = bytes([RAW]) + rec(-1, IN_Q_OVERFLOW)
    s["rename-then-overflow"] = bytes([RAW]) + (rec(1, IN_MOVED_FROM | D, 7, name="a") + rec(1, IN_MOVED_TO | D, 7, name="z") +
                                                rec(-1, IN_Q_OVERFLOW))
    s["root-events"] = bytes([RAW]) + (rec(1, IN_OPEN | D) + rec(1, IN_ATTRIB | D) + rec(1, IN_MOVE_SELF | D) +
                                       rec(1, IN_UNMOUNT))
    s["root-deleted"] = bytes([RAW]) + rec(1, IN_DELETE_SELF | D) + rec(1, IN_IGNORED)
    s["bad-names"] = bytes([RAW]) + (rec(1, IN_CREATE | D, name=".") + rec(1, IN_CREATE | D, name="..") +
                                     rec(1, IN_CREATE | D, name="a/b") + rec(1, IN_CREATE, name="x/..") +
                                     rec(1, IN_CREATE | D, name="", pad=16))
    s["create-delete-same-batch"] = bytes([RAW]) + rec(1, IN_CREATE | D, name="a") + rec(1, IN_DELETE | D, name="a")
    s["unknown-wd"] = bytes([RAW]) + rec(999, IN_CREATE | D, name="a") + rec(0, IN_IGNORED)
    s["malformed-len-huge"] = bytes([RAW]) + HDR.pack(1, IN_CREATE, 0, 0xFFFFFFFF) + b"a\0\0\0"
    s["header-truncated"] = bytes([RAW]) + rec(1, IN_CREATE)[:12]
    # Mapped: every subdirectory wd gets each kind of event, by each subdirectory name.
    body = b""
    for wd in range(1, 7):
        for nm in ("a", "b", "c", "e", "f2", "f3"):
            body += rec(mapped_wd(wd), IN_CREATE | (D if not nm.startswith("f") else 0), name=nm)
    s["mapped-create-all"] = bytes([MAPPED]) + body
    body = b""
    cookie = 100
    for wd in range(2, 7):
        for nm in ("b", "c", "e"):
            body += rec(mapped_wd(wd), IN_MOVED_FROM | D, cookie, name=nm)
            body += rec(mapped_wd(1), IN_MOVED_TO | D, cookie, name=nm + "2")
            cookie += 1
    s["mapped-moves-up"] = bytes([MAPPED]) + body
    s["mapped-move-into-own-child"] = bytes([MAPPED]) + b"".join(
        rec(mapped_wd(1), IN_MOVED_FROM | D, 200 + w, name="a") + rec(mapped_wd(w), IN_MOVED_TO | D, 200 + w, name="a")
        for w in range(2, 7))
    s["mapped-ignored-subdirs"] = bytes([MAPPED]) + b"".join(rec(mapped_wd(w), IN_IGNORED) for w in range(2, 7)) + \
        rec(mapped_wd(1), IN_CREATE | D, name="a") + rec(mapped_wd(1), IN_CREATE | D, name="d")
    s["mapped-delete-self"] = bytes([MAPPED]) + b"".join(rec(mapped_wd(w), IN_DELETE_SELF | D) for w in range(1, 7))
    s["mapped-overflow"] = bytes([MAPPED]) + rec(0, IN_Q_OVERFLOW) + rec(mapped_wd(2), IN_CREATE | D, name="b")
    s["narrow-mixed"] = bytes([RAW_NARROW]) + (rec(1, IN_CREATE | D, name="a") + rec(1, IN_MODIFY, name="f1") +
                                               rec(1, IN_MOVED_FROM | D, 3, name="d") + rec(1, IN_MOVED_TO | D, 3, name="q") +
                                               rec(1, IN_CLOSE_WRITE, name="f1") + rec(1, IN_OPEN | D))
    s["narrow-mapped-moves"] = bytes([MAPPED_NARROW]) + body
    return s


# fanotify: struct fanotify_event_metadata (24 bytes), then info records
# {type u8, pad u8, len u16, ...}; lengths padded to 4 as the kernel does.
FAN_VERS = 3
FAN_OPEN, FAN_CREATE, FAN_MOVED_FROM, FAN_RENAME, FAN_ONDIR, FAN_FS_ERROR, FAN_Q_OVERFLOW = (
    0x20, 0x100, 0x40, 0x10000000, 0x40000000, 0x8000, 0x4000)


def fan_info(itype, body, length=None):
    n = 4 + len(body)
    padded = body + b"\0" * ((-n) % 4)
    return struct.pack("<BBH", itype, 0, length if length is not None else 4 + len(padded)) + padded


def fan_fid(itype, handle=b"\x11" * 8, htype=1, name=None, fsid=(0x1234, 0x5678)):
    body = struct.pack("<iiIi", fsid[0], fsid[1], len(handle), htype) + handle
    if name is not None:
        body += name + b"\0"
    return fan_info(itype, body)


def fan_rec(mask, fd=-1, pid=42, info=b"", vers=FAN_VERS, meta_len=24, length=None):
    total = 24 + len(info)
    return struct.pack("<IBBHQii", length if length is not None else total, vers, 0, meta_len, mask, fd, pid) + info


def fanotify_seeds():
    s = {}
    s["empty"] = b""
    s["open-fd"] = fan_rec(FAN_OPEN, fd=7)
    s["batch-fd"] = fan_rec(FAN_OPEN, fd=7) + fan_rec(FAN_OPEN, fd=8, pid=43) + fan_rec(FAN_Q_OVERFLOW)
    s["fid"] = fan_rec(FAN_OPEN, info=fan_fid(1))
    s["dfid-name"] = fan_rec(FAN_CREATE, info=fan_fid(2, name=b"file") + fan_fid(1))
    s["dfid-self"] = fan_rec(FAN_OPEN | FAN_ONDIR, info=fan_fid(2, name=b"."))
    s["dfid"] = fan_rec(FAN_CREATE, info=fan_fid(3))
    s["rename"] = fan_rec(FAN_RENAME, info=fan_fid(10, name=b"old") + fan_fid(12, name=b"new") + fan_fid(1))
    s["pidfd"] = fan_rec(FAN_OPEN, fd=7, info=fan_info(4, struct.pack("<i", 9)))
    s["error"] = fan_rec(FAN_FS_ERROR, info=fan_info(5, struct.pack("<iI", 5, 3)) + fan_fid(1))
    s["max-name"] = fan_rec(FAN_CREATE, info=fan_fid(2, handle=b"\x22" * 128, name=b"n" * 255))
    s["unknown-type"] = fan_rec(FAN_OPEN, info=fan_info(6, b"\0" * 20) + fan_fid(1))
    # malformed
    s["zero-len"] = fan_rec(FAN_OPEN, length=0)
    s["len-past"] = fan_rec(FAN_OPEN, length=4096)
    s["len-odd"] = fan_rec(FAN_OPEN, length=26) + b"\0\0"
    s["meta-short"] = fan_rec(FAN_OPEN, meta_len=8)
    s["meta-past"] = fan_rec(FAN_OPEN, meta_len=200)
    s["bad-vers"] = fan_rec(FAN_OPEN, vers=2)
    s["info-zero-len"] = fan_rec(FAN_OPEN, info=fan_info(1, b"\0" * 24, length=0))
    s["info-past"] = fan_rec(FAN_OPEN, info=fan_info(1, b"\0" * 24, length=400))
    s["name-no-nul"] = fan_rec(FAN_CREATE, info=struct.pack("<BBH", 2, 0, 28) + struct.pack("<iiIi", 1, 2, 0, 1) + b"abcd" * 2)
    s["handle-past"] = fan_rec(FAN_OPEN, info=struct.pack("<BBH", 1, 0, 24) + struct.pack("<iiIi", 1, 2, 999, 1) + b"\0" * 4)
    s["dup-fid"] = fan_rec(FAN_OPEN, info=fan_fid(1) + fan_fid(1))
    s["dfid-and-name"] = fan_rec(FAN_CREATE, info=fan_fid(3) + fan_fid(2, name=b"x"))
    s["header-truncated"] = fan_rec(FAN_OPEN)[:20]
    s["good-then-garbage"] = fan_rec(FAN_OPEN, fd=7) + b"\xff" * 30
    return s


# fdinfo: texts shaped as the kernel writes them (fs/proc/fd.c and each kind's show_fdinfo).
FDINFO_COMMON = "pos:\t0\nflags:\t02000002\nmnt_id:\t17\nino:\t26\n"


def fdinfo_seeds():
    s = {}
    s["file"] = FDINFO_COMMON
    s["eventfd"] = FDINFO_COMMON + "eventfd-count:               ff\neventfd-id: 3\neventfd-semaphore: 1\n"
    s["timerfd"] = FDINFO_COMMON + ("clockid: 1\nticks: 0\nsettime flags: 01\n"
                                    "it_value: (2, 999655387)\nit_interval: (2, 500)\n")
    s["epoll"] = FDINFO_COMMON + "".join(
        "tfd: %8d events: %8x data: %16x  pos:%d ino:1a sdev:10\n" % (fd, ev, data, pos)
        for fd, ev, data, pos in [(3, 0x80000019, 3, 0), (4, 0x1, 0xffffffffffffffff, -1), (5, 0x4, 7, 12)])
    s["inotify"] = FDINFO_COMMON + ("inotify wd:1 ino:3c51a sdev:fe00000 mask:100 ignored_mask:0 "
                                    "fhandle-bytes:8 fhandle-type:1 f_handle:1ac5030000000000\n") * 3
    s["signalfd"] = FDINFO_COMMON + "sigmask:\t0000000000004002\n"
    s["pidfd"] = FDINFO_COMMON + "Pid:\t11252\nNSpid:\t11252\t7\t1\n"
    s["pidfd-gone"] = FDINFO_COMMON + "Pid:\t-1\nNSpid:\t-1\n"
    s["fanotify"] = FDINFO_COMMON + ("fanotify flags:200 event-flags:8000\n"
                                     "fanotify ino:3c51a sdev:fe00000 mflags:0 mask:100 ignored_mask:0 "
                                     "fhandle-bytes:8 fhandle-type:1 f_handle:1ac5030000000000\n"
                                     "fanotify mnt_id:1c mflags:0 mask:20 ignored_mask:0\n"
                                     "fanotify sdev:fe00000 mflags:0 mask:8000 ignored_mask:0\n")
    s["unknown-lines"] = FDINFO_COMMON + "future: 1\n\n\ntfd: x\nNSpid:\t1\t2\t3\t4\t5\t6\n"
    s["no-newline"] = "pos:\t0\nflags:\t02"
    s["overflow"] = "pos:\t99999999999999999999999\nflags:\t0777777777777777777777\n"
    s["not-fdinfo"] = "hello\n"
    return {k: v.encode() for k, v in s.items()}


# sockaddr (fuzz-sockaddr.c): byte 0 even = text, odd = raw (u16 length LE, then the bytes).
def sockaddr_seeds():
    AF_UNIX, AF_INET, AF_INET6 = 1, 2, 10
    text = {
        "ipv4": "127.0.0.1:80", "ipv4-any": "0.0.0.0:0", "ipv4-max-port": "255.255.255.255:65535",
        "ipv6-loopback": "[::1]:80", "ipv6-full": "[2001:db8:0:0:1:0:0:1]:443",
        "ipv6-mapped": "[::ffff:1.2.3.4]:8080", "ipv6-scope-name": "[fe80::1%lo]:22",
        "ipv6-scope-num": "[fe80::1%2]:22", "ipv6-scope-zero": "[fe80::1%0]:1",
        "ipv6-scope-global": "[2001:db8::1%1]:5", "unix-path": "unix:/run/x.sock",
        "unix-relative": "unix:sock", "unix-at-escaped": "unix:\\@name", "unix-backslashes": "unix:\\\\\\x",
        "unix-abstract": "unix:@name", "unix-abstract-escapes": "unix:@a\\\\b\\x00c\\xff\\x7f",
        "unix-unnamed": "unix:", "unix-path-107": "unix:/" + "p" * 106,
        # malformed
        "empty": "", "no-port": "127.0.0.1", "port-sign": "1.2.3.4:+80", "port-space": "1.2.3.4: 80",
        "port-big": "1.2.3.4:65536", "port-junk": "1.2.3.4:80:90", "ipv4-short": "1.2.3:80",
        "ipv4-octal": "010.0.0.1:80", "ipv6-no-brackets": "::1:80", "ipv6-unterminated": "[::1:80",
        "ipv6-empty": "[]:80", "ipv6-no-port": "[::1]", "ipv6-bad-after": "[::1]x80",
        "ipv6-empty-scope": "[fe80::1%]:80", "ipv6-scope-big": "[fe80::1%4294967296]:80",
        "ipv6-scope-unknown": "[fe80::1%nosuchif0]:80", "ipv6-scope-long": "[fe80::1%" + "i" * 20 + "]:80",
        "unix-path-108": "unix:/" + "p" * 107, "unix-abstract-empty": "unix:@",
        "unix-abstract-bad-escape": "unix:@a\\q", "unix-abstract-short-hex": "unix:@\\x4",
        "unix-abstract-trailing-backslash": "unix:@a\\", "unix-abstract-108": "unix:@" + "n" * 108,
        "hostname": "localhost:80", "missing-address": ":80",
    }
    out = {k: b"\0" + v.encode() for k, v in text.items()}

    def raw(name, body, length=None):
        out[name] = b"\1" + struct.pack("<H", len(body) if length is None else length) + body

    def sin(port, addr, zero=b"\0" * 8):
        return struct.pack("<H", AF_INET) + struct.pack(">H", port) + bytes(addr) + zero

    def sin6(port, addr, scope=0, flow=0):
        return struct.pack("<H", AF_INET6) + struct.pack(">HI", port, flow) + bytes(addr) + struct.pack("<I", scope)

    raw("raw-in4", sin(80, [127, 0, 0, 1]))
    raw("raw-in4-dirty-zero", sin(80, [10, 0, 0, 1], b"\xff" * 8))
    raw("raw-in6", sin6(443, [0] * 15 + [1]))
    raw("raw-in6-scope-flow", sin6(22, [0xfe, 0x80] + [0] * 13 + [1], scope=3, flow=0x12345))
    raw("raw-un-path", struct.pack("<H", AF_UNIX) + b"/tmp/s\0")
    raw("raw-un-path-junk", struct.pack("<H", AF_UNIX) + b"/tmp/s\0junk")
    raw("raw-un-path-no-nul-108", struct.pack("<H", AF_UNIX) + b"p" * 108)
    raw("raw-un-at-path", struct.pack("<H", AF_UNIX) + b"@x\0")
    raw("raw-un-abstract", struct.pack("<H", AF_UNIX) + b"\0name\0\xff\\")
    raw("raw-un-abstract-empty", struct.pack("<H", AF_UNIX) + b"\0")
    raw("raw-un-unnamed", struct.pack("<H", AF_UNIX))
    raw("raw-in4-short", sin(80, [1, 2, 3, 4])[:15])
    raw("raw-in6-long-len", sin6(1, [0] * 16), length=200)
    raw("raw-other-family", struct.pack("<H", 16) + b"\1" * 10)
    raw("raw-empty", b"")
    raw("raw-one-byte", b"\2")
    return out


# tty-line (fuzz-tty-line.c): byte 0 even = text, odd = a struct fdk_tty_settings
# (set u32, ispeed u32, ospeed u32, data_bits, stop_bits, parity, flow u8, then 0s to 72 bytes).
def tty_seeds():
    text = {
        "rate-frame": "115200,8N1", "rate-frame-none": "115200,8N1,none", "rtscts": "9600,7E2,rtscts",
        "xonxoff": "19200,8O2,xonxoff", "blanks": "  9600 7E1   rtscts ", "blank-comma": "9600 , 8N1,\tnone",
        "split": "9600/115200,8N1", "frame-only": "8M1", "space-parity": "5s2", "flow-only": "XonXoff",
        "rate-only": "4294967295", "split-max": "4294967295/4294967295,8N2,xonxoff", "any-order": "none 8n1 300",
        # malformed
        "empty": "", "blanks-only": " \t ", "two-commas": "9600,,8N1", "leading-comma": ",9600",
        "trailing-comma": "9600,", "rate-zero": "0,8N1", "rate-big": "4294967296", "split-empty": "9600/",
        "split-zero": "9600/0", "frame-bits": "9N1", "frame-parity": "8X1", "frame-stop": "8N3",
        "frame-long": "8N1x", "twice-rate": "9600 19200", "twice-frame": "8N1 7E1", "twice-flow": "none rtscts",
        "unknown-word": "rtcts", "unknown-part": "-9600", "newline": "9600\n8N1",
    }
    out = {k: b"\0" + v.encode() for k, v in text.items()}

    def rec(name, set_, isp, osp, db, sb, par, flow):
        body = struct.pack("<III4B", set_, isp, osp, db, sb, par, flow)
        out[name] = b"\1" + body + b"\0" * (72 - len(body))

    rec("rec-all", 7, 0, 115200, 8, 1, 0, 0)
    rec("rec-split", 7, 9600, 115200, 7, 2, 1, 1)
    rec("rec-same-speeds", 1, 300, 300, 0, 0, 0, 0)
    rec("rec-frame-flow", 6, 0, 0, 5, 2, 4, 2)
    rec("rec-max", 7, 0xFFFFFFFF, 0xFFFFFFFE, 8, 2, 3, 2)
    rec("rec-hangup", 1, 0, 0, 0, 0, 0, 0)
    rec("rec-frame-keep", 2, 0, 0, 0, 1, 0, 0)
    rec("rec-bad-parity", 2, 0, 0, 8, 1, 5, 0)
    rec("rec-bad-flow", 4, 0, 0, 0, 0, 0, 3)
    rec("rec-no-line-groups", 0xF8, 0, 9600, 8, 1, 0, 0)
    return out


# flags (fuzz-flags.c): byte 0 the set (FDK_FLAGSET_*), byte 1 the mode
# (even text, 1 value, 3 member picks).
FLAGSETS = 33  # FDK_FLAGSET__COUNT


def flags_seeds():
    out = {}
    texts = {
        2: ["EPOLLIN|EPOLLET", "EPOLLIN | EPOLLOUT |\tEPOLLRDHUP", "FDK_EPOLL_IN|0x4000000", "0", "0x0",
            "EPOLLIN|", "|EPOLLIN", "EPOLLIN||EPOLLOUT", "epollin", "EPOLLIN EPOLLOUT", "0x", "08", "-1",
            "0xffffffffffffffff", "0x10000000000000000", "1 2"],
        11: ["O_RDONLY", "O_WRONLY|O_CREAT|O_EXCL", "O_RDWR|O_CLOEXEC|0x80000000"],
        15: ["IN_CREATE|IN_MOVED_FROM|IN_MOVED_TO|IN_ISDIR", "IN_ALL_EVENTS"],
        31: ["MFD_CLOEXEC|MFD_HUGETLB|MFD_HUGE_2MB", "MFD_HUGE_2MB|MFD_HUGE_1GB", "MFD_HUGE_2MB|MFD_HUGE_2MB",
             "0x4000000|MFD_HUGE_2MB", "FDK_MEMFD_CLOEXEC"],
        4: ["FAN_CLASS_CONTENT|FAN_CLASS_PRE_CONTENT|FAN_REPORT_DFID_NAME"],
    }
    for setno, items in sorted(texts.items()):
        for i, t in enumerate(items):
            out["text-set%d-%d" % (setno, i)] = bytes([setno, 0]) + t.encode()
    for setno in range(FLAGSETS):
        out["value-set%d-all" % setno] = bytes([setno, 1]) + struct.pack("<Q", 0xFFFFFFFFFFFFFFFF)
        out["value-set%d-low" % setno] = bytes([setno, 1]) + struct.pack("<Q", 0x0000000000000fff)
        out["members-set%d" % setno] = bytes([setno, 3]) + bytes(range(0, 256, 37))
    out["value-memfd-huge-unnamed"] = bytes([31, 1]) + struct.pack("<Q", 0x3F << 26 | 1)
    out["value-zero"] = bytes([2, 1]) + b"\0" * 8
    out["unknown-set"] = bytes([FLAGSETS, 0]) + b"EPOLLIN"
    out["unknown-set-negative"] = bytes([FLAGSETS + 3, 1]) + b"\1"
    return out


# signal-name (fuzz-signal-name.c): byte 0 mode 0 text, 1 a number, 2/3 signo + si_code.
def signal_name_seeds():
    import signal as sig
    out = {}
    texts = ["SIGINT", "INT", "sigint", "SigTerm", "SIGRTMIN", "SIGRTMIN+3", "RTMIN+0", "RTMAX-2", "sigrtmax",
             "15", "SIG32", "33", "64", "000000009", "IOT", "SIGCLD", "POLL", "SIGSTKFLT",
             # malformed
             "", "SIG", "SIGSIGINT", "0", "65", "0000000009", " 15", "15 ", "+15", "SIGRTMIN+", "SIGRTMIN-1",
             "SIGRTMAX+1", "RTMIN+31", "RTMIN+99999999999", "SIGINTX", "SIGRTMIN+3x", "-9"]
    for i, t in enumerate(texts):
        out["text-%02d" % i] = b"\0" + t.encode()
    for n in [1, 9, 31, 32, 33, sig.SIGRTMIN, sig.SIGRTMIN + 15, sig.SIGRTMIN + 16, sig.SIGRTMAX, 0, -1,
              sig.SIGRTMAX + 1, 0x7FFFFFFF]:
        out["number-%d" % n] = b"\1" + struct.pack("<i", n)
    codes = [(sig.SIGSEGV, 1), (sig.SIGSEGV, 10), (sig.SIGSEGV, 11), (sig.SIGBUS, 4), (sig.SIGFPE, 9),
             (sig.SIGFPE, 14), (sig.SIGILL, 11), (sig.SIGTRAP, 6), (sig.SIGCHLD, 6), (sig.SIGSYS, 2),
             (sig.SIGIO, 1), (sig.SIGRTMIN, 6), (sig.SIGUSR1, 0), (sig.SIGUSR1, -1), (sig.SIGUSR1, -60),
             (sig.SIGUSR1, 0x80), (sig.SIGUSR1, -8), (0, 1), (99, 1)]
    for s_, c in codes:
        out["code-%d-%d" % (s_, c)] = b"\2" + struct.pack("<ii", s_, c)
    return out


# siginfo (fuzz-siginfo.c): byte 0 mode (0 siginfo_t, 1 signalfd_siginfo, 2 an
# fdk_siginfo for format), then the 128-byte record (x86-64 / glibc layouts).
def siginfo_seeds():
    import signal as sig
    out = {}

    def si(name, signo, code, fields, err=0):
        b = bytearray(128)
        struct.pack_into("<iii", b, 0, signo, err, code)
        for off, fmt, val in fields:
            struct.pack_into("<" + fmt, b, off, val)
        out["si-" + name] = b"\0" + bytes(b)

    def ssi(name, signo, code, fields, err=0):
        b = bytearray(128)
        struct.pack_into("<Iii", b, 0, signo, err, code)
        for off, fmt, val in fields:
            struct.pack_into("<" + fmt, b, off, val)
        out["ssi-" + name] = b"\1" + bytes(b)

    # siginfo_t: pid 16 uid 20 | status 24 utime 32 stime 40 | value 24 | timerid 16 overrun 20 |
    # addr 16 lsb 24 | band 16 fd 24 | call_addr 16 syscall 24 arch 28
    kill = [(16, "i", 4242), (20, "I", 1000)]
    si("kill", sig.SIGUSR1, 0, kill)
    si("tkill", sig.SIGUSR2, -6, kill)
    si("queue", sig.SIGRTMIN + 2, -1, kill + [(24, "Q", 7)])
    si("timer", sig.SIGALRM, -2, [(16, "i", 3), (20, "i", 2), (24, "Q", 0xdeadbeef)])
    si("mesgq", sig.SIGRTMIN, -3, kill + [(24, "Q", 9)])
    si("asyncio", sig.SIGRTMIN + 1, -4, kill + [(24, "Q", 11)])
    si("sigio", sig.SIGIO, -5, [(16, "q", 0x41), (24, "i", 5)])
    si("dethread", sig.SIGKILL, -7, kill)
    si("asyncnl", sig.SIGRTMIN, -60, kill)
    si("other-negative", sig.SIGUSR1, -99, kill)
    for c in range(1, 7):
        si("chld-%d" % c, sig.SIGCHLD, c, kill + [(24, "i", 3 if c == 1 else 9), (32, "q", 12), (40, "q", 34)])
    si("chld-code-7", sig.SIGCHLD, 7, kill)
    si("segv-maperr", sig.SIGSEGV, 1, [(16, "Q", 0x1000)])
    si("segv-cperr", sig.SIGSEGV, 10, [(16, "Q", 0x2000)])
    si("segv-code-50", sig.SIGSEGV, 50, kill)
    si("segv-kernel", sig.SIGSEGV, 0x80, [(16, "Q", 0x3000)])
    si("bus-mceerr", sig.SIGBUS, 4, [(16, "Q", 0x7000), (24, "h", 12)])
    si("bus-code-6", sig.SIGBUS, 6, [(16, "q", 0x1), (24, "i", 4)])
    si("fpe", sig.SIGFPE, 1, [(16, "Q", 0x401000)])
    si("ill", sig.SIGILL, 11, [(16, "Q", 0x401000)])
    si("trap-perf", sig.SIGTRAP, 6, [(16, "Q", 0x5000)])
    si("trap-code-7", sig.SIGTRAP, 7, kill)
    si("sys-seccomp", sig.SIGSYS, 1, [(16, "Q", 0x7f0000001000), (24, "i", 39), (28, "I", 0xC000003E)])
    si("sys-code-3", sig.SIGSYS, 3, [(16, "q", 1), (24, "i", 3)])
    si("poll-in", sig.SIGRTMIN + 4, 1, [(16, "q", 0x41), (24, "i", 6)])
    si("poll-hup", sig.SIGIO, 6, [(16, "q", 0x10), (24, "i", 6)])
    si("errno", sig.SIGUSR1, 0, kill, err=5)
    si("signo-0", 0, 0, kill)
    si("signo-65", 65, 0, kill)
    si("signo-negative", -1, 0, kill)
    si("reserved-32", 32, -6, kill)
    # signalfd_siginfo: pid 12 uid 16 fd 20 tid 24 band 28 overrun 32 trapno 36 status 40 int 44
    # ptr 48 utime 56 stime 64 addr 72 lsb 80 syscall 84 call_addr 88 arch 96
    skill = [(12, "I", 4242), (16, "I", 1000)]
    ssi("kill", sig.SIGUSR1, 0, skill)
    ssi("queue", sig.SIGRTMIN + 2, -1, skill + [(44, "i", 7), (48, "Q", 7)])
    ssi("timer", sig.SIGALRM, -2, [(24, "I", 3), (32, "I", 2), (44, "i", 5), (48, "Q", 5)])
    ssi("chld-exited", sig.SIGCHLD, 1, skill + [(40, "i", 3), (56, "Q", 12), (64, "Q", 34)])
    ssi("chld-dumped", sig.SIGCHLD, 3, skill + [(40, "i", 11)])
    ssi("segv", sig.SIGSEGV, 2, [(72, "Q", 0xdead0000)])
    ssi("bus-mceerr-ao", sig.SIGBUS, 5, [(72, "Q", 0x8000), (80, "H", 21)])
    ssi("poll", sig.SIGIO, 1, [(20, "i", 3), (28, "I", 0x41)])
    ssi("sys", sig.SIGSYS, 1, [(84, "i", 39), (88, "Q", 0x1000), (96, "I", 0xC000003E)])
    ssi("signo-big", 0xFFFFFFFF, 0, skill)
    # fdk_siginfo for format alone (mode 2): signo, code, err, then the rest as bytes
    out["rec-child-bad-status"] = b"\2" + struct.pack("<iii", sig.SIGCHLD, 2, 0) + b"\1\1\0\0" + b"\0" * 32 + \
        struct.pack("<ii", 1, 99999) + b"\0" * 64
    out["rec-all-ff"] = b"\2" + b"\xff" * 128
    out["rec-unnamed-signal"] = b"\2" + struct.pack("<iii", 999, -42, 7) + b"\0" * 116
    return out


def write(dirname, seeds):
    os.makedirs(dirname, exist_ok=True)
    for old in os.listdir(dirname):
        if old.startswith("seed-"):
            os.unlink(os.path.join(dirname, old))
    for name, data in sorted(seeds.items()):
        with open(os.path.join(dirname, "seed-" + name), "wb") as f:
            f.write(data)


def main():
    if sys.byteorder != "little":
        sys.exit("make-seeds.py: the seeds are little-endian records")
    here = os.path.dirname(os.path.abspath(__file__))
    write(os.path.join(here, "corpus", "inotify-next"), next_seeds())
    write(os.path.join(here, "corpus", "inotify-tree"), tree_seeds())
    write(os.path.join(here, "corpus", "fanotify-next"), fanotify_seeds())
    write(os.path.join(here, "corpus", "fdinfo-parse"), fdinfo_seeds())
    write(os.path.join(here, "corpus", "sockaddr"), sockaddr_seeds())
    write(os.path.join(here, "corpus", "tty-line"), tty_seeds())
    write(os.path.join(here, "corpus", "flags"), flags_seeds())
    write(os.path.join(here, "corpus", "signal-name"), signal_name_seeds())
    write(os.path.join(here, "corpus", "siginfo"), siginfo_seeds())


if __name__ == "__main__":
    main()
