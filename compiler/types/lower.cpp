// Lowering of statements and expressions to typed IR: scopes and locals (as the
// interpreter's Env chain resolves them), assignment and destructuring, control flow,
// try/catch/finally, tuples, field access, indexing and anonymous functions. Calls are in
// lower_calls.cpp. Types are inferred forward as the tree is built: every local and every
// global has exactly one concrete type.
#include <algorithm>
#include <functional>

#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"
#include "types/infer_impl.hpp"
#include "types/lower_arrays.hpp"
#include "types/lower_unroll.hpp"
#include "types/lower_comprehension.hpp"

namespace jl::types {

const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
bool isHead(const Value& v, Symbol h) { return v.isExpr() && E(v).head == h; }
bool isHead(const Value& v, const char* h) { return v.isExpr() && E(v).head.str() == h; }

namespace {
bool isPure(const Node& n) {
  return n.op == Op::LocalGet || n.op == Op::Const || n.op == Op::TypeConst || n.op == Op::GlobalGet;
}
const interp::Syms& S() { return interp::syms(); }
}  // namespace

NodePtr Inferencer::mk(Body& b, Op op, TypeRef type) {
  auto n = std::make_unique<Node>();
  n->op = op;
  n->type = std::move(type);
  n->line = b.line;
  n->file = b.file;
  return n;
}

int Inferencer::newSlot(Body& b, const std::string& name, TypeRef type, bool isArg) {
  ir::Local l;
  l.name = name;
  l.type = type;
  l.isArgument = isArg;
  b.mi->locals.push_back(l);
  b.slotTypes.push_back(type.isNothing() ? T.Bottom : type);
  b.slotLine.push_back(type.isNothing() ? 0 : b.line);
  return static_cast<int>(b.mi->locals.size()) - 1;
}

int Inferencer::declare(Body& b, Scope& s, Symbol name) {
  int slot = newSlot(b, name.str(), Value());
  s.vars.emplace_back(name.id(), slot);
  return slot;
}

NodePtr Inferencer::clonePure(Body& b, const Node& n) {
  auto c = mk(b, n.op, n.type);
  c->value = n.value;
  c->slot = n.slot;
  c->line = n.line;
  c->file = n.file;
  return c;
}

NodePtr Inferencer::stash(Body& b, NodePtr& n, std::vector<NodePtr>& pre) {
  if (isPure(*n)) return clonePure(b, *n);
  int slot = newSlot(b, "#tmp" + std::to_string(++b.tempCounter), n->type);
  b.slotLine[slot] = b.line;
  auto set = mk(b, Op::LocalSet, n->type);
  set->slot = slot;
  TypeRef t = n->type;
  set->kids.push_back(std::move(n));
  pre.push_back(std::move(set));
  n = mk(b, Op::LocalGet, t);
  n->slot = slot;
  auto r = mk(b, Op::LocalGet, t);
  r->slot = slot;
  return r;
}

static NodePtr wrapPre(Inferencer& I, Body& b, std::vector<NodePtr> pre, NodePtr value) {
  if (pre.empty()) return value;
  TypeRef t = value->type;
  auto blk = I.mk(b, Op::Block, t);
  for (auto& p : pre) blk->kids.push_back(std::move(p));
  blk->kids.push_back(std::move(value));
  return blk;
}

NodePtr Inferencer::constNode(Body& b, const Value& v) {
  if (interp::isType(v)) {
    if (interp::isType(v, TypeKind::TypeVar))
      fail(b, diag::Kind::UnsupportedConstruct, "the type parameter `" + v.as<interp::TypeVarObj>().name.str() +
                                                    "` has no known value here");
    auto n = mk(b, Op::TypeConst, T.typeOfType(v));
    n->value = v;
    return n;
  }
  if (v.isObject(ObjKind::Tuple)) {
    auto n = mk(b, Op::Tuple, Value());
    std::vector<Value> ts;
    for (const Value& x : v.as<interp::TupleObj>().elems) {
      n->kids.push_back(constNode(b, x));
      ts.push_back(n->kids.back()->type);
    }
    n->type = T.tupleType(ts);
    return n;
  }
  if (v.isObject(ObjKind::Regex) || v.isObject(ObjKind::Cmd)) describeConstant(v);
  if (v.isObject(ObjKind::Struct) && !v.as<interp::StructObj>().fields.empty()) {
    // A struct built at build time: an immutable one is rebuilt from its fields; a mutable
    // one is an object shared with the interpreter, which compiled code cannot hold.
    const auto& so = v.as<interp::StructObj>();
    if (so.type.as<DataTypeObj>().tname->isMutable)
      fail(b, diag::Kind::NeedsInterpreter,
           "a mutable " + showType(so.type) + " created at build time cannot be used by compiled code",
           kNotCompiledHint);
    if (so.definedFields < so.fields.size() || !isRepresentable(T, so.type))
      fail(b, diag::Kind::UnsupportedConstruct,
           "a constant of type " + showType(so.type) + " is not supported in compiled code yet", kNotCompiledHint);
    auto n = mk(b, Op::New, so.type);
    for (const Value& f : so.fields) n->kids.push_back(constNode(b, f));
    return n;
  }
  auto n = mk(b, Op::Const, T.typeOf(v));
  n->value = v;
  return n;
}

NodePtr Inferencer::convertTo(Body& b, NodePtr n, const TypeRef& t, const std::string& what) {
  if (sameType(n->type, t) || isBottomType(n->type)) return n;
  if (isNumericType(T, n->type) && isNumericType(T, t)) {
    if (n->op == Op::Const) {  // fold exact conversions of literals (InexactError stays at run time)
      try {
        return constNode(b, in.callBase("convert", {t, n->value}));
      } catch (const interp::JuliaError&) {
      }
    }
    auto c = mk(b, Op::Convert, t);
    c->kids.push_back(std::move(n));
    return c;
  }
  if (T.isSubtype(n->type, t)) return n;
  fail(b, diag::Kind::TypeMismatch,
       "cannot convert a value of type " + showType(n->type) + " to " + showType(t) + " (" + what + ")");
}

NodePtr Inferencer::checkCondition(Body& b, NodePtr c, const char* what) {
  if (sameType(c->type, T.Bool) || isBottomType(c->type)) return c;
  fail(b, diag::Kind::TypeMismatch,
       std::string("non-boolean (") + showType(c->type) + ") used in boolean context (" + what + ")");
}

NodePtr Inferencer::joinBranches(Body& b, NodePtr node, const std::vector<const Node*>& branches, bool wantValue,
                                 const char* what) {
  std::vector<TypeRef> ts;
  bool allBottom = true;
  for (const Node* br : branches) {
    if (isBottomType(br->type)) continue;
    allBottom = false;
    bool seen = false;
    for (auto& t : ts) seen = seen || sameType(t, br->type);
    if (!seen) ts.push_back(br->type);
  }
  if (allBottom) {
    node->type = T.Bottom;
    return node;
  }
  if (!wantValue) {
    node->type = T.Nothing;
    return node;
  }
  if (ts.size() == 1) {
    node->type = ts[0];
    return node;
  }
  fail(b, diag::Kind::UnionTypedVariable,
       std::string("the value of this ") + what + " has a non-concrete type: inferred " + showType(T.unionOf(ts)),
       "annotate the type or run the program with `jlcc run`");
}

// ---------------------------------------------------------------------------------------
NodePtr Inferencer::lowerBlockBody(Body& b, const Value& ex, bool wantValue) {
  if (!isHead(ex, S().block)) {
    NodePtr n = lower(b, ex, wantValue);
    return n;
  }
  const auto& args = E(ex).args;
  int last = -1;
  for (size_t i = 0; i < args.size(); ++i)
    if (!args[i].isObject(ObjKind::LineNumberNode)) last = static_cast<int>(i);
  auto blk = mk(b, Op::Block, T.Nothing);
  bool dead = false;
  for (size_t i = 0; i < args.size() && !dead; ++i) {
    const Value& a = args[i];
    if (a.isObject(ObjKind::LineNumberNode)) {
      blk->kids.push_back(lower(b, a, false));
      continue;
    }
    NodePtr n = lower(b, a, wantValue && static_cast<int>(i) == last);
    if (isBottomType(n->type)) dead = true;  // what follows never runs
    blk->kids.push_back(std::move(n));
  }
  if (dead) blk->type = T.Bottom;
  else if (last >= 0) blk->type = blk->kids.back()->type;
  return blk;
}

NodePtr Inferencer::lower(Body& b, const Value& ex, bool wantValue) {
  const auto& sites = in.impl().expansionSites;
  if (sites.empty() || !ex.isExpr()) return lowerUntracked(b, ex, wantValue);
  auto it = sites.find(ex.obj());
  if (it == sites.end()) return lowerUntracked(b, ex, wantValue);
  b.expansions.push_back(&it->second);
  struct Pop {
    std::vector<const interp::Interp::Impl::ExpansionSite*>& v;
    ~Pop() { v.pop_back(); }
  } pop{b.expansions};
  return lowerUntracked(b, ex, wantValue);
}

NodePtr Inferencer::lowerUntracked(Body& b, const Value& ex, bool wantValue) {
  const interp::Syms& s = S();
  switch (ex.tag()) {
    case Tag::Symbol: return lowerSymbol(b, ex.asSymbol());
    case Tag::Object: break;
    default: return constNode(b, ex);
  }
  switch (ex.obj()->kind()) {
    case ObjKind::Expr: break;
    case ObjKind::QuoteNode: return constNode(b, ex.as<jl::QuoteNodeObj>().value);
    case ObjKind::LineNumberNode: {
      auto& l = ex.as<jl::LineNumberNodeObj>();
      b.line = static_cast<int>(l.line);
      if (l.file.isSymbol() && l.file.asSymbol().str() != "none") b.file = l.file.asSymbol().str();
      auto n = mk(b, Op::Line, T.Nothing);
      return n;
    }
    case ObjKind::GlobalRef: {
      auto& g = ex.as<interp::GlobalRefObj>();
      return lowerGlobal(b, g.mod, g.name);
    }
    default: return constNode(b, ex);
  }
  const ExprObj& e = E(ex);
  Symbol h = e.head;
  if (h == s.call) return lowerCall(b, e);
  if (h == s.block) return lowerBlockBody(b, ex, wantValue);
  if (h == s.assign) {
    const Value& lhs = e.args[0];
    if (isHead(lhs, s.call) && E(lhs).args[0].isSymbol()) return lowerLocalFunction(b, ex, lhs, e.args[1]);
    if (isHead(lhs, s.call) || isHead(lhs, s.where) || (isHead(lhs, s.dcolon) && isHead(E(lhs).args[0], s.call)))
      fail(b, diag::Kind::UnsupportedConstruct, "closures are not supported by the compiler yet (local function " +
                                                    syntax::show(lhs) + ")");
    NodePtr rhs = lower(b, e.args[1], true);
    return lowerAssign(b, lhs, std::move(rhs), wantValue);
  }
  if (h == s.if_ || h == s.elseif) return lowerIf(b, e, wantValue);
  if (h == s.and_ || h == s.or_) {
    NodePtr l = checkCondition(b, lower(b, e.args[0], true), h == s.and_ ? "&&" : "||");
    if (isBottomType(l->type)) return l;
    if (l->op == Op::Const && l->value.isBool()) {
      // constant left side: `true && x` is x, `false || x` is x
      if ((h == s.and_) == l->value.asBool()) return lower(b, e.args[1], wantValue);
      return l;
    }
    NodePtr r = lower(b, e.args[1], wantValue);
    auto n = mk(b, h == s.and_ ? Op::And : Op::Or, T.Bool);
    bool rBool = sameType(r->type, T.Bool) || isBottomType(r->type);
    if (!rBool) {
      if (wantValue)
        fail(b, diag::Kind::UnionTypedVariable,
             std::string("the value of this ") + (h == s.and_ ? "&&" : "||") + " has a non-concrete type: inferred " +
                 showType(T.unionOf({T.Bool, r->type})),
             "annotate the type or run the program with `jlcc run`");
      n->type = T.Nothing;
    }
    n->kids.push_back(std::move(l));
    n->kids.push_back(std::move(r));
    return n;
  }
  if (h == s.for_) return lowerFor(b, e);
  if (h == s.while_) return lowerWhile(b, e);
  if (h == s.return_) {
    if (b.isMain) fail(b, diag::Kind::UnsupportedConstruct, "`return` outside a function");
    NodePtr v = e.args.empty() || e.args[0].isNothing() ? constNode(b, Value()) : lower(b, e.args[0], true);
    if (!isBottomType(v->type)) {
      b.returnTypes.push_back(v->type);
      b.returnLines.push_back(b.line);
    }
    auto n = mk(b, Op::Return, T.Bottom);
    n->kids.push_back(std::move(v));
    return n;
  }
  if (h == s.break_ || h == s.continue_) {
    if (b.loopDepth == 0) fail(b, diag::Kind::UnsupportedConstruct, "break or continue outside a loop");
    return mk(b, h == s.break_ ? Op::Break : Op::Continue, T.Bottom);
  }
  if (h == s.try_) return lowerTry(b, e, wantValue);
  if (h == s.let) return lowerLet(b, e, wantValue);
  if (h == s.local) return lowerLocal(b, e);
  if (h == s.global) {
    NodePtr last = mk(b, Op::Block, T.Nothing);
    for (const Value& it : e.args) {
      Value name = isHead(it, s.assign) ? E(it).args[0] : it;
      if (isHead(name, s.dcolon)) name = E(name).args[0];
      bool update = it.isExpr() && !isHead(it, s.assign) && E(it).args.size() == 2 && E(it).head.str().size() >= 2 &&
                    E(it).head.str().back() == '=';
      if (update) name = E(it).args[0];
      if (name.isSymbol()) b.scope->globals.push_back(name.asSymbol().id());
      if (isHead(it, s.assign)) last->kids.push_back(lowerAssign(b, E(it).args[0], lower(b, E(it).args[1], true), false));
      else if (update) last->kids.push_back(lowerUpdate(b, E(it)));
    }
    return last;
  }
  if (h == s.toplevel) {
    if (!b.isMain) fail(b, diag::Kind::UnsupportedConstruct, "`toplevel` expressions inside a function");
    auto blk = mk(b, Op::Block, T.Nothing);
    Scope* saved = b.scope;
    for (const Value& a : e.args) {
      if (a.isObject(ObjKind::LineNumberNode)) {
        blk->kids.push_back(lower(b, a, false));
        continue;
      }
      Scope thunk;
      thunk.toplevelThunk = true;
      b.scope = &thunk;
      try {
        blk->kids.push_back(lower(b, a, false));
      } catch (...) {
        b.scope = saved;
        throw;
      }
      b.scope = saved;
    }
    return blk;
  }
  if (h == s.quote || h == s.copyast || h == s.inert) {
    // A quoted expression without interpolation is a constant (usable where it folds at build time).
    std::function<bool(const Value&)> interpolates = [&](const Value& x) -> bool {
      if (isHead(x, s.dollar)) return true;
      if (!x.isExpr()) return false;
      for (const Value& k : E(x).args)
        if (interpolates(k)) return true;
      return false;
    };
    Value q = e.args[0];
    if (h == s.copyast && isHead(q, s.inert)) q = E(q).args[0];
    if (!(h == s.copyast && !isHead(e.args[0], s.inert)) && !interpolates(q)) return constNode(b, interp::copyAst(q));
  }
  if (h == s.curly) {
    auto v = staticValue(b, ex);
    if (!v) fail(b, diag::Kind::UnsupportedConstruct, "the type " + syntax::show(ex) + " is not a build-time constant");
    return constNode(b, *v);
  }
  if (h == s.const_) fail(b, diag::Kind::UnsupportedConstruct, "`const` declarations are evaluated at build time only");
  if (h == s.tuple) return lowerTuple(b, e.args, 0);
  if (h == s.vect) {
    std::vector<NodePtr> args;
    lowerArgs(b, e.args, 0, args);
    return callValue(b, functionValueOfBase("vect"), std::move(args), "vect");
  }
  if (h == s.string) {
    std::vector<NodePtr> args;
    lowerArgs(b, e.args, 0, args);
    return callValue(b, functionValueOfBase("string"), std::move(args), "string");
  }
  if (h == s.ref) return lowerRef(b, e);
  if (h == s.hcat || h == s.vcat) return lowerConcat(*this, b, e);  // [a b; c d] (lower_arrays.cpp)
  if (h == s.dot) return lowerDot(b, e);
  if (h == s.comparison) return lowerComparison(b, e);
  if (h == s.dcolon && e.args.size() == 2) {
    NodePtr v = lower(b, e.args[0], true);
    auto t = staticValue(b, e.args[1]);
    if (!t || !interp::isType(*t)) fail(b, diag::Kind::UnsupportedConstruct, "type assertion with a non-constant type");
    if (!isBottomType(v->type) && !T.isSubtype(v->type, *t))
      fail(b, diag::Kind::TypeMismatch, "type assertion fails: a value of type " + showType(v->type) + " is not a " +
                                            showType(*t));
    return v;
  }
  if (h == s.arrow) return lowerLambda(b, ex);
  if (h.str() == "do" && e.args.size() == 2 && isHead(e.args[0], s.call) && isHead(e.args[1], s.arrow)) {
    // `f(args) do x ... end` is `f(x -> ..., args)`
    auto it = P.localFunctions.find(ex.obj());
    Value call;
    if (it != P.localFunctions.end()) {
      call = it->second;
    } else {
      std::vector<Value> cargs = E(e.args[0]).args;
      size_t at = 1;
      if (cargs.size() > 1 && isHead(cargs[1], s.parameters)) at = 2;
      cargs.insert(cargs.begin() + static_cast<long>(std::min(at, cargs.size())), e.args[1]);
      call = jl::makeExpr(s.call, std::move(cargs));
      P.localFunctions[ex.obj()] = call;
    }
    return lowerCall(b, E(call));
  }
  if (h == s.inbounds && e.args.size() == 1) {  // (inbounds true|false) ... (inbounds pop), from @inbounds
    if (e.args[0].isSymbol() && e.args[0].asSymbol().str() == "pop") {
      if (!b.inbounds.empty()) b.inbounds.pop_back();
    } else {
      b.inbounds.push_back(e.args[0].isBool() && e.args[0].asBool());
    }
    return mk(b, Op::Block, T.Nothing);
  }
  if (h == s.meta || h == s.inbounds || h == s.loopinfo || h == s.line) return mk(b, Op::Block, T.Nothing);
  if (h == s.boundscheck) return constNode(b, Value::boolean(true));
  if (h == s.generated) return constNode(b, Value::boolean(false));
  if (h == s.escape || h == s.hygienic_scope) return lower(b, e.args[0], wantValue);
  if (h.str().size() >= 2 && h.str().back() == '=' && h != s.assign && h.str() != "==" && h.str() != "<=" &&
      h.str() != ">=" && h.str() != "!=")
    return lowerUpdate(b, e);
  if (h == s.function && e.args.size() == 2 && isHead(e.args[0], s.call) && E(e.args[0]).args[0].isSymbol())
    return lowerLocalFunction(b, ex, e.args[0], e.args[1]);
  if (h == s.function || h == s.macro || h == s.struct_ || h == s.abstract || h == s.module)
    fail(b, diag::Kind::UnsupportedConstruct,
         h == s.function ? "closures are not supported by the compiler yet (local function definition)"
                         : "definitions are only allowed at top level (evaluated at build time)");
  if (h == s.quote || h == s.copyast || h == s.dollar)
    fail(b, diag::Kind::NeedsInterpreter, "building expressions (quote) at run time is not supported in compiled code",
         kNotCompiledHint);
  if (h == s.objmode) fail(b, diag::Kind::UnsupportedConstruct, "@objmode blocks are not supported by the compiler yet");
  if (h.str() == ".=" || h == s.dotassign)
    fail(b, diag::Kind::UnsupportedConstruct, "broadcasting is not supported in compiled code yet",
         kNotCompiledHint);
  if (isComprehensionExpr(ex)) return lowerComprehension(*this, b, e);
  if ((h.str() == "<:" || h.str() == ">:") && e.args.size() == 2) {  // `A <: B` of build-time types
    auto l = staticValue(b, e.args[0]), r = staticValue(b, e.args[1]);
    if (l && r && interp::isType(*l) && interp::isType(*r))
      return constNode(b, Value::boolean(h.str() == "<:" ? T.isSubtype(*l, *r) : T.isSubtype(*r, *l)));
  }
  if (h == s.isdefined && e.args.size() == 1 && e.args[0].isSymbol()) {
    // @isdefined(x), decided at build time: a local not assigned yet (outside loops) is not;
    // a name that is no local is a global defined at build time or by no statement so far.
    Symbol v = e.args[0].asSymbol();
    int slot = -1;
    bool global = false;
    for (Scope* sc = b.scope; sc && slot < 0 && !global; sc = sc->parent) {
      global = std::find(sc->globals.begin(), sc->globals.end(), v.id()) != sc->globals.end();
      if (!global) slot = sc->find(v);
    }
    if (slot >= 0 && isBottomType(b.slotTypes[slot]) && b.loopDepth == 0) return constNode(b, Value::boolean(false));
    if (slot < 0 && !globalIndex.count({b.module, v.id()}) && !interpreterGlobals.count({b.module, v.id()}))
      return constNode(b, Value::boolean(in.impl().findBinding(b.module, v) != nullptr));
    fail(b, diag::Kind::UnsupportedConstruct, "@isdefined(" + v.str() + ") is decided only at run time here",
         kNotCompiledHint);
  }
  fail(b, diag::Kind::UnsupportedConstruct,
       "`" + h.str() + "` expressions are not supported in compiled code yet: " + syntax::show(ex),
       kNotCompiledHint);
}

// ---------------------------------------------------------------------------------------
// Variables.
NodePtr Inferencer::lowerSymbol(Body& b, Symbol s) {
  for (Scope* sc = b.scope; sc; sc = sc->parent) {
    int slot = sc->find(s);
    if (slot >= 0) {
      if (b.slotLine[slot] == 0 && isBottomType(b.slotTypes[slot]))
        fail(b, diag::Kind::UndefinedVariable, "local variable `" + s.str() + "` is used before it is assigned");
      auto n = mk(b, Op::LocalGet, b.slotTypes[slot]);
      n->slot = slot;
      return n;
    }
    if (std::find(sc->globals.begin(), sc->globals.end(), s.id()) != sc->globals.end()) break;
  }
  for (auto& [id, v] : b.sparams)
    if (id == s.id()) return constNode(b, v);
  return lowerGlobal(b, b.module, s);
}

NodePtr Inferencer::lowerGlobal(Body& b, ModuleObj* m, Symbol s) {
  if (poisoned.count({m, s.id()})) {  // its assignment already failed: reported there
    if (!poisonedDynamic.count({m, s.id()}) && currentStatement >= 0)
      outcomes[static_cast<size_t>(currentStatement)].onlyDynamic = false;
    throw BuildError{};
  }
  if (auto ig = interpreterGlobals.find({m, s.id()}); ig != interpreterGlobals.end())
    fail(b, diag::Kind::NeedsInterpreter,
         "`" + s.str() + "` is a global of the embedded interpreter" +
             (ig->second > 0 ? " (assigned by the interpreted statement at line " + std::to_string(ig->second) + ")" : ""),
         "statements that use it run in the interpreter too");
  if (auto c = constGlobals.find({m, s.id()}); c != constGlobals.end()) return constNode(b, c->second);
  auto it = globalIndex.find({m, s.id()});
  if (it != globalIndex.end()) {
    auto n = mk(b, Op::GlobalGet, program->globals[it->second].type);
    n->slot = it->second;
    return n;
  }
  if (interp::Binding* bd = in.impl().findBinding(m, s); bd && bd->defined) {
    if (bd->value.obj() && bd->value.obj() == in.impl().globalValue(in.base, Symbol("ARGS")).obj()) {
      auto args = mk(b, Op::Builtin, T.arrayType(T.String, 1));  // the run-time ARGS, not the build's
      args->name = "program_args";
      return args;
    }
    return constNode(b, bd->value);
  }
  if (mixed)  // eval at run time may define it
    fail(b, diag::Kind::NeedsInterpreter, "`" + s.str() + "` is not defined in module " + m->fullName() +
                                              " at build time; an interpreted statement may define it");
  fail(b, diag::Kind::UndefinedVariable, "`" + s.str() + "` is not defined in module " + m->fullName() +
                                             " (or not assigned before this point of the program)");
}

NodePtr Inferencer::assignSymbol(Body& b, Symbol s, NodePtr rhs, const TypeRef& declared) {
  if (!declared.isNothing()) rhs = convertTo(b, std::move(rhs), declared, "assignment to " + s.str());
  int slot = -1;
  bool global = false;
  for (Scope* sc = b.scope; sc; sc = sc->parent) {
    if (std::find(sc->globals.begin(), sc->globals.end(), s.id()) != sc->globals.end()) {
      global = true;
      break;
    }
    slot = sc->find(s);
    if (slot >= 0) break;
  }
  if (!global && slot < 0) {
    if (!b.scope || b.scope->toplevelThunk) global = true;
    else slot = declare(b, *b.scope, s);
  }
  TypeRef t = rhs->type;
  if (global) {
    ModuleObj* m = b.module;
    auto key = std::make_pair(static_cast<const ModuleObj*>(m), s.id());
    auto it = globalIndex.find(key);
    if (auto ig = interpreterGlobals.find(key); ig != interpreterGlobals.end())
      fail(b, diag::Kind::NeedsInterpreter, "`" + s.str() + "` is a global of the embedded interpreter",
           "statements that use it run in the interpreter too");
    if (constGlobals.count(key))
      fail(b, diag::Kind::UnsupportedConstruct,
           "global `" + s.str() + "` holds a build-time constant of type " + showType(T.typeOf(constGlobals[key])) +
               " and cannot be assigned again in compiled code",
           kNotCompiledHint);
    if (it == globalIndex.end()) {
      if (interp::Binding* bd = m->find(s); bd && bd->defined && bd->isConst)
        fail(b, diag::Kind::UnsupportedConstruct, "cannot assign to the constant " + m->fullName() + "." + s.str());
      if (isBottomType(t)) return rhs;
      if (!isRepresentable(T, t) && rhs->op == Op::Const && b.isMain && b.loopDepth == 0) {
        // e.g. `ex = Meta.parse("...")`, folded at build time: the global is a constant
        constGlobals[key] = rhs->value;
        if (E(b.source).head.str() == "=") b.alsoInterpret = true;
        return mk(b, Op::Block, T.Nothing);
      }
      if (!isRepresentable(T, t))
        fail(b, unsupportedCallKind("", {t}, diag::Kind::UnsupportedConstruct),
             "global `" + s.str() + "` would hold a value of type " + showType(t) + ", which compiled code cannot represent",
             kNotCompiledHint);
      ir::Global g;
      g.name = s.str();
      g.module = m->fullName();
      g.type = t;
      program->globals.push_back(g);
      globalLine.push_back(b.line);
      it = globalIndex.emplace(key, static_cast<int>(program->globals.size()) - 1).first;
    } else if (!isBottomType(t) && !sameType(program->globals[it->second].type, t)) {
      fail(b, diag::Kind::UnionTypedVariable,
           "global `" + s.str() + "` is assigned values of different types: " +
               showType(program->globals[it->second].type) + " (line " + std::to_string(globalLine[it->second]) +
               ") and " + showType(t) + " here; inferred " +
               showType(T.unionOf({program->globals[it->second].type, t})),
           "annotate the type or run the program with `jlcc run`");
    }
    auto n = mk(b, Op::GlobalSet, program->globals[it->second].type);
    n->slot = it->second;
    n->kids.push_back(std::move(rhs));
    return n;
  }
  if (!isBottomType(t)) {
    if (isBottomType(b.slotTypes[slot])) {
      b.slotTypes[slot] = t;
      b.slotLine[slot] = b.line ? b.line : 1;
    } else if (!sameType(b.slotTypes[slot], t)) {
      fail(b, diag::Kind::UnionTypedVariable,
           "variable `" + s.str() + "` is assigned values of different types: " + showType(b.slotTypes[slot]) +
               " (line " + std::to_string(b.slotLine[slot]) + ") and " + showType(t) + " here; inferred " +
               showType(T.unionOf({b.slotTypes[slot], t})),
           "annotate the type or run the program with `jlcc run`");
    }
  } else if (b.slotLine[slot] == 0) {
    b.slotLine[slot] = -1;  // assigned, but only by code that never returns (so far)
  }
  auto n = mk(b, Op::LocalSet, t);
  n->slot = slot;
  n->kids.push_back(std::move(rhs));
  return n;
}

NodePtr Inferencer::lowerAssign(Body& b, const Value& lhs, NodePtr rhs, bool wantValue) {
  const interp::Syms& s = S();
  if (lhs.isSymbol()) return assignSymbol(b, lhs.asSymbol(), std::move(rhs), Value());
  if (lhs.isObject(ObjKind::GlobalRef)) {
    auto& g = lhs.as<interp::GlobalRefObj>();
    ModuleObj* saved = b.module;
    Scope* savedScope = b.scope;
    Scope none;
    none.toplevelThunk = true;
    b.module = g.mod;
    b.scope = &none;
    NodePtr n;
    try {
      n = assignSymbol(b, g.name, std::move(rhs), Value());
    } catch (...) {
      b.module = saved;
      b.scope = savedScope;
      throw;
    }
    b.module = saved;
    b.scope = savedScope;
    return n;
  }
  if (!lhs.isExpr()) fail(b, diag::Kind::UnsupportedConstruct, "invalid assignment location " + syntax::show(lhs));
  const ExprObj& l = E(lhs);
  if (l.head == s.dcolon && l.args.size() == 2) {
    auto t = staticValue(b, l.args[1]);
    if (!t || !interp::isType(*t)) fail(b, diag::Kind::UnsupportedConstruct, "type declaration with a non-constant type");
    if (l.args[0].isSymbol()) {
      Symbol name = l.args[0].asSymbol();
      if (b.scope && !b.scope->toplevelThunk && b.scope->find(name) < 0) {
        bool found = false;
        for (Scope* sc = b.scope; sc && !found; sc = sc->parent) found = sc->find(name) >= 0;
        if (!found) declare(b, *b.scope, name);
      }
      return assignSymbol(b, name, std::move(rhs), *t);
    }
    return lowerAssign(b, l.args[0], convertTo(b, std::move(rhs), *t, "typed assignment"), wantValue);
  }
  if (l.head == s.tuple) {
    if (isBottomType(rhs->type)) return rhs;
    if (!interp::isType(rhs->type, TypeKind::DataType) || !T.isTupleType(rhs->type))
      fail(b, diag::Kind::UnsupportedConstruct,
           "destructuring a value of type " + showType(rhs->type) + " is not supported in compiled code yet (only tuples)");
    const auto& ps = rhs->type.as<DataTypeObj>().params;
    std::vector<NodePtr> pre;
    NodePtr first = std::move(rhs);
    NodePtr src = stash(b, first, pre);
    auto blk = mk(b, Op::Block, Value());
    for (auto& p : pre) blk->kids.push_back(std::move(p));
    for (size_t i = 0; i < l.args.size(); ++i) {
      if (isHead(l.args[i], s.splat)) {
        auto tup = mk(b, Op::Tuple, Value());
        std::vector<Value> ts;
        for (size_t j = i; j < ps.size(); ++j) {
          auto g = mk(b, Op::TupleGet, ps[j]);
          g->slot = static_cast<int>(j);
          g->kids.push_back(clonePure(b, *src));
          tup->kids.push_back(std::move(g));
          ts.push_back(ps[j]);
        }
        tup->type = T.tupleType(ts);
        blk->kids.push_back(lowerAssign(b, E(l.args[i]).args[0], std::move(tup), false));
        break;
      }
      if (i >= ps.size())
        fail(b, diag::Kind::TypeMismatch, "cannot destructure a " + showType(T.tupleType(ps)) + " into " +
                                              std::to_string(l.args.size()) + " variables (BoundsError at run time)");
      auto g = mk(b, Op::TupleGet, ps[i]);
      g->slot = static_cast<int>(i);
      g->kids.push_back(clonePure(b, *src));
      blk->kids.push_back(lowerAssign(b, l.args[i], std::move(g), false));
    }
    blk->kids.push_back(std::move(first));
    blk->type = blk->kids.back()->type;
    return blk;
  }
  if (l.head == s.ref) {
    std::vector<NodePtr> pre;
    NodePtr a = lower(b, l.args[0], true);
    NodePtr v = std::move(rhs);
    NodePtr vread;
    if (wantValue) vread = stash(b, v, pre);
    std::vector<NodePtr> args;
    args.push_back(std::move(a));
    args.push_back(std::move(v));
    std::vector<NodePtr> idx;
    lowerIndices(*this, b, l.args, args[0], idx, pre);  // `end` inside (lower_arrays.cpp)
    for (auto& i : idx) args.push_back(std::move(i));
    NodePtr call = callValue(b, functionValueOfBase("setindex!"), std::move(args), "setindex!");
    if (!wantValue) return wrapPre(*this, b, std::move(pre), std::move(call));
    pre.push_back(std::move(call));
    return wrapPre(*this, b, std::move(pre), std::move(vread));
  }
  if (l.head == s.dot) {
    if (auto mv = staticValue(b, l.args[0]); mv && mv->isObject(ObjKind::Module)) {
      Value name = l.args[1].isObject(ObjKind::QuoteNode) ? l.args[1].as<jl::QuoteNodeObj>().value : l.args[1];
      Value ref = Value::object(new interp::GlobalRefObj(const_cast<ModuleObj*>(&mv->as<ModuleObj>()), name.asSymbol()));
      return lowerAssign(b, ref, std::move(rhs), wantValue);
    }
    NodePtr obj = lower(b, l.args[0], true);
    Value name = l.args[1].isObject(ObjKind::QuoteNode) ? l.args[1].as<jl::QuoteNodeObj>().value : l.args[1];
    return assignField(b, std::move(obj), name, std::move(rhs), wantValue);
  }
  fail(b, diag::Kind::UnsupportedConstruct, "invalid assignment location " + syntax::show(lhs));
}

NodePtr Inferencer::assignField(Body& b, NodePtr obj, const Value& name, NodePtr rhs, bool wantValue) {
  if (isBottomType(obj->type)) return obj;
  if (isBottomType(rhs->type)) return rhs;
  if (!interp::isType(obj->type, TypeKind::DataType) || !name.isSymbol())
    fail(b, diag::Kind::UnsupportedConstruct, "field assignment on a value of type " + showType(obj->type));
  auto& dt = obj->type.as<DataTypeObj>();
  auto names = T.fieldNames(obj->type);
  int idx = -1;
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name.asSymbol()) idx = static_cast<int>(i);
  if (idx < 0) fail(b, diag::Kind::TypeMismatch, "type " + showType(obj->type) + " has no field " + name.asSymbol().str());
  if (!dt.tname->isMutable)
    fail(b, diag::Kind::TypeMismatch, "setfield!: immutable struct of type " + showType(obj->type) + " cannot be changed");
  NodePtr v = convertTo(b, std::move(rhs), dt.fieldTypes[idx], "field " + name.asSymbol().str());
  std::vector<NodePtr> pre;
  NodePtr vread;
  if (wantValue) vread = stash(b, v, pre);
  auto n = mk(b, Op::SetField, T.Nothing);
  n->slot = idx;
  n->kids.push_back(std::move(obj));
  n->kids.push_back(std::move(v));
  if (!wantValue) return wrapPre(*this, b, std::move(pre), std::move(n));
  pre.push_back(std::move(n));
  return wrapPre(*this, b, std::move(pre), std::move(vread));
}

