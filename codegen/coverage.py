"""What the headers define that no spec covers (`python3 -m codegen --coverage`).

For every family with a `coverage:` key, every object-like macro in its
headers (`headers` and `kernel_headers`, as `cc -E -dM` sees them) whose name
starts with one of its prefixes is either

* named by a spec (a flag, an enum member, a constant, an option's level or
  name, a fallback: any family counts), or
* listed under the family's `coverage: ignored:` with the reason it is left
  out (a name, or a prefix ending in `*` for a group with one reason), or
* untriaged: what a new kernel or libc added that nobody has looked at yet.

The report (spec/COVERAGE.md) is committed; `--coverage --check` fails when it
is stale or anything is untriaged, so new headers cannot slip by unread.
"""

import fnmatch
import re
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from .loader import SpecError

if TYPE_CHECKING:
    from .headers import Toolchain
    from .model import Family, Spec

REPORT = "spec/COVERAGE.md"


def _macros(tc: "Toolchain", headers: Sequence[str], prelude: Sequence[str] = ()) -> dict[str, str]:
    """Object-like macro names the headers define (after the toolchain's defines)."""
    src = "".join(f"#include <{h}>\n" for h in list(prelude) + list(headers))
    rc, text, err = tc.compile(src, extra=["-dM"], mode="-E")
    if rc != 0:
        raise SpecError("", f"coverage: cannot preprocess {', '.join(headers)}:\n{err}")
    out = {}
    for m in re.finditer(r"(?m)^#define ([A-Za-z_]\w*)(?:[ \t]+(.*))?$", text):
        out[m.group(1)] = (m.group(2) or "").strip()
    return out


def _versions(tc: "Toolchain") -> tuple[str, str]:
    """glibc and kernel-header versions, for the report's heading."""
    m = _macros(tc, ["gnu/libc-version.h", "linux/version.h"])
    glibc = f"{m.get('__GLIBC__', '?')}.{m.get('__GLIBC_MINOR__', '?')}"
    code = m.get("LINUX_VERSION_CODE", "")
    kernel = "?"
    if code.isdigit():
        c = int(code)
        kernel = f"{c >> 16}.{(c >> 8) & 0xff}"
    return glibc, kernel


def _named(spec: "Spec") -> set[str]:
    """Every header constant some spec names, over all families."""
    names = set(spec.common.errnos)
    for fam in spec.families:
        names |= {n for n, _k, _w in fam.measured()}
        names |= set(fam.fallbacks)
    return names


def _reason(ignored: dict[str, str], name: str) -> Optional[tuple[str, str]]:
    """(entry, reason) of the `ignored:` entry for name: an exact one, else the
    longest prefix; None when none matches."""
    if name in ignored:
        return name, ignored[name]
    best: Optional[str] = None
    for pat in ignored:
        if pat.endswith("*") and fnmatch.fnmatchcase(name, pat):
            if best is None or len(pat) > len(best):
                best = pat
    return (best, ignored[best]) if best else None


class FamilyCoverage:
    def __init__(self, fam: "Family", prefixes: list[str], found: Iterable[str], named: set[str],
                 ignored: dict[str, str]) -> None:
        self.fam = fam
        self.prefixes = prefixes
        self.found = sorted(found)
        self.covered = [n for n in self.found if n in named]
        self.ignored: dict[str, tuple[str, list[str]]] = {}   # entry -> (reason, [names])
        self.untriaged: list[str] = []
        self.needless: list[str] = []  # ignored entries that match nothing, or name a covered constant
        for n in self.found:
            if n in named:
                continue
            reason = _reason(ignored, n)
            if reason is None:
                self.untriaged.append(n)
            else:
                entry, why = reason
                self.ignored.setdefault(entry, (why, []))[1].append(n)
        for entry in ignored:
            if entry not in self.ignored:
                self.needless.append(entry)


def collect(spec: "Spec", tc: "Toolchain") -> list[FamilyCoverage]:
    """[FamilyCoverage] for every family that declares `coverage:`."""
    named = _named(spec)
    out = []
    for fam in spec.families:
        cov = fam.coverage
        if not cov:
            continue
        prefixes = [str(p) for p in cov["prefixes"]]
        ignored = {str(k): " ".join(str(v).split()) for k, v in cov.get("ignored", {}).items()}
        found: set[str] = set()
        sets = [_macros(tc, fam.headers)]
        if fam.kernel_headers:
            sets.append(_macros(tc, fam.kernel_headers, prelude=["stddef.h"]))
        for macros in sets:
            for name in macros:
                if any(name.startswith(p) for p in prefixes) and not name.endswith("_H"):
                    found.add(name)
        out.append(FamilyCoverage(fam, prefixes, found, named, ignored))
    return out


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def report(spec: "Spec", tc: "Toolchain", families: Sequence[FamilyCoverage]) -> str:
    """The Markdown of spec/COVERAGE.md."""
    arch, _triple = tc.arch()
    glibc, kernel = _versions(tc)
    lines = [
        "# Constant coverage",
        "",
        "Written by `python3 -m codegen --coverage`; `python3 -m codegen --coverage --check`",
        "(the ctest `codegen.coverage`) fails when it is stale or a constant is untriaged.",
        f"Headers: glibc {glibc}, Linux UAPI {kernel}, {arch}.",
        "",
        "Every constant under a family's prefixes in its headers is named by a spec, or",
        "left out for the reason its `coverage: ignored:` gives.  After new headers, run",
        "`python3 -m codegen --coverage`: what they added shows up as untriaged.",
        "",
        "| family | prefixes | in the headers | named by a spec | ignored | untriaged |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for fc in families:
        n_ign = sum(len(v[1]) for v in fc.ignored.values())
        lines.append(f"| {fc.fam.name} | {', '.join(f'`{p}`' for p in fc.prefixes)} | {len(fc.found)} | "
                     f"{len(fc.covered)} | {n_ign} | {len(fc.untriaged)} |")
    for fc in families:
        lines += ["", f"## {fc.fam.name}", ""]
        hdrs = fc.fam.headers + fc.fam.kernel_headers
        lines.append(f"Headers: {', '.join(f'<{h}>' for h in hdrs)}.")
        lines.append("")
        lines.append(f"Named by a spec ({len(fc.covered)}): " + (", ".join(fc.covered) or "none") + ".")
        if fc.untriaged:
            lines += ["", f"**Untriaged ({len(fc.untriaged)})**: " + ", ".join(fc.untriaged) + "."]
        if fc.ignored:
            lines += ["", "| left out | why |", "|---|---|"]
            for entry in sorted(fc.ignored):
                why, names = fc.ignored[entry]
                what = entry if not entry.endswith("*") else f"{entry} ({', '.join(names)})"
                lines.append(f"| {_md_escape(what)} | {_md_escape(why)} |")
        if fc.needless:
            lines += ["", "Ignored entries these headers do not need (absent, or named by a spec): "
                      + ", ".join(fc.needless) + "."]
    return "\n".join(lines) + "\n"


def problems(families: Sequence[FamilyCoverage]) -> list[str]:
    """What makes --coverage --check fail: untriaged constants."""
    out = []
    for fc in families:
        if fc.untriaged:
            where = fc.fam.data["coverage"].where("ignored") if "ignored" in fc.fam.data["coverage"] \
                else fc.fam.data.where("coverage")
            out.append(f"{where}: {fc.fam.name}: {len(fc.untriaged)} constant(s) under "
                       f"{', '.join(fc.prefixes)} are neither named by a spec nor ignored with a reason: "
                       f"{', '.join(fc.untriaged)}")
    return out
