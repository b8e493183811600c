// Evaluation of the Expr forms that build values or bind names (assignment, declarations,
// calls with splats and keywords, indexing with `end`, quoting, comprehensions, types,
// @objmode), shared between eval.cpp and eval_forms.cpp.
#pragma once

#include "interp/impl.hpp"

namespace jl::interp {

Value evalCall(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
Value evalAssign(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
Value evalUpdate(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
Value evalDotAssign(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);  // x .= y, a[i] .= y
bool isUpdatingOperator(Symbol head);
Value evalLocalDecl(Interp::Impl& I, const Value& ex, EnvPtr& env, Frame& fr);
Value evalGlobalDecl(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
Value evalConst(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
Value evalIsDefined(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
Value evalObjmode(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr);
// Binds a loop variable (a Symbol or a destructuring tuple) in `scope`.
void bindLoopVariable(Interp::Impl& I, const Value& var, const Value& item, EnvPtr& scope, Frame& fr);
// Assigns `v` to an assignment target (symbol, tuple, ref, field, typed name).
void assignTo(Interp::Impl& I, const Value& lhs, Value v, EnvPtr& env, Frame& fr);
// The value of `end`/`begin` inside the innermost `a[...]`.
Value indexBoundary(Interp::Impl& I, Symbol which);
// Tuples, vectors, matrices, indexing, field access, types, quoting, comprehensions;
// returns false when `ex` is none of these.
bool evalValueForm(Interp::Impl& I, const ExprObj& ex, EnvPtr& env, Frame& fr, Value& out);
// Evaluates call arguments: splats `xs...` and collects keyword arguments.
void evalArgs(Interp::Impl& I, const std::vector<Value>& args, size_t from, EnvPtr& env, Frame& fr,
              std::vector<Value>& positional, KwArgs& kwargs);
// Quote interpolation: copies `ex` replacing `$` at quote depth 0 with values.
Value interpolate(Interp::Impl& I, const Value& ex, EnvPtr& env, Frame& fr, int depth);
Value copyAst(const Value& ex);
// `new(args...)`: an instance of the concrete struct type `t`, fields converted.
Value constructNew(Interp::Impl& I, const Value& t, const std::vector<Value>& args);
// The UnionAll wrapper of the type being constructed (for `new{T}(...)`).
Value constructedWrapper(Interp::Impl& I, const Value& t);

}  // namespace jl::interp
