// jlcc_codegen end to end: small ir::Programs built by hand are emitted as C++, compiled with
// the system C++ compiler (-std=c++17 -Wall -Wextra -Werror) against jlrt, run, and their
// stdout compared with what Julia prints.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "codegen/codegen.hpp"
#include "interp/interp.hpp"

using namespace jl;
using namespace jl::ir;

namespace {

interp::Interp& interpreter() {
  static interp::Interp* in = new interp::Interp();
  return *in;
}
interp::TypeSystem& T() { return interpreter().types(); }

NodePtr node(Op op, TypeRef type, std::vector<NodePtr> kids = {}) {
  auto n = std::make_unique<Node>();
  n->op = op;
  n->type = std::move(type);
  n->kids = std::move(kids);
  return n;
}
template <class... K>
std::vector<NodePtr> kids(K&&... k) {
  std::vector<NodePtr> v;
  (v.push_back(std::move(k)), ...);
  return v;
}
NodePtr cint(int64_t x) {
  auto n = node(Op::Const, T().Int64);
  n->value = Value::int64(x);
  return n;
}
NodePtr cstr(const std::string& s) {
  auto n = node(Op::Const, T().String);
  n->value = makeString(s);
  return n;
}
NodePtr get(int slot, TypeRef t) {
  auto n = node(Op::LocalGet, std::move(t));
  n->slot = slot;
  return n;
}
NodePtr set(int slot, NodePtr v) {
  auto t = v->type;
  auto n = node(Op::LocalSet, t, kids(std::move(v)));
  n->slot = slot;
  return n;
}
NodePtr builtin(const std::string& name, TypeRef t, std::vector<NodePtr> args) {
  auto n = node(Op::Builtin, std::move(t), std::move(args));
  n->name = name;
  return n;
}
NodePtr tget(NodePtr tup, int i, TypeRef t) {
  auto n = node(Op::TupleGet, std::move(t), kids(std::move(tup)));
  n->slot = i;
  return n;
}
NodePtr println(std::vector<NodePtr> args) { return builtin("println", T().Nothing, std::move(args)); }
NodePtr block(std::vector<NodePtr> ks) { return node(Op::Block, T().Nothing, std::move(ks)); }
NodePtr lineAt(int line) {
  auto n = node(Op::Line, T().Nothing);
  n->line = line;
  return n;
}

std::unique_ptr<MethodInstance> mainBody(NodePtr body, std::vector<Local> locals = {}) {
  auto m = std::make_unique<MethodInstance>();
  m->juliaName = "main";
  m->returnType = T().Nothing;
  m->locals = std::move(locals);
  m->body = std::move(body);
  m->cppName = "jl_program_main";
  return m;
}

std::string slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Emits, compiles and runs `p`; returns stdout (stderr appended after "--- stderr").
std::string compileAndRun(const Program& p, const std::string& name, std::string* cppOut = nullptr,
                          const std::string& cxx = JLCC_TEST_CXX, const std::string& extra = "") {
  codegen::EmitOptions o;
  o.baseName = name;
  o.types = &T();
  std::string cpp = codegen::emitCpp(p, o);
  if (cppOut) *cppOut = cpp;
  std::string dir = ::testing::TempDir();
  std::string src = dir + "/" + name + ".cpp", exe = dir + "/" + name + ".bin", out = dir + "/" + name + ".out";
  std::ofstream(src) << cpp;
  std::string cmd = cxx + " -std=c++17 -Wall -Wextra -Werror -O1 " + extra + " -I" + JLRT_INCLUDE_DIR + " " + src +
                    " " + JLRT_LIBRARY + " -o " + exe + " 2>" + out + ".cc";
  if (std::system(cmd.c_str()) != 0) {
    ADD_FAILURE() << "C++ compile failed:\n" << slurp(out + ".cc") << "\n---- source ----\n" << cpp;
    return "";
  }
  std::string run = exe + " >" + out + " 2>" + out + ".err";
  int rc = std::system(run.c_str());
  std::string err = slurp(out + ".err");
  std::string res = slurp(out);
  if (!err.empty()) res += "--- stderr\n" + err;
  if (rc != 0) res += "--- failed\n";
  return res;
}

// sub2ind_gen for three dimensions as the generator unrolls it:
// ((I[1] - 1) + dims[1] * ((I[2] - 1) + dims[2] * (I[3] - 1))) + 1
std::unique_ptr<MethodInstance> sub2ind3(const interp::Method* m) {
  TypeRef I64 = T().Int64;
  TypeRef tup3 = T().tupleType({I64, I64, I64});
  auto mi = std::make_unique<MethodInstance>();
  mi->method = m;
  mi->juliaName = "sub2ind_gen";
  mi->argTypes = {tup3, I64, I64, I64};
  mi->returnType = I64;
  mi->locals = {{"dims", tup3, true}, {"I", tup3, true}};
  mi->cppName = "sub2ind_gen_3";
  mi->fromGenerator = true;
  auto sub1 = [&](int k) { return builtin("-", I64, kids(tget(get(1, tup3), k, I64), cint(1))); };
  auto dim = [&](int k) { return tget(get(0, tup3), k, I64); };
  auto inner = builtin("+", I64, kids(sub1(1), builtin("*", I64, kids(dim(1), sub1(2)))));
  auto ex = builtin("+", I64, kids(sub1(0), builtin("*", I64, kids(dim(0), std::move(inner)))));
  auto ret = node(Op::Return, I64, kids(builtin("+", I64, kids(std::move(ex), cint(1)))));
  ret->line = 6;
  mi->body = block(kids(std::move(ret)));
  return mi;
}

}  // namespace

