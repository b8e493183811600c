// The parser, part 1: entry points, the token stream, diagnostics, and the operator
// precedence levels from statements down to postfix call chains. Reserved-word forms are in
// parse_stmt.cpp; atoms, brackets and strings in parse_atom.cpp. See parse_impl.hpp.
#include <algorithm>
#include <cstring>

#include "syntax/parse_impl.hpp"

namespace jl::syntax {
namespace detail {

const Syms& Syms::get() {
  static const Syms s = [] {
    Syms y;
    auto S = [](const char* n) { return Symbol(n); };
    y.call = S("call"); y.block = S("block"); y.toplevel = S("toplevel"); y.quote = S("quote");
    y.tuple = S("tuple"); y.parameters = S("parameters"); y.kw = S("kw"); y.vect = S("vect");
    y.hcat = S("hcat"); y.vcat = S("vcat"); y.row = S("row"); y.nrow = S("nrow"); y.ncat = S("ncat");
    y.ref = S("ref"); y.typed_hcat = S("typed_hcat"); y.typed_vcat = S("typed_vcat");
    y.typed_ncat = S("typed_ncat"); y.comprehension = S("comprehension");
    y.typed_comprehension = S("typed_comprehension"); y.generator = S("generator");
    y.flatten = S("flatten"); y.filter = S("filter"); y.braces = S("braces");
    y.bracescat = S("bracescat"); y.curly = S("curly"); y.macrocall = S("macrocall");
    y.string = S("string"); y.dot = S("."); y.dots3 = S("..."); y.dollar = S("$"); y.amp = S("&");
    y.dcolon = S("::"); y.where = S("where"); y.arrow = S("->"); y.do_ = S("do");
    y.comparison = S("comparison"); y.and_ = S("&&"); y.or_ = S("||"); y.if_ = S("if");
    y.elseif = S("elseif"); y.for_ = S("for"); y.while_ = S("while"); y.let = S("let");
    y.try_ = S("try"); y.module = S("module"); y.struct_ = S("struct"); y.abstract = S("abstract");
    y.primitive = S("primitive"); y.macro = S("macro"); y.function = S("function");
    y.const_ = S("const"); y.global = S("global"); y.local = S("local"); y.import = S("import");
    y.using_ = S("using"); y.export_ = S("export"); y.public_ = S("public"); y.return_ = S("return");
    y.break_ = S("break"); y.continue_ = S("continue"); y.as = S("as"); y.colon = S(":");
    y.eq = S("="); y.kw_eq = S("="); y.subtype = S("<:"); y.supertype = S(">:"); y.star = S("*");
    y.plus = S("+"); y.minus = S("-"); y.caret = S("^"); y.tick = S("'"); y.errorSym = S("error");
    y.var = S("var"); y.doc = S("doc"); y.cmd = S("@cmd"); y.core = S("Core"); y.inert = S("inert");
    y.outer = S("outer"); y.end_ = S("end"); y.begin_ = S("begin"); y.tilde = S("~"); y.pair = S("=>");
    y.not_ = S("!"); y.dotdot = S(".."); y.int128str = S("@int128_str"); y.uint128str = S("@uint128_str");
    y.bigstr = S("@big_str"); y.atdot = S("@__dot__"); y.atdotname = S("@."); y.ncat_placeholder = S("");
    y.colonEq = S(":=");
    return y;
  }();
  return s;
}

bool isEventuallyCall(const Value& v) {
  if (!v.isExpr()) return false;
  const auto& e = v.as<ExprObj>();
  const Syms& S = Syms::get();
  if (e.head == S.call) return true;
  if ((e.head == S.where || (e.head == S.dcolon && e.args.size() == 2)) && !e.args.empty())
    return isEventuallyCall(e.args[0]);
  return false;
}

Parser::DepthGuard::DepthGuard(Parser& pp) : p(pp) {
  ++p.depth_;
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  bool stackDeep = p.stackBase_ && (p.stackBase_ - here) > 3 * 1024 * 1024;
  if ((p.depth_ > p.opts_.maxDepth || stackDeep) && !p.abort_) {
    p.error(p.peekTok(), diag::Kind::NestingTooDeep,
            "expression nested too deeply (the limit is " + std::to_string(p.opts_.maxDepth) + " levels)");
    p.abort_ = true;
  }
}

Parser::Parser(std::string_view text, size_t start, const ParseOptions& opts)
    : S(Syms::get()), src_(text), lex_(text, start), opts_(opts) {
  file_ = Value::symbol(opts.filename);
  lineStarts_.push_back(0);
  for (const char* p = text.data(), *e = text.data() + text.size(); p < e;) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(e - p));
    if (!nl) break;
    p = static_cast<const char*>(nl) + 1;
    lineStarts_.push_back(static_cast<uint32_t>(p - text.data()));
  }
  eofTok_.kind = K::EndMarker;
  eofTok_.start = eofTok_.end = static_cast<uint32_t>(text.size());
  eofTok_.line = static_cast<uint32_t>(lineStarts_.size());
  eofTok_.spaceBefore = true;
  lastEnd = start;
  stackBase_ = static_cast<const char*>(__builtin_frame_address(0));
}

// ---------------------------------------------------------------------------------------
// Token stream

