// jlrt value types for generated programs: Nothing, Char, String, Symbol, Type (a type used
// as a value, printed by name), Vector<T> (shared reference semantics like Julia arrays),
// the Julia type-name trait TypeInfo<T>, and jlrt::Exception. C++17, header-only except
// where noted (symbol interning lives in values.cpp).
#pragma once

#include <any>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace jlrt {

// ---------------------------------------------------------------------------------------
// Nothing: Julia's `nothing`.
struct Nothing {};
inline constexpr Nothing nothing{};
inline constexpr bool operator==(Nothing, Nothing) { return true; }
inline constexpr bool operator!=(Nothing, Nothing) { return false; }

// ---------------------------------------------------------------------------------------
// Char: Julia's representation, the UTF-8 bytes left-aligned in 32 bits ('a' == 0x61000000).
struct Char {
  uint32_t bits = 0;
  constexpr Char() = default;
  constexpr explicit Char(uint32_t b) : bits(b) {}
  // The Char of a code point (any value below 0x200000, as Julia's `Char(cp)`).
  static constexpr Char from_codepoint(uint32_t cp) {
    if (cp < 0x80) return Char(cp << 24);
    if (cp < 0x800) return Char(((0xC0u | (cp >> 6)) << 24) | ((0x80u | (cp & 0x3F)) << 16));
    if (cp < 0x10000)
      return Char(((0xE0u | (cp >> 12)) << 24) | ((0x80u | ((cp >> 6) & 0x3F)) << 16) | ((0x80u | (cp & 0x3F)) << 8));
    return Char(((0xF0u | (cp >> 18)) << 24) | ((0x80u | ((cp >> 12) & 0x3F)) << 16) |
                ((0x80u | ((cp >> 6) & 0x3F)) << 8) | (0x80u | (cp & 0x3F)));
  }
};
inline constexpr bool operator==(Char a, Char b) { return a.bits == b.bits; }
inline constexpr bool operator!=(Char a, Char b) { return a.bits != b.bits; }
inline constexpr bool operator<(Char a, Char b) { return a.bits < b.bits; }
// An ASCII character literal: chr('a').
inline constexpr Char chr(char c) { return Char(static_cast<uint32_t>(static_cast<unsigned char>(c)) << 24); }
// Decodes Julia Char bits to a code point; false for malformed chars.
bool codepoint_of(Char c, uint32_t& cp);
// The UTF-8 bytes of a Char (at least one byte).
std::string char_bytes(Char c);

// ---------------------------------------------------------------------------------------
// String: immutable UTF-8 bytes. Literals (`"abc"_jl`) refer to static storage; strings
// built at run time share one heap buffer between copies.
class String {
 public:
  String() = default;
  String(const char* s) : String(std::string(s)) {}  // NOLINT: implicit, copies
  String(std::string s) {                              // NOLINT: implicit, takes ownership
    if (s.empty()) return;
    auto owner = std::make_shared<const std::string>(std::move(s));
    data_ = owner->data();
    size_ = owner->size();
    owner_ = std::move(owner);
  }
  // A String over static bytes (string literals of generated code); no copy.
  static String literal(const char* s, size_t n) { return String(s, n); }
  static String from(std::string s) { return String(std::move(s)); }

  const char* data() const { return data_; }
  size_t size() const { return size_; }
  std::string_view view() const { return std::string_view(data_, size_); }
  std::string str() const { return std::string(data_, size_); }

 private:
  String(const char* s, size_t n) : data_(s), size_(n) {}
  const char* data_ = "";
  size_t size_ = 0;
  std::shared_ptr<const std::string> owner_;
};
inline bool operator==(const String& a, const String& b) { return a.view() == b.view(); }
inline bool operator!=(const String& a, const String& b) { return a.view() != b.view(); }
inline bool operator<(const String& a, const String& b) { return a.view() < b.view(); }

inline namespace literals {
// "text"_jl: a jlrt::String literal (embedded NULs allowed).
inline String operator""_jl(const char* s, size_t n) { return String::literal(s, n); }
}  // namespace literals

// ---------------------------------------------------------------------------------------
// Symbol: interned through a thread-safe table (values.cpp); compares by pointer.
struct SymbolEntry;
class Symbol {
 public:
  Symbol() = default;
  explicit Symbol(const SymbolEntry* e) : e_(e) {}
  const SymbolEntry* entry() const { return e_; }
  const std::string& name() const;
  // Julia's `show` text (`:foo`, `Symbol("a b")`).
  const std::string& show_text() const;
  bool operator==(Symbol o) const { return e_ == o.e_; }
  bool operator!=(Symbol o) const { return e_ != o.e_; }

 private:
  const SymbolEntry* e_ = nullptr;
};
// Interns `name`. `show_text` is how Julia shows the symbol (codegen passes it for literal
// symbols); when empty, the runtime derives it (`:name` for plain identifiers, else
// `Symbol("...")`). The first registration of a name fixes its show text.
Symbol symbol(std::string_view name, std::string_view show_text = {});

// ---------------------------------------------------------------------------------------
// Type: a type used as a value (`typeof(e)`, `Int64` passed as an argument), printed by its
// Julia name.
struct Type {
  String name;
};
inline bool operator==(const Type& a, const Type& b) { return a.name == b.name; }
inline bool operator!=(const Type& a, const Type& b) { return !(a == b); }

