// The parser, part 3: atoms (identifiers, literals, quotes), parentheses, brackets and
// array syntax, strings with interpolation, and postfix call chains (calls, indexing,
// field access, macro calls, string macros). See parse_impl.hpp.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <algorithm>

#include "syntax/parse_impl.hpp"

namespace jl::syntax::detail {

namespace {
bool isStringDelim(K k) { return k == K::DQuote || k == K::TripleDQuote; }
bool isCmdDelim(K k) { return k == K::Backtick || k == K::TripleBacktick; }

// `:x` gives QuoteNode(:x); `:(a+b)` gives Expr(:quote, ...).
Value colonQuote(Value a) {
  if (a.isExpr() || a.isObject(ObjKind::QuoteNode) || a.isBool()) return makeExpr("quote", {std::move(a)});
  return makeQuoteNode(std::move(a));
}

Value coreRef(const char* name) {
  return makeExpr(".", {Value::symbol("Core"), makeQuoteNode(Value::symbol(name))});
}

// Unescape a non-raw string chunk into `out`; returns false on an invalid escape.
bool unescapeJulia(std::string_view s, std::string& out, std::string& err) {
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (c != '\\') {
      if (c == '\r') {
        if (i + 1 < n && s[i + 1] == '\n') ++i;
        c = '\n';
      }
      out += c;
      ++i;
      continue;
    }
    ++i;
    if (i >= n) { err = "invalid escape sequence"; return false; }
    c = s[i];
    if (c == 'x' || c == 'u' || c == 'U') {
      int m = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      uint32_t v = 0;
      int k = 0;
      while (k < m && i + 1 < n && std::isxdigit(static_cast<unsigned char>(s[i + 1]))) {
        char d = s[i + 1];
        v = v * 16 + static_cast<uint32_t>(d <= '9' ? d - '0' : (d | 32) - 'a' + 10);
        ++i;
        ++k;
      }
      if (k == 0 || v > 0x10FFFF) {
        err = m == 2 ? "invalid hex escape sequence" : "invalid unicode escape sequence";
        return false;
      }
      if (m == 2) out += static_cast<char>(v);
      else out += encodeUtf8(v);
    } else if (c >= '0' && c <= '7') {
      uint32_t v = static_cast<uint32_t>(c - '0');
      int k = 1;
      while (k < 3 && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') {
        v = v * 8 + static_cast<uint32_t>(s[i + 1] - '0');
        ++i;
        ++k;
      }
      if (v > 255) { err = "invalid octal escape sequence"; return false; }
      out += static_cast<char>(v);
    } else {
      char u;
      switch (c) {
        case 'n': u = '\n'; break;
        case 't': u = '\t'; break;
        case 'r': u = '\r'; break;
        case 'e': u = '\x1b'; break;
        case 'b': u = '\b'; break;
        case 'f': u = '\f'; break;
        case 'v': u = '\v'; break;
        case 'a': u = '\a'; break;
        case '\\': u = '\\'; break;
        case '\'': u = '\''; break;
        case '"': u = '"'; break;
        case '$': u = '$'; break;
        case '`': u = '`'; break;
        default: err = "invalid escape sequence"; return false;
      }
      out += u;
    }
    ++i;
  }
  return true;
}

// Raw strings: only backslashes before the delimiter (or at the end) are escapes.
void unescapeRaw(std::string_view s, char delim, std::string& out) {
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (c != '\\') {
      if (c == '\r') {
        if (i + 1 < n && s[i + 1] == '\n') ++i;
        c = '\n';
      }
      out += c;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && s[j] == '\\') ++j;
    size_t nb = j - i;
    if ((j < n && s[j] == delim) || j >= n) nb /= 2;
    out.append(nb, '\\');
    i = j;
    if (i < n) out += s[i++];
  }
}

// Julia's identifier normalizations beyond NFC (which is not applied; see docs/syntax.md).
std::string normalizeIdentifier(std::string_view s) {
  std::string out(s);
  auto rep = [&](const char* from, const char* to) {
    size_t p = 0;
    while ((p = out.find(from, p)) != std::string::npos) {
      out.replace(p, std::strlen(from), to);
      p += std::strlen(to);
    }
  };
  rep("\xC9\x9B", "\xCE\xB5");  // ɛ -> ε
  rep("\xC2\xB5", "\xCE\xBC");  // µ -> μ
  rep("\xE2\x84\x8F", "\xC4\xA7");  // ℏ -> ħ
  return out;
}
}  // namespace

Value Parser::identifierValue(const Token& t) {
  std::string_view text = src_.substr(t.start, t.end - t.start);
  for (unsigned char c : text)
    if (c >= 0x80) return Value::symbol(normalizeIdentifier(text));
  return Value::symbol(text);
}

Value Parser::paramsValue(const Brackets& b, bool kwInParams) {
  Value p;
  for (size_t i = b.params.size(); i-- > 0;) {
    std::vector<Value> items;
    if (!p.isNothing()) items.push_back(p);
    for (const auto& v : b.params[i])
      items.push_back(kwInParams && isExpr(v, Syms::get().eq) ? makeExpr("kw", v.as<ExprObj>().args) : v);
    p = makeExpr(Syms::get().parameters, std::move(items));
  }
  return p;
}

void Parser::pushArgs(std::vector<Value>& out, const Brackets& b, bool kwArgs) {
  for (const auto& v : b.args)
    out.push_back(kwArgs && isExpr(v, Syms::get().eq) ? makeExpr("kw", v.as<ExprObj>().args) : v);
}

