// Array{T,N} for generated programs (N >= 2; Vector{T} stays jlrt::Vector<T>): Julia's
// column-major storage with fixed dimensions and shared reference semantics (copies alias,
// as Julia arrays do), 1-based indexing checked as Julia checks it (linear `A[k]`, `A[i, j]`,
// fewer indices than dimensions folding the trailing ones, extra indices that must be 1)
// with Julia's BoundsError text, construction (`zeros`/`fill`/`undef` from dimensions of
// any integer type, matrix literals given row by row), size/length/ndims, fill!, copy, sum,
// elementwise + - * / with numbers and arrays (wrapping integer arithmetic), ==, iteration
// in memory order, and printing: `show` (`[1 2; 3 4]`, `Float32[1.0 2.0]`, `0×3
// Matrix{Float64}`) and `display` (`2×3 Matrix{Int64}:` with Julia's column alignment,
// jlrt/layout.hpp). Also the Vector{T} counterparts compiled code needs for generic array
// code: size, ndims, fill!, sum and construction from dimensions. Header-only. C++17.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "jlrt/arith.hpp"
#include "jlrt/containers.hpp"
#include "jlrt/errors.hpp"
#include "jlrt/layout.hpp"
#include "jlrt/print.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

// ---------------------------------------------------------------------------------------
// Array{T,N}.
template <class T, size_t N>
class Array {
  static_assert(N >= 2, "jlrt::Array: Vector{T} is jlrt::Vector<T>");

 public:
  using Dims = std::array<int64_t, N>;
  // An empty array (every dimension 0): the value of an unassigned global or local.
  Array() : p_(std::make_shared<Storage>()) {}
  // An array of valid dimensions (see array_dims) with every element `x`.
  static Array filled(const Dims& dims, const T& x) {
    auto p = std::make_shared<Storage>();
    p->dims = dims;
    p->data.assign(static_cast<size_t>(count(dims)), x);
    return Array(std::move(p));
  }
  // An array from its elements in column-major order (their number is the product of dims).
  static Array make(const Dims& dims, std::initializer_list<T> xs) {
    auto p = std::make_shared<Storage>();
    p->dims = dims;
    p->data.assign(xs.begin(), xs.end());
    p->data.resize(static_cast<size_t>(count(dims)));
    return Array(std::move(p));
  }
  // A matrix literal: its elements row by row, `ncols` per row (`[1 2 3; 4 5 6]` is
  // from_rows(3, {1, 2, 3, 4, 5, 6})).
  static Array from_rows(int64_t ncols, std::initializer_list<T> xs) {
    static_assert(N == 2, "jlrt::Array::from_rows builds matrices");
    size_t cols = ncols > 0 ? static_cast<size_t>(ncols) : 0;
    size_t rows = cols ? xs.size() / cols : 0;
    auto p = std::make_shared<Storage>();
    p->dims = {static_cast<int64_t>(rows), static_cast<int64_t>(cols)};
    p->data.resize(rows * cols);
    size_t k = 0;
    for (const T& x : xs) {
      if (k >= rows * cols) break;
      p->data[(k % cols) * rows + k / cols] = x;
      ++k;
    }
    return Array(std::move(p));
  }

  const Dims& dims() const { return p_->dims; }
  std::vector<T>& data() const { return p_->data; }
  int64_t length() const { return static_cast<int64_t>(p_->data.size()); }
  bool same(const Array& o) const { return p_ == o.p_; }

 private:
  struct Storage {
    Dims dims{};
    std::vector<T> data;
  };
  explicit Array(std::shared_ptr<Storage> p) : p_(std::move(p)) {}
  static int64_t count(const Dims& dims) {
    int64_t n = 1;
    for (int64_t d : dims) n *= d;  // array_dims checked that this does not overflow
    return n;
  }
  std::shared_ptr<Storage> p_;
};

template <class T, size_t N>
struct TypeInfo<Array<T, N>> {
  static std::string name() {
    if (N == 2) return "Matrix{" + TypeInfo<T>::name() + "}";
    return "Array{" + TypeInfo<T>::name() + ", " + std::to_string(N) + "}";
  }
};
template <class T, size_t N>
struct ImplicitEltype<Array<T, N>> : ImplicitEltype<T> {};