// ---------------------------------------------------------------------------------------
// Vector{T}: a shared, growable array (copies alias the same storage, as Julia arrays do).
template <class T>
class Vector {
 public:
  Vector() : p_(std::make_shared<std::vector<T>>()) {}
  static Vector make(std::initializer_list<T> xs) { return Vector(std::vector<T>(xs)); }
  static Vector filled(int64_t n, const T& v) {
    return Vector(std::vector<T>(n > 0 ? static_cast<size_t>(n) : 0, v));
  }
  static Vector from(std::vector<T> xs) { return Vector(std::move(xs)); }
  std::vector<T>& vec() const { return *p_; }
  bool same(const Vector& o) const { return p_ == o.p_; }

 private:
  explicit Vector(std::vector<T> xs) : p_(std::make_shared<std::vector<T>>(std::move(xs))) {}
  std::shared_ptr<std::vector<T>> p_;
};

// Function values (singleton function types passed as arguments) print by name.
struct Function {
  const char* name = "";
};

// A constant whose printing codegen computed at build time (an Expr, a QuoteNode, ...):
// `print` writes `print_text`, `show` writes `show_text`.
struct Printed {
  const char* type;
  const char* show_text;
  const char* print_text;
};

// ---------------------------------------------------------------------------------------
// TypeInfo<T>::name(): Julia's `string(T)` for the C++ representation of T. Codegen
// specializes it for generated structs.
template <class T, class = void>
struct TypeInfo;
#define JLRT_TYPEINFO(CT, NAME) \
  template <>                   \
  struct TypeInfo<CT> {         \
    static std::string name() { return NAME; } \
  };
JLRT_TYPEINFO(bool, "Bool")
JLRT_TYPEINFO(int8_t, "Int8")
JLRT_TYPEINFO(int16_t, "Int16")
JLRT_TYPEINFO(int32_t, "Int32")
JLRT_TYPEINFO(int64_t, "Int64")
JLRT_TYPEINFO(uint8_t, "UInt8")
JLRT_TYPEINFO(uint16_t, "UInt16")
JLRT_TYPEINFO(uint32_t, "UInt32")
JLRT_TYPEINFO(uint64_t, "UInt64")
JLRT_TYPEINFO(float, "Float32")
JLRT_TYPEINFO(double, "Float64")
JLRT_TYPEINFO(Nothing, "Nothing")
JLRT_TYPEINFO(Char, "Char")
JLRT_TYPEINFO(String, "String")
JLRT_TYPEINFO(Symbol, "Symbol")
JLRT_TYPEINFO(Type, "DataType")
JLRT_TYPEINFO(Function, "Function")
#undef JLRT_TYPEINFO
template <class T>
struct TypeInfo<Vector<T>> {
  static std::string name() { return "Vector{" + TypeInfo<T>::name() + "}"; }
};
namespace detail {
// Julia's printing of a concrete tuple type from its element names: NTuple{N, T} when all
// N > 3 elements are the same, a trailing Vararg{T, k} for a run of k > 3, else Tuple{...}.
inline std::string tuple_type_name(const std::vector<std::string>& ps) {
  size_t n = ps.size();
  if (n == 0) return "Tuple{}";
  size_t tail = 1;
  for (size_t i = n - 1; i-- > 0 && ps[i] == ps[n - 1];) ++tail;
  if (tail == n && n > 3) return "NTuple{" + std::to_string(n) + ", " + ps[n - 1] + "}";
  size_t head = tail > 3 ? n - tail : n;
  std::string s = "Tuple{";
  for (size_t i = 0; i < head; ++i) s += (i ? ", " : "") + ps[i];
  if (head < n) s += (head ? ", " : "") + std::string("Vararg{") + ps[n - 1] + ", " + std::to_string(tail) + "}";
  return s + "}";
}
}  // namespace detail
template <class... Ts>
struct TypeInfo<std::tuple<Ts...>> {
  static std::string name() { return detail::tuple_type_name({TypeInfo<Ts>::name()...}); }
};
template <class T>
std::string type_name() { return TypeInfo<T>::name(); }
template <class T>
Type type_of(const T&) { return Type{String::from(TypeInfo<T>::name())}; }

// ---------------------------------------------------------------------------------------
// Exception: a Julia exception raised by generated code or the runtime. It carries the
// Julia type name ("BoundsError"), the `showerror` text, the `msg` field when the type has
// one (ErrorException, AssertionError, ArgumentError, ...), and for exceptions of
// user-defined types the thrown value itself.
class Exception : public std::exception {
 public:
  Exception() : type_("Exception") {}
  Exception(std::string type, std::string text) : type_(std::move(type)), text_(std::move(text)) {}
  Exception(std::string type, std::string text, String msg)
      : type_(std::move(type)), text_(std::move(text)), msg_(std::move(msg)), has_msg_(true) {}
  const char* what() const noexcept override { return text_.c_str(); }
  const std::string& type_name() const { return type_; }
  // `sprint(showerror, e)`.
  const std::string& text() const { return text_; }
  bool has_msg() const { return has_msg_; }
  const String& msg() const { return msg_; }
  // The thrown value for exceptions of generated struct types (std::any_cast<T>).
  const std::any& payload() const { return payload_; }
  void set_payload(std::any p) { payload_ = std::move(p); }

 private:
  std::string type_;
  std::string text_;
  String msg_;
  bool has_msg_ = false;
  std::any payload_;
};
template <>
struct TypeInfo<Exception> {
  static std::string name() { return "Exception"; }
};
// typeof(e) of a caught exception: its Julia type.
inline Type type_of(const Exception& e) { return Type{String::from(e.type_name())}; }

}  // namespace jlrt