const Token& Parser::peekTokNl(int n, bool skipNl) {
  if (abort_) return eofTok_;
  if (n == 1 && !buf_.empty() && (buf_.front().kind != K::NewlineWs || !skipNl)) return buf_.front();
  size_t i = 0;
  int count = 0;
  while (true) {
    while (buf_.size() <= i) buf_.push_back(lex_.next());
    const Token& t = buf_[i];
    if (t.kind == K::NewlineWs && skipNl) { ++i; continue; }
    if (++count == n || t.kind == K::EndMarker) return t;
    ++i;
  }
}

const Token& Parser::peekTok(int n) { return peekTokNl(n, ps.wsNewline); }

Token Parser::bumpNl(bool skipNl) {
  if (abort_) return eofTok_;
  if (buf_.empty()) buf_.push_back(lex_.next());
  while (skipNl && buf_.front().kind == K::NewlineWs) {
    buf_.pop_front();
    if (buf_.empty()) buf_.push_back(lex_.next());
  }
  Token t = buf_.front();
  if (t.kind != K::EndMarker) buf_.pop_front();
  lastTok = t;
  lastEnd = t.end;
  return t;
}

Token Parser::bump() { return bumpNl(ps.wsNewline); }

void Parser::bumpTrivia() {
  while (!abort_ && peekTokNl(1, false).kind == K::NewlineWs) bumpNl(false);
}

bool Parser::atEnd() { return peekTokNl(1, true).kind == K::EndMarker; }

// ---------------------------------------------------------------------------------------
// Diagnostics

int Parser::lineAt(size_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), static_cast<uint32_t>(offset));
  return static_cast<int>(it - lineStarts_.begin());
}

void Parser::errorAt(size_t offset, diag::Kind kind, std::string msg) {
  if (static_cast<int>(errors_.size()) >= opts_.maxErrors) {
    abort_ = true;
    return;
  }
  offset = std::min(offset, src_.size());
  int line = lineAt(offset);
  size_t ls = lineStarts_[static_cast<size_t>(line - 1)];
  int col = 1;
  for (size_t i = ls; i < offset; ++i)
    if ((static_cast<unsigned char>(src_[i]) & 0xC0) != 0x80) ++col;
  diag::Diagnostic d;
  d.kind = kind;
  d.severity = diag::Severity::Error;
  d.loc = {opts_.filename, line, col};
  d.message = std::move(msg);
  // One diagnostic per position is enough: recovery can report the same spot twice.
  if (!errors_.empty() && errors_.back().loc.line == line && errors_.back().loc.col == col) return;
  errors_.push_back(std::move(d));
  if (static_cast<int>(errors_.size()) >= opts_.maxErrors) abort_ = true;
}

void Parser::error(const Token& at, diag::Kind kind, std::string msg) { errorAt(at.start, kind, std::move(msg)); }

Value Parser::errorExpr(std::vector<Value> args) {
  last = NK::Error;
  lastParens = false;
  return makeExpr(S.errorSym, std::move(args));
}

// ---------------------------------------------------------------------------------------
// Statements

// Parse a newline or semicolon-delimited list of statements, each preceded by the
// LineNumberNode of its first token.
// a;b;c       ==>  (block a b c)
// a;;;b;;     ==>  (block a b)
// \n a        ==>  (block a)
void Parser::parseBlockInner(std::vector<Value>& out, Value (Parser::*down)()) {
  auto closing = [&](K k) {
    return k == K::End || k == K::Else || k == K::Elseif || k == K::Catch || k == K::Finally ||
           k == K::EndMarker;
  };
  auto delim = [](K k) { return k == K::NewlineWs || k == K::Semicolon; };
  bumpTrivia();
  K k = peek();
  if (closing(k) && !(k == K::End && ps.endSymbol)) return;
  if (!delim(k)) {
    const Token t = peekTok();
    int line = static_cast<int>(t.line);
    Value v = (this->*down)();
    out.push_back(lnn(line));
    out.push_back(std::move(v));
  }
  while (delim(peek())) {
    bump();
    k = peek();
    if (k == K::EndMarker || closing(k)) break;
    if (delim(k)) continue;
    int line = static_cast<int>(peekTok().line);
    Value v = (this->*down)();
    out.push_back(lnn(line));
    out.push_back(std::move(v));
  }
}

// A block node whose empty form carries the LineNumberNode of `blockStart`.
Value Parser::parseBlock(Value (Parser::*down)(), size_t blockStart) {
  std::vector<Value> args;
  parseBlockInner(args, down);
  if (args.empty()) args.push_back(lnnAt(blockStart));
  last = NK::BlockForm;
  lastParens = false;
  return makeExpr(S.block, std::move(args));
}

// ";" at the top level produces a sequence of top level expressions
// a;b;c    ==>  (toplevel a b c)
// a;;;b;;  ==>  (toplevel a b)
Value Parser::parseStmts(bool& hadSemicolons) {
  std::vector<Value> items;
  int nDelims = 0;
  bumpTrivia();
  K k = peek();
  if (k != K::Semicolon && k != K::NewlineWs) items.push_back(parsePublic());
  while (peek() == K::Semicolon) {
    bump();
    ++nDelims;
    k = peek();
    if (k == K::EndMarker || k == K::NewlineWs) break;
    if (k == K::Semicolon) continue;
    items.push_back(parsePublic());
  }
  // Junk after the statement: x y  ==>  x (error)
  if (peek() != K::EndMarker && peek() != K::NewlineWs) {
    const Token t = peekTok();
    error(t, diag::Kind::ExtraToken, "extra tokens after end of expression");
    while (peek() != K::EndMarker && peek() != K::NewlineWs) bump();
  }
  hadSemicolons = nDelims != 0;
  if (hadSemicolons) return makeExpr(S.toplevel, std::move(items));
  return items.empty() ? Value() : items[0];
}

