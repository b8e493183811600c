// Lowering of calls: static resolution of the callee, splatting of tuples, compile-time
// dispatch through TypeSystem::selectMethod, method instances for Julia methods, natives as
// Builtin nodes (with promotion conversions), constructors and `new`, and the calls folded
// statically (`isa`, `typeof`, `===`, `length` of tuples, constant tuple indexing).
#include <set>

#include "syntax/print.hpp"
#include "types/infer_impl.hpp"
#include "types/lower_arrays.hpp"
#include "types/lower_comprehension.hpp"

namespace jl::types {

namespace {
const interp::Syms& S() { return interp::syms(); }
bool isPure(const Node& n) {
  return n.op == Op::LocalGet || n.op == Op::Const || n.op == Op::TypeConst || n.op == Op::GlobalGet;
}

// The value of a singleton type: `nothing`, the function of a function type, T for Type{T},
// the instance of a field-less struct.
std::optional<Value> singletonValue(TypeSystem& T, const TypeRef& t) {
  if (!interp::isType(t, TypeKind::DataType)) return std::nullopt;
  if (sameType(t, T.Nothing)) return Value();
  auto& d = t.as<DataTypeObj>();
  if (d.tname == interp::asDataType(T.unwrap(T.TypeType)).tname && d.params.size() == 1 &&
      !T.hasFreeTypeVars(d.params[0]))
    return d.params[0];
  if (!d.instance.isNothing()) return d.instance;
  return std::nullopt;
}
}  // namespace

std::optional<Value> Inferencer::constOf(const Node& n) {
  if (n.op == Op::Const || n.op == Op::TypeConst) return n.value;
  return singletonValue(T, n.type);
}

Value Inferencer::functionValueOfBase(const char* name) { return in.baseValue(name); }

bool Inferencer::isBaseFunction(const FunctionObj& f, const char* name) {
  return f.name.str() == name && (f.module == in.base || f.module == in.core);
}

std::string Inferencer::describeCall(const std::string& name, const std::vector<TypeRef>& types) {
  std::string s = name + "(";
  for (size_t i = 0; i < types.size(); ++i) s += (i ? ", ::" : "::") + showType(types[i]);
  return s + ")";
}

std::optional<Value> Inferencer::staticValue(Body& b, const Value& ex) {
  switch (ex.tag()) {
    case Tag::Symbol: {
      Symbol s = ex.asSymbol();
      for (Scope* sc = b.scope; sc; sc = sc->parent) {
        int slot = sc->find(s);
        if (slot >= 0) return singletonValue(T, b.slotTypes[slot]);
        if (std::find(sc->globals.begin(), sc->globals.end(), s.id()) != sc->globals.end()) break;
      }
      for (auto& [id, v] : b.sparams)
        if (id == s.id()) return v;
      if (globalIndex.count({b.module, s.id()})) return std::nullopt;
      if (interp::Binding* bd = in.impl().findBinding(b.module, s); bd && bd->defined) return bd->value;
      return std::nullopt;
    }
    case Tag::Object: break;
    default: return ex;
  }
  if (ex.isString()) return ex;
  if (interp::isType(ex, TypeKind::TypeVar)) {  // spliced into generated code (default constructors)
    for (auto& [id, v] : b.sparams)
      if (id == ex.as<interp::TypeVarObj>().name.id()) return v;
    return std::nullopt;
  }
  if (interp::isType(ex)) return ex;
  if (ex.isObject(ObjKind::QuoteNode)) return ex.as<jl::QuoteNodeObj>().value;
  if (ex.isObject(ObjKind::GlobalRef)) {
    auto& g = ex.as<interp::GlobalRefObj>();
    if (globalIndex.count({g.mod, g.name.id()})) return std::nullopt;
    if (interp::Binding* bd = in.impl().findBinding(g.mod, g.name); bd && bd->defined) return bd->value;
    return std::nullopt;
  }
  if (!ex.isExpr()) return std::nullopt;
  const ExprObj& e = E(ex);
  if (e.head == S().dot && e.args.size() == 2) {
    auto m = staticValue(b, e.args[0]);
    Value n = e.args[1].isObject(ObjKind::QuoteNode) ? e.args[1].as<jl::QuoteNodeObj>().value : e.args[1];
    if (!m || !m->isObject(ObjKind::Module) || !n.isSymbol()) return std::nullopt;
    ModuleObj* mod = const_cast<ModuleObj*>(&m->as<ModuleObj>());
    if (globalIndex.count({mod, n.asSymbol().id()})) return std::nullopt;
    if (interp::Binding* bd = in.impl().findBinding(mod, n.asSymbol()); bd && bd->defined) return bd->value;
    return std::nullopt;
  }
  if (e.head == S().curly) {
    std::vector<Value> parts;
    for (const Value& a : e.args) {
      auto v = staticValue(b, a);
      if (!v) return std::nullopt;
      parts.push_back(*v);
    }
    if (!interp::isType(parts[0])) return std::nullopt;
    try {
      return T.applyType(parts[0], std::vector<Value>(parts.begin() + 1, parts.end()));
    } catch (const interp::TypeOpError&) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

void Inferencer::lowerArgs(Body& b, const std::vector<Value>& exs, size_t from, std::vector<NodePtr>& out,
                           KwNodes* kw) {
  std::vector<Value> kwExs;  // (kw k v) and the items of (parameters ...), in source order
  for (size_t i = from; i < exs.size(); ++i) {
    const Value& a = exs[i];
    if (isHead(a, S().parameters) || isHead(a, S().kw)) {
      if (!kw)
        fail(b, diag::Kind::UnsupportedConstruct, "keyword arguments are not supported in this call in compiled code",
             kNotCompiledHint);
      if (isHead(a, S().kw)) kwExs.push_back(a);
      else
        for (const Value& p : E(a).args) kwExs.push_back(p);
      continue;
    }
    if (isHead(a, S().splat)) {
      NodePtr v = lower(b, E(a).args[0], true);
      if (isBottomType(v->type)) {
        out.push_back(std::move(v));
        continue;
      }
      if (!interp::isType(v->type, TypeKind::DataType) || !T.isTupleType(v->type))
        fail(b, diag::Kind::UnsupportedConstruct,
             "splatting a " + showType(v->type) + " is not supported in compiled code (only tuples of known length)",
             "pass a tuple, or run the program with `jlcc run`");
      const auto& ps = v->type.as<DataTypeObj>().params;
      if (ps.empty()) continue;
      std::vector<NodePtr> pre;
      NodePtr read = stash(b, v, pre);
      for (size_t j = 0; j < ps.size(); ++j) {
        auto g = mk(b, Op::TupleGet, ps[j]);
        g->slot = static_cast<int>(j);
        if (j == 0 && !pre.empty()) g->kids.push_back(std::move(pre[0]));  // the temp's LocalSet yields the tuple
        else g->kids.push_back(clonePure(b, *read));
        out.push_back(std::move(g));
      }
      continue;
    }
    out.push_back(lower(b, a, true));
  }
  for (const Value& k : kwExs) {
    Symbol name;
    Value valueEx;
    if (isHead(k, S().kw) && E(k).args.size() == 2 && E(k).args[0].isSymbol()) {
      name = E(k).args[0].asSymbol();
      valueEx = E(k).args[1];
    } else if (k.isSymbol()) {  // f(; k) passes k = k
      name = k.asSymbol();
      valueEx = k;
    } else {
      fail(b, diag::Kind::UnsupportedConstruct,
           "this form of keyword argument (" + syntax::show(k) + ") is not supported in compiled code yet",
           "write `name = value`, or run the program with `jlcc run`");
    }
    for (auto& [n, v] : *kw)
      if (n == name) fail(b, diag::Kind::UnsupportedConstruct, "keyword argument `" + name.str() + "` repeated in call");
    kw->emplace_back(name, lower(b, valueEx, true));
  }
}

NodePtr Inferencer::lowerCall(Body& b, const ExprObj& e) {
  const Value& callee = e.args[0];
  auto isNewName = [&](const Value& v) {
    if (!v.isSymbol() || v.asSymbol() != S().new_) return false;
    for (Scope* sc = b.scope; sc; sc = sc->parent)
      if (sc->find(S().new_) >= 0) return false;
    return true;
  };
  if (isNewName(callee)) {
    std::vector<NodePtr> args;
    lowerArgs(b, e.args, 1, args);
    return lowerNew(b, b.constructedType, std::move(args));
  }
  if (isHead(callee, S().curly) && isNewName(E(callee).args[0])) {
    std::vector<Value> params;
    for (size_t i = 1; i < E(callee).args.size(); ++i) {
      auto v = staticValue(b, E(callee).args[i]);
      if (!v) fail(b, diag::Kind::UnsupportedConstruct, "new{...} with a non-constant type parameter");
      params.push_back(*v);
    }
    if (b.constructedType.isNothing()) fail(b, diag::Kind::UnsupportedConstruct, "`new` outside a constructor");
    Value wrapper = T.unwrap(b.constructedType).as<DataTypeObj>().tname->wrapper;
    Value t;
    try {
      t = T.applyType(wrapper, params);
    } catch (const interp::TypeOpError& err) {
      fail(b, diag::Kind::TypeMismatch, err.message);
    }
    std::vector<NodePtr> args;
    lowerArgs(b, e.args, 1, args);
    return lowerNew(b, t, std::move(args));
  }
  if (callee.isSymbol()) {
    const std::string& n = callee.asSymbol().str();
    if (n.size() >= 2 && n[0] == '.' && !std::isalnum(static_cast<unsigned char>(n[1])) && n[1] != '_')
      fail(b, diag::Kind::UnsupportedConstruct, "broadcasting is not supported in compiled code yet",
           kNotCompiledHint);
  }
  std::optional<Value> f = staticValue(b, callee);
  std::vector<NodePtr> pre;
  if (!f) {
    NodePtr cn = lower(b, callee, true);
    if (closureInfo(cn->type)) {  // calling a closure value
      std::vector<NodePtr> args;
      lowerArgs(b, e.args, 1, args);
      std::vector<NodePtr> pre2;
      NodePtr fn = stash(b, cn, pre2);
      NodePtr c = callClosure(b, std::move(fn), std::move(args));
      if (pre2.empty()) return c;
      auto blk = mk(b, Op::Block, c->type);
      for (auto& p : pre2) blk->kids.push_back(std::move(p));
      blk->kids.push_back(std::move(c));
      return blk;
    }
    f = constOf(*cn);
    if (!f)
      fail(b, diag::Kind::UnsupportedConstruct,
           "cannot determine the called function statically (the callee has type " + showType(cn->type) + ")",
           kNotCompiledHint);
  }
  if (auto d = lowerDictCall(b, *f, e)) return std::move(*d);
  if (auto g = lowerGeneratorCall(*this, b, *f, e)) return std::move(*g);
  std::string name = callee.isSymbol() ? callee.asSymbol().str() : syntax::show(callee);
  if (f->isObject(ObjKind::Function)) name = f->as<FunctionObj>().name.str();
  std::vector<NodePtr> args;
  KwNodes kw;
  lowerArgs(b, e.args, 1, args, &kw);
  return callValue(b, *f, std::move(args), name, std::move(kw));
}

// Dicts in compiled code (jlrt::Dict, docs/compiler.md "Dicts"): `Dict{K,V}()` and
// `Dict{K,V}(k => v, ...)` (keys and values converted as the interpreter's dictSet does),
// `Dict(k => v, ...)` with literal pairs whose keys and values each have one type (the
// interpreter's _dict_from then gives Dict{K,V}), and `collect(keys(d))`/`collect(values(d))`
// as new vectors in insertion order. The pairs are never built: the Builtin `dict_make`
// takes k1, v1, k2, v2, ... in evaluation order.
std::optional<NodePtr> Inferencer::lowerDictCall(Body& b, const Value& f, const ExprObj& e) {
  auto isBaseFn = [&](const Value& v, const char* nm) {
    return v.isObject(ObjKind::Function) && isBaseFunction(v.as<FunctionObj>(), nm);
  };
  if (isBaseFn(f, "collect") && e.args.size() == 2 && isHead(e.args[1], S().call) && E(e.args[1]).args.size() == 2) {
    const ExprObj& inner = E(e.args[1]);
    auto g = staticValue(b, inner.args[0]);
    if (!g || !(isBaseFn(*g, "keys") || isBaseFn(*g, "values")) || isHead(inner.args[1], S().splat) ||
        isHead(inner.args[1], S().parameters) || isHead(inner.args[1], S().kw))
      return std::nullopt;
    NodePtr d = lower(b, inner.args[1], true);
    if (isBottomType(d->type)) return d;
    TypeRef K, V;
    if (!dictTypes(T, d->type, &K, &V)) {  // the ordinary calls
      std::vector<NodePtr> one;
      one.push_back(std::move(d));
      std::vector<NodePtr> outer;
      outer.push_back(callValue(b, *g, std::move(one), g->as<FunctionObj>().name.str()));
      return callValue(b, f, std::move(outer), "collect");
    }
    bool isKeys = isBaseFn(*g, "keys");
    auto r = mk(b, Op::Builtin, T.arrayType(isKeys ? K : V, 1));
    r->name = isKeys ? "dict_keys" : "dict_values";
    r->kids.push_back(std::move(d));
    return r;
  }
  if (!interp::isType(f) || interp::isType(f, TypeKind::TypeVar)) return std::nullopt;
  Value u = T.unwrap(f);
  const Value dictWrapper = T.unwrap(T.Dict);
  if (!interp::isType(u, TypeKind::DataType) || u.as<DataTypeObj>().tname != dictWrapper.as<DataTypeObj>().tname)
    return std::nullopt;
  bool typed = interp::isType(f, TypeKind::DataType) && !T.hasFreeTypeVars(f);
  if (!typed && !sameType(f, T.Dict)) return std::nullopt;
  std::vector<std::pair<Value, Value>> kvs;
  for (size_t i = 1; i < e.args.size(); ++i) {
    const Value& a = e.args[i];
    if (!isHead(a, S().call) || E(a).args.size() != 3) return std::nullopt;
    auto op = staticValue(b, E(a).args[0]);
    if (!op || !isBaseFn(*op, "=>") || isHead(E(a).args[1], S().splat) || isHead(E(a).args[2], S().splat))
      return std::nullopt;
    kvs.emplace_back(E(a).args[1], E(a).args[2]);
  }
  if (!typed && kvs.empty()) return std::nullopt;  // Dict(): a Dict{Any, Any}
  TypeRef K, V;
  if (typed && !dictTypes(T, f, &K, &V)) return std::nullopt;
  std::vector<NodePtr> kids;
  for (auto& [k, v] : kvs) {
    kids.push_back(lower(b, k, true));
    if (isBottomType(kids.back()->type)) break;
    kids.push_back(lower(b, v, true));
    if (isBottomType(kids.back()->type)) break;
  }
  if (!kids.empty() && isBottomType(kids.back()->type)) {  // never constructed
    auto blk = mk(b, Op::Block, T.Bottom);
    for (auto& k : kids) blk->kids.push_back(std::move(k));
    return blk;
  }
  Value dt;
  if (typed) {
    dt = f;
    for (size_t i = 0; i < kids.size(); ++i) {
      const TypeRef& to = i % 2 == 0 ? K : V;
      if (!sameType(kids[i]->type, to) && !(isNumericType(T, kids[i]->type) && isNumericType(T, to)))
        fail(b, diag::Kind::TypeMismatch,
             "cannot convert a " + showType(kids[i]->type) + " to the " + (i % 2 == 0 ? "key" : "value") + " type " +
                 showType(to) + " of " + showType(f));
      kids[i] = convertTo(b, std::move(kids[i]), to, showType(f) + "(...)");
    }
  } else {
    K = kids[0]->type;
    V = kids[1]->type;
    for (size_t i = 0; i < kids.size(); i += 2)
      if (!sameType(kids[i]->type, K) || !sameType(kids[i + 1]->type, V))
        fail(b, diag::Kind::UnsupportedBuiltin,
             "Dict(...) with pairs of different types (" + showType(K) + " => " + showType(V) + ", " +
                 showType(kids[i]->type) + " => " + showType(kids[i + 1]->type) +
                 ") is not supported in compiled code yet",
             "write Dict{K,V}(...) with the key and value types, or run the program with `jlcc run`");
    dt = T.applyType(T.Dict, {K, V});
    if (!dictTypes(T, dt, nullptr, nullptr))
      fail(b, diag::Kind::UnsupportedBuiltin,
           showType(dt) + " is not supported in compiled code yet (keys and values must be Int64, Float64, Bool, Char, "
                          "String or Symbol)",
           kNotCompiledHint);
  }
  auto r = mk(b, Op::Builtin, dt);
  r->name = kids.empty() ? "dict_new" : "dict_make";
  for (auto& k : kids) r->kids.push_back(std::move(k));
  return r;
}

NodePtr Inferencer::callValue(Body& b, const Value& f, std::vector<NodePtr> args, const std::string& displayName,
                              KwNodes kw) {
  for (auto& [n, v] : kw) args.push_back(std::move(v));  // (temporarily) in evaluation order
  for (auto& a : args) {
    if (isBottomType(a->type)) {  // the call is never reached
      auto blk = mk(b, Op::Block, T.Bottom);
      for (auto& x : args) {
        bool stop = isBottomType(x->type);
        blk->kids.push_back(std::move(x));
        if (stop) break;
      }
      return blk;
    }
  }
  for (size_t i = 0; i < kw.size(); ++i) kw[i].second = std::move(args[args.size() - kw.size() + i]);
  args.resize(args.size() - kw.size());
  if (f.isObject(ObjKind::Function))
    return callFunction(b, f, f.as<FunctionObj>(), std::move(args), displayName, std::move(kw));
  if (interp::isType(f) && !interp::isType(f, TypeKind::TypeVar)) {
    // numeric conversions T(x)
    if (kw.empty() && args.size() == 1 && isIntegerType(T, f) && !sameType(f, T.Bool) && sameType(args[0]->type, T.Char)) return lowerBuiltin(b, showType(f), std::move(args));  // Int(c): builtins_strings.cpp
    if (kw.empty() && args.size() == 1 && isNumericType(T, f) && (isNumericType(T, args[0]->type) || sameType(args[0]->type, T.Char)))
      return convertTo(b, std::move(args[0]), f, showType(f) + "(x)");
    interp::FunctionObj* ctor;
    try {
      ctor = &in.impl().constructorOf(f);
    } catch (const interp::JuliaError& err) {
      fail(b, diag::Kind::NoMethod, "cannot call type " + showType(f));
    }
    args.insert(args.begin(), constNode(b, f));
    return callFunction(b, Value::object(ctor), *ctor, std::move(args), showType(f), std::move(kw));
  }
  std::vector<TypeRef> types;
  for (auto& a : args) types.push_back(a->type);
  fail(b, diag::Kind::NoMethod, "objects of type " + showType(T.typeOf(f)) + " are not callable (in " +
                                    describeCall(displayName, types) + ")");
}

std::optional<NodePtr> Inferencer::lowerSpecial(Body& b, const FunctionObj& f, std::vector<NodePtr>& args) {
  const std::string& n = f.name.str();
  if (f.module != in.base && f.module != in.core && f.module != in.meta) return std::nullopt;
  size_t na = args.size();
  // join(v[, delim[, last]]) of a Vector of printable values, delimiters String or Char
  // (Base's join prints into an IOBuffer, which compiled code has not).
  if (n == "join" && na >= 1 && na <= 3 && !vectorElem(T, args[0]->type).isNothing() &&
      isRepresentable(T, vectorElem(T, args[0]->type))) {
    bool delims = true;
    for (size_t i = 1; i < na; ++i) delims = delims && (sameType(args[i]->type, T.String) || sameType(args[i]->type, T.Char));
    if (delims) {
      auto j = mk(b, Op::Builtin, T.String);
      j->name = "join";
      for (auto& a : args) j->kids.push_back(std::move(a));
      return j;
    }
  }
  auto pureAll = [&]() {
    for (auto& a : args)
      if (!isPure(*a)) return false;
    return true;
  };
  // Keeps the arguments' effects when a call folds to a constant.
  auto folded = [&](NodePtr c) -> NodePtr {
    if (pureAll()) return c;
    auto blk = mk(b, Op::Block, c->type);
    for (auto& a : args)
      if (!isPure(*a)) blk->kids.push_back(std::move(a));
    blk->kids.push_back(std::move(c));
    return blk;
  };
  bool opaque0 = na >= 1 && sameType(args[0]->type, T.Exception);
  if ((n == "getindex" || n == "length") && na >= 1 && sameType(optionalElem(T, args[0]->type), T.RegexMatch)) {
    // m[i], m["name"], length(m) on the optional result of `match`: on its RegexMatch, a
    // MethodError (as Julia's dispatch on `nothing`) when it is nothing
    std::vector<TypeRef> types{T.Nothing};
    for (size_t i = 1; i < na; ++i) types.push_back(args[i]->type);
    auto u = mk(b, Op::Builtin, T.RegexMatch);
    u->name = "optional_value";
    u->kids.push_back(std::move(args[0]));
    u->kids.push_back(constNode(b, in.makeString("MethodError: no method matching " + describeCall(n, types))));
    args[0] = std::move(u);
    return lowerBuiltin(b, n, std::move(args));
  }
  if (n == "throw" && na == 1) {
    auto t = mk(b, Op::Throw, T.Bottom);
    t->kids.push_back(std::move(args[0]));
    return t;
  }
  if (n == "rethrow" && na <= 1) {
    auto t = mk(b, Op::Builtin, T.Bottom);
    t->name = "rethrow";
    for (auto& a : args) t->kids.push_back(std::move(a));
    return t;
  }
  if (n == "typeof" && na == 1) {
    if (opaque0 || !optionalElem(T, args[0]->type).isNothing()) {  // run-time type: Nothing or T
      auto t = mk(b, Op::Builtin, T.DataType);
      t->name = "typeof";
      t->kids.push_back(std::move(args[0]));
      return t;
    }
    return folded(constNode(b, args[0]->type));
  }
  if (n == "isa" && na == 2) {
    auto t = constOf(*args[1]);
    if (!t || !interp::isType(*t)) return std::nullopt;
    if (TypeRef e = optionalElem(T, args[0]->type); !e.isNothing()) {
      // an optional: decided by whether it holds a value when Nothing and T answer differently
      bool ifNothing = T.isSubtype(T.Nothing, *t), ifValue = T.isSubtype(e, *t);
      if (ifNothing == ifValue) return folded(constNode(b, Value::boolean(ifValue)));
      auto r = mk(b, Op::Builtin, T.Bool);
      r->name = "isnothing";
      r->kids.push_back(std::move(args[0]));
      if (ifNothing) return r;
      auto nt = mk(b, Op::Builtin, T.Bool);
      nt->name = "!";
      nt->kids.push_back(std::move(r));
      return nt;
    }
    if (opaque0) {
      auto r = mk(b, Op::Builtin, T.Bool);
      r->name = "isa";
      r->kids.push_back(std::move(args[0]));
      r->kids.push_back(std::move(args[1]));
      return r;
    }
    return folded(constNode(b, Value::boolean(T.isSubtype(args[0]->type, *t))));
  }
  if ((n == "===" || n == "!==") && na == 2) {
    bool neg = n == "!==";
    TypeRef t0 = args[0]->type, t1 = args[1]->type;
    // `x === nothing` on an optional (Union{Nothing, T}, e.g. the result of `match`): a
    // has-value test (see docs/compiler.md, "Optional values").
    bool opt0 = !optionalElem(T, t0).isNothing(), opt1 = !optionalElem(T, t1).isNothing();
    if ((opt0 && sameType(t1, optionalElem(T, t0))) || (opt1 && sameType(t0, optionalElem(T, t1))))
      fail(b, diag::Kind::UnsupportedConstruct,
           "=== between a " + showType(opt0 ? t0 : t1) + " and a " + showType(opt0 ? t1 : t0) +
               " is not supported in compiled code yet",
           "compare with `nothing` first");
    if ((opt0 && sameType(t1, T.Nothing)) || (opt1 && sameType(t0, T.Nothing))) {
      auto r = mk(b, Op::Builtin, T.Bool);
      r->name = "isnothing";
      NodePtr other = std::move(args[opt0 ? 1 : 0]);
      r->kids.push_back(std::move(args[opt0 ? 0 : 1]));
      NodePtr test = std::move(r);
      if (neg) {
        auto nt = mk(b, Op::Builtin, T.Bool);
        nt->name = "!";
        nt->kids.push_back(std::move(test));
        test = std::move(nt);
      }
      if (isPure(*other)) return test;
      auto blk = mk(b, Op::Block, T.Bool);  // keep the effects of the `nothing` operand, in order
      if (opt0) {
        int slot = newSlot(b, "#tmp" + std::to_string(++b.tempCounter), T.Bool);
        auto set = mk(b, Op::LocalSet, T.Bool);
        set->slot = slot;
        set->kids.push_back(std::move(test));
        blk->kids.push_back(std::move(set));
        blk->kids.push_back(std::move(other));
        auto get = mk(b, Op::LocalGet, T.Bool);
        get->slot = slot;
        blk->kids.push_back(std::move(get));
      } else {
        blk->kids.push_back(std::move(other));
        blk->kids.push_back(std::move(test));
      }
      return blk;
    }
    if (!sameType(t0, T.Exception) && !sameType(t1, T.Exception)) {
      if (!sameType(t0, t1)) return folded(constNode(b, Value::boolean(neg)));
      if (singletonValue(T, t0)) return folded(constNode(b, Value::boolean(!neg)));
      auto c0 = constOf(*args[0]), c1 = constOf(*args[1]);
      if (c0 && c1 && args[0]->op == Op::Const && args[1]->op == Op::Const)
        return folded(constNode(b, Value::boolean(in.identical(*c0, *c1) != neg)));
    }
    auto r = mk(b, Op::Builtin, T.Bool);
    r->name = n;
    for (auto& a : args) r->kids.push_back(std::move(a));
    return r;
  }
  if (n == "tuple") {
    auto t = mk(b, Op::Tuple, Value());
    std::vector<Value> ts;
    for (auto& a : args) {
      ts.push_back(a->type);
      t->kids.push_back(std::move(a));
    }
    t->type = T.tupleType(ts);
    return t;
  }
  bool tuple0 = na >= 1 && interp::isType(args[0]->type, TypeKind::DataType) && T.isTupleType(args[0]->type);
  if (n == "length" && na == 1 && tuple0)
    return folded(constNode(b, Value::int64(static_cast<int64_t>(args[0]->type.as<DataTypeObj>().params.size()))));
  if (n == "getindex" && na == 2 && tuple0 && args[1]->op == Op::Const && args[1]->value.isInteger()) {
    const auto& ps = args[0]->type.as<DataTypeObj>().params;
    int64_t i = static_cast<int64_t>(args[1]->value.toInt128());
    if (i < 1 || i > static_cast<int64_t>(ps.size())) {
      // always out of bounds: BoundsError at run time
      auto blk = mk(b, Op::Block, T.Bottom);
      if (!isPure(*args[0])) blk->kids.push_back(std::move(args[0]));
      auto t = mk(b, Op::Throw, T.Bottom);
      Value be = in.baseValue("BoundsError");
      auto nw = mk(b, Op::New, be);
      t->kids.push_back(std::move(nw));
      blk->kids.push_back(std::move(t));
      return blk;
    }
    auto g = mk(b, Op::TupleGet, ps[i - 1]);
    g->slot = static_cast<int>(i - 1);
    g->kids.push_back(std::move(args[0]));
    return g;
  }
  if ((n == "keys" || n == "values" || n == "pairs") && na == 1 && dictTypes(T, args[0]->type, nullptr, nullptr) &&
      (f.module == in.base || f.module == in.core))
    fail(b, diag::Kind::UnsupportedBuiltin,
         n + "(::" + showType(args[0]->type) + ") as a value is not supported in compiled code yet",
         "collect it into a vector (collect(keys(d)), collect(values(d))) or iterate with `for (k, v) in d`");
  if (n == "tail" && na == 1 && tuple0 && isPure(*args[0])) {
    const auto& ps = args[0]->type.as<DataTypeObj>().params;
    if (ps.empty()) return std::nullopt;  // ArgumentError at run time: keep the native
    auto t = mk(b, Op::Tuple, T.tupleType(std::vector<Value>(ps.begin() + 1, ps.end())));
    for (size_t j = 1; j < ps.size(); ++j) {
      auto g = mk(b, Op::TupleGet, ps[j]);
      g->slot = static_cast<int>(j);
      g->kids.push_back(clonePure(b, *args[0]));
      t->kids.push_back(std::move(g));
    }
    return t;
  }
  if (n == "getproperty" && na == 2 && args[1]->op == Op::Const && args[1]->value.isSymbol() &&
      (sameType(args[0]->type, T.Regex) || sameType(args[0]->type, T.RegexMatch) || sameType(args[0]->type, T.Cmd) ||
       sameType(optionalElem(T, args[0]->type), T.RegexMatch))) {
    // properties of the natives' objects (Regex, RegexMatch, Cmd; a RegexMatch read through
    // the optional result of `match` is unwrapped, an error when it is nothing)
    const std::string& field = args[1]->value.asSymbol().str();
    auto ft = nativePropertyType(T, args[0]->type, field);
    if (!ft)
      fail(b, diag::Kind::TypeMismatch, "type " + showType(args[0]->type) + " has no field " + field +
                                            " (in compiled code)");
    auto r = mk(b, Op::Builtin, *ft);
    r->name = "getproperty";
    for (auto& a : args) r->kids.push_back(std::move(a));
    return r;
  }
  if ((n == "getfield" || n == "getproperty") && na == 2 && args[1]->op == Op::Const &&
      interp::isType(args[0]->type, TypeKind::DataType)) {
    const Value& key = args[1]->value;
    auto& dt = args[0]->type.as<DataTypeObj>();
    int idx = -1;
    if (key.isSymbol()) {
      auto names = T.fieldNames(args[0]->type);
      for (size_t i = 0; i < names.size(); ++i)
        if (names[i] == key.asSymbol()) idx = static_cast<int>(i);
    } else if (key.isInteger()) {
      idx = static_cast<int>(key.toInt128()) - 1;
    }
    if (tuple0 && idx >= 0 && idx < static_cast<int>(dt.params.size())) {
      auto g = mk(b, Op::TupleGet, dt.params[idx]);
      g->slot = idx;
      g->kids.push_back(std::move(args[0]));
      return g;
    }
    if (idx < 0 || idx >= static_cast<int>(dt.fieldTypes.size()))
      fail(b, diag::Kind::TypeMismatch, "type " + showType(args[0]->type) + " has no field " +
                                            (key.isSymbol() ? key.asSymbol().str() : std::to_string(idx + 1)));
    TypeRef ft = dt.fieldTypes[idx];
    if (!T.isConcrete(ft))
      fail(b, diag::Kind::UnionTypedVariable,
           "field " + (key.isSymbol() ? key.asSymbol().str() : std::to_string(idx + 1)) + " of " +
               showType(args[0]->type) + " has the non-concrete type " + showType(ft),
           "declare the field with a concrete type or run the program with `jlcc run`");
    auto g = mk(b, Op::GetField, ft);
    g->slot = idx;
    g->kids.push_back(std::move(args[0]));
    return g;
  }
  if (n == "sprint" && na == 2) {
    auto fn = constOf(*args[0]);
    if (fn && fn->isObject(ObjKind::Function) && fn->as<FunctionObj>().name.str() == "showerror" &&
        T.isSubtype(args[1]->type, T.Exception)) {
      auto r = mk(b, Op::Builtin, T.String);
      r->name = "sprint_showerror";
      r->kids.push_back(std::move(args[1]));
      return r;
    }
  }
  if (n == "convert" && na == 2) {
    auto t = constOf(*args[0]);
    if (t && interp::isType(*t)) {
      if (sameType(args[1]->type, *t)) return std::move(args[1]);
      if (isNumericType(T, *t) && isNumericType(T, args[1]->type)) return convertTo(b, std::move(args[1]), *t, "convert");
    }
  }
  if (n == ":" && (na == 2 || na == 3)) {
    bool ints = true;
    for (auto& a : args) ints = ints && sameType(a->type, T.Int64);
    if (ints) {
      Value range = na == 2 ? T.applyType(in.baseValue("UnitRange"), {T.Int64})
                            : T.applyType(in.baseValue("StepRange"), {T.Int64, T.Int64});
      auto r = mk(b, Op::Builtin, range);
      r->name = ":";
      for (auto& a : args) r->kids.push_back(std::move(a));
      return r;
    }
  }
  if ((n == "eval" || n == "include" || n == "include_string" || n == "invokelatest") && f.module != nullptr)
    fail(b, diag::Kind::NeedsInterpreter, n + " at run time is not supported in compiled code",
         kNotCompiledHint);
  return std::nullopt;
}

NodePtr Inferencer::callFunction(Body& b, const Value& fval, const FunctionObj& f, std::vector<NodePtr> args,
                                 const std::string& displayName, KwNodes kw) {
  if (!kw.empty()) return callWithKeywords(b, f, std::move(args), displayName, std::move(kw));
  if (auto h = lowerHigherOrder(b, f, args)) return std::move(*h);
  if (auto h = lowerArrayCall(*this, b, f, args)) return std::move(*h);  // lower_arrays.cpp
  std::vector<TypeRef> types;
  for (auto& a : args) types.push_back(a->type);
  // Dispatch in the world of the statement being compiled (methods defined after it are
  // not visible to it, as in Julia).
  TypeSystem::Selection sel = T.selectMethod(f, types, b.world);
  noteDispatch(b, f, types);
  if (sel.method && sel.ambiguous.empty() && sel.method->native)
    if (auto printed = printFunctionValues(b, f, args)) return std::move(*printed);
  if (sel.method && sel.ambiguous.empty())
    if (auto folded = foldAtBuildTime(b, fval, f, *sel.method, args)) return std::move(*folded);
  if (auto s = lowerSpecial(b, f, args)) return std::move(*s);
  bool isCtor = !f.constructedType.isNothing();
  auto shownTypes = [&]() {
    // constructors: show T(args) without the leading Type{T}
    if (isCtor && !types.empty()) return std::vector<TypeRef>(types.begin() + 1, types.end());
    return types;
  };
  if (!sel.ambiguous.empty())
    fail(b, diag::Kind::AmbiguousCall, describeCall(displayName, shownTypes()) + " is ambiguous",
         "define a more specific method");
  if (!sel.method) noteCandidates(f, displayName);
  if (!sel.method)
    fail(b, diag::Kind::NoMethod, "no method matching " + describeCall(displayName, shownTypes()) +
                                      " (this call would throw a MethodError at run time)");
  const Method* m = sel.method;
  if (m->native) {
    if (isCtor) {
      auto t = constOf(*args[0]);
      if (t && args.size() == 2 && sameType(*t, T.Char) != sameType(args[1]->type, T.Char) && isIntegerType(T, sameType(*t, T.Char) ? args[1]->type : *t)) return args.erase(args.begin()), lowerBuiltin(b, f.name.str(), std::move(args));  // Char(i), Int(c): builtins_strings.cpp
      if (t && args.size() == 2 && (isNumericType(T, *t) || sameType(*t, T.Char)) &&
          (isNumericType(T, args[1]->type) || sameType(args[1]->type, T.Char)))
        return convertTo(b, std::move(args[1]), *t, showType(*t) + "(x)");
      if (t && args.size() == 2 && sameType(*t, T.String) && sameType(args[1]->type, T.String)) return std::move(args[1]);
      if (t && args.size() == 2 && sameType(*t, T.String) && sameType(args[1]->type, T.Symbol)) return args.erase(args.begin()), lowerBuiltin(b, "String", std::move(args));  // String(:sym)
      if (t && (sameType(*t, T.Regex) || sameType(*t, T.Cmd))) {  // Regex(pattern[, flags]), Cmd(words)
        args.erase(args.begin());
        return lowerBuiltin(b, sameType(*t, T.Regex) ? "Regex" : "Cmd", std::move(args));
      }
      fail(b, unsupportedCallKind(displayName, shownTypes(), diag::Kind::UnsupportedBuiltin),
           describeCall(displayName, shownTypes()) + " is not supported in compiled code yet",
           kNotCompiledHint);
    }
    return lowerBuiltin(b, f.name.str(), std::move(args));
  }
  return callInstance(b, m, types, sel.sparamValues, args, describeCall(displayName, shownTypes()), {});
}

// The Call node of method `m` for these argument types: infers (or reuses) the instance, with
// the call recorded on the call stack for diagnostics; a varargs tail becomes one Tuple kid.
// `lead` (a closure value) goes before the method's arguments.
NodePtr Inferencer::callInstance(Body& b, const Method* m, const std::vector<TypeRef>& types,
                                 const std::vector<Value>& sparamValues, std::vector<NodePtr>& args,
                                 const std::string& what, const KwTypes& kwTypes, NodePtr lead) {
  for (const TypeRef& t : types)  // e.g. an element of a Vector{Any} constant, passed on
    if (!isBottomType(t) && !isRepresentable(T, t))
      fail(b, unsupportedCallKind("", {t}, diag::Kind::UnsupportedConstruct),
           what + ": an argument of type " + showType(t) + " has no representation in compiled code");
  callStack.push_back({what, b.file, b.line});
  TypeRef ret;
  ir::MethodInstance* mi;
  try {
    mi = instance(m, types, sparamValues, b.world, ret, kwTypes);
  } catch (...) {
    callStack.pop_back();
    throw;
  }
  callStack.pop_back();
  if (!b.isMain && b.mi) instState[b.mi].callees.push_back(mi);
  auto c = mk(b, Op::Call, ret);
  c->callee = mi;
  c->name = mi->juliaName;
  if (lead) c->kids.push_back(std::move(lead));
  size_t fixed = m->isVarargs ? m->argNames.size() - 1 : m->argNames.size();
  for (size_t i = 0; i < fixed && i < args.size(); ++i) c->kids.push_back(std::move(args[i]));
  if (m->isVarargs) {
    auto t = mk(b, Op::Tuple, Value());
    std::vector<Value> ts;
    for (size_t i = fixed; i < args.size(); ++i) {
      ts.push_back(args[i]->type);
      t->kids.push_back(std::move(args[i]));
    }
    t->type = T.tupleType(ts);
    c->kids.push_back(std::move(t));
  }
  return c;
}

// Printing a function or macro object: its text is known at build time, in the world of the
// statement (`display(f)` counts the methods visible there): `print`, `println` and
// `string` get the function's printed name as a string argument; `show`, `display` and
// `repr` of one function become printing (or the value of) that text.
std::optional<NodePtr> Inferencer::printFunctionValues(Body& b, const FunctionObj& f, std::vector<NodePtr>& args) {
  if (f.module != in.base) return std::nullopt;
  const std::string& n = f.name.str();
  bool perArg = n == "print" || n == "println" || n == "string";
  bool whole = (n == "show" || n == "display" || n == "repr") && args.size() == 1;
  if (!perArg && !whole) return std::nullopt;
  auto fnOf = [&](const Node& a) -> const FunctionObj* {
    if (!isPure(a) || !T.isSubtype(a.type, T.Function)) return nullptr;
    auto c = constOf(a);
    return c && c->isObject(ObjKind::Function) ? &c->as<FunctionObj>() : nullptr;
  };
  auto text = [&](const char* printer, const FunctionObj& fn) {
    Value fv = Value::object(const_cast<FunctionObj*>(&fn));
    try {
      return in.callInWorld(b.world, in.baseValue("sprint"), std::vector<Value>{in.baseValue(printer), fv})
          .as<jl::StringObj>()
          .data;
    } catch (const interp::JuliaError& err) {
      fail(b, diag::Kind::UnsupportedBuiltin, "printing a function at build time failed: " + in.repr(err.value));
    }
  };
  if (whole) {
    const FunctionObj* fn = fnOf(*args[0]);
    if (!fn) return std::nullopt;
    if (n == "repr") return constNode(b, in.makeString(text("show", *fn)));
    std::string s = n == "show" ? text("show", *fn) : text("_display", *fn) + "\n";
    if (n == "display") noteDispatch(b, *fn, {}, true);  // the method count
    auto p = mk(b, Op::Builtin, T.Nothing);
    p->name = "print";
    p->kids.push_back(constNode(b, in.makeString(s)));
    return p;
  }
  for (auto& a : args)
    if (const FunctionObj* fn = fnOf(*a)) a = constNode(b, in.makeString(text("print", *fn)));
  return std::nullopt;
}

// A call passing keywords: dispatch on the positional arguments, then the keywords are bound
// statically to the method's keyword parameters. The instance takes the keywords passed
// (in call order) as extra arguments after the positional ones; the others take their
// defaults in the body.
NodePtr Inferencer::callWithKeywords(Body& b, const FunctionObj& f, std::vector<NodePtr> args,
                                     const std::string& displayName, KwNodes kw) {
  std::vector<TypeRef> types;
  for (auto& a : args) types.push_back(a->type);
  TypeSystem::Selection sel = T.selectMethod(f, types, b.world);
  noteDispatch(b, f, types);
  bool isCtor = !f.constructedType.isNothing();
  auto what = [&]() {
    std::vector<TypeRef> shown = types;
    if (isCtor && !shown.empty()) shown.erase(shown.begin());
    std::string s = describeCall(displayName, shown);
    s.pop_back();
    for (size_t i = 0; i < kw.size(); ++i) s += (i ? ", " : "; ") + kw[i].first.str() + "::" + showType(kw[i].second->type);
    return s + ")";
  };
  if (!sel.ambiguous.empty())
    fail(b, diag::Kind::AmbiguousCall, what() + " is ambiguous", "define a more specific method");
  if (!sel.method) noteCandidates(f, displayName);
  if (!sel.method)
    fail(b, diag::Kind::NoMethod, "no method matching " + what() + " (this call would throw a MethodError at run time)");
  const Method* m = sel.method;
  if (m->native)
    fail(b, diag::Kind::UnsupportedBuiltin, what() + " is not supported in compiled code yet (keyword arguments of a native)",
         kNotCompiledHint);
  if (!m->kwRest.empty())
    fail(b, diag::Kind::UnsupportedConstruct, "methods with `kw...` keyword arguments are not supported in compiled code yet",
         kNotCompiledHint);
  KwTypes kwTypes;
  for (auto& [name, v] : kw) {
    const interp::KwParam* kp = nullptr;
    for (const interp::KwParam& p : m->kwargs)
      if (p.name == name) kp = &p;
    if (!kp)
      fail(b, diag::Kind::NoMethod, what() + ": unsupported keyword argument `" + name.str() +
                                        "` (this call would throw a MethodError at run time)");
    if (!kp->type.isNothing() && interp::isType(kp->type) && !T.isSubtype(v->type, kp->type))
      fail(b, diag::Kind::TypeMismatch, "keyword argument `" + name.str() + "` of " + what() + " must be a " +
                                            showType(kp->type) + " (this call would throw a TypeError at run time)");
    kwTypes.emplace_back(name, v->type);
  }
  NodePtr c = callInstance(b, m, types, sel.sparamValues, args, what(), kwTypes);
  for (auto& [name, v] : kw) c->kids.push_back(std::move(v));
  return c;
}

namespace {
bool buildsCode(const Value& ex) {
  if (!ex.isExpr()) return false;
  const std::string& h = E(ex).head.str();
  if (h == "quote" || h == "copyast") return true;
  if (h == "generated") return false;
  for (const Value& a : E(ex).args)
    if (buildsCode(a)) return true;
  return false;
}
}  // namespace

// Calls whose arguments are all build-time constants and whose values compiled code cannot
// hold (Expr and the like) run in the interpreter at build time: metaprogramming helpers
// (`sub2ind_gen_impl(Tuple{Int,Int}, Int, Int)`), `Meta.parse("...")`, `ex.head`, and the
// printing of such constants (folded into printing a string).
std::optional<NodePtr> Inferencer::foldAtBuildTime(Body& b, const Value& fval, const FunctionObj& f, const Method& m,
                                                   std::vector<NodePtr>& args) {
  std::vector<Value> vals;
  std::vector<TypeRef> types;
  bool opaque = false;
  for (auto& a : args) {
    if (!(a->op == Op::Const || a->op == Op::TypeConst || (isPure(*a) && singletonValue(T, a->type)))) {
      if (a->op != Op::Tuple) return std::nullopt;
      for (auto& k : a->kids)
        if (k->op != Op::Const && k->op != Op::TypeConst) return std::nullopt;
    }
    auto c = constOf(*a);
    if (!c && a->op == Op::Tuple) {
      std::vector<Value> elems;
      for (auto& k : a->kids) elems.push_back(*constOf(*k));
      c = in.makeTuple(elems);
    }
    if (!c) return std::nullopt;
    vals.push_back(*c);
    types.push_back(a->type);
    if (!isRepresentable(T, a->type)) opaque = true;
  }
  const std::string& n = f.name.str();
  static const std::set<std::string> printers = {"print", "println", "show", "display"};
  static const std::set<std::string> pure = {"parse", "_parse", "getproperty", "getfield", "getindex", "length",
                                             "string", "repr", "nameof", "fieldnames", "Symbol", "first", "last",
                                             "isempty", "==", "!=", "isequal", "nfields", "lastindex", "firstindex"};
  bool isPrinter = printers.count(n) > 0;
  if (m.native) {
    if (isPrinter) {
      if (!opaque || vals.empty()) return std::nullopt;
      std::vector<Value> sargs{fval};
      sargs.insert(sargs.end(), vals.begin(), vals.end());
      Value text;
      try {
        text = in.callInWorld(b.world, in.baseValue("sprint"), sargs);
      } catch (const interp::JuliaError& err) {
        fail(b, diag::Kind::UnsupportedBuiltin, "printing this constant at build time failed: " + in.repr(err.value));
      }
      auto p = mk(b, Op::Builtin, T.Nothing);
      p->name = "print";
      p->kids.push_back(constNode(b, text));
      return p;
    }
    if (!pure.count(n)) return std::nullopt;
    if (!opaque && planBuiltin(T, n, types)) return std::nullopt;
  } else {
    // macroexpand(M, :(...)) with constant arguments expands at build time, like the macro
    // calls of the program itself (its result is often a value: r"..." -> a Regex).
    bool expands = opaque && isBaseFunction(f, "macroexpand");
    if (m.generated || (!buildsCode(m.body) && !expands)) return std::nullopt;
  }
  std::string key = n + "|" + signature(types) + "|" + std::to_string(b.world);
  for (auto& v : vals) key += "|" + in.repr(v);
  auto it = P.folded.find(key);
  Value result;
  if (it != P.folded.end()) {
    result = it->second;
  } else {
    try {
      result = in.callInWorld(b.world, fval, vals);
    } catch (const interp::JuliaError& err) {
      std::string text;
      try {
        text = in.callBase("sprint", {in.baseValue("showerror"), err.value}).as<jl::StringObj>().data;
      } catch (...) {
        text = in.repr(err.value);
      }
      fail(b, diag::Kind::UnsupportedConstruct,
           describeCall(n, types) + " runs at build time (its arguments are constants and it builds code) and threw: " + text);
    }
    P.folded[key] = result;
  }
  return constNode(b, result);
}

NodePtr Inferencer::lowerBuiltin(Body& b, const std::string& name, std::vector<NodePtr> args) {
  std::vector<TypeRef> types;
  for (auto& a : args) types.push_back(a->type);
  // Constant folding of scalar arithmetic and comparisons (left to run time when it throws).
  static const std::set<std::string> foldable = {"+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "!",
                                                 "÷", "div", "rem", "%", "mod", "&", "|", "xor", "<<", ">>"};
  if (foldable.count(name) && !args.empty()) {
    std::vector<Value> vals;
    for (auto& a : args)
      if (a->op == Op::Const && (a->value.isInteger() || a->value.isFloat() || a->value.isBool()))
        vals.push_back(a->value);
    if (vals.size() == args.size()) {
      try {
        return constNode(b, in.callBase(name, vals));
      } catch (const interp::JuliaError&) {
      }
    }
  }
  auto plan = planBuiltin(T, name, types);
  if (!plan)
    fail(b, unsupportedCallKind(name, types, diag::Kind::UnsupportedBuiltin),
         describeCall(name, types) + " is not supported in compiled code yet",
         kNotCompiledHint);
  auto n = mk(b, Op::Builtin, plan->result);
  n->name = plan->name;
  // Inside @inbounds, Vector and Array indexing is not checked.
  if (!b.inbounds.empty() && b.inbounds.back() && (n->name == "getindex" || n->name == "setindex!") &&
      args.size() >= 2 && !arrayElem(T, args[0]->type).isNothing())
    n->name = "unsafe_" + n->name;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!plan->argTargets[i].isNothing())
      n->kids.push_back(convertTo(b, std::move(args[i]), plan->argTargets[i], "argument of " + name));
    else
      n->kids.push_back(std::move(args[i]));
  }
  return n;
}

NodePtr Inferencer::lowerNew(Body& b, const Value& type, std::vector<NodePtr> args) {
  if (type.isNothing() || !interp::isType(type, TypeKind::DataType))
    fail(b, diag::Kind::UnsupportedConstruct, "`new` outside a constructor, or of a non-concrete type");
  auto& dt = type.as<DataTypeObj>();
  if (dt.tname->isAbstract || T.hasFreeTypeVars(type))
    fail(b, diag::Kind::UnsupportedConstruct, "new: cannot instantiate the non-concrete type " + showType(type));
  if (args.size() > dt.fieldTypes.size())
    fail(b, diag::Kind::NoMethod, "new: too many arguments for " + showType(type));
  auto fields = T.fieldNames(type);
  auto n = mk(b, Op::New, type);
  for (size_t i = 0; i < args.size(); ++i) {
    const Value& ft = dt.fieldTypes[i];
    std::string what = "field " + (i < fields.size() ? fields[i].str() : std::to_string(i + 1)) + " of " + showType(type);
    if (!T.isConcrete(ft) && !T.isSubtype(type, T.Exception) && !isBottomType(args[i]->type))
      fail(b, diag::Kind::UnionTypedVariable, what + " has the non-concrete type " + showType(ft),
           "declare the field with a concrete type or run the program with `jlcc run`");
    n->kids.push_back(convertTo(b, std::move(args[i]), ft, what));
  }
  return n;
}

Value Inferencer::generatorResult(Body& b, const Method& m, const Value& genBody, const std::vector<TypeRef>& argTypes,
                                  const std::vector<Value>& sparams) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%p/%p|", static_cast<const void*>(&m), static_cast<const void*>(genBody.obj()));
  std::string key = buf + signature(argTypes);
  auto it = P.generated.find(key);
  if (it != P.generated.end()) return it->second;
  Value result;
  try {
    result = in.runGenerator(m, genBody, argTypes, sparams);
  } catch (const interp::JuliaError& err) {
    std::string text;
    try {
      text = in.callBase("sprint", {in.baseValue("showerror"), err.value}).as<jl::StringObj>().data;
    } catch (...) {
      text = in.repr(err.value);
    }
    b.generatedCode = true;
    fail(b, diag::Kind::GeneratorError, "the generator of " + (m.owner ? m.owner->name.str() : std::string("?")) +
                                            " threw an error: " + text);
  }
  P.generated[key] = result;
  return result;
}

