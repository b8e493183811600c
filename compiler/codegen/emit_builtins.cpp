// Builtin nodes -> jlrt calls, chosen by the builtin's Julia name and its argument types:
// arithmetic, comparisons and bitwise operators (with the promotions the IR leaves implicit),
// math functions, conversions, printing (print/println/show/display/string/repr/sprint),
// strings, vectors, tuples, time_ns, and the accessors of caught exceptions (arrays:
// emit_arrays.cpp). An unknown
// name or unsupported argument types is a CodegenError, never silently wrong code.
#include "codegen/emitter.hpp"
#include "interp/types.hpp"

namespace jl::codegen {

using ir::Node;
using ir::Op;

namespace {
bool numeric(TypeClass c) { return c == TypeClass::Int || c == TypeClass::Float || c == TypeClass::Bool; }

std::string join(const std::vector<std::string>& xs, size_t from = 0) {
  std::string s;
  for (size_t i = from; i < xs.size(); ++i) s += (i > from ? ", " : "") + xs[i];
  return s;
}

// The IO stream a printing builtin writes to when its first argument is an IO value.
bool ioArgument(const Node& k, std::string& io) {
  std::string tn = typeNameOf(k.type);
  if (tn != "IOStream" && tn != "IO" && tn != "TTY" && tn != "IOBuffer") return false;
  io = "jlrt::out()";
  if (k.op == Op::Const && k.value.isObject(ObjKind::Other)) {
    if (auto* o = dynamic_cast<const interp::IOObj*>(k.value.obj()); o && o->sink == interp::IOObj::Sink::Stderr)
      io = "jlrt::err()";
  }
  return true;
}
}  // namespace

std::string FunctionEmitter::emitBuiltin(const Node& n, std::vector<std::string> a) {
  const std::string& name = n.name;
  size_t na = a.size();
  std::vector<TypeClass> tc;
  std::vector<std::string> ct;
  for (auto& k : n.kids) {
    tc.push_back(E.classify(k->type));
    ct.push_back(tc.back() == TypeClass::Unsupported ? nodeCppType(*k) : E.cppType(k->type));
  }
  TypeClass rc = E.classify(n.type);
  auto unsupported = [&]() -> std::string {
    std::string types;
    for (size_t i = 0; i < n.kids.size(); ++i) types += (i ? ", " : "") + E.juliaTypeName(n.kids[i]->type);
    E.fail("unsupported builtin `" + name + "(" + types + ")` in compiled code", &n);
  };
  // The program: Base.ARGS and the exit status `@main` returns.
  if (name == "program_args" && na == 0) return "jlrt::program_args()";
  if (name == "join" && na >= 1 && na <= 3 && tc[0] == TypeClass::Vector) {
    std::string s = "jlrt::join(" + a[0];
    for (size_t i = 1; i < na; ++i) s += ", " + a[i];
    return s + ")";
  }
  if (name == "set_exit_status" && na == 1) return "jlrt::set_exit_status(" + a[0] + ")";
  auto call = [&](const std::string& f, size_t from = 0) { return f + "(" + join(a, from) + ")"; };
  // Operands of same-type arithmetic, converted to the result type where the IR mixes types.
  auto promoted = [&](const std::string& target) {
    std::vector<std::string> out = a;
    for (size_t i = 0; i < na; ++i)
      if (ct[i] != target) out[i] = "static_cast<" + target + ">(" + a[i] + ")";
    return out;
  };
  auto arith2 = [&](const std::string& f) -> std::string {
    if (na != 2 || !numeric(tc[0]) || !numeric(tc[1]) || !numeric(rc)) return unsupported();
    auto p = promoted(E.cppType(n.type));
    return "jlrt::" + f + "(" + p[0] + ", " + p[1] + ")";
  };
  auto allNumeric = [&]() {
    for (auto c : tc)
      if (!numeric(c)) return false;
    return true;
  };
  // arrays: construction, Array{T,N} indexing, size, sum, elementwise arithmetic (emit_arrays.cpp)
  if (std::string s = emitArrayBuiltin(n, a); !s.empty()) return s;
  if (std::string s = emitStringBuiltin(n, a); !s.empty()) return s;  // strings, chars (emit_strings.cpp)
  if (std::string s = emitNumberBuiltin(n, a); !s.empty()) return s;  // emit_numbers.cpp

  // ---- arithmetic ----
  if (name == "+") {
    if (na == 1) return a[0];
    return arith2("add");
  }
  if (name == "-") {
    if (na == 1 && numeric(tc[0])) return "jlrt::neg(" + (ct[0] == E.cppType(n.type) ? a[0] : "static_cast<" + E.cppType(n.type) + ">(" + a[0] + ")") + ")";
    return arith2("sub");
  }
  if (name == "*") {
    if (na >= 2 && (rc == TypeClass::String)) return call("jlrt::concat");
    return arith2("mul");
  }
  if (name == "/") {
    if (na != 2 || !allNumeric()) return unsupported();
    auto p = promoted(E.cppType(n.type));
    return "jlrt::fdiv(" + p[0] + ", " + p[1] + ")";
  }
  if (name == "÷" || name == "div") return arith2("div");
  if (name == "%" || name == "rem") return arith2("rem");
  if (name == "mod") return arith2("mod");
  if (name == "fld") return arith2("fld");
  if (name == "cld") return arith2("cld");
  if (name == "&") return arith2("band");
  if (name == "|") return arith2("bor");
  if (name == "xor" || name == "⊻") return arith2("bxor");
  if (name == "min" && na == 2) return arith2("min");
  if (name == "max" && na == 2) return arith2("max");
  if (name == "^") {
    if (na == 2 && (tc[0] == TypeClass::String || tc[0] == TypeClass::Char) && tc[1] == TypeClass::Int)
      return "jlrt::repeat(" + a[0] + ", " + a[1] + ")";
    if (na != 2 || !allNumeric()) return unsupported();
    std::string base = ct[0] == E.cppType(n.type) ? a[0] : "static_cast<" + E.cppType(n.type) + ">(" + a[0] + ")";
    std::string ex = a[1];
    if (tc[0] == TypeClass::Float && tc[1] == TypeClass::Float && ct[1] != E.cppType(n.type))
      ex = "static_cast<" + E.cppType(n.type) + ">(" + a[1] + ")";
    return "jlrt::pow(" + base + ", " + ex + ")";
  }
  if (name == "<<" || name == ">>" || name == ">>>") {
    if (na != 2 || tc[0] != TypeClass::Int || !numeric(tc[1])) return unsupported();
    return std::string(name == "<<" ? "jlrt::shl(" : name == ">>" ? "jlrt::shr(" : "jlrt::lshr(") + a[0] + ", " + a[1] + ")";
  }
  if (name == "~") {
    if (na != 1 || !numeric(tc[0])) return unsupported();
    return "jlrt::bnot(" + a[0] + ")";
  }
  if (name == "!") {
    if (na != 1 || tc[0] != TypeClass::Bool) return unsupported();
    return "!" + a[0];
  }

  // ---- comparisons ----
  static const std::map<std::string, std::string> cmp = {{"==", "eq"}, {"!=", "ne"}, {"≠", "ne"}, {"<", "lt"},
                                                        {"<=", "le"}, {"≤", "le"}, {">", "gt"}, {">=", "ge"},
                                                        {"≥", "ge"}, {"isequal", "isequal"}, {"isless", "isless"}};
  if (auto it = cmp.find(name); it != cmp.end()) {
    if (na != 2) return unsupported();
    if ((it->second == "isequal" || it->second == "isless") && ct[0] != ct[1]) {
      if (!allNumeric()) return unsupported();
      auto p = promoted(ct[0]);
      return "jlrt::" + it->second + "(" + p[0] + ", " + p[1] + ")";
    }
    if (ct[0] != ct[1] && !(numeric(tc[0]) && numeric(tc[1]))) {
      if (it->second == "eq" || it->second == "isequal") return "false";
      if (it->second == "ne") return "true";
      return unsupported();
    }
    if (tc[0] == TypeClass::Vector && (it->second == "eq" || it->second == "ne"))  // elementwise ==
      return std::string(it->second == "ne" ? "!" : "") + "(" + a[0] + " == " + a[1] + ")";
    if ((tc[0] == TypeClass::Regex || tc[0] == TypeClass::Cmd) && it->second != "eq" && it->second != "isequal")
      return unsupported();
    return "jlrt::" + it->second + "(" + a[0] + ", " + a[1] + ")";
  }
  if (name == "===" || name == "≡" || name == "!==" || name == "≢") {
    if (na != 2) return unsupported();
    bool neg = name == "!==" || name == "≢";
    std::string r;
    if (ct[0] != ct[1]) r = "false";
    else if (tc[0] == TypeClass::Nothing) r = "true";
    else if (numeric(tc[0]) || tc[0] == TypeClass::Char || tc[0] == TypeClass::Symbol) r = "jlrt::egal(" + a[0] + ", " + a[1] + ")";
    else if (tc[0] == TypeClass::String) r = "(" + a[0] + " == " + a[1] + ")";
    else if (tc[0] == TypeClass::Vector || tc[0] == TypeClass::Dict) r = a[0] + ".same(" + a[1] + ")";
    else if (tc[0] == TypeClass::MutableStruct) r = "(" + a[0] + " == " + a[1] + ")";
    else if (tc[0] == TypeClass::Optional) r = "jlrt::egal(" + a[0] + ", " + a[1] + ")";
    else if (tc[0] == TypeClass::Regex) r = a[0] + ".same(" + a[1] + ")";  // mutable: identity
    else return unsupported();
    if (!neg) return r;
    if (r == "false") return "true";
    if (r == "true") return "false";
    return "!" + r;
  }

  // ---- math ----
  static const std::set<std::string> math1 = {"sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan",
                                              "sinh", "cosh", "tanh", "exp", "exp2", "expm1", "log", "log2",
                                              "log10", "log1p", "abs", "sign"};
  if (math1.count(name) && na == 1 && numeric(tc[0])) return "jlrt::" + name + "(" + a[0] + ")";
  static const std::set<std::string> pred1 = {"isnan", "isinf", "isfinite", "iseven", "isodd", "iszero",
                                              "isone", "signbit", "isinteger", "abs2"};
  if (name == "float" && na == 1 && numeric(tc[0])) return "jlrt::float_value(" + a[0] + ")";
  if (pred1.count(name) && na == 1 && numeric(tc[0])) return "jlrt::" + name + "(" + a[0] + ")";
  if (name == "hypot" && na == 2 && allNumeric()) {
    auto p = promoted(E.cppType(n.type));
    return "jlrt::hypot(" + p[0] + ", " + p[1] + ")";
  }
  if ((name == "lastindex" || name == "firstindex") && na == 1 &&
      (tc[0] == TypeClass::Vector || tc[0] == TypeClass::String))
    return name == "firstindex" ? "int64_t(1)" : (tc[0] == TypeClass::Vector ? "jlrt::length(" : "jlrt::ncodeunits(") + a[0] + ")";
  if (name == "atan" && na == 2 && allNumeric()) {
    auto p = promoted(E.cppType(n.type));
    return "jlrt::atan2(" + p[0] + ", " + p[1] + ")";
  }
  if ((name == "round" || name == "trunc" || name == "floor" || name == "ceil")) {
    if (na == 1 && numeric(tc[0])) return "jlrt::" + name + "(" + a[0] + ")";
    if (na == 2 && n.kids[0]->op == Op::TypeConst && numeric(tc[1]))
      return "jlrt::" + name + "_to<" + E.cppType(n.kids[0]->value) + ">(" + a[1] + ")";
    return unsupported();
  }
  if ((name == "typemax" || name == "typemin") && na == 1 && n.kids[0]->op == Op::TypeConst)
    return "jlrt::" + name + "<" + E.cppType(n.kids[0]->value) + ">()";
  if ((name == "zero" || name == "one") && na == 1 && numeric(rc))
    return E.cppType(n.type) + "(" + (name == "zero" ? "0" : "1") + ")";

  // ---- conversions ----
  if (name == "convert" && na == 2) {
    std::string to = E.cppType(n.type);
    if (ct[1] == to) return a[1];
    if (numeric(tc[1]) && numeric(rc)) return "jlrt::convert_checked<" + to + ">(" + a[1] + ")";
    if (tc[1] == TypeClass::Char && numeric(rc)) return "jlrt::from_char<" + to + ">(" + a[1] + ")";
    if (numeric(tc[1]) && rc == TypeClass::Char) return "jlrt::to_char(" + a[1] + ")";
    return unsupported();
  }
  if ((name == "Int8" || name == "Int16" || name == "Int32" || name == "Int64" || name == "Int" || name == "UInt8" ||
       name == "UInt16" || name == "UInt32" || name == "UInt64" || name == "UInt" || name == "Float32" ||
       name == "Float64" || name == "Bool") && na == 1) {
    std::string to = E.cppType(n.type);
    if (ct[0] == to) return a[0];
    if (numeric(tc[0])) return "jlrt::convert_checked<" + to + ">(" + a[0] + ")";
    if (tc[0] == TypeClass::Char) return "jlrt::from_char<" + to + ">(" + a[0] + ")";
    return unsupported();
  }
  if (name == "Char" && na == 1) {
    if (tc[0] == TypeClass::Char) return a[0];
    if (numeric(tc[0])) return "jlrt::to_char(" + a[0] + ")";
    return unsupported();
  }
  if (name == "codepoint" && na == 1 && tc[0] == TypeClass::Char) return "jlrt::from_char<uint32_t>(" + a[0] + ")";

  // ---- printing ----
  if (name == "print" || name == "println" || name == "show" || name == "display") {
    std::string io = "jlrt::out()";
    size_t from = 0;
    if (na >= 1 && ioArgument(*n.kids[0], io)) from = 1;
    std::string f = "jlrt::" + name;
    if ((name == "show" || name == "display") && na - from != 1) return unsupported();
    std::string rest = join(a, from);
    return f + "(" + io + (rest.empty() ? "" : ", " + rest) + ")";
  }
  if (name == "flush") return "jlrt::out().flush()";
  if (name == "string") return na == 1 && tc[0] == TypeClass::String ? a[0] : call("jlrt::string");
  if (name == "repr" && na == 1) return "jlrt::repr(" + a[0] + ")";
  if (name == "sprint" && na == 2) {
    std::string f;
    const Node& k = *n.kids[0];
    if (k.op == Op::Const && k.value.isObject(ObjKind::Function)) f = k.value.as<interp::FunctionObj>().name.str();
    else if (tc[0] == TypeClass::Function) f = typeNameOf(k.type).substr(1);
    if (f == "showerror" && ct[1] == "jlrt::Exception") return "jlrt::showerror_text(" + a[1] + ")";
    if (f == "show") return "jlrt::repr(" + a[1] + ")";
    if (f == "print") return "jlrt::string(" + a[1] + ")";
    return unsupported();
  }
  if ((name == "sprint_showerror" || name == "showerror_text" || name == "showerror") && na == 1 &&
      ct[0] == "jlrt::Exception")
    return "jlrt::showerror_text(" + a[0] + ")";
  if (name == "time_ns" && na == 0) return "jlrt::time_ns()";
  if (name == "time" && na == 0) return "jlrt::time()";
  if (name == ":" && (na == 2 || na == 3) && (rc == TypeClass::Struct)) {
    const StructInfo* si = E.structOf(n.type);
    if (na == 2) return si->cppName + "{" + a[0] + ", jlrt::unitrange_last(" + a[0] + ", " + a[1] + ")}";
    return si->cppName + "{" + a[0] + ", " + a[1] + ", jlrt::steprange_last(" + a[0] + ", " + a[1] + ", " + a[2] + ")}";
  }

  // ---- exceptions and types ----
  if (name == "typeof" && na == 1) {
    if (ct[0] == "jlrt::Exception") return "jlrt::type_of(" + a[0] + ")";
    if (tc[0] == TypeClass::Optional)
      return "(" + a[0] + ".is_nothing() ? jlrt::Type{\"Nothing\"_jl} : " + E.typeValueExpr(E.optionalElem(n.kids[0]->type)) + ")";
    return E.typeValueExpr(n.kids[0]->type);
  }
  if ((name == "getproperty" || name == "getfield") && na == 2 && n.kids[1]->op == Op::Const) {
    const jl::Value& f = n.kids[1]->value;
    std::string field = f.isSymbol() ? f.asSymbol().str() : "";
    if (ct[0] == "jlrt::Exception" && field == "msg") return a[0] + ".msg()";
    if (tc[0] == TypeClass::RegexMatch || tc[0] == TypeClass::Optional) {
      // a RegexMatch, or the optional result of `match` (unwrapped: an error when nothing)
      if (tc[0] == TypeClass::Optional && E.classify(E.optionalElem(n.kids[0]->type)) != TypeClass::RegexMatch)
        return unsupported();
      std::string m = tc[0] == TypeClass::Optional ? a[0] + ".value(" + cppStringLiteral(field) + ")" : a[0];
      if (field == "match" || field == "captures" || field == "offset" || field == "offsets" || field == "regex")
        return m + "." + field;
      return unsupported();
    }
    if (tc[0] == TypeClass::Regex && field == "pattern") return a[0] + ".pattern()";
    if (tc[0] == TypeClass::Cmd && field == "exec") return a[0] + ".exec()";
    if (tc[0] == TypeClass::Struct || tc[0] == TypeClass::MutableStruct) {
      const StructInfo* si = E.structOf(n.kids[0]->type);
      for (auto& fn : si->def->fieldNames)
        if (fn == field) return a[0] + (tc[0] == TypeClass::MutableStruct ? "->" : ".") + sanitizeName(field);
    }
    return unsupported();
  }
  if (name == "error") {
    if (na == 1 && tc[0] == TypeClass::String) return "jlrt::throw_error(" + a[0] + ")";
    return "jlrt::throw_error(jlrt::string(" + join(a) + "))";
  }
  if (name == "throw" && na == 1) {
    return ct[0] == "jlrt::Exception" ? "jlrt::throw_exception(" + a[0] + ")" : "jlrt::throw_value(" + a[0] + ")";
  }
  if (name == "exception_msg" && na == 1 && ct[0] == "jlrt::Exception") return a[0] + ".msg()";
  if (name == "rethrow" && na == 0) return "throw";
  if (name == "isa" && na == 2 && n.kids[1]->op == Op::TypeConst) {
    const ir::TypeRef& want = n.kids[1]->value;
    if (ct[0] == "jlrt::Exception") {
      std::string wn = typeNameOf(want);
      if (wn == "Exception" || wn == "Any") return "true";
      return "(" + a[0] + ".type_name() == " + cppStringLiteral(E.juliaTypeName(want)) + ")";
    }
    if (E.opts.types) return E.opts.types->isSubtype(n.kids[0]->type, want) ? "true" : "false";
    return unsupported();
  }
  if (name == "identity" && na == 1) return a[0];
  if (name == "ifelse" && na == 3) return "(" + a[0] + " ? " + a[1] + " : " + a[2] + ")";
  if (name == "Symbol" && na == 1 && tc[0] == TypeClass::String) return "jlrt::symbol(" + a[0] + ".view())";

  // ---- regular expressions, commands, optionals ----
  if (name == "Regex" && (na == 1 || na == 2) && rc == TypeClass::Regex) return call("jlrt::Regex::make");
  if (name == "match" && (na == 2 || na == 3) && tc[0] == TypeClass::Regex) return call("jlrt::match");
  if (name == "occursin" && na == 2 && tc[0] == TypeClass::Regex) return call("jlrt::occursin");
  if (name == "contains" && na == 2 && tc[1] == TypeClass::Regex) return "jlrt::occursin(" + a[1] + ", " + a[0] + ")";
  if (name == "getindex" && na == 2 && tc[0] == TypeClass::RegexMatch) return call("jlrt::getindex");
  if (name == "length" && na == 1 && (tc[0] == TypeClass::RegexMatch || tc[0] == TypeClass::Cmd))
    return call("jlrt::length");
  if ((name == "_cmd" || name == "Cmd") && na == 1 && rc == TypeClass::Cmd) return "jlrt::Cmd::make(" + a[0] + ")";
  if (name == "isnothing" && na == 1 && tc[0] == TypeClass::Optional) return a[0] + ".is_nothing()";
  if (name == "optional_value" && na == 2 && tc[0] == TypeClass::Optional && tc[1] == TypeClass::String)
    return a[0] + ".value_or_method_error(" + a[1] + ")";

  // ---- strings ----
  if (na >= 1 && tc[0] == TypeClass::String) {
    if (name == "length" && na == 1) return "jlrt::length(" + a[0] + ")";
    if (name == "ncodeunits" && na == 1) return "jlrt::ncodeunits(" + a[0] + ")";
    if (name == "sizeof" && na == 1) return "jlrt::ncodeunits(" + a[0] + ")";
    if (name == "isempty" && na == 1) return "jlrt::isempty(" + a[0] + ")";
    if (name == "getindex" && na == 2 && tc[1] == TypeClass::Int) return "jlrt::getindex(" + a[0] + ", " + a[1] + ")";
    if (name == "repeat" && na == 2) return "jlrt::repeat(" + a[0] + ", " + a[1] + ")";
    if ((name == "startswith" || name == "endswith") && na == 2) return call("jlrt::" + name);
    if ((name == "uppercase" || name == "lowercase") && na == 1) return call("jlrt::" + name);
    if (name == "occursin" && na == 2) return call("jlrt::occursin");
  }

  // ---- vectors ----
  if (name == "vect") {
    if (rc != TypeClass::Vector) return unsupported();
    std::string et = E.cppType(E.vectorElem(n.type));
    std::vector<std::string> xs;
    for (size_t i = 0; i < na; ++i) xs.push_back(ct[i] == et ? a[i] : "static_cast<" + et + ">(" + a[i] + ")");
    return E.cppType(n.type) + "::make({" + join(xs) + "})";
  }
  if (na >= 1 && tc[0] == TypeClass::Vector) {
    std::string et = E.cppType(E.vectorElem(n.kids[0]->type));
    auto elem = [&](size_t i) { return ct[i] == et ? a[i] : "static_cast<" + et + ">(" + a[i] + ")"; };
    if (name == "length" && na == 1) return "jlrt::length(" + a[0] + ")";
    if (name == "isempty" && na == 1) return "jlrt::isempty(" + a[0] + ")";
    if (name == "getindex" && na == 2 && tc[1] == TypeClass::Int) return "jlrt::getindex(" + a[0] + ", " + a[1] + ")";
    if (name == "setindex!" && na == 3 && tc[2] == TypeClass::Int)
      return "jlrt::setindex(" + a[0] + ", " + elem(1) + ", " + a[2] + ")";
    // inside @inbounds (docs/compiler.md, "Checks")
    if (name == "unsafe_getindex" && na == 2 && tc[1] == TypeClass::Int)
      return "jlrt::unsafe_getindex(" + a[0] + ", " + a[1] + ")";
    if (name == "unsafe_setindex!" && na == 3 && tc[2] == TypeClass::Int)
      return "jlrt::unsafe_setindex(" + a[0] + ", " + elem(1) + ", " + a[2] + ")";
    if (name == "push!" && na >= 2) {
      std::string s = a[0];
      for (size_t i = 1; i < na; ++i) s = "jlrt::push(" + s + ", " + elem(i) + ")";
      return s;
    }
    if (name == "pushfirst!" && na == 2) return "jlrt::pushfirst(" + a[0] + ", " + elem(1) + ")";
    if (name == "pop!" && na == 1) return "jlrt::pop(" + a[0] + ")";
    if (name == "popfirst!" && na == 1) return "jlrt::popfirst(" + a[0] + ")";
    if ((name == "first" || name == "last" || name == "copy") && na == 1) return "jlrt::" + name + "(" + a[0] + ")";
    if (name == "collect" && na == 1) return "jlrt::copy(" + a[0] + ")";
  }

  // ---- dicts (jlrt/dict.hpp) ----
  if (name == "dict_new" || name == "dict_make") {
    if (rc != TypeClass::Dict || na % 2 != 0) return unsupported();
    auto ps = E.tupleElems(n.type);
    std::string kt = E.cppType(ps[0]), vt = E.cppType(ps[1]);
    if (na == 0) return E.cppType(n.type) + "()";
    std::vector<std::string> kvs;
    for (size_t i = 0; i < na; i += 2) kvs.push_back("{" + a[i] + ", " + a[i + 1] + "}");
    return "jlrt::dict_make<" + kt + ", " + vt + ">({" + join(kvs) + "})";
  }
  if (na >= 1 && tc[0] == TypeClass::Dict) {
    if (name == "length" && na == 1) return "jlrt::length(" + a[0] + ")";
    if (name == "isempty" && na == 1) return "jlrt::isempty(" + a[0] + ")";
    if (name == "getindex" && na == 2) return call("jlrt::getindex");
    if (name == "setindex!" && na == 3) return call("jlrt::setindex");
    if (name == "get" && na == 3) return call("jlrt::get");
    if (name == "haskey" && na == 2) return call("jlrt::haskey");
    if (name == "delete!" && na == 2) return call("jlrt::dict_delete");
    if (name == "dict_keys" && na == 1) return call("jlrt::dict_keys");
    if (name == "dict_values" && na == 1) return call("jlrt::dict_values");
  }

  // ---- tuples ----
  if (na >= 1 && tc[0] == TypeClass::Tuple) {
    size_t len = E.tupleElems(n.kids[0]->type).size();
    if (name == "length" && na == 1) return "int64_t(" + std::to_string(len) + ")";
    if (name == "isempty" && na == 1) return len == 0 ? "true" : "false";
    if (name == "getindex" && na == 2 && tc[1] == TypeClass::Int) {
      const Node& i = *n.kids[1];
      if (i.op == Op::Const && i.value.tag() == Tag::Int64 && i.value.asInt64() >= 1 &&
          static_cast<size_t>(i.value.asInt64()) <= len)
        return "std::get<" + std::to_string(i.value.asInt64() - 1) + ">(" + a[0] + ")";
      return "jlrt::tuple_getindex(" + a[0] + ", " + a[1] + ")";
    }
    if ((name == "tail" || name == "Base.tail") && na == 1) return "jlrt::tuple_tail(" + a[0] + ")";
    if (name == "first" && na == 1 && len > 0) return "std::get<0>(" + a[0] + ")";
    if (name == "last" && na == 1 && len > 0) return "std::get<" + std::to_string(len - 1) + ">(" + a[0] + ")";
  }
  return unsupported();
}

}  // namespace jl::codegen
