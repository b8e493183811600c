// Comprehensions and generators (lower_comprehension.hpp). A comprehension is rewritten into
// the `for` loops of its iteration specs (lowered by lowerForSpec, so it iterates whatever a
// compiled `for` iterates) around an internal body marker; lowering the marker lowers the
// element expression and, knowing its type, creates the result and the statement that adds
// the element to it. The result's initialization is then placed before the loops.
#include "types/lower_comprehension.hpp"

#include <algorithm>

#include "syntax/print.hpp"

namespace jl::types {

namespace {

Symbol bodyHead() {
  static const Symbol s("#comprehension_body");
  return s;
}

enum class Kind { Collect, Array, Sum, Count, Any, All, Max, Min };

// One `for` clause of a comprehension: its iteration specs (`x = xs`) and its `if` filter.
struct Level {
  std::vector<Value> specs;
  Value cond;
  bool hasCond = false;
};

// What the body marker of the comprehension being lowered does.
struct Ctx {
  Kind kind = Kind::Collect;
  Value elemEx;
  std::string what;  // for messages: "comprehension", "sum(generator)"
  size_t ndims = 1;
  std::vector<int> lenSlots;  // Kind::Array: the length of each iterable
  bool lowered = false;
  TypeRef elemType, accType;
  int acc = -1, first = -1, idx = -1;
};

std::vector<Ctx*>& ctxStack() {
  static thread_local std::vector<Ctx*> s;
  return s;
}

bool parseLevel(const ExprObj& g, Level& lv) {
  if (g.args.size() == 2 && isHead(g.args[1], "filter")) {
    const ExprObj& f = E(g.args[1]);
    if (f.args.size() < 2) return false;
    lv.cond = f.args[0];
    lv.hasCond = true;
    lv.specs.assign(f.args.begin() + 1, f.args.end());
  } else {
    lv.specs.assign(g.args.begin() + 1, g.args.end());
  }
  for (const Value& s : lv.specs)
    if (!s.isExpr() || E(s).args.size() != 2) return false;
  return !lv.specs.empty();
}

// (generator body specs...) or (flatten (generator inner specs...)), `inner` again one of these.
bool parseGenerator(const Value& ex, std::vector<Level>& levels, Value& body) {
  if (isHead(ex, "flatten") && E(ex).args.size() == 1 && isHead(E(ex).args[0], "generator")) {
    const ExprObj& g = E(E(ex).args[0]);
    if (g.args.size() < 2) return false;
    levels.emplace_back();
    if (!parseLevel(g, levels.back())) return false;
    return parseGenerator(g.args[0], levels, body);
  }
  if (!isHead(ex, "generator") || E(ex).args.size() < 2) return false;
  levels.emplace_back();
  if (!parseLevel(E(ex), levels.back())) return false;
  body = E(ex).args[0];
  return true;
}

bool isColonCall(const Value& ex) {
  return isHead(ex, "call") && (E(ex).args.size() == 3 || E(ex).args.size() == 4) && E(ex).args[0].isSymbol() &&
         E(ex).args[0].asSymbol().str() == ":";
}

NodePtr getSlot(Inferencer& I, Body& b, int slot, const TypeRef& t) {
  auto g = I.mk(b, Op::LocalGet, t);
  g->slot = slot;
  return g;
}

NodePtr setSlot(Inferencer& I, Body& b, int slot, const TypeRef& t, NodePtr v) {
  auto s = I.mk(b, Op::LocalSet, t);
  s->slot = slot;
  s->kids.push_back(std::move(v));
  return s;
}

int tempSlot(Inferencer& I, Body& b, const TypeRef& t) {
  int s = I.newSlot(b, "#tmp" + std::to_string(++b.tempCounter), t);
  b.slotLine[s] = b.line ? b.line : 1;
  return s;
}

// An iterable with one dimension (whose length is the extent of a comprehension's axis).
bool isOneDimensional(Inferencer& I, const TypeRef& t) {
  TypeSystem& T = I.T;
  if (!interp::isType(t, TypeKind::DataType)) return false;
  const DataTypeObj& d = t.as<DataTypeObj>();
  std::string tn = d.tname->name.str();
  if ((tn == "UnitRange" || tn == "OneTo" || tn == "StepRange") && !d.params.empty() && sameType(d.params[0], T.Int64))
    return true;
  if (T.isTupleType(t)) return true;
  int nd = 0;
  return !arrayElem(T, t, &nd).isNothing() && nd == 1;
}

// The marker: the element, and how it joins the result.
NodePtr lowerBodyMarker(Inferencer& I, Body& b, Ctx& c) {
  TypeSystem& T = I.T;
  NodePtr v = I.lower(b, c.elemEx, true);
  TypeRef r = v->type;
  if (isBottomType(r)) return v;
  if (c.lowered)  // lowered once per comprehension; a second time would need a second result
    I.fail(b, diag::Kind::UnsupportedConstruct, "this " + c.what + " is not supported in compiled code yet",
           kNotCompiledHint);
  c.lowered = true;
  c.elemType = r;
  auto blk = I.mk(b, Op::Block, T.Nothing);
  auto cannotCollect = [&]() {
    I.fail(b, diag::Kind::UnionTypedVariable,
           "the elements of this " + c.what + " have type " + I.showType(r) + ", which compiled code cannot collect" +
               (interp::isType(r) && !T.isConcrete(r) ? " (elements of different types)" : ""),
           "give every element the same concrete type, or run the program with `jlcc run`");
  };
  switch (c.kind) {
    case Kind::Collect: {
      if (!T.isConcrete(r) || !isRepresentable(T, r)) cannotCollect();
      c.accType = T.arrayType(r, 1);
      c.acc = tempSlot(I, b, c.accType);
      std::vector<NodePtr> pargs;
      pargs.push_back(getSlot(I, b, c.acc, c.accType));
      pargs.push_back(std::move(v));
      blk->kids.push_back(I.lowerBuiltin(b, "push!", std::move(pargs)));
      break;
    }
    case Kind::Array: {
      if (!T.isConcrete(r) || !isRepresentable(T, r)) cannotCollect();
      if (!(isNumericType(T, r) || sameType(r, T.Char)))
        I.fail(b, diag::Kind::UnsupportedConstruct,
               "a multi-dimensional " + c.what + " of " + I.showType(r) +
                   " elements is not supported in compiled code yet (only numbers, Bool and Char)",
               kNotCompiledHint);
      c.accType = T.arrayType(r, static_cast<int64_t>(c.ndims));
      c.acc = tempSlot(I, b, c.accType);
      c.idx = tempSlot(I, b, T.Int64);
      std::vector<NodePtr> aargs;
      aargs.push_back(getSlot(I, b, c.idx, T.Int64));
      aargs.push_back(I.constNode(b, Value::int64(1)));
      blk->kids.push_back(setSlot(I, b, c.idx, T.Int64, I.lowerBuiltin(b, "+", std::move(aargs))));
      std::vector<NodePtr> sargs;
      sargs.push_back(getSlot(I, b, c.acc, c.accType));
      sargs.push_back(std::move(v));
      sargs.push_back(getSlot(I, b, c.idx, T.Int64));
      blk->kids.push_back(I.lowerBuiltin(b, "setindex!", std::move(sargs)));
      break;
    }
    case Kind::Sum:
    case Kind::Max:
    case Kind::Min: {
      bool ok = isNumericType(T, r) && (c.kind == Kind::Sum || !sameType(r, T.Bool));
      if (!ok)
        I.fail(b, diag::Kind::UnsupportedConstruct,
               c.what + " over values of type " + I.showType(r) + " is not supported in compiled code yet",
               kNotCompiledHint);
      if (c.kind == Kind::Sum) {  // Julia's add_sum: Bool and narrow integers widen
        TypeRef st = sumType(T, r);
        if (st.isNothing())
          I.fail(b, diag::Kind::UnsupportedConstruct,
                 c.what + " over values of type " + I.showType(r) + " is not supported in compiled code yet",
                 kNotCompiledHint);
        v = I.convertTo(b, std::move(v), st, c.what);
        r = st;
      }
      // as Julia's mapfoldl: the first value, then op(acc, x) left to right
      c.accType = r;
      c.acc = tempSlot(I, b, r);
      c.first = tempSlot(I, b, T.Bool);
      int val = tempSlot(I, b, r);
      blk->kids.push_back(setSlot(I, b, val, r, std::move(v)));
      auto iff = I.mk(b, Op::If, T.Nothing);
      iff->kids.push_back(getSlot(I, b, c.first, T.Bool));
      auto then = I.mk(b, Op::Block, T.Nothing);
      then->kids.push_back(setSlot(I, b, c.acc, r, getSlot(I, b, val, r)));
      then->kids.push_back(setSlot(I, b, c.first, T.Bool, I.constNode(b, Value::boolean(false))));
      std::vector<NodePtr> aargs;
      aargs.push_back(getSlot(I, b, c.acc, r));
      aargs.push_back(getSlot(I, b, val, r));
      NodePtr op = c.kind == Kind::Sum
                       ? I.lowerBuiltin(b, "+", std::move(aargs))
                       : I.callValue(b, I.functionValueOfBase(c.kind == Kind::Max ? "max" : "min"), std::move(aargs),
                                     c.kind == Kind::Max ? "max" : "min");
      if (!sameType(op->type, r))
        I.fail(b, diag::Kind::UnsupportedConstruct,
               c.what + " over values of type " + I.showType(r) + " is not supported in compiled code yet",
               kNotCompiledHint);
      auto els = I.mk(b, Op::Block, T.Nothing);
      els->kids.push_back(setSlot(I, b, c.acc, r, std::move(op)));
      iff->kids.push_back(std::move(then));
      iff->kids.push_back(std::move(els));
      blk->kids.push_back(std::move(iff));
      break;
    }
    case Kind::Count:
    case Kind::Any:
    case Kind::All: {
      if (!sameType(r, T.Bool))
        I.fail(b, diag::Kind::TypeMismatch,
               "the generator of " + c.what + " gives values of type " + I.showType(r) + ", not Bool");
      c.accType = c.kind == Kind::Count ? T.Int64 : T.Bool;
      c.acc = tempSlot(I, b, c.accType);
      if (c.kind == Kind::All) {
        auto nt = I.mk(b, Op::Builtin, T.Bool);
        nt->name = "!";
        nt->kids.push_back(std::move(v));
        v = std::move(nt);
      }
      auto iff = I.mk(b, Op::If, T.Nothing);
      iff->kids.push_back(std::move(v));
      auto then = I.mk(b, Op::Block, T.Nothing);
      if (c.kind == Kind::Count) {
        std::vector<NodePtr> aargs;
        aargs.push_back(getSlot(I, b, c.acc, T.Int64));
        aargs.push_back(I.constNode(b, Value::int64(1)));
        then->kids.push_back(setSlot(I, b, c.acc, T.Int64, I.lowerBuiltin(b, "+", std::move(aargs))));
      } else {  // decided: stop
        then->kids.push_back(setSlot(I, b, c.acc, T.Bool, I.constNode(b, Value::boolean(c.kind == Kind::Any))));
        then->kids.push_back(I.mk(b, Op::Break, T.Bottom));
      }
      iff->kids.push_back(std::move(then));
      iff->kids.push_back(I.mk(b, Op::Block, T.Nothing));
      blk->kids.push_back(std::move(iff));
      break;
    }
  }
  return blk;
}

NodePtr lowerLoops(Inferencer& I, Body& b, const Value& genEx, Kind kind, const std::string& what) {
  TypeSystem& T = I.T;
  std::vector<Level> levels;
  Ctx c;
  c.kind = kind;
  c.what = what;
  if (!parseGenerator(genEx, levels, c.elemEx))
    I.fail(b, diag::Kind::UnsupportedConstruct,
           "this " + what + " is not supported in compiled code yet: " + syntax::show(genEx), kNotCompiledHint);
  bool product = levels.size() == 1 && levels[0].specs.size() >= 2;
  if (levels.size() > 1)
    for (const Level& lv : levels)
      if (lv.specs.size() != 1)
        I.fail(b, diag::Kind::UnsupportedConstruct,
               "a " + what + " with several `for` clauses and several iterables in one clause is not supported in "
               "compiled code yet",
               kNotCompiledHint);
  if ((kind == Kind::Any || kind == Kind::All) && (levels.size() > 1 || product))
    I.fail(b, diag::Kind::UnsupportedConstruct,
           what + " over several iterables is not supported in compiled code yet", kNotCompiledHint);
  if (kind == Kind::Collect && product && !levels[0].hasCond) {
    c.kind = Kind::Array;
    c.ndims = levels[0].specs.size();
  }
  Scope sc;
  sc.parent = b.scope;
  b.scope = &sc;
  std::vector<NodePtr> pre;
  NodePtr loop;
  ctxStack().push_back(&c);
  Value keep;  // the synthesized loop Expr, alive while it is lowered
  try {
    // Level 0's iterables are evaluated first, in order, into temporaries (Julia evaluates
    // them before iterating; a product iterates the first one fastest, so its loops nest in
    // reverse). A literal range `a:b` of a single spec stays a counted loop.
    Level& l0 = levels[0];
    bool direct = !product && isColonCall(E(l0.specs[0]).args[1]);
    if (!direct) {
      for (Value& spec : l0.specs) {
        NodePtr it = I.lower(b, E(spec).args[1], true);
        if (isBottomType(it->type)) {
          pre.push_back(std::move(it));
          auto blk = I.mk(b, Op::Block, T.Bottom);
          for (auto& p : pre) blk->kids.push_back(std::move(p));
          ctxStack().pop_back();
          b.scope = sc.parent;
          return blk;
        }
        int nd = 0;
        if (!arrayElem(T, it->type, &nd).isNothing() && nd >= 2)
          I.fail(b, diag::Kind::UnsupportedConstruct,
                 "a " + what + " over a " + I.showType(it->type) + " is not supported in compiled code yet",
                 kNotCompiledHint);
        if (c.kind == Kind::Array && !isOneDimensional(I, it->type))
          I.fail(b, diag::Kind::UnsupportedConstruct,
                 "a multi-dimensional " + what + " over a " + I.showType(it->type) +
                     " is not supported in compiled code yet",
                 kNotCompiledHint);
        Symbol sym("#cit" + std::to_string(++b.tempCounter));
        TypeRef itType = it->type;
        int slot = I.declare(b, sc, sym);
        b.slotTypes[slot] = itType;
        b.slotLine[slot] = b.line ? b.line : 1;
        pre.push_back(setSlot(I, b, slot, itType, std::move(it)));
        if (c.kind == Kind::Array) {
          std::vector<NodePtr> largs;
          largs.push_back(getSlot(I, b, slot, itType));
          NodePtr len = I.callValue(b, I.functionValueOfBase("length"), std::move(largs), "length");
          if (!sameType(len->type, T.Int64))
            I.fail(b, diag::Kind::UnsupportedConstruct,
                   "a multi-dimensional " + what + " over a " + I.showType(itType) +
                       " is not supported in compiled code yet",
                   kNotCompiledHint);
          int ls = tempSlot(I, b, T.Int64);
          pre.push_back(setSlot(I, b, ls, T.Int64, std::move(len)));
          c.lenSlots.push_back(ls);
        }
        spec = jl::makeExpr(E(spec).head, {E(spec).args[0], Value::symbol(sym)});
      }
      if (product) std::reverse(l0.specs.begin(), l0.specs.end());
    }
    Value inner = jl::makeExpr(bodyHead(), {Value::int64(static_cast<int64_t>(ctxStack().size() - 1))});
    for (size_t k = levels.size(); k-- > 0;) {
      const Level& lv = levels[k];
      if (lv.hasCond) inner = jl::makeExpr("if", {lv.cond, inner});
      Value specEx = lv.specs.size() == 1 ? lv.specs[0] : jl::makeExpr("block", lv.specs);
      inner = jl::makeExpr("for", {specEx, inner});
    }
    keep = inner;
    loop = I.lower(b, keep, false);
  } catch (...) {
    ctxStack().pop_back();
    b.scope = sc.parent;
    throw;
  }
  ctxStack().pop_back();
  b.scope = sc.parent;
  if (!c.lowered) {
    if (isBottomType(loop->type)) {
      auto blk = I.mk(b, Op::Block, T.Bottom);
      for (auto& p : pre) blk->kids.push_back(std::move(p));
      blk->kids.push_back(std::move(loop));
      return blk;
    }
    I.fail(b, diag::Kind::UnsupportedConstruct,
           "the element type of this " + what + " is not known (it never produces an element)", kNotCompiledHint);
  }
  auto blk = I.mk(b, Op::Block, c.accType);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  // the result, before the loops
  switch (c.kind) {
    case Kind::Collect: {
      auto empty = I.mk(b, Op::Builtin, c.accType);
      empty->name = "vect";
      blk->kids.push_back(setSlot(I, b, c.acc, c.accType, std::move(empty)));
      break;
    }
    case Kind::Array: {
      auto arr = I.mk(b, Op::Builtin, c.accType);
      arr->name = "_array_undef";
      for (int ls : c.lenSlots) arr->kids.push_back(getSlot(I, b, ls, T.Int64));
      blk->kids.push_back(setSlot(I, b, c.acc, c.accType, std::move(arr)));
      blk->kids.push_back(setSlot(I, b, c.idx, T.Int64, I.constNode(b, Value::int64(0))));
      break;
    }
    case Kind::Sum:
    case Kind::Max:
    case Kind::Min: {
      NodePtr zero = sameType(c.accType, T.Float64) ? I.constNode(b, Value::float64(0.0))
                                                    : I.convertTo(b, I.constNode(b, Value::int64(0)), c.accType, what);
      blk->kids.push_back(setSlot(I, b, c.acc, c.accType, std::move(zero)));
      blk->kids.push_back(setSlot(I, b, c.first, T.Bool, I.constNode(b, Value::boolean(true))));
      break;
    }
    case Kind::Count:
      blk->kids.push_back(setSlot(I, b, c.acc, T.Int64, I.constNode(b, Value::int64(0))));
      break;
    case Kind::Any:
    case Kind::All:
      blk->kids.push_back(setSlot(I, b, c.acc, T.Bool, I.constNode(b, Value::boolean(c.kind == Kind::All))));
      break;
  }
  blk->kids.push_back(std::move(loop));
  if (c.first >= 0) {  // an empty generator: Julia's _empty_reduce_error
    std::vector<NodePtr> eargs;
    eargs.push_back(I.constNode(b, I.in.makeString("reducing over an empty collection is not allowed; consider "
                                                   "supplying `init` to the reducer")));
    NodePtr err = I.callValue(b, I.in.baseValue("ArgumentError"), std::move(eargs), "ArgumentError");
    auto th = I.mk(b, Op::Throw, T.Bottom);
    th->kids.push_back(std::move(err));
    auto iff = I.mk(b, Op::If, T.Nothing);
    iff->kids.push_back(getSlot(I, b, c.first, T.Bool));
    iff->kids.push_back(std::move(th));
    iff->kids.push_back(I.mk(b, Op::Block, T.Nothing));
    blk->kids.push_back(std::move(iff));
  }
  blk->kids.push_back(getSlot(I, b, c.acc, c.accType));
  return blk;
}

}  // namespace

bool isComprehensionExpr(const Value& ex) {
  return isHead(ex, "comprehension") || isHead(ex, "generator") || isHead(ex, "flatten") || isHead(ex, bodyHead());
}

NodePtr lowerComprehension(Inferencer& I, Body& b, const ExprObj& e) {
  if (e.head == bodyHead()) {
    size_t k = static_cast<size_t>(e.args.at(0).asInt64());
    return lowerBodyMarker(I, b, *ctxStack().at(k));
  }
  if (e.head.str() == "comprehension" && e.args.size() == 1)
    return lowerLoops(I, b, e.args[0], Kind::Collect, "comprehension");
  I.fail(b, diag::Kind::UnsupportedConstruct,
         "generators are supported in compiled code only as comprehensions `[... for x in xs]` and as the argument "
         "of sum, count, any, all, maximum, minimum or collect",
         kNotCompiledHint);
}

namespace {
// sum(t) of a non-empty tuple of Int64s or of Float64s (Base's method): as Julia's mapfoldl,
// t[1] + t[2] + ... left to right. Other calls of sum on one argument are lowered as usual.
NodePtr sumTuple(Inferencer& I, Body& b, const Value& f, const ExprObj& e) {
  TypeSystem& T = I.T;
  const FunctionObj& fn = f.as<FunctionObj>();
  NodePtr t = I.lower(b, e.args[1], true);
  std::vector<NodePtr> args;
  args.push_back(std::move(t));
  const TypeRef& tt = args[0]->type;
  bool ok = !isBottomType(tt) && interp::isType(tt, TypeKind::DataType) && T.isTupleType(tt) &&
            !tt.as<DataTypeObj>().params.empty();
  if (ok) {
    const auto& ps = tt.as<DataTypeObj>().params;
    for (const Value& p : ps) ok = ok && sameType(p, ps[0]) && (sameType(p, T.Int64) || sameType(p, T.Float64));
  }
  if (ok) {
    TypeSystem::Selection sel = T.selectMethod(fn, {tt}, b.world);
    I.noteDispatch(b, fn, {tt});
    ok = sel.method && sel.ambiguous.empty() && sel.method->module == I.in.base;
  }
  if (!ok) return I.callValue(b, f, std::move(args), "sum");
  const auto& ps = tt.as<DataTypeObj>().params;
  std::vector<NodePtr> pre;
  NodePtr tup = I.stash(b, args[0], pre);
  auto item = [&](size_t i) {
    auto g = I.mk(b, Op::TupleGet, ps[i]);
    g->slot = static_cast<int>(i);
    g->kids.push_back(I.clonePure(b, *tup));
    return g;
  };
  NodePtr acc = item(0);
  for (size_t i = 1; i < ps.size(); ++i) {
    std::vector<NodePtr> aargs;
    aargs.push_back(std::move(acc));
    aargs.push_back(item(i));
    acc = I.lowerBuiltin(b, "+", std::move(aargs));
  }
  if (pre.empty()) return acc;
  auto blk = I.mk(b, Op::Block, acc->type);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  blk->kids.push_back(std::move(acc));
  return blk;
}
}  // namespace

std::optional<NodePtr> lowerGeneratorCall(Inferencer& I, Body& b, const Value& f, const ExprObj& e) {
  if (e.args.size() != 2 || !f.isObject(ObjKind::Function)) return std::nullopt;
  const FunctionObj& fn = f.as<FunctionObj>();
  if (fn.module != I.in.base) return std::nullopt;
  const std::string& n = fn.name.str();
  if (n == "sum" && !e.args[1].isExpr()) return sumTuple(I, b, f, e);
  if (!(isHead(e.args[1], "generator") || isHead(e.args[1], "flatten"))) return std::nullopt;
  Kind k;
  if (n == "sum") k = Kind::Sum;
  else if (n == "count") k = Kind::Count;
  else if (n == "any") k = Kind::Any;
  else if (n == "all") k = Kind::All;
  else if (n == "maximum") k = Kind::Max;
  else if (n == "minimum") k = Kind::Min;
  else if (n == "collect") k = Kind::Collect;
  else return std::nullopt;
  return lowerLoops(I, b, e.args[1], k, n + "(generator)");
}

}  // namespace jl::types
