# Base: `showerror` for every exception type, with Julia's messages.

showerror(io::IO, e) = show(io, e)
showerror(io::IO, e::ErrorException) = print(io, e.msg)
showerror(io::IO, e::AssertionError) = print(io, "AssertionError: ", e.msg)
showerror(io::IO, e::ArgumentError) = print(io, "ArgumentError: ", e.msg)
showerror(io::IO, e::OverflowError) = print(io, "OverflowError: ", e.msg)
showerror(io::IO, e::DimensionMismatch) = print(io, "DimensionMismatch: ", e.msg)
showerror(io::IO, e::SystemError) = print(io, "SystemError: ", e.prefix)
showerror(io::IO, e::ParseError) = print(io, "ParseError:\n", e.msg)
showerror(io::IO, e::DivideError) = print(io, "DivideError: integer division error")
showerror(io::IO, e::StackOverflowError) = print(io, "StackOverflowError:")
showerror(io::IO, e::UndefRefError) = print(io, "UndefRefError: access to undefined reference")
showerror(io::IO, e::KeyError) = print(io, "KeyError: key ", repr(e.key), " not found")
showerror(io::IO, e::UndefKeywordError) = print(io, "UndefKeywordError: keyword argument `", e.var, "` not assigned")
showerror(io::IO, e::InexactError) = print(io, "InexactError: ", e.func, "(", e.T, ", ", repr(e.val), ")")
showerror(io::IO, e::FieldError) = print(io, "FieldError: type ", e.type, " has no field `", e.field, "`")

function showerror(io::IO, e::UndefVarError)
    print(io, "UndefVarError: `", e.var, "` not defined")
    if e.scope isa Module
        print(io, " in `", e.scope, "`")
    elseif e.scope === :local
        print(io, " in local scope")
    end
end

function showerror(io::IO, e::BoundsError)
    print(io, "BoundsError")
    if isdefined(e, :a)
        print(io, ": attempt to access ")
        if e.a isa AbstractArray
            print(io, summary(e.a))
        elseif e.a isa AbstractString
            print(io, ncodeunits(e.a), "-codeunit ", typeof(e.a))
        else
            print(io, typeof(e.a))
        end
        if isdefined(e, :i)
            print(io, " at index [")
            if e.i isa Tuple
                join(io, map(repr, e.i), ", ")
            else
                print(io, repr(e.i))
            end
            print(io, "]")
        end
    end
end

function showerror(io::IO, e::TypeError)
    if e.func === :if || e.expected === Bool && e.context == ""
        print(io, "TypeError: non-boolean (", typeof(e.got), ") used in boolean context")
    else
        ctx = e.context == "" ? "" : string(", ", e.context)
        print(io, "TypeError: in ", e.func, ctx, ", expected ", e.expected, ", got a value of type ", typeof(e.got))
    end
end

function showerror(io::IO, e::DomainError)
    print(io, "DomainError with ", repr(e.val))
    e.msg == "" || print(io, ":\n", e.msg)
end

function showerror(io::IO, e::StringIndexError)
    print(io, "StringIndexError: invalid index [", e.index, "]")
end

function showerror(io::IO, e::MethodError)
    f = e.f
    print(io, "MethodError: ")
    if f isa Function && _ambiguous_call(f, e.args)
        print(io, nameof(f), "(")
        first = true
        for a in e.args
            first || print(io, ", ")
            first = false
            print(io, "::", typeof(a))
        end
        print(io, ") is ambiguous.")
    elseif f isa Function || f isa Type
        print(io, "no method matching ", f isa Function ? nameof(f) : f, "(")
        first = true
        for a in e.args
            first || print(io, ", ")
            first = false
            print(io, "::", typeof(a))
        end
        print(io, ")")
    else
        print(io, "objects of type ", typeof(f), " are not callable")
    end
end

function showerror(io::IO, e::LoadError)
    showerror(io, e.error)
end
