# Project-wide options: language levels, warnings, ccache, sanitizers.
option(JLCC_BUILD_TESTS "Build the test suite" ON)
option(JLCC_BUILD_BENCH "Build the benchmarks" OFF)
option(JLCC_BUILD_FUZZ "Build libFuzzer targets (needs clang)" OFF)
set(JLCC_SANITIZE "" CACHE STRING "Sanitizers for the compiler and tests, e.g. address,undefined")

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "" FORCE)
endif()

find_program(JLCC_CCACHE ccache)
if(JLCC_CCACHE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${JLCC_CCACHE})
  set(CMAKE_C_COMPILER_LAUNCHER ${JLCC_CCACHE})
endif()

# jlcc_warnings: every target of the project links this for its warning flags.
add_library(jlcc_warnings INTERFACE)
target_compile_options(jlcc_warnings INTERFACE -Wall -Wextra -Wno-unused-parameter)

if(JLCC_SANITIZE)
  add_compile_options(-fsanitize=${JLCC_SANITIZE} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${JLCC_SANITIZE})
endif()

# The compiler is C++20; runtime headers that generated code includes stay C++17.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

# Fuzzing: instrument every library for libFuzzer's coverage feedback (clang only).
if(JLCC_BUILD_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
