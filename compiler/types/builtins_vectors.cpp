// The Vector and integer-range natives supported in compiled code beyond builtins.cpp's
// basics (jlrt/containers.hpp): pushfirst!/pop!/popfirst!/insert!/deleteat!/append!,
// first/last, `in`, indexing with a UnitRange, an integer vector or a Bool mask, unique,
// Base's `_reverse`, and `in`/`collect` on UnitRange{Int64}/StepRange{Int64,Int64}.
#include "types/builtins.hpp"

namespace jl::types {

using interp::DataTypeObj;
using interp::TypeKind;
using interp::TypeSystem;
using jl::Value;

namespace {
// "UnitRange" / "StepRange" for the Int64 ranges compiled code holds, else "".
std::string intRangeKind(TypeSystem& T, const TypeRef& t) {
  if (!interp::isType(t, TypeKind::DataType)) return "";
  auto& d = t.as<DataTypeObj>();
  std::string tn = d.tname->name.str();
  if (tn == "UnitRange" && d.params.size() == 1 && sameType(d.params[0], T.Int64)) return tn;
  if (tn == "StepRange" && d.params.size() == 2 && sameType(d.params[0], T.Int64) && sameType(d.params[1], T.Int64))
    return tn;
  return "";
}
// The name of Base's function whose singleton type `t` is (typeof(identity) -> "identity").
std::string functionName(const TypeRef& t) {
  if (!interp::isType(t, TypeKind::DataType)) return "";
  std::string tn = t.as<DataTypeObj>().tname->name.str();
  return tn.size() > 1 && tn[0] == '#' && tn[1] != '#' && tn.find('#', 1) == std::string::npos ? tn.substr(1) : "";
}
}  // namespace

std::optional<BuiltinPlan> planVectorBuiltin(TypeSystem& T, const std::string& name, const std::vector<TypeRef>& a) {
  BuiltinPlan p(name, a.size());
  size_t n = a.size();
  auto ret = [&](TypeRef t) { return p.returning(std::move(t)); };
  auto small = [&](const TypeRef& t) {  // integers that convert to Int64 exactly (not Bool)
    return isIntegerType(T, t) && !sameType(t, T.Bool) && !sameType(t, T.UInt64) && !sameType(t, T.Int128) &&
           !sameType(t, T.UInt128);
  };
  auto idx = [&](size_t i) {
    if (i >= n || !small(a[i])) return false;
    if (!sameType(a[i], T.Int64)) p.argTargets[i] = T.Int64;
    return true;
  };
  // ranges: `x in r`, collect(r)
  if (name == "in" && n == 2 && !intRangeKind(T, a[1]).empty() && idx(0)) return ret(T.Bool);
  if (name == "collect" && n == 1 && !intRangeKind(T, a[0]).empty()) return ret(T.arrayType(T.Int64, 1));
  // `x in v`: compared with ==
  if (name == "in" && n == 2) {
    TypeRef e = vectorElem(T, a[1]);
    if (!e.isNothing() && (sameType(a[0], e) || (isNumericType(T, a[0]) && isNumericType(T, e)))) return ret(T.Bool);
    return std::nullopt;
  }
  // cumsum/cumprod: `_accumulate(+ or *, v)` of Int64/Float64 vectors
  if (name == "_accumulate" && n == 2 && (functionName(a[0]) == "+" || functionName(a[0]) == "*")) {
    TypeRef e = vectorElem(T, a[1]);
    if (!e.isNothing() && (sameType(e, T.Int64) || sameType(e, T.Float64))) return ret(a[1]);
  }
  // `r == v` between a UnitRange and a numeric Vector (elementwise, as Julia)
  if ((name == "==" || name == "!=") && n == 2) {
    for (size_t i = 0; i < 2; ++i) {
      TypeRef e = vectorElem(T, a[1 - i]);
      if (intRangeKind(T, a[i]) == "UnitRange" && !e.isNothing() && isNumericType(T, e)) return ret(T.Bool);
    }
  }
  TypeRef e = n >= 1 ? vectorElem(T, a[0]) : Value();
  if (e.isNothing() || !isRepresentable(T, e)) return std::nullopt;
  auto conv = [&](size_t i) {
    if (sameType(a[i], e)) return true;
    if (!(isNumericType(T, a[i]) && isNumericType(T, e))) return false;
    p.argTargets[i] = e;
    return true;
  };
  if (name == "pushfirst!" && n == 2 && conv(1)) return ret(a[0]);
  if ((name == "pop!" || name == "popfirst!" || name == "first" || name == "last") && n == 1) return ret(e);
  if (name == "insert!" && n == 3 && idx(1) && conv(2)) return ret(a[0]);
  if (name == "deleteat!" && n == 2 && idx(1)) return ret(a[0]);
  if (name == "append!" && n == 2) {
    TypeRef e1 = vectorElem(T, a[1]);
    if (!e1.isNothing() && (sameType(e1, e) || (sameType(e, T.Float64) && isNumericType(T, e1)))) return ret(a[0]);
  }
  if (name == "unique" && n == 1) return ret(a[0]);
  if (name == "_reverse" && n == 3 && idx(1) && idx(2)) return ret(a[0]);
  if (name == "getindex" && n == 2) {
    if (intRangeKind(T, a[1]) == "UnitRange") return ret(a[0]);
    TypeRef ie = vectorElem(T, a[1]);
    if (!ie.isNothing() && (sameType(ie, T.Bool) || small(ie) || sameType(ie, T.UInt64))) return ret(a[0]);
  }
  // maximum/minimum/extrema/prod of numeric vectors (lower_arrays.cpp lowers Base's methods
  // to these): folded with max/min, `*` left to right
  bool wide = sameType(e, T.Int128) || sameType(e, T.UInt128);
  if ((name == "maximum" || name == "minimum") && n == 1 && isNumericType(T, e) && !wide) return ret(e);
  if (name == "extrema" && n == 1 && isNumericType(T, e) && !wide) return ret(T.tupleType({e, e}));
  if (name == "prod" && n == 1 && (sameType(e, T.Int64) || sameType(e, T.Float64))) return ret(e);
  // sort/sort! with the default lt and by (numbers, strings, chars)
  bool plain = isNumericType(T, e) && !sameType(e, T.Int128) && !sameType(e, T.UInt128);
  if (name == "_sort!" && n == 4 && functionName(a[1]) == "isless" && functionName(a[2]) == "identity" &&
      sameType(a[3], T.Bool) && (plain || sameType(e, T.String) || sameType(e, T.Char)))
    return ret(a[0]);
  return std::nullopt;
}

}  // namespace jl::types
