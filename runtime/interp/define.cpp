// Definitions: functions and methods (optional and keyword arguments, `where`, varargs,
// @generated), anonymous functions and closures, macros, structs with their default
// constructors, abstract and primitive types, modules, and import/using.
#include <algorithm>

#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
bool isHead(const Value& v, Symbol h) { return v.isExpr() && E(v).head == h; }

// A parsed method signature, before its types are evaluated.
struct SigParts {
  Value name;                    // Symbol, Expr(:.), GlobalRef, Expr(:curly), or nothing for lambdas
  std::vector<Value> args;       // positional argument specs
  std::vector<Value> kwargs;     // keyword specs from (parameters ...)
  std::vector<Value> whereVars;  // outermost first
};

SigParts splitSignature(Interp::Impl& I, Value sig) {
  SigParts p;
  std::vector<std::vector<Value>> whereGroups;
  while (true) {
    if (isHead(sig, syms().where)) {
      std::vector<Value> vars(E(sig).args.begin() + 1, E(sig).args.end());
      whereGroups.push_back(vars);
      sig = E(sig).args[0];
    } else if (isHead(sig, syms().dcolon) && E(sig).args.size() == 2 &&
               (isHead(E(sig).args[0], syms().call) || isHead(E(sig).args[0], syms().where))) {
      sig = E(sig).args[0];  // return type annotations are not enforced by the interpreter
    } else {
      break;
    }
  }
  // `f(x) where {T} where S` is (where (where call T) S): S, peeled first, is outermost.
  for (auto it = whereGroups.begin(); it != whereGroups.end(); ++it)
    for (const Value& v : *it) {
      if (isHead(v, syms().curly)) p.whereVars.insert(p.whereVars.end(), E(v).args.begin(), E(v).args.end());
      else p.whereVars.push_back(v);
    }
  size_t first = 0;
  if (isHead(sig, syms().call)) {
    p.name = E(sig).args[0];
    first = 1;
  } else if (!isHead(sig, syms().tuple)) {
    // `x -> ...` with a single parameter.
    p.args.push_back(sig);
    return p;
  }
  for (size_t i = first; i < E(sig).args.size(); ++i) {
    const Value& a = E(sig).args[i];
    if (isHead(a, syms().parameters)) p.kwargs.insert(p.kwargs.end(), E(a).args.begin(), E(a).args.end());
    else p.args.push_back(a);
  }
  return p;
}

struct ArgSpec {
  Symbol name;
  Value typeExpr;    // nothing: Any
  Value defaultExpr; // for optional positional arguments
  bool hasDefault = false;
  bool vararg = false;
};

ArgSpec parseArg(Interp::Impl& I, Value a) {
  ArgSpec s;
  if (isHead(a, syms().kw)) {
    s.hasDefault = true;
    s.defaultExpr = E(a).args[1];
    a = E(a).args[0];
  }
  if (isHead(a, syms().splat)) {
    s.vararg = true;
    a = E(a).args[0];
  }
  if (a.isSymbol()) {
    s.name = a.asSymbol();
  } else if (isHead(a, syms().dcolon)) {
    if (E(a).args.size() == 1) {
      s.typeExpr = E(a).args[0];
    } else {
      if (E(a).args[0].isSymbol()) s.name = E(a).args[0].asSymbol();
      s.typeExpr = E(a).args[1];
    }
  } else {
    I.in.error("syntax: invalid function argument " + syntax::show(a));
  }
  if (s.name.str() == "_") s.name = Symbol();
  return s;
}

KwParam parseKw(Interp::Impl& I, Value a, EnvPtr& scope, Frame& fr, Symbol& rest) {
  KwParam k;
  if (isHead(a, syms().splat)) {
    rest = E(a).args[0].asSymbol();
    k.name = Symbol();
    return k;
  }
  k.hasDefault = false;
  if (isHead(a, syms().kw)) {
    k.hasDefault = true;
    k.defaultExpr = E(a).args[1];
    a = E(a).args[0];
  }
  if (isHead(a, syms().dcolon)) {
    k.type = I.eval(E(a).args[1], scope, fr);
    a = E(a).args[0];
  }
  k.name = a.asSymbol();
  return k;
}

