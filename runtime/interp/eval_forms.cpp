// Value-building and binding forms of the evaluator: assignment and declarations, calls
// (splats, keywords, dotted operators), indexing with `end`, quoting and interpolation,
// tuples/arrays/comprehensions, type expressions, `@isdefined` and `@objmode`.
#include <algorithm>

#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
bool isHead(const Value& v, Symbol h) { return v.isExpr() && E(v).head == h; }

Value callBase(Interp::Impl& I, std::string_view name, std::vector<Value> args) {
  return I.in.callBase(name, args);
}

// `.+` -> `+`; empty when `s` is not a dotted operator.
std::string undottedOperator(Symbol s) {
  const std::string& n = s.str();
  if (n.size() < 2 || n[0] != '.') return "";
  unsigned char c = static_cast<unsigned char>(n[1]);
  if (std::isalnum(c) || c == '_' || c == '.') return "";
  return n.substr(1);
}
}  // namespace

// ---------------------------------------------------------------------------------------
// Calls.
void evalArgs(Interp::Impl& I, const std::vector<Value>& args, size_t from, EnvPtr& env, Frame& fr,
              std::vector<Value>& positional, KwArgs& kwargs) {
  const Syms& S = syms();
  auto addKwSplat = [&](const Value& v) {
    if (v.isObject(ObjKind::NamedTuple)) {
      auto& nt = v.as<NamedTupleObj>();
      for (size_t i = 0; i < nt.names.size(); ++i) kwargs.emplace_back(nt.names[i], nt.values[i]);
      return;
    }
    Value items = callBase(I, "collect", {v});
    for (const Value& p : items.as<ArrayObj>().elems()) {
      Value k = callBase(I, "getindex", {p, Value::int64(1)});
      Value val = callBase(I, "getindex", {p, Value::int64(2)});
      if (!k.isSymbol()) I.in.error("keyword argument names must be Symbols");
      kwargs.emplace_back(k.asSymbol(), val);
    }
  };
  auto addKw = [&](const Value& a) {
    if (a.isSymbol()) {
      kwargs.emplace_back(a.asSymbol(), I.eval(a, env, fr));
    } else if (isHead(a, S.kw) || isHead(a, S.assign)) {
      kwargs.emplace_back(E(a).args[0].asSymbol(), I.eval(E(a).args[1], env, fr));
    } else if (isHead(a, S.splat)) {
      addKwSplat(I.eval(E(a).args[0], env, fr));
    } else if (isHead(a, S.dot) && E(a).args.size() == 2 && E(a).args[1].isObject(ObjKind::QuoteNode)) {
      kwargs.emplace_back(E(a).args[1].as<QuoteNodeObj>().value.asSymbol(), I.eval(a, env, fr));
    } else {
      I.in.error("syntax: invalid keyword argument " + syntax::show(a));
    }
  };
  // Julia evaluates the positional arguments (and `k=v` among them) first, then the
  // keywords after `;`.
  const Value* parameters = nullptr;
  for (size_t i = from; i < args.size(); ++i) {
    const Value& a = args[i];
    if (isHead(a, S.parameters)) {
      parameters = &a;
    } else if (isHead(a, S.kw)) {
      addKw(a);
    } else if (isHead(a, S.splat)) {
      Value v = I.eval(E(a).args[0], env, fr);
      if (v.isObject(ObjKind::Tuple)) {
        for (const Value& x : v.as<TupleObj>().elems) positional.push_back(x);
      } else if (v.isObject(ObjKind::Array)) {
        for (const Value& x : v.as<ArrayObj>().elems()) positional.push_back(x);
      } else {
        Value items = callBase(I, "collect", {v});
        for (const Value& x : items.as<ArrayObj>().elems()) positional.push_back(x);
      }
    } else {
      positional.push_back(I.eval(a, env, fr));
    }
  }
  if (parameters)
    for (const Value& p : E(*parameters).args) addKw(p);
}

