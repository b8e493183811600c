// Unit tests of the type system (runtime/interp/types.hpp): the builtin lattice, type
// application and caching, typeof, subtyping, signature matching with `where` variables,
// specificity, method selection and Julia's printing of types.
#include <gtest/gtest.h>

#include "interp/types.hpp"

namespace jl::interp {
namespace {

Value S(const char* s) { return Value::symbol(s); }
Value I(int64_t n) { return Value::int64(n); }

class Types : public ::testing::Test {
 protected:
  Types()
      : coreV(Value::object(new ModuleObj(jl::Symbol("Core"), nullptr))),
        baseV(Value::object(new ModuleObj(jl::Symbol("Base"), nullptr))),
        mainV(Value::object(new ModuleObj(jl::Symbol("Main"), nullptr))),
        core(&coreV.asMut<ModuleObj>()),
        base(&baseV.asMut<ModuleObj>()),
        main(&mainV.asMut<ModuleObj>()),
        ts(core, base) {
    ts.setMainModule(main);
    main->usings = {core, base};
  }
  Value coreV, baseV, mainV;
  ModuleObj *core, *base, *main;
  TypeSystem ts;

  Value apply(const Value& t, std::vector<Value> ps) { return ts.applyType(t, ps); }
  Value tup(std::vector<Value> ps) { return ts.tupleType(ps); }
  Value U(std::vector<Value> ps) { return ts.unionOf(ps); }
  Value tv(const char* n, Value ub = {}, Value lb = {}) { return ts.newTypeVar(jl::Symbol(n), lb, ub); }
  Value where(const Value& var, const Value& body) { return ts.newUnionAll(var, body); }
  bool sub(const Value& a, const Value& b) { return ts.isSubtype(a, b); }
  bool strict(const Value& a, const Value& b) { return sub(a, b) && !sub(b, a); }
  bool eq(const Value& a, const Value& b) { return sub(a, b) && sub(b, a); }
  std::string str(const Value& t) { return ts.show(t); }
  Value vecOf(const Value& t) { return apply(ts.Vector, {t}); }
  Value typeT(const Value& t) { return ts.typeOfType(t); }

  // struct Name{vars...} <: super; fields...
  Value defStruct(const char* name, ModuleObj* m, std::vector<Value> vars, std::vector<std::pair<const char*, Value>> fields,
                  bool abstract = false, Value super = {}) {
    TypeSystem::TypeSpec spec;
    spec.name = jl::Symbol(name);
    spec.module = m;
    spec.typeVars = std::move(vars);
    spec.super = super;
    spec.isAbstract = abstract;
    for (auto& [n, t] : fields) {
      spec.fieldNames.push_back(jl::Symbol(n));
      spec.fieldTypes.push_back(t);
    }
    Value w = ts.defineType(spec);
    Binding& b = m->get(jl::Symbol(name));
    b.value = w;
    b.defined = b.isConst = true;
    return w;
  }
};

// --- lattice and bindings -------------------------------------------------------------

TEST_F(Types, BuiltinHierarchy) {
  EXPECT_TRUE(strict(ts.Int64, ts.Signed));
  EXPECT_TRUE(strict(ts.Signed, ts.Integer));
  EXPECT_TRUE(strict(ts.UInt8, ts.Unsigned));
  EXPECT_TRUE(strict(ts.Bool, ts.Integer));
  EXPECT_FALSE(sub(ts.Bool, ts.Signed));
  EXPECT_TRUE(strict(ts.Float32, ts.AbstractFloat));
  EXPECT_TRUE(strict(ts.AbstractFloat, ts.Real));
  EXPECT_TRUE(strict(ts.Real, ts.Number));
  EXPECT_TRUE(strict(ts.Char, ts.AbstractChar));
  EXPECT_TRUE(strict(ts.String, ts.AbstractString));
  EXPECT_TRUE(strict(ts.IOBuffer, ts.IO));
  EXPECT_TRUE(strict(ts.Number, ts.Any));
  EXPECT_FALSE(sub(ts.Int64, ts.AbstractFloat));
  EXPECT_TRUE(ts.isConcrete(ts.Int64));
  EXPECT_FALSE(ts.isConcrete(ts.Integer));
  EXPECT_TRUE(ts.isConcrete(vecOf(ts.Any)));
  EXPECT_FALSE(ts.isConcrete(ts.Vector));
}

TEST_F(Types, Bindings) {
  Binding* b = core->find(jl::Symbol("Int64"));
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->defined && b->isConst);
  EXPECT_TRUE(ts.typesIdentical(b->value, ts.Int64));
  EXPECT_TRUE(ts.typesIdentical(core->find(jl::Symbol("Int"))->value, ts.Int64));
  ASSERT_NE(base->find(jl::Symbol("Dict")), nullptr);
  ASSERT_NE(base->find(jl::Symbol("Pair")), nullptr);
  ASSERT_NE(core->find(jl::Symbol("Tuple")), nullptr);
  EXPECT_EQ(asDataType(ts.Int64).tname->module, core);
  EXPECT_EQ(asDataType(ts.unwrap(ts.Dict)).tname->module, base);
  EXPECT_TRUE(asDataType(ts.Nothing).instance.isNothing());
  std::vector<jl::Symbol> f = ts.fieldNames(ts.Pair);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].str(), "first");
}

TEST_F(Types, TypeOf) {
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(I(1)), ts.Int64));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(Value::nothing()), ts.Nothing));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(Value::boolean(true)), ts.Bool));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(Value::uint8(1)), ts.UInt8));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(Value::float32(1)), ts.Float32));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(Value::codepoint('a')), ts.Char));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(S("a")), ts.Symbol));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(makeString("x")), ts.String));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(makeExpr("call", {})), ts.Expr));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(ts.Int64), ts.DataType));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(ts.Vector), ts.UnionAllType));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(U({ts.Int64, ts.String})), ts.UnionType));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(ts.Bottom), ts.TypeofBottom));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(tv("T")), ts.TypeVarType));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(ts.varargOf(ts.Int64)), ts.TypeofVararg));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(coreV), ts.Module));
  Value t = Value::object(new TupleObj({I(1), makeString("a")}));
  Value tt = ts.typeOf(t);
  EXPECT_TRUE(ts.typesIdentical(tt, tup({ts.Int64, ts.String})));
  EXPECT_EQ(ts.typeOf(t).obj(), tt.obj());
  Value nt = Value::object(new NamedTupleObj({jl::Symbol("a"), jl::Symbol("b")}, {I(1), makeString("x")}));
  EXPECT_EQ(str(ts.typeOf(nt)), "@NamedTuple{a::Int64, b::String}");
  EXPECT_EQ(ts.typeOf(nt).obj(), ts.typeOf(nt).obj());
  Value io = Value::object(new IOObj(IOObj::Sink::Buffer));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(io), ts.IOBuffer));
  Value out = Value::object(new IOObj(IOObj::Sink::Stdout));
  EXPECT_TRUE(ts.typesIdentical(ts.typeOf(out), ts.IOStream));
}

