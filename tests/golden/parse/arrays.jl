# RUN: parse --sexpr
# Array literals, concatenation, comprehensions and generators, tuples.
[]
[1, 2, 3]
[1 2 3]
[1; 2; 3]
[1 2; 3 4]
[1 2
 3 4]
[1;; 2]
[a;;; b]
Int[1, 2]
Int[1 2]
[x^2 for x in 1:3]
[x for x in xs if x > 0]
[(i, j) for i in 1:2, j in 1:2]
(x for x in xs)
sum(x for x in xs)
(1, 2)
(1,)
()
(a = 1, b = 2)
(; a = 1)
{a, b}
