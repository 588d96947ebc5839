#!/bin/sh
# Install a built fdkit tree into a temporary prefix and build a consumer
# against the result, the three ways a user would:
#   1. CMake find_package(fdkit) -> fdkit::fdkit and fdkit::fdkit_static
#   2. pkg-config --cflags --libs fdkit (shared library)
#   3. the static archive libfdkit.a
# It also checks that every installed header compiles on its own and that the
# shared library exports fdk_* symbols only.
#
# usage: tests/install/run.sh BUILD_DIR [CC]
# env:   FDKIT_CONSUMER_FLAGS  extra compile+link flags (sanitizer builds)
#        CMAKE_GENERATOR       generator for the consumer project
# exit:  0 pass, 77 skip (no pkg-config), other fail
set -eu

build=${1:?usage: run.sh BUILD_DIR [CC]}
cc=${2:-${CC:-cc}}
flags=${FDKIT_CONSUMER_FLAGS:-}
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

step "installed headers compile alone"
for h in "$prefix"/include/fdkit/*.h; do
    name=$(basename "$h")
    printf '#include <fdkit/%s>\n#include <fdkit/%s>\n' "$name" "$name" >"$tmp/hdr.c"
    # Twice: the include guard must hold.  -fsyntax-only with the consumer's
    # default language level, then strict C99 + POSIX.
    "$cc" -fsyntax-only -Wall -Wextra -Werror -I"$prefix/include" "$tmp/hdr.c" ||
        fail "<fdkit/$name> does not compile alone"
    "$cc" -fsyntax-only -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror \
        -I"$prefix/include" "$tmp/hdr.c" ||
        fail "<fdkit/$name> does not compile alone with -std=c99"
done

step "libfdkit.so exports fdk_* only"
if command -v nm >/dev/null 2>&1; then
    nm -D --defined-only "$libdir/libfdkit.so" | awk '$2 != "A" { print $3 }' |
        sed 's/@.*//' | sort -u >"$tmp/exports"
    grep -q '^fdk_eventfd_open$' "$tmp/exports" || fail "fdk_eventfd_open not exported"
    if grep -v '^fdk_' "$tmp/exports" >"$tmp/bad" || grep '^fdk__' "$tmp/exports" >>"$tmp/bad"; then
        cat "$tmp/bad" >&2
        fail "libfdkit.so exports symbols outside fdk_* (or fdk__ internals)"
    fi
    # Every public function defined in libfdkit.a must be exported by the
    # .so: one missing FDK_EXPORT would hide it there only.
    nm -g --defined-only "$libdir/libfdkit.a" 2>/dev/null | awk 'NF == 3 { print $3 }' |
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
    out=$(LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$@") ||
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
    -DCMAKE_C_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="$flags" >"$tmp/cmake.log" 2>&1 || {
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
"$cc" $flags -o "$tmp/consumer-pc" "$here/consumer.c" $pcflags
run "$tmp/consumer-pc"

step "static: libfdkit.a"
pcstatic=$(PKG_CONFIG_PATH="$pcdir" pkg-config --static --cflags fdkit)
# shellcheck disable=SC2086
"$cc" $flags -o "$tmp/consumer-static" "$here/consumer.c" $pcstatic "$libdir/libfdkit.a"
if command -v ldd >/dev/null 2>&1 && ldd "$tmp/consumer-static" | grep -q libfdkit; then
    fail "consumer-static links libfdkit.so"
fi
# Run it without the library path: it must not need libfdkit.so.
out=$("$tmp/consumer-static") || fail "consumer-static exited $?"
echo "$out"

echo "PASS"
