// Helpers shared by the collection natives (builtins_arrays.cpp, builtins_collections.cpp):
// element types and their widening (typejoin, promote_typejoin), conversion to an element
// type, index conversion, the Base range structs seen from C++, and `forEach`, which walks
// any iterable (fast paths for arrays, tuples, ranges, dicts, sets, strings, generators;
// the `iterate` protocol otherwise).
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "interp/interp.hpp"

namespace jl::interp::coll {

// --- types ---
Value typeOf(Interp& in, const Value& v);
bool isa(Interp& in, const Value& v, const Value& t);
// The DataType behind `t` (unwrapping UnionAlls), or nullptr.
const DataTypeObj* dataType(Interp& in, const Value& t);
// Whether `t` is an instantiation of the Base/Core type named `name` (e.g. "UnitRange").
bool isInstanceOfTypeName(Interp& in, const Value& t, std::string_view name);
// Whether `v` is a struct instance whose type is the Base type named `name`.
bool isStructNamed(Interp& in, const Value& v, std::string_view name);
// Julia's `typejoin` (simplified for differing parameters of one type constructor) and
// `promote_typejoin` (keeps Nothing/Missing as a Union).
Value typejoin(Interp& in, const Value& a, const Value& b);
Value promoteTypejoin(Interp& in, const Value& a, const Value& b);
// `promote_type(a, b)` through Base (numbers.jl); typejoin when that fails.
Value promoteType(Interp& in, const Value& a, const Value& b);
// `convert(t, v)` unless `v isa t` already.
Value convertTo(Interp& in, const Value& t, const Value& v);

// --- arrays ---
inline ArrayObj& arr(const Value& v) { return v.asMut<ArrayObj>(); }
inline bool isArray(const Value& v) { return v.isObject(ObjKind::Array); }
Value arrayEltype(Interp& in, const Value& a);
// The dims of an array (a vector's length is read live: Expr-aliasing arrays change size).
std::vector<int64_t> shapeOf(const ArrayObj& a);
Value newArray(Interp& in, const Value& elType, std::vector<int64_t> dims, std::vector<Value> data);
inline Value newVector(Interp& in, const Value& elType, std::vector<Value> data) {
  int64_t n = static_cast<int64_t>(data.size());
  return newArray(in, elType, {n}, std::move(data));
}
// Element type from the values as `collect` computes it (first value's type widened with
// promote_typejoin); `emptyType` when there are none.
Value eltypeOfValues(Interp& in, const std::vector<Value>& vals, const Value& emptyType);
// Element type of an iterable when Julia knows it without iterating (arrays, tuples,
// ranges, dicts, sets, strings, keys/values, zip/enumerate of such); nullopt otherwise.
std::optional<Value> knownEltype(Interp& in, const Value& itr);

// --- indices and ranges ---
// An integer index as Int64 (ArgumentError for Bool, MethodError-like for non-integers).
int64_t toIndex(Interp& in, const Value& i);
bool isColon(Interp& in, const Value& v);
struct IntRange {
  int64_t start = 1, step = 1, len = 0;
  int64_t at(int64_t k) const { return start + k * step; }  // k is 0-based
};
// UnitRange{Int64}, StepRange{Int64,Int64}, Base.OneTo{Int64} as (start, step, len).
bool asIntRange(Interp& in, const Value& v, IntRange& r);
Value makeUnitRange(Interp& in, int64_t start, int64_t stop);
Value makeOneTo(Interp& in, int64_t n);
// StepRange{Int64,Int64} with `stop` normalized to the last element as Julia does.
Value makeStepRange(Interp& in, int64_t start, int64_t step, int64_t stop);
Value makePair(Interp& in, const Value& a, const Value& b);
Value makePairTyped(Interp& in, const Value& pairType, const Value& a, const Value& b);
bool isPair(Interp& in, const Value& v);

// --- iteration ---
// Calls `fn` for each element in order; `fn` returns false to stop early.
void forEach(Interp& in, const Value& itr, const std::function<bool(const Value&)>& fn);
std::vector<Value> collectValues(Interp& in, const Value& itr);
// The (first, rest) of Base.iterate; false when the iterable is exhausted.
bool iterateStep(Interp& in, const Value& itr, const Value* state, Value& item, Value& next);
// Length when cheaply known (arrays, tuples, ranges, dicts, sets); nullopt otherwise.
std::optional<int64_t> knownLength(Interp& in, const Value& itr);

// --- errors ---
[[noreturn]] void boundsError(Interp& in, const Value& a, std::vector<Value> idx);
[[noreturn]] void argumentError(Interp& in, std::string msg);
[[noreturn]] void dimensionMismatch(Interp& in, std::string msg);

inline Value i64(int64_t x) { return Value::int64(x); }

}  // namespace jl::interp::coll
