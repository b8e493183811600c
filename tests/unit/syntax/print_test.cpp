// Unit tests for the syntax printers (show/print of Expr and values, show_sexpr, dump).
// Expected strings are Julia 1.11's own output for the same trees.
#include "syntax/print.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace jl;
using namespace jl::syntax;

namespace {

Value S(const char* s) { return Value::symbol(s); }
Value I(int64_t x) { return Value::int64(x); }
Value F(double x) { return Value::float64(x); }
Value Str(const char* s) { return makeString(s); }
Value E(const char* head, std::vector<Value> args) { return makeExpr(head, std::move(args)); }
Value call(std::vector<Value> args) { return makeExpr("call", std::move(args)); }
Value Q(Value v) { return makeQuoteNode(std::move(v)); }
Value L(int64_t line) { return makeLineNumberNode(line, S("none")); }
Value dot(const char* a, const char* b) { return E(".", {S(a), Q(S(b))}); }
Value ch(uint32_t cp) { return Value::codepoint(cp); }

std::string sh(const Value& v) { return show(v); }
std::string pr(const Value& v) {
  std::string out;
  print(out, v);
  return out;
}
std::string sexpr(const Value& v) {
  std::string out;
  showSexpr(out, v);
  return out;
}
std::string dm(const Value& v) {
  std::string out;
  dump(out, v);
  return out;
}

// A stand-in for runtime/interp's GlobalRef, printed through the ObjectPrinter hook.
struct FakeGlobalRef final : Object {
  FakeGlobalRef(std::string m, Symbol n) : Object(ObjKind::GlobalRef), mod(std::move(m)), name(n) {}
  std::string mod;
  Symbol name;
};
struct FakePrinter final : ObjectPrinter {
  void show(std::string& out, const Value& v) const override {
    if (v.isObject(ObjKind::Array)) {
      out += "Any[1, 2]";
      return;
    }
    const auto& g = v.as<FakeGlobalRef>();
    out += g.mod + "." + g.name.str();
  }
  std::string typeName(const Value& v) const override {
    return v.isObject(ObjKind::Array) ? "Vector{Any}" : "GlobalRef";
  }
  bool globalRef(const Value& v, std::string& module, Symbol& name) const override {
    if (!v.isObject(ObjKind::GlobalRef)) return false;
    const auto& g = v.as<FakeGlobalRef>();
    module = g.mod;
    name = g.name;
    return true;
  }
};
struct FakeArray final : Object {
  FakeArray() : Object(ObjKind::Array) {}
};
Value GR(const char* m, const char* n) { return Value::object(new FakeGlobalRef(m, Symbol(n))); }

struct WithPrinter {
  FakePrinter p;
  WithPrinter() { setObjectPrinter(&p); }
  ~WithPrinter() { setObjectPrinter(nullptr); }
};

}  // namespace

// ---------------------------------------------------------------------------------------
TEST(ShowValue, Scalars) {
  EXPECT_EQ(sh(I(1)), "1");
  EXPECT_EQ(sh(I(-42)), "-42");
  EXPECT_EQ(sh(Value::uint8(0x2a)), "0x2a");
  EXPECT_EQ(sh(Value::uint16(0x2a)), "0x002a");
  EXPECT_EQ(sh(Value::uint64(42)), "0x000000000000002a");
  EXPECT_EQ(sh(Value::int32(7)), "7");
  EXPECT_EQ(sh(Value::int128(-5)), "-5");
  EXPECT_EQ(sh(F(1.0)), "1.0");
  EXPECT_EQ(sh(F(0.1 + 0.2)), "0.30000000000000004");
  EXPECT_EQ(sh(Value::float32(1.0f)), "1.0f0");
  EXPECT_EQ(sh(Value::nothing()), "nothing");
  EXPECT_EQ(sh(Value::boolean(true)), "true");
  EXPECT_EQ(sh(Value::boolean(false)), "false");
}

TEST(ShowValue, Symbols) {
  EXPECT_EQ(sh(S("foo")), ":foo");
  EXPECT_EQ(sh(S("func10")), ":func10");
  EXPECT_EQ(sh(S("+")), ":+");
  EXPECT_EQ(sh(S(".+")), ":.+");
  EXPECT_EQ(sh(S("1foo")), "Symbol(\"1foo\")");
  EXPECT_EQ(sh(S("my var")), "Symbol(\"my var\")");
  EXPECT_EQ(sh(S("")), "Symbol(\"\")");
  EXPECT_EQ(sh(S("true")), "Symbol(\"true\")");
  EXPECT_EQ(sh(S(":")), ":(:)");
  EXPECT_EQ(sh(S("::")), ":(::)");
  EXPECT_EQ(sh(S("=")), ":(=)");
  EXPECT_EQ(sh(S("==")), ":(==)");
  EXPECT_EQ(sh(S("=>")), ":(=>)");
  EXPECT_EQ(sh(S("'")), "Symbol(\"'\")");
  EXPECT_EQ(sh(S("x!")), ":x!");
  EXPECT_EQ(sh(S("α")), ":α");
  EXPECT_EQ(sh(S("x₁")), ":x₁");
  EXPECT_EQ(sh(S("@time")), "Symbol(\"@time\")");
  EXPECT_EQ(sh(S("in")), ":in");
  EXPECT_EQ(sh(S("->")), ":->");
  EXPECT_EQ(sh(S("...")), ":...");
  EXPECT_EQ(showSymbol(Symbol("end")), ":end");
  EXPECT_EQ(pr(S("1foo")), "1foo");
}

