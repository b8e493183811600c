// Core builtins: identity and types (`===`, `typeof`, `isa`, `<:`), fields and properties of
// every object kind, the syntax constructors (`Expr`, `QuoteNode`, `LineNumberNode`,
// `GlobalRef`), evaluation (`eval`, `Core.eval`, `include_string`, `macroexpand`, `esc`,
// `gensym`, `Meta.parse`), exceptions (`throw`, `rethrow`), and a few reflection queries.
#include <cstdio>
#include <cstdlib>

#include "interp/eval_forms.hpp"
#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

namespace {
TypeSystem& T(Interp& in) { return in.types(); }

Value typeofFn(Interp& in, Args a) { return T(in).typeOf(a[0]); }
Value isaFn(Interp& in, Args a) { return Value::boolean(T(in).isSubtype(T(in).typeOf(a[0]), a[1])); }
Value egalFn(Interp& in, Args a) { return Value::boolean(in.identical(a[0], a[1])); }
Value notEgalFn(Interp& in, Args a) { return Value::boolean(!in.identical(a[0], a[1])); }
Value subtypeFn(Interp& in, Args a) { return Value::boolean(T(in).isSubtype(a[0], a[1])); }
Value supertypeOfFn(Interp& in, Args a) { return Value::boolean(T(in).isSubtype(a[1], a[0])); }

ModuleObj* asModule(const Value& v) { return const_cast<ModuleObj*>(&v.as<ModuleObj>()); }

[[noreturn]] void noField(Interp& in, const Value& x, const Value& name) {
  std::string tn = T(in).show(T(in).typeOf(x));
  in.throwNew("FieldError", {T(in).typeOf(x), name});
  (void)tn;
}

int64_t fieldIndex(Interp& in, const Value& x, const std::vector<Symbol>& names, const Value& key) {
  if (key.isSymbol()) {
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == key.asSymbol()) return static_cast<int64_t>(i);
    noField(in, x, key);
  }
  if (key.isInteger()) {
    int64_t i = static_cast<int64_t>(key.toInt128()) - 1;
    if (i < 0 || i >= static_cast<int64_t>(names.size())) in.throwNew("BoundsError", {x, key});
    return i;
  }
  in.throwNew("TypeError", {Value::symbol("getfield"), in.makeString(""), T(in).Symbol, key});
}

Value getfieldFn(Interp& in, Args a) {
  const Value& x = a[0];
  const Value& k = a[1];
  if (x.isObject(ObjKind::Struct)) {
    auto& s = x.as<StructObj>();
    auto& names = s.type.as<DataTypeObj>().tname->fieldNames;
    int64_t i = fieldIndex(in, x, names, k);
    if (!s.isDefined(static_cast<size_t>(i))) in.throwNew("UndefRefError", {});
    return s.fields[static_cast<size_t>(i)];
  }
  if (x.isObject(ObjKind::NamedTuple)) {
    auto& nt = x.as<NamedTupleObj>();
    return nt.values[static_cast<size_t>(fieldIndex(in, x, nt.names, k))];
  }
  if (x.isObject(ObjKind::Tuple) && k.isInteger()) {
    auto& t = x.as<TupleObj>().elems;
    int64_t i = static_cast<int64_t>(k.toInt128());
    if (i < 1 || i > static_cast<int64_t>(t.size())) in.throwNew("BoundsError", {x, k});
    return t[static_cast<size_t>(i - 1)];
  }
  if (x.isObject(ObjKind::Module) && k.isSymbol()) return in.impl().globalValue(asModule(x), k.asSymbol());
  if (k.isSymbol()) {
    const std::string& n = k.asSymbol().str();
    switch (x.isObject() ? x.obj()->kind() : ObjKind::Other) {
      case ObjKind::Expr:
        if (n == "head") return Value::symbol(x.as<ExprObj>().head);
        if (n == "args") {
          auto* arr = new ArrayObj(T(in).arrayType(T(in).Any, 1), {0});
          arr->exprArgsOf = &x.as<ExprObj>();
          arr->exprOwner = x;
          return Value::object(arr);
        }
        break;
      case ObjKind::QuoteNode:
        if (n == "value") return x.as<QuoteNodeObj>().value;
        break;
      case ObjKind::LineNumberNode:
        if (n == "line") return Value::int64(x.as<LineNumberNodeObj>().line);
        if (n == "file") return x.as<LineNumberNodeObj>().file;
        break;
      case ObjKind::GlobalRef:
        if (n == "mod") return Value::object(x.as<GlobalRefObj>().mod);
        if (n == "name") return Value::symbol(x.as<GlobalRefObj>().name);
        break;
      case ObjKind::Type:
        if (isType(x, TypeKind::TypeVar)) {
          auto& tv = x.as<TypeVarObj>();
          if (n == "name") return Value::symbol(tv.name);
          if (n == "lb") return tv.lb;
          if (n == "ub") return tv.ub;
        }
        if (isType(x, TypeKind::DataType)) {
          auto& dt = x.as<DataTypeObj>();
          if (n == "parameters") return in.makeTuple(dt.params);
          if (n == "name") return Value::symbol(dt.tname->name);
          if (n == "super") return dt.super;
        }
        if (isType(x, TypeKind::UnionAll)) {
          if (n == "var") return x.as<UnionAllObj>().var;
          if (n == "body") return x.as<UnionAllObj>().body;
        }
        if (isType(x, TypeKind::Union) && (n == "a" || n == "b")) {
          auto& m = x.as<UnionObj>().members;
          if (m.size() >= 2) return n == "a" ? m[0] : T(in).unionOf(std::vector<Value>(m.begin() + 1, m.end()));
        }
        break;
      case ObjKind::Function:
        if (n == "name") return Value::symbol(x.as<FunctionObj>().name);
        break;
      default: break;
    }
  }
  noField(in, x, k);
}