// Atoms: identifiers, literals, quoted symbols, parenthesized and bracketed expressions.
// :foo   ==>  (quote foo) printed as QuoteNode(:foo)
// :(a+b) ==>  (quote (call + a b))
// .+     ==>  (. +)
// [a, b] ==>  (vect a b)
Value Parser::parseAtom(bool checkIdentifiers) {
  DepthGuard dg(*this);
  bumpTrivia();
  const Token t = peekTok();
  lastParens = false;
  switch (t.kind) {
    case K::Error: {
      bump();
      diag::Kind k = diag::Kind::InvalidCharacter;
      std::string msg = t.error ? t.error : "invalid token";
      if (msg.find("numeric") != std::string::npos || msg.find("number") != std::string::npos ||
          msg.find("hex float") != std::string::npos)
        k = diag::Kind::InvalidNumber;
      else if (msg.find("character literal") != std::string::npos) k = diag::Kind::InvalidChar;
      else if (msg.find("comment") != std::string::npos) k = diag::Kind::UnterminatedComment;
      error(t, k, msg);
      return errorExpr();
    }
    case K::Char:
      bump();
      last = NK::Char;
      return parseCharLit(t);
    case K::Identifier:
      bump();
      last = NK::Identifier;
      return identifierValue(t);
    case K::True:
    case K::False:
      bump();
      last = NK::Other;
      return Value::boolean(t.kind == K::True);
    case K::Integer: case K::BinInt: case K::HexInt: case K::OctInt: case K::Float: case K::Float32:
      bump();
      last = NK::Number;
      return parseNumber(t, false);
    case K::LParen:
      return parseParen(checkIdentifiers);
    case K::LBracket: {
      bump();
      Symbol kind;
      Value v = parseCat(K::RBracket, ps.endSymbol, kind);
      last = NK::Other;
      lastParens = false;
      return v;
    }
    case K::LBrace: {
      bump();
      Symbol kind;
      Value v = parseCat(K::RBrace, ps.endSymbol, kind);
      const auto& a = v.as<ExprObj>().args;
      last = NK::Other;
      lastParens = false;
      if (kind == S.vect) return makeExpr(S.braces, a);
      if (kind == S.comprehension) return makeExpr(S.braces, a);
      if (kind == S.hcat) return makeExpr(S.bracescat, {makeExpr(S.row, a)});
      if (kind == S.ncat) return makeExpr(S.bracescat, {makeExpr(S.nrow, a)});
      return makeExpr(S.bracescat, a);
    }
    case K::At: {
      bump();
      Value name = parseMacroName();
      return parseCallChain(name, t.start, true);
    }
    case K::DQuote:
    case K::TripleDQuote: {
      bool plain = false;
      Value v = parseString(false, plain);
      last = NK::String;
      lastParens = false;
      return v;
    }
    case K::Backtick:
    case K::TripleBacktick: {
      bool plain = false;
      Value v = parseString(true, plain);
      last = NK::Macrocall;
      return makeExpr(S.macrocall, {coreRef("@cmd"), lnn(static_cast<int>(t.line)), v});
    }
    case K::Op: {
      if (t.op == S.colon && !t.dotted) {
        const Token t2 = peekTok(2);
        if (isClosingToken(t2.kind) && (!isKeyword(t2.kind) || t2.spaceBefore)) {
          bump();
          last = NK::Identifier;
          return Value::symbol(S.colon);
        }
        bump();
        if (t2.spaceBefore) error(t2, diag::Kind::UnexpectedToken, "whitespace not allowed after `:` used for quoting");
        Value a;
        bool bareDot;
        {
          PState s = ps;
          s.endSymbol = false;
          StateGuard g(*this, s);
          a = parseAtom(false);
          bareDot = last == NK::DotOp && !lastParens;
        }
        if (bareDot && isExpr(a, S.dot, 1)) a = Value::symbol("." + a.as<ExprObj>().args[0].asSymbol().str());
        last = NK::Quote;
        lastParens = false;
        return colonQuote(a);
      }
      if (checkIdentifiers && t.op == S.eq && !t.dotted && !t.suffixed) {
        bump();
        error(t, diag::Kind::UnexpectedToken, "unexpected `=`");
        return errorExpr({Value::symbol(S.eq)});
      }
      bump();
      if (t.word) {
        last = NK::Identifier;
        return Value::symbol(t.op);
      }
      bool syntactic = (t.op.str() == "&&" || t.op.str() == "||" || t.op == S.dot || t.op == S.dots3 ||
                        t.op == S.arrow || (t.prec == Prec::Assign && t.op != S.tilde));
      if (checkIdentifiers && (syntactic || t.prec == Prec::Cond)) {
        error(t, diag::Kind::UnexpectedToken, "invalid identifier");
        return errorExpr({Value::symbol(opSymbol(t))});
      }
      if (t.dotted) {
        if (syntactic) {
          last = NK::Identifier;
          return Value::symbol(opSymbol(t));
        }
        last = NK::DotOp;
        return makeExpr(S.dot, {Value::symbol(t.op)});
      }
      last = NK::Identifier;
      return Value::symbol(t.op);
    }
    default:
      break;
  }
  if (isKeyword(t.kind)) {
    if (t.kind == K::Var && peekTok(2).kind == K::DQuote && !peekTok(2).spaceBefore) return parseVarIdentifier();
    if (checkIdentifiers && isClosingToken(t.kind)) {
      bump();
      error(t, diag::Kind::UnexpectedToken, "invalid identifier");
      return errorExpr({Value::symbol(kindName(t.kind))});
    }
    bump();
    last = t.kind == K::Outer ? NK::Outer : NK::Identifier;
    return Value::symbol(src_.substr(t.start, t.end - t.start));
  }
  if (isClosingToken(t.kind) || t.kind == K::NewlineWs) {
    if (t.kind == K::EndMarker) error(t, diag::Kind::UnexpectedToken, "premature end of input");
    else error(t, diag::Kind::UnexpectedToken, std::string("unexpected `") + kindName(t.kind) + "`");
    return errorExpr();
  }
  bump();
  error(t, diag::Kind::UnexpectedToken, std::string("invalid syntax atom `") + kindName(t.kind) + "`");
  return errorExpr();
}