NodePtr Inferencer::lowerUpdate(Body& b, const ExprObj& e) {
  std::string op = e.head.str().substr(0, e.head.str().size() - 1);
  if (!op.empty() && op[0] == '.')
    fail(b, diag::Kind::UnsupportedConstruct, "broadcasting is not supported in compiled code yet",
         kNotCompiledHint);
  if (op == "⊻") op = "xor";
  Value f = functionValueOfBase(op.c_str());
  const Value& lhs = e.args[0];
  if (isHead(lhs, S().ref)) {
    const ExprObj& l = E(lhs);
    std::vector<NodePtr> pre;
    NodePtr a = lower(b, l.args[0], true);
    NodePtr a2 = stash(b, a, pre);
    std::vector<NodePtr> idx;
    lowerArgs(b, l.args, 1, idx);
    std::vector<NodePtr> idx2;
    for (auto& i : idx) idx2.push_back(stash(b, i, pre));
    std::vector<NodePtr> gargs;
    gargs.push_back(std::move(a));
    for (auto& i : idx) gargs.push_back(std::move(i));
    NodePtr old = callValue(b, functionValueOfBase("getindex"), std::move(gargs), "getindex");
    std::vector<NodePtr> oargs;
    oargs.push_back(std::move(old));
    oargs.push_back(lower(b, e.args[1], true));
    NodePtr nv = callValue(b, f, std::move(oargs), op);
    std::vector<NodePtr> sargs;
    sargs.push_back(std::move(a2));
    sargs.push_back(std::move(nv));
    for (auto& i : idx2) sargs.push_back(std::move(i));
    NodePtr set = callValue(b, functionValueOfBase("setindex!"), std::move(sargs), "setindex!");
    return wrapPre(*this, b, std::move(pre), std::move(set));
  }
  if (isHead(lhs, S().dot) && !(staticValue(b, E(lhs).args[0]) && staticValue(b, E(lhs).args[0])->isObject(ObjKind::Module))) {
    std::vector<NodePtr> pre;
    NodePtr obj = lower(b, E(lhs).args[0], true);
    NodePtr objRead = stash(b, obj, pre);
    Value name = E(lhs).args[1].isObject(ObjKind::QuoteNode) ? E(lhs).args[1].as<jl::QuoteNodeObj>().value : E(lhs).args[1];
    std::vector<NodePtr> gargs;
    gargs.push_back(std::move(obj));
    gargs.push_back(constNode(b, name));
    NodePtr old = callValue(b, functionValueOfBase("getproperty"), std::move(gargs), "getproperty");
    std::vector<NodePtr> oargs;
    oargs.push_back(std::move(old));
    oargs.push_back(lower(b, e.args[1], true));
    NodePtr nv = callValue(b, f, std::move(oargs), op);
    return wrapPre(*this, b, std::move(pre), assignField(b, std::move(objRead), name, std::move(nv), true));
  }
  std::vector<NodePtr> oargs;
  oargs.push_back(lower(b, lhs, true));
  oargs.push_back(lower(b, e.args[1], true));
  NodePtr nv = callValue(b, f, std::move(oargs), op);
  return lowerAssign(b, lhs, std::move(nv), true);
}

