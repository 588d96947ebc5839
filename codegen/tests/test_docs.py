"""Tests of the reference docs (codegen/docs.py): man pages and Markdown.

Fast: the specs are loaded once (no header parse, no probe), and the
schema errors are tried on a scratch copy of spec/ loaded with Spec alone.

Run from the repository root:  python3 -m unittest codegen.tests.test_docs
"""

import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path
from typing import Any, Optional

from codegen import docs
from codegen.loader import SpecError
from codegen.model import Spec

REPO = Path(__file__).resolve().parents[2]

# Exported symbols that no spec declares: the error and flag tables' helpers
# (generated/include/fdkit/errors.h, flags.h, fd.h) and the handwritten value
# types' functions (runtime/include/fdkit/*-types.h).  They are documented in
# their headers and named in fdkit(7), without pages of their own; a new
# exported symbol outside the specs must be added here on purpose.
# Every exported function has a page: from its family spec, or for the few
# that no spec declares, from the doc comment in its header
# (codegen/docs.py header_functions).
NO_PAGE: set[str] = set()

_loaded: dict[str, Any] = {}


def loaded() -> tuple[Any, "docs.Docs", dict[str, str], dict[str, str]]:
    """The spec, its Docs and both renderings, made once for every test here."""
    if not _loaded:
        import os
        cwd = os.getcwd()
        os.chdir(REPO)
        try:
            spec = Spec("spec")
            d = docs.Docs(spec, ".")
            _loaded.update(spec=spec, docs=d, man=docs.man_pages(d), ref=docs.reference(d))
        finally:
            os.chdir(cwd)
    return _loaded["spec"], _loaded["docs"], _loaded["man"], _loaded["ref"]


def exported() -> set[str]:
    out = set()
    for line in (REPO / "spec/registry/symbols.txt").read_text().splitlines():
        w = line.split()
        if len(w) == 2 and w[0].startswith("FDKIT_"):
            out.add(w[1])
    return out


def synopsis(page: str) -> str:
    """The prototype a page's SYNOPSIS shows, as plain C (the .BI arguments joined)."""
    body = page.split(".SH SYNOPSIS\n", 1)[1].split(".fi\n", 1)[0]
    parts = []
    for line in body.splitlines():
        if not line.startswith(".BI "):
            continue
        args = re.findall(r'"([^"]*)"|(\S+)', line[4:])
        parts.append("".join(a or b for a, b in args))
    return " ".join(" ".join(p.split()) for p in parts).replace("( ", "(")


