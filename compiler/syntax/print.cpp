// Printers for syntax values: `show`/`print` of scalars, strings, chars and symbols, the
// public entry points, `Meta.show_sexpr` and `dump`. Expr printing proper (Julia's
// `show_unquoted`) lives in print_expr.cpp; operator tables in print_ops.cpp.
#include "syntax/print.hpp"

#include <atomic>

#include "core/format.hpp"
#include "syntax/print_internal.hpp"

namespace jl::syntax {

namespace {
std::atomic<const ObjectPrinter*> gPrinter{nullptr};


// The bytes of a Julia Char (left-aligned in 32 bits), at least one.
std::string charBytes(uint32_t bits) {
  int n = 4;
  while (n > 1 && ((bits >> (8 * (4 - n))) & 0xFF) == 0) --n;
  std::string s;
  for (int k = 0; k < n; ++k) s.push_back(static_cast<char>((bits >> (24 - 8 * k)) & 0xFF));
  return s;
}

void showUnsigned(std::string& out, const Value& v, int bytes) {
  out += jlrt::formatUnsignedHex(v.tag() == Tag::UInt128 ? v.asUInt128() : v.asUInt64(), bytes);
}

void showObjectFallback(std::string& out, const Value& v) {
  if (const ObjectPrinter* p = detail::objectPrinter()) {
    p->show(out, v);
    return;
  }
  out += "<";
  out += typeName(v);
  out += ">";
}

}  // namespace

void setObjectPrinter(const ObjectPrinter* p) { gPrinter.store(p); }

namespace detail {

const ObjectPrinter* objectPrinter() { return gPrinter.load(); }

bool globalRefParts(const Value& v, std::string& mod, Symbol& name) {
  if (!v.isObject(ObjKind::GlobalRef)) return false;
  const ObjectPrinter* p = objectPrinter();
  return p && p->globalRef(v, mod, name);
}


void showChar(std::string& out, uint32_t bits) { jlrt::text::showChar(out, bits); }

void showSym(std::string& out, std::string_view name, bool allowMacroname) {
  if (isIdentifier(name) || (isOperator(name) && name != "'")) {
    out += name;
  } else if (allowMacroname && !name.empty() && name[0] == '@') {
    out += '@';
    showSym(out, name.substr(1), false);
  } else {
    out += "var";
    out += quoteString(name);
  }
}

void showIn(std::string& out, const Value& v, Ctx ctx) {
  switch (v.tag()) {
    case Tag::Nothing: out += "nothing"; return;
    case Tag::Bool: out += v.asBool() ? "true" : "false"; return;
    case Tag::Int8: case Tag::Int16: case Tag::Int32: case Tag::Int64: out += jlrt::formatInt(v.asInt64()); return;
    case Tag::Int128: out += jlrt::formatInt128(v.asInt128()); return;
    case Tag::UInt8: showUnsigned(out, v, 1); return;
    case Tag::UInt16: showUnsigned(out, v, 2); return;
    case Tag::UInt32: showUnsigned(out, v, 4); return;
    case Tag::UInt64: showUnsigned(out, v, 8); return;
    case Tag::UInt128: showUnsigned(out, v, 16); return;
    case Tag::Float32: out += jlrt::formatFloat32(v.asFloat32()); return;
    case Tag::Float64: out += jlrt::formatFloat64(v.asFloat64()); return;
    case Tag::Char: showChar(out, v.charBits()); return;
    case Tag::Symbol: out += showSymbol(v.asSymbol()); return;
    case Tag::Object: break;
  }
  switch (v.obj()->kind()) {
    case ObjKind::String: out += quoteString(v.as<StringObj>().data); return;
    case ObjKind::Expr:
    case ObjKind::QuoteNode:
    case ObjKind::LineNumberNode: {
      ctx.unquoteFallback = true;
      showUnquotedQuoteExpr(out, v, 0, -1, ctx, 0);
      return;
    }
    case ObjKind::GlobalRef: {
      std::string mod;
      Symbol name;
      if (globalRefParts(v, mod, name)) {
        ctx.unquoteFallback = true;
        showUnquotedQuoteExpr(out, v, 0, -1, ctx, 0);
        return;
      }
      break;
    }
    default: break;
  }
  showObjectFallback(out, v);
}

}  // namespace detail

// ---------------------------------------------------------------------------------------
// Public API.

std::string quoteString(std::string_view s) {
  std::string out = "\"";
  detail::escapeString(out, s, "\"$");
  out += '"';
  return out;
}

bool isIdentifierSymbol(Symbol s) { return detail::isIdentifier(s.str()); }

int operatorPrecedence(Symbol s) { return detail::operatorPrecedence(s.str()); }

bool isOperatorSymbol(Symbol s) { return detail::isOperator(s.str()); }

std::string showSymbol(Symbol s) {
  std::string out;
  detail::showUnquotedQuoteExpr(out, Value::symbol(s), 0, 0, detail::Ctx{}, 0);
  return out;
}

void show(std::string& out, const Value& v) { detail::showIn(out, v, detail::Ctx{}); }

std::string show(const Value& v) {
  std::string out;
  show(out, v);
  return out;
}

void print(std::string& out, const Value& v) {
  switch (v.tag()) {
    case Tag::Symbol: out += v.asSymbol().str(); return;
    case Tag::Char: out += charBytes(v.charBits()); return;
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64: out += jlrt::formatUInt(v.asUInt64()); return;
    case Tag::UInt128: out += jlrt::formatUInt128(v.asUInt128()); return;
    case Tag::Float32: out += jlrt::formatFloat32Print(v.asFloat32()); return;
    case Tag::Object: break;
    default: show(out, v); return;
  }
  switch (v.obj()->kind()) {
    case ObjKind::String: out += v.as<StringObj>().data; return;
    case ObjKind::Expr:
    case ObjKind::QuoteNode:
    case ObjKind::LineNumberNode:
    case ObjKind::GlobalRef: {
      detail::Ctx ctx;
      ctx.unquoteFallback = false;
      detail::showUnquoted(out, v, 0, -1, ctx, 0);
      return;
    }
    default: show(out, v); return;
  }
}

std::string typeName(const Value& v) {
  switch (v.tag()) {
    case Tag::Nothing: return "Nothing";
    case Tag::Bool: return "Bool";
    case Tag::Int8: return "Int8";
    case Tag::Int16: return "Int16";
    case Tag::Int32: return "Int32";
    case Tag::Int64: return "Int64";
    case Tag::Int128: return "Int128";
    case Tag::UInt8: return "UInt8";
    case Tag::UInt16: return "UInt16";
    case Tag::UInt32: return "UInt32";
    case Tag::UInt64: return "UInt64";
    case Tag::UInt128: return "UInt128";
    case Tag::Float32: return "Float32";
    case Tag::Float64: return "Float64";
    case Tag::Char: return "Char";
    case Tag::Symbol: return "Symbol";
    case Tag::Object: break;
  }
  switch (v.obj()->kind()) {
    case ObjKind::String: return "String";
    case ObjKind::Expr: return "Expr";
    case ObjKind::QuoteNode: return "QuoteNode";
    case ObjKind::LineNumberNode: return "LineNumberNode";
    default: break;
  }
  if (const ObjectPrinter* p = detail::objectPrinter()) return p->typeName(v);
  return "Any";
}

// ---------------------------------------------------------------------------------------
// Meta.show_sexpr

namespace {
void showSexprRec(std::string& out, const Value& v, int indent) {
  constexpr int kWidth = 2;
  if (v.isObject(ObjKind::QuoteNode)) {
    int inner = indent + kWidth;
    out += "(:quote, #QuoteNode\n";
    out.append(static_cast<size_t>(inner), ' ');
    showSexprRec(out, v.as<QuoteNodeObj>().value, inner);
    out += '\n';
    out.append(static_cast<size_t>(indent), ' ');
    out += ')';
    return;
  }
  if (!v.isExpr()) {
    show(out, v);
    return;
  }
  const auto& ex = v.as<ExprObj>();
  int inner = indent + kWidth;
  bool block = ex.head.str() == "block";
  out += '(';
  out += showSymbol(ex.head);
  for (const Value& a : ex.args) {
    if (block) {
      out += ",\n";
      out.append(static_cast<size_t>(inner), ' ');
    } else {
      out += ", ";
    }
    showSexprRec(out, a, inner);
  }
  if (ex.args.empty()) {
    out += ",)";
  } else {
    if (block) {
      out += '\n';
      out.append(static_cast<size_t>(indent), ' ');
    }
    out += ')';
  }
}
}  // namespace

void showSexpr(std::string& out, const Value& v) { showSexprRec(out, v, 0); }

// ---------------------------------------------------------------------------------------
// dump

namespace {

struct Dumper {
  std::string& out;
  bool limit;

