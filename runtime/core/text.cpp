// One implementation of Julia's text rules for every printer (see text.hpp). C++17.
#include "core/text.hpp"

#include <vector>

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

// ---- String indices and character classes (shared with the interpreter's Base) ----

int64_t thisInd(std::string_view s, int64_t i) {
  if (i <= 0 || i > static_cast<int64_t>(s.size())) return i;
  size_t k = static_cast<size_t>(i - 1);
  while (k > 0 && !isValidIndex(s, k)) --k;
  return static_cast<int64_t>(k) + 1;
}
int64_t nextInd(std::string_view s, int64_t i) {
  int64_t n = static_cast<int64_t>(s.size());
  if (i < 1 || i > n) return i + 1;
  int64_t t = thisInd(s, i);
  uint32_t bits;
  size_t len = charAt(s, static_cast<size_t>(t - 1), bits);
  return t + static_cast<int64_t>(len);
}
int64_t prevInd(std::string_view s, int64_t i) {
  int64_t n = static_cast<int64_t>(s.size());
  if (i > n + 1 || i <= 1) return i - 1;
  return thisInd(s, i - 1);
}

std::string encodeCodepoint(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}

bool cpIsSpace(int64_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
int64_t cpUpper(int64_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c < 0x80) return c;
  if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool oddUpper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (oddUpper) return (c % 2 == 0) ? c - 1 : c;
    return (c % 2 == 1) ? c - 1 : c;
  }
  if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}
int64_t cpLower(int64_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0x80) return c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool oddUpper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (oddUpper) return (c % 2 == 1) ? c + 1 : c;
    return (c % 2 == 0) ? c + 1 : c;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}
bool cpIsLetter(int64_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return c == 0x2071 || c == 0x207F || (c >= 0x2090 && c <= 0x209C) ||
                                            c == 0x2102 || c == 0x2107 || (c >= 0x210A && c <= 0x2113) ||
                                            c == 0x2115 || (c >= 0x2119 && c <= 0x211D);
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFF00 && c <= 0xFF20) return false;
  if (c >= 0x1F000) return false;
  if (c >= 0x300 && c <= 0x36F) return false;  // combining marks
  return true;
}
bool cpIsUpper(int64_t c) { return cpLower(c) != c; }
bool cpIsLower(int64_t c) { return cpUpper(c) != c || c == 0xDF; }
bool cpIsPunct(int64_t c) {
  if (c < 0x80) return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  return c == 0xA1 || c == 0xA7 || c == 0xAB || c == 0xB6 || c == 0xB7 || c == 0xBB || c == 0xBF ||
         (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
}

std::string mapChars(std::string_view s, int64_t (*f)(int64_t)) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t bits, cp;
    size_t len = charAt(s, i, bits);
    if (!charCodepoint(bits, cp)) out.append(s.substr(i, len));
    else out += encodeCodepoint(static_cast<uint32_t>(f(cp)));
    i += len;
  }
  return out;
}

std::string titlecase(std::string_view s) {
  std::string out;
  bool startWord = true;
  for (size_t i = 0; i < s.size();) {
    uint32_t bits, cp;
    size_t len = charAt(s, i, bits);
    if (!charCodepoint(bits, cp)) {
      out.append(s.substr(i, len));
      startWord = false;
    } else if (cpIsLetter(cp)) {
      out += encodeCodepoint(static_cast<uint32_t>(startWord ? cpUpper(cp) : cpLower(cp)));
      startWord = false;
    } else {  // Julia's default word separator: any non-letter (`titlecase("it's")` is "It'S")
      out += encodeCodepoint(cp);
      startWord = true;
    }
    i += len;
  }
  return out;
}

std::string reverseChars(std::string_view s) {
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < s.size();) {
    uint32_t bits;
    size_t len = charAt(s, i, bits);
    chars.push_back(s.substr(i, len));
    i += len;
  }
  std::string out;
  out.reserve(s.size());
  for (size_t k = chars.size(); k-- > 0;) out += chars[k];
  return out;
}

std::vector<std::string_view> splitString(std::string_view s, std::string_view d, int64_t limit, bool keep) {
  std::vector<std::string_view> out;
  auto push = [&](size_t from, size_t to) {
    if (keep || to > from) out.push_back(s.substr(from, to - from));
  };
  size_t start = 0, i = 0;
  while (true) {
    if (limit > 0 && static_cast<int64_t>(out.size()) >= limit - 1) break;
    if (d.empty()) {  // between characters
      if (i >= s.size()) break;
      uint32_t bits;
      size_t p = i + charAt(s, i, bits);
      if (p >= s.size()) break;
      push(start, p);
      start = i = p;
      continue;
    }
    size_t p = s.find(d, i);
    if (p == std::string_view::npos) break;
    push(start, p);
    start = i = p + d.size();
  }
  push(start, s.size());
  return out;
}

std::vector<std::string_view> splitChars(std::string_view s, const std::function<bool(uint32_t)>& isDelim,
                                         int64_t limit, bool keep) {
  std::vector<std::string_view> out;
  auto push = [&](size_t from, size_t to) {
    if (keep || to > from) out.push_back(s.substr(from, to - from));
  };
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    if (limit > 0 && static_cast<int64_t>(out.size()) >= limit - 1) break;
    uint32_t bits;
    size_t len = charAt(s, i, bits);
    if (isDelim(bits)) {
      push(start, i);
      start = i + len;
    }
    i += len;
  }
  push(start, s.size());
  return out;
}

int64_t charLength(std::string_view s) {
  int64_t n = 0;
  for (size_t i = 0; i < s.size();) {
    uint32_t bits;
    i += charAt(s, i, bits);
    ++n;
  }
  return n;
}

std::string pad(std::string_view s, int64_t n, std::string_view p, bool left) {
  int64_t len = charLength(s), plen = charLength(p);
  if (n <= len || plen == 0) return std::string(s);
  int64_t m = n - len;
  int64_t q = m / plen, r = m % plen;
  std::string fill;
  for (int64_t k = 0; k < q; ++k) fill += p;
  size_t i = 0;  // the first r characters of p
  for (int64_t k = 0; k < r; ++k) {
    uint32_t bits;
    i += charAt(p, i, bits);
  }
  fill += p.substr(0, i);
  return left ? fill + std::string(s) : std::string(s) + fill;
}

}  // namespace jlrt::text
