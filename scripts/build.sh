#!/usr/bin/env bash
# Configures and builds jlcc into build/ (Ninja, ccache); the CLI lands at build/bin/jlcc.
set -eu
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
[ -f build/build.ninja ] || cmake --preset default >/dev/null
cmake --build build -j "$(nproc)"
