// Dict{K,V} for generated code: an insertion-ordered hash map with shared reference
// semantics (copies alias the same storage, as Julia dicts do), keyed by isequal (Float64
// keys: all NaNs equal, 0.0 and -0.0 distinct). Iteration, keys/values and printing follow
// insertion order, as the interpreter's Dict does (a documented jlcc difference from Julia).
// Printing matches runtime/interp/show.cpp byte for byte. Header-only, C++17.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jlrt/containers.hpp"
#include "jlrt/print.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

namespace detail {
template <class K>
struct DictKeyOps {
  size_t operator()(const K& k) const { return std::hash<K>()(k); }
  bool operator()(const K& a, const K& b) const { return a == b; }
};
template <>
struct DictKeyOps<double> {
  static uint64_t bits(double x) {
    if (std::isnan(x)) return 0x7ff8000000000000ull;  // isequal(NaN, NaN)
    uint64_t u;
    std::memcpy(&u, &x, sizeof u);
    return u;  // isequal(0.0, -0.0) is false: compare the bits
  }
  size_t operator()(double k) const { return std::hash<uint64_t>()(bits(k)); }
  bool operator()(double a, double b) const { return bits(a) == bits(b); }
};
template <>
struct DictKeyOps<Char> {
  size_t operator()(Char k) const { return std::hash<uint32_t>()(k.bits); }
  bool operator()(Char a, Char b) const { return a == b; }
};
template <>
struct DictKeyOps<String> {
  size_t operator()(const String& k) const { return std::hash<std::string_view>()(k.view()); }
  bool operator()(const String& a, const String& b) const { return a == b; }
};
template <>
struct DictKeyOps<Symbol> {
  size_t operator()(Symbol k) const { return std::hash<const void*>()(static_cast<const void*>(k.entry())); }
  bool operator()(Symbol a, Symbol b) const { return a == b; }
};
}  // namespace detail

// ---------------------------------------------------------------------------------------
// Dict{K,V}: entries in insertion order plus an index from key to position.
template <class K, class V>
class Dict {
 public:
  struct Data {
    std::vector<std::pair<K, V>> entries;
    std::unordered_map<K, size_t, detail::DictKeyOps<K>, detail::DictKeyOps<K>> index;
  };
  Dict() : p_(std::make_shared<Data>()) {}
  Data& data() const { return *p_; }
  bool same(const Dict& o) const { return p_ == o.p_; }
  // The position of `k`, or -1.
  int64_t find(const K& k) const {
    auto it = p_->index.find(k);
    return it == p_->index.end() ? -1 : static_cast<int64_t>(it->second);
  }
  void set(const K& k, const V& v) const {
    auto it = p_->index.find(k);
    if (it != p_->index.end()) {
      p_->entries[it->second].second = v;
      return;
    }
    p_->index.emplace(k, p_->entries.size());
    p_->entries.emplace_back(k, v);
  }
  bool erase(const K& k) const {
    auto it = p_->index.find(k);
    if (it == p_->index.end()) return false;
    size_t pos = it->second;
    p_->index.erase(it);
    p_->entries.erase(p_->entries.begin() + static_cast<std::ptrdiff_t>(pos));
    for (auto& e : p_->index)
      if (e.second > pos) --e.second;
    return true;
  }

 private:
  std::shared_ptr<Data> p_;
};

template <class K, class V>
struct TypeInfo<Dict<K, V>> {
  static std::string name() { return "Dict{" + TypeInfo<K>::name() + ", " + TypeInfo<V>::name() + "}"; }
};
template <class K, class V>
struct ImplicitEltype<Dict<K, V>> : std::bool_constant<ImplicitEltype<K>::value && ImplicitEltype<V>::value> {};

