// Code generation for function bodies: the expression-oriented IR tree becomes C++
// statements. A node is emitted either as a C++ expression (when it and its operands need
// no statements) or into a destination: discarded, returned, or assigned to a variable.
// Operands with side effects are evaluated left to right (C++ leaves argument order
// unspecified, so all but the last effectful operand are spilled into temporaries).
#include <functional>

#include "codegen/emitter.hpp"
#include "interp/types.hpp"

namespace jl::codegen {

using ir::Node;
using ir::Op;

namespace {
bool isEmptyBlock(const Node* n) {
  if (!n) return true;
  if (n->op != Op::Block) return false;
  for (auto& k : n->kids)
    if (k && k->op != Op::Line) return false;
  return true;
}
// The single non-Line kid of a Block, or nullptr.
const Node* singleKid(const Node& n) {
  const Node* only = nullptr;
  for (auto& k : n.kids) {
    if (!k || k->op == Op::Line) continue;
    if (only) return nullptr;
    only = k.get();
  }
  return only;
}
std::string stripParens(const std::string& s) {
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') return s;
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && --depth == 0 && i + 1 != s.size()) return s;
  }
  return s.substr(1, s.size() - 2);
}
}  // namespace

// Whether a call of `mi` passes its trailing varargs as one tuple (the method's vararg
// local is a tuple while the call site lists the elements).
int argumentLocals(const ir::MethodInstance& mi) {
  int n = 0;
  for (auto& l : mi.locals)
    if (l.isArgument) ++n;
  return n;
}
bool packsVarargs(const ir::MethodInstance& mi) {
  int n = argumentLocals(mi);
  return mi.method && mi.method->isVarargs && n >= 1;
}

FunctionEmitter::FunctionEmitter(Emitter& e, const ir::MethodInstance& mi, bool isMain)
    : E(e), mi_(mi), isMain_(isMain), names_(e.fileNames) {
  analyze();
}

void FunctionEmitter::analyze() {
  size_t n = mi_.locals.size();
  read_.assign(n, false);
  declareTop_.assign(n, false);
  catchVar_.assign(n, false);
  std::vector<bool> outside(n, false), bound(n, false);
  std::vector<int> boundStack;
  auto isBound = [&](int s) {
    for (int b : boundStack)
      if (b == s) return true;
    return false;
  };
  std::function<void(const Node*)> walk = [&](const Node* nd) {
    if (!nd) return;
    int s = nd->slot;
    bool validSlot = s >= 0 && static_cast<size_t>(s) < n;
    switch (nd->op) {
      case Op::LocalGet:
        if (validSlot) {
          read_[s] = true;
          if (!isBound(s)) outside[s] = true;
        }
        break;
      case Op::LocalSet:
        if (validSlot && !isBound(s)) outside[s] = true;
        break;
      case Op::ForRange: case Op::ForStepRange: case Op::ForEach: {
        size_t bodyIdx = nd->kids.size() - 1;
        for (size_t i = 0; i < bodyIdx; ++i) walk(nd->kids[i].get());
        if (validSlot) { bound[s] = true; boundStack.push_back(s); }
        walk(nd->kids[bodyIdx].get());
        if (validSlot) boundStack.pop_back();
        return;
      }
      case Op::TryCatch: {
        if (nd->kids.size() > 0) walk(nd->kids[0].get());
        if (validSlot) { bound[s] = true; catchVar_[s] = true; boundStack.push_back(s); }
        if (nd->kids.size() > 1) walk(nd->kids[1].get());
        if (validSlot) boundStack.pop_back();
        if (nd->kids.size() > 2) walk(nd->kids[2].get());
        return;
      }
      default: break;
    }
    for (auto& k : nd->kids) walk(k.get());
  };
  walk(mi_.body.get());
  // Closures: a boxed local is a shared cell, live wherever it is used (the closures that
  // share it may read it); a captured variable is initialized from the closure (argument 0).
  for (size_t i = 0; i < n; ++i)
    if (mi_.locals[i].boxed) read_[i] = read_[i] || outside[i];
  for (size_t i = 0; i < n; ++i) {
    if (mi_.locals[i].isArgument) continue;
    declareTop_[i] = outside[i] && read_[i];
    if (mi_.locals[i].captureField >= 0 && declareTop_[i] && n > 0) read_[0] = true;
  }
  // Names: arguments first, then the rest, in slot order (deterministic).
  localNames_.resize(n);
  cellNames_.assign(n, std::string());
  for (size_t i = 0; i < n; ++i) {
    localNames_[i] = names_.fresh(sanitizeName(mi_.locals[i].name));
    if (mi_.locals[i].boxed) {
      cellNames_[i] = localNames_[i];
      localNames_[i] = "(*" + cellNames_[i] + ")";
    }
  }
}

std::string FunctionEmitter::localName(int slot) const {
  if (slot < 0 || static_cast<size_t>(slot) >= localNames_.size())
    E.fail("local slot " + std::to_string(slot) + " out of range in " + mi_.juliaName);
  return localNames_[static_cast<size_t>(slot)];
}