Value Parser::parseToplevel() {
  std::vector<Value> args;
  while (!abort_) {
    if (peekNl(1, true) == K::EndMarker) break;
    bumpTrivia();
    int line = static_cast<int>(peekTok().line);
    bool semis = false;
    Value v = parseStmts(semis);
    args.push_back(lnn(line));
    args.push_back(std::move(v));
  }
  return makeExpr(S.toplevel, std::move(args));
}

Value Parser::parseStatementLine() {
  if (atEnd()) return Value();
  bool semis = false;
  return parseStmts(semis);
}

size_t Parser::offsetAfterStatement() {
  // Consume a trailing newline, as Meta.parse(str, pos) does.
  if (!abort_ && peekNl(1, false) == K::NewlineWs) bumpNl(false);
  return lastEnd;
}

// Parse `public foo, bar` (a statement only at top level and in modules).
Value Parser::parsePublic() {
  if (peek() == K::Public) {
    K k2 = peek(2);
    if (!(k2 == K::LParen || k2 == K::LBracket || peekIsOp(S.eq, 2))) return parseResword();
  }
  return parseDocstring();
}

// Docstrings attached by a space or a single newline
// "doc" foo      ==>  (macrocall (. Core (quote @doc)) LNN "doc" foo)
// "doc" \n foo   ==>  (macrocall (. Core (quote @doc)) LNN "doc" foo)
// "notdoc" \n\n foo ==> "notdoc"
Value Parser::parseDocstring() { return parseDocstringIn(&Parser::parseEq); }

Value Parser::parseDocstringIn(Value (Parser::*down)()) {
  int line = static_cast<int>(peekTokNl(1, true).line);
  Value ex = (this->*down)();
  if (last != NK::String) return ex;
  K k = peek();
  if (isClosingToken(k)) return ex;
  if (k == K::NewlineWs) {
    K k2 = peek(2);
    if (isClosingToken(k2) || k2 == K::NewlineWs) return ex;
    bump();
  }
  Value target = (this->*down)();
  last = NK::Macrocall;
  lastParens = false;
  Value name = makeExpr(S.dot, {Value::symbol(S.core), makeQuoteNode(Value::symbol("@doc"))});
  return makeExpr(S.macrocall, {name, lnn(line), ex, target});
}

// Assignments with comma separated lists on each side
// a = b         ==>  (= a b)
// a .= b        ==>  (.= a b)
// a += b        ==>  (+= a b)
// a, b = c, d   ==>  (= (tuple a b) (tuple c d))
// x, = xs       ==>  (= (tuple x) xs)
Value Parser::parseEq() { return parseAssignment(&Parser::parseComma); }

// Used where commas are special, e.g. in argument lists.
Value Parser::parseEqStar() { return parseAssignment(&Parser::parsePair); }

Value Parser::parseAssignment(Value (Parser::*down)()) {
  DepthGuard g(*this);
  bumpTrivia();
  size_t start = peekTok().start;
  Value lhs = (this->*down)();
  return parseAssignmentWithInitial(std::move(lhs), start, down);
}

Value Parser::parseAssignmentWithInitial(Value lhs, size_t lhsStart, Value (Parser::*down)()) {
  const Token t = peekTok();
  if (t.kind != K::Op || t.prec != Prec::Assign) return lhs;
  if (t.op == S.tilde) {
    // [a ~b]  ==>  (hcat a (call ~ b))
    if (ps.spaceSensitive && t.spaceBefore && !peekTok(2).spaceBefore) return lhs;
    // a ~ b   ==>  (call ~ a b)
    Token op = bump();
    Value rhs = parseAssignment(down);
    last = NK::Call;
    lastParens = false;
    return makeExpr(S.call, {Value::symbol(opSymbol(op)), lhs, rhs});
  }
  Token op = bump();
  bumpTrivia();
  Value rhs = parseAssignment(down);
  Symbol head = opSymbol(op);
  last = NK::Other;
  lastParens = false;
  if (head == S.eq && isEventuallyCall(lhs)) {
    // f(x) = x  ==>  (= (call f x) (block LNN x))
    Value l = lnnAt(lhsStart);
    if (isExpr(rhs, S.block)) {
      auto& a = ex(rhs).args;
      a.insert(a.begin(), l);
    } else {
      rhs = makeExpr(S.block, {l, rhs});
    }
  }
  return makeExpr(head, {std::move(lhs), std::move(rhs)});
}

// Commas outside parentheses: a = b,c  ==>  (= a (tuple b c))
Value Parser::parseComma() {
  int n = 0;
  return parseCommaNoEmit(n);
}

Value Parser::parseCommaNoEmit(int& nCommas) {
  std::vector<Value> items;
  items.push_back(parsePair());
  nCommas = 0;
  while (peek() == K::Comma) {
    bump();
    ++nCommas;
    if (peekIsOp(S.eq)) continue;  // x, = xs
    items.push_back(parsePair());
  }
  if (nCommas == 0) return items[0];
  last = NK::Other;
  lastParens = false;
  return makeExpr(S.tuple, std::move(items));
}

