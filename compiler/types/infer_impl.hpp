// Internals of lowering and inference shared by infer.cpp (instances, fixpoint, structs,
// diagnostics), lower.cpp (statements, scopes, control flow) and lower_calls.cpp (calls,
// dispatch, natives). One `Inferencer` runs one whole-program inference pass.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "interp/impl.hpp"
#include "types/builtins.hpp"
#include "types/infer.hpp"

namespace jl::types {

// The hint of constructs the compiler does not translate yet.
inline const char* const kNotCompiledHint =
    "compiled code does not support this yet; `jlcc run` runs it (docs/status.md lists what compiles)";

using interp::DataTypeObj;
using jl::ExprObj;
using interp::FunctionObj;
using interp::Method;
using interp::ModuleObj;
using interp::TypeKind;
using interp::TypeSystem;
using ir::Node;
using ir::NodePtr;
using ir::Op;
using jl::Symbol;
using jl::Value;

// Thrown after a diagnostic is recorded: abandons the current statement or method body.
struct BuildError {};

// A lexical scope of the body being lowered (mirrors interp::Env).
struct Scope {
  Scope* parent = nullptr;
  std::vector<std::pair<const void*, int>> vars;  // Symbol id -> slot
  std::vector<const void*> globals;                // names declared `global` here
  bool toplevelThunk = false;                      // a top-level statement's own scope
  int find(Symbol s) const {
    for (auto it = vars.rbegin(); it != vars.rend(); ++it)
      if (it->first == s.id()) return it->second;
    return -1;
  }
};

// State that survives between inference passes (the recursion fixpoint): generator
// results, lambdas, and the return types assumed for instances still being inferred.
struct Persistent {
  std::map<std::string, TypeRef> returnGuess;        // instance key -> assumed return type
  std::map<std::string, Value> generated;             // method/signature/branch -> Expr
  std::map<const Object*, Value> lambdas;             // `->` Expr -> its FunctionObj
  std::map<std::string, Value> folded;                // build-time evaluated calls
  // Closures: the type of each (lambda, captured types, boxing) and what it captures.
  struct ClosureInfo {
    Value function;                 // the lambda's FunctionObj (its method is the body)
    std::vector<Symbol> captured;   // field order
    std::vector<bool> boxed;
  };
  std::map<std::string, Value> closureTypes;
  std::map<const Object*, ClosureInfo> closures;      // closure DataType -> info
  std::map<const Object*, Value> localFunctions;      // local `function` Expr -> its `->` Expr
  int closureCounter = 0;
};

// The body being lowered.
struct Body {
  ir::MethodInstance* mi = nullptr;
  const Method* method = nullptr;  // nullptr for the main body
  ModuleObj* module = nullptr;
  std::vector<std::pair<const void*, Value>> sparams;  // `where` names -> values
  Value constructedType;                               // the type `new` builds
  std::vector<TypeRef> slotTypes;                      // Bottom until first assignment
  std::vector<int> slotLine;                           // line of the first assignment
  std::vector<TypeRef> returnTypes;
  std::vector<int> returnLines;
  int loopDepth = 0;
  uint64_t world = ~0ull;  // dispatch sees the methods defined at or before this world
  bool isMain = false;
  bool generatedCode = false;
  Scope* scope = nullptr;
  std::string file;
  int line = 0;
  int tempCounter = 0;
  // Set when a top-level statement folded a global to a build-time constant: in a mixed
  // program the interpreter also runs the statement, to have the binding.
  bool alsoInterpret = false;
  std::vector<bool> inbounds;  // (inbounds true/false) markers in effect, innermost last
  // The macro calls ("@foo at x.jl:12") whose expansions the code being lowered is in,
  // innermost last (Interp::Impl::expansionSites).
  std::vector<const interp::Interp::Impl::ExpansionSite*> expansions;
  Value source;  // the whole body being lowered (closures: which captured locals are boxed)
};

// Keyword arguments of a call, in source order: name -> value.
using KwNodes = std::vector<std::pair<Symbol, NodePtr>>;
using KwTypes = std::vector<std::pair<Symbol, TypeRef>>;

struct CallSite {
  std::string what;  // "foo(::Int64)"
  std::string file;
  int line = 0;
};

class Inferencer {
 public:
  Inferencer(interp::Interp& in, Persistent& P, const std::string& sourceFile)
      : in(in), T(in.types()), P(P), sourceFile(sourceFile) {}
  interp::Interp& in;
  TypeSystem& T;
  Persistent& P;
  std::string sourceFile;

