# RUN: run
# Dispatch failures: no applicable method, and an ambiguity between equally specific ones.
f(x::Int, y) = 1
f(x, y::Int) = 2
g(x::String) = x
for thunk in (() -> f(1, 2), () -> g(1), () -> f(1.5, 2.5))
    try
        thunk()
    catch e
        # (Julia goes on with a list of candidate methods; the first line is the message.)
        println(first(split(sprint(showerror, e), "\n")))
    end
end
println(f(1, 2.5), " ", f(2.5, 1))
