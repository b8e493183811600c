// jlrt::Array<T, N> (jlrt/array.hpp) and the shared display layout (jlrt/layout.hpp):
// column-major storage, Julia's indexing rules and BoundsError text, dimension checks,
// size queries, fill!/copy/sum, elementwise arithmetic, iteration order, and printing
// byte for byte as Julia (and the interpreter) print matrices.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/format.hpp"
#include "jlrt/jlrt.hpp"
#include "rt_test_support.hpp"

using namespace jlrt::literals;

namespace {
using rt_test::errorText;
using rt_test::printed;
template <class X>
std::string displayed(const X& x) {
  jlrt::IO io;
  jlrt::display(io, x);
  return io.take();
}
using IMat = jlrt::Array<int64_t, 2>;
IMat sample() { return IMat::from_rows(3, {11, 12, 13, 21, 22, 23}); }  // [11 12 13; 21 22 23]
}  // namespace

TEST(JlrtArray, ColumnMajorLiteralAndIndexing) {
  IMat a = sample();
  EXPECT_EQ(a.dims(), (IMat::Dims{2, 3}));
  EXPECT_EQ(a.data(), (std::vector<int64_t>{11, 21, 12, 22, 13, 23}));
  EXPECT_EQ(jlrt::getindex(a, int64_t(2), int64_t(3)), 23);
  EXPECT_EQ(jlrt::getindex(a, int64_t(4)), 22);              // linear index
  EXPECT_EQ(jlrt::getindex(a, int32_t(1), uint8_t(2)), 12);  // any integer type
  EXPECT_EQ(jlrt::getindex(a, int64_t(2), int64_t(3), int64_t(1)), 23);  // trailing 1s
  jlrt::setindex(a, 99.0, int64_t(1), int64_t(2));
  jlrt::setindex(a, int8_t(-7), int64_t(5));
  EXPECT_EQ(printed(a), "[11 99 -7; 21 22 23]");
  EXPECT_EQ(jlrt::unsafe_getindex(a, int64_t(2), int64_t(1)), 21);
  jlrt::unsafe_setindex(a, int64_t(5), int64_t(6));
  EXPECT_EQ(jlrt::getindex(a, int64_t(2), int64_t(3)), 5);
}