// a => b  ==>  (call => a b)
Value Parser::parsePair() {
  Value lhs = parseCond();
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::Pair) {
    Token op = bump();
    Value rhs = parsePair();
    last = NK::Call;
    lastParens = false;
    return makeExpr(S.call, {Value::symbol(opSymbol(op)), lhs, rhs});
  }
  return lhs;
}

// a ? b : c  ==>  (if a b c)
Value Parser::parseCond() {
  Value cond = parseArrow();
  const Token t = peekTok();
  if (!(t.kind == K::Op && t.prec == Prec::Cond)) return cond;
  if (!t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "space required before `?` operator");
  bump();
  if (!peekTok().spaceBefore) error(peekTok(), diag::Kind::UnexpectedToken, "space required after `?` operator");
  Value then;
  {
    PState s = ps;
    s.rangeColon = false;
    StateGuard g(*this, s);
    then = parseEqStar();
  }
  const Token c = peekTok();
  if (!c.spaceBefore) error(c, diag::Kind::UnexpectedToken, "space required before `:` in `?` expression");
  if (isOp(c, S.colon)) {
    bump();
  } else {
    error(c, diag::Kind::ExpectedToken, "`:` expected in `?` expression");
  }
  const Token e = peekTokNl(1, true);
  if (!e.spaceBefore) error(e, diag::Kind::UnexpectedToken, "space required after `:` in `?` expression");
  if (isBlockContinuation(e.kind)) {
    error(e, diag::Kind::UnexpectedToken, std::string("unexpected `") + kindName(e.kind) + "`");
    last = NK::Other;
    return makeExpr(S.if_, {cond, then});
  }
  Value els = parseEqStar();
  last = NK::Other;
  lastParens = false;
  return makeExpr(S.if_, {cond, then, els});
}

// x → y     ==>  (call → x y)
// x --> y   ==>  (--> x y)      the only syntactic arrow
Value Parser::parseArrow() {
  Value lhs = parseOr();
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::Arrow) {
    Token op = bump();
    Value rhs = parseArrow();
    last = NK::Call;
    lastParens = false;
    if (op.op == Symbol("-->") && !op.dotted && !op.suffixed) {
      last = NK::Other;
      return makeExpr(op.op, {lhs, rhs});
    }
    return makeExpr(S.call, {Value::symbol(opSymbol(op)), lhs, rhs});
  }
  return lhs;
}

// x || y || z  ==>  (|| x (|| y z))
Value Parser::parseOr() {
  Value lhs = parseAnd();
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::LazyOr) {
    Token op = bump();
    Value rhs = parseOr();
    last = NK::Other;
    lastParens = false;
    return makeExpr(opSymbol(op), {lhs, rhs});
  }
  return lhs;
}

// x && y && z  ==>  (&& x (&& y z))
Value Parser::parseAnd() {
  Value lhs = parseComparison();
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::LazyAnd) {
    Token op = bump();
    Value rhs = parseAnd();
    last = NK::Other;
    lastParens = false;
    return makeExpr(opSymbol(op), {lhs, rhs});
  }
  return lhs;
}

// x < y        ==>  (call < x y)
// x <: y       ==>  (<: x y)
// x < y < z    ==>  (comparison x < y < z)
// x .< y .< z  ==>  (comparison x .< y .< z)
Value Parser::parseComparison(bool subtypeComparison) {
  Value first;
  if (subtypeComparison && isReservedWord(peek())) {
    Token t = bump();
    error(t, diag::Kind::UnexpectedToken, std::string("Invalid type name `") + kindName(t.kind) + "`");
    first = errorExpr({Value::symbol(kindName(t.kind))});
  } else {
    first = parsePipeLt();
  }
  std::vector<Value> items;
  Token firstOp;
  int n = 0;
  while (true) {
    const Token t = peekTok();
    if (!(t.kind == K::Op && t.prec == Prec::Comparison)) break;
    if (items.empty()) items.push_back(first);
    Token op = bump();
    if (n == 0) firstOp = op;
    ++n;
    items.push_back(Value::symbol(opSymbol(op)));
    items.push_back(parsePipeLt());
  }
  if (n == 0) return first;
  last = NK::Call;
  lastParens = false;
  if (n == 1) {
    if ((firstOp.op == S.subtype || firstOp.op == S.supertype) && !firstOp.dotted) {
      last = NK::Other;
      return makeExpr(firstOp.op, {items[0], items[2]});
    }
    return makeExpr(S.call, {items[1], items[0], items[2]});
  }
  last = NK::Other;
  return makeExpr(S.comparison, std::move(items));
}

// x <| y <| z  ==>  (call <| x (call <| y z))
Value Parser::parsePipeLt() {
  Value lhs = parsePipeGt();
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::Pipe && t.op == Symbol("<|")) {
    Token op = bump();
    Value rhs = parsePipeLt();
    last = NK::Call;
    lastParens = false;
    return makeExpr(S.call, {Value::symbol(opSymbol(op)), lhs, rhs});
  }
  return lhs;
}

// x |> y |> z  ==>  (call |> (call |> x y) z)
Value Parser::parsePipeGt() {
  Value ex = parseRange();
  while (true) {
    const Token t = peekTok();
    if (!(t.kind == K::Op && t.prec == Prec::Pipe && t.op == Symbol("|>"))) break;
    Token op = bump();
    Value rhs = parseRange();
    ex = makeExpr(S.call, {Value::symbol(opSymbol(op)), ex, rhs});
    last = NK::Call;
    lastParens = false;
  }
  return ex;
}