// The element type and number of dimensions of jlrt::Vector<T> and jlrt::Array<T, N>.
template <class A>
struct ArrayTraits;
template <class T>
struct ArrayTraits<Vector<T>> {
  using elem = T;
  static constexpr size_t ndims = 1;
};
template <class T, size_t N>
struct ArrayTraits<Array<T, N>> {
  using elem = T;
  static constexpr size_t ndims = N;
};

namespace detail {
// One dimension or index from an integer of any type; values beyond Int64 become `beyond`.
template <class I>
constexpr int64_t to_int64(I x, int64_t beyond) {
  static_assert(std::is_integral_v<I> && !std::is_same_v<I, bool>, "jlrt: array dimensions and indices are integers");
  if constexpr (std::is_unsigned_v<I>) {
    if (static_cast<uint64_t>(x) > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return beyond;
  }
  return static_cast<int64_t>(x);
}
[[noreturn]] inline void throw_invalid_dims() { throw_argument(String::from("invalid Array dimensions")); }
// Whether 1 <= i <= extent.
constexpr bool in_extent(int64_t i, int64_t extent) {
  return static_cast<uint64_t>(i) - 1u < static_cast<uint64_t>(extent);
}
// The extent the k-th of M indices ranges over (Julia's indexing of an N-dimensional
// array with M indices: the last index spans all remaining dimensions, indices past the
// dimensions range over 1).
template <size_t M, size_t N>
constexpr int64_t index_extent(const std::array<int64_t, N>& d, size_t k) {
  if (k + 1 < M || M >= N) return k < N ? d[k] : 1;
  int64_t e = 1;
  for (size_t j = k; j < N; ++j) e *= d[j];
  return e;
}
// The 0-based position of the element at indices `ix`, or -1 when they are out of bounds.
template <size_t N, size_t M>
inline int64_t array_offset(const std::array<int64_t, N>& d, int64_t length, const std::array<int64_t, M>& ix) {
  if constexpr (M == 1) {
    return in_extent(ix[0], length) ? ix[0] - 1 : -1;
  } else {
    int64_t off = 0, stride = 1;
    for (size_t k = 0; k < M; ++k) {
      int64_t e = index_extent<M>(d, k);
      if (!in_extent(ix[k], e)) return -1;
      off += (ix[k] - 1) * stride;
      stride *= e;
    }
    return off;
  }
}
// The same without checks (@inbounds): the indices are in bounds.
template <size_t N, size_t M>
inline size_t array_offset_unchecked(const std::array<int64_t, N>& d, const std::array<int64_t, M>& ix) {
  if constexpr (M == 1) {
    return static_cast<size_t>(ix[0] - 1);
  } else {
    size_t off = 0, stride = 1;
    for (size_t k = 0; k < M; ++k) {
      off += static_cast<size_t>(ix[k] - 1) * stride;
      stride *= static_cast<size_t>(index_extent<M>(d, k));
    }
    return off;
  }
}
template <class I>
std::string index_text(const I& i) {
  if constexpr (std::is_same_v<I, int64_t>) return formatInt(i);
  else return repr_text(i);
}
}  // namespace detail

// Dimensions from integers of any type: ArgumentError("invalid Array dimensions") when one
// is negative or their product does not fit in an Int64.
template <size_t N, class... D>
std::array<int64_t, N> array_dims(const D&... d) {
  static_assert(sizeof...(D) == N, "jlrt::array_dims: one integer per dimension");
  std::array<int64_t, N> dims{detail::to_int64(d, -1)...};
  int64_t n = 1;
  for (int64_t x : dims) {
    if (x < 0) detail::throw_invalid_dims();
    if (x != 0 && n > std::numeric_limits<int64_t>::max() / x) detail::throw_invalid_dims();
    n *= x;
  }
  return dims;
}

// Vector{T}/Array{T,N} (A) of the given dimensions with every element x: `fill(x, dims...)`,
// `zeros(T, dims...)`, `ones(...)` (Base's `_fill(x, T, dims)`).
template <class A, class... D>
A array_fill(const typename ArrayTraits<A>::elem& x, const std::tuple<D...>& dims) {
  static_assert(sizeof...(D) == ArrayTraits<A>::ndims, "jlrt::array_fill: one integer per dimension");
  auto d = std::apply([](const auto&... xs) { return array_dims<sizeof...(D)>(xs...); }, dims);
  if constexpr (ArrayTraits<A>::ndims == 1) return A::filled(d[0], x);
  else return A::filled(d, x);
}
// `Array{T,N}(undef, dims...)`, `similar(a)`: elements of T's default value (zero numbers,
// empty strings), where Julia leaves them undefined.
template <class A, class... D, std::enable_if_t<(std::is_integral_v<D> && ...), int> = 0>
A array_undef(const D&... dims) {
  return array_fill<A>(typename ArrayTraits<A>::elem{}, std::make_tuple(dims...));
}
template <class A, class... D>
A array_undef(const std::tuple<D...>& dims) {
  return array_fill<A>(typename ArrayTraits<A>::elem{}, dims);
}

// ---------------------------------------------------------------------------------------
// Queries.
template <class T, size_t N>
int64_t length(const Array<T, N>& a) { return a.length(); }
template <class T, size_t N>
bool isempty(const Array<T, N>& a) { return a.length() == 0; }
template <class T, size_t N>
constexpr int64_t ndims(const Array<T, N>&) { return static_cast<int64_t>(N); }
template <class T>
constexpr int64_t ndims(const Vector<T>&) { return 1; }
namespace detail {
template <class T, size_t N, size_t... Is>
auto size_tuple(const Array<T, N>& a, std::index_sequence<Is...>) {
  return std::make_tuple(a.dims()[Is]...);
}
template <class D>
int64_t size_dim(const int64_t* dims, size_t n, D d) {
  int64_t k = to_int64(d, std::numeric_limits<int64_t>::max());
  if (k < 1) throw_argument(String::from("dimension out of range"));
  return static_cast<uint64_t>(k) <= n ? dims[k - 1] : 1;
}
}  // namespace detail
// size(a): the dimensions as a tuple; size(a, d): one of them (1 beyond ndims).
template <class T, size_t N>
auto size(const Array<T, N>& a) { return detail::size_tuple(a, std::make_index_sequence<N>{}); }
template <class T, size_t N, class D>
int64_t size(const Array<T, N>& a, D d) { return detail::size_dim(a.dims().data(), N, d); }
template <class T>
std::tuple<int64_t> size(const Vector<T>& v) { return std::make_tuple(length(v)); }
template <class T, class D>
int64_t size(const Vector<T>& v, D d) {
  int64_t n = length(v);
  return detail::size_dim(&n, 1, d);
}
template <class T, size_t N, class D>
int64_t lastindex(const Array<T, N>& a, D d) { return size(a, d); }
template <class T, size_t N>
int64_t lastindex(const Array<T, N>& a) { return a.length(); }

// "2×3 Matrix{Int64}": the summary Julia's BoundsError and display print.
template <class T, size_t N>
std::string summary(const Array<T, N>& a) {
  std::string s;
  for (size_t k = 0; k < N; ++k) s += (k ? "\xC3\x97" : "") + formatInt(a.dims()[k]);  // U+00D7 ×
  return s + " " + TypeInfo<Array<T, N>>::name();
}

// ---------------------------------------------------------------------------------------
// Indexing: a[i...] with any number of integer indices.
namespace detail {
template <class T, size_t N, class... I>
[[noreturn]] __attribute__((noinline, cold)) void array_bounds_error(const Array<T, N>& a, const I&... i) {
  std::string index;
  ((index += (index.empty() ? "" : ", ") + index_text(i)), ...);
  throw_bounds_text(summary(a), index);
}
}  // namespace detail
template <class T, size_t N, class... I>
T getindex(const Array<T, N>& a, I... i) {
  static_assert(sizeof...(I) >= 1, "jlrt::getindex: at least one index");
  int64_t off = detail::array_offset(a.dims(), a.length(), std::array<int64_t, sizeof...(I)>{detail::to_int64(i, -1)...});
  if (off < 0) detail::array_bounds_error(a, i...);
  return a.data()[static_cast<size_t>(off)];
}
template <class T, size_t N, class X, class... I>
Array<T, N> setindex(const Array<T, N>& a, const X& x, I... i) {
  static_assert(sizeof...(I) >= 1, "jlrt::setindex: at least one index");
  int64_t off = detail::array_offset(a.dims(), a.length(), std::array<int64_t, sizeof...(I)>{detail::to_int64(i, -1)...});
  if (off < 0) detail::array_bounds_error(a, i...);
  a.data()[static_cast<size_t>(off)] = static_cast<T>(x);
  return a;
}
// @inbounds indexing (no check).
template <class T, size_t N, class... I>
T unsafe_getindex(const Array<T, N>& a, I... i) {
  return a.data()[detail::array_offset_unchecked(a.dims(), std::array<int64_t, sizeof...(I)>{static_cast<int64_t>(i)...})];
}
template <class T, size_t N, class X, class... I>
Array<T, N> unsafe_setindex(const Array<T, N>& a, const X& x, I... i) {
  a.data()[detail::array_offset_unchecked(a.dims(), std::array<int64_t, sizeof...(I)>{static_cast<int64_t>(i)...})] =
      static_cast<T>(x);
  return a;
}
template <class T, size_t N>
Exception make_bounds(const Array<T, N>& a) { return make_bounds_text(summary(a), ""); }
template <class T, size_t N, class I>
Exception make_bounds(const Array<T, N>& a, const I& i) { return make_bounds_text(summary(a), detail::index_text(i)); }

// ---------------------------------------------------------------------------------------
// Whole-array operations.
// fill!(a, x): every element x; returns a.
template <class T, size_t N, class X>
Array<T, N> fill(const Array<T, N>& a, const X& x) {
  for (auto&& e : a.data()) e = static_cast<T>(x);
  return a;
}
template <class T, class X>
Vector<T> fill(const Vector<T>& v, const X& x) {
  for (auto&& e : v.vec()) e = static_cast<T>(x);
  return v;
}
template <class T, size_t N>
Array<T, N> copy(const Array<T, N>& a) {
  Array<T, N> c = Array<T, N>::filled(a.dims(), T{});
  c.data() = a.data();
  return c;
}
// ==: same dimensions and equal elements.
template <class T, size_t N>
bool operator==(const Array<T, N>& a, const Array<T, N>& b) {
  if (a.dims() != b.dims()) return false;
  const auto& x = a.data();
  const auto& y = b.data();
  for (size_t k = 0; k < x.size(); ++k)
    if (!eq(static_cast<const T&>(x[k]), static_cast<const T&>(y[k]))) return false;
  return true;
}

// sum(a): Julia's `add_sum` accumulation, left to right from the first element (Bool and
// integers narrower than 64 bits accumulate as Int64/UInt64); an empty array sums to zero.
template <class T>
using sum_t = std::conditional_t<
    std::is_same_v<T, bool> || (std::is_integral_v<T> && std::is_signed_v<T> && sizeof(T) < 8), int64_t,
    std::conditional_t<std::is_integral_v<T> && std::is_unsigned_v<T> && sizeof(T) < 8, uint64_t, T>>;
namespace detail {
template <class T>
sum_t<T> sum_elems(const std::vector<T>& xs) {
  using R = sum_t<T>;
  if (xs.empty()) return R(0);
  R acc = static_cast<R>(xs[0]);
  for (size_t k = 1; k < xs.size(); ++k) acc = add(acc, static_cast<R>(xs[k]));
  return acc;
}
}  // namespace detail
template <class T, size_t N>
sum_t<T> sum(const Array<T, N>& a) { return detail::sum_elems(a.data()); }
template <class T>
sum_t<T> sum(const Vector<T>& v) { return detail::sum_elems(v.vec()); }

// Elementwise arithmetic with results of element type R (Julia's promotion, chosen by the
// compiler): a + b, a - b (DimensionMismatch unless the dimensions agree), -a, a * s, s * a,
// a / s.
namespace detail {
template <size_t N>
std::string dims_axes(const std::array<int64_t, N>& d) {
  std::string s = "(";
  for (size_t k = 0; k < N; ++k) s += (k ? ", Base.OneTo(" : "Base.OneTo(") + formatInt(d[k]) + ")";
  return s + ")";
}
template <size_t N>
void check_same_dims(const std::array<int64_t, N>& a, const std::array<int64_t, N>& b) {
  for (size_t k = 0; k < N; ++k)
    if (a[k] != b[k])
      throw_exception(make_dimension_mismatch(String::from("dimensions must match: a has dims " + dims_axes(a) +
                                                           ", b has dims " + dims_axes(b) + ", mismatch at " +
                                                           formatInt(static_cast<int64_t>(k + 1)))));
}
template <class R, class T, size_t N, class F>
Array<R, N> map_array(const Array<T, N>& a, F f) {
  Array<R, N> r = Array<R, N>::filled(a.dims(), R{});
  auto& out = r.data();
  const auto& in = a.data();
  for (size_t k = 0; k < in.size(); ++k) out[k] = f(static_cast<R>(static_cast<const T&>(in[k])), k);
  return r;
}
}  // namespace detail
template <class R, class T, class S, size_t N>
Array<R, N> add_arrays(const Array<T, N>& a, const Array<S, N>& b) {
  detail::check_same_dims(a.dims(), b.dims());
  const auto& y = b.data();
  return detail::map_array<R>(a, [&y](R x, size_t k) { return add(x, static_cast<R>(static_cast<const S&>(y[k]))); });
}
template <class R, class T, class S, size_t N>
Array<R, N> sub_arrays(const Array<T, N>& a, const Array<S, N>& b) {
  detail::check_same_dims(a.dims(), b.dims());
  const auto& y = b.data();
  return detail::map_array<R>(a, [&y](R x, size_t k) { return sub(x, static_cast<R>(static_cast<const S&>(y[k]))); });
}
template <class R, class T, size_t N>
Array<R, N> neg_array(const Array<T, N>& a) {
  return detail::map_array<R>(a, [](R x, size_t) { return neg(x); });
}
template <class R, class T, class S, size_t N>
Array<R, N> mul_array_scalar(const Array<T, N>& a, S s) {
  R t = static_cast<R>(s);
  return detail::map_array<R>(a, [t](R x, size_t) { return mul(x, t); });
}
template <class R, class S, class T, size_t N>
Array<R, N> mul_scalar_array(S s, const Array<T, N>& a) {
  R t = static_cast<R>(s);
  return detail::map_array<R>(a, [t](R x, size_t) { return mul(t, x); });
}
template <class R, class T, class S, size_t N>
Array<R, N> div_array_scalar(const Array<T, N>& a, S s) {
  R t = static_cast<R>(s);
  return detail::map_array<R>(a, [t](R x, size_t) { return fdiv(x, t); });
}

// ---------------------------------------------------------------------------------------
// for x in a: the elements in memory (column-major) order.
template <class T, size_t N>
class EachOfArray {
 public:
  explicit EachOfArray(Array<T, N> a) : a_(std::move(a)) {}
  class iterator {
   public:
    iterator(const std::vector<T>* xs, size_t i) : xs_(xs), i_(i) {}
    T operator*() const { return (*xs_)[i_]; }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator&) const { return i_ < xs_->size(); }

