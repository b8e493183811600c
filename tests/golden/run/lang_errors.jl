# RUN: run
# Exceptions: throw/catch/finally, rethrow, error messages as Julia prints them.
function checked(x)
    x < 0 && throw(ArgumentError("negative input"))
    return sqrt(x)
end
try
    checked(-1)
catch e
    println(typeof(e), ": ", e.msg)
end

function withfinally()
    try
        return "from try"
    finally
        println("finally runs")
    end
end
println(withfinally())

try
    try
        error("inner")
    catch
        println("caught once")
        rethrow()
    end
catch e
    println(sprint(showerror, e))
end

for f in (() -> [1, 2, 3][5], () -> 1 ÷ 0, () -> Int8(300), () -> undefined_name,
          () -> Dict(:a => 1)[:b])
    try
        f()
    catch e
        println(sprint(showerror, e))
    end
end
try
    "abc" + 1
catch e
    println(typeof(e), " ", e.f, " ", e.args)
end
