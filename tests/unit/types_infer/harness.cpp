// Build/run split for the compiler/types tests (mirrors the driver's rules).
#include "harness.hpp"

#include "interp/impl.hpp"
#include "syntax/parser.hpp"

namespace jl::types::testing {

namespace {
bool mentionsEval(const Value& v) {
  if (v.isSymbol()) return v.asSymbol().str() == "eval" || v.asSymbol().str() == "@eval";
  if (v.isObject(ObjKind::GlobalRef)) return v.as<interp::GlobalRefObj>().name.str() == "eval";
  if (!v.isExpr()) return false;
  auto& e = v.as<ExprObj>();
  if (e.head.str() == "quote" || e.head.str() == "inert") return false;
  for (const Value& a : e.args)
    if (mentionsEval(a)) return true;
  return false;
}

bool isBuildTime(const Value& ex) {
  if (!ex.isExpr()) return false;
  auto& e = ex.as<ExprObj>();
  const std::string& h = e.head.str();
  static const char* defs[] = {"function", "macro", "struct", "abstract", "primitive", "module", "const",
                               "import", "using", "export"};
  for (const char* d : defs)
    if (h == d) return true;
  if (h == "=" && e.args[0].isExpr()) {
    const std::string& lh = e.args[0].as<ExprObj>().head.str();
    if (lh == "call" || lh == "where") return true;
    if (lh == "::" && e.args[0].as<ExprObj>().args[0].isExpr() &&
        e.args[0].as<ExprObj>().args[0].as<ExprObj>().head.str() == "call")
      return true;
  }
  if (h == "toplevel") {
    for (const Value& a : e.args)
      if (isBuildTime(a)) return true;
  }
  return mentionsEval(ex);
}
}  // namespace

std::string Compiled::errorText() const {
  std::string s;
  for (auto& d : result.errors) s += diag::render(d);
  return s;
}

Compiled compile(const std::string& source, const std::string& file) {
  Compiled c;
  c.in = std::make_unique<interp::Interp>();
  interp::Interp& in = *c.in;
  syntax::ParseOptions po;
  po.filename = file;
  auto r = syntax::parseFile(source, po);
  std::vector<RuntimeStatement> stmts;
  Value line;
  for (const Value& stmt : r.value.as<ExprObj>().args) {
    if (stmt.isObject(ObjKind::LineNumberNode)) {
      line = stmt;
      continue;
    }
    Value ex = in.macroexpand(in.main, stmt, true);
    if (isBuildTime(ex)) {
      in.evalExpanded(in.main, ex);
    } else {
      stmts.push_back({ex, line, in.main, in.world(), false});
    }
  }
  c.result = inferProgram(in, stmts, file);
  return c;
}

std::vector<const ir::MethodInstance*> instancesOf(const ir::Program& p, const std::string& name) {
  std::vector<const ir::MethodInstance*> out;
  for (auto& mi : p.instances)
    if (mi->juliaName == name) out.push_back(mi.get());
  return out;
}

bool containsOp(const ir::Node& n, ir::Op op) {
  if (n.op == op) return true;
  for (auto& k : n.kids)
    if (k && containsOp(*k, op)) return true;
  return false;
}

}  // namespace jl::types::testing
