# Base's collection layer written in Julia: the range types, the lazy iterators
# (Generator, Filter, Enumerate, Zip, ...), constructors of Pair/Dict/Set, keys/values/
# pairs, and the keyword wrappers of the reductions. The heavy lifting is done by the
# positional natives of builtins_collections.cpp (`_mapfold`, `_dict_from`, ...), which
# walk any iterable with fast paths for the types defined here.

# ---------------------------------------------------------------------------------------
# Ranges. `for i in a:b` is fast-pathed by the evaluator for UnitRange{Int64} (fields
# start, stop) and Base.OneTo{Int64} (field stop).
abstract type AbstractRange{T} <: AbstractArray{T,1} end
abstract type OrdinalRange{T,S} <: AbstractRange{T} end
abstract type AbstractUnitRange{T} <: OrdinalRange{T,T} end

struct UnitRange{T<:Real} <: AbstractUnitRange{T}
    start::T
    stop::T
end

struct OneTo{T<:Integer} <: AbstractUnitRange{T}
    stop::T
end
OneTo(n::Integer) = OneTo{typeof(n)}(max(zero(n), n))

struct StepRange{T,S} <: OrdinalRange{T,S}
    start::T
    step::S
    stop::T
end

# Float ranges: elements are computed by `_frange_at` (exact for decimal literals).
struct StepRangeLen{T,R,S,L<:Integer} <: AbstractRange{T}
    ref::R
    step::S
    len::L
    offset::L
end

_unitstop(a, b) = b < a ? a - one(a) : b
(:)(a::T, b::T) where {T<:Integer} = UnitRange{T}(a, _unitstop(a, b))
(:)(a::Integer, b::Integer) = (:)(promote(a, b)...)
function (:)(a::T, s::Integer, b::T) where {T<:Integer}
    s == 0 && throw(ArgumentError("step cannot be zero"))
    a2, b2 = promote(a, b)
    return StepRange{typeof(a2),typeof(s)}(a2, s, _steprange_last(a2, s, b2))
end
(:)(a::Integer, s::Integer, b::Integer) = (:)(promote(a, b)..., s)
(:)(a::Char, b::Char) = StepRange{Char,Int64}(a, 1, b < a ? a - 1 : b)
function (:)(a::Char, s::Integer, b::Char)
    s == 0 && throw(ArgumentError("step cannot be zero"))
    return StepRange{Char,Int64}(a, s, a + _steprange_last(0, s, b - a))
end
(:)(a::Real, b::Real) = _floatrange(float(a), 1.0, float(b))
(:)(a::Real, s::Real, b::Real) = _floatrange(float(a), float(s), float(b))
function _floatrange(a::Float64, s::Float64, b::Float64)
    n = _frange_len(a, s, b)
    return StepRangeLen{Float64,Float64,Float64,Int64}(a, s, n, 1)
end

function range(start; stop=nothing, length=nothing, step=nothing)
    return _range(start, step, stop, length)
end
range(start, stop; length=nothing, step=nothing) = _range(start, step, stop, length)
function _range(start, step, stop, len)
    if len === nothing
        step === nothing && return start:stop
        return start:step:stop
    end
    if stop === nothing
        st = step === nothing ? one(start) : step
        stop = start + (len - 1) * st
        return (start isa Integer && st isa Integer) ? (start:st:stop) : _floatrange(float(start), float(st), float(stop))
    end
    if step === nothing
        len == 1 && return _floatrange(float(start), 1.0, float(start))
        if start isa Integer && stop isa Integer && rem(stop - start, len - 1) == 0
            st = div(stop - start, len - 1)
            st == 1 && return start:stop
        end
        return StepRangeLen{Float64,Float64,Float64,Int64}(float(start), (float(stop) - float(start)) / (len - 1), len, 1)
    end
    return start:step:(start + (len - 1) * step)
end

