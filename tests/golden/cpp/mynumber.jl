# RUN: build --emit=cpp --no-line-directives %s
# The emitted C++ for the seed's @eval code generation: one C++ function per generated
# method, MyNumber as a C++ struct with Julia's default show.
struct MyNumber
    x::Float64
end

for op = (:sin, :cos, :tan, :log, :exp)
    @eval Base.$op(a::MyNumber) = MyNumber($op(a.x))
end

println(sin(MyNumber(1.0)))
println(exp(MyNumber(0.0)))
