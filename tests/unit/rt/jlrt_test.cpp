// jlrt (the runtime of generated programs): Julia's integer and float arithmetic edge
// cases, conversions, comparisons, and printing identical to runtime/core/format.hpp.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/format.hpp"
#include "jlrt/jlrt.hpp"
#include "rt_test_support.hpp"

using namespace jlrt::literals;

namespace {
using rt_test::errorText;
using rt_test::printed;
template <class X>
std::string shown(const X& x) { return jlrt::repr(x).str(); }
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
}  // namespace

TEST(JlrtArith, WrappingOverflow) {
  EXPECT_EQ(jlrt::add(kMax, int64_t(1)), kMin);
  EXPECT_EQ(jlrt::sub(kMin, int64_t(1)), kMax);
  EXPECT_EQ(jlrt::mul(kMax, int64_t(2)), int64_t(-2));
  EXPECT_EQ(jlrt::neg(kMin), kMin);
  EXPECT_EQ(jlrt::abs(kMin), kMin);
  EXPECT_EQ(jlrt::mul(int8_t(100), int8_t(3)), int8_t(44));
  EXPECT_EQ(jlrt::mul(uint16_t(65535), uint16_t(65535)), uint16_t(1));  // no int promotion overflow
  EXPECT_EQ(jlrt::add(uint8_t(255), uint8_t(1)), uint8_t(0));
}

TEST(JlrtArith, DivisionFamily) {
  EXPECT_EQ(errorText([] { jlrt::div(kMin, int64_t(-1)); }), "DivideError | DivideError: integer division error");
  EXPECT_EQ(errorText([] { jlrt::div(int64_t(1), int64_t(0)); }), "DivideError | DivideError: integer division error");
  EXPECT_EQ(errorText([] { jlrt::fld(kMin, int64_t(-1)); }), "DivideError | DivideError: integer division error");
  EXPECT_EQ(errorText([] { jlrt::cld(kMin, int64_t(-1)); }), "DivideError | DivideError: integer division error");
  EXPECT_EQ(errorText([] { jlrt::rem(int64_t(1), int64_t(0)); }), "DivideError | DivideError: integer division error");
  EXPECT_EQ(jlrt::rem(kMin, int64_t(-1)), 0);
  EXPECT_EQ(jlrt::mod(kMin, int64_t(-1)), 0);
  EXPECT_EQ(jlrt::div(int64_t(-7), int64_t(2)), -3);
  EXPECT_EQ(jlrt::fld(int64_t(-7), int64_t(2)), -4);
  EXPECT_EQ(jlrt::cld(int64_t(7), int64_t(2)), 4);
  EXPECT_EQ(jlrt::cld(int64_t(-7), int64_t(2)), -3);
  EXPECT_EQ(jlrt::rem(int64_t(-7), int64_t(3)), -1);
  EXPECT_EQ(jlrt::mod(int64_t(-7), int64_t(3)), 2);
  EXPECT_EQ(jlrt::mod(int64_t(7), int64_t(-3)), -2);
  EXPECT_EQ(jlrt::cld(uint64_t(7), uint64_t(2)), 4u);
  EXPECT_EQ(jlrt::mod(-7.5, 2.0), 0.5);
  EXPECT_EQ(jlrt::fdiv(int64_t(1), int64_t(0)), std::numeric_limits<double>::infinity());
}

