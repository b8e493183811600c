#!/usr/bin/env bash
# End-to-end check of compiled mode for one program:
#   compile_and_compare.sh --jlcc PATH --cxx CXX [--sanitize] FILE.jl
# Compiles FILE.jl with `jlcc compile` (warnings are errors; with --sanitize, ASan and
# UBSan, linked dynamically), runs the binary and compares its stdout with what the program
# prints at run time: NAME.runtime.expected when it exists (programs whose macros print
# during expansion), else the stdout of `jlcc run FILE.jl`.
set -u
jlcc="" cxx=g++ sanitize=0 file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jlcc) jlcc=$2; shift 2 ;;
    --cxx) cxx=$2; shift 2 ;;
    --sanitize) sanitize=1; shift ;;
    *) file=$1; shift ;;
  esac
done
[ -x "$jlcc" ] && [ -f "$file" ] || { echo "usage: $0 --jlcc PATH --cxx CXX [--sanitize] FILE.jl" >&2; exit 2; }
jlcc=$(cd "$(dirname "$jlcc")" && pwd)/$(basename "$jlcc")
dir=$(cd "$(dirname "$file")" && pwd)
name=$(basename "$file" .jl)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags="-Wall -Wextra -Werror"
link=()
if [ "$sanitize" = 1 ]; then
  flags="$flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1"
  link=(--no-static)
fi
cd "$dir"
if [ -f "$name.runtime.expected" ]; then
  cp "$name.runtime.expected" "$work/expected"
else
  "$jlcc" run "$name.jl" >"$work/expected" 2>/dev/null
fi
if ! "$jlcc" compile "$name.jl" -o "$work/bin" --cxx "$cxx" --cxxflags "$flags" "${link[@]}" >"$work/build.out" 2>"$work/build.err"; then
  echo "FAIL $file: jlcc compile failed"
  head -20 "$work/build.err"
  exit 1
fi
"$work/bin" >"$work/got" 2>"$work/stderr"
if ! diff -u "$work/expected" "$work/got" >"$work/diff"; then
  echo "FAIL $file: compiled output differs from jlcc run"
  head -30 "$work/diff"
  head -10 "$work/stderr"
  exit 1
fi
if [ -s "$work/stderr" ] && grep -q "Sanitizer" "$work/stderr"; then
  echo "FAIL $file: sanitizer report"
  head -20 "$work/stderr"
  exit 1
fi
echo "PASS $file ($cxx${sanitize:+, sanitize=$sanitize})"