TEST(JlrtArray, BoundsErrors) {
  IMat a = sample();
  EXPECT_EQ(errorText([&] { jlrt::getindex(a, int64_t(3), int64_t(1)); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [3, 1]");
  EXPECT_EQ(errorText([&] { jlrt::getindex(a, int64_t(7)); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [7]");
  EXPECT_EQ(errorText([&] { jlrt::getindex(a, int64_t(0)); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [0]");
  EXPECT_EQ(errorText([&] { jlrt::setindex(a, int64_t(1), int64_t(0), int64_t(2)); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [0, 2]");
  EXPECT_EQ(errorText([&] { jlrt::getindex(a, int64_t(1), int64_t(1), int64_t(2)); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [1, 1, 2]");
  // extreme indices do not overflow; unsigned ones print as Julia shows them
  EXPECT_EQ(errorText([&] { jlrt::getindex(a, std::numeric_limits<int64_t>::min(), int64_t(1)); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [-9223372036854775808, 1]");
  EXPECT_EQ(errorText([&] { jlrt::getindex(a, std::numeric_limits<uint64_t>::max()); }),
            "BoundsError | BoundsError: attempt to access 2×3 Matrix{Int64} at index [0xffffffffffffffff]");
}

TEST(JlrtArray, ThreeDimensions) {
  auto x = jlrt::array_fill<jlrt::Array<int64_t, 3>>(0, std::make_tuple(2, int64_t(3), uint8_t(2)));
  EXPECT_EQ(jlrt::size(x), std::make_tuple(int64_t(2), int64_t(3), int64_t(2)));
  EXPECT_EQ(jlrt::ndims(x), 3);
  jlrt::setindex(x, int64_t(5), int64_t(2), int64_t(3), int64_t(2));
  EXPECT_EQ(jlrt::getindex(x, int64_t(12)), 5);
  jlrt::setindex(x, int64_t(9), int64_t(1), int64_t(4));  // the last index spans the trailing dimensions
  EXPECT_EQ(jlrt::getindex(x, int64_t(1), int64_t(1), int64_t(2)), 9);
  EXPECT_EQ(errorText([&] { jlrt::getindex(x, int64_t(1), int64_t(7)); }),
            "BoundsError | BoundsError: attempt to access 2×3×2 Array{Int64, 3} at index [1, 7]");
  EXPECT_EQ((jlrt::type_name<jlrt::Array<double, 3>>()), "Array{Float64, 3}");
  EXPECT_EQ(jlrt::sum(x), 14);
}

TEST(JlrtArray, DimensionsAndSizes) {
  EXPECT_EQ(errorText([] { jlrt::array_undef<IMat>(2, -1); }), "ArgumentError | ArgumentError: invalid Array dimensions");
  EXPECT_EQ(errorText([] { jlrt::array_undef<IMat>(int64_t(1) << 40, int64_t(1) << 40); }),
            "ArgumentError | ArgumentError: invalid Array dimensions");
  EXPECT_EQ(errorText([] { jlrt::array_undef<IMat>(std::numeric_limits<uint64_t>::max(), 1); }),
            "ArgumentError | ArgumentError: invalid Array dimensions");
  IMat e = jlrt::array_undef<IMat>(std::make_tuple(0, 3));
  EXPECT_TRUE(jlrt::isempty(e));
  EXPECT_EQ(jlrt::size(e, 2), 3);
  IMat a = sample();
  EXPECT_EQ(jlrt::size(a, 1), 2);
  EXPECT_EQ(jlrt::size(a, uint64_t(3)), 1);
  EXPECT_EQ(jlrt::size(a, std::numeric_limits<uint64_t>::max()), 1);
  EXPECT_EQ(errorText([&] { jlrt::size(a, 0); }), "ArgumentError | ArgumentError: dimension out of range");
  EXPECT_EQ(jlrt::length(a), 6);
  EXPECT_EQ(jlrt::lastindex(a), 6);
  EXPECT_EQ(jlrt::lastindex(a, 2), 3);
  auto v = jlrt::array_fill<jlrt::Vector<double>>(0.5, std::make_tuple(int16_t(3)));
  EXPECT_EQ(printed(v), "[0.5, 0.5, 0.5]");
  EXPECT_EQ(jlrt::size(v), std::make_tuple(int64_t(3)));
  EXPECT_EQ(jlrt::size(v, 2), 1);
  EXPECT_EQ(jlrt::ndims(v), 1);
  IMat unassigned;  // the value of a declared, unassigned variable
  EXPECT_EQ(printed(unassigned), "0×0 Matrix{Int64}");
}

TEST(JlrtArray, FillCopySumEquality) {
  IMat a = sample();
  IMat alias = a;
  IMat c = jlrt::copy(a);
  EXPECT_TRUE(alias.same(a));
  EXPECT_FALSE(c.same(a));
  EXPECT_TRUE(c == a);
  jlrt::fill(alias, int64_t(7));
  EXPECT_EQ(printed(a), "[7 7 7; 7 7 7]");
  EXPECT_EQ(printed(c), "[11 12 13; 21 22 23]");
  EXPECT_FALSE(c == a);
  EXPECT_FALSE(IMat::from_rows(2, {1, 2, 3, 4}) == IMat::from_rows(4, {1, 2, 3, 4}));  // same data, other shape
  EXPECT_EQ(jlrt::sum(c), 102);
  // add_sum: narrow integers and Bool widen, Int64 wraps, empty is zero
  EXPECT_EQ(jlrt::sum(jlrt::Array<bool, 2>::from_rows(2, {true, false, true, true})), int64_t(3));
  auto u8 = jlrt::Array<uint8_t, 2>::filled({2, 2}, 200);
  static_assert(std::is_same_v<decltype(jlrt::sum(u8)), uint64_t>);
  EXPECT_EQ(jlrt::sum(u8), 800u);
  EXPECT_EQ(jlrt::sum(IMat::from_rows(2, {std::numeric_limits<int64_t>::max(), 1})), std::numeric_limits<int64_t>::min());
  EXPECT_EQ(jlrt::sum(jlrt::array_undef<jlrt::Array<double, 2>>(2, 0)), 0.0);
  EXPECT_EQ(jlrt::sum(jlrt::Vector<int32_t>::make({1, 2, 3})), int64_t(6));
}

TEST(JlrtArray, ElementwiseArithmetic) {
  IMat m = IMat::from_rows(2, {1, 2, 3, 4});
  EXPECT_EQ(printed(jlrt::add_arrays<int64_t>(m, m)), "[2 4; 6 8]");
  EXPECT_EQ(printed(jlrt::sub_arrays<double>(m, jlrt::Array<double, 2>::filled({2, 2}, 0.5))), "[0.5 1.5; 2.5 3.5]");
  EXPECT_EQ(printed(jlrt::neg_array<int64_t>(m)), "[-1 -2; -3 -4]");
  EXPECT_EQ(printed(jlrt::mul_array_scalar<double>(m, 0.5)), "[0.5 1.0; 1.5 2.0]");
  EXPECT_EQ(printed(jlrt::mul_scalar_array<int64_t>(int64_t(3), m)), "[3 6; 9 12]");
  EXPECT_EQ(printed(jlrt::div_array_scalar<double>(m, int64_t(2))), "[0.5 1.0; 1.5 2.0]");
  // integer arithmetic wraps as Julia's does (no undefined behaviour)
  IMat big = IMat::filled({1, 1}, std::numeric_limits<int64_t>::max());
  EXPECT_EQ(jlrt::getindex(jlrt::mul_array_scalar<int64_t>(big, int64_t(2)), int64_t(1)), -2);
  EXPECT_EQ(jlrt::getindex(jlrt::neg_array<int64_t>(IMat::filled({1, 1}, std::numeric_limits<int64_t>::min())), int64_t(1)),
            std::numeric_limits<int64_t>::min());
  EXPECT_EQ(errorText([&] { jlrt::add_arrays<int64_t>(m, IMat::filled({1, 3}, 0)); }),
            "DimensionMismatch | DimensionMismatch: dimensions must match: a has dims (Base.OneTo(2), Base.OneTo(2)), "
            "b has dims (Base.OneTo(1), Base.OneTo(3)), mismatch at 1");
}

TEST(JlrtArray, IterationIsColumnMajor) {
  std::vector<int64_t> seen;
  for (int64_t x : jlrt::each(sample())) seen.push_back(x);
  EXPECT_EQ(seen, (std::vector<int64_t>{11, 21, 12, 22, 13, 23}));
  std::vector<bool> bits;
  for (bool b : jlrt::each(jlrt::Array<bool, 2>::from_rows(2, {true, false, false, true}))) bits.push_back(b);
  EXPECT_EQ(bits, (std::vector<bool>{true, false, false, true}));
}

TEST(JlrtArray, Show) {
  EXPECT_EQ(printed(sample()), "[11 12 13; 21 22 23]");
  EXPECT_EQ(jlrt::repr(sample()).str(), "[11 12 13; 21 22 23]");
  EXPECT_EQ(printed(jlrt::Array<int8_t, 2>::filled({2, 2}, 1)), "Int8[1 1; 1 1]");
  EXPECT_EQ(printed(jlrt::Array<uint8_t, 2>::filled({1, 2}, 10)), "UInt8[0x0a 0x0a]");
  EXPECT_EQ(printed(jlrt::Array<bool, 2>::from_rows(2, {true, false, false, true})), "Bool[1 0; 0 1]");
  EXPECT_EQ(printed(jlrt::Array<float, 2>::from_rows(2, {1.5f, 2, 3, 4})), "Float32[1.5 2.0; 3.0 4.0]");
  EXPECT_EQ(printed(jlrt::Array<double, 2>::from_rows(2, {1.0 / 3, 2, 3, 4})), "[0.3333333333333333 2.0; 3.0 4.0]");
  EXPECT_EQ(printed(jlrt::Array<jlrt::String, 2>::from_rows(2, {"a"_jl, "b\"c"_jl})), "[\"a\" \"b\\\"c\"]");
  EXPECT_EQ(printed(jlrt::array_undef<jlrt::Array<double, 2>>(0, 3)), "0×3 Matrix{Float64}");
  EXPECT_EQ(printed(std::make_tuple(sample(), int64_t(1))), "([11 12 13; 21 22 23], 1)");
  EXPECT_EQ(jlrt::type_name<IMat>(), "Matrix{Int64}");
  EXPECT_EQ(jlrt::repr(jlrt::type_of(sample())).str(), "Matrix{Int64}");
}

TEST(JlrtArray, Display) {
  EXPECT_EQ(displayed(sample()), "2×3 Matrix{Int64}:\n 11  12  13\n 21  22  23\n");
  EXPECT_EQ(displayed(IMat::from_rows(2, {-1, 10, 100, -1000})), "2×2 Matrix{Int64}:\n  -1     10\n 100  -1000\n");
  // floats align on the decimal point; several columns print compact (six digits)
  EXPECT_EQ(displayed(jlrt::Array<double, 2>::from_rows(2, {1.0, 2.5, -3.25, 100.0})),
            "2×2 Matrix{Float64}:\n  1.0     2.5\n -3.25  100.0\n");
  EXPECT_EQ(displayed(jlrt::Array<double, 2>::from_rows(2, {1.0 / 3, 2.0 / 3, 1, 2})),
            "2×2 Matrix{Float64}:\n 0.333333  0.666667\n 1.0       2.0\n");
  EXPECT_EQ(displayed(jlrt::Array<double, 2>::from_rows(1, {1.0 / 3, 0})),
            "2×1 Matrix{Float64}:\n 0.3333333333333333\n 0.0\n");
  EXPECT_EQ(displayed(jlrt::Array<float, 2>::from_rows(2, {1.5f, 2, 3, 4})),
            "2×2 Matrix{Float32}:\n 1.5  2.0\n 3.0  4.0\n");
  EXPECT_EQ(displayed(jlrt::Array<bool, 2>::from_rows(2, {true, false, false, true})),
            "2×2 Matrix{Bool}:\n 1  0\n 0  1\n");
  EXPECT_EQ(displayed(jlrt::Array<jlrt::String, 2>::from_rows(2, {"a"_jl, "bb"_jl, "ccc"_jl, "d"_jl})),
            "2×2 Matrix{String}:\n \"a\"    \"bb\"\n \"ccc\"  \"d\"\n");
  EXPECT_EQ(displayed(jlrt::array_undef<IMat>(0, 3)), "0×3 Matrix{Int64}\n");
  // vectors keep their layout (one column, never compact)
  EXPECT_EQ(displayed(jlrt::Vector<double>::make({1.0 / 3, 10.25, -3.0})),
            "3-element Vector{Float64}:\n  0.3333333333333333\n 10.25\n -3.0\n");
}

TEST(JlrtLayout, AlignmentAndRows) {
  using jlrt::Align;
  EXPECT_EQ(jlrt::display_alignment(Align::Integer, "-100"), (std::pair<size_t, size_t>{4, 0}));
  EXPECT_EQ(jlrt::display_alignment(Align::Float, "-3.25"), (std::pair<size_t, size_t>{2, 3}));
  EXPECT_EQ(jlrt::display_alignment(Align::Float, "1.0e10"), (std::pair<size_t, size_t>{1, 5}));
  EXPECT_EQ(jlrt::display_alignment(Align::Other, "\"é\""), (std::pair<size_t, size_t>{0, 3}));  // characters
  EXPECT_EQ(jlrt::layout_matrix({"1", "22", "333", "4"}, {Align::Integer}, 2, 2), "  1  333\n 22    4");
  EXPECT_EQ(jlrt::layout_matrix({"a", "bb"}, {Align::Other, Align::Other}, 1, 2), " a  bb");
  EXPECT_EQ(jlrt::layout_matrix({}, {Align::Other}, 0, 3), "");
}

TEST(JlrtLayout, CompactFloats) {
  EXPECT_EQ(jlrt::formatFloat64Compact(1.0 / 3), "0.333333");
  EXPECT_EQ(jlrt::formatFloat64Compact(2.0 / 3), "0.666667");
  EXPECT_EQ(jlrt::formatFloat64Compact(1e10), "1.0e10");
  EXPECT_EQ(jlrt::formatFloat64Compact(-0.0), "-0.0");
  EXPECT_EQ(jlrt::formatFloat64Compact(std::nan("")), "NaN");
  jlrt::IO io;
  io.set_compact(true);
  jlrt::show(io, 1.0 / 3);
  io.write(' ');
  jlrt::show(io, std::make_tuple(2.0 / 3, 0.5f));
  EXPECT_EQ(io.buffer(), "0.333333 (0.666667, 0.5)");
}