first(r::UnitRange) = r.start
last(r::UnitRange) = r.stop
step(r::UnitRange) = one(r.start - r.start)
first(r::OneTo) = one(r.stop)
last(r::OneTo) = r.stop
step(r::OneTo) = one(r.stop)
first(r::StepRange) = r.start
last(r::StepRange) = r.stop
step(r::StepRange) = r.step
first(r::StepRangeLen) = _frange_at(r.ref, r.step, 0)
last(r::StepRangeLen) = _frange_at(r.ref, r.step, r.len - 1)
step(r::StepRangeLen) = r.step

length(r::AbstractUnitRange) = Int(max(0, last(r) - first(r) + 1))
length(r::OneTo) = Int(r.stop)
length(r::StepRange) = Int(max(0, div(r.stop - r.start, r.step) + 1))
length(r::StepRangeLen) = Int(r.len)
size(r::AbstractRange) = (length(r),)
isempty(r::AbstractRange) = length(r) == 0
firstindex(r::AbstractRange) = 1
lastindex(r::AbstractRange) = length(r)
eachindex(r::AbstractRange) = OneTo(length(r))
axes(r::AbstractRange) = (OneTo(length(r)),)

function getindex(r::AbstractRange, i::Integer)
    (i < 1 || i > length(r)) && throw(BoundsError(r, (i,)))
    return _rangeat(r, i)
end
_rangeat(r::OrdinalRange, i) = first(r) + (i - 1) * step(r)
_rangeat(r::StepRangeLen, i) = _frange_at(r.ref, r.step, i - 1)
function getindex(r::AbstractUnitRange, s::AbstractUnitRange)
    isempty(s) && return r[1]:r[1]-1
    (first(s) < 1 || last(s) > length(r)) && throw(BoundsError(r, (s,)))
    return _rangeat(r, first(s)):_rangeat(r, last(s))
end
function getindex(r::OrdinalRange, s::OrdinalRange)
    isempty(s) && return _rangeat(r, 1):step(r)*step(s):_rangeat(r, 1)-step(r)*step(s)
    (first(s) < 1 || last(s) > length(r)) && throw(BoundsError(r, (s,)))
    return _rangeat(r, first(s)):(step(r) * step(s)):_rangeat(r, last(s))
end
getindex(r::AbstractRange, v::AbstractVector) = [r[i] for i in v]
const Colon = typeof(:)
getindex(r::AbstractRange, ::Colon) = r

iterate(r::AbstractRange) = isempty(r) ? nothing : (first(r), 1)
function iterate(r::AbstractRange, i)
    i >= length(r) && return nothing
    return (_rangeat(r, i + 1), i + 1)
end
function iterate(r::UnitRange, i)
    i == r.stop && return nothing
    return (i + one(i), i + one(i))
end
iterate(r::UnitRange) = r.stop < r.start ? nothing : (r.start, r.start)
iterate(r::OneTo) = r.stop < 1 ? nothing : (one(r.stop), one(r.stop))
function iterate(r::OneTo, i)
    i == r.stop && return nothing
    return (i + one(i), i + one(i))
end

reverse(r::OrdinalRange) = last(r):-step(r):first(r)
reverse(r::StepRangeLen) = _floatrange(last(r), -step(r), first(r))
sum(r::AbstractUnitRange{T}) where {T<:Integer} = isempty(r) ? zero(first(r)) : div((first(r) + last(r)) * length(r), 2)
copy(r::AbstractRange) = r
minimum(r::OrdinalRange) = isempty(r) ? throw(ArgumentError("range must be non-empty")) : min(first(r), last(r))
maximum(r::OrdinalRange) = isempty(r) ? throw(ArgumentError("range must be non-empty")) : max(first(r), last(r))
==(r::AbstractRange, s::AbstractRange) = (isempty(r) && isempty(s)) || (first(r) == first(s) && length(r) == length(s) && last(r) == last(s))
similar(r::AbstractRange, ::Type{T}, dims::Tuple) where {T} = _similar(r, T, dims)