// Dict(k1 => v1, ...): `dict_make<K, V>({{k1, v1}, ...})` (later keys overwrite earlier ones).
template <class K, class V>
Dict<K, V> dict_make(std::initializer_list<std::pair<K, V>> kvs) {
  Dict<K, V> d;
  for (const auto& kv : kvs) d.set(kv.first, kv.second);
  return d;
}
template <class K, class V>
int64_t length(const Dict<K, V>& d) { return static_cast<int64_t>(d.data().entries.size()); }
template <class K, class V>
bool isempty(const Dict<K, V>& d) { return d.data().entries.empty(); }
// d[k]: KeyError when missing.
template <class K, class V>
V getindex(const Dict<K, V>& d, const K& k) {
  int64_t i = d.find(k);
  if (i < 0) throw_exception(make_key(k));
  return d.data().entries[static_cast<size_t>(i)].second;
}
// d[k] = v (returns the dict, as setindex! does).
template <class K, class V>
Dict<K, V> setindex(const Dict<K, V>& d, const V& v, const K& k) {
  d.set(k, v);
  return d;
}
template <class K, class V>
V get(const Dict<K, V>& d, const K& k, const V& dflt) {
  int64_t i = d.find(k);
  return i < 0 ? dflt : d.data().entries[static_cast<size_t>(i)].second;
}
template <class K, class V>
bool haskey(const Dict<K, V>& d, const K& k) { return d.find(k) >= 0; }
template <class K, class V>
Dict<K, V> dict_delete(const Dict<K, V>& d, const K& k) {
  d.erase(k);
  return d;
}
// collect(keys(d)), collect(values(d)): new vectors in iteration order.
template <class K, class V>
Vector<K> dict_keys(const Dict<K, V>& d) {
  std::vector<K> out;
  for (const auto& e : d.data().entries) out.push_back(e.first);
  return Vector<K>::from(std::move(out));
}
template <class K, class V>
Vector<V> dict_values(const Dict<K, V>& d) {
  std::vector<V> out;
  for (const auto& e : d.data().entries) out.push_back(e.second);
  return Vector<V>::from(std::move(out));
}

// for (k, v) in d: (k, v) tuples in insertion order, index based (checked each step, so
// mutating the dict inside the loop is memory safe).
template <class K, class V>
class EachOfDict {
 public:
  explicit EachOfDict(Dict<K, V> d) : d_(std::move(d)) {}
  class iterator {
   public:
    iterator(const Dict<K, V>* d, size_t i) : d_(d), i_(i) {}
    std::tuple<K, V> operator*() const {
      const auto& e = d_->data().entries[i_];
      return std::tuple<K, V>(e.first, e.second);
    }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator&) const { return i_ < d_->data().entries.size(); }

   private:
    const Dict<K, V>* d_;
    size_t i_;
  };
  iterator begin() const { return iterator(&d_, 0); }
  iterator end() const { return iterator(&d_, 0); }

 private:
  Dict<K, V> d_;
};
template <class K, class V>
EachOfDict<K, V> each(const Dict<K, V>& d) { return EachOfDict<K, V>(d); }

// ---------------------------------------------------------------------------------------
// Printing (runtime/interp/show.cpp: showDict and the text/plain listing).
namespace detail {
// A Float64 under `:compact => true` (6 significant digits, then the shortest form).
inline void show_compact(IO& io, double x) {
  if (x == 0 || !std::isfinite(x)) {
    show(io, x);
    return;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.5e", x);
  show(io, std::strtod(buf, nullptr));
}
template <class T>
void show_dict_elem(IO& io, const T& x, bool compact) {
  if constexpr (std::is_same_v<T, double>) {
    if (compact) show_compact(io, x);
    else show(io, x);
  } else {
    show_typed<T>(io, x);
  }
}
}  // namespace detail

template <class K, class V>
void show(IO& io, const Dict<K, V>& d) {
  const auto& es = d.data().entries;
  constexpr bool implicit = ImplicitEltype<K>::value && ImplicitEltype<V>::value;
  if (es.empty() || !implicit) io.write(TypeInfo<Dict<K, V>>::name());
  else io.write("Dict");
  io.write('(');
  bool first = true;
  for (const auto& e : es) {
    if (!first) io.write(", ");
    first = false;
    detail::show_dict_elem<K>(io, e.first, false);
    io.write(" => ");
    detail::show_dict_elem<V>(io, e.second, false);
  }
  io.write(')');
}
template <class K, class V>
void display(IO& io, const Dict<K, V>& d) {
  const auto& es = d.data().entries;
  io.write(TypeInfo<Dict<K, V>>::name());
  if (es.empty()) {
    io.write("()\n");
    return;
  }
  io.write(" with " + formatInt(static_cast<int64_t>(es.size())) + (es.size() == 1 ? " entry:" : " entries:"));
  for (const auto& e : es) {
    io.write("\n  ");
    detail::show_dict_elem<K>(io, e.first, true);
    io.write(" => ");
    detail::show_dict_elem<V>(io, e.second, true);
  }
  io.write('\n');
}

}  // namespace jlrt
