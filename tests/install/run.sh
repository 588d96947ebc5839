#!/bin/sh
# Install a built fdkit tree into a temporary prefix and build a consumer
# against the result, the three ways a user would:
#   1. CMake find_package(fdkit) -> fdkit::fdkit and fdkit::fdkit_static
#   2. pkg-config --cflags --libs fdkit (shared library)
#   3. the static archive libfdkit.a
# It also checks that every installed header compiles on its own and that the
# shared library exports fdk_* symbols only.
#
# It also checks that the headers refuse a consumer whose off_t or time_t is
# not the library's 64-bit one (32-bit targets only; a no-op elsewhere).
#
# usage: tests/install/run.sh BUILD_DIR [CC]
# env:   FDKIT_CONSUMER_FLAGS    extra compile+link flags (sanitizer builds)
#        FDKIT_CONSUMER_LDFLAGS  extra link flags (a cross target's loader)
#        FDKIT_TOOLCHAIN_FILE    CMake toolchain file of a cross build
#        FDKIT_EMULATOR          runs the cross-built consumers (qemu-aarch64 -L ...)
#        NM                      nm for the target (default: nm)
#        CMAKE_GENERATOR         generator for the consumer project
# exit:  0 pass, 77 skip (no pkg-config), other fail
set -eu

build=${1:?usage: run.sh BUILD_DIR [CC]}
cc=${2:-${CC:-cc}}
flags=${FDKIT_CONSUMER_FLAGS:-}
ldflags=${FDKIT_CONSUMER_LDFLAGS:-}
toolchain=${FDKIT_TOOLCHAIN_FILE:-}
emulator=${FDKIT_EMULATOR:-}
nm=${NM:-nm}
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$build" && pwd)

if ! command -v pkg-config >/dev/null 2>&1; then
    echo "SKIP: pkg-config is not installed" >&2
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
prefix=$tmp/prefix

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

step "cmake --install $build --prefix $prefix"
cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" || {
    cat "$tmp/install.log"
    fail "cmake --install"
}

pc=$(find "$prefix" -name fdkit.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$pc" ] || fail "fdkit.pc not installed"
pcdir=$(dirname "$pc")
libdir=$(dirname "$pcdir")
[ -f "$libdir/libfdkit.a" ] || fail "libfdkit.a not in $libdir"
[ -e "$libdir/libfdkit.so" ] || fail "libfdkit.so not in $libdir"
[ -f "$libdir/cmake/fdkit/fdkitConfig.cmake" ] || fail "CMake package not in $libdir/cmake/fdkit"
[ -f "$libdir/cmake/fdkit/fdkitConfigVersion.cmake" ] || fail "fdkitConfigVersion.cmake missing"
[ -f "$prefix/include/fdkit/fdkit.h" ] || fail "include/fdkit/fdkit.h not installed"

# The defines every consumer gets from fdkit.pc (and the CMake package).
abi=$(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags-only-other fdkit)
for d in -D_FILE_OFFSET_BITS=64 -D_TIME_BITS=64; do
    case " $abi " in
    *" $d "*) ;;
    *) fail "fdkit.pc's Cflags lack $d (has: $abi)" ;;
    esac
done

