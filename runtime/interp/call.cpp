// Calling: dispatch to the most specific method (constructors included), binding of
// positional, varargs, keyword and `where` parameters, generated-function bodies (run once
// per signature in the generator's world), and the recursion limit.
#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {

struct DepthGuard {
  int& depth;
  explicit DepthGuard(int& d) : depth(d) { ++depth; }
  ~DepthGuard() { --depth; }
};

std::vector<Value> dispatchTypes(TypeSystem& T, Args args) {
  std::vector<Value> out;
  out.reserve(args.size());
  for (const Value& a : args) out.push_back(T.dispatchType(a));
  return out;
}

size_t hashTypes(const std::vector<Value>& types) {
  size_t h = types.size();
  for (const Value& t : types) h = h * 1000003u ^ reinterpret_cast<uintptr_t>(t.obj());
  return h;
}

bool sameTypes(const std::vector<Value>& a, const std::vector<Value>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].obj() != b[i].obj()) return false;
  return true;
}

// selectMethod with a per-function memo (only for the newest world: generators run older).
TypeSystem::Selection select(Interp::Impl& I, const FunctionObj& f, std::vector<Value>& types) {
  TypeSystem& T = I.in.types();
  if (I.worldLimit != ~0ull) return T.selectMethod(f, types, I.worldLimit);
  auto& cache = const_cast<FunctionObj&>(f).cache;
  size_t h = hashTypes(types);
  auto range = cache.entries.equal_range(h);
  for (auto it = range.first; it != range.second; ++it) {
    if (sameTypes(it->second.types, types)) {
      TypeSystem::Selection s;
      s.method = it->second.method;
      s.sparamValues = it->second.sparamValues;
      return s;
    }
  }
  TypeSystem::Selection s = T.selectMethod(f, types, I.worldLimit);
  if (s.method) {
    for (const Value& t : types)
      if (!t.isObject()) return s;
    cache.entries.emplace(h, DispatchCache::Entry{types, s.method, s.sparamValues});
  }
  return s;
}

std::string signatureKey(TypeSystem& T, const std::vector<Value>& types) {
  std::string key;
  for (const Value& t : types) key += T.show(t) + ";";
  return key;
}

void bindArguments(Interp::Impl& I, const Method& m, Args args, Env& env, bool asTypes) {
  TypeSystem& T = I.in.types();
  size_t n = m.argNames.size();
  size_t fixed = m.isVarargs ? n - 1 : n;
  for (size_t i = 0; i < fixed && i < args.size(); ++i) {
    if (m.argNames[i].empty()) continue;
    BoxObj& b = env.declare(m.argNames[i]);
    b.value = asTypes ? T.dispatchType(args[i]) : args[i];
    b.defined = true;
  }
  if (m.isVarargs) {
    std::vector<Value> rest;
    for (size_t i = fixed; i < args.size(); ++i) rest.push_back(asTypes ? T.dispatchType(args[i]) : args[i]);
    if (!m.argNames[n - 1].empty()) {
      BoxObj& b = env.declare(m.argNames[n - 1]);
      b.value = I.in.makeTuple(std::move(rest));
      b.defined = true;
    }
  }
}

void bindStaticParameters(const Method& m, const std::vector<Value>& values, Env& env) {
  for (size_t i = 0; i < m.sparams.size() && i < values.size(); ++i) {
    BoxObj& b = env.declare(m.sparams[i].as<TypeVarObj>().name);
    b.value = values[i];
    b.defined = true;
  }
}

