// Lowering of matrix literals, `end` in multi-dimensional indexing, array constructors and
// `sum`/`eltype` of arrays (lower_arrays.hpp). The natives on arrays themselves (indexing,
// size, fill!, ...) are Builtin nodes planned in builtins.cpp.
#include "types/lower_arrays.hpp"

#include <functional>
#include <string>

namespace jl::types {

namespace {
const interp::Syms& S() { return interp::syms(); }
bool isPureNode(const Node& n) {
  return n.op == Op::LocalGet || n.op == Op::Const || n.op == Op::TypeConst || n.op == Op::GlobalGet;
}
// Whether Base's (or Core's) own method of `f` is the one these argument types dispatch to.
bool dispatchesToBase(Inferencer& I, Body& b, const FunctionObj& f, const std::vector<TypeRef>& types) {
  TypeSystem::Selection sel = I.T.selectMethod(f, types, b.world);
  I.noteDispatch(b, f, types);
  return sel.method && sel.ambiguous.empty() && (sel.method->module == I.in.base || sel.method->module == I.in.core);
}
// Whether `Array{t}(undef, ...)` has defined elements in Julia (isbits element types:
// numbers, Bool, Char, Nothing, tuples and immutable structs of those); compiled code
// zero-fills them, and has no `#undef` for the others.
bool isBitsElement(TypeSystem& T, const TypeRef& t) {
  if (isNumericType(T, t) || sameType(t, T.Char) || sameType(t, T.Nothing)) return true;
  if (!interp::isType(t, TypeKind::DataType) || !T.isConcrete(t)) return false;
  auto& d = t.as<DataTypeObj>();
  if (d.tname->isMutable || d.tname->isAbstract || d.tname->isPrimitive) return false;
  static const char* const notBits[] = {"String", "Symbol", "Array", "Dict", "Regex", "RegexMatch", "Cmd", "DataType"};
  for (const char* n : notBits)
    if (d.tname->name.str() == n) return false;
  for (const Value& f : T.isTupleType(t) ? d.params : d.fieldTypes)
    if (!isBitsElement(T, f)) return false;
  return true;
}
// A block that runs the impure `args` (in order) and then yields `value`.
NodePtr keepEffects(Inferencer& I, Body& b, std::vector<NodePtr>& args, NodePtr value) {
  bool pure = true;
  for (auto& a : args) pure = pure && isPureNode(*a);
  if (pure) return value;
  auto blk = I.mk(b, Op::Block, value->type);
  for (auto& a : args)
    if (!isPureNode(*a)) blk->kids.push_back(std::move(a));
  blk->kids.push_back(std::move(value));
  return blk;
}
}  // namespace

static NodePtr buildConcat(Inferencer& I, Body& b, std::vector<std::vector<NodePtr>>& grid, bool matrix);

// `Array{E,N}(undef, dims...)` and its aliases; `Vector{E}()`.
static std::optional<NodePtr> lowerArrayConstructor(Inferencer& I, Body& b, std::vector<NodePtr>& args) {
  TypeSystem& T = I.T;
  const Value& t = args[0]->value;
  Value u = T.unwrap(t);
  if (!interp::isType(u, TypeKind::DataType) || u.as<DataTypeObj>().tname != T.unwrap(T.Array).as<DataTypeObj>().tname)
    return std::nullopt;
  const auto& ps = u.as<DataTypeObj>().params;
  if (ps.size() != 2 || interp::isType(ps[0], TypeKind::TypeVar) || T.hasFreeTypeVars(ps[0])) return std::nullopt;
  const TypeRef elem = ps[0];
  int64_t fixedN = ps[1].tag() == Tag::Int64 ? ps[1].asInt64() : -1;
  size_t na = args.size();
  if (na == 1) {  // Vector{E}(): an empty vector
    if (fixedN != 1) return std::nullopt;
    auto r = I.mk(b, Op::Builtin, T.arrayType(elem, 1));
    r->name = "vect";
    return r;
  }
  if (!sameType(args[1]->type, T.typeOf(I.in.baseValue("undef")))) return std::nullopt;
  auto isDim = [&](const TypeRef& d) { return isIntegerType(T, d) && !sameType(d, T.Bool); };
  int64_t nd = 0;
  if (na == 3 && interp::isType(args[2]->type, TypeKind::DataType) && T.isTupleType(args[2]->type)) {
    for (const Value& d : args[2]->type.as<DataTypeObj>().params)
      if (!isDim(d)) return std::nullopt;
    nd = static_cast<int64_t>(args[2]->type.as<DataTypeObj>().params.size());
  } else {
    for (size_t i = 2; i < na; ++i)
      if (!isDim(args[i]->type)) return std::nullopt;
    nd = static_cast<int64_t>(na - 2);
  }
  std::vector<TypeRef> shown;
  for (size_t i = 1; i < na; ++i) shown.push_back(args[i]->type);
  if (nd < 1 || (fixedN >= 0 && fixedN != nd))
    I.fail(b, diag::Kind::NoMethod,
           "no method matching " + I.describeCall(I.showType(t), shown) + " (this call would throw a MethodError at run time)");
  TypeRef at = T.arrayType(elem, nd);
  if (!isRepresentable(T, at))
    I.fail(b, diag::Kind::UnsupportedBuiltin, "arrays of " + I.showType(elem) + " are not supported in compiled code yet",
           kNotCompiledHint);
  if (!isBitsElement(T, elem))
    I.fail(b, diag::Kind::UnsupportedBuiltin,
           I.showType(t) + "(undef, ...) is not supported in compiled code yet (its elements would be #undef)",
           "create the array with fill(x, dims...), or run the program with `jlcc run`");
  auto r = I.mk(b, Op::Builtin, at);
  r->name = "_array_undef";
  for (size_t i = 2; i < na; ++i) r->kids.push_back(std::move(args[i]));
  return r;
}

std::optional<NodePtr> lowerArrayCall(Inferencer& I, Body& b, const FunctionObj& f, std::vector<NodePtr>& args) {
  TypeSystem& T = I.T;
  size_t na = args.size();
  if (!f.constructedType.isNothing() && na >= 1 && args[0]->op == Op::TypeConst && interp::isType(args[0]->value))
    return lowerArrayConstructor(I, b, args);
  if (f.module != I.in.base && f.module != I.in.core) return std::nullopt;
  const std::string& n = f.name.str();
  if (n == "_fill" || n == "_similar" || n == "zero" || n == "one") {
    // Their type argument is a constant: a local holding a type (`zeros(T::Type, dims...) =
    // _fill(zero(T), T, dims)`) is read as that constant, so the C++ never reads the local.
    for (auto& x : args)
      if (x->op == Op::LocalGet)
        if (auto c = I.constOf(*x); c && interp::isType(*c)) x = I.constNode(b, *c);
  }
  if (n == "_similar" && na == 3 && !arrayElem(T, args[0]->type).isNothing() && args[1]->op == Op::TypeConst &&
      interp::isType(args[2]->type, TypeKind::DataType) && T.isTupleType(args[2]->type)) {
    // similar(a[, T, dims]): an array of undefined elements (zeros here)
    const auto& ds = args[2]->type.as<DataTypeObj>().params;
    for (const Value& d : ds)
      if (!isIntegerType(T, d) || sameType(d, T.Bool)) return std::nullopt;
    TypeRef at = T.arrayType(args[1]->value, static_cast<int64_t>(ds.size()));
    if (ds.empty() || !isRepresentable(T, at) || !isBitsElement(T, args[1]->value)) return std::nullopt;
    auto r = I.mk(b, Op::Builtin, at);
    r->name = "_array_undef";
    r->kids.push_back(std::move(args[2]));
    std::vector<NodePtr> first;  // `a` is evaluated before the dimensions
    first.push_back(std::move(args[0]));
    return keepEffects(I, b, first, std::move(r));
  }
  if ((n == "hcat" || n == "vcat") && na >= 1) {  // of numbers and other scalars: as the literals
    std::vector<TypeRef> types;
    for (auto& x : args) {
      if (T.isSubtype(x->type, T.AbstractArray) || isBottomType(x->type)) return std::nullopt;
      types.push_back(x->type);
    }
    if (!dispatchesToBase(I, b, f, types)) return std::nullopt;
    std::vector<std::vector<NodePtr>> grid;
    if (n == "hcat") grid.push_back(std::move(args));
    else
      for (auto& x : args) {
        grid.emplace_back();
        grid.back().push_back(std::move(x));
      }
    return buildConcat(I, b, grid, n == "hcat");
  }
  if ((n == "eachindex" && na == 1) || (n == "axes" && na == 2)) {
    // eachindex(a) = Base.OneTo(length(a)), axes(a, d) = Base.OneTo(size(a, d)): ranges for loops
    if (arrayElem(T, args[0]->type).isNothing() || (na == 2 && (!isIntegerType(T, args[1]->type) ||
                                                                sameType(args[1]->type, T.Bool))))
      return std::nullopt;
    std::vector<TypeRef> types;
    for (auto& x : args) types.push_back(x->type);
    if (!dispatchesToBase(I, b, f, types)) return std::nullopt;
    NodePtr len = I.lowerBuiltin(b, na == 1 ? "length" : "size", std::move(args));
    std::vector<NodePtr> fields;
    fields.push_back(std::move(len));
    return I.lowerNew(b, T.applyType(I.in.baseValue("OneTo"), {T.Int64}), std::move(fields));
  }
  // maximum/minimum/extrema/prod of a numeric Vector (Base's methods): Builtins of
  // builtins_vectors.cpp, so Base's `init=_NOINIT` sentinel never reaches compiled code
  if (na == 1 && (n == "maximum" || n == "minimum" || n == "extrema" || n == "prod")) {
    TypeRef e = vectorElem(T, args[0]->type);
    if (e.isNothing() || !isNumericType(T, e) || !dispatchesToBase(I, b, f, {args[0]->type})) return std::nullopt;
    if (!planBuiltin(T, n, {args[0]->type})) return std::nullopt;  // (Base's method reports what fails)
    return I.lowerBuiltin(b, n, std::move(args));
  }
  if (na != 1 || (n != "sum" && n != "eltype")) return std::nullopt;
  TypeRef e = arrayElem(T, args[0]->type);
  if (e.isNothing()) return std::nullopt;
  if (!dispatchesToBase(I, b, f, {args[0]->type})) return std::nullopt;
  if (n == "eltype") return keepEffects(I, b, args, I.constNode(b, e));
  if (sumType(T, e).isNothing()) return std::nullopt;  // sum of non-numbers: Base's method
  return I.lowerBuiltin(b, "sum", std::move(args));
}

// The array of the elements `grid` (row by row, already lowered and none of them Union{}):
// a Matrix (`matrix`) or a Vector (one element per row).
static NodePtr buildConcat(Inferencer& I, Body& b, std::vector<std::vector<NodePtr>>& grid, bool matrix) {
  TypeSystem& T = I.T;
  // The element type: numbers promote, anything else must be one type.
  TypeRef elem;
  bool numeric = true;
  for (auto& r : grid)
    for (auto& x : r) {
      if (T.isSubtype(x->type, T.AbstractArray))
        I.fail(b, diag::Kind::UnsupportedConstruct,
               "concatenating arrays (here a " + I.showType(x->type) + ") is not supported in compiled code yet",
               kNotCompiledHint);
      numeric = numeric && isNumericType(T, x->type);
    }
  for (auto& r : grid)
    for (auto& x : r) {
      if (elem.isNothing()) elem = x->type;
      else if (numeric) elem = promoteNumeric(T, elem, x->type);
      else if (!sameType(elem, x->type))
        I.fail(b, diag::Kind::UnsupportedConstruct,
               "an array literal with elements of types " + I.showType(elem) + " and " + I.showType(x->type) +
                   " is not supported in compiled code yet (its element type would not be concrete)",
               kNotCompiledHint);
    }
  if (elem.isNothing())
    I.fail(b, diag::Kind::UnsupportedConstruct, "an empty concatenation is not supported in compiled code yet",
           kNotCompiledHint);
  TypeRef at = T.arrayType(elem, matrix ? 2 : 1);
  if (!isRepresentable(T, at))
    I.fail(b, diag::Kind::UnsupportedConstruct,
           "arrays of " + I.showType(elem) + " are not supported in compiled code yet", kNotCompiledHint);
  auto r = I.mk(b, Op::Builtin, at);
  r->name = matrix ? "hvcat" : "vect";
  size_t ncols = matrix ? grid[0].size() : 1;
  if (matrix) {
    for (size_t i = 1; i < grid.size(); ++i)
      if (grid[i].size() != ncols)
        I.fail(b, diag::Kind::UnsupportedConstruct,
               "the rows of this matrix literal have different lengths (row 1 has " + std::to_string(ncols) +
                   " elements, row " + std::to_string(i + 1) + " has " + std::to_string(grid[i].size()) + ")",
               "Julia throws an error for this literal at run time; give every row the same number of elements");
    r->kids.push_back(I.constNode(b, Value::int64(static_cast<int64_t>(ncols))));
  }
  for (auto& row : grid)
    for (auto& x : row) r->kids.push_back(I.convertTo(b, std::move(x), elem, "element of an array literal"));
  return r;
}

NodePtr lowerConcat(Inferencer& I, Body& b, const ExprObj& e) {
  bool hcat = e.head == S().hcat;
  bool rows = false;
  for (const Value& a : e.args) rows = rows || isHead(a, S().row);
  // The elements, row by row (a vcat without rows is one column), in source order.
  std::vector<std::vector<NodePtr>> grid;
  auto lowerRow = [&](const std::vector<Value>& exs) {
    grid.emplace_back();
    I.lowerArgs(b, exs, 0, grid.back());
    for (auto& x : grid.back())
      if (isBottomType(x->type)) return false;
    return true;
  };
  bool complete = true;
  if (hcat) {
    complete = lowerRow(e.args);
  } else {
    for (const Value& a : e.args)
      if (!(complete = lowerRow(isHead(a, S().row) ? E(a).args : std::vector<Value>{a}))) break;
  }
  if (!complete) {  // an element never completes: the literal is never built
    auto blk = I.mk(b, Op::Block, I.T.Bottom);
    for (auto& r : grid)
      for (auto& x : r) blk->kids.push_back(std::move(x));
    return blk;
  }
  return buildConcat(I, b, grid, hcat || rows);
}

void lowerIndices(Inferencer& I, Body& b, const std::vector<Value>& exs, NodePtr& a, std::vector<NodePtr>& idx,
                  std::vector<NodePtr>& pre) {
  std::function<bool(const Value&)> mentionsEnd = [&](const Value& x) -> bool {
    if (x.isSymbol()) return x.asSymbol() == S().end_;
    if (!x.isExpr() || isHead(x, S().ref)) return false;
    for (const Value& k : E(x).args)
      if (mentionsEnd(k)) return true;
    return false;
  };
  size_t m = exs.size() - 1;
  bool usesEnd = false;
  for (size_t i = 1; i < exs.size(); ++i) usesEnd = usesEnd || mentionsEnd(exs[i]);
  if (!usesEnd) {
    I.lowerArgs(b, exs, 1, idx);
    return;
  }
  NodePtr aread = I.stash(b, a, pre);
  for (size_t k = 1; k < exs.size(); ++k) {
    if (!mentionsEnd(exs[k])) {
      I.lowerArgs(b, std::vector<Value>{exs[k]}, 0, idx);
      continue;
    }
    // end: lastindex(a) for one index, lastindex(a, k) for the k-th of several
    std::vector<NodePtr> largs;
    largs.push_back(I.clonePure(b, *aread));
    if (m > 1) largs.push_back(I.constNode(b, Value::int64(static_cast<int64_t>(k))));
    NodePtr last = I.callValue(b, I.functionValueOfBase("lastindex"), std::move(largs), "lastindex");
    int slot = I.newSlot(b, "#end" + std::to_string(++b.tempCounter), last->type);
    b.slotLine[slot] = b.line ? b.line : 1;
    auto set = I.mk(b, Op::LocalSet, last->type);
    set->slot = slot;
    set->kids.push_back(std::move(last));
    pre.push_back(std::move(set));
    Scope sc;
    sc.parent = b.scope;
    sc.vars.emplace_back(S().end_.id(), slot);
    b.scope = &sc;
    try {
      I.lowerArgs(b, std::vector<Value>{exs[k]}, 0, idx);
    } catch (...) {
      b.scope = sc.parent;
      throw;
    }
    b.scope = sc.parent;
  }
}

}  // namespace jl::types
