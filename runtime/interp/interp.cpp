// The Interp facade: start-up (modules, types, natives, Base's Julia sources), calls,
// exceptions, native registration, bindings, and running whole programs.
#include "interp/interp.hpp"

#include <cstdio>
#include <iostream>

#include "interp/impl.hpp"
#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

Syms::Syms()
    : block("block"), toplevel("toplevel"), call("call"), assign("="), local("local"), global("global"),
      const_("const"), if_("if"), elseif("elseif"), and_("&&"), or_("||"), while_("while"), for_("for"),
      break_("break"), continue_("continue"), return_("return"), function("function"), arrow("->"),
      macro("macro"), struct_("struct"), abstract("abstract"), primitive("primitive"), module("module"),
      import("import"), using_("using"), export_("export"), quote("quote"), copyast("copyast"),
      dollar("$"), let("let"), try_("try"), tuple("tuple"), vect("vect"), hcat("hcat"), vcat("vcat"),
      row("row"), nrow("nrow"), ncat("ncat"), ref("ref"), curly("curly"), dot("."), dcolon("::"),
      where("where"), comparison("comparison"), string("string"), macrocall("macrocall"),
      generator("generator"), comprehension("comprehension"), typed_comprehension("typed_comprehension"),
      filter("filter"), splat("..."), kw("kw"), parameters("parameters"), new_("new"), escape("escape"),
      hygienic_scope("hygienic-scope"), meta("meta"), inbounds("inbounds"), boundscheck("boundscheck"),
      isdefined("isdefined"), generated("generated"), objmode("objmode"), line("line"), begin_("begin"),
      end_("end"), colon(":"), as("as"), typed_hcat("typed_hcat"), typed_vcat("typed_vcat"),
      typed_ncat("typed_ncat"), inert("inert"), loopinfo("loopinfo"), dotassign(".="), lt_colon("<:"),
      gt_colon(">:"), eq3("==="), doublecolon("::"), subtype("<:"), var_("var"), underscore("_"),
      flatten("flatten"), do_("do"), outerref("outerref"), nothing_("nothing"), main_("Main") {}

const Syms& syms() {
  static const Syms* s = new Syms;
  return *s;
}

BoxObj& Env::declare(Symbol s) {
  if (BoxObj* b = findLocal(s)) return *b;
  Value box = Value::object(new BoxObj);
  vars.emplace_back(s.id(), box);
  return box.asMut<BoxObj>();
}

void IOObj::write(std::string_view s) {
  switch (sink) {
    case Sink::Stdout:
      if (!muted) std::fwrite(s.data(), 1, s.size(), stdout);
      break;
    case Sink::Stderr:
      if (muted) break;
      std::fflush(stdout);
      std::fwrite(s.data(), 1, s.size(), stderr);
      break;
    case Sink::Buffer: buffer.append(s); break;
  }
}

std::string ModuleObj::fullName() const {
  if (!parent || parent == this) return name.str();
  return parent->fullName() + "." + name.str();
}

namespace {
void bindConst(ModuleObj* m, Symbol name, Value v) {
  Binding& b = m->get(name);
  b.value = std::move(v);
  b.defined = true;
  b.isConst = true;
}
}  // namespace

// ---------------------------------------------------------------------------------------
Interp::Interp(InterpOptions opts) : opts_(std::move(opts)) {
  impl_ = new Impl(*this);
  auto* coreM = new ModuleObj(Symbol("Core"), nullptr);
  auto* baseM = new ModuleObj(Symbol("Base"), nullptr);
  core = coreM;
  base = baseM;
  coreM->retain();
  baseM->retain();
  baseM->usings.push_back(coreM);
  types_ = new TypeSystem(core, base);
  main = impl_->newModule(Symbol("Main"), nullptr, true);
  types_->setMainModule(main);
  meta = impl_->newModule(Symbol("Meta"), base, true);
  bindConst(base, Symbol("Meta"), Value::object(meta));
  bindConst(core, Symbol("Core"), Value::object(core));
  bindConst(core, Symbol("Base"), Value::object(base));
  bindConst(core, Symbol("Main"), Value::object(main));
  bindConst(base, Symbol("Base"), Value::object(base));
  bindConst(main, Symbol("Main"), Value::object(main));
  bindConst(core, Symbol("nothing"), Value());

  out = new IOObj(IOObj::Sink::Stdout);
  err = new IOObj(IOObj::Sink::Stderr);
  out->retain();
  err->retain();
  setMuted(opts_.muteOutput);
  bindConst(base, Symbol("stdout"), Value::object(out));
  bindConst(base, Symbol("stderr"), Value::object(err));
  std::vector<Value> argv;
  for (const auto& a : opts_.programArgs) argv.push_back(jl::makeString(a));
  bindConst(base, Symbol("ARGS"), makeVector(types_->String, std::move(argv)));

  registerReflectionBuiltins(*this);
  registerNumberBuiltins(*this);
  registerStringBuiltins(*this);
  registerRegexBuiltins(*this);
  registerShowBuiltins(*this);
  registerArrayBuiltins(*this);
  registerCollectionBuiltins(*this);

  for (const PreludeFile& f : preludeFiles()) {
    try {
      includeString(base, f.text, f.name);
    } catch (const JuliaError& e) {
      std::fprintf(stderr, "jlcc: internal error: loading %s failed: %s\n", f.name, repr(e.value).c_str());
      for (auto& t : e.trace) std::fprintf(stderr, "  at %s\n", t.c_str());
    }
  }
}

