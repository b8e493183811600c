# RUN: parse --dump
# Char and Bool literals, and an octal literal.
'a'
'\n'
'π'
true
0o17