void Inferencer::describeConstant(const Value& v) {
  if (!v.isObject() || program->nativeConsts.count(v.obj())) return;
  ir::Program::NativeConst d;
  try {
    if (v.isObject(ObjKind::Regex)) {
      Value pat = in.callBase("getproperty", {v, Value::symbol("pattern")});
      Value opts = in.callBase("getproperty", {v, Value::symbol("compile_options")});
      if (!pat.isString()) return;
      d.pattern = pat.as<jl::StringObj>().data;
      d.options = static_cast<uint32_t>(opts.asUInt64());
    } else {
      Value ws = in.callBase("getproperty", {v, Value::symbol("exec")});
      if (!ws.isObject(ObjKind::Array)) return;
      for (const Value& w : ws.as<interp::ArrayObj>().elems())
        if (w.isString()) d.words.push_back(w.as<jl::StringObj>().data);
    }
  } catch (const interp::JuliaError&) {
    return;  // codegen reports the constant as unrepresentable
  }
  program->nativeConsts[v.obj()] = std::move(d);
}

// `f.(xs...)`: Julia's broadcast for the case compiled code supports, at most one Vector
// among the arguments (the others are scalars, evaluated once, left to right). Lowered to
//   #tmpA = xs...; #tmpR = R[]; for #iter in vec; push!(#tmpR, f(..., #iter, ...)); end; #tmpR
// where R is the inferred type of f on one element. No Vector argument: a plain call.
NodePtr Inferencer::lowerBroadcast(Body& b, const Value& fex, const std::vector<Value>& argExs) {
  std::optional<Value> f = staticValue(b, fex);
  if (!f) {
    NodePtr cn = lower(b, fex, true);
    f = constOf(*cn);
    if (!f)
      fail(b, diag::Kind::UnsupportedConstruct,
           "broadcasting a function that is not known statically is not supported in compiled code yet",
           kNotCompiledHint);
  }
  std::string name = fex.isSymbol() ? fex.asSymbol().str() : syntax::show(fex);
  if (f->isObject(ObjKind::Function)) name = f->as<FunctionObj>().name.str();
  std::vector<NodePtr> args;
  lowerArgs(b, argExs, 0, args);
  int vi = -1;
  for (size_t i = 0; i < args.size(); ++i) {
    const TypeRef& t = args[i]->type;
    if (isBottomType(t)) return callValue(b, *f, std::move(args), name);
    bool isVec = interp::isType(t, TypeKind::DataType) && t.as<DataTypeObj>().tname == interp::asDataType(T.unwrap(T.Array)).tname;
    if (isVec) {
      auto& d = t.as<DataTypeObj>();
      if (d.params.size() != 2 || d.params[1].tag() != Tag::Int64 || d.params[1].asInt64() != 1)
        fail(b, diag::Kind::UnsupportedConstruct, "broadcasting over a " + showType(t) + " is not supported in compiled code yet",
             kNotCompiledHint);
      if (vi >= 0)
        fail(b, diag::Kind::UnsupportedConstruct,
             "broadcasting over more than one array is not supported in compiled code yet",
             kNotCompiledHint);
      vi = static_cast<int>(i);
    } else if (interp::isType(t, TypeKind::DataType) && T.isTupleType(t)) {
      fail(b, diag::Kind::UnsupportedConstruct, "broadcasting over a tuple is not supported in compiled code yet",
           kNotCompiledHint);
    }
  }
  if (vi < 0) return callValue(b, *f, std::move(args), name);
  std::vector<NodePtr> pre, reads;
  for (auto& a : args) reads.push_back(stash(b, a, pre));
  TypeRef elemType = args[vi]->type.as<DataTypeObj>().params[0];
  int iter = newSlot(b, "#iter" + std::to_string(++b.tempCounter), elemType);
  b.slotLine[iter] = b.line ? b.line : 1;
  ++b.loopDepth;
  NodePtr call;
  try {
    std::vector<NodePtr> cargs;
    for (size_t i = 0; i < reads.size(); ++i) {
      if (static_cast<int>(i) == vi) {
        auto g = mk(b, Op::LocalGet, elemType);
        g->slot = iter;
        cargs.push_back(std::move(g));
      } else {
        cargs.push_back(clonePure(b, *reads[i]));
      }
    }
    call = callValue(b, *f, std::move(cargs), name);
  } catch (...) {
    --b.loopDepth;
    throw;
  }
  --b.loopDepth;
  TypeRef r = call->type;
  if (isBottomType(r) || !isRepresentable(T, r))
    fail(b, diag::Kind::UnsupportedConstruct,
         "broadcasting " + name + " gives elements of type " + showType(r) + ", which compiled code cannot collect",
         kNotCompiledHint);
  TypeRef vt = T.arrayType(r, 1);
  int out = newSlot(b, "#tmp" + std::to_string(++b.tempCounter), vt);
  b.slotLine[out] = b.line ? b.line : 1;
  auto outGet = [&]() {
    auto g = mk(b, Op::LocalGet, vt);
    g->slot = out;
    return g;
  };
  auto blk = mk(b, Op::Block, vt);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  auto init = mk(b, Op::LocalSet, vt);
  init->slot = out;
  auto empty = mk(b, Op::Builtin, vt);
  empty->name = "vect";
  init->kids.push_back(std::move(empty));
  blk->kids.push_back(std::move(init));
  auto loop = mk(b, Op::ForEach, T.Nothing);
  loop->slot = iter;
  loop->kids.push_back(clonePure(b, *reads[vi]));
  std::vector<NodePtr> pargs;
  pargs.push_back(outGet());
  pargs.push_back(std::move(call));
  NodePtr push = lowerBuiltin(b, "push!", std::move(pargs));
  auto body = mk(b, Op::Block, T.Nothing);
  body->kids.push_back(std::move(push));
  loop->kids.push_back(std::move(body));
  blk->kids.push_back(std::move(loop));
  blk->kids.push_back(outGet());
  return blk;
}

