// Native methods of Base for tuples, named tuples, pairs, Dict, Set, integer ranges, the
// generic algorithms over any iterable (collect, map, filter, reductions, any/all/count,
// in, first/last) and broadcasting. Dicts and Sets iterate in insertion order (Julia's
// order is its hash order; see docs/collections.md). Keyword arguments are handled by
// Julia wrappers in base/collections.jl, which call the positional natives defined here.
#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "interp/coll_support.hpp"
#include "interp/interp.hpp"

namespace jl::interp {
namespace {

using namespace coll;

const std::string kEmptyReduce =
    "reducing over an empty collection is not allowed; consider supplying `init` to the reducer";

Value call1(Interp& in, const Value& f, const Value& x) { return in.call(f, std::span<const Value>(&x, 1)); }
Value call2(Interp& in, const Value& f, const Value& x, const Value& y) {
  Value args[] = {x, y};
  return in.call(f, args);
}
bool isBaseFn(Interp& in, const Value& f, std::string_view name) {
  if (!f.isObject(ObjKind::Function)) return false;
  Value b = in.baseValue(name);
  return b.isObject() && b.obj() == f.obj();
}
const std::vector<Value>& tup(const Value& v) { return v.as<TupleObj>().elems; }

// --- tuples ----------------------------------------------------------------------------
Value tupleGetindex(Interp& in, Args a) {
  const auto& t = tup(a[0]);
  if (a[1].isInteger() && !a[1].isBool()) {
    int64_t i = toIndex(in, a[1]);
    if (i < 1 || i > static_cast<int64_t>(t.size())) boundsError(in, a[0], {a[1]});
    return t[static_cast<size_t>(i - 1)];
  }
  std::vector<Value> out;
  IntRange r;
  if (asIntRange(in, a[1], r)) {
    for (int64_t k = 0; k < r.len; ++k) {
      int64_t i = r.at(k);
      if (i < 1 || i > static_cast<int64_t>(t.size())) boundsError(in, a[0], {a[1]});
      out.push_back(t[static_cast<size_t>(i - 1)]);
    }
    return in.makeTuple(std::move(out));
  }
  if (isArray(a[1])) {
    const auto& idx = arr(a[1]).elems();
    bool logical = in.types().isSubtype(arrayEltype(in, a[1]), in.types().Bool);
    if (logical) {
      if (idx.size() != t.size()) boundsError(in, a[0], {a[1]});
      for (size_t k = 0; k < idx.size(); ++k)
        if (idx[k].asBool()) out.push_back(t[k]);
    } else {
      for (auto& x : idx) {
        int64_t i = toIndex(in, x);
        if (i < 1 || i > static_cast<int64_t>(t.size())) boundsError(in, a[0], {a[1]});
        out.push_back(t[static_cast<size_t>(i - 1)]);
      }
    }
    return in.makeTuple(std::move(out));
  }
  if (isColon(in, a[1])) return a[0];
  toIndex(in, a[1]);
  in.methodError(in.baseValue("getindex"), a);
}

Value tupleLength(Interp&, Args a) { return i64(static_cast<int64_t>(tup(a[0]).size())); }
Value tupleIsempty(Interp&, Args a) { return Value::boolean(tup(a[0]).empty()); }
Value tupleIterate(Interp& in, Args a) {
  int64_t i = a.size() > 1 ? toIndex(in, a[1]) : 1;
  const auto& t = tup(a[0]);
  if (i < 1 || i > static_cast<int64_t>(t.size())) return Value();
  return in.makeTuple({t[static_cast<size_t>(i - 1)], i64(i + 1)});
}
Value tupleLastindex(Interp&, Args a) { return i64(static_cast<int64_t>(tup(a[0]).size())); }
Value tupleEachindex(Interp& in, Args a) { return makeOneTo(in, static_cast<int64_t>(tup(a[0]).size())); }
Value tupleTail(Interp& in, Args a) {
  const auto& t = tup(a[0]);
  if (t.empty()) argumentError(in, "Cannot call tail on an empty tuple.");
  return in.makeTuple(std::vector<Value>(t.begin() + 1, t.end()));
}
Value tupleFront(Interp& in, Args a) {
  const auto& t = tup(a[0]);
  if (t.empty()) argumentError(in, "Cannot call front on an empty tuple.");
  return in.makeTuple(std::vector<Value>(t.begin(), t.end() - 1));
}
Value tupleReverse(Interp& in, Args a) {
  std::vector<Value> v = tup(a[0]);
  std::reverse(v.begin(), v.end());
  return in.makeTuple(std::move(v));
}
Value ntupleNative(Interp& in, Args a) {
  int64_t n = toIndex(in, a[1]);
  if (n < 0) argumentError(in, "tuple length should be ≥ 0, got " + std::to_string(n));
  std::vector<Value> v;
  for (int64_t i = 1; i <= n; ++i) v.push_back(call1(in, a[0], i64(i)));
  return in.makeTuple(std::move(v));
}

Value seqEqual(Interp& in, const std::vector<Value>& x, const std::vector<Value>& y, const char* op) {
  if (x.size() != y.size()) return Value::boolean(false);
  bool sawMissing = false;
  for (size_t i = 0; i < x.size(); ++i) {
    Value args[] = {x[i], y[i]};
    Value r = in.callBase(op, args);
    if (!r.isBool()) sawMissing = true;
    else if (!r.asBool()) return Value::boolean(false);
  }
  if (sawMissing) return in.baseValue("missing");
  return Value::boolean(true);
}
Value tupleEq(Interp& in, Args a) { return seqEqual(in, tup(a[0]), tup(a[1]), "=="); }
Value tupleIsequal(Interp& in, Args a) { return seqEqual(in, tup(a[0]), tup(a[1]), "isequal"); }

// Lexicographic comparison with `op` (isless or <); equality by isequal / ==.
Value tupleLess(Interp& in, const std::vector<Value>& x, const std::vector<Value>& y, const char* lt, const char* eq) {
  size_t n = std::min(x.size(), y.size());
  for (size_t i = 0; i < n; ++i) {
    Value ab[] = {x[i], y[i]};
    if (in.isTruthy(in.callBase(lt, ab))) return Value::boolean(true);
    if (!in.isTruthy(in.callBase(eq, ab))) return Value::boolean(false);
  }
  return Value::boolean(x.size() < y.size());
}
Value tupleIsless(Interp& in, Args a) { return tupleLess(in, tup(a[0]), tup(a[1]), "isless", "isequal"); }
Value tupleLt(Interp& in, Args a) { return tupleLess(in, tup(a[0]), tup(a[1]), "<", "=="); }

// --- named tuples ----------------------------------------------------------------------
Value makeNamedTuple(Interp& in, Args a) {  // _namedtuple(names::Tuple, values::Tuple)
  std::vector<Symbol> names;
  for (auto& s : tup(a[0])) {
    if (!s.isSymbol()) in.throwNew("TypeError", {Value::symbol("NamedTuple"), in.makeString(""), in.types().Symbol, s});
    names.push_back(s.asSymbol());
  }
  std::vector<Value> vals = tup(a[1]);
  if (vals.size() != names.size()) argumentError(in, "Wrong number of arguments to named tuple constructor.");
  for (size_t i = 0; i < names.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (names[i] == names[j]) in.error("duplicate field name in NamedTuple: \"" + names[i].str() + "\" is not unique");
  return Value::object(new NamedTupleObj(std::move(names), std::move(vals)));
}
const NamedTupleObj& nt(const Value& v) { return v.as<NamedTupleObj>(); }
Value ntGetindex(Interp& in, Args a) {
  const auto& t = nt(a[0]);
  if (a[1].isSymbol()) {
    for (size_t i = 0; i < t.names.size(); ++i)
      if (t.names[i] == a[1].asSymbol()) return t.values[i];
    in.throwNew("FieldError", {typeOf(in, a[0]), a[1]});
  }
  int64_t i = toIndex(in, a[1]);
  if (i < 1 || i > static_cast<int64_t>(t.values.size())) boundsError(in, a[0], {a[1]});
  return t.values[static_cast<size_t>(i - 1)];
}
Value ntLength(Interp&, Args a) { return i64(static_cast<int64_t>(nt(a[0]).values.size())); }
Value ntKeys(Interp& in, Args a) {
  std::vector<Value> k;
  for (auto s : nt(a[0]).names) k.push_back(Value::symbol(s));
  return in.makeTuple(std::move(k));
}
Value ntValues(Interp& in, Args a) { return in.makeTuple(nt(a[0]).values); }
Value ntHaskey(Interp&, Args a) {
  if (!a[1].isSymbol()) return Value::boolean(false);
  for (auto s : nt(a[0]).names)
    if (s == a[1].asSymbol()) return Value::boolean(true);
  return Value::boolean(false);
}
Value ntGet(Interp& in, Args a) {
  return ntHaskey(in, a).asBool() ? ntGetindex(in, a.subspan(0, 2)) : a[2];
}
Value ntIterate(Interp& in, Args a) {
  int64_t i = a.size() > 1 ? toIndex(in, a[1]) : 1;
  const auto& t = nt(a[0]);
  if (i < 1 || i > static_cast<int64_t>(t.values.size())) return Value();
  return in.makeTuple({t.values[static_cast<size_t>(i - 1)], i64(i + 1)});
}
Value ntMerge(Interp& in, Args a) {
  std::vector<Symbol> names = nt(a[0]).names;
  std::vector<Value> vals = nt(a[0]).values;
  for (size_t k = 1; k < a.size(); ++k) {
    if (!a[k].isObject(ObjKind::NamedTuple)) in.methodError(in.baseValue("merge"), a);
    const auto& o = nt(a[k]);
    for (size_t i = 0; i < o.names.size(); ++i) {
      auto it = std::find(names.begin(), names.end(), o.names[i]);
      if (it != names.end()) vals[static_cast<size_t>(it - names.begin())] = o.values[i];
      else {
        names.push_back(o.names[i]);
        vals.push_back(o.values[i]);
      }
    }
  }
  return Value::object(new NamedTupleObj(std::move(names), std::move(vals)));
}
Value ntEq(Interp& in, Args a) {
  if (nt(a[0]).names != nt(a[1]).names) return Value::boolean(false);
  return seqEqual(in, nt(a[0]).values, nt(a[1]).values, "==");
}

// --- pairs -----------------------------------------------------------------------------
Value pairNative(Interp& in, Args a) { return makePair(in, a[0], a[1]); }
Value pairTyped(Interp& in, Args a) {  // _pair_typed(Pair{A,B}, a, b): a, b already converted
  return makePairTyped(in, a[0], a[1], a[2]);
}

// --- dicts -----------------------------------------------------------------------------
DictObj& dict(const Value& v) { return v.asMut<DictObj>(); }
std::pair<Value, Value> dictKV(Interp& in, const Value& d) {
  const DataTypeObj* dt = dataType(in, dict(d).type);
  if (dt && dt->params.size() == 2) return {dt->params[0], dt->params[1]};
  return {in.types().Any, in.types().Any};
}
Value newDict(Interp& in, const Value& K, const Value& V) {
  return Value::object(new DictObj(in.types().applyType(in.types().Dict, {K, V})));
}
Value dictNew(Interp& in, Args a) { return newDict(in, a[0], a[1]); }

const std::pair<Value, Value>* dictFind(Interp& in, const DictObj& d, const Value& k) {
  if (d.entries.empty()) return nullptr;
  auto it = d.index.find(in.keyFingerprint(k));
  return it == d.index.end() ? nullptr : &d.entries[it->second];
}
void dictSet(Interp& in, const Value& dv, const Value& k, const Value& v) {
  auto [K, V] = dictKV(in, dv);
  Value kk = convertTo(in, K, k), vv = convertTo(in, V, v);
  DictObj& d = dict(dv);
  std::string fp = in.keyFingerprint(kk);
  auto it = d.index.find(fp);
  if (it != d.index.end()) {
    d.entries[it->second].second = vv;
    return;
  }
  d.index.emplace(std::move(fp), d.entries.size());
  d.entries.emplace_back(kk, vv);
}
bool dictErase(Interp& in, DictObj& d, const Value& k, Value* removed) {
  auto it = d.index.find(in.keyFingerprint(k));
  if (it == d.index.end()) return false;
  size_t pos = it->second;
  if (removed) *removed = d.entries[pos].second;
  d.index.erase(it);
  d.entries.erase(d.entries.begin() + static_cast<std::ptrdiff_t>(pos));
  for (auto& [fp, i] : d.index)
    if (i > pos) --i;
  return true;
}

[[noreturn]] void badDictItem(Interp& in) {
  argumentError(in, "Dict(kv): kv needs to be an iterator of 2-tuples or pairs");
}
bool splitKV(Interp& in, const Value& x, Value& k, Value& v) {
  if (isPair(in, x)) {
    k = x.as<StructObj>().fields[0];
    v = x.as<StructObj>().fields[1];
    return true;
  }
  if (x.isObject(ObjKind::Tuple) && tup(x).size() == 2) {
    k = tup(x)[0];
    v = tup(x)[1];
    return true;
  }
  return false;
}

// _dict_fill!(d, itr)
Value dictFill(Interp& in, Args a) {
  forEach(in, a[1], [&](const Value& x) {
    Value k, v;
    if (!splitKV(in, x, k, v)) badDictItem(in);
    dictSet(in, a[0], k, v);
    return true;
  });
  return a[0];
}

// _dict_from(itr): Dict with K, V from the eltype when it is a concrete Pair type, else
// widened from the keys and values like Julia's grow_to!.
Value dictFrom(Interp& in, Args a) {
  auto& T = in.types();
  std::vector<Value> ks, vs;
  forEach(in, a[0], [&](const Value& x) {
    Value k, v;
    if (!splitKV(in, x, k, v)) badDictItem(in);
    ks.push_back(k);
    vs.push_back(v);
    return true;
  });
  Value K, V;
  auto et = knownEltype(in, a[0]);
  const DataTypeObj* pd = et ? dataType(in, *et) : nullptr;
  if (et && T.isConcrete(*et) && isInstanceOfTypeName(in, *et, "Pair") && pd->params.size() == 2) {
    K = pd->params[0];
    V = pd->params[1];
  } else if (et && T.isConcrete(*et) && T.isTupleType(*et) && pd->params.size() == 2) {
    K = pd->params[0];
    V = pd->params[1];
  } else {
    K = eltypeOfValues(in, ks, T.Any);
    V = eltypeOfValues(in, vs, T.Any);
  }
  Value d = newDict(in, K, V);
  for (size_t i = 0; i < ks.size(); ++i) dictSet(in, d, ks[i], vs[i]);
  return d;
}

Value dictGetindex(Interp& in, Args a) {
  if (auto* e = dictFind(in, dict(a[0]), a[1])) return e->second;
  in.throwNew("KeyError", {a[1]});
}
Value dictSetindex(Interp& in, Args a) {
  dictSet(in, a[0], a[2], a[1]);
  return a[0];
}
Value dictGet(Interp& in, Args a) {
  if (auto* e = dictFind(in, dict(a[0]), a[1])) return e->second;
  return a[2];
}
Value dictGetF(Interp& in, Args a) {  // get(f, d, k)
  if (auto* e = dictFind(in, dict(a[1]), a[2])) return e->second;
  return in.call(a[0], {});
}
Value dictGetBang(Interp& in, Args a) {  // get!(d, k, default)
  if (auto* e = dictFind(in, dict(a[0]), a[1])) return e->second;
  dictSet(in, a[0], a[1], a[2]);
  return dictFind(in, dict(a[0]), a[1])->second;
}
Value dictGetBangF(Interp& in, Args a) {  // get!(f, d, k)
  if (auto* e = dictFind(in, dict(a[1]), a[2])) return e->second;
  Value v = in.call(a[0], {});
  dictSet(in, a[1], a[2], v);
  return dictFind(in, dict(a[1]), a[2])->second;
}
Value dictHaskey(Interp& in, Args a) { return Value::boolean(dictFind(in, dict(a[0]), a[1]) != nullptr); }
Value dictDelete(Interp& in, Args a) {
  dictErase(in, dict(a[0]), a[1], nullptr);
  return a[0];
}
Value dictPop(Interp& in, Args a) {  // pop!(d, k[, default])
  Value v;
  if (dictErase(in, dict(a[0]), a[1], &v)) return v;
  if (a.size() > 2) return a[2];
  in.throwNew("KeyError", {a[1]});
}
Value dictLength(Interp&, Args a) { return i64(static_cast<int64_t>(dict(a[0]).entries.size())); }
Value dictIsempty(Interp&, Args a) { return Value::boolean(dict(a[0]).entries.empty()); }
Value dictIterate(Interp& in, Args a) {
  int64_t i = a.size() > 1 ? toIndex(in, a[1]) : 1;
  const DictObj& d = dict(a[0]);
  if (i < 1 || i > static_cast<int64_t>(d.entries.size())) return Value();
  auto [K, V] = dictKV(in, a[0]);
  const auto& e = d.entries[static_cast<size_t>(i - 1)];
  return in.makeTuple({makePairTyped(in, in.types().applyType(in.types().Pair, {K, V}), e.first, e.second), i64(i + 1)});
}
Value dictEmpty(Interp&, Args a) {
  dict(a[0]).entries.clear();
  dict(a[0]).index.clear();
  return a[0];
}
Value dictCopy(Interp&, Args a) {
  auto* o = new DictObj(dict(a[0]).type);
  o->entries = dict(a[0]).entries;
  o->index = dict(a[0]).index;
  return Value::object(o);
}
// _dict_merge!(d, others::Tuple, combine or nothing)
Value dictMergeBang(Interp& in, Args a) {
  for (auto& o : tup(a[1])) {
    forEach(in, o, [&](const Value& x) {
      Value k, v;
      if (!splitKV(in, x, k, v)) badDictItem(in);
      if (!a[2].isNothing())
        if (auto* e = dictFind(in, dict(a[0]), k)) v = call2(in, a[2], e->second, v);
      dictSet(in, a[0], k, v);
      return true;
    });
  }
  return a[0];
}
// _dict_merge_type(d, others::Tuple): the Dict type merge(d, others...) returns.
Value dictMergeNew(Interp& in, Args a) {
  auto [K, V] = dictKV(in, a[0]);
  for (auto& o : tup(a[1])) {
    if (!o.isObject(ObjKind::Dict)) continue;
    auto [K2, V2] = dictKV(in, o);
    K = promoteType(in, K, K2);
    V = promoteType(in, V, V2);
  }
  Value d = newDict(in, K, V);
  for (auto& e : dict(a[0]).entries) dictSet(in, d, e.first, e.second);
  return d;
}
Value dictEq(Interp& in, Args a) {
  const DictObj& x = dict(a[0]);
  const DictObj& y = dict(a[1]);
  if (x.entries.size() != y.entries.size()) return Value::boolean(false);
  for (auto& e : x.entries) {
    auto* f = dictFind(in, y, e.first);
    if (!f || !in.equals(e.second, f->second)) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// --- sets ------------------------------------------------------------------------------
SetObj& set(const Value& v) { return v.asMut<SetObj>(); }
Value setEltype(Interp& in, const Value& s) {
  const DataTypeObj* dt = dataType(in, set(s).type);
  return dt && dt->params.size() == 1 ? dt->params[0] : in.types().Any;
}
Value newSet(Interp& in, const Value& t) {
  return Value::object(new SetObj(in.types().applyType(in.types().Set, {t})));
}
bool setHas(Interp& in, const SetObj& s, const Value& x) {
  return !s.items.empty() && s.index.count(in.keyFingerprint(x)) > 0;
}
void setAdd(Interp& in, const Value& sv, const Value& x) {
  Value v = convertTo(in, setEltype(in, sv), x);
  SetObj& s = set(sv);
  std::string fp = in.keyFingerprint(v);
  if (s.index.count(fp)) return;
  s.index.emplace(std::move(fp), s.items.size());
  s.items.push_back(v);
}
bool setErase(Interp& in, SetObj& s, const Value& x) {
  auto it = s.index.find(in.keyFingerprint(x));
  if (it == s.index.end()) return false;
  size_t pos = it->second;
  s.index.erase(it);
  s.items.erase(s.items.begin() + static_cast<std::ptrdiff_t>(pos));
  for (auto& [fp, i] : s.index)
    if (i > pos) --i;
  return true;
}
Value setNew(Interp& in, Args a) { return newSet(in, a[0]); }
Value setFill(Interp& in, Args a) {
  forEach(in, a[1], [&](const Value& x) {
    setAdd(in, a[0], x);
    return true;
  });
  return a[0];
}
Value setFrom(Interp& in, Args a) {  // _set_from(itr)
  auto et = knownEltype(in, a[0]);
  std::vector<Value> vals = collectValues(in, a[0]);
  Value s = newSet(in, et ? *et : eltypeOfValues(in, vals, in.types().Any));
  for (auto& v : vals) setAdd(in, s, v);
  return s;
}
Value setPush(Interp& in, Args a) {
  for (size_t i = 1; i < a.size(); ++i) setAdd(in, a[0], a[i]);
  return a[0];
}
Value setDelete(Interp& in, Args a) {
  setErase(in, set(a[0]), a[1]);
  return a[0];
}
Value setPop(Interp& in, Args a) {  // pop!(s, x[, default]) / pop!(s)
  SetObj& s = set(a[0]);
  if (a.size() == 1) {
    if (s.items.empty()) argumentError(in, "set must be non-empty");
    Value v = s.items.front();
    setErase(in, s, v);
    return v;
  }
  if (setErase(in, s, a[1])) return a[1];
  if (a.size() > 2) return a[2];
  in.throwNew("KeyError", {a[1]});
}
Value setLength(Interp&, Args a) { return i64(static_cast<int64_t>(set(a[0]).items.size())); }
Value setIsempty(Interp&, Args a) { return Value::boolean(set(a[0]).items.empty()); }
Value setIterate(Interp& in, Args a) {
  int64_t i = a.size() > 1 ? toIndex(in, a[1]) : 1;
  const SetObj& s = set(a[0]);
  if (i < 1 || i > static_cast<int64_t>(s.items.size())) return Value();
  return in.makeTuple({s.items[static_cast<size_t>(i - 1)], i64(i + 1)});
}
Value setEmpty(Interp&, Args a) {
  set(a[0]).items.clear();
  set(a[0]).index.clear();
  return a[0];
}
Value setCopy(Interp&, Args a) {
  auto* o = new SetObj(set(a[0]).type);
  o->items = set(a[0]).items;
  o->index = set(a[0]).index;
  return Value::object(o);
}
Value setEq(Interp& in, Args a) {
  const SetObj& x = set(a[0]);
  const SetObj& y = set(a[1]);
  if (x.items.size() != y.items.size()) return Value::boolean(false);
  for (auto& v : x.items)
    if (!setHas(in, y, v)) return Value::boolean(false);
  return Value::boolean(true);
}

// union / intersect / setdiff on sets (result Set) or other iterables (result Vector), in
// first-occurrence order. `op`: 0 union, 1 intersect, 2 setdiff.
Value setOp(Interp& in, Args a, int op) {
  bool asSet = a[0].isObject(ObjKind::Set);
  Value t = knownEltype(in, a[0]).value_or(in.types().Any);
  if (op != 2)
    for (size_t i = 1; i < a.size(); ++i) t = promoteType(in, t, knownEltype(in, a[i]).value_or(in.types().Any));
  std::vector<Value> cur;
  std::unordered_set<std::string> seen;
  forEach(in, a[0], [&](const Value& x) {
    Value v = convertTo(in, t, x);
    if (seen.insert(in.keyFingerprint(v)).second) cur.push_back(v);
    return true;
  });
  for (size_t i = 1; i < a.size(); ++i) {
    if (op == 0) {
      forEach(in, a[i], [&](const Value& x) {
        Value v = convertTo(in, t, x);
        if (seen.insert(in.keyFingerprint(v)).second) cur.push_back(v);
        return true;
      });
    } else {
      std::unordered_set<std::string> other;
      forEach(in, a[i], [&](const Value& x) {
        other.insert(in.keyFingerprint(x));
        return true;
      });
      std::vector<Value> next;
      seen.clear();
      for (auto& v : cur) {
        bool inOther = other.count(in.keyFingerprint(v)) > 0;
        if (inOther == (op == 1)) {
          next.push_back(v);
          seen.insert(in.keyFingerprint(v));
        }
      }
      cur = std::move(next);
    }
  }
  if (asSet) {
    Value s = newSet(in, t);
    for (auto& v : cur) setAdd(in, s, v);
    return s;
  }
  return newVector(in, t, std::move(cur));
}
Value unionNative(Interp& in, Args a) { return setOp(in, a, 0); }
Value intersectNative(Interp& in, Args a) { return setOp(in, a, 1); }
Value setdiffNative(Interp& in, Args a) { return setOp(in, a, 2); }
Value setOpBang(Interp& in, Args a, int op) {
  Value r = setOp(in, a, op);
  if (a[0].isObject(ObjKind::Set)) {
    set(a[0]).items = set(r).items;
    set(a[0]).index = set(r).index;
  } else {
    arr(a[0]).elems() = arr(r).elems();
    if (arr(a[0]).dims.size() == 1) arr(a[0]).dims[0] = arr(a[0]).length();
  }
  return a[0];
}
Value unionBang(Interp& in, Args a) { return setOpBang(in, a, 0); }
Value intersectBang(Interp& in, Args a) { return setOpBang(in, a, 1); }
Value setdiffBang(Interp& in, Args a) { return setOpBang(in, a, 2); }
Value issubsetNative(Interp& in, Args a) {
  std::unordered_set<std::string> other;
  forEach(in, a[1], [&](const Value& x) {
    other.insert(in.keyFingerprint(x));
    return true;
  });
  bool ok = true;
  forEach(in, a[0], [&](const Value& x) { return ok = other.count(in.keyFingerprint(x)) > 0; });
  return Value::boolean(ok);
}

// --- generic iteration -----------------------------------------------------------------
// in(x, itr): `==` membership (missing-aware), hashed for Dict keys/Sets, arithmetic for ranges.
Value inNative(Interp& in, Args a) {
  const Value& x = a[0];
  const Value& c = a[1];
  if (c.isObject(ObjKind::Set)) return Value::boolean(setHas(in, set(c), x));
  if (c.isObject(ObjKind::Dict)) {
    Value k, v;
    if (!isPair(in, x))
      in.error("AbstractDict collections only contain Pairs;\nEither look for e.g. A=>B instead, or use the `keys` or `haskey` function if you are looking for a key");
    splitKV(in, x, k, v);
    auto* e = dictFind(in, dict(c), k);
    return Value::boolean(e && in.equals(e->second, v));
  }
  IntRange r;
  if (x.tag() == Tag::Int64 && asIntRange(in, c, r)) {
    if (r.len == 0) return Value::boolean(false);
    int64_t d = x.asInt64() - r.start;
    int64_t lastv = r.at(r.len - 1);
    bool within = r.step > 0 ? (x.asInt64() >= r.start && x.asInt64() <= lastv) : (x.asInt64() <= r.start && x.asInt64() >= lastv);
    return Value::boolean(within && d % r.step == 0);
  }
  bool found = false, sawMissing = false;
  forEach(in, c, [&](const Value& y) {
    if (x.tag() == Tag::Int64 && y.tag() == Tag::Int64) {
      found = x.asInt64() == y.asInt64();
      return !found;
    }
    Value args[] = {y, x};
    Value r2 = in.callBase("==", args);
    if (!r2.isBool()) sawMissing = true;
    else found = r2.asBool();
    return !found;
  });
  if (found) return Value::boolean(true);
  if (sawMissing) return in.baseValue("missing");
  return Value::boolean(false);
}

// Julia's result shape for collect/map over `itr`: arrays keep their dims, products give a
// grid; nullopt means a vector of however many values there are.
std::optional<std::vector<int64_t>> iterShape(Interp& in, const Value& itr) {
  if (isArray(itr)) return shapeOf(arr(itr));
  if (isStructNamed(in, itr, "Generator")) return iterShape(in, itr.as<StructObj>().fields[1]);
  if (isStructNamed(in, itr, "ProductIterator")) {
    std::vector<int64_t> d;
    for (auto& c : tup(itr.as<StructObj>().fields[0])) {
      auto n = knownLength(in, c);
      if (!n) return std::nullopt;
      d.push_back(*n);
    }
    return d;
  }
  return std::nullopt;
}

Value collectFrom(Interp& in, const Value& itr, std::vector<Value> vals) {
  auto et = knownEltype(in, itr);
  Value t;
  if (et) t = *et;
  else {
    Value empty = in.types().Any;
    if (vals.empty() && isStructNamed(in, itr, "Generator"))
      empty = knownEltype(in, itr.as<StructObj>().fields[1]).value_or(in.types().Any);
    t = eltypeOfValues(in, vals, empty);
  }
  auto sh = iterShape(in, itr);
  std::vector<int64_t> dims = sh ? *sh : std::vector<int64_t>{static_cast<int64_t>(vals.size())};
  int64_t n = 1;
  for (auto d : dims) n *= d;
  if (n != static_cast<int64_t>(vals.size())) dims = {static_cast<int64_t>(vals.size())};
  if (itr.tag() != Tag::Object && !itr.isNothing()) dims = {};  // collect(5): 0-dimensional
  return newArray(in, t, std::move(dims), std::move(vals));
}

Value collectNative(Interp& in, Args a) { return collectFrom(in, a[0], collectValues(in, a[0])); }

Value collectTyped(Interp& in, Args a) {  // collect(T, itr)
  std::vector<Value> vals = collectValues(in, a[1]);
  for (auto& v : vals) v = convertTo(in, a[0], v);
  auto sh = iterShape(in, a[1]);
  std::vector<int64_t> dims = sh ? *sh : std::vector<int64_t>{static_cast<int64_t>(vals.size())};
  int64_t n = 1;
  for (auto d : dims) n *= d;
  if (n != static_cast<int64_t>(vals.size())) dims = {static_cast<int64_t>(vals.size())};
  return newArray(in, a[0], std::move(dims), std::move(vals));
}

Value eltypeNative(Interp& in, Args a) {
  if (auto t = knownEltype(in, a[0])) return *t;
  Value args[] = {typeOf(in, a[0])};
  return in.callBase("eltype", args);
}

// map(f, xs...)
Value mapNative(Interp& in, Args a) {
  const Value& f = a[0];
  if (a.size() == 1) in.methodError(in.baseValue("map"), a);
  bool allTuples = true;
  for (size_t i = 1; i < a.size(); ++i) {
    allTuples = allTuples && a[i].isObject(ObjKind::Tuple);
    if (a[i].isObject(ObjKind::Dict)) in.error("map is not defined on dictionaries");
    if (a[i].isObject(ObjKind::Set)) in.error("map is not defined on sets");
  }
  if (a.size() == 2 && a[1].isString()) {
    std::string out;
    bool ok = true;
    forEach(in, a[1], [&](const Value& c) {
      Value r = call1(in, f, c);
      if (r.tag() != Tag::Char) return ok = false;
      uint32_t bits = r.charBits();
      for (int k = 3; k >= 0; --k) {
        char byte = static_cast<char>((bits >> (8 * k)) & 0xFF);
        if (byte || k == 3) out.push_back(byte);
      }
      return true;
    });
    if (!ok)
      argumentError(in, "map(f, s::AbstractString) requires f to return AbstractChar; try map(f, collect(s)) or a comprehension instead");
    return in.makeString(out);
  }
  std::vector<std::vector<Value>> cols;
  size_t n = SIZE_MAX;
  for (size_t i = 1; i < a.size(); ++i) {
    cols.push_back(collectValues(in, a[i]));
    n = std::min(n, cols.back().size());
  }
  std::vector<Value> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) {
    if (cols.size() == 1) out.push_back(call1(in, f, cols[0][k]));
    else {
      std::vector<Value> args;
      for (auto& c : cols) args.push_back(c[k]);
      out.push_back(in.call(f, args));
    }
  }
  if (allTuples) return in.makeTuple(std::move(out));
  std::vector<int64_t> dims = {static_cast<int64_t>(n)};
  if (isArray(a[1]) && static_cast<int64_t>(n) == arr(a[1]).length()) dims = shapeOf(arr(a[1]));
  Value empty = knownEltype(in, a[1]).value_or(in.types().Any);
  Value elemType = eltypeOfValues(in, out, empty);  // before `out` is moved from
  return newArray(in, elemType, std::move(dims), std::move(out));
}

Value mapBang(Interp& in, Args a) {  // map!(f, dest, srcs...)
  std::vector<std::vector<Value>> cols;
  size_t n = static_cast<size_t>(arr(a[1]).length());
  for (size_t i = 2; i < a.size(); ++i) {
    cols.push_back(collectValues(in, a[i]));
    n = std::min(n, cols.back().size());
  }
  Value t = arrayEltype(in, a[1]);
  for (size_t k = 0; k < n; ++k) {
    std::vector<Value> args;
    for (auto& c : cols) args.push_back(c[k]);
    arr(a[1]).elems()[k] = convertTo(in, t, in.call(a[0], args));
  }
  return a[1];
}

Value foreachNative(Interp& in, Args a) {
  if (a.size() == 2) {
    forEach(in, a[1], [&](const Value& x) {
      call1(in, a[0], x);
      return true;
    });
    return Value();
  }
  std::vector<std::vector<Value>> cols;
  size_t n = SIZE_MAX;
  for (size_t i = 1; i < a.size(); ++i) {
    cols.push_back(collectValues(in, a[i]));
    n = std::min(n, cols.back().size());
  }
  for (size_t k = 0; k < n; ++k) {
    std::vector<Value> args;
    for (auto& c : cols) args.push_back(c[k]);
    in.call(a[0], args);
  }
  return Value();
}

Value filterNative(Interp& in, Args a) {  // filter(f, x)
  const Value& f = a[0];
  const Value& x = a[1];
  if (x.isObject(ObjKind::Dict)) {
    auto [K, V] = dictKV(in, x);
    Value d = newDict(in, K, V);
    forEach(in, x, [&](const Value& p) {
      if (in.isTruthy(call1(in, f, p))) dictSet(in, d, p.as<StructObj>().fields[0], p.as<StructObj>().fields[1]);
      return true;
    });
    return d;
  }
  if (x.isObject(ObjKind::Set)) {
    Value s = newSet(in, setEltype(in, x));
    for (auto& v : set(x).items)
      if (in.isTruthy(call1(in, f, v))) setAdd(in, s, v);
    return s;
  }
  if (x.isString()) {
    std::vector<Value> keep;
    forEach(in, x, [&](const Value& c) {
      if (in.isTruthy(call1(in, f, c))) keep.push_back(c);
      return true;
    });
    std::string s;
    for (auto& c : keep) {
      uint32_t bits = c.charBits();
      for (int k = 3; k >= 0; --k) {
        char byte = static_cast<char>((bits >> (8 * k)) & 0xFF);
        if (byte || k == 3) s.push_back(byte);
      }
    }
    return in.makeString(s);
  }
  std::vector<Value> out;
  forEach(in, x, [&](const Value& v) {
    if (in.isTruthy(call1(in, f, v))) out.push_back(v);
    return true;
  });
  if (x.isObject(ObjKind::Tuple)) return in.makeTuple(std::move(out));
  if (x.isObject(ObjKind::NamedTuple)) {
    std::vector<Symbol> names;
    std::vector<Value> vals;
    const auto& t = nt(x);
    for (size_t i = 0; i < t.values.size(); ++i)
      if (in.isTruthy(call1(in, f, t.values[i]))) {
        names.push_back(t.names[i]);
        vals.push_back(t.values[i]);
      }
    return Value::object(new NamedTupleObj(std::move(names), std::move(vals)));
  }
  auto et = knownEltype(in, x);
  Value elemType = et ? *et : eltypeOfValues(in, out, in.types().Any);  // before `out` is moved from
  return newVector(in, elemType, std::move(out));
}

Value filterBang(Interp& in, Args a) {
  const Value& f = a[0];
  const Value& x = a[1];
  if (isArray(x)) {
    std::vector<Value> keep;
    for (auto& v : std::vector<Value>(arr(x).elems()))
      if (in.isTruthy(call1(in, f, v))) keep.push_back(v);
    arr(x).elems() = std::move(keep);
    if (arr(x).dims.size() == 1) arr(x).dims[0] = arr(x).length();
    return x;
  }
  if (x.isObject(ObjKind::Dict)) {
    std::vector<Value> drop;
    forEach(in, x, [&](const Value& p) {
      if (!in.isTruthy(call1(in, f, p))) drop.push_back(p.as<StructObj>().fields[0]);
      return true;
    });
    for (auto& k : drop) dictErase(in, dict(x), k, nullptr);
    return x;
  }
  if (x.isObject(ObjKind::Set)) {
    std::vector<Value> drop;
    for (auto& v : std::vector<Value>(set(x).items))
      if (!in.isTruthy(call1(in, f, v))) drop.push_back(v);
    for (auto& v : drop) setErase(in, set(x), v);
    return x;
  }
  in.methodError(in.baseValue("filter!"), a);
}

bool isNoInit(Interp& in, const Value& v) { return isStructNamed(in, v, "_InitialValue"); }

// The value of `op` over nothing: zero/one for + and * with a known element type.
Value emptyReduce(Interp& in, const Value& op, const Value& itr, bool isSum, bool isProd) {
  if (isSum || isProd || isBaseFn(in, op, "+") || isBaseFn(in, op, "*")) {
    auto et = knownEltype(in, itr);
    if (et) {
      Value args[] = {*et};
      return in.callBase((isSum || isBaseFn(in, op, "+")) && !isProd ? "zero" : "one", args);
    }
  }
  argumentError(in, kEmptyReduce);
}

// Widens small integers for sum/prod like Julia's add_sum/mul_prod.
Value widenSmall(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool: return i64(v.asBool() ? 1 : 0);
    case Tag::Int8: case Tag::Int16: case Tag::Int32: return i64(v.asInt64());
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: return Value::uint64(v.asUInt64());
    default: return v;
  }
}

// _mapfold(f, op, itr, init, kind): kind 0 reduce/foldl, 1 sum, 2 prod, 3 foldr
Value mapfoldNative(Interp& in, Args a) {
  const Value& f = a[0];
  const Value& op = a[1];
  const Value& itr = a[2];
  int64_t kind = toIndex(in, a[4]);
  bool ident = isBaseFn(in, f, "identity");
  bool hasInit = !isNoInit(in, a[3]);
  std::vector<Value> vals;
  if (kind == 3) vals = collectValues(in, itr);
  Value acc;
  bool have = false;
  bool fastInt = kind == 1 || isBaseFn(in, op, "+");
  bool fastMul = kind == 2 || isBaseFn(in, op, "*");
  auto step = [&](const Value& x0) {
    Value x = ident ? x0 : call1(in, f, x0);
    if (!have) {
      acc = hasInit ? call2(in, op, a[3], x) : ((kind == 1 || kind == 2) ? widenSmall(x) : x);
      have = true;
      return;
    }
    if (fastInt && acc.tag() == Tag::Int64 && x.tag() == Tag::Int64) {
      acc = i64(static_cast<int64_t>(static_cast<uint64_t>(acc.asInt64()) + static_cast<uint64_t>(x.asInt64())));
      return;
    }
    if (fastInt && acc.tag() == Tag::Float64 && x.tag() == Tag::Float64) {
      acc = Value::float64(acc.asFloat64() + x.asFloat64());
      return;
    }
    if (fastMul && acc.tag() == Tag::Int64 && x.tag() == Tag::Int64) {
      acc = i64(static_cast<int64_t>(static_cast<uint64_t>(acc.asInt64()) * static_cast<uint64_t>(x.asInt64())));
      return;
    }
    acc = kind == 3 ? call2(in, op, x, acc) : call2(in, op, acc, x);
  };
  if (kind == 3) {
    for (size_t i = vals.size(); i-- > 0;) {
      Value x = ident ? vals[i] : call1(in, f, vals[i]);
      if (!have) {
        acc = hasInit ? call2(in, op, x, a[3]) : x;
        have = true;
      } else {
        acc = call2(in, op, x, acc);
      }
    }
  } else {
    forEach(in, itr, [&](const Value& x) {
      step(x);
      return true;
    });
  }
  if (have) return acc;
  if (hasInit) return a[3];
  if (!ident && (kind == 1 || kind == 2)) argumentError(in, kEmptyReduce);
  return emptyReduce(in, op, itr, kind == 1, kind == 2);
}

// _extremum(f, itr, init, ismax)
Value extremumNative(Interp& in, Args a) {
  bool ident = isBaseFn(in, a[0], "identity");
  bool isMax = in.isTruthy(a[3]);
  Value acc;
  bool have = false;
  if (!isNoInit(in, a[2])) {
    acc = a[2];
    have = true;
  }
  Value op = in.baseValue(isMax ? "max" : "min");
  forEach(in, a[1], [&](const Value& x0) {
    Value x = ident ? x0 : call1(in, a[0], x0);
    if (!have) {
      acc = x;
      have = true;
    } else if (acc.tag() == Tag::Int64 && x.tag() == Tag::Int64) {
      if (isMax ? x.asInt64() > acc.asInt64() : x.asInt64() < acc.asInt64()) acc = x;
    } else {
      acc = call2(in, op, acc, x);
    }
    return true;
  });
  if (!have) argumentError(in, kEmptyReduce);
  return acc;
}

Value extremaNative(Interp& in, Args a) {  // _extrema(f, itr)
  Value mn, mx;
  bool have = false;
  Value fmin = in.baseValue("min"), fmax = in.baseValue("max");
  bool ident = isBaseFn(in, a[0], "identity");
  forEach(in, a[1], [&](const Value& x0) {
    Value x = ident ? x0 : call1(in, a[0], x0);
    if (!have) {
      mn = mx = x;
      have = true;
    } else {
      mn = call2(in, fmin, mn, x);
      mx = call2(in, fmax, mx, x);
    }
    return true;
  });
  if (!have) argumentError(in, kEmptyReduce);
  return in.makeTuple({mn, mx});
}

// _anyall(f, itr, isany): short-circuits; f may be nothing (identity).
Value anyAllNative(Interp& in, Args a) {
  bool isAny = in.isTruthy(a[2]);
  bool result = !isAny;
  bool sawMissing = false;
  Value missing;
  forEach(in, a[1], [&](const Value& x) {
    Value r = a[0].isNothing() ? x : call1(in, a[0], x);
    if (isStructNamed(in, r, "Missing")) {
      missing = r;
      sawMissing = true;
      return true;
    }
    if (!r.isBool()) in.throwNew("TypeError", {Value::symbol(isAny ? "any" : "all"), in.makeString(""), in.types().Bool, r});
    if (r.asBool() == isAny) {
      result = isAny;
      return false;
    }
    return true;
  });
  if (result == isAny) return Value::boolean(result);
  if (sawMissing) return missing;
  return Value::boolean(result);
}

Value countNative(Interp& in, Args a) {  // _count(f, itr), f may be nothing
  int64_t n = 0;
  forEach(in, a[1], [&](const Value& x) {
    Value r = a[0].isNothing() ? x : call1(in, a[0], x);
    if (!r.isBool()) in.throwNew("TypeError", {Value::symbol("count"), in.makeString(""), in.types().Bool, r});
    n += r.asBool();
    return true;
  });
  return i64(n);
}

// first(itr)
Value firstNative(Interp& in, Args a) {
  if (isArray(a[0])) {
    if (arr(a[0]).length() == 0) boundsError(in, a[0], {i64(1)});
    return arr(a[0]).elems()[0];
  }
  Value out;
  bool got = false;
  forEach(in, a[0], [&](const Value& x) {
    out = x;
    got = true;
    return false;
  });
  if (!got) {
    if (a[0].isObject(ObjKind::Tuple)) boundsError(in, a[0], {i64(1)});
    argumentError(in, "collection must be non-empty");
  }
  return out;
}

// first(itr, n) / last(itr, n): vectors (tuples stay tuples)
Value firstN(Interp& in, Args a, bool last) {
  int64_t n = toIndex(in, a[1]);
  if (n < 0) argumentError(in, "Number of elements must be non-negative");
  std::vector<Value> vals = collectValues(in, a[0]);
  size_t k = std::min(vals.size(), static_cast<size_t>(n));
  std::vector<Value> out = last ? std::vector<Value>(vals.end() - static_cast<std::ptrdiff_t>(k), vals.end())
                                : std::vector<Value>(vals.begin(), vals.begin() + static_cast<std::ptrdiff_t>(k));
  if (a[0].isObject(ObjKind::Tuple)) return in.makeTuple(std::move(out));
  auto et = knownEltype(in, a[0]);
  Value elemType = et ? *et : eltypeOfValues(in, out, in.types().Any);  // before `out` is moved from
  return newVector(in, elemType, std::move(out));
}
Value firstNNative(Interp& in, Args a) { return firstN(in, a, false); }
Value lastNNative(Interp& in, Args a) { return firstN(in, a, true); }

Value lastNative(Interp& in, Args a) {
  if (isArray(a[0])) {
    int64_t n = arr(a[0]).length();
    if (n == 0) boundsError(in, a[0], {i64(0)});
    return arr(a[0]).elems()[static_cast<size_t>(n - 1)];
  }
  if (a[0].isObject(ObjKind::Tuple)) {
    if (tup(a[0]).empty()) boundsError(in, a[0], {i64(0)});
    return tup(a[0]).back();
  }
  std::vector<Value> v = collectValues(in, a[0]);
  if (v.empty()) argumentError(in, "collection must be non-empty");
  return v.back();
}

Value isemptyGeneric(Interp& in, Args a) {
  bool any = false;
  forEach(in, a[0], [&](const Value&) {
    any = true;
    return false;
  });
  return Value::boolean(!any);
}

Value lengthGeneric(Interp& in, Args a) {  // _length(itr): counts when not known
  if (auto n = knownLength(in, a[0])) return i64(*n);
  int64_t n = 0;
  forEach(in, a[0], [&](const Value&) {
    ++n;
    return true;
  });
  return i64(n);
}

// --- ranges ----------------------------------------------------------------------------
Value colon2(Interp& in, Args a) { return makeUnitRange(in, a[0].asInt64(), a[1].asInt64()); }
Value colon3(Interp& in, Args a) { return makeStepRange(in, a[0].asInt64(), a[1].asInt64(), a[2].asInt64()); }
Value steprangeNew(Interp& in, Args a) {  // _steprange_last(start, step, stop) for Int64
  int64_t start = toIndex(in, a[0]), step = toIndex(in, a[1]), stop = toIndex(in, a[2]);
  if (step == 0) argumentError(in, "step cannot be zero");
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) return i64(start - step);
  return i64(stop - static_cast<int64_t>((static_cast<int128>(stop) - start) % step));
}

// Float ranges: element k (0-based) of start:step, computed through the smallest decimal
// denominator that makes start and step integers (as Julia's TwicePrecision ranges give
// correctly rounded results for decimal literals), else start + k*step.
bool decimalDen(double x, double& den) {
  double d = 1;
  for (int i = 0; i < 16; ++i, d *= 10) {
    double n = std::round(x * d);
    if (std::fabs(n) < 9.0e15 && n / d == x) {
      den = d;
      return true;
    }
  }
  return false;
}
double frangeAt(double start, double step, int64_t k) {
  double d1, d2;
  if (decimalDen(start, d1) && decimalDen(step, d2)) {
    double d = std::max(d1, d2);
    double sn = std::round(start * d), tn = std::round(step * d);
    double num = sn + static_cast<double>(k) * tn;
    if (std::fabs(num) < 9.0e15) return num / d;
  }
  return start + static_cast<double>(k) * step;
}
Value frangeGet(Interp& in, Args a) {  // _frange_at(start, step, k)
  return Value::float64(frangeAt(a[0].asFloat64(), a[1].asFloat64(), toIndex(in, a[2])));
}
Value frangeLen(Interp& in, Args a) {  // _frange_len(start, step, stop)
  double s = a[0].asFloat64(), st = a[1].asFloat64(), e = a[2].asFloat64();
  if (st == 0) argumentError(in, "range step cannot be zero");
  double d1, d2, d3;
  if (decimalDen(s, d1) && decimalDen(st, d2) && decimalDen(e, d3)) {
    double d = std::max({d1, d2, d3});
    double sn = std::round(s * d), tn = std::round(st * d), en = std::round(e * d);
    double q = std::floor((en - sn) / tn);
    return i64(q < 0 ? 0 : static_cast<int64_t>(q) + 1);
  }
  double q = std::floor((e - s) / st + 1e-10);
  return i64(q < 0 ? 0 : static_cast<int64_t>(q) + 1);
}

// --- broadcasting ----------------------------------------------------------------------
struct BArg {
  std::vector<Value> vals;     // column-major
  std::vector<int64_t> shape;  // empty for scalars
  bool tuple = false;
};

BArg broadcastable(Interp& in, const Value& x) {
  BArg b;
  auto& T = in.types();
  if (isArray(x)) {
    b.vals = arr(x).elems();
    b.shape = shapeOf(arr(x));
    return b;
  }
  if (x.isObject(ObjKind::Tuple)) {
    b.vals = tup(x);
    b.shape = {static_cast<int64_t>(b.vals.size())};
    b.tuple = true;
    return b;
  }
  if (x.isObject(ObjKind::Dict) || x.isObject(ObjKind::NamedTuple))
    argumentError(in, "broadcasting over dictionaries and `NamedTuple`s is reserved");
  if (isStructNamed(in, x, "RefValue")) {
    b.vals = {x.as<StructObj>().fields[0]};
    return b;
  }
  bool iterable = x.isObject(ObjKind::Set) ||
                  (x.isObject(ObjKind::Struct) && (T.isSubtype(typeOf(in, x), T.AbstractArray) ||
                                                   isStructNamed(in, x, "Generator") || isStructNamed(in, x, "Zip") ||
                                                   isStructNamed(in, x, "Enumerate") || isStructNamed(in, x, "Filter") ||
                                                   isStructNamed(in, x, "KeySet") || isStructNamed(in, x, "ValueIterator")));
  if (iterable) {
    b.vals = collectValues(in, x);
    auto sh = iterShape(in, x);
    b.shape = sh ? *sh : std::vector<int64_t>{static_cast<int64_t>(b.vals.size())};
    return b;
  }
  if (x.isObject(ObjKind::Struct) && !isPair(in, x)) {
    // User types: Base.broadcastable(x) decides (a RefValue or the object itself = scalar,
    // or a collection to iterate).
    Value args[] = {x};
    Value r = in.callBase("broadcastable", args);
    if (!(r.isObject() && r.obj() == x.obj())) return broadcastable(in, r);
  }
  b.vals = {x};
  return b;
}

std::vector<int64_t> bshape(Interp& in, const std::vector<int64_t>& a, const std::vector<int64_t>& b) {
  std::vector<int64_t> out(std::max(a.size(), b.size()));
  for (size_t d = 0; d < out.size(); ++d) {
    int64_t x = d < a.size() ? a[d] : 1, y = d < b.size() ? b[d] : 1;
    if (x == y || y == 1) out[d] = x;
    else if (x == 1) out[d] = y;
    else
      dimensionMismatch(in, "arrays could not be broadcast to a common size; got a dimension with lengths " +
                                std::to_string(x) + " and " + std::to_string(y));
  }
  return out;
}

// Evaluates f over the broadcast of `bargs` to `shape`.
std::vector<Value> broadcastEval(Interp& in, const Value& f, const std::vector<BArg>& bargs,
                                 const std::vector<int64_t>& shape) {
  int64_t total = 1;
  for (auto d : shape) total *= d;
  std::vector<Value> out;
  out.reserve(static_cast<size_t>(std::max<int64_t>(total, 0)));
  std::vector<int64_t> idx(shape.size(), 0);
  std::vector<Value> args(bargs.size());
  for (int64_t n = 0; n < total; ++n) {
    for (size_t k = 0; k < bargs.size(); ++k) {
      const BArg& b = bargs[k];
      int64_t off = 0, stride = 1;
      for (size_t d = 0; d < b.shape.size(); ++d) {
        int64_t i = b.shape[d] == 1 ? 0 : idx[d];
        off += i * stride;
        stride *= b.shape[d];
      }
      args[k] = b.vals[static_cast<size_t>(off)];
    }
    out.push_back(in.call(f, args));
    for (size_t d = 0; d < idx.size(); ++d) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

Value broadcastNative(Interp& in, Args a) {
  const Value& f = a[0];
  std::vector<BArg> bargs;
  bool anyArray = false, anyTuple = false;
  for (size_t i = 1; i < a.size(); ++i) {
    bargs.push_back(broadcastable(in, a[i]));
    if (bargs.back().tuple) anyTuple = true;
    else if (!bargs.back().shape.empty()) anyArray = true;
  }
  if (!anyArray && !anyTuple) {
    std::vector<Value> args;
    for (auto& b : bargs) args.push_back(b.vals[0]);
    return in.call(f, args);
  }
  std::vector<int64_t> shape;
  if (!bargs.empty()) {
    shape = bargs.back().shape;
    for (size_t i = bargs.size() - 1; i-- > 0;) shape = bshape(in, bargs[i].shape, shape);
  }
  std::vector<Value> out = broadcastEval(in, f, bargs, shape);
  if (!anyArray) return in.makeTuple(std::move(out));
  Value empty = in.types().Bottom;
  bool firstT = true;
  for (size_t i = 1; i < a.size(); ++i) {
    Value t = knownEltype(in, a[i]).value_or(in.types().Any);
    empty = firstT ? t : promoteType(in, empty, t);
    firstT = false;
  }
  // With no elements to look at, a concrete type applied as a function (`Int.(x)`) is the
  // element type Julia's inference would find.
  if (isType(f, TypeKind::DataType) && in.types().isConcrete(f)) empty = f;
  Value elemType = eltypeOfValues(in, out, empty);  // before `out` is moved from
  return newArray(in, elemType, std::move(shape), std::move(out));
}

Value broadcastBang(Interp& in, Args a) {  // broadcast!(f, dest, args...)
  const Value& f = a[0];
  const Value& dest = a[1];
  if (isStructNamed(in, dest, "RefValue")) {
    std::vector<Value> args;
    for (size_t i = 2; i < a.size(); ++i) args.push_back(broadcastable(in, a[i]).vals.at(0));
    dest.asMut<StructObj>().fields[0] = in.call(f, args);
    return dest;
  }
  if (!isArray(dest)) in.methodError(in.baseValue("broadcast!"), a);
  std::vector<int64_t> dshape = shapeOf(arr(dest));
  std::vector<BArg> bargs;
  for (size_t i = 2; i < a.size(); ++i) {
    bargs.push_back(broadcastable(in, a[i]));
    std::vector<int64_t> s = bargs.back().shape;
    bool ok = s.size() <= dshape.size();
    for (size_t d = 0; ok && d < s.size(); ++d) ok = s[d] == 1 || s[d] == dshape[d];
    if (!ok) {
      size_t d = 0;
      while (d < s.size() && d < dshape.size() && (s[d] == 1 || s[d] == dshape[d])) ++d;
      int64_t got = d < s.size() ? s[d] : 1, want = d < dshape.size() ? dshape[d] : 1;
      dimensionMismatch(in, "array could not be broadcast to match destination");
      (void)got;
      (void)want;
    }
  }
  std::vector<Value> vals = broadcastEval(in, f, bargs, dshape);
  Value t = arrayEltype(in, dest);
  std::vector<Value> conv;
  conv.reserve(vals.size());
  for (auto& v : vals) conv.push_back(convertTo(in, t, v));
  auto& el = arr(dest).elems();
  for (size_t k = 0; k < conv.size() && k < el.size(); ++k) el[k] = conv[k];
  return dest;
}

}  // namespace

void registerCollectionBuiltins(Interp& in) {
  auto& T = in.types();
  ModuleObj* B = in.base;
  const Value Any = T.Any, Tup = T.Tuple, NT = T.NamedTuple, D = T.Dict, S = T.Set, Int = T.Integer;
  // tuples
  in.defNative(B, "getindex", {Tup, Any}, tupleGetindex);
  in.defNative(B, "length", {Tup}, tupleLength);
  in.defNative(B, "isempty", {Tup}, tupleIsempty);
  in.defNative(B, "iterate", {Tup}, tupleIterate);
  in.defNative(B, "iterate", {Tup, Any}, tupleIterate);
  in.defNative(B, "lastindex", {Tup}, tupleLastindex);
  in.defNative(B, "eachindex", {Tup}, tupleEachindex);
  in.defNative(B, "tail", {Tup}, tupleTail);
  in.defNative(B, "front", {Tup}, tupleFront);
  in.defNative(B, "reverse", {Tup}, tupleReverse);
  in.defNative(B, "ntuple", {Any, Int}, ntupleNative);
  in.defNative(B, "==", {Tup, Tup}, tupleEq);
  in.defNative(B, "isequal", {Tup, Tup}, tupleIsequal);
  in.defNative(B, "isless", {Tup, Tup}, tupleIsless);
  in.defNative(B, "<", {Tup, Tup}, tupleLt);
  // named tuples
  in.defNative(B, "_namedtuple", {Tup, Tup}, makeNamedTuple);
  in.defNative(B, "getindex", {NT, Any}, ntGetindex);
  in.defNative(B, "length", {NT}, ntLength);
  in.defNative(B, "keys", {NT}, ntKeys);
  in.defNative(B, "values", {NT}, ntValues);
  in.defNative(B, "haskey", {NT, Any}, ntHaskey);
  in.defNative(B, "get", {NT, Any, Any}, ntGet);
  in.defNative(B, "iterate", {NT}, ntIterate);
  in.defNative(B, "iterate", {NT, Any}, ntIterate);
  in.defNative(B, "merge", {NT, Any}, ntMerge, true);
  in.defNative(B, "==", {NT, NT}, ntEq);
  // pairs
  in.defNative(B, "_pair", {Any, Any}, pairNative);
  in.defNative(B, "_pair_typed", {Any, Any, Any}, pairTyped);
  // dicts
  in.defNative(B, "_dict_new", {Any, Any}, dictNew);
  in.defNative(B, "_dict_fill!", {D, Any}, dictFill);
  in.defNative(B, "_dict_from", {Any}, dictFrom);
  in.defNative(B, "getindex", {D, Any}, dictGetindex);
  in.defNative(B, "setindex!", {D, Any, Any}, dictSetindex);
  in.defNative(B, "get", {D, Any, Any}, dictGet);
  in.defNative(B, "get", {T.Function, D, Any}, dictGetF);
  in.defNative(B, "get!", {D, Any, Any}, dictGetBang);
  in.defNative(B, "get!", {T.Function, D, Any}, dictGetBangF);
  in.defNative(B, "haskey", {D, Any}, dictHaskey);
  in.defNative(B, "delete!", {D, Any}, dictDelete);
  in.defNative(B, "pop!", {D, Any}, dictPop);
  in.defNative(B, "pop!", {D, Any, Any}, dictPop);
  in.defNative(B, "length", {D}, dictLength);
  in.defNative(B, "isempty", {D}, dictIsempty);
  in.defNative(B, "iterate", {D}, dictIterate);
  in.defNative(B, "iterate", {D, Any}, dictIterate);
  in.defNative(B, "empty!", {D}, dictEmpty);
  in.defNative(B, "copy", {D}, dictCopy);
  in.defNative(B, "_dict_merge!", {D, Tup, Any}, dictMergeBang);
  in.defNative(B, "_dict_merge_new", {D, Tup}, dictMergeNew);
  in.defNative(B, "==", {D, D}, dictEq);
  // sets
  in.defNative(B, "_set_new", {Any}, setNew);
  in.defNative(B, "_set_fill!", {S, Any}, setFill);
  in.defNative(B, "_set_from", {Any}, setFrom);
  in.defNative(B, "push!", {S, Any}, setPush, true);
  in.defNative(B, "delete!", {S, Any}, setDelete);
  in.defNative(B, "pop!", {S}, setPop);
  in.defNative(B, "pop!", {S, Any}, setPop);
  in.defNative(B, "pop!", {S, Any, Any}, setPop);
  in.defNative(B, "length", {S}, setLength);
  in.defNative(B, "isempty", {S}, setIsempty);
  in.defNative(B, "iterate", {S}, setIterate);
  in.defNative(B, "iterate", {S, Any}, setIterate);
  in.defNative(B, "empty!", {S}, setEmpty);
  in.defNative(B, "copy", {S}, setCopy);
  in.defNative(B, "==", {S, S}, setEq);
  in.defNative(B, "union", {Any}, unionNative, true);
  in.defNative(B, "intersect", {Any}, intersectNative, true);
  in.defNative(B, "setdiff", {Any}, setdiffNative, true);
  in.defNative(B, "union!", {Any}, unionBang, true);
  in.defNative(B, "intersect!", {Any}, intersectBang, true);
  in.defNative(B, "setdiff!", {Any}, setdiffBang, true);
  in.defNative(B, "issubset", {Any, Any}, issubsetNative);
  // generic iteration
  in.defNative(B, "in", {Any, Any}, inNative);
  in.defNative(B, "collect", {Any}, collectNative);
  in.defNative(B, "collect", {T.TypeType, Any}, collectTyped);
  in.defNative(B, "eltype", {Any}, eltypeNative);
  in.defNative(B, "map", {Any, Any}, mapNative, true);
  in.defNative(B, "map!", {Any, T.Array, Any}, mapBang, true);
  in.defNative(B, "foreach", {Any, Any}, foreachNative, true);
  in.defNative(B, "filter", {Any, Any}, filterNative);
  in.defNative(B, "filter!", {Any, Any}, filterBang);
  in.defNative(B, "_mapfold", {Any, Any, Any, Any, Any}, mapfoldNative);
  in.defNative(B, "_extremum", {Any, Any, Any, Any}, extremumNative);
  in.defNative(B, "_extrema", {Any, Any}, extremaNative);
  in.defNative(B, "_anyall", {Any, Any, Any}, anyAllNative);
  in.defNative(B, "_count", {Any, Any}, countNative);
  in.defNative(B, "first", {Any}, firstNative);
  in.defNative(B, "first", {Any, Int}, firstNNative);
  in.defNative(B, "last", {Any}, lastNative);
  in.defNative(B, "last", {Any, Int}, lastNNative);
  in.defNative(B, "_isempty_iter", {Any}, isemptyGeneric);
  in.defNative(B, "_length", {Any}, lengthGeneric);
  // ranges
  in.defNative(B, ":", {T.Int64, T.Int64}, colon2);
  in.defNative(B, ":", {T.Int64, T.Int64, T.Int64}, colon3);
  in.defNative(B, "_steprange_last", {Any, Any, Any}, steprangeNew);
  in.defNative(B, "_frange_at", {T.Float64, T.Float64, Int}, frangeGet);
  in.defNative(B, "_frange_len", {T.Float64, T.Float64, T.Float64}, frangeLen);
  // broadcasting
  in.defNative(B, "broadcast", {Any}, broadcastNative, true);
  in.defNative(B, "broadcast!", {Any, Any}, broadcastBang, true);
}

}  // namespace jl::interp
