// Splitting a program into build-time and run-time statements.
#include "interp/program_plan.hpp"

#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
bool isHead(const Value& v, std::string_view h) { return v.isExpr() && v.as<ExprObj>().head.str() == h; }

// Is `f` the function named `n` (`n`, `Core.n`, `Base.n` or a GlobalRef to it)?
bool isNamed(const Value& f, std::string_view n) {
  if (f.isSymbol()) return f.asSymbol().str() == n;
  if (f.isObject(ObjKind::GlobalRef)) return f.as<GlobalRefObj>().name.str() == n;
  if (isHead(f, ".") && f.as<ExprObj>().args.size() == 2) {
    const Value& q = f.as<ExprObj>().args[1];
    return q.isObject(ObjKind::QuoteNode) && q.as<QuoteNodeObj>().value.isSymbol(n);
  }
  return false;
}

// Does the (unevaluated) code `ex` define something: a function, macro, type, const or module?
bool definesSomething(const Value& ex) {
  if (!ex.isExpr()) return false;
  const ExprObj& e = ex.as<ExprObj>();
  const std::string& h = e.head.str();
  if (h == "function" || h == "macro" || h == "struct" || h == "abstract" || h == "primitive" || h == "module" ||
      h == "const" || h == "macrocall" || h == "import" || h == "using")
    return true;
  if (h == "=" && !e.args.empty()) {
    const Value& lhs = e.args[0];
    return isHead(lhs, "call") || isHead(lhs, "where") ||
           (isHead(lhs, "::") && isHead(lhs.as<ExprObj>().args[0], "call"));
  }
  if (h == "block" || h == "toplevel" || h == "for" || h == "let" || h == "if" || h == "escape") {
    for (const Value& a : e.args)
      if (definesSomething(a)) return true;
  }
  return false;
}

// The code an `eval` argument denotes when it is literal: `quote ... end`, `:(...)`,
// `Meta.parse("...")`; nothing when it is computed at run time.
Value literalCode(const Value& arg) {
  if (isHead(arg, "quote") && !arg.as<ExprObj>().args.empty()) return arg.as<ExprObj>().args[0];
  if (arg.isObject(ObjKind::QuoteNode)) return arg.as<QuoteNodeObj>().value;
  if (isHead(arg, "call") && arg.as<ExprObj>().args.size() == 2 && isNamed(arg.as<ExprObj>().args[0], "parse") &&
      arg.as<ExprObj>().args[1].isString()) {
    syntax::ParseResult r = syntax::parseFile(arg.as<ExprObj>().args[1].as<StringObj>().data, {});
    if (r.ok()) return r.value;
  }
  return Value();
}

// Does `ex` generate code at build time: `include`, `@ccallable`, or `eval` of literal code
// that defines something (`@eval f(x::$T) = ...` in a loop)? `eval` of code built at run
// time (`eval(ex)`, `eval(Meta.parse(s))`) is an ordinary run-time call.
bool generatesCode(const Value& ex) {
  if (!ex.isExpr()) return false;
  const ExprObj& e = ex.as<ExprObj>();
  if (e.head.str() == "quote" || e.head.str() == "inert") return false;
  if (e.head.str() == "call" && !e.args.empty()) {
    const Value& f = e.args[0];
    if (isNamed(f, "include") || isNamed(f, "include_string") || isNamed(f, "_mark_ccallable")) return true;
    if (isNamed(f, "eval") && e.args.size() >= 2 && definesSomething(literalCode(e.args.back()))) return true;
  }
  for (const Value& a : e.args)
    if (generatesCode(a)) return true;
  return false;
}

diag::Location locationOf(const Value& lnn, const std::string& fallbackFile) {
  diag::Location loc;
  loc.file = fallbackFile;
  if (lnn.isObject(ObjKind::LineNumberNode)) {
    auto& l = lnn.as<LineNumberNodeObj>();
    loc.line = static_cast<int>(l.line);
    loc.col = 1;
    if (l.file.isSymbol()) loc.file = l.file.asSymbol().str();
  }
  return loc;
}
struct RuntimeGlobal {
  std::string name;
  ModuleObj* module;
  diag::Location where;
};

// Records the globals a run-time statement assigns (`x = ...`, `a, b = ...`).
void noteAssignedGlobals(const Value& ex, ModuleObj* m, const Value& line, std::vector<RuntimeGlobal>& out) {
  if (!isHead(ex, "=")) return;
  Value lhs = ex.as<ExprObj>().args[0];
  if (isHead(lhs, "::")) lhs = lhs.as<ExprObj>().args[0];
  std::vector<Value> names = isHead(lhs, "tuple") ? lhs.as<ExprObj>().args : std::vector<Value>{lhs};
  for (const Value& n : names)
    if (n.isSymbol()) out.push_back({n.asSymbol().str(), m, locationOf(line, "")});
}

// The run-time global an UndefVarError of a build-time statement names, if any.
const RuntimeGlobal* runtimeGlobalIn(Interp& in, const Value& exc, ModuleObj* m,
                                     const std::vector<RuntimeGlobal>& globals) {
  if (!exc.isObject(ObjKind::Struct)) return nullptr;
  if (in.types().show(in.types().typeOf(exc)) != "UndefVarError") return nullptr;
  const Value& var = exc.as<StructObj>().fields[0];
  if (!var.isSymbol()) return nullptr;
  for (const RuntimeGlobal& g : globals)
    if (g.name == var.asSymbol().str() && g.module == m) return &g;
  return nullptr;
}
}  // namespace

