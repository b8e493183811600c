# RUN: build --emit=cpp %s
# Code that cannot be typed concretely is a build error naming the variable, its line and
# the union it was inferred to, with a hint.
function pick(flag::Bool)
    x = 1
    if flag
        x = "one"
    end
    return x
end
println(pick(true))