Value setfieldFn(Interp& in, Args a) {
  const Value& x = a[0];
  if (x.isObject(ObjKind::Struct)) {
    auto& s = x.asMut<StructObj>();
    auto& dt = s.type.as<DataTypeObj>();
    if (!dt.tname->isMutable)
      in.error("setfield!: immutable struct of type " + T(in).show(s.type) + " cannot be changed");
    size_t i = static_cast<size_t>(fieldIndex(in, x, dt.tname->fieldNames, a[1]));
    Value v = a[2];
    if (!T(in).isSubtype(T(in).typeOf(v), dt.fieldTypes[i])) v = in.callBase("convert", {dt.fieldTypes[i], v});
    s.fields[i] = v;
    return v;
  }
  if (x.isExpr() && a[1].isSymbol()) {
    auto& e = x.asMut<ExprObj>();
    if (a[1].asSymbol().str() == "head" && a[2].isSymbol()) { e.head = a[2].asSymbol(); return a[2]; }
    if (a[1].asSymbol().str() == "args" && a[2].isObject(ObjKind::Array)) { e.args = a[2].as<ArrayObj>().elems(); return a[2]; }
  }
  in.error("setfield!: cannot set field " + in.repr(a[1]) + " of a value of type " + T(in).show(T(in).typeOf(x)));
}

Value nfieldsFn(Interp& in, Args a) {
  const Value& x = a[0];
  if (x.isObject(ObjKind::Struct)) return Value::int64(static_cast<int64_t>(x.as<StructObj>().fields.size()));
  if (x.isObject(ObjKind::Tuple)) return Value::int64(static_cast<int64_t>(x.as<TupleObj>().elems.size()));
  if (x.isObject(ObjKind::NamedTuple)) return Value::int64(static_cast<int64_t>(x.as<NamedTupleObj>().values.size()));
  if (x.isExpr()) return Value::int64(2);
  return Value::int64(0);
}

Value fieldnamesFn(Interp& in, Args a) {
  std::vector<Value> names;
  for (Symbol s : T(in).fieldNames(a[0])) names.push_back(Value::symbol(s));
  if (isType(a[0], TypeKind::DataType) && a[0].as<DataTypeObj>().tname->name.str() == "Expr")
    names = {Value::symbol("head"), Value::symbol("args")};
  return in.makeTuple(std::move(names));
}

Value exprCtor(Interp& in, Args a) {
  if (a.size() < 2 || !a[1].isSymbol())
    in.throwNew("TypeError", {Value::symbol("Expr"), in.makeString(""), T(in).Symbol, a.size() > 1 ? a[1] : Value()});
  return makeExpr(a[1].asSymbol(), std::vector<Value>(a.begin() + 2, a.end()));
}
Value quoteNodeCtor(Interp& in, Args a) { return makeQuoteNode(a[1]); }
Value lineNodeCtor(Interp& in, Args a) {
  return makeLineNumberNode(static_cast<int64_t>(a[1].toInt128()), a.size() > 2 ? a[2] : Value());
}
Value globalRefCtor(Interp& in, Args a) { return in.impl().makeGlobalRef(asModule(a[1]), a[2].asSymbol()); }

