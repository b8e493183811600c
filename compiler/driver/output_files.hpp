// Writing build outputs the way build systems need them: atomically (temp file + rename, so
// no half-written file is ever visible), untouched when the bytes did not change (so Ninja
// and ccache see no change), Makefile-style depfiles, and running the C++ compiler for
// `jlcc compile`.
#pragma once

#include <string>
#include <vector>

namespace jl::driver {

// Writes `content` to `path` unless it already holds exactly those bytes.
bool writeFileIfChanged(const std::string& path, const std::string& content, std::string& error);

// `target: dep1 dep2 ...` with spaces escaped.
std::string makeDepfile(const std::string& target, const std::vector<std::string>& deps);

struct CompileRequest {
  std::string cxx = "g++";
  int optLevel = 2;
  bool staticLink = true;
  std::string output;   // executable path
  std::string keepDir;  // where to keep the generated C++ (empty: a temporary folder)
  std::string extraFlags;  // passed to the compiler as they are (split by the shell)
  // Libraries the generated code needs (codegen::EmitInfo): jlcc libraries found next to
  // libjlcc_rt.a and linked before it ("jlcc_rt_regex"), system libraries after it ("pcre2-8").
  std::vector<std::string> runtimeLibraries;
  std::vector<std::string> systemLibraries;
};

// Compiles NAME.cpp (with NAME.hpp) and links libjlcc_rt into `req.output`; prints the
// compiler's diagnostics. Returns the exit status for jlcc.
int compileGenerated(const std::string& baseName, const std::string& cpp, const std::string& hpp,
                     const CompileRequest& req);

}  // namespace jl::driver
