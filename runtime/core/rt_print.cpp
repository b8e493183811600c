// jlrt printing of scalars, strings, chars, symbols and types, byte for byte as Julia and
// the interpreter print them. Numbers go through runtime/core/format.hpp (shared with the
// interpreter); string/char escaping follows Julia's `escape_string`/`show(::Char)`. C++17.
#include <cstdio>

#include "core/format.hpp"
#include "jlrt/jlrt.hpp"

namespace jlrt {

IO& out() {
  static IO* io = new IO(stdout);
  return *io;
}
IO& err() {
  static IO* io = new IO(stderr);
  return *io;
}

namespace {
bool inRange(uint32_t c, uint32_t lo, uint32_t hi) { return c >= lo && c <= hi; }

// Julia's isprint approximation shared with the Expr printers (compiler/syntax).
bool isPrintable(uint32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  if (c < 0xA0) return false;
  if (c == 0xAD) return false;
  if (inRange(c, 0x600, 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F) return false;
  if (c == 0x180E) return false;
  if (inRange(c, 0x200B, 0x200F) || inRange(c, 0x2028, 0x202E) || inRange(c, 0x2060, 0x206F)) return false;
  if (inRange(c, 0xD800, 0xF8FF)) return false;
  if (c == 0xFEFF || inRange(c, 0xFFF9, 0xFFFB)) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;
  if (inRange(c, 0xFDD0, 0xFDEF)) return false;
  if (inRange(c, 0xE0000, 0xE007F)) return false;
  if (c >= 0xF0000) return false;
  if (c > 0x10FFFF) return false;
  return true;
}

bool isHexDigit(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

void appendHex(std::string& out, uint32_t v, int pad) {
  static const char* hexDigits = "0123456789abcdef";
  std::string d;
  do {
    d.push_back(hexDigits[v & 15]);
    v >>= 4;
  } while (v != 0);
  while (static_cast<int>(d.size()) < pad) d.push_back('0');
  out.append(d.rbegin(), d.rend());
}

// Decodes one well-formed UTF-8 character at s[i]; returns its length, 0 when malformed
// (overlong forms and surrogates included), as the Expr printers do.
size_t decodeUtf8(std::string_view s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  size_t n;
  uint32_t v;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    v = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    v = (v << 6) | (d & 0x3F);
  }
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF))) return 0;
  if (v >= 0xD800 && v <= 0xDFFF) return 0;
  cp = v;
  return n;
}
}  // namespace

std::string show_string_text(std::string_view s) {
  std::string out = "\"";
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c;
    size_t n = decodeUtf8(s, i, c);
    if (n == 0) {
      out += "\\x";
      appendHex(out, static_cast<unsigned char>(s[i]), 2);
      ++i;
      continue;
    }
    size_t next = i + n;
    uint32_t nc = 0;
    bool hasNext = false;
    if (next < s.size()) hasNext = decodeUtf8(s, next, nc) != 0;
    if (c == '"' || c == '$') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c < 0x80) {
      if (c == 0) {
        out += (hasNext && nc >= '0' && nc <= '7') ? "\\x00" : "\\0";
      } else if (c == 0x1B) {
        out += "\\e";
      } else if (c == '\\') {
        out += "\\\\";
      } else if (c >= 7 && c <= 13) {
        out.push_back('\\');
        out.push_back("abtnvfr"[c - 7]);
      } else if (c >= 0x20 && c < 0x7F) {
        out.push_back(static_cast<char>(c));
      } else {
        out += "\\x";
        appendHex(out, c, 2);
      }
    } else if (isPrintable(c)) {
      out.append(s.substr(i, n));
    } else if (c <= 0xFFFF) {
      out += "\\u";
      appendHex(out, c, hasNext && isHexDigit(nc) ? 4 : 2);
    } else {
      out += "\\U";
      appendHex(out, c, hasNext && isHexDigit(nc) ? 8 : 4);
    }
    i = next;
  }
  out += '"';
  return out;
}

