#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The zero-cost check: count the user-space instructions of the same loop of
# system calls made through libc ("raw") and through fdkit ("fdkit") with
# callgrind, and print the wrapper's own cost per call.  Valgrind does not see
# kernel instructions, so the difference is exactly what fdkit adds.
#
#   sh bench/run-wrappers.sh [--strict] [--iters N] [path/to/bench-wrappers]
#
# Target: at most $FDKIT_WRAPPER_BUDGET (default 20) instructions per call on
# top of the raw call.  Exits 0 (also without valgrind, saying so) unless a
# run fails; with --strict also 1 when an operation is over the budget.
set -eu
me=run-wrappers
# shellcheck source-path=SCRIPTDIR source=callgrind.sh
. "$(dirname "$0")/callgrind.sh"

strict=0
iters=100000
exe=
while [ $# -gt 0 ]; do
    case $1 in
    --strict) strict=1 ;;
    --iters) iters=$2; shift ;;
    -h|--help) sed -n '3,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exe=$1 ;;
    esac
    shift
done
budget=${FDKIT_WRAPPER_BUDGET:-20}
callgrind_setup bench-wrappers

# Total instructions collected while bench_<op>_<mode> ran.
count() { # op mode
    if ! callgrind_run "$work/log.$1.$2" "$work/cg.$1.$2" "bench_$1_$2" \
            --iters "$iters" "$2" "$1"; then
        callgrind_failed "$work/log.$1.$2" "$1 $2" || return
    fi
    callgrind_total "$work/cg.$1.$2"
}

# Count everything first, then print the table in one piece.
rows=
over=0
for op in eventfd pipe splice pread unix tcp; do
    case $op in pread) per=1 ;; *) per=2 ;; esac
    rc=0
    raw=$(count "$op" raw) || rc=$?
    [ "$rc" = 0 ] && { fdk=$(count "$op" fdkit) || rc=$?; }
    case $rc in 0) ;; 2) exit 0 ;; *) exit 1 ;; esac
    if [ -z "$raw" ] || [ -z "$fdk" ] || [ "$raw" = 0 ] || [ "$fdk" = 0 ]; then
        echo "run-wrappers: no instruction count for $op (was bench_${op}_* inlined?)" >&2
        exit 1
    fi
    line=$(awk -v r="$raw" -v f="$fdk" -v n="$iters" -v per="$per" -v b="$budget" 'BEGIN {
        calls = n * per; rc = r / calls; fc = f / calls; d = fc - rc
        printf "%12.1f %12.1f %10.1f %9s", rc, fc, d, (d <= b ? "PASS" : "FAIL")
    }')
    case $line in *FAIL) over=1 ;; esac
    rows=$rows$(printf '%-9s %6s %s' "$op" "$per" "$line")'
'
done

echo
echo "bench-wrappers: $iters iterations per operation, valgrind $(valgrind_version)"
echo "instructions per call (user space only; the kernel is not counted)"
echo
printf '%-9s %6s %12s %12s %10s %9s\n' op calls/it raw fdkit "fdkit-raw" "(<= $budget)"
printf '%s' "$rows"
echo
echo "raw = libc call + loop; fdkit-raw = the wrapper's own instructions per call"
if [ "$strict" = 1 ] && [ "$over" = 1 ]; then
    exit 1
fi
exit 0