TEST(ShowValue, Strings) {
  EXPECT_EQ(sh(Str("str")), "\"str\"");
  EXPECT_EQ(sh(Str("a\nb")), "\"a\\nb\"");
  EXPECT_EQ(sh(Str("q\"d$x\\")), "\"q\\\"d\\$x\\\\\"");
  EXPECT_EQ(sh(Str("\t\r\a\b\f\v\x1b")), "\"\\t\\r\\a\\b\\f\\v\\e\"");
  EXPECT_EQ(sh(makeString(std::string("a\0b", 3))), "\"a\\0b\"");
  EXPECT_EQ(sh(makeString(std::string("\0" "1", 2))), "\"\\x001\"");
  EXPECT_EQ(sh(Str("\x01\x7f")), "\"\\x01\\x7f\"");
  EXPECT_EQ(sh(Str("é∀😀")), "\"é∀😀\"");
  EXPECT_EQ(sh(Str("\u200b")), "\"\\u200b\"");
  EXPECT_EQ(sh(Str("\u0085")), "\"\\u85\"");
  EXPECT_EQ(sh(Str("\u0085a")), "\"\\u0085a\"");
  EXPECT_EQ(sh(Str("\xff")), "\"\\xff\"");
  EXPECT_EQ(sh(Str("'")), "\"'\"");
  EXPECT_EQ(quoteString("a (") , "\"a (\"");
  EXPECT_EQ(pr(Str("a\nb")), "a\nb");
}

TEST(ShowValue, Chars) {
  EXPECT_EQ(sh(ch('a')), "'a'");
  EXPECT_EQ(sh(ch('\n')), "'\\n'");
  EXPECT_EQ(sh(ch('\'')), "'\\''");
  EXPECT_EQ(sh(ch('"')), "'\"'");
  EXPECT_EQ(sh(ch('\\')), "'\\\\'");
  EXPECT_EQ(sh(ch('$')), "'$'");
  EXPECT_EQ(sh(ch(0)), "'\\0'");
  EXPECT_EQ(sh(ch(0x1b)), "'\\e'");
  EXPECT_EQ(sh(ch(0x7f)), "'\\x7f'");
  EXPECT_EQ(sh(ch(0x3b1)), "'α'");
  EXPECT_EQ(sh(ch(0x200b)), "'\\u200b'");
  EXPECT_EQ(pr(ch(0x3b1)), "α");
  EXPECT_EQ(pr(ch('a')), "a");
}

TEST(ShowValue, QuoteNodeAndLineNumberNode) {
  EXPECT_EQ(sh(Q(S("x"))), ":(:x)");
  EXPECT_EQ(sh(L(2)), ":(#= none:2 =#)");
  EXPECT_EQ(pr(L(2)), "#= none:2 =#");
  EXPECT_EQ(sh(makeLineNumberNode(7, Value::nothing())), ":(#= line 7 =#)");
  EXPECT_EQ(sh(Q(call({S("+"), I(1), I(2)}))), ":($(QuoteNode(:(1 + 2))))");
  EXPECT_EQ(pr(Q(S("x"))), ":x");
}

// ---------------------------------------------------------------------------------------
TEST(ShowExpr, ManualExamples) {
  EXPECT_EQ(sh(call({S("+"), I(1), I(1)})), ":(1 + 1)");
  EXPECT_EQ(sh(call({S("/"), call({S("+"), I(4), I(4)}), I(2)})), ":((4 + 4) / 2)");
  EXPECT_EQ(sh(call({S("+"), S("a"), call({S("*"), S("b"), S("c")}), I(1)})), ":(a + b * c + 1)");
  EXPECT_EQ(sh(call({S("in"), S("a"), E("tuple", {I(1), I(2), I(3)})})), ":(a in (1, 2, 3))");
  EXPECT_EQ(sh(call({S("f"), I(1), S("x"), S("y"), S("z")})), ":(f(1, x, y, z))");
  EXPECT_EQ(sh(E("=", {S("x"), I(1)})), ":(x = 1)");
  EXPECT_EQ(sh(call({S("println"), Str("Yo!")})), ":(println(\"Yo!\"))");
  EXPECT_EQ(sh(call({dot("Main", "println"), Str("Hello, "), Str("human")})),
            ":(Main.println(\"Hello, \", \"human\"))");
  Value tup = E("tuple", {I(1), I(2), I(3)});
  EXPECT_EQ(sh(tup), ":((1, 2, 3))");
  Value copyast = E("copyast", {Q(tup)});
  EXPECT_EQ(sh(call({dot("Main", "println"), Str("I execute at runtime. The argument is: "), copyast})),
            ":(Main.println(\"I execute at runtime. The argument is: \", "
            "$(Expr(:copyast, :($(QuoteNode(:((1, 2, 3)))))))))");
  EXPECT_EQ(sh(call({S("*"), E("hcat", {S("a"), S("b")}), S("v")})), ":([a b] * v)");
  EXPECT_EQ(sh(E("string", {Str("Yo! "), E("string", {Str("hello")})})), ":(\"Yo! $(\"hello\")\")");
}

