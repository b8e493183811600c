# RUN: run
r = 1:5
println(r, " ", length(r), " ", first(r), " ", last(r), " ", step(r))
println(collect(5:-2:1), " ", 5:-2:1, " ", typeof(1:2), " ", typeof(1:2:5))
println(r[2], " ", sum(r), " ", reverse(1:3), " ", 3 in r, " ", isempty(2:1))
println(collect(1:0), " ", length(10:-1:1), " ", 1:2:10)
println(collect(0:0.25:1))
println([i * 2 for i in 1:3 if i != 2])
for (i, x) in enumerate(["a", "b"])
    println(i, " ", x)
end
for (x, y) in zip([1, 2, 3], "ab")
    println(x, y)
end
