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
    lines = [
        f"# ABI lock for {arch}: values measured from the system headers by codegen's",
        "# probe (compiled, never run).  Regenerate with `python3 -m codegen --update-lock`",
        "# and review the diff: a changed value means the headers changed.",
        f"arch: {arch}",
        f"compiler_target: {triple}",
        "constants:",
    ]
    for k in sorted(lock["constants"]):
        lines.append(f"  {k}: {lock['constants'][k]}")
    lines.append("structs:")
    for k in sorted(lock["structs"]):
        s = lock["structs"][k]
        offs = ", ".join(f"{a}: {b}" for a, b in s["offsets"].items())
        lines.append(f"  {k}: {{size: {s['size']}, align: {s['align']}, offsets: {{{offs}}}}}")
    lines.append("syscalls:" + ("" if lock["syscalls"] else " {}"))
    for k in sorted(lock["syscalls"]):
        lines.append(f"  {k}: {lock['syscalls'][k]}")
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
    return changed, added, removed
