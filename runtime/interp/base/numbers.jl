# Base: numbers (written in Julia). The arithmetic, comparison, conversion and
# elementary-function natives live in builtins_numbers.cpp; this file adds the n-ary
# forms, generic fallbacks, promotion helpers and keyword-argument front ends.

# n-ary operators fold left, as Julia's afoldl: a + b + c parses as +(a, b, c)
+(a, b, c, xs...) = +(+(a, b), c, xs...)
*(a, b, c, xs...) = *(*(a, b), c, xs...)
xor(a, b, c, xs...) = xor(xor(a, b), c, xs...)
min(a, b, c, xs...) = min(min(a, b), c, xs...)
max(a, b, c, xs...) = max(max(a, b), c, xs...)

# generic orderings (strings, chars, user types with isless)
<(x, y) = isless(x, y)
>(x, y) = y < x
<=(x, y) = (x < y) | (x == y)
>=(x, y) = y <= x
min(x, y) = isless(y, x) ? y : x
max(x, y) = isless(y, x) ? x : y
minmax(x, y) = isless(y, x) ? (y, x) : (x, y)
cmp(x, y) = isless(x, y) ? -1 : (isless(y, x) ? 1 : 0)

# promotion
promote(x) = (x,)
promote(x::Number, y::Number) = _promote2(x, y)
promote(x::Number, y::Number, z::Number) = (T = promote_type(typeof(x), typeof(y), typeof(z)); (convert(T, x), convert(T, y), convert(T, z)))
promote_type(T) = T
promote_type(T, S, U, rest...) = promote_type(promote_type(T, S), U, rest...)
oftype(x, y) = convert(typeof(x), y)

divrem(x, y) = (div(x, y), rem(x, y))
fldmod(x, y) = (fld(x, y), mod(x, y))
mod1(x, y) = (m = mod(x, y); m == 0 ? y : m)
fld1(x, y) = fld(x - one(x), y) + one(x)
inv(x::Number) = one(x) / x
ifelse(c::Bool, a, b) = c ? a : b
clamp(x, lo, hi) = x > hi ? convert(typeof(x), hi) : (x < lo ? convert(typeof(x), lo) : x)

function round(x::AbstractFloat; digits::Integer = 0, base::Integer = 10)
    digits == 0 && return _round(x)
    base == 10 || throw(ArgumentError("only base 10 rounding is supported"))
    return _round_digits(x, digits)
end
round(x::Integer; digits::Integer = 0) = x

function isapprox(x::Number, y::Number; atol::Real = 0, rtol::Real = (atol > 0 ? 0 : sqrt(eps())), nans::Bool = false)
    x == y && return true
    (nans && isnan(x) && isnan(y)) && return true
    isfinite(x) && isfinite(y) || return false
    return abs(x - y) <= max(atol, rtol * max(abs(x), abs(y)))
end
≈(x, y) = isapprox(x, y)

function ndigits(x::Integer; base::Integer = 10)
    n = 1
    x = abs(x)
    while x >= base
        x = div(x, base)
        n += 1
    end
    return n
end

function digits(x::Integer; base::Integer = 10, pad::Integer = 1)
    out = Int[]
    x = abs(x)
    while x != 0 || length(out) < pad
        push!(out, rem(x, base))
        x = div(x, base)
    end
    return out
end

function factorial(n::Integer)
    n < 0 && throw(DomainError(n, "`n` must not be negative."))
    n > 20 && throw(OverflowError(string(n, " is too large to look up in the table; consider using `factorial(big(", n, "))` instead")))
    r = one(n)
    for k in 2:n
        r *= k
    end
    return r
end

function isqrt(x::Integer)
    x < 0 && throw(DomainError(x, "isqrt only defined for non-negative x."))
    r = trunc(typeof(x), sqrt(float(x)))
    while r * r > x
        r -= one(r)
    end
    while (r + one(r)) * (r + one(r)) <= x
        r += one(r)
    end
    return r
end

function powermod(x::Integer, p::Integer, m::Integer)
    r = one(x)
    x = mod(x, m)
    while p > 0
        if isodd(p)
            r = mod(r * x, m)
        end
        x = mod(x * x, m)
        p >>= 1
    end
    return mod(r, m)
end
