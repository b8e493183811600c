# Base: the metaprogramming macros and Base.Meta.

macro eval(ex)
    return Expr(:escape, Expr(:call, GlobalRef(Core, :eval), __module__, Expr(:quote, ex)))
end
macro eval(mod, ex)
    return Expr(:escape, Expr(:call, GlobalRef(Core, :eval), mod, Expr(:quote, ex)))
end

macro macroexpand(code)
    return :(macroexpand($__module__, $(QuoteNode(code)), recursive = true))
end
macro macroexpand1(code)
    return :(macroexpand($__module__, $(QuoteNode(code)), recursive = false))
end

macro assert(ex, msgs...)
    msg = isempty(msgs) ? string(ex) : msgs[1]
    return :($(esc(ex)) ? nothing : throw(AssertionError($(esc(msg)))))
end

macro show(exs...)
    blk = Expr(:block)
    for ex in exs
        push!(blk.args, :(println($(string(ex)), " = ", repr(begin local value = $(esc(ex)) end))))
    end
    isempty(exs) || push!(blk.args, :value)
    return blk
end

macro isdefined(s)
    return Expr(:escape, Expr(:isdefined, s))
end

macro gensym(names...)
    blk = Expr(:block)
    for name in names
        push!(blk.args, :($(esc(name)) = gensym($(string(name)))))
    end
    push!(blk.args, :nothing)
    return blk
end

macro generated(f)
    if f isa Expr && (f.head === :function || f.head === :(=))
        body = f.args[2]
        newbody = Expr(:block, Expr(:meta, :generated), body)
        return Expr(:escape, Expr(:function, f.args[1], newbody))
    end
    error("invalid syntax; @generated must be used with a function definition")
end
macro generated()
    return Expr(:generated)
end

# `@objmode out::T ... begin ... end`: outside compiled code the block simply runs; only
# the declared outputs leave it, converted to their declared types.
macro objmode(args...)
    isempty(args) && error("@objmode needs a begin ... end block")
    block = args[end]
    outs = Expr(:tuple)
    for a in args[1:end-1]
        (a isa Expr && a.head === :(::) && length(a.args) == 2 && a.args[1] isa Symbol) ||
            error("@objmode outputs must be written name::Type")
        push!(outs.args, a)
    end
    return Expr(:escape, Expr(:objmode, outs, block))
end

# Marks the code for the compiler (bounds checks of Vector indexing elided inside); the
# interpreter always checks.
macro inbounds(ex)
    return Expr(:block,
                Expr(:inbounds, true),
                Expr(:local, Expr(:(=), :val, esc(ex))),
                Expr(:inbounds, :pop),
                :val)
end
macro inline(ex)
    return esc(ex)
end
macro noinline(ex)
    return esc(ex)
end
macro nospecialize(exs...)
    return length(exs) == 1 ? esc(exs[1]) : nothing
end
# `Base.@ccallable function f(x::T...)::R ... end`: defines f and records the method as
# an entry point that `jlcc build` exports with C linkage.
macro ccallable(def)
    sig = def.args[1]
    call = (sig isa Expr && sig.head === :(::)) ? sig.args[1] : sig
    name = call.args[1]
    types = Any[(a isa Expr && a.head === :(::)) ? a.args[end] : :Any for a in call.args[2:end]]
    return esc(Expr(:block, def, :(Base._mark_ccallable($name, Tuple{$(types...)}))))
end
macro doc(str, ex)
    return esc(ex)
end

macro __LINE__()
    return __source__.line
end
macro __FILE__()
    return __source__.file === nothing ? nothing : String(__source__.file)
end
macro __MODULE__()
    return __module__
end

# `function (@main)(args) ... end`: after the program's top-level statements, `jlcc run`
# calls `main(ARGS)`; an Integer result is the exit status.
macro main()
    _set_main_declared(__module__)
    return esc(:main)
end

macro raw_str(s)
    return s
end

@eval Meta begin
    parse(s::AbstractString, pos::Integer) = _parse_at(s, pos)
    isexpr(ex, head) = ex isa Expr && ex.head === head
    isexpr(ex, head, n::Integer) = ex isa Expr && ex.head === head && length(ex.args) == n
    macro dump(expr)
        return :(dump($(QuoteNode(expr))))
    end
end
