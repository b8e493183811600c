// jlrt::embed::start and run: replays a compiled program's build plan in the embedded
// interpreter and evaluates its run-time statements there; the conversion of the
// interpreter's exceptions into jlrt::Exception (include/jlrt/embed.hpp).
#include "jlrt/embed.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <new>
#include <string>

#include "diag/diagnostics.hpp"
#include "embed/embed_state.hpp"
#include "jlrt/print.hpp"

namespace jlrt::embed {

using jl::Value;
using jl::interp::Interp;

namespace detail {

State& state() {
  // Never destroyed: the interpreter's objects may outlive static destruction (exit()).
  static State* s = new State;
  return *s;
}

Interp& interp() {
  State& s = state();
  if (!s.interp) throw jlrt::Exception("ErrorException", "the embedded interpreter was not started (jlrt::embed::start)");
  return *s.interp;
}

std::string typeName(Interp& in, const Value& v) { return in.types().show(in.types().typeOf(v)); }

namespace {
// `sprint(showerror, exc)`, falling back to `repr(exc)` and then to its type's name.
std::string showerrorText(Interp& in, const Value& exc) {
  try {
    auto* io = new jl::interp::IOObj(jl::interp::IOObj::Sink::Buffer);
    Value iov = Value::object(io);
    in.callBase("showerror", {iov, exc});
    return io->buffer;
  } catch (...) {
  }
  try {
    return in.repr(exc);
  } catch (...) {
  }
  return typeName(in, exc);
}

// The String in the `msg` field of an exception struct, or nullptr.
const Value* msgField(const Value& exc) {
  if (!exc.isObject(jl::ObjKind::Struct)) return nullptr;
  const auto& s = exc.as<jl::interp::StructObj>();
  if (!s.type.isObject(jl::ObjKind::Type)) return nullptr;
  const auto& t = s.type.as<jl::interp::TypeObj>();
  if (t.tkind != jl::interp::TypeKind::DataType) return nullptr;
  const jl::interp::TypeName* tn = static_cast<const jl::interp::DataTypeObj&>(t).tname;
  if (!tn) return nullptr;
  for (size_t i = 0; i < tn->fieldNames.size() && i < s.fields.size(); ++i)
    if (tn->fieldNames[i].str() == "msg" && s.isDefined(i) && s.fields[i].isString()) return &s.fields[i];
  return nullptr;
}
}  // namespace

jlrt::Exception toException(Interp& in, const Value& exc) {
  std::string type = typeName(in, exc);
  std::string text = showerrorText(in, exc);
  if (const Value* msg = msgField(exc))
    return jlrt::Exception(type, text, jlrt::String(msg->as<jl::StringObj>().data));
  return jlrt::Exception(type, text);
}

jlrt::Exception fromCurrentException() {
  const std::string internal = "internal error in the embedded interpreter: ";
  try {
    throw;
  } catch (const jlrt::Exception& e) {
    return e;
  } catch (const jl::interp::JuliaError& e) {
    if (state().interp) return toException(*state().interp, e.value);
    return jlrt::Exception("ErrorException", internal + "a Julia exception without an interpreter");
  } catch (const jl::interp::TypeOpError& e) {
    return jlrt::Exception("ErrorException", e.message, jlrt::String(e.message));
  } catch (const std::bad_alloc&) {
    return jlrt::Exception("OutOfMemoryError", "OutOfMemoryError()");
  } catch (const std::exception& e) {
    return jlrt::Exception("ErrorException", internal + e.what());
  } catch (...) {
    return jlrt::Exception("ErrorException", internal + "an unknown C++ exception");
  }
}

}  // namespace detail

namespace {
[[noreturn]] void fail(const std::string& why) {
  jlrt::out().flush();
  std::fflush(stdout);
  std::string text = "jlcc embedded interpreter: " + why;
  if (text.back() != '\n') text += '\n';
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
  std::exit(1);
}

jl::interp::InterpOptions optionsOf(const Image& image, int argc, char** argv) {
  jl::interp::InterpOptions o;
  o.stepBudget = image.stepBudget;
  o.muteOutput = true;
  for (int i = 1; i < argc; ++i) o.programArgs.emplace_back(argv[i]);
  for (std::size_t i = 0; i < image.includeDirCount; ++i) o.includeDirs.emplace_back(image.includeDirs[i]);
  for (std::size_t i = 1; i < image.fileCount; ++i)
    o.embeddedFiles[image.files[i].path] = std::string(image.files[i].text, image.files[i].size);
  return o;
}

// The build plan's errors, each with the source line of the embedded file it is in.
std::string renderErrors(const Image& image, const std::vector<jl::diag::Diagnostic>& errors) {
  std::string out;
  for (const jl::diag::Diagnostic& d : errors) {
    std::string_view source;
    for (std::size_t i = 0; i < image.fileCount; ++i)
      if (d.loc.file == image.files[i].path) source = std::string_view(image.files[i].text, image.files[i].size);
    out += jl::diag::render(d, source);
  }
  return out;
}

// Replays the build plan in a new interpreter; returns its run-time statements.
std::vector<jl::interp::PlannedStatement> replay(const Image& image, int argc, char** argv) {
  detail::State& s = detail::state();
  s.statements.clear();
  s.interp.reset();  // before the new one: the newest interpreter owns the Expr printer
  s.interp = std::make_unique<Interp>(optionsOf(image, argc, argv));
  const SourceFile& main = image.files[0];
  jl::interp::BuildPlan plan = jl::interp::planProgram(*s.interp, std::string(main.text, main.size), main.path);
  std::fflush(stdout);
  s.interp->setMuted(false);
  if (!plan.errors.empty()) fail("replaying the program's build-time code failed:\n" + renderErrors(image, plan.errors));
  return std::move(plan.runtime);
}
}  // namespace

void start(const Image& image, int argc, char** argv) {
  if (!image.files || image.fileCount == 0) fail("the program image has no source files");
  std::vector<jl::interp::PlannedStatement> statements;
  try {
    statements = replay(image, argc, argv);
  } catch (...) {
    fail("replaying the program's build-time code failed: " + detail::fromCurrentException().text());
  }
  if (statements.size() != image.statementCount)
    fail("the program's build plan has " + std::to_string(statements.size()) + " run-time statements, but " +
         std::to_string(image.statementCount) + " were compiled (was it built from other sources?)");
  detail::state().statements = std::move(statements);
}

void run(std::size_t statement) {
  jlrt::out().flush();
  detail::State& s = detail::state();
  Interp& in = detail::interp();
  if (statement >= s.statements.size())
    throw jlrt::Exception("ErrorException", "the embedded interpreter has no run-time statement " +
                                                std::to_string(statement) + " (it has " +
                                                std::to_string(s.statements.size()) + ")");
  const jl::interp::PlannedStatement& st = s.statements[statement];
  struct FlushAfter {
    ~FlushAfter() { std::fflush(stdout); }
  } flushAfter;
  detail::guarded([&] { in.evalStatement(st.module, st.expr, st.line); });
}

}  // namespace jlrt::embed
