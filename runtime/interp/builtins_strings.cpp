// Base natives for strings, chars and symbols: UTF-8 byte-indexed String access with
// Julia's index rules (StringIndexError/BoundsError), iteration, concatenation,
// `string`/`Symbol` construction, searching, splitting, joining, replacing, case mapping,
// stripping, padding, parsing numbers, and the Char predicates. Keyword-argument front
// ends (`split(s; limit, keepempty)`, `string(n; base, pad)`, ...) live in base/strings.jl
// and call the `_`-prefixed natives here.
//
// Differences from Julia: substrings (`s[a:b]`, `split`, `strip`, regex matches) are
// plain `String`s, not `SubString{String}`; the Unicode character classes and case
// mappings cover ASCII, Latin-1, Greek and Cyrillic only.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/format.hpp"
#include "interp/builtins_util.hpp"
#include "interp/coll_support.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace bu {



std::string charString(uint32_t bits) {
  std::string out;
  out.push_back(static_cast<char>(bits >> 24));
  for (int k = 1; k < 4; ++k) {
    unsigned char c = static_cast<unsigned char>((bits >> (24 - 8 * k)) & 0xFF);
    if (!c) break;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

int64_t strLength(std::string_view s) { return jlrt::text::charLength(s); }

int64_t codepointOf(uint32_t bits) {
  uint32_t cp;
  if (!codepointFromCharBits(bits, cp)) return -1;
  return cp;
}

}  // namespace bu

namespace {

using namespace bu;

Value mkstr(Interp& in, std::string s) { return in.makeString(std::move(s)); }

[[noreturn]] void argError(Interp& in, std::string msg) { in.throwNew("ArgumentError", {in.makeString(std::move(msg))}); }

int64_t intArg(Interp& in, const Value& v, const char* fname) {
  if (!isIntLike(v)) in.methodError(in.baseValue(fname), std::vector<Value>{v});
  return static_cast<int64_t>(toI128(v));
}

const std::string& strArg(Interp& in, const Value& v, const char* fname) {
  if (!isStr(v)) in.methodError(in.baseValue(fname), std::vector<Value>{v});
  return str(v);
}

// ---------------------------------------------------------------------------------------
// Character classes and case mapping.
// (shared with jlrt: runtime/core/text.cpp)
using jlrt::text::cpIsLetter;
using jlrt::text::cpIsLower;
using jlrt::text::cpIsPunct;
using jlrt::text::cpIsSpace;
using jlrt::text::cpIsUpper;
using jlrt::text::cpLower;
using jlrt::text::cpUpper;
using jlrt::text::mapChars;
bool cpIsPrint(int64_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c >= 0x80 && c < 0xA0) return false;
  return c != 0x2028 && c != 0x2029;
}

int64_t charCp(Interp& in, const Value& c) {
  int64_t cp = codepointOf(c.charBits());
  (void)in;
  return cp;
}

Value charPred(Interp& in, Args a, bool (*pred)(int64_t), const char* name) {
  if (a.size() != 1 || !isChar(a[0])) in.methodError(in.baseValue(name), a);
  int64_t cp = charCp(in, a[0]);
  return Value::boolean(cp >= 0 && pred(cp));
}

// ---------------------------------------------------------------------------------------
// Indexing.
[[noreturn]] void boundsError(Interp& in, const Value& s, int64_t i) { in.throwNew("BoundsError", {s, Value::int64(i)}); }
[[noreturn]] void stringIndexError(Interp& in, const Value& s, int64_t i) {
  in.throwNew("StringIndexError", {s, Value::int64(i)});
}

// Checks that 1-based index i is a valid char start of s; returns it 0-based.
size_t checkIndex(Interp& in, const Value& sv, int64_t i) {
  const std::string& s = str(sv);
  if (i < 1 || i > static_cast<int64_t>(s.size())) boundsError(in, sv, i);
  if (!isValidIndex(s, static_cast<size_t>(i - 1))) stringIndexError(in, sv, i);
  return static_cast<size_t>(i - 1);
}

// 1-based thisind/nextind/prevind (shared with jlrt: runtime/core/text.cpp).
using jlrt::text::nextInd;
using jlrt::text::prevInd;
using jlrt::text::thisInd;

Value substring(Interp& in, const Value& sv, int64_t a, int64_t b, const Value& rangeVal) {
  const std::string& s = str(sv);
  if (b < a) return mkstr(in, "");
  int64_t n = static_cast<int64_t>(s.size());
  if (a < 1 || b > n) in.throwNew("BoundsError", {sv, rangeVal});
  if (!isValidIndex(s, static_cast<size_t>(a - 1))) stringIndexError(in, sv, a);
  if (!isValidIndex(s, static_cast<size_t>(b - 1))) stringIndexError(in, sv, b);
  int64_t end = nextInd(s, b);
  return mkstr(in, s.substr(static_cast<size_t>(a - 1), static_cast<size_t>(end - a)));
}

// ---------------------------------------------------------------------------------------
// Searching.
// Finds needle (a String or Char) in s starting at 0-based byte `from`; npos if absent.
size_t findIn(Interp& in, const std::string& s, const Value& needle, size_t from, size_t& len) {
  std::string n;
  if (isChar(needle)) n = charString(needle.charBits());
  else if (isStr(needle)) n = str(needle);
  else in.methodError(in.baseValue("findfirst"), std::vector<Value>{needle, in.makeString(s)});
  len = n.size();
  if (from > s.size()) return std::string::npos;
  return s.find(n, from);
}

size_t rfindIn(Interp& in, const std::string& s, const Value& needle, size_t upto, size_t& len) {
  std::string n;
  if (isChar(needle)) n = charString(needle.charBits());
  else if (isStr(needle)) n = str(needle);
  else in.methodError(in.baseValue("findlast"), std::vector<Value>{needle, in.makeString(s)});
  len = n.size();
  return s.rfind(n, upto);
}

Value foundRange(Interp& in, const Value& needle, size_t pos, size_t len, const std::string& s) {
  if (pos == std::string::npos) return Value();
  if (isChar(needle)) return Value::int64(static_cast<int64_t>(pos) + 1);
  int64_t a = static_cast<int64_t>(pos) + 1;
  int64_t b = len == 0 ? a - 1 : prevInd(s, static_cast<int64_t>(pos + len) + 1);
  return coll::makeUnitRange(in, a, b);
}

// ---------------------------------------------------------------------------------------
// Parsing numbers.
bool parseIntText(std::string_view t, int base, bool baseGiven, bool& neg, uint128& mag, bool& overflow, std::string& badDigit) {
  size_t i = 0;
  neg = false;
  overflow = false;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) { neg = t[i] == '-'; ++i; }
  if (!baseGiven && i + 1 < t.size() && t[i] == '0' && (t[i + 1] == 'x' || t[i + 1] == 'b' || t[i + 1] == 'o')) {
    base = t[i + 1] == 'x' ? 16 : (t[i + 1] == 'b' ? 2 : 8);
    i += 2;
  }
  if (i >= t.size()) return false;
  mag = 0;
  for (; i < t.size(); ++i) {
    char c = t[i];
    int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : (c >= 'A' && c <= 'Z') ? c - 'A' + 10 : 99;
    if (d >= base) {
      uint32_t bits;
      charAt(t, i, bits);
      badDigit = charString(bits);
      return false;
    }
    uint128 nm = mag * static_cast<uint128>(base) + static_cast<uint128>(d);
    if (nm / static_cast<uint128>(base) != mag && !overflow) overflow = true;
    if (mag > (~static_cast<uint128>(0)) / static_cast<uint128>(base)) overflow = true;
    mag = nm;
  }
  return true;
}

