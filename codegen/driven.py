"""Which errno rows of the specs some test really produced (`--driven`).

Every `ASSERT_ERR(call, E)` that holds in a test run with FDKIT_DRIVEN_DIR
set appends "function ERRNO file:line" to DIR/<pid>.log (tests/fdk-test.h).
A row (function, errno) of a spec's `errors` table, implied rows included,
is *driven* when some test asserted exactly that result from exactly that
function.  The report lists, per family, the share driven, what drove each
row (the first test place), and the rows nothing drove, with the spec's
reason where it gives one (`untested:` on the row).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Spec

_LINE = re.compile(r"^(fdk_[a-z0-9_]+) (E[A-Z0-9]+) (\S+)$")


def read_logs(log_dir: Path) -> tuple[dict[tuple[str, str], str], int]:
    """(function, errno) -> the first place that asserted it, and how many processes wrote a log."""
    seen: dict[tuple[str, str], str] = {}
    logs = sorted(log_dir.glob("*.log")) if log_dir.is_dir() else []
    for p in logs:
        for line in p.read_text(errors="replace").splitlines():
            m = _LINE.match(line)
            if not m:
                continue
            key = (m.group(1), m.group(2))
            place = m.group(3)
            if key not in seen or place < seen[key]:
                seen[key] = place
    return seen, len(logs)


def _short(place: str) -> str:
    """tests/x/y.c:12 from an absolute path (the build's sources)."""
    i = place.find("/tests/")
    if i >= 0:
        return place[i + 1:]
    i = place.find("/generated/")
    return place[i + 1:] if i >= 0 else place


def report(spec: "Spec", log_dir: Path, out: Path, minimum: float) -> int:
    seen, nlogs = read_logs(log_dir)
    if nlogs < 20:
        print(f"codegen --driven: only {nlogs} test processes left a log in {log_dir}: run the whole suite "
              "(make test) first", flush=True)
        return 77
    total = driven = 0
    fam_rows: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lines_driven: list[str] = []
    lines_not: list[str] = []
    no_reason = 0
    stale_reason: list[str] = []
    for fam in spec.families:
        for fn in fam.functions:
            for row in fn.errors:
                total += 1
                fam_rows[fam.name][0] += 1
                place = seen.get((fn.cname, row.errno))
                why = getattr(row, "untested", None) or ""
                if place:
                    driven += 1
                    fam_rows[fam.name][1] += 1
                    lines_driven.append(f"| `{fn.cname}` | {row.errno} | `{_short(place)}` |")
                    if why:
                        stale_reason.append(f"- `{fn.cname}` {row.errno}: driven by `{_short(place)}`, "
                                            f"yet the spec says: {why}")
                else:
                    no_reason += not why
                    lines_not.append(f"| `{fn.cname}` | {row.errno} | {why or '(no reason given)'} |")
    share = 100.0 * driven / total if total else 100.0
    text = [
        "# Driven errno rows",
        "",
        "Written by `make errno-report` (`python3 -m codegen --driven build/driven`) from a run of the whole",
        "suite: a row of a spec's `errors` table (implied rows included) is driven when a test asserted",
        "exactly that `-errno` from exactly that function (`ASSERT_ERR`, tests/fdk-test.h). Which rows a run",
        "drives depends on the machine (root, kernel features); this one is from a root run on Linux 6.18.",
        "",
        f"**{driven} of {total} rows driven ({share:.1f}%).**",
        "",
        "| family | rows | driven | share |",
        "|---|---:|---:|---:|",
    ]
    for name in sorted(fam_rows):
        t, d = fam_rows[name]
        text.append(f"| {name} | {t} | {d} | {100.0 * d / t:.0f}% |")
    text += ["", f"{total - driven - no_reason} of the {total - driven} rows nothing drove have the spec's reason "
                 "(`untested:` on the row).", ""]
    if stale_reason:
        text += ["Rows a test drove although the spec says why none does (drop the `untested:`):", ""]
        text += stale_reason + [""]
    text += ["## Not driven", "", "| function | errno | reason |", "|---|---|---|"] + lines_not
    text += ["", "## Driven, and by what (the first place)", "", "| function | errno | test |", "|---|---|---|"]
    text += lines_driven
    out.write_text("\n".join(text) + "\n")
    print(f"codegen --driven: {driven} of {total} errno rows driven ({share:.1f}%), {no_reason} of the others "
          f"without a reason, report in {out}")
    if share < minimum:
        print(f"codegen --driven: below the floor of {minimum:.1f}%", flush=True)
        return 1
    return 0
