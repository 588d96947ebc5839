"""YAML loading that remembers where every value came from.

Errors in a spec must name file:line, so mappings and sequences are loaded
into dict/list subclasses that carry the line of each key and item.  Duplicate
keys, which PyYAML silently merges, are reported as errors - all of a file's
duplicate and non-string keys at once, not only the first.

A file is refused before it is parsed if it is larger than MAX_BYTES, is not
UTF-8 or holds a character YAML does not allow (each with file:line), and
after it is composed if its collections nest deeper than MAX_DEPTH or its
aliases add more than MAX_ALIAS_NODES nodes (an "alias bomb": a few lines
whose aliases expand to billions of values) or refer to themselves.

libyaml (yaml.CSafeLoader) parses when PyYAML has it, loading the specs
about four times faster than the pure-Python loader, which is the fallback.  Both give the same values and
the same lines for every committed spec (a test checks that).  libyaml is the
more lenient of the two in places (a tab after "key:" for one), so a spec
should load with both.
"""

import difflib
import os
import pickle
import re
from typing import Any, Iterable, NoReturn, Optional, Union

import yaml

from . import cache

# what open() and Path() take: the specs are named by str and by Path
StrPath = Union[str, "os.PathLike[str]"]

# one problem: ("file:line" or "file" or "", message)
Problem = tuple[str, str]

MAX_BYTES = 4 * 1024 * 1024  # the largest spec is ~60 KiB
MAX_DEPTH = 64  # collections inside collections; the specs use 6
MAX_ALIAS_NODES = 100_000  # nodes aliases may add beyond the file's own (socket.yaml: ~2,400)
MAX_PROBLEMS = 20  # problems listed from one file; the rest are counted

LIBYAML = hasattr(yaml, "CSafeLoader")


def _line_of_where(where: str) -> tuple[str, int]:
    file, _, line = where.rpartition(":")
    try:
        return file, int(line)
    except ValueError:
        return where, 0


class SpecError(Exception):
    """A problem in a spec or in the headers it is checked against.

    `where` is "file:line" (or just "file"); the message says what is wrong
    and, where it helps, what is allowed.  An error may carry several
    problems of one file: `problems` lists (where, message) in line order
    (the first is `where`/`message`), `omitted` counts those left out.
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message
        self.problems: list[Problem] = [(where, message)]
        self.omitted = 0

    @classmethod
    def several(cls, problems: Iterable[Problem], cap: int = MAX_PROBLEMS) -> "SpecError":
        """One error for `problems` [(where, message)]: sorted by file and line,
        repeats dropped, at most `cap` listed."""
        unique = list(dict.fromkeys(problems))
        unique.sort(key=lambda p: _line_of_where(p[0]))
        err = cls(*unique[0])
        err.problems = unique[:cap]
        err.omitted = len(unique) - len(err.problems)
        return err

    def lines(self) -> list[str]:
        """One line (or block) per problem, as `error: ` should precede them."""
        out = [f"{w}: {m}" if w else m for w, m in self.problems]
        if self.omitted:
            file = _line_of_where(self.problems[-1][0])[0]
            out.append(f"{file}: {self.omitted} more problem(s) not listed (the first {len(self.problems)} are)")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def did_you_mean(word: object, choices: Iterable[object]) -> str:
    """'; did you mean 'x'?' for the closest of `choices` to `word`, or ''."""
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


class Located:
    """Mixin: `file`, `line` (1-based) of the node and `key_lines` per key."""

    file = "?"
    line = 0

    def where(self, key: Union[str, int, None] = None) -> str:
        line = self.line
        if key is not None:
            lines = getattr(self, "key_lines", None) or getattr(self, "item_lines", None)
            if lines is not None:
                try:
                    line = lines[key]
                except (KeyError, IndexError, TypeError):
                    pass
        return f"{self.file}:{line}"


class _PickleCopied:
    """copy.deepcopy() through pickle: the same copy (lines, and values shared
    inside the copied value shared in the copy) made in C, several times
    faster than deepcopy's generic walk (model.py copies each function over
    several handles).  What the loader makes holds only picklable values."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return pickle.loads(pickle.dumps(self, protocol=pickle.HIGHEST_PROTOCOL))


class LDict(_PickleCopied, dict[str, Any], Located):
    key_lines: dict[str, int]  # set by the loader (declared only: where() looks it up)


class LList(_PickleCopied, list[Any], Located):
    item_lines: list[int]  # set by the loader (declared only: where() looks it up)


class LStr(str, Located):
    pass


