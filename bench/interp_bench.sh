#!/usr/bin/env bash
# Interpreter speed: a macro-heavy file and loop-heavy programs under `jlcc run`, each
# against a baseline measured in the same run (the same computation as hand-written C++
# compiled with -O2, and `jlcc run` of an empty program for start-up).
#   bench/interp_bench.sh [JLCC]      (default: build/bin/jlcc)
set -eu
cd "$(dirname "$0")/.."
jlcc=${1:-build/bin/jlcc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best_ms() {  # best wall time of 3 runs, in milliseconds
  local best=999999999
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    local ms=$(( (t1 - t0) / 1000000 ))
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}

# 1. Macro-heavy: 2,000 macro definitions and 20,000 hygienic expansions.
{
  for i in $(seq 1 2000); do
    echo "macro m$i(x) return quote local t = \$(esc(x)); t + $i end end"
  done
  echo "total = 0"
  for i in $(seq 1 20000); do echo "total += @m$(( (i % 2000) + 1 ))($i)"; done
  echo "println(total)"
} >"$work/macros.jl"

# 2. Loop-heavy: the seed's long_sum over 10^6 iterations, and recursive fib(24).
cat >"$work/loops.jl" <<'JL'
function long_sum(n)
    acc = 0
    for i in 1:n
        acc += i % 7
    end
    return acc
end
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
println(long_sum(1_000_000))
println(fib(24))
JL
cat >"$work/loops.cpp" <<'CPP'
#include <cstdint>
#include <cstdio>
static int64_t fib(int64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(int argc, char**) {
  int64_t acc = 0, n = 1000000 * argc;
  for (int64_t i = 1; i <= n; ++i) acc += i % 7;
  std::printf("%lld\n%lld\n", (long long)acc, (long long)fib(23 + argc));
}
CPP
${CXX:-g++} -O2 -o "$work/loops_cpp" "$work/loops.cpp"
echo 'nothing' >"$work/empty.jl"

startup=$(best_ms "$jlcc" run "$work/empty.jl")
macros=$(best_ms "$jlcc" run "$work/macros.jl")
loops=$(best_ms "$jlcc" run "$work/loops.jl")
native=$(best_ms "$work/loops_cpp")
[ "$native" -gt 0 ] || native=1
echo "jlcc run start-up (empty program):        ${startup} ms"
echo "macro-heavy (2,000 macros, 20,000 calls): ${macros} ms  ($(( 20000 * 1000 / (macros > startup ? macros - startup : 1) )) expansions/s)"
echo "loop-heavy (10^6 loop + fib(24)):          ${loops} ms  (hand-written C++ -O2: ${native} ms, ratio $(( loops / native ))x)"
