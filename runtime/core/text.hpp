// Julia's text rules shared by every printer (the Expr printers of compiler/syntax, the
// interpreter's `show`, and generated programs' jlrt printing): UTF-8 decoding as Julia's
// printers see it, `isprint`, and `escape_string`. C++17.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

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

}  // namespace jlrt::text
