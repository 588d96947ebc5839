#!/bin/sh
# SPDX-License-Identifier: MIT
# The library's ABI (every exported function and variable with the layout of
# every type it reaches) against the committed baseline, with abigail-tools'
# abidiff.  New symbols are fine; a removed symbol, or a changed parameter,
# return or struct layout of an existing one fails (appending to the registry
# enums does not: abidiff.supp).  An intended change
# before 1.0: `make abi-baseline`, review the diff, commit it with a
# CHANGELOG note.
#
#   check-abidiff.sh LIB BASELINE.xml HEADERS_DIR...
# Exit 77 (skip) when abidiff is missing or the build cannot be compared:
# another architecture than the baseline's, no DWARF, or not built by GCC
# (clang's DWARF describes the same ABI in other words).
set -u
lib=$1 baseline=$2
shift 2
if ! command -v abidiff >/dev/null 2>&1; then
    echo "SKIP: abidiff is not installed (Debian: abigail-tools)" >&2
    exit 77
fi
if [ ! -f "$baseline" ]; then
    echo "FAIL: no baseline $baseline (make abi-baseline)" >&2
    exit 1
fi
want=$(sed -n "1s/.*architecture='\([^']*\)'.*/\1/p" "$baseline")
have=$(readelf -h "$lib" | sed -n 's/^ *Machine: *//p')
case "$want:$have" in
    elf-amd-x86_64:*X86-64*) ;;
    *)
        echo "SKIP: the baseline describes $want, this library is for $have" >&2
        exit 77 ;;
esac
if ! readelf -S "$lib" | grep -q '\.debug_info'; then
    echo "SKIP: $lib has no debug information (build with -g, e.g. RelWithDebInfo)" >&2
    exit 77
fi
if ! readelf -p .comment "$lib" 2>/dev/null | grep -q 'GCC:' ||
    readelf -p .comment "$lib" 2>/dev/null | grep -qi 'clang'; then
    echo "SKIP: $lib was not built by GCC alone; the baseline is GCC's DWARF" >&2
    exit 77
fi
hdrs=
for d in "$@"; do
    hdrs="$hdrs --headers-dir2 $d"
done
# shellcheck disable=SC2086 # hdrs is a list of options
abidiff --no-added-syms --suppressions "$(dirname "$0")/abidiff.supp" $hdrs "$baseline" "$lib"
rc=$?
if [ "$rc" -ne 0 ]; then
    echo "FAIL: abidiff exit status $rc: the ABI changed against $baseline." >&2
    echo "If the change is intended (before 1.0 only), run \`make abi-baseline\`," >&2
    echo "review the diff and say what changed in CHANGELOG.md." >&2
    exit 1
fi
echo "abidiff: no removed or changed functions, variables or types against $(basename "$baseline")"
