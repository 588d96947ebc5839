"""python3 -m codegen: validate spec/, check it against the headers, render generated/.

  python3 -m codegen                 regenerate generated/ (new lock entries are added;
                                     a changed value fails until --update-lock)
  python3 -m codegen --check         fail if generated/ or the lock is stale (writes nothing)
  python3 -m codegen --update-lock   accept what the headers say now
  python3 -m codegen --include-dir D verify against another header set (e.g. a newer
                                     kernel's UAPI headers): lists every changed, added
                                     and removed value against spec/abi/<arch>.yaml and
                                     exits 1 on a difference; writes nothing
  python3 -m codegen --include-dir D --update-lock
                                     accept that header set: rewrite spec/abi/<arch>.yaml
                                     from the probe against D (searched before the system
                                     headers) and regenerate generated/ from it

D must be an existing folder with at least one *.h somewhere below it (the
compiler would silently ignore anything else and measure the system headers).
After --include-dir D --update-lock the lock describes D's headers: a run
without --include-dir compares it with the system headers again, and the
generated sources' _Static_asserts expect D's values, so build against D too.

  python3 -m codegen --coverage      write spec/COVERAGE.md: per family, every constant
                                     under its `coverage: prefixes` in its headers that
                                     no spec names and no `ignored:` entry explains
                                     (exits 1 while any is untriaged)
  python3 -m codegen --coverage --check
                                     the same without writing; also fails on a stale report
"""

import argparse
import difflib
import os
import sys
from pathlib import Path
from typing import Mapping, Optional, Sequence

from . import abi, coverage, docs, headers, lock, render
from .loader import SpecError, StrPath
from .model import Spec


def _write_tree(files: Mapping[str, str], out: StrPath, keep: str = "") -> None:
    """Write files under out and remove what they no longer hold (except
    below keep/, a part this run did not render)."""
    out = Path(out)
    for rel, text in sorted(files.items()):
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if not p.exists() or p.read_text() != text:
            p.write_text(text)
    # remove files a spec no longer produces
    wanted = {out / rel for rel in files}
    for p in sorted(out.rglob("*")):
        if p.is_file() and p not in wanted and not (keep and p.relative_to(out).as_posix().startswith(keep)):
            p.unlink()


def _diff_tree(files: Mapping[str, str], out: StrPath, label: str = "generated", keep: str = "") -> list[str]:
    out = Path(out)
    problems: list[str] = []
    for rel, text in sorted(files.items()):
        p = out / rel
        if not p.exists():
            problems.append(f"{label}/{rel}: missing (run `python3 -m codegen`)")
        elif p.read_text() != text:
            diff = list(difflib.unified_diff(text.splitlines(), p.read_text().splitlines(),
                                             f"expected/{rel}", f"{label}/{rel}", lineterm="", n=1))
            problems.append(f"{label}/{rel}: differs from what the spec produces (stale or hand-edited):\n"
                            + "\n".join(diff[:40]) + ("\n..." if len(diff) > 40 else ""))
    for p in sorted(out.rglob("*")) if out.exists() else []:
        rel = p.relative_to(out).as_posix()
        if p.is_file() and rel not in files and not (keep and rel.startswith(keep)):
            problems.append(f"{label}/{rel}: no spec produces this file")
    return problems


def _has_header(top: str) -> bool:
    """True if a *.h file is somewhere below `top` (symlinked folders followed once)."""
    seen: set[tuple[int, int]] = set()  # (st_dev, st_ino) of the folders read
    todo = [top]
    while todo:
        d = todo.pop()
        try:
            st = os.stat(d)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            entries = list(os.scandir(d))
        except OSError:
            continue  # unreadable below the top: the compiler cannot use it either
        for e in entries:
            try:
                if e.is_dir():
                    todo.append(e.path)
                elif e.name.endswith(".h") and e.is_file():
                    return True
            except OSError:
                continue
    return False


