// The number natives supported in compiled code beyond builtins.cpp's operators
// (jlrt/numbers.hpp, jlrt/arith.hpp): typemax/typemin, floatmax/floatmin, eps,
// nextfloat/prevfloat, copysign, gcd/lcm and the bit counts. 128-bit integers are left out
// (compiled code has no Int128 yet).
#include "types/builtins.hpp"

namespace jl::types {

using interp::DataTypeObj;
using interp::TypeKind;
using interp::TypeSystem;
using jl::Value;

std::optional<BuiltinPlan> planNumberBuiltin(TypeSystem& T, const std::string& name, const std::vector<TypeRef>& a) {
  BuiltinPlan p(name, a.size());
  size_t n = a.size();
  auto ret = [&](TypeRef t) { return p.returning(std::move(t)); };
  auto wide = [&](const TypeRef& t) { return sameType(t, T.Int128) || sameType(t, T.UInt128); };
  auto num = [&](size_t i) { return i < n && isNumericType(T, a[i]) && !wide(a[i]); };
  auto flt = [&](size_t i) { return i < n && isFloatType(T, a[i]); };
  auto intg = [&](size_t i) { return num(i) && isIntegerType(T, a[i]) && !sameType(a[i], T.Bool); };
  // Type{E} -> E
  auto typeParam = [&](size_t i) -> TypeRef {
    if (i >= n || !interp::isType(a[i], TypeKind::DataType)) return Value();
    auto& d = a[i].as<DataTypeObj>();
    if (d.tname != T.unwrap(T.TypeType).as<DataTypeObj>().tname || d.params.size() != 1 ||
        T.hasFreeTypeVars(d.params[0]))
      return Value();
    return d.params[0];
  };
  if ((name == "typemax" || name == "typemin") && n == 1) {
    TypeRef e = typeParam(0);
    if (!e.isNothing() && isNumericType(T, e) && !wide(e)) return ret(e);
  }
  if ((name == "floatmax" || name == "floatmin" || name == "eps") && n == 1) {
    TypeRef e = typeParam(0);
    if (!e.isNothing() && isFloatType(T, e)) return ret(e);
  }
  if (name == "eps" && n == 0) return ret(T.Float64);
  if ((name == "eps" || name == "nextfloat" || name == "prevfloat") && n == 1 && flt(0)) return ret(a[0]);
  if (name == "copysign" && n == 2 && flt(0) && num(1)) return ret(a[0]);
  if ((name == "gcd" || name == "lcm") && n == 2 && intg(0) && intg(1)) {
    TypeRef t = promoteNumeric(T, a[0], a[1]);
    if (!sameType(a[0], t)) p.argTargets[0] = t;
    if (!sameType(a[1], t)) p.argTargets[1] = t;
    return ret(t);
  }
  if (name == "_round_digits" && n == 2 && flt(0) && intg(1) && !sameType(a[1], T.UInt64)) {  // round(x; digits)
    if (!sameType(a[1], T.Int64)) p.argTargets[1] = T.Int64;
    return ret(a[0]);
  }
  if ((name == "count_ones" || name == "count_zeros" || name == "leading_zeros" || name == "trailing_zeros") &&
      n == 1 && intg(0))
    return ret(T.Int64);
  return std::nullopt;
}

}  // namespace jl::types
