"""Render generated/ from the model and the ABI locks with Jinja2."""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence

import jinja2

from .headers import ARCH_PREDICATES
from .loader import SpecError, StrPath
from .model import c_string, wrap

if TYPE_CHECKING:
    from .abi import Registry
    from .lock import Arch, Lock
    from .model import Family, FlagSet, Function, Handle, Member, Param, RecordFunction, Spec

TEMPLATES = Path(__file__).parent / "templates"

# one item of _arch_lines: lines that go together, `{src}` for the lock's file
ArchItem = tuple[str, ...]

# _test_cases' case(name, doc, lines): adds one test case to the skeleton
Case = Callable[[str, str, list[str]], None]


def _env() -> "jinja2.Environment":
    from . import cache
    return jinja2.Environment(
        bytecode_cache=cache.jinja_bytecode_cache(),
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def _hex(value: int, suffix: str) -> str:
    digits = max(8, len(f"{value:x}"))
    return f"0x{value:0{digits}x}{suffix}"



class _Obj(dict[str, Any]):
    """A dict the templates (and this file) read as attributes: o.name is o["name"]."""

    def __getattr__(self, name: str) -> Any:
        return self[name]  # a KeyError, as dict.__getitem__ gives, for a missing one


@dataclass
class _InjectFn:
    """A call the fault-injection harness wraps (tests/fdk-inject-fns.h)."""
    ret: str
    name: str
    decls: str  # the parameters' declarations, "void" for none
    args: str  # the parameters' names
    short: str  # the size_t parameter a short read/write may shrink, or FDK_INJECT_NOLEN
    guard: Optional[str]  # the #if for a call newer than its family's glibc


def arch_macro(arch: str) -> str:
    """FDK__ARCH_AARCH64 and so on: defined by the generated fdkit/arch.h."""
    return "FDK__ARCH_" + re.sub(r"\W", "_", arch).upper()


def _arch_lines(per_arch: Sequence[tuple["Arch", Sequence[ArchItem]]], fallback: Sequence[str]) -> list[str]:
    """One block of #if lines for values measured per architecture.

    per_arch: [(lock, [item, ...])], each item a tuple of lines in which
    `{src}` stands for the lock's file.  Items every lock has alike come once,
    under FDK__ABI_LOCKED; the rest in one branch per group of architectures
    with the same items; `fallback` (lines) for a target without a lock.
    Returns the lines, or [] when there is nothing to say.
    """
    if not per_arch:
        return list(fallback) if fallback else []
    sets = [set(items) for _lk, items in per_arch]
    common = set.intersection(*sets)
    out = []
    if any(items for _lk, items in per_arch) or fallback:
        out.append("#ifdef FDK__ABI_LOCKED /* values from spec/abi/<arch>.yaml */")
    first = per_arch[0][1]
    for item in first:
        if item in common:
            out += [ln.replace("{src}", "spec/abi/") for ln in item]
    groups: list[tuple[list["Arch"], tuple[ArchItem, ...]]] = []  # [(archs, items)]
    for lk, items in per_arch:
        rest = tuple(i for i in items if i not in common)
        if not rest:
            continue
        for g in groups:
            if g[1] == rest:
                g[0].append(lk)
                break
        else:
            groups.append(([lk], rest))
    for gi, (lks, rest) in enumerate(groups):
        cond = " || ".join(f"defined({arch_macro(lk['arch'])})" for lk in lks)
        out.append(f"#{'if' if gi == 0 else 'elif'} {cond}")
        src = f"spec/abi/{lks[0]['arch']}.yaml" if len(lks) == 1 else "spec/abi/"
        out += [ln.replace("{src}", src) for item in rest for ln in item]
    if groups:
        out.append("#endif")
    if not out:
        return []
    if fallback:
        out.append("#else /* an architecture without a lock: the system headers' values */")
        out += fallback
    out.append("#endif")
    return out


def _field_mask(m: "Member", lk: "Lock") -> Optional[int]:
    """A field's mask where its values sit (the header's mask, shifted), or None."""
    mask = lk["constants"].get(m.name)
    shift = lk["constants"].get(m.shift, 0) if m.shift else 0
    return None if mask is None or shift is None else mask << shift


def _flagset_ctx(fs: "FlagSet", locks: Sequence["Lock"]) -> _Obj:
    members = [_Obj(name=m.name, macro=m.macro, doc_lines=wrap(m.doc, 90 - len(m.macro))) for m in fs.rules]
    width = max(len(m.macro) for m in fs.rules)

    def define(m: "Member", value: str) -> str:
        if m.bit is not None:
            return f"#define {m.macro.ljust(width)} {_hex(1 << m.bit, fs.suffix)} /* fdkit's own bit */"
        return f"#define {m.macro.ljust(width)} {value}"

    per_arch: list[tuple["Lock", list[ArchItem]]] = []
    for lk in locks:
        items: list[ArchItem] = []
        kernel_bits = 0
        fields: dict[str, Optional[int]] = {}  # field -> its mask on this arch
        for m in fs.fields:
            fields[m.name] = _field_mask(m, lk)
        for m in fs.rules:
            if m.values:
                v = fields[m.name]
            else:
                v = lk["constants"].get(m.name) if m.bit is None else None
            kernel_bits |= v or 0
            items.append((define(m, _hex(v, fs.suffix) if v is not None else m.name),))
        for m in fs.members:
            v = lk["constants"].get(m.name) if m.bit is None else None
            if v is None:
                continue
            for f in fs.fields:
                fmask = fields[f.name]
                if fmask is None:
                    continue
                if m.field is f and v & ~fmask:
                    raise SpecError(m.where, f"{m.name} = {v:#x} is not inside the field {f.name} "
                                             f"({fmask:#x}) on {lk['arch']}")
                if m.field is not f and v & fmask:
                    raise SpecError(m.where, f"{m.name} = {v:#x} overlaps the field {f.name} ({fmask:#x}) of "
                                             f"{fs.id} on {lk['arch']}")
        for f in fs.fields:
            seen: dict[int, str] = {}  # value -> name
            for m in f.values:
                v = lk["constants"].get(m.name)
                if v is None:  # not in this lock yet
                    continue
                if v in seen:
                    raise SpecError(m.where, f"{m.name} and {seen[v]} are the same value ({v:#x}) of {f.name} "
                                             f"on {lk['arch']}")
                seen[v] = m.name
        for m in fs.library:
            assert m.bit is not None  # the library members are those with a bit
            if kernel_bits >> m.bit & 1:
                raise SpecError(m.where, f"{m.name}: library bit {m.bit} overlaps a kernel flag of {fs.id} "
                                         f"on {lk['arch']} (kernel bits {kernel_bits:#x})")
        per_arch.append((lk, items))
    fallback = []
    for m in fs.rules:
        val = m.name
        if m.values and m.shift:
            val = f"(({fs.ctype})((uint64_t){m.name} << {m.shift}))"
        fallback.append(define(m, val))
    return _Obj(doc=fs.doc, members=members, value_lines=_arch_lines(per_arch, fallback), all_macro=fs.all_macro,
                all_expr=_or_lines(fs.all_terms, f"#define {fs.all_macro} ("),
                all_doc=(f"Every bit the kernel reports in this set." if fs.output_only else
                         f"Every bit fdk_{fs.family.name} accepts in this set"
                         + (" (not the bits only the kernel reports)." if len(fs.inputs) < len(fs.members)
                            else ".")))


def _or_lines(terms: Sequence[str], lead: str, width: int = 100) -> str:
    """`#define X (A | B | C)`, broken into continuation lines when too long."""
    one = f"{lead}{' | '.join(terms)}"
    if len(one) + 1 <= width:
        return one
    lines, cur = [], ""
    for t in terms:
        piece = t if not cur else f" | {t}"
        if cur and 5 + len(cur) + len(piece) + 2 > width:
            lines.append(cur + " |")
            cur = t
        else:
            cur += piece
    lines.append(cur)
    return lead[:-1].rstrip() + " \\\n    (" + " \\\n     ".join(lines)


def wrap_c(line: str, indent: int = 4, width: int = 100) -> list[str]:
    """Break a long C line at ' | ' or ' && ' so generated code stays within width."""
    if indent + len(line) <= width:
        return [line]
    col = line.find("(") + 1
    out, cur = [], ""
    for tok in re.split(r"(?<= \|) |(?<= &&) ", line):
        if cur and indent + len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " * col + tok
        else:
            cur = f"{cur} {tok}" if cur else tok
    out.append(cur)
    return out


def _fn_ctx(fn: "Function") -> _Obj:
    ctx = _Obj(signature=fn.signature(), doc=fn.doc_lines(), cname=fn.cname, inline=fn.inline,
               inline_vis=fn.inline_vis, decl_vis=fn.decl_vis)
    if fn.impl in ("generated", "core"):
        decls, lines = fn.body() if fn.impl == "generated" else fn.core_body()
        ctx["decls"] = decls
        ctx["lines"] = [w for line in lines for w in wrap_c(line)]
    return ctx


def _int_literal(v: int) -> str:
    """A constant as C reads it with the header's type: request codes such as
    0x80088a02 are unsigned, and a decimal literal that large would be long."""
    if v > 0x7fffffff:
        return f"0x{v:x}u" if v <= 0xffffffff else f"0x{v:x}ull"
    return str(v)


def _fallback_lines(fam: "Family") -> list[str]:
    """For a target without a lock: the spec's fallback for each constant
    the headers there may lack."""
    out = []
    for name, (vals, _w) in sorted(fam.fallbacks.items()):
        archs = [a for a in vals if a != "default"]
        out.append(f"#ifndef {name} /* newer than these headers */")
        for i, a in enumerate(archs):
            out += [f"#{'if' if i == 0 else 'elif'} {ARCH_PREDICATES[a]}", f"#define {name} {_int_literal(vals[a])}"]
        if "default" in vals:
            if archs:
                out.append("#else")
            out.append(f"#define {name} {_int_literal(vals['default'])}")
        if archs:
            out.append("#endif")
        out.append("#endif")
    return out


def _abi_lines(fam: "Family", spec: "Spec", locks: Sequence["Lock"]) -> list[str]:
    """Static asserts (and fallbacks) tying the locks to this libc's headers."""
    per_arch: list[tuple["Lock", list[ArchItem]]] = []
    for lk in locks:
        items: list[ArchItem] = []
        for fs in fam.flagsets.values():
            for m in fs.members:
                if m.bit is not None:
                    continue
                items.append((f"#ifdef {m.name}",
                              f'_Static_assert({m.macro} == {m.name}, "{m.name} differs from {{src}}");',
                              "#endif"))
            for m in fs.fields:
                # the header's mask is often unshifted (MFD_HUGE_MASK is 0x3f at MFD_HUGE_SHIFT)
                names = [m.name] + ([m.shift] if m.shift else [])
                hdr = f"((uint64_t){m.name} << {m.shift})" if m.shift else f"(uint64_t){m.name}"
                items.append(("#if " + " && ".join(f"defined({n})" for n in names),
                              f'_Static_assert((uint64_t){m.macro} == {hdr}, "{m.name} differs from {{src}}");',
                              "#endif"))
        plain = [m for es in fam.enums.values() for m in es.members] + fam.all_constants()
        for name in plain:
            v = lk["constants"].get(name)
            if v is None:
                continue
            lit = _int_literal(v)
            items.append((f"#ifndef {name}", f"#define {name} {lit}", "#else",
                          f'_Static_assert({name} == {lit}, "{name} differs from {{src}}");', "#endif"))
        for sname, s in fam.structs.items():
            ls = lk["structs"].get(str(sname))
            if not ls:
                continue
            t = f"struct {sname}"
            items.append((f'_Static_assert(sizeof({t}) == {ls["size"]}, "{t}: size differs from {{src}}");',))
            for mname, off in ls["offsets"].items():
                items.append((f'_Static_assert(offsetof({t}, {mname}) == {off}, '
                              f'"{t}.{mname}: offset differs from {{src}}");',))
        per_arch.append((lk, items))
    return _arch_lines(per_arch, _fallback_lines(fam))


def _invariants(fam: "Family") -> list[str]:
    """Relations that hold on every architecture (NONBLOCK is O_NONBLOCK...)."""
    out = []
    for h in fam.handles:
        out.append(f'_Static_assert(offsetof({h.type}, fd) == 0, "FDK_HANDLE_INIT needs fd first");')
    for fs in fam.flagsets.values():
        for m in fs.members:
            if m.nonblock and m.o_flag:
                out.append(f'_Static_assert({m.macro} == O_NONBLOCK, "{m.name} must equal O_NONBLOCK");')
            if m.cloexec and m.o_flag:
                out.append(f'_Static_assert({m.macro} == O_CLOEXEC, "{m.name} must equal O_CLOEXEC");')
    if out:
        out.insert(0, "")
    return out


# -- test skeletons ------------------------------------------------------------

class _Args:
    """Valid arguments for a call in a skeleton, one local per pointer."""

    def __init__(self, fn: "Function", instance: Optional[str] = None,
                 overrides: Optional[Mapping[str, str]] = None) -> None:
        self.fn = fn
        self.by_param: dict[str, list[str]] = {}  # parameter -> the lines declaring its local
        self.values: dict[str, str] = {}  # parameter -> the argument passed
        self.fills: list[tuple[str, str]] = []  # out-parameters filled with 0x5a, checked after a failure
        # the spec's valid defaults for this function (tests.args), then the case's own
        defaults = fn.family.tests.get("args", {}).get(fn.key, {})
        overrides = {**{str(k): str(v) for k, v in defaults.items()}, **(overrides or {})}
        for p in fn.params:
            if p.name in overrides:
                self.values[p.name] = str(overrides[p.name])
                continue
            if p.default is not None:  # a value the wrapper's own checks accept (an option's min)
                self.values[p.name] = p.default
                continue
            r = p.role
            if r == "self":
                self.values[p.name] = instance or "h"
            elif r in ("out_handle", "consumed_handle"):
                assert p.handle is not None  # resolved for these roles
                self._decl(p.name, f"{p.handle.type} a_{p.name} = {{.fd = -7}};")
                self.values[p.name] = f"&a_{p.name}"
                self.fills.append((p.name, f"ASSERT_EQ(a_{p.name}.fd, -7);"))
            elif r == "consumed_fd":
                self._decl(p.name, f"int a_{p.name} = -1;")
                self.values[p.name] = f"&a_{p.name}"
            elif r == "borrowed_fd":
                self.values[p.name] = "0"
            elif r == "dir_fd":
                self.values[p.name] = "AT_FDCWD"
            elif r == "flags":
                self.values[p.name] = "0"
            elif r == "enum":
                assert p.set is not None  # resolved for this role
                self.values[p.name] = p.set.members[0]
            elif r in ("in_ptr", "out_ptr", "inout_ptr", "progress"):
                t = p.type or "size_t"
                self._decl(p.name, f"{t} a_{p.name};")
                self._decl(p.name, f"memset(&a_{p.name}, {'0' if r == 'in_ptr' else '0x5a'}, sizeof a_{p.name});")
                self.values[p.name] = f"&a_{p.name}"
                if r == "out_ptr":
                    self.fills.append((p.name, f"ASSERT_TRUE(bytes_are(&a_{p.name}, sizeof a_{p.name}, 0x5a));"))
            elif r in ("in_array", "out_array", "inout_array"):
                self._decl(p.name, f"{p.type} a_{p.name}[4];")
                self._decl(p.name, f"memset(a_{p.name}, 0, sizeof a_{p.name});")
                if getattr(fn, "scan_iov", False) and p.type == "struct iovec" and r == "in_array":
                    # all-empty vectors make no call: give the first buffer a byte
                    self._decl(p.name, f"char a_{p.name}_byte = 0;")
                    self._decl(p.name, f"a_{p.name}[0].iov_base = &a_{p.name}_byte;")
                    self._decl(p.name, f"a_{p.name}[0].iov_len = 1;")
                self.values[p.name] = f"a_{p.name}"
            elif r in ("in_buffer", "out_buffer"):
                self._decl(p.name, f"char a_{p.name}[16] = {{0}};")
                self.values[p.name] = f"a_{p.name}"
            else:
                self.values[p.name] = "0"
        for p in fn.params:  # counts follow their arrays
            if p.role == "count" and p.name not in overrides:
                users = fn.count_users(p.name)
                if users:
                    self.values[p.name] = "4" if users[0].role.endswith("array") else "16"

    def _decl(self, name: str, line: str) -> None:
        self.by_param.setdefault(name, []).append(line)

    def decls_for(self, *but: str) -> list[str]:
        """Locals of the parameters a call really uses (NULL/-1 substitutes need none)."""
        return [d for name, lines in self.by_param.items() if name not in but for d in lines]

    @property
    def decls(self) -> list[str]:
        return self.decls_for()

    def call(self, **subst: str) -> str:
        vals = dict(self.values)
        vals.update(subst)
        return f"{self.fn.cname}({', '.join(vals[p.name] for p in self.fn.params)})"

    def untouched(self, but: Optional[str] = None) -> list[str]:
        """Checks that out-parameters kept their fill (except the one set to NULL)."""
        return [check for name, check in self.fills if name != but]


def _open_lines(fam: "Family", var: str = "h", extra: Optional[Mapping[str, str]] = None) -> list[str]:
    ctor = fam.constructor
    args = dict(fam.tests.get("open_args", {}))
    args.update(extra or {})
    a = _Args(ctor, overrides=args)
    out_param = next(p for p in ctor.params if p.role == "out_handle")
    a.values[out_param.name] = f"&{var}"
    return [f"{out_param.handle.type} {var} = FDK_HANDLE_INIT;", f"ASSERT_OK({a.call()});"]


def _adopt_null(h: "Handle", var: str = "h") -> list[str]:
    """A handle on /dev/null: enough for calls whose system call is injected."""
    return [f"{h.type} {var} = {h.type}_adopt(open(\"/dev/null\", O_RDONLY | O_CLOEXEC));",
            f"ASSERT_TRUE({var}.fd >= 0);"]


def _inject_cases(fam: "Family", case: Case) -> None:
    """Drive every errno row of each generated wrapper through the fault-injection harness."""
    for fn in fam.functions:
        if fn.returns == "closed" and "EBADF" in {r.errno for r in fn.errors}:
            _stale_close_case(fn, case)
        if fn.impl != "generated" or not fn.libc:
            continue
        if fn.returns == "closed":
            p = fn.params[0]
            h = p.handle
            if h is None:  # fdk_fd_close(int *fd)
                lines = []
                for var, err, expect in (("h", "EINTR", "ASSERT_OK"), ("g", "EIO", None)):
                    call = f"{fn.cname}(&{var})"
                    lines += [
                        f"int {var} = open(\"/dev/null\", O_RDONLY | O_CLOEXEC), {var}_fd = {var};",
                        f"ASSERT_TRUE({var} >= 0);",
                        "fdk_inject_reset();",
                        f'fdk_inject_fail_after("{fn.libc}", 1, {err});',
                        f"{expect}({call});" if expect else f"ASSERT_ERR({call}, {err});",
                        f"ASSERT_EQ({var}, -1);",
                        f'ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 1); /* never retried */',
                        f"ASSERT_TRUE(fcntl({var}_fd, F_GETFD) == -1 && errno == EBADF); /* really closed */",
                    ]
                lines.append("fdk_inject_reset();")
                case(f"inject_{fn.key}", f"{fn.cname}(): EINTR is success, nothing is retried, the fd is gone", lines)
                continue
            lines = _adopt_null(h) + [
                "int fd = h.fd;",
                "fdk_inject_reset();",
                f'fdk_inject_fail_after("{fn.libc}", 1, EINTR);',
                f"ASSERT_OK({fn.cname}(&h)); /* EINTR from close means closed */",
                "ASSERT_EQ(h.fd, -1);",
                f'ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 1); /* never retried */',
                "ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF); /* really closed */",
            ] + _adopt_null(h, "g") + [
                "fd = g.fd;",
                "fdk_inject_reset();",
                f'fdk_inject_fail_after("{fn.libc}", 1, EIO);',
                f"ASSERT_ERR({fn.cname}(&g), EIO);",
                "ASSERT_EQ(g.fd, -1); /* the handle is empty even when close reports an error */",
                f'ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 1);',
                "ASSERT_TRUE(fcntl(fd, F_GETFD) == -1 && errno == EBADF);",
                "fdk_inject_reset();",
            ]
            case(f"inject_{fn.key}", f"{fn.cname}(): EINTR is success, nothing is retried, the fd is gone", lines)
            if h.borrowable:
                lines = [
                    "int fd = open(\"/dev/null\", O_RDONLY | O_CLOEXEC);",
                    "ASSERT_TRUE(fd >= 0);",
                    f"{h.type} b = {h.type}_borrow(fd);",
                    "fdk_inject_reset();",
                    f"ASSERT_OK({fn.cname}(&b));",
                    "ASSERT_EQ(b.fd, -1);",
                    f'ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 0); /* a borrowed fd is never closed */',
                    "ASSERT_TRUE(fdk_test_fd_open(fd));",
                    "ASSERT_EQ(close(fd), 0);",
                ]
                case(f"{fn.key}_borrowed", f"{fn.cname}() on a borrowed handle leaves the fd open", lines)
            continue
        selfp = next((p for p in fn.params if p.role == "self"), None)
        a = _Args(fn)
        pre = _adopt_null(selfp.handle) if selfp else []
        post = [f"ASSERT_OK({selfp.handle.type}_close(&h));"] if selfp else []
        errs = [r.errno for r in fn.errors]
        call = a.call()
        lines = pre + a.decls + [
            f"static const int errs[] = {{{', '.join(errs)}}};",
            "size_t i;",
            "for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {",
            "    fdk_inject_reset();",
            f'    fdk_inject_fail("{fn.libc}", 1, 1, errs[i]);',
            f"    ASSERT_ERR({call}, errs[i]);",
            f'    ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 1);',
        ] + ["    " + u for u in a.untouched()] + ["}", "fdk_inject_reset();"] + post
        case(f"inject_{fn.key}_errnos", f"{fn.cname}(): every errno row of the spec comes back as -errno, "
                                        f"outputs untouched", lines)
        if fn.eintr == "retry":
            body = [
                "fdk_inject_reset();",
                f'fdk_inject_fail("{fn.libc}", 1, 1, EINTR);',
                f'fdk_inject_fail("{fn.libc}", 2, 1, ENOTRECOVERABLE); /* stops the retry before the kernel */',
                f"ASSERT_ERR({call}, ENOTRECOVERABLE);",
                f'ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 2);',
            ]
            doc = f"{fn.cname}(): EINTR is retried"
        elif fn.eintr == "return":
            body = [
                "fdk_inject_reset();",
                f'fdk_inject_fail("{fn.libc}", 1, 1, EINTR);',
                f"ASSERT_ERR({call}, EINTR);",
                f'ASSERT_EQ(fdk_inject_calls("{fn.libc}"), 1);',
            ]
            doc = f"{fn.cname}(): EINTR is returned, not retried"
        else:
            continue
        lines = pre + a.decls + body + a.untouched() + ["fdk_inject_reset();"] + post
        case(f"inject_{fn.key}_eintr", doc, lines)


def _stale_close_case(fn: "Function", case: Case) -> None:
    """A close of a number that was closed behind fdkit's back is -EBADF and
    empties the handle (or sets the int to -1): any close, generated or not."""
    h = fn.params[0].handle
    lines = [
        "int nfd = open(\"/dev/null\", O_RDONLY | O_CLOEXEC);",
        "ASSERT_TRUE(nfd >= 0);",
        "ASSERT_EQ(close(nfd), 0);",
    ]
    if h is None:  # fdk_fd_close(int *fd)
        lines += [f"ASSERT_ERR({fn.cname}(&nfd), EBADF);", "ASSERT_EQ(nfd, -1);"]
        what = "the variable is set to -1"
    else:
        lines += [f"{h.type} z = {h.type}_adopt(nfd);", f"ASSERT_ERR({fn.cname}(&z), EBADF);",
                  "ASSERT_EQ(z.fd, -1);"]
        what = "the handle is emptied"
    case(f"{fn.key}_stale_fd", f"{fn.cname}() of a descriptor closed behind its back is -EBADF, and {what}",
         lines)


def _bit_loop(fs: "FlagSet", body: list[str]) -> list[str]:
    """Try every single bit the set's type can hold that is not a member."""
    width = 64 if fs.ctype == "uint64_t" else 32
    one = "(uint64_t)1" if width == 64 else "1u"
    return [
        "int bit;",
        f"for (bit = 0; bit < {width}; bit++) {{",
        f"    {fs.ctype} f = ({fs.ctype})({one} << bit);",
        f"    if ((uint64_t)f & (uint64_t){fs.all_macro})",
        "        continue;",
    ] + ["    " + b for b in body] + ["}"]


def _field_loops(fs: "FlagSet", body: list[str]) -> list[str]:
    """Try every pattern of each field's bits that is not one of its values
    (with the flags the field requires, so only the value is wrong)."""
    out: list[str] = []
    for fl in fs.fields:
        mask = f"(uint64_t){fl.macro}"
        need = "".join(f" | (uint64_t){fs.by_name[r].macro}" for r in fl.requires)
        known = [f"v == (uint64_t){v.macro}" for v in fl.values]
        cond = f"        if ({known[0]}"
        rows: list[str] = []
        for k in known[1:]:
            if len(cond) + 4 + len(k) + 1 > 100:
                rows.append(cond + " ||")
                cond = f"            {k}"
            else:
                cond += f" || {k}"
        rows.append(cond + ")")
        out += [
            "{",
            f"    /* {fl.name}: every value its bits can hold but the spec does not list */",
            f"    uint64_t step = {mask} & (0 - {mask}), v;",
            f"    for (v = step; v != 0 && (v & ~{mask}) == 0; v += step) {{",
            f"        {fs.ctype} f = ({fs.ctype})(v{need});",
        ] + rows + [
            "            continue;",
        ] + ["        " + b for b in body] + ["    }", "}"]
    return out


def _test_cases(fam: "Family") -> list[_Obj]:
    cases: list[_Obj] = []
    ctor = fam.constructor
    ch = next(p for p in ctor.params if p.role == "out_handle").handle if ctor else None

    def case(name: str, doc: str, lines: list[str]) -> None:
        cases.append(_Obj(name=name, doc=doc, lines=lines))

    def can_open(selfp: Optional["Param"]) -> bool:
        return selfp is not None and ch is not None and selfp.handle is ch

    if ctor:
        H = ch.type
        nb = [m for fs in fam.flagsets.values() for m in fs.members if m.nonblock and fs is _flag_param_set(ctor)]
        lines = _open_lines(fam)
        lines += [
            "ASSERT_TRUE(h.fd >= 0);",
            "ASSERT_TRUE(fdk_test_is_cloexec(h.fd));",
            "ASSERT_TRUE(!fdk_test_is_nonblock(h.fd));",
            f"ASSERT_EQ(fdk_fd_kind(h.fd), {ch.kind_enum});",
            f"ASSERT_OK({H}_close(&h));",
            "ASSERT_EQ(h.fd, -1);",
            f"ASSERT_OK({H}_close(&h)); /* closing twice is a no-op */",
        ]
        case("open_cloexec_kind_close", f"{ctor.cname}() makes a CLOEXEC {ch.noun}; close is idempotent", lines)
        fparam = next((p for p in ctor.params if p.role == "flags"), None)
        base_flags = fam.tests.get("open_args", {}).get(fparam.name) if fparam is not None else None
        for m in nb:
            assert fparam is not None  # nb holds members of the constructor's flags set
            # with the flags the family opens with (an access mode a queue needs)
            nb_flags = f"{base_flags} | {m.macro}" if base_flags not in (None, "0") else m.macro
            lines = _open_lines(fam, extra={fparam.name: nb_flags})
            lines += ["ASSERT_TRUE(fdk_test_is_nonblock(h.fd));", "ASSERT_TRUE(fdk_test_is_cloexec(h.fd));",
                      f"ASSERT_OK({H}_close(&h));"]
            case(f"open_{m.macro.lower()[4:]}", f"{m.macro} gives O_NONBLOCK", lines)
        a = _Args(ctor, overrides=fam.tests.get("open_args", {}))
        outp = next(p for p in ctor.params if p.role == "out_handle")
        lines = a.decls_for(outp.name) + [f"ASSERT_ERR({a.call(**{outp.name: 'NULL'})}, EINVAL);"]
        case("open_null_out", "a NULL out-handle is rejected", lines)
        for fparam in [p for p in ctor.params if p.role == "flags"]:
            fs = fparam.set
            lines = list(a.decls) + _bit_loop(fs, [
                f"ASSERT_ERR({a.call(**{fparam.name: 'f'})}, EINVAL);",
                f"ASSERT_EQ(a_{outp.name}.fd, -7); /* untouched, and no fd was made */",
            ])
            name = "open_unknown_flags" if fparam.name == "flags" else f"open_unknown_{fparam.name}"
            case(name, f"every bit outside {fs.all_macro} is -EINVAL before the syscall", lines)
            if fs.fields:
                lines = list(a.decls) + _field_loops(fs, [
                    f"ASSERT_ERR({a.call(**{fparam.name: 'f'})}, EINVAL);",
                    f"ASSERT_EQ(a_{outp.name}.fd, -7); /* untouched, and no fd was made */",
                ])
                case(name.replace("unknown", "unknown_field_values"),
                     f"a value of {', '.join(f.name for f in fs.fields)} the spec does not list is -EINVAL "
                     f"before the syscall", lines)

    for fn in fam.functions:
        if fn is ctor:
            continue
        selfp = next((p for p in fn.params if p.role == "self"), None)
        opens = can_open(selfp)
        if fn.returns == "closed":
            p = fn.params[0]
            lines = [f"ASSERT_ERR({fn.cname}(NULL), EINVAL);"]
            if p.role == "consumed_handle":
                lines += [f"{p.handle.type} e = FDK_HANDLE_INIT;", f"ASSERT_OK({fn.cname}(&e));", "ASSERT_EQ(e.fd, -1);"]
            else:
                lines += ["int e = -1;", f"ASSERT_OK({fn.cname}(&e));", "ASSERT_EQ(e, -1);"]
            case(f"{fn.key}_null_and_empty", f"{fn.cname}(NULL) is -EINVAL; closing -1 is a no-op", lines)
            continue
        if selfp:
            a = _Args(fn, instance="bad")
            lines = [f"{selfp.handle.type} bad = FDK_HANDLE_INIT;"] + a.decls + [f"ASSERT_ERR({a.call()}, EBADF);"]
            lines += a.untouched()
            case(f"{fn.key}_bad_handle", f"{fn.cname}() on a closed handle is -EBADF, outputs untouched", lines)
        if selfp and not opens:
            pre_open, post_close = _adopt_null(selfp.handle), [f"ASSERT_OK({selfp.handle.type}_close(&h));"]
        elif selfp:
            pre_open, post_close = _open_lines(fam), [f"ASSERT_OK({selfp.handle.type}_close(&h));"]
        else:
            pre_open, post_close = [], []
        for p in fn.params:
            if p.role in ("borrowed_fd", "dir_fd"):
                a = _Args(fn)
                lines = pre_open + a.decls + [f"ASSERT_ERR({a.call(**{p.name: '-1'})}, EBADF);"] + a.untouched()
                case(f"{fn.key}_negative_{p.name}", f"{fn.cname}() with {p.name} = -1 is -EBADF",
                     lines + post_close)
        pointers = [p for p in fn.params if p.is_pointer and not p.nullable and p.role != "progress"]
        for p in pointers:
            a = _Args(fn)
            lines = pre_open + a.decls_for(p.name) + [f"ASSERT_ERR({a.call(**{p.name: 'NULL'})}, EINVAL);"]
            lines += a.untouched(but=p.name)
            case(f"{fn.key}_null_{p.name}", f"{fn.cname}() with {p.name} = NULL is -EINVAL", lines + post_close)
        for p in fn.params:
            if p.role != "flags":
                continue
            fs = p.set
            a = _Args(fn)
            lines = pre_open + a.decls + _bit_loop(fs, [f"ASSERT_ERR({a.call(**{p.name: 'f'})}, EINVAL);"]) \
                + a.untouched()
            case(f"{fn.key}_unknown_{p.name}", f"{fn.cname}(): every bit outside {fs.all_macro} is -EINVAL",
                 lines + post_close)
            if fs.fields:
                a = _Args(fn)
                lines = pre_open + a.decls + _field_loops(fs, [f"ASSERT_ERR({a.call(**{p.name: 'f'})}, EINVAL);"]) \
                    + a.untouched()
                case(f"{fn.key}_unknown_field_values_{p.name}", f"{fn.cname}(): a value of "
                     f"{', '.join(f.name for f in fs.fields)} the spec does not list is -EINVAL", lines + post_close)
    from .model import RecordFunction
    for fn in fam.functions:
        if isinstance(fn, RecordFunction):
            _record_cases(fn, case)
    for i, ec in enumerate(fam.tests.get("errno_cases", [])):
        fn = fam.function(str(ec["function"]))
        args = {str(k): str(v) for k, v in ec.get("args", {}).items()}
        selfp = next((p for p in fn.params if p.role == "self"), None)
        if fn is ctor:
            a = _Args(fn, overrides={**{str(k): str(v) for k, v in fam.tests.get("open_args", {}).items()}, **args})
            lines = a.decls + [f"ASSERT_ERR({a.call()}, {ec['errno']});"] + a.untouched()
        else:
            pre = _open_lines(fam, extra={str(k): str(v) for k, v in ec.get("open_args", {}).items()}) \
                if can_open(selfp) else (_adopt_null(selfp.handle) if selfp else [])
            a = _Args(fn, overrides=args)
            lines = pre + a.decls + [f"ASSERT_ERR({a.call()}, {ec['errno']});"] + a.untouched()
            if selfp:
                lines.append(f"ASSERT_OK({selfp.handle.type}_close(&h));")
        case(f"errno_{fn.key}_{str(ec['errno']).lower()}_{i}", f"{fn.cname}(): {ec['doc']}", lines)
    if fam.tests.get("inject", True):
        _inject_cases(fam, case)
    _exhaust_cases(fam, case)
    _drive_cases(fam, case)
    return cases


def _drive_cases(fam: "Family", case: Case) -> None:
    """tests.drive: each errno row injected into the libc call that produces
    it must come back from the function as itself, out-parameters untouched
    and nothing left open (RUN checks the descriptors)."""
    for key, tries in fam.tests.get("drive", {}).items():
        fn = fam.function(str(key))
        tries = tries if isinstance(tries, list) else [tries]
        for i, t in enumerate(tries):
            errs = fam.drive_errnos(fn, t)
            if not errs:
                continue
            args = {str(k): str(v) for k, v in t.get("args", {}).items()}
            a = _Args(fn, overrides=args)
            call = str(t["call"]) if "call" in t else a.call()
            src = str(t["from"])
            nth = int(t.get("nth", 1))
            rows = [f"static const int errs[] = {{{', '.join(errs)}}};", "size_t i;",
                    "for (i = 0; i < sizeof errs / sizeof errs[0]; i++) {"]
            body = [str(x) for x in t.get("setup", [])] + (a.decls if "call" not in t else []) + [
                "fdk_inject_reset();",
                f'fdk_inject_fail("{src}", {nth}, 1, errs[i]);',
                f"ASSERT_ERR({call}, errs[i]);",
                f'ASSERT_EQ(fdk_inject_fired(), 1); /* it came from {src}() */',
                "fdk_inject_reset();",
            ] + (a.untouched() if "call" not in t else []) + [str(x) for x in t.get("fail", [])] \
                + [str(x) for x in t.get("teardown", [])]
            lines = rows + ["    " + b for b in body] + ["}", "fdk_inject_reset();"]
            doc = f"{fn.cname}(): each errno row {src}() can give comes back as itself, nothing made"
            if "doc" in t:
                doc += f" ({t['doc']})"
            case(f"drive_{fn.key}" + ("" if len(tries) == 1 else f"_{i + 1}"), doc, lines)


def _exhaust_cases(fam: "Family", case: Case) -> None:
    """Each function that creates descriptors, with 0, 1, 2... free slots
    (tests/fdk-exhaust.h): success, or -EMFILE/-ENFILE with no descriptor
    left and the out-handles untouched; the spec's tests.exhaust entry adds
    its setup, arguments, checks and cleanup (the family's constructor is
    swept with its open_args when it has none)."""
    sweeps = fam.tests.get("exhaust", {})
    for fn in fam.functions:
        if not fn.creates_fds:
            continue
        tries = sweeps.get(fn.key)
        if tries is None and fn is not fam.constructor:
            continue  # the model has refused that already
        tries = tries if isinstance(tries, list) else [tries or {}]
        for i, entry in enumerate(tries):
            if "skip" not in entry:
                _exhaust_case(fam, fn, entry, "" if len(tries) == 1 else f"_{i + 1}", case)


def _exhaust_case(fam: "Family", fn: "Function", entry: Mapping[str, Any], suffix: str, case: Case) -> None:
    """One try shape of fn's exhaustion sweep (see _exhaust_cases)."""
    args = {str(k): str(v) for k, v in entry.get("args", {}).items()}
    if fn is fam.constructor and "call" not in entry:
        args = {**{str(k): str(v) for k, v in fam.tests.get("open_args", {}).items()}, **args}
    a = _Args(fn, overrides=args)
    call = str(entry["call"]) if "call" in entry else a.call()
    outs = [(p.name, p.handle) for p in fn.params if p.role == "out_handle" and p.name not in args]
    if "ok" in entry:
        ok = [str(x) for x in entry["ok"]]
    elif outs:
        ok = [f"ASSERT_OK({h.type}_close(&a_{name}));" for name, h in outs if h is not None]
    elif fn.returns == "new_fd":
        ok = ["ASSERT_EQ(close(rc), 0);"]
    else:
        ok = []
    fail = (a.untouched() if "call" not in entry else []) + [str(x) for x in entry.get("fail", [])]
    body = [str(x) for x in entry.get("setup", [])] + (a.decls if "call" not in entry else []) + [
        "fdk_exhaust_limit(&x);",
        f"int rc = {call};",
        "if (fdk_exhaust_unlimit(&x, rc)) {",
    ] + ["    " + x for x in ok] + (["} else {"] + ["    " + x for x in fail] if fail else []) + ["}"] \
        + [str(x) for x in entry.get("teardown", [])]
    lines = [
        "struct fdk_exhaust x;",
        f'for (fdk_exhaust_start(&x, "{fn.cname}()"); fdk_exhaust_more(&x); fdk_exhaust_next(&x)) {{',
    ] + ["    " + b for b in body] + ["}", "fdk_exhaust_done(&x);"]
    doc = f"{fn.cname}() with 0, 1, 2... free descriptor slots: success, or -EMFILE with nothing left behind"
    if "doc" in entry:
        doc += f" ({entry['doc']})"
    case(f"exhaust_{fn.key}{suffix}", doc, lines)


def _record_cases(fn: "RecordFunction", case: Case) -> None:
    """What every record iterator promises, on hand-made records: the end is 0,
    each malformed shape is -EBADMSG with nothing written, and well-formed
    records decode field by field at any buffer alignment."""
    r = fn.record
    H, E, N, L = r.header, r.ctype, fn.cname, r.length
    ltype = r.members[L]
    align = r.align or 1
    string = r.payload is not None and r.payload[1] == "string"
    untouched = ["ASSERT_EQ(pos, 0);", "ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));"]
    case(f"{fn.key}_end", f"{N}(): the end of the buffer is 0, a position past it -EINVAL, nothing written", [
        "static const unsigned char b[1] = {0};",
        f"{E} ev;",
        "size_t pos = 0;",
        "memset(&ev, 0x5a, sizeof ev);",
        f"ASSERT_EQ({N}(b, 0, &pos, &ev), 0);",
        f"ASSERT_EQ({N}(NULL, 0, &pos, &ev), 0); /* an empty read */",
        "ASSERT_EQ(pos, 0);",
        "pos = 2;",
        f"ASSERT_ERR({N}(b, 1, &pos, &ev), EINVAL);",
        "ASSERT_EQ(pos, 2);",
        "ASSERT_TRUE(bytes_are(&ev, sizeof ev, 0x5a));",
    ])

    def attempt(what: str, sets: list[str], length: Optional[str] = None) -> list[str]:
        out = [f"/* {what} */", "memset(&h, 0, sizeof h);"]
        out += [f"h.{k} = {v};" for k, v in r.sample.items()]
        if r.offset:
            out.append(f"h.{r.offset} = sizeof h;")
        out += sets
        out += ["memcpy(b, &h, sizeof h);", f"ASSERT_ERR({N}(b, {length or 'sizeof b'}, &pos, &ev), EBADMSG);"]
        return out + untouched

    lines = [f"{H} h;", f"unsigned char b[sizeof({H}) + 64];", f"{E} ev;", "size_t pos = 0;",
             "memset(&ev, 0x5a, sizeof ev);", "memset(b, 0, sizeof b);"]
    lines += attempt("a header cut short", [f"h.{L} = 0;" if r.covers == "payload" else f"h.{L} = sizeof h;"],
                     "sizeof h - 1")
    if r.covers == "payload":
        lines += attempt("a payload one byte past the buffer", [f"h.{L} = ({ltype})(sizeof b - sizeof h + 1);"])
        lines += attempt("the largest length there is", [f"h.{L} = ({ltype})-1;"])
        if align > 1:
            lines += attempt(f"a record that is not a multiple of {align} bytes", [f"h.{L} = 1;"])
        if string:
            lines += attempt("a name without its NUL", [f"h.{L} = {align if align >= 4 else 4};",
                                                       "memcpy(b + sizeof h, \"abcd\", 4);"])
    else:
        lines += attempt("a zero length, which would never advance", [f"h.{L} = 0;"])
        lines += attempt("a length shorter than the header", [f"h.{L} = sizeof h - 1;"])
        lines += attempt("a record one byte past the buffer", [f"h.{L} = sizeof b + 1;"])
        if align > 1:
            lines += attempt(f"a record that is not a multiple of {align} bytes", [f"h.{L} = sizeof h + 1;"])
        if r.offset:
            lines += attempt(f"{r.offset} inside the header", [f"h.{L} = sizeof h;", f"h.{r.offset} = sizeof h - 1;"])
            lines += attempt(f"{r.offset} past the record", [f"h.{L} = sizeof h;", f"h.{r.offset} = sizeof h + 1;"])
        if string:
            lines += attempt("a name without its NUL", [f"h.{L} = sizeof h + {align if align >= 4 else 4};",
                                                       "memcpy(b + sizeof h, \"abcd\", 4);"])
    case(f"{fn.key}_malformed", f"{N}(): every malformed record is -EBADMSG, *pos and *ev untouched", lines)

    # two well-formed records: one with a payload (none when a runtime decoder
    # reads the payload), one without; then the end
    plen = 0 if r.decode else max(align, 4) if align <= 4 else align
    fields = []
    for i, (name, t, src, _fs, _doc, _w) in enumerate(r.fields):
        fields.append((name, src, r.sample.get(src, f"({t})0x{0x11 + i:x}")))
    first = [f"h.{k} = {v};" for k, v in r.sample.items()]
    first += [f"h.{src} = {v};" for _n, src, v in fields if src not in r.sample]
    if r.covers == "payload":
        first.append(f"h.{L} = {plen};")
    else:
        first.append(f"h.{L} = sizeof h + {plen};")
    if r.offset:
        first.append(f"h.{r.offset} = sizeof h;")
    lines = [f"{H} h;", f"unsigned char b[2 * sizeof({H}) + {plen}], u[sizeof b + 1];", f"{E} ev;",
             "size_t pos = 0;", "memset(&h, 0, sizeof h);", "memset(b, 0, sizeof b);"] + first
    lines.append("memcpy(b, &h, sizeof h);")
    if plen:
        lines.append("memcpy(b + sizeof h, \"ab\", 3);" if string else "memcpy(b + sizeof h, \"\\1\\2\\3\", 3);")
    lines.append(f"h.{L} = {'0' if r.covers == 'payload' else 'sizeof h'};")
    lines.append(f"memcpy(b + sizeof h + {plen}, &h, sizeof h);")
    checks = [f"ASSERT_EQ_U64(ev.{n}, {v});" for n, _s, v in fields]
    lines += [f"ASSERT_EQ({N}(b, sizeof b, &pos, &ev), 1);", f"ASSERT_EQ(pos, sizeof h + {plen});"] + checks
    if r.payload:
        pn = r.payload[0]
        if plen and string:
            lines += [f"ASSERT_TRUE(ev.{pn} == (const char *)b + sizeof h);", f"ASSERT_EQ(ev.{pn}_len, 2);",
                      f"ASSERT_STREQ(ev.{pn}, \"ab\");"]
        elif plen:
            lines += [f"ASSERT_TRUE((const unsigned char *)ev.{pn} == b + sizeof h);",
                      f"ASSERT_EQ(ev.{pn}_len, {plen});"]
        else:
            lines += [f"ASSERT_TRUE(ev.{pn} == NULL);", f"ASSERT_EQ(ev.{pn}_len, 0);"]
    lines += [f"ASSERT_EQ({N}(b, sizeof b, &pos, &ev), 1);", "ASSERT_EQ(pos, sizeof b);"] + checks
    if r.payload:
        pn = r.payload[0]
        lines += [f"ASSERT_TRUE(ev.{pn} == NULL);", f"ASSERT_EQ(ev.{pn}_len, 0);"]
    lines += [f"ASSERT_EQ({N}(b, sizeof b, &pos, &ev), 0);", "ASSERT_EQ(pos, sizeof b);",
              "/* the same bytes at an odd address: the buffer need not be aligned */",
              "memcpy(u + 1, b, sizeof b);", "pos = 0;",
              f"ASSERT_EQ({N}(u + 1, sizeof b, &pos, &ev), 1);", f"ASSERT_EQ(pos, sizeof h + {plen});"] + checks
    lines += ["/* the last record cut short by one byte */", "pos = sizeof h + " + str(plen) + ";",
              f"ASSERT_ERR({N}(b, sizeof b - 1, &pos, &ev), EBADMSG);", f"ASSERT_EQ(pos, sizeof h + {plen});"]
    case(f"{fn.key}_records", f"{N}(): well-formed records decode field by field, one after the other", lines)


def _flag_param_set(fn: "Function") -> Optional["FlagSet"]:
    p = next((p for p in fn.params if p.role == "flags"), None)
    return p.set if p else None


# -- the whole tree ---------------------------------------------------------------

def _numbered(registry: "Registry", section: str, objs: list[_Obj], key: str, check: bool) -> tuple[list[_Obj], int]:
    """Give each object its stable value from the registry (new names are
    appended, or refused under check); return them in value order, and one
    past the section's highest value."""
    for o in objs:
        o["value"] = registry.value(section, o[key], check)
    return sorted(objs, key=lambda o: o["value"]), len(registry.values[section])


def render_all(spec: "Spec", locks: Sequence["Lock"], root: StrPath, registry: Optional["Registry"] = None,
               check: bool = False) -> dict[str, str]:
    """Return {relative path: text} for everything under generated/.

    registry (codegen.abi.Registry) gives FDK_OP_*, FDK_FLAGSET_* and
    FDK_FD_KIND_* their stable values; names it lacks are appended to it, or
    with check=True refused.  Without one, values follow generation order.
    """
    from .abi import Registry, version_script

    env = _env()
    files: dict[str, str] = {}
    if registry is None:
        registry = Registry(path=None)
    kind_objs, kind_count = _numbered(
        registry, "kinds", [_Obj(enum="FDK_FD_KIND_" + str(k["name"]).upper(), name=str(k["name"]),
                                 doc=str(k["doc"])) for k in spec.kinds], "enum", check)

    def put(path: str, template: str, **ctx: Any) -> None:
        files[path] = env.get_template(template).render(**ctx)

    for fam in spec.families:
        src = f"spec/{fam.name}.yaml"
        flagsets = [_flagset_ctx(fs, locks) for fs in fam.flagsets.values()]
        kinds = kind_objs if fam.kinds else []
        inc = Path(root) / "runtime/include/fdkit"
        extra = [f"fdkit/{fam.name}-inline.h"] if (inc / f"{fam.name}-inline.h").exists() else []
        types = [f"fdkit/{fam.name}-types.h"] if (inc / f"{fam.name}-types.h").exists() else []
        put(f"include/fdkit/{fam.name}.h", "family.h.j2", source=src, fam=fam, guard=f"FDKIT_{fam.name.upper()}_H",
            fam_doc=wrap(fam.doc, 96),
            handles=[_Obj(type=h.type, doc=wrap(h.doc, 96), borrowable=h.borrowable, state=h.state,
                          runtime_close=h.runtime_close,
                          view=_Obj(type=h.view.type, key=h.view.key) if h.view else None)
                     for h in fam.handles],
            flagsets=flagsets, kinds=kinds, kind_count=kind_count, functions=[_fn_ctx(f) for f in fam.functions],
            extra_headers=extra,
            records=[_Obj(ctype=r.ctype, doc=wrap(r.doc, 96), members=r.struct_members())
                     for r in fam.records.values()],
            type_headers=types,
            any_inline=any(f.inline for f in fam.functions),
            uses_bool=any(re.search(r"\bbool\b", f.signature()) for f in fam.functions))
        gen_fns = [_fn_ctx(f) for f in fam.functions if f.impl in ("generated", "core") and not f.inline]
        core_headers = sorted({f.core_header for f in fam.functions if f.impl == "core"})
        inline_fns = [f.signature() for f in fam.functions if f.inline]
        enum_helpers: list[_Obj] = []
        for fn in fam.functions:
            if fn.impl == "generated":
                for es in fn.uses_enum_sets():
                    if all(e.key != es.key for e in enum_helpers):
                        enum_helpers.append(_Obj(key=es.key, doc=es.doc, helper=es.helper, ctype=es.ctype,
                                                 members=es.members))
        put(f"src/{fam.name}.c", "family.c.j2", source=src, fam=fam, abi_lines=_abi_lines(fam, spec, locks),
            invariants=_invariants(fam), enum_helpers=enum_helpers, functions=gen_fns, inline_fns=inline_fns,
            core_headers=core_headers,
            validators=[_Obj(cname=f.cname, signature=f.validate_signature(),
                             lines=[w for line in f.validate_body() for w in wrap_c(line)])
                        for f in fam.functions if f.validate],
            c_headers=([("string.h", "the option wrappers' memset and struct timeval"),
                        ("sys/time.h", "the option wrappers' memset and struct timeval")]
                       if fam.option_constants else
                       [("string.h", "the record iterators' memcpy and strlen")] if fam.records else []))
        put(f"tests/test_{fam.name}_gen.c", "test.c.j2", source=src, fam=fam, cases=_test_cases(fam),
            globals_=[str(x) for x in fam.tests.get("globals", [])],
            setup=[str(x) for x in fam.tests.get("setup", [])],
            teardown=[str(x) for x in fam.tests.get("teardown", [])])

    classes = [_Obj(enum=spec.common.errclass_enum(c), name=c, doc=spec.common.data["error_classes"][c])
               for c in spec.common.error_classes]
    ops = []
    for fn in spec.functions():
        rows = [_Obj(errno=r.errno, cls_enum=spec.common.errclass_enum(r.cls), c_text=c_string(r.text))
                for r in fn.errors]
        ops.append(_Obj(op_enum=fn.op_enum, op_name=fn.op_name, cname=fn.cname, errors=rows))
    ops, op_count = _numbered(registry, "ops", ops, "op_enum", check)
    allsrc = "the specs in spec/"
    put("include/fdkit/errors.h", "errors.h.j2", source=allsrc, classes=classes, ops=ops, op_count=op_count)
    put("src/errors.c", "errors.c.j2", source=allsrc, classes=classes, ops=ops, errnos=spec.common.errnos,
        holes=op_count != len(ops))
    fsets = [_Obj(enum=fs.enum, doc=fs.doc, family=fs.family, key=fs.key, id=fs.id, members=fs.members,
                  all_macro=fs.all_macro) for fs in spec.flagsets()]
    fsets_sorted, fs_count = _numbered(registry, "flagsets", fsets, "enum", check)
    put("include/fdkit/flags.h", "flags.h.j2", source=allsrc, flagsets=fsets_sorted, flagset_count=fs_count)
    # tables.c keeps spec order: its arrays are indexed by designated initializers.
    put("src/tables.c", "tables.c.j2", source=allsrc, flagsets=fsets, kinds=kind_objs, links=spec.kind_links(),
        flag_fields=[(fs.enum, f.macro) for fs in spec.flagsets() for f in fs.fields],
        kind_holes=kind_count != len(kind_objs))
    files["src/fdkit.map"] = version_script(Path(root) / "spec/registry/symbols.txt")
    put("include/fdkit/fdkit.h", "fdkit.h.j2", source=allsrc, families=spec.families)
    sys_names = [s for s, _ in spec.syscalls()]
    abi_lines = _arch_lines(
        [(lk, [(f"#define FDK__NR_{s} {lk['syscalls'][s]}" if s in lk["syscalls"] else
                f"#define FDK__NR_{s} SYS_{s}",) for s in sys_names]) for lk in locks],
        [ln for s in sys_names for ln in (f"#ifdef SYS_{s}", f"#define FDK__NR_{s} SYS_{s}", "#endif")])
    put("include/fdkit/arch.h", "arch.h.j2", source="the ABI locks in spec/abi/",
        archs=[_Obj(macro=arch_macro(a), predicate=p) for a, p in ARCH_PREDICATES.items()],
        locked=" || \\\n    ".join(f"defined({arch_macro(lk['arch'])})" for lk in locks))
    fns: list[_InjectFn] = []
    for name, proto, glibc in spec.inject_symbols():
        decls: list[str] = []
        names: list[str] = []
        short = "FDK_INJECT_NOLEN"
        for pname, ptype in proto["params"]:
            if ptype == "void" and len(proto["params"]) == 1:
                break
            decls.append(f"{ptype}{pname}" if ptype.endswith("*") else f"{ptype} {pname}")
            names.append(pname)
            if short == "FDK_INJECT_NOLEN" and ptype == "size_t" and pname in ("count", "len", "length", "nbytes", "n"):
                short = pname
        guard = None
        if glibc:  # newer than the family: an older glibc does not declare it
            major, minor = glibc.split(".")
            guard = f"!defined(__GLIBC__) || __GLIBC_PREREQ({major}, {minor})"
        fns.append(_InjectFn(ret=proto["ret"], name=name, decls=", ".join(decls) or "void", args=", ".join(names),
                             short=short, guard=guard))
    # A call the headers bind to another symbol (pread -> pread64 with a
    # 64-bit off_t) is wrapped under that symbol too, counted as its name.
    by_name = {f.name: f for f in fns}
    hand = list(spec.INJECT_HAND)
    link_fns: list[tuple["Lock", list[ArchItem]]] = []
    link_hand: list[tuple["Lock", list[ArchItem]]] = []
    link_syms: set[str] = set()
    for lk in locks:
        items: list[ArchItem] = []
        hitems: list[ArchItem] = []
        for name, sym in sorted(lk["link_names"].items()):
            f = by_name.get(name)
            if f is not None:
                items.append((f"FDK_INJECT_LINK({f.ret}, {name}, {sym}, ({f.decls}), ({f.args}), {f.short})",))
                link_syms.add(sym)
        for name in hand:
            hsym = lk["link_names"].get(name)
            hitems.append((f"#define FDK_INJECT_LINK_{name}(X) X({hsym})" if hsym else
                           f"#define FDK_INJECT_LINK_{name}(X)",))
            if hsym:
                link_syms.add(hsym)
        link_fns.append((lk, items))
        link_hand.append((lk, hitems))
    put("tests/fdk-inject-fns.h", "inject-fns.h.j2", source=allsrc, fns=fns, link_lines=_arch_lines(link_fns, []))
    put("tests/fdk-inject-headers.h", "inject-headers.h.j2", source=allsrc, headers=spec.headers(), hand=hand,
        link_lines=_arch_lines(link_hand, [f"#define FDK_INJECT_LINK_{name}(X)" for name in hand]))
    put("tests/fdk-inject-fns.cmake", "inject-fns.cmake.j2", source=allsrc, names=[f.name for f in fns],
        hand=hand, links=sorted(link_syms))
    put("src/fdk-validate.h", "validate.h.j2", source=allsrc,
        signatures=[f.validate_signature() for f in spec.functions() if f.validate],
        decoders=[_Obj(name=r.decode, ctype=r.ctype, cname=r.cname)
                  for fam in spec.families for r in fam.records.values() if r.decode])
    put("src/fdk-abi.h", "abi.h.j2", source="the ABI locks in spec/abi/", lines=abi_lines)
    return files
