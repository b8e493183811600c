// Raising Julia exceptions from generated code and the runtime: constructors of
// jlrt::Exception with Julia's `showerror` text for each Base exception type, and the
// `throw_*` helpers the header-only arithmetic and indexing use. Defined in errors.cpp;
// templates that need `repr` of a value are in print.hpp.
#pragma once

#include <cstdlib>

#include <cstdint>
#include <string>

#include "jlrt/values.hpp"

namespace jlrt {

// Julia's number formatting (runtime/core/format.hpp, shared with the interpreter);
// redeclared here so generated code needs only runtime/core/include on its include path.
std::string formatFloat64(double x);
std::string formatFloat32(float x);
std::string formatFloat32Print(float x);
std::string formatInt(int64_t x);
std::string formatUInt(uint64_t x);

// Exceptions of Base's types, with Julia's showerror text.
Exception make_error(String msg);                    // ErrorException: msg
Exception make_assertion(String msg);                // AssertionError: msg
Exception make_argument(String msg);                 // ArgumentError: msg
Exception make_overflow(String msg);                 // OverflowError: msg
Exception make_dimension_mismatch(String msg);       // DimensionMismatch: msg
Exception make_bounds();                             // BoundsError
Exception make_divide();                             // DivideError: integer division error
Exception make_undefref();                           // UndefRefError: access to undefined reference
Exception make_stackoverflow();                      // StackOverflowError:
// The text parts are already formatted: `what` is the summary of the array or the type of the
// accessed value ("3-element Vector{Int64}", "Tuple{Int64, Int64}"), `index` the repr of the
// index ("4" or "1, 2"); an empty index omits " at index [...]".
Exception make_bounds_text(const std::string& what, const std::string& index);
Exception make_domain_text(const std::string& val_repr, const std::string& msg);
Exception make_inexact_text(const std::string& func, const std::string& type, const std::string& val_repr);
Exception make_key_text(const std::string& key_repr);
Exception make_string_index(const std::string& index);
Exception make_type_error_text(const std::string& text);
// An exception of a user-defined type: `text` is its showerror text (by default its `show`).
Exception make_user(const std::string& type, const std::string& text);

[[noreturn]] void throw_exception(Exception e);
// Marks the end of a generated function body that cannot be reached.
[[noreturn]] inline void unreachable() { std::abort(); }
[[noreturn]] void throw_error(String msg);
[[noreturn]] void throw_assertion(String msg);
[[noreturn]] void throw_argument(String msg);
[[noreturn]] void throw_divide();
[[noreturn]] void throw_bounds_text(const std::string& what, const std::string& index);
[[noreturn]] void throw_domain_text(const std::string& val_repr, const std::string& msg);
[[noreturn]] void throw_inexact_text(const std::string& func, const std::string& type, const std::string& val_repr);

// `error(msg)` as an expression: throws, "returns" any type for the C++ type checker.
template <class T = Nothing>
[[noreturn]] T error(String msg) {
  throw_error(std::move(msg));
}

}  // namespace jlrt
