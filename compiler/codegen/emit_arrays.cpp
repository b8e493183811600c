// Builtin nodes on arrays -> jlrt calls (jlrt/array.hpp): construction from dimensions
// (`_fill`, `_array_undef`), matrix literals (`hvcat`), indexing of Array{T,N}
// (checked, and unchecked inside @inbounds), size/length/ndims/lastindex, fill!, copy, sum,
// ===, and elementwise arithmetic. Vector indexing and push!/pop! stay in emit_builtins.cpp.
#include "codegen/emitter.hpp"

namespace jl::codegen {

using ir::Node;
using ir::Op;

namespace {
std::string joinArgs(const std::vector<std::string>& xs, size_t from = 0) {
  std::string s;
  for (size_t i = from; i < xs.size(); ++i) s += (i > from ? ", " : "") + xs[i];
  return s;
}
bool numericClass(TypeClass c) { return c == TypeClass::Int || c == TypeClass::Float || c == TypeClass::Bool; }
}  // namespace

std::string FunctionEmitter::emitArrayBuiltin(const Node& n, const std::vector<std::string>& a) {
  const std::string& name = n.name;
  size_t na = a.size();
  TypeClass rc = E.classify(n.type);
  auto kidClass = [&](size_t i) { return i < na ? E.classify(n.kids[i]->type) : TypeClass::Unsupported; };
  auto call = [&](const std::string& f, size_t from = 0) { return f + "(" + joinArgs(a, from) + ")"; };
  bool resultArray = rc == TypeClass::Array || rc == TypeClass::Vector;
  // ---- construction ----
  if (name == "_fill" && na == 3 && resultArray)
    return "jlrt::array_fill<" + E.cppType(n.type) + ">(" + a[0] + ", " + a[2] + ")";
  if (name == "_array_undef" && resultArray) return "jlrt::array_undef<" + E.cppType(n.type) + ">(" + joinArgs(a) + ")";
  if (name == "hvcat" && rc == TypeClass::Array && na >= 1)
    return E.cppType(n.type) + "::from_rows(" + a[0] + ", {" + joinArgs(a, 1) + "})";
  // ---- integer ranges and `in` (jlrt/containers.hpp) ----
  auto rangeKind = [&](size_t i) { return i < na ? typeNameOf(n.kids[i]->type) : std::string(); };
  if (name == "in" && na == 2 && rangeKind(1) == "UnitRange") return call("jlrt::in_unitrange");
  if (name == "in" && na == 2 && rangeKind(1) == "StepRange") return call("jlrt::in_steprange");
  if (name == "in" && na == 2 && kidClass(1) == TypeClass::Vector) return call("jlrt::in");
  if (name == "collect" && na == 1 && rangeKind(0) == "UnitRange") return call("jlrt::collect_unitrange");
  if (name == "collect" && na == 1 && rangeKind(0) == "StepRange") return call("jlrt::collect_steprange");
  if ((name == "==" || name == "!=") && na == 2 && (rangeKind(0) == "UnitRange" || rangeKind(1) == "UnitRange")) {
    std::string r = rangeKind(0) == "UnitRange" ? a[0] + ", " + a[1] : a[1] + ", " + a[0];
    // (swapping the operands keeps their order of evaluation: effectful operands but the
    // last are already temporaries)
    return std::string(name == "!=" ? "!" : "") + "jlrt::range_equal(" + r + ")";
  }
  // cumsum/cumprod (Base's `_accumulate`), maximum/minimum, extrema, prod (builtins_vectors.cpp)
  auto fnIs = [&](size_t i, const char* f) { return i < na && typeNameOf(n.kids[i]->type) == std::string("#") + f; };
  if (name == "_accumulate" && na == 2) return "jlrt::accumulate(" + a[1] + ", " + (fnIs(0, "*") ? "true" : "false") + ")";
  if ((name == "maximum" || name == "minimum") && na == 1 && kidClass(0) == TypeClass::Vector)
    return "jlrt::extremum(" + a[0] + (name == "maximum" ? ", true)" : ", false)");
  if (name == "extrema" && na == 1 && kidClass(0) == TypeClass::Vector) return "jlrt::extrema(" + a[0] + ")";
  if (name == "prod" && na == 1 && kidClass(0) == TypeClass::Vector) return "jlrt::mapfold(" + a[0] + ", true)";
  TypeClass c0 = kidClass(0);
  // number * array
  if (name == "*" && na == 2 && numericClass(c0) && kidClass(1) == TypeClass::Array && rc == TypeClass::Array)
    return "jlrt::mul_scalar_array<" + E.cppType(E.vectorElem(n.type)) + ">(" + a[0] + ", " + a[1] + ")";
  if (c0 != TypeClass::Array && c0 != TypeClass::Vector) return "";
  // ---- both Vectors and Arrays ----
  if (name == "size" && (na == 1 || na == 2)) return call("jlrt::size");
  if (name == "ndims" && na == 1) return call("jlrt::ndims");
  if (name == "lastindex" && na == 2) return call("jlrt::size");
  if (name == "fill!" && na == 2) return call("jlrt::fill");
  if (name == "sum" && na == 1) return call("jlrt::sum");
  if (c0 == TypeClass::Vector) {  // Vector natives of compiler/types/builtins_vectors.cpp
    if (name == "insert!" && na == 3) return call("jlrt::insert");
    if (name == "deleteat!" && na == 2) return call("jlrt::deleteat");
    if (name == "append!" && na == 2 && kidClass(1) == TypeClass::Vector) return call("jlrt::append");
    if (name == "unique" && na == 1) return call("jlrt::unique");
    if (name == "_reverse" && na == 3) return call("jlrt::reverse_range");
    if (name == "_sort!" && na == 4) return "jlrt::sort_bang(" + a[0] + ", " + a[3] + ")";
    if (name == "getindex" && na == 2 && rangeKind(1) == "UnitRange") return call("jlrt::getindex_range");
    if (name == "getindex" && na == 2 && kidClass(1) == TypeClass::Vector) {
      bool mask = E.cppType(E.vectorElem(n.kids[1]->type)) == "bool";
      return call(mask ? "jlrt::getindex_mask" : "jlrt::getindex_vector");
    }
  }
  if (c0 != TypeClass::Array) return "";
  // ---- Array{T,N} ----
  if (name == "getindex" && na >= 2) return call("jlrt::getindex");
  if (name == "setindex!" && na >= 3) return call("jlrt::setindex");
  if (name == "unsafe_getindex" && na >= 2) return call("jlrt::unsafe_getindex");  // inside @inbounds
  if (name == "unsafe_setindex!" && na >= 3) return call("jlrt::unsafe_setindex");
  if ((name == "length" || name == "lastindex") && na == 1) return call("jlrt::length");
  if (name == "firstindex" && na == 1) return isPure(*n.kids[0]) ? "int64_t(1)" : "(static_cast<void>(" + a[0] + "), int64_t(1))";
  if (name == "isempty" && na == 1) return call("jlrt::isempty");
  if ((name == "copy" || name == "collect") && na == 1) return call("jlrt::copy");
  if ((name == "===" || name == "!==") && na == 2 && E.cppType(n.kids[0]->type) == E.cppType(n.kids[1]->type))
    return std::string(name == "!==" ? "!" : "") + a[0] + ".same(" + a[1] + ")";
  if ((name == "==" || name == "!=") && na == 2)
    return std::string(name == "!=" ? "!" : "") + "(" + a[0] + " == " + a[1] + ")";
  if (rc == TypeClass::Array) {
    std::string r = E.cppType(E.vectorElem(n.type));
    if (name == "+" && na == 2) return "jlrt::add_arrays<" + r + ">(" + a[0] + ", " + a[1] + ")";
    if (name == "-" && na == 2) return "jlrt::sub_arrays<" + r + ">(" + a[0] + ", " + a[1] + ")";
    if (name == "-" && na == 1) return "jlrt::neg_array<" + r + ">(" + a[0] + ")";
    if (name == "*" && na == 2) return "jlrt::mul_array_scalar<" + r + ">(" + a[0] + ", " + a[1] + ")";
    if (name == "/" && na == 2) return "jlrt::div_array_scalar<" + r + ">(" + a[0] + ", " + a[1] + ")";
  }
  return "";
}

}  // namespace jl::codegen
