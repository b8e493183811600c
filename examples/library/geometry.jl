# A library: Base.@ccallable functions become extern "C" functions declared in the
# generated header, callable from C or C++ (see main.cpp).
struct Vec2
    x::Float64
    y::Float64
end

norm2(v::Vec2) = sqrt(v.x * v.x + v.y * v.y)

Base.@ccallable function vec2_norm(x::Float64, y::Float64)::Float64
    return norm2(Vec2(x, y))
end

Base.@ccallable function triangle_number(n::Int64)::Int64
    total = 0
    for i in 1:n
        total += i
    end
    return total
end