std::string_view trimSpace(std::string_view t) {
  size_t a = 0, b = t.size();
  while (a < b && cpIsSpace(static_cast<unsigned char>(t[a]))) ++a;
  while (b > a && cpIsSpace(static_cast<unsigned char>(t[b - 1]))) --b;
  return t.substr(a, b - a);
}

// parse/tryparse: returns nothing on failure when `throwErr` is false.
Value parseNumber(Interp& in, const Value& typ, const Value& sv, int base, bool baseGiven, bool throwErr) {
  if (!isStr(sv)) {
    if (isChar(sv)) {
      // parse(Int, 'c'): a single digit
      std::string one = charString(sv.charBits());
      return parseNumber(in, typ, in.makeString(one), base, baseGiven, throwErr);
    }
    in.methodError(in.baseValue("parse"), std::vector<Value>{typ, sv});
  }
  const std::string& s = str(sv);
  Tag t = tagOfType(in, typ);
  TypeSystem& T = in.types();
  if (t == Tag::Nothing && isType(typ)) {
    if (typ.obj() == T.Integer.obj() || typ.obj() == T.Signed.obj()) t = Tag::Int64;
    else if (typ.obj() == T.AbstractFloat.obj() || typ.obj() == T.Real.obj() || typ.obj() == T.Number.obj()) t = Tag::Float64;
  }
  if (t == Tag::Nothing || t == Tag::Char) in.methodError(in.baseValue("parse"), std::vector<Value>{typ, sv});
  std::string_view txt = trimSpace(s);
  if (t == Tag::Bool) {
    if (txt == "true" || txt == "1") return Value::boolean(true);
    if (txt == "false" || txt == "0") return Value::boolean(false);
    if (!throwErr) return Value();
    argError(in, "invalid Bool representation: " + syntax::quoteString(s));
  }
  if (t == Tag::Float32 || t == Tag::Float64) {
    std::string tt(txt);
    std::string low;
    for (char c : tt) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    double d = 0;
    bool ok = !tt.empty();
    std::string body = low;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) { neg = body[0] == '-'; body = body.substr(1); }
    if (ok && (body == "inf" || body == "infinity")) d = neg ? -INFINITY : INFINITY;
    else if (ok && body == "nan") d = NAN;
    else if (ok) {
      // digits, optional point, optional exponent; no hex floats, no underscores
      bool digits = false;
      size_t i = 0;
      while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) { ++i; digits = true; }
      if (i < body.size() && body[i] == '.') {
        ++i;
        while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) { ++i; digits = true; }
      }
      if (digits && i < body.size() && (body[i] == 'e' || body[i] == 'f')) {
        ++i;
        if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
        bool ed = false;
        while (i < body.size() && std::isdigit(static_cast<unsigned char>(body[i]))) { ++i; ed = true; }
        if (!ed) digits = false;
      }
      ok = digits && i == body.size();
      if (ok) {
        std::string c = tt;
        for (char& ch : c) if (ch == 'f' || ch == 'F') ch = 'e';
        d = std::strtod(c.c_str(), nullptr);
        if (t == Tag::Float32) return Value::float32(std::strtof(c.c_str(), nullptr));
      }
    }
    if (!ok) {
      if (!throwErr) return Value();
      argError(in, "cannot parse " + syntax::quoteString(s) + " as " + T.show(typ));
    }
    return t == Tag::Float32 ? Value::float32(static_cast<float>(d)) : Value::float64(d);
  }
  if (base < 2 || base > 62) argError(in, "invalid base: base must be 2 ≤ base ≤ 62, got " + std::to_string(base));
  if (txt.empty()) {
    if (!throwErr) return Value();
    argError(in, "input string is empty or only contains whitespace");
  }
  bool neg, overflow;
  uint128 mag = 0;
  std::string bad;
  if (!parseIntText(txt, base, baseGiven, neg, mag, overflow, bad)) {
    if (!throwErr) return Value();
    if (!bad.empty())
    {
      uint32_t bb;
      charAt(bad, 0, bb);
      argError(in, "invalid base " + std::to_string(base) + " digit " + showCharText(bb) + " in " + syntax::quoteString(s));
    }
    argError(in, "premature end of integer: " + syntax::quoteString(s));
  }
  int bits = bitsOf(t);
  bool sgn = t >= Tag::Int8 && t <= Tag::Int128;
  bool fits = !overflow;
  if (fits) {
    if (sgn) {
      uint128 lim = static_cast<uint128>(1) << (bits - 1);
      fits = neg ? mag <= lim : mag < lim;
    } else {
      fits = (!neg || mag == 0) && (bits >= 128 || mag < (static_cast<uint128>(1) << bits));
    }
  }
  if (!fits) {
    if (!throwErr) return Value();
    if (!sgn && neg) argError(in, "invalid base " + std::to_string(base) + " digit '-' in " + syntax::quoteString(s));
    in.throwNew("OverflowError", {in.makeString("overflow parsing " + syntax::quoteString(s))});
  }
  return wrapInt(t, neg ? static_cast<uint128>(0) - mag : mag);
}

