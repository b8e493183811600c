// Loops over a tuple whose elements have different types (`for (T, x) in ((Int64, 1.5),
// (Int8, 300))`): unrolled, one copy of the body per element, each with its own loop
// variable of that element's type. Free functions over the Inferencer, used by lower.cpp.
#pragma once

#include <vector>

#include "types/infer_impl.hpp"

namespace jl::types {

// `for var in iterable` (spec k of `specs`, body `bodyEx`) where `iterable` is a lowered
// tuple: when its element types differ, the unrolled loop (a Block: `pre`, then per element
// a scope binding `var` to the element and the body); nullptr for a homogeneous tuple. A
// `break`/`continue` of this loop in the body is an UnsupportedConstruct error.
NodePtr unrollTupleLoop(Inferencer& I, Body& b, const std::vector<Value>& specs, size_t k, const Value& bodyEx,
                        NodePtr& iterable, std::vector<NodePtr>& pre);

}  // namespace jl::types
