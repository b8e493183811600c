// The evaluator: walks macro-expanded Expr trees. Control flow (return/break/continue)
// travels in Frame::flow; Julia exceptions are C++ `JuliaError`s. This file holds the
// dispatcher over Expr heads, variables and scopes, control flow and calls; the forms that
// build values (quote, comprehensions, indexing, types) are in eval_forms.cpp.
#include <algorithm>

#include "interp/eval_forms.hpp"
#include "interp/impl.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
}  // namespace

// ---------------------------------------------------------------------------------------
// Variables.
Value Interp::Impl::lookup(Symbol s, const EnvPtr& env, ModuleObj* m) {
  for (Env* e = env.get(); e; e = e->parent.get()) {
    if (BoxObj* b = e->findLocal(s)) {
      if (!b->defined) in.throwNew("UndefVarError", {Value::symbol(s), Value::symbol("local")});
      return b->value;
    }
    if (std::find(e->globals.begin(), e->globals.end(), s.id()) != e->globals.end()) break;
  }
  return globalValue(m, s);
}

void Interp::setGlobal(ModuleObj* m, Symbol s, Value v) {
  Binding& b = m->get(s);
  Binding* target = &b;
  while (target->target) target = target->target;
  if (target->isConst && target->defined) {
    if (!identical(target->value, v)) error("invalid redefinition of constant " + m->fullName() + "." + s.str());
    return;
  }
  if (!target->declaredType.isNothing()) {
    Value args[2] = {target->declaredType, v};
    v = callBase("convert", args);
  }
  target->value = std::move(v);
  target->defined = true;
}

void Interp::Impl::assign(Symbol s, Value v, EnvPtr& env, ModuleObj* m) {
  for (Env* e = env.get(); e; e = e->parent.get()) {
    if (std::find(e->globals.begin(), e->globals.end(), s.id()) != e->globals.end()) {
      in.setGlobal(m, s, std::move(v));
      return;
    }
    if (BoxObj* b = e->findLocal(s)) {
      b->value = std::move(v);
      b->defined = true;
      return;
    }
    if (e->objmodeBarrier) break;
  }
  if (!isLocalScope(env)) {
    in.setGlobal(m, s, std::move(v));
    return;
  }
  BoxObj& b = env->declare(s);
  b.value = std::move(v);
  b.defined = true;
}

void Interp::Impl::countStep() {
  if (buildTimeDepth > 0 && in.options().stepBudget > 0 && ++steps > in.options().stepBudget) {
    std::string where = expansionStack.empty() ? std::string("build-time evaluation") : expansionStack.back();
    steps = 0;
    in.error("step budget of " + std::to_string(in.options().stepBudget) + " evaluation steps exceeded in " + where +
             " (raise it with --step-budget)");
  }
}

// ---------------------------------------------------------------------------------------
// Blocks and control flow.
Value Interp::Impl::evalBody(const Value& ex, EnvPtr& env, Frame& fr) {
  if (!ex.isExpr() || E(ex).head != syms().block) return eval(ex, env, fr);
  Value last;
  for (const Value& s : E(ex).args) {
    if (s.isObject(ObjKind::LineNumberNode)) {
      fr.line = s;
      continue;
    }
    last = eval(s, env, fr);
    if (fr.flow != Flow::Normal) return last;
  }
  return last;
}

