// Lowering of the array forms that need more than a native call (docs/compiler.md,
// "Arrays"): matrix literals, `end` inside multi-dimensional indexing, the `Array{T,N}`
// constructors and `sum`/`eltype` of arrays. Free functions over the Inferencer, used by
// lower.cpp and lower_calls.cpp.
#pragma once

#include <optional>
#include <vector>

#include "types/infer_impl.hpp"

namespace jl::types {

// Calls lowered before dispatch (from Inferencer::callFunction): `sum(a)` of a numeric
// Vector or Array (Builtin `sum`, when Base's method is the one called), `eltype(a)` (a
// constant), `Array{T,N}(undef, dims...)`, `Array{T}(...)`, `Matrix{T}(...)`,
// `Vector{T}(...)` with dimensions as integers or one tuple (Builtin `_array_undef`), and
// `Vector{T}()`, and `eachindex(a)`/`axes(a, d)` (a `Base.OneTo` of length(a)/size(a, d)).
// Nothing when the call is not one of these.
std::optional<NodePtr> lowerArrayCall(Inferencer& I, Body& b, const FunctionObj& f, std::vector<NodePtr>& args);

// `[a b c]` (Expr head hcat), `[a b; c d]` and `[a; b]` (vcat, with or without rows) whose
// elements are not arrays: Builtin `hvcat` (first kid the number of columns, then the
// elements row by row, converted to the promoted element type) giving a Matrix, or `vect`
// for `[a; b]`.
NodePtr lowerConcat(Inferencer& I, Body& b, const ExprObj& e);

// The index arguments exs[1..] of `a[...]` (a `ref` Expr's args), lowered in order into
// `idx`. `end` inside them is `lastindex(a)` for one index and `lastindex(a, k)` in the
// k-th of several; `a` is then read through a temporary when it is not a pure node, and the
// statements computing the `end` values are appended to `pre`.
void lowerIndices(Inferencer& I, Body& b, const std::vector<Value>& exs, NodePtr& a, std::vector<NodePtr>& idx,
                  std::vector<NodePtr>& pre);

}  // namespace jl::types