# UnitRange, StepRange and Pair are printed by show.cpp.
show(io::IO, r::StepRangeLen) = (show(io, first(r)); print(io, ':'); show(io, step(r)); print(io, ':'); show(io, last(r)))
show(io::IO, r::OneTo) = (print(io, "Base.OneTo("); show(io, r.stop); print(io, ')'))

# ---------------------------------------------------------------------------------------
# Lazy iterators. The natives walk these directly; the `iterate` methods below serve
# user code that calls iterate itself and the evaluator's `for`.
struct Generator
    f
    iter
end
struct Filter
    flt
    itr
end
struct Enumerate
    itr
end
struct Zip
    is::Tuple
end
struct Reverse
    itr
end
struct Take
    itr
    n::Int
end
struct Drop
    itr
    n::Int
end
struct Count
    start
    step
end
struct ProductIterator
    iterators::Tuple
end
struct Flatten
    it
end
struct KeySet
    dict
end
struct ValueIterator
    dict
end
struct Pairs
    data
    itr
end

function iterate(g::Generator, s...)
    y = iterate(g.iter, s...)
    y === nothing && return nothing
    return (g.f(y[1]), y[2])
end
length(g::Generator) = length(g.iter)
size(g::Generator) = size(g.iter)
axes(g::Generator) = axes(g.iter)
isempty(g::Generator) = isempty(g.iter)

function iterate(f::Filter, s...)
    y = iterate(f.itr, s...)
    while y !== nothing
        f.flt(y[1]) && return y
        y = iterate(f.itr, y[2])
    end
    return nothing
end

enumerate(itr) = Enumerate(itr)
function iterate(e::Enumerate, state=(1,))
    y = length(state) == 1 ? iterate(e.itr) : iterate(e.itr, state[2])
    y === nothing && return nothing
    return ((state[1], y[1]), (state[1] + 1, y[2]))
end
length(e::Enumerate) = length(e.itr)
size(e::Enumerate) = size(e.itr)

zip(its...) = Zip(its)
function iterate(z::Zip, states=nothing)
    isempty(z.is) && return nothing
    vals = Any[]
    sts = Any[]
    for k in 1:length(z.is)
        y = states === nothing ? iterate(z.is[k]) : iterate(z.is[k], states[k])
        y === nothing && return nothing
        push!(vals, y[1])
        push!(sts, y[2])
    end
    return ((vals...,), (sts...,))
end
length(z::Zip) = _length(z)
size(z::Zip) = (length(z),)

iterate(x::Union{Take,Drop,Reverse,ProductIterator,Flatten,KeySet,ValueIterator,Pairs}) = iterate(x, (collect(x), 1))
function iterate(x::Union{Take,Drop,Reverse,ProductIterator,Flatten,KeySet,ValueIterator,Pairs}, st)
    v, i = st
    i > length(v) && return nothing
    return (v[i], (v, i + 1))
end
length(x::Union{Take,Drop,Reverse,ProductIterator,Flatten,Pairs}) = _length(x)
iterate(c::Count) = (c.start, c.start)
function iterate(c::Count, s)
    n = s + c.step
    return (n, n)
end


# keys / values / pairs
keys(d::Dict) = KeySet(d)
values(d::Dict) = ValueIterator(d)
pairs(d::Dict) = d
length(k::KeySet) = length(k.dict)
length(v::ValueIterator) = length(v.dict)
isempty(k::Union{KeySet,ValueIterator}) = isempty(k.dict)
in(k, s::KeySet) = haskey(s.dict, k)
eltype(::Type{KeySet}) = Any
keys(a::AbstractArray) = OneTo(length(a))
keys(t::Tuple) = OneTo(length(t))
values(a::AbstractArray) = a
values(t::Tuple) = t
pairs(a::Union{AbstractArray,Tuple,NamedTuple}) = Pairs(a, keys(a))
function show(io::IO, k::KeySet)
    n = length(k.dict)
    print(io, "KeySet for a ", typeof(k.dict), " with ", n, n == 1 ? " entry" : " entries", ". Keys:")
    for x in k
        print(io, "\n  ")
        show(io, x)
    end
