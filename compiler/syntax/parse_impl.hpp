// Internal to the parser (parser.cpp, parse_stmt.cpp, parse_atom.cpp): the recursive-descent
// parser class. Not a public header; include syntax/parser.hpp instead.
//
// The structure mirrors JuliaSyntax.jl's parser (itself a port of Julia's flisp parser): one
// function per precedence level, with the grammar documented by example in comments
// (`a;b;c ==> (block a b c)`). The S-expressions in those comments are *Expr* trees as
// Meta.show_sexpr would print them without colons: `(call + a b)` is Expr(:call, :+, :a, :b).
// Unlike JuliaSyntax there is no intermediate green tree: each function builds the final
// Expr directly, applying the Expr conversion rules (kw for `=` in calls, parameters
// placement, LineNumberNodes, ...) as it goes.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

namespace jl::syntax::detail {

// Interned symbols the parser uses.
struct Syms {
  Symbol call, block, toplevel, quote, tuple, parameters, kw, vect, hcat, vcat, row, nrow, ncat,
      ref, typed_hcat, typed_vcat, typed_ncat, comprehension, typed_comprehension, generator,
      flatten, filter, braces, bracescat, curly, macrocall, string, dot, dots3, dollar, amp,
      dcolon, where, arrow, do_, comparison, and_, or_, if_, elseif, for_, while_, let,
      try_, module, struct_, abstract, primitive, macro, function, const_, global, local,
      import, using_, export_, public_, return_, break_, continue_, as, colon, eq, kw_eq,
      subtype, supertype, star, plus, minus, caret, tick, errorSym, var, doc, cmd, core,
      inert, outer, end_, begin_, tilde, pair, not_, dotdot, int128str, uint128str, bigstr,
      atdot, atdotname, ncat_placeholder, colonEq;
  static const Syms& get();
};

// What kind of node was produced last (JuliaSyntax's `peek_behind`), looking through
// parentheses (`lastParens_` says whether they were there).
enum class NK : uint8_t {
  Other, Identifier, Number, String, Call, Splat, Dollar, SynUnary, BlockForm, Error,
  Generator, DotOp, Var, Macrocall, Char, Quote, Outer
};

struct PState {
  bool rangeColon = true;      // `:` is a range operator (off inside `?:`)
  bool spaceSensitive = false; // `[a -b]` means two elements
  bool forGenerator = false;   // `for` ends a macro argument list and starts a generator
  bool endSymbol = false;      // `end`/`begin` are symbols (inside indexing)
  bool wsNewline = false;      // newlines are whitespace (inside parentheses)
  bool whereEnabled = true;
};

class Parser {
 public:
  Parser(std::string_view text, size_t start, const ParseOptions& opts);
  Value parseToplevel();         // parseFile
  Value parseStatementLine();    // parseOne / parseAt: one line of statements
  std::vector<diag::Diagnostic>& errors() { return errors_; }
  size_t offsetAfterStatement();  // parseAt: where the next statement starts
  bool atEnd();                   // only whitespace and newlines remain

  // ---- token stream
  const Token& peekTok(int n = 1);
  const Token& peekTokNl(int n, bool skipNl);
  K peek(int n = 1) { return peekTok(n).kind; }
  K peekNl(int n, bool skipNl) { return peekTokNl(n, skipNl).kind; }
  Token bump();                   // consume the next token (skipping newlines per state)
  Token bumpNl(bool skipNl);
  void bumpTrivia();              // consume newlines
  bool isOp(const Token& t, Symbol s) const { return t.kind == K::Op && t.op == s && !t.dotted && !t.suffixed; }
  bool peekIsOp(Symbol s, int n = 1) { return isOp(peekTok(n), s); }

  // ---- diagnostics
  void error(const Token& at, diag::Kind kind, std::string msg);
  void errorAt(size_t offset, diag::Kind kind, std::string msg);
  Value errorExpr(std::vector<Value> args = {});
  int lineAt(size_t offset) const;
  Value lnn(int line) { return makeLineNumberNode(line, file_); }
  Value lnnAt(size_t offset) { return lnn(lineAt(offset)); }

  // ---- grammar (parser.cpp: operators and expressions)
  Value parseStmts(bool& hadSemicolons);
  Value parseBlock(Value (Parser::*down)(), size_t blockStart);
  void parseBlockInner(std::vector<Value>& out, Value (Parser::*down)());
  Value parsePublic();
  Value parseDocstring();
  Value parseDocstringIn(Value (Parser::*down)());
  Value parseEq();
  Value parseEqStar();
  Value parseAssignment(Value (Parser::*down)());
  Value parseAssignmentWithInitial(Value lhs, size_t lhsStart, Value (Parser::*down)());
  Value parseComma();
  Value parseCommaNoEmit(int& nCommas);
  Value parsePair();
  Value parseCond();
  Value parseArrow();
  Value parseOr();
  Value parseAnd();
  Value parseComparison(bool subtypeComparison = false);
  Value parsePipeLt();
  Value parsePipeGt();
  Value parseRange();
  Value parseInvalidOps();
  Value parseExpr();
  Value parseTerm();
  Value parseWithChains(Value (Parser::*down)(), Prec prec, bool plusLevel);
  Value parseRational();
  Value parseShift();
  Value parseUnarySubtype();
  Value parseWhere(Value (Parser::*down)());
  Value parseWhereChain(Value lhs);
  Value parseJuxtapose();
  Value parseUnary();
  Value parseFactor();
  Value parseFactorWithInitial(Value ex);
  Value parseFactorAfter();
  Value parseDeclWithInitial(Value ex, size_t exStart);
  Value parseCall();
  Value parseUnaryPrefix();
  Value parseCallChain(Value ex, size_t exStart, bool isMacrocall);
  Value macroName(const Value& v);
  Value makeInfix(const Token& op, Value a, Value b);
  Value makePrefix(const Token& op, Value a);
  Symbol opSymbol(const Token& op) const;

