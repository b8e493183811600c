// Julia's scalar arithmetic for generated code, header-only and free of undefined
// behaviour: wrapping integer add/sub/mul/neg (computed unsigned), `/`, div/rem/mod/fld/cld
// with DivideError, `^` (power by squaring with wrap, Julia's compensated float^int),
// shifts by any count, bitwise ops, comparisons (also between mixed number types, exactly),
// checked conversions (InexactError), rounding to integers, and the elementary functions
// with Julia's DomainErrors. Operands of binary arithmetic have the same type (codegen
// inserts the promotions).
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>

#include "jlrt/errors.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

template <class T>
inline constexpr bool is_int_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;
template <class T>
inline constexpr bool is_float_v = std::is_floating_point_v<T>;
template <class T>
inline constexpr bool is_num_v = std::is_arithmetic_v<T>;
// The unsigned type integer arithmetic on T is done in (never promoted to signed int).
template <class T>
using uwide_t = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, std::make_unsigned_t<T>>;
template <class T>
constexpr T wrap_from(uwide_t<T> u) {
  return static_cast<T>(static_cast<std::make_unsigned_t<T>>(u));
}
template <class T>
constexpr uwide_t<T> ubits(T x) {
  return static_cast<uwide_t<T>>(static_cast<std::make_unsigned_t<T>>(x));
}
template <class T>
inline constexpr int bits_v = static_cast<int>(8 * sizeof(T));

namespace detail {
inline std::string num_text(bool x) { return x ? "true" : "false"; }
inline std::string num_text(double x) { return formatFloat64(x); }
inline std::string num_text(float x) { return formatFloat32(x); }
template <class T, std::enable_if_t<is_int_v<T>, int> = 0>
std::string num_text(T x) {
  if constexpr (std::is_signed_v<T>) return formatInt(static_cast<int64_t>(x));
  else return formatUInt(static_cast<uint64_t>(x));
}
}  // namespace detail

// ---------------------------------------------------------------------------------------
// + - * and unary minus.
template <class T>
constexpr T add(T a, T b) {
  static_assert(is_num_v<T> && !std::is_same_v<T, bool>, "jlrt::add: promote Bool first");
  if constexpr (is_int_v<T>) return wrap_from<T>(ubits(a) + ubits(b));
  else return a + b;
}
template <class T>
constexpr T sub(T a, T b) {
  static_assert(is_num_v<T> && !std::is_same_v<T, bool>, "jlrt::sub: promote Bool first");
  if constexpr (is_int_v<T>) return wrap_from<T>(ubits(a) - ubits(b));
  else return a - b;
}
template <class T>
constexpr T mul(T a, T b) {
  static_assert(is_num_v<T> && !std::is_same_v<T, bool>, "jlrt::mul: promote Bool first");
  if constexpr (is_int_v<T>) return wrap_from<T>(ubits(a) * ubits(b));
  else return a * b;
}
template <class T>
constexpr T neg(T a) {
  if constexpr (is_int_v<T>) return wrap_from<T>(uwide_t<T>(0) - ubits(a));
  else return -a;
}
inline constexpr int64_t neg(bool a) { return a ? -1 : 0; }

// `/`: integers divide as Float64.
template <class T>
constexpr auto fdiv(T a, T b) {
  if constexpr (is_float_v<T>) return a / b;
  else return static_cast<double>(a) / static_cast<double>(b);
}

// ---------------------------------------------------------------------------------------
// Integer division family. Signed division by -1 is done by negation (typemin ÷ -1 is a
// DivideError for div/fld/cld, 0 for rem/mod).
namespace detail {
inline double float_mod(double x, double y) {
  double r = std::fmod(x, y);
  if (r == 0) return std::copysign(0.0, y);
  if ((r > 0) != (y > 0)) r += y;
  return r;
}
template <class T>
constexpr void check_div(T a, T b) {
  if (b == 0) throw_divide();
  if constexpr (std::is_signed_v<T>)
    if (b == -1 && a == std::numeric_limits<T>::min()) throw_divide();
}
}  // namespace detail

