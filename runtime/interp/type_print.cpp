// The type system, part 3: printing types the way Julia 1.11's base/show.jl does —
// aliases (Vector{Int64}, Matrix, AbstractVector), NTuple/Vararg compression of
// homogeneous tuples, elision of trailing `where` parameters (Dict{Symbol}), `where`
// clauses, `typeof(f)`, @NamedTuple, and module qualification of names not visible from
// Main.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "interp/types.hpp"
#include "interp/types_internal.hpp"

namespace jl::interp {

using namespace detail;

namespace {

bool isIdentifier(const std::string& s) {
  if (s.empty()) return false;
  unsigned char c0 = static_cast<unsigned char>(s[0]);
  if (!(std::isalpha(c0) || c0 == '_' || c0 >= 0x80)) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '_' || c == '!' || c >= 0x80)) return false;
  return true;
}

std::string modulePath(const ModuleObj* m) {
  if (!m) return "";
  std::string n = m->name.str();
  if (!m->parent || m->parent == m || n == "Main" || n == "Base" || n == "Core") return n;
  return modulePath(m->parent) + "." + n;
}

struct Printer {
  TypeSystem& ts;
  ModuleObj* core;
  ModuleObj* base;
  ModuleObj* main;
  std::vector<const Object*> envVars;  // variables introduced by an enclosing `where`
  std::string out;

  bool inEnv(const Value& v) const {
    for (auto* o : envVars) if (o == v.obj()) return true;
    return false;
  }

  // Would `sym` written in Main refer to `obj` (defined in module `m`)?
  bool visible(jl::Symbol sym, ModuleObj* m, const Value& obj) const {
    if (m == core) {
      const std::string& s = sym.str();
      return s != "Box" && s != "TypeofBottom" && s != "TypeofVararg";
    }
    if (m == base)
      for (auto& e : base->exports) if (e == sym) return true;
    if (!main) return !m || (!m->parent && m->name.str() == "Main");
    if (m == main) return true;
    auto resolves = [&](ModuleObj* from) {
      Binding* b = from->find(sym);
      if (!b) return false;
      if (b->target) b = b->target;
      return b->defined && sameObject(b->value, obj);
    };
    if (resolves(main)) return true;
    for (ModuleObj* u : main->usings) {
      if (!u) continue;
      bool exported = false;
      for (auto& e : u->exports) if (e == sym) exported = true;
      if (exported && resolves(u)) return true;
    }
    return false;
  }

  void qualify(jl::Symbol sym, ModuleObj* m, const Value& obj) {
    if (m && !visible(sym, m, obj)) out += modulePath(m) + ".";
  }

  void showTypeName(const DataTypeObj& d) {
    const TypeName* tn = d.tname;
    if (d.instance.isObject(ObjKind::Function)) {
      const auto& f = d.instance.as<FunctionObj>();
      const std::string& name = f.name.str();
      if (name.find('#') != std::string::npos) {
        out += "var\"" + tn->name.str() + "\"";
        return;
      }
      out += "typeof(";
      if (f.module && !visible(f.name, f.module, d.instance)) {
        out += modulePath(f.module) + ".";
        if (!isIdentifier(name)) out += ":";
      }
      out += name + ")";
      return;
    }
    qualify(tn->name, tn->module, tn->wrapper);
    const std::string& n = tn->name.str();
    if (isIdentifier(n)) out += n;
    else out += "var\"" + n + "\"";
  }

