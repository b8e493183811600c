// Unit tests for the parser: Expr shapes (compared through Meta.show_sexpr), LineNumberNode
// placement, literals, diagnostics and recovery, robustness, and the round-trip property
// parse(print(parse(x))) == parse(x) over every golden input and the acceptance seeds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "syntax/parser.hpp"
#include "syntax/print.hpp"

using namespace jl;
using namespace jl::syntax;

namespace {
std::string sx(std::string_view code) {
  ParseResult r = parseOne(code);
  std::string out;
  for (const auto& e : r.errors) out += "ERROR " + e.message + "\n";
  showSexpr(out, r.value);
  return out;
}

// Removes LineNumberNodes from blocks and blanks macrocall locations. Single-statement
// blocks are unwrapped too: Julia prints `a ? b : c` as `if a b else c end`, which parses
// back with blocks around the branches.
Value stripLines(const Value& v) {
  if (v.isObject(ObjKind::QuoteNode)) {
    // `a.$b` parses to (. a QuoteNode($ b)) but prints as `a.:($b)`, which parses to
    // (. a (quote ($ b))): compare the two forms as equal.
    const Value& q = v.as<QuoteNodeObj>().value;
    if (q.isExpr() && q.as<ExprObj>().head == Symbol("$")) return makeExpr("quote", {stripLines(q)});
    return makeQuoteNode(stripLines(q));
  }
  if (!v.isExpr()) return v;
  const auto& e = v.as<ExprObj>();
  std::vector<Value> args;
  for (size_t i = 0; i < e.args.size(); ++i) {
    const Value& a = e.args[i];
    if (a.isObject(ObjKind::LineNumberNode)) {
      if (e.head == Symbol("macrocall") && i == 1) args.push_back(Value());
      continue;
    }
    args.push_back(stripLines(a));
  }
  if (e.head == Symbol("block") && args.size() == 1) return args[0];
  return makeExpr(e.head, std::move(args));
}

bool containsHead(const Value& v, Symbol head) {
  if (v.isObject(ObjKind::QuoteNode)) return containsHead(v.as<QuoteNodeObj>().value, head);
  if (!v.isExpr()) return false;
  if (v.as<ExprObj>().head == head) return true;
  for (const Value& a : v.as<ExprObj>().args)
    if (containsHead(a, head)) return true;
  return false;
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream f(p);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}
}  // namespace

TEST(Parser, Basics) {
  EXPECT_EQ(sx("1 + 1"), "(:call, :+, 1, 1)");
  EXPECT_EQ(sx("a;b"), "(:toplevel, :a, :b)");
  EXPECT_EQ(sx("a + b + c"), "(:call, :+, :a, :b, :c)");
  EXPECT_EQ(sx("a - b - c"), "(:call, :-, (:call, :-, :a, :b), :c)");
  EXPECT_EQ(sx("a^b^c"), "(:call, :^, :a, (:call, :^, :b, :c))");
  EXPECT_EQ(sx("-2^x"), "(:call, :-, (:call, :^, 2, :x))");
  EXPECT_EQ(sx("-2"), "-2");
  EXPECT_EQ(sx("2x"), "(:call, :*, 2, :x)");
  EXPECT_EQ(sx("2(x+1)"), "(:call, :*, 2, (:call, :+, :x, 1))");
  EXPECT_EQ(sx("a < b <= c"), "(:comparison, :a, :<, :b, :<=, :c)");
  EXPECT_EQ(sx("a <: b"), "(:<:, :a, :b)");
  EXPECT_EQ(sx("a && b || c"), "(:||, (:&&, :a, :b), :c)");
  EXPECT_EQ(sx("x |> f |> g"), "(:call, :|>, (:call, :|>, :x, :f), :g)");
  EXPECT_EQ(sx("1:2:3"), "(:call, :(:), 1, 2, 3)");
  EXPECT_EQ(sx("a ? b : c"), "(:if, :a, :b, :c)");
  EXPECT_EQ(sx("x .+ y"), "(:call, :.+, :x, :y)");
  EXPECT_EQ(sx("a .= b"), "(:.=, :a, :b)");
  EXPECT_EQ(sx("a += 1"), "(:+=, :a, 1)");
  EXPECT_EQ(sx("x::T = v"), "(:(=), (:(::), :x, :T), :v)");
  EXPECT_EQ(sx("a, b = c, d"), "(:(=), (:tuple, :a, :b), (:tuple, :c, :d))");
  EXPECT_EQ(sx("x..."), "(:..., :x)");
  EXPECT_EQ(sx("a => b"), "(:call, :(=>), :a, :b)");
  EXPECT_EQ(sx("x ÷ y ≤ z"), "(:call, :≤, (:call, :÷, :x, :y), :z)");
}

