// Evaluator forms that build values: tuples and named tuples, array literals, indexing,
// field access and dotted calls, type expressions (`T{...}`, `where`, `::`), comparison
// chains, string interpolation, quoting with `$`, comprehensions and generators, `new`.
#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
bool isHead(const Value& v, Symbol h) { return v.isExpr() && E(v).head == h; }

std::vector<Value> evalAll(Interp::Impl& I, const std::vector<Value>& args, size_t from, EnvPtr& env, Frame& fr) {
  std::vector<Value> out;
  KwArgs kw;
  evalArgs(I, args, from, env, fr, out, kw);
  return out;
}

Value evalTuple(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  bool named = false;
  for (const Value& a : ex.args)
    if (isHead(a, syms().assign) || isHead(a, syms().parameters)) named = true;
  if (!named) return I.in.makeTuple(evalAll(I, ex.args, 0, env, fr));
  std::vector<Symbol> names;
  std::vector<Value> values;
  auto add = [&](Symbol n, Value v) {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == n) { values[i] = std::move(v); return; }
    names.push_back(n);
    values.push_back(std::move(v));
  };
  for (const Value& a : ex.args) {
    std::vector<Value> items = isHead(a, syms().parameters) ? E(a).args : std::vector<Value>{a};
    for (const Value& it : items) {
      if (isHead(it, syms().assign) || isHead(it, syms().kw)) add(E(it).args[0].asSymbol(), I.eval(E(it).args[1], env, fr));
      else if (it.isSymbol()) add(it.asSymbol(), I.eval(it, env, fr));
      else if (isHead(it, syms().dot)) add(E(it).args[1].as<QuoteNodeObj>().value.asSymbol(), I.eval(it, env, fr));
      else I.in.error("syntax: invalid named tuple element " + syntax::show(it));
    }
  }
  return Value::object(new NamedTupleObj(std::move(names), std::move(values)));
}

Value evalConcat(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  const Syms& S = syms();
  if (ex.head == S.hcat) return I.in.callBase("hcat", evalAll(I, ex.args, 0, env, fr));
  bool rows = false;
  for (const Value& a : ex.args)
    if (isHead(a, S.row)) rows = true;
  if (!rows) return I.in.callBase("vcat", evalAll(I, ex.args, 0, env, fr));
  std::vector<Value> lengths;
  std::vector<Value> all{Value()};
  for (const Value& a : ex.args) {
    std::vector<Value> items = isHead(a, S.row) ? evalAll(I, E(a).args, 0, env, fr) : std::vector<Value>{I.eval(a, env, fr)};
    lengths.push_back(Value::int64(static_cast<int64_t>(items.size())));
    all.insert(all.end(), items.begin(), items.end());
  }
  all[0] = I.in.makeTuple(lengths);
  return I.in.callBase("hvcat", all);
}

Value evalRef(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  Value a = I.eval(ex.args[0], env, fr);
  std::vector<Value> args{a};
  I.indexContexts.push_back({a, 0, ex.args.size() - 1});
  try {
    for (size_t i = 1; i < ex.args.size(); ++i) {
      I.indexContexts.back().position = i - 1;
      if (isHead(ex.args[i], syms().splat)) {
        std::vector<Value> one{ex.args[i]};
        std::vector<Value> more = evalAll(I, one, 0, env, fr);
        args.insert(args.end(), more.begin(), more.end());
      } else {
        args.push_back(I.eval(ex.args[i], env, fr));
      }
    }
  } catch (...) {
    I.indexContexts.pop_back();
    throw;
  }
  I.indexContexts.pop_back();
  return I.in.callBase("getindex", args);
}

Value evalDot(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  if (ex.args.size() == 2 && isHead(ex.args[1], syms().tuple)) {
    Value f = I.eval(ex.args[0], env, fr);
    std::vector<Value> args{f};
    std::vector<Value> rest = evalAll(I, E(ex.args[1]).args, 0, env, fr);
    args.insert(args.end(), rest.begin(), rest.end());
    return I.in.callBase("broadcast", args);
  }
  Value obj = I.eval(ex.args[0], env, fr);
  Value name = I.eval(ex.args[1], env, fr);
  if (obj.isObject(ObjKind::Module) && name.isSymbol())
    return I.globalValue(const_cast<ModuleObj*>(&obj.as<ModuleObj>()), name.asSymbol());
  return I.in.callBase("getproperty", {obj, name});
}