  std::unique_ptr<ir::Program> program = std::make_unique<ir::Program>();
  std::vector<diag::Diagnostic> errors;
  std::set<std::string> reported;
  bool guessMismatch = false;

  // --- instances (infer.cpp) ---
  struct InstState {
    std::string key;
    bool inProgress = false;
    bool usedGuess = false;
    TypeRef guessUsed;
    // World age: the world it was inferred in and the worlds [minWorld, maxWorld] in which
    // every dispatch of its own body selects the same methods. A call in a world where
    // this holds for it and every instance it reaches (worldsOf) reuses the instance; a
    // call in another world gets an instance of its own.
    uint64_t world = ~0ull, minWorld = 0, maxWorld = ~0ull;
    // Once nothing it reaches is still being inferred, the range of worldsOf is final.
    bool worldsFinal = false;
    uint64_t finalMin = 0, finalMax = ~0ull;
    std::vector<ir::MethodInstance*> callees;
    KwTypes kwArgs;  // keywords passed by its callers (extra argument locals, in this order)
  };
  // (method, argument types) -> its instances, one per distinct range of worlds
  std::map<std::string, std::vector<ir::MethodInstance*>> instanceByKey;
  std::map<const ir::MethodInstance*, InstState> instState;
  std::map<std::string, int> nameCounts;
  std::vector<CallSite> callStack;  // call sites leading to the body being inferred
  // Extra notes for the next report() (e.g. the candidate methods of a call without one).
  std::vector<CallSite> pendingNotes;

  void noteCandidates(const FunctionObj& f, const std::string& displayName);
  std::map<std::pair<const ModuleObj*, const void*>, int> globalIndex;
  std::vector<int> globalLine;
  // Globals whose assigning statement failed (reads are not reported again), and globals
  // holding build-time constants that compiled code cannot represent (folded uses only).
  std::set<std::pair<const ModuleObj*, const void*>> poisoned;
  // ... of those, the ones whose statement failed only for NeedsInterpreter reasons.
  std::set<std::pair<const ModuleObj*, const void*>> poisonedDynamic;
  // Mixed programs (some statements run in the embedded interpreter): globals the
  // interpreter owns (assigned by interpreted statements, or named by InferOptions), with
  // the line that made them so; compiled code may not read or assign them.
  bool mixed = false;
  std::map<std::pair<const ModuleObj*, const void*>, int> interpreterGlobals;
  // The statement being lowered (index into the statements of run()), and how each went.
  int currentStatement = -1;
  std::vector<StatementOutcome> outcomes;
  // NeedsInterpreter for code-as-data natives (Meta.parse, Expr(...), dump of an Expr) and
  // any call involving an Expr-like value; `otherwise` for the rest.
  diag::Kind unsupportedCallKind(const std::string& name, const std::vector<TypeRef>& types, diag::Kind otherwise);
  std::map<std::pair<const ModuleObj*, const void*>, Value> constGlobals;
  std::optional<NodePtr> foldAtBuildTime(Body& b, const Value& fval, const FunctionObj& f, const Method& m,
                                         std::vector<NodePtr>& args);