TEST(Parser, CallsAndBrackets) {
  EXPECT_EQ(sx("f(a, b=1; c=2)"), "(:call, :f, (:parameters, (:kw, :c, 2)), :a, (:kw, :b, 1))");
  EXPECT_EQ(sx("f.(x)"), "(:., :f, (:tuple, :x))");
  EXPECT_EQ(sx("a[end]"), "(:ref, :a, :end)");
  EXPECT_EQ(sx("a[begin]"), "(:ref, :a, :begin)");
  EXPECT_EQ(sx("[1 2; 3 4]"), "(:vcat, (:row, 1, 2), (:row, 3, 4))");
  EXPECT_EQ(sx("[1, 2]"), "(:vect, 1, 2)");
  EXPECT_EQ(sx("[1 2]"), "(:hcat, 1, 2)");
  EXPECT_EQ(sx("[1;; 2]"), "(:ncat, 2, 1, 2)");
  EXPECT_EQ(sx("T[1 2]"), "(:typed_hcat, :T, 1, 2)");
  EXPECT_EQ(sx("(x for x in xs)"), "(:generator, :x, (:(=), :x, :xs))");
  EXPECT_EQ(sx("(;)"), "(:tuple, (:parameters,))");
  EXPECT_EQ(sx("(a=1,)"), "(:tuple, (:(=), :a, 1))");
  EXPECT_EQ(sx("A{T}"), "(:curly, :A, :T)");
  EXPECT_EQ(sx("x'"), "(Symbol(\"'\"), :x)");
}

TEST(Parser, Quoting) {
  ParseResult r = parseOne(":x");
  ASSERT_TRUE(r.value.isObject(ObjKind::QuoteNode));
  EXPECT_EQ(sx(":(a+b)"), "(:quote, (:call, :+, :a, :b))");
  EXPECT_EQ(show(parseOne(":(::)").value), ":(:(::))");
  EXPECT_EQ(show(parseOne(":(:)").value), ":(:(:))");
}

TEST(Parser, LineNumbers) {
  ParseResult r = parseOne("function f(x)\n  a\n  b\nend");
  ASSERT_TRUE(r.ok());
  const auto& body = r.value.as<ExprObj>().args[1].as<ExprObj>();
  ASSERT_EQ(body.args.size(), 5u);
  EXPECT_EQ(body.args[0].as<LineNumberNodeObj>().line, 1);
  EXPECT_EQ(body.args[1].as<LineNumberNodeObj>().line, 2);
  EXPECT_EQ(body.args[3].as<LineNumberNodeObj>().line, 3);
  ParseResult f = parseFile("a\n\nb\n", ParseOptions{"t.jl", 1000, 20});
  const auto& tl = f.value.as<ExprObj>();
  ASSERT_EQ(tl.args.size(), 4u);
  EXPECT_EQ(tl.args[2].as<LineNumberNodeObj>().line, 3);
  EXPECT_TRUE(tl.args[2].as<LineNumberNodeObj>().file.isSymbol("t.jl"));
  // for loops get a trailing LineNumberNode for `end`
  ParseResult l = parseOne("for i=1:2\n x\nend");
  const auto& fb = l.value.as<ExprObj>().args[1].as<ExprObj>();
  ASSERT_EQ(fb.args.size(), 3u);
  EXPECT_EQ(fb.args[2].as<LineNumberNodeObj>().line, 3);
}