// ---------------------------------------------------------------------------------------
// Splitting.
bool isDelimChar(Interp& in, const Value& delim, uint32_t bits) {
  if (delim.isNothing()) {
    int64_t cp = codepointOf(bits);
    return cp >= 0 && cpIsSpace(cp);
  }
  if (isChar(delim)) return delim.charBits() == bits;
  if (delim.isObject(ObjKind::Array) || delim.isObject(ObjKind::Tuple) || delim.isObject(ObjKind::Set)) {
    bool found = false;
    coll::forEach(in, delim, [&](const Value& x) {
      if (isChar(x) && x.charBits() == bits) found = true;
      return !found;
    });
    return found;
  }
  // a predicate
  Value r = in.call(delim, std::vector<Value>{Value::charBits(bits)});
  return r.isBool() && r.asBool();
}

Value splitNative(Interp& in, Args a) {
  // _split(s, delim-or-nothing, limit, keepempty)
  const std::string& s = strArg(in, a[0], "split");
  const Value& delim = a[1];
  int64_t limit = intArg(in, a[2], "split");
  bool keep = in.isTruthy(a[3]);
  // (the rules are runtime/core/text.cpp's, shared with compiled code)
  std::vector<std::string_view> parts =
      isStr(delim) ? jlrt::text::splitString(s, str(delim), limit, keep)
                   : jlrt::text::splitChars(s, [&](uint32_t bits) { return isDelimChar(in, delim, bits); }, limit, keep);
  std::vector<Value> out;
  for (std::string_view p : parts) out.push_back(mkstr(in, std::string(p)));
  return in.makeVector(in.types().String, std::move(out));
}

// ---------------------------------------------------------------------------------------
// Stripping.
Value stripNative(Interp& in, Args a, bool left, bool right) {
  const std::string& s = strArg(in, a[0], left && right ? "strip" : (left ? "lstrip" : "rstrip"));
  Value delim = a.size() > 1 ? a[1] : Value();
  size_t b = 0, e = s.size();
  if (left) {
    while (b < e) {
      uint32_t bits;
      size_t len = charAt(s, b, bits);
      if (!isDelimChar(in, delim, bits)) break;
      b += len;
    }
  }
  if (right) {
    while (e > b) {
      int64_t p = thisInd(s, static_cast<int64_t>(e)) - 1;
      uint32_t bits;
      charAt(s, static_cast<size_t>(p), bits);
      if (!isDelimChar(in, delim, bits)) break;
      e = static_cast<size_t>(p);
    }
  }
  return mkstr(in, s.substr(b, e - b));
}

// ---------------------------------------------------------------------------------------
// Replacement with String/Char patterns (regex patterns: builtins_regex.cpp).
Value replaceNative(Interp& in, Args a) {
  // _replace_str(s, pattern, replacement, count)
  const std::string& s = strArg(in, a[0], "replace");
  const Value& pat = a[1];
  const Value& rep = a[2];
  int64_t count = a[3].isNothing() ? std::numeric_limits<int64_t>::max() : intArg(in, a[3], "replace");
  std::string out;
  size_t i = 0;
  int64_t done = 0;
  auto replacement = [&](const std::string& matched) -> std::string {
    if (isStr(rep)) return str(rep);
    if (isChar(rep)) return charString(rep.charBits());
    Value arg = isChar(pat) ? Value(Value::charBits(pat.charBits())) : mkstr(in, matched);
    if (!isStr(pat) && !isChar(pat)) {
      uint32_t bits;
      charAt(matched, 0, bits);
      arg = Value::charBits(bits);
    }
    return in.toString(in.call(rep, std::vector<Value>{arg}));
  };
  bool predicate = !isStr(pat) && !isChar(pat);
  if (predicate || isChar(pat)) {
    while (i < s.size()) {
      uint32_t bits;
      size_t len = charAt(s, i, bits);
      bool hit = done < count && (predicate ? isDelimChar(in, pat, bits) : bits == pat.charBits());
      if (hit) {
        out += replacement(s.substr(i, len));
        ++done;
      } else {
        out.append(s, i, len);
      }
      i += len;
    }
    return mkstr(in, out);
  }
  const std::string& p = str(pat);
  while (i <= s.size() && done < count) {
    size_t pos = s.find(p, i);
    if (pos == std::string::npos) break;
    out.append(s, i, pos - i);
    out += replacement(p);
    ++done;
    if (p.empty()) {
      if (pos >= s.size()) { i = s.size() + 1; break; }
      uint32_t bits;
      size_t len = charAt(s, pos, bits);
      out.append(s, pos, len);
      i = pos + len;
    } else {
      i = pos + p.size();
    }
  }
  if (i < s.size()) out.append(s, i, std::string::npos);
  return mkstr(in, out);
}