  void run(const std::vector<RuntimeStatement>& stmts, const InferOptions& options);
  void noteInterpretedSource(int statement, const Value& expr);  // Program::interpretedSource
  // The instance of `m` for these argument types (inferred on first use); sets `ret`.
  ir::MethodInstance* instance(const Method* m, const std::vector<TypeRef>& argTypes,
                               const std::vector<Value>& sparamValues, uint64_t world, TypeRef& ret,
                               const KwTypes& kwArgs = {});
  // World age: narrows the range of worlds the body being inferred is valid in to those in
  // which the methods of `f` applicable to `types` (all of them: `types` empty and
  // `allMethods`) are the same as in `b.world`.
  void noteDispatch(Body& b, const FunctionObj& f, const std::vector<TypeRef>& types, bool allMethods = false);
  void restrictWorlds(Body& b, uint64_t lo, uint64_t hi);
  // The worlds in which `mi` and every instance it reaches dispatch as they did.
  std::pair<uint64_t, uint64_t> worldsOf(ir::MethodInstance* mi, bool* open = nullptr);
  void inferInstance(ir::MethodInstance* mi, const std::string& key);
  std::string signature(const std::vector<TypeRef>& types);
  std::string cppIdent(const std::string& juliaName);
  void collectStructs();
  void inferCCallables();

  // --- diagnostics ---
  [[noreturn]] void fail(Body& b, diag::Kind k, const std::string& msg, const std::string& hint = "");
  void report(Body& b, diag::Kind k, const std::string& msg, const std::string& hint = "");
  std::string showType(const TypeRef& t) { return T.show(t); }

  // --- lowering (lower.cpp) ---
  NodePtr mk(Body& b, Op op, TypeRef type);
  NodePtr lowerBlockBody(Body& b, const Value& ex, bool wantValue);  // statements in the current scope
  NodePtr lower(Body& b, const Value& ex, bool wantValue);  // tracks macro expansions, then:
  NodePtr lowerUntracked(Body& b, const Value& ex, bool wantValue);
  NodePtr lowerSymbol(Body& b, Symbol s);
  NodePtr lowerGlobal(Body& b, ModuleObj* m, Symbol s);
  NodePtr lowerAssign(Body& b, const Value& lhs, NodePtr rhs, bool wantValue);
  NodePtr assignSymbol(Body& b, Symbol s, NodePtr rhs, const TypeRef& declared);
  NodePtr lowerIf(Body& b, const ExprObj& e, bool wantValue);
  NodePtr lowerFor(Body& b, const ExprObj& e);
  NodePtr lowerForSpec(Body& b, const std::vector<Value>& specs, size_t k, const Value& body);
  NodePtr lowerWhile(Body& b, const ExprObj& e);
  NodePtr lowerTry(Body& b, const ExprObj& e, bool wantValue);
  NodePtr lowerLet(Body& b, const ExprObj& e, bool wantValue);
  NodePtr lowerLocal(Body& b, const ExprObj& e);
  NodePtr lowerUpdate(Body& b, const ExprObj& e);
  NodePtr assignField(Body& b, NodePtr obj, const Value& name, NodePtr rhs, bool wantValue);
  NodePtr lowerComparison(Body& b, const ExprObj& e);
  NodePtr lowerTuple(Body& b, const std::vector<Value>& items, size_t from);
  NodePtr lowerDot(Body& b, const ExprObj& e);
  NodePtr lowerRef(Body& b, const ExprObj& e);
  // `f.(xs...)` with at most one Vector argument (lower_calls.cpp): a loop building the result.
  NodePtr lowerBroadcast(Body& b, const Value& fex, const std::vector<Value>& argExs);
  // Records what codegen needs to rebuild a constant of a native object type (a Regex's
  // pattern and options, a Cmd's words) in Program::nativeConsts (lower_calls.cpp).
  void describeConstant(const Value& v);
  NodePtr constNode(Body& b, const Value& v);
  NodePtr lowerLambda(Body& b, const Value& ex);
  NodePtr lowerLocalFunction(Body& b, const Value& ex, const Value& sig, const Value& body);
  // Closures (lower_calls.cpp): info of a closure type (nullptr for other types), a call of
  // a closure value, a call of any callable node, and map/filter/sum/... over a Vector.
  const Persistent::ClosureInfo* closureInfo(const TypeRef& t);
  NodePtr callClosure(Body& b, NodePtr fn, std::vector<NodePtr> args);
  NodePtr callCallable(Body& b, NodePtr fn, std::vector<NodePtr> args, const std::string& name);
  std::optional<NodePtr> lowerHigherOrder(Body& b, const FunctionObj& f, std::vector<NodePtr>& args);
  NodePtr mapTuple(Body& b, std::vector<NodePtr>& args);
  // Dict{K,V}() and Dict(k => v, ...) with literal pairs, collect(keys(d)), collect(values(d)).
  std::optional<NodePtr> lowerDictCall(Body& b, const Value& f, const ExprObj& e);
  int newSlot(Body& b, const std::string& name, TypeRef type, bool isArg = false);
  int declare(Body& b, Scope& s, Symbol name);
  // A node reading `n`'s value twice: `n` itself when it is a pure read, else a temp.
  NodePtr stash(Body& b, NodePtr& n, std::vector<NodePtr>& pre);
  NodePtr clonePure(Body& b, const Node& n);
  NodePtr joinBranches(Body& b, NodePtr node, const std::vector<const Node*>& branches, bool wantValue,
                       const char* what);
  NodePtr checkCondition(Body& b, NodePtr c, const char* what);
  NodePtr convertTo(Body& b, NodePtr n, const TypeRef& t, const std::string& what);