TEST_F(Types, FunctionTypes) {
  Value f = Value::object(new FunctionObj(jl::Symbol("f"), main));
  Value ft = ts.typeOf(f);
  EXPECT_TRUE(ts.isConcrete(ft));
  EXPECT_TRUE(strict(ft, ts.Function));
  EXPECT_EQ(ts.typeOf(f).obj(), ft.obj());
  EXPECT_EQ(str(ft), "typeof(f)");
  Value innerV = Value::object(new ModuleObj(jl::Symbol("Inner"), main));
  Value g = Value::object(new FunctionObj(jl::Symbol("g"), &innerV.asMut<ModuleObj>()));
  EXPECT_EQ(str(ts.typeOf(g)), "typeof(Main.Inner.g)");
  Value plus = Value::object(new FunctionObj(jl::Symbol("+"), base));
  base->exports.push_back(jl::Symbol("+"));
  { Binding& b = base->get(jl::Symbol("+")); b.value = plus; b.defined = b.isConst = true; }
  EXPECT_EQ(str(ts.typeOf(plus)), "typeof(+)");
}

// --- construction and application -------------------------------------------------------

TEST_F(Types, ApplyTypeCaches) {
  Value a = apply(ts.Array, {ts.Int64, I(1)});
  EXPECT_EQ(a.obj(), vecOf(ts.Int64).obj());
  EXPECT_EQ(a.obj(), ts.arrayType(ts.Int64, 1).obj());
  EXPECT_EQ(apply(ts.Dict, {ts.Symbol, ts.Any}).obj(), apply(ts.Dict, {ts.Symbol, ts.Any}).obj());
  EXPECT_EQ(apply(ts.NTuple, {I(3), ts.Int64}).obj(), tup({ts.Int64, ts.Int64, ts.Int64}).obj());
  EXPECT_EQ(tup({ts.varargOf(ts.Int64, I(2))}).obj(), tup({ts.Int64, ts.Int64}).obj());
  EXPECT_EQ(typeT(ts.Int64).obj(), apply(ts.TypeType, {ts.Int64}).obj());
  EXPECT_EQ(apply(ts.Matrix, {ts.Float64}).obj(), apply(ts.Array, {ts.Float64, I(2)}).obj());
  // Partial application leaves a UnionAll over the remaining parameters.
  Value ai = apply(ts.Array, {ts.Int64});
  EXPECT_TRUE(isType(ai, TypeKind::UnionAll));
  EXPECT_EQ(apply(ai, {I(2)}).obj(), apply(ts.Matrix, {ts.Int64}).obj());
  // Supertypes are instantiated.
  Value sup = asDataType(vecOf(ts.Int64)).super;
  EXPECT_EQ(sup.obj(), apply(ts.DenseArray, {ts.Int64, I(1)}).obj());
  EXPECT_EQ(ts.findSupertype(vecOf(ts.Int64), ts.AbstractArray).obj(), apply(ts.AbstractVector, {ts.Int64}).obj());
  EXPECT_TRUE(ts.findSupertype(ts.Int64, ts.AbstractArray).isNothing());
  EXPECT_EQ(str(ts.supertype(ts.Vector)), "DenseVector");
  // Tuple with Union{} is Union{}.
  EXPECT_TRUE(ts.typesIdentical(tup({ts.Int64, ts.Bottom}), ts.Bottom));
  // UnionAll over an unused variable is the body itself.
  EXPECT_EQ(where(tv("T"), ts.Int64).obj(), ts.Int64.obj());
}

TEST_F(Types, ApplyTypeErrors) {
  EXPECT_THROW(apply(ts.Array, {ts.Int64, I(1), I(2)}), TypeOpError);
  EXPECT_THROW(apply(ts.Int64, {ts.Int64}), TypeOpError);
  EXPECT_THROW(apply(ts.NamedTuple, {Value::object(new TupleObj({S("a")})), ts.Int64}), TypeOpError);
  EXPECT_THROW(tup({I(1)}), TypeOpError);
  EXPECT_THROW(ts.varargOf(ts.Int64, I(-1)), TypeOpError);
  try {
    apply(ts.Array, {ts.Int64, I(1), I(2)});
  } catch (const TypeOpError& e) {
    EXPECT_EQ(e.message, "too many parameters for type Array");
  }
}

TEST_F(Types, UserParametricStruct) {
  Value T = tv("T", ts.Real);
  Value point = defStruct("Point", main, {T}, {{"x", T}, {"y", T}});
  Value pf = apply(point, {ts.Float64});
  ASSERT_TRUE(isType(pf, TypeKind::DataType));
  ASSERT_EQ(asDataType(pf).fieldTypes.size(), 2u);
  EXPECT_EQ(asDataType(pf).fieldTypes[1].obj(), ts.Float64.obj());
  EXPECT_EQ(pf.obj(), apply(point, {ts.Float64}).obj());
  try {
    apply(point, {ts.String});
    FAIL() << "expected TypeOpError";
  } catch (const TypeOpError& e) {
    EXPECT_EQ(e.message, "TypeError: in Point, in T, expected T<:Real, got Type{String}");
  }
  EXPECT_EQ(str(pf), "Point{Float64}");
  EXPECT_EQ(str(point), "Point");
  EXPECT_TRUE(sub(pf, point));
}

TEST_F(Types, SelfReferentialField) {
  TypeSystem::TypeSpec spec;
  spec.name = jl::Symbol("List");
  spec.module = main;
  Value T = tv("T");
  spec.typeVars = {T};
  spec.isMutable = true;
  Value w = ts.defineType(spec);
  TypeName* tn = asDataType(ts.unwrap(w)).tname;
  tn->fieldNames = {jl::Symbol("head"), jl::Symbol("tail")};
  tn->fieldTypeTemplates = {T, U({ts.Nothing, ts.unwrap(w)})};
  Value li = apply(w, {ts.Int64});
  ASSERT_EQ(asDataType(li).fieldTypes.size(), 2u);
  EXPECT_EQ(str(asDataType(li).fieldTypes[1]), "Union{Nothing, List{Int64}}");
}

TEST_F(Types, ValueParameters) {
  Value x = tv("x");
  Value val = defStruct("Val", main, {x}, {});
  Value v3 = apply(val, {I(3)});
  EXPECT_EQ(v3.obj(), apply(val, {I(3)}).obj());
  EXPECT_NE(v3.obj(), apply(val, {I(4)}).obj());
  EXPECT_TRUE(asDataType(v3).instance.isObject(ObjKind::Struct));
  EXPECT_TRUE(sub(v3, val));
  EXPECT_FALSE(sub(v3, apply(val, {I(4)})));
  Value N = tv("N");
  EXPECT_TRUE(sub(v3, where(N, apply(val, {N}))));
  EXPECT_EQ(str(v3), "Val{3}");
  EXPECT_EQ(str(apply(val, {S("a")})), "Val{:a}");
  EXPECT_NE(apply(val, {Value::int32(3)}).obj(), v3.obj());
}

