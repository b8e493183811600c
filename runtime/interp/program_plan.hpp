// The build-time / run-time split of a program (the program model of docs/compiler.md):
// every top-level statement is macro-expanded once, in order; definitions and statements
// that generate code (`eval`, `@eval`, `include`) are evaluated by the interpreter at
// build time; every other statement is kept, expanded, for compilation. Module bodies are
// split the same way (the module itself is created at build time).
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "interp/interp.hpp"

namespace jl::interp {

struct PlannedStatement {
  Value expr;  // macro-expanded, hygiene-resolved
  Value line;  // LineNumberNode of the statement
  ModuleObj* module = nullptr;
  // The interpreter's world counter when the statement was reached: the statement (and
  // everything it calls) sees only the methods defined before it.
  uint64_t world = ~0ull;
};

struct BuildPlan {
  std::vector<PlannedStatement> runtime;  // in file order
  std::vector<std::string> filesRead;     // the source and everything it included
  std::vector<diag::Diagnostic> errors;
};

// Whether an expanded top-level statement runs at build time.
bool isBuildTimeStatement(const Value& expanded);

// Parses `text`, expands and splits it; build-time statements are evaluated in `in`.
BuildPlan planProgram(Interp& in, const std::string& text, const std::string& filename);

}  // namespace jl::interp
