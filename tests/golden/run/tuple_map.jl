# map over a tuple: the result is a tuple, one call per element (unrolled when compiled).
t = map(x -> 2x, (1, 2, 3))
println(t)
k = 10
println(map(x -> x + k, (1.5, 2)))
half(x) = x / 2
println(map(half, (4, 5.0)))
println(map(x -> isa(x, Number) ? 2 * x : x, (3, 4)))