TEST_F(Types, Unions) {
  Value a = U({ts.Int64, ts.String});
  EXPECT_EQ(a.obj(), U({ts.String, ts.Int64}).obj());
  EXPECT_EQ(str(a), "Union{Int64, String}");
  EXPECT_TRUE(ts.typesIdentical(U({ts.Int64, ts.Integer}), ts.Integer));
  EXPECT_TRUE(ts.typesIdentical(U({}), ts.Bottom));
  EXPECT_TRUE(ts.typesIdentical(U({ts.Int64}), ts.Int64));
  EXPECT_TRUE(ts.typesIdentical(U({ts.Int64, U({ts.String, ts.Int64})}), a));
  EXPECT_EQ(str(U({ts.Int64, ts.Nothing})), "Union{Nothing, Int64}");
  EXPECT_EQ(str(U({ts.Int64, ts.Float64})), "Union{Float64, Int64}");
  EXPECT_EQ(str(U({vecOf(ts.Int64), ts.Int64})), "Union{Int64, Vector{Int64}}");
  EXPECT_EQ(str(apply(ts.UnionType, {ts.Symbol, ts.Expr})), "Union{Expr, Symbol}");
}

// --- subtyping ---------------------------------------------------------------------------

TEST_F(Types, SubtypeNominalInvariant) {
  EXPECT_TRUE(strict(apply(ts.Array, {ts.Int64, I(1)}), apply(ts.AbstractArray, {ts.Int64, I(1)})));
  EXPECT_FALSE(sub(vecOf(ts.Int64), vecOf(ts.Integer)));
  EXPECT_FALSE(sub(vecOf(ts.Integer), vecOf(ts.Int64)));
  EXPECT_TRUE(strict(vecOf(ts.Int64), ts.Vector));
  EXPECT_TRUE(strict(vecOf(ts.Int64), ts.AbstractVector));
  EXPECT_TRUE(strict(ts.Vector, ts.AbstractVector));
  EXPECT_TRUE(strict(ts.Vector, ts.Array));
  EXPECT_FALSE(sub(ts.Matrix, ts.AbstractVector));
  EXPECT_TRUE(strict(apply(ts.Dict, {ts.Symbol, ts.Any}), ts.AbstractDict));
  EXPECT_TRUE(strict(apply(ts.Dict, {ts.Symbol, ts.Any}), apply(ts.AbstractDict, {ts.Symbol, ts.Any})));
  EXPECT_FALSE(sub(apply(ts.Dict, {ts.Symbol, ts.Int64}), apply(ts.AbstractDict, {ts.Symbol, ts.Any})));
  EXPECT_TRUE(sub(apply(ts.Set, {ts.Int64}), ts.AbstractSet));
  EXPECT_TRUE(eq(apply(ts.Pair, {ts.Int64, ts.String}), apply(ts.Pair, {ts.Int64, ts.String})));
}

TEST_F(Types, SubtypeTuplesAndVarargs) {
  Value I64 = ts.Int64, Itg = ts.Integer;
  EXPECT_TRUE(strict(tup({I64, I64}), tup({Itg, Itg})));
  EXPECT_FALSE(sub(tup({I64, I64}), tup({I64})));
  EXPECT_FALSE(sub(tup({I64}), tup({Itg, Itg})));
  EXPECT_TRUE(strict(tup({I64, I64}), tup({ts.varargOf(I64)})));
  EXPECT_TRUE(strict(tup({I64, I64}), tup({I64, ts.varargOf(I64)})));
  EXPECT_TRUE(strict(tup({I64, I64}), tup({I64, I64, ts.varargOf(Itg)})));
  EXPECT_TRUE(strict(tup({I64, ts.varargOf(I64)}), tup({ts.varargOf(I64)})));
  EXPECT_TRUE(strict(tup({I64, I64, I64}), tup({Itg, ts.varargOf(I64)})));
  EXPECT_TRUE(strict(tup({}), tup({ts.varargOf(ts.Any)})));
  EXPECT_TRUE(strict(tup({}), ts.Tuple));
  EXPECT_FALSE(sub(tup({}), tup({I64, ts.varargOf(I64)})));
  EXPECT_FALSE(sub(tup({I64}), tup({I64, I64, ts.varargOf(I64)})));
  EXPECT_FALSE(sub(tup({ts.varargOf(I64)}), tup({I64, ts.varargOf(I64)})));
  EXPECT_FALSE(sub(tup({I64, tup({ts.Real, Itg})}), tup({ts.varargOf(I64)})));
  EXPECT_TRUE(eq(tup({ts.varargOf(Itg)}), tup({ts.varargOf(Itg)})));
  EXPECT_TRUE(eq(apply(ts.NTuple, {I(2), I64}), tup({I64, I64})));
  Value N = tv("N");
  Value ntN = where(N, tup({ts.varargOf(I64, N)}));
  EXPECT_TRUE(strict(tup({I64, I64}), ntN));
  EXPECT_TRUE(strict(tup({}), ntN));
  EXPECT_FALSE(sub(tup({I64, ts.String}), ntN));
  EXPECT_TRUE(eq(ntN, tup({ts.varargOf(I64)})));
  EXPECT_TRUE(strict(tup({I64, I64}), ts.NTuple));
  EXPECT_FALSE(sub(tup({I64, ts.Float64}), apply(ts.NTuple, {I(2)})));  // diagonal
  EXPECT_TRUE(sub(tup({I64, ts.Float64}), apply(ts.NTuple, {I(2), ts.Any})));
  Value E = tv("E"), M = tv("M");
  EXPECT_TRUE(strict(tup({I64, I64}), where(M, where(E, tup({E, E, ts.varargOf(E, M)})))));
  EXPECT_TRUE(sub(ts.Tuple, ts.Any));
  EXPECT_FALSE(sub(ts.Tuple, tup({ts.varargOf(I64)})));
}

TEST_F(Types, SubtypeUnions) {
  Value IS = U({ts.Int64, ts.String});
  EXPECT_TRUE(strict(ts.Int64, IS));
  EXPECT_TRUE(strict(IS, ts.Any));
  EXPECT_FALSE(sub(IS, ts.Int64));
  EXPECT_TRUE(strict(U({ts.Int8, ts.Int16}), ts.Signed));
  EXPECT_TRUE(strict(ts.Bottom, ts.Int64));
  EXPECT_FALSE(sub(ts.Int64, ts.Bottom));
  EXPECT_TRUE(sub(ts.Bottom, ts.Bottom));
  EXPECT_TRUE(eq(tup({IS}), U({tup({ts.Int64}), tup({ts.String})})));
  EXPECT_TRUE(sub(U({ts.Int64, ts.String}), U({ts.Integer, ts.AbstractString})));
  EXPECT_FALSE(sub(U({ts.Int64, ts.Float64}), U({ts.Integer, ts.AbstractString})));
  Value T = tv("T");
  EXPECT_TRUE(sub(U({vecOf(ts.Int64), vecOf(ts.String)}), where(T, vecOf(T))));
  Value T2 = tv("T");
  EXPECT_TRUE(sub(tup({U({vecOf(ts.Int64), vecOf(ts.String)})}), where(T2, tup({vecOf(T2)}))));
}