end
function show(io::IO, v::ValueIterator)
    n = length(v.dict)
    print(io, "ValueIterator for a ", typeof(v.dict), " with ", n, n == 1 ? " entry" : " entries", ". Values:")
    for x in v
        print(io, "\n  ")
        show(io, x)
    end
end

# ---------------------------------------------------------------------------------------
# Pair, Dict, Set constructors.
Pair(a, b) = _pair(a, b)
Pair{A,B}(a, b) where {A,B} = _pair_typed(Pair{A,B}, convert(A, a), convert(B, b))
=>(a, b) = Pair(a, b)
first(p::Pair) = p.first
last(p::Pair) = p.second
getindex(p::Pair, i::Int) = i == 1 ? p.first : i == 2 ? p.second : throw(BoundsError(p, (i,)))
length(p::Pair) = 2
iterate(p::Pair, i=1) = i > 2 ? nothing : (p[i], i + 1)
==(p::Pair, q::Pair) = (p.first == q.first) & (p.second == q.second)
isequal(p::Pair, q::Pair) = isequal(p.first, q.first) & isequal(p.second, q.second)
isless(p::Pair, q::Pair) = ifelse(!isequal(p.first, q.first), isless(p.first, q.first), isless(p.second, q.second))
reverse(p::Pair) = Pair(p.second, p.first)

Dict(ps::Pair...) = _dict_from(ps)
Dict(itr) = _dict_from(itr)
Dict{K,V}(ps::Pair...) where {K,V} = _dict_fill!(_dict_new(K, V), ps)
Dict{K,V}(itr) where {K,V} = _dict_fill!(_dict_new(K, V), itr)
get!(f::Function, d::Dict, k) = _get_bang_f(f, d, k)
merge(d::Dict, others...) = _dict_merge!(_dict_merge_new(d, others), others, nothing)
merge(combine::Function, d::Dict, others...) = _dict_merge!(_dict_merge_new(d, others), others, combine)
merge!(d::Dict, others...) = _dict_merge!(d, others, nothing)
merge!(combine::Function, d::Dict, others...) = _dict_merge!(d, others, combine)
mergewith(combine, d::Dict, others...) = merge(combine, d, others...)
sizehint!(d::Dict, n) = d
function in(p::Pair, d::Dict)
    haskey(d, p.first) || return false
    return d[p.first] == p.second
end
keytype(d::Dict) = eltype(d).parameters[1]
valtype(d::Dict) = eltype(d).parameters[2]

Set() = _set_new(Any)
Set(itr) = _set_from(itr)
Set{T}() where {T} = _set_new(T)
Set{T}(itr) where {T} = _set_fill!(_set_new(T), itr)
const ∪ = union
const ∩ = intersect
⊆(a, b) = issubset(a, b)
⊈(a, b) = !issubset(a, b)
⊇(a, b) = issubset(b, a)
issetequal(a, b) = issubset(a, b) && issubset(b, a)
∈(x, c) = in(x, c)
∉(x, c) = !in(x, c)
∋(c, x) = in(x, c)

# ---------------------------------------------------------------------------------------
# NamedTuple: `(a=1, b=2)` is `_namedtuple((:a, :b), (1, 2))`.
pairs(nt::NamedTuple) = Pairs(nt, keys(nt))
isempty(nt::NamedTuple) = length(nt) == 0

# ---------------------------------------------------------------------------------------
# Reductions and friends: keyword wrappers over positional natives.
struct _InitialValue end
const _NOINIT = _InitialValue()

