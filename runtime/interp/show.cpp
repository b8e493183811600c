// Printing values as Julia does: Interp::show/print/repr/toString, the native fallbacks of
// `show(io, x)` and `print(io, x)` for every kind of value (numbers, strings, chars,
// symbols, Exprs, types, tuples, named tuples, arrays with Julia's eltype-prefix rules,
// dicts, sets, pairs, ranges, structs, functions, modules, regexes, commands), `display`
// (text/plain: array summaries, dict and set listings, "f (generic function with n
// methods)"), `println`/`print`/`sprint`/`repr`, IOBuffer, `dump`, `Meta.show_sexpr`, and
// the ObjectPrinter that lets Expr printing show interpreter objects. Array elements are
// formatted here; their column layout (jlrt/layout.hpp) and the compact float format
// (core/format.hpp) are runtime/core's, shared with compiled programs.
//
// Julia's IOContext properties are modelled by a small context stack inside this file:
// `:typeinfo` (so `Float32[1.0]` and `Bool[1, 0]` print as Julia does) and `:compact`
// (matrix display). User `show` methods are honoured at every depth: elements are printed
// by calling the generic `show` unless they are plain numbers, strings, chars or symbols.
#include <cstdio>
#include <cstring>

#include "core/text.hpp"
#include "core/format.hpp"
#include "interp/builtins_util.hpp"
#include "interp/coll_support.hpp"
#include "interp/impl.hpp"
#include "jlrt/layout.hpp"
#include "syntax/print.hpp"

