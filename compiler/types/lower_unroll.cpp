// Unrolling of loops over heterogeneous tuples (lower_unroll.hpp).
#include "types/lower_unroll.hpp"

#include <functional>
#include <string>

namespace jl::types {

namespace {
const interp::Syms& S() { return interp::syms(); }

// Whether `ex` contains a `break` or `continue` that belongs to the loop being unrolled (not
// to a loop or function nested in it).
bool breaksOut(const Value& ex) {
  if (!ex.isExpr()) return false;
  const ExprObj& e = E(ex);
  if (e.head == S().break_ || e.head == S().continue_) return true;
  if (e.head == S().for_ || e.head == S().while_ || e.head == S().function || e.head == S().arrow ||
      e.head == S().quote)
    return false;
  for (const Value& a : e.args)
    if (breaksOut(a)) return true;
  return false;
}
}  // namespace

NodePtr unrollTupleLoop(Inferencer& I, Body& b, const std::vector<Value>& specs, size_t k, const Value& bodyEx,
                        NodePtr& iterable, std::vector<NodePtr>& pre) {
  TypeRef t = iterable->type;
  const auto& ps = t.as<interp::DataTypeObj>().params;
  bool mixed = false;
  for (const Value& p : ps) mixed = mixed || !sameType(p, ps[0]);
  if (!mixed) return nullptr;
  if (breaksOut(bodyEx))
    I.fail(b, diag::Kind::UnsupportedConstruct,
           "`break`/`continue` in a loop over " + I.showType(t) +
               " (its elements have different types, so compiled code unrolls the loop)",
           "make the tuple's elements one type, or run the program with `jlcc run`");
  const Value& var = E(specs[k]).args[0];
  NodePtr src = I.stash(b, iterable, pre);
  auto blk = I.mk(b, Op::Block, I.T.Nothing);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  pre.clear();
  for (size_t i = 0; i < ps.size(); ++i) {
    Scope scope;
    scope.parent = b.scope;
    b.scope = &scope;
    ++b.loopDepth;
    try {
      if (var.isSymbol()) {
        I.declare(b, scope, var.asSymbol());
      } else if (isHead(var, S().tuple)) {
        for (const Value& v : E(var).args)
          if (v.isSymbol()) I.declare(b, scope, v.asSymbol());
      }
      auto get = I.mk(b, Op::TupleGet, ps[i]);
      get->slot = static_cast<int>(i);
      get->kids.push_back(I.clonePure(b, *src));
      auto copy = I.mk(b, Op::Block, I.T.Nothing);
      copy->kids.push_back(I.lowerAssign(b, var, std::move(get), false));
      copy->kids.push_back(k + 1 < specs.size() ? I.lowerForSpec(b, specs, k + 1, bodyEx)
                                                : I.lowerBlockBody(b, bodyEx, false));
      blk->kids.push_back(std::move(copy));
    } catch (...) {
      b.scope = scope.parent;
      --b.loopDepth;
      throw;
    }
    b.scope = scope.parent;
    --b.loopDepth;
  }
  return blk;
}

}  // namespace jl::types
