// Unit tests of the string and regex natives (builtins_strings.cpp, builtins_regex.cpp).
#include <gtest/gtest.h>

#include "interp/interp.hpp"

namespace jl::interp {
namespace {

Interp& interp() {
  static Interp* in = new Interp();
  return *in;
}

Value call(const char* f, std::vector<Value> args) { return interp().callBase(f, args); }
Value str(const char* s) { return makeString(s); }
std::string text(const Value& v) { return v.as<StringObj>().data; }

std::string caught(const char* f, std::vector<Value> args) {
  try {
    call(f, std::move(args));
  } catch (const JuliaError& e) {
    return interp().types().show(interp().types().typeOf(e.value));
  }
  return "";
}

TEST(Strings, Utf8Indexing) {
  Value s = str("h\xC3\xA9llo");  // "héllo"
  EXPECT_EQ(call("length", {s}).asInt64(), 5);
  EXPECT_EQ(call("ncodeunits", {s}).asInt64(), 6);
  EXPECT_EQ(call("getindex", {s, Value::int64(2)}).charBits(), 0xC3A90000u);
  EXPECT_EQ(caught("getindex", {s, Value::int64(3)}), "StringIndexError");
  EXPECT_EQ(caught("getindex", {s, Value::int64(7)}), "BoundsError");
  EXPECT_EQ(call("nextind", {s, Value::int64(2)}).asInt64(), 4);
  EXPECT_EQ(call("prevind", {s, Value::int64(4)}).asInt64(), 2);
  EXPECT_EQ(call("lastindex", {s}).asInt64(), 6);
}

TEST(Strings, Iteration) {
  Value s = str("a\xE2\x82\xAC");  // "a€"
  Value r = call("iterate", {s});
  ASSERT_TRUE(r.isObject(ObjKind::Tuple));
  EXPECT_EQ(r.as<TupleObj>().elems[1].asInt64(), 2);
  r = call("iterate", {s, Value::int64(2)});
  EXPECT_EQ(r.as<TupleObj>().elems[1].asInt64(), 5);
  EXPECT_TRUE(call("iterate", {s, Value::int64(5)}).isNothing());
}

TEST(Strings, Construction) {
  EXPECT_EQ(text(call("string", {str("a"), Value::int64(1), Value::float64(2.5), Value::symbol("s")})), "a12.5s");
  EXPECT_EQ(text(call("*", {str("ab"), Value::codepoint('c')})), "abc");
  EXPECT_EQ(text(call("repeat", {str("ab"), Value::int64(3)})), "ababab");
  EXPECT_EQ(text(call("_string_int", {Value::int64(255), Value::int64(16), Value::int64(4)})), "00ff");
  EXPECT_EQ(text(call("reverse", {str("ab\xE2\x82\xAC")})), "\xE2\x82\xAC" "ba");
}

TEST(Strings, SearchAndTransform) {
  EXPECT_TRUE(call("startswith", {str("hello"), str("he")}).asBool());
  EXPECT_TRUE(call("occursin", {str("ll"), str("hello")}).asBool());
  EXPECT_EQ(text(call("uppercase", {str("abc")})), "ABC");
  EXPECT_EQ(text(call("strip", {str("  x  ")})), "x");
  EXPECT_EQ(text(call("chomp", {str("x\r\n")})), "x");
  EXPECT_EQ(text(call("lpad", {str("7"), Value::int64(3), Value::codepoint('0')})), "007");
}

TEST(Strings, Parse) {
  TypeSystem& T = interp().types();
  EXPECT_EQ(call("_parse", {T.Int64, str(" -42 "), Value::int64(10), Value::boolean(false), Value::boolean(true)}).asInt64(), -42);
  EXPECT_EQ(call("_parse", {T.Int64, str("0x1f"), Value::int64(10), Value::boolean(false), Value::boolean(true)}).asInt64(), 31);
  EXPECT_EQ(call("_parse", {T.Float64, str("2.5e3"), Value::int64(10), Value::boolean(false), Value::boolean(true)}).asFloat64(), 2500.0);
  EXPECT_TRUE(call("_parse", {T.Int64, str("x"), Value::int64(10), Value::boolean(false), Value::boolean(false)}).isNothing());
  EXPECT_EQ(caught("_parse", {T.Int8, str("300"), Value::int64(10), Value::boolean(false), Value::boolean(true)}), "OverflowError");
}

TEST(Regex, MatchAndShow) {
  Value re = call("Regex", {str("(\\d+)-(\\d+)")});
  Value m = call("match", {re, str("tel 555-1234")});
  ASSERT_TRUE(m.isObject(ObjKind::RegexMatch));
  EXPECT_EQ(interp().repr(m), "RegexMatch(\"555-1234\", 1=\"555\", 2=\"1234\")");
  EXPECT_EQ(interp().repr(call("Regex", {str("a\"b"), str("i")})), "r\"a\\\"b\"i");
  EXPECT_TRUE(call("match", {re, str("none")}).isNothing());
  EXPECT_EQ(caught("Regex", {str("(")}), "ErrorException");
}

}  // namespace
}  // namespace jl::interp
