// Whole-program inference: the main body, method instances keyed by (method, argument
// types) and discovered in a deterministic order, the fixpoint over recursive calls,
// struct definitions in dependency order, and diagnostics with their notes.
#include <cstdio>
#include <functional>

#include "syntax/print.hpp"
#include "types/infer_impl.hpp"

namespace jl::types {

namespace {
std::string lineText(const std::string& file, int line) { return file + ":" + std::to_string(line); }
}  // namespace

std::string Inferencer::signature(const std::vector<TypeRef>& types) {
  std::string s = "(";
  for (size_t i = 0; i < types.size(); ++i) s += (i ? ", " : "") + showType(types[i]);
  return s + ")";
}

std::string Inferencer::cppIdent(const std::string& juliaName) {
  std::string base = "jl_";
  for (unsigned char c : juliaName) {
    if (std::isalnum(c) || c == '_') {
      base += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_%02x", c);
      base += buf;
    }
  }
  int n = ++nameCounts[base];
  return base + "_" + std::to_string(n);
}

void Inferencer::report(Body& b, diag::Kind k, const std::string& msg, const std::string& hint) {
  if (currentStatement >= 0) {
    StatementOutcome& o = outcomes[static_cast<size_t>(currentStatement)];
    o.failed = true;
    if (k != diag::Kind::NeedsInterpreter) o.onlyDynamic = false;
  }
  diag::Diagnostic d;
  d.kind = k;
  d.severity = diag::Severity::Error;
  d.loc.file = b.file.empty() ? sourceFile : b.file;
  d.loc.line = b.line;
  if (d.loc.line == 0 && !callStack.empty()) {  // a body without lines (default constructor)
    d.loc.file = callStack.back().file;
    d.loc.line = callStack.back().line;
  }
  d.loc.col = d.loc.line > 0 ? 1 : 0;
  d.message = msg;
  // Inside Base's Julia code: report at the innermost call site in the user's program.
  std::string baseLoc;
  if (d.loc.file.rfind("base/", 0) == 0) {
    for (auto it = callStack.rbegin(); it != callStack.rend(); ++it) {
      if (it->file.rfind("base/", 0) == 0) continue;
      baseLoc = d.loc.file + ":" + std::to_string(d.loc.line);
      d.loc.file = it->file;
      d.loc.line = it->line;
      d.loc.col = it->line > 0 ? 1 : 0;
      break;
    }
  }
  std::string key = d.loc.file + ":" + std::to_string(d.loc.line) + ":" + msg;
  if (!reported.insert(key).second) return;
  auto note = [&](const std::string& text, const std::string& file, int line) {
    diag::Diagnostic n;
    n.kind = k;
    n.severity = diag::Severity::Note;
    n.loc.file = file;
    n.loc.line = line;
    n.loc.col = line > 0 ? 1 : 0;
    n.message = text;
    d.notes.push_back(n);
  };
  if (k == diag::Kind::NeedsInterpreter)
    note("hint: without --no-interpreter, the top-level statement that reaches this runs in the embedded interpreter",
         d.loc.file, d.loc.line);
  else if (!hint.empty())
    note("hint: " + hint, d.loc.file, d.loc.line);
  if (!baseLoc.empty()) note("the unsupported code is in Base, at " + baseLoc, d.loc.file, d.loc.line);
  if (b.generatedCode && b.mi && b.method)
    note("in generated function " + b.mi->juliaName + " for " + b.mi->signature, d.loc.file, d.loc.line);
  for (const CallSite& c : pendingNotes) note(c.what, c.file, c.line);
  for (auto it = b.expansions.rbegin(); it != b.expansions.rend(); ++it) {
    std::string file;
    int line = 0;
    if ((*it)->source.isObject(ObjKind::LineNumberNode)) {
      const auto& l = (*it)->source.as<LineNumberNodeObj>();
      line = static_cast<int>(l.line);
      if (l.file.isSymbol()) file = l.file.asSymbol().str();
    }
    note("in expansion of macro " + (*it)->macro + (line > 0 ? " at " + lineText(file, line) : ""), file, line);
  }
  pendingNotes.clear();
  for (auto it = callStack.rbegin(); it != callStack.rend(); ++it)
    note("in " + it->what + " called from " + lineText(it->file, it->line), it->file, it->line);
  errors.push_back(std::move(d));
}

void Inferencer::fail(Body& b, diag::Kind k, const std::string& msg, const std::string& hint) {
  report(b, k, msg, hint);
  throw BuildError{};
}

// ---------------------------------------------------------------------------------------
void Inferencer::restrictWorlds(Body& b, uint64_t lo, uint64_t hi) {
  if (b.isMain || !b.mi) return;
  InstState& st = instState[b.mi];
  st.minWorld = std::max(st.minWorld, lo);
  st.maxWorld = std::min(st.maxWorld, hi);
}

void Inferencer::noteDispatch(Body& b, const FunctionObj& f, const std::vector<TypeRef>& types, bool allMethods) {
  if (b.isMain || !b.mi) return;
  uint64_t lo = 0, hi = ~0ull;
  for (auto& mp : f.methods) {
    if (!mp) continue;
    if (!allMethods && !T.matchSignature(mp->sig, types, mp->sparams, nullptr)) continue;
    if (mp->world <= b.world) lo = std::max(lo, mp->world);
    else hi = std::min(hi, mp->world - 1);
  }
  restrictWorlds(b, lo, hi);
}

// `open`: whether an instance it reaches is still being inferred (the range may narrow).
std::pair<uint64_t, uint64_t> Inferencer::worldsOf(ir::MethodInstance* mi, bool* open) {
  uint64_t lo = 0, hi = ~0ull;
  std::set<const ir::MethodInstance*> seen{mi};
  std::vector<ir::MethodInstance*> todo{mi};
  while (!todo.empty()) {
    InstState& st = instState[todo.back()];
    todo.pop_back();
    if (st.worldsFinal) {
      lo = std::max(lo, st.finalMin);
      hi = std::min(hi, st.finalMax);
      continue;
    }
    if (st.inProgress && open) *open = true;
    lo = std::max(lo, st.minWorld);
    hi = std::min(hi, st.maxWorld);
    for (ir::MethodInstance* c : st.callees)
      if (seen.insert(c).second) todo.push_back(c);
  }
  return {lo, hi};
}

ir::MethodInstance* Inferencer::instance(const Method* m, const std::vector<TypeRef>& argTypes,
                                         const std::vector<Value>& sparamValues, uint64_t world, TypeRef& ret,
                                         const KwTypes& kwArgs) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p|", static_cast<const void*>(m));
  std::string sig = signature(argTypes);
  if (!kwArgs.empty()) {
    sig.pop_back();
    for (size_t i = 0; i < kwArgs.size(); ++i)
      sig += (i ? ", " : "; ") + kwArgs[i].first.str() + "::" + showType(kwArgs[i].second);
    sig += ")";
  }
  std::string sigKey = buf + sig;
  std::vector<ir::MethodInstance*>& candidates = instanceByKey[sigKey];
  for (ir::MethodInstance* mi : candidates) {
    auto [lo, hi] = worldsOf(mi);
    if (world < lo || world > hi) continue;
    InstState& st = instState[mi];
    if (st.inProgress) {
      auto g = P.returnGuess.find(st.key);
      ret = g == P.returnGuess.end() ? T.Bottom : g->second;
      if (!st.usedGuess) {
        st.usedGuess = true;
        st.guessUsed = ret;
      }
    } else {
      ret = mi->returnType;
    }
    return mi;
  }
  // Names and keys stay deterministic: the world is part of the key only for the second
  // and later instances of the same (method, argument types).
  std::string key = candidates.empty() ? sigKey : sigKey + "@" + std::to_string(world);
  auto owned = std::make_unique<ir::MethodInstance>();
  ir::MethodInstance* mi = owned.get();
  mi->method = m;
  mi->juliaName = m->owner ? m->owner->name.str() : "anonymous";
  mi->argTypes = argTypes;
  mi->sparamValues = sparamValues;
  mi->signature = sig;
  mi->cppName = cppIdent(mi->juliaName);
  mi->returnType = T.Bottom;
  program->instances.push_back(std::move(owned));
  candidates.push_back(mi);
  instState[mi].key = key;
  instState[mi].world = world;
  instState[mi].kwArgs = kwArgs;
  inferInstance(mi, key);
  ret = mi->returnType;
  return mi;
}