std::string FunctionEmitter::localType(int slot) const {
  size_t s = static_cast<size_t>(slot);
  if (s < catchVar_.size() && catchVar_[s]) return "jlrt::Exception";
  return E.cppType(mi_.locals.at(s).type);
}

std::string FunctionEmitter::nodeCppType(const Node& n) const {
  if (n.op == Op::LocalGet && n.slot >= 0 && static_cast<size_t>(n.slot) < catchVar_.size() &&
      catchVar_[static_cast<size_t>(n.slot)])
    return "jlrt::Exception";
  if (E.classify(n.type) == TypeClass::Unsupported && n.op == Op::LocalGet) return localType(n.slot);
  return E.cppType(n.type);
}

std::string FunctionEmitter::params() {
  // One C++ parameter per argument local (a varargs tail is one tuple local); without
  // argument locals, one per argument type.
  std::string out;
  bool any = false;
  for (size_t slot = 0; slot < mi_.locals.size(); ++slot) {
    const auto& l = mi_.locals[slot];
    if (!l.isArgument) continue;
    any = true;
    std::string name = read_[slot] ? localNames_[slot] : "/*" + localNames_[slot] + "*/";
    out += (out.empty() ? "" : ", ") + E.cppType(l.type) + " " + name;
  }
  if (!any)
    for (size_t i = 0; i < mi_.argTypes.size(); ++i)
      out += (i ? ", " : "") + E.cppType(mi_.argTypes[i]) + " /*arg" + std::to_string(i + 1) + "*/";
  return out;
}

void FunctionEmitter::line(const std::string& text) {
  out_.append(static_cast<size_t>(2 * indent_), ' ');
  out_ += text;
  out_ += '\n';
}

void FunctionEmitter::lineDirective(const Node& n) {
  if (n.line <= 0) return;
  E.currentLine = n.line;
  if (!E.opts.lineDirectives) return;
  std::string file = !n.file.empty() ? n.file : E.lineFile;
  if (n.line == lastLine_ && file == lastFile_) return;
  lastLine_ = n.line;
  lastFile_ = file;
  out_ += "#line " + std::to_string(n.line) + " " + cppStringLiteral(file) + "\n";
}

std::string FunctionEmitter::temp(const std::string& hint) { return names_.fresh(hint + std::to_string(++temps_)); }

std::string FunctionEmitter::body() {
  out_.clear();
  indent_ = 1;
  if (!mi_.body) return "{\n}\n";
  emitStmt(*mi_.body, Dest{isMain_ ? DestKind::Discard : DestKind::Return, ""});
  if (!isMain_) {
    // A body that ends in a call that never returns (error(...)) still needs an end the
    // C++ compiler can see is never reached.
    size_t end = out_.find_last_not_of(" \n");
    size_t start = out_.rfind('\n', end == std::string::npos ? 0 : end);
    std::string last = out_.substr(start == std::string::npos ? 0 : start + 1);
    size_t first = last.find_first_not_of(' ');
    if (first == std::string::npos || (last.compare(first, 6, "return") != 0 && last.compare(first, 5, "throw") != 0))
      line("jlrt::unreachable();");
  }
  std::string decls;
  for (size_t i = 0; i < mi_.locals.size(); ++i) {
    if (!declareTop_[i]) continue;
    const ir::Local& l = mi_.locals[i];
    std::string init = "{}";
    if (l.captureField >= 0) {
      const StructInfo* si = E.structOf(mi_.locals.at(0).type);
      if (!si || static_cast<size_t>(l.captureField) >= si->def->fieldNames.size())
        E.fail("captured variable " + l.name + " of " + mi_.juliaName + " without its closure field");
      init = " = " + localNames_[0] + "." + sanitizeName(si->def->fieldNames[static_cast<size_t>(l.captureField)]);
    }
    if (l.boxed) {
      std::string t = localType(static_cast<int>(i));
      if (l.captureField < 0) init = " = std::make_shared<" + t + ">()";
      decls += "  std::shared_ptr<" + t + "> " + cellNames_[i] + init + ";\n";
    } else {
      decls += "  " + localType(static_cast<int>(i)) + " " + localNames_[i] + init + ";\n";
    }
  }
  return "{\n" + decls + out_ + "}\n";
}

