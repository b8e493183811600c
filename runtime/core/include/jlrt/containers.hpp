// Vector, String and Tuple operations for generated code: 1-based indexing with bounds
// checks (BoundsError as Julia reports it), push!/pushfirst!/pop!, string length,
// concatenation, repetition and character indexing, tuple indexing by a run-time index
// and Base.tail. Header-only templates; string helpers live in strings.cpp.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <tuple>
#include <utility>

#include "jlrt/arith.hpp"
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
// insert!(v, i, x): BoundsError unless 1 <= i <= length(v) + 1.
template <class T, class X>
Vector<T> insert(const Vector<T>& v, int64_t i, const X& x) {
  auto& xs = v.vec();
  if (i < 1 || static_cast<uint64_t>(i) > xs.size() + 1) throw_vector_bounds(v, i);
  xs.insert(xs.begin() + static_cast<std::ptrdiff_t>(i - 1), static_cast<T>(x));
  return v;
}
// deleteat!(v, i) for one integer index.
template <class T>
Vector<T> deleteat(const Vector<T>& v, int64_t i) {
  auto& xs = v.vec();
  if (i < 1 || static_cast<uint64_t>(i) > xs.size()) throw_vector_bounds(v, i);
  xs.erase(xs.begin() + static_cast<std::ptrdiff_t>(i - 1));
  return v;
}
// append!(v, w) (w may be v itself).
template <class T, class U>
Vector<T> append(const Vector<T>& v, const Vector<U>& w) {
  std::vector<T> add;
  for (const auto& x : w.vec()) add.push_back(static_cast<T>(x));
  v.vec().insert(v.vec().end(), add.begin(), add.end());
  return v;
}
// x in v: Julia's `in` compares with ==.
template <class T, class X>
bool in(const X& x, const Vector<T>& v) {
  for (const auto& y : v.vec())
    if (eq(x, static_cast<const T&>(y))) return true;
  return false;
}
// v[lo:hi] (a UnitRange index; hi < lo is empty).
template <class T>
Vector<T> getindex_range(const Vector<T>& v, int64_t lo, int64_t hi) {
  const auto& xs = v.vec();
  if (hi < lo) return Vector<T>::from(std::vector<T>());
  if (lo < 1 || static_cast<uint64_t>(hi) > xs.size())
    throw_exception(make_bounds_text(summary(v), formatInt(lo) + ":" + formatInt(hi)));
  return Vector<T>::from(std::vector<T>(xs.begin() + static_cast<std::ptrdiff_t>(lo - 1),
                                        xs.begin() + static_cast<std::ptrdiff_t>(hi)));
}
// v[r] for a UnitRange struct (fields start, stop).
template <class T, class R>
Vector<T> getindex_range(const Vector<T>& v, const R& r) { return getindex_range(v, r.start, r.stop); }
// v[idx] for a vector of integer indices (BoundsError names the whole index vector).
template <class T, class I>
Vector<T> getindex_vector(const Vector<T>& v, const Vector<I>& idx) {
  const auto& xs = v.vec();
  std::vector<T> out;
  for (const auto& i : idx.vec()) {
    if (i < 1 || static_cast<uint64_t>(i) > xs.size()) throw_exception(make_bounds(v, idx));
    out.push_back(xs[static_cast<size_t>(i - 1)]);
  }
  return Vector<T>::from(std::move(out));
}
// v[mask] for a Bool vector of the same length.
template <class T>
Vector<T> getindex_mask(const Vector<T>& v, const Vector<bool>& mask) {
  const auto& xs = v.vec();
  const auto& m = mask.vec();
  if (m.size() != xs.size()) throw_exception(make_bounds(v, mask));
  std::vector<T> out;
  for (size_t k = 0; k < xs.size(); ++k)
    if (m[k]) out.push_back(xs[k]);
  return Vector<T>::from(std::move(out));
}
// unique(v): first occurrences, compared with isequal.
template <class T>
Vector<T> unique(const Vector<T>& v) {
  std::vector<T> out;
  for (const auto& x : v.vec()) {
    bool seen = false;
    for (const auto& y : out)
      if (isequal(static_cast<const T&>(x), static_cast<const T&>(y))) {
        seen = true;
        break;
      }
    if (!seen) out.push_back(x);
  }
  return Vector<T>::from(std::move(out));
}
// Base's _reverse(v, start, stop): reverses v[start:stop] in place (v is a fresh copy).
template <class T>
Vector<T> reverse_range(const Vector<T>& v, int64_t start, int64_t stop) {
  auto& xs = v.vec();
  if (start > stop) return v;
  if (start < 1 || static_cast<uint64_t>(stop) > xs.size())
    throw_exception(make_bounds_text(summary(v), formatInt(start) + ":" + formatInt(stop)));
  std::reverse(xs.begin() + static_cast<std::ptrdiff_t>(start - 1), xs.begin() + static_cast<std::ptrdiff_t>(stop));
  return v;
}
// sort!(v) / sort(v) with the default lt (isless) and by (identity); rev compares reversed.
template <class T>
Vector<T> sort_bang(const Vector<T>& v, bool rev) {
  auto& xs = v.vec();
  if (rev)
    std::stable_sort(xs.begin(), xs.end(), [](const T& x, const T& y) { return isless(y, x); });
  else
    std::stable_sort(xs.begin(), xs.end(), [](const T& x, const T& y) { return isless(x, y); });
  return v;
}
// cumsum(v) / cumprod(v): `_accumulate(+ or *, v)` (wrapping integer arithmetic).
template <class T>
Vector<T> accumulate(const Vector<T>& v, bool mul) {
  std::vector<T> out;
  for (const auto& x : v.vec()) {
    T y = static_cast<T>(x);
    out.push_back(out.empty() ? y : (mul ? jlrt::mul(out.back(), y) : jlrt::add(out.back(), y)));
  }
  return Vector<T>::from(std::move(out));
}
inline const char* empty_reduce_message() {
  return "reducing over an empty collection is not allowed; consider supplying `init` to the reducer";
}
// maximum(v) / minimum(v): folded with max/min (ArgumentError when empty).
template <class T>
T extremum(const Vector<T>& v, bool is_max) {
  const auto& xs = v.vec();
  if (xs.empty()) throw_argument(String::from(empty_reduce_message()));
  T acc = xs[0];
  for (size_t k = 1; k < xs.size(); ++k) acc = is_max ? jlrt::max(acc, static_cast<T>(xs[k])) : jlrt::min(acc, static_cast<T>(xs[k]));
  return acc;
}
// extrema(v): (minimum(v), maximum(v)).
template <class T>
std::tuple<T, T> extrema(const Vector<T>& v) {
  const auto& xs = v.vec();
  if (xs.empty()) throw_argument(String::from(empty_reduce_message()));
  T lo = xs[0], hi = xs[0];
  for (size_t k = 1; k < xs.size(); ++k) {
    lo = jlrt::min(lo, static_cast<T>(xs[k]));
    hi = jlrt::max(hi, static_cast<T>(xs[k]));
  }
  return std::make_tuple(lo, hi);
}
// prod(v) / sum(v) / reduce(+ or *, v) of Int64 or Float64: left to right, 1 or 0 when empty.
template <class T>
T mapfold(const Vector<T>& v, bool mul) {
  const auto& xs = v.vec();
  if (xs.empty()) return mul ? T(1) : T(0);
  T acc = xs[0];
  for (size_t k = 1; k < xs.size(); ++k) acc = mul ? jlrt::mul(acc, xs[k]) : jlrt::add(acc, xs[k]);
  return acc;
}

