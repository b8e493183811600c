# RUN: run
# Scope rules: loops make new locals, functions see globals, `global` and `local`.
x = 10
function readglobal()
    return x + 1
end
println(readglobal())

function shadow()
    x = 1
    for i in 1:3
        x += i
    end
    return x
end
println(shadow(), " ", x)

function loopvars()
    for i in 1:2
        t = i
    end
    return @isdefined(t)
end
println(loopvars())

function setglobal()
    global x = 42
    return nothing
end
setglobal()
println(x)

let y = 5
    y += 1
    println(y)
end
println(@isdefined(y))

function inner_local()
    a = 1
    let
        local a = 2
        a += 1
    end
    return a
end
println(inner_local())
