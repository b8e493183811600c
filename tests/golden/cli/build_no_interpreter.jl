# RUN: build --no-interpreter --emit=cpp %s
# With --no-interpreter, statements that handle code as data are build errors instead of
# running in the embedded interpreter.
ex = Meta.parse("1 + 2")
println(eval(ex))
