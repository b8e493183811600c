// Code generation support: C++ identifiers from Julia names, C++ string literals, the
// classification of Julia types and their C++ spelling, and constants.
#include <cmath>
#include <cstdio>

#include "codegen/emitter.hpp"
#include "core/format.hpp"
#include "interp/types.hpp"
#include "syntax/print.hpp"

namespace jl::codegen {

namespace {

const std::set<std::string>& cppKeywords() {
  static const std::set<std::string> k = {
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
      "char", "char16_t", "char32_t", "class", "compl", "const", "constexpr", "const_cast", "continue",
      "decltype", "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export",
      "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable",
      "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private",
      "protected", "public", "register", "reinterpret_cast", "return", "short", "signed", "sizeof", "static",
      "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw", "true",
      "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void", "volatile",
      "wchar_t", "while", "xor", "xor_eq", "main", "jlrt", "std", "errno", "assert", "NULL", "EOF",
      "stdin", "stdout", "stderr", "abort", "exit", "printf", "puts", "jl_program_main", "jl_show", "show",
      "print", "println", "display", "string", "repr", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t",
      "uint16_t", "uint32_t", "uint64_t", "size_t"};
  return k;
}

size_t decodeUtf8(std::string_view s, size_t i, uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { cp = c; return 1; }
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  return n;
}

std::string hex(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04x", v);
  return buf;
}

}  // namespace

std::string sanitizeName(std::string_view julia) {
  std::string s(julia);
  // Gensyms: `#3#t0` -> `t0_3`, `#self#` -> `self`, `#f#12` -> `f_12`.
  if (!s.empty() && s[0] == '#') {
    std::vector<std::string> parts;
    std::string cur;
    for (char c : s.substr(1)) {
      if (c == '#') { parts.push_back(cur); cur.clear(); } else cur.push_back(c);
    }
    parts.push_back(cur);
    std::vector<std::string> words, nums;
    for (auto& p : parts) {
      if (p.empty()) continue;
      bool digits = p.find_first_not_of("0123456789") == std::string::npos;
      (digits ? nums : words).push_back(p);
    }
    s.clear();
    for (auto& w : words) s += (s.empty() ? "" : "_") + w;
    if (s.empty()) s = "g";
    for (auto& n : nums) s += "_" + n;
  }
  std::string out;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t n = decodeUtf8(s, i, cp);
    if (n == 0) { cp = static_cast<unsigned char>(s[i]); n = 1; }
    i += n;
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      out.push_back(static_cast<char>(cp));
    } else if (cp == '_') {
      out.push_back('_');
    } else if (cp == '!') {
      out += "_b";
    } else if (cp < 0x80) {
      out.push_back('_');
    } else {
      out += "u" + hex(cp);
    }
  }
  // No double underscores, no leading/trailing underscore runs that make reserved names.
  std::string clean;
  for (char c : out) {
    if (c == '_' && !clean.empty() && clean.back() == '_') continue;
    clean.push_back(c);
  }
  while (!clean.empty() && clean[0] == '_') clean.erase(0, 1);
  while (!clean.empty() && clean.back() == '_') clean.pop_back();
  if (clean.empty()) clean = "v";
  if (clean[0] >= '0' && clean[0] <= '9') clean = "v" + clean;
  if (cppKeywords().count(clean)) clean += "_";
  return clean;
}

