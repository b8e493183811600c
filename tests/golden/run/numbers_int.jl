# RUN: run
# Integer semantics: wrapping, division rules, shifts, powers, promotion.
println(typemax(Int64) + 1)
println(typemin(Int8) - Int8(1))
println(Int8(100) * Int8(3))
println(0x01 - 0x02)
println(typeof(0x01 + 1), " ", typeof(Int8(1) + Int16(1)), " ", typeof(UInt32(1) + Int64(1)), " ", typeof(UInt64(1) + 1))
println(true + true, " ", typeof(true + true), " ", true * false, " ", typeof(true & true))
println(7 / 2, " ", typeof(Int32(7) / Int32(2)))
println(div(7, 2), " ", div(-7, 2), " ", 7 ÷ -2, " ", rem(-7, 2), " ", -7 % 2)
println(mod(-7, 3), " ", mod(7, -3), " ", fld(-7, 2), " ", cld(-7, 2), " ", cld(7, 2))
println(divrem(17, 5), " ", fldmod(-17, 5))
println(rem(typemin(Int64), -1), " ", mod(typemin(Int64), -1))
for (f, a, b) in ((div, 1, 0), (rem, 1, 0), (mod, 5, 0), (div, typemin(Int64), -1), (fld, typemin(Int), -1))
    try
        f(a, b)
    catch e
        println(typeof(e))
    end
end
println(2^10, " ", 2^63, " ", 2^64, " ", (-2)^3, " ", 3^0)
m1 = -1; m3 = -3
println(1^m1, " ", (-1)^m3, " ", (-1)^(2m1), " ", 2.0^m1)
try
    x = -1
    2^x
catch e
    println(typeof(e), " ", e.val)
end
println(1 << 3, " ", 1 << 63, " ", 1 << 64, " ", 1 << -1, " ", 8 >> -1)
println(-16 >> 2, " ", -16 >>> 60, " ", -1 >> 100, " ", UInt8(255) >> 4, " ", Int8(-128) >>> 1)
println(5 & 3, " ", 5 | 3, " ", xor(5, 3), " ", ~0, " ", ~UInt8(1))
println(-typemin(Int64) == typemin(Int64), " ", abs(typemin(Int8)), " ", abs(-5), " ", -UInt8(1))
println(gcd(12, 18), " ", lcm(4, 6), " ", gcd(-12, 18), " ", gcd(0, 0))
println(count_ones(255), " ", leading_zeros(1), " ", trailing_zeros(8), " ", leading_zeros(UInt8(1)))
println(widemul(typemax(Int64), 2), " ", typeof(widemul(1, 2)))
println(typemax(UInt64), " ", typemin(Int128), " ", typemax(UInt128))
println(iseven(4), isodd(4), iszero(0), isone(1), sign(-3), sign(0), signbit(-1))
println(min(3, 1, 2), " ", max(1, 2.5), " ", minmax(5, 2))
println(factorial(20), " ", ndigits(12345), " ", digits(123))
