# RUN: parse --dump
# Float64 and Float32 literals, including hex floats.
1.5
1e16
1.0e-5
1f0
0x1p3