namespace {
EnvPtr childScope(const EnvPtr& parent) {
  auto e = std::make_shared<Env>();
  e->parent = parent;
  return e;
}

bool condition(Interp::Impl& I, const Value& v) {
  if (v.isBool()) return v.asBool();
  I.throwTypeError("if", "", I.in.types().Bool, v);
}

Value evalIf(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  Value c = I.eval(ex.args[0], env, fr);
  if (fr.flow != Flow::Normal) return c;
  if (condition(I, c)) return I.evalBody(ex.args[1], env, fr);
  if (ex.args.size() < 3) return Value();
  const Value& alt = ex.args[2];
  if (alt.isExpr() && E(alt).head == syms().elseif) return evalIf(I, E(alt), env, fr);
  return I.evalBody(alt, env, fr);
}

Value evalElseif(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  // (elseif (block LNN cond) then else): the condition may carry a line node.
  return evalIf(I, ex, env, fr);
}

Value evalWhile(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  while (true) {
    Value c = I.eval(ex.args[0], env, fr);
    if (fr.flow != Flow::Normal) return Value();
    if (!condition(I, c)) break;
    EnvPtr scope = childScope(env);
    I.evalBody(ex.args[1], scope, fr);
    if (fr.flow == Flow::Break) { fr.flow = Flow::Normal; break; }
    if (fr.flow == Flow::Continue) { fr.flow = Flow::Normal; continue; }
    if (fr.flow == Flow::Return) break;
  }
  return Value();
}

bool isUnitRangeInt(const Value& v, int64_t& lo, int64_t& hi) {
  if (!v.isObject(ObjKind::Struct)) return false;
  auto& s = v.as<StructObj>();
  auto& dt = s.type.as<DataTypeObj>();
  const std::string& name = dt.tname->name.str();
  if (name == "OneTo" && s.fields.size() == 1 && s.fields[0].tag() == Tag::Int64) {
    lo = 1;
    hi = s.fields[0].asInt64();
    return true;
  }
  if (name != "UnitRange" || s.fields.size() != 2) return false;
  if (s.fields[0].tag() != Tag::Int64 || s.fields[1].tag() != Tag::Int64) return false;
  lo = s.fields[0].asInt64();
  hi = s.fields[1].asInt64();
  return true;
}

// Runs `body` for every element of the iteration specs specs[k..]; returns false on break.
bool forLoop(Interp::Impl& I, const std::vector<Value>& specs, size_t k, const Value& body, EnvPtr& env,
             Frame& fr);

bool forOne(Interp::Impl& I, const std::vector<Value>& specs, size_t k, const Value& body, EnvPtr& env,
            Frame& fr, const Value& var, const Value& item) {
  EnvPtr scope = childScope(env);
  bindLoopVariable(I, var, item, scope, fr);
  if (k + 1 < specs.size()) return forLoop(I, specs, k + 1, body, scope, fr);
  I.evalBody(body, scope, fr);
  if (fr.flow == Flow::Continue) fr.flow = Flow::Normal;
  return fr.flow == Flow::Normal;
}

bool forLoop(Interp::Impl& I, const std::vector<Value>& specs, size_t k, const Value& body, EnvPtr& env,
             Frame& fr) {
  const ExprObj& spec = E(specs[k]);  // (= var iterable) or (in var iterable)
  const Value& var = spec.args[0];
  Value iterable = I.eval(spec.args[1], env, fr);
  int64_t lo, hi;
  if (isUnitRangeInt(iterable, lo, hi)) {
    for (int64_t i = lo; i <= hi; ++i) {
      if (!forOne(I, specs, k, body, env, fr, var, Value::int64(i))) return false;
      if (i == INT64_MAX) break;
    }
    return true;
  }
  Value iterate = I.in.baseValue("iterate");
  Value next = I.in.call(iterate, std::span<const Value>(&iterable, 1));
  while (!next.isNothing()) {
    if (!next.isObject(ObjKind::Tuple) || next.as<TupleObj>().elems.size() != 2)
      I.in.error("iterate must return nothing or a (value, state) tuple");
    Value item = next.as<TupleObj>().elems[0];
    Value state = next.as<TupleObj>().elems[1];
    if (!forOne(I, specs, k, body, env, fr, var, item)) return false;
    Value args[2] = {iterable, state};
    next = I.in.call(iterate, args);
  }
  return true;
}

Value evalFor(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  std::vector<Value> specs;
  if (ex.args[0].isExpr() && E(ex.args[0]).head == syms().block) {
    for (const Value& s : E(ex.args[0]).args)
      if (s.isExpr()) specs.push_back(s);
  } else {
    specs.push_back(ex.args[0]);
  }
  forLoop(I, specs, 0, ex.args[1], env, fr);
  if (fr.flow == Flow::Break) fr.flow = Flow::Normal;
  return Value();
}

Value evalTry(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  // (try body catchvar|false catchbody [finallybody] [elsebody])
  const Value& body = ex.args[0];
  const Value& var = ex.args.size() > 1 ? ex.args[1] : Value::boolean(false);
  const Value catchBody = ex.args.size() > 2 ? ex.args[2] : Value::boolean(false);
  const Value finallyBody = ex.args.size() > 3 ? ex.args[3] : Value::boolean(false);
  bool hasCatch = !(catchBody.isBool() && !catchBody.asBool());
  bool hasFinally = !(finallyBody.isBool() && !finallyBody.asBool());
  auto runFinally = [&] {
    if (!hasFinally) return;
    Flow saved = fr.flow;
    Value savedRet = fr.returnValue;
    fr.flow = Flow::Normal;
    EnvPtr scope = childScope(env);
    I.evalBody(finallyBody, scope, fr);
    if (fr.flow == Flow::Normal) {
      fr.flow = saved;
      fr.returnValue = savedRet;
    }
  };
  Value result;
  Frame* savedFrame = I.frame;
  int savedDepth = I.depth;
  try {
    EnvPtr scope = childScope(env);
    result = I.evalBody(body, scope, fr);
  } catch (JuliaError& err) {
    I.frame = savedFrame;
    I.depth = savedDepth;
    if (!hasCatch) {
      runFinally();
      throw;
    }
    EnvPtr scope = childScope(env);
    if (var.isSymbol()) {
      BoxObj& b = scope->declare(var.asSymbol());
      b.value = err.value;
      b.defined = true;
    }
    I.in.impl().currentExceptions.push_back(err);
    try {
      result = I.evalBody(catchBody, scope, fr);
    } catch (...) {
      I.in.impl().currentExceptions.pop_back();
      runFinally();
      throw;
    }
    I.in.impl().currentExceptions.pop_back();
  }
  runFinally();
  return result;
}

Value evalLet(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr) {
  EnvPtr scope = childScope(env);
  std::vector<Value> bindings;
  const Value& b = ex.args[0];
  if (b.isExpr() && E(b).head == syms().block) bindings = E(b).args;
  else if (!b.isNothing()) bindings.push_back(b);
  for (const Value& bind : bindings) {
    if (bind.isSymbol()) {
      scope->declare(bind.asSymbol());
      continue;
    }
    if (!bind.isExpr()) continue;
    const ExprObj& be = E(bind);
    if (be.head == syms().assign && be.args[0].isSymbol()) {
      // The right side sees the scope built so far; `let x = x` reads the outer x.
      EnvPtr rhsScope = childScope(env);
      rhsScope->vars = scope->vars;
      Value v = I.eval(be.args[1], rhsScope, fr);
      Symbol name = be.args[0].asSymbol();
      auto fresh = std::make_shared<Env>(*scope);
      fresh->vars.erase(std::remove_if(fresh->vars.begin(), fresh->vars.end(),
                                       [&](auto& p) { return p.first == name.id(); }),
                        fresh->vars.end());
      scope->vars = fresh->vars;
      BoxObj& box = scope->declare(name);
      box.value = v;
      box.defined = true;
    } else {
      evalLocalDecl(I, bind, scope, fr);
    }
  }
  return I.evalBody(ex.args[1], scope, fr);
}
}  // namespace