void Inferencer::inferInstance(ir::MethodInstance* mi, const std::string& key) {
  InstState& st0 = instState[mi];
  st0.inProgress = true;
  const Method& m = *mi->method;
  Body b;
  b.mi = mi;
  b.method = &m;
  b.world = st0.world;
  b.module = m.module ? m.module : in.main;
  b.file = sourceFile;
  if (m.line.isObject(ObjKind::LineNumberNode)) {
    auto& l = m.line.as<jl::LineNumberNodeObj>();
    b.line = static_cast<int>(l.line);
    if (l.file.isSymbol() && l.file.asSymbol().str() != "none") b.file = l.file.asSymbol().str();
  }
  for (size_t i = 0; i < m.sparams.size() && i < mi->sparamValues.size(); ++i) {
    const Value& v = mi->sparamValues[i];
    if (interp::isType(v, TypeKind::TypeVar)) continue;  // unbound: not a constant
    b.sparams.emplace_back(m.sparams[i].as<interp::TypeVarObj>().name.id(), v);
  }
  if (m.owner && !m.owner->constructedType.isNothing() && !mi->argTypes.empty()) {
    const TypeRef& t0 = mi->argTypes[0];
    if (interp::isType(t0, TypeKind::DataType) && !t0.as<DataTypeObj>().params.empty() &&
        T.isSubtype(t0, T.TypeType))
      b.constructedType = t0.as<DataTypeObj>().params[0];
  }
  Scope fscope;
  b.scope = &fscope;
  size_t n = m.argNames.size();
  size_t fixed = m.isVarargs ? n - 1 : n;
  // A closure body: argument 0 is the closure; its captured variables are locals initialized
  // from its fields (in the scope before the parameters, which shadow them).
  size_t self = 0;
  if (!mi->argTypes.empty())
    if (const Persistent::ClosureInfo* ci = closureInfo(mi->argTypes[0]);
        ci && &ci->function.as<FunctionObj>() == m.owner) {
      self = 1;
      int s0 = newSlot(b, "#self#", mi->argTypes[0], true);
      b.slotLine[s0] = b.line ? b.line : 1;
      const auto& ftypes = mi->argTypes[0].as<DataTypeObj>().fieldTypes;
      for (size_t i = 0; i < ci->captured.size(); ++i) {
        int slot = newSlot(b, ci->captured[i].str(), ftypes[i]);
        b.slotLine[slot] = b.line ? b.line : 1;
        mi->locals[slot].captureField = static_cast<int>(i);
        mi->locals[slot].boxed = ci->boxed[i];
        fscope.vars.emplace_back(ci->captured[i].id(), slot);
      }
    }
  for (size_t i = 0; i < fixed && i + self < mi->argTypes.size(); ++i) {
    std::string name = m.argNames[i].empty() ? "#arg" + std::to_string(i + 1) : m.argNames[i].str();
    int slot = newSlot(b, name, mi->argTypes[i + self], true);
    b.slotLine[slot] = b.line ? b.line : 1;
    if (!m.argNames[i].empty()) fscope.vars.emplace_back(m.argNames[i].id(), slot);
  }
  if (m.isVarargs) {
    std::vector<Value> rest(mi->argTypes.begin() + static_cast<long>(std::min(fixed + self, mi->argTypes.size())),
                            mi->argTypes.end());
    std::string name = m.argNames[n - 1].empty() ? "#varargs" : m.argNames[n - 1].str();
    int slot = newSlot(b, name, T.tupleType(rest), true);
    b.slotLine[slot] = b.line ? b.line : 1;
    if (!m.argNames[n - 1].empty()) fscope.vars.emplace_back(m.argNames[n - 1].id(), slot);
  }
  // Keywords passed by the callers: argument locals after the positional ones.
  std::vector<const void*> passedKw;
  for (auto& [name, type] : st0.kwArgs) {
    int slot = newSlot(b, name.str(), type, true);
    b.slotLine[slot] = b.line ? b.line : 1;
    fscope.vars.emplace_back(name.id(), slot);
    passedKw.push_back(name.id());
  }
  try {
    Value bodyEx = m.body;
    b.source = bodyEx;
    if (m.generated) {
      mi->fromGenerator = true;
      bodyEx = generatorResult(b, m, m.body, mi->argTypes, mi->sparamValues);
      b.generatedCode = true;
    }
    // Keyword arguments not passed take their defaults; literal defaults are constants, so
    // `digits == 0 && ...` folds.
    std::vector<NodePtr> kwInits;
    for (const interp::KwParam& kp : m.kwargs) {
      if (std::find(passedKw.begin(), passedKw.end(), kp.name.id()) != passedKw.end()) continue;
      if (!kp.hasDefault)
        fail(b, diag::Kind::UnsupportedConstruct, "required keyword argument `" + kp.name.str() + "` in compiled code",
             kNotCompiledHint);
      const Value& d = kp.defaultExpr;
      if ((!d.isObject() && !d.isSymbol()) || d.isString() || d.isObject(ObjKind::QuoteNode)) {  // (a name is evaluated)
        b.sparams.emplace_back(kp.name.id(), d.isObject(ObjKind::QuoteNode) ? d.as<jl::QuoteNodeObj>().value : d);
        continue;
      }
      NodePtr v = lower(b, d, true);
      kwInits.push_back(assignSymbol(b, kp.name, std::move(v), Value()));
    }
    if (!m.kwRest.empty())
      fail(b, diag::Kind::UnsupportedConstruct, "methods with `kw...` keyword arguments are not supported in compiled code yet",
           kNotCompiledHint);
    NodePtr body = lowerBlockBody(b, bodyEx, true);
    if (!kwInits.empty()) {
      if (body->op != Op::Block) {
        auto blk = mk(b, Op::Block, body->type);
        blk->kids.push_back(std::move(body));
        body = std::move(blk);
      }
      body->kids.insert(body->kids.begin(), std::make_move_iterator(kwInits.begin()), std::make_move_iterator(kwInits.end()));
    }
    // return type: the join of every `return` and the value of the last expression
    std::vector<TypeRef> ts;
    auto add = [&](const TypeRef& t) {
      if (isBottomType(t)) return;
      for (auto& x : ts)
        if (sameType(x, t)) return;
      ts.push_back(t);
    };
    for (auto& t : b.returnTypes) add(t);
    add(body->type);
    if (ts.size() > 1) {
      // point at the first `return` whose type differs from the first one seen
      for (size_t i = 0; i < b.returnTypes.size(); ++i)
        if (!isBottomType(b.returnTypes[i]) && !sameType(b.returnTypes[i], ts[0])) {
          b.line = b.returnLines[i];
          break;
        }
      fail(b, diag::Kind::UnionTypedVariable,
           "the return type of " + describeCall(mi->juliaName, mi->argTypes) + " is not concrete: inferred " +
               showType(T.unionOf(ts)),
           "annotate the type or run the program with `jlcc run`");
    }
    mi->returnType = ts.empty() ? T.Bottom : ts[0];
    // Make the implicit return explicit.
    NodePtr blk;
    if (body->op == Op::Block) blk = std::move(body);
    else {
      blk = mk(b, Op::Block, body->type);
      blk->kids.push_back(std::move(body));
    }
    if (!isBottomType(blk->type)) {
      NodePtr last;
      if (!blk->kids.empty() && blk->kids.back()->op != Op::Line) {
        last = std::move(blk->kids.back());
        blk->kids.pop_back();
      } else {
        last = constNode(b, Value());
      }
      auto r = mk(b, Op::Return, T.Bottom);
      r->kids.push_back(std::move(last));
      blk->kids.push_back(std::move(r));
      blk->type = T.Bottom;
    }
    mi->body = std::move(blk);
  } catch (const BuildError&) {
    mi->returnType = T.Bottom;
    mi->body = mk(b, Op::Block, T.Bottom);
  }
  for (size_t i = 0; i < mi->locals.size(); ++i)
    mi->locals[i].type = isBottomType(b.slotTypes[i]) ? T.Nothing : b.slotTypes[i];
  InstState& st = instState[mi];
  st.inProgress = false;
  bool open = false;
  auto [lo, hi] = worldsOf(mi, &open);
  if (!open) {
    st.worldsFinal = true;
    st.finalMin = lo;
    st.finalMax = hi;
  }
  if (st.usedGuess && !sameType(st.guessUsed, mi->returnType)) {
    P.returnGuess[key] = mi->returnType;
    guessMismatch = true;
  }
}

