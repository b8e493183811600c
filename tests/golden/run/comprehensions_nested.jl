# RUN: run
# Nested `for` clauses, filters over several specifications, and destructuring
# iteration variables in comprehensions and generators.

# Nested for clauses: a 1-d Vector, the outer loop first.
println([(i, j) for i in 1:3 for j in 1:i])
println([(i, j) for i in 1:3 for j in 1:3 if i < j])
println([(i, j) for i in 1:3 if i > 1 for j in 1:i])
println([(i, j, k) for i in 1:2 for j in 1:2 for k in 1:2])
println([i * j for i in 1:2 for j in 1:3 if isodd(j)])
println(Int[i + j for i in 1:2 for j in 1:2])
println(size([i for i in 1:2 for j in 1:3]))

# A filter over several specifications gives a Vector; the first spec varies fastest.
println([i + j for i in 1:3, j in 1:3 if i != j])
println([(i, j) for i in 1:2, j in 1:3 if isodd(i + j)])
println(Float64[i for i in 1:3 if isodd(i)])

# Destructuring iteration variables.
ps = [1 => 2, 3 => 4]
println([k * v for (k, v) in ps])
println([a + b for (a, b) in zip(1:3, 4:6)])
println([string(k, "=", v) for (k, v) in Dict("a" => 1)])
println([x for (i, (a, x)) in enumerate([(1, 2), (3, 4)])])
println([a for (a, _) in ps])
println([k + v + c for (k, v) in ps, c in (10, 20)])

# The destructured names are local to the comprehension.
k = 100
println([k for (k, v) in ps])
println(k)

# Generators in calls.
println(sum(i * j for i in 1:3 for j in 1:i))
println(sum(i * j for i in 1:3, j in 1:3))
println(sum(i * j for i in 1:3, j in 1:3 if i < j))
println(collect(i * j for i in 1:2, j in 1:3))
println(maximum(k - v for (k, v) in ps))
println(first((i, j) for i in 1:3 for j in 1:i))

function pairsum(n)
    s = 0
    v = [(i, j) for i in 1:n for j in i:n]
    for (a, b) in v
        s += a * b
    end
    return (s, length(v))
end
println(pairsum(3))
