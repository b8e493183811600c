// Internal state of the interpreter shared by interp.cpp, eval.cpp, define.cpp,
// macroexpand.cpp and the reflection builtins: lexical environments, call frames,
// well-known symbols, world age, budgets and the expansion-context stack.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/interp.hpp"

namespace jl::interp {

// A local scope: variables live in Boxes so closures share them by reference.
struct Env {
  std::shared_ptr<Env> parent;  // enclosing local scope; nullptr = the module's global scope
  std::vector<std::pair<const void*, Value>> vars;  // Symbol id -> BoxObj
  std::vector<const void*> globals;  // names declared `global` in this scope
  bool functionBoundary = false;     // outermost scope of a function/closure body
  bool objmodeBarrier = false;       // @objmode block: assignments never write outward
  bool toplevelThunk = false;        // a top-level statement's own scope: holds only `local`s

  BoxObj* findLocal(Symbol s) const {
    for (auto& [id, box] : vars)
      if (id == s.id()) return &box.asMut<BoxObj>();
    return nullptr;
  }
  BoxObj& declare(Symbol s);
};
using EnvPtr = std::shared_ptr<Env>;
// Whether `env` is a local scope (not the module's global scope or a top-level thunk).
inline bool isLocalScope(const EnvPtr& env) { return env && !env->toplevelThunk; }

// One activation of a method (or of a top-level statement).
struct Frame {
  ModuleObj* module = nullptr;
  const Method* method = nullptr;
  Flow flow = Flow::Normal;
  Value returnValue;
  Value line;                // current LineNumberNode
  Value constructedType;     // the type `new` builds inside a constructor
  Frame* caller = nullptr;
  Args args;                 // the method's arguments, for stack traces
};

// Well-known symbols, interned once.
struct Syms {
  Symbol block, toplevel, call, assign, local, global, const_, if_, elseif, and_, or_, while_,
      for_, break_, continue_, return_, function, arrow, macro, struct_, abstract, primitive,
      module, import, using_, export_, quote, copyast, dollar, let, try_, tuple, vect, hcat,
      vcat, row, nrow, ncat, ref, curly, dot, dcolon, where, comparison, string, macrocall,
      generator, comprehension, typed_comprehension, filter, splat, kw, parameters, new_,
      escape, hygienic_scope, meta, inbounds, boundscheck, isdefined, generated, objmode,
      line, begin_, end_, colon, as, typed_hcat, typed_vcat, typed_ncat, inert, loopinfo,
      dotassign, lt_colon, gt_colon, eq3, doublecolon, subtype, var_, underscore, flatten,
      do_, outerref, nothing_, main_;
  Syms();
};
const Syms& syms();

struct Interp::Impl {
  explicit Impl(Interp& in) : in(in) {}
  Interp& in;
  uint64_t world = 1;         // incremented by every method definition
  uint64_t worldLimit = ~0ull;  // dispatch sees methods with world <= worldLimit
  int depth = 0;               // nested calls
  uint64_t steps = 0;          // steps taken in the current build-time evaluation
  int buildTimeDepth = 0;      // > 0 while running a macro body or generator
  uint64_t gensymCounter = 0;
  Frame* frame = nullptr;      // innermost frame
  std::vector<std::string> expansionStack;  // "macro @foo at x.jl:12", innermost last
  // Set by the compiler: remember which macro call each (hygiene-resolved) expansion came
  // from, so build errors can say "in expansion of macro @foo at x.jl:12". Entries keep
  // their Expr alive (pointers are never reused while recorded).
  bool recordExpansions = false;
  struct ExpansionSite {
    Value expr;          // the hygienic-scope, then the resolved expansion (kept alive)
    std::string macro;   // "@foo"
    Value source;        // LineNumberNode of the macro call
  };
  std::unordered_map<const Object*, ExpansionSite> scopeMacros;      // by hygienic-scope Expr
  std::unordered_map<const Object*, ExpansionSite> expansionSites;   // by resolved expansion
  std::vector<JuliaError> currentExceptions;
  std::vector<std::string> filesRead;
  ModuleObj* mainDeclaredIn = nullptr;  // set by `@main`  // every file `include` read (for depfiles)  // being handled by `catch` blocks (rethrow)
  // `a[... end ...]`: the array and index position `end`/`begin` refer to, innermost last.
  struct IndexContext { Value array; size_t position; size_t count; };
  std::vector<IndexContext> indexContexts;

  // eval.cpp
  Value eval(const Value& ex, EnvPtr& env, Frame& fr);
  Value evalBody(const Value& ex, EnvPtr& env, Frame& fr);  // block in the current scope
  Value lookup(Symbol s, const EnvPtr& env, ModuleObj* m);
  void assign(Symbol s, Value v, EnvPtr& env, ModuleObj* m);
  Value invoke(const Method& m, const Value& f, Args args, const KwArgs* kwargs,
               const std::vector<Value>& sparamValues);
  Value callValue(const Value& f, Args args, const KwArgs* kwargs);
  void countStep();

  // define.cpp
  Value defineFunction(const Value& ex, EnvPtr& env, Frame& fr);    // :function, short form
  Value defineLambda(const Value& ex, EnvPtr& env, Frame& fr);      // :->
  Value defineMacro(const Value& ex, EnvPtr& env, Frame& fr);
  Value defineStruct(const Value& ex, EnvPtr& env, Frame& fr);
  Value defineAbstract(const Value& ex, EnvPtr& env, Frame& fr);
  Value definePrimitive(const Value& ex, EnvPtr& env, Frame& fr);
  Value defineModule(const Value& ex, EnvPtr& env, Frame& fr);
  ModuleObj* createModule(const Value& ex, ModuleObj* parent);  // creates and binds, no body
  Value importUsing(const Value& ex, Frame& fr);
  void addMethod(FunctionObj& f, std::shared_ptr<Method> m);
  FunctionObj* newFunction(Symbol name, ModuleObj* m);
  FunctionObj& constructorOf(const Value& type);  // per-TypeName constructor function
  FunctionObj& callableOf(const Value& type);     // per-TypeName `(x::T)(args...)` function

  // macroexpand.cpp
  Value expandMacros(const Value& ex, ModuleObj* m, bool recursive);
  Value resolveHygiene(const Value& ex);
  Symbol gensym(std::string_view base);

  // modules / bindings
  Binding* findBinding(ModuleObj* m, Symbol s);    // own, imported or used
  Value globalValue(ModuleObj* m, Symbol s);       // UndefVarError when missing
  ModuleObj* newModule(Symbol name, ModuleObj* parent, bool useBase);
  Value makeGlobalRef(ModuleObj* m, Symbol s);

  // errors
  [[noreturn]] void throwUndefVar(Symbol s, ModuleObj* scope);
  [[noreturn]] void throwTypeError(std::string_view func, std::string_view context, const Value& expected,
                                   const Value& got);
  std::vector<std::string> backtrace() const;
  std::string frameSignature(const Frame& f) const;
  std::string describeLine(const Value& lnn) const;
};

}  // namespace jl::interp
