"""fdkit's own stable ABI: the value registry and the exported-symbol list.

spec/registry/ids.yaml gives every FDK_OP_*, FDK_FLAGSET_* and FDK_FD_KIND_*
value once.  A section's entries are numbered 0, 1, 2 ... in file order, and
codegen only ever appends: a new op gets the next value, an op no spec
defines any more keeps its line (and its value stays unused).  Because the
value of an entry is its position, any renumbering, reuse, insertion or
deletion shows up as an entry whose value is not its position, and is
refused with file:line.

spec/registry/symbols.txt lists every symbol libfdkit.so exports with its
version node.  Nodes named by `@released` are frozen: codegen lists their
symbols explicitly in the generated version script, and the abi.symbols test
fails when the built library drops or moves one.  New symbols go into the
`@current` node, which the version script fills with a wildcard.
"""

import re
from pathlib import Path
from typing import Optional

from .loader import LDict, SpecError, StrPath, load_yaml

REGISTRY = Path("spec/registry/ids.yaml")
SYMBOLS = Path("spec/registry/symbols.txt")

SECTIONS = (
    ("ops", "FDK_OP_", "one value per public function, for fdk_strerror() and fdk_errclass()"),
    ("flagsets", "FDK_FLAGSET_", "one value per flag set, for fdk_flags_format() and fdk_flags_parse()"),
    ("kinds", "FDK_FD_KIND_", "one value per descriptor kind, as fdk_fd_kind() returns it"),
)

_NODE_RE = re.compile(r"^FDKIT_[0-9]+\.[0-9]+$")
_SYM_RE = re.compile(r"^fdk_[A-Za-z0-9][A-Za-z0-9_]*$")


class Registry:
    """The committed values, plus the names this run appended."""

    def __init__(self, path: Optional[StrPath] = REGISTRY) -> None:
        self.path = Path(path) if path is not None else None  # None: in memory only
        # section -> {name: value}, in value order
        self.values: dict[str, dict[str, int]] = {s: {} for s, _, _ in SECTIONS}
        self.appended: list[tuple[str, str, int]] = []  # (section, name, value) given a value by this run
        self.rendered: dict[str, set[str]] = {s: set() for s, _, _ in SECTIONS}  # names this run's specs define
        if self.path is not None and self.path.exists():
            self._load(self.path)

    def _load(self, path: Path) -> None:
        data = load_yaml(path)
        for key in data:
            if key not in self.values:
                raise SpecError(data.where(key), f"unknown section '{key}' (sections: "
                                f"{', '.join(self.values)})")
        for section, prefix, _ in SECTIONS:
            entries = data.get(section) or LDict()
            if not isinstance(entries, LDict):  # every mapping the loader makes is one
                raise SpecError(data.where(section), f"'{section}' must map names to values")
            for pos, (name, value) in enumerate(entries.items()):
                where = entries.where(name)
                if not name.startswith(prefix):
                    raise SpecError(where, f"'{name}' does not start with {prefix}")
                if not isinstance(value, int) or isinstance(value, bool):
                    raise SpecError(where, f"{name}: the value must be an integer, not {value!r}")
                if value != pos:
                    raise SpecError(where, f"{name} is {value}, but it is entry {pos} of '{section}': "
                                    f"values are handed out once, in file order, and never change or "
                                    f"get reused (append-only). Restore the file from git; a name no "
                                    f"spec defines any more keeps its line")
                self.values[section][str(name)] = value

    def value(self, section: str, name: str, check: bool) -> int:
        """The value of name, appending it when new (unless check, which fails)."""
        vals = self.values[section]
        self.rendered[section].add(name)
        if name not in vals:
            if check:
                raise SpecError(str(self.path), f"{name} has no value yet; run `python3 -m codegen` "
                                                f"and commit {self.path}")
            vals[name] = len(vals)
            self.appended.append((section, name, vals[name]))
        return vals[name]

    def format(self) -> str:
        lines = [
            "# fdkit's stable values for FDK_OP_*, FDK_FLAGSET_* and FDK_FD_KIND_*.",
            "#",
            "# Written by codegen, append-only: each section's entries are numbered 0, 1,",
            "# 2 ... in file order and a value never changes or gets reused.  A new op,",
            "# flag set or kind is appended by `python3 -m codegen`; one that no spec",
            "# defines any more keeps its line, marked retired.  See spec/README.md.",
        ]
        for section, _, doc in SECTIONS:
            lines.append(f"{section}:  # {doc}")
            for name, v in self.values[section].items():
                mark = "  # retired: no spec defines it" if name not in self.rendered[section] else ""
                lines.append(f"  {name}: {v}{mark}")
        return "\n".join(lines) + "\n"


def read_symbols(path: StrPath = SYMBOLS) -> tuple[list[str], str, list[tuple[str, str]]]:
    """(released nodes, current node, [(node, symbol)]) from symbols.txt."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise SpecError(str(path), f"cannot read: {e.strerror}") from None
    released: list[str] = []
    current: Optional[str] = None
    rows: list[tuple[str, str]] = []
    seen: dict[str, int] = {}  # symbol -> line
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{path}:{n}"
        if not line or line.startswith("#"):
            continue
        words = line.split()
        if words[0] in ("@released", "@current"):
            if len(words) != 2 or not _NODE_RE.match(words[1]):
                raise SpecError(where, f"'{words[0]}' takes one node name like FDKIT_0.1")
            if words[0] == "@released":
                if current is not None:
                    raise SpecError(where, "@released nodes come before the @current one")
                released.append(words[1])
            else:
                if current is not None:
                    raise SpecError(where, "there is one @current node")
                current = words[1]
            continue
        if len(words) != 2 or not _NODE_RE.match(words[0]) or not _SYM_RE.match(words[1]):
            raise SpecError(where, "expected 'NODE symbol' (e.g. 'FDKIT_0.1 fdk_pipe_open'), "
                                   "'@released NODE' or '@current NODE'")
        node, sym = words
        if node not in released and node != current:
            raise SpecError(where, f"{node} is neither an @released nor the @current node")
        if sym in seen:
            raise SpecError(where, f"{sym} is listed twice (first at line {seen[sym]})")
        seen[sym] = n
        rows.append((node, sym))
    if current is None:
        raise SpecError(str(path), "no '@current NODE' line")
    if current in released:
        raise SpecError(str(path), f"{current} is both released and current")
    return released, current, rows


def version_script(path: StrPath = SYMBOLS) -> str:
    """The linker version script text for the committed symbol list."""
    released, current, rows = read_symbols(path)
    out = [
        "/*",
        " * Version script for libfdkit.so, generated from spec/registry/symbols.txt.",
        " *",
        " * Released nodes list their symbols by name and never change.  Symbols",
        " * added since go into the current node through the wildcard.  The pattern",
        " * is fdk_[a-zA-Z0-9]* rather than fdk_*: GNU ld, gold and lld let a global",
        " * wildcard win over a local one, so fdk__* internals would otherwise leak.",
        " */",
    ]
    prev: Optional[str] = None
    for node in released:
        out.append(f"{node} {{")
        out.append("global:")
        for n, s in rows:
            if n == node:
                out.append(f"    {s};")
        if prev is None:
            out.append("local:")
            out.append("    *;")
        out.append("}" + (f" {prev};" if prev else ";"))
        out.append("")
        prev = node
    out.append(f"{current} {{")
    out.append("global:")
    out.append("    fdk_[a-zA-Z0-9]*;")
    if prev is None:
        out.append("local:")
        out.append("    *;")
    out.append("}" + (f" {prev};" if prev else ";"))
    return "\n".join(out) + "\n"