TEST(ShowExpr, Precedence) {
  auto m1 = [](Value a) { return call({S("-"), a, I(1)}); };
  Value ref1 = E("ref", {S("I"), I(1)});
  Value ref2 = E("ref", {S("I"), I(2)});
  Value dims1 = E("ref", {S("dims"), I(1)});
  Value inner = call({S("+"), m1(ref1), call({S("*"), dims1, m1(ref2)})});
  EXPECT_EQ(pr(call({S("+"), inner, I(1)})), "((I[1] - 1) + dims[1] * (I[2] - 1)) + 1");
  EXPECT_EQ(pr(call({S("-"), call({S("-"), S("a"), S("b")}), S("c")})), "(a - b) - c");
  EXPECT_EQ(pr(call({S("-"), S("a"), call({S("-"), S("b"), S("c")})})), "a - (b - c)");
  EXPECT_EQ(pr(call({S("*"), S("a"), call({S("+"), S("b"), S("c")})})), "a * (b + c)");
  EXPECT_EQ(pr(call({S("+"), I(1), I(2), I(3)})), "1 + 2 + 3");
  EXPECT_EQ(pr(call({S("^"), S("x"), I(2)})), "x ^ 2");
  EXPECT_EQ(pr(call({S("^"), call({S("-"), S("x")}), I(2)})), "(-x) ^ 2");
  EXPECT_EQ(pr(call({S("^"), I(-1), I(2)})), "(-1) ^ 2");
  EXPECT_EQ(pr(call({S("^"), I(2), I(-1)})), "2 ^ -1");
  EXPECT_EQ(pr(call({S("^"), S("a"), call({S("^"), S("b"), S("c")})})), "a ^ (b ^ c)");
  EXPECT_EQ(pr(call({S("=="), I(1), F(1.0)})), "1 == 1.0");
  EXPECT_EQ(pr(E("||", {E("&&", {S("a"), S("b")}), S("c")})), "a && b || c");
  EXPECT_EQ(pr(E("&&", {E("||", {S("a"), S("b")}), S("c")})), "(a || b) && c");
  EXPECT_EQ(pr(E("=", {S("a"), E("=", {S("b"), S("c")})})), "a = (b = c)");
  EXPECT_EQ(pr(E("+=", {S("x"), I(1)})), "x += 1");
  EXPECT_EQ(pr(call({S("*"), I(2), S("x")})), "2x");
  EXPECT_EQ(pr(call({S("*"), I(2), S("e")})), "2 * e");
  EXPECT_EQ(pr(call({S(".+"), S("x"), S("y")})), "x .+ y");
  EXPECT_EQ(pr(call({S("=>"), S("a"), S("b")})), "a => b");
  EXPECT_EQ(pr(call({S(":"), I(1), I(10)})), "1:10");
  EXPECT_EQ(pr(call({S(":"), I(1), I(2), I(10)})), "1:2:10");
  EXPECT_EQ(pr(E("comparison", {S("a"), S("<"), S("b"), S("<="), S("c")})), "a < b <= c");
  EXPECT_EQ(pr(call({S("+"), S("+"), I(1)})), "(+) + 1");
  EXPECT_EQ(pr(call({S("*"), S("x")})), "(*)(x)");
  EXPECT_EQ(pr(call({S("+"), E("...", {S("xs")})})), "+(xs...)");
  EXPECT_EQ(pr(call({S("-"), S("a"), S("b"), S("c")})), "-(a, b, c)");
}