// ---------------------------------------------------------------------------------------
// Purity and expression form.
bool FunctionEmitter::isPure(const Node& n) const {
  switch (n.op) {
    case Op::LocalGet:  // a boxed local may be changed by a call (a closure sharing it)
      return n.slot < 0 || static_cast<size_t>(n.slot) >= mi_.locals.size() ||
             !mi_.locals[static_cast<size_t>(n.slot)].boxed;
    case Op::Const: case Op::TypeConst: case Op::GlobalGet: case Op::Line: return true;
    case Op::Tuple: case Op::TupleGet:
      break;
    case Op::GetField: {
      TypeClass c = E.classify(n.kids[0]->type);
      if (c != TypeClass::Struct && c != TypeClass::Tuple) return false;
      break;
    }
    case Op::New:
      if (E.classify(n.type) != TypeClass::Struct) return false;
      break;
    case Op::Block: {
      const Node* k = singleKid(n);
      return isEmptyBlock(&n) || (k && isPure(*k));
    }
    case Op::Builtin: {
      static const std::set<std::string> pure = {"+", "-", "*", "/", "&", "|", "xor", "⊻", "~", "!", "==", "!=",
                                                 "≠", "<", "<=", "≤", ">", ">=", "≥", "===", "!==", "≡", "≢",
                                                 "<<", ">>", ">>>", "abs", "min", "max", "sign", "identity",
                                                 "isequal", "isless", "ifelse"};
      if (!pure.count(n.name)) return false;
      for (auto& k : n.kids) {
        TypeClass c = E.classify(k->type);
        if (c != TypeClass::Int && c != TypeClass::Float && c != TypeClass::Bool && c != TypeClass::Char) return false;
      }
      if ((n.name == "*" || n.name == "+") && E.classify(n.type) == TypeClass::String) return false;
      break;
    }
    default: return false;
  }
  for (auto& k : n.kids)
    if (!isPure(*k)) return false;
  return true;
}

