// C++ code generation, file level: the translation unit's layout (prologue from
// templates/prologue.cpp.in, structs with their Julia names and default `show`, symbols,
// globals, one function per MethodInstance with its Julia signature in a comment, the main
// body and main()), the C header of libraries, and the public entry points.
#include <functional>

#include "codegen/codegen.hpp"
#include "codegen/emitter.hpp"
#include "codegen/templates.hpp"
#include "interp/types.hpp"

namespace jl::codegen {

namespace {
std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
  return s;
}

std::string baseNameOf(const ir::Program& p, const EmitOptions& o) {
  if (!o.baseName.empty()) return o.baseName;
  std::string f = p.sourceFile;
  size_t slash = f.find_last_of('/');
  if (slash != std::string::npos) f = f.substr(slash + 1);
  if (f.size() > 3 && f.substr(f.size() - 3) == ".jl") f = f.substr(0, f.size() - 3);
  return f.empty() ? "program" : f;
}

bool bodyHasStatements(const ir::Node* n) {
  if (!n) return false;
  if (n->op == ir::Op::Line) return false;
  if (n->op != ir::Op::Block) return true;
  for (auto& k : n->kids)
    if (bodyHasStatements(k.get())) return true;
  return false;
}

void collectCalls(const ir::Node* n, std::set<const ir::MethodInstance*>& called) {
  if (!n) return;
  if (n->op == ir::Op::Call && n->callee) called.insert(n->callee);
  for (auto& k : n->kids) collectCalls(k.get(), called);
}
}  // namespace

bool hasMainBody(const ir::Program& p) { return p.main && bodyHasStatements(p.main->body.get()); }

Emitter::Emitter(const ir::Program& p, const EmitOptions& o) : prog(p), opts(o) {
  lineFile = !o.sourcePathForLines.empty() ? o.sourcePathForLines : p.sourceFile;
  // File-scope names: structs, then functions, then globals (all deterministic).
  for (const auto& sd : p.structs) {
    if (isBaseException(sd.type)) continue;
    std::string tn = typeNameOf(sd.type);
    if (tn == "Regex" || tn == "RegexMatch" || tn == "Cmd") continue;  // runtime classes (jlrt::Regex, ...)
    std::string base = sanitizeName(!sd.cppName.empty() ? sd.cppName : typeNameOf(sd.type));
    StructInfo si;
    si.def = &sd;
    si.cppName = fileNames.fresh(base);
    if (sd.type.isObject()) structs[sd.type.obj()] = si;
  }
  for (const auto& mi : p.instances) {
    std::string base = sanitizeName(!mi->cppName.empty() ? mi->cppName : mi->juliaName);
    fnNames[mi.get()] = fileNames.fresh(base);
  }
  // Globals of other modules than Main are qualified by their module: `MyModule_result`.
  for (const auto& g : p.globals) {
    std::string q = g.module.rfind("Main.", 0) == 0 ? g.module.substr(5) : g.module == "Main" ? "" : g.module;
    for (char& ch : q)
      if (ch == '.') ch = '_';
    globalNames.push_back(fileNames.fresh(sanitizeName(q.empty() ? g.name : q + "_" + g.name)));
  }
}

std::string Emitter::signatureComment(const ir::MethodInstance& mi) {
  std::string s = "// " + mi.juliaName + "(";
  std::vector<std::string> names;
  if (mi.method)
    for (auto& a : mi.method->argNames) names.push_back(a.str());
  size_t nNamed = names.size();
  bool varargs = mi.method && mi.method->isVarargs && nNamed > 0;
  size_t fixed = varargs ? nNamed - 1 : mi.argTypes.size();
  for (size_t i = 0; i < fixed && i < mi.argTypes.size(); ++i) {
    if (i) s += ", ";
    if (i < nNamed && !names[i].empty()) s += names[i];
    s += "::" + juliaTypeName(mi.argTypes[i]);
  }
  if (varargs) {
    if (fixed) s += ", ";
    std::vector<std::string> rest;
    for (size_t i = fixed; i < mi.argTypes.size(); ++i) rest.push_back(juliaTypeName(mi.argTypes[i]));
    bool same = true;
    for (auto& r : rest) same = same && r == rest[0];
    s += names.back() + "::";
    if (rest.empty()) s += "Any...";
    else if (same) s += rest[0] + "...";
    else {
      std::string tup = "Tuple{";
      for (size_t i = 0; i < rest.size(); ++i) tup += (i ? ", " : "") + rest[i];
      s += "Vararg{...} in " + tup + "}";
    }
  }
  s += ")";
  if (mi.returnType.isObject()) s += "::" + juliaTypeName(mi.returnType);
  if (mi.fromGenerator) s += " — generated";
  if (mi.ccallable) s += " — Base.@ccallable";
  return s + "\n";
}