// var"x"  ==>  x   (raw string contents as an identifier)
Value Parser::parseVarIdentifier() {
  bump();  // var
  bump();  // "
  std::string name;
  while (peek() == K::StringChunk) {
    Token c = bump();
    unescapeRaw(src_.substr(c.start, c.end - c.start), '"', name);
  }
  if (peek() == K::DQuote) bump();
  else error(peekTok(), diag::Kind::UnterminatedString, "unterminated `var\"\"` identifier");
  const Token t = peekTok();
  if (!t.spaceBefore && (t.kind == K::Identifier || isKeyword(t.kind) || (t.kind >= K::Integer && t.kind <= K::Float32))) {
    error(t, diag::Kind::UnexpectedToken, "suffix not allowed after `var\"...\"` syntax");
    bump();
  }
  last = NK::Var;
  lastParens = false;
  return Value::symbol(name);
}

// ()          ==>  (tuple)
// (x)         ==>  x
// (x,)        ==>  (tuple x)
// (a;b;c)     ==>  (block a LNN b LNN c)
// (;a=1)      ==>  (tuple (parameters (kw a 1)))
// (x for x in xs)  ==>  (generator x (= x xs))
Value Parser::parseParen(bool checkIdentifiers) {
  PState s = ps;
  s.rangeColon = true; s.spaceSensitive = false; s.whereEnabled = true; s.wsNewline = true;
  StateGuard g(*this, s);
  bump();
  const Token t = peekTok();
  if (t.kind == K::RParen) {
    bump();
    last = NK::Other;
    lastParens = false;
    return makeExpr(S.tuple, {});
  }
  if (isSyntacticOperator(t)) {
    Value v = parseAtom(checkIdentifiers);
    NK k = last;
    bumpClosingToken(K::RParen, nullptr);
    last = k;
    lastParens = true;
    return v;
  }
  if (!checkIdentifiers && isOp(t, S.dcolon) && peekNl(2, true) == K::RParen) {
    bump();
    bump();
    last = NK::Identifier;
    lastParens = true;
    return Value::symbol(S.dcolon);
  }
  bool initialSemi = t.kind == K::Semicolon;
  Brackets b;
  parseBrackets(K::RParen, b);
  bool isTuple = b.hadCommas || (b.hadSplat && b.numSemis >= 1) ||
                 (initialSemi && (b.numSemis == 1 || b.numSubexprs > 0));
  if (isTuple) {
    std::vector<Value> args;
    if (!b.params.empty()) args.push_back(paramsValue(b, true));
    pushArgs(args, b, false);
    last = NK::Other;
    lastParens = false;
    return makeExpr(S.tuple, std::move(args));
  }
  if (b.numSemis > 0) {
    std::vector<Value> items;
    for (size_t i = 0; i < b.items.size(); ++i) {
      if (i > 0) items.push_back(lnn(b.itemLines[i]));
      items.push_back(b.items[i]);
    }
    last = NK::BlockForm;
    lastParens = false;
    return makeExpr(S.block, std::move(items));
  }
  if (b.items.empty()) {
    lastParens = true;
    return errorExpr();
  }
  // `last` is still the kind of the single parsed item (or Generator).
  lastParens = true;
  return b.items[0];
}

// Bracketed lists with commas and semicolons inside (), [] or {}.
// f(a, b; c=1)   args a b, params [(= c 1)]
void Parser::parseBrackets(K closer, Brackets& b) {
  PState s = ps;
  s.rangeColon = true; s.spaceSensitive = false; s.whereEnabled = true; s.wsNewline = true;
  StateGuard g(*this, s);
  while (!abort_) {
    K k = peek();
    if (k == closer) break;
    if (k == K::Semicolon) {
      ++b.numSemis;
      b.params.emplace_back();
      bump();
      continue;
    }
    if (isClosingToken(k)) break;
    int line = static_cast<int>(peekTok().line);
    size_t before = lastEnd;
    Value v = parseEqStar();
    ++b.numSubexprs;
    if (b.numSubexprs == 1) b.hadSplat = last == NK::Splat && !lastParens;
    const Token t = peekTok();
    if (t.kind == K::For) {
      v = parseGenerator(std::move(v));
      last = NK::Generator;
      lastParens = false;
      b.lastWasGenerator = true;
    }
    (b.numSemis == 0 ? b.args : b.params.back()).push_back(v);
    b.items.push_back(v);
    b.itemLines.push_back(line);
    K k2 = peek();
    if (k2 == K::Comma) {
      b.hadCommas = true;
      bump();
    } else if (k2 == K::Semicolon || k2 == closer) {
      continue;
    } else {
      if (lastEnd == before) break;
      break;
    }
  }
  NK keep = last;
  bool keepParens = lastParens;
  bumpClosingToken(closer, " or `,`");
  last = keep;
  lastParens = keepParens;
}

Value Parser::parseCallArglist(K closer, Brackets& b) {
  PState s = ps;
  s.forGenerator = true;
  StateGuard g(*this, s);
  parseBrackets(closer, b);
  return Value();
}

// (x for a in as for b in bs)   ==>  (flatten (generator (generator x (= b bs)) (= a as)))
// (x for a in as, b in bs if z) ==>  (generator x (filter z (= a as) (= b bs)))
Value Parser::parseGenerator(Value first) {
  struct Group { std::vector<Value> specs; Value cond; bool hasCond = false; };
  std::vector<Group> groups;
  while (peek() == K::For) {
    const Token t = peekTok();
    if (!t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "Expected space before `for` in generator");
    bump();
    Group gr;
    bool multiple = false;
    parseIterationSpecs(multiple, gr.specs);
    if (peek() == K::If) {
      bump();
      gr.cond = parseCond();
      gr.hasCond = true;
    }
    groups.push_back(std::move(gr));
  }
  Value gen = first;
  for (size_t j = groups.size(); j-- > 0;) {
    std::vector<Value> args{gen};
    if (groups[j].hasCond) {
      std::vector<Value> f{groups[j].cond};
      f.insert(f.end(), groups[j].specs.begin(), groups[j].specs.end());
      args.push_back(makeExpr(S.filter, std::move(f)));
    } else {
      args.insert(args.end(), groups[j].specs.begin(), groups[j].specs.end());
    }
    gen = makeExpr(S.generator, std::move(args));
    if (j + 1 < groups.size()) gen = makeExpr(S.flatten, {gen});
  }
  return gen;
}

