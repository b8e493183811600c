#!/usr/bin/env bash
# `jlcc build` output discipline: deterministic bytes, files left untouched when unchanged
# (so Ninja/ccache see no change), a depfile listing what the build read (the source and
# its include()s), and no output at all when the build fails.
#   build_outputs.sh --jlcc PATH
set -eu
jlcc=$2
jlcc=$(cd "$(dirname "$jlcc")" && pwd)/$(basename "$jlcc")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > helper.jlinc <<'JL'
twice(x) = 2x
JL
cat > prog.jl <<'JL'
include("helper.jlinc")
println(twice(21))
JL
fail() { echo "FAIL: $*"; exit 1; }

"$jlcc" build prog.jl -o out --depfile out/prog.d
[ -f out/prog.cpp ] && [ -f out/prog.hpp ] || fail "outputs missing"
grep -q "prog.jl" out/prog.d && grep -q "helper.jlinc" out/prog.d || fail "depfile does not list the inputs: $(cat out/prog.d)"
before=$(stat -c %Y.%N out/prog.cpp)
cp out/prog.cpp first.cpp
sleep 1.1
"$jlcc" build prog.jl -o out --depfile out/prog.d
after=$(stat -c %Y.%N out/prog.cpp)
[ "$before" = "$after" ] || fail "unchanged output was rewritten"
cmp -s first.cpp out/prog.cpp || fail "output is not deterministic"
ls out | grep -q tmp && fail "temporary files left behind"

# A change in an included file changes the output.
echo 'twice(x) = x + x' > helper.jlinc
"$jlcc" build prog.jl -o out
cmp -s first.cpp out/prog.cpp && fail "output did not change with its include"

# -I DIR: include() looks there after the including file's folder.
mkdir -p incdir
echo 'thrice(x) = 3x' > incdir/lib.jlinc
printf 'include("lib.jlinc")\nprintln(thrice(14))\n' > useinc.jl
"$jlcc" build useinc.jl -o incout -I incdir --depfile incout/useinc.d || fail "-I did not find lib.jlinc"
grep -q "incdir/lib.jlinc" incout/useinc.d || fail "depfile misses the -I include: $(cat incout/useinc.d)"
if "$jlcc" build useinc.jl -o incout2 2>/dev/null; then fail "include without -I should fail"; fi

# include() is relative to the including file's folder, not the working directory.
mkdir -p nested
echo 'twice(x) = 2x' > nested/near.jlinc
printf 'include("near.jlinc")\nprintln(twice(21))\n' > nested/usenear.jl
"$jlcc" build nested/usenear.jl -o nearout --depfile nearout/usenear.d || fail "include next to nested/usenear.jl not found"
grep -q "nested/near.jlinc" nearout/usenear.d || fail "depfile misses nested/near.jlinc: $(cat nearout/usenear.d)"

# A program whose statements run in the embedded interpreter carries its included source:
# the binary works where the .jl files are not.
printf 'include("near.jlinc")\nprintln(eval(Meta.parse("twice(4)")))\n' > nested/evalnear.jl
"$jlcc" compile nested/evalnear.jl -o evalnear || fail "compiling nested/evalnear.jl failed"
[ "$(cd / && "$work/evalnear")" = 8 ] || fail "the embedded interpreter did not find the included definitions"

# ARGS and @main in a compiled program: main(ARGS) runs last, its integer result is the status.
printf 'function (@main)(args)\n    for a in args\n        print(a, ";")\n    end\n    println()\n    return length(args)\nend\nprintln(length(ARGS))\n' > withmain.jl
"$jlcc" compile withmain.jl -o withmain || fail "compiling withmain.jl failed"
rc=0; out=$(./withmain x yy zzz) || rc=$?
[ "$out" = $'3\nx;yy;zzz;' ] || fail "@main/ARGS output: $out"
[ "$rc" = 3 ] || fail "@main's result should be the exit status (got $rc)"

# A failing build writes nothing.
printf 'f(x) = x\nprintln(undefined_thing + 1)\n' > bad.jl
if "$jlcc" build bad.jl -o badout 2>err.txt; then fail "a bad program built"; fi
[ ! -e badout/bad.cpp ] || fail "a failed build left bad.cpp"
grep -q "bad.jl:2" err.txt || fail "the error does not name bad.jl:2: $(cat err.txt)"
echo "PASS build outputs"