// A TypeVar from a `where` clause item: T, T<:ub, T>:lb, lb<:T<:ub.
Value makeWhereVar(Interp::Impl& I, const Value& spec, EnvPtr& env, Frame& fr) {
  TypeSystem& T = I.in.types();
  if (spec.isSymbol()) return T.newTypeVar(spec.asSymbol());
  if (isHead(spec, syms().subtype) && E(spec).args.size() == 2)
    return T.newTypeVar(E(spec).args[0].asSymbol(), Value(), I.eval(E(spec).args[1], env, fr));
  if (isHead(spec, syms().gt_colon) && E(spec).args.size() == 2)
    return T.newTypeVar(E(spec).args[0].asSymbol(), I.eval(E(spec).args[1], env, fr), Value());
  if (isHead(spec, syms().comparison) && E(spec).args.size() == 5)
    return T.newTypeVar(E(spec).args[2].asSymbol(), I.eval(E(spec).args[0], env, fr), I.eval(E(spec).args[4], env, fr));
  I.in.error("syntax: invalid type variable " + syntax::show(spec));
}

Value evalWhere(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  auto scope = std::make_shared<Env>();
  scope->parent = env;
  EnvPtr s = scope;
  std::vector<Value> vars;
  for (size_t i = 1; i < ex.args.size(); ++i) {
    std::vector<Value> specs = isHead(ex.args[i], syms().curly) ? E(ex.args[i]).args : std::vector<Value>{ex.args[i]};
    if (isHead(ex.args[i], syms().curly)) specs.assign(E(ex.args[i]).args.begin(), E(ex.args[i]).args.end());
    for (const Value& spec : specs) {
      Value v = makeWhereVar(I, spec, s, fr);
      BoxObj& b = s->declare(v.as<TypeVarObj>().name);
      b.value = v;
      b.defined = true;
      vars.push_back(v);
    }
  }
  Value body = I.eval(ex.args[0], s, fr);
  for (auto it = vars.rbegin(); it != vars.rend(); ++it) body = I.in.types().newUnionAll(*it, body);
  return body;
}

Value evalCurly(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  Value t = I.eval(ex.args[0], env, fr);
  std::vector<Value> params;
  std::vector<Value> vars;
  for (size_t i = 1; i < ex.args.size(); ++i) {
    const Value& p = ex.args[i];
    if (isHead(p, syms().subtype) && E(p).args.size() == 1) {
      Value v = I.in.types().newTypeVar(Symbol("#s" + std::to_string(++I.gensymCounter)), Value(), I.eval(E(p).args[0], env, fr));
      vars.push_back(v);
      params.push_back(v);
    } else if (isHead(p, syms().gt_colon) && E(p).args.size() == 1) {
      Value v = I.in.types().newTypeVar(Symbol("#s" + std::to_string(++I.gensymCounter)), I.eval(E(p).args[0], env, fr), Value());
      vars.push_back(v);
      params.push_back(v);
    } else if (isHead(p, syms().splat)) {
      std::vector<Value> one{p};
      std::vector<Value> more = evalAll(I, one, 0, env, fr);
      params.insert(params.end(), more.begin(), more.end());
    } else {
      params.push_back(I.eval(p, env, fr));
    }
  }
  Value r;
  try {
    r = I.in.types().applyType(t, params);
  } catch (const TypeOpError& e) {
    I.in.throwNew("TypeError", {Value::symbol("Type"), I.in.makeString(e.message), Value(), Value()});
  }
  for (auto it = vars.rbegin(); it != vars.rend(); ++it) r = I.in.types().newUnionAll(*it, r);
  return r;
}

Value evalComparison(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  Value left = I.eval(ex.args[0], env, fr);
  Value result = Value::boolean(true);
  for (size_t i = 1; i + 1 < ex.args.size(); i += 2) {
    Value op = I.eval(ex.args[i], env, fr);
    Value right = I.eval(ex.args[i + 1], env, fr);
    result = I.in.call(op, std::vector<Value>{left, right});
    if (!result.isBool() || !result.asBool()) return result;
    left = right;
  }
  return result;
}

// The names a destructuring iteration variable `(k, (a, b))` binds.
void collectBoundNames(const Value& var, std::vector<Value>& out) {
  if (var.isSymbol()) {
    out.push_back(var);
    return;
  }
  if (isHead(var, syms().tuple))
    for (const Value& a : E(var).args) collectBoundNames(a, out);
  else if ((isHead(var, syms().splat) || isHead(var, syms().dcolon)) && !E(var).args.empty())
    collectBoundNames(E(var).args[0], out);
}

