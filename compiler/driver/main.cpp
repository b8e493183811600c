// Entry point of the `jlcc` CLI: dispatches to a subcommand.
#include <cstdio>
#include <cstring>
#include <iostream>

#include "driver/commands.hpp"

#ifndef JLCC_VERSION
#define JLCC_VERSION "0.0.0"
#endif

namespace {

void printUsage(std::ostream& os) {
  os << "usage: jlcc <command> [options] [FILE | -e CODE] [ARGS...]\n"
        "\n"
        "jlcc compiles a statically compilable subset of Julia to C++17 and runs Julia's\n"
        "metaprogramming (macros, quoting, @eval, @generated) at build time.\n"
        "\n"
        "commands:\n";
  for (const auto& c : jl::driver::commands()) {
    os << "  " << c.name;
    for (size_t i = std::strlen(c.name); i < 10; ++i) os << ' ';
    os << c.summary << "\n";
  }
  os << "\n"
        "options:\n"
        "  -h, --help     show this help (or `jlcc COMMAND --help` for a command's options)\n"
        "  --version      print the version\n"
        "\n"
        "exit status: 0 success, 1 errors in the input program, 2 usage errors\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    printUsage(std::cerr);
    return jl::driver::kUsageError;
  }
  std::string first = argv[1];
  if (first == "-h" || first == "--help" || first == "help") {
    printUsage(std::cout);
    return jl::driver::kOk;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "jlcc " << JLCC_VERSION << "\n";
    return jl::driver::kOk;
  }
  jl::driver::Args rest(argv + 2, argv + argc);
  for (const auto& c : jl::driver::commands())
    if (first == c.name) return c.run(rest);
  std::cerr << "jlcc: error: unknown command '" << first << "' (see `jlcc --help`)\n";
  return jl::driver::kUsageError;
}
