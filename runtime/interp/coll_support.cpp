// Helpers shared by the collection natives; see coll_support.hpp.
#include "interp/coll_support.hpp"

#include <algorithm>

namespace jl::interp::coll {

// ---------------------------------------------------------------------------------------
// Types.
Value typeOf(Interp& in, const Value& v) { return in.types().typeOf(v); }

static bool sameObj(const Value& a, const Value& b) {
  return a.isObject() && b.isObject() && a.obj() == b.obj();
}

static bool sameType(Interp& in, const Value& a, const Value& b) {
  if (sameObj(a, b)) return true;
  auto& T = in.types();
  return T.isSubtype(a, b) && T.isSubtype(b, a);
}

bool isa(Interp& in, const Value& v, const Value& t) {
  auto& T = in.types();
  if (sameObj(t, T.Any)) return true;
  switch (v.tag()) {  // cheap exact checks for the common immediates
    case Tag::Int64: if (sameObj(t, T.Int64)) return true; break;
    case Tag::Float64: if (sameObj(t, T.Float64)) return true; break;
    case Tag::Bool: if (sameObj(t, T.Bool)) return true; break;
    default: break;
  }
  return T.isSubtype(T.typeOf(v), t);
}

const DataTypeObj* dataType(Interp& in, const Value& t) {
  if (!isType(t)) return nullptr;
  Value u = in.types().unwrap(t);
  return isType(u, TypeKind::DataType) ? &asDataType(u) : nullptr;
}

bool isInstanceOfTypeName(Interp& in, const Value& t, std::string_view name) {
  const DataTypeObj* dt = dataType(in, t);
  if (!dt || !dt->tname || dt->tname->name.str() != name) return false;
  return dt->tname->module == in.base || dt->tname->module == in.core;
}

bool isStructNamed(Interp& in, const Value& v, std::string_view name) {
  return v.isObject(ObjKind::Struct) && isInstanceOfTypeName(in, v.as<StructObj>().type, name);
}

static bool isBottom(Interp& in, const Value& t) {
  return sameObj(t, in.types().Bottom) ||
         (isType(t, TypeKind::Union) && t.as<UnionObj>().members.empty());
}

static std::vector<Value> unionMembers(const Value& t) {
  if (isType(t, TypeKind::Union)) return t.as<UnionObj>().members;
  return {t};
}

Value typejoin(Interp& in, const Value& a, const Value& b) {
  auto& T = in.types();
  if (isBottom(in, a)) return b;
  if (isBottom(in, b)) return a;
  if (T.isSubtype(a, b)) return b;
  if (T.isSubtype(b, a)) return a;
  if (isType(a, TypeKind::Union)) {
    Value acc = T.Bottom;
    for (auto& m : a.as<UnionObj>().members) acc = typejoin(in, acc, m);
    return typejoin(in, acc, b);
  }
  if (isType(b, TypeKind::Union)) return typejoin(in, b, a);
  const DataTypeObj* da = dataType(in, a);
  const DataTypeObj* db = dataType(in, b);
  if (!da || !db) return T.Any;
  if (T.isTupleType(a) && T.isTupleType(b)) {
    if (isType(a, TypeKind::DataType) && isType(b, TypeKind::DataType) &&
        da->params.size() == db->params.size()) {
      std::vector<Value> ps;
      for (size_t i = 0; i < da->params.size(); ++i) {
        if (isType(da->params[i], TypeKind::Vararg) || isType(db->params[i], TypeKind::Vararg))
          return T.Tuple;
        ps.push_back(typejoin(in, da->params[i], db->params[i]));
      }
      return T.tupleType(ps);
    }
    return T.Tuple;
  }
  // Walk b's supertypes until one whose type constructor is an ancestor of a.
  Value bt = isType(b, TypeKind::DataType) ? b : T.unwrap(b);
  while (isType(bt, TypeKind::DataType)) {
    const DataTypeObj& bd = asDataType(bt);
    if (!bd.tname || sameObj(bt, T.Any)) break;
    Value wrapper = bd.tname->wrapper;
    if (T.isSubtype(a, wrapper)) {
      Value aa = T.findSupertype(isType(a, TypeKind::DataType) ? a : T.unwrap(a), wrapper);
      if (isType(aa, TypeKind::DataType)) {
        const DataTypeObj& ad = asDataType(aa);
        if (ad.params.size() != bd.params.size()) return wrapper;
        std::vector<Value> lead;
        for (size_t i = 0; i < ad.params.size(); ++i) {
          bool eq = isType(ad.params[i]) && isType(bd.params[i])
                        ? sameType(in, ad.params[i], bd.params[i])
                        : (ad.params[i].tag() == bd.params[i].tag() && ad.params[i].isSymbol()
                               ? ad.params[i].asSymbol() == bd.params[i].asSymbol()
                               : in.identical(ad.params[i], bd.params[i]));
          if (!eq) break;
          lead.push_back(ad.params[i]);
        }
        if (lead.size() == ad.params.size()) return aa;
        if (lead.empty()) return wrapper;
        try {
          return T.applyType(wrapper, lead);
        } catch (const TypeOpError&) {
          return wrapper;
        }
      }
      return wrapper;
    }
    if (bd.super.isNothing()) break;
    bt = bd.super;
  }
  return T.Any;
}

static bool isNothingOrMissing(Interp& in, const Value& t) {
  return sameObj(t, in.types().Nothing) || isInstanceOfTypeName(in, t, "Missing");
}

Value promoteTypejoin(Interp& in, const Value& a, const Value& b) {
  auto& T = in.types();
  if (isBottom(in, a)) return b;
  if (isBottom(in, b)) return a;
  if (sameType(in, a, b)) return a;
  std::vector<Value> special;
  Value ra = T.Bottom, rb = T.Bottom;
  for (auto& m : unionMembers(a)) {
    if (isNothingOrMissing(in, m)) special.push_back(m);
    else ra = isBottom(in, ra) ? m : T.unionOf({ra, m});
  }
  for (auto& m : unionMembers(b)) {
    if (isNothingOrMissing(in, m)) special.push_back(m);
    else rb = isBottom(in, rb) ? m : T.unionOf({rb, m});
  }
  Value c = typejoin(in, ra, rb);
  if (special.empty()) return c;
  std::vector<Value> members;
  for (auto& s : special) {
    bool dup = false;
    for (auto& m : members) dup = dup || sameObj(m, s);
    if (!dup) members.push_back(s);
  }
  if (!isBottom(in, c)) members.push_back(c);
  return members.size() == 1 ? members[0] : T.unionOf(members);
}

Value promoteType(Interp& in, const Value& a, const Value& b) {
  if (sameType(in, a, b)) return a;
  try {
    Value args[] = {a, b};
    Value r = in.callBase("promote_type", args);
    if (isType(r)) return r;
  } catch (const JuliaError&) {
  }
  return typejoin(in, a, b);
}

Value convertTo(Interp& in, const Value& t, const Value& v) {
  if (isa(in, v, t)) return v;
  Value args[] = {t, v};
  return in.callBase("convert", args);
}

// ---------------------------------------------------------------------------------------
// Arrays.
Value arrayEltype(Interp& in, const Value& a) {
  const DataTypeObj* dt = dataType(in, arr(a).type);
  if (dt && !dt->params.empty()) return dt->params[0];
  return in.types().Any;
}

std::vector<int64_t> shapeOf(const ArrayObj& a) {
  if (a.dims.size() == 1) return {a.length()};
  return a.dims;
}

Value newArray(Interp& in, const Value& elType, std::vector<int64_t> dims, std::vector<Value> data) {
  Value t = in.types().arrayType(elType, static_cast<int64_t>(dims.size()));
  auto* o = new ArrayObj(t, std::move(dims));
  o->data = std::move(data);
  return Value::object(o);
}

Value eltypeOfValues(Interp& in, const std::vector<Value>& vals, const Value& emptyType) {
  if (vals.empty()) return emptyType;
  Value t = typeOf(in, vals[0]);
  for (size_t i = 1; i < vals.size(); ++i) {
    if (isa(in, vals[i], t)) continue;
    t = promoteTypejoin(in, t, typeOf(in, vals[i]));
  }
  return t;
}

static Value tupleEltype(Interp& in, const std::vector<Value>& elems) {
  Value t = in.types().Bottom;
  for (auto& e : elems) t = promoteTypejoin(in, t, typeOf(in, e));
  return t;
}

std::optional<Value> knownEltype(Interp& in, const Value& itr) {
  auto& T = in.types();
  if (isArray(itr)) return arrayEltype(in, itr);
  if (itr.isObject(ObjKind::Tuple)) return tupleEltype(in, itr.as<TupleObj>().elems);
  if (itr.isObject(ObjKind::NamedTuple)) return tupleEltype(in, itr.as<NamedTupleObj>().values);
  if (itr.isString()) return T.Char;
  if (itr.isObject(ObjKind::Dict)) {
    const DataTypeObj* dt = dataType(in, itr.as<DictObj>().type);
    if (dt && dt->params.size() == 2) return T.applyType(T.Pair, dt->params);
    return T.Any;
  }
  if (itr.isObject(ObjKind::Set)) {
    const DataTypeObj* dt = dataType(in, itr.as<SetObj>().type);
    if (dt && dt->params.size() == 1) return dt->params[0];
    return T.Any;
  }
  if (itr.isInteger() || itr.isFloat() || itr.isBool() || itr.tag() == Tag::Char) return typeOf(in, itr);
  if (!itr.isObject(ObjKind::Struct)) return std::nullopt;
  const auto& s = itr.as<StructObj>();
  if (isStructNamed(in, itr, "Generator")) return std::nullopt;
  if (isStructNamed(in, itr, "KeySet") || isStructNamed(in, itr, "ValueIterator")) {
    const DataTypeObj* dt = dataType(in, s.fields[0].as<DictObj>().type);
    if (dt && dt->params.size() == 2) return dt->params[isStructNamed(in, itr, "KeySet") ? 0 : 1];
    return T.Any;
  }
  if (isStructNamed(in, itr, "Filter")) return knownEltype(in, s.fields[1]);
  if (isStructNamed(in, itr, "Enumerate")) {
    auto e = knownEltype(in, s.fields[0]);
    if (!e) return std::nullopt;
    return T.tupleType({T.Int64, *e});
  }
  if (isStructNamed(in, itr, "Zip")) {
    std::vector<Value> ps;
    for (auto& c : s.fields[0].as<TupleObj>().elems) {
      auto e = knownEltype(in, c);
      if (!e) return std::nullopt;
      ps.push_back(*e);
    }
    return T.tupleType(ps);
  }
  Value st = T.findSupertype(s.type, T.AbstractArray);
  if (isType(st, TypeKind::DataType) && !asDataType(st).params.empty()) return asDataType(st).params[0];
  // User iterables: Julia's default IteratorEltype is HasEltype with eltype(x) (Any by default).
  for (const char* n : {"Take", "Drop", "Reverse", "Flatten", "ProductIterator", "Pairs", "Count"})
    if (isStructNamed(in, itr, n)) return std::nullopt;
  Value args[] = {itr};
  Value r = in.callBase("eltype", args);
  return isType(r) ? r : T.Any;
}

// ---------------------------------------------------------------------------------------
// Indices and ranges.
int64_t toIndex(Interp& in, const Value& i) {
  if (i.tag() == Tag::Int64) return i.asInt64();
  if (i.isInteger()) {
    int128 x = i.toInt128();
    if (i.isUnsignedInt() && i.tag() == Tag::UInt128 && i.asUInt128() > static_cast<uint128>(INT64_MAX))
      in.throwNew("InexactError", {Value::symbol("Int64"), in.types().Int64, i});
    if (x > INT64_MAX || x < INT64_MIN)
      in.throwNew("InexactError", {Value::symbol("Int64"), in.types().Int64, i});
    return static_cast<int64_t>(x);
  }
  std::string s = in.repr(i);
  argumentError(in, "invalid index: " + s + " of type " + in.types().show(typeOf(in, i)));
}

bool isColon(Interp& in, const Value& v) {
  if (v.isObject(ObjKind::Function)) return v.as<FunctionObj>().name.str() == ":";
  return isStructNamed(in, v, "Colon");
}

bool asIntRange(Interp& in, const Value& v, IntRange& r) {
  if (!v.isObject(ObjKind::Struct)) return false;
  const auto& s = v.as<StructObj>();
  const DataTypeObj* dt = dataType(in, s.type);
  if (!dt || !dt->tname || dt->tname->module != in.base) return false;
  const std::string& n = dt->tname->name.str();
  for (auto& f : s.fields)
    if (f.tag() != Tag::Int64) return false;
  if (n == "UnitRange" && s.fields.size() == 2) {
    r.start = s.fields[0].asInt64();
    r.step = 1;
    r.len = std::max<int64_t>(0, s.fields[1].asInt64() - r.start + 1);
    return true;
  }
  if (n == "StepRange" && s.fields.size() == 3) {
    r.start = s.fields[0].asInt64();
    r.step = s.fields[1].asInt64();
    int64_t stop = s.fields[2].asInt64();
    if (r.step == 0) return false;
    int128 d = static_cast<int128>(stop) - r.start;
    if ((r.step > 0 && d < 0) || (r.step < 0 && d > 0)) r.len = 0;
    else r.len = static_cast<int64_t>(d / r.step + 1);
    return true;
  }
  if (n == "OneTo" && s.fields.size() == 1) {
    r.start = 1;
    r.step = 1;
    r.len = std::max<int64_t>(0, s.fields[0].asInt64());
    return true;
  }
  return false;
}

namespace {
struct TypeCache {
  const ModuleObj* base = nullptr;
  const Object* wrapper = nullptr;
  Value type;
};
Value cachedInt64Instance(Interp& in, TypeCache& c, std::string_view name) {
  Value w = in.baseValue(name);
  if (c.base != in.base || c.wrapper != w.obj() || c.type.isNothing()) {
    c.base = in.base;
    c.wrapper = w.obj();
    c.type = in.types().applyType(w, {in.types().Int64});
  }
  return c.type;
}
}  // namespace

Value makeUnitRange(Interp& in, int64_t start, int64_t stop) {
  static thread_local TypeCache cache;
  Value t = cachedInt64Instance(in, cache, "UnitRange");
  if (stop < start) stop = start - 1;
  return Value::object(new StructObj(t, {i64(start), i64(stop)}));
}

Value makeOneTo(Interp& in, int64_t n) {
  static thread_local TypeCache cache;
  Value t = cachedInt64Instance(in, cache, "OneTo");
  return Value::object(new StructObj(t, {i64(std::max<int64_t>(n, 0))}));
}

Value makeStepRange(Interp& in, int64_t start, int64_t step, int64_t stop) {
  static thread_local TypeCache cache;
  Value w = in.baseValue("StepRange");
  if (cache.base != in.base || cache.wrapper != w.obj() || cache.type.isNothing()) {
    cache.base = in.base;
    cache.wrapper = w.obj();
    cache.type = in.types().applyType(w, {in.types().Int64, in.types().Int64});
  }
  if (step == 0) argumentError(in, "step cannot be zero");
  int64_t last;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) last = start - step;
  else last = stop - static_cast<int64_t>((static_cast<int128>(stop) - start) % step);
  return Value::object(new StructObj(cache.type, {i64(start), i64(step), i64(last)}));
}