  void showValue(const Value& v) {
    char buf[64];
    switch (v.tag()) {
      case Tag::Nothing: out += "nothing"; return;
      case Tag::Bool: out += v.asBool() ? "true" : "false"; return;
      case Tag::Symbol: out += ":" + v.asSymbol().str(); return;
      case Tag::Int8: case Tag::Int16: case Tag::Int32: case Tag::Int64: out += std::to_string(v.asInt64()); return;
      case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64: {
        int width = v.tag() == Tag::UInt8 ? 2 : v.tag() == Tag::UInt16 ? 4 : v.tag() == Tag::UInt32 ? 8 : 16;
        std::snprintf(buf, sizeof buf, "0x%0*llx", width, static_cast<unsigned long long>(v.asUInt64()));
        out += buf;
        return;
      }
      case Tag::Float64: case Tag::Float32: {
        double d = v.tag() == Tag::Float64 ? v.asFloat64() : v.asFloat32();
        std::snprintf(buf, sizeof buf, "%.17g", d);
        std::string s = buf;
        if (s.find_first_of(".eni") == std::string::npos) s += ".0";
        out += v.tag() == Tag::Float32 ? s + "f0" : s;
        return;
      }
      case Tag::Char: {
        uint32_t cp = 0;
        out += "'";
        if (codepointFromCharBits(v.charBits(), cp)) out += encodeUtf8(cp);
        out += "'";
        return;
      }
      case Tag::Int128: case Tag::UInt128: out += "<int128>"; return;
      case Tag::Object: break;
    }
    if (v.isObject(ObjKind::Tuple)) {
      const auto& es = v.as<TupleObj>().elems;
      out += "(";
      for (size_t i = 0; i < es.size(); ++i) {
        if (i) out += ", ";
        show(es[i]);
      }
      out += es.size() == 1 ? ",)" : ")";
      return;
    }
    if (v.isString()) { out += "\"" + v.as<StringObj>().data + "\""; return; }
    out += "<value>";
  }

  void showTypeVar(const Value& v) {
    const auto& t = tv(v);
    if (inEnv(v)) { out += t.name.str(); return; }
    auto bound = [&](const Value& b) {
      bool parens = isUA(b) && !printWithoutParams(b);
      if (parens) out += "(";
      show(b);
      if (parens) out += ")";
    };
    if (!isBottom(t.lb)) {
      if (sameObject(t.ub, ts.Any)) {
        out += t.name.str() + ">:";
        bound(t.lb);
        return;
      }
      bound(t.lb);
      out += "<:" + t.name.str();
    } else {
      out += t.name.str();
    }
    if (!sameObject(t.ub, ts.Any)) {
      out += "<:";
      bound(t.ub);
    }
  }

  bool printWithoutParams(const Value& t) const {
    if (!isUA(t)) return false;
    Value b = ts.unwrap(t);
    return isDT(b) && sameObject(dt(b).tname->wrapper, t);
  }

  static bool isGensym(const Value& v) { return tv(v).name.str().find('#') != std::string::npos; }

  static bool canElide(const Value& p, const std::vector<Value>& wheres, size_t elide, const std::vector<Value>& env,
                       size_t skip) {
    if (elide == 0 || !sameObject(wheres[elide - 1], p)) return false;
    for (size_t i = elide; i < wheres.size(); ++i)
      if (hasTypeVar(tv(wheres[i]).lb, p) || hasTypeVar(tv(wheres[i]).ub, p)) return false;
    for (size_t i = 0; i < env.size(); ++i)
      if (i != skip && hasTypeVar(env[i], p)) return false;
    return true;
  }

  // `{A, B}` after a type name; trailing parameters that are just the `where` variables
  // with their declared bounds are left out (`Dict{Symbol, V} where V` -> `Dict{Symbol}`).
  void showTypeParams(const std::vector<Value>& env, const std::vector<Value>& orig, std::vector<Value>& wheres) {
    size_t n = env.size();
    size_t elide = wheres.size();
    for (size_t i = env.size(); i-- > 0;) {
      const Value& p = env[i];
      if (!isTV(p)) continue;
      bool egal = i < orig.size() && isTV(orig[i]) && sameParam(tv(p).ub, tv(orig[i]).ub) &&
                  sameParam(tv(p).lb, tv(orig[i]).lb);
      if (i + 1 == n && egal && canElide(p, wheres, elide, env, i)) {
        --n;
        --elide;
      } else if ((isBottom(tv(p).lb) || sameObject(tv(p).ub, ts.Any)) && isGensym(p) &&
                 canElide(p, wheres, elide, env, i)) {
        --elide;
      }
    }
    if (n > 0) {
      out += "{";
      for (size_t i = 0; i < n; ++i) {
        const Value& p = env[i];
        size_t pos = 0;
        bool elided = false;
        if (isTV(p)) {
          for (pos = 0; pos < wheres.size(); ++pos) if (sameObject(wheres[pos], p)) break;
          elided = pos < wheres.size() && pos >= elide;
        }
        if (elided && isBottom(tv(p).lb)) {
          out += "<:";
          show(tv(p).ub);
        } else if (elided && sameObject(tv(p).ub, ts.Any)) {
          out += ">:";
          show(tv(p).lb);
        } else {
          show(p);
        }
        if (i + 1 < n) out += ", ";
      }
      out += "}";
    }
    wheres.resize(elide);
  }

