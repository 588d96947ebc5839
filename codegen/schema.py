"""JSON Schema for spec files, and error messages that point at file:line.

The schema fixes the shape (keys, types, allowed words); cross-references
(flag-set names, errno names, prototype parameters) are checked in model.py.
spec/README.md documents every key listed here.
"""

import re

from .headers import ARCH_PREDICATES
from .loader import LDict, LList, LStr, SpecError, did_you_mean

IDENT = "^[a-z][a-z0-9_]*$"
CNAME = "^[A-Za-z_][A-Za-z0-9_]*$"
ARCHES = sorted(ARCH_PREDICATES)
ERRNO = "^E[A-Z0-9]+$"
FDKNAME = "^fdk_[a-z0-9_]+$"
OPTION_TYPES = ["bool", "int", "uint", "bytes", "usec", "linger", "errno", "cred", "u64", "string"]

ROLES = [
    "self", "out_handle", "borrowed_fd", "dir_fd", "consumed_fd", "flags", "enum", "value", "in_value",
    "in_ptr", "out_ptr", "inout_ptr", "in_array", "out_array", "inout_array", "in_buffer", "out_buffer",
    "count", "progress",
]
RETURN_KINDS = ["new_fd", "zero", "int", "count", "closed"]
EINTR = ["retry", "return", "never_retry", "not_applicable"]
BLOCKS = ["never", "unless_nonblocking", "always"]
# what a caller may do with a call at the same time as others (codegen/docs.py
# renders it into the man pages and docs/reference; spec/README.md defines them)
THREAD_SAFETY = ["async-signal-safe", "thread-safe", "not-thread-safe"]

# one call's thread safety: the level, and why (required for not-thread-safe:
# what must not be shared)
_thread_safety = {
    "type": "object",
    "additionalProperties": False,
    "required": ["level"],
    "properties": {
        "level": {"enum": THREAD_SAFETY},
        "why": {"type": "string", "minLength": 10},
    },
}

# a family's (or a header's) default thread safety, and the level of calls
# no function entry writes out (close, release, options, records) by C name
_thread_safety_default = {
    "type": "object",
    "additionalProperties": False,
    "required": ["default"],
    "properties": {
        "default": {"enum": THREAD_SAFETY},
        "why": {"type": "string", "minLength": 10},
        "functions": {
            "type": "object",
            "propertyNames": {"pattern": FDKNAME},
            "additionalProperties": _thread_safety,
        },
    },
}

_since = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "linux": {"type": "string", "pattern": r"^\d+\.\d+(\.\d+)?$"},
        "glibc": {"type": "string", "pattern": r"^\d+\.\d+$"},
    },
}

_errors = {
    "type": "object",
    "minProperties": 1,
    "propertyNames": {"pattern": ERRNO},
    "additionalProperties": {
        "type": "object",
        "additionalProperties": False,
        "required": ["class", "meaning"],
        "properties": {
            "class": {"type": "string"},
            "meaning": {"type": "string", "minLength": 3},
            # why no test drives this row (the errors.driven report shows it)
            "untested": {"type": "string", "minLength": 10},
        },
    },
}

_param = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "pattern": IDENT},
        "role": {"enum": ROLES},
        "type": {"type": "string", "minLength": 1},
        "set": {"type": "string", "pattern": IDENT},
        "handle": {"oneOf": [
            {"type": "string", "pattern": IDENT},
            {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"type": "string", "pattern": IDENT}},
        ]},
        "forbid": {"type": "array", "items": {"type": "string", "pattern": CNAME}},
        "nullable": {"type": "boolean"},
        # out_ptr the call writes only when it succeeds: passed straight through (no local
        # copy), so an unwritable pointer is the kernel's -EFAULT instead of a crash
        "direct": {"type": "boolean"},
        "count": {"type": "string", "pattern": IDENT},
        "size": {"type": "string", "pattern": IDENT},
        "max": {"type": "string", "pattern": CNAME},
        "doc": {"type": "string"},
    },
}