// 1:2        ==>  (call : 1 2)
// 1:2:3      ==>  (call : 1 2 3)
// a:b:c:d:e  ==>  (call : (call : a b c) d e)
// a..b       ==>  (call .. a b)
// x...       ==>  (... x)
Value Parser::parseRange() {
  Value ex = parseInvalidOps();
  const Token t0 = peekTok();
  if (t0.kind == K::Op && t0.prec == Prec::Colon && t0.op != S.colon) {
    Token op = bump();
    Value rhs = parseInvalidOps();
    ex = makeExpr(S.call, {Value::symbol(opSymbol(op)), ex, rhs});
    last = NK::Call;
    lastParens = false;
  } else if (isOp(t0, S.colon) && ps.rangeColon) {
    int nColons = 0;
    Value mid;
    while (peekIsOp(S.colon)) {
      if (ps.spaceSensitive && peekTok().spaceBefore && !peekTok(2).spaceBefore) break;  // [1 :a]
      const Token t2 = peekTok(2);
      if (t2.kind == K::Op && (t2.op == Symbol("<") || t2.op == Symbol(">")) && !t2.spaceBefore) {
        error(t2, diag::Kind::UnexpectedToken,
              std::string("Invalid `:") + t2.op.str() + "` found, maybe replace with `" + t2.op.str() + ":`");
        bump();
        bump();
        Value rhs = parseInvalidOps();
        ex = makeExpr(S.call, {errorExpr(), ex, rhs});
        nColons = 0;
        break;
      }
      ++nColons;
      bump();
      bool hadNewline = peek() == K::NewlineWs;
      const Token t = peekTok();
      if (isClosingToken(t.kind)) {
        error(t, diag::Kind::UnexpectedToken, "missing last argument in range expression");
        std::vector<Value> a{Value::symbol(S.colon), ex};
        if (nColons == 2) a.push_back(mid);
        a.push_back(errorExpr());
        last = NK::Call;
        return makeExpr(S.call, std::move(a));
      }
      if (hadNewline) {
        error(t, diag::Kind::UnexpectedToken, "line break after `:` in range expression");
        std::vector<Value> a{Value::symbol(S.colon), ex};
        if (nColons == 2) a.push_back(mid);
        a.push_back(errorExpr());
        last = NK::Call;
        return makeExpr(S.call, std::move(a));
      }
      Value operand = parseInvalidOps();
      if (nColons == 2) {
        ex = makeExpr(S.call, {Value::symbol(S.colon), ex, mid, operand});
        nColons = 0;
      } else {
        mid = operand;
      }
    }
    if (nColons > 0) ex = makeExpr(S.call, {Value::symbol(S.colon), ex, mid});
    if (ex.isExpr()) { last = NK::Call; lastParens = false; }
  }
  if (peekIsOp(S.dots3)) {
    bump();
    ex = makeExpr(S.dots3, {ex});
    last = NK::Splat;
    lastParens = false;
  }
  return ex;
}

// a--b  ==>  (call (error) a b)  -- invalid operators, parsed for better recovery
Value Parser::parseInvalidOps() {
  Value ex = parseExpr();
  while (peek() == K::Error && peekTok().error && std::strncmp(peekTok().error, "invalid operator", 16) == 0) {
    Token t = bump();
    error(t, diag::Kind::UnexpectedToken, t.error);
    Value rhs = parseExpr();
    ex = makeExpr(S.call, {errorExpr(), ex, rhs});
  }
  return ex;
}

// a - b - c  ==>  (call - (call - a b) c)
// a + b + c  ==>  (call + a b c)
// a .+ b     ==>  (call .+ a b)
Value Parser::parseExpr() { return parseWithChains(&Parser::parseTerm, Prec::Plus, true); }

// a * b * c  ==>  (call * a b c)
Value Parser::parseTerm() { return parseWithChains(&Parser::parseRational, Prec::Times, false); }

static bool isBothUnaryAndBinary(const Token& t) {
  if (t.kind != K::Op || t.suffixed) return false;
  const std::string& s = t.op.str();
  if (s == "+" || s == "-" || s == "⋆" || s == "±" || s == "∓") return true;
  return (s == "$" || s == "&" || s == "~") && !t.dotted;
}

Value Parser::parseWithChains(Value (Parser::*down)(), Prec prec, bool plusLevel) {
  Value ex = (this->*down)();
  while (true) {
    const Token t = peekTok();
    if (!(t.kind == K::Op && t.prec == prec)) break;
    // [x +y]  ==>  (hcat x (call + y))
    if (ps.spaceSensitive && t.spaceBefore && isBothUnaryAndBinary(t) && !peekTok(2).spaceBefore) break;
    Token op = bump();
    Value rhs = (this->*down)();
    bool chains = !op.dotted && !op.suffixed &&
                  (plusLevel ? (op.op == S.plus || op.op == Symbol("++")) : op.op == S.star);
    std::vector<Value> args{Value::symbol(opSymbol(op)), ex, rhs};
    if (chains) {
      while (true) {
        const Token t2 = peekTok();
        if (!(t2.kind == K::Op && t2.op == op.op && !t2.dotted && !t2.suffixed)) break;
        if (ps.spaceSensitive && t2.spaceBefore && isBothUnaryAndBinary(t2) && !peekTok(2).spaceBefore) break;
        bump();
        args.push_back((this->*down)());
      }
    }
    ex = makeExpr(S.call, std::move(args));
    last = NK::Call;
    lastParens = false;
  }
  return ex;
}