// ---------------------------------------------------------------------------------------
namespace {
// Calls `f` with each global a top-level statement assigns (`x = ...`, `a, b = ...`, at any
// depth outside function bodies).
void forEachAssignedGlobal(const Value& x, const std::function<void(Symbol)>& f) {
  if (!x.isExpr()) return;
  const ExprObj& e = E(x);
  if (e.head.str() == "=" && !e.args.empty()) {
    Value l = e.args[0];
    if (isHead(l, "::")) l = E(l).args[0];
    if (l.isSymbol()) f(l.asSymbol());
    if (isHead(l, "tuple"))
      for (const Value& t : E(l).args)
        if (t.isSymbol()) f(t.asSymbol());
  }
  if (e.head.str() == "function" || e.head.str() == "->" || e.head.str() == "quote") return;
  for (const Value& a : e.args) forEachAssignedGlobal(a, f);
}

int lineOf(const Value& lnn) {
  return lnn.isObject(ObjKind::LineNumberNode) ? static_cast<int>(lnn.as<LineNumberNodeObj>().line) : 0;
}
}  // namespace

void Inferencer::noteInterpretedSource(int statement, const Value& expr) {
  std::string text;
  syntax::print(text, expr);
  if (size_t nl = text.find('\n'); nl != std::string::npos) text = text.substr(0, nl) + " ...";
  if (text.size() > 72) text = text.substr(0, 69) + "...";
  program->interpretedSource[statement] = text;
}

