# RUN: run --step-budget 5000 %s
# A macro that never finishes is stopped by the step budget, naming the macro and call site.
macro forever()
    i = 0
    while true
        i += 1
    end
end
println("before")
@forever
println("never printed")
