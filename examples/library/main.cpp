// Calls the jlcc-compiled functions of geometry.jl through the generated header.
#include <cstdio>

#include "geometry.hpp"

int main() {
  std::printf("norm(3, 4) = %g\n", vec2_norm(3.0, 4.0));
  std::printf("triangle_number(100) = %lld\n", static_cast<long long>(triangle_number(100)));
  return 0;
}