def _make_loader(filename: str, base: Any) -> type[Any]:
    """A loader class over `base` (yaml.SafeLoader or yaml.CSafeLoader; PyYAML
    has no type information, so both are Any here)."""
    class Loader(base):
        pass

    def problem(loader: Any, node: Any, message: str) -> None:
        loader.fdk_problems.append((f"{filename}:{node.start_mark.line + 1}", message))

    def construct_mapping(loader: Any, node: Any, deep: bool = False) -> LDict:
        loader.flatten_mapping(node)  # resolves "<<: *anchor" merges
        result = LDict()
        result.file = filename
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                problem(loader, key_node, f"mapping keys must be strings, found {key!r}")
                continue
            if key in result:
                if getattr(key_node, "fdk_merged", False):
                    continue  # an explicit key overrides one merged from an anchor
                problem(loader, key_node, f"duplicate key '{key}' (first at line {result.key_lines[key]})")
                continue
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def flatten_mapping(loader: Any, node: Any) -> None:
        # Mark keys that come from a merge so that an explicit key may
        # override them without being reported as a duplicate.
        merge_values: list[tuple[Any, Any]] = []
        rest: list[tuple[Any, Any]] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                subs = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                for sub in subs:
                    if isinstance(sub, yaml.MappingNode):
                        loader.flatten_mapping(sub)
                        merge_values.extend(sub.value)
                    else:
                        problem(loader, sub, "'<<' must merge a mapping or a list of mappings")
            else:
                rest.append((key_node, value_node))
        explicit = {k.value for k, _ in rest if isinstance(k, yaml.ScalarNode)}
        merged = []
        for key_node, value_node in merge_values:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value in explicit:
                continue
            key_node = yaml.ScalarNode(key_node.tag, key_node.value, key_node.start_mark,
                                       key_node.end_mark, key_node.style)
            key_node.fdk_merged = True
            merged.append((key_node, value_node))
        node.value = rest + merged

    def construct_sequence(loader: Any, node: Any, deep: bool = False) -> LList:
        result = LList()
        result.file = filename
        result.line = node.start_mark.line + 1
        result.item_lines = []
        for child in node.value:
            result.append(loader.construct_object(child, deep=True))
            result.item_lines.append(child.start_mark.line + 1)
        return result

    def construct_str(loader: Any, node: Any) -> LStr:
        s = LStr(loader.construct_scalar(node))
        s.file = filename
        s.line = node.start_mark.line + 1
        return s

    def compose_node(loader: Any, parent: Any, index: Any) -> Any:
        # the pure-Python composer recurses once per level: stop at MAX_DEPTH,
        # with the line, long before Python's recursion limit
        if loader.check_event(yaml.AliasEvent):
            loader.fdk_aliases += 1
        if not loader.check_event(yaml.SequenceStartEvent, yaml.MappingStartEvent):
            return base.compose_node(loader, parent, index)
        loader.fdk_depth += 1
        try:
            if loader.fdk_depth > MAX_DEPTH:
                _too_deep(filename, loader.peek_event().start_mark)
            return base.compose_node(loader, parent, index)
        finally:
            loader.fdk_depth -= 1

    Loader.fdk_problems = None
    Loader.fdk_depth = 0
    Loader.fdk_aliases = 0
    Loader.flatten_mapping = flatten_mapping
    if base is yaml.SafeLoader:
        Loader.compose_node = compose_node
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_sequence)
    Loader.add_constructor("tag:yaml.org,2002:str", construct_str)
    return Loader


# Line breaks as YAML (and both loaders) count them; characters YAML refuses
# (PyYAML's Reader.NON_PRINTABLE).
_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_NOT_YAML = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of character `pos` of `text`."""
    line, start = 1, 0
    for m in _BREAK.finditer(text, 0, pos):
        line, start = line + 1, m.end()
    return line, pos - start + 1


def _too_deep(filename: str, mark: Any, how: str = "collections nest") -> NoReturn:
    raise SpecError(f"{filename}:{mark.line + 1}",
                    f"{how} more than {MAX_DEPTH} levels deep here (the limit, MAX_DEPTH in codegen/loader.py)")


def _read_bytes(path: StrPath, name: str) -> bytes:
    """The file's bytes, refused with its name if unreadable or too large."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise SpecError(name, f"cannot read: {e.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise SpecError(name, f"larger than {MAX_BYTES // (1024 * 1024)} MiB, refused (no spec is near that; "
                              f"the limit is MAX_BYTES in codegen/loader.py)")
    return raw