Value makePairTyped(Interp& in, const Value& pairType, const Value& a, const Value& b) {
  return Value::object(new StructObj(pairType, {a, b}));
}

Value makePair(Interp& in, const Value& a, const Value& b) {
  auto& T = in.types();
  return makePairTyped(in, T.applyType(T.Pair, {typeOf(in, a), typeOf(in, b)}), a, b);
}

bool isPair(Interp& in, const Value& v) {
  if (!v.isObject(ObjKind::Struct)) return false;
  const DataTypeObj* dt = dataType(in, v.as<StructObj>().type);
  const DataTypeObj* pt = dataType(in, in.types().Pair);
  return dt && pt && dt->tname == pt->tname;
}

// ---------------------------------------------------------------------------------------
// Iteration.
bool iterateStep(Interp& in, const Value& itr, const Value* state, Value& item, Value& next) {
  Value r;
  if (state) {
    Value args[] = {itr, *state};
    r = in.callBase("iterate", args);
  } else {
    Value args[] = {itr};
    r = in.callBase("iterate", args);
  }
  if (r.isNothing()) return false;
  if (!r.isObject(ObjKind::Tuple) || r.as<TupleObj>().elems.size() != 2)
    in.error("iterate must return nothing or a 2-tuple");
  item = r.as<TupleObj>().elems[0];
  next = r.as<TupleObj>().elems[1];
  return true;
}