// Array syntax inside [] or {} (the opening bracket is consumed).
// []          ==>  (vect)
// [x, y]      ==>  (vect x y)
// [x y]       ==>  (hcat x y)
// [x; y]      ==>  (vcat x y)
// [x y; z w]  ==>  (vcat (row x y) (row z w))
// [x;; y]     ==>  (ncat 2 x y)
// [x for x in xs]  ==>  (comprehension (generator x (= x xs)))
Value Parser::parseCat(K closer, bool endIsSymbol, Symbol& kind) {
  PState s = ps;
  s.rangeColon = true; s.spaceSensitive = true; s.whereEnabled = true; s.wsNewline = false;
  s.forGenerator = true;
  StateGuard g(*this, s);
  K k = peekNl(1, true);
  if (k == closer) {
    Brackets b;
    parseBrackets(closer, b);
    kind = S.vect;
    return makeExpr(S.vect, {});
  }
  if (k == K::Semicolon) {
    bumpTrivia();
    int n = 0;
    while (peekNl(1, true) == K::Semicolon) {
      bumpNl(true);
      ++n;
    }
    bumpTrivia();
    bumpClosingToken(closer, nullptr);
    kind = S.ncat;
    return makeExpr(S.ncat, {Value::int64(n)});
  }
  Value first = parseEqStar();
  k = peekNl(1, true);
  if (k == K::Comma || (isClosingToken(k) && k != K::Semicolon)) {
    Brackets b;
    b.args.push_back(first);
    b.items.push_back(first);
    b.itemLines.push_back(0);
    b.numSubexprs = 1;
    if (k == K::Comma) {
      bumpNl(true);
      b.hadCommas = true;
    }
    parseBrackets(closer, b);
    std::vector<Value> args;
    if (!b.params.empty()) args.push_back(paramsValue(b, false));
    pushArgs(args, b, false);
    kind = S.vect;
    return makeExpr(S.vect, std::move(args));
  }
  if (k == K::For) {
    PState s2 = ps;
    s2.wsNewline = true; s2.spaceSensitive = false; s2.endSymbol = false;
    StateGuard g2(*this, s2);
    Value gen = parseGenerator(first);
    bumpClosingToken(closer, nullptr);
    kind = S.comprehension;
    return makeExpr(S.comprehension, {gen});
  }
  int dim = 0;
  PState s3 = ps;
  s3.endSymbol = endIsSymbol;
  StateGuard g3(*this, s3);
  return parseArray(first, closer, dim, kind);
}

namespace {
constexpr int kMinBp = -1000000;
}

Value Parser::parseArray(Value first, K closer, int& ncatDim, Symbol& kind) {
  std::vector<Value> stack{first};
  enum Order { Unknown, RowMajor, ColumnMajor } order = Unknown;
  auto emit = [&](size_t mark, Symbol head, int dim) {
    std::vector<Value> items;
    if (head == S.nrow) items.push_back(Value::int64(dim));
    for (size_t i = mark; i < stack.size(); ++i) items.push_back(stack[i]);
    stack.resize(mark);
    stack.push_back(makeExpr(head, std::move(items)));
  };
  // Returns (dim, binding power) of the next separator.
  auto separator = [&]() -> std::pair<int, int> {
    const Token t = peekTokNl(1, true);
    if (t.kind == K::Semicolon) {
      bumpTrivia();
      int n = 1;
      bump();
      while (peek() == K::Semicolon) {
        if (peekTok().spaceBefore) error(peekTok(), diag::Kind::UnexpectedToken, "whitespace is not allowed here");
        ++n;
        bump();
      }
      bool hadNewline = peek() == K::NewlineWs;
      bumpTrivia();
      if (n == 2) {
        if (order == RowMajor) {
          if (hadNewline) return {2, 0};
          error(lastTok, diag::Kind::UnexpectedToken,
                "cannot mix space and ;; separators in an array expression, except to wrap a line");
        } else {
          order = ColumnMajor;
        }
      }
      return {n, -n};
    }
    const Token u = peekTok();
    if (u.kind == K::NewlineWs) {
      bumpTrivia();
      if (peek() == K::RBracket) return {kMinBp, kMinBp};
      return {1, -1};
    }
    if (u.kind == K::Comma) {
      error(u, diag::Kind::UnexpectedToken, "unexpected comma in array expression");
      bump();
      return {1, -1};
    }
    if (u.spaceBefore && !isClosingToken(u.kind)) {
      if (order == ColumnMajor)
        error(u, diag::Kind::UnexpectedToken, "cannot mix space and ;; separators in an array expression, except to wrap a line");
      else
        order = RowMajor;
      return {2, 0};
    }
    return {kMinBp, kMinBp};
  };
  std::function<std::pair<int, int>(int)> inner = [&](int bindingPower) -> std::pair<int, int> {
    size_t mark = stack.size();
    int dim = -1;
    int bp = bindingPower;
    while (!abort_) {
      if (bp < bindingPower) return {dim, bp};
      if (isClosingToken(peek())) return {kMinBp, kMinBp};
      std::pair<int, int> next;
      if (bp == bindingPower) {
        mark = stack.size();
        size_t before = lastEnd;
        stack.push_back(parseEqStar());
        if (lastEnd == before) return {kMinBp, kMinBp};
        next = separator();
      } else {
        DepthGuard dg(*this);
        next = inner(bp);
        if (bp == 0) emit(mark, S.row, 0);
        else emit(mark, S.nrow, dim);
      }
      dim = next.first;
      bp = next.second;
    }
    return {kMinBp, kMinBp};
  };
  auto [dim, bp] = separator();
  if (bp == kMinBp) {
    bumpClosingToken(closer, nullptr);
    kind = S.hcat;
    return makeExpr(S.hcat, std::move(stack));
  }
  while (!abort_) {
    auto [nextDim, nextBp] = inner(bp);
    if (nextBp == kMinBp) break;
    if (bp == 0) emit(0, S.row, 0);
    else emit(0, S.nrow, dim);
    dim = nextDim;
    bp = nextBp;
  }
  bumpClosingToken(closer, nullptr);
  if (bp == -1) {
    kind = S.vcat;
    return makeExpr(S.vcat, std::move(stack));
  }
  if (bp == 0) {
    kind = S.hcat;
    return makeExpr(S.hcat, std::move(stack));
  }
  kind = S.ncat;
  ncatDim = dim;
  stack.insert(stack.begin(), Value::int64(dim));
  return makeExpr(S.ncat, std::move(stack));
}

