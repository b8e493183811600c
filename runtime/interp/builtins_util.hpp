// Small helpers shared by the Base natives for numbers, strings, regexes and printing
// (builtins_numbers.cpp, builtins_strings.cpp, builtins_regex.cpp, show.cpp): argument
// access, the primitive numeric tags and their types, UTF-8 helpers and IO access.
#pragma once

#include "core/text.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "interp/interp.hpp"

namespace jl::interp::bu {

// Julia's character decoding of String bytes is runtime/core's (shared with generated code).
using jlrt::text::charAt;
using jlrt::text::isValidIndex;

// --- arguments ---
inline bool isStr(const Value& v) { return v.isObject(ObjKind::String); }
inline const std::string& str(const Value& v) { return v.as<StringObj>().data; }
inline bool isChar(const Value& v) { return v.tag() == Tag::Char; }
// Numbers the natives handle: Bool, Int8..UInt128, Float32, Float64.
inline bool isNum(const Value& v) {
  return v.tag() >= Tag::Bool && v.tag() <= Tag::Float64;
}
inline bool isIntLike(const Value& v) { return v.isBool() || v.isInteger(); }

// The IO object behind a value (stdout, stderr, IOBuffer), or nullptr.
inline IOObj* asIO(const Value& v) {
  if (!v.isObject() || v.obj()->kind() != ObjKind::Other) return nullptr;
  return dynamic_cast<IOObj*>(const_cast<Object*>(v.obj()));
}

// --- numeric tags and types ---
int bitsOf(Tag t);                      // 8..128 for integers (Bool: 8), 32/64 for floats
Value typeOfTag(Interp& in, Tag t);     // Tag::Int64 -> the type Int64
Tag tagOfType(Interp& in, const Value& t);  // Int64 -> Tag::Int64; Tag::Nothing if not primitive numeric/Char/Bool
// An integer value of type `t` holding x truncated (wrapped) to the type's width.
Value wrapInt(Tag t, uint128 x);
// Value as a double (ints rounded to nearest).
double toDouble(const Value& v);
// Integer value widened to 128 bits: signed extension for signed tags (and Bool).
inline int128 toI128(const Value& v) {
  if (v.isBool()) return v.asBool() ? 1 : 0;
  return v.toInt128();
}
// Whether the integer value is negative.
inline bool isNeg(const Value& v) { return v.isSignedInt() && v.toInt128() < 0; }

// UTF-8 bytes of a Julia Char.
std::string charString(uint32_t bits);
// Number of characters (Julia's `length`).
int64_t strLength(std::string_view s);
// Code point of a char, or -1 when malformed.
int64_t codepointOf(uint32_t bits);

// Formatting of numbers as `print` shows them (no type suffixes for unsigned/Float32).
std::string printNumber(const Value& v);
std::string showNumber(const Value& v);  // as `show` (0x2a, 1.0f0)

// Declared here, defined in show.cpp: Julia's `show` of a Char.
std::string showCharText(uint32_t bits);

}  // namespace jl::interp::bu
