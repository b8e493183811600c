# RUN: parse --sexpr
# Calls, keyword arguments, splats, broadcasting, indexing, field access, curly braces.
f()
f(x, y)
f(x; y = 1)
f(x, y = 1; z...)
f(a...)
f.(x, y)
a.b
a.b.c
a.b(c)
A[1]
A[end]
A[begin + 1, end - 1]
A[i, j; k = 1]
T{A, B}
f(x)(y)
x -> x + 1
(x, y) -> x + y
() -> 0
f(x) do y
    y + 1
end
map(xs) do
    0
end
:(a + b)
:x
:(:)
:(::)
var"my var"