TEST_F(Types, SubtypeUnionAll) {
  Value T = tv("T"), R = tv("T", ts.Real), Ii = tv("T", ts.Integer), I2 = tv("#s1", ts.Integer), R2 = tv("#s2", ts.Real);
  EXPECT_TRUE(sub(vecOf(ts.Int64), where(T, vecOf(T))));
  EXPECT_TRUE(strict(where(T, vecOf(T)), ts.AbstractVector));
  EXPECT_FALSE(sub(ts.AbstractVector, ts.Vector));
  EXPECT_TRUE(sub(vecOf(ts.Int64), where(R, vecOf(R))));
  EXPECT_FALSE(sub(vecOf(ts.String), where(R, vecOf(R))));
  EXPECT_TRUE(strict(where(Ii, vecOf(Ii)), where(R, vecOf(R))));
  EXPECT_TRUE(strict(where(I2, vecOf(I2)), where(R2, vecOf(R2))));
  EXPECT_FALSE(sub(where(R2, vecOf(R2)), where(I2, vecOf(I2))));
  EXPECT_TRUE(eq(where(T, vecOf(T)), ts.Vector));
  EXPECT_TRUE(eq(ts.Vector, ts.Vector));
  EXPECT_TRUE(sub(where(tv("S", ts.Int64), tup({tv("S", ts.Int64)})), ts.Any));
  Value S1 = tv("S", ts.Int64);
  EXPECT_TRUE(sub(where(S1, tup({S1})), tup({ts.Integer})));
  Value S2 = tv("S");
  EXPECT_FALSE(sub(where(S2, tup({S2})), tup({ts.Int64})));
  EXPECT_TRUE(eq(where(S2, tup({S2})), tup({ts.Any})));
  // Nested: Vector{Vector{T}} where T vs Vector{Vector{T} where T}.
  Value A = tv("T");
  Value inner = where(A, vecOf(A));
  EXPECT_FALSE(sub(vecOf(vecOf(ts.Int64)), vecOf(inner)));
  EXPECT_TRUE(sub(vecOf(inner), vecOf(inner)));
  Value B = tv("T");
  EXPECT_TRUE(sub(vecOf(vecOf(ts.Int64)), where(B, vecOf(vecOf(B)))));
  EXPECT_FALSE(sub(vecOf(inner), where(B, vecOf(vecOf(B)))));
  // Lower bounds.
  Value L = tv("T", ts.Any, ts.Int64);
  EXPECT_TRUE(sub(vecOf(ts.Integer), where(L, vecOf(L))));
  EXPECT_FALSE(sub(vecOf(ts.String), where(L, vecOf(L))));
}

TEST_F(Types, SubtypeTypeOfTypes) {
  Value T = tv("T");
  EXPECT_TRUE(strict(typeT(ts.Int64), ts.DataType));
  EXPECT_TRUE(strict(typeT(ts.Int64), ts.TypeType));
  EXPECT_TRUE(strict(ts.DataType, ts.TypeType));
  EXPECT_TRUE(strict(ts.UnionAllType, ts.TypeType));
  EXPECT_TRUE(strict(ts.UnionType, ts.TypeType));
  EXPECT_FALSE(sub(ts.TypeVarType, ts.TypeType));
  EXPECT_FALSE(sub(typeT(ts.Int64), typeT(ts.Integer)));
  EXPECT_FALSE(sub(ts.DataType, typeT(ts.Int64)));
  Value S = tv("#s1", ts.AbstractVector);
  EXPECT_TRUE(sub(typeT(vecOf(ts.Int64)), where(S, typeT(S))));
  EXPECT_FALSE(sub(typeT(ts.Int64), where(S, typeT(S))));
  EXPECT_TRUE(sub(typeT(ts.Vector), ts.UnionAllType));
  EXPECT_FALSE(sub(typeT(ts.Vector), ts.DataType));
  EXPECT_TRUE(sub(typeT(U({ts.Int64, ts.String})), ts.UnionType));
  EXPECT_TRUE(sub(ts.TypeofBottom, ts.TypeType));
  EXPECT_TRUE(sub(ts.TypeofBottom, typeT(ts.Bottom)));
  EXPECT_TRUE(sub(ts.dispatchType(ts.Int64), where(T, typeT(T))));
  EXPECT_TRUE(sub(typeT(ts.Int64), ts.Any));
  EXPECT_FALSE(sub(where(T, typeT(T)), ts.DataType));
}

TEST_F(Types, SubtypeDiagonal) {
  Value T = tv("T");
  Value tt = where(T, tup({T, T}));
  EXPECT_TRUE(sub(tup({ts.Int64, ts.Int64}), tt));
  EXPECT_FALSE(sub(tup({ts.Int64, ts.Float64}), tt));
  EXPECT_FALSE(sub(tup({ts.Integer, ts.Integer}), tt));
  Value T1 = tv("T"), S1 = tv("S", T1);
  EXPECT_TRUE(sub(tup({ts.Integer, ts.Int64}), where(T1, where(S1, tup({T1, S1})))));
  Value R = tv("R"), T2 = tv("T"), S2 = tv("S");
  EXPECT_TRUE(strict(where(R, tup({R, R})), where(T2, where(S2, tup({T2, S2})))));
  // An invariant occurrence lifts the rule.
  Value V = tv("T");
  Value vt = where(V, tup({vecOf(V), V}));
  EXPECT_TRUE(sub(tup({vecOf(ts.Integer), ts.Int64}), vt));
  EXPECT_FALSE(sub(tup({vecOf(ts.Int64), ts.String}), vt));
  Value W = tv("T");
  EXPECT_FALSE(sub(tup({ts.Int64, ts.Float64}), where(W, tup({ts.varargOf(W)}))));
  EXPECT_TRUE(sub(tup({ts.Int64, ts.Int64, ts.Int64}), where(W, tup({ts.varargOf(W)}))));
}