void Inferencer::run(const std::vector<RuntimeStatement>& stmts, const InferOptions& options) {
  program->sourceFile = sourceFile;
  program->main = std::make_unique<ir::MethodInstance>();
  ir::MethodInstance* mainMi = program->main.get();
  mainMi->juliaName = "main";
  mainMi->cppName = "jl_main";
  mainMi->signature = "()";
  mainMi->returnType = T.Nothing;
  outcomes.assign(stmts.size(), StatementOutcome{});
  for (const RuntimeStatement& st : stmts) {
    if (!st.interpreted) continue;
    mixed = true;
    ModuleObj* m = st.module ? st.module : in.main;
    forEachAssignedGlobal(st.expr, [&](Symbol s) { interpreterGlobals.emplace(std::make_pair(m, s.id()), lineOf(st.line)); });
  }
  for (const auto& [m, name] : options.interpreterOwnedGlobals)
    interpreterGlobals.emplace(std::make_pair(m, Symbol(name).id()), 0);
  program->usesInterpreter = mixed;
  Body b;
  b.mi = mainMi;
  b.isMain = true;
  b.file = sourceFile;
  auto blk = mk(b, Op::Block, T.Nothing);
  for (size_t k = 0; k < stmts.size(); ++k) {
    const RuntimeStatement& st = stmts[k];
    b.module = st.module ? st.module : in.main;
    b.world = st.world;
    b.file = sourceFile;
    b.line = 0;
    if (st.line.isObject(ObjKind::LineNumberNode)) blk->kids.push_back(lower(b, st.line, false));
    if (st.interpreted) {
      noteInterpretedSource(static_cast<int>(k), st.expr);
      auto n = mk(b, Op::Interpreted, T.Nothing);
      n->slot = static_cast<int>(k);
      blk->kids.push_back(std::move(n));
      continue;
    }
    Scope thunk;
    thunk.toplevelThunk = true;
    b.scope = &thunk;
    b.source = st.expr;
    b.alsoInterpret = false;
    currentStatement = static_cast<int>(k);
    try {
      NodePtr n = lower(b, st.expr, st.callsMain);
      if (st.callsMain && isIntegerType(T, n->type) && !isBottomType(n->type)) {
        auto exitStatus = mk(b, Op::Builtin, T.Nothing);
        exitStatus->name = "set_exit_status";
        exitStatus->kids.push_back(convertTo(b, std::move(n), T.Int64, "the exit status of main"));
        n = std::move(exitStatus);
      }
      blk->kids.push_back(std::move(n));
      if (b.alsoInterpret && mixed) {
        // A global holding a build-time constant (`ex = :(a + b)`): compiled code uses the
        // folded value, the interpreter needs the binding.
        noteInterpretedSource(static_cast<int>(k), st.expr);
        auto in2 = mk(b, Op::Interpreted, T.Nothing);
        in2->slot = static_cast<int>(k);
        blk->kids.push_back(std::move(in2));
      }
    } catch (const BuildError&) {
      // globals this statement assigns are now unknown: later reads are not errors of their own
      StatementOutcome& o = outcomes[k];
      o.failed = true;
      forEachAssignedGlobal(st.expr, [&](Symbol s) {
        poisoned.insert({b.module, s.id()});
        if (o.onlyDynamic) poisonedDynamic.insert({b.module, s.id()});
      });
    }
    currentStatement = -1;
    b.scope = nullptr;
  }
  blk->type = T.Nothing;
  mainMi->body = std::move(blk);
  inferCCallables();
  for (auto& [t, ci] : P.closures) program->retained.push_back(ci.function);
  for (size_t i = 0; i < mainMi->locals.size(); ++i)
    mainMi->locals[i].type = isBottomType(b.slotTypes[i]) ? T.Nothing : b.slotTypes[i];
  collectStructs();
}

