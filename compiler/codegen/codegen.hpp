// C++ code generation: turns the typed IR of a whole program (compiler/ir/ir.hpp) into one
// readable C++17 translation unit that includes "jlrt/jlrt.hpp" (runtime/core/include) and
// links libjlcc_rt.a, plus, for libraries, a C header declaring the Base.@ccallable
// functions. See docs/compiler.md, "Code generation and runtime".
#pragma once

#include <stdexcept>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ir/ir.hpp"

namespace jl::interp {
class TypeSystem;
}

namespace jl::codegen {

struct EmitOptions {
  std::string baseName;            // output base name ("prog" for prog.cpp / prog.h)
  bool lineDirectives = true;      // `#line N "file.jl"` before statements
  std::string sourcePathForLines;  // file name in #line directives (default: Program::sourceFile)
  // Prints Julia type names (comments, typeof, BoundsError texts) exactly as the
  // interpreter does. When null, a built-in printer covers the common types.
  interp::TypeSystem* types = nullptr;
  // What the embedded interpreter replays at start-up, for programs some of whose
  // statements it runs (Program::usesInterpreter).
  struct EmbeddedImage {
    std::vector<std::pair<std::string, std::string>> files;  // (path, text); the main program first
    std::vector<std::string> includeDirs;
    uint64_t stepBudget = 0;
    size_t statementCount = 0;  // run-time statements in the build plan
  } image;
};

// Raised for IR the code generator cannot translate (an unknown builtin, a type without a
// C++ representation). The message names the construct and, when known, the source line.
struct CodegenError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The .cpp file: every MethodInstance as a C++ function, the structs, the globals, and
// either `jl_program_main` + `main()` (programs) or the extern "C" ccallables (libraries: a
// Program whose main body has no statements). Deterministic bytes. Throws CodegenError.
std::string emitCpp(const ir::Program& program, const EmitOptions& options);

// What linking the generated file needs besides libjlcc_rt.a.
struct EmitInfo {
  std::vector<std::string> runtimeLibraries;  // jlcc libraries linked before libjlcc_rt.a ("jlcc_rt_regex")
  std::vector<std::string> systemLibraries;   // -l names linked after it ("pcre2-8")
};
// emitCpp, also reporting the libraries the program needs in `info`.
std::string emitCpp(const ir::Program& program, const EmitOptions& options, EmitInfo& info);

// The C header of a library: prototypes of its Base.@ccallable functions inside
// `extern "C"`. Throws CodegenError.
std::string emitHeader(const ir::Program& program, const EmitOptions& options);

// Whether the program has run-time top-level statements (else it is a library).
bool hasMainBody(const ir::Program& program);

}  // namespace jl::codegen