// ---------------------------------------------------------------------------------------
// Closures (docs/compiler.md, "Closures").
const Persistent::ClosureInfo* Inferencer::closureInfo(const TypeRef& t) {
  if (!t.isObject()) return nullptr;
  auto it = P.closures.find(t.obj());
  return it == P.closures.end() ? nullptr : &it->second;
}

// `fn(args...)` where `fn` (a pure node) has a closure type: the lambda's method is
// dispatched on the argument types and inferred with the closure as argument 0.
NodePtr Inferencer::callClosure(Body& b, NodePtr fn, std::vector<NodePtr> args) {
  const Persistent::ClosureInfo* ci = closureInfo(fn->type);
  for (auto& a : args)
    if (isBottomType(a->type)) {
      auto blk = mk(b, Op::Block, T.Bottom);
      for (auto& x : args) {
        bool stop = isBottomType(x->type);
        blk->kids.push_back(std::move(x));
        if (stop) break;
      }
      return blk;
    }
  const FunctionObj& f = ci->function.as<FunctionObj>();
  std::vector<TypeRef> types;
  for (auto& a : args) types.push_back(a->type);
  TypeSystem::Selection sel = T.selectMethod(f, types, ~0ull);
  std::string what = describeCall("(closure " + showType(fn->type) + ")", types);
  if (!sel.method || !sel.ambiguous.empty())
    fail(b, diag::Kind::NoMethod, "no method matching " + what + " (this call would throw a MethodError at run time)");
  const Method* m = sel.method;
  std::vector<TypeRef> all{fn->type};
  all.insert(all.end(), types.begin(), types.end());
  return callInstance(b, m, all, sel.sparamValues, args, what, {}, std::move(fn));
}

