// jlrt Vector and range operations of containers.hpp (insert!/deleteat!/append!, `in`,
// indexing with ranges, vectors and masks, unique, sort!, cumsum, maximum/extrema/prod,
// range == vector, collect of ranges) and the number functions of numbers.hpp.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "rt_test_support.hpp"

using rt_test::errorText;
using rt_test::printed;

namespace {
struct UR {
  int64_t start, stop;
};
struct SR {
  int64_t start, step, stop;
};
}  // namespace

TEST(RtVectors, InsertDeleteAppend) {
  auto v = jlrt::Vector<int64_t>::make({1, 2, 3});
  jlrt::insert(v, 4, int64_t(9));
  jlrt::insert(v, 1, int64_t(0));
  EXPECT_EQ(printed(v), "[0, 1, 2, 3, 9]");
  EXPECT_EQ(errorText([&] { jlrt::insert(v, 7, int64_t(1)); }),
            "BoundsError | BoundsError: attempt to access 5-element Vector{Int64} at index [7]");
  jlrt::deleteat(v, 1);
  EXPECT_EQ(printed(v), "[1, 2, 3, 9]");
  EXPECT_EQ(errorText([&] { jlrt::deleteat(v, 0); }),
            "BoundsError | BoundsError: attempt to access 4-element Vector{Int64} at index [0]");
  jlrt::append(v, v);  // appending a vector to itself
  EXPECT_EQ(printed(v), "[1, 2, 3, 9, 1, 2, 3, 9]");
  auto f = jlrt::Vector<double>::make({0.5});
  jlrt::append(f, jlrt::Vector<int64_t>::make({2}));
  EXPECT_EQ(printed(f), "[0.5, 2.0]");
}

TEST(RtVectors, InAndIndexing) {
  auto v = jlrt::Vector<int64_t>::make({3, 1, 2});
  EXPECT_TRUE(jlrt::in(int64_t(2), v));
  EXPECT_TRUE(jlrt::in(2.0, v));
  EXPECT_FALSE(jlrt::in(2.5, v));
  EXPECT_FALSE(jlrt::in(std::nan(""), jlrt::Vector<double>::make({std::nan("")})));  // == semantics
  EXPECT_EQ(printed(jlrt::getindex_range(v, UR{2, 3})), "[1, 2]");
  EXPECT_EQ(printed(jlrt::getindex_range(v, UR{3, 2})), "Int64[]");
  EXPECT_EQ(errorText([&] { jlrt::getindex_range(v, UR{0, 2}); }),
            "BoundsError | BoundsError: attempt to access 3-element Vector{Int64} at index [0:2]");
  EXPECT_EQ(printed(jlrt::getindex_vector(v, jlrt::Vector<int64_t>::make({3, 3, 1}))), "[2, 2, 3]");
  EXPECT_EQ(errorText([&] { jlrt::getindex_vector(v, jlrt::Vector<int64_t>::make({1, 4})); }),
            "BoundsError | BoundsError: attempt to access 3-element Vector{Int64} at index [[1, 4]]");
  EXPECT_EQ(printed(jlrt::getindex_mask(v, jlrt::Vector<bool>::make({true, false, true}))), "[3, 2]");
  EXPECT_EQ(errorText([&] { jlrt::getindex_mask(v, jlrt::Vector<bool>::make({true})); }),
            "BoundsError | BoundsError: attempt to access 3-element Vector{Int64} at index [Bool[1]]");
}

TEST(RtVectors, UniqueSortReverse) {
  EXPECT_EQ(printed(jlrt::unique(jlrt::Vector<int64_t>::make({1, 2, 1, 3}))), "[1, 2, 3]");
  double nan = std::nan("");
  EXPECT_EQ(printed(jlrt::unique(jlrt::Vector<double>::make({nan, 0.0, -0.0, nan}))), "[NaN, 0.0, -0.0]");
  auto s = jlrt::Vector<double>::make({2.0, nan, -0.0, 0.0, -1.0});
  EXPECT_EQ(printed(jlrt::sort_bang(s, false)), "[-1.0, -0.0, 0.0, 2.0, NaN]");
  EXPECT_EQ(printed(jlrt::sort_bang(s, true)), "[NaN, 2.0, 0.0, -0.0, -1.0]");
  auto w = jlrt::Vector<jlrt::String>::make({jlrt::String::from("b"), jlrt::String::from("a")});
  EXPECT_EQ(printed(jlrt::sort_bang(w, false)), "[\"a\", \"b\"]");
  EXPECT_EQ(printed(jlrt::reverse_range(jlrt::Vector<int64_t>::make({1, 2, 3, 4}), 2, 4)), "[1, 4, 3, 2]");
}

TEST(RtVectors, Reductions) {
  EXPECT_EQ(printed(jlrt::accumulate(jlrt::Vector<int64_t>::make({1, 2, 3}), false)), "[1, 3, 6]");
  EXPECT_EQ(printed(jlrt::accumulate(jlrt::Vector<int64_t>::make({std::numeric_limits<int64_t>::max(), 1}), false)),
            "[9223372036854775807, -9223372036854775808]");  // wraps
  EXPECT_EQ(printed(jlrt::accumulate(jlrt::Vector<double>::make({1.5, 2.0}), true)), "[1.5, 3.0]");
  EXPECT_EQ(jlrt::extremum(jlrt::Vector<int64_t>::make({1, 5, 2}), true), 5);
  EXPECT_EQ(jlrt::extremum(jlrt::Vector<int64_t>::make({4, 2, 8}), false), 2);
  EXPECT_TRUE(std::isnan(jlrt::extremum(jlrt::Vector<double>::make({1.0, std::nan("")}), true)));
  EXPECT_EQ(printed(jlrt::extrema(jlrt::Vector<int64_t>::make({3, 1, 2}))), "(1, 3)");
  EXPECT_EQ(errorText([] { jlrt::extremum(jlrt::Vector<int64_t>(), true); }),
            "ArgumentError | ArgumentError: reducing over an empty collection is not allowed; consider supplying "
            "`init` to the reducer");
  EXPECT_EQ(jlrt::mapfold(jlrt::Vector<int64_t>::make({2, 3}), true), 6);
  EXPECT_EQ(jlrt::mapfold(jlrt::Vector<int64_t>(), true), 1);
  EXPECT_EQ(jlrt::mapfold(jlrt::Vector<double>(), false), 0.0);
}

