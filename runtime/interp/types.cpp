// The type system, part 1: the builtin lattice (bootstrap), construction of types
// (defineType, TypeVar/UnionAll, Union, Tuple, Vararg), type application with caching,
// substitution, and `typeof`. Subtyping and dispatch live in subtype.cpp, printing in
// type_print.cpp. See docs/types.md.
#include <algorithm>
#include <cstring>

#include "interp/types.hpp"
#include "interp/types_internal.hpp"

namespace jl::interp {

using namespace detail;

// =======================================================================================
// detail helpers
namespace detail {

bool sameObject(const Value& a, const Value& b) {
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
    case Tag::Nothing: return true;
    case Tag::Bool: return a.asBool() == b.asBool();
    case Tag::Object: return a.obj() == b.obj();
    case Tag::Symbol: return a.asSymbol() == b.asSymbol();
    case Tag::Float32: { float x = a.asFloat32(), y = b.asFloat32(); return std::memcmp(&x, &y, sizeof x) == 0; }
    case Tag::Float64: { double x = a.asFloat64(), y = b.asFloat64(); return std::memcmp(&x, &y, sizeof x) == 0; }
    case Tag::Int128: return a.asInt128() == b.asInt128();
    case Tag::UInt128: return a.asUInt128() == b.asUInt128();
    case Tag::Char: return a.charBits() == b.charBits();
    default:
      if (a.isSignedInt()) return a.asInt64() == b.asInt64();
      return a.asUInt64() == b.asUInt64();
  }
}

namespace {
std::string ptrKey(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

void keyOf(const Value& v, std::vector<const Object*>& bound, std::string& out) {
  switch (v.tag()) {
    case Tag::Nothing: out += "n"; return;
    case Tag::Bool: out += v.asBool() ? "b1" : "b0"; return;
    case Tag::Symbol: out += "s" + ptrKey(v.asSymbol().id()); return;
    case Tag::Char: out += "c" + std::to_string(v.charBits()); return;
    case Tag::Float32: { float x = v.asFloat32(); uint32_t u; std::memcpy(&u, &x, 4); out += "f" + std::to_string(u); return; }
    case Tag::Float64: { double x = v.asFloat64(); uint64_t u; std::memcpy(&u, &x, 8); out += "d" + std::to_string(u); return; }
    case Tag::Int128: case Tag::UInt128: {
      uint128 u = static_cast<uint128>(v.asInt128());
      out += "w" + std::to_string(static_cast<int>(v.tag())) + ":" + std::to_string(static_cast<uint64_t>(u >> 64)) + "." +
             std::to_string(static_cast<uint64_t>(u));
      return;
    }
    case Tag::Object: break;
    default:
      out += "i" + std::to_string(static_cast<int>(v.tag())) + ":" +
             (v.isSignedInt() ? std::to_string(v.asInt64()) : std::to_string(v.asUInt64()));
      return;
  }
  const Object* o = v.obj();
  if (o->kind() == ObjKind::Tuple) {
    out += "t(";
    for (auto& e : v.as<TupleObj>().elems) { keyOf(e, bound, out); out += ","; }
    out += ")";
    return;
  }
  if (o->kind() == ObjKind::String) { out += "S" + std::to_string(v.as<StringObj>().data.size()) + ":" + v.as<StringObj>().data; return; }
  if (o->kind() != ObjKind::Type) { out += "o" + ptrKey(o); return; }
  switch (v.as<TypeObj>().tkind) {
    case TypeKind::DataType: out += "D" + ptrKey(o); return;
    case TypeKind::Union:
      out += "U(";
      for (auto& m : un(v).members) { keyOf(m, bound, out); out += ","; }
      out += ")";
      return;
    case TypeKind::TypeVar: {
      for (size_t i = bound.size(); i-- > 0;)
        if (bound[i] == o) { out += "#" + std::to_string(i); return; }
      out += "V" + ptrKey(o);
      return;
    }
    case TypeKind::UnionAll: {
      const auto& u = ua(v);
      out += "A(";
      keyOf(tv(u.var).lb, bound, out);
      out += ",";
      keyOf(tv(u.var).ub, bound, out);
      out += ":";
      bound.push_back(u.var.obj());
      keyOf(u.body, bound, out);
      bound.pop_back();
      out += ")";
      return;
    }
    case TypeKind::Vararg: {
      const auto& x = va(v);
      out += "VA(";
      if (x.elem.isObject()) keyOf(x.elem, bound, out); else out += "-";
      out += ",";
      keyOf(x.count, bound, out);
      out += ")";
      return;
    }
  }
}

bool occurs(const Value& t, const Value& var, std::vector<const Object*>& bound, bool anyFree) {
  if (!t.isObject()) return false;
  if (t.isObject(ObjKind::Tuple)) {
    for (auto& e : t.as<TupleObj>().elems) if (occurs(e, var, bound, anyFree)) return true;
    return false;
  }
  if (!isType(t)) return false;
  switch (t.as<TypeObj>().tkind) {
    case TypeKind::DataType:
      for (auto& p : dt(t).params) if (occurs(p, var, bound, anyFree)) return true;
      return false;
    case TypeKind::Union:
      for (auto& m : un(t).members) if (occurs(m, var, bound, anyFree)) return true;
      return false;
    case TypeKind::TypeVar:
      if (anyFree) return std::find(bound.begin(), bound.end(), t.obj()) == bound.end();
      return t.obj() == var.obj();
    case TypeKind::UnionAll: {
      const auto& u = ua(t);
      if (occurs(tv(u.var).lb, var, bound, anyFree) || occurs(tv(u.var).ub, var, bound, anyFree)) return true;
      if (!anyFree && u.var.obj() == var.obj()) return false;  // shadowed
      bound.push_back(u.var.obj());
      bool r = occurs(u.body, var, bound, anyFree);
      bound.pop_back();
      return r;
    }
    case TypeKind::Vararg:
      return occurs(va(t).elem, var, bound, anyFree) || occurs(va(t).count, var, bound, anyFree);
  }
  return false;
}

void collectFree(const Value& t, std::vector<const Object*>& bound, std::vector<Value>& out) {
  if (!t.isObject()) return;
  if (t.isObject(ObjKind::Tuple)) {
    for (auto& e : t.as<TupleObj>().elems) collectFree(e, bound, out);
    return;
  }
  if (!isType(t)) return;
  switch (t.as<TypeObj>().tkind) {
    case TypeKind::DataType: for (auto& p : dt(t).params) collectFree(p, bound, out); return;
    case TypeKind::Union: for (auto& m : un(t).members) collectFree(m, bound, out); return;
    case TypeKind::TypeVar:
      if (std::find(bound.begin(), bound.end(), t.obj()) != bound.end()) return;
      for (auto& o : out) if (o.obj() == t.obj()) return;
      out.push_back(t);
      return;
    case TypeKind::UnionAll: {
      const auto& u = ua(t);
      collectFree(tv(u.var).lb, bound, out);
      collectFree(tv(u.var).ub, bound, out);
      bound.push_back(u.var.obj());
      collectFree(u.body, bound, out);
      bound.pop_back();
      return;
    }
    case TypeKind::Vararg: collectFree(va(t).elem, bound, out); collectFree(va(t).count, bound, out); return;
  }
}
}  // namespace

std::string typeKey(const Value& v) {
  std::vector<const Object*> bound;
  std::string out;
  keyOf(v, bound, out);
  return out;
}

bool sameParam(const Value& a, const Value& b) {
  if (sameObject(a, b)) return true;
  if (a.tag() != b.tag()) return false;
  if (!a.isObject()) return false;
  // DataTypes are interned: different objects are different types.
  if (isDT(a) && isDT(b)) return false;
  return typeKey(a) == typeKey(b);
}

bool hasTypeVar(const Value& t, const Value& var) {
  std::vector<const Object*> bound;
  return occurs(t, var, bound, false);
}

bool hasFreeTypeVars(const Value& t) {
  std::vector<const Object*> bound;
  return occurs(t, Value(), bound, true);
}

void collectFreeTypeVars(const Value& t, std::vector<Value>& out) {
  std::vector<const Object*> bound;
  collectFree(t, bound, out);
}

static bool isCoreName(const TypeName* tn, const char* name) {
  return tn && tn->name.str() == name && tn->module && tn->module->name.str() == "Core";
}

bool isTupleDT(const Value& v) { return isDT(v) && isCoreName(dt(v).tname, "Tuple"); }
bool isTypeTypeDT(const Value& v) { return isDT(v) && isCoreName(dt(v).tname, "Type"); }

TupleParts tupleParts(const Value& t) {
  TupleParts r;
  const auto& ps = dt(t).params;
  for (size_t i = 0; i < ps.size(); ++i) {
    if (isVA(ps[i]) && i + 1 == ps.size()) {
      r.va = true;
      r.vaElem = va(ps[i]).elem;
      r.vaCount = va(ps[i]).count;
    } else {
      r.fixed.push_back(ps[i]);
    }
  }
  return r;
}

bool isSingletonDT(const DataTypeObj& d) {
  if (!d.instance.isNothing() || (d.tname && d.tname->name.str() == "Nothing")) return true;
  return d.isConcrete() && !d.tname->isPrimitive && !d.tname->isMutable && d.tname->fieldNames.empty() &&
         !isCoreName(d.tname, "Tuple") && !isCoreName(d.tname, "Symbol") && !isCoreName(d.tname, "String") &&
         d.tname->name.str() != "DataType" && d.tname->name.str() != "Module";
}

bool isBitsDT(const DataTypeObj& d) {
  if (!d.isConcrete()) return false;
  if (d.tname->isPrimitive) return true;
  if (d.tname->isMutable) return false;
  if (isCoreName(d.tname, "Tuple")) {
    for (auto& p : d.params) if (!isDT(p) || !isBitsDT(dt(p))) return false;
    return true;
  }
  if (d.tname->fieldNames.empty()) return false;  // builtin opaque objects (String, Array...)
  for (auto& f : d.fieldTypes) if (!isDT(f) || !isBitsDT(dt(f))) return false;
  return true;
}

}  // namespace detail

// Declared in objects.hpp; lives here because concreteness is a type-system notion.
bool DataTypeObj::isConcrete() const {
  if (!tname || tname->isAbstract) return false;
  bool tuple = isCoreName(tname, "Tuple");
  for (auto& p : params) {
    if (tuple) {
      if (!isDT(p) || !dt(p).isConcrete()) return false;
    } else if (hasFreeTypeVars(p)) {
      return false;
    }
  }
  return true;
}

// =======================================================================================
// bootstrap

TypeSystem::TypeSystem(ModuleObj* core, ModuleObj* base) : core_(core), base_(base) { bootstrap(); }

TypeName* TypeSystem::newTypeName(jl::Symbol name, ModuleObj* m) {
  typeNames_.push_back(std::make_unique<TypeName>());
  TypeName* tn = typeNames_.back().get();
  tn->name = name;
  tn->module = m;
  return tn;
}

void TypeSystem::bind(ModuleObj* m, const char* name, const Value& v, bool exported) {
  if (!m) return;
  Binding& b = m->get(jl::Symbol(name));
  b.value = v;
  b.defined = true;
  b.isConst = true;
  if (exported && std::find(m->exports.begin(), m->exports.end(), jl::Symbol(name)) == m->exports.end())
    m->exports.push_back(jl::Symbol(name));
}

Value TypeSystem::param(const Value& wrapper, int i) const {
  Value t = wrapper;
  for (int k = 0; k < i; ++k) t = ua(t).body;
  return ua(t).var;
}

void TypeSystem::bootstrap() {
  // Any first; everything else hangs below it.
  auto mkType = [&](const char* name, ModuleObj* m, const Value& super, bool abstract, bool mut = false,
                    int bits = 0) {
    TypeName* tn = newTypeName(jl::Symbol(name), m);
    tn->isAbstract = abstract;
    tn->isMutable = mut;
    tn->isPrimitive = bits > 0;
    tn->primitiveBits = bits;
    auto* d = new DataTypeObj();
    d->tname = tn;
    d->super = super;
    Value v = Value::object(d);
    tn->wrapper = v;
    tn->superTemplate = super;
    tn->instances[{}] = v;
    bind(m, name, v, m == base_);
    return v;
  };
  Any = mkType("Any", core_, Value(), true);
  Bottom = Value::object(new UnionObj());
  // Type{T}: the abstract type of types.
  {
    TypeName* tn = newTypeName(jl::Symbol("Type"), core_);
    tn->isAbstract = true;
    typeName_ = tn;
    Value T = newTypeVar(jl::Symbol("T"));
    tn->typeVars = {T};
    tn->superTemplate = Any;
    Value body = instantiate(tn, {T});
    tn->wrapper = newUnionAll(T, body);
    TypeType = tn->wrapper;
    bind(core_, "Type", TypeType);
  }
  Value typeT = ua(TypeType).body;  // Type{T} with T free, the supertype of the kinds
  DataType = mkType("DataType", core_, typeT, false, true);
  UnionType = mkType("Union", core_, typeT, false);
  UnionAllType = mkType("UnionAll", core_, typeT, false);
  TypeVarType = mkType("TypeVar", core_, Any, false, true);
  TypeofVararg = mkType("TypeofVararg", core_, Any, false);
  TypeofBottom = mkType("TypeofBottom", core_, instantiate(typeName_, {Bottom}), false);
  const_cast<DataTypeObj&>(asDataType(TypeofBottom)).instance = Bottom;
  {
    auto* v = new VarargObj();  // bare `Vararg`: no element type, no count
    VarargType = Value::object(v);
    bind(core_, "Vararg", VarargType);
  }

  Nothing = mkType("Nothing", core_, Any, false);
  const_cast<DataTypeObj&>(asDataType(Nothing)).instance = Value::nothing();
  Number = mkType("Number", core_, Any, true);
  Real = mkType("Real", core_, Number, true);
  Integer = mkType("Integer", core_, Real, true);
  Signed = mkType("Signed", core_, Integer, true);
  Unsigned = mkType("Unsigned", core_, Integer, true);
  AbstractFloat = mkType("AbstractFloat", core_, Real, true);
  Bool = mkType("Bool", core_, Integer, false, false, 8);
  Int8 = mkType("Int8", core_, Signed, false, false, 8);
  Int16 = mkType("Int16", core_, Signed, false, false, 16);
  Int32 = mkType("Int32", core_, Signed, false, false, 32);
  Int64 = mkType("Int64", core_, Signed, false, false, 64);
  Int128 = mkType("Int128", core_, Signed, false, false, 128);
  UInt8 = mkType("UInt8", core_, Unsigned, false, false, 8);
  UInt16 = mkType("UInt16", core_, Unsigned, false, false, 16);
  UInt32 = mkType("UInt32", core_, Unsigned, false, false, 32);
  UInt64 = mkType("UInt64", core_, Unsigned, false, false, 64);
  UInt128 = mkType("UInt128", core_, Unsigned, false, false, 128);
  Float32 = mkType("Float32", core_, AbstractFloat, false, false, 32);
  Float64 = mkType("Float64", core_, AbstractFloat, false, false, 64);
  bind(core_, "Int", Int64);
  bind(core_, "UInt", UInt64);
  AbstractChar = mkType("AbstractChar", core_, Any, true);
  Char = mkType("Char", core_, AbstractChar, false, false, 32);
  AbstractString = mkType("AbstractString", core_, Any, true);
  String = mkType("String", core_, AbstractString, false);
  Symbol = mkType("Symbol", core_, Any, false);
  Module = mkType("Module", core_, Any, false);
  Function = mkType("Function", core_, Any, true);
  Exception = mkType("Exception", core_, Any, true);
  IO = mkType("IO", core_, Any, true);

  // Tuple: variadic; `Tuple` itself is Tuple{Vararg{Any}}.
  {
    TypeName* tn = newTypeName(jl::Symbol("Tuple"), core_);
    tupleName_ = tn;
    tn->superTemplate = Any;
    Tuple = tupleType({varargOf(Any)});
    tn->wrapper = Tuple;
    bind(core_, "Tuple", Tuple);
  }
  // Parametric builtins.
  auto mkParam = [&](const char* name, ModuleObj* m, std::vector<std::pair<const char*, Value>> vars,
                     auto superOf, bool abstract, bool mut, std::vector<std::pair<const char*, int>> fields = {}) {
    TypeSpec spec;
    spec.name = jl::Symbol(name);
    spec.module = m;
    for (auto& [vn, ub] : vars) spec.typeVars.push_back(newTypeVar(jl::Symbol(vn), Value(), ub));
    spec.super = superOf(spec.typeVars);
    spec.isAbstract = abstract;
    spec.isMutable = mut;
    for (auto& [fname, varIndex] : fields) {
      spec.fieldNames.push_back(jl::Symbol(fname));
      spec.fieldTypes.push_back(spec.typeVars[varIndex]);
    }
    Value w = defineType(spec);
    bind(m, name, w, m == base_);
    return w;
  };
  auto anySuper = [&](const std::vector<Value>&) { return Any; };
  AbstractArray = mkParam("AbstractArray", core_, {{"T", {}}, {"N", {}}}, anySuper, true, false);
  DenseArray = mkParam("DenseArray", core_, {{"T", {}}, {"N", {}}},
                       [&](const std::vector<Value>& v) { return applyType(AbstractArray, {v[0], v[1]}); }, true, false);
  Array = mkParam("Array", core_, {{"T", {}}, {"N", {}}},
                  [&](const std::vector<Value>& v) { return applyType(DenseArray, {v[0], v[1]}); }, false, true);
  arrayName_ = dt(unwrap(Array)).tname;
  auto alias1 = [&](const Value& wrapper, int64_t n) {
    Value T = newTypeVar(jl::Symbol("T"));
    return newUnionAll(T, applyType(wrapper, {T, Value::int64(n)}));
  };
  Vector = alias1(Array, 1);
  Matrix = alias1(Array, 2);
  AbstractVector = alias1(AbstractArray, 1);
  AbstractMatrix = alias1(AbstractArray, 2);
  DenseVector = alias1(DenseArray, 1);
  DenseMatrix = alias1(DenseArray, 2);
  bind(core_, "Vector", Vector);
  bind(core_, "Matrix", Matrix);
  bind(base_, "AbstractVector", AbstractVector, true);
  bind(base_, "AbstractMatrix", AbstractMatrix, true);
  bind(base_, "DenseVector", DenseVector, true);
  bind(base_, "DenseMatrix", DenseMatrix, true);
  {
    Value N = newTypeVar(jl::Symbol("N")), T = newTypeVar(jl::Symbol("T"));
    NTuple = newUnionAll(N, newUnionAll(T, tupleType({varargOf(T, N)})));
    bind(core_, "NTuple", NTuple);
  }
  NamedTuple = mkParam("NamedTuple", core_, {{"names", {}}, {"T", Tuple}}, anySuper, false, false);
  namedTupleName_ = dt(unwrap(NamedTuple)).tname;

  // Syntax objects.
  auto mkStruct = [&](const char* name, ModuleObj* m, bool mut, std::vector<std::pair<const char*, Value>> fields) {
    TypeSpec spec;
    spec.name = jl::Symbol(name);
    spec.module = m;
    spec.isMutable = mut;
    for (auto& [fn, ft] : fields) { spec.fieldNames.push_back(jl::Symbol(fn)); spec.fieldTypes.push_back(ft); }
    Value v = defineType(spec);
    bind(m, name, v, m == base_);
    return v;
  };
  Expr = mkStruct("Expr", core_, true, {{"head", Symbol}, {"args", applyType(Vector, {Any})}});
  QuoteNode = mkStruct("QuoteNode", core_, false, {{"value", Any}});
  LineNumberNode = mkStruct("LineNumberNode", core_, false, {{"line", Int64}, {"file", Any}});
  GlobalRef = mkStruct("GlobalRef", core_, false, {{"mod", Module}, {"name", Symbol}});
  Core_Box = mkStruct("Box", core_, true, {{"contents", Any}});

  // Base.
  AbstractDict = mkParam("AbstractDict", base_, {{"K", {}}, {"V", {}}}, anySuper, true, false);
  Dict = mkParam("Dict", base_, {{"K", {}}, {"V", {}}},
                 [&](const std::vector<Value>& v) { return applyType(AbstractDict, {v[0], v[1]}); }, false, true);
  AbstractSet = mkParam("AbstractSet", base_, {{"T", {}}}, anySuper, true, false);
  Set = mkParam("Set", base_, {{"T", {}}},
                [&](const std::vector<Value>& v) { return applyType(AbstractSet, {v[0]}); }, false, true);
  Pair = mkParam("Pair", base_, {{"A", {}}, {"B", {}}}, anySuper, false, false, {{"first", 0}, {"second", 1}});
  IOBuffer = mkType("IOBuffer", base_, IO, false, true);
  IOStream = mkType("IOStream", base_, IO, false, true);
  Regex = mkType("Regex", base_, Any, false, true);
  RegexMatch = mkType("RegexMatch", base_, Any, false, true);
  Cmd = mkType("Cmd", base_, Any, false, true);
}

// =======================================================================================
// construction

Value TypeSystem::newTypeVar(jl::Symbol name, Value lb, Value ub) {
  auto* v = new TypeVarObj();
  v->name = name;
  v->lb = lb.isNothing() ? Bottom : lb;
  v->ub = ub.isNothing() ? Any : ub;
  if (!isType(v->lb) && !v->lb.isNothing()) {
    Value keep = Value::object(v);
    throw TypeOpError{"TypeError: in TypeVar, in lower bound, expected Type, got a value of type " + show(typeOf(lb))};
  }
  if (!isType(v->ub)) {
    Value keep = Value::object(v);
    throw TypeOpError{"TypeError: in TypeVar, in upper bound, expected Type, got a value of type " + show(typeOf(ub))};
  }
  return Value::object(v);
}

Value TypeSystem::newUnionAll(const Value& var, const Value& body) {
  if (!isTV(var)) throw TypeOpError{"TypeError: in UnionAll, expected TypeVar, got a value of type " + show(typeOf(var))};
  if (!hasTypeVar(body, var)) return body;  // Julia drops unused variables
  auto* u = new UnionAllObj();
  u->var = var;
  u->body = body;
  return Value::object(u);
}

Value TypeSystem::defineType(const TypeSpec& spec) {
  TypeName* tn = newTypeName(spec.name, spec.module);
  tn->typeVars = spec.typeVars;
  tn->superTemplate = spec.super.isNothing() ? Any : spec.super;
  tn->fieldNames = spec.fieldNames;
  tn->fieldTypeTemplates = spec.fieldTypes;
  tn->isAbstract = spec.isAbstract;
  tn->isMutable = spec.isMutable;
  tn->isPrimitive = spec.isPrimitive;
  tn->primitiveBits = spec.primitiveBits;
  if (!isDT(tn->superTemplate))
    throw TypeOpError{"invalid subtyping in definition of " + spec.name.str() + ": can only subtype data types."};
  const auto& sup = dt(tn->superTemplate);
  if (!sup.tname->isAbstract)
    throw TypeOpError{"invalid subtyping in definition of " + spec.name.str() + ": can only subtype abstract types."};
  if (sup.tname == tupleName_ || sup.tname == typeName_ || sup.tname == namedTupleName_ ||
      sup.tname == dt(unwrap(UnionType)).tname)
    throw TypeOpError{"invalid subtyping in definition of " + spec.name.str()};
  Value body = instantiate(tn, spec.typeVars);
  Value w = body;
  for (size_t i = spec.typeVars.size(); i-- > 0;) {
    auto* u = new UnionAllObj();  // always wrap, even if a parameter is unused
    u->var = spec.typeVars[i];
    u->body = w;
    w = Value::object(u);
  }
  tn->wrapper = w;
  return w;
}

Value TypeSystem::instantiate(TypeName* tn, const std::vector<Value>& params) {
  if (tn == tupleName_) return tupleType(params);
  std::vector<std::string> key;
  key.reserve(params.size());
  for (auto& p : params) key.push_back(typeKey(p));
  auto it = tn->instances.find(key);
  if (it != tn->instances.end()) return it->second;
  auto* d = new DataTypeObj();
  d->tname = tn;
  d->params = params;
  Value v = Value::object(d);
  tn->instances[key] = v;  // before fields: a field may mention the type itself
  std::vector<std::pair<Value, Value>> env;
  for (size_t i = 0; i < tn->typeVars.size() && i < params.size(); ++i) env.push_back({tn->typeVars[i], params[i]});
  d->super = tn->superTemplate.isNothing() ? Value() : substitute(tn->superTemplate, env);
  for (auto& f : tn->fieldTypeTemplates) d->fieldTypes.push_back(substitute(f, env));
  if (!tn->isAbstract && !tn->isMutable && !tn->isPrimitive && tn->fieldNames.empty() && !tn->typeVars.empty() &&
      d->isConcrete() && tn != namedTupleName_ && tn != arrayName_)
    d->instance = Value::object(new StructObj(v, {}));  // e.g. Val{3}()
  if (tn->typeVars.empty() && !tn->isAbstract && !tn->isMutable && !tn->isPrimitive && tn->fieldNames.empty() &&
      tn->module && tn->module != core_ && tn->module != base_)
    d->instance = Value::object(new StructObj(v, {}));  // user `struct Foo end`
  return v;
}

void TypeSystem::checkParam(const Value& p, const std::string& where) {
  if (isType(p) && !isVA(p)) return;
  switch (p.tag()) {
    case Tag::Object:
      if (p.isObject(ObjKind::Tuple)) {
        for (auto& e : p.as<TupleObj>().elems) checkParam(e, where);
        return;
      }
      if (isVA(p)) throw TypeOpError{"TypeError: in " + where + ", Vararg is not a valid type parameter"};
      throw TypeOpError{"TypeError: in " + where + ", expected Type, got a value of type " + show(typeOf(p))};
    default: return;  // bits values and Symbols are valid parameters
  }
}

Value TypeSystem::applyType(const Value& t, const std::vector<Value>& params) {
  if (params.empty()) return t;
  if (isVA(t) && !va(t).elem.isObject() && va(t).count.isNothing() && !va(t).elem.isObject()) {
    if (params.size() > 2) throw TypeOpError{"too many parameters for type Vararg"};
    return varargOf(params[0], params.size() > 1 ? params[1] : Value());
  }
  if (sameObject(t, UnionType)) return unionOf(params);
  if (isDT(t)) {
    if (sameObject(t, Tuple)) return tupleType(params);
    throw TypeOpError{"TypeError: in Type{...}, expected UnionAll, got Type{" + show(t) + "}"};
  }
  if (!isUA(t)) throw TypeOpError{"TypeError: in Type{...}, expected UnionAll, got a value of type " + show(typeOf(t))};
  std::string name = show(t);
  Value u = unwrap(t);
  if (isDT(u) && sameObject(dt(u).tname->wrapper, t)) name = dt(u).tname->name.str();
  Value cur = t;
  for (auto& p : params) {
    if (!isUA(cur)) throw TypeOpError{"too many parameters for type " + name};
    const auto& var = tv(ua(cur).var);
    std::string where = name + ", in " + var.name.str();
    if (!isTV(p)) {
      checkParam(p, where);
      bool isT = isType(p);
      bool ok = isT ? (isSubtype(var.lb, p) && isSubtype(p, var.ub)) : (isBottom(var.lb) && sameObject(var.ub, Any));
      if (!ok) {
        std::string bound = var.name.str();
        if (!isBottom(var.lb)) bound = show(var.lb) + "<:" + bound;
        if (!sameObject(var.ub, Any)) bound += "<:" + show(var.ub);
        throw TypeOpError{"TypeError: in " + where + ", expected " + bound + ", got " +
                          (isT ? "Type{" + show(p) + "}" : "a value of type " + show(typeOf(p)))};
      }
    }
    cur = substitute(ua(cur).body, {{ua(cur).var, p}});
  }
  return cur;
}

Value TypeSystem::tupleType(const std::vector<Value>& elemsIn) {
  std::vector<Value> elems;
  elems.reserve(elemsIn.size());
  for (size_t i = 0; i < elemsIn.size(); ++i) {
    const Value& e = elemsIn[i];
    if (isVA(e)) {
      if (i + 1 != elemsIn.size())
        throw TypeOpError{"TypeError: in Tuple, Vararg{...} is only allowed as the last parameter"};
      const auto& v = va(e);
      Value elem = v.elem.isObject() ? v.elem : Any;
      if (v.count.isSignedInt()) {
        for (int64_t k = 0; k < v.count.asInt64(); ++k) elems.push_back(elem);
        continue;
      }
      if (isBottom(elem) && v.count.isNothing()) continue;  // Tuple{Vararg{Union{}}} == Tuple{}
      if (!v.elem.isObject()) { elems.push_back(varargOf(Any, v.count)); continue; }
      elems.push_back(e);
      continue;
    }
    if (!isType(e)) throw TypeOpError{"TypeError: in Tuple, in parameter, expected Type, got a value of type " + show(typeOf(e))};
    if (isBottom(e)) return Bottom;  // Tuple{..., Union{}, ...} has no instances
    elems.push_back(e);
  }
  std::vector<std::string> key;
  for (auto& e : elems) key.push_back(typeKey(e));
  if (tupleName_) {
    auto it = tupleName_->instances.find(key);
    if (it != tupleName_->instances.end()) return it->second;
  }
  auto* d = new DataTypeObj();
  d->tname = tupleName_;
  d->params = elems;
  d->super = Any;
  Value v = Value::object(d);
  tupleName_->instances[key] = v;
  return v;
}

Value TypeSystem::varargOf(const Value& elem, const Value& count) {
  if (!isType(elem) || isVA(elem)) throw TypeOpError{"TypeError: in Vararg, in T, expected Type, got a value of type " + show(typeOf(elem))};
  if (!count.isNothing()) {
    if (count.isSignedInt()) {
      if (count.asInt64() < 0) throw TypeOpError{"TypeError: in Vararg, in count, expected a non-negative integer, got " + std::to_string(count.asInt64())};
      if (count.tag() != Tag::Int64) throw TypeOpError{"TypeError: in Vararg, in count, expected Int64"};
    } else if (!isTV(count)) {
      throw TypeOpError{"TypeError: in Vararg, in count, expected Int64, got a value of type " + show(typeOf(count))};
    }
  }
  auto* v = new VarargObj();
  v->elem = elem;
  v->count = count;
  return Value::object(v);
}

namespace {
// Julia's Union member order: singletons, then isbits types, then other DataTypes, then
// everything else; ties broken by type name, parameter count and the first parameters.
int nameCmp(const Value& a, const Value& b) {
  const auto& x = dt(a);
  const auto& y = dt(b);
  int c = x.tname->name.str().compare(y.tname->name.str());
  if (c) return c < 0 ? -1 : 1;
  if (x.params.size() != y.params.size()) return x.params.size() < y.params.size() ? -1 : 1;
  for (size_t i = 0; i < 3 && i < x.params.size(); ++i) {
    const Value& p = x.params[i];
    const Value& q = y.params[i];
    if (sameObject(p, q)) continue;
    if (isDT(p) && isDT(q)) {
      if ((c = nameCmp(p, q))) return c;
    } else if (isUA(p) && isUA(q)) {
      Value up = p, uq = q;
      while (isUA(up)) up = ua(up).body;
      while (isUA(uq)) uq = ua(uq).body;
      if (isDT(up) && isDT(uq) && (c = nameCmp(up, uq))) return c;
    }
  }
  return 0;
}
int unionCmp(const Value& a, const Value& b) {
  if (isDT(a)) {
    if (!isDT(b)) return -1;
    bool sa = isSingletonDT(dt(a)), sb = isSingletonDT(dt(b));
    if (sa != sb) return sa ? -1 : 1;
    if (sa) return nameCmp(a, b);
    bool ba = isBitsDT(dt(a)), bb = isBitsDT(dt(b));
    if (ba != bb) return ba ? -1 : 1;
    return nameCmp(a, b);
  }
  if (isDT(b)) return 1;
  Value ua_ = a, ub_ = b;
  while (isUA(ua_)) ua_ = ua(ua_).body;
  while (isUA(ub_)) ub_ = ua(ub_).body;
  if (isDT(ua_) && isDT(ub_)) return nameCmp(ua_, ub_);
  return 0;
}
}  // namespace

Value TypeSystem::unionOf(const std::vector<Value>& membersIn) {
  std::vector<Value> flat;
  std::vector<std::string> keys;
  auto add = [&](const Value& m) {
    if (isBottom(m)) return;
    std::string k = typeKey(m);
    if (std::find(keys.begin(), keys.end(), k) != keys.end()) return;
    keys.push_back(std::move(k));
    flat.push_back(m);
  };
  for (auto& m : membersIn) {
    if (!isType(m) || isVA(m))
      throw TypeOpError{"TypeError: in Union, expected Type, got a value of type " + show(typeOf(m))};
    if (isUnionT(m)) for (auto& x : un(m).members) add(x);
    else add(m);
  }
  // Drop members that are subtypes of other members (when no free variables are involved).
  std::vector<bool> drop(flat.size(), false);
  for (size_t i = 0; i < flat.size(); ++i) {
    if (hasFreeTypeVars(flat[i])) continue;
    for (size_t j = 0; j < flat.size(); ++j) {
      if (i == j || drop[j] || hasFreeTypeVars(flat[j])) continue;
      if (isSubtype(flat[i], flat[j])) { drop[i] = true; break; }
    }
  }
  std::vector<Value> members;
  for (size_t i = 0; i < flat.size(); ++i) if (!drop[i]) members.push_back(flat[i]);
  if (members.empty()) return Bottom;
  if (members.size() == 1) return members[0];
  std::stable_sort(members.begin(), members.end(), [](const Value& a, const Value& b) { return unionCmp(a, b) < 0; });
  std::string key = "U(";
  for (auto& m : members) key += typeKey(m) + ",";
  auto it = unionCache_.find(key);
  if (it != unionCache_.end()) return it->second;
  auto* u = new UnionObj();
  u->members = std::move(members);
  Value v = Value::object(u);
  unionCache_[key] = v;
  return v;
}

Value TypeSystem::typeOfType(const Value& t) {
  if (!t.isObject()) return instantiate(typeName_, {t});
  auto it = typeOfTypeMemo_.find(t.obj());
  if (it != typeOfTypeMemo_.end()) return it->second.second;
  Value r = instantiate(typeName_, {t});
  typeOfTypeMemo_.emplace(t.obj(), std::make_pair(t, r));
  return r;
}

Value TypeSystem::arrayType(const Value& elem, int64_t ndims) {
  if (ndims < 1 || ndims > 3 || !elem.isObject()) return instantiate(arrayName_, {elem, Value::int64(ndims)});
  auto& memo = arrayTypeMemo_[ndims - 1];
  auto it = memo.find(elem.obj());
  if (it != memo.end()) return it->second.second;
  Value r = instantiate(arrayName_, {elem, Value::int64(ndims)});
  memo.emplace(elem.obj(), std::make_pair(elem, r));
  return r;
}

Value TypeSystem::substitute(const Value& t, const std::vector<std::pair<Value, Value>>& env) {
  if (env.empty() || !isType(t)) {
    if (t.isObject(ObjKind::Tuple) && !env.empty()) {
      std::vector<Value> es;
      bool changed = false;
      for (auto& e : t.as<TupleObj>().elems) {
        es.push_back(substitute(e, env));
        changed |= !sameObject(es.back(), e);
      }
      if (changed) return Value::object(new TupleObj(std::move(es)));
    }
    return t;
  }
  switch (t.as<TypeObj>().tkind) {
    case TypeKind::TypeVar:
      for (auto it = env.rbegin(); it != env.rend(); ++it)
        if (it->first.obj() == t.obj()) return it->second;
      return t;
    case TypeKind::DataType: {
      const auto& d = dt(t);
      if (d.params.empty()) return t;
      std::vector<Value> ps;
      bool changed = false;
      for (auto& p : d.params) {
        ps.push_back(substitute(p, env));
        changed |= !sameObject(ps.back(), p);
      }
      if (!changed) return t;
      return instantiate(d.tname, ps);
    }
    case TypeKind::Union: {
      std::vector<Value> ms;
      bool changed = false;
      for (auto& m : un(t).members) {
        ms.push_back(substitute(m, env));
        changed |= !sameObject(ms.back(), m);
      }
      return changed ? unionOf(ms) : t;
    }
    case TypeKind::UnionAll: {
      const auto& u = ua(t);
      const auto& var = tv(u.var);
      std::vector<std::pair<Value, Value>> inner;
      for (auto& e : env) if (e.first.obj() != u.var.obj()) inner.push_back(e);
      Value lb = substitute(var.lb, inner), ub = substitute(var.ub, inner);
      Value newVar = u.var;
      if (!sameObject(lb, var.lb) || !sameObject(ub, var.ub)) {
        newVar = newTypeVar(var.name, lb, ub);
        inner.push_back({u.var, newVar});
      }
      Value body = substitute(u.body, inner);
      if (sameObject(body, u.body) && sameObject(newVar, u.var)) return t;
      return newUnionAll(newVar, body);
    }
    case TypeKind::Vararg: {
      const auto& v = va(t);
      if (!v.elem.isObject()) return t;
      Value e = substitute(v.elem, env), c = substitute(v.count, env);
      if (sameObject(e, v.elem) && sameObject(c, v.count)) return t;
      return varargOf(e, c);
    }
  }
  return t;
}

// =======================================================================================
// queries

Value TypeSystem::typeOf(const Value& v) {
  switch (v.tag()) {
    case Tag::Nothing: return Nothing;
    case Tag::Bool: return Bool;
    case Tag::Int8: return Int8;
    case Tag::Int16: return Int16;
    case Tag::Int32: return Int32;
    case Tag::Int64: return Int64;
    case Tag::Int128: return Int128;
    case Tag::UInt8: return UInt8;
    case Tag::UInt16: return UInt16;
    case Tag::UInt32: return UInt32;
    case Tag::UInt64: return UInt64;
    case Tag::UInt128: return UInt128;
    case Tag::Float32: return Float32;
    case Tag::Float64: return Float64;
    case Tag::Char: return Char;
    case Tag::Symbol: return Symbol;
    case Tag::Object: break;
  }
  const Object* o = v.obj();
  switch (o->kind()) {
    case ObjKind::String: return String;
    case ObjKind::Expr: return Expr;
    case ObjKind::QuoteNode: return QuoteNode;
    case ObjKind::LineNumberNode: return LineNumberNode;
    case ObjKind::GlobalRef: return GlobalRef;
    case ObjKind::Module: return Module;
    case ObjKind::Array: return v.as<ArrayObj>().type;
    case ObjKind::Struct: return v.as<StructObj>().type;
    case ObjKind::Dict: return v.as<DictObj>().type;
    case ObjKind::Set: return v.as<SetObj>().type;
    case ObjKind::Box: return Core_Box;
    case ObjKind::Tuple: {
      const auto& t = v.as<TupleObj>();
      if (t.cachedType.isNothing()) {
        std::vector<Value> ts;
        ts.reserve(t.elems.size());
        for (auto& e : t.elems) ts.push_back(typeOf(e));
        t.cachedType = tupleType(ts);
      }
      return t.cachedType;
    }
    case ObjKind::NamedTuple: {
      const auto& nt = v.as<NamedTupleObj>();
      std::vector<Value> names, ts;
      for (auto& n : nt.names) names.push_back(Value::symbol(n));
      for (auto& x : nt.values) ts.push_back(typeOf(x));
      return instantiate(namedTupleName_, {Value::object(new TupleObj(std::move(names))), tupleType(ts)});
    }
    case ObjKind::Function: {
      auto& f = v.asMut<FunctionObj>();
      if (f.type.isNothing()) {
        TypeName* tn = newTypeName(jl::Symbol("#" + f.name.str()), f.module);
        tn->superTemplate = Function;
        auto* d = new DataTypeObj();
        d->tname = tn;
        d->super = Function;
        d->instance = v;  // a reference cycle; functions live as long as the program
        Value t = Value::object(d);
        tn->wrapper = t;
        tn->instances[{}] = t;
        f.type = t;
      }
      return f.type;
    }
    case ObjKind::Type:
      switch (v.as<TypeObj>().tkind) {
        case TypeKind::DataType: return DataType;
        case TypeKind::Union: return isBottom(v) ? TypeofBottom : UnionType;
        case TypeKind::UnionAll: return UnionAllType;
        case TypeKind::TypeVar: return TypeVarType;
        case TypeKind::Vararg: return TypeofVararg;
      }
      return Any;
    case ObjKind::Other: {
      if (auto* io = dynamic_cast<const IOObj*>(o)) return io->sink == IOObj::Sink::Buffer ? IOBuffer : IOStream;
      if (auto* n = dynamic_cast<const NativeObj*>(o)) return n->type;
      return Any;
    }
    default:
      // Range, Regex, RegexMatch, Pair, Cmd: NativeObj carrying their Julia type.
      if (auto* n = dynamic_cast<const NativeObj*>(o)) return n->type;
      switch (o->kind()) {
        case ObjKind::Regex: return Regex;
        case ObjKind::RegexMatch: return RegexMatch;
        case ObjKind::Cmd: return Cmd;
        default: return Any;
      }
  }
}

bool TypeSystem::isConcrete(const Value& t) const { return isDT(t) && dt(t).isConcrete(); }

bool TypeSystem::isTupleType(const Value& t) const { return isDT(t) && dt(t).tname == tupleName_; }

bool TypeSystem::isKind(const Value& t) const {
  return sameObject(t, DataType) || sameObject(t, UnionAllType) || sameObject(t, UnionType) || sameObject(t, TypeofBottom);
}

Value TypeSystem::unwrap(const Value& t) const {
  Value u = t;
  while (isUA(u)) u = ua(u).body;
  return u;
}

Value TypeSystem::supertype(const Value& t) {
  if (isDT(t)) return dt(t).super;
  if (isUA(t)) {
    // supertype(Vector) == DenseVector: rewrap the body's supertype in the same variables.
    std::vector<Value> vars;
    Value u = t;
    while (isUA(u)) { vars.push_back(ua(u).var); u = ua(u).body; }
    Value s = isDT(u) ? dt(u).super : Value();
    if (s.isNothing()) return s;
    for (size_t i = vars.size(); i-- > 0;) s = newUnionAll(vars[i], s);
    return s;
  }
  throw TypeOpError{"MethodError: no method matching supertype(::" + show(typeOf(t)) + ")"};
}

Value TypeSystem::findSupertype(const Value& t, const Value& ancestor) {
  Value a = unwrap(ancestor);
  if (!isDT(a)) return Value();
  const TypeName* target = dt(a).tname;
  Value cur = t;
  while (isDT(cur)) {
    if (dt(cur).tname == target) return cur;
    cur = dt(cur).super;
  }
  return Value();
}

std::vector<jl::Symbol> TypeSystem::fieldNames(const Value& t) const {
  Value u = unwrap(t);
  if (!isDT(u)) return {};
  return dt(u).tname->fieldNames;
}

bool TypeSystem::typesIdentical(const Value& a, const Value& b) const { return sameParam(a, b); }

bool TypeSystem::hasFreeTypeVars(const Value& t) const { return detail::hasFreeTypeVars(t); }

Value TypeSystem::dispatchType(const Value& v) {
  if (isType(v) && !isTV(v) && !isVA(v)) return typeOfType(v);
  return typeOf(v);
}

}  // namespace jl::interp
