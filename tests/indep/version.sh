#!/bin/sh
# SPDX-License-Identifier: MIT
#
# tests/indep/version.sh SRCDIR BUILDDIR CC CMAKE
#
# One version everywhere a user can read it: FDK_VERSION_* and
# FDK_VERSION_STRING in <fdkit/common.h>, fdk_version() of the library,
# project(VERSION) in CMakeLists.txt, libfdkit.so's file name and SONAME, the
# installed fdkit.pc's Version, and fdkitConfigVersion.cmake
# (find_package(fdkit MAJOR.MINOR) works, a later minor or major does not).
# Exits 77 when readelf or pkg-config is missing.
set -u
src=$1
build=$2
cc=$3
cmake=$4
for tool in readelf pkg-config; do
    command -v $tool >/dev/null 2>&1 || { echo "SKIP: no $tool" >&2; exit 77; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdk-version.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
fails=0
fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

hdr="$src/runtime/include/fdkit/common.h"
major=$(sed -n 's/^#define FDK_VERSION_MAJOR \([0-9]*\)$/\1/p' "$hdr")
minor=$(sed -n 's/^#define FDK_VERSION_MINOR \([0-9]*\)$/\1/p' "$hdr")
patch=$(sed -n 's/^#define FDK_VERSION_PATCH \([0-9]*\)$/\1/p' "$hdr")
string=$(sed -n 's/^#define FDK_VERSION_STRING "\(.*\)"$/\1/p' "$hdr")
ver="$major.$minor.$patch"
[ -n "$major" ] && [ -n "$minor" ] && [ -n "$patch" ] || { echo "FAIL: no FDK_VERSION_* in $hdr" >&2; exit 1; }
[ "$string" = "$ver" ] || fail "FDK_VERSION_STRING \"$string\" is not $ver"

proj=$(tr '\n' ' ' <"$src/CMakeLists.txt" | sed -n 's/.*project(fdkit *VERSION \([0-9.]*\).*/\1/p')
[ "$proj" = "$ver" ] || fail "CMakeLists.txt project(VERSION $proj), headers $ver"

so="$build/libfdkit.so.$ver"
[ -f "$so" ] || fail "no $so (the library's file name should carry $ver)"
soname=$(readelf -d "$build/libfdkit.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
[ "$soname" = "libfdkit.so.$major" ] || fail "SONAME '$soname', expected libfdkit.so.$major"

# fdk_version() of the shared library and of the archive, against the macros
cat >"$tmp/v.c" <<'EOF'
#include <fdkit/common.h>
#include <stdio.h>
int main(void)
{
    printf("%d %d %s\n", fdk_version(), FDK_VERSION, FDK_VERSION_STRING);
    return fdk_version() == FDK_VERSION ? 0 : 1;
}
EOF
num=$((major * 10000 + minor * 100 + patch))
inc="-I$src/generated/include -I$src/runtime/include"
for lib in "$build/libfdkit.so" "$build/libfdkit.a"; do
    if ! $cc $inc "$tmp/v.c" "$lib" -o "$tmp/v" 2>"$tmp/log"; then
        fail "v.c does not link with $lib: $(cat "$tmp/log")"
        continue
    fi
    out=$(LD_LIBRARY_PATH="$build" "$tmp/v")
    [ "$out" = "$num $num $ver" ] || fail "$lib: fdk_version() FDK_VERSION FDK_VERSION_STRING = '$out', expected '$num $num $ver'"
done

# the installed package files
if ! "$cmake" --install "$build" --prefix "$tmp/prefix" >"$tmp/log" 2>&1; then
    fail "cmake --install: $(tail -5 "$tmp/log")"
    exit 1
fi
pc=$(find "$tmp/prefix" -name fdkit.pc | head -1)
pcver=$(PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --modversion fdkit)
[ "$pcver" = "$ver" ] || fail "fdkit.pc Version '$pcver', expected $ver"
PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --atleast-version="$ver" fdkit || fail "pkg-config --atleast-version=$ver"
PKG_CONFIG_PATH=$(dirname "$pc") pkg-config --atleast-version=$((major + 1)).0 fdkit &&
    fail "pkg-config --atleast-version=$((major + 1)).0 fdkit succeeded"

# find_package(fdkit REQ) through fdkitConfigVersion.cmake
mkdir "$tmp/fp"
find_pkg() {
    cat >"$tmp/fp/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.16)
project(fdkit_version_probe C)
find_package(fdkit $1 REQUIRED)
message(STATUS "fdkit_VERSION=\${fdkit_VERSION}")
EOF
    rm -rf "$tmp/fp/b"
    "$cmake" -S "$tmp/fp" -B "$tmp/fp/b" -DCMAKE_PREFIX_PATH="$tmp/prefix" >"$tmp/fp/log" 2>&1
}
if find_pkg "$major.$minor"; then
    grep -q "fdkit_VERSION=$ver" "$tmp/fp/log" || fail "find_package(fdkit $major.$minor): fdkit_VERSION is not $ver"
else
    fail "find_package(fdkit $major.$minor) failed: $(grep -m3 . "$tmp/fp/log")"
fi
find_pkg "$ver" || fail "find_package(fdkit $ver) failed"
find_pkg "$((major + 1)).0" && fail "find_package(fdkit $((major + 1)).0) succeeded"
find_pkg "$major.$((minor + 1))" && fail "find_package(fdkit $major.$((minor + 1))) succeeded"
find_pkg "$ver EXACT" || fail "find_package(fdkit $ver EXACT) failed"

echo "version $ver: $fails failed"
[ $fails = 0 ]