NodePtr Inferencer::lowerLocal(Body& b, const ExprObj& e) {
  const interp::Syms& s = S();
  auto blk = mk(b, Op::Block, T.Nothing);
  for (const Value& it : e.args) {
    if (it.isSymbol()) {
      declare(b, *b.scope, it.asSymbol());
      continue;
    }
    if (isHead(it, s.assign)) {
      const Value& target = E(it).args[0];
      NodePtr v = lower(b, E(it).args[1], true);
      Value name = isHead(target, s.dcolon) ? E(target).args[0] : target;
      if (name.isSymbol()) declare(b, *b.scope, name.asSymbol());
      else if (isHead(name, s.tuple))
        for (const Value& n : E(name).args)
          if (n.isSymbol()) declare(b, *b.scope, n.asSymbol());
      blk->kids.push_back(lowerAssign(b, target, std::move(v), true));
      blk->type = blk->kids.back()->type;
      continue;
    }
    if (isHead(it, s.dcolon) && E(it).args[0].isSymbol()) {
      declare(b, *b.scope, E(it).args[0].asSymbol());
      continue;
    }
    if (isHead(it, s.tuple)) {
      for (const Value& n : E(it).args)
        if (n.isSymbol()) declare(b, *b.scope, n.asSymbol());
      continue;
    }
    fail(b, diag::Kind::UnsupportedConstruct, "invalid local declaration " + syntax::show(it));
  }
  return blk;
}

