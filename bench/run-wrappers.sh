#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The zero-cost check: count the user-space instructions of the same loop of
# system calls made through libc ("raw") and through fdkit, with callgrind,
# and print the wrapper's own cost per call in the three ways a consumer
# builds (bench/wrappers.h):
#   inline    _GNU_SOURCE (bench-wrappers)
#   default   no feature macro, pkg-config's Cflags only (bench-wrappers-default)
#   exported  FDK_NO_INLINE against libfdkit.so, as an FFI calls it
#             (bench-wrappers-exported)
# Valgrind does not see kernel instructions, so each difference is exactly
# what fdkit adds.
#
#   sh bench/run-wrappers.sh [--strict] [--iters N] [INLINE [DEFAULT [EXPORTED]]]
#
# Bars (issue 16): inline and default at most $FDKIT_WRAPPER_BUDGET (default
# 3) instructions per call over raw, exported at most $FDKIT_EXPORTED_BUDGET
# (default 6); splice is declared by libc only with _GNU_SOURCE, so its
# default build calls the exported symbol and is held to that bar.  Exits 0
# (also without valgrind, saying so) unless a run fails; with --strict also 1
# when a row is over its bar.
set -eu
me=run-wrappers
# shellcheck source-path=SCRIPTDIR source=callgrind.sh
. "$(dirname "$0")/callgrind.sh"

strict=0
iters=100000
exe=
default_exe=
exported_exe=
while [ $# -gt 0 ]; do
    case $1 in
    --strict) strict=1 ;;
    --iters) iters=$2; shift ;;
    -h|--help) sed -n '3,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *)
        if [ -z "$exe" ]; then exe=$1
        elif [ -z "$default_exe" ]; then default_exe=$1
        else exported_exe=$1; fi
        ;;
    esac
    shift
done
budget=${FDKIT_WRAPPER_BUDGET:-3}
ebudget=${FDKIT_EXPORTED_BUDGET:-6}
callgrind_setup bench-wrappers
[ -n "$default_exe" ] || default_exe=$(dirname "$exe")/bench-wrappers-default
[ -n "$exported_exe" ] || exported_exe=$(dirname "$exe")/bench-wrappers-exported
for x in "$default_exe" "$exported_exe"; do
    [ -x "$x" ] || { echo "$me: $x: not an executable (build it: bench/CMakeLists.txt)" >&2; exit 1; }
done

# count_in PROGRAM OP MODE TAG: the instructions collected while bench_OP_MODE
# ran in PROGRAM (callgrind.sh runs and names $exe, so it points there for
# the run).
count_in() {
    _saved=$exe
    exe=$1
    _rc=0
    if ! callgrind_run "$work/log.$2.$4" "$work/cg.$2.$4" "bench_$2_$3" --iters "$iters" "$3" "$2"; then
        callgrind_failed "$work/log.$2.$4" "$2 $4" || _rc=$?
    fi
    [ "$_rc" = 0 ] && callgrind_total "$work/cg.$2.$4"
    exe=$_saved
    return "$_rc"
}

# Count everything first, then print the table in one piece.
rows=
over=0
for op in eventfd pipe readv pread epoll timerfd unix unixmsg tcp splice; do
    case $op in pread|epoll|timerfd) per=1 ;; *) per=2 ;; esac
    rc=0
    raw=$(count_in "$exe" "$op" raw raw) || rc=$?
    [ "$rc" = 0 ] && { inl=$(count_in "$exe" "$op" fdkit inline) || rc=$?; }
    [ "$rc" = 0 ] && { def=$(count_in "$default_exe" "$op" fdkit default) || rc=$?; }
    [ "$rc" = 0 ] && { exp=$(count_in "$exported_exe" "$op" fdkit exported) || rc=$?; }
    case $rc in 0) ;; 2) exit 0 ;; *) exit 1 ;; esac
    for v in "$raw" "$inl" "$def" "$exp"; do
        if [ -z "$v" ] || [ "$v" = 0 ]; then
            echo "run-wrappers: no instruction count for $op (was bench_${op}_* inlined?)" >&2
            exit 1
        fi
    done
    dbar=$budget
    [ "$op" = splice ] && dbar=$ebudget
    line=$(awk -v r="$raw" -v i="$inl" -v d="$def" -v e="$exp" -v n="$iters" -v per="$per" \
        -v b="$budget" -v db="$dbar" -v eb="$ebudget" 'BEGIN {
        calls = n * per; rc = r / calls
        di = i / calls - rc; dd = d / calls - rc; de = e / calls - rc
        v = (di <= b + 0.05 && dd <= db + 0.05 && de <= eb + 0.05) ? "ok" : "OVER"
        printf "%9.1f %+9.1f %+9.1f %+9.1f   %s", rc, di, dd, de, v
    }')
    case $line in *OVER) over=1 ;; esac
    rows=$rows$(printf '%-9s %5s %s' "$op" "$per" "$line")'
'
done

echo
echo "bench-wrappers: $iters iterations per operation, valgrind $(valgrind_version)"
echo "instructions per call (user space only; the kernel is not counted): raw, then what"
echo "fdkit adds in each build (bars: inline and default <= +$budget, exported <= +$ebudget)"
echo
printf '%-9s %5s %9s %9s %9s %9s   %s\n' op calls raw "+inline" "+default" "+exported" verdict
printf '%s' "$rows"
echo
echo "raw = libc call + loop; +build = the wrapper's own instructions per call in that build"
echo "(splice: libc declares it only with _GNU_SOURCE, so its default build calls the exported symbol)"
if [ "$strict" = 1 ] && [ "$over" = 1 ]; then
    exit 1
fi
exit 0