NodePtr Inferencer::callCallable(Body& b, NodePtr fn, std::vector<NodePtr> args, const std::string& name) {
  if (closureInfo(fn->type)) return callClosure(b, std::move(fn), std::move(args));
  auto c = constOf(*fn);
  if (!c)
    fail(b, diag::Kind::UnsupportedConstruct,
         "cannot determine the called function statically (the callee has type " + showType(fn->type) + ")",
         kNotCompiledHint);
  std::string n = c->isObject(ObjKind::Function) ? c->as<FunctionObj>().name.str() : name;
  return callValue(b, *c, std::move(args), n);
}

// map/filter/sum/count/any/all/foreach(f, v::Vector): a loop over v calling f (a function,
// an anonymous function or a closure) on each element.
// map(f, t::Tuple): the tuple (f(t[1]), f(t[2]), ...), unrolled; `f` may be a closure or a function.
NodePtr Inferencer::mapTuple(Body& b, std::vector<NodePtr>& args) {
  std::vector<NodePtr> pre;
  NodePtr fn = stash(b, args[0], pre);
  NodePtr tup = stash(b, args[1], pre);
  const auto& elems = tup->type.as<DataTypeObj>().params;
  std::vector<NodePtr> results;
  std::vector<TypeRef> resultTypes;
  for (size_t i = 0; i < elems.size(); ++i) {
    auto item = mk(b, Op::TupleGet, elems[i]);
    item->slot = static_cast<int>(i);
    item->kids.push_back(clonePure(b, *tup));
    std::vector<NodePtr> cargs;
    cargs.push_back(std::move(item));
    results.push_back(callCallable(b, clonePure(b, *fn), std::move(cargs), "f"));
    resultTypes.push_back(results.back()->type);
  }
  auto t = mk(b, Op::Tuple, T.tupleType(resultTypes));
  for (auto& r : results) t->kids.push_back(std::move(r));
  if (pre.empty()) return t;
  auto blk = mk(b, Op::Block, t->type);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  blk->kids.push_back(std::move(t));
  return blk;
}

