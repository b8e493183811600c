// Lowering and type inference: turns the run-time top-level statements of a program (whose
// build-time statements the interpreter has already evaluated) and every method reachable
// from them into the typed IR of compiler/ir/ir.hpp. Dispatch, subtyping and generated
// functions go through the interpreter's TypeSystem and Interp, so the compiler and the
// interpreter agree on which method a call selects. See docs/compiler.md ("Lowering and
// inference") for what is supported and what is a build error.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <utility>
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
  // Run by the embedded interpreter at run time instead of compiled (docs/compiler.md,
  // "Statements run by the embedded interpreter"); the driver decides, from StatementOutcome.
  bool interpreted = false;
  // The call `main(ARGS)` that `@main` asks for after the top-level statements: its integer
  // result becomes the exit status; it never moves to the interpreter.
  bool callsMain = false;
};

// How inferring one compiled statement went.
struct StatementOutcome {
  bool failed = false;        // it (or a method it reached first) has errors
  bool onlyDynamic = true;    // ... and every one is NeedsInterpreter: it can run in the interpreter
};

struct InferResult {
  std::unique_ptr<ir::Program> program;  // always set; complete only when `errors` is empty
  std::vector<diag::Diagnostic> errors;
  std::vector<StatementOutcome> statements;  // one per RuntimeStatement
};

struct InferOptions {
  // Globals (module, name) that compiled statements must not touch because interpreted
  // statements use them and compiled code cannot share their values with the interpreter.
  std::set<std::pair<interp::ModuleObj*, std::string>> interpreterOwnedGlobals;
};

// `in` has already evaluated every build-time statement (definitions, @eval code
// generation). Never throws: failures become diagnostics.
InferResult inferProgram(interp::Interp& in, const std::vector<RuntimeStatement>& stmts, const std::string& sourceFile,
                         const InferOptions& options = {});

// inferProgram, with the statements that fail only because they handle code as data
// (NeedsInterpreter) marked `interpreted` in `stmts` and left to the embedded interpreter,
// unless `allowInterpreter` is false (`jlcc build --no-interpreter`).
InferResult inferWithInterpreter(interp::Interp& in, std::vector<RuntimeStatement>& stmts, const std::string& sourceFile,
                                 bool allowInterpreter);

}  // namespace jl::types
