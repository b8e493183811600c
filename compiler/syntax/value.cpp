// Symbol interning, object constructors and structural equality for syntax values.
#include "value.hpp"

#include "core/text.hpp"

#include <cstring>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace jl {

namespace {
struct SymbolTable {
  std::mutex mutex;
  std::unordered_map<std::string_view, std::unique_ptr<std::string>> names;
};
SymbolTable& symbolTable() {
  static SymbolTable* table = new SymbolTable;  // never destroyed: symbols outlive statics
  return *table;
}
}  // namespace

Symbol::Symbol(std::string_view name) {
  SymbolTable& t = symbolTable();
  std::lock_guard<std::mutex> lock(t.mutex);
  auto it = t.names.find(name);
  if (it != t.names.end()) {
    name_ = it->second.get();
    return;
  }
  auto owned = std::make_unique<std::string>(name);
  name_ = owned.get();
  t.names.emplace(std::string_view(*owned), std::move(owned));
}

const std::string& Symbol::emptyName() {
  static const std::string* empty = new std::string;
  return *empty;
}

Value Value::codepoint(uint32_t cp) { return charBits(charBitsFromCodepoint(cp)); }

jl::int128 Value::toInt128() const {
  switch (tag_) {
    case Tag::Int8: case Tag::Int16: case Tag::Int32: case Tag::Int64: return u_.i64;
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64: return static_cast<jl::int128>(u_.u64);
    case Tag::Int128: return u_.i128;
    case Tag::UInt128: return static_cast<jl::int128>(u_.u128);
    case Tag::Bool: return u_.b ? 1 : 0;
    default: return 0;
  }
}

Value makeString(std::string s) { return Value::object(new StringObj(std::move(s))); }
Value makeExpr(Symbol head, std::vector<Value> args) { return Value::object(new ExprObj(head, std::move(args))); }
Value makeExpr(std::string_view head, std::vector<Value> args) { return makeExpr(Symbol(head), std::move(args)); }
Value makeQuoteNode(Value v) { return Value::object(new QuoteNodeObj(std::move(v))); }
Value makeLineNumberNode(int64_t line, Value file) {
  return Value::object(new LineNumberNodeObj(line, std::move(file)));
}

bool syntaxEqual(const Value& a, const Value& b) {
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
    case Tag::Nothing: return true;
    case Tag::Bool: return a.asBool() == b.asBool();
    case Tag::Int8: case Tag::Int16: case Tag::Int32: case Tag::Int64: return a.asInt64() == b.asInt64();
    case Tag::UInt8: case Tag::UInt16: case Tag::UInt32: case Tag::UInt64: return a.asUInt64() == b.asUInt64();
    case Tag::Int128: return a.asInt128() == b.asInt128();
    case Tag::UInt128: return a.asUInt128() == b.asUInt128();
    case Tag::Float32: return a.asFloat32() == b.asFloat32();
    case Tag::Float64: return a.asFloat64() == b.asFloat64();
    case Tag::Char: return a.charBits() == b.charBits();
    case Tag::Symbol: return a.asSymbol() == b.asSymbol();
    case Tag::Object: break;
  }
  const Object* x = a.obj();
  const Object* y = b.obj();
  if (x == y) return true;
  if (x->kind() != y->kind()) return false;
  switch (x->kind()) {
    case ObjKind::String: return a.as<StringObj>().data == b.as<StringObj>().data;
    case ObjKind::QuoteNode: return syntaxEqual(a.as<QuoteNodeObj>().value, b.as<QuoteNodeObj>().value);
    case ObjKind::LineNumberNode: {
      auto& l = a.as<LineNumberNodeObj>();
      auto& r = b.as<LineNumberNodeObj>();
      return l.line == r.line && syntaxEqual(l.file, r.file);
    }
    case ObjKind::Expr: {
      auto& l = a.as<ExprObj>();
      auto& r = b.as<ExprObj>();
      if (l.head != r.head || l.args.size() != r.args.size()) return false;
      for (size_t i = 0; i < l.args.size(); ++i)
        if (!syntaxEqual(l.args[i], r.args[i])) return false;
      return true;
    }
    default: return false;
  }
}

std::string encodeUtf8(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

uint32_t charBitsFromCodepoint(uint32_t cp) {
  std::string bytes = encodeUtf8(cp);
  uint32_t bits = 0;
  for (size_t i = 0; i < 4; ++i) {
    bits <<= 8;
    if (i < bytes.size()) bits |= static_cast<unsigned char>(bytes[i]);
  }
  return bits;
}

bool codepointFromCharBits(uint32_t bits, uint32_t& cp) { return jlrt::text::charCodepoint(bits, cp); }

}  // namespace jl
