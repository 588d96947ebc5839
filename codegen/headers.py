"""Checks a spec against real headers.

* Constant values, struct layouts and syscall numbers come from a probe that
  is only *compiled* (never run): each value is printed into the assembly
  through an "i" constraint, the way the kernel builds asm-offsets.h.  This
  works for any header set and for cross compilers.
* Prototypes and struct members come from pycparser reading the
  preprocessed headers.
"""

import os
import re
import shlex
import subprocess
import tempfile
from typing import TYPE_CHECKING, Any, Iterable, Mapping, NamedTuple, Optional, Sequence, TypedDict

from . import cache
from .loader import SpecError

if TYPE_CHECKING:
    from .lock import Measured, Where
    from .model import Spec

# GNU extensions pycparser cannot parse, defined away for the parse only.
PYCPARSER_DEFINES = [
    "-D__attribute__(x)=", "-D__extension__=", "-D__inline=inline", "-D__inline__=inline",
    "-D__restrict=restrict", "-D__restrict__=restrict", "-D__signed__=signed", "-D__asm__(x)=",
    "-D__asm(x)=", "-D__builtin_va_list=int", "-D_Float128=double", "-D_Float64=double",
    "-D_Float32=float", "-D_Float64x=double", "-D_Float32x=double", "-D__float128=double",
    "-D__typeof__(x)=int", "-D__volatile__=volatile", "-D_Noreturn=",
    # 128-bit integers (aarch64's and riscv64's asm/sigcontext.h, ptrace.h):
    # only their names matter to the checks, never their width
    "-D__int128=long long", "-D__int128_t=long long", "-D__uint128_t=unsigned long long",
]

# Architectures fdkit knows how to name, with the C test that selects them.
ARCH_PREDICATES = {
    "x86_64": "defined(__x86_64__) && !defined(__ILP32__)",
    "x32": "defined(__x86_64__) && defined(__ILP32__)",
    "i386": "defined(__i386__)",
    "aarch64": "defined(__aarch64__)",
    "arm": "defined(__arm__)",
    "riscv64": "defined(__riscv) && __riscv_xlen == 64",
    "ppc64le": "defined(__powerpc64__) && defined(__LITTLE_ENDIAN__)",
    "s390x": "defined(__s390x__)",
    "mips64": "defined(__mips64)",
    "loongarch64": "defined(__loongarch64)",
}


def fallback_value(fallbacks: Mapping[str, int], arch: str) -> Optional[int]:
    """A `fallbacks:` entry's value on arch (or its default), or None."""
    return fallbacks.get(arch, fallbacks.get("default"))


