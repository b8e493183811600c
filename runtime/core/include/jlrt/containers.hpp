// Vector, String and Tuple operations for generated code: 1-based indexing with bounds
// checks (BoundsError as Julia reports it), push!/pushfirst!/pop!, string length,
// concatenation, repetition and character indexing, tuple indexing by a run-time index
// and Base.tail. Header-only templates; string helpers live in strings.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <utility>

#include "jlrt/print.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

// ---------------------------------------------------------------------------------------
// Vector{T}.
template <class T>
int64_t length(const Vector<T>& v) { return static_cast<int64_t>(v.vec().size()); }
template <class T>
bool isempty(const Vector<T>& v) { return v.vec().empty(); }
template <class T>
[[noreturn]] void throw_vector_bounds(const Vector<T>& v, int64_t i) {
  throw_exception(make_bounds(v, i));
}
template <class T>
T getindex(const Vector<T>& v, int64_t i) {
  auto& xs = v.vec();
  if (i < 1 || static_cast<uint64_t>(i) > xs.size()) throw_vector_bounds(v, i);
  return xs[static_cast<size_t>(i - 1)];
}
// @inbounds indexing (no check).
template <class T>
T unsafe_getindex(const Vector<T>& v, int64_t i) { return v.vec()[static_cast<size_t>(i - 1)]; }
template <class T, class X>
Vector<T> setindex(const Vector<T>& v, const X& x, int64_t i) {
  auto& xs = v.vec();
  if (i < 1 || static_cast<uint64_t>(i) > xs.size()) throw_vector_bounds(v, i);
  xs[static_cast<size_t>(i - 1)] = static_cast<T>(x);
  return v;
}
// @inbounds assignment (no check).
template <class T, class X>
Vector<T> unsafe_setindex(const Vector<T>& v, const X& x, int64_t i) {
  v.vec()[static_cast<size_t>(i - 1)] = static_cast<T>(x);
  return v;
}
template <class T, class X>
Vector<T> push(const Vector<T>& v, const X& x) {
  v.vec().push_back(static_cast<T>(x));
  return v;
}
template <class T, class X>
Vector<T> pushfirst(const Vector<T>& v, const X& x) {
  v.vec().insert(v.vec().begin(), static_cast<T>(x));
  return v;
}
template <class T>
T pop(const Vector<T>& v) {
  auto& xs = v.vec();
  if (xs.empty()) throw_argument("array must be non-empty"_jl);
  T x = xs.back();
  xs.pop_back();
  return x;
}
template <class T>
T popfirst(const Vector<T>& v) {
  auto& xs = v.vec();
  if (xs.empty()) throw_argument("array must be non-empty"_jl);
  T x = xs.front();
  xs.erase(xs.begin());
  return x;
}
template <class T>
T first(const Vector<T>& v) { return getindex(v, 1); }
template <class T>
T last(const Vector<T>& v) { return getindex(v, length(v)); }
template <class T>
Vector<T> copy(const Vector<T>& v) { return Vector<T>::from(v.vec()); }
// `==` on vectors: elementwise.
template <class T>
bool operator==(const Vector<T>& a, const Vector<T>& b) {
  const auto& x = a.vec();
  const auto& y = b.vec();
  if (x.size() != y.size()) return false;
  for (size_t k = 0; k < x.size(); ++k)
    if (!eq(static_cast<const T&>(x[k]), static_cast<const T&>(y[k]))) return false;
  return true;
}
// Vector{T}(undef, n) / zeros: n elements of T's default value.
template <class T>
Vector<T> vector_undef(int64_t n) {
  if (n < 0) throw_argument(String::from("invalid Array dimensions"));
  return Vector<T>::filled(n, T{});
}

// ---------------------------------------------------------------------------------------
// Strings.
int64_t length(const String& s);                 // number of characters
inline int64_t ncodeunits(const String& s) { return static_cast<int64_t>(s.size()); }
inline bool isempty(const String& s) { return s.size() == 0; }
Char getindex(const String& s, int64_t i);       // BoundsError / StringIndexError
String repeat(const String& s, int64_t n);       // s ^ n (ArgumentError for n < 0)
String repeat(Char c, int64_t n);
template <class... Xs>
String concat(const Xs&... xs) {                 // a * b * ... (Strings and Chars)
  IO b;
  (print(b, xs), ...);
  return String::from(b.take());
}
bool startswith(const String& s, const String& prefix);
bool endswith(const String& s, const String& suffix);
bool occursin(const String& needle, const String& haystack);
String uppercase(const String& s);
String lowercase(const String& s);

// ---------------------------------------------------------------------------------------
// Tuples.
template <class... Ts>
constexpr int64_t length(const std::tuple<Ts...>&) { return static_cast<int64_t>(sizeof...(Ts)); }
namespace detail {
template <class Tup, size_t... Is>
auto tuple_tail_impl(const Tup& t, std::index_sequence<Is...>) {
  return std::make_tuple(std::get<Is + 1>(t)...);
}
template <class T, class Tup, size_t... Is>
T tuple_getindex_impl(const Tup& t, int64_t i, std::index_sequence<Is...>) {
  const T* elems[] = {&std::get<Is>(t)...};
  return *elems[i - 1];
}
}  // namespace detail
// Base.tail(t): all but the first element.
template <class T0, class... Ts>
std::tuple<Ts...> tuple_tail(const std::tuple<T0, Ts...>& t) {
  return detail::tuple_tail_impl(t, std::index_sequence_for<Ts...>{});
}
namespace detail {
// The bounds-error path, kept out of line so the checked access itself inlines.
template <class Tup>
[[noreturn]] __attribute__((noinline, cold)) void tuple_bounds_error(const Tup& t, int64_t i) {
  throw_exception(make_bounds(t, i));
}
}  // namespace detail
// t[i] for a run-time index into a homogeneous tuple (NTuple{N,T}).
template <class T, class... Ts>
inline T tuple_getindex(const std::tuple<T, Ts...>& t, int64_t i) {
  static_assert((std::is_same_v<T, Ts> && ...), "jlrt::tuple_getindex: tuple must be homogeneous");
  if (i < 1 || i > static_cast<int64_t>(1 + sizeof...(Ts))) detail::tuple_bounds_error(t, i);
  return detail::tuple_getindex_impl<T>(t, i, std::index_sequence_for<T, Ts...>{});
}
[[noreturn]] inline void tuple_getindex(const std::tuple<>& t, int64_t i) { throw_exception(make_bounds(t, i)); }

}  // namespace jlrt
