#!/usr/bin/env bash
# The main job: builds jlcc, then runs an example program through it.
set -eu
cd "$(dirname "$0")/.."
bash scripts/build.sh
echo "== jlcc parse examples/mynumber.jl --show"
build/bin/jlcc parse examples/mynumber.jl --show
echo "== jlcc run examples/mynumber.jl"
build/bin/jlcc run examples/mynumber.jl