class Toolchain:
    # fdkit's one ABI on every architecture: a 64-bit off_t and time_t.  The
    # library is built with these (CMakeLists.txt, FDKIT_ABI_DEFINES), carries
    # them to consumers (fdkit.pc, the CMake package), and the probe measures
    # with them, so a 32-bit lock describes the layouts the library really has.
    # On 64-bit targets they change no layout, only which symbol some calls
    # bind to (open -> open64), which the lock's link_names records.
    ABI_DEFINES = ["-D_FILE_OFFSET_BITS=64", "-D_TIME_BITS=64"]

    # Compiler runs kept for the process, or None (the default: every run
    # compiles).  The unit tests set a dict (codegen/tests/__init__.py): they
    # run codegen ~150 times over the same system headers, which do not change
    # while they run.  Only runs without include_dirs are kept (a test writes
    # the headers under those), keyed by the command and the source.
    memo: Optional[dict[tuple[object, ...], tuple[int, str, str]]] = None
    MEMO_MAX = 1024

    def __init__(self, cc: Optional[str] = None, include_dirs: Iterable[str] = ()) -> None:
        self.cc = shlex.split(cc or os.environ.get("CC") or "cc")
        self.include_dirs = list(include_dirs)

    def flags(self) -> list[str]:
        out = ["-D_GNU_SOURCE"] + self.ABI_DEFINES
        for d in self.include_dirs:
            out += ["-I", d]
        return out

    def arch(self) -> tuple[str, str]:
        key: tuple[object, ...] = ("-dumpmachine", *self.cc)
        known = self.memo.get(key) if self.memo is not None else None
        if known is not None:
            triple = known[1]
        else:
            try:
                triple = subprocess.run(self.cc + ["-dumpmachine"], capture_output=True, text=True,
                                        check=True).stdout.strip()
            except (OSError, subprocess.CalledProcessError) as e:
                raise SpecError("", f"cannot run the C compiler {' '.join(self.cc)}: {e}") from None
            self._remember(key, (0, triple, ""))
        arch = triple.split("-")[0]
        if arch == "x86_64" and ("gnux32" in triple):
            arch = "x32"
        if arch.startswith("i") and arch.endswith("86"):
            arch = "i386"
        if arch.startswith("arm"):
            arch = "arm"
        if arch == "powerpc64le":
            arch = "ppc64le"
        if arch not in ARCH_PREDICATES:
            raise SpecError("", f"unknown architecture '{arch}' (from {triple}); add it to ARCH_PREDICATES "
                                f"in codegen/headers.py")
        return arch, triple

    def compile(self, source: str, extra: Sequence[str] = (), mode: str = "-S") -> tuple[int, str, str]:
        """(the compiler's exit status, its output file's text or "" on failure, its stderr)"""
        key: Optional[tuple[object, ...]] = None
        if self.memo is not None and not self.include_dirs:
            key = (tuple(self.cc), tuple(self.flags()), tuple(extra), mode, source)
            known = self.memo.get(key)
            if known is not None:
                return known
        result = self._compile(source, extra, mode)
        if key is not None:
            self._remember(key, result)
        return result

    def _remember(self, key: tuple[object, ...], result: tuple[int, str, str]) -> None:
        if self.memo is not None and not self.include_dirs:
            if len(self.memo) >= self.MEMO_MAX:
                self.memo.clear()
            self.memo[key] = result

    def _compile(self, source: str, extra: Sequence[str], mode: str) -> tuple[int, str, str]:
        with tempfile.TemporaryDirectory(prefix="fdkit-probe-") as d:
            src = os.path.join(d, "probe.c")
            with open(src, "w") as f:
                f.write(source)
            out = os.path.join(d, "probe.out")
            cmd = self.cc + self.flags() + list(extra) + [mode, src, "-o", out]
            try:
                p = subprocess.run(cmd, capture_output=True, text=True)
            except OSError as e:
                raise SpecError("", f"cannot run the C compiler {' '.join(self.cc)}: {e}") from None
            text = ""
            if p.returncode == 0:
                with open(out, errors="replace") as f:
                    text = f.read()
            return p.returncode, text, p.stderr


class ProbeItem(NamedTuple):
    """One value for the probe: `expr` printed under `key`; with a guard,
    only `#ifdef guard`, else the fallback value (if any)."""
    key: str
    expr: str
    guard: Optional[str] = None
    fallback: Optional[int] = None


class Proto(TypedDict):
    """A wrapped call's prototype as the headers check read it (Function.proto)."""
    ret: str
    params: list[tuple[str, str]]  # (name, type); ("...", "...") for a variadic tail


# (struct, the spec's member entry, its file:line, the probe declaration's name)
StructProbe = tuple[str, Any, str, str]


def _includes(headers: Iterable[str]) -> str:
    return "".join(f"#include <{h}>\n" for h in headers)


