# RUN: build --emit=cpp %s
# A statement that calls eval runs at build time; reading a run-time global there is a
# build error that says so and points at the assignment.
ex = :(1 + 2)
println(eval(ex))
