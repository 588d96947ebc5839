#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Smoke test for the echo-server example:
#     sh smoke.sh path/to/echo-server path/to/echo-client
#
# 1. Usage: -h exits 0, a bad option, a bad -w or -a exit 2.
# 2. A server with 2 workers on a port the kernel picks:
#    - messages come back, from several clients at once;
#    - a worker killed with SIGKILL is reported, reaped and replaced, and
#      the new one serves too;
#    - SIGTERM: every worker reports it stopped with status 0, the server
#      exits 0, and no worker process is left.
# 3. The same with SIGINT (which a shell ignores in background jobs: the
#    server has it blocked and reads it from its signalfd all the same).
# Every wait has a deadline; on any way out, whatever is still running of
# the server and its workers is killed.
# Exit status: 0 passed, 1 failed (with the server's output).

set -u
[ -n "${FDKIT_SMOKE_TRACE:-}" ] && set -x

# A cross build's emulator that cannot do this (tests/emulator.cmake) says so.
if [ -n "${FDKIT_EMULATOR_LACKS:-}" ]; then
    echo "SKIP: under ${FDKIT_EMULATOR:-an emulator}: $FDKIT_EMULATOR_LACKS" >&2
    exit 77
fi

server=${1:?usage: smoke.sh path/to/echo-server path/to/echo-client}
client=${2:?usage: smoke.sh path/to/echo-server path/to/echo-client}
name=examples.echo-server

srv='' workers='' out=''
fail() {
    echo "$name: FAIL: $*" >&2
    for f in "$out" "${out%.out}.err"; do
        if [ -n "$f" ] && [ -s "$f" ]; then
            echo "--- ${f##*/}:" >&2
            cat "$f" >&2
        fi
    done
    exit 1
}

[ -x "$server" ] || fail "$server is not an executable"
[ -x "$client" ] || fail "$client is not an executable"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-echo.XXXXXX") || fail "mktemp -d failed"
cleanup() {
    # The server first (its workers get SIGTERM through PR_SET_PDEATHSIG), then each worker seen.
    [ -n "$srv" ] && kill -KILL "$srv" 2>/dev/null
    for p in $workers; do
        kill -KILL "$p" 2>/dev/null
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' HUP INT TERM

# status WANT WHAT CMD...: run CMD, expect exit WANT.
status() {
    want=$1
    what=$2
    shift 2
    "$@" >"$tmp/st-out" 2>"$tmp/st-err" </dev/null
    rc=$?
    [ "$rc" -eq "$want" ] || fail "$what: exit status $rc, expected $want: $(cat "$tmp/st-err")"
}

# wait_for WHAT PATTERN: wait up to 10 s for a line of the server's output matching PATTERN (grep -E).
wait_for() {
    i=0
    while ! grep -q -E -e "$2" "$out"; do
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "no \"$1\" within 10 s (no line matching $2)"
        sleep 0.1
    done
}

# started N: the pids of the workers started so far in slot N, one a line.
started() {
    sed -n "s/^worker $1 started: pid \\([0-9][0-9]*\\)\$/\\1/p" "$out"
}

# echo_ok MESSAGE: the client gets MESSAGE back (the client itself gives up after 5 s).
echo_ok() {
    "$client" "$addr" "$1" >"$tmp/reply" 2>"$tmp/reply-err" </dev/null ||
        fail "echo of \"$1\": $(cat "$tmp/reply-err")"
    [ "$(cat "$tmp/reply")" = "$1" ] || fail "echo of \"$1\" came back as \"$(cat "$tmp/reply")\""
}

# start RUN: a server with 2 workers, output in RUN.out; sets srv, addr and workers.
start() {
    out="$tmp/$1.out"
    : >"$out" # there before the first look, whenever the background job opens it
    "$server" -w 2 >"$out" 2>"$tmp/$1.err" </dev/null &
    srv=$!
    wait_for "listening" '^echo-server: listening on '
    addr=$(sed -n 's/^echo-server: listening on \([^ ]*\) .*/\1/p' "$out")
    [ -n "$addr" ] || fail "no address in the listening line"
    wait_for "worker 1 started" '^worker 1 started: pid [0-9]+$'
    wait_for "worker 2 started" '^worker 2 started: pid [0-9]+$'
    workers="$workers $(started 1) $(started 2)"
}

# running PID: the process exists and has not exited (a child the shell has not waited for yet
# stays a zombie, which kill -0 still reaches).
running() {
    [ -r "/proc/$1/stat" ] || return 1
    state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)
    [ -n "$state" ] && [ "$state" != Z ]
}