namespace jl::interp {

// builtins_regex.cpp
std::string showRegexText(const Value& v);
std::string showCmdText(const Value& v);
void regexMatchParts(const Value& v, Value& match, std::vector<std::pair<std::string, Value>>& caps);

namespace {

using namespace bu;

// ---------------------------------------------------------------------------------------
// IOContext stand-in.
struct ShowCtx {
  Value typeinfo;  // nothing: Any
  bool compact = false;
};
thread_local std::vector<ShowCtx> gCtx;

const ShowCtx& cur() {
  static const ShowCtx none;
  return gCtx.empty() ? none : gCtx.back();
}

struct CtxScope {
  CtxScope(Value typeinfo, bool compact) { gCtx.push_back({std::move(typeinfo), compact}); }
  ~CtxScope() { gCtx.pop_back(); }
};

Value ioValue(IOObj& io) { return Value::object(&io); }

Value newBuffer() { return Value::object(new IOObj(IOObj::Sink::Buffer)); }

IOObj& ioArg(Interp& in, const Value& v, const char* fname) {
  IOObj* io = asIO(v);
  if (!io) in.methodError(in.baseValue(fname), std::vector<Value>{v});
  return *io;
}

bool sameType(const Value& a, const Value& b) { return a.isObject() && b.isObject() && a.obj() == b.obj(); }

std::string typeStr(Interp& in, const Value& t) { return in.types().show(t); }
std::string typeOfStr(Interp& in, const Value& v) { return in.types().show(in.types().typeOf(v)); }

const DataTypeObj* dtOf(Interp& in, const Value& t) {
  Value u = in.types().unwrap(t);
  if (isType(u, TypeKind::DataType)) return &u.as<DataTypeObj>();
  return nullptr;
}

bool typeNamed(Interp& in, const Value& t, const char* name) {
  const DataTypeObj* d = dtOf(in, t);
  return d && d->tname && d->tname->name.str() == name;
}

bool isStructNamed(const Value& v, const char* name) {
  if (!v.isObject(ObjKind::Struct)) return false;
  auto& dt = v.as<StructObj>().type.as<DataTypeObj>();
  return dt.tname && dt.tname->name.str() == name;
}

// Julia's typeinfo_implicit.
bool typeinfoImplicit(Interp& in, const Value& t) {
  TypeSystem& T = in.types();
  if (!isType(t)) return false;
  if (sameType(t, T.Float64) || sameType(t, T.Int64) || sameType(t, T.Char) || sameType(t, T.String) ||
      sameType(t, T.Symbol))
    return true;
  if (!T.isConcrete(t)) return false;
  const DataTypeObj* d = dtOf(in, t);
  if (!d) return false;
  if (!d->instance.isNothing() || sameType(t, T.Nothing)) return true;  // singleton types
  if (typeNamed(in, t, "Array")) return !d->params.empty() && typeinfoImplicit(in, d->params[0]);
  if (T.isTupleType(t) || typeNamed(in, t, "NamedTuple") || typeNamed(in, t, "Pair")) {
    for (const Value& f : d->fieldTypes)
      if (!typeinfoImplicit(in, f)) return false;
    return true;
  }
  if (typeNamed(in, t, "Dict") && d->params.size() == 2)
    return typeinfoImplicit(in, d->params[0]) && typeinfoImplicit(in, d->params[1]);
  return false;
}

Value arrayEltype(Interp& in, const ArrayObj& a) {
  const DataTypeObj* d = dtOf(in, a.type);
  if (d && !d->params.empty()) return d->params[0];
  return in.types().Any;
}

// The eltype the context already knows (typeinfo_eltype): the eltype of an array typeinfo.
Value typeinfoEltype(Interp& in, const Value& typeinfo) {
  if (typeinfo.isNothing() || !isType(typeinfo)) return Value();
  const DataTypeObj* d = dtOf(in, typeinfo);
  if (d && d->tname && (d->tname->name.str() == "Array" || d->tname->name.str() == "Set") && !d->params.empty())
    return d->params[0];
  return Value();
}

// show() of values whose printing never involves user methods; false for others.
bool showFast(Interp& in, std::string& out, const Value& v) {
  const ShowCtx& c = cur();
  switch (v.tag()) {
    case Tag::Nothing: out += "nothing"; return true;
    case Tag::Bool:
      if (sameType(c.typeinfo, in.types().Bool)) out += v.asBool() ? "1" : "0";
      else out += v.asBool() ? "true" : "false";
      return true;
    case Tag::Float64:
      out += c.compact ? jlrt::formatFloat64Compact(v.asFloat64()) : jlrt::formatFloat64(v.asFloat64());
      return true;
    case Tag::Float32:
      if (c.compact) {
        out += jlrt::formatFloat64Compact(static_cast<double>(v.asFloat32()));
      } else if (sameType(c.typeinfo, in.types().Float32)) {
        out += jlrt::formatFloat32Print(v.asFloat32());
      } else {
        out += jlrt::formatFloat32(v.asFloat32());
      }
      return true;
    case Tag::Char: out += showCharText(v.charBits()); return true;
    case Tag::Symbol: out += syntax::showSymbol(v.asSymbol()); return true;
    case Tag::Object: break;
    default: out += showNumber(v); return true;
  }
  switch (v.obj()->kind()) {
    case ObjKind::String: out += syntax::quoteString(str(v)); return true;
    case ObjKind::Type: out += typeStr(in, v); return true;
    case ObjKind::Module: out += v.as<ModuleObj>().fullName(); return true;
    default: return false;
  }
}

// show(io, v) into a string through the generic function (user methods honoured).
std::string showStr(Interp& in, const Value& v) {
  std::string out;
  if (showFast(in, out, v)) return out;
  Value buf = newBuffer();
  in.show(buf.asMut<IOObj>(), v);
  return buf.as<IOObj>().buffer;
}

void showElem(Interp& in, std::string& out, const Value& v) { out += showStr(in, v); }

// ---------------------------------------------------------------------------------------
// Containers.
// typeinfo_prefix for arrays: returns the prefix text and whether the eltype is implicit.
std::pair<std::string, bool> typeinfoPrefix(Interp& in, const Value& et, bool empty, const Value& xType) {
  Value ctxEt;
  const Value& ti = cur().typeinfo;
  if (!ti.isNothing() && isType(ti) && in.types().isSubtype(xType, ti)) ctxEt = typeinfoEltype(in, ti);
  if (!ctxEt.isNothing() && sameType(ctxEt, et)) return {"", false};
  if (!ctxEt.isNothing() && in.types().isSubtype(et, ctxEt) && in.types().isSubtype(ctxEt, et)) return {"", false};
  if (!empty && typeinfoImplicit(in, et)) return {"", true};
  return {typeStr(in, et), false};
}

void showVectorElems(Interp& in, std::string& out, const std::vector<Value>& xs, const Value& et, bool implicit) {
  std::optional<CtxScope> scope;
  if (!implicit) scope.emplace(et, cur().compact);
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) out += ", ";
    if (xs[i].isObject(ObjKind::Box)) { out += "#undef"; continue; }
    showElem(in, out, xs[i]);
  }
}

void showArray(Interp& in, std::string& out, const Value& v) {
  const ArrayObj& a = v.as<ArrayObj>();
  Value et = arrayEltype(in, a);
  const auto& xs = a.elems();
  auto [prefix, implicit] = typeinfoPrefix(in, et, xs.empty(), a.type);
  if (a.dims.size() == 2) {
    int64_t rows = a.dims[0], cols = a.dims[1];
    if (rows == 0 || cols == 0) {
      out += std::to_string(rows) + "×" + std::to_string(cols) + " " + typeStr(in, a.type);
      return;
    }
    out += prefix;
    out += '[';
    std::optional<CtxScope> scope;
    if (!implicit) scope.emplace(et, cur().compact);
    for (int64_t r = 0; r < rows; ++r) {
      if (r) out += "; ";
      for (int64_t c = 0; c < cols; ++c) {
        if (c) out += ' ';
        size_t k = static_cast<size_t>(c * rows + r);
        if (k < xs.size()) showElem(in, out, xs[k]);
      }
    }
    out += ']';
    return;
  }
  if (a.dims.size() > 2) {
    // reshape(prefix[...], dims)
    out += "reshape(" + prefix + "[";
    showVectorElems(in, out, xs, et, implicit);
    out += "], ";
    for (size_t d = 0; d < a.dims.size(); ++d) out += (d ? ", " : "") + std::to_string(a.dims[d]);
    out += ")";
    return;
  }
  out += prefix;
  out += '[';
  showVectorElems(in, out, xs, et, implicit);
  out += ']';
}

