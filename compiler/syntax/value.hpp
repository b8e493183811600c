// The dynamic value model shared by the parser, the printers and the interpreter.
//
// A `Value` is what a Julia expression tree is made of: immediate scalars (Int64, Float64,
// Bool, Char, Symbol, ...) stored inline, and heap objects (String, Expr, QuoteNode,
// LineNumberNode, and everything the interpreter adds) held through an intrusive
// reference-counted pointer. The syntax stage only ever creates the kinds declared here;
// runtime/interp derives further `Object` kinds and overrides `Object::show`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jl {

using int128 = __int128;
using uint128 = unsigned __int128;

// ---------------------------------------------------------------------------------------
// Symbols: interned, thread-safe, never freed. Compare by pointer.
class Symbol {
 public:
  Symbol() = default;
  explicit Symbol(std::string_view name);  // interns
  const std::string& str() const { return name_ ? *name_ : emptyName(); }
  bool operator==(Symbol o) const { return name_ == o.name_; }
  bool operator!=(Symbol o) const { return name_ != o.name_; }
  bool operator<(Symbol o) const { return *name_ < *o.name_; }
  const void* id() const { return name_; }
  bool empty() const { return name_ == nullptr; }
  static Symbol fromId(const void* id) { Symbol s; s.name_ = static_cast<const std::string*>(id); return s; }

 private:
  static const std::string& emptyName();
  const std::string* name_ = nullptr;
};

// ---------------------------------------------------------------------------------------
// Heap objects.
enum class ObjKind : uint8_t {
  String, Expr, QuoteNode, LineNumberNode,
  // Kinds below are created by runtime/interp.
  GlobalRef, Array, Tuple, NamedTuple, Struct, Function, Type, Module, Dict, Set, Range,
  Regex, RegexMatch, Pair, Box, Cmd, Other
};

class Object {
 public:
  explicit Object(ObjKind k) : kind_(k) {}
  virtual ~Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  ObjKind kind() const { return kind_; }
  void retain() const { ++refs_; }
  void release() const { if (--refs_ == 0) delete this; }

 private:
  ObjKind kind_;
  mutable uint32_t refs_ = 0;
};

// ---------------------------------------------------------------------------------------
enum class Tag : uint8_t {
  Nothing, Bool, Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32, UInt64, UInt128,
  Float32, Float64, Char, Symbol, Object
};

class Value {
 public:
  Value() : tag_(Tag::Nothing) { u_.i128 = 0; }
  static Value nothing() { return Value(); }
  static Value boolean(bool b) { Value v(Tag::Bool); v.u_.b = b; return v; }
  static Value int8(int8_t x) { Value v(Tag::Int8); v.u_.i64 = x; return v; }
  static Value int16(int16_t x) { Value v(Tag::Int16); v.u_.i64 = x; return v; }
  static Value int32(int32_t x) { Value v(Tag::Int32); v.u_.i64 = x; return v; }
  static Value int64(int64_t x) { Value v(Tag::Int64); v.u_.i64 = x; return v; }
  static Value int128(jl::int128 x) { Value v(Tag::Int128); v.u_.i128 = x; return v; }
  static Value uint8(uint8_t x) { Value v(Tag::UInt8); v.u_.u64 = x; return v; }
  static Value uint16(uint16_t x) { Value v(Tag::UInt16); v.u_.u64 = x; return v; }
  static Value uint32(uint32_t x) { Value v(Tag::UInt32); v.u_.u64 = x; return v; }
  static Value uint64(uint64_t x) { Value v(Tag::UInt64); v.u_.u64 = x; return v; }
  static Value uint128(jl::uint128 x) { Value v(Tag::UInt128); v.u_.u128 = x; return v; }
  static Value float32(float x) { Value v(Tag::Float32); v.u_.f32 = x; return v; }
  static Value float64(double x) { Value v(Tag::Float64); v.u_.f64 = x; return v; }
  // `bits` is Julia's Char representation: the UTF-8 bytes left-aligned in 32 bits.
  static Value charBits(uint32_t bits) { Value v(Tag::Char); v.u_.u64 = bits; return v; }
  static Value codepoint(uint32_t cp);
  static Value symbol(Symbol s) { Value v(Tag::Symbol); v.u_.ptr = s.id(); return v; }
  static Value symbol(std::string_view name) { return symbol(Symbol(name)); }
  static Value object(const Object* o) {
    Value v(Tag::Object);
    v.u_.obj = o;
    if (o) o->retain();
    return v;
  }

