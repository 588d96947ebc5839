#!/bin/sh
# SPDX-License-Identifier: MIT
#
# tests/indep/modes.sh SRCDIR LIBFDKIT_A LIBFDKIT_SO
#
# What a consumer gets in each language mode, with gcc and clang (and g++ /
# clang++), at -Wall -Wextra -Wpedantic -Werror with no feature macro:
#   - modes-use.c built and run: inline wrappers inlined (-O2 gcc, -O1 clang) with fdkit included
#     after the system headers (static archive), and FDK_NO_INLINE at -O0
#     with fdkit first (shared library);
#   - where a strict mode leaves a declaration out, using it is one clear
#     error naming it, and -D_POSIX_C_SOURCE=200809L brings it back;
#   - fdkit's headers leave the consumer's diagnostics alone (-Wpadded on the
#     consumer's own struct still fires; its pragma stack is balanced) and
#     define no feature-test macro.
# Exits 77 when no compiler is found.
set -u
src=$1
liba=$2
libso=$3
inc="-I$src/generated/include -I$src/runtime/include"
use="$src/tests/indep/modes-use.c"
strict="-Wall -Wextra -Wpedantic -Werror"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdk-modes.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
runs=0

fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

have() { command -v "$1" >/dev/null 2>&1; }

# The lowest level at which the compiler inlines the wrappers marked inline
# (gcc's -O1 inlines only functions called once; clang's -O1 inlines them)
opt() {
    case $1 in
    clang*) echo -O1 ;;
    *) echo -O2 ;;
    esac
}

# build_run CC STD LANG NAME LIB FLAGS... : compile modes-use, link it with
# LIB, run it
build_run() {
    cc=$1; std=$2; lang=$3; name=$4; lib=$5; shift 5
    exe="$tmp/$name"
    if ! $cc -std="$std" $strict $inc "$@" -x "$lang" "$use" -x none "$lib" -o "$exe" >"$tmp/log" 2>&1; then
        fail "$name: $cc -std=$std $*: does not build"
        sed 's/^/    /' "$tmp/log" | head -20 >&2
        return
    fi
    if ! out=$(LD_LIBRARY_PATH=$(dirname "$libso") "$exe" 2>&1); then
        fail "$name: run: $out"
        return
    fi
    runs=$((runs + 1))
}

# expect_error CC STD LANG NAME WORD CODE FLAGS... : CODE must not compile and
# every error line must mention WORD
expect_error() {
    cc=$1; std=$2; lang=$3; name=$4; word=$5; code=$6; shift 6
    printf '%s\n' '#include <fdkit/fdkit.h>' "$code" >"$tmp/neg.c"
    # -c, not -fsyntax-only: clang lays structs out (and says -Wpadded) only then
    if $cc -std="$std" $strict $inc "$@" -c -x "$lang" "$tmp/neg.c" -o "$tmp/neg.o" >"$tmp/log" 2>&1; then
        fail "$name: $cc -std=$std: '$code' compiled (expected an error about $word)"
        return
    fi
    if grep 'error:' "$tmp/log" | grep -v "$word" | grep -q .; then
        fail "$name: $cc -std=$std: errors beyond $word:"
        sed 's/^/    /' "$tmp/log" | head -10 >&2
    fi
    runs=$((runs + 1))
}

# expect_ok CC STD LANG NAME CODE FLAGS...
expect_ok() {
    cc=$1; std=$2; lang=$3; name=$4; code=$5; shift 5
    printf '%s\n' "$code" >"$tmp/pos.c"
    if ! $cc -std="$std" $strict $inc "$@" -fsyntax-only -x "$lang" "$tmp/pos.c" >"$tmp/log" 2>&1; then
        fail "$name: $cc -std=$std $*: does not compile:"
        sed 's/^/    /' "$tmp/log" | head -10 >&2
        return
    fi
    runs=$((runs + 1))
}

padded='struct user_padded { char c; int i; }; struct user_padded user_padded_value;'
# (glibc's <features.h> itself defines _DEFAULT_SOURCE and _POSIX_C_SOURCE
# in the GNU modes, and g++ predefines _GNU_SOURCE)
nomacro='#if defined(__STRICT_ANSI__) && !defined(__cplusplus) && (defined(_POSIX_C_SOURCE) || defined(_DEFAULT_SOURCE))
#error a feature-test macro is defined
#endif
#if !defined(__cplusplus) && (defined(_GNU_SOURCE) || defined(_XOPEN_SOURCE) || defined(_BSD_SOURCE) || defined(_SVID_SOURCE) || defined(_ISOC11_SOURCE) || defined(_LARGEFILE64_SOURCE))
#error a feature-test macro is defined
#endif
#if defined(__STRICT_ANSI__) && (defined(__USE_POSIX) || defined(__USE_MISC) || defined(__USE_GNU) || defined(__USE_XOPEN2K8))
#error the C library was configured for more than the strict mode
#endif
int fdk_indep_nomacro;'

