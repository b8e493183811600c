// The jlcc subcommands. Each takes the arguments after its name and returns the process
// exit status: 0 ok, 1 errors in the input, 2 usage errors. Boost.Program_options stays
// inside this folder.
#pragma once

#include <string>
#include <vector>

namespace jl::driver {

enum ExitStatus { kOk = 0, kInputError = 1, kUsageError = 2 };

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Args& args);
};

// All subcommands, in the order `jlcc --help` lists them.
const std::vector<Command>& commands();

int runParse(const Args& args);
int runRun(const Args& args);
int runExpand(const Args& args);
int runBuild(const Args& args);
int runCompile(const Args& args);

// Reads FILE (or takes -e CODE); on failure prints `jlcc: error: ...` and returns false.
struct SourceInput {
  std::string name;  // file name as given, or "none" for -e
  std::string text;
};
bool readSource(const std::string& file, const std::string& code, SourceInput& out);

}  // namespace jl::driver
