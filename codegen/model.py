"""The spec model: cross-reference checks and everything the templates print.

Templates only lay text out; every decision (which checks a wrapper makes,
which expression each libc argument gets, what the test skeleton asserts)
is taken here, so it can be read and tested as Python.
"""

import copy
import difflib
import functools
import re
import textwrap
from pathlib import Path

from . import cache
from . import schema as S
from .loader import LDict, LStr, SpecError, did_you_mean, load_yaml

# Identifiers an expression in a spec may use besides its own names.
C_WELL_KNOWN = {"NULL", "NAME_MAX", "FDK__NAME_MAX", "FDK__AT_FDCWD", "PATH_MAX", "UINT64_MAX", "UINT32_MAX", "INT_MAX", "SIZE_MAX", "SSIZE_MAX", "IOV_MAX", "sizeof",
                # the string options' length check
                "strnlen",
                # address families, the same in every Linux libc since the start (sendto's family check)
                "AF_UNIX", "AF_INET", "AF_INET6"}

FAMILY_ORDER_FIRST = ["fd"]  # the generic layer comes first in every table


def _where(node, key=None):
    return node.where(key) if hasattr(node, "where") else "?"


def wrap(text, width, indent=""):
    """Re-flow prose (keeping blank-line paragraphs) for C comments."""
    return list(_wrap(str(text), width, indent))


@functools.lru_cache(maxsize=1 << 16)
def _wrap(text, width, indent):
    # textwrap is half of render_all's time, and the same prose is wrapped
    # again and again (twice per run, once per run of the unit tests): a
    # pure function of its arguments, kept as a tuple (wrap() copies it)
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        para = " ".join(para.split())
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent, subsequent_indent=indent,
                                 break_on_hyphens=False) or [indent])
        out.append("")
    return tuple(out[:-1])


def c_string(s):
    return '"' + str(s).replace("\\", "\\\\").replace('"', '\\"') + '"'


class Common:
    def __init__(self, data):
        self.data = data
        self.error_classes = list(data["error_classes"])
        self.errnos = list(data["errnos"])
        self.eintr = dict(data["eintr_policies"])
        if self.error_classes[0] != "none" or "unexpected" not in self.error_classes:
            raise SpecError(_where(data, "error_classes"), "error_classes must start with 'none' and contain 'unexpected'")
        for p in S.EINTR:
            if p not in self.eintr:
                raise SpecError(_where(data, "eintr_policies"), f"eintr_policies lacks '{p}'")

    def errclass_enum(self, cls):
        return "FDK_ERRCLASS_" + cls.upper()


class Member:
    def __init__(self, fset, data):
        self.set = fset
        self.data = data
        self.name = str(data["name"])
        self.doc = str(data["doc"])
        self.always = bool(data.get("always", False))
        self.nonblock = bool(data.get("nonblock", False))
        # cloexec: the call's close-on-exec bit.  The spec says so explicitly
        # (a name ending in CLOEXEC proves nothing: MSG_CMSG_CLOEXEC is about
        # received fds, MFD_CLOEXEC is 1): it is OR-ed into every call and
        # asserted equal to O_CLOEXEC unless o_flag is false.
        self.cloexec = bool(data.get("cloexec", False))
        if self.cloexec and "always" in data and not self.always:
            raise SpecError(_where(data, "always"), f"flag {self.name}: a cloexec bit is always set "
                                                    f"(fdkit creates every fd with CLOEXEC); drop always: false")
        self.always = self.always or self.cloexec
        # o_flag: false - the call takes its own bit for O_NONBLOCK/O_CLOEXEC
        # (fanotify_init's FAN_CLOEXEC is 1), so its value is not asserted
        self.o_flag = bool(data.get("o_flag", True))
        self.requires = list(data.get("requires", []))
        self.only_with = list(data.get("only_with", []))
        self.only_on = list(data.get("only_on", []))
        # bits the kernel reports but a caller never passes (IN_IGNORED): in the
        # name tables for fdk_flags_format, outside FDK_<SET>_ALL, rejected by wrappers
        self.output_only = bool(data.get("output_only", False)) or bool(fset.data.get("output_only", False))
        self.excludes = list(data.get("excludes", []))
        # A library bit (`bit: N`) is fdkit's own: never measured, never passed
        # to the kernel; the wrapper or runtime acts on it and strips it.
        self.bit = int(data["bit"]) if "bit" in data else None
        self.field, self.values, self.shift = None, [], None
        if self.bit is not None:
            if "values" in data or "shift" in data:
                raise SpecError(_where(data, "bit"), f"{self.name}: a library bit cannot be a field")
            if "fdk_name" in data:
                raise SpecError(_where(data, "fdk_name"), f"{self.name}: a library bit is named by 'name' alone")
            self.macro = f"{fset.prefix}{self.name}"
            self.where = _where(data, "name")
            return
        if "fdk_name" in data:
            short = str(data["fdk_name"])
        else:
            strip = fset.strip
            if strip and not self.name.startswith(strip):
                raise SpecError(_where(data, "name"),
                                f"flag {self.name} does not start with the set's strip prefix '{strip}' "
                                f"(give it an fdk_name)")
            short = self.name[len(strip):] if strip else self.name
        self.macro = f"{fset.prefix}{short}"
        self.where = _where(data, "name")
        # A field (`values:`) is a multi-bit part of the word holding one of
        # its values, not a sum of bits (memfd's MFD_HUGE_*: six bits at
        # MFD_HUGE_SHIFT).  The member itself is the mask: its macro is the
        # shifted mask, and its rules (requires, excludes, only_on...) hold
        # when any value is chosen.  Each value is a Member whose `field` is it.
        self.shift = str(data["shift"]) if "shift" in data else None
        if "values" in data:
            bad = [k for k in ("always", "cloexec", "nonblock", "output_only") if k in data]
            if bad:
                raise SpecError(_where(data, bad[0]), f"flag {self.name}: a field (values:) cannot be {bad[0]}")
            self.values = [Member(fset, v) for v in data["values"]]
            for v in self.values:
                v.field = self
        elif self.shift is not None:
            raise SpecError(_where(data, "shift"), f"flag {self.name}: shift applies to a field (values:)")

    def test(self, var):
        """C condition: the member is set in var (for a field: some value is)."""
        if self.field is not None:
            return f"({var} & {self.field.macro}) == {self.macro}"
        return f"{var} & {self.macro}"


class FlagSet:
    def __init__(self, family, key, data):
        self.family = family
        self.key = str(key)
        self.data = data
        self.doc = str(data["doc"])
        self.ctype = str(data["type"])
        self.strip = str(data.get("strip", ""))
        self.prefix = f"FDK_{family.name.upper()}_"
        self.unsigned = self.ctype != "int"
        # literal suffix for values of this set: a uint64_t mask must not be 32 bits wide
        self.suffix = "ull" if self.ctype == "uint64_t" else ("u" if self.unsigned else "")
        # members: every named value (a field's values among them, in spec
        # order); fields: the multi-bit fields; rules: what carries rules and
        # is listed in the docs, members and fields in spec order
        self.members, self.fields, self.rules = [], [], []
        for md in data["members"]:
            m = Member(self, md)
            self.rules.append(m)
            if m.values:
                self.fields.append(m)
                self.rules.extend(m.values)
                self.members.extend(m.values)
            else:
                self.members.append(m)
        self.all_macro = f"FDK_{family.name.upper()}_{self.key.upper()}_ALL"
        self.enum = f"FDK_FLAGSET_{family.name.upper()}_{self.key.upper()}"
        self.id = f"{family.name}.{self.key}"
        self.where = _where(family.data["flagsets"], key)
        by = {}
        for m in self.rules:
            if m.name in by:
                raise SpecError(m.where, f"flag {m.name} is listed twice in {self.id}")
            by[m.name] = m
        self.by_name = by
        self.output_only = bool(data.get("output_only", False))
        if self.output_only and self.fields:
            raise SpecError(self.fields[0].where, f"{self.id}: an output_only set cannot have fields")
        for m in self.rules:
            for ref in m.requires + m.only_with + m.excludes:
                if ref not in by:
                    raise SpecError(m.where, f"flag {m.name} refers to {ref}, which is not a member of {self.id} "
                                             f"(members: {', '.join(by)})")
                if by[ref].field is not None:
                    raise SpecError(m.where, f"flag {m.name} refers to {ref}, a value of the field "
                                             f"{by[ref].field.name}: refer to the field")
                if by[ref].values and ref in m.requires:
                    raise SpecError(m.where, f"flag {m.name} requires the field {ref}: a field is not a set "
                                             f"of bits that can all be required")
            if m.name in m.excludes:
                raise SpecError(m.where, f"flag {m.name} cannot exclude itself")
            if m.cloexec and m.nonblock:
                raise SpecError(m.where, f"flag {m.name} cannot be both cloexec and nonblock")
            if m.output_only and (m.always or m.nonblock or m.requires or m.only_with or m.only_on or m.excludes):
                raise SpecError(m.where, f"flag {m.name}: an output-only bit is never passed, so it takes no "
                                         f"always/nonblock/requires/only_with/only_on/excludes")
        # every input bit (what FDK_<SET>_ALL holds); a set that is output-only as a
        # whole describes what the kernel reports, and its ALL is every member
        self.inputs = self.members if self.output_only else [m for m in self.members if not m.output_only]
        # what FDK_<SET>_ALL ORs together: the input bits, a field's mask in
        # place of its values
        self.all_terms = []
        for m in self.rules:
            if m.values:
                self.all_terms.append(m.macro)
            elif m.field is None and (self.output_only or not m.output_only):
                self.all_terms.append(m.macro)
        if not self.inputs:
            raise SpecError(self.where, f"{self.id}: every member is output_only; mark the set output_only instead")
        self.always = [m for m in self.members if m.always]
        cloexec = [m for m in self.members if m.cloexec]
        if len(cloexec) > 1:
            raise SpecError(cloexec[1].where, f"{self.id}: {cloexec[1].name} is a second cloexec bit "
                                              f"(also {cloexec[0].name})")
        self.library = [m for m in self.members if m.bit is not None]
        for m in self.library:
            if m.always or m.nonblock:
                raise SpecError(m.where, f"{m.name}: a library bit cannot be 'always', 'cloexec' or 'nonblock'")
            limit = 64 if self.ctype == "uint64_t" else 32
            if not 0 <= m.bit < limit - (1 if self.ctype == "int" else 0):
                raise SpecError(m.where, f"{m.name}: bit {m.bit} does not fit a {self.ctype}")

    def library_mask(self):
        return " | ".join(m.macro for m in self.library)

    def always_expr(self):
        return " | ".join(m.macro for m in self.always)


class EnumSet:
    def __init__(self, family, key, data):
        self.family = family
        self.key = str(key)
        self.doc = str(data["doc"])
        self.ctype = str(data["type"])
        self.members = [str(m) for m in data["members"]]
        self.member_where = {str(m): data["members"].where(i) for i, m in enumerate(data["members"])}
        self.helper = f"valid_{self.key}"


class Call:
    """A libc function the runtime calls directly (family `calls:`): verified
    against the headers like a wrapped prototype, and wrapped by the tests'
    fault-injection harness."""

    class _Where:
        def __init__(self, where):
            self._w = where

        def where(self, _key=None):
            return self._w

    def __init__(self, family, text, where):
        text = str(text).strip().rstrip(";")
        m = re.match(r"^.*?\b([A-Za-z_]\w*)\s*\(", text)
        if not m:
            raise SpecError(where, f"calls: '{text}' is not a C prototype")
        self.libc = m.group(1)
        self.prototype = text
        self.cname = f"{family.name} calls {self.libc}"
        self.data = Call._Where(where)
        self.synthesized = False
        self.proto = None


def _split_args(text):
    """A C argument (or parameter) list split at its top-level commas."""
    out, depth, cur = [], 0, ""
    for c in text:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += c
    out.append(cur.strip())
    return out


class Handle:
    """A typed handle: `handle:` gives fdk_<family>, `handles: {k: ...}` gives fdk_<family>_<k> each."""

    def __init__(self, family, key, data):
        self.family = family
        self.key = key
        self.data = data
        default = f"fdk_{family.name}" if key is None else f"fdk_{family.name}_{key}"
        self.type = str(data.get("type", default))
        self.noun = self.type[4:].replace("_", " ")
        self.close_key = "close" if key is None else f"{key}_close"
        self.release_key = "release" if key is None else f"{key}_release"
        self.kind = str(data["kind"])
        self.doc = str(data["doc"])
        self.borrowable = bool(data.get("borrowable", False))
        # extra members after fd (a Unix listener's bound path); adopt() zeroes them
        self.state = []
        for st in data.get("state", []):
            m = re.search(r"([A-Za-z_]\w*)\s*(\[[^\]]*\])?\s*$", str(st["decl"]))
            if not m:
                raise SpecError(_where(st, "decl"), f"{self.type}: state '{st['decl']}' is not a C declaration")
            self.state.append((str(st["decl"]), m.group(1), str(st["doc"])))
        # close: core - close and release are generated, each one call of a handwritten
        # core (`core: {close: "fdk__unix_close_bound({h}, {h.bound})", release: ...}`)
        close = str(data.get("close", "generated"))
        self.runtime_close = close in ("runtime", "core")
        self.core = data.get("core")
        if (close == "core") != (self.core is not None):
            raise SpecError(_where(data, "core" if self.core is not None else "close"),
                            f"{self.type}: close: core and a 'core' mapping (close, release) go together")
        if self.state and not self.runtime_close:
            raise SpecError(_where(data, "state"), f"{self.type}: a handle with state needs close: runtime or core "
                                                   f"(only handwritten code knows how to release it)")
        # message-oriented (datagram, seqpacket): an empty send is a real message
        self.messages = bool(data.get("messages", False))
        self.view_key = str(data["view"]) if "view" in data else None
        self.view = None
        self.kind_enum = None


