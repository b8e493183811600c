// Julia's text/plain layout of array elements (jlrt/layout.hpp). C++17.
#include "jlrt/layout.hpp"

#include <algorithm>

namespace jlrt {

std::pair<size_t, size_t> display_alignment(Align kind, std::string_view text) {
  size_t len = 0;  // characters, not bytes
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++len;
  if (kind == Align::Integer) return {len, 0};
  if (kind == Align::Undef) return {3, 3};
  if (kind == Align::Float) {
    size_t p = text.find_first_of(".eEfF");
    if (p == std::string_view::npos) return {len, 0};
    return {p, len - p};
  }
  return {0, len};
}

std::string layout_matrix(const std::vector<std::string>& text, const std::vector<Align>& kind, int64_t rows,
                          int64_t cols) {
  std::string out;
  if (rows <= 0 || cols <= 0) return out;
  size_t n = static_cast<size_t>(rows) * static_cast<size_t>(cols);
  std::vector<std::pair<size_t, size_t>> al(n);
  std::vector<std::pair<size_t, size_t>> col(static_cast<size_t>(cols), {0, 0});
  for (size_t k = 0; k < n && k < text.size(); ++k) {
    al[k] = display_alignment(kind.size() == 1 ? kind[0] : kind[k], text[k]);
    auto& c = col[k / static_cast<size_t>(rows)];
    c.first = std::max(c.first, al[k].first);
    c.second = std::max(c.second, al[k].second);
  }
  for (int64_t r = 0; r < rows; ++r) {
    if (r) out += '\n';
    out += ' ';
    for (int64_t c = 0; c < cols; ++c) {
      size_t k = static_cast<size_t>(c) * static_cast<size_t>(rows) + static_cast<size_t>(r);
      if (k >= text.size()) break;
      const auto& A = col[static_cast<size_t>(c)];
      out.append(A.first - al[k].first, ' ');
      out += text[k];
      if (c + 1 < cols) {
        out.append(A.second - al[k].second, ' ');
        out += "  ";
      }
    }
  }
  return out;
}

}  // namespace jlrt
