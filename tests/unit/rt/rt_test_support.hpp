// Helpers shared by the jlrt unit tests: the type and text of the jlrt::Exception a
// callable throws, and the printed form of a value.
#pragma once

#include <string>

#include "jlrt/jlrt.hpp"

namespace rt_test {

// "Type | showerror text" of the exception `f()` throws, or "no exception".
template <class F>
std::string errorText(F f) {
  try {
    f();
  } catch (const jlrt::Exception& e) {
    return e.type_name() + " | " + e.text();
  }
  return "no exception";
}

// `string(x)`.
template <class X>
std::string printed(const X& x) {
  return jlrt::string(x).str();
}

}  // namespace rt_test
