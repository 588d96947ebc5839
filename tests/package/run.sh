#!/bin/sh
# Check the packages `make package` made in BUILD_DIR (cmake/packaging.cmake):
#   - three .deb files: libfdkit0 (SONAME libfdkit.so.0 and the library),
#     libfdkit-dev (headers, libfdkit.so, .a, fdkit.pc, CMake package, man
#     pages; depends on libfdkit0 of the same version), fdkit-tools;
#   - extracted with dpkg-deb -x, a consumer builds against them with
#     pkg-config (run through LD_LIBRARY_PATH and through an rpath) and with
#     find_package(fdkit), and fdkit-ls runs;
#   - the tarball holds the same files, and a consumer builds against it;
#   - lintian, where installed, reports no error or warning.
#
# usage: tests/package/run.sh BUILD_DIR
# exit:  0 pass, 77 skip (no dpkg-deb), other fail
set -eu

build=$(cd "${1:?usage: run.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
cc=${CC:-cc}

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

command -v dpkg-deb >/dev/null 2>&1 || { echo "SKIP: dpkg-deb is not installed" >&2; exit 77; }

version=$(sed -n 's/^#define FDK_VERSION_STRING "\(.*\)"$/\1/p' "$src/runtime/include/fdkit/common.h")
major=${version%%.*}
[ -n "$version" ] || fail "no FDK_VERSION_STRING in common.h"

one() { # one FILE-GLOB: the single file matching it in $build
    set -- "$build"/$1
    [ "$#" -eq 1 ] && [ -f "$1" ] || fail "expected one $(basename "$1"), found: $*"
    printf '%s\n' "$1"
}
rt=$(one "libfdkit${major}_${version}-*_*.deb")
dev=$(one "libfdkit-dev_${version}-*_*.deb")
tools=$(one "fdkit-tools_${version}-*_*.deb")
tgz=$(one "fdkit-${version}-*.tar.gz")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fdkit-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

step "control fields"
field() { dpkg-deb -f "$1" "$2"; }
[ "$(field "$rt" Package)" = "libfdkit$major" ] || fail "runtime package is $(field "$rt" Package)"
[ "$(field "$rt" Section)" = libs ] || fail "libfdkit$major's section is not libs"
[ "$(field "$dev" Section)" = libdevel ] || fail "libfdkit-dev's section is not libdevel"
rtver=$(field "$rt" Version)
case $(field "$dev" Depends) in
*"libfdkit$major (= $rtver)"*) ;;
*) fail "libfdkit-dev does not depend on libfdkit$major (= $rtver): $(field "$dev" Depends)" ;;
esac
case $(field "$rt" Depends) in
*libc6*) ;;
*) fail "libfdkit$major does not depend on libc6: $(field "$rt" Depends)" ;;
esac
dpkg-deb --ctrl-tarfile "$rt" | tar -xOf - ./shlibs >"$tmp/shlibs" || fail "libfdkit$major has no shlibs file"
grep -qx "libfdkit $major libfdkit$major (>= $rtver)" "$tmp/shlibs" || fail "shlibs says: $(cat "$tmp/shlibs")"
dpkg-deb --ctrl-tarfile "$rt" | tar -xOf - ./triggers | grep -qx 'activate-noawait ldconfig' ||
    fail "libfdkit$major does not activate the ldconfig trigger"
echo "libfdkit$major $rtver, shlibs and ldconfig trigger in place"

step "contents"
dpkg-deb -c "$rt" | awk '{ print $6 }' | sed 's|^\./|/|' >"$tmp/rt.list"
dpkg-deb -c "$dev" | awk '{ print $6 }' | sed 's|^\./|/|' >"$tmp/dev.list"
dpkg-deb -c "$tools" | awk '{ print $6 }' | sed 's|^\./|/|' >"$tmp/tools.list"
has() { grep -q "$2" "$tmp/$1.list" || fail "$1 package lacks $2"; }
lacks() { ! grep -q "$2" "$tmp/$1.list" || fail "$1 package must not hold $2"; }
has rt '^/usr/lib/[^/]*/libfdkit\.so\.'"$major"'$'
has rt '^/usr/lib/[^/]*/libfdkit\.so\.'"$version"'$'
has rt '^/usr/share/doc/libfdkit'"$major"'/copyright$'
has rt '^/usr/share/doc/libfdkit'"$major"'/changelog\.Debian\.gz$'
lacks rt '^/usr/include/'
lacks rt '/libfdkit\.so$'
has dev '^/usr/lib/[^/]*/libfdkit\.so$'
has dev '^/usr/lib/[^/]*/libfdkit\.a$'
has dev '^/usr/lib/[^/]*/pkgconfig/fdkit\.pc$'
has dev '^/usr/lib/[^/]*/cmake/fdkit/fdkitConfig\.cmake$'
has dev '^/usr/include/fdkit/fdkit\.h$'
has dev '^/usr/share/doc/libfdkit-dev/copyright$'
lacks dev '/libfdkit\.so\.'
has tools '^/usr/bin/fdkit-ls$'
has tools '^/usr/share/man/man1/fdkit-ls\.1\.gz$'
# Every man page codegen made is in libfdkit-dev, compressed.
if [ -d "$src/generated/man" ]; then
    want=$(find "$src/generated/man" -type f -name '*.[0-9]' | wc -l)
    got=$(grep -c '^/usr/share/man/man[0-9]/.*\.[0-9]\.gz$' "$tmp/dev.list" || true)
    [ "$want" -eq "$got" ] || fail "libfdkit-dev holds $got man pages, generated/man has $want"
    echo "$got man pages"
