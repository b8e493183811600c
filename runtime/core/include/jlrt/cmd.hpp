// jlrt::Cmd: a command literal (`echo "Hello, $person"`) as the interpreter's @cmd builds it:
// the words after shell-like splitting, quoting and interpolation (the splitting happens at
// build time; interpolated words are computed at run time). Commands are never run here:
// `c.exec`, `length(c)`, `==` and `show` (Julia's shell quoting: `echo 'Hello, world'`).
// Implemented in rt_cmd.cpp (part of jlcc_rt; no external dependency). C++17.
#pragma once

#include <string>
#include <vector>

#include "jlrt/print.hpp"
#include "jlrt/values.hpp"

namespace jlrt {

class Cmd {
 public:
  Cmd() = default;
  explicit Cmd(std::vector<String> words) : exec_(std::move(words)) {}
  // Base._cmd(words) / Cmd(words): one word per string.
  static Cmd make(const Vector<String>& words) { return Cmd(words.vec()); }
  const std::vector<String>& words() const { return exec_; }
  // `c.exec`: a new Vector{String} of the words (as the interpreter returns it).
  Vector<String> exec() const { return Vector<String>::from(exec_); }

 private:
  std::vector<String> exec_;
};

inline int64_t length(const Cmd& c) { return static_cast<int64_t>(c.words().size()); }
bool operator==(const Cmd& a, const Cmd& b);
inline bool eq(const Cmd& a, const Cmd& b) { return a == b; }
inline bool isequal(const Cmd& a, const Cmd& b) { return a == b; }
// Julia's show of a Cmd: backquoted words, each quoted for the shell when needed.
std::string show_cmd_text(const Cmd& c);
void show(IO& io, const Cmd& c);

template <>
struct TypeInfo<Cmd> {
  static std::string name() { return "Cmd"; }
};

}  // namespace jlrt
