# Base: strings (written in Julia). The natives live in builtins_strings.cpp and
# builtins_regex.cpp; this file adds keyword-argument front ends, the string macros
# (b"...", r"...", s"...", raw"...", `...`) and small helpers.

split(str::AbstractString; limit::Integer = 0, keepempty::Bool = false) = _split(str, nothing, limit, keepempty)
split(str::AbstractString, dlm; limit::Integer = 0, keepempty::Bool = true) = _split(str, dlm, limit, keepempty)
function split(str::AbstractString, dlm::Regex; limit::Integer = 0, keepempty::Bool = true)
    strs = String[]
    i = 1
    n = ncodeunits(str)
    r = _regex_find(dlm, str, 1)
    while r !== nothing
        j, k = r
        (0 < j <= n && length(strs) != limit - 1) || break
        if i < k
            (keepempty || i < j) && push!(strs, _bytes_sub(str, i, j - 1))
            i = k
        end
        k <= j && (k = nextind(str, j))
        r = k > n + 1 ? nothing : _regex_find(dlm, str, k)
    end
    (keepempty || i <= n) && push!(strs, _bytes_sub(str, i, n))
    return strs
end

function join(io::IO, xs, delim = nothing, last = nothing)
    _join(io, xs, delim, last === nothing ? delim : last)
    return nothing
end
function join(xs, delim = nothing, last = nothing)
    io = IOBuffer()
    _join(io, xs, delim, last === nothing ? delim : last)
    return String(take!(io))
end

function replace(s::AbstractString, p::Pair; count::Union{Integer,Nothing} = nothing)
    pat = p.first
    pat isa Regex && return _replace_regex(s, pat, p.second, count)
    return _replace_str(s, pat, p.second, count)
end
function replace(s::AbstractString, p::Pair, ps::Pair...; count::Union{Integer,Nothing} = nothing)
    s = replace(s, p; count = count)
    for q in ps
        s = replace(s, q; count = count)
    end
    return s
end

chop(s::AbstractString; head::Integer = 0, tail::Integer = 1) = _chop(s, head, tail)
string(n::Integer; base::Integer = 10, pad::Integer = 1) = _string_int(n, base, pad)
bitstring(x::Integer) = _string_int(unsigned(x) % typeof(unsigned(x)), 2, 8 * sizeof_int(x))
sizeof_int(x::Integer) = div(leading_zeros(zero(x)), 8)

parse(T::Type, s::AbstractString; base::Union{Nothing,Integer} = nothing) =
    _parse(T, s, base === nothing ? 10 : base, base !== nothing, true)
parse(T::Type, c::AbstractChar; base::Integer = 10) = _parse(T, c, base, true, true)
tryparse(T::Type, s::AbstractString; base::Union{Nothing,Integer} = nothing) =
    _parse(T, s, base === nothing ? 10 : base, base !== nothing, false)

count(p::Union{AbstractString,AbstractChar}, s::AbstractString; overlap::Bool = false) = _count_str(p, s, overlap)
count(r::Regex, s::AbstractString; overlap::Bool = false) = _count_regex(r, s, overlap)
eachmatch(r::Regex, s::AbstractString; overlap::Bool = false) = _eachmatch(r, s, overlap)
findnext(r::Regex, s::AbstractString, i::Integer) = (x = _regex_find(r, s, i); x === nothing ? nothing : (x[1]:prevind(s, x[2])))
occursin(needle::AbstractString) = Base.Fix2(occursin, needle)

SubString(s::AbstractString) = s
SubString(s::AbstractString, i::Integer) = s[i:end]
SubString(s::AbstractString, i::Integer, j::Integer) = s[i:j]
string(s::AbstractString) = s
ascii(s::AbstractString) = isascii(s) ? s : throw(ArgumentError("invalid ASCII at index 1 in $(repr(s))"))
read(io::IO, ::Type{String}) = _read_string(io)

# A replacement template for regex substitution: s"\1 and \g<name>".
struct SubstitutionString
    string::String
end

# String macros.
macro b_str(s)
    _b_str(s)
end
macro r_str(pattern, flags...)
    Regex(pattern, flags...)
end
macro s_str(s)
    SubstitutionString(s)
end
macro raw_str(s)
    s
end
# `...` (Core.@cmd) is a native macro: see builtins_regex.cpp.
