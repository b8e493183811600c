# RUN: run
# show and display of Dicts and Sets.
show(Dict(:a => 1)); println()
show(Dict{Any,Any}("k" => [1])); println()
show(Dict{Symbol,Int}()); println()
display(Dict(:a => 1))
display(Dict{String,Float64}("x" => 1.5, "y" => 2.0))
display(Dict{Int,Int}())
show(Set([1])); println()
show(Set{Int}()); println()
display(Set(["a"]))
