# RUN: build --emit=typed %s
# Statements that handle code as data run in the embedded interpreter; the others compile.
# Globals of shareable types (here `a`) are mirrored into the interpreter on assignment.
a = 1
ex = Meta.parse("a + 1")
println(eval(ex))
println(a * 2)