_function = {
    "type": "object",
    "additionalProperties": False,
    "required": ["doc", "params", "returns", "blocks", "eintr", "errors"],
    "properties": {
        "doc": {"type": "string", "minLength": 3},
        "name": {"type": "string", "pattern": FDKNAME},
        "impl": {"enum": ["generated", "runtime", "core"]},
        # impl: core - the call of a handwritten fdk__ core the generated body makes
        "core": {"type": "string", "minLength": 3},
        "validate": {"type": "boolean"},
        "returns_doc": {"type": "string"},
        "libc": {"type": "string", "pattern": CNAME},
        "prototype": {"type": "string", "minLength": 5},
        "params": {"type": "array", "items": _param},
        "locals": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "type"],
                "properties": {
                    "name": {"type": "string", "pattern": IDENT},
                    "type": {"type": "string"},
                    "init": {"type": "object", "additionalProperties": {"type": "string"}},
                },
            },
        },
        # prototype parameter -> expression; a variadic call's "..." takes one
        # expression, or a list of them ([] for a call with no variadic argument)
        "pass": {
            "type": "object",
            "properties": {"...": {"oneOf": [
                {"type": "string"},
                {"type": "array", "items": {"type": "string", "minLength": 1}},
            ]}},
            "additionalProperties": {"type": "string"},
        },
        "checks": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["if", "errno", "why"],
                "properties": {
                    "if": {"type": "string"},
                    "errno": {"type": "string", "pattern": ERRNO},
                    "why": {"type": "string"},
                    # over several handles: the ones this check applies to
                    "handles": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": IDENT}},
                },
            },
        },
        "returns": {
            "oneOf": [
                {"enum": RETURN_KINDS},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["kind", "buffer"],
                    "properties": {"kind": {"const": "exact"}, "buffer": {"type": "string", "pattern": IDENT}},
                },
            ]
        },
        "blocks": {"enum": BLOCKS},
        "eintr": {"enum": EINTR},
        "since": _since,
        "thread_safety": _thread_safety,
        # a short, complete C program for the man page's EXAMPLES section
        "example": {"type": "string", "minLength": 20},
        # manual pages of the calls this one makes ("connect(2), poll(2)"), for SEE ALSO
        "man": {"type": "string", "pattern": r"^[A-Za-z0-9_.-]+\([0-9a-z]+\)(, [A-Za-z0-9_.-]+\([0-9a-z]+\))*$"},
        "errors": _errors,
        # creates descriptors of its own (a /proc file, an internal pipe): the
        # exhaustion sweep (tests.exhaust) covers it like a constructor
        "opens_fds": {"type": "boolean"},
        # readv/writev on any descriptor: scan the iovec array first; a NULL
        # base with a length is -EINVAL, and when every buffer is empty no
        # system call is made (on a datagram socket it would drop a message)
        "scan_iov": {"type": "boolean"},
    },
}

# One try shape of a function's exhaustion sweep (tests.exhaust): C lines
# around the call, which runs with 0, 1, 2... free descriptor slots.
_exhaust_try = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "doc": {"type": "string", "minLength": 3},
        "setup": {"type": "array", "items": {"type": "string"}},
        "args": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
        "call": {"type": "string", "minLength": 3},
        "ok": {"type": "array", "items": {"type": "string"}},
        "fail": {"type": "array", "items": {"type": "string"}},
        "teardown": {"type": "array", "items": {"type": "string"}},
        "skip": {"type": "string", "minLength": 10},
    },
}

# One way to reach a libc call of a function (tests.drive): every listed row
# (default: all of them, minus except) injected into `from` must come back
# as itself, with the out-parameters untouched and nothing left open.
_drive_try = {
    "type": "object",
    "additionalProperties": False,
    "required": ["from"],
    "properties": {
        "doc": {"type": "string", "minLength": 3},
        "from": {"type": "string", "pattern": CNAME},
        "nth": {"type": "integer", "minimum": 1},
        "errnos": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": ERRNO}},
        "except": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": ERRNO}},
        "setup": {"type": "array", "items": {"type": "string"}},
        "args": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
        "call": {"type": "string", "minLength": 3},
        "fail": {"type": "array", "items": {"type": "string"}},
        "teardown": {"type": "array", "items": {"type": "string"}},
    },
}