Value applyTypeFn(Interp& in, Args a) {
  try {
    return T(in).applyType(a[0], std::vector<Value>(a.begin() + 1, a.end()));
  } catch (const TypeOpError& e) {
    in.error(e.message);
  }
}

Value evalIn(Interp& in, ModuleObj* m, const Value& ex) { return in.evalToplevel(m, ex); }
Value coreEvalFn(Interp& in, Args a) { return evalIn(in, asModule(a[0]), a[1]); }
Value evalFn(Interp& in, Args a) {
  Frame* f = in.impl().frame;
  return evalIn(in, f && f->module ? f->module : in.main, a[0]);
}

Value includeStringFn(Interp& in, Args a) {
  return in.includeString(asModule(a[0]), a[1].as<StringObj>().data, a.size() > 2 ? a[2].as<StringObj>().data : "string");
}

// The text of a file include() resolved to `path`: from InterpOptions::embeddedFiles when it
// is there, else from the disk. False when neither has it.
bool readIncludedFile(Interp& in, const std::string& path, std::string& text) {
  const auto& embedded = in.options().embeddedFiles;
  if (auto it = embedded.find(path); it != embedded.end()) {
    text = it->second;
    return true;
  }
  FILE* fp = std::fopen(path.c_str(), "rb");
  if (!fp) return false;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, fp)) > 0) text.append(buf, n);
  std::fclose(fp);
  return true;
}

// include(path) / include(m, path): evaluates a file relative to the including file's folder.
Value includeFn(Interp& in, Args a) {
  ModuleObj* m = a.size() > 1 ? asModule(a[0]) : nullptr;
  const Value& pathv = a.back();
  if (!pathv.isString()) in.throwNew("ArgumentError", {in.makeString("include: path must be a String")});
  std::string path = pathv.as<StringObj>().data;
  Frame* f = in.impl().frame;
  if (!m) m = f && f->module ? f->module : in.main;
  if (!path.empty() && path[0] != '/' && f && f->line.isObject(ObjKind::LineNumberNode)) {
    const Value& file = f->line.as<LineNumberNodeObj>().file;
    if (file.isSymbol()) {
      const std::string& from = file.asSymbol().str();
      size_t slash = from.rfind('/');
      if (slash != std::string::npos) path = from.substr(0, slash + 1) + path;
    }
  }
  std::string text;
  bool found = readIncludedFile(in, path, text);
  const std::string& given = pathv.as<StringObj>().data;
  if (!found && !given.empty() && given[0] != '/') {
    for (const std::string& dir : in.options().includeDirs) {
      std::string candidate = dir + "/" + given;
      if ((found = readIncludedFile(in, candidate, text))) {
        path = candidate;
        break;
      }
    }
  }
  if (!found) in.throwNew("SystemError", {in.makeString("opening file \"" + path + "\": No such file or directory")});
  in.impl().filesRead.push_back(path);
  return in.includeString(m, text, path);
}

Value macroexpandFn(Interp& in, Args a) {
  bool recursive = a.size() < 3 || (a[2].isBool() && a[2].asBool());
  return in.macroexpand(asModule(a[0]), a[1], recursive);
}

Value escFn(Interp& in, Args a) { return makeExpr(syms().escape, {a[0]}); }

Value gensymFn(Interp& in, Args a) {
  std::string base = a.empty() ? "" : (a[0].isSymbol() ? a[0].asSymbol().str() : a[0].as<StringObj>().data);
  return Value::symbol("##" + base + "#" + std::to_string(++in.impl().gensymCounter));
}

Value parseResult(Interp& in, const syntax::ParseResult& r, std::string_view text) {
  if (!r.ok()) {
    std::string msg;
    for (auto& d : r.errors) msg += d.message;
    in.throwNew("ParseError", {in.makeString(msg)});
  }
  return r.value;
}

Value metaParseFn(Interp& in, Args a) {
  const std::string& s = a[0].as<StringObj>().data;
  return parseResult(in, syntax::parseOne(s), s);
}

