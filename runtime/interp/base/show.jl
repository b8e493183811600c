# Base: show (written in Julia). The printing natives (show/print/println/display/dump,
# IOBuffer, sprint, repr) live in show.cpp; this file adds keyword front ends and the
# MIME types used by `show(io, MIME"text/plain"(), x)`.

dump(x; maxdepth::Integer = 8) = _dump(stdout, x, maxdepth)
dump(io::IO, x; maxdepth::Integer = 8) = _dump(io, x, maxdepth)
summary(io::IO, x) = print(io, summary(x))

# MIME types: show(io, MIME"text/plain"(), x) is what `display` shows.
struct MIME{mime} end
MIME(s::AbstractString) = MIME{Symbol(s)}()
macro MIME_str(s)
    :(MIME{$(QuoteNode(Symbol(s)))})
end
show(io::IO, ::MIME"text/plain", x) = _display(io, x)
show(io::IO, m::MIME, x) = show(io, x)