// Decodes a valid UTF-8 string into Julia Char values; false when it is not valid UTF-8.
static bool decodeChars(const std::string& s, std::vector<Value>& out) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    uint32_t bits = 0;
    for (size_t k = 0; k < n; ++k) {
      unsigned char b = static_cast<unsigned char>(s[i + k]);
      if (k > 0 && (b >> 6) != 2) return false;
      bits |= static_cast<uint32_t>(b) << (8 * (3 - k));
    }
    out.push_back(Value::charBits(bits));
    i += n;
  }
  return true;
}

static Value dictPairType(Interp& in, const DictObj& d) {
  auto& T = in.types();
  const DataTypeObj* dt = dataType(in, d.type);
  if (dt && dt->params.size() == 2) return T.applyType(T.Pair, dt->params);
  return T.applyType(T.Pair, {T.Any, T.Any});
}

static void forEachGeneric(Interp& in, const Value& itr, const std::function<bool(const Value&)>& fn) {
  Value item, state;
  if (!iterateStep(in, itr, nullptr, item, state)) return;
  while (true) {
    if (!fn(item)) return;
    Value next;
    if (!iterateStep(in, itr, &state, item, next)) return;
    state = std::move(next);
  }
}

void forEach(Interp& in, const Value& itr, const std::function<bool(const Value&)>& fn) {
  if (isArray(itr)) {
    const ArrayObj& a = arr(itr);
    for (int64_t i = 0; i < a.length(); ++i) {
      Value x = a.elems()[static_cast<size_t>(i)];
      if (!fn(x)) return;
    }
    return;
  }
  if (itr.isObject(ObjKind::Tuple)) {
    Value keep = itr;
    for (auto& x : itr.as<TupleObj>().elems)
      if (!fn(x)) return;
    return;
  }
  if (itr.isObject(ObjKind::NamedTuple)) {
    Value keep = itr;
    for (auto& x : itr.as<NamedTupleObj>().values)
      if (!fn(x)) return;
    return;
  }
  if (itr.isObject(ObjKind::Dict)) {
    const DictObj& d = itr.as<DictObj>();
    Value pt = dictPairType(in, d);
    for (size_t i = 0; i < d.entries.size(); ++i) {
      Value p = makePairTyped(in, pt, d.entries[i].first, d.entries[i].second);
      if (!fn(p)) return;
    }
    return;
  }
  if (itr.isObject(ObjKind::Set)) {
    const SetObj& s = itr.as<SetObj>();
    for (size_t i = 0; i < s.items.size(); ++i) {
      Value x = s.items[i];
      if (!fn(x)) return;
    }
    return;
  }
  if (itr.isString()) {
    std::vector<Value> chars;
    if (decodeChars(itr.as<StringObj>().data, chars)) {
      for (auto& c : chars)
        if (!fn(c)) return;
      return;
    }
    forEachGeneric(in, itr, fn);
    return;
  }
  if (itr.isInteger() || itr.isFloat() || itr.isBool() || itr.tag() == Tag::Char) {
    fn(itr);
    return;
  }
  if (itr.isObject(ObjKind::Struct)) {
    IntRange r;
    if (asIntRange(in, itr, r)) {
      for (int64_t k = 0; k < r.len; ++k)
        if (!fn(i64(r.at(k)))) return;
      return;
    }
    const auto& s = itr.as<StructObj>();
    if (isStructNamed(in, itr, "Generator")) {
      Value f = s.fields[0];
      forEach(in, s.fields[1], [&](const Value& x) {
        Value y = in.call(f, std::span<const Value>(&x, 1));
        return fn(y);
      });
      return;
    }
    if (isStructNamed(in, itr, "Filter")) {
      Value f = s.fields[0];
      forEach(in, s.fields[1], [&](const Value& x) {
        if (!in.isTruthy(in.call(f, std::span<const Value>(&x, 1)))) return true;
        return fn(x);
      });
      return;
    }
    if (isStructNamed(in, itr, "Enumerate")) {
      int64_t i = 0;
      forEach(in, s.fields[0], [&](const Value& x) { return fn(in.makeTuple({i64(++i), x})); });
      return;
    }
    if (isStructNamed(in, itr, "KeySet") || isStructNamed(in, itr, "ValueIterator")) {
      bool keys = isStructNamed(in, itr, "KeySet");
      Value dv = s.fields[0];
      const DictObj& d = dv.as<DictObj>();
      for (size_t i = 0; i < d.entries.size(); ++i) {
        Value x = keys ? d.entries[i].first : d.entries[i].second;
        if (!fn(x)) return;
      }
      return;
    }
    if (isStructNamed(in, itr, "Zip")) {
      const auto& comps = s.fields[0].as<TupleObj>().elems;
      bool finite = true;
      for (auto& c : comps) finite = finite && knownLength(in, c).has_value();
      if (finite) {
        std::vector<std::vector<Value>> cols;
        size_t n = SIZE_MAX;
        for (auto& c : comps) {
          cols.push_back(collectValues(in, c));
          n = std::min(n, cols.back().size());
        }
        if (comps.empty()) n = 0;
        for (size_t i = 0; i < n; ++i) {
          std::vector<Value> t;
          for (auto& col : cols) t.push_back(col[i]);
          if (!fn(in.makeTuple(std::move(t)))) return;
        }
        return;
      }
    }
    if (isStructNamed(in, itr, "Take")) {
      int64_t n = toIndex(in, s.fields[1]), k = 0;
      if (n <= 0) return;
      forEach(in, s.fields[0], [&](const Value& x) { return fn(x) && ++k < n; });
      return;
    }
    if (isStructNamed(in, itr, "Drop")) {
      int64_t n = toIndex(in, s.fields[1]), k = 0;
      forEach(in, s.fields[0], [&](const Value& x) { return k++ < n ? true : fn(x); });
      return;
    }
    if (isStructNamed(in, itr, "Reverse")) {
      std::vector<Value> v = collectValues(in, s.fields[0]);
      for (size_t i = v.size(); i-- > 0;)
        if (!fn(v[i])) return;
      return;
    }
    if (isStructNamed(in, itr, "Flatten")) {
      bool go = true;
      forEach(in, s.fields[0], [&](const Value& inner) {
        forEach(in, inner, [&](const Value& x) { return go = fn(x); });
        return go;
      });
      return;
    }
    if (isStructNamed(in, itr, "ProductIterator")) {
      std::vector<std::vector<Value>> cols;
      for (auto& c : s.fields[0].as<TupleObj>().elems) cols.push_back(collectValues(in, c));
      if (cols.empty()) return;
      for (auto& c : cols)
        if (c.empty()) return;
      std::vector<size_t> idx(cols.size(), 0);
      while (true) {
        std::vector<Value> t;
        for (size_t k = 0; k < cols.size(); ++k) t.push_back(cols[k][idx[k]]);
        if (!fn(in.makeTuple(std::move(t)))) return;
        size_t k = 0;
        while (k < cols.size() && ++idx[k] == cols[k].size()) idx[k++] = 0;
        if (k == cols.size()) return;
      }
    }
    if (isStructNamed(in, itr, "Pairs")) {
      Value data = s.fields[0];
      if (data.isObject(ObjKind::NamedTuple)) {
        const auto& nt = data.as<NamedTupleObj>();
        for (size_t i = 0; i < nt.names.size(); ++i)
          if (!fn(makePair(in, Value::symbol(nt.names[i]), nt.values[i]))) return;
        return;
      }
      if (isArray(data) || data.isObject(ObjKind::Tuple)) {
        int64_t i = 0;
        forEach(in, data, [&](const Value& x) { return fn(makePair(in, i64(++i), x)); });
        return;
      }
    }
  }
  forEachGeneric(in, itr, fn);
}