// Cases from Julia's test/subtype.jl (levels 1-5).
TEST_F(Types, JuliaSuite) {
  Value I64 = ts.Int64, I8 = ts.Int8, I16 = ts.Int16, Itg = ts.Integer, Real_ = ts.Real, Any_ = ts.Any;
  Value TR = tv("T");
  Value ref = defStruct("Ref", main, {TR}, {}, true);
  auto Ref = [&](Value t) { return apply(ref, {t}); };
  auto Pair = [&](Value a, Value b) { return apply(ts.Pair, {a, b}); };
  auto V = [&](const char* n, Value ub = {}, Value lb = {}) { return tv(n, ub, lb); };
  auto W = [&](Value v, Value b) { return where(v, b); };
  auto va = [&](Value t, Value n = {}) { return ts.varargOf(t, n); };

  EXPECT_TRUE(ts.typesIdentical(tup({I64, va(I64, I(2))}), tup({I64, I64, I64})));
  EXPECT_TRUE(eq(tup({I64, va(I64, I(2))}), tup({I64, I64, va(I64, I(1))})));
  { Value N = V("N"); Value N2 = V("N");
    EXPECT_TRUE(eq(W(N, tup({I64, va(I64, N)})), W(N2, tup({I64, va(I64, N2)})))); }
  { Value N = V("N");
    Value nt = W(N, tup({tup({va(I64, N)}), tup({va(I64, N)})}));
    EXPECT_TRUE(strict(tup({tup({I64, I64}), tup({I64, I64})}), nt));
    EXPECT_FALSE(sub(tup({tup({I64, I64}), tup({I64})}), nt)); }
  EXPECT_TRUE(ts.typesIdentical(apply(ts.NTuple, {I(0)}), tup({})));
  { Value N = V("N"); EXPECT_TRUE(strict(tup({I64, I64}), W(N, tup({I64, I64, va(I64, N)})))); }
  // diagonal
  { Value R = V("R"), T = V("T"), S_ = V("S", {}, T);  // Tuple{R,R} where R <: Tuple{T,S} where {T, S>:T}
    EXPECT_TRUE(strict(W(R, tup({R, R})), W(T, W(S_, tup({T, S_})))));
    Value R2 = V("R"), T2 = V("T"), S2 = V("S", T2, T2);
    EXPECT_TRUE(strict(W(R2, tup({R2, R2})), W(T2, W(S2, tup({T2, S2}))))); }
  { Value T = V("T", Real_); EXPECT_FALSE(sub(tup({Real_, Real_}), W(T, tup({T, T})))); }
  { Value S_ = V("S", I64), R = V("R", ts.AbstractString), T = V("T");
    EXPECT_TRUE(sub(W(S_, W(R, tup({S_, R, vecOf(Any_)}))), W(T, tup({T, T, vecOf(T)})))); }
  { Value T = V("T");
    Value sig = W(T, tup({U({T, ts.String}), T}));
    EXPECT_TRUE(strict(tup({ts.String, Real_}), sig));
    EXPECT_FALSE(sub(tup({Real_, Real_}), sig));
    EXPECT_TRUE(strict(tup({I64, I64}), sig));
    Value T2 = V("T");
    EXPECT_TRUE(strict(tup({ts.String, Real_, Ref(ts.Number)}), W(T2, tup({U({T2, ts.String}), T2, Ref(T2)})))); }
  { Value T = V("T"), S_ = V("S");
    EXPECT_FALSE(sub(W(T, tup({T, T, vecOf(T)})), W(S_, tup({S_, S_, Any_})))); }
  { Value A = tup({I64, I8, vecOf(Itg)});
    Value T = V("T", {}, Itg);
    Value B = W(T, tup({T, T, vecOf(T)}));
    EXPECT_TRUE(sub(A, B)); }
  // level 3
  { Value T = V("T"); EXPECT_TRUE(strict(W(T, Pair(T, T)), ts.Pair)); }
  EXPECT_TRUE(sub(Pair(I64, I8), ts.Pair));
  { Value S_ = V("S"); EXPECT_TRUE(sub(Pair(I64, I8), W(S_, Pair(I64, S_)))); }
  { Value T = V("T", Real_), S_ = V("T", Itg); EXPECT_FALSE(sub(W(T, T), W(S_, S_))); }
  { Value T = V("T", Itg), S_ = V("S", ts.Number), T2 = V("T", Itg), S2 = V("S", ts.Number);
    EXPECT_FALSE(sub(W(T, W(S_, tup({T, S_}))), W(T2, W(S2, tup({S2, T2}))))); }
  { Value T = V("T"); EXPECT_TRUE(strict(W(T, tup({apply(ts.Array, {T}), apply(ts.Array, {T})})), tup({ts.Array, ts.Array}))); }
  { Value T = V("T"), T2 = V("T");
    Value AUA = vecOf(W(T, vecOf(T)));
    Value UAA = W(T2, vecOf(vecOf(T2)));
    EXPECT_FALSE(sub(AUA, UAA));
    EXPECT_FALSE(sub(UAA, AUA)); }
  { Value T = V("T"); EXPECT_FALSE(sub(W(T, Pair(T, T)), Pair(I64, I8))); EXPECT_FALSE(sub(W(T, Pair(T, T)), Pair(I64, I64))); }
  { Value T = V("T", Real_); EXPECT_TRUE(eq(W(T, tup({T})), tup({Real_}))); }
  { Value T = V("T", Itg), S_ = V("S", T);
    EXPECT_TRUE(sub(tup({vecOf(Itg), I64}), W(T, W(S_, tup({vecOf(T), S_}))))); }
  { Value T = V("T", Itg); EXPECT_FALSE(sub(tup({vecOf(Itg), Real_}), W(T, tup({vecOf(T), T})))); }
  { Value T = V("T");
    EXPECT_FALSE(sub(tup({I64, ts.String, vecOf(Itg)}), W(T, tup({T, T, vecOf(T)}))));
    EXPECT_TRUE(sub(tup({I64, ts.String, vecOf(Any_)}), W(T, tup({T, T, vecOf(T)})))); }
  { Value T = V("T", I64); EXPECT_TRUE(eq(vecOf(I64), vecOf(W(T, T)))); }
  { Value T = V("T"); EXPECT_TRUE(eq(vecOf(tup({Any_})), vecOf(W(T, tup({T}))))); }
  { Value T = V("T", I64); EXPECT_TRUE(eq(vecOf(tup({I64, I64})), vecOf(W(T, tup({T, T}))))); }
  { Value T = V("T", Itg); EXPECT_FALSE(sub(vecOf(tup({I64, Itg})), vecOf(W(T, tup({T, T}))))); }
  { Value T = V("T"); EXPECT_FALSE(sub(Pair(I64, I8), W(T, Pair(T, T)))); }
  { Value T = V("T", Itg); EXPECT_FALSE(sub(tup({vecOf(I64), Itg}), W(T, tup({vecOf(T), T})))); }
  { Value T = V("T"); EXPECT_FALSE(sub(Pair(vecOf(I64), Itg), W(T, Pair(vecOf(T), T))));
    EXPECT_TRUE(sub(Pair(vecOf(I64), I64), W(T, Pair(vecOf(T), T)))); }
  { Value T = V("T", I64), S_ = V("S", T); EXPECT_FALSE(sub(tup({Itg, I64}), W(T, W(S_, tup({T, S_}))))); }
  { Value T = V("T", Real_), S_ = V("S", apply(ts.AbstractVector, {T}));
    Value X = W(T, W(S_, tup({T, S_})));
    EXPECT_TRUE(sub(tup({ts.Float32, vecOf(ts.Float32)}), X));
    EXPECT_FALSE(sub(tup({ts.Float32, vecOf(ts.Float64)}), X));
    EXPECT_TRUE(sub(tup({ts.Float32, vecOf(Real_)}), X));
    EXPECT_FALSE(sub(tup({ts.Number, vecOf(Real_)}), X)); }
  { Value T = V("T", Itg, I64), S_ = V("T", Real_); EXPECT_TRUE(sub(W(T, vecOf(T)), W(S_, vecOf(S_)))); }
  { Value T = V("T", Itg, I64), S_ = V("T", Real_, Itg); EXPECT_FALSE(sub(W(T, vecOf(T)), W(S_, vecOf(S_)))); }
  { Value T = V("T"), S_ = V("S", T), T2 = V("T"), S2 = V("S");
    EXPECT_TRUE(strict(W(T, W(S_, Pair(T, S_))), W(T2, W(S2, Pair(T2, S2))))); }
  { Value T = V("T"), T2 = V("T"), S_ = V("S", {}, T2);
    EXPECT_TRUE(strict(W(T, tup({Ref(T), T})), W(T2, W(S_, tup({Ref(T2), S_}))))); }
  { Value T = V("T"), S_ = V("S");
    EXPECT_FALSE(sub(tup({W(T, typeT(vecOf(T))), vecOf(ts.Float64)}), W(S_, tup({typeT(S_), S_})))); }
  // level 4
  EXPECT_TRUE(eq(U({ts.Bottom, ts.Bottom}), ts.Bottom));
  EXPECT_TRUE(strict(U({I64, I8}), Itg));
  EXPECT_TRUE(eq(tup({U({I64, I8}), I16}), U({tup({I64, I16}), tup({I8, I16})})));
  EXPECT_TRUE(strict(tup({I64, I8, I64}), tup({va(U({I64, I8}))})));
  EXPECT_FALSE(sub(U({I64, Ref(U({I64, I8}))}), U({I64, Ref(U({I8, I16}))})));
  EXPECT_FALSE(sub(U({I64, I8, I16, ts.Int32}), U({I64, I16, ts.Int32})));
  // level 5
  { Value T = V("T");
    EXPECT_TRUE(sub(tup({U({vecOf(I64), vecOf(I8)})}), W(T, tup({vecOf(T)}))));
    EXPECT_FALSE(sub(tup({U({vecOf(I64), vecOf(I8)}), vecOf(I64)}), W(T, tup({vecOf(T), vecOf(T)})))); }
  { Value u = U({I8, I64}); Value T = V("T", {}, u);
    EXPECT_FALSE(sub(vecOf(I64), W(T, vecOf(T))));
    EXPECT_TRUE(sub(vecOf(Itg), W(T, vecOf(T))));
    EXPECT_TRUE(sub(vecOf(u), W(T, vecOf(T)))); }
}

