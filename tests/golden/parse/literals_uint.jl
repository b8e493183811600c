# RUN: parse --dump
# Hex, binary and octal literals: unsigned, sized by digit count.
0x1f
0x001f
0x0000001f
0x000000000000001f
0b101