bool isBuildTimeStatement(const Value& ex) {
  if (!ex.isExpr()) return false;
  const std::string& h = ex.as<ExprObj>().head.str();
  if (h == "function" || h == "macro" || h == "struct" || h == "abstract" || h == "primitive" || h == "module" ||
      h == "import" || h == "using" || h == "export" || h == "const")
    return true;
  if (h == "=" && !ex.as<ExprObj>().args.empty()) {
    const Value& lhs = ex.as<ExprObj>().args[0];
    if (isHead(lhs, "call") || isHead(lhs, "where") || (isHead(lhs, "::") && isHead(lhs.as<ExprObj>().args[0], "call")))
      return true;
  }
  if (h == "hygienic-scope" || h == "block") {
    // A macro that expands to definitions only (e.g. @generated f(x) = ...).
    bool any = false;
    for (const Value& a : ex.as<ExprObj>().args) {
      if (a.isObject(ObjKind::LineNumberNode) || a.isObject(ObjKind::Module)) continue;
      if (!isBuildTimeStatement(a)) return generatesCode(ex);
      any = true;
    }
    if (any) return true;
  }
  return generatesCode(ex);
}

BuildPlan planProgram(Interp& in, const std::string& text, const std::string& filename) {
  BuildPlan plan;
  plan.filesRead.push_back(filename);
  syntax::ParseOptions po;
  po.filename = filename;
  syntax::ParseResult r = syntax::parseFile(text, po);
  if (!r.ok()) {
    plan.errors = r.errors;
    return plan;
  }
  Value line;
  // Statements in file order; `a; b` on one line is a nested :toplevel, taken apart so
  // each part is expanded (and, for definitions, evaluated) before the next.
  // A `module` is created at build time and its body taken apart the same way: its
  // definitions are evaluated in it, its other statements run in it at run time.
  struct Pending {
    Value stmt;
    ModuleObj* module;
  };
  std::vector<Pending> pending;
  std::vector<RuntimeGlobal> runtimeGlobals;
  auto push = [&](const std::vector<Value>& stmts, ModuleObj* m) {
    for (auto it = stmts.rbegin(); it != stmts.rend(); ++it) pending.push_back({*it, m});
  };
  push(r.value.as<ExprObj>().args, in.main);
  while (!pending.empty()) {
    Value stmt = pending.back().stmt;
    ModuleObj* mod = pending.back().module;
    pending.pop_back();
    if (stmt.isObject(ObjKind::LineNumberNode)) {
      line = stmt;
      continue;
    }
    if (isHead(stmt, "toplevel")) {
      push(stmt.as<ExprObj>().args, mod);
      continue;
    }
    try {
      if (isHead(stmt, "module") && stmt.as<ExprObj>().args.size() == 3 && isHead(stmt.as<ExprObj>().args[2], "block")) {
        ModuleObj* m = in.openModule(mod, stmt);
        push(stmt.as<ExprObj>().args[2].as<ExprObj>().args, m);
        continue;
      }
      Value expanded = in.macroexpand(mod, stmt, true);
      if (isBuildTimeStatement(expanded)) in.evalStatement(mod, expanded, line);
      else {
        plan.runtime.push_back({expanded, line, mod, in.world()});
        noteAssignedGlobals(expanded, mod, line, runtimeGlobals);
      }
    } catch (const JuliaError& err) {
      diag::Diagnostic d;
      d.kind = diag::Kind::UncaughtException;
      d.loc = locationOf(line, filename);
      std::string msg;
      try {
        auto* io = new IOObj(IOObj::Sink::Buffer);
        Value iov = Value::object(io);
        in.callBase("showerror", {iov, err.value});
        msg = io->buffer;
      } catch (const JuliaError&) {
        msg = in.repr(err.value);
      }
      d.message = "error during build-time evaluation: " + msg;
      if (const RuntimeGlobal* g = runtimeGlobalIn(in, err.value, mod, runtimeGlobals)) {
        // The statement runs at build time because it calls eval, but it reads a global
        // that only exists at run time.
        d.message = "this statement calls `eval`, so it runs at build time, but it reads `" + g->name +
                    "`, which is assigned at run time";
        diag::Diagnostic note;
        note.kind = diag::Kind::UncaughtException;
        note.severity = diag::Severity::Note;
        note.loc = g->where;
        note.message = "`" + g->name + "` is assigned here, by a run-time statement";
        diag::Diagnostic hint = note;
        hint.loc = {};
        hint.message = "code generation runs before any run-time statement; make `" + g->name +
                       "` a build-time `const`";
        plan.errors.push_back(d);
        plan.errors.back().notes = {note, hint};
        return plan;
      }
      for (const std::string& frame : err.trace) {
        diag::Diagnostic note;
        note.kind = diag::Kind::UncaughtException;
        note.severity = diag::Severity::Note;
        note.message = "in " + frame;
        d.notes.push_back(note);
        if (d.notes.size() >= 8) break;
      }
      plan.errors.push_back(std::move(d));
      return plan;
    }
  }
  return plan;
}

}  // namespace jl::interp