// --- matching -----------------------------------------------------------------------------

TEST_F(Types, MatchVectorT) {
  Value T = tv("T");
  Value sig = where(T, tup({vecOf(T)}));
  std::vector<Value> vals;
  ASSERT_TRUE(ts.matchSignature(sig, {vecOf(ts.Int64)}, {T}, &vals));
  ASSERT_EQ(vals.size(), 1u);
  EXPECT_EQ(vals[0].obj(), ts.Int64.obj());
  EXPECT_FALSE(ts.matchSignature(sig, {ts.Int64}, {T}, &vals));
}

TEST_F(Types, MatchDiagonal) {
  Value T = tv("T");
  Value sig = where(T, tup({T, T}));
  std::vector<Value> vals;
  ASSERT_TRUE(ts.matchSignature(sig, {ts.Int64, ts.Int64}, {T}, &vals));
  EXPECT_EQ(vals[0].obj(), ts.Int64.obj());
  EXPECT_FALSE(ts.matchSignature(sig, {ts.Int64, ts.Float64}, {T}, &vals));
  Value U_ = tv("T");
  ASSERT_TRUE(ts.matchSignature(where(U_, tup({U_})), {ts.String}, {U_}, &vals));
  EXPECT_EQ(vals[0].obj(), ts.String.obj());
}

TEST_F(Types, MatchSub2ind) {
  // sub2ind(dims::NTuple{N}, I::Integer...) where N
  Value N = tv("N");
  Value sig = where(N, tup({apply(ts.NTuple, {N}), ts.varargOf(ts.Integer)}));
  std::vector<Value> vals;
  ASSERT_TRUE(ts.matchSignature(sig, {tup({ts.Int64, ts.Int64}), ts.Int64, ts.Int64}, {N}, &vals));
  ASSERT_TRUE(vals[0].isSignedInt());
  EXPECT_EQ(vals[0].asInt64(), 2);
  ASSERT_TRUE(ts.matchSignature(sig, {tup({}), }, {N}, &vals));
  EXPECT_EQ(vals[0].asInt64(), 0);
  EXPECT_FALSE(ts.matchSignature(sig, {tup({ts.Int64, ts.Float64}), ts.Int64}, {N}, &vals));
  EXPECT_FALSE(ts.matchSignature(sig, {tup({ts.Int64}), ts.String}, {N}, &vals));
}

TEST_F(Types, MatchTypeWithNestedBound) {
  // f(dims::Type{T}, I...) where T <: NTuple{N,Any} where N
  Value N = tv("N");
  Value T = tv("T", apply(ts.NTuple, {N, ts.Any}));
  Value sig = where(N, where(T, tup({typeT(T), ts.varargOf(ts.Any)})));
  std::vector<Value> vals;
  Value tii = tup({ts.Int64, ts.Int64});
  ASSERT_TRUE(ts.matchSignature(sig, {typeT(tii), typeT(ts.Int64), typeT(ts.Int64)}, {N, T}, &vals));
  ASSERT_EQ(vals.size(), 2u);
  ASSERT_TRUE(vals[0].isSignedInt());
  EXPECT_EQ(vals[0].asInt64(), 2);
  EXPECT_EQ(vals[1].obj(), tii.obj());
  EXPECT_FALSE(ts.matchSignature(sig, {typeT(ts.Int64)}, {N, T}, &vals));
}

TEST_F(Types, MatchMisc) {
  std::vector<Value> vals;
  Value T = tv("T");
  ASSERT_TRUE(ts.matchSignature(where(T, tup({typeT(T)})), {ts.dispatchType(ts.Int64)}, {T}, &vals));
  EXPECT_EQ(vals[0].obj(), ts.Int64.obj());
  Value R = tv("T", ts.Real);
  Value sig = where(R, tup({apply(ts.AbstractVector, {R}), R}));
  ASSERT_TRUE(ts.matchSignature(sig, {vecOf(ts.Float64), ts.Float64}, {R}, &vals));
  EXPECT_EQ(vals[0].obj(), ts.Float64.obj());
  EXPECT_FALSE(ts.matchSignature(sig, {vecOf(ts.Float64), ts.Int64}, {R}, &vals));
  EXPECT_FALSE(ts.matchSignature(sig, {vecOf(ts.String), ts.String}, {R}, &vals));
  // xs::T... with no arguments: T stays undetermined (the TypeVar itself).
  Value V = tv("T");
  ASSERT_TRUE(ts.matchSignature(where(V, tup({ts.varargOf(V)})), {}, {V}, &vals));
  EXPECT_EQ(vals[0].obj(), V.obj());
  // Dict{K,V} pattern.
  Value K = tv("K"), W = tv("V");
  Value dsig = where(K, where(W, tup({apply(ts.Dict, {K, W}), K})));
  ASSERT_TRUE(ts.matchSignature(dsig, {apply(ts.Dict, {ts.Symbol, ts.Int64}), ts.Symbol}, {K, W}, &vals));
  EXPECT_EQ(vals[0].obj(), ts.Symbol.obj());
  EXPECT_EQ(vals[1].obj(), ts.Int64.obj());
  EXPECT_FALSE(ts.matchSignature(dsig, {apply(ts.Dict, {ts.Symbol, ts.Int64}), ts.String}, {K, W}, &vals));
  // Type{T} for a UnionAll argument.
  Value Q = tv("T");
  ASSERT_TRUE(ts.matchSignature(where(Q, tup({typeT(Q)})), {ts.dispatchType(ts.Vector)}, {Q}, &vals));
  EXPECT_TRUE(ts.typesEqual(vals[0], ts.Vector));
}

