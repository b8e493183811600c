// C++ code generation for programs some of whose top-level statements run in the embedded
// interpreter (ir::Program::usesInterpreter; docs/compiler.md, "Statements run by the
// embedded interpreter"): the image it replays at start-up (the program's source files),
// the call that runs an interpreted statement, and the mirroring of shared globals.
#include "codegen/emitter.hpp"

namespace jl::codegen {

namespace {
// `text` as a C++ string literal, one source line per C++ line.
std::string linewiseLiteral(const std::string& text) {
  if (text.empty()) return "\"\"";
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out += (pos ? "\n    " : "    ") + cppStringLiteral(std::string_view(text).substr(pos, end - pos));
    pos = end;
  }
  return out;
}
}  // namespace

std::string Emitter::embeddedImage() {
  const EmitOptions::EmbeddedImage& im = opts.image;
  std::string out;
  for (size_t i = 0; i < im.files.size(); ++i)
    out += "static const char jl_source_" + std::to_string(i) + "[] =  // " + im.files[i].first + "\n" +
           linewiseLiteral(im.files[i].second) + ";\n";
  out += "static const jlrt::embed::SourceFile jl_sources[] = {\n";
  for (size_t i = 0; i < im.files.size(); ++i) {
    std::string var = "jl_source_" + std::to_string(i);
    out += "    {" + cppStringLiteral(im.files[i].first) + ", " + var + ", sizeof " + var + " - 1},\n";
  }
  out += "};\n";
  out += "static const char* const jl_include_dirs[] = {";
  for (const std::string& d : im.includeDirs) out += cppStringLiteral(d) + ", ";
  out += "nullptr};\n";
  out += "static const jlrt::embed::Image jl_image = {jl_sources, " + std::to_string(im.files.size()) + ", " +
         std::to_string(im.stepBudget) + "u, jl_include_dirs, " + std::to_string(im.includeDirs.size()) + ", " +
         std::to_string(im.statementCount) + "};\n";
  return out;
}

std::string Emitter::interpretedStatement(int statement) {
  std::string out = "jlrt::embed::run(" + std::to_string(statement) + ");";
  if (auto it = prog.interpretedSource.find(statement); it != prog.interpretedSource.end()) {
    std::string text = it->second;  // no line continuation or comment end inside a // comment
    for (char& c : text)
      if (c == '\\' || c == '\n' || c == '\r') c = ' ';
    out += "  // " + text;
  }
  for (size_t i = 0; i < prog.globals.size(); ++i)
    if (ir::sharedWithInterpreter(juliaTypeName(prog.globals[i].type)))
      out += "\njlrt::embed::get_global(" + cppStringLiteral(prog.globals[i].module) + ", " +
             cppStringLiteral(prog.globals[i].name) + ", " + globalNames[i] + ");";
  return out;
}

std::string Emitter::shareGlobal(size_t global) {
  if (!prog.usesInterpreter || !ir::sharedWithInterpreter(juliaTypeName(prog.globals[global].type))) return "";
  return "jlrt::embed::set_global(" + cppStringLiteral(prog.globals[global].module) + ", " +
         cppStringLiteral(prog.globals[global].name) + ", " + globalNames[global] + ")";
}

}  // namespace jl::codegen