void showTuple(Interp& in, std::string& out, const std::vector<Value>& xs) {
  CtxScope scope(Value(), cur().compact);
  out += '(';
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) out += ", ";
    showElem(in, out, xs[i]);
  }
  if (xs.size() == 1) out += ',';
  out += ')';
}

void showNamedTuple(Interp& in, std::string& out, const NamedTupleObj& nt) {
  if (nt.names.empty()) {
    out += "NamedTuple()";
    return;
  }
  CtxScope scope(Value(), cur().compact);
  out += '(';
  for (size_t i = 0; i < nt.names.size(); ++i) {
    if (i) out += ", ";
    const std::string& n = nt.names[i].str();
    if (syntax::isIdentifierSymbol(nt.names[i])) out += n;
    else out += "var" + syntax::quoteString(n);
    out += " = ";
    showElem(in, out, nt.values[i]);
  }
  if (nt.names.size() == 1) out += ',';
  out += ')';
}

void showPair(Interp& in, std::string& out, const Value& first, const Value& second) {
  bool paren = isStructNamed(first, "Pair");
  if (paren) out += '(';
  showElem(in, out, first);
  if (paren) out += ')';
  out += " => ";
  showElem(in, out, second);
}

void showDict(Interp& in, std::string& out, const Value& v) {
  const DictObj& d = v.as<DictObj>();
  const DataTypeObj* dt = dtOf(in, d.type);
  Value K = dt && dt->params.size() == 2 ? dt->params[0] : in.types().Any;
  Value V = dt && dt->params.size() == 2 ? dt->params[1] : in.types().Any;
  std::string name = dt && dt->tname ? dt->tname->name.str() : "Dict";
  if (sameType(cur().typeinfo, d.type)) out += name;
  else if (!d.entries.empty() && typeinfoImplicit(in, K) && typeinfoImplicit(in, V)) out += name;
  else out += typeStr(in, d.type);
  out += '(';
  bool first = true;
  for (const auto& [k, val] : d.entries) {
    if (!first) out += ", ";
    first = false;
    {
      CtxScope s(K, cur().compact);
      showElem(in, out, k);
    }
    out += " => ";
    CtxScope s(V, cur().compact);
    showElem(in, out, val);
  }
  out += ')';
}

void showSet(Interp& in, std::string& out, const Value& v) {
  const SetObj& s = v.as<SetObj>();
  if (s.items.empty()) {
    if (sameType(cur().typeinfo, s.type)) out += "Set()";
    else out += typeStr(in, s.type) + "()";
    return;
  }
  const DataTypeObj* dt = dtOf(in, s.type);
  Value et = dt && !dt->params.empty() ? dt->params[0] : in.types().Any;
  out += "Set(";
  auto [prefix, implicit] = typeinfoPrefix(in, et, false, s.type);
  out += prefix + "[";
  showVectorElems(in, out, s.items, et, implicit);
  out += "])";
}

bool isExportedOrVisible(Interp& in, const FunctionObj& f) {
  ModuleObj* m = f.module;
  if (!m || m == in.main || m == in.base || m == in.core) return true;
  return false;
}

void showFunction(Interp& in, std::string& out, const FunctionObj& f) {
  std::string name = f.name.str();
  if (name.empty() || name[0] == '#') {
    out += name.empty() ? "#anonymous" : name;
    return;
  }
  if (!isExportedOrVisible(in, f)) {
    out += f.module->fullName();
    out += '.';
    if (!syntax::isIdentifierSymbol(f.name)) {
      if (syntax::isOperatorSymbol(f.name)) { out += ':'; out += name; }
      else out += "var" + syntax::quoteString(name);
    } else {
      out += name;
    }
    return;
  }
  if (syntax::isIdentifierSymbol(f.name) || syntax::isOperatorSymbol(f.name)) out += name;
  else out += "var" + syntax::quoteString(name);
}

