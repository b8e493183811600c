// jlrt string operations: character length and indexing with Julia's BoundsError /
// StringIndexError, repetition, prefix/suffix/substring tests, case mapping, and the
// functions of jlrt/strings.hpp. C++17.
#include "core/text.hpp"
#include "jlrt/jlrt.hpp"

namespace jlrt {

int64_t length(const String& str) { return text::charLength(str.view()); }

Char getindex(const String& str, int64_t i) {
  std::string_view s = str.view();
  if (i < 1 || static_cast<uint64_t>(i) > s.size()) throw_exception(make_bounds(str, i));
  size_t k = static_cast<size_t>(i - 1);
  if (!text::isValidIndex(s, k)) throw_exception(make_string_index(formatInt(i)));
  uint32_t bits;
  text::charAt(s, k, bits);
  return Char(bits);
}

String repeat(const String& s, int64_t n) {
  if (n < 0) throw_argument(String::from("can't repeat a string " + formatInt(n) + " times"));
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) out.append(s.data(), s.size());
  return String::from(std::move(out));
}

String repeat(Char c, int64_t n) {
  if (n < 0) throw_argument(String::from("can't repeat a character " + formatInt(n) + " times"));
  std::string b = char_bytes(c), out;
  for (int64_t k = 0; k < n; ++k) out += b;
  return String::from(std::move(out));
}

bool startswith(const String& s, const String& prefix) {
  return s.size() >= prefix.size() && s.view().substr(0, prefix.size()) == prefix.view();
}
bool endswith(const String& s, const String& suffix) {
  return s.size() >= suffix.size() && s.view().substr(s.size() - suffix.size()) == suffix.view();
}
bool occursin(const String& needle, const String& haystack) {
  return haystack.view().find(needle.view()) != std::string_view::npos;
}
String uppercase(const String& s) { return String::from(text::mapChars(s.view(), text::cpUpper)); }
String lowercase(const String& s) { return String::from(text::mapChars(s.view(), text::cpLower)); }

}  // namespace jlrt