template <class T>
T div(T a, T b) {
  if constexpr (is_int_v<T>) {
    detail::check_div(a, b);
    if constexpr (std::is_signed_v<T>)
      if (b == -1) return neg(a);
    return static_cast<T>(a / b);
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!b) throw_divide();
    return a;
  } else {
    double x = a, y = b;
    return static_cast<T>(std::trunc((x - std::fmod(x, y)) / y));
  }
}
template <class T>
T rem(T a, T b) {
  if constexpr (is_int_v<T>) {
    if (b == 0) throw_divide();
    if constexpr (std::is_signed_v<T>)
      if (b == -1) return 0;
    return static_cast<T>(a % b);
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!b) throw_divide();
    return false;
  } else {
    return static_cast<T>(std::fmod(static_cast<double>(a), static_cast<double>(b)));
  }
}
template <class T>
T mod(T a, T b) {
  if constexpr (is_int_v<T>) {
    T r = rem(a, b);
    if constexpr (std::is_signed_v<T>)
      if (r != 0 && ((r < 0) != (b < 0))) r = add(r, b);
    return r;
  } else if constexpr (std::is_same_v<T, bool>) {
    return rem(a, b);
  } else {
    return static_cast<T>(detail::float_mod(a, b));
  }
}
template <class T>
T fld(T a, T b) {
  if constexpr (is_int_v<T>) {
    T q = div(a, b);
    if constexpr (std::is_signed_v<T>) {
      T r = static_cast<T>(b == -1 ? 0 : a % b);
      if (r != 0 && ((r < 0) != (b < 0))) q = sub(q, T(1));
    }
    return q;
  } else if constexpr (std::is_same_v<T, bool>) {
    return div(a, b);
  } else {
    double x = a, y = b;
    return static_cast<T>(std::round((x - detail::float_mod(x, y)) / y));
  }
}
template <class T>
T cld(T a, T b) {
  if constexpr (is_int_v<T>) {
    T q = div(a, b);
    T r = static_cast<T>((std::is_signed_v<T> && b == T(-1)) ? 0 : a % b);
    if constexpr (std::is_signed_v<T>) {
      if (r != 0 && ((r < 0) == (b < 0))) q = add(q, T(1));
    } else {
      if (r != 0) q = add(q, T(1));
    }
    return q;
  } else if constexpr (std::is_same_v<T, bool>) {
    return div(a, b);
  } else {
    double x = a, y = b;
    return static_cast<T>(-std::round((-x - detail::float_mod(-x, y)) / y));
  }
}

// ---------------------------------------------------------------------------------------
// Powers.
namespace detail {
// Float64 to an integer power: compensated power by squaring (Julia's pow_body).
inline double pow_body(double x, int64_t n) {
  double y = 1.0, xnlo = 0.0, ynlo = 0.0;
  if (n == 3) return x * x * x;
  uint64_t un;
  if (n < 0) {
    double rx = 1.0 / x;
    if (n == -2) return rx * rx;
    if (std::isfinite(x)) xnlo = -std::fma(x, rx, -1.0) * rx;
    x = rx;
    un = uint64_t(0) - static_cast<uint64_t>(n);
  } else {
    un = static_cast<uint64_t>(n);
  }
  while (un > 1) {
    if (un & 1) {
      double err = y * xnlo + x * ynlo;
      double hi = x * y, lo = std::fma(x, y, -hi);
      y = hi;
      ynlo = lo + err;
    }
    double err = x * 2 * xnlo;
    double hi = x * x, lo = std::fma(x, x, -hi);
    x = hi;
    xnlo = lo + err;
    un >>= 1;
  }
  double err = y * xnlo + x * ynlo;
  return (std::isfinite(x) && std::isfinite(err)) ? std::fma(x, y, err) : x * y;
}
[[noreturn]] void throw_int_negative_power(const std::string& p, const std::string& negp, const std::string& pf);
[[noreturn]] void throw_complex_pow(const std::string& xrepr);
inline double pow_float(double x, double y, const std::string* xrepr) {
  if (x == 1.0) return 1.0;
  if (std::isfinite(y) && std::fabs(y) < 4611686018427387904.0) {
    double yi = std::trunc(y);
    if (yi == y) {
      int64_t n = static_cast<int64_t>(yi);
      if (n == 0) return 1.0;
      if (n >= -4096 && n <= 3 * 8192) return pow_body(x, n);
    }
  }
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && std::trunc(y) != y)
    throw_complex_pow(xrepr ? *xrepr : formatFloat64(x));
  return std::pow(x, y);
}
}  // namespace detail

