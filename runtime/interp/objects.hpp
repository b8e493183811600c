// The interpreter's object model: types as values (DataType, Union, UnionAll, TypeVar,
// Vararg), modules and bindings, generic functions and methods, and the heap objects of
// Base (arrays, tuples, struct instances, dicts, IO, regexes). Every kind here is an
// `Object` from syntax/value.hpp, so interpreter values nest inside Expr trees freely.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/value.hpp"

namespace jl::interp {

class Interp;
struct ModuleObj;
struct FunctionObj;
struct Env;

// ---------------------------------------------------------------------------------------
// Types.
enum class TypeKind : uint8_t { DataType, Union, UnionAll, TypeVar, Vararg };

struct TypeObj : Object {
  explicit TypeObj(TypeKind k) : Object(ObjKind::Type), tkind(k) {}
  TypeKind tkind;
};

// What all instantiations of one type constructor share (`Array` for every `Array{T,N}`).
struct TypeName {
  Symbol name;
  ModuleObj* module = nullptr;
  std::vector<Value> typeVars;   // TypeVar values, in declaration order
  Value wrapper;                 // the UnionAll (or the DataType itself when no params)
  Value superTemplate;           // supertype with the TypeVars free
  std::vector<Symbol> fieldNames;
  std::vector<Value> fieldTypeTemplates;  // with the TypeVars free
  bool isAbstract = false;
  bool isMutable = false;
  bool isPrimitive = false;
  int primitiveBits = 0;
  std::map<std::vector<std::string>, Value> instances;  // cache keyed by param identity
  // The generic function called by `T(args...)` (constructors), created on demand.
  Value constructor;
  // The generic function called by `x(args...)` for instances x (callable objects).
  Value callable;
};

struct DataTypeObj final : TypeObj {
  DataTypeObj() : TypeObj(TypeKind::DataType) {}
  TypeName* tname = nullptr;
  std::vector<Value> params;     // types or plain values (Int64 N, Symbols)
  Value super;                   // DataType, or nothing for Any
  std::vector<Value> fieldTypes; // concrete field types of this instantiation
  Value instance;                // singleton instance (e.g. `nothing`), if any
  bool isConcrete() const;
};

struct UnionObj final : TypeObj {
  UnionObj() : TypeObj(TypeKind::Union) {}
  std::vector<Value> members;  // flattened, deduplicated; empty means Union{}
};

struct TypeVarObj final : TypeObj {
  TypeVarObj() : TypeObj(TypeKind::TypeVar) {}
  Symbol name;
  Value lb;  // lower bound (Union{} by default)
  Value ub;  // upper bound (Any by default)
};

struct UnionAllObj final : TypeObj {
  UnionAllObj() : TypeObj(TypeKind::UnionAll) {}
  Value var;   // a TypeVar
  Value body;  // a type in which `var` is free
};

struct VarargObj final : TypeObj {
  VarargObj() : TypeObj(TypeKind::Vararg) {}
  Value elem;   // element type
  Value count;  // Int64 N, a TypeVar, or nothing for unbounded
};

inline bool isType(const Value& v) { return v.isObject(ObjKind::Type); }
inline bool isType(const Value& v, TypeKind k) {
  return v.isObject(ObjKind::Type) && v.as<TypeObj>().tkind == k;
}
inline const DataTypeObj& asDataType(const Value& v) { return v.as<DataTypeObj>(); }

// ---------------------------------------------------------------------------------------
// Modules and bindings.
struct Binding {
  Value value;
  bool defined = false;
  bool isConst = false;
  Value declaredType;                // nothing when untyped
  ModuleObj* importedFrom = nullptr;  // set for `import M.x` bindings (shared target)
  Binding* target = nullptr;          // imported binding aliases the owner's binding
};

struct ModuleObj final : Object {
  ModuleObj(Symbol n, ModuleObj* p) : Object(ObjKind::Module), name(n), parent(p) {}
  Symbol name;
  ModuleObj* parent;  // Main's parent is Main itself in Julia; here nullptr for roots
  std::unordered_map<const void*, std::unique_ptr<Binding>> bindings;  // by Symbol id
  std::vector<ModuleObj*> usings;   // modules whose exports are visible
  std::vector<Symbol> exports;
  Binding* find(Symbol s) const {
    auto it = bindings.find(s.id());
    return it == bindings.end() ? nullptr : it->second.get();
  }
  Binding& get(Symbol s) {
    auto& b = bindings[s.id()];
    if (!b) b = std::make_unique<Binding>();
    return *b;
  }
  std::string fullName() const;  // "Main.Inner"
};

struct GlobalRefObj final : Object {
  GlobalRefObj(ModuleObj* m, Symbol n) : Object(ObjKind::GlobalRef), mod(m), name(n) {}
  ModuleObj* mod;
  Symbol name;
};

// ---------------------------------------------------------------------------------------
// Functions and methods.
using Args = std::span<const Value>;
using NativeFn = Value (*)(Interp&, Args);

struct KwParam {
  Symbol name;
  Value defaultExpr;  // evaluated in the method's scope when the keyword is not given
  Value type;         // declared type or nothing
  bool hasDefault = true;
};

struct Method {
  FunctionObj* owner = nullptr;
  Value sig;                        // Tuple{argtypes...} possibly wrapped in UnionAlls
  std::vector<Value> sparams;       // TypeVars bound by `where`, outermost first
  std::vector<Symbol> argNames;     // empty Symbol for unnamed `::T` arguments
  bool isVarargs = false;           // last argument is `xs...`
  std::vector<KwParam> kwargs;
  Symbol kwRest;                    // `kw...` name, or empty
  Value body;                       // Expr(:block, ...) for Julia methods
  NativeFn native = nullptr;        // set for builtins
  bool generated = false;           // body is the generator (args bound to types)
  ModuleObj* module = nullptr;      // where it was defined (globals resolve here)
  std::shared_ptr<Env> closureEnv;  // captured scope for closures and local functions
  uint64_t world = 0;               // definition order; generators see only older methods
  Value line;                       // LineNumberNode of the definition, or nothing
  std::map<std::string, Value> generatedCache;  // generated bodies by argument types
};

// Memo of method selection by argument types (types are interned, so pointers identify them).
struct DispatchCache {
  struct Entry {
    std::vector<Value> types;  // keeps the key types alive
    const Method* method = nullptr;
    std::vector<Value> sparamValues;
  };
  std::unordered_multimap<size_t, Entry> entries;
  void clear() { entries.clear(); }
};

struct FunctionObj final : Object {
  FunctionObj(Symbol n, ModuleObj* m) : Object(ObjKind::Function), name(n), module(m) {}
  DispatchCache cache;  // cleared whenever `methods` changes
  Symbol name;
  ModuleObj* module;
  std::vector<std::shared_ptr<Method>> methods;
  Value type;          // typeof(f): a singleton DataType
  bool isMacro() const { return !name.empty() && name.str()[0] == '@'; }
  Value constructedType;  // for type constructors: the type `T` in `T(args...)`
};

// ---------------------------------------------------------------------------------------
// Base objects.
struct ArrayObj final : Object {
  ArrayObj(Value t, std::vector<int64_t> d) : Object(ObjKind::Array), type(std::move(t)), dims(std::move(d)) {}
  Value type;                  // Array{T,N}
  std::vector<int64_t> dims;   // column-major
  std::vector<Value> data;     // boxed elements
  // When set, `data` mirrors the args of this Expr (ex.args aliasing): writes go through.
  const ExprObj* exprArgsOf = nullptr;
  Value exprOwner;  // keeps that Expr alive while the array is
  std::vector<Value>& elems() const {
    return exprArgsOf ? const_cast<ExprObj*>(exprArgsOf)->args : const_cast<std::vector<Value>&>(data);
  }
  int64_t length() const { return static_cast<int64_t>(elems().size()); }
};

struct TupleObj final : Object {
  explicit TupleObj(std::vector<Value> e) : Object(ObjKind::Tuple), elems(std::move(e)) {}
  std::vector<Value> elems;
  mutable Value cachedType;
};

struct NamedTupleObj final : Object {
  NamedTupleObj(std::vector<Symbol> n, std::vector<Value> v)
      : Object(ObjKind::NamedTuple), names(std::move(n)), values(std::move(v)) {}
  std::vector<Symbol> names;
  std::vector<Value> values;
};

struct StructObj final : Object {
  StructObj(Value t, std::vector<Value> f) : Object(ObjKind::Struct), type(std::move(t)), fields(std::move(f)) {}
  Value type;  // a concrete DataType
  std::vector<Value> fields;
  size_t definedFields = SIZE_MAX;  // fields at or past this index are #undef (`new` with fewer args)
  bool isDefined(size_t i) const { return i < definedFields; }
};

// A captured variable shared between a scope and the closures that capture it.
struct BoxObj final : Object {
  BoxObj() : Object(ObjKind::Box) {}
  Value value;
  bool defined = false;
};

// Dict keyed by Julia `isequal`/`hash`; iteration in insertion order (see docs/interpreter.md).
struct DictObj final : Object {
  DictObj(Value t) : Object(ObjKind::Dict), type(std::move(t)) {}
  Value type;  // Dict{K,V}
  std::vector<std::pair<Value, Value>> entries;  // insertion order; removed entries erased
  std::unordered_map<std::string, size_t> index; // key fingerprint -> entry position
};

struct SetObj final : Object {
  SetObj(Value t) : Object(ObjKind::Set), type(std::move(t)) {}
  Value type;  // Set{T}
  std::vector<Value> items;
  std::unordered_map<std::string, size_t> index;
};

// Output streams: stdout/stderr or an in-memory buffer (IOBuffer, sprint).
struct IOObj final : Object {
  enum class Sink { Stdout, Stderr, Buffer };
  explicit IOObj(Sink s) : Object(ObjKind::Other), sink(s) {}
  Sink sink;
  bool muted = false;  // a Stdout/Stderr sink drops writes (Interp::setMuted)
  std::string buffer;
  size_t readPos = 0;
  void write(std::string_view s);
};

// An opaque native payload (Regex, RegexMatch, Cmd, ...) with its Julia type.
struct NativeObj : Object {
  NativeObj(ObjKind k, Value t) : Object(k), type(std::move(t)) {}
  Value type;
};

// ---------------------------------------------------------------------------------------
// Julia exceptions as C++ exceptions. `value` is the Julia exception object.
struct JuliaError {
  Value value;
  std::vector<std::string> trace;  // "f(x::Int64) at file.jl:12" frames, innermost first
};

// Control-flow for `return`/`break`/`continue` out of nested evaluation.
enum class Flow : uint8_t { Normal, Return, Break, Continue };

}  // namespace jl::interp