TEST(RtRanges, InCollectEqual) {
  EXPECT_TRUE(jlrt::in_unitrange(3, UR{1, 5}));
  EXPECT_FALSE(jlrt::in_unitrange(1, UR{1, 0}));
  EXPECT_TRUE(jlrt::in_steprange(5, SR{1, 2, 9}));
  EXPECT_FALSE(jlrt::in_steprange(4, SR{1, 2, 9}));
  EXPECT_TRUE(jlrt::in_steprange(5, SR{9, -2, 1}));
  EXPECT_FALSE(jlrt::in_steprange(10, SR{9, -2, 1}));
  int64_t mn = std::numeric_limits<int64_t>::min(), mx = std::numeric_limits<int64_t>::max();
  EXPECT_TRUE(jlrt::in_steprange(mx, SR{mn + 1, 2, mx}));  // no overflow in x - start
  EXPECT_FALSE(jlrt::in_steprange(mx - 1, SR{mn + 1, 2, mx}));
  EXPECT_EQ(printed(jlrt::collect_steprange(SR{5, -2, 1})), "[5, 3, 1]");
  EXPECT_EQ(printed(jlrt::collect_unitrange(UR{1, 0})), "Int64[]");
  EXPECT_EQ(printed(jlrt::collect_range(mx - 1, 1, mx)), "[9223372036854775806, 9223372036854775807]");
  EXPECT_TRUE(jlrt::range_equal(UR{1, 3}, jlrt::Vector<int64_t>::make({1, 2, 3})));
  EXPECT_TRUE(jlrt::range_equal(UR{1, 2}, jlrt::Vector<double>::make({1.0, 2.0})));
  EXPECT_FALSE(jlrt::range_equal(UR{1, 3}, jlrt::Vector<int64_t>::make({1, 2})));
  EXPECT_TRUE(jlrt::range_equal(UR{1, 0}, jlrt::Vector<int64_t>()));
}

TEST(RtNumbers, GcdLcmBits) {
  EXPECT_EQ(jlrt::gcd(int64_t(12), int64_t(18)), 6);
  EXPECT_EQ(jlrt::gcd(int64_t(-12), int64_t(18)), 6);
  EXPECT_EQ(jlrt::gcd(int64_t(0), int64_t(0)), 0);
  EXPECT_EQ(jlrt::lcm(int64_t(4), int64_t(6)), 12);
  EXPECT_EQ(jlrt::lcm(int8_t(-4), int8_t(6)), 12);
  EXPECT_EQ(jlrt::lcm(int64_t(0), int64_t(6)), 0);
  EXPECT_EQ(jlrt::gcd(std::numeric_limits<int64_t>::min(), int64_t(0)), std::numeric_limits<int64_t>::min());  // wraps
  EXPECT_EQ(jlrt::count_ones(int64_t(255)), 8);
  EXPECT_EQ(jlrt::count_ones(int64_t(-1)), 64);
  EXPECT_EQ(jlrt::count_zeros(int16_t(3)), 14);
  EXPECT_EQ(jlrt::leading_zeros(int64_t(1)), 63);
  EXPECT_EQ(jlrt::leading_zeros(uint8_t(1)), 7);
  EXPECT_EQ(jlrt::trailing_zeros(int64_t(8)), 3);
  EXPECT_EQ(jlrt::trailing_zeros(int64_t(0)), 64);
}

TEST(RtNumbers, Floats) {
  EXPECT_EQ(jlrt::copysign(3.0, -1.0), -3.0);
  EXPECT_EQ(jlrt::copysign(-2.0, int64_t(3)), 2.0);
  EXPECT_TRUE(std::signbit(jlrt::copysign(2.0f, -0.0)));
  EXPECT_EQ(jlrt::eps(1.0), std::numeric_limits<double>::epsilon());
  EXPECT_TRUE(std::isnan(jlrt::eps(std::numeric_limits<double>::infinity())));
  EXPECT_EQ(jlrt::eps_of<float>(), std::numeric_limits<float>::epsilon());
  EXPECT_EQ(printed(jlrt::nextfloat(1.0)), "1.0000000000000002");
  EXPECT_EQ(printed(jlrt::prevfloat(1.0)), "0.9999999999999999");
  EXPECT_EQ(printed(jlrt::floatmax<double>()), "1.7976931348623157e308");
  EXPECT_EQ(printed(jlrt::floatmin<float>()), "1.1754944e-38");
  EXPECT_EQ(printed(jlrt::round_digits(3.14159, 2)), "3.14");
  EXPECT_EQ(printed(jlrt::round_digits(1234.5, -2)), "1200.0");
  EXPECT_EQ(printed(jlrt::round_digits(2.5, 0)), "2.0");
  EXPECT_EQ(printed(jlrt::round_digits(1.5, std::numeric_limits<int64_t>::max())), "1.5");
  EXPECT_EQ(printed(jlrt::round_digits(1.5, std::numeric_limits<int64_t>::min())), "1.5");
  EXPECT_EQ(printed(jlrt::round_digits_to(1.25f, 1)), "1.2");
}