// ---------------------------------------------------------------------------------------
// Control flow.
NodePtr Inferencer::lowerIf(Body& b, const ExprObj& e, bool wantValue) {
  Value condEx = e.args[0];
  if (isHead(condEx, S().generated)) {
    if (!b.method) return e.args.size() > 2 ? lowerBlockBody(b, e.args[2], wantValue) : mk(b, Op::Block, T.Nothing);
    Value gen = generatorResult(b, *b.method, e.args[1], b.mi->argTypes, b.mi->sparamValues);
    b.mi->fromGenerator = true;
    bool saved = b.generatedCode;
    b.generatedCode = true;
    NodePtr n = lowerBlockBody(b, gen, wantValue);
    b.generatedCode = saved;
    return n;
  }
  while (isHead(condEx, S().block)) {  // (elseif (block LNN cond) ...)
    const auto& a = E(condEx).args;
    Value last;
    for (const Value& x : a) {
      if (x.isObject(ObjKind::LineNumberNode)) lower(b, x, false);
      else last = x;
    }
    condEx = last;
  }
  NodePtr c = checkCondition(b, lower(b, condEx, true), "if");
  if (isBottomType(c->type)) return c;
  auto lowerElse = [&]() -> NodePtr {
    if (e.args.size() < 3) {
      auto n = mk(b, Op::Block, T.Nothing);
      return n;
    }
    const Value& alt = e.args[2];
    if (isHead(alt, S().elseif)) return lowerIf(b, E(alt), wantValue);
    return lowerBlockBody(b, alt, wantValue);
  };
  if (c->op == Op::Const && c->value.isBool()) {  // statically decided (isa, ===, constants)
    if (c->value.asBool()) return lowerBlockBody(b, e.args[1], wantValue);
    return lowerElse();
  }
  NodePtr th = lowerBlockBody(b, e.args[1], wantValue);
  NodePtr el = lowerElse();
  auto n = mk(b, Op::If, T.Nothing);
  std::vector<const Node*> br{th.get(), el.get()};
  n->kids.push_back(std::move(c));
  n->kids.push_back(std::move(th));
  n->kids.push_back(std::move(el));
  return joinBranches(b, std::move(n), br, wantValue, "`if`");
}