TEST(JlrtArith, ShiftsOfAnyCount) {
  EXPECT_EQ(jlrt::shl(int64_t(1), int64_t(63)), kMin);
  EXPECT_EQ(jlrt::shl(int64_t(1), int64_t(64)), 0);
  EXPECT_EQ(jlrt::shl(int64_t(1), int64_t(1000)), 0);
  EXPECT_EQ(jlrt::shr(int64_t(-8), int64_t(1)), -4);
  EXPECT_EQ(jlrt::shr(int64_t(-8), int64_t(64)), -1);
  EXPECT_EQ(jlrt::shr(int64_t(8), int64_t(64)), 0);
  EXPECT_EQ(jlrt::lshr(int64_t(-1), int64_t(60)), 15);
  EXPECT_EQ(jlrt::lshr(int64_t(-1), int64_t(64)), 0);
  EXPECT_EQ(jlrt::shl(int64_t(16), int64_t(-2)), 4);   // negative count shifts the other way
  EXPECT_EQ(jlrt::shr(int64_t(1), int64_t(-3)), 8);
  EXPECT_EQ(jlrt::shl(int64_t(1), kMin), 0);
  EXPECT_EQ(jlrt::shl(int8_t(1), int64_t(7)), int8_t(-128));
  EXPECT_EQ(jlrt::shr(int8_t(-128), uint8_t(200)), int8_t(-1));
}

TEST(JlrtArith, Powers) {
  EXPECT_EQ(jlrt::pow(int64_t(2), int64_t(62)), int64_t(1) << 62);
  EXPECT_EQ(jlrt::pow(int64_t(2), int64_t(64)), 0);
  EXPECT_EQ(jlrt::pow(int64_t(3), int64_t(40)), int64_t(-6289078614652622815));  // wraps like Julia
  EXPECT_EQ(jlrt::pow(int64_t(-1), int64_t(-3)), -1);
  EXPECT_EQ(jlrt::pow(int64_t(1), int64_t(-3)), 1);
  EXPECT_EQ(errorText([] { jlrt::pow(int64_t(2), int64_t(-1)); }).substr(0, 40), "DomainError | DomainError with -1:\nCanno");
  EXPECT_EQ(jlrt::pow(2.0, int64_t(10)), 1024.0);
  EXPECT_EQ(jlrt::pow(2.0, 0.5), std::sqrt(2.0));
  EXPECT_EQ(errorText([] { jlrt::pow(-2.0, 0.5); }).substr(0, 34), "DomainError | DomainError with -2.");
}

TEST(JlrtArith, ConversionsAndComparisons) {
  EXPECT_EQ(errorText([] { jlrt::convert_checked<int64_t>(2.5); }), "InexactError | InexactError: Int64(Int64, 2.5)");
  EXPECT_EQ(errorText([] { jlrt::convert_checked<int8_t>(int64_t(300)); }),
            "InexactError | InexactError: trunc(Int8, 300)");
  EXPECT_EQ(errorText([] { jlrt::convert_checked<uint64_t>(int64_t(-1)); }),
            "InexactError | InexactError: convert(UInt64, -1)");
  EXPECT_EQ(errorText([] { jlrt::convert_checked<int64_t>(9.3e18); }).substr(0, 26), "InexactError | InexactErro");
  EXPECT_EQ(jlrt::convert_checked<int64_t>(-9.223372036854775808e18), kMin);
  EXPECT_EQ(jlrt::convert_checked<float>(1e300), std::numeric_limits<float>::infinity());
  EXPECT_EQ(jlrt::convert_checked<int32_t>(uint8_t(200)), 200);
  EXPECT_FALSE(jlrt::eq(int64_t(-1), std::numeric_limits<uint64_t>::max()));
  EXPECT_TRUE(jlrt::lt(int64_t(-1), uint64_t(0)));
  EXPECT_TRUE(jlrt::eq(int64_t(1), 1.0));
  EXPECT_FALSE(jlrt::eq(int64_t(9007199254740993), 9007199254740992.0));  // exact, no rounding
  EXPECT_FALSE(jlrt::lt(std::nan(""), 1.0));
  EXPECT_TRUE(jlrt::isequal(std::nan(""), std::nan("")));
  EXPECT_FALSE(jlrt::egal(0.0, -0.0));
  EXPECT_EQ(jlrt::min(-0.0, 0.0), -0.0);
  EXPECT_TRUE(std::signbit(jlrt::min(0.0, -0.0)));
}

