// jlrt regular expressions over PCRE2 (library jlcc_rt_regex; docs/runtime-api.md). Mirrors
// the interpreter's Regex natives (runtime/interp/builtins_regex.cpp): the same compile
// options and flags, the same error texts, the same `show`. Generated programs are
// single-threaded; a literal's pattern is compiled at its first use.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "core/regex_flags.hpp"
#include "core/text.hpp"
#include "jlrt/jlrt.hpp"
#include "jlrt/regex.hpp"

namespace jlrt {

namespace detail {
constexpr uint32_t kDefaultOpts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_ALT_BSUX | PCRE2_UCP;

struct RegexImpl {
  String pattern;
  uint32_t opts = kDefaultOpts;
  mutable pcre2_code* code = nullptr;
  mutable uint32_t ncaptures = 0;
  mutable std::vector<std::string> names;  // by group number (index 0 unused)
  RegexImpl() = default;
  RegexImpl(const RegexImpl&) = delete;
  RegexImpl& operator=(const RegexImpl&) = delete;
  ~RegexImpl() {
    if (code) pcre2_code_free(code);
  }
  const pcre2_code* compiled() const {
    if (!code) compile();
    return code;
  }
  void compile() const {
    int err = 0;
    PCRE2_SIZE off = 0;
    code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), opts, &err, &off, nullptr);
    if (!code) {
      PCRE2_UCHAR buf[256];
      pcre2_get_error_message(err, buf, sizeof buf);
      throw_error(String::from("PCRE compilation error: " + std::string(reinterpret_cast<char*>(buf)) + " at offset " +
                               std::to_string(off)));
    }
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ncaptures);
    names.assign(ncaptures + 1, "");
    uint32_t nameCount = 0, entrySize = 0;
    PCRE2_SPTR table = nullptr;
    pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &nameCount);
    if (nameCount) {
      pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrySize);
      pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
      for (uint32_t k = 0; k < nameCount; ++k) {
        const unsigned char* e = table + static_cast<size_t>(k) * entrySize;
        uint32_t num = (static_cast<uint32_t>(e[0]) << 8) | e[1];
        if (num < names.size()) names[num] = reinterpret_cast<const char*>(e + 2);
      }
    }
  }
};
}  // namespace detail

namespace {
using detail::kDefaultOpts;
using detail::RegexImpl;

const std::shared_ptr<RegexImpl>& emptyRegex() {
  static const std::shared_ptr<RegexImpl> e = std::make_shared<RegexImpl>();
  return e;
}

// One raw match: ovector pairs (PCRE2_UNSET for unset groups); false when no match.
bool rawMatch(const RegexImpl& r, std::string_view s, size_t start, std::vector<size_t>& ov, uint32_t extraOpts = 0) {
  if (start > s.size()) return false;
  const pcre2_code* code = r.compiled();
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(code, nullptr);
  int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(s.data()), s.size(), start, extraOpts, md, nullptr);
  if (rc < 0) {
    pcre2_match_data_free(md);
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    throw_error(String::from("PCRE.exec error: " + std::string(reinterpret_cast<char*>(buf))));
  }
  PCRE2_SIZE* o = pcre2_get_ovector_pointer(md);
  uint32_t n = pcre2_get_ovector_count(md);
  ov.assign(o, o + 2 * static_cast<size_t>(n));
  pcre2_match_data_free(md);
  return true;
}

RegexMatch makeMatch(const Regex& rv, std::string_view s, const std::vector<size_t>& ov) {
  const RegexImpl& r = rv.impl();
  RegexMatch m;
  m.match = String::from(std::string(s.substr(ov[0], ov[1] - ov[0])));
  m.offset = static_cast<int64_t>(ov[0]) + 1;
  std::vector<Optional<String>> caps;
  std::vector<int64_t> offs;
  for (uint32_t g = 1; g <= r.ncaptures; ++g) {
    size_t a = 2 * g < ov.size() ? ov[2 * g] : PCRE2_UNSET;
    size_t b = 2 * g + 1 < ov.size() ? ov[2 * g + 1] : PCRE2_UNSET;
    if (a == PCRE2_UNSET) {
      caps.emplace_back();
      offs.push_back(0);
    } else {
      caps.emplace_back(String::from(std::string(s.substr(a, b - a))));
      offs.push_back(static_cast<int64_t>(a) + 1);
    }
  }
  m.captures = Vector<Optional<String>>::from(std::move(caps));
  m.offsets = Vector<int64_t>::from(std::move(offs));
  m.regex = rv;
  return m;
}

