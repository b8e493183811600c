// Development aid: JLCC_INFER_DUMP=file.jl prints the typed IR (or the diagnostics) of a
// program. Without the variable the test does nothing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "harness.hpp"
#include "ir/print.hpp"

namespace jl::types::testing {
namespace {

TEST(InferDump, FromEnvironment) {
  const char* path = std::getenv("JLCC_INFER_DUMP");
  if (!path) GTEST_SKIP();
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  Compiled c = compile(ss.str(), path);
  if (!c.result.errors.empty()) std::cout << c.errorText();
  else std::cout << ir::printProgram(*c.result.program, c.in->types(), true);
}

}  // namespace
}  // namespace jl::types::testing