class ThreadSafety:
    """What a caller may do with a call while others run (spec `thread_safety`):
    async-signal-safe (from a signal handler too), thread-safe (from several
    threads at once), or not-thread-safe (callers share the object it acts on
    only under a lock of their own; `why` says which)."""

    LEVELS = ("async-signal-safe", "thread-safe", "not-thread-safe")

    def __init__(self, level, why, where):
        self.level = level
        self.why = why
        self.where = where

    @classmethod
    def of(cls, entry, where):
        return cls(str(entry["level"]), str(entry.get("why", "")), where)

    def check(self, owner):
        if self.level == "not-thread-safe" and not self.why:
            raise SpecError(self.where, f"{owner}: thread_safety not-thread-safe needs a 'why' (what callers "
                                        f"must not share without a lock)")


class Param:
    def __init__(self, fn, data):
        self.fn = fn
        self.data = data
        self.name = str(data["name"])
        self.role = str(data.get("role", "value"))
        self.type = str(data["type"]) if "type" in data else None
        self.doc = str(data.get("doc", ""))
        self.nullable = bool(data.get("nullable", False))
        self.direct = bool(data.get("direct", False))
        self.count = str(data["count"]) if "count" in data else None
        self.size = str(data["size"]) if "size" in data else None
        self.max = str(data["max"]) if "max" in data else None
        self.forbid = list(data.get("forbid", []))
        self.set_name = str(data["set"]) if "set" in data else None
        self.handle_name = data["handle"] if "handle" in data else None
        if isinstance(self.handle_name, list):
            raise SpecError(_where(data, "handle"), f"{fn.cname}: a handle list is only allowed on the self "
                                                    f"parameter")
        if self.handle_name is not None:
            self.handle_name = str(self.handle_name)
        self.default = None  # a valid value for the test skeletons (options)
        self.where = _where(data, "name")
        self.set = None  # resolved FlagSet or EnumSet
        self.handle = None  # resolved Handle for self / out_handle / consumed_handle

    @property
    def is_pointer(self):
        return self.role in ("out_handle", "consumed_fd", "consumed_handle", "in_ptr", "out_ptr", "inout_ptr",
                             "in_array", "out_array", "inout_array", "in_buffer", "out_buffer", "progress")

    def c_decl(self):
        fam = self.fn.family
        r, t, n = self.role, self.type, self.name
        if r == "self":
            return f"{self.handle.type} {n}"
        if r in ("out_handle", "consumed_handle"):
            return f"{self.handle.type} *{n}"
        if r in ("borrowed_fd", "dir_fd"):
            return f"int {n}"
        if r == "consumed_fd":
            return f"int *{n}"
        if r in ("flags", "enum"):
            return f"{self.set.ctype} {n}"
        star = "*" if t and t.endswith("*") else " *"  # fdk_sigdispatch **out, not * *
        if r in ("in_ptr", "in_array"):
            return f"const {t}{star}{n}"
        if r in ("out_ptr", "inout_ptr", "out_array", "inout_array"):
            return f"{t}{star}{n}"
        if r == "in_buffer":
            return f"const {t or 'void'} *{n}"
        if r == "out_buffer":
            return f"{t or 'void'} *{n}"
        if r == "progress":
            return f"{t or 'size_t'} *{n}"
        return f"{t}{n}" if t.endswith("*") else f"{t} {n}"


class ErrorRow:
    def __init__(self, fn, errno, cls, meaning, where):
        self.fn = fn
        self.errno = errno
        self.cls = cls
        self.meaning = meaning
        self.where = where
        self.text = f"{fn.op_name}: {meaning} ({errno})"
        self.untested = None  # the spec's reason why no test drives this row


class _FunctionChecks:
    """A Function's argument checks: the conditions a wrapper tests before any
    system call, and the fdk__<op>_validate() a runtime function calls first."""

    def check_lines(self):
        """Validation done before any system call, as (condition, errno, comment)."""
        out = []
        ps = self.params
        for p in ps:
            if p.role == "self":
                out.append((f"{p.name}.fd < 0", "EBADF", None))
            elif p.role == "borrowed_fd":
                out.append((f"{p.name} < 0", "EBADF", None))
            elif p.role == "dir_fd":
                out.append((f"{p.name} < 0 && {p.name} != FDK__AT_FDCWD", "EBADF", None))
        for p in ps:
            if p.role in ("out_handle", "consumed_fd", "consumed_handle", "out_array") or \
                    (p.role in ("in_ptr", "out_ptr", "inout_ptr") and not p.nullable):
                out.append((f"!{p.name}", "EINVAL", None))
            elif p.role in ("in_array", "inout_array", "in_buffer", "out_buffer"):
                n = p.count or p.size
                out.append((f"!{p.name} && {n} > 0", "EINVAL", None))
        for p in ps:
            if p.role != "count":
                continue
            users = self.count_users(p.name)
            if any(u.role == "out_array" for u in users):
                out.append((f"{p.name} <= 0", "EINVAL", None))
            elif p.type in ("int", "long") or p.max:
                conds = []
                if p.type in ("int", "long"):
                    conds.append(f"{p.name} < 0")
                if p.max:
                    # IOV_MAX is hidden in strict modes: common.h's FDK__IOV_MAX is always there
                    conds.append(f"{p.name} > {'FDK__IOV_MAX' if p.max == 'IOV_MAX' else p.max}")
                out.append((" || ".join(conds), "EINVAL", None))
        for p in ps:
            if p.role == "flags":
                fs = p.set
                unknown = "unknown bits" if len(fs.inputs) == len(fs.members) else \
                    "unknown bits, or bits only the kernel reports"
                out.append((f"{p.name} & ~{fs.all_macro}", "EINVAL", unknown))
                for fl in fs.fields:
                    # within its mask a field holds one of its values: any other
                    # pattern of bits is not a sum of valid bits but an unknown value
                    field = f"({p.name} & {fl.macro})"
                    others = " && ".join(f"{field} != {v.macro}" for v in fl.values)
                    out.append((f"{field} && {others}", "EINVAL", f"not a value of {fl.name}"))
                forbidden = [fs.by_name[f] for f in p.forbid]
                forbidden += [m for m in fs.rules if m.only_on and self.key not in m.only_on and m not in forbidden]
                for m in forbidden:
                    where = f"only valid in {', '.join('fdk_%s_%s()' % (self.family.name, k) for k in m.only_on)}" \
                        if m.only_on else f"not valid for {self.cname}()"
                    out.append((f"{p.name} & {m.macro}", "EINVAL", f"{m.name} is {where}"))
                for m in fs.rules:
                    if m.requires and not any(m is f for f in forbidden):
                        need = " | ".join(fs.by_name[r].macro for r in m.requires)
                        out.append((f"({p.name} & {m.macro}) && ({p.name} & ({need})) != ({need})", "EINVAL",
                                    f"{m.name} needs {', '.join(m.requires)}"))
                    for x in m.excludes:
                        other = fs.by_name[x]
                        if any(other is f for f in forbidden) or any(m is f for f in forbidden):
                            continue
                        out.append((f"({p.name} & {m.macro}) && ({p.name} & {other.macro})", "EINVAL",
                                    f"{m.name} and {other.name} exclude each other"))
                    if m.only_with and not any(m is f for f in forbidden):
                        ok = " | ".join(fs.by_name[r].macro for r in m.only_with)
                        out.append((f"({p.name} & {m.macro}) && ({p.name} & ~({ok}))", "EINVAL",
                                    f"bits not allowed with {m.name}"))
            elif p.role == "enum":
                out.append((f"!{p.set.helper}({p.name})", "EINVAL", f"not a member of {p.set.key}"))
        for c in self.checks:
            out.append((str(c["if"]), str(c["errno"]), str(c["why"])))
        return out

    def validate_body(self):
        """Statements of fdk__<op>_validate(): the wrapper's checks, then 0."""
        lines = []
        checks = self.check_lines()
        text = " ".join(c for c, _e, _w in checks)
        for p in self.params:
            if not re.search(rf"\b{re.escape(p.name)}\b", text):
                lines.append(f"(void){p.name}; /* nothing to check */")
        for cond, err, why in checks:
            lines += [f"if ({cond})", f"    return -{err};" + (f" /* {why} */" if why else "")]
        lines.append("return 0;")
        return lines

    def validate_signature(self):
        params = ", ".join(p.c_decl() for p in self.params) or "void"
        return f"int {self.validate_name}({params})"


class _FunctionCoreCall:
    """`impl: core`: an entry point that checks its handles and makes one call
    of a handwritten fdk__ core (runtime/<family>/*.h), written back only on success."""

    # -- impl: core ---------------------------------------------------------------
    def _placeholder(self, name, member, where):
        """The C text of {name} or {name.member} in a core call."""
        p = self.by_name.get(name)
        if p is None:
            close = difflib.get_close_matches(name, list(self.by_name), 1)
            raise SpecError(where, f"{self.cname}: core placeholder {{{name}}} is not a parameter (parameters: "
                                   f"{', '.join(self.by_name)})" + (f"; did you mean {{{close[0]}}}?" if close else ""))
        handle = p.role in ("self", "out_handle", "consumed_handle")
        if member is not None:
            members = [m for _d, m, _doc in p.handle.state] if handle else []
            if member not in members:
                what = (f"{p.handle.type} has no state member '{member}' (state: {', '.join(members) or 'none'})"
                        if handle else f"'{name}' is not a handle, so it has no members")
                raise SpecError(where, f"{self.cname}: core placeholder {{{name}.{member}}}: {what}")
        field = member or "fd"
        if p.role == "self":
            return f"{p.name}.{field}"
        if p.role == "out_handle":
            return f"&{p.name}_.{field}"  # a local, copied to *out only on success
        if p.role == "consumed_handle":
            return f"&{p.name}->{field}"
        return p.name

    def _resolve_core(self):
        """Check the `core` call against the parameters and runtime/<family>/*.h;
        return its C text."""
        where = _where(self.data, "core")
        m = re.fullmatch(r"\s*(\w+)\s*\((.*)\)\s*", self.core, re.S)
        if not m or not m.group(1).startswith("fdk__"):
            raise SpecError(where, f"{self.cname}: core '{self.core}' is not a call of an fdk__ function "
                                   f"(core: \"fdk__<name>({{param}}, ...)\")")
        name, args = m.group(1), m.group(2)
        cores = self.family.cores()
        if name not in cores:
            close = difflib.get_close_matches(name, list(cores), 1)
            raise SpecError(where, f"{self.cname}: unknown core {name}: runtime/{self.family.name}/*.h declares "
                                   f"no such function" + (f"; did you mean {close[0]}?" if close else
                                                          f" (declared: {', '.join(sorted(cores)) or 'none'})"))
        arity, header = cores[name]
        given = [] if not args.strip() else _split_args(args)
        if len(given) != arity:
            raise SpecError(where, f"{self.cname}: core {name} takes {arity} arguments (runtime/{header}), "
                                   f"the call passes {len(given)}")
        bare = re.sub(r"\{[^}]*\}", "", args)
        if "{" in bare or "}" in bare:
            raise SpecError(where, f"{self.cname}: unbalanced brace in core '{self.core}'")
        for ident in re.findall(r"(?<![.\w>])([A-Za-z_]\w*)", re.sub(r'"[^"]*"', "", bare)):
            if ident in self.by_name:
                raise SpecError(where, f"{self.cname}: core passes the parameter '{ident}' bare: write "
                                       f"{{{ident}}}, which also gives a handle's fd")
        used = set()

        def sub(mm):
            used.add(mm.group(1))
            return self._placeholder(mm.group(1), mm.group(2), where)
        text = re.sub(r"\{([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?\}", sub, args)
        if "{" in text:
            bad = re.search(r"\{[^}]*\}", text).group(0)
            raise SpecError(where, f"{self.cname}: core placeholder {bad} is not {{param}} or {{handle.member}}")
        for p in self.params:
            if p.name not in used:
                raise SpecError(where, f"{self.cname}: core {name} is not passed parameter '{p.name}' "
                                       f"(each parameter is a placeholder: {{{p.name}}})")
        self.core_header = header
        return f"{name}({', '.join(_split_args(text)) if text.strip() else ''})"

    def core_body(self):
        """The body of an impl: core entry point: the handle checks a
        handwritten one made (self fd, NULL out/consumed handles, `checks`),
        then the core; new handles go through locals, written on success."""
        outs = [p for p in self.params if p.role == "out_handle"]
        decls = [f"{p.handle.type} {p.name}_ = {{.fd = -1}};" for p in outs]
        lines = []
        checks = [(f"{p.name}.fd < 0", "EBADF", None) for p in self.params if p.role == "self"]
        checks += [(f"!{p.name}", "EINVAL", None) for p in self.params
                   if p.role in ("out_handle", "consumed_handle")]
        checks += [(str(c["if"]), str(c["errno"]), str(c["why"])) for c in self.checks]
        for cond, err, why in checks:
            lines += [f"if ({cond})", f"    return -{err};" + (f" /* {why} */" if why else "")]
        if not outs:
            lines.append(f"return {self.core_call};")
            return decls, lines
        decls.append("int r;")
        lines += [f"r = {self.core_call};", "if (r < 0)", "    return r;"]
        lines += [f"*{p.name} = {p.name}_;" for p in outs]
        lines.append("return r;" if self.returns == "int" else "return 0;")
        return decls, lines


