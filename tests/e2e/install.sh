#!/usr/bin/env bash
# `cmake --install` layout: the installed jlcc compiles a program (with a regex, so both
# runtime libraries are found) against the installed runtime, and find_package(jlcc) from
# the installed config builds examples/library.
#   install.sh --build-dir BUILD
set -eu
build=$(cd "$2" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cd "$root/tests/golden/seed"
"$work/prefix/bin/jlcc" compile 36_regex_literal_in_loop.jl -o "$work/rx"
"$work/rx" | diff - 36_regex_literal_in_loop.expected
cmake -S "$root/examples/library" -B "$work/lib" -G Ninja -Djlcc_DIR="$work/prefix/lib/cmake/jlcc" >/dev/null
cmake --build "$work/lib" >/dev/null
[ "$("$work/lib/geometry_demo" | tail -1)" = "triangle_number(100) = 5050" ] || { echo "FAIL: library example"; exit 1; }
echo "PASS install"
