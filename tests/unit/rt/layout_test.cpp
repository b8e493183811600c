// Unit tests for jlrt/layout.hpp, the one implementation of Julia's text/plain array layout
// (Base.alignment + Base.print_matrix) used by both the runtime's and the interpreter's
// `display`, and for the compact float format (core/format.hpp) its matrix cells use.
// Expected texts follow Julia's base/show.jl `alignment` methods and base/arrayshow.jl.
#include "jlrt/layout.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "core/format.hpp"

using jlrt::Align;
using jlrt::display_alignment;
using jlrt::layout_matrix;

namespace {
using LR = std::pair<size_t, size_t>;
}  // namespace

TEST(LayoutAlignment, IntegersAreAllLeft) {
  EXPECT_EQ(display_alignment(Align::Integer, "-100"), (LR{4, 0}));
  EXPECT_EQ(display_alignment(Align::Integer, "true"), (LR{4, 0}));
  EXPECT_EQ(display_alignment(Align::Integer, "0x2a"), (LR{4, 0}));
}

TEST(LayoutAlignment, FloatsSplitAtPointOrExponent) {
  EXPECT_EQ(display_alignment(Align::Float, "-3.25"), (LR{2, 3}));
  EXPECT_EQ(display_alignment(Align::Float, "1.0e10"), (LR{1, 5}));
  EXPECT_EQ(display_alignment(Align::Float, "1.0f-5"), (LR{1, 5}));
  EXPECT_EQ(display_alignment(Align::Float, "12"), (LR{2, 0}));  // no split point: all left
}

// Julia's regex r"^(.*?)((?:[\.eEfF].*)?)$" splits "Inf" before its `f` and leaves "NaN"
// whole on the left; Julia's own display is therefore ragged for them, and so is ours.
TEST(LayoutAlignment, InfAndNaNAsJuliaSplitsThem) {
  EXPECT_EQ(display_alignment(Align::Float, "Inf"), (LR{2, 1}));
  EXPECT_EQ(display_alignment(Align::Float, "-Inf"), (LR{3, 1}));
  EXPECT_EQ(display_alignment(Align::Float, "Inf32"), (LR{2, 3}));
  EXPECT_EQ(display_alignment(Align::Float, "NaN"), (LR{3, 0}));
  EXPECT_EQ(display_alignment(Align::Float, "NaN32"), (LR{5, 0}));
}

TEST(LayoutAlignment, OtherIsAllRightInCharacters) {
  EXPECT_EQ(display_alignment(Align::Other, "\"a\""), (LR{0, 3}));
  EXPECT_EQ(display_alignment(Align::Other, "\"é\""), (LR{0, 3}));  // characters, not bytes
  EXPECT_EQ(display_alignment(Align::Other, ":αβγ"), (LR{0, 4}));
}

TEST(LayoutAlignment, UndefIsCentred) {  // Julia's undef_ref_alignment
  EXPECT_EQ(display_alignment(Align::Undef, "#undef"), (LR{3, 3}));
}

TEST(LayoutMatrix, EmptyIsEmpty) {
  EXPECT_EQ(layout_matrix({}, {Align::Other}, 0, 3), "");
  EXPECT_EQ(layout_matrix({}, {Align::Other}, 3, 0), "");
}

TEST(LayoutMatrix, IntegersRightAligned) {
  EXPECT_EQ(layout_matrix({"1", "22", "333", "4"}, {Align::Integer}, 2, 2), "  1  333\n 22    4");
  EXPECT_EQ(layout_matrix({"1", "-10", "100"}, {Align::Integer}, 3, 1), "   1\n -10\n 100");
}

TEST(LayoutMatrix, FloatsAlignOnThePoint) {
  // [1.5 -2.0; 10.25 3.0], column-major.
  EXPECT_EQ(layout_matrix({"1.5", "10.25", "-2.0", "3.0"}, {Align::Float}, 2, 2), "  1.5   -2.0\n 10.25   3.0");
  EXPECT_EQ(layout_matrix({"0.3333333333333333", "10.25", "-3.0"}, {Align::Float}, 3, 1),
            "  0.3333333333333333\n 10.25\n -3.0");
}

TEST(LayoutMatrix, InfAndNaNRaggedAsInJulia) {
  // display([1.0, Inf, NaN, -Inf])
  EXPECT_EQ(layout_matrix({"1.0", "Inf", "NaN", "-Inf"}, {Align::Float}, 4, 1), "   1.0\n  Inf\n NaN\n -Inf");
  // display([1/3 Inf; NaN -1e10]) (compact cells)
  std::vector<std::string> cells{jlrt::formatFloat64Compact(1.0 / 3), jlrt::formatFloat64Compact(NAN),
                                 jlrt::formatFloat64Compact(INFINITY), jlrt::formatFloat64Compact(-1e10)};
  EXPECT_EQ(layout_matrix(cells, {Align::Float}, 2, 2), "   0.333333  Inf\n NaN         -1.0e10");
}

TEST(LayoutMatrix, OtherLeftAlignedPaddedExceptLastColumn) {
  EXPECT_EQ(layout_matrix({"a", "bb"}, {Align::Other, Align::Other}, 1, 2), " a  bb");
  EXPECT_EQ(layout_matrix({"a", "bbb", "c", "d"}, {Align::Other}, 2, 2), " a    c\n bbb  d");
  EXPECT_EQ(layout_matrix({"\"a\"", "\"ccc\"", "\"bb\"", "\"d\""}, {Align::Other}, 2, 2),
            " \"a\"    \"bb\"\n \"ccc\"  \"d\"");
}

TEST(LayoutMatrix, MixedKindsPerCell) {
  // display(Any[1, 2.5, "a"]) and with an unassigned element.
  std::vector<Align> k3{Align::Integer, Align::Float, Align::Other};
  EXPECT_EQ(layout_matrix({"1", "2.5", "\"a\""}, k3, 3, 1), " 1\n 2.5\n  \"a\"");
  std::vector<Align> k2{Align::Integer, Align::Undef};
  EXPECT_EQ(layout_matrix({"1", "#undef"}, k2, 2, 1), "   1\n #undef");
  EXPECT_EQ(layout_matrix({"#undef", "#undef"}, {Align::Undef}, 2, 1), " #undef\n #undef");
}

TEST(LayoutMatrix, OneKindForAllEqualsOnePerCell) {
  std::vector<std::string> cells{"1.5", "-20.0", "3.0e-5", "4.0"};
  EXPECT_EQ(layout_matrix(cells, {Align::Float}, 2, 2), layout_matrix(cells, std::vector<Align>(4, Align::Float), 2, 2));
}

TEST(CompactFloat, SixSignificantDigits) {
  EXPECT_EQ(jlrt::formatFloat64Compact(1.0 / 3), "0.333333");
  EXPECT_EQ(jlrt::formatFloat64Compact(0.1 + 0.2), "0.3");
  EXPECT_EQ(jlrt::formatFloat64Compact(1234567.0), "1.23457e6");
  EXPECT_EQ(jlrt::formatFloat64Compact(-1e10), "-1.0e10");
  EXPECT_EQ(jlrt::formatFloat64Compact(0.0), "0.0");
  EXPECT_EQ(jlrt::formatFloat64Compact(INFINITY), "Inf");
  EXPECT_EQ(jlrt::formatFloat64Compact(-INFINITY), "-Inf");
  EXPECT_EQ(jlrt::formatFloat64Compact(NAN), "NaN");
}
