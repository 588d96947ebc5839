#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Smoke test for the tour example:  sh smoke.sh path/to/tour
#
# Runs the tour twice, stdout into a file and into a pipe (the splice to
# stdout takes a different way for each), and checks the exit status and
# that every part of the tour printed its result.
# Exit status: 0 passed, 1 failed (with what was missing).

set -u

bin=${1:?usage: smoke.sh path/to/tour}
name=examples.tour

fail() {
    echo "$name: FAIL: $*" >&2
    if [ -n "${out:-}" ] && [ -f "$out" ]; then
        echo "--- output of tour:" >&2
        cat "$out" >&2
    fi
    exit 1
}

[ -x "$bin" ] || fail "$bin is not an executable"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-tour.XXXXXX") || fail "mktemp -d failed"
reader=
cleanup() {
    [ -n "$reader" ] && kill "$reader" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

check() { # check HOW: the output of one run
    for want in \
        'opened an epoll, an eventfd (EFD_NONBLOCK) and a 20 ms timerfd' \
        '  eventfd  fd ' \
        '  epoll_add: fd is already registered (EEXIST) -> class exists' \
        'eventfd: counter was 3, 6 of 6 so far' \
        'timer: 1 expiration(s), 5 so far' \
        'timer disarmed' \
        '  (these bytes went file -> pipe -> stdout inside the kernel)' \
        'tcp: echoed "ping" back to 127.0.0.1:' \
        'unix: a pipe end crossed a socket pair; through it came "via a passed fd"' \
        'inotify: one read of ' \
        'tree: CREATE new/inside' \
        'fanotify: ' \
        'mq: 2 messages queued; "urgent" (priority 9) "routine" (priority 1)' \
        ': mq, O_RDWR|O_NONBLOCK|O_CLOEXEC' \
        'tour complete'; do
        grep -q -F -e "$want" "$out" || fail "stdout into $1: no line with \"$want\""
    done
}

# 1. stdout into a regular file.
out="$tmp/out-file"
"$bin" >"$out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "stdout into a file: exit status $rc, expected 0: $(cat "$tmp/err")"
check "a file"

# 2. stdout into a pipe (a FIFO keeps tour's own exit status in POSIX sh).
mkfifo "$tmp/fifo" || fail "mkfifo failed"
out="$tmp/out-pipe"
cat "$tmp/fifo" >"$out" &
reader=$!
"$bin" >"$tmp/fifo" 2>"$tmp/err"
rc=$?
wait "$reader"
reader=
[ "$rc" -eq 0 ] || fail "stdout into a pipe: exit status $rc, expected 0: $(cat "$tmp/err")"
check "a pipe"
grep -q -F -e '  stdout   fd 1: fifo' "$out" || grep -q -F -e '  stdout   fd 1: pipe' "$out" ||
    fail "stdout into a pipe: fd_kind did not say fifo or pipe for stdout"

echo "$name: ok"
exit 0