std::string escapeRaw(std::string_view s) {
  std::string out;
  jlrt::text::escapeRawString(out, s);
  return out;
}
}  // namespace

Regex::Regex() : p_(emptyRegex()) {}

Regex Regex::make(const String& pattern) { return make(pattern, String()); }

Regex Regex::make(const String& pattern, const String& flags) {
  auto r = std::make_shared<RegexImpl>();
  r->pattern = pattern;
  if (char bad = text::applyRegexFlags(flags.view(), r->opts))
    throw_argument(String::from(std::string("unknown regex flag: ") + bad));
  r->compile();
  return Regex(std::move(r));
}

Regex Regex::literal(String pattern, uint32_t options) {
  auto r = std::make_shared<RegexImpl>();
  r->pattern = std::move(pattern);
  r->opts = options;
  return Regex(std::move(r));
}

const String& Regex::pattern() const { return p_->pattern; }
uint32_t Regex::options() const { return p_->opts; }

Optional<RegexMatch> match(const Regex& r, const String& s) {
  std::vector<size_t> ov;
  if (!rawMatch(r.impl(), s.view(), 0, ov)) return nothing;
  return makeMatch(r, s.view(), ov);
}

Optional<RegexMatch> match(const Regex& r, const String& s, int64_t start) {
  if (start < 1 || start > static_cast<int64_t>(s.size()) + 1) throw_exception(make_bounds(s, start));
  std::vector<size_t> ov;
  if (!rawMatch(r.impl(), s.view(), static_cast<size_t>(start - 1), ov)) return nothing;
  return makeMatch(r, s.view(), ov);
}

bool occursin(const Regex& r, const String& s) {
  std::vector<size_t> ov;
  return rawMatch(r.impl(), s.view(), 0, ov);
}
bool startswith(const String& s, const Regex& r) {
  std::vector<size_t> ov;
  return rawMatch(r.impl(), s.view(), 0, ov, PCRE2_ANCHORED);
}
bool endswith(const String& s, const Regex& r) {
  std::vector<size_t> ov;
  return rawMatch(r.impl(), s.view(), 0, ov, PCRE2_ENDANCHORED);
}

bool operator==(const Regex& a, const Regex& b) { return a.pattern() == b.pattern() && a.options() == b.options(); }

Optional<String> getindex(const RegexMatch& m, int64_t i) {
  const auto& caps = m.captures.vec();
  if (i < 1 || i > static_cast<int64_t>(caps.size())) throw_exception(make_bounds(m.captures, i));
  return caps[static_cast<size_t>(i - 1)];
}

Optional<String> getindex(const RegexMatch& m, const String& name) {
  const RegexImpl& r = m.regex.impl();
  r.compiled();
  for (size_t k = 1; k < r.names.size(); ++k)
    if (r.names[k] == name.view()) return m.captures.vec()[k - 1];
  throw_error(String::from("no capture group named " + name.str() + " found in regex"));
}

std::string show_regex_text(const Regex& rv) {
  const RegexImpl& r = rv.impl();
  const uint32_t imsxa = PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_DOTALL | PCRE2_EXTENDED | PCRE2_UCP;
  std::string out;
  if ((r.opts & ~imsxa) == (kDefaultOpts & ~imsxa)) {
    out = "r\"" + escapeRaw(r.pattern.view()) + "\"";
    if (r.opts & PCRE2_CASELESS) out += 'i';
    if (r.opts & PCRE2_MULTILINE) out += 'm';
    if (r.opts & PCRE2_DOTALL) out += 's';
    if (r.opts & PCRE2_EXTENDED) out += 'x';
    if (!(r.opts & PCRE2_UCP)) out += 'a';
  } else {
    out = "Regex(" + show_string_text(r.pattern.view()) + ", " + std::to_string(r.opts) + ")";
  }
  return out;
}

void show(IO& io, const Regex& r) { io.write(show_regex_text(r)); }

void show(IO& io, const RegexMatch& m) {
  const RegexImpl& r = m.regex.impl();
  r.compiled();
  io.write("RegexMatch(");
  show(io, m.match);
  const auto& caps = m.captures.vec();
  for (size_t k = 0; k < caps.size(); ++k) {
    std::string key = k + 1 < r.names.size() && !r.names[k + 1].empty() ? r.names[k + 1] : std::to_string(k + 1);
    io.write(", " + key + "=");
    show(io, caps[k]);
  }
  io.write(')');
}

}  // namespace jlrt