_member = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "doc"],
    "properties": {
        "name": {"type": "string", "pattern": CNAME},
        "fdk_name": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
        "doc": {"type": "string"},
        "always": {"type": "boolean"},
        "nonblock": {"type": "boolean"},
        "cloexec": {"type": "boolean"},
        "o_flag": {"type": "boolean"},
        "requires": {"type": "array", "items": {"type": "string", "pattern": CNAME}},
        "only_with": {"type": "array", "items": {"type": "string", "pattern": CNAME}},
        "only_on": {"type": "array", "items": {"type": "string", "pattern": IDENT}},
        "bit": {"type": "integer", "minimum": 0, "maximum": 63},
        "output_only": {"type": "boolean"},
        "excludes": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": CNAME}},
        # a multi-bit field: `name` is the header's mask, `values` the names it may
        # hold (mutually exclusive), `shift` the header's shift when the mask is unshifted
        "shift": {"type": "string", "pattern": CNAME},
        "values": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "doc"],
                "properties": {
                    "name": {"type": "string", "pattern": CNAME},
                    "fdk_name": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
                    "doc": {"type": "string"},
                    "since": _since,
                },
            },
        },
        "since": _since,
    },
}

_checks = {
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["if", "errno", "why"],
        "properties": {
            "if": {"type": "string"},
            "errno": {"type": "string", "pattern": ERRNO},
            "why": {"type": "string"},
        },
    },
}

# A stream of variable-length records the kernel returns from one read
# (inotify events, fanotify events and their info records).
_record = {
    "type": "object",
    "additionalProperties": False,
    "required": ["doc", "struct", "length", "fields"],
    "properties": {
        "doc": {"type": "string", "minLength": 3},
        "name": {"type": "string", "pattern": FDKNAME},
        "type": {"type": "string", "pattern": FDKNAME},
        "struct": {"type": "string", "pattern": CNAME},
        "length": {
            "type": "object",
            "additionalProperties": False,
            "required": ["member", "covers"],
            "properties": {
                "member": {"type": "string", "pattern": CNAME},
                "covers": {"enum": ["payload", "record"]},
            },
        },
        "offset": {"type": "string", "pattern": CNAME},
        "align": {"type": "integer", "minimum": 1, "maximum": 64},
        "fields": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "from", "doc"],
                "properties": {
                    "name": {"type": "string", "pattern": IDENT},
                    "from": {"type": "string", "pattern": CNAME},
                    "type": {"type": "string", "minLength": 1},
                    "set": {"type": "string", "pattern": IDENT},
                    "doc": {"type": "string"},
                },
            },
        },
        "payload": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name", "kind", "doc"],
            "properties": {
                "name": {"type": "string", "pattern": IDENT},
                "kind": {"enum": ["string", "bytes"]},
                "records": {"type": "string", "pattern": IDENT},
                "doc": {"type": "string"},
            },
        },
        "extra": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["decl", "doc"],
                "properties": {"decl": {"type": "string", "minLength": 3}, "doc": {"type": "string"}},
            },
        },
        "decode": {"const": "runtime"},
        "sample": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
        "checks": _checks,
        "errors": _errors,
        "since": _since,
    },
}

_handle = {
    "type": "object",
    "additionalProperties": False,
    "required": ["kind", "doc"],
    "properties": {
        "kind": {"type": "string", "pattern": IDENT},
        "doc": {"type": "string"},
        "borrowable": {"type": "boolean"},
        "type": {"type": "string", "pattern": FDKNAME},
        "state": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["decl", "doc"],
                "properties": {"decl": {"type": "string", "minLength": 3}, "doc": {"type": "string"}},
            },
        },
        "close": {"enum": ["generated", "runtime", "core"]},
        # close: core - the calls the generated close and release make
        "core": {
            "type": "object",
            "additionalProperties": False,
            "required": ["close", "release"],
            "properties": {"close": {"type": "string", "minLength": 3},
                           "release": {"type": "string", "minLength": 3}},
        },
        "messages": {"type": "boolean"},
        "view": {"type": "string", "pattern": IDENT},
    },
}

