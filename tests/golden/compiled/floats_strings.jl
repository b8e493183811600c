# RUN: run
# Float64 printing and string operations, identical in both modes.
function floats()
    println(0.1 + 0.2)
    println(1.0e16, " ", 1.0e-5, " ", 123456.0, " ", 1.0e6, " ", -0.0, " ", 1 / 0, " ", -1 / 0)
    println(sqrt(2.0), " ", sin(0.5), " ", exp(1.0), " ", log(10.0))
    println(floor(2.7), " ", ceil(2.1), " ", round(2.5), " ", abs(-3.25), " ", min(1.5, 2.5), " ", max(3, 9))
    return nothing
end
floats()

function strings(name, n)
    s = "Hello, " * name * "!"
    println(s, " ", length(s), " ", repr(s))
    println(string("n = ", n, ", half = ", n / 2, ", char = ", 'x'))
    println("interpolated: $(name) has $(length(name)) chars and n^2 = $(n * n)")
    return nothing
end
strings("jlcc", 12)
