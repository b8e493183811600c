# RUN: run
a = [1, 2, 3]
println(a .+ 1, " ", a .* a, " ", 2 .^ a)
println(sqrt.([4.0, 9.0]), " ", (1, 2) .+ 1)
m = [1 2; 3 4]
println(m .+ [10, 20], " ", size(m), " ", m[2, 1])
b = zeros(Int, 3)
b .= a .* 2
println(b)
b .+= 1
println(b)
println(abs.([-1, 2]) == [1, 2], " ", string.([1, 2]))
println(map(+, [1, 2], [10, 20]), " ", map(x -> x + 1, (1, 2)))
println(reduce(+, [1, 2, 3]), " ", foldl(-, [1, 2, 3]), " ", mapreduce(x -> x^2, +, [1, 2]))
println(sum(x -> x * 2, [1, 2]), " ", reduce(*, [1, 2, 3]; init = 10))
