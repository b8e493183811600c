// One implementation of Julia's text rules for every printer (see text.hpp). C++17.
#include "core/text.hpp"

namespace jlrt::text {

namespace {
bool inRange(uint32_t c, uint32_t lo, uint32_t hi) { return c >= lo && c <= hi; }
}  // namespace

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
  if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF))) return 0;  // overlong
  if (v >= 0xD800 && v <= 0xDFFF) return 0;                                             // surrogates
  cp = v;
  return n;
}

bool isPrintable(uint32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  if (c < 0xA0) return false;                                       // C1 controls
  if (c == 0xAD) return false;                                      // soft hyphen (Cf)
  if (inRange(c, 0x600, 0x605) || c == 0x61C || c == 0x6DD || c == 0x70F) return false;
  if (c == 0x180E) return false;
  if (inRange(c, 0x200B, 0x200F) || inRange(c, 0x2028, 0x202E) || inRange(c, 0x2060, 0x206F)) return false;
  if (inRange(c, 0xD800, 0xF8FF)) return false;                     // surrogates, private use
  if (c == 0xFEFF || inRange(c, 0xFFF9, 0xFFFB)) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;                         // noncharacters
  if (inRange(c, 0xFDD0, 0xFDEF)) return false;
  if (inRange(c, 0xE0000, 0xE007F)) return false;                   // tags
  if (c >= 0xF0000) return false;                                   // private use planes
  if (c > 0x10FFFF) return false;
  return true;
}

static const char* hexDigits = "0123456789abcdef";

void appendHex(std::string& out, uint32_t v, int pad) {
  std::string d;
  do {
    d.push_back(hexDigits[v & 15]);
    v >>= 4;
  } while (v != 0);
  while (static_cast<int>(d.size()) < pad) d.push_back('0');
  out.append(d.rbegin(), d.rend());
}

bool isHexDigit(uint32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

void escapeString(std::string& out, std::string_view s, std::string_view esc) {
  size_t i = 0;
  while (i < s.size()) {
    uint32_t c;
    size_t n = decodeUtf8(s, i, c);
    if (n == 0) {  // malformed byte
      out += "\\x";
      appendHex(out, static_cast<unsigned char>(s[i]), 2);
      ++i;
      continue;
    }
    size_t next = i + n;
    // The following char, for `\0` and `\u` padding decisions.
    uint32_t nc = 0;
    bool hasNext = false;
    if (next < s.size()) {
      size_t m = decodeUtf8(s, next, nc);
      hasNext = m != 0;
    }
    if (c < 0x80 && esc.find(static_cast<char>(c)) != std::string_view::npos) {
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
}

size_t charAt(std::string_view s, size_t i, uint32_t& bits) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size_t need = 0;
  if (c < 0x80) {
    bits = static_cast<uint32_t>(c) << 24;
    return 1;
  }
  if (c >= 0xC0 && c < 0xE0) need = 1;
  else if (c >= 0xE0 && c < 0xF0) need = 2;
  else if (c >= 0xF0 && c < 0xF8) need = 3;
  size_t len = 1;
  while (len <= need && i + len < s.size() && (b(i + len) & 0xC0) == 0x80) ++len;
  bits = 0;
  for (size_t k = 0; k < len; ++k) bits |= static_cast<uint32_t>(b(i + k)) << (24 - 8 * k);
  return len;
}

bool isValidIndex(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return true;
  // A continuation byte starts a character only when no lead byte before it absorbs it.
  size_t lo = i >= 3 ? i - 3 : 0;
  for (size_t j = i; j-- > lo;) {
    if ((static_cast<unsigned char>(s[j]) & 0xC0) != 0x80) {
      uint32_t bits;
      size_t len = charAt(s, j, bits);
      return j + len <= i;
    }
  }
  return true;
}

void escapeRawString(std::string& out, std::string_view s) {
  size_t backslashes = 0;
  for (char ch : s) {
    if (ch == '\\') {
      ++backslashes;
      continue;
    }
    if (ch == '"') {
      out.append(2 * backslashes + 1, '\\');
      out.push_back('"');
    } else {
      out.append(backslashes, '\\');
      out.push_back(ch);
    }
    backslashes = 0;
  }
  out.append(2 * backslashes, '\\');
}

namespace {
// The bytes of a Char (at least one).
std::string charBytes(uint32_t bits) {
  int n = 4;
  while (n > 1 && ((bits >> (8 * (4 - n))) & 0xFF) == 0) --n;
  std::string out;
  for (int k = 0; k < n; ++k) out.push_back(static_cast<char>((bits >> (24 - 8 * k)) & 0xFF));
  return out;
}

}  // namespace

bool charCodepoint(uint32_t bits, uint32_t& cp) {
  unsigned char b[4] = {static_cast<unsigned char>(bits >> 24), static_cast<unsigned char>(bits >> 16),
                        static_cast<unsigned char>(bits >> 8), static_cast<unsigned char>(bits)};
  if (b[0] < 0x80) { cp = b[0]; return (bits & 0xFFFFFF) == 0; }
  int n = b[0] >= 0xF0 ? 4 : b[0] >= 0xE0 ? 3 : b[0] >= 0xC0 ? 2 : 0;
  if (n == 0) return false;
  cp = b[0] & (0x7F >> n);
  for (int i = 1; i < n; ++i) {
    if ((b[i] & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (b[i] & 0x3F);
  }
  for (int i = n; i < 4; ++i)
    if (b[i] != 0) return false;
  return true;
}

void showChar(std::string& out, uint32_t bits) {
  uint32_t cp = 0;
  bool ok = charCodepoint(bits, cp);
  if (ok && cp <= '\\') {
    char b = 0;
    switch (cp) {
      case 0: b = '0'; break;
      case 7: b = 'a'; break;
      case 8: b = 'b'; break;
      case 9: b = 't'; break;
      case 10: b = 'n'; break;
      case 11: b = 'v'; break;
      case 12: b = 'f'; break;
      case 13: b = 'r'; break;
      case 27: b = 'e'; break;
      case '\'': b = '\''; break;
      case '\\': b = '\\'; break;
      default: break;
    }
    if (b) {
      out += '\'';
      out += '\\';
      out += b;
      out += '\'';
      return;
    }
  }
  out += '\'';
  if (!ok) {
    for (char byte : charBytes(bits)) {
      out += "\\x";
      appendHex(out, static_cast<unsigned char>(byte), 2);
    }
  } else if (isPrintable(cp)) {
    out += charBytes(bits);
  } else {
    escapeString(out, charBytes(bits), "'");
  }
  out += '\'';
}

}  // namespace jlrt::text