NodePtr Inferencer::lowerWhile(Body& b, const ExprObj& e) {
  NodePtr c = checkCondition(b, lower(b, e.args[0], true), "while");
  Scope body;
  body.parent = b.scope;
  b.scope = &body;
  ++b.loopDepth;
  NodePtr bd;
  try {
    bd = lowerBlockBody(b, e.args[1], false);
  } catch (...) {
    b.scope = body.parent;
    --b.loopDepth;
    throw;
  }
  b.scope = body.parent;
  --b.loopDepth;
  auto n = mk(b, Op::While, T.Nothing);
  bool infinite = c->op == Op::Const && c->value.isBool() && c->value.asBool();
  n->kids.push_back(std::move(c));
  n->kids.push_back(std::move(bd));
  if (infinite) {
    // `while true` ends only through break/return/throw: only a `break` makes it complete.
    std::function<bool(const Node&, int)> hasBreak = [&](const Node& x, int depth) -> bool {
      if (x.op == Op::Break && depth == 0) return true;
      bool loop = x.op == Op::While || x.op == Op::ForRange || x.op == Op::ForStepRange || x.op == Op::ForEach;
      for (auto& k : x.kids)
        if (k && hasBreak(*k, depth + (loop ? 1 : 0))) return true;
      return false;
    };
    if (!hasBreak(*n->kids[1], 0)) n->type = T.Bottom;
  }
  return n;
}

