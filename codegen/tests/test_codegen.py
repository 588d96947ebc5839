"""Codegen tests: every way a spec or the headers can be wrong must fail with
file:line and a clear message, and output must be deterministic.

Run from the repository root:  python3 -m unittest discover -s codegen/tests -t .
"""

import contextlib
import io
import os
import re
import shutil
import tempfile
import unittest
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence, Union

from codegen.__main__ import main

if TYPE_CHECKING:
    from codegen.loader import SpecError
    from codegen.lock import Arch, Measured

REPO = Path(__file__).resolve().parents[2]


class Tree:
    """A scratch copy of spec/ and runtime/include/ that a test may mutate."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="fdkit-codegen-test-"))
        shutil.copytree(REPO / "spec", self.dir / "spec")
        shutil.copytree(REPO / "runtime" / "include", self.dir / "runtime" / "include")
        # the private headers that declare the cores of `impl: core` functions
        for h in sorted(REPO.glob("runtime/*/*.h")):
            if h.parent.name != "include":
                (self.dir / h.parent.relative_to(REPO)).mkdir(parents=True, exist_ok=True)
                shutil.copy(h, self.dir / h.relative_to(REPO))

    def edit(self, rel: str, old: str, new: str, count: int = 1) -> None:
        p = self.dir / rel
        text = p.read_text()
        if old not in text:
            raise AssertionError(f"{old!r} not found in {rel}")
        p.write_text(text.replace(old, new, count))

    def line_of(self, rel: str, needle: str) -> int:
        for i, line in enumerate((self.dir / rel).read_text().splitlines(), 1):
            if needle in line:
                return i
        raise AssertionError(f"{needle!r} not in {rel}")

    def run(self, *args: str) -> tuple[int, str]:
        """(codegen's exit status, what it printed) for `python3 -m codegen ARGS` on this tree."""
        out, err = io.StringIO(), io.StringIO()
        cwd = os.getcwd()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                # --no-docs: man pages and Markdown are test_docs.py's (and codegen.fresh's) business
                rc = main(["--root", str(self.dir), "--out", str(self.dir / "generated"), "--no-docs", *args])
        finally:
            os.chdir(cwd)
        return rc, out.getvalue() + err.getvalue()

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


class CodegenTest(unittest.TestCase):
    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)

    def fresh(self) -> None:
        """Start again from an unedited copy (for a test that tries several edits)."""
        self.t = Tree()
        self.addCleanup(self.t.close)

    def assertFails(self, where_re: str, what_re: str, *args: str) -> str:
        rc, text = self.t.run(*args)
        self.assertNotEqual(rc, 0, f"codegen accepted a broken spec:\n{text}")
        self.assertRegex(text, where_re)
        self.assertRegex(text, what_re)
        return text

    def test_clean_tree_generates(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        self.assertTrue((self.t.dir / "generated/include/fdkit/epoll.h").exists())
        self.assertIn("do not edit", (self.t.dir / "generated/src/eventfd.c").read_text())

    def test_two_runs_are_byte_identical(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        first = {p.relative_to(self.t.dir): p.read_bytes() for p in sorted((self.t.dir / "generated").rglob("*"))
                 if p.is_file()}
        shutil.rmtree(self.t.dir / "generated")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        second = {p.relative_to(self.t.dir): p.read_bytes() for p in sorted((self.t.dir / "generated").rglob("*"))
                  if p.is_file()}
        self.assertEqual(first.keys(), second.keys())
        for k in first:
            self.assertEqual(first[k], second[k], f"{k} differs between two runs")

    def test_committed_output_matches(self) -> None:
        # What the repository commits is what the spec produces (also the ctest `codegen.fresh`).
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        for p in sorted((REPO / "generated").rglob("*")):
            rel = p.relative_to(REPO)
            if p.is_file() and rel.parts[1] != "man":  # the pages: test_docs.py and codegen.fresh
                self.assertEqual(p.read_text(), (self.t.dir / rel).read_text(), f"{rel} is stale")

    def test_malformed_yaml(self) -> None:
        self.t.edit("spec/eventfd.yaml", "handle:\n  kind: eventfd", "handle:\n  kind: [eventfd")
        self.assertFails(r"spec/eventfd\.yaml:\d+", r"malformed YAML")

    def test_duplicate_key(self) -> None:
        line = self.t.line_of("spec/eventfd.yaml", "    blocks: never")
        self.t.edit("spec/eventfd.yaml", "    blocks: never\n", "    blocks: never\n    blocks: always\n")
        self.assertFails(rf"spec/eventfd\.yaml:{line + 1}:", r"duplicate key 'blocks'")

    def test_unknown_key(self) -> None:
        self.t.edit("spec/timerfd.yaml", "    libc: timerfd_gettime\n", "    libc: timerfd_gettime\n    retrun: zero\n")
        line = self.t.line_of("spec/timerfd.yaml", "retrun: zero")
        self.assertFails(rf"spec/timerfd\.yaml:{line}:", r"unknown key 'retrun' \(allowed: .*returns")

    def test_bad_role_lists_allowed(self) -> None:
        self.t.edit("spec/epoll.yaml", "{name: fd, role: borrowed_fd, doc: \"descriptor to watch",
                    "{name: fd, role: borowed_fd, doc: \"descriptor to watch")
        line = self.t.line_of("spec/epoll.yaml", "borowed_fd")
        self.assertFails(rf"spec/epoll\.yaml:{line}:", r"'borowed_fd' is not allowed here \(allowed: .*borrowed_fd")

    def test_misspelled_constant(self) -> None:
        self.t.edit("spec/epoll.yaml", "{name: EPOLLRDHUP,", "{name: EPOLLRDHUPP, fdk_name: RDHUP,")
        line = self.t.line_of("spec/epoll.yaml", "EPOLLRDHUPP")
        self.assertFails(rf"spec/epoll\.yaml:{line}:", r"EPOLLRDHUPP is not defined by the headers")

    def test_misspelled_constant_in_expression(self) -> None:
        self.t.edit("spec/epoll.yaml", "op: EPOLL_CTL_ADD,", "op: EPOLL_CTL_ADDD,")
        line = self.t.line_of("spec/epoll.yaml", "EPOLL_CTL_ADDD")
        self.assertFails(rf"spec/epoll\.yaml:{line}:", r"'EPOLL_CTL_ADDD'.*did you mean EPOLL_CTL_ADD")

    def test_unknown_errno(self) -> None:
        self.t.edit("spec/eventfd.yaml", "      ENOMEM: {class: limit", "      ENOMEMORY: {class: limit")
        line = self.t.line_of("spec/eventfd.yaml", "ENOMEMORY")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"unknown errno 'ENOMEMORY'.*did you mean ENOMEM")

    def test_unknown_error_class(self) -> None:
        self.t.edit("spec/eventfd.yaml", "ENOMEM: {class: limit,", "ENOMEM: {class: limits,")
        line = self.t.line_of("spec/eventfd.yaml", "class: limits")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"unknown error class 'limits' \(allowed: .*limit")

    def test_unknown_flag_set(self) -> None:
        self.t.edit("spec/timerfd.yaml", "role: flags, set: set,", "role: flags, set: settime,")
        line = self.t.line_of("spec/timerfd.yaml", "set: settime")
        self.assertFails(rf"spec/timerfd\.yaml:{line}:", r"unknown flag set 'settime' \(defined: open, set\)")

    def test_wrong_prototype(self) -> None:
        self.t.edit("spec/eventfd.yaml", '"int eventfd(unsigned int count, int flags)"',
                    '"int eventfd(int count, int flags)"')
        line = self.t.line_of("spec/eventfd.yaml", "int eventfd(int count")
        text = self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"prototype differs from .*eventfd\.h")
        self.assertRegex(text, r"spec: +int eventfd\(int, int\)")
        self.assertRegex(text, r"headers: +int eventfd\(unsigned int, int\)")

    def test_prototype_typedefs_are_resolved(self) -> None:
        # sigset_t in the spec and __sigset_t in glibc's header are the same type
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)

    def test_missing_libc_function(self) -> None:
        self.t.edit("spec/timerfd.yaml", "    libc: timerfd_gettime\n    prototype: \"int timerfd_gettime(",
                    "    libc: timerfd_gettim\n    prototype: \"int timerfd_gettim(")
        self.assertFails(r"spec/timerfd\.yaml:\d+:", r"declare no function timerfd_gettim\(\)")

    def test_struct_member_checked(self) -> None:
        self.t.edit("spec/timerfd.yaml", "{name: it_value, type: struct timespec}",
                    "{name: it_valu, type: struct timespec}")
        line = self.t.line_of("spec/timerfd.yaml", "it_valu,")
        self.assertFails(rf"spec/timerfd\.yaml:{line}:", r"struct itimerspec has no member 'it_valu'")

    def test_stale_lock_fails(self) -> None:
        lock = "spec/abi/x86_64.yaml"
        if not (self.t.dir / lock).exists():
            self.skipTest("no x86_64 lock on this machine")
        self.t.edit(lock, "  EPOLLIN: 1\n", "  EPOLLIN: 3\n")
        text = self.assertFails(r"spec/epoll\.yaml:\d+:", r"EPOLLIN: spec/abi/x86_64\.yaml says 3, the headers say 1")
        self.assertIn("--update-lock", text)
        rc, text = self.t.run("--update-lock")
        self.assertEqual(rc, 0, text)
        self.assertIn("  EPOLLIN: 1\n", (self.t.dir / lock).read_text())

    def test_check_detects_hand_edit(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        rc, text = self.t.run("--check")
        self.assertEqual(rc, 0, text)
        p = self.t.dir / "generated/src/eventfd.c"
        p.write_text(p.read_text().replace("return -EINVAL;", "return -EPERM;", 1))
        rc, text = self.t.run("--check")
        self.assertEqual(rc, 1)
        self.assertIn("generated/src/eventfd.c: differs", text)

    def test_check_detects_extra_file(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        (self.t.dir / "generated/src/stray.c").write_text("int x;\n")
        rc, text = self.t.run("--check")
        self.assertEqual(rc, 1)
        self.assertIn("generated/src/stray.c: no spec produces this file", text)

    def test_include_dir_verification(self) -> None:
        # Another header set that redefines a value must be reported against the lock.
        inc = self.t.dir / "inc" / "sys"
        inc.mkdir(parents=True)
        (inc / "eventfd.h").write_text("#include_next <sys/eventfd.h>\n#undef EFD_SEMAPHORE\n#define EFD_SEMAPHORE 4\n")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        rc, text = self.t.run("--include-dir", str(self.t.dir / "inc"))
        self.assertNotEqual(rc, 0)
        self.assertRegex(text, r"spec/eventfd\.yaml:\d+: flag EFD_SEMAPHORE: .* says 1, the headers say 4")

    def test_generated_function_needs_prototype(self) -> None:
        self.t.edit("spec/eventfd.yaml", '    libc: eventfd\n    prototype: "int eventfd(unsigned int count, int flags)"\n', "")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"needs 'libc' and 'prototype'")

    def test_pass_names_unknown_parameter(self) -> None:
        self.t.edit("spec/timerfd.yaml", "pass: {clockid: clock}", "pass: {clock_id: clock}")
        line = self.t.line_of("spec/timerfd.yaml", "clock_id: clock")
        self.assertFails(rf"spec/timerfd\.yaml:{line}:", r"pass names 'clock_id'.*its parameters: clockid, flags")

    def test_library_bit_overlapping_kernel_flag(self) -> None:
        # bit 11 is O_NONBLOCK on x86-64: fdkit's own bits must stay clear of the kernel's
        self.t.edit("spec/pipe.yaml", "        bit: 30\n", "        bit: 11\n")
        line = self.t.line_of("spec/pipe.yaml", "name: NONBLOCK_READ")
        self.assertFails(rf"spec/pipe\.yaml:{line}:", r"library bit 11 overlaps a kernel flag of pipe\.open")

    def test_library_bit_is_stripped_before_the_kernel(self) -> None:
        # a generated wrapper passes flags without fdkit's own bits
        self.t.edit("spec/splice.yaml", "      - {name: SPLICE_F_GIFT,",
                    "      - {name: OWN, bit: 30, doc: \"test bit\"}\n      - {name: SPLICE_F_GIFT,")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/splice.h").read_text()  # fdk_splice_once is inline
        self.assertIn("(flags & ~(FDK_SPLICE_OWN))", hdr)

    def test_handle_must_be_named_when_several(self) -> None:
        self.t.edit("spec/pipe.yaml", "{name: r, role: out_handle, handle: reader,", "{name: r, role: out_handle,")
        line = self.t.line_of("spec/pipe.yaml", "{name: r, role: out_handle,")
        self.assertFails(rf"spec/pipe\.yaml:{line}:", r"must say which handle \(handle: reader or writer\)")

    def test_unknown_handle_name(self) -> None:
        self.t.edit("spec/pipe.yaml", "handle: reader,", "handle: reeder,")
        line = self.t.line_of("spec/pipe.yaml", "handle: reeder")
        self.assertFails(rf"spec/pipe\.yaml:{line}:", r"unknown handle 'reeder' \(handles: reader, writer\)")

    def test_borrowable_close_never_closes(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/pipe.c").read_text()
        body = src[src.index("int fdk_pipe_reader_close("):]
        self.assertLess(body.index("if (h->borrowed)"), body.index("close(fd_)"))
        hdr = (self.t.dir / "generated/include/fdkit/pipe.h").read_text()
        self.assertIn("static inline fdk_pipe_writer fdk_pipe_writer_borrow(int fd)", hdr)

    def test_dir_fd_accepts_at_fdcwd(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/fifo.h").read_text()  # fdk_fifo_create is inline
        self.assertIn("if (dirfd < 0 && dirfd != FDK__AT_FDCWD)", hdr)

    def test_io_wrappers_are_inline_with_one_external_definition(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/fd.h").read_text()
        src = (self.t.dir / "generated/src/fd.c").read_text()
        inline = "FDK_EXPORT FDK_INLINE ssize_t fdk_fd_read(int fd, void *buf, size_t len)\n{"
        self.assertIn("#if FDK__INLINE_WRAPPERS\n" + inline, hdr)
        self.assertIn("#else\nFDK_EXPORT ssize_t fdk_fd_read(int fd, void *buf, size_t len);\n#endif", hdr)
        self.assertIn("extern ssize_t fdk_fd_read(int fd, void *buf, size_t len);", src)
        # constructors, close and wrappers needing the .c's helpers stay out of line
        ep = (self.t.dir / "generated/include/fdkit/epoll.h").read_text()
        self.assertIn("FDK_EXPORT int fdk_epoll_add(", ep)
        self.assertNotIn("FDK_INLINE int fdk_epoll_add(", ep)
        self.assertNotIn("FDK_INLINE int fdk_eventfd_open(", (self.t.dir / "generated/include/fdkit/eventfd.h").read_text())

    def test_tests_args_unknown_parameter(self) -> None:
        self.t.edit("spec/chardev.yaml", "    mknod: {mode:", "    mknod: {mood:")
        line = self.t.line_of("spec/chardev.yaml", "mknod: {mood:")
        self.assertFails(rf"spec/chardev\.yaml:{line}:", r"tests\.args sets 'mood', not a parameter of fdk_chardev_mknod")

    def test_every_fd_maker_has_an_exhaustion_sweep(self) -> None:
        # a constructor without a sweep is refused at the function, naming the key to add
        self.t.edit("spec/pipe.yaml", "    max_capacity: {}\n", "")
        line = self.t.line_of("spec/pipe.yaml", "  max_capacity:")
        self.assertFails(rf"spec/pipe\.yaml:{line}:", r"fdk_pipe_max_capacity creates descriptors but has no "
                                                        r"exhaustion sweep: add tests\.exhaust\.max_capacity")
        # a sweep of a function that makes none, and a bad argument name
        self.fresh()
        self.t.edit("spec/pipe.yaml", "    max_capacity: {}\n", "    max_capacity: {}\n    capacity: {}\n")
        self.assertFails(r"spec/pipe\.yaml:\d+:", r"tests\.exhaust: fdk_pipe_capacity creates no descriptor")
        self.fresh()
        self.t.edit("spec/pipe.yaml", "    max_capacity: {}\n", "    max_capacity: {args: {ot: 1}}\n")
        self.assertFails(r"spec/pipe\.yaml:\d+:", r"tests\.exhaust\.max_capacity sets 'ot', not a parameter")
        # the sweep is generated: each try under the lowered limit, judged, checked for leaks
        self.fresh()
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        gen = (self.t.dir / "generated/tests/test_pipe_gen.c").read_text()
        self.assertIn("static void test_exhaust_max_capacity(void)", gen)
        self.assertIn("int rc = fdk_pipe_max_capacity(&a_out);", gen)
        self.assertIn("RUN(test_exhaust_open);", gen)

    def test_one_eintr_rule(self) -> None:
        # a call that can wait returns EINTR; one that never waits does not return it
        self.t.edit("spec/eventfd.yaml", "    eintr: return", "    eintr: retry")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"fdk_eventfd_read: a call that can wait .* returns EINTR")
        self.fresh()
        self.t.edit("spec/pipe.yaml", "    eintr: retry", "    eintr: return")
        self.assertFails(r"spec/pipe\.yaml:\d+:", r"fdk_pipe_capacity: a call that never waits retries")

    def test_calls_are_checked_against_headers(self) -> None:
        self.t.edit("spec/pipe.yaml", '"int pipe2(int *pipefd, int flags)"', '"int pipe2(int *pipefd, long flags)"')
        line = self.t.line_of("spec/pipe.yaml", "long flags")
        self.assertFails(rf"spec/pipe\.yaml:{line}:", r"prototype differs from")

    def test_inject_list_covers_wrapped_functions(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        fns = (self.t.dir / "generated/tests/fdk-inject-fns.h").read_text()
        self.assertIn("FDK_INJECT_FN(ssize_t, splice, (int fd_in, loff_t *off_in, int fd_out, loff_t *off_out, "
                      "size_t len, unsigned int flags), (fd_in, off_in, fd_out, off_out, len, flags), len)", fns)
        self.assertIn("FDK_INJECT_FN(int, pipe2,", fns)
        self.assertNotIn(", openat,", fns)  # variadic: wrapped by hand

    def test_function_over_several_handles_is_expanded(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/socket.h").read_text()
        for t in ("fdk_tcp_stream", "fdk_unix_stream", "fdk_unix_seqpacket", "fdk_udp", "fdk_unix_dgram"):
            self.assertIn(f"FDK_EXPORT FDK_INLINE ssize_t {t}_send({t} s, const void *buf, size_t len, int flags)", hdr)
        self.assertNotIn("fdk_tcp_listener_send(", hdr)  # not listed: a listener cannot send
        errs = (self.t.dir / "generated/include/fdkit/errors.h").read_text()
        self.assertIn("FDK_OP_UDP_SEND", errs)

    def test_message_handles_send_empty_messages(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/socket.h").read_text()
        def body(name: str) -> str:
            b = hdr[hdr.index(f"FDK_INLINE ssize_t {name}("):]
            return b[:b.index("\n}\n")]
        # a stream: no call (the fd test the kernel would make is kept there)
        self.assertIn("if (len == 0)\n        return s.fd < 0 ? -EBADF : 0;", body("fdk_tcp_stream_send"))
        self.assertNotIn("if (len == 0)", body("fdk_udp_send"))  # a datagram: an empty one is sent
        self.assertIn("if (len == 0)\n        return s.fd < 0 ? -EBADF : 0;", body("fdk_udp_recv"))  # never drops a datagram
        # the hot path has no fd test of its own: send() refuses a negative fd with EBADF
        self.assertNotIn("s.fd < 0)\n        return -EBADF;", body("fdk_tcp_stream_send"))

    def test_unknown_handle_in_list(self) -> None:
        self.t.edit("spec/socket.yaml", "handle: [tcp_stream, unix_stream, unix_seqpacket]}",
                    "handle: [tcp_stream, unix_strem, unix_seqpacket]}")
        line = self.t.line_of("spec/socket.yaml", "unix_strem")
        self.assertFails(rf"spec/socket\.yaml:{line}:", r"shutdown: unknown handle 'unix_strem'")

    def test_handle_state_needs_runtime_close(self) -> None:
        self.t.edit("spec/socket.yaml", "    close: core\n", "")
        self.assertFails(r"spec/socket\.yaml:\d+:", r"fdk_unix_listener: close: core and a 'core' mapping")
        self.fresh()
        self.t.edit("spec/socket.yaml", "    close: core\n", "")
        self.t.edit("spec/socket.yaml", '    core: {close: "fdk__unix_close_bound({h}, {h.bound})", '
                    'release: "fdk__unix_release_bound({h}, {h.bound})"}\n', "")
        self.assertFails(r"spec/socket\.yaml:\d+:", r"fdk_unix_listener: a handle with state needs close: runtime")

    def test_handle_state_view_and_runtime_close(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/socket.h").read_text()
        self.assertIn("    struct fdk__unix_bound *bound; /**<", hdr)
        self.assertIn("    h.bound = 0;\n    return h;", hdr)  # adopt() empties the state
        self.assertIn("static inline fdk_socket fdk_tcp_stream_socket(fdk_tcp_stream h)", hdr)
        # handwritten close and release for a handle with state; generated ones for the rest
        self.assertIn("FDK_EXPORT int fdk_unix_listener_release(fdk_unix_listener *h);", hdr)
        self.assertNotIn("static inline int fdk_unix_listener_release(", hdr)
        self.assertIn("static inline int fdk_tcp_stream_release(fdk_tcp_stream *h)", hdr)
        src = (self.t.dir / "generated/src/socket.c").read_text()
        # close: core - generated, one call of the handwritten core
        self.assertIn("int fdk_unix_listener_close(fdk_unix_listener *h)\n{\n    if (!h)\n        return -EINVAL;\n"
                      "    return fdk__unix_close_bound(&h->fd, &h->bound);\n}", src)
        self.assertIn("int fdk_tcp_stream_close(fdk_tcp_stream *h)\n{", src)

    # -- impl: core ------------------------------------------------------------------
    LISTEN_CORE = 'core: "fdk__unix_listen(SOCK_STREAM, {addr}, {backlog}, {flags}, {out}, {out.bound})"'

    def _core_fails(self, new: str, what_re: str) -> str:
        self.t.edit("spec/socket.yaml", self.LISTEN_CORE, new)
        line = self.t.line_of("spec/socket.yaml", new)
        return self.assertFails(rf"spec/socket\.yaml:{line}:", what_re)

    def test_core_entry_point_is_generated(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/socket.c").read_text()
        self.assertIn('#include "socket/fdk-unix.h"', src)
        self.assertIn("int fdk_unix_accept(fdk_unix_listener l, fdk_unix_stream *out, fdk_sockaddr *ret_peer, "
                      "int flags)\n{\n    fdk_unix_stream out_ = {.fd = -1};\n    int r;\n\n"
                      "    if (l.fd < 0)\n        return -EBADF;\n    if (!out)\n        return -EINVAL;\n"
                      "    r = fdk__unix_accept(l.fd, flags, ret_peer, &out_.fd);\n    if (r < 0)\n"
                      "        return r;\n    *out = out_;\n    return 0;\n}", src)
        self.assertIn("    r = fdk__unix_listen(SOCK_STREAM, addr, backlog, flags, &out_.fd, &out_.bound);", src)
        self.assertIn("    return fdk__unix_peer(s.fd, addr);\n}", src)  # nothing to write back

    def test_core_bad_placeholder(self) -> None:
        self._core_fails(self.LISTEN_CORE.replace("{addr}", "{adr}"),
                         r"fdk_unix_listen: core placeholder \{adr\} is not a parameter.*did you mean \{addr\}")

    def test_core_unknown_function(self) -> None:
        self._core_fails(self.LISTEN_CORE.replace("fdk__unix_listen", "fdk__unix_lsten"),
                         r"unknown core fdk__unix_lsten: runtime/socket/\*\.h declares no such function; "
                         r"did you mean fdk__unix_listen")

    def test_core_not_an_fdk_function(self) -> None:
        self._core_fails('core: "listen({addr})"', r"core 'listen\(\{addr\}\)' is not a call of an fdk__ function")

    def test_core_wrong_argument_count(self) -> None:
        self._core_fails(self.LISTEN_CORE.replace(", {out.bound}", ""),
                         r"core fdk__unix_listen takes 6 arguments \(runtime/socket/fdk-unix\.h\), the call passes 5")

    def test_core_bare_parameter(self) -> None:
        self._core_fails(self.LISTEN_CORE.replace("{backlog}", "backlog"),
                         r"core passes the parameter 'backlog' bare: write \{backlog\}")

    def test_core_unknown_state_member(self) -> None:
        self._core_fails(self.LISTEN_CORE.replace("{out.bound}", "{out.bond}"),
                         r"\{out.bond\}: fdk_unix_listener has no state member 'bond' \(state: bound\)")

    def test_core_member_of_a_plain_parameter(self) -> None:
        self._core_fails(self.LISTEN_CORE.replace("{addr}", "{addr.len}"),
                         r"\{addr.len\}: 'addr' is not a handle, so it has no members")

    def test_core_needs_impl_core(self) -> None:
        self.t.edit("spec/socket.yaml", "    impl: core\n    " + self.LISTEN_CORE, "    impl: runtime\n    "
                    + self.LISTEN_CORE)
        line = self.t.line_of("spec/socket.yaml", self.LISTEN_CORE)
        self.assertFails(rf"spec/socket\.yaml:{line}:", r"fdk_unix_listen: impl: core and a 'core' call go together")

    def test_options_generate_typed_accessors(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/socket.c").read_text()
        body = src[src.index("int fdk_socket_set_sndbuf(fdk_socket s, size_t bytes)"):]
        body = body[:body.index("\n}\n")]
        self.assertIn("v = (int)((bytes + 1) / 2);", body)  # the kernel doubles what it gets
        self.assertIn("setsockopt(s.fd, SOL_SOCKET, SO_SNDBUF, &v, sizeof v)", body)
        self.assertIn("int fdk_socket_get_nodelay(fdk_socket s, bool *ret_on)", src)
        self.assertIn("getsockopt(s.fd, IPPROTO_TCP, TCP_NODELAY, &v, &len)", src)
        self.assertIn("if (value < 1)\n        return -EINVAL; /* below 1 */", src)  # keepidle min
        self.assertNotIn("fdk_socket_set_error(", src)  # read-only
        lock = (self.t.dir / "spec/abi/x86_64.yaml").read_text()
        self.assertRegex(lock, r"TCP_NODELAY: 1\b")

    def test_option_bad_type_and_access(self) -> None:
        self.t.edit("spec/socket.yaml", "opt: SO_ERROR, type: errno, access: get,", "opt: SO_ERROR, type: errno,")
        line = self.t.line_of("spec/socket.yaml", "opt: SO_ERROR, type: errno,")
        self.assertFails(rf"spec/socket\.yaml:{line}:", r"option error: type errno is read-only")

    def test_option_unknown_constant(self) -> None:
        self.t.edit("spec/socket.yaml", "opt: TCP_NODELAY,", "opt: TCP_NODELEY,")
        line = self.t.line_of("spec/socket.yaml", "TCP_NODELEY")
        self.assertFails(rf"spec/socket\.yaml:{line}:", r"TCP_NODELEY")

    # -- record streams, output-only bits, exclusive pairs, runtime validation ----
    def test_record_iterator_is_generated(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/inotify.h").read_text()
        self.assertIn("struct fdk_inotify_event {\n    int wd;", hdr)
        self.assertIn("    const char *name; /**<", hdr)
        self.assertIn("int fdk_inotify_next(const void *buf, size_t len, size_t *pos, "
                      "struct fdk_inotify_event *ev)", hdr)
        body = hdr[hdr.index("FDK_INLINE int fdk_inotify_next("):]
        body = body[:body.index("\n}\n")]
        # bounds before the header is read, the length before the payload, NUL inside the record
        self.assertLess(body.index("if (room < sizeof h)"), body.index("memcpy(&h, rec, sizeof h)"))
        self.assertIn("if (h.len > room - sizeof h)\n        return -EBADMSG;", body)
        self.assertIn("if (rec[total - 1] != '\\0')", body)
        self.assertLess(body.index("return -EBADMSG; /* name must end"), body.index("ev->wd = h.wd;"))
        tests = (self.t.dir / "generated/tests/test_inotify_gen.c").read_text()
        for name in ("test_next_end", "test_next_malformed", "test_next_records"):
            self.assertIn(f"static void {name}(void)", tests)

    def test_record_unknown_member(self) -> None:
        self.t.edit("spec/inotify.yaml", "length: {member: len, covers: payload}",
                    "length: {member: lenght, covers: payload}")
        line = self.t.line_of("spec/inotify.yaml", "member: lenght")
        self.assertFails(rf"spec/inotify\.yaml:{line}:", r"length member 'lenght' is not a member of struct "
                                                         r"inotify_event.*\(members: wd, mask, cookie, len, name\)")

    def test_record_struct_not_listed(self) -> None:
        self.t.edit("spec/inotify.yaml", "    struct: inotify_event\n", "    struct: inotify_evnt\n")
        line = self.t.line_of("spec/inotify.yaml", "struct: inotify_evnt")
        self.assertFails(rf"spec/inotify\.yaml:{line}:", r"struct inotify_evnt is not listed under structs")

    def test_record_bad_covers(self) -> None:
        self.t.edit("spec/inotify.yaml", "covers: payload}", "covers: payloads}")
        line = self.t.line_of("spec/inotify.yaml", "covers: payloads")
        self.assertFails(rf"spec/inotify\.yaml:{line}:", r"'payloads' is not allowed here \(allowed: payload, record")

    def test_flexible_array_member_checked(self) -> None:
        self.t.edit("spec/inotify.yaml", '{name: name, type: "char[]"}', '{name: name, type: "int[]"}')
        line = self.t.line_of("spec/inotify.yaml", '"int[]"')
        self.assertFails(rf"spec/inotify\.yaml:{line}:", r"inotify_event\.name: type differs from the headers")

    FILE_HANDLE = ("headers: [unistd.h, fcntl.h, sys/uio.h]\nstructs:\n  file_handle:\n    members:\n"
                   "      - {name: handle_bytes, type: unsigned int}\n      - {name: handle_type, type: int}\n"
                   "      - {name: f_handle, type: \"unsigned char[]\"}\n")

    def test_flexible_array_member_spelled_zero(self) -> None:
        # glibc declares struct file_handle's flexible array the GNU way, f_handle[0]
        self.t.edit("spec/fd.yaml", "headers: [unistd.h, fcntl.h, sys/uio.h]\n", self.FILE_HANDLE)
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        lock = (self.t.dir / "spec/abi/x86_64.yaml").read_text()
        self.assertIn("  file_handle: {size: 8, align: 4, offsets: {handle_bytes: 0, handle_type: 4, f_handle: 8}}",
                      lock)
        src = (self.t.dir / "generated/src/fd.c").read_text()
        self.assertIn("_Static_assert(offsetof(struct file_handle, f_handle) == 8,", src)
        self.assertIn("_Static_assert(sizeof(struct file_handle) == 8,", src)
        # a fixed size is still not a flexible array, nor is the element type free
        for wrong in ('"unsigned char[4]"', '"char[]"'):
            self.fresh()
            self.t.edit("spec/fd.yaml", "headers: [unistd.h, fcntl.h, sys/uio.h]\n",
                        self.FILE_HANDLE.replace('"unsigned char[]"', wrong))
            line = self.t.line_of("spec/fd.yaml", "f_handle")
            self.assertFails(rf"spec/fd\.yaml:{line}:", r"file_handle\.f_handle: type differs from the headers")

    def test_output_only_bits_outside_all_but_named(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/inotify.h").read_text()
        all_def = hdr[hdr.index("#define FDK_INOTIFY_MASK_ALL"):]
        all_def = all_def[:all_def.index(")\n")]
        self.assertIn("FDK_INOTIFY_ONESHOT", all_def)
        for kernel_only in ("FDK_INOTIFY_IGNORED", "FDK_INOTIFY_ISDIR", "FDK_INOTIFY_Q_OVERFLOW"):
            self.assertNotIn(kernel_only, all_def)
        tables = (self.t.dir / "generated/src/tables.c").read_text()
        self.assertIn('"IN_IGNORED", "FDK_INOTIFY_IGNORED"', tables)  # printable all the same

    def test_output_only_set_cannot_be_passed(self) -> None:
        self.t.edit("spec/inotify.yaml", "    doc: Flags for fdk_inotify_open().\n    type: int\n",
                    "    doc: Flags for fdk_inotify_open().\n    type: int\n    output_only: true\n")
        self.t.edit("spec/inotify.yaml", "        nonblock: true\n", "")
        self.t.edit("spec/inotify.yaml", "        cloexec: true\n", "")
        self.assertFails(r"spec/inotify\.yaml:\d+:", r"inotify\.open is output_only .*never passed")

    def test_excludes_pair_is_rejected_before_the_call(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/inotify.c").read_text()
        self.assertIn("if ((mask & FDK_INOTIFY_MASK_CREATE) && (mask & FDK_INOTIFY_MASK_ADD))\n"
                      "        return -EINVAL; /* IN_MASK_CREATE and IN_MASK_ADD exclude each other */", src)
        self.t.edit("spec/inotify.yaml", "excludes: [IN_MASK_ADD]", "excludes: [IN_MASK_ADDD]")
        line = self.t.line_of("spec/inotify.yaml", "name: IN_MASK_CREATE")
        self.assertFails(rf"spec/inotify\.yaml:{line}:", r"refers to IN_MASK_ADDD, which is not a member")

    def test_o_flag_false_skips_the_o_cloexec_assert(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/fanotify.c").read_text()
        self.assertNotIn("FAN_CLOEXEC must equal O_CLOEXEC", src)  # fanotify_init's own bit (1)
        self.assertIn("EFD_CLOEXEC must equal O_CLOEXEC", (self.t.dir / "generated/src/eventfd.c").read_text())
        self.t.edit("spec/fanotify.yaml", "        cloexec: true\n        o_flag: false\n", "        cloexec: true\n", 1)
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/fanotify.c").read_text()
        self.assertIn("FAN_CLOEXEC must equal O_CLOEXEC", src)

    def test_cloexec_follows_the_key_not_the_name(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/eventfd.c").read_text()
        self.assertIn("EFD_CLOEXEC must equal O_CLOEXEC", src)
        self.assertIn("eventfd(initval, flags | FDK_EVENTFD_CLOEXEC)", src)  # always set
        sock = (self.t.dir / "generated/src/socket.c").read_text()
        self.assertNotIn("MSG_CMSG_CLOEXEC must equal", sock)  # always, but not the fd's own bit
        # a CLOEXEC name without the key: neither asserted nor OR-ed in
        self.t.edit("spec/eventfd.yaml", "      - name: EFD_CLOEXEC\n        cloexec: true\n",
                    "      - name: EFD_CLOEXEC\n")
        # the key on a name that does not say CLOEXEC: asserted and OR-ed in
        self.t.edit("spec/eventfd.yaml", "      - name: EFD_SEMAPHORE\n",
                    "      - name: EFD_SEMAPHORE\n        cloexec: true\n")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/eventfd.c").read_text()
        self.assertNotIn("EFD_CLOEXEC must equal O_CLOEXEC", src)
        self.assertIn("EFD_SEMAPHORE must equal O_CLOEXEC", src)
        self.assertIn("eventfd(initval, flags | FDK_EVENTFD_SEMAPHORE)", src)

    def test_cloexec_key_errors(self) -> None:
        self.t.edit("spec/eventfd.yaml", "        cloexec: true\n", "        cloexec: true\n        nonblock: true\n")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"EFD_CLOEXEC cannot be both cloexec and nonblock")
        self.fresh()
        self.t.edit("spec/eventfd.yaml", "        cloexec: true\n", "        cloexec: true\n        always: false\n")
        line = self.t.line_of("spec/eventfd.yaml", "always: false")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"a cloexec bit is always set")
        self.fresh()
        self.t.edit("spec/eventfd.yaml", "      - name: EFD_SEMAPHORE\n",
                    "      - name: EFD_SEMAPHORE\n        cloexec: true\n")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"eventfd\.open: EFD_CLOEXEC is a second cloexec bit")

    FCNTL_FNS = (
        "functions:\n"
        "  getfl:\n"
        "    doc: Read the status flags.\n"
        "    libc: fcntl\n"
        "    prototype: \"int fcntl(int fd, int cmd, ...)\"\n"
        "    params: [{name: ev, role: self}]\n"
        "    pass: {cmd: F_GETFL, \"...\": []}\n"
        "    returns: int\n    blocks: never\n    eintr: retry\n"
        "    errors: {EBADF: {class: bad_fd, meaning: \"not open\"}}\n"
        "  setfl:\n"
        "    doc: Set the status flags.\n"
        "    libc: fcntl\n"
        "    prototype: \"int fcntl(int fd, int cmd, ...)\"\n"
        "    params: [{name: ev, role: self}, {name: fl, type: int}]\n"
        "    pass: {cmd: F_SETFL, \"...\": fl}\n"
        "    returns: zero\n    blocks: never\n    eintr: retry\n"
        "    errors: {EBADF: {class: bad_fd, meaning: \"not open\"}}\n"
    )

    def _fcntl_fns(self) -> None:
        self.t.edit("spec/eventfd.yaml", "headers: [sys/eventfd.h]\n",
                    "headers: [sys/eventfd.h, fcntl.h]\nconstants: [F_GETFL, F_SETFL]\n")
        self.t.edit("spec/eventfd.yaml", "functions:\n", self.FCNTL_FNS)

    def test_variadic_pass(self) -> None:
        self._fcntl_fns()
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/eventfd.c").read_text()
        self.assertIn("r = fcntl(ev.fd, F_GETFL);", src)  # [] : no third argument at all
        self.assertIn("r = fcntl(ev.fd, F_SETFL, fl);", src)

    def test_variadic_pass_errors(self) -> None:
        self._fcntl_fns()
        self.t.edit("spec/eventfd.yaml", 'pass: {cmd: F_GETFL, "...": []}', "pass: {cmd: F_GETFL}")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"fdk_eventfd_getfl: fcntl\(\) is variadic: say what "
                                                     r"follows .*\[\] for none")
        self.fresh()
        self._fcntl_fns()
        self.t.edit("spec/eventfd.yaml", '"...": fl}', '"...": [fl, F_GETFD]}')
        line = self.t.line_of("spec/eventfd.yaml", "F_GETFD]")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"'F_GETFD' in 'F_GETFD' is not a parameter")
        self.fresh()
        self.t.edit("spec/eventfd.yaml", "    pass: {count: initval}\n", '    pass: {count: initval, "...": []}\n')
        line = self.t.line_of("spec/eventfd.yaml", '"...": []')
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"pass maps '\.\.\.', but eventfd\(\) is not variadic")
        self.fresh()
        self.t.edit("spec/eventfd.yaml", "    pass: {count: initval}\n", "    pass: {count: [initval]}\n")
        line = self.t.line_of("spec/eventfd.yaml", "count: [initval]")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"pass\.count: expected string")

    HUGE_FIELD = (
        "      - name: MFD_HUGE_MASK\n"
        "        fdk_name: HUGE_MASK\n"
        "        shift: MFD_HUGE_SHIFT\n"
        "        requires: [EFD_SEMAPHORE]\n"
        "        doc: a huge page size\n"
        "        values:\n"
        "          - {name: MFD_HUGE_64KB, fdk_name: HUGE_64KB, doc: 64 KiB}\n"
        "          - {name: MFD_HUGE_2MB, fdk_name: HUGE_2MB, doc: 2 MiB}\n"
        "          - {name: MFD_HUGE_1GB, fdk_name: HUGE_1GB, doc: 1 GiB}\n"
    )

    def _huge_field(self, field: Optional[str] = None) -> None:
        """A six-bit field (memfd's huge page sizes) in eventfd's open flags."""
        self.t.edit("spec/eventfd.yaml", "headers: [sys/eventfd.h]", "headers: [sys/eventfd.h, linux/memfd.h]")
        self.t.edit("spec/eventfd.yaml", "    type: int\n", "    type: unsigned int\n")
        self.t.edit("spec/eventfd.yaml", "      - name: EFD_NONBLOCK\n", (field or self.HUGE_FIELD) + "      - name: EFD_NONBLOCK\n")

    def test_field_values_are_values_not_bits(self) -> None:
        self._huge_field()
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/eventfd.h").read_text()
        self.assertRegex(hdr, r"#define FDK_EVENTFD_HUGE_MASK +0xfc000000u\n")  # 0x3f << 26
        self.assertRegex(hdr, r"#define FDK_EVENTFD_HUGE_2MB +0x54000000u\n")   # 21 << 26
        self.assertRegex(hdr, r"#define FDK_EVENTFD_HUGE_MASK +\(\(unsigned int\)\(\(uint64_t\)MFD_HUGE_MASK "
                              r"<< MFD_HUGE_SHIFT\)\)\n")
        all_def = hdr[hdr.index("#define FDK_EVENTFD_OPEN_ALL"):]
        all_def = all_def[:all_def.index(")\n")]
        self.assertIn("FDK_EVENTFD_HUGE_MASK", all_def)
        self.assertNotIn("FDK_EVENTFD_HUGE_2MB", all_def)
        src = (self.t.dir / "generated/src/eventfd.c").read_text()
        self.assertIn("_Static_assert((uint64_t)FDK_EVENTFD_HUGE_MASK == ((uint64_t)MFD_HUGE_MASK << "
                      "MFD_HUGE_SHIFT)", src)
        self.assertIn("_Static_assert(FDK_EVENTFD_HUGE_2MB == MFD_HUGE_2MB", src)
        flat = re.sub(r"\s+", " ", src)
        self.assertIn("if ((flags & FDK_EVENTFD_HUGE_MASK) && (flags & FDK_EVENTFD_HUGE_MASK) != FDK_EVENTFD_HUGE_64KB "
                      "&& (flags & FDK_EVENTFD_HUGE_MASK) != FDK_EVENTFD_HUGE_2MB && (flags & FDK_EVENTFD_HUGE_MASK) "
                      "!= FDK_EVENTFD_HUGE_1GB) return -EINVAL; /* not a value of MFD_HUGE_MASK */", flat)
        self.assertIn("if ((flags & FDK_EVENTFD_HUGE_MASK) && (flags & (FDK_EVENTFD_SEMAPHORE)) != "
                      "(FDK_EVENTFD_SEMAPHORE)) return -EINVAL; /* MFD_HUGE_MASK needs EFD_SEMAPHORE */", flat)
        tables = (self.t.dir / "generated/src/tables.c").read_text()
        self.assertIn("{FDK_FLAGSET_EVENTFD_OPEN, (uint64_t)FDK_EVENTFD_HUGE_MASK},", tables)
        self.assertIn("fdk__flag_fields_count = 2;", tables)  # and memfd's
        self.assertIn('"MFD_HUGE_2MB", "FDK_EVENTFD_HUGE_2MB"', tables)
        self.assertNotIn('"MFD_HUGE_MASK"', tables)  # the mask is no value to print or parse
        lock = (self.t.dir / "spec/abi/x86_64.yaml").read_text()
        self.assertIn("  MFD_HUGE_MASK: 63\n", lock)
        self.assertIn("  MFD_HUGE_SHIFT: 26\n", lock)
        test = (self.t.dir / "generated/tests/test_eventfd_gen.c").read_text()
        self.assertIn("unsigned int f = (unsigned int)(v | (uint64_t)FDK_EVENTFD_SEMAPHORE);", test)
        self.assertRegex(test, r"\n +if \(v == \(uint64_t\)FDK_EVENTFD_HUGE_64KB \|\| v == \(uint64_t\)FDK_EVENTFD_HUGE_2MB "
                               r"\|\|\n +v == \(uint64_t\)FDK_EVENTFD_HUGE_1GB\)\n")

    def test_field_errors(self) -> None:
        self._huge_field(self.HUGE_FIELD.replace("MFD_HUGE_1GB, fdk_name: HUGE_1GB", "MFD_HUGETLB, fdk_name: HUGETLB"))
        line = self.t.line_of("spec/eventfd.yaml", "MFD_HUGETLB")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"MFD_HUGETLB = 0x4 is not inside the field MFD_HUGE_MASK")
        self.fresh()
        self._huge_field(self.HUGE_FIELD.replace("        shift: MFD_HUGE_SHIFT\n", ""))
        line = self.t.line_of("spec/eventfd.yaml", "name: EFD_SEMAPHORE")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"EFD_SEMAPHORE = 0x1 overlaps the field MFD_HUGE_MASK")
        self.fresh()
        self._huge_field(self.HUGE_FIELD.replace("MFD_HUGE_1GB, fdk_name: HUGE_1GB",
                                                 "HUGETLB_FLAG_ENCODE_2MB, fdk_name: ENCODE_2MB"))
        line = self.t.line_of("spec/eventfd.yaml", "HUGETLB_FLAG_ENCODE_2MB")
        self.assertFails(rf"spec/eventfd\.yaml:{line}:", r"HUGETLB_FLAG_ENCODE_2MB and MFD_HUGE_2MB are the same value")
        self.fresh()
        self._huge_field(self.HUGE_FIELD.replace("        requires: [EFD_SEMAPHORE]\n", "        always: true\n"))
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"MFD_HUGE_MASK: a field \(values:\) cannot be always")
        self.fresh()
        self._huge_field()
        self.t.edit("spec/eventfd.yaml", "        nonblock: true\n", "        nonblock: true\n        requires: [MFD_HUGE_2MB]\n")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"refers to MFD_HUGE_2MB, a value of the field MFD_HUGE_MASK")
        self.fresh()
        self._huge_field()
        self.t.edit("spec/eventfd.yaml", "        nonblock: true\n", "        nonblock: true\n        requires: [MFD_HUGE_MASK]\n")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"requires the field MFD_HUGE_MASK")
        self.fresh()
        self.t.edit("spec/eventfd.yaml", "        nonblock: true\n", "        nonblock: true\n        shift: EFD_CLOEXEC\n")
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"EFD_NONBLOCK: shift applies to a field")

    def test_returns_doc_replaces_the_return_sentence(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/inotify.h").read_text()
        self.assertIn("@return the number of bytes read, whole records only (never 0), or a negative errno:", hdr)
        self.assertNotIn("0 = end of input", hdr[hdr.index("fdk_inotify_read"):hdr.index("fdk_inotify_match_move")])

    def test_record_decoder_declared_for_runtime(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        val = (self.t.dir / "generated/src/fdk-validate.h").read_text()
        self.assertIn("int fdk__fanotify_event_decode(const void *payload, size_t len, "
                      "struct fdk_fanotify_event *ev);", val)

    def test_validate_only_for_runtime(self) -> None:
        self.t.edit("spec/eventfd.yaml", "    libc: eventfd\n", "    libc: eventfd\n    validate: true\n", 1)
        self.assertFails(r"spec/eventfd\.yaml:\d+:", r"validate applies to impl: runtime")


class AbiRegistryTest(unittest.TestCase):
    """spec/registry/: values given once and never changed; the symbol list."""

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)
        self.ids = "spec/registry/ids.yaml"

    def assertLoadErrors(self, load: Callable[[Path], object], name: str, cases: Sequence[tuple[str, int, str]]) -> None:
        """Each (body, line, what): load() of a file holding body fails at name:line saying what."""
        from codegen.loader import SpecError

        p = self.t.dir / name
        for body, line, what in cases:
            p.write_text(body)
            with self.assertRaises(SpecError) as cm:
                load(p)
            self.assertIn(f"{name}:{line}", str(cm.exception))
            self.assertIn(what, str(cm.exception))

    def test_renumbered_value_is_refused(self) -> None:
        line = self.t.line_of(self.ids, "  FDK_OP_FD_WRITE: 1")
        self.t.edit(self.ids, "  FDK_OP_FD_WRITE: 1\n", "  FDK_OP_FD_WRITE: 7\n")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, rf"spec/registry/ids\.yaml:{line}: FDK_OP_FD_WRITE is 7, but it is entry 1")
        self.assertIn("append-only", text)

    def test_deleted_entry_is_refused(self) -> None:
        # Removing a line would shift every later value down by one.
        self.t.edit(self.ids, "  FDK_OP_FD_WRITE: 1\n", "")
        line = self.t.line_of(self.ids, "  FDK_OP_FD_READV: 2")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, rf"ids\.yaml:{line}: FDK_OP_FD_READV is 2, but it is entry 1")

    def test_new_name_is_appended_and_check_refuses_it_missing(self) -> None:
        text = (self.t.dir / self.ids).read_text()
        last = [ln for ln in text.splitlines() if ln.startswith("  FDK_OP_")][-1]
        name, value = last.strip().split(": ")
        self.t.edit(self.ids, last + "\n", "")
        rc, out = self.t.run("--check")
        self.assertNotEqual(rc, 0, out)
        self.assertIn(f"{name} has no value yet", out)
        rc, out = self.t.run()
        self.assertEqual(rc, 0, out)
        self.assertIn(f"registry: {name} = {value} (new)", out)
        self.assertEqual((self.t.dir / self.ids).read_text(), text)
        hdr = (self.t.dir / "generated/include/fdkit/errors.h").read_text()
        self.assertIn(f"    {name} = {value},", hdr)

    def test_retired_name_keeps_its_value(self) -> None:
        from codegen.abi import Registry

        p = self.t.dir / "ids.yaml"
        p.write_text("ops:\n  FDK_OP_A: 0\n  FDK_OP_B: 1\nflagsets: {}\nkinds: {}\n")
        r = Registry(p)
        self.assertEqual(r.value("ops", "FDK_OP_B", False), 1)
        self.assertEqual(r.value("ops", "FDK_OP_C", False), 2)  # never reuses A's 0
        text = r.format()
        self.assertIn("  FDK_OP_A: 0  # retired: no spec defines it\n", text)
        self.assertIn("  FDK_OP_C: 2\n", text)
        p.write_text(text)
        self.assertEqual(Registry(p).values["ops"], {"FDK_OP_A": 0, "FDK_OP_B": 1, "FDK_OP_C": 2})

    def test_registry_errors_name_the_line(self) -> None:
        from codegen.abi import Registry

        self.assertLoadErrors(Registry, "ids.yaml", [
            ("ops:\n  FDK_OP_A: 0\n  FDK_FLAGSET_B: 1\n", 3, "does not start with FDK_OP_"),
            ("ops:\n  FDK_OP_A: zero\n", 2, "must be an integer"),
            ("ops:\n  FDK_OP_A: 0\nopz: {}\n", 3, "unknown section 'opz'"),
            ("ops:\n  FDK_OP_A: 0\n  FDK_OP_A: 1\n", 3, "duplicate key 'FDK_OP_A'"),
        ])

    def test_symbol_list_and_version_script(self) -> None:
        from codegen.abi import read_symbols, version_script

        p = self.t.dir / "symbols.txt"
        p.write_text("@released FDKIT_0.1\n@current FDKIT_0.2\nFDKIT_0.1 fdk_a\nFDKIT_0.2 fdk_b\n")
        self.assertEqual(read_symbols(p), (["FDKIT_0.1"], "FDKIT_0.2", [("FDKIT_0.1", "fdk_a"), ("FDKIT_0.2", "fdk_b")]))
        vs = version_script(p)
        self.assertRegex(vs, r"FDKIT_0\.1 \{\nglobal:\n    fdk_a;\nlocal:\n    \*;\n\};")
        self.assertRegex(vs, r"FDKIT_0\.2 \{\nglobal:\n    fdk_\[a-zA-Z0-9\]\*;\n\} FDKIT_0\.1;")
        self.assertNotIn("fdk_b", vs)  # the current node takes its symbols by wildcard
        self.assertLoadErrors(read_symbols, "symbols.txt", [
            ("@released FDKIT_0.1\n@current FDKIT_0.2\nFDKIT_0.1 fdk_a\nFDKIT_0.1 fdk_a\n", 4, "listed twice"),
            ("@released FDKIT_0.1\n@current FDKIT_0.2\nFDKIT_0.3 fdk_a\n", 3, "neither an @released"),
            ("@released FDKIT_0.1\n@current FDKIT_0.2\nFDKIT_0.1 fdk__internal\n", 3, "expected 'NODE symbol'"),
            ("@current FDKIT_0.2\n@released FDKIT_0.1\n", 2, "come before the @current"),
        ])