void bindKeywords(Interp::Impl& I, const Method& m, const KwArgs* kwargs, EnvPtr& env, Frame& fr) {
  std::vector<bool> used(kwargs ? kwargs->size() : 0, false);
  for (const KwParam& p : m.kwargs) {
    bool found = false;
    Value v;
    if (kwargs) {
      for (size_t i = 0; i < kwargs->size(); ++i) {
        if ((*kwargs)[i].first == p.name) {
          v = (*kwargs)[i].second;
          used[i] = true;
          found = true;
        }
      }
    }
    if (!found) {
      if (!p.hasDefault) I.in.throwNew("UndefKeywordError", {Value::symbol(p.name)});
      v = I.eval(p.defaultExpr, env, fr);
    }
    if (!p.type.isNothing() && !I.in.types().isSubtype(I.in.types().typeOf(v), p.type))
      I.throwTypeError(m.owner ? m.owner->name.str() : "keyword", "keyword argument " + p.name.str(), p.type, v);
    BoxObj& b = env->declare(p.name);
    b.value = v;
    b.defined = true;
  }
  std::vector<Symbol> restNames;
  std::vector<Value> restValues;
  for (size_t i = 0; i < used.size(); ++i) {
    if (used[i]) continue;
    if (m.kwRest.empty()) {
      std::string fname = m.owner ? m.owner->name.str() : "function";
      I.in.throwNew("MethodError", {m.owner ? Value::object(m.owner) : Value(),
                                    I.in.makeTuple({}), Value::uint64(I.worldLimit)});
      (void)fname;
    }
    restNames.push_back((*kwargs)[i].first);
    restValues.push_back((*kwargs)[i].second);
  }
  if (!m.kwRest.empty()) {
    BoxObj& b = env->declare(m.kwRest);
    b.value = Value::object(new NamedTupleObj(std::move(restNames), std::move(restValues)));
    b.defined = true;
  }
}

// The body of a @generated method for these arguments (generator run once per signature).
Value generatedBody(Interp::Impl& I, const Method& m, Args args, const std::vector<Value>& sparams) {
  TypeSystem& T = I.in.types();
  std::vector<Value> types = dispatchTypes(T, args);
  std::string key = signatureKey(T, types);
  auto& cache = const_cast<Method&>(m).generatedCache;
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  Value body = I.in.runGenerator(m, m.body, types, sparams);
  cache[key] = body;
  return body;
}
}  // namespace

Value Interp::runGenerator(const Method& m, const Value& generatorBody, const std::vector<Value>& types,
                           const std::vector<Value>& sparams) {
  Interp::Impl& I = *impl_;
  TypeSystem& T = *types_;
  auto env = std::make_shared<Env>();
  env->parent = m.closureEnv;
  env->functionBoundary = true;
  bindArguments(I, m, Args(types.data(), types.size()), *env, false);
  bindStaticParameters(m, sparams, *env);
  Frame fr;
  fr.module = m.module;
  fr.method = &m;
  fr.line = m.line;
  fr.caller = I.frame;
  std::string sig;
  for (size_t i = 0; i < types.size(); ++i) sig += (i ? ", " : "") + T.show(types[i]);
  std::string name = m.owner ? m.owner->name.str() : "?";
  I.expansionStack.push_back("generated function " + name + " for (" + sig + ")");
  uint64_t savedLimit = I.worldLimit;
  I.worldLimit = m.world;
  ++I.buildTimeDepth;
  Frame* savedFrame = I.frame;
  I.frame = &fr;
  struct Restore {
    Interp::Impl& I;
    uint64_t limit;
    Frame* frame;
    ~Restore() {
      I.worldLimit = limit;
      --I.buildTimeDepth;
      I.frame = frame;
      I.expansionStack.pop_back();
    }
  } restore{I, savedLimit, savedFrame};
  EnvPtr e = env;
  Value result = I.evalBody(generatorBody, e, fr);
  if (fr.flow == Flow::Return) result = fr.returnValue;
  return I.resolveHygiene(I.expandMacros(result, m.module, true));
}