NodePtr Inferencer::lowerFor(Body& b, const ExprObj& e) {
  std::vector<Value> specs;
  if (isHead(e.args[0], S().block)) {
    for (const Value& s : E(e.args[0]).args)
      if (s.isExpr()) specs.push_back(s);
  } else {
    specs.push_back(e.args[0]);
  }
  return lowerForSpec(b, specs, 0, e.args[1]);
}

NodePtr Inferencer::lowerForSpec(Body& b, const std::vector<Value>& specs, size_t k, const Value& bodyEx) {
  const ExprObj& spec = E(specs[k]);
  const Value& var = spec.args[0];
  const Value& iterEx = spec.args[1];
  std::vector<NodePtr> pre;
  std::vector<NodePtr> bounds;  // range bounds (lo, hi) or (lo, step, hi)
  NodePtr iterable;
  TypeRef elemType;
  Op op = Op::ForEach;
  auto isColon = [&](const Value& ex, size_t nargs) {
    if (!isHead(ex, S().call) || E(ex).args.size() != nargs + 1) return false;
    auto f = staticValue(b, E(ex).args[0]);
    return f && f->isObject(ObjKind::Function) && f->as<FunctionObj>().name.str() == ":";
  };
  auto intBound = [&](NodePtr n) -> NodePtr {
    if (isBottomType(n->type)) return n;
    if (!isIntegerType(T, n->type))
      fail(b, diag::Kind::UnsupportedConstruct, "ranges of " + showType(n->type) +
                                                    " are not supported in compiled loops yet (only integer ranges)");
    return convertTo(b, std::move(n), T.Int64, "range bound");
  };
  if (isColon(iterEx, 2) || isColon(iterEx, 3)) {
    const auto& a = E(iterEx).args;
    for (size_t i = 1; i < a.size(); ++i) bounds.push_back(intBound(lower(b, a[i], true)));
    op = bounds.size() == 2 ? Op::ForRange : Op::ForStepRange;
    elemType = T.Int64;
  } else {
    iterable = lower(b, iterEx, true);
    TypeRef t = iterable->type;
    if (isBottomType(t)) return iterable;
    const DataTypeObj* d = interp::isType(t, TypeKind::DataType) ? &t.as<DataTypeObj>() : nullptr;
    std::string tn = d ? d->tname->name.str() : "";
    if (d && (tn == "UnitRange" || tn == "OneTo" || tn == "StepRange") && !d->params.empty() &&
        sameType(d->params[0], T.Int64)) {
      NodePtr src = stash(b, iterable, pre);
      auto field = [&](int i) {
        auto g = mk(b, Op::GetField, T.Int64);
        g->slot = i;
        g->kids.push_back(clonePure(b, *src));
        return g;
      };
      if (tn == "OneTo") {
        bounds.push_back(constNode(b, Value::int64(1)));
        bounds.push_back(field(0));
        op = Op::ForRange;
      } else if (tn == "UnitRange") {
        bounds.push_back(field(0));
        bounds.push_back(field(1));
        op = Op::ForRange;
      } else {
        bounds.push_back(field(0));
        bounds.push_back(field(1));
        bounds.push_back(field(2));
        op = Op::ForStepRange;
      }
      elemType = T.Int64;
    } else if (d && T.isTupleType(t)) {
      if (d->params.empty()) return wrapPre(*this, b, std::move(pre), mk(b, Op::Block, T.Nothing));
      if (NodePtr u = unrollTupleLoop(*this, b, specs, k, bodyEx, iterable, pre)) return u;  // lower_unroll.cpp
      for (auto& p : d->params)
        if (!sameType(p, d->params[0]))
          fail(b, diag::Kind::UnionTypedVariable,
               "the loop variable takes values of different types from " + showType(t),
               "annotate the type or run the program with `jlcc run`");
      elemType = d->params[0];
    } else if (TypeRef K, V; d && dictTypes(T, t, &K, &V)) {
      if (!isHead(var, S().tuple) || E(var).args.size() != 2)
        fail(b, diag::Kind::UnsupportedConstruct,
             "iterating over a " + showType(t) + " is supported in compiled code only as `for (k, v) in d`",
             "destructure the pair in the loop header");
      elemType = T.tupleType({K, V});
    } else if (TypeRef ae = arrayElem(T, t); !ae.isNothing()) {  // a Vector or Array, in memory order
      elemType = ae;
    } else {
      fail(b, diag::Kind::UnsupportedConstruct,
           "iterating over a " + showType(t) + " is not supported in compiled code yet",
           kNotCompiledHint);
    }
  }
  Scope scope;
  scope.parent = b.scope;
  b.scope = &scope;
  ++b.loopDepth;
  auto n = mk(b, op, T.Nothing);
  try {
    int slot;
    std::vector<NodePtr> destructure;
    if (var.isSymbol()) {
      slot = declare(b, scope, var.asSymbol());
      b.slotTypes[slot] = elemType;
      b.slotLine[slot] = b.line ? b.line : 1;
    } else {
      slot = newSlot(b, "#iter" + std::to_string(++b.tempCounter), elemType);
      b.slotLine[slot] = b.line ? b.line : 1;
      if (isHead(var, S().tuple))
        for (const Value& v : E(var).args)
          if (v.isSymbol()) declare(b, scope, v.asSymbol());
      auto get = mk(b, Op::LocalGet, elemType);
      get->slot = slot;
      destructure.push_back(lowerAssign(b, var, std::move(get), false));
    }
    n->slot = slot;
    NodePtr body;
    if (k + 1 < specs.size()) {
      body = lowerForSpec(b, specs, k + 1, bodyEx);
    } else {
      body = lowerBlockBody(b, bodyEx, false);
    }
    if (b.mi->locals[slot].boxed)  // a cell per iteration is not implemented (docs/compiler.md, "Closures")
      fail(b, diag::Kind::UnsupportedConstruct,
           "closures are not supported by the compiler yet (a closure captures the loop variable `" +
               b.mi->locals[slot].name + "`, which is reassigned)",
           "assign the loop variable to a new local inside the loop and capture that");
    if (!destructure.empty()) {
      auto blk = mk(b, Op::Block, T.Nothing);
      for (auto& d : destructure) blk->kids.push_back(std::move(d));
      blk->kids.push_back(std::move(body));
      body = std::move(blk);
    }
    if (op == Op::ForEach) n->kids.push_back(std::move(iterable));
    for (auto& bd : bounds) n->kids.push_back(std::move(bd));
    n->kids.push_back(std::move(body));
  } catch (...) {
    b.scope = scope.parent;
    --b.loopDepth;
    throw;
  }
  b.scope = scope.parent;
  --b.loopDepth;
  return wrapPre(*this, b, std::move(pre), std::move(n));
}