class IncludeDirTest(unittest.TestCase):
    """--include-dir: a folder the compiler would ignore is refused; alone it
    reports, with --update-lock it accepts the header set."""

    lock = "spec/abi/x86_64.yaml"

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)
        if not (self.t.dir / self.lock).exists():
            self.skipTest("no x86_64 lock on this machine")

    def make_inc(self, top: Union[str, Path], value: int = 4) -> str:
        """A header set under `top` that changes EFD_SEMAPHORE to `value`."""
        inc = Path(top) / "sys"
        inc.mkdir(parents=True)
        (inc / "eventfd.h").write_text(f"#include_next <sys/eventfd.h>\n#undef EFD_SEMAPHORE\n"
                                       f"#define EFD_SEMAPHORE {value}\n")
        return str(top)

    def assertRefused(self, folder: Union[str, Path], what: str) -> None:
        before = (self.t.dir / self.lock).read_text()
        rc, text = self.t.run("--include-dir", str(folder))
        self.assertEqual(rc, 2, text)
        self.assertIn(f"--include-dir {folder}: {what}", text)
        self.assertNotIn("match", text)
        self.assertEqual((self.t.dir / self.lock).read_text(), before)

    def test_missing_folder_is_refused(self) -> None:
        self.assertRefused(self.t.dir / "nonexistent" / "usr" / "include", "no such folder")

    def test_file_is_refused(self) -> None:
        f = self.t.dir / "eventfd.h"
        f.write_text("#define X 1\n")
        self.assertRefused(f, "not a folder")

    def test_folder_without_headers_is_refused(self) -> None:
        empty = self.t.dir / "empty"
        empty.mkdir()
        self.assertRefused(empty, "no headers (no *.h anywhere below it)")
        (empty / "linux").mkdir()
        (empty / "linux" / "README").write_text("no headers here\n")
        (empty / "linux" / "types.hpp").write_text("\n")
        self.assertRefused(empty, "no headers")

    def test_missing_folder_among_several_is_refused(self) -> None:
        good = self.make_inc(self.t.dir / "inc")
        missing = self.t.dir / "missing"
        rc, text = self.t.run("--include-dir", good, "--include-dir", str(missing))
        self.assertEqual(rc, 2, text)
        self.assertIn(f"--include-dir {missing}: no such folder", text)

    def test_header_deep_below_or_through_a_symlink_counts(self) -> None:
        deep = self.t.dir / "deep"
        self.make_inc(deep / "a" / "b")
        rc, text = self.t.run("--include-dir", str(deep))
        self.assertEqual(rc, 0, text)  # found below, though it is not where <sys/eventfd.h> resolves
        self.assertIn("match", text)
        linked = self.t.dir / "linked"
        linked.mkdir()
        (linked / "sys").symlink_to(deep / "a" / "b" / "sys")
        (linked / "loop").symlink_to(linked)  # a cycle must not hang the search
        rc, text = self.t.run("--include-dir", str(linked))
        self.assertEqual(rc, 1, text)  # accepted, and this one does change the value
        self.assertIn("EFD_SEMAPHORE", text)

    def test_report_lists_each_difference_and_writes_nothing(self) -> None:
        inc = self.make_inc(self.t.dir / "inc")
        before = (self.t.dir / self.lock).read_text()
        self.t.edit(self.lock, "  EPOLLIN: 1\n", "")  # an entry the lock lacks: "added"
        self.t.edit(self.lock, "constants:\n", "constants:\n  FDK_NO_SUCH_NAME: 5\n")  # "removed"
        edited = (self.t.dir / self.lock).read_text()
        rc, text = self.t.run("--include-dir", inc)
        self.assertEqual(rc, 1, text)
        self.assertRegex(text, r"changed: spec/eventfd\.yaml:\d+: flag EFD_SEMAPHORE: .* says 1, the headers say 4")
        self.assertRegex(text, r"added: spec/epoll\.yaml:\d+: EPOLLIN = 1 is not in")
        self.assertRegex(text, r"removed: spec/abi/x86_64\.yaml: FDK_NO_SUCH_NAME is no longer named")
        self.assertIn("1 changed, 1 added, 1 removed", text)
        self.assertIn(f"--include-dir {inc} --update-lock", text)
        self.assertEqual((self.t.dir / self.lock).read_text(), edited)
        self.assertFalse((self.t.dir / "generated").exists())
        self.assertNotEqual(before, edited)

    def test_update_lock_accepts_the_header_set(self) -> None:
        inc = self.make_inc(self.t.dir / "inc")
        rc, text = self.t.run("--include-dir", inc, "--update-lock")
        self.assertEqual(rc, 0, text)
        self.assertIn("lock: spec/eventfd.yaml", text)
        lock = (self.t.dir / self.lock).read_text()
        self.assertIn("  EFD_SEMAPHORE: 4\n", lock)
        self.assertIn("  EFD_NONBLOCK: 2048\n", lock)  # the rest still as measured
        hdr = (self.t.dir / "generated/include/fdkit/eventfd.h").read_text()
        self.assertIn("#define FDK_EVENTFD_SEMAPHORE 0x00000004", hdr)
        # now the lock is D's: D matches, the system headers do not
        rc, text = self.t.run("--include-dir", inc)
        self.assertEqual(rc, 0, text)
        self.assertIn(f"the headers under {inc} match", text)
        rc, text = self.t.run("--check")
        self.assertNotEqual(rc, 0, text)
        self.assertIn("says 4, the headers say 1", text)

    def test_relative_folder_is_taken_from_the_working_directory(self) -> None:
        work = Path(tempfile.mkdtemp(prefix="fdkit-codegen-cwd-"))
        self.addCleanup(shutil.rmtree, work, True)
        self.make_inc(work / "inc")
        cwd = os.getcwd()
        os.chdir(work)
        try:
            rc, text = self.t.run("--include-dir", "inc")  # --root is elsewhere
        finally:
            os.chdir(cwd)
        self.assertEqual(rc, 1, text)
        self.assertIn("the headers say 4", text)



