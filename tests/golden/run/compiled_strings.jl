# RUN: run
# String and Char natives in compiled code: byte indices and substrings, searching and
# counting, stripping, padding, case mapping, `string(n; base, pad)`, Char predicates and
# arithmetic, RegexMatch groups by name, and the errors they throw (as Julia's texts).
function kind(f)  # (the texts of StringIndexError differ from Julia's: only the type)
    try
        println(f())
    catch err
        println(typeof(err))
    end
end
function report(f)
    try
        println(f())
    catch err
        println(typeof(err), ": ", sprint(showerror, err))
    end
end

s = "héllo wörld"
println(length(s), " ", ncodeunits(s), " ", sizeof(s), " ", codeunit(s, 2), " ", codeunit(s, Int32(1)))
println(s[1], " ", s[2], " ", s[4], " ", s[1:5], " ", s[end], " ", lastindex(s), " ", lastindex("aé"), " ", "aé"[end])
println(firstindex(s), " ", nextind(s, 2), " ", prevind(s, 4), " ", thisind(s, 3), " ", isvalid(s, 3), " ", isvalid(s, 2))
println(nextind(s, 0), " ", prevind(s, 14), " ", thisind(s, 0), " ", repr(s[3:2]), " ", s[2:4])
kind(() -> s[3])
report(() -> s[100])
report(() -> s[1:20])
kind(() -> s[3:4])
report(() -> codeunit(s, 0))
report(() -> nextind(s, 14))
report(() -> prevind(s, 0))
println(repeat("x", 2), " ", repeat('y', 3), " ", String(:abc), " ", string(255, base=16), " ", string(5, pad=3), " ", string(-5, base=2))
println(string(UInt8(5), base=2, pad=8), " ", string(-255, base=16, pad=4), " ", string(-9223372036854775807 - 1))
report(() -> string(5, base=70))
report(() -> repeat("ab", -1))
println(contains("hello", "ll"), contains("hello", 'x'), 'e' in "hello", 'z' in "hello")
println(findfirst('l', "hello"), " ", findlast('l', "hello"), " ", findfirst('z', "hello") === nothing)
println(titlecase("hello wORLD x-ray"), " ", uppercasefirst("éa"), " ", lowercasefirst("ABC"), " ", uppercase("héllo"), " ", lowercase("ÀBC"))
println(repr(strip("  a b  ")), " ", repr(lstrip("  a ")), " ", repr(rstrip(" a  ")), " ", repr(chomp("ab\n")), " ", repr(chomp("ab\r\n")))
println(repr(chop("abc")), " ", repr(chop("héllo", head=1, tail=2)), " ", repr(chop("ab", head=2, tail=2)))
println(reverse("abc€"), " ", lpad("7", 3, '0'), " ", rpad("ab", 5, "-"), "|", lpad("é", 4, "ab"), "|", rpad('x', 3), "|", lpad("abc", 2), "|", lpad(42, 5), "|", rpad(-7, 3, '.'))
println(count("a", "banana"), " ", count('a', "banana"), " ", count("aa", "aaaa"), " ", count("aa", "aaaa", overlap=true), " ", count("", "ab"))
println(first("hello", 2), " ", last("hello", 3), " ", first("héllo", 2), " ", first("é"), " ", last("aé"))
report(() -> first(""))
println(isdigit('5'), isletter('é'), isspace('\t'), isuppercase('A'), islowercase('A'), isascii('é'), isascii("abc"), isascii("é"))
println(isxdigit('f'), ispunct('!'), isdigit('x'), uppercase('é'), lowercase('Σ'), titlecase('a'))
println('a' + 1, " ", 1 + 'a', " ", 'c' - 'a', " ", 'z' - 1, " ", 'a' + Int8(2), " ", Int('A'), " ", UInt8('A'), " ", Char(0x41), " ", Char(8364), " ", 'a' < 'b')
kind(() -> 'a' - 200)
println(cmp("a", "b"), " ", cmp("b", "a"), " ", cmp("a", "a"), " ", "abc" < "abd", " ", isless("b", "a"))
m = match(r"(?<year>\d{4})-(?<mon>\d\d)", "on 2024-05-01")
println(m[:year], " ", m["mon"], " ", m[:mon] === nothing)
c = `ls -l $(1 + 1)`
println(c.exec)
# split returns SubStrings in Julia: print the pieces, not the vector
function pieces(v)
    for x in v
        print("[", x, "]")
    end
    println(" ", length(v))
end
pieces(split("a b  c"))
pieces(split(" a\tb ", keepempty=true))
pieces(split("a,b,,c", ","))
pieces(split("a,b,c", ",", limit=2))
pieces(split("a,b,,c", ',', keepempty=false))
pieces(split("aé", ""))
pieces(split("", ","))
