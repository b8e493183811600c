# RUN: parse --sexpr
# Definitions: functions, macros, types, modules, constants, scoping, imports.
function f(x)
    return x
end
f(x) = x
f(x::T) where T <: Real = x
function g(x::Int, y = 2; z = 3)::Int
    x + y + z
end
function f end
macro m end
macro m(x)
    esc(x)
end
struct Point{T} <: AbstractPoint
    x::T
    y::T
end
mutable struct M
    a
end
abstract type A <: B end
primitive type P 64 end
module Mod
export f, @m
using Base: show
import Base.show as shw
const c = 1
global g = 2
local l
end
baremodule B
end
x::Int = 1
Base.@ccallable function cf(x::Int)::Int
    x
end
"doc string"
h(x) = x
