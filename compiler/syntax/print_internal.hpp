// Internal helpers shared by the syntax printers (print.cpp, print_expr.cpp, print_ops.cpp):
// Julia's operator tables, identifier classes, string/char escaping and the printing context.
#pragma once

#include "core/text.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/print.hpp"
#include "syntax/value.hpp"

namespace jl::syntax::detail {

// ---- operators and identifiers (print_ops.cpp) ----
// Base.operator_precedence: 0 for non-operators; 1 (assignment) .. 17 (dot).
int operatorPrecedence(std::string_view op);
// Base.isoperator.
bool isOperator(std::string_view op);
// Base.isidentifier (false for "true"/"false").
bool isIdentifier(std::string_view s);
bool isIdStartChar(uint32_t cp);
bool isIdChar(uint32_t cp);
// Base.isprint, UTF-8 decoding and escape_string are runtime/core's (one implementation
// for the Expr printers, the interpreter and generated programs).
using jlrt::text::isPrintable;
using jlrt::text::decodeUtf8;
using jlrt::text::escapeString;
using jlrt::text::appendHex;
using jlrt::text::isHexDigit;
using jlrt::text::escapeRawString;

constexpr int kPrecAssignment = 1;
constexpr int kPrecPower = 15;
constexpr int kPrecDecl = 16;


// show(io, ::Char).
void showChar(std::string& out, uint32_t bits);

// ---- printing context ----
struct Ctx {
  bool unquoteFallback = true;  // IOContext :unquote_fallback
  bool beginsym = false;        // `begin` is an ordinary symbol (inside indexing)
};

const ObjectPrinter* objectPrinter();

// show(io, v) inside a context (print.cpp).
void showIn(std::string& out, const Value& v, Ctx ctx);
// show_sym(io, sym; allow_macroname).
void showSym(std::string& out, std::string_view name, bool allowMacroname = false);

// ---- Expr printing (print_expr.cpp) ----
void showUnquoted(std::string& out, const Value& v, int indent, int prec, Ctx ctx, int quoteLevel = 0);
void showUnquotedQuoteExpr(std::string& out, const Value& v, int indent, int prec, Ctx ctx, int quoteLevel);
// For a GlobalRef object (via the ObjectPrinter hook): its module text and name.
bool globalRefParts(const Value& v, std::string& mod, Symbol& name);

}  // namespace jl::syntax::detail
