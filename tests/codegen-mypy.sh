#!/bin/sh
# SPDX-License-Identifier: MIT
# Type-check codegen with mypy (the ctest codegen.mypy).
#
#   tests/codegen-mypy.sh [CACHE_DIR]     from the repository root
#
# mypy only reads the sources, so any interpreter's mypy will do: Debian's
# (/usr/bin/python3 -m mypy, package python3-mypy), else a `mypy` on PATH,
# else $PYTHON -m mypy.  Exits 77 (a skip) when none runs, 1 on any error.
set -u

cache=${1:-}
config=codegen/mypy.ini
[ -r "$config" ] || { echo "codegen-mypy: run from the repository root (no $config here)" >&2; exit 1; }

works() { "$@" --version >/dev/null 2>&1; }
if [ -x /usr/bin/python3 ] && works /usr/bin/python3 -m mypy; then
    set -- /usr/bin/python3 -m mypy
elif command -v mypy >/dev/null 2>&1 && works mypy; then
    set -- mypy
elif [ -n "${PYTHON:-}" ] && works "$PYTHON" -m mypy; then
    set -- "$PYTHON" -m mypy
else
    echo "SKIP: mypy is not installed (Debian: python3-mypy)" >&2
    exit 77
fi

echo "codegen-mypy: $* ($("$@" --version 2>&1))"
set -- "$@" --config-file "$config"
[ -z "$cache" ] || set -- "$@" --cache-dir "$cache"
"$@" codegen || { echo "codegen-mypy: mypy reports problems in codegen (above)" >&2; exit 1; }
