// Unit tests for runtime/core/format: Julia's number printing, byte for byte.
#include "core/format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

using namespace jlrt;

TEST(FormatFloat64, Specials) {
  EXPECT_EQ(formatFloat64(0.0), "0.0");
  EXPECT_EQ(formatFloat64(-0.0), "-0.0");
  EXPECT_EQ(formatFloat64(std::nan("")), "NaN");
  EXPECT_EQ(formatFloat64(-std::nan("")), "NaN");
  EXPECT_EQ(formatFloat64(INFINITY), "Inf");
  EXPECT_EQ(formatFloat64(-INFINITY), "-Inf");
}

TEST(FormatFloat64, PlainRange) {
  EXPECT_EQ(formatFloat64(1.0), "1.0");
  EXPECT_EQ(formatFloat64(-1.0), "-1.0");
  EXPECT_EQ(formatFloat64(0.1), "0.1");
  EXPECT_EQ(formatFloat64(0.5), "0.5");
  EXPECT_EQ(formatFloat64(-1.23), "-1.23");
  EXPECT_EQ(formatFloat64(12.5), "12.5");
  EXPECT_EQ(formatFloat64(100.0), "100.0");
  EXPECT_EQ(formatFloat64(100000.0), "100000.0");
  EXPECT_EQ(formatFloat64(123456.0), "123456.0");
  EXPECT_EQ(formatFloat64(123456.7), "123456.7");
  EXPECT_EQ(formatFloat64(0.001), "0.001");
  EXPECT_EQ(formatFloat64(0.0001), "0.0001");
  EXPECT_EQ(formatFloat64(0.00012), "0.00012");
  EXPECT_EQ(formatFloat64(2.5e-4), "0.00025");
  EXPECT_EQ(formatFloat64(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(formatFloat64(M_PI), "3.141592653589793");
  EXPECT_EQ(formatFloat64(std::exp(1.0)), "2.718281828459045");
  EXPECT_EQ(formatFloat64(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(formatFloat64(2.0 / 3.0), "0.6666666666666666");
  EXPECT_EQ(formatFloat64(1.1), "1.1");
  EXPECT_EQ(formatFloat64(3.0), "3.0");
  EXPECT_EQ(formatFloat64(42.0), "42.0");
  EXPECT_EQ(formatFloat64(999999.0), "999999.0");
  EXPECT_EQ(formatFloat64(0.3), "0.3");
  EXPECT_EQ(formatFloat64(1.5), "1.5");
  EXPECT_EQ(formatFloat64(-2.5), "-2.5");
}

TEST(FormatFloat64, ExponentForm) {
  EXPECT_EQ(formatFloat64(1e6), "1.0e6");
  EXPECT_EQ(formatFloat64(1234567.0), "1.234567e6");
  EXPECT_EQ(formatFloat64(123456789.0), "1.23456789e8");
  EXPECT_EQ(formatFloat64(1e10), "1.0e10");
  EXPECT_EQ(formatFloat64(1e15), "1.0e15");
  EXPECT_EQ(formatFloat64(1e16), "1.0e16");
  EXPECT_EQ(formatFloat64(123456789012345.0), "1.23456789012345e14");
  EXPECT_EQ(formatFloat64(2147483647.0), "2.147483647e9");
  EXPECT_EQ(formatFloat64(9007199254740992.0), "9.007199254740992e15");
  EXPECT_EQ(formatFloat64(1e-5), "1.0e-5");
  EXPECT_EQ(formatFloat64(1.5e-5), "1.5e-5");
  EXPECT_EQ(formatFloat64(1e-10), "1.0e-10");
  EXPECT_EQ(formatFloat64(-1e-10), "-1.0e-10");
  EXPECT_EQ(formatFloat64(std::sin(M_PI)), "1.2246467991473532e-16");
  EXPECT_EQ(formatFloat64(5e-324), "5.0e-324");
  EXPECT_EQ(formatFloat64(std::numeric_limits<double>::max()), "1.7976931348623157e308");
  EXPECT_EQ(formatFloat64(std::numeric_limits<double>::min()), "2.2250738585072014e-308");
  EXPECT_EQ(formatFloat64(std::numeric_limits<double>::epsilon()), "2.220446049250313e-16");
  EXPECT_EQ(formatFloat64(1.5e300), "1.5e300");
  EXPECT_EQ(formatFloat64(6.02214076e23), "6.02214076e23");
  EXPECT_EQ(formatFloat64(1e100), "1.0e100");
  EXPECT_EQ(formatFloat64(-1e6), "-1.0e6");
}

TEST(FormatFloat32, ShowForm) {
  EXPECT_EQ(formatFloat32(1.0f), "1.0f0");
  EXPECT_EQ(formatFloat32(0.0f), "0.0f0");
  EXPECT_EQ(formatFloat32(-0.0f), "-0.0f0");
  EXPECT_EQ(formatFloat32(0.1f), "0.1f0");
  EXPECT_EQ(formatFloat32(-2.5f), "-2.5f0");
  EXPECT_EQ(formatFloat32(1.5e-5f), "1.5f-5");
  EXPECT_EQ(formatFloat32(1e6f), "1.0f6");
  EXPECT_EQ(formatFloat32(100000.0f), "100000.0f0");
  EXPECT_EQ(formatFloat32(3.14159265f), "3.1415927f0");
  EXPECT_EQ(formatFloat32(std::numeric_limits<float>::max()), "3.4028235f38");
  EXPECT_EQ(formatFloat32(std::nanf("")), "NaN32");
  EXPECT_EQ(formatFloat32(INFINITY), "Inf32");
  EXPECT_EQ(formatFloat32(-INFINITY), "-Inf32");
  EXPECT_EQ(formatFloat32(0.1f + 0.2f), "0.3f0");
  EXPECT_EQ(formatFloat32(16777216.0f), "1.6777216f7");
}

TEST(FormatFloat32, PrintForm) {
  EXPECT_EQ(formatFloat32Print(1.0f), "1.0");
  EXPECT_EQ(formatFloat32Print(1.5e-5f), "1.5e-5");
  EXPECT_EQ(formatFloat32Print(1e6f), "1.0e6");
  EXPECT_EQ(formatFloat32Print(std::nanf("")), "NaN");
  EXPECT_EQ(formatFloat32Print(-INFINITY), "-Inf");
  EXPECT_EQ(formatFloat32Print(-0.0f), "-0.0");
}

TEST(FormatInt, Decimal) {
  EXPECT_EQ(formatInt(0), "0");
  EXPECT_EQ(formatInt(42), "42");
  EXPECT_EQ(formatInt(-42), "-42");
  EXPECT_EQ(formatInt(INT64_MAX), "9223372036854775807");
  EXPECT_EQ(formatInt(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(formatUInt(0), "0");
  EXPECT_EQ(formatUInt(UINT64_MAX), "18446744073709551615");
  __int128 big = static_cast<__int128>(1) << 100;
  EXPECT_EQ(formatInt128(big), "1267650600228229401496703205376");
  __int128 mn = static_cast<__int128>(static_cast<unsigned __int128>(1) << 127);
  EXPECT_EQ(formatInt128(mn), "-170141183460469231731687303715884105728");
  EXPECT_EQ(formatInt128(-1), "-1");
  EXPECT_EQ(formatUInt128(~static_cast<unsigned __int128>(0)), "340282366920938463463374607431768211455");
  EXPECT_EQ(formatUInt128(0), "0");
}

TEST(FormatInt, UnsignedHex) {
  EXPECT_EQ(formatUnsignedHex(42, 1), "0x2a");
  EXPECT_EQ(formatUnsignedHex(0, 1), "0x00");
  EXPECT_EQ(formatUnsignedHex(255, 1), "0xff");
  EXPECT_EQ(formatUnsignedHex(42, 2), "0x002a");
  EXPECT_EQ(formatUnsignedHex(42, 4), "0x0000002a");
  EXPECT_EQ(formatUnsignedHex(42, 8), "0x000000000000002a");
  EXPECT_EQ(formatUnsignedHex(UINT64_MAX, 8), "0xffffffffffffffff");
  EXPECT_EQ(formatUnsignedHex(1, 16), "0x00000000000000000000000000000001");
  EXPECT_EQ(formatUnsignedHex(~static_cast<unsigned __int128>(0), 16), "0xffffffffffffffffffffffffffffffff");
}