std::vector<Value> collectValues(Interp& in, const Value& itr) {
  if (isArray(itr)) return arr(itr).elems();
  if (itr.isObject(ObjKind::Tuple)) return itr.as<TupleObj>().elems;
  std::vector<Value> out;
  if (auto n = knownLength(in, itr)) out.reserve(static_cast<size_t>(*n));
  forEach(in, itr, [&](const Value& x) {
    out.push_back(x);
    return true;
  });
  return out;
}

std::optional<int64_t> knownLength(Interp& in, const Value& itr) {
  if (isArray(itr)) return arr(itr).length();
  if (itr.isObject(ObjKind::Tuple)) return static_cast<int64_t>(itr.as<TupleObj>().elems.size());
  if (itr.isObject(ObjKind::NamedTuple)) return static_cast<int64_t>(itr.as<NamedTupleObj>().values.size());
  if (itr.isObject(ObjKind::Dict)) return static_cast<int64_t>(itr.as<DictObj>().entries.size());
  if (itr.isObject(ObjKind::Set)) return static_cast<int64_t>(itr.as<SetObj>().items.size());
  if (itr.isString()) {  // characters of valid UTF-8 (continuation bytes not counted)
    int64_t n = 0;
    for (char c : itr.as<StringObj>().data) n += (static_cast<unsigned char>(c) >> 6) != 2;
    return n;
  }
  if (itr.isInteger() || itr.isFloat() || itr.isBool() || itr.tag() == Tag::Char) return 1;
  IntRange r;
  if (asIntRange(in, itr, r)) return r.len;
  if (!itr.isObject(ObjKind::Struct)) return std::nullopt;
  const auto& s = itr.as<StructObj>();
  if (isStructNamed(in, itr, "Generator")) return knownLength(in, s.fields[1]);
  if (isStructNamed(in, itr, "Enumerate") || isStructNamed(in, itr, "Reverse") ||
      isStructNamed(in, itr, "Pairs"))
    return knownLength(in, s.fields[0]);
  if (isStructNamed(in, itr, "KeySet") || isStructNamed(in, itr, "ValueIterator"))
    return static_cast<int64_t>(s.fields[0].as<DictObj>().entries.size());
  if (isStructNamed(in, itr, "Zip")) {
    std::optional<int64_t> n;
    for (auto& c : s.fields[0].as<TupleObj>().elems) {
      auto m = knownLength(in, c);
      if (!m) return std::nullopt;
      n = n ? std::min(*n, *m) : *m;
    }
    return n ? *n : 0;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Errors.
void boundsError(Interp& in, const Value& a, std::vector<Value> idx) {
  in.throwNew("BoundsError", {a, in.makeTuple(std::move(idx))});
}

void argumentError(Interp& in, std::string msg) {
  in.throwNew("ArgumentError", {in.makeString(std::move(msg))});
}

void dimensionMismatch(Interp& in, std::string msg) {
  in.throwNew("DimensionMismatch", {in.makeString(std::move(msg))});
}

}  // namespace jl::interp::coll