std::string Emitter::prototype(const ir::MethodInstance& mi, const std::string& name, bool forHeader) {
  FunctionEmitter fe(*this, mi, false);
  std::string ret = cppType(mi.returnType);
  if (forHeader && classify(mi.returnType) == TypeClass::Nothing) ret = "void";
  return ret + " " + name + "(" + fe.params() + ")";
}

void Emitter::emitStructs(std::string& out) {
  if (structs.empty()) return;
  out += "// ---- Structs ----\n\n";
  std::vector<const StructInfo*> order;
  for (const auto& sd : prog.structs)
    if (const StructInfo* si = structOf(sd.type)) order.push_back(si);
  for (const StructInfo* si : order) {
    const ir::StructDef& sd = *si->def;
    out += "// " + std::string(sd.isMutable ? "mutable struct " : "struct ") + juliaTypeName(sd.type) + "\n";
    out += "struct " + si->cppName + " {\n";
    NameTable fields;
    for (size_t i = 0; i < sd.fieldNames.size(); ++i) {
      std::string f = fields.fresh(sanitizeName(sd.fieldNames[i]));
      bool cell = sd.isClosure && i < sd.fieldBoxed.size() && sd.fieldBoxed[i];
      std::string ft = cppType(sd.fieldTypes.at(i));
      out += "  " + (cell ? "std::shared_ptr<" + ft + ">" : ft) + " " + f + ";\n";
    }
    out += "};\n";
    std::string ct = cppType(sd.type);
    out += "namespace jlrt {\ntemplate <>\nstruct TypeInfo<" + ct + "> {\n  static std::string name() { return " +
           cppStringLiteral(juliaTypeName(sd.type)) + "; }\n};\n}  // namespace jlrt\n";
    // Julia's default show: TypeName(field1, field2) with each field shown.
    std::string tn = typeNameOf(sd.type);
    if (sd.isClosure) {  // Julia shows a closure by its function's name
      std::string name = tn.substr(std::string("#closure").size());
      name = name.substr(0, name.rfind('#'));
      out += "inline void jl_show(jlrt::IO& io, const " + ct + "& /*x*/) {\n";
      out += "  io.write(" + cppStringLiteral(name) + ");\n}\n\n";
      continue;
    }
    out += "inline void jl_show(jlrt::IO& io, const " + ct + "& x) {\n";
    if (tn == "OneTo" && sd.fieldNames.size() == 1) {  // Base.OneTo(n) (eachindex, axes)
      out += "  io.write(\"Base.OneTo(\");\n  jlrt::show(io, x." + sanitizeName(sd.fieldNames[0]) + ");\n  io.write(')');\n}\n\n";
      continue;
    }
    if ((tn == "UnitRange" && sd.fieldNames.size() == 2) || (tn == "StepRange" && sd.fieldNames.size() == 3)) {
      // Ranges show as `start:stop` / `start:step:stop`.
      for (size_t i = 0; i < sd.fieldNames.size(); ++i) {
        if (i) out += "  io.write(':');\n";
        out += "  jlrt::show(io, x." + sanitizeName(sd.fieldNames[i]) + ");\n";
      }
      out += "}\n\n";
      continue;
    }
    out += "  io.write(" + cppStringLiteral(juliaTypeName(sd.type) + "(") + ");\n";
    std::string acc = sd.isMutable ? "x->" : "x.";
    NameTable fields2;
    for (size_t i = 0; i < sd.fieldNames.size(); ++i) {
      if (i) out += "  io.write(\", \");\n";
      out += "  jlrt::show(io, " + acc + fields2.fresh(sanitizeName(sd.fieldNames[i])) + ");\n";
    }
    out += "  io.write(')');\n}\n\n";
  }
}