found=0
for cc in gcc clang; do
    have $cc || continue
    found=1
    for std in c99 c11 c17 gnu99 gnu11 gnu17; do
        case $std in
        c99) exp= ;;
        c11 | c17) exp=-DEXPECT_FDINFO ;;
        *) exp="-DEXPECT_FDINFO -DEXPECT_SIGINFO" ;;
        esac
        # inlined: the wrappers' inline bodies run
        build_run $cc $std c "$cc-$std-inline" "$liba" $(opt $cc) $exp
        # (c17 and gnu17 are c11 and gnu11 again here: the ones that differ get both)
        case $std in
        c99 | c11 | gnu99 | gnu11)
            build_run $cc $std c "$cc-$std-noinline" "$libso" -O0 -DFDKIT_FIRST -DFDK_NO_INLINE $exp ;;
        esac
        case $std in
        c99 | c11 | c17)
            # the one declaration left out, and everything else still there
            expect_error $cc $std c "$cc-$std-siginfo" fdk_signal_decode_siginfo \
                'int f(void); int f(void) { struct fdk_siginfo o; return fdk_signal_decode_siginfo(0, &o); }'
            ;;
        esac
        case $std in
        c99 | c11)
            build_run $cc $std c "$cc-$std-posix" "$liba" $(opt $cc) -D_POSIX_C_SOURCE=200809L -DEXPECT_FDINFO -DEXPECT_SIGINFO
            ;;
        esac
        if [ $std = c99 ]; then
            expect_error $cc $std c "$cc-$std-fdinfo" fdk_fdinfo \
                'int fdk_indep_n = (int)sizeof(struct fdk_fdinfo);'
        fi
        # the consumer's own -Wpadded still fires after fdkit's headers
        expect_error $cc $std c "$cc-$std-padded" padd "$padded" -Wpadded
        # fdkit defines no feature-test macro, and leaves the mode as it is
        expect_ok $cc $std c "$cc-$std-macros" "#include <fdkit/fdkit.h>
$nomacro"
    done
done
# Every public header in one file, for -Weverything and the include orders.
all="$tmp/all.h"
: >"$all"
for h in "$src"/generated/include/fdkit/*.h "$src"/runtime/include/fdkit/*.h; do
    echo "#include <fdkit/${h##*/}>" >>"$all"
done
# System headers a consumer includes beside fdkit's (the ones its own pull in
# and more); all of them before fdkit's, and all after.
sys="signal.h time.h sys/socket.h sys/epoll.h termios.h sys/ioctl.h netinet/in.h netinet/tcp.h
arpa/inet.h fcntl.h sys/mman.h sys/stat.h poll.h sys/inotify.h sys/fanotify.h mqueue.h
sys/signalfd.h sys/timerfd.h sys/eventfd.h sys/wait.h sys/un.h pthread.h sys/uio.h sys/sendfile.h
stdlib.h unistd.h sys/select.h sys/time.h pty.h dirent.h net/if.h linux/openat2.h linux/memfd.h
linux/falloc.h linux/serial.h"
: >"$tmp/sys.h"
for h in $sys; do echo "#include <$h>" >>"$tmp/sys.h"; done
order_check() {
    cc=$1; std=$2; lang=$3
    for first in sys fdkit; do
        if [ $first = sys ]; then cat "$tmp/sys.h" "$all"; else cat "$all" "$tmp/sys.h"; fi >"$tmp/order.c"
        echo 'int fdk_indep_order;' >>"$tmp/order.c"
        if ! $cc -std="$std" $strict $inc -fsyntax-only -x "$lang" "$tmp/order.c" >"$tmp/log" 2>&1; then
            fail "$cc -std=$std: the system headers with fdkit's ($first first) do not compile:"
            sed 's/^/    /' "$tmp/log" | head -10 >&2
        fi
        runs=$((runs + 1))
    done
}
for cc in gcc clang; do
    have $cc || continue
    for std in c11 gnu11; do order_check $cc $std c; done
done
for cxx in g++ clang++; do
    have $cxx || continue
    order_check $cxx c++17 c++
done

if have clang; then
    # -Weverything finds nothing in fdkit's headers (C; the consumer's own
    # line is left out)
    for std in c99 c11 c17 gnu99 gnu11 gnu17; do
        printf '#include "%s"\n' "$all" >"$tmp/ev.c"
        clang -std=$std -Weverything $inc -c "$tmp/ev.c" -o "$tmp/ev.o" >"$tmp/log" 2>&1
        if grep -q 'warning:' "$tmp/log"; then
            fail "clang -std=$std -Weverything warns about fdkit's headers:"
            grep 'warning:' "$tmp/log" | sort -u | head -10 | sed 's/^/    /' >&2
        fi
        runs=$((runs + 1))
    done
    # clang reports a pop without its push: one here means fdkit's are balanced
    expect_error clang c11 c clang-pragma-balance pop '#pragma clang diagnostic pop' -Wunknown-pragmas
fi
for cxx in g++ clang++; do
    have $cxx || continue
    found=1
    for std in c++11 c++17 c++20; do
        build_run $cxx $std c++ "$cxx-$std-inline" "$liba" $(opt $cxx) -DEXPECT_FDINFO -DEXPECT_SIGINFO
        [ $std = c++17 ] ||
            build_run $cxx $std c++ "$cxx-$std-noinline" "$libso" -O0 -DFDKIT_FIRST -DFDK_NO_INLINE -DEXPECT_FDINFO -DEXPECT_SIGINFO
        expect_error $cxx $std c++ "$cxx-$std-padded" padd "$padded" -Wpadded
    done
done
[ $found = 1 ] || { echo "SKIP: no gcc, clang, g++ or clang++" >&2; exit 77; }
echo "$runs checks, $fails failed"
[ $fails = 0 ]