Interp::~Interp() {
  // Modules and functions form cycles; the process ends soon after, so they are left to it.
  delete impl_;
}

// ---------------------------------------------------------------------------------------
// Bindings.
ModuleObj* Interp::Impl::newModule(Symbol name, ModuleObj* parent, bool useBase) {
  auto* m = new ModuleObj(name, parent);
  m->retain();
  if (useBase) {
    m->usings.push_back(in.base);
    m->usings.push_back(in.core);
  } else {
    m->usings.push_back(in.core);
  }
  bindConst(m, name, Value::object(m));
  return m;
}

Binding* Interp::Impl::findBinding(ModuleObj* m, Symbol s) {
  if (Binding* b = m->find(s)) {
    while (b->target) b = b->target;
    if (b->defined) return b;
  }
  for (ModuleObj* u : m->usings) {
    if (Binding* b = u->find(s)) {
      while (b->target) b = b->target;
      if (b->defined) return b;
    }
  }
  return nullptr;
}

Value Interp::Impl::globalValue(ModuleObj* m, Symbol s) {
  if (Binding* b = findBinding(m, s)) return b->value;
  throwUndefVar(s, m);
}

Value Interp::Impl::makeGlobalRef(ModuleObj* m, Symbol s) { return Value::object(new GlobalRefObj(m, s)); }

// ---------------------------------------------------------------------------------------
// Calls.
Value Interp::call(const Value& f, Args args) { return impl_->callValue(f, args, nullptr); }
Value Interp::call(const Value& f, Args args, const KwArgs& kwargs) {
  return impl_->callValue(f, args, kwargs.empty() ? nullptr : &kwargs);
}
Value Interp::baseValue(std::string_view name) { return impl_->globalValue(base, Symbol(name)); }
Value Interp::callBase(std::string_view name, Args args) { return call(baseValue(name), args); }

// ---------------------------------------------------------------------------------------
// Exceptions.
void Interp::throwValue(Value exception) { throw JuliaError{std::move(exception), impl_->backtrace()}; }

void Interp::error(std::string message) { throwNew("ErrorException", {jl::makeString(std::move(message))}); }

void Interp::throwNew(std::string_view typeName, std::vector<Value> args) {
  Value exc = call(impl_->globalValue(base, Symbol(typeName)), args);
  throwValue(std::move(exc));
}

void Interp::methodError(const Value& f, Args args) {
  static thread_local int nesting = 0;
  if (nesting > 0) {
    // MethodError itself could not be constructed (Base is broken or still loading).
    throw JuliaError{jl::makeString("MethodError (while reporting a MethodError)"), impl_->backtrace()};
  }
  struct Guard {
    ~Guard() { --nesting; }
  } guard;
  ++nesting;
  Value tuple = makeTuple(std::vector<Value>(args.begin(), args.end()));
  throwNew("MethodError", {f, tuple, Value::uint64(impl_->worldLimit)});
}

void Interp::Impl::throwUndefVar(Symbol s, ModuleObj* scope) {
  in.throwNew("UndefVarError", {Value::symbol(s), scope ? Value::object(scope) : Value()});
}

void Interp::Impl::throwTypeError(std::string_view func, std::string_view context, const Value& expected,
                                  const Value& got) {
  in.throwNew("TypeError", {Value::symbol(func), in.makeString(std::string(context)), expected, got});
}

std::string Interp::Impl::describeLine(const Value& lnn) const {
  if (!lnn.isObject(ObjKind::LineNumberNode)) return "";
  auto& l = lnn.as<LineNumberNodeObj>();
  std::string file = l.file.isSymbol() ? l.file.asSymbol().str() : "none";
  return file + ":" + std::to_string(l.line);
}

