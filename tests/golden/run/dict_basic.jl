# RUN: run
d = Dict{String,Int}()
d["a"] = 1
d["b"] = 2
println(d["a"], " ", get(d, "z", 0), " ", haskey(d, "b"), " ", length(d))
println(typeof(Dict(:a => 1, :b => 2.0)), " ", typeof(Dict()))
delete!(d, "a")
println(collect(keys(d)), " ", collect(values(d)))
get!(d, "c", 5)
println(sort(collect(keys(d))))
for (k, v) in Dict(:x => 1)
    println(k, " ", v)
end
s = Set([1, 2, 3])
push!(s, 2)
println(length(s), " ", 2 in s, " ", 7 in s)
println(sort(collect(union(Set([1]), Set([2])))), " ", intersect([1, 2, 3], [2, 3, 4]), " ", setdiff([1, 2, 3], [2]))
p = :a => 5
println(p.first, " ", p.second, " ", typeof(p))
