#!/usr/bin/env bash
# Golden-file test runner.
#
#   run_golden.sh --jlcc PATH [--autoupdate] FILE.jl...
#
# Each FILE.jl names the jlcc invocation(s) to check in lines of the form
#   # RUN: parse --sexpr
# (the file name is appended to the arguments; `%s` in them is replaced by it instead).
# The expected result lives in FILE.expected: each RUN's stdout, then `--- stderr` and its
# stderr when not empty, then `--- exit N` when the status is not 0; RUN blocks are
# separated by a `=== RUN: ...` line when there are several. --autoupdate rewrites the
# .expected files from the current output instead of comparing.
set -u
jlcc="" update=0 files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jlcc) jlcc=$2; shift 2 ;;
    --autoupdate) update=1; shift ;;
    *) files+=("$1"); shift ;;
  esac
done
[ -x "$jlcc" ] || { echo "run_golden.sh: --jlcc PATH is required" >&2; exit 2; }
jlcc=$(cd "$(dirname "$jlcc")" && pwd)/$(basename "$jlcc")
fail=0
for f in "${files[@]}"; do
  dir=$(dirname "$f") base=$(basename "$f")
  mapfile -t runs < <(grep -E '^# RUN:' "$f" | sed 's/^# RUN: *//')
  [ ${#runs[@]} -gt 0 ] || runs=("run")
  actual=""
  for r in "${runs[@]}"; do
    if [[ "$r" == *%s* ]]; then cmd=${r//%s/$base}; else cmd="$r $base"; fi
    out=$(cd "$dir" && eval "timeout 60 \"$jlcc\" $cmd" 2>/tmp/golden_err.$$; echo "--- exit $?")
    status=${out##*--- exit }
    out=${out%--- exit *}
    block=""
    [ ${#runs[@]} -gt 1 ] && block+="=== RUN: $r"$'\n'
    block+="$out"
    err=$(cat /tmp/golden_err.$$)
    [ -n "$err" ] && block+="--- stderr"$'\n'"$err"$'\n'
    [ "$status" != 0 ] && block+="--- exit $status"$'\n'
    actual+="$block"
  done
  rm -f /tmp/golden_err.$$
  expected_file=${f%.jl}.expected
  if [ "$update" = 1 ]; then
    printf '%s' "$actual" >"$expected_file"
    echo "updated $expected_file"
  elif [ ! -f "$expected_file" ]; then
    echo "FAIL $f: no $expected_file (run with --autoupdate)"; fail=1
  elif ! diff -u "$expected_file" <(printf '%s' "$actual") >/tmp/golden_diff.$$; then
    echo "FAIL $f"; head -40 /tmp/golden_diff.$$; fail=1
  else
    echo "PASS $f"
  fi
  rm -f /tmp/golden_diff.$$
done
exit $fail
