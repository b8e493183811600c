# RUN: run
# Dicts in compiled code (jlrt::Dict): Dict{K,V}() and Dict(k => v, ...), d[k] (KeyError),
# d[k] = v (with numeric conversion), get, haskey, delete!, length, isempty,
# collect(keys(d))/collect(values(d)), `for (k, v) in d`, reference semantics, const Dicts,
# and println/show/display/string/repr of every key and value type. Julia's iteration
# order differs from jlcc's insertion order, so dicts with several keys are printed through
# their sorted keys and loops over them compute order-independent results.
function sortedkeys(d)
    ks = collect(keys(d))
    for i in 2:length(ks)
        j = i
        while j > 1 && ks[j] < ks[j-1]
            t = ks[j]
            ks[j] = ks[j-1]
            ks[j-1] = t
            j -= 1
        end
    end
    return ks
end

function showsorted(d)
    print(length(d), ":")
    for k in sortedkeys(d)
        print(" ", repr(k), " => ", repr(d[k]))
    end
    println()
end

function counts(words)
    c = Dict{String,Int}()
    for w in words
        c[w] = get(c, w, 0) + 1
    end
    return c
end

function totals(d)
    s = 0
    n = 0
    for (k, v) in d
        s += v
        n += length(k)
    end
    return (s, n)
end

function register!(d, k)
    d[k] = length(d) + 1
    return d
end

c = counts(["a", "bb", "a", "ccc", "bb", "a"])
showsorted(c)
println(c["a"], " ", haskey(c, "bb"), " ", haskey(c, "z"), " ", length(c), " ", isempty(c))
println(totals(c))
vs = collect(values(c))
println(length(vs), " ", vs[1] + vs[2] + vs[3])
delete!(c, "bb")
delete!(c, "not there")
showsorted(c)
println(sortedkeys(c), " ", typeof(c))

e = Dict{Int,Float64}()
println(isempty(e), " ", length(e), " ", e)
display(e)
e[3] = 1
e[3] += 0.5
println(e, " ", get(e, 4, -1.0), " ", e[3])
display(e)
e[10] = 2.25
showsorted(e)
delete!(e, 3)
println(e, " ", collect(keys(e)), " ", collect(values(e)))

r = Dict(:x => 10)
r2 = r
register!(r2, :y)
println(length(r), " ", r === r2, " ", haskey(r, :y), " ", r[:x])

println(Dict("one" => 1))
println(Dict(1 => "x"))
println(Dict(true => 2.5))
println(Dict('c' => :sym))
println(Dict(:k => false))
show(Dict(1.5 => 'q'))
println()
display(Dict("pi" => 3.141592653589793))
display(Dict(:a => true))
display(Dict('z' => "zed"))
println(string(Dict(2 => 3)), " ", repr(Dict(2 => 3)), " ", typeof(Dict(2 => 3)))
println(Dict{Float64,Int}(1 => 2), " ", Dict(0.1 + 0.2 => 0.5))
println(Dict("k" => 1, "k" => 2))

for (k, v) in Dict(:only => 42)
    println(k, " -> ", v)
end

function lookups(d)
    for k in ["a", "nope"]
        try
            println(k, " = ", d[k])
        catch err
            println(sprint(showerror, err))
        end
    end
    try
        Dict(1 => 2)[5]
    catch err
        println(sprint(showerror, err))
    end
    try
        Dict(:s => 1.0)[:t]
    catch err
        println(sprint(showerror, err))
    end
    return nothing
end
lookups(c)

# A const Dict is evaluated at build time and becomes one shared object of the program.
const PRICES = Dict("apple" => 2, "pear" => 3)
price(k) = get(PRICES, k, 0)
PRICES["fig"] = 7
println(price("apple"), " ", price("fig"), " ", price("kiwi"), " ", length(PRICES), " ", PRICES["pear"])