void showStruct(Interp& in, std::string& out, const Value& v) {
  const StructObj& s = v.as<StructObj>();
  const DataTypeObj& dt = s.type.as<DataTypeObj>();
  std::string tn = dt.tname ? dt.tname->name.str() : "";
  if (tn == "Pair" && s.fields.size() == 2) {
    showPair(in, out, s.fields[0], s.fields[1]);
    return;
  }
  if ((tn == "UnitRange" && s.fields.size() == 2) || (tn == "StepRange" && s.fields.size() == 3)) {
    CtxScope scope(Value(), false);
    showElem(in, out, s.fields[0]);
    out += ':';
    showElem(in, out, s.fields[1]);
    if (s.fields.size() == 3) {
      out += ':';
      showElem(in, out, s.fields[2]);
    }
    return;
  }
  if (tn == "SubstitutionString" && s.fields.size() == 1 && isStr(s.fields[0])) {
    out += "s" + syntax::quoteString(str(s.fields[0]));
    return;
  }
  out += typeStr(in, s.type);
  out += '(';
  CtxScope scope(Value(), cur().compact);
  for (size_t i = 0; i < s.fields.size(); ++i) {
    if (i) out += ", ";
    if (s.fields[i].isObject(ObjKind::Box) && !s.fields[i].as<BoxObj>().defined) { out += "#undef"; continue; }
    showElem(in, out, s.fields[i]);
  }
  out += ')';
}

void showRegexMatch(Interp& in, std::string& out, const Value& v) {
  Value m;
  std::vector<std::pair<std::string, Value>> caps;
  regexMatchParts(v, m, caps);
  out += "RegexMatch(";
  showElem(in, out, m);
  for (auto& [k, c] : caps) {
    out += ", " + k + "=";
    showElem(in, out, c);
  }
  out += ')';
}

// The native fallback of show(io, x) for every value, into a string.
void showValue(Interp& in, std::string& out, const Value& v) {
  if (showFast(in, out, v)) return;
  switch (v.obj()->kind()) {
    case ObjKind::Expr:
    case ObjKind::QuoteNode:
    case ObjKind::LineNumberNode:
    case ObjKind::GlobalRef: syntax::show(out, v); return;
    case ObjKind::Array: showArray(in, out, v); return;
    case ObjKind::Tuple: showTuple(in, out, v.as<TupleObj>().elems); return;
    case ObjKind::NamedTuple: showNamedTuple(in, out, v.as<NamedTupleObj>()); return;
    case ObjKind::Struct: showStruct(in, out, v); return;
    case ObjKind::Function: showFunction(in, out, v.as<FunctionObj>()); return;
    case ObjKind::Dict: showDict(in, out, v); return;
    case ObjKind::Set: showSet(in, out, v); return;
    case ObjKind::Regex: out += showRegexText(v); return;
    case ObjKind::RegexMatch: showRegexMatch(in, out, v); return;
    case ObjKind::Cmd: out += showCmdText(v); return;
    case ObjKind::Box: {
      auto& b = v.as<BoxObj>();
      out += "Core.Box(";
      if (b.defined) showElem(in, out, b.value);
      else out += "#undef";
      out += ')';
      return;
    }
    default: break;
  }
  if (IOObj* io = asIO(v)) {
    switch (io->sink) {
      case IOObj::Sink::Stdout: out += "IOStream(<stdout>)"; return;
      case IOObj::Sink::Stderr: out += "IOStream(<stderr>)"; return;
      case IOObj::Sink::Buffer: out += "IOBuffer(data=UInt8[...], readable=true, writable=true, seekable=true, append=false, size=" +
                                       std::to_string(io->buffer.size()) + ", maxsize=Inf, ptr=" +
                                       std::to_string(io->readPos + 1) + ", mark=-1)"; return;
    }
  }
  out += "<" + typeOfStr(in, v) + ">";
}

// print(io, x) without the generic function, for the kinds print handles itself; false
// when x must go through show.
bool printFast(std::string& out, const Value& v) {
  switch (v.tag()) {
    case Tag::Symbol: out += v.asSymbol().str(); return true;
    case Tag::Char: out += charString(v.charBits()); return true;
    case Tag::Nothing: out += "nothing"; return true;
    case Tag::Object: break;
    default: out += printNumber(v); return true;
  }
  switch (v.obj()->kind()) {
    case ObjKind::String: out += str(v); return true;
    case ObjKind::Expr:
    case ObjKind::QuoteNode:
    case ObjKind::LineNumberNode:
    case ObjKind::GlobalRef: syntax::print(out, v); return true;
    default: return false;
  }
}

void printTo(Interp& in, IOObj& io, const Value& v) {
  std::string s;
  if (printFast(s, v)) io.write(s);
  else in.print(io, v);
}

