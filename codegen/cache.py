"""An on-disk cache of what codegen can always recompute.

Schema verdicts, the header checks' results and compiled templates are
kept under a key that hashes everything the result depends on, codegen's
own source included, so a stale entry cannot be found: a change to a spec,
a header, the compiler's output or codegen itself gives another key.  Only
successes are stored (a failure is always recomputed, so its message is
fresh), and the cache is never required: an unwritable or missing folder
just means recomputing.

Where: $FDKIT_CODEGEN_CACHE (empty or "off": no cache), else
$XDG_CACHE_HOME/fdkit-codegen, else ~/.cache/fdkit-codegen.

Within one process every entry read or written is also kept in memory (the
pickled bytes, under the folder and the key), so a process that runs codegen
many times - the unit tests do, ~150 times - reads each entry from disk once.
Each get() unpickles a fresh copy: a caller may change what it gets.  With
caching off there is no memory layer either.  forget() empties it (a test
that wants to see the disk used).
"""

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    import jinja2

_code_hash: Optional[str] = None

# (folder, kind, key) -> pickled value: the in-process layer over the folder
_memo: dict[tuple[str, str, str], bytes] = {}
_memo_bytes = 0
MEMO_MAX_BYTES = 256 * 1024 * 1024  # a full spec tree's entries are ~1 MiB; past this, start again


def directory() -> Optional[Path]:
    """The cache folder, or None when caching is off."""
    env = os.environ.get("FDKIT_CODEGEN_CACHE")
    if env is not None:
        return None if env in ("", "off") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "fdkit-codegen"


def _code() -> str:
    """Hash of codegen's sources and templates: a new codegen never reads an old entry."""
    global _code_hash
    if _code_hash is None:
        h = hashlib.sha256()
        here = Path(__file__).parent
        for p in sorted(list(here.glob("*.py")) + list((here / "templates").glob("*.j2"))):
            h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
        _code_hash = h.hexdigest()
    return _code_hash


def key(*parts: object) -> str:
    """A key over codegen's own source and the given str/bytes parts."""
    h = hashlib.sha256(_code().encode())
    for part in parts:
        b = part if isinstance(part, bytes) else str(part).encode()
        h.update(len(b).to_bytes(8, "little") + b)
    return h.hexdigest()


def get(kind: str, k: str, disk: bool = True) -> object:
    """The stored value, or None (absent, unreadable, damaged or caching off);
    what it is depends on who stored it: check it before use.  disk=False:
    only what this process stored (put(..., disk=False))."""
    d = directory()
    if d is None:
        return None
    mk = (str(d), kind, k)
    raw = _memo.get(mk)
    try:
        if raw is None:
            if not disk:
                return None
            with open(d / kind / k, "rb") as f:
                raw = f.read()
            value = pickle.loads(raw)
            _remember(mk, raw)
            return value
        return pickle.loads(raw)
    except Exception:  # absent, unreadable or damaged: recompute
        return None


def put(kind: str, k: str, value: object, disk: bool = True) -> None:
    """Store value (picklable); disk=False: for this process only (what is
    cheap to recompute once per process but would only fill the folder)."""
    d = directory()
    if d is None:
        return
    raw = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    _remember((str(d), kind, k), raw)
    if not disk:
        return
    try:
        (d / kind).mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=d / kind, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
        os.replace(tmp, d / kind / k)
    except OSError:
        pass


def _remember(mk: tuple[str, str, str], raw: bytes) -> None:
    global _memo_bytes
    if _memo_bytes + len(raw) > MEMO_MAX_BYTES:
        forget()
    if mk not in _memo:
        _memo[mk] = raw
        _memo_bytes += len(raw)


def forget() -> None:
    """Empty the in-process layer: the next get() reads the disk."""
    global _memo_bytes
    _memo.clear()
    _memo_bytes = 0


def jinja_bytecode_cache() -> Optional["jinja2.FileSystemBytecodeCache"]:
    """A Jinja2 bytecode cache in the cache folder, or None."""
    d = directory()
    if d is None:
        return None
    try:
        import jinja2
        (d / "jinja").mkdir(parents=True, exist_ok=True)
        return jinja2.FileSystemBytecodeCache(str(d / "jinja"))
    except OSError:
        return None