// --- specificity and dispatch ----------------------------------------------------------

TEST_F(Types, Specificity) {
  EXPECT_TRUE(ts.moreSpecific(tup({ts.Int64}), tup({ts.Integer})));
  EXPECT_FALSE(ts.moreSpecific(tup({ts.Integer}), tup({ts.Int64})));
  EXPECT_TRUE(ts.moreSpecific(tup({ts.Int64, ts.Int64}), tup({ts.varargOf(ts.Int64)})));
  EXPECT_TRUE(ts.moreSpecific(tup({ts.Int64, ts.varargOf(ts.Int64)}), tup({ts.varargOf(ts.Int64)})));
  EXPECT_FALSE(ts.moreSpecific(tup({ts.Int64, ts.Any}), tup({ts.Any, ts.Int64})));
  EXPECT_FALSE(ts.moreSpecific(tup({ts.Any, ts.Int64}), tup({ts.Int64, ts.Any})));
  EXPECT_TRUE(ts.moreSpecific(tup({typeT(ts.Int64)}), tup({ts.DataType})));
  Value T = tv("T");
  EXPECT_TRUE(ts.moreSpecific(tup({typeT(ts.Int64)}), where(T, tup({typeT(T)}))));
  EXPECT_TRUE(ts.moreSpecific(tup({typeT(ts.Int64)}), tup({ts.TypeType})));
  Value D = tv("T");
  EXPECT_TRUE(ts.moreSpecific(where(D, tup({D, D})), tup({ts.Any, ts.Any})));
  Value I_ = tv("T", ts.Integer);
  EXPECT_TRUE(ts.moreSpecific(tup({vecOf(ts.Int64)}), where(I_, tup({vecOf(I_)}))));
  EXPECT_TRUE(ts.moreSpecific(where(I_, tup({vecOf(I_)})), tup({ts.AbstractVector})));
  EXPECT_FALSE(ts.moreSpecific(tup({ts.Int64}), tup({ts.Int64})));
  // Incomparable by subtyping, decided per argument.
  EXPECT_TRUE(ts.moreSpecific(tup({ts.Int64, ts.String}), tup({ts.Integer, U({ts.String, ts.Int64})})));
}

TEST_F(Types, SameSignature) {
  Value T = tv("T"), S_ = tv("S");
  EXPECT_TRUE(ts.sameSignature(where(T, tup({T})), tup({ts.Any})));
  EXPECT_TRUE(ts.sameSignature(where(T, tup({vecOf(T)})), where(S_, tup({vecOf(S_)}))));
  EXPECT_FALSE(ts.sameSignature(tup({ts.Int64}), tup({ts.Integer})));
  EXPECT_FALSE(ts.sameSignature(tup({ts.Int64}), tup({ts.Int64, ts.Int64})));
}

class Dispatch : public Types {
 protected:
  Value fV = Value::object(new FunctionObj(jl::Symbol("f"), main));
  FunctionObj& f = fV.asMut<FunctionObj>();
  const Method* add(Value sig, std::vector<Value> sparams = {}, uint64_t world = 1) {
    auto m = std::make_shared<Method>();
    m->owner = &f;
    m->sig = sig;
    m->sparams = std::move(sparams);
    m->world = world;
    f.methods.push_back(m);
    return m.get();
  }
};

TEST_F(Dispatch, MostSpecific) {
  const Method* any = add(tup({ts.Any}));
  const Method* itg = add(tup({ts.Integer}));
  const Method* i64 = add(tup({ts.Int64}));
  EXPECT_EQ(ts.selectMethod(f, {ts.Int64}, 10).method, i64);
  EXPECT_EQ(ts.selectMethod(f, {ts.Int8}, 10).method, itg);
  EXPECT_EQ(ts.selectMethod(f, {ts.String}, 10).method, any);
  auto none = ts.selectMethod(f, {ts.Int64, ts.Int64}, 10);
  EXPECT_EQ(none.method, nullptr);
  EXPECT_TRUE(none.ambiguous.empty());
}

TEST_F(Dispatch, Ambiguity) {
  const Method* a = add(tup({ts.Int64, ts.Any}));
  const Method* b = add(tup({ts.Any, ts.Int64}));
  auto s = ts.selectMethod(f, {ts.Int64, ts.Int64}, 10);
  EXPECT_EQ(s.method, nullptr);
  ASSERT_EQ(s.ambiguous.size(), 2u);
  EXPECT_EQ(ts.selectMethod(f, {ts.Int64, ts.String}, 10).method, a);
  EXPECT_EQ(ts.selectMethod(f, {ts.String, ts.Int64}, 10).method, b);
  const Method* c = add(tup({ts.Int64, ts.Int64}));
  auto s2 = ts.selectMethod(f, {ts.Int64, ts.Int64}, 10);
  EXPECT_EQ(s2.method, c);
  EXPECT_TRUE(s2.ambiguous.empty());
}

TEST_F(Dispatch, WorldAndSparams) {
  Value T = tv("T");
  const Method* generic = add(where(T, tup({vecOf(T)})), {T}, 1);
  const Method* later = add(tup({vecOf(ts.Int64)}), {}, 5);
  auto s = ts.selectMethod(f, {vecOf(ts.Int64)}, 3);
  EXPECT_EQ(s.method, generic);
  ASSERT_EQ(s.sparamValues.size(), 1u);
  EXPECT_EQ(s.sparamValues[0].obj(), ts.Int64.obj());
  EXPECT_EQ(ts.selectMethod(f, {vecOf(ts.Int64)}, 5).method, later);
}

TEST_F(Dispatch, VarargAndTypeArgs) {
  const Method* va = add(tup({ts.varargOf(ts.Any)}));
  const Method* two = add(tup({ts.Any, ts.Any}));
  const Method* ty = add(tup({ts.DataType}));
  Value T = tv("T");
  const Method* tyT = add(where(T, tup({typeT(T)})), {T});
  const Method* tyInt = add(tup({typeT(ts.Int64)}));
  EXPECT_EQ(ts.selectMethod(f, {ts.Int64, ts.Int64}, 10).method, two);
  EXPECT_EQ(ts.selectMethod(f, {ts.Int64, ts.Int64, ts.Int64}, 10).method, va);
  EXPECT_EQ(ts.selectMethod(f, {ts.dispatchType(ts.Int64)}, 10).method, tyInt);
  EXPECT_EQ(ts.selectMethod(f, {ts.dispatchType(ts.Float64)}, 10).method, ty);
  auto s = ts.selectMethod(f, {ts.dispatchType(ts.Vector)}, 10);
  EXPECT_EQ(s.method, tyT);
}

