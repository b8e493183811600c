// Builtin nodes of the number natives of compiler/types/builtins_numbers.cpp -> jlrt calls
// (jlrt/numbers.hpp): floatmax/floatmin, eps, nextfloat/prevfloat, copysign, gcd/lcm and
// the bit counts (typemax/typemin are in emit_builtins.cpp). "" for other nodes.
#include "codegen/emitter.hpp"

namespace jl::codegen {

using ir::Node;
using ir::Op;

std::string FunctionEmitter::emitNumberBuiltin(const Node& n, const std::vector<std::string>& a) {
  const std::string& name = n.name;
  size_t na = a.size();
  auto cls = [&](size_t i) { return E.classify(n.kids[i]->type); };
  bool typeArg = na == 1 && n.kids[0]->op == Op::TypeConst;
  if ((name == "floatmax" || name == "floatmin") && typeArg) return "jlrt::" + name + "<" + E.cppType(n.type) + ">()";
  if (name == "eps" && (na == 0 || typeArg)) return "jlrt::eps_of<" + E.cppType(n.type) + ">()";
  if ((name == "eps" || name == "nextfloat" || name == "prevfloat") && na == 1 && cls(0) == TypeClass::Float)
    return "jlrt::" + name + "(" + a[0] + ")";
  if (name == "copysign" && na == 2 && cls(0) == TypeClass::Float) return "jlrt::copysign(" + a[0] + ", " + a[1] + ")";
  if ((name == "gcd" || name == "lcm") && na == 2 && cls(0) == TypeClass::Int && cls(1) == TypeClass::Int &&
      E.cppType(n.kids[0]->type) == E.cppType(n.kids[1]->type))
    return "jlrt::" + name + "(" + a[0] + ", " + a[1] + ")";
  if (name == "_round_digits" && na == 2 && cls(0) == TypeClass::Float)
    return "jlrt::round_digits_to(" + a[0] + ", " + a[1] + ")";
  if ((name == "count_ones" || name == "count_zeros" || name == "leading_zeros" || name == "trailing_zeros") &&
      na == 1 && cls(0) == TypeClass::Int)
    return "jlrt::" + name + "(" + a[0] + ")";
  // zero(x)/one(x) of a value: the value is still evaluated (it may be the only use of a
  // parameter: `step(r::UnitRange) = one(r.start - r.start)`).
  if ((name == "zero" || name == "one") && na == 1 && n.kids[0]->op != Op::TypeConst && n.kids[0]->op != Op::Const &&
      (cls(0) == TypeClass::Int || cls(0) == TypeClass::Float || cls(0) == TypeClass::Bool))
    return "(static_cast<void>(" + a[0] + "), " + E.cppType(n.type) + "(" + (name == "zero" ? "0" : "1") + "))";
  return "";
}

}  // namespace jl::codegen
