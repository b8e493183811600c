# RUN: build --emit=cpp %s
# A statement that evals literal code defining a method runs at build time; reading a
# run-time global there is a build error that says so and points at the assignment.
name = :f
eval(:($name(x) = x + 1))