// ---------------------------------------------------------------------------------------
// display (text/plain).
// Which of Julia's `alignment(io, x)` methods applies to an array element.
jlrt::Align alignKind(const Value& v) {
  if (v.isObject(ObjKind::Box)) return jlrt::Align::Undef;
  if (v.isBool() || v.isInteger()) return jlrt::Align::Integer;
  if (v.isFloat()) return jlrt::Align::Float;
  return jlrt::Align::Other;
}

std::string arraySummary(Interp& in, const ArrayObj& a) {
  std::string s;
  if (a.dims.size() == 1) s = std::to_string(a.length()) + "-element ";
  else {
    for (size_t d = 0; d < a.dims.size(); ++d) s += (d ? "×" : "") + std::to_string(a.dims[d]);
    s += ' ';
  }
  return s + typeStr(in, a.type);
}

void displayArray(Interp& in, std::string& out, const Value& v) {
  const ArrayObj& a = v.as<ArrayObj>();
  out += arraySummary(in, a);
  const auto& xs = a.elems();
  if (xs.empty()) return;
  if (a.dims.size() > 2) {
    out += ":\n";
    std::string body;
    showArray(in, body, v);
    out += body;
    return;
  }
  out += ":\n";
  int64_t rows = a.dims.size() == 2 ? a.dims[0] : a.length();
  int64_t cols = a.dims.size() == 2 ? a.dims[1] : 1;
  Value et = arrayEltype(in, a);
  CtxScope scope(a.type, cols > 1);
  std::vector<std::string> text(xs.size());
  std::vector<jlrt::Align> kind(xs.size());
  {
    CtxScope elemScope(et, cols > 1);
    for (size_t k = 0; k < xs.size(); ++k) {
      kind[k] = alignKind(xs[k]);
      text[k] = kind[k] == jlrt::Align::Undef ? "#undef" : showStr(in, xs[k]);
    }
  }
  out += jlrt::layout_matrix(text, kind, rows, cols);
}

void displayValue(Interp& in, std::string& out, const Value& v) {
  if (v.isObject(ObjKind::Array)) {
    displayArray(in, out, v);
    return;
  }
  if (v.isObject(ObjKind::Function)) {
    const FunctionObj& f = v.as<FunctionObj>();
    // Methods visible in the current world (a generator, or a compiled statement's world).
    size_t n = 0;
    for (auto& mp : f.methods)
      if (mp && mp->world <= in.impl().worldLimit) ++n;
    std::string name = f.name.str();
    if (!isExportedOrVisible(in, f)) {
      std::string s;
      showFunction(in, s, f);
      name = s;
    }
    out += name + " (" + (f.isMacro() ? "macro" : "generic function") + " with " + std::to_string(n) +
           (n == 1 ? " method)" : " methods)");
    return;
  }
  if (v.isObject(ObjKind::Dict)) {
    const DictObj& d = v.as<DictObj>();
    if (d.entries.empty()) {
      out += typeStr(in, d.type) + "()";
      return;
    }
    size_t n = d.entries.size();
    out += typeStr(in, d.type) + " with " + std::to_string(n) + (n == 1 ? " entry:" : " entries:");
    const DataTypeObj* dt = dtOf(in, d.type);
    Value K = dt && dt->params.size() == 2 ? dt->params[0] : in.types().Any;
    Value V = dt && dt->params.size() == 2 ? dt->params[1] : in.types().Any;
    for (const auto& [k, val] : d.entries) {
      out += "\n  ";
      {
        CtxScope s(K, true);
        out += showStr(in, k);
      }
      out += " => ";
      CtxScope s(V, true);
      out += showStr(in, val);
    }
    return;
  }
  if (v.isObject(ObjKind::Set)) {
    const SetObj& s = v.as<SetObj>();
    if (s.items.empty()) {
      out += typeStr(in, s.type) + "()";
      return;
    }
    size_t n = s.items.size();
    out += typeStr(in, s.type) + " with " + std::to_string(n) + (n == 1 ? " element:" : " elements:");
    const DataTypeObj* dt = dtOf(in, s.type);
    Value et = dt && !dt->params.empty() ? dt->params[0] : in.types().Any;
    CtxScope sc(et, true);
    for (const Value& x : s.items) out += "\n  " + showStr(in, x);
    return;
  }
  out += showStr(in, v);
}

// ---------------------------------------------------------------------------------------
// dump.
std::string reindent(const std::string& text, const std::string& indent) {
  std::string out;
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += indent;
  }
  return out;
}

