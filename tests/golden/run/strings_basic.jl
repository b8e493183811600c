# RUN: run
# UTF-8 strings: indexing, iteration, searching, transformations, parsing.
s = "héllo wörld"
println(length(s), " ", ncodeunits(s), " ", sizeof(s), " ", codeunit(s, 2))
println(s[1], " ", s[2], " ", s[4], " ", s[1:5], " ", s[end], " ", lastindex(s))
println(firstindex(s), " ", nextind(s, 2), " ", prevind(s, 4), " ", thisind(s, 3), " ", isvalid(s, 3))
for (i, e) in ((3, StringIndexError), (100, BoundsError), (0, BoundsError))
    try
        s[i]
    catch err
        println(typeof(err), " ", err isa e)
    end
end
for c in "aé€"
    print(c, ':', codepoint(c), ' ')
end
println()
println("ab" * "cd" * 'e', " ", "ab"^3, " ", repeat("x", 2), " ", 'a' * "b")
println(string("a", 1, 2.5, :sym, 'c', nothing, true), " ", Symbol("func", 10), " ", Symbol(:var, '_', "sym"))
println(String(:abc), " ", string(255, base=16), " ", string(5, pad=3), " ", string(-5, base=2))
# (split returns SubStrings in Julia; join keeps the output independent of that)
println(join(split("a b  c"), "|"), " ", join(split("a,b,,c", ","), "|"), " ", join(split("a,b,c", ",", limit=2), "|"), " ", join(split("a,b,,c", ',', keepempty=false), "|"))
println(join(["a", "b", "c"], ", "), " ", join([1, 2, 3]), " ", join(["x", "y", "z"], ", ", " and "))
println(replace("hello world", "o" => "0"), " ", replace("aaa", "a" => "b", count=2), " ", replace("abc", 'b' => 'B'))
println(startswith("hello", "he"), endswith("hello", "lo"), occursin("ll", "hello"), contains("hello", "x"), 'e' in "hello")
println(findfirst("lo", "hello"), " ", findfirst('l', "hello"), " ", findlast('l', "hello"), " ", findfirst("z", "hello") === nothing)
println(uppercase("héllo"), " ", lowercase("ÀBC"), " ", titlecase("hello wORLD"), " ", uppercasefirst("abc"))
println(repr(strip("  a b  ")), " ", repr(lstrip("  a ")), " ", repr(rstrip(" a  ")), " ", repr(chomp("ab\n")), " ", repr(chop("abc")))
println(reverse("abc€"), " ", lpad("7", 3, '0'), " ", rpad("ab", 5, "-"), "|", lpad(42, 5), "|")
println(parse(Int, "42"), " ", parse(Int, " -17 "), " ", parse(Float64, "2.5e3"), " ", parse(Int, "ff", base=16), " ", tryparse(Int, "x") === nothing)
for (T, str) in ((Int, "abc"), (Int8, "300"), (Float64, "x1"), (Int, ""))
    try
        parse(T, str)
    catch err
        println(typeof(err), ": ", sprint(showerror, err))
    end
end
println(isdigit('5'), isletter('é'), isspace('\t'), isuppercase('A'), islowercase('A'), isascii('é'), isascii("abc"))
println('a' + 1, " ", 'c' - 'a', " ", 'z' - 1, " ", Int('A'), " ", Char(0x41), " ", Char(8364), " ", 'a' < 'b')
println(cmp("a", "b"), " ", "abc" < "abd", " ", "a" == "a", " ", isless("b", "a"), " ", max("a", "b"))
println(repr("a\"b\\c\n\$"), " ", repr('\''), " ", repr('\n'), " ", repr("é"), " ", repr('\0'))
b = b"DATA\xff\u2200"
println(b, " ", length(b))
println(count("a", "banana"), " ", count('a', "banana"), " ", first("hello", 2), " ", last("hello", 3))
