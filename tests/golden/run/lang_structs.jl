# RUN: run
# Structs: immutable, mutable, parametric, inner and outer constructors, abstract types.
abstract type Shape end
struct Circle <: Shape
    r::Float64
end
struct Rect <: Shape
    w::Float64
    h::Float64
end
area(c::Circle) = 3.0 * c.r^2
area(r::Rect) = r.w * r.h
shapes = Shape[Circle(1.0), Rect(2.0, 3.0)]
println(sum(area, shapes))
println(Circle(2))

mutable struct Account
    owner::String
    balance::Int
end
acct = Account("ann", 10)
acct.balance += 5
println(acct.balance, " ", acct)

struct Point{T<:Real}
    x::T
    y::T
end
p = Point(1, 2)
q = Point{Float64}(1, 2)
println(p, " ", q, " ", typeof(p), " ", typeof(q))

struct Positive
    value::Int
    function Positive(v)
        v > 0 || throw(DomainError(v, "must be positive"))
        return new(v)
    end
end
println(Positive(3).value)
try
    Positive(-1)
catch e
    println(typeof(e))
end
println(fieldnames(Rect), " ", Rect <: Shape, " ", isa(Circle(1.0), Shape))
