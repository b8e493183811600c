// Expr printing: the C++ counterpart of Julia 1.11's `show_unquoted` family (base/show.jl):
// precedence-driven parenthesisation, blocks with 4-space indentation, `:( )` / `quote`
// wrappers, the `$(Expr(...))` fallback for forms without surface syntax.
#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/print_internal.hpp"

namespace jl::syntax::detail {

namespace {

constexpr int kIndentWidth = 4;
using Args = std::span<const Value>;

const ExprObj* exprOf(const Value& v) { return v.isExpr() ? &v.as<ExprObj>() : nullptr; }

bool isExpr(const Value& v, std::string_view head) {
  const ExprObj* e = exprOf(v);
  return e && e->head.str() == head;
}

bool isExpr(const Value& v, std::string_view head, size_t n) {
  const ExprObj* e = exprOf(v);
  return e && e->head.str() == head && e->args.size() == n;
}

const std::string& symName(const Value& v) { return v.asSymbol().str(); }

bool inList(std::string_view s, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (x == s) return true;
  return false;
}

bool isQuotedSym(std::string_view s) { return inList(s, {":", "::", ":=", "=", "==", "===", "=>"}); }
bool isUniSym(std::string_view s) { return inList(s, {"::", "<:", ">:"}); }
bool isUniOp(std::string_view s) { return inList(s, {"+", "-", "!", "¬", "~", "<:", ">:", "√", "∛", "∜"}); }
bool isInfixWide(std::string_view s) {
  return inList(s, {"=",   "+=",  "-=",  "*=",   "/=",   "\\=",   "^=",   "&=",   "|=",  "÷=", "%=", ">>>=",
                    ">>=", "<<=", ".=",  ".+=",  ".-=",  ".*=",   "./=",  ".\\=", ".^=", ".&=", ".|=", ".÷=",
                    ".%=", ".>>>=", ".>>=", ".<<=", "&&", "||", "<:", "$=", "⊻=", ">:", "-->"});
}
bool isInfix(std::string_view s) { return inList(s, {":", "->", "::"}); }

bool isOpSymbol(const Value& v) { return v.isSymbol() && isOperator(symName(v)); }

int precOf(const Value& v) { return v.isSymbol() ? operatorPrecedence(symName(v)) : 0; }

bool isQuoted(const Value& v) {
  return v.isObject(ObjKind::QuoteNode) || isExpr(v, "quote", 1) || isExpr(v, "inert", 1);
}
const Value& unquoted(const Value& v) {
  if (v.isObject(ObjKind::QuoteNode)) return v.as<QuoteNodeObj>().value;
  return v.as<ExprObj>().args[0];
}

bool isNegativeReal(const Value& v) {
  switch (v.tag()) {
    case Tag::Int8: case Tag::Int16: case Tag::Int32: case Tag::Int64: return v.asInt64() < 0;
    case Tag::Int128: return v.asInt128() < 0;
    case Tag::Float32: return v.asFloat32() < 0;
    case Tag::Float64: return v.asFloat64() < 0;
    default: return false;
  }
}

bool isGlobalRef(const Value& v) {
  std::string m;
  Symbol n;
  return globalRefParts(v, m, n);
}

void spaces(std::string& out, int n) { out.append(static_cast<size_t>(n > 0 ? n : 0), ' '); }

void showLineNumber(std::string& out, const Value& line, const Value* file) {
  if (!file || file->isNothing()) {
    out += "#= line ";
    print(out, line);
    out += " =#";
  } else {
    out += "#= ";
    print(out, *file);
    out += ':';
    print(out, line);
    out += " =#";
  }
}

void showGlobalRef(std::string& out, const std::string& mod, Symbol name, bool allowMacroname) {
  out += mod;
  out += '.';
  const std::string& n = name.str();
  bool quoted = !isIdentifier(n) && !(n.size() > 0 && n[0] == '@');
  bool parens = quoted && (!isOperator(n) || isQuotedSym(n));
  if (quoted) out += ':';
  if (parens) out += '(';
  showSym(out, n, allowMacroname);
  if (parens) out += ')';
}

void showExprFallback(std::string& out, const ExprObj& ex, Ctx ctx) {
  out += "$(Expr(";
  showIn(out, Value::symbol(ex.head), ctx);
  for (const Value& a : ex.args) {
    out += ", ";
    showIn(out, a, ctx);
  }
  out += "))";
}

void showExpr(std::string& out, const Value& v, int indent, int prec, Ctx ctx, int ql);

void showList(std::string& out, Args items, std::string_view sep, int indent, int prec, Ctx ctx, int ql,
              bool enclOps = false, bool kw = false) {
  if (items.empty()) return;
  indent += kIndentWidth;
  bool first = true;
  for (const Value& item : items) {
    if (!first) out += sep;
    bool parens = false;
    if (!isQuoted(item)) {
      if (first && prec >= kPrecPower) {
        const ExprObj* e = exprOf(item);
        if (e && e->head.str() == "call" && !e->args.empty() && e->args[0].isSymbol() &&
            isUniOp(symName(e->args[0])))
          parens = true;
        if (isNegativeReal(item)) parens = true;
      }
    }
    if (enclOps && isOpSymbol(item)) parens = true;
    if (parens) out += '(';
    if (kw && isExpr(item, "kw", 2)) {
      const auto& e = item.as<ExprObj>();
      Value eq = makeExpr("=", {e.args[0], e.args[1]});
      showUnquoted(out, eq, indent, parens ? 0 : prec, ctx, ql);
    } else if (kw && isExpr(item, "=", 2)) {
      showExprFallback(out, item.as<ExprObj>(), ctx);
    } else {
      showUnquoted(out, item, indent, parens ? 0 : prec, ctx, ql);
    }
    if (parens) out += ')';
    first = false;
  }
}

void showEnclosedList(std::string& out, std::string_view op, Args items, std::string_view sep,
                      std::string_view cl, int indent, int prec, Ctx ctx, int ql, bool enclOps = false,
                      bool kw = false) {
  out += op;
  showList(out, items, sep, indent, prec, ctx, ql, enclOps, kw);
  out += cl;
}

void showBlock(std::string& out, std::string_view head, Args args, const Value& body, int indent, Ctx ctx,
               int ql) {
  out += head;
  if (!args.empty()) {
    out += ' ';
    showList(out, args, head == "elseif" ? " " : ", ", indent, 0, ctx, ql);
  }
  int ind = (head == "module" || head == "baremodule") ? indent : indent + kIndentWidth;
  if (isExpr(body, "block") || isExpr(body, "quote")) {
    for (const Value& ex : body.as<ExprObj>().args) {
      out += '\n';
      spaces(out, ind);
      showUnquoted(out, ex, ind, -1, ctx, ql);
    }
  } else {
    out += '\n';
    spaces(out, ind);
    showUnquoted(out, body, ind, -1, ctx, ql);
  }
  out += '\n';
  spaces(out, indent);
}

// show_block(io, head, arg, block, ...): `arg` is a block of arguments or a single one.
void showBlockArg(std::string& out, std::string_view head, const Value& arg, const Value& body, int indent,
                  Ctx ctx, int ql) {
  if (isExpr(arg, "block") || isExpr(arg, "quote")) {
    const auto& a = arg.as<ExprObj>().args;
    showBlock(out, head, Args(a), body, indent, ctx, ql);
  } else {
    showBlock(out, head, Args(&arg, 1), body, indent, ctx, ql);
  }
}

std::pair<const char*, const char*> callDelims(std::string_view head) {
  if (head == "ref") return {"[", "]"};
  if (head == "curly") return {"{", "}"};
  return {"(", ")"};
}

void showCall(std::string& out, std::string_view head, const Value& func, Args funcArgs, int indent, Ctx ctx,
              int ql, bool kw) {
  auto [op, cl] = callDelims(head);
  bool plain = false;
  if (func.isSymbol()) {
    plain = symName(func) != ":" && !(head == "." && isOperator(symName(func)));
  } else if (const ExprObj* f = exprOf(func)) {
    plain = inList(f->head.str(), {".", "curly", "macroname"});
  } else if (isGlobalRef(func)) {
    plain = true;
  }
  if (!plain) out += '(';
  showUnquoted(out, func, indent, 0, ctx, ql);
  if (!plain) out += ')';
  if (head == ".") out += '.';
  if (!funcArgs.empty() && isExpr(funcArgs[0], "parameters")) {
    out += op;
    showList(out, funcArgs.subspan(1), ", ", indent, 0, ctx, ql, false, kw);
    out += "; ";
    showList(out, Args(funcArgs[0].as<ExprObj>().args), ", ", indent, 0, ctx, ql, false, kw);
    out += cl;
  } else {
    showEnclosedList(out, op, funcArgs, ", ", cl, indent, 0, ctx, ql, false, kw);
  }
}

void showGenerator(std::string& out, const ExprObj& ex, int indent, Ctx ctx, int ql) {
  if (ex.head.str() == "flatten") {
    std::vector<Args> ranges;
    const Value* fg = &ex.args[0];
    // Walk nested :flatten, collecting each inner generator's iteration specs.
    const ExprObj* cur = &ex;
    while (cur && cur->head.str() == "flatten") {
      const ExprObj* gen = exprOf(cur->args[0]);
      if (!gen || gen->args.empty()) break;
      ranges.push_back(Args(gen->args).subspan(1));
      fg = &gen->args[0];
      cur = exprOf(*fg);
    }
    const ExprObj* last = exprOf(*fg);
    if (!last || last->args.empty()) {
      showExprFallback(out, ex, ctx);
      return;
    }
    ranges.push_back(Args(last->args).subspan(1));
    showUnquoted(out, last->args[0], indent, 0, ctx, ql);
    for (Args r : ranges) {
      out += " for ";
      showList(out, r, ", ", indent, 0, ctx, ql);
    }
  } else {
    showUnquoted(out, ex.args[0], indent, 0, ctx, ql);
    out += " for ";
    showList(out, Args(ex.args).subspan(1), ", ", indent, 0, ctx, ql);
  }
}

// `A.b` or `A.b as c` (the `as` form is allowed since Julia 1.6).
bool validImportPath(const Value& v) {
  const ExprObj* e = exprOf(v);
  if (e && e->head.str() == "as" && e->args.size() == 2 && e->args[1].isSymbol()) e = exprOf(e->args[0]);
  if (!e || e->head.str() != "." || e->args.empty()) return false;
  for (const Value& a : e->args)
    if (!a.isSymbol()) return false;
  return true;
}

void showImportPath(std::string& out, const Value& v, Ctx ctx, int ql) {
  const ExprObj* e = exprOf(v);
  if (!e) {
    showUnquoted(out, v, 0, 0, ctx, ql);
  } else if (e->head.str() == ":") {
    showImportPath(out, e->args[0], ctx, ql);
    out += ": ";
    for (size_t i = 1; i < e->args.size(); ++i) {
      if (i > 1) out += ", ";
      showImportPath(out, e->args[i], ctx, ql);
    }
  } else if (e->head.str() == ".") {
    for (size_t i = 0; i < e->args.size(); ++i) {
      if (i > 0 && !e->args[i - 1].isSymbol(".")) out += '.';
      showSym(out, symName(e->args[i]), i + 1 == e->args.size());
    }
  } else if (e->head.str() == "as" && e->args.size() == 2) {
    showImportPath(out, e->args[0], ctx, ql);
    out += " as ";
    showSym(out, symName(e->args[1]), true);
  } else {
    showUnquoted(out, v, 0, 0, ctx, ql);
  }
}

// allow_macroname: wrap macro names so they print literally.
Value allowMacroname(const Value& v) {
  bool wrap = false;
  if (v.isSymbol()) {
    wrap = !symName(v).empty() && symName(v)[0] == '@';
  } else if (isGlobalRef(v)) {
    wrap = true;
  } else if (isExpr(v, ".", 2)) {
    const Value& a2 = v.as<ExprObj>().args[1];
    wrap = isExpr(a2, "quote") || a2.isObject(ObjKind::QuoteNode);
  }
  return wrap ? makeExpr("macroname", {v}) : v;
}

bool isCoreMacro(const Value& v, std::string_view name) {
  std::string mod;
  Symbol n;
  return globalRefParts(v, mod, n) && mod == "Core" && n.str() == name;
}

// Julia's `print(io, x)` for the few places show.jl prints raw values.
void printRaw(std::string& out, const Value& v) { print(out, v); }

void showExpr(std::string& out, const Value& v, int indent, int prec, Ctx ctx, int ql) {
  const ExprObj& ex = v.as<ExprObj>();
  const std::string& head = ex.head.str();
  const std::vector<Value>& args = ex.args;
  const size_t nargs = args.size();
  Args all(args);
  Ctx noBegin = ctx;
  noBegin.beginsym = false;
  bool unhandled = false;

  if (head == "." && (nargs != 2 || !isExpr(args[1], "tuple"))) {
    // field access `x.y`
    if (nargs == 2 && isQuoted(args[1])) {
      const Value& item = args[0];
      const Value& field = unquoted(args[1]);
      bool parens = !isQuoted(item) && !(item.isSymbol() && isIdentifier(symName(item))) && !isExpr(item, ".");
      if (parens) out += '(';
      showUnquoted(out, item, indent, 0, ctx, ql);
      if (parens) out += ')';
      out += '.';
      parens = !field.isSymbol() || isQuotedSym(symName(field));
      bool quoted = parens || isOperator(symName(field));
      if (quoted) out += ':';
      if (parens) out += '(';
      showUnquoted(out, field, indent, 0, ctx, ql);
      if (parens) out += ')';
    } else {
      unhandled = true;
    }
  } else if ((isInfix(head) || isInfixWide(head)) && nargs == 2) {
    int funcPrec = operatorPrecedence(head);
    std::string sep = isInfixWide(head) ? " " + head + " " : head;
    if (funcPrec <= prec)
      showEnclosedList(out, "(", all, sep, ")", indent, funcPrec, ctx, ql, true);
    else
      showList(out, all, sep, indent, funcPrec, ctx, ql, true);
  } else if (head == "tuple") {
    out += '(';
    if (nargs > 0 && isExpr(args[0], "parameters")) {
      const auto& params = args[0].as<ExprObj>().args;
      showList(out, all.subspan(1), ", ", indent, 0, ctx, ql);
      if (nargs == 2) out += ',';
      out += ';';
      if (!params.empty()) out += ' ';
      showList(out, Args(params), ", ", indent, 0, ctx, ql, false, true);
    } else {
      showList(out, all, ", ", indent, 0, ctx, ql);
      if (nargs == 1) out += ',';
    }
    out += ')';
  } else if (inList(head, {"vcat", "hcat", "row", "vect", "braces", "bracescat", "typed_vcat", "typed_hcat"})) {
    std::string_view h = head;
    Args items = all;
    if (h == "typed_vcat" || h == "typed_hcat") {
      if (nargs == 0) {
        showExprFallback(out, ex, ctx);
        return;
      }
      showUnquoted(out, args[0], indent, prec, ctx, ql);
      h = h == "typed_vcat" ? "vcat" : "hcat";
      items = all.subspan(1);
    }
    const char* op = (h == "braces" || h == "bracescat") ? "{" : "[";
    const char* cl = (h == "braces" || h == "bracescat") ? "}" : "]";
    std::string_view sep = (h == "vcat" || h == "bracescat") ? "; " : (h == "hcat" || h == "row") ? " " : ", ";
    if (h != "row") out += op;
    showList(out, items, sep, indent, 0, ctx, ql);
    if (items.size() == 1 && h == "vcat") out += ';';
    if (h != "row") out += cl;
  } else if (head == "call" && nargs >= 1) {
    Value func = args[0];
    Value fname = func;
    {
      std::string mod;
      Symbol n;
      if (globalRefParts(func, mod, n)) fname = Value::symbol(n);
    }
    int funcPrec = precOf(fname);
    if (funcPrec > 0 || (fname.isSymbol() && isUniOp(symName(fname)))) func = fname;
    Args funcArgs = all.subspan(1);
    bool anyKw = false;
    for (const Value& a : funcArgs)
      if (isExpr(a, "kw")) anyKw = true;
    if (anyKw || (!funcArgs.empty() && isExpr(funcArgs[0], "parameters"))) {
      showCall(out, "call", func, funcArgs, indent, ctx, ql, true);
    } else if (func.isSymbol("*") && funcArgs.size() == 2 &&
               (funcArgs[0].tag() == Tag::Int64 || funcArgs[0].tag() == Tag::Float32 ||
                funcArgs[0].tag() == Tag::Float64) &&
               funcArgs[1].isSymbol() && !symName(funcArgs[1]).empty() &&
               !inList(symName(funcArgs[1]).substr(0, 1), {"e", "E", "f"})) {
      // scalar multiplication `2x`
      if (funcPrec <= prec)
        showEnclosedList(out, "(", funcArgs, "", ")", indent, funcPrec, ctx, ql);
      else
        showList(out, funcArgs, "", indent, funcPrec, ctx, ql);
    } else if (func.isSymbol() && isUniOp(symName(func)) && funcArgs.size() == 1) {
      // unary operator `!z`
      showUnquoted(out, func, indent, 0, ctx, ql);
      const Value& arg1 = funcArgs[0];
      if (arg1.isExpr() || isOpSymbol(arg1))
        showEnclosedList(out, "(", funcArgs, ", ", ")", indent, funcPrec, ctx, 0);
      else
        showUnquoted(out, arg1, indent, funcPrec, ctx, ql);
    } else if (funcPrec > 0) {
      // binary operator `x + y`
      size_t na = funcArgs.size();
      bool noSplat = true;
      for (const Value& a : funcArgs)
        if (isExpr(a, "...")) noSplat = false;
      bool nary = func.isSymbol() && inList(symName(func), {"+", "++", "*"});
      if ((na == 2 || (na > 2 && nary) || (na == 3 && func.isSymbol(":"))) && noSplat) {
        std::string sep = func.isSymbol(":") ? std::string(":") : " " + symName(func) + " ";
        if (funcPrec <= prec)
          showEnclosedList(out, "(", funcArgs, sep, ")", indent, funcPrec, ctx, ql, true);
        else
          showList(out, funcArgs, sep, indent, funcPrec, ctx, ql, true);
      } else if (na == 1) {
        out += '(';
        showUnquoted(out, func, indent, 0, ctx, ql);
        out += ')';
        showEnclosedList(out, "(", funcArgs, ", ", ")", indent, 0, ctx, ql);
      } else {
        showCall(out, "call", func, funcArgs, indent, ctx, ql, true);
      }
    } else {
      showCall(out, "call", func, funcArgs, indent, ctx, ql, true);
    }
  } else if (head == "new" || head == "splatnew") {
    showEnclosedList(out, "%" + head + "(", all, ", ", ")", indent, 0, ctx, ql);
  } else if (inList(head, {"ref", "curly", "calldecl", "."}) && nargs >= 1) {
    Args funcArgsLike = all.subspan(1);
    if (head == ".") funcArgsLike = Args(args[1].as<ExprObj>().args);
    Ctx c = ctx;
    if (head == "ref") c.beginsym = true;
    showCall(out, head, args[0], funcArgsLike, indent, c, ql, head != "curly");
  } else if (head == "typed_comprehension" && nargs == 2 && args[1].isExpr()) {
    showUnquoted(out, args[0], indent, 0, ctx, ql);
    out += '[';
    showGenerator(out, args[1].as<ExprObj>(), indent, ctx, ql);
    out += ']';
  } else if (head == "comprehension" && nargs == 1 && args[0].isExpr()) {
    out += '[';
    showGenerator(out, args[0].as<ExprObj>(), indent, ctx, ql);
    out += ']';
  } else if ((head == "generator" && nargs >= 2) || (head == "flatten" && nargs == 1)) {
    out += '(';
    showGenerator(out, ex, indent, ctx, ql);
    out += ')';
  } else if (head == "filter" && nargs == 2) {
    showUnquoted(out, args[1], indent, 0, ctx, ql);
    out += " if ";
    showUnquoted(out, args[0], indent, 0, ctx, ql);
  } else if (head == "comparison" && nargs >= 3 && (nargs & 1) == 1) {
    int compPrec = 1 << 30;
    for (size_t i = 1; i < nargs; i += 2) compPrec = std::min(compPrec, precOf(args[i]));
    if (compPrec <= prec)
      showEnclosedList(out, "(", all, " ", ")", indent, compPrec, ctx, ql);
    else
      showList(out, all, " ", indent, compPrec, ctx, ql);
  } else if (head == "function" && nargs == 2 && isExpr(args[0], "call")) {
    Value decl = makeExpr("calldecl", args[0].as<ExprObj>().args);
    showBlockArg(out, head, decl, args[1], indent, noBegin, ql);
    out += "end";
  } else if ((head == "function" || head == "macro") && nargs == 1) {
    out += head;
    out += ' ';
    showUnquoted(out, args[0], 0, 0, noBegin, 0);
    out += " end";
  } else if (head == "do" && nargs == 2 && isExpr(args[1], "->", 2) && args[1].as<ExprObj>().args[0].isExpr() &&
             args[1].as<ExprObj>().args[1].isExpr()) {
    const auto& lam = args[1].as<ExprObj>();
    showUnquoted(out, args[0], indent, -1, noBegin, ql);
    out += " do ";
    showList(out, Args(lam.args[0].as<ExprObj>().args), ", ", 0, 0, noBegin, ql);
    for (const Value& stmt : lam.args[1].as<ExprObj>().args) {
      out += '\n';
      spaces(out, indent + kIndentWidth);
      showUnquoted(out, stmt, indent + kIndentWidth, -1, noBegin, ql);
    }
    out += '\n';
    spaces(out, indent);
    out += "end";
  } else if (inList(head, {"for", "while", "function", "macro", "if", "elseif", "let"}) && nargs == 2) {
    if (isExpr(args[1], "block")) {
      showBlockArg(out, head, args[0], args[1], indent, noBegin, ql);
    } else {
      Value body = makeExpr("block", {args[1]});
      showBlockArg(out, head, args[0], body, indent, noBegin, ql);
    }
    out += "end";
  } else if ((head == "if" || head == "elseif") && nargs == 3) {
    showBlockArg(out, head, args[0], args[1], indent, noBegin, ql);
    const Value& arg3 = args[2];
    if (isExpr(arg3, "elseif")) {
      showUnquoted(out, arg3, indent, prec, noBegin, ql);
    } else {
      showBlock(out, "else", Args(), arg3, indent, noBegin, ql);
      out += "end";
    }
  } else if (head == "module" && nargs == 3 && args[0].isBool()) {
    showBlockArg(out, args[0].asBool() ? "module" : "baremodule", args[1], args[2], indent, noBegin, ql);
    out += "end";
  } else if (head == "struct" && nargs == 3 && args[0].isBool()) {
    showBlockArg(out, args[0].asBool() ? "mutable struct" : "struct", args[1], args[2], indent, noBegin, ql);
    out += "end";
  } else if (head == "primitive" && nargs == 2) {
    out += "primitive type ";
    showList(out, all, " ", indent, 0, ctx, ql);
    out += " end";
  } else if (head == "abstract" && nargs == 1) {
    out += "abstract type ";
    showList(out, all, " ", indent, 0, noBegin, ql);
    out += " end";
  } else if (head == "return" && nargs == 1 && args[0].isNothing()) {
    out += head;
  } else if (isUniSym(head) && nargs == 1) {
    out += head;
    showUnquoted(out, args[0], indent, 0, ctx, ql);
  } else if (head == "..." && nargs == 1) {
    showUnquoted(out, args[0], indent, 0, ctx, ql);
    out += "...";
  } else if (nargs == 0 && (head == "break" || head == "continue")) {
    out += head;
  } else if ((nargs == 1 && (head == "return" || head == "const")) || head == "local" || head == "global") {
    out += head;
    out += ' ';
    showList(out, all, ", ", indent, 0, ctx, ql);
  } else if (head == "export" || head == "public") {
    out += head;
    out += ' ';
    std::vector<Value> names;
    for (const Value& a : args) names.push_back(allowMacroname(a));
    showList(out, Args(names), ", ", indent, 0, ctx, 0);
  } else if (head == "macrocall" && nargs >= 2) {
    const std::string* mname = args[0].isSymbol() ? &symName(args[0]) : nullptr;
    if (isCoreMacro(args[0], "@cmd") && nargs >= 3) {
      out += '`';
      printRaw(out, args[2]);
      out += '`';
    } else if ((isCoreMacro(args[0], "@int128_str") || isCoreMacro(args[0], "@uint128_str") ||
                isCoreMacro(args[0], "@big_str")) &&
               nargs >= 3) {
      printRaw(out, args[2]);
    } else if (mname && nargs >= 3 && args[2].isString() && mname->size() >= 5 && (*mname)[0] == '@' &&
               mname->compare(mname->size() - 4, 4, "_str") == 0) {
      // x"y" and x"y"z
      out.append(*mname, 1, mname->size() - 5);
      out += '"';
      escapeRawString(out, args[2].as<StringObj>().data);
      out += '"';
      if (nargs == 4) printRaw(out, args[3]);
    } else {
      if (args[1].isObject(ObjKind::LineNumberNode) || isExpr(args[1], "line")) {
        print(out, args[1]);
        out += ' ';
      }
      Value m = allowMacroname(args[0]);
      if (prec >= 0) {
        showCall(out, "call", m, all.subspan(2), indent, ctx, ql, false);
      } else {
        std::vector<Value> items;
        items.push_back(m);
        for (size_t i = 2; i < nargs; ++i) items.push_back(args[i]);
        showList(out, Args(items), " ", indent, 0, ctx, ql);
      }
    }
  } else if (head == "macroname" && nargs == 1) {
    const Value& a1 = args[0];
    std::string mod;
    Symbol gname;
    if (a1.isSymbol()) {
      showSym(out, symName(a1), true);
    } else if (globalRefParts(a1, mod, gname)) {
      showGlobalRef(out, mod, gname, true);
    } else if (isExpr(a1, ".", 2)) {
      const auto& dot = a1.as<ExprObj>();
      const Value& m = dot.args[0];
      if (m.isSymbol() || isGlobalRef(m) || isExpr(m, ".", 2)) {
        showUnquoted(out, m, 0, 0, ctx, 0);
      } else {
        out += '(';
        showUnquoted(out, m, 0, 0, ctx, 0);
        out += ')';
      }
      out += '.';
      Value name;
      if (isExpr(dot.args[1], "quote") && !dot.args[1].as<ExprObj>().args.empty())
        name = dot.args[1].as<ExprObj>().args[0];
      else if (dot.args[1].isObject(ObjKind::QuoteNode))
        name = dot.args[1].as<QuoteNodeObj>().value;
      else
        name = dot.args[1];
      if (name.isSymbol())
        showSym(out, symName(name), true);
      else
        showUnquoted(out, name, 0, 0, ctx, 0);
    } else {
      showUnquoted(out, a1, 0, 0, ctx, 0);
    }
  } else if (head == "line" && nargs >= 1 && nargs <= 2) {
    showLineNumber(out, args[0], nargs == 2 ? &args[1] : nullptr);
  } else if (head == "try" && nargs >= 3 && nargs <= 4) {
    showBlock(out, "try", Args(), args[0], indent, noBegin, ql);
    if (isExpr(args[2], "block")) {
      if (args[1].isBool() && !args[1].asBool())
        showBlock(out, "catch", Args(), args[2], indent, noBegin, ql);
      else
        showBlockArg(out, "catch", args[1], args[2], indent, noBegin, ql);
    }
    if (nargs >= 4 && isExpr(args[3], "block")) showBlock(out, "finally", Args(), args[3], indent, noBegin, ql);
    out += "end";
  } else if (head == "block") {
    if (ctx.beginsym) {
      // `(a; b)` inside indexing
      out += '(';
      int ind = indent + kIndentWidth;
      for (size_t i = 0; i < nargs; ++i) {
        if (i > 0) {
          if (!(i == 1 && args[0].isObject(ObjKind::LineNumberNode))) out += ';';
          out += '\n';
          spaces(out, ind);
        }
        showUnquoted(out, args[i], ind, -1, ctx, ql);
      }
      if (nargs < 2)
        out += nargs == 0 ? ";;)" : ";)";
      else
        out += ')';
    } else {
      showBlock(out, "begin", Args(), v, indent, ctx, ql);
      out += "end";
    }
  } else if (head == "quote" && nargs == 1 && args[0].isSymbol()) {
    showUnquotedQuoteExpr(out, args[0], indent, 0, noBegin, ql + 1);
  } else if (head == "quote" && !ctx.unquoteFallback) {
    if (nargs == 1 && isExpr(args[0], "block")) {
      Value q = makeExpr("quote", args[0].as<ExprObj>().args);
      showBlock(out, "quote", Args(), q, indent, noBegin, ql + 1);
      out += "end";
    } else if (nargs == 1) {
      out += ":(";
      showUnquoted(out, args[0], indent + 2, 0, noBegin, ql + 1);
      out += ')';
    } else {
      showBlock(out, "quote", Args(), v, indent, noBegin, ql + 1);
      out += "end";
    }
  } else if (head == "gotoifnot" && nargs == 2 && args[1].tag() == Tag::Int64) {
    out += "unless ";
    showUnquoted(out, args[0], indent, 0, ctx, ql);
    out += " goto %";
    print(out, args[1]);
  } else if (head == "string" && nargs == 1 && args[0].isString()) {
    showIn(out, args[0], ctx);
  } else if (head == "null") {
    out += "nothing";
  } else if (head == "string") {
    out += '"';
    for (const Value& x : args) {
      if (!x.isString()) {
        out += "$(";
        if (x.isSymbol() && !isQuotedSym(symName(x)))
          showSym(out, symName(x));
        else
          showUnquoted(out, x, 0, 0, ctx, ql);
        out += ')';
      } else {
        escapeString(out, x.as<StringObj>().data, "\"$");
      }
    }
    out += '"';
  } else if ((head == "&" || head == "$") && nargs == 1) {
    int q = ql;
    if (head == "$") q -= 1;
    if (head == "$" && ctx.unquoteFallback) {
      unhandled = true;
    } else {
      out += head;
      const Value& a1 = args[0];
      bool parens = (a1.isExpr() && !inList(a1.as<ExprObj>().head.str(), {"tuple", "$", "vect", "braces"})) ||
                    isOpSymbol(a1);
      if (parens) out += '(';
      showUnquoted(out, a1, 0, 0, ctx, q);
      if (parens) out += ')';
    }
  } else if (head == "'" && nargs == 1) {
    if (args[0].isSymbol()) {
      showUnquoted(out, args[0], 0, 0, ctx, ql);
    } else {
      out += '(';
      showUnquoted(out, args[0], 0, 0, ctx, ql);
      out += ')';
    }
    out += head;
  } else if (head == "where" && nargs > 1) {
    bool parens = 1 <= prec;
    if (parens) out += '(';
    showUnquoted(out, args[0], indent, kPrecDecl, ctx, ql);
    out += " where ";
    if (nargs == 2) {
      showUnquoted(out, args[1], indent, 1, ctx, ql);
    } else {
      out += '{';
      showList(out, all.subspan(1), ", ", indent, 0, ctx, ql);
      out += '}';
    }
    if (parens) out += ')';
  } else if ((head == "import" || head == "using") && nargs >= 1 &&
             [&] {
               if (nargs == 1) {
                 if (validImportPath(args[0])) return true;
                 if (isExpr(args[0], ":") && args[0].as<ExprObj>().args.size() > 1) {
                   for (const Value& a : args[0].as<ExprObj>().args)
                     if (!validImportPath(a)) return false;
                   return true;
                 }
               }
               for (const Value& a : args)
                 if (!validImportPath(a)) return false;
               return true;
             }()) {
    out += head;
    out += ' ';
    bool first = true;
    for (const Value& a : args) {
      if (!first) out += ", ";
      first = false;
      showImportPath(out, a, ctx, ql);
    }
  } else if (head == "meta" && nargs >= 2 && args[0].isSymbol("push_loc")) {
    out += "# meta: location";
    for (size_t i = 1; i < nargs; ++i) {
      out += ' ';
      print(out, args[i]);
    }
  } else if (head == "meta" && nargs == 1 && args[0].isSymbol("pop_loc")) {
    out += "# meta: pop location";
  } else if (head == "meta" && nargs == 2 && args[0].isSymbol("pop_loc")) {
    out += "# meta: pop locations (";
    print(out, args[1]);
    out += ')';
  } else {
    unhandled = true;
  }
  if (unhandled) showExprFallback(out, ex, ctx);
}

}  // namespace

void showUnquoted(std::string& out, const Value& v, int indent, int prec, Ctx ctx, int ql) {
  if (v.isSymbol()) {
    showSym(out, symName(v), false);
    return;
  }
  if (v.isObject(ObjKind::LineNumberNode)) {
    const auto& l = v.as<LineNumberNodeObj>();
    showLineNumber(out, Value::int64(l.line), &l.file);
    return;
  }
  if (v.isObject(ObjKind::QuoteNode)) {
    const Value& val = v.as<QuoteNodeObj>().value;
    if (val.isSymbol()) {
      showUnquotedQuoteExpr(out, val, indent, prec, ctx, 0);
    } else {
      out += "$(QuoteNode(";
      showIn(out, val, ctx);
      out += "))";
    }
    return;
  }
  if (v.isExpr()) {
    showExpr(out, v, indent, prec, ctx, ql);
    return;
  }
  std::string mod;
  Symbol name;
  if (globalRefParts(v, mod, name)) {
    showGlobalRef(out, mod, name, false);
    return;
  }
  showIn(out, v, ctx);
}

void showUnquotedQuoteExpr(std::string& out, const Value& v, int indent, int prec, Ctx ctx, int ql) {
  if (v.isSymbol() && !isQuotedSym(symName(v))) {
    const std::string& s = symName(v);
    if (isIdentifier(s) || (isOperator(s) && s != "'")) {
      out += ':';
      out += s;
    } else {
      out += "Symbol(";
      out += quoteString(s);
      out += ')';
    }
    return;
  }
  if (isExpr(v, "block")) {
    Ctx c = ctx;
    c.beginsym = false;
    showBlock(out, "quote", Args(), v, indent, c, ql);
    out += "end";
    return;
  }
  out += ":(";
  showUnquoted(out, v, indent + 2, -1, ctx, ql);
  out += ')';
}

}  // namespace jl::syntax::detail