TEST(ShowExpr, Unary) {
  EXPECT_EQ(pr(call({S("-"), S("x")})), "-x");
  EXPECT_EQ(pr(call({S("!"), S("x")})), "!x");
  EXPECT_EQ(pr(call({S("!"), E("&&", {S("a"), S("b")})})), "!(a && b)");
  // Julia's own quirk: the unary operand list is shown at the operator's precedence.
  EXPECT_EQ(pr(call({S("-"), call({S("+"), S("a"), S("b")})})), "-((a + b))");
  EXPECT_EQ(pr(call({S("-"), call({S("*"), S("a"), S("b")})})), "-(a * b)");
  EXPECT_EQ(pr(call({S("+"), I(1)})), "+1");
  EXPECT_EQ(pr(call({S("√"), S("x")})), "√x");
  EXPECT_EQ(pr(E("'", {S("x")})), "x'");
  EXPECT_EQ(pr(E("'", {call({S("+"), S("a"), S("b")})})), "(a + b)'");
  EXPECT_EQ(pr(E("::", {S("Int")})), "::Int");
  EXPECT_EQ(pr(E("...", {S("x")})), "x...");
}

TEST(ShowExpr, CallsAndCollections) {
  EXPECT_EQ(pr(call({S("f")})), "f()");
  EXPECT_EQ(pr(E("tuple", {})), "()");
  EXPECT_EQ(pr(E("tuple", {I(1)})), "(1,)");
  EXPECT_EQ(sh(E("tuple", {I(1)})), ":((1,))");
  EXPECT_EQ(pr(E("vect", {})), "[]");
  EXPECT_EQ(pr(E("vect", {I(1), I(2), I(3)})), "[1, 2, 3]");
  EXPECT_EQ(pr(E("vcat", {E("row", {I(1), I(2)}), E("row", {I(3), I(4)})})), "[1 2; 3 4]");
  EXPECT_EQ(pr(E("vcat", {I(1), I(2)})), "[1; 2]");
  EXPECT_EQ(pr(E("vcat", {I(1)})), "[1;]");
  EXPECT_EQ(pr(E("typed_vcat", {S("Int"), I(1), I(2)})), "Int[1; 2]");
  EXPECT_EQ(pr(E("typed_hcat", {S("Int"), I(1), I(2)})), "Int[1 2]");
  EXPECT_EQ(pr(E("ref", {S("Int"), I(1), I(2)})), "Int[1, 2]");
  EXPECT_EQ(pr(E("ref", {S("a"), S("i"), S("j")})), "a[i, j]");
  EXPECT_EQ(pr(E("ref", {S("x"), S("end")})), "x[end]");
  EXPECT_EQ(pr(E("braces", {I(1), I(2)})), "{1, 2}");
  EXPECT_EQ(pr(E("curly", {S("Vector"), S("Int")})), "Vector{Int}");
  EXPECT_EQ(pr(E("::", {S("x"), E("curly", {S("Vector"), S("Int")})})), "x::Vector{Int}");
  EXPECT_EQ(pr(call({S("f"), E("...", {S("x")})})), "f(x...)");
  EXPECT_EQ(pr(call({S("f"), S("x"), E("kw", {S("y"), I(1)})})), "f(x, y = 1)");
  EXPECT_EQ(pr(call({S("f"), E("parameters", {E("kw", {S("y"), I(1)}), S("z")}), S("x")})),
            "f(x; y = 1, z)");
  EXPECT_EQ(pr(call({S("f"), E("=", {S("a"), I(1)})})), "f($(Expr(:(=), :a, 1)))");
  EXPECT_EQ(pr(E("tuple", {E("parameters", {E("kw", {S("a"), I(1)})})})), "(; a = 1)");
  EXPECT_EQ(pr(E("tuple", {E("=", {S("a"), I(1)})})), "(a = 1,)");
  EXPECT_EQ(pr(E(".", {S("f"), E("tuple", {S("x")})})), "f.(x)");
  EXPECT_EQ(pr(E(".", {S("+"), E("tuple", {S("x"), S("y")})})), "(+).(x, y)");
  EXPECT_EQ(pr(call({S("my var"), I(1)})), "var\"my var\"(1)");
  EXPECT_EQ(pr(call({call({S("f"), S("x")}), S("y")})), "(f(x))(y)");
  EXPECT_EQ(pr(call({S("f"), F(1.5), Value::float32(2.0f), ch('c'), Value::uint8(1), Value::nothing()})),
            "f(1.5, 2.0f0, 'c', 0x01, nothing)");
  EXPECT_EQ(pr(E("comprehension", {E("generator", {call({S("^"), S("x"), I(2)}),
                                                    E("=", {S("x"), call({S(":"), I(1), I(3)})})})})),
            "[x ^ 2 for x = 1:3]");
  EXPECT_EQ(pr(E("generator", {S("x"), E("filter", {call({S("iseven"), S("x")}), E("=", {S("x"), S("v")})})})),
            "(x for x = v if iseven(x))");
}