Value metaParseAtFn(Interp& in, Args a) {
  const std::string& s = a[0].as<StringObj>().data;
  int64_t start = static_cast<int64_t>(a[1].toInt128());
  syntax::ParseResult r = syntax::parseAt(s, static_cast<size_t>(start > 0 ? start - 1 : 0));
  Value v = parseResult(in, r, s);
  return in.makeTuple({v, Value::int64(static_cast<int64_t>(r.endOffset) + 1)});
}

Value metaQuotFn(Interp& in, Args a) { return makeExpr(syms().quote, {a[0]}); }

Value throwFn(Interp& in, Args a) { in.throwValue(a[0]); }
Value rethrowFn(Interp& in, Args a) {
  if (!a.empty()) in.throwValue(a[0]);
  auto& cur = in.impl().currentExceptions;
  if (cur.empty()) in.error("rethrow() not allowed outside a catch block");
  throw cur.back();
}

Value methodCountFn(Interp& in, Args a) {
  if (!a[0].isObject(ObjKind::Function)) return Value::int64(0);
  return Value::int64(static_cast<int64_t>(a[0].as<FunctionObj>().methods.size()));
}

Value nameofFn(Interp& in, Args a) {
  if (a[0].isObject(ObjKind::Function)) return Value::symbol(a[0].as<FunctionObj>().name);
  if (a[0].isObject(ObjKind::Module)) return Value::symbol(a[0].as<ModuleObj>().name);
  if (isType(a[0], TypeKind::DataType)) return Value::symbol(a[0].as<DataTypeObj>().tname->name);
  in.methodError(in.baseValue("nameof"), a);
}

Value isdefinedFn(Interp& in, Args a) {
  if (a[0].isObject(ObjKind::Module)) return Value::boolean(in.impl().findBinding(asModule(a[0]), a[1].asSymbol()) != nullptr);
  if (a[0].isObject(ObjKind::Struct) && a[1].isSymbol()) {
    auto& st = a[0].as<StructObj>();
    auto& names = st.type.as<DataTypeObj>().tname->fieldNames;
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == a[1].asSymbol()) return Value::boolean(st.isDefined(i));
  }
  return Value::boolean(false);
}

Value supertypeFn(Interp& in, Args a) {
  Value u = T(in).unwrap(a[0]);
  if (!isType(u, TypeKind::DataType)) in.error("supertype: not a DataType");
  Value s = u.as<DataTypeObj>().super;
  return s.isNothing() ? T(in).Any : s;
}

Value setMainDeclaredFn(Interp& in, Args a) {
  in.impl().mainDeclaredIn = asModule(a[0]);
  return Value();
}

Value markCCallableFn(Interp& in, Args a) {
  const Value& tt = a[1];
  if (!a[0].isObject(ObjKind::Function) || !isType(tt, TypeKind::DataType))
    in.error("@ccallable needs a function with concrete argument types");
  in.ccallables.push_back({a[0], tt.as<DataTypeObj>().params});
  return Value();
}

// Whether calling f with these arguments fails because several methods are equally specific.
Value ambiguousCallFn(Interp& in, Args a) {
  if (!a[0].isObject(ObjKind::Function) || !a[1].isObject(ObjKind::Tuple)) return Value::boolean(false);
  std::vector<Value> types;
  for (const Value& x : a[1].as<TupleObj>().elems) types.push_back(T(in).dispatchType(x));
  TypeSystem::Selection sel = T(in).selectMethod(a[0].as<FunctionObj>(), types, ~0ull);
  return Value::boolean(!sel.method && sel.ambiguous.size() >= 2);
}

Value exitFn(Interp& in, Args a) {
  std::fflush(stdout);
  std::exit(a.empty() ? 0 : static_cast<int>(a[0].toInt128()));
}

Value invokelatestFn(Interp& in, Args a) { return in.call(a[0], Args(a.begin() + 1, a.end())); }

Value currentModuleFn(Interp& in, Args a) {
  Frame* f = in.impl().frame;
  return Value::object(f && f->module ? f->module : in.main);
}

Value convertFallback(Interp& in, Args a) {
  if (T(in).isSubtype(T(in).typeOf(a[1]), a[0])) return a[1];
  in.throwNew("MethodError", {in.baseValue("convert"), in.makeTuple({a[0], a[1]}), Value::uint64(~0ull)});
}

Value exprEqual(Interp& in, Args a) { return Value::boolean(syntaxEqual(a[0], a[1])); }
}  // namespace

