// Printers for syntax values, byte for byte as Julia prints them:
//   show        `:(a + b * c)`, `quote ... end` with `#= file:line =#` comments, `:foo`,
//               `Symbol("1foo")`, literals; the REPL/`show` form of an Expr.
//   print       the same without the `:( )` wrapper (what `string(ex)` gives).
//   show_sexpr  `(:call, :+, 1, 1)`.
//   dump        `Expr\n  head: Symbol call\n  args: Array{Any}((3,))\n ...`.
// Values the syntax stage does not know (interpreter objects inside an Expr) are printed
// through `ObjectPrinter`, which runtime/interp installs.
#pragma once

#include <string>

#include "syntax/value.hpp"

namespace jl::syntax {

// Hooks for heap objects outside the syntax stage's kinds.
class ObjectPrinter {
 public:
  virtual ~ObjectPrinter() = default;
  // Julia's `show(io, v)` for v.
  virtual void show(std::string& out, const Value& v) const = 0;
  // Julia's `string(typeof(v))`, e.g. "Vector{Any}", "Regex".
  virtual std::string typeName(const Value& v) const = 0;
  // Julia's `dump` of v at the given indentation (first line not indented); return false to
  // fall back to `TypeName show-text`.
  virtual bool dump(std::string& out, const Value& v, int indent) const { return false; }
  // For a GlobalRef object: `module` as Julia prints the module (e.g. "Main", "Base.Math")
  // and the bound name. Return false for anything else. Lets Expr printing show `Main.x`,
  // `Base.:+`, `@Main.m` and treat `GlobalRef(Base, :+)` calls as operator calls.
  virtual bool globalRef(const Value& v, std::string& module, Symbol& name) const { return false; }
};
void setObjectPrinter(const ObjectPrinter* p);  // process-wide; nullptr restores the default

// `show(x)` for any value.
void show(std::string& out, const Value& v);
std::string show(const Value& v);
// `print(x)`: strings and chars raw, an Expr without `:( )`, else as `show`.
void print(std::string& out, const Value& v);
// `Meta.show_sexpr(x)`.
void showSexpr(std::string& out, const Value& v);
// `dump(x)` including the trailing newline. `limit` is the IOContext :limit flag (true for
// `dump(x)` to stdout: arrays of more than 10 elements show 5, `...`, 5); maxdepth as Julia's.
void dump(std::string& out, const Value& v, int maxdepth = 8, bool limit = true);
// Julia's typeof name of a syntax-level value ("Int64", "Expr", "Symbol", ...).
std::string typeName(const Value& v);
// Julia's `show` of a Symbol as a value (`:foo`, `:+`, `Symbol("1foo")`, `:var"..."` rules).
std::string showSymbol(Symbol s);
// Whether `s` prints as a bare identifier.
bool isIdentifierSymbol(Symbol s);
// Base.operator_precedence (0 for non-operators) and Base.isoperator.
int operatorPrecedence(Symbol s);
bool isOperatorSymbol(Symbol s);
// Julia's escaped string literal for `show(::String)`: "a\nb" -> "\"a\\nb\"".
std::string quoteString(std::string_view s);

}  // namespace jl::syntax