   private:
    const std::vector<T>* xs_;
    size_t i_;
  };
  iterator begin() const { return iterator(&a_.data(), 0); }
  iterator end() const { return iterator(&a_.data(), 0); }

 private:
  Array<T, N> a_;
};
template <class T, size_t N>
EachOfArray<T, N> each(const Array<T, N>& a) { return EachOfArray<T, N>(a); }

// ---------------------------------------------------------------------------------------
// Printing (matrices; Julia's show of 3 or more dimensions is not implemented).
// show: `[11 12; 21 22]` with the eltype prefix rules of vectors; an empty matrix is its
// summary (`0×3 Matrix{Float64}`).
template <class T>
void show(IO& io, const Array<T, 2>& a) {
  int64_t rows = a.dims()[0], cols = a.dims()[1];
  if (rows == 0 || cols == 0) {
    io.write(summary(a));
    return;
  }
  constexpr bool implicit = ImplicitEltype<T>::value;
  if (!implicit) io.write(TypeInfo<T>::name());
  io.write('[');
  const auto& xs = a.data();
  for (int64_t r = 0; r < rows; ++r) {
    if (r) io.write("; ");
    for (int64_t c = 0; c < cols; ++c) {
      if (c) io.write(' ');
      const T& x = xs[static_cast<size_t>(c * rows + r)];
      if constexpr (implicit) show(io, x);
      else show_typed<T>(io, x);
    }
  }
  io.write(']');
}
// display: the summary, then the rows with Julia's column alignment (floats compact when
// there are several columns).
template <class T>
void display(IO& io, const Array<T, 2>& a) {
  io.write(summary(a));
  if (a.length() == 0) {
    io.write('\n');
    return;
  }
  io.write(":\n");
  int64_t cols = a.dims()[1];
  io.write(layout_matrix(detail::element_texts(a.data(), cols > 1), {detail::align_of<T>()}, a.dims()[0], cols));
  io.write('\n');
}

}  // namespace jlrt