bool FunctionEmitter::isExprForm(const Node& n) const {
  auto argsOk = [&](const std::vector<ir::NodePtr>& kids) {
    int impure = 0;
    for (auto& k : kids) {
      if (!k || !isExprForm(*k)) return false;
      if (!isPure(*k)) ++impure;
    }
    return impure <= 1;
  };
  switch (n.op) {
    case Op::Const: case Op::TypeConst: case Op::LocalGet: case Op::GlobalGet: return true;
    case Op::LocalSet: case Op::GlobalSet: case Op::SetField:
    case Op::Call: case Op::Builtin: case Op::New: case Op::Tuple: case Op::TupleGet: case Op::GetField:
    case Op::Convert:
      return argsOk(n.kids);
    case Op::And: case Op::Or:
      return n.kids.size() == 2 && isExprForm(*n.kids[0]) && isExprForm(*n.kids[1]) &&
             E.classify(n.kids[1]->type) == TypeClass::Bool;
    case Op::If: {
      if (n.kids.size() != 3 || isEmptyBlock(n.kids[2].get())) return false;
      TypeClass c = E.classify(n.type);
      if (c == TypeClass::Nothing || c == TypeClass::Bottom) return false;
      if (E.classify(n.kids[1]->type) == TypeClass::Bottom || E.classify(n.kids[2]->type) == TypeClass::Bottom)
        return false;
      return isExprForm(*n.kids[0]) && isExprForm(*n.kids[1]) && isExprForm(*n.kids[2]) &&
             isPure(*n.kids[1]) && isPure(*n.kids[2]);
    }
    case Op::Block: {
      if (isEmptyBlock(&n)) return true;
      const Node* k = singleKid(n);
      return k && isExprForm(*k);
    }
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------
// Expressions.
std::vector<std::string> FunctionEmitter::emitArgs(const std::vector<ir::NodePtr>& kids) {
  int lastImpure = -1;
  for (size_t i = 0; i < kids.size(); ++i)
    if (!isPure(*kids[i])) lastImpure = static_cast<int>(i);
  std::vector<std::string> out;
  for (size_t i = 0; i < kids.size(); ++i) {
    std::string s = emitExpr(*kids[i]);
    if (!isPure(*kids[i]) && static_cast<int>(i) < lastImpure) {
      TypeClass c = E.classify(kids[i]->type);
      if (c != TypeClass::Bottom) {
        std::string t = temp("t");
        line("const " + E.cppType(kids[i]->type) + " " + t + " = " + s + ";");
        s = t;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string FunctionEmitter::emitExpr(const Node& n) {
  if (!isExprForm(n)) {
    TypeClass c = E.classify(n.type);
    if (c == TypeClass::Nothing || c == TypeClass::Bottom) {
      emitStmt(n, Dest{DestKind::Discard, ""});
      return "jlrt::nothing";
    }
    std::string t = temp("t");
    line(E.cppType(n.type) + " " + t + "{};");
    emitStmt(n, Dest{DestKind::Assign, t});
    return t;
  }
  return emitExprParts(n);
}

// The C++ expression of `n` from the expressions of its kids; kids with side effects are
// spilled into temporaries first (emitArgs), so this is safe for any argument mix.
std::string FunctionEmitter::emitExprParts(const Node& n) {
  switch (n.op) {
    case Op::Const: return E.constExpr(n.value, n.type);
    case Op::TypeConst: return E.typeValueExpr(n.value);
    case Op::LocalGet: return localName(n.slot);
    case Op::GlobalGet:
      if (n.slot < 0 || static_cast<size_t>(n.slot) >= E.globalNames.size()) E.fail("global slot out of range", &n);
      return E.globalNames[static_cast<size_t>(n.slot)];
    case Op::LocalSet: {
      std::string v = emitExpr(*n.kids[0]);
      if (!declareTop_[static_cast<size_t>(n.slot)] && !read_[static_cast<size_t>(n.slot)]) return v;
      return "(" + localName(n.slot) + " = " + v + ")";
    }
    case Op::GlobalSet: {
      std::string v = emitExpr(*n.kids[0]);
      const std::string& g = E.globalNames.at(static_cast<size_t>(n.slot));
      std::string share = E.shareGlobal(static_cast<size_t>(n.slot));
      if (!share.empty()) return "(" + g + " = " + v + ", " + share + ", " + g + ")";
      return "(" + g + " = " + v + ")";
    }
    case Op::SetField: {
      auto a = emitArgs(n.kids);
      std::string f = emitGetField(n, a[0]);
      return "(" + f + " = " + a[1] + ")";
    }
    case Op::Call: return emitCall(n, emitArgs(n.kids));
    case Op::Builtin: return emitBuiltin(n, emitArgs(n.kids));
    case Op::New:
      if (const StructInfo* si = E.structOf(n.type); si && si->def->isClosure) {
        // a closure: copies of the captured locals, the cells of the boxed ones
        std::string c = si->cppName + "{";
        for (size_t i = 0; i < n.kids.size(); ++i) {
          const Node& k = *n.kids[i];
          if (k.op != Op::LocalGet) E.fail("closure field that is not a local", &n);
          bool cell = i < si->def->fieldBoxed.size() && si->def->fieldBoxed[i];
          if (cell && cellNames_.at(static_cast<size_t>(k.slot)).empty()) E.fail("closure cell of an unboxed local", &n);
          c += (i ? ", " : "") + (cell ? cellNames_[static_cast<size_t>(k.slot)] : localName(k.slot));
        }
        return c + "}";
      }
      return emitNew(n, emitArgs(n.kids));
    case Op::Tuple: {
      auto a = emitArgs(n.kids);
      if (a.empty()) return "std::tuple<>()";
      std::string s = "std::make_tuple(";
      for (size_t i = 0; i < a.size(); ++i) s += (i ? ", " : "") + a[i];
      return s + ")";
    }
    case Op::TupleGet: return "std::get<" + std::to_string(n.slot) + ">(" + emitExpr(*n.kids[0]) + ")";
    case Op::GetField: return emitGetField(n, emitExpr(*n.kids[0]));
    case Op::Convert: return emitConvert(n, emitExpr(*n.kids[0]));
    case Op::And: return "(" + emitExpr(*n.kids[0]) + " && " + emitExpr(*n.kids[1]) + ")";
    case Op::Or: return "(" + emitExpr(*n.kids[0]) + " || " + emitExpr(*n.kids[1]) + ")";
    case Op::If:
      return "(" + stripParens(emitExpr(*n.kids[0])) + " ? " + emitExpr(*n.kids[1]) + " : " + emitExpr(*n.kids[2]) + ")";
    case Op::Block: {
      const Node* k = singleKid(n);
      return k ? emitExpr(*k) : "jlrt::nothing";
    }
    default: break;
  }
  E.fail("cannot emit node as an expression", &n);
}

std::string FunctionEmitter::emitCall(const Node& n, std::vector<std::string> args) {
  if (!n.callee) E.fail("Call node without a callee", &n);
  auto it = E.fnNames.find(n.callee);
  if (it == E.fnNames.end()) E.fail("call of " + n.callee->juliaName + ", which is not in Program::instances", &n);
  // Inference passes a varargs tail as one Tuple kid; a call listing the elements is packed here.
  if (packsVarargs(*n.callee) && args.size() != static_cast<size_t>(argumentLocals(*n.callee))) {
    size_t fixed = static_cast<size_t>(argumentLocals(*n.callee) - 1);
    std::vector<std::string> packed(args.begin(), args.begin() + static_cast<long>(std::min(fixed, args.size())));
    std::string tup = "std::make_tuple(";
    for (size_t i = fixed; i < args.size(); ++i) tup += (i > fixed ? ", " : "") + args[i];
    tup += ")";
    if (args.size() <= fixed) tup = "std::tuple<>()";
    packed.push_back(tup);
    args = std::move(packed);
  }
  std::string s = it->second + "(";
  for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + args[i];
  return s + ")";
}

std::string FunctionEmitter::emitNew(const Node& n, std::vector<std::string> a) {
  TypeClass c = E.classify(n.type);
  if (c == TypeClass::Exception) {
    std::string tn = typeNameOf(n.type);
    auto need = [&](size_t k) {
      if (a.size() != k)
        E.fail(tn + " constructed with " + std::to_string(a.size()) + " fields (expected " + std::to_string(k) + ")", &n);
    };
    if (tn == "ErrorException") { need(1); return "jlrt::make_error(" + a[0] + ")"; }
    if (tn == "AssertionError") { need(1); return "jlrt::make_assertion(" + a[0] + ")"; }
    if (tn == "ArgumentError") { need(1); return "jlrt::make_argument(" + a[0] + ")"; }
    if (tn == "OverflowError") { need(1); return "jlrt::make_overflow(" + a[0] + ")"; }
    if (tn == "DimensionMismatch") { need(1); return "jlrt::make_dimension_mismatch(" + a[0] + ")"; }
    if (tn == "DivideError") { need(0); return "jlrt::make_divide()"; }
    if (tn == "UndefRefError") { need(0); return "jlrt::make_undefref()"; }
    if (tn == "StackOverflowError") { need(0); return "jlrt::make_stackoverflow()"; }
    if (tn == "KeyError") { need(1); return "jlrt::make_key(" + a[0] + ")"; }
    if (tn == "StringIndexError") { need(2); return "jlrt::make_string_index(jlrt::formatInt(" + a[1] + "))"; }
    if (tn == "InexactError") { need(3); return "jlrt::make_inexact(" + a[0] + ", " + a[1] + ", " + a[2] + ")"; }
    if (tn == "BoundsError" || tn == "DomainError") {
      if (a.size() > 2) E.fail(tn + " with more than two fields", &n);
      std::string s = std::string(tn == "BoundsError" ? "jlrt::make_bounds(" : "jlrt::make_domain(");
      for (size_t i = 0; i < a.size(); ++i) s += (i ? ", " : "") + a[i];
      return s + ")";
    }
    E.fail("construction of " + tn + " is not supported in compiled code", &n);
  }
  if (c == TypeClass::Tuple) {
    std::string s = "std::make_tuple(";
    for (size_t i = 0; i < a.size(); ++i) s += (i ? ", " : "") + a[i];
    return s + ")";
  }
  const StructInfo* si = E.structOf(n.type);
  if (!si) E.fail("New of " + E.juliaTypeName(n.type) + ", which is not in Program::structs", &n);
  std::string s = si->cppName + "{";
  for (size_t i = 0; i < a.size(); ++i) s += (i ? ", " : "") + a[i];
  s += "}";
  if (si->def->isMutable) return "std::make_shared<" + si->cppName + ">(" + s + ")";
  return s;
}

std::string FunctionEmitter::emitGetField(const Node& n, const std::string& obj) {
  const ir::TypeRef& t = n.kids[0]->type;
  TypeClass c = E.classify(t);
  if (c == TypeClass::Tuple) return "std::get<" + std::to_string(n.slot) + ">(" + obj + ")";
  if (c == TypeClass::Struct || c == TypeClass::MutableStruct) {
    const StructInfo* si = E.structOf(t);
    std::string field;
    if (!n.name.empty()) {
      for (size_t i = 0; i < si->def->fieldNames.size(); ++i)
        if (si->def->fieldNames[i] == n.name) field = sanitizeName(n.name);
    } else if (n.slot >= 0 && static_cast<size_t>(n.slot) < si->def->fieldNames.size()) {
      field = sanitizeName(si->def->fieldNames[static_cast<size_t>(n.slot)]);
    }
    if (field.empty()) E.fail("field access out of range on " + E.juliaTypeName(t), &n);
    return obj + (c == TypeClass::MutableStruct ? "->" : ".") + field;
  }
  if (c == TypeClass::Exception || nodeCppType(*n.kids[0]) == "jlrt::Exception") {
    std::string field = n.name;
    if (field.empty() && interp::isType(t, interp::TypeKind::DataType)) {
      const auto& d = t.as<interp::DataTypeObj>();
      if (d.tname && n.slot >= 0 && static_cast<size_t>(n.slot) < d.tname->fieldNames.size())
        field = d.tname->fieldNames[static_cast<size_t>(n.slot)].str();
    }
    if (field == "msg") return obj + ".msg()";
    E.fail("field `" + field + "` of a caught exception is not available in compiled code (only `msg`)", &n);
  }
  E.fail("field access on a value of type " + E.juliaTypeName(t), &n);
}

std::string FunctionEmitter::emitConvert(const Node& n, const std::string& x) {
  const ir::TypeRef& from = n.kids[0]->type;
  TypeClass fc = E.classify(from), tc = E.classify(n.type);
  if (fc == TypeClass::Bottom) return x;
  std::string ft = E.cppType(from), tt = E.cppType(n.type);
  if (ft == tt) return x;
  auto numeric = [](TypeClass c) { return c == TypeClass::Int || c == TypeClass::Float || c == TypeClass::Bool; };
  if (numeric(fc) && numeric(tc)) return "jlrt::convert_checked<" + tt + ">(" + x + ")";
  if (fc == TypeClass::Char && numeric(tc)) return "jlrt::from_char<" + tt + ">(" + x + ")";
  if (numeric(fc) && tc == TypeClass::Char) return "jlrt::to_char(" + x + ")";
  E.fail("conversion from " + E.juliaTypeName(from) + " to " + E.juliaTypeName(n.type), &n);
}

std::string FunctionEmitter::emitThrowValue(const Node& n, const std::string& x) {
  if (nodeCppType(n) == "jlrt::Exception") return "jlrt::throw_exception(" + x + ")";
  return "jlrt::throw_value(" + x + ")";
}

// ---------------------------------------------------------------------------------------
// Statements.
void FunctionEmitter::finishNothing(const Dest& d) {
  switch (d.kind) {
    case DestKind::Discard: return;
    case DestKind::Return: line(isMain_ ? "return;" : "return jlrt::nothing;"); return;
    case DestKind::Assign: line(d.var + " = jlrt::nothing;"); return;
  }
}

void FunctionEmitter::emitValueInto(const std::string& expr, const Node& n, const Dest& d) {
  TypeClass c = E.classify(n.type);
  switch (d.kind) {
    case DestKind::Discard:
      if (c == TypeClass::Struct && !isPure(n)) line("static_cast<void>(" + expr + ");");  // `T{...};` is an unused value
      else if (!isPure(n) && expr != "jlrt::nothing") line(expr + ";");
      else if (n.op == Op::LocalGet) line("(void)" + expr + ";");  // a value computed only to be dropped
      return;
    case DestKind::Return: {
      bool retNothing = isMain_ || E.classify(mi_.returnType) == TypeClass::Nothing;
      if (retNothing) {
        if (!isPure(n) && expr != "jlrt::nothing") line(expr + ";");
        else if (n.op == Op::LocalGet) line("(void)" + expr + ";");
        if (c != TypeClass::Bottom) line(isMain_ ? "return;" : "return jlrt::nothing;");
        return;
      }
      if (c == TypeClass::Bottom) {
        if (expr != "jlrt::nothing") line(expr + ";");
        return;
      }
      line("return " + expr + ";");
      return;
    }
    case DestKind::Assign:
      if (c == TypeClass::Bottom) {
        if (expr != "jlrt::nothing") line(expr + ";");
        return;
      }
      line(d.var + " = " + expr + ";");
      return;
  }
}

void FunctionEmitter::emitStmt(const Node& n, const Dest& d) {
  if (n.op != Op::Block) lineDirective(n);
  switch (n.op) {
    case Op::Line: return;
    case Op::Interpreted: {
      std::string text = E.interpretedStatement(n.slot);
      for (size_t pos = 0; pos <= text.size();) {
        size_t nl = text.find('\n', pos);
        line(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
        if (nl == std::string::npos) break;
        pos = nl + 1;
      }
      return;
    }
    case Op::Block: {
      int last = -1;
      for (size_t i = 0; i < n.kids.size(); ++i)
        if (n.kids[i] && n.kids[i]->op != Op::Line) last = static_cast<int>(i);
      for (size_t i = 0; i < n.kids.size(); ++i) {
        if (!n.kids[i]) continue;
        if (n.kids[i]->op == Op::Line) {
          lineDirective(*n.kids[i]);
          continue;
        }
        emitStmt(*n.kids[i], static_cast<int>(i) == last ? d : Dest{DestKind::Discard, ""});
      }
      if (last < 0) finishNothing(d);
      return;
    }
    case Op::If: {
      std::string c = emitExpr(*n.kids[0]);
      line("if (" + stripParens(c) + ") {");
      ++indent_;
      emitStmt(*n.kids[1], d);
      --indent_;
      const Node* els = n.kids.size() > 2 ? n.kids[2].get() : nullptr;
      if (!isEmptyBlock(els) || d.kind != DestKind::Discard) {
        // `else if` chains stay flat.
        if (els && els->op == Op::If && d.kind == DestKind::Discard) {
          std::string saved = out_;
          out_.clear();
          int savedIndent = indent_;
          emitStmt(*els, d);
          std::string inner = out_;
          out_ = saved;
          indent_ = savedIndent;
          std::string pad(static_cast<size_t>(2 * indent_), ' ');
          if (inner.rfind(pad + "if (", 0) == 0) {
            out_.append(pad);
            out_ += "} else " + inner.substr(pad.size());
            return;
          }
          line("} else {");
          ++indent_;
          std::string padIn(2, ' ');
          size_t pos = 0;
          while (pos < inner.size()) {
            size_t nl = inner.find('\n', pos);
            std::string ln = inner.substr(pos, nl - pos);
            out_ += (ln.rfind("#line", 0) == 0 ? "" : padIn) + ln + "\n";
            pos = nl + 1;
          }
          --indent_;
        } else {
          line("} else {");
          ++indent_;
          if (els) emitStmt(*els, d);
          else finishNothing(d);
          --indent_;
        }
      }
      line("}");
      return;
    }
    case Op::And: case Op::Or: {
      bool isAnd = n.op == Op::And;
      std::string c = emitExpr(*n.kids[0]);
      if (d.kind == DestKind::Discard) {
        line(std::string("if (") + (isAnd ? stripParens(c) : "!(" + stripParens(c) + ")") + ") {");
        ++indent_;
        emitStmt(*n.kids[1], d);
        --indent_;
        line("}");
        return;
      }
      line("if (" + stripParens(c) + ") {");
      ++indent_;
      if (isAnd) emitStmt(*n.kids[1], d);
      else emitValueInto("true", *n.kids[0], d);
      --indent_;
      line("} else {");
      ++indent_;
      if (isAnd) emitValueInto("false", *n.kids[0], d);
      else emitStmt(*n.kids[1], d);
      --indent_;
      line("}");
      return;
    }
    case Op::While: {
      if (isExprForm(*n.kids[0])) {
        std::string saved = out_;
        out_.clear();
        std::string c = emitExpr(*n.kids[0]);
        bool clean = out_.empty();
        out_ = saved;
        if (clean) {
          line("while (" + stripParens(c) + ") {");
          ++indent_;
          emitStmt(*n.kids[1], Dest{DestKind::Discard, ""});
          --indent_;
          line("}");
          finishNothing(d);
          return;
        }
      }
      line("while (true) {");
      ++indent_;
      std::string c = emitExpr(*n.kids[0]);
      line("if (!(" + stripParens(c) + ")) break;");
      emitStmt(*n.kids[1], Dest{DestKind::Discard, ""});
      --indent_;
      line("}");
      finishNothing(d);
      return;
    }
    case Op::ForRange: case Op::ForStepRange: case Op::ForEach: emitFor(n, d); return;
    case Op::Break: line("break;"); return;
    case Op::Continue: line("continue;"); return;
    case Op::Return: {
      if (n.kids.empty() || !n.kids[0]) {
        line(isMain_ ? "return;" : "return jlrt::nothing;");
        return;
      }
      emitStmt(*n.kids[0], Dest{DestKind::Return, ""});
      return;
    }
    case Op::Throw: {
      std::string x = emitExpr(*n.kids[0]);
      line(emitThrowValue(*n.kids[0], x) + ";");
      return;
    }
    case Op::TryCatch: emitTry(n, d); return;
    case Op::LocalSet: {
      size_t s = static_cast<size_t>(n.slot);
      if (s >= localNames_.size()) E.fail("local slot out of range", &n);
      bool live = declareTop_[s] || read_[s];
      if (!live) {
        // The local is never read: only the assigned value matters (`() -> (y = 7)`).
        emitStmt(*n.kids[0], d);
        return;
      }
      const Node& v = *n.kids[0];
      if (!isExprForm(v) && E.classify(v.type) != TypeClass::Nothing) {
        emitStmt(v, Dest{DestKind::Assign, localName(n.slot)});
      } else {
        line(localName(n.slot) + " = " + emitExpr(v) + ";");
      }
      if (d.kind != DestKind::Discard) emitValueInto(localName(n.slot), n, d);
      return;
    }
    case Op::GlobalSet: {
      std::string g = E.globalNames.at(static_cast<size_t>(n.slot));
      const Node& v = *n.kids[0];
      if (!isExprForm(v) && E.classify(v.type) != TypeClass::Nothing) emitStmt(v, Dest{DestKind::Assign, g});
      else line(g + " = " + emitExpr(v) + ";");
      std::string share = E.shareGlobal(static_cast<size_t>(n.slot));
      if (!share.empty()) line(share + ";");
      if (d.kind != DestKind::Discard) emitValueInto(g, n, d);
      return;
    }
    case Op::SetField: {
      auto a = emitArgs(n.kids);
      line(emitGetField(n, a[0]) + " = " + a[1] + ";");
      if (d.kind != DestKind::Discard) emitValueInto(a[1], *n.kids[1], d);
      return;
    }
    default: {
      // Calls and constructors whose arguments are not all pure are not expression forms;
      // their arguments are evaluated into temporaries, in order, by emitExprParts.
      bool callLike = n.op == Op::Call || n.op == Op::Builtin || n.op == Op::New || n.op == Op::Tuple ||
                      n.op == Op::TupleGet || n.op == Op::GetField || n.op == Op::Convert;
      std::string e = (!isExprForm(n) && callLike) ? emitExprParts(n) : emitExpr(n);
      emitValueInto(e, n, d);
      return;
    }
  }
}

void FunctionEmitter::emitFor(const Node& n, const Dest& d) {
  size_t bodyIdx = n.kids.size() - 1;
  std::vector<ir::NodePtr> headKids;
  std::vector<std::string> head;
  {
    std::vector<const Node*> hk;
    for (size_t i = 0; i < bodyIdx; ++i) hk.push_back(n.kids[i].get());
    int lastImpure = -1;
    for (size_t i = 0; i < hk.size(); ++i)
      if (!isPure(*hk[i])) lastImpure = static_cast<int>(i);
    for (size_t i = 0; i < hk.size(); ++i) {
      std::string s = emitExpr(*hk[i]);
      if (!isPure(*hk[i]) && static_cast<int>(i) < lastImpure) {
        std::string t = temp("t");
        line("const " + E.cppType(hk[i]->type) + " " + t + " = " + s + ";");
        s = t;
      }
      head.push_back(s);
    }
  }
  std::string range;
  std::string elemType = "int64_t";
  if (n.op == Op::ForRange) {
    range = "jlrt::UnitRange(" + head[0] + ", " + head[1] + ")";
  } else if (n.op == Op::ForStepRange) {
    range = "jlrt::StepRange(" + head[0] + ", " + head[1] + ", " + head[2] + ")";
  } else {
    range = "jlrt::each(" + head[0] + ")";
    const ir::TypeRef& ct = n.kids[0]->type;
    TypeClass cc = E.classify(ct);
    if (cc == TypeClass::Vector || cc == TypeClass::Array) elemType = E.cppType(E.vectorElem(ct));
    else if (cc == TypeClass::Dict)  // K, V: the loop variable is a (k, v) tuple
      elemType = "std::tuple<" + E.cppType(E.tupleElems(ct)[0]) + ", " + E.cppType(E.tupleElems(ct)[1]) + ">";
    else if (cc == TypeClass::Tuple) {
      auto es = E.tupleElems(ct);
      elemType = es.empty() ? "jlrt::Nothing" : E.cppType(es[0]);
    } else {
      E.fail("for loop over a value of type " + E.juliaTypeName(ct) + " (only ranges, arrays, dicts and tuples)", &n);
    }
  }
  // A range with constant bounds (`N-1:-1:1` in a method instance where N is known) has a
  // trip count known at compile time: ask the C++ compiler to unroll it, as the hand-written
  // code it competes with would be.
  if (n.op == Op::ForRange || n.op == Op::ForStepRange) {
    bool constant = true;
    for (size_t i = 0; i < bodyIdx; ++i) constant = constant && n.kids[i]->op == Op::Const;
    if (constant) line("#pragma GCC unroll 16");
  }
  int s = n.slot;
  bool hasVar = s >= 0 && static_cast<size_t>(s) < localNames_.size();
  if (hasVar && declareTop_[static_cast<size_t>(s)]) {
    std::string it = temp("it");
    line("for (const " + elemType + " " + it + " : " + range + ") {");
    ++indent_;
    line(localName(s) + " = " + it + ";");
  } else if (hasVar && read_[static_cast<size_t>(s)]) {
    line("for (" + elemType + " " + localName(s) + " : " + range + ") {");
    ++indent_;
  } else {
    line("for ([[maybe_unused]] " + elemType + " " + (hasVar ? localName(s) : temp("it")) + " : " + range + ") {");
    ++indent_;
  }
  emitStmt(*n.kids[bodyIdx], Dest{DestKind::Discard, ""});
  --indent_;
  line("}");
  finishNothing(d);
}

void FunctionEmitter::emitTry(const Node& n, const Dest& d) {
  const Node* tryBody = n.kids.size() > 0 ? n.kids[0].get() : nullptr;
  const Node* catchBody = n.kids.size() > 1 ? n.kids[1].get() : nullptr;
  const Node* finallyBody = n.kids.size() > 2 ? n.kids[2].get() : nullptr;
  bool hasFinally = !isEmptyBlock(finallyBody);
  // try/finally without catch: kids[1] is null, or an empty catch with no variable.
  bool hasCatch = catchBody && n.slot != -2 && !(hasFinally && n.slot < 0 && isEmptyBlock(catchBody));
  if (hasFinally) {
    line("{");
    ++indent_;
    std::string f = temp("finally");
    line("jlrt::Finally " + f + "([&] {");
    ++indent_;
    emitStmt(*finallyBody, Dest{DestKind::Discard, ""});
    --indent_;
    line("});");
  }
  if (hasCatch) {
    line("try {");
    ++indent_;
  }
  if (tryBody) emitStmt(*tryBody, d);
  else finishNothing(d);
  if (hasCatch) {
    --indent_;
    int s = n.slot;
    bool hasVar = s >= 0 && static_cast<size_t>(s) < localNames_.size();
    if (hasVar && declareTop_[static_cast<size_t>(s)]) {
      std::string e = temp("err");
      line("} catch (const jlrt::Exception& " + e + ") {");
      ++indent_;
      line(localName(s) + " = " + e + ";");
    } else if (hasVar && read_[static_cast<size_t>(s)]) {
      line("} catch (const jlrt::Exception& " + localName(s) + ") {");
      ++indent_;
    } else {
      line("} catch (const jlrt::Exception&) {");
      ++indent_;
    }
    emitStmt(*catchBody, d);
    --indent_;
    line("}");
  }
  if (hasFinally) {
    --indent_;
    line("}");
  }
}

}  // namespace jl::codegen
