"""The per-architecture ABI lock: spec/abi/<arch>.yaml.

It records every value the probe measured, so a reviewer sees a header
change as a diff, and so the generated C can carry literal values (with a
_Static_assert against the headers wherever the headers define the name).
The file is written by hand-rolled code to keep its layout stable.
"""

from pathlib import Path
from typing import NotRequired, TypedDict

from .headers import ARCH_PREDICATES
from .loader import SpecError, StrPath, load_yaml


class StructLayout(TypedDict):
    size: int
    align: int
    offsets: dict[str, int]  # member -> offset, in the spec's member order


class Measured(TypedDict):
    """What the probe measured (headers.probe), the values of a lock file."""
    constants: dict[str, int]
    structs: dict[str, StructLayout]
    syscalls: dict[str, int]
    link_names: dict[str, str]  # libc name -> the symbol a call binds to, where they differ


class Arch(TypedDict):
    arch: str


class Lock(Measured, Arch):
    """A lock file as read_lock gives it; read_all_locks adds the predicate."""
    predicate: NotRequired[str]  # the C test that selects arch (ARCH_PREDICATES)


# probe key ("c.NAME", "s.STRUCT.size", "s.STRUCT.offset.MEMBER", "n.SYSCALL") ->
# (the spec's file:line, what it is, the C name or expression)
Where = dict[str, tuple[str, str, str]]


def lock_path(spec_dir: StrPath, arch: str) -> Path:
    return Path(spec_dir) / "abi" / f"{arch}.yaml"


def read_lock(path: StrPath) -> Lock:
    data = load_yaml(path)
    for key in ("arch", "constants", "structs", "syscalls"):
        if key not in data:
            raise SpecError(f"{path}:1", f"lock file lacks '{key}'")
    return {
        "arch": str(data["arch"]),
        "constants": {str(k): int(v) for k, v in data["constants"].items()},
        "structs": {str(k): {"size": int(v["size"]), "align": int(v["align"]),
                             "offsets": {str(a): int(b) for a, b in v["offsets"].items()}}
                    for k, v in data["structs"].items()},
        "syscalls": {str(k): int(v) for k, v in data["syscalls"].items()},
        # older locks have none: every call bound to its own name
        "link_names": {str(k): str(v) for k, v in (data.get("link_names") or {}).items()},
    }


def read_all_locks(spec_dir: StrPath) -> list[Lock]:
    out = []
    d = Path(spec_dir) / "abi"
    for p in sorted(d.glob("*.yaml")):
        lk = read_lock(p)
        if lk["arch"] not in ARCH_PREDICATES:
            raise SpecError(f"{p}:1", f"unknown arch '{lk['arch']}'")
        lk["predicate"] = ARCH_PREDICATES[lk["arch"]]
        out.append(lk)
    return out


def format_lock(lock: Measured, arch: str, triple: str) -> str:
    def section(name: str, rows: list[str]) -> list[str]:
        return [f"{name}:" + ("" if rows else " {}")] + [f"  {r}" for r in rows]

    lines = [
        f"# ABI lock for {arch}: values measured from the system headers by codegen's",
        "# probe (compiled, never run), with the defines fdkit is always built with",
        "# (-D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 -D_TIME_BITS=64).  Regenerate with",
        "# `python3 -m codegen --update-lock` (add `--cc <cross gcc>` for another",
        "# architecture) and review the diff: a changed value means the headers changed.",
        f"arch: {arch}",
        f"compiler_target: {triple}",
    ]
    lines += section("constants", [f"{k}: {lock['constants'][k]}" for k in sorted(lock["constants"])])
    structs = []
    for k in sorted(lock["structs"]):
        s = lock["structs"][k]
        offs = ", ".join(f"{a}: {b}" for a, b in s["offsets"].items())
        structs.append(f"{k}: {{size: {s['size']}, align: {s['align']}, offsets: {{{offs}}}}}")
    lines += section("structs", structs)
    lines += section("syscalls", [f"{k}: {lock['syscalls'][k]}" for k in sorted(lock["syscalls"])])
    links = lock.get("link_names", {})
    lines.append("# libc functions a call binds to under another symbol (the injection")
    lines.append("# harness wraps these names too)")
    lines += section("link_names", [f"{k}: {links[k]}" for k in sorted(links)])
    return "\n".join(lines) + "\n"


def compare(measured: Measured, where: Where, locked: Lock, lock_file: str) -> tuple[list[str], list[str], list[str]]:
    """Differences between the probe and the lock, each naming the spec entry.

    Returns (changed, added, removed): lists of human-readable lines.
    """
    changed: list[str] = []
    added: list[str] = []
    removed: list[str] = []

    def key_where(k: str) -> tuple[str, str, str]:
        return where.get(k, ("?", k, k))

    for name, v in measured["constants"].items():
        if name not in locked["constants"]:
            added.append(f"{key_where('c.' + name)[0]}: {name} = {v} is not in {lock_file} yet")
        elif locked["constants"][name] != v:
            w, what, _ = key_where("c." + name)
            changed.append(f"{w}: {what}: {lock_file} says {locked['constants'][name]}, the headers say {v}")
    for name in locked["constants"]:
        if name not in measured["constants"]:
            removed.append(f"{lock_file}: {name} is no longer named by any spec")
    for name, s in measured["structs"].items():
        ls = locked["structs"].get(name)
        if ls is None:
            added.append(f"{key_where('s.' + name + '.size')[0]}: struct {name} is not in {lock_file} yet")
            continue
        for field, was, now in (("size", ls["size"], s["size"]), ("align", ls["align"], s["align"])):
            if was != now:
                changed.append(f"{key_where('s.' + name + '.size')[0]}: struct {name}: {field} is "
                               f"{was} in {lock_file}, {now} in the headers")
        for m, off in s["offsets"].items():
            if ls["offsets"].get(m) != off:
                changed.append(f"{key_where('s.' + name + '.offset.' + m)[0]}: offsetof(struct {name}, {m}) is "
                               f"{ls['offsets'].get(m)} in {lock_file}, {off} in the headers")
    for name in locked["structs"]:
        if name not in measured["structs"]:
            removed.append(f"{lock_file}: struct {name} is no longer named by any spec")
    for name, v in measured["syscalls"].items():
        if name not in locked["syscalls"]:
            added.append(f"{key_where('n.' + name)[0]}: syscall {name} = {v} is not in {lock_file} yet")
        elif locked["syscalls"][name] != v:
            changed.append(f"{key_where('n.' + name)[0]}: syscall {name}: {lock_file} says "
                           f"{locked['syscalls'][name]}, the headers say {v}")
    for name in locked["syscalls"]:
        if name not in measured["syscalls"]:
            removed.append(f"{lock_file}: syscall {name} is no longer named by any spec")
    # a link name is derived, not reviewed: a new or different one just makes
    # the lock stale (rewritten by a plain run), never a reviewed "change"
    mlinks, llinks = measured.get("link_names", {}), locked.get("link_names", {})
    for name, sym in mlinks.items():
        if llinks.get(name) != sym:
            added.append(f"{lock_file}: {name}() binds to {sym}, not yet in link_names")
    for name in llinks:
        if name not in mlinks:
            removed.append(f"{lock_file}: {name}() no longer binds to {llinks[name]}")
    return changed, added, removed