TEST(Parser, Literals) {
  EXPECT_EQ(parseOne("0x1f").value.tag(), Tag::UInt8);
  EXPECT_EQ(parseOne("0x001f").value.tag(), Tag::UInt16);
  EXPECT_EQ(parseOne("0b1").value.tag(), Tag::UInt8);
  EXPECT_EQ(parseOne("1e16").value.tag(), Tag::Float64);
  EXPECT_EQ(parseOne("1f0").value.tag(), Tag::Float32);
  EXPECT_EQ(parseOne("0x1p3").value.asFloat64(), 8.0);
  EXPECT_EQ(parseOne("9223372036854775807").value.tag(), Tag::Int64);
  EXPECT_EQ(parseOne("9223372036854775808").value.tag(), Tag::Int128);
  EXPECT_EQ(parseOne("-9223372036854775808").value.tag(), Tag::Int64);
  ParseResult big = parseOne("1000000000000000000000000000000000000000000");
  ASSERT_EQ(big.errors.size(), 1u);
  EXPECT_EQ(big.errors[0].message, "BigInt literals are not supported yet");
  EXPECT_EQ(parseOne("'a'").value.tag(), Tag::Char);
  EXPECT_EQ(parseOne("\"a\\tb\"").value.as<StringObj>().data, "a\tb");
  EXPECT_EQ(parseOne("\"\"\"\n    a\n      b\n    \"\"\"").value.as<StringObj>().data, "a\n  b\n");
  EXPECT_EQ(parseOne("raw\"a\\\\\\\"b\"").value.as<ExprObj>().args[2].as<StringObj>().data, "a\\\"b");
  EXPECT_EQ(parseOne("var\"#x\"").value.asSymbol().str(), "#x");
}

TEST(Parser, Macros) {
  EXPECT_EQ(sx("@m(a, b)"), "(:macrocall, Symbol(\"@m\"), :(#= none:1 =#), :a, :b)");
  EXPECT_EQ(sx("@m a b"), "(:macrocall, Symbol(\"@m\"), :(#= none:1 =#), :a, :b)");
  EXPECT_EQ(sx("@name[a b] * v"),
            "(:call, :*, (:macrocall, Symbol(\"@name\"), :(#= none:1 =#), (:hcat, :a, :b)), :v)");
  EXPECT_EQ(sx("@name [a b] * v"),
            "(:macrocall, Symbol(\"@name\"), :(#= none:1 =#), (:call, :*, (:hcat, :a, :b), :v))");
  EXPECT_EQ(sx("@. x"), "(:macrocall, Symbol(\"@__dot__\"), :(#= none:1 =#), :x)");
  ParseResult r = parseOne("Base.@ccallable f(x::Int)::Int = x");
  EXPECT_TRUE(r.ok());
}

TEST(Parser, Errors) {
  ParseResult r = parseFile("f(x\ny = )\nz = 1 +\n", ParseOptions{"e.jl", 1000, 20});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].loc.file, "e.jl");
  EXPECT_GE(r.errors[0].loc.line, 1);
  ParseResult multi = parseFile("a = )\nb = ]\nc = 1\n");
  EXPECT_GE(multi.errors.size(), 2u);
  EXPECT_EQ(multi.errors[0].loc.line, 1);
  EXPECT_EQ(multi.errors[1].loc.line, 2);
  ParseResult e = parseOne("function f()\n  x\n");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.errors[0].kind, diag::Kind::UnclosedBlock);
  ParseResult x = parseOne("a b");
  ASSERT_FALSE(x.ok());
  EXPECT_EQ(x.errors[0].kind, diag::Kind::ExtraToken);
  EXPECT_EQ(x.errors[0].loc.col, 3);
}

TEST(Parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep(100000, '(');
  ParseResult r = parseOne(deep);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.errors[0].kind, diag::Kind::NestingTooDeep);
  std::string deep2;
  for (int i = 0; i < 50000; ++i) deep2 += "[-";
  EXPECT_FALSE(parseOne(deep2).ok());
  std::string deep3;
  for (int i = 0; i < 50000; ++i) deep3 += "begin ";
  EXPECT_FALSE(parseFile(deep3).ok());
}

