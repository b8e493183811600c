# Base: arrays (written in Julia). Constructors (`Vector{T}(undef, n)`, `Array{T}(...)`),
# zeros/ones/fill/similar, and the keyword front ends of sort/findfirst/... over the
# positional natives of builtins_arrays.cpp (`_sort!`, `_findnext`, `_findall`, ...).

struct UndefInitializer end
const undef = UndefInitializer()

# Array{T,N}(undef, dims...), Vector{T}(), Array{T}(x): the native `arrayCtor`.
convert(::Type{T}, a::AbstractArray) where {T<:Array} = _convert_array(T, a)

zeros(dims::Integer...) = _fill(0.0, Float64, dims)
zeros(T::Type, dims::Integer...) = _fill(zero(T), T, dims)
zeros(dims::Tuple) = _fill(0.0, Float64, dims)
zeros(T::Type, dims::Tuple) = _fill(zero(T), T, dims)
ones(dims::Integer...) = _fill(1.0, Float64, dims)
ones(T::Type, dims::Integer...) = _fill(one(T), T, dims)
ones(dims::Tuple) = _fill(1.0, Float64, dims)
ones(T::Type, dims::Tuple) = _fill(one(T), T, dims)
fill(v, dims::Integer...) = _fill(v, typeof(v), dims)
fill(v, dims::Tuple) = _fill(v, typeof(v), dims)
similar(a::AbstractArray) = _similar(a, eltype(a), size(a))
similar(a::AbstractArray, T::Type) = _similar(a, T, size(a))
similar(a::AbstractArray, T::Type, dims::Integer...) = _similar(a, T, dims)
similar(a::AbstractArray, T::Type, dims::Tuple) = _similar(a, T, dims)
reshape(a, dims::Integer...) = _reshape(a, dims)
reshape(a, dims::Tuple) = _reshape(a, dims)
reshape(a, d1, ds...) = _reshape(a, (d1, ds...))
vec(a::AbstractArray) = collect(a)
copy(a::AbstractArray) = collect(a)
transpose(a::AbstractArray) = permutedims(a)
adjoint(a::AbstractArray) = permutedims(a)
reverse(a::AbstractArray; dims=nothing) = _reverse(collect(a), 1, length(a))
reverse(a::AbstractArray, start::Integer, stop::Integer=length(a)) = _reverse(collect(a), start, stop)

# Generic AbstractArray fallbacks for user subtypes (size and getindex defined by the user).
length(a::AbstractArray) = prod(size(a))
ndims(a::AbstractArray) = length(size(a))
size(a::AbstractArray, d::Integer) = d <= ndims(a) ? size(a)[d] : 1
axes(a::AbstractArray) = map(OneTo, size(a))
axes(a::AbstractArray, d::Integer) = OneTo(size(a, d))
eachindex(a::AbstractArray) = OneTo(length(a))
firstindex(a::AbstractArray) = 1
lastindex(a::AbstractArray) = length(a)
lastindex(a::AbstractArray, d::Integer) = size(a, d)
firstindex(a::AbstractArray, d::Integer) = 1
isempty(a::AbstractArray) = length(a) == 0
iterate(a::AbstractArray, i=1) = i > length(a) ? nothing : (a[i], i + 1)
eltype(::Type{<:AbstractArray{T}}) where {T} = T
keys(a::AbstractArray) = OneTo(length(a))
firstindex(t::Tuple) = 1
size(t::Tuple) = (length(t),)

# sorting
sort!(v::AbstractVector; lt=isless, by=identity, rev::Bool=false) = _sort!(v, lt, by, rev)
sort(v::AbstractVector; lt=isless, by=identity, rev::Bool=false) = _sort!(collect(v), lt, by, rev)
sort(t::Tuple; lt=isless, by=identity, rev::Bool=false) = (_sort!(collect(t), lt, by, rev)...,)
sortperm(v; lt=isless, by=identity, rev::Bool=false) = _sortperm(v, lt, by, rev)
issorted(v; lt=isless, by=identity, rev::Bool=false) = _sortperm(v, lt, by, rev) == collect(1:length(v))
partialsort(v, k; lt=isless, by=identity, rev::Bool=false) = sort(v; lt=lt, by=by, rev=rev)[k]

# searching
findfirst(f::Function, a) = _findnext(f, a, 1, 1)
findfirst(a::AbstractArray) = _findnext(identity, a, 1, 1)
findlast(f::Function, a) = _findnext(f, a, length(a), -1)
findlast(a::AbstractArray) = _findnext(identity, a, length(a), -1)
findnext(f::Function, a, i::Integer) = _findnext(f, a, i, 1)
findnext(a::AbstractArray, i::Integer) = _findnext(identity, a, i, 1)
findprev(f::Function, a, i::Integer) = _findnext(f, a, i, -1)
findprev(a::AbstractArray, i::Integer) = _findnext(identity, a, i, -1)
findall(f::Function, a) = _findall(f, a)
findall(a::AbstractArray) = _findall(identity, a)
function findall(f::Function, d::Dict)
    out = keytype(d)[]
    for (k, v) in d
        f(v) && push!(out, k)
    end
    return out
end
findmax(a) = _findextreme(identity, a, true)
findmin(a) = _findextreme(identity, a, false)
findmax(f, a) = _findextreme(f, a, true)
findmin(f, a) = _findextreme(f, a, false)
argmax(a) = _findextreme(identity, a, true)[2]
argmin(a) = _findextreme(identity, a, false)[2]
argmax(f, a) = (i = _findextreme(f, a, true)[2]; collect(a)[i])
argmin(f, a) = (i = _findextreme(f, a, false)[2]; collect(a)[i])
indexin(a, b) = [findfirst(isequal(x), b) for x in a]

cumsum(a) = _accumulate(+, a)
cumprod(a) = _accumulate(*, a)
accumulate(op, a; init=nothing) = init === nothing ? _accumulate(op, a) : _accumulate(op, vcat([init], collect(a)))[2:end]
allunique(a) = length(unique(a)) == length(a)
