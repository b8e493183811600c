// Unit tests of compiler/types: inferred types, method instances, generated functions,
// recursion, and the build errors for code the compiler cannot type.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace jl::types::testing {
namespace {

using ir::Op;

std::string typeName(const Compiled& c, const ir::TypeRef& t) { return c.in->types().show(t); }

const ir::Global* globalNamed(const ir::Program& p, const std::string& name) {
  for (auto& g : p.globals)
    if (g.name == name) return &g;
  return nullptr;
}

int countOps(const ir::Node& n, Op op) {
  int k = n.op == op ? 1 : 0;
  for (auto& c : n.kids)
    if (c) k += countOps(*c, op);
  return k;
}

TEST(Infer, ArithmeticPromotionAndGlobals) {
  Compiled c = compile(R"(
f(x) = x + 1.5
y = f(2)
z = 1 + 2
println(y, z)
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  const ir::Program& p = *c.result.program;
  ASSERT_NE(globalNamed(p, "y"), nullptr);
  EXPECT_EQ(typeName(c, globalNamed(p, "y")->type), "Float64");
  EXPECT_EQ(typeName(c, globalNamed(p, "z")->type), "Int64");
  auto fs = instancesOf(p, "f");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(typeName(c, fs[0]->returnType), "Float64");
  EXPECT_EQ(fs[0]->signature, "(Int64)");
  EXPECT_TRUE(containsOp(*fs[0]->body, Op::Convert));  // Int64 promoted to Float64
}

TEST(Infer, InstancesKeyedByArgumentTypes) {
  Compiled c = compile(R"(
g(x) = x * 2
println(g(1))
println(g(2))
println(g(1.0))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto gs = instancesOf(*c.result.program, "g");
  ASSERT_EQ(gs.size(), 2u);
  EXPECT_EQ(gs[0]->signature, "(Int64)");
  EXPECT_EQ(gs[1]->signature, "(Float64)");
  EXPECT_NE(gs[0]->cppName, gs[1]->cppName);
}

const char* kSub2indGen = R"(
@generated function sub2ind_gen(dims::NTuple{N}, I::Integer...) where N
    ex = :(I[$N] - 1)
    for i = (N - 1):-1:1
        ex = :(I[$i] - 1 + dims[$i] * $ex)
    end
    return :($ex + 1)
end
println(sub2ind_gen((3, 5), 1, 2))
println(sub2ind_gen((3, 5, 7), 2, 4, 6))
)";

TEST(Infer, GeneratedFunctionBecomesStraightLineCode) {
  Compiled c = compile(kSub2indGen);
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto gs = instancesOf(*c.result.program, "sub2ind_gen");
  ASSERT_EQ(gs.size(), 2u);
  const ir::MethodInstance* three = gs[1];
  EXPECT_EQ(three->argTypes.size(), 4u);
  EXPECT_TRUE(three->fromGenerator);
  EXPECT_EQ(typeName(c, three->returnType), "Int64");
  for (Op loop : {Op::While, Op::ForRange, Op::ForStepRange, Op::ForEach}) EXPECT_FALSE(containsOp(*three->body, loop));
  EXPECT_EQ(countOps(*three->body, Op::TupleGet), 5);  // I[1..3], dims[1..2]
  EXPECT_FALSE(containsOp(*three->body, Op::Call));
}

TEST(Infer, RuntimeLoopWithStaticParameter) {
  Compiled c = compile(R"(
function sub2ind_loop(dims::NTuple{N}, I::Integer...) where N
    ind = I[N] - 1
    for i = N-1:-1:1
        ind = I[i]-1 + dims[i]*ind
    end
    return ind + 1
end
println(sub2ind_loop((3, 5, 7), 2, 4, 6))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto is = instancesOf(*c.result.program, "sub2ind_loop");
  ASSERT_EQ(is.size(), 1u);
  EXPECT_TRUE(containsOp(*is[0]->body, Op::ForStepRange));
  EXPECT_EQ(typeName(c, is[0]->returnType), "Int64");
  ASSERT_EQ(is[0]->sparamValues.size(), 1u);
  EXPECT_EQ(is[0]->sparamValues[0].asInt64(), 3);
}

TEST(Infer, OptionallyGeneratedUsesTheGeneratedBranch) {
  Compiled c = compile(R"(
function impl(dims::Type{T}, I...) where T <: NTuple{N,Any} where N
    ex = :(I[$N] - 1)
    for i = (N - 1):-1:1
        ex = :(I[$i] - 1 + dims[$i] * $ex)
    end
    return :($ex + 1)
end
fallback(dims, I) = 0
function s2i(dims::NTuple{N}, I::Integer...) where N
    if @generated
        return impl(dims, I...)
    else
        return fallback(dims, I)
    end
end
println(s2i((3, 5), 1, 2))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto is = instancesOf(*c.result.program, "s2i");
  ASSERT_EQ(is.size(), 1u);
  EXPECT_TRUE(is[0]->fromGenerator);
  EXPECT_FALSE(containsOp(*is[0]->body, Op::Call));
  EXPECT_TRUE(instancesOf(*c.result.program, "fallback").empty());
}

TEST(Infer, RecursionReachesAFixpoint) {
  Compiled c = compile(R"(
fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
sub2ind_rec(dims::Tuple{}) = 1;
sub2ind_rec(dims::Tuple{}, i1::Integer, I::Integer...) =
    i1 == 1 ? sub2ind_rec(dims, I...) : throw(BoundsError());
sub2ind_rec(dims::Tuple{Integer, Vararg{Integer}}, i1::Integer) = i1;
sub2ind_rec(dims::Tuple{Integer, Vararg{Integer}}, i1::Integer, I::Integer...) =
    i1 + dims[1] * (sub2ind_rec(Base.tail(dims), I...) - 1);
println(fib(20))
println(sub2ind_rec((3, 5), 1, 2, 1))
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto fs = instancesOf(*c.result.program, "fib");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(typeName(c, fs[0]->returnType), "Int64");
  auto rs = instancesOf(*c.result.program, "sub2ind_rec");
  EXPECT_EQ(rs.size(), 4u);
  for (auto* r : rs) EXPECT_EQ(typeName(c, r->returnType), "Int64") << r->signature;
}

TEST(Infer, TypeUnstableReturnIsOneError) {
  Compiled c = compile(R"(
function unstable(x)
    if x > 0
        return 1
    else
        return "neg"
    end
end
println(unstable(3))
println(unstable(4) + 1)
)");
  ASSERT_EQ(c.result.errors.size(), 1u) << c.errorText();
  const diag::Diagnostic& d = c.result.errors[0];
  EXPECT_EQ(d.kind, diag::Kind::UnionTypedVariable);
  EXPECT_EQ(d.loc.file, "test.jl");
  EXPECT_EQ(d.loc.line, 6);
  EXPECT_NE(d.message.find("unstable(::Int64)"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("Union{Int64, String}"), std::string::npos) << d.message;
  bool hint = false, callNote = false;
  for (auto& n : d.notes) {
    hint = hint || n.message.find("hint: ") != std::string::npos;
    callNote = callNote || n.message.find("called from test.jl:9") != std::string::npos;
  }
  EXPECT_TRUE(hint);
  EXPECT_TRUE(callNote);
}

TEST(Infer, TypeUnstableVariable) {
  Compiled c = compile(R"(
function acc(n)
    s = 0
    for i in 1:n
        s = s + 0.5
    end
    return s
end
println(acc(3))
)");
  ASSERT_EQ(c.result.errors.size(), 1u) << c.errorText();
  EXPECT_EQ(c.result.errors[0].kind, diag::Kind::UnionTypedVariable);
  EXPECT_EQ(c.result.errors[0].loc.line, 5);
  EXPECT_NE(c.result.errors[0].message.find("variable `s`"), std::string::npos);
  EXPECT_NE(c.result.errors[0].message.find("Union{Float64, Int64}"), std::string::npos);
}

TEST(Infer, GlobalOfTwoTypesAndCascades) {
  Compiled c = compile(R"(
x = 1
x = "one"
println(x)
)");
  ASSERT_EQ(c.result.errors.size(), 1u) << c.errorText();
  EXPECT_EQ(c.result.errors[0].loc.line, 3);
  EXPECT_NE(c.result.errors[0].message.find("global `x`"), std::string::npos);
}

TEST(Infer, UnsupportedNativeAndClosure) {
  Compiled c = compile(R"(
d = Set([1, 2])
function adder(n)
    f = x -> x + n
    n += 1
    return f(1)
end
println(adder(2))
)");
  ASSERT_EQ(c.result.errors.size(), 2u) << c.errorText();
  EXPECT_EQ(c.result.errors[1].kind, diag::Kind::UnsupportedConstruct);
  EXPECT_NE(c.result.errors[1].message.find("captures the argument `n`, which is assigned"), std::string::npos);
  EXPECT_EQ(c.result.errors[1].loc.line, 4);
}

TEST(Infer, DictTypes) {
  Compiled c = compile(R"(
d = Dict("a" => 1, "b" => 2)
d["c"] = 3
println(d["a"], get(d, "z", 0))
e = Dict("a" => [1])
f = Dict(1 => 2, 3 => 4.5)
)");
  ASSERT_EQ(c.result.errors.size(), 2u) << c.errorText();
  EXPECT_EQ(c.result.errors[0].kind, diag::Kind::UnsupportedBuiltin);
  EXPECT_NE(c.result.errors[0].message.find("Dict{String, Vector{Int64}} is not supported"), std::string::npos)
      << c.errorText();
  EXPECT_EQ(c.result.errors[1].kind, diag::Kind::UnsupportedBuiltin);
  EXPECT_NE(c.result.errors[1].message.find("pairs of different types"), std::string::npos) << c.errorText();
}

TEST(Infer, Closures) {
  Compiled c = compile(R"(
function counter()
    count = 0
    inc = () -> (count += 1)
    inc()
    return map(x -> x + count, [1, 2])
end
println(counter())
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  const ir::StructDef* closure = nullptr;
  for (const auto& sd : c.result.program->structs)
    if (sd.isClosure && sd.fieldNames.size() == 1 && sd.fieldNames[0] == "count") closure = &sd;
  ASSERT_NE(closure, nullptr);
  EXPECT_TRUE(closure->fieldBoxed[0]);
  const ir::MethodInstance* body = nullptr;
  for (const auto& mi : c.result.program->instances)
    if (!mi->argTypes.empty() && mi->argTypes[0].obj() == closure->type.obj()) body = mi.get();
  ASSERT_NE(body, nullptr);
  bool capture = false;
  for (const auto& l : body->locals) capture = capture || (l.name == "count" && l.captureField == 0 && l.boxed);
  EXPECT_TRUE(capture);
}

TEST(Infer, StructsExceptionsAndTry) {
  Compiled c = compile(R"(
mutable struct Counter
    n::Int
end
struct Pt
    x::Float64
    y::Float64
end
cnt = Counter(0)
cnt.n += 2
p = Pt(1, 2)
try
    error("boom")
catch e
    println(typeof(e), " ", e.msg, " ", sprint(showerror, e))
end
println(cnt.n, p)
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  const ir::Program& p = *c.result.program;
  bool counter = false, pt = false, errexc = false;
  for (auto& s : p.structs) {
    std::string n = typeName(c, s.type);
    if (n == "Counter") counter = s.isMutable;
    if (n == "Pt") pt = !s.isMutable && s.fieldNames.size() == 2;
    if (n == "ErrorException") errexc = s.isException;
  }
  EXPECT_TRUE(counter);
  EXPECT_TRUE(pt);
  EXPECT_TRUE(errexc);
  EXPECT_TRUE(containsOp(*p.main->body, Op::TryCatch));
  EXPECT_TRUE(containsOp(*p.main->body, Op::SetField));
  auto errs = instancesOf(p, "error");
  ASSERT_EQ(errs.size(), 1u);
  EXPECT_TRUE(containsOp(*errs[0]->body, Op::Throw));
  EXPECT_TRUE(errs[0]->returnType.isObject());
  EXPECT_EQ(typeName(c, errs[0]->returnType), "Union{}");
}

TEST(Infer, StaticFoldingOfIsaTypeofAndTupleLength) {
  Compiled c = compile(R"(
function k(t)
    if t isa Tuple
        return length(t)
    else
        return "no"
    end
end
println(k((1, 2, 3)))
println(typeof(1.5) === Float64)
)");
  ASSERT_TRUE(c.result.errors.empty()) << c.errorText();
  auto ks = instancesOf(*c.result.program, "k");
  ASSERT_EQ(ks.size(), 1u);
  EXPECT_EQ(typeName(c, ks[0]->returnType), "Int64");
  EXPECT_FALSE(containsOp(*ks[0]->body, Op::If));
}

TEST(Infer, Deterministic) {
  Compiled a = compile(kSub2indGen);
  Compiled b = compile(kSub2indGen);
  ASSERT_EQ(a.result.program->instances.size(), b.result.program->instances.size());
  for (size_t i = 0; i < a.result.program->instances.size(); ++i)
    EXPECT_EQ(a.result.program->instances[i]->cppName, b.result.program->instances[i]->cppName);
}

}  // namespace
}  // namespace jl::types::testing