// --- printing ------------------------------------------------------------------------------

TEST_F(Types, ShowBasics) {
  EXPECT_EQ(str(ts.Int64), "Int64");
  EXPECT_EQ(str(ts.Any), "Any");
  EXPECT_EQ(str(ts.Bottom), "Union{}");
  EXPECT_EQ(str(vecOf(ts.Int64)), "Vector{Int64}");
  EXPECT_EQ(str(vecOf(ts.Any)), "Vector{Any}");
  EXPECT_EQ(str(apply(ts.Matrix, {ts.Float64})), "Matrix{Float64}");
  EXPECT_EQ(str(ts.arrayType(ts.Int64, 3)), "Array{Int64, 3}");
  EXPECT_EQ(str(apply(ts.AbstractVector, {ts.Int64})), "AbstractVector{Int64}");
  EXPECT_EQ(str(apply(ts.DenseArray, {ts.Int64, I(2)})), "DenseMatrix{Int64}");
  EXPECT_EQ(str(vecOf(vecOf(ts.String))), "Vector{Vector{String}}");
  EXPECT_EQ(str(apply(ts.Dict, {ts.Symbol, ts.Any})), "Dict{Symbol, Any}");
  EXPECT_EQ(str(apply(ts.Pair, {ts.Int64, ts.String})), "Pair{Int64, String}");
  EXPECT_EQ(str(typeT(ts.Int64)), "Type{Int64}");
  EXPECT_EQ(str(ts.TypeType), "Type");
  EXPECT_EQ(str(ts.DataType), "DataType");
  EXPECT_EQ(str(ts.Core_Box), "Core.Box");
  EXPECT_EQ(str(ts.TypeofBottom), "Core.TypeofBottom");
  EXPECT_EQ(str(ts.IOBuffer), "IOBuffer");
}

TEST_F(Types, ShowTuples) {
  Value I64 = ts.Int64;
  EXPECT_EQ(str(tup({})), "Tuple{}");
  EXPECT_EQ(str(tup({ts.String, I64, ts.Float64})), "Tuple{String, Int64, Float64}");
  EXPECT_EQ(str(tup({I64, I64, I64})), "Tuple{Int64, Int64, Int64}");
  EXPECT_EQ(str(apply(ts.NTuple, {I(4), ts.Float64})), "NTuple{4, Float64}");
  EXPECT_EQ(str(apply(ts.NTuple, {I(7), I64})), "NTuple{7, Int64}");
  EXPECT_EQ(str(tup({ts.String, I64, I64, I64})), "Tuple{String, Int64, Int64, Int64}");
  EXPECT_EQ(str(tup({ts.String, I64, I64, I64, I64})), "Tuple{String, Vararg{Int64, 4}}");
  EXPECT_EQ(str(tup({ts.varargOf(I64)})), "Tuple{Vararg{Int64}}");
  EXPECT_EQ(str(tup({ts.String, ts.varargOf(I64)})), "Tuple{String, Vararg{Int64}}");
  EXPECT_EQ(str(ts.Tuple), "Tuple");
  EXPECT_EQ(str(ts.NTuple), "NTuple{N, T} where {N, T}");
  Value N = tv("N");
  EXPECT_EQ(str(where(N, tup({ts.varargOf(I64, N)}))), "NTuple{N, Int64} where N");
  Value M = tv("N");
  EXPECT_EQ(str(where(M, tup({ts.String, ts.varargOf(I64, M)}))), "Tuple{String, Vararg{Int64, N}} where N");
  EXPECT_EQ(str(ts.varargOf(I64)), "Vararg{Int64}");
  EXPECT_EQ(str(ts.varargOf(I64, I(2))), "Vararg{Int64, 2}");
  EXPECT_EQ(str(ts.VarargType), "Vararg");
}

TEST_F(Types, ShowUnionAlls) {
  EXPECT_EQ(str(ts.Vector), "Vector");
  EXPECT_EQ(str(ts.Array), "Array");
  EXPECT_EQ(str(ts.AbstractVector), "AbstractVector");
  EXPECT_EQ(str(ts.Dict), "Dict");
  EXPECT_EQ(str(apply(ts.Array, {ts.Int64})), "Array{Int64}");
  EXPECT_EQ(str(apply(ts.Dict, {ts.Symbol})), "Dict{Symbol}");
  Value T = tv("T", ts.Integer);
  EXPECT_EQ(str(where(T, vecOf(T))), "Vector{T} where T<:Integer");
  Value G = tv("#s1", ts.Integer);
  EXPECT_EQ(str(where(G, vecOf(G))), "Vector{<:Integer}");
  Value T2 = tv("T");
  EXPECT_EQ(str(where(T2, vecOf(T2))), "Vector");
  Value T3 = tv("T");
  EXPECT_EQ(str(where(T3, tup({T3, T3}))), "Tuple{T, T} where T");
  Value K = tv("K");
  EXPECT_EQ(str(where(K, apply(ts.Dict, {K, ts.Int64}))), "Dict{K, Int64} where K");
  Value A = tv("T"), B = tv("S", A);
  EXPECT_EQ(str(where(A, where(B, tup({A, B})))), "Tuple{T, S} where {T, S<:T}");
  EXPECT_EQ(str(tv("T", ts.Real)), "T<:Real");
  EXPECT_EQ(str(tv("T", ts.Real, ts.Int64)), "Int64<:T<:Real");
  EXPECT_EQ(str(tv("T", {}, ts.Int64)), "T>:Int64");
  Value X = tv("T");
  EXPECT_EQ(str(where(X, typeT(X))), "Type");
  Value Y = tv("T", ts.Integer);
  EXPECT_EQ(str(where(Y, typeT(Y))), "Type{T} where T<:Integer");
}

TEST_F(Types, ShowModules) {
  Value foo = defStruct("Foo", main, {}, {{"x", ts.Int64}});
  EXPECT_EQ(str(foo), "Foo");
  Value innerV = Value::object(new ModuleObj(jl::Symbol("Inner"), main));
  ModuleObj* inner = &innerV.asMut<ModuleObj>();
  Value bar = defStruct("Bar", inner, {}, {});
  EXPECT_EQ(str(bar), "Main.Inner.Bar");
  // Imported into Main: visible.
  { Binding& b = main->get(jl::Symbol("Bar")); b.value = bar; b.defined = b.isConst = true; }
  EXPECT_EQ(str(bar), "Bar");
  Value T = tv("T");
  Value baz = defStruct("Baz", inner, {T}, {{"x", T}});
  EXPECT_EQ(str(apply(baz, {ts.Int64})), "Main.Inner.Baz{Int64}");
  EXPECT_EQ(str(vecOf(apply(baz, {ts.Int64}))), "Vector{Main.Inner.Baz{Int64}}");
}
}  // namespace
}  // namespace jl::interp
