// The command table and helpers shared by the subcommands.
#include "driver/commands.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

namespace jl::driver {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"parse", "parse a file and print its Expr tree (show, S-expression or dump)", runParse},
      {"run", "run a program in the interpreter, as `julia FILE` would", runRun},
      {"expand", "print the fully macro-expanded program", runExpand},
      {"build", "write the program as C++17 (NAME.cpp, NAME.hpp) for a build system", runBuild},
      {"compile", "compile the program into a static executable with the system C++ compiler", runCompile},
  };
  return table;
}

bool readSource(const std::string& file, const std::string& code, SourceInput& out) {
  if (!file.empty() && !code.empty()) {
    std::cerr << "jlcc: error: give either FILE or -e CODE, not both\n";
    return false;
  }
  if (file.empty()) {
    out.name = "none";
    out.text = code;
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "jlcc: error: cannot read '" << file << "'\n";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out.name = file;
  out.text = ss.str();
  return true;
}

}  // namespace jl::driver
