// Parser throughput: parses a generated Julia file of tens of MB (functions, structs,
// loops, strings with interpolation, macro calls, arrays, comprehensions) and reports
// bytes/second (MB/s) and the process's peak resident set size (getrusage) as counters.
// The lexer alone is measured too, as the baseline the parser is compared against.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <string>

#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

namespace {

// One unit of varied, realistic code; `i` makes names unique.
void appendUnit(std::string& out, int i) {
  std::string n = std::to_string(i);
  out += "\"\"\"\n    f" + n + "(x)\n\nDocumented function number " + n + ".\n\"\"\"\n";
  out += "function f" + n + "(x::Vector{Float64}, y::Int = " + n + "; scale = 2.5)\n";
  out += "    acc = zero(eltype(x))\n";
  out += "    for (i, v) in enumerate(x)\n";
  out += "        if v > 0.5 && i % 3 == 0\n";
  out += "            acc += scale * v^2 - sqrt(abs(v)) / (1 + i)\n";
  out += "        elseif v < -0.5 || isnan(v)\n";
  out += "            acc -= v .* 2\n";
  out += "        else\n";
  out += "            acc = max(acc, v)  # comment " + n + "\n";
  out += "        end\n";
  out += "    end\n";
  out += "    msg = \"value $(acc) at $y: [$(length(x))]\"\n";
  out += "    @assert acc >= -1e300 \"bad \" * msg\n";
  out += "    return acc, msg\n";
  out += "end\n\n";
  out += "struct Point" + n + "{T<:Real} <: AbstractPoint\n    x::T\n    y::T\nend\n";
  out += "g" + n + "(p::Point" + n + ") = Point" + n + "(p.x + 1, p.y * 2)\n";
  out += "const TABLE" + n + " = [1 2 3; 4 5 6; 7 8 " + n + "]\n";
  out += "squares" + n + " = [k^2 for k in 1:10 if isodd(k)]\n";
  out += "h" + n + " = map(xs -> xs .+ 1, Dict(:a => 1, :b => 2))\n";
  out += "let z = " + n + "\n    while z > 0\n        z = z ÷ 2\n    end\nend\n\n";
}

const std::string& bigSource() {
  static const std::string src = [] {
    std::string s;
    s.reserve(40u << 20);
    for (int i = 0; s.size() < (32u << 20); ++i) appendUnit(s, i);
    return s;
  }();
  return src;
}

double peakRssMB() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_LexOnly(benchmark::State& state) {
  const std::string& src = bigSource();
  for (auto _ : state) {
    jl::syntax::Lexer lex(src);
    size_t n = 0;
    while (lex.next().kind != jl::syntax::K::EndMarker) ++n;
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(src.size()));
  state.counters["MB"] = static_cast<double>(src.size()) / (1 << 20);
  state.counters["peak_rss_MB"] = peakRssMB();
}

void BM_ParseFile(benchmark::State& state) {
  const std::string& src = bigSource();
  jl::syntax::ParseOptions opts;
  opts.filename = "bench.jl";
  for (auto _ : state) {
    jl::syntax::ParseResult r = jl::syntax::parseFile(src, opts);
    if (!r.ok()) state.SkipWithError(r.errors[0].message.c_str());
    benchmark::DoNotOptimize(r.value);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(src.size()));
  state.counters["MB"] = static_cast<double>(src.size()) / (1 << 20);
  state.counters["peak_rss_MB"] = peakRssMB();
}

}  // namespace

BENCHMARK(BM_LexOnly)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ParseFile)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_MAIN();
