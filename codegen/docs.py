"""Reference documentation from the specs: man pages and Markdown.

One content model per function, family and errno (the FnDoc, FamDoc and
ErrnoDoc objects below), built once from the loaded Spec, rendered twice:
as troff under generated/man/ (section 3 per function, fdkit(7), one
fdkit-<family>(7) per family) and as Markdown under docs/reference/.  The
prototypes are Function.signature() (what the public header declares) and
the errno rows are Function.errors (what errors.c and the driven report use,
implied rows included).  Nothing here reads the clock: the fdkit version
from fdkit/common.h stands where a date would.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from .loader import StrPath

REFERENCE_DIR = "docs/reference"

# -- text ---------------------------------------------------------------------

# the spans of a doc string that get markup: `code`, fdk_x(), name(N) man
# references, FDK_ constants; the rest is prose
_TOKEN = re.compile(r"`[^`\n]+`|\b[a-z_][a-z0-9_]*\(\)|\b[a-z][a-z0-9_.+-]*\([1-8][a-z]*\)|\bFDK_[A-Z0-9_]+\b")
_MANREF = re.compile(r"^([a-z][a-z0-9_.+-]*)\(([1-8][a-z]*)\)$")


def paragraphs(text: str) -> list[str]:
    """A doc string's paragraphs (blank-line separated), each on one line."""
    out = []
    for p in re.split(r"\n\s*\n", text.strip()):
        # a line that ends a sentence ends it for good; two spaces mark the others
        p = re.sub(r"([.!?])\n\s*", r"\1  ", p.strip())
        p = re.sub(r"(?<=[.!?])  +", "\0", p)
        p = "  ".join(" ".join(part.split()) for part in p.split("\0"))
        if p:
            out.append(p)
    return out


def sentences(par: str) -> list[str]:
    """One paragraph cut into sentences (troff wants one per line)."""
    return [s for s in re.split(r"(?<=[.!?])  +|(?<=[.!?]) (?=[A-Z(\"`*-])", par) if s]


def summary(text: str) -> str:
    """The first sentence of a doc, without its full stop, for a NAME line."""
    first = sentences(paragraphs(text)[0])[0] if text.strip() else ""
    first = first.rstrip(".")
    if re.match(r"[A-Z][a-z]*\b", first) and not re.match(r"[A-Z][a-z]*[(_]", first):
        first = first[0].lower() + first[1:]
    return first