// x // y // z  ==>  (call // (call // x y) z)
Value Parser::parseRational() {
  Value ex = parseShift();
  while (true) {
    const Token t = peekTok();
    if (!(t.kind == K::Op && t.prec == Prec::Rational)) break;
    Token op = bump();
    Value rhs = parseShift();
    ex = makeExpr(S.call, {Value::symbol(opSymbol(op)), ex, rhs});
    last = NK::Call;
    lastParens = false;
  }
  return ex;
}

// x >> y >> z  ==>  (call >> (call >> x y) z)
Value Parser::parseShift() {
  Value ex = parseUnarySubtype();
  while (true) {
    const Token t = peekTok();
    if (!(t.kind == K::Op && t.prec == Prec::Bitshift)) break;
    Token op = bump();
    Value rhs = parseUnarySubtype();
    ex = makeExpr(S.call, {Value::symbol(opSymbol(op)), ex, rhs});
    last = NK::Call;
    lastParens = false;
  }
  return ex;
}

static bool isTypeOperator(const Token& t, const Syms& S) {
  return t.kind == K::Op && (t.op == S.subtype || t.op == S.supertype) && !t.dotted;
}

// <: A where B  ==>  (<: (where A B))
// <: )          ==>  <:
Value Parser::parseUnarySubtype() {
  bumpTrivia();
  const Token t = peekTok();
  if (isTypeOperator(t, S)) {
    const Token t2 = peekTok(2);
    if (isClosingToken(t2.kind) || t2.kind == K::NewlineWs || isOp(t2, S.eq)) {
      Token op = bump();
      last = NK::Identifier;
      lastParens = false;
      return Value::symbol(op.op);
    }
    if (t2.kind == K::LBrace || t2.kind == K::LParen) return parseWhere(&Parser::parseJuxtapose);
    Token op = bump();
    Value arg = parseUnarySubtype();
    last = NK::Other;
    lastParens = false;
    return makeExpr(op.op, {arg});
  }
  return parseWhere(&Parser::parseJuxtapose);
}

// x where T       ==>  (where x T)
// x where {T,S}   ==>  (where x T S)
Value Parser::parseWhere(Value (Parser::*down)()) {
  Value ex = (this->*down)();
  if (ps.whereEnabled && peekIsOp(S.where)) return parseWhereChain(std::move(ex));
  return ex;
}

Value Parser::parseWhereChain(Value ex) {
  PState s = ps;
  s.whereEnabled = false;
  StateGuard g(*this, s);
  while (peekIsOp(S.where)) {
    bump();
    bumpTrivia();
    if (peek() == K::LBrace) {
      bump();
      Symbol kind;
      Value braces = parseCat(K::RBrace, ps.endSymbol, kind);
      std::vector<Value> args{ex};
      if (kind == S.vect || kind == S.comprehension) {
        const auto& ba = braces.as<ExprObj>().args;
        if (kind == S.comprehension) {
          args.push_back(makeExpr(S.braces, ba));
        } else {
          args.insert(args.end(), ba.begin(), ba.end());
        }
      } else {
        args.push_back(braces);
      }
      ex = makeExpr(S.where, std::move(args));
    } else {
      Value rhs = parseComparison();
      ex = makeExpr(S.where, {ex, rhs});
    }
    last = NK::Other;
    lastParens = false;
  }
  return ex;
}

static bool isNumberKind(K k) { return k >= K::Integer && k <= K::Float32; }
static bool isRadical(const Token& t) {
  if (t.kind != K::Op) return false;
  const std::string& s = t.op.str();
  return s == "√" || s == "∛" || s == "∜";
}

// Juxtaposition
// 2x        ==>  (call * 2 x)
// 2(x)      ==>  (call * 2 x)
// (2)(3)x   ==>  (call * 2 3 x)
// x'y       ==>  (call * (' x) y)
Value Parser::parseJuxtapose() {
  Value first = parseUnary();
  std::vector<Value> terms;
  while (true) {
    const Token t = peekTok();
    NK prev = last;
    bool jux = false;
    bool prevBlocks = prev == NK::BlockForm || prev == NK::SynUnary || prev == NK::Dollar;
    if (!t.spaceBefore &&
        (prev == NK::Number || (!isNumberKind(t.kind) && t.kind != K::At && !prevBlocks)) &&
        (t.kind != K::Op || isRadical(t)) && !isClosingToken(t.kind) && t.kind != K::NewlineWs &&
        t.kind != K::Error) {
      if (prev == NK::String || t.kind == K::DQuote || t.kind == K::TripleDQuote) {
        error(t, diag::Kind::UnexpectedToken, "cannot juxtapose string literal");
        jux = true;
      } else if (!isInitialReservedWord(t.kind)) {
        jux = true;
      }
    }
    if (!jux) break;
    if (terms.empty()) terms.push_back(first);
    terms.push_back(isRadical(t) ? parseUnary() : parseFactor());
  }
  if (terms.empty()) return first;
  terms.insert(terms.begin(), Value::symbol(S.star));
  last = NK::Call;
  lastParens = false;
  return makeExpr(S.call, std::move(terms));
}