def _same_located(test: unittest.TestCase, a: Any, b: Any, path: str = "(top)") -> None:
    """a and b hold the same values with the same file:line everywhere."""
    from codegen.loader import LDict, LList, LStr

    test.assertIs(type(a), type(b), path)
    if isinstance(a, (LDict, LList, LStr)):
        test.assertEqual((a.file, a.line), (b.file, b.line), path)
    if isinstance(a, LDict):
        test.assertEqual(list(a), list(b), path)
        test.assertEqual(a.key_lines, b.key_lines, path)
        for k in a:
            _same_located(test, a[k], b[k], f"{path}.{k}")
    elif isinstance(a, LList):
        test.assertEqual(a.item_lines, b.item_lines, path)
        test.assertEqual(len(a), len(b), path)
        for i, (x, y) in enumerate(zip(a, b)):
            _same_located(test, x, y, f"{path}[{i}]")
    else:
        test.assertEqual(a, b, path)


class LoaderStrictTest(unittest.TestCase):
    """codegen/loader.py: bad bytes, duplicate keys, huge or self-expanding
    files are refused with file:line; libyaml and the pure-Python loader agree."""

    def setUp(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="fdkit-loader-test-"))
        self.addCleanup(shutil.rmtree, self.dir, True)

    def loaders(self) -> list[bool]:
        from codegen import loader
        return [True, False] if loader.LIBYAML else [False]

    def assertRefused(self, data: Union[bytes, str], where: str, what: str, name: str = "f.yaml") -> "SpecError":
        """Every loader refuses a file holding `data` (bytes or str) at `where` saying `what`."""
        from codegen.loader import SpecError, load_yaml

        p = self.dir / name
        if isinstance(data, str):
            data = data.encode()
        p.write_bytes(data)
        for c in self.loaders():
            with self.subTest(libyaml=c):
                with self.assertRaises(SpecError) as cm:
                    load_yaml(p, name, libyaml=c)
                self.assertEqual(cm.exception.where, where)
                self.assertIn(what, str(cm.exception))
        return cm.exception

    def test_not_utf8_names_line_and_byte(self) -> None:
        self.assertRefused(b"a: 1\nb: 2\nc: caf\xe9\n", "f.yaml:3", "not UTF-8: byte 0xe9 at column 7")
        self.assertRefused(b"a: 1\r\nb: \xff\n", "f.yaml:2", "not UTF-8: byte 0xff")
        self.assertRefused("a: 1\n".encode("utf-16"), "f.yaml:1", "not UTF-8")

    def test_not_utf8_spec_is_an_error_not_a_traceback(self) -> None:
        t = Tree()
        self.addCleanup(t.close)
        line = t.line_of("spec/eventfd.yaml", "doc: An eventfd counter.")
        p = t.dir / "spec/eventfd.yaml"
        p.write_bytes(p.read_bytes().replace(b"doc: An eventfd counter.", b"doc: An eventfd compteur \xe0.", 1))
        rc, text = t.run()
        self.assertEqual(rc, 2, text)
        self.assertIn(f"error: spec/eventfd.yaml:{line}: not UTF-8: byte 0xe0", text)
        self.assertNotIn("Traceback", text)

    def test_control_character_names_line(self) -> None:
        self.assertRefused("a: 1\nb: x\x01y\n", "f.yaml:2", "character U+0001 at column 5 is not allowed")

    def test_all_duplicate_keys_are_reported(self) -> None:
        err = self.assertRefused("a: 1\nb: {x: 1, x: 2}\na: 3\n? [k]\n: 4\n", "f.yaml:2", "duplicate key 'x'")
        self.assertEqual(err.problems, [("f.yaml:2", "duplicate key 'x' (first at line 2)"),
                                        ("f.yaml:3", "duplicate key 'a' (first at line 1)"),
                                        ("f.yaml:4", "mapping keys must be strings, found ['k']")])

    def test_merge_keys_still_override(self) -> None:
        from codegen.loader import load_yaml

        p = self.dir / "m.yaml"
        p.write_text("x-base: &b {p: 1, q: 2}\nuse: {<<: *b, p: 3}\n")
        for c in self.loaders():
            data = load_yaml(p, libyaml=c)
            self.assertEqual(dict(data["use"]), {"p": 3, "q": 2})
        self.assertRefused("x: {<<: 5}\n", "f.yaml:1", "'<<' must merge a mapping")

    def test_size_limit_is_exact(self) -> None:
        from codegen import loader

        def of_size(n: int) -> str:  # "a: 1" and a comment, n bytes in all
            return "a: 1\n#" + "x" * (n - 7) + "\n"

        self.assertEqual(len(of_size(loader.MAX_BYTES)), loader.MAX_BYTES)
        self.assertRefused(of_size(loader.MAX_BYTES + 1), "f.yaml", "larger than 4 MiB, refused")
        p = self.dir / "ok.yaml"
        p.write_text(of_size(loader.MAX_BYTES))
        self.assertEqual(loader.load_yaml(p), {"a": 1})

    def test_alias_bomb_is_refused(self) -> None:
        # nine levels of ten aliases: ~10^9 values from 10 lines
        lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for i in range(1, 9):
            lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
        err = self.assertRefused("\n".join(lines) + "\n", "f.yaml:5", "refused as an alias bomb")
        self.assertIn("expand the file to 1234567909 nodes", str(err))  # line 5: a4, the first over 100000

    def test_merge_bomb_is_refused(self) -> None:
        lines = ["m0: &m0 {" + ", ".join(f"k{j}: v" for j in range(10)) + "}"]
        for i in range(1, 8):
            lines.append(f"m{i}: &m{i} [" + ", ".join([f"{{<<: *m{i - 1}}}"] * 10) + "]")
        self.assertRefused("\n".join(lines) + "\n", "f.yaml:5", "alias bomb")

    def test_reused_anchors_below_the_limit_load(self) -> None:
        from codegen.loader import load_yaml

        p = self.dir / "ok.yaml"
        p.write_text("x-e: &e {EINVAL: {class: invalid, meaning: bad}}\n"
                     + "".join(f"f{i}: {{errors: *e}}\n" for i in range(1000)))
        data = load_yaml(p)
        self.assertEqual(data["f999"]["errors"]["EINVAL"]["class"], "invalid")

    def test_recursive_alias_is_refused(self) -> None:
        self.assertRefused("a: 1\nb: &b [1, [2, *b]]\n", "f.yaml:2", "alias to itself")

    def test_deep_nesting_is_refused_without_crashing(self) -> None:
        # libyaml's composer recurses in C: 10^5 levels crash the interpreter
        # unless the depth is checked first - so load in a child process
        import subprocess
        import sys

        p = self.dir / "deep.yaml"
        p.write_text("a: " + "[" * 100000 + "]" * 100000 + "\n")
        for c in self.loaders():
            code = ("import sys\nfrom codegen.loader import load_yaml, SpecError\n"
                    f"try:\n    load_yaml({str(p)!r}, 'deep.yaml', libyaml={c})\n"
                    "except SpecError as e:\n    print(e)\n")
            r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
            self.assertEqual(r.returncode, 0, f"libyaml={c}: {r.returncode} {r.stderr[-500:]}")
            self.assertIn("deep.yaml:1: collections nest more than 64 levels deep", r.stdout)
        self.assertRefused("a:\n" + "".join("  " * i + f"- k{i}:\n" for i in range(40)), "f.yaml:33",
                           "more than 64 levels deep")

    def test_deep_nesting_through_aliases_is_refused(self) -> None:
        lines = [f"l{i}: &l{i} [" + (f"*l{i - 1}" if i else "x") + "]" for i in range(70)]
        self.assertRefused("\n".join(lines) + "\n", "f.yaml:65", "through aliases, collections nest more than 64")

    def test_line_numbers_are_exact(self) -> None:
        from codegen.loader import load_yaml

        text = ("# comment\r\n"
                "\r\n"
                "top: 1\r\n"                      # 3
                "block: |\r\n  one\r\n  two\r\n"  # 4
                "flow: [a,\r\n  b, {c: d,\r\n  e: f}]\r\n"  # 7 (b: 8, e: 9)
                "x-anchor: &an\r\n"               # 10
                "  k: v\r\n"                      # 11
                "merged:\r\n"                     # 12
                "  <<: *an\r\n"                   # 13
                "  own: w\r\n"                    # 14
                "list:\r\n"                       # 15
                "  - 'quoted\r\n    on two lines'\r\n"  # 16
                "  - last\r\n")                   # 18
        p = self.dir / "lines.yaml"
        p.write_bytes(text.encode())
        for c in self.loaders():
            with self.subTest(libyaml=c):
                d = load_yaml(p, "lines.yaml", libyaml=c)
                self.assertEqual(d.key_lines, {"top": 3, "block": 4, "flow": 7, "x-anchor": 10, "merged": 12,
                                               "list": 15})
                self.assertEqual(d["flow"].item_lines, [7, 8, 8])
                self.assertEqual(d["flow"][2].key_lines, {"c": 8, "e": 9})
                self.assertEqual(d["merged"].key_lines, {"own": 14, "k": 11})
                self.assertEqual(d["list"].item_lines, [16, 18])
                self.assertEqual(d["list"][1].where(), "lines.yaml:18")
                # a string value is at the line where it starts, however many it spans
                self.assertEqual((d["block"].line, d["list"][0].line, d["flow"][2]["e"].line), (4, 16, 9))
                self.assertEqual(d["block"], "one\ntwo\n")

    def test_libyaml_and_pure_python_agree_on_every_spec(self) -> None:
        from codegen import loader

        if not loader.LIBYAML:
            self.skipTest("PyYAML without libyaml")
        paths = sorted(p for p in (REPO / "spec").rglob("*.yaml"))
        self.assertGreater(len(paths), 10)
        for p in paths:
            with self.subTest(spec=p.name):
                _same_located(self, loader.load_yaml(p, p.name, libyaml=True),
                              loader.load_yaml(p, p.name, libyaml=False))

    def test_libyaml_is_used_when_present(self) -> None:
        from unittest import mock

        import yaml

        from codegen import loader

        p = self.dir / "a.yaml"
        p.write_text("a: 1\n")
        with mock.patch.object(loader, "_make_loader", wraps=loader._make_loader) as made:
            loader.load_yaml(p)
            self.assertIs(made.call_args.args[1], yaml.CSafeLoader if loader.LIBYAML else yaml.SafeLoader)
            with mock.patch.object(loader, "LIBYAML", False):
                self.assertEqual(loader.load_yaml(p), {"a": 1})
                self.assertIs(made.call_args.args[1], yaml.SafeLoader)


