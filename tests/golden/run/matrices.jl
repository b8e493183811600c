# RUN: run
# Matrices and N-dimensional arrays (also compiled: tests/e2e/compiled_cases.txt):
# literals, constructors, column-major storage and linear indexing, `end`, bounds errors,
# iteration, size queries, copy/similar/fill!, sum, elementwise arithmetic, @inbounds, and
# printing (show/print/display with Julia's column alignment and compact floats).
A = [11 12 13; 21 22 23]
println(A)
print(A)
println()
show(A)
println()
display(A)
println(typeof(A), " ", size(A), " ", size(A, 1), " ", size(A, 2), " ", size(A, 3))
println(length(A), " ", ndims(A), " ", eltype(A), " ", isempty(A))
println(A[2, 3], " ", A[4], " ", A[end], " ", A[end, 1], " ", A[1, end])

# assignment; storage is column-major
A[1, 2] = 99
A[5] = -7
A[2, 1] += 100
println(A)
for x in A
    print(" ", x)
end
println()

# bounds errors
try
    A[3, 1]
catch e
    println(e isa BoundsError, " ", sprint(showerror, e))
end
try
    A[7]
catch e
    println(sprint(showerror, e))
end
try
    A[0, 2] = 1
catch e
    println(sprint(showerror, e))
end

# column-major loops in functions
function weighted(M::Matrix{Int})
    total = 0
    for j in 1:size(M, 2), i in 1:size(M, 1)
        total += M[i, j] * j
    end
    return total
end
println(weighted(A))

function table(m, n)
    T = zeros(Int, m, n)
    for j in 1:n, i in 1:m
        T[i, j] = 10i + j
    end
    return T
end
display(table(3, 4))

function trace(M::Matrix{Float64})
    t = 0.0
    @inbounds for i in 1:min(size(M, 1), size(M, 2))
        t += M[i, i]
    end
    return t
end

function scale!(M::Matrix{Float64}, s::Float64)
    @inbounds for j in 1:size(M, 2)
        for i in 1:size(M, 1)
            M[i, j] *= s
        end
    end
    return M
end

# constructors
Z = zeros(2, 3)
display(Z)
println(zeros(Int, 3, 2))
println(ones(2, 2), " ", ones(Int8, 2, 2))
F = fill(1.5, 2, 2)
display(F)
U = Matrix{Float64}(undef, 2, 2)
fill!(U, 0.25)
display(U)
G = Array{Int}(undef, 2, 3)
fill!(G, 7)
println(G)
G2 = Array{Int, 2}(undef, 1, 2)
println(size(G2), " ", size(zeros(Int32(2), 3)))
println(trace(scale!(fill(2.0, 3, 3), 0.5)))
try
    Matrix{Int}(undef, 2, -1)
catch e
    println(sprint(showerror, e))
end
v = Vector{Float64}(undef, 3)
println(length(v), " ", size(v), " ", length(Vector{Int}()))

# literals promote their elements
H = [1 2.5; -3.25 100]
display(H)
println(H)
display([1/3 2/3; 1 2])
C1 = zeros(2, 1)
C1[1] = 1/3
display(C1)
display([-1 10; 100 -1000])
display([1 2 3])
println(hcat(4, 5.5), " ", vcat(1, 2))
B = [true false; false true]
display(B)
println(B)
S = ["a" "bb"; "ccc" "d"]
display(S)
println(S)
display(fill('x', 1, 2))
F32 = fill(1.5f0, 2, 2)
F32[2, 2] = 4
println(F32)
display(F32)
display(zeros(Int, 0, 3))

# arithmetic, comparison, copies
M = [1 2; 3 4]
println(M * 2, " ", 2 * M, " ", M + M, " ", M - [1 1; 1 1], " ", -M)
println(M / 2, " ", M * 0.5, " ", M + [0.5 0.5; 0.5 0.5])
try
    M + [1 2 3]
catch e
    println(sprint(showerror, e))
end
println(M == [1 2; 3 4], " ", M == [1 2; 3 5], " ", M == copy(M), " ", M === copy(M), " ", M === M)
C = copy(M)
C[1] = 100
Al = M
Al[4] = -4
println(M, " ", C)
Sm = similar(M)
println(typeof(Sm), " ", size(Sm))
println(sum(M), " ", sum(H), " ", sum(B), " ", sum(zeros(Int, 2, 0)))

# matrices in structs and tuples; a constant matrix
struct Grid
    cells::Matrix{Int}
end
g = Grid(zeros(Int, 2, 2))
g.cells[2, 1] = 3
println(g, " ", (M, 1))
const K = [1 2; 3 4]
println(K[2, 1] + K[1, 2], " ", repr(K), " ", string(K))

# three dimensions
X = zeros(Int, 2, 3, 2)
X[2, 3, 2] = 5
X[1, 1, 2] = 9
println(typeof(X), " ", size(X), " ", ndims(X), " ", length(X), " ", X[12], " ", X[7], " ", X[2, 3, 2, 1], " ", sum(X))
try
    X[1, 1, 3]
catch e
    println(sprint(showerror, e))
end
try
    X[1, 1, 1, 2]
catch e
    println(sprint(showerror, e))
end
