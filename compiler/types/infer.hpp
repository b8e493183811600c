// Lowering and type inference: turns the run-time top-level statements of a program (whose
// build-time statements the interpreter has already evaluated) and every method reachable
// from them into the typed IR of compiler/ir/ir.hpp. Dispatch, subtyping and generated
// functions go through the interpreter's TypeSystem and Interp, so the compiler and the
// interpreter agree on which method a call selects. See docs/compiler.md ("Lowering and
// inference") for what is supported and what is a build error.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostics.hpp"
#include "interp/interp.hpp"
#include "ir/ir.hpp"

namespace jl::types {

// One run-time top-level statement, in file order.
struct RuntimeStatement {
  jl::Value expr;                       // macro-expanded, hygiene-resolved
  jl::Value line;                       // its LineNumberNode (or nothing)
  interp::ModuleObj* module = nullptr;  // the module it runs in (Main when null)
  uint64_t world = ~0ull;               // Interp::world() when it was reached: dispatch sees
                                        // only methods defined before the statement
};

struct InferResult {
  std::unique_ptr<ir::Program> program;  // always set; complete only when `errors` is empty
  std::vector<diag::Diagnostic> errors;
};

// `in` has already evaluated every build-time statement (definitions, @eval code
// generation). Never throws: failures become diagnostics.
InferResult inferProgram(interp::Interp& in, const std::vector<RuntimeStatement>& stmts, const std::string& sourceFile);

}  // namespace jl::types
