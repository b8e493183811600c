# RUN: run
# Regex literals and objects (PCRE2), matches, captures, replacement, commands.
re = r"^\s*(?:#|$)"
println(typeof(re))
show(re); println()
println(re == Regex("^\\s*(?:#|\$)"), " ", r"a"i == r"a", " ", r"a"i)
show(r"a\"b"); println()
m = match(r"(\d+)-(\d+)", "tel: 555-1234 ok")
println(m.match, " ", m.offset, " ", m[1], " ", m[2], " ", m.offsets)
show(m); println()
println(match(r"x", "abc") === nothing, " ", occursin(r"b+", "abbbc"), " ", occursin(r"^b", "abc"))
m2 = match(r"(?<year>\d{4})-(?<mon>\d\d)", "on 2024-05-01")
println(m2[:year], " ", m2["mon"])
show(m2); println()
show(match(r"(a)(b)?", "a")); println()
println(join([x.match for x in eachmatch(r"\d+", "a1b22c333")], ","))
println(replace("hello world", r"o" => "0"), " ", replace("a1b2", r"\d" => s"<\0>"), " ", replace("john smith", r"(\w+) (\w+)" => s"\2, \1"))
println(replace("abc", r"b" => uppercase), " ", replace("aaa", r"a" => "b", count=1))
println(startswith("abc", r"a."), " ", startswith("abc", r"b"), " ", match(r"CaSe"i, "xcasey").match)
println(join(split("a1b22c", r"\d+"), "|"), " ", findfirst(r"b+", "abbbc"))
try
    Regex("(")
catch e
    println(typeof(e))
end
person = "world"
c = `echo "Hello, $person"`
println(typeof(c))
println(c.exec)
show(c); println()
show(`ls -l $(1 + 1) 'it''s'`); println()
