#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Scale: fdkit's own cost per operation must not grow with a family's size.
# For each operation of bench-scale and each size, callgrind counts the
# user-space instructions of the raw loop and of the fdkit loop (the kernel's
# work, which may grow, is not counted), and the table shows both per
# operation and what fdkit adds.  A row is "flat" when fdkit's extra at the
# largest size is at most its extra at the smallest plus 10% (or +2
# instructions); otherwise "GROWS", a defect.
#
#   sh bench/run-scale.sh [--strict] [path/to/bench-scale]
#
# Sizes: epoll 10..100000 registered fds (1 ready), batch 1..1024 datagrams,
# bind 1..10000 stale socket files in the folder, inotify 1..100000 watches.
# A size this system cannot make (descriptor or watch limits) is shown as
# "skipped".  Exits 0 unless a run fails; --strict also 1 when a row grows.
set -eu
me=run-scale
# shellcheck source-path=SCRIPTDIR source=callgrind.sh
. "$(dirname "$0")/callgrind.sh"

strict=0
exe=
while [ $# -gt 0 ]; do
    case $1 in
    --strict) strict=1 ;;
    -h|--help) sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exe=$1 ;;
    esac
    shift
done
callgrind_setup bench-scale

# The epoll fixture needs 100000 descriptors, also under valgrind, which
# takes its limit from the one it starts with.
callgrind_wrap=
if command -v prlimit >/dev/null 2>&1 && prlimit --nofile=110000:110000 true 2>/dev/null; then
    callgrind_wrap="prlimit --nofile=110000:110000"
fi

# count OP MODE SIZE ITERS: instructions of bench_OP_MODE; "skip" for exit 77
count() {
    _log=$work/log.$1.$2.$3
    if callgrind_run "$_log" "$work/cg.$1.$2.$3" "bench_$1_$2" --iters "$4" "$2" "$1" "$3"; then
        callgrind_total "$work/cg.$1.$2.$3"
        return 0
    fi
    if grep -q 'skipped:' "$_log"; then
        echo skip
        return 0
    fi
    callgrind_failed "$_log" "$1 $2 size $3"
}

over=0
out=
row() { out=$out$(printf "$@")'
'; }
for op in epoll batch bind inotify; do
    case $op in
    epoll) sizes="10 100 1000 10000 100000" unit="wait" ;;
    batch) sizes="1 8 64 256 1024" unit="message" ;;
    bind) sizes="1 10 100 1000 10000" unit="bind+close" ;;
    inotify) sizes="1 10 100 1000 10000 100000" unit="event" ;;
    esac
    row '\n%s (instructions per %s)\n' "$op" "$unit"
    row '%10s %10s %10s %10s\n' size raw fdkit "fdkit-raw"
    first=
    last=
    for n in $sizes; do
        case $op in
        batch) iters=$((20000 / n)); [ "$iters" -ge 20 ] || iters=20; per=$((iters * n)) ;;
        bind) iters=200; per=$iters ;;
        *) iters=2000; per=$iters ;;
        esac
        rc=0
        raw=$(count "$op" raw "$n" "$iters") || rc=$?
        [ "$rc" = 0 ] && [ "$raw" != skip ] && { fdk=$(count "$op" fdkit "$n" "$iters") || rc=$?; }
        case $rc in 0) ;; 2) exit 0 ;; *) exit 1 ;; esac
        if [ "$raw" = skip ] || [ "$fdk" = skip ]; then
            why=$(sed -n 's/.*skipped: //p' "$work"/log."$op".*."$n" | head -n 1)
            row '%10s %10s (%s)\n' "$n" skipped "$why"
            continue
        fi
        d=$(awk -v r="$raw" -v f="$fdk" -v p="$per" 'BEGIN { printf "%.1f", (f - r) / p }')
        row '%10s %10s %10s %10s\n' "$n" \
            "$(awk -v r="$raw" -v p="$per" 'BEGIN { printf "%.1f", r / p }')" \
            "$(awk -v f="$fdk" -v p="$per" 'BEGIN { printf "%.1f", f / p }')" "$d"
        [ -n "$first" ] || first=$d
        last=$d
    done
    if [ -n "$first" ]; then
        v=$(awk -v a="$first" -v b="$last" 'BEGIN {
            lim = a + (a > 0 ? a * 0.10 : 0); if (lim < a + 2) lim = a + 2
            print (b <= lim ? "flat" : "GROWS") }')
        [ "$v" = flat ] || over=1
        row '%s: fdkit adds %s at the smallest size, %s at the largest: %s\n' "$op" "$first" "$last" "$v"
    fi
done

echo "bench-scale under callgrind: user-space instructions per operation (valgrind $(valgrind_version))"
printf '%s' "$out"
echo
echo "raw = the libc calls and the loop; fdkit-raw = what fdkit adds per operation."
echo "The kernel's work is not counted: a row is about fdkit's code, not the system's."
if [ "$strict" = 1 ] && [ "$over" = 1 ]; then
    exit 1
fi
exit 0