def with_stop(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?:" else text + "."


def _troff_chars(s: str) -> str:
    """Backslashes and characters outside ASCII as troff escapes."""
    s = s.replace("\\", "\\e")
    return "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in s)


def troff_code(s: str) -> str:
    """Literal C text: every hyphen is a minus sign (\\-), nothing is markup."""
    return _troff_chars(s).replace("-", "\\-")


def _troff_prose(s: str) -> str:
    s = _troff_chars(s)
    # a hyphen inside a word (non-blocking) stays; one that starts a word is
    # a minus or an option (-EAGAIN, -1, -lfdkit)
    s = s.replace(" - ", " \\(em ")
    return re.sub(r"(?<![A-Za-z0-9])-", r"\\-", s)


def troff(text: str) -> str:
    """Inline troff for prose: function names and man references bold."""
    out = []
    pos = 0
    for m in _TOKEN.finditer(text):
        out.append(_troff_prose(text[pos:m.start()]))
        tok = m.group(0)
        ref = _MANREF.match(tok)
        if tok.startswith("`"):
            out.append(f"\\fB{troff_code(tok[1:-1])}\\fP")
        elif tok.endswith("()"):
            out.append(f"\\fB{troff_code(tok[:-2])}\\fP()")
        elif ref:
            out.append(f"\\fB{troff_code(ref.group(1))}\\fP({ref.group(2)})")
        else:
            out.append(f"\\fB{troff_code(tok)}\\fP")
        pos = m.end()
    out.append(_troff_prose(text[pos:]))
    return "".join(out)


def troff_word(s: str) -> str:
    """An identifier as a macro argument (the pages say .nh: nothing is hyphenated)."""
    return troff_code(s)


def capital(text: str, names: set[str]) -> str:
    """Start a description with a capital, unless it starts with a name
    (a parameter, an identifier) whose case matters."""
    word = re.match(r"[A-Za-z0-9_*]+", text)
    if not word or word.group(0) in names or not word.group(0).isalpha() or not word.group(0).islower():
        return text
    return text[0].upper() + text[1:]


def troff_line(line: str) -> str:
    """A text line that troff must not read as a request."""
    return "\\&" + line if line.startswith((".", "'")) else line


def md_escape(s: str) -> str:
    s = s.replace("\\", "\\\\").replace("*", "\\*").replace("<", "&lt;").replace("|", "\\|")
    return re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", s)


def markdown(text: str, links: dict[str, str]) -> str:
    """Inline Markdown: code spans, and fdk_ functions linked to their section."""
    out = []
    pos = 0
    for m in _TOKEN.finditer(text):
        out.append(md_escape(text[pos:m.start()]))
        tok = m.group(0)
        if tok.startswith("`"):
            out.append(tok.replace("|", "\\|"))
        elif tok.endswith("()") and tok[:-2] in links:
            out.append(f"[`{tok}`]({links[tok[:-2]]})")
        elif _MANREF.match(tok):
            out.append(md_escape(tok))
        else:
            out.append(f"`{tok}`")
        pos = m.end()
    out.append(md_escape(text[pos:]))
    return "".join(out)


# -- what the pages say ---------------------------------------------------------

TS_LABEL = {"async-signal-safe": "Async-signal-safe", "thread-safe": "Thread-safe",
            "not-thread-safe": "Not thread-safe"}


def _why(why: str) -> str:
    """A spec's reason as a sentence: "allocates X" becomes "This call allocates X."."""
    if not why:
        return ""
    first = why.split()[0]
    if re.fullmatch(r"[a-z]+s", first) and first not in ("its", "this"):
        return f"  This call {why}."
    return "  " + capital(with_stop(why), set())


def ts_text(level: str, why: str) -> str:
    """What a thread-safety level lets a caller do, with the spec's reason."""
    if level == "async-signal-safe":
        return ("It may be called from any number of threads at once and from a signal handler: it makes "
                "system calls and nothing else (no malloc, no lock, no stdio).  Like the system call, a call "
                "that fails may leave errno changed, so a handler saves and restores errno around it." + _why(why))
    if level == "thread-safe":
        return "It may be called from any number of threads at once, but not from a signal handler." + _why(why)
    return ("Two threads must not call it on the same object at the same time; separate objects are "
            "independent.  Not for signal handlers either." + _why(why))


def ts_plain_text(level: str, why: str) -> str:
    """ts_text for a helper that need not make a system call at all."""
    if level == "async-signal-safe":
        return ("It may be called from any number of threads at once and from a signal handler: it uses no "
                "malloc, no lock and no stdio." + _why(why))
    return ts_text(level, why)


RETURNS = {
    "new_fd": "0 on success, with the new handle in *{out}; a negative errno on failure, with *{out} left as it was.",
    "zero": "0 on success, or a negative errno on failure.",
    "exact": "0 when the whole value was transferred, or a negative errno on failure.",
    "closed": "0 on success, also when the handle was already empty; a negative errno otherwise.  "
              "Either way the handle is empty (its fd is -1) afterwards.",
    "int": "A non-negative value on success, or a negative errno on failure.",
}

BLOCKS = {
    "never": "The call never waits.",
    "unless_nonblocking": "The call waits unless the descriptor is in non-blocking mode{eagain}.",
    "always": "The call can wait whatever the descriptor's mode: until its work is done, an event arrives, "
              "or a signal handler runs.",
}

EINTR = {
    "retry": "An EINTR that a file system or driver reports anyway (FUSE and NFS can) is retried inside the "
             "call, so -EINTR is never returned.",
    "return": "When a signal handler runs during the wait, the call returns -EINTR and fdkit does not "
              "retry it: the program installed that handler to be interrupted.  Whether the kernel restarts "
              "the call instead after a handler installed with SA_RESTART is the system call's own rule "
              "(signal(7)).  Recompute any timeout and call again.",
    "never_retry": "close(2) releases the descriptor before it can fail, so an EINTR from it means closed: "
                   "it is reported as success and never retried (a second close could hit a descriptor "
                   "another thread has just been given).",
}


# fdkit(7) and the index of docs/reference: (section, paragraphs); the error
# classes, thread-safety levels and families are added from the spec
OVERVIEW: list[tuple[str, list[str]]] = [
    ("Return values", [
        "Every call returns an int (a ssize_t where it counts bytes): 0 or more on success, a negated errno "
        "on failure, such as -EAGAIN.  errno is not part of the interface: a call may change it either way.  "
        "A call that would block on a non-blocking descriptor returns -EAGAIN (never -EWOULDBLOCK), and 0 "
        "from a read means the end of the input, never \"try again\".",
        "Input that cannot be right is refused before any system call: a NULL where a pointer is needed, a "
        "flag bit the set does not define or an out-of-range value gives -EINVAL, a negative descriptor gives "
        "-EBADF.  A call that fails has no other effect: out-parameters are written only on success.",
    ]),
    ("Handles and ownership", [
        "Each kind of descriptor has its own handle type, a small struct whose member fd is public (fdk_epoll, "
        "fdk_timerfd, fdk_tcp_stream...), so that passing an eventfd where a timer is wanted fails to compile.  "
        "A handle is passed by value where the call borrows it and by pointer where the call fills or empties "
        "it.",
        "Constructors (fdk_<family>_open() and the like) write the new handle through their out-parameter.  "
        "fdk_<kind>_close() consumes it: it closes the descriptor, sets fd to -1, does nothing for a handle "
        "that is already -1, and is never retried.  fdk_<kind>_adopt(fd) wraps a descriptor the caller owned, "
        "and fdk_<kind>_release() hands it back.  Descriptors a call borrows are never closed by it, not even "
        "on an error path.",
        "With GCC or Clang, `FDK_AUTO(kind) h = FDK_HANDLE_INIT;` declares a handle that is closed when it goes "
        "out of scope.",
    ]),
    ("Close-on-exec", [
        "Every descriptor fdkit creates is close-on-exec (O_CLOEXEC), whatever flags the caller passes; "
        "fdk_fd_set_cloexec() clears it on a descriptor a program wants a child to inherit.  O_NONBLOCK is "
        "never set unless asked for.",
    ]),
    ("EINTR and SIGPIPE", [
        "A call that can wait returns -EINTR when a signal handler interrupts it, and fdkit does not retry "
        "it: a program sees EINTR only when it installed a handler without SA_RESTART, that is when it asked "
        "to be woken.  A call that cannot wait retries an EINTR, which there means nothing.  close never "
        "retries: on Linux the descriptor is gone even when close reports EINTR.  The loops that move a whole "
        "buffer (fdk_fd_write_all(), fdk_copy_all()...) return -EINTR with the bytes already moved in their "
        "progress argument.",
        "Socket sends never raise SIGPIPE (fdkit passes MSG_NOSIGNAL), and neither do the loops that write "
        "to any descriptor: they block SIGPIPE in the calling thread while they run and take back the "
        "SIGPIPE their own write caused.  A single-call wrapper such as fdk_fd_write() behaves as write(2) "
        "does, so a program that writes to pipes with it ignores or blocks SIGPIPE.",
    ]),
]

HELPERS = ("fdk_strerror() gives a one-line message for a call and an error (\"epoll_add: fd is already "
           "registered (EEXIST)\"), fdk_errno_name() the errno's name, fdk_errclass() its class for that "
           "call and fdk_error_class_name() the class's name; they are declared in <fdkit/errors.h>.  "
           "fdk_flags_format() and fdk_flags_parse() turn a flag word into text and back (<fdkit/flags.h>).")


@dataclass
class Item:
    """A term and its description (a .TP paragraph, a Markdown list entry)."""
    term: str
    text: str
    code: bool = True  # the term is C text


@dataclass
class FlagDoc:
    param: str
    title: str
    items: list[Item]


@dataclass
class ErrRow:
    errno: str
    meaning: str
    cls: str
    cls_enum: str
    fn: str = ""
    family: str = ""


@dataclass
class FnDoc:
    fn: Any
    family: str
    name: str
    summary: str
    header: str
    proto_lines: list[list[tuple[str, str]]]  # per line: (bold text, italic name) pairs
    signature: str
    description: list[str]
    params: list[Item]
    flags: list[FlagDoc]
    returns: str
    errors: list[ErrRow]
    blocking: list[str]
    ownership: list[str]
    ts_level: str
    ts_why: str
    versions: str
    see_also: list[str]
    example: Optional[list[str]]
    anchor: str = ""


@dataclass
class FamDoc:
    fam: Any
    name: str
    page: str
    summary: str
    header: str
    description: list[str]
    handles: list[Item]
    flagsets: list[FlagDoc]
    functions: list[FnDoc]
    ts_default: str
    ts_why: str
    ts_exceptions: list[Item]
    versions: str
    see_also: list[str]


@dataclass
class ErrnoDoc:
    errno: str
    rows: list[ErrRow] = field(default_factory=list)


def version(root: StrPath) -> str:
    """fdkit's version, from FDK_VERSION_* in fdkit/common.h."""
    text = (Path(root) / "runtime/include/fdkit/common.h").read_text()
    parts = [re.search(rf"#define FDK_VERSION_{k}\s+(\d+)", text) for k in ("MAJOR", "MINOR", "PATCH")]
    if not all(parts):
        raise ValueError("runtime/include/fdkit/common.h: no FDK_VERSION_MAJOR/MINOR/PATCH")
    return ".".join(m.group(1) for m in parts if m)


def symbol_versions(root: StrPath) -> dict[str, str]:
    """Exported symbol -> its version node, from spec/registry/symbols.txt."""
    out: dict[str, str] = {}
    p = Path(root) / "spec/registry/symbols.txt"
    if p.exists():
        for line in p.read_text().splitlines():
            w = line.split()
            if len(w) == 2 and w[0].startswith("FDKIT_"):
                out[w[1]] = w[0]
    return out


def _since(fn: Any) -> str:
    since = dict(fn.family.since)
    since.update(getattr(fn, "since", {}) or {})
    parts = []
    if "linux" in since:
        parts.append(f"Linux {since['linux']}")
    if "glibc" in since:
        parts.append(f"glibc {since['glibc']}")
    return " and ".join(parts)


def _param_doc(p: Any) -> str:
    doc = str(p.doc)
    if p.role == "self" and not doc:
        doc = f"the {p.fn.family.name} handle (borrowed)"
    elif p.role == "consumed_handle" and not doc:
        doc = "the handle to close; its fd is set to -1"
    elif p.role == "flags" and not doc:
        doc = f"bits of {p.set.all_macro}"
    elif p.role == "enum" and not doc:
        doc = "one of " + ", ".join(p.set.members)
    return with_stop(doc or p.name)


def _flag_items(p: Any) -> FlagDoc:
    fs = p.set
    forbid = set(p.forbid)
    items = []
    for m in fs.inputs:
        stripped = m.name[len(fs.strip):] if fs.strip and m.name.startswith(fs.strip) else m.name
        if m.name in forbid or stripped in forbid:
            continue
        text = with_stop(str(m.doc))
        if m.always and "lways" not in text:
            text += "  Always set by fdkit."
        items.append(Item(m.macro, text))
    return FlagDoc(p.name, "Flags" if p.name == "flags" else f"Flags for {p.name}", items)


def _proto_layout(head: str, params: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """A prototype as .BI pairs: head is "ret name(", params (type text, name)
    pairs; (bold, italic) per parameter, one parameter per line when the
    whole does not fit in one."""
    if not params:
        return [[(head + "void);", "")]]
    flat = head + ", ".join(t + n for t, n in params) + ");"
    if len(flat) <= 78:
        line: list[tuple[str, str]] = []
        for i, (t, n) in enumerate(params):
            line.append(((head if i == 0 else ", ") + t, n))
        line.append((");", ""))
        return [line]
    pad = " " * len(head)
    lines = []
    for i, (t, n) in enumerate(params):
        lines.append([((head if i == 0 else pad) + t, n), (");" if i == len(params) - 1 else ",", "")])
    return lines


def _proto_lines(fn: Any) -> list[list[tuple[str, str]]]:
    """A spec function's prototype as .BI pairs (_proto_layout)."""
    params = []
    for p in fn.params:
        decl = p.c_decl()
        params.append((decl[:len(decl) - len(p.name)], p.name))
    return _proto_layout(f"{fn.ret_type} {fn.cname}(", params)


def _ownership(fn: Any, closers: dict[str, str]) -> list[str]:
    out = []
    for p in fn.params:
        r = p.role
        if r == "self":
            out.append(f"{p.name} is borrowed: the call uses its descriptor and never closes it.")
        elif r in ("borrowed_fd", "dir_fd"):
            what = "a directory descriptor or AT_FDCWD" if r == "dir_fd" else "a descriptor"
            out.append(f"{p.name} ({what}) is borrowed: the call never closes it, on failure either.")
        elif r == "out_handle":
            close = closers.get(p.handle.type, f"{p.handle.type}_close")
            out.append(f"*{p.name} receives a {p.handle.type} that the caller then owns, and is written only on "
                       f"success; {close}() closes it.  Its descriptor is close-on-exec "
                       f"(fdk_fd_set_cloexec() turns that off before an exec that should inherit it).")
        elif r == "consumed_handle":
            if fn.returns == "closed":
                out.append(f"{p.name} is consumed: its descriptor is closed and its fd set to -1; an empty "
                           f"handle (fd -1) is left alone.")
            else:
                out.append(f"{p.name} is emptied (fd -1): its descriptor now belongs to the caller.")
        elif r == "consumed_fd":
            out.append(f"*{p.name} is consumed: the descriptor is closed and set to -1 whether the call "
                       f"succeeds or not.")
        elif r in ("out_ptr", "out_array"):
            if p.direct:
                out.append(f"*{p.name} is passed to the kernel as it is and written only by a call that succeeds.")
            else:
                out.append(f"*{p.name} is written only on success.")
        elif r == "progress":
            out.append(f"*{p.name} is always written: the bytes moved so far, on failure too.")
    if not any(p.role in ("self", "borrowed_fd", "dir_fd", "out_handle", "consumed_handle", "consumed_fd")
               for p in fn.params):
        out.insert(0, "No descriptor is passed in or handed out.")
    return out


def _blocking(fn: Any) -> list[str]:
    eagain = any(r.errno == "EAGAIN" for r in fn.errors)
    out = [BLOCKS[fn.blocks].format(eagain=", where it returns -EAGAIN instead" if eagain else "")]
    if fn.eintr == "not_applicable":
        out.append("EINTR cannot occur." if fn.blocks == "never" else
                   "A signal does not end the call early: fdkit finishes the wait inside and never returns "
                   "-EINTR.")
    else:
        out.append(EINTR[fn.eintr])
    return out


def _returns(fn: Any) -> str:
    out = next((p.name for p in fn.params if p.role == "out_handle"), "out")
    if fn.returns_doc:
        return with_stop(fn.returns_doc[0].upper() + fn.returns_doc[1:].rstrip(":")) + \
            "  On failure, a negative errno."
    if fn.returns == "count":
        if any(p.role == "out_array" for p in fn.params):
            return "The number of entries filled on success, or a negative errno on failure."
        reads = any(p.role == "out_buffer" for p in fn.params) or \
            fn.libc in ("readv", "preadv", "splice", "tee", "sendfile", "copy_file_range")
        return ("The number of bytes transferred on success (0 at the end of the input), or a negative "
                "errno on failure." if reads else
                "The number of bytes transferred on success, or a negative errno on failure.")
    return str(RETURNS[fn.returns]).format(out=out)


def _man_key(ref: str) -> tuple[str, str]:
    m = _MANREF.match(ref)
    return (m.group(2), m.group(1)) if m else ("9", ref)


# calls whose page is in section 3 (the rest of the libc calls fdkit wraps are section 2)
_SECTION3 = {"mkfifoat"}


def _siblings(fn: Any) -> list[Any]:
    """The calls of the family a reader of fn's page may want next: all of a
    small family; in a large one those on the same handle type (an option's
    getter and setter only pair with each other)."""
    fam = fn.family
    others = [f for f in fam.functions if f is not fn]
    if len(fam.functions) <= 24:
        return others
    if hasattr(fn, "okey"):
        return [f for f in others if getattr(f, "okey", None) == fn.okey]

    def handles(f: Any) -> set[str]:
        return {p.handle.type for p in f.params if p.handle is not None}
    mine = handles(fn)
    near = [f for f in others if not hasattr(f, "okey") and mine & handles(f)]
    return near[:24]


def _see_also(fn: Any) -> list[str]:
    refs: list[str] = [f"{f.cname}(3)" for f in _siblings(fn)]
    refs += list(fn.man)
    if fn.impl == "generated" and fn.libc:
        refs.append(f"{fn.libc}({3 if fn.libc in _SECTION3 else 2})")
    refs += [r.strip() for r in str(fn.family.man).split(",") if r.strip()]
    refs += [f"fdkit-{fn.family.name}(7)", "fdkit(7)"]
    seen: list[str] = []
    for r in refs:
        if r not in seen:
            seen.append(r)
    return sorted(seen, key=_man_key)


class Docs:
    """The reference content of a whole Spec (built once; both renderings read it)."""

    def __init__(self, spec: Any, root: StrPath, rendered: Optional[dict[str, str]] = None) -> None:
        self.spec = spec
        self.version = version(root)
        self.symvers = symbol_versions(root)
        self.families: list[FamDoc] = []
        self.links: dict[str, str] = {}  # function -> "family.md#anchor"
        for fam in spec.families:
            for f in fam.functions:
                self.links[f.cname] = f"{fam.name}.md#{f.cname}"
        for fam in spec.families:
            self.families.append(self._family(fam))
        errnos: dict[str, ErrnoDoc] = {}
        for fd in self.families:
            for d in fd.functions:
                for r in d.errors:
                    errnos.setdefault(r.errno, ErrnoDoc(r.errno)).rows.append(r)
        order = {e: i for i, e in enumerate(spec.common.errnos)}
        self.errnos = sorted(errnos.values(), key=lambda e: (e.errno != "EAGAIN", order.get(e.errno, 999), e.errno))
        self.classes = [(c, spec.common.errclass_enum(c), str(spec.common.data["error_classes"][c]))
                        for c in spec.common.error_classes]
        # exported functions no family spec declares: from their headers' doc comments
        declared = {f.cname for fam in spec.families for f in fam.functions}
        rest = {n for n in self.symvers if n.startswith("fdk_") and n not in declared}
        self.header_fns = header_functions(spec, root, rest, self.symvers, rendered)
        for h in self.header_fns:
            self.links[h.name] = f"helpers.md#{h.name}"

    def functions(self) -> list[FnDoc]:
        return [d for f in self.families for d in f.functions]

    def _family(self, fam: Any) -> FamDoc:
        closers = {}
        for h in fam.handles:
            close = next((f.cname for f in fam.functions if f.key == h.close_key), None)
            if close:
                closers[h.type] = close
        fns = [self._function(fam, f, closers) for f in fam.functions]
        handles = []
        for h in fam.handles:
            text = " ".join(paragraphs(str(h.doc)))
            extra = f"  Initialise with FDK_HANDLE_INIT or `FDK_AUTO({h.type[4:]})`; {closers.get(h.type, h.type + '_close')}() closes it."
            if h.borrowable:
                extra += f"  {h.type}_borrow() wraps a descriptor without owning it: closing that handle never closes the descriptor."
            handles.append(Item(h.type, with_stop(text) + extra))
        flagsets = []
        for fs in fam.flagsets.values():
            items = [Item(m.macro, with_stop(str(m.doc)) + ("  Always set by fdkit." if m.always and "lways" not in str(m.doc) else ""))
                     for m in fs.members]
            flagsets.append(FlagDoc(fs.key, with_stop(str(fs.doc)), items))
        ts = fam.data["thread_safety"]
        default = str(ts["default"])
        exceptions = [Item(d.name, f"{TS_LABEL[d.ts_level]}." + _why(d.ts_why))
                      for d in fns if d.ts_level != default]
        since = _since(type("F", (), {"family": fam, "since": {}})())
        see = [r.strip() for r in str(fam.man).split(",") if r.strip()] + ["fdkit(7)"]
        return FamDoc(fam=fam, name=fam.name, page=f"fdkit-{fam.name}", summary=summary(str(fam.doc)),
                      header=f"fdkit/{fam.name}.h", description=paragraphs(str(fam.doc)), handles=handles,
                      flagsets=flagsets, functions=fns, ts_default=default, ts_why=str(ts.get("why", "")),
                      ts_exceptions=exceptions, versions=since, see_also=sorted(set(see), key=_man_key))

    def _function(self, fam: Any, fn: Any, closers: dict[str, str]) -> FnDoc:
        names = {p.name for p in fn.params}
        params = [Item(p.name, capital(_param_doc(p), names)) for p in fn.params]
        flags = [_flag_items(p) for p in fn.params if p.role == "flags"]
        for p in fn.params:
            if p.role == "enum":
                flags.append(FlagDoc(p.name, f"Values of {p.name}",
                                     [Item(m, f"a value of {p.set.ctype}.") for m in p.set.members]))
        errors = [ErrRow(r.errno, capital(with_stop(r.meaning), names), r.cls, self.spec.common.errclass_enum(r.cls), fn.cname, fam.name)
                  for r in fn.errors]
        since = _since(fn)
        node = self.symvers.get(fn.cname)
        versions = (f"Needs {since} or later." if since else "")
        if node:
            versions += f"  The symbol has the version {node}."
        return FnDoc(
            fn=fn, family=fam.name, name=fn.cname, summary=summary(str(fn.doc)), header=f"fdkit/{fam.name}.h",
            proto_lines=_proto_lines(fn), signature=fn.signature() + ";", description=paragraphs(str(fn.doc)),
            params=params, flags=flags, returns=_returns(fn), errors=errors, blocking=_blocking(fn),
            ownership=_ownership(fn, closers), ts_level=fn.thread_safety.level, ts_why=fn.thread_safety.why,
            versions=versions.strip(), see_also=_see_also(fn),
            example=fn.example.rstrip("\n").split("\n") if fn.example else None, anchor=fn.cname)


# -- rendering --------------------------------------------------------------------

def _filters(links: dict[str, str]) -> dict[str, Callable[..., Any]]:
    def md_here(text: str, here: str = "") -> str:
        # links within the same file need only the anchor
        local = {k: (v.split("#", 1)[1] and "#" + v.split("#", 1)[1]) if v.startswith(here + ".md#") else v
                 for k, v in links.items()} if here else links
        return markdown(text, local)

    return {
        "t": troff,
        "tcode": troff_code,
        "tline": troff_line,
        "tword": troff_word,
        "sentences": sentences,
        "md": md_here,
        "mdcode": lambda s: s.replace("|", "\\|"),
        "ts_text": ts_text,
        "seeref": lambda ref, here="": (
            f"[`{ref[:-3]}()`]({links[ref[:-3]].split(here + '.md', 1)[1] if links[ref[:-3]].startswith(here + '.md#') else links[ref[:-3]]})"
            if ref.endswith("(3)") and ref[:-3] in links else
            f"[{ref}]({ref[6:-3]}.md)" if ref.startswith("fdkit-") else
            "[fdkit(7)](README.md)" if ref == "fdkit(7)" else md_escape(ref)),
        "ts_label": lambda level: TS_LABEL[level],
        "ts_plain_text": ts_plain_text,
        "capitalize_first": lambda t: t[:1].upper() + t[1:] if t and not t.startswith("fdk_") else t,
        "with_stop": with_stop,
    }


def man_pages(docs: Docs) -> dict[str, str]:
    """{path under generated/: text} of every man page."""
    from .render import _env
    env = _env()
    env.filters.update(_filters(docs.links))
    files = {}
    th = f"\"fdkit {docs.version}\""
    for fam in docs.families:
        for d in fam.functions:
            files[f"man/man3/{d.name}.3"] = env.get_template("man3.j2").render(d=d, th=th, ts=TS_LABEL)
        files[f"man/man7/{fam.page}.7"] = env.get_template("man7-family.j2").render(f=fam, th=th, ts=TS_LABEL)
    for h in docs.header_fns:
        files[f"man/man3/{h.name}.3"] = env.get_template("man3-header.j2").render(d=h, th=th, ts=TS_LABEL)
    files["man/man7/fdkit.7"] = env.get_template("man7-fdkit.j2").render(docs=docs, th=th, docs_overview=OVERVIEW,
                                                                         helpers=HELPERS)
    return files


def reference(docs: Docs) -> dict[str, str]:
    """{path under docs/reference/: text} of the Markdown reference."""
    from .render import _env
    env = _env()
    env.filters.update(_filters(docs.links))
    files = {}
    for fam in docs.families:
        files[f"{fam.name}.md"] = env.get_template("ref-family.md.j2").render(f=fam, ts=TS_LABEL,
                                                                              version=docs.version)
    files["README.md"] = env.get_template("ref-index.md.j2").render(docs=docs, docs_overview=OVERVIEW,
                                                                    helpers=HELPERS)
    files["errno.md"] = env.get_template("ref-errno.md.j2").render(docs=docs)
    files["helpers.md"] = env.get_template("ref-helpers.md.j2").render(docs=docs, ts=TS_LABEL)
    return files


# -- functions no family spec declares ------------------------------------------
#
# A few exported functions are declared by hand-written headers (socket-types.h,
# tty-types.h, common.h) or by templates of their own (errors.h, flags.h, fd.h's
# kind names).  Their pages come from the doc comment above the declaration:
# a description, `@param name text`, and `@return text` with an errno list
# ("  -EINVAL  text"); spec/common.yaml's header_functions gives the rest.

@dataclass
class HeaderFnDoc:
    name: str
    header: str
    summary: str
    proto_lines: list[list[tuple[str, str]]]
    signature: str
    description: list[str]
    params: list[Item]
    returns: str
    errors: list[Item]
    ts_level: str
    ts_why: str
    versions: str
    see_also: list[str]
    anchor: str = ""
    void: bool = False


_DECL = re.compile(r"/\*\*((?:(?!\*/).)*)\*/\s*FDK_EXPORT\s+(?!FDK_INLINE)([^;{}()]*?\b(fdk_\w+)\s*\(([^;{}]*)\))\s*;",
                   re.S)


def _comment_lines(body: str) -> list[str]:
    """A /** */ comment's text, one entry per line, without the leading ' * '."""
    out = []
    for line in body.split("\n"):
        line = re.sub(r"^\s*\* ?", "", line.rstrip())
        out.append(line)
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out


def _split_decl_params(text: str) -> list[tuple[str, str]]:
    """'const fdk_sockaddr *a, char *buf' -> [('const fdk_sockaddr *', 'a'), ('char *', 'buf')]."""
    text = " ".join(text.split())
    if text in ("", "void"):
        return []
    out = []
    for part in text.split(","):
        part = part.strip()
        m = re.match(r"^(.*?)(\w+)$", part)
        if not m:
            raise ValueError(f"cannot split parameter '{part}'")
        out.append((m.group(1), m.group(2)))
    return out


def _parse_comment(lines: list[str]) -> tuple[list[str], list[Item], str, list[Item]]:
    """(description paragraphs, params, return text, errno items) of a doc comment."""
    desc: list[str] = []
    params: list[Item] = []
    ret: list[str] = []
    errors: list[Item] = []
    mode = "desc"
    para: list[str] = []

    def flush_para() -> None:
        if para:
            desc.append(" ".join(para))
            para.clear()

    for raw in lines:
        line = raw.strip()
        m = re.match(r"^@param\s+(\w+)\s+(.*)$", line)
        if m:
            flush_para()
            params.append(Item(m.group(1), m.group(2)))
            mode = "param"
            continue
        if line.startswith("@return"):
            flush_para()
            ret.append(line[len("@return"):].strip())
            mode = "return"
            continue
        if mode in ("return", "errno"):
            e = re.match(r"^(-E[A-Z0-9]+(?:,\s*-E[A-Z0-9]+)*)\s+(.*)$", line)
            if e:
                errors.append(Item(e.group(1).replace("-", ""), e.group(2)))
                mode = "errno"
                continue
        if not line:
            if mode == "param":  # a blank line ends the parameters; @return's text runs on
                mode = "desc"
            flush_para()
            continue
        if mode == "param" and raw.startswith(" "):
            params[-1].text += " " + line
        elif mode == "return":
            ret.append(line)
        elif mode == "errno":
            errors[-1].text += " " + line
        else:
            mode = "desc"
            para.append(line)
    flush_para()
    return desc, params, " ".join(ret), errors


def _public_headers(root: Path, rendered: Optional[dict[str, str]]) -> list[tuple[str, str]]:
    """(name, text) of every public header: the generated ones as this run
    rendered them (when given), the hand-written ones from runtime/include."""
    out: dict[str, str] = {}
    if rendered is not None:
        for k, v in rendered.items():
            if k.startswith("include/fdkit/") and k.endswith(".h"):
                out[k[len("include/fdkit/"):]] = v
    else:
        for path in (root / "generated/include/fdkit").glob("*.h"):
            out[path.name] = path.read_text()
    for path in (root / "runtime/include/fdkit").glob("*.h"):
        out.setdefault(path.name, path.read_text())
    return sorted(out.items())


def header_functions(spec: Any, root: StrPath, names: set[str], symvers: dict[str, str],
                     rendered: Optional[dict[str, str]] = None) -> list[HeaderFnDoc]:
    """The pages of the exported functions in names, read from the public
    headers; every one must have a doc comment and a header_functions entry."""
    root = Path(root)
    conf = spec.common.data.get("header_functions", {})
    found: dict[str, HeaderFnDoc] = {}
    for hname, text in _public_headers(root, rendered):
        header = f"fdkit/{hname}"
        for m in _DECL.finditer(text):
            name = m.group(3)
            if name not in names or name in found:
                continue
            if header not in conf:
                raise ValueError(f"spec/common.yaml: header_functions has no entry for {header} ({name})")
            entry = conf[header]
            ts = entry["thread_safety"]
            own = (ts.get("functions") or {}).get(name)
            level = str(own["level"]) if own else str(ts["default"])
            why = str(own.get("why", "")) if own else str(ts.get("why", ""))
            body = m.group(1).replace("the top of this file", f"the top of <{header}>")
            body = body.replace("the top of this header", f"the top of <{header}>")
            desc, params, ret, errors = _parse_comment(_comment_lines(body))
            if ret.endswith(":"):
                ret = ret[:-1].rstrip() + " (ERRORS below)"
            decl = " ".join(m.group(2).split())
            ret_and_name = decl[:decl.index("(")]
            plist = _split_decl_params(m.group(4))
            node = symvers.get(name)
            siblings = sorted(n for n in names if n != name and n.split("_")[:2] == name.split("_")[:2])
            see = [f"{n}(3)" for n in siblings] + [str(r) for r in entry.get("see_also", [])] + ["fdkit(7)"]
            found[name] = HeaderFnDoc(
                name=name, header=header, summary=summary(" ".join(desc[:1])) if desc else name,
                proto_lines=_proto_layout(ret_and_name + "(", plist), signature=decl + ";", description=desc,
                params=params, returns=with_stop(ret) if ret else "", errors=errors, ts_level=level, ts_why=why,
                versions=f"The symbol has the version {node}." if node else "",
                see_also=sorted(set(see), key=_man_key), anchor=name,
                void=ret_and_name.split()[0] == "void" and "*" not in ret_and_name)
    missing = names - set(found)
    if missing:
        raise ValueError("exported but declared by no spec and with no doc comment in a public header: "
                         + ", ".join(sorted(missing)))
    return [found[n] for n in sorted(found)]
