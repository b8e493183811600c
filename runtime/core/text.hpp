// Julia's text rules shared by every printer (the Expr printers of compiler/syntax, the
// interpreter's `show`, and generated programs' jlrt printing): UTF-8 decoding as Julia's
// printers see it, `isprint`, and `escape_string`. C++17.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <functional>
#include <vector>

namespace jlrt::text {

// Decodes one well-formed UTF-8 character at s[i]; returns its byte length, or 0 when it is
// malformed (overlong forms and surrogates included): then s[i] is an invalid byte of its own.
size_t decodeUtf8(std::string_view s, size_t i, uint32_t& cp);

// Julia's decoding of the character that starts at byte i of a String, valid or not:
// stores its Char bits (bytes left-aligned in 32 bits) and returns its byte length.
size_t charAt(std::string_view s, size_t i, uint32_t& bits);

// Whether byte index i (0-based) starts a character (Base.isvalid(s, i+1)).
bool isValidIndex(std::string_view s, size_t i);

// Base.isprint for a code point (an approximation by Unicode block: no Unicode database).
bool isPrintable(uint32_t cp);

bool isHexDigit(uint32_t c);

// Appends `v` in lowercase hex, zero-padded to at least `pad` digits.
void appendHex(std::string& out, uint32_t v, int pad);

// Base.escape_string(io, s, esc): C escapes, `\0` vs `\x00` and `\u` padding as Julia
// chooses them, non-printable code points as `\u`/`\U`, malformed bytes as `\x`; the
// characters in `esc` get a backslash.
void escapeString(std::string& out, std::string_view s, std::string_view esc);

// Base.escape_raw_string(io, s): backslashes before a quote (and at the end) doubled, the
// quote escaped, as raw string literals (`raw"..."`, `r"..."`) print their content.
void escapeRawString(std::string& out, std::string_view s);

// The code point of a Julia Char (UTF-8 bytes left-aligned in 32 bits); false when the
// Char is malformed.
bool charCodepoint(uint32_t bits, uint32_t& cp);

// Base.show(io, ::Char) for Julia's Char representation (UTF-8 bytes left-aligned in 32
// bits; malformed chars print their bytes as \x escapes).
void showChar(std::string& out, uint32_t bits);

// ---- String indices and character classes, shared by the interpreter's Base natives and
// jlrt's string functions (so both compute the same thing) ----

// Base.thisind / nextind / prevind on 1-based byte index i of a String, without bounds
// checks (callers raise Julia's BoundsError first): thisind of an index inside a
// character is its start; out-of-range indices step by one.
int64_t thisInd(std::string_view s, int64_t i);
int64_t nextInd(std::string_view s, int64_t i);
int64_t prevInd(std::string_view s, int64_t i);

// The UTF-8 bytes of a code point (< 0x110000).
std::string encodeCodepoint(uint32_t cp);

// Character classes and case mappings of code points, as the interpreter's Base has them:
// ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic (no Unicode database).
bool cpIsSpace(int64_t c);
bool cpIsLetter(int64_t c);
bool cpIsUpper(int64_t c);
bool cpIsLower(int64_t c);
bool cpIsPunct(int64_t c);
int64_t cpUpper(int64_t c);
int64_t cpLower(int64_t c);

// Every well-formed character of s mapped through f (malformed bytes are kept).
std::string mapChars(std::string_view s, int64_t (*f)(int64_t));
// Base.titlecase(s): the first letter after each non-letter upper-cased, the other letters
// lower-cased (Julia's defaults wordsep = !isletter, strict = true).
std::string titlecase(std::string_view s);
// Base.reverse(s): the characters in reverse order (malformed bytes stay together).
std::string reverseChars(std::string_view s);
// Base.lpad/rpad(s, n, p): s padded with repetitions of p to n characters.
std::string pad(std::string_view s, int64_t n, std::string_view p, bool left);
// Base.split(s, dlm; limit, keepempty) as byte ranges of s: by a string delimiter (an
// empty one splits between characters), or by the characters (as Char bits) `isDelim`
// accepts. limit > 0 caps the number of pieces; empty pieces are dropped unless `keep`.
std::vector<std::string_view> splitString(std::string_view s, std::string_view d, int64_t limit, bool keep);
std::vector<std::string_view> splitChars(std::string_view s, const std::function<bool(uint32_t)>& isDelim,
                                         int64_t limit, bool keep);
// The number of characters of s (Base.length).
int64_t charLength(std::string_view s);

}  // namespace jlrt::text
