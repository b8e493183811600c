// Unit tests of value printing (show.cpp).
#include <gtest/gtest.h>

#include "interp/interp.hpp"

namespace jl::interp {
namespace {

Interp& interp() {
  static Interp* in = new Interp();
  return *in;
}

TEST(Show, Scalars) {
  Interp& in = interp();
  EXPECT_EQ(in.repr(Value::int64(-3)), "-3");
  EXPECT_EQ(in.repr(Value::uint8(42)), "0x2a");
  EXPECT_EQ(in.repr(Value::float64(0.1 + 0.2)), "0.30000000000000004");
  EXPECT_EQ(in.repr(Value::float32(1.5f)), "1.5f0");
  EXPECT_EQ(in.repr(Value::boolean(true)), "true");
  EXPECT_EQ(in.repr(Value()), "nothing");
  EXPECT_EQ(in.repr(Value::codepoint('\'')), "'\\''");
  EXPECT_EQ(in.repr(Value::symbol("foo")), ":foo");
  EXPECT_EQ(in.repr(makeString("a\nb")), "\"a\\nb\"");
  EXPECT_EQ(in.toString(Value::uint8(42)), "42");
  EXPECT_EQ(in.toString(Value::float32(1.5f)), "1.5");
}

TEST(Show, Containers) {
  Interp& in = interp();
  TypeSystem& T = in.types();
  EXPECT_EQ(in.repr(in.makeVector(T.Int64, {Value::int64(1), Value::int64(2)})), "[1, 2]");
  EXPECT_EQ(in.repr(in.makeVector(T.Any, {Value::symbol("+"), Value::int64(1)})), "Any[:+, 1]");
  EXPECT_EQ(in.repr(in.makeVector(T.Float32, {Value::float32(1.0f)})), "Float32[1.0]");
  EXPECT_EQ(in.repr(in.makeVector(T.Bool, {Value::boolean(true), Value::boolean(false)})), "Bool[1, 0]");
  EXPECT_EQ(in.repr(in.makeVector(T.Int64, {})), "Int64[]");
  EXPECT_EQ(in.repr(in.makeTuple({Value::int64(1)})), "(1,)");
  EXPECT_EQ(in.repr(in.makeTuple({Value::int64(1), makeString("a")})), "(1, \"a\")");
}

TEST(Show, ExprWithObjects) {
  Interp& in = interp();
  Value ref = Value::object(new GlobalRefObj(in.main, Symbol("println")));
  Value ex = makeExpr("call", {ref, makeString("hi")});
  EXPECT_EQ(in.repr(ex), ":(Main.println(\"hi\"))");
}

TEST(Show, Display) {
  Interp& in = interp();
  TypeSystem& T = in.types();
  Value buf = in.callBase("IOBuffer", {});
  Value v = in.makeVector(T.Any, {Value::symbol("+"), Value::int64(1), Value::int64(1)});
  Value args[2] = {buf, v};
  in.callBase("_display", args);
  EXPECT_EQ(buf.as<IOObj>().buffer, "3-element Vector{Any}:\n  :+\n 1\n 1");
}

}  // namespace
}  // namespace jl::interp