// x ^ p. Integer bases keep their type (wrapping); Float^Integer keeps the float type.
template <class T, class E>
T pow(T x, E p) {
  if constexpr (is_float_v<T> && is_float_v<E>) {
    std::string xr = detail::num_text(x);
    return static_cast<T>(detail::pow_float(static_cast<double>(x), static_cast<double>(p), &xr));
  } else if constexpr (is_float_v<T>) {
    if constexpr (std::is_same_v<T, float>) {
      if (p == 3) return x * x * x;
      if (p == -2) {
        float i = 1.0f / x;
        return i * i;
      }
      return static_cast<float>(detail::pow_body(static_cast<double>(x), static_cast<int64_t>(p)));
    } else {
      return detail::pow_float(x, static_cast<double>(p), nullptr);
    }
  } else if constexpr (std::is_same_v<T, bool>) {
    if constexpr (std::is_signed_v<E>)
      if (p < 0 && !x)
        detail::throw_int_negative_power(detail::num_text(p), formatInt(-static_cast<int64_t>(p)),
                                         formatFloat64(static_cast<double>(p)));
    return x || p == 0;
  } else {
    static_assert(is_int_v<T> && (is_int_v<E> || std::is_same_v<E, bool>), "jlrt::pow: unsupported operand types");
    if constexpr (std::is_signed_v<E>) {
      if (p < 0) {
        if constexpr (std::is_signed_v<T>) {
          if (x == 1) return x;
          if (x == -1) return (p & 1) ? x : T(1);
        } else {
          if (x == 1) return x;
        }
        int64_t pi = static_cast<int64_t>(p);
        detail::throw_int_negative_power(formatInt(pi), formatUInt(uint64_t(0) - static_cast<uint64_t>(pi)),
                                         formatFloat64(static_cast<double>(pi)));
      }
    }
    uwide_t<T> base = ubits(x), result = 1;
    uint64_t n = static_cast<uint64_t>(p);
    while (n) {
      if (n & 1) result = static_cast<uwide_t<T>>(result * base);
      base = static_cast<uwide_t<T>>(base * base);
      n >>= 1;
    }
    return wrap_from<T>(result);
  }
}

// ---------------------------------------------------------------------------------------
// Shifts by any count (negative counts shift the other way; >= width gives 0 or the sign).
namespace detail {
template <class N>
constexpr bool count_negative(N n) {
  if constexpr (std::is_signed_v<N>) return n < 0;
  else return false;
}
template <class N>
constexpr uint64_t count_magnitude(N n) {
  if constexpr (std::is_same_v<N, bool>) return n ? 1 : 0;
  else if constexpr (std::is_signed_v<N>)
    return n < 0 ? uint64_t(0) - static_cast<uint64_t>(static_cast<int64_t>(n)) : static_cast<uint64_t>(n);
  else return static_cast<uint64_t>(n);
}
template <class T>
constexpr T shl_by(T x, uint64_t c) {
  if (c >= static_cast<uint64_t>(bits_v<T>)) return T(0);
  return wrap_from<T>(static_cast<uwide_t<T>>(ubits(x) << c));
}
template <class T>
constexpr T lshr_by(T x, uint64_t c) {
  if (c >= static_cast<uint64_t>(bits_v<T>)) return T(0);
  return wrap_from<T>(static_cast<uwide_t<T>>(static_cast<uwide_t<T>>(static_cast<std::make_unsigned_t<T>>(x)) >> c));
}
template <class T>
constexpr T ashr_by(T x, uint64_t c) {
  if constexpr (std::is_signed_v<T>) {
    if (c >= static_cast<uint64_t>(bits_v<T>)) return x < 0 ? T(-1) : T(0);
    if (x >= 0) return lshr_by(x, c);
    // ~((~x) >> c) for negative x, computed on non-negative values only.
    T nx = static_cast<T>(~x);
    return static_cast<T>(~lshr_by(nx, c));
  } else {
    return lshr_by(x, c);
  }
}
}  // namespace detail

template <class T, class N>
constexpr T shl(T x, N n) {
  static_assert(is_int_v<T>, "jlrt::shl: integer operand");
  uint64_t c = detail::count_magnitude(n);
  return detail::count_negative(n) ? detail::ashr_by(x, c) : detail::shl_by(x, c);
}
template <class T, class N>
constexpr T shr(T x, N n) {
  static_assert(is_int_v<T>, "jlrt::shr: integer operand");
  uint64_t c = detail::count_magnitude(n);
  return detail::count_negative(n) ? detail::shl_by(x, c) : detail::ashr_by(x, c);
}
template <class T, class N>
constexpr T lshr(T x, N n) {
  static_assert(is_int_v<T>, "jlrt::lshr: integer operand");
  uint64_t c = detail::count_magnitude(n);
  return detail::count_negative(n) ? detail::shl_by(x, c) : detail::lshr_by(x, c);
}