def _probe_source(headers: Sequence[str], items: Sequence[ProbeItem], functions: Iterable[str] = (),
                  prelude: Optional[Sequence[str]] = None) -> str:
    """items: (key, C expression) -> lines '@@fdk key value' in the assembly;
    with a guard: measured only `#ifdef guard`, else the fallback value (and
    a line 'fb.key 1' saying it was used), else nothing.

    functions: libc names whose address is taken into a pointer constant
    `fdk__sym_NAME`, so the assembly shows the symbol a call really binds to
    (glibc's headers redirect open to open64 when off_t is 64-bit on a 32-bit
    target, and so on); _parse_link_names reads them back.
    prelude: the headers before `headers` (the libc's usual ones by default;
    the kernel's translation unit has only <stddef.h>)."""
    def emit(key: str, expr: object) -> str:
        return f'    __asm__ volatile("\\n.ascii \\"@@fdk {key} %0@@\\"" : : "i"((long long)({expr})));'

    body: list[str] = []
    for item in items:
        key, expr = item.key, item.expr
        guard, fallback = item.guard, item.fallback
        if guard is None:
            body.append(emit(key, expr))
            continue
        body += [f"#ifdef {guard}", emit(key, expr)]
        if fallback is not None:
            body += ["#else", emit(key, fallback), emit("fb." + key, 1)]
        body.append("#endif")
    syms = "".join(f"void (*const fdk__sym_{f})(void) = (void (*)(void))&{f};\n" for f in functions)
    if prelude is None:
        prelude = ["stddef.h", "sys/syscall.h", "errno.h", "fcntl.h"]
    return (_includes(prelude) + _includes(headers) + "\n" + syms + "void fdk_probe(void);\nvoid fdk_probe(void)\n{\n"
            + "\n".join(body) + "\n}\n")


def _compile_probe(tc: Toolchain, headers: Sequence[str], items: Sequence[ProbeItem], where: "Where",
                   functions: Iterable[str] = (), prelude: Optional[Sequence[str]] = None) -> tuple[dict[str, int], str]:
    """Compile one probe translation unit -> (values, assembly); on failure
    name the spec entry at fault (each item tried on its own: error path only)."""
    rc, asm, err = tc.compile(_probe_source(headers, items, functions, prelude))
    if rc != 0:
        rc0, _, err0 = tc.compile(_probe_source(headers, [], (), prelude))
        if rc0 != 0:  # the headers themselves do not go together
            first = next((ln for ln in err0.splitlines() if "error" in ln), err0.strip()[:200])
            raise SpecError("", f"the headers ({', '.join(headers)}) cannot be included in one file: "
                                f"{first.strip()}\n    (a kernel UAPI header that clashes with the libc's "
                                f"belongs under the family's kernel_headers, which are measured on their own)")
        for item in items:
            rc1, _, err1 = tc.compile(_probe_source(headers, [item], (), prelude))
            if rc1 != 0:
                w, what, cname = where[item.key]
                first = next((ln for ln in err1.splitlines() if "error" in ln), err1.strip()[:200])
                raise SpecError(w, f"{what}: {cname} is not defined by the headers ({', '.join(headers)}); "
                                   f"compiler said: {first.strip()}")
        raise SpecError("", "the probe failed to compile:\n" + err)
    return _parse_probe(asm), asm


def _parse_probe(asm: str) -> dict[str, int]:
    out = {}
    for m in re.finditer(r"@@fdk (\S+) [$#]?(-?\d+)@@", asm):
        out[m.group(1)] = int(m.group(2))
    return out


def _parse_link_names(asm: str) -> dict[str, str]:
    """fdk__sym_NAME: followed by the pointer's data directive (.quad on
    x86_64, .xword on aarch64, .word on arm, .dword on riscv64, .long on
    i386) naming the symbol -> {NAME: symbol}."""
    out = {}
    pat = r"(?m)^fdk__sym_(\w+):\s*\n(?:\s*\.(?:p2align|align|balign)[^\n]*\n)*\s*\.(?:quad|xword|dword|word|long|4byte|8byte)\s+([\w.@$]+)"
    for m in re.finditer(pat, asm):
        out[m.group(1)] = m.group(2).split("@")[0]
    return out


