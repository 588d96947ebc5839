#!/bin/sh
# SPDX-License-Identifier: MIT
# Compare the symbols a built libfdkit.so exports, with their version nodes,
# against the committed list (spec/registry/symbols.txt).
#
#   check-symbols.sh NM LIBRARY LIST            check; exit 1 on any difference
#   check-symbols.sh NM LIBRARY LIST --update   also append new symbols to LIST
#
# Fails on: a listed symbol the library no longer exports (removed), one
# exported under another node (moved), an fdk__ internal or non-fdk symbol
# that leaked, and a new symbol not listed yet (--update lists it in the
# @current node; removals and moves are never "updated" away).
set -eu

nm=$1 lib=$2 list=$3 update=${4:-}
[ -r "$lib" ] || { echo "check-symbols: cannot read $lib" >&2; exit 1; }
[ -r "$list" ] || { echo "check-symbols: cannot read $list" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# "NODE symbol" per exported definition; the version nodes themselves show up
# as absolute (A) symbols and are not functions.
"$nm" -D --defined-only "$lib" >"$tmp/nm" || { echo "check-symbols: $nm failed on $lib" >&2; exit 1; }
awk '$2 != "A" { n = split($3, p, "@"); node = (n > 1) ? p[n] : "(none)"; print node, p[1] }' \
    "$tmp/nm" | sort -k2 >"$tmp/have"
grep -E '^FDKIT_' "$list" | awk '{ print $1, $2 }' | sort -k2 >"$tmp/want"
current=$(awk '$1 == "@current" { print $2 }' "$list")
[ -n "$current" ] || { echo "check-symbols: $list has no @current line" >&2; exit 1; }

status=0
# Exported names that are not public API: internals or foreign symbols.
awk '$2 !~ /^fdk_[a-zA-Z0-9]/ { print "leaked: " $2 " (" $1 ") is exported but is not public API" }' \
    "$tmp/have" >"$tmp/leaks"
if [ -s "$tmp/leaks" ]; then cat "$tmp/leaks" >&2; status=1; fi

# Same name, different node: moved.  Listed but absent: removed.
join -1 2 -2 2 -o 0,1.1,2.1 "$tmp/want" "$tmp/have" |
    awk '$2 != $3 { print "moved: " $1 " is listed in " $2 " but the library exports it in " $3 }' \
    >"$tmp/moved"
join -1 2 -2 2 -v 1 -o 0,1.1 "$tmp/want" "$tmp/have" |
    awk '{ print "removed: " $1 " (" $2 ") is listed but the library no longer exports it" }' \
    >"$tmp/removed"
join -1 2 -2 2 -v 2 -o 2.1,0 "$tmp/want" "$tmp/have" | awk '$2 ~ /^fdk_[a-zA-Z0-9]/' >"$tmp/new"
for f in moved removed; do
    if [ -s "$tmp/$f" ]; then cat "$tmp/$f" >&2; status=1; fi
done
if [ -s "$tmp/new" ]; then
    if [ "$update" = --update ]; then
        awk -v cur="$current" '$1 == cur { print cur, $2 }' "$tmp/new" >>"$list"
        awk -v cur="$current" '$1 == cur { print "listed: " $2 " in " cur }' "$tmp/new"
    else
        awk -v l="$list" '{ print "new: " $2 " (" $1 ") is not in " l " yet" }' "$tmp/new" >&2
        echo "check-symbols: list new symbols with: $0 $nm $lib $list --update" >&2
        status=1
    fi
    # A new symbol must land in the current node, never in a released one.
    awk -v cur="$current" '$1 != cur { print "misplaced: new symbol " $2 " is in " $1 ", not " cur }' \
        "$tmp/new" >"$tmp/misplaced"
    if [ -s "$tmp/misplaced" ]; then cat "$tmp/misplaced" >&2; status=1; fi
fi
if [ "$status" = 0 ]; then
    echo "check-symbols: $(wc -l <"$tmp/have") exported symbols match $list"
fi
exit "$status"
