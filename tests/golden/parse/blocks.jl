# RUN: parse --sexpr
# Control flow and blocks with their LineNumberNodes.
begin
    x = 1
    y = 2
end
if a
    b
elseif c
    d
else
    e
end
for i = 1:10
    println(i)
end
for i in 1:2, j in 3:4
    f(i, j)
end
while x < 10
    x += 1
end
let x = 1, y = 2
    x + y
end
try
    f()
catch e
    g(e)
finally
    h()
end
quote
    x = 1
    y = 2
end
a; b; c
(a; b)
return
for x in xs
    x > 1 && break
    continue
end
