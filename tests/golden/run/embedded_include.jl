# Statements that run in the embedded interpreter of a compiled program use definitions
# from an included file (the binary carries its source) and globals of compiled code.
include("embedded_include.jlinc")
ex = :(double(21))
println(eval(ex))
println(macroexpand(Main, :(@twice x)))
n = 5
println(eval(:(double(n))))
n = n + 1
println(eval(Meta.parse("n * 10")))
eval(:(n = 100))
println(n + 1)
