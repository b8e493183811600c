// Base natives for numbers: Julia's integer semantics (wrapping arithmetic of every width,
// floored/truncated division with Julia's sign rules and DivideError, shifts of any
// count), promotion of mixed arithmetic, exact mixed comparisons, conversions with
// InexactError, rounding, the elementary functions, and Char arithmetic.
//
// All integer arithmetic is done on unsigned 128-bit values and then truncated to the
// result width, so no C++ signed overflow, over-wide shift or INT_MIN/-1 can happen.
//
// Difference from Julia: `π`/`pi` and `ℯ` are plain Float64 constants (Julia's are
// `Irrational`s that print as `π`); no Float16, BigInt, Rational or Complex.
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>

#include "jlrt/arith.hpp"
#include "jlrt/numbers.hpp"
#include "core/format.hpp"
#include "interp/builtins_util.hpp"

namespace jl::interp {

namespace bu {

int bitsOf(Tag t) {
  switch (t) {
    case Tag::Bool: case Tag::Int8: case Tag::UInt8: return 8;
    case Tag::Int16: case Tag::UInt16: return 16;
    case Tag::Int32: case Tag::UInt32: case Tag::Float32: case Tag::Char: return 32;
    case Tag::Int64: case Tag::UInt64: case Tag::Float64: return 64;
    case Tag::Int128: case Tag::UInt128: return 128;
    default: return 0;
  }
}

Value typeOfTag(Interp& in, Tag t) {
  TypeSystem& T = in.types();
  switch (t) {
    case Tag::Nothing: return T.Nothing;
    case Tag::Bool: return T.Bool;
    case Tag::Int8: return T.Int8;
    case Tag::Int16: return T.Int16;
    case Tag::Int32: return T.Int32;
    case Tag::Int64: return T.Int64;
    case Tag::Int128: return T.Int128;
    case Tag::UInt8: return T.UInt8;
    case Tag::UInt16: return T.UInt16;
    case Tag::UInt32: return T.UInt32;
    case Tag::UInt64: return T.UInt64;
    case Tag::UInt128: return T.UInt128;
    case Tag::Float32: return T.Float32;
    case Tag::Float64: return T.Float64;
    case Tag::Char: return T.Char;
    case Tag::Symbol: return T.Symbol;
    default: return T.Any;
  }
}

Tag tagOfType(Interp& in, const Value& t) {
  if (!isType(t)) return Tag::Nothing;
  TypeSystem& T = in.types();
  const Object* o = t.obj();
  static const Tag tags[] = {Tag::Bool, Tag::Int8, Tag::Int16, Tag::Int32, Tag::Int64, Tag::Int128,
                             Tag::UInt8, Tag::UInt16, Tag::UInt32, Tag::UInt64, Tag::UInt128,
                             Tag::Float32, Tag::Float64, Tag::Char};
  const Value* types[] = {&T.Bool, &T.Int8, &T.Int16, &T.Int32, &T.Int64, &T.Int128, &T.UInt8,
                          &T.UInt16, &T.UInt32, &T.UInt64, &T.UInt128, &T.Float32, &T.Float64, &T.Char};
  for (size_t i = 0; i < sizeof tags / sizeof tags[0]; ++i)
    if (types[i]->isObject() && types[i]->obj() == o) return tags[i];
  return Tag::Nothing;
}

Value wrapInt(Tag t, uint128 x) {
  switch (t) {
    case Tag::Bool: return Value::boolean((x & 1) != 0);
    case Tag::Int8: return Value::int8(static_cast<int8_t>(static_cast<uint8_t>(x)));
    case Tag::Int16: return Value::int16(static_cast<int16_t>(static_cast<uint16_t>(x)));
    case Tag::Int32: return Value::int32(static_cast<int32_t>(static_cast<uint32_t>(x)));
    case Tag::Int64: return Value::int64(static_cast<int64_t>(static_cast<uint64_t>(x)));
    case Tag::Int128: return Value::int128(static_cast<int128>(x));
    case Tag::UInt8: return Value::uint8(static_cast<uint8_t>(x));
    case Tag::UInt16: return Value::uint16(static_cast<uint16_t>(x));
    case Tag::UInt32: return Value::uint32(static_cast<uint32_t>(x));
    case Tag::UInt64: return Value::uint64(static_cast<uint64_t>(x));
    case Tag::UInt128: return Value::uint128(x);
    default: return Value::int64(static_cast<int64_t>(static_cast<uint64_t>(x)));
  }
}

double toDouble(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool: return v.asBool() ? 1.0 : 0.0;
    case Tag::Float32: return v.asFloat32();
    case Tag::Float64: return v.asFloat64();
    case Tag::UInt128: return static_cast<double>(v.asUInt128());
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64:
      return static_cast<double>(v.asUInt64());
    default: return static_cast<double>(v.toInt128());
  }
}

std::string printNumber(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool: return v.asBool() ? "true" : "false";
    case Tag::Float64: return jlrt::formatFloat64(v.asFloat64());
    case Tag::Float32: return jlrt::formatFloat32Print(v.asFloat32());
    case Tag::UInt128: return jlrt::formatUInt128(v.asUInt128());
    case Tag::Int128: return jlrt::formatInt128(v.asInt128());
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64: return jlrt::formatUInt(v.asUInt64());
    default: return jlrt::formatInt(v.asInt64());
  }
}

std::string showNumber(const Value& v) {
  switch (v.tag()) {
    case Tag::Float32: return jlrt::formatFloat32(v.asFloat32());
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64:
      return jlrt::formatUnsignedHex(v.asUInt64(), bitsOf(v.tag()) / 8);
    case Tag::UInt128: return jlrt::formatUnsignedHex(v.asUInt128(), 16);
    default: return printNumber(v);
  }
}

}  // namespace bu

