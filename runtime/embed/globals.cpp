// jlrt::embed::set_global / get_global: globals shared between compiled code and the
// embedded interpreter, converted between jlrt values and the interpreter's Values
// (include/jlrt/embed.hpp).
#include <cstdint>
#include <string>
#include <string_view>

#include "embed/embed_state.hpp"
#include "jlrt/embed.hpp"

namespace jlrt::embed {

using jl::Tag;
using jl::Value;
using jl::interp::Binding;
using jl::interp::Interp;
using jl::interp::ModuleObj;

namespace {

// Conversions between a jlrt type and the interpreter's Value of the same Julia type.
template <class T>
struct Conv;
template <>
struct Conv<std::int64_t> {
  static constexpr const char* julia = "Int64";
  static Value to(std::int64_t v) { return Value::int64(v); }
  static bool from(const Value& v, std::int64_t& out) { return v.tag() == Tag::Int64 && (out = v.asInt64(), true); }
};
template <>
struct Conv<double> {
  static constexpr const char* julia = "Float64";
  static Value to(double v) { return Value::float64(v); }
  static bool from(const Value& v, double& out) { return v.tag() == Tag::Float64 && (out = v.asFloat64(), true); }
};
template <>
struct Conv<bool> {
  static constexpr const char* julia = "Bool";
  static Value to(bool v) { return Value::boolean(v); }
  static bool from(const Value& v, bool& out) { return v.isBool() && (out = v.asBool(), true); }
};
// Both sides hold Julia's Char bits (UTF-8 bytes left-aligned), malformed chars included.
template <>
struct Conv<jlrt::Char> {
  static constexpr const char* julia = "Char";
  static Value to(jlrt::Char v) { return Value::charBits(v.bits); }
  static bool from(const Value& v, jlrt::Char& out) { return v.tag() == Tag::Char && (out = jlrt::Char(v.charBits()), true); }
};
template <>
struct Conv<jlrt::String> {
  static constexpr const char* julia = "String";
  static Value to(const jlrt::String& v) { return jl::makeString(v.str()); }
  static bool from(const Value& v, jlrt::String& out) {
    return v.isString() && (out = jlrt::String(v.as<jl::StringObj>().data), true);
  }
};
template <>
struct Conv<jlrt::Symbol> {
  static constexpr const char* julia = "Symbol";
  static Value to(jlrt::Symbol v) {
    if (!v.entry()) throw jlrt::Exception("ArgumentError", "ArgumentError: set_global of an empty jlrt::Symbol");
    return Value::symbol(v.name());
  }
  static bool from(const Value& v, jlrt::Symbol& out) {
    return v.isSymbol() && (out = jlrt::symbol(v.asSymbol().str()), true);
  }
};
template <>
struct Conv<jlrt::Nothing> {
  static constexpr const char* julia = "Nothing";
  static Value to(jlrt::Nothing) { return Value(); }
  static bool from(const Value& v, jlrt::Nothing&) { return v.isNothing(); }
};

// The module at a path like "Main" or "Main.Inner" (also "Base", "Core").
ModuleObj* moduleAt(Interp& in, std::string_view path) {
  ModuleObj* m = nullptr;
  std::string_view rest = path;
  while (true) {
    size_t dot = rest.find('.');
    std::string_view part = rest.substr(0, dot);
    if (!m) {
      m = part == "Main" ? in.main : part == "Base" ? in.base : part == "Core" ? in.core : nullptr;
    } else {
      const Binding* b = m->find(jl::Symbol(part));
      while (b && b->target) b = b->target;
      m = b && b->defined && b->value.isObject(jl::ObjKind::Module) ? &b->value.asMut<ModuleObj>() : nullptr;
    }
    if (!m) throw jlrt::Exception("ErrorException", "the embedded interpreter has no module " + std::string(path));
    if (dot == std::string_view::npos) return m;
    rest = rest.substr(dot + 1);
  }
}

// The defined binding `name` reads in `m`: its own (or imported) one, else a used module's.
const Binding* findGlobal(ModuleObj* m, jl::Symbol name) {
  auto defined = [&](const ModuleObj* in) -> const Binding* {
    const Binding* b = in->find(name);
    while (b && b->target) b = b->target;
    return b && b->defined ? b : nullptr;
  };
  if (const Binding* b = defined(m)) return b;
  for (const ModuleObj* u : m->usings)
    if (const Binding* b = defined(u)) return b;
  return nullptr;
}

// The interned name of a global (an empty name is an error, not undefined behaviour).
jl::Symbol globalName(const char* name) {
  if (!name || !*name) throw jlrt::Exception("ArgumentError", "ArgumentError: a global needs a name");
  return jl::Symbol(name);
}

template <class T>
void setGlobal(const char* module, const char* name, const T& v) {
  detail::guarded([&] {
    Interp& in = detail::interp();
    in.setGlobal(moduleAt(in, module ? module : ""), globalName(name), Conv<T>::to(v));
  });
}

template <class T>
bool getGlobal(const char* module, const char* name, T& out) {
  return detail::guarded([&] {
    Interp& in = detail::interp();
    const Binding* b = findGlobal(moduleAt(in, module ? module : ""), globalName(name));
    if (!b) return false;
    if (!Conv<T>::from(b->value, out))
      throw jlrt::Exception("TypeError", "TypeError: in global " + std::string(name) + ", expected " + Conv<T>::julia +
                                             ", got a value of type " + detail::typeName(in, b->value));
    return true;
  });
}
}  // namespace

void set_global(const char* module, const char* name, std::int64_t v) { setGlobal(module, name, v); }
void set_global(const char* module, const char* name, double v) { setGlobal(module, name, v); }
void set_global(const char* module, const char* name, bool v) { setGlobal(module, name, v); }
void set_global(const char* module, const char* name, jlrt::Char v) { setGlobal(module, name, v); }
void set_global(const char* module, const char* name, const jlrt::String& v) { setGlobal(module, name, v); }
void set_global(const char* module, const char* name, jlrt::Symbol v) { setGlobal(module, name, v); }
void set_global(const char* module, const char* name, jlrt::Nothing v) { setGlobal(module, name, v); }

bool get_global(const char* module, const char* name, std::int64_t& out) { return getGlobal(module, name, out); }
bool get_global(const char* module, const char* name, double& out) { return getGlobal(module, name, out); }
bool get_global(const char* module, const char* name, bool& out) { return getGlobal(module, name, out); }
bool get_global(const char* module, const char* name, jlrt::Char& out) { return getGlobal(module, name, out); }
bool get_global(const char* module, const char* name, jlrt::String& out) { return getGlobal(module, name, out); }
bool get_global(const char* module, const char* name, jlrt::Symbol& out) { return getGlobal(module, name, out); }
bool get_global(const char* module, const char* name, jlrt::Nothing& out) { return getGlobal(module, name, out); }

}  // namespace jlrt::embed
