// The parser: Julia source text -> Julia's own `Expr` trees (as JuliaSyntax.jl / Julia >= 1.10
// produce them), with syntax errors as diagnostics. Never throws, never crashes on any input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.hpp"
#include "syntax/value.hpp"

namespace jl::syntax {

struct ParseOptions {
  std::string filename = "none";  // recorded in LineNumberNodes and diagnostics
  int maxDepth = 1000;            // nesting limit; deeper input is a NestingTooDeep error
  int maxErrors = 20;             // stop after this many syntax errors
};

struct ParseResult {
  Value value;  // the tree; an Expr(:error, ...) or partial tree when errors is non-empty
  std::vector<diag::Diagnostic> errors;
  size_t endOffset = 0;  // byte offset just past what was consumed (for Meta.parse(str, pos))
  bool ok() const { return errors.empty(); }
};

// A whole file: Expr(:toplevel, LineNumberNode, stmt, LineNumberNode, stmt, ...),
// as Meta.parseall / `include` see it.
ParseResult parseFile(std::string_view text, const ParseOptions& opts = {});

// Meta.parse(str): one expression (a `;`-separated top-level line gives :toplevel, as in
// Julia), whitespace and comments around it allowed; anything after it is an ExtraToken
// error. Empty input gives `nothing`.
ParseResult parseOne(std::string_view text, const ParseOptions& opts = {});

// Meta.parse(str, start; greedy=true): one expression starting at byte offset `start`;
// `endOffset` says where the next one starts.
ParseResult parseAt(std::string_view text, size_t start, const ParseOptions& opts = {});

}  // namespace jl::syntax
