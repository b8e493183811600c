# RUN: run
# An uncaught exception: Julia's report on stderr and exit status 1.
function inner(x)
    return x + undefined_variable
end
outer(x) = inner(x) * 2
println("before")
outer(1)
println("never printed")