std::optional<NodePtr> Inferencer::lowerHigherOrder(Body& b, const FunctionObj& f, std::vector<NodePtr>& args) {
  if (f.module != in.base || args.size() != 2) return std::nullopt;
  const std::string& n = f.name.str();
  if (n != "map" && n != "filter" && n != "sum" && n != "count" && n != "any" && n != "all" && n != "foreach")
    return std::nullopt;
  const TypeRef& vt = args[1]->type;
  if (n == "map" && T.isTupleType(vt) && !isBottomType(args[0]->type)) return mapTuple(b, args);
  TypeRef elemType = vectorElem(T, vt);
  if (elemType.isNothing() || isBottomType(args[0]->type)) return std::nullopt;
  if (!closureInfo(args[0]->type) && !constOf(*args[0])) return std::nullopt;
  std::vector<NodePtr> pre;
  NodePtr fn = stash(b, args[0], pre);
  NodePtr vec = stash(b, args[1], pre);
  int iter = newSlot(b, "#iter" + std::to_string(++b.tempCounter), elemType);
  b.slotLine[iter] = b.line ? b.line : 1;
  auto get = [&](int slot, const TypeRef& t) {
    auto g = mk(b, Op::LocalGet, t);
    g->slot = slot;
    return g;
  };
  ++b.loopDepth;
  NodePtr call;
  try {
    std::vector<NodePtr> cargs;
    cargs.push_back(get(iter, elemType));
    call = callCallable(b, clonePure(b, *fn), std::move(cargs), "f");
  } catch (...) {
    --b.loopDepth;
    throw;
  }
  --b.loopDepth;
  TypeRef r = call->type;
  auto describe = [&]() { return n + "(f, ::" + showType(vt) + ")"; };
  bool needBool = n == "filter" || n == "count" || n == "any" || n == "all";
  if (needBool && !sameType(r, T.Bool) && !isBottomType(r))
    fail(b, diag::Kind::TypeMismatch,
         "the function passed to " + describe() + " returns " + showType(r) + ", not Bool");
  TypeRef accType = n == "map" ? T.arrayType(r, 1)
                    : n == "filter" ? vt
                    : n == "count" ? T.Int64
                    : (n == "any" || n == "all") ? T.Bool
                    : n == "sum" ? r
                                 : T.Nothing;
  if (n == "map" && (isBottomType(r) || !isRepresentable(T, r)))
    fail(b, diag::Kind::UnsupportedConstruct,
         describe() + " gives elements of type " + showType(r) + ", which compiled code cannot collect",
         kNotCompiledHint);
  if (n == "sum" && !sameType(r, T.Int64) && !sameType(r, T.Float64))
    fail(b, diag::Kind::UnsupportedConstruct,
         describe() + " sums values of type " + showType(r) + " (only Int64 and Float64 are supported in compiled code)",
         kNotCompiledHint);
  auto blk = mk(b, Op::Block, accType);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  int acc = -1, first = -1;
  if (n != "foreach") {
    acc = newSlot(b, "#tmp" + std::to_string(++b.tempCounter), accType);
    b.slotLine[acc] = b.line ? b.line : 1;
    auto init = mk(b, Op::LocalSet, accType);
    init->slot = acc;
    if (n == "map" || n == "filter") {
      auto empty = mk(b, Op::Builtin, accType);
      empty->name = "vect";
      init->kids.push_back(std::move(empty));
    } else if (n == "count") {
      init->kids.push_back(constNode(b, Value::int64(0)));
    } else if (n == "sum") {
      init->kids.push_back(sameType(r, T.Int64) ? constNode(b, Value::int64(0)) : constNode(b, Value::float64(0.0)));
    } else {
      init->kids.push_back(constNode(b, Value::boolean(n == "all")));
    }
    blk->kids.push_back(std::move(init));
  }
  auto setAcc = [&](NodePtr v) {
    auto s2 = mk(b, Op::LocalSet, accType);
    s2->slot = acc;
    s2->kids.push_back(std::move(v));
    return s2;
  };
  auto body = mk(b, Op::Block, T.Nothing);
  if (n == "foreach") {
    body->kids.push_back(std::move(call));
  } else if (n == "map") {
    std::vector<NodePtr> pargs;
    pargs.push_back(get(acc, accType));
    pargs.push_back(std::move(call));
    body->kids.push_back(lowerBuiltin(b, "push!", std::move(pargs)));
  } else if (n == "sum") {
    // as Julia's mapreduce: the first value, then `+` left to right
    first = newSlot(b, "#tmp" + std::to_string(++b.tempCounter), T.Bool);
    b.slotLine[first] = b.line ? b.line : 1;
    auto fi = mk(b, Op::LocalSet, T.Bool);
    fi->slot = first;
    fi->kids.push_back(constNode(b, Value::boolean(true)));
    blk->kids.push_back(std::move(fi));
    int val = newSlot(b, "#tmp" + std::to_string(++b.tempCounter), r);
    b.slotLine[val] = b.line ? b.line : 1;
    auto sv = mk(b, Op::LocalSet, r);
    sv->slot = val;
    sv->kids.push_back(std::move(call));
    body->kids.push_back(std::move(sv));
    auto iff = mk(b, Op::If, T.Nothing);
    iff->kids.push_back(get(first, T.Bool));
    auto then = mk(b, Op::Block, T.Nothing);
    then->kids.push_back(setAcc(get(val, r)));
    auto clear = mk(b, Op::LocalSet, T.Bool);
    clear->slot = first;
    clear->kids.push_back(constNode(b, Value::boolean(false)));
    then->kids.push_back(std::move(clear));
    std::vector<NodePtr> aargs;
    aargs.push_back(get(acc, accType));
    aargs.push_back(get(val, r));
    auto els = mk(b, Op::Block, T.Nothing);
    els->kids.push_back(setAcc(lowerBuiltin(b, "+", std::move(aargs))));
    iff->kids.push_back(std::move(then));
    iff->kids.push_back(std::move(els));
    body->kids.push_back(std::move(iff));
  } else {
    auto iff = mk(b, Op::If, T.Nothing);
    if (n == "all") {
      auto nt = mk(b, Op::Builtin, T.Bool);
      nt->name = "!";
      nt->kids.push_back(std::move(call));
      call = std::move(nt);
    }
    iff->kids.push_back(std::move(call));
    auto then = mk(b, Op::Block, T.Nothing);
    if (n == "filter") {
      std::vector<NodePtr> pargs;
      pargs.push_back(get(acc, accType));
      pargs.push_back(get(iter, elemType));
      then->kids.push_back(lowerBuiltin(b, "push!", std::move(pargs)));
    } else if (n == "count") {
      std::vector<NodePtr> aargs;
      aargs.push_back(get(acc, accType));
      aargs.push_back(constNode(b, Value::int64(1)));
      then->kids.push_back(setAcc(lowerBuiltin(b, "+", std::move(aargs))));
    } else {  // any / all: decided, stop
      then->kids.push_back(setAcc(constNode(b, Value::boolean(n == "any"))));
      then->kids.push_back(mk(b, Op::Break, T.Bottom));
    }
    iff->kids.push_back(std::move(then));
    iff->kids.push_back(mk(b, Op::Block, T.Nothing));
    body->kids.push_back(std::move(iff));
  }
  auto loop = mk(b, Op::ForEach, T.Nothing);
  loop->slot = iter;
  loop->kids.push_back(clonePure(b, *vec));
  loop->kids.push_back(std::move(body));
  blk->kids.push_back(std::move(loop));
  if (first >= 0) {  // sum over an empty vector: Julia's ArgumentError
    std::vector<NodePtr> eargs;
    eargs.push_back(constNode(b, in.makeString("reducing over an empty collection is not allowed; consider supplying "
                                               "`init` to the reducer")));
    NodePtr err = callValue(b, in.baseValue("ArgumentError"), std::move(eargs), "ArgumentError");
    auto th = mk(b, Op::Throw, T.Bottom);
    th->kids.push_back(std::move(err));
    auto iff = mk(b, Op::If, T.Nothing);
    iff->kids.push_back(get(first, T.Bool));
    iff->kids.push_back(std::move(th));
    iff->kids.push_back(mk(b, Op::Block, T.Nothing));
    blk->kids.push_back(std::move(iff));
  }
  if (n == "foreach") blk->kids.push_back(constNode(b, Value()));
  else blk->kids.push_back(get(acc, accType));
  return blk;
}

}  // namespace jl::types