std::string show_char_text(Char ch) {
  static const char* names[] = {"\\0", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "\\a", "\\b", "\\t",
                                "\\n", "\\v", "\\f", "\\r"};
  uint32_t bits = ch.bits;
  uint32_t cp;
  bool valid = codepoint_of(ch, cp);
  std::string out = "'";
  if (!valid) {
    for (int k = 0; k < 4; ++k) {
      unsigned b = (bits >> (24 - 8 * k)) & 0xFF;
      if (k > 0 && b == 0) break;
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", b);
      out += buf;
    }
    return out + "'";
  }
  if (cp < 14 && names[cp]) out += names[cp];
  else if (cp == 0x1b) out += "\\e";
  else if (cp == '\'') out += "\\'";
  else if (cp == '\\') out += "\\\\";
  else if (cp < 0x20 || cp == 0x7f) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    out += buf;
  } else if (cp >= 0x80 && (cp < 0xA0 || cp == 0x2028 || cp == 0x2029 || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF ||
                            cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xE000 && cp < 0xF900) || cp == 0xAD)) {
    char buf[16];
    if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%x", cp);
    out += buf;
  } else {
    out += char_bytes(ch);
  }
  return out + "'";
}

// --- print ---
void print(IO& io, bool x) { io.write(x ? "true" : "false"); }
void print(IO& io, int8_t x) { io.write(formatInt(x)); }
void print(IO& io, int16_t x) { io.write(formatInt(x)); }
void print(IO& io, int32_t x) { io.write(formatInt(x)); }
void print(IO& io, int64_t x) { io.write(formatInt(x)); }
void print(IO& io, uint8_t x) { io.write(formatUInt(x)); }
void print(IO& io, uint16_t x) { io.write(formatUInt(x)); }
void print(IO& io, uint32_t x) { io.write(formatUInt(x)); }
void print(IO& io, uint64_t x) { io.write(formatUInt(x)); }
void print(IO& io, float x) { io.write(formatFloat32Print(x)); }
void print(IO& io, double x) { io.write(formatFloat64(x)); }
void print(IO& io, Char x) { io.write(char_bytes(x)); }
void print(IO& io, const String& x) { io.write(x.view()); }
void print(IO& io, Symbol x) { io.write(x.name()); }
void print(IO& io, Nothing) { io.write("nothing"); }
void print(IO& io, const Type& x) { io.write(x.name.view()); }
void print(IO& io, const Function& x) { io.write(x.name); }
void print(IO& io, const Exception& x) { show(io, x); }

// --- show ---
void show(IO& io, bool x) { print(io, x); }
void show(IO& io, int8_t x) { print(io, x); }
void show(IO& io, int16_t x) { print(io, x); }
void show(IO& io, int32_t x) { print(io, x); }
void show(IO& io, int64_t x) { print(io, x); }
void show(IO& io, uint8_t x) { io.write(formatUnsignedHex(x, 1)); }
void show(IO& io, uint16_t x) { io.write(formatUnsignedHex(x, 2)); }
void show(IO& io, uint32_t x) { io.write(formatUnsignedHex(x, 4)); }
void show(IO& io, uint64_t x) { io.write(formatUnsignedHex(x, 8)); }
void show(IO& io, float x) { io.write(formatFloat32(x)); }
void show(IO& io, double x) { io.write(formatFloat64(x)); }
void show(IO& io, Char x) { io.write(show_char_text(x)); }
void show(IO& io, const String& x) { io.write(show_string_text(x.view())); }
void show(IO& io, Symbol x) { io.write(x.show_text()); }
void show(IO& io, Nothing) { io.write("nothing"); }
void show(IO& io, const Type& x) { io.write(x.name.view()); }
void show(IO& io, const Function& x) { io.write(x.name); }
void show(IO& io, const Exception& x) {
  io.write(x.type_name());
  io.write('(');
  if (x.has_msg()) show(io, x.msg());
  io.write(')');
}

namespace detail {
std::pair<size_t, size_t> display_alignment(bool is_int, bool is_float, const std::string& text) {
  size_t len = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++len;
  if (is_int) return {len, 0};
  if (is_float) {
    size_t p = text.find_first_of(".eEfF");
    if (p == std::string::npos) return {len, 0};
    return {p, len - p};
  }
  return {0, len};
}
}  // namespace detail

}  // namespace jlrt