TEST(ShowExpr, DotsAndFields) {
  EXPECT_EQ(pr(dot("a", "b")), "a.b");
  EXPECT_EQ(pr(E(".", {dot("a", "b"), Q(S("c"))})), "a.b.c");
  EXPECT_EQ(pr(E(".", {call({S("f"), S("x")}), Q(S("b"))})), "(f(x)).b");
  EXPECT_EQ(pr(E(".", {S("Base"), Q(S("+"))})), "Base.:+");
  EXPECT_EQ(pr(E(".", {S("Base"), Q(S("=="))})), "Base.:(==)");
  EXPECT_EQ(pr(E(".", {S("a"), E("quote", {S("b")})})), "a.b");
  EXPECT_EQ(pr(E(".", {S("a"), S("b")})), "$(Expr(:., :a, :b))");
}

TEST(ShowExpr, Fallbacks) {
  EXPECT_EQ(sh(E("foo", {I(1), S("x")})), ":($(Expr(:foo, 1, :x)))");
  EXPECT_EQ(sh(E("kw", {S("a"), I(1)})), ":($(Expr(:kw, :a, 1)))");
  EXPECT_EQ(sh(E("$", {S("x")})), ":($(Expr(:$, :x)))");
  EXPECT_EQ(sh(E("$", {call({S("+"), I(1), I(2)})})), ":($(Expr(:$, :(1 + 2))))");
  EXPECT_EQ(pr(E("$", {S("x")})), "$x");
  EXPECT_EQ(pr(E("$", {call({S("+"), I(1), I(2)})})), "$(1 + 2)");
  EXPECT_EQ(pr(E("$", {E("tuple", {S("x")})})), "$(x,)");
  EXPECT_EQ(sh(E("quote", {S("x")})), ":(:x)");
  EXPECT_EQ(sh(E("quote", {call({S("+"), S("a"), I(1)})})), ":($(Expr(:quote, :(a + 1))))");
  EXPECT_EQ(pr(E("quote", {call({S("+"), S("a"), I(1)})})), ":(a + 1)");
  EXPECT_EQ(sh(call({S("f"), E("kw", {S("a"), E("$", {S("x")})})})), ":(f(a = $(Expr(:$, :x))))");
  EXPECT_EQ(sh(E("string", {Str("a"), S("x"), Str("$b\"")})), ":(\"a$(x)\\$b\\\"\")");
  EXPECT_EQ(pr(E("string", {call({S("+"), I(1), I(2)})})), "\"$(1 + 2)\"");
  EXPECT_EQ(sh(E("copyast", {Q(S("x"))})), ":($(Expr(:copyast, :(:x))))");
  EXPECT_EQ(sh(call({S("f"), Q(call({S("g")}))})), ":(f($(QuoteNode(:(g())))))");
}

TEST(ShowExpr, Blocks) {
  Value blk = E("block", {L(2), E("=", {S("x"), I(1)}), L(3), E("=", {S("y"), I(2)}), L(4),
                          call({S("+"), S("x"), S("y")})});
  EXPECT_EQ(sh(blk),
            "quote\n"
            "    #= none:2 =#\n"
            "    x = 1\n"
            "    #= none:3 =#\n"
            "    y = 2\n"
            "    #= none:4 =#\n"
            "    x + y\n"
            "end");
  EXPECT_EQ(pr(blk),
            "begin\n"
            "    #= none:2 =#\n"
            "    x = 1\n"
            "    #= none:3 =#\n"
            "    y = 2\n"
            "    #= none:4 =#\n"
            "    x + y\n"
            "end");
  Value nested = E("block", {L(1), E("quote", {E("block", {L(1), E("$", {S("x")})})})});
  EXPECT_EQ(sh(nested),
            "quote\n"
            "    #= none:1 =#\n"
            "    $(Expr(:quote, quote\n"
            "    #= none:1 =#\n"
            "    $(Expr(:$, :x))\n"
            "end))\n"
            "end");
  EXPECT_EQ(pr(nested),
            "begin\n"
            "    #= none:1 =#\n"
            "    quote\n"
            "        #= none:1 =#\n"
            "        $x\n"
            "    end\n"
            "end");
  EXPECT_EQ(sh(E("block", {})), "quote\nend");
}

TEST(ShowExpr, IfElse) {
  Value cond = call({dot("Main", "=="), dot("Main", "a"), dot("Main", "b")});
  cond = call({S("=="), dot("Main", "a"), dot("Main", "b")});
  Value thenb = E("block", {dot("Main", "nothing")});
  Value elseb = E("block", {call({dot("Main", "throw"), call({dot("Main", "AssertionError"), Str("a == b")})})});
  EXPECT_EQ(sh(E("if", {cond, thenb, elseb})),
            ":(if Main.a == Main.b\n"
            "      Main.nothing\n"
            "  else\n"
            "      Main.throw(Main.AssertionError(\"a == b\"))\n"
            "  end)");
  // ternary form (non-block branches) and elseif chains
  EXPECT_EQ(pr(E("if", {S("a"), S("b"), S("c")})), "if a\n    b\nelse\n    c\nend");
  Value chain = E("if", {S("a"), E("block", {L(2), I(1)}),
                         E("elseif", {E("block", {L(3), S("b")}), E("block", {L(4), I(2)}), E("block", {L(6), I(3)})})});
  EXPECT_EQ(pr(chain),
            "if a\n"
            "    #= none:2 =#\n"
            "    1\n"
            "elseif #= none:3 =# b\n"
            "    #= none:4 =#\n"
            "    2\n"
            "else\n"
            "    #= none:6 =#\n"
            "    3\n"
            "end");
  EXPECT_EQ(pr(E("if", {S("a"), E("block", {I(1)})})), "if a\n    1\nend");
}