class SchemaProblemsTest(unittest.TestCase):
    """Schema validation: misspellings get a suggestion, every problem of a
    file is listed (up to a cap), each at its own line."""

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)

    def errors(self, *args: str) -> list[str]:
        rc, text = self.t.run(*args)
        self.assertEqual(rc, 2, text)
        return [ln for ln in text.splitlines() if ln.startswith("error: ")]

    def test_misspelled_key_gets_a_suggestion(self) -> None:
        self.t.edit("spec/timerfd.yaml", "    libc: timerfd_gettime\n", "    libc: timerfd_gettime\n    retrun: zero\n")
        line = self.t.line_of("spec/timerfd.yaml", "retrun: zero")
        errs = self.errors()
        self.assertEqual(len(errs), 1, errs)
        self.assertRegex(errs[0], rf"^error: spec/timerfd\.yaml:{line}: functions\.get\.retrun: unknown key 'retrun' "
                                  r"\(allowed: .*\); did you mean 'returns'\?$")

    def test_misspelled_nested_key_gets_a_suggestion(self) -> None:
        self.t.edit("spec/eventfd.yaml", "      ENOMEM: {class: limit,", "      ENOMEM: {clas: limit,")
        line = self.t.line_of("spec/eventfd.yaml", "ENOMEM: {clas:")
        errs = self.errors()
        self.assertIn(f"error: spec/eventfd.yaml:{line}: functions.open.errors.ENOMEM.clas: unknown key 'clas' "
                      f"(allowed: class, meaning, untested); did you mean 'class'?", errs)

    def test_misspelled_value_gets_a_suggestion(self) -> None:
        self.t.edit("spec/eventfd.yaml", "    blocks: never\n", "    blocks: nevr\n")
        line = self.t.line_of("spec/eventfd.yaml", "blocks: nevr")
        errs = self.errors()
        self.assertRegex(errs[0], rf"spec/eventfd\.yaml:{line}: .*'nevr' is not allowed here \(allowed: never, "
                                  r"unless_nonblocking, always\); did you mean 'never'\?$")

    def test_no_suggestion_when_nothing_is_close(self) -> None:
        self.t.edit("spec/eventfd.yaml", "    blocks: never\n", "    blocks: never\n    zqxw: 1\n")
        errs = self.errors()
        self.assertRegex(errs[0], r"unknown key 'zqxw' \(allowed: [^)]*\)$")

    def test_every_problem_of_a_file_is_listed_in_line_order(self) -> None:
        self.t.edit("spec/timerfd.yaml", "    libc: timerfd_gettime\n", "    libc: timerfd_gettime\n    retrun: zero\n")
        self.t.edit("spec/timerfd.yaml", "blocks: never", "blocks: nevr")
        self.t.edit("spec/timerfd.yaml", "\nfamily: timerfd\n", "\nfamily: timerfd\nhedaers: []\n")
        lines = [self.t.line_of("spec/timerfd.yaml", n) for n in ("hedaers:", "blocks: nevr", "retrun: zero")]
        errs = self.errors()
        self.assertEqual(len(errs), 3, errs)
        for err, line, what in zip(errs, lines, ("did you mean 'headers'", "did you mean 'never'",
                                                 "did you mean 'returns'")):
            self.assertTrue(err.startswith(f"error: spec/timerfd.yaml:{line}: "), err)
            self.assertIn(what, err)

    def test_several_unknown_keys_in_one_mapping_are_each_listed(self) -> None:
        self.t.edit("spec/eventfd.yaml", "    blocks: never\n", "    blockz: never\n    eintrr: retry\n")
        lines = [self.t.line_of("spec/eventfd.yaml", n) for n in ("blockz:", "eintrr:")]
        errs = self.errors()
        self.assertTrue(any(e.startswith(f"error: spec/eventfd.yaml:{lines[0]}: ") and "'blockz'" in e
                            and "did you mean 'blocks'" in e for e in errs), errs)
        self.assertTrue(any(e.startswith(f"error: spec/eventfd.yaml:{lines[1]}: ") and "'eintrr'" in e
                            and "did you mean 'eintr'" in e for e in errs), errs)
        self.assertTrue(any("'blocks' is required but missing" in e for e in errs), errs)

    def test_problems_beyond_the_cap_are_counted(self) -> None:
        from codegen.loader import MAX_PROBLEMS

        extra = "".join(f"zz{i}: 1\n" for i in range(MAX_PROBLEMS + 7))
        self.t.edit("spec/eventfd.yaml", "\nfamily: eventfd\n", "\nfamily: eventfd\n" + extra)
        errs = self.errors()
        self.assertEqual(len(errs), MAX_PROBLEMS + 1, errs)
        self.assertEqual(sum("unknown key 'zz" in e for e in errs), MAX_PROBLEMS)
        self.assertEqual(errs[-1], f"error: spec/eventfd.yaml: 7 more problem(s) not listed (the first "
                                   f"{MAX_PROBLEMS} are)")

    def test_bad_key_name_points_at_the_key(self) -> None:
        self.t.edit("spec/eventfd.yaml", "\n  read:\n", "\n  Read:\n")
        line = self.t.line_of("spec/eventfd.yaml", "  Read:")
        errs = self.errors()
        self.assertEqual(errs, [f"error: spec/eventfd.yaml:{line}: functions: key 'Read' does not match "
                                f"^[a-z][a-z0-9_]*$"])

    def test_anchor_keys_are_not_unknown(self) -> None:
        # x-... keys are allowed by pattern; an unknown key after them is the one named
        self.t.edit("spec/socket.yaml", "\nx-send-errors: &send_errors\n", "\nzfoo: 1\nx-send-errors: &send_errors\n")
        line = self.t.line_of("spec/socket.yaml", "zfoo: 1")
        errs = self.errors()
        self.assertEqual(len(errs), 1, errs)
        self.assertTrue(errs[0].startswith(f"error: spec/socket.yaml:{line}: zfoo: unknown key 'zfoo'"), errs)


