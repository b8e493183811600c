// The type system, part 2: Julia's subtyping relation, signature matching with `where`
// variables, method specificity and method selection. The algorithm follows the
// structure of Julia's src/subtype.c (an environment of ∀/∃ variable bindings with
// bounds narrowed as the walk proceeds, occurrence counting for the diagonal rule) in a
// simplified form; docs/types.md lists the known deviations.
#include <algorithm>

#include "interp/types.hpp"
#include "interp/types_internal.hpp"

namespace jl::interp {

using namespace detail;

namespace {

struct VarBinding {
  Value var;
  Value lb, ub;
  bool right = false;  // existential (bound by a UnionAll on the right-hand side)
  int occCov = 0;      // covariant occurrences seen (saturates at 2)
  int occInv = 0;      // invariant occurrences seen
  int depth0 = 0;      // invariance depth where the variable was introduced
  bool leaf = false;   // universal variable that is itself diagonal (ranges over concrete types)
};

// Syntactic occurrences of `var` in `t`: covariant (top level, Tuple elements, Union
// members) and invariant (parameters of other types).
void countOccurrences(const Value& t, const Value& var, bool inv, int& cov, int& invc) {
  if (!isType(t)) return;
  switch (t.as<TypeObj>().tkind) {
    case TypeKind::TypeVar:
      if (t.obj() == var.obj()) ++(inv ? invc : cov);
      return;
    case TypeKind::Union:
      for (auto& m : un(t).members) countOccurrences(m, var, inv, cov, invc);
      return;
    case TypeKind::UnionAll:
      if (ua(t).var.obj() != var.obj()) countOccurrences(ua(t).body, var, inv, cov, invc);
      return;
    case TypeKind::Vararg:
      countOccurrences(va(t).elem, var, inv, cov, invc);
      countOccurrences(va(t).count, var, true, cov, invc);
      return;
    case TypeKind::DataType: {
      bool tuple = isTupleDT(t);
      for (auto& p : dt(t).params) countOccurrences(p, var, inv || !tuple, cov, invc);
      return;
    }
  }
}

}  // namespace

// One subtype query: the variable environment and the walk.
class Subtyper {
 public:
  explicit Subtyper(TypeSystem& t) : ts(t) {}
  TypeSystem& ts;
  std::vector<VarBinding> env;
  int invdepth = 0;

  bool isLeafBound(const Value& v) const {
    if (!isType(v) || isBottom(v)) return true;
    if (isTV(v)) {
      int i = lookup(v);
      if (i >= 0 && !env[i].right) return env[i].leaf || (isDT(env[i].ub) && dt(env[i].ub).isConcrete());
      return false;
    }
    return isDT(v) && (dt(v).isConcrete() || isTypeTypeDT(v));
  }

  int lookup(const Value& v) const {
    for (size_t i = env.size(); i-- > 0;)
      if (env[i].var.obj() == v.obj()) return static_cast<int>(i);
    return -1;
  }

  void record(int i, int param) {
    if (param == 0) return;
    VarBinding& b = env[i];
    if (param == 2 && invdepth > b.depth0) {
      if (b.occInv < 2) ++b.occInv;
    } else if (b.occCov < 2) {
      ++b.occCov;
    }
  }

  // Checks without leaving bindings behind.
  bool probe(const Value& x, const Value& y) {
    auto saved = env;
    int d = invdepth;
    bool r = sub(x, y, 0);
    env = std::move(saved);
    invdepth = d;
    return r;
  }

