# RUN: parse --sexpr
# Macro calls in all forms.
@m
@m a b
@m(a, b)
@m(a, b = 1; c = 2)
@name[a b] * v
@name [a b] * v
@name([a b]) * v
@. x + y
A.@m x
@m begin
    x
end
@assert a == b "message"