if __name__ == "__main__":
    unittest.main()


class CrossArchTest(unittest.TestCase):
    """Values of several locks, link names and the lock format (no compiler
    needed, except the last test, which needs a cross gcc)."""

    def lk(self, arch: str) -> "Arch":
        return {"arch": arch}

    def test_common_items_come_once_and_the_rest_per_group(self) -> None:
        from codegen.render import _arch_lines
        per = [(self.lk("x86_64"), [("#define A 1",), ("#define B 2",), ('_Static_assert(1, "{src}");',)]),
               (self.lk("aarch64"), [("#define A 1",), ("#define B 3",), ('_Static_assert(1, "{src}");',)]),
               (self.lk("riscv64"), [("#define A 1",), ("#define B 3",), ('_Static_assert(1, "{src}");',)])]
        out = _arch_lines(per, ["#define A X", "#define B Y"])
        self.assertEqual(out[0], "#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */")
        self.assertEqual(out.count("#define A 1"), 1)
        self.assertIn('_Static_assert(1, "spec/abi/");', out)  # shared: no one file named
        i = out.index("#if defined(FDK__ARCH_X86_64)")
        self.assertEqual(out[i + 1], "#define B 2")
        j = out.index("#elif defined(FDK__ARCH_AARCH64) || defined(FDK__ARCH_RISCV64)")
        self.assertEqual(out[j + 1], "#define B 3")
        self.assertEqual(out[-4:], ["#else /* an architecture without a lock: the system headers' values */",
                                    "#define A X", "#define B Y", "#endif"])

    def test_one_lock_needs_no_per_arch_branch_and_nothing_gives_nothing(self) -> None:
        from codegen.render import _arch_lines
        out = _arch_lines([(self.lk("i386"), [('_Static_assert(1, "{src}");',)])], [])
        self.assertEqual(out, ["#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */",
                               '_Static_assert(1, "spec/abi/");', "#endif"])
        self.assertEqual(_arch_lines([(self.lk("i386"), [])], []), [])
        self.assertEqual(_arch_lines([], ["#define A X"]), ["#define A X"])

    def test_link_names_read_from_every_assembler_syntax(self) -> None:
        from codegen.headers import _parse_link_names
        asm = ("fdk__sym_open:\n\t.quad\topen64\n"
               "fdk__sym_fcntl:\n\t.word\t__fcntl_time64\n"
               "fdk__sym_pread:\n\t.p2align 3\n\t.xword\tpread64\n"
               "fdk__sym_lseek:\n\t.dword\tlseek64\n"
               "fdk__sym_read:\n\t.long\tread@PLT\n")
        self.assertEqual(_parse_link_names(asm), {"open": "open64", "fcntl": "__fcntl_time64", "pread": "pread64",
                                                  "lseek": "lseek64", "read": "read"})

    def test_lock_round_trip_keeps_link_names_and_empty_sections(self) -> None:
        from codegen import lock
        measured: Measured = {"constants": {"A": 1}, "structs": {}, "syscalls": {},
                              "link_names": {"open": "open64"}}
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "i386.yaml"
            p.write_text(lock.format_lock(measured, "i386", "i686-linux-gnu"))
            back = lock.read_lock(p)
        self.assertEqual(back["link_names"], {"open": "open64"})
        self.assertEqual(back["structs"], {})
        newer = measured.copy()
        newer["link_names"] = {"open": "open64", "fcntl": "fcntl64"}
        changed, added, removed = lock.compare(newer, {}, back, "i386.yaml")
        self.assertEqual(changed, [])
        self.assertEqual(len(added), 1)
        self.assertIn("fcntl() binds to fcntl64", added[0])

    @unittest.skipUnless(shutil.which("i686-linux-gnu-gcc"), "needs gcc-i686-linux-gnu")
    def test_i386_probe_sees_the_64_bit_symbols(self) -> None:
        from codegen import headers
        from codegen.model import Spec
        here = os.getcwd()
        os.chdir(Path(__file__).resolve().parents[2])
        try:
            spec = Spec("spec")
            tc = headers.Toolchain("i686-linux-gnu-gcc")
            headers.verify(spec, tc)
            lk, _ = headers.probe(spec, tc)
        finally:
            os.chdir(here)
        self.assertEqual(lk["link_names"].get("pread"), "pread64")  # _FILE_OFFSET_BITS=64
        self.assertEqual(lk["link_names"].get("timerfd_settime"), "__timerfd_settime64")  # _TIME_BITS=64
        self.assertNotIn("read", lk["link_names"])