static bool isUnaryOp(const Token& t, const Syms& S) {
  if (t.kind != K::Op || t.suffixed) return false;
  if ((t.op == S.subtype || t.op == S.supertype) && !t.dotted) return true;
  static const char* const kUnary[] = {"+", "-", "!", "~", "¬", "√", "∛", "∜", "⋆", "±", "∓"};
  for (const char* s : kUnary)
    if (t.op.str() == s) return true;
  return false;
}

bool isSyntacticOperator(const Token& t) {
  if (t.kind != K::Op) return false;
  const std::string& s = t.op.str();
  if (s == "&&" || s == "||" || s == "." || s == "..." || s == "->") return true;
  return t.prec == Prec::Assign && s != "~";
}

// Prefix operators and numeric literal signs
// -x     ==>  (call - x)
// -2     ==>  -2
// -2^x   ==>  (call - (call ^ 2 x))
// +(a,b) ==>  (call + a b)
// .~x    ==>  (call .~ x)
Value Parser::parseUnary() {
  DepthGuard dg(*this);
  bumpTrivia();
  const Token t = peekTok();
  bool isSynUnary = t.kind == K::Op && !t.dotted && (t.op == S.dollar || t.op == S.amp || t.op == S.dcolon);
  if (t.kind != K::Op || t.word || t.op == S.colon || t.op == S.tick || isSynUnary ||
      isSyntacticOperator(t)) {
    return parseFactor();
  }
  const Token t2 = peekTok(2);
  if ((t.op == S.minus || t.op == S.plus) && !t.dotted && !t.suffixed && !t2.spaceBefore &&
      (t2.kind == K::Integer || t2.kind == K::Float || t2.kind == K::Float32 ||
       (t.op == S.plus && (t2.kind == K::BinInt || t2.kind == K::HexInt || t2.kind == K::OctInt)))) {
    const Token t3 = peekTok(3);
    if ((t3.kind == K::Op && t3.prec == Prec::Power) || t3.kind == K::LBracket || t3.kind == K::LBrace) {
      // -2^x  ==>  (call - (call ^ 2 x))
      Token op = bump();
      Value arg = parseFactor();
      last = NK::Call;
      lastParens = false;
      return makeExpr(S.call, {Value::symbol(op.op), arg});
    }
    Token op = bump();
    Token num = bump();
    Value v = parseNumber(num, op.op == S.minus);
    last = NK::Number;
    lastParens = false;
    return parseFactorWithInitial(std::move(v));
  }
  if (isClosingToken(t2.kind) || t2.kind == K::NewlineWs || isOp(t2, S.eq)) return parseAtom();
  bool unary = isUnaryOp(t, S);
  if (t2.kind == K::LBrace || (!unary && t2.kind == K::LParen)) return parseFactor();
  if (t2.kind == K::LParen) {
    // +(a,b) is a call; +(a) applies + to a parenthesized expression.
    Token op = bump();
    bool spaceBeforeParen = t2.spaceBefore;
    Token lp = bump();
    bool initialSemi = peekNl(1, true) == K::Semicolon;
    Brackets b;
    parseBrackets(K::RParen, b);
    bool isParenCall = b.hadCommas || b.hadSplat || (initialSemi && b.numSubexprs > 0) ||
                       (initialSemi && b.numSemis == 1) || (b.numSemis == 0 && b.numSubexprs == 0);
    bool typeOp = isTypeOperator(op, S);
    Value opSym = Value::symbol(opSymbol(op));
    if (isParenCall) {
      if (spaceBeforeParen)
        error(lp, diag::Kind::UnexpectedToken, "whitespace not allowed between prefix function call and argument list");
      std::vector<Value> args;
      if (!typeOp) args.push_back(opSym);
      if (!b.params.empty()) {
        // params nest and go first (after the function)
        Value p;
        for (size_t i = b.params.size(); i-- > 0;) {
          std::vector<Value> items;
          if (!p.isNothing()) items.push_back(p);
          for (auto& v : b.params[i]) items.push_back(isExpr(v, S.eq) ? makeExpr(S.kw, v.as<ExprObj>().args) : v);
          p = makeExpr(S.parameters, std::move(items));
        }
        args.push_back(p);
      }
      for (auto& v : b.args) args.push_back((isExpr(v, S.eq) && !typeOp) ? makeExpr(S.kw, v.as<ExprObj>().args) : v);
      Value call = makeExpr(typeOp ? op.op : S.call, std::move(args));
      last = NK::Call;
      lastParens = false;
      call = parseCallChain(call, op.start, false);
      return parseFactorWithInitial(call);
    }
    Value inner;
    if (b.numSemis > 0) {
      std::vector<Value> items;
      for (size_t i = 0; i < b.items.size(); ++i) {
        if (i > 0) items.push_back(lnn(b.itemLines[i]));
        items.push_back(b.items[i]);
      }
      inner = makeExpr(S.block, std::move(items));
      last = NK::BlockForm;
    } else {
      inner = b.args.empty() ? Value() : b.args[0];
    }
    lastParens = true;
    inner = parseCallChain(inner, lp.start, false);
    inner = parseFactorWithInitial(inner);
    last = NK::Call;
    lastParens = false;
    if (typeOp) return makeExpr(op.op, {inner});
    return makeExpr(S.call, {opSym, inner});
  }
  Token op = bump();
  if (!unary) error(op, diag::Kind::UnexpectedToken, "not a unary operator");
  Value arg = parseUnary();
  last = NK::Call;
  lastParens = false;
  if (isTypeOperator(op, S)) return makeExpr(op.op, {arg});
  Value f = Value::symbol(opSymbol(op));
  if (!unary) f = errorExpr({f});
  last = NK::Call;
  return makeExpr(S.call, {f, arg});
}

