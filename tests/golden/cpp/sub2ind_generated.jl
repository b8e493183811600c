# RUN: build --emit=cpp %s
# The emitted C++ for the seed's generated sub2ind: one straight-line function per arity,
# no loop (the generator's loop ran at build time).
@generated function sub2ind_gen(dims::NTuple{N}, I::Integer...) where N
    ex = :(I[$N] - 1)
    for i = (N - 1):-1:1
        ex = :(I[$i] - 1 + dims[$i] * $ex)
    end
    return :($ex + 1)
end

println(sub2ind_gen((3, 5), 1, 2))
println(sub2ind_gen((3, 5, 7), 2, 4, 6))
println(sub2ind_gen((2, 3, 4, 5, 6, 7, 8, 9), 1, 2, 3, 4, 5, 6, 7, 8))