class PagesTest(unittest.TestCase):
    def test_every_function_has_a_page(self) -> None:
        spec, d, man, _ref = loaded()
        pages = {Path(k).stem for k in man if k.startswith("man/man3/")}
        self.assertEqual(pages, {f.cname for f in spec.functions()} | {h.name for h in d.header_fns})
        # and the exported symbols: each has a page
        self.assertEqual(exported() - pages, NO_PAGE,
                         "an exported symbol has no man page (give it a spec entry, or a doc comment in its header)")
        self.assertFalse(pages - exported(), "a page for a function the library does not export")

    def test_header_function_pages(self) -> None:
        """Functions no spec declares: page from the header's comment, synopsis as declared."""
        _spec, d, man, ref = loaded()
        by_name = {h.name: h for h in d.header_fns}
        self.assertIn("fdk_version", by_name)
        self.assertIn("fdk_strerror", by_name)
        for name, h in by_name.items():
            page = man[f"man/man3/{name}.3"]
            self.assertIn(f".B #include <{h.header}>", page)
            self.assertEqual(synopsis(page), h.signature, name)
            header = (REPO / "generated/include" / h.header)
            if not header.exists():
                header = REPO / "runtime/include" / h.header
            self.assertIn(" ".join(h.signature.split()), " ".join(header.read_text().split()), name)
            self.assertIn(".SH ATTRIBUTES", page)
            self.assertIn(f"### {name}", ref["helpers.md"])
        # an errno list in the comment becomes ERRORS, one entry each
        fmt = man["man/man3/fdk_sockaddr_format.3"]
        for e in ("EINVAL", "ENOSPC", "EAFNOSUPPORT"):
            self.assertIn(f".B {e}\n", fmt)
        # per-function thread safety from spec/common.yaml overrides the header's default
        self.assertEqual(by_name["fdk_strerror"].ts_level, "thread-safe")
        self.assertEqual(by_name["fdk_op_name"].ts_level, "async-signal-safe")

    def test_family_and_overview_pages(self) -> None:
        spec, _d, man, _ref = loaded()
        self.assertIn("man/man7/fdkit.7", man)
        for fam in spec.families:
            page = man[f"man/man7/fdkit-{fam.name}.7"]
            for f in fam.functions:
                self.assertIn(f".BR {f.cname} (3)", page)
            self.assertIn(f"fdkit\\-{fam.name}", man["man/man7/fdkit.7"])

    def test_synopsis_is_the_header_declaration(self) -> None:
        spec, _d, man, _ref = loaded()
        for fam in spec.families:
            header = (REPO / f"generated/include/fdkit/{fam.name}.h").read_text()
            declared = {" ".join(m.split()) for m in re.findall(r"FDK_EXPORT (?:FDK_INLINE )?([^;{]+\))", header)}
            for f in fam.functions:
                page = man[f"man/man3/{f.cname}.3"]
                self.assertIn(f".B #include <fdkit/{fam.name}.h>", page)
                proto = synopsis(page)
                self.assertEqual(proto, f.signature() + ";", f.cname)
                self.assertIn(proto[:-1], declared, f"{f.cname}: the header declares something else")

    def test_errors_and_sections(self) -> None:
        spec, _d, man, _ref = loaded()
        for f in spec.functions():
            page = man[f"man/man3/{f.cname}.3"]
            errors = page.split(".SH ERRORS\n", 1)[1].split("\n.SH ", 1)[0]
            listed = re.findall(r"^\.B (E[A-Z0-9]+)$", errors, re.M)
            self.assertEqual(listed, [r.errno for r in f.errors], f.cname)
            for sec in ("NAME", "LIBRARY", "SYNOPSIS", "DESCRIPTION", "RETURN VALUE", "ERRORS",
                        "BLOCKING AND EINTR", "OWNERSHIP", "ATTRIBUTES", "SEE ALSO"):
                self.assertIn(f"\n.SH {sec}\n", page, f"{f.cname}: no {sec}")
            self.assertIn(f".BR fdkit\\-{f.family.name} (7)", page)
            self.assertRegex(page, r'^\.\\" Generated from spec/')
            self.assertIn(f'.TH {f.cname} 3 "" "fdkit {docs.version(REPO)}"', page)

    def test_the_example_key(self) -> None:
        spec, _d, man, _ref = loaded()
        with_example = [f for f in spec.functions() if f.example]
        self.assertTrue({"fdk_tcp_connect", "fdk_epoll_wait", "fdk_copy_all"} <= {f.cname for f in with_example})
        for f in spec.functions():
            self.assertEqual(".SH EXAMPLES" in man[f"man/man3/{f.cname}.3"], f.example is not None, f.cname)

    def test_examples_compile(self) -> None:
        spec, _d, _man, _ref = loaded()
        cc = shutil.which("cc") or shutil.which("gcc")
        if cc is None:
            self.skipTest("no C compiler")
        with tempfile.TemporaryDirectory() as tmp:
            for f in spec.functions():
                if not f.example:
                    continue
                src = Path(tmp) / f"{f.cname}.c"
                src.write_text(f.example)
                r = subprocess.run([cc, "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-D_FILE_OFFSET_BITS=64",
                                    "-D_TIME_BITS=64", f"-I{REPO}/generated/include", f"-I{REPO}/runtime/include",
                                    str(src)], capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, f"{f.cname}'s example does not compile:\n{r.stderr}")

    def test_deterministic_and_dateless(self) -> None:
        spec, d, man, ref = loaded()
        again = docs.Docs(spec, REPO)
        self.assertEqual(docs.man_pages(again), man)
        self.assertEqual(docs.reference(again), ref)
        for name, text in list(man.items()) + list(ref.items()):
            self.assertIsNone(re.search(r"\b20\d\d-\d\d-\d\d\b", text), name)
            self.assertTrue(text.isascii() or name.endswith(".md"), f"{name}: troff must be ASCII")

    def test_committed_output_is_current(self) -> None:
        """What codegen.fresh checks, for the docs alone and without the headers."""
        _spec, _d, man, ref = loaded()
        for rel, text in man.items():
            p = REPO / "generated" / rel
            self.assertTrue(p.exists() and p.read_text() == text, f"generated/{rel} is stale: run `python3 -m codegen`")
        for rel, text in ref.items():
            p = REPO / docs.REFERENCE_DIR / rel
            self.assertTrue(p.exists() and p.read_text() == text, f"{docs.REFERENCE_DIR}/{rel} is stale")
        on_disk = {p.relative_to(REPO / "generated").as_posix() for p in (REPO / "generated/man").rglob("*")
                   if p.is_file()}
        self.assertEqual(on_disk, set(man))


