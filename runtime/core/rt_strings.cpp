// jlrt string operations: character length and indexing with Julia's BoundsError /
// StringIndexError, repetition, prefix/suffix/substring tests, ASCII case mapping. C++17.
#include "core/text.hpp"
#include "jlrt/jlrt.hpp"

namespace jlrt {

int64_t length(const String& str) {
  std::string_view s = str.view();
  int64_t n = 0;
  for (size_t i = 0; i < s.size();) {
    uint32_t bits;
    i += text::charAt(s, i, bits);
    ++n;
  }
  return n;
}

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
String uppercase(const String& s) {
  std::string out = s.str();
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return String::from(std::move(out));
}
String lowercase(const String& s) {
  std::string out = s.str();
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return String::from(std::move(out));
}

}  // namespace jlrt