class KernelHeadersTest(unittest.TestCase):
    """UAPI headers beside the libc's: the include-order rule, kernel_headers
    measured in their own translation unit, and fallbacks for constants newer
    than the headers."""

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)

    def lock_value(self, name: str) -> Optional[int]:
        m = re.search(rf"(?m)^  {name}: (-?\d+)", (self.t.dir / "spec/abi/x86_64.yaml").read_text())
        return int(m.group(1)) if m else None

    def test_kernel_only_constant_is_measured_on_its_own(self) -> None:
        # TCP_MD5SIG_FLAG_IFINDEX is only in linux/tcp.h, which clashes with netinet/tcp.h
        self.t.edit("spec/socket.yaml", "constants: [MSG_CTRUNC,", "constants: [TCP_MD5SIG_FLAG_IFINDEX, MSG_CTRUNC,")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        self.assertEqual(self.lock_value("TCP_MD5SIG_FLAG_IFINDEX"), 2)
        src = (self.t.dir / "generated/src/socket.c").read_text()
        self.assertIn("#define TCP_MD5SIG_FLAG_IFINDEX 2", src)
        self.assertNotIn("#include <linux/tcp.h>", src)  # never beside netinet/tcp.h
        self.assertNotIn("#include <linux/tcp.h>", (self.t.dir / "generated/include/fdkit/socket.h").read_text())

    def test_clashing_header_under_headers_is_explained(self) -> None:
        self.t.edit("spec/socket.yaml", "kernel_headers: [linux/tcp.h]", "kernel_headers: [linux/pidfd.h]")
        self.t.edit("spec/socket.yaml", "netinet/tcp.h]", "netinet/tcp.h, linux/tcp.h]")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertIn("cannot be included in one file", text)
        self.assertIn("redefinition of", text)
        self.assertIn("kernel_headers", text)

    def test_header_in_both_lists_is_refused(self) -> None:
        self.t.edit("spec/socket.yaml", "netinet/tcp.h]", "netinet/tcp.h, linux/tcp.h]")
        line = self.t.line_of("spec/socket.yaml", "kernel_headers: [linux/tcp.h]")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, rf"spec/socket\.yaml:{line}: socket: linux/tcp\.h is in both headers and kernel_headers")

    def test_libc_headers_come_first(self) -> None:
        # listed UAPI-first, included libc-first (linux/memfd.h after sys/mman.h)
        self.t.edit("spec/memfd.yaml", "headers: [sys/mman.h, fcntl.h, linux/memfd.h]",
                    "headers: [linux/memfd.h, sys/mman.h, fcntl.h]")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        src = (self.t.dir / "generated/src/memfd.c").read_text()
        self.assertLess(src.index("#include <sys/mman.h>"), src.index("#include <linux/memfd.h>"))

    def test_fallback_supplies_what_the_headers_lack(self) -> None:
        self.t.edit("spec/epoll.yaml", "fallbacks:\n", "fallbacks:\n  EPOLL_FDK_FUTURE: {default: 123, ppc64le: 7}\n")
        self.t.edit("spec/epoll.yaml", "EPIOCGPARAMS]", "EPIOCGPARAMS, EPOLL_FDK_FUTURE]")
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        self.assertEqual(self.lock_value("EPOLL_FDK_FUTURE"), 123)
        src = (self.t.dir / "generated/src/epoll.c").read_text()
        self.assertIn("#ifndef EPOLL_FDK_FUTURE\n#define EPOLL_FDK_FUTURE 123\n", src)  # from the locks
        self.assertIn("#if defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)\n#define EPOLL_FDK_FUTURE 7", src)

    def test_fallback_contradicting_the_headers_fails(self) -> None:
        self.t.edit("spec/epoll.yaml", "fallbacks:\n", "fallbacks:\n  EPOLL_CTL_ADD: 9\n")
        line = self.t.line_of("spec/epoll.yaml", "EPOLL_CTL_ADD: 9")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, rf"spec/epoll\.yaml:{line}: fallbacks: EPOLL_CTL_ADD is 9 in the spec, but the "
                               rf"headers define it as 1")

    def test_fallback_for_unknown_architecture_is_refused(self) -> None:
        self.t.edit("spec/epoll.yaml", "fallbacks:\n", "fallbacks:\n  EPOLL_FDK_FUTURE: {vax: 1}\n")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertIn("vax", text)


