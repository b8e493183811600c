// jlrt::embed: the bridge from a compiled jlcc program to the embedded interpreter, for
// top-level statements that handle code as data (Meta.parse, eval, Expr values,
// macroexpand, dump). The program embeds its source files; `start` replays the build plan
// in the interpreter (output muted) and `run(k)` evaluates run-time statement k there.
// Globals are shared through set_global/get_global. C++17; only jlrt and standard headers,
// so generated code needs just runtime/core/include and runtime/embed/include.
#pragma once

#include <cstddef>
#include <cstdint>

#include "jlrt/values.hpp"

namespace jlrt::embed {

// One source file of the program, as the compiler read it.
struct SourceFile {
  const char* path;
  const char* text;
  std::size_t size;
};

// What the compiler recorded about the program at build time.
struct Image {
  // files[0] is the main program; the others are include()d files, keyed by the path the
  // interpreter resolved at build time.
  const SourceFile* files;
  std::size_t fileCount;
  std::uint64_t stepBudget;  // as at build time (InterpOptions::stepBudget)
  const char* const* includeDirs;
  std::size_t includeDirCount;
  std::size_t statementCount;  // run-time statements of the build plan; start() checks it
};

// Creates the interpreter (ARGS = argv[1..]) and replays the build plan with output muted.
// On any failure prints "jlcc embedded interpreter: ..." to stderr and exits with status 1.
// Calling it again starts over with a fresh interpreter.
void start(const Image& image, int argc, char** argv);

// Evaluates run-time statement k (0-based, in build-plan order) after flushing jlrt's
// stdout. A Julia exception it raises is thrown as a jlrt::Exception (type name and
// showerror text); no other exception escapes.
void run(std::size_t statement);

// Globals shared between compiled code and the interpreter. `module` is a module path
// ("Main", "Main.Inner"). set_global assigns as Julia's global assignment does; errors
// (an unknown module, a constant, a typed global) are thrown as jlrt::Exception.
void set_global(const char* module, const char* name, std::int64_t v);
void set_global(const char* module, const char* name, double v);
void set_global(const char* module, const char* name, bool v);
void set_global(const char* module, const char* name, jlrt::Char v);
void set_global(const char* module, const char* name, const jlrt::String& v);
void set_global(const char* module, const char* name, jlrt::Symbol v);
void set_global(const char* module, const char* name, jlrt::Nothing v);
// A C string is a String (without this overload it would convert to bool).
inline void set_global(const char* module, const char* name, const char* v) {
  set_global(module, name, jlrt::String(v));
}

// Reads a global into `out`: false (leaving `out` alone) when the binding is not defined; a
// jlrt::Exception of type TypeError ("TypeError: in global x, expected Int64, got a value of
// type String") when it holds a value of another type.
bool get_global(const char* module, const char* name, std::int64_t& out);
bool get_global(const char* module, const char* name, double& out);
bool get_global(const char* module, const char* name, bool& out);
bool get_global(const char* module, const char* name, jlrt::Char& out);
bool get_global(const char* module, const char* name, jlrt::String& out);
bool get_global(const char* module, const char* name, jlrt::Symbol& out);
bool get_global(const char* module, const char* name, jlrt::Nothing& out);

}  // namespace jlrt::embed
