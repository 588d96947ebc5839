#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write the seed corpora of fuzz/ (deterministic: same bytes every run).

    python3 fuzz/make-seeds.py            # rewrites fuzz/corpus/{inotify-next,inotify-tree,fanotify-next,fdinfo-parse}/seed-*

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


if __name__ == "__main__":
    main()
