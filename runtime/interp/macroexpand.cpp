// Macro expansion with Julia's hygiene, in two passes as Julia does:
//  1. expandMacros calls each macro (outermost first) and wraps its result in
//     (hygienic-scope RESULT MODULE); macro calls inside a result are expanded in the
//     macro's module, those inside `esc(...)` in the caller's.
//  2. resolveHygiene rewrites every hygienic scope: names the expansion binds (assigned,
//     `local`, arguments, loop variables, catch variables) are renamed to fresh gensyms;
//     every other free name becomes a GlobalRef to the macro's module; escaped code is
//     resolved in the enclosing context. Unescaped quotes without `$` become
//     (copyast (inert x)) as in Julia's expander.
#include <unordered_map>
#include <unordered_set>

#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
bool isHead(const Value& v, Symbol h) { return v.isExpr() && E(v).head == h; }

// ---------------------------------------------------------------------------------------
// Pass 1.
struct Expander {
  Interp::Impl& I;
  bool recursive;

  // Finds the macro function named by the first argument of a macrocall.
  Value resolveMacro(const Value& name, ModuleObj* m) {
    if (name.isSymbol()) {
      Binding* b = I.findBinding(m, name.asSymbol());
      if (!b) I.throwUndefVar(name.asSymbol(), m);
      return b->value;
    }
    if (name.isObject(ObjKind::GlobalRef)) return I.globalValue(name.as<GlobalRefObj>().mod, name.as<GlobalRefObj>().name);
    if (isHead(name, syms().dot)) {
      EnvPtr none;
      Frame fr;
      fr.module = m;
      Value mod = I.eval(E(name).args[0], none, fr);
      Value n = E(name).args[1];
      if (n.isObject(ObjKind::QuoteNode)) n = n.as<QuoteNodeObj>().value;
      if (!mod.isObject(ObjKind::Module) || !n.isSymbol()) I.in.error("syntax: invalid macro name " + syntax::show(name));
      return I.globalValue(const_cast<ModuleObj*>(&mod.as<ModuleObj>()), n.asSymbol());
    }
    I.in.error("syntax: invalid macro name " + syntax::show(name));
  }

  Value callMacro(const ExprObj& call, ModuleObj* m, ModuleObj*& macroModule) {
    Value fn = resolveMacro(call.args[0], m);
    if (!fn.isObject(ObjKind::Function)) I.in.error("syntax: " + syntax::show(call.args[0]) + " is not a macro");
    const FunctionObj& f = fn.as<FunctionObj>();
    macroModule = f.module;
    std::vector<Value> args;
    args.push_back(call.args.size() > 1 ? call.args[1] : Value());
    args.push_back(Value::object(m));
    for (size_t i = 2; i < call.args.size(); ++i) args.push_back(call.args[i]);
    std::string where = I.describeLine(args[0]);
    I.expansionStack.push_back("expansion of macro " + f.name.str() + (where.empty() ? "" : " at " + where));
    ++I.buildTimeDepth;
    struct Restore {
      Interp::Impl& I;
      ~Restore() {
        --I.buildTimeDepth;
        I.expansionStack.pop_back();
        if (I.buildTimeDepth == 0) I.steps = 0;
      }
    } restore{I};
    return I.callValue(fn, args, nullptr);
  }

  Value expand(const Value& ex, std::vector<ModuleObj*>& ctx) {
    if (!ex.isExpr()) return ex;
    const ExprObj& e = E(ex);
    const Syms& S = syms();
    if (e.head == S.quote || e.head == S.module || e.head == S.inert) return ex;
    if (e.head == S.macrocall) {
      ModuleObj* macroModule = nullptr;
      Value result = callMacro(e, ctx.back(), macroModule);
      if (recursive) {
        ctx.push_back(macroModule);
        result = expand(result, ctx);
        ctx.pop_back();
      }
      Value scope = makeExpr(S.hygienic_scope, {result, Value::object(macroModule), e.args.size() > 1 ? e.args[1] : Value()});
      if (I.recordExpansions) {
        std::string name = e.args[0].isSymbol() ? e.args[0].asSymbol().str() : syntax::show(e.args[0]);
        I.scopeMacros[scope.obj()] = {scope, name, e.args.size() > 1 ? e.args[1] : Value()};
      }
      return scope;
    }
    if (e.head == S.escape && ctx.size() > 1) {
      ModuleObj* top = ctx.back();
      ctx.pop_back();
      Value inner = expand(e.args[0], ctx);
      ctx.push_back(top);
      return makeExpr(S.escape, {inner});
    }
    if (e.head == S.hygienic_scope) {
      ctx.push_back(const_cast<ModuleObj*>(&e.args[1].as<ModuleObj>()));
      Value inner = expand(e.args[0], ctx);
      ctx.pop_back();
      std::vector<Value> args = e.args;
      args[0] = inner;
      Value scope = makeExpr(S.hygienic_scope, std::move(args));
      if (auto it = I.scopeMacros.find(ex.obj()); it != I.scopeMacros.end())
        I.scopeMacros[scope.obj()] = {scope, it->second.macro, it->second.source};
      return scope;
    }
    std::vector<Value> args;
    args.reserve(e.args.size());
    bool changed = false;
    for (const Value& a : e.args) {
      Value x = expand(a, ctx);
      changed = changed || x.obj() != a.obj() || x.tag() != a.tag();
      args.push_back(std::move(x));
    }
    return changed ? makeExpr(e.head, std::move(args)) : ex;
  }
};

