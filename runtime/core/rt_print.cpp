// jlrt printing of scalars, strings, chars, symbols and types, byte for byte as Julia and
// the interpreter print them. Numbers go through runtime/core/format.hpp (shared with the
// interpreter); string/char escaping follows Julia's `escape_string`/`show(::Char)`. C++17.
#include <cstdio>

#include "core/format.hpp"
#include "core/text.hpp"
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

using text::appendHex;
using text::decodeUtf8;
using text::isHexDigit;
using text::isPrintable;

std::string show_string_text(std::string_view s) {
  std::string out = "\"";
  text::escapeString(out, s, "\"$");
  out += '"';
  return out;
}

std::string show_char_text(Char ch) {
  std::string out;
  text::showChar(out, ch.bits);
  return out;
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
// In a compact context (matrix display) floats have six significant digits, Float32 without
// its `f0` suffix (as the interpreter's show.cpp prints them).
void print(IO& io, float x) {
  io.write(io.compact() ? formatFloat64Compact(static_cast<double>(x)) : formatFloat32Print(x));
}
void print(IO& io, double x) { io.write(io.compact() ? formatFloat64Compact(x) : formatFloat64(x)); }
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
void show(IO& io, float x) {
  io.write(io.compact() ? formatFloat64Compact(static_cast<double>(x)) : formatFloat32(x));
}
void show(IO& io, double x) { print(io, x); }
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


}  // namespace jlrt
