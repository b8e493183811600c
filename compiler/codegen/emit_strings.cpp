// Builtin nodes on strings and chars planned by compiler/types/builtins_strings.cpp ->
// jlrt/strings.hpp calls (byte indices and substrings, `string(n; base, pad)`, searching,
// counting, stripping, padding, case mapping, Char predicates and arithmetic) and
// RegexMatch indexing by group name. Returns "" for nodes that are not among them.
#include "codegen/emitter.hpp"

namespace jl::codegen {

using ir::Node;

std::string FunctionEmitter::emitStringBuiltin(const Node& n, const std::vector<std::string>& a) {
  const std::string& name = n.name;
  size_t na = a.size();
  std::vector<TypeClass> tc;
  for (auto& k : n.kids) tc.push_back(E.classify(k->type));
  auto is = [&](size_t i, TypeClass c) { return i < na && tc[i] == c; };
  auto S = [&](size_t i) { return is(i, TypeClass::String); };
  auto C = [&](size_t i) { return is(i, TypeClass::Char); };
  auto I = [&](size_t i) { return is(i, TypeClass::Int) && E.cppType(n.kids[i]->type) == "int64_t"; };
  auto args = [&]() {
    std::string s;
    for (size_t i = 0; i < na; ++i) s += (i ? ", " : "") + a[i];
    return s;
  };
  auto call = [&](const std::string& f) { return "jlrt::" + f + "(" + args() + ")"; };

  if (na == 1 && S(0)) {
    if (name == "firstindex") return "int64_t(1)";
    if (name == "lastindex") return call("lastindex");
    if (name == "first" || name == "last") return call(name);
    if (name == "String") return a[0];
    static const char* same[] = {"titlecase", "uppercasefirst", "lowercasefirst", "strip", "lstrip",
                                 "rstrip", "chomp", "reverse", "isascii"};
    for (const char* f : same)
      if (name == f) return call(f);
  }
  if (na == 1 && name == "String" && is(0, TypeClass::Symbol)) return call("string_of");
  if (na == 1 && C(0)) {
    static const char* same[] = {"uppercase", "lowercase", "titlecase", "isdigit", "isxdigit", "isletter",
                                 "isspace", "isuppercase", "islowercase", "ispunct", "isascii"};
    for (const char* f : same)
      if (name == f) return call(f);
  }
  if (na == 2 && S(0)) {
    if ((name == "codeunit" || name == "thisind" || name == "nextind" || name == "prevind" || name == "isvalid" ||
         name == "first" || name == "last" || name == "repeat") && I(1))
      return call(name);
    if (name == "getindex" && is(1, TypeClass::Struct)) return call("getindex_range");
    if (name == "contains" && (S(1) || C(1))) return call("contains");
    if (name == "cmp" && S(1)) return call("cmp");
  }
  if (na == 2 && name == "repeat" && C(0) && I(1)) return call("repeat");
  if (na == 2 && name == "in" && C(0) && S(1)) return call("in");
  if (na == 2 && (name == "findfirst" || name == "findlast") && C(0) && S(1)) return call(name);
  if (na == 4 && name == "_split" && S(0) && (S(1) || C(1) || is(1, TypeClass::Nothing)) && I(2) &&
      is(3, TypeClass::Bool))
    return call("split");
  if (na == 3 && name == "_count_str" && (S(0) || C(0)) && S(1) && is(2, TypeClass::Bool)) return call("count");
  if (na == 3 && name == "_chop" && S(0) && I(1) && I(2)) return call("chop");
  if (na == 3 && name == "_string_int" && is(0, TypeClass::Int) && I(1) && I(2)) {
    std::string t = E.cppType(n.kids[0]->type);
    bool isUnsigned = t.rfind("uint", 0) == 0;
    std::string x = isUnsigned ? (t == "uint64_t" ? a[0] : "static_cast<uint64_t>(" + a[0] + ")")
                               : (t == "int64_t" ? a[0] : "static_cast<int64_t>(" + a[0] + ")");
    return std::string(isUnsigned ? "jlrt::string_uint(" : "jlrt::string_int(") + x + ", " + a[1] + ", " + a[2] + ")";
  }
  if ((name == "lpad" || name == "rpad") && (na == 2 || na == 3) && (S(0) || C(0) || I(0)) && I(1) &&
      (na == 2 || S(2) || C(2))) {
    auto text = [&](size_t i) { return S(i) ? a[i] : (C(i) ? "jlrt::string_of(" : "jlrt::string(") + a[i] + ")"; };
    return "jlrt::" + name + "(" + text(0) + ", " + a[1] + ", " + (na == 3 ? text(2) : std::string("\" \"_jl")) + ")";
  }
  if (na == 2 && name == "+" && C(0) && I(1)) return call("char_add");
  if (na == 2 && name == "+" && C(1) && I(0)) return "jlrt::char_add(" + a[1] + ", " + a[0] + ")";
  if (na == 2 && name == "-" && C(0) && I(1)) return call("char_sub");
  if (na == 2 && name == "-" && C(0) && C(1)) return call("char_diff");
  if (na == 2 && name == "getindex" && is(0, TypeClass::RegexMatch) && is(1, TypeClass::Symbol))
    return "jlrt::getindex(" + a[0] + ", jlrt::String(" + a[1] + ".name()))";
  return "";
}

}  // namespace jl::codegen
