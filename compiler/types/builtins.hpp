// The result types of the interpreter's native (C++) methods when they are called from
// compiled code, and the conversions their operands need first (Julia's numeric
// promotion). A native that is not in this table is a build error
// ("X(argtypes) is not supported in compiled code yet").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "interp/types.hpp"
#include "ir/ir.hpp"

namespace jl::types {

using ir::TypeRef;

// How a call of the native `name` on arguments of `argTypes` is compiled.
struct BuiltinPlan {
  std::string name;                  // the Builtin node's name (Julia's function name)
  TypeRef result;                    // the result type (Union{} when it never returns)
  std::vector<TypeRef> argTargets;   // per argument: convert to this type first (nothing: keep)

  // A plan for `name` with `nargs` arguments, none converted.
  BuiltinPlan(std::string n, size_t nargs) : name(std::move(n)), argTargets(nargs, TypeRef()) {}
  // This plan, returning `t` (the tables' `return ret(T.Int64)`).
  std::optional<BuiltinPlan> returning(TypeRef t) {
    result = std::move(t);
    return *this;
  }
};

std::optional<BuiltinPlan> planBuiltin(interp::TypeSystem& T, const std::string& name,
                                       const std::vector<TypeRef>& argTypes);
// The string and Char natives of builtins_strings.cpp (consulted by planBuiltin).
std::optional<BuiltinPlan> planStringBuiltin(interp::TypeSystem& T, const std::string& name,
                                             const std::vector<TypeRef>& argTypes);
// The number natives of builtins_numbers.cpp and the Vector/range natives of
// builtins_vectors.cpp (consulted by planBuiltin).
std::optional<BuiltinPlan> planNumberBuiltin(interp::TypeSystem& T, const std::string& name,
                                             const std::vector<TypeRef>& argTypes);
std::optional<BuiltinPlan> planVectorBuiltin(interp::TypeSystem& T, const std::string& name,
                                             const std::vector<TypeRef>& argTypes);
std::optional<TypeRef> builtinResultType(interp::TypeSystem& T, const std::string& name,
                                         const std::vector<TypeRef>& argTypes);

// Numeric helpers shared with inference.
bool isNumericType(interp::TypeSystem& T, const TypeRef& t);
bool isIntegerType(interp::TypeSystem& T, const TypeRef& t);  // Bool included
bool isFloatType(interp::TypeSystem& T, const TypeRef& t);
// Julia's promote_type on two concrete numeric types (Bool, Int8..UInt128, Float32/64).
TypeRef promoteNumeric(interp::TypeSystem& T, const TypeRef& a, const TypeRef& b);
// Whether values of type `t` exist in compiled code (numbers, Bool, Char, String, Symbol,
// Nothing, tuples and vectors of those, structs, types as values, functions).
bool isRepresentable(interp::TypeSystem& T, const TypeRef& t);
// Vector{T} -> T, else nothing.
TypeRef vectorElem(interp::TypeSystem& T, const TypeRef& t);
// Array{T,N} of any N >= 1 (Vector{T}, Matrix{T}, ...) -> T, with N in *ndims; else nothing.
TypeRef arrayElem(interp::TypeSystem& T, const TypeRef& t, int* ndims = nullptr);
// The type of `sum` over elements of numeric type `t` (Julia's add_sum: Bool and integers
// narrower than 64 bits widen to Int64/UInt64); nothing for non-numeric types.
TypeRef sumType(interp::TypeSystem& T, const TypeRef& t);
// Dict{K,V} with K and V among Int64, Float64, Bool, Char, String, Symbol (the dicts compiled
// code holds, as jlrt::Dict): true, and K/V (when not null) set to the parameters.
bool dictTypes(interp::TypeSystem& T, const TypeRef& t, TypeRef* K, TypeRef* V);
bool isDictElemType(interp::TypeSystem& T, const TypeRef& t);
bool sameType(const TypeRef& a, const TypeRef& b);
bool isBottomType(const TypeRef& t);

// The "optional" types: `Union{Nothing, T}` for a representable concrete T, the result of
// natives such as `match(r, s)` (Union{Nothing, RegexMatch}). Compiled code holds them as
// one concrete value (jlrt::Optional<T>); `x === nothing` is a has-value test. Returns T,
// or nothing when `t` is not such a union.
TypeRef optionalElem(interp::TypeSystem& T, const TypeRef& t);
// The type of `x.name` for values of the natives' object types (Regex, RegexMatch and
// Union{Nothing, RegexMatch}, Cmd), or nothing when there is no such property.
std::optional<TypeRef> nativePropertyType(interp::TypeSystem& T, const TypeRef& objType, const std::string& name);

}  // namespace jl::types
