// Base natives for regular expressions (PCRE2, compiled once when the Regex is built, with
// Julia's default options UTF|MATCH_INVALID_UTF|ALT_BSUX|UCP and flags "imsxa") and
// RegexMatch, and for command literals: `Cmd` objects built by the `@cmd` macro (shell-like
// word splitting with quotes and `$` interpolation; commands are never run).
//
// Differences from Julia: `eachmatch` returns a Vector{RegexMatch} rather than a lazy
// iterator; matched text and captures are `String`s (Julia: `SubString{String}`), so
// `m.captures` is a `Vector{Union{Nothing, String}}`.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstring>
#include <limits>

#include "core/regex_flags.hpp"
#include "core/text.hpp"
#include "interp/builtins_util.hpp"
#include "interp/coll_support.hpp"
#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {

using namespace bu;

constexpr uint32_t kDefaultOpts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_ALT_BSUX | PCRE2_UCP;

struct RegexObj final : NativeObj {
  RegexObj(Value t) : NativeObj(ObjKind::Regex, std::move(t)) {}
  ~RegexObj() override {
    if (code) pcre2_code_free(code);
  }
  std::string pattern;
  uint32_t opts = kDefaultOpts;
  pcre2_code* code = nullptr;
  uint32_t ncaptures = 0;
  std::vector<std::string> names;  // by group number (index 0 unused); empty when unnamed
};

struct RegexMatchObj final : NativeObj {
  RegexMatchObj(Value t) : NativeObj(ObjKind::RegexMatch, std::move(t)) {}
  Value match;      // String
  Value captures;   // Vector{Union{Nothing, String}}
  Value offset;     // Int64
  Value offsets;    // Vector{Int64}
  Value regex;
};

struct CmdObj final : NativeObj {
  CmdObj(Value t) : NativeObj(ObjKind::Cmd, std::move(t)) {}
  std::vector<std::string> exec;
};

const RegexObj& rx(const Value& v) { return v.as<RegexObj>(); }

Value makeRegex(Interp& in, const std::string& pattern, const std::string& flags) {
  auto* r = new RegexObj(in.types().Regex);
  Value hold = Value::object(r);
  r->pattern = pattern;
  if (char bad = jlrt::text::applyRegexFlags(flags, r->opts))
    in.throwNew("ArgumentError", {in.makeString(std::string("unknown regex flag: ") + bad)});
  int err = 0;
  PCRE2_SIZE off = 0;
  r->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), r->opts, &err, &off, nullptr);
  if (!r->code) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(err, buf, sizeof buf);
    in.error("PCRE compilation error: " + std::string(reinterpret_cast<char*>(buf)) + " at offset " +
             std::to_string(off));
  }
  pcre2_pattern_info(r->code, PCRE2_INFO_CAPTURECOUNT, &r->ncaptures);
  r->names.assign(r->ncaptures + 1, "");
  uint32_t nameCount = 0, entrySize = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(r->code, PCRE2_INFO_NAMECOUNT, &nameCount);
  if (nameCount) {
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMEENTRYSIZE, &entrySize);
    pcre2_pattern_info(r->code, PCRE2_INFO_NAMETABLE, &table);
    for (uint32_t k = 0; k < nameCount; ++k) {
      const unsigned char* e = table + k * entrySize;
      uint32_t num = (static_cast<uint32_t>(e[0]) << 8) | e[1];
      if (num < r->names.size()) r->names[num] = reinterpret_cast<const char*>(e + 2);
    }
  }
  return hold;
}

// One raw match: ovector pairs (PCRE2_UNSET for unset groups); false when no match.
bool rawMatch(Interp& in, const RegexObj& r, const std::string& s, size_t start, std::vector<size_t>& ov,
              uint32_t extraOpts = 0) {
  if (start > s.size()) return false;
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(r.code, nullptr);
  int rc = pcre2_match(r.code, reinterpret_cast<PCRE2_SPTR>(s.data()), s.size(), start, extraOpts, md, nullptr);
  if (rc < 0) {
    pcre2_match_data_free(md);
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    in.error("PCRE.exec error: " + std::string(reinterpret_cast<char*>(buf)));
  }
  PCRE2_SIZE* o = pcre2_get_ovector_pointer(md);
  uint32_t n = pcre2_get_ovector_count(md);
  ov.assign(o, o + 2 * n);
  pcre2_match_data_free(md);
  return true;
}

