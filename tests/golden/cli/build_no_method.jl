# RUN: build --emit=cpp %s
# A call with no applicable method is a build error at the call site, listing the
# candidate methods; a constructor call with a field of the wrong type names the field.
area(r::Float64) = 3.0 * r * r
area(w::Int, h::Int) = w * h
struct P; x::Int; end
println(area("wide"))
println(P("a"))