TEST(ShowExpr, Definitions) {
  Value body = E("block", {L(1), call({S("+"), S("x"), I(1)})});
  EXPECT_EQ(sh(E("function", {call({S("f"), S("x")}), body})),
            ":(function f(x)\n"
            "      #= none:1 =#\n"
            "      x + 1\n"
            "  end)");
  EXPECT_EQ(sh(E("=", {call({S("f"), S("x")}), body})),
            ":(f(x) = begin\n"
            "          #= none:1 =#\n"
            "          x + 1\n"
            "      end)");
  EXPECT_EQ(sh(E("->", {S("x"), body})),
            ":(x->begin\n"
            "          #= none:1 =#\n"
            "          x + 1\n"
            "      end)");
  EXPECT_EQ(pr(call({S("map"), E("->", {S("x"), call({S("+"), S("x"), I(1)})}), S("v")})),
            "map((x->x + 1), v)");
  EXPECT_EQ(pr(E("function", {call({S("+"), S("a"), S("b")}), E("block", {S("a")})})),
            "function +(a, b)\n    a\nend");
  EXPECT_EQ(pr(E("function", {E("where", {call({S("f"), E("::", {S("x"), S("T")})}), S("T")}),
                              E("block", {S("x")})})),
            "function f(x::T) where T\n    x\nend");
  EXPECT_EQ(pr(E("function", {S("f")})), "function f end");
  EXPECT_EQ(pr(E("where", {E("curly", {S("Vector"), S("T")}), S("T"), E("<:", {S("S"), S("Real")})})),
            "Vector{T} where {T, S <: Real}");
  EXPECT_EQ(pr(E("::", {S("x"), E("where", {S("T"), S("T")})})), "x::(T where T)");
  EXPECT_EQ(pr(E("struct", {Value::boolean(false), S("Foo"), E("block", {L(2), E("::", {S("x"), S("Int")})})})),
            "struct Foo\n    #= none:2 =#\n    x::Int\nend");
  EXPECT_EQ(pr(E("struct", {Value::boolean(true), E("<:", {S("Foo"), S("Bar")}), E("block", {S("x")})})),
            "mutable struct Foo <: Bar\n    x\nend");
  EXPECT_EQ(pr(E("macro", {call({S("m"), S("ex")}), E("block", {S("ex")})})), "macro m(ex)\n    ex\nend");
  EXPECT_EQ(pr(E("abstract", {E("<:", {S("A"), S("B")})})), "abstract type A <: B end");
  EXPECT_EQ(pr(E("primitive", {S("P"), I(8)})), "primitive type P 8 end");
  EXPECT_EQ(pr(E("module", {Value::boolean(true), S("M"), E("block", {S("x")})})), "module M\nx\nend");
}

TEST(ShowExpr, ControlFlow) {
  Value loop = E("for", {E("=", {S("i"), call({S(":"), I(1), I(10)})}),
                         E("block", {L(2), call({S("println"), S("i")})})});
  EXPECT_EQ(sh(loop),
            ":(for i = 1:10\n"
            "      #= none:2 =#\n"
            "      println(i)\n"
            "  end)");
  EXPECT_EQ(pr(E("while", {call({S("<"), S("x"), I(1)}), E("block", {E("break", {})})})),
            "while x < 1\n    break\nend");
  EXPECT_EQ(pr(E("return", {Value::nothing()})), "return");
  EXPECT_EQ(pr(E("return", {S("x")})), "return x");
  EXPECT_EQ(pr(E("const", {E("=", {S("x"), I(1)})})), "const x = 1");
  EXPECT_EQ(pr(E("global", {S("x"), S("y")})), "global x, y");
  EXPECT_EQ(pr(E("local", {E("=", {S("x"), I(1)})})), "local x = 1");
  EXPECT_EQ(pr(E("let", {E("block", {}), E("block", {S("x")})})), "let\n    x\nend");
  EXPECT_EQ(pr(E("let", {E("=", {S("x"), I(1)}), E("block", {S("x")})})), "let x = 1\n    x\nend");
  EXPECT_EQ(pr(E("try", {E("block", {call({S("f")})}), S("e"), E("block", {call({S("g"), S("e")})})})),
            "try\n    f()\ncatch e\n    g(e)\nend");
  EXPECT_EQ(pr(E("try", {E("block", {call({S("f")})}), Value::boolean(false), Value::boolean(false),
                         E("block", {call({S("h")})})})),
            "try\n    f()\nfinally\n    h()\nend");
  EXPECT_EQ(pr(E("do", {call({S("map"), S("v")}),
                        E("->", {E("tuple", {S("x")}), E("block", {L(1), call({S("f"), S("x")})})})})),
            "map(v) do x\n    #= none:1 =#\n    f(x)\nend");
  EXPECT_EQ(pr(E("ref", {S("a"), E("block", {S("x"), S("y")})})), "a[(x;\n        y)]");
}