  // ---- reserved words (parse_stmt.cpp)
  bool peekInitialReservedWords();
  bool isInitialReservedWord(K k) const;
  bool isClosingToken(K k) const;
  bool isBlockContinuation(K k) const;
  Value parseResword();
  Value parseIfElseif(bool isElseif);
  Value parseGlobalLocalConstVars(bool& hadAssignment);
  Value parseFunctionSignature(bool isFunction, bool& hasBody, bool& anonFunc);
  Value parseTry();
  Value parseCatch(Value& catchVar);
  Value parseDo(Value callee);
  Value parseImports(K word);
  Value parseImport(K word, bool hasPrefix, bool& hadAs);
  Value parseImportPath();
  Value parseAtsym(bool allowQuotes);
  Value parseMacroName();
  Value parseStructField();
  Value parseIterationSpec();
  Value parseIterationSpecs(bool& multiple, std::vector<Value>& specs);
  Value parseSpaceSeparatedExprs(std::vector<Value>& out);
  void bumpClosingToken(K closer, const char* what);
  void expectEnd(const Token& opener);
  void recoverToCloser();

  // ---- atoms, brackets and strings (parse_atom.cpp)
  Value parseAtom(bool checkIdentifiers = true);
  Value parseParen(bool checkIdentifiers);
  struct Brackets {
    std::vector<Value> args;
    std::vector<std::vector<Value>> params;  // one list per `;` section
    std::vector<Value> items;                // every subexpression in order
    std::vector<int> itemLines;
    bool hadCommas = false, hadSplat = false;
    int numSemis = 0, numSubexprs = 0;
    bool lastWasGenerator = false;
  };
  void parseBrackets(K closer, Brackets& b);
  Value paramsValue(const Brackets& b, bool kwInParams);
  static void pushArgs(std::vector<Value>& out, const Brackets& b, bool kwArgs);
  Value parseGenerator(Value first);
  Value parseCat(K closer, bool endIsSymbol, Symbol& kind);
  Value parseArray(Value first, K closer, int& ncatDim, Symbol& kind);
  Value parseString(bool raw, bool& isPlain);
  Value parseNumber(const Token& t, bool negate);
  Value parseCharLit(const Token& t);
  Value parseVarIdentifier();
  Value identifierValue(const Token& t);
  Value parseCallArglist(K closer, Brackets& b);

  // ---- state
  PState ps;
  NK last = NK::Other;       // kind of the node produced last
  bool lastParens = false;   // ... and whether it was parenthesized
  Token lastTok;             // last consumed token
  size_t lastEnd = 0;        // byte offset after the last consumed token
  const Syms& S;

  struct StateGuard {
    Parser& p;
    PState saved;
    StateGuard(Parser& pp, PState n) : p(pp), saved(pp.ps) { p.ps = n; }
    ~StateGuard() { p.ps = saved; }
  };
  PState normalContext() const {
    PState s = ps;
    s.rangeColon = true; s.spaceSensitive = false; s.whereEnabled = true;
    s.forGenerator = false; s.endSymbol = false; s.wsNewline = false;
    return s;
  }
  PState spaceSensitiveContext() const {
    PState s = ps;
    s.spaceSensitive = true; s.wsNewline = false;
    return s;
  }
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& pp);
    ~DepthGuard() { --p.depth_; }
  };

  std::string_view src_;
  Lexer lex_;
  std::deque<Token> buf_;
  ParseOptions opts_;
  Value file_;
  std::vector<diag::Diagnostic> errors_;
  std::vector<uint32_t> lineStarts_;
  int depth_ = 0;
  bool abort_ = false;
  const char* stackBase_ = nullptr;
  Token eofTok_;
};

// Helpers shared by the parser files.
inline ExprObj& ex(const Value& v) { return v.asMut<ExprObj>(); }
inline bool isExpr(const Value& v, Symbol head) { return v.isExpr() && v.as<ExprObj>().head == head; }
inline bool isExpr(const Value& v, Symbol head, size_t nargs) {
  return isExpr(v, head) && v.as<ExprObj>().args.size() == nargs;
}
bool isEventuallyCall(const Value& v);
// `&& || . ... ->` and the assignment operators except `~`.
bool isSyntacticOperator(const Token& t);

}  // namespace jl::syntax::detail
