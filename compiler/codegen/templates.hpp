// The skeletons of emitted files (templates/*.in), embedded at build time by
// cmake/EmbedTemplates.cmake: "prologue.cpp.in", "main.cpp.in", "header.hpp.in".
#pragma once

#include <string_view>

namespace jl::codegen {

// The text of a template, or an empty view for an unknown name.
std::string_view templateText(std::string_view name);

}  // namespace jl::codegen
