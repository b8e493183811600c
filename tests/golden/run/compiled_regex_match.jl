# RUN: run
# Regular expressions in compiled code: literals (compiled once), Regex(...) built at run
# time, `match` and its result (`nothing` or a RegexMatch), occursin, RegexMatch fields,
# show, repr, typeof and ==.
function assignment(line::String)
    m = match(r"^(\w+)\s*=\s*(\d+)$", line)
    if m === nothing
        return "-"
    end
    return string(m.captures[1], " is ", m.captures[2], " at ", m.offset)
end

for line in ["x = 1", "# comment", "total=42", "y = z"]
    println(assignment(line))
end

words = Regex("^[a-z]+\$")
println(occursin(words, "hello"), " ", occursin(words, "Hello"))
ci = Regex("^[a-z]+\$", "i")
println(occursin(ci, "Hello"))
show(ci); println()
println(ci == r"^[a-z]+$"i, " ", ci == words)
println(repr(r"a\"b"), " ", typeof(words))

m = match(r"(\d+)-(\d+)?", "call 555- now")
if m !== nothing
    println(m.match, " ", m.offset)
    show(m); println()
    println(m.captures[2] === nothing, " ", m.captures[1] === nothing)
    println(m isa RegexMatch, " ", typeof(m))
end
nomatch = match(r"a", "b")
println(nomatch === nothing, " ", typeof(nomatch), " ", nomatch isa Nothing)
println(contains("hello world", r"o w"), " ", startswith("hello", r"h.l"), " ", endswith("hello", r"l+"))
println(match(r"b", "abcb", 3).offset)
