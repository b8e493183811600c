# RUN: run
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
println(sort(a), " ", sort(a, rev=true), " ", sort(["b", "a"]))
println(sort([-3, 1, 2], by=abs))
println(reverse([1, 2, 3]))
println(findfirst(x -> x > 1, [0, 5, 7]), " ", findall(iseven, [1, 2, 4]))
println(findfirst(x -> x > 10, [1, 2]) === nothing)
println(zeros(3), " ", ones(Int, 2), " ", fill(7, 2))
v = Vector{Int}(undef, 2)
println(length(v), " ", typeof(v))
w = Int[]
push!(w, 1)
println(w, " ", typeof(Float64[]))
println(cumsum([1, 2, 3]), " ", unique([1, 2, 1, 3]))
println([1, 2] == [1, 2], " ", [1, 2] == [1, 3], " ", 1:3 == [1, 2, 3])
println(3 in [1, 2, 3], " ", 4 in [1, 2, 3])
println(maximum([1, 5, 2]), " ", minimum([4, 2, 8]), " ", extrema([3, 1, 2]))
println(sum([1.5, 2.5]), " ", prod([2, 3]), " ", sum(Int[]))
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
