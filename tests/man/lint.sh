#!/bin/sh
# SPDX-License-Identifier: MIT
# Lint every committed man page (the ctest man.lint): groff -ww must print
# nothing for any of them, and mandoc -T lint neither where mandoc is there.
#
#   tests/man/lint.sh MAN_DIR        (MAN_DIR: generated/man)
#
# exit: 0 clean, 1 a page warns, 77 groff is not installed
set -u

dir=${1:?usage: lint.sh MAN_DIR}
if ! command -v groff >/dev/null 2>&1; then
    echo "SKIP: groff is not installed (Debian: groff-base)" >&2
    exit 77
fi
tmp=$(mktemp "${TMPDIR:-/tmp}/fdkit-manlint.XXXXXX")
trap 'rm -f "$tmp"' EXIT INT TERM
bad=0
n=0
for page in "$dir"/man3/*.3 "$dir"/man7/*.7; do
    [ -f "$page" ] || continue
    n=$((n + 1))
    # -z: format without output, -ww: every warning; the pages are ASCII
    groff -ww -z -man "$page" >"$tmp" 2>&1
    if [ -s "$tmp" ]; then
        echo "FAIL: groff -ww: $page" >&2
        cat "$tmp" >&2
        bad=1
    fi
    if command -v mandoc >/dev/null 2>&1; then
        # the date is empty on purpose (no clock in generated files)
        mandoc -T lint -W warning "$page" 2>&1 | grep -v 'missing date' >"$tmp"
        if [ -s "$tmp" ]; then
            echo "FAIL: mandoc -T lint: $page" >&2
            cat "$tmp" >&2
            bad=1
        fi
    fi
done
if [ "$n" = 0 ]; then
    echo "FAIL: no man pages under $dir" >&2
    exit 1
fi
[ "$bad" = 0 ] && echo "man.lint: $n pages, no warnings"
exit "$bad"
