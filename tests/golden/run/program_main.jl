# RUN: run %s first second
# include() reads a file relative to this one; @main runs after the top level; its Integer
# result is the exit status.
include("program_main_helper.jlinc")
function (@main)(args)
    println("main(", join(args, ", "), ") ", helper())
    return 3
end
println("top level runs first")
