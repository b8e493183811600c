#!/usr/bin/env bash
# find_package(jlcc) + add_generated_sources(): builds examples/library (a C++ main calling
# Base.@ccallable functions of geometry.jl) with CMake and Ninja against this build tree,
# runs it, then checks that touching nothing rebuilds nothing.
#   cmake_integration.sh --build-dir BUILD
set -eu
build=$(cd "$2" && pwd)
src=$(cd "$(dirname "$0")/../../examples/library" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S "$src" -B "$work" -G Ninja -Djlcc_DIR="$build/lib/cmake/jlcc" >/dev/null
cmake --build "$work" >/dev/null
out=$("$work/geometry_demo")
expected=$'norm(3, 4) = 5\ntriangle_number(100) = 5050'
[ "$out" = "$expected" ] || { echo "FAIL: unexpected output:"; echo "$out"; exit 1; }
if ninja -C "$work" -n | grep -q "jlcc build"; then echo "FAIL: a no-op rebuild reruns jlcc"; exit 1; fi
echo "PASS add_generated_sources"