def probe(spec: "Spec", tc: Toolchain) -> tuple["Measured", "Where"]:
    """Measure every constant, struct layout and syscall number the specs name.

    Returns a dict shaped like the lock file.  A name the headers lack fails
    with the spec entry that asked for it.
    """
    headers = spec.headers()
    items: list[tuple[str, str]] = []  # (key, C expression)
    where: Where = {}
    for name, kind, w in spec.measured():
        items.append((f"c.{name}", name))
        where[f"c.{name}"] = (w, f"{kind} {name}", name)
    for name, s, fam, w in spec.structs():
        t = f"struct {name}"
        items.append((f"s.{name}.size", f"sizeof({t})"))
        items.append((f"s.{name}.align", f"_Alignof({t})"))
        where[f"s.{name}.size"] = (w, f"struct {name}", t)
        where[f"s.{name}.align"] = (w, f"struct {name}", t)
        for i, m in enumerate(s["members"]):
            k = f"s.{name}.offset.{m['name']}"  # apart from .size/.align: a member may be named size
            items.append((k, f"offsetof({t}, {m['name']})"))
            where[k] = (s["members"].where(i), f"member {m['name']} of struct {name}", f"{t}.{m['name']}")
    for name, w in spec.syscalls():
        items.append((f"n.{name}", f"SYS_{name}"))
        where[f"n.{name}"] = (w, f"syscall {name}", f"SYS_{name}")
    functions = spec.inject_link_candidates()
    declared = spec.fallbacks()
    fallbacks: dict[str, Optional[int]] = {}
    if declared:  # the architecture is only asked for when a fallback needs it
        arch = tc.arch()[0]
        fallbacks = {n: fallback_value(v, arch) for n, (v, _w) in declared.items()}
    kernel_headers = spec.kernel_headers()
    kernel = spec.kernel_names() if kernel_headers else set()
    main_items = []
    for key, expr in items:
        name = expr if key.startswith("c.") else None
        if name is not None and name in kernel:
            main_items.append(ProbeItem(key, expr, name, None))  # the kernel's unit measures what the libc lacks
        elif name is not None and name in fallbacks:
            main_items.append(ProbeItem(key, expr, name, fallbacks[name]))
        else:
            main_items.append(ProbeItem(key, expr))
    values, asm = _compile_probe(tc, headers, main_items, where, functions)
    later = [ProbeItem(key, expr, expr, fallbacks[expr]) if expr in fallbacks else ProbeItem(key, expr)
             for key, expr in items if key.startswith("c.") and expr in kernel and key not in values]
    if later:
        kv, _ = _compile_probe(tc, kernel_headers, later, where, prelude=["stddef.h"])
        values.update(kv)
    for key, expr in items:
        if key.startswith("c.") and expr in fallbacks and key in values and f"fb.{key}" not in values \
                and values[key] != fallbacks[expr]:
            raise SpecError(declared[expr][1], f"fallbacks: {expr} is {fallbacks[expr]} in the spec, but the "
                                                f"headers define it as {values[key]}")
    links = _parse_link_names(asm)
    missing = [f for f in functions if f not in links]
    if missing:
        raise SpecError("", f"the probe's assembly names no symbol for {', '.join(missing)} "
                            f"(an assembler syntax codegen/headers.py _parse_link_names does not know?)")
    # only the names a call binds to under another symbol (open -> open64)
    lock: Measured = {"constants": {}, "structs": {}, "syscalls": {},
                      "link_names": {f: links[f] for f in functions if links[f] != f}}
    for key, _ in items:
        if key not in values:
            raise SpecError(where[key][0], f"{where[key][1]}: the probe did not report a value")
        kind, rest = key.split(".", 1)
        v = values[key]
        if kind == "c":
            lock["constants"][rest] = v
        elif kind == "n":
            lock["syscalls"][rest] = v
        else:
            sname, field = rest.split(".", 1)
            # a struct's size comes first in items, its align next: both are set
            # before anything reads them (a missing value failed above)
            st = lock["structs"].setdefault(sname, {"size": 0, "align": 0, "offsets": {}})
            if field == "size":
                st["size"] = v
            elif field == "align":
                st["align"] = v
            else:
                st["offsets"][field.removeprefix("offset.")] = v
    return lock, where


# -- pycparser ---------------------------------------------------------------