TEST(ShowExpr, Macros) {
  EXPECT_EQ(sh(E("macrocall", {S("@m"), L(1), S("a"), S("b")})), ":(#= none:1 =# @m a b)");
  EXPECT_EQ(pr(call({S("f"), E("macrocall", {S("@m"), L(1), S("a")})})), "f(#= none:1 =# @m(a))");
  EXPECT_EQ(pr(E("macrocall", {S("@m"), Value::nothing()})), "@m");
  EXPECT_EQ(pr(E("macrocall", {S("@r_str"), L(1), Str("a\"b\\")})), "r\"a\\\"b\\\\\"");
  EXPECT_EQ(pr(E("macrocall", {S("@r_str"), L(1), Str("abc"), Str("i")})), "r\"abc\"i");
  EXPECT_EQ(pr(E("macrocall", {E(".", {S("Base"), Q(S("@time"))}), L(1), S("x")})), "#= none:1 =# Base.@time x");
  EXPECT_EQ(pr(E("export", {S("f"), S("@m")})), "export f, @m");
  EXPECT_EQ(pr(E("using", {E(".", {S("LinearAlgebra")})})), "using LinearAlgebra");
  EXPECT_EQ(pr(E("import", {E(":", {E(".", {S("Base")}), E(".", {S("show")}), E(".", {S("+")})})})),
            "import Base: show, +");
  EXPECT_EQ(pr(E("using", {E(".", {S("."), S("M")})})), "using .M");
}

TEST(ShowExpr, GlobalRefsViaHook) {
  WithPrinter wp;
  EXPECT_EQ(sh(GR("Main", "x")), ":(Main.x)");
  EXPECT_EQ(pr(call({GR("Base", "+"), I(1), I(2)})), "1 + 2");
  EXPECT_EQ(pr(call({GR("Main", "f"), I(1)})), "Main.f(1)");
  EXPECT_EQ(pr(GR("Base", "+")), "Base.:+");
  EXPECT_EQ(pr(GR("Base", "==")), "Base.:(==)");
  EXPECT_EQ(pr(E("macrocall", {GR("Core", "@doc"), L(1), Str("d"), S("f")})), "#= none:1 =# Core.@doc \"d\" f");
  EXPECT_EQ(pr(E("macrocall", {GR("Core", "@cmd"), L(1), Str("ls -l")})), "`ls -l`");
  EXPECT_EQ(pr(E("macrocall", {GR("Core", "@int128_str"), L(1), Str("170141183460469231731687303715884105727")})),
            "170141183460469231731687303715884105727");
  EXPECT_EQ(sh(call({S("f"), Value::object(new FakeArray)})), ":(f(Any[1, 2]))");
  EXPECT_EQ(dm(Value::object(new FakeArray)), "Vector{Any} Any[1, 2]\n");
}

// ---------------------------------------------------------------------------------------
TEST(ShowSexpr, Forms) {
  EXPECT_EQ(sexpr(call({S("/"), call({S("+"), I(4), I(4)}), I(2)})), "(:call, :/, (:call, :+, 4, 4), 2)");
  EXPECT_EQ(sexpr(call({S("f"), S("x"), call({S("g"), S("y"), S("z")})})), "(:call, :f, :x, (:call, :g, :y, :z))");
  EXPECT_EQ(sexpr(Q(S("x"))), "(:quote, #QuoteNode\n  :x\n)");
  EXPECT_EQ(sexpr(E("block", {L(1), S("x")})), "(:block,\n  :(#= none:1 =#),\n  :x\n)");
  EXPECT_EQ(sexpr(E("block", {})), "(:block,)");
  EXPECT_EQ(sexpr(call({S("f"), Q(S("x"))})), "(:call, :f, (:quote, #QuoteNode\n    :x\n  ))");
  EXPECT_EQ(sexpr(I(1)), "1");
  EXPECT_EQ(sexpr(S("x")), ":x");
  EXPECT_EQ(sexpr(call({S("f"), Str("s")})), "(:call, :f, \"s\")");
}