Value evalCall(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  const Value& callee = ex.args[0];
  // `new(...)` / `new{T}(...)` inside a constructor.
  if (callee.isSymbol() && callee.asSymbol() == syms().new_ && (!env || !env->findLocal(syms().new_))) {
    std::vector<Value> args;
    KwArgs kw;
    evalArgs(I, ex.args, 1, env, fr, args, kw);
    return constructNew(I, fr.constructedType, args);
  }
  if (isHead(callee, syms().curly) && E(callee).args[0].isSymbol() && E(callee).args[0].asSymbol() == syms().new_) {
    std::vector<Value> params;
    for (size_t i = 1; i < E(callee).args.size(); ++i) params.push_back(I.eval(E(callee).args[i], env, fr));
    Value t = I.in.types().applyType(constructedWrapper(I, fr.constructedType), params);
    std::vector<Value> args;
    KwArgs kw;
    evalArgs(I, ex.args, 1, env, fr, args, kw);
    return constructNew(I, t, args);
  }
  Value f;
  std::string dotted = callee.isSymbol() ? undottedOperator(callee.asSymbol()) : "";
  if (!dotted.empty()) f = I.globalValue(fr.module, Symbol(dotted));
  else f = I.eval(callee, env, fr);
  std::vector<Value> args;
  KwArgs kwargs;
  if (!dotted.empty()) args.push_back(f);
  evalArgs(I, ex.args, 1, env, fr, args, kwargs);
  if (fr.flow != Flow::Normal) return Value();
  if (!dotted.empty()) return I.in.callBase("broadcast", args);
  return I.callValue(f, args, kwargs.empty() ? nullptr : &kwargs);
}

// ---------------------------------------------------------------------------------------
// Assignment.

// The first `n` elements of an iterable (all of them when a trailing `rest...` needs them),
// through the iterate protocol, as `a, b = x` does.
std::vector<Value> iterateTake(Interp::Impl& I, const Value& v, size_t n) {
  std::vector<Value> items;
  Value iterate = I.in.baseValue("iterate");
  Value next = I.in.call(iterate, {v});
  while (!next.isNothing() && items.size() < n + 1) {
    if (!next.isObject(ObjKind::Tuple) || next.as<TupleObj>().elems.size() != 2)
      I.in.error("iterate must return nothing or a (value, state) tuple");
    items.push_back(next.as<TupleObj>().elems[0]);
    next = I.in.call(iterate, {v, next.as<TupleObj>().elems[1]});
  }
  return items;
}
void assignTo(Interp::Impl& I, const Value& lhs, Value v, EnvPtr& env, Frame& fr) {
  const Syms& S = syms();
  if (lhs.isSymbol()) {
    I.assign(lhs.asSymbol(), std::move(v), env, fr.module);
    return;
  }
  if (lhs.isObject(ObjKind::GlobalRef)) {
    auto& g = lhs.as<GlobalRefObj>();
    EnvPtr none;
    I.assign(g.name, std::move(v), none, g.mod);
    return;
  }
  if (!lhs.isExpr()) I.in.error("syntax: invalid assignment location " + syntax::show(lhs));
  const ExprObj& l = E(lhs);
  if (l.head == S.tuple) {
    std::vector<Value> items;
    size_t n = l.args.size();
    if (v.isObject(ObjKind::Tuple)) items = v.as<TupleObj>().elems;
    else if (v.isObject(ObjKind::Array)) items = v.as<ArrayObj>().elems();
    else items = iterateTake(I, v, n);
    if (items.size() < n) I.in.throwNew("BoundsError", {v, Value::int64(static_cast<int64_t>(items.size()) + 1)});
    for (size_t i = 0; i < n; ++i) {
      if (isHead(l.args[i], S.splat)) {
        std::vector<Value> rest(items.begin() + i, items.end());
        assignTo(I, E(l.args[i]).args[0], I.in.makeTuple(rest), env, fr);
        break;
      }
      assignTo(I, l.args[i], items[i], env, fr);
    }
    return;
  }
  if (l.head == S.ref) {
    Value a = I.eval(l.args[0], env, fr);
    std::vector<Value> args{a, v};
    I.indexContexts.push_back({a, 0, l.args.size() - 1});
    for (size_t i = 1; i < l.args.size(); ++i) {
      I.indexContexts.back().position = i - 1;
      args.push_back(I.eval(l.args[i], env, fr));
    }
    I.indexContexts.pop_back();
    I.in.callBase("setindex!", args);
    return;
  }
  if (l.head == S.dot) {
    Value obj = I.eval(l.args[0], env, fr);
    Value name = I.eval(l.args[1], env, fr);
    if (obj.isObject(ObjKind::Module)) {
      EnvPtr none;
      I.assign(name.asSymbol(), std::move(v), none, const_cast<ModuleObj*>(&obj.as<ModuleObj>()));
      return;
    }
    I.in.callBase("setproperty!", {obj, name, v});
    return;
  }
  if (l.head == S.dcolon && l.args.size() == 2) {
    Value t = I.eval(l.args[1], env, fr);
    Value converted = I.in.callBase("convert", {t, v});
    if (l.args[0].isSymbol() && isLocalScope(env)) {
      Symbol s = l.args[0].asSymbol();
      if (!env->findLocal(s)) env->declare(s);
    }
    assignTo(I, l.args[0], converted, env, fr);
    return;
  }
  I.in.error("syntax: invalid assignment location " + syntax::show(lhs));
}

