// Unit tests of world age in compiler/types: each run-time statement dispatches in the world
// it was reached in (methods defined after it are invisible to it and to everything it
// calls), instances are shared across worlds only while their dispatch is unchanged;
// printing function objects counts the methods of the statement's world; keyword
// arguments of calls are bound statically.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace jl::types::testing {
namespace {

using ir::Op;

// The callees of the Call nodes under `n`, in evaluation order.
void callees(const ir::Node& n, std::vector<const ir::MethodInstance*>& out) {
  for (auto& k : n.kids)
    if (k) callees(*k, out);
  if (n.op == Op::Call) out.push_back(n.callee);
}

std::vector<const ir::MethodInstance*> mainCallsOf(const ir::Program& p, const std::string& name) {
  std::vector<const ir::MethodInstance*> all, out;
  callees(*p.main->body, all);
  for (auto* mi : all)
    if (mi->juliaName == name) out.push_back(mi);
  return out;
}

// The string constants printed by the main body (folded printing).
void constStrings(const ir::Node& n, std::string& out) {
  if (n.op == Op::Const && n.value.isString()) out += n.value.as<jl::StringObj>().data + "|";
  for (auto& k : n.kids)
    if (k) constStrings(*k, out);
}

TEST(WorldAge, StatementsSeeOnlyEarlierMethods) {
  Compiled c = compile(R"(
f(x) = "generic"
g(x) = f(x)
println(g(1))
f(x::Int) = "Int"
println(g(1))
println(g(2))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  const ir::Program& p = *c.result.program;
  // g(::Int64) dispatches f differently before and after `f(x::Int)`: two instances.
  auto gs = instancesOf(p, "g");
  ASSERT_EQ(gs.size(), 2u);
  EXPECT_NE(gs[0]->cppName, gs[1]->cppName);
  auto calls = mainCallsOf(p, "g");
  ASSERT_EQ(calls.size(), 3u);
  EXPECT_EQ(calls[0], gs[0]);
  EXPECT_EQ(calls[1], gs[1]);
  EXPECT_EQ(calls[2], gs[1]);  // same world as the second statement: reused
  // each g calls its own world's f
  std::vector<const ir::MethodInstance*> f0, f1;
  callees(*gs[0]->body, f0);
  callees(*gs[1]->body, f1);
  ASSERT_EQ(f0.size(), 1u);
  ASSERT_EQ(f1.size(), 1u);
  EXPECT_NE(f0[0]->method, f1[0]->method);
  EXPECT_EQ(f0[0]->method->world < f1[0]->method->world, true);
}

TEST(WorldAge, UnrelatedDefinitionsShareInstances) {
  Compiled c = compile(R"(
f(x::Int) = 1
g(x) = f(x) + 1
println(g(1))
f(x::Float64) = 2
h(x) = 3
println(g(1))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  const ir::Program& p = *c.result.program;
  // f(::Float64) does not apply to f(::Int64): the world change does not matter to g.
  EXPECT_EQ(instancesOf(p, "g").size(), 1u);
  EXPECT_EQ(instancesOf(p, "f").size(), 1u);
}

TEST(WorldAge, DeeperDispatchChangesSplitCallers) {
  Compiled c = compile(R"(
k(x) = 1
inner(x) = k(x)
outer(x) = inner(x) + 1
println(outer(1))
k(x::Int) = 2
println(outer(1))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  const ir::Program& p = *c.result.program;
  // outer's own dispatch is unchanged, but inner's is not: both are split.
  EXPECT_EQ(instancesOf(p, "outer").size(), 2u);
  EXPECT_EQ(instancesOf(p, "inner").size(), 2u);
  auto names = [&](const std::string& n) {
    std::string s;
    for (auto* mi : instancesOf(p, n)) s += mi->cppName + " ";
    return s;
  };
  EXPECT_EQ(names("outer"), "jl_outer_1 jl_outer_2 ");  // deterministic names
}

TEST(WorldAge, RecursionKeepsOneInstance) {
  Compiled c = compile(R"(
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
println(fib(10))
other(x) = x
println(fib(11))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  EXPECT_EQ(instancesOf(*c.result.program, "fib").size(), 1u);
}

TEST(WorldAge, MethodDefinedAfterTheStatementIsInvisible) {
  Compiled c = compile(R"(
println(later(1))
later(x) = x
)");
  ASSERT_EQ(c.result.errors.size(), 1u) << c.errorText();
  EXPECT_EQ(c.result.errors[0].kind, diag::Kind::NoMethod);
  EXPECT_NE(c.result.errors[0].message.find("later(::Int64)"), std::string::npos) << c.result.errors[0].message;
}

TEST(WorldAge, DisplayOfAFunctionCountsTheStatementsMethods) {
  Compiled c = compile(R"(
f(x) = 1
display(f)
f(x::Int) = 2
display(f)
println(f)
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  std::string s;
  constStrings(*c.result.program->main->body, s);
  EXPECT_EQ(s, "f (generic function with 1 method)\n|f (generic function with 2 methods)\n|f|");
}

TEST(Keywords, BoundStatically) {
  Compiled c = compile(R"(
area(w; h = 2, scale::Int = 1) = w * h * scale
println(area(3))
println(area(3; h = 5))
println(area(3; scale = 2, h = 4.0))
println(area(4; h = 5))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto as = instancesOf(*c.result.program, "area");
  ASSERT_EQ(as.size(), 3u);
  EXPECT_EQ(as[0]->signature, "(Int64)");
  EXPECT_EQ(as[1]->signature, "(Int64; h::Int64)");
  EXPECT_EQ(as[2]->signature, "(Int64; scale::Int64, h::Float64)");
  EXPECT_EQ(c.in->types().show(as[2]->returnType), "Float64");
  int args = 0;
  for (auto& l : as[2]->locals) args += l.isArgument ? 1 : 0;
  EXPECT_EQ(args, 3);
}

TEST(Keywords, Errors) {
  Compiled c = compile(R"(
area(w; h = 2, scale::Int = 1) = w * h * scale
println(area(3; depth = 1))
println(area(3; scale = 1.5))
)");
  ASSERT_EQ(c.result.errors.size(), 2u) << c.errorText();
  EXPECT_EQ(c.result.errors[0].kind, diag::Kind::NoMethod);
  EXPECT_NE(c.result.errors[0].message.find("`depth`"), std::string::npos) << c.result.errors[0].message;
  EXPECT_EQ(c.result.errors[1].kind, diag::Kind::TypeMismatch);
}

}  // namespace
}  // namespace jl::types::testing
