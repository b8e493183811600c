# Base, first file: the exception types (with Julia's field names) and the generic
# fallbacks every later file relies on.

struct ErrorException <: Exception
    msg::String
end

struct BoundsError <: Exception
    a::Any
    i::Any
    BoundsError() = new()
    BoundsError(a) = new(a)
    BoundsError(a, i) = new(a, i)
end

struct DivideError <: Exception end
struct StackOverflowError <: Exception end
struct UndefRefError <: Exception end
struct EOFError <: Exception end
struct InterruptException <: Exception end

struct ArgumentError <: Exception
    msg::String
end
struct AssertionError <: Exception
    msg::String
end
struct OverflowError <: Exception
    msg::String
end
struct DimensionMismatch <: Exception
    msg::String
end
struct KeyError <: Exception
    key::Any
end
struct UndefKeywordError <: Exception
    var::Symbol
end
struct ParseError <: Exception
    msg::String
end

struct UndefVarError <: Exception
    var::Symbol
    scope::Any
    UndefVarError(var) = new(var, nothing)
    UndefVarError(var, scope) = new(var, scope)
end

struct MethodError <: Exception
    f::Any
    args::Any
    world::UInt64
    MethodError(f, args) = new(f, args, typemax(UInt64))
    MethodError(f, args, world) = new(f, args, world)
end

struct TypeError <: Exception
    func::Symbol
    context::Any
    expected::Any
    got::Any
end

struct InexactError <: Exception
    func::Symbol
    T::Any
    val::Any
    InexactError(f, T, val) = new(f, T, val)
end

struct DomainError <: Exception
    val::Any
    msg::Any
    DomainError(val) = new(val, "")
    DomainError(val, msg) = new(val, msg)
end

struct StringIndexError <: Exception
    string::Any
    index::Int
end

struct FieldError <: Exception
    type::Any
    field::Symbol
end

struct SystemError <: Exception
    prefix::String
end

struct LoadError <: Exception
    file::String
    line::Int
    error::Any
end

error(msg::AbstractString) = throw(ErrorException(msg))
error(xs...) = throw(ErrorException(string(xs...)))

==(a, b) = a === b
!=(a, b) = !(a == b)
isequal(a, b) = a == b
identity(x) = x
macroexpand(m::Module, ex; recursive = true) = _macroexpand(m, ex, recursive)

export ErrorException, BoundsError, DivideError, StackOverflowError, UndefRefError, EOFError,
    InterruptException, ArgumentError, AssertionError, OverflowError, DimensionMismatch,
    KeyError, UndefKeywordError, UndefVarError, MethodError, TypeError, InexactError,
    DomainError, StringIndexError, FieldError, LoadError, error, identity, isequal, macroexpand
