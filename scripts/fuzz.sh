#!/usr/bin/env bash
# Builds the libFuzzer parser target with clang (build-fuzz/) and fuzzes the parser for a
# bounded time (JLCC_FUZZ_SECONDS, default 60), seeded with every .jl file in tests/.
# Any crash, hang (>10 s per input) or sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${JLCC_FUZZ_SECONDS:-60}
if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ not found; skipping the fuzz run" >&2
  exit 0
fi
[ -f build-fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build build-fuzz --target parser_fuzz -j "$(nproc)"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
find tests -name '*.jl' -exec cp {} "$corpus"/ \;
build-fuzz/bin/parser_fuzz -max_total_time="$seconds" -timeout=10 -max_len=4096 \
  -print_final_stats=1 "$corpus" 2>&1 | tail -n 15
