// Type and module definitions: `struct` (with default or inner constructors), `abstract
// type`, `primitive type`, `module`, and `import`/`using`.
#include "interp/eval_forms.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
const ExprObj& E(const Value& v) { return v.as<ExprObj>(); }
bool isHead(const Value& v, Symbol h) { return v.isExpr() && E(v).head == h; }

struct TypeHeader {
  Symbol name;
  std::vector<Value> paramSpecs;  // T, T<:Real
  Value superExpr;
};

TypeHeader parseHeader(Interp::Impl& I, Value spec) {
  TypeHeader h;
  if (isHead(spec, syms().subtype)) {
    h.superExpr = E(spec).args[1];
    spec = E(spec).args[0];
  }
  if (isHead(spec, syms().curly)) {
    h.paramSpecs.assign(E(spec).args.begin() + 1, E(spec).args.end());
    spec = E(spec).args[0];
  }
  if (!spec.isSymbol()) I.in.error("syntax: invalid type name " + syntax::show(spec));
  h.name = spec.asSymbol();
  return h;
}

EnvPtr bindTypeParams(Interp::Impl& I, const TypeHeader& h, EnvPtr& env, Frame& fr, std::vector<Value>& vars) {
  auto scope = std::make_shared<Env>();
  scope->parent = env;
  EnvPtr s = scope;
  TypeSystem& T = I.in.types();
  for (const Value& p : h.paramSpecs) {
    Value v;
    if (p.isSymbol()) v = T.newTypeVar(p.asSymbol());
    else if (isHead(p, syms().subtype)) v = T.newTypeVar(E(p).args[0].asSymbol(), Value(), I.eval(E(p).args[1], s, fr));
    else I.in.error("syntax: invalid type parameter " + syntax::show(p));
    BoxObj& b = s->declare(v.as<TypeVarObj>().name);
    b.value = v;
    b.defined = true;
    vars.push_back(v);
  }
  return s;
}

void bindTypeName(Interp::Impl& I, ModuleObj* m, Symbol name, const Value& type) {
  Binding& b = m->get(name);
  b.value = type;
  b.defined = true;
  b.isConst = true;
}

bool isConstructorDefinition(const Value& stmt, Symbol typeName) {
  Value sig;
  if (isHead(stmt, syms().function)) sig = E(stmt).args[0];
  else if (isHead(stmt, syms().assign)) sig = E(stmt).args[0];
  else return false;
  while (isHead(sig, syms().where) || isHead(sig, syms().dcolon)) sig = E(sig).args[0];
  if (!isHead(sig, syms().call)) return false;
  Value callee = E(sig).args[0];
  if (isHead(callee, syms().curly)) callee = E(callee).args[0];
  return callee.isSymbol() && callee.asSymbol() == typeName;
}

// Default constructors: `S(f1, f2)` (converting), and for `S{T}`: `S{T}(f...)` and
// `S(f::FieldTemplate...) where T` inferring T from the arguments.
void addDefaultConstructors(Interp::Impl& I, const Value& type, const std::vector<Value>& vars) {
  TypeSystem& T = I.in.types();
  Value body = T.unwrap(type);
  const DataTypeObj& dt = body.as<DataTypeObj>();
  FunctionObj& ctor = I.constructorOf(type);
  const std::vector<Symbol>& fields = dt.tname->fieldNames;
  auto newCall = [&]() {
    std::vector<Value> call{Value::symbol("new")};
    for (Symbol f : fields) call.push_back(Value::symbol(f));
    return makeExpr(syms().block, {makeExpr(syms().call, std::move(call))});
  };
  auto argNames = [&]() {
    std::vector<Symbol> names{Symbol()};
    names.insert(names.end(), fields.begin(), fields.end());
    return names;
  };
  if (vars.empty()) {
    auto m = std::make_shared<Method>();
    std::vector<Value> types{T.typeOfType(type)};
    for (size_t i = 0; i < fields.size(); ++i) types.push_back(T.Any);
    m->sig = T.tupleType(types);
    m->argNames = argNames();
    m->body = newCall();
    m->module = dt.tname->module;
    I.addMethod(ctor, std::move(m));
    return;
  }
  // Inner: S{T}(args...) where T
  {
    auto m = std::make_shared<Method>();
    Value applied = T.applyType(type, vars);
    std::vector<Value> types{T.typeOfType(applied)};
    for (size_t i = 0; i < fields.size(); ++i) types.push_back(T.Any);
    Value sig = T.tupleType(types);
    for (auto it = vars.rbegin(); it != vars.rend(); ++it) sig = T.newUnionAll(*it, sig);
    m->sig = sig;
    m->sparams = vars;
    m->argNames = argNames();
    m->body = newCall();
    m->module = dt.tname->module;
    I.addMethod(ctor, std::move(m));
  }
  // Outer: S(args::Templates...) where T = S{T}(args...)
  {
    auto m = std::make_shared<Method>();
    std::vector<Value> types{T.typeOfType(type)};
    for (const Value& ft : dt.tname->fieldTypeTemplates) types.push_back(ft);
    Value sig = T.tupleType(types);
    for (auto it = vars.rbegin(); it != vars.rend(); ++it) sig = T.newUnionAll(*it, sig);
    m->sig = sig;
    m->sparams = vars;
    m->argNames = argNames();
    std::vector<Value> curly{type};
    for (const Value& v : vars) curly.push_back(Value::symbol(v.as<TypeVarObj>().name));
    std::vector<Value> call{makeExpr(syms().curly, std::move(curly))};
    for (Symbol f : fields) call.push_back(Value::symbol(f));
    m->body = makeExpr(syms().block, {makeExpr(syms().call, std::move(call))});
    m->module = dt.tname->module;
    I.addMethod(ctor, std::move(m));
  }
}