class _FunctionBody:
    """The C body of a generated wrapper: the libc call with its arguments, the
    EINTR policy, out-parameters through locals, and close."""

    def uses_enum_sets(self):
        return [p.set for p in self.params if p.role == "enum"]

    def _arg_expr(self, p, tmp_names):
        if p.role == "self":
            return f"{p.name}.fd"
        if p.role == "flags" and (p.set.always or p.set.library):
            e = p.name
            if p.set.library:
                e = f"({e} & ~({p.set.library_mask()}))"
            if p.set.always:
                e = f"{e} | {p.set.always_expr()}"
            return e
        if p.name in tmp_names:
            t = tmp_names[p.name]
            return f"{p.name} ? &{t} : NULL" if p.nullable else f"&{t}"
        return p.name

    def body(self):
        """C statements of a generated wrapper (without braces), indented by 4."""
        if self.returns == "closed":
            return self._close_body()
        lines = []
        tmp = {}
        # out_ptr results go to a local first: out-parameters are written only on success
        for p in self.params:
            if p.role == "out_ptr" and self.returns != "exact" and not p.direct:
                tmp[p.name] = f"{p.name}_tmp"
        ret_c = self.proto["ret"] if self.proto else "int"
        res = "n" if ret_c == "ssize_t" else "r"
        decls = [f"{ret_c} {res};"]
        for p in self.params:
            if p.name in tmp:
                # A nullable one is copied out under `if (p)`, which compilers
                # cannot match with the call's `p ? &tmp : NULL`: start it zeroed.
                decls.append(f"{p.type} {tmp[p.name]}{' = FDK__ZERO_INIT' if p.nullable else ''};")
        if self.returns == "exact":
            bp = self.by_name[self.buffer]
            if bp.role == "out_ptr":
                decls.append(f"{bp.type} {bp.name}_tmp;")
        for v in self.locals:
            init = v.get("init")
            if init:
                fields = ", ".join(f".{k} = {e}" for k, e in init.items())
                decls.append(f"{v['type']} {v['name']} = {{{fields}}};")
            else:
                decls.append(f"{v['type']} {v['name']};")
        checks = self.check_lines()
        # The I/O calls' fd test is the kernel's: any negative descriptor
        # gives EBADF there, the same -EBADF fdkit would return, so the hot
        # path of these wrappers spends no branch on it (a len-0 shortcut,
        # which makes no call, still tests it).
        # Only the role checks of the descriptors passed to the call: a
        # spec's own EBADF check stays whatever it tests.
        fd_conds = {f"{p.name}.fd < 0" if p.role == "self" else f"{p.name} < 0"
                    for p in self.params if p.role in ("self", "borrowed_fd")} if self.kernel_checks_fd else set()
        for cond, err, why in checks:
            if cond in fd_conds:
                continue
            comment = f" /* {why} */" if why else ""
            lines.append(f"if ({cond})")
            lines.append(f"    return -{err};{comment}")
        # zero-length transfers make no system call (nothing to move), except sends on
        # message-oriented handles, where an empty datagram is a message
        selfp = next((p for p in self.params if p.role == "self"), None)
        sends_messages = selfp is not None and selfp.handle.messages
        iov = next((p for p in self.params if p.role == "in_array" and p.type == "struct iovec"), None) \
            if self.scan_iov else None
        if iov is not None:
            decls += ["int any = 0;", "int i;"]  # not in the for: headers also build as gnu89
            n = iov.count
            lines += [f"for (i = 0; i < {n}; i++) {{",
                      f"    if ({iov.name}[i].iov_len == 0)",
                      "        continue;",
                      f"    if (!{iov.name}[i].iov_base)",
                      "        return -EINVAL; /* a NULL buffer with a length */",
                      "    any = 1;",
                      "}",
                      "if (!any) /* all empty: no call (a datagram socket would move an empty message) */",
                      f"    return {' || '.join(sorted(fd_conds))} ? -EBADF : 0;" if fd_conds else "    return 0;"]
        elif self.returns == "count":
            for p in self.params:
                if sends_messages and p.role in ("in_buffer", "in_array"):
                    break
                if p.role in ("in_buffer", "out_buffer", "in_array", "inout_array"):
                    n = p.size or p.count
                    lines.append(f"if ({n} == 0)")
                    if fd_conds:
                        lines.append(f"    return {' || '.join(sorted(fd_conds))} ? -EBADF : 0;")
                    else:
                        lines.append("    return 0;")
                    break
        call = f"{self.libc}({', '.join(self.call_args(tmp))})"
        if self.eintr == "retry":
            lines.append("do")
            lines.append(f"    {res} = {call};")
            lines.append(f"while ({res} < 0 && errno == EINTR);")
        else:
            lines.append(f"{res} = {call};")
        lines.append(f"if ({res} < 0)")
        lines.append("    return FDK__NEG_ERRNO();")
        if self.returns == "new_fd":
            out = next(p for p in self.params if p.role == "out_handle")
            lines.append(f"{out.name}->fd = {res};")
            if out.handle.borrowable:
                lines.append(f"{out.name}->borrowed = 0;")
            lines.append("return 0;")
        elif self.returns == "exact":
            bp = self.by_name[self.buffer]
            src = f"{bp.name}_tmp" if bp.role == "out_ptr" else bp.name
            lines.append(f"if ((size_t){res} != sizeof {src})")
            lines.append("    return -EIO; /* an 8-byte counter never arrives in pieces */")
            if bp.role == "out_ptr":
                lines.append(f"*{bp.name} = {src};")
            lines.append("return 0;")
        else:
            for p in self.params:
                if p.name in tmp:
                    if p.nullable:
                        lines.append(f"if ({p.name})")
                        lines.append(f"    *{p.name} = {tmp[p.name]};")
                    else:
                        lines.append(f"*{p.name} = {tmp[p.name]};")
            lines.append("return 0;" if self.returns == "zero" else f"return {res};")
        return decls, lines

    def call_args(self, tmp):
        """One C expression per libc prototype parameter."""
        args = []
        proto_params = self.proto["params"]
        if self.returns == "exact":
            bp = self.by_name[self.buffer]
            src = f"{bp.name}_tmp" if bp.role == "out_ptr" else bp.name
            fd = next(p for p in self.params if p.role in ("self", "borrowed_fd"))
            defaults = [self._arg_expr(fd, tmp), f"&{src}", f"sizeof {src}"]
            return [str(self.pass_.get(n, defaults[i])) for i, (n, _) in enumerate(proto_params)]
        selfp = next((p for p in self.params if p.role == "self"), None)
        for i, (name, _) in enumerate(proto_params):
            if name == "...":
                exprs = self.variadic or []
            else:
                default = selfp.name if (i == 0 and selfp and name not in self.by_name) else name
                exprs = [str(self.pass_.get(name, default))]
            for expr in exprs:
                args.append(self._arg_expr(self.by_name[expr], tmp) if expr in self.by_name else expr)
        return args

    def check_pass(self):
        """After the prototype is parsed: every libc parameter must get a value."""
        names = [n for n, _ in self.proto["params"]]
        for k in self.pass_:
            if k not in names:
                raise SpecError(_where(self.data["pass"], k),
                                f"{self.cname}: pass names '{k}', which is not a parameter of {self.libc}() "
                                f"(its parameters: {', '.join(names)})")
            self.check_expr(str(self.pass_[k]), _where(self.data["pass"], k))
        if self.variadic is not None:
            where = _where(self.data["pass"], "...")
            if "..." not in names:
                raise SpecError(where, f"{self.cname}: pass maps '...', but {self.libc}() is not variadic "
                                       f"(its parameters: {', '.join(names)})")
            for e in self.variadic:
                self.check_expr(e, where)
        if self.returns == "exact" or self.impl != "generated":
            return
        if "..." in names and self.variadic is None:
            raise SpecError(self.where, f"{self.cname}: {self.libc}() is variadic: say what follows its fixed "
                                        f"arguments with pass: {{\"...\": expr}}, a list of expressions, "
                                        f"or [] for none")
        locals_ = {str(v["name"]) for v in self.locals}
        has_self = any(p.role == "self" for p in self.params)
        for i, n in enumerate(names):
            if i == 0 and has_self:
                continue  # the handle is the first argument unless pass says otherwise
            if n == "...":
                continue
            if n not in self.pass_ and n not in self.by_name and n not in locals_:
                raise SpecError(self.where, f"{self.cname}: {self.libc}() parameter '{n}' gets no value: name a "
                                            f"parameter '{n}' or map it under 'pass'")

    def _close_body(self):
        p = self.params[0]
        ref = f"{p.name}->fd" if p.role == "consumed_handle" else f"*{p.name}"
        decls = ["int fd_;"]
        lines = [
            f"if (!{p.name})",
            "    return -EINVAL;",
        ]
        if p.role == "consumed_handle" and p.handle.borrowable:
            lines += [
                f"if ({p.name}->borrowed) {{",
                "    /* borrowed (stdin, stdout, ...): forget it, never close it */",
                f"    {p.name}->fd = -1;",
                f"    {p.name}->borrowed = 0;",
                "    return 0;",
                "}",
            ]
        lines += [
            f"fd_ = {ref};",
            "if (fd_ < 0)",
            "    return 0; /* already closed: a no-op, so close can be called twice */",
            f"{ref} = -1;",
            "/* Never retried: Linux frees the descriptor before close() can fail,",
            "   so EINTR means closed and a retry could close another thread's fd. */",
            "if (close(fd_) < 0 && errno != EINTR)",
            "    return FDK__NEG_ERRNO();",
            "return 0;",
        ]
        return decls, lines


class _FunctionDocs:
    """The Doxygen comment of a function: parameters, return value and every errno row."""

    # -- documentation ------------------------------------------------------------
    def doc_lines(self):
        fam = self.family
        out = wrap(self.doc, 96)
        out.append("")
        w = max([len(p.name) for p in self.params] + [0])
        for p in self.params:
            doc = p.doc
            if p.role == "self" and not doc:
                doc = f"the {fam.name} (borrowed)"
            if p.role == "consumed_handle" and not doc:
                doc = "handle to close; its fd is set to -1"
            if p.role in ("flags",) and p.set:
                doc = doc or f"bits of {p.set.all_macro}"
            if p.role == "enum" and p.set:
                doc = doc or "one of " + ", ".join(p.set.members)
            first, *rest = wrap(doc or p.name, 96 - 11 - w) or [""]
            out.append(f"@param {p.name.ljust(w)}  {first}")
            out.extend(" " * (9 + w) + r for r in rest)
        notes = []
        if self.returns == "new_fd":
            notes.append("The new descriptor always has FD_CLOEXEC; O_NONBLOCK only when asked.")
        notes.append({"never": "Never blocks.", "unless_nonblocking": "Blocks unless the fd is non-blocking.",
                      "always": "May block (until the work is done, an event or a signal)."}[self.blocks])
        notes.append({"retry": "EINTR is retried.", "return": "EINTR is returned, never retried.",
                      "never_retry": "Never retried; EINTR counts as closed.",
                      "not_applicable": ""}[self.eintr])
        since = self.since or fam.since
        if since:
            notes.append("Since " + ", ".join(f"{'Linux' if k == 'linux' else k} {v}" for k, v in since.items()) + ".")
        if notes:
            out.append("")
            out.extend(wrap(" ".join(n for n in notes if n), 96))
        out.append("")
        reads = any(p.role == "out_buffer" for p in self.params) or \
            self.libc in ("readv", "preadv", "splice", "tee", "sendfile", "copy_file_range")
        count_doc = ("the number of bytes transferred (0 = end of input), or a negative errno:" if reads
                     else "the number of bytes transferred, or a negative errno:")
        if any(p.role == "out_array" for p in self.params):
            count_doc = "the number of entries filled, or a negative errno:"
        out.append("@return " + {
            "new_fd": "0 on success, or a negative errno:",
            "zero": "0 on success, or a negative errno:",
            "exact": "0 on success, or a negative errno:",
            "closed": "0 on success (also when already closed), or a negative errno:",
            "int": "a non-negative result on success, or a negative errno:",
            "count": count_doc,
        }[self.returns] if not self.returns_doc else "@return " + self.returns_doc.rstrip(":") + ", or a negative errno:")
        ew = max(len(r.errno) for r in self.errors) + 1
        for r in self.errors:
            first, *rest = wrap(r.meaning, 96 - ew - 4)
            out.append(f"  -{r.errno.ljust(ew)} {first}")
            out.extend(" " * (ew + 4) + x for x in rest)
        return out


