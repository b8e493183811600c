# RUN: run
# Errors from regexes in compiled code: a pattern that does not compile (only at run time,
# when Regex(...) is called) and reading a field of `nothing`.
function build(p::String)
    try
        r = Regex(p)
        println("compiled ", r)
    catch e
        println(typeof(e), ": ", sprint(showerror, e))
    end
end
build("a+")
build("(a")
m = match(r"x", "abc")
println(m === nothing)
try
    println(m.match)
catch e
    println(typeof(e), ": ", sprint(showerror, e))
end