  bool sub(const Value& x, const Value& y, int param) {
    if (sameObject(x, y)) return true;
    if (isTV(x)) return isTV(y) ? subVars(x, y, param) : varLt(x, y, param);
    if (isTV(y)) return varGt(y, x, param);
    bool xt = isType(x), yt = isType(y);
    if (!xt || !yt) return !xt && !yt && sameParam(x, y);
    if (isVA(x) || isVA(y)) {
      if (!isVA(x) || !isVA(y)) return false;
      const auto& a = va(x);
      const auto& b = va(y);
      if (!sub(a.elem.isObject() ? a.elem : ts.Any, b.elem.isObject() ? b.elem : ts.Any, param)) return false;
      if (b.count.isNothing()) return true;
      if (a.count.isNothing()) return false;
      return eqInv(a.count, b.count);
    }
    if (sameObject(y, ts.Any) || isBottom(x)) return true;
    if (isUnionT(x)) {
      for (auto& m : un(x).members)
        if (!sub(m, y, param)) return false;
      return true;
    }
    if (isUA(x)) return unionAllLeft(x, y, param);
    if (isUnionT(y)) {
      auto saved = env;
      for (auto& m : un(y).members) {
        if (sub(x, m, param)) return true;
        env = saved;
      }
      return false;
    }
    if (isUA(y)) return unionAllRight(x, y, param);
    return subDataType(x, y, param);
  }

  // Enters `var` (renamed when the same variable is already bound, e.g. comparing a type
  // with itself under different quantifiers).
  void enter(Value& var, Value& body, bool right) {
    if (lookup(var) >= 0) {
      const auto& t = tv(var);
      Value fresh = ts.newTypeVar(t.name, t.lb, t.ub);
      body = ts.substitute(body, {{var, fresh}});
      var = fresh;
    }
    env.push_back({var, tv(var).lb, tv(var).ub, right, 0, 0, invdepth, false});
    if (!right) {
      int cov = 0, inv = 0;
      countOccurrences(body, var, false, cov, inv);
      env.back().leaf = cov > 1 && inv == 0;
    }
  }

  bool unionAllLeft(const Value& x, const Value& y, int param) {
    Value var = ua(x).var, body = ua(x).body;
    enter(var, body, false);
    size_t depth = env.size();
    bool r = sub(body, y, param);
    if (r) r = unescape(var, depth - 1);
    env.resize(depth - 1);
    return r;
  }

  // Leaving the scope of universal `var`: an existential bound outside cannot depend on
  // it, so bounds mentioning it widen (lower bounds take its upper bound, upper bounds its
  // lower bound) and must stay consistent. E.g. Vector{Vector{T} where T} is not a
  // Vector{Vector{S}} for any single S.
  bool unescape(const Value& var, size_t pos) {
    Value vlb = env[pos].lb, vub = env[pos].ub;
    for (size_t i = 0; i < pos; ++i) {
      if (!env[i].right) continue;
      bool l = hasTypeVar(env[i].lb, var), u = hasTypeVar(env[i].ub, var);
      if (!l && !u) continue;
      Value lb = l ? (sameObject(env[i].lb, var) ? vub : ts.substitute(env[i].lb, {{var, vub}})) : env[i].lb;
      Value ub = u ? (sameObject(env[i].ub, var) ? vlb : ts.substitute(env[i].ub, {{var, vlb}})) : env[i].ub;
      if (!isType(lb) || !isType(ub)) return false;
      if (!probe(lb, ub)) return false;
      env[i].lb = lb;
      env[i].ub = ub;
    }
    return true;
  }

  bool unionAllRight(const Value& x, const Value& y, int param) {
    Value var = ua(y).var, body = ua(y).body;
    enter(var, body, true);
    size_t depth = env.size();
    bool r = sub(x, body, param);
    if (r) {
      const VarBinding& b = env[depth - 1];
      // Diagonal rule: a variable seen more than once, only covariantly, must be concrete.
      if (b.occCov > 1 && b.occInv == 0 && !isLeafBound(b.lb)) r = false;
    }
    env.resize(depth - 1);
    return r;
  }

