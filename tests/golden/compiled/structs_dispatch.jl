# RUN: run
# Structs, multiple dispatch and loops, identical in both modes.
struct Vec2
    x::Float64
    y::Float64
end
add(a::Vec2, b::Vec2) = Vec2(a.x + b.x, a.y + b.y)
scale(a::Vec2, k::Real) = Vec2(a.x * k, a.y * k)
dot(a::Vec2, b::Vec2) = a.x * b.x + a.y * b.y

mutable struct Counter
    n::Int
end
function bump!(c::Counter, by::Int)
    c.n += by
    return c
end

describe(x::Int) = "an Int"
describe(x::Float64) = "a Float64"
describe(x::Vec2) = "a Vec2"

function main_demo()
    v = Vec2(1.0, 2.0)
    w = add(v, scale(v, 3))
    println(w, " ", dot(v, w))
    c = Counter(0)
    for i in 1:10
        if i % 3 == 0
            continue
        end
        bump!(c, i)
    end
    println(c.n)
    k = 0
    while true
        k += 1
        k >= 5 && break
    end
    println(k, " ", describe(1), " ", describe(2.0), " ", describe(v))
    t = (1, 2.5, "three")
    println(t, " ", t[1] + 1, " ", t[3])
    return nothing
end
main_demo()
