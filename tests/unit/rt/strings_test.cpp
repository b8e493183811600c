// jlrt/strings.hpp: byte indices, substrings, searching, stripping, padding, case mapping,
// Char predicates and arithmetic, with the interpreter's results and Julia's error texts.
#include <gtest/gtest.h>

#include "rt_test_support.hpp"

using rt_test::errorText;
using rt_test::printed;
using jlrt::operator""_jl;

namespace {
const jlrt::String kS = "héllo wörld"_jl;  // 11 characters, 13 bytes
}

TEST(JlrtStrings, Indices) {
  EXPECT_EQ(jlrt::codeunit(kS, 2), 195);
  EXPECT_EQ(jlrt::lastindex(kS), 13);
  EXPECT_EQ(jlrt::lastindex("aé"_jl), 2);
  EXPECT_EQ(jlrt::thisind(kS, 3), 2);
  EXPECT_EQ(jlrt::thisind(kS, 0), 0);
  EXPECT_EQ(jlrt::thisind(kS, 14), 14);
  EXPECT_EQ(jlrt::nextind(kS, 0), 1);
  EXPECT_EQ(jlrt::nextind(kS, 2), 4);
  EXPECT_EQ(jlrt::prevind(kS, 4), 2);
  EXPECT_EQ(jlrt::prevind(kS, 14), 13);
  EXPECT_EQ(jlrt::prevind("aé"_jl, 4), 2);
  EXPECT_TRUE(jlrt::isvalid(kS, 2));
  EXPECT_FALSE(jlrt::isvalid(kS, 3));
  EXPECT_FALSE(jlrt::isvalid(kS, 0));
  EXPECT_EQ(errorText([] { jlrt::codeunit(kS, 0); }), "BoundsError | BoundsError: attempt to access 13-codeunit String at index [0]");
  EXPECT_EQ(errorText([] { jlrt::nextind(kS, 14); }), "BoundsError | BoundsError: attempt to access 13-codeunit String at index [14]");
  EXPECT_EQ(errorText([] { jlrt::prevind(kS, 0); }), "BoundsError | BoundsError: attempt to access 13-codeunit String at index [0]");
  EXPECT_EQ(errorText([] { jlrt::thisind(kS, 15); }), "BoundsError | BoundsError: attempt to access 13-codeunit String at index [15]");
}

TEST(JlrtStrings, Substrings) {
  EXPECT_EQ(printed(jlrt::substring(kS, 1, 5)), "héll");
  EXPECT_EQ(printed(jlrt::substring(kS, 2, 4)), "él");
  EXPECT_EQ(printed(jlrt::substring(kS, 3, 2)), "");
  EXPECT_EQ(errorText([] { jlrt::substring(kS, 1, 20); }),
            "BoundsError | BoundsError: attempt to access 13-codeunit String at index [1:20]");
  EXPECT_EQ(errorText([] { jlrt::substring(kS, 3, 4); }), "StringIndexError | StringIndexError: invalid index [3]");
  EXPECT_EQ(errorText([] { jlrt::substring(kS, 1, 3); }), "StringIndexError | StringIndexError: invalid index [3]");
  EXPECT_EQ(printed(jlrt::first("héllo"_jl, 2)), "hé");
  EXPECT_EQ(printed(jlrt::last("héllo"_jl, 3)), "llo");
  EXPECT_EQ(printed(jlrt::first("é"_jl)), "é");
  EXPECT_EQ(printed(jlrt::last("aé"_jl)), "é");
  EXPECT_EQ(errorText([] { jlrt::first(""_jl); }), "ArgumentError | ArgumentError: collection must be non-empty");
  EXPECT_EQ(errorText([] { jlrt::first("abc"_jl, -1); }),
            "ArgumentError | ArgumentError: Number of elements must be non-negative");
}

TEST(JlrtStrings, Construction) {
  EXPECT_EQ(printed(jlrt::string_int(-255, 16, 4)), "-00ff");
  EXPECT_EQ(printed(jlrt::string_int(-3, 10, 3)), "-003");
  EXPECT_EQ(printed(jlrt::string_int(INT64_MIN, 10, 1)), "-9223372036854775808");
  EXPECT_EQ(printed(jlrt::string_int(0, 10, 1)), "0");
  EXPECT_EQ(printed(jlrt::string_int(0, 10, 0)), "");
  EXPECT_EQ(printed(jlrt::string_uint(UINT64_MAX, 16, 1)), "ffffffffffffffff");
  EXPECT_EQ(errorText([] { jlrt::string_int(5, 70, 1); }),
            "ArgumentError | ArgumentError: invalid base: base must be 2 ≤ |base| ≤ 62, got 70");
  EXPECT_EQ(printed(jlrt::string_of(jlrt::symbol("abc"))), "abc");
}

TEST(JlrtStrings, SearchAndCount) {
  EXPECT_EQ(jlrt::count("aa"_jl, "aaaa"_jl, false), 2);
  EXPECT_EQ(jlrt::count("aa"_jl, "aaaa"_jl, true), 3);
  EXPECT_EQ(jlrt::count(""_jl, "ab"_jl, false), 3);
  EXPECT_EQ(jlrt::count(jlrt::Char::from_codepoint('a'), "banana"_jl, false), 3);
  EXPECT_EQ(printed(jlrt::findfirst(jlrt::Char::from_codepoint('l'), "hello"_jl)), "3");
  EXPECT_EQ(printed(jlrt::findlast(jlrt::Char::from_codepoint('l'), "hello"_jl)), "4");
  EXPECT_TRUE(jlrt::findfirst(jlrt::Char::from_codepoint('z'), "hello"_jl).is_nothing());
  EXPECT_TRUE(jlrt::in(jlrt::Char::from_codepoint(0xE9), kS));
  EXPECT_FALSE(jlrt::contains("hello"_jl, "lx"_jl));
  EXPECT_EQ(jlrt::cmp("a"_jl, "b"_jl), -1);
  EXPECT_EQ(jlrt::cmp("b"_jl, "a"_jl), 1);
  EXPECT_EQ(jlrt::cmp("a"_jl, "a"_jl), 0);
}

