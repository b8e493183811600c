// Number formatting exactly as Julia prints numbers. Shared by the interpreter and by
// generated programs, so `jlcc run` and a compiled binary print the same bytes. C++17.
#pragma once

#include <cstdint>
#include <string>

namespace jlrt {

// print/show of Float64: shortest round-trip digits in Julia's layout
// (1.0, 0.30000000000000004, 1.0e16, 1.0e-5, -0.0, NaN, Inf, -Inf).
std::string formatFloat64(double x);
// show/repr of Float32: shortest Float32 digits with Julia's `f` exponent (1.0f0, 1.5f-5, NaN32, Inf32).
std::string formatFloat32(float x);
// print/string of Float32: the same digits untyped (1.0, 1.5e-5, NaN, Inf).
std::string formatFloat32Print(float x);
// show of a Float64 in an IOContext with `:compact => true` (matrix display): rounded to
// six significant digits, then printed as formatFloat64 prints (0.333333, 1.0e10).
std::string formatFloat64Compact(double x);
// Decimal integers of every width.
std::string formatInt(int64_t x);
std::string formatUInt(uint64_t x);
std::string formatInt128(__int128 x);
std::string formatUInt128(unsigned __int128 x);
// show of unsigned integers: 0x-prefixed, zero-padded to the type's width in hex digits
// (UInt8 -> "0x2a", UInt64 -> "0x000000000000002a"). `bytes` is the type's size.
std::string formatUnsignedHex(unsigned __int128 x, int bytes);

}  // namespace jlrt