NodePtr Inferencer::lowerTry(Body& b, const ExprObj& e, bool wantValue) {
  const Value& var = e.args.size() > 1 ? e.args[1] : Value::boolean(false);
  Value catchBody = e.args.size() > 2 ? e.args[2] : Value::boolean(false);
  Value finallyBody = e.args.size() > 3 ? e.args[3] : Value::boolean(false);
  bool hasCatch = !(catchBody.isBool() && !catchBody.asBool());
  bool hasFinally = !(finallyBody.isBool() && !finallyBody.asBool());
  auto inScope = [&](const Value& ex, bool value, Symbol catchVar, int* slotOut) -> NodePtr {
    Scope sc;
    sc.parent = b.scope;
    b.scope = &sc;
    NodePtr r;
    try {
      if (!catchVar.empty()) {
        int slot = declare(b, sc, catchVar);
        b.slotTypes[slot] = T.Exception;
        b.slotLine[slot] = b.line ? b.line : 1;
        *slotOut = slot;
      }
      r = lowerBlockBody(b, ex, value);
    } catch (...) {
      b.scope = sc.parent;
      throw;
    }
    b.scope = sc.parent;
    return r;
  };
  int slot = -1;
  NodePtr tryN = inScope(e.args[0], wantValue, Symbol(), nullptr);
  NodePtr catchN = hasCatch ? inScope(catchBody, wantValue, var.isSymbol() ? var.asSymbol() : Symbol(), &slot)
                            : mk(b, Op::Block, T.Nothing);
  NodePtr finN = hasFinally ? inScope(finallyBody, false, Symbol(), nullptr) : mk(b, Op::Block, T.Nothing);
  auto n = mk(b, Op::TryCatch, T.Nothing);
  n->slot = hasCatch ? slot : -2;
  std::vector<const Node*> br{tryN.get()};
  if (hasCatch) br.push_back(catchN.get());
  n->kids.push_back(std::move(tryN));
  n->kids.push_back(std::move(catchN));
  n->kids.push_back(std::move(finN));
  n = joinBranches(b, std::move(n), br, wantValue, "`try`");
  if (!hasCatch && !isBottomType(n->kids[0]->type) && !wantValue) n->type = T.Nothing;
  return n;
}

NodePtr Inferencer::lowerLet(Body& b, const ExprObj& e, bool wantValue) {
  Scope sc;
  sc.parent = b.scope;
  std::vector<Value> bindings;
  const Value& bs = e.args[0];
  if (isHead(bs, S().block)) bindings = E(bs).args;
  else if (!bs.isNothing()) bindings.push_back(bs);
  auto blk = mk(b, Op::Block, T.Nothing);
  b.scope = &sc;
  try {
    for (const Value& bind : bindings) {
      if (bind.isSymbol()) {
        declare(b, sc, bind.asSymbol());
        continue;
      }
      if (isHead(bind, S().assign) && E(bind).args[0].isSymbol()) {
        NodePtr v = lower(b, E(bind).args[1], true);
        declare(b, sc, E(bind).args[0].asSymbol());
        blk->kids.push_back(assignSymbol(b, E(bind).args[0].asSymbol(), std::move(v), Value()));
        continue;
      }
      if (isHead(bind, S().assign) && isHead(E(bind).args[0], S().dcolon)) {
        NodePtr v = lower(b, E(bind).args[1], true);
        declare(b, sc, E(E(bind).args[0]).args[0].asSymbol());
        blk->kids.push_back(lowerAssign(b, E(bind).args[0], std::move(v), false));
        continue;
      }
      fail(b, diag::Kind::UnsupportedConstruct, "unsupported let binding " + syntax::show(bind));
    }
    blk->kids.push_back(lowerBlockBody(b, e.args[1], wantValue));
  } catch (...) {
    b.scope = sc.parent;
    throw;
  }
  b.scope = sc.parent;
  blk->type = blk->kids.back()->type;
  return blk;
}

// ---------------------------------------------------------------------------------------
// Values.
NodePtr Inferencer::lowerTuple(Body& b, const std::vector<Value>& items, size_t from) {
  for (size_t i = from; i < items.size(); ++i)
    if (isHead(items[i], S().assign) || isHead(items[i], S().parameters) || isHead(items[i], S().kw))
      fail(b, diag::Kind::UnsupportedConstruct, "named tuples are not supported in compiled code yet");
  std::vector<NodePtr> kids;
  lowerArgs(b, items, from, kids);
  auto n = mk(b, Op::Tuple, Value());
  std::vector<Value> ts;
  bool bottom = false;
  for (auto& k : kids) {
    ts.push_back(k->type);
    bottom = bottom || isBottomType(k->type);
    n->kids.push_back(std::move(k));
  }
  n->type = bottom ? T.Bottom : T.tupleType(ts);
  return n;
}

NodePtr Inferencer::lowerComparison(Body& b, const ExprObj& e) {
  // (comparison a op1 b op2 c ...): a op1 b && b op2 c, each operand evaluated once
  std::vector<NodePtr> pre;
  NodePtr left = lower(b, e.args[0], true);
  NodePtr result;
  for (size_t i = 1; i + 1 < e.args.size(); i += 2) {
    NodePtr right = lower(b, e.args[i + 1], true);
    NodePtr rightNext;
    if (i + 2 < e.args.size()) rightNext = stash(b, right, pre);
    auto f = staticValue(b, e.args[i]);
    if (!f) fail(b, diag::Kind::UnsupportedConstruct, "cannot resolve the comparison operator statically");
    std::vector<NodePtr> args;
    args.push_back(std::move(left));
    args.push_back(std::move(right));
    NodePtr cmp = callValue(b, *f, std::move(args), e.args[i].isSymbol() ? e.args[i].asSymbol().str() : "?");
    if (!result) {
      result = std::move(cmp);
    } else {
      auto a = mk(b, Op::And, T.Bool);
      a->kids.push_back(std::move(result));
      a->kids.push_back(std::move(cmp));
      result = std::move(a);
    }
    left = std::move(rightNext);
  }
  return wrapPre(*this, b, std::move(pre), std::move(result));
}

NodePtr Inferencer::lowerDot(Body& b, const ExprObj& e) {
  Value name = e.args[1].isObject(ObjKind::QuoteNode) ? e.args[1].as<jl::QuoteNodeObj>().value : e.args[1];
  if (auto mv = staticValue(b, e.args[0]); mv && mv->isObject(ObjKind::Module) && name.isSymbol())
    return lowerGlobal(b, const_cast<ModuleObj*>(&mv->as<ModuleObj>()), name.asSymbol());
  if (isHead(e.args[1], S().tuple)) return lowerBroadcast(b, e.args[0], E(e.args[1]).args);  // f.(xs...)
  NodePtr obj = lower(b, e.args[0], true);
  if (isBottomType(obj->type)) return obj;
  if (!name.isSymbol()) fail(b, diag::Kind::UnsupportedConstruct, "field access with a non-constant name");
  if (sameType(obj->type, T.Exception)) {
    if (name.asSymbol().str() != "msg")
      fail(b, diag::Kind::UnsupportedConstruct, "only `e.msg` is supported on a caught exception in compiled code",
           kNotCompiledHint);
    auto n = mk(b, Op::Builtin, T.String);
    n->name = "exception_msg";
    n->kids.push_back(std::move(obj));
    return n;
  }
  std::vector<NodePtr> args;
  args.push_back(std::move(obj));
  args.push_back(constNode(b, name));
  return callValue(b, functionValueOfBase("getproperty"), std::move(args), "getproperty");
}