  // --- calls (lower_calls.cpp) ---
  NodePtr lowerCall(Body& b, const ExprObj& e);
  NodePtr lowerNew(Body& b, const Value& type, std::vector<NodePtr> args);
  NodePtr callValue(Body& b, const Value& f, std::vector<NodePtr> args, const std::string& displayName,
                    KwNodes kw = {});
  NodePtr callFunction(Body& b, const Value& fval, const FunctionObj& f, std::vector<NodePtr> args,
                       const std::string& displayName, KwNodes kw = {});
  NodePtr callWithKeywords(Body& b, const FunctionObj& f, std::vector<NodePtr> args, const std::string& displayName,
                           KwNodes kw);
  NodePtr callInstance(Body& b, const Method* m, const std::vector<TypeRef>& types,
                       const std::vector<Value>& sparamValues, std::vector<NodePtr>& args, const std::string& what,
                       const KwTypes& kwTypes, NodePtr lead = nullptr);
  NodePtr lowerBuiltin(Body& b, const std::string& name, std::vector<NodePtr> args);
  std::optional<NodePtr> lowerSpecial(Body& b, const FunctionObj& f, std::vector<NodePtr>& args);
  std::optional<NodePtr> printFunctionValues(Body& b, const FunctionObj& f, std::vector<NodePtr>& args);
  std::optional<Value> staticValue(Body& b, const Value& ex);
  std::optional<Value> constOf(const Node& n);
  // Positional arguments; with `kw`, also the keyword arguments (lowered after them, as Julia
  // evaluates them), else keywords are an error.
  void lowerArgs(Body& b, const std::vector<Value>& exs, size_t from, std::vector<NodePtr>& out,
                 KwNodes* kw = nullptr);
  Value functionValueOfBase(const char* name);
  bool isBaseFunction(const FunctionObj& f, const char* name);
  std::string describeCall(const std::string& name, const std::vector<TypeRef>& types);
  Value generatorResult(Body& b, const Method& m, const Value& genBody, const std::vector<TypeRef>& argTypes,
                        const std::vector<Value>& sparams);
};

const ExprObj& E(const Value& v);
bool isHead(const Value& v, Symbol h);
bool isHead(const Value& v, const char* h);

}  // namespace jl::types