TEST(Codegen, Sub2indArity3) {
  interpreter().includeString(interpreter().main,
                              "@generated function sub2ind_gen(dims::NTuple{N}, I::Integer...) where N\n"
                              "  ex = :(I[$N] - 1)\n  for i = (N - 1):-1:1\n    ex = :(I[$i] - 1 + dims[$i] * $ex)\n"
                              "  end\n  return :($ex + 1)\nend",
                              "sub2ind.jl");
  Value f = interpreter().main->find(Symbol("sub2ind_gen"))->value;
  const interp::Method* m = f.as<interp::FunctionObj>().methods.at(0).get();
  Program p;
  p.sourceFile = "sub2ind.jl";
  p.instances.push_back(sub2ind3(m));
  MethodInstance* callee = p.instances[0].get();
  TypeRef I64 = T().Int64;
  auto tup = [&](int64_t a, int64_t b, int64_t c) { return node(Op::Tuple, T().tupleType({I64, I64, I64}), kids(cint(a), cint(b), cint(c))); };
  auto call = [&](int64_t i, int64_t j, int64_t k, NodePtr dims) {
    auto n = node(Op::Call, I64, kids(std::move(dims), cint(i), cint(j), cint(k)));
    n->callee = callee;
    return n;
  };
  auto l1 = lineAt(12);
  l1->file = "sub2ind.jl";
  p.main = mainBody(block(kids(std::move(l1), println(kids(call(2, 4, 6, tup(3, 5, 7)))),
                               println(kids(call(3, 5, 7, tup(3, 5, 7)))))));
  std::string cpp;
  EXPECT_EQ(compileAndRun(p, "sub2ind3", &cpp), "86\n105\n");
  EXPECT_NE(cpp.find("// sub2ind_gen(dims::Tuple{Int64, Int64, Int64}, I::Int64...)::Int64 — generated"), std::string::npos) << cpp;
  EXPECT_NE(cpp.find("#line 6 \"sub2ind.jl\""), std::string::npos);
  std::ofstream(::testing::TempDir() + "/sub2ind3_listing.cpp") << cpp;
}

TEST(Codegen, StructWithShowAndMath) {
  interpreter().includeString(interpreter().main, "struct MyNumber\n  x::Float64\nend", "mynumber.jl");
  TypeRef MyNumber = interpreter().main->find(Symbol("MyNumber"))->value;
  Program p;
  p.sourceFile = "mynumber.jl";
  p.structs.push_back({MyNumber, "MyNumber", {"x"}, {T().Float64}, false});
  // sin(a::MyNumber) = MyNumber(sin(a.x))
  auto mi = std::make_unique<MethodInstance>();
  mi->juliaName = "sin";
  mi->argTypes = {MyNumber};
  mi->returnType = MyNumber;
  mi->locals = {{"a", MyNumber, true}};
  mi->cppName = "sin_MyNumber";
  auto field = node(Op::GetField, T().Float64, kids(get(0, MyNumber)));
  field->slot = 0;
  mi->body = node(Op::New, MyNumber, kids(builtin("sin", T().Float64, kids(std::move(field)))));
  MethodInstance* sinMi = mi.get();
  p.instances.push_back(std::move(mi));
  auto pi = node(Op::Const, T().Float64);
  pi->value = Value::float64(3.141592653589793);
  auto x = node(Op::New, MyNumber, kids(std::move(pi)));
  auto callSin = node(Op::Call, MyNumber, kids(get(0, MyNumber)));
  callSin->callee = sinMi;
  auto tup = node(Op::Tuple, T().tupleType({MyNumber, T().String}), kids(get(0, MyNumber), cstr("a\"b")));
  p.main = mainBody(block(kids(set(0, std::move(x)), println(kids(get(0, MyNumber))), println(kids(std::move(callSin))),
                               builtin("show", T().Nothing, kids(std::move(tup))), println({}))),
                    {{"x", MyNumber, false}});
  EXPECT_EQ(compileAndRun(p, "mynumber"),
            "MyNumber(3.141592653589793)\nMyNumber(1.2246467991473532e-16)\n(MyNumber(3.141592653589793), \"a\\\"b\")\n");
}