class CoverageTest(unittest.TestCase):
    """--coverage: every constant under a family's prefixes is named or
    ignored with a reason; the committed report is what the headers give."""

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)

    def test_committed_report_is_current(self) -> None:
        rc, text = self.t.run("--coverage", "--check")
        self.assertEqual(rc, 0, text)
        self.assertIn("0 untriaged", text)

    def test_untriaged_constant_fails_with_its_name(self) -> None:
        self.t.edit("spec/socket.yaml", '    SO_BSDCOMPAT: "obsolete: Linux has ignored it since 2.2"\n', "")
        rc, text = self.t.run("--coverage", "--check")
        self.assertEqual(rc, 1, text)
        self.assertRegex(text, r"spec/socket\.yaml:\d+: socket: 1 constant\(s\) under SO_, TCP_, MSG_, SCM_ are "
                               r"neither named by a spec nor ignored with a reason: SO_BSDCOMPAT")
        rc, text = self.t.run("--coverage")  # the report is written, and lists it
        self.assertEqual(rc, 1, text)
        self.assertIn("**Untriaged (1)**: SO_BSDCOMPAT.", (self.t.dir / "spec/COVERAGE.md").read_text())

    def test_prefix_entry_covers_a_group(self) -> None:
        self.t.edit("spec/socket.yaml", "    TCP_COOKIE_*:", "    TCP_COOKIEX_*:")
        rc, text = self.t.run("--coverage", "--check")
        self.assertEqual(rc, 1, text)
        for name in ("TCP_COOKIE_MAX", "TCP_COOKIE_MIN", "TCP_COOKIE_TRANSACTIONS"):
            self.assertIn(name, text)

    def test_stale_report_fails(self) -> None:
        self.t.edit("spec/socket.yaml", "obsolete: Linux has ignored it since 2.2", "obsolete since Linux 2.2")
        rc, text = self.t.run("--coverage", "--check")
        self.assertEqual(rc, 1, text)
        self.assertIn("spec/COVERAGE.md is stale", text)

    def test_needless_entry_is_reported(self) -> None:
        self.t.edit("spec/socket.yaml", "  ignored:\n    MSG_BATCH:", "  ignored:\n    SO_FDK_NONESUCH: \"no such thing\"\n    MSG_BATCH:")
        rc, text = self.t.run("--coverage")
        self.assertEqual(rc, 0, text)
        self.assertIn("do not need (absent, or named by a spec): SO_FDK_NONESUCH", (self.t.dir / "spec/COVERAGE.md").read_text())

    def test_misspelled_key(self) -> None:
        self.t.edit("spec/socket.yaml", "  ignored:\n    MSG_BATCH:", "  ignord:\n    MSG_BATCH:")
        rc, text = self.t.run("--coverage")
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, r"spec/socket\.yaml:\d+: .*'ignord'.*ignored")

    def test_string_option_needs_max_len(self) -> None:
        self.t.edit("spec/socket.yaml", "      type: string\n      max_len: 15\n      doc: \"the network",
                    "      type: string\n      doc: \"the network")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, r"spec/socket\.yaml:\d+: socket: option bindtodevice: a string option needs max_len")