ModuleObj* resolveModulePath(Interp::Impl& I, const std::vector<Symbol>& path, size_t count, ModuleObj* from) {
  ModuleObj* m = nullptr;
  size_t i = 0;
  if (!path.empty() && path[0].str() == ".") {
    m = from;
    ++i;
    while (i < count && path[i].str() == ".") {
      m = m->parent ? m->parent : m;
      ++i;
    }
  } else {
    Symbol root = path[0];
    if (root.str() == "Main") m = I.in.main;
    else if (root.str() == "Base") m = I.in.base;
    else if (root.str() == "Core") m = I.in.core;
    else {
      Binding* b = I.findBinding(from, root);
      if (!b) b = I.findBinding(I.in.main, root);
      if (!b || !b->value.isObject(ObjKind::Module)) I.in.error("ArgumentError: Package " + root.str() + " not found in current path");
      m = const_cast<ModuleObj*>(&b->value.as<ModuleObj>());
    }
    i = 1;
  }
  for (; i < count; ++i) {
    Binding* b = m->find(path[i]);
    if (!b || !b->value.isObject(ObjKind::Module))
      I.in.error("UndefVarError: `" + path[i].str() + "` not defined in `" + m->fullName() + "`");
    m = const_cast<ModuleObj*>(&b->value.as<ModuleObj>());
  }
  return m;
}

std::vector<Symbol> dottedPath(Interp::Impl& I, const Value& p) {
  if (!isHead(p, syms().dot)) I.in.error("syntax: invalid import path " + syntax::show(p));
  std::vector<Symbol> out;
  for (const Value& a : E(p).args) out.push_back(a.asSymbol());
  return out;
}

void importName(Interp::Impl& I, ModuleObj* into, ModuleObj* from, Symbol name, Symbol as) {
  Binding& src = from->get(name);
  Binding& dst = into->get(as);
  if (&src == &dst) return;
  dst.target = &src;
  dst.importedFrom = from;
}
}  // namespace

Value Interp::Impl::defineStruct(const Value& ex, EnvPtr& env, Frame& fr) {
  const ExprObj& e = E(ex);
  bool isMutable = e.args[0].isBool() && e.args[0].asBool();
  TypeHeader h = parseHeader(*this, e.args[1]);
  std::vector<Value> vars;
  EnvPtr scope = bindTypeParams(*this, h, env, fr, vars);
  TypeSystem::TypeSpec spec;
  spec.name = h.name;
  spec.module = fr.module;
  spec.typeVars = vars;
  spec.isMutable = isMutable;
  if (!h.superExpr.isNothing()) spec.super = eval(h.superExpr, scope, fr);
  std::vector<Value> constructors;
  for (const Value& stmt : E(e.args[2]).args) {
    if (stmt.isObject(ObjKind::LineNumberNode)) continue;
    if (isConstructorDefinition(stmt, h.name)) {
      constructors.push_back(stmt);
      continue;
    }
    Value f = isHead(stmt, syms().const_) ? E(stmt).args[0] : stmt;
    if (f.isSymbol()) {
      spec.fieldNames.push_back(f.asSymbol());
      spec.fieldTypes.push_back(in.types().Any);
    } else if (isHead(f, syms().dcolon) && E(f).args[0].isSymbol()) {
      spec.fieldNames.push_back(E(f).args[0].asSymbol());
      spec.fieldTypes.push_back(eval(E(f).args[1], scope, fr));
    } else if (isHead(f, syms().assign)) {
      in.error("jlcc: default field values (@kwdef) are not supported yet");
    } else {
      in.error("syntax: invalid struct field " + syntax::show(f));
    }
  }
  Value type;
  try {
    type = in.types().defineType(spec);
  } catch (const TypeOpError& err) {
    in.error(err.message);
  }
  bindTypeName(*this, fr.module, h.name, type);
  if (constructors.empty()) {
    addDefaultConstructors(*this, type, vars);
  } else {
    for (const Value& c : constructors) defineFunction(isHead(c, syms().assign) ? makeExpr(syms().function, E(c).args) : c, env, fr);
  }
  return Value();
}

