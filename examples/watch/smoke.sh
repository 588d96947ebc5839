#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Smoke test for the watch example:  sh smoke.sh path/to/watch [-r]
#
# Starts `watch -n COUNT` on a scratch folder, waits for its "watching" line,
# makes, writes, renames and removes entries, waits (at most 10 s) for watch
# to exit by itself after COUNT events, and checks that every expected line
# was printed.  With -r: a tree watch, `mkdir -p a/b/c` and a file in c,
# which must be reported at its full path, then a rename inside the tree.
# Exit status: 0 passed, 1 failed (with what was missing), 77 skipped.

set -u

bin=${1:?usage: smoke.sh path/to/watch [-r]}
mode=${2:-}
name="examples.watch${mode:+$mode}"

fail() {
    echo "$name: FAIL: $*" >&2
    if [ -n "${out:-}" ] && [ -f "$out" ]; then
        echo "--- stdout of watch:" >&2
        cat "$out" >&2
        echo "--- stderr of watch:" >&2
        cat "$err" >&2
    fi
    exit 1
}

[ -x "$bin" ] || fail "$bin is not an executable"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-watch.XXXXXX") || fail "mktemp -d failed"
pid=
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

d="$tmp/d"
out="$tmp/out"
err="$tmp/err"
mkdir "$d" || fail "mkdir $d failed"
: >"$out"
: >"$err" # made before watch starts, so the waits below can read them at once

# has LINE-START: some line of stdout starts with the text (no pattern characters).
has() {
    awk -v s="$1" 'index($0, s) == 1 { found = 1 } END { exit !found }' "$out"
}

# wait_for WHAT FILE TEXT: up to 10 s for TEXT to start a line of FILE (while watch runs).
wait_for() {
    i=0
    while ! awk -v s="$3" 'index($0, s) == 1 { found = 1 } END { exit !found }' "$2"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid"
            rc=$?
            pid=
            if grep -q 'Function not implemented' "$err"; then
                echo "$name: SKIP: no inotify here" >&2
                exit 77
            fi
            fail "watch exited ($rc) before $1"
        fi
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "no $1 within 10 s"
        sleep 0.1
    done
}

# finish COUNT: watch must exit 0 by itself once it printed COUNT events.
finish() {
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "still running 10 s after the last change (expected $1 events)"
        sleep 0.1
    done
    wait "$pid"
    rc=$?
    pid=
    [ "$rc" -eq 0 ] || fail "watch exited with $rc, expected 0 after $1 events"
    lines=$(wc -l <"$out")
    [ "$lines" -eq "$1" ] || fail "$lines lines of output, expected $1"
}

expect() {
    has "$1" || fail "no line starting with \"$1\""
}

if [ "$mode" = "-r" ]; then
    # Only CREATE is certain once per entry in a new directory (a file made
    # before its directory's watch is found by the tree's scan instead, and
    # then its CLOSE_WRITE is not seen): count on CREATE, MOVE and DELETE.
    count=8
    "$bin" -r -n "$count" -e create,delete,moved_from,moved_to "$d" >"$out" 2>"$err" &
    pid=$!
    wait_for "ready line" "$err" "watch: watching"

    mkdir -p "$d/a/b/c" || fail "mkdir -p failed"
    : >"$d/a/b/c/file" || fail "creating a/b/c/file failed"
    # Every directory is watched once its file is reported: the rename is then seen as one.
    wait_for "CREATE of a/b/c/file" "$out" "$d/a/b/c/file CREATE"
    mv "$d/a/b/c/file" "$d/a/b/c/moved" || fail "mv failed"
    rm "$d/a/b/c/moved" || fail "rm failed"
    : >"$d/last" || fail "creating last failed"
    finish "$count"

    expect "$d/a CREATE|ISDIR"
    expect "$d/a/b CREATE|ISDIR"
    expect "$d/a/b/c CREATE|ISDIR"
    expect "$d/a/b/c/file CREATE"
    expect "$d/a/b/c/file MOVED_FROM cookie="
    expect "$d/a/b/c/moved MOVED_TO flags=RENAME cookie="
    grep -q "from=$d/a/b/c/file\$" "$out" || fail "the MOVED_TO does not say from=$d/a/b/c/file"
    expect "$d/a/b/c/moved DELETE"
    expect "$d/last CREATE"
else
    count=7
    "$bin" -n "$count" -e create,modify,close_write,delete,moved_from,IN_MOVED_TO "$d" \
        >"$out" 2>"$err" &
    pid=$!
    wait_for "ready line" "$err" "watch: watching"

    echo hello >"$d/file" || fail "writing file failed"
    mv "$d/file" "$d/moved" || fail "mv failed"
    rm "$d/moved" || fail "rm failed"
    mkdir "$d/sub" || fail "mkdir failed"
    finish "$count"

    expect "$d/file CREATE"
    expect "$d/file MODIFY"
    expect "$d/file CLOSE_WRITE"
    expect "$d/file MOVED_FROM cookie="
    expect "$d/moved MOVED_TO cookie="
    expect "$d/moved DELETE"
    expect "$d/sub CREATE|ISDIR"

    # Usage errors: exit 2 with a message naming the bad event.
    "$bin" -e create,bogus "$d" >/dev/null 2>"$err"
    rc=$?
    [ "$rc" -eq 2 ] || fail "-e create,bogus exited with $rc, expected 2"
    grep -q '"bogus"' "$err" || fail "-e create,bogus: the message does not name \"bogus\""
    "$bin" "$tmp/missing" >/dev/null 2>"$err"
    rc=$?
    [ "$rc" -eq 1 ] || fail "a missing path exited with $rc, expected 1"
    grep -q "$tmp/missing: No such file or directory" "$err" ||
        fail "a missing path: no \"No such file or directory\" with the path"
fi

echo "$name: ok ($count events)"
exit 0