// x^y    ==>  (call ^ x y)
// x^y^z  ==>  (call ^ x (call ^ y z))
Value Parser::parseFactor() {
  size_t start = peekTok().start;
  Value ex = parseCall();
  ex = parseDeclWithInitial(std::move(ex), start);
  return parseFactorWithInitial(std::move(ex));
}

Value Parser::parseFactorWithInitial(Value ex) {
  // (the :: and -> suffixes were handled by the caller for parseFactor)
  if (peekIsOp(S.dcolon) || peekIsOp(S.arrow)) ex = parseDeclWithInitial(std::move(ex), lastEnd);
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::Power) {
    Token op = bump();
    Value rhs = parseFactorAfter();
    last = NK::Call;
    lastParens = false;
    return makeExpr(S.call, {Value::symbol(opSymbol(op)), ex, rhs});
  }
  return ex;
}

Value Parser::parseFactorAfter() {
  Value lhs = parseJuxtapose();
  const Token t = peekTok();
  if (t.kind == K::Op && t.prec == Prec::Power) {
    Token op = bump();
    Value rhs = parseFactorAfter();
    last = NK::Call;
    lastParens = false;
    return makeExpr(S.call, {Value::symbol(opSymbol(op)), lhs, rhs});
  }
  return lhs;
}

// a::b      ==>  (:: a b)
// a->b      ==>  (-> a (block LNN b))
Value Parser::parseDeclWithInitial(Value ex, size_t exStart) {
  while (peekIsOp(S.dcolon)) {
    bump();
    Value rhs = parseWhere(&Parser::parseCall);
    ex = makeExpr(S.dcolon, {ex, rhs});
    last = NK::SynUnary;
    lastParens = false;
  }
  if (peekIsOp(S.arrow)) {
    bump();
    Value rhs = parseEqStar();
    Value l = lnnAt(exStart);
    if (isExpr(rhs, S.block)) {
      auto& a = rhs.asMut<ExprObj>().args;
      a.insert(a.begin(), l);
    } else {
      rhs = makeExpr(S.block, {l, rhs});
    }
    ex = makeExpr(S.arrow, {ex, rhs});
    last = NK::Other;
    lastParens = false;
  }
  return ex;
}

// Parse function calls, indexing, field access ... and reserved words
// f(x)   ==>  (call f x)
// $f(x)  ==>  (call ($ f) x)
Value Parser::parseCall() {
  if (peekInitialReservedWords()) return parseResword();
  size_t start = peekTok().start;
  Value ex = parseUnaryPrefix();
  return parseCallChain(std::move(ex), start, false);
}

// &a   ==>  (& a)
// ::a  ==>  (:: a)
// $a   ==>  ($ a)
Value Parser::parseUnaryPrefix() {
  const Token t = peekTok();
  if (t.kind == K::Op && !t.dotted && (t.op == S.dollar || t.op == S.amp || t.op == S.dcolon)) {
    Symbol k = t.op;
    K k2 = peek(2);
    if (k != S.dcolon && (isClosingToken(k2) || k2 == K::NewlineWs)) {
      bump();
      last = NK::Identifier;
      lastParens = false;
      return Value::symbol(k);
    }
    bump();
    Value arg = k == S.dollar ? parseUnaryPrefix() : parseWhere(&Parser::parseCall);
    last = k == S.dollar ? NK::Dollar : NK::SynUnary;
    lastParens = false;
    return makeExpr(k, {arg});
  }
  return parseAtom();
}

Symbol Parser::opSymbol(const Token& op) const {
  if (!op.dotted) return op.op;
  return Symbol("." + op.op.str());
}

}  // namespace detail

// ---------------------------------------------------------------------------------------
// Public API

namespace {
template <class F>
ParseResult guarded(std::string_view text, size_t start, const ParseOptions& opts, F f) {
  ParseResult r;
  try {
    detail::Parser p(text, start, opts);
    r.value = f(p);
    r.endOffset = p.lastEnd;
    r.errors = std::move(p.errors());
  } catch (const std::exception& e) {
    diag::Diagnostic d{diag::Kind::UnexpectedToken, diag::Severity::Error, {opts.filename, 1, 1},
                       std::string("internal parser error: ") + e.what(), {}};
    r.errors.push_back(std::move(d));
    r.value = makeExpr("error", {});
  }
  return r;
}
}  // namespace

ParseResult parseFile(std::string_view text, const ParseOptions& opts) {
  return guarded(text, 0, opts, [](detail::Parser& p) { return p.parseToplevel(); });
}

ParseResult parseOne(std::string_view text, const ParseOptions& opts) {
  return guarded(text, 0, opts, [](detail::Parser& p) {
    Value v = p.parseStatementLine();
    if (!p.atEnd() && p.errors().empty())
      p.error(p.peekTokNl(1, true), diag::Kind::ExtraToken, "extra tokens after end of expression");
    return v;
  });
}

ParseResult parseAt(std::string_view text, size_t start, const ParseOptions& opts) {
  ParseResult r = guarded(text, start, opts, [](detail::Parser& p) {
    Value v = p.parseStatementLine();
    p.offsetAfterStatement();
    return v;
  });
  return r;
}

}  // namespace jl::syntax