fi

step "dpkg-deb -x: SONAME and a consumer"
root=$tmp/root
for deb in "$rt" "$dev" "$tools"; do dpkg-deb -x "$deb" "$root"; done
so=$(find "$root/usr/lib" -name "libfdkit.so.$version" | head -n 1)
libdir=$(dirname "$so")
soname=$(readelf -d "$so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libfdkit.so.$major" ] || fail "SONAME is '$soname'"
[ "$(readlink "$libdir/libfdkit.so")" = "libfdkit.so.$major" ] || fail "libfdkit.so does not point at libfdkit.so.$major"
if readelf -S "$so" | grep -q '\.debug_info'; then fail "the packaged library is not stripped"; fi
pcflags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config --cflags --libs fdkit)
case $pcflags in *"-I$root/usr/"*) ;; *) fail "fdkit.pc does not follow the extracted tree: $pcflags" ;; esac
# shellcheck disable=SC2086 # word splitting of flags is intended
"$cc" -o "$tmp/consumer" "$src/tests/install/consumer.c" $pcflags || fail "building against the packages"
out=$(LD_LIBRARY_PATH="$libdir" "$tmp/consumer") || fail "consumer exited $?"
echo "pkg-config + LD_LIBRARY_PATH: $out"
# shellcheck disable=SC2086
"$cc" -o "$tmp/consumer-rpath" "$src/tests/install/consumer.c" $pcflags -Wl,-rpath,"$libdir"
out=$("$tmp/consumer-rpath") || fail "consumer-rpath exited $?"
echo "pkg-config + rpath: $out"
ldd "$tmp/consumer-rpath" | grep -q "libfdkit.so.$major => $libdir/" || fail "the consumer does not load the packaged library"
cmake -S "$src/tests/install" -B "$tmp/cmake" -DCMAKE_PREFIX_PATH="$root/usr" -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_BUILD_RPATH="$libdir" >"$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; fail "find_package(fdkit) from the packages"; }
cmake --build "$tmp/cmake" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "building the CMake consumer"; }
"$tmp/cmake/consumer" >/dev/null || fail "the CMake consumer failed"
"$tmp/cmake/consumer_static" >/dev/null || fail "the static CMake consumer failed"
echo "find_package(fdkit): shared and static consumers run"
"$root/usr/bin/fdkit-ls" --self >"$tmp/ls.out" || fail "fdkit-ls from the package failed"
grep -q '^pid=' "$tmp/ls.out" || fail "fdkit-ls printed no process"
MANPATH="$root/usr/share/man" man -P cat fdkit-ls 2>/dev/null | grep -q 'fdkit-ls' || fail "man fdkit-ls"
MANPATH="$root/usr/share/man" man -P cat fdk_tcp_connect 2>/dev/null | grep -q "fdkit/socket.h" || fail "man fdk_tcp_connect from the packaged pages"
echo "fdkit-ls, its man page and fdk_tcp_connect(3)"

step "tarball"
tar -tzf "$tgz" >"$tmp/tgz.list"
for f in include/fdkit/fdkit.h "lib/[^/]*/libfdkit.so.$major\$" "lib/[^/]*/libfdkit.a\$" bin/fdkit-ls \
    "lib/[^/]*/pkgconfig/fdkit.pc\$"; do
    grep -q "$f" "$tmp/tgz.list" || fail "the tarball lacks $f"
done
mkdir "$tmp/tgz" && tar -xzf "$tgz" -C "$tmp/tgz"
tpc=$(find "$tmp/tgz" -name fdkit.pc | head -n 1)
tflags=$(PKG_CONFIG_PATH=$(dirname "$tpc") pkg-config --cflags --libs fdkit)
# shellcheck disable=SC2086
"$cc" -o "$tmp/consumer-tgz" "$src/tests/install/consumer.c" $tflags -Wl,-rpath,"$(dirname "$(dirname "$tpc")")"
"$tmp/consumer-tgz" >/dev/null || fail "the consumer built against the tarball failed"
echo "$(wc -l <"$tmp/tgz.list") entries; a consumer builds and runs"

step "lintian"
if command -v lintian >/dev/null 2>&1; then
    lintian --fail-on error,warning "$rt" "$dev" "$tools" 2>&1 | grep -v 'running with root privileges' || true
    lintian --fail-on error,warning "$rt" "$dev" "$tools" >/dev/null 2>&1 || fail "lintian found errors or warnings"
    echo "lintian: clean"
else
    echo "lintian not installed: skipped"
fi
echo PASS
