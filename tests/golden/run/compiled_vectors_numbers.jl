# RUN: run
# Vectors, integer ranges and numbers beyond the basics (also compiled: tests/e2e/compiled_cases.txt):
# pushfirst!/pop!/insert!/deleteat!/append!, indexing with ranges, vectors and masks, `in`,
# sort, cumsum, unique, maximum/extrema/prod, range == vector, collect of ranges, typemax,
# gcd, bit counts, eps/nextfloat/copysign, round(x; digits), exact mixed comparisons, and
# loops over tuples whose elements have different types (unrolled by the compiler).
a = [3, 1, 2]
push!(a, 5)
pushfirst!(a, 0)
println(a)
println(pop!(a), " ", popfirst!(a), " ", a)
insert!(a, 2, 9)
println(a)
deleteat!(a, 1)
println(a)
append!(a, [7, 8])
println(a, " ", length(a), " ", size(a))
println(a[2:3], " ", a[end], " ", a[[1, 3]])
println(a[[true, false, true, false, false]])
a[1] = 4.0
println(a)
println(reverse([1, 2, 3]))
println(zeros(3), " ", ones(Int, 2), " ", fill(7, 2))
v = Vector{Int}(undef, 2)
println(length(v), " ", typeof(v))
w = Int[]
push!(w, 1)
println(w, " ", typeof(Float64[]))
println(unique([1, 2, 1, 3]))
println([1, 2] == [1, 2], " ", [1, 2] == [1, 3])
println(3 in [1, 2, 3], " ", 4 in [1, 2, 3])
println(sum([1.5, 2.5]), " ", sum(Int[]))
println(first([1, 2]), " ", last([1, 2]), " ", isempty(Int[]))
println(count(iseven, [1, 2, 4]), " ", any(iseven, [1, 3]), " ", all(isodd, [1, 3]))
try
    [1, 2, 3][5]
catch e
    println(typeof(e))
end
try
    pop!(Int[])
catch e
    println(e.msg)
end
try
    a[2:9]
catch e
    println(sprint(showerror, e))
end
try
    a[[1, 9]]
catch e
    println(sprint(showerror, e))
end
try
    a[[true]]
catch e
    println(sprint(showerror, e))
end
try
    insert!(a, 0, 1)
catch e
    println(sprint(showerror, e))
end
r = 1:5
println(r, " ", length(r), " ", first(r), " ", last(r), " ", step(r))
println(collect(5:-2:1), " ", 5:-2:1, " ", typeof(1:2), " ", typeof(1:2:5))
println(r[2], " ", sum(r), " ", reverse(1:3), " ", 3 in r, " ", isempty(2:1))
println(collect(1:0), " ", length(10:-1:1), " ", 1:2:10)
println(4 in 1:2:9, " ", 5 in 1:2:9, " ", 0 in 1:0, " ", 5 in 9:-2:1, " ", 2 in 9:-2:1, " ", collect(1:3:1), collect(3:1:1))
println(typemax(Int64) + 1)
println(typemin(Int8) - Int8(1))
println(gcd(12, 18), " ", lcm(4, 6), " ", gcd(-12, 18), " ", gcd(0, 0), " ", lcm(Int8(-4), Int8(6)))
println(count_ones(255), " ", leading_zeros(1), " ", trailing_zeros(8), " ", leading_zeros(UInt8(1)), " ", trailing_zeros(0), " ", count_zeros(Int16(3)))
println(typemax(UInt64), " ", typemin(Float32), " ", typemax(Float64), " ", floatmax(Float64), " ", floatmin(Float64), " ", floatmax(Float32))
println(abs(-2.5), " ", sign(-2.5), " ", sign(0.0), " ", copysign(3.0, -1.0), " ", signbit(-0.0), " ", copysign(2.0, 3), " ", copysign(-2.0f0, 0.0))
println(eps(), " ", eps(1.0), " ", nextfloat(1.0), " ", prevfloat(1.0), " ", eps(Float32), " ", eps(Inf), " ", eps(1.0f0))
a = [4, 1, 2, 7, 8]
println(sort(a), " ", sort(a, rev=true), " ", sort(["b", "a"]), " ", a)
sort!(a, rev=true)
println(a, " ", sort([2.0, -0.0, NaN, 0.0, -1.0]), " ", sort(['b', 'a']))
println(cumsum([1, 2, 3]), " ", unique([1, 2, 1, 3]), " ", cumprod([1.5, 2.0]), " ", cumsum(Int[]))
println([1, 2] == [1, 2], " ", [1, 2] == [1, 3], " ", 1:3 == [1, 2, 3], " ", [1.0, 2.0] == 1:2, " ", 1:0 == Int[], " ", 1:3 != [1, 2])
println(maximum([1, 5, 2]), " ", minimum([4, 2, 8]), " ", extrema([3, 1, 2]), " ", maximum([1.0, NaN]), " ", minimum([-0.0, 0.0]))
println(sum([1.5, 2.5]), " ", prod([2, 3]), " ", sum(Int[]), " ", prod(Int[]), " ", prod([typemax(Int64), 2]))
try
    maximum(Int[])
catch e
    println(sprint(showerror, e))
end
try
    extrema(Float64[])
catch e
    println(sprint(showerror, e))
end
for (x, y) in ((1, 2.0), ("a", :b))
    println(x, " ", y, " ", typeof(x))
end
function f(t)
    s = 0.0
    for x in t
        s += x
    end
    s
end
println(f((1, 2.5, Int8(3))))
println(round(3.14159, digits=2), " ", round(1234.5, digits=-2), " ", round(2.5f0, digits=1), " ", round(7.25, digits=1))
d = 0
println(round(2.5, digits=d), " ", round(Int8(3), digits=2))
println(2^53 + 1 == Float64(2^53 + 1), " ", typemax(Int64) == 9.223372036854776e18, " ", typemax(Int64) < 9.223372036854776e18, " ", -1 < typemax(UInt64))
k = 2^53 + 1
println(k == Float64(k), " ", k < Float64(k), " ", k > Float64(k), " ", Int8(-1) < UInt8(1), " ", isless(1, NaN))
for (f, a, b) in ((div, 1, 0), (rem, 1, 0), (div, typemin(Int64), -1), (fld, typemin(Int), 2))
    try
        println(f(a, b))
    catch e
        println(typeof(e))
    end
end
for (T, x) in ((Int64, 3.5), (Int8, 200), (UInt8, 7.0), (Bool, 1))
    try
        println(T(x), " ", typeof(T(x)))
    catch e
        println(typeof(e))
    end
end
