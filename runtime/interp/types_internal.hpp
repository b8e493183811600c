// Helpers shared by the type system's implementation files (types.cpp, subtype.cpp,
// type_print.cpp): kind tests on type values, structural identity keys, free-variable
// queries and a flattened view of Tuple parameters. Not part of the public API.
#pragma once

#include <string>
#include <vector>

#include "interp/objects.hpp"

namespace jl::interp::detail {

inline bool isDT(const Value& v) { return isType(v, TypeKind::DataType); }
inline bool isUnionT(const Value& v) { return isType(v, TypeKind::Union); }
inline bool isUA(const Value& v) { return isType(v, TypeKind::UnionAll); }
inline bool isTV(const Value& v) { return isType(v, TypeKind::TypeVar); }
inline bool isVA(const Value& v) { return isType(v, TypeKind::Vararg); }
inline const DataTypeObj& dt(const Value& v) { return v.as<DataTypeObj>(); }
inline const UnionObj& un(const Value& v) { return v.as<UnionObj>(); }
inline const UnionAllObj& ua(const Value& v) { return v.as<UnionAllObj>(); }
inline const TypeVarObj& tv(const Value& v) { return v.as<TypeVarObj>(); }
inline const VarargObj& va(const Value& v) { return v.as<VarargObj>(); }
// `Union{}`: the Union object without members.
inline bool isBottom(const Value& v) { return isUnionT(v) && un(v).members.empty(); }
// Same object (pointer identity for heap values, bit identity for immediates).
bool sameObject(const Value& a, const Value& b);
// Julia `===` on type parameters: types structurally (alpha-equivalent UnionAlls are
// identical), plain values by value and type.
bool sameParam(const Value& a, const Value& b);
// A string that is equal for two parameters iff `sameParam` holds.
std::string typeKey(const Value& v);
// Does `var` occur in `t` (including in bounds of nested UnionAll variables)?
bool hasTypeVar(const Value& t, const Value& var);
// Does `t` mention a TypeVar that no enclosing UnionAll inside `t` binds?
bool hasFreeTypeVars(const Value& t);
// The free TypeVars of `t`, in first-occurrence order.
void collectFreeTypeVars(const Value& t, std::vector<Value>& out);
bool isTupleDT(const Value& v);
bool isTypeTypeDT(const Value& v);  // Type{X}
// `Tuple{A, B, Vararg{C, N}}` as fixed = [A, B], va = true, vaElem = C, vaCount = N.
struct TupleParts {
  std::vector<Value> fixed;
  bool va = false;
  Value vaElem;
  Value vaCount;  // nothing (unbounded), an Int64 value or a TypeVar
};
TupleParts tupleParts(const Value& tupleType);
// Whether the datatype is a singleton (has `instance` or is a zero-field concrete struct)
// and whether it is "isbits" (used to order Union members the way Julia does).
bool isSingletonDT(const DataTypeObj& d);
bool isBitsDT(const DataTypeObj& d);

}  // namespace jl::interp::detail
