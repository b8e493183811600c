# RUN: run
# Floats: printing, mixed comparisons, conversions, rounding, elementary functions.
println(0.1 + 0.2, " ", 1.0, " ", -0.0, " ", 1e16, " ", 1.5e-7, " ", 100000.0, " ", 1e6)
println(1/0, " ", -1/0, " ", 0/0, " ", Inf - Inf)
println(1.5f0, " ", typeof(1.5f0 + 1), " ", typeof(1.5f0 + 1.0))
show(1.5f0); println()
show([1.5f0, 2.0f0]); println()
println(1 == 1.0, " ", 2^53 + 1 == Float64(2^53 + 1), " ", 0.1 < 1, " ", NaN == NaN, " ", isequal(NaN, NaN))
println(-0.0 == 0.0, " ", isequal(-0.0, 0.0), " ", isless(-0.0, 0.0), " ", isless(NaN, Inf), " ", isless(1, NaN))
println(typemax(Int64) == 9.223372036854776e18, " ", typemax(Int64) < 9.223372036854776e18)
println(Int64(3.0), " ", Float64(3), " ", Int(2.0^40), " ", UInt8(255), " ", Int8(-128))
for (T, x) in ((Int64, 3.5), (Int8, 200), (UInt8, -1), (UInt64, -1), (Int64, Inf), (Int64, NaN), (Bool, 2))
    try
        T(x)
    catch e
        println(typeof(e), ": ", e.func, " ", e.T, " ", e.val)
    end
end
println(round(2.5), " ", round(3.5), " ", round(-2.5), " ", floor(-1.5), " ", ceil(-1.5), " ", trunc(-1.7))
println(round(Int, 2.5), " ", round(Int, 3.5), " ", floor(Int, 3.7), " ", ceil(Int, 3.2), " ", trunc(Int, -3.7))
println(round(3.14159, digits=2), " ", round(1234.5, digits=-2))
println(sqrt(2), " ", sqrt(16), " ", cbrt(27.0), " ", exp(1), " ", log(10), " ", log2(8), " ", log10(1000))
println(sin(π), " ", cos(π), " ", tan(0.5), " ", atan(1, 1), " ", hypot(3, 4))
println(sinh(1.0), " ", cosh(1.0), " ", tanh(0.5), " ", asin(1.0), " ", acos(0.0), " ", expm1(1e-10))
try
    sqrt(-1)
catch e
    println(typeof(e), " ", e.val)
end
try
    log(-1.0)
catch e
    println(typeof(e))
end
println(2.0^10, " ", 2^0.5, " ", 10.0^-2, " ", 1.1^3)
println(abs(-2.5), " ", sign(-2.5), " ", sign(0.0), " ", copysign(3.0, -1.0), " ", signbit(-0.0))
println(eps(), " ", eps(1.0), " ", nextfloat(1.0), " ", prevfloat(1.0), " ", eps(Float32))
println(typemax(Float64), " ", typemin(Float32), " ", floatmax(Float64), " ", floatmin(Float64))
println(isnan(NaN), isinf(-Inf), isfinite(1.0), isinteger(2.0), isinteger(2.5))
println(float(3), " ", typeof(float(3)), " ", Float32(0.1), " ", Float64(Float32(0.1)))
println(min(1.0, NaN), " ", max(-0.0, 0.0), " ", min(-0.0, 0.0), " ", max(1, 2.0))
println(5.0 ÷ 2, " ", -7.5 % 2, " ", mod(-7.5, 2), " ", rem(7.5, -2), " ", fld(-7.5, 2), " ", cld(7.5, 2))
println(isapprox(0.1 + 0.2, 0.3), " ", 0.1 + 0.2 ≈ 0.3, " ", 1.0 ≈ 1.1)
