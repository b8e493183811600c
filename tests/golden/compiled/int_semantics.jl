# RUN: run
# Julia's integer semantics, identical in the interpreter and in compiled code.
function wrap_demo()
    big = 9223372036854775807
    println(big + 1)
    println(-big - 2)
    println(big * 2)
    return nothing
end
wrap_demo()

function division_demo(a, b)
    println(div(a, b), " ", rem(a, b), " ", mod(a, b), " ", fld(a, b), " ", cld(a, b), " ", a ÷ b, " ", a % b)
    return nothing
end
division_demo(7, 2)
division_demo(-7, 2)
division_demo(7, -2)
division_demo(-7, -2)

function shift_demo(x, n)
    println(x << n, " ", x >> n, " ", x >>> n)
    return nothing
end
shift_demo(1, 3)
shift_demo(-16, 2)
shift_demo(1, 64)
shift_demo(-1, 70)
println(2^10, " ", 3^0, " ", (-2)^3, " ", 2^63, " ", 10 / 4, " ", 7 / 7)

function safe_div(a, b)
    try
        return a ÷ b
    catch e
        println("caught ", typeof(e))
        return 0
    end
end
println(safe_div(10, 3), " ", safe_div(1, 0))
