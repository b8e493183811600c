// Julia's regex flags (`r"..."imsxa`) as PCRE2 compile options: one definition for the
// interpreter (runtime/interp/builtins_regex.cpp) and generated programs (rt_regex.cpp).
// Include after <pcre2.h>.
#pragma once

#include <cstdint>
#include <string_view>

namespace jlrt::text {

// Applies each flag of `flags` to `opts`; returns the first unknown flag, or 0.
inline char applyRegexFlags(std::string_view flags, uint32_t& opts) {
  for (char c : flags) {
    switch (c) {
      case 'i': opts |= PCRE2_CASELESS; break;
      case 'm': opts |= PCRE2_MULTILINE; break;
      case 's': opts |= PCRE2_DOTALL; break;
      case 'x': opts |= PCRE2_EXTENDED; break;
      case 'a': opts &= ~static_cast<uint32_t>(PCRE2_UCP); break;
      default: return c;
    }
  }
  return 0;
}

}  // namespace jlrt::text
