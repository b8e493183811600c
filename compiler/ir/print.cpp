// Printing of the typed IR.
#include "ir/print.hpp"

#include "syntax/print.hpp"

namespace jl::ir {

namespace {
const char* opName(Op op) {
  switch (op) {
    case Op::Const: return "const";
    case Op::TypeConst: return "type";
    case Op::LocalGet: return "local";
    case Op::LocalSet: return "local=";
    case Op::GlobalGet: return "global";
    case Op::GlobalSet: return "global=";
    case Op::Interpreted: return "interpreted";
    case Op::Call: return "call";
    case Op::Builtin: return "builtin";
    case Op::New: return "new";
    case Op::GetField: return "getfield";
    case Op::SetField: return "setfield";
    case Op::Tuple: return "tuple";
    case Op::TupleGet: return "tupleget";
    case Op::Block: return "block";
    case Op::If: return "if";
    case Op::And: return "&&";
    case Op::Or: return "||";
    case Op::While: return "while";
    case Op::ForRange: return "for-range";
    case Op::ForStepRange: return "for-steprange";
    case Op::ForEach: return "for-each";
    case Op::Break: return "break";
    case Op::Continue: return "continue";
    case Op::Return: return "return";
    case Op::Throw: return "throw";
    case Op::TryCatch: return "try";
    case Op::Convert: return "convert";
    case Op::Line: return "line";
  }
  return "?";
}

struct Printer {
  interp::TypeSystem& types;
  const Program& program;
  const MethodInstance* current = nullptr;
  bool withTypes;
  std::string out;

  std::string slotName(const Node& n) {
    if ((n.op == Op::LocalGet || n.op == Op::LocalSet || n.op == Op::ForRange || n.op == Op::ForStepRange ||
         n.op == Op::ForEach || n.op == Op::TryCatch) &&
        current && n.slot >= 0 && static_cast<size_t>(n.slot) < current->locals.size())
      return current->locals[static_cast<size_t>(n.slot)].name;
    if ((n.op == Op::GlobalGet || n.op == Op::GlobalSet) && n.slot >= 0 &&
        static_cast<size_t>(n.slot) < program.globals.size())
      return program.globals[static_cast<size_t>(n.slot)].name;
    return n.slot >= 0 ? std::to_string(n.slot) : "";
  }

  void node(const Node& n, int indent) {
    out.append(static_cast<size_t>(indent) * 2, ' ');
    out += '(';
    out += opName(n.op);
    switch (n.op) {
      case Op::Const: out += ' ' + syntax::show(n.value); break;
      case Op::TypeConst: out += ' ' + types.show(n.value); break;
      case Op::Builtin: out += ' ' + n.name; break;
      case Op::Call: out += ' ' + (n.callee ? n.callee->cppName : std::string("?")); break;
      case Op::Line: out += ' ' + n.file + ":" + std::to_string(n.line); break;
      case Op::Interpreted: out += " statement " + std::to_string(n.slot); break;
      default: {
        std::string s = slotName(n);
        if (!s.empty()) out += ' ' + s;
      }
    }
    out += ')';
    if (withTypes && !n.type.isNothing() && n.op != Op::Line) out += " :: " + types.show(n.type);
    out += '\n';
    for (const auto& k : n.kids)
      if (k) node(*k, indent + 1);
  }

  void instance(const MethodInstance& mi) {
    current = &mi;
    out += "function " + mi.cppName + " # " + mi.juliaName + mi.signature;
    if (mi.fromGenerator) out += " (generated)";
    out += '\n';
    for (const Local& l : mi.locals) {
      out += "  " + std::string(l.isArgument ? "arg " : "local ") + l.name;
      if (withTypes && !l.type.isNothing()) out += " :: " + types.show(l.type);
      out += '\n';
    }
    if (withTypes && !mi.returnType.isNothing()) out += "  returns " + types.show(mi.returnType) + '\n';
    if (mi.body) node(*mi.body, 1);
    out += "end\n";
  }
};
}  // namespace

std::string printProgram(const Program& p, interp::TypeSystem& types, bool withTypes) {
  Printer pr{types, p, nullptr, withTypes, {}};
  for (const StructDef& s : p.structs) {
    pr.out += "struct " + types.show(s.type) + (s.isMutable ? " (mutable)" : "") + '\n';
    for (size_t i = 0; i < s.fieldNames.size(); ++i)
      pr.out += "  " + s.fieldNames[i] + (withTypes ? " :: " + types.show(s.fieldTypes[i]) : "") + '\n';
  }
  for (const Global& g : p.globals) pr.out += "global " + g.name + (withTypes ? " :: " + types.show(g.type) : "") + '\n';
  for (const auto& mi : p.instances)
    if (mi) pr.instance(*mi);
  if (p.main) pr.instance(*p.main);
  return pr.out;
}

}  // namespace jl::ir