// Base.@ccallable methods are entry points of their own, exported with C linkage.
void Inferencer::inferCCallables() {
  for (const interp::Interp::CCallable& c : in.ccallables) {
    const auto& f = c.function.as<interp::FunctionObj>();
    TypeSystem::Selection sel = T.selectMethod(f, c.argTypes, ~0ull);
    diag::Diagnostic d;
    d.kind = diag::Kind::NoMethod;
    d.loc.file = sourceFile;
    if (!sel.method) {
      d.message = "@ccallable " + f.name.str() + ": no method for " + signature(c.argTypes);
      errors.push_back(d);
      continue;
    }
    TypeRef ret;
    try {
      ir::MethodInstance* mi = instance(sel.method, c.argTypes, sel.sparamValues, ~0ull, ret, {});
      if (mi) mi->ccallable = true;
    } catch (const BuildError&) {
      // reported where it happened
    }
  }
}

// Struct types used anywhere, fields before users.
void Inferencer::collectStructs() {
  std::set<const Object*> done;
  auto tn = [&](const Value& t) { return interp::asDataType(T.unwrap(t)).tname; };
  const interp::TypeName* typeTn = tn(T.TypeType);
  std::function<void(const TypeRef&)> visit = [&](const TypeRef& t) {
    if (!interp::isType(t, TypeKind::DataType) || done.count(t.obj())) return;
    done.insert(t.obj());
    auto& d = t.as<DataTypeObj>();
    if (T.isTupleType(t)) {
      for (auto& p : d.params) visit(p);
      return;
    }
    if (d.tname == tn(T.Array)) {
      if (!d.params.empty()) visit(d.params[0]);
      return;
    }
    if (dictTypes(T, t, nullptr, nullptr)) return;  // jlrt::Dict, not a generated struct
    if (d.tname->isPrimitive || d.tname->isAbstract || d.tname == typeTn || !T.isConcrete(t)) return;
    if (sameType(t, T.String) || sameType(t, T.Symbol) || sameType(t, T.Nothing) || sameType(t, T.DataType) ||
        sameType(t, T.Module))
      return;
    if (const Persistent::ClosureInfo* ci = closureInfo(t)) {
      for (auto& ft : d.fieldTypes) visit(ft);
      ir::StructDef sd;
      sd.type = t;
      sd.cppName = cppIdent(d.tname->name.str());
      for (auto& f : ci->captured) sd.fieldNames.push_back(f.str());
      sd.fieldTypes = d.fieldTypes;
      sd.isClosure = true;
      sd.fieldBoxed = ci->boxed;
      program->structs.push_back(std::move(sd));
      return;
    }
    if (T.isSubtype(t, T.Function)) return;
    if (!isRepresentable(T, t)) return;
    for (auto& ft : d.fieldTypes) visit(ft);
    ir::StructDef sd;
    sd.type = t;
    sd.cppName = cppIdent(d.tname->name.str());
    for (auto& f : T.fieldNames(t)) sd.fieldNames.push_back(f.str());
    sd.fieldTypes = d.fieldTypes;
    sd.isMutable = d.tname->isMutable;
    sd.isException = T.isSubtype(t, T.Exception);
    program->structs.push_back(std::move(sd));
  };
  std::function<void(const Node&)> walk = [&](const Node& n) {
    visit(n.type);
    for (auto& k : n.kids)
      if (k) walk(*k);
  };
  auto walkMi = [&](const ir::MethodInstance& mi) {
    for (auto& t : mi.argTypes) visit(t);
    for (auto& l : mi.locals) visit(l.type);
    visit(mi.returnType);
    if (mi.body) walk(*mi.body);
  };
  walkMi(*program->main);
  for (auto& mi : program->instances) walkMi(*mi);
  for (auto& g : program->globals) visit(g.type);
}

// ---------------------------------------------------------------------------------------
InferResult inferProgram(interp::Interp& in, const std::vector<RuntimeStatement>& stmts, const std::string& sourceFile,
                         const InferOptions& options) {
  Persistent P;
  InferResult result;
  for (int pass = 0; pass < 16; ++pass) {
    Inferencer inf(in, P, sourceFile);
    try {
      inf.run(stmts, options);
    } catch (const interp::JuliaError& err) {
      diag::Diagnostic d;
      d.kind = diag::Kind::UnsupportedConstruct;
      d.loc.file = sourceFile;
      d.message = "internal error during inference: " + in.repr(err.value);
      inf.errors.push_back(d);
    } catch (const interp::TypeOpError& err) {
      diag::Diagnostic d;
      d.kind = diag::Kind::UnsupportedConstruct;
      d.loc.file = sourceFile;
      d.message = "internal error during inference: " + err.message;
      inf.errors.push_back(d);
    }
    result.program = std::move(inf.program);
    result.errors = std::move(inf.errors);
    result.statements = std::move(inf.outcomes);
    if (!inf.guessMismatch) break;
  }
  return result;
}

}  // namespace jl::types
