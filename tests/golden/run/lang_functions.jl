# RUN: run
# Methods, dispatch, keyword and optional arguments, varargs, closures, do-blocks.
area(r::Real) = 3 * r^2
area(w::Real, h::Real) = w * h
println(area(2), " ", area(2, 3.5))

describe(x::Integer) = "integer"
describe(x::AbstractFloat) = "float"
describe(x) = "something else"
println(describe(1), " ", describe(1.5), " ", describe("s"))

greet(name; greeting = "Hello", punct = "!") = string(greeting, ", ", name, punct)
println(greet("Ann"), " ", greet("Bob"; greeting = "Hi"), " ", greet("Cy", punct = "?"))

total(xs...) = sum(xs)
println(total(1, 2, 3), " ", total(4))

inc(x, by = 1) = x + by
println(inc(1), " ", inc(1, 10))

function counter()
    count = 0
    return () -> (count += 1)
end
c = counter()
c(); c()
println(c())

adders = [x -> x + k for k in 1:3]
println([f(10) for f in adders])

result = map([1, 2, 3]) do x
    x * 10
end
println(result)

sq(x::T) where {T<:Number} = (T, x * x)
println(sq(3), " ", sq(2.0))
