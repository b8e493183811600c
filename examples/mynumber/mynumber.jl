# The seed's code-generation example: one `@eval` in a loop defines five methods.
struct MyNumber
    x::Float64
end

for op = (:sin, :cos, :tan, :log, :exp)
    @eval Base.$op(a::MyNumber) = MyNumber($op(a.x))
end

x = MyNumber(π)
println(x)
println(sin(x))
println(cos(x))
println(exp(MyNumber(0.0)))