void dumpValue(Interp& in, std::string& out, const Value& v, int n, const std::string& indent) {
  TypeSystem& T = in.types();
  if (!v.isObject() || v.isObject(ObjKind::String) || v.isExpr() || v.isObject(ObjKind::QuoteNode) ||
      v.isObject(ObjKind::LineNumberNode)) {
    std::string s;
    syntax::dump(s, v, n, true);
    if (!s.empty() && s.back() == '\n') s.pop_back();
    out += reindent(s, indent);
    return;
  }
  auto field = [&](const std::string& name) { out += '\n' + indent + "  " + name + ": "; };
  switch (v.obj()->kind()) {
    case ObjKind::Struct: {
      const StructObj& s = v.as<StructObj>();
      out += typeStr(in, s.type);
      if (n <= 0) return;
      std::vector<jl::Symbol> names = T.fieldNames(s.type);
      for (size_t i = 0; i < s.fields.size(); ++i) {
        field(i < names.size() ? names[i].str() : std::to_string(i + 1));
        if (s.fields[i].isObject(ObjKind::Box) && !s.fields[i].as<BoxObj>().defined) out += "#undef";
        else dumpValue(in, out, s.fields[i], n - 1, indent + "  ");
      }
      return;
    }
    case ObjKind::Tuple: {
      auto& xs = v.as<TupleObj>().elems;
      out += typeOfStr(in, v);
      if (n <= 0) return;
      for (size_t i = 0; i < xs.size(); ++i) {
        field(std::to_string(i + 1));
        dumpValue(in, out, xs[i], n - 1, indent + "  ");
      }
      return;
    }
    case ObjKind::NamedTuple: {
      auto& nt = v.as<NamedTupleObj>();
      out += typeOfStr(in, v);
      if (n <= 0) return;
      for (size_t i = 0; i < nt.names.size(); ++i) {
        field(nt.names[i].str());
        dumpValue(in, out, nt.values[i], n - 1, indent + "  ");
      }
      return;
    }
    case ObjKind::Array: {
      const ArrayObj& a = v.as<ArrayObj>();
      Value et = arrayEltype(in, a);
      out += "Array{" + typeStr(in, et) + "}((";
      for (size_t d = 0; d < a.dims.size(); ++d) out += (d ? ", " : "") + std::to_string(a.dims[d]);
      out += a.dims.size() == 1 ? ",))" : "))";
      if (T.isSubtype(et, T.Number)) {
        out += ' ';
        out += showStr(in, v);
        return;
      }
      const auto& xs = a.elems();
      if (n > 0 && !xs.empty()) {
        out += '\n';
        for (size_t i = 0; i < xs.size(); ++i) {
          out += indent + "  " + std::to_string(i + 1) + ": ";
          dumpValue(in, out, xs[i], n - 1, indent + "  ");
          if (i + 1 < xs.size()) out += '\n';
        }
      }
      return;
    }
    case ObjKind::Function: {
      std::string s;
      showFunction(in, s, v.as<FunctionObj>());
      out += s + " (function of type " + typeOfStr(in, v) + ")";
      return;
    }
    case ObjKind::Module: out += "Module " + v.as<ModuleObj>().fullName(); return;
    case ObjKind::Type: {
      if (isType(v, TypeKind::DataType)) {
        const DataTypeObj& d = v.as<DataTypeObj>();
        bool isStruct = d.tname && !d.tname->isAbstract && !d.tname->isPrimitive && !d.fieldTypes.empty();
        std::string sup = d.super.isNothing() ? "Any" : typeStr(in, d.super);
        if (isStruct) {
          out += std::string(d.tname->isMutable ? "mutable struct " : "struct ") + typeStr(in, v) + " <: " + sup;
          std::vector<jl::Symbol> names = T.fieldNames(v);
          for (size_t i = 0; i < d.fieldTypes.size() && i < names.size(); ++i)
            out += '\n' + indent + "  " + names[i].str() + "::" + typeStr(in, d.fieldTypes[i]);
        } else {
          out += (d.tname && d.tname->isAbstract ? "abstract type " : "") + typeStr(in, v) + " <: " + sup;
        }
        return;
      }
      out += typeStr(in, v);
      return;
    }
    default: break;
  }
  out += typeOfStr(in, v) + " " + showStr(in, v);
}

// ---------------------------------------------------------------------------------------
// The ObjectPrinter used by syntax printing for interpreter objects inside Exprs.
class InterpPrinter final : public syntax::ObjectPrinter {
 public:
  explicit InterpPrinter(Interp& in) : in_(in) {}
  void show(std::string& out, const Value& v) const override { out += showStr(in_, v); }
  std::string typeName(const Value& v) const override { return typeOfStr(in_, v); }
  bool dump(std::string& out, const Value& v, int indent) const override {
    dumpValue(in_, out, v, 8, std::string(static_cast<size_t>(indent), ' '));
    return true;
  }
  bool globalRef(const Value& v, std::string& module, Symbol& name) const override {
    if (!v.isObject(ObjKind::GlobalRef)) return false;
    auto& g = v.as<GlobalRefObj>();
    module = g.mod ? g.mod->fullName() : "Main";
    name = g.name;
    return true;
  }

