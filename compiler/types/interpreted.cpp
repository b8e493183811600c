// Which top-level statements run in the embedded interpreter (docs/compiler.md, "Statements
// run by the embedded interpreter"): inference is repeated, each round moving to the
// interpreter the statements that failed only because they handle code as data, until the
// rest compiles or a statement fails for another reason.
#include <functional>

#include "types/infer.hpp"

namespace jl::types {

namespace {
// Every symbol `ex` mentions, quoted code included.
void collectSymbols(const Value& ex, std::set<std::string>& out) {
  if (ex.isSymbol()) out.insert(ex.asSymbol().str());
  else if (ex.isObject(ObjKind::QuoteNode)) collectSymbols(ex.as<QuoteNodeObj>().value, out);
  else if (ex.isExpr())
    for (const Value& a : ex.as<ExprObj>().args) collectSymbols(a, out);
}

// Compiled globals named by interpreted statements whose values cannot be shared with the
// interpreter (a Vector, a struct): they become the interpreter's. Returns whether any was new.
bool claimUnshareableGlobals(interp::Interp& in, const std::vector<RuntimeStatement>& stmts, const ir::Program& prog,
                             InferOptions& options) {
  bool added = false;
  for (const RuntimeStatement& st : stmts) {
    if (!st.interpreted) continue;
    interp::ModuleObj* m = st.module ? st.module : in.main;
    std::set<std::string> names;
    collectSymbols(st.expr, names);
    for (const ir::Global& g : prog.globals) {
      if (g.module != m->fullName() || !names.count(g.name)) continue;
      if (ir::sharedWithInterpreter(in.types().show(g.type))) continue;
      added |= options.interpreterOwnedGlobals.insert({m, g.name}).second;
    }
  }
  return added;
}
}  // namespace

InferResult inferWithInterpreter(interp::Interp& in, std::vector<RuntimeStatement>& stmts, const std::string& sourceFile,
                                 bool allowInterpreter) {
  InferOptions options;
  // Each round moves at least one statement or claims one global, so this ends.
  for (;;) {
    InferResult r = inferProgram(in, stmts, sourceFile, options);
    if (!allowInterpreter) return r;
    if (r.errors.empty()) {
      if (!claimUnshareableGlobals(in, stmts, *r.program, options)) return r;
      continue;
    }
    bool moved = false;
    for (size_t k = 0; k < stmts.size() && k < r.statements.size(); ++k) {
      if (stmts[k].interpreted || stmts[k].callsMain || !r.statements[k].failed || !r.statements[k].onlyDynamic)
        continue;
      stmts[k].interpreted = true;
      moved = true;
    }
    if (!moved) return r;
  }
}

}  // namespace jl::types
