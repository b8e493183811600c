// jlrt exceptions: constructors with Julia's showerror text for Base's exception types and
// the throw helpers used by header-only code. C++17.
#include "jlrt/jlrt.hpp"

namespace jlrt {

Exception make_error(String msg) { return Exception("ErrorException", msg.str(), msg); }
Exception make_assertion(String msg) { return Exception("AssertionError", "AssertionError: " + msg.str(), msg); }
Exception make_argument(String msg) { return Exception("ArgumentError", "ArgumentError: " + msg.str(), msg); }
Exception make_overflow(String msg) { return Exception("OverflowError", "OverflowError: " + msg.str(), msg); }
Exception make_dimension_mismatch(String msg) {
  return Exception("DimensionMismatch", "DimensionMismatch: " + msg.str(), msg);
}
Exception make_bounds() { return Exception("BoundsError", "BoundsError"); }
Exception make_divide() { return Exception("DivideError", "DivideError: integer division error"); }
Exception make_undefref() { return Exception("UndefRefError", "UndefRefError: access to undefined reference"); }
Exception make_stackoverflow() { return Exception("StackOverflowError", "StackOverflowError:"); }

Exception make_bounds_text(const std::string& what, const std::string& index) {
  std::string text = "BoundsError: attempt to access " + what;
  if (!index.empty()) text += " at index [" + index + "]";
  return Exception("BoundsError", text);
}
Exception make_domain_text(const std::string& val_repr, const std::string& msg) {
  std::string text = "DomainError with " + val_repr;
  if (!msg.empty()) text += ":\n" + msg;
  return Exception("DomainError", text, String::from(msg));
}
Exception make_inexact_text(const std::string& func, const std::string& type, const std::string& val_repr) {
  return Exception("InexactError", "InexactError: " + func + "(" + type + ", " + val_repr + ")");
}
Exception make_key_text(const std::string& key_repr) {
  return Exception("KeyError", "KeyError: key " + key_repr + " not found");
}
Exception make_string_index(const std::string& index) {
  return Exception("StringIndexError", "StringIndexError: invalid index [" + index + "]");
}
Exception make_type_error_text(const std::string& text) { return Exception("TypeError", text); }
Exception make_user(const std::string& type, const std::string& text) { return Exception(type, text); }

void throw_exception(Exception e) { throw e; }
void throw_error(String msg) { throw make_error(std::move(msg)); }
void throw_assertion(String msg) { throw make_assertion(std::move(msg)); }
void throw_argument(String msg) { throw make_argument(std::move(msg)); }
void throw_divide() { throw make_divide(); }
void throw_bounds_text(const std::string& what, const std::string& index) { throw make_bounds_text(what, index); }
void throw_domain_text(const std::string& val_repr, const std::string& msg) { throw make_domain_text(val_repr, msg); }
void throw_inexact_text(const std::string& func, const std::string& type, const std::string& val_repr) {
  throw make_inexact_text(func, type, val_repr);
}

namespace detail {
void throw_int_negative_power(const std::string& p, const std::string& negp, const std::string& pf) {
  throw_domain_text(p, "Cannot raise an integer x to a negative power " + p + ".\nMake x or " + p +
                           " a float by adding a zero decimal (e.g., 2.0^" + p + " or 2^" + pf + " instead of 2^" + p +
                           ")or write 1/x^" + negp + ", float(x)^" + p + ", x^float(" + p + ") or (x//1)^" + p + ".");
}
void throw_complex_pow(const std::string& xrepr) {
  throw_domain_text(xrepr,
                    "Exponentiation yielding a complex result requires a complex argument.\nReplace x^y with "
                    "(x+0im)^y, Complex(x)^y, or similar.");
}
void throw_complex_domain(const std::string& xrepr, const char* f) {
  std::string n = f;
  throw_domain_text(xrepr, n + " was called with a negative real argument but will only return a complex result if "
                               "called with a complex argument. Try " + n + "(Complex(x)).");
}
void throw_math_domain(const std::string& xrepr, const std::string& msg) { throw_domain_text(xrepr, msg); }
}  // namespace detail

}  // namespace jlrt
