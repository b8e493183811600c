// Integer and floating-point functions of Base beyond arith.hpp's operators, for generated
// code: gcd/lcm (wrapping as the interpreter's natives), bit counts, copysign, eps,
// nextfloat/prevfloat, floatmax/floatmin. Header-only; free of undefined behaviour.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

#include "jlrt/arith.hpp"

namespace jlrt {

namespace detail {
template <class T>
std::make_unsigned_t<T> magnitude(T x) {
  using U = std::make_unsigned_t<T>;
  if constexpr (std::is_signed_v<T>) return x < 0 ? static_cast<U>(U(0) - static_cast<U>(x)) : static_cast<U>(x);
  else return x;
}
template <class U>
U gcd_u(U a, U b) {
  while (b != 0) {
    U t = static_cast<U>(a % b);
    a = b;
    b = t;
  }
  return a;
}
}  // namespace detail

// gcd(a, b) of one integer type (the magnitude; gcd(typemin, 0) wraps, as `jlcc run`).
template <class T>
T gcd(T a, T b) {
  static_assert(is_int_v<T>, "jlrt::gcd: integer operands");
  return static_cast<T>(detail::gcd_u(detail::magnitude(a), detail::magnitude(b)));
}
// lcm(a, b): 0 when either is 0, else |a| / gcd * |b| wrapped to T.
template <class T>
T lcm(T a, T b) {
  static_assert(is_int_v<T>, "jlrt::lcm: integer operands");
  auto x = detail::magnitude(a), y = detail::magnitude(b);
  if (x == 0 || y == 0) return T(0);
  using U = decltype(x);
  return static_cast<T>(static_cast<U>(static_cast<uwide_t<T>>(x / detail::gcd_u(x, y)) * static_cast<uwide_t<T>>(y)));
}

// Bit counts over the bits of T's representation.
template <class T>
int64_t count_ones(T x) {
  static_assert(is_int_v<T>, "jlrt::count_ones: integer operand");
  auto u = static_cast<std::make_unsigned_t<T>>(x);
  int64_t r = 0;
  for (int i = 0; i < bits_v<T>; ++i) r += static_cast<int64_t>((u >> i) & 1u);
  return r;
}
template <class T>
int64_t count_zeros(T x) { return bits_v<T> - count_ones(x); }
template <class T>
int64_t leading_zeros(T x) {
  static_assert(is_int_v<T>, "jlrt::leading_zeros: integer operand");
  auto u = static_cast<std::make_unsigned_t<T>>(x);
  int64_t r = 0;
  for (int i = bits_v<T> - 1; i >= 0 && !((u >> i) & 1u); --i) ++r;
  return r;
}
template <class T>
int64_t trailing_zeros(T x) {
  static_assert(is_int_v<T>, "jlrt::trailing_zeros: integer operand");
  auto u = static_cast<std::make_unsigned_t<T>>(x);
  int64_t r = 0;
  for (int i = 0; i < bits_v<T> && !((u >> i) & 1u); ++i) ++r;
  return r;
}

// copysign(x, y) for a float x: |x| with the sign of y (signbit for floats, y < 0 otherwise).
template <class F, class Y>
F copysign(F x, Y y) {
  static_assert(is_float_v<F>, "jlrt::copysign: float first operand");
  bool neg;
  if constexpr (is_float_v<Y>) neg = std::signbit(y);
  else if constexpr (std::is_signed_v<Y> && !std::is_same_v<Y, bool>) neg = y < 0;
  else neg = false;
  return std::copysign(x, neg ? F(-1) : F(1));
}

// eps(x): the distance from |x| to the next larger float (NaN for Inf and NaN).
template <class F>
F eps(F x) {
  static_assert(is_float_v<F>, "jlrt::eps: float operand");
  F a = std::fabs(x);
  if (!std::isfinite(a)) return std::numeric_limits<F>::quiet_NaN();
  return std::nextafter(a, std::numeric_limits<F>::infinity()) - a;
}
template <class F>
F eps_of() { return std::numeric_limits<F>::epsilon(); }
template <class F>
F nextfloat(F x) { return std::nextafter(x, std::numeric_limits<F>::infinity()); }
template <class F>
F prevfloat(F x) { return std::nextafter(x, -std::numeric_limits<F>::infinity()); }
template <class F>
F floatmax() { return std::numeric_limits<F>::max(); }
template <class F>
F floatmin() { return std::numeric_limits<F>::min(); }

// round(x; digits=d) of a float (Base's `_round_digits`, shared with the interpreter):
// x * 10^d rounded to even, divided back (d < 0: x / 10^-d); x itself when that overflows.
inline double round_digits(double x, int64_t d) {
  if (d > 1000) d = 1000;  // 10^±1000 is already Inf (and -d stays defined)
  if (d < -1000) d = -1000;
  if (d == 0) return std::nearbyint(x);
  double r;
  if (d >= 0) {
    double inv = detail::pow_body(10.0, d);
    r = std::nearbyint(x * inv) / inv;
  } else {
    double step = detail::pow_body(10.0, -d);
    r = std::nearbyint(x / step) * step;
  }
  return std::isfinite(r) ? r : x;
}
template <class F>
F round_digits_to(F x, int64_t d) { return static_cast<F>(round_digits(static_cast<double>(x), d)); }

}  // namespace jlrt