// Evaluates the where-variables into TypeVars bound in a fresh scope.
EnvPtr bindWhereVars(Interp::Impl& I, const std::vector<Value>& specs, EnvPtr& env, Frame& fr,
                     std::vector<Value>& vars) {
  auto scope = std::make_shared<Env>();
  scope->parent = env;
  EnvPtr s = scope;
  TypeSystem& T = I.in.types();
  for (const Value& spec : specs) {
    Value v;
    if (spec.isSymbol()) v = T.newTypeVar(spec.asSymbol());
    else if (isHead(spec, syms().subtype)) v = T.newTypeVar(E(spec).args[0].asSymbol(), Value(), I.eval(E(spec).args[1], s, fr));
    else if (isHead(spec, syms().gt_colon)) v = T.newTypeVar(E(spec).args[0].asSymbol(), I.eval(E(spec).args[1], s, fr), Value());
    else if (isHead(spec, syms().comparison))
      v = T.newTypeVar(E(spec).args[2].asSymbol(), I.eval(E(spec).args[0], s, fr), I.eval(E(spec).args[4], s, fr));
    else I.in.error("syntax: invalid type variable " + syntax::show(spec));
    BoxObj& b = s->declare(v.as<TypeVarObj>().name);
    b.value = v;
    b.defined = true;
    vars.push_back(v);
  }
  return s;
}

// Strips a leading (meta generated) marker left by @generated; returns whether it was there.
bool takeGeneratedMarker(Value& body) {
  if (!isHead(body, syms().block)) return false;
  const auto& args = E(body).args;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].isObject(ObjKind::LineNumberNode)) continue;
    if (isHead(args[i], syms().meta) && !E(args[i]).args.empty() && E(args[i]).args[0].isSymbol("generated")) {
      std::vector<Value> rest;
      for (size_t j = 0; j < args.size(); ++j)
        if (j != i) rest.push_back(args[j]);
      body = makeExpr(syms().block, std::move(rest));
      return true;
    }
    return false;
  }
  return false;
}

Value firstLine(const Value& body) {
  if (isHead(body, syms().block))
    for (const Value& a : E(body).args)
      if (a.isObject(ObjKind::LineNumberNode)) return a;
  return Value();
}
}  // namespace

// ---------------------------------------------------------------------------------------
FunctionObj* Interp::Impl::newFunction(Symbol name, ModuleObj* m) {
  auto* f = new FunctionObj(name, m);
  return f;
}

void Interp::Impl::addMethod(FunctionObj& f, std::shared_ptr<Method> m) {
  m->owner = &f;
  f.cache.clear();
  if (m->world == 0) m->world = ++world;
  for (auto& existing : f.methods) {
    if (in.types().sameSignature(existing->sig, m->sig)) {
      existing = std::move(m);
      return;
    }
  }
  f.methods.push_back(std::move(m));
}

FunctionObj& Interp::Impl::constructorOf(const Value& type) {
  Value u = in.types().unwrap(type);
  if (!isType(u, TypeKind::DataType)) in.error("cannot call type " + in.types().show(type));
  TypeName* tn = u.as<DataTypeObj>().tname;
  if (tn->constructor.isNothing()) {
    FunctionObj* f = newFunction(tn->name, tn->module);
    f->constructedType = tn->wrapper;
    tn->constructor = Value::object(f);
  }
  return tn->constructor.asMut<FunctionObj>();
}

FunctionObj& Interp::Impl::callableOf(const Value& type) {
  Value u = in.types().unwrap(type);
  if (!isType(u, TypeKind::DataType)) in.error("cannot add call methods to " + in.types().show(type));
  TypeName* tn = u.as<DataTypeObj>().tname;
  if (tn->callable.isNothing()) tn->callable = Value::object(newFunction(tn->name, tn->module));
  return tn->callable.asMut<FunctionObj>();
}