// The closure `var -> body` for generators. A destructuring variable `(k, v)` becomes
// `x -> begin local k, v; (k, v) = x; body end`, so the names are fresh locals of the
// closure as in Julia's `((k, v),) -> body`.
Value generatorClosure(Interp::Impl& I, const Value& var, const Value& body, EnvPtr& env, Frame& fr) {
  const Syms& S = syms();
  Value params, fbody = body;
  if (var.isSymbol() || isHead(var, S.dcolon)) {
    params = makeExpr(S.tuple, {var});
  } else {
    Value arg = Value::symbol("#gen#arg");  // not writable in source; each closure has its own
    params = makeExpr(S.tuple, {arg});
    std::vector<Value> names;
    collectBoundNames(var, names);
    std::vector<Value> stmts;
    if (!names.empty()) stmts.push_back(makeExpr(S.local, std::move(names)));
    stmts.push_back(makeExpr(S.assign, {var, arg}));
    stmts.push_back(body);
    fbody = makeExpr(S.block, std::move(stmts));
  }
  Value lambda = makeExpr(S.arrow, {params, fbody});
  return I.defineLambda(lambda, env, fr);
}

// The iteration variable and iterator of the specifications `specs[from..]`: one spec is
// `var in iter`; several are `(v1, v2, ...) in Iterators.product(i1, i2, ...)` (the first
// varies fastest, as in Julia).
void generatorSpecs(Interp::Impl& I, const std::vector<Value>& specs, size_t from, EnvPtr& env, Frame& fr,
                    Value& var, Value& iter) {
  std::vector<Value> vars, iters;
  for (size_t k = from; k < specs.size(); ++k) {
    if (!isHead(specs[k], syms().assign) || E(specs[k]).args.size() != 2)
      I.in.error("syntax: malformed comprehension");
    vars.push_back(E(specs[k]).args[0]);
    iters.push_back(I.eval(E(specs[k]).args[1], env, fr));
  }
  if (vars.empty()) I.in.error("syntax: malformed comprehension");
  if (vars.size() == 1) {
    var = vars[0];
    iter = iters[0];
    return;
  }
  var = makeExpr(syms().tuple, std::move(vars));
  iter = I.in.callBase("ProductIterator", {I.in.makeTuple(std::move(iters))});
}

// (generator body spec...) / (generator body (filter cond spec...)) as a lazy Base.Generator.
// Nested `for` clauses arrive as (flatten (generator (generator body inner) outer)): the
// inner generator is evaluated by the outer one's closure.
Value evalGenerator(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  if (ex.args.size() < 2) I.in.error("syntax: malformed comprehension");
  Value var, iter;
  if (ex.args.size() == 2 && isHead(ex.args[1], syms().filter)) {
    const ExprObj& flt = E(ex.args[1]);
    if (flt.args.size() < 2) I.in.error("syntax: malformed comprehension");
    generatorSpecs(I, flt.args, 1, env, fr, var, iter);
    Value pred = generatorClosure(I, var, flt.args[0], env, fr);
    iter = I.in.callBase("Filter", {pred, iter});
  } else {
    generatorSpecs(I, ex.args, 1, env, fr, var, iter);
  }
  Value f = generatorClosure(I, var, ex.args[0], env, fr);
  return I.in.callBase("Generator", {f, iter});
}

// (flatten (generator ...)): Base.Flatten over the generator of generators.
Value evalFlatten(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  if (ex.args.size() != 1 || !isHead(ex.args[0], syms().generator)) I.in.error("syntax: malformed comprehension");
  return I.in.callBase("Flatten", {evalGenerator(I, E(ex.args[0]), env, fr)});
}

Value typejoin(Interp::Impl& I, const Value& a, const Value& b) {
  TypeSystem& T = I.in.types();
  if (T.isSubtype(a, b)) return b;
  if (T.isSubtype(b, a)) return a;
  Value s = a;
  while (isType(s, TypeKind::DataType) && !s.as<DataTypeObj>().super.isNothing()) {
    s = s.as<DataTypeObj>().super;
    if (T.isSubtype(b, s)) {
      // Drop parameters (Julia's typejoin of Vector{Int} and Vector{Float64} is Vector).
      return s;
    }
  }
  return T.Any;
}

