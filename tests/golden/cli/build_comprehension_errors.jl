# RUN: build --no-interpreter --emit=cpp %s
# Comprehensions and generators the compiler does not translate are build errors.
xs = [1, 2, 3]
g = (x for x in xs)
s = maximum(string(x) for x in xs)
m = [string(i) for i in 1:2, j in 1:2]
a = [x == 1 ? 1 : "one" for x in xs]
println(any(x > i for x in xs, i in 1:2))