TEST(JlrtPrint, FloatsAsFormatHpp) {
  for (double x : {1.0, 0.1, 0.30000000000000004, 1e16, 1e-5, -0.0, 123456.789, 1.5e300, 5e-324,
                   std::numeric_limits<double>::infinity(), std::nan("")}) {
    EXPECT_EQ(printed(x), jlrt::formatFloat64(x));
    EXPECT_EQ(shown(x), jlrt::formatFloat64(x));
  }
  EXPECT_EQ(printed(1.5f), "1.5");
  EXPECT_EQ(shown(1.5f), "1.5f0");
  EXPECT_EQ(shown(uint8_t(42)), "0x2a");
  EXPECT_EQ(printed(uint8_t(42)), "42");
  EXPECT_EQ(printed(kMin), "-9223372036854775808");
}

TEST(JlrtPrint, ValuesAndContainers) {
  EXPECT_EQ(shown("a\"b$\n\x01"_jl), "\"a\\\"b\\$\\n\\x01\"");
  EXPECT_EQ(shown(jlrt::chr('x')), "'x'");
  EXPECT_EQ(shown(jlrt::Char::from_codepoint(0x3c0)), "'π'");
  EXPECT_EQ(printed(jlrt::Char::from_codepoint(0x3c0)), "π");
  EXPECT_EQ(shown(jlrt::symbol("foo")), ":foo");
  EXPECT_EQ(shown(std::make_tuple(int64_t(1))), "(1,)");
  EXPECT_EQ(shown(std::make_tuple(int64_t(1), "x"_jl, 2.0)), "(1, \"x\", 2.0)");
  EXPECT_EQ(shown(jlrt::Vector<int64_t>::make({1, 2})), "[1, 2]");
  EXPECT_EQ(shown(jlrt::Vector<int64_t>()), "Int64[]");
  EXPECT_EQ(shown(jlrt::Vector<float>::make({1.0f})), "Float32[1.0]");
  EXPECT_EQ(shown(jlrt::Vector<uint8_t>::make({1})), "UInt8[0x01]");
  EXPECT_EQ((jlrt::type_name<std::tuple<int64_t, int64_t, int64_t, int64_t>>()), "NTuple{4, Int64}");
  EXPECT_EQ((jlrt::type_name<std::tuple<int64_t, int64_t, int64_t>>()), "Tuple{Int64, Int64, Int64}");
  jlrt::IO io;
  jlrt::display(io, jlrt::Vector<double>::make({1.5, 10.25, -3.0}));
  EXPECT_EQ(io.buffer(), "3-element Vector{Float64}:\n  1.5\n 10.25\n -3.0\n");
}

TEST(JlrtContainers, BoundsAndStrings) {
  auto v = jlrt::Vector<int64_t>::make({1, 2, 3});
  EXPECT_EQ(errorText([&] { jlrt::getindex(v, 4); }),
            "BoundsError | BoundsError: attempt to access 3-element Vector{Int64} at index [4]");
  auto t = std::make_tuple(int64_t(1), int64_t(2));
  EXPECT_EQ(errorText([&] { jlrt::tuple_getindex(t, 3); }),
            "BoundsError | BoundsError: attempt to access Tuple{Int64, Int64} at index [3]");
  EXPECT_EQ(jlrt::length("héllo"_jl), 5);
  EXPECT_EQ(errorText([] { jlrt::getindex("héllo"_jl, 3); }), "StringIndexError | StringIndexError: invalid index [3]");
  EXPECT_EQ(printed(jlrt::repeat("ab"_jl, 3)), "ababab");
  int64_t sum = 0, count = 0;
  for (int64_t i : jlrt::UnitRange(kMax - 2, kMax)) sum += i - (kMax - 3), ++count;  // stops at typemax
  EXPECT_EQ(count, 3);
  EXPECT_EQ(sum, 6);
  count = 0;
  for (int64_t i : jlrt::StepRange(10, -3, 1)) count += i > 0;
  EXPECT_EQ(count, 4);  // 10, 7, 4, 1
  EXPECT_EQ(errorText([] { jlrt::StepRange(1, 0, 5); }), "ArgumentError | ArgumentError: step cannot be zero");
}
