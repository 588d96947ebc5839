#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Run one test command under valgrind's memcheck with --track-fds=yes and
# judge the logs (tests/README.md, "valgrind"):
#
#   sh vg-test.sh VALGRIND LOGDIR NAME COMMAND [ARG...]
#
# One log per process image, LOGDIR/NAME.<pid>.<n>.log (valgrind's %n
# counts the logs a process opened; a forked child inherits the count, so a
# fresh valgrind - the test, or a program a test process exec'd - writes
# number 1 and a forked copy 2 or more).  The test fails when
#   - any process reports a memcheck error (ERROR SUMMARY > 0; with
#     --leak-check=full a definite leak is one);
#   - a fresh process (log 1) ends with a descriptor open that it did not
#     inherit: valgrind exits 0 for those, so the logs are read instead.  A
#     forked child that _exits holding copies of its parent's descriptors is
#     not checked for them (they are the parent's, checked there);
#   - the command itself fails (its exit status is passed on; 77 = skip).
# FDKIT_VALGRIND_OPTS adds options (e.g. --track-origins=yes).
set -u

[ "$#" -ge 4 ] || { echo "usage: $0 VALGRIND LOGDIR NAME COMMAND [ARG...]" >&2; exit 2; }
vg=$1 logdir=$2 name=$3
shift 3

here=$(dirname "$0")
# Sticky and world-writable like /tmp: a test process that dropped to
# another user (fanotify.unpriv's uid 65534) still writes its children's logs.
mkdir -p "$logdir" && chmod 1777 "$logdir" || exit 2
rm -f "$logdir/$name".*.log

# Programs from the system (sh, socat, ...) a test runs are not traced: their
# errors are not fdkit's.  Our own binaries (fdkit-ls) are.
# shellcheck disable=SC2086 # FDKIT_VALGRIND_OPTS is a list of options
"$vg" --tool=memcheck --track-fds=yes --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite --error-exitcode=99 --vgdb=no \
    --suppressions="$here/fdkit.supp" \
    --trace-children=yes --trace-children-skip='/usr/*,/bin/*,/sbin/*' \
    --log-file="$logdir/$name.%p.%n.log" ${FDKIT_VALGRIND_OPTS:-} "$@"
rc=$?

# One line per problem: "<log> <what>".  Descriptors are checked in the
# processes valgrind started afresh: the test's own and any program a test
# process exec'd (log number 1: valgrind counts the logs a process opens, and
# a forked child inherits the count, so its log is number 2 or more).
problems=$(awk -v shell="$$" '
    FNR == 1 {
        f = FILENAME; files[f] = 1; infd = 0; pending = 0
        seq[f] = FILENAME; sub(/\.log$/, "", seq[f]); sub(/.*\./, "", seq[f])
    }
    / Parent PID: / && $NF == shell { main = f }
    / FILE DESCRIPTORS: / { infd = 1; next }
    / HEAP SUMMARY:/ { infd = 0 }
    infd && /^==[0-9]+== Open / { what = $0; sub(/^==[0-9]+== /, "", what); pending = 1; next }
    infd && pending && /<inherited from parent>/ { pending = 0; next }
    infd && pending && /^==[0-9]+==    (at|by) / { pending = 0; if (seq[f] == 1) print f " fd leak: " what }
    / ERROR SUMMARY: / && $4 + 0 > 0 { print f " memcheck: " $4 " error(s)" }
    END { if (main == "") print "(none) no log of the test process: valgrind did not start it" }
' "$logdir/$name".*.log 2>&1)

if [ -n "$problems" ]; then
    printf '%s\n' "$problems" | cut -d' ' -f1 | sort -u | while read -r f; do
        [ -f "$f" ] || continue
        echo "---- $f"
        cat "$f"
    done
    echo "FAIL under valgrind (exit $rc):"
    printf '%s\n' "$problems" | sed 's/^/  /'
    [ "$rc" -ne 0 ] && [ "$rc" -ne 77 ] && exit "$rc"
    exit 1
fi
exit "$rc"