class Function(_FunctionChecks, _FunctionCoreCall, _FunctionBody, _FunctionDocs):
    """One public function of a family, from its spec entry: parameters with roles,
    the libc call or runtime/core implementation, and errno rows.  What it renders
    is split by concern into the mixins above (checks, core calls, bodies, docs)."""

    def __init__(self, family, key, data, synthesized=False, where=None):
        self.family = family
        self.key = str(key)
        self.data = data
        self.synthesized = synthesized
        self.cname = str(data["name"]) if "name" in data else f"fdk_{family.name}_{self.key}"
        self.doc = str(data["doc"])
        self.impl = str(data.get("impl", "generated"))
        # a runtime function may have codegen write its argument checks
        # (fdk__<op>_validate in generated/src/fdk-validate.h) and call them first
        self.validate = bool(data.get("validate", False))
        # the @return sentence, when the default for `returns` says too little or too much
        self.returns_doc = str(data["returns_doc"]) if "returns_doc" in data else None
        # impl: core - the body is generated: the handle checks, then one call of a
        # handwritten fdk__ core, `core: "fdk__unix_listen(SOCK_STREAM, {addr}, ...)"`
        self.core = str(data["core"]) if "core" in data else None
        if (self.core is None) != (self.impl != "core"):
            key = "core" if self.core is not None else "impl"
            raise SpecError(_where(data, key), f"{self.cname}: impl: core and a 'core' call go together "
                                               f"(core: \"fdk__<name>({{param}}, ...)\")")
        if self.impl == "core" and ("libc" in data or "validate" in data):
            key = "libc" if "libc" in data else "validate"
            raise SpecError(_where(data, key), f"{self.cname}: an impl: core function calls its core, "
                                               f"not libc, and checks only its handles; drop '{key}'")
        if self.validate and self.impl != "runtime":
            raise SpecError(_where(data, "validate"), f"{self.cname}: validate applies to impl: runtime "
                                                      f"(a generated wrapper checks its arguments itself)")
        self.validate_name = f"fdk__{self.cname[4:]}_validate"
        self.libc = str(data["libc"]) if "libc" in data else None
        self.prototype = str(data["prototype"]) if "prototype" in data else None
        self.params = [Param(self, p) for p in data["params"]]
        self.locals = list(data.get("locals", []))
        self.pass_ = dict(data.get("pass", {}))
        # a variadic call's arguments after the fixed ones (fcntl(fd, F_ADD_SEALS,
        # seals); none for fcntl(fd, F_GET_SEALS)): `pass: {"...": expr}` or a list
        self.variadic = None
        if "..." in self.pass_:
            v = self.pass_.pop("...")
            self.variadic = [str(e) for e in v] if isinstance(v, list) else [str(v)]
        self.checks = list(data.get("checks", []))
        ret = data["returns"]
        if isinstance(ret, dict):
            self.returns, self.buffer = "exact", str(ret["buffer"])
        else:
            self.returns, self.buffer = str(ret), None
        self.blocks = str(data["blocks"])
        self.eintr = str(data["eintr"])
        # One EINTR rule (README "EINTR"): a call that can wait hands EINTR
        # back (the kernel restarts it after an SA_RESTART handler, so only a
        # program that asked to be interrupted sees it); one that cannot
        # wait retries a spurious EINTR.
        if self.blocks != "never" and self.eintr == "retry":
            raise SpecError(_where(data, "eintr"), f"{self.cname}: a call that can wait (blocks: "
                                                   f"{self.blocks}) returns EINTR (eintr: return), it never "
                                                   "retries it: see \"EINTR\" in the README")
        if self.blocks == "never" and self.eintr == "return":
            raise SpecError(_where(data, "eintr"), f"{self.cname}: a call that never waits retries "
                                                   "a spurious EINTR (eintr: retry), or says not_applicable")
        self.opens_fds = bool(data.get("opens_fds", False))
        self.scan_iov = bool(data.get("scan_iov", False))
        if self.scan_iov and not any(p.role == "in_array" and p.type == "struct iovec" for p in self.params):
            raise SpecError(_where(data, "scan_iov"), f"{self.cname}: scan_iov needs an in_array parameter of type struct iovec")
        self.since = dict(data.get("since", {}))
        # for the reference docs (codegen/docs.py): a C program for EXAMPLES,
        # the pages of the calls made, and the thread safety (set by the family)
        self.example = str(data["example"]) if "example" in data else None
        self.man = [m.strip() for m in str(data["man"]).split(",")] if "man" in data else []
        self.thread_safety = None  # ThreadSafety, from Family._resolve_thread_safety
        self.op_enum = f"FDK_OP_{self.cname[4:].upper()}"
        self.op_name = self.cname[4:]
        if where is not None:
            self.where = where
        else:
            self.where = _where(family.data["functions"], key) if not synthesized else family.where
        self.ret_type = "ssize_t" if self.returns == "count" else "int"
        self.by_name = {}
        for p in self.params:
            if p.name in self.by_name:
                raise SpecError(p.where, f"parameter '{p.name}' appears twice in {self.cname}")
            self.by_name[p.name] = p
        self.proto = None  # filled by headers.verify: parsed prototype (ret, [(name, type)])

    # -- cross references ---------------------------------------------------
    def resolve(self, common):
        fam = self.family
        if self.impl == "generated" and not self.synthesized:
            if not self.libc or not self.prototype:
                raise SpecError(self.where, f"{self.cname}: a generated function needs 'libc' and 'prototype' "
                                            f"(or impl: runtime)")
        if self.prototype and not self.libc:
            raise SpecError(self.where, f"{self.cname}: 'prototype' needs 'libc' naming the symbol")
        for p in self.params:
            if p.role in ("flags", "enum"):
                if not p.set_name:
                    raise SpecError(p.where, f"{self.cname}: parameter '{p.name}' has role {p.role} but no 'set'")
                table = fam.flagsets if p.role == "flags" else fam.enums
                if p.set_name not in table:
                    raise SpecError(_where(p.data, "set"),
                                    f"{self.cname}: parameter '{p.name}': unknown {'flag set' if p.role == 'flags' else 'enum'} "
                                    f"'{p.set_name}' (defined: {', '.join(table) or 'none'})")
                p.set = table[p.set_name]
                if p.role == "flags" and p.set.output_only:
                    raise SpecError(_where(p.data, "set"), f"{self.cname}: parameter '{p.name}': {p.set.id} is "
                                                           f"output_only (bits the kernel reports), never passed")
                for f in p.forbid:
                    if p.role != "flags" or f not in p.set.by_name:
                        raise SpecError(_where(p.data, "forbid"), f"{self.cname}: forbid names {f}, not a member of {p.set.id}")
                    if p.set.by_name[f].field is not None:
                        raise SpecError(_where(p.data, "forbid"), f"{self.cname}: forbid names {f}, a value of the "
                                                                  f"field {p.set.by_name[f].field.name}: forbid "
                                                                  f"the field")
            elif p.set_name:
                raise SpecError(_where(p.data, "set"), f"{self.cname}: 'set' only applies to flags and enum parameters")
            needs_type = p.role in ("value", "in_value", "in_ptr", "out_ptr", "in_array", "out_array",
                                    "inout_array", "count")
            if needs_type and not p.type:
                raise SpecError(p.where, f"{self.cname}: parameter '{p.name}' (role {p.role}) needs a 'type'")
            if p.role in ("self", "out_handle", "consumed_handle"):
                if not fam.handles:
                    raise SpecError(p.where, f"{self.cname}: role {p.role} needs a 'handle' section in the family")
                if p.handle_name is None and len(fam.handles) > 1:
                    raise SpecError(p.where, f"{self.cname}: parameter '{p.name}' must say which handle "
                                             f"(handle: {' or '.join(h.key for h in fam.handles)})")
                if p.handle_name is None:
                    p.handle = fam.handles[0]
                else:
                    p.handle = next((h for h in fam.handles if h.key == p.handle_name), None)
                    if p.handle is None:
                        raise SpecError(_where(p.data, "handle"),
                                        f"{self.cname}: unknown handle '{p.handle_name}' (handles: "
                                        f"{', '.join(str(h.key) for h in fam.handles)})")
            elif p.handle_name is not None:
                raise SpecError(_where(p.data, "handle"), f"{self.cname}: 'handle' only applies to self, "
                                                          f"out_handle and consumed_handle parameters")
            if p.role in ("in_array", "out_array", "inout_array"):
                if not p.count or p.count not in self.by_name:
                    raise SpecError(p.where, f"{self.cname}: array '{p.name}' needs 'count' naming a parameter")
            if p.role in ("in_buffer", "out_buffer"):
                if not p.size or p.size not in self.by_name:
                    raise SpecError(p.where, f"{self.cname}: buffer '{p.name}' needs 'size' naming a parameter")
            if p.nullable and not p.is_pointer:
                raise SpecError(_where(p.data, "nullable"), f"{self.cname}: only pointer parameters can be nullable")
        selfs = [p for p in self.params if p.role == "self"]
        if len(selfs) > 1:
            raise SpecError(selfs[1].where, f"{self.cname}: only one parameter can be 'self'")
        if self.returns == "new_fd" and not any(p.role == "out_handle" for p in self.params):
            raise SpecError(self.where, f"{self.cname}: returns new_fd needs an out_handle parameter")
        if self.returns == "exact":
            p = self.by_name.get(self.buffer)
            if not p or p.role not in ("out_ptr", "in_value"):
                raise SpecError(_where(self.data, "returns"),
                                f"{self.cname}: returns.buffer must name an out_ptr or in_value parameter")
        if self.impl == "core":
            self.core_call = self._resolve_core()
        for c in self.checks:
            if c["errno"] not in common.errnos:
                raise SpecError(_where(c, "errno"), f"{self.cname}: unknown errno {c['errno']}")
            self.check_expr(str(c["if"]), _where(c, "if"))
        for v in self.locals:
            for k, e in v.get("init", {}).items():
                self.check_expr(str(e), _where(v["init"], k))
        self._errors(common)

    def known_names(self):
        fam = self.family
        names = set(self.by_name) | {str(v["name"]) for v in self.locals} | C_WELL_KNOWN
        names |= fam.constant_names()
        return names

    def check_expr(self, expr, where):
        """Reject identifiers an expression uses that the spec does not define."""
        known = self.known_names()
        # drop member accesses (x.fd, ev.data.u64) and string literals
        stripped = re.sub(r'"[^"]*"', "", expr)
        stripped = re.sub(r"\b(struct|union)\s+[A-Za-z_]\w*", "", stripped)  # casts: (struct iovec *)
        for m in re.finditer(r"(?<![.\w>])([A-Za-z_]\w*)", stripped):
            ident = m.group(1)
            if ident not in known and not re.fullmatch(r"u?int\d+_t|size_t|ssize_t|int|long|unsigned", ident):
                hint = ""
                close = [k for k in known if k.lower() == ident.lower() or
                         (len(ident) > 3 and (k.startswith(ident[:-1]) or ident.startswith(k[:-1])))]
                if close:
                    hint = f"; did you mean {sorted(close)[0]}?"
                raise SpecError(where, f"{self.cname}: '{ident}' in '{expr}' is not a parameter, local or constant "
                                       f"this spec defines{hint}")

    def _errors(self, common):
        rows = {}
        errs = self.data["errors"]
        for name, row in errs.items():
            where = _where(errs, name)
            if name not in common.errnos:
                close = [e for e in common.errnos if e[:4] == name[:4]]
                raise SpecError(where, f"{self.cname}: unknown errno '{name}'"
                                       + (f" (did you mean {close[0]}?)" if close else "")
                                       + " - errnos are listed in spec/common.yaml")
            cls = str(row["class"])
            if cls not in common.error_classes or cls == "none":
                raise SpecError(_where(row, "class"), f"{self.cname}: {name}: unknown error class '{cls}' "
                                                      f"(allowed: {', '.join(common.error_classes[1:])})")
            rows[name] = ErrorRow(self, name, cls, str(row["meaning"]), where)
            if "untested" in row:
                rows[name].untested = str(row["untested"])
        # Rows every wrapper can produce by its own checks, with a default meaning.
        implied = []
        for p in self.params:
            if p.role in ("self", "borrowed_fd"):
                implied.append(("EBADF", "bad_fd", f"{p.name} is negative or not an open descriptor"))
            elif p.role == "dir_fd":
                implied.append(("EBADF", "bad_fd", f"{p.name} is neither AT_FDCWD nor an open descriptor"))
        if any(self._rejects_einval(p) for p in self.params) or self.checks:
            implied.append(("EINVAL", "invalid", "an argument is invalid (NULL pointer, unknown flag or value)"))
        if self.eintr == "return":
            implied.append(("EINTR", "interrupted", "a signal handler ran before the call completed"))
        for name, cls, meaning in implied:
            if name not in rows:
                rows[name] = ErrorRow(self, name, cls, meaning, self.where)
        for c in self.checks:
            if c["errno"] not in rows:
                raise SpecError(_where(c, "errno"), f"{self.cname}: check returns {c['errno']} but errors lacks it")
        self.errors = [rows[k] for k in sorted(rows)]

    @staticmethod
    def _rejects_einval(p):
        return ((p.is_pointer and not p.nullable and p.role != "progress")
                or p.role in ("flags", "enum") or p.max is not None
                or (p.role == "count"))

    # libc calls that glibc declares only in some modes (its headers' guards);
    # an inline wrapper of one is defined only where the consumer sees it
    # (FDK__VIS_* in common.h), and is an ordinary call of the library's
    # exported wrapper elsewhere.  Every other call is declared in any mode.
    INLINE_VISIBILITY = {
        "copy_file_range": "GNU", "fallocate": "GNU", "splice": "GNU", "tee": "GNU", "vmsplice": "GNU",
        "pread": "POSIX2008", "pwrite": "POSIX2008", "ftruncate": "POSIX2008", "mkfifoat": "POSIX2008",
        "fsync": "POSIX2008", "fdatasync": "POSIX2008",
        "preadv": "MISC", "pwritev": "MISC",
    }

    # POSIX types that a strict ISO mode (-std=c99, -std=c11 with no feature
    # macro) hides: a declaration naming one is left out there, behind the
    # FDK__VIS_ class common.h computes (struct timespec is only ever passed
    # by pointer, and common.h declares it, so it needs no guard).
    TYPE_VISIBILITY = {"siginfo_t": "POSIX1993"}

    # System calls that refuse every negative descriptor with EBADF whatever
    # their other arguments (a zero length is handled before the call): the
    # inline wrappers of these leave that test to them.  Not splice, tee or
    # vmsplice: with len 0 they return 0 before looking at the descriptors.
    # Not sendmsg/recvmsg either: the kernel looks the fd up first, but a
    # checker such as valgrind walks the msghdr's pointers before the call,
    # and a caller's uninitialised msghdr beside a closed handle would send
    # it through garbage (an endless walk of a huge msg_iovlen).
    KERNEL_EBADF = {"read", "write", "pread", "pwrite", "readv", "writev", "preadv", "pwritev",
                    "send", "recv", "sendto", "recvfrom", "epoll_wait"}

    @property
    def kernel_checks_fd(self):
        """A generated inline wrapper whose libc call rejects a negative fd itself (EBADF)."""
        return self.impl == "generated" and self.inline and str(self.libc) in self.KERNEL_EBADF \
            and all(p.role != "dir_fd" for p in self.params)

    @property
    def decl_vis(self):
        """"" when the declaration compiles in every mode, else the FDK__VIS_ class its types need."""
        sig = self.signature()
        for name, vis in self.TYPE_VISIBILITY.items():
            if re.search(rf"\b{name}\b", sig):
                return vis
        return ""

    @property
    def inline_vis(self):
        """"" when the inline wrapper's libc call is declared in every mode, else its FDK__VIS_ class."""
        return self.INLINE_VISIBILITY.get(str(self.libc), "")

    @property
    def creates_fds(self):
        """Makes descriptors: a constructor (an out handle, a new fd returned),
        or a call that opens some of its own (opens_fds)."""
        return (self.opens_fds or self.returns == "new_fd"
                or any(p.role == "out_handle" for p in self.params))

    @property
    def inline(self):
        """Emitted as an inline definition in the public header (see FDK_INLINE
        in common.h): the I/O and query wrappers, whose cost must be the system
        call's plus the checks.  Not constructors or close, and not wrappers
        that need what only the .c has: enum helpers, `locals` (designated
        initialisers), or `constants` with a fallback value from the lock."""
        if self.impl != "generated" or self.synthesized or self.returns in ("new_fd", "closed"):
            return False
        if self.locals or any(p.role == "enum" for p in self.params):
            return False
        exprs = [str(c["if"]) for c in self.checks] + [str(v) for v in self.pass_.values()] + (self.variadic or [])
        consts = set(self.family.constants)
        return not any(re.search(rf"\b{re.escape(c)}\b", e) for c in consts for e in exprs)

    # -- C text --------------------------------------------------------------
    def signature(self):
        params = ", ".join(p.c_decl() for p in self.params) or "void"
        return f"{self.ret_type} {self.cname}({params})"

    def count_users(self, name):
        return [p for p in self.params if (p.count == name or p.size == name)]