// ---------------------------------------------------------------------------------------
// Pass 2.
bool containsInterpolation(const Value& ex) {
  if (!ex.isExpr()) return false;
  if (E(ex).head == syms().dollar) return true;
  for (const Value& a : E(ex).args)
    if (containsInterpolation(a)) return true;
  return false;
}

struct Resolver {
  Interp::Impl& I;
  struct Ctx {
    ModuleObj* mod = nullptr;  // nullptr: user code (no renaming)
    std::unordered_map<const void*, Symbol> renames;
  };
  std::vector<Ctx> stack;

  // Names bound inside `ex` by this expansion (not inside escapes or nested expansions).
  void collectLocals(const Value& ex, std::unordered_set<const void*>& out) {
    if (!ex.isExpr()) return;
    const ExprObj& e = E(ex);
    const Syms& S = syms();
    if (e.head == S.escape || e.head == S.hygienic_scope || e.head == S.quote || e.head == S.inert) return;
    auto addTarget = [&](const Value& t, auto& self) -> void {
      if (t.isSymbol()) out.insert(t.asSymbol().id());
      else if (isHead(t, S.tuple) || isHead(t, S.parameters)) for (const Value& x : E(t).args) self(x, self);
      else if (isHead(t, S.dcolon) && E(t).args.size() == 2) self(E(t).args[0], self);
      else if (isHead(t, S.splat) || isHead(t, S.kw)) self(E(t).args[0], self);
    };
    if (e.head == S.assign || e.head == S.local) {
      const Value& t = e.head == S.assign ? e.args[0] : Value();
      if (e.head == S.local) {
        for (const Value& x : e.args) addTarget(isHead(x, S.assign) ? E(x).args[0] : x, addTarget);
      } else if (isHead(t, S.call) || isHead(t, S.where)) {
        Value c = t;
        while (isHead(c, S.where)) c = E(c).args[0];
        for (size_t i = 1; i < E(c).args.size(); ++i) addTarget(E(c).args[i], addTarget);
      } else {
        addTarget(t, addTarget);
      }
    } else if (e.head == S.function || e.head == S.arrow) {
      Value c = e.args[0];
      while (isHead(c, S.where) || (isHead(c, S.dcolon) && e.head == S.function)) c = E(c).args[0];
      if (isHead(c, S.call)) for (size_t i = 1; i < E(c).args.size(); ++i) addTarget(E(c).args[i], addTarget);
      else addTarget(c, addTarget);
    } else if (e.head == S.for_) {
      const Value& spec = e.args[0];
      std::vector<Value> specs = isHead(spec, S.block) ? E(spec).args : std::vector<Value>{spec};
      for (const Value& s : specs)
        if (s.isExpr()) addTarget(E(s).args[0], addTarget);
    } else if (e.head == S.try_ && e.args.size() > 1) {
      addTarget(e.args[1], addTarget);
    } else if (e.head == S.let) {
      const Value& b = e.args[0];
      std::vector<Value> bs = isHead(b, S.block) ? E(b).args : std::vector<Value>{b};
      for (const Value& x : bs) addTarget(isHead(x, S.assign) ? E(x).args[0] : x, addTarget);
    }
    for (const Value& a : e.args) collectLocals(a, out);
  }

  Value symbol(Symbol s) {
    Ctx& c = stack.back();
    if (!c.mod) return Value::symbol(s);
    auto it = c.renames.find(s.id());
    if (it != c.renames.end()) return Value::symbol(it->second);
    const std::string& n = s.str();
    if (s == syms().end_ || s == syms().begin_ || s == syms().new_ || n == "__source__" || n == "__module__" ||
        n == "ccall" || n == "_")
      return Value::symbol(s);
    return I.makeGlobalRef(c.mod, s);
  }

  // A binding position (function name, keyword name): renamed if local, else untouched.
  Value bindingName(const Value& v) {
    if (!v.isSymbol()) return resolve(v);
    Ctx& c = stack.back();
    auto it = c.renames.find(v.asSymbol().id());
    if (c.mod && it != c.renames.end()) return Value::symbol(it->second);
    return v;
  }