// ---------------------------------------------------------------------------------------
// Escapes for b"..." and unescape_string.
std::string unescapeBytes(Interp& in, std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) { out.push_back(c); continue; }
    char e = s[++i];
    auto hexVal = [](char h) { return std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : std::tolower(h) - 'a' + 10; };
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'v': out.push_back('\v'); break;
      case 'e': out.push_back('\x1b'); break;
      case 'x': {
        unsigned v = 0;
        int k = 0;
        while (k < 2 && i + 1 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1]))) { v = v * 16 + hexVal(s[++i]); ++k; }
        if (k == 0) argError(in, "invalid escape sequence");
        out.push_back(static_cast<char>(v));
        break;
      }
      case 'u': case 'U': {
        int maxd = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        while (k < maxd && i + 1 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1]))) { v = v * 16 + hexVal(s[++i]); ++k; }
        if (k == 0) argError(in, "invalid escape sequence");
        out += encodeUtf8(v);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          unsigned v = static_cast<unsigned>(e - '0');
          int k = 1;
          while (k < 3 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7') { v = v * 8 + static_cast<unsigned>(s[++i] - '0'); ++k; }
          out.push_back(static_cast<char>(v));
        } else {
          out.push_back(e);  // \\ \" \' \$ and unknown escapes keep the char
        }
    }
  }
  return out;
}

Value bytesVector(Interp& in, std::string_view s) {
  std::vector<Value> v;
  v.reserve(s.size());
  for (char c : s) v.push_back(Value::uint8(static_cast<uint8_t>(c)));
  return in.makeVector(in.types().UInt8, std::move(v));
}

std::string stringOfBytes(Interp& in, const Value& v) {
  std::string out;
  if (v.isObject(ObjKind::Array)) {
    for (const Value& b : v.as<ArrayObj>().elems()) {
      if (!isIntLike(b)) in.methodError(in.baseValue("String"), std::vector<Value>{v});
      out.push_back(static_cast<char>(static_cast<uint8_t>(toI128(b))));
    }
  }
  return out;
}

}  // namespace

