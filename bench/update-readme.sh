#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Rerun the benchmarks and put their output into bench/README.md, so every
# figure in its result blocks comes from one run on this machine, not from a
# hand.  Each block sits between two markers:
#
#   <!-- bench: NAME -->          (the command's output, as a code block,
#   <!-- /bench: NAME -->          under a line saying when and how it ran)
#
# and NAME is one of the commands below.  `make bench-readme` runs it against
# build/; the total wall time of the run is written into the `total` marker.
#
#   sh bench/update-readme.sh [BUILD_DIR] [NAME...]   (default: build, all names)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
[ $# -gt 0 ] && shift
build=$(cd "$build" && pwd)
b=$build/bench
readme=$here/README.md
names=${*:-"copy wrappers sockets echo echo-instructions inotify inotify-instructions scale"}

command_of() { # NAME -> the command line that makes its block
    case $1 in
    copy) echo "$b/bench-copy" ;;
    wrappers) echo "sh $here/run-wrappers.sh $b/bench-wrappers $b/bench-wrappers-default $b/bench-wrappers-exported" ;;
    sockets) echo "$b/bench-sockets" ;;
    echo) echo "$b/bench-echo" ;;
    echo-instructions) echo "sh $here/run-echo-instructions.sh $b/bench-echo" ;;
    inotify) echo "$b/bench-inotify" ;;
    inotify-instructions) echo "sh $here/run-inotify.sh $b/bench-inotify" ;;
    scale) echo "sh $here/run-scale.sh $b/bench-scale" ;;
    *) echo "update-readme: no benchmark called '$1'" >&2; return 1 ;;
    esac
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-bench-readme.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
cp "$readme" "$tmp/README.md"
machine="$(nproc) CPUs, Linux $(uname -r), $(${CC:-cc} --version | head -n 1)"

# put_block NAME FILE: replace what stands between NAME's markers in the
# working copy with FILE
put_block() {
    awk -v name="$1" -v block="$2" '
        $0 == "<!-- bench: " name " -->" { print; while ((getline l < block) > 0) print l; skip = 1; next }
        $0 == "<!-- /bench: " name " -->" { skip = 0 }
        !skip { print }
    ' "$tmp/README.md" >"$tmp/README.new"
    mv "$tmp/README.new" "$tmp/README.md"
}

start=$(date +%s)
for name in $names; do
    cmd=$(command_of "$name")
    grep -q "^<!-- bench: $name -->\$" "$tmp/README.md" ||
        { echo "update-readme: README.md has no '<!-- bench: $name -->' marker" >&2; exit 1; }
    echo "== $name: $cmd" >&2
    t0=$(date +%s)
    # shellcheck disable=SC2086 # the command is a command line
    (cd "$b" && $cmd) >"$tmp/out.$name" 2>&1 || {
        cat "$tmp/out.$name" >&2
        echo "update-readme: $name failed; README.md left as it was" >&2
        exit 1
    }
    t1=$(date +%s)
    {
        printf 'Run %s (%s s; %s; load average %s before it):\n\n' \
            "$(date -u '+%Y-%m-%d %H:%M UTC')" "$((t1 - t0))" "$machine" \
            "$(cut -d' ' -f1-3 /proc/loadavg)"
        printf '```\n$ %s\n' "$(printf '%s' "$cmd" | sed "s|$build/|build/|g; s|$here/|bench/|g")"
        # run-*.sh print a blank line first; drop leading blank lines
        sed '/./,$!d' "$tmp/out.$name"
        printf '```\n'
    } >"$tmp/block.$name"
    put_block "$name" "$tmp/block.$name"
done
end=$(date +%s)
if grep -q '^<!-- bench: total -->$' "$tmp/README.md"; then
    printf 'The last run of `sh bench/update-readme.sh` (%s) took %s s.\n' "$names" "$((end - start))" >"$tmp/block.total"
    put_block total "$tmp/block.total"
fi
cp "$tmp/README.md" "$readme"
echo "update-readme: $readme updated ($((end - start)) s)" >&2