std::string cppStringLiteral(std::string_view bytes) {
  std::string out = "\"";
  for (size_t i = 0; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    uint32_t cp;
    size_t n = c >= 0x80 ? decodeUtf8(bytes, i, cp) : 1;
    if (c >= 0x80 && n > 1) {  // well-formed UTF-8 stays as is
      out.append(bytes.substr(i, n));
      i += n;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '?': out += "?"; break;
      default:
        if (c < 0x20 || c >= 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
    ++i;
  }
  return out + "\"";
}

std::string NameTable::fresh(const std::string& base) {
  std::string name = base;
  for (int k = 2; used_.count(name); ++k) name = base + "_" + std::to_string(k);
  used_.insert(name);
  return name;
}

// ---------------------------------------------------------------------------------------
// Types.
namespace {
const interp::DataTypeObj* asDT(const ir::TypeRef& t) {
  if (!interp::isType(t, interp::TypeKind::DataType)) return nullptr;
  return &t.as<interp::DataTypeObj>();
}
std::string tnameOf(const interp::DataTypeObj& d) { return d.tname ? d.tname->name.str() : ""; }
bool inCoreOrBase(const interp::DataTypeObj& d) {
  if (!d.tname || !d.tname->module) return false;
  const std::string& m = d.tname->module->name.str();
  return m == "Core" || m == "Base";
}
bool derivesFromException(const interp::DataTypeObj& d) {
  const interp::DataTypeObj* cur = &d;
  for (int depth = 0; cur && depth < 64; ++depth) {
    if (tnameOf(*cur) == "Exception") return true;
    cur = asDT(cur->super);
  }
  return false;
}
}  // namespace

std::string typeNameOf(const ir::TypeRef& t) {
  const interp::DataTypeObj* d = asDT(t);
  return d ? tnameOf(*d) : "";
}

const StructInfo* Emitter::structOf(const ir::TypeRef& t) {
  if (!t.isObject()) return nullptr;
  auto it = structs.find(t.obj());
  return it == structs.end() ? nullptr : &it->second;
}

bool Emitter::isBaseException(const ir::TypeRef& t) {
  const interp::DataTypeObj* d = asDT(t);
  return d && inCoreOrBase(*d) && derivesFromException(*d);
}

ir::TypeRef Emitter::optionalElem(const ir::TypeRef& t) {
  if (!interp::isType(t, interp::TypeKind::Union)) return ir::TypeRef();
  const auto& ms = t.as<interp::UnionObj>().members;
  if (ms.size() != 2) return ir::TypeRef();
  for (int i = 0; i < 2; ++i) {
    const interp::DataTypeObj* d = asDT(ms[i]);
    if (d && inCoreOrBase(*d) && tnameOf(*d) == "Nothing" && asDT(ms[1 - i])) return ms[1 - i];
  }
  return ir::TypeRef();
}

TypeClass Emitter::classify(const ir::TypeRef& t) {
  if (interp::isType(t, interp::TypeKind::Union) && t.as<interp::UnionObj>().members.empty()) return TypeClass::Bottom;
  if (ir::TypeRef e = optionalElem(t); !e.isNothing()) {
    TypeClass ec = classify(e);
    return ec == TypeClass::Unsupported || ec == TypeClass::Nothing ? TypeClass::Unsupported : TypeClass::Optional;
  }
  const interp::DataTypeObj* d = asDT(t);
  if (!d) return TypeClass::Unsupported;
  std::string n = tnameOf(*d);
  if (inCoreOrBase(*d) && (n == "Regex" || n == "RegexMatch")) {
    usesRegex = true;
    return n == "Regex" ? TypeClass::Regex : TypeClass::RegexMatch;
  }
  if (inCoreOrBase(*d) && n == "Cmd") return TypeClass::Cmd;
  if (structOf(t)) return structOf(t)->def->isMutable ? TypeClass::MutableStruct : TypeClass::Struct;
  if (inCoreOrBase(*d)) {
    if (n == "Nothing") return TypeClass::Nothing;
    if (n == "Bool") return TypeClass::Bool;
    if (n == "Int8" || n == "Int16" || n == "Int32" || n == "Int64" || n == "UInt8" || n == "UInt16" ||
        n == "UInt32" || n == "UInt64")
      return TypeClass::Int;
    if (n == "Float32" || n == "Float64") return TypeClass::Float;
    if (n == "Char") return TypeClass::Char;
    if (n == "String") return TypeClass::String;
    if (n == "Symbol") return TypeClass::Symbol;
    if (n == "Tuple") return TypeClass::Tuple;
    if (n == "Array" && d->params.size() == 2 && d->params[1].tag() == Tag::Int64 && d->params[1].asInt64() == 1)
      return TypeClass::Vector;
    if (n == "Array" && d->params.size() == 2 && d->params[1].tag() == Tag::Int64 && d->params[1].asInt64() >= 2)
      return TypeClass::Array;
    if (n == "Dict" && d->params.size() == 2) return TypeClass::Dict;
    if (n == "Type" || n == "DataType" || n == "UnionAll" || n == "Union") return TypeClass::TypeValue;
    if (n == "Expr" || n == "QuoteNode" || n == "LineNumberNode" || n == "GlobalRef") return TypeClass::Printed;
    if (derivesFromException(*d)) return TypeClass::Exception;
  }
  if (!n.empty() && n[0] == '#') return TypeClass::Function;
  return TypeClass::Unsupported;
}

std::vector<ir::TypeRef> Emitter::tupleElems(const ir::TypeRef& t) {
  const interp::DataTypeObj* d = asDT(t);
  if (!d) return {};
  return d->params;
}

ir::TypeRef Emitter::vectorElem(const ir::TypeRef& t) {
  const interp::DataTypeObj* d = asDT(t);
  return d && !d->params.empty() ? d->params[0] : ir::TypeRef();
}

int Emitter::arrayRank(const ir::TypeRef& t) {
  const interp::DataTypeObj* d = asDT(t);
  if (!d || tnameOf(*d) != "Array" || d->params.size() != 2 || d->params[1].tag() != Tag::Int64) return 0;
  return static_cast<int>(d->params[1].asInt64());
}

std::string Emitter::juliaTypeName(const ir::TypeRef& t) {
  if (opts.types) return opts.types->show(t);
  // Fallback printer for concrete types (no module qualification, no aliases beyond Vector).
  const interp::DataTypeObj* d = asDT(t);
  if (!d) {
    if (interp::isType(t, interp::TypeKind::Union) && t.as<interp::UnionObj>().members.empty()) return "Union{}";
    return "<type>";
  }
  std::string n = tnameOf(*d);
  auto param = [&](const jl::Value& p) -> std::string {
    if (interp::isType(p)) return juliaTypeName(p);
    if (p.tag() == Tag::Int64) return std::to_string(p.asInt64());
    return syntax::show(p);
  };
  if (n == "Tuple") {
    std::vector<std::string> ps;
    for (auto& p : d->params) ps.push_back(param(p));
    size_t cnt = ps.size();
    if (cnt == 0) return "Tuple{}";
    size_t tail = 1;
    for (size_t i = cnt - 1; i-- > 0 && ps[i] == ps[cnt - 1];) ++tail;
    if (tail == cnt && cnt > 3) return "NTuple{" + std::to_string(cnt) + ", " + ps[cnt - 1] + "}";
    std::string s = "Tuple{";
    for (size_t i = 0; i < cnt; ++i) s += (i ? ", " : "") + ps[i];
    return s + "}";
  }
  if (n == "Array" && d->params.size() == 2 && d->params[1].tag() == Tag::Int64 && d->params[1].asInt64() == 1)
    return "Vector{" + param(d->params[0]) + "}";
  if (n == "Array" && d->params.size() == 2 && d->params[1].tag() == Tag::Int64 && d->params[1].asInt64() == 2)
    return "Matrix{" + param(d->params[0]) + "}";
  if (n == "Array" && d->params.size() == 2)
    return "Array{" + param(d->params[0]) + ", " + param(d->params[1]) + "}";
  if (d->params.empty()) return n;
  std::string s = n + "{";
  for (size_t i = 0; i < d->params.size(); ++i) s += (i ? ", " : "") + param(d->params[i]);
  return s + "}";
}

std::string Emitter::cppType(const ir::TypeRef& t) {
  switch (classify(t)) {
    case TypeClass::Nothing: case TypeClass::Bottom: return "jlrt::Nothing";
    case TypeClass::Bool: return "bool";
    case TypeClass::Int: {
      std::string n = tnameOf(*asDT(t));
      bool u = n[0] == 'U';
      return (u ? "uint" : "int") + n.substr(u ? 4 : 3) + "_t";
    }
    case TypeClass::Float: return tnameOf(*asDT(t)) == "Float32" ? "float" : "double";
    case TypeClass::Char: return "jlrt::Char";
    case TypeClass::String: return "jlrt::String";
    case TypeClass::Symbol: return "jlrt::Symbol";
    case TypeClass::Tuple: {
      std::string s = "std::tuple<";
      auto ps = tupleElems(t);
      for (size_t i = 0; i < ps.size(); ++i) s += (i ? ", " : "") + cppType(ps[i]);
      return s + ">";
    }
    case TypeClass::Vector: return "jlrt::Vector<" + cppType(vectorElem(t)) + ">";
    case TypeClass::Array: return "jlrt::Array<" + cppType(vectorElem(t)) + ", " + std::to_string(arrayRank(t)) + ">";
    case TypeClass::Dict: {
      auto ps = tupleElems(t);  // the parameters K, V
      return "jlrt::Dict<" + cppType(ps[0]) + ", " + cppType(ps[1]) + ">";
    }
    case TypeClass::Struct: return structOf(t)->cppName;
    case TypeClass::MutableStruct: return "std::shared_ptr<" + structOf(t)->cppName + ">";
    case TypeClass::Exception: return "jlrt::Exception";
    case TypeClass::TypeValue: return "jlrt::Type";
    case TypeClass::Function: return "jlrt::Function";
    case TypeClass::Printed: return "jlrt::Printed";
    case TypeClass::Regex: return "jlrt::Regex";
    case TypeClass::RegexMatch: return "jlrt::RegexMatch";
    case TypeClass::Cmd: return "jlrt::Cmd";
    case TypeClass::Optional: return "jlrt::Optional<" + cppType(optionalElem(t)) + ">";
    case TypeClass::Unsupported: break;
  }
  fail("type " + juliaTypeName(t) + " has no C++ representation (not a concrete supported type)");
}

std::string Emitter::typeValueExpr(const ir::TypeRef& t) {
  return "jlrt::Type{" + cppStringLiteral(juliaTypeName(t)) + "_jl}";
}

// ---------------------------------------------------------------------------------------
// Constants.
std::string Emitter::symbolRef(jl::Symbol s) {
  auto it = symbolVars.find(s.str());
  if (it != symbolVars.end()) return it->second;
  std::string var = fileNames.fresh("sym_" + sanitizeName(s.str()));
  symbolVars[s.str()] = var;
  symbolDecls.push_back("static const jlrt::Symbol " + var + " = jlrt::symbol(" + cppStringLiteral(s.str()) + ", " +
                        cppStringLiteral(syntax::showSymbol(s)) + ");");
  return var;
}

namespace {
std::string floatLiteral(double x, bool f32) {
  const char* lim = f32 ? "std::numeric_limits<float>" : "std::numeric_limits<double>";
  if (std::isnan(x)) return std::string(lim) + "::quiet_NaN()";
  if (std::isinf(x)) return std::string(x < 0 ? "-" : "") + lim + "::infinity()";
  std::string s = f32 ? jlrt::formatFloat32Print(static_cast<float>(x)) : jlrt::formatFloat64(x);
  if (f32) s += "f";
  return s;
}
}  // namespace

std::string Emitter::constExpr(const jl::Value& v, const ir::TypeRef& t) {
  switch (v.tag()) {
    case Tag::Nothing: return "jlrt::nothing";
    case Tag::Bool: return v.asBool() ? "true" : "false";
    case Tag::Int8: return "int8_t(" + std::to_string(v.asInt64()) + ")";
    case Tag::Int16: return "int16_t(" + std::to_string(v.asInt64()) + ")";
    case Tag::Int32: return "int32_t(" + std::to_string(v.asInt64()) + ")";
    case Tag::Int64:
      if (v.asInt64() == INT64_MIN) return "std::numeric_limits<int64_t>::min()";
      return "int64_t(" + std::to_string(v.asInt64()) + ")";
    case Tag::UInt8: return "uint8_t(" + std::to_string(v.asUInt64()) + "u)";
    case Tag::UInt16: return "uint16_t(" + std::to_string(v.asUInt64()) + "u)";
    case Tag::UInt32: return "uint32_t(" + std::to_string(v.asUInt64()) + "u)";
    case Tag::UInt64: return "uint64_t(" + std::to_string(v.asUInt64()) + "ull)";
    case Tag::Float32: return floatLiteral(v.asFloat32(), true);
    case Tag::Float64: return floatLiteral(v.asFloat64(), false);
    case Tag::Char: {
      uint32_t bits = v.charBits();
      uint32_t c = bits >> 24;
      if ((bits & 0xFFFFFF) == 0 && c >= 0x20 && c < 0x7F && c != '\'' && c != '\\')
        return std::string("jlrt::chr('") + static_cast<char>(c) + "')";
      char buf[32];
      std::snprintf(buf, sizeof buf, "jlrt::Char(0x%08xu)", bits);
      return buf;
    }
    case Tag::Symbol: return symbolRef(v.asSymbol());
    case Tag::Int128:
    case Tag::UInt128: fail("128-bit integer constants are not supported by the C++ back end yet");
    case Tag::Object: break;
  }
  if (v.isString()) return cppStringLiteral(v.as<StringObj>().data) + "_jl";
  if (interp::isType(v)) return typeValueExpr(v);
  if (v.isObject(ObjKind::Tuple)) {
    const auto& elems = v.as<interp::TupleObj>().elems;
    auto ts = tupleElems(t);
    if (elems.empty()) return "std::tuple<>()";
    std::string s = "std::make_tuple(";
    for (size_t i = 0; i < elems.size(); ++i)
      s += (i ? ", " : "") + constExpr(elems[i], i < ts.size() ? ts[i] : ir::TypeRef());
    return s + ")";
  }
  if (v.isObject(ObjKind::Function)) {
    return "jlrt::Function{" + cppStringLiteral(v.as<interp::FunctionObj>().name.str()) + "}";
  }
  if (v.isObject(ObjKind::Regex) || v.isObject(ObjKind::Cmd) || v.isObject(ObjKind::Array) || v.isObject(ObjKind::Dict))
    return fileConstant(v, t);
  if (v.isObject(ObjKind::Expr) || v.isObject(ObjKind::QuoteNode) || v.isObject(ObjKind::LineNumberNode) ||
      v.isObject(ObjKind::GlobalRef)) {
    std::string shown = syntax::show(v), printed;
    syntax::print(printed, v);
    return "jlrt::Printed{" + cppStringLiteral(syntax::typeName(v)) + ", " + cppStringLiteral(shown) + ", " +
           cppStringLiteral(printed) + "}";
  }
  fail("constant " + syntax::show(v) + " has no C++ representation");
}

// A constant object built once at file scope (regex literals, Cmd constants, vector
// constants: Julia evaluates such a literal to the same object every time, so a vector
// constant mutated in a loop stays mutated).
std::string Emitter::fileConstant(const jl::Value& v, const ir::TypeRef& t) {
  if (auto it = constVars.find(v.obj()); it != constVars.end()) return it->second;
  std::string init, type, base;
  if (v.isObject(ObjKind::Regex) || v.isObject(ObjKind::Cmd)) {
    auto d = prog.nativeConsts.find(v.obj());
    if (d == prog.nativeConsts.end()) fail("constant " + juliaTypeName(t) + " has no C++ representation");
    if (v.isObject(ObjKind::Regex)) {
      usesRegex = true;
      type = "jlrt::Regex";
      base = "regex";
      char opts[32];
      std::snprintf(opts, sizeof opts, "0x%08xu", d->second.options);
      init = "jlrt::Regex::literal(" + cppStringLiteral(d->second.pattern) + "_jl, " + opts + ")";
    } else {
      type = "jlrt::Cmd";
      base = "cmd";
      init = "jlrt::Cmd({";
      for (size_t i = 0; i < d->second.words.size(); ++i)
        init += (i ? ", " : "") + cppStringLiteral(d->second.words[i]) + "_jl";
      init += "})";
    }
  } else if (v.isObject(ObjKind::Dict)) {  // a build-time Dict (`const D = Dict(...)`): one shared object
    if (classify(t) != TypeClass::Dict) fail("constant " + juliaTypeName(t) + " has no C++ representation");
    auto ps = tupleElems(t);
    type = cppType(t);
    base = "dict";
    std::string kvs;
    const auto& entries = v.as<interp::DictObj>().entries;
    for (size_t i = 0; i < entries.size(); ++i)
      kvs += std::string(i ? ", " : "") + "{" + constExpr(entries[i].first, ps[0]) + ", " +
             constExpr(entries[i].second, ps[1]) + "}";
    init = "jlrt::dict_make<" + cppType(ps[0]) + ", " + cppType(ps[1]) + ">({" + kvs + "})";
  } else if (classify(t) == TypeClass::Array) {  // a build-time array (`const M = [1 2; 3 4]`)
    const auto& arr = v.as<interp::ArrayObj>();
    if (static_cast<int>(arr.dims.size()) != arrayRank(t)) fail("constant " + juliaTypeName(t) + " has no C++ representation");
    ir::TypeRef et = vectorElem(t);
    type = cppType(t);
    base = "arr";
    std::string dims, elems;
    for (size_t i = 0; i < arr.dims.size(); ++i) dims += (i ? ", " : "") + std::to_string(arr.dims[i]);
    for (size_t i = 0; i < arr.elems().size(); ++i) elems += (i ? ", " : "") + constExpr(arr.elems()[i], et);
    init = type + "::make({" + dims + "}, {" + elems + "})";
  } else {
    if (classify(t) != TypeClass::Vector) fail("constant " + juliaTypeName(t) + " has no C++ representation");
    const auto& arr = v.as<interp::ArrayObj>();
    if (arr.dims.size() != 1) fail("constant " + juliaTypeName(t) + " has no C++ representation");
    ir::TypeRef et = vectorElem(t);
    type = cppType(t);
    base = "vec";
    std::string elems;
    for (size_t i = 0; i < arr.elems().size(); ++i) elems += (i ? ", " : "") + constExpr(arr.elems()[i], et);
    init = type + "::make({" + elems + "})";
  }
  std::string var = fileNames.fresh("const_" + base);
  constVars[v.obj()] = var;
  constDecls.push_back("static const " + type + " " + var + " = " + init + ";  // " + juliaTypeName(t));
  return var;
}

void Emitter::fail(const std::string& msg, const ir::Node* at) {
  int line = at && at->line > 0 ? at->line : currentLine;
  std::string where = prog.sourceFile.empty() ? "" : prog.sourceFile;
  if (line > 0) where += ":" + std::to_string(line);
  throw CodegenError((where.empty() ? "" : where + ": ") + "code generation: " + msg);
}

}  // namespace jl::codegen
