# RUN: run
# @generated functions: generator sees types; cached per signature; optionally generated.
@generated function tuple_sum(t::NTuple{N,Int}) where N
    ex = :(0)
    for i in 1:N
        ex = :($ex + t[$i])
    end
    return ex
end
println(tuple_sum((1, 2, 3)), " ", tuple_sum((10, 20)))

const calls = Ref(0)
@generated function typename_of(x)
    calls[] += 1
    name = string(x)
    return :($name)
end
println(typename_of(1), " ", typename_of(2), " ", typename_of("s"), " ", calls[])

function unrolled_prod(xs::NTuple{N,Int}) where N
    if @generated
        ex = :(1)
        for i in 1:N
            ex = :($ex * xs[$i])
        end
        return ex
    else
        p = 1
        for x in xs
            p *= x
        end
        return p
    end
end
println(unrolled_prod((2, 3, 4)))
