// `jlcc build FILE -o DIR` (C++ for build systems) and `jlcc compile FILE -o BIN` (also runs
// the C++ compiler and links the runtime into a static executable).
#include <boost/program_options.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include "codegen/codegen.hpp"
#include "interp/impl.hpp"
#include "interp/program_plan.hpp"
#include "driver/commands.hpp"
#include "driver/output_files.hpp"
#include "ir/print.hpp"
#include "syntax/print.hpp"
#include "types/infer.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace jl::driver {

namespace {
struct BuildOptions {
  std::string file;
  std::string outDir;
  std::string depfile;
  std::vector<std::string> includeDirs;
  std::string emit;  // expanded | lowered | typed | cpp, or empty
  bool lineDirectives = true;
  bool allowInterpreter = true;  // statements handling code as data may run in the embedded interpreter
  uint64_t stepBudget = 100000000;
};

struct Built {
  std::string baseName;
  std::string cpp;
  std::string hpp;
  std::vector<std::string> filesRead;
  codegen::EmitInfo emitInfo;  // libraries the program links besides jlcc_rt
};

void printDiagnostics(const std::vector<diag::Diagnostic>& ds, const SourceInput& src) {
  for (const auto& d : ds) std::cerr << diag::render(d, d.loc.file == src.name ? std::string_view(src.text) : "");
}

std::string baseNameOf(const std::string& file) {
  std::string stem = fs::path(file).stem().string();
  std::string out;
  for (char c : stem) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out = "jl_" + out;
  return out;
}

// The files the embedded interpreter replays (the program, then what it include()d, by the
// paths the interpreter resolved) and its options, as at build time.
bool embedSources(const SourceInput& src, interp::Interp& in, const BuildOptions& o,
                  codegen::EmitOptions::EmbeddedImage& image) {
  image.files.push_back({src.name, src.text});
  for (const std::string& f : in.includedFiles()) {
    std::ifstream is(f, std::ios::binary);
    std::stringstream ss;
    ss << is.rdbuf();
    if (!is) {
      std::cerr << "jlcc: error: cannot read " << f << " again to embed it\n";
      return false;
    }
    image.files.push_back({f, ss.str()});
  }
  image.includeDirs = o.includeDirs;
  image.stepBudget = o.stepBudget;
  return true;
}

// Runs the pipeline up to the stage `emit` names (all of it when empty); returns the exit
// status, filling `out` on success.
int runPipeline(const BuildOptions& o, Built& out) {
  SourceInput src;
  if (!readSource(o.file, "", src)) return kInputError;
  interp::InterpOptions io;
  io.stepBudget = o.stepBudget;
  io.includeDirs = o.includeDirs;
  interp::Interp in(io);
  in.impl().recordExpansions = true;  // for "in expansion of macro" notes
  interp::BuildPlan plan = interp::planProgram(in, src.text, src.name);
  if (!plan.errors.empty()) {
    printDiagnostics(plan.errors, src);
    return kInputError;
  }
  out.filesRead = plan.filesRead;
  for (const std::string& f : in.includedFiles()) out.filesRead.push_back(f);
  if (o.emit == "expanded") {
    std::string text;
    for (const auto& s : plan.runtime) {
      syntax::print(text, s.expr);
      text += '\n';
    }
    std::cout << text;
    return kOk;
  }
  std::vector<types::RuntimeStatement> stmts;
  for (const auto& s : plan.runtime) stmts.push_back({s.expr, s.line, s.module, s.world, false});
  if (interp::ModuleObj* m = in.impl().mainDeclaredIn) {  // `@main`: main(ARGS) after the top level
    Value call = makeExpr(Symbol("call"), {Value::object(new interp::GlobalRefObj(m, Symbol("main"))),
                                           Value::object(new interp::GlobalRefObj(in.base, Symbol("ARGS")))});
    Value line;  // the definition of main, for diagnostics and #line
    Value f = in.impl().globalValue(m, Symbol("main"));
    if (f.isObject(ObjKind::Function) && !f.as<interp::FunctionObj>().methods.empty())
      line = f.as<interp::FunctionObj>().methods.back()->line;
    stmts.push_back({call, line, m, in.world(), false, true});
  }
  types::InferResult inferred = types::inferWithInterpreter(in, stmts, src.name, o.allowInterpreter);
  if (!inferred.errors.empty()) {
    printDiagnostics(inferred.errors, src);
    return kInputError;
  }
  if (o.emit == "lowered" || o.emit == "typed") {
    std::cout << ir::printProgram(*inferred.program, in.types(), o.emit == "typed");
    return kOk;
  }
  codegen::EmitOptions eo;
  eo.baseName = baseNameOf(o.file);
  eo.lineDirectives = o.lineDirectives;
  eo.sourcePathForLines = o.file;
  eo.types = &in.types();
  out.baseName = eo.baseName;
  if (inferred.program->usesInterpreter && !embedSources(src, in, o, eo.image)) return kInputError;
  eo.image.statementCount = plan.runtime.size();
  try {
    out.cpp = codegen::emitCpp(*inferred.program, eo, out.emitInfo);
    out.hpp = codegen::emitHeader(*inferred.program, eo);
  } catch (const codegen::CodegenError& e) {
    std::cerr << src.name << ": error: " << e.what() << "\n";
    return kInputError;
  }
  if (o.emit == "cpp") {
    std::cout << out.cpp;
    return kOk;
  }
  return kOk;
}

int parseBuildArgs(const char* name, const char* usage, const Args& args, BuildOptions& o, po::variables_map& vm,
                   po::options_description& extra) {
  po::options_description opts(usage);
  opts.add_options()
      ("help,h", "show this help")
      ("output,o", po::value<std::string>()->value_name(std::string(name) == "build" ? "DIR" : "BIN"),
       std::string(name) == "build" ? "directory for NAME.cpp and NAME.hpp" : "executable to write")
      ("include-dir,I", po::value<std::vector<std::string>>()->value_name("DIR"), "search DIR for include()d files")
      ("emit", po::value<std::string>()->value_name("STAGE"),
       "print a stage to stdout instead: expanded, lowered, typed or cpp")
      ("no-line-directives", "omit #line directives that map C++ back to .jl lines")
      ("no-interpreter",
       "fail instead of running top-level statements that handle code as data (eval, Meta.parse, Expr values) in the embedded interpreter")
      ("step-budget", po::value<uint64_t>()->default_value(100000000)->value_name("N"),
       "evaluation steps allowed to one macro expansion or generator (0: no limit)");
  opts.add(extra);
  po::options_description hidden;
  hidden.add_options()("file", po::value<std::string>(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("file", 1);
  try {
    po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "jlcc " << name << ": error: " << e.what() << "\n(see `jlcc " << name << " --help`)\n";
    return kUsageError;
  }
  if (vm.count("help")) {
    std::cout << opts << "\n";
    return kOk;
  }
  if (!vm.count("file")) {
    std::cerr << "jlcc " << name << ": error: no input file\n";
    return kUsageError;
  }
  o.file = vm["file"].as<std::string>();
  if (vm.count("emit")) {
    o.emit = vm["emit"].as<std::string>();
    if (o.emit != "expanded" && o.emit != "lowered" && o.emit != "typed" && o.emit != "cpp") {
      std::cerr << "jlcc " << name << ": error: --emit must be expanded, lowered, typed or cpp\n";
      return kUsageError;
    }
  }
  if (!vm.count("output") && o.emit.empty()) {
    std::cerr << "jlcc " << name << ": error: -o is required\n";
    return kUsageError;
  }
  if (vm.count("output")) o.outDir = vm["output"].as<std::string>();
  if (vm.count("include-dir")) o.includeDirs = vm["include-dir"].as<std::vector<std::string>>();
  o.lineDirectives = !vm.count("no-line-directives");
  o.allowInterpreter = !vm.count("no-interpreter");
  o.stepBudget = vm["step-budget"].as<uint64_t>();
  return -1;
}

const char* kBuildUsage =
    "usage: jlcc build FILE -o DIR [options]\n"
    "\n"
    "Runs FILE's build-time code (definitions, macros, @eval, generators) and writes the\n"
    "run-time part as C++17: DIR/NAME.cpp and DIR/NAME.hpp (NAME from FILE). Files are\n"
    "written atomically and left untouched when their bytes did not change. Top-level\n"
    "statements that handle code as data (Expr values, eval, Meta.parse) run in an\n"
    "interpreter embedded in the program (docs/compiler.md); --emit=typed shows which.\n"
    "\n"
    "options";

const char* kCompileUsage =
    "usage: jlcc compile FILE -o BIN [options]\n"
    "\n"
    "Like `jlcc build`, then compiles the C++ with CXX and links jlcc's runtime (and the\n"
    "embedded interpreter, when some statements need it) into the executable BIN (static\n"
    "by default).\n"
    "\n"
    "options";
}  // namespace

int runBuild(const Args& args) {
  BuildOptions o;
  po::variables_map vm;
  po::options_description extra;
  extra.add_options()("depfile", po::value<std::string>()->value_name("FILE"),
                      "write a Makefile-style depfile listing every file the build read");
  int status = parseBuildArgs("build", kBuildUsage, args, o, vm, extra);
  if (status >= 0) return status;
  if (vm.count("depfile")) o.depfile = vm["depfile"].as<std::string>();
  Built b;
  status = runPipeline(o, b);
  if (status != kOk || !o.emit.empty()) return status;
  std::string err;
  fs::path dir(o.outDir);
  std::error_code ec;
  fs::create_directories(dir, ec);
  std::string cppPath = (dir / (b.baseName + ".cpp")).string();
  std::string hppPath = (dir / (b.baseName + ".hpp")).string();
  if (!writeFileIfChanged(cppPath, b.cpp, err) || !writeFileIfChanged(hppPath, b.hpp, err)) {
    std::cerr << "jlcc build: error: " << err << "\n";
    return kInputError;
  }
  if (!o.depfile.empty() && !writeFileIfChanged(o.depfile, makeDepfile(cppPath, b.filesRead), err)) {
    std::cerr << "jlcc build: error: " << err << "\n";
    return kInputError;
  }
  return kOk;
}

int runCompile(const Args& args) {
  BuildOptions o;
  po::variables_map vm;
  po::options_description extra;
  const char* envCxx = std::getenv("CXX");
  extra.add_options()
      ("cxx", po::value<std::string>()->default_value(envCxx ? envCxx : "g++")->value_name("CXX"),
       "the C++ compiler to run (default: $CXX, else g++)")
      ("opt,O", po::value<int>()->default_value(2)->value_name("N"), "optimization level passed as -ON")
      ("static", "link a static executable (the default)")
      ("no-static", "link dynamically")
      ("keep-cpp", po::value<std::string>()->value_name("DIR"), "also keep the generated C++ in DIR")
      ("cxxflags", po::value<std::string>()->value_name("FLAGS"),
       "extra flags for the C++ compiler, e.g. \"-Wall -Wextra -Werror\" or sanitizers");
  int status = parseBuildArgs("compile", kCompileUsage, args, o, vm, extra);
  if (status >= 0) return status;
  if (vm.count("static") && vm.count("no-static")) {
    std::cerr << "jlcc compile: error: --static and --no-static are exclusive\n";
    return kUsageError;
  }
  Built b;
  status = runPipeline(o, b);
  if (status != kOk || !o.emit.empty()) return status;
  CompileRequest req;
  req.cxx = vm["cxx"].as<std::string>();
  req.optLevel = vm["opt"].as<int>();
  req.staticLink = !vm.count("no-static");
  req.output = o.outDir;
  req.keepDir = vm.count("keep-cpp") ? vm["keep-cpp"].as<std::string>() : "";
  req.extraFlags = vm.count("cxxflags") ? vm["cxxflags"].as<std::string>() : "";
  req.runtimeLibraries = b.emitInfo.runtimeLibraries;
  req.systemLibraries = b.emitInfo.systemLibraries;
  return compileGenerated(b.baseName, b.cpp, b.hpp, req);
}

}  // namespace jl::driver
