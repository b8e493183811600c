// Control-flow helpers for generated code: iteration over Int64 unit and step ranges
// (correct up to typemax, no overflow), index-based iteration over vectors and homogeneous
// tuples (Julia re-reads the length every step), `finally` blocks, and the guard that keeps
// Julia exceptions from escaping `extern "C"` (Base.@ccallable) functions.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <utility>

#include "jlrt/containers.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

// The normalized last element of lo:hi (max(hi, lo - 1), as UnitRange's constructor) and of
// lo:step:hi (the last element actually reached).
inline int64_t unitrange_last(int64_t lo, int64_t hi) { return hi >= lo ? hi : sub(lo, int64_t(1)); }
inline int64_t steprange_last(int64_t lo, int64_t step, int64_t hi) {
  if (step == 0) throw_argument(String::from("step cannot be zero"));
  if ((step > 0 && lo > hi) || (step < 0 && lo < hi)) return sub(lo, step);
  uint64_t span = step > 0 ? static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo)
                           : static_cast<uint64_t>(lo) - static_cast<uint64_t>(hi);
  uint64_t s = step > 0 ? static_cast<uint64_t>(step) : uint64_t(0) - static_cast<uint64_t>(step);
  uint64_t r = span % s;
  return step > 0 ? static_cast<int64_t>(static_cast<uint64_t>(hi) - r) : static_cast<int64_t>(static_cast<uint64_t>(hi) + r);
}

// for i in lo:hi
class UnitRange {
 public:
  UnitRange(int64_t lo, int64_t hi) : lo_(lo), hi_(hi) {}
  class iterator {
   public:
    iterator(int64_t v, bool done, int64_t last) : v_(v), done_(done), last_(last) {}
    int64_t operator*() const { return v_; }
    iterator& operator++() {
      if (v_ == last_) done_ = true;
      else ++v_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return done_ != o.done_; }

   private:
    int64_t v_;
    bool done_;
    int64_t last_;
  };
  iterator begin() const { return iterator(lo_, lo_ > hi_, hi_); }
  iterator end() const { return iterator(hi_, true, hi_); }

 private:
  int64_t lo_, hi_;
};

// for i in lo:step:hi (ArgumentError for a zero step, as Julia's StepRange).
class StepRange {
 public:
  StepRange(int64_t lo, int64_t step, int64_t hi) : lo_(lo), step_(step) {
    if (step == 0) throw_argument(String::from("step cannot be zero"));
    // Number of elements, computed without overflow.
    if ((step > 0 && lo > hi) || (step < 0 && lo < hi)) {
      n_ = 0;
    } else {
      uint64_t span = step > 0 ? static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo)
                               : static_cast<uint64_t>(lo) - static_cast<uint64_t>(hi);
      uint64_t s = step > 0 ? static_cast<uint64_t>(step) : uint64_t(0) - static_cast<uint64_t>(step);
      n_ = span / s + 1;  // span / s < 2^64 - 1 unless s == 1 and span == 2^64 - 1 (then n_ wraps to 0)
    }
  }
  class iterator {
   public:
    iterator(int64_t v, int64_t step, uint64_t left) : v_(v), step_(step), left_(left) {}
    int64_t operator*() const { return v_; }
    iterator& operator++() {
      --left_;
      if (left_) v_ = add(v_, step_);
      return *this;
    }
    bool operator!=(const iterator& o) const { return left_ != o.left_; }

   private:
    int64_t v_, step_;
    uint64_t left_;
  };
  iterator begin() const { return iterator(lo_, step_, n_); }
  iterator end() const { return iterator(lo_, step_, 0); }

 private:
  int64_t lo_, step_;
  uint64_t n_ = 0;
};

// for x in v (index based: elements pushed during the loop are visited, as in Julia).
template <class T>
class EachOf {
 public:
  explicit EachOf(Vector<T> v) : v_(std::move(v)) {}
  class iterator {
   public:
    iterator(const Vector<T>* v, size_t i) : v_(v), i_(i) {}
    T operator*() const { return v_->vec()[i_]; }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator&) const { return i_ < v_->vec().size(); }

   private:
    const Vector<T>* v_;
    size_t i_;
  };
  iterator begin() const { return iterator(&v_, 0); }
  iterator end() const { return iterator(&v_, 0); }

 private:
  Vector<T> v_;
};
template <class T>
EachOf<T> each(const Vector<T>& v) { return EachOf<T>(v); }
// for x in t (a homogeneous tuple).
template <class T, class... Ts>
std::array<T, 1 + sizeof...(Ts)> each(const std::tuple<T, Ts...>& t) {
  static_assert((std::is_same_v<T, Ts> && ...), "jlrt::each: tuple must be homogeneous");
  return std::apply([](const auto&... xs) { return std::array<T, 1 + sizeof...(Ts)>{xs...}; }, t);
}
inline std::array<Nothing, 0> each(const std::tuple<>&) { return {}; }

// try ... finally: runs the finally block when the scope is left in any way.
template <class F>
class Finally {
 public:
  explicit Finally(F f) : f_(std::move(f)) {}
  Finally(const Finally&) = delete;
  Finally& operator=(const Finally&) = delete;
  ~Finally() noexcept(false) { f_(); }

 private:
  F f_;
};

// Body of an exported (Base.@ccallable) function: a Julia exception cannot cross the C ABI,
// so it is reported as an uncaught error and the process exits with status 1.
template <class F>
auto c_entry(F&& f) noexcept -> decltype(f()) {
  try {
    return f();
  } catch (const Exception& e) {
    out().flush();
    std::fprintf(stderr, "ERROR: %s\n", e.text().c_str());
    std::exit(1);
  }
}

}  // namespace jlrt
