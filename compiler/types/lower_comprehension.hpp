// Comprehensions and generators in compiled code (docs/compiler.md, "Comprehensions"):
// `[f(x) for x in xs]`, `[x for x in xs if p(x)]`, `[i * j for i in 1:3, j in 1:2]` (an
// Array with one dimension per iteration spec), `[(i, j) for i in 1:3 for j in 1:i]`, and a
// generator as the only argument of sum/count/any/all/maximum/minimum. They are lowered
// into the loops `for` lowers to (lowerForSpec), with the element pushed into (or stored in,
// or reduced into) a result whose element type is the inferred type of the body.
#pragma once

#include <optional>

#include "types/infer_impl.hpp"

namespace jl::types {

// Whether `ex` is an Expr this file lowers (heads `comprehension`, `generator`, and the
// internal body marker of a comprehension loop).
bool isComprehensionExpr(const Value& ex);
// Lowers one of those (a bare generator that is not the argument of a reduction is a build
// error: compiled code has no Generator values).
NodePtr lowerComprehension(Inferencer& I, Body& b, const ExprObj& e);
// `sum(gen)`, `count(gen)`, `any(gen)`, `all(gen)`, `maximum(gen)`, `minimum(gen)` with `f`
// Base's function and a generator as the only argument: the reduction as a loop. Nothing for
// other calls.
std::optional<NodePtr> lowerGeneratorCall(Inferencer& I, Body& b, const Value& f, const ExprObj& e);

}  // namespace jl::types
