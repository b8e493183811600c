// jlrt values: thread-safe Symbol interning (with each symbol's Julia show text) and Char
// decoding. C++17.
#include <mutex>
#include <unordered_map>

#include "core/text.hpp"
#include "jlrt/jlrt.hpp"

namespace jlrt {

struct SymbolEntry {
  std::string name;
  std::string show;
};

namespace {
bool isPlainIdentifier(std::string_view s) {
  if (s.empty() || s == "true" || s == "false") return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 ||
              (i > 0 && ((c >= '0' && c <= '9') || c == '!'));
    if (!ok) return false;
  }
  return true;
}

struct SymbolTable {
  std::mutex mu;
  std::unordered_map<std::string, std::unique_ptr<SymbolEntry>> entries;
};
SymbolTable& table() {
  static SymbolTable* t = new SymbolTable;  // never destroyed: symbols outlive static destructors
  return *t;
}
}  // namespace

Symbol symbol(std::string_view name, std::string_view show_text) {
  SymbolTable& t = table();
  std::lock_guard<std::mutex> lock(t.mu);
  auto& e = t.entries[std::string(name)];
  if (!e) {
    e = std::make_unique<SymbolEntry>();
    e->name = std::string(name);
    if (!show_text.empty()) e->show = std::string(show_text);
    else if (isPlainIdentifier(name)) e->show = ":" + e->name;
    else e->show = "Symbol(" + show_string_text(name) + ")";
  }
  return Symbol(e.get());
}

const std::string& Symbol::name() const {
  static const std::string empty;
  return e_ ? e_->name : empty;
}

const std::string& Symbol::show_text() const {
  static const std::string empty = "Symbol(\"\")";
  return e_ ? e_->show : empty;
}

bool codepoint_of(Char c, uint32_t& cp) { return text::charCodepoint(c.bits, cp); }

std::string char_bytes(Char c) {
  std::string out;
  out.push_back(static_cast<char>(c.bits >> 24));
  for (int k = 1; k < 4; ++k) {
    unsigned char b = static_cast<unsigned char>((c.bits >> (24 - 8 * k)) & 0xFF);
    if (!b) break;
    out.push_back(static_cast<char>(b));
  }
  return out;
}

Char char_from_codepoint_checked(int64_t cp) {
  if (cp < 0 || cp > 0x1FFFFF) throw_argument(String::from("invalid code point"));
  return Char::from_codepoint(static_cast<uint32_t>(cp));
}

int64_t codepoint_checked(Char c) {
  uint32_t cp;
  if (!codepoint_of(c, cp)) throw_argument(String::from("invalid character"));
  return cp;
}

}  // namespace jlrt
