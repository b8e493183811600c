// Julia's text/plain layout of array elements (Base.print_matrix): how each element's text
// aligns in its column (integers right-aligned, floats on the decimal point, anything else
// left-aligned), the column widths, and the rows of a displayed vector or matrix. Shared by
// the runtime's `display` (jlrt/print.hpp, jlrt/array.hpp) and meant for the interpreter's
// (runtime/interp/show.cpp), so both lay out columns with the same code. Defined in
// runtime/core/layout.cpp. C++17.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jlrt {

// How an element aligns in its column (Julia's `alignment(io, x)` methods).
enum class Align { Integer, Float, Other };

// (left, right) widths of one element's text, in characters: an integer (or Bool) is all
// left part, a float splits before its first `.`/`e`/`f` (all left part when it has none),
// anything else is all right part.
std::pair<size_t, size_t> display_alignment(Align kind, std::string_view text);

// The rows of a `display`ed array: `text` holds the elements' shown texts in column-major
// order (rows x cols of them), `kind` their alignment kinds (one per element, or one for
// all). Each row is a space, then the elements padded to their column's alignment and
// separated by two spaces (no padding after the last column); rows are separated by "\n",
// and there is no newline at the end.
std::string layout_matrix(const std::vector<std::string>& text, const std::vector<Align>& kind, int64_t rows,
                          int64_t cols);

}  // namespace jlrt