def _read_text(raw: bytes, name: str) -> str:
    """The file's bytes as text, refused with file:line if not UTF-8 or not YAML's characters."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        good = raw[:e.start].decode("utf-8")
        line, col = _line_col(good, len(good))
        raise SpecError(f"{name}:{line}", f"not UTF-8: byte 0x{raw[e.start]:02x} at column {col} "
                                          f"(spec files are UTF-8 text)") from None
    m = _NOT_YAML.search(text)
    if m:
        line, col = _line_col(text, m.start())
        raise SpecError(f"{name}:{line}", f"character U+{ord(m.group()):04X} at column {col} is not allowed "
                                          f"in YAML (a control character?)")
    return text


def _scan_depth(text: str, name: str, base: Any) -> int:
    """libyaml's composer recurses in C and crashes the interpreter on deep
    nesting: measure the depth on its event stream (no recursion) first.
    Returns the number of aliases."""
    depth = aliases = 0
    loader = base(text)
    try:
        while loader.check_event():
            ev = loader.get_event()
            if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    _too_deep(name, ev.start_mark)
            elif isinstance(ev, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
            elif isinstance(ev, yaml.AliasEvent):
                aliases += 1
    finally:
        loader.dispose()
    return aliases


def _children(node: Any) -> list[Any]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    return [n for pair in node.value for n in pair]


def _check_aliases(root: Any, name: str) -> None:
    """Refuse a node graph whose aliases refer to themselves, nest collections
    deeper than MAX_DEPTH, or add more than MAX_ALIAS_NODES nodes once every
    alias is expanded (what construction, validation and rendering would walk).
    Sizes are counted per distinct node, so a bomb costs nothing to measure."""
    if isinstance(root, yaml.ScalarNode):
        return
    Scalar = yaml.ScalarNode
    size: dict[int, tuple[Any, int]] = {}  # id -> (node, expanded size)
    depth: dict[int, int] = {}  # id -> expanded depth
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        k = id(node)
        if done:
            on_path.discard(k)
            n, d = 1, 0
            for c in _children(node):
                if isinstance(c, Scalar):
                    n += 1
                else:
                    n += size[id(c)][1]
                    d = max(d, depth[id(c)])
            size[k] = (node, n)
            depth[k] = d + 1
            if d + 1 > MAX_DEPTH:
                _too_deep(name, node.start_mark, "through aliases, collections nest")
            continue
        if k in size:
            continue
        on_path.add(k)
        stack.append((node, True))
        for c in _children(node):
            if isinstance(c, Scalar):
                continue
            if id(c) in on_path:
                raise SpecError(f"{name}:{c.start_mark.line + 1}",
                                "this anchored value contains an alias to itself (a recursive alias)")
            if id(c) not in size:
                stack.append((c, False))
    total = size[id(root)][1]
    written = len(size) + len({id(c) for node, _ in size.values() for c in _children(node) if isinstance(c, Scalar)})
    if total - written > MAX_ALIAS_NODES:
        # name the smallest anchored value that alone is over the limit
        over = [(n.start_mark.line, n_size) for n, n_size in size.values() if n_size > MAX_ALIAS_NODES]
        line, _ = min(over, key=lambda x: (x[1], x[0])) if over else (root.start_mark.line, total)
        raise SpecError(f"{name}:{line + 1}",
                        f"aliases expand the file to {total} nodes ({written} written), more than "
                        f"{MAX_ALIAS_NODES} beyond its own; refused as an alias bomb (MAX_ALIAS_NODES in "
                        f"codegen/loader.py)")


def load_yaml(path: StrPath, display_name: Optional[str] = None, *, libyaml: Optional[bool] = None) -> LDict:
    """Load one YAML file; raise SpecError with file:line on any problem.

    libyaml: True/False forces the parser; None (default) takes libyaml
    when PyYAML was built with it.
    """
    name = display_name or str(path)
    use_c = LIBYAML if libyaml is None else libyaml
    if use_c and not LIBYAML:
        raise SpecError("", "PyYAML was built without libyaml (yaml.CSafeLoader)")
    base = yaml.CSafeLoader if use_c else yaml.SafeLoader
    raw = _read_bytes(path, name)
    # What a file loads to depends only on its bytes, its name, the parser
    # and codegen's source: within one process (codegen/cache.py's memory
    # layer, not its folder) a file seen before is unpickled, not parsed
    # again - the unit tests load the same specs ~150 times.  Each call gets
    # its own copy.  A forced parser (libyaml=True/False) always parses.
    ck = cache.key("yaml", name, "libyaml" if use_c else "python", raw) if libyaml is None else None
    if ck is not None:
        known = cache.get("yaml", ck, disk=False)
        if isinstance(known, LDict):
            return known
    text = _read_text(raw, name)
    try:
        aliases = _scan_depth(text, name, base) if use_c else 0
        loader = _make_loader(name, base)(text)
        try:
            loader.fdk_problems = []
            node = loader.get_single_node()
            aliases += loader.fdk_aliases  # counted by the pure-Python composer
            if node is not None and aliases:  # without aliases the nodes are a tree, checked above
                _check_aliases(node, name)
            data = loader.construct_document(node) if node is not None else None
            if loader.fdk_problems:
                raise SpecError.several(loader.fdk_problems)
        finally:
            loader.dispose()
    except SpecError:
        raise
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 0
        what = e.problem or str(e)
        if e.context:
            what = f"{what} ({e.context})"
        raise SpecError(f"{name}:{line}", f"malformed YAML: {what}") from None
    except yaml.YAMLError as e:
        raise SpecError(name, f"malformed YAML: {e}") from None
    except RecursionError:  # a last resort: the limits above should come first
        raise SpecError(name, "nested too deeply to load") from None
    if data is None:
        raise SpecError(f"{name}:1", "the file is empty")
    if not isinstance(data, LDict):  # construct_mapping makes every mapping an LDict
        raise SpecError(f"{name}:1", "the top level must be a mapping")
    if ck is not None:
        cache.put("yaml", ck, data, disk=False)
    return data