void registerReflectionBuiltins(Interp& in) {
  TypeSystem& t = in.types();
  ModuleObj* core = in.core;
  ModuleObj* base = in.base;
  in.defNative(core, "typeof", {t.Any}, typeofFn);
  in.defNative(core, "isa", {t.Any, t.Any}, isaFn);
  in.defNative(core, "===", {t.Any, t.Any}, egalFn);
  in.defNative(base, "!==", {t.Any, t.Any}, notEgalFn);
  in.defNative(core, "<:", {t.Any, t.Any}, subtypeFn);
  in.defNative(base, ">:", {t.Any, t.Any}, supertypeOfFn);
  in.defNative(core, "getfield", {t.Any, t.Any}, getfieldFn);
  in.defNative(core, "setfield!", {t.Any, t.Any, t.Any}, setfieldFn);
  in.defNative(base, "getproperty", {t.Any, t.Symbol}, getfieldFn);
  in.defNative(base, "setproperty!", {t.Any, t.Symbol, t.Any}, setfieldFn);
  in.defNative(core, "nfields", {t.Any}, nfieldsFn);
  in.defNative(base, "fieldnames", {t.Any}, fieldnamesFn);
  in.defNative(core, "Expr", {t.Any}, exprCtor, true);
  in.defNative(core, "QuoteNode", {t.Any}, quoteNodeCtor);
  in.defNative(core, "LineNumberNode", {t.Integer}, lineNodeCtor);
  in.defNative(core, "LineNumberNode", {t.Integer, t.Any}, lineNodeCtor);
  in.defNative(core, "GlobalRef", {t.Module, t.Symbol}, globalRefCtor);
  in.defNative(core, "apply_type", {t.Any, t.Any}, applyTypeFn, true);
  in.defNative(core, "eval", {t.Module, t.Any}, coreEvalFn);
  in.defNative(base, "eval", {t.Any}, evalFn);
  in.defNative(base, "eval", {t.Module, t.Any}, coreEvalFn);
  in.defNative(base, "include_string", {t.Module, t.String}, includeStringFn);
  in.defNative(base, "include_string", {t.Module, t.String, t.String}, includeStringFn);
  in.defNative(base, "_macroexpand", {t.Module, t.Any, t.Bool}, macroexpandFn);
  in.defNative(base, "include", {t.Any}, includeFn);
  in.defNative(base, "include", {t.Module, t.Any}, includeFn);
  in.defNative(base, "esc", {t.Any}, escFn);
  in.defNative(base, "gensym", {}, gensymFn);
  in.defNative(base, "gensym", {t.Any}, gensymFn);
  in.defNative(in.meta, "parse", {t.String}, metaParseFn);
  in.defNative(in.meta, "_parse_at", {t.String, t.Integer}, metaParseAtFn);
  in.defNative(in.meta, "quot", {t.Any}, metaQuotFn);
  in.defNative(core, "throw", {t.Any}, throwFn);
  in.defNative(base, "rethrow", {}, rethrowFn);
  in.defNative(base, "rethrow", {t.Any}, rethrowFn);
  in.defNative(base, "_method_count", {t.Any}, methodCountFn);
  in.defNative(base, "nameof", {t.Any}, nameofFn);
  in.defNative(core, "isdefined", {t.Any, t.Symbol}, isdefinedFn);
  in.defNative(base, "supertype", {t.Any}, supertypeFn);
  in.defNative(base, "_set_main_declared", {t.Module}, setMainDeclaredFn);
  in.defNative(base, "_mark_ccallable", {t.Any, t.Any}, markCCallableFn);
  in.defNative(base, "_ambiguous_call", {t.Any, t.Any}, ambiguousCallFn);
  in.defNative(base, "exit", {}, exitFn);
  in.defNative(base, "exit", {t.Integer}, exitFn);
  in.defNative(base, "invokelatest", {t.Any, t.Any}, invokelatestFn, true);
  in.defNative(base, "_current_module", {}, currentModuleFn);
  in.defNative(base, "convert", {t.Any, t.Any}, convertFallback);
  in.defNative(base, "==", {t.Expr, t.Expr}, exprEqual);
  in.defNative(base, "==", {t.QuoteNode, t.QuoteNode}, exprEqual);
  in.defNative(base, "==", {t.LineNumberNode, t.LineNumberNode}, exprEqual);
}

}  // namespace jl::interp