TEST(Dump, Forms) {
  EXPECT_EQ(dm(call({S("+"), I(1), I(1)})),
            "Expr\n"
            "  head: Symbol call\n"
            "  args: Array{Any}((3,))\n"
            "    1: Symbol +\n"
            "    2: Int64 1\n"
            "    3: Int64 1\n");
  EXPECT_EQ(dm(call({S("f"), call({S("+"), S("x"), I(1)})})),
            "Expr\n"
            "  head: Symbol call\n"
            "  args: Array{Any}((2,))\n"
            "    1: Symbol f\n"
            "    2: Expr\n"
            "      head: Symbol call\n"
            "      args: Array{Any}((3,))\n"
            "        1: Symbol +\n"
            "        2: Symbol x\n"
            "        3: Int64 1\n");
  EXPECT_EQ(dm(E("block", {})), "Expr\n  head: Symbol block\n  args: Array{Any}((0,))\n");
  EXPECT_EQ(dm(Q(S("x"))), "QuoteNode\n  value: Symbol x\n");
  EXPECT_EQ(dm(L(2)), "LineNumberNode\n  line: Int64 2\n  file: Symbol none\n");
  EXPECT_EQ(dm(makeLineNumberNode(2, Value::nothing())), "LineNumberNode\n  line: Int64 2\n  file: Nothing nothing\n");
  EXPECT_EQ(dm(Str("a (")), "String \"a (\"\n");
  EXPECT_EQ(dm(F(1.0)), "Float64 1.0\n");
  EXPECT_EQ(dm(Value::boolean(true)), "Bool true\n");
  EXPECT_EQ(dm(ch('a')), "Char 'a'\n");
  EXPECT_EQ(dm(Value::nothing()), "Nothing nothing\n");
  EXPECT_EQ(dm(S("x")), "Symbol x\n");
  EXPECT_EQ(dm(Value::uint8(0x2a)), "UInt8 0x2a\n");
  EXPECT_EQ(dm(Value::float32(1.5f)), "Float32 1.5f0\n");
  EXPECT_EQ(dm(E("call", {S("f"), Q(S("a")), L(3)})),
            "Expr\n"
            "  head: Symbol call\n"
            "  args: Array{Any}((3,))\n"
            "    1: Symbol f\n"
            "    2: QuoteNode\n"
            "      value: Symbol a\n"
            "    3: LineNumberNode\n"
            "      line: Int64 3\n"
            "      file: Symbol none\n");
}

TEST(Dump, DepthAndLimit) {
  // maxdepth 8: the Expr four levels down prints only its type.
  Value e = S("x");
  for (int i = 0; i < 5; ++i) e = call({S("f"), e});
  std::string d = dm(e);
  EXPECT_NE(d.find("\n                2: Expr\n"), std::string::npos) << d;
  EXPECT_EQ(d.find("                  head:"), std::string::npos) << d;
  std::vector<Value> many{S("f")};
  for (int i = 1; i <= 11; ++i) many.push_back(I(i));
  std::string big = dm(call(many));
  EXPECT_EQ(big,
            "Expr\n  head: Symbol call\n  args: Array{Any}((12,))\n"
            "    1: Symbol f\n    2: Int64 1\n    3: Int64 2\n    4: Int64 3\n    5: Int64 4\n"
            "    ...\n"
            "    8: Int64 7\n    9: Int64 8\n    10: Int64 9\n    11: Int64 10\n    12: Int64 11\n");
  std::string full;
  dump(full, call(many), 8, false);
  EXPECT_EQ(full.find("..."), std::string::npos);
}

TEST(Print, Misc) {
  EXPECT_EQ(pr(Value::uint8(42)), "42");
  EXPECT_EQ(pr(Value::float32(1.5f)), "1.5");
  EXPECT_EQ(pr(F(1e-5)), "1.0e-5");
  EXPECT_EQ(pr(Value::nothing()), "nothing");
  EXPECT_EQ(typeName(I(1)), "Int64");
  EXPECT_EQ(typeName(call({S("f")})), "Expr");
  EXPECT_EQ(operatorPrecedence(Symbol("+")), 11);
  EXPECT_EQ(operatorPrecedence(Symbol("*")), 12);
  EXPECT_EQ(operatorPrecedence(Symbol(".")), 17);
  EXPECT_EQ(operatorPrecedence(Symbol("=")), 1);
  EXPECT_EQ(operatorPrecedence(Symbol("+=")), 1);
  EXPECT_EQ(operatorPrecedence(Symbol("sin")), 0);
  EXPECT_EQ(operatorPrecedence(Symbol("+₁")), 11);
  EXPECT_TRUE(isOperatorSymbol(Symbol("+")));
  EXPECT_FALSE(isOperatorSymbol(Symbol("f")));
  EXPECT_FALSE(isOperatorSymbol(Symbol("in")));
  EXPECT_TRUE(isIdentifierSymbol(Symbol("x")));
  EXPECT_FALSE(isIdentifierSymbol(Symbol("1x")));
}