namespace {

Value iterateString(Interp& in, const Value& sv, int64_t i) {
  const std::string& s = str(sv);
  if (i < 1 || i > static_cast<int64_t>(s.size())) {
    if (i == static_cast<int64_t>(s.size()) + 1) return Value();
    if (i > static_cast<int64_t>(s.size())) return Value();
    boundsError(in, sv, i);
  }
  uint32_t bits;
  size_t len = charAt(s, static_cast<size_t>(i - 1), bits);
  return in.makeTuple({Value::charBits(bits), Value::int64(i + static_cast<int64_t>(len))});
}

// `string(xs...)`, also used for interpolation.
Value stringNative(Interp& in, Args a) {
  std::string out;
  for (const Value& v : a) {
    if (isStr(v)) out += str(v);
    else if (isChar(v)) out += charString(v.charBits());
    else if (v.isSymbol()) out += v.asSymbol().str();
    else out += in.toString(v);
  }
  return mkstr(in, std::move(out));
}

Value concatNative(Interp& in, Args a) {
  std::string out;
  for (const Value& v : a) {
    if (isStr(v)) out += str(v);
    else if (isChar(v)) out += charString(v.charBits());
    else in.methodError(in.baseValue("*"), a);
  }
  return mkstr(in, std::move(out));
}

Value repeatNative(Interp& in, Args a) {
  std::string unit;
  if (isStr(a[0])) unit = str(a[0]);
  else if (isChar(a[0])) unit = charString(a[0].charBits());
  else in.methodError(in.baseValue("repeat"), a);
  int64_t n = intArg(in, a[1], "repeat");
  if (n < 0) argError(in, "can't repeat a string " + std::to_string(n) + " times");
  std::string out;
  out.reserve(unit.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) out += unit;
  return mkstr(in, std::move(out));
}

std::string asText(Interp& in, const Value& v) {
  if (isStr(v)) return str(v);
  if (isChar(v)) return charString(v.charBits());
  return in.toString(v);
}

int cmpStrings(const std::string& x, const std::string& y) {
  int c = x.compare(y);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

Value padNative(Interp& in, Args a, bool left) {
  std::string s = asText(in, a[0]);
  int64_t n = intArg(in, a[1], left ? "lpad" : "rpad");
  std::string p = a.size() > 2 ? asText(in, a[2]) : " ";
  return mkstr(in, jlrt::text::pad(s, n, p, left));
}

std::string intToBase(uint128 mag, int base, int pad, bool neg) {
  static const char* digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string d;
  while (mag) {
    d.push_back(digits[static_cast<int>(mag % static_cast<uint128>(base))]);
    mag /= static_cast<uint128>(base);
  }
  while (static_cast<int>(d.size()) < pad) d.push_back('0');
  if (neg) d.push_back('-');
  std::reverse(d.begin(), d.end());
  return d;
}

Value findNative(Interp& in, Args a, bool first) {
  // findfirst(needle, s) / findlast(needle, s)
  const std::string& s = strArg(in, a[1], first ? "findfirst" : "findlast");
  size_t len;
  size_t pos = first ? findIn(in, s, a[0], 0, len) : rfindIn(in, s, a[0], std::string::npos, len);
  return foundRange(in, a[0], pos, len, s);
}

}  // namespace

void registerStringBuiltins(Interp& in) {
  TypeSystem& T = in.types();
  Value S = T.AbstractString, C = T.AbstractChar, I = T.Integer, A = T.Any, Ty = T.TypeType;
  Value SC = T.unionOf({T.AbstractString, T.AbstractChar});
  ModuleObj* symMod = in.core->find(Symbol("Symbol")) ? in.core : in.base;
  ModuleObj* strMod = in.core->find(Symbol("String")) ? in.core : in.base;

  // --- basic access ---
  in.defNative(in.base, "length", {S}, +[](Interp& in, Args a) { return Value::int64(strLength(strArg(in, a[0], "length"))); });
  in.defNative(in.base, "ncodeunits", {S}, +[](Interp& in, Args a) {
    return Value::int64(static_cast<int64_t>(strArg(in, a[0], "ncodeunits").size()));
  });
  in.defNative(in.base, "ncodeunits", {C}, +[](Interp&, Args a) {
    return Value::int64(static_cast<int64_t>(charString(a[0].charBits()).size()));
  });
  in.defNative(in.base, "sizeof", {S}, +[](Interp& in, Args a) {
    return Value::int64(static_cast<int64_t>(strArg(in, a[0], "sizeof").size()));
  });
  in.defNative(in.base, "codeunit", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "codeunit");
    int64_t i = intArg(in, a[1], "codeunit");
    if (i < 1 || i > static_cast<int64_t>(s.size())) boundsError(in, a[0], i);
    return Value::uint8(static_cast<uint8_t>(s[static_cast<size_t>(i - 1)]));
  });
  in.defNative(in.base, "codeunits", {S}, +[](Interp& in, Args a) { return bytesVector(in, strArg(in, a[0], "codeunits")); });
  in.defNative(in.base, "isempty", {S}, +[](Interp& in, Args a) { return Value::boolean(strArg(in, a[0], "isempty").empty()); });
  in.defNative(in.base, "getindex", {S, I}, +[](Interp& in, Args a) -> Value {
    size_t k = checkIndex(in, a[0], intArg(in, a[1], "getindex"));
    uint32_t bits;
    charAt(str(a[0]), k, bits);
    return Value::charBits(bits);
  });
  in.defNative(in.base, "getindex", {S, T.AbstractArray}, +[](Interp& in, Args a) -> Value {
    coll::IntRange r;
    if (!coll::asIntRange(in, a[1], r) || r.step != 1) {
      // a vector of indices: the chars at those indices
      std::string out;
      coll::forEach(in, a[1], [&](const Value& i) {
        size_t k = checkIndex(in, a[0], intArg(in, i, "getindex"));
        uint32_t bits;
        charAt(str(a[0]), k, bits);
        out += charString(bits);
        return true;
      });
      return mkstr(in, out);
    }
    return substring(in, a[0], r.start, r.start + r.len - 1, a[1]);
  });
  in.defNative(in.base, "firstindex", {S}, +[](Interp&, Args) { return Value::int64(1); });
  in.defNative(in.base, "lastindex", {S}, +[](Interp& in, Args a) {
    return Value::int64(thisInd(strArg(in, a[0], "lastindex"), static_cast<int64_t>(str(a[0]).size())));
  });
  in.defNative(in.base, "thisind", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "thisind");
    int64_t i = intArg(in, a[1], "thisind");
    if (i < 0 || i > static_cast<int64_t>(s.size()) + 1) boundsError(in, a[0], i);
    return Value::int64(thisInd(s, i));
  });
  in.defNative(in.base, "nextind", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "nextind");
    int64_t i = intArg(in, a[1], "nextind");
    if (i < 0 || i > static_cast<int64_t>(s.size())) boundsError(in, a[0], i);
    return Value::int64(i == 0 ? 1 : nextInd(s, i));
  });
  in.defNative(in.base, "nextind", {S, I, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "nextind");
    int64_t i = intArg(in, a[1], "nextind"), n = intArg(in, a[2], "nextind");
    for (int64_t k = 0; k < n; ++k) i = (i <= 0 || i > static_cast<int64_t>(s.size())) ? i + 1 : nextInd(s, i);
    return Value::int64(i);
  });
  in.defNative(in.base, "prevind", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "prevind");
    int64_t i = intArg(in, a[1], "prevind");
    if (i < 1 || i > static_cast<int64_t>(s.size()) + 1) boundsError(in, a[0], i);
    return Value::int64(prevInd(s, i));
  });
  in.defNative(in.base, "prevind", {S, I, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "prevind");
    int64_t i = intArg(in, a[1], "prevind"), n = intArg(in, a[2], "prevind");
    for (int64_t k = 0; k < n; ++k) i = prevInd(s, i);
    return Value::int64(i);
  });
  in.defNative(in.base, "isvalid", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "isvalid");
    int64_t i = intArg(in, a[1], "isvalid");
    return Value::boolean(i >= 1 && i <= static_cast<int64_t>(s.size()) && isValidIndex(s, static_cast<size_t>(i - 1)));
  });
  in.defNative(in.base, "isvalid", {S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "isvalid");
    for (size_t i = 0; i < s.size();) {
      uint32_t bits, cp;
      size_t len = charAt(s, i, bits);
      if (!codepointFromCharBits(bits, cp)) return Value::boolean(false);
      i += len;
    }
    return Value::boolean(true);
  });
  in.defNative(in.base, "isvalid", {C}, +[](Interp&, Args a) -> Value {
    uint32_t cp;
    return Value::boolean(codepointFromCharBits(a[0].charBits(), cp));
  });
  in.defNative(in.base, "iterate", {S}, +[](Interp& in, Args a) { return iterateString(in, a[0], 1); });
  in.defNative(in.base, "iterate", {S, I}, +[](Interp& in, Args a) { return iterateString(in, a[0], intArg(in, a[1], "iterate")); });
  in.defNative(in.base, "eltype", {Ty}, +[](Interp& in, Args a) -> Value {
    TypeSystem& T = in.types();
    if (T.isSubtype(a[0], T.AbstractString)) return T.Char;
    in.methodError(in.baseValue("eltype"), a);
  });
  in.defNative(in.base, "first", {S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "first");
    if (s.empty()) argError(in, "collection must be non-empty");
    uint32_t bits;
    charAt(s, 0, bits);
    return Value::charBits(bits);
  });
  in.defNative(in.base, "last", {S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "last");
    if (s.empty()) argError(in, "collection must be non-empty");
    uint32_t bits;
    charAt(s, static_cast<size_t>(thisInd(s, static_cast<int64_t>(s.size())) - 1), bits);
    return Value::charBits(bits);
  });
  in.defNative(in.base, "first", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "first");
    int64_t n = intArg(in, a[1], "first");
    if (n < 0) argError(in, "Number of elements must be non-negative");
    size_t i = 0;
    for (int64_t k = 0; k < n && i < s.size(); ++k) {
      uint32_t bits;
      i += charAt(s, i, bits);
    }
    return mkstr(in, s.substr(0, i));
  });
  in.defNative(in.base, "last", {S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "last");
    int64_t n = intArg(in, a[1], "last");
    if (n < 0) argError(in, "Number of elements must be non-negative");
    int64_t i = static_cast<int64_t>(s.size()) + 1;
    for (int64_t k = 0; k < n && i > 1; ++k) i = prevInd(s, i);
    return mkstr(in, s.substr(static_cast<size_t>(i - 1)));
  });

  // --- construction ---
  in.defNative(in.base, "string", {A}, stringNative, true);
  in.defNative(in.base, "*", {SC, SC}, concatNative, true);
  in.defNative(in.base, "^", {SC, I}, repeatNative);
  in.defNative(in.base, "repeat", {SC, I}, repeatNative);
  in.defNative(symMod, "Symbol", {A}, +[](Interp& in, Args a) -> Value {
    // constructor methods receive the type first
    Args rest = (!a.empty() && isType(a[0]) && a[0].obj() == in.types().Symbol.obj()) ? a.subspan(1) : a;
    if (rest.size() == 1 && rest[0].isSymbol()) return rest[0];
    std::string name = str(stringNative(in, rest));
    if (name.find('\0') != std::string::npos) argError(in, "Symbol name may not contain \\0");
    return Value::symbol(name);
  }, true);
  in.defNative(strMod, "String", {A}, +[](Interp& in, Args a) -> Value {
    Args rest = (!a.empty() && isType(a[0]) && a[0].obj() == in.types().String.obj()) ? a.subspan(1) : a;
    if (rest.size() != 1) in.methodError(in.baseValue("String"), a);
    const Value& v = rest[0];
    if (isStr(v)) return v;
    if (v.isSymbol()) return mkstr(in, v.asSymbol().str());
    if (v.isObject(ObjKind::Array)) return mkstr(in, stringOfBytes(in, v));
    if (isChar(v)) return mkstr(in, charString(v.charBits()));
    in.methodError(in.baseValue("String"), a);
  });
  in.defNative(in.base, "_string_int", {I, I, I}, +[](Interp& in, Args a) -> Value {
    // string(n; base, pad)
    const Value& n = a[0];
    int base = static_cast<int>(intArg(in, a[1], "string"));
    int pad = static_cast<int>(intArg(in, a[2], "string"));
    if (n.isBool() && base == 10 && pad == 1) return mkstr(in, n.asBool() ? "true" : "false");
    if (base < 2 || base > 62) argError(in, "invalid base: base must be 2 ≤ |base| ≤ 62, got " + std::to_string(base));
    bool neg = isNeg(n);
    uint128 raw = n.isBool() ? (n.asBool() ? 1 : 0) : static_cast<uint128>(n.toInt128());
    if (n.tag() == Tag::UInt128) raw = n.asUInt128();
    else if (n.isUnsignedInt()) raw = n.asUInt64();
    uint128 mag = neg ? static_cast<uint128>(0) - raw : raw;
    return mkstr(in, intToBase(mag, base, pad, neg));
  });
  in.defNative(in.base, "_bytes_sub", {S, I, I}, +[](Interp& in, Args a) -> Value {
    // bytes i..j (1-based, inclusive) of s, unchecked beyond clamping
    const std::string& s = strArg(in, a[0], "SubString");
    int64_t i = std::max<int64_t>(intArg(in, a[1], "SubString"), 1);
    int64_t j = std::min<int64_t>(intArg(in, a[2], "SubString"), static_cast<int64_t>(s.size()));
    if (j < i) return mkstr(in, "");
    return mkstr(in, s.substr(static_cast<size_t>(i - 1), static_cast<size_t>(j - i + 1)));
  });
  in.defNative(in.base, "_b_str", {S}, +[](Interp& in, Args a) { return bytesVector(in, unescapeBytes(in, str(a[0]))); });
  in.defNative(in.base, "unescape_string", {S}, +[](Interp& in, Args a) { return mkstr(in, unescapeBytes(in, str(a[0]))); });
  in.defNative(in.base, "escape_string", {S}, +[](Interp& in, Args a) -> Value {
    std::string q = syntax::quoteString(str(a[0]));
    // quoteString also escapes `$`; escape_string does not
    std::string out;
    for (size_t i = 1; i + 1 < q.size(); ++i) {
      if (q[i] == '\\' && q[i + 1] == '$') continue;
      out.push_back(q[i]);
    }
    return mkstr(in, out);
  });

  // --- comparison ---
  in.defNative(in.base, "==", {S, S}, +[](Interp&, Args a) -> Value {
    if (!isStr(a[0]) || !isStr(a[1])) return Value::boolean(false);
    return Value::boolean(str(a[0]) == str(a[1]));
  });
  in.defNative(in.base, "isequal", {S, S}, +[](Interp&, Args a) -> Value {
    return Value::boolean(isStr(a[0]) && isStr(a[1]) && str(a[0]) == str(a[1]));
  });
  in.defNative(in.base, "cmp", {S, S}, +[](Interp& in, Args a) {
    return Value::int64(cmpStrings(strArg(in, a[0], "cmp"), strArg(in, a[1], "cmp")));
  });
  in.defNative(in.base, "isless", {S, S}, +[](Interp& in, Args a) {
    return Value::boolean(cmpStrings(strArg(in, a[0], "isless"), strArg(in, a[1], "isless")) < 0);
  });
  in.defNative(in.base, "<", {S, S}, +[](Interp& in, Args a) {
    return Value::boolean(cmpStrings(strArg(in, a[0], "<"), strArg(in, a[1], "<")) < 0);
  });
  in.defNative(in.base, "<=", {S, S}, +[](Interp& in, Args a) {
    return Value::boolean(cmpStrings(strArg(in, a[0], "<="), strArg(in, a[1], "<=")) <= 0);
  });
  in.defNative(in.base, ">", {S, S}, +[](Interp& in, Args a) {
    return Value::boolean(cmpStrings(strArg(in, a[0], ">"), strArg(in, a[1], ">")) > 0);
  });
  in.defNative(in.base, ">=", {S, S}, +[](Interp& in, Args a) {
    return Value::boolean(cmpStrings(strArg(in, a[0], ">="), strArg(in, a[1], ">=")) >= 0);
  });

  // --- searching ---
  in.defNative(in.base, "startswith", {S, SC}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "startswith");
    std::string p = asText(in, a[1]);
    return Value::boolean(s.compare(0, p.size(), p) == 0 && s.size() >= p.size());
  });
  in.defNative(in.base, "endswith", {S, SC}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "endswith");
    std::string p = asText(in, a[1]);
    return Value::boolean(s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0);
  });
  in.defNative(in.base, "occursin", {SC, S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[1], "occursin");
    return Value::boolean(s.find(asText(in, a[0])) != std::string::npos);
  });
  in.defNative(in.base, "contains", {S, SC}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[0], "contains");
    return Value::boolean(s.find(asText(in, a[1])) != std::string::npos);
  });
  in.defNative(in.base, "in", {C, S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[1], "in");
    return Value::boolean(s.find(charString(a[0].charBits())) != std::string::npos);
  });
  in.defNative(in.base, "findfirst", {SC, S}, +[](Interp& in, Args a) { return findNative(in, a, true); });
  in.defNative(in.base, "findlast", {SC, S}, +[](Interp& in, Args a) { return findNative(in, a, false); });
  in.defNative(in.base, "findnext", {SC, S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[1], "findnext");
    int64_t i = intArg(in, a[2], "findnext");
    if (i > static_cast<int64_t>(s.size()) + 1) boundsError(in, a[1], i);
    if (i < 1) boundsError(in, a[1], i);
    size_t len;
    size_t pos = findIn(in, s, a[0], static_cast<size_t>(i - 1), len);
    return foundRange(in, a[0], pos, len, s);
  });
  in.defNative(in.base, "findprev", {SC, S, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[1], "findprev");
    int64_t i = intArg(in, a[2], "findprev");
    if (i < 1) return Value();
    size_t len;
    size_t pos = rfindIn(in, s, a[0], static_cast<size_t>(i - 1), len);
    return foundRange(in, a[0], pos, len, s);
  });
  in.defNative(in.base, "_count_str", {SC, S, T.Bool}, +[](Interp& in, Args a) -> Value {
    const std::string& s = strArg(in, a[1], "count");
    std::string p = asText(in, a[0]);
    bool overlap = a[2].asBool();
    int64_t n = 0;
    if (p.empty()) return Value::int64(strLength(s) + 1);
    for (size_t i = s.find(p); i != std::string::npos; i = s.find(p, i + (overlap ? 1 : p.size()))) ++n;
    return Value::int64(n);
  });

  // --- transformations ---
  in.defNative(in.base, "_split", {S, A, I, A}, splitNative);
  in.defNative(in.base, "_replace_str", {S, A, A, A}, replaceNative);
  in.defNative(in.base, "uppercase", {S}, +[](Interp& in, Args a) { return mkstr(in, mapChars(str(a[0]), cpUpper)); });
  in.defNative(in.base, "lowercase", {S}, +[](Interp& in, Args a) { return mkstr(in, mapChars(str(a[0]), cpLower)); });
  in.defNative(in.base, "uppercase", {C}, +[](Interp&, Args a) -> Value {
    int64_t cp = codepointOf(a[0].charBits());
    return cp < 0 ? a[0] : Value::charBits(charBitsFromCodepoint(static_cast<uint32_t>(cpUpper(cp))));
  });
  in.defNative(in.base, "lowercase", {C}, +[](Interp&, Args a) -> Value {
    int64_t cp = codepointOf(a[0].charBits());
    return cp < 0 ? a[0] : Value::charBits(charBitsFromCodepoint(static_cast<uint32_t>(cpLower(cp))));
  });
  in.defNative(in.base, "titlecase", {C}, +[](Interp&, Args a) -> Value {
    int64_t cp = codepointOf(a[0].charBits());
    return cp < 0 ? a[0] : Value::charBits(charBitsFromCodepoint(static_cast<uint32_t>(cpUpper(cp))));
  });
  in.defNative(in.base, "titlecase", {S}, +[](Interp& in, Args a) { return mkstr(in, jlrt::text::titlecase(str(a[0]))); });
  auto firstMap = +[](Interp& in, Args a, int64_t (*f)(int64_t)) -> Value {
    const std::string& s = str(a[0]);
    if (s.empty()) return a[0];
    uint32_t bits;
    size_t len = charAt(s, 0, bits);
    int64_t cp = codepointOf(bits);
    if (cp < 0) return a[0];
    return mkstr(in, encodeUtf8(static_cast<uint32_t>(f(cp))) + s.substr(len));
  };
  (void)firstMap;
  in.defNative(in.base, "uppercasefirst", {S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = str(a[0]);
    if (s.empty()) return a[0];
    uint32_t bits;
    size_t len = charAt(s, 0, bits);
    int64_t cp = codepointOf(bits);
    if (cp < 0) return a[0];
    return mkstr(in, encodeUtf8(static_cast<uint32_t>(cpUpper(cp))) + s.substr(len));
  });
  in.defNative(in.base, "lowercasefirst", {S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = str(a[0]);
    if (s.empty()) return a[0];
    uint32_t bits;
    size_t len = charAt(s, 0, bits);
    int64_t cp = codepointOf(bits);
    if (cp < 0) return a[0];
    return mkstr(in, encodeUtf8(static_cast<uint32_t>(cpLower(cp))) + s.substr(len));
  });
  in.defNative(in.base, "strip", {S}, +[](Interp& in, Args a) { return stripNative(in, a, true, true); });
  in.defNative(in.base, "lstrip", {S}, +[](Interp& in, Args a) { return stripNative(in, a, true, false); });
  in.defNative(in.base, "rstrip", {S}, +[](Interp& in, Args a) { return stripNative(in, a, false, true); });
  in.defNative(in.base, "strip", {S, A}, +[](Interp& in, Args a) { return stripNative(in, a, true, true); });
  in.defNative(in.base, "lstrip", {S, A}, +[](Interp& in, Args a) { return stripNative(in, a, true, false); });
  in.defNative(in.base, "rstrip", {S, A}, +[](Interp& in, Args a) { return stripNative(in, a, false, true); });
  in.defNative(in.base, "chomp", {S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = str(a[0]);
    if (s.size() >= 2 && s.compare(s.size() - 2, 2, "\r\n") == 0) return mkstr(in, s.substr(0, s.size() - 2));
    if (!s.empty() && s.back() == '\n') return mkstr(in, s.substr(0, s.size() - 1));
    return a[0];
  });
  in.defNative(in.base, "_chop", {S, I, I}, +[](Interp& in, Args a) -> Value {
    const std::string& s = str(a[0]);
    int64_t head = intArg(in, a[1], "chop"), tail = intArg(in, a[2], "chop");
    if (head < 0 || tail < 0) argError(in, "Requested head or tail is negative");
    int64_t n = static_cast<int64_t>(s.size());
    int64_t b = 1;
    for (int64_t k = 0; k < head && b <= n; ++k) b = nextInd(s, b);
    int64_t e = n + 1;
    for (int64_t k = 0; k < tail && e > 1; ++k) e = prevInd(s, e);
    if (e <= b) return mkstr(in, "");
    return mkstr(in, s.substr(static_cast<size_t>(b - 1), static_cast<size_t>(e - b)));
  });
  in.defNative(in.base, "reverse", {S}, +[](Interp& in, Args a) { return mkstr(in, jlrt::text::reverseChars(str(a[0]))); });
  in.defNative(in.base, "lpad", {A, I}, +[](Interp& in, Args a) { return padNative(in, a, true); });
  in.defNative(in.base, "lpad", {A, I, SC}, +[](Interp& in, Args a) { return padNative(in, a, true); });
  in.defNative(in.base, "rpad", {A, I}, +[](Interp& in, Args a) { return padNative(in, a, false); });
  in.defNative(in.base, "rpad", {A, I, SC}, +[](Interp& in, Args a) { return padNative(in, a, false); });
  in.defNative(in.base, "_join", {T.IO, A, A, A}, +[](Interp& in, Args a) -> Value {
    // _join(io, iterable, delim-or-nothing, last-or-nothing)
    IOObj* io = asIO(a[0]);
    std::vector<Value> xs = coll::collectValues(in, a[1]);
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i > 0) {
        const Value& d = (i + 1 == xs.size() && !a[3].isNothing()) ? a[3] : a[2];
        if (!d.isNothing()) {
          if (isStr(d)) io->write(str(d));
          else in.print(*io, d);
        }
      }
      if (isStr(xs[i])) io->write(str(xs[i]));
      else in.print(*io, xs[i]);
    }
    return Value();
  });

  // --- parsing ---
  in.defNative(in.base, "_parse", {Ty, A, I, T.Bool, T.Bool}, +[](Interp& in, Args a) {
    // _parse(T, s, base, baseGiven, throw)
    return parseNumber(in, a[0], a[1], static_cast<int>(intArg(in, a[2], "parse")), a[3].asBool(), a[4].asBool());
  });

  // --- Char predicates ---
  in.defNative(in.base, "isdigit", {C}, +[](Interp& in, Args a) {
    return charPred(in, a, +[](int64_t c) { return c >= '0' && c <= '9'; }, "isdigit");
  });
  in.defNative(in.base, "isxdigit", {C}, +[](Interp& in, Args a) {
    return charPred(in, a, +[](int64_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }, "isxdigit");
  });
  in.defNative(in.base, "isletter", {C}, +[](Interp& in, Args a) { return charPred(in, a, cpIsLetter, "isletter"); });
  in.defNative(in.base, "isspace", {C}, +[](Interp& in, Args a) { return charPred(in, a, cpIsSpace, "isspace"); });
  in.defNative(in.base, "isuppercase", {C}, +[](Interp& in, Args a) { return charPred(in, a, cpIsUpper, "isuppercase"); });
  in.defNative(in.base, "islowercase", {C}, +[](Interp& in, Args a) { return charPred(in, a, cpIsLower, "islowercase"); });
  in.defNative(in.base, "ispunct", {C}, +[](Interp& in, Args a) { return charPred(in, a, cpIsPunct, "ispunct"); });
  in.defNative(in.base, "isprint", {C}, +[](Interp& in, Args a) { return charPred(in, a, cpIsPrint, "isprint"); });
  in.defNative(in.base, "iscntrl", {C}, +[](Interp& in, Args a) {
    return charPred(in, a, +[](int64_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }, "iscntrl");
  });
  in.defNative(in.base, "isnumeric", {C}, +[](Interp& in, Args a) {
    return charPred(in, a, +[](int64_t c) { return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE); }, "isnumeric");
  });
  in.defNative(in.base, "isascii", {C}, +[](Interp&, Args a) { return Value::boolean(a[0].charBits() < 0x80000000u); });
  in.defNative(in.base, "isascii", {S}, +[](Interp&, Args a) -> Value {
    for (char c : str(a[0]))
      if (static_cast<unsigned char>(c) >= 0x80) return Value::boolean(false);
    return Value::boolean(true);
  });
  in.defNative(in.base, "textwidth", {S}, +[](Interp&, Args a) { return Value::int64(strLength(str(a[0]))); });
  in.defNative(in.base, "textwidth", {C}, +[](Interp&, Args) { return Value::int64(1); });
}

}  // namespace jl::interp