  bool subVars(const Value& x, const Value& y, int param) {
    int xi = lookup(x), yi = lookup(y);
    bool xr = xi >= 0 && env[xi].right, yr = yi >= 0 && env[yi].right;
    if (xr) {
      if (yi >= 0) record(yi, param);
      if (yr) {
        record(xi, param);
        return sub(env[xi].lb, env[yi].ub, param);
      }
      return varLt(x, y, param);
    }
    if (yr) {
      if (xi >= 0) record(xi, param);
      return varGt(y, x, param);
    }
    // Both universal (or free): x <: y for all values iff ub(x) <: y or x <: lb(y).
    Value xub = xi >= 0 ? env[xi].ub : tv(x).ub;
    Value ylb = yi >= 0 ? env[yi].lb : tv(y).lb;
    return sub(xub, y, param) || sub(x, ylb, param);
  }

  // var <: a
  bool varLt(const Value& var, const Value& a, int param) {
    int i = lookup(var);
    if (i < 0) return sub(tv(var).ub, a, param);
    record(i, param);
    if (!env[i].right) {
      Value ub = env[i].ub;
      return sub(ub, a, param);
    }
    if (sameParam(env[i].ub, a)) return true;
    Value lb = env[i].lb;
    if (!(isBottom(lb) && !isType(a)) && !sub(lb, a, 0)) return false;
    Value m = meet(env[i].ub, a);
    env[i].ub = m;
    return true;
  }

  // a <: var
  bool varGt(const Value& var, const Value& a, int param) {
    int i = lookup(var);
    if (i < 0) return sub(a, tv(var).lb, param);
    record(i, param);
    if (!env[i].right) {
      Value lb = env[i].lb;
      return sub(a, lb, param);
    }
    if (sameParam(env[i].lb, a)) return true;
    Value ub = env[i].ub;
    if (!(sameObject(ub, ts.Any) && !isType(a)) && !sub(a, ub, 0)) return false;
    Value lb = env[i].lb;
    Value j;
    if (isBottom(lb)) {
      j = a;
    } else if (!isType(a) || !isType(lb)) {
      if (!sameParam(lb, a)) return false;
      j = lb;
    } else if (probe(a, lb)) {
      j = lb;
    } else if (probe(lb, a)) {
      j = a;
    } else {
      j = ts.unionOf({lb, a});
    }
    env[i].lb = j;
    return true;
  }

  Value meet(const Value& u, const Value& a) {
    if (sameObject(u, ts.Any) || !isType(a)) return a;
    if (!isType(u)) return u;
    if (probe(a, u)) return a;
    if (probe(u, a)) return u;
    return a;  // approximation: Julia would compute the intersection
  }

  // Invariant position: a == b.
  bool eqInv(const Value& a, const Value& b) {
    if (sameObject(a, b)) return true;
    if (!isType(a) && !isType(b)) return sameParam(a, b);
    if (isDT(a) && isDT(b) && dt(a).isConcrete() && dt(b).isConcrete()) return false;  // interned
    ++invdepth;
    bool r = sub(a, b, 2) && sub(b, a, 2);
    --invdepth;
    return r;
  }

  bool subDataType(const Value& x, const Value& y, int param) {
    const auto& xd = dt(x);
    const auto& yd = dt(y);
    bool xTuple = isTupleDT(x), yTuple = isTupleDT(y);
    if (xTuple && yTuple) return subTuple(x, y);
    if (isTypeTypeDT(x)) {
      if (isTypeTypeDT(y)) return eqInv(xd.params[0], yd.params[0]);
      const Value& p = xd.params[0];
      // Type{Int} <: DataType: the kind of the parameter.
      if (isType(p) && !isTV(p) && !isVA(p) && sub(ts.typeOf(p), y, param)) return true;
    }
    if (isTypeTypeDT(y) && ts.isKind(x) && !sameObject(x, ts.TypeofBottom)) {
      // DataType <: Type{T} for an unconstrained existential T (i.e. DataType <: Type).
      const Value& p = yd.params[0];
      if (!isTV(p)) return false;
      int i = lookup(p);
      return i >= 0 && env[i].right && isBottom(env[i].lb) && sameObject(env[i].ub, ts.Any);
    }
    Value cur = x;
    while (isDT(cur) && dt(cur).tname != yd.tname) cur = dt(cur).super;
    if (!isDT(cur)) return false;
    const auto& cd = dt(cur);
    if (cd.params.size() != yd.params.size()) return false;
    for (size_t i = 0; i < cd.params.size(); ++i)
      if (!eqInv(cd.params[i], yd.params[i])) return false;
    return true;
  }