// [body for i in a, j in b]: an Array with one dimension per specification.
Value evalProductComprehension(Interp::Impl& I, const ExprObj& gen, EnvPtr& env, Frame& fr) {
  std::vector<std::vector<Value>> axes;
  std::vector<Value> vars;
  for (size_t k = 1; k < gen.args.size(); ++k) {
    const ExprObj& s = E(gen.args[k]);
    vars.push_back(s.args[0]);
    Value items = I.in.callBase("collect", {I.eval(s.args[1], env, fr)});
    axes.push_back(items.as<ArrayObj>().elems());
  }
  std::vector<int64_t> dims;
  size_t total = 1;
  for (auto& a : axes) {
    dims.push_back(static_cast<int64_t>(a.size()));
    total *= a.size();
  }
  std::vector<Value> data;
  Value eltype;
  for (size_t n = 0; n < total; ++n) {
    auto scope = std::make_shared<Env>();
    scope->parent = env;
    EnvPtr sp = scope;
    size_t rest = n;
    for (size_t d = 0; d < axes.size(); ++d) {
      bindLoopVariable(I, vars[d], axes[d][rest % axes[d].size()], sp, fr);
      rest /= axes[d].size();
    }
    Value v = I.eval(gen.args[0], sp, fr);
    Value t = I.in.types().typeOf(v);
    eltype = eltype.isNothing() ? t : typejoin(I, eltype, t);
    data.push_back(v);
  }
  if (eltype.isNothing()) eltype = I.in.types().Any;
  auto* arr = new ArrayObj(I.in.types().arrayType(eltype, static_cast<int64_t>(dims.size())), dims);
  arr->data = std::move(data);
  return Value::object(arr);
}

Value evalComprehension(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr, const Value* eltype) {
  const Value& g = ex.args[eltype ? 1 : 0];
  if (isHead(g, syms().flatten)) {
    Value it = evalFlatten(I, E(g), env, fr);
    if (eltype) return I.in.callBase("collect", {*eltype, it});
    return I.in.callBase("collect", {it});
  }
  if (!isHead(g, syms().generator)) I.in.error("syntax: malformed comprehension");
  if (E(g).args.size() > 2) {
    Value r = evalProductComprehension(I, E(g), env, fr);
    if (eltype) {
      Value conv = I.in.callBase("similar", {r, *eltype});
      I.in.callBase("copyto!", {conv, r});
      return conv;
    }
    return r;
  }
  Value gen = evalGenerator(I, E(g), env, fr);
  if (eltype) return I.in.callBase("collect", {*eltype, gen});
  return I.in.callBase("collect", {gen});
}
}  // namespace

// ---------------------------------------------------------------------------------------
Value copyAst(const Value& ex) {
  if (ex.isExpr()) {
    std::vector<Value> args;
    args.reserve(E(ex).args.size());
    for (const Value& a : E(ex).args) args.push_back(copyAst(a));
    return makeExpr(E(ex).head, std::move(args));
  }
  if (ex.isObject(ObjKind::QuoteNode)) return makeQuoteNode(copyAst(ex.as<QuoteNodeObj>().value));
  return ex;
}

Value interpolate(Interp::Impl& I, const Value& ex, EnvPtr& env, Frame& fr, int depth) {
  if (!ex.isExpr()) {
    if (ex.isObject(ObjKind::QuoteNode)) {
      // `:(Base.$op)` is (. Base (inert ($ op))): the `$` inside interpolates too.
      const Value& inner = ex.as<QuoteNodeObj>().value;
      if (depth == 0 && isHead(inner, syms().dollar)) return makeQuoteNode(interpolate(I, inner, env, fr, depth));
      return makeQuoteNode(copyAst(inner));
    }
    return ex;
  }
  const ExprObj& e = E(ex);
  const Syms& S = syms();
  if (e.head == S.dollar) {
    if (depth == 0) {
      if (e.args.size() != 1) I.in.error("syntax: malformed $ interpolation");
      if (isHead(e.args[0], S.splat)) I.in.error("syntax: \"...\" expression outside call");
      return I.eval(e.args[0], env, fr);
    }
    std::vector<Value> args;
    for (const Value& a : e.args) args.push_back(interpolate(I, a, env, fr, depth - 1));
    return makeExpr(e.head, std::move(args));
  }
  int inner = e.head == S.quote ? depth + 1 : depth;
  std::vector<Value> args;
  args.reserve(e.args.size());
  for (const Value& a : e.args) {
    // $(xs...) splices the elements of xs.
    if (depth == 0 && isHead(a, S.dollar) && E(a).args.size() == 1 && isHead(E(a).args[0], S.splat)) {
      Value xs = I.eval(E(E(a).args[0]).args[0], env, fr);
      Value items = I.in.callBase("collect", {xs});
      for (const Value& x : items.as<ArrayObj>().elems()) args.push_back(x);
      continue;
    }
    args.push_back(interpolate(I, a, env, fr, inner));
  }
  return makeExpr(e.head, std::move(args));
}

