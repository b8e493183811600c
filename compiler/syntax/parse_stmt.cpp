// The parser, part 2: forms introduced by reserved words (begin, if, for, function, struct,
// module, import, try, ...). See parse_impl.hpp.
#include "syntax/parse_impl.hpp"

namespace jl::syntax::detail {

bool Parser::isInitialReservedWord(K k) const {
  switch (k) {
    case K::Begin: return !ps.endSymbol;
    case K::While: case K::If: case K::For: case K::Try: case K::Return: case K::Break:
    case K::Continue: case K::Function: case K::Macro: case K::Quote: case K::Let:
    case K::Local: case K::Global: case K::Const: case K::Do: case K::Struct: case K::Module:
    case K::Baremodule: case K::Using: case K::Import: case K::Export:
      return true;
    default: return false;
  }
}

bool Parser::isClosingToken(K k) const {
  switch (k) {
    case K::Else: case K::Elseif: case K::Catch: case K::Finally: case K::Comma: case K::RParen:
    case K::RBracket: case K::RBrace: case K::Semicolon: case K::EndMarker:
      return true;
    case K::End: return !ps.endSymbol;
    default: return false;
  }
}

bool Parser::isBlockContinuation(K k) const {
  return k == K::Else || k == K::Elseif || k == K::Catch || k == K::Finally || (k == K::End && !ps.endSymbol);
}

bool Parser::peekInitialReservedWords() {
  K k = peek();
  if (isInitialReservedWord(k)) return true;
  if (k == K::Mutable || k == K::Primitive || k == K::Abstract) {
    K k2 = peekNl(2, false);
    return (k == K::Mutable && k2 == K::Struct) || (k == K::Primitive && k2 == K::Type) ||
           (k == K::Abstract && k2 == K::Type);
  }
  return false;
}

// Bump an expected closing token; if it is missing, report it and skip to the next closer.
void Parser::bumpClosingToken(K closer, const char* what) {
  if (peek() == closer) {
    bump();
    return;
  }
  const Token t = peekTok();
  error(t, closer == K::End ? diag::Kind::UnclosedBlock : diag::Kind::UnbalancedBracket,
        std::string("Expected `") + kindName(closer) + "`" + (what ? what : ""));
  while (true) {
    K k = peek();
    if (isClosingToken(k) && k != K::Comma && k != K::Semicolon) break;
    if (k == K::End && ps.endSymbol) break;
    bump();
  }
  if (peek() == closer) bump();
}

void Parser::expectEnd(const Token& opener) {
  if (peek() == K::End) {
    bump();
    return;
  }
  std::string what = std::string(" to close `") + kindName(opener.kind) + "` at line " + std::to_string(opener.line);
  bumpClosingToken(K::End, what.c_str());
}

void Parser::recoverToCloser() {
  while (true) {
    K k = peek();
    if (isClosingToken(k) || k == K::NewlineWs) break;
    bump();
  }
}

// Reserved-word forms
// begin a ; b end                 ==>  (block LNN a LNN b)
// quote body end                  ==>  (quote (block LNN body))
// while cond body end             ==>  (while cond (block LNN body LNN))
// for x in xs body end            ==>  (for (= x xs) (block LNN body LNN))
// let x=1 body end                ==>  (let (= x 1) (block LNN body))
// function f(x) body end          ==>  (function (call f x) (block LNN LNN body))
// struct A <: B x::T end          ==>  (struct false (<: A B) (block LNN (:: x T)))
// module A body end               ==>  (module true A (block LNN LNN body))
// return x                        ==>  (return x)
Value Parser::parseResword() {
  StateGuard g(*this, normalContext());
  bumpTrivia();
  Token w = peekTok();
  Value result;
  switch (w.kind) {
    case K::Begin:
    case K::Quote: {
      bump();
      std::vector<Value> stmts;
      parseBlockInner(stmts, &Parser::parseDocstring);
      expectEnd(w);
      if (stmts.empty()) stmts.push_back(lnn(static_cast<int>(w.line)));
      result = makeExpr(S.block, std::move(stmts));
      if (w.kind == K::Quote) result = makeExpr(S.quote, {result});
      break;
    }
    case K::While: {
      bump();
      Value cond = parseCond();
      Value body = parseBlock(&Parser::parseEq, lastEnd);
      expectEnd(w);
      ex(body).args.push_back(lnn(lastTok.kind == K::End ? static_cast<int>(lastTok.line) : lineAt(lastEnd)));
      result = makeExpr(S.while_, {cond, body});
      break;
    }
    case K::For: {
      bump();
      bool multiple = false;
      std::vector<Value> specs;
      Value iter = parseIterationSpecs(multiple, specs);
      Value body = parseBlock(&Parser::parseEq, lastEnd);
      expectEnd(w);
      ex(body).args.push_back(lnn(lastTok.kind == K::End ? static_cast<int>(lastTok.line) : lineAt(lastEnd)));
      result = makeExpr(S.for_, {iter, body});
      break;
    }
    case K::Let: {
      bump();
      std::vector<Value> binds;
      if (peek() != K::NewlineWs && peek() != K::Semicolon) {
        while (true) {
          binds.push_back(parseEqStar());
          if (peek() != K::Comma) break;
          bump();
        }
      }
      K k = peek();
      if (k == K::NewlineWs || k == K::Semicolon) {
        bump();
      } else if (k != K::End) {
        error(peekTok(), diag::Kind::UnexpectedToken, "let variables should end in `;` or newline");
        recoverToCloser();
      }
      Value body = parseBlock(&Parser::parseEq, lastEnd);
      expectEnd(w);
      Value b;
      if (binds.size() == 1 && (binds[0].isSymbol() || isExpr(binds[0], S.eq) || isExpr(binds[0], S.dcolon)))
        b = binds[0];
      else
        b = makeExpr(S.block, std::move(binds));
      result = makeExpr(S.let, {b, body});
      break;
    }
    case K::If:
      result = parseIfElseif(false);
      break;
    case K::Global:
    case K::Local: {
      bump();
      bool isConst = false;
      if (peek() == K::Const) { bump(); isConst = true; }
      bool had = false;
      Value vars = parseGlobalLocalConstVars(had);
      std::vector<Value> args;
      if (isExpr(vars, S.block) && vars.as<ExprObj>().args.size() != 1) {
        args = vars.as<ExprObj>().args;
      } else {
        Value v = isExpr(vars, S.block) ? vars.as<ExprObj>().args[0] : vars;
        if (isExpr(v, S.tuple) && !isConst) args = v.as<ExprObj>().args;  // global (x, y)
        else args.push_back(v);
      }
      Symbol scope = w.kind == K::Global ? S.global : S.local;
      if (isConst) {
        if (!had) error(w, diag::Kind::UnexpectedToken, "expected assignment after `const`");
        result = makeExpr(S.const_, {makeExpr(scope, std::move(args))});
      } else {
        result = makeExpr(scope, std::move(args));
      }
      break;
    }
    case K::Const: {
      bump();
      Symbol scope;
      if (peek() == K::Local || peek() == K::Global) scope = bump().kind == K::Local ? S.local : S.global;
      bool had = false;
      Value vars = parseGlobalLocalConstVars(had);
      std::vector<Value> args = isExpr(vars, S.block) ? vars.as<ExprObj>().args : std::vector<Value>{vars};
      if (!scope.empty()) args = {makeExpr(scope, std::move(args))};
      result = makeExpr(S.const_, std::move(args));
      if (!had) error(w, diag::Kind::UnexpectedToken, "expected assignment after `const`");
      break;
    }
    case K::Function:
    case K::Macro: {
      bump();
      bumpTrivia();
      bool hasBody = false, anon = false;
      Value sig = parseFunctionSignature(w.kind == K::Function, hasBody, anon);
      Symbol head = w.kind == K::Function ? S.function : S.macro;
      if (hasBody) {
        Value body = parseBlock(&Parser::parseEq, lastEnd);
        expectEnd(w);
        auto& a = ex(body).args;
        a.insert(a.begin(), lnn(static_cast<int>(w.line)));
        result = makeExpr(head, {sig, body});
      } else {
        bumpNl(true);  // end
        result = makeExpr(head, {sig});
      }
      break;
    }
    case K::Abstract: {
      bump();
      bump();  // type
      Value spec = parseComparison(true);
      while (peek() == K::Semicolon || peek() == K::NewlineWs) bump();
      expectEnd(w);
      result = makeExpr(S.abstract, {spec});
      break;
    }
    case K::Mutable:
    case K::Struct: {
      bool mut = w.kind == K::Mutable;
      if (mut) bump();
      bump();  // struct
      Value spec = parseComparison(true);
      Value body = parseBlock(&Parser::parseStructField, lastEnd);
      expectEnd(w);
      result = makeExpr(S.struct_, {Value::boolean(mut), spec, body});
      break;
    }
    case K::Primitive: {
      bump();
      bump();  // type
      Value spec, bits;
      {
        StateGuard sg(*this, spaceSensitiveContext());
        spec = parseComparison(true);
        bits = parseCond();
      }
      while (peek() == K::Semicolon || peek() == K::NewlineWs) bump();
      expectEnd(w);
      result = makeExpr(S.primitive, {spec, bits});
      break;
    }
    case K::Try:
      result = parseTry();
      break;
    case K::Return: {
      bump();
      K k = peek();
      if (k == K::NewlineWs || isClosingToken(k)) result = makeExpr(S.return_, {Value()});
      else result = makeExpr(S.return_, {parseEq()});
      break;
    }
    case K::Break:
    case K::Continue: {
      bump();
      result = makeExpr(w.kind == K::Break ? S.break_ : S.continue_, {});
      K k = peek();
      if (!(k == K::NewlineWs || k == K::Semicolon || k == K::RParen || peekIsOp(S.colon) ||
            k == K::EndMarker || (k == K::End && !ps.endSymbol))) {
        error(peekTok(), diag::Kind::UnexpectedToken, std::string("unexpected token after ") + kindName(w.kind));
        recoverToCloser();
      }
      break;
    }
    case K::Module:
    case K::Baremodule: {
      bump();
      Value name;
      if (isReservedWord(peek())) {
        Token t = bump();
        error(t, diag::Kind::UnexpectedToken, "Invalid module name");
        name = errorExpr({Value::symbol(kindName(t.kind))});
      } else {
        name = parseUnaryPrefix();
      }
      Value body = parseBlock(&Parser::parsePublic, lastEnd);
      expectEnd(w);
      auto& a = ex(body).args;
      a.insert(a.begin(), lnn(static_cast<int>(w.line)));
      result = makeExpr(S.module, {Value::boolean(w.kind == K::Module), name, body});
      break;
    }
    case K::Export:
    case K::Public: {
      bump();
      std::vector<Value> items;
      while (true) {
        items.push_back(parseAtsym(false));
        if (peek() != K::Comma) break;
        bump();
      }
      result = makeExpr(w.kind == K::Export ? S.export_ : S.public_, std::move(items));
      break;
    }
    case K::Import:
    case K::Using:
      result = parseImports(w.kind);
      break;
    case K::Do: {
      bump();
      error(w, diag::Kind::UnexpectedToken, "invalid `do` syntax");
      result = errorExpr();
      break;
    }
    default:
      bump();
      error(w, diag::Kind::UnexpectedToken, "unexpected reserved word");
      result = errorExpr();
  }
  last = NK::BlockForm;
  lastParens = false;
  return result;
}

// if a xx elseif b yy else zz end  ==>  (if a (block LNN xx) (elseif (block LNN b) (block LNN yy) (block LNN zz)))
Value Parser::parseIfElseif(bool isElseif) {
  Token w = bump();
  Value cond;
  if (peek() == K::NewlineWs || peek() == K::End) {
    error(peekTok(), diag::Kind::ExpectedToken, std::string("missing condition in `") + kindName(w.kind) + "`");
    cond = errorExpr();
  } else {
    cond = parseCond();
  }
  if (isElseif) cond = makeExpr(S.block, {lnn(static_cast<int>(w.line)), cond});
  std::vector<Value> args{cond, parseBlock(&Parser::parseEq, lastEnd)};
  bumpTrivia();
  if (peek() == K::Elseif) {
    args.push_back(parseIfElseif(true));
  } else if (peek() == K::Else) {
    bump();
    if (peek() == K::If) {
      error(peekTok(), diag::Kind::UnexpectedToken, "use `elseif` instead of `else if`");
      args.push_back(parseIfElseif(true));
    } else {
      args.push_back(parseBlock(&Parser::parseEq, lastEnd));
    }
  }
  if (!isElseif) expectEnd(w);
  return makeExpr(isElseif ? S.elseif : S.if_, std::move(args));
}

// const x = 1        ==>  (const (= x 1))
// const x,y = 1,2    ==>  (const (= (tuple x y) (tuple 1 2)))
// global x,y         ==>  (global x y)   -- returned as a block of the variables
Value Parser::parseGlobalLocalConstVars(bool& hadAssignment) {
  size_t start = peekTokNl(1, true).start;
  int nCommas = 0;
  std::vector<Value> items;
  items.push_back(parsePair());
  while (peek() == K::Comma) {
    bump();
    ++nCommas;
    if (peekIsOp(S.eq)) continue;
    items.push_back(parsePair());
  }
  const Token t = peekTok();
  hadAssignment = t.kind == K::Op && t.op == S.eq && !t.dotted;
  if (t.kind == K::Op && t.prec == Prec::Assign) {
    Value lhs = nCommas >= 1 ? makeExpr(S.tuple, std::move(items)) : items[0];
    return parseAssignmentWithInitial(lhs, start, &Parser::parseComma);
  }
  return makeExpr(S.block, std::move(items));
}

// function f(x) end       ==>  signature (call f x)
// function (x) body end   ==>  anonymous, signature (tuple x)
// function f end          ==>  no body
Value Parser::parseFunctionSignature(bool isFunction, bool& hasBody, bool& anon) {
  size_t start = peekTok().start;
  Value name;
  bool parsedCall = false, needsParseCall = true;
  anon = false;
  if (!isFunction) {
    K k = peek();
    name = parseUnaryPrefix();
    if (isInitialReservedWord(k)) {
      error(lastTok, diag::Kind::UnexpectedToken, "invalid macro name");
      name = errorExpr({name});
    }
  } else if (peek() != K::LParen) {
    K k = peek();
    name = parseUnaryPrefix();
    if (isReservedWord(k)) {
      error(lastTok, diag::Kind::UnexpectedToken, "invalid function name");
      name = errorExpr({name});
    }
  } else {
    bump();
    bool isEmptyTuple = peekNl(1, true) == K::RParen;
    Brackets b;
    parseBrackets(K::RParen, b);
    parsedCall = b.items.size() == 1 && !b.hadCommas && b.numSemis == 0 && isEventuallyCall(b.items[0]);
    const Token after = peekTok();
    needsParseCall = after.kind == K::LParen || (after.kind == K::Op && after.op == S.dot && !after.dotted);
    anon = !needsParseCall && !parsedCall;
    if (anon) {
      std::vector<Value> args;
      if (!b.params.empty()) args.push_back(paramsValue(b, true));
      pushArgs(args, b, false);
      if (args.size() == 1 && isExpr(args[0], S.dots3) && b.params.empty()) name = args[0];
      else name = makeExpr(S.tuple, std::move(args));
    } else if (isEmptyTuple) {
      name = makeExpr(S.tuple, {});
    } else if (b.numSemis > 0 || b.items.size() != 1) {
      name = makeExpr(S.block, b.items);
    } else {
      name = b.items[0];
    }
  }
  if (peekNl(1, true) == K::End && !anon && !parsedCall) {
    hasBody = false;
    return name;
  }
  if (needsParseCall) {
    name = parseCallChain(name, start, false);
    if (!isExpr(name, S.call)) {
      error(peekTok(), diag::Kind::UnexpectedToken,
            std::string("Invalid signature in ") + (isFunction ? "function" : "macro") + " definition");
      name = errorExpr({name});
    }
  }
  if (isFunction && peekIsOp(S.dcolon)) {
    bump();
    Value rt = parseCall();
    name = makeExpr(S.dcolon, {name, rt});
  }
  if (peekIsOp(S.where)) name = parseWhereChain(name);
  hasBody = true;
  return name;
}

// try x catch e y finally z end  ==>  (try (block LNN x) e (block LNN y) (block LNN z))
Value Parser::parseTry() {
  Token w = bump();
  Value tryBody = parseBlock(&Parser::parseEq, lastEnd);
  Value catchVar = Value::boolean(false), catchBody = Value::boolean(false);
  Value finallyBody, elseBody;
  bool hasCatch = false, hasFinally = false, hasElse = false;
  bumpTrivia();
  if (peek() == K::Catch) {
    hasCatch = true;
    catchBody = parseCatch(catchVar);
  }
  bumpTrivia();
  if (peek() == K::Else) {
    Token e = bump();
    elseBody = parseBlock(&Parser::parseEq, lastEnd);
    hasElse = true;
    if (!hasCatch) error(e, diag::Kind::UnexpectedToken, "Expected `catch` before `else`");
  }
  bumpTrivia();
  if (peek() == K::Finally) {
    bump();
    hasFinally = true;
    finallyBody = parseBlock(&Parser::parseEq, lastEnd);
  }
  bumpTrivia();
  if (!hasCatch && peek() == K::Catch) {
    hasCatch = true;
    catchBody = parseCatch(catchVar);
  }
  if (!hasCatch && !hasFinally) error(peekTok(), diag::Kind::ExpectedToken, "try without catch or finally");
  expectEnd(w);
  std::vector<Value> args{tryBody, catchVar, catchBody};
  if (hasFinally || hasElse) {
    args.push_back(hasFinally ? finallyBody : Value::boolean(false));
    if (hasElse) args.push_back(elseBody);
  }
  return makeExpr(S.try_, std::move(args));
}

Value Parser::parseCatch(Value& catchVar) {
  bump();
  K k = peek();
  if (k == K::NewlineWs || k == K::Semicolon || isClosingToken(k)) {
    catchVar = Value::boolean(false);
  } else {
    const Token t = peekTok();
    catchVar = parseEqStar();
    if (!(catchVar.isSymbol() || isExpr(catchVar, S.dollar))) {
      error(t, diag::Kind::UnexpectedToken, "a variable name is expected after `catch`");
      catchVar = errorExpr({catchVar});
    }
  }
  return parseBlock(&Parser::parseEq, lastEnd);
}

// f(x) do y body end  ==>  (do (call f x) (-> (tuple y) (block LNN body)))
Value Parser::parseDo(Value callee) {
  Token w = bump();
  StateGuard g(*this, normalContext());
  std::vector<Value> params;
  if (peek() == K::NewlineWs || peek() == K::Semicolon) {
    bump();
  } else {
    while (true) {
      params.push_back(parseRange());
      if (peek() != K::Comma) break;
      bump();
    }
  }
  Value body = parseBlock(&Parser::parseEq, lastEnd);
  expectEnd(w);
  last = NK::Other;
  lastParens = false;
  return makeExpr(S.do_, {callee, makeExpr(S.arrow, {makeExpr(S.tuple, std::move(params)), body})});
}

// import A          ==>  (import (. A))
// import A: x, y    ==>  (import (: (. A) (. x) (. y)))
// using A.B as C    ==>  (using (as (. A B) C))  -- an error: `using ... as` needs `:`
Value Parser::parseImports(K word) {
  Token w = bump();
  Symbol head = word == K::Import ? S.import : S.using_;
  bool hadAs = false;
  Value first = parseImport(word, false, hadAs);
  const Token t = peekTok();
  bool prefix = false, comma = false;
  if (isOp(t, S.colon) && !t.spaceBefore) {
    bump();
    prefix = true;
    if (hadAs) error(w, diag::Kind::UnexpectedToken, "`as` before `:` in import/using");
  } else if (t.kind == K::Comma) {
    bump();
    comma = true;
  }
  std::vector<Value> rest;
  if (prefix || comma) {
    while (true) {
      rest.push_back(parseImport(word, prefix, hadAs));
      if (peek() != K::Comma) break;
      bump();
    }
  }
  if (prefix) {
    rest.insert(rest.begin(), first);
    return makeExpr(head, {makeExpr(S.colon, std::move(rest))});
  }
  rest.insert(rest.begin(), first);
  return makeExpr(head, std::move(rest));
}

Value Parser::parseImport(K word, bool hasPrefix, bool& hadAs) {
  Value path = parseImportPath();
  if (peek() == K::As) {
    Token a = bump();
    Value name = parseAtsym(true);
    hadAs = true;
    if (word == K::Using && !hasPrefix)
      error(a, diag::Kind::UnexpectedToken, "`using` with `as` renaming requires a `:` and context module");
    return makeExpr(S.as, {path, name});
  }
  return path;
}

Value Parser::parseImportPath() {
  std::vector<Value> items;
  bumpTrivia();
  while (true) {
    const Token t = peekTok();
    if (t.kind != K::Op) break;
    if (t.op == S.dot && !t.dotted) { bump(); items.push_back(Value::symbol(S.dot)); }
    else if (t.op == S.dotdot) { bump(); items.push_back(Value::symbol(S.dot)); items.push_back(Value::symbol(S.dot)); }
    else if (t.op == S.dots3) { bump(); for (int i = 0; i < 3; ++i) items.push_back(Value::symbol(S.dot)); }
    else break;
  }
  items.push_back(parseAtsym(true));
  while (true) {
    const Token t = peekTok();
    if (t.kind == K::Op && t.op == S.dot && !t.dotted) {
      if (t.spaceBefore) error(t, diag::Kind::UnexpectedToken, "whitespace is not allowed here");
      bump();
      items.push_back(parseAtsym(true));
    } else if (t.kind == K::Op && t.dotted) {
      Token op = bump();
      items.push_back(Value::symbol(op.op));
    } else if (t.kind == K::Op && t.op == S.dots3) {
      bump();
      items.push_back(Value::symbol(S.dotdot));
    } else {
      break;
    }
  }
  return makeExpr(S.dot, std::move(items));
}

// An identifier, interpolation or @-prefixed macro name (export and import lists)
Value Parser::parseAtsym(bool allowQuotes) {
  bumpTrivia();
  if (peek() == K::At) {
    bump();
    Value n = parseMacroName();
    return macroName(n);
  }
  const Token t = peekTok();
  Value v = parseUnaryPrefix();
  if (v.isObject(ObjKind::QuoteNode)) v = v.as<QuoteNodeObj>().value;
  if (isExpr(v, S.quote, 1)) v = v.as<ExprObj>().args[0];
  if (!(v.isSymbol() || isExpr(v, S.dollar))) {
    error(t, diag::Kind::UnexpectedToken, "expected identifier");
    v = errorExpr({v});
  }
  return v;
}

// struct A const a end  ==>  (struct false A (block LNN (const a)))
Value Parser::parseStructField() {
  if (peek() == K::Const) {
    bump();
    Value v = parseEq();
    return makeExpr(S.const_, {v});
  }
  return parseEq();
}

// i = rhs   ==>  (= i rhs)
// i in rhs  ==>  (= i rhs)
// i ∈ rhs   ==>  (= i rhs)
// outer i = rhs  ==>  (= (outer i) rhs)
Value Parser::parseIterationSpec() {
  Value lhs;
  {
    StateGuard g(*this, spaceSensitiveContext());
    bool isOuter = peek() == K::Outer;
    lhs = parsePipeLt();
    if (isOuter && lhs.isSymbol() && lhs.asSymbol() == S.outer) {
      auto isIn = [&](const Token& t) {
        return (t.kind == K::Op && !t.dotted && (t.op == S.eq || t.op == Symbol("in") || t.op == Symbol("∈")));
      };
      if (!isIn(peekTokNl(1, ps.forGenerator))) lhs = makeExpr(S.outer, {parsePipeLt()});
    }
  }
  const Token t = peekTokNl(1, ps.forGenerator || ps.wsNewline);
  if (t.kind == K::Op && !t.dotted && (t.op == S.eq || t.op == Symbol("in") || t.op == Symbol("∈"))) {
    bumpNl(ps.forGenerator || ps.wsNewline);
    Value rhs = parsePipeLt();
    return makeExpr(S.eq, {lhs, rhs});
  }
  error(t, diag::Kind::ExpectedToken, "invalid iteration spec: expected one of `=` `in` or `∈`");
  while (true) {
    K k = peek();
    if (k == K::Comma || k == K::NewlineWs || isClosingToken(k)) break;
    bump();
  }
  return makeExpr(S.eq, {lhs, errorExpr()});
}

Value Parser::parseIterationSpecs(bool& multiple, std::vector<Value>& specs) {
  while (true) {
    specs.push_back(parseIterationSpec());
    if (peek() != K::Comma) break;
    bump();
  }
  multiple = specs.size() > 1;
  if (multiple) return makeExpr(S.block, specs);
  return specs[0];
}

// Macro arguments separated by spaces: @foo a b  ==>  (macrocall @foo LNN a b)
Value Parser::parseSpaceSeparatedExprs(std::vector<Value>& out) {
  StateGuard g(*this, spaceSensitiveContext());
  while (true) {
    K k = peek();
    if (isClosingToken(k) || k == K::NewlineWs || (ps.forGenerator && k == K::For)) break;
    size_t before = lastEnd;
    out.push_back(parseEq());
    if (abort_ || lastEnd == before) break;
  }
  return Value();
}

}  // namespace jl::syntax::detail
