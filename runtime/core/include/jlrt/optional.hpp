// jlrt::Optional<T>: the C++ representation of the Julia type `Union{Nothing, T}` for the
// natives whose result is "a T or nothing" (`match(r, s)` -> `Union{Nothing, RegexMatch}`,
// the captures of a RegexMatch). `x === nothing` compiles to `x.is_nothing()`; reading a
// field of the value unwraps it (Julia's FieldError when it is nothing).
// Printing shows `nothing` or the value; TypeInfo is Julia's `Union{Nothing, T}`. C++17.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "jlrt/errors.hpp"
#include "jlrt/print.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

template <class T>
class Optional {
 public:
  Optional() = default;  // nothing
  Optional(Nothing) {}   // NOLINT: implicit, as Julia converts `nothing`
  Optional(T x) : v_(std::move(x)) {}  // NOLINT: implicit
  bool is_nothing() const { return !v_.has_value(); }
  bool has_value() const { return v_.has_value(); }
  // The value for reading its field `field`; when it is nothing, Julia's FieldError
  // (`FieldError: type Nothing has no field `match``).
  const T& value(const char* field) const {
    if (!v_)
      throw_exception(make_user("FieldError", std::string("FieldError: type Nothing has no field `") + field + "`"));
    return *v_;
  }
  // The value as the argument of a call that has no method for `nothing`: when it is
  // nothing, a MethodError whose showerror text is `text`.
  const T& value_or_method_error(const String& text) const {
    if (!v_) throw_exception(make_user("MethodError", text.str()));
    return *v_;
  }
  const T& value() const {
    if (!v_) throw_error(String::from("expected a value, got nothing"));
    return *v_;
  }

 private:
  std::optional<T> v_;
};

template <class T>
bool isnothing(const Optional<T>& x) { return x.is_nothing(); }

template <class T>
struct TypeInfo<Optional<T>> {
  static std::string name() { return "Union{Nothing, " + TypeInfo<T>::name() + "}"; }
};

template <class T>
void show(IO& io, const Optional<T>& x) {
  if (x.is_nothing()) io.write("nothing");
  else show(io, x.value());
}
template <class T>
void print(IO& io, const Optional<T>& x) {
  if (x.is_nothing()) io.write("nothing");
  else print(io, x.value());
}
// `===`: both nothing, or both values and egal (Strings compare by content as Julia does).
template <class T>
bool egal(const Optional<T>& a, const Optional<T>& b) {
  if (a.is_nothing() || b.is_nothing()) return a.is_nothing() && b.is_nothing();
  if constexpr (std::is_same_v<T, String>) return a.value() == b.value();
  else return egal(a.value(), b.value());
}
// `==` (Julia: `nothing == nothing` is true, `nothing == x` false).
template <class T>
bool eq(const Optional<T>& a, const Optional<T>& b) {
  if (a.is_nothing() || b.is_nothing()) return a.is_nothing() && b.is_nothing();
  if constexpr (std::is_same_v<T, String>) return a.value() == b.value();
  else return eq(a.value(), b.value());
}

}  // namespace jlrt
