# RUN: build --emit=cpp %s
# An error in code a macro produced names the macro call it came from.
macro twice(ex)
    quote
        $(esc(ex))
        $(esc(ex)) + "twice"
    end
end

macro area(w, h)
    :(area_of($(esc(w)), $(esc(h))))
end
area_of(w::Int, h::Int) = w * h

x = 3
@twice x + 1
println(@area 2.5 3)