class OptionFunction(Function):
    """fdk_<handle>_set_<opt>() / _get_<opt>() for one `options:` member: the
    level and option name, a C type that says what the value means, and the
    conversions (effective buffer bytes, microseconds, linger seconds)."""

    #           public type          kernel optval type  what the value means
    TYPES = {
        "bool":   ("bool",             "int",            "on",      "non-zero (true) enables the option"),
        "int":    ("int",              "int",            "value",   "the value"),
        "uint":   ("unsigned int",     "unsigned int",   "value",   "the value"),
        "bytes":  ("size_t",           "int",            "bytes",   "effective size in bytes"),
        "usec":   ("uint64_t",         "struct timeval", "usec",    "timeout in microseconds; 0 = none"),
        "linger": ("int",              "struct linger",  "seconds", "seconds to linger; -1 = off"),
        "errno":  ("int",              "int",            "err",     "0, or the pending error as a negative errno"),
        "cred":   ("struct fdk_ucred", "struct fdk_ucred", "cred",  "the peer's pid, uid and gid"),
        "u64":    ("uint64_t",         "uint64_t",       "value",   "the value"),
        "string": ("char",             "char[]",         "name",    "the name"),
    }
    PROTOS = {
        "set": ("setsockopt", "int setsockopt(int fd, int level, int optname, const void *optval, socklen_t optlen)"),
        "get": ("getsockopt", "int getsockopt(int fd, int level, int optname, void *optval, socklen_t *optlen)"),
    }

    def __init__(self, family, okey, o, verb, handle_key, common_errors, where):
        self.okey, self.verb, self.o = okey, verb, o
        self.otype = str(o["type"])
        self.level, self.opt = str(o["level"]), str(o["opt"])
        ptype, _, pname, pdoc = self.TYPES[self.otype]
        libc, proto = self.PROTOS[verb]
        hp = LDict({"name": "s", "role": "self", "handle": handle_key, "doc": "the socket (borrowed)"})
        params = None
        if self.otype == "string":
            self.max_len = int(o["max_len"])
            if verb == "set":
                vp = LDict({"name": "name", "role": "in_ptr", "type": "char",
                            "doc": f"the name, at most {self.max_len} bytes (\"\" clears it where the option "
                                   f"allows)"})
                doc = f"Set {self.opt} ({self.level}): {o['doc']}"
            else:
                vp = LDict({"name": "buf", "role": "out_buffer", "type": "char", "size": "size",
                            "doc": "receives the name and its NUL (written only on success)"})
                sp = LDict({"name": "size", "role": "count", "type": "size_t",
                            "doc": f"bytes at buf; {self.max_len + 1} always suffice"})
                params = [hp, vp, sp]
                doc = f"Read {self.opt} ({self.level}): {o['doc']}"
        elif verb == "set":
            vp = LDict({"name": pname, "type": ptype, "doc": pdoc})
            doc = f"Set {self.opt} ({self.level}): {o['doc']}"
        else:
            vp = LDict({"name": f"ret_{pname}", "role": "out_ptr", "type": ptype,
                        "doc": f"receives {pdoc} (written only on success)"})
            doc = f"Read {self.opt} ({self.level}): {o['doc']}"
        if self.otype == "bytes":
            doc += ("  The kernel doubles the value it is given (the extra half is its own bookkeeping) and "
                    "reports the doubled size: fdkit passes half of `bytes`, rounded up, so both directions "
                    "speak in the bytes the socket really gets.  The kernel clamps the size to "
                    "its limits (net.core.rmem_max/wmem_max; the *FORCE options go beyond them), so read it back to learn "
                    "the size set; above INT_MAX bytes is -EINVAL.")
        errors = LDict()
        errors.file, errors.line = common_errors.file, common_errors.line
        errors.key_lines = dict(common_errors.key_lines)
        for k, v in common_errors.items():
            errors[k] = v
        if self.otype == "string":
            key, row = ("EINVAL", "NULL name, or a name longer than %d bytes" % self.max_len) if verb == "set" \
                else ("ERANGE", "buf cannot hold the name and its NUL (nothing is written)")
            extra = LDict({"class": "invalid",
                           "meaning": f"{errors[key]['meaning']}; or {row}" if key in errors else row})
            extra.file, extra.line, extra.key_lines = errors.file, errors.line, {}
            errors[key] = extra
        if verb == "get" and (self.TYPES[self.otype][1].startswith("struct") or self.otype == "u64"):
            eio = LDict({"class": "io", "meaning": "the kernel returned a value of another size than the struct"})
            eio.file, eio.line, eio.key_lines = errors.file, errors.line, {}
            errors["EIO"] = eio
        # a member's `errors` are its setter's (a get-only option's: its getter's);
        # `get_errors` its getter's: EPERM for a privileged value is no getter's row
        own = "errors" if verb == "set" or str(o.get("access", "rw")) == "get" else "get_errors"
        if own in o:
            for k, v in o[own].items():
                errors[k] = v
                errors.key_lines[k] = o[own].key_lines.get(k, o[own].line)
        data = LDict({
            "doc": doc, "name": f"{family.handles_by_key(handle_key).type}_{verb}_{okey}",
            "libc": libc, "prototype": proto, "params": params or [hp, vp],
            "returns": "zero", "blocks": "never", "eintr": "not_applicable", "errors": errors,
        })
        if "since" in o:
            data["since"] = o["since"]
        checks = []
        if verb == "set":
            if self.otype == "bytes":
                checks.append(LDict({"if": "bytes > INT_MAX", "errno": "EINVAL", "why": "above what the kernel takes"}))
            elif self.otype == "linger":
                checks.append(LDict({"if": "seconds < -1", "errno": "EINVAL", "why": "-1 (off) or 0.."}))
            elif self.otype == "usec":
                checks.append(LDict({"if": "usec / 1000000 > INT_MAX", "errno": "EINVAL",
                                     "why": "beyond what struct timeval holds everywhere"}))
            if "min" in o:
                checks.append(LDict({"if": f"{pname} < {o['min']}", "errno": "EINVAL", "why": f"below {o['min']}"}))
            if "max" in o:
                checks.append(LDict({"if": f"{pname} > {o['max']}", "errno": "EINVAL", "why": f"above {o['max']}"}))
        if checks:
            data["checks"] = checks
        if self.otype == "string" and verb == "set":
            checks.append(LDict({"if": f"strnlen(name, {self.max_len + 1}) > {self.max_len}", "errno": "EINVAL",
                                 "why": f"longer than the kernel takes"}))
            data["checks"] = checks
        for d in [data] + list(data["params"]) + checks:
            d.file, d.line, d.key_lines = where.rsplit(":", 1)[0], int(where.rsplit(":", 1)[1]), {}
        super().__init__(family, f"{verb}_{okey}", data, where=where)
        if verb == "set":
            vp_obj = self.params[1]
            if "min" in o and str(o["min"]).lstrip("-").isdigit() and int(o["min"]) > 0:
                vp_obj.default = str(o["min"])
            elif self.otype == "usec":
                vp_obj.default = "1000"

    @property
    def inline(self):
        return False  # the level and option names may need the lock's fallback values in the .c

    def check_pass(self):
        pass

    def body(self):
        ptype, ktype, pname, _ = self.TYPES[self.otype]
        s = self.params[0].name
        decls, lines = [], []
        for cond, err, why in self.check_lines():
            lines.append(f"if ({cond})")
            lines.append(f"    return -{err};" + (f" /* {why} */" if why else ""))
        call_args = f"{s}.fd, {self.level}, {self.opt}"
        if self.otype == "string":
            if self.verb == "set":
                lines += [f"if (setsockopt({call_args}, name, (socklen_t)strlen(name)) < 0)",
                          "    return FDK__NEG_ERRNO();", "return 0;"]
                return decls, lines
            # The kernel may fill the whole buffer without a NUL (TCP_CONGESTION)
            # or fail when it is shorter than the name (SO_BINDTODEVICE): read
            # into room for any name, then copy out only what fits whole.
            decls += [f"char v[{self.max_len + 1} + 1];", "socklen_t len = sizeof v - 1;", "size_t n;"]
            lines += ["memset(v, 0, sizeof v);",
                      f"if (getsockopt({call_args}, v, &len) < 0)", "    return FDK__NEG_ERRNO();",
                      "n = strnlen(v, len < sizeof v ? (size_t)len : sizeof v - 1);",
                      "if (n >= size)", "    return -ERANGE; /* no room for the name and its NUL */",
                      "memcpy(buf, v, n);", "buf[n] = '\\0';", "return 0;"]
            return decls, lines
        if self.verb == "set":
            conv = {
                "bool": [f"v = {pname} ? 1 : 0;"],
                "int": [f"v = {pname};"],
                "uint": [f"v = {pname};"],
                "bytes": [f"v = (int)(({pname} + 1) / 2); /* the kernel doubles it back */"],
                "usec": [f"v.tv_sec = (time_t)({pname} / 1000000);",
                         f"v.tv_usec = (suseconds_t)({pname} % 1000000);"],
                "linger": [f"v.l_onoff = {pname} >= 0;", f"v.l_linger = {pname} >= 0 ? {pname} : 0;"],
            }[self.otype]
            decls.append(f"{ktype} v;")
            if ktype.startswith("struct"):
                decls[-1] = f"{ktype} v;"
            lines += conv
            lines += [f"if (setsockopt({call_args}, &v, sizeof v) < 0)", "    return FDK__NEG_ERRNO();", "return 0;"]
            return decls, lines
        out = self.params[1].name
        decls += [f"{ktype} v;", "socklen_t len = sizeof v;"]
        lines += ["memset(&v, 0, sizeof v);"]
        lines += [f"if (getsockopt({call_args}, &v, &len) < 0)", "    return FDK__NEG_ERRNO();"]
        if ktype.startswith("struct") or self.otype == "u64":
            lines += ["if (len != sizeof v)", "    return -EIO; /* the kernel's value differs in size from ours */"]
        lines += {
            "bool": [f"*{out} = v != 0;"],
            "int": [f"*{out} = v;"],
            "uint": [f"*{out} = v;"],
            "bytes": [f"*{out} = v > 0 ? (size_t)v : 0;"],
            "usec": [f"*{out} = (uint64_t)v.tv_sec * 1000000u + (uint64_t)v.tv_usec;"],
            "linger": [f"*{out} = v.l_onoff ? v.l_linger : -1;"],
            "errno": [f"*{out} = -v;"],
            "cred": [f"*{out} = v;"],
            "u64": [f"*{out} = v;"],
        }[self.otype]
        lines.append("return 0;")
        return decls, lines