namespace {
// Finds or creates the generic function a definition named `name` adds a method to.
// Returns the function and, for constructors, the callee pattern (Type{...} element).
FunctionObj& definitionTarget(Interp::Impl& I, const Value& name, EnvPtr& env, Frame& fr, EnvPtr& sigScope,
                              Value& calleePattern, Symbol& calleeName) {
  TypeSystem& T = I.in.types();
  auto fromBinding = [&](ModuleObj* m, Symbol s) -> FunctionObj& {
    Binding& b = m->get(s);
    Binding* target = &b;
    while (target->target) target = target->target;
    if (target->defined && isType(target->value)) {
      calleePattern = T.typeOfType(target->value);
      return I.constructorOf(target->value);
    }
    if (target->defined && target->value.isObject(ObjKind::Function)) return target->value.asMut<FunctionObj>();
    if (target->defined) I.in.error("cannot define function " + s.str() + "; it already has a value");
    // A type visible through `using` (a Core type extended in Base, say): add a constructor.
    if (Binding* seen = I.findBinding(m, s); seen && isType(seen->value)) {
      calleePattern = T.typeOfType(seen->value);
      return I.constructorOf(seen->value);
    }
    FunctionObj* f = I.newFunction(s, m);
    target->value = Value::object(f);
    target->defined = true;
    target->isConst = true;
    return *f;
  };
  if (name.isSymbol()) {
    Symbol s = name.asSymbol();
    if (isLocalScope(env)) {
      for (Env* e = env.get(); e; e = e->parent.get()) {
        if (std::find(e->globals.begin(), e->globals.end(), s.id()) != e->globals.end()) return fromBinding(fr.module, s);
        if (BoxObj* b = e->findLocal(s)) {
          if (b->defined && b->value.isObject(ObjKind::Function)) return b->value.asMut<FunctionObj>();
          break;
        }
      }
      FunctionObj* f = I.newFunction(s, fr.module);
      BoxObj& b = env->declare(s);
      b.value = Value::object(f);
      b.defined = true;
      return *f;
    }
    return fromBinding(fr.module, s);
  }
  if (name.isObject(ObjKind::GlobalRef)) return fromBinding(name.as<GlobalRefObj>().mod, name.as<GlobalRefObj>().name);
  if (isHead(name, syms().dot)) {
    Value m = I.eval(E(name).args[0], env, fr);
    Value n = I.eval(E(name).args[1], env, fr);
    if (!m.isObject(ObjKind::Module) || !n.isSymbol()) I.in.error("syntax: invalid function name " + syntax::show(name));
    return fromBinding(const_cast<ModuleObj*>(&m.as<ModuleObj>()), n.asSymbol());
  }
  if (isHead(name, syms().curly)) {
    Value t = I.eval(name, sigScope, fr);
    calleePattern = T.typeOfType(t);
    return I.constructorOf(t);
  }
  // `(f::Fix2)(y) = ...`: a method for calling instances of a type.
  if (isHead(name, syms().dcolon)) {
    const auto& parts = E(name).args;
    Value t = I.eval(parts.back(), sigScope, fr);
    if (parts.size() == 2 && parts[0].isSymbol()) calleeName = parts[0].asSymbol();
    calleePattern = t;
    return I.callableOf(t);
  }
  I.in.error("syntax: invalid function name " + syntax::show(name));
}

std::shared_ptr<Method> buildMethod(Interp::Impl& I, const SigParts& parts, const std::vector<ArgSpec>& specs,
                                    size_t nargs, const Value& calleePattern, Symbol calleeName, EnvPtr& sigScope,
                                    const std::vector<Value>& vars, Frame& fr) {
  TypeSystem& T = I.in.types();
  auto m = std::make_shared<Method>();
  std::vector<Value> types;
  if (!calleePattern.isNothing()) {
    types.push_back(calleePattern);
    m->argNames.push_back(calleeName);
  }
  for (size_t i = 0; i < nargs; ++i) {
    const ArgSpec& s = specs[i];
    Value t = s.typeExpr.isNothing() ? T.Any : I.eval(s.typeExpr, sigScope, fr);
    if (s.vararg) {
      if (isType(t, TypeKind::Vararg)) types.push_back(t);
      else types.push_back(T.varargOf(t));
      m->isVarargs = true;
    } else {
      types.push_back(t);
    }
    m->argNames.push_back(s.name);
  }
  Value sig = T.tupleType(types);
  for (auto it = vars.rbegin(); it != vars.rend(); ++it) sig = T.newUnionAll(*it, sig);
  m->sig = sig;
  m->sparams = vars;
  m->module = fr.module;
  for (const Value& k : parts.kwargs) {
    KwParam kp = parseKw(I, k, sigScope, fr, m->kwRest);
    if (!kp.name.empty()) m->kwargs.push_back(kp);
  }
  return m;
}
}  // namespace