Value evalAssign(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  const Syms& S = syms();
  const Value& lhs = ex.args[0];
  // `f(x) = body`, `f(x)::T = body`, `f(x) where T = body`: a method definition.
  if (isHead(lhs, S.call) || isHead(lhs, S.where) ||
      (isHead(lhs, S.dcolon) && isHead(E(lhs).args[0], S.call))) {
    Value def = makeExpr(S.function, {lhs, ex.args[1]});
    return I.defineFunction(def, env, fr);
  }
  Value v = I.eval(ex.args[1], env, fr);
  if (fr.flow != Flow::Normal) return v;
  assignTo(I, lhs, v, env, fr);
  return v;
}

bool isUpdatingOperator(Symbol head) {
  static const char* ops[] = {"+=", "-=", "*=", "/=", "//=", "\\=", "^=", "÷=", "%=", "<<=", ">>=", ">>>=",
                              "|=", "&=", "⊻=", ".+=", ".-=", ".*=", "./=", ".^=", ".÷=", ".%=", ".|=", ".&=",
                              ".<<=", ".>>="};
  for (const char* o : ops)
    if (head.str() == o) return true;
  return false;
}

Value evalUpdate(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  std::string op = ex.head.str().substr(0, ex.head.str().size() - 1);
  bool dotted = op[0] == '.';
  if (dotted) op = op.substr(1);
  Value f = I.globalValue(fr.module, Symbol(op));
  const Value& lhs = ex.args[0];
  if (dotted) {
    Value dest = I.eval(lhs, env, fr);
    Value rhs = I.eval(ex.args[1], env, fr);
    return I.in.callBase("broadcast!", {f, dest, dest, rhs});
  }
  // Evaluate a container and its indices once: a[i] += y.
  if (isHead(lhs, syms().ref)) {
    const ExprObj& l = E(lhs);
    Value a = I.eval(l.args[0], env, fr);
    std::vector<Value> idx;
    I.indexContexts.push_back({a, 0, l.args.size() - 1});
    for (size_t i = 1; i < l.args.size(); ++i) {
      I.indexContexts.back().position = i - 1;
      idx.push_back(I.eval(l.args[i], env, fr));
    }
    I.indexContexts.pop_back();
    std::vector<Value> getArgs{a};
    getArgs.insert(getArgs.end(), idx.begin(), idx.end());
    Value old = I.in.callBase("getindex", getArgs);
    Value rhs = I.eval(ex.args[1], env, fr);
    Value nv = I.in.call(f, std::vector<Value>{old, rhs});
    std::vector<Value> setArgs{a, nv};
    setArgs.insert(setArgs.end(), idx.begin(), idx.end());
    I.in.callBase("setindex!", setArgs);
    return nv;
  }
  Value old = I.eval(lhs, env, fr);
  Value rhs = I.eval(ex.args[1], env, fr);
  Value nv = I.in.call(f, std::vector<Value>{old, rhs});
  assignTo(I, lhs, nv, env, fr);
  return nv;
}