# The header-mode matrix: every installed header alone (twice: the include
# guard must hold) and <fdkit/fdkit.h> with everything, in strict and GNU C
# modes and in C++, at -Wall -Wextra -Wpedantic -Werror with no feature macro.
# Declarations a strict mode's C library hides are left out there (common.h),
# so every mode builds.  The other compiler (gcc or clang) and C++ are tried
# where installed; `clang -Weverything` must say nothing about fdkit's headers.
strict="-Wall -Wextra -Wpedantic -Werror"
c_modes="c99 c11 c17 gnu99 gnu11 gnu17"
cxx_modes="c++11 c++17 c++20"
# compile COMPILER LANG-FLAGS FILE: -fsyntax-only against the installed headers
compile() {
    # shellcheck disable=SC2086 # word splitting of flags is intended
    "$1" -fsyntax-only $2 $abi -I"$prefix/include" "$3"
}
# the C++ compiler of a C compiler's name (gcc -> g++, clang -> clang++)
cxx_of() {
    case $1 in
    *clang*) printf '%s\n' "$1" | sed 's/clang\([^/]*\)$/clang++\1/' ;;
    *gcc*) printf '%s\n' "$1" | sed 's/gcc\([^/]*\)$/g++\1/' ;;
    *) echo c++ ;;
    esac
}
step "header modes: each header alone ($cc, $cxx_modes)"
cxx=$(cxx_of "$cc")
command -v "$cxx" >/dev/null 2>&1 || cxx=
for h in "$prefix"/include/fdkit/*.h; do
    name=$(basename "$h")
    printf '#include <fdkit/%s>\n#include <fdkit/%s>\n' "$name" "$name" >"$tmp/hdr.c"
    cp "$tmp/hdr.c" "$tmp/hdr.cc"
    for std in $c_modes; do
        compile "$cc" "-std=$std $strict" "$tmp/hdr.c" ||
            fail "<fdkit/$name> does not compile alone with -std=$std"
    done
    if [ -n "$cxx" ]; then
        for std in $cxx_modes; do
            compile "$cxx" "-std=$std $strict" "$tmp/hdr.cc" ||
                fail "<fdkit/$name> does not compile alone as C++ (-std=$std)"
        done
    fi
done
[ -n "$cxx" ] || echo "no C++ compiler for $cc: C++ modes not tried"

# The README's example, as a user copies it, must build in every C mode too.
readme=$here/../../README.md
awk '/^## Example/ { f = 1; next } f && /^```c/ { g = 1; next } g && /^```/ { exit } g' \
    "$readme" >"$tmp/readme-example.c"
grep -q 'int main' "$tmp/readme-example.c" || fail "no C example under README.md's ## Example"

# Without a toolchain file the other compiler is native too.
others=$cc
if [ -z "$toolchain" ]; then
    for other in gcc clang; do
        case $cc in *"$other"*) ;; *) command -v "$other" >/dev/null 2>&1 && others="$others $other" ;; esac
    done
fi
for c in $others; do
    step "header modes: <fdkit/fdkit.h> and README.md's example with $c"
    printf '#include <fdkit/fdkit.h>\n' >"$tmp/all.c"
    cp "$tmp/all.c" "$tmp/all.cc"
    for std in $c_modes; do
        compile "$c" "-std=$std $strict" "$tmp/all.c" || fail "<fdkit/fdkit.h> with $c -std=$std"
        compile "$c" "-std=$std $strict" "$tmp/readme-example.c" ||
            fail "README.md's example with $c -std=$std"
    done
    c_cxx=$(cxx_of "$c")
    if command -v "$c_cxx" >/dev/null 2>&1; then
        for std in $cxx_modes; do
            compile "$c_cxx" "-std=$std $strict" "$tmp/all.cc" || fail "<fdkit/fdkit.h> with $c_cxx -std=$std"
        done
    fi
    case $c in
    *clang*)
        for std in c99 c11 gnu17; do
            compile "$c" "-std=$std -Weverything" "$tmp/all.c" 2>"$tmp/everything.log" ||
                { cat "$tmp/everything.log" >&2; fail "clang -Weverything -std=$std"; }
            if grep 'warning:' "$tmp/everything.log" >&2; then
                fail "clang -Weverything -std=$std warns about fdkit's headers"
            fi
        done
        echo "clang -Weverything: no warnings"
        ;;
    esac
done

step "man pages"
mandir=$prefix/share/man
[ -f "$mandir/man3/fdk_tcp_connect.3" ] || fail "man3/fdk_tcp_connect.3 not installed under $mandir"
[ -f "$mandir/man7/fdkit.7" ] || fail "man7/fdkit.7 not installed under $mandir"
[ -f "$mandir/man7/fdkit-eventfd.7" ] || fail "man7/fdkit-eventfd.7 not installed under $mandir"
# as many section 3 pages as the build tree has
want=$(find "$here/../../generated/man/man3" -name '*.3' | wc -l)
got=$(find "$mandir/man3" -name '*.3' | wc -l)
[ "$want" = "$got" ] || fail "$got section 3 pages installed, generated/man/man3 has $want"
if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
    # man reads the installed tree by itself: -M, no other MANPATH
    page=$(MANPATH= man -M "$mandir" -P cat fdk_tcp_connect 2>"$tmp/man.err") ||
        { cat "$tmp/man.err" >&2; fail "man -M $mandir fdk_tcp_connect"; }
    printf '%s\n' "$page" | grep -q 'fdk_tcp_connect' || fail "man fdk_tcp_connect shows no fdk_tcp_connect"
    printf '%s\n' "$page" | grep -q 'SYNOPSIS' || fail "man fdk_tcp_connect shows no SYNOPSIS"
    printf '%s\n' "$page" | grep -q '#include <fdkit/socket.h>' ||
        fail "man fdk_tcp_connect shows no #include <fdkit/socket.h>"
    MANPATH= man -M "$mandir" -P cat 7 fdkit >/dev/null 2>&1 || fail "man -M $mandir 7 fdkit"
    echo "man fdk_tcp_connect and man 7 fdkit show the installed pages"
else
    echo "man or groff not installed: pages checked as files only"
fi

step "a consumer without the ABI defines"
printf '#include <fdkit/fdkit.h>\nint main(void) { return 0; }\n' >"$tmp/noabi.c"
printf '#include <sys/types.h>\ntypedef char off_t_is_64[sizeof(off_t) == 8 ? 1 : -1];\n' >"$tmp/off.c"
if "$cc" -fsyntax-only "$tmp/off.c" 2>/dev/null; then
    # a 64-bit target: off_t and time_t are 64-bit without any define
    "$cc" -fsyntax-only -Wall -Wextra -Werror -I"$prefix/include" "$tmp/noabi.c" ||
        fail "<fdkit/fdkit.h> needs a define on a target whose off_t is 64-bit anyway"
    echo "64-bit off_t without defines: nothing to refuse"
else
    if "$cc" -fsyntax-only -I"$prefix/include" "$tmp/noabi.c" 2>"$tmp/noabi.err"; then
        fail "a consumer with a 32-bit off_t compiled against fdkit (it must be refused)"
    fi
    grep -q 'fdkit needs a 64-bit off_t' "$tmp/noabi.err" ||
        { cat "$tmp/noabi.err" >&2; fail "the refusal does not say what to do"; }
    "$cc" -fsyntax-only -D_FILE_OFFSET_BITS=64 -I"$prefix/include" "$tmp/noabi.c" 2>"$tmp/noabi.err" &&
        fail "a consumer with a 32-bit time_t compiled against fdkit (it must be refused)"
    grep -q 'fdkit needs a 64-bit time_t' "$tmp/noabi.err" ||
        { cat "$tmp/noabi.err" >&2; fail "the time_t refusal does not say what to do"; }
    echo "32-bit off_t and time_t refused, each with the define to add"
fi

step "libfdkit.so exports fdk_* only"
if command -v "$nm" >/dev/null 2>&1; then
    "$nm" -D --defined-only "$libdir/libfdkit.so" | awk '$2 != "A" { print $3 }' |
        sed 's/@.*//' | sort -u >"$tmp/exports"
    grep -q '^fdk_eventfd_open$' "$tmp/exports" || fail "fdk_eventfd_open not exported"
    if grep -v '^fdk_' "$tmp/exports" >"$tmp/bad" || grep '^fdk__' "$tmp/exports" >>"$tmp/bad"; then
        cat "$tmp/bad" >&2
        fail "libfdkit.so exports symbols outside fdk_* (or fdk__ internals)"
    fi
    # Every public function defined in libfdkit.a must be exported by the
    # .so: one missing FDK_EXPORT would hide it there only.
    "$nm" -g --defined-only "$libdir/libfdkit.a" 2>/dev/null | awk 'NF == 3 { print $3 }' |
        grep '^fdk_' | grep -v '^fdk__' | sort -u >"$tmp/archive" || true
    if ! cmp -s "$tmp/archive" "$tmp/exports"; then
        diff "$tmp/archive" "$tmp/exports" >&2 || true
        fail "libfdkit.a (<) and libfdkit.so (>) disagree on the public symbols"
    fi
    echo "$(wc -l <"$tmp/exports") symbols"
