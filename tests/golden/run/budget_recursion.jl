# RUN: run --recursion-limit 100 %s
# Unbounded recursion raises StackOverflowError, which a program can catch.
f(n) = f(n + 1)
try
    f(1)
catch e
    println(typeof(e))
end
deep(n) = n == 0 ? 0 : 1 + deep(n - 1)
println(deep(50))
