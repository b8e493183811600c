// The interpreter's public face: one `Interp` per process holds the modules (Core, Base,
// Main), the type system, budgets, and the entry points the driver and the natives use:
// evaluate top-level code, expand macros, call generic functions, raise Julia exceptions,
// register native (C++) methods, and print values the way Julia does.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "interp/objects.hpp"
#include "interp/types.hpp"

namespace jl::interp {

struct InterpOptions {
  uint64_t stepBudget = 0;   // evaluation steps allowed per build-time evaluation (0: none)
  int recursionLimit = 2000;  // nested calls before a StackOverflowError
  std::vector<std::string> programArgs;  // ARGS
  std::vector<std::string> includeDirs;  // where include() looks after the including file's folder
  bool muteOutput = false;  // drop writes to stdout and stderr (switch later with Interp::setMuted)
  // Files include() reads from memory instead of the disk, by the path include() resolved
  // (programs compiled with their sources embedded: runtime/embed).
  std::map<std::string, std::string> embeddedFiles;
};

using KwArgs = std::vector<std::pair<Symbol, Value>>;

class Interp {
 public:
  explicit Interp(InterpOptions opts = {});
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  TypeSystem& types() { return *types_; }
  const InterpOptions& options() const { return opts_; }
  ModuleObj* core = nullptr;
  ModuleObj* base = nullptr;
  ModuleObj* meta = nullptr;   // Base.Meta
  ModuleObj* main = nullptr;
  IOObj* out = nullptr;        // stdout
  IOObj* err = nullptr;        // stderr

  // --- running code ---
  // Runs a whole program as `julia FILE` does; prints an uncaught exception as Julia's
  // `ERROR: LoadError: ...` report on stderr. Returns the process exit status.
  int runProgram(std::string_view text, const std::string& filename);
  // Macro-expands and evaluates one top-level expression in module `m`.
  Value evalToplevel(ModuleObj* m, const Value& ex);
  // Evaluates a top-level expression that `macroexpand` has already expanded (so its
  // macros do not run a second time).
  Value evalExpanded(ModuleObj* m, const Value& expanded);
  // Evaluates an expanded top-level statement as `runProgram` does, from a top-level frame
  // at `line` (its LineNumberNode), so errors, `include` and `@__FILE__` see where it is.
  Value evalStatement(ModuleObj* m, const Value& expanded, const Value& line);
  // Parses and evaluates every statement of `text` in `m` (Base's prelude, include).
  Value includeString(ModuleObj* m, std::string_view text, const std::string& filename);
  // `macroexpand(m, ex; recursive)`.
  Value macroexpand(ModuleObj* m, const Value& ex, bool recursive);
  // Runs the generator `generatorBody` of method `m` (its @generated body, or the generated
  // branch of an `if @generated`) with the argument names bound to `argTypes` and the
  // `where` variables to `sparams`, in the world where `m` was defined; returns the
  // macro-expanded Expr it produced. Used by `invoke` and by the compiler.
  Value runGenerator(const Method& m, const Value& generatorBody, const std::vector<Value>& argTypes,
                     const std::vector<Value>& sparams);
  // Creates the module of `moduleExpr` (`(module std Name body)`) inside `parent` and binds
  // `Name` there, without evaluating the body: the compiler's build plan then evaluates the
  // body's definitions one by one (its other statements run in the compiled program).
  ModuleObj* openModule(ModuleObj* parent, const Value& moduleExpr);

  // `m.name = v` as a global assignment does it (constants, typed globals convert `v`).
  void setGlobal(ModuleObj* m, Symbol name, Value v);
  // While muted, writes to stdout and stderr are dropped (InterpOptions::muteOutput).
  void setMuted(bool muted);

  // --- world age ---
  // The world counter: every method definition advances it; a method sees the methods
  // whose `world` is at most the world its caller runs in.
  uint64_t world() const;
  // `f(args...)` with dispatch limited to methods defined at or before `world` (the
  // compiler's build-time folding of code that runs in that world).
  Value callInWorld(uint64_t world, const Value& f, Args args);

