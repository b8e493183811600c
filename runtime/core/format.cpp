// Julia's number printing (Base.Ryu.writeshortest layout, integer show/print). C++17.
//
// Digits come from std::to_chars in shortest round-trip mode, which yields the same digit
// string as Julia's Ryu `reduce_shortest`; the layout (plain vs exponent form, `.0`, `f0`)
// follows `writeshortest` with precision = -1 and hash = true.
#include "core/format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace jlrt {

namespace {

struct Decimal {
  std::string digits;  // significant digits, no leading/trailing zeros (non-empty)
  int nexp = 0;        // value == digits * 10^nexp
};

template <class F>
Decimal shortestDigits(F ax) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::scientific);
  std::string s(buf, res.ptr);
  // s looks like "d.ddde+XX" or "de-XX".
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp10 = std::atoi(s.c_str() + e + 1);
  Decimal d;
  for (char c : mant)
    if (c != '.') d.digits.push_back(c);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  d.nexp = exp10 - static_cast<int>(d.digits.size()) + 1;
  return d;
}

// Julia's `mod(x, y)` for a Float64 x and positive y.
double juliaMod(double x, double y) {
  double r = std::fmod(x, y);
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

// writeshortest(x; precision=-1, hash=true, expchar, typed)
template <class F>
std::string writeShortest(F x, char expchar, bool typedF32) {
  std::string out;
  bool neg = std::signbit(x);
  if (x == 0) {
    out = neg ? "-0.0" : "0.0";
    if (typedF32) out += "f0";
    return out;
  }
  if (std::isnan(x)) return typedF32 ? "NaN32" : "NaN";
  if (std::isinf(x)) {
    out = neg ? "-Inf" : "Inf";
    if (typedF32) out += "32";
    return out;
  }
  Decimal d = shortestDigits(neg ? -x : x);
  if (neg) out.push_back('-');
  const int olength = static_cast<int>(d.digits.size());
  const int nexp = d.nexp;
  const int pt = nexp + olength;
  bool expForm = true;
  if (-4 < pt && pt <= 6) {
    bool inexactInteger = false;
    if (pt >= olength) {
      double p = std::pow(10.0, pt - olength);
      inexactInteger = std::fabs(juliaMod(static_cast<double>(x) + 0.05, p) - 0.05) > 0.05;
    }
    expForm = inexactInteger;
  }
  if (!expForm) {
    if (pt <= 0) {
      out += "0.";
      out.append(static_cast<size_t>(-pt), '0');
      out += d.digits;
    } else if (pt >= olength) {
      out += d.digits;
      out.append(static_cast<size_t>(nexp), '0');
      out += ".0";
    } else {
      out.append(d.digits, 0, static_cast<size_t>(pt));
      out.push_back('.');
      out.append(d.digits, static_cast<size_t>(pt), std::string::npos);
    }
    if (typedF32) out += "f0";
  } else {
    out.push_back(d.digits[0]);
    out.push_back('.');
    if (olength > 1)
      out.append(d.digits, 1, std::string::npos);
    else
      out.push_back('0');
    out.push_back(expchar);
    int exp2 = nexp + olength - 1;
    out += std::to_string(exp2);
  }
  return out;
}

template <class U>
std::string unsignedDecimal(U x) {
  char buf[48];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + static_cast<int>(x % 10));
    x /= 10;
  } while (x != 0);
  return std::string(p, buf + sizeof buf);
}

}  // namespace

std::string formatFloat64(double x) { return writeShortest(x, 'e', false); }

std::string formatFloat32(float x) { return writeShortest(x, 'f', true); }

std::string formatFloat32Print(float x) { return writeShortest(x, 'e', false); }

std::string formatFloat64Compact(double x) {
  if (x == 0 || !std::isfinite(x)) return formatFloat64(x);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.5e", x);
  return formatFloat64(std::strtod(buf, nullptr));
}

std::string formatInt(int64_t x) {
  if (x < 0) return "-" + unsignedDecimal(static_cast<uint64_t>(0) - static_cast<uint64_t>(x));
  return unsignedDecimal(static_cast<uint64_t>(x));
}

std::string formatUInt(uint64_t x) { return unsignedDecimal(x); }

std::string formatInt128(__int128 x) {
  using U = unsigned __int128;
  if (x < 0) return "-" + unsignedDecimal(static_cast<U>(0) - static_cast<U>(x));
  return unsignedDecimal(static_cast<U>(x));
}

std::string formatUInt128(unsigned __int128 x) { return unsignedDecimal(x); }

std::string formatUnsignedHex(unsigned __int128 x, int bytes) {
  static const char hex[] = "0123456789abcdef";
  std::string digits;
  do {
    digits.push_back(hex[static_cast<int>(x & 15)]);
    x >>= 4;
  } while (x != 0);
  while (static_cast<int>(digits.size()) < 2 * bytes) digits.push_back('0');
  std::string out = "0x";
  out.append(digits.rbegin(), digits.rend());
  return out;
}

}  // namespace jlrt
