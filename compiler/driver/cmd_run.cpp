// `jlcc run (FILE | -e CODE) [ARGS...]` and `jlcc expand FILE`: the interpreter's commands.
#include <boost/program_options.hpp>
#include <cstdio>
#include <iostream>

#include "interp/program_plan.hpp"
#include "driver/commands.hpp"
#include "interp/interp.hpp"
#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace po = boost::program_options;

namespace jl::driver {

namespace {
struct RunOptions {
  std::string file;
  std::string code;
  bool hasCode = false;
  uint64_t stepBudget = 0;
  int recursionLimit = 0;
  std::vector<std::string> programArgs;
};

// Parses the options shared by `run` and `expand`; returns -1 to continue, else an exit status.
int parseRunOptions(const char* name, const char* usage, const Args& args, RunOptions& out) {
  po::options_description opts(usage);
  opts.add_options()
      ("help,h", "show this help")
      ("expr,e", po::value<std::string>()->value_name("CODE"), "run CODE instead of a file")
      ("step-budget", po::value<uint64_t>()->default_value(100000000)->value_name("N"),
       "evaluation steps allowed to one macro expansion or generator before it is stopped (0: no limit)")
      ("recursion-limit", po::value<int>()->default_value(2000)->value_name("N"),
       "nested calls allowed before StackOverflowError");
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("positional", -1);
  po::variables_map vm;
  try {
    auto parsed = po::command_line_parser(args).options(all).positional(pos).allow_unregistered().run();
    po::store(parsed, vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "jlcc " << name << ": error: " << e.what() << "\n(see `jlcc " << name << " --help`)\n";
    return kUsageError;
  }
  if (vm.count("help")) {
    std::cout << opts << "\n";
    return kOk;
  }
  std::vector<std::string> positional;
  if (vm.count("positional")) positional = vm["positional"].as<std::vector<std::string>>();
  out.hasCode = vm.count("expr") > 0;
  if (out.hasCode) out.code = vm["expr"].as<std::string>();
  if (!out.hasCode) {
    if (positional.empty()) {
      std::cerr << "jlcc " << name << ": error: no input (give FILE or -e CODE)\n";
      return kUsageError;
    }
    out.file = positional[0];
    positional.erase(positional.begin());
  }
  out.programArgs = positional;
  out.stepBudget = vm["step-budget"].as<uint64_t>();
  out.recursionLimit = vm["recursion-limit"].as<int>();
  return -1;
}

const char* kRunUsage =
    "usage: jlcc run (FILE | -e CODE) [options] [ARGS...]\n"
    "\n"
    "Runs a Julia program in jlcc's interpreter, as `julia FILE ARGS...` would: top-level\n"
    "statements in order, macros expanded just before each statement runs. An uncaught\n"
    "exception prints Julia's error report on stderr and gives exit status 1.\n"
    "\n"
    "options";

const char* kExpandUsage =
    "usage: jlcc expand (FILE | -e CODE) [options]\n"
    "\n"
    "Prints every top-level statement of the program after full macro expansion. Macros\n"
    "run; definitions and code generation (@eval) are evaluated so later statements can use\n"
    "them, as `jlcc build` does; run-time statements are printed, not run.\n"
    "\n"
    "options";

interp::InterpOptions interpOptions(const RunOptions& o) {
  interp::InterpOptions io;
  io.stepBudget = o.stepBudget;
  io.recursionLimit = o.recursionLimit;
  io.programArgs = o.programArgs;
  return io;
}
}  // namespace

int runRun(const Args& args) {
  RunOptions o;
  int status = parseRunOptions("run", kRunUsage, args, o);
  if (status >= 0) return status;
  SourceInput src;
  if (!readSource(o.file, o.hasCode ? o.code : "", src)) return kInputError;
  if (o.hasCode) src.name = "none";
  interp::Interp in(interpOptions(o));
  return in.runProgram(src.text, src.name);
}

int runExpand(const Args& args) {
  RunOptions o;
  int status = parseRunOptions("expand", kExpandUsage, args, o);
  if (status >= 0) return status;
  SourceInput src;
  if (!readSource(o.file, o.hasCode ? o.code : "", src)) return kInputError;
  interp::Interp in(interpOptions(o));
  syntax::ParseOptions popts;
  popts.filename = src.name;
  syntax::ParseResult r = syntax::parseFile(src.text, popts);
  if (!r.ok()) {
    for (const auto& d : r.errors) std::cerr << diag::render(d, src.text);
    return kInputError;
  }
  std::string out;
  for (const Value& stmt : r.value.as<ExprObj>().args) {
    if (stmt.isObject(ObjKind::LineNumberNode)) continue;
    try {
      Value expanded = in.macroexpand(in.main, stmt, true);
      syntax::print(out, expanded);
      out += "\n";
      // Definitions and code generation run (later statements may use what they define);
      // run-time statements are only shown.
      if (interp::isBuildTimeStatement(expanded)) in.evalExpanded(in.main, expanded);
    } catch (const interp::JuliaError& e) {
      std::cout << out;
      std::cerr << "jlcc expand: error: " << in.repr(e.value) << "\n";
      return kInputError;
    }
  }
  std::cout << out;
  return kOk;
}

}  // namespace jl::driver