  void showWheres(const std::vector<Value>& wheres) {
    if (wheres.empty()) return;
    size_t mark = envVars.size();
    for (size_t i = 0; i < wheres.size(); ++i) {
      out += wheres.size() == 1 ? " where " : i == 0 ? " where {" : ", ";
      // Each variable prints with its bounds; earlier ones are in scope for later bounds.
      std::vector<const Object*> saved = envVars;
      envVars.erase(std::remove(envVars.begin(), envVars.end(), wheres[i].obj()), envVars.end());
      showTypeVar(wheres[i]);
      envVars = saved;
      envVars.push_back(wheres[i].obj());
    }
    envVars.resize(mark);
    if (wheres.size() > 1) out += "}";
  }

  void showTuple(const DataTypeObj& d) {
    const auto& ps = d.params;
    size_t n = ps.size();
    if (n == 0) { out += "Tuple{}"; return; }
    const size_t maxN = 3;
    size_t taillen = 1, fulln = n;
    enum { None, Fixed, Bound, Unbound } kind = None;
    Value pn = ps[n - 1], vaN;
    if (isVA(pn)) {
      const auto& v = va(pn);
      if (v.count.isSignedInt()) {
        taillen = static_cast<size_t>(v.count.asInt64());
        fulln += taillen - 1;
        kind = Fixed;
      } else if (!v.count.isNothing()) {
        vaN = v.count;
        kind = Bound;
      } else {
        kind = Unbound;
      }
      pn = v.elem.isObject() ? v.elem : ts.Any;
    }
    if (!isType(pn)) {
      taillen = 0;
    } else if (kind == None || kind == Fixed) {
      for (size_t i = n - 1; i-- > 0;) {
        if (sameObject(ps[i], pn)) ++taillen;
        else break;
      }
    }
    if ((kind == Bound && n == 1 && taillen == 1) || ((kind == Fixed || kind == None) && taillen == fulln && fulln > maxN)) {
      out += "NTuple{";
      if (kind == Bound) show(vaN);
      else out += std::to_string(fulln);
      out += ", ";
      show(pn);
      out += "}";
      return;
    }
    out += "Tuple{";
    size_t headlen = taillen > maxN ? fulln - taillen : fulln;
    for (size_t i = 0; i < headlen; ++i) {
      if (i) out += ", ";
      show(kind == Fixed && i + 1 >= n ? pn : ps[i]);
    }
    if (headlen < fulln) {
      if (headlen) out += ", ";
      out += "Vararg{";
      show(pn);
      out += ", " + std::to_string(fulln - headlen) + "}";
    }
    out += "}";
  }

