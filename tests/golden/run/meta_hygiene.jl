# RUN: run
# Macro hygiene: locals renamed, globals resolved in the macro's module, esc, gensym.
macro swap!(a, b)
    tmp = gensym("tmp")
    return esc(quote
        $tmp = $a
        $a = $b
        $b = $tmp
    end)
end
function swaptest()
    x, y = 1, 2
    @swap!(x, y)
    return (x, y)
end
println(swaptest())

macro counter_local()
    return quote
        n = 0
        n += 1
        n
    end
end
n = 100
println(@counter_local, " ", n)

module Lib
helper() = "Lib.helper"
macro call_helper()
    return :(helper())
end
end
helper() = "Main.helper"
println(Lib.@call_helper)

macro twice(ex)
    return quote
        $(esc(ex))
        $(esc(ex))
    end
end
k = 0
@twice k += 1
println(k)

ex = macroexpand(Main, :(@swap!(p, q)))
println(Meta.isexpr(ex, :block))
ex2 = @macroexpand1 @twice f(x)
println(count(a -> a isa LineNumberNode, ex2.args), " ", filter(a -> !(a isa LineNumberNode), ex2.args))