# stop SIGNAL: send it to the server, which must exit 0 within 10 s, every worker stopped and gone.
stop() {
    kill "-$1" "$srv" || fail "the server is not running before SIG$1"
    i=0
    while running "$srv"; do
        i=$((i + 1))
        [ "$i" -le 100 ] || fail "the server has not stopped 10 s after SIG$1"
        sleep 0.1
    done
    wait "$srv"
    rc=$?
    srv=''
    [ "$rc" -eq 0 ] || fail "exit status $rc after SIG$1, expected 0"
    grep -q "^echo-server: SIG$1: stopping 2 worker(s)\$" "$out" || fail "no \"SIG$1: stopping 2 worker(s)\" line"
    grep -q '^echo-server: stopped; every worker exited 0 and was reaped$' "$out" ||
        fail "no line saying every worker exited 0 and was reaped"
    for n in 1 2; do
        p=$(started $n | tail -n 1)
        grep -q -E "^worker $n \\(pid $p\\) stopped: .*exited with status 0\$" "$out" ||
            fail "worker $n (pid $p) was not reported stopped with status 0"
    done
    for p in $workers; do
        # reaped by the server, so gone: kill -0 fails (a zombie would still take it)
        if kill -0 "$p" 2>/dev/null; then
            fail "worker pid $p is still there after the server exited"
        fi
    done
    workers=''
}

# --- 1. usage -----------------------------------------------------------------------
status 0 "-h" "$server" -h
grep -q '^usage: echo-server' "$tmp/st-out" || fail "-h: no usage on stdout"
status 2 "an unknown option" "$server" -x
status 2 "-w 0" "$server" -w 0
status 2 "-w 17" "$server" -w 17
status 2 "-a bogus" "$server" -a bogus
status 2 "an argument" "$server" extra

# --- 2. echo, a worker killed and replaced, SIGTERM ---------------------------------
start term
echo_ok "hello, fdkit"
pids=''
for i in 1 2 3 4 5 6; do
    "$client" "$addr" "client $i of 6" >"$tmp/c$i" 2>&1 </dev/null &
    pids="$pids $!"
done
for p in $pids; do
    wait "$p" || fail "one of 6 clients at once failed: $(cat "$tmp"/c*)"
done

victim=$(started 1)
kill -KILL "$victim" || fail "cannot kill worker 1 (pid $victim)"
wait_for "worker 1 died" "^worker 1 \\(pid $victim\\) died unexpectedly: .*killed by SIGKILL; restarting\$"
i=0
while [ "$(started 1 | wc -l)" -lt 2 ]; do
    i=$((i + 1))
    [ "$i" -le 100 ] || fail "worker 1 was not started again within 10 s"
    sleep 0.1
done
new=$(started 1 | tail -n 1)
[ "$new" != "$victim" ] || fail "the new worker 1 has the old pid"
workers="$workers $new"
kill -0 "$victim" 2>/dev/null && fail "the killed worker (pid $victim) was not reaped"
# Whichever worker takes them, every connection is still served.
for i in 1 2 3 4; do
    echo_ok "after the restart, $i"
done
stop TERM

# --- 3. SIGINT ----------------------------------------------------------------------
start int
echo_ok "interrupt me"
stop INT

echo "$name: ok"
exit 0
