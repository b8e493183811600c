// Diagnostics shared by every stage: kinds (from diagnostic_kinds.def), source locations,
// and rendering as `file:line:col: error: message` followed by the source line and a caret,
// the way GCC and Clang print them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jl::diag {

enum class Kind {
#define JLCC_DIAGNOSTIC(Name, Severity, Summary) Name,
#include "diagnostic_kinds.def"
};

enum class Severity { Error, Warning, Note };

struct Location {
  std::string file;  // as the user named it (relative paths stay relative)
  int line = 0;      // 1-based; 0 when unknown
  int col = 0;       // 1-based, in characters; 0 when unknown
};

struct Diagnostic {
  Kind kind;
  Severity severity = Severity::Error;
  Location loc;
  std::string message;
  std::vector<Diagnostic> notes;  // e.g. "in expansion of macro @foo at x.jl:12"
};

const char* kindName(Kind k);
Severity defaultSeverity(Kind k);

// Renders one diagnostic. When `source` holds the text of `d.loc.file`, the offending line
// and a caret under the column follow the message line.
std::string render(const Diagnostic& d, std::string_view source = {});

}  // namespace jl::diag
