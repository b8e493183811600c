// Printing for generated programs, byte for byte as Julia (and `jlcc run`) prints: the IO
// sink, `print`/`show` of every runtime value type (scalars in print.cpp through the shared
// runtime/core/format.hpp; tuples and vectors as templates here, with Julia's eltype-prefix
// rules), `println`, `string`, `repr`, `display` (text/plain), and exception constructors
// that need `repr` of a value.
#pragma once

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "jlrt/arith.hpp"
#include "jlrt/errors.hpp"
#include "jlrt/layout.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

// An output stream: a C stream (stdout) or an in-memory buffer (sprint, string, repr).
class IO {
 public:
  IO() = default;
  explicit IO(std::FILE* f) : file_(f) {}
  IO(const IO&) = delete;
  IO& operator=(const IO&) = delete;
  void write(std::string_view s) {
    if (file_) std::fwrite(s.data(), 1, s.size(), file_);
    else buf_.append(s.data(), s.size());
  }
  void write(char c) {
    if (file_) std::fputc(c, file_);
    else buf_.push_back(c);
  }
  const std::string& buffer() const { return buf_; }
  std::string take() { return std::move(buf_); }
  void flush() { if (file_) std::fflush(file_); }
  // Julia's `:compact => true` IOContext property (set while `display` shows the elements
  // of a matrix with several columns): floats print with six significant digits.
  bool compact() const { return compact_; }
  void set_compact(bool c) { compact_ = c; }

 private:
  std::FILE* file_ = nullptr;
  std::string buf_;
  bool compact_ = false;
};
IO& out();  // stdout
IO& err();  // stderr

// ---------------------------------------------------------------------------------------
// Scalars (print.cpp).
void print(IO& io, bool x);
void print(IO& io, int8_t x);
void print(IO& io, int16_t x);
void print(IO& io, int32_t x);
void print(IO& io, int64_t x);
void print(IO& io, uint8_t x);
void print(IO& io, uint16_t x);
void print(IO& io, uint32_t x);
void print(IO& io, uint64_t x);
void print(IO& io, float x);
void print(IO& io, double x);
void print(IO& io, Char x);
void print(IO& io, const String& x);
void print(IO& io, Symbol x);
void print(IO& io, Nothing x);
void print(IO& io, const Type& x);
void print(IO& io, const Function& x);
void print(IO& io, const Exception& x);
inline void print(IO& io, const char* x) { io.write(std::string_view(x)); }  // C strings print raw
inline void print(IO& io, const std::string& x) { io.write(x); }
void show(IO& io, bool x);
void show(IO& io, int8_t x);
void show(IO& io, int16_t x);
void show(IO& io, int32_t x);
void show(IO& io, int64_t x);
void show(IO& io, uint8_t x);
void show(IO& io, uint16_t x);
void show(IO& io, uint32_t x);
void show(IO& io, uint64_t x);
void show(IO& io, float x);
void show(IO& io, double x);
void show(IO& io, Char x);
void show(IO& io, const String& x);
void show(IO& io, Symbol x);
void show(IO& io, Nothing x);
void show(IO& io, const Type& x);
void show(IO& io, const Function& x);
void show(IO& io, const Exception& x);
inline void print(IO& io, const Printed& x) { io.write(x.print_text); }
inline void show(IO& io, const Printed& x) { io.write(x.show_text); }
// `sprint(showerror, e)`.
inline String showerror_text(const Exception& e) { return String::from(e.text()); }
// Julia's escaped literal of a string (`show(::String)`), of a char.
std::string show_string_text(std::string_view s);
std::string show_char_text(Char c);
inline void show(IO& io, const char* x) { io.write(show_string_text(x)); }
inline void show(IO& io, const std::string& x) { io.write(show_string_text(x)); }

// ---------------------------------------------------------------------------------------
// Containers (declared first so they can nest in any order).
template <class... Ts>
void show(IO& io, const std::tuple<Ts...>& t);
template <class T>
void show(IO& io, const Vector<T>& v);
// show of a generated struct: codegen defines `jl_show(jlrt::IO&, const T&)` next to the
// struct (found by argument-dependent lookup).
template <class T>
void show(IO& io, const T& x) {
  jl_show(io, x);
}
// print of anything without its own print method is its show.
template <class T>
void print(IO& io, const T& x) {
  show(io, x);
}

// Whether Julia omits the eltype prefix when showing an array of T (typeinfo_implicit).
template <class T>
struct ImplicitEltype
    : std::bool_constant<std::is_same_v<T, double> || std::is_same_v<T, int64_t> || std::is_same_v<T, Char> ||
                         std::is_same_v<T, String> || std::is_same_v<T, Symbol> || std::is_same_v<T, Nothing>> {};
template <class T>
struct ImplicitEltype<Vector<T>> : ImplicitEltype<T> {};
template <class... Ts>
struct ImplicitEltype<std::tuple<Ts...>> : std::bool_constant<(ImplicitEltype<Ts>::value && ...)> {};

// show of an element inside a container whose typeinfo is T (Float32 without `f0`, Bool as 1/0).
template <class T>
void show_typed(IO& io, const T& x) {
  if constexpr (std::is_same_v<T, float>) print(io, x);
  else if constexpr (std::is_same_v<T, bool>) io.write(x ? '1' : '0');
  else show(io, x);
}

template <class... Ts>
void show(IO& io, const std::tuple<Ts...>& t) {
  io.write('(');
  std::apply(
      [&io](const auto&... xs) {
        bool first = true;
        ((io.write(first ? "" : ", "), show(io, xs), first = false), ...);
      },
      t);
  if (sizeof...(Ts) == 1) io.write(',');
  io.write(')');
}