namespace {

using namespace bu;

bool isSigned(Tag t) { return t >= Tag::Int8 && t <= Tag::Int128; }
bool isUnsigned(Tag t) { return t >= Tag::UInt8 && t <= Tag::UInt128; }
bool isFloatTag(Tag t) { return t == Tag::Float32 || t == Tag::Float64; }

// Julia's promote_type for two primitive numeric tags.
Tag promoteTags(Tag a, Tag b) {
  if (a == b) return a;
  if (isFloatTag(a) || isFloatTag(b)) {
    if (a == Tag::Float64 || b == Tag::Float64) return Tag::Float64;
    return Tag::Float32;
  }
  if (a == Tag::Bool) return b;
  if (b == Tag::Bool) return a;
  int ba = bitsOf(a), bb = bitsOf(b);
  if (ba != bb) return ba > bb ? a : b;
  return isUnsigned(a) ? a : b;
}

// Raw integer bits (two's complement in 128 bits) of an integer-like value.
uint128 rawBits(const Value& v) {
  if (v.isBool()) return v.asBool() ? 1 : 0;
  if (v.tag() == Tag::UInt128) return v.asUInt128();
  if (v.isUnsignedInt()) return v.asUInt64();
  return static_cast<uint128>(v.toInt128());
}

// Sign-extended signed value of raw bits at width `bits`.
int128 signExtend(uint128 x, int bits) {
  if (bits >= 128) return static_cast<int128>(x);
  uint128 mask = (static_cast<uint128>(1) << bits) - 1;
  x &= mask;
  uint128 sign = static_cast<uint128>(1) << (bits - 1);
  if (x & sign) return static_cast<int128>(x | ~mask);
  return static_cast<int128>(x);
}
uint128 zeroExtend(uint128 x, int bits) {
  if (bits >= 128) return x;
  return x & ((static_cast<uint128>(1) << bits) - 1);
}

Value makeFloat(Tag t, double x) { return t == Tag::Float32 ? Value::float32(static_cast<float>(x)) : Value::float64(x); }

// Converts a numeric value to the promoted tag (no range checks: used after promotion,
// where Julia's `convert` between these types never fails except float->int which does
// not happen in promotion).
Value convertUnchecked(const Value& v, Tag t) {
  if (v.tag() == t) return v;
  if (isFloatTag(t)) {
    if (t == Tag::Float32) {
      if (v.tag() == Tag::Float64) return Value::float32(static_cast<float>(v.asFloat64()));
      if (v.tag() == Tag::UInt128) return Value::float32(static_cast<float>(v.asUInt128()));
      if (v.isUnsignedInt()) return Value::float32(static_cast<float>(v.asUInt64()));
      if (v.isBool()) return Value::float32(v.asBool() ? 1.0f : 0.0f);
      return Value::float32(static_cast<float>(v.toInt128()));
    }
    return Value::float64(toDouble(v));
  }
  return wrapInt(t, rawBits(v));
}

[[noreturn]] void divideError(Interp& in) { in.throwNew("DivideError", {}); }


// ---------------------------------------------------------------------------------------
// Comparison: -1, 0, 1, or 2 when unordered (NaN).
int cmpIntFloat(const Value& iv, double d) {
  if (std::isnan(d)) return 2;
  const double two127 = 170141183460469231731687303715884105728.0;
  bool uns = iv.tag() == Tag::UInt128 || iv.isUnsignedInt();
  uint128 u = rawBits(iv);
  int128 s = uns ? 0 : static_cast<int128>(u);
  if (d >= two127 * 2) return -1;
  if (d < -two127) return 1;
  if (d >= two127) {
    // only an unsigned value can reach this range
    if (!uns) return -1;
    double t = std::trunc(d);
    uint128 ti = static_cast<uint128>(t);
    if (u < ti) return -1;
    if (u > ti) return 1;
    return d > t ? -1 : 0;
  }
  double t = std::trunc(d);
  int128 ti = static_cast<int128>(t);
  if (uns && u > static_cast<uint128>(std::numeric_limits<int128>::max())) return 1;
  int128 x = uns ? static_cast<int128>(u) : s;
  if (x < ti) return -1;
  if (x > ti) return 1;
  double frac = d - t;
  if (frac > 0) return -1;
  if (frac < 0) return 1;
  return 0;
}

int cmpNums(const Value& a, const Value& b) {
  bool af = a.isFloat(), bf = b.isFloat();
  if (af && bf) {
    double x = toDouble(a), y = toDouble(b);
    if (std::isnan(x) || std::isnan(y)) return 2;
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (af) {
    int c = cmpIntFloat(b, toDouble(a));
    return c == 2 ? 2 : -c;
  }
  if (bf) return cmpIntFloat(a, toDouble(b));
  bool an = isNeg(a), bn = isNeg(b);
  if (an != bn) return an ? -1 : 1;
  uint128 x = rawBits(a), y = rawBits(b);
  if (an) {  // both negative signed: compare as int128
    int128 sx = static_cast<int128>(x), sy = static_cast<int128>(y);
    return sx < sy ? -1 : (sx > sy ? 1 : 0);
  }
  return x < y ? -1 : (x > y ? 1 : 0);
}

// Julia's isequal/isless on promoted values.
bool floatIsEqual(double x, double y) {
  if (std::isnan(x) && std::isnan(y)) return true;
  return x == y && std::signbit(x) == std::signbit(y);
}
bool floatIsLess(double x, double y) {
  if (std::isnan(x)) return false;
  if (std::isnan(y)) return true;
  if (x == y) return std::signbit(x) && !std::signbit(y);
  return x < y;
}

// ---------------------------------------------------------------------------------------
// Arithmetic.
enum class Op { Add, Sub, Mul, Div, IDiv, Rem, Mod, Fld, Cld, And, Or, Xor };

Value intArith(Interp& in, Op op, Tag t, const Value& av, const Value& bv) {
  int bits = bitsOf(t);
  uint128 a = rawBits(av), b = rawBits(bv);
  bool sgn = isSigned(t);
  switch (op) {
    case Op::Add: return wrapInt(t, a + b);
    case Op::Sub: return wrapInt(t, a - b);
    case Op::Mul: return wrapInt(t, a * b);
    case Op::And: return wrapInt(t, a & b);
    case Op::Or: return wrapInt(t, a | b);
    case Op::Xor: return wrapInt(t, a ^ b);
    default: break;
  }
  if (sgn) {
    int128 x = signExtend(a, bits), y = signExtend(b, bits);
    int128 tmin = bits >= 128 ? std::numeric_limits<int128>::min() : -(static_cast<int128>(1) << (bits - 1));
    if (y == 0) divideError(in);
    if (y == -1) {
      if (op == Op::Rem || op == Op::Mod) return wrapInt(t, 0);
      if (x == tmin) divideError(in);
      return wrapInt(t, static_cast<uint128>(0) - static_cast<uint128>(x));
    }
    int128 q = x / y, r = x % y;
    switch (op) {
      case Op::IDiv: return wrapInt(t, static_cast<uint128>(q));
      case Op::Rem: return wrapInt(t, static_cast<uint128>(r));
      case Op::Mod:
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return wrapInt(t, static_cast<uint128>(r));
      case Op::Fld:
        if (r != 0 && ((r < 0) != (y < 0))) q -= 1;
        return wrapInt(t, static_cast<uint128>(q));
      case Op::Cld:
        if (r != 0 && ((r < 0) == (y < 0))) q += 1;
        return wrapInt(t, static_cast<uint128>(q));
      default: break;
    }
  } else {
    uint128 x = zeroExtend(a, bits), y = zeroExtend(b, bits);
    if (y == 0) divideError(in);
    uint128 q = x / y, r = x % y;
    switch (op) {
      case Op::IDiv: case Op::Fld: return wrapInt(t, q);
      case Op::Rem: case Op::Mod: return wrapInt(t, r);
      case Op::Cld: return wrapInt(t, r ? q + 1 : q);
      default: break;
    }
  }
  return Value();
}

double floatMod(double x, double y) {
  double r = std::fmod(x, y);
  if (r == 0) return std::copysign(0.0, y);
  if ((r > 0) != (y > 0)) r += y;
  return r;
}

Value floatArith(Op op, Tag t, double x, double y) {
  if (t == Tag::Float32) {
    float a = static_cast<float>(x), b = static_cast<float>(y);
    switch (op) {
      case Op::Add: return Value::float32(a + b);
      case Op::Sub: return Value::float32(a - b);
      case Op::Mul: return Value::float32(a * b);
      case Op::Div: return Value::float32(a / b);
      default: break;
    }
  }
  switch (op) {
    case Op::Add: return makeFloat(t, x + y);
    case Op::Sub: return makeFloat(t, x - y);
    case Op::Mul: return makeFloat(t, x * y);
    case Op::Div: return makeFloat(t, x / y);
    case Op::Rem: return makeFloat(t, std::fmod(x, y));
    case Op::Mod: return makeFloat(t, floatMod(x, y));
    case Op::IDiv: return makeFloat(t, std::trunc((x - std::fmod(x, y)) / y));
    case Op::Fld: return makeFloat(t, std::round((x - floatMod(x, y)) / y));
    case Op::Cld: return makeFloat(t, -std::round((-x - floatMod(-x, y)) / y));
    default: return Value();
  }
}

Value arith(Interp& in, Op op, const char* fname, Args a) {
  if (a.size() != 2 || !isNum(a[0]) || !isNum(a[1])) in.methodError(in.baseValue(fname), a);
  Tag t = promoteTags(a[0].tag(), a[1].tag());
  if (op == Op::Div) {
    if (isFloatTag(t)) return floatArith(op, t, toDouble(a[0]), toDouble(a[1]));
    return Value::float64(toDouble(a[0]) / toDouble(a[1]));
  }
  if (isFloatTag(t)) {
    if (op == Op::And || op == Op::Or || op == Op::Xor) in.methodError(in.baseValue(fname), a);
    return floatArith(op, t, toDouble(convertUnchecked(a[0], t)), toDouble(convertUnchecked(a[1], t)));
  }
  if (t == Tag::Bool) {
    bool x = a[0].asBool(), y = a[1].asBool();
    switch (op) {
      case Op::Add: return Value::int64(int64_t(x) + int64_t(y));
      case Op::Sub: return Value::int64(int64_t(x) - int64_t(y));
      case Op::Mul: case Op::And: return Value::boolean(x && y);
      case Op::Or: return Value::boolean(x || y);
      case Op::Xor: return Value::boolean(x != y);
      default:
        if (!y) divideError(in);
        if (op == Op::Rem || op == Op::Mod) return Value::boolean(false);
        return Value::boolean(x);
    }
  }
  return intArith(in, op, t, a[0], a[1]);
}

// ---------------------------------------------------------------------------------------
// Powers.
// Float64 to an integer power: the runtime's compensated power by squaring (Julia's pow_body),
// so the interpreter and compiled code compute the same bits.
double powBody(double x, int64_t n) { return jlrt::detail::pow_body(x, n); }

[[noreturn]] void complexDomainError(Interp& in, const Value& x, const std::string& f) {
  in.throwNew("DomainError", {x, in.makeString(f + " was called with a negative real argument but will only return a "
                                                   "complex result if called with a complex argument. Try " +
                                               f + "(Complex(x)).")});
}

double powFloat(Interp& in, double x, double y, const Value& xv) {
  if (x == 1.0) return 1.0;
  if (std::isfinite(y) && std::fabs(y) < 4611686018427387904.0) {
    double yi = std::trunc(y);
    if (yi == y) {
      int64_t n = static_cast<int64_t>(yi);
      if (n == 0) return 1.0;
      if (n >= -4096 && n <= 3 * 8192) return powBody(x, n);
    }
  }
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && std::trunc(y) != y) {
    in.throwNew("DomainError", {xv, in.makeString("Exponentiation yielding a complex result requires a complex "
                                                  "argument.\nReplace x^y with (x+0im)^y, Complex(x)^y, or similar.")});
  }
  return std::pow(x, y);
}

Value powNative(Interp& in, Args a) {
  if (a.size() != 2 || !isNum(a[0]) || !isNum(a[1])) in.methodError(in.baseValue("^"), a);
  const Value& x = a[0];
  const Value& p = a[1];
  if (x.isFloat() || p.isFloat()) {
    Tag t = promoteTags(x.tag(), p.tag());
    if (!p.isFloat()) t = x.tag();  // Float^Integer keeps the float type
    if (t == Tag::Float32 && !p.isFloat()) {
      float xf = x.asFloat32();
      int128 n = toI128(p);
      if (n == 3) return Value::float32(xf * xf * xf);
      if (n == -2) { float i = 1.0f / xf; return Value::float32(i * i); }
      return Value::float32(static_cast<float>(powBody(static_cast<double>(xf), static_cast<int64_t>(n))));
    }
    double r = powFloat(in, toDouble(x), toDouble(p), x);
    return makeFloat(t, r);
  }
  // integer ^ integer: the base's type, power by squaring with wrap-around
  bool pneg = isNeg(p);
  Tag t = x.tag();
  if (t == Tag::Bool) {
    if (pneg && !x.asBool()) {
      // false^-1: Julia throws DomainError too
    } else {
      return Value::boolean(x.asBool() || toI128(p) == 0);
    }
  }
  if (pneg) {
    int128 xv = toI128(x);
    if (x.isSignedInt() || x.isBool()) {
      if (xv == 1) return x;
      if (xv == -1) return (toI128(p) & 1) ? x : wrapInt(t, 1);
    } else if (rawBits(x) == 1) {
      return x;
    }
    std::string ps = printNumber(p);
    std::string negp = jlrt::formatInt128(-toI128(p));
    std::string pf = jlrt::formatFloat64(toDouble(p));
    in.throwNew("DomainError",
                {p, in.makeString("Cannot raise an integer x to a negative power " + ps + ".\nMake x or " + ps +
                                  " a float by adding a zero decimal (e.g., 2.0^" + ps + " or 2^" + pf +
                                  " instead of 2^" + ps + ")or write 1/x^" + negp + ", float(x)^" + ps +
                                  ", x^float(" + ps + ") or (x//1)^" + ps + ".")});
  }
  uint128 base = rawBits(x), result = 1;
  uint128 n = rawBits(p);
  if (p.isSignedInt()) n = static_cast<uint128>(toI128(p));
  while (n) {
    if (n & 1) result *= base;
    base *= base;
    n >>= 1;
  }
  return wrapInt(t, result);
}

// ---------------------------------------------------------------------------------------
// Shifts.
enum class Shift { Left, Right, URight };

Value shiftNative(Interp& in, Shift kind, const char* fname, Args a) {
  if (a.size() != 2 || !isIntLike(a[0]) || !isIntLike(a[1])) in.methodError(in.baseValue(fname), a);
  Tag t = a[0].tag() == Tag::Bool ? Tag::Int64 : a[0].tag();
  int bits = bitsOf(t);
  bool sgn = isSigned(t);
  uint128 x = rawBits(a[0]);
  // shift count as a signed magnitude, saturated
  bool neg = isNeg(a[1]);
  uint128 cnt;
  if (neg) cnt = static_cast<uint128>(0) - rawBits(a[1]);
  else cnt = rawBits(a[1]);
  if (a[1].isSignedInt() && !neg) cnt = static_cast<uint128>(toI128(a[1]));
  if (neg) kind = kind == Shift::Left ? (Shift::Right) : Shift::Left;
  int c = cnt >= static_cast<uint128>(bits) ? bits : static_cast<int>(cnt);
  uint128 r;
  switch (kind) {
    case Shift::Left: r = c >= bits ? 0 : (x << c); break;
    case Shift::URight: {
      uint128 z = zeroExtend(x, bits);
      r = c >= bits ? 0 : (z >> c);
      break;
    }
    case Shift::Right:
    default: {
      if (sgn) {
        int128 s = signExtend(x, bits);
        if (c >= bits) r = s < 0 ? ~static_cast<uint128>(0) : 0;
        else r = static_cast<uint128>(s >> c);
      } else {
        uint128 z = zeroExtend(x, bits);
        r = c >= bits ? 0 : (z >> c);
      }
      break;
    }
  }
  return wrapInt(t, r);
}

// ---------------------------------------------------------------------------------------
// Conversions.
[[noreturn]] void inexact(Interp& in, const char* func, Tag t, const Value& v) {
  in.throwNew("InexactError", {Value::symbol(func), typeOfTag(in, t), v});
}

// Converts numeric (or Char) value `v` to primitive tag `t` as Julia's constructor `T(v)`.
Value convertTo(Interp& in, const Value& v, Tag t) {
  if (v.tag() == t) return v;
  std::string tname = in.types().show(typeOfTag(in, t));
  if (t == Tag::Char) {
    int128 cp;
    if (v.isFloat()) {
      double d = toDouble(v);
      if (std::trunc(d) != d || d < 0 || d > 4294967295.0) inexact(in, "Char", t, v);  // approximate
      cp = static_cast<int128>(d);
    } else if (isIntLike(v)) {
      if (isNeg(v) || rawBits(v) > 0x7FFFFFFF) in.throwNew("ArgumentError", {in.makeString("invalid code point")});
      cp = static_cast<int128>(rawBits(v));
    } else {
      in.methodError(in.baseValue("convert"), std::vector<Value>{typeOfTag(in, t), v});
    }
    if (cp > 0x1FFFFF) {
      in.throwNew("ArgumentError", {in.makeString("invalid code point")});
    }
    return Value::charBits(charBitsFromCodepoint(static_cast<uint32_t>(cp)));
  }
  Value src = v;
  if (v.tag() == Tag::Char) {
    int64_t cp = codepointOf(v.charBits());
    if (cp < 0) in.throwNew("ArgumentError", {in.makeString("invalid character")});
    src = Value::uint32(static_cast<uint32_t>(cp));
  }
  if (isFloatTag(t)) return convertUnchecked(src, t);
  if (t == Tag::Bool) {
    int c = isNum(src) ? cmpNums(src, Value::int64(0)) : 2;
    if (c == 0) return Value::boolean(false);
    if (isNum(src) && cmpNums(src, Value::int64(1)) == 0) return Value::boolean(true);
    inexact(in, "Bool", t, v);
  }
  int bits = bitsOf(t);
  if (src.isFloat()) {
    double d = toDouble(src);
    if (!std::isfinite(d) || std::trunc(d) != d) inexact(in, tname.c_str(), t, v);
    // range check via exact comparison with the bounds
    if (isSigned(t)) {
      double lo = -std::ldexp(1.0, bits - 1), hi = std::ldexp(1.0, bits - 1);
      if (d < lo || d >= hi) inexact(in, tname.c_str(), t, v);
      return wrapInt(t, static_cast<uint128>(static_cast<int128>(d)));
    }
    double hi = std::ldexp(1.0, bits);
    if (d < 0 || d >= hi) inexact(in, tname.c_str(), t, v);
    return wrapInt(t, static_cast<uint128>(d));
  }
  // integer -> integer with range check
  const char* func = bitsOf(src.tag() == Tag::Bool ? Tag::Int8 : src.tag()) == bits ? "convert" : "trunc";
  if (src.isBool()) return wrapInt(t, src.asBool() ? 1 : 0);
  bool neg = isNeg(src);
  uint128 raw = rawBits(src);
  if (isSigned(t)) {
    if (neg) {
      int128 x = static_cast<int128>(raw);
      if (bits < 128 && x < -(static_cast<int128>(1) << (bits - 1))) inexact(in, func, t, v);
    } else {
      uint128 lim = (static_cast<uint128>(1) << (bits - 1));
      if (raw >= lim) inexact(in, func, t, v);
    }
  } else {
    if (neg) inexact(in, func, t, v);
    if (bits < 128 && raw >= (static_cast<uint128>(1) << bits)) inexact(in, func, t, v);
  }
  return wrapInt(t, raw);
}

Tag typeArg(Interp& in, const char* fname, Args a, size_t i = 0) {
  Tag t = tagOfType(in, a[i]);
  if (t == Tag::Nothing) in.methodError(in.baseValue(fname), a);
  return t;
}

// round/trunc/floor/ceil of a float.
enum class Rnd { Nearest, Trunc, Floor, Ceil };
double roundD(double x, Rnd r) {
  switch (r) {
    case Rnd::Nearest: return std::nearbyint(x);
    case Rnd::Trunc: return std::trunc(x);
    case Rnd::Floor: return std::floor(x);
    case Rnd::Ceil: return std::ceil(x);
  }
  return x;
}

Value roundValue(Interp& in, const Value& v, Rnd r, const char* fname) {
  if (v.isFloat()) {
    if (v.tag() == Tag::Float32) {
      float f = v.asFloat32();
      switch (r) {
        case Rnd::Nearest: return Value::float32(nearbyintf(f));
        case Rnd::Trunc: return Value::float32(truncf(f));
        case Rnd::Floor: return Value::float32(floorf(f));
        case Rnd::Ceil: return Value::float32(ceilf(f));
      }
    }
    return Value::float64(roundD(v.asFloat64(), r));
  }
  if (isIntLike(v)) return v;
  in.methodError(in.baseValue(fname), std::vector<Value>{v});
}

Value roundToType(Interp& in, Args a, Rnd r, const char* fname) {
  Tag t = typeArg(in, fname, a);
  const Value& v = a[1];
  if (!isNum(v)) in.methodError(in.baseValue(fname), a);
  Value rv = roundValue(in, v, r, fname);
  if (isFloatTag(t)) return convertUnchecked(rv, t);
  if (rv.isFloat()) {
    double d = toDouble(rv);
    int bits = bitsOf(t);
    bool ok = std::isfinite(d);
    if (ok && isSigned(t)) ok = d >= -std::ldexp(1.0, bits - 1) && d < std::ldexp(1.0, bits - 1);
    else if (ok) ok = d > -1.0 && d < std::ldexp(1.0, bits);
    if (!ok) inexact(in, "trunc", t, rv);
    return convertTo(in, rv, t);
  }
  return convertTo(in, rv, t);
}

// ---------------------------------------------------------------------------------------
// Elementary functions.
using F64Fn = double (*)(double);
using F32Fn = float (*)(float);

Value unaryMath(Interp& in, Args a, const char* name, F64Fn f64, F32Fn f32) {
  if (a.size() != 1 || !isNum(a[0])) in.methodError(in.baseValue(name), a);
  const Value& v = a[0];
  std::string n = name;
  double x = toDouble(v);
  if (n == "sqrt" || n == "log" || n == "log2" || n == "log10") {
    if (x < 0) complexDomainError(in, v, n);
  } else if (n == "log1p") {
    if (x < -1) complexDomainError(in, v, n);
  } else if (n == "sin" || n == "cos" || n == "tan") {
    if (std::isinf(x)) in.throwNew("DomainError", {v, in.makeString(n + "(x) is only defined for finite x.")});
  } else if (n == "asin" || n == "acos") {
    if (std::fabs(x) > 1)
      in.throwNew("DomainError", {v, in.makeString(n + "(x) is not defined for |x| > 1.")});
  }
  if (v.tag() == Tag::Float32) return Value::float32(f32(v.asFloat32()));
  return Value::float64(f64(x));
}

#define MATH1(name, f64, f32)                                                                 \
  in.defNative(in.base, name, {T.Number}, +[](Interp& in, Args a) -> Value {                  \
    return unaryMath(in, a, name, [](double x) { return f64(x); }, [](float x) { return f32(x); }); \
  })

// cbrt with a Newton correction so exact cubes give exact roots (cbrt(27.0) == 3.0).
double cbrtExact(double x) {
  double r = std::cbrt(x);
  if (!std::isfinite(r) || r == 0) return r;
  long double lr = r;
  lr = lr - (lr * lr * lr - x) / (3 * lr * lr);
  return static_cast<double>(lr);
}

Value timeNs(Interp&, Args) {
  auto now = std::chrono::steady_clock::now().time_since_epoch();
  return Value::uint64(static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
}

// typemax/typemin of a primitive tag.
Value typeLimit(Tag t, bool max) {
  int bits = bitsOf(t);
  switch (t) {
    case Tag::Bool: return Value::boolean(max);
    case Tag::Float64: return Value::float64(max ? INFINITY : -INFINITY);
    case Tag::Float32: return Value::float32(max ? INFINITY : -INFINITY);
    default: break;
  }
  if (isSigned(t)) {
    uint128 m = (static_cast<uint128>(1) << (bits - 1));
    return wrapInt(t, max ? m - 1 : m);
  }
  return wrapInt(t, max ? ~static_cast<uint128>(0) : 0);
}

Value typeOrValueTag(Interp& in, const Value& v, Tag& t) {
  if (isType(v)) t = tagOfType(in, v);
  else t = isNum(v) ? v.tag() : Tag::Nothing;
  return v;
}

Value charArith(Interp& in, Args a, bool add) {
  // Char ± Integer, Integer + Char
  const Value& c = a[0].tag() == Tag::Char ? a[0] : a[1];
  const Value& n = a[0].tag() == Tag::Char ? a[1] : a[0];
  if (!isIntLike(n)) in.methodError(in.baseValue(add ? "+" : "-"), a);
  int64_t cp = codepointOf(c.charBits());
  if (cp < 0) in.throwNew("ArgumentError", {in.makeString("invalid character")});
  int128 d = toI128(n);
  if (n.tag() == Tag::UInt128) d = static_cast<int128>(rawBits(n));
  int128 r = add ? cp + d : cp - d;
  if (r < 0 || r > 0x7FFFFFFF) inexact(in, "trunc", Tag::UInt32, Value::int128(r));
  return Value::charBits(charBitsFromCodepoint(static_cast<uint32_t>(r)));
}

uint128 gcdU(uint128 a, uint128 b) {
  while (b) {
    uint128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

Value bitCount(Interp& in, Args a, int which) {
  static const char* names[] = {"count_ones", "leading_zeros", "trailing_zeros", "count_zeros"};
  if (a.size() != 1 || !isIntLike(a[0])) in.methodError(in.baseValue(names[which]), a);
  int bits = bitsOf(a[0].tag());
  uint128 x = zeroExtend(rawBits(a[0]), bits);
  int64_t r = 0;
  switch (which) {
    case 0: for (int i = 0; i < bits; ++i) r += (x >> i) & 1; break;
    case 3: for (int i = 0; i < bits; ++i) r += !((x >> i) & 1); break;
    case 1: for (int i = bits - 1; i >= 0 && !((x >> i) & 1); --i) ++r; break;
    case 2: for (int i = 0; i < bits && !((x >> i) & 1); ++i) ++r; break;
  }
  return Value::int64(r);
}

Value absValue(Interp& in, const Value& v) {
  if (v.isFloat()) return v.tag() == Tag::Float32 ? Value::float32(std::fabs(v.asFloat32())) : Value::float64(std::fabs(v.asFloat64()));
  if (v.isSignedInt() && isNeg(v)) return wrapInt(v.tag(), static_cast<uint128>(0) - rawBits(v));
  if (isIntLike(v)) return v;
  in.methodError(in.baseValue("abs"), std::vector<Value>{v});
}

Value negValue(Interp& in, const Value& v) {
  switch (v.tag()) {
    case Tag::Float64: return Value::float64(-v.asFloat64());
    case Tag::Float32: return Value::float32(-v.asFloat32());
    case Tag::Bool: return Value::int64(v.asBool() ? -1 : 0);
    default: break;
  }
  if (v.isInteger()) return wrapInt(v.tag(), static_cast<uint128>(0) - rawBits(v));
  in.methodError(in.baseValue("-"), std::vector<Value>{v});
}

}  // namespace

// ---------------------------------------------------------------------------------------
void registerNumberBuiltins(Interp& in) {
  TypeSystem& T = in.types();
  Value Num = T.Number, Real = T.Real, Int = T.Integer, Flt = T.AbstractFloat, Ty = T.TypeType, Chr = T.AbstractChar;

  // constants
  auto bindConst = [&](const char* name, Value v) {
    Binding& b = in.base->get(Symbol(name));
    b.value = std::move(v);
    b.defined = true;
    b.isConst = true;
  };
  bindConst("π", Value::float64(3.141592653589793));
  bindConst("pi", Value::float64(3.141592653589793));
  bindConst("ℯ", Value::float64(2.718281828459045));
  bindConst("Inf", Value::float64(INFINITY));
  bindConst("NaN", Value::float64(NAN));
  bindConst("Inf64", Value::float64(INFINITY));
  bindConst("NaN64", Value::float64(NAN));
  bindConst("Inf32", Value::float32(INFINITY));
  bindConst("NaN32", Value::float32(NAN));

  // arithmetic
  in.defNative(in.base, "+", {Num, Num}, +[](Interp& in, Args a) { return arith(in, Op::Add, "+", a); });
  in.defNative(in.base, "-", {Num, Num}, +[](Interp& in, Args a) { return arith(in, Op::Sub, "-", a); });
  in.defNative(in.base, "*", {Num, Num}, +[](Interp& in, Args a) { return arith(in, Op::Mul, "*", a); });
  in.defNative(in.base, "/", {Num, Num}, +[](Interp& in, Args a) { return arith(in, Op::Div, "/", a); });
  in.defNative(in.base, "div", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::IDiv, "div", a); });
  in.defNative(in.base, "÷", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::IDiv, "÷", a); });
  in.defNative(in.base, "rem", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::Rem, "rem", a); });
  in.defNative(in.base, "%", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::Rem, "%", a); });
  in.defNative(in.base, "mod", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::Mod, "mod", a); });
  in.defNative(in.base, "fld", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::Fld, "fld", a); });
  in.defNative(in.base, "cld", {Real, Real}, +[](Interp& in, Args a) { return arith(in, Op::Cld, "cld", a); });
  in.defNative(in.base, "&", {Int, Int}, +[](Interp& in, Args a) { return arith(in, Op::And, "&", a); });
  in.defNative(in.base, "|", {Int, Int}, +[](Interp& in, Args a) { return arith(in, Op::Or, "|", a); });
  in.defNative(in.base, "xor", {Int, Int}, +[](Interp& in, Args a) { return arith(in, Op::Xor, "xor", a); });
  in.defNative(in.base, "⊻", {Int, Int}, +[](Interp& in, Args a) { return arith(in, Op::Xor, "⊻", a); });
  in.defNative(in.base, "^", {Num, Num}, powNative);
  in.defNative(in.base, "<<", {Int, Int}, +[](Interp& in, Args a) { return shiftNative(in, Shift::Left, "<<", a); });
  in.defNative(in.base, ">>", {Int, Int}, +[](Interp& in, Args a) { return shiftNative(in, Shift::Right, ">>", a); });
  in.defNative(in.base, ">>>", {Int, Int}, +[](Interp& in, Args a) { return shiftNative(in, Shift::URight, ">>>", a); });

  // unary
  in.defNative(in.base, "-", {Num}, +[](Interp& in, Args a) { return negValue(in, a[0]); });
  in.defNative(in.base, "+", {Num}, +[](Interp&, Args a) { return a[0]; });
  in.defNative(in.base, "~", {Int}, +[](Interp&, Args a) -> Value {
    if (a[0].isBool()) return Value::boolean(!a[0].asBool());
    return wrapInt(a[0].tag(), ~rawBits(a[0]));
  });
  in.defNative(in.base, "!", {T.Bool}, +[](Interp&, Args a) { return Value::boolean(!a[0].asBool()); });
  in.defNative(in.base, "abs", {Num}, +[](Interp& in, Args a) { return absValue(in, a[0]); });
  in.defNative(in.base, "abs2", {Num}, +[](Interp& in, Args a) {
    Value args[2] = {a[0], a[0]};
    return arith(in, Op::Mul, "*", args);
  });
  in.defNative(in.base, "sign", {Num}, +[](Interp& in, Args a) -> Value {
    const Value& v = a[0];
    if (v.isFloat()) {
      double x = toDouble(v);
      double r = std::isnan(x) ? x : (x > 0 ? 1.0 : (x < 0 ? -1.0 : x));
      return makeFloat(v.tag(), r);
    }
    if (v.isBool()) return v;
    int c = cmpNums(v, Value::int64(0));
    (void)in;
    return wrapInt(v.tag(), static_cast<uint128>(static_cast<int128>(c)));
  });
  in.defNative(in.base, "signbit", {Num}, +[](Interp&, Args a) -> Value {
    if (a[0].isFloat()) return Value::boolean(std::signbit(toDouble(a[0])));
    return Value::boolean(isNeg(a[0]));
  });
  in.defNative(in.base, "copysign", {Num, Num}, +[](Interp& in, Args a) -> Value {
    bool neg = a[1].isFloat() ? std::signbit(toDouble(a[1])) : isNeg(a[1]);
    Value x = absValue(in, a[0]);
    return neg ? negValue(in, x) : x;
  });

  // comparisons
  in.defNative(in.base, "==", {Num, Num}, +[](Interp&, Args a) { return Value::boolean(cmpNums(a[0], a[1]) == 0); });
  in.defNative(in.base, "!=", {Num, Num}, +[](Interp&, Args a) { return Value::boolean(cmpNums(a[0], a[1]) != 0); });
  in.defNative(in.base, "<", {Real, Real}, +[](Interp&, Args a) { return Value::boolean(cmpNums(a[0], a[1]) == -1); });
  in.defNative(in.base, "<=", {Real, Real}, +[](Interp&, Args a) {
    int c = cmpNums(a[0], a[1]);
    return Value::boolean(c == -1 || c == 0);
  });
  in.defNative(in.base, ">", {Real, Real}, +[](Interp&, Args a) { return Value::boolean(cmpNums(a[0], a[1]) == 1); });
  in.defNative(in.base, ">=", {Real, Real}, +[](Interp&, Args a) {
    int c = cmpNums(a[0], a[1]);
    return Value::boolean(c == 1 || c == 0);
  });
  in.defNative(in.base, "isequal", {Num, Num}, +[](Interp&, Args a) -> Value {
    if (a[0].isFloat() || a[1].isFloat()) {
      Tag t = promoteTags(a[0].tag(), a[1].tag());
      return Value::boolean(floatIsEqual(toDouble(convertUnchecked(a[0], t)), toDouble(convertUnchecked(a[1], t))));
    }
    return Value::boolean(cmpNums(a[0], a[1]) == 0);
  });
  in.defNative(in.base, "isless", {Real, Real}, +[](Interp&, Args a) -> Value {
    if (a[0].isFloat() || a[1].isFloat()) {
      Tag t = promoteTags(a[0].tag(), a[1].tag());
      return Value::boolean(floatIsLess(toDouble(convertUnchecked(a[0], t)), toDouble(convertUnchecked(a[1], t))));
    }
    return Value::boolean(cmpNums(a[0], a[1]) == -1);
  });
  in.defNative(in.base, "cmp", {Real, Real}, +[](Interp& in, Args a) -> Value {
    int c = cmpNums(a[0], a[1]);
    if (c == 2) {
      Tag t = promoteTags(a[0].tag(), a[1].tag());
      double x = toDouble(convertUnchecked(a[0], t)), y = toDouble(convertUnchecked(a[1], t));
      c = floatIsLess(x, y) ? -1 : (floatIsLess(y, x) ? 1 : 0);
    }
    (void)in;
    return Value::int64(c);
  });
  in.defNative(in.base, "min", {Real, Real}, +[](Interp&, Args a) -> Value {
    Tag t = promoteTags(a[0].tag(), a[1].tag());
    Value x = convertUnchecked(a[0], t), y = convertUnchecked(a[1], t);
    if (isFloatTag(t)) {
      double dx = toDouble(x), dy = toDouble(y);
      if (std::isnan(dx)) return x;
      if (std::isnan(dy)) return y;
      return floatIsLess(dy, dx) ? y : x;
    }
    return cmpNums(y, x) == -1 ? y : x;
  });
  in.defNative(in.base, "max", {Real, Real}, +[](Interp&, Args a) -> Value {
    Tag t = promoteTags(a[0].tag(), a[1].tag());
    Value x = convertUnchecked(a[0], t), y = convertUnchecked(a[1], t);
    if (isFloatTag(t)) {
      double dx = toDouble(x), dy = toDouble(y);
      if (std::isnan(dx)) return x;
      if (std::isnan(dy)) return y;
      return floatIsLess(dx, dy) ? y : x;
    }
    return cmpNums(x, y) == -1 ? y : x;
  });

  // Char arithmetic and comparison
  in.defNative(in.base, "+", {Chr, Int}, +[](Interp& in, Args a) { return charArith(in, a, true); });
  in.defNative(in.base, "+", {Int, Chr}, +[](Interp& in, Args a) { return charArith(in, a, true); });
  in.defNative(in.base, "-", {Chr, Int}, +[](Interp& in, Args a) { return charArith(in, a, false); });
  in.defNative(in.base, "-", {Chr, Chr}, +[](Interp& in, Args a) -> Value {
    int64_t x = codepointOf(a[0].charBits()), y = codepointOf(a[1].charBits());
    if (x < 0 || y < 0) in.throwNew("ArgumentError", {in.makeString("invalid character")});
    return Value::int64(x - y);
  });
  in.defNative(in.base, "==", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() == a[1].charBits()); });
  in.defNative(in.base, "<", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() < a[1].charBits()); });
  in.defNative(in.base, "<=", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() <= a[1].charBits()); });
  in.defNative(in.base, ">", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() > a[1].charBits()); });
  in.defNative(in.base, ">=", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() >= a[1].charBits()); });
  in.defNative(in.base, "isless", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() < a[1].charBits()); });
  in.defNative(in.base, "isequal", {Chr, Chr}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() == a[1].charBits()); });
  in.defNative(in.base, "codepoint", {Chr}, +[](Interp& in, Args a) -> Value {
    int64_t cp = codepointOf(a[0].charBits());
    if (cp < 0) in.throwNew("ArgumentError", {in.makeString("invalid character")});
    return Value::uint32(static_cast<uint32_t>(cp));
  });

  // conversions: T(x), convert(T, x)
  auto convNative = +[](Interp& in, Args a) -> Value {
    // constructor methods receive the type first
    if (a.size() != 2) in.methodError(in.baseValue("convert"), a);
    Tag t = tagOfType(in, a[0]);
    if (t == Tag::Nothing) {
      if (isType(a[0]) && in.types().isSubtype(in.types().typeOf(a[1]), a[0])) return a[1];
      in.methodError(in.baseValue("convert"), a);
    }
    return convertTo(in, a[1], t);
  };
  in.defNative(in.base, "convert", {Ty, Num}, convNative);
  in.defNative(in.base, "convert", {Ty, Chr}, convNative);
  for (const char* name : {"Bool", "Int8", "Int16", "Int32", "Int64", "Int128", "UInt8", "UInt16", "UInt32",
                           "UInt64", "UInt128", "Float32", "Float64", "Char"}) {
    // bound in Core or Base by the type system
    ModuleObj* m = in.core->find(Symbol(name)) ? in.core : in.base;
    in.defNative(m, name, {Num}, convNative);
    in.defNative(m, name, {Chr}, convNative);
  }
  in.defNative(in.base, "float", {Num}, +[](Interp&, Args a) -> Value {
    return a[0].isFloat() ? a[0] : Value::float64(toDouble(a[0]));
  });
  in.defNative(in.base, "float", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = tagOfType(in, a[0]);
    return t == Tag::Float32 ? in.types().Float32 : in.types().Float64;
  });
  in.defNative(in.base, "signed", {Int}, +[](Interp&, Args a) -> Value {
    Tag t = a[0].tag();
    static const Tag map[] = {Tag::Int8, Tag::Int16, Tag::Int32, Tag::Int64, Tag::Int128};
    if (isUnsigned(t)) t = map[static_cast<int>(t) - static_cast<int>(Tag::UInt8)];
    if (t == Tag::Bool) t = Tag::Int64;
    return wrapInt(t, rawBits(a[0]));
  });
  in.defNative(in.base, "unsigned", {Int}, +[](Interp&, Args a) -> Value {
    Tag t = a[0].tag();
    static const Tag map[] = {Tag::UInt8, Tag::UInt16, Tag::UInt32, Tag::UInt64, Tag::UInt128};
    if (isSigned(t)) t = map[static_cast<int>(t) - static_cast<int>(Tag::Int8)];
    if (t == Tag::Bool) t = Tag::UInt64;
    return wrapInt(t, rawBits(a[0]));
  });
  in.defNative(in.base, "promote_type", {Ty, Ty}, +[](Interp& in, Args a) -> Value {
    Tag x = tagOfType(in, a[0]), y = tagOfType(in, a[1]);
    if (x != Tag::Nothing && y != Tag::Nothing && x != Tag::Char && y != Tag::Char)
      return typeOfTag(in, promoteTags(x, y));
    TypeSystem& T = in.types();
    if (T.isSubtype(a[0], a[1])) return a[1];
    if (T.isSubtype(a[1], a[0])) return a[0];
    if (x != Tag::Nothing && y != Tag::Nothing) return T.Any;
    return T.Any;
  });
  in.defNative(in.base, "_promote2", {Num, Num}, +[](Interp& in, Args a) -> Value {
    Tag t = promoteTags(a[0].tag(), a[1].tag());
    return in.makeTuple({convertUnchecked(a[0], t), convertUnchecked(a[1], t)});
  });

  // rounding
  in.defNative(in.base, "round", {Num}, +[](Interp& in, Args a) { return roundValue(in, a[0], Rnd::Nearest, "round"); });
  in.defNative(in.base, "trunc", {Num}, +[](Interp& in, Args a) { return roundValue(in, a[0], Rnd::Trunc, "trunc"); });
  in.defNative(in.base, "floor", {Num}, +[](Interp& in, Args a) { return roundValue(in, a[0], Rnd::Floor, "floor"); });
  in.defNative(in.base, "ceil", {Num}, +[](Interp& in, Args a) { return roundValue(in, a[0], Rnd::Ceil, "ceil"); });
  in.defNative(in.base, "_round", {Num}, +[](Interp& in, Args a) { return roundValue(in, a[0], Rnd::Nearest, "round"); });
  in.defNative(in.base, "round", {Ty, Num}, +[](Interp& in, Args a) { return roundToType(in, a, Rnd::Nearest, "round"); });
  in.defNative(in.base, "trunc", {Ty, Num}, +[](Interp& in, Args a) { return roundToType(in, a, Rnd::Trunc, "trunc"); });
  in.defNative(in.base, "floor", {Ty, Num}, +[](Interp& in, Args a) { return roundToType(in, a, Rnd::Floor, "floor"); });
  in.defNative(in.base, "ceil", {Ty, Num}, +[](Interp& in, Args a) { return roundToType(in, a, Rnd::Ceil, "ceil"); });
  in.defNative(in.base, "_round_digits", {Num, Int}, +[](Interp&, Args a) -> Value {
    // round(x; digits=d) on a float, as Julia's _round_invstep/_round_step
    double x = toDouble(a[0]);
    int128 d128 = toI128(a[1]);
    int64_t d = d128 > 1000 ? 1000 : d128 < -1000 ? -1000 : static_cast<int64_t>(d128);
    double r = jlrt::round_digits(x, d);  // shared with compiled code (jlrt/numbers.hpp)
    return makeFloat(a[0].isFloat() ? a[0].tag() : Tag::Float64, r);
  });

  // elementary functions
  MATH1("sqrt", std::sqrt, std::sqrt);
  MATH1("cbrt", cbrtExact, std::cbrt);
  MATH1("sin", std::sin, std::sin);
  MATH1("cos", std::cos, std::cos);
  MATH1("tan", std::tan, std::tan);
  MATH1("asin", std::asin, std::asin);
  MATH1("acos", std::acos, std::acos);
  MATH1("atan", std::atan, std::atan);
  MATH1("sinh", std::sinh, std::sinh);
  MATH1("cosh", std::cosh, std::cosh);
  MATH1("tanh", std::tanh, std::tanh);
  MATH1("asinh", std::asinh, std::asinh);
  MATH1("acosh", std::acosh, std::acosh);
  MATH1("atanh", std::atanh, std::atanh);
  MATH1("exp", std::exp, std::exp);
  MATH1("exp2", std::exp2, std::exp2);
  MATH1("expm1", std::expm1, std::expm1);
  MATH1("log", std::log, std::log);
  MATH1("log2", std::log2, std::log2);
  MATH1("log10", std::log10, std::log10);
  MATH1("log1p", std::log1p, std::log1p);
  in.defNative(in.base, "exp10", {Num}, +[](Interp&, Args a) -> Value {
    double r = std::pow(10.0, toDouble(a[0]));
    return a[0].tag() == Tag::Float32 ? Value::float32(static_cast<float>(r)) : Value::float64(r);
  });
  in.defNative(in.base, "atan", {Real, Real}, +[](Interp&, Args a) -> Value {
    Tag t = promoteTags(promoteTags(a[0].tag(), a[1].tag()), Tag::Float32);
    if (!a[0].isFloat() && !a[1].isFloat()) t = Tag::Float64;
    return makeFloat(t, std::atan2(toDouble(a[0]), toDouble(a[1])));
  });
  in.defNative(in.base, "hypot", {Real, Real}, +[](Interp&, Args a) -> Value {
    Tag t = (a[0].tag() == Tag::Float32 && a[1].tag() != Tag::Float64) ||
                    (a[1].tag() == Tag::Float32 && a[0].tag() != Tag::Float64)
                ? Tag::Float32
                : Tag::Float64;
    return makeFloat(t, std::hypot(toDouble(a[0]), toDouble(a[1])));
  });
  in.defNative(in.base, "log", {Real, Real}, +[](Interp& in, Args a) -> Value {
    double b = toDouble(a[0]), x = toDouble(a[1]);
    if (b < 0) complexDomainError(in, a[0], "log");
    if (x < 0) complexDomainError(in, a[1], "log");
    return Value::float64(std::log(x) / std::log(b));
  });

  // predicates
  in.defNative(in.base, "iszero", {Num}, +[](Interp&, Args a) { return Value::boolean(cmpNums(a[0], Value::int64(0)) == 0); });
  in.defNative(in.base, "isone", {Num}, +[](Interp&, Args a) { return Value::boolean(cmpNums(a[0], Value::int64(1)) == 0); });
  in.defNative(in.base, "isnan", {Num}, +[](Interp&, Args a) { return Value::boolean(a[0].isFloat() && std::isnan(toDouble(a[0]))); });
  in.defNative(in.base, "isinf", {Num}, +[](Interp&, Args a) { return Value::boolean(a[0].isFloat() && std::isinf(toDouble(a[0]))); });
  in.defNative(in.base, "isfinite", {Num}, +[](Interp&, Args a) { return Value::boolean(!a[0].isFloat() || std::isfinite(toDouble(a[0]))); });
  in.defNative(in.base, "isinteger", {Num}, +[](Interp&, Args a) -> Value {
    if (!a[0].isFloat()) return Value::boolean(true);
    double x = toDouble(a[0]);
    return Value::boolean(std::isfinite(x) && std::trunc(x) == x);
  });
  in.defNative(in.base, "iseven", {Int}, +[](Interp&, Args a) { return Value::boolean((rawBits(a[0]) & 1) == 0); });
  in.defNative(in.base, "isodd", {Int}, +[](Interp&, Args a) { return Value::boolean((rawBits(a[0]) & 1) != 0); });

  // zero/one/typemax/typemin/eps
  auto zeroOne = [](Interp& in, Args a, int which) -> Value {
    Tag t;
    typeOrValueTag(in, a[0], t);
    if (t == Tag::Nothing || t == Tag::Char) in.methodError(in.baseValue(which ? "one" : "zero"), a);
    if (isFloatTag(t)) return makeFloat(t, which);
    return wrapInt(t, static_cast<uint128>(which));
  };
  (void)zeroOne;
  in.defNative(in.base, "zero", {Num}, +[](Interp& in, Args a) -> Value {
    Tag t = a[0].tag();
    (void)in;
    return isFloatTag(t) ? makeFloat(t, 0) : wrapInt(t, 0);
  });
  in.defNative(in.base, "one", {Num}, +[](Interp& in, Args a) -> Value {
    Tag t = a[0].tag();
    (void)in;
    return isFloatTag(t) ? makeFloat(t, 1) : wrapInt(t, 1);
  });
  in.defNative(in.base, "oneunit", {Num}, +[](Interp&, Args a) -> Value {
    Tag t = a[0].tag();
    return isFloatTag(t) ? makeFloat(t, 1) : wrapInt(t, 1);
  });
  in.defNative(in.base, "zero", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = typeArg(in, "zero", a);
    return isFloatTag(t) ? makeFloat(t, 0) : wrapInt(t, 0);
  });
  in.defNative(in.base, "one", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = typeArg(in, "one", a);
    return isFloatTag(t) ? makeFloat(t, 1) : wrapInt(t, 1);
  });
  in.defNative(in.base, "oneunit", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = typeArg(in, "oneunit", a);
    return isFloatTag(t) ? makeFloat(t, 1) : wrapInt(t, 1);
  });
  in.defNative(in.base, "typemax", {Ty}, +[](Interp& in, Args a) { return typeLimit(typeArg(in, "typemax", a), true); });
  in.defNative(in.base, "typemin", {Ty}, +[](Interp& in, Args a) { return typeLimit(typeArg(in, "typemin", a), false); });
  in.defNative(in.base, "floatmax", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = typeArg(in, "floatmax", a);
    return t == Tag::Float32 ? Value::float32(std::numeric_limits<float>::max()) : Value::float64(std::numeric_limits<double>::max());
  });
  in.defNative(in.base, "floatmin", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = typeArg(in, "floatmin", a);
    return t == Tag::Float32 ? Value::float32(std::numeric_limits<float>::min()) : Value::float64(std::numeric_limits<double>::min());
  });
  in.defNative(in.base, "eps", {}, +[](Interp&, Args) { return Value::float64(std::numeric_limits<double>::epsilon()); });
  in.defNative(in.base, "eps", {Ty}, +[](Interp& in, Args a) -> Value {
    Tag t = typeArg(in, "eps", a);
    return t == Tag::Float32 ? Value::float32(std::numeric_limits<float>::epsilon()) : Value::float64(std::numeric_limits<double>::epsilon());
  });
  in.defNative(in.base, "eps", {Flt}, +[](Interp&, Args a) -> Value {
    if (a[0].tag() == Tag::Float32) {
      float x = std::fabs(a[0].asFloat32());
      if (!std::isfinite(x)) return Value::float32(NAN);
      return Value::float32(std::nextafter(x, INFINITY) - x);
    }
    double x = std::fabs(a[0].asFloat64());
    if (!std::isfinite(x)) return Value::float64(NAN);
    return Value::float64(std::nextafter(x, INFINITY) - x);
  });
  in.defNative(in.base, "nextfloat", {Flt}, +[](Interp&, Args a) -> Value {
    if (a[0].tag() == Tag::Float32) return Value::float32(std::nextafter(a[0].asFloat32(), INFINITY));
    return Value::float64(std::nextafter(a[0].asFloat64(), INFINITY));
  });
  in.defNative(in.base, "prevfloat", {Flt}, +[](Interp&, Args a) -> Value {
    if (a[0].tag() == Tag::Float32) return Value::float32(std::nextafter(a[0].asFloat32(), -INFINITY));
    return Value::float64(std::nextafter(a[0].asFloat64(), -INFINITY));
  });

  // integer functions
  in.defNative(in.base, "widemul", {Int, Int}, +[](Interp& in, Args a) -> Value {
    Tag t = promoteTags(a[0].tag(), a[1].tag());
    static const Tag wide[] = {Tag::Int16, Tag::Int32, Tag::Int64, Tag::Int128, Tag::Int128};
    static const Tag uwide[] = {Tag::UInt16, Tag::UInt32, Tag::UInt64, Tag::UInt128, Tag::UInt128};
    Tag w = t == Tag::Bool ? Tag::Int16
            : isSigned(t)  ? wide[static_cast<int>(t) - static_cast<int>(Tag::Int8)]
                           : uwide[static_cast<int>(t) - static_cast<int>(Tag::UInt8)];
    Value x = convertTo(in, convertUnchecked(a[0], t), w), y = convertTo(in, convertUnchecked(a[1], t), w);
    return wrapInt(w, rawBits(x) * rawBits(y));
  });
  in.defNative(in.base, "gcd", {Int, Int}, +[](Interp&, Args a) -> Value {
    Tag t = promoteTags(a[0].tag(), a[1].tag());
    auto mag = [](const Value& v) { return isNeg(v) ? static_cast<uint128>(0) - rawBits(v) : rawBits(v); };
    return wrapInt(t, gcdU(mag(a[0]), mag(a[1])));
  });
  in.defNative(in.base, "lcm", {Int, Int}, +[](Interp&, Args a) -> Value {
    Tag t = promoteTags(a[0].tag(), a[1].tag());
    auto mag = [](const Value& v) { return isNeg(v) ? static_cast<uint128>(0) - rawBits(v) : rawBits(v); };
    uint128 x = mag(a[0]), y = mag(a[1]);
    if (x == 0 || y == 0) return wrapInt(t, 0);
    return wrapInt(t, x / gcdU(x, y) * y);
  });
  in.defNative(in.base, "count_ones", {Int}, +[](Interp& in, Args a) { return bitCount(in, a, 0); });
  in.defNative(in.base, "leading_zeros", {Int}, +[](Interp& in, Args a) { return bitCount(in, a, 1); });
  in.defNative(in.base, "trailing_zeros", {Int}, +[](Interp& in, Args a) { return bitCount(in, a, 2); });
  in.defNative(in.base, "count_zeros", {Int}, +[](Interp& in, Args a) { return bitCount(in, a, 3); });
  in.defNative(in.base, "time_ns", {}, timeNs);
  in.defNative(in.base, "time", {}, +[](Interp&, Args) -> Value {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::float64(std::chrono::duration<double>(now).count());
  });
}

}  // namespace jl::interp