  // Vector{T}, Matrix{T}, AbstractVector{T}, ... for Array-like types with N = 1 or 2.
  bool arrayAlias(const DataTypeObj& d, const char*& name, Value& aliasWrapper) {
    if (d.params.size() != 2 || d.params[1].tag() != Tag::Int64) return false;
    int64_t nd = d.params[1].asInt64();
    if (nd != 1 && nd != 2) return false;
    const TypeName* tn = d.tname;
    auto is = [&](const Value& w) { return tn == dt(ts.unwrap(w)).tname; };
    if (is(ts.Array)) { name = nd == 1 ? "Vector" : "Matrix"; aliasWrapper = nd == 1 ? ts.Vector : ts.Matrix; }
    else if (is(ts.AbstractArray)) { name = nd == 1 ? "AbstractVector" : "AbstractMatrix"; aliasWrapper = nd == 1 ? ts.AbstractVector : ts.AbstractMatrix; }
    else if (is(ts.DenseArray)) { name = nd == 1 ? "DenseVector" : "DenseMatrix"; aliasWrapper = nd == 1 ? ts.DenseVector : ts.DenseMatrix; }
    else return false;
    return true;
  }

  void showDataType(const Value& t, std::vector<Value>& wheres) {
    const auto& d = dt(t);
    if (!d.params.empty() && sameObject(d.tname->wrapper, t)) { showTypeName(d); return; }  // `Tuple`
    if (d.tname == dt(ts.Tuple).tname) { showTuple(d); return; }
    if (d.tname == dt(ts.unwrap(ts.NamedTuple)).tname && d.params.size() == 2 && d.params[0].isObject(ObjKind::Tuple) &&
        isTupleDT(d.params[1])) {
      const auto& names = d.params[0].as<TupleObj>().elems;
      const auto& types = dt(d.params[1]).params;
      bool va = !types.empty() && isVA(types.back());
      if (names.size() == types.size() && !va) {
        out += "@NamedTuple{";
        for (size_t i = 0; i < names.size(); ++i) {
          if (i) out += ", ";
          out += names[i].isSymbol() ? names[i].asSymbol().str() : "?";
          if (!sameObject(types[i], ts.Any)) {
            out += "::";
            show(types[i]);
          }
        }
        out += "}";
        return;
      }
    }
    const char* alias = nullptr;
    Value aliasWrapper;
    if (arrayAlias(d, alias, aliasWrapper)) {
      out += alias;
      showTypeParams({d.params[0]}, {ua(aliasWrapper).var}, wheres);
      return;
    }
    showTypeName(d);
    std::vector<Value> orig;
    Value w = d.tname->wrapper;
    while (isUA(w)) { orig.push_back(ua(w).var); w = ua(w).body; }
    showTypeParams(d.params, orig, wheres);
  }

  void showUnionAll(const Value& t) {
    if (printWithoutParams(t)) {
      showTypeName(dt(ts.unwrap(t)));
      return;
    }
    std::vector<Value> wheres;
    size_t mark = envVars.size();
    Value x = t;
    while (isUA(x)) {
      wheres.push_back(ua(x).var);
      envVars.push_back(ua(x).var.obj());
      x = ua(x).body;
    }
    if (isDT(x)) showDataType(x, wheres);
    else show(x);
    envVars.resize(mark);
    showWheres(wheres);
  }

  void show(const Value& t) {
    if (!isType(t)) { showValue(t); return; }
    switch (t.as<TypeObj>().tkind) {
      case TypeKind::DataType: {
        std::vector<Value> none;
        showDataType(t, none);
        return;
      }
      case TypeKind::Union: {
        const auto& ms = un(t).members;
        out += "Union{";
        for (size_t i = 0; i < ms.size(); ++i) {
          if (i) out += ", ";
          show(ms[i]);
        }
        out += "}";
        return;
      }
      case TypeKind::UnionAll: showUnionAll(t); return;
      case TypeKind::TypeVar: showTypeVar(t); return;
      case TypeKind::Vararg: {
        const auto& v = va(t);
        out += "Vararg";
        if (!v.elem.isObject()) return;
        out += "{";
        show(v.elem);
        if (!v.count.isNothing()) {
          out += ", ";
          show(v.count);
        }
        out += "}";
        return;
      }
    }
  }
};

}  // namespace

std::string TypeSystem::show(const Value& t) {
  Printer p{*this, core_, base_, main_, {}, {}};
  p.show(t);
  return p.out;
}

}  // namespace jl::interp
