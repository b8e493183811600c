// Text form of the typed IR for `jlcc build --emit=lowered|typed` and for tests: one node
// per line, indented by nesting, e.g. `(call sub2ind_gen#1 (local dims) (const 1)) :: Int64`.
#pragma once

#include <string>

#include "interp/types.hpp"
#include "ir/ir.hpp"

namespace jl::ir {

// With `withTypes`, every value-producing node is followed by ` :: Type`.
std::string printProgram(const Program& p, interp::TypeSystem& types, bool withTypes);

}  // namespace jl::ir