Value Interp::Impl::defineAbstract(const Value& ex, EnvPtr& env, Frame& fr) {
  TypeHeader h = parseHeader(*this, E(ex).args[0]);
  std::vector<Value> vars;
  EnvPtr scope = bindTypeParams(*this, h, env, fr, vars);
  TypeSystem::TypeSpec spec;
  spec.name = h.name;
  spec.module = fr.module;
  spec.typeVars = vars;
  spec.isAbstract = true;
  if (!h.superExpr.isNothing()) spec.super = eval(h.superExpr, scope, fr);
  bindTypeName(*this, fr.module, h.name, in.types().defineType(spec));
  return Value();
}

Value Interp::Impl::definePrimitive(const Value& ex, EnvPtr& env, Frame& fr) {
  TypeHeader h = parseHeader(*this, E(ex).args[0]);
  std::vector<Value> vars;
  EnvPtr scope = bindTypeParams(*this, h, env, fr, vars);
  TypeSystem::TypeSpec spec;
  spec.name = h.name;
  spec.module = fr.module;
  spec.typeVars = vars;
  spec.isPrimitive = true;
  Value bits = eval(E(ex).args[1], scope, fr);
  spec.primitiveBits = static_cast<int>(bits.toInt128());
  if (!h.superExpr.isNothing()) spec.super = eval(h.superExpr, scope, fr);
  bindTypeName(*this, fr.module, h.name, in.types().defineType(spec));
  return Value();
}

// (module std_imports name (block ...)): statements run one by one, each expanded in turn.
ModuleObj* Interp::Impl::createModule(const Value& ex, ModuleObj* parent) {
  const ExprObj& e = E(ex);
  bool stdImports = !(e.args[0].isBool() && !e.args[0].asBool());
  Symbol name = e.args[1].asSymbol();
  ModuleObj* m = newModule(name, parent, stdImports);
  Binding& b = parent->get(name);
  b.value = Value::object(m);
  b.defined = true;
  b.isConst = true;
  return m;
}

Value Interp::Impl::defineModule(const Value& ex, EnvPtr& env, Frame& fr) {
  const ExprObj& e = E(ex);
  ModuleObj* m = createModule(ex, fr.module);
  Frame mf;
  mf.module = m;
  mf.caller = frame;
  mf.line = fr.line;
  Frame* saved = frame;
  frame = &mf;
  struct Restore {
    Interp::Impl& I;
    Frame* f;
    ~Restore() { I.frame = f; }
  } restore{*this, saved};
  for (const Value& stmt : E(e.args[2]).args) {
    if (stmt.isObject(ObjKind::LineNumberNode)) {
      mf.line = stmt;
      continue;
    }
    in.evalToplevel(m, stmt);
  }
  return Value::object(m);
}

// (using (. A B)), (import (. A x)), (using (: (. A) (. x) (. y))), (import (as (. A x) y)).
Value Interp::Impl::importUsing(const Value& ex, Frame& fr) {
  const ExprObj& e = E(ex);
  bool isUsing = e.head == syms().using_;
  for (const Value& item : e.args) {
    if (isHead(item, syms().colon)) {
      std::vector<Symbol> path = dottedPath(*this, E(item).args[0]);
      ModuleObj* from = resolveModulePath(*this, path, path.size(), fr.module);
      for (size_t i = 1; i < E(item).args.size(); ++i) {
        Value n = E(item).args[i];
        Symbol as;
        if (isHead(n, syms().as)) {
          as = E(n).args[1].asSymbol();
          n = E(n).args[0];
        }
        std::vector<Symbol> np = dottedPath(*this, n);
        importName(*this, fr.module, from, np.back(), as.empty() ? np.back() : as);
      }
      continue;
    }
    Value p = item;
    Symbol as;
    if (isHead(p, syms().as)) {
      as = E(p).args[1].asSymbol();
      p = E(p).args[0];
    }
    std::vector<Symbol> path = dottedPath(*this, p);
    // `import A.x` / `import Main.@time`: the last component may be a binding, not a module.
    ModuleObj* prefix = path.size() > 1 ? resolveModulePath(*this, path, path.size() - 1, fr.module) : nullptr;
    Binding* last = prefix ? prefix->find(path.back()) : nullptr;
    bool lastIsModule = last && last->value.isObject(ObjKind::Module);
    if (prefix && !lastIsModule) {
      importName(*this, fr.module, prefix, path.back(), as.empty() ? path.back() : as);
      continue;
    }
    ModuleObj* m = resolveModulePath(*this, path, path.size(), fr.module);
    Binding& b = fr.module->get(as.empty() ? m->name : as);
    b.value = Value::object(m);
    b.defined = true;
    b.isConst = true;
    if (isUsing && std::find(fr.module->usings.begin(), fr.module->usings.end(), m) == fr.module->usings.end())
      fr.module->usings.insert(fr.module->usings.begin(), m);
  }
  return Value();
}

}  // namespace jl::interp
