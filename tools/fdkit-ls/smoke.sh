#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Smoke test for fdkit-ls:  sh smoke.sh path/to/fdkit-ls
#
# Lists a shell (a background `sleep`'s parent: this script) and fdkit-ls
# itself, as text and as JSON; checks the exit codes, that the JSON parses
# (with python3, when there is one: without it that check is skipped, not
# failed) and that the text form has a line for the shell's stdin.
# Exit status: 0 passed, 1 failed, 77 skipped (no /proc).

set -u

bin=${1:?usage: smoke.sh path/to/fdkit-ls}
name=tools.fdkit-ls-smoke

fail() {
    echo "$name: FAIL: $*" >&2
    exit 1
}

[ -x "$bin" ] || fail "$bin is not an executable"
[ -r /proc/self/fdinfo/0 ] || { echo "$name: SKIP: no /proc" >&2; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-ls-smoke.XXXXXX") || fail "mktemp -d failed"
trap 'rm -rf "$tmp"' EXIT

python=
if command -v python3 >/dev/null 2>&1 && python3 -c 'import json' 2>/dev/null; then
    python=python3
else
    echo "$name: note: no python3, the JSON is not parsed" >&2
fi

# The shell running this script, with a descriptor of its own to find.
exec 7<"$0"
for args in "--json $$" "--json" "--json --self" "--json -p $$ --self" "$$" "--self"; do
    # shellcheck disable=SC2086 # word splitting of args is meant
    "$bin" $args >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ "$rc" -eq 0 ] || fail "fdkit-ls $args: exit $rc: $(cat "$tmp/err")"
    [ -s "$tmp/out" ] || fail "fdkit-ls $args: no output"
    case $args in
    --json*)
        if [ -n "$python" ]; then
            "$python" - "$tmp/out" "$$" <<'PY' || fail "fdkit-ls $args: bad JSON: $(head -c 300 "$tmp/out")"
import json, sys
with open(sys.argv[1], "rb") as f:
    data = json.loads(f.read().decode("utf-8"))
assert isinstance(data, list) and data, "not a non-empty array"
for proc in data:
    assert isinstance(proc["pid"], int)
    assert proc["fds"], "no descriptors"
    for fd in proc["fds"]:
        assert isinstance(fd["fd"], int)
        assert "error" in fd or ("kind" in fd and "link" in fd and "flags" in fd), fd
shell = [p for p in data if p["pid"] == int(sys.argv[2])]
for p in shell:
    seven = [fd for fd in p["fds"] if fd["fd"] == 7]
    assert seven and seven[0]["kind"] == "regular", "the shell's fd 7 is not a regular file"
PY
        fi
        ;;
    *)
        grep -q '^  fd=0 ' "$tmp/out" || fail "fdkit-ls $args: no line for fd 0"
        ;;
    esac
done
exec 7<&-

"$bin" --bogus >/dev/null 2>&1
rc=$?
[ "$rc" -eq 2 ] || fail "fdkit-ls --bogus: exit $rc, want 2"
"$bin" -p 2147483647 >/dev/null 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "fdkit-ls -p 2147483647: exit $rc, want 1"
"$bin" --help | grep -q '^usage: fdkit-ls' || fail "fdkit-ls --help: no usage"

echo "$name: ok"
