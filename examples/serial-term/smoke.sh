#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Smoke test for the serial-term example:  sh smoke.sh path/to/serial-term
#
# 1. Usage: --help exits 0, a bad option, no device or a bad --line exit 2,
#    a missing device exits 1 naming it.
# 2. With socat (a null-modem cable between two pseudo-terminals, a and b):
#    - piped input reaches the far end and serial-term exits 0 at its end;
#    - bytes from the far end reach stdout, and SIGTERM ends the session
#      with 128 + 15;
#    - stdin from /dev/null ends the session with 0, and the default line
#      turns off the RTS/CTS an earlier run left on;
#    - stopping socat hangs the port up: "hung up", exit 1.
# Exit status: 0 passed, 1 failed (with what was missing), 77 when socat is
# not installed (after the usage checks passed).

set -u
[ -n "${FDKIT_SMOKE_TRACE:-}" ] && set -x

# A cross build's emulator that cannot do this (tests/emulator.cmake) says so.
if [ -n "${FDKIT_EMULATOR_LACKS:-}" ]; then
    echo "SKIP: under ${FDKIT_EMULATOR:-an emulator}: $FDKIT_EMULATOR_LACKS" >&2
    exit 77
fi

bin=${1:?usage: smoke.sh path/to/serial-term}
name=examples.serial-term

fail() {
    echo "$name: FAIL: $*" >&2
    for f in "${tmp:-/nonexistent}"/st-out "${tmp:-/nonexistent}"/st-err "${tmp:-/nonexistent}"/far; do
        if [ -s "$f" ]; then
            echo "--- ${f##*/}:" >&2
            cat "$f" >&2
        fi
    done
    exit 1
}