class MarkdownTest(unittest.TestCase):
    def test_index_and_family_files(self) -> None:
        spec, _d, _man, ref = loaded()
        self.assertEqual(set(ref), {f"{fam.name}.md" for fam in spec.families} | {"README.md", "errno.md", "helpers.md"})
        index = ref["README.md"]
        for fam in spec.families:
            for f in fam.functions:
                self.assertIn(f"[`{f.cname}()`]({fam.name}.md#{f.cname})", index)
                self.assertIn(f"\n### {f.cname}\n", ref[f"{fam.name}.md"])

    def test_errno_index(self) -> None:
        spec, _d, _man, ref = loaded()
        text = ref["errno.md"]
        sections = dict(re.findall(r"^## (E[A-Z0-9]+)\n\n(.*?)(?=^## |\Z)", text, re.M | re.S))
        for f in spec.functions():
            for r in f.errors:
                self.assertIn(f"[`{f.cname}()`]({f.family.name}.md#{f.cname})", sections[r.errno],
                              f"{f.cname} {r.errno}")
        self.assertIn("FDK_ERRCLASS_WOULD_BLOCK", sections["EAGAIN"])


class EscapeTest(unittest.TestCase):
    def test_troff(self) -> None:
        self.assertEqual(docs.troff("a\\b"), "a\\eb")
        self.assertEqual(docs.troff("returns -EAGAIN, non-blocking"), "returns \\-EAGAIN, non-blocking")
        self.assertEqual(docs.troff("see epoll(7) and fdk_epoll_wait()"),
                         "see \\fBepoll\\fP(7) and \\fBfdk_epoll_wait\\fP()")
        self.assertEqual(docs.troff("`a-b`"), "\\fBa\\-b\\fP")
        self.assertEqual(docs.troff("caf\u00e9"), "caf\\[u00E9]")
        self.assertEqual(docs.troff_line(".start"), "\\&.start")
        self.assertEqual(docs.troff_line("'quote"), "\\&'quote")
        self.assertEqual(docs.troff_code('printf("-\\n")'), 'printf("\\-\\en")')

    def test_sentences_and_summary(self) -> None:
        pars = docs.paragraphs("One.  Two, e.g. three.\nFour\nfive.\n\nNext")
        self.assertEqual(pars, ["One.  Two, e.g. three.  Four five.", "Next"])
        self.assertEqual(docs.sentences(pars[0]), ["One.", "Two, e.g. three.", "Four five."])
        self.assertEqual(docs.summary("Read the counter.  More."), "read the counter")
        self.assertEqual(docs.summary("TCP things."), "TCP things")

    def test_markdown(self) -> None:
        self.assertEqual(docs.markdown("a *p | b_", {}), "a \\*p \\| b\\_")
        self.assertEqual(docs.markdown("fdk_x() and `c|d`", {"fdk_x": "x.md#fdk_x"}),
                         "[`fdk_x()`](x.md#fdk_x) and `c\\|d`")


