#!/usr/bin/env bash
# Builds jlcc and runs every test: unit tests, golden tests, round trips, seed corpus.
set -eu
cd "$(dirname "$0")/.."
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
# The parser under libFuzzer for a bounded time (JLCC_FUZZ_SECONDS, default 60; 0 skips).
if [ "${JLCC_FUZZ_SECONDS:-60}" != 0 ]; then bash scripts/fuzz.sh; fi
