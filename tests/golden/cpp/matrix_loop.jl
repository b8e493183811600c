# RUN: build --emit=cpp --no-line-directives %s
# A column-major double loop over a matrix: `for j in 1:size(A, 2), i in 1:size(A, 1)`
# becomes two nested C++ range loops over jlrt::size, the element reads are checked
# jlrt::getindex(A, i, j) calls, and inside @inbounds they are jlrt::unsafe_getindex /
# unsafe_setindex (jlrt/array.hpp).
function colsums(A::Matrix{Float64})
    s = zeros(size(A, 2))
    for j in 1:size(A, 2), i in 1:size(A, 1)
        s[j] += A[i, j]
    end
    return s
end

function scale!(A::Matrix{Float64}, c::Float64)
    @inbounds for j in 1:size(A, 2), i in 1:size(A, 1)
        A[i, j] = c * A[i, j]
    end
    return A
end

A = [1.0 2.0 3.0; 4.0 5.0 6.0]
println(colsums(scale!(A, 2.0)))