// ---------------------------------------------------------------------------------------
// Bitwise.
template <class T>
constexpr T band(T a, T b) { if constexpr (std::is_same_v<T, bool>) return a && b; else return static_cast<T>(a & b); }
template <class T>
constexpr T bor(T a, T b) { if constexpr (std::is_same_v<T, bool>) return a || b; else return static_cast<T>(a | b); }
template <class T>
constexpr T bxor(T a, T b) { if constexpr (std::is_same_v<T, bool>) return a != b; else return static_cast<T>(a ^ b); }
template <class T>
constexpr T bnot(T a) { if constexpr (std::is_same_v<T, bool>) return !a; else return static_cast<T>(~a); }
inline constexpr bool lnot(bool a) { return !a; }

// ---------------------------------------------------------------------------------------
// Comparisons. Same-type operands compare natively; mixed number types compare exactly as
// Julia does (no lossy promotion).
namespace detail {
// -1, 0, 1; 2 when unordered (NaN).
template <class A, class B>
constexpr int cmp_num(A a, B b) {
  if constexpr (std::is_same_v<A, B>) {
    if constexpr (is_float_v<A>)
      if (a != a || b != b) return 2;
    return a < b ? -1 : (b < a ? 1 : 0);
  } else if constexpr (is_float_v<A> || is_float_v<B>) {
    // long double holds every Int64/UInt64 exactly on the supported targets (x86-64: 64-bit
    // mantissa; aarch64: binary128).
    long double x = static_cast<long double>(a), y = static_cast<long double>(b);
    if (x != x || y != y) return 2;
    return x < y ? -1 : (y < x ? 1 : 0);
  } else {
    constexpr bool as = std::is_signed_v<A>, bs = std::is_signed_v<B>;
    if constexpr (as && bs) {
      int64_t x = a, y = b;
      return x < y ? -1 : (y < x ? 1 : 0);
    } else if constexpr (!as && !bs) {
      uint64_t x = a, y = b;
      return x < y ? -1 : (y < x ? 1 : 0);
    } else if constexpr (as) {
      if (a < 0) return -1;
      uint64_t x = static_cast<uint64_t>(a), y = b;
      return x < y ? -1 : (y < x ? 1 : 0);
    } else {
      if (b < 0) return 1;
      uint64_t x = a, y = static_cast<uint64_t>(b);
      return x < y ? -1 : (y < x ? 1 : 0);
    }
  }
}
}  // namespace detail

template <class A, class B>
constexpr bool eq(const A& a, const B& b) {
  if constexpr (is_num_v<A> && is_num_v<B>) return detail::cmp_num(a, b) == 0;
  else return a == b;
}
template <class A, class B>
constexpr bool ne(const A& a, const B& b) { return !eq(a, b); }
template <class A, class B>
constexpr bool lt(const A& a, const B& b) {
  if constexpr (is_num_v<A> && is_num_v<B>) return detail::cmp_num(a, b) == -1;
  else return a < b;
}
template <class A, class B>
constexpr bool le(const A& a, const B& b) {
  if constexpr (is_num_v<A> && is_num_v<B>) {
    int c = detail::cmp_num(a, b);
    return c == -1 || c == 0;
  } else {
    return !(b < a);
  }
}
template <class A, class B>
constexpr bool gt(const A& a, const B& b) { return lt(b, a); }
template <class A, class B>
constexpr bool ge(const A& a, const B& b) { return le(b, a); }

// `===` on bits values: floats compare by representation (NaN === NaN, 0.0 !== -0.0).
template <class A, class B>
bool egal(const A& a, const B& b) {
  if constexpr (!std::is_same_v<A, B>) {
    return false;
  } else if constexpr (is_float_v<A>) {
    return std::memcmp(&a, &b, sizeof(A)) == 0;
  } else {
    return a == b;
  }
}
// isequal / isless (NaN equal to itself, -0.0 before 0.0, NaN last).
template <class T>
bool isequal(const T& a, const T& b) {
  if constexpr (is_float_v<T>) return (a != a && b != b) || (a == b && std::signbit(a) == std::signbit(b));
  else return a == b;
}
template <class T>
bool isless(const T& a, const T& b) {
  if constexpr (is_float_v<T>) {
    if (a != a) return false;
    if (b != b) return true;
    if (a == b) return std::signbit(a) && !std::signbit(b);
    return a < b;
  } else {
    return a < b;
  }
}

