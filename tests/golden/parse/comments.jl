# RUN: parse --sexpr
# Comments, including nested block comments, are ignored.
#= a block comment
   #= nested =#
   still comment =#
x = 1 # trailing
#= inline =# y = 2
