# RUN: run
# Syntax errors: file:line:col, the source line and a caret; exit status 1.
x = 1 +
y = [1, 2
z = )
