"""The per-architecture ABI lock: spec/abi/<arch>.yaml.

It records every value the probe measured, so a reviewer sees a header
change as a diff, and so the generated C can carry literal values (with a
_Static_assert against the headers wherever the headers define the name).
The file is written by hand-rolled code to keep its layout stable.
"""

from pathlib import Path

from .headers import ARCH_PREDICATES
from .loader import SpecError, load_yaml


def lock_path(spec_dir, arch):
    return Path(spec_dir) / "abi" / f"{arch}.yaml"


def read_lock(path):
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


def read_all_locks(spec_dir):
    out = []
    d = Path(spec_dir) / "abi"
    for p in sorted(d.glob("*.yaml")):
        lk = read_lock(p)
        if lk["arch"] not in ARCH_PREDICATES:
            raise SpecError(f"{p}:1", f"unknown arch '{lk['arch']}'")
        lk["predicate"] = ARCH_PREDICATES[lk["arch"]]
        out.append(lk)
    return out


def format_lock(lock, arch, triple):
    def section(name, rows):
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


def compare(measured, where, locked, lock_file):
    """Differences between the probe and the lock, each naming the spec entry.

    Returns (changed, added, removed): lists of human-readable lines.
    """
    changed, added, removed = [], [], []

    def key_where(k):
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
        for field in ("size", "align"):
            if ls[field] != s[field]:
                changed.append(f"{key_where('s.' + name + '.size')[0]}: struct {name}: {field} is "
                               f"{ls[field]} in {lock_file}, {s[field]} in the headers")
        for m, off in s["offsets"].items():
            if ls["offsets"].get(m) != off:
                changed.append(f"{key_where('s.' + name + '.' + m)[0]}: offsetof(struct {name}, {m}) is "
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