class Record:
    """A stream of variable-length records one read returns (`records:`): a
    fixed header struct, the member holding the record's length, optional
    alignment and a trailing payload.  Codegen renders the decoded event
    struct and an iterator that never reads past a record or the buffer."""

    def __init__(self, family, key, data):
        self.family = family
        self.key = str(key)
        self.data = data
        self.where = _where(family.data["records"], key)
        self.doc = str(data["doc"])
        self.cname = str(data.get("name", f"fdk_{family.name}_{self.key}_next"))
        self.ctype = "struct " + str(data.get("type", f"fdk_{family.name}_{self.key}"))
        self.struct = str(data["struct"])
        if self.struct not in family.structs:
            raise SpecError(_where(data, "struct"), f"{family.name}: record {self.key}: struct {self.struct} is "
                                                    f"not listed under structs (listed: "
                                                    f"{', '.join(family.structs) or 'none'})")
        members = {str(m["name"]): str(m["type"]) for m in family.structs[self.struct]["members"]}
        self.header = f"struct {self.struct}"

        def member(name, where, what):
            if name not in members:
                raise SpecError(where, f"{family.name}: record {self.key}: {what} '{name}' is not a member of "
                                       f"struct {self.struct} in the spec (members: {', '.join(members)})")
            if members[name].endswith("]"):
                raise SpecError(where, f"{family.name}: record {self.key}: {what} '{name}' is an array")
            return members[name]

        ln = data["length"]
        self.length = str(ln["member"])
        member(self.length, _where(ln, "member"), "length member")
        self.covers = str(ln["covers"])
        self.offset = str(data["offset"]) if "offset" in data else None
        if self.offset is not None:
            member(self.offset, _where(data, "offset"), "offset member")
            if self.covers != "record":
                raise SpecError(_where(data, "offset"), f"{family.name}: record {self.key}: an offset member "
                                                        f"needs length.covers: record")
        self.align = int(data["align"]) if "align" in data else None
        self.fields = []
        for i, f in enumerate(data["fields"]):
            w = data["fields"].where(i)
            t = member(str(f["from"]), w, "field source")
            fs = None
            if "set" in f:
                fs = family.flagsets.get(str(f["set"]))
                if fs is None:
                    raise SpecError(_where(f, "set"), f"{family.name}: record {self.key}: unknown flag set "
                                                      f"'{f['set']}' (defined: {', '.join(family.flagsets) or 'none'})")
            self.fields.append((str(f["name"]), str(f.get("type", t)), str(f["from"]), fs, str(f["doc"]), w))
        self.payload = None
        if "payload" in data:
            pl = data["payload"]
            self.payload = (str(pl["name"]), str(pl["kind"]), str(pl["doc"]), str(pl.get("records", "")) or None)
        self.extra = []
        for x in data.get("extra", []):
            m = re.search(r"([A-Za-z_]\w*)\s*(\[[^\]]*\])?\s*$", str(x["decl"]))
            if not m:
                raise SpecError(_where(x, "decl"), f"{family.name}: record {self.key}: '{x['decl']}' is not a "
                                                   f"C declaration")
            self.extra.append((str(x["decl"]), m.group(1), str(x["doc"])))
        self.decode = f"fdk__{family.name}_{self.key}_decode" if data.get("decode") == "runtime" else None
        if self.extra and not self.decode:
            raise SpecError(_where(data, "extra"), f"{family.name}: record {self.key}: extra members are filled "
                                                   f"by handwritten code: add decode: runtime")
        names = [f[0] for f in self.fields] + [x[1] for x in self.extra]
        if self.payload:
            names += [self.payload[0], self.payload[0] + "_len"]
        dup = next((n for n in names if names.count(n) > 1), None)
        if dup:
            raise SpecError(self.where, f"{family.name}: record {self.key}: member '{dup}' appears twice")
        self.members = members
        # header values a well-formed record needs (fanotify's version), for the skeleton
        self.sample = {str(k): str(v) for k, v in data.get("sample", {}).items()}
        for k in self.sample:
            member(k, _where(data["sample"], k), "sample member")

    def resolve(self):
        fam = self.family
        if self.payload and self.payload[3]:
            ref = self.payload[3]
            if ref == self.key or ref not in fam.records:
                raise SpecError(_where(self.data["payload"], "records"),
                                f"{fam.name}: record {self.key}: payload.records names '{ref}', not another "
                                f"record of {fam.name}")
            self.payload_records = fam.records[ref]
        else:
            self.payload_records = None

    def struct_members(self):
        """(declaration, doc) of each member of the decoded struct."""
        out = []
        for name, t, src, fs, doc, _w in self.fields:
            if fs is not None:
                doc += f" (print with fdk_flags_format({fs.enum}, ...))"
            out.append((f"{t}{name}" if t.endswith("*") else f"{t} {name}", doc))
        if self.payload:
            pname, kind, pdoc, _ref = self.payload
            if kind == "string":
                out.append((f"const char *{pname}", pdoc + " (NUL-terminated within the record; NULL when the "
                                                           "record has none)"))
                out.append((f"size_t {pname}_len", f"bytes of {pname} before its NUL (0 when {pname} is NULL)"))
            else:
                out.append((f"const void *{pname}", pdoc + " (points into the buffer; NULL when empty)"))
                out.append((f"size_t {pname}_len", f"bytes at {pname}"))
        for decl, _n, doc in self.extra:
            out.append((decl, doc))
        return out


class RecordFunction(Function):
    """The iterator over one `records:` stream: fdk_<family>[_<key>]_next()."""

    def __init__(self, family, record, common):
        self.record = record
        r = record
        key = r.cname[len(f"fdk_{family.name}_"):] if r.cname.startswith(f"fdk_{family.name}_") else r.cname[4:]
        hdr = f"sizeof({r.header})"
        doc = (f"Decode the record at offset *pos of a buffer a read filled into *ev ({r.ctype}) and "
               f"advance *pos past it; start at 0 and call until it returns 0.  Pointers in *ev point "
               f"into buf.  A malformed record (shorter than its {hdr}-byte header, or running past len) "
               f"is -EBADMSG with *pos and *ev untouched, so a loop can never over-read or spin.")
        errors = LDict({
            "EBADMSG": LDict({"class": "io", "meaning": "the record at *pos is malformed: cut short, shorter "
                                                        "than its header, or running past len"}),
            "EINVAL": LDict({"class": "invalid", "meaning": "pos or ev is NULL, buf is NULL with len > 0, or "
                                                            "*pos > len"}),
        })
        for e, row in r.data.get("errors", {}).items():
            errors[e] = row
        data = LDict({
            "doc": doc, "name": r.cname, "impl": "generated",
            "params": [
                LDict({"name": "buf", "role": "in_buffer", "size": "len",
                       "doc": "the bytes one read returned"}),
                LDict({"name": "len", "role": "count", "type": "size_t", "doc": "how many bytes buf holds"}),
                LDict({"name": "pos", "role": "inout_ptr", "type": "size_t",
                       "doc": "offset of the next record: 0 for a new buffer; advanced on success"}),
                LDict({"name": "ev", "role": "out_ptr", "type": r.ctype,
                       "doc": "receives the decoded record (written only on success)"}),
            ],
            "checks": r.data.get("checks", []),
            "returns": "int", "blocks": "never", "eintr": "not_applicable",
            "errors": errors,
        })
        if "since" in r.data:
            data["since"] = r.data["since"]
        for d in [data, errors] + list(errors.values()) + data["params"]:
            if not hasattr(d, "file") or d.file == "?":
                d.file, d.line, d.key_lines = family.path, 1, {}
        super().__init__(family, key, data, synthesized=True, where=r.where)
        self.locals = [LDict({"name": "h", "type": r.header})]

    def check_lines(self):
        # the record's own checks (the last ones) run on the header, after the
        # length checks: body() places them
        out = super().check_lines()
        return out[:len(out) - len(self.checks)]

    @property
    def inline(self):
        return self.record.decode is None

    def body(self):
        r = self.record
        decls = [f"{r.header} h;", "const unsigned char *rec;", "size_t at, room, total, start;"]
        lines = []
        for cond, err, why in self.check_lines():
            lines += [f"if ({cond})", f"    return -{err};" + (f" /* {why} */" if why else "")]
        lines += [
            "at = *pos;",
            "if (at > len)",
            "    return -EINVAL; /* not a position this function returned */",
            "if (at == len)",
            "    return 0; /* every record read */",
            "room = len - at;",
            "if (room < sizeof h)",
            "    return -EBADMSG; /* a header cut short */",
            "rec = (const unsigned char *)buf + at;",
            "memcpy(&h, rec, sizeof h); /* buf need not be aligned for the header */",
        ]
        L = f"h.{r.length}"
        if r.covers == "payload":
            lines += [
                f"if ({L} > room - sizeof h)",
                "    return -EBADMSG; /* the payload runs past the buffer */",
                f"total = sizeof h + {L};",
            ]
        else:
            lines += [
                f"if ({L} < sizeof h)",
                "    return -EBADMSG; /* shorter than its header: a zero length would never advance */",
                f"if ({L} > room)",
                "    return -EBADMSG; /* runs past the buffer */",
                f"total = {L};",
            ]
        if r.align and r.align > 1:
            lines += [f"if (total % {r.align} != 0)",
                      f"    return -EBADMSG; /* the kernel pads every record to {r.align} bytes */"]
        if r.offset:
            O = f"h.{r.offset}"
            lines += [f"if ({O} < sizeof h || {O} > total)",
                      f"    return -EBADMSG; /* {r.offset} must lie between the header and the record's end */",
                      f"start = {O};"]
        else:
            lines.append("start = sizeof h;")
        for c in self.checks:
            lines += [f"if ({c['if']})", f"    return -{c['errno']}; /* {c['why']} */"]
        target = "ev"
        if r.payload and r.payload[1] == "string":
            pname = r.payload[0]
            decls += [f"const char *{pname} = NULL;", f"size_t {pname}_len = 0;"]
            # The last byte must be NUL (the kernel pads a name with at least
            # one): then strlen, faster than a bounded search, stays inside.
            lines += [
                "if (total > start) {",
                "    const char *s = (const char *)rec + start;",
                "    if (rec[total - 1] != '\\0')",
                f"        return -EBADMSG; /* {pname} must end within its record: its last byte is NUL */",
                "    if (s[0] != '\\0') {",
                f"        {pname} = s;",
                f"        {pname}_len = strlen(s);",
                "    }",
                "}",
            ]
        if r.decode:
            decls.append(f"{r.ctype} e;")
            decls.append("int r;")
            target = "(&e)"
        assign = []
        for name, t, src, fs, doc, _w in r.fields:
            assign.append(f"{target}->{name} = h.{src};")
        if r.payload:
            pname, kind = r.payload[0], r.payload[1]
            if kind == "string":
                assign += [f"{target}->{pname} = {pname};", f"{target}->{pname}_len = {pname}_len;"]
            else:
                assign += [f"{target}->{pname} = total > start ? rec + start : NULL;",
                           f"{target}->{pname}_len = total - start;"]
        if r.decode:
            lines += ["memset(&e, 0, sizeof e);"] + [a.replace("(&e)->", "e.") for a in assign]
            lines += [f"r = {r.decode}(rec + start, total - start, &e);",
                      "if (r < 0)",
                      "    return r;",
                      "*ev = e;"]
        else:
            lines += assign
        lines += ["*pos = at + total;", "return 1;"]
        return decls, lines

    def doc_lines(self):
        out = super().doc_lines()
        i = next(i for i, l in enumerate(out) if l.startswith("@return"))
        out[i] = "@return 1 with *ev filled, 0 at the end of the buffer, or a negative errno:"
        return out