  Value(const Value& o) : tag_(o.tag_), u_(o.u_) { if (tag_ == Tag::Object && u_.obj) u_.obj->retain(); }
  Value(Value&& o) noexcept : tag_(o.tag_), u_(o.u_) { o.tag_ = Tag::Nothing; }
  Value& operator=(const Value& o) {
    if (this != &o) { Value t(o); swap(t); }
    return *this;
  }
  Value& operator=(Value&& o) noexcept { Value t(std::move(o)); swap(t); return *this; }
  ~Value() { if (tag_ == Tag::Object && u_.obj) u_.obj->release(); }
  void swap(Value& o) noexcept { std::swap(tag_, o.tag_); std::swap(u_, o.u_); }

  Tag tag() const { return tag_; }
  bool isNothing() const { return tag_ == Tag::Nothing; }
  bool isBool() const { return tag_ == Tag::Bool; }
  bool isSymbol() const { return tag_ == Tag::Symbol; }
  bool isObject() const { return tag_ == Tag::Object; }
  bool isObject(ObjKind k) const { return tag_ == Tag::Object && u_.obj->kind() == k; }
  bool isSignedInt() const { return tag_ >= Tag::Int8 && tag_ <= Tag::Int128; }
  bool isUnsignedInt() const { return tag_ >= Tag::UInt8 && tag_ <= Tag::UInt128; }
  bool isInteger() const { return isSignedInt() || isUnsignedInt(); }
  bool isFloat() const { return tag_ == Tag::Float32 || tag_ == Tag::Float64; }
  bool isString() const { return isObject(ObjKind::String); }
  bool isExpr() const { return isObject(ObjKind::Expr); }

  bool asBool() const { return u_.b; }
  int64_t asInt64() const { return u_.i64; }      // valid for Int8..Int64 tags
  uint64_t asUInt64() const { return u_.u64; }    // valid for UInt8..UInt64 tags
  jl::int128 asInt128() const { return u_.i128; }
  jl::uint128 asUInt128() const { return u_.u128; }
  float asFloat32() const { return u_.f32; }
  double asFloat64() const { return u_.f64; }
  uint32_t charBits() const { return static_cast<uint32_t>(u_.u64); }
  Symbol asSymbol() const { return Symbol::fromId(u_.ptr); }
  const Object* obj() const { return u_.obj; }
  template <class T> const T& as() const { return *static_cast<const T*>(u_.obj); }
  template <class T> T& asMut() const { return *const_cast<T*>(static_cast<const T*>(u_.obj)); }

  // Signed/unsigned integers widened to 128 bits (two's complement).
  jl::int128 toInt128() const;
  bool isSymbol(std::string_view name) const { return isSymbol() && asSymbol().str() == name; }

 private:
  explicit Value(Tag t) : tag_(t) { u_.i128 = 0; }
  Tag tag_;
  union U {
    bool b;
    int64_t i64;
    uint64_t u64;
    jl::int128 i128;
    jl::uint128 u128;
    float f32;
    double f64;
    const void* ptr;
    const Object* obj;
  } u_;
};

// ---------------------------------------------------------------------------------------
// The heap objects the syntax stage produces.
struct StringObj final : Object {
  explicit StringObj(std::string s) : Object(ObjKind::String), data(std::move(s)) {}
  std::string data;
};

struct ExprObj final : Object {
  ExprObj(Symbol h, std::vector<Value> a) : Object(ObjKind::Expr), head(h), args(std::move(a)) {}
  Symbol head;
  std::vector<Value> args;
};

struct QuoteNodeObj final : Object {
  explicit QuoteNodeObj(Value v) : Object(ObjKind::QuoteNode), value(std::move(v)) {}
  Value value;
};

struct LineNumberNodeObj final : Object {
  LineNumberNodeObj(int64_t l, Value f) : Object(ObjKind::LineNumberNode), line(l), file(std::move(f)) {}
  int64_t line;
  Value file;  // a Symbol, or nothing
};

// Convenience constructors.
Value makeString(std::string s);
Value makeExpr(Symbol head, std::vector<Value> args);
Value makeExpr(std::string_view head, std::vector<Value> args);
Value makeQuoteNode(Value v);
Value makeLineNumberNode(int64_t line, Value file);

// Structural equality as Julia's `==` on syntax trees (Expr, QuoteNode, LineNumberNode,
// String, numbers by value and type, Symbols). Objects of other kinds compare by identity.
bool syntaxEqual(const Value& a, const Value& b);

// UTF-8 helpers shared by the lexer and printers.
std::string encodeUtf8(uint32_t codepoint);
// Julia's Char representation of a code point.
uint32_t charBitsFromCodepoint(uint32_t cp);
// Decode Julia Char bits to a code point; returns false for malformed chars.
bool codepointFromCharBits(uint32_t bits, uint32_t& cp);

}  // namespace jl