NodePtr Inferencer::lowerRef(Body& b, const ExprObj& e) {
  if (auto tv = staticValue(b, e.args[0]); tv && interp::isType(*tv)) {
    // T[a, b]: a typed vector literal
    std::vector<NodePtr> args;
    lowerArgs(b, e.args, 1, args);
    if (!isRepresentable(T, *tv))
      fail(b, diag::Kind::UnsupportedConstruct, "vectors of " + showType(*tv) + " are not supported in compiled code yet");
    auto n = mk(b, Op::Builtin, T.arrayType(*tv, 1));
    n->name = "vect";
    for (auto& a : args) n->kids.push_back(convertTo(b, std::move(a), *tv, "element of " + showType(*tv) + "[...]"));
    return n;
  }
  std::vector<NodePtr> pre;
  NodePtr a = lower(b, e.args[0], true);
  std::vector<NodePtr> idx;
  lowerIndices(*this, b, e.args, a, idx, pre);  // `end` inside the brackets (lower_arrays.cpp)
  std::vector<NodePtr> args;
  args.push_back(std::move(a));
  for (auto& i : idx) args.push_back(std::move(i));
  return wrapPre(*this, b, std::move(pre), callValue(b, functionValueOfBase("getindex"), std::move(args), "getindex"));
}

// A local named function `name(args) = body` / `function name(args) body end`: the local
// `name` is assigned the anonymous function `(args) -> body` (one method, not recursive).
NodePtr Inferencer::lowerLocalFunction(Body& b, const Value& ex, const Value& sig, const Value& body) {
  auto it = P.localFunctions.find(ex.obj());
  Value lam;
  if (it != P.localFunctions.end()) {
    lam = it->second;
  } else {
    std::vector<Value> params(E(sig).args.begin() + 1, E(sig).args.end());
    lam = jl::makeExpr(S().arrow, {jl::makeExpr(S().tuple, std::move(params)), body});
    P.localFunctions[ex.obj()] = lam;
  }
  NodePtr v = lowerLambda(b, lam);
  return lowerAssign(b, E(sig).args[0], std::move(v), false);
}

NodePtr Inferencer::lowerLambda(Body& b, const Value& ex) {
  const ExprObj& e = E(ex);
  // Parameters of the anonymous function.
  std::vector<const void*> params;
  std::function<void(const Value&)> addParam = [&](const Value& p) {
    if (p.isSymbol()) params.push_back(p.asSymbol().id());
    else if (p.isExpr() && !E(p).args.empty()) {
      if (isHead(p, S().tuple) || isHead(p, S().block))
        for (const Value& q : E(p).args) addParam(q);
      else addParam(E(p).args[0]);
    }
  };
  addParam(e.args[0]);
  // Any name the body mentions that is a local of the enclosing code is captured (see
  // docs/compiler.md, "Closures").
  std::vector<std::pair<Symbol, int>> captured;  // name, enclosing slot
  std::function<void(const Value&)> check = [&](const Value& x) {
    if (x.isSymbol()) {
      Symbol s = x.asSymbol();
      if (std::find(params.begin(), params.end(), s.id()) != params.end()) return;
      for (Scope* sc = b.scope; sc; sc = sc->parent)
        if (int slot = sc->find(s); slot >= 0) {
          if (isBottomType(b.slotTypes[slot])) return;  // not assigned yet: not a capture
          for (auto& c : captured)
            if (c.first == s) return;
          captured.emplace_back(s, slot);
          return;
        }
      for (auto& [id, v] : b.sparams)
        if (id == s.id())
          fail(b, diag::Kind::UnsupportedConstruct,
               "closures are not supported by the compiler yet (the anonymous function captures `" + s.str() + "`)");
      return;
    }
    if (!x.isExpr() || isHead(x, S().quote) || isHead(x, S().inert)) return;
    for (const Value& k : E(x).args) check(k);
  };
  check(e.args[1]);
  auto it = P.lambdas.find(ex.obj());
  Value f;
  if (it != P.lambdas.end()) {
    f = it->second;
  } else {
    interp::EnvPtr env;
    interp::Frame fr;
    fr.module = b.module;
    try {
      f = in.impl().defineLambda(ex, env, fr);
    } catch (const interp::JuliaError& err) {
      fail(b, diag::Kind::UnsupportedConstruct, "cannot define the anonymous function: " + in.repr(err.value));
    }
    // Defined now, while compiling: visible in the world of every statement (its only
    // methods are its own, so no other dispatch changes).
    if (f.isObject(ObjKind::Function))
      for (auto& mp : f.as<FunctionObj>().methods)
        if (mp) mp->world = 1;
    P.lambdas[ex.obj()] = f;
  }
  if (captured.empty()) return constNode(b, f);
  // A closure: a struct type per (lambda, captured types, boxing) whose fields are the
  // captured variables. A captured local assigned more than once, or inside any closure,
  // is boxed (a shared cell), so the closure and the enclosing code see each other's writes.
  auto assignedTwice = [&](Symbol sym, bool isArgument) {
    int count = 0;
    bool inLambda = false;
    std::function<void(const Value&, bool)> walk = [&](const Value& x, bool lam) {
      if (!x.isExpr() || isHead(x, S().quote) || isHead(x, S().inert)) return;
      const ExprObj& ex2 = E(x);
      const std::string& hs = ex2.head.str();
      bool isAssign = hs == "=" || (hs.size() >= 2 && hs.back() == '=' && hs != "==" && hs != "<=" && hs != ">=" &&
                                    hs != "!=" && hs != "===" && hs != "!==" && hs != ".=");
      if (isAssign && !ex2.args.empty()) {
        std::function<void(const Value&)> target = [&](const Value& l) {
          if (l.isSymbol() && l.asSymbol() == sym) {
            ++count;
            inLambda = inLambda || lam;
          } else if (isHead(l, S().dcolon) && !E(l).args.empty()) {
            target(E(l).args[0]);
          } else if (isHead(l, S().tuple)) {
            for (const Value& t : E(l).args) target(t);
          }
        };
        target(ex2.args[0]);
      }
      bool nested = lam || ex2.head == S().arrow || ex2.head == S().function;
      for (const Value& k : ex2.args) walk(k, nested && (k.isExpr() || lam));
    };
    walk(b.source, false);
    return count >= (isArgument ? 1 : 2) || inLambda;  // an argument's binding is its first assignment
  };
  std::vector<Value> ftypes;
  std::vector<bool> boxed;
  std::string key = std::to_string(reinterpret_cast<uintptr_t>(ex.obj()));
  for (auto& [sym, slot] : captured) {
    bool bx = assignedTwice(sym, b.mi->locals[slot].isArgument);
    if (bx && b.mi->locals[slot].isArgument)
      fail(b, diag::Kind::UnsupportedConstruct,
           "closures are not supported by the compiler yet (the anonymous function captures the argument `" + sym.str() +
               "`, which is assigned)",
           "assign the argument to a new local first");
    ftypes.push_back(b.slotTypes[slot]);
    boxed.push_back(bx);
    key += "|" + showType(b.slotTypes[slot]) + (bx ? "&" : "");
  }
  Value ct;
  if (auto ci = P.closureTypes.find(key); ci != P.closureTypes.end()) {
    ct = ci->second;
  } else {
    TypeSystem::TypeSpec spec;
    spec.name = Symbol("#closure" + f.as<FunctionObj>().name.str() + "#" + std::to_string(++P.closureCounter));
    spec.module = b.module;
    spec.super = T.Function;
    for (auto& [sym, slot] : captured) spec.fieldNames.push_back(sym);
    spec.fieldTypes = ftypes;
    ct = T.defineType(spec);
    P.closureTypes[key] = ct;
    Persistent::ClosureInfo info;
    info.function = f;
    for (auto& [sym, slot] : captured) info.captured.push_back(sym);
    info.boxed = boxed;
    P.closures[ct.obj()] = info;
  }
  auto n = mk(b, Op::New, ct);
  for (size_t i = 0; i < captured.size(); ++i) {
    int slot = captured[i].second;
    if (boxed[i]) b.mi->locals[slot].boxed = true;
    auto g = mk(b, Op::LocalGet, ftypes[i]);
    g->slot = slot;
    n->kids.push_back(std::move(g));
  }
  return n;
}

}  // namespace jl::types