UAPI_DIRS = ("linux/", "asm/", "asm-generic/")


def order_headers(headers):
    """The libc's headers before the kernel's UAPI headers, each group in the
    order given: glibc's <netinet/in.h> must come before <linux/in6.h>
    (linux/libc-compat.h then skips what glibc has), and <sys/mman.h> before
    <linux/memfd.h>.  The other order redefines structs."""
    return ([h for h in headers if not h.startswith(UAPI_DIRS)]
            + [h for h in headers if h.startswith(UAPI_DIRS)])


class Family:
    def __init__(self, path, data, common, display):
        self.path = display
        # runtime/<family>/: where `impl: core` functions find their cores' declarations
        self.runtime_dir = Path(path).resolve().parent.parent / "runtime" / str(data["family"])
        self._cores = None
        self.data = data
        self.common = common
        self.name = str(data["family"])
        stem = Path(path).stem
        if stem != self.name:
            raise SpecError(_where(data, "family"), f"family '{self.name}' must live in spec/{self.name}.yaml")
        self.where = f"{display}:1"
        self.doc = str(data["doc"])
        self.man = str(data.get("man", ""))
        self.since = dict(data.get("since", {}))
        # The include-order rule: the libc's headers first, then the kernel's
        # UAPI ones, whatever order the spec lists them in, so that
        # linux/libc-compat.h sees what the libc defined and skips it.
        self.headers = order_headers([str(h) for h in data["headers"]])
        self.kernel_headers = [str(h) for h in data.get("kernel_headers", [])]
        for i, h in enumerate(self.kernel_headers):
            if h in self.headers:
                raise SpecError(data["kernel_headers"].where(i), f"{self.name}: {h} is in both headers and "
                                                                 f"kernel_headers; keep it in one")
        self.fallbacks = {}  # name -> ({arch or "default": value}, where)
        for k, v in data.get("fallbacks", {}).items():
            vals = {"default": int(v)} if isinstance(v, int) else {str(a): int(x) for a, x in v.items()}
            self.fallbacks[str(k)] = (vals, _where(data["fallbacks"], k))
        self.coverage = data.get("coverage")
        self.handles = []
        if "handle" in data and "handles" in data:
            raise SpecError(_where(data, "handles"), f"{self.name}: give 'handle' or 'handles', not both")
        if "handle" in data:
            self.handles.append(Handle(self, None, data["handle"]))
        for k, v in data.get("handles", {}).items():
            self.handles.append(Handle(self, str(k), v))
        self.kinds = list(data.get("kinds", []))
        self.flagsets = {str(k): FlagSet(self, k, v) for k, v in data.get("flagsets", {}).items()}
        self.enums = {str(k): EnumSet(self, k, v) for k, v in data.get("enums", {}).items()}
        self.constants = [str(c) for c in data.get("constants", [])]
        self.structs = data.get("structs", {})
        self.syscalls = [str(s) for s in data.get("syscalls", [])]
        calls = data.get("calls", [])
        self.calls = [Call(self, c, calls.where(i)) for i, c in enumerate(calls)]
        by_key = {h.key: h for h in self.handles}
        for h in self.handles:
            if h.view_key is not None:
                h.view = by_key.get(h.view_key)
                if h.view is None or h.view is h:
                    raise SpecError(_where(h.data, "view"), f"{h.type}: view names '{h.view_key}', not another "
                                                            f"handle of {self.name}")
        self.functions = []
        for k, v in data["functions"].items():
            self.functions.extend(self._expand(k, v))
        self.option_constants = []  # (name, where): levels and option names, measured like constants
        if "options" in data:
            self.functions.extend(self._options(data["options"]))
        for h in self.handles:
            self.functions.append(self._close_function(h))
            if h.runtime_close:
                self.functions.append(self._release_function(h))
        self.records = {str(k): Record(self, k, v) for k, v in data.get("records", {}).items()}
        for r in self.records.values():
            r.resolve()
            self.functions.append(RecordFunction(self, r, common))
        self.tests = data.get("tests", {})
        self._resolve_thread_safety()

    def _resolve_thread_safety(self):
        """Give every function its ThreadSafety: its own `thread_safety`, else
        the family's `thread_safety.functions` entry for its C name (the calls
        the spec does not write out: close, release, options, records), else
        the family's default."""
        ts = self.data["thread_safety"]
        default = ThreadSafety(str(ts["default"]), str(ts.get("why", "")), _where(ts, "default"))
        default.check(self.name)
        by_name = {}
        for name, entry in ts.get("functions", {}).items():
            by_name[str(name)] = ThreadSafety.of(entry, _where(ts["functions"], name))
        known = {f.cname: f for f in self.functions}
        for name in by_name:
            if name not in known:
                close = did_you_mean(name, sorted(known))
                raise SpecError(_where(ts["functions"], name),
                                f"thread_safety.functions: {name} is not a function of {self.name}{close}")
        for f in self.functions:
            own = f.data.get("thread_safety") if not f.synthesized else None
            if own is not None and f.cname in by_name:
                raise SpecError(_where(ts["functions"], f.cname),
                                f"thread_safety.functions: {f.cname} gives its own thread_safety at "
                                f"{_where(f.data, 'thread_safety')}; keep one")
            if own is not None:
                f.thread_safety = ThreadSafety.of(own, _where(f.data, "thread_safety"))
            else:
                f.thread_safety = by_name.get(f.cname, default)
            f.thread_safety.check(f.cname)

    def _expand(self, key, data):
        """A function whose self parameter lists several handles becomes one
        function per handle, named <handle type>_<key> (fdk_tcp_stream_send)."""
        selfp = next((p for p in data["params"] if p.get("role") == "self"), None)
        hl = selfp.get("handle") if selfp is not None else None
        if not isinstance(hl, list):
            return [Function(self, key, data)]
        if "name" in data:
            raise SpecError(_where(data, "name"), f"{self.name}.{key}: a function over several handles is "
                                                  f"named after each handle; drop 'name'")
        out = []
        where = _where(self.data["functions"], key)
        for hk in hl:
            h = next((h for h in self.handles if h.key == hk), None)
            if h is None:
                raise SpecError(_where(selfp, "handle"), f"{self.name}.{key}: unknown handle '{hk}' (handles: "
                                                         f"{', '.join(str(h.key) for h in self.handles)})")
            d = copy.deepcopy(data)
            d["name"] = f"{h.type}_{key}"
            sp = next(p for p in d["params"] if p.get("role") == "self")
            sp["handle"] = hk
            if "checks" in d:  # a check may apply to some of the handles only
                for c in d["checks"]:
                    for other in c.get("handles", []):
                        if other not in hl:
                            raise SpecError(_where(c, "handles"), f"{self.name}.{key}: check names handle "
                                                                  f"'{other}', not one of {', '.join(map(str, hl))}")
                kept = [c for c in d["checks"] if "handles" not in c or hk in c["handles"]]
                d["checks"][:] = kept
            out.append(Function(self, f"{hk}_{key}", d, where=where))
        return out

    def _options(self, odata):
        """Typed getters and setters from `options:` (fdk_socket_set_nodelay...)."""
        hk = str(odata["handle"])
        if not any(h.key == hk for h in self.handles):
            raise SpecError(_where(odata, "handle"), f"{self.name}: options.handle names '{hk}', not a handle "
                                                     f"of {self.name}")
        out = []
        seen = set()
        for okey, o in odata["members"].items():
            where = _where(odata["members"], okey)
            for c in (str(o["level"]), str(o["opt"])):
                if c not in seen:
                    seen.add(c)
                    self.option_constants.append((c, _where(o, "level" if c == str(o["level"]) else "opt")))
            access = str(o.get("access", "rw"))
            ot = str(o["type"])
            if ot in ("errno", "cred") and access != "get":
                raise SpecError(_where(o, "type"), f"{self.name}: option {okey}: type {ot} is read-only "
                                                   f"(access: get)")
            if ot == "u64" and access != "get":
                raise SpecError(_where(o, "type"), f"{self.name}: option {okey}: type u64 is read-only "
                                                   f"(access: get)")
            if ("min" in o or "max" in o) and ot not in ("int", "uint"):
                raise SpecError(_where(o, "min" if "min" in o else "max"),
                                f"{self.name}: option {okey}: min/max apply to int and uint options")
            if (ot == "string") != ("max_len" in o):
                raise SpecError(_where(o, "max_len" if "max_len" in o else "type"),
                                f"{self.name}: option {okey}: a string option needs max_len (the longest name "
                                f"without its NUL), and only a string option takes it")
            for verb in (("set",) if access == "set" else ("get",) if access == "get" else ("set", "get")):
                out.append(OptionFunction(self, okey, o, verb, hk, odata["errors"], where))
        return out

    def _release_function(self, h):
        data = LDict({
            "doc": (f"Give up ownership: return the fd (the caller now owns it) and leave the handle empty. "
                    f"The state the handle carries is freed without acting on it (a socket's bound path "
                    f"is not unlinked, for one)."),
            "name": f"{h.type}_release",
            "impl": "runtime",
            "params": [LDict({"name": "h", "role": "consumed_handle", "handle": h.key,
                              "doc": "handle to empty; its fd is set to -1"})],
            "returns": "int", "blocks": "never", "eintr": "not_applicable",
            "errors": LDict({"EINVAL": LDict({"class": "invalid", "meaning": "h is NULL"})}),
        })
        for d in [data, data["errors"], data["errors"]["EINVAL"]] + data["params"]:
            d.file, d.line, d.key_lines = self.path, 1, {}
        self._core_from_handle(h, "release", data)
        return Function(self, h.release_key, data, synthesized=True)

    @staticmethod
    def _core_from_handle(h, which, data):
        """close: core - the synthesized close or release calls the handle's core."""
        if h.core is None:
            return
        data["impl"] = "core"
        data.pop("libc", None)
        data["core"] = str(h.core[which])
        data.key_lines = {"core": h.core.key_lines[which]} if hasattr(h.core, "key_lines") else {}

    def _close_function(self, h):
        if any(f.key == h.close_key for f in self.functions):
            raise SpecError(_where(self.data["functions"], h.close_key),
                            f"{self.name}: {h.close_key} is generated from 'handle'; do not list it")
        doc = f"Close the {h.noun} and set its fd to -1.  A no-op returning 0 when the fd is already -1."
        if h.borrowable:
            doc += (f"  A borrowed handle (fdk_{h.type[4:]}_borrow()) is only emptied: its fd is never closed.")
        if h.runtime_close:
            doc = (f"Close the {h.noun}, release what it holds, and set its fd to -1.  A no-op returning 0 "
                   f"when the fd is already -1.")
        hp = LDict({"name": "h", "role": "consumed_handle"})
        if h.key is not None:
            hp["handle"] = h.key
        data = LDict({
            "doc": doc,
            "name": f"{h.type}_close",
            "libc": "close",
            "params": [hp],
            "returns": "closed", "blocks": "never", "eintr": "never_retry",
            "errors": LDict({
                "EBADF": LDict({"class": "bad_fd", "meaning": "the fd was not open (closed twice elsewhere?)"}),
            }),
        })
        if h.runtime_close:
            data["impl"] = "runtime"
            del data["libc"]
        for d in [data] + data["params"]:
            d.file, d.line, d.key_lines = self.path, 1, {}
        data["errors"].file = self.path
        data["errors"].key_lines = {}
        self._core_from_handle(h, "close", data)
        f = Function(self, h.close_key, data, synthesized=True)
        f.proto = {"ret": "int", "params": [("fd", "int")]}
        return f

    def cores(self):
        """{name: (parameter count, header)} of the fdk__ functions declared in
        runtime/<family>/*.h: what an `impl: core` function may call."""
        if self._cores is None:
            self._cores = {}
            decl = re.compile(r"^(?:static\s+inline\s+)?(?:int|ssize_t|void|bool)\s+\**(fdk__\w+)\s*\(", re.M)
            for h in sorted(self.runtime_dir.glob("*.h")) if self.runtime_dir.is_dir() else []:
                text = h.read_text()
                for m in decl.finditer(text):
                    depth, i = 1, m.end()
                    while i < len(text) and depth:
                        depth += {"(": 1, ")": -1}.get(text[i], 0)
                        i += 1
                    params = text[m.end():i - 1].strip()
                    n = 0 if params in ("", "void") else len(_split_args(params))
                    self._cores.setdefault(m.group(1), (n, f"{self.name}/{h.name}"))
        return self._cores

    def handles_by_key(self, key):
        return next(h for h in self.handles if h.key == key)

    def constant_names(self):
        names = set(self.all_constants())
        for fs in self.flagsets.values():
            names |= {m.name for m in fs.rules if m.bit is None} | {m.macro for m in fs.rules} | {fs.all_macro}
            names |= {m.shift for m in fs.fields if m.shift}
        for es in self.enums.values():
            names |= set(es.members)
        return names

    def measured(self):
        """(name, kind, where) of every constant this family asks the probe for."""
        out = []
        for fs in self.flagsets.values():
            for m in fs.rules:
                if m.values:  # a field: its mask and shift as the header has them
                    out.append((m.name, "field mask", m.where))
                    if m.shift:
                        out.append((m.shift, "field shift", _where(m.data, "shift")))
                elif m.bit is None:
                    out.append((m.name, "flag", m.where))
        for es in self.enums.values():
            for m in es.members:
                out.append((m, "enum", es.member_where[m]))
        consts = self.data.get("constants", [])
        for i, c in enumerate(self.constants):
            out.append((c, "constant", consts.where(i)))
        for c, where in self.option_constants:
            if c not in self.constants:
                out.append((c, "constant", where))
        return out

    def all_constants(self):
        """`constants` and the levels and names `options` use, once each."""
        return self.constants + [c for c, _ in self.option_constants if c not in self.constants]

    def resolve(self, kinds_by_name):
        seen = {}
        for fs in self.flagsets.values():
            for m in fs.rules:
                prev = seen.get(m.macro)
                # two sets may share a header flag (MSG_DONTWAIT in send and recv): the
                # macro is defined twice with the same value, which C allows
                if prev is not None and (prev[0] != m.name or m.bit is not None or prev[1] is not None):
                    raise SpecError(m.where, f"{m.macro} is generated twice (also from {prev[0]})")
                seen[m.macro] = (m.name, m.bit)
        for h in self.handles:
            k = h.kind
            if k not in kinds_by_name:
                raise SpecError(_where(h.data, "kind"),
                                f"handle kind '{k}' is not a kind listed in spec/fd.yaml "
                                f"(kinds: {', '.join(kinds_by_name)})")
            h.kind_enum = "FDK_FD_KIND_" + k.upper()
        for f in self.functions:
            f.resolve(self.common)
        # every member's only_on must name a function of this family
        keys = {f.key for f in self.functions}
        for fs in self.flagsets.values():
            for m in fs.rules:
                for k in m.only_on:
                    if k not in keys:
                        raise SpecError(m.where, f"{m.name}: only_on names '{k}', not a function of {self.name}")
        for case in self.tests.get("errno_cases", []):
            if case["function"] not in keys:
                raise SpecError(_where(case, "function"), f"test case names unknown function '{case['function']}'")
            fn = self.function(case["function"])
            if case["errno"] not in {r.errno for r in fn.errors}:
                raise SpecError(_where(case, "errno"),
                                f"test case expects {case['errno']}, which {fn.cname} does not list in errors")
            for a in case.get("args", {}):
                if a not in fn.by_name:
                    raise SpecError(_where(case["args"], a), f"test case sets '{a}', not a parameter of {fn.cname}")
        self._check_exhaust(keys)
        self._check_drive(keys)
        targs = self.tests.get("args", {})
        for k, v in targs.items():
            if k not in keys:
                raise SpecError(_where(targs, k), f"tests.args names unknown function '{k}'")
            fn = self.function(k)
            for a in v:
                if a not in fn.by_name:
                    raise SpecError(_where(v, a), f"tests.args sets '{a}', not a parameter of {fn.cname}")

    def _check_exhaust(self, keys):
        """Every function that creates descriptors has its exhaustion sweep:
        an entry in tests.exhaust, or the automatic one of the family's
        constructor, or a skip with the reason."""
        ex = self.tests.get("exhaust", {})
        for k, entries in ex.items():
            if k not in keys:
                raise SpecError(_where(ex, k), f"tests.exhaust names unknown function '{k}'")
            fn = self.function(k)
            if not fn.creates_fds:
                raise SpecError(_where(ex, k), f"tests.exhaust: {fn.cname} creates no descriptor (mark it "
                                               "opens_fds: true if it opens some of its own)")
            entries = entries if isinstance(entries, list) else [entries]
            for entry in entries:
                if "skip" in entry and len(entry) > 1:
                    raise SpecError(_where(entry, "skip"), f"tests.exhaust.{k}: skip goes alone")
                if len(entries) > 1 and "doc" not in entry:
                    raise SpecError(_where(ex, k), f"tests.exhaust.{k}: with several tries, each says what "
                                                   "it shows (doc)")
                for a in entry.get("args", {}):
                    if a not in fn.by_name:
                        raise SpecError(_where(entry["args"], a), f"tests.exhaust.{k} sets '{a}', not a "
                                                                  f"parameter of {fn.cname}")
        ctor = self.constructor
        for fn in self.functions:
            if fn.creates_fds and fn.key not in ex and fn is not ctor:
                raise SpecError(fn.where, f"{fn.cname} creates descriptors but has no exhaustion sweep: add "
                                          f"tests.exhaust.{fn.key} (setup/args/call/ok/fail/teardown) or "
                                          f"tests.exhaust.{fn.key}.skip with the reason")

    def _check_drive(self, keys):
        """tests.drive names functions, their parameters and their own rows."""
        dr = self.tests.get("drive", {})
        for k, tries in dr.items():
            if k not in keys:
                raise SpecError(_where(dr, k), f"tests.drive names unknown function '{k}'")
            fn = self.function(k)
            rows = {r.errno for r in fn.errors}
            for t in tries if isinstance(tries, list) else [tries]:
                for key in ("errnos", "except"):
                    for e in t.get(key, []):
                        if e not in rows:
                            raise SpecError(_where(t, key), f"tests.drive.{k}.{key}: {fn.cname} has no {e} row")
                for a in t.get("args", {}):
                    if a not in fn.by_name:
                        raise SpecError(_where(t["args"], a), f"tests.drive.{k} sets '{a}', not a parameter "
                                                              f"of {fn.cname}")

    def drive_errnos(self, fn, t):
        """The rows one tests.drive try injects: its errnos, or every row, minus except."""
        rows = [str(e) for e in t["errnos"]] if "errnos" in t else [r.errno for r in fn.errors]
        skip = {str(e) for e in t.get("except", [])}
        return [e for e in rows if e not in skip]

    def function(self, key):
        return next(f for f in self.functions if f.key == key)

    @property
    def constructor(self):
        """The function the skeleton opens handles with: the first with exactly one out_handle."""
        return next((f for f in self.functions
                     if f.returns == "new_fd" and sum(p.role == "out_handle" for p in f.params) == 1), None)