else
    echo "nm not found; skipped"
fi

run() {
    # shellcheck disable=SC2086 # the emulator is a command line
    out=$(LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" $emulator "$@") ||
        fail "$* exited $?"
    case $out in
    ok*) echo "$out" ;;
    *) fail "$*: printed '$out'" ;;
    esac
}

step "find_package(fdkit)"
cmake -S "$here" -B "$tmp/cmake" \
    -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_COMPILER="$cc" \
    ${toolchain:+-DCMAKE_TOOLCHAIN_FILE="$toolchain"} \
    -DCMAKE_C_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$flags $ldflags" >"$tmp/cmake.log" 2>&1 || {
    cat "$tmp/cmake.log"
    fail "configuring the consumer"
}
cmake --build "$tmp/cmake" >"$tmp/build.log" 2>&1 || {
    cat "$tmp/build.log"
    fail "building the consumer"
}
run "$tmp/cmake/consumer"
run "$tmp/cmake/consumer_static"

step "pkg-config fdkit"
pcflags=$(PKG_CONFIG_PATH="$pcdir" pkg-config --cflags --libs fdkit)
echo "pkg-config: $pcflags"
# shellcheck disable=SC2086 # word splitting of flags is intended
"$cc" $flags -o "$tmp/consumer-pc" "$here/consumer.c" $pcflags $ldflags
run "$tmp/consumer-pc"

step "static: libfdkit.a"
pcstatic=$(PKG_CONFIG_PATH="$pcdir" pkg-config --static --cflags fdkit)
# shellcheck disable=SC2086
"$cc" $flags -o "$tmp/consumer-static" "$here/consumer.c" $pcstatic "$libdir/libfdkit.a" $ldflags
# readelf reads any target's binary (ldd would have to run it)
if command -v readelf >/dev/null 2>&1 && readelf -d "$tmp/consumer-static" | grep -q 'NEEDED.*libfdkit'; then
    fail "consumer-static links libfdkit.so"
fi
# Run it without the library path: it must not need libfdkit.so.
# shellcheck disable=SC2086
out=$($emulator "$tmp/consumer-static") || fail "consumer-static exited $?"
echo "$out"

echo "PASS"
