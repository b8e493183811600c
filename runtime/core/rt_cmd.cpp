// jlrt::Cmd printing: the same shell quoting as the interpreter's show of a Cmd
// (runtime/interp/builtins_regex.cpp: shellWord/showCmd), byte for byte.
#include "jlrt/cmd.hpp"

#include "core/text.hpp"
#include "jlrt/jlrt.hpp"

namespace jlrt {

namespace {

std::string shellWord(std::string_view w) {
  static const std::string_view special = "#{}()[]<>|&*?~;";
  bool hasSingle = false, hasSpecial = false;
  for (size_t i = 0; i < w.size();) {
    uint32_t bits;
    size_t len = text::charAt(w, i, bits);
    unsigned char c = static_cast<unsigned char>(w[i]);
    uint32_t cp = 0;
    bool valid = codepoint_of(Char(bits), cp);
    bool space = valid && (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85 || cp == 0xA0);
    if (space || c == '\\' || c == '\'' || c == '"' || c == '$' ||
        (len == 1 && special.find(static_cast<char>(c)) != std::string_view::npos)) {
      hasSpecial = true;
      if (c == '\'') hasSingle = true;
    }
    i += len;
  }
  if (w.empty()) return "''";
  if (!hasSpecial) return std::string(w);
  if (!hasSingle) return "'" + std::string(w) + "'";
  std::string out = "\"";
  for (char c : w) {
    if (c == '"' || c == '$') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}
}  // namespace

bool operator==(const Cmd& a, const Cmd& b) {
  const auto& x = a.words();
  const auto& y = b.words();
  if (x.size() != y.size()) return false;
  for (size_t k = 0; k < x.size(); ++k)
    if (x[k] != y[k]) return false;
  return true;
}

std::string show_cmd_text(const Cmd& c) {
  std::string out = "`";
  const auto& ws = c.words();
  for (size_t i = 0; i < ws.size(); ++i) {
    if (i) out += ' ';
    for (char ch : shellWord(ws[i].view())) {
      if (ch == '`') out += "\\`";
      else out.push_back(ch);
    }
  }
  return out + "`";
}

void show(IO& io, const Cmd& c) { io.write(show_cmd_text(c)); }

}  // namespace jlrt