  Value resolveQuote(const Value& ex, int depth) {
    if (!ex.isExpr()) return ex;
    const ExprObj& e = E(ex);
    if (e.head == syms().dollar) {
      if (depth == 0) return makeExpr(e.head, {resolve(e.args[0])});
      return makeExpr(e.head, {resolveQuote(e.args[0], depth - 1)});
    }
    int inner = e.head == syms().quote ? depth + 1 : depth;
    std::vector<Value> args;
    for (const Value& a : e.args) args.push_back(resolveQuote(a, inner));
    return makeExpr(e.head, std::move(args));
  }

  Value mapArgs(const ExprObj& e, size_t from) {
    std::vector<Value> args(e.args.begin(), e.args.begin() + static_cast<long>(from));
    for (size_t i = from; i < e.args.size(); ++i) args.push_back(resolve(e.args[i]));
    return makeExpr(e.head, std::move(args));
  }

  Value resolveCallSignature(const Value& sig) {
    if (isHead(sig, syms().where)) {
      std::vector<Value> args{resolveCallSignature(E(sig).args[0])};
      for (size_t i = 1; i < E(sig).args.size(); ++i) args.push_back(E(sig).args[i]);
      return makeExpr(syms().where, std::move(args));
    }
    if (isHead(sig, syms().dcolon) && E(sig).args.size() == 2 && isHead(E(sig).args[0], syms().call))
      return makeExpr(syms().dcolon, {resolveCallSignature(E(sig).args[0]), resolve(E(sig).args[1])});
    if (!isHead(sig, syms().call)) return resolveParams(sig);
    std::vector<Value> args{bindingName(E(sig).args[0])};
    for (size_t i = 1; i < E(sig).args.size(); ++i) args.push_back(resolveParams(E(sig).args[i]));
    return makeExpr(syms().call, std::move(args));
  }

  // Parameter declarations: names are bindings, types and defaults are values.
  Value resolveParams(const Value& p) {
    const Syms& S = syms();
    if (p.isSymbol()) return bindingName(p);
    if (isHead(p, S.dcolon)) {
      if (E(p).args.size() == 1) return makeExpr(S.dcolon, {resolve(E(p).args[0])});
      return makeExpr(S.dcolon, {bindingName(E(p).args[0]), resolve(E(p).args[1])});
    }
    if (isHead(p, S.kw)) return makeExpr(S.kw, {resolveParams(E(p).args[0]), resolve(E(p).args[1])});
    if (isHead(p, S.splat)) return makeExpr(S.splat, {resolveParams(E(p).args[0])});
    if (isHead(p, S.tuple) || isHead(p, S.parameters)) {
      std::vector<Value> args;
      for (const Value& x : E(p).args) args.push_back(resolveParams(x));
      return makeExpr(E(p).head, std::move(args));
    }
    return resolve(p);
  }

