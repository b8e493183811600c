# RUN: run
# Vectors with bounds checks and exceptions, identical in both modes.
function vectors()
    v = [1, 2, 3]
    push!(v, 10)
    total = 0
    for x in v
        total += x
    end
    println(v, " ", length(v), " ", total, " ", v[end])
    v[2] = 20
    println(v)
    try
        println(v[7])
    catch e
        println("caught ", typeof(e))
    end
    return nothing
end
vectors()

function checked(x)
    x < 0 && error("negative: ", x)
    return x * 2
end

function finally_demo()
    try
        checked(-5)
    catch e
        println(typeof(e), ": ", e.msg)
    finally
        println("finally")
    end
    return nothing
end
finally_demo()
println(checked(21))