void Emitter::emitGlobals(std::string& out) {
  if (prog.globals.empty()) return;
  out += "// ---- Globals ----\n\n";
  for (size_t i = 0; i < prog.globals.size(); ++i)
    out += "static " + cppType(prog.globals[i].type) + " " + globalNames[i] + "{};  // " +
           (prog.globals[i].module == "Main" ? "" : prog.globals[i].module + ".") + prog.globals[i].name +
           "::" + juliaTypeName(prog.globals[i].type) + "\n";
  out += "\n";
}

std::string Emitter::run() {
  bool program = hasMainBody(prog);
  std::string base = baseNameOf(prog, opts);
  std::string structsText, globalsText;
  emitStructs(structsText);
  emitGlobals(globalsText);

  std::set<const ir::MethodInstance*> called;
  for (const auto& mi : prog.instances) collectCalls(mi->body.get(), called);
  if (prog.main) collectCalls(prog.main->body.get(), called);

  // Functions: prototypes first (recursion, any order), then definitions.
  std::string protos, defs;
  for (const auto& mi : prog.instances) {
    const std::string& name = fnNames.at(mi.get());
    bool used = called.count(mi.get()) || (mi->ccallable && !program);
    std::string storage = used ? "static " : "[[maybe_unused]] static ";
    protos += storage + prototype(*mi, name, false) + ";\n";
    FunctionEmitter fe(*this, *mi, false);
    std::string params = fe.params();
    std::string body = fe.body();
    defs += signatureComment(*mi);
    defs += storage + cppType(mi->returnType) + " " + name + "(" + params + ") " + body + "@@LINE_RESET@@\n";
  }
  std::string mainText;
  if (program) {
    FunctionEmitter fe(*this, *prog.main, true);
    mainText = "// ---- Top-level statements of " + prog.sourceFile + " ----\n\nstatic void jl_program_main() " +
               fe.body() + "@@LINE_RESET@@\n";
    if (prog.usesInterpreter)
      mainText += replaceAll(std::string(templateText("main_interp.cpp.in")), "@IMAGE@\n", embeddedImage());
    else
      mainText += std::string(templateText("main.cpp.in"));
  } else {
    std::string exports;
    for (const auto& mi : prog.instances) {
      if (!mi->ccallable) continue;
      std::string cname = sanitizeName(mi->juliaName);
      FunctionEmitter fe(*this, *mi, false);
      std::string params = fe.params();
      // Argument names for the forwarding call (all parameters are named in the wrapper).
      std::vector<std::string> argNames;
      std::string wparams;
      int k = 0;
      for (const auto& l : mi->locals) {
        if (!l.isArgument) continue;
        std::string an = sanitizeName(l.name);
        argNames.push_back(an);
        wparams += (k++ ? ", " : "") + cppType(l.type) + " " + an;
      }
      bool isVoid = classify(mi->returnType) == TypeClass::Nothing;
      std::string callExpr = fnNames.at(mi.get()) + "(";
      for (size_t i = 0; i < argNames.size(); ++i) callExpr += (i ? ", " : "") + argNames[i];
      callExpr += ")";
      exports += signatureComment(*mi);
      exports += "extern \"C\" " + std::string(isVoid ? "void" : cppType(mi->returnType)) + " " + cname + "(" + wparams +
                 ") {\n";
      if (isVoid) exports += "  jlrt::c_entry([&] { return " + callExpr + "; });\n";
      else exports += "  return jlrt::c_entry([&] { return " + callExpr + "; });\n";
      exports += "}\n\n";
    }
    mainText = "// ---- Exported functions (Base.@ccallable) ----\n\n" + exports;
  }

  std::string out = replaceAll(std::string(templateText("prologue.cpp.in")), "@SOURCE@", prog.sourceFile);
  out = replaceAll(out, "@BASENAME@", base);
  std::string extraIncludes;
  if (usesRegex) extraIncludes += "#include \"jlrt/regex.hpp\"  // link <jlcc>/lib/libjlcc_rt_regex.a before libjlcc_rt.a, then -lpcre2-8\n";
  if (prog.usesInterpreter) extraIncludes += "#include \"jlrt/embed.hpp\"  // the embedded interpreter (see the end of the file)\n";
  out = replaceAll(out, "@EXTRA_INCLUDES@\n", extraIncludes);
  out += "\n" + structsText;
  if (!symbolDecls.empty()) {
    out += "// ---- Symbols ----\n\n";
    for (auto& d : symbolDecls) out += d + "\n";
    out += "\n";
  }
  if (!constDecls.empty()) {
    out += "// ---- Constants ----\n\n";
    for (auto& d : constDecls) out += d + "\n";
    out += "\n";
  }
  out += globalsText;
  if (!protos.empty()) out += "// ---- Functions ----\n\n" + protos + "\n" + defs;
  out += mainText;

  // After each function, point diagnostics back at the generated file.
  std::string result;
  size_t lineNo = 1;
  const std::string marker = "@@LINE_RESET@@\n";
  for (size_t pos = 0; pos < out.size();) {
    size_t m = out.find(marker, pos);
    std::string chunk = out.substr(pos, m == std::string::npos ? std::string::npos : m - pos);
    for (char c : chunk) lineNo += c == '\n';
    result += chunk;
    if (m == std::string::npos) break;
    if (opts.lineDirectives && result.find("\n#line ") != std::string::npos) {
      result += "#line " + std::to_string(lineNo + 1) + " " + cppStringLiteral(base + ".cpp") + "\n";
      ++lineNo;
    }
    result += "\n";
    ++lineNo;
    pos = m + marker.size();
  }
  return result;
}

