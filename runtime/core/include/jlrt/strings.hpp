// jlrt string and Char functions beyond containers.hpp's basics, for Base's natives in
// generated code: byte indices (codeunit, thisind/nextind/prevind/isvalid, s[a:b]),
// searching and counting, stripping, padding, case mapping, reversing, `string(n; base,
// pad)`, the Char predicates and Char arithmetic. Semantics and error texts are the
// interpreter's (runtime/interp/builtins_strings.cpp), sharing runtime/core/text.cpp.
// Defined in rt_strings.cpp. C++17.
#pragma once

#include <cstdint>

#include "jlrt/optional.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

// ---- byte indices ----
uint8_t codeunit(const String& s, int64_t i);           // BoundsError
int64_t thisind(const String& s, int64_t i);            // BoundsError unless 0 <= i <= n+1
int64_t nextind(const String& s, int64_t i);            // BoundsError unless 0 <= i <= n
int64_t prevind(const String& s, int64_t i);            // BoundsError unless 1 <= i <= n+1
bool isvalid(const String& s, int64_t i);
int64_t lastindex(const String& s);
// s[a:b]: BoundsError (with the range) / StringIndexError at a or b; empty when b < a.
String substring(const String& s, int64_t a, int64_t b);
// s[r] for a UnitRange{Int64} value (a generated struct with fields start and stop).
template <class R>
String getindex_range(const String& s, const R& r) { return substring(s, r.start, r.stop); }

// ---- construction ----
String string_of(Symbol s);                             // String(:sym)
// string(n; base, pad): ArgumentError for a base outside 2..62.
String string_int(int64_t n, int64_t base, int64_t pad);
String string_uint(uint64_t n, int64_t base, int64_t pad);
Char first(const String& s);                            // ArgumentError when empty
Char last(const String& s);
String first(const String& s, int64_t n);               // the first n characters
String last(const String& s, int64_t n);

// ---- searching ----
bool contains(const String& s, const String& needle);
bool contains(const String& s, Char needle);
bool in(Char c, const String& s);
int64_t cmp(const String& a, const String& b);
int64_t count(const String& pattern, const String& s, bool overlap);
int64_t count(Char pattern, const String& s, bool overlap);
Optional<int64_t> findfirst(Char c, const String& s);
Optional<int64_t> findlast(Char c, const String& s);

// ---- transformations ----
String titlecase(const String& s);
String uppercasefirst(const String& s);
String lowercasefirst(const String& s);
String strip(const String& s);
String lstrip(const String& s);
String rstrip(const String& s);
String chomp(const String& s);
String chop(const String& s, int64_t head, int64_t tail);  // ArgumentError when negative
String reverse(const String& s);
String lpad(const String& s, int64_t n, const String& p);
String rpad(const String& s, int64_t n, const String& p);
bool isascii(const String& s);
// split(s[, dlm]; limit, keepempty) (the _split native): by whitespace (nothing), a String
// or a Char.
Vector<String> split(const String& s, Nothing, int64_t limit, bool keep);
Vector<String> split(const String& s, const String& d, int64_t limit, bool keep);
Vector<String> split(const String& s, Char d, int64_t limit, bool keep);

// ---- Char ----
Char uppercase(Char c);
Char lowercase(Char c);
Char titlecase(Char c);
bool isdigit(Char c);
bool isxdigit(Char c);
bool isletter(Char c);
bool isspace(Char c);
bool isuppercase(Char c);
bool islowercase(Char c);
bool ispunct(Char c);
bool isascii(Char c);
Char char_add(Char c, int64_t n);    // c + n: ArgumentError when c is malformed, InexactError out of range
Char char_sub(Char c, int64_t n);    // c - n
int64_t char_diff(Char a, Char b);   // a - b
String string_of(Char c);

}  // namespace jlrt
