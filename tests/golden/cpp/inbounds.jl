# RUN: build --emit=cpp --no-line-directives %s
# Vector indexing inside @inbounds is not bounds-checked (jlrt::unsafe_getindex /
# unsafe_setindex); outside it, it is (jlrt::getindex / setindex).
function total(v::Vector{Int})
    s = 0
    @inbounds for i in 1:length(v)
        s += v[i]
    end
    @inbounds v[1] = s
    return v[1] + v[2]
end
println(total([1, 2, 3]))
