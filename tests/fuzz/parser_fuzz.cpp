// libFuzzer target for the lexer and parser: any byte string must parse (possibly with
// errors) without crashing, hanging, overflowing the stack or throwing. Also checks that
// every diagnostic has a position inside the input.
//   ./parser_fuzz -max_len=4096 -timeout=5 CORPUS_DIR   (seed it with tests/golden/parse)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  jl::syntax::ParseOptions opts;
  opts.filename = "fuzz.jl";
  opts.maxDepth = 200;
  jl::syntax::ParseResult a = jl::syntax::parseFile(text, opts);
  jl::syntax::ParseResult b = jl::syntax::parseOne(text, opts);
  jl::syntax::ParseResult c = jl::syntax::parseAt(text, size / 2, opts);
  for (const auto* r : {&a, &b, &c})
    for (const auto& d : r->errors)
      if (d.loc.line < 1 || d.loc.col < 1) std::abort();
  jl::syntax::Lexer lex(text);
  for (size_t i = 0; i < size + 2; ++i)
    if (lex.next().kind == jl::syntax::K::EndMarker) break;
  return 0;
}
