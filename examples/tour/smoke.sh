#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Smoke test for the tour example:  sh smoke.sh path/to/tour
#
# Runs the tour twice, stdout into a file and into a pipe (the splice to
# stdout takes a different way for each), and checks the exit status and,
# for every family the README lists, that a step heading names it
# ("N. family, ...: sentence") and that the step printed its result.  A step
# that says "skipped: why" passes only where skipping is allowed (the steps
# that need a pty, fanotify, message queues, pidfds or /dev/zero); the
# skips are listed on the "ok" line.
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

# step_of FAMILY: the lines of every step whose heading names FAMILY, heading included.
step_of() {
    awk -v fam="$1" '
        /^[0-9]+\. [a-z]+(, [a-z]+)*: / {
            h = $0
            sub(/^[0-9]+\. /, "", h)
            sub(/: .*/, "", h)
            n = split(h, f, ", ")
            on = 0
            for (i = 1; i <= n; i++)
                if (f[i] == fam)
                    on = 1
        }
        /^$/ { on = 0 }
        on { print }' "$out"
}

skips=
# want FAMILY SKIPPABLE TEXT: FAMILY's step exists and prints TEXT (or, if SKIPPABLE is
# "may-skip", "  skipped: ...").
want() {
    step_of "$1" >"$tmp/step"
    [ -s "$tmp/step" ] || fail "stdout into $how: no step heading names the $1 family"
    if grep -q -F -e "$3" "$tmp/step"; then
        return 0
    fi
    if [ "$2" = may-skip ] && grep -q '^  skipped: ' "$tmp/step"; then
        case " $skips " in *" $1 "*) ;; *) skips="$skips $1" ;; esac
        return 0
    fi
    fail "stdout into $how: the $1 step has no line with \"$3\""
}

check() { # check HOW: the output of one run
    how=$1
    # One line per family of the README, in its order.
    want fd          must '  stdout   fd 1: '
    want eventfd     must 'eventfd: counter was 3, 6 of 6 so far'
    want timerfd     must 'timer: 1 expiration(s), 5 so far'
    want epoll       must '  [EPOLLIN] timer: '
    want pipe        must ' bytes of capacity, '
    want fifo        must '  data: "through a named pipe"'
    want splice      must '  data: "file -> pipe -> stdout, moved inside the kernel"'
    want sendfile    must '  data: "sealed in memory, sent by sendfile"'
    want copy        must 'copied in by fdk_copy_all'
    want chardev     may-skip '/dev/zero (char_device): read 16 bytes, 16 of them zero'
    want file        must '  data: "hello written at offset 6"'
    want signal      must 'SIGUSR1 (SI_USER) from kill by pid '
    want signalfd    must 'SIGUSR2 (SI_QUEUE) from sigqueue by pid '
    want sigdispatch must '2 signal(s) dispatched: SIGUSR1 to its callback (1 call), SIGUSR2 to the IGNORE action'
    want pidfd       may-skip 'killed by SIGTERM'
    want memfd       must 'sealed F_SEAL_SEAL|F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE'
    want socket      must '  data: "via a passed fd"'
    want inotify     must '  tree: CREATE new/inside'
    want fanotify    may-skip '  fanotify: FAN_CREATE "seen-by-fanotify"'
    want mq          may-skip 'mq: 2 messages queued; "urgent" (priority 9) "routine" (priority 1)'
    want fdinfo      must '  fd 1: '
    want tty         may-skip '  after: 9600,8N1,none, raw, echo off'
    want tty         may-skip '  data: slave -> master "out\n"'
    # ...and the details around them.
    for line in \
        'timer disarmed' \
        '  epoll_add: fd is already registered (EEXIST) -> class exists' \
        'tcp: echoed "ping" back to 127.0.0.1:' \
        'fifo_open_write: no reader yet' \
        'tour complete'; do
        grep -q -F -e "$line" "$out" || fail "stdout into $how: no line with \"$line\""
    done
    case " $skips " in
    *" mq "*) ;;
    *) grep -q -F -e ': mq, O_RDWR|O_NONBLOCK|O_CLOEXEC' "$out" ||
        fail "stdout into $how: fdinfo did not list the open queue" ;;
    esac
    # Every heading names families and says something; every other line is indented.
    if grep -v -E -e '^$' -e '^  ' -e '^[0-9]+\. [a-z]+(, [a-z]+)*: [A-Za-z]' \
        -e '^fdkit tour: ' -e '^tour complete$' "$out" >"$tmp/stray"; then
        fail "stdout into $how: lines that are neither a heading nor indented: $(cat "$tmp/stray")"
    fi
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

if [ -n "$skips" ]; then
    echo "$name: ok (skipped here:$skips)"
else
    echo "$name: ok"
fi
exit 0
