// Test harness for compiler/types: splits a program into build-time statements (evaluated
// in the interpreter) and run-time statements (given to inferProgram), the way the driver
// does, and helpers to inspect the resulting IR.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "interp/interp.hpp"
#include "types/infer.hpp"

namespace jl::types::testing {

struct Compiled {
  std::unique_ptr<interp::Interp> in;
  InferResult result;
  std::string errorText() const;  // all diagnostics, rendered
};

// Parses `source`, evaluates definitions and @eval code in a fresh interpreter, infers the rest.
Compiled compile(const std::string& source, const std::string& file = "test.jl");

// Instances of the Julia function `name`, in discovery order.
std::vector<const ir::MethodInstance*> instancesOf(const ir::Program& p, const std::string& name);
// Whether the subtree contains a node with this op.
bool containsOp(const ir::Node& n, ir::Op op);

}  // namespace jl::types::testing
