// `jlcc parse (FILE | -e CODE) [--show|--sexpr|--dump]`: the syntax stage on its own.
#include <boost/program_options.hpp>
#include <iostream>

#include "driver/commands.hpp"
#include "syntax/parser.hpp"
#include "syntax/print.hpp"

namespace po = boost::program_options;

namespace jl::driver {

namespace {
const char* kParseUsage =
    "usage: jlcc parse (FILE | -e CODE) [--show | --sexpr | --dump]\n"
    "\n"
    "Parses a Julia file as `Meta.parseall` does and prints the resulting\n"
    "Expr(:toplevel, ...) tree. With -e, parses CODE as `Meta.parse` does (one expression;\n"
    "line comments name the file `none`). Syntax errors are printed as\n"
    "FILE:LINE:COL: error: MESSAGE with the source line and a caret; exit status 1.\n"
    "\n"
    "options";
}

int runParse(const Args& args) {
  po::options_description opts(kParseUsage);
  opts.add_options()
      ("help,h", "show this help")
      ("expr,e", po::value<std::string>()->value_name("CODE"), "parse CODE instead of a file")
      ("show", "print with `show` (Julia surface syntax), the default")
      ("sexpr", "print with `Meta.show_sexpr`")
      ("dump", "print with `dump`")
      ("file", po::value<std::string>(), "input file");
  po::positional_options_description pos;
  pos.add("file", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(opts).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "jlcc parse: error: " << e.what() << "\n(see `jlcc parse --help`)\n";
    return kUsageError;
  }
  if (vm.count("help")) {
    std::cout << opts << "\n";
    return kOk;
  }
  int modes = int(vm.count("show")) + int(vm.count("sexpr")) + int(vm.count("dump"));
  if (modes > 1) {
    std::cerr << "jlcc parse: error: --show, --sexpr and --dump are exclusive\n";
    return kUsageError;
  }
  std::string file = vm.count("file") ? vm["file"].as<std::string>() : "";
  std::string code = vm.count("expr") ? vm["expr"].as<std::string>() : "";
  if (file.empty() && !vm.count("expr")) {
    std::cerr << "jlcc parse: error: no input (give FILE or -e CODE)\n";
    return kUsageError;
  }
  SourceInput src;
  if (!readSource(file, code, src)) return file.empty() ? kUsageError : kInputError;

  syntax::ParseOptions popts;
  popts.filename = src.name;
  syntax::ParseResult r = vm.count("expr") ? syntax::parseOne(src.text, popts) : syntax::parseFile(src.text, popts);
  if (!r.ok()) {
    for (const auto& d : r.errors) std::cerr << diag::render(d, src.text);
    return kInputError;
  }
  std::string out;
  if (vm.count("sexpr")) {
    syntax::showSexpr(out, r.value);
    out += '\n';
  } else if (vm.count("dump")) {
    syntax::dump(out, r.value);
  } else {
    syntax::show(out, r.value);
    out += '\n';
  }
  std::cout << out;
  return kOk;
}

}  // namespace jl::driver