 private:
  Interp& in_;
};

// ---------------------------------------------------------------------------------------
// Natives.
Value showNative(Interp& in, Args a) {
  IOObj& io = ioArg(in, a[0], "show");
  std::string out;
  showValue(in, out, a[1]);
  io.write(out);
  return Value();
}

Value printNative(Interp& in, Args a) {
  IOObj& io = ioArg(in, a[0], "print");
  std::string s;
  if (printFast(s, a[1])) io.write(s);
  else in.show(io, a[1]);  // print falls back to the generic show (user methods honoured)
  return Value();
}

Value printVarargs(Interp& in, Args a) {
  IOObj& io = ioArg(in, a[0], "print");
  for (size_t i = 1; i < a.size(); ++i) printTo(in, io, a[i]);
  return Value();
}

Value printlnIO(Interp& in, Args a) {
  IOObj& io = ioArg(in, a[0], "println");
  for (size_t i = 1; i < a.size(); ++i) printTo(in, io, a[i]);
  io.write("\n");
  return Value();
}

Value printStdout(Interp& in, Args a) {
  for (const Value& v : a) printTo(in, *in.out, v);
  return Value();
}

Value printlnStdout(Interp& in, Args a) {
  for (const Value& v : a) printTo(in, *in.out, v);
  in.out->write("\n");
  return Value();
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Interp's printing entry points.
void Interp::show(IOObj& io, const Value& v) {
  Value args[2] = {ioValue(io), v};
  callBase("show", args);
}

void Interp::print(IOObj& io, const Value& v) {
  Value args[2] = {ioValue(io), v};
  callBase("print", args);
}

std::string Interp::repr(const Value& v) {
  std::string out;
  if (showFast(*this, out, v)) return out;
  Value buf = newBuffer();
  show(buf.asMut<IOObj>(), v);
  return buf.as<IOObj>().buffer;
}

std::string Interp::toString(const Value& v) {
  std::string out;
  if (printFast(out, v)) return out;
  Value buf = newBuffer();
  print(buf.asMut<IOObj>(), v);
  return buf.as<IOObj>().buffer;
}

std::string bu::showCharText(uint32_t bits) {
  std::string out;
  jlrt::text::showChar(out, bits);
  return out;
}

void registerShowBuiltins(Interp& in) {
  static InterpPrinter* printer = nullptr;
  delete printer;
  printer = new InterpPrinter(in);
  syntax::setObjectPrinter(printer);
  in.types().setMainModule(in.main);

  TypeSystem& T = in.types();
  Value IO = T.IO, A = T.Any;
  in.defNative(in.base, "show", {IO, A}, showNative);
  in.defNative(in.base, "show", {A}, +[](Interp& in, Args a) {
    in.show(*in.out, a[0]);
    return Value();
  });
  in.defNative(in.base, "print", {IO, A}, printNative);
  in.defNative(in.base, "print", {IO, A, A}, printVarargs, true);
  in.defNative(in.base, "print", {A}, printStdout, true);
  in.defNative(in.base, "println", {IO, A}, printlnIO, true);
  in.defNative(in.base, "println", {A}, printlnStdout, true);
  in.defNative(in.base, "repr", {A}, +[](Interp& in, Args a) { return in.makeString(in.repr(a[0])); });
  in.defNative(in.base, "_display", {IO, A}, +[](Interp& in, Args a) -> Value {
    IOObj& io = ioArg(in, a[0], "display");
    std::string out;
    displayValue(in, out, a[1]);
    io.write(out);
    return Value();
  });
  in.defNative(in.base, "display", {A}, +[](Interp& in, Args a) -> Value {
    std::string out;
    displayValue(in, out, a[0]);
    out += '\n';
    in.out->write(out);
    return Value();
  });
  in.defNative(in.base, "summary", {A}, +[](Interp& in, Args a) -> Value {
    if (a[0].isObject(ObjKind::Array)) return in.makeString(arraySummary(in, a[0].as<ArrayObj>()));
    if (a[0].isObject(ObjKind::Dict)) {
      size_t n = a[0].as<DictObj>().entries.size();
      return in.makeString(typeOfStr(in, a[0]) + " with " + std::to_string(n) + (n == 1 ? " entry" : " entries"));
    }
    return in.makeString(typeOfStr(in, a[0]));
  });
  in.defNative(in.base, "sprint", {A}, +[](Interp& in, Args a) -> Value {
    Value buf = newBuffer();
    std::vector<Value> args{buf};
    args.insert(args.end(), a.begin() + 1, a.end());
    in.call(a[0], args);
    return in.makeString(buf.as<IOObj>().buffer);
  }, true);
  in.defNative(in.base, "flush", {IO}, +[](Interp& in, Args a) -> Value {
    IOObj& io = ioArg(in, a[0], "flush");
    if (io.sink == IOObj::Sink::Stdout) std::fflush(stdout);
    if (io.sink == IOObj::Sink::Stderr) std::fflush(stderr);
    return Value();
  });
  ModuleObj* iobm = in.base->find(jl::Symbol("IOBuffer")) ? in.base : in.core;
  in.defNative(iobm, "IOBuffer", {}, +[](Interp&, Args) { return newBuffer(); });
  in.defNative(iobm, "IOBuffer", {T.AbstractString}, +[](Interp&, Args a) -> Value {
    Value buf = newBuffer();
    const Value& s = isStr(a[0]) ? a[0] : a[1];
    buf.asMut<IOObj>().buffer = str(s);
    return buf;
  });
  in.defNative(in.base, "take!", {IO}, +[](Interp& in, Args a) -> Value {
    IOObj& io = ioArg(in, a[0], "take!");
    std::vector<Value> bytes;
    bytes.reserve(io.buffer.size());
    for (char c : io.buffer) bytes.push_back(Value::uint8(static_cast<uint8_t>(c)));
    io.buffer.clear();
    io.readPos = 0;
    return in.makeVector(in.types().UInt8, std::move(bytes));
  });
  in.defNative(in.base, "_read_string", {IO}, +[](Interp& in, Args a) -> Value {
    IOObj& io = ioArg(in, a[0], "read");
    std::string s = io.readPos < io.buffer.size() ? io.buffer.substr(io.readPos) : "";
    io.readPos = io.buffer.size();
    return in.makeString(s);
  });
  in.defNative(in.base, "write", {IO, A}, +[](Interp& in, Args a) -> Value {
    IOObj& io = ioArg(in, a[0], "write");
    const Value& v = a[1];
    std::string bytes;
    if (isStr(v)) bytes = str(v);
    else if (isChar(v)) bytes = charString(v.charBits());
    else if (v.tag() == Tag::UInt8 || v.tag() == Tag::Int8) bytes.push_back(static_cast<char>(v.asUInt64()));
    else if (v.isObject(ObjKind::Array)) {
      for (const Value& b : v.as<ArrayObj>().elems()) {
        if (b.tag() != Tag::UInt8) in.methodError(in.baseValue("write"), a);
        bytes.push_back(static_cast<char>(b.asUInt64()));
      }
    } else if (v.isInteger() || v.isFloat()) {
      int nb = bitsOf(v.tag()) / 8;
      uint128 raw = v.isFloat() ? 0 : static_cast<uint128>(toI128(v));
      if (v.tag() == Tag::Float64) { uint64_t u; double d = v.asFloat64(); std::memcpy(&u, &d, 8); raw = u; }
      if (v.tag() == Tag::Float32) { uint32_t u; float f = v.asFloat32(); std::memcpy(&u, &f, 4); raw = u; }
      if (v.tag() == Tag::UInt128) raw = v.asUInt128();
      for (int k = 0; k < nb; ++k) bytes.push_back(static_cast<char>((raw >> (8 * k)) & 0xFF));
    } else {
      in.methodError(in.baseValue("write"), a);
    }
    io.write(bytes);
    return Value::int64(static_cast<int64_t>(bytes.size()));
  });
  in.defNative(in.base, "get", {IO, A, A}, +[](Interp&, Args a) { return a[2]; });
  in.defNative(in.base, "IOContext", {IO, A}, +[](Interp&, Args a) { return a[0]; }, true);
  in.defNative(in.base, "_dump", {IO, A, T.Integer}, +[](Interp& in, Args a) -> Value {
    IOObj& io = ioArg(in, a[0], "dump");
    std::string out;
    dumpValue(in, out, a[1], static_cast<int>(toI128(a[2])), "");
    out += '\n';
    io.write(out);
    return Value();
  });
  in.defNative(in.base, "dump", {A}, +[](Interp& in, Args a) -> Value {
    std::string out;
    dumpValue(in, out, a[0], 8, "");
    out += '\n';
    in.out->write(out);
    return Value();
  });
  if (in.meta) {
    in.defNative(in.meta, "show_sexpr", {A}, +[](Interp& in, Args a) -> Value {
      std::string out;
      syntax::showSexpr(out, a[0]);
      in.out->write(out);
      return Value();
    });
    in.defNative(in.meta, "show_sexpr", {IO, A}, +[](Interp& in, Args a) -> Value {
      std::string out;
      syntax::showSexpr(out, a[1]);
      ioArg(in, a[0], "show_sexpr").write(out);
      return Value();
    });
  }
}

}  // namespace jl::interp
