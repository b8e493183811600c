// jlrt::Dict (jlrt/dict.hpp): insertion order across updates and deletions, isequal keys
// (NaN, -0.0), reference semantics, KeyError text and printing as the interpreter prints.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "jlrt/jlrt.hpp"

using namespace jlrt::literals;

namespace {
template <class X>
std::string shown(const X& x) { return jlrt::repr(x).str(); }
template <class X>
std::string displayed(const X& x) {
  jlrt::IO io;
  jlrt::display(io, x);
  return io.take();
}
}  // namespace

TEST(JlrtDict, InsertionOrderAndDelete) {
  auto d = jlrt::dict_make<jlrt::String, int64_t>({{"b"_jl, 1}, {"a"_jl, 2}, {"c"_jl, 3}});
  jlrt::setindex(d, int64_t(20), "a"_jl);  // update keeps the position
  EXPECT_EQ(shown(d), "Dict(\"b\" => 1, \"a\" => 20, \"c\" => 3)");
  jlrt::dict_delete(d, "b"_jl);
  jlrt::setindex(d, int64_t(4), "b"_jl);  // re-inserted at the end
  EXPECT_EQ(shown(d), "Dict(\"a\" => 20, \"c\" => 3, \"b\" => 4)");
  EXPECT_EQ(jlrt::getindex(d, "c"_jl), 3);
  EXPECT_EQ(jlrt::length(d), 3);
  std::string order;
  for (const auto& kv : jlrt::each(d)) order += std::get<0>(kv).str();
  EXPECT_EQ(order, "acb");
  EXPECT_EQ(shown(jlrt::dict_keys(d)), "[\"a\", \"c\", \"b\"]");
  EXPECT_EQ(shown(jlrt::dict_values(d)), "[20, 3, 4]");
}

TEST(JlrtDict, IsequalKeysAndSharing) {
  jlrt::Dict<double, int64_t> d;
  jlrt::Dict<double, int64_t> alias = d;
  double nan = std::numeric_limits<double>::quiet_NaN();
  jlrt::setindex(d, int64_t(1), nan);
  jlrt::setindex(d, int64_t(2), -nan);
  jlrt::setindex(d, int64_t(3), 0.0);
  jlrt::setindex(d, int64_t(4), -0.0);
  EXPECT_EQ(jlrt::length(alias), 3);
  EXPECT_TRUE(alias.same(d));
  EXPECT_EQ(jlrt::getindex(d, nan), 2);
  EXPECT_EQ(jlrt::get(d, 1.0, int64_t(-1)), -1);
  EXPECT_TRUE(jlrt::haskey(d, -0.0));
}

TEST(JlrtDict, ErrorsAndPrinting) {
  jlrt::Dict<jlrt::Symbol, bool> d;
  EXPECT_EQ(shown(d), "Dict{Symbol, Bool}()");
  EXPECT_EQ(displayed(d), "Dict{Symbol, Bool}()\n");
  try {
    jlrt::getindex(d, jlrt::symbol("k"));
    FAIL();
  } catch (const jlrt::Exception& e) {
    EXPECT_EQ(e.text(), "KeyError: key :k not found");
  }
  jlrt::setindex(d, true, jlrt::symbol("k"));
  EXPECT_EQ(shown(d), "Dict{Symbol, Bool}(:k => 1)");
  EXPECT_EQ(displayed(d), "Dict{Symbol, Bool} with 1 entry:\n  :k => 1\n");
  auto f = jlrt::dict_make<int64_t, double>({{1, 3.141592653589793}, {2, 0.5}});
  EXPECT_EQ(shown(f), "Dict(1 => 3.141592653589793, 2 => 0.5)");
  EXPECT_EQ(displayed(f), "Dict{Int64, Float64} with 2 entries:\n  1 => 3.14159\n  2 => 0.5\n");
}
