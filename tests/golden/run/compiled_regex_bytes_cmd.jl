# RUN: run
# Byte-string literals, broadcasting a function or type over a vector, vector constants and
# command literals in compiled code.
bytes = b"a\x00\xffé"
println(bytes)
println(Int.(bytes))
println(Float64.(collect(bytes)) == [97.0, 0.0, 255.0, 195.0, 169.0])
double(x) = 2x
println(double.([1, 2, 3]))
scale(x, k) = k * x
println(scale.([1.5, 2.5], 2))
println(length(b""))

person = "Ada Lovelace"
c = `echo $person`
println(c.exec, " ", length(c.exec))
show(c); println()
println(c == `echo "Ada Lovelace"`, " ", c == `echo Ada Lovelace`)
show(`ls -l "my dir" it\'s ""`); println()
println(typeof(`true`))
