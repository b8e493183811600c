# RUN: expand
# `jlcc expand` prints each statement after macro expansion, with hygiene applied.
macro double(ex)
    return :(2 * $(esc(ex)))
end
macro withtemp(ex)
    return quote
        tmp = $(esc(ex))
        tmp + tmp
    end
end
y = @double 21
z = @withtemp y
@assert z == 84