std::string Emitter::header() {
  std::string base = baseNameOf(prog, opts);
  std::string guard = "JLCC_" + sanitizeName(base) + "_H";
  for (char& c : guard) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string decls;
  for (const auto& mi : prog.instances) {
    if (!mi->ccallable) continue;
    std::string params;
    int k = 0;
    for (const auto& l : mi->locals) {
      if (!l.isArgument) continue;
      std::string t = cppType(l.type);
      TypeClass c = classify(l.type);
      if (c != TypeClass::Int && c != TypeClass::Float && c != TypeClass::Bool)
        fail("@ccallable " + mi->juliaName + ": argument type " + juliaTypeName(l.type) + " has no C equivalent");
      params += (k++ ? ", " : "") + t + " " + sanitizeName(l.name);
    }
    TypeClass rc = classify(mi->returnType);
    if (rc != TypeClass::Int && rc != TypeClass::Float && rc != TypeClass::Bool && rc != TypeClass::Nothing)
      fail("@ccallable " + mi->juliaName + ": return type " + juliaTypeName(mi->returnType) + " has no C equivalent");
    std::string ret = rc == TypeClass::Nothing ? "void" : cppType(mi->returnType);
    decls += signatureComment(*mi);
    decls += ret + " " + sanitizeName(mi->juliaName) + "(" + (params.empty() ? "void" : params) + ");\n";
  }
  std::string out = std::string(templateText("header.hpp.in"));
  out = replaceAll(out, "@SOURCE@", prog.sourceFile);
  out = replaceAll(out, "@BASENAME@", base);
  out = replaceAll(out, "@GUARD@", guard);
  out = replaceAll(out, "@DECLS@", decls);
  return out;
}

std::string emitCpp(const ir::Program& program, const EmitOptions& options) {
  Emitter e(program, options);
  return e.run();
}

std::string emitCpp(const ir::Program& program, const EmitOptions& options, EmitInfo& info) {
  Emitter e(program, options);
  std::string cpp = e.run();
  info = EmitInfo();
  if (program.usesInterpreter)
    info.runtimeLibraries = {"jlcc_embed", "jlcc_interp", "jlcc_syntax", "jlcc_diag"};
  if (e.usesRegex) info.runtimeLibraries.push_back("jlcc_rt_regex");
  if (e.usesRegex || program.usesInterpreter) info.systemLibraries.push_back("pcre2-8");
  return cpp;
}

std::string emitHeader(const ir::Program& program, const EmitOptions& options) {
  Emitter e(program, options);
  return e.header();
}

}  // namespace jl::codegen
