# RUN: run %s alpha beta
# @main in a compiled program: main(ARGS) runs after the top-level statements, ARGS holds
# the command line, and an integer result is the exit status.
function (@main)(args)
    println("main got ", length(args), " arguments")
    for a in args
        println("  ", a, " (", length(a), " chars)")
    end
    println(ARGS == args)
    return length(args) + 40
end
println("top level first; ARGS has ", length(ARGS))