reduce(op, itr; init=_NOINIT) = _mapfold(identity, op, itr, init, 0)
foldl(op, itr; init=_NOINIT) = _mapfold(identity, op, itr, init, 0)
foldr(op, itr; init=_NOINIT) = _mapfold(identity, op, itr, init, 3)
mapreduce(f, op, itr; init=_NOINIT) = _mapfold(f, op, itr, init, 0)
mapreduce(f, op, itr, itrs...; init=_NOINIT) = _mapfold(identity, op, map(f, itr, itrs...), init, 0)
mapfoldl(f, op, itr; init=_NOINIT) = _mapfold(f, op, itr, init, 0)
mapfoldr(f, op, itr; init=_NOINIT) = _mapfold(f, op, itr, init, 3)
sum(itr; init=_NOINIT) = _mapfold(identity, +, itr, init, 1)
sum(f, itr; init=_NOINIT) = _mapfold(f, +, itr, init, 1)
prod(itr; init=_NOINIT) = _mapfold(identity, *, itr, init, 2)
prod(f, itr; init=_NOINIT) = _mapfold(f, *, itr, init, 2)
maximum(itr; init=_NOINIT) = _extremum(identity, itr, init, true)
maximum(f, itr; init=_NOINIT) = _extremum(f, itr, init, true)
minimum(itr; init=_NOINIT) = _extremum(identity, itr, init, false)
minimum(f, itr; init=_NOINIT) = _extremum(f, itr, init, false)
extrema(itr) = _extrema(identity, itr)
extrema(f, itr) = _extrema(f, itr)
any(itr) = _anyall(nothing, itr, true)
any(f, itr) = _anyall(f, itr, true)
all(itr) = _anyall(nothing, itr, false)
all(f, itr) = _anyall(f, itr, false)
count(itr) = _count(nothing, itr)
count(f, itr) = _count(f, itr)
isempty(itr) = _isempty_iter(itr)
length(x::Union{Filter,Count}) = throw(MethodError(length, (x,)))
only(itr) = (n = _length(itr); n == 1 ? first(itr) : throw(ArgumentError(n == 0 ? "Collection is empty, must contain exactly 1 element" : "Collection has multiple elements, must contain exactly 1 element")))

eltype(::Type) = Any

# Partial application: ==(x), isequal(x), in(c), <(x), ... (closures here; Julia's are
# the callable structs Base.Fix1/Fix2).
Fix1(f, x) = y -> f(x, y)
Fix2(f, x) = y -> f(y, x)
==(x) = Fix2(==, x)
isequal(x) = Fix2(isequal, x)
in(c) = Fix2(in, c)
<(x) = Fix2(<, x)
<=(x) = Fix2(<=, x)
>(x) = Fix2(>, x)
>=(x) = Fix2(>=, x)
!=(x) = Fix2(!=, x)

# Ref(x): `r[]` reads and writes the value; broadcasting treats it as a scalar.
abstract type Ref{T} end
mutable struct RefValue{T} <: Ref{T}
    x::T
end
Ref(x) = RefValue{typeof(x)}(x)
Ref{T}(x) where {T} = RefValue{T}(convert(T, x))
getindex(r::RefValue) = r.x
setindex!(r::RefValue, v) = (r.x = v; r)
broadcastable(x) = x

# ---------------------------------------------------------------------------------------
# Base.Iterators: lazy iterator constructors.
module Iterators
import ..Base
filter(f, itr) = Base.Filter(f, itr)
reverse(itr) = Base.Reverse(itr)
take(itr, n::Integer) = Base.Take(itr, Int(n))
drop(itr, n::Integer) = Base.Drop(itr, Int(n))
product(its...) = Base.ProductIterator(its)
flatten(itr) = Base.Flatten(itr)
countfrom(start=1, step=1) = Base.Count(start, step)
enumerate(itr) = Base.Enumerate(itr)
zip(its...) = Base.Zip(its)
end

export AbstractRange, OrdinalRange, AbstractUnitRange, UnitRange, StepRange, StepRangeLen, Ref,
    UndefInitializer, undef