// `x .= y` is broadcast!(identity, x, y); `a[I...] .= y` is Base._dotsetindex!(a, y, I...).
Value evalDotAssign(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  const Value& lhs = ex.args[0];
  if (isHead(lhs, syms().ref)) {
    const ExprObj& l = E(lhs);
    Value a = I.eval(l.args[0], env, fr);
    std::vector<Value> args{a, Value()};
    I.indexContexts.push_back({a, 0, l.args.size() - 1});
    for (size_t i = 1; i < l.args.size(); ++i) {
      I.indexContexts.back().position = i - 1;
      args.push_back(I.eval(l.args[i], env, fr));
    }
    I.indexContexts.pop_back();
    args[1] = I.eval(ex.args[1], env, fr);
    return I.in.callBase("_dotsetindex!", args);
  }
  Value dest = I.eval(lhs, env, fr);
  Value rhs = I.eval(ex.args[1], env, fr);
  return I.in.callBase("broadcast!", {I.in.baseValue("identity"), dest, rhs});
}

// ---------------------------------------------------------------------------------------
// Declarations.
Value evalLocalDecl(Interp::Impl& I, const Value& ex, EnvPtr& env, Frame& fr) {
  const Syms& S = syms();
  std::vector<Value> items;
  if (isHead(ex, S.local)) items = E(ex).args;
  else items.push_back(ex);
  Value last;
  for (const Value& it : items) {
    if (it.isSymbol()) {
      env->declare(it.asSymbol());
      if (BoxObj* b = env->findLocal(it.asSymbol())) b->defined = b->defined && true;
      continue;
    }
    if (isHead(it, S.assign)) {
      const Value& target = E(it).args[0];
      Value name = isHead(target, S.dcolon) ? E(target).args[0] : target;
      Value v = I.eval(E(it).args[1], env, fr);
      if (name.isSymbol()) {
        // `local x = v` always makes x local to this scope, even when an outer x exists.
        env->vars.erase(std::remove_if(env->vars.begin(), env->vars.end(),
                                       [&](auto& p) { return p.first == name.asSymbol().id(); }),
                        env->vars.end());
        env->declare(name.asSymbol());
      } else if (isHead(name, S.tuple)) {
        for (const Value& n : E(name).args)
          if (n.isSymbol()) env->declare(n.asSymbol());
      }
      assignTo(I, target, v, env, fr);
      last = v;
      continue;
    }
    if (isHead(it, S.dcolon) && E(it).args[0].isSymbol()) {
      env->declare(E(it).args[0].asSymbol());
      continue;
    }
    if (isHead(it, S.tuple)) {
      for (const Value& n : E(it).args)
        if (n.isSymbol()) env->declare(n.asSymbol());
      continue;
    }
    I.in.error("syntax: invalid local declaration " + syntax::show(it));
  }
  return last;
}

Value evalGlobalDecl(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  Value last;
  for (const Value& it : ex.args) {
    Value name = isHead(it, syms().assign) ? E(it).args[0] : it;
    if (isHead(name, syms().dcolon)) name = E(name).args[0];
    if (env && name.isSymbol()) env->globals.push_back(name.asSymbol().id());
    if (isHead(it, syms().assign)) last = evalAssign(I, E(it), env, fr);
  }
  return last;
}