class ThreadSafetySpecTest(unittest.TestCase):
    """The thread_safety keys: levels, reasons and names, with file:line errors."""

    def setUp(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="fdkit-docs-test-"))
        self.addCleanup(shutil.rmtree, self.dir, True)
        shutil.copytree(REPO / "spec", self.dir / "spec")
        for h in sorted(REPO.glob("runtime/*/*.h")):  # the cores' declarations (impl: core)
            (self.dir / h.parent.relative_to(REPO)).mkdir(parents=True, exist_ok=True)
            shutil.copy(h, self.dir / h.relative_to(REPO))

    def edit(self, rel: str, old: str, new: str) -> int:
        p = self.dir / rel
        text = p.read_text()
        self.assertIn(old, text)
        p.write_text(text.replace(old, new, 1))
        return text[:text.index(old)].count("\n") + 1

    def load_error(self) -> str:
        try:
            Spec(str(self.dir / "spec"))
        except SpecError as e:
            return "\n".join(e.lines())
        self.fail("the spec was accepted")

    def test_every_function_has_a_level(self) -> None:
        spec, _d, _man, _ref = loaded()
        for fam in spec.families:
            self.assertIn("thread_safety", fam.data, fam.name)
        for f in spec.functions():
            self.assertIn(f.thread_safety.level, docs.TS_LABEL, f.cname)
            if f.thread_safety.level == "not-thread-safe":
                self.assertTrue(f.thread_safety.why, f.cname)
        # a few that the runtime's code decides
        by = {f.cname: f.thread_safety.level for f in spec.functions()}
        self.assertEqual(by["fdk_eventfd_read"], "async-signal-safe")
        self.assertEqual(by["fdk_inotify_tree_new"], "thread-safe")
        self.assertEqual(by["fdk_inotify_tree_read"], "not-thread-safe")
        self.assertEqual(by["fdk_sigdispatch_on"], "not-thread-safe")
        self.assertEqual(by["fdk_copy_all"], "thread-safe")

    def test_bad_level(self) -> None:
        line = self.edit("spec/eventfd.yaml", "  default: async-signal-safe", "  default: async-safe")
        text = self.load_error()
        self.assertRegex(text, rf"spec/eventfd\.yaml:{line}\b")
        self.assertIn("did you mean 'async-signal-safe'", text)

    def test_bad_function_level(self) -> None:
        line = self.edit("spec/copy.yaml", "fdk_copy_all: {level: thread-safe", "fdk_copy_all: {level: threadsafe")
        text = self.load_error()
        self.assertRegex(text, rf"spec/copy\.yaml:{line}\b")
        self.assertIn("'threadsafe' is not allowed here", text)

    def test_not_thread_safe_needs_a_reason(self) -> None:
        self.edit("spec/eventfd.yaml", "  default: async-signal-safe", "  default: not-thread-safe")
        text = self.load_error()
        self.assertRegex(text, r"spec/eventfd\.yaml:\d+: eventfd: thread_safety not-thread-safe needs a 'why'")

    def test_unknown_function(self) -> None:
        line = self.edit("spec/copy.yaml", "    fdk_copy_all: {", "    fdk_copy_al: {")
        text = self.load_error()
        self.assertRegex(text, rf"spec/copy\.yaml:{line}: .*fdk_copy_al is not a function of copy; "
                               r"did you mean 'fdk_copy_all'\?")

    def test_own_key_on_a_function(self) -> None:
        line = self.edit("spec/eventfd.yaml", "    blocks: unless_nonblocking\n",
                         "    thread_safety: {level: bogus}\n    blocks: unless_nonblocking\n")
        text = self.load_error()
        self.assertRegex(text, rf"spec/eventfd\.yaml:{line}\b")

    def test_missing_default(self) -> None:
        self.edit("spec/eventfd.yaml", "thread_safety:\n  default: async-signal-safe\n", "")
        self.assertRegex(self.load_error(), r"spec/eventfd\.yaml:\d+: .*thread_safety.* is required")


if __name__ == "__main__":
    unittest.main()