_option = {
    "type": "object",
    "additionalProperties": False,
    "required": ["doc", "level", "opt", "type"],
    "properties": {
        "doc": {"type": "string", "minLength": 3},
        "level": {"type": "string", "pattern": CNAME},
        "opt": {"type": "string", "pattern": CNAME},
        "type": {"enum": OPTION_TYPES},
        "access": {"enum": ["rw", "get", "set"]},
        "min": {"type": ["string", "integer"]},
        "max": {"type": ["string", "integer"]},
        # string options: the longest name the kernel takes, in bytes without the NUL
        "max_len": {"type": "integer", "minimum": 1, "maximum": 255},
        "since": _since,
        "errors": _errors,      # the setter's own rows (a get-only option's: the getter's)
        "get_errors": _errors,  # the getter's own rows
    },
}

FAMILY_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    # x-... keys hold YAML anchors shared by several functions (errno tables)
    "patternProperties": {"^x-[a-z0-9-]+$": {}},
    "required": ["schema", "family", "doc", "headers", "functions", "thread_safety"],
    "properties": {
        "schema": {"const": "fdspec/1"},
        "family": {"type": "string", "pattern": IDENT},
        "doc": {"type": "string", "minLength": 3},
        "man": {"type": "string"},
        # the family's default thread safety, and the level of calls the spec
        # does not write out (close, release, options, records) by C name
        "thread_safety": _thread_safety_default,
        "since": _since,
        "headers": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": r"^[A-Za-z0-9_/.+-]+\.h$"}},
        # kernel UAPI headers that cannot share a file with the libc's (linux/tcp.h
        # redefines netinet/tcp.h's structs): measured in a translation unit of their own
        "kernel_headers": {"type": "array", "minItems": 1,
                           "items": {"type": "string", "pattern": r"^(linux|asm|asm-generic)/[A-Za-z0-9_/.+-]+\.h$"}},
        # values for constants newer than the installed headers, used only where they lack the name
        "fallbacks": {
            "type": "object",
            "propertyNames": {"pattern": CNAME},
            "additionalProperties": {
                "oneOf": [
                    {"type": "integer"},
                    {"type": "object", "minProperties": 1,
                     "propertyNames": {"enum": ["default"] + ARCHES},
                     "additionalProperties": {"type": "integer"}},
                ],
            },
        },
        # constants under the family's prefixes that it deliberately leaves out, with why
        "coverage": {
            "type": "object",
            "additionalProperties": False,
            "required": ["prefixes"],
            "properties": {
                "prefixes": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": r"^[A-Z][A-Z0-9_]*$"}},
                "ignored": {
                    "type": "object",
                    # a name, or a prefix ending in * (TCP_CA_*: one reason for a group)
                    "propertyNames": {"pattern": r"^[A-Z][A-Z0-9_]*\*?$"},
                    "additionalProperties": {"type": "string", "minLength": 3},
                },
            },
        },
        "handle": _handle,
        "handles": {
            "type": "object",
            "minProperties": 2,
            "propertyNames": {"pattern": IDENT},
            "additionalProperties": _handle,
        },
        "kinds": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "doc"],
                "properties": {
                    "name": {"type": "string", "pattern": IDENT},
                    "link": {"type": "array", "items": {"type": "string", "minLength": 1}},
                    "doc": {"type": "string"},
                },
            },
        },
        "flagsets": {
            "type": "object",
            "propertyNames": {"pattern": IDENT},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["doc", "type", "members"],
                "properties": {
                    "doc": {"type": "string"},
                    "type": {"enum": ["int", "unsigned int", "uint32_t", "uint64_t"]},
                    "strip": {"type": "string", "pattern": CNAME},
                    "output_only": {"type": "boolean"},
                    "members": {"type": "array", "minItems": 1, "items": _member},
                },
            },
        },
        "enums": {
            "type": "object",
            "propertyNames": {"pattern": IDENT},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["doc", "type", "members"],
                "properties": {
                    "doc": {"type": "string"},
                    "type": {"type": "string"},
                    "members": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": CNAME}},
                },
            },
        },
        "constants": {"type": "array", "items": {"type": "string", "pattern": CNAME}},
        "structs": {
            "type": "object",
            "propertyNames": {"pattern": CNAME},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["members"],
                "properties": {
                    "members": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["name", "type"],
                            "properties": {"name": {"type": "string", "pattern": CNAME}, "type": {"type": "string"}},
                        },
                    }
                },
            },
        },
        "syscalls": {"type": "array", "items": {"type": "string", "pattern": IDENT}},
        "records": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": IDENT},
            "additionalProperties": _record,
        },
        "calls": {"type": "array", "items": {"type": "string", "minLength": 5}},
        "options": {
            "type": "object",
            "additionalProperties": False,
            "required": ["handle", "errors", "members"],
            "properties": {
                "handle": {"type": "string", "pattern": IDENT},
                "errors": _errors,
                "members": {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"pattern": IDENT},
                    "additionalProperties": _option,
                },
            },
        },
        "functions": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": IDENT},
            "additionalProperties": _function,
        },
        "tests": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "open_args": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
                "globals": {"type": "array", "items": {"type": "string"}},
                "setup": {"type": "array", "items": {"type": "string"}},
                "args": {
                    "type": "object",
                    "propertyNames": {"pattern": IDENT},
                    "additionalProperties": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
                },
                "teardown": {"type": "array", "items": {"type": "string"}},
                "inject": {"type": "boolean"},
                # the descriptor exhaustion sweep of each function that creates
                # descriptors (tests/fdk-exhaust.h): C lines around one try
                "exhaust": {
                    "type": "object",
                    "propertyNames": {"pattern": IDENT},
                    "additionalProperties": {"oneOf": [
                        _exhaust_try,
                        {"type": "array", "minItems": 1, "items": _exhaust_try},
                    ]},
                },
                # errno rows of (mostly runtime) functions driven by injecting
                # each into the libc call that produces it (tests/inject/)
                "drive": {
                    "type": "object",
                    "propertyNames": {"pattern": IDENT},
                    "additionalProperties": {"oneOf": [
                        _drive_try,
                        {"type": "array", "minItems": 1, "items": _drive_try},
                    ]},
                },
                "errno_cases": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["function", "errno", "doc"],
                        "properties": {
                            "function": {"type": "string", "pattern": IDENT},
                            "errno": {"type": "string", "pattern": ERRNO},
                            "args": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
                            "open_args": {"type": "object", "additionalProperties": {"type": ["string", "integer"]}},
                            "doc": {"type": "string"},
                        },
                    },
                },
            },
        },
    },
}

