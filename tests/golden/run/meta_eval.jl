# RUN: run
# eval, @eval with interpolation, Meta.parse, quote nesting, Expr construction.
for (name, val) in ((:one, 1), (:two, 2))
    @eval $(Symbol("get_", name))() = $val
end
println(get_one() + get_two())

ex = Expr(:call, :+, 1, Expr(:call, :*, 2, 3))
println(ex, " = ", eval(ex))
e2 = Meta.parse("x -> x^2")
f = eval(e2)
println(f(7))
println(Meta.parse("a + b", 1))
args = [:a, :b]
println(:(g($(args...), c)))
q = :(z = $(1 + 2))
println(q, " ", q.head, " ", q.args)
push!(q.args, :extra)
println(length(q.args))
module M
x = "M.x"
end
println(Core.eval(M, :x))
println(@eval 1 + 2)
