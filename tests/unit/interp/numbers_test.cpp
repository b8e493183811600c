// Unit tests of the number natives (builtins_numbers.cpp) called through Base.
#include <gtest/gtest.h>

#include <cmath>

#include "interp/interp.hpp"

namespace jl::interp {
namespace {

Interp& interp() {
  static Interp* in = new Interp();
  return *in;
}

Value call2(const char* f, Value a, Value b) {
  Value args[2] = {std::move(a), std::move(b)};
  return interp().callBase(f, args);
}

std::string caught(const char* f, Value a, Value b) {
  try {
    call2(f, std::move(a), std::move(b));
  } catch (const JuliaError& e) {
    return interp().types().show(interp().types().typeOf(e.value));
  }
  return "";
}

TEST(Numbers, WrappingArithmetic) {
  EXPECT_EQ(call2("+", Value::int64(INT64_MAX), Value::int64(1)).asInt64(), INT64_MIN);
  Value r = call2("*", Value::int8(100), Value::int8(3));
  EXPECT_EQ(r.tag(), Tag::Int8);
  EXPECT_EQ(r.asInt64(), 44);
  r = call2("-", Value::uint8(1), Value::uint8(2));
  EXPECT_EQ(r.tag(), Tag::UInt8);
  EXPECT_EQ(r.asUInt64(), 255u);
  r = call2("+", Value::int128(static_cast<int128>(~static_cast<uint128>(0) >> 1)), Value::int128(1));
  EXPECT_TRUE(r.asInt128() < 0);
}

TEST(Numbers, Promotion) {
  EXPECT_EQ(call2("+", Value::uint8(1), Value::int64(1)).tag(), Tag::Int64);
  EXPECT_EQ(call2("+", Value::uint64(1), Value::int64(1)).tag(), Tag::UInt64);
  EXPECT_EQ(call2("+", Value::int32(1), Value::float32(1)).tag(), Tag::Float32);
  EXPECT_EQ(call2("+", Value::boolean(true), Value::boolean(true)).tag(), Tag::Int64);
  EXPECT_EQ(call2("/", Value::int64(7), Value::int64(2)).asFloat64(), 3.5);
}

TEST(Numbers, DivisionSignRules) {
  EXPECT_EQ(call2("div", Value::int64(-7), Value::int64(2)).asInt64(), -3);
  EXPECT_EQ(call2("fld", Value::int64(-7), Value::int64(2)).asInt64(), -4);
  EXPECT_EQ(call2("cld", Value::int64(-7), Value::int64(2)).asInt64(), -3);
  EXPECT_EQ(call2("mod", Value::int64(-7), Value::int64(3)).asInt64(), 2);
  EXPECT_EQ(call2("rem", Value::int64(-7), Value::int64(3)).asInt64(), -1);
  EXPECT_EQ(call2("mod", Value::int64(7), Value::int64(-3)).asInt64(), -2);
  EXPECT_EQ(call2("rem", Value::int64(INT64_MIN), Value::int64(-1)).asInt64(), 0);
  EXPECT_EQ(caught("div", Value::int64(1), Value::int64(0)), "DivideError");
  EXPECT_EQ(caught("div", Value::int64(INT64_MIN), Value::int64(-1)), "DivideError");
  EXPECT_EQ(caught("mod", Value::uint8(1), Value::uint8(0)), "DivideError");
}

TEST(Numbers, ShiftsAndPowers) {
  EXPECT_EQ(call2("<<", Value::int64(1), Value::int64(64)).asInt64(), 0);
  EXPECT_EQ(call2("<<", Value::int64(1), Value::int64(-1)).asInt64(), 0);
  EXPECT_EQ(call2(">>", Value::int64(-16), Value::int64(100)).asInt64(), -1);
  EXPECT_EQ(call2(">>>", Value::int64(-16), Value::int64(60)).asInt64(), 15);
  EXPECT_EQ(call2(">>", Value::int64(8), Value::int64(-1)).asInt64(), 16);
  EXPECT_EQ(call2("^", Value::int64(2), Value::int64(64)).asInt64(), 0);
  EXPECT_EQ(call2("^", Value::int64(3), Value::int64(4)).asInt64(), 81);
  EXPECT_EQ(call2("^", Value::int64(-1), Value::int64(-3)).asInt64(), -1);
  EXPECT_EQ(caught("^", Value::int64(2), Value::int64(-1)), "DomainError");
  EXPECT_EQ(call2("^", Value::float64(1.1), Value::int64(3)).asFloat64(), 1.1 * 1.1 * 1.1);
}

TEST(Numbers, MixedComparison) {
  EXPECT_TRUE(call2("==", Value::int64(1), Value::float64(1.0)).asBool());
  EXPECT_FALSE(call2("==", Value::int64(INT64_MAX), Value::float64(9.223372036854776e18)).asBool());
  EXPECT_TRUE(call2("<", Value::int64(INT64_MAX), Value::float64(9.223372036854776e18)).asBool());
  EXPECT_TRUE(call2("<", Value::int64(-1), Value::uint64(1)).asBool());
  EXPECT_FALSE(call2("==", Value::int64(-1), Value::uint64(UINT64_MAX)).asBool());
  EXPECT_FALSE(call2("<", Value::float64(NAN), Value::int64(1)).asBool());
  EXPECT_TRUE(call2("isequal", Value::float64(NAN), Value::float64(NAN)).asBool());
  EXPECT_FALSE(call2("isequal", Value::float64(-0.0), Value::float64(0.0)).asBool());
  EXPECT_TRUE(call2("isless", Value::float64(-0.0), Value::float64(0.0)).asBool());
}

TEST(Numbers, Conversions) {
  TypeSystem& T = interp().types();
  EXPECT_EQ(call2("convert", T.Int64, Value::float64(3.0)).asInt64(), 3);
  EXPECT_EQ(caught("convert", T.Int64, Value::float64(3.5)), "InexactError");
  EXPECT_EQ(caught("convert", T.UInt8, Value::int64(-1)), "InexactError");
  EXPECT_EQ(caught("convert", T.Int8, Value::int64(128)), "InexactError");
  EXPECT_EQ(call2("convert", T.Int8, Value::int64(-128)).asInt64(), -128);
  EXPECT_EQ(call2("round", T.Int64, Value::float64(2.5)).asInt64(), 2);
  EXPECT_EQ(call2("round", T.Int64, Value::float64(3.5)).asInt64(), 4);
  EXPECT_EQ(caught("trunc", T.Int64, Value::float64(1e20)), "InexactError");
  EXPECT_EQ(call2("convert", T.Float32, Value::float64(0.1)).asFloat32(), 0.1f);
}

}  // namespace
}  // namespace jl::interp