Value constructedWrapper(Interp::Impl& I, const Value& t) {
  Value u = I.in.types().unwrap(t);
  if (!isType(u, TypeKind::DataType)) I.in.error("new: not a struct type");
  return u.as<DataTypeObj>().tname->wrapper;
}

Value constructNew(Interp::Impl& I, const Value& t, const std::vector<Value>& args) {
  if (!isType(t, TypeKind::DataType)) I.in.error("new: the type to construct is not known here (`new` outside a constructor?)");
  const DataTypeObj& dt = t.as<DataTypeObj>();
  if (dt.tname->isAbstract) I.in.error("new: cannot instantiate abstract type " + I.in.types().show(t));
  if (args.size() > dt.fieldTypes.size()) I.in.error("new: too many arguments (expected " + std::to_string(dt.fieldTypes.size()) + ")");
  std::vector<Value> fields;
  fields.reserve(dt.fieldTypes.size());
  for (size_t i = 0; i < args.size(); ++i) {
    const Value& ft = dt.fieldTypes[i];
    if (I.in.types().isSubtype(I.in.types().typeOf(args[i]), ft)) fields.push_back(args[i]);
    else fields.push_back(I.in.callBase("convert", {ft, args[i]}));
  }
  fields.resize(dt.fieldTypes.size());
  auto* s = new StructObj(t, std::move(fields));
  if (args.size() < dt.fieldTypes.size()) s->definedFields = args.size();
  return Value::object(s);
}

bool evalValueForm(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr, Value& out) {
  const Syms& S = syms();
  Symbol h = ex.head;
  if (h == S.tuple) { out = evalTuple(I, ex, env, fr); return true; }
  if (h == S.vect) { out = I.in.callBase("vect", evalAll(I, ex.args, 0, env, fr)); return true; }
  if (h == S.hcat || h == S.vcat) { out = evalConcat(I, ex, env, fr); return true; }
  if (h == S.typed_hcat || h == S.typed_vcat) {
    std::vector<Value> args = evalAll(I, ex.args, 0, env, fr);
    out = I.in.callBase(h == S.typed_hcat ? "typed_hcat" : "typed_vcat", args);
    return true;
  }
  if (h == S.ref) { out = evalRef(I, ex, env, fr); return true; }
  if (h == S.dot) { out = evalDot(I, ex, env, fr); return true; }
  if (h == S.curly) { out = evalCurly(I, ex, env, fr); return true; }
  if (h == S.where) { out = evalWhere(I, ex, env, fr); return true; }
  if (h == S.comparison) { out = evalComparison(I, ex, env, fr); return true; }
  if (h == S.string) { out = I.in.callBase("string", evalAll(I, ex.args, 0, env, fr)); return true; }
  if (h == S.quote) { out = interpolate(I, ex.args[0], env, fr, 0); return true; }
  if (h == S.copyast) {
    Value v = I.eval(ex.args[0], env, fr);
    out = copyAst(v);
    return true;
  }
  if (h == S.inert) { out = ex.args[0]; return true; }
  if (h == S.generator) { out = evalGenerator(I, ex, env, fr); return true; }
  if (h == S.flatten) { out = evalFlatten(I, ex, env, fr); return true; }
  if (h == S.comprehension) { out = evalComprehension(I, ex, env, fr, nullptr); return true; }
  if (h == S.typed_comprehension) {
    Value t = I.eval(ex.args[0], env, fr);
    out = evalComprehension(I, ex, env, fr, &t);
    return true;
  }
  if (h == S.new_) {
    Value t = I.eval(ex.args[0], env, fr);
    out = constructNew(I, t, evalAll(I, ex.args, 1, env, fr));
    return true;
  }
  if (h == S.dcolon && ex.args.size() == 2) {
    Value v = I.eval(ex.args[0], env, fr);
    Value t = I.eval(ex.args[1], env, fr);
    if (!I.in.types().isSubtype(I.in.types().typeOf(v), t)) I.throwTypeError("typeassert", "", t, v);
    out = v;
    return true;
  }
  if ((h == S.subtype || h == S.gt_colon) && ex.args.size() == 2) {
    Value a = I.eval(ex.args[0], env, fr);
    Value b = I.eval(ex.args[1], env, fr);
    out = Value::boolean(h == S.subtype ? I.in.types().isSubtype(a, b) : I.in.types().isSubtype(b, a));
    return true;
  }
  return false;
}

}  // namespace jl::interp