def _check_include_dir(d: str) -> None:
    """Refuse an --include-dir the compiler would silently ignore (a missing
    folder, a file) or that holds no header: the probe would then measure the
    system headers and report that "the headers under D" match."""
    if not d:
        raise SpecError("", "--include-dir: empty folder name")
    p = Path(d)
    if not p.exists():
        raise SpecError("", f"--include-dir {d}: no such folder")
    if not p.is_dir():
        raise SpecError("", f"--include-dir {d}: not a folder")
    try:
        os.scandir(d).close()
    except OSError as e:
        raise SpecError("", f"--include-dir {d}: cannot read: {e.strerror}") from None
    if not _has_header(d):
        raise SpecError("", f"--include-dir {d}: no headers (no *.h anywhere below it)")


def _coverage(spec: Spec, tc: headers.Toolchain, check: bool) -> int:
    fams = coverage.collect(spec, tc)
    text = coverage.report(spec, tc, fams)
    path = Path(coverage.REPORT)
    bad = coverage.problems(fams)
    for line in bad:
        print(f"error: {line}", file=sys.stderr)
    if check:
        if not path.exists() or path.read_text() != text:
            print(f"error: {path} is stale; run `python3 -m codegen --coverage` and commit it", file=sys.stderr)
            return 1
    else:
        path.write_text(text)
    total = sum(len(f.found) for f in fams)
    named = sum(len(f.covered) for f in fams)
    print(f"codegen: {len(fams)} families, {total} constants under their prefixes: {named} named by a spec, "
          f"{total - named - sum(len(f.untriaged) for f in fams)} ignored with a reason, "
          f"{sum(len(f.untriaged) for f in fams)} untriaged ({path}{' checked' if check else ' written'})")
    return 1 if bad else 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m codegen", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=".", help="repository root (default: .)")
    ap.add_argument("--out", help="output folder (default: ROOT/generated)")
    ap.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on a difference")
    # the codegen tests' shortcut: their scratch trees need no man pages or
    # Markdown unless a test looks at them (test_docs.py renders those itself)
    ap.add_argument("--no-docs", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--update-lock", action="store_true", help="rewrite spec/abi/<arch>.yaml from the headers")
    ap.add_argument("--include-dir", action="append", default=[], metavar="DIR",
                    help="search DIR before the system headers (repeatable); alone it only reports "
                         "the differences from the lock, with --update-lock it rewrites the lock from "
                         "DIR's headers and regenerates generated/")
    ap.add_argument("--cc", help="C compiler for the probe (default: $CC or cc)")
    ap.add_argument("--coverage", action="store_true",
                    help="write spec/COVERAGE.md: the constants under each family's prefixes that no spec "
                         "names or ignores (with --check: compare, and fail on a stale report or an untriaged "
                         "constant)")
    ap.add_argument("--driven", metavar="DIR",
                    help="report which spec errno rows the tests drove, from the logs a test run left in DIR "
                         "(tests/fdk-test.h); writes DIR/../errno-report.md, or --report-out")
    ap.add_argument("--report-out", metavar="FILE", help="where --driven writes its report")
    ap.add_argument("--min", type=float, default=0.0, metavar="PERCENT",
                    help="with --driven: fail below this share of rows driven")
    args = ap.parse_args(argv)
    root = Path(args.root)
    out = Path(args.out) if args.out else root / "generated"
    verify_only = bool(args.include_dir) and not args.update_lock
    try:
        for d in args.include_dir:
            _check_include_dir(d)
        # as the user wrote them, relative to where codegen was started, not to --root
        include_dirs = [os.path.abspath(d) for d in args.include_dir]
        driven_dir = Path(os.path.abspath(args.driven)) if args.driven else None
        report_out = Path(os.path.abspath(args.report_out)) if args.report_out else None
        os.chdir(root)
        root = Path(".")
        spec = Spec("spec")
        if driven_dir is not None:
            from . import driven
            return driven.report(spec, driven_dir, report_out or driven_dir.parent / "errno-report.md",
                                 args.min)
        tc = headers.Toolchain(args.cc, include_dirs)
        if args.coverage:
            return _coverage(spec, tc, args.check)
        arch, triple = tc.arch()
        headers.verify(spec, tc)
        measured, where = headers.probe(spec, tc)
        lpath = lock.lock_path("spec", arch)
        if lpath.exists():
            locked = lock.read_lock(lpath)
            changed, added, removed = lock.compare(measured, where, locked, str(lpath))
        else:
            locked, changed, added, removed = None, [], [f"{lpath}: no lock for {arch} yet"], []
        if verify_only:
            for kind, lines in (("changed", changed), ("added", added), ("removed", removed)):
                for line in lines:
                    print(f"{kind}: {line}")
            if changed or added or removed:
                dirs = " ".join(f"--include-dir {d}" for d in args.include_dir)
                print(f"codegen: the headers under {', '.join(args.include_dir)} differ from {lpath} "
                      f"({len(changed)} changed, {len(added)} added, {len(removed)} removed); "
                      f"`python3 -m codegen {dirs} --update-lock` accepts them", file=sys.stderr)
                return 1
            print(f"codegen: the headers under {', '.join(args.include_dir)} match {lpath}")
            return 0
        if changed and not args.update_lock:
            raise SpecError("", "the ABI lock no longer matches the headers:\n  " + "\n  ".join(changed)
                            + "\nIf the new headers are right, run `python3 -m codegen --update-lock` "
                              "and review the diff.")
        if args.check and (added or removed):
            raise SpecError("", "the ABI lock is stale:\n  " + "\n  ".join(added + removed)
                            + "\nRun `python3 -m codegen` and commit the result.")
        if not args.check and (changed or added or removed or locked is None):
            lpath.parent.mkdir(parents=True, exist_ok=True)
            lpath.write_text(lock.format_lock(measured, arch, triple))
            for line in changed + added + removed:
                print(f"lock: {line}")
        locks = lock.read_all_locks("spec") if lpath.exists() else []
        if args.check and not lpath.exists():
            raise SpecError("", f"{lpath} is missing; run `python3 -m codegen`")
        registry = abi.Registry()
        reg_path = registry.path
        assert reg_path is not None  # Registry() reads and writes spec/registry/ids.yaml
        files = render.render_all(spec, locks, ".", registry, check=args.check)
        # the reference docs: man pages beside the headers, Markdown in docs/reference/
        keep = ""
        if args.no_docs:
            reference: dict[str, str] = {}
            keep = "man/"
        else:
            ref_docs = docs.Docs(spec, ".", files)  # errors.h, flags.h, fd.h as just rendered
            files.update(docs.man_pages(ref_docs))
            reference = docs.reference(ref_docs)
        ref_out = root / docs.REFERENCE_DIR
        reg_text = registry.format()
        reg_stale = not reg_path.exists() or reg_path.read_text() != reg_text
        if args.check:
            problems = _diff_tree(files, out, keep=keep)
            if not args.no_docs:
                problems += _diff_tree(reference, ref_out, docs.REFERENCE_DIR)
            if reg_stale:
                problems.append(f"{reg_path}: stale (a retired mark is missing or wrong)")
            if problems:
                print("\n".join(problems), file=sys.stderr)
                print(f"codegen: {len(problems)} generated file(s) are stale; run `python3 -m codegen` "
                      f"(`make regen`) and commit generated/ and {docs.REFERENCE_DIR}/", file=sys.stderr)
                return 1
            print(f"codegen: generated/, {docs.REFERENCE_DIR}/ and {lpath} are up to date "
                  f"({len(files) + len(reference)} files)")
            return 0
        _write_tree(files, out, keep=keep)
        if not args.no_docs:
            _write_tree(reference, ref_out)
        if reg_stale:
            reg_path.parent.mkdir(parents=True, exist_ok=True)
            reg_path.write_text(reg_text)
            for section, name, value in registry.appended:
                print(f"registry: {name} = {value} (new)")
        print(f"codegen: wrote {len(files)} files to {out} and {len(reference)} to {ref_out}")
        return 0
    except SpecError as e:
        for line in e.lines():  # several when one file has several problems
            print(f"error: {line}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    # codegen allocates many long-lived objects (the specs, the model, the
    # parsed headers): at the default thresholds the cyclic collector walks
    # them again and again (codegen/tests/__init__.py does the same)
    import gc
    gc.set_threshold(50_000, 10, 10)
    sys.exit(main())
