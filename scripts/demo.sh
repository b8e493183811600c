#!/usr/bin/env bash
# The main job: builds jlcc, then compiles the examples into static executables and runs
# them (and shows the interpreter running the same program).
set -eu
cd "$(dirname "$0")/.."
bash scripts/build.sh
out=build/examples
mkdir -p "$out"
for ex in sub2ind/sub2ind mynumber/mynumber; do
  name=$(basename "$ex")
  echo "== jlcc compile examples/$ex.jl -o $out/$name"
  build/bin/jlcc compile "examples/$ex.jl" -o "$out/$name"
  file "$out/$name" | sed 's/, BuildID.*//'
  echo "== $out/$name"
  "$out/$name"
done
echo "== jlcc run examples/mynumber/mynumber.jl (the interpreter prints the same)"
build/bin/jlcc run examples/mynumber/mynumber.jl
echo "== the library example: examples/library (C++ main calling @ccallable Julia functions)"
build/bin/jlcc build examples/library/geometry.jl -o "$out/library"
${CXX:-g++} -std=c++17 -O2 -I"$out/library" -Iruntime/core/include -Iruntime \
  examples/library/main.cpp "$out/library/geometry.cpp" build/lib/libjlcc_rt.a -static -o "$out/geometry_demo"
"$out/geometry_demo"