Value makeMatch(Interp& in, const Value& rv, const std::string& s, const std::vector<size_t>& ov) {
  const RegexObj& r = rx(rv);
  TypeSystem& T = in.types();
  auto* m = new RegexMatchObj(T.RegexMatch);
  Value hold = Value::object(m);
  m->match = in.makeString(s.substr(ov[0], ov[1] - ov[0]));
  m->offset = Value::int64(static_cast<int64_t>(ov[0]) + 1);
  std::vector<Value> caps, offs;
  for (uint32_t g = 1; g <= r.ncaptures; ++g) {
    size_t a = 2 * g < ov.size() ? ov[2 * g] : PCRE2_UNSET;
    size_t b = 2 * g + 1 < ov.size() ? ov[2 * g + 1] : PCRE2_UNSET;
    if (a == PCRE2_UNSET) {
      caps.push_back(Value());
      offs.push_back(Value::int64(0));
    } else {
      caps.push_back(in.makeString(s.substr(a, b - a)));
      offs.push_back(Value::int64(static_cast<int64_t>(a) + 1));
    }
  }
  m->captures = in.makeVector(T.unionOf({T.Nothing, T.String}), std::move(caps));
  m->offsets = in.makeVector(T.Int64, std::move(offs));
  m->regex = rv;
  return hold;
}

const std::string& subject(Interp& in, const Value& v, const char* fname) {
  if (!isStr(v)) in.methodError(in.baseValue(fname), std::vector<Value>{v});
  return str(v);
}

Value matchNative(Interp& in, Args a) {
  const std::string& s = subject(in, a[1], "match");
  int64_t start = 1;
  if (a.size() > 2) {
    start = static_cast<int64_t>(toI128(a[2]));
    if (start < 1 || start > static_cast<int64_t>(s.size()) + 1) in.throwNew("BoundsError", {a[1], a[2]});
  }
  std::vector<size_t> ov;
  if (!rawMatch(in, rx(a[0]), s, static_cast<size_t>(start - 1), ov)) return Value();
  return makeMatch(in, a[0], s, ov);
}

// All non-overlapping matches, as eachmatch.
std::vector<std::vector<size_t>> allMatches(Interp& in, const RegexObj& r, const std::string& s, bool overlap) {
  std::vector<std::vector<size_t>> out;
  size_t i = 0;
  while (i <= s.size()) {
    std::vector<size_t> ov;
    if (!rawMatch(in, r, s, i, ov)) break;
    out.push_back(ov);
    size_t next = overlap ? ov[0] + 1 : ov[1];
    if (ov[1] == ov[0] || overlap) {
      // advance past one character after an empty match
      size_t from = overlap ? ov[0] : ov[1];
      if (from >= s.size()) break;
      uint32_t bits;
      next = from + charAt(s, from, bits);
      if (!overlap && ov[1] == ov[0]) {
        // Julia keeps the text up to the next char and retries from there
      }
    }
    i = next;
  }
  return out;
}

