// The type system shared by the interpreter and (later) the compiler's type inference:
// the builtin type lattice, type application (`Array{Int,1}`), `typeof`, subtyping,
// signature matching with `where` variables, method specificity and dispatch, and Julia's
// printing of types. One implementation, two users.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/objects.hpp"

namespace jl::interp {

// Raised by type operations on invalid input (e.g. `Array{1,2,3,4}` or a non-type
// parameter where a type is required). The interpreter turns it into a Julia TypeError
// or ErrorException with the same message.
struct TypeOpError {
  std::string message;
};

class TypeSystem {
 public:
  // Creates Core's and Base's builtin types and binds their names in `core`/`base`.
  TypeSystem(ModuleObj* core, ModuleObj* base);

  // --- builtin types (each a DataType or UnionAll value) ---
  Value Any, Bottom, Nothing, Bool, Int8, Int16, Int32, Int64, Int128, UInt8, UInt16, UInt32,
      UInt64, UInt128, Float32, Float64, Char, AbstractChar, String, AbstractString, Symbol,
      Number, Real, Integer, Signed, Unsigned, AbstractFloat, Expr, QuoteNode, LineNumberNode,
      GlobalRef, Module, Function, DataType, UnionType, UnionAllType, TypeVarType, TypeType,
      Tuple, NamedTuple, Array, AbstractArray, DenseArray, Vector, Matrix, AbstractVector,
      AbstractMatrix, Dict, AbstractDict, Set, AbstractSet, IO, IOBuffer, Exception, Regex,
      RegexMatch, Cmd, VarargType, NTuple, Pair, Core_Box;
  // Also: Core.TypeofBottom (typeof(Union{})), Core.TypeofVararg (typeof(Vararg{Int})),
  // Base.IOStream (typeof(stdout) here), Base.DenseVector / DenseMatrix aliases.
  Value TypeofBottom, TypeofVararg, IOStream, DenseVector, DenseMatrix;

  // The module types are printed relative to (Julia's `Main`): names visible from it print
  // unqualified, others as `Main.Inner.Foo`. Unset, only Core/Base names count as visible.
  void setMainModule(ModuleObj* main) { main_ = main; }

  // --- construction ---
  // A new abstract or concrete nominal type. `typeVars` are TypeVar values; `super` may
  // mention them. Field types likewise. Returns the UnionAll wrapper when there are
  // parameters, else the DataType.
  struct TypeSpec {
    jl::Symbol name;
    ModuleObj* module = nullptr;
    std::vector<Value> typeVars;
    Value super;  // nothing means Any
    std::vector<jl::Symbol> fieldNames;
    std::vector<Value> fieldTypes;
    bool isAbstract = false;
    bool isMutable = false;
    bool isPrimitive = false;
    int primitiveBits = 0;
  };
  Value defineType(const TypeSpec& spec);
  Value newTypeVar(jl::Symbol name, Value lb = {}, Value ub = {});
  Value newUnionAll(const Value& var, const Value& body);

  // `T{params...}`: applies a UnionAll (or a partially applied type) to parameters.
  Value applyType(const Value& t, const std::vector<Value>& params);
  Value tupleType(const std::vector<Value>& elems);
  Value unionOf(const std::vector<Value>& members);
  Value varargOf(const Value& elem, const Value& count = {});
  Value typeOfType(const Value& t);  // Type{t}
  Value arrayType(const Value& elem, int64_t ndims);
  // `T{params...}` for a type constructor known by its TypeName (no bound checks).
  Value instantiate(TypeName* tn, const std::vector<Value>& params);
  // Substitutes TypeVars (by identity) in `t`.
  Value substitute(const Value& t, const std::vector<std::pair<Value, Value>>& env);

  // --- queries ---
  Value typeOf(const Value& v);
  bool isSubtype(const Value& a, const Value& b);
  // Julia `==` on types (mutual subtyping) and `===` (structural identity).
  bool typesEqual(const Value& a, const Value& b);
  bool typesIdentical(const Value& a, const Value& b) const;
  bool hasFreeTypeVars(const Value& t) const;
  // `supertype(T)` for a DataType (nothing for Any).
  Value supertype(const Value& t);
  // DataType, UnionAll, Union or Core.TypeofBottom: the types whose instances are types.
  bool isKind(const Value& t) const;
  bool isConcrete(const Value& t) const;
  bool isTupleType(const Value& t) const;
  // The unwrapped DataType of a UnionAll chain (its body), or t itself.
  Value unwrap(const Value& t) const;
  // For DataType `t`, walks the supertype chain to the instantiation of `ancestor`'s
  // TypeName (e.g. Vector{Int} -> AbstractArray{Int,1}); nothing when not an ancestor.
  Value findSupertype(const Value& t, const Value& ancestor);
  // Julia's `fieldtype`, `fieldnames`; empty for non-structs.
  std::vector<jl::Symbol> fieldNames(const Value& t) const;

  // --- dispatch ---
  // Whether an argument list whose dispatch types are `argTypes` matches `sig`
  // (a Tuple type, possibly under UnionAlls); on success fills the `where` variables'
  // values in order of `sparams`.
  bool matchSignature(const Value& sig, const std::vector<Value>& argTypes,
                      const std::vector<Value>& sparams, std::vector<Value>* sparamValues);
  // Julia's specificity: is `a` strictly more specific than `b`?
  bool moreSpecific(const Value& a, const Value& b);
  // The type dispatch sees for a value: Type{T} for a type value T, else typeof(v).
  Value dispatchType(const Value& v);
  // Method signatures that are the same type (`==`): a new definition replaces the old.
  bool sameSignature(const Value& a, const Value& b);

  struct Selection {
    const Method* method = nullptr;
    std::vector<Value> sparamValues;
    std::vector<const Method*> ambiguous;  // non-empty when no unique most specific method
  };
  // Picks the most specific applicable method among those with world <= `world`.
  Selection selectMethod(const FunctionObj& f, const std::vector<Value>& argTypes, uint64_t world);

  // --- printing ---
  // `string(T)` as Julia prints types: Int64, Vector{Int64}, Tuple{String, Int64},
  // Dict{Symbol, Any}, Union{Int64, String}, NTuple{3, Int64}, Type{Int64}, Array{T, 1} where T.
  std::string show(const Value& t);

 private:
  // Pointer-keyed memos for the hot paths of dispatch (Type{T}, Array{T,N}); the stored key
  // Value keeps the key object alive so its address cannot be reused.
  std::unordered_map<const Object*, std::pair<Value, Value>> typeOfTypeMemo_;
  std::unordered_map<const Object*, std::pair<Value, Value>> arrayTypeMemo_[3];
  friend class Subtyper;
  ModuleObj* core_;
  ModuleObj* base_;
  ModuleObj* main_ = nullptr;
  std::vector<std::unique_ptr<TypeName>> typeNames_;   // every TypeName, owned here
  std::unordered_map<std::string, Value> unionCache_;  // interned Union objects by key
  TypeName* tupleName_ = nullptr;
  TypeName* typeName_ = nullptr;   // Type{T}
  TypeName* arrayName_ = nullptr;
  TypeName* namedTupleName_ = nullptr;

  void bootstrap();
  TypeName* newTypeName(jl::Symbol name, ModuleObj* m);
  Value param(const Value& wrapper, int i) const;  // i-th TypeVar of a UnionAll chain
  void bind(ModuleObj* m, const char* name, const Value& v, bool exported = false);
  void checkParam(const Value& p, const std::string& where);
};

}  // namespace jl::interp
