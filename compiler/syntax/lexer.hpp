// The lexer: Julia source bytes -> tokens for the parser (after JuliaSyntax.jl's Tokenize).
//
// Whitespace and comments are not tokens; they set `Token::spaceBefore` on the token that
// follows. Newlines are tokens (`K::NewlineWs`, one per line break) because Julia's grammar
// depends on them. Strings are lexed in pieces so that the parser can handle `$`
// interpolation: an opening delimiter, string chunks (raw source bytes; the parser
// unescapes them), `$` and the tokens of the interpolated expression, a closing delimiter.
// The lexer keeps a stack of open strings and counts parentheses inside `$( ... )`.
// Char literals are one token (`'a'` including the quotes). The lexer never fails: bad
// input becomes `K::Error` tokens carrying a message.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "syntax/value.hpp"

namespace jl::syntax {

enum class K : uint8_t {
  EndMarker, NewlineWs, Error,
  Identifier,
  // Reserved words.
  Baremodule, Begin, Break, Catch, Const, Continue, Do, Else, Elseif, End, Export, Finally,
  For, Function, Global, If, Import, Let, Local, Macro, Module, Public, Quote, Return,
  Struct, Try, Using, While,
  // Contextual keywords (identifiers unless in a specific position).
  Abstract, As, Doc, Mutable, Outer, Primitive, Type, Var,
  True, False,
  // Literals.
  Integer, BinInt, HexInt, OctInt, Float, Float32, Char, StringChunk, CmdChunk,
  // Delimiters.
  LBracket, RBracket, LBrace, RBrace, LParen, RParen, DQuote, TripleDQuote, Backtick,
  TripleBacktick, Comma, Semicolon, At,
  // Every operator (including the word operators `in`, `isa`, `where`).
  Op,
};

// Operator precedence classes, lowest binding first (Julia's order).
enum class Prec : uint8_t {
  None, Assign, Pair, Cond, Arrow, LazyOr, LazyAnd, Comparison, Pipe, Colon, Plus, Times,
  Rational, Bitshift, Power, Decl, Where, Dot, Unary,  // Unary: ! ¬ √ ∛ ∜ ' -> ...
};

struct Token {
  K kind = K::EndMarker;
  Prec prec = Prec::None;   // for K::Op
  bool spaceBefore = false; // whitespace, comment or newline right before this token
  bool dotted = false;      // `.+`: the dot is not part of `op`
  bool suffixed = false;    // `+₁`: op carries the suffix characters
  bool word = false;        // `in`, `isa`, `where`
  uint32_t start = 0, end = 0;  // byte range in the source (includes a dotted op's dot)
  uint32_t line = 1;            // line of `start`
  Symbol op;                    // K::Op: the operator without its dot, normalized (− -> -)
  const char* error = nullptr;  // K::Error: message
};

const char* kindName(K k);
bool isKeyword(K k);            // reserved or contextual
bool isContextualKeyword(K k);
bool isReservedWord(K k);       // keyword but not contextual
bool isLiteral(K k);            // numbers, chars, string chunks, true, false

class Lexer {
 public:
  explicit Lexer(std::string_view src, size_t start = 0);
  Token next();
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  std::string_view source() const { return src_; }

 private:
  struct StringState {
    bool triple, raw;
    char delim;
    int parenDepth;
  };
  Token make(K k, size_t start);
  Token makeOp(size_t start, std::string_view opText, Prec p, bool dotted);
  Token makeError(size_t start, const char* msg);
  Token stringChunk();
  Token lexToken();
  Token lexNumber(size_t start, bool startsWithDot);
  Token lexIdentifier(size_t start);
  Token lexOperator(size_t start);
  Token lexChar(size_t start);
  uint32_t peekCp(size_t at, size_t* len = nullptr) const;
  bool stringTerminates(const StringState& s) const;
  void skipTrivia();

  std::string_view src_;
  size_t pos_;
  uint32_t line_ = 1;
  K lastKind_ = K::NewlineWs;
  bool lastWordOp_ = false;     // last token was `in`/`isa`/`where`
  bool lastAdjointOp_ = false;  // last token was `'` or `.` (a following `'` is adjoint)
  bool afterDollar_ = false;    // just emitted `$` inside a string
  bool pendingSpace_ = false;
  std::vector<StringState> strings_;
};

// Character classes (approximations of Julia's Unicode rules; see docs/syntax.md).
bool isIdStartChar(uint32_t cp);
bool isIdChar(uint32_t cp);
// Precedence class of a one-code-point operator, Prec::None if it is not one.
Prec unicodeOpPrec(uint32_t cp);
bool isOpSuffixChar(uint32_t cp);
// UTF-8 decode at `s[i]`; returns the code point (0xFFFD for malformed) and sets `len`.
uint32_t decodeUtf8(std::string_view s, size_t i, size_t* len);

}  // namespace jl::syntax
