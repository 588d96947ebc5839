#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The inotify decoders of bench-inotify under callgrind: user-space
# instructions per event of the raw loop (step the struct inotify_event
# records by sizeof + len, strlen on the name) and of fdkit's
# (fdk_inotify_next), over the same records: one buffer of real records
# decoded --passes times ("decode"), and a batch of events read until the
# queue is empty ("read+decode": read() against fdk_inotify_read()).  Only
# the loop function (bench_<row> and what it calls) is counted; "libc" is
# the part spent in libc (strlen / memchr, the read wrapper).  The kernel's
# work is not counted.
#
#   sh bench/run-inotify.sh [--strict] [--passes N] [path/to/bench-inotify]
#
# Target: raw / fdkit >= 0.97.  Exits 0 (also without valgrind, saying so)
# unless a run fails; with --strict also 1 when a row is below the target.
set -eu
me=run-inotify
# shellcheck source-path=SCRIPTDIR source=callgrind.sh
. "$(dirname "$0")/callgrind.sh"

strict=0
passes=10
exe=
while [ $# -gt 0 ]; do
    case $1 in
    --strict) strict=1 ;;
    --passes) passes=$2; shift ;;
    -h|--help) sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exe=$1 ;;
    esac
    shift
done
callgrind_setup bench-inotify

# Instructions of bench_<row> in one --once run: "total libc events".
count() { # row (decode-raw, e2e-fdkit, ...)
    fn=bench_$(echo "$1" | tr - _)
    if ! callgrind_run "$work/log.$1" "$work/cg.$1" "$fn" --once "$1" --passes "$passes"; then
        callgrind_failed "$work/log.$1" "$1" || return
    fi
    total=$(callgrind_total "$work/cg.$1")
    # Self cost per function; the functions of libc.so are the name scans
    # and the read wrapper.
    libc=0
    if command -v callgrind_annotate >/dev/null 2>&1; then
        libc=$(callgrind_annotate --inclusive=no "$work/cg.$1" 2>/dev/null | awk '
            /file:function/ { on = 1; next }
            on && /^-+$/ { if (seen) exit; next }
            on && /libc\.so/ { c = $1; gsub(",", "", c); s += c; seen = 1 }
            on && NF >= 2 { seen = 1 }
            END { print s + 0 }')
    fi
    events=$(awk -v r="$1" '$1 == r && $2 == "events" { print $3 }' "$work/log.$1")
    if [ -z "$events" ] || [ "$total" = 0 ]; then
        echo "$me: nothing counted for $1 (was $fn inlined?)" >&2
        cat "$work/log.$1" >&2
        return 1
    fi
    echo "$total $libc $events"
}

rows=
below=0
info=
for row in decode e2e; do
    rc=0
    raw=$(count "$row-raw") || rc=$?
    [ "$rc" = 0 ] && { fdk=$(count "$row-fdkit") || rc=$?; }
    case $rc in 0) ;; 2) exit 0 ;; *) exit 1 ;; esac
    # shellcheck disable=SC2086 # three numbers each
    line=$(echo $raw $fdk | awk -v t=0.97 '{
        r = $1 / $3; rl = $2 / $3; f = $4 / $6; fl = $5 / $6; q = r / f
        printf "%8.1f %6.1f %6.1f %8.1f %6.1f %6.1f %+9.1f %9.3f %9s",
            r, r - rl, rl, f, f - fl, fl, f - r, q, (q >= t ? "PASS" : "FAIL")
    }')
    case $line in *FAIL) below=1 ;; esac
    case $row in decode) name=decode ;; *) name=read+decode ;; esac
    rows=$rows$(printf '%-12s %s' "$name" "$line")'
'
    # shellcheck disable=SC2086
    info=$info$(echo $raw | awk -v n="$name" '{ printf "%s: %d events", n, $3 }')'; '
done

echo
echo "bench-inotify under callgrind: user-space instructions per event (valgrind $(valgrind_version))"
echo "${info%; } (decode: $passes passes over one buffer)"
echo
printf '%-12s %8s %6s %6s %8s %6s %6s %9s %9s %9s\n' row raw loop libc fdkit loop libc \
    fdkit-raw raw/fdkit "(>= 0.97)"
printf '%s' "$rows"
echo
echo "loop = the function's own code (for fdkit: fdk_inotify_next and fdk_inotify_read inlined);"
echo "libc = strlen on each name (both), and the read() wrapper"
if [ "$strict" = 1 ] && [ "$below" = 1 ]; then
    exit 1
fi
exit 0