// `f(x::Int64, y::String)` for a method frame, as Julia's stack traces name them.
std::string Interp::Impl::frameSignature(const Frame& f) const {
  const Method& m = *f.method;
  std::string out = m.owner ? m.owner->name.str() : "?";
  if (!out.empty() && out[0] == '@') out = "var\"" + out + "\"";  // macros print as var"@m"
  out += '(';
  size_t n = m.argNames.size();
  for (size_t i = 0; i < f.args.size(); ++i) {
    bool rest = m.isVarargs && n > 0 && i >= n - 1;
    if (rest && i > n - 1) continue;  // the varargs tail shows once
    if (i > 0) out += ", ";
    Symbol name = i < n ? m.argNames[i] : Symbol();
    if (!name.empty()) out += name.str();
    out += "::" + in.types().show(in.types().dispatchType(f.args[i]));
    if (rest) out += "...";
  }
  return out + ')';
}

std::vector<std::string> Interp::Impl::backtrace() const {
  std::vector<std::string> out;
  for (Frame* f = frame; f; f = f->caller) {
    std::string where = describeLine(f->line);
    bool method = f->method && f->method->owner;
    std::string name = method ? frameSignature(*f) : "top-level scope";
    if (method && !where.empty() && f->module) where = f->module->fullName() + " " + where;
    std::string entry = where.empty() ? name : name + " @ " + where;
    // Nested top-level frames of one statement (a toplevel block, eval) show once.
    if (!f->method && !out.empty() && out.back() == entry) continue;
    out.push_back(entry);
    if (out.size() > 50) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Natives.
void Interp::defNative(ModuleObj* m, std::string_view name, std::vector<Value> argTypes, NativeFn fn,
                       bool varargs) {
  Symbol s(name);
  Binding& b = m->get(s);
  auto method = std::make_shared<Method>();
  method->native = fn;
  method->isVarargs = varargs;
  method->module = m;
  if (varargs && !argTypes.empty()) argTypes.back() = types_->varargOf(argTypes.back());
  FunctionObj* f = nullptr;
  if (b.defined && isType(b.value)) {
    f = &impl_->constructorOf(b.value);
    Value var = types_->newTypeVar(Symbol("T"), Value(), b.value);
    argTypes.insert(argTypes.begin(), types_->typeOfType(var));
    method->sig = types_->newUnionAll(var, types_->tupleType(argTypes));
    method->sparams = {var};
  } else {
    if (b.defined && b.value.isObject(ObjKind::Function)) {
      f = &b.value.asMut<FunctionObj>();
    } else {
      f = impl_->newFunction(s, m);
      b.value = Value::object(f);
      b.defined = true;
      b.isConst = true;
    }
    method->sig = types_->tupleType(argTypes);
  }
  method->owner = f;
  impl_->addMethod(*f, std::move(method));
}

// ---------------------------------------------------------------------------------------
// Values.
Value Interp::makeVector(Value elemType, std::vector<Value> elems) {
  auto* a = new ArrayObj(types_->arrayType(elemType, 1), {static_cast<int64_t>(elems.size())});
  a->data = std::move(elems);
  return Value::object(a);
}

Value Interp::makeTuple(std::vector<Value> elems) { return Value::object(new TupleObj(std::move(elems))); }

bool Interp::identical(const Value& a, const Value& b) {
  if (a.tag() != b.tag()) return false;
  if (!a.isObject()) return syntaxEqual(a, b);
  const Object* x = a.obj();
  const Object* y = b.obj();
  if (x == y) return true;
  if (x->kind() != y->kind()) return false;
  switch (x->kind()) {
    case ObjKind::String: return a.as<StringObj>().data == b.as<StringObj>().data;
    case ObjKind::Tuple: {
      auto& l = a.as<TupleObj>().elems;
      auto& r = b.as<TupleObj>().elems;
      if (l.size() != r.size()) return false;
      for (size_t i = 0; i < l.size(); ++i)
        if (!identical(l[i], r[i])) return false;
      return true;
    }
    case ObjKind::Struct: {
      auto& l = a.as<StructObj>();
      auto& r = b.as<StructObj>();
      if (l.type.obj() != r.type.obj() || l.type.as<DataTypeObj>().tname->isMutable) return false;
      for (size_t i = 0; i < l.fields.size(); ++i)
        if (!identical(l.fields[i], r.fields[i])) return false;
      return true;
    }
    case ObjKind::Type: return types_->isSubtype(a, b) && types_->isSubtype(b, a);
    case ObjKind::GlobalRef:
      return a.as<GlobalRefObj>().mod == b.as<GlobalRefObj>().mod && a.as<GlobalRefObj>().name == b.as<GlobalRefObj>().name;
    default: return false;
  }
}

bool Interp::isTruthy(const Value& cond) {
  if (cond.isBool()) return cond.asBool();
  impl_->throwTypeError("if", "", types_->Bool, cond);
}

bool Interp::equals(const Value& a, const Value& b) {
  Value args[2] = {a, b};
  Value r = callBase("==", args);
  if (r.isBool()) return r.asBool();
  return false;  // `missing` and other non-Bool results count as not equal
}

std::string Interp::keyFingerprint(const Value& v) {
  if (v.isObject(ObjKind::Struct) && v.as<StructObj>().type.as<DataTypeObj>().tname->isMutable) {
    return "@" + std::to_string(reinterpret_cast<uintptr_t>(v.obj()));
  }
  if (v.isObject(ObjKind::Array) || v.isObject(ObjKind::Dict) || v.isObject(ObjKind::Set)) return repr(v);
  return types_->show(types_->typeOf(v)) + "\x1f" + repr(v);
}

// ---------------------------------------------------------------------------------------
// Running code.
Value Interp::evalToplevel(ModuleObj* m, const Value& ex) {
  Value expanded = impl_->expandMacros(ex, m, true);
  return evalExpanded(m, impl_->resolveHygiene(expanded));
}

Value Interp::evalExpanded(ModuleObj* m, const Value& expanded) {
  Frame fr;
  fr.module = m;
  fr.caller = impl_->frame;
  if (impl_->frame) fr.line = impl_->frame->line;
  Frame* saved = impl_->frame;
  impl_->frame = &fr;
  // The statement's own scope: `local`s of top-level code live here; assignments to
  // other names are global.
  EnvPtr env = std::make_shared<Env>();
  env->toplevelThunk = true;
  struct Restore {
    Interp::Impl* i;
    Frame* f;
    ~Restore() { i->frame = f; }
  } restore{impl_, saved};
  return impl_->eval(expanded, env, fr);
}

Value Interp::evalStatement(ModuleObj* m, const Value& expanded, const Value& line) {
  Frame top;
  top.module = m;
  top.line = line;
  struct Restore {
    Interp::Impl* i;
    Frame* f;
    ~Restore() { i->frame = f; }
  } restore{impl_, impl_->frame};
  impl_->frame = &top;
  return evalExpanded(m, expanded);
}

void Interp::setMuted(bool muted) {
  opts_.muteOutput = muted;
  out->muted = muted;
  err->muted = muted;
}

uint64_t Interp::world() const { return impl_->world; }

Value Interp::callInWorld(uint64_t world, const Value& f, Args args) {
  if (world >= impl_->world && impl_->worldLimit == ~0ull) return call(f, args);
  struct Restore {
    uint64_t& limit;
    uint64_t saved;
    ~Restore() { limit = saved; }
  } restore{impl_->worldLimit, impl_->worldLimit};
  impl_->worldLimit = std::min(world, impl_->worldLimit);
  return call(f, args);
}

ModuleObj* Interp::openModule(ModuleObj* parent, const Value& moduleExpr) {
  return impl_->createModule(moduleExpr, parent);
}

Value Interp::includeString(ModuleObj* m, std::string_view text, const std::string& filename) {
  syntax::ParseOptions po;
  po.filename = filename;
  syntax::ParseResult r = syntax::parseFile(text, po);
  if (!r.ok()) {
    std::string msg;
    for (auto& d : r.errors) msg += diag::render(d, text);
    throwNew("ErrorException", {jl::makeString("syntax error\n" + msg)});
  }
  Value last;
  Value lineNode;
  for (const Value& stmt : r.value.as<ExprObj>().args) {
    if (stmt.isObject(ObjKind::LineNumberNode)) {
      lineNode = stmt;
      if (impl_->frame) impl_->frame->line = stmt;
      continue;
    }
    Frame top;
    top.module = m;
    top.line = lineNode;
    Frame* saved = impl_->frame;
    impl_->frame = &top;
    try {
      last = evalToplevel(m, stmt);
    } catch (...) {
      impl_->frame = saved;
      throw;
    }
    impl_->frame = saved;
  }
  return last;
}

const std::vector<std::string>& Interp::includedFiles() const { return impl_->filesRead; }

Value Interp::macroexpand(ModuleObj* m, const Value& ex, bool recursive) {
  return impl_->resolveHygiene(impl_->expandMacros(ex, m, recursive));
}

}  // namespace jl::interp