template <class T>
void show(IO& io, const Vector<T>& v) {
  const auto& xs = v.vec();
  constexpr bool implicit = ImplicitEltype<T>::value;
  if (xs.empty() || !implicit) io.write(TypeInfo<T>::name());
  io.write('[');
  bool first = true;
  for (const auto& x : xs) {
    if (!first) io.write(", ");
    first = false;
    if constexpr (implicit) show(io, static_cast<const T&>(x));
    else show_typed<T>(io, static_cast<const T&>(x));
  }
  io.write(']');
}

// print(io, a, b, ...), println(io, xs...).
template <class A, class B, class... R>
void print(IO& io, const A& a, const B& b, const R&... rest) {
  print(io, a);
  print(io, b);
  (print(io, rest), ...);
}
template <class... Xs>
void println(IO& io, const Xs&... xs) {
  (print(io, xs), ...);
  io.write('\n');
}

// string(xs...), repr(x), sprint(print, x).
template <class... Xs>
String string(const Xs&... xs) {
  IO buf;
  (print(buf, xs), ...);
  return String::from(buf.take());
}
// join(xs, delim[, last]) of a Vector: the elements printed, separated by delim (last
// before the final element).
template <class T, class D, class L>
String join(const Vector<T>& xs, const D& delim, const L& last) {
  IO buf;
  const auto& v = xs.vec();
  for (size_t i = 0; i < v.size(); ++i) {
    if (i > 0) print(buf, i + 1 == v.size() ? last : delim);
    print(buf, v[i]);
  }
  return String::from(buf.take());
}
template <class T, class D>
String join(const Vector<T>& xs, const D& delim) { return join(xs, delim, delim); }
template <class T>
String join(const Vector<T>& xs) { return join(xs, String(), String()); }
template <class X>
String repr(const X& x) {
  IO buf;
  show(buf, x);
  return String::from(buf.take());
}
template <class X>
std::string repr_text(const X& x) {
  IO buf;
  show(buf, x);
  return buf.take();
}

// display(x): text/plain with a trailing newline; vectors as Julia's column listing.
template <class T>
std::string summary(const Vector<T>& v) {
  return formatInt(static_cast<int64_t>(v.vec().size())) + "-element " + TypeInfo<Vector<T>>::name();
}
template <class X>
void display(IO& io, const X& x) {
  show(io, x);
  io.write('\n');
}
namespace detail {
// The shown text of each element of a displayed array, column-major (IO `compact` as given).
template <class T>
std::vector<std::string> element_texts(const std::vector<T>& xs, bool compact) {
  std::vector<std::string> text;
  text.reserve(xs.size());
  for (const auto& x : xs) {
    IO b;
    b.set_compact(compact);
    show_typed<T>(b, static_cast<const T&>(x));
    text.push_back(b.take());
  }
  return text;
}
template <class T>
constexpr Align align_of() {
  return std::is_integral_v<T> ? Align::Integer : std::is_floating_point_v<T> ? Align::Float : Align::Other;
}
}  // namespace detail
template <class T>
void display(IO& io, const Vector<T>& v) {
  const auto& xs = v.vec();
  io.write(summary(v));
  if (xs.empty()) {
    io.write('\n');
    return;
  }
  io.write(":\n");
  io.write(layout_matrix(detail::element_texts(xs, false), {detail::align_of<T>()}, static_cast<int64_t>(xs.size()), 1));
  io.write('\n');
}

// ---------------------------------------------------------------------------------------
// Exceptions whose text needs repr of a value.
template <class A>
Exception make_bounds(const A& a) {
  if constexpr (std::is_same_v<A, String>) return make_bounds_text(formatInt(static_cast<int64_t>(a.size())) + "-codeunit String", "");
  else return make_bounds_text(TypeInfo<A>::name(), "");
}
template <class T>
Exception make_bounds(const Vector<T>& a) { return make_bounds_text(summary(a), ""); }
template <class A, class I>
Exception make_bounds(const A& a, const I& i) {
  std::string index;
  if constexpr (std::is_same_v<I, int64_t>) index = formatInt(i);
  else index = repr_text(i);
  if constexpr (std::is_same_v<A, String>)
    return make_bounds_text(formatInt(static_cast<int64_t>(a.size())) + "-codeunit String", index);
  else return make_bounds_text(TypeInfo<A>::name(), index);
}
template <class T, class I>
Exception make_bounds(const Vector<T>& a, const I& i) {
  if constexpr (std::is_same_v<I, int64_t>) return make_bounds_text(summary(a), formatInt(i));
  else return make_bounds_text(summary(a), repr_text(i));
}
template <class V>
Exception make_domain(const V& val) { return make_domain_text(repr_text(val), ""); }
template <class V, class M>
Exception make_domain(const V& val, const M& msg) {
  IO b;
  print(b, msg);
  return make_domain_text(repr_text(val), b.buffer());
}
template <class K>
Exception make_key(const K& key) { return make_key_text(repr_text(key)); }
template <class T, class V>
Exception make_inexact(Symbol func, const T& type, const V& val) {
  IO b;
  print(b, type);
  return make_inexact_text(func.name(), b.buffer(), repr_text(val));
}
// throw(x) for a value of a generated struct type: Julia's default showerror is `show`.
template <class X>
[[noreturn]] void throw_value(const X& x) {
  Exception e = make_user(TypeInfo<X>::name(), repr_text(x));
  e.set_payload(x);
  throw_exception(std::move(e));
}
inline void throw_value(const Exception& e) { throw_exception(e); }

}  // namespace jlrt
