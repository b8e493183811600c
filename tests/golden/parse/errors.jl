# RUN: parse --sexpr
# Syntax errors: several are reported, each at its line and column.
a = (1 +
b = ]
c = 1 2
function f(