TEST(JlrtStrings, Transformations) {
  EXPECT_EQ(printed(jlrt::titlecase("hello wORLD x-ray"_jl)), "Hello World X-Ray");
  EXPECT_EQ(printed(jlrt::titlecase("it's 3rd"_jl)), "It'S 3Rd");
  EXPECT_EQ(printed(jlrt::uppercasefirst("éa"_jl)), "Éa");
  EXPECT_EQ(printed(jlrt::lowercasefirst("ABC"_jl)), "aBC");
  EXPECT_EQ(printed(jlrt::uppercase("héllo"_jl)), "HÉLLO");
  EXPECT_EQ(printed(jlrt::lowercase("ÀBC"_jl)), "àbc");
  EXPECT_EQ(printed(jlrt::reverse("aé€b"_jl)), "b€éa");
  EXPECT_EQ(printed(jlrt::reverse(jlrt::String::from("a\xff\xe2\x82"))), "\xe2\x82\xff" "a");
  EXPECT_EQ(printed(jlrt::strip(" \t a b\n "_jl)), "a b");
  EXPECT_EQ(printed(jlrt::lstrip("  a "_jl)), "a ");
  EXPECT_EQ(printed(jlrt::rstrip(" a  "_jl)), " a");
  EXPECT_EQ(printed(jlrt::chomp("a\r\n"_jl)), "a");
  EXPECT_EQ(printed(jlrt::chop("héllo"_jl, 1, 2)), "él");
  EXPECT_EQ(printed(jlrt::chop("ab"_jl, 2, 2)), "");
  EXPECT_EQ(errorText([] { jlrt::chop("abc"_jl, -1, 1); }),
            "ArgumentError | ArgumentError: Requested head or tail is negative");
  EXPECT_EQ(printed(jlrt::lpad("é"_jl, 4, "ab"_jl)), "abaé");
  EXPECT_EQ(printed(jlrt::rpad("x"_jl, 3, " "_jl)), "x  ");
  EXPECT_EQ(printed(jlrt::lpad("abc"_jl, 2, " "_jl)), "abc");
  EXPECT_FALSE(jlrt::isascii("é"_jl));
  EXPECT_TRUE(jlrt::isascii("abc"_jl));
}

TEST(JlrtStrings, Chars) {
  using jlrt::Char;
  EXPECT_EQ(printed(jlrt::uppercase(Char::from_codepoint(0xE9))), "É");
  EXPECT_EQ(printed(jlrt::lowercase(Char::from_codepoint(0x3A3))), "σ");
  EXPECT_TRUE(jlrt::isdigit(Char::from_codepoint('5')));
  EXPECT_TRUE(jlrt::isxdigit(Char::from_codepoint('f')));
  EXPECT_TRUE(jlrt::isletter(Char::from_codepoint(0xE9)));
  EXPECT_TRUE(jlrt::isspace(Char::from_codepoint('\t')));
  EXPECT_FALSE(jlrt::islowercase(Char::from_codepoint('A')));
  EXPECT_TRUE(jlrt::ispunct(Char::from_codepoint('!')));
  EXPECT_FALSE(jlrt::isascii(Char::from_codepoint(0xE9)));
  EXPECT_EQ(printed(jlrt::char_add(Char::from_codepoint('a'), 1)), "b");
  EXPECT_EQ(printed(jlrt::char_sub(Char::from_codepoint('z'), 1)), "y");
  EXPECT_EQ(jlrt::char_diff(Char::from_codepoint('c'), Char::from_codepoint('a')), 2);
  EXPECT_EQ(errorText([] { jlrt::char_add(Char::from_codepoint('a'), -100); }),
            "InexactError | InexactError: trunc(UInt32, -3)");
  EXPECT_EQ(errorText([] { jlrt::char_sub(Char::from_codepoint('a'), 200); }),
            "InexactError | InexactError: trunc(UInt32, -103)");
  EXPECT_EQ(errorText([] { jlrt::char_add(Char(0xFF000000u), 1); }), "ArgumentError | ArgumentError: invalid character");
}

TEST(JlrtStrings, Split) {
  auto joined = [](const jlrt::Vector<jlrt::String>& v) {
    std::string s;
    for (auto& x : v.vec()) s += "[" + x.str() + "]";
    return s;
  };
  EXPECT_EQ(joined(jlrt::split("a b  c"_jl, jlrt::Nothing{}, 0, false)), "[a][b][c]");
  EXPECT_EQ(joined(jlrt::split(" a\tb "_jl, jlrt::Nothing{}, 0, true)), "[][a][b][]");
  EXPECT_EQ(joined(jlrt::split("a,b,,c"_jl, ","_jl, 0, true)), "[a][b][][c]");
  EXPECT_EQ(joined(jlrt::split("a,b,c"_jl, ","_jl, 2, true)), "[a][b,c]");
  EXPECT_EQ(joined(jlrt::split("a,b,,c"_jl, jlrt::Char::from_codepoint(','), 0, false)), "[a][b][c]");
  EXPECT_EQ(joined(jlrt::split("aé"_jl, ""_jl, 0, true)), "[a][é]");
  EXPECT_EQ(joined(jlrt::split(""_jl, ","_jl, 0, true)), "[]");
  EXPECT_EQ(joined(jlrt::split(""_jl, ","_jl, 0, false)), "");
}