Value Interp::Impl::invoke(const Method& m, const Value& f, Args args, const KwArgs* kwargs,
                           const std::vector<Value>& sparamValues) {
  if (depth >= in.options().recursionLimit) {
    // Constructing the exception needs a few calls of its own: let them run.
    int saved = depth;
    depth = 0;
    struct Restore {
      int& d;
      int v;
      ~Restore() { d = v; }
    } restore{depth, saved};
    in.throwNew("StackOverflowError", {});
  }
  DepthGuard guard(depth);
  countStep();
  if (m.native) {
    if (kwargs && !kwargs->empty())
      in.error(std::string("keyword arguments are not supported by ") + (m.owner ? m.owner->name.str() : "this function"));
    try {
      return m.native(in, args);
    } catch (const TypeOpError& e) {
      in.throwNew("TypeError", {Value::symbol(m.owner ? m.owner->name.str() : "?"), in.makeString(e.message),
                                Value(), Value()});
    }
  }
  Value body = m.generated ? generatedBody(*this, m, args, sparamValues) : m.body;
  auto env = std::make_shared<Env>();
  env->parent = m.closureEnv;
  env->functionBoundary = true;
  bindArguments(*this, m, args, *env, false);
  bindStaticParameters(m, sparamValues, *env);
  Frame fr;
  fr.module = m.module;
  fr.method = &m;
  fr.line = m.line;
  fr.caller = frame;
  fr.args = args;
  if (m.owner && !m.owner->constructedType.isNothing() && !args.empty()) fr.constructedType = args[0];
  Frame* saved = frame;
  frame = &fr;
  struct Restore {
    Interp::Impl& I;
    Frame* f;
    ~Restore() { I.frame = f; }
  } restore{*this, saved};
  EnvPtr e = env;
  if (!m.kwargs.empty() || !m.kwRest.empty()) bindKeywords(*this, m, kwargs, e, fr);
  else if (kwargs && !kwargs->empty()) in.error("function " + (m.owner ? m.owner->name.str() : std::string("?")) + " does not accept keyword arguments");
  Value result = evalBody(body, e, fr);
  if (fr.flow == Flow::Return) result = fr.returnValue;
  else if (fr.flow != Flow::Normal) in.error("syntax: break or continue outside a loop");
  return result;
}

Value Interp::Impl::callValue(const Value& f, Args args, const KwArgs* kwargs) {
  TypeSystem& T = in.types();
  if (f.isObject(ObjKind::Function)) {
    const FunctionObj& fn = f.as<FunctionObj>();
    std::vector<Value> types = dispatchTypes(T, args);
    TypeSystem::Selection sel = select(*this, fn, types);
    if (!sel.method) in.methodError(f, args);
    return invoke(*sel.method, f, args, kwargs, sel.sparamValues);
  }
  if (isType(f) && !isType(f, TypeKind::TypeVar)) {
    FunctionObj& ctor = constructorOf(f);
    std::vector<Value> full;
    full.reserve(args.size() + 1);
    full.push_back(f);
    full.insert(full.end(), args.begin(), args.end());
    std::vector<Value> types = dispatchTypes(T, full);
    TypeSystem::Selection sel = select(*this, ctor, types);
    if (!sel.method) in.methodError(f, args);
    return invoke(*sel.method, f, full, kwargs, sel.sparamValues);
  }
  // Callable objects: `(x::T)(args...)` methods live on T's TypeName.
  Value t = T.typeOf(f);
  if (isType(t, TypeKind::DataType) && !t.as<DataTypeObj>().tname->callable.isNothing()) {
    const FunctionObj& fn = t.as<DataTypeObj>().tname->callable.as<FunctionObj>();
    std::vector<Value> full;
    full.reserve(args.size() + 1);
    full.push_back(f);
    full.insert(full.end(), args.begin(), args.end());
    std::vector<Value> types = dispatchTypes(T, full);
    TypeSystem::Selection sel = select(*this, fn, types);
    if (sel.method) return invoke(*sel.method, f, full, kwargs, sel.sparamValues);
  }
  in.methodError(f, args);
}

}  // namespace jl::interp
