# shellcheck shell=sh disable=SC2154 # $me and $exe come from the script
# SPDX-License-Identifier: MIT
#
# What run-wrappers.sh and run-echo-instructions.sh do around callgrind,
# written once.  Sourced (`. "$(dirname "$0")/callgrind.sh"`), not run: the
# script sets $me (its name, for messages) and $exe (the program to run, or
# empty) first, and the functions use them.

# callgrind_setup PROGRAM: find the program when no path was given (next to
# the script in a build tree, else the default build/ of `make`); without
# valgrind say so and exit 0; make the work directory $work, removed on exit.
callgrind_setup() {
    if [ -z "$exe" ]; then
        exe=$(dirname "$0")/$1
        [ -x "$exe" ] || exe=$(dirname "$0")/../build/bench/$1
    fi
    if ! command -v valgrind >/dev/null 2>&1; then
        echo "$me: valgrind is not installed: skipping the instruction counts"
        echo "              (apt-get install valgrind, then run again)"
        exit 0
    fi
    if [ ! -x "$exe" ]; then
        echo "$me: $exe: not an executable (build the $1 target)" >&2
        exit 1
    fi
    work=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-$me.XXXXXX")
    trap 'rm -rf "$work"' EXIT INT TERM
}

# callgrind_run LOG OUT FUNCTION ARGS...: run $exe ARGS under callgrind, counting
# only while FUNCTION (and what it calls) runs; the counts go to OUT (%p: the
# pid, one file per process), the output of valgrind and $exe to LOG.
# $callgrind_wrap, when set, is a command line valgrind runs under (prlimit
# raising a limit valgrind would otherwise take as it finds it).
callgrind_run() {
    _log=$1 _out=$2 _fn=$3
    shift 3
    # shellcheck disable=SC2086 # the wrapper is a command line
    ${callgrind_wrap:-} valgrind --tool=callgrind --callgrind-out-file="$_out" --toggle-collect="$_fn" \
        "$exe" "$@" >"$_log" 2>&1
}

# callgrind_failed LOG WHAT: say why the run of WHAT failed; returns 2 when
# valgrind cannot read the program's debug info (the caller skips the counts
# and exits 0), else 1.
callgrind_failed() {
    if grep -q 'debuginfo reader' "$1"; then
        # clang >= 14 writes DWARF 5, which valgrind < 3.20 cannot read.
        echo "$me: valgrind cannot read the debug info of $exe" >&2
        echo "              (DWARF 5 from clang needs valgrind >= 3.20; build with gcc" >&2
        echo "              or add -gdwarf-4): skipping the instruction counts" >&2
        return 2
    fi
    echo "$me: valgrind failed for $2:" >&2
    cat "$1" >&2
    return 1
}

# callgrind_total FILE...: the instructions collected, over all the files
# ("summary: N", or "totals: N", in each); 0 when none were.
callgrind_total() {
    awk '/^(summary|totals):/ { s += $2; nextfile } END { print s + 0 }' "$@"
}

# valgrind_version: "3.19.0"
valgrind_version() {
    valgrind --version | sed 's/^valgrind-//'
}
