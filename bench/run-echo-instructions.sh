#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The echo servers of bench-echo under callgrind: user-space instructions
# each server spends per request, a figure that does not depend on the load
# of the machine (bench-echo's req/s does).  One connection, so every request
# is exactly one pass through the server's event loop; the count is the
# difference between a run of 3000 and one of 1000 round trips, divided by
# 2000, so start-up, accept and shutdown cancel out.  Only the server's own
# function (serve_<name> and what it calls) is counted, never the client.
# The kernel's work is not counted: the system calls are the same for all
# servers but the bufferevent one (see bench/README.md).
#
#   sh bench/run-echo-instructions.sh [--size N] [path/to/bench-echo]
#
# Exits 0 (also without valgrind, saying so) unless a run fails.
set -eu
me=run-echo-instructions
# shellcheck source-path=SCRIPTDIR source=callgrind.sh
. "$(dirname "$0")/callgrind.sh"

size=64
exe=
while [ $# -gt 0 ]; do
    case $1 in
    --size) size=$2; shift ;;
    -h|--help) sed -n '3,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exe=$1 ;;
    esac
    shift
done
callgrind_setup bench-echo

# Instructions of serve_<fn> in a run of $2 round trips of server $1; empty
# when the server is not built.  Client and server are separate processes
# (one output file each); only the server's file has anything collected.
# --retries 0: under valgrind every run looks preempted (client and server
# together are on the CPU less than 95% of the time), and a repeated run
# would be counted twice.
count() { # server iters fn
    dir=$work/$1.$2
    mkdir "$dir"
    if ! callgrind_run "$dir/log" "$dir/cg.%p" "$3" --servers "$1" --conns 1 --size "$size" \
            --iters "$2" --runs 1 --warmup 0 --retries 0; then
        if grep -q 'skipped' "$dir/log"; then
            return 0
        fi
        callgrind_failed "$dir/log" "$1" || return
    fi
    callgrind_total "$dir"/cg.*
}

rows=
fdkit=
for server in fdkit raw libuv libevent libevent-bev; do
    fn=serve_$(echo "$server" | tr - _)
    rc=0
    a=$(count "$server" 1000 "$fn") || rc=$?
    [ "$rc" = 0 ] && [ -n "$a" ] && { b=$(count "$server" 3000 "$fn") || rc=$?; }
    case $rc in 0) ;; 2) exit 0 ;; *) exit 1 ;; esac
    if [ -z "$a" ]; then
        rows=$rows$(printf '%-22s %12s' "$server" "not built")'
'
        continue
    fi
    if [ "$a" = 0 ] || [ "$b" = 0 ]; then
        echo "run-echo-instructions: nothing counted for $server (was $fn inlined?)" >&2
        exit 1
    fi
    per=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.0f", (b - a) / 2000 }')
    [ "$server" = fdkit ] && fdkit=$per
    rel=-
    [ -n "$fdkit" ] && [ "$server" != fdkit ] && rel=$(awk -v p="$per" -v f="$fdkit" 'BEGIN { printf "%+d", p - f }')
    rows=$rows$(printf '%-22s %12s %10s' "$server" "$per" "$rel")'
'
done

echo
echo "bench-echo under callgrind: the server's user-space instructions per request"
echo "(one connection, $size-byte messages; valgrind $(valgrind_version))"
echo
printf '%-22s %12s %10s\n' server "instr/req" "vs fdkit"
printf '%s' "$rows"
exit 0