// Strings, with interpolation and triple-quote dedenting.
// "a $x b"      ==>  (string "a " x " b")
// "$(f(x))"     ==>  (string (call f x))
// """\n  a\n  b"""  ==>  "a\nb"
Value Parser::parseString(bool raw, bool& isPlain) {
  Token open = bumpNl(false);
  bool triple = open.kind == K::TripleDQuote || open.kind == K::TripleBacktick;
  bool cmd = isCmdDelim(open.kind);
  K closeKind = open.kind;
  K chunkKind = cmd ? K::CmdChunk : K::StringChunk;
  struct Chunk {
    bool isStr;
    uint32_t start, end;  // raw source range (after dedent)
    Value expr;
    bool indentable = false;
  };
  std::vector<Chunk> chunks;
  size_t indentRefStart = 0;
  size_t indentRefLen = SIZE_MAX;
  bool haveRef = false;
  bool firstChunk = true, prevNewline = false;
  while (!abort_) {
    const Token t = peekTokNl(1, false);
    if (t.kind == K::Op && t.op == S.dollar && !raw) {
      if (prevNewline) {
        haveRef = true;
        indentRefLen = 0;
      }
      bumpNl(false);
      const Token n = peekTokNl(1, false);
      Value v;
      if (n.kind == K::LParen) {
        Token lp = bumpNl(false);
        Brackets b;
        parseBrackets(K::RParen, b);
        bool simple = !b.hadCommas && b.numSemis == 0 && b.numSubexprs == 1;
        if (!simple || b.lastWasGenerator) {
          error(lp, diag::Kind::UnexpectedToken, "invalid interpolation syntax");
          v = errorExpr(b.items);
        } else {
          v = b.items[0];
          if (v.isString()) v = makeExpr(S.string, {v});
        }
      } else if (n.kind == K::Identifier || isKeyword(n.kind) || (n.kind == K::Op && n.word)) {
        Token id = bumpNl(false);
        v = n.kind == K::Identifier ? identifierValue(id) : Value::symbol(src_.substr(id.start, id.end - id.start));
      } else {
        error(n, diag::Kind::UnexpectedToken, "identifier or parenthesized expression expected after $ in string");
        v = errorExpr();
      }
      chunks.push_back({false, 0, 0, v});
      firstChunk = false;
      prevNewline = false;
    } else if (t.kind == chunkKind) {
      Token c = bumpNl(false);
      std::string_view txt = src_.substr(c.start, c.end - c.start);
      if (triple && firstChunk && (txt == "\n" || txt == "\r" || txt == "\r\n")) {
        firstChunk = false;
        prevNewline = true;
        continue;
      }
      Chunk ch{true, c.start, c.end, Value()};
      if (triple) {
        if (prevNewline && !txt.empty() && txt[0] != '\n' && txt[0] != '\r') {
          if (!haveRef) {
            size_t i = 0;
            while (i < txt.size() && (txt[i] == ' ' || txt[i] == '\t')) ++i;
            haveRef = true;
            indentRefStart = c.start;
            indentRefLen = i;
          } else {
            size_t j = 0;
            while (j < txt.size() && j < indentRefLen && src_[c.start + j] == src_[indentRefStart + j]) ++j;
            indentRefLen = std::min(indentRefLen, j);
          }
          ch.indentable = true;
        }
        prevNewline = !txt.empty() && (txt.back() == '\n' || txt.back() == '\r');
      }
      chunks.push_back(ch);
      firstChunk = false;
    } else {
      break;
    }
  }
  bool hadEnd = peekTokNl(1, false).kind == closeKind;
  if (triple && prevNewline && hadEnd) indentRefLen = 0;
  if (triple && haveRef && indentRefLen > 0 && indentRefLen != SIZE_MAX) {
    std::vector<Chunk> kept;
    for (auto& ch : chunks) {
      if (ch.isStr && ch.indentable) {
        ch.start += static_cast<uint32_t>(std::min<size_t>(indentRefLen, ch.end - ch.start));
        if (ch.start == ch.end) continue;
      }
      kept.push_back(ch);
    }
    chunks.swap(kept);
  }
  if (hadEnd) {
    bumpNl(false);
  } else {
    error(peekTokNl(1, false), diag::Kind::UnterminatedString,
          cmd ? "unterminated command literal" : "unterminated string literal");
  }
  // Unescape and merge adjacent string chunks.
  std::vector<Value> parts;
  std::string cur;
  bool haveCur = false;
  for (auto& ch : chunks) {
    if (ch.isStr) {
      std::string_view txt = src_.substr(ch.start, ch.end - ch.start);
      if (raw) {
        unescapeRaw(txt, cmd ? '`' : '"', cur);
      } else {
        std::string err;
        if (!unescapeJulia(txt, cur, err)) errorAt(ch.start, diag::Kind::InvalidEscape, err);
      }
      haveCur = true;
    } else {
      if (haveCur) parts.push_back(makeString(std::move(cur)));
      cur.clear();
      haveCur = false;
      parts.push_back(ch.expr);
    }
  }
  if (haveCur) parts.push_back(makeString(std::move(cur)));
  isPlain = parts.size() <= 1 && (parts.empty() || parts[0].isString());
  if (parts.empty()) return makeString("");
  if (parts.size() == 1 && parts[0].isString()) return parts[0];
  return makeExpr(S.string, std::move(parts));
}