  // A Vararg count that is a known integer becomes that many fixed elements.
  void resolveCount(TupleParts& p) {
    if (!p.va) return;
    Value n = p.vaCount;
    if (isTV(n)) {
      int i = lookup(n);
      if (i >= 0 && env[i].right && n.isObject() && env[i].lb.isSignedInt()) n = env[i].lb;
    }
    if (n.isSignedInt()) {
      for (int64_t k = 0; k < n.asInt64(); ++k) p.fixed.push_back(p.vaElem);
      p.va = false;
    }
  }

  bool bindCount(const Value& nvar, const Value& val) {
    int i = lookup(nvar);
    if (i < 0 || !env[i].right) return false;
    VarBinding& b = env[i];
    if (isBottom(b.lb) && sameObject(b.ub, ts.Any)) {
      b.lb = b.ub = val;
      return true;
    }
    return sameParam(b.lb, val);
  }

  bool subTuple(const Value& x, const Value& y) {
    TupleParts xp = tupleParts(x), yp = tupleParts(y);
    resolveCount(xp);
    resolveCount(yp);
    if (!yp.va) {
      if (xp.va) {
        // Only an existential length can make a vararg tuple fit a fixed-length one.
        if (!isTV(xp.vaCount) || xp.fixed.size() > yp.fixed.size()) return false;
        if (!bindCount(xp.vaCount, Value::int64(static_cast<int64_t>(yp.fixed.size() - xp.fixed.size())))) return false;
        resolveCount(xp);
        if (xp.va) return false;
      }
      if (xp.fixed.size() != yp.fixed.size()) return false;
      for (size_t i = 0; i < xp.fixed.size(); ++i)
        if (!sub(xp.fixed[i], yp.fixed[i], 1)) return false;
      return true;
    }
    size_t n = xp.fixed.size(), m = yp.fixed.size();
    if (n < m) return false;  // x admits tuples shorter than y's fixed part
    Value Y = yp.vaElem.isObject() ? yp.vaElem : ts.Any;
    bool yBound = isTV(yp.vaCount);
    if (yBound) {
      const Value& N = yp.vaCount;
      if (!xp.va) {
        if (!bindCount(N, Value::int64(static_cast<int64_t>(n - m)))) return false;
      } else if (isTV(xp.vaCount)) {
        if (n != m) return false;
        if (!sameObject(N, xp.vaCount) && !bindCount(N, xp.vaCount)) return false;
      } else {
        int i = lookup(N);
        if (i < 0 || !env[i].right) return false;  // unbounded x vs. a universal length
      }
    }
    for (size_t i = 0; i < m; ++i)
      if (!sub(xp.fixed[i], yp.fixed[i], 1)) return false;
    for (size_t i = m; i < n; ++i)
      if (!sub(xp.fixed[i], Y, 1)) return false;
    if (xp.va && !sub(xp.vaElem.isObject() ? xp.vaElem : ts.Any, Y, 1)) return false;
    return true;
  }
};

// =======================================================================================

namespace {
// Tuple{Union{A,B}, C} -> [Tuple{A,C}, Tuple{B,C}] (at most 64 combinations).
bool expandTupleUnions(TypeSystem& ts, const Value& t, std::vector<Value>& out) {
  if (!isTupleDT(t)) return false;
  const auto& ps = dt(t).params;
  bool any = false;
  size_t total = 1;
  for (auto& p : ps) {
    if (isUnionT(p)) {
      any = true;
      total *= un(p).members.size();
      if (total > 64) return false;
    }
  }
  if (!any) return false;
  std::vector<std::vector<Value>> acc{{}};
  for (auto& p : ps) {
    std::vector<std::vector<Value>> next;
    const std::vector<Value> one{p};
    const auto& choices = isUnionT(p) ? un(p).members : one;
    for (auto& prefix : acc)
      for (auto& c : choices) {
        next.push_back(prefix);
        next.back().push_back(c);
      }
    acc = std::move(next);
  }
  for (auto& elems : acc) out.push_back(ts.tupleType(elems));
  return true;
}
}  // namespace

bool TypeSystem::isSubtype(const Value& a, const Value& b) {
  if (sameObject(a, b)) return true;
  {
    Subtyper s(*this);
    if (s.sub(a, b, 0)) return true;
  }
  // Covariant tuple components distribute over unions: check each combination alone.
  std::vector<Value> parts;
  if (expandTupleUnions(*this, a, parts)) {
    for (auto& p : parts) {
      Subtyper s(*this);
      if (!s.sub(p, b, 0)) return false;
    }
    return true;
  }
  return false;
}

bool TypeSystem::typesEqual(const Value& a, const Value& b) {
  return sameParam(a, b) || (isSubtype(a, b) && isSubtype(b, a));
}

bool TypeSystem::sameSignature(const Value& a, const Value& b) { return typesEqual(a, b); }

bool TypeSystem::matchSignature(const Value& sig, const std::vector<Value>& argTypes,
                                const std::vector<Value>& sparams, std::vector<Value>* sparamValues) {
  Subtyper s(*this);
  Value body = sig;
  while (isUA(body)) {
    Value var = ua(body).var;
    s.env.push_back({var, tv(var).lb, tv(var).ub, true, 0, 0, 0, false});
    body = ua(body).body;
  }
  Value x = tupleType(argTypes);
  if (!s.sub(x, body, 0)) return false;
  for (auto& b : s.env)
    if (b.occCov > 1 && b.occInv == 0 && !s.isLeafBound(b.lb)) return false;
  if (sparamValues) {
    sparamValues->clear();
    for (auto& sp : sparams) {
      int i = s.lookup(sp);
      if (i < 0) {
        sparamValues->push_back(sp);
        continue;
      }
      const VarBinding& b = s.env[i];
      Value v;
      if (!isType(b.lb) || !isBottom(b.lb)) v = b.lb;
      else if (isBottom(b.ub) || !isType(b.ub)) v = b.ub;
      else v = b.var;  // undetermined: the evaluator reports `T` as not defined
      sparamValues->push_back(v);
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// specificity

namespace {
struct SigView {
  std::vector<Value> vars;  // outermost first
  TupleParts parts;
  bool ok = false;
};

SigView viewOf(TypeSystem& ts, const Value& sig) {
  SigView v;
  Value b = sig;
  while (isUA(b)) {
    v.vars.push_back(ua(b).var);
    b = ua(b).body;
  }
  if (!isTupleDT(b)) return v;
  v.parts = tupleParts(b);
  v.ok = true;
  return v;
}

// An argument type of a signature as a closed type: `T` with `T<:Integer` becomes
// `T where T<:Integer`, `Vector{T}` becomes `Vector{T} where T`.
Value closeOver(TypeSystem& ts, const SigView& s, const Value& t) {
  Value r = t;
  for (size_t i = s.vars.size(); i-- > 0;) r = ts.newUnionAll(s.vars[i], r);
  return r;
}
}  // namespace

static bool elemMoreSpecific(TypeSystem& ts, const Value& c, const Value& p) {
  Value cu = ts.unwrap(c), pu = ts.unwrap(p);
  if (isTypeTypeDT(cu) && ts.isKind(p)) return true;  // Type{T} beats DataType
  if (ts.isKind(c) && isTypeTypeDT(pu)) return false;
  return ts.isSubtype(c, p) && !ts.isSubtype(p, c);
}

// Julia's tuple_morespecific, simplified: every argument of `c` is more specific than
// or a subtype of `p`'s, and at least one is strictly more specific (or the arity makes
// `c` more specific: fixed beats vararg, a longer fixed prefix beats a shorter one).
static bool tupleMoreSpecific(TypeSystem& ts, const SigView& c, const SigView& p) {
  const auto& cp = c.parts;
  const auto& pp = p.parts;
  size_t cn = cp.fixed.size(), pn = pp.fixed.size();
  bool some = false;
  size_t n = std::max(cn, pn);
  for (size_t i = 0; i < n; ++i) {
    Value ce, pe;
    if (i < cn) ce = cp.fixed[i];
    else if (cp.va) ce = cp.vaElem;
    else return false;
    if (i < pn) pe = pp.fixed[i];
    else if (pp.va) pe = pp.vaElem;
    else return false;
    Value cc = closeOver(ts, c, ce.isObject() ? ce : ts.Any), pc = closeOver(ts, p, pe.isObject() ? pe : ts.Any);
    bool cms = elemMoreSpecific(ts, cc, pc);
    if (!cms && !ts.isSubtype(cc, pc)) return false;
    some |= cms;
  }
  if (cp.va && pp.va) {
    Value cc = closeOver(ts, c, cp.vaElem), pc = closeOver(ts, p, pp.vaElem);
    bool cms = elemMoreSpecific(ts, cc, pc);
    if (!cms && !ts.isSubtype(cc, pc)) return false;
    return some || cms || cn > pn;
  }
  if (!cp.va && pp.va) return true;
  // A vararg signature whose elements are strictly more specific still wins over a fixed
  // one (Julia picks `Dict(ps::Pair...)` over `Dict(kv)` for `Dict(:a => 1)`).
  if (cp.va && !pp.va) return some;
  return some;
}

bool TypeSystem::moreSpecific(const Value& a, const Value& b) {
  if (sameParam(a, b)) return false;
  bool ab = isSubtype(a, b), ba = isSubtype(b, a);
  if (ab != ba) return ab;
  if (ab && ba) return false;  // the same type: neither is more specific
  SigView va_ = viewOf(*this, a), vb = viewOf(*this, b);
  if (!va_.ok || !vb.ok) return false;
  return tupleMoreSpecific(*this, va_, vb) && !tupleMoreSpecific(*this, vb, va_);
}

TypeSystem::Selection TypeSystem::selectMethod(const FunctionObj& f, const std::vector<Value>& argTypes,
                                               uint64_t world) {
  struct Cand {
    const Method* m;
    std::vector<Value> sp;
  };
  std::vector<Cand> cands;
  for (auto& mp : f.methods) {
    if (!mp || mp->world > world) continue;
    std::vector<Value> sp;
    if (matchSignature(mp->sig, argTypes, mp->sparams, &sp)) cands.push_back({mp.get(), std::move(sp)});
  }
  Selection sel;
  if (cands.empty()) return sel;
  size_t best = 0;
  for (size_t i = 1; i < cands.size(); ++i)
    if (moreSpecific(cands[i].m->sig, cands[best].m->sig)) best = i;
  bool beatsAll = true;
  for (size_t i = 0; i < cands.size() && beatsAll; ++i)
    if (i != best && !moreSpecific(cands[best].m->sig, cands[i].m->sig)) beatsAll = false;
  if (beatsAll) {
    sel.method = cands[best].m;
    sel.sparamValues = std::move(cands[best].sp);
    return sel;
  }
  // Ambiguous: report the maximal candidates (those no other candidate beats).
  for (size_t i = 0; i < cands.size(); ++i) {
    bool dominated = false;
    for (size_t j = 0; j < cands.size() && !dominated; ++j)
      if (i != j && moreSpecific(cands[j].m->sig, cands[i].m->sig)) dominated = true;
    if (!dominated) sel.ambiguous.push_back(cands[i].m);
  }
  if (sel.ambiguous.size() < 2) {
    sel.ambiguous.clear();
    sel.ambiguous.push_back(cands[best].m);
    for (size_t i = 0; i < cands.size(); ++i)
      if (i != best && !moreSpecific(cands[best].m->sig, cands[i].m->sig)) sel.ambiguous.push_back(cands[i].m);
  }
  return sel;
}

}  // namespace jl::interp