// ---------------------------------------------------------------------------------------
// Conversions.
// `x % T` / reinterpreting integer conversion: wraps.
template <class To, class From>
constexpr To wrap_to(From x) {
  if constexpr (std::is_same_v<From, bool>) return static_cast<To>(x ? 1 : 0);
  else if constexpr (std::is_same_v<To, bool>) return (x & 1) != 0;
  else return static_cast<To>(static_cast<std::make_unsigned_t<To>>(static_cast<uint64_t>(static_cast<std::make_unsigned_t<From>>(x))));
}

// `T(x)` / `convert(T, x)` for numbers: exact or InexactError.
template <class To, class From>
To convert_checked(From x) {
  if constexpr (std::is_same_v<To, From>) {
    return x;
  } else if constexpr (is_float_v<To>) {
    if constexpr (std::is_same_v<To, float> && std::is_same_v<From, double>) {
      // Out-of-range double -> float would be undefined: saturate to ±Inf as IEEE rounding does.
      if (std::isfinite(x) && std::fabs(x) > static_cast<double>(std::numeric_limits<float>::max())) {
        double limit = static_cast<double>(std::numeric_limits<float>::max()) +
                       std::ldexp(1.0, std::numeric_limits<float>::max_exponent - std::numeric_limits<float>::digits - 1);
        if (std::fabs(x) >= limit) return x < 0 ? -std::numeric_limits<float>::infinity() : std::numeric_limits<float>::infinity();
        return x < 0 ? -std::numeric_limits<float>::max() : std::numeric_limits<float>::max();
      }
    }
    if constexpr (std::is_same_v<From, bool>) return x ? To(1) : To(0);
    else return static_cast<To>(x);
  } else if constexpr (std::is_same_v<To, bool>) {
    if (x == From(0)) return false;
    if (x == From(1)) return true;
    throw_inexact_text("Bool", "Bool", detail::num_text(x));
  } else if constexpr (std::is_same_v<From, bool>) {
    return x ? To(1) : To(0);
  } else if constexpr (is_float_v<From>) {
    double d = static_cast<double>(x);
    bool ok = std::isfinite(d) && std::trunc(d) == d;
    if (ok) {
      if constexpr (std::is_signed_v<To>) ok = d >= -std::ldexp(1.0, bits_v<To> - 1) && d < std::ldexp(1.0, bits_v<To> - 1);
      else ok = d >= 0 && d < std::ldexp(1.0, bits_v<To>);
    }
    if (!ok) throw_inexact_text(TypeInfo<To>::name(), TypeInfo<To>::name(), detail::num_text(x));
    return static_cast<To>(d);
  } else {
    const char* func = sizeof(To) == sizeof(From) ? "convert" : "trunc";
    bool ok = true;
    if constexpr (std::is_signed_v<From>) {
      int64_t v = static_cast<int64_t>(x);
      if constexpr (std::is_signed_v<To>) {
        if constexpr (sizeof(To) < sizeof(From))
          ok = v >= static_cast<int64_t>(std::numeric_limits<To>::min()) &&
               v <= static_cast<int64_t>(std::numeric_limits<To>::max());
      } else {
        ok = v >= 0;
        if constexpr (sizeof(To) < sizeof(From))
          ok = ok && static_cast<uint64_t>(v) <= static_cast<uint64_t>(std::numeric_limits<To>::max());
      }
    } else {
      if constexpr (sizeof(To) < sizeof(From) || (std::is_signed_v<To> && sizeof(To) == sizeof(From)))
        ok = static_cast<uint64_t>(x) <= static_cast<uint64_t>(std::numeric_limits<To>::max());
    }
    if (!ok) throw_inexact_text(func, TypeInfo<To>::name(), detail::num_text(x));
    return static_cast<To>(x);
  }
}

