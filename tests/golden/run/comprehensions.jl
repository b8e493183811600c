# RUN: run
# Comprehensions and generators: vectors, filters, matrices, nested `for`, reductions.
sq(x) = x * x
xs = [3, 1, 4, 1, 5]

a = [sq(x) for x in xs]
println(a)
println(typeof(a))
println([x for x in xs if isodd(x)])
println([x / 2 for x in 1:4])
println([i for i in 10:-3:1])
println([t * 2 for t in (1, 2, 3)])
println([x > 2 for x in xs])
println(["n=$n" for n in 1:3])
println([(i, i^2) for i in 1:3])
println([x for x in Int[]])
println([x for x in 1:0])

m = [i * j for i in 1:3, j in 1:2]
println(m)
println(typeof(m))
println(size(m))
display(m)
println()
display([i + 0.5j for i in 1:2, j in 1:3])
println()
println([i - j for i in (1, 2), j in xs])


function squares(n)
    return [k^2 for k in 1:n]
end
println(squares(5))

function scaled(v::Vector{Float64}, s)
    [s * x for x in v]
end
println(scaled([1.0, 2.5], 2))

k = 3
println([x + k for x in 1:3])
println(k)

# the body runs in order, once per element
r = [(println("visit ", i); i * 10) for i in 1:3]
println(r)
p = [(print(i, j, " "); i + j) for i in 1:2, j in 1:2]
println()
println(p)

println(sum(x^2 for x in 1:10))
println(sum(x / 4 for x in xs))
println(sum(x for x in xs if x > 2))
println(count(isodd(x) for x in xs))
println(sum(x > 2 for x in xs), " ", sum(Int32(x) for x in xs), " ", sum(UInt8(x) for x in xs))
println(any(x > 4 for x in xs))
println(all(x > 0 for x in xs))
println(all(x > 1 for x in xs))
println(maximum(x % 4 for x in xs))
println(minimum(-x for x in xs))
println(collect(x * 3 for x in 1:4))
try
    sum(x for x in 1:0)
catch e
    println(sprint(showerror, e))
end

nested = [[j for j in 1:i] for i in 1:3]
println(nested)
println(length.(nested))