TEST(Codegen, LoopWithWrappingArithmetic) {
  // s = 0; for i in 1:n; s = s * 31 + i; end; println(s)  (wraps around)
  TypeRef I64 = T().Int64;
  auto mi = std::make_unique<MethodInstance>();
  mi->juliaName = "hash_loop";
  mi->argTypes = {I64};
  mi->returnType = I64;
  mi->locals = {{"n", I64, true}, {"s", I64, false}, {"i", I64, false}};
  mi->cppName = "hash_loop";
  auto body = block(kids(set(1, builtin("+", I64, kids(builtin("*", I64, kids(get(1, I64), cint(31))), get(2, I64))))));
  auto loop = node(Op::ForRange, T().Nothing, kids(cint(1), get(0, I64), std::move(body)));
  loop->slot = 2;
  mi->body = block(kids(set(1, cint(0)), std::move(loop), node(Op::Return, I64, kids(get(1, I64)))));
  Program p;
  p.sourceFile = "loop.jl";
  MethodInstance* f = mi.get();
  p.instances.push_back(std::move(mi));
  auto call = [&](int64_t n) {
    auto c = node(Op::Call, I64, kids(cint(n)));
    c->callee = f;
    return c;
  };
  auto big = node(Op::Const, I64);
  big->value = Value::int64(INT64_MAX);
  p.main = mainBody(block(kids(println(kids(call(3))), println(kids(call(100))),
                               println(kids(builtin("+", I64, kids(std::move(big), cint(1))))))));
  // Julia: 1*31^2+2*31+3 = 1026; the 100-step value wraps.
  EXPECT_EQ(compileAndRun(p, "loop"), "1026\n-5745203550453931406\n-9223372036854775808\n");
}

TEST(Codegen, TryCatchBoundsError) {
  TypeRef I64 = T().Int64;
  TypeRef BE = interpreter().baseValue("BoundsError");
  TypeRef vecT = T().arrayType(I64, 1);
  TypeRef anyT = T().Any;
  // v = [1, 2, 3]; try v[5] catch e; println(typeof(e)); println(sprint(showerror, e)) end
  // try throw(BoundsError()) catch e println(sprint(showerror, e)) end
  auto vect = builtin("vect", vecT, kids(cint(1), cint(2), cint(3)));
  auto idx = builtin("getindex", I64, kids(get(0, vecT), cint(5)));
  auto showerr = node(Op::Const, T().typeOf(interpreter().baseValue("showerror")));
  showerr->value = interpreter().baseValue("showerror");
  auto catch1 = block(kids(println(kids(builtin("typeof", T().DataType, kids(get(1, anyT))))),
                           println(kids(builtin("sprint", T().String, kids(std::move(showerr), get(1, anyT)))))));
  auto try1 = node(Op::TryCatch, T().Nothing, kids(block(kids(println(kids(std::move(idx))))), std::move(catch1), block({})));
  try1->slot = 1;
  auto thrown = node(Op::Throw, T().Bottom, kids(node(Op::New, BE)));
  auto catch2 = block(kids(println(kids(builtin("typeof", T().DataType, kids(get(2, anyT)))))));
  auto try2 = node(Op::TryCatch, T().Nothing, kids(block(kids(std::move(thrown))), std::move(catch2), block({})));
  try2->slot = 2;
  auto err = node(Op::New, interpreter().baseValue("ErrorException"), kids(cstr("partial indexing is unsupported")));
  auto catch3 = block(kids(println(kids(builtin("typeof", T().DataType, kids(get(3, anyT))))),
                           [&] {
                             auto g = node(Op::GetField, T().String, kids(get(3, anyT)));
                             g->slot = 0;
                             g->name = "msg";
                             return println(kids(std::move(g)));
                           }()));
  auto try3 = node(Op::TryCatch, T().Nothing,
                   kids(block(kids(node(Op::Throw, T().Bottom, kids(std::move(err))))), std::move(catch3), block({})));
  try3->slot = 3;
  Program p;
  p.sourceFile = "bounds.jl";
  p.main = mainBody(block(kids(set(0, std::move(vect)), std::move(try1), std::move(try2), std::move(try3),
                               builtin("getindex", I64, kids(get(0, vecT), cint(0))))),
                    {{"v", vecT, false}, {"e", anyT, false}, {"e", anyT, false}, {"e", anyT, false}});
  const char* expected =
            "BoundsError\nBoundsError: attempt to access 3-element Vector{Int64} at index [5]\nBoundsError\n"
            "ErrorException\npartial indexing is unsupported\n"
            "--- stderr\nERROR: LoadError: BoundsError: attempt to access 3-element Vector{Int64} at index [0]\n"
            "--- failed\n";
  EXPECT_EQ(compileAndRun(p, "bounds"), expected);
  // The same program under clang++ with the undefined-behaviour sanitizer (jlrt itself is
  // built without it; the generated code and the inlined header-only runtime are checked).
  if (std::system("command -v clang++ >/dev/null 2>&1") == 0) {
    EXPECT_EQ(compileAndRun(p, "bounds_clang", nullptr, "clang++", "-fsanitize=undefined -fno-sanitize-recover=all"),
              expected);
  }
}