// ---------------------------------------------------------------------------------------
Value Interp::Impl::eval(const Value& ex, EnvPtr& env, Frame& fr) {
  switch (ex.tag()) {
    case Tag::Symbol: {
      Symbol s = ex.asSymbol();
      if (s == syms().end_ || s == syms().begin_) return indexBoundary(*this, s);
      return lookup(s, env, fr.module);
    }
    case Tag::Object: break;
    default: return ex;
  }
  switch (ex.obj()->kind()) {
    case ObjKind::Expr: break;
    case ObjKind::QuoteNode: return ex.as<QuoteNodeObj>().value;
    case ObjKind::LineNumberNode: fr.line = ex; return Value();
    case ObjKind::GlobalRef: {
      auto& g = ex.as<GlobalRefObj>();
      return globalValue(g.mod, g.name);
    }
    default: return ex;
  }
  countStep();
  const ExprObj& e = E(ex);
  const Syms& S = syms();
  Symbol h = e.head;
  if (h == S.call) return evalCall(*this, e, env, fr);
  if (h == S.block) {
    // A block inside an expression: no new scope.
    return evalBody(ex, env, fr);
  }
  if (h == S.assign) return evalAssign(*this, e, env, fr);
  if (h == S.if_ || h == S.elseif) return h == S.if_ ? evalIf(*this, e, env, fr) : evalElseif(*this, e, env, fr);
  if (h == S.and_ || h == S.or_) {
    Value l = eval(e.args[0], env, fr);
    if (fr.flow != Flow::Normal) return l;
    bool lv = condition(*this, l);
    if ((h == S.and_) != lv) return Value::boolean(lv);
    return eval(e.args[1], env, fr);
  }
  if (h == S.for_) return evalFor(*this, e, env, fr);
  if (h == S.while_) return evalWhile(*this, e, env, fr);
  if (h == S.return_) {
    Value v = e.args.empty() ? Value() : eval(e.args[0], env, fr);
    if (fr.flow != Flow::Normal) return v;
    fr.returnValue = v;
    fr.flow = Flow::Return;
    return v;
  }
  if (h == S.break_) { fr.flow = Flow::Break; return Value(); }
  if (h == S.continue_) { fr.flow = Flow::Continue; return Value(); }
  if (h == S.try_) return evalTry(*this, e, env, fr);
  if (h == S.let) return evalLet(*this, e, env, fr);
  if (h == S.local) return evalLocalDecl(*this, ex, env, fr);
  if (h == S.global) return evalGlobalDecl(*this, e, env, fr);
  if (h == S.const_) return evalConst(*this, e, env, fr);
  if (h == S.toplevel) {
    Value last;
    for (const Value& s : e.args) {
      if (s.isObject(ObjKind::LineNumberNode)) { fr.line = s; continue; }
      last = in.evalToplevel(fr.module, s);
    }
    return last;
  }
  if (h == S.function) return defineFunction(ex, env, fr);
  if (h == S.arrow) return defineLambda(ex, env, fr);
  if (h == S.macro) return defineMacro(ex, env, fr);
  if (h == S.struct_) return defineStruct(ex, env, fr);
  if (h == S.abstract) return defineAbstract(ex, env, fr);
  if (h == S.primitive) return definePrimitive(ex, env, fr);
  if (h == S.module) return defineModule(ex, env, fr);
  if (h == S.import || h == S.using_) return importUsing(ex, fr);
  if (h == S.export_) {
    for (const Value& a : e.args)
      if (a.isSymbol()) fr.module->exports.push_back(a.asSymbol());
    return Value();
  }
  if (h == S.meta || h == S.inbounds || h == S.boundscheck || h == S.loopinfo || h == S.line) return Value();
  if (h == S.generated) return Value::boolean(false);  // the interpreter runs the fallback
  if (h == S.isdefined) return evalIsDefined(*this, e, env, fr);
  if (h == S.objmode) return evalObjmode(*this, e, env, fr);
  if (h == S.dotassign) return evalDotAssign(*this, e, env, fr);
  if (h == S.do_) {
    // (do (call f args...) (-> (tuple x) body)): f(lambda, args...).
    const ExprObj& call = E(e.args[0]);
    std::vector<Value> args{call.args[0]};
    size_t i = 1;
    if (call.args.size() > 1 && call.args[1].isExpr() && E(call.args[1]).head == S.parameters) args.push_back(call.args[i++]);
    args.push_back(e.args[1]);
    args.insert(args.end(), call.args.begin() + static_cast<long>(i), call.args.end());
    return eval(makeExpr(S.call, std::move(args)), env, fr);
  }
  if (h == S.dollar) in.error("syntax: \"$\" expression outside quote");
  if (h == S.splat) in.error("syntax: \"...\" expression outside call");
  if (h == S.escape || h == S.hygienic_scope) return eval(e.args[0], env, fr);
  if (h.str().size() >= 2 && h.str().back() == '=' && isUpdatingOperator(h)) return evalUpdate(*this, e, env, fr);
  Value v;
  try {
    if (evalValueForm(*this, e, env, fr, v)) return v;
  } catch (const TypeOpError& err) {
    in.error(err.message);
  }
  in.error("syntax: unsupported expression head :" + h.str() + " in " + syntax::show(ex));
}

}  // namespace jl::interp