namespace detail {
template <class To, class F>
To round_convert(F r, F orig) {
  if constexpr (is_float_v<To>) {
    (void)orig;
    return static_cast<To>(r);
  } else {
    double d = static_cast<double>(r);
    bool ok = std::isfinite(d);
    if (ok && std::is_signed_v<To>) ok = d >= -std::ldexp(1.0, bits_v<To> - 1) && d < std::ldexp(1.0, bits_v<To> - 1);
    else if (ok) ok = d > -1.0 && d < std::ldexp(1.0, bits_v<To>);
    if (!ok) throw_inexact_text("trunc", TypeInfo<To>::name(), num_text(r));
    return static_cast<To>(d);
  }
}
}  // namespace detail
// trunc(T, x), round(T, x), floor(T, x), ceil(T, x) of a float (integers pass through convert).
template <class To, class F>
To trunc_to(F x) {
  if constexpr (is_float_v<F>) return detail::round_convert<To>(static_cast<F>(std::trunc(x)), x);
  else return convert_checked<To>(x);
}
template <class To, class F>
To round_to(F x) {
  if constexpr (is_float_v<F>) return detail::round_convert<To>(static_cast<F>(std::nearbyint(x)), x);
  else return convert_checked<To>(x);
}
template <class To, class F>
To floor_to(F x) {
  if constexpr (is_float_v<F>) return detail::round_convert<To>(static_cast<F>(std::floor(x)), x);
  else return convert_checked<To>(x);
}
template <class To, class F>
To ceil_to(F x) {
  if constexpr (is_float_v<F>) return detail::round_convert<To>(static_cast<F>(std::ceil(x)), x);
  else return convert_checked<To>(x);
}
// Float rounding keeping the type: round(x), trunc(x), floor(x), ceil(x).
template <class F>
F round(F x) { if constexpr (is_float_v<F>) return std::nearbyint(x); else return x; }
template <class F>
F trunc(F x) { if constexpr (is_float_v<F>) return std::trunc(x); else return x; }
template <class F>
F floor(F x) { if constexpr (is_float_v<F>) return std::floor(x); else return x; }
template <class F>
F ceil(F x) { if constexpr (is_float_v<F>) return std::ceil(x); else return x; }

// Char <-> integer.
Char char_from_codepoint_checked(int64_t cp);  // Char(i): ArgumentError("invalid code point")
int64_t codepoint_checked(Char c);              // Int(c): ArgumentError("invalid character") when malformed
template <class T>
Char to_char(T x) { return char_from_codepoint_checked(static_cast<int64_t>(convert_checked<int64_t>(x))); }
template <class T>
T from_char(Char c) { return convert_checked<T>(codepoint_checked(c)); }

// ---------------------------------------------------------------------------------------
// Number functions.
template <class T>
constexpr T abs(T x) {
  if constexpr (is_int_v<T> && std::is_signed_v<T>) return x < 0 ? neg(x) : x;
  else if constexpr (is_float_v<T>) return std::fabs(x);
  else return x;
}
template <class T>
constexpr T sign(T x) {
  if constexpr (is_float_v<T>) return (x > 0) ? T(1) : (x < 0 ? T(-1) : x);
  else if constexpr (std::is_signed_v<T>) return static_cast<T>((x > 0) - (x < 0));
  else return static_cast<T>(x > 0);
}
template <class T>
constexpr T min(T a, T b) {
  if constexpr (is_float_v<T>) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == b) return std::signbit(a) ? a : b;
    return a < b ? a : b;
  } else {
    return b < a ? b : a;
  }
}
template <class T>
constexpr T max(T a, T b) {
  if constexpr (is_float_v<T>) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == b) return std::signbit(a) ? b : a;
    return a < b ? b : a;
  } else {
    return a < b ? b : a;
  }
}
template <class T>
constexpr T typemax() { return std::numeric_limits<T>::has_infinity ? std::numeric_limits<T>::infinity() : std::numeric_limits<T>::max(); }
template <class T>
constexpr T typemin() { return std::numeric_limits<T>::has_infinity ? -std::numeric_limits<T>::infinity() : std::numeric_limits<T>::lowest(); }

namespace detail {
[[noreturn]] void throw_complex_domain(const std::string& xrepr, const char* f);
[[noreturn]] void throw_math_domain(const std::string& xrepr, const std::string& msg);
}  // namespace detail

// Elementary functions: Float64/Float32 keep their type; integers go through Float64.
#define JLRT_MATH1(NAME, CHECK)                                              \
  template <class T>                                                         \
  auto NAME(T x0) {                                                          \
    using F = std::conditional_t<std::is_same_v<T, float>, float, double>;   \
    F x = static_cast<F>(x0);                                                \
    CHECK;                                                                   \
    return static_cast<F>(std::NAME(x));                                     \
  }