def _preprocess(headers: Sequence[str], tc: Toolchain, extra_decls: str) -> str:
    src = _includes(headers) + "\n/* fdkit spec declarations */\n" + extra_decls
    rc, text, err = tc.compile(src, extra=PYCPARSER_DEFINES, mode="-E")
    if rc != 0:
        raise SpecError("", "preprocessing the headers failed:\n" + err)
    # glibc declares _Float32 & co. itself for compilers it thinks lack them
    # (clang says it is GCC 4); with those names defined away above that reads
    # `typedef float float;`.  Blank such lines (keeping the line count).
    return re.sub(r"(?m)^[ \t]*typedef[ \t]+(long[ \t]+double|float|double)[ \t]+(float|double)[ \t]*;[ \t]*$", "", text)


class _Types:
    """Canonical text of C types, with typedefs resolved, for comparisons."""

    # pycparser has no type information: its nodes are Any here
    def __init__(self, ast: Any) -> None:
        from pycparser import c_ast, c_generator
        self.c_ast = c_ast
        self.gen = c_generator.CGenerator()
        self.typedefs: dict[str, Any] = {}  # name -> type node
        self.funcs: dict[str, Any] = {}  # name -> its first Decl
        self.structs: dict[str, Any] = {}  # tag -> the Struct node with members
        for node in ast.ext:
            if isinstance(node, c_ast.Typedef):
                self.typedefs[node.name] = node.type
            elif isinstance(node, c_ast.Decl):
                if isinstance(node.type, c_ast.FuncDecl):
                    self.funcs.setdefault(node.name, node)
                self._collect_struct(node.type)

    def _collect_struct(self, t: Any) -> None:
        c = self.c_ast
        while isinstance(t, (c.PtrDecl, c.ArrayDecl, c.TypeDecl)):
            t = t.type
        if isinstance(t, c.Struct) and t.name and t.decls is not None:
            self.structs[t.name] = t

    def canon(self, t: Any) -> str:
        """Type node -> text, typedef names replaced by what they stand for."""
        c = self.c_ast
        if isinstance(t, c.Typename) or isinstance(t, c.Decl):
            return self.canon(t.type)
        if isinstance(t, c.PtrDecl):
            q = " ".join(sorted(q for q in t.quals if q != "restrict"))
            return f"{self.canon(t.type)} *{(' ' + q) if q else ''}"
        if isinstance(t, c.ArrayDecl):
            dim = self.gen.visit(t.dim) if t.dim is not None else ""
            return f"{self.canon(t.type)}[{dim}]"
        if isinstance(t, c.FuncDecl):
            return "fn"
        if isinstance(t, c.TypeDecl):
            quals = " ".join(sorted(q for q in t.quals if q != "restrict"))
            inner = t.type
            if isinstance(inner, c.IdentifierType):
                base = self._resolve_name(" ".join(inner.names))
            elif isinstance(inner, (c.Struct, c.Union, c.Enum)):
                kw = {c.Struct: "struct", c.Union: "union", c.Enum: "enum"}[type(inner)]
                base = f"{kw} {inner.name or '<anon>'}"
            else:
                base = self.gen.visit(inner)
            return f"{quals} {base}".strip()
        return self.gen.visit(t)

    # glibc declares the socket calls' address parameters as transparent unions
    # in GNU C; each member is a sockaddr pointer, and C callers (and the
    # prototypes of the man pages) pass exactly these pointer types
    TRANSPARENT = {"__CONST_SOCKADDR_ARG": "const struct sockaddr *", "__SOCKADDR_ARG": "struct sockaddr *"}

    def _resolve_name(self, name: str, depth: int = 0) -> str:
        if name in self.TRANSPARENT:
            return self.TRANSPARENT[name]
        t = self.typedefs.get(name)
        if t is None or depth > 20:
            return _int_spelling(name)
        c = self.c_ast
        if isinstance(t, c.TypeDecl) and isinstance(t.type, c.IdentifierType) and not t.quals:
            return self._resolve_name(" ".join(t.type.names), depth + 1)
        if isinstance(t, c.TypeDecl) and isinstance(t.type, (c.Struct, c.Union)) and not t.type.name:
            return name  # an anonymous struct is known by its last typedef
        return self.canon(t)

    def show(self, t: Any) -> str:
        """Readable text of a declaration's type, as written in the header."""
        c = self.c_ast
        if isinstance(t, c.Typename):
            t = t.type
        return self.gen.visit(c.Typename(name=None, quals=[], align=None, type=_strip_names(c, t)))


