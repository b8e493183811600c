# The seed's generated function: the loop over dimensions runs in the generator at build
# time, so each arity compiles to straight-line arithmetic.
@generated function sub2ind_gen(dims::NTuple{N}, I::Integer...) where N
    ex = :(I[$N] - 1)
    for i = (N - 1):-1:1
        ex = :(I[$i] - 1 + dims[$i] * $ex)
    end
    return :($ex + 1)
end

println(sub2ind_gen((3, 5), 1, 2))
println(sub2ind_gen((3, 5, 7), 2, 4, 6))
println(sub2ind_gen((2, 3, 4, 5), 1, 2, 3, 4))
println(sub2ind_gen((2, 3, 4, 5), 2, 3, 4, 5))