#define JLRT_NEG_DOMAIN(NAME) \
  if (x < 0) detail::throw_complex_domain(detail::num_text(x0), #NAME)
#define JLRT_FINITE_DOMAIN(NAME) \
  if (std::isinf(x)) detail::throw_math_domain(detail::num_text(x0), #NAME "(x) is only defined for finite x.")
#define JLRT_UNIT_DOMAIN(NAME) \
  if (std::fabs(x) > 1) detail::throw_math_domain(detail::num_text(x0), #NAME "(x) is not defined for |x| > 1.")
JLRT_MATH1(sqrt, JLRT_NEG_DOMAIN(sqrt))
JLRT_MATH1(log, JLRT_NEG_DOMAIN(log))
JLRT_MATH1(log2, JLRT_NEG_DOMAIN(log2))
JLRT_MATH1(log10, JLRT_NEG_DOMAIN(log10))
JLRT_MATH1(log1p, if (x < -1) detail::throw_complex_domain(detail::num_text(x0), "log1p"))
JLRT_MATH1(sin, JLRT_FINITE_DOMAIN(sin))
JLRT_MATH1(cos, JLRT_FINITE_DOMAIN(cos))
JLRT_MATH1(tan, JLRT_FINITE_DOMAIN(tan))
JLRT_MATH1(asin, JLRT_UNIT_DOMAIN(asin))
JLRT_MATH1(acos, JLRT_UNIT_DOMAIN(acos))
JLRT_MATH1(atan, (void)0)
JLRT_MATH1(sinh, (void)0)
JLRT_MATH1(cosh, (void)0)
JLRT_MATH1(tanh, (void)0)
JLRT_MATH1(exp, (void)0)
JLRT_MATH1(exp2, (void)0)
JLRT_MATH1(expm1, (void)0)
#undef JLRT_MATH1
#undef JLRT_NEG_DOMAIN
#undef JLRT_FINITE_DOMAIN
#undef JLRT_UNIT_DOMAIN
template <class T>
auto cbrt(T x0) {
  using F = std::conditional_t<std::is_same_v<T, float>, float, double>;
  double x = static_cast<double>(x0);
  double r = std::cbrt(x);
  if (std::isfinite(r) && r != 0) {
    long double lr = r;
    lr = lr - (lr * lr * lr - x) / (3 * lr * lr);
    r = static_cast<double>(lr);
  }
  return static_cast<F>(r);
}
template <class T>
auto atan2(T y, T x) {
  using F = std::conditional_t<std::is_same_v<T, float>, float, double>;
  return static_cast<F>(std::atan2(static_cast<F>(y), static_cast<F>(x)));
}
inline double exp10(double x) { return std::pow(10.0, x); }
template <class T>
auto hypot(T x, T y) {
  using F = std::conditional_t<std::is_same_v<T, float>, float, double>;
  return static_cast<F>(std::hypot(static_cast<F>(x), static_cast<F>(y)));
}
// Predicates and small functions on numbers.
template <class T>
bool isnan(T x) { if constexpr (is_float_v<T>) return x != x; else return false; }
template <class T>
bool isinf(T x) { if constexpr (is_float_v<T>) return std::isinf(x); else return false; }
template <class T>
bool isfinite(T x) { if constexpr (is_float_v<T>) return std::isfinite(x); else return true; }
template <class T>
bool iszero(T x) { return x == T(0); }
template <class T>
bool isone(T x) { return x == T(1); }
template <class T>
bool iseven(T x) { return (x & 1) == 0; }
template <class T>
bool isodd(T x) { return (x & 1) != 0; }
template <class T>
bool signbit(T x) { if constexpr (is_float_v<T>) return std::signbit(x); else if constexpr (std::is_signed_v<T>) return x < 0; else return false; }
template <class T>
bool isinteger(T x) { if constexpr (is_float_v<T>) return std::isfinite(x) && std::trunc(x) == x; else return true; }
template <class T>
T abs2(T x) { return mul(x, x); }
template <class T>
auto float_(T x) { if constexpr (is_float_v<T>) return x; else return static_cast<double>(x); }
template <class T>
auto float_value(T x) { return float_(x); }

}  // namespace jlrt