_INT_WORDS = {"unsigned", "signed", "short", "long", "int", "char"}


def _int_spelling(name: str) -> str:
    """One spelling per integer type: `unsigned long`, `long unsigned int`
    and `unsigned long int` are the same type (`int` is implied beside a
    size or sign word; the words' order does not matter)."""
    words = name.split()
    if len(words) < 2 or not set(words) <= _INT_WORDS:
        return name
    if "int" in words and set(words) & {"unsigned", "signed", "short", "long"}:
        words.remove("int")
    return " ".join(sorted(words))


def _strip_names(c: Any, t: Any) -> Any:
    import copy
    t = copy.deepcopy(t)
    node = t
    while node is not None:
        if isinstance(node, c.TypeDecl):
            node.declname = None
            break
        node = getattr(node, "type", None)
    return t


def _func_text(types: _Types, name: str, fdecl: Any) -> str:
    c = types.c_ast
    args = []
    for a in (fdecl.args.params if fdecl.args else []):
        if isinstance(a, c.EllipsisParam):
            args.append("...")
        else:
            args.append(types.show(a.type))
    ret = types.show(fdecl.type)
    return f"{ret} {name}({', '.join(args)})"


def verify(spec: "Spec", tc: Toolchain) -> None:
    """Check every wrapped prototype and named struct against the headers."""
    try:
        from pycparser import c_ast
    except ImportError:
        raise SpecError("", "pycparser is not installed (Debian: python3-pycparser)") from None
    headers = spec.headers()
    decls: list[str] = []
    fns = [fn for fn in spec.functions() + spec.calls() if fn.prototype]
    for i, fn in enumerate(fns):
        proto = fn.prototype.strip().rstrip(";")
        m = re.match(r"^(.*?)\b([A-Za-z_]\w*)\s*\((.*)\)$", proto, re.S)
        if not m or m.group(2) != fn.libc:
            raise SpecError(fn.data.where("prototype"),
                            f"{fn.cname}: prototype '{proto}' must declare {fn.libc}(...)")
        decls.append(f"{m.group(1)} fdk__spec_proto_{i}({m.group(3)});")
    struct_probes: list[StructProbe] = []
    for si, (name, s, fam, w) in enumerate(spec.structs()):
        for mi, mem in enumerate(s["members"]):
            struct_probes.append((name, mem, s["members"].where(mi), f"fdk__spec_member_{si}_{mi}"))
            decls.append(_member_decl(str(mem["type"]), f"fdk__spec_member_{si}_{mi}"))
    text = _preprocess(headers, tc, "\n".join(decls) + "\n")
    # What the checks read besides the text (libc names, members' names), so
    # that a cached verdict is only found for exactly these checks.
    stable = _stable(text)
    ck = cache.key("verify", stable, repr([(fn.cname, fn.libc) for fn in fns]),
                   repr([(name, str(mem["name"]), p) for name, mem, _w, p in struct_probes]))
    protos = cache.get("verify", ck)
    if isinstance(protos, list) and len(protos) == len(fns):
        for fn, proto in zip(fns, protos):
            fn.proto = proto
        _check_passes(spec)
        return
    try:
        ast = _parse(text)
    except _ParseFailed as e:
        loc = _spec_line_for_parse_error(e.msg, len(headers), decls, fns, struct_probes)
        raise SpecError(loc or "", f"a spec declaration or the headers could not be parsed: {e.msg}") from None
    types = _Types(ast)
    decl_of: dict[str, Any] = {}
    for node in ast.ext:
        if isinstance(node, c_ast.Decl) and node.name and node.name.startswith("fdk__spec_"):
            decl_of[node.name] = node
    for i, fn in enumerate(fns):
        mine = decl_of[f"fdk__spec_proto_{i}"].type
        theirs = types.funcs.get(fn.libc)
        where = fn.data.where("prototype")
        if theirs is None:
            raise SpecError(where, f"{fn.cname}: the headers ({', '.join(headers)}) declare no function {fn.libc}()")
        tf = theirs.type
        hdr = theirs.coord.file if theirs.coord else "headers"
        mine_params = [p for p in (mine.args.params if mine.args else [])]
        their_params = [p for p in (tf.args.params if tf.args else [])]
        same = (types.canon(mine.type) == types.canon(tf.type)
                and len(mine_params) == len(their_params)
                and all(_param_canon(types, a) == _param_canon(types, b) for a, b in zip(mine_params, their_params)))
        if not same:
            raise SpecError(where, f"{fn.cname}: prototype differs from {hdr}:\n"
                                   f"    spec:    {_func_text(types, fn.libc, mine)}\n"
                                   f"    headers: {_func_text(types, fn.libc, tf)}")
        names: list[tuple[str, str]] = []
        for p in mine_params:
            if isinstance(p, c_ast.EllipsisParam):
                names.append(("...", "..."))
            else:
                names.append((p.name, types.show(p.type)))
        checked: Proto = {"ret": types.show(mine.type), "params": names}
        fn.proto = checked
    for name, mem, w, probe_name in struct_probes:
        st = types.structs.get(name)
        if st is None:
            raise SpecError(w, f"struct {name} is not defined by the headers ({', '.join(headers)})")
        fields = {d.name: d for d in st.decls}
        if mem["name"] not in fields:
            raise SpecError(w, f"struct {name} has no member '{mem['name']}' (members: {', '.join(f for f in fields if f)})")
        want = types.canon(decl_of[probe_name].type)
        have = types.canon(fields[mem["name"]].type)
        if st.decls[-1].name == mem["name"]:
            # the last member may be a flexible array, spelled `[]` (C99) or
            # `[0]` (the GNU idiom: glibc's struct file_handle, older UAPI
            # headers); the spec's `T[]` means either
            want, have = _flexible(want), _flexible(have)
        if want != have:
            raise SpecError(w, f"struct {name}.{mem['name']}: type differs from the headers:\n"
                               f"    spec:    {mem['type']}\n"
                               f"    headers: {types.show(fields[mem['name']].type)}")
    _check_passes(spec)
    cache.put("verify", ck, [fn.proto for fn in fns])