TEST(Parser, GarbageNeverCrashes) {
  const char* inputs[] = {"\"", "'", "`", "#=", "$", "@", "f(", "[;", "a[1 2;;", "x ? y", "function",
                          "\"$(", "\"\"\"\n$(\"", "0x", "1.e", "''", "\xff\xfe", "a.b.@c", "@.", "::",
                          "import", "struct", "a,,b", "(a;b;c", "\"$x\xff\"", "x -> ", "do", "end end"};
  for (const char* s : inputs) {
    ParseResult r = parseFile(s);
    (void)r;
    ParseResult o = parseOne(s);
    (void)o;
  }
  SUCCEED();
}

TEST(Parser, ParseAt) {
  std::string s = "a + 1\nb\n";
  ParseResult r1 = parseAt(s, 0);
  EXPECT_EQ(show(r1.value), ":(a + 1)");
  EXPECT_EQ(r1.endOffset, 6u);
  ParseResult r2 = parseAt(s, r1.endOffset);
  EXPECT_EQ(show(r2.value), ":b");
}

// The round-trip property over golden inputs and (when present) the acceptance seeds.
static void roundTripDir(const std::filesystem::path& dir, bool requireOk) {
  if (!std::filesystem::exists(dir)) return;
  for (const auto& ent : std::filesystem::directory_iterator(dir)) {
    if (ent.path().extension() != ".jl") continue;
    SCOPED_TRACE(ent.path().string());
    std::string text = readFile(ent.path());
    // Golden inputs that test syntax errors say so in their expected output.
    std::filesystem::path expected = ent.path();
    expected.replace_extension(".expected");
    if (std::filesystem::exists(expected) && readFile(expected).find("--- exit") != std::string::npos) continue;
    ParseResult r = parseFile(text, ParseOptions{ent.path().filename().string(), 1000, 20});
    if (!r.ok()) {
      if (requireOk) ADD_FAILURE() << ent.path() << ": " << r.errors[0].message << " at line " << r.errors[0].loc.line;
      continue;
    }
    std::vector<Value> stmts;
    for (const Value& stmt : r.value.as<ExprObj>().args) {
      // `a; b` lines are nested :toplevel nodes, which print as $(Expr(:toplevel, ...)).
      if (stmt.isExpr() && stmt.as<ExprObj>().head == Symbol("toplevel")) {
        for (const Value& s : stmt.as<ExprObj>().args) stmts.push_back(s);
      } else {
        stmts.push_back(stmt);
      }
    }
    for (const Value& stmt : stmts) {
      if (stmt.isObject(ObjKind::LineNumberNode)) continue;
      // Exprs and symbols print as source; literals need `show` (`'a'`, `0x0f`, `1.0f0`).
      std::string printed;
      if (stmt.isSymbol() && !isIdentifierSymbol(stmt.asSymbol())) printed = "var\"" + stmt.asSymbol().str() + "\"";
      else if (stmt.isExpr() || stmt.isSymbol() || stmt.isObject(ObjKind::QuoteNode)) print(printed, stmt);
      else show(printed, stmt);
      // Values with no surface syntax (a QuoteNode holding a string, ...) print as $(...).
      if (printed.find("$(QuoteNode(") != std::string::npos) continue;
      // Forms the printer falls back to $(Expr(...)) for are not surface syntax either.
      if (printed.find("$(Expr(") != std::string::npos && !containsHead(stmt, Symbol("$"))) {
        std::cerr << "note: not printable as source, skipped: " << printed.substr(0, 60) << "\n";
        continue;
      }
      ParseResult back = parseOne(printed);
      EXPECT_TRUE(back.ok()) << "reparsing: " << printed;
      EXPECT_TRUE(syntaxEqual(stripLines(back.value), stripLines(stmt)))
          << "printed: " << printed << "\nwas:   " << show(stripLines(stmt))
          << "\nagain: " << show(stripLines(back.value));
    }
  }
}

// The golden inputs live next to this file's directory (no build-system definition needed).
#ifndef JLCC_GOLDEN_PARSE_DIR
#define JLCC_GOLDEN_PARSE_DIR (std::filesystem::path(__FILE__).parent_path() / "../../golden/parse")
#endif
TEST(Parser, RoundTripGolden) { roundTripDir(JLCC_GOLDEN_PARSE_DIR, true); }

TEST(Parser, SeedsParseAndRoundTrip) { roundTripDir("/work/shared/acceptance/seed", true); }