  Value resolve(const Value& ex) {
    if (ex.isSymbol()) return symbol(ex.asSymbol());
    if (!ex.isExpr()) return ex;
    const ExprObj& e = E(ex);
    const Syms& S = syms();
    Symbol h = e.head;
    if (h == S.hygienic_scope) {
      Ctx c;
      c.mod = const_cast<ModuleObj*>(&e.args[1].as<ModuleObj>());
      std::unordered_set<const void*> locals;
      collectLocals(e.args[0], locals);
      for (const void* id : locals) c.renames[id] = I.gensym(Symbol::fromId(id).str());
      stack.push_back(std::move(c));
      Value r = resolve(e.args[0]);
      stack.pop_back();
      if (auto it = I.scopeMacros.find(ex.obj()); it != I.scopeMacros.end()) {
        if (r.isExpr()) I.expansionSites[r.obj()] = {r, it->second.macro, it->second.source};
        I.scopeMacros.erase(it);
      }
      return r;
    }
    if (h == S.escape) {
      if (stack.size() <= 1) return resolve(e.args[0]);
      Ctx top = std::move(stack.back());
      stack.pop_back();
      Value r = resolve(e.args[0]);
      stack.push_back(std::move(top));
      return r;
    }
    if (h == S.inbounds || h == S.meta || h == S.boundscheck || h == S.loopinfo) return ex;  // markers, not code
    bool inMacro = stack.back().mod != nullptr;
    if (h == S.quote) {
      if (!inMacro) return ex;
      if (!containsInterpolation(e.args[0])) return makeExpr(S.copyast, {makeQuoteNode(e.args[0])});
      return makeExpr(S.quote, {resolveQuote(e.args[0], 0)});
    }
    if (!inMacro) {
      // User code: only nested expansions and escapes need work.
      std::vector<Value> args;
      bool changed = false;
      for (const Value& a : e.args) {
        Value x = resolve(a);
        changed = changed || x.obj() != a.obj() || x.tag() != a.tag();
        args.push_back(std::move(x));
      }
      return changed ? makeExpr(h, std::move(args)) : ex;
    }
    if (h == S.inert || h == S.meta || h == S.macrocall || h == S.module || h == S.struct_ || h == S.abstract ||
        h == S.primitive || h == S.export_ || h == S.import || h == S.using_ || h == S.line)
      return ex;
    if (h == S.dot && e.args.size() == 2 && e.args[1].isObject(ObjKind::QuoteNode))
      return makeExpr(h, {resolve(e.args[0]), e.args[1]});
    if (h == S.kw && e.args.size() == 2) return makeExpr(h, {e.args[0], resolve(e.args[1])});
    if (h == S.parameters) {
      std::vector<Value> args;
      for (const Value& a : e.args) args.push_back(isHead(a, S.kw) ? makeExpr(S.kw, {E(a).args[0], resolve(E(a).args[1])}) : resolve(a));
      return makeExpr(h, std::move(args));
    }
    if (h == S.global) return ex;
    if (h == S.local) {
      std::vector<Value> args;
      for (const Value& a : e.args) args.push_back(isHead(a, S.assign) ? makeExpr(S.assign, {resolveParams(E(a).args[0]), resolve(E(a).args[1])}) : resolveParams(a));
      return makeExpr(h, std::move(args));
    }
    if (h == S.function || h == S.arrow) {
      std::vector<Value> args{h == S.function ? resolveCallSignature(e.args[0]) : resolveParams(e.args[0])};
      for (size_t i = 1; i < e.args.size(); ++i) args.push_back(resolve(e.args[i]));
      return makeExpr(h, std::move(args));
    }
    if (h == S.assign) {
      const Value& lhs = e.args[0];
      Value l = (isHead(lhs, S.call) || isHead(lhs, S.where)) ? resolveCallSignature(lhs) : resolveTarget(lhs);
      return makeExpr(h, {l, resolve(e.args[1])});
    }
    if (h == S.for_) {
      const Value& spec = e.args[0];
      auto one = [&](const Value& s) { return makeExpr(E(s).head, {resolveParams(E(s).args[0]), resolve(E(s).args[1])}); };
      Value specs;
      if (isHead(spec, S.block)) {
        std::vector<Value> xs;
        for (const Value& s : E(spec).args) xs.push_back(s.isExpr() ? one(s) : s);
        specs = makeExpr(S.block, std::move(xs));
      } else {
        specs = one(spec);
      }
      return makeExpr(h, {specs, resolve(e.args[1])});
    }
    if (h == S.try_) {
      std::vector<Value> args;
      for (size_t i = 0; i < e.args.size(); ++i) args.push_back(i == 1 ? bindingName(e.args[i]) : resolve(e.args[i]));
      return makeExpr(h, std::move(args));
    }
    if (h == S.let) {
      const Value& b = e.args[0];
      auto one = [&](const Value& x) {
        return isHead(x, S.assign) ? makeExpr(S.assign, {resolveParams(E(x).args[0]), resolve(E(x).args[1])}) : resolveParams(x);
      };
      Value bs;
      if (isHead(b, S.block)) {
        std::vector<Value> xs;
        for (const Value& x : E(b).args) xs.push_back(one(x));
        bs = makeExpr(S.block, std::move(xs));
      } else {
        bs = b.isNothing() ? b : one(b);
      }
      return makeExpr(h, {bs, resolve(e.args[1])});
    }
    return mapArgs(e, 0);
  }

  Value resolveTarget(const Value& t) {
    const Syms& S = syms();
    if (t.isSymbol()) return bindingName(t);
    if (isHead(t, S.tuple)) {
      std::vector<Value> args;
      for (const Value& x : E(t).args) args.push_back(resolveTarget(x));
      return makeExpr(S.tuple, std::move(args));
    }
    if (isHead(t, S.dcolon) && E(t).args.size() == 2) return makeExpr(S.dcolon, {resolveTarget(E(t).args[0]), resolve(E(t).args[1])});
    return resolve(t);
  }
};
}  // namespace

Symbol Interp::Impl::gensym(std::string_view base) {
  return Symbol("#" + std::to_string(++gensymCounter) + "#" + std::string(base));
}

Value Interp::Impl::expandMacros(const Value& ex, ModuleObj* m, bool recursive) {
  Expander x{*this, recursive};
  std::vector<ModuleObj*> ctx{m};
  return x.expand(ex, ctx);
}

Value Interp::Impl::resolveHygiene(const Value& ex) {
  Resolver r{*this, {}};
  r.stack.emplace_back();
  return r.resolve(ex);
}

}  // namespace jl::interp