def _validate_cached(path, data, schema):
    """Schema-check a loaded file, unless this very text passed before
    (codegen/cache.py; the key covers the schema through codegen's source)."""
    k = cache.key("schema", Path(path).read_bytes())
    if cache.get("schema", k) is True:
        return
    S.validate(data, schema)
    cache.put("schema", k, True)


class Spec:
    """Every spec file, loaded, validated and cross-checked."""

    def __init__(self, spec_dir):
        self.dir = Path(spec_dir)
        common_path = self.dir / "common.yaml"
        cdata = load_yaml(common_path, self._display(common_path))
        _validate_cached(common_path, cdata, S.COMMON_SCHEMA)
        self.common = Common(cdata)
        self.families = []
        paths = sorted(p for p in self.dir.glob("*.yaml") if p.name != "common.yaml")
        if not paths:
            raise SpecError(str(self.dir), "no family specs (*.yaml) found")
        for path in paths:
            disp = self._display(path)
            data = load_yaml(path, disp)
            _validate_cached(path, data, S.FAMILY_SCHEMA)
            self.families.append(Family(path, data, self.common, disp))
        self.families.sort(key=lambda f: (f.name not in FAMILY_ORDER_FIRST, f.name))
        fd = next((f for f in self.families if f.name == "fd"), None)
        if fd is None or not fd.kinds:
            raise SpecError(str(self.dir), "spec/fd.yaml with a 'kinds' list is required")
        self.kinds = fd.kinds
        kinds_by_name = {str(k["name"]): k for k in self.kinds}
        if list(kinds_by_name)[0] != "unknown":
            raise SpecError(_where(fd.data, "kinds"), "the first kind must be 'unknown'")
        for fam in self.families:
            if fam.kinds and fam is not fd:
                raise SpecError(_where(fam.data, "kinds"), "only spec/fd.yaml may list kinds")
            fam.resolve(kinds_by_name)
        self._check_unique()

    def _display(self, path):
        try:
            return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return str(path)

    def _check_unique(self):
        seen = {}
        for fam in self.families:
            for fn in fam.functions:
                if fn.cname in seen:
                    raise SpecError(fn.where, f"{fn.cname} is defined twice (also at {seen[fn.cname]})")
                seen[fn.cname] = fn.where

    # -- views used by the templates and the probe ---------------------------
    def functions(self):
        return [fn for fam in self.families for fn in fam.functions]

    def flagsets(self):
        return [fs for fam in self.families for fs in fam.flagsets.values()]

    def calls(self):
        return [c for fam in self.families for c in fam.calls]

    def inject_symbols(self):
        """(libc name, parsed prototype) of every function fdkit calls that a
        test can fail on purpose: wrapped prototypes and runtime `calls`, first
        mention wins; variadic ones are left to the harness's own wrappers."""
        out, seen = [], set()
        for f in self.functions() + self.calls():
            if not f.libc or f.proto is None or f.libc in seen:
                continue
            if any(n == "..." for n, _ in f.proto["params"]):
                continue
            seen.add(f.libc)
            glibc = str(getattr(f, "since", {}).get("glibc", "")) or None
            out.append((f.libc, f.proto, glibc))
        return sorted(out)

    # The variadic functions the fault-injection harness wraps by hand
    # (tests/inject/fdk-inject.c); inject_symbols() leaves them out.
    INJECT_HAND = ("fcntl", "ioctl", "mq_open", "open", "openat", "syscall")

    def inject_link_candidates(self):
        """Every function the injection harness wraps, whose link name the
        probe measures (a 32-bit glibc binds open to open64 and so on)."""
        return sorted({name for name, _p, _g in self.inject_symbols()} | set(self.INJECT_HAND))

    def measured(self):
        """Every constant the lock records: (name, kind, where), first mention wins."""
        out, seen = [], set()
        errnos = self.common.data["errnos"]
        for i, e in enumerate(self.common.errnos):
            out.append((e, "errno", errnos.where(i)))
            seen.add(e)
        for fam in self.families:
            for name, kind, where in fam.measured():
                if name not in seen:
                    seen.add(name)
                    out.append((name, kind, where))
        return out

    def headers(self):
        """Union of the families' headers, each family's order kept, first
        mention first, the libc's before the kernel's (order_headers)."""
        out = []
        for fam in self.families:
            for h in fam.headers:
                if h not in out:
                    out.append(h)
        return order_headers(out)

    def kernel_headers(self):
        """Union of the families' kernel_headers: the kernel's own translation unit."""
        out = []
        for fam in self.families:
            out += [h for h in fam.kernel_headers if h not in out]
        return out

    def kernel_names(self):
        """Constants of the families that name kernel_headers: the probe looks
        for these in the kernel's translation unit when the libc lacks them."""
        return {n for fam in self.families if fam.kernel_headers for n, _k, _w in fam.measured()}

    def fallbacks(self):
        """{name: ({arch or "default": value}, where)} over every family; two
        families giving one name different fallbacks is an error."""
        out = {}
        for fam in self.families:
            for name, (vals, where) in fam.fallbacks.items():
                if name in out and out[name][0] != vals:
                    raise SpecError(where, f"fallbacks: {name} differs from the fallback at {out[name][1]}")
                out.setdefault(name, (vals, where))
        return out

    def structs(self):
        out = []
        for fam in self.families:
            for name, s in fam.structs.items():
                out.append((str(name), s, fam, _where(fam.data["structs"], name)))
        return out

    def syscalls(self):
        out = []
        for fam in self.families:
            for i, s in enumerate(fam.syscalls):
                out.append((s, fam.data["syscalls"].where(i)))
        return out

    def kind_links(self):
        out = []
        for k in self.kinds:
            for pat in k.get("link", []):
                pat = str(pat)
                prefix = pat.endswith("*")
                out.append((pat[:-1] if prefix else pat, prefix, "FDK_FD_KIND_" + str(k["name"]).upper()))
        return out