def _stable(text: str) -> str:
    """The preprocessed text without the probe's temporary folder (another each time)."""
    return re.sub(r"[^\s\"]*fdkit-probe-[^/\s\"]*/", "", text)


class _ParseFailed(Exception):
    """pycparser refused the text: msg is its "file:line:col: message" (see _with_line)."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg)
        self.msg = msg


def _parse_text(text: str) -> Any:
    import pycparser
    parser = pycparser.CParser()
    try:
        return parser.parse(text, "headers")
    except Exception as e:  # pycparser raises its own ParseError with "file:line:col: msg"
        raise _ParseFailed(_with_line(str(e), parser)) from None


# The headers' part of a preprocessed text (its stable form) -> (its top-level
# AST nodes, its typedef names).  Parsing the headers is most of verify()'s
# time, and within one process they are the same every time (the unit tests
# run codegen ~150 times, each with other spec declarations after them).
# The nodes are shared: nothing reads them but _Types and verify(), which
# never change a node (_strip_names copies first).
_HEADER_ASTS: dict[str, tuple[list[Any], list[str]]] = {}
_HEADER_ASTS_MAX = 4

# A line marker returning to the probe's source from an #include ('# 31
# "/tmp/fdkit-probe-x/probe.c" 2'): what follows is at the top level.
_BACK_IN_PROBE = re.compile(r'(?m)^# \d+ "[^"]*probe\.c" 2[ \t]*$')


def _parse(text: str) -> Any:
    """pycparser's AST of a preprocessed probe (the headers, then the spec's
    declarations), the headers' part parsed once per process.

    The text is cut where it last returns from an #include into the probe's
    source: the cut is between two top-level declarations, and the rest is
    parsed on its own after a `typedef int NAME;` for each typedef name the
    headers declare - all a C parse needs to know of what came before (is an
    identifier a type?) - so it gives the nodes, errors and line numbers one
    parse of the whole text gives.  Raises _ParseFailed."""
    from pycparser import c_ast
    cuts = list(_BACK_IN_PROBE.finditer(text))
    if not cuts:
        return _parse_text(text)
    cut = cuts[-1].start()
    head, tail = text[:cut], text[cut:]
    key = _stable(head)
    known = _HEADER_ASTS.get(key)
    if known is None:
        ast = _parse_text(head)
        known = (list(ast.ext), list(dict.fromkeys(n.name for n in ast.ext if isinstance(n, c_ast.Typedef))))
        while len(_HEADER_ASTS) >= _HEADER_ASTS_MAX:
            del _HEADER_ASTS[next(iter(_HEADER_ASTS))]
        _HEADER_ASTS[key] = known
    ext, typedefs = known
    seed = "".join(f"typedef int {name};\n" for name in typedefs)
    rest = _parse_text(seed + tail)
    return c_ast.FileAST(ext + rest.ext[len(typedefs):])


def _check_passes(spec: Any) -> None:
    """Each wrapped function's `pass:` against its parsed prototype."""
    for fn in spec.functions():
        if fn.proto is not None and not fn.synthesized:
            fn.check_pass()