// Expands a SubstitutionString template (\0..\99, \g<n>, \g<name>, \\).
std::string substitute(Interp& in, const RegexObj& r, const std::string& tmpl, const std::string& s,
                       const std::vector<size_t>& ov) {
  auto group = [&](size_t g) -> std::string {
    if (2 * g + 1 >= ov.size() || g > r.ncaptures) in.error("Bad replacement string: " + tmpl);
    if (ov[2 * g] == PCRE2_UNSET) return "";
    return s.substr(ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
  };
  std::string out;
  for (size_t i = 0; i < tmpl.size(); ++i) {
    char c = tmpl[i];
    if (c != '\\' || i + 1 >= tmpl.size()) { out.push_back(c); continue; }
    char d = tmpl[i + 1];
    if (d == '\\') { out.push_back('\\'); ++i; continue; }
    if (std::isdigit(static_cast<unsigned char>(d))) {
      size_t g = static_cast<size_t>(d - '0');
      ++i;
      if (i + 1 < tmpl.size() && std::isdigit(static_cast<unsigned char>(tmpl[i + 1]))) {
        g = g * 10 + static_cast<size_t>(tmpl[i + 1] - '0');
        ++i;
      }
      out += group(g);
      continue;
    }
    if (d == 'g' && i + 2 < tmpl.size() && tmpl[i + 2] == '<') {
      size_t close = tmpl.find('>', i + 3);
      if (close == std::string::npos) in.error("Bad replacement string: " + tmpl);
      std::string name = tmpl.substr(i + 3, close - i - 3);
      size_t g = 0;
      bool numeric = !name.empty() && name.find_first_not_of("0123456789") == std::string::npos;
      if (numeric) g = std::stoul(name);
      else {
        bool found = false;
        for (size_t k = 1; k < r.names.size(); ++k)
          if (r.names[k] == name) { g = k; found = true; break; }
        if (!found) in.error("Bad replacement string: " + tmpl);
      }
      out += group(g);
      i = close;
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// The template string of a SubstitutionString struct, if `v` is one.
bool substitutionTemplate(const Value& v, std::string& tmpl) {
  if (!v.isObject(ObjKind::Struct)) return false;
  auto& st = v.as<StructObj>();
  if (st.type.as<DataTypeObj>().tname->name.str() != "SubstitutionString" || st.fields.empty() || !isStr(st.fields[0]))
    return false;
  tmpl = str(st.fields[0]);
  return true;
}

Value replaceRegex(Interp& in, Args a) {
  // _replace_regex(s, regex, replacement, count)
  const std::string& s = subject(in, a[0], "replace");
  const RegexObj& r = rx(a[1]);
  const Value& rep = a[2];
  int64_t count = a[3].isNothing() ? std::numeric_limits<int64_t>::max() : static_cast<int64_t>(toI128(a[3]));
  std::string tmpl;
  bool isSub = substitutionTemplate(rep, tmpl);
  std::string out;
  size_t i = 0, copied = 0;
  int64_t done = 0;
  while (i <= s.size() && done < count) {
    std::vector<size_t> ov;
    if (!rawMatch(in, r, s, i, ov)) break;
    out.append(s, copied, ov[0] - copied);
    std::string matched = s.substr(ov[0], ov[1] - ov[0]);
    if (isSub) out += substitute(in, r, tmpl, s, ov);
    else if (isStr(rep)) out += str(rep);
    else if (isChar(rep)) out += charString(rep.charBits());
    else out += in.toString(in.call(rep, std::vector<Value>{in.makeString(matched)}));
    ++done;
    copied = ov[1];
    if (ov[1] == ov[0]) {
      if (ov[1] >= s.size()) { copied = s.size(); i = s.size() + 1; break; }
      uint32_t bits;
      size_t len = charAt(s, ov[1], bits);
      out.append(s, ov[1], len);
      copied = i = ov[1] + len;
    } else {
      i = ov[1];
    }
  }
  if (copied < s.size()) out.append(s, copied, std::string::npos);
  return in.makeString(out);
}

std::string escapeRaw(std::string_view s) {
  std::string out;
  jlrt::text::escapeRawString(out, s);
  return out;
}

std::string showRegex(const RegexObj& r) {
  const uint32_t imsxa = PCRE2_CASELESS | PCRE2_MULTILINE | PCRE2_DOTALL | PCRE2_EXTENDED | PCRE2_UCP;
  std::string out;
  if ((r.opts & ~imsxa) == (kDefaultOpts & ~imsxa)) {
    out = "r\"" + escapeRaw(r.pattern) + "\"";
    if (r.opts & PCRE2_CASELESS) out += 'i';
    if (r.opts & PCRE2_MULTILINE) out += 'm';
    if (r.opts & PCRE2_DOTALL) out += 's';
    if (r.opts & PCRE2_EXTENDED) out += 'x';
    if (!(r.opts & PCRE2_UCP)) out += 'a';
  } else {
    out = "Regex(" + syntax::quoteString(r.pattern) + ", " + std::to_string(r.opts) + ")";
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Commands.
std::string shellWord(const std::string& w) {
  static const std::string special = "#{}()[]<>|&*?~;";
  bool hasSingle = false, hasSpecial = false;
  for (size_t i = 0; i < w.size();) {
    uint32_t bits;
    size_t len = charAt(w, i, bits);
    unsigned char c = static_cast<unsigned char>(w[i]);
    int64_t cp = codepointOf(bits);
    bool space = cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0;
    if (space || c == '\\' || c == '\'' || c == '"' || c == '$' || (len == 1 && special.find(static_cast<char>(c)) != std::string::npos)) {
      hasSpecial = true;
      if (c == '\'') hasSingle = true;
    }
    i += len;
  }
  if (w.empty()) return "''";
  if (!hasSpecial) return w;
  if (!hasSingle) return "'" + w + "'";
  std::string out = "\"";
  for (char c : w) {
    if (c == '"' || c == '$') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string showCmd(const CmdObj& c) {
  std::string out = "`";
  for (size_t i = 0; i < c.exec.size(); ++i) {
    if (i) out += ' ';
    std::string w = shellWord(c.exec[i]);
    for (char ch : w) {
      if (ch == '`') out += "\\`";
      else out.push_back(ch);
    }
  }
  return out + "`";
}

// Parses the text of a command literal into words, each a list of parts (literal text or
// an interpolated expression).
Value cmdExpr(Interp& in, const std::string& s) {
  Value gString = Value::object(new GlobalRefObj(in.base, Symbol("string")));
  std::vector<Value> words;
  std::vector<Value> parts;
  std::string lit;
  bool inWord = false;
  auto flushLit = [&] {
    if (!lit.empty()) parts.push_back(in.makeString(lit));
    lit.clear();
  };
  auto endWord = [&] {
    flushLit();
    if (inWord) {
      if (parts.size() == 1 && isStr(parts[0])) words.push_back(parts[0]);
      else if (parts.empty()) words.push_back(in.makeString(""));
      else {
        std::vector<Value> args{gString};
        args.insert(args.end(), parts.begin(), parts.end());
        words.push_back(makeExpr("call", std::move(args)));
      }
    }
    parts.clear();
    inWord = false;
  };
  auto interpolate = [&](size_t& i) {
    // s[i] == '$'
    size_t j = i + 1;
    if (j < s.size() && s[j] == '(') {
      int depth = 0;
      size_t k = j;
      char quote = 0;
      for (; k < s.size(); ++k) {
        char c = s[k];
        if (quote) {
          if (c == '\\') { ++k; continue; }
          if (c == quote) quote = 0;
          continue;
        }
        if (c == '"') quote = c;
        else if (c == '(') ++depth;
        else if (c == ')' && --depth == 0) break;
      }
      if (k >= s.size()) in.error("syntax: unterminated $( in command");
      syntax::ParseResult pr = syntax::parseOne(std::string_view(s).substr(j, k - j + 1));
      if (!pr.ok()) in.error("syntax: invalid interpolation syntax in command");
      flushLit();
      parts.push_back(makeExpr("escape", {pr.value}));
      i = k;
      return;
    }
    size_t len = 0;
    uint32_t cp = j < s.size() ? syntax::decodeUtf8(s, j, &len) : 0;
    if (j >= s.size() || !syntax::isIdStartChar(cp)) in.error("syntax: invalid interpolation syntax: \"$\"");
    size_t k = j;
    while (k < s.size()) {
      cp = syntax::decodeUtf8(s, k, &len);
      if (!syntax::isIdChar(cp)) break;
      k += len;
    }
    flushLit();
    parts.push_back(makeExpr("escape", {Value::symbol(s.substr(j, k - j))}));
    i = k - 1;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      endWord();
      continue;
    }
    inWord = true;
    if (c == '\'') {
      size_t close = s.find('\'', i + 1);
      if (close == std::string::npos) in.error("unterminated single quote");
      lit += s.substr(i + 1, close - i - 1);
      i = close;
    } else if (c == '"') {
      size_t k = i + 1;
      for (; k < s.size() && s[k] != '"'; ++k) {
        if (s[k] == '\\' && k + 1 < s.size() && (s[k + 1] == '"' || s[k + 1] == '$' || s[k + 1] == '\\' || s[k + 1] == '`')) {
          lit.push_back(s[++k]);
        } else if (s[k] == '$') {
          interpolate(k);
        } else {
          lit.push_back(s[k]);
        }
      }
      if (k >= s.size()) in.error("unterminated double quote");
      i = k;
    } else if (c == '\\' && i + 1 < s.size()) {
      lit.push_back(s[++i]);
    } else if (c == '$') {
      interpolate(i);
    } else {
      lit.push_back(c);
    }
  }
  endWord();
  Value gCmd = Value::object(new GlobalRefObj(in.base, Symbol("_cmd")));
  return makeExpr("call", {gCmd, makeExpr("vect", std::move(words))});
}

Value matchProperty(Interp& in, const RegexMatchObj& m, Symbol s) {
  const std::string& n = s.str();
  if (n == "match") return m.match;
  if (n == "captures") return m.captures;
  if (n == "offset") return m.offset;
  if (n == "offsets") return m.offsets;
  if (n == "regex") return m.regex;
  in.throwNew("ErrorException", {in.makeString("type RegexMatch has no field " + n)});
}

}  // namespace

// show helpers for show.cpp
std::string showRegexText(const Value& v) { return showRegex(v.as<RegexObj>()); }
std::string showCmdText(const Value& v) { return showCmd(v.as<CmdObj>()); }
// RegexMatch pieces for show.cpp: match text, and (name-or-index, capture) pairs.
void regexMatchParts(const Value& v, Value& match, std::vector<std::pair<std::string, Value>>& caps) {
  auto& m = v.as<RegexMatchObj>();
  match = m.match;
  auto& r = m.regex.as<RegexObj>();
  auto& cv = m.captures.as<ArrayObj>().elems();
  for (size_t k = 0; k < cv.size(); ++k) {
    std::string key = k + 1 < r.names.size() && !r.names[k + 1].empty() ? r.names[k + 1] : std::to_string(k + 1);
    caps.emplace_back(key, cv[k]);
  }
}

void registerRegexBuiltins(Interp& in) {
  TypeSystem& T = in.types();
  Value S = T.AbstractString, R = T.Regex, M = T.RegexMatch, A = T.Any, I = T.Integer;
  ModuleObj* rm = in.base->find(Symbol("Regex")) ? in.base : in.core;
  auto ctor = +[](Interp& in, Args a) -> Value {
    Args rest = (!a.empty() && isType(a[0])) ? a.subspan(1) : a;
    if (rest.empty() || !isStr(rest[0])) in.methodError(in.baseValue("Regex"), a);
    std::string flags;
    if (rest.size() > 1) {
      if (!isStr(rest[1])) in.methodError(in.baseValue("Regex"), a);
      flags = str(rest[1]);
    }
    return makeRegex(in, str(rest[0]), flags);
  };
  in.defNative(rm, "Regex", {S}, ctor);
  in.defNative(rm, "Regex", {S, S}, ctor);
  in.defNative(in.base, "match", {R, S}, matchNative);
  in.defNative(in.base, "match", {R, S, I}, matchNative);
  in.defNative(in.base, "_eachmatch", {R, S, T.Bool}, +[](Interp& in, Args a) -> Value {
    const std::string& s = subject(in, a[1], "eachmatch");
    std::vector<Value> ms;
    for (auto& ov : allMatches(in, rx(a[0]), s, a[2].asBool())) ms.push_back(makeMatch(in, a[0], s, ov));
    return in.makeVector(in.types().RegexMatch, std::move(ms));
  });
  in.defNative(in.base, "occursin", {R, S}, +[](Interp& in, Args a) -> Value {
    std::vector<size_t> ov;
    return Value::boolean(rawMatch(in, rx(a[0]), subject(in, a[1], "occursin"), 0, ov));
  });
  in.defNative(in.base, "contains", {S, R}, +[](Interp& in, Args a) -> Value {
    std::vector<size_t> ov;
    return Value::boolean(rawMatch(in, rx(a[1]), subject(in, a[0], "contains"), 0, ov));
  });
  in.defNative(in.base, "startswith", {S, R}, +[](Interp& in, Args a) -> Value {
    std::vector<size_t> ov;
    return Value::boolean(rawMatch(in, rx(a[1]), subject(in, a[0], "startswith"), 0, ov, PCRE2_ANCHORED));
  });
  in.defNative(in.base, "endswith", {S, R}, +[](Interp& in, Args a) -> Value {
    std::vector<size_t> ov;
    return Value::boolean(rawMatch(in, rx(a[1]), subject(in, a[0], "endswith"), 0, ov, PCRE2_ENDANCHORED));
  });
  in.defNative(in.base, "findfirst", {R, S}, +[](Interp& in, Args a) -> Value {
    const std::string& s = subject(in, a[1], "findfirst");
    std::vector<size_t> ov;
    if (!rawMatch(in, rx(a[0]), s, 0, ov)) return Value();
    int64_t b = static_cast<int64_t>(ov[0]) + 1;
    int64_t e = ov[1] == ov[0] ? b - 1 : b;
    if (ov[1] > ov[0]) {
      size_t k = ov[1] - 1;
      while (k > ov[0] && !isValidIndex(s, k)) --k;
      e = static_cast<int64_t>(k) + 1;
    }
    return coll::makeUnitRange(in, b, e);
  });
  in.defNative(in.base, "_regex_find", {R, S, I}, +[](Interp& in, Args a) -> Value {
    // (start, next) as 1-based byte indices of the first match at or after byte i, or nothing
    const std::string& s = subject(in, a[1], "findnext");
    int64_t i = static_cast<int64_t>(toI128(a[2]));
    std::vector<size_t> ov;
    if (i < 1 || !rawMatch(in, rx(a[0]), s, static_cast<size_t>(i - 1), ov)) return Value();
    return in.makeTuple({Value::int64(static_cast<int64_t>(ov[0]) + 1), Value::int64(static_cast<int64_t>(ov[1]) + 1)});
  });
  in.defNative(in.base, "_count_regex", {R, S, T.Bool}, +[](Interp& in, Args a) -> Value {
    return Value::int64(static_cast<int64_t>(allMatches(in, rx(a[0]), subject(in, a[1], "count"), a[2].asBool()).size()));
  });
  in.defNative(in.base, "_replace_regex", {S, R, A, A}, replaceRegex);
  in.defNative(in.base, "==", {R, R}, +[](Interp&, Args a) -> Value {
    return Value::boolean(rx(a[0]).pattern == rx(a[1]).pattern && rx(a[0]).opts == rx(a[1]).opts);
  });
  in.defNative(in.base, "isequal", {R, R}, +[](Interp&, Args a) -> Value {
    return Value::boolean(rx(a[0]).pattern == rx(a[1]).pattern && rx(a[0]).opts == rx(a[1]).opts);
  });
  in.defNative(in.base, "getproperty", {R, T.Symbol}, +[](Interp& in, Args a) -> Value {
    const std::string& n = a[1].asSymbol().str();
    if (n == "pattern") return in.makeString(rx(a[0]).pattern);
    if (n == "compile_options") return Value::uint32(rx(a[0]).opts);
    if (n == "match_options") return Value::uint32(0);
    in.error("type Regex has no field " + n);
  });
  in.defNative(in.base, "getproperty", {M, T.Symbol}, +[](Interp& in, Args a) {
    return matchProperty(in, a[0].as<RegexMatchObj>(), a[1].asSymbol());
  });
  in.defNative(in.base, "getindex", {M, A}, +[](Interp& in, Args a) -> Value {
    auto& m = a[0].as<RegexMatchObj>();
    auto& caps = m.captures.as<ArrayObj>().elems();
    if (isIntLike(a[1])) {
      int64_t i = static_cast<int64_t>(toI128(a[1]));
      if (i < 1 || i > static_cast<int64_t>(caps.size())) in.throwNew("BoundsError", {m.captures, a[1]});
      return caps[static_cast<size_t>(i - 1)];
    }
    std::string name = a[1].isSymbol() ? a[1].asSymbol().str() : (isStr(a[1]) ? str(a[1]) : "");
    auto& r = m.regex.as<RegexObj>();
    for (size_t k = 1; k < r.names.size(); ++k)
      if (r.names[k] == name) return caps[k - 1];
    in.error("no capture group named " + name + " found in regex");
  });
  in.defNative(in.base, "length", {M}, +[](Interp&, Args a) {
    return Value::int64(a[0].as<RegexMatchObj>().captures.as<ArrayObj>().length());
  });
  in.defNative(in.base, "haskey", {M, A}, +[](Interp&, Args a) -> Value {
    auto& m = a[0].as<RegexMatchObj>();
    auto& r = m.regex.as<RegexObj>();
    if (isIntLike(a[1])) {
      int64_t i = static_cast<int64_t>(toI128(a[1]));
      return Value::boolean(i >= 1 && i <= static_cast<int64_t>(r.ncaptures));
    }
    std::string name = a[1].isSymbol() ? a[1].asSymbol().str() : (isStr(a[1]) ? str(a[1]) : "");
    for (size_t k = 1; k < r.names.size(); ++k)
      if (r.names[k] == name) return Value::boolean(true);
    return Value::boolean(false);
  });

  // commands
  in.defNative(in.base, "_cmd_expr", {S}, +[](Interp& in, Args a) { return cmdExpr(in, str(a[0])); });
  // `...` parses to Core.@cmd: a native macro (arguments __source__, __module__, text)
  auto cmdMacro = +[](Interp& in, Args a) -> Value {
    if (a.size() != 3 || !isStr(a[2])) in.error("invalid command literal");
    return cmdExpr(in, str(a[2]));
  };
  in.defNative(in.core, "@cmd", {A, A, A}, cmdMacro);
  in.base->get(Symbol("@cmd")) = *in.core->find(Symbol("@cmd"));
  in.defNative(in.base, "_cmd", {A}, +[](Interp& in, Args a) -> Value {
    auto* c = new CmdObj(in.types().Cmd);
    Value hold = Value::object(c);
    coll::forEach(in, a[0], [&](const Value& w) {
      if (isStr(w)) c->exec.push_back(str(w));
      else if (w.isObject(ObjKind::Array) || w.isObject(ObjKind::Tuple)) {
        coll::forEach(in, w, [&](const Value& x) {
          c->exec.push_back(isStr(x) ? str(x) : in.toString(x));
          return true;
        });
      } else {
        c->exec.push_back(in.toString(w));
      }
      return true;
    });
    return hold;
  });
  ModuleObj* cm = in.base->find(Symbol("Cmd")) ? in.base : in.core;
  in.defNative(cm, "Cmd", {T.AbstractArray}, +[](Interp& in, Args a) -> Value {
    Args rest = (!a.empty() && isType(a[0])) ? a.subspan(1) : a;
    auto* c = new CmdObj(in.types().Cmd);
    Value hold = Value::object(c);
    coll::forEach(in, rest[0], [&](const Value& w) {
      c->exec.push_back(isStr(w) ? str(w) : in.toString(w));
      return true;
    });
    return hold;
  });
  in.defNative(in.base, "getproperty", {T.Cmd, T.Symbol}, +[](Interp& in, Args a) -> Value {
    const std::string& n = a[1].asSymbol().str();
    auto& c = a[0].as<CmdObj>();
    if (n == "exec") {
      std::vector<Value> ws;
      for (auto& w : c.exec) ws.push_back(in.makeString(w));
      return in.makeVector(in.types().String, std::move(ws));
    }
    if (n == "ignorestatus") return Value::boolean(false);
    if (n == "env") return Value();
    if (n == "dir") return in.makeString("");
    in.error("type Cmd has no field " + n);
  });
  in.defNative(in.base, "==", {T.Cmd, T.Cmd}, +[](Interp&, Args a) {
    return Value::boolean(a[0].as<CmdObj>().exec == a[1].as<CmdObj>().exec);
  });
  in.defNative(in.base, "length", {T.Cmd}, +[](Interp&, Args a) {
    return Value::int64(static_cast<int64_t>(a[0].as<CmdObj>().exec.size()));
  });
}

}  // namespace jl::interp
