// Running a whole program as `julia FILE` does: parse, evaluate each top-level statement in
// Main in order, then call `main(ARGS)` when `@main` defined one; an uncaught exception is
// reported the way Julia reports it (`ERROR: LoadError: ...`, a stack trace, and the
// statement it started from) and gives exit status 1.
#include <cstdio>

#include "interp/impl.hpp"
#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
std::string errorMessage(Interp& in, const Value& exc) {
  auto* io = new IOObj(IOObj::Sink::Buffer);
  Value iov = Value::object(io);
  try {
    in.callBase("showerror", {iov, exc});
    return io->buffer;
  } catch (const JuliaError&) {
    return in.types().show(in.types().typeOf(exc));
  }
}

void reportUncaught(Interp& in, const JuliaError& err, const std::string& where) {
  std::string text = "ERROR: LoadError: " + errorMessage(in, err.value) + "\nStacktrace:\n";
  int n = 1;
  for (const std::string& frame : err.trace) {
    size_t at = frame.find(" @ ");
    text += " [" + std::to_string(n++) + "] " + (at == std::string::npos ? frame : frame.substr(0, at)) + "\n";
    if (at != std::string::npos) text += "   @ " + frame.substr(at + 3) + "\n";
  }
  if (!where.empty()) text += "in expression starting at " + where + "\n";
  std::fflush(stdout);
  std::fputs(text.c_str(), stderr);
}
}  // namespace

int Interp::runProgram(std::string_view text, const std::string& filename) {
  syntax::ParseOptions po;
  po.filename = filename;
  syntax::ParseResult r = syntax::parseFile(text, po);
  if (!r.ok()) {
    for (const auto& d : r.errors) std::fputs(diag::render(d, text).c_str(), stderr);
    return 1;
  }
  Value lineNode;
  for (const Value& stmt : r.value.as<ExprObj>().args) {
    if (stmt.isObject(ObjKind::LineNumberNode)) {
      lineNode = stmt;
      continue;
    }
    Frame top;
    top.module = main;
    top.line = lineNode;
    impl_->frame = &top;
    try {
      evalToplevel(main, stmt);
    } catch (const JuliaError& err) {
      impl_->frame = nullptr;
      reportUncaught(*this, err, impl_->describeLine(lineNode));
      std::fflush(stdout);
      return 1;
    }
    impl_->frame = nullptr;
  }
  // `@main`: call main(ARGS) after the top-level statements.
  if (ModuleObj* m = impl_->mainDeclaredIn) {
    Frame top;
    top.module = m;
    top.line = lineNode;
    impl_->frame = &top;
    try {
      Value result = call(impl_->globalValue(m, Symbol("main")), {impl_->globalValue(base, Symbol("ARGS"))});
      impl_->frame = nullptr;
      std::fflush(stdout);
      if (result.isInteger()) return static_cast<int>(result.toInt128() & 0xff);
    } catch (const JuliaError& err) {
      impl_->frame = nullptr;
      reportUncaught(*this, err, "");
      return 1;
    }
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace jl::interp