  void elts(const std::vector<Value>& xs, int n, const std::string& indent, size_t i0, size_t i1) {
    for (size_t i = i0; i <= i1; ++i) {
      out += indent;
      out += "  ";
      out += std::to_string(i);
      out += ": ";
      dumpValue(xs[i - 1], n - 1, indent + "  ");
      if (i < i1) out += '\n';
    }
  }

  void dumpArgs(const std::vector<Value>& xs, int n, const std::string& indent) {
    out += "Array{Any}((";
    out += std::to_string(xs.size());
    out += ",))";
    if (n > 0 && !xs.empty()) {
      out += '\n';
      size_t lx = xs.size();
      if (limit) {
        elts(xs, n, indent, 1, lx <= 10 ? lx : 5);
        if (lx > 10) {
          out += '\n';
          out += indent;
          out += "  ...\n";
          elts(xs, n, indent, lx - 4, lx);
        }
      } else {
        elts(xs, n, indent, 1, lx);
      }
    }
  }

  void field(const char* name, const std::string& indent) {
    out += '\n';
    out += indent;
    out += "  ";
    out += name;
    out += ": ";
  }

  void dumpValue(const Value& v, int n, const std::string& indent) {
    if (v.isSymbol()) {
      out += "Symbol ";
      out += v.asSymbol().str();
      return;
    }
    if (!v.isObject()) {
      out += typeName(v);
      out += ' ';
      show(out, v);
      return;
    }
    switch (v.obj()->kind()) {
      case ObjKind::String:
        out += "String ";
        show(out, v);
        return;
      case ObjKind::Expr: {
        const auto& ex = v.as<ExprObj>();
        out += "Expr";
        if (n > 0) {
          field("head", indent);
          dumpValue(Value::symbol(ex.head), n - 1, indent + "  ");
          field("args", indent);
          dumpArgs(ex.args, n - 1, indent + "  ");
        }
        return;
      }
      case ObjKind::QuoteNode:
        out += "QuoteNode";
        if (n > 0) {
          field("value", indent);
          dumpValue(v.as<QuoteNodeObj>().value, n - 1, indent + "  ");
        }
        return;
      case ObjKind::LineNumberNode: {
        const auto& l = v.as<LineNumberNodeObj>();
        out += "LineNumberNode";
        if (n > 0) {
          field("line", indent);
          dumpValue(Value::int64(l.line), n - 1, indent + "  ");
          field("file", indent);
          dumpValue(l.file, n - 1, indent + "  ");
        }
        return;
      }
      default: break;
    }
    if (const ObjectPrinter* p = detail::objectPrinter()) {
      if (p->dump(out, v, static_cast<int>(indent.size()))) return;
    }
    out += typeName(v);
    out += ' ';
    show(out, v);
  }
};

}  // namespace

void dump(std::string& out, const Value& v, int maxdepth, bool limit) {
  Dumper d{out, limit};
  d.dumpValue(v, maxdepth, "");
  out += '\n';
}

}  // namespace jl::syntax
