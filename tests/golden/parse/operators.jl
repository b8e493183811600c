# RUN: parse --sexpr
# Operator precedence and associativity, one precedence class per line.
x = y = 1
a => b => c
a ? b : c ? d : e
x --> y
a → b
a || b || c
a && b && c
a < b <= c == d
a <: B
a >: B
x in xs
x isa T
a === b !== c
x |> f |> g
x <| f <| g
1:10
1:2:10
a + b + c
a - b - c
a * b * c
a / b / c
x ÷ y % z & w
a // b // c
a << b >> c >>> d
a ^ b ^ c
-a ^ b
-2 ^ 2
!a
a::T
x .+ y
x .= y
x += 1
x .*= 2
a ≤ b ≠ c
a × b
a ∈ S
2x
2(x + 1)
x'
x'y
√x
a..b
a ⊻ b