// Numbers: Int64, Int128 (too big for Int64), UInt8..UInt128 by hex/binary/octal digit
// count, Float64, Float32 (`1f0`).
Value Parser::parseNumber(const Token& t, bool negate) {
  std::string_view raw = src_.substr(t.start, t.end - t.start);
  std::string s;
  s.reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '_') continue;
    if (raw.compare(i, 3, "−") == 0) { s += '-'; i += 2; continue; }
    s += raw[i];
  }
  auto tooBig = [&]() {
    error(t, diag::Kind::NumberTooLarge, "BigInt literals are not supported yet");
    return errorExpr();
  };
  if (t.kind == K::Integer) {
    uint128 v = 0;
    const uint128 lim = ~static_cast<uint128>(0) / 10;
    for (char c : s) {
      if (v > lim) return tooBig();
      uint128 nv = v * 10 + static_cast<unsigned>(c - '0');
      if (nv < v * 10) return tooBig();
      v = nv;
    }
    const uint128 i64max = static_cast<uint128>(INT64_MAX);
    const uint128 i128max = ~static_cast<uint128>(0) >> 1;
    if (negate) {
      if (v <= i64max + 1) return Value::int64(static_cast<int64_t>(-static_cast<int128>(v)));
      if (v <= i128max + 1) return Value::int128(static_cast<int128>(0) - static_cast<int128>(v));
      return tooBig();
    }
    if (v <= i64max) return Value::int64(static_cast<int64_t>(v));
    if (v <= i128max) return Value::int128(static_cast<int128>(v));
    return tooBig();
  }
  if (t.kind == K::HexInt || t.kind == K::BinInt || t.kind == K::OctInt) {
    std::string_view digits = std::string_view(s).substr(2);
    int base = t.kind == K::HexInt ? 16 : t.kind == K::BinInt ? 2 : 8;
    uint128 v = 0;
    bool overflow = false;
    for (char c : digits) {
      unsigned d = c <= '9' ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 32) - 'a' + 10);
      if (v > (~static_cast<uint128>(0) - d) / static_cast<unsigned>(base)) overflow = true;
      v = v * static_cast<unsigned>(base) + d;
    }
    size_t nd = digits.size();
    int bits;
    if (t.kind == K::HexInt) {
      bits = nd <= 2 ? 8 : nd <= 4 ? 16 : nd <= 8 ? 32 : nd <= 16 ? 64 : nd <= 32 ? 128 : 0;
    } else if (t.kind == K::BinInt) {
      bits = nd <= 8 ? 8 : nd <= 16 ? 16 : nd <= 32 ? 32 : nd <= 64 ? 64 : nd <= 128 ? 128 : 0;
    } else {
      bits = (nd <= 3 && v <= 0xFF) ? 8 : (nd <= 6 && v <= 0xFFFF) ? 16 : (nd <= 11 && v <= 0xFFFFFFFFu) ? 32
           : (nd <= 22 && v <= UINT64_MAX) ? 64 : nd <= 43 ? 128 : 0;
      if (v > UINT64_MAX && bits < 128) bits = nd <= 43 ? 128 : 0;
    }
    if (bits == 0 || overflow) return tooBig();
    switch (bits) {
      case 8: return Value::uint8(static_cast<uint8_t>(v));
      case 16: return Value::uint16(static_cast<uint16_t>(v));
      case 32: return Value::uint32(static_cast<uint32_t>(v));
      case 64: return Value::uint64(static_cast<uint64_t>(v));
      default: return Value::uint128(v);
    }
  }
  // Floats.
  if (negate) s.insert(s.begin(), '-');
  errno = 0;
  if (t.kind == K::Float32) {
    size_t f = s.rfind('f');
    if (f != std::string::npos) s[f] = 'e';
    char* endp = nullptr;
    float x = std::strtof(s.c_str(), &endp);
    if (errno == ERANGE && std::fabs(x) >= 1) {
      error(t, diag::Kind::InvalidNumber, "overflow in floating point literal");
      return errorExpr();
    }
    return Value::float32(x);
  }
  char* endp = nullptr;
  double x = std::strtod(s.c_str(), &endp);
  if (errno == ERANGE && std::fabs(x) >= 1) {
    error(t, diag::Kind::InvalidNumber, "overflow in floating point literal");
    return errorExpr();
  }
  return Value::float64(x);
}

// 'a'  ==>  'a'   (escapes as in strings; exactly one character)
Value Parser::parseCharLit(const Token& t) {
  std::string_view raw = src_.substr(t.start, t.end - t.start);
  std::string_view body = raw == "'''" ? std::string_view("'") : raw.substr(1, raw.size() - 2);
  std::string bytes, err;
  if (!unescapeJulia(body, bytes, err)) {
    error(t, diag::Kind::InvalidEscape, err);
    return errorExpr();
  }
  if (bytes.empty()) {
    error(t, diag::Kind::InvalidChar, "empty character literal");
    return errorExpr();
  }
  // One Julia Char: a (possibly malformed) UTF-8 sequence of up to 4 bytes.
  unsigned char b0 = static_cast<unsigned char>(bytes[0]);
  size_t len = 1;
  if (b0 >= 0xC0) {
    size_t want = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    while (len < want && len < bytes.size() && (static_cast<unsigned char>(bytes[len]) & 0xC0) == 0x80) ++len;
  }
  if (len != bytes.size()) {
    error(t, diag::Kind::InvalidChar, "character literal contains multiple characters");
    return errorExpr();
  }
  uint32_t bits = 0;
  for (size_t i = 0; i < 4; ++i) {
    bits <<= 8;
    if (i < len) bits |= static_cast<unsigned char>(bytes[i]);
  }
  return Value::charBits(bits);
}

