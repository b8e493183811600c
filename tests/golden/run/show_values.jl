# RUN: run
# show/print/display/repr/dump of values, as Julia prints them.
struct MyNumber
    x::Float64
end
struct Pt
    x::Int
    y::Any
end
show(MyNumber(π)); println()
println(MyNumber(1.0), " ", Pt(1, "a"), " ", [MyNumber(2.0)])
show((1, "a")); print(" "); show((1,)); print(" "); show(()); println()
show((a = 1, b = "x")); print(" "); show((a = 1,)); println()
show([1, 2, 3]); print(" "); show(Any[:+, :a, :(b * c), 1]); print(" "); show(["echo", "Hello"]); println()
show(Int[]); print(" "); show(Any[]); print(" "); show([1.5, 2.0]); print(" "); show(Int8[1, 2]); print(" "); show([true, false]); println()
show([[1, 2], [3]]); print(" "); show([(1, 2)]); print(" "); show(Any[Int32(1), 2.0]); println()
show([1 2; 3 4]); print(" "); show([1.5 2.0]); println()
show(:a => 1); print(" "); show((1 => 2) => 3); println()
show(nothing); print(" "); show(true); print(" "); show('x'); print(" "); show(:sym); print(" "); show(Symbol("1x")); print(" "); show(0x2a); print(" "); show(UInt16(7)); println()
show(Int); print(" "); show(Vector{Int}); print(" "); show(Dict{Symbol,Int}); print(" "); show(Main); println()
show(println); print(" "); show(MyNumber); print(" "); show(1:3); println()
println(repr("x"), " ", repr(1.0), " ", repr(:(a + b)), " ", string(:(a + b)), " ", sprint(show, "q"), " ", sprint(print, "q"))
io = IOBuffer()
print(io, "a", 1)
println(io, 'b')
write(io, "cd")
println(repr(String(take!(io))))
display([1, 2, 3])
display(Any[:+, 1, 1])
display(["a", "bcd"])
display([1.5, -2.25, 10.0])
display(Any[1, "a", 2.5])
display([1 2; 30 4])
display([1.0 2.5; -3.0 4.0])
display(Int[])
display((1, 2))
display("str")
display(MyNumber(1.0))
f(x) = x
f(x, y) = x + y
display(f)
macro m0 end
display(var"@m0")
dump(Pt(1, "a"))
dump([1, 2])
dump(Any[1, :a])
dump(:(1 + x))
dump((1, 2.0))
Meta.show_sexpr(:(f(x, 1))); println()
