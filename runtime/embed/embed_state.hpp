// Internals of jlcc_embed shared by embed.cpp and globals.cpp: the process's embedded
// interpreter and the conversion of the interpreter's exceptions into jlrt::Exception.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "interp/interp.hpp"
#include "interp/program_plan.hpp"
#include "jlrt/values.hpp"

namespace jlrt::embed::detail {

struct State {
  std::unique_ptr<jl::interp::Interp> interp;
  std::vector<jl::interp::PlannedStatement> statements;  // the build plan's run-time part
};
State& state();

// The started interpreter; throws a jlrt::Exception when start() has not run.
jl::interp::Interp& interp();

// Julia's `typeof(v)` printed ("Int64", "Vector{Any}").
std::string typeName(jl::interp::Interp& in, const jl::Value& v);

// A Julia exception as jlrt::Exception: its type name, showerror text and `msg` field.
jlrt::Exception toException(jl::interp::Interp& in, const jl::Value& exc);

// The exception being handled (inside a catch block) as a jlrt::Exception.
jlrt::Exception fromCurrentException();

// Calls `f()`, turning every exception of the interpreter (JuliaError, TypeOpError, C++
// library errors) into a jlrt::Exception.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
  try {
    return std::forward<F>(f)();
  } catch (const jlrt::Exception&) {
    throw;
  } catch (...) {
    throw fromCurrentException();
  }
}

}  // namespace jlrt::embed::detail