def _with_line(msg: str, parser: Any) -> str:
    """pycparser reports some errors ("Invalid specifier list") as `file: msg`
    with no line; add the line the lexer had reached, and say what usually
    causes it: a compiler extension type the parse does not know."""
    m = re.match(r"^([^:]*):(\s.*)$", msg)
    if m:
        lex = parser.clex
        line = getattr(lex, "_lineno", None)
        if line is None:  # pycparser 2.x keeps it in its ply lexer
            line = getattr(getattr(lex, "lexer", None), "lineno", None)
        if line is not None:
            msg = f"{m.group(1)}:{line}:{m.group(2)}"
    return (msg + "\n    (a type or keyword of a compiler extension in these headers? define it away for the "
                  "parse in PYCPARSER_DEFINES, codegen/headers.py)")


def _flexible(canon: str) -> str:
    """A trailing `[0]` and `[]` name the same flexible-array member."""
    return canon[:-3] + "[]" if canon.endswith("[0]") else canon


def _member_decl(mtype: str, name: str) -> str:
    """`extern T name;` for a spec member type; a trailing `[]` or `[N]` (a
    flexible-array member such as inotify_event's `char name[]`, or a fixed
    array) goes after the name, where C wants it."""
    m = re.match(r"^(.*?)\s*(\[[^\]]*\])$", mtype.strip())
    if m:
        return f"extern {m.group(1)} {name}{m.group(2)};"
    return f"extern {mtype} {name};"


def _param_canon(types: _Types, p: Any) -> str:
    c = types.c_ast
    if isinstance(p, c.EllipsisParam):
        return "..."
    t = p.type
    # top-level qualifiers of a parameter do not change the function's type
    if isinstance(t, c.TypeDecl):
        t = c.TypeDecl(t.declname, [], None, t.type)
    elif isinstance(t, c.PtrDecl):
        t = c.PtrDecl([], t.type)
    if isinstance(t, c.ArrayDecl):  # arrays decay to pointers in parameters
        t = c.PtrDecl([], t.type)
    return types.canon(t)


def _spec_line_for_parse_error(msg: str, n_headers: int, decls: Sequence[str], fns: Sequence[Any],
                               struct_probes: Sequence[StructProbe]) -> Optional[str]:
    """Map a pycparser error inside our appended declarations back to the spec."""
    m = re.match(r"^(.*?):(\d+):", msg)
    if not m or not m.group(1).endswith("probe.c"):
        return None
    index = int(m.group(2)) - (n_headers + 3)  # decls start after the includes and a comment
    if not 0 <= index < len(decls):
        return None
    bad = decls[index]
    pm = re.search(r"fdk__spec_proto_(\d+)", bad)
    if pm:
        return fns[int(pm.group(1))].data.where("prototype")
    sm = re.search(r"fdk__spec_member_\d+_\d+", bad)
    if sm:
        for _name, _mem, w, probe_name in struct_probes:
            if probe_name == sm.group(0):
                return w
    return None
