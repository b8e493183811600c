# RUN: build --emit=cpp %s
# A call with no applicable method is a build error at the call site.
area(r::Float64) = 3.0 * r * r
println(area("wide"))