// ---------------------------------------------------------------------------------------
// jlrt/strings.hpp: the interpreter's string natives (builtins_strings.cpp) for generated
// code; index and character-class rules come from runtime/core/text.cpp, shared with it.
namespace jlrt {

namespace {
int64_t nbytes(const String& s) { return static_cast<int64_t>(s.size()); }
String str(std::string s) { return String::from(std::move(s)); }
bool spaceChar(uint32_t bits) {
  uint32_t cp;
  return text::charCodepoint(bits, cp) && text::cpIsSpace(cp);
}
// A code-point predicate on a Char (false for malformed chars).
bool charPred(Char c, bool (*pred)(int64_t)) {
  uint32_t cp;
  return text::charCodepoint(c.bits, cp) && pred(cp);
}
Char charMap(Char c, int64_t (*f)(int64_t)) {
  uint32_t cp;
  if (!text::charCodepoint(c.bits, cp)) return c;
  return Char::from_codepoint(static_cast<uint32_t>(f(cp)));
}
String firstMap(const String& s, int64_t (*f)(int64_t)) {
  std::string_view v = s.view();
  if (v.empty()) return s;
  uint32_t bits, cp;
  size_t len = text::charAt(v, 0, bits);
  if (!text::charCodepoint(bits, cp)) return s;
  return str(text::encodeCodepoint(static_cast<uint32_t>(f(cp))) + std::string(v.substr(len)));
}
String stripped(const String& s, bool left, bool right) {
  std::string_view v = s.view();
  size_t b = 0, e = v.size();
  while (left && b < e) {
    uint32_t bits;
    size_t len = text::charAt(v, b, bits);
    if (!spaceChar(bits)) break;
    b += len;
  }
  while (right && e > b) {
    size_t p = static_cast<size_t>(text::thisInd(v, static_cast<int64_t>(e)) - 1);
    uint32_t bits;
    text::charAt(v, p, bits);
    if (!spaceChar(bits)) break;
    e = p;
  }
  return str(std::string(v.substr(b, e - b)));
}
std::string intToBase(uint64_t mag, int64_t base, int64_t pad, bool neg) {
  static const char* digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string d;
  while (mag) {
    d.push_back(digits[mag % static_cast<uint64_t>(base)]);
    mag /= static_cast<uint64_t>(base);
  }
  while (static_cast<int64_t>(d.size()) < pad) d.push_back('0');
  if (neg) d.push_back('-');
  return std::string(d.rbegin(), d.rend());
}
void checkBase(int64_t base) {
  if (base < 2 || base > 62)
    throw_argument(String::from("invalid base: base must be 2 ≤ |base| ≤ 62, got " + formatInt(base)));
}
int64_t countText(std::string_view p, std::string_view s, bool overlap) {
  if (p.empty()) return text::charLength(s) + 1;
  int64_t n = 0;
  for (size_t i = s.find(p); i != std::string_view::npos; i = s.find(p, i + (overlap ? 1 : p.size()))) ++n;
  return n;
}
}  // namespace

uint8_t codeunit(const String& s, int64_t i) {
  if (i < 1 || i > nbytes(s)) throw_exception(make_bounds(s, i));
  return static_cast<uint8_t>(s.view()[static_cast<size_t>(i - 1)]);
}
int64_t thisind(const String& s, int64_t i) {
  if (i < 0 || i > nbytes(s) + 1) throw_exception(make_bounds(s, i));
  return text::thisInd(s.view(), i);
}
int64_t nextind(const String& s, int64_t i) {
  if (i < 0 || i > nbytes(s)) throw_exception(make_bounds(s, i));
  return i == 0 ? 1 : text::nextInd(s.view(), i);
}
int64_t prevind(const String& s, int64_t i) {
  if (i < 1 || i > nbytes(s) + 1) throw_exception(make_bounds(s, i));
  return text::prevInd(s.view(), i);
}
bool isvalid(const String& s, int64_t i) {
  return i >= 1 && i <= nbytes(s) && text::isValidIndex(s.view(), static_cast<size_t>(i - 1));
}
int64_t lastindex(const String& s) { return text::thisInd(s.view(), nbytes(s)); }
String substring(const String& s, int64_t a, int64_t b) {
  if (b < a) return String();
  std::string_view v = s.view();
  if (a < 1 || b > nbytes(s))
    throw_bounds_text(formatInt(nbytes(s)) + "-codeunit String", formatInt(a) + ":" + formatInt(b));
  if (!text::isValidIndex(v, static_cast<size_t>(a - 1))) throw_exception(make_string_index(formatInt(a)));
  if (!text::isValidIndex(v, static_cast<size_t>(b - 1))) throw_exception(make_string_index(formatInt(b)));
  int64_t end = text::nextInd(v, b);
  return str(std::string(v.substr(static_cast<size_t>(a - 1), static_cast<size_t>(end - a))));
}

String string_of(Symbol s) { return str(s.name()); }
String string_of(Char c) { return str(char_bytes(c)); }
String string_int(int64_t n, int64_t base, int64_t pad) {
  checkBase(base);
  uint64_t mag = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
  return str(intToBase(mag, base, pad, n < 0));
}
String string_uint(uint64_t n, int64_t base, int64_t pad) {
  checkBase(base);
  return str(intToBase(n, base, pad, false));
}
Char first(const String& s) {
  if (s.size() == 0) throw_argument(String::from("collection must be non-empty"));
  uint32_t bits;
  text::charAt(s.view(), 0, bits);
  return Char(bits);
}
Char last(const String& s) {
  if (s.size() == 0) throw_argument(String::from("collection must be non-empty"));
  uint32_t bits;
  text::charAt(s.view(), static_cast<size_t>(lastindex(s) - 1), bits);
  return Char(bits);
}
String first(const String& s, int64_t n) {
  if (n < 0) throw_argument(String::from("Number of elements must be non-negative"));
  std::string_view v = s.view();
  size_t i = 0;
  for (int64_t k = 0; k < n && i < v.size(); ++k) {
    uint32_t bits;
    i += text::charAt(v, i, bits);
  }
  return str(std::string(v.substr(0, i)));
}
String last(const String& s, int64_t n) {
  if (n < 0) throw_argument(String::from("Number of elements must be non-negative"));
  std::string_view v = s.view();
  int64_t i = nbytes(s) + 1;
  for (int64_t k = 0; k < n && i > 1; ++k) i = text::prevInd(v, i);
  return str(std::string(v.substr(static_cast<size_t>(i - 1))));
}

bool contains(const String& s, const String& needle) { return s.view().find(needle.view()) != std::string_view::npos; }
bool contains(const String& s, Char needle) { return s.view().find(char_bytes(needle)) != std::string_view::npos; }
bool in(Char c, const String& s) { return contains(s, c); }
int64_t cmp(const String& a, const String& b) {
  int c = a.view().compare(b.view());
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}
int64_t count(const String& pattern, const String& s, bool overlap) { return countText(pattern.view(), s.view(), overlap); }
int64_t count(Char pattern, const String& s, bool overlap) { return countText(char_bytes(pattern), s.view(), overlap); }
Optional<int64_t> findfirst(Char c, const String& s) {
  size_t p = s.view().find(char_bytes(c));
  if (p == std::string_view::npos) return Optional<int64_t>();
  return static_cast<int64_t>(p) + 1;
}
Optional<int64_t> findlast(Char c, const String& s) {
  size_t p = s.view().rfind(char_bytes(c));
  if (p == std::string_view::npos) return Optional<int64_t>();
  return static_cast<int64_t>(p) + 1;
}

String titlecase(const String& s) { return str(text::titlecase(s.view())); }
String uppercasefirst(const String& s) { return firstMap(s, text::cpUpper); }
String lowercasefirst(const String& s) { return firstMap(s, text::cpLower); }
String strip(const String& s) { return stripped(s, true, true); }
String lstrip(const String& s) { return stripped(s, true, false); }
String rstrip(const String& s) { return stripped(s, false, true); }
String chomp(const String& s) {
  std::string_view v = s.view();
  if (v.size() >= 2 && v.substr(v.size() - 2) == "\r\n") return str(std::string(v.substr(0, v.size() - 2)));
  if (!v.empty() && v.back() == '\n') return str(std::string(v.substr(0, v.size() - 1)));
  return s;
}
String chop(const String& s, int64_t head, int64_t tail) {
  if (head < 0 || tail < 0) throw_argument(String::from("Requested head or tail is negative"));
  std::string_view v = s.view();
  int64_t n = nbytes(s), b = 1, e = n + 1;
  for (int64_t k = 0; k < head && b <= n; ++k) b = text::nextInd(v, b);
  for (int64_t k = 0; k < tail && e > 1; ++k) e = text::prevInd(v, e);
  if (e <= b) return String();
  return str(std::string(v.substr(static_cast<size_t>(b - 1), static_cast<size_t>(e - b))));
}
String reverse(const String& s) { return str(text::reverseChars(s.view())); }
String lpad(const String& s, int64_t n, const String& p) { return str(text::pad(s.view(), n, p.view(), true)); }
String rpad(const String& s, int64_t n, const String& p) { return str(text::pad(s.view(), n, p.view(), false)); }
namespace {
Vector<String> pieces(const std::vector<std::string_view>& parts) {
  std::vector<String> out;
  out.reserve(parts.size());
  for (std::string_view p : parts) out.push_back(str(std::string(p)));
  return Vector<String>::from(std::move(out));
}
}  // namespace
Vector<String> split(const String& s, Nothing, int64_t limit, bool keep) {
  return pieces(text::splitChars(s.view(), spaceChar, limit, keep));
}
Vector<String> split(const String& s, const String& d, int64_t limit, bool keep) {
  return pieces(text::splitString(s.view(), d.view(), limit, keep));
}
Vector<String> split(const String& s, Char d, int64_t limit, bool keep) {
  return pieces(text::splitChars(s.view(), [d](uint32_t bits) { return bits == d.bits; }, limit, keep));
}
bool isascii(const String& s) {
  for (char c : s.view())
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

Char uppercase(Char c) { return charMap(c, text::cpUpper); }
Char lowercase(Char c) { return charMap(c, text::cpLower); }
Char titlecase(Char c) { return charMap(c, text::cpUpper); }
bool isdigit(Char c) { return charPred(c, [](int64_t x) { return x >= '0' && x <= '9'; }); }
bool isxdigit(Char c) {
  return charPred(c, [](int64_t x) { return (x >= '0' && x <= '9') || (x >= 'a' && x <= 'f') || (x >= 'A' && x <= 'F'); });
}
bool isletter(Char c) { return charPred(c, text::cpIsLetter); }
bool isspace(Char c) { return charPred(c, text::cpIsSpace); }
bool isuppercase(Char c) { return charPred(c, text::cpIsUpper); }
bool islowercase(Char c) { return charPred(c, text::cpIsLower); }
bool ispunct(Char c) { return charPred(c, text::cpIsPunct); }
bool isascii(Char c) { return c.bits < 0x80000000u; }

namespace {
Char charOffset(Char c, int64_t n, bool add) {
  uint32_t cp;
  if (!text::charCodepoint(c.bits, cp)) throw_argument(String::from("invalid character"));
  int64_t r = 0;
  bool overflow = add ? __builtin_add_overflow(static_cast<int64_t>(cp), n, &r)
                      : __builtin_sub_overflow(static_cast<int64_t>(cp), n, &r);
  if (overflow || r < 0 || r > 0x7FFFFFFF) {
    std::string v = overflow ? (add ? "big" : "-big") : formatInt(r);
    throw_inexact_text("trunc", "UInt32", v);
  }
  return Char::from_codepoint(static_cast<uint32_t>(r));
}
}  // namespace
Char char_add(Char c, int64_t n) { return charOffset(c, n, true); }
Char char_sub(Char c, int64_t n) { return charOffset(c, n, false); }
int64_t char_diff(Char a, Char b) {
  uint32_t x, y;
  if (!text::charCodepoint(a.bits, x) || !text::charCodepoint(b.bits, y)) throw_argument(String::from("invalid character"));
  return static_cast<int64_t>(x) - static_cast<int64_t>(y);
}

}  // namespace jlrt