  // --- calls ---
  Value call(const Value& f, Args args);
  Value call(const Value& f, Args args, const KwArgs& kwargs);
  Value call(const Value& f, std::initializer_list<Value> args) { return call(f, Args(args.begin(), args.size())); }
  // Calls `Base.<name>(args...)`.
  Value callBase(std::string_view name, Args args);
  Value callBase(std::string_view name, std::initializer_list<Value> args) {
    return callBase(name, Args(args.begin(), args.size()));
  }
  // The value bound to `name` in Base (throws UndefVarError when absent).
  Value baseValue(std::string_view name);

  // --- exceptions (all throw JuliaError) ---
  [[noreturn]] void error(std::string message);  // ErrorException(message)
  // Constructs `Base.<typeName>(args...)` and throws it, e.g. throwNew("BoundsError", {a, i}).
  [[noreturn]] void throwNew(std::string_view typeName, std::vector<Value> args);
  [[noreturn]] void throwValue(Value exception);
  [[noreturn]] void methodError(const Value& f, Args args);

  // --- natives ---
  // Adds a method implemented in C++ to the generic function `name` in module `m`
  // (created when missing). `argTypes` are the declared types; with `varargs` the last
  // one is the element type of a trailing `xs::T...`.
  // CONSTRUCTORS: when `name` is bound to a type (e.g. "Int64", "Array", "Dict", "Regex"),
  // the native becomes a constructor method of that type: it matches calls of the type
  // and of any instantiation of it (`Vector{Int}(undef, 3)` reaches a native registered on
  // "Array"), `argTypes` lists only the call's arguments, and the native receives the
  // called type itself as args[0], followed by the arguments.
  void defNative(ModuleObj* m, std::string_view name, std::vector<Value> argTypes, NativeFn fn,
                 bool varargs = false);

  // --- printing (user-defined `show` methods are honoured) ---
  void show(IOObj& io, const Value& v);     // show(io, v)
  void print(IOObj& io, const Value& v);    // print(io, v)
  std::string repr(const Value& v);         // sprint(show, v)
  std::string toString(const Value& v);     // string(v)

  // --- values ---
  Value makeString(std::string s) { return jl::makeString(std::move(s)); }
  Value makeVector(Value elemType, std::vector<Value> elems);
  Value makeTuple(std::vector<Value> elems);
  Value makeSymbol(std::string_view s) { return Value::symbol(s); }
  // Julia `===` and `==` / `isequal`.
  bool identical(const Value& a, const Value& b);
  bool equals(const Value& a, const Value& b);      // `==` (calls user methods)
  bool isTruthy(const Value& cond);                 // Bool, else TypeError
  // Julia `hash`-compatible identity for Dict/Set keys: equal for isequal values.
  std::string keyFingerprint(const Value& v);

  // Every file `include` has read so far (for depfiles).
  const std::vector<std::string>& includedFiles() const;

  // Functions marked with Base.@ccallable, with the argument types of the exported method.
  struct CCallable {
    Value function;
    std::vector<Value> argTypes;
  };
  std::vector<CCallable> ccallables;

  // Shared internals (eval.cpp, macroexpand.cpp, natives); not for the driver.
  struct Impl;
  Impl& impl() { return *impl_; }

 private:
  InterpOptions opts_;
  TypeSystem* types_ = nullptr;
  Impl* impl_ = nullptr;
};

// Registration functions of the native libraries, each in its own builtins_*.cpp.
void registerNumberBuiltins(Interp& in);
void registerStringBuiltins(Interp& in);
void registerRegexBuiltins(Interp& in);
void registerShowBuiltins(Interp& in);
void registerArrayBuiltins(Interp& in);
void registerCollectionBuiltins(Interp& in);
void registerReflectionBuiltins(Interp& in);

// The Julia sources of Base shipped with jlcc (runtime/interp/base/*.jl), in load order.
struct PreludeFile {
  const char* name;
  const char* text;
};
const std::vector<PreludeFile>& preludeFiles();

}  // namespace jl::interp