Value evalConst(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  const Value& it = ex.args[0];
  if (!isHead(it, syms().assign)) I.in.error("syntax: expected assignment after \"const\"");
  Value target = E(it).args[0];
  Value v = I.eval(E(it).args[1], env, fr);
  if (isHead(target, syms().dcolon)) target = E(target).args[0];
  if (target.isSymbol()) {
    Binding& b = fr.module->get(target.asSymbol());
    if (b.isConst && b.defined && !I.in.identical(b.value, v) && !(isType(b.value) && isType(v)))
      I.in.error("invalid redefinition of constant " + fr.module->fullName() + "." + target.asSymbol().str());
    b.value = v;
    b.defined = true;
    b.isConst = true;
    return v;
  }
  assignTo(I, target, v, env, fr);
  return v;
}

Value evalIsDefined(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  const Value& a = ex.args[0];
  if (a.isSymbol()) {
    for (Env* e = env.get(); e; e = e->parent.get())
      if (BoxObj* b = e->findLocal(a.asSymbol())) return Value::boolean(b->defined);
    return Value::boolean(I.findBinding(fr.module, a.asSymbol()) != nullptr);
  }
  if (a.isObject(ObjKind::GlobalRef)) {
    auto& g = a.as<GlobalRefObj>();
    return Value::boolean(I.findBinding(g.mod, g.name) != nullptr);
  }
  I.in.error("syntax: invalid @isdefined argument " + syntax::show(a));
}

// (objmode (tuple (:: name T)...) block): runs `block` in a scope that reads the enclosing
// variables but never assigns them; then the declared outputs are converted and assigned.
Value evalObjmode(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  auto scope = std::make_shared<Env>();
  scope->parent = env;
  scope->objmodeBarrier = true;
  EnvPtr s = scope;
  I.evalBody(ex.args[1], s, fr);
  if (fr.flow != Flow::Normal) I.in.error("@objmode: return, break and continue cannot leave the block");
  for (const Value& out : E(ex.args[0]).args) {
    const Value& name = E(out).args[0];
    Value type = I.eval(E(out).args[1], env, fr);
    BoxObj* box = scope->findLocal(name.asSymbol());
    if (!box || !box->defined)
      I.in.throwNew("UndefVarError", {name, Value::symbol("local")});
    Value converted;
    try {
      converted = I.in.callBase("convert", {type, box->value});
    } catch (JuliaError&) {
      I.throwTypeError("@objmode", "output " + name.asSymbol().str(), type, box->value);
    }
    if (!I.in.types().isSubtype(I.in.types().typeOf(converted), type))
      I.throwTypeError("@objmode", "output " + name.asSymbol().str(), type, box->value);
    I.assign(name.asSymbol(), converted, env, fr.module);
  }
  return Value();
}

// ---------------------------------------------------------------------------------------
// Loop variables.
// Every name a destructuring loop variable `(i, (a, b))` binds is a fresh local.
static void declareLoopNames(const Value& var, EnvPtr& scope) {
  if (var.isSymbol()) {
    scope->declare(var.asSymbol());
    return;
  }
  if (isHead(var, syms().tuple))
    for (const Value& n : E(var).args) declareLoopNames(n, scope);
  else if (isHead(var, syms().splat) && !E(var).args.empty())
    declareLoopNames(E(var).args[0], scope);
}

void bindLoopVariable(Interp::Impl& I, const Value& var, const Value& item, EnvPtr& scope, Frame& fr) {
  if (var.isSymbol()) {
    BoxObj& b = scope->declare(var.asSymbol());
    b.value = item;
    b.defined = true;
    return;
  }
  declareLoopNames(var, scope);
  assignTo(I, var, item, scope, fr);
}

// ---------------------------------------------------------------------------------------
// Indexing.
Value indexBoundary(Interp::Impl& I, Symbol which) {
  if (I.indexContexts.empty()) I.throwUndefVar(which, nullptr);
  auto& c = I.indexContexts.back();
  const char* fn = which == syms().end_ ? "lastindex" : "firstindex";
  if (c.count == 1) return I.in.callBase(fn, {c.array});
  return I.in.callBase(fn, {c.array, Value::int64(static_cast<int64_t>(c.position) + 1)});
}

}  // namespace jl::interp
