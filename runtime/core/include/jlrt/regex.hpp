// Regular expressions for generated programs (Julia's Regex and RegexMatch over PCRE2, with
// the interpreter's defaults: UTF|MATCH_INVALID_UTF|ALT_BSUX|UCP, flags "imsxa"). Included by
// generated code that uses regexes (jlrt.hpp does not include it) and implemented in
// rt_regex.cpp, library jlcc_rt_regex, which such programs link before jlcc_rt together with
// -lpcre2-8. A regex literal (`r"..."`, a build-time Regex constant) becomes a file-scope
// `Regex::literal(...)`, compiled once at its first use; `Regex(s)` compiles at run time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "jlrt/optional.hpp"
#include "jlrt/print.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

namespace detail {
struct RegexImpl;
}

class Regex {
 public:
  Regex();  // r"" (value-initialized locals)
  // Regex(pattern) / Regex(pattern, flags) at run time: compiled now; a bad pattern throws
  // ErrorException("PCRE compilation error: ..."), an unknown flag ArgumentError.
  static Regex make(const String& pattern);
  static Regex make(const String& pattern, const String& flags);
  // A build-time Regex constant: its pattern and PCRE2 compile options; compiled at first use.
  static Regex literal(String pattern, uint32_t options);
  const String& pattern() const;
  uint32_t options() const;
  const detail::RegexImpl& impl() const { return *p_; }
  bool same(const Regex& o) const { return p_ == o.p_; }  // `===` (Regex is a mutable struct)

 private:
  explicit Regex(std::shared_ptr<detail::RegexImpl> p) : p_(std::move(p)) {}
  std::shared_ptr<detail::RegexImpl> p_;
};

// A successful match: the matched text, the capture groups (nothing when a group did not
// participate), 1-based byte offsets, and the regex (for capture names).
struct RegexMatch {
  String match;
  Vector<Optional<String>> captures;
  int64_t offset = 0;
  Vector<int64_t> offsets;
  Regex regex;
};

Optional<RegexMatch> match(const Regex& r, const String& s);
Optional<RegexMatch> match(const Regex& r, const String& s, int64_t start);  // BoundsError outside 1:n+1
bool occursin(const Regex& r, const String& s);
bool startswith(const String& s, const Regex& r);
bool endswith(const String& s, const Regex& r);
bool operator==(const Regex& a, const Regex& b);  // same pattern and options
inline bool eq(const Regex& a, const Regex& b) { return a == b; }
inline bool isequal(const Regex& a, const Regex& b) { return a == b; }
// m[i] / m["name"]: a capture (BoundsError / ErrorException as the interpreter).
Optional<String> getindex(const RegexMatch& m, int64_t i);
Optional<String> getindex(const RegexMatch& m, const String& name);
inline int64_t length(const RegexMatch& m) { return static_cast<int64_t>(m.captures.vec().size()); }

// show: r"^\s*(?:#|$)" (with flag letters), RegexMatch("ab", 1="a", name=nothing).
std::string show_regex_text(const Regex& r);
void show(IO& io, const Regex& r);
void show(IO& io, const RegexMatch& m);

template <>
struct TypeInfo<Regex> {
  static std::string name() { return "Regex"; }
};
template <>
struct TypeInfo<RegexMatch> {
  static std::string name() { return "RegexMatch"; }
};

}  // namespace jlrt