COMMON_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["schema", "common", "error_classes", "eintr_policies", "errnos"],
    "properties": {
        "schema": {"const": "fdspec/1"},
        "common": {"const": True},
        "error_classes": {"type": "object", "propertyNames": {"pattern": IDENT}, "additionalProperties": {"type": "string"}},
        "eintr_policies": {"type": "object", "additionalProperties": {"type": "string"}},
        "errnos": {"type": "array", "items": {"type": "string", "pattern": ERRNO}, "uniqueItems": True},
        # Exported functions that no family spec declares (errors.h, flags.h,
        # socket-types.h, ...): their man pages come from the doc comment above
        # the declaration; this gives each header's thread safety (a default,
        # and per-function levels) and what SEE ALSO adds.
        "header_functions": {
            "type": "object",
            "propertyNames": {"pattern": r"^fdkit/[a-z0-9-]+\.h$"},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["thread_safety"],
                "properties": {
                    "thread_safety": _thread_safety_default,
                    "see_also": {"type": "array", "items": {"type": "string", "pattern": r"^[A-Za-z0-9_.+-]+\([0-9a-z]+\)$"}},
                },
            },
        },
    },
}


def _node_at(data, path):
    """Walk `path` into the loaded YAML; return (deepest located node, last key)."""
    node, key = data, None
    for step in path:
        if isinstance(node, (LDict, LList)):
            try:
                child = node[step]
            except (KeyError, IndexError, TypeError):
                return node, step
            if isinstance(child, (LDict, LList)):
                node, key = child, None
            else:
                return node, step
        else:
            break
    return node, key


