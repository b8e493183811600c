// Julia's text/plain layout of array elements (Base.print_matrix over already-formatted cell
// texts): how each cell's text aligns in its column (Base.alignment: integers right-aligned,
// reals on the decimal point, anything else left-aligned, `#undef` centred), the column
// widths, the two-space separators and the rows of a displayed vector or matrix. The one
// implementation behind both `display`s: the runtime's (jlrt/print.hpp, jlrt/array.hpp) and
// the interpreter's (runtime/interp/show.cpp), which each format the cells themselves.
// Defined in runtime/core/layout.cpp. C++17.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jlrt {

// How a cell aligns in its column (which of Julia's `alignment(io, x)` methods applies):
// Integer (and Bool), Float (any Real shown with digits), Other (any non-number), Undef (an
// unassigned element, shown as "#undef").
enum class Align { Integer, Float, Other, Undef };

// (left, right) widths of one cell's text, in characters (not bytes). Integer: all left.
// Float: Julia's regex r"^(.*?)((?:[\.eEfF].*)?)$", i.e. split before the first `.`, `e`,
// `E`, `f` or `F` ("-3.25" -> (2, 3), "1.0e10" -> (1, 5)); so "Inf" splits at its `f`
// -> (2, 1), and "NaN", which has none of them, is all left -> (3, 0), exactly as Julia
// aligns them. Other: all right. Undef: Julia's undef_ref_alignment, (3, 3).
std::pair<size_t, size_t> display_alignment(Align kind, std::string_view text);

// The rows of a `display`ed array: `text` holds the cells in column-major order (rows x cols
// of them), `kind` their alignment kinds (one per cell, or a single one for all). Each row
// is a space, then the cells padded to their column's alignment and separated by two
// spaces (no padding after the last column); rows are separated by "\n", and there is no
// newline at the end.
std::string layout_matrix(const std::vector<std::string>& text, const std::vector<Align>& kind, int64_t rows,
                          int64_t cols);

}  // namespace jlrt
