#!/usr/bin/env bash
# Builds jlcc and runs every test: unit tests, golden tests, round trips, seed corpus.
set -eu
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