// After `@`: the macro name, possibly dotted (@A.B.m), an operator (@+), `@.`, var"..."
Value Parser::parseMacroName() {
  const Token t = peekTok();
  if (t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
  if (t.kind == K::Op && t.op == S.dot && !t.dotted) {
    bump();
    last = NK::Identifier;
    return Value::symbol(S.dot);
  }
  Value v = parseAtom(false);
  if (!(v.isSymbol() || isExpr(v, S.dollar))) {
    error(t, diag::Kind::UnexpectedToken, "invalid macro name");
    v = errorExpr({v});
  }
  return v;
}

// :m -> :@m, (. A (quote m)) -> (. A (quote @m)), `.` -> @__dot__
Value Parser::macroName(const Value& v) {
  auto at = [&](Symbol s) {
    if (s == S.dot) return Value::symbol(S.atdot);
    if (!s.str().empty() && s.str()[0] == '@') return Value::symbol(s);
    return Value::symbol("@" + s.str());
  };
  if (v.isSymbol()) return at(v.asSymbol());
  if (isExpr(v, S.dot, 2)) {
    const Value& q = v.as<ExprObj>().args[1];
    if (q.isObject(ObjKind::QuoteNode) && q.as<QuoteNodeObj>().value.isSymbol())
      return makeExpr(S.dot, {v.as<ExprObj>().args[0], makeQuoteNode(at(q.as<QuoteNodeObj>().value.asSymbol()))});
  }
  return v;
}

// Postfix chains at call precedence, leftmost binding tightest.
// f(a).g(b)  ==>  (call (. (call f a) (quote g)) b)
// a[i]       ==>  (ref a i)
// f.(x)      ==>  (. f (tuple x))
// x'         ==>  (' x)
// S{T}       ==>  (curly S T)
// @m a b     ==>  (macrocall @m LNN a b)
// r"x"i      ==>  (macrocall @r_str LNN "x" "i")
Value Parser::parseCallChain(Value ex, size_t exStart, bool isMacrocall) {
  if (last == NK::Number && peek() == K::LParen) return ex;  // 2(x) is juxtaposition
  int line = lineAt(exStart);
  bool bareDotOp = last == NK::DotOp && !lastParens;
  bool lastIdent = (last == NK::Identifier || last == NK::Outer) && !lastParens && ex.isSymbol();
  bool maybeStrmac = true;
  bool macroIsDoc = isMacrocall && ex.isSymbol() && ex.asSymbol() == S.doc;
  auto fnValue = [&](const Value& f) {
    if (bareDotOp && isExpr(f, S.dot, 1)) return Value::symbol("." + f.as<ExprObj>().args[0].asSymbol().str());
    return f;
  };
  while (!abort_) {
    bool maybeStrmac1 = false;
    const Token t = peekTok();
    K k = t.kind;
    bool isTick = t.kind == K::Op && t.prec == Prec::Unary && (t.op == S.tick || t.op.str().rfind("'", 0) == 0);
    bool isDotTok = t.kind == K::Op && t.op == S.dot && !t.dotted;
    if (!isMacrocall && ps.spaceSensitive && t.spaceBefore &&
        (k == K::LParen || k == K::LBracket || k == K::LBrace || isStringDelim(k) || isCmdDelim(k)))
      break;
    if (isMacrocall && (t.spaceBefore || !(k == K::LParen || k == K::LBracket || k == K::LBrace || isTick || isDotTok))) {
      std::vector<Value> args{macroName(ex), lnn(line)};
      parseSpaceSeparatedExprs(args);
      if (macroIsDoc && args.size() == 3) {
        K k2 = peekNl(2, false);
        if (peekNl(1, false) == K::NewlineWs && !isClosingToken(k2) && k2 != K::NewlineWs) {
          bumpNl(false);
          args.push_back(parseEq());
        }
      }
      ex = makeExpr(S.macrocall, std::move(args));
      last = NK::Macrocall;
      lastParens = false;
      return ex;
    }
    if (k == K::LParen) {
      if (t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
      bump();
      Brackets b;
      parseCallArglist(K::RParen, b);
      std::vector<Value> args;
      if (isMacrocall) {
        args.push_back(macroName(ex));
        args.push_back(lnn(line));
        if (!b.params.empty()) args.push_back(paramsValue(b, true));
        pushArgs(args, b, false);
        ex = makeExpr(S.macrocall, std::move(args));
        isMacrocall = false;
        last = NK::Macrocall;
      } else {
        args.push_back(fnValue(ex));
        if (!b.params.empty()) args.push_back(paramsValue(b, true));
        pushArgs(args, b, true);
        ex = makeExpr(S.call, std::move(args));
        last = NK::Call;
      }
      lastParens = false;
      if (peek() == K::Do) ex = parseDo(ex);
    } else if (k == K::LBracket) {
      if (t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
      bump();
      Symbol kind;
      Value v;
      {
        PState s = ps;
        s.endSymbol = true;
        bool outerEnd = ps.endSymbol;
        StateGuard g(*this, s);
        v = parseCat(K::RBracket, outerEnd, kind);
      }
      if (isMacrocall) {
        ex = makeExpr(S.macrocall, {macroName(ex), lnn(line), v});
        isMacrocall = false;
        last = NK::Macrocall;
      } else {
        const auto& va = v.as<ExprObj>().args;
        std::vector<Value> args{ex};
        Symbol head;
        if (kind == S.vect) {
          head = S.ref;
          // parameters (first in vect) go after the indexed object; `=` becomes kw
          for (const auto& a : va) args.push_back(isExpr(a, S.eq) ? makeExpr(S.kw, a.as<ExprObj>().args) : a);
        } else {
          head = kind == S.hcat ? S.typed_hcat : kind == S.vcat ? S.typed_vcat
               : kind == S.comprehension ? S.typed_comprehension : S.typed_ncat;
          args.insert(args.end(), va.begin(), va.end());
        }
        ex = makeExpr(head, std::move(args));
        last = NK::Other;
      }
      lastParens = false;
    } else if (isDotTok) {
      if (t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
      bump();
      const Token n = peekTok();
      if (n.kind == K::LParen) {
        if (isMacrocall) error(n, diag::Kind::UnexpectedToken, "dot call syntax not supported for macros");
        if (n.spaceBefore) error(n, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
        bump();
        Brackets b;
        parseCallArglist(K::RParen, b);
        std::vector<Value> targs;
        if (!b.params.empty()) targs.push_back(paramsValue(b, true));
        pushArgs(targs, b, true);
        ex = makeExpr(S.dot, {fnValue(ex), makeExpr(S.tuple, std::move(targs))});
        last = NK::Other;
      } else if (n.kind == K::Op && n.op == S.colon && !n.dotted) {
        bump();
        if (peekTok().spaceBefore) error(peekTok(), diag::Kind::UnexpectedToken, "whitespace is not allowed here");
        Value a = parseAtom(false);
        if (last == NK::DotOp && !lastParens && isExpr(a, S.dot, 1))
          a = Value::symbol("." + a.as<ExprObj>().args[0].asSymbol().str());
        ex = makeExpr(S.dot, {ex, colonQuote(a)});
        last = NK::Other;
      } else if (n.kind == K::Op && n.op == S.dollar && !n.dotted) {
        bump();
        Value a = parseAtom();
        ex = makeExpr(S.dot, {ex, makeQuoteNode(makeExpr(S.dollar, {a}))});
        last = NK::Other;
      } else if (n.kind == K::At) {
        bump();
        if (isMacrocall) error(n, diag::Kind::UnexpectedToken, "repeated `@` in macro module path");
        isMacrocall = true;
        Value name = parseMacroName();
        macroIsDoc = name.isSymbol() && name.asSymbol() == S.doc;
        ex = makeExpr(S.dot, {ex, makeQuoteNode(macroName(name))});
        last = NK::Other;
      } else if (n.kind == K::Op && n.prec == Prec::Unary && n.op == S.tick) {
        bump();
        error(n, diag::Kind::UnexpectedToken, "the .' operator for transpose is discontinued");
      } else {
        Value f = parseAtom(false);
        lastIdent = last == NK::Identifier && !lastParens && f.isSymbol();
        if (isMacrocall) macroIsDoc = f.isSymbol() && f.asSymbol() == S.doc;
        if (!(isExpr(f, S.quote) || f.isObject(ObjKind::QuoteNode))) f = makeQuoteNode(f);
        ex = makeExpr(S.dot, {ex, f});
        maybeStrmac1 = true;
        last = NK::Other;
      }
      lastParens = false;
    } else if (isTick && !t.spaceBefore) {
      bump();
      if (t.op == S.tick) ex = makeExpr(S.tick, {ex});
      else ex = makeExpr(S.call, {Value::symbol(t.op), ex});
      last = NK::Call;
      lastParens = false;
    } else if (k == K::LBrace) {
      if (t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
      bump();
      Brackets b;
      parseCallArglist(K::RBrace, b);
      std::vector<Value> args;
      if (!b.params.empty()) args.push_back(paramsValue(b, false));
      pushArgs(args, b, false);
      if (isMacrocall) {
        ex = makeExpr(S.macrocall, {macroName(ex), lnn(line), makeExpr(S.braces, std::move(args))});
        isMacrocall = false;
        last = NK::Macrocall;
      } else {
        args.insert(args.begin(), fnValue(ex));
        ex = makeExpr(S.curly, std::move(args));
        last = NK::Other;
      }
      lastParens = false;
    } else if ((isStringDelim(k) || isCmdDelim(k)) && !t.spaceBefore && maybeStrmac && lastIdent) {
      // x"str"  ==>  (macrocall @x_str LNN "str")
      bool isStr = isStringDelim(k);
      std::string suffix = isStr ? "_str" : "_cmd";
      Value name;
      if (ex.isSymbol()) {
        name = Value::symbol("@" + ex.asSymbol().str() + suffix);
      } else if (isExpr(ex, S.dot, 2)) {
        const Value& q = ex.as<ExprObj>().args[1];
        name = makeExpr(S.dot, {ex.as<ExprObj>().args[0],
                                makeQuoteNode(Value::symbol("@" + q.as<QuoteNodeObj>().value.asSymbol().str() + suffix))});
      } else {
        name = ex;
      }
      bool plain = false;
      Value str = parseString(true, plain);
      std::vector<Value> args{name, lnn(line), str};
      const Token sfx = peekTok();
      if (!sfx.spaceBefore && (sfx.kind == K::Identifier || isKeyword(sfx.kind) || (sfx.kind == K::Op && sfx.word))) {
        Token st = bump();
        args.push_back(makeString(std::string(src_.substr(st.start, st.end - st.start))));
      } else if (!sfx.spaceBefore && sfx.kind >= K::Integer && sfx.kind <= K::Float32) {
        Token st = bump();
        args.push_back(parseNumber(st, false));
      }
      ex = makeExpr(S.macrocall, std::move(args));
      last = NK::Macrocall;
      lastParens = false;
    } else {
      break;
    }
    maybeStrmac = maybeStrmac1;
    bareDotOp = false;
    if (!maybeStrmac1) lastIdent = false;
  }
  if (isMacrocall) {
    // A macro name alone at the end of the chain: @m  ==>  (macrocall @m LNN)
    ex = makeExpr(S.macrocall, {macroName(ex), lnn(line)});
    last = NK::Macrocall;
    lastParens = false;
  }
  return ex;
}

}  // namespace jl::syntax::detail