def _path_text(path):
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(top level)"


def _schema_at(schema, path):
    """The sub-schema that applies at `path` (best effort, for 'allowed' lists)."""
    for step in path:
        if not isinstance(schema, dict):
            return {}
        if isinstance(step, int):
            schema = schema.get("items", {})
        elif step in schema.get("properties", {}):
            schema = schema["properties"][step]
        else:
            schema = schema.get("additionalProperties", {})
    return schema if isinstance(schema, dict) else {}


def _unknown_keys(error):
    """The keys an additionalProperties error is about: neither listed nor
    matching a patternProperties pattern (x-... anchors)."""
    props = error.schema.get("properties", {})
    patterns = list(error.schema.get("patternProperties", {}))
    return [k for k in error.instance
            if k not in props and not any(re.search(pat, k) for pat in patterns)]


def _describe(error, data, schema):
    """[(where, message)] for one validation error (an unknown-key error
    gives one per unknown key)."""
    path = list(error.absolute_path)
    node, key = _node_at(data, path)
    where = node.where(key) if hasattr(node, "where") else "?"
    at = _path_text(path)
    v = error.validator
    if v == "additionalProperties":
        props = sorted(error.schema.get("properties", {}))
        allowed = ", ".join(props)
        out = []
        for bad in _unknown_keys(error) or ["?"]:
            w = error.instance.where(bad) if hasattr(error.instance, "where") else where
            at_key = _path_text(path + [bad])
            out.append((w, f"{at_key}: unknown key '{bad}' (allowed: {allowed}){did_you_mean(bad, props)}"))
        return out
    if v == "required":
        return [(where, f"{at}: {error.message.replace('is a required property', 'is required but missing')}")]
    if v == "enum":
        allowed = ", ".join(str(x) for x in error.validator_value)
        return [(where, f"{at}: '{error.instance}' is not allowed here (allowed: {allowed})"
                        f"{did_you_mean(error.instance, error.validator_value)}")]
    if v == "const":
        return [(where, f"{at}: must be {error.validator_value!r}, found {error.instance!r}")]
    if v == "pattern":
        if list(error.absolute_schema_path)[-2:-1] == ["propertyNames"]:
            # a key that breaks propertyNames: jsonschema's path ends at the
            # mapping, the key (an LStr) knows its own line
            kw = error.instance.where() if isinstance(error.instance, LStr) else where
            return [(kw, f"{at}: key '{error.instance}' does not match {error.validator_value}")]
        return [(where, f"{at}: '{error.instance}' does not match {error.validator_value}")]
    if v == "type":
        return [(where, f"{at}: expected {error.validator_value}, found {type(error.instance).__name__} "
                        f"{error.instance!r}")]
    if v == "oneOf":
        sub = _schema_at(schema, path)
        kinds = [s.get("enum") or s.get("properties", {}).get("kind", {}).get("const") for s in sub.get("oneOf", [])]
        return [(where, f"{at}: {error.instance!r} is not valid here (expected one of {kinds})")]
    return [(where, f"{at}: {error.message}")]


def validate(data, schema):
    """Validate one loaded spec; raise one SpecError listing every problem
    (in line order, up to loader.MAX_PROBLEMS)."""
    import jsonschema  # only when a file is not known good (codegen/cache.py): the import is slow

    validator = jsonschema.Draft7Validator(schema)
    problems = [p for e in validator.iter_errors(data) for p in _describe(e, data, schema)]
    if problems:
        raise SpecError.several(problems)
