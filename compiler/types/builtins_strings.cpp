// The natives on strings and chars supported in compiled code beyond builtins.cpp's basics
// (jlrt/strings.hpp): byte indices and substrings, `string(n; base, pad)`, searching and
// counting, stripping, padding, case mapping, the Char predicates and Char arithmetic, and
// RegexMatch indexing by group name. Integer operands narrower than 64 bits convert to Int64.
#include "types/builtins.hpp"

namespace jl::types {

using interp::DataTypeObj;
using interp::TypeKind;
using interp::TypeSystem;
using jl::Value;

std::optional<BuiltinPlan> planStringBuiltin(TypeSystem& T, const std::string& name, const std::vector<TypeRef>& a) {
  BuiltinPlan p(name, a.size());
  size_t n = a.size();
  auto ret = [&](TypeRef t) { return p.returning(std::move(t)); };
  auto is = [&](size_t i, const TypeRef& t) { return i < n && sameType(a[i], t); };
  auto S = [&](size_t i) { return is(i, T.String); };
  auto C = [&](size_t i) { return is(i, T.Char); };
  // an integer operand passed as Int64 (not Bool; 64-bit unsigned values do not fit)
  auto I = [&](size_t i) {
    if (i >= n || !isIntegerType(T, a[i]) || sameType(a[i], T.Bool) || sameType(a[i], T.UInt64) ||
        sameType(a[i], T.Int128) || sameType(a[i], T.UInt128))
      return false;
    if (!sameType(a[i], T.Int64)) p.argTargets[i] = T.Int64;
    return true;
  };
  auto isUnitRange = [&](size_t i) {
    if (i >= n || !interp::isType(a[i], TypeKind::DataType)) return false;
    auto& d = a[i].as<DataTypeObj>();
    return d.tname->name.str() == "UnitRange" && d.params.size() == 1 && sameType(d.params[0], T.Int64);
  };

  if (n == 1 && S(0)) {
    if (name == "firstindex" || name == "lastindex") return ret(T.Int64);
    if (name == "first" || name == "last") return ret(T.Char);
    static const char* toString[] = {"titlecase", "uppercasefirst", "lowercasefirst", "strip", "lstrip",
                                     "rstrip", "chomp", "reverse", "String"};
    for (const char* f : toString)
      if (name == f) return ret(T.String);
    if (name == "isascii") return ret(T.Bool);
  }
  if (n == 1 && name == "String" && is(0, T.Symbol)) return ret(T.String);
  if (n == 1 && C(0)) {
    if (name == "uppercase" || name == "lowercase" || name == "titlecase") return ret(T.Char);
    static const char* preds[] = {"isdigit", "isxdigit", "isletter", "isspace", "isuppercase", "islowercase",
                                  "ispunct", "isascii"};
    for (const char* f : preds)
      if (name == f) return ret(T.Bool);
  }
  if (n == 2 && S(0)) {
    if (name == "codeunit" && I(1)) return ret(T.UInt8);
    if (name == "getindex" && isUnitRange(1)) return ret(T.String);
    if ((name == "thisind" || name == "nextind" || name == "prevind") && I(1)) return ret(T.Int64);
    if (name == "isvalid" && I(1)) return ret(T.Bool);
    if ((name == "first" || name == "last") && I(1)) return ret(T.String);
    if (name == "repeat" && I(1)) return ret(T.String);
    if (name == "contains" && (S(1) || C(1))) return ret(T.Bool);
    if (name == "cmp" && S(1)) return ret(T.Int64);
  }
  if (n == 2 && name == "repeat" && C(0) && I(1)) return ret(T.String);
  if (n == 2 && name == "in" && C(0) && S(1)) return ret(T.Bool);
  if (n == 2 && (name == "findfirst" || name == "findlast") && C(0) && S(1))
    return ret(T.unionOf({T.Nothing, T.Int64}));
  if (n == 4 && name == "_split" && S(0) && (S(1) || C(1) || is(1, T.Nothing)) && I(2) && is(3, T.Bool))
    return ret(T.arrayType(T.String, 1));
  if (n == 3 && name == "_count_str" && (S(0) || C(0)) && S(1) && is(2, T.Bool)) return ret(T.Int64);
  if (n == 3 && name == "_chop" && S(0) && I(1) && I(2)) return ret(T.String);
  // string(n; base, pad)
  if (n == 3 && name == "_string_int" && isIntegerType(T, a[0]) && !sameType(a[0], T.Bool) &&
      !sameType(a[0], T.Int128) && !sameType(a[0], T.UInt128) && I(1) && I(2))
    return ret(T.String);
  if ((name == "lpad" || name == "rpad") && (n == 2 || n == 3) && (S(0) || C(0) || is(0, T.Int64)) && I(1) && (n == 2 || S(2) || C(2)))
    return ret(T.String);
  // Char arithmetic
  if (n == 2 && name == "+" && C(0) && I(1)) return ret(T.Char);
  if (n == 2 && name == "+" && C(1) && I(0)) return ret(T.Char);
  if (n == 2 && name == "-" && C(0) && I(1)) return ret(T.Char);
  if (n == 2 && name == "-" && C(0) && C(1)) return ret(T.Int64);
  // Char(i), Int(c) (the constructors; Bool and 128-bit integers excluded)
  if (n == 1 && name == "Char" && isIntegerType(T, a[0]) && !sameType(a[0], T.Bool) && !sameType(a[0], T.Int128) &&
      !sameType(a[0], T.UInt128))
    return ret(T.Char);
  if (n == 1 && C(0)) {
    static const std::pair<const char*, TypeRef TypeSystem::*> ints[] = {
        {"Int8", &TypeSystem::Int8},     {"Int16", &TypeSystem::Int16},   {"Int32", &TypeSystem::Int32},
        {"Int64", &TypeSystem::Int64},   {"UInt8", &TypeSystem::UInt8},   {"UInt16", &TypeSystem::UInt16},
        {"UInt32", &TypeSystem::UInt32}, {"UInt64", &TypeSystem::UInt64}};
    for (auto& [tn, field] : ints)
      if (name == tn) return ret(T.*field);
  }
  // m[:name] on a RegexMatch
  if (n == 2 && name == "getindex" && is(0, T.RegexMatch) && is(1, T.Symbol)) return ret(T.unionOf({T.Nothing, T.String}));
  return std::nullopt;
}

}  // namespace jl::types