namespace jl::types {
diag::Kind Inferencer::unsupportedCallKind(const std::string& name, const std::vector<TypeRef>& types,
                                           diag::Kind otherwise) {
  static const std::set<std::string> codeAsData = {
      "parse", "_parse_at", "eval", "macroexpand", "_macroexpand", "dump", "_dump", "show_sexpr", "quot",
      "Expr", "QuoteNode", "LineNumberNode", "GlobalRef", "isexpr", "gensym", "esc"};
  static const char* const codeTypes[] = {"Expr", "QuoteNode", "LineNumberNode", "GlobalRef", "Module", "Any"};
  if (codeAsData.count(name)) return diag::Kind::NeedsInterpreter;
  for (const TypeRef& t : types) {
    std::string shown = showType(t);
    for (const char* c : codeTypes)
      if (shown.find(c) != std::string::npos) return diag::Kind::NeedsInterpreter;
  }
  return otherwise;
}
}  // namespace jl::types

namespace jl::types {
// "candidate: area(r::Float64)" notes at each Julia method's definition, as Julia's
// MethodError lists the closest candidates (at most four; natives of Base are not listed).
void Inferencer::noteCandidates(const FunctionObj& f, const std::string& displayName) {
  size_t shown = 0;
  for (const auto& m : f.methods) {
    if (m->native || !m->line.isObject(ObjKind::LineNumberNode) || m->module == in.base || m->module == in.core) continue;
    if (++shown > 4) {
      pendingNotes.push_back({"... and " + std::to_string(f.methods.size() - 4) + " more methods", "", 0});
      break;
    }
    std::string text = "candidate: " + displayName + "(";
    Value sig = T.unwrap(m->sig);
    const auto& params = sig.as<DataTypeObj>().params;
    bool isCtor = !f.constructedType.isNothing();
    for (size_t i = isCtor ? 1 : 0, k = 0; i < params.size(); ++i, ++k) {
      if (k) text += ", ";
      if (i < m->argNames.size() && !m->argNames[i].empty()) text += m->argNames[i].str();
      text += "::" + showType(params[i]);
    }
    const auto& l = m->line.as<LineNumberNodeObj>();
    pendingNotes.push_back({text + ")", l.file.isSymbol() ? l.file.asSymbol().str() : "", static_cast<int>(l.line)});
  }
}
}  // namespace jl::types