// (function sig body) and (= (call ...) body).
Value Interp::Impl::defineFunction(const Value& ex, EnvPtr& env, Frame& fr) {
  const ExprObj& e = E(ex);
  // `function f end`: a function with no methods.
  if (e.args.size() == 1) {
    EnvPtr none = env;
    Value pattern;
    Symbol calleeName;
    FunctionObj& f = definitionTarget(*this, e.args[0], env, fr, none, pattern, calleeName);
    return Value::object(&f);
  }
  SigParts parts = splitSignature(*this, e.args[0]);
  if (parts.name.isNothing()) return defineLambda(makeExpr(syms().arrow, {e.args[0], e.args[1]}), env, fr);
  std::vector<Value> vars;
  EnvPtr sigScope = bindWhereVars(*this, parts.whereVars, env, fr, vars);
  Value calleePattern;
  Symbol calleeName;
  FunctionObj& f = definitionTarget(*this, parts.name, env, fr, sigScope, calleePattern, calleeName);
  std::vector<ArgSpec> specs;
  for (const Value& a : parts.args) specs.push_back(parseArg(*this, a));
  Value body = e.args[1];
  bool generated = takeGeneratedMarker(body);
  Value fval = Value::object(&f);
  // Optional positional arguments: one method per arity; shorter ones fill in defaults.
  size_t firstOptional = specs.size();
  for (size_t i = 0; i < specs.size(); ++i)
    if (specs[i].hasDefault) { firstOptional = i; break; }
  for (size_t n = firstOptional; n <= specs.size(); ++n) {
    auto m = buildMethod(*this, parts, specs, n, calleePattern, calleeName, sigScope, vars, fr);
    m->closureEnv = env;
    m->line = firstLine(body);
    if (n == specs.size()) {
      m->body = body;
      m->generated = generated;
    } else {
      std::vector<Value> call{fval};
      if (!calleePattern.isNothing()) call[0] = fval;  // constructors re-dispatch on the function
      for (size_t i = 0; i < n; ++i) call.push_back(Value::symbol(specs[i].name));
      for (size_t i = n; i < specs.size(); ++i) call.push_back(specs[i].defaultExpr);
      if (!parts.kwargs.empty()) {
        std::vector<Value> params;
        for (const KwParam& k : m->kwargs) params.push_back(makeExpr(syms().kw, {Value::symbol(k.name), Value::symbol(k.name)}));
        if (!m->kwRest.empty()) params.push_back(makeExpr(syms().splat, {Value::symbol(m->kwRest)}));
        call.insert(call.begin() + 1, makeExpr(syms().parameters, std::move(params)));
      }
      m->body = makeExpr(syms().block, {makeExpr(syms().call, std::move(call))});
    }
    addMethod(f, std::move(m));
  }
  return fval;
}

// (-> params body): a new anonymous function (closure) each time it is evaluated.
Value Interp::Impl::defineLambda(const Value& ex, EnvPtr& env, Frame& fr) {
  const ExprObj& e = E(ex);
  SigParts parts = splitSignature(*this, e.args[0]);
  std::vector<Value> vars;
  EnvPtr sigScope = bindWhereVars(*this, parts.whereVars, env, fr, vars);
  std::vector<ArgSpec> specs;
  for (const Value& a : parts.args) specs.push_back(parseArg(*this, a));
  FunctionObj* f = newFunction(Symbol("#" + std::to_string(++gensymCounter)), fr.module);
  Value fval = Value::object(f);
  auto m = buildMethod(*this, parts, specs, specs.size(), Value(), Symbol(), sigScope, vars, fr);
  m->closureEnv = env;
  m->body = e.args[1];
  m->line = firstLine(m->body);
  addMethod(*f, std::move(m));
  return fval;
}

// (macro (call name args...) body): the function `@name` with __source__ and __module__ first.
Value Interp::Impl::defineMacro(const Value& ex, EnvPtr& env, Frame& fr) {
  const ExprObj& e = E(ex);
  auto macroName = [](const Value& n) { return Value::symbol("@" + n.asSymbol().str()); };
  if (e.args.size() == 1) {
    return defineFunction(makeExpr(syms().function, {macroName(e.args[0])}), env, fr);
  }
  const ExprObj& sig = E(e.args[0]);
  std::vector<Value> call{macroName(sig.args[0]), Value::symbol("__source__"), Value::symbol("__module__")};
  call.insert(call.end(), sig.args.begin() + 1, sig.args.end());
  return defineFunction(makeExpr(syms().function, {makeExpr(syms().call, std::move(call)), e.args[1]}), env, fr);
}

}  // namespace jl::interp