class CacheTest(unittest.TestCase):
    """codegen/cache.py: a second run reuses the header checks' verdict, and a
    change to what they check is never answered from the cache."""

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)
        self.cache = self.t.dir / "cache"
        old = os.environ.get("FDKIT_CODEGEN_CACHE")
        os.environ["FDKIT_CODEGEN_CACHE"] = str(self.cache)
        self.addCleanup(lambda: os.environ.pop("FDKIT_CODEGEN_CACHE") if old is None
                        else os.environ.__setitem__("FDKIT_CODEGEN_CACHE", old))

    def test_second_run_uses_the_cache(self) -> None:
        import pycparser

        from codegen import cache
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        self.assertTrue(any((self.cache / "verify").iterdir()))
        cache.forget()  # the verdict comes from the folder, not this process's memory of it
        parse = pycparser.CParser.parse
        calls: list[int] = []

        def counting_parse(*a: Any, **k: Any) -> Any:
            calls.append(1)
            return parse(*a, **k)

        pycparser.CParser.parse = counting_parse
        try:
            rc, text = self.t.run()
        finally:
            pycparser.CParser.parse = parse
        self.assertEqual(rc, 0, text)
        self.assertEqual(calls, [])  # the headers were not parsed again

    def test_changed_check_is_not_answered_from_the_cache(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        # a struct member's name is not in the parsed text, only in the checks
        self.t.edit("spec/epoll.yaml", "{name: events, type: uint32_t}", "{name: evnts, type: uint32_t}")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertIn("struct epoll_event has no member 'evnts'", text)

    def test_off(self) -> None:
        os.environ["FDKIT_CODEGEN_CACHE"] = "off"
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        self.assertFalse(self.cache.exists())


class CheckHandlesTest(unittest.TestCase):
    """A check of a function over several handles may name the handles it applies to."""

    def setUp(self) -> None:
        self.t = Tree()
        self.addCleanup(self.t.close)

    def test_check_applies_to_its_handles_only(self) -> None:
        rc, text = self.t.run()
        self.assertEqual(rc, 0, text)
        hdr = (self.t.dir / "generated/include/fdkit/socket.h").read_text()
        udp = hdr[hdr.index("ssize_t fdk_udp_sendto("):hdr.index("ssize_t fdk_unix_dgram_sendto(")]
        self.assertIn("a UDP socket sends to IP addresses only", udp)
        self.assertNotIn("a Unix datagram socket sends to Unix addresses only", udp)

    def test_unknown_handle_is_refused(self) -> None:
        self.t.edit("spec/socket.yaml", "errno: EAFNOSUPPORT, handles: [udp],", "errno: EAFNOSUPPORT, handles: [tcp_stream],")
        rc, text = self.t.run()
        self.assertEqual(rc, 2, text)
        self.assertRegex(text, r"spec/socket\.yaml:\d+: socket\.sendto: check names handle 'tcp_stream', not one of "
                               r"udp, unix_dgram")
