// The table of natives supported in compiled code: result types and operand conversions.
#include "types/builtins.hpp"

#include <set>

namespace jl::types {

using interp::DataTypeObj;
using interp::TypeKind;
using interp::TypeSystem;
using jl::Value;

bool sameType(const TypeRef& a, const TypeRef& b) { return a.isObject() && a.obj() == b.obj(); }

bool isBottomType(const TypeRef& t) {
  return interp::isType(t, TypeKind::Union) && t.as<interp::UnionObj>().members.empty();
}

namespace {
enum class NK { None, Bool, I8, I16, I32, I64, I128, U8, U16, U32, U64, U128, F32, F64 };

NK kindOf(TypeSystem& T, const TypeRef& t) {
  if (!t.isObject()) return NK::None;
  const Object* o = t.obj();
  if (o == T.Bool.obj()) return NK::Bool;
  if (o == T.Int8.obj()) return NK::I8;
  if (o == T.Int16.obj()) return NK::I16;
  if (o == T.Int32.obj()) return NK::I32;
  if (o == T.Int64.obj()) return NK::I64;
  if (o == T.Int128.obj()) return NK::I128;
  if (o == T.UInt8.obj()) return NK::U8;
  if (o == T.UInt16.obj()) return NK::U16;
  if (o == T.UInt32.obj()) return NK::U32;
  if (o == T.UInt64.obj()) return NK::U64;
  if (o == T.UInt128.obj()) return NK::U128;
  if (o == T.Float32.obj()) return NK::F32;
  if (o == T.Float64.obj()) return NK::F64;
  return NK::None;
}
int bits(NK k) {
  switch (k) {
    case NK::Bool: return 1;
    case NK::I8: case NK::U8: return 8;
    case NK::I16: case NK::U16: return 16;
    case NK::I32: case NK::U32: case NK::F32: return 32;
    case NK::I64: case NK::U64: case NK::F64: return 64;
    case NK::I128: case NK::U128: return 128;
    default: return 0;
  }
}
bool isSignedK(NK k) { return k >= NK::I8 && k <= NK::I128; }
bool isUnsignedK(NK k) { return k >= NK::U8 && k <= NK::U128; }
bool isFloatK(NK k) { return k == NK::F32 || k == NK::F64; }

bool isTuple(TypeSystem& T, const TypeRef& t) { return interp::isType(t, TypeKind::DataType) && T.isTupleType(t); }

const interp::TypeName* tnameOf(const TypeRef& t) {
  if (!interp::isType(t, TypeKind::DataType)) return nullptr;
  return t.as<DataTypeObj>().tname;
}

bool isStringT(TypeSystem& T, const TypeRef& t) { return sameType(t, T.String); }
bool isCharT(TypeSystem& T, const TypeRef& t) { return sameType(t, T.Char); }
bool isSymbolT(TypeSystem& T, const TypeRef& t) { return sameType(t, T.Symbol); }
}  // namespace

// Vector{T} -> T, else nothing.
TypeRef vectorElem(TypeSystem& T, const TypeRef& t) {
  const interp::TypeName* tn = tnameOf(t);
  if (!tn || tn != tnameOf(T.unwrap(T.Array))) return Value();
  auto& d = t.as<DataTypeObj>();
  if (d.params.size() != 2 || d.params[1].tag() != Tag::Int64 || d.params[1].asInt64() != 1) return Value();
  return d.params[0];
}

TypeRef arrayElem(TypeSystem& T, const TypeRef& t, int* ndims) {
  const interp::TypeName* tn = tnameOf(t);
  if (!tn || tn != tnameOf(T.unwrap(T.Array))) return Value();
  auto& d = t.as<DataTypeObj>();
  if (d.params.size() != 2 || d.params[1].tag() != Tag::Int64 || d.params[1].asInt64() < 1) return Value();
  if (interp::isType(d.params[0], TypeKind::TypeVar)) return Value();
  if (ndims) *ndims = static_cast<int>(d.params[1].asInt64());
  return d.params[0];
}

TypeRef sumType(TypeSystem& T, const TypeRef& t) {
  switch (kindOf(T, t)) {
    case NK::None: return Value();
    case NK::Bool: case NK::I8: case NK::I16: case NK::I32: return T.Int64;
    case NK::U8: case NK::U16: case NK::U32: return T.UInt64;
    default: return t;
  }
}

// Dict{K,V} with K and V among Int64, Float64, Bool, Char, String, Symbol -> true (K, V set).
bool dictTypes(TypeSystem& T, const TypeRef& t, TypeRef* K, TypeRef* V) {
  const interp::TypeName* tn = tnameOf(t);
  if (!tn || tn != tnameOf(T.unwrap(T.Dict))) return false;
  auto& d = t.as<DataTypeObj>();
  if (d.params.size() != 2 || !isDictElemType(T, d.params[0]) || !isDictElemType(T, d.params[1])) return false;
  if (K) *K = d.params[0];
  if (V) *V = d.params[1];
  return true;
}
bool isDictElemType(TypeSystem& T, const TypeRef& t) {
  return sameType(t, T.Int64) || sameType(t, T.Float64) || sameType(t, T.Bool) || isCharT(T, t) || isStringT(T, t) ||
         isSymbolT(T, t);
}

bool isNumericType(TypeSystem& T, const TypeRef& t) { return kindOf(T, t) != NK::None; }
bool isIntegerType(TypeSystem& T, const TypeRef& t) {
  NK k = kindOf(T, t);
  return k != NK::None && !isFloatK(k);
}
bool isFloatType(TypeSystem& T, const TypeRef& t) { return isFloatK(kindOf(T, t)); }

TypeRef promoteNumeric(TypeSystem& T, const TypeRef& a, const TypeRef& b) {
  NK x = kindOf(T, a), y = kindOf(T, b);
  if (x == NK::None || y == NK::None) return Value();
  if (x == y) return a;
  if (x == NK::Bool) return b;
  if (y == NK::Bool) return a;
  if (isFloatK(x) && isFloatK(y)) return bits(x) >= bits(y) ? a : b;
  if (isFloatK(x)) return a;
  if (isFloatK(y)) return b;
  if (isSignedK(x) == isSignedK(y)) return bits(x) >= bits(y) ? a : b;
  // mixed signedness: the unsigned type wins at equal or larger size
  const TypeRef& u = isUnsignedK(x) ? a : b;
  const TypeRef& s = isUnsignedK(x) ? b : a;
  return bits(kindOf(T, u)) >= bits(kindOf(T, s)) ? u : s;
}

TypeRef optionalElem(TypeSystem& T, const TypeRef& t) {
  if (!interp::isType(t, TypeKind::Union)) return Value();
  const auto& ms = t.as<interp::UnionObj>().members;
  if (ms.size() != 2) return Value();
  for (int i = 0; i < 2; ++i)
    if (sameType(ms[i], T.Nothing) && interp::isType(ms[1 - i], TypeKind::DataType) && isRepresentable(T, ms[1 - i]))
      return ms[1 - i];
  return Value();
}

std::optional<TypeRef> nativePropertyType(TypeSystem& T, const TypeRef& objType, const std::string& name) {
  TypeRef t = objType;
  if (TypeRef e = optionalElem(T, t); !e.isNothing()) t = e;
  if (sameType(t, T.RegexMatch)) {
    if (name == "match") return T.String;
    if (name == "offset") return T.Int64;
    if (name == "offsets") return T.arrayType(T.Int64, 1);
    if (name == "captures") return T.arrayType(T.unionOf({T.Nothing, T.String}), 1);
    if (name == "regex") return T.Regex;
    return std::nullopt;
  }
  if (!sameType(t, objType)) return std::nullopt;  // only RegexMatch is read through an optional
  if (sameType(t, T.Regex) && name == "pattern") return T.String;
  if (sameType(t, T.Cmd) && name == "exec") return T.arrayType(T.String, 1);
  return std::nullopt;
}

namespace {
// Whether the runtime prints values of type `t`: not arrays of 3 or more dimensions (nor
// tuples or arrays holding them).
bool isPrintable(TypeSystem& T, const TypeRef& t) {
  int nd = 0;
  if (TypeRef e = arrayElem(T, t, &nd); !e.isNothing()) return nd <= 2 && isPrintable(T, e);
  if (isTuple(T, t)) {
    for (const Value& p : t.as<DataTypeObj>().params)
      if (!isPrintable(T, p)) return false;
  }
  return true;
}
}  // namespace

bool isRepresentable(TypeSystem& T, const TypeRef& t) {
  if (!optionalElem(T, t).isNothing()) return true;
  if (!interp::isType(t, TypeKind::DataType)) return false;
  if (isNumericType(T, t) || isStringT(T, t) || isCharT(T, t) || isSymbolT(T, t) || sameType(t, T.Nothing)) return true;
  if (sameType(t, T.DataType)) return true;
  if (t.as<DataTypeObj>().tname == tnameOf(T.unwrap(T.TypeType)) && t.as<DataTypeObj>().params.size() == 1 &&
      !T.hasFreeTypeVars(t))
    return true;  // Type{T}: a type as a value
  if (isTuple(T, t)) {
    for (const Value& p : t.as<DataTypeObj>().params)
      if (!isRepresentable(T, p)) return false;
    return true;
  }
  if (TypeRef e = arrayElem(T, t); !e.isNothing())  // Vector{T}, Matrix{T}, Array{T,N}
    return isRepresentable(T, e) && !dictTypes(T, e, nullptr, nullptr);  // (a Dict's show depends on the context)
  if (dictTypes(T, t, nullptr, nullptr)) return true;
  const interp::TypeName* tn = tnameOf(t);
  static const char* opaque[] = {"Expr", "QuoteNode", "LineNumberNode", "GlobalRef", "Module", "Dict", "Set",
                                 "IOBuffer", "IOStream", "Array", "NamedTuple",
                                 "Box", "TypeVar", "UnionAll", "Union"};
  for (const char* n : opaque)
    if (tn->name.str() == n) return false;
  return T.isConcrete(t);
}

namespace {
// Arrays of any dimension (jlrt/array.hpp; docs/compiler.md, "Arrays"): indexing with one
// integer per dimension or a linear index (any number of integer indices, as Julia),
// size/length/ndims/lastindex, fill!, copy, sum, ==, elementwise + - * /, and the natives
// of Base's constructors: `_fill(x, T, dims)` (zeros/ones/fill; `similar` is lowered in
// lower_arrays.cpp).
// `p` has the name and no conversions yet.
std::optional<BuiltinPlan> planArrayBuiltin(TypeSystem& T, BuiltinPlan& p, const std::vector<TypeRef>& a) {
  const std::string& name = p.name;
  size_t n = a.size();
  auto ret = [&](TypeRef t) { return p.returning(std::move(t)); };
  auto index = [&](size_t i) { return i < n && isIntegerType(T, a[i]) && !sameType(a[i], T.Bool); };
  auto indices = [&](size_t from) {
    for (size_t i = from; i < n; ++i)
      if (!index(i)) return false;
    return n > from;
  };
  auto conv = [&](size_t i, const TypeRef& to) {
    if (sameType(a[i], to)) return true;
    if (!(isNumericType(T, a[i]) && isNumericType(T, to))) return false;
    p.argTargets[i] = to;
    return true;
  };
  // Type{E} -> E
  auto typeParam = [&](size_t i) -> TypeRef {
    if (i >= n || !interp::isType(a[i], TypeKind::DataType)) return Value();
    auto& d = a[i].as<DataTypeObj>();
    if (d.tname != tnameOf(T.unwrap(T.TypeType)) || d.params.size() != 1 || T.hasFreeTypeVars(d.params[0]))
      return Value();
    return d.params[0];
  };
  // a tuple of integers -> its length, else -1
  auto dimsTuple = [&](size_t i) -> int {
    if (i >= n || !isTuple(T, a[i])) return -1;
    for (const Value& d : a[i].as<DataTypeObj>().params)
      if (!isIntegerType(T, d) || sameType(d, T.Bool)) return -1;
    return static_cast<int>(a[i].as<DataTypeObj>().params.size());
  };
  if ((name == "zero" || name == "one") && n == 1) {
    TypeRef e = typeParam(0);
    if (!e.isNothing() && isNumericType(T, e)) return ret(e);
  }
  if (name == "_fill" && n == 3) {  // fill(x, dims...), zeros(T, dims...), ones(...)
    TypeRef e = typeParam(1);
    int nd = dimsTuple(2);
    if (e.isNothing() || nd < 1 || !conv(0, e)) return std::nullopt;
    TypeRef at = T.arrayType(e, nd);
    if (!isRepresentable(T, at)) return std::nullopt;
    return ret(at);
  }
  int nd = 0;
  TypeRef e = n >= 1 ? arrayElem(T, a[0], &nd) : Value();
  if (e.isNothing()) return std::nullopt;
  if (name == "size" && n == 1) return ret(T.tupleType(std::vector<Value>(static_cast<size_t>(nd), T.Int64)));
  if ((name == "size" || name == "lastindex") && n == 2 && index(1)) return ret(T.Int64);
  if (name == "ndims" && n == 1) return ret(T.Int64);
  if (name == "fill!" && n == 2 && conv(1, e)) return ret(a[0]);
  if (name == "sum" && n == 1) {
    TypeRef r = sumType(T, e);
    if (!r.isNothing()) return ret(r);
  }
  if (nd < 2) return std::nullopt;  // the Vector-only table of planBuiltin covers the rest
  if (name == "getindex" && indices(1)) return ret(e);
  if (name == "setindex!" && n >= 3 && indices(2) && conv(1, e)) return ret(T.Nothing);
  if ((name == "length" || name == "lastindex") && n == 1) return ret(T.Int64);
  if (name == "firstindex" && n == 1) return ret(T.Int64);
  if (name == "isempty" && n == 1) return ret(T.Bool);
  if ((name == "copy" || name == "collect") && n == 1) return ret(a[0]);
  if ((name == "==" || name == "!=") && n == 2 && sameType(a[0], a[1])) return ret(T.Bool);
  // elementwise arithmetic (element types numeric, not both Bool)
  auto arithElem = [&](const TypeRef& x, const TypeRef& y) -> TypeRef {
    if (!isNumericType(T, x) || !isNumericType(T, y) || (sameType(x, T.Bool) && sameType(y, T.Bool))) return Value();
    return promoteNumeric(T, x, y);
  };
  int nd1 = 0;
  TypeRef e1 = n == 2 ? arrayElem(T, a[1], &nd1) : Value();
  if ((name == "+" || name == "-") && n == 2 && !e1.isNothing() && nd1 == nd) {
    TypeRef r = arithElem(e, e1);
    if (!r.isNothing()) return ret(T.arrayType(r, nd));
  }
  if (name == "-" && n == 1 && isNumericType(T, e) && !sameType(e, T.Bool)) return ret(a[0]);
  if ((name == "*" || name == "/") && n == 2 && isNumericType(T, a[1])) {
    // (array * Bool is left out: `false` is a strong zero, false * NaN == 0.0)
    TypeRef r = name == "*" && (sameType(e, T.Bool) || sameType(a[1], T.Bool)) ? Value() : arithElem(e, a[1]);
    if (!r.isNothing() && name == "/" && !isFloatType(T, r)) r = T.Float64;
    if (!r.isNothing()) return ret(T.arrayType(r, nd));
  }
  return std::nullopt;
}
}  // namespace

std::optional<BuiltinPlan> planBuiltin(TypeSystem& T, const std::string& name, const std::vector<TypeRef>& a) {
  BuiltinPlan p(name, a.size());
  size_t n = a.size();
  auto num = [&](size_t i) { return i < n && isNumericType(T, a[i]); };
  auto intg = [&](size_t i) { return i < n && isIntegerType(T, a[i]); };
  auto flt = [&](size_t i) { return i < n && isFloatType(T, a[i]); };
  auto promote2 = [&]() -> TypeRef {
    TypeRef t = promoteNumeric(T, a[0], a[1]);
    if (!sameType(a[0], t)) p.argTargets[0] = t;
    if (!sameType(a[1], t)) p.argTargets[1] = t;
    return t;
  };
  auto ret = [&](TypeRef t) { return p.returning(std::move(t)); };
  static const std::set<std::string> arith = {"+", "-", "*"};
  static const std::set<std::string> intDivs = {"÷", "div", "rem", "%", "mod", "fld", "cld"};
  static const std::set<std::string> bitops = {"&", "|", "xor", "⊻"};
  static const std::set<std::string> cmps = {"==", "!=", "<", "<=", ">", ">=", "isless", "isequal"};
  static const std::set<std::string> math1 = {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
                                              "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "cbrt"};
  static const std::set<std::string> printers = {"print", "println", "show", "display"};

  if (name == "*" && n == 2 && num(0) && !sameType(a[0], T.Bool)) {  // number * array (no Bool: false is a strong zero)
    int nd = 0;
    TypeRef e = arrayElem(T, a[1], &nd);
    if (!e.isNothing() && nd >= 2 && isNumericType(T, e) && !sameType(e, T.Bool))
      return ret(T.arrayType(promoteNumeric(T, a[0], e), nd));
  }
  if (n == 2 && arith.count(name) && num(0) && num(1)) {
    if (kindOf(T, a[0]) == NK::Bool && kindOf(T, a[1]) == NK::Bool) {
      p.argTargets = {T.Int64, T.Int64};
      return ret(T.Int64);
    }
    return ret(promote2());
  }
  if (name == "*" && n >= 2) {
    bool ok = true;
    for (auto& t : a) ok = ok && (isStringT(T, t) || isCharT(T, t));
    if (ok) return ret(T.String);
  }
  if (name == "/" && n == 2 && num(0) && num(1)) {
    TypeRef t = promoteNumeric(T, a[0], a[1]);
    if (!isFloatType(T, t)) t = T.Float64;
    if (!sameType(a[0], t)) p.argTargets[0] = t;
    if (!sameType(a[1], t)) p.argTargets[1] = t;
    return ret(t);
  }
  if (n == 2 && intDivs.count(name) && num(0) && num(1)) {
    if (kindOf(T, a[0]) == NK::Bool && kindOf(T, a[1]) == NK::Bool) return ret(T.Bool);
    return ret(promote2());
  }
  if (name == "^" && n == 2) {
    if (isStringT(T, a[0]) && intg(1)) return ret(T.String);
    if (num(0) && intg(1)) {
      if (kindOf(T, a[0]) == NK::Bool) return ret(T.Bool);
      return ret(a[0]);
    }
    if (num(0) && flt(1)) return ret(promote2());
  }
  if ((name == "<<" || name == ">>" || name == ">>>") && n == 2 && intg(0) && intg(1)) return ret(a[0]);
  if (n == 2 && bitops.count(name) && intg(0) && intg(1)) return ret(promote2());
  if (n == 1 && (name == "-" || name == "+") && num(0)) {
    if (kindOf(T, a[0]) == NK::Bool && name == "-") {
      p.argTargets[0] = T.Int64;
      return ret(T.Int64);
    }
    return ret(a[0]);
  }
  if (n == 1 && name == "~" && intg(0)) return ret(a[0]);
  if (n == 1 && name == "!" && sameType(a[0], T.Bool)) return ret(T.Bool);
  if (n == 2 && cmps.count(name)) {
    if (num(0) && num(1)) {
      if (name == "isless" || name == "isequal") promote2();  // == < ... compare mixed types exactly (jlrt::eq, jlrt::lt)
      return ret(T.Bool);
    }
    if (sameType(a[0], a[1]) && (isStringT(T, a[0]) || isCharT(T, a[0]) || isSymbolT(T, a[0]))) return ret(T.Bool);
  }
  if (n == 1 && math1.count(name) && num(0)) {
    if (sameType(a[0], T.Float32)) return ret(T.Float32);
    if (!sameType(a[0], T.Float64)) p.argTargets[0] = T.Float64;
    return ret(T.Float64);
  }
  if (n == 1 && (name == "abs" || name == "abs2" || name == "sign") && num(0)) return ret(a[0]);
  if (n == 2 && (name == "min" || name == "max") && num(0) && num(1)) return ret(promote2());
  if (n == 2 && (name == "atan" || name == "hypot") && num(0) && num(1)) {
    TypeRef t = promoteNumeric(T, a[0], a[1]);
    if (!isFloatType(T, t)) t = T.Float64;
    if (!sameType(a[0], t)) p.argTargets[0] = t;
    if (!sameType(a[1], t)) p.argTargets[1] = t;
    return ret(t);
  }
  if (n == 1 && name == "_round" && num(0)) {
    p.name = "round";
    return ret(a[0]);
  }
  if (n == 1 && (name == "floor" || name == "ceil" || name == "round" || name == "trunc") && num(0)) return ret(a[0]);
  if (n == 2 && (name == "floor" || name == "ceil" || name == "round" || name == "trunc") &&
      interp::isType(a[0], TypeKind::DataType) && T.isSubtype(a[0], T.TypeType) && num(1)) {
    TypeRef target = a[0].as<DataTypeObj>().params[0];
    if (isNumericType(T, target)) return ret(target);
  }
  if (n == 1 && (name == "isnan" || name == "isinf" || name == "isfinite" || name == "iseven" || name == "isodd" ||
                 name == "iszero" || name == "isone" || name == "signbit" || name == "isinteger") && num(0))
    return ret(T.Bool);
  if (n == 1 && (name == "zero" || name == "one") && num(0)) return ret(a[0]);
  if (n == 1 && name == "float" && num(0)) {
    if (isFloatType(T, a[0])) return ret(a[0]);
    p.argTargets[0] = T.Float64;
    return ret(T.Float64);
  }
  // strings and printing
  if (name == "string") {
    for (auto& t : a)
      if (!isRepresentable(T, t) || !isPrintable(T, t)) return std::nullopt;
    return ret(T.String);
  }
  if (name == "repr" && n == 1 && isRepresentable(T, a[0]) && isPrintable(T, a[0])) return ret(T.String);
  if (printers.count(name)) {
    for (auto& t : a)
      if (!isRepresentable(T, t) || !isPrintable(T, t)) return std::nullopt;
    return ret(T.Nothing);
  }
  if ((name == "length" || name == "ncodeunits" || name == "sizeof" || name == "lastindex") && n == 1 && isStringT(T, a[0]))
    return ret(T.Int64);
  if (name == "getindex" && n == 2 && isStringT(T, a[0]) && intg(1)) return ret(T.Char);
  if ((name == "uppercase" || name == "lowercase") && n == 1 && isStringT(T, a[0])) return ret(T.String);
  if ((name == "occursin" || name == "startswith" || name == "endswith") && n == 2 && isStringT(T, a[0]) &&
      isStringT(T, a[1]))
    return ret(T.Bool);
  // regular expressions and commands (jlrt/regex.hpp, jlrt/cmd.hpp)
  if (name == "Regex" && (n == 1 || n == 2) && isStringT(T, a[0]) && (n == 1 || isStringT(T, a[1])))
    return ret(T.Regex);
  if (name == "match" && (n == 2 || n == 3) && sameType(a[0], T.Regex) && isStringT(T, a[1])) {
    if (n == 3) {
      if (!intg(2)) return std::nullopt;
      if (!sameType(a[2], T.Int64)) p.argTargets[2] = T.Int64;
    }
    return ret(T.unionOf({T.Nothing, T.RegexMatch}));
  }
  if (name == "occursin" && n == 2 && sameType(a[0], T.Regex) && isStringT(T, a[1])) return ret(T.Bool);
  if ((name == "contains" || name == "startswith" || name == "endswith") && n == 2 && isStringT(T, a[0]) &&
      sameType(a[1], T.Regex))
    return ret(T.Bool);
  if ((name == "==" || name == "isequal") && n == 2 && sameType(a[0], a[1]) &&
      (sameType(a[0], T.Regex) || sameType(a[0], T.Cmd)))
    return ret(T.Bool);
  if (name == "getindex" && n == 2 && sameType(a[0], T.RegexMatch) && (intg(1) || isStringT(T, a[1]))) {
    if (intg(1) && !sameType(a[1], T.Int64)) p.argTargets[1] = T.Int64;
    return ret(T.unionOf({T.Nothing, T.String}));
  }
  if (name == "length" && n == 1 && (sameType(a[0], T.RegexMatch) || sameType(a[0], T.Cmd))) return ret(T.Int64);
  if ((name == "_cmd" || name == "Cmd") && n == 1 && sameType(a[0], T.arrayType(T.String, 1))) return ret(T.Cmd);
  if (name == "time_ns" && n == 0) return ret(T.UInt64);
  if (name == "time" && n == 0) return ret(T.Float64);
  // vectors
  if (n >= 1) {
    TypeRef e = vectorElem(T, a[0]);
    if (!e.isNothing()) {
      if (name == "getindex" && n == 2 && intg(1)) return ret(e);
      if (name == "setindex!" && n == 3 && intg(2)) {
        if (!sameType(a[1], e)) {
          if (!(isNumericType(T, a[1]) && isNumericType(T, e))) return std::nullopt;
          p.argTargets[1] = e;
        }
        return ret(T.Nothing);
      }
      if ((name == "length" || name == "lastindex") && n == 1) return ret(T.Int64);
      if (name == "firstindex" && n == 1) return ret(T.Int64);
      if ((name == "collect" || name == "copy") && n == 1) return ret(a[0]);
      if (name == "isempty" && n == 1) return ret(T.Bool);
      if ((name == "==" || name == "!=") && n == 2 && sameType(a[0], a[1])) return ret(T.Bool);
      if (name == "push!" && n == 2) {
        if (!sameType(a[1], e)) {
          if (!(isNumericType(T, a[1]) && isNumericType(T, e))) return std::nullopt;
          p.argTargets[1] = e;
        }
        return ret(a[0]);
      }
    }
  }
  if (auto r = planArrayBuiltin(T, p, a)) return r;
  if (name == "vect" && n >= 1) {
    TypeRef e = a[0];
    for (size_t i = 1; i < n; ++i) {
      if (sameType(e, a[i])) continue;
      TypeRef pt = promoteNumeric(T, e, a[i]);
      if (pt.isNothing()) return std::nullopt;
      e = pt;
    }
    if (!isRepresentable(T, e)) return std::nullopt;
    for (size_t i = 0; i < n; ++i)
      if (!sameType(a[i], e)) p.argTargets[i] = e;
    return ret(T.arrayType(e, 1));
  }
  // dicts (jlrt/dict.hpp): keys must have the key type (setindex! converts numbers, as the
  // interpreter's dictSet does)
  if (TypeRef K, V; n >= 1 && dictTypes(T, a[0], &K, &V)) {
    auto conv = [&](size_t i, const TypeRef& to) {
      if (sameType(a[i], to)) return true;
      if (!(isNumericType(T, a[i]) && isNumericType(T, to))) return false;
      p.argTargets[i] = to;
      return true;
    };
    if (name == "length" && n == 1) return ret(T.Int64);
    if (name == "isempty" && n == 1) return ret(T.Bool);
    if (name == "getindex" && n == 2 && sameType(a[1], K)) return ret(V);
    if (name == "setindex!" && n == 3 && conv(1, V) && conv(2, K)) return ret(T.Nothing);
    if (name == "get" && n == 3 && sameType(a[1], K) && sameType(a[2], V)) return ret(V);
    if (name == "haskey" && n == 2 && sameType(a[1], K)) return ret(T.Bool);
    if (name == "delete!" && n == 2 && sameType(a[1], K)) return ret(a[0]);
  }
  // tuples (constant indices become TupleGet before this table is consulted)
  if (n >= 1 && isTuple(T, a[0])) {
    auto& ps = a[0].as<DataTypeObj>().params;
    if (name == "getindex" && n == 2 && intg(1) && !ps.empty()) {
      for (auto& e : ps)
        if (!sameType(e, ps[0])) return std::nullopt;
      return ret(ps[0]);
    }
    if (name == "tail" && n == 1 && !ps.empty()) return ret(T.tupleType(std::vector<Value>(ps.begin() + 1, ps.end())));
  }
  if (auto r = planStringBuiltin(T, name, a)) return r;
  if (auto r = planNumberBuiltin(T, name, a)) return r;  // builtins_numbers.cpp
  if (auto r = planVectorBuiltin(T, name, a)) return r;  // builtins_vectors.cpp
  return std::nullopt;
}

std::optional<TypeRef> builtinResultType(TypeSystem& T, const std::string& name, const std::vector<TypeRef>& argTypes) {
  auto p = planBuiltin(T, name, argTypes);
  if (!p) return std::nullopt;
  return p->result;
}

}  // namespace jl::types
