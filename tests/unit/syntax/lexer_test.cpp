// Unit tests for the lexer: token kinds, operators, numbers, strings, comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.hpp"

using namespace jl;
using namespace jl::syntax;

namespace {
std::vector<Token> lexAll(std::string_view s) {
  Lexer l(s);
  std::vector<Token> out;
  for (int i = 0; i < 1000; ++i) {
    Token t = l.next();
    if (t.kind == K::EndMarker) break;
    out.push_back(t);
  }
  return out;
}
std::string ops(std::string_view s) {
  std::string r;
  for (const Token& t : lexAll(s)) {
    if (!r.empty()) r += ' ';
    if (t.kind == K::Op) r += (t.dotted ? "." : "") + t.op.str();
    else r += kindName(t.kind);
  }
  return r;
}
}  // namespace

TEST(Lexer, IdentifiersAndKeywords) {
  auto t = lexAll("function f! end π x₁ in");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].kind, K::Function);
  EXPECT_EQ(t[1].kind, K::Identifier);
  EXPECT_EQ(t[2].kind, K::End);
  EXPECT_EQ(t[3].kind, K::Identifier);
  EXPECT_EQ(t[4].kind, K::Identifier);
  EXPECT_EQ(t[5].kind, K::Op);
  EXPECT_TRUE(t[5].word);
}

TEST(Lexer, Operators) {
  EXPECT_EQ(ops("a .+ b"), "identifier .+ identifier");
  EXPECT_EQ(ops("a >>>= b"), "identifier >>>= identifier");
  EXPECT_EQ(ops("a != b"), "identifier != identifier");
  EXPECT_EQ(ops("x -> y"), "identifier -> identifier");
  EXPECT_EQ(ops("a ÷ b ≤ c ≠ d ∈ e × f"), "identifier ÷ identifier ≤ identifier ≠ identifier ∈ identifier × identifier");
  EXPECT_EQ(ops("a − b"), "identifier - identifier");  // unicode minus
  EXPECT_EQ(ops("a +₁ b"), "identifier +₁ identifier");
  EXPECT_EQ(ops("a...") , "identifier ...");
  EXPECT_EQ(ops("1..2"), "number .. number");
  EXPECT_EQ(ops("a .= b"), "identifier .= identifier");
  EXPECT_EQ(ops("a::T"), "identifier :: identifier");
}

TEST(Lexer, AdjointVersusChar) {
  auto t = lexAll("x' 'a' [1]' f()'");
  ASSERT_GE(t.size(), 4u);
  EXPECT_EQ(t[1].kind, K::Op);  // adjoint
  EXPECT_EQ(t[2].kind, K::Char);
  EXPECT_EQ(lexAll("'\\''")[0].kind, K::Char);
  EXPECT_EQ(lexAll("''")[0].kind, K::Error);
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(lexAll("0x1f")[0].kind, K::HexInt);
  EXPECT_EQ(lexAll("0b101")[0].kind, K::BinInt);
  EXPECT_EQ(lexAll("0o17")[0].kind, K::OctInt);
  EXPECT_EQ(lexAll("1_000")[0].kind, K::Integer);
  EXPECT_EQ(lexAll("1e16")[0].kind, K::Float);
  EXPECT_EQ(lexAll("1f0")[0].kind, K::Float32);
  EXPECT_EQ(lexAll("0x1p3")[0].kind, K::Float);
  EXPECT_EQ(lexAll(".5")[0].kind, K::Float);
  EXPECT_EQ(lexAll("0xg")[0].kind, K::Error);
  auto t = lexAll("2x");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].kind, K::Integer);
  EXPECT_EQ(t[1].kind, K::Identifier);
}

TEST(Lexer, StringsAndInterpolation) {
  auto t = lexAll("\"a $b $(c) d\"");
  std::vector<K> kinds;
  for (auto& x : t) kinds.push_back(x.kind);
  std::vector<K> want{K::DQuote, K::StringChunk, K::Op, K::Identifier, K::StringChunk, K::Op,
                      K::LParen, K::Identifier, K::RParen, K::StringChunk, K::DQuote};
  EXPECT_EQ(kinds, want);
  // Nested string inside an interpolation.
  auto u = lexAll("\"$(f(\"x\"))\"");
  EXPECT_EQ(u.back().kind, K::DQuote);
  // Raw after an identifier: no `$` token.
  auto r = lexAll("r\"a$b\"");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[2].kind, K::StringChunk);
}

TEST(Lexer, CommentsAndNewlines) {
  auto t = lexAll("a #= nested #= c =# =# b # line\nc");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[1].spaceBefore);
  EXPECT_EQ(t[2].kind, K::NewlineWs);
  EXPECT_EQ(t[3].line, 2u);
  EXPECT_EQ(lexAll("#= open")[0].kind, K::Error);
}
