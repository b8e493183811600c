# join of a Vector with a String or Char delimiter (and a last delimiter), compiled
# directly (Base's join prints into an IOBuffer).
println(join(["a", "b", "c"], ", "))
println(join([1, 2, 3], "-", " and "))
println(join([1.5, 2.0], ';'))
println(join(String[], ","), "|")
println(join([:x, :y]))