[ -x "$bin" ] || fail "$bin is not an executable"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-serial.XXXXXX") || fail "mktemp -d failed"
# The background processes still running (each is cleared once waited for).
socat='' far='' term=''
cleanup() {
    for p in $socat $far $term; do
        kill "$p" 2>/dev/null
    done
    exec 3>&-
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

# status WANT WHAT CMD...: run CMD (stdout to st-out, stderr to st-err), expect exit WANT.
status() {
    want=$1
    what=$2
    shift 2
    "$@" >"$tmp/st-out" 2>"$tmp/st-err" </dev/null
    rc=$?
    [ "$rc" -eq "$want" ] || fail "$what: exit status $rc, expected $want"
}

# --- 1. usage -------------------------------------------------------------------
status 0 "--help" "$bin" --help
grep -q '^usage: serial-term' "$tmp/st-out" || fail "--help: no usage on stdout"
status 2 "an unknown option" "$bin" --bogus /dev/null
grep -q '^usage: serial-term' "$tmp/st-err" || fail "an unknown option: no usage on stderr"
status 2 "no device" "$bin"
status 2 "two devices" "$bin" /dev/null /dev/null
status 2 "--line 9600,9O1" "$bin" --line 9600,9O1 "$tmp/none"
grep -q 'data bits' "$tmp/st-err" || fail "--line 9600,9O1: the message does not mention data bits"
status 1 "a missing device" "$bin" "$tmp/none"
grep -q -F "$tmp/none" "$tmp/st-err" || fail "a missing device: the message does not name it"

if ! command -v socat >/dev/null 2>&1; then
    echo "$name: SKIP: socat is not installed (the usage checks passed)" >&2
    exit 77
fi

# --- 2. a real session over a socat null-modem cable -----------------------------

# wait_file WHAT FILE TEXT: up to 10 s for FILE to hold TEXT.
wait_file() {
    i=0
    until [ -f "$2" ] && grep -q -F -e "$3" "$2"; do
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "no $1 within 10 s"
        sleep 0.1
    done
}

# wait_exit WHAT PID: up to 10 s for PID to end; its exit status goes to $rc.
wait_exit() {
    i=0
    while kill -0 "$2" 2>/dev/null; do
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "$1: still running after 10 s"
        sleep 0.1
    done
    wait "$2"
    rc=$?
}

# cable: a fresh socat between $tmp/a and $tmp/b (socat ends when one side is closed).
cable() {
    rm -f "$tmp/a" "$tmp/b"
    socat pty,raw,echo=0,link="$tmp/a" pty,raw,echo=0,link="$tmp/b" 2>"$tmp/socat-err" &
    socat=$!
    i=0
    until [ -e "$tmp/a" ] && [ -e "$tmp/b" ]; do
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "socat made no pseudo-terminals within 10 s: $(cat "$tmp/socat-err")"
        sleep 0.1
    done
}

# a. Piped input goes out of the port; end of input ends the session with 0.
cable
cat "$tmp/b" >"$tmp/far" &
far=$!
printf 'hello from the pipe\n' | "$bin" --line 9600,8N1 "$tmp/a" >"$tmp/st-out" 2>"$tmp/st-err"
rc=$?
[ "$rc" -eq 0 ] || fail "piped input: exit status $rc, expected 0"
grep -q -F "serial-term: $tmp/a at 9600" "$tmp/st-err" || fail "piped input: no \"$tmp/a at 9600\" line"
wait_file "\"hello from the pipe\" at the far end" "$tmp/far" "hello from the pipe"
kill "$far" "$socat" 2>/dev/null
wait "$far" "$socat" 2>/dev/null
far='' socat=''

# b. The far end's bytes reach stdout; SIGTERM ends the session with 143.
#    stdin is a FIFO held open on fd 3, so input never ends by itself.
mkfifo "$tmp/in" || fail "mkfifo failed"
exec 3<>"$tmp/in"
cable
: >"$tmp/st-out"
: >"$tmp/st-err" # emptied first: the wait below must not find the last run's lines
"$bin" "$tmp/a" <&3 >"$tmp/st-out" 2>"$tmp/st-err" &
term=$!
wait_file "ready line" "$tmp/st-err" "serial-term: $tmp/a at 115200"
printf 'hello from the far end\r\n' >"$tmp/b" || fail "writing to the far end failed"
wait_file "\"hello from the far end\" on stdout" "$tmp/st-out" "hello from the far end"
kill -TERM "$term"
wait_exit "after SIGTERM" "$term"
term=
[ "$rc" -eq 143 ] || fail "after SIGTERM: exit status $rc, expected 143"
grep -q 'SIGTERM, leaving' "$tmp/st-err" || fail "after SIGTERM: no \"SIGTERM, leaving\""

# d. stdin from /dev/null (epoll cannot watch it: read directly) is end of input at once: exit 0;
#    the default line clears the RTS/CTS flow control an earlier user left on.
kill "$socat" 2>/dev/null # b's cable
wait "$socat" 2>/dev/null
cable
if command -v stty >/dev/null 2>&1 && stty -F "$tmp/a" crtscts 2>/dev/null &&
    stty -F "$tmp/a" -a | grep -q -- ' crtscts'; then
    flow_left=1
else
    flow_left=0 # no stty, or this pty keeps no CRTSCTS: the exit status is still checked
fi
"$bin" "$tmp/a" </dev/null >"$tmp/st-out" 2>"$tmp/st-err"
rc=$?
[ "$rc" -eq 0 ] || fail "stdin from /dev/null: exit status $rc, expected 0"
grep -q -F "serial-term: $tmp/a at 115200,8N1,none" "$tmp/st-err" ||
    fail "stdin from /dev/null: no \"$tmp/a at 115200,8N1,none\" line"
if [ "$flow_left" = 1 ]; then
    stty -F "$tmp/a" -a | grep -q -- ' -crtscts' || fail "the default line left RTS/CTS flow control on"
fi
kill "$socat" 2>/dev/null
wait "$socat" 2>/dev/null
socat=''

# c. Stopping socat hangs the port up: serial-term says so and exits 1.
cable
: >"$tmp/st-out"
: >"$tmp/st-err" # emptied first: the wait below must not find the last run's lines
"$bin" "$tmp/a" <&3 >"$tmp/st-out" 2>"$tmp/st-err" &
term=$!
wait_file "ready line" "$tmp/st-err" "serial-term: $tmp/a at 115200"
kill "$socat"
wait "$socat" 2>/dev/null
socat=
wait_exit "after the hang-up" "$term"
term=
[ "$rc" -eq 1 ] || fail "after the hang-up: exit status $rc, expected 1"
grep -q 'hung up' "$tmp/st-err" || fail "after the hang-up: no \"hung up\""

echo "$name: ok"
exit 0