// ---------------------------------------------------------------------------------------
// Integer ranges (UnitRange/StepRange of Int64, by their normalized fields).
// x in start:stop
inline bool in_range(int64_t x, int64_t start, int64_t stop) { return start <= x && x <= stop; }
// x in start:step:stop (stop is already the last element)
inline bool in_steprange(int64_t x, int64_t start, int64_t step, int64_t stop) {
  if (step > 0 ? !(start <= x && x <= stop) : !(stop <= x && x <= start)) return false;
  __int128 d = static_cast<__int128>(x) - start;
  return d % step == 0;
}
// The generated UnitRange{Int64} (fields start, stop) and StepRange{Int64,Int64} (start,
// step, stop) structs.
template <class R>
bool in_unitrange(int64_t x, const R& r) { return in_range(x, r.start, r.stop); }
template <class R>
bool in_steprange(int64_t x, const R& r) { return in_steprange(x, r.start, r.step, r.stop); }
// collect(start:step:stop) (collect(start:stop) is step 1; stop is the last element).
inline Vector<int64_t> collect_range(int64_t start, int64_t step, int64_t stop) {
  std::vector<int64_t> out;
  if (step > 0 ? start <= stop : start >= stop) {
    unsigned __int128 len = static_cast<unsigned __int128>((static_cast<__int128>(stop) - start) / step) + 1;
    out.reserve(static_cast<size_t>(len));
    __int128 x = start;
    for (unsigned __int128 k = 0; k < len; ++k, x += step) out.push_back(static_cast<int64_t>(x));
  }
  return Vector<int64_t>::from(std::move(out));
}
template <class R>
Vector<int64_t> collect_unitrange(const R& r) { return collect_range(r.start, 1, r.stop); }
template <class R>
Vector<int64_t> collect_steprange(const R& r) { return collect_range(r.start, r.step, r.stop); }
// r == v for a UnitRange struct and a numeric vector: same length and elements.
template <class R, class T>
bool range_equal(const R& r, const Vector<T>& v) {
  const auto& xs = v.vec();
  if (r.stop < r.start) return xs.empty();
  if (static_cast<unsigned __int128>(static_cast<__int128>(r.stop) - r.start) + 1 != xs.size()) return false;
  int64_t x = r.start;
  for (size_t k = 0; k < xs.size(); ++k, x = static_cast<int64_t>(static_cast<uint64_t>(x) + 1))
    if (!eq(x, static_cast<T>(xs[k]))) return false;
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
