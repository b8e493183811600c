# RUN: run
# Closures: anonymous and local functions capturing variables of the enclosing function,
# shared captured variables, closures returned and called later, and the higher-order
# functions map/filter/sum/count/any/all/foreach over a Vector, identical in both modes.
function counter_demo()
    count = 0
    inc = () -> (count += 1)
    inc()
    inc()
    println("after two calls: ", count, " ", inc())
    count = 10
    println("after reset: ", inc(), " ", count)
    return nothing
end
counter_demo()

function vector_demo(v, k, lim)
    scaled = map(x -> k * x, v)
    big = filter(x -> x > lim, v)
    total = sum(x -> x + k, v)
    println(scaled, " ", big, " ", total)
    println(count(x -> x % k == 0, v), " ", any(x -> x > lim, v), " ", all(x -> x > lim, v))
    println(map(x -> x / k, v), " ", sum(x -> x * 0.5, v), " ", filter(x -> x > 100, v))
    foreach(x -> print(x + k, " "), v)
    println()
    println(map(abs, [-1, 2, -3]), " ", sum(abs, [-1, 2, -3]), " ", sum(x -> x * -1.0, [0]))
    try
        sum(x -> x + k, Int[])
    catch e
        println(sprint(showerror, e))
    end
    return nothing
end
vector_demo([1, 2, 3, 4, 5, 6], 3, 4)

function local_function(n)
    add_n(x) = x + n
    function scale(x)
        return x * n
    end
    println(add_n(1), " ", scale(7), " ", map(add_n, [10, 20]))
    return nothing
end
local_function(5)

function make_adder(n)
    return x -> x + n
end

function make_accumulator()
    total = 0
    return amount -> (total += amount)
end

add3 = make_adder(3)
println(add3(4), " ", add3(10))
addhalf = make_adder(0.5)
println(addhalf(2))
acc = make_accumulator()
acc(10)
acc(5)
println(acc(1))

function do_blocks(v, offset)
    squares = map(v) do x
        x * x + offset
    end
    println(squares)
    labels = map(v) do x
        string("item ", x)
    end
    println(labels)
    return nothing
end
do_blocks([1, 2, 3], 100)

function shared_state()
    log = String[]
    record = msg -> push!(log, msg)
    record("a")
    record("b")
    println(length(log), " ", log)
    x = 1
    get_x = () -> x
    set_x = v -> (x = v)
    set_x(42)
    println(get_x(), " ", x)
    return nothing
end
shared_state()
